"""Fix round 36 (review 19 B): device and protocol text the model read as names, and staff and
institution names it missed.

Text-level: OCR rows through the real Presidio analyzer and spaCy pipeline, under a patient banner
(`painted_under_a_banner`), or a banner line alone (`covered`).
"""

from __future__ import annotations

import pytest

from .helpers import ocr_rows
from .test_recognizers_context import covered, painted_under_a_banner


def _painted(analyzer, line: str) -> set[str]:
    return painted_under_a_banner(analyzer, (10, 476, line))


# -- nuclear medicine protocols and acquisition lines (EANM bone scintigraphy guideline; vendors'
# collimator names) -----------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "GAMMAGRAFÍA ÓSEA CUERPO ENTERO",
    "CINTILOGRAFIA ÓSSEA CORPO INTEIRO",
    "SCINTIGRAFIA OSSEA CORPO INTERO",
    "SCINTIGRAPHIE OSSEUSE CORPS ENTIER",
    "Skelettszintigraphie Ganzkörper",
    "LEHR 256x1024 12 cm/min",
    "LEAP 256x1024 10 cm/min",
    "MEGP 128x128 15 cm/min",
    "HEGP 256x1024 8 cm/min",
])
def test_a_whole_body_scan_protocol_and_its_acquisition_line_stay(analyzer, line):
    assert not _painted(analyzer, line), line


@pytest.mark.parametrize("protocol, tracer, acquisition", [
    ("GAMMAGRAFÍA ÓSEA CUERPO ENTERO", "99mTc-HDP 740 MBq", "LEHR 256x1024 12 cm/min"),
    ("CINTILOGRAFIA ÓSSEA CORPO INTEIRO", "99mTc-MDP 740 MBq", "LEAP 256x1024 12 cm/min"),
    ("SCINTIGRAPHIE OSSEUSE CORPS ENTIER", "99mTc-HMDP 700 MBq", "LEHR 256x1024 15 cm/min"),
    ("Skelettszintigraphie Ganzkörper", "99mTc-DPD 600 MBq", "LEHR 256x1024 10 cm/min"),
])
def test_the_footer_of_a_bone_scan_stays_as_a_block(analyzer, protocol, tracer, acquisition):
    """The three lines together, as the scan reads them (the model read 'LEHR' as a place and the
    protocol as an organisation only beside the other lines)."""
    rows = ocr_rows((4, 476, protocol), (4, 489, tracer), (4, 500, acquisition), (300, 500, "Symbia Intevo"))
    assert not set().union(*covered(analyzer, rows).values())


@pytest.mark.parametrize("text, name", [
    ("Patient: Ursula Lehr", {"Ursula", "Lehr"}),
    ("LEAP, Maria", {"LEAP,", "Maria"}),
])
def test_a_collimator_word_that_is_a_surname_stays_a_name(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set()), text


# -- MR coils in the consoles' languages -------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "TR 4200 TE 100 Kopf Spule 32K",
    "Kopfspule 20K",
    "Wirbelsäulenspule 24K",
    "Kopf-Hals-Spule 20",
    "Hoofdspoel 32",
    "bobine tête 32 canaux",
    "Knäspole 16",
])
def test_an_mr_coil_named_in_another_language_stays(analyzer, line):
    assert not _painted(analyzer, line), line


def test_a_patient_named_kopf_is_still_found(analyzer):
    assert {"KOPF,", "Hans"} <= covered(analyzer, "KOPF, Hans").get("PERSON", set())


# -- diabetic retinopathy screening grades (NHS DESP grading definitions) ---------------------------
@pytest.mark.parametrize("line", [
    "TRC-NW400 Flash 3 ISO 800 DR grading R1 M0 P0",
    "DR grading R2 M1 P1",
    "Retinopathy R3A Maculopathy M1",
    "Grading: R0 M0 P0",
    "Rétinopathie R1 Maculopathie M0",
])
def test_a_retinopathy_grading_line_stays(analyzer, line):
    assert not _painted(analyzer, line), line


# -- staff initials after the Nordic nurse's and physician's short labels -----------------------
@pytest.mark.parametrize("line, initials", [
    ("Ssk: ASN", "ASN"),
    ("Ssk: KLJ", "KLJ"),
    ("Rtg-ssk: MBE", "MBE"),
    ("Usk.: LPE", "LPE"),
    ("Spl.: HKO", "HKO"),
    ("Läkare: PNS", "PNS"),
    ("Lege: TKR", "TKR"),
])
def test_staff_initials_after_a_nordic_short_label_are_found(analyzer, line, initials):
    assert initials in _painted(analyzer, line), line


