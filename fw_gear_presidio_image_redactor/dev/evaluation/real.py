"""The real-image evaluation set: hand-labelled words on DICOM files that install offline.

`real_labels.json` (beside this module) lists each file by where it is installed
(pydicom's own test files, the `pydicom-data` package, `../shared/data/presidio`)
and every word burned into it: text, class, box, frames and, for text held in an
overlay plane rather than Pixel Data, the plane. The files are never copied into
the repository; a file whose source is not installed is skipped and counted.

Coordinates: a box is [x, y, width, height] in the stored pixel grid (x = column,
y = row, 0-based, right and bottom exclusive), the same convention as
`findings.Box`.

Scoring is on the output pixels, as the synthetic scorer does (`scorer.erased`),
with the glyph pixels found from the original frame inside each labelled box, plus
**anatomy collateral**: the share of pixels more than `ANATOMY_MARGIN` px from
every labelled word that the redactor changed.
"""

from __future__ import annotations

import enum
import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jsonschema
import numpy as np
import pydicom
from pydicom.pixels import apply_color_lut

from ...config import ENTITIES
from ...findings import Box
from ..synthetic import Segment
from .scorer import erased, value_span

LABELS = Path(__file__).with_name("real_labels.json")
# The repository's sibling folder, as CI lays it out (CONTRIBUTING.md); PRESIDIO_SHARED_DIR
# names another place for `shared` (a git worktree that does not sit beside it).
SHARED_PRESIDIO = Path(os.environ.get("PRESIDIO_SHARED_DIR") or Path(__file__).resolve().parents[3].parent / "shared"
                       ) / "data" / "presidio"
ANATOMY_MARGIN = 4  # px: pixels this close to a labelled word belong to its redaction box's margin


class WordClass(enum.Enum):
    PHI = "phi"
    NON_PHI = "non_phi"
    NEUTRAL = "neutral"  # keeping or erasing are both acceptable ('M', a preset in the name field)


class Half(enum.Enum):
    TUNE = "tune"  # may be looked at while changing the product
    CHECK = "check"  # held aside: reported separately, never tuned on


class Source(enum.Enum):
    PYDICOM = "pydicom"
    PYDICOM_DATA = "pydicom-data"
    SHARED = "shared"


SCHEMA: dict = {
    "type": "object",
    "required": ["schema_version", "description", "sources", "files"],
    "additionalProperties": False,
    "properties": {
        "schema_version": {"const": 1},
        "description": {"type": "string"},
        "sources": {"type": "object", "additionalProperties": {"type": "string"},
                    "required": [s.value for s in Source]},
        "files": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "source", "vendor", "modality", "kind", "half", "frames", "phi", "words",
                             "notes"],
                "properties": {
                    "name": {"type": "string", "minLength": 1},
                    "source": {"enum": [s.value for s in Source]},
                    "vendor": {"type": "string"},
                    "modality": {"type": "string"},
                    "kind": {"type": "string"},
                    "half": {"enum": [h.value for h in Half]},
                    "frames": {"type": "integer", "minimum": 1},
                    "phi": {"type": "boolean"},
                    "notes": {"type": "string"},
                    "words": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["text", "class", "box", "frames"],
                            "properties": {
                                "text": {"type": "string", "minLength": 1},
                                "class": {"enum": [c.value for c in WordClass]},
                                "entity": {"enum": list(ENTITIES)},
                                "box": {"type": "array", "items": {"type": "integer"}, "minItems": 4,
                                        "maxItems": 4},
                                "frames": {"oneOf": [{"type": "null"},
                                                     {"type": "array", "items": {"type": "integer", "minimum": 0},
                                                      "minItems": 1}]},
                                "plane": {"type": "string", "pattern": "^overlay:60[0-9a-fA-F]{2}$"},
                            },
                            # PHI names its entity; other classes do not.
                            "if": {"properties": {"class": {"const": "phi"}}},
                            "then": {"required": ["entity"]},
                            "else": {"not": {"required": ["entity"]}},
                        },
                    },
                },
            },
        },
    },
}


