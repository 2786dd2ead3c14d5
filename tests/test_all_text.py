"""RedactAllText and overlay-plane text: which pixels change and which do not.

Kinds fixed for the real-image targets of issues 11 and 14 (docs/evaluation.md):
- text drawn only by an overlay plane is cleared from the plane, never painted into the
  Pixel Data under it (that is anatomy), in RedactAllText and Dynamic PHI Redaction;
  text in Pixel Data under an overlay graphic is still painted;
- a region PP-OCR's detector finds but cannot read is text in RedactAllText (a vendor
  logo), except inside a declared ultrasound imaging region;
- a short word read confidently is not taken for a Doppler blob because it is large;
- word boxes follow their line: a framed glyph beside a word does not make the word's box
  taller, and a detected box whose edge rows cross the neighbouring lines is still
  shrunk to its glyphs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image, ImageDraw
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.decode.overlays import pack
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.ocr import ppocr
from fw_gear_presidio_image_redactor.run.engine import Engine
from fw_gear_presidio_image_redactor.scan.scanner import Scanner

from .helpers import glyphs_erased

ROWS = COLS = 256


@pytest.fixture(scope="module")
def scanners():
    from fw_gear_presidio_image_redactor.run.parts import build_scanner

    return {mode: build_scanner(RedactorConfig(mode=mode)) for mode in (Mode.REDACT, Mode.REDACT_ALL)}


def _add_plane(ds: Dataset, bits: np.ndarray) -> None:
    for elem, vr, value in ((0x0010, "US", bits.shape[0]), (0x0011, "US", bits.shape[1]), (0x0040, "CS", "G"),
                            (0x0050, "SS", [1, 1]), (0x0100, "US", 1), (0x0102, "US", 0), (0x3000, "OW", pack(bits))):
        ds.add_new(0x60000000 | elem, vr, value)


def _redact(tmp_path: Path, scanners, src: Path, mode: Mode):
    out = tmp_path / f"out-{mode.cli}"
    (tmp_path / "work").mkdir(exist_ok=True)
    outcome = Engine.build(RedactorConfig(mode=mode, frequency_threshold=100), out, tmp_path / "work",
                           scanner=scanners[mode]).process(src)
    assert outcome.status == "processed", outcome.reason
    dst = next(o.path for o in outcome.outputs if o.path.suffix == ".dcm")
    return outcome, dst


NAME_BOX = Box(12, 10, 140, 28)  # where the overlay plane draws 'JOHN SMITH'
DATE = TextSpec("15/03/2024", 120, 200, "DATE_TIME", 20)


@pytest.mark.parametrize("mode", [Mode.REDACT, Mode.REDACT_ALL])
def test_overlay_only_text_is_cleared_from_the_plane_not_painted_into_pixels(tmp_path, scanners, mode):
    """A name drawn only by an overlay plane over the anatomy: the plane loses it (bits cleared,
    or the plane dropped in RedactAllText), the Pixel Data under it is unchanged; the date
    burned into Pixel Data is painted as before."""
    syn = make_dicom([DATE], rows=ROWS, columns=COLS)
    canvas = Image.new("L", (COLS, ROWS), 0)
    ImageDraw.Draw(canvas).text((NAME_BOX.left, NAME_BOX.top), "JOHN SMITH", fill=255, font=font(22))
    _add_plane(syn.dataset, np.asarray(canvas) > 127)
    src = tmp_path / "ov.dcm"
    syn.save(src)

    outcome, dst = _redact(tmp_path, scanners, src, mode)
    on_plane = [f for inst in outcome.instances for f in inst.findings if f.box.intersection_area(NAME_BOX)]
    assert on_plane and all("overlay 6000" in f.recognizer and not f.in_pixels for f in on_plane)
    before, after = read_dicom(src).frame(0), read_dicom(dst).frame(0)
    name = (slice(NAME_BOX.top - 6, NAME_BOX.bottom + 6), slice(NAME_BOX.left - 6, NAME_BOX.right + 6))
    assert np.array_equal(before[name], after[name])  # the anatomy under the overlay's text
    date = syn.segments[0].box
    assert not np.array_equal(before[date.top:date.bottom, date.left:date.right],
                              after[date.top:date.bottom, date.left:date.right])
    ds = pydicom.dcmread(dst)
    if mode is Mode.REDACT_ALL:
        assert 0x60003000 not in ds
    else:
        bits = ds.overlay_array(0x6000)
        assert not bits[NAME_BOX.top:NAME_BOX.bottom, NAME_BOX.left:NAME_BOX.right].any()


def test_pixel_text_under_an_overlay_graphic_is_still_painted(tmp_path, scanners):
    """A name burned into Pixel Data with an overlay ROI rectangle drawn around it: the
    stored frame alone still reads as text, so the pixels are painted."""
    name = TextSpec("JOHN SMITH", 20, 60, "PERSON", 22)
    syn = make_dicom([name], rows=ROWS, columns=COLS)
    bits = np.zeros((ROWS, COLS), dtype=bool)
    b = syn.segments[0].box.grown(4, ROWS, COLS)
    bits[b.top, b.left:b.right] = bits[b.bottom - 1, b.left:b.right] = True
    bits[b.top:b.bottom, b.left] = bits[b.top:b.bottom, b.right - 1] = True
    _add_plane(syn.dataset, bits)
    src = tmp_path / "roi.dcm"
    syn.save(src)

    outcome, dst = _redact(tmp_path, scanners, src, Mode.REDACT_ALL)
    found = [f for inst in outcome.instances for f in inst.findings if f.box.intersection_area(b)]
    assert found and all(f.in_pixels for f in found)
    assert not glyphs_erased(read_dicom(src).frame(0), syn.segments[0])
    assert glyphs_erased(read_dicom(dst).frame(0), syn.segments[0])


def test_large_short_word_is_not_a_doppler_blob(tmp_path):
    """'red' drawn 70 px tall on a 400-row secondary capture (the GDCM colour-text sample's
    kind) is a word, not a flow blob: read by the default engine in every mode."""
    img = Image.new("RGB", (400, 400), (128, 128, 128))
    ImageDraw.Draw(img).text((30, 40), "red", font=font(96), fill=(255, 0, 0))
    syn = make_dicom([], rows=400, columns=400, photometric="RGB")
    syn.dataset.PixelData = np.asarray(img).tobytes()
    syn.save(tmp_path / "big.dcm")
    words = Scanner(ocr=ppocr.PpOcr(), analyzer=None).read_words(read_dicom(tmp_path / "big.dcm"), 0)
    big = [w for w in words if w.text == "red"]
    assert big and big[0].box.height > ppocr.BLOB_HEIGHT * 400, [(w.text, w.box) for w in words]


def _us_dataset(region: Box) -> Dataset:
    ds = Dataset()
    ds.Rows, ds.Columns = 480, 640
    item = Dataset()
    item.RegionLocationMinX0, item.RegionLocationMinY0 = region.left, region.top
    item.RegionLocationMaxX1, item.RegionLocationMaxY1 = region.right - 1, region.bottom - 1
    ds.SequenceOfUltrasoundRegions = Sequence([item])
    return ds


class _Image:
    def __init__(self, ds):
        self.dataset = ds


def test_unread_regions_are_text_outside_the_ultrasound_imaging_region():
    """RedactAllText with PP-OCR's unread regions: a detected box read at 23% (a logo) is text
    in the banner, but inside the declared imaging region only a word read with the usual
    confidence is (speckle and flow are found by the detector too)."""
    region = Box(100, 120, 400, 300)
    logo = OcrWord("E", Box(150, 10, 16, 10), 23.4)
    speckle = OcrWord("D", Box(300, 250, 20, 20), 11.0)
    label = OcrWord("LYMPH", Box(250, 300, 50, 12), 99.0)
    junk = OcrWord("\u25cf", Box(10, 400, 8, 8), 80.0)
    words = [logo, speckle, label, junk]
    image = _Image(_us_dataset(region))
    scanner = Scanner(ocr=ppocr.PpOcr(all_text=True), analyzer=None)
    assert scanner.all_text_words(image, words) == [logo, label]
    # Dynamic modes' engine (and Tesseract) reports no unread region: the usual floor holds.
    assert Scanner(ocr=ppocr.PpOcr(), analyzer=None).all_text_words(image, words) == [label]


def test_unread_logo_on_real_ge_ultrasound_is_erased():
    """The small 'GE' logo of pydicom's examples_rgb_color.dcm (tuning half of the real set)
    is detected but read as 'E' at 0.23: RedactAllText's engine returns a box over it."""
    from pydicom.data import get_testdata_file

    path = get_testdata_file("examples_rgb_color.dcm")
    if path is None:
        pytest.skip("pydicom's test file examples_rgb_color.dcm is not installed")
    logo = Box(148, 13, 18, 9)  # real_labels.json
    image = read_dicom(Path(path))
    found = Scanner(ocr=ppocr.PpOcr(all_text=True), analyzer=None)
    words = found.all_text_words(image, found.read_words(image, 0))
    assert any(w.box.intersection_area(logo) >= 0.5 * logo.area for w in words)
    plain = Scanner(ocr=ppocr.PpOcr(), analyzer=None)
    assert not any(w.box.intersection_area(logo) >= 0.5 * logo.area
                   for w in plain.all_text_words(image, plain.read_words(image, 0)))


