"""Tesseract behind a small interface, so another OCR engine can stand in.

`--psm 11` (sparse text) suits overlays: a few words in corners, no paragraphs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from typing import Protocol

import numpy as np
import pytesseract
from PIL import Image

from ..findings import Box, OcrWord
from .views import OcrView

PAD = 16  # view pixels of white border around every image handed to Tesseract


class OcrEngine(Protocol):
    name: str

    def read(self, view: OcrView) -> list[OcrWord]: ...


class OcrUnavailableError(RuntimeError):
    pass


class TesseractOcr:
    def __init__(self, psm: int = 11, min_confidence: float = 0.0, lang: str = "eng"):
        if shutil.which("tesseract") is None:
            raise OcrUnavailableError(
                "Tesseract is not installed: install Debian's tesseract-ocr (make demo / make test do it)"
            )
        # Tesseract's OpenMP threads fight each other (and other work) on small
        # machines: one thread per process was 3x faster on 2 cores (make eval).
        # Parallelism comes from running several processes instead (--jobs).
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        self.psm = psm
        self.min_confidence = min_confidence
        self.lang = lang
        self.name = f"tesseract-{tesseract_version()}"

    def read(self, view: OcrView) -> list[OcrWord]:
        # A white border: Tesseract drops text that touches the image edge (the
        # real CR case has its name on row 0). Coordinates come back unpadded.
        padded = Image.fromarray(np.pad(view.image, PAD, mode="constant", constant_values=255))
        padded.format = "BMP"  # pytesseract hands Tesseract a file; PNG compression cost more than the read
        data = pytesseract.image_to_data(
            padded,
            lang=self.lang,
            config=f"--psm {self.psm}",
            output_type=pytesseract.Output.DICT,
        )
        words = []
        for i, text in enumerate(data["text"]):
            text = text.strip()
            conf = float(data["conf"][i])
            if not text or conf < self.min_confidence:
                continue
            box = Box(int(data["left"][i]) - PAD, int(data["top"][i]) - PAD, int(data["width"][i]),
                      int(data["height"][i]))
            words.append(OcrWord(text=text, box=box.scaled(view.scale), confidence=conf, view=view.name))
        return words


def tesseract_version() -> str:
    try:
        out = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
        first = (out.stdout or out.stderr).splitlines()[0]
        return first.split()[-1]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "unknown"


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
    groups = [ocr.read(v) for v in views if not v.fallback]
    if FALLBACK == "always" or (FALLBACK == "when-little" and found_little([w for g in groups for w in g], few)):
        groups += [ocr.read(v) for v in views if v.fallback]
    return merge_words(groups)


def merge_words(groups: list[list[OcrWord]], overlap: float = 0.3) -> list[OcrWord]:
    """Union of several views' readings: where two views read the same place, keep
    the more confident reading, so a view can only add words, never lose one."""
    merged: list[OcrWord] = []
    for words in groups:
        for word in words:
            clash = next((i for i, m in enumerate(merged) if m.box.iou(word.box) > overlap), None)
            if clash is None:
                merged.append(word)
            elif word.confidence > merged[clash].confidence:
                merged[clash] = word
    return sorted(merged, key=lambda w: (w.box.top // 8, w.box.left))
