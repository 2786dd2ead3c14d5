"""The resume ledger: which inputs of an output folder are finished, made from which
input bytes, with which settings (`--resume`).

The ledger is `OUTPUT_DIR/.presidio-ledger.jsonl`, one JSON object (a `LedgerEntry`)
per line. A line is appended only after every output of its input is in place (each
output is itself written under a temporary name and renamed, outputs/dicom_writer.py),
and only by the process driving the run, never by workers: appends from several hosts
to one file on a network filesystem are not atomic. A run killed at any moment leaves
at worst a last line cut short, which reading ignores (and the next append starts on a
new line). The last line for an output name wins.

An input counts as done when its latest entry was made with the same settings
fingerprint (`settings_fingerprint`), the input still has the recorded bytes and every
recorded output is still there with the recorded bytes. Bytes are compared by size and
modification time first (as rsync and make do) and by SHA-256 where the time differs,
so a copied or touched archive resumes without redoing work it has, and an output that
was replaced or cut short is made again.
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
FORMAT = 1
ALREADY_DONE = "already done"
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


@dataclass(frozen=True)
class LedgerEntry:
    """One finished input. `key`: its output name stem (naming.stem), unique within an
    output folder by construction (cli.run refuses two inputs with one stem); `input`:
    the input as it was when its processing started; `settings`: `settings_fingerprint`;
    `outputs`: every file it wrote, in the output folder; `recorded`: UTC time."""

    key: str
    input: FileStamp
    settings: str
    outputs: tuple[FileStamp, ...]
    recorded: str
    format: int = FORMAT

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"), sort_keys=True)

    @classmethod
    def from_json(cls, line: str) -> LedgerEntry:
        """Raises ValueError (json.JSONDecodeError included), KeyError or TypeError on a damaged line."""
        data = json.loads(line)
        if data.get("format") != FORMAT:
            raise ValueError(f"ledger format {data.get('format')!r}")
        return cls(key=data["key"], input=FileStamp(**data["input"]), settings=data["settings"],
                   outputs=tuple(FileStamp(**o) for o in data["outputs"]), recorded=data["recorded"])


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


def entry_for(outcome: Outcome, input_stamp: FileStamp, fingerprint: str) -> LedgerEntry | None:
    """The entry for a finished input, or None when it is not finished (failed or
    skipped inputs are always tried again). Called where the input was processed, so
    outputs are hashed beside them, not read back over the network by the driver."""
    if outcome.status is not Status.PROCESSED:
        return None
    try:
        outputs = tuple(replace(stamp(o.path, o.name), kind=o.kind.value) for o in outcome.outputs)
    except OSError:
        return None
    return LedgerEntry(stem(outcome.source), input_stamp, fingerprint, outputs, now_utc())


class Ledger:
    """The ledger of one output folder for one run's settings.

    `is_done(source)` answers for `--resume`; `record(outcome)` appends the outcome's
    entry (made by the engine, `Engine.settings_fingerprint`) and may be called from
    a pool's callback thread."""

    def __init__(self, output_dir: Path, fingerprint: str):
        self.output_dir = output_dir
        self.path = output_dir / LEDGER_NAME
        self.fingerprint = fingerprint
        self.entries: dict[str, LedgerEntry] = {}
        self._lock = threading.Lock()
        self._lines = 0

    @classmethod
    def load(cls, output_dir: Path, fingerprint: str) -> Ledger:
        ledger = cls(output_dir, fingerprint)
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
            except (ValueError, KeyError, TypeError):
                damaged += 1  # a line cut short by a kill, or a future format: that input is redone
                continue
            ledger.entries[entry.key] = entry
        if damaged:
            log.info("resume: %d unreadable ledger line(s) ignored (a run stopped mid-write)", damaged)
        return ledger

    def is_done(self, source: Path) -> bool:
        return self.done_entry(source) is not None

    def done_entry(self, source: Path) -> LedgerEntry | None:
        entry = self.entries.get(stem(source))
        if entry is None or entry.settings != self.fingerprint:
            return None
        if not matches(source, entry.input):
            return None
        if not all(matches(self.output_dir / o.name, o) for o in entry.outputs):
            return None
        return entry

    def skipped(self, source: Path) -> Outcome | None:
        """The `already done` outcome of a finished input (its outputs listed, so the
        run's index links its report), or None when it must be processed."""
        entry = self.done_entry(source)
        if entry is None or not all(o.kind for o in entry.outputs):
            return None  # an entry of an older format, without output kinds: redo the input
        return Outcome(source, Status.SKIPPED, ALREADY_DONE,
                       outputs=[OutputFile(OutputKind(o.kind), self.output_dir / o.name) for o in entry.outputs])

    def record(self, outcome: Outcome) -> None:
        entry = outcome.ledger_entry
        if entry is None:
            return
        line = entry.to_json() + "\n"
        with self._lock:
            self.entries[entry.key] = entry
            try:
                with self.path.open("ab") as fh:
                    if fh.tell() > 0 and not _ends_with_newline(self.path):
                        fh.write(b"\n")  # a line cut short by a kill stays on its own line, ignored
                    fh.write(line.encode("utf-8"))
            except OSError as exc:  # the outputs are fine; only a later --resume redoes this input
                log.warning("cannot write %s (%s): a resumed run will redo %s",
                            self.path, exc.strerror or exc, entry.key)
                return
            self._lines += 1

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


def remove_stale_parts(output_dir: Path) -> int:
    """Delete temporary files a killed run left in the output folder (`.NAME.XXXX.part`,
    written by outputs' atomic writes and renamed away on success; the `.write-test-`
    probe of cli.run), so a resumed run
    ends with the same files as one that was never stopped. Returns how many."""
    removed = 0
    for path in [*output_dir.glob(".*.part"), *output_dir.glob(".write-test-*")]:
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
