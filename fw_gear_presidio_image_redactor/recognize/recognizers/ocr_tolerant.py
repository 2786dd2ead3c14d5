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
# Two narrow letters OCR reads as one wide letter, and back: 'rn' and 'm', 'cl' and 'd', 'vv' and
# 'w' (the classic pairs of OCR post-correction; Tesseract and PP-OCR both make them on small
# sans-serif fonts, where the gap inside 'rn' closes: 'Comwall' for 'Cornwall').
GLUED_PAIRS = {"rn": "m", "cl": "d", "vv": "w"}
SPLIT_LETTERS = {glued: pair for pair, glued in GLUED_PAIRS.items()}


def tolerant(value: str) -> str:
    """A regex matching `value` case-insensitively with OCR confusions and any
    run of separators (space, ^, comma, dot, dash, slash) where `value` has one.

    One space may also stand between two letters or digits of `value`: OCR engines cut
    a word at a wide kerning gap ('KOW ALSKI' for 'KOWALSKI', 'W A' and 'A V' are the
    usual pairs), and the text layout keeps such a gap as a space rather than gluing
    words that meet letter to letter. Two narrow letters read as one wide one and back
    (`GLUED_PAIRS`: 'Comwall' for 'CORNWALL', 'WILLIARNS' for 'WILLIAMS') match too."""
    out = []
    previous_alnum = False
    i = 0
    while i < len(value):
        ch, pair = value[i], value[i : i + 2].lower()
        low = ch.lower()
        if ch.isalnum() and previous_alnum:
            out.append("[ ]?")
        previous_alnum = ch.isalnum()
        i += 1
        if pair in GLUED_PAIRS:  # 'rn' of 'CORNWALL' read as 'm' ('Comwall')
            out.append(f"(?:{_letter(pair[0])}[ ]?{_letter(pair[1])}|{re.escape(GLUED_PAIRS[pair])})")
            i += 1
        elif low in SPLIT_LETTERS:  # and 'm' read as 'rn'
            out.append(f"(?:{re.escape(low)}|{re.escape(SPLIT_LETTERS[low])})")
        elif ch.isalnum():
            out.append(_letter(ch))
        else:
            out.append(r"[\s^,.\-/]*")
    return "".join(out)


def _letter(ch: str) -> str:
    low = ch.lower()
    return "[" + re.escape(CONFUSABLE[low]) + "]" if low in CONFUSABLE else re.escape(ch)


def bounded(pattern: str) -> str:
    """Only whole tokens: 'ANN' must not match inside 'ANNUAL'."""
    return rf"(?<![A-Za-z0-9]){pattern}(?![A-Za-z0-9])"