def _glyph_image() -> tuple[np.ndarray, Box, Box]:
    """'3cm' then a framed '8' a few px taller than the line, white on black; returns the
    image and the glyph boxes of the word and of the frame."""
    img = Image.new("L", (160, 40), 0)
    draw = ImageDraw.Draw(img)
    draw.text((6, 12), "3cm", font=font(16), fill=255)
    word = Box(*draw.textbbox((6, 12), "3cm", font=font(16)))
    word = Box(word.left, word.top, word.width - word.left, word.height - word.top)
    frame = Box(word.right + 6, word.top - 4, 14, word.height + 8)
    draw.rectangle((frame.left, frame.top, frame.right - 1, frame.bottom - 1), outline=255)
    draw.text((frame.left + 3, word.top), "8", font=font(16), fill=255)
    return np.asarray(img), word, frame


def test_framed_glyph_does_not_make_the_word_box_taller():
    image, word, frame = _glyph_image()
    whole = word.union(frame)
    runs = ppocr.split_runs(image, Box(whole.left - 1, whole.top - 1, whole.width + 2, whole.height + 2))
    glyphs = image > 127
    covered = np.zeros_like(glyphs)
    for r in runs:
        covered[r.top:r.bottom, r.left:r.right] = True
    assert (covered | ~glyphs).all()  # every glyph pixel in some run
    on_word = [r for r in runs if r.intersection_area(word) > 0]
    assert on_word and all(r.top >= word.top - 2 and r.bottom <= word.bottom + 2 for r in on_word)
    # rows above and below the word, left of the frame, stay out of every box
    left_of_frame = frame.left - ppocr.TIGHT_SLACK
    assert not covered[: word.top - 2, :left_of_frame].any() and not covered[word.bottom + 2:, :left_of_frame].any()


