"""Processing one input in one mode: the four modes as short compositions of
scan (or read boxes) -> report -> review copy or redacted copy.

Each input ends in exactly one outcome, processed, skipped or failed, with a
reason; one bad input or member never stops the others.
"""

from __future__ import annotations

import errno
import logging
import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pydicom

from ..config import Mode, RedactorConfig
from ..decode.dicom import DicomImage, DicomInputError, NoPixelDataError, read_dicom
from ..findings import InstanceFindings
from ..inputs.units import ArchiveError, WorkUnit, unit_for
from ..ocr.base import OcrUnavailableError
from ..outputs.dicom_writer import SeriesUids, close_pixel_spool, derived_dataset, write_atomic
from ..outputs.encoding import FrameEdits, block_grid
from ..outputs.naming import (
    bbox_json_name,
    csv_name,
    display_name,
    preview_name,
    redacted_name,
    report_name,
    review_name,
    stem,
)
from ..outputs.reports import (
    BboxCoords,
    BboxCoordsError,
    bbox_json,
    check_bbox_matches,
    findings_csv,
    now_utc,
    write_text_atomic,
)
from ..pixels.redaction import fill_value, outline_frame, redact_frame
from ..scan.frequency import apply_frequency_threshold
from ..scan.scanner import Scanner
from ..scan.verification import verify
from .parallel import resolve_jobs
from .progress import Progress

if TYPE_CHECKING:
    from .ledger import LedgerEntry

log = logging.getLogger(__name__)

PROCESSED, SKIPPED, FAILED = "processed", "skipped", "failed"


@dataclass
class Outcome:
    source: Path
    status: str
    reason: str = ""
    outputs: list[Path] = field(default_factory=list)
    instances: list[InstanceFindings] = field(default_factory=list)
    detectors: list[str] = field(default_factory=list)
    # Findings the verification pass ("double wash") still saw after a first redaction;
    # None when no such pass ran (detection modes, bbox_coords input).
    residual: int | None = None
    # What a reviewer should know about this input that is not a finding: skipped
    # members, members that failed, a verification pass that had to redact again.
    warnings: list[str] = field(default_factory=list)
    # Set when the engine keeps a resume ledger (Engine.settings_fingerprint) and the input
    # finished: what the driver appends to the ledger (run/ledger.py).
    ledger_entry: LedgerEntry | None = None

    @property
    def counts(self) -> Counter:
        return Counter(f.entity_type for inst in self.instances for f in inst.findings)

    @property
    def phi_found(self) -> bool:
        return any(inst.findings for inst in self.instances)


# Called after detection in Detection+ReaderTasks: (source, images, findings) -> None.
ReaderTaskHook = Callable[[Path, list[DicomImage], list[InstanceFindings]], None]


