"""The OCR contract: what an engine must offer (`OcrEngine`), the error a missing
one raises (`OcrUnavailableError`), and how several views' readings become one
(`read_views`, `merge_words`). One module per engine beside it: tesseract.py,
ppocr.py.
"""

from __future__ import annotations

import unicodedata
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
    reading could not read either; ocr/cyrillic.py). A `latin_misread` (`BFニE'I-HAVEC.` at 93
    from the binarised view) never replaces another view's reading of the same place, and a
    reading of that place without CJK characters (`0'BRIEN-HAYES,` at 58, the plain view)
    replaces it, however confident PP-OCR was of its CJK guess."""
    merged: list[OcrWord] = []
    for words in groups:
        for word in words:
            if any(_fragment_of(word, m, inside) for m in merged):
                continue
            clash = next((i for i, m in enumerate(merged) if m.box.iou(word.box) > overlap), None)
            if clash is None:
                merged = [m for m in merged if not _fragment_of(m, word, inside)]
                merged.append(word)
            elif (word.confidence > merged[clash].confidence and not latin_misread(word.text)) \
                    or (latin_misread(merged[clash].text) and not latin_misread(word.text)
                        and not any(foreign(c) for c in word.text)):
                merged[clash] = word
    return sorted(merged, key=lambda w: (w.box.top // 8, w.box.left))


def _fragment_of(small: OcrWord, big: OcrWord, inside: float) -> bool:
    """`small` is a shorter, no more confident reading lying mostly within `big`, or a
    misreading of a Cyrillic word `big` (`_misread_of`)."""
    if small.box.intersection_area(big.box) < inside * small.box.area:
        return False
    if latin_misread(big.text) and not any(foreign(c) for c in small.text):
        return False  # a part of the place read without CJK is no fragment of a misreading
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


def foreign(ch: str) -> bool:
    """A letter of a script other than Latin, Greek or Cyrillic (CJK, kana, Hangul, ...)."""
    if not ch.isalpha() or ch.isascii() or is_cyrillic(ch):
        return False
    return not unicodedata.name(ch, "").startswith(("LATIN", "GREEK"))


# A Latin word PP-OCR read with a CJK character inside has at least this many ASCII letters
# and digits, and at most one CJK character per this many of them.
MISREAD_LATIN = 3


def latin_misread(text: str) -> bool:
    """A Latin word PP-OCR read with a lone CJK, kana or Hangul character between two ASCII
    letters or digits (`BFニE'I-HAVEC.` for `O'BRIEN-HAYES,`, `SCHッARZ.` for `SCHWARZ,`).

    PP-OCR's recogniser (PP-OCRv6_rec_small, rapidocr) is trained on Chinese and Latin text:
    its alphabet holds both, and a broken Latin glyph (thin strokes of small text in the
    binarised view) is given the CJK character of the nearest shape (`ニ` for `R`, `ッ` for
    `W`). Real Chinese or Japanese text sets its characters side by side (`検査`, `患者ID`,
    `MRI検査`): a word with two CJK characters next to each other, or a CJK character at an
    edge of the word, is not a misreading; neither is a word of fewer than `MISREAD_LATIN`
    ASCII letters and digits (`1日2回`)."""
    chars = [c for c in text if c.isalnum()]
    marks = [foreign(c) for c in chars]
    n_foreign = sum(marks)
    latin = sum(c.isascii() for c in chars)
    if not n_foreign or latin < MISREAD_LATIN or n_foreign * MISREAD_LATIN > latin:
        return False
    for i, mark in enumerate(marks):
        if mark and (i == 0 or i == len(chars) - 1 or not chars[i - 1].isascii() or not chars[i + 1].isascii()):
            return False
    return True
