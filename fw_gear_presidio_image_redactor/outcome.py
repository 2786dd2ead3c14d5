"""What became of one input: its status, its typed output files, its findings.

A bottom-layer record: every stage may build or read one, none is imported to
make one. The status is a `StrEnum`, so it prints and compares as the words
users see in the summary ("processed", "skipped", "failed").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from .findings import InstanceFindings


class Status(StrEnum):
    PROCESSED = "processed"
    SKIPPED = "skipped"
    FAILED = "failed"


class OutputKind(StrEnum):
    """Each file an input can produce; its name comes from `outputs.naming`."""

    CSV = "csv"  # PHI_INFO...csv: one row per finding
    BBOX_JSON = "bbox_json"  # bbox_coords...json: the boxes, for redaction without OCR
    REVIEW_DICOM = "review_dicom"  # bbox_S.dcm / .dicom.zip: boxes drawn, nothing removed
    REDACTED_DICOM = "redacted_dicom"  # redacted_S.dcm / .dicom.zip
    PARTIAL_DICOM = "partial_dicom"  # partial_S.dicom.zip: a failed series' good members (--keep-partial)
    PREVIEW = "preview"  # preview_S.png contact sheet
    REPORT = "report"  # report_S.html


@dataclass(frozen=True)
class OutputFile:
    kind: OutputKind
    path: Path

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class Outcome:
    """`source`: the input file as found; `place`: its folder relative to the folder it was
    found in (POSIX, '' for a file named on the command line or at the top of a named
    folder), where its outputs go under the output folder, so a PACS-style tree
    (`S1/IM0001`, `S2/IM0001`) keeps its shape instead of clashing on one name."""

    source: Path
    status: Status
    reason: str = ""
    outputs: list[OutputFile] = field(default_factory=list)
    instances: list[InstanceFindings] = field(default_factory=list)
    detectors: list[str] = field(default_factory=list)
    # Findings the verification pass ("double wash") still saw after a first redaction;
    # None when no such pass ran (detection modes, given boxes).
    residual: int | None = None
    # Why that pass did not run, for the report ('' when it ran or the input was not scanned).
    unverified_because: str = ""
    # What a reviewer should know about this input that is not a finding: skipped
    # members, members that failed, a verification pass that had to redact again,
    # a ReaderTask that could not be created.
    warnings: list[str] = field(default_factory=list)
    # Set when the run keeps a resume ledger and the input finished: the entry
    # (run/ledger.LedgerEntry) the driver appends, made where the input was processed.
    ledger_entry: object | None = None
    place: str = ""
    # Findings per entity an earlier run recorded for this input (an input skipped as
    # 'already done' by --resume, whose instances are not read again); None: count `instances`.
    recorded_counts: dict[str, int] | None = None

    @property
    def input_name(self) -> str:
        """The input as summaries show it: its path relative to the folder it was found in."""
        return f"{self.place}/{self.source.name}" if self.place else self.source.name

    @property
    def counts(self) -> Counter:
        if self.recorded_counts is not None:
            return Counter(self.recorded_counts)
        return Counter(f.entity_type for inst in self.instances for f in inst.findings)

    @property
    def phi_found(self) -> bool:
        return bool(self.counts)

    def paths(self, kind: OutputKind) -> list[Path]:
        """The files of that kind this input produced (empty when none)."""
        return [o.path for o in self.outputs if o.kind is kind]

    def output(self, kind: OutputKind) -> Path | None:
        return next(iter(self.paths(kind)), None)

    def fail(self, reason: str) -> None:
        self.status = Status.FAILED
        self.reason = reason