def test_tighten_when_the_box_edges_cross_neighbouring_lines():
    """Overlay lines 2 px apart: the detected box of the middle line starts inside the line
    above and ends inside the line below; it is still shrunk to the middle line's rows."""
    img = Image.new("L", (200, 60), 0)
    draw = ImageDraw.Draw(img)
    for y, text in ((2, "MSCSKEL"), (18, "CINE 0118"), (34, "22G22")):
        draw.text((10, y), text, font=font(14), fill=255)
    image = np.asarray(img)
    left, top, right, bottom = draw.textbbox((10, 18), "CINE 0118", font=font(14))
    detected = Box(left - 2, top - 6, right - left + 4, bottom - top + 12)
    tight = ppocr.tighten(image, detected)
    assert tight.top >= top - 2 and tight.bottom <= bottom + 2, (tight, (top, bottom))
    glyphs = image[top:bottom, left:right] > 127
    assert glyphs.any()
    inside = np.zeros(image.shape, dtype=bool)
    inside[tight.top:tight.bottom, tight.left:tight.right] = True
    assert inside[top:bottom, left:right][glyphs].all()


def test_all_text_engine_finds_no_text_in_a_doppler_blob(tmp_path):
    """RedactAllText's engine (unread regions included) on speckle and flow colour with no
    text and no declared imaging region: nothing to paint."""
    from .test_ocr_engines import _doppler_case

    _doppler_case(tmp_path / "doppler.dcm")
    image = read_dicom(tmp_path / "doppler.dcm")
    scanner = Scanner(ocr=ppocr.PpOcr(all_text=True), analyzer=None)
    words = scanner.all_text_words(image, scanner.read_words(image, 0))
    assert words == [], [(w.text, w.confidence, w.box) for w in words]
