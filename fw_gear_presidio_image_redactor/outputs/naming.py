"""Output file names: one stem per input, as the gear's users already know them."""

from __future__ import annotations

from pathlib import Path

from .. import __version__

TOOL = "presidio-image-redactor"
_SUFFIXES = (".dcm.zip", ".dicom.zip", ".zip", ".dcm", ".dicom")


def stem(path: Path | str) -> str:
    name = Path(path).name
    lower = name.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def csv_name(s: str) -> str:
    return f"PHI_INFO.{TOOL}.{__version__}.{s}.csv"


def bbox_json_name(s: str) -> str:
    return f"bbox_coords.{TOOL}.{__version__}.{s}.json"


def review_name(s: str, series: bool) -> str:
    return f"bbox_{s}.dicom.zip" if series else f"bbox_{s}.dcm"


def redacted_name(s: str, series: bool) -> str:
    return f"redacted_{s}.dicom.zip" if series else f"redacted_{s}.dcm"


def partial_name(s: str) -> str:
    """A series with broken members, kept only with --keep-partial: never named redacted_."""
    return f"partial_{s}.dicom.zip"


def preview_name(s: str) -> str:
    return f"preview_{s}.png"


def report_name(s: str) -> str:
    return f"report_{s}.html"


INDEX_NAME = "index.html"  # the CLI's page linking every input's report
