"""A worklist's window title written after the site on one line ('Hospital Distrital de Vila Real de
Santo Amaro - Lista de Trabalho', OCR dropping the dash or not) and the patient column's heading of a
worklist table ('Nome do Doente'): neither names anyone. The site and the patients stay painted.
Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from tests.test_recognizers_context import covered, painted

_SITES = [
    ("Hospital Distrital de Vila Real de Santo Amaro", "Lista de Trabalho"),
    ("Hospital Universitario La Paz", "Lista de trabajo"),
    ("Centre Hospitalier de Cholet", "Liste de travail"),
    ("Ospedale San Raffaele", "Lista di lavoro"),
    ("Klinikum Nord", "Arbeitsliste"),
    ("St Mary's Hospital", "Worklist"),
    ("Ziekenhuis Rivierenland", "Werklijst"),
]


@pytest.mark.parametrize("dash", [" - ", " "])
@pytest.mark.parametrize(("site", "title"), _SITES)
def test_a_window_title_after_the_site_stays_and_the_site_is_painted(analyzer, site, title, dash):
    found = painted(analyzer, f"{site}{dash}{title}\nPatient  MRN\nSILVA, Ana  0448127")
    assert not (set(title.split()) - set(site.split())) & found
    assert {w for w in site.split() if len(w) > 3} <= found
    assert {"SILVA,", "Ana"} <= found


@pytest.mark.parametrize("name", ["LISTA, Maria", "Maria Lista"])
def test_a_person_named_lista_is_still_painted(analyzer, name):
    found = {w.rstrip(",").capitalize() for w in painted(analyzer, f"Patient: {name}\nDOB 01/02/1960")}
    assert {"Lista", "Maria"} <= found


@pytest.mark.parametrize(("heading", "word"), [
    ("Nome do Doente                 Nº Processo   Data Nasc.   Exame", "Doente"),
    ("Nombre del Paciente   NHC   Fecha Nac.   Estudio", "Paciente"),
    ("Nome Paziente   ID   Data di nascita   Esame", "Paziente"),
    ("Patientenname   PID   Geburtsdatum   Untersuchung", "Patientenname"),
    ("Naam Patiënt   ID   Geboortedatum   Onderzoek", "Patiënt"),
])
def test_the_patient_columns_heading_stays_and_the_patients_are_painted(analyzer, heading, word):
    text = (f"Hospital Distrital de Santo Amaro\n{heading}\n"
            "Conceição Figueiredo Amaral   0448127   07/02/1949   RM Joelho\n"
            "João Pedro Vasconcelos   0512893   21/11/1988   TC Torax")
    found = painted(analyzer, text)
    assert word not in found
    assert {"Conceição", "Figueiredo", "0448127", "07/02/1949"} <= found


@pytest.mark.parametrize("line", ["Paciente: Ana Sousa Ferreira", "Paziente: Ana Sousa Ferreira"])
def test_a_labelled_patient_is_still_painted(analyzer, line):
    assert {"Ana", "Sousa", "Ferreira"} <= covered(analyzer, line).get("PERSON", set())


@pytest.mark.parametrize("heading", ["Nome do Doente", "Nombre del Paciente", "Nom du Patient"])
def test_a_headings_particle_left_between_cut_words_is_no_model_piece(heading):
    from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import model_pieces
    assert model_pieces(heading) == []


def test_a_name_with_its_particle_stays_one_model_piece():
    from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import model_pieces
    assert model_pieces("Maria do Carmo") == [(0, 14)]
