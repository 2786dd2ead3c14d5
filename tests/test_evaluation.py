"""The evaluation's own parts: a scorer that cannot be fooled by a partial box or a
fill colour, and a catalogue that covers what the issue lists."""

from __future__ import annotations

import numpy as np
import pydicom

from fw_gear_presidio_image_redactor.dev.evaluation.cases import catalogue
from fw_gear_presidio_image_redactor.dev.evaluation.scorer import changed_non_text, erased
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom


def _image():
    syn = make_dicom([TextSpec("KOWALSKI MARTHA", 20, 20, "PERSON", 24), TextSpec("PORTABLE", 300, 300, None, 24)],
                     bits_stored=12)
    return syn, syn.dataset.pixel_array.copy()


def test_untouched_text_is_not_erased_and_any_full_fill_is():
    syn, pixels = _image()
    name = syn.segments[0]
    assert not erased(pixels, name)
    b = name.box.grown(3, 512, 512)
    for value in (0, 4095, int(np.median(pixels))):
        filled = pixels.copy()
        filled[b.top : b.bottom, b.left : b.right] = value
        assert erased(filled, name), value


def test_half_a_name_covered_is_not_erased():
    syn, pixels = _image()
    name = syn.segments[0]
    b = name.box
    half = pixels.copy()
    half[b.top : b.bottom, b.left : b.left + b.width // 2] = 0
    assert not erased(half, name)


def test_non_text_change_counts_only_pixels_away_from_text():
    syn, pixels = _image()
    after = pixels.copy()
    b = syn.segments[0].box
    after[b.top : b.bottom, b.left : b.right] = 0  # redaction: not counted
    assert changed_non_text(pixels, after, syn.segments)[0] == 0
    after[400:410, 400:410] = 0  # anatomy painted over: counted
    assert changed_non_text(pixels, after, syn.segments)[0] > 0


def test_catalogue_covers_the_kinds_and_entities_the_issue_lists(tmp_path):
    cases = catalogue()
    assert {c.kind for c in cases} >= {"X-ray MONOCHROME2", "X-ray MONOCHROME1", "CT overlay", "Ultrasound RGB",
                                       "Ultrasound JPEG", "Ultrasound multi-frame", "Screen capture",
                                       "Non-PHI text only", "No text"}
    entities = set()
    for case in cases:
        syn = case.build()
        entities |= {s.entity for s in syn.segments if s.entity}
    assert entities >= {"PERSON", "DATE_TIME", "ID", "AGE", "PHONE_NUMBER", "EMAIL", "ORGANIZATION"}
    jpeg = next(c for c in cases if c.kind == "Ultrasound JPEG").build()
    path = tmp_path / "us.dcm"
    jpeg.save(path)
    ds = pydicom.dcmread(path)
    assert ds.PhotometricInterpretation == "YBR_FULL_422" and ds.file_meta.TransferSyntaxUID.is_compressed
