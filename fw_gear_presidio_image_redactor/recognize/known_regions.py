"""Known PHI regions: where devices put the patient banner, from pydicom/deid's recipe.

The `deid` package (pydicom/deid, pinned in pyproject.toml) ships `deid.dicom`, the
filter rules of RSNA's CTP DicomPixelAnonymizer plus contributors' rules: over a hundred
device rules, each a LABEL, header conditions (Modality, Manufacturer,
ManufacturerModelName, Rows, Columns...) and the rectangles where that device burns
identifying text. The library's own matcher (`deid.dicom.pixels.has_burned_pixels`) is
used on the header; this module only turns its matches into boxes with their labels.

`--known-regions` (gear `Known PHI Regions`): `suspect` makes every word read inside a
matched region PHI unless it is device, unit or anatomy vocabulary (a name OCR half-reads
is still removed, `TIS 0.5` or a preset label stays); `all` fills every region whole, as
CTP does (rules often cover acquisition parameters as well, so it is not the default).

Words are judged by field, as the model's spans are (`vocabulary.model_pieces`): the
words of one banner value stand closer together than the banner's fields do
(`text_layout.fields`). A field made only of vocabulary stays (`MI 1.1`, `Gen OB`, the
`PHILIPS` logo); in a field with any other word, ordinary words that devices also write
are part of that value and go with it (`Mary Long`, `Sacred Heart Hospital`, the
institution `Philips Healthcare`), and only abbreviations, value tokens, labels and
measured decimals, which are no part of a name, stay.
"""

from __future__ import annotations

import functools
import logging
import re
import types
from dataclasses import dataclass

from pydicom.dataset import Dataset, FileDataset, FileMetaDataset

from ..findings import Box, OcrWord
from .deferred_imports import hidden
from .recognizers.banner_labels import label_spans
from .recognizers.device_vocabulary import is_device_token, is_device_word
from .recognizers.names import trailing_credential
from .recognizers.vocabulary import only_overlay_words
from .text_layout import layout

log = logging.getLogger(__name__)

RECOGNIZER = "known region"
_DECIMAL = re.compile(r"^[<>]?-?\d{0,3}\.\d+%?$")  # 0.5, 1.2: measured values, not identifiers


@dataclass(frozen=True)
class KnownRegion:
    """One rectangle of a matched deid rule, clipped to the image (pixel grid, columns x rows)."""

    label: str  # the rule's LABEL, e.g. "Philips IU22 # (CTP)" without "LABEL"
    box: Box

    @property
    def recognizer(self) -> str:
        return f"{RECOGNIZER}: {self.label}"


def match_regions(ds: Dataset, rows: int, columns: int) -> list[KnownRegion]:
    """The regions of every `deid.dicom` graylist rule whose conditions `ds` meets.

    Rules without coordinates (whitelist "clean", blacklist "flagged, no place known")
    give no region. A coordinate of `all` is the whole image. Any failure inside deid
    (a header it cannot evaluate) is logged and gives no region: the OCR scan still runs.
    """
    try:
        DeidRecipe, has_burned_pixels = _deid()
    except ImportError:  # pragma: no cover - a pinned dependency
        log.warning("known PHI regions: the deid package is not installed; none used")
        return []
    recipe = DeidRecipe()  # fresh each time: deid rewrites "from:" coordinates in place
    labels = {id(item["coordinates"]): str(item.get("name", "")) for items in recipe.get_filters().values()
              for item in items}
    header = ds if isinstance(ds, FileDataset) else FileDataset("", ds, file_meta=FileMetaDataset())
    try:
        result = has_burned_pixels(header, deid=recipe)
    except Exception as exc:  # deid evaluates arbitrary header values
        log.warning("known PHI regions: deid could not evaluate this header (%s)", type(exc).__name__)
        return []
    regions = []
    for item in result.get("results", []):
        label = re.sub(r"^LABEL\s+", "", labels.get(id(item.get("coordinates")), item.get("reason", ""))).strip()
        for keep, coords in item.get("coordinates") or []:
            if int(keep) != 0:  # keepcoordinates: a region to keep, not to clean
                continue
            for coord in coords if isinstance(coords, list) else [coords]:
                box = _box(str(coord), rows, columns)
                if box is not None:
                    regions.append(KnownRegion(label, box))
    return regions


