"""Box geometry on generated images (issue 14, "Boxes"): a finding's painted box covers its
words' glyphs whole and leaves the glyphs of the words beside it alone.

Real PP-OCR reads the images; the boxes go through the same fitting (`scan.room.fit`) and
painting (`pixels.redaction.redact_frame`) as a run."""

from __future__ import annotations

import numpy as np
import pytest

from fw_gear_presidio_image_redactor.config import Fill
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box, Finding, OcrWord
from fw_gear_presidio_image_redactor.ocr.views import OcrView, build_views
from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle, redact_frame
from fw_gear_presidio_image_redactor.recognize.text_layout import layout
from fw_gear_presidio_image_redactor.scan.room import fit, reach_of
from fw_gear_presidio_image_redactor.scan.scanner import _ink_reader


@pytest.fixture(scope="module")
def ppocr():
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr

    return PpOcr()


def _ink_box(mask: np.ndarray, box: Box) -> Box:
    ys, xs = np.nonzero(mask)
    return Box(box.left + int(xs.min()), box.top + int(ys.min()), int(np.ptp(xs)) + 1, int(np.ptp(ys)) + 1)


def test_word_boxes_cover_grey_strokes_with_saturated_specks(ppocr):
    """A console font drawn at 110 of 255 with single saturated pixels in its strokes (the
    Siemens CT of review 7): the glyph threshold must follow the strokes, not the specks, or
    'Haddad,' shrinks to the specks (32 of its 47 columns, 7 of its 12 rows)."""
    rows, cols = 120, 320
    canvas = np.zeros((rows, cols), dtype=np.uint8)
    from PIL import Image, ImageDraw

    img = Image.new("L", (cols, rows), 0)
    ImageDraw.Draw(img).text((10, 10), "Haddad, Yasmin", fill=255, font=font(14))
    ImageDraw.Draw(img).text((10, 60), "Acc 9017734", fill=255, font=font(14))
    ink = np.asarray(img) > 64
    canvas[ink] = 110
    rng = np.random.default_rng(3)
    ys, xs = np.nonzero(ink)
    pick = rng.choice(len(ys), size=len(ys) // 12, replace=False)
    canvas[ys[pick], xs[pick]] = 255  # the specks: about one stroke pixel in twelve
    words = ppocr.read(OcrView("full", canvas))
    assert {"Haddad,", "Yasmin", "9017734"} <= {w.text for w in words}
    union = np.zeros_like(ink)
    for w in words:
        union[w.box.top:w.box.bottom, w.box.left:w.box.right] = True
    assert union[ink].all(), "a word box lost glyph pixels"
    for w in words:  # and stays tight: at most the slack beyond the ink it holds
        held = ink[w.box.top:w.box.bottom, w.box.left:w.box.right]
        inner = _ink_box(held, w.box)
        assert w.box.height - inner.height <= 2 and w.box.width - inner.width <= 2, w


def _painted(image, findings, margin=3):
    """Where redaction fills: the frame painted with a value no pixel of it has, compared."""
    before = image.frame(0).astype(np.int64) * 0 + 1  # a flat frame of 1s; the fill is never 1
    style = RedactionStyle(Fill.CONTRAST, margin)
    after = np.asarray(redact_frame(image, image.frame(0), [f.box for f in findings], style))
    filled = np.zeros(before.shape, dtype=bool)
    for f in findings:
        b = f.box.painted(margin, image.rows, image.columns)
        filled[b.top:b.bottom, b.left:b.right] = True
    assert (after[filled] == after[filled].flat[0]).all() if filled.any() else True  # one fill value
    return filled


def test_margin_stops_at_the_line_below_and_the_line_above(tmp_path, ppocr):
    """Lines 3 px apart (a portal image's 'MAHMOUDI, FARZANEH' over 'Plan: PELV_VMAT Fx 14/28'):
    the name's margin must not paint the top row of the line below, nor the line above it."""
    size = 12
    specs = [TextSpec("Field: 1 CW", 10, 10, None, size), TextSpec("MAHMOUDI, FARZANEH", 10, 10 + size, "PERSON", size),
             TextSpec("Plan: PELV Fx 14/28", 10, 10 + 2 * size, None, size)]
    syn = make_dicom(specs, rows=256, columns=256, bits_stored=16, aliased=True)
    path = tmp_path / "lines.dcm"
    syn.save(path)
    image = read_dicom(path)
    words = ppocr.read(build_views(image, image.frame(0), "ppocr")[0])
    name = [w for w in words if w.text.startswith(("MAHMOUDI", "FARZANEH"))]
    assert len(name) == 2, [w.text for w in words]
    box = name[0].box.union(name[1].box)
    finding = Finding("PERSON", box, 0.9, "test", "MAHMOUDI, FARZANEH")
    painted_without = _painted(image, [finding])
    fitted = fit([finding], words, _ink_reader(image, 0))
    painted = _painted(image, fitted)
    segs = {s.text: s for s in syn.segments}
    name_seg, plan_seg, field_seg = segs["MAHMOUDI, FARZANEH"], segs["Plan: PELV Fx 14/28"], segs["Field: 1 CW"]

    def glyphs(seg, changed):
        b = seg.box
        return changed[b.top:b.bottom, b.left:b.right][seg.mask]

    assert glyphs(name_seg, painted).all(), "the name must be painted whole"
    assert not glyphs(plan_seg, painted).any(), "the line below was painted"
    assert not glyphs(field_seg, painted).any(), "the line above was painted"
    # the test means something: with the plain 3 px margin the neighbours' glyphs were painted
    assert glyphs(plan_seg, painted_without).any() or glyphs(field_seg, painted_without).any()


def test_value_glued_to_its_label_is_cut_at_the_gap_after_the_colon(tmp_path, ppocr):
    """'DOB:1968/05/30' read as one token (and 'Reviewed by:' + 'J. Castellanos', which PP-OCR reads
    apart): the date's box starts at the gap after the colon, so no pixel of the label changes and
    every pixel of the value does."""
    size = 14
    f = font(size)
    specs = []
    for y, label, value in ((10, "DOB:", "1968/05/30"), (40, "Reviewed by:", "J. Castellanos")):
        specs.append(TextSpec(label, 10, y, None, size))
        specs.append(TextSpec(value, 10 + int(f.getlength(label)) + 2, y, "PHI", size))
    syn = make_dicom(specs, rows=200, columns=300, bits_stored=16, aliased=True)
    path = tmp_path / "glued.dcm"
    syn.save(path)
    image = read_dicom(path)
    words = ppocr.read(build_views(image, image.frame(0), "ppocr")[0])
    text = layout(words)
    findings = []
    for value in ("1968/05/30", "J. Castellanos"):
        first = value.split()[0]
        if value == "1968/05/30":  # OCR glues this one to its label in one token
            assert any(w.text == "DOB:1968/05/30" for w in words), [w.text for w in words]
        at = text.text.find(first)
        assert at > 0 and text.text[at - 1] in ": ", text.text  # the layout may part them at the colon
        for box, t in text.boxes_for(at, at + len(value), is_label=lambda head: False):
            findings.append(Finding("PHI", box, 0.9, "test", t))
    painted = _painted(image, fit(findings, words, _ink_reader(image, 0)))
    for seg in syn.segments:
        b = seg.box
        got = painted[b.top:b.bottom, b.left:b.right][seg.mask]
        if seg.entity:
            assert got.all(), seg.text
        elif seg.text in ("DOB:", "Reviewed by:"):
            assert not got.any(), f"{seg.text} painted: {got.mean():.2f}"


def test_reach_ignores_faint_words_and_words_over_the_box():
    """A faint guess at texture, or a word the box overlaps (its own, read again), never takes
    the margin away; a solid word 2 px below does, on that side only."""
    box = Box(10, 10, 50, 10)
    below = OcrWord("Plan:", Box(12, 22, 20, 10), 99.0)
    faint = OcrWord("ee", Box(12, 0, 20, 9), 20.0)
    own = OcrWord("NAME", Box(10, 10, 30, 10), 99.0)
    assert reach_of(box, [faint, own]) is None
    assert reach_of(box, [below, faint, own]) == (8, 8, 8, 2)