class LabelsError(ValueError):
    """The labels file breaks its schema or its own rules (message names the file and word)."""


@dataclass(frozen=True)
class Word:
    text: str
    word_class: WordClass
    entity: str | None
    box: Box
    frames: tuple[int, ...] | None  # None: every frame
    plane: int | None  # overlay group (0x6000-0x601E) or None for Pixel Data

    def on(self, frame: int) -> bool:
        return self.frames is None or frame in self.frames


@dataclass(frozen=True)
class RealFile:
    name: str
    source: Source
    vendor: str
    modality: str
    kind: str
    half: Half
    frames: int
    phi: bool
    words: tuple[Word, ...]
    notes: str

    @property
    def pixel_words(self) -> tuple[Word, ...]:
        return tuple(w for w in self.words if w.plane is None)

    def path(self) -> Path | None:
        """Where the file is installed here, or None (its source is absent: skip it)."""
        if self.source is Source.SHARED:
            path = SHARED_PRESIDIO / self.name
            return path.resolve() if path.is_file() else None
        from pydicom.data import get_testdata_file

        try:
            found = get_testdata_file(self.name)
        except Exception:  # pydicom may try to download; offline it fails - same as absent
            return None
        return Path(found) if found else None


def validate(doc: dict, where: str = "real_labels.json") -> None:
    """Schema plus the rules a schema cannot say: boxes positive, frames in range, phi flag true."""
    try:
        jsonschema.validate(doc, SCHEMA)
    except jsonschema.ValidationError as exc:
        path = "/".join(str(p) for p in exc.absolute_path)
        raise LabelsError(f"{where}: {path or '(top)'}: {exc.message}") from None
    seen = set()
    for f in doc["files"]:
        if f["name"] in seen:
            raise LabelsError(f"{where}: {f['name']}: listed twice")
        seen.add(f["name"])
        for i, w in enumerate(f["words"]):
            x, y, width, height = w["box"]
            if x < 0 or y < 0 or width < 1 or height < 1:
                raise LabelsError(f"{where}: {f['name']} word {i} {w['text']!r}: box {w['box']} is empty or negative")
            if w["frames"] and max(w["frames"]) >= f["frames"]:
                raise LabelsError(f"{where}: {f['name']} word {i}: frame beyond the file's {f['frames']}")
        if f["phi"] != any(w["class"] == WordClass.PHI.value for w in f["words"]):
            raise LabelsError(f"{where}: {f['name']}: 'phi' must say whether any word is PHI")


def parse(doc: dict) -> list[RealFile]:
    files = []
    for f in doc["files"]:
        words = tuple(
            Word(w["text"], WordClass(w["class"]), w.get("entity"), Box(*w["box"]),
                 tuple(w["frames"]) if w["frames"] is not None else None,
                 int(w["plane"].split(":")[1], 16) if "plane" in w else None)
            for w in f["words"]
        )
        files.append(RealFile(f["name"], Source(f["source"]), f["vendor"], f["modality"], f["kind"], Half(f["half"]),
                              f["frames"], f["phi"], words, f["notes"]))
    return files


@cache
def load_labels(path: Path = LABELS) -> tuple[RealFile, ...]:
    """The labelled files, validated. Raises LabelsError naming what is wrong."""
    doc = json.loads(Path(path).read_text())
    validate(doc, Path(path).name)
    return tuple(parse(doc))


# -- pixels ---------------------------------------------------------------------------------

def frames_as_shown(path: Path) -> list[np.ndarray]:
    """Every frame as comparable values: palette indices through their LUT to RGB, the
    rest as decoded (stored values, or RGB for colour). Before and after go through the
    same function, so an untouched pixel compares equal."""
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    if ds.get("PhotometricInterpretation") == "PALETTE COLOR":
        arr = apply_color_lut(arr, ds)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    return [arr[i] for i in range(frames)] if frames > 1 else [arr]


