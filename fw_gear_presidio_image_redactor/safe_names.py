"""Names from uploads and zip members, made safe to show and classified by suffix.

A bottom-layer helper: decoding, inputs and outputs all print names they did not choose.
"""

from __future__ import annotations

from pathlib import Path


def display_name(name: str) -> str:
    """Names come from uploads and zip members; one with a newline would forge log lines."""
    return name if name.isprintable() else repr(name)


def is_zip_name(path: Path | str) -> bool:
    return str(path).lower().endswith(".zip")
