"""Known PHI regions (`recognize/known_regions.py`, `--known-regions suspect`): which words
read inside a matched deid region are PHI. Words are judged by field, not one by one."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.known_regions import KnownRegion, suspect_words, text_shaped

BANNER = [KnownRegion("CX50", Box(0, 0, 800, 59))]


def line(*items: tuple[str, int], top: int = 9, height: int = 14) -> list[OcrWord]:
    """Words at the given left edges, 12 px per character."""
    return [OcrWord(text, Box(left, top, 12 * len(text), height), 99.0) for text, left in items]


def suspects(words: list[OcrWord]) -> list[str]:
    return [w.text for w, _ in suspect_words(words, BANNER, 30.0)]


def test_the_philips_banner_without_metadata():
    """OBXXXX1A.dcm's banner as PP-OCR reads it: the institution field goes whole; the
    logo, the preset in the name field, MI/TIB values stay."""
    words = (line(("PHILIPS", 10), ("OB", 104), ("MI", 574), ("1.1", 608))
             + line(("Philips", 327), ("Healthcare", 419), ("TIB", 574), ("0.2", 616), top=36))
    assert suspects(words) == ["Philips", "Healthcare"]


@pytest.mark.parametrize("field,expected", [
    (("Mary", "Long"), ["Mary", "Long"]),            # 'Long' is device vocabulary, here a surname
    (("Sacred", "Heart", "Hospital"), ["Sacred", "Heart", "Hospital"]),
    (("DOE", "TIS", "0.5"), ["DOE"]),                # abbreviations and values are never a name
    (("Gen", "OB"), []),                             # a preset line: vocabulary only
    (("P", "Low"), []),
    (("Name:", "KOWALSKI"), ["KOWALSKI"]),           # the label stays
])
def test_a_field_is_judged_whole(field, expected):
    x, items = 10, []
    for text in field:
        items.append((text, x))
        x += 12 * len(text) + 6  # word spacing under one line height
    assert suspects(line(*items)) == expected


def test_fields_apart_are_judged_apart():
    """A lone vocabulary word a field away from a name stays ('OB' 20 px from 'DOE')."""
    assert suspects(line(("DOE", 10), ("OB", 66))) == ["DOE"]


def test_a_box_wider_than_text_is_no_word():
    """Tesseract reads the painted banner's edges as one 2-character "word" 800 px wide ("ee")."""
    blob = OcrWord("ee", Box(0, 0, 800, 60), 34.0)
    assert not text_shaped(blob)
    assert text_shaped(OcrWord("Healthcare", Box(402, 35, 108, 15), 99.0))
    assert suspects([blob]) == []


# -- on the real files (tuning half of the real set), PP-OCR as `auto` picks it ------------


@pytest.fixture(scope="module")
def ppocr_scanner():
    from fw_gear_presidio_image_redactor.config import ENTITIES, KnownRegions
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr
    from fw_gear_presidio_image_redactor.recognize.analyzer import AnalyzerSettings, PhiAnalyzer
    from fw_gear_presidio_image_redactor.recognize.ner.spacy import spacy_backend
    from fw_gear_presidio_image_redactor.scan.scanner import Scanner

    try:
        ocr = PpOcr()
    except Exception as exc:  # noqa: BLE001 - the rapidocr extra absent
        pytest.skip(f"PP-OCR unavailable: {exc}")
    analyzer = PhiAnalyzer(spacy_backend(), AnalyzerSettings(ENTITIES, score_threshold=30))
    return Scanner(ocr=ocr, analyzer=analyzer, known_regions=KnownRegions.SUSPECT)


_WORDS: dict[str, list] = {}  # file name -> PP-OCR words of frame 0 (the module's one ppocr_scanner)