def overlay(path: Path, group: int) -> np.ndarray | None:
    ds = pydicom.dcmread(path)
    if (group, 0x3000) not in ds:
        return None
    try:
        return ds.overlay_array(group)
    except Exception:  # a malformed overlay left behind shows nothing a viewer can read
        return None


def _gray(frame: np.ndarray) -> np.ndarray:
    arr = frame.astype(np.float64)
    return arr.max(axis=2) if arr.ndim == 3 else arr


def glyph_mask(frame: np.ndarray, box: Box) -> np.ndarray:
    """Glyph pixels of a labelled word in the ORIGINAL frame: inside the box, those that
    stand out from the box's surround (a 2 px ring just outside it) by at least half the
    word's strongest contrast. Shape (box.height, box.width), bool."""
    rows, cols = frame.shape[:2]
    top, left = max(0, box.top - 2), max(0, box.left - 2)
    bottom, right = min(rows, box.bottom + 2), min(cols, box.right + 2)
    around = _gray(frame[top:bottom, left:right])  # only the box and its ring, in gray
    inner = np.zeros(around.shape, dtype=bool)
    inner[box.top - top : box.bottom - top, box.left - left : box.right - left] = True
    ring = around[~inner]
    ground = float(np.median(ring)) if ring.size else float(np.median(around))
    inside = around[box.top - top : box.bottom - top, box.left - left : box.right - left]
    contrast = np.abs(inside - ground)
    peak = float(contrast.max()) if contrast.size else 0.0
    if peak == 0:
        return np.zeros(inside.shape, dtype=bool)
    return contrast >= peak / 2


def word_erased(before: np.ndarray, after: np.ndarray, word: Word, frame: int, span: float | None = None) -> bool:
    """Does the word still stand out in `after`? The synthetic rule (`scorer.erased`),
    with the glyph mask taken from `before`; `span`: `scorer.value_span(after)`, if known."""
    segment = Segment(word.text, word.entity, frame, word.box, glyph_mask(before, word.box))
    return erased(after, segment, span=span)


def overlay_word_erased(after_overlay: np.ndarray | None, word: Word) -> bool:
    """An overlay word is gone when the plane is gone or has no bit set in its box."""
    if after_overlay is None:
        return True
    b = word.box
    return not bool(after_overlay[b.top : b.bottom, b.left : b.right].any())


def anatomy_mask(shape: tuple[int, int], words: list[Word] | tuple[Word, ...],
                 margin: int = ANATOMY_MARGIN) -> np.ndarray:
    """True where a pixel is more than `margin` px from every labelled word's box."""
    keep = np.ones(shape, dtype=bool)
    for w in words:
        b = w.box
        keep[max(0, b.top - margin) : b.bottom + margin, max(0, b.left - margin) : b.right + margin] = False
    return keep


def anatomy_changed(before: np.ndarray, after: np.ndarray, words: list[Word] | tuple[Word, ...],
                    margin: int = ANATOMY_MARGIN) -> tuple[int, int]:
    """(changed, total) pixels of one frame more than `margin` px from every labelled word."""
    keep = anatomy_mask(before.shape[:2], words, margin)
    if before.shape != after.shape:  # a redactor that changed the grid changed everything
        return int(keep.sum()), int(keep.sum())
    diff = before != after
    if diff.ndim == 3:
        diff = diff.any(axis=2)
    return int(diff[keep].sum()), int(keep.sum())


@dataclass(frozen=True)
class WordScore:
    """One labelled word on one frame (`index`: the word's place in its file's labels)."""

    file: str
    index: int
    half: Half
    kind: str
    frame: int
    text: str
    word_class: WordClass
    entity: str | None
    plane: int | None
    erased: bool


