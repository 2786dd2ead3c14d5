"""Patients in rows (`recognizers.tables`): a study list's cells under the header row that names
their column (the patient's name, the referring physician, the accession or record number, the
birth date), whatever their case, the header's words and the station codes kept; a banner's
patient row without labels (name words beside a record number); a Québec health card number
(RAMQ) built from the name, even alone (`patterns.health_card_ids`)."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import health_card_ids
from fw_gear_presidio_image_redactor.recognize.recognizers.tables import heading_kind, patient_rows

from .helpers import ocr_rows
from .test_recognizers_context import covered, painted


def _list(header: str, *rows: str, top: int = 10) -> list[OcrWord]:
    """A study list: the header row, then its rows 20 px apart (columns one after the other,
    not aligned: a double space between cells)."""
    return ocr_rows((8, top, header), *((8, top + 28 + 20 * i, row) for i, row in enumerate(rows)))


def _grid(columns: list[int], header: list[str], *rows: list[str]) -> list[OcrWord]:
    """A table drawn in columns: each cell's words start at its column's x."""
    out = []
    for y, cells in enumerate((header, *rows)):
        for x, cell in zip(columns, cells, strict=True):
            for word in cell.split():
                out.append(OcrWord(word, Box(x, 10 + 20 * y, 8 * len(word), 12), 99.0))
                x += 8 * len(word) + 4
    return out


_WEASIS = ("Study Date  Accession  Name  Referring  Station",
           "15.11.2026  A26-44120  fa'amausili tavita  dr leota  US01",
           "15.11.2026  A26-44121  tupou mele  dr havili  CR02",
           "14.11.2026  A26-44098  schwenke lagi  dr leota  CT01")


def test_a_study_lists_lower_case_rows_take_their_columns_entities(analyzer):
    found = covered(analyzer, _list(*_WEASIS))
    assert {"fa'amausili", "tavita", "tupou", "mele", "schwenke", "lagi", "leota", "havili"} <= found["PERSON"]
    assert {"A26-44120", "A26-44121", "A26-44098"} <= found["ID"]
    kept = set(_WEASIS[0].split()) | {"US01", "CR02", "CT01", "dr"}
    assert not painted(analyzer, _list(*_WEASIS)) & kept


@pytest.mark.parametrize("header, row, names, ids", [
    # fr: Nom, N° dossier, Date naiss., Prescripteur
    ("Nom  N° dossier  Date naiss.  Prescripteur  Modalité", "gagnon lucie  CHUL4418275  12/03/1971  dre cote  US",
     {"gagnon", "lucie", "cote"}, {"CHUL4418275"}),
    # nl: Naam, Patiëntnr, Geb.datum, Verwijzer
    ("Naam  Patiëntnr  Geb.datum  Verwijzer", "DE WIT FEMKE  7730012  03-04-1962  HUISARTS BAKKER",
     {"DE", "WIT", "FEMKE", "HUISARTS", "BAKKER"}, {"7730012"}),
    # no: Navn, Fnr, Henviser
    ("Navn  Fnr  Henviser  Modalitet", "Haugen Kari  01017012345  Lie Per  MR",
     {"Haugen", "Kari", "Lie", "Per"}, {"01017012345"}),
    # fi: Nimi, Henkilötunnus
    ("Nimi  Henkilötunnus  Lähettäjä  Laite", "virtanen aino  010170-123A  korhonen  DX01",
     {"virtanen", "aino", "korhonen"}, {"010170-123A"}),
    # es: Apellido, Nombre, NHC
    ("Apellido  Nombre  NHC  Solicitante", "Quispe  Rosa  HC-204418  Dr. Mamani",
     {"Quispe", "Rosa", "Mamani"}, {"HC-204418"}),
    # de: Patient, Pat.-Nr., Einsender; capitals
    ("Patient  Pat.-Nr.  Geb.-Dat.  Einsender  Gerät", "ÖZDEMIR AYSE  0004518827  19.11.1980  DR. BRANDT  CT02",
     {"ÖZDEMIR", "AYSE", "BRANDT"}, {"0004518827"}),
])
def test_study_list_headers_in_other_languages_name_their_columns(analyzer, header, row, names, ids):
    found = covered(analyzer, _list(header, row))
    assert names <= found.get("PERSON", set())
    assert ids <= found.get("ID", set()) | found.get("DATE_TIME", set()) | found.get("PERSON", set())
    assert not painted(analyzer, _list(header, row)) & set(header.split())


def test_a_table_drawn_in_columns_is_read_by_x_even_with_an_empty_cell(analyzer):
    words = _grid([10, 200, 320, 450], ["Patient Name", "Patient ID", "DOB", "Modality"],
                  ["mele tupou sione", "FJ40021", "03/02/1966", "CR"],
                  ["havili ana", "", "22/09/2001", "US"])
    found = covered(analyzer, words)
    assert {"mele", "tupou", "sione", "havili", "ana"} <= found["PERSON"]
    assert "FJ40021" in found["ID"]
    assert not painted(analyzer, words) & {"Patient", "Name", "ID", "DOB", "Modality", "CR", "US"}


@pytest.mark.parametrize("header, row", [
    ("Region  Area  BMC  BMD  T-score", "Neck  5.12  4.01  0.784  -1.2"),   # a DEXA table: no PHI column
    ("Series  Name  Images  Slice", "3  AX T2 FLAIR  24  5.0"),              # a series list's 'Name'
    ("Fetal Biometry  Value  GA  Author", "BPD  7.82cm  31w2d  Hadlock"),     # a measurement table
])
def test_tables_without_a_patient_column_keep_their_rows(analyzer, header, row):
    assert not painted(analyzer, _list(header, row)) & {"Neck", "AX", "T2", "FLAIR", "Hadlock", "BPD"}


def test_a_banner_line_of_labels_and_values_is_no_header_row(analyzer):
    # 'Name: ... Ref: ...' holds its values: its words are no column headings, the line under it
    # (settings) no row of patients
    words = _list("Name: KOWALSKI JAN  Ref: DR NOWAK  Sex: M", "Gain Low  Depth Mid  Frq Gen")
    assert not painted(analyzer, words) & {"Gain", "Low", "Depth", "Mid", "Frq", "Gen"}


@pytest.mark.parametrize("heading, kind", [
    ("Name", "patient"), ("Patient Name", "patient"), ("Nom", "patient"), ("Naam", "patient"),
    ("Navn", "patient"), ("Nimi", "patient"), ("Apellido", "patient"), ("Patient", "patient"),
    ("Accession", "id"), ("Acc", "id"), ("MRN", "id"), ("Pat.-Nr.", "id"), ("Case", "id"), ("Order", "id"),
    ("Referring", "physician"), ("Referrer", "physician"), ("Ref. Phys", "physician"),
    ("Requesting", "physician"), ("Einsender", "physician"),
    ("DOB", "birth"), ("Birth Date", "birth"), ("Geb.-Dat.", "birth"),
    ("Station", "other"), ("Modality", "other"), ("Study Date", "other"),
    ("#", None), ("Region", None), ("Area", None),
])
def test_column_headings(heading, kind):
    assert heading_kind(heading) == kind


# -- a patient row without labels ---------------------------------------------------------------

@pytest.mark.parametrize("line, names, ids", [
    ("Shrestha Binod TUTH-88013", {"Shrestha", "Binod"}, {"TUTH-88013"}),
    ("Ouellet Geneviève  OUEG 8951 1712", {"Ouellet", "Geneviève"}, {"OUEG", "8951", "1712"}),
    ("KARIMI SHIRIN  TH-3307812", {"KARIMI", "SHIRIN"}, {"TH-3307812"}),
    ("tavita fa'alogo  pkw8835", {"tavita", "fa'alogo"}, {"pkw8835"}),
    ("Okafor Chidi Emeka  4471923", {"Okafor", "Chidi", "Emeka"}, {"4471923"}),
    ("HUEH40021  Kumari Asha", {"Kumari", "Asha"}, {"HUEH40021"}),
])
def test_a_patient_row_names_its_words(analyzer, line, names, ids):
    found = covered(analyzer, ocr_rows((380, 12, line)))
    assert names <= set().union(*found.values())  # the model may call a name a place: painted all the same
    assert ids <= found.get("ID", set()) | found.get("PERSON", set())


def test_a_patient_row_read_sideways_is_painted():
    text = "Shrestha Binod TUTH-88013"
    assert [(text[a:b], e) for a, b, e in patient_rows(text)] == [
        ("Shrestha", "PERSON"), ("Binod", "PERSON"), ("TUTH-88013", "ID")]


@pytest.mark.parametrize("line", [
    "Serial Number 12345678", "Version Build 20231105", "Lunar iDXA 200074", "Artis zee AX-12345",
    "Fluoro Low 7.5 p/s", "Kernel Filter 123456", "Detector Panel 1234567", "Contrast Agent XY-12345",
    "Meniscal tear", "Cerebral AP Frame 21", "Probe C5-1 Model MX8000", "SN 12345678 REF 4471923",
])
def test_device_lines_are_no_patient_row(line):
    assert patient_rows(line) == []


# -- a health card number built from the name (RAMQ) ----------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("NGUY 0109 1814", "NGUY 0109 1814"),          # alone on its line, the label under it
    ("OUEG 8951 1712", "OUEG 8951 1712"),          # a woman: month + 50
    ("RAMQ TREM 9356 2318", "TREM 9356 2318"),
    ("OUEG89511712", "OUEG89511712"),
    ("OUEG-8951-1712", "OUEG-8951-1712"),
    ("Carte: LAPF  0109  1814", "LAPF  0109  1814"),
])
def test_a_ramq_number_is_an_id(text, value):
    assert [text[a:b] for a, b in health_card_ids(text)] == [value]


@pytest.mark.parametrize("text", [
    "SCAN 1024 0512",        # month 24: no date
    "ABCD 1234 5678",        # month 34
    "SN 1234 5678",          # two letters
    "TILT 0112 2030 mm",     # a measure
    "IEC 6060 1234",
    "UDIX 0000 1234",        # month 00
])
def test_four_capitals_and_digits_without_a_date_are_no_health_card(text):
    assert health_card_ids(text) == []


def test_the_ramq_alone_is_painted_and_its_label_kept(analyzer):
    words = ocr_rows((6, 6, "NGUY 0109 1814"), (6, 22, "RAMQ"), (6, 36, "Nguyen-Lapointe Félix"), (6, 52, "Nom"))
    assert {"NGUY", "0109", "1814"} <= covered(analyzer, words).get("ID", set())


@pytest.mark.parametrize("lines", [
    ("Dictated by Dr. on", "Signed: lkahananui@northbridge-rmc.org"),       # a report's lines, names painted
    ("Reviewed by Radiologist with Referring", "Signed electronically"),
    ("Name  Name  Name", "Gain Low"),                                        # one kind of heading
])
def test_prose_and_one_kind_of_heading_make_no_header_row(analyzer, lines):
    words = ocr_rows((30, 10, lines[0]), (30, 30, lines[1]))
    assert not painted(analyzer, words) & {"Signed:", "Signed", "electronically", "Gain", "Low"}
