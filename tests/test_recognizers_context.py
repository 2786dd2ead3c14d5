"""PHI found by its context without DICOM metadata: institution names by their head word,
names after a name label, name fields beside an ID or a date, and the vendor and device
text next to them that must stay.

Text-level tests feed OCR words (with boxes) through the real Presidio analyzer and
spaCy pipeline; the image-level test runs both real OCR engines on a written DICOM.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer, is_vendor
from fw_gear_presidio_image_redactor.recognize.recognizers.names import (
    FIELD,
    LabelledNameRecognizer,
    is_name_field,
    name_runs,
)
from fw_gear_presidio_image_redactor.recognize.text_layout import layout
from fw_gear_presidio_image_redactor.scan.scanner import Scanner

from .helpers import ocr_rows, write_case
from .test_recognizers import found


def banner(text: str) -> list[OcrWord]:
    """OCR words of a banner: one line per '\\n', fields split by '  ' (a gap of 12 characters,
    as banners space their fields), words by ' ' (5 px, about the gap PP-OCR's tightened boxes leave)."""
    out = []
    for row, line in enumerate(text.split("\n")):
        x = 10
        for field in line.split("  "):
            for word in field.split(" "):
                if word:
                    out.append(OcrWord(word, Box(x, 10 + 40 * row, 10 * len(word), 20), 95.0))
                    x += 10 * len(word) + 5
            x += 120
    return out


def covered(analyzer, text: str | list[OcrWord], header=None) -> dict[str, set[str]]:
    """entity -> the OCR words of `text` (a `banner`, or the words themselves) its findings
    cover (80% of a word's box); `header`: a pydicom Dataset for Use DICOM Metadata."""
    ws = banner(text) if isinstance(text, str) else text
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(ws, header=header):
        out.setdefault(f.entity_type, set()).update(
            w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area)
    return out


def painted(analyzer, text: str | list[OcrWord]) -> set[str]:
    """The OCR words of `text` any finding covers (whatever its entity)."""
    return set().union(*covered(analyzer, text).values())


# A patient banner over the rows under test, as on a real image: the analyzer sees a patient.
BANNER_ROW = (10, 10, "KALOLO LOSALINE  AS-994410  2026-11-26")


def painted_under_a_banner(analyzer, *rows: tuple[int, int, str]) -> set[str]:
    """The words of `rows` (`helpers.ocr_rows` rows below y=10) any finding covers, read under
    `BANNER_ROW`, whose name and ID must be painted too."""
    words = ocr_rows(BANNER_ROW, *rows)
    found = set().union(*covered(analyzer, words).values())
    assert {"KALOLO", "LOSALINE", "AS-994410"} <= found
    return {w.text for w in words if w.box.top != 10 and w.text in found}


def by_recognizer(analyzer, text: str) -> dict[str, set[str]]:
    """recognizer -> the OCR words its findings cover (no header)."""
    ws = banner(text)
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(ws):
        covered = {w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
        out.setdefault(f"{f.entity_type} {f.recognizer}", set()).update(covered)
    return out


# -- institutions ---------------------------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("Mercy Valley Hospital", "Mercy Valley Hospital"),
    ("*WESTWAY MEDICAL*", "WESTWAY MEDICAL"),            # ALOKA's decorated institution field
    ("BAPTIST MED CTR", "BAPTIST MED CTR"),              # GE LOGIQ banner, abbreviated
    ("ST. MARY'S HOSP", "ST. MARY'S HOSP"),
    ("Northgate Medical Center DOB 11.03.1952", "Northgate Medical Center"),
    ("Bayview Imaging Clinic", "Bayview Imaging Clinic"),
    ("Riverside Radiology", "Riverside Radiology"),
    ("Our Lady of Lourdes Hospital", "Our Lady of Lourdes Hospital"),
    ("Westway Health System", "Westway Health System"),
    ("University of Utah", "University of Utah"),
    ("Hospital of the University of Pennsylvania", "Hospital of the University of Pennsylvania"),
    ("Sacred Heart Hospital", "Sacred Heart Hospital"),  # a device word inside a name is still part of it
])
def test_institution_found_by_its_head_word(text, name):
    results = InstitutionRecognizer().analyze(text, ["ORGANIZATION"])
    assert [text[r.start : r.end] for r in results] == [name]