@dataclass
class FileScore:
    file: RealFile
    words: list[WordScore]
    changed: int  # anatomy pixels changed, all frames
    total: int  # anatomy pixels, all frames
    failed: bool = False

    @property
    def collateral(self) -> float:
        return self.changed / self.total if self.total else 0.0

    def per_word(self) -> list[WordScore]:
        """One score per labelled word: erased only if erased on every frame it is on (a
        name left on one frame of a cine is a name left)."""
        out: dict[int, WordScore] = {}
        for w in self.words:
            if w.index not in out or (out[w.index].erased and not w.erased):
                out[w.index] = w
        return [out[i] for i in sorted(out)]


def score_file(real: RealFile, before: list[np.ndarray], after: list[np.ndarray] | None,
               after_overlays: dict[int, np.ndarray | None] | None = None) -> FileScore:
    """Score one file's output. `after` None: the redactor failed (nothing erased, nothing
    changed). `after_overlays`: the output's overlay planes by group (absent: unchanged)."""
    failed = after is None
    outs = after if after is not None else before
    if len(outs) != len(before):
        raise ValueError(f"{real.name}: output has {len(outs)} frames, input {len(before)}")
    scores: list[WordScore] = []
    changed = total = 0
    for index, (frame, out) in enumerate(zip(before, outs, strict=True)):
        on_frame = [(i, w) for i, w in enumerate(real.words) if w.plane is None and w.on(index)]
        span = value_span(out) if on_frame and out.shape == frame.shape else 1.0
        for i, w in on_frame:
            gone = word_erased(frame, out, w, index, span) if out.shape == frame.shape else True
            scores.append(WordScore(real.name, i, real.half, real.kind, index, w.text, w.word_class, w.entity, None,
                                    gone))
        c, t = anatomy_changed(frame, out, [w for _, w in on_frame])
        changed += c
        total += t
    for i, w in enumerate(real.words):
        if w.plane is None:
            continue
        plane = (after_overlays or {}).get(w.plane, "unchanged")
        gone = False if failed or isinstance(plane, str) else overlay_word_erased(plane, w)
        scores.append(WordScore(real.name, i, real.half, real.kind, 0, w.text, w.word_class, w.entity, w.plane, gone))
    return FileScore(real, scores, changed, total, failed)


def render_labels(real: RealFile, out: Path, frame: int = 0) -> Path:
    """Draw every labelled box (red PHI, cyan non-PHI, amber neutral; overlay words dashed
    on the overlay's own bits) on the file's frame as a viewer shows it, to check labels by eye."""
    from PIL import Image, ImageDraw

    from ...decode.dicom import read_dicom
    from ...pixels.display import display_mapper

    path = real.path()
    if path is None:
        raise FileNotFoundError(f"{real.name}: source {real.source.value} is not installed")
    image = read_dicom(path)
    pixels = image.frame(frame)
    shown = display_mapper(image, pixels)(pixels)
    canvas = Image.fromarray(shown).convert("RGB")
    scale = 2 if canvas.width <= 800 else 1
    canvas = canvas.resize((canvas.width * scale, canvas.height * scale), Image.NEAREST)
    draw = ImageDraw.Draw(canvas)
    colours = {WordClass.PHI: (255, 0, 0), WordClass.NON_PHI: (0, 200, 255), WordClass.NEUTRAL: (255, 200, 0)}
    for plane in {w.plane for w in real.words if w.plane is not None}:
        bits = overlay(path, plane)
        if bits is not None:
            ys, xs = np.nonzero(bits[: image.rows, : image.columns])
            for y, x in zip(ys, xs, strict=True):
                draw.rectangle([x * scale, y * scale, x * scale + scale - 1, y * scale + scale - 1],
                               fill=(0, 255, 0))
    for i, w in enumerate(real.words):
        if not w.on(frame):
            continue
        b = w.box
        draw.rectangle([b.left * scale - 1, b.top * scale - 1, b.right * scale, b.bottom * scale],
                       outline=colours[w.word_class])
        draw.text((b.left * scale, b.bottom * scale + 1), str(i), fill=colours[w.word_class])
    out.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(out)
    return out