@functools.cache
def _deid():
    """deid's recipe class and matcher. deid's `deid.dicom` package imports its pixel
    cleaner, which imports matplotlib's pyplot to draw previews this gear never asks for:
    about 0.7 s of CPU in every process (2026-12-01, 2-core machine: this function 0.65-0.79 s
    -> 0.02 s), and matplotlib writes a font cache under the home folder, where a run must
    write nothing. So deid is imported with `_matplotlib_stood_in`.
    deid's logger prints the recipe it parses at DEBUG level to stdout: it is quietened."""
    with _matplotlib_stood_in():
        from deid.config import DeidRecipe
        from deid.dicom.pixels.detect import has_burned_pixels
        from deid.logger import bot
    bot.level = 0
    return DeidRecipe, has_burned_pixels


def _matplotlib_stood_in():
    """`deferred_imports.hidden` for deid's import: `matplotlib` and `matplotlib.pyplot` are
    empty stand-ins (`matplotlib.use` does nothing); deid's cleaner gets modules that import the
    real ones if it is ever used in this process."""
    pyplot = types.ModuleType("matplotlib.pyplot")
    stand_in = types.ModuleType("matplotlib")
    stand_in.use = lambda *args, **kwargs: None
    stand_in.pyplot = pyplot
    return hidden({"matplotlib": stand_in, "matplotlib.pyplot": pyplot}, owner="deid")


def _box(coord: str, rows: int, columns: int) -> Box | None:
    if coord.strip().lower() == "all":
        return Box(0, 0, columns, rows)
    try:
        x0, y0, x1, y1 = (int(float(v)) for v in coord.split(","))
    except ValueError:
        return None
    left, top, right, bottom = max(0, x0), max(0, y0), min(columns, x1), min(rows, y1)
    return Box(left, top, right - left, bottom - top) if right > left and bottom > top else None


def region_of(box: Box, regions: list[KnownRegion]) -> KnownRegion | None:
    """The first region holding the centre of `box`."""
    cx, cy = box.left + box.width / 2, box.top + box.height / 2
    for region in regions:
        b = region.box
        if b.left <= cx < b.right and b.top <= cy < b.bottom:
            return region
    return None


def is_vocabulary(text: str) -> bool:
    """Device, unit, anatomy or acquisition text (`device_vocabulary`, `vocabulary`), or a
    measured decimal value: never made PHI only by where it stands."""
    word = text.strip()
    return is_device_word(word) or only_overlay_words(word) or bool(_DECIMAL.match(word))


def never_part_of_a_name(text: str) -> bool:
    """An abbreviation or value token (`device_vocabulary.is_device_token`: `TIB`, `C5-1`,
    `28Hz`), a label, unit or laterality (`vocabulary.only_overlay_words`) or a measured
    decimal: kept even in a field that holds a name."""
    word = text.strip()
    return is_device_token(word) or only_overlay_words(word) or bool(_DECIMAL.match(word))


# A word box more than this many times its height wide per character is no text: Tesseract's
# reading of the edges of painted boxes ('**' 800 px wide on a 60-row banner).
MAX_CHAR_ASPECT = 3.0


def text_shaped(word: OcrWord) -> bool:
    chars = max(1, len(word.text.strip()))
    return word.box.width <= MAX_CHAR_ASPECT * word.box.height * chars


def suspect_words(words: list[OcrWord], regions: list[KnownRegion], min_confidence: float):
    """(word, region) for each word read inside a region that is not vocabulary, judged by
    field (module docstring): a field of vocabulary only gives nothing; in any other field
    every word but those `never_part_of_a_name` is suspect."""
    inside = []
    for word in words:
        if word.confidence < min_confidence or not any(c.isalnum() for c in word.text) or not text_shaped(word):
            continue
        region = region_of(word.box, regions)
        if region is not None:
            inside.append((word, region))
    if not inside:
        return
    text_layout = layout([w for w, _ in inside])
    region_of_word = {id(w): r for w, r in inside}
    for start, end in text_layout.fields():
        placed = [p for p in text_layout.words if start <= p.start and p.end <= end]
        field = [p.word for p in placed]
        if all(is_vocabulary(w.text) for w in field) or all(trailing_credential(w.text) for w in field):
            continue  # a credential alone ('RVT' beside a name painted already) names no one
        # The field's labels ('Performed by:', 'Kanja Mei:', read as words of the line) and the
        # credentials after a name ('Moradi, RVT') stay, as the analyzer keeps them.
        labels = label_spans(text_layout.text[start:end])
        for i, p in enumerate(placed):
            if any(a <= p.start - start and p.end - start <= b for a, b in labels):
                continue
            if i and trailing_credential(p.word.text):
                continue
            if not never_part_of_a_name(p.word.text):
                yield p.word, region_of_word[id(p.word)]