@pytest.mark.parametrize("text", ["TOSHIBA MEDICAL", "TOSHIBA MEDICAL SYSTEMS", "Canon Medical Systems",
                                  "GE Healthcare", "GE Medical Systems", "Philips Medical Systems",
                                  "Agfa HealthCare", "Konica Minolta Medical", "Carestream Health",
                                  "Varian Medical Systems", "Hitachi Medical Corporation",
                                  "United Imaging Healthcare", "FUJIFILM Healthcare", "Siemens Healthineers"])
def test_vendor_names_are_no_institution(analyzer, text):
    assert not InstitutionRecognizer().analyze(text, ["ORGANIZATION"]) or is_vendor(text)
    assert found(analyzer, text, with_header=False) == {}, text


def test_institution_beside_a_vendor_logo(analyzer):
    result = found(analyzer, "*WESTWAY MEDICAL*\nTOSHIBA MEDICAL", with_header=False)
    assert result == {"ORGANIZATION": {"*WESTWAY", "MEDICAL*"}}, result


# -- names after a name label ---------------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("Name: DOE JOHN Sex: M", "DOE JOHN"),
    ("NAME DOE JOHN", "DOE JOHN"),
    ("Patient: Kowalski, Martha", "Kowalski, Martha"),
    ("Pat. Name: ROE^ANN^^", "ROE^ANN"),
    ("Patient's Name: O'BRIEN HOPE", "O'BRIEN HOPE"),
    ("Referring Physician: Grace Okafor", "Grace Okafor"),
    ("Ref. Phys.: HALVORSEN PETER", "HALVORSEN PETER"),
    ("Referrer CONSTANTINE ROE Portable view", "CONSTANTINE ROE"),  # stops at vocabulary
    ("Sonographer: Amy Lee", "Amy Lee"),
    ("Performed by: Dr. J. Smith", "J. Smith"),
    ("Operator: JS", "JS"),
    ("Name: LONG JOHN", "LONG JOHN"),                    # a device word after a label can be a surname
])
def test_name_after_a_label(text, name):
    results = LabelledNameRecognizer().analyze(text, ["PERSON"])
    assert [text[r.start : r.end] for r in results] == [name]


@pytest.mark.parametrize("text", ["Patient Position HFS", "Name: ANONYMOUS", "Patient: UNKNOWN", "Name: Gen THI",
                                  "Pt: 12345", "Name:\nDOB 12/03/2011", "Patient Name", "Operator: MI 1.1"])
def test_no_name_after_a_label(text):
    assert LabelledNameRecognizer().analyze(text, ["PERSON"]) == []


def test_labelled_name_keeps_its_label_and_the_next_field(analyzer):
    result = found(analyzer, "Name: FERREIRA JUNE Sex: F", with_header=False)
    assert result.get("PERSON") == {"FERREIRA", "JUNE"}, result


# -- name fields in the patient banner ------------------------------------------------------


@pytest.mark.parametrize("text,name", [
    ("HOPE OBRIEN\nDOB: 07.22.1943", {"HOPE", "OBRIEN"}),           # over the date of birth
    ("FERREIRA JUNE  P00448812  10/14/2023", {"FERREIRA", "JUNE"}),  # beside ID and date
    ("Nguyen, Thanh  MRN0091827  23.02.2021", {"Nguyen,", "Thanh"}),
    ("Silas Abernathy  30567711", {"Silas", "Abernathy"}),
    ("DOE JOHN A  035Y", {"DOE", "JOHN", "A"}),
    ("DOE JOHN M 45Y 01/30/1986", {"DOE", "JOHN", "M"}),            # one field: name, sex, age, DOB
    ("Patient Name\nSMITH JANE", {"SMITH", "JANE"}),                # under a name label
])
def test_name_field_beside_an_id_or_a_date(analyzer, text, name):
    result = {k.split()[0]: v for k, v in by_recognizer(analyzer, text).items()}
    assert result.get("PERSON") == name, result


