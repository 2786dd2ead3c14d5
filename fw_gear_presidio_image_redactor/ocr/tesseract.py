"""Tesseract behind `OcrEngine`.

`--psm 11` (sparse text) suits overlays: a few words in corners, no paragraphs.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import numpy as np
import pytesseract
from PIL import Image

from ..findings import Box, OcrWord
from .base import OcrUnavailableError
from .views import OcrView

WHITE_BORDER = 16  # view pixels of white border around every image handed to Tesseract


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
        padded = Image.fromarray(np.pad(view.image, WHITE_BORDER, mode="constant", constant_values=255))
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
            box = Box(int(data["left"][i]) - WHITE_BORDER, int(data["top"][i]) - WHITE_BORDER, int(data["width"][i]),
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
