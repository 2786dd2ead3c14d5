"""Each OCR view on real images: what it shows Tesseract, and what Tesseract reads from it.

Images are synthetic DICOMs written and read back with pydicom (real codecs);
reading is real Tesseract. A view passes when the PHI drawn on the image comes
back as words whose boxes sit on the drawn glyphs, in image coordinates.
"""

from __future__ import annotations

import numpy as np
import pytest
from pydicom.uid import JPEGBaseline8Bit, RLELossless

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.ocr.base import found_little, merge_words, read_views
from fw_gear_presidio_image_redactor.ocr.tesseract import WHITE_BORDER, TesseractOcr
from fw_gear_presidio_image_redactor.ocr.views import OcrView, build_views, intensity, scale_for

from .helpers import write_case

SPECS = [
    TextSpec("KOWALSKI MARTHA", 12, 10, "PERSON", 14),
    TextSpec("03/11/1952", 12, 34, "DATE_TIME", 14),
    TextSpec("W 400 L 40", 330, 470, None, 14),
]


@pytest.fixture(scope="module")
def ocr():
    return TesseractOcr()


def _read_all(ocr, image, frame):
    return merge_words([ocr.read(v) for v in build_views(image, frame)])


def _assert_reads(words, case, texts=("KOWALSKI", "MARTHA", "03/11/1952")):
    read = {w.text for w in words}
    for text in texts:
        assert text in read, f"{text!r} not read; got {sorted(read)}"
    segment = case.phi[0]  # the name: its word boxes must lie on its glyphs
    for word in words:
        if word.text in ("KOWALSKI", "MARTHA"):
            grown = segment.box.grown(3, 10_000, 10_000)
            assert grown.intersection_area(word.box) >= 0.8 * word.box.area, (word, segment.box)


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param(dict(bits_stored=12), id="MONOCHROME2-12bit"),
        pytest.param(dict(bits_stored=16, signed=True), id="CT-signed-16bit"),
        pytest.param(dict(bits_stored=16, signed=True, aliased=True), id="CT-aliased-font"),
        pytest.param(dict(photometric="MONOCHROME1", bits_stored=14, dark_text=True,
                          transfer_syntax=RLELossless), id="MONOCHROME1-RLE"),
        pytest.param(dict(photometric="RGB", bits_stored=8, color=(255, 230, 40)), id="yellow-on-black-RGB"),
        pytest.param(dict(photometric="YBR_FULL_422", bits_stored=8, color=(60, 230, 90),
                          transfer_syntax=JPEGBaseline8Bit), id="green-JPEG-YBR422"),
        pytest.param(dict(bits_stored=8, dark_text=True), id="screen-dark-on-light"),
    ],
)
def test_small_overlay_text_is_read_in_every_encoding(tmp_path, ocr, kwargs):
    case = write_case(tmp_path / "x.dcm", SPECS, rows=512, columns=512, **kwargs)
    image = read_dicom(case.path)
    _assert_reads(_read_all(ocr, image, image.frame(0)), case)


def test_full_view_is_dark_text_on_light_ground_for_light_on_dark_input(tmp_path):
    case = write_case(tmp_path / "ct.dcm", SPECS, bits_stored=16, signed=True)
    image = read_dicom(case.path)
    full = next(v for v in build_views(image, image.frame(0)) if v.name == "full")
    assert full.image.dtype == np.uint8
    seg = case.phi[0]
    f = int(full.scale)
    glyphs = full.image[seg.box.top * f : seg.box.bottom * f, seg.box.left * f : seg.box.right * f]
    mask = np.repeat(np.repeat(seg.mask, f, axis=0), f, axis=1)
    assert glyphs[mask].mean() < 100 < np.median(full.image), "text must be dark on a light view"


def test_monochrome1_is_inverted_so_its_text_is_the_brightest_value(tmp_path):
    case = write_case(tmp_path / "m1.dcm", SPECS, photometric="MONOCHROME1", bits_stored=12, dark_text=True)
    image = read_dicom(case.path)
    frame = image.frame(0)
    seg = case.phi[0]
    stored = frame[seg.box.top : seg.box.bottom, seg.box.left : seg.box.right][seg.mask]
    assert stored.mean() < np.median(frame), "fixture: MONOCHROME1 text is stored low"
    shown = intensity(image, frame)[seg.box.top : seg.box.bottom, seg.box.left : seg.box.right][seg.mask]
    assert shown.mean() > np.median(intensity(image, frame))


def test_colour_text_is_read_from_the_max_channel(tmp_path):
    """Pure green text is dim in a channel average; the max channel keeps its full strength."""
    case = write_case(tmp_path / "g.dcm", SPECS, photometric="RGB", bits_stored=8, color=(0, 200, 0))
    image = read_dicom(case.path)
    frame = image.frame(0)
    seg = case.phi[0]
    box = (slice(seg.box.top, seg.box.bottom), slice(seg.box.left, seg.box.right))
    shown = intensity(image, frame)[box][seg.mask].mean()
    averaged = frame.astype(np.float32).mean(axis=2)[box][seg.mask].mean()
    assert shown > 2.5 * averaged


