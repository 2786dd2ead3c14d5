"""Round 34: the regressions break-test 11 found in round 33 (text level), by kind.

R1. Words of round 33's cath-lab and echo vocabulary that are also given names, surnames or initials (Iva,
    Des, Timi, Paredes, Tronco, Ramus, Ballon, Rechter, Marginal, Media; RVD, MLD, PLB) are device text
    only beside another device word: after a label, a title or in 'SURNAME, Given' shape they are a name.
    'Chief' is a title only before a bracketed title; 'Arc.' is no title (radiotherapy's arcs).
R2. A protocol's or a stay's label ('Protokol:', 'Kayıt:', 'Fall:', 'Episodio:') before a matrix, a ratio,
    a blood pressure or a count grouped in thousands: no identifier.
R3. A bare ID label's cell holding a matrix, a ratio or a UID: no identifier.
R4. A profession written short before a ward's or a device's words ('Inf. Pronto Soccorso'): no name.
R5. A title in parentheses before a report's words ('Dr. (Mrs) Review'): no name.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import labelled_numbers
from fw_gear_presidio_image_redactor.recognize.recognizers.names import is_title

from .test_recognizers_context import painted

_MR = "Mindray Resona 7\n"
_CT = "Revolution EVO  120 kV\n"
_MG = "AGD 1.32 mGy  Senographe Pristina\n"
_RF = "78 kV 2.1 mA  Pulse 7.5/s\nLuminos Agile Max\n"


# -- R1: vocabulary words that are names -------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Patient: Iva Novak", "Iva Novak"),            # Croatian / Czech given name; it IVA
    ("Paciente: Iva Marić", "Iva Marić"),
    ("Tech: Des Murphy", "Des Murphy"),             # Irish given name; DES drug-eluting stent
    ("Patient: Timi Adeyemi", "Timi Adeyemi"),      # Yoruba given name; TIMI flow
    ("Patient: TIMI ADEYEMI", "TIMI ADEYEMI"),
    ("Referring: Dr. Iva Novak", "Iva Novak"),
    ("Patient: Murphy, Des", "Murphy, Des"),
    ("Dr. Paredes", "Paredes"),                     # es / pt surname; pt 'paredes' walls
    ("Dr. Tronco", "Tronco"),                       # it surname; tronco comune
    ("Dr. Ramus", "Ramus"),
    ("Dr. Ballon", "Ballon"),                       # fr surname
    ("Dr. Rechter", "Rechter"),                     # nl / de surname
    ("Dr. Marginal", "Marginal"),
    ("PAREDES, JUAN", "PAREDES, JUAN"),
    ("TRONCO, MARIO", "TRONCO, MARIO"),
    ("RAMUS, PETER", "RAMUS, PETER"),
    ("MEDIA, LUCIA", "LUCIA"),
    ("Tech: RVD", "RVD"),                           # initials; QCA's reference vessel diameter
    ("Tech: MLD", "MLD"),
    ("Op: PLB", "PLB"),
    ("Patient: CHIEF, JOHN", "JOHN"),
    ("Mr. Chief", "Chief"),
])
def test_a_round_33_vocabulary_word_that_is_a_name_is_painted_in_a_names_shape(analyzer, text, name):
    words = painted(analyzer, _MR + text)
    assert {w.strip(",") for w in name.split()} <= {w.strip(",") for w in words}
    assert not words & {"Mindray", "Resona"}


@pytest.mark.parametrize("text", [
    "LAD Stent 3.0x18",
    "LCX Stent 2.5x12",
    "IVA prossimale  Stent 3.0x18",
    "DES 3.0x18 mm",
    "TIMI 3",
    "MLD 1.2 mm\nRVD 3.0 mm",
    "Parede posterior  9 mm",
    "Tronco comune  stenosi 50%",
])
def test_the_cath_lab_and_echo_words_beside_device_words_stay(analyzer, text):
    assert not painted(analyzer, _MR + text)


def test_chief_is_a_title_only_before_a_bracketed_title_and_arc_is_no_title():
    assert not is_title("Chief")
    assert not is_title("Arc.")
    assert is_title("(Mrs)")


# -- R2 / R3: matrices, ratios, counts and UIDs are no identifier ------------------------------------

@pytest.mark.parametrize("text", [
    "Protokol: 512x512", "Protokol: 64x0.625", "Protokol: 120x120x120", "Kayıt: 1280x720p",
    "Fall: 1024x1024", "Episodio: 128x128", "Protokol: 120/250", "Protokol: 1.25/0.625",
    "Episódio: 120/80/72", "Protokol: 140/90/72", "Episodio: 1.250.000", "Episode: 1.000.000",
    "Registro: 320x320", "Protocollo: 1.500.000",
])
def test_a_matrix_ratio_or_grouped_count_after_a_book_label_is_no_id(text):
    assert labelled_numbers(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Protokol: 2025/77120", "2025/77120"),
    ("Ricovero: 2025/4512", "2025/4512"),
    ("Episodio: 20250081234", "20250081234"),
    ("Fall: 12345678", "12345678"),
])
def test_an_entry_number_after_a_book_label_stays_an_id(text, value):
    assert [text[a:b] for a, b in labelled_numbers(text)] == [value]


@pytest.mark.parametrize("value", ["1920x1080", "64x0.625", "120/250", "2.16.840.1", "1.2.840.10008"])
def test_a_bare_id_labels_cell_holding_a_matrix_ratio_or_uid_is_no_id(value):
    text = f"Name\nKim Min-ji\nPt.ID\n{value}\nSex\nF"
    assert [text[a:b] for a, b in labelled_numbers(text)] == []


def test_a_bare_id_labels_cell_holding_a_number_stays_an_id():
    text = "Name\nKim Min-ji\nPt.ID\n20881904\nSex\nF"
    assert [text[a:b] for a, b in labelled_numbers(text)] == ["20881904"]


# -- R4 / R5: a profession or a bracketed title before no name ---------------------------------------

@pytest.mark.parametrize("text", [
    "Inf. Pronto Soccorso", "piel. Oddział Chirurgii", "tech. Grid Lines", "tech. Test Lampy",
    "spl. Intensiv Avdeling", "verpl. Spoed Eisende", "Enf.ª Bloco Operatório",
])
def test_a_profession_before_ward_or_device_words_paints_nothing(analyzer, text):
    assert not painted(analyzer, _MG + text)


@pytest.mark.parametrize("text", [
    "(Dr.) Review", "Dr. (Mrs) Review", "Prof. (Dr.) Review Pending", "Prof. (Dr.) Final Report",
    "Prof. (Dr.) Signed Off", "Dr. (Mrs) Second Reading", "Arc. Therapy Plan", "Arc. Field Size",
    "Arc. Couch Angle",
])
def test_a_bracketed_title_or_arc_before_report_words_paints_nothing(analyzer, text):
    assert not painted(analyzer, _RF + text)


@pytest.mark.parametrize(("text", "name"), [
    ("Dr. (Mrs) Ibrahim", "Ibrahim"),
    ("Prof. (Dr.) A. Okafor", "A. Okafor"),
    ("Dr. (Mrs) Funke Peso", "Funke Peso"),          # Peso: a surname and a table's word
    ("TRM Giulia Massa", "Giulia Massa"),
    ("Inf. Chiara Galli", "Chiara Galli"),
    ("verpl. Sanne de Vries", "Sanne Vries"),
])
def test_names_after_a_bracketed_title_or_a_profession_stay_painted(analyzer, text, name):
    words = painted(analyzer, _RF + text)
    assert set(name.split()) <= words


# -- R1: a patient's row among measurement rows whose surname is a table's word --------------------

@pytest.mark.parametrize(("rows", "name"), [
    ("Juan Paredes  48 mm\nPared posterior  9 mm\nTabique interventricular  9 mm", "Juan Paredes"),
    ("Mario Tronco  48 mm\nSetto interventricolare  9 mm\nParete posteriore  9 mm", "Mario Tronco"),
    ("Lucia Media  48 mm\nParede posterior  9 mm\nSepto interventricular  9 mm", "Lucia Media"),
])
def test_a_patients_row_among_measurement_rows_is_a_name(analyzer, rows, name):
    assert set(name.split()) <= painted(analyzer, rows)


def test_a_measurement_row_with_a_chamber_abbreviation_stays(analyzer):
    words = painted(analyzer, "Diâmetro diastólico VE  48 mm\nParede posterior  9 mm\nSepto  9 mm")
    assert not words & {"Diâmetro", "diastólico", "VE", "Parede", "posterior", "Septo"}