@pytest.mark.parametrize("line", ["Ssk: Yes", "Ssk: CAD", "Ssk: W/Rh", "Kompression 112 N 54 mm", "28 kV 96 mAs W/Rh"])
def test_what_is_no_one_after_those_labels_stays(analyzer, line):
    assert not _painted(analyzer, line), line


# -- Catalan double surnames joined by 'i' (Wikipedia, "Catalan names") ------------------------
@pytest.mark.parametrize("line, name", [
    ("Informa: Dra. Puig i Soler", {"Puig", "i", "Soler"}),
    ("Informa: Dr. Vidal i Barraquer", {"Vidal", "i", "Barraquer"}),
    ("Referring: Dr. Roca i Junyent", {"Roca", "i", "Junyent"}),
    ("Informa: Dra. Anna Puig i Soler", {"Anna", "Puig", "i", "Soler"}),
    ("Informa: Dr. Garcia y Lopez", {"Garcia", "y", "Lopez"}),
    ("Médico: Dr. Silva e Costa", {"Silva", "e", "Costa"}),
])
def test_a_double_surname_joined_by_a_conjunction_is_painted_whole(analyzer, line, name):
    assert name <= _painted(analyzer, line), line


@pytest.mark.parametrize("line, kept", [
    ("Referring: Dr. Puig i 740 MBq", {"i", "740", "MBq"}),
    ("Informa: Dra. Puig  i.v. contrast", {"i.v.", "contrast"}),
])
def test_the_conjunction_joins_only_two_names(analyzer, line, kept):
    assert not kept & _painted(analyzer, line), line


# -- a health card's label after the patient's name (the provinces' and countries' card names) -------
@pytest.mark.parametrize("text, name, label", [
    ("Patient: MacDONALD, Ian Robert  Health card / Carte santé: 7330-184-529-XT",
     {"MacDONALD,", "Ian", "Robert"}, {"Health", "card", "Carte", "santé:"}),
    ("Patient: ROBERTS, Alan James  Health number: 943 476 5919", {"ROBERTS,", "Alan", "James"}, {"Health", "number:"}),
    ("Utente: SILVA, João Pedro  Cartão de utente: 123456789", {"SILVA,", "João", "Pedro"},
     {"Cartão", "de", "utente:"}),
    ("Paciente: GARCÍA, Ana Lucía  Tarjeta sanitaria: BBBB112233445566", {"GARCÍA,", "Ana", "Lucía"},
     {"Tarjeta", "sanitaria:"}),
    ("Patient: TREMBLAY, Marie Josée  Carte d'assurance maladie: TREM 5402 1512", {"TREMBLAY,", "Marie", "Josée"},
     {"Carte", "d'assurance", "maladie:"}),
])
def test_a_health_card_label_after_the_name_stays(analyzer, text, name, label):
    found = covered(analyzer, text)
    assert name <= found.get("PERSON", set()), text
    assert not label & set().union(*found.values()), text


@pytest.mark.parametrize("text", ["Fraser Health", "Sunnybrook Health Sciences Centre"])
def test_an_organisation_named_health_is_still_painted(analyzer, text):
    assert set(text.split()) <= set().union(*covered(analyzer, text).values())


@pytest.mark.parametrize("acquisition", [
    "LEHR 256x1024 12 cm/min", "LEHR 256x1024 10 cm/min", "MEGP 128x1024 15 cm/min", "HEGP 256x1024 8 cm/min",
])
def test_an_acquisition_line_set_with_one_pixel_gaps_stays(analyzer, acquisition):
    """The bone scan's acquisition line read as one glued word ('LEHR256x102412cm'): the collimator
    glued to its matrix is still device text."""
    rows = ocr_rows((4, 476, "GAMMAGRAFÍA ÓSEA CUERPO ENTERO"), (4, 489, "99mTc-HDP 740 MBq"), (4, 500, acquisition),
                    gap=0)
    assert not set().union(*covered(analyzer, rows).values())


def test_a_surname_glued_to_a_number_is_no_device_text():
    from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import model_pieces
    assert model_pieces("Smith256x1024") == [(0, 13)]
    assert model_pieces("LEHR256x102412cm") == []
