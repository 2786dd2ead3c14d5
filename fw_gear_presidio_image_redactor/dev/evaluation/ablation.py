"""What each OCR step is worth: Dynamic PHI Redaction (+ metadata) over the
catalogue with one step switched off at a time.

The steps are module settings of `ocr.base`, `ocr.tesseract` and `ocr.views`; each variant sets them,
runs, and restores them, in this one process.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from ...ocr import base as ocr
from ...ocr import tesseract
from ...ocr import views as ocr_views
from .cases import EvalCase
from .runner import SystemResult, evaluate

SYSTEM = "Dynamic PHI Redaction + metadata"


@dataclass(frozen=True)
class Variant:
    name: str
    settings: dict  # "module.attribute" -> value; "env.NAME" -> value or None (unset)


VARIANTS = [
    Variant("all steps (shipped)", {}),
    Variant("no white border around the OCR image", {"tesseract.WHITE_BORDER": 0}),
    Variant("no upscaling of small images", {"ocr_views.SMALL_IMAGE": 0}),
    Variant("upscaling by pixel repetition, not bicubic", {"ocr_views.UPSCALE_FILTER": Image.Resampling.NEAREST}),
    Variant("top view never (full view only)", {"ocr.FALLBACK": "never"}),
    Variant("top view always (not only as second pass)", {"ocr.FALLBACK": "always"}),
    Variant("Tesseract with its default OpenMP threads (all cores)", {"env.OMP_THREAD_LIMIT": os.cpu_count() or 2}),
]
_MODULES = {"ocr": ocr, "tesseract": tesseract, "ocr_views": ocr_views}


@contextmanager
def applied(variant: Variant) -> Iterator[None]:
    saved = []
    for key, value in variant.settings.items():
        kind, name = key.split(".", 1)
        if kind == "env":
            saved.append((key, os.environ.get(name)))
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = str(value)
        else:
            module = _MODULES[kind]
            saved.append((key, getattr(module, name)))
            setattr(module, name, value)
    try:
        yield
    finally:
        for key, value in saved:
            kind, name = key.split(".", 1)
            if kind == "env":
                os.environ.pop(name, None) if value is None else os.environ.__setitem__(name, value)
            else:
                setattr(_MODULES[kind], name, value)


def run_ablation(cases: list[EvalCase], work: Path) -> dict[str, SystemResult]:
    out = {}
    for i, variant in enumerate(VARIANTS):
        with applied(variant):
            out[variant.name] = evaluate(cases, [SYSTEM], work / f"ablation-{i}")[SYSTEM]
    return out


def render_ablation(results: dict[str, SystemResult]) -> str:
    lines = [f"### What each OCR step is worth ({SYSTEM})", "",
             "| variant | PHI recall | non-PHI kept | s/image |", "|---|---|---|---|"]
    for name, r in results.items():
        phi = [s for s in r.scores if s.entity]
        non = [s for s in r.scores if not s.entity]
        secs = [t for v in r.seconds.values() for t in v]
        lines.append(f"| {name} | {100 * sum(s.erased for s in phi) / max(1, len(phi)):.1f}% "
                     f"| {100 * sum(not s.erased for s in non) / max(1, len(non)):.1f}% "
                     f"| {sum(secs) / max(1, len(secs)):.2f} |")
    return "\n".join(lines) + "\n"
