"""The one place a mode becomes strategies: where findings come from, what the derived
DICOM is, and how boxes are painted. Nothing downstream checks the mode.

| mode | finding source | rendition |
|---|---|---|
| Detection Only, Detection+ReaderTasks | scan | review copy |
| Dynamic PHI Redaction | scan, or the boxes of a bbox JSON | redacted |
| RedactAllText | scan, every word a finding (or a bbox JSON) | redacted, all text removed (not with a bbox JSON) |
| Apply ReaderTask Annotations | the reader's boxes | redacted |

(The ReaderTask itself is a follow-up step the Flywheel front ends hand the engine.)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Mode, RedactorConfig
from ..outputs.rendition import ALL_TEXT_REDACTED, GIVEN_BOXES_REDACTED, REDACTED, REVIEW_COPY, Rendition
from ..pixels.redaction import RedactionStyle
from ..scan.scanner import Scanner
from ..scan.sources import FindingSource, GivenBoxes, Scan


@dataclass(frozen=True)
class Strategies:
    source: FindingSource
    rendition: Rendition
    style: RedactionStyle

    @property
    def verifies(self) -> bool:
        """The verification pass ("double wash") runs after a redaction of scanned findings;
        given boxes were not scanned, so there is nothing to compare with."""
        return self.unverified_because is None

    @property
    def unverified_because(self) -> str | None:
        """Why no verification pass runs, for the report; None when one does."""
        if not self.rendition.redacts:
            return "detection only: no pixels were redacted"
        if self.source.scanner is None:
            return "the boxes were given, not found by a scan: there is nothing to read again"
        return None


def uses_given_boxes(config: RedactorConfig) -> bool:
    """Whether a bbox JSON replaces the scan: only a redaction mode reads one."""
    return config.bbox_coords is not None and config.mode.redacts


def rendition_for(mode: Mode, scanned: bool = True) -> Rendition:
    if mode is Mode.REDACT_ALL:
        return ALL_TEXT_REDACTED if scanned else GIVEN_BOXES_REDACTED
    if mode in (Mode.REDACT, Mode.APPLY_ANNOTATIONS):
        return REDACTED
    return REVIEW_COPY


def strategies_for(config: RedactorConfig, scanner: Scanner | None = None,
                   given: GivenBoxes | FindingSource | None = None) -> Strategies:
    """`given`: boxes from outside (a bbox JSON, a Flywheel reader), used instead of a scan;
    otherwise `scanner` (built once per run, see run/parts.py) scans."""
    if given is not None:
        source: FindingSource = given
    elif scanner is not None:
        source = Scan(scanner, config.frequency_threshold)
    else:
        raise ValueError("strategies_for: a scanner or given boxes is required")
    return Strategies(source, rendition_for(config.mode, scanned=given is None),
                      RedactionStyle(config.fill, config.margin))
