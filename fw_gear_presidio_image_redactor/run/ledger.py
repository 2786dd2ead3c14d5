"""The resume ledger: which inputs of an output folder are finished, made from which
input bytes, with which settings, and which files each wrote (`--resume`, and the
clean replacement of another run's outputs).

The ledger is `OUTPUT_DIR/.presidio-ledger.jsonl`, one JSON object (a `LedgerEntry`)
per line. A line is appended only after every output of its input is in place (each
output is itself written under a temporary name and renamed, outputs/dicom_writer.py),
and only by the process driving the run, never by workers: appends from several hosts
to one file on a network filesystem are not atomic. A run killed at any moment leaves
at worst a last line cut short, which reading ignores (and the next append starts on a
new line). The last line for a key wins; a `removed` line drops the key.

Keys are the input's output stem under its place (`S1/IM0001` for `IN/S1/IM0001.dcm`
of a folder run, `IM0001` for a named file), output names are relative to the output
folder (`S1/redacted_IM0001.dcm`). Format 1 ledgers (before output subfolders) used
bare stems and names, which read the same way; their entries record no findings, so
they never count as done and count as other settings (their inputs are redone, their
outputs replaced).

An input counts as done when its latest entry was made with the same settings
fingerprint (`settings_fingerprint`), the input still has the recorded bytes and every
recorded output is still there with the recorded bytes. Bytes are compared by size and
modification time first (as rsync and make do) and by SHA-256 where the time differs,
so a copied or touched archive resumes without redoing work it has, and an output that
was replaced or cut short is made again.

Clean replacement (`Ledger.remove_stale`, `Ledger.record`): a run never leaves files of
another mode beside its own (review copies beside redacted copies). Files the ledger
lists for an input of this run that this run did not write again, every file of an
entry made in another mode (or in an older format, whose mode is not recorded), and
the files of this run's inputs recorded under another place are removed, but only while
they still have the recorded bytes: the ledger's files and nothing else. Entries of
the same mode for inputs not in this run are kept, and listed in the index, also when
they were made with other settings (another threshold, another program version): they
may be the work of hours on another part of an archive, and deleting them is not this
run's to decide; the index says which were made with other settings.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..outcome import Outcome, OutputFile, OutputKind, Status
from ..outputs.naming import stem
from ..outputs.reports import now_utc

if TYPE_CHECKING:
    from ..config import RedactorConfig

log = logging.getLogger(__name__)

LEDGER_NAME = ".presidio-ledger.jsonl"
FORMAT = 2
READABLE_FORMATS = (1, 2)
ALREADY_DONE = "already done"
EARLIER_RUN = "earlier run, not in this one"
EARLIER_RUN_OTHER_SETTINGS = "earlier run with other settings, not in this one"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileStamp:
    """One file's identity. `name`: the input's path as given (inputs) or the file name
    in the output folder (outputs); `size` in bytes; `mtime_ns` the modification time
    in nanoseconds since the epoch; `sha256` the hex digest of the bytes."""

    name: str
    size: int
    mtime_ns: int
    sha256: str
    kind: str = ""  # outputs: their OutputKind, so a skipped input's report is still linked


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def stamp(path: Path, name: str | None = None) -> FileStamp:
    """Raises OSError when the file cannot be read."""
    before = path.stat()
    digest = sha256_of(path)
    return FileStamp(name if name is not None else str(path), before.st_size, before.st_mtime_ns, digest)


def matches(path: Path, recorded: FileStamp) -> bool:
    """The file at `path` has the recorded bytes: same size, and same time or same SHA-256."""
    try:
        now = path.stat()
        if now.st_size != recorded.size:
            return False
        return now.st_mtime_ns == recorded.mtime_ns or sha256_of(path) == recorded.sha256
    except OSError:
        return False


def output_key(place: str, source: Path | str) -> str:
    """An input's key in the ledger: its output stem (naming.stem) under its place
    (Outcome.place), POSIX, unique within an output folder by construction (the run
    driver refuses two inputs with one key)."""
    return f"{place}/{stem(source)}" if place else stem(source)


def place_of(key: str) -> str:
    return key.rpartition("/")[0]


@dataclass(frozen=True)
class LedgerEntry:
    """One finished input. `key`: `output_key`; `input`: the input as it was when its
    processing started; `settings`: `settings_fingerprint`; `outputs`: every file it
    wrote, named relative to the output folder; `recorded`: UTC time. `status`:
    processed, or failed for a failed input whose outputs --keep-partial kept (never
    done, but its files are known); `findings`: per entity type, and `warnings`, as the
    summary and index show them for an input skipped as already done (None in format 1);
    `mode`: the config's Mode value (clean replacement; "" in format 1)."""

    key: str
    input: FileStamp
    settings: str
    outputs: tuple[FileStamp, ...]
    recorded: str
    format: int = FORMAT
    status: str = Status.PROCESSED.value
    findings: dict[str, int] | None = None
    warnings: tuple[str, ...] = ()
    mode: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> LedgerEntry:
        """Raises ValueError (json.JSONDecodeError included), KeyError or TypeError on a damaged line."""
        data = json.loads(line)
        if data.get("format") not in READABLE_FORMATS or data.get("removed"):
            raise ValueError(f"ledger format {data.get('format')!r}")
        findings = data.get("findings")
        if findings is not None:
            findings = {str(k): int(v) for k, v in findings.items()}
        return cls(key=data["key"], input=FileStamp(**data["input"]), settings=data["settings"],
                   outputs=tuple(FileStamp(**o) for o in data["outputs"]), recorded=data["recorded"],
                   format=data["format"], status=str(data.get("status", Status.PROCESSED.value)),
                   findings=findings, warnings=tuple(str(w) for w in data.get("warnings", ())),
                   mode=str(data.get("mode", "")))

    @property
    def current(self) -> bool:
        """Written in this format: it records what a resumed run shows (findings, warnings)."""
        return self.format == FORMAT and self.findings is not None


