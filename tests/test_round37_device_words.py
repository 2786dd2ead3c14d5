"""Fix round 37 (review 20 A): device, service and exam words the model read as names, organisations or
places ('Axiom Luminos TF', 'Air Calibration', 'Radiologický asistent', 'Ultrassom Morfológico') and a
Siemens MR software version read as a name after the title 'Mr' ('syngo MR E11' read 'syngo MR Ell').

Text-level: OCR rows through the real Presidio analyzer and spaCy pipeline under a patient banner
(`painted_under_a_banner`); the names on the same rows must stay painted. Vocabulary-level: the
adjective endings (`device_vocabulary._EXAM_ADJECTIVE`) against given names and surnames.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import (
    is_device_word,
    only_device_words,
)
from fw_gear_presidio_image_redactor.recognize.recognizers.names import titled_names

from .helpers import ocr_rows
from .test_recognizers_context import BANNER_ROW, covered, painted_under_a_banner


def _painted(analyzer, line: str) -> set[str]:
    return painted_under_a_banner(analyzer, (10, 476, line))


# -- model names with an edition or variant word (Siemens Healthineers' product pages: AXIOM Luminos TF,
# Mobilett Mira Max / Elara Max, Luminos Select) ---------------------------------------------------------
@pytest.mark.parametrize("line", [
    "HSG Axiom Luminos TF",
    "DX Mobilett Mira Max",
    "Mobilett Mira Max",
    "Mobilett Elara Max",
    "Luminos Select",
])
def test_a_model_name_with_its_edition_word_stays(analyzer, line):
    assert not _painted(analyzer, line), line


# -- service and QA routines of CT and DR service screens (vendors' service manuals; AAPM TG-150) --------
@pytest.mark.parametrize("line", [
    "Tube Warm-up Air Calibration",
    "Air Calibration",
    "Dark Field Calibration",
    "Dark Calibration",
    "Air Scan",
    "Tube Seasoning",
    "Tube Conditioning",
])
def test_a_service_routine_stays(analyzer, line):
    assert not _painted(analyzer, line), line


# -- the medical adjectives of a staff title or an exam name (cs/sk radiologický, pt/es/it morfológico) ----
_BANNER = (10, 10, BANNER_ROW[2])


@pytest.mark.parametrize("staff, role, names", [
    ("Indikující lékař: MUDr. Petr Dvořák", "Radiologický asistent: Bc. Hana Svobodová",
     {"Petr", "Dvořák", "Hana", "Svobodová"}),
    ("Indikující lékař: MUDr. Petr Dvořák", "Radiologická sestra: Hana Svobodová",
     {"Petr", "Dvořák", "Hana", "Svobodová"}),
    ("Indikujúci lekár: MUDr. Peter Kováč", "Rádiologický asistent: Bc. Jana Horváthová",
     {"Peter", "Kováč", "Jana", "Horváthová"}),
])
def test_a_radiographers_title_stays_and_the_names_after_labels_go(analyzer, staff, role, names):
    found = set().union(*covered(analyzer, ocr_rows(_BANNER, (10, 252, staff), (10, 268, role))).values())
    adjective = role.split()[0]
    assert adjective not in found, role
    assert names <= found, role


@pytest.mark.parametrize("staff, exam, names", [
    ("Exame: Dra. Fernanda Queiroz Lima", "Morfológico 2º trimestre cabeça abdome fêmur",
     {"Fernanda", "Queiroz", "Lima"}),
    ("Exame: Dra. Fernanda Queiroz Lima", "Morfológico  2º trimestre", {"Fernanda", "Queiroz", "Lima"}),
    ("Ecografista: Dra. Lucía Romero", "Morfológica  20 semanas", {"Lucía", "Romero"}),
    ("Médico: Dr. João Pereira", "Obstétrico  Morfológico  22s", {"João", "Pereira"}),
    ("Medico: Dott. Marco Bianchi", "Morfologica  21 settimane", {"Marco", "Bianchi"}),
])
def test_an_exam_adjective_stays_under_a_clinicians_line(analyzer, staff, exam, names):
    found = set().union(*covered(analyzer, ocr_rows(_BANNER, (10, 559, staff), (8, 576, exam))).values())
    assert not found & set(exam.split()), exam
    assert names <= found, staff


@pytest.mark.parametrize("line", [
    "Ultrassom Morfológico",
    "Ultrassonografia Morfológica",
    "Estudo Ecográfico Morfológico",
    "Mamografický screening",
])
def test_an_exam_name_with_its_adjective_stays(analyzer, line):
    assert not _painted(analyzer, line), line


@pytest.mark.parametrize("word", [
    "Radiologický", "Radiologicky", "radiologického", "Rádiologická", "radiologiczny", "radiologicznej",
    "Morfológico", "Morfologica", "ecográfico", "ginecológico", "mammografico", "radiologique", "radiologisch",
    "radiologiske", "endoskopický", "densitométrico",
])
def test_an_exam_adjective_is_device_text(word):
    assert is_device_word(word), word


@pytest.mark.parametrize("word", [
    "Radić", "Morales", "Logan", "Federico", "Enrico", "Ludovico", "Monica", "Veronica", "Dominic", "Frederic",
    "Americo", "Rodrigo",
])
def test_names_with_like_endings_are_no_device_words(word):
    assert not is_device_word(word), word


# -- guards: the edition and service words that are also names or common words need a device word beside them
@pytest.mark.parametrize("text", ["TF", "Air", "Dark", "Blank", "Mira", "Peter Blank", "Anna Dark", "Mira Elara"])
def test_an_edition_or_service_word_alone_is_no_device_text(text):
    assert not only_device_words(text), text


@pytest.mark.parametrize("line, name", [
    ("Operator: Peter Blank", {"Peter", "Blank"}),
    ("Referring: Dr. Anna Dark", {"Anna", "Dark"}),
    ("Technik: Jan Luminos", {"Jan", "Luminos"}),
    ("Pacjent: Ana Radić", {"Ana", "Radić"}),
    ("Operator: Anna Tube", {"Anna", "Tube"}),
    ("Tecnico: Marco Rumore", {"Marco", "Rumore"}),
    ("Paciente: Luis Morales", {"Luis", "Morales"}),
])
def test_a_name_after_its_label_stays_painted(analyzer, line, name):
    assert name <= _painted(analyzer, line), line


# -- a Siemens MR software version after the modality (MAGNETOM conformance statements: syngo MR B17, D13,
# E11, VE11C, XA11, XA30), its 1s read as l by OCR ---------------------------------------------------------
@pytest.mark.parametrize("line", [
    "MAGNETOM 3T syngo MR Ell",
    "MAGNETOM Aera syngo MR Ell",
    "MAGNETOM Skyra syngo MR Dll",
    "syngo MR VEllC",
    "syngo MR XAll",
    "syngo MR VBll",
])
def test_a_software_version_after_the_modality_is_no_name(analyzer, line):
    assert not _painted(analyzer, line), line


@pytest.mark.parametrize("line, name", [
    ("Mr. Ell", "Ell"),
    ("MR SMITH", "SMITH"),
    ("Mr Ali", "Ali"),
    ("MR DOO", "DOO"),
    ("syngo MR Smith", "Smith"),
])
def test_a_name_after_mr_stays_a_name(analyzer, line, name):
    assert name in _painted(analyzer, line), line


def test_the_modality_before_a_version_with_digits_names_no_one():
    assert titled_names("MR E11") == []
    assert titled_names("MR XA20") == []
    assert titled_names("Mr. Ellis") != []


@pytest.mark.parametrize("line, place", [
    ("Radiologische Klinik Heidelberg", "Heidelberg"),
    ("Radiologisches Institut Heidelberg", "Heidelberg"),
    ("Radiologische Gemeinschaftspraxis Lindau", "Lindau"),
])
def test_an_institution_named_by_an_exam_adjective_keeps_its_place(analyzer, line, place):
    """The adjective is device text alone, but before an institution's head it names a department
    or an institute, never a vendor: the place after it is painted."""
    assert place in set().union(*covered(analyzer, line).values())
