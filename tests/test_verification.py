"""The verification pass ("double wash"): what the first pass missed is found on the
redacted pixels, redacted too and counted; what it painted is not found again."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.config import ENTITIES, Fill
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.findings import Box, InstanceFindings
from fw_gear_presidio_image_redactor.ocr.tesseract import TesseractOcr
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name, report_name
from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle
from fw_gear_presidio_image_redactor.recognize.analyzer import AnalyzerSettings, PhiAnalyzer
from fw_gear_presidio_image_redactor.recognize.ner.spacy import spacy_backend
from fw_gear_presidio_image_redactor.scan.scanner import Scanner
from fw_gear_presidio_image_redactor.scan.verification import (
    RECOGNIZER,
    _covered,
    _in_context,
    verify,
)

from .helpers import ocr_rows, run_cli, write_case


@pytest.fixture(scope="module")
def scanner():
    analyzer = PhiAnalyzer(spacy_backend(), AnalyzerSettings(ENTITIES, 30))
    return Scanner(ocr=TesseractOcr(), analyzer=analyzer, use_metadata=True)


def test_a_first_pass_miss_is_found_redacted_and_counted(case_factory, scanner):
    case = case_factory("miss.dcm")
    image = read_dicom(case.path)
    first = scanner.scan(image)
    assert len(first.findings) >= 3
    # A miss between two painted lines: the text whose neighbourhood painting changed.
    missed = [f for f in first.findings if f.entity_type == "DATE_TIME"]
    kept = [f for f in first.findings if f.entity_type != "DATE_TIME"]
    assert missed, "fixture: the date of birth must be found by a full scan"
    partial = InstanceFindings(first.member, first.sop_instance_uid, first.rows, first.columns,
                               first.number_of_frames, list(kept))
    count = verify(scanner, [image], [partial], RedactionStyle(Fill.CONTRAST, 3))
    residual = [f for f in partial.findings if f.recognizer.startswith(RECOGNIZER)]
    assert count == len(residual) >= 1
    assert all(any(r.box.intersection_area(m.box) for r in residual) for m in missed)


def test_nothing_painted_is_found_again(case_factory, scanner):
    case = case_factory("clean.dcm")
    image = read_dicom(case.path)
    inst = scanner.scan(image)
    before = len(inst.findings)
    assert verify(scanner, [image], [inst], RedactionStyle(Fill.CONTRAST, 3)) == 0
    assert len(inst.findings) == before


@pytest.fixture(scope="module")
def detected(tmp_path_factory):
    """A case and its Detection run (--use-metadata), made once for the two report tests."""
    root = tmp_path_factory.mktemp("verification")
    case = write_case(root / "in" / "r.dcm")
    detect = root / "detect"
    result = run_cli("run", case.path, "--mode", "detect", "--use-metadata", "--output-dir", detect)
    assert result.returncode == 0, result.stderr
    return case, detect


def test_residual_count_is_in_the_report_of_redaction_modes_only(detected, tmp_path):
    case, detect = detected
    redact = tmp_path / "redact"
    result = run_cli("run", case.path, "--mode", "redact", "--use-metadata", "--output-dir", redact)
    assert result.returncode == 0, result.stderr
    for out, expected in ((redact, True), (detect, False)):
        header = (out / csv_name("r")).read_text().splitlines()[0]
        assert ("verification pass (0 residual)" in header) is expected, header


def test_report_says_why_no_verification_pass_ran(detected, tmp_path):
    """Detection writes no redacted pixels; given boxes were never scanned: the report says
    which, instead of a bare 'not run'."""
    case, detect = detected
    given = tmp_path / "given"
    result = run_cli("run", case.path, "--mode", "redact", "--bbox-coords", detect / bbox_json_name("r"),
                     "--output-dir", given)
    assert result.returncode == 0, result.stderr
    for out, why in ((detect, "detection only: no pixels were redacted"),
                     (given, "the boxes were given, not found by a scan")):
        html = (out / report_name("r")).read_text()
        assert f"<strong>not run ({why}" in html


# --- the band's words in context (review 14: an EEG header's `Notch 50` painted as a name once
# the strip read alone lost its numbers) ---

INSTITUTION_LINE = (10, 24, "Landspítali Háskólasjúkrahús  30 mm/s 70 uV/cm LFF 0.5 Hz HFF 70 Hz Notch 50")


def _painted_institution(first):
    return [Box(8, 22, first[1].box.right - 6, 16)]  # the two institution words, with margin


def test_a_band_is_judged_with_the_words_the_first_pass_read_beside_it(scanner):
    first = ocr_rows(INSTITUTION_LINE)
    painted = _painted_institution(first)
    # The strip read alone lost the numbers (as PP-OCR did on the real header).
    band = [w for w in first if not any(c.isdigit() for c in w.text) and not _covered(w.box, painted)]
    alone = scanner.analyzer.analyze(band)
    assert any(f.text == "Notch" for f in alone), "premise: the model calls a lone 'Notch' a name"
    words = _in_context(band, first, painted, [(0, 84)])
    assert [w.text for w in words] == [w.text for w in first[2:]]  # painted words gone, numbers back
    assert not [f.text for f in scanner.analyzer.analyze(words) if "Notch" in f.text]


def test_without_the_first_reading_the_band_is_judged_alone():
    band = ocr_rows((10, 24, "Notch"))
    assert _in_context(band, None, [], [(0, 84)]) == band