def settings_fingerprint(config: RedactorConfig, detectors: list[str]) -> str:
    """SHA-256 (hex) over everything that decides an input's outputs: the program's
    version, every setting a report lists (config.settings()), the margin, the
    detectors actually loaded (engine and model names and versions: `auto` may stand
    for different engines on different installs) and the bbox_coords file's bytes."""
    parts: dict[str, object] = {
        "version": __version__,
        "settings": config.settings(),
        "margin": config.margin,
        "detectors": list(detectors),
        "bbox_coords": sha256_of(config.bbox_coords) if config.bbox_coords else None,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


def output_name(outcome: Outcome, path: Path) -> str:
    """An output's name in the ledger: relative to the output folder (POSIX)."""
    return f"{outcome.place}/{path.name}" if outcome.place else path.name


def entry_for(outcome: Outcome, input_stamp: FileStamp, fingerprint: str, mode: str) -> LedgerEntry | None:
    """The entry for a finished input (or a failed one whose outputs --keep-partial kept),
    or None when it has no outputs to record (failed or skipped inputs are always tried
    again). Called where the input was processed, so outputs are hashed beside them, not
    read back over the network by the driver."""
    if outcome.status is Status.SKIPPED or (outcome.status is Status.FAILED and not outcome.outputs):
        return None
    try:
        outputs = tuple(replace(stamp(o.path, output_name(outcome, o.path)), kind=o.kind.value)
                        for o in outcome.outputs)
    except OSError:
        return None
    return LedgerEntry(output_key(outcome.place, outcome.source), input_stamp, fingerprint, outputs, now_utc(),
                       status=outcome.status.value, findings=dict(sorted(outcome.counts.items())),
                       warnings=tuple(outcome.warnings), mode=mode)


@dataclass
class Removed:
    """What clean replacement removed: `files` deleted, `entries` dropped from the
    ledger, `changed` files left in place because their bytes are no longer those
    recorded (a user's edit is never deleted)."""

    files: int = 0
    entries: int = 0
    changed: int = 0

    def add(self, other: Removed) -> None:
        self.files += other.files
        self.entries += other.entries
        self.changed += other.changed


class Ledger:
    """The ledger of one output folder for one run's settings.

    `skipped(source, place)` answers for `--resume`; `remove_stale` clears other runs'
    files not in this run at its end; `record(outcome)` replaces an input's earlier files
    with this run's and appends its entry (made by the engine, `Engine.settings_fingerprint`),
    and may be called from a pool's callback thread; `earlier()` lists the inputs of
    earlier runs of the same mode kept in the folder. `mode`: this run's Mode value."""

    def __init__(self, output_dir: Path, fingerprint: str, mode: str = ""):
        self.output_dir = output_dir
        self.path = output_dir / LEDGER_NAME
        self.fingerprint = fingerprint
        self.mode = mode
        self.entries: dict[str, LedgerEntry] = {}
        self._lock = threading.Lock()
        self._lines = 0
        self._this_run: set[str] = set()  # keys of this run's inputs (remove_stale, record, skipped)

    @classmethod
    def load(cls, output_dir: Path, fingerprint: str, mode: str = "") -> Ledger:
        ledger = cls(output_dir, fingerprint, mode)
        try:
            text = ledger.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return ledger
        damaged = 0
        for line in text.splitlines():
            if not line.strip():
                continue
            ledger._lines += 1
            try:
                entry = LedgerEntry.from_json(line)
            except (ValueError, KeyError, TypeError, AttributeError):
                key = _removed_key(line)
                if key is not None:
                    ledger.entries.pop(key, None)
                else:
                    damaged += 1  # a line cut short by a kill, or a future format: that input is redone
                continue
            ledger.entries[entry.key] = entry
        if damaged:
            log.info("resume: %d unreadable ledger line(s) ignored (a run stopped mid-write)", damaged)
        return ledger

    def is_done(self, source: Path, place: str = "") -> bool:
        return self.done_entry(source, place) is not None

    def done_entry(self, source: Path, place: str = "") -> LedgerEntry | None:
        entry = self.entries.get(output_key(place, source))
        if entry is None or entry.settings != self.fingerprint or entry.status != Status.PROCESSED.value:
            return None
        if not matches(source, entry.input):
            return None
        if not all(matches(self.output_dir / o.name, o) for o in entry.outputs):
            return None
        return entry

    def skipped(self, source: Path, place: str = "") -> Outcome | None:
        """The `already done` outcome of a finished input (its outputs listed, so the
        run's index links its report, and the findings and warnings recorded for it),
        or None when it must be processed."""
        entry = self.done_entry(source, place)
        if entry is None or not entry.current or not all(o.kind for o in entry.outputs):
            return None  # an entry of an older format, without findings or output kinds: redo the input
        with self._lock:
            self._this_run.add(entry.key)
        return self._outcome(entry, Path(source), Status.SKIPPED, ALREADY_DONE)

    def older_entries(self, keys: set[str]) -> int:
        """How many of `keys` have an entry of an older format (redone, never trusted)."""
        return sum(1 for k in keys if k in self.entries and not self.entries[k].current)

    def _outcome(self, entry: LedgerEntry, source: Path, status: Status, reason: str) -> Outcome:
        return Outcome(source, status, reason, place=place_of(entry.key), recorded_counts=dict(entry.findings or {}),
                       warnings=list(entry.warnings),
                       outputs=[OutputFile(OutputKind(o.kind), self.output_dir / o.name) for o in entry.outputs])

    def earlier(self) -> list[Outcome]:
        """Inputs of earlier runs of this run's mode, not in this run, whose files are
        still in the folder (each with its recorded status, findings and outputs; reason
        `EARLIER_RUN`, or `EARLIER_RUN_OTHER_SETTINGS`), for the index: it covers what is
        in the folder."""
        with self._lock:
            kept = [e for k, e in sorted(self.entries.items()) if k not in self._this_run]
        return [self._outcome(e, Path(e.input.name), Status(e.status),
                              EARLIER_RUN if e.settings == self.fingerprint else EARLIER_RUN_OTHER_SETTINGS)
                for e in kept
                if not self._stale(e) and all(o.kind for o in e.outputs)
                and any((self.output_dir / o.name).is_file() for o in e.outputs)]

    def owner(self, key: str) -> str | None:
        """The input (path as given) whose outputs of this mode an earlier run recorded
        under `key`, or None (no entry, or one of another mode that this run replaces)."""
        entry = self.entries.get(key)
        return entry.input.name if entry is not None and not self._stale(entry) else None

    def _stale(self, entry: LedgerEntry) -> bool:
        """Made in another mode, or in an older format (its mode unknown)."""
        return not entry.current or entry.mode != self.mode

    def remove_stale(self, keys: set[str], inputs: set[str]) -> Removed:
        """After the run's inputs: drop every entry not among this run's `keys` that was made in
        another mode (or in an older format), or that records one of this run's `inputs`
        (paths as given) under another key (the same input, now in another place), and
        remove its files that still have the recorded bytes. Returns what was removed."""
        removed = Removed()
        with self._lock:
            self._this_run |= keys  # never listed as earlier inputs, whatever becomes of them
            stale = [e for k, e in self.entries.items() if k not in keys and
                     (self._stale(e) or e.input.name in inputs)]
            for entry in stale:
                removed.add(self._remove_files(entry.outputs, keep=set()))
                self._forget(entry.key)
                removed.entries += 1
        return removed

    def record(self, outcome: Outcome) -> Removed:
        """The outcome of an input this run processed: its earlier entry's files that this
        run did not write again are removed (all of them when it now has no outputs: failed
        or skipped), then its new entry is appended (or the earlier one dropped)."""
        key = output_key(outcome.place, outcome.source)
        entry = outcome.ledger_entry if isinstance(outcome.ledger_entry, LedgerEntry) else None
        with self._lock:
            self._this_run.add(key)
            previous = self.entries.get(key)
            removed = Removed()
            if previous is not None:
                written = {output_name(outcome, o.path) for o in outcome.outputs}
                removed = self._remove_files(previous.outputs, keep=written)
            if entry is not None:
                self.entries[key] = entry
                self._append(entry.to_json(), key)
            elif previous is not None:
                self._forget(key)
        return removed

    def _forget(self, key: str) -> None:
        self.entries.pop(key, None)
        self._append(json.dumps({"format": FORMAT, "key": key, "removed": True}, separators=(",", ":"),
                                sort_keys=True), key)

    def _append(self, line: str, key: str) -> None:
        try:
            with self.path.open("ab") as fh:
                if fh.tell() > 0 and not _ends_with_newline(self.path):
                    fh.write(b"\n")  # a line cut short by a kill stays on its own line, ignored
                fh.write((line + "\n").encode("utf-8"))
        except OSError as exc:  # the outputs are fine; only a later --resume redoes this input
            log.warning("cannot write %s (%s): a resumed run will redo %s",
                        self.path, exc.strerror or exc, key)
            return
        self._lines += 1

    def _remove_files(self, outputs: tuple[FileStamp, ...], keep: set[str]) -> Removed:
        removed = Removed()
        root = self.output_dir.resolve()
        for recorded in outputs:
            if recorded.name in keep or recorded.name == LEDGER_NAME:
                continue
            path = self.output_dir / recorded.name
            try:  # only files under the output folder, whatever a damaged ledger says
                inside = ".." not in Path(recorded.name).parts and path.resolve().is_relative_to(root)
            except OSError:
                inside = False
            if not inside or not path.is_file():
                continue
            if not matches(path, recorded):
                removed.changed += 1
                continue
            try:
                path.unlink()
            except OSError:
                removed.changed += 1
                continue
            removed.files += 1
            for folder in path.parents:  # output subfolders left empty go too
                if folder.resolve() == root or not folder.resolve().is_relative_to(root):
                    break
                try:
                    folder.rmdir()
                except OSError:
                    break
        return removed

    def compact(self) -> None:
        """Rewrite the ledger with its live entries only (temporary name, then rename),
        when earlier runs left it more than twice as long as needed."""
        with self._lock:
            if self._lines <= 2 * len(self.entries) + 100:
                return
            tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.part")
            tmp.write_text("".join(e.to_json() + "\n" for e in self.entries.values()), encoding="utf-8")
            os.replace(tmp, self.path)
            self._lines = len(self.entries)


def _removed_key(line: str) -> str | None:
    """The key of a `removed` line, or None when the line is not one."""
    try:
        data = json.loads(line)
    except ValueError:
        return None
    if isinstance(data, dict) and data.get("removed") is True and isinstance(data.get("key"), str):
        return data["key"]
    return None


def remove_stale_parts(output_dir: Path) -> int:
    """Delete temporary files a killed run left in the output folder (`.NAME.XXXX.part`,
    written by outputs' atomic writes and renamed away on success, in the output folder
    or its subfolders; the `.write-test-` probe of the run driver), so a resumed run ends
    with the same files as one that was never stopped. Returns how many."""
    removed = 0
    for path in [*output_dir.rglob(".*.part"), *output_dir.glob(".write-test-*")]:
        if not path.is_file():
            continue
        try:
            path.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as fh:
        fh.seek(-1, os.SEEK_END)
        return fh.read(1) == b"\n"