def test_name_field_rule_finds_what_the_model_misses(analyzer):
    """'HOPE OBRIEN' alone on a line: spaCy says nothing; over a date of birth it is the name."""
    assert by_recognizer(analyzer, "HOPE OBRIEN") == {}
    assert by_recognizer(analyzer, "HOPE OBRIEN\nDOB: 07.22.1943")[f"PERSON {FIELD}"] == {"HOPE", "OBRIEN"}


@pytest.mark.parametrize("text", [
    "PORTABLE UPRIGHT\n12/03/2011", "Soft Tissue\n12/03/2011", "LYMPH NODE  12/03/2011", "Adult Echo  12/03/2011",
    "ORIGINAL PRIMARY\n12/03/2011", "SOMATOM Definition\n12/03/2011", "Philips Healthcare\n5/25/2011",
    "Gen OB  12345678", "ABDOMEN LIMITED  12/03/2011", "Mercy Valley Hospital\n12/03/2011",
])
def test_device_and_institution_lines_beside_a_date_are_no_name_field(analyzer, text):
    assert not [k for k in by_recognizer(analyzer, text) if k.startswith("PERSON")], text


def test_name_field_needs_an_anchor_beside_or_directly_over_it(analyzer):
    far = "HOPE OBRIEN\n\n\n\n\n\nDOB: 07.22.1943"  # six lines down: another block
    assert f"PERSON {FIELD}" not in by_recognizer(analyzer, far.replace("\n\n", "\nx\n"))
    # a model's 'June' called a date is no anchor for its own field
    assert f"PERSON {FIELD}" not in by_recognizer(analyzer, "FERREIRA JUNE")


@pytest.mark.parametrize("text,runs", [
    ("DOE JOHN 45Y", ["DOE JOHN"]), ("Ref: Dr. Werner Schmidt", ["Werner Schmidt"]), ("Gen THI 2D", []),
    ("PORTABLE HOPE OBRIEN AP", ["HOPE OBRIEN"]), ("DOE, JOHN, ANN", ["JOHN, ANN"]), ("Cist Mag 1.06 cm", []),
])
def test_runs_of_name_words(text, runs):
    assert [text[a:b] for a, b in name_runs(text)] == runs


@pytest.mark.parametrize("text,expected", [
    ("HOPE OBRIEN", True), ("Silas Abernathy", True), ("Nguyen, Thanh", True), ("DOE JOHN A", True),
    ("O'BRIEN HOPE", True), ("OBRIEN, Hope", True), ("HOPE", False), ("DOE JOHN ANN MARY", True),
    ("DOE JOHN ANN MARY LEE", False),  # four words at most: two given names and two family names
    ("DOE, JOHN, ANN", False), ("Gen THI", False), ("P Low", False), ("Tel 555", False), ("DOB JOHN", False),
    ("Mercy Hospital", False), ("ANONYMOUS PATIENT", False),
])
def test_what_a_name_field_is(text, expected):
    assert is_name_field(text) is expected


# -- the layout: words of a name are not glued ----------------------------------------------


def test_letters_are_never_glued_across_a_word_gap_but_cut_values_are():
    ws = [OcrWord("FERREIRA", Box(31, 36, 109, 20), 100), OcrWord("JUNE", Box(144, 36, 63, 20), 100),
          OcrWord("12-FEB-1", Box(31, 80, 100, 20), 100), OcrWord("964", Box(133, 80, 36, 20), 100),
          OcrWord("DOE^", Box(31, 120, 50, 20), 100), OcrWord("JANE", Box(83, 120, 50, 20), 100)]
    assert layout(ws).text == "FERREIRA JUNE\n12-FEB-1964\nDOE^JANE"


