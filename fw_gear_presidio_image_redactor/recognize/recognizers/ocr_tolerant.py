"""Regex building blocks that forgive Tesseract's usual character confusions."""

from __future__ import annotations

import re

# Each character and what OCR tends to read it as on small overlay fonts.
CONFUSABLE = {
    "0": "0Oo",
    "o": "0Oo",
    "1": "1Il|",
    "i": "1Il|",
    "l": "1Il|",
    "5": "5Ss",
    "s": "5Ss",
    "y": "yY\u00a5",  # small fonts turn 'Y' into a yen sign
}


def tolerant(value: str) -> str:
    """A regex matching `value` case-insensitively with OCR confusions and any
    run of separators (space, ^, comma, dot, dash, slash) where `value` has one.

    One space may also stand between two letters or digits of `value`: OCR engines cut
    a word at a wide kerning gap ('KOW ALSKI' for 'KOWALSKI', 'W A' and 'A V' are the
    usual pairs), and the text layout keeps such a gap as a space rather than gluing
    words that meet letter to letter."""
    out = []
    previous_alnum = False
    for ch in value:
        low = ch.lower()
        if ch.isalnum() and previous_alnum:
            out.append("[ ]?")
        previous_alnum = ch.isalnum()
        if low in CONFUSABLE:
            out.append("[" + re.escape(CONFUSABLE[low]) + "]")
        elif ch.isalnum():
            out.append(re.escape(ch))
        else:
            out.append(r"[\s^,.\-/]*")
    return "".join(out)


def bounded(pattern: str) -> str:
    """Only whole tokens: 'ANN' must not match inside 'ANNUAL'."""
    return rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])"
