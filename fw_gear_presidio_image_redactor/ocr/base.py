"""The OCR contract: what an engine must offer (`OcrEngine`), the error a missing
one raises (`OcrUnavailableError`), and how several views' readings become one
(`read_views`, `merge_words`). One module per engine beside it: tesseract.py,
ppocr.py.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from ..findings import OcrWord
from .views import OcrView


class OcrEngine(Protocol):
    """`name`: engine, model names and versions (listed among the detectors; no `;`).
    `read(view)`: the words in that view, boxes on the original grid, confidences 0-100."""

    name: str

    def read(self, view: OcrView) -> list[OcrWord]: ...


class OcrUnavailableError(RuntimeError):
    """The engine's program, packages or models are missing; the message names what to install."""


# The first pass "found little" below this many words of this mean confidence.
FEW_WORDS = 3
LOW_CONFIDENCE = 60.0
# A number read with less confidence than this is a doubtful ID or date: text over
# anatomy ('55120934' read as '5 909 34'); the binarised top-of-range view reads it clean.
DOUBTFUL_NUMBER = 70.0
FALLBACK = "when-little"  # or "always" / "never": for the evaluation's ablation


def found_little(words: list[OcrWord], few: int = FEW_WORDS) -> bool:
    readable = [w for w in words if any(c.isalnum() for c in w.text)]
    if len(readable) < few:
        return True
    if any(w.confidence < DOUBTFUL_NUMBER and sum(c.isdigit() for c in w.text) >= 2 for w in readable):
        return True  # a lone digit is as often anatomy texture as text
    return bool(readable) and sum(w.confidence for w in readable) / len(readable) < LOW_CONFIDENCE


def read_views(ocr: OcrEngine, views: list[OcrView], few: int = FEW_WORDS) -> list[OcrWord]:
    """Primary views first; fallback views only where those found little, so the
    common case pays for one Tesseract pass and the hard one gets a second.

    `few=0` judges by confidence alone: for re-reading redacted bands, where
    few words is the expected outcome, not a sign of unreadable text."""
    groups = [read_view(ocr, v) for v in views if not v.fallback]
    if FALLBACK == "always" or (FALLBACK == "when-little" and found_little([w for g in groups for w in g], few)):
        groups += [read_view(ocr, v) for v in views if v.fallback]
    return merge_words(groups)


def read_view(ocr: OcrEngine, view: OcrView) -> list[OcrWord]:
    """`ocr.read(view)`, boxes moved to the frame where the view is a crop of it."""
    words = ocr.read(view)
    if not (view.left or view.top):
        return words
    return [replace(w, box=w.box.scaled(1, -view.left, -view.top)) for w in words]


def merge_words(groups: list[list[OcrWord]], overlap: float = 0.3, inside: float = 0.8) -> list[OcrWord]:
    """Union of several views' readings: where two views read the same place, keep
    the more confident reading, so a view can only add words, never lose one.

    "The same place": boxes whose IoU exceeds `overlap`, or a short, less confident word
    lying mostly (`inside` of its area) within a longer word of another view. The second
    rule drops the fragments one view reads between another view's words
    (`TOKAI-NISHI T:I FI GENERAL _H HOSP`), which broke names and institutions apart; the
    longer word already covers their pixels. Likewise a word without Cyrillic letters lying
    mostly within a Cyrillic word of another view (`_misread_of`): PP-OCR's reading of
    Cyrillic glyphs (`-=z` at 97 within `Ольга` at 96, from the binarised view that its second
    reading could not read either; ocr/cyrillic.py)."""
    merged: list[OcrWord] = []
    for words in groups:
        for word in words:
            if any(_fragment_of(word, m, inside) for m in merged):
                continue
            clash = next((i for i, m in enumerate(merged) if m.box.iou(word.box) > overlap), None)
            if clash is None:
                merged = [m for m in merged if not _fragment_of(m, word, inside)]
                merged.append(word)
            elif word.confidence > merged[clash].confidence:
                merged[clash] = word
    return sorted(merged, key=lambda w: (w.box.top // 8, w.box.left))


def _fragment_of(small: OcrWord, big: OcrWord, inside: float) -> bool:
    """`small` is a shorter, no more confident reading lying mostly within `big`, or a
    misreading of a Cyrillic word `big` (`_misread_of`)."""
    if small.box.intersection_area(big.box) < inside * small.box.area:
        return False
    return (len(small.text.strip()) < len(big.text.strip()) and small.confidence <= big.confidence) \
        or _misread_of(small, big)


def _misread_of(small: OcrWord, big: OcrWord) -> bool:
    """`big` holds Cyrillic letters (a second reading, ocr/cyrillic.py) and `small`, lying
    within it, none: the first reader's Latin or junk reading of the same glyphs."""
    return cyrillic_letters(big.text) >= MIN_CYRILLIC_LETTERS and not cyrillic_letters(small.text)


# A word with this many Cyrillic letters is a Cyrillic reading (ocr/cyrillic.py).
MIN_CYRILLIC_LETTERS = 2


def is_cyrillic(ch: str) -> bool:
    """`ch` is in the Cyrillic blocks (U+0400-U+052F: Cyrillic and its Supplement)."""
    return "\u0400" <= ch <= "\u052f"


def cyrillic_letters(text: str) -> int:
    """How many letters of `text` are Cyrillic (`is_cyrillic`)."""
    return sum(is_cyrillic(c) and c.isalpha() for c in text)
