"""Processing one input: a short composition of the run's strategies (run/strategies.py):
findings from the source (scan or given boxes) -> verification pass where a scan was
redacted -> CSV and bbox JSON -> review or redacted DICOM -> follow-up (ReaderTask)
-> preview and report.

Each input ends in exactly one outcome, processed, skipped or failed, with a
reason; one bad input or member never stops the others.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Protocol

import pydicom

from ..config import RedactorConfig
from ..decode.dicom import DicomImage, DicomInputError, NoPixelDataError, read_dicom
from ..findings import Box, InstanceFindings
from ..inputs.units import ArchiveError, WorkUnit, unit_for
from ..outcome import Outcome, OutputFile, OutputKind, Status
from ..outputs import preview as previews
from ..outputs.dicom_writer import SeriesUids, close_pixel_spool, derived_dataset, write_atomic
from ..outputs.encoding import block_grid
from ..outputs.html_report import render_report
from ..outputs.naming import bbox_json_name, csv_name, partial_name, preview_name, report_name, stem
from ..outputs.reports import bbox_json, findings_csv, now_utc, write_text_atomic
from ..safe_names import display_name
from ..scan.scanner import Scanner
from ..scan.sources import FindingSource, FindingSourceError
from ..scan.threads import resolve_jobs
from ..scan.verification import verify
from .ledger import entry_for, stamp
from .parts import build_scanner
from .progress import Progress
from .strategies import Strategies, strategies_for

log = logging.getLogger(__name__)


class FollowUp(Protocol):
    """A step after detection that hands an input's findings elsewhere (Flywheel's
    ReaderTasks). Returns None when done, else what went wrong: the input then fails
    with that reason and, like every failed input, keeps no outputs (unless keep_partial)."""

    def __call__(self, source: Path, images: list[DicomImage], findings: list[InstanceFindings]) -> str | None: ...


class Engine:
    """One input at a time, with the strategies (and so the expensive scanner) built once per run."""

    def __init__(self, config: RedactorConfig, output_dir: Path, work_dir: Path, strategies: Strategies,
                 follow_up: FollowUp | None = None):
        self.config = config
        self.output_dir = output_dir
        self.work_dir = work_dir
        self.strategies = strategies
        self.follow_up = follow_up
        self._written: list[Path] = []  # outputs of the input in progress, removed if it fails
        self._made_dirs: list[Path] = []  # its output subfolders this input created, removed with them
        self._out = output_dir  # where the input in progress writes: output_dir / its place
        self._place = ""
        # Input -> its place (Outcome.place), set by the run driver for a folder's tree; an
        # input not listed writes at the top of the output folder.
        self.places: dict[Path, str] = {}
        self._notes: list[str] = []
        # Set (run/ledger.settings_fingerprint): each finished outcome carries its ledger entry,
        # made here, where the input and outputs are, rather than read back by the driver.
        self.settings_fingerprint: str | None = None
        if config.debug:
            log.warning("debug is on: this log and the PHI_INFO reports' text column contain raw PHI "
                        "(OCR text); keep them as protected as the images")

    @classmethod
    def build(cls, config: RedactorConfig, output_dir: Path, work_dir: Path, *, scanner: Scanner | None = None,
              given: FindingSource | None = None, follow_up: FollowUp | None = None, jobs: int = 0) -> Engine:
        """An engine for in-process use (tests, benchmarks, the evaluation): the strategies of
        `config`, its scanner built now unless one is given (or boxes are, which need none).
        `jobs`: concurrent OCR calls of a scanner built here (0: one per core)."""
        if given is None and scanner is None:
            scanner = build_scanner(config, resolve_jobs(jobs))
        return cls(config, output_dir, work_dir, strategies_for(config, scanner, given), follow_up)

    def process(self, source: Path, place: str | None = None) -> Outcome:
        """One input's outcome, its outputs written under `output_dir / place` (`place`:
        Outcome.place; default: `self.places`, else the top of the output folder)."""
        place = self.places.get(source, "") if place is None else place
        before = None
        if self.settings_fingerprint:
            try:  # stamped before processing: an input changed meanwhile is redone, never trusted
                before = stamp(source)
            except OSError:
                pass  # it fails in _process, with the usual reason
        self._out = self.output_dir / place if place else self.output_dir
        self._place = place
        try:
            outcome = self._process(source)
        finally:
            self._out, self._place = self.output_dir, ""
        outcome.place = place
        if before is not None:
            outcome.ledger_entry = entry_for(outcome, before, self.settings_fingerprint, self.config.mode.value)
        return outcome

    def _process(self, source: Path) -> Outcome:
        try:
            unit = unit_for(source, self.work_dir, self.config.limits)
        except ArchiveError as exc:
            return Outcome(source, Status.FAILED, str(exc))
        except OSError as exc:
            return Outcome(source, Status.FAILED, f"{source.name}: cannot read ({exc.strerror or exc})")
        except Exception as exc:  # as below: one input's surprise never ends the run
            log.debug("%s: unexpected error", source.name, exc_info=True)
            return Outcome(source, Status.FAILED, f"{source.name}: internal error ({type(exc).__name__}); "
                                                  "rerun with debug on for details")
        self._written = []
        self._made_dirs = []
        try:
            return self._process_unit(unit)
        except (DicomInputError, FindingSourceError, ArchiveError) as exc:
            return self._failed(source, str(exc))
        except OSError as exc:  # a full disk or an unwritable folder: say so, keep nothing half-made
            return self._failed(source, f"{source.name}: {_describe_os_error(exc, self.output_dir)}; "
                                        "no outputs kept")
        except Exception as exc:  # a bug must not stop the other inputs; details may hold PHI, so debug only
            log.debug("%s: unexpected error", source.name, exc_info=True)
            return self._failed(source, f"{source.name}: internal error ({type(exc).__name__}); "
                                        "rerun with debug on for details")
        finally:
            if unit.extracted_to is not None:
                shutil.rmtree(unit.extracted_to, ignore_errors=True)

    def _failed(self, source: Path, reason: str) -> Outcome:
        """A failed input leaves no outputs behind: each was written whole (temp name,
        then rename), and those of this input are removed so none looks complete."""
        for path in self._written:
            path.unlink(missing_ok=True)
        self._written = []
        for folder in reversed(self._made_dirs):  # deepest first; only folders this input made
            with contextlib.suppress(OSError):
                folder.rmdir()
        self._made_dirs = []
        return Outcome(source, Status.FAILED, reason)

    def _output(self, name: str) -> Path:
        """Where the input in progress writes the output `name`, its folder made if needed
        (and remembered, so a failed input removes the folders it made)."""
        if not self._out.is_dir():
            missing = [p for p in (self._out, *self._out.parents)
                       if p != self.output_dir and p.is_relative_to(self.output_dir) and not p.exists()]
            self._out.mkdir(parents=True, exist_ok=True)
            self._made_dirs += sorted(missing, key=lambda p: len(p.parts))
        return self._out / name

    # -- composition ---------------------------------------------------------

    def _process_unit(self, unit: WorkUnit) -> Outcome:
        warnings = [f"skipped non-DICOM member {display_name(name)}" for name in unit.skipped]
        for warning in warnings:
            log.warning("%s: %s", unit.source.name, warning)
        images, problems, no_pixels = self._load(unit)
        warnings += [f"no pixel data: {display_name(member)}" for member in no_pixels if unit.is_series]
        if not images:
            if no_pixels and not problems:
                return Outcome(unit.source, Status.SKIPPED, f"{unit.source.name}: no pixel data")
            return Outcome(unit.source, Status.FAILED, "; ".join(problems) or f"{unit.source.name}: nothing to scan")
        s = stem(unit.source)
        if problems and not self.config.keep_partial:
            # An input is one outcome: a series missing members is not a series to ship, so
            # nothing is written for it (not even the good members' reports).
            return Outcome(unit.source, Status.FAILED, "; ".join(problems) + " (no outputs kept; --keep-partial "
                           f"writes the other members as {partial_name(s)})", warnings=warnings)

        findings = self._findings(images)
        outcome = Outcome(unit.source, Status.PROCESSED, instances=findings, place=self._place,
                          detectors=list(self.strategies.source.detectors), warnings=warnings)
        if self.strategies.verifies:
            self._verify(outcome, images)
        else:
            outcome.unverified_because = self.strategies.unverified_because or ""
        self._write_reports(outcome, s)
        self._notes = []  # encoding notes of this input's derived DICOMs (see _derive)
        self._write_images(outcome, images, s, unit.is_series, partial=bool(problems))
        outcome.warnings += list(dict.fromkeys(self._notes))
        if problems:  # --keep-partial: the input still fails; the report names what is missing
            outcome.warnings += [f"missing from {partial_name(s)}: {problem}" for problem in problems]
            outcome.fail("; ".join(problems) + f" (the other members are in {partial_name(s)}, kept by "
                                               "--keep-partial)")
        if self.follow_up is not None:
            problem = self.follow_up(unit.source, images, findings)
            if problem and not self.config.keep_partial:
                return self._failed(unit.source, f"{unit.source.name}: {problem}; no outputs kept")
            if problem:
                outcome.warnings.append(problem)
                outcome.fail(f"{unit.source.name}: {problem} (the other outputs were kept by --keep-partial)")
        self._write_review_pages(outcome, images, s)
        return outcome

    def _findings(self, images: list[DicomImage]) -> list[InstanceFindings]:
        source = self.strategies.source
        frames = sum(img.number_of_frames for img in images)
        if source.scanner is not None and frames > 1:  # a bar on a terminal, 10% lines in logs
            with Progress(f"scanning {frames} frames", frames) as progress:
                return source.findings(images, progress)
        return source.findings(images)

    def _verify(self, outcome: Outcome, images: list[DicomImage]) -> None:
        """The verification pass ("double wash"): read the redacted pixels again."""
        residual = verify(self.strategies.source.scanner, images, outcome.instances, self.strategies.style)
        outcome.residual = residual
        outcome.detectors.append(f"verification pass ({residual} residual)")
        if residual:
            outcome.warnings.append(f"verification pass found {residual} finding(s) left after the first "
                                    "redaction; they were redacted too: check this input by eye")

    def _add(self, outcome: Outcome, kind: OutputKind, path: Path) -> None:
        self._written.append(path)
        outcome.outputs.append(OutputFile(kind, path))

    def _write_reports(self, outcome: Outcome, s: str) -> None:
        """PHI_INFO CSV and bbox JSON."""
        name = outcome.source.name
        csv_path = self._output(csv_name(s))
        write_text_atomic(csv_path, findings_csv(name, outcome.instances, outcome.detectors, self.config.debug))
        self._add(outcome, OutputKind.CSV, csv_path)
        json_path = self._output(bbox_json_name(s))
        write_text_atomic(json_path, bbox_json(name, outcome.instances, outcome.detectors))
        self._add(outcome, OutputKind.BBOX_JSON, json_path)

    def _write_review_pages(self, outcome: Outcome, images: list[DicomImage], s: str) -> None:
        """preview_S.png and report_S.html: what a reviewer opens first.

        They are views of outputs already written; a bug in the preview costs the preview
        (with a warning in the log and the report), never the redacted image. A full disk still
        fails the input, as for any other output."""
        preview = self._output(preview_name(s))
        png = None
        try:
            png = previews.write_preview(preview, images, outcome.instances, style=self.strategies.style,
                                redacted=self.strategies.rendition.redacts,
                                title=f"{display_name(outcome.input_name)} - {self.config.mode.value}")
            self._add(outcome, OutputKind.PREVIEW, preview)
        except OSError:
            raise
        except Exception as exc:
            log.debug("%s: preview failed", outcome.source.name, exc_info=True)
            outcome.warnings.append(f"no preview: internal error ({type(exc).__name__})")
            log.warning("%s: %s; rerun with debug on for details", outcome.source.name, outcome.warnings[-1])
        report = self._output(report_name(s))
        html = render_report(outcome, self.config.settings(), debug=self.config.debug,
                             preview_png=png, generated=now_utc())
        write_text_atomic(report, html)
        self._add(outcome, OutputKind.REPORT, report)

    def _load(self, unit: WorkUnit) -> tuple[list[DicomImage], list[str], list[str]]:
        images, problems, no_pixels = [], [], []
        for member, path in _by_instance_number(unit.members):
            try:
                images.append(read_dicom(path, member, self.config.limits))
                if self.strategies.rendition.redacts:  # JPEG kept as JPEG: boxes grow to whole blocks
                    images[-1].block_grid = block_grid(images[-1], self.config.output_compression)
            except NoPixelDataError as exc:
                no_pixels.append(member)
                log.info("%s", exc)
            except DicomInputError as exc:
                problems.append(str(exc))
        return images, problems, no_pixels

    def _write_images(self, outcome: Outcome, images: list[DicomImage], s: str, series: bool,
                      partial: bool = False) -> None:
        """The review or redacted DICOM (a zip of them for a series), written whole or not at all.
        `partial`: a series missing members (--keep-partial), named partial_S.dicom.zip."""
        rendition = self.strategies.rendition
        kind = OutputKind.PARTIAL_DICOM if partial else rendition.kind
        path = self._output(partial_name(s) if partial else rendition.file_name(s, series))
        findings = outcome.instances
        uids = SeriesUids()
        if not series:
            ds = self._derive(images[0], findings[0], uids)
            try:
                write_atomic(ds, path)
            finally:
                close_pixel_spool(ds)
            self._add(outcome, kind, path)
            return
        with tempfile.TemporaryDirectory(dir=self.work_dir) as tmp:
            staged = []
            for img, inst in zip(images, findings, strict=True):
                member_path = Path(tmp) / f"{len(staged):06d}.dcm"
                ds = self._derive(img, inst, uids)
                try:
                    ds.save_as(member_path, enforce_file_format=True)
                finally:
                    close_pixel_spool(ds)
                staged.append((img.member, member_path))
            part = path.with_name(f".{path.name}.part")
            try:
                with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                    for member, member_path in staged:
                        zf.write(member_path, member)
                part.replace(path)
            except BaseException:
                part.unlink(missing_ok=True)
                raise
        self._add(outcome, kind, path)

    def _derive(self, image: DicomImage, inst: InstanceFindings, uids: SeriesUids):
        by_frame: dict[int, list[Box]] = {}
        plane_only: dict[int, list[Box]] = {}  # text only an overlay plane draws: no pixel is painted
        for f in inst.findings:
            (by_frame if f.in_pixels else plane_only).setdefault(f.frame, []).append(f.box)
        rendition = self.strategies.rendition
        if rendition.warning:
            self._notes.append(rendition.warning)
        edits = rendition.edits(image, by_frame, self.strategies.style, plane_only)
        ds, plan = derived_dataset(
            image, edits, uids, redacted=rendition.redacts,
            all_text_removed=rendition.all_text_removed, description=rendition.description,
            scratch_dir=self.work_dir, compression=self.config.output_compression,
            remove_overlays=self.config.removes_overlays,
        )
        if plan.note:
            note = f"{display_name(image.member or image.path.name)}: pixels {plan.note}"
            log.info("%s", note)
            self._notes.append(note)
        return ds


def _describe_os_error(exc: OSError, output_dir: Path) -> str:
    """pydicom re-raises write errors as a bare OSError whose message is a whole
    traceback; the errno that matters (ENOSPC, EFBIG...) is on the cause."""
    root: BaseException = exc
    while isinstance(root.__cause__, OSError):
        root = root.__cause__
    err = root if isinstance(root, OSError) else exc
    text = err.strerror or (str(err).splitlines() or [type(err).__name__])[0][:200]
    writing = err.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS)
    try:
        writing = writing or Path(err.filename).resolve().is_relative_to(output_dir.resolve())
    except (TypeError, OSError):
        pass
    return f"{'cannot write outputs' if writing else 'I/O error'} ({text})"


def _by_instance_number(members: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """Series order: Instance Number, then name; unreadable headers sort last and fail later."""

    def key(item):
        try:
            ds = pydicom.dcmread(item[1], stop_before_pixels=True, specific_tags=["InstanceNumber"])
            return (0, int(ds.get("InstanceNumber", 0) or 0), item[0])
        except Exception:
            return (1, 0, item[0])

    return sorted(members, key=key)