def test_small_images_are_upscaled_and_boxes_map_back(tmp_path, ocr):
    case = write_case(tmp_path / "s.dcm", SPECS, rows=512, columns=512)
    image = read_dicom(case.path)
    assert scale_for(image) == 2
    views = build_views(image, image.frame(0))
    assert all(v.image.shape == (1024, 1024) for v in views)
    words = ocr.read(views[0])
    assert all(0 <= w.box.left and w.box.right <= 512 and w.box.bottom <= 512 for w in words)


def test_top_view_exists_for_sparse_bright_text_and_is_a_fallback(tmp_path):
    case = write_case(tmp_path / "t.dcm", SPECS, rows=1300, columns=1300, bits_stored=16)
    image = read_dicom(case.path)
    views = {v.name: v for v in build_views(image, image.frame(0))}
    assert views["top"].scale == 1
    assert set(views) == {"full", "top"}
    assert not views["full"].fallback and views["top"].fallback
    seg = case.phi[0]
    f = int(views["top"].scale)
    region = views["top"].image[seg.box.top * f : seg.box.bottom * f, seg.box.left * f : seg.box.right * f]
    assert set(np.unique(region)) <= {0, 255}, "top view is binarised"


def test_no_top_view_when_bright_pixels_are_not_sparse(tmp_path):
    case = write_case(tmp_path / "b.dcm", [], rows=256, columns=256, bits_stored=8, dark_text=True)
    image = read_dicom(case.path)
    assert [v.name for v in build_views(image, image.frame(0))] == ["full"]


def test_text_touching_the_image_edge_is_read(tmp_path, ocr):
    """The real CR case burns its name on row 0; Tesseract drops edge text without a border."""
    specs = [TextSpec("DAVIDSON DOUGLAS", 0, -10, "PERSON", 40)]
    case = write_case(tmp_path / "edge.dcm", specs, rows=600, columns=1400, bits_stored=12)
    image = read_dicom(case.path)
    assert case.phi[0].box.top == 0
    words = ocr.read(build_views(image, image.frame(0))[0])
    assert {"DAVIDSON", "DOUGLAS"} <= {w.text for w in words}
    assert WHITE_BORDER > 0


class CountingOcr:
    """Real Tesseract, counting which views it was asked to read."""

    def __init__(self, inner):
        self.inner, self.name, self.views = inner, inner.name, []

    def read(self, view):
        self.views.append(view.name)
        return self.inner.read(view)


def test_second_pass_only_where_the_first_found_little(tmp_path, ocr):
    case = write_case(tmp_path / "p.dcm", SPECS, bits_stored=16)
    image = read_dicom(case.path)
    counting = CountingOcr(ocr)
    words = read_views(counting, build_views(image, image.frame(0)))
    assert counting.views == ["full"] and not found_little(words)

    empty = write_case(tmp_path / "e.dcm", [TextSpec("Im 3", 400, 480, None, 14)], bits_stored=16)
    image = read_dicom(empty.path)
    counting = CountingOcr(ocr)
    read_views(counting, build_views(image, image.frame(0)))
    assert counting.views == ["full", "top"]


def test_found_little_counts_readable_confident_words():
    def w(text, conf):
        return OcrWord(text, Box(0, 0, 5, 5), conf)

    assert found_little([w("A", 95), w("B", 95)])
    assert found_little([w("AB", 20), w("CD", 30), w("EF", 40)])
    assert not found_little([w("AB", 90), w("CD", 80), w("EF", 70), w("-", 10)])


def test_view_dataclass_defaults_keep_other_callers_working():
    v = OcrView("x", np.zeros((2, 2), dtype=np.uint8))
    assert v.scale == 1.0 and v.fallback is False


def test_merge_drops_another_views_fragments_inside_a_longer_word_and_keeps_the_rest():
    """Two views of one banner: the second reads stray fragments between the first's words
    ('T:I' inside 'TOKAI-NISHI'), which split the institution when kept."""
    def word(text, left, width, conf, view):
        return OcrWord(text, Box(left, 10, width, 14), conf, view)

    first = [word("TOKAI-NISHI", 0, 110, 95, "a"), word("GENERAL", 118, 70, 96, "a"), word("HOSP", 196, 40, 97, "a")]
    second = [word("T:I", 60, 24, 40, "b"), word("_H", 170, 14, 35, "b"),  # fragments: dropped
              word("HOSP", 196, 41, 99, "b"),  # the same word, more confident: replaces
              word("NR", 240, 20, 90, "b")]  # a word of its own: added
    merged = merge_words([first, second])
    assert [w.text for w in merged] == ["TOKAI-NISHI", "GENERAL", "HOSP", "NR"]
    assert next(w for w in merged if w.text == "HOSP").view == "b"
    # A fragment read first is dropped when the longer, more confident word comes later;
    # a short word more confident than the long one around it is kept.
    assert [w.text for w in merge_words([second[:1], first[:1]])] == ["TOKAI-NISHI"]
    sure = word("JO", 2, 20, 99, "b")
    assert {w.text for w in merge_words([first[:1], [sure]])} == {"TOKAI-NISHI", "JO"}