def _changed_words(scanner, name: str, use_metadata: bool) -> tuple[set[str], set[str]]:
    """(labelled words whose pixels the redaction changes, those it leaves) on frame 0."""
    import numpy as np

    from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
    from fw_gear_presidio_image_redactor.dev.evaluation.real import load_labels, word_erased
    from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle, redact_frame

    [real] = [r for r in load_labels() if r.name == name]
    if real.path() is None:
        pytest.skip(f"{name} not installed")
    image = read_dicom(real.path())
    scanner.use_metadata = use_metadata
    if name not in _WORDS:  # the OCR reading does not depend on use_metadata: read each file once
        _WORDS[name] = scanner.read_words(image, 0)
    findings = scanner.findings_for_words(image, list(_WORDS[name]), 0)
    before = image.frame(0)
    after = np.asarray(redact_frame(image, before, [f.box for f in findings], RedactionStyle()))
    if image.dataset.get("PhotometricInterpretation") == "PALETTE COLOR":  # compared as shown, as make eval does
        from pydicom.pixels import apply_color_lut

        before, after = apply_color_lut(before, image.dataset), apply_color_lut(after, image.dataset)
    changed, kept = set(), set()
    for i, w in enumerate(real.words):  # erased as `make eval` scores it: the glyphs no longer stand out
        (changed if word_erased(before, after, w, 0) else kept).add(f"{w.text}@{i}")
    return changed, kept


def _texts(tags: set[str]) -> set[str]:
    return {t.split("@")[0] for t in tags}


@pytest.mark.slow
@pytest.mark.parametrize("use_metadata", [True, False])
def test_philips_banner_pixels(ppocr_scanner, use_metadata):
    """OBXXXX1A.dcm (CX50 rule): the name/ID/institution/date/time fields are painted, the
    logo, the acquisition values and the 'Gen OB' preset line keep their pixels."""
    changed, kept = _changed_words(ppocr_scanner, "OBXXXX1A.dcm", use_metadata)
    assert {"5/25/2011", "11-05-25-142825", "Philips", "Healthcare", "2:56:22", "PM"} <= _texts(changed)
    assert {"PHILIPS", "MI", "1.1", "TIB", "0.2", "Gen", "C5-1", "28Hz", "HGen", "Gn", "60"} <= _texts(kept)
    assert "OB@13" in kept  # 'Gen OB' under the banner; the banner's 'OB' (@1) is neutral


@pytest.mark.slow
def test_ge_logo_keeps_its_pixels_without_metadata(ppocr_scanner):
    """US1_UNCR.dcm: 'BAPTIST MED CTR' is painted, the 'GE' logo under it is not."""
    changed, kept = _changed_words(ppocr_scanner, "US1_UNCR.dcm", False)
    assert {"BAPTIST", "MED", "CTR"} <= _texts(changed)
    assert "GE" in _texts(kept)


@pytest.mark.slow
@pytest.mark.parametrize("use_metadata", [True, False])
def test_dob_label_read_with_its_value_keeps_its_first_letters(ppocr_scanner, use_metadata):
    """0_ORIGINAL_compressed.dcm: PP-OCR reads 'DOB:06.16.1976' as one token; the date is
    painted whole, the label is not painted over."""
    changed, kept = _changed_words(ppocr_scanner, "0_ORIGINAL_compressed.dcm", use_metadata)
    assert {"06.16.1976", "DAVIDSON", "DOUGLAS"} <= _texts(changed)
    assert "DOB:" in _texts(kept)


DEID_PROBE = """\
import sys
from fw_gear_presidio_image_redactor.recognize.known_regions import _deid
recipe, matcher = _deid()
print('MATPLOTLIB', 'matplotlib' in sys.modules, 'matplotlib.pyplot' in sys.modules, callable(matcher))
import matplotlib
from deid.dicom.pixels import clean
print('REAL', hasattr(matplotlib, 'rcParams'), callable(clean.plt.subplots))
"""


@pytest.mark.slow  # a fresh process: what it imports is the point
def test_deid_is_imported_without_matplotlib_which_imports_as_usual_afterwards(tmp_path):
    """deid's pixel cleaner imports pyplot (0.7 s of CPU, and a font cache written under the
    home folder); the rules and matcher this gear uses work without it, and deid's cleaner
    still reaches the real pyplot when a library user calls it."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "HOME": str(tmp_path), "MPLCONFIGDIR": str(tmp_path / "mpl")}
    result = subprocess.run([sys.executable, "-c", DEID_PROBE], capture_output=True, text=True, env=env,
                            timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["MATPLOTLIB False False True", "REAL True True"], result.stdout