def test_a_piece_ocr_cut_from_a_name_word_is_covered_with_the_name_but_a_device_word_is_not(analyzer):
    """'KOWALSKI,' read as 'KOW' + 'ALSKI,' at a kerning gap: the name finding covers 'KOW'
    too (else three letters of the surname stay on screen); 'Gen' on the same kind of gap
    after the name is a device word of its own and stays."""
    ws = [OcrWord("KOW", Box(21, 23, 45, 20), 99), OcrWord("ALSKI,", Box(68, 23, 70, 20), 99),
          OcrWord("MARTHA", Box(149, 23, 97, 20), 99), OcrWord("Gen", Box(249, 23, 40, 20), 99),
          OcrWord("ID", Box(21, 63, 25, 20), 99), OcrWord("55120934", Box(80, 63, 100, 20), 99)]
    covered = {w.text for f in analyzer.analyze(ws) if f.entity_type == "PERSON"
               for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
    assert covered == {"KOW", "ALSKI,", "MARTHA"}


# -- a real image, both OCR engines ---------------------------------------------------------


@pytest.fixture(scope="module", params=["tesseract", "ppocr"])
def engine(request):
    if request.param == "tesseract":
        from fw_gear_presidio_image_redactor.ocr.tesseract import TesseractOcr

        return TesseractOcr()
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr

    return PpOcr()


def test_ultrasound_banner_without_metadata(tmp_path, analyzer, engine):
    """An ultrasound banner of names spaCy does not know, written without metadata: the name
    beside the ID, the institution under it and a labelled referrer are erased; the vendor
    logo, the preset and the acquisition values stay."""
    specs = [
        TextSpec("FERREIRA JUNE", 8, 8, "PERSON", 18),
        TextSpec("P00448812", 330, 8, "ID", 18),
        TextSpec("14 OCT 2023", 500, 8, "DATE_TIME", 18),
        TextSpec("*WESTWAY MEDICAL*", 8, 40, "ORGANIZATION", 18),
        TextSpec("Ref. Phys.:", 8, 72, None, 18),
        TextSpec("HALVORSEN PETER", 130, 72, "PERSON", 18),
        TextSpec("TOSHIBA MEDICAL", 400, 420, None, 18),
        TextSpec("Adult Echo", 8, 140, None, 18),
        TextSpec("MI 1.1", 560, 60, None, 18),
        TextSpec("TIs 0.4", 560, 90, None, 18),
    ]
    case = write_case(tmp_path / "us.dcm", specs, header={}, rows=480, columns=640, photometric="RGB",
                      bits_stored=8, color=(255, 230, 40))
    scanner = Scanner(ocr=engine, analyzer=analyzer, use_metadata=False, reuse_overlays=False)
    findings = scanner.scan(read_dicom(case.path)).findings
    for seg in case.phi:
        hits = [f for f in findings if f.box.grown(3, 480, 640).intersection_area(seg.box) >= 0.9 * seg.box.area]
        assert hits, f"{seg.entity} {seg.text!r} not found ({engine.name})"
        assert {f.entity_type for f in hits} == {seg.entity}, (seg.text, hits)
    for seg in case.non_phi:
        hits = [f for f in findings if f.box.intersection_area(seg.box)]
        assert not hits, f"non-PHI {seg.text!r} flagged by {[(f.entity_type, f.recognizer) for f in hits]}"


@pytest.mark.parametrize(("text", "name"), [
    ("Ασθενής: ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ", {"ΠΑΠΑΔΟΠΟΥΛΟΣ", "ΓΙΩΡΓΟΣ"}),
    ("Име: Марко Петровић", {"Марко", "Петровић"}),
])
def test_greek_and_cyrillic_name_after_a_label(analyzer, text, name):
    """A name label reads a name in Greek or Cyrillic letters as in Latin ones; the label stays."""
    words = painted(analyzer, text)
    assert name <= words and text.split()[0] not in words


@pytest.mark.parametrize("text", ["Név: Protokoll 3", "Name: Protocol 2", "Nome: Protocollo 12"])
def test_device_word_and_a_number_after_a_name_label_are_no_name(analyzer, text):
    """'Név: Protokoll 3' names a protocol: device vocabulary alone with a number after it in its field."""
    assert not painted(analyzer, text) & set(text.split()[1:])
