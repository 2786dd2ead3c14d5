"""The real DICOM cases in ../shared/data/presidio (see its README): every burned-in
name and date erased, the rest of the image untouched, the PET/CT fusion left as it is.

Checked the way a reader would: the redacted output is OCR'd again and must not
yield any of the burned-in PHI strings. Skipped in a clone without ../shared.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.ocr.base import merge_words
from fw_gear_presidio_image_redactor.ocr.tesseract import TesseractOcr
from fw_gear_presidio_image_redactor.ocr.views import build_views
from fw_gear_presidio_image_redactor.outputs.naming import csv_name

from .helpers import SHARED_DATA, frame_pixels, read_csv_rows, run_cli

pytestmark = [pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data/presidio is absent"),
              pytest.mark.slow]

CASES = {
    # file: (PHI burned in, non-PHI burned in, rows below which nothing is burned in)
    "0_ORIGINAL_compressed.dcm": (["DAVIDSON", "DOUGLAS", "01.09.2012", "06.16.1976"], ["Portable"], 200),
    "2_ORIGINAL.dicom": (["KAUFMAN", "SCOTT", "03.09.2012", "07.22.1943"], [], 40),
}


def read_text(path: Path) -> set[str]:
    image = read_dicom(path)
    ocr = TesseractOcr()
    words = merge_words([ocr.read(v) for v in build_views(image, image.frame(0))])
    return {w.text.strip("[],:") for w in words}


@pytest.fixture(scope="module")
def redacted(tmp_path_factory):
    out = tmp_path_factory.mktemp("real")
    sources = [SHARED_DATA / name for name in (*CASES, "RGB_ORIGINAL.dcm", "0_ORIGINAL_no_pixels.dcm")]
    result = run_cli("run", *sources, "--mode", "redact", "--use-metadata", "--output-dir", out)
    return out, result


@pytest.mark.parametrize("name", list(CASES))
def test_every_burned_in_name_and_date_is_erased(redacted, name):
    out, result = redacted
    phi, non_phi, text_rows = CASES[name]
    source = SHARED_DATA / name
    assert phi[0] in read_text(source), "fixture: the original must be readable"
    output = out / f"redacted_{Path(name).stem}.dcm"
    assert output.exists(), result.stdout + result.stderr
    still = read_text(output)
    assert not [p for p in phi if p in still], f"PHI still readable in {name}: {[p for p in phi if p in still]}"
    assert all(k in still for k in non_phi), f"non-PHI text lost in {name}"
    before, after = frame_pixels(source), frame_pixels(output)
    assert (before[:text_rows] != after[:text_rows]).any()
    assert np.array_equal(before[text_rows + 10 :], after[text_rows + 10 :]), "pixels away from the text changed"


def test_pet_ct_fusion_without_text_is_left_unchanged(redacted):
    out, _ = redacted
    source = SHARED_DATA / "RGB_ORIGINAL.dcm"
    assert read_csv_rows(out / csv_name("RGB_ORIGINAL")) == []
    assert np.array_equal(frame_pixels(source), frame_pixels(out / "redacted_RGB_ORIGINAL.dcm"))


def test_header_only_file_is_reported_not_crashed(redacted):
    out, result = redacted
    assert "0_ORIGINAL_no_pixels.dcm: no pixel data" in result.stdout + result.stderr
    assert not list(out.glob("*no_pixels*"))