class Engine:
    """Holds what is expensive to build (OCR, NER) across all inputs of a run."""

    def __init__(self, config: RedactorConfig, output_dir: Path, work_dir: Path | None = None,
                 scanner: Scanner | None = None, reader_tasks: ReaderTaskHook | None = None,
                 bbox_coords: BboxCoords | None = None, jobs: int | None = None):
        self.config = config
        self.jobs = resolve_jobs(jobs)
        self.output_dir = output_dir
        self.work_dir = work_dir or Path(tempfile.mkdtemp(prefix="presidio-work-"))
        self._scanner = scanner
        self.reader_tasks = reader_tasks
        self.bbox_coords = bbox_coords
        self._written: list[Path] = []  # outputs of the input in progress, removed if it fails
        self._notes: list[str] = []
        # Set (run/ledger.settings_fingerprint): each finished outcome carries its ledger entry,
        # made here, where the input and outputs are, rather than read back by the driver.
        self.settings_fingerprint: str | None = None
        if config.debug:
            log.warning("debug is on: this log and the PHI_INFO reports' text column contain raw PHI "
                        "(OCR text); keep them as protected as the images")

    @property
    def scanner(self) -> Scanner:
        if self._scanner is None:
            from .parts import build_scanner

            self._scanner = build_scanner(self.config)
            self._scanner.jobs = self.jobs
        return self._scanner

    @property
    def detectors(self) -> list[str]:
        if self.bbox_coords is not None:
            return ["bbox_coords input (no OCR)"]
        return self.scanner.detectors

    def process(self, source: Path) -> Outcome:
        if not self.settings_fingerprint:
            return self._process(source)
        from .ledger import entry_for, stamp

        try:  # stamped before processing: an input changed meanwhile is redone, never trusted
            before = stamp(source)
        except OSError:
            return self._process(source)  # it fails there, with the usual reason
        outcome = self._process(source)
        outcome.ledger_entry = entry_for(outcome, before, self.settings_fingerprint)
        return outcome

    def _process(self, source: Path) -> Outcome:
        try:
            unit = unit_for(source, self.work_dir, self.config.limits)
        except ArchiveError as exc:
            return Outcome(source, FAILED, str(exc))
        except OSError as exc:
            return Outcome(source, FAILED, f"{source.name}: cannot read ({exc.strerror or exc})")
        except Exception as exc:  # as below: one input's surprise never ends the run
            log.debug("%s: unexpected error", source.name, exc_info=True)
            return Outcome(source, FAILED, f"{source.name}: internal error ({type(exc).__name__}); "
                                           "rerun with debug on for details")
        self._written = []
        try:
            return self._process_unit(unit)
        except (DicomInputError, BboxCoordsError, ArchiveError, OcrUnavailableError) as exc:
            return self._failed(source, str(exc))
        except OSError as exc:  # a full disk or an unwritable folder: say so, keep nothing half-made
            return self._failed(source, f"{source.name}: {_describe_os_error(exc, self.output_dir)}; "
                                        "no outputs kept")
        except Exception as exc:  # a bug must not stop the other inputs; details may hold PHI, so debug only
            log.debug("%s: unexpected error", source.name, exc_info=True)
            return self._failed(source, f"{source.name}: internal error ({type(exc).__name__}); "
                                        "rerun with debug on for details")
        finally:
            if unit.is_series:
                shutil.rmtree(self.work_dir / f"unzip-{source.stem}", ignore_errors=True)

    def _failed(self, source: Path, reason: str) -> Outcome:
        """A failed input leaves no outputs behind: each was written whole (temp name,
        then rename), and those of this input are removed so none looks complete."""
        for path in self._written:
            path.unlink(missing_ok=True)
        self._written = []
        return Outcome(source, FAILED, reason)

    # -- composition ---------------------------------------------------------

    def _process_unit(self, unit: WorkUnit) -> Outcome:
        warnings = [f"skipped non-DICOM member {display_name(name)}" for name in unit.skipped]
        for warning in warnings:
            log.warning("%s: %s", unit.source.name, warning)
        images, problems, no_pixels = self._load(unit)
        warnings += [f"no pixel data: {display_name(member)}" for member in no_pixels if unit.is_series]
        if not images:
            if no_pixels and not problems:
                return Outcome(unit.source, SKIPPED, f"{unit.source.name}: no pixel data")
            return Outcome(unit.source, FAILED, "; ".join(problems) or f"{unit.source.name}: nothing to scan")

        findings = self._findings(images)
        detectors = self.detectors
        residual = None
        if self.config.mode.redacts and self.bbox_coords is None:  # verification pass ("double wash")
            residual = verify(self.scanner, images, findings, self.config.fill, self.config.margin)
            detectors = [*detectors, f"verification pass ({residual} residual)"]
            if residual:
                warnings.append(f"verification pass found {residual} finding(s) left after the first redaction; "
                                "they were redacted too: check this input by eye")
        s = stem(unit.source)
        outcome = Outcome(unit.source, PROCESSED, instances=findings, detectors=detectors, residual=residual,
                          warnings=warnings)
        csv_path = self.output_dir / csv_name(s)
        write_text_atomic(csv_path, findings_csv(unit.source.name, findings, outcome.detectors, self.config.debug))
        self._written.append(csv_path)
        json_path = self.output_dir / bbox_json_name(s)
        write_text_atomic(json_path, bbox_json(unit.source.name, findings, outcome.detectors))
        self._written.append(json_path)
        outcome.outputs += [csv_path, json_path]

        mode = self.config.mode
        self._notes = []  # encoding notes of this input's derived DICOMs (see _derive)
        if mode.redacts:
            path = self.output_dir / redacted_name(s, unit.is_series)
            self._write_images(images, findings, path, unit.is_series, redacted=True)
        else:
            path = self.output_dir / review_name(s, unit.is_series)
            self._write_images(images, findings, path, unit.is_series, redacted=False)
        self._written.append(path)
        outcome.outputs.append(path)
        outcome.warnings += list(dict.fromkeys(self._notes))
        if mode is Mode.DETECT_READERTASKS and self.reader_tasks is not None:
            self.reader_tasks(unit.source, images, findings)
        if problems:
            outcome.warnings += problems
            outcome.status = FAILED
            outcome.reason = "; ".join(problems) + " (other members processed)"
        self._write_review_pages(outcome, images, s)
        return outcome

    def _write_review_pages(self, outcome: Outcome, images: list[DicomImage], s: str) -> None:
        """preview_S.png and report_S.html: what a reviewer opens first.

        They are views of outputs already written; a bug in the preview costs the preview
        (with a warning in the log and the report), never the redacted image. A full disk still
        fails the input, as for any other output."""
        from ..outputs.html_report import render_report
        from ..outputs.preview import write_preview

        preview = self.output_dir / preview_name(s)
        png = None
        try:
            png = write_preview(preview, images, outcome.instances, fill=self.config.fill, margin=self.config.margin,
                          redacted=self.config.mode.redacts,
                          title=f"{display_name(outcome.source.name)} - {self.config.mode.value}")
            self._written.append(preview)
            outcome.outputs.append(preview)
        except OSError:
            raise
        except Exception as exc:
            log.debug("%s: preview failed", outcome.source.name, exc_info=True)
            outcome.warnings.append(f"no preview: internal error ({type(exc).__name__})")
            log.warning("%s: %s; rerun with debug on for details", outcome.source.name, outcome.warnings[-1])
        report = self.output_dir / report_name(s)
        html = render_report(outcome, self.config.settings(), debug=self.config.debug,
                             preview_png=png, generated=now_utc())
        write_text_atomic(report, html)
        self._written.append(report)
        outcome.outputs.append(report)

    def _load(self, unit: WorkUnit) -> tuple[list[DicomImage], list[str], list[str]]:
        images, problems, no_pixels = [], [], []
        for member, path in _by_instance_number(unit.members):
            try:
                images.append(read_dicom(path, member, self.config.limits))
                if self.config.mode.redacts:  # JPEG kept as JPEG: boxes grow to whole blocks
                    images[-1].block_grid = block_grid(images[-1], self.config.output_compression)
            except NoPixelDataError as exc:
                no_pixels.append(member)
                log.info("%s", exc)
            except DicomInputError as exc:
                problems.append(str(exc))
        return images, problems, no_pixels

    def _findings(self, images: list[DicomImage]) -> list[InstanceFindings]:
        if self.bbox_coords is not None:
            check_bbox_matches(self.bbox_coords, images)
            out = []
            for img in images:
                inst = self.bbox_coords.for_instance(img.sop_instance_uid, img.member or img.path.name)
                if inst is None:
                    raise BboxCoordsError(
                        f"bbox_coords has no entry for instance {img.sop_instance_uid or img.member!r}; "
                        "use the JSON written for this same input"
                    )
                out.append(inst)
            return out
        frames = sum(img.number_of_frames for img in images)
        if frames > 1:  # a bar on a terminal, 10% lines in logs; nothing for a single image
            with Progress(f"scanning {frames} frames", frames) as progress:
                found = self.scanner.scan_many(images, progress)
        else:
            found = self.scanner.scan_many(images)
        for inst in found:
            apply_frequency_threshold(inst, self.config.frequency_threshold)
        return found

    def _write_images(self, images, findings, path: Path, series: bool, redacted: bool) -> None:
        uids = SeriesUids()
        if not series:
            ds = self._derive(images[0], findings[0], uids, redacted)
            try:
                write_atomic(ds, path)
            finally:
                close_pixel_spool(ds)
            return
        with tempfile.TemporaryDirectory(dir=self.work_dir) as tmp:
            staged = []
            for img, inst in zip(images, findings, strict=True):
                member_path = Path(tmp) / f"{len(staged):06d}.dcm"
                ds = self._derive(img, inst, uids, redacted)
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

    def _derive(self, image: DicomImage, inst: InstanceFindings, uids: SeriesUids, redacted: bool):
        by_frame: dict[int, list] = {}
        for f in inst.findings:
            by_frame.setdefault(f.frame, []).append(f.box)
        margin, fill = self.config.margin, self.config.fill

        def paint(i, frame):
            boxes = by_frame.get(i, [])
            return redact_frame(image, frame, boxes, fill, margin) if redacted else outline_frame(
                image, frame, boxes, margin)

        # Burned In Annotation NO only when this run read (OCR) and cleaned every pixel region
        # that could hold text: boxes from a bbox JSON were not read here (issue 16 item 1).
        all_text_removed = redacted and self.config.mode is Mode.REDACT_ALL and self.bbox_coords is None
        if redacted and self.config.mode is Mode.REDACT_ALL and self.bbox_coords is not None:
            self._notes.append("Burned In Annotation left as in the input: the boxes came from bbox_coords, "
                               "no OCR ran, so text they miss may remain")
        # The pixel edits, handed to encoding.py, which decides how they are stored.
        grow = margin if redacted else margin + 2  # outline_frame draws 2 px outside the margin
        edits = FrameEdits(
            boxes={i: [b.grown(grow, image.rows, image.columns) for b in boxes] for i, boxes in by_frame.items()},
            paint=paint, fill=(lambda frame: fill_value(image, frame, fill)) if redacted else None)
        ds, plan = derived_dataset(
            image, edits, uids, redacted=redacted,
            all_text_removed=all_text_removed,
            description="(redacted)" if redacted else "(PHI review)", scratch_dir=self.work_dir,
            compression=self.config.output_compression, remove_overlays=self.config.removes_overlays,
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
