"""A private clinic named by its kind, its specialty's adjective and then its own name ('Clínica
Odontológica Sorriso Pleno', 'Clínica Dental Arganzuela'): the whole name is an institution, while
the kind and specialty alone ('Clínica Dental', 'Odontologia', 'Servicio de Radiodiagnóstico') and
before device words stay a department's or a console's words."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import InstitutionRecognizer


def _institutions(text: str) -> list[str]:
    return [text[r.start:r.end] for r in InstitutionRecognizer().analyze(text, ["ORGANIZATION"])]


@pytest.mark.parametrize("name", [
    "Clínica Odontológica Sorriso Pleno",
    "Clínica Dental Arganzuela",
    "Clinica Dentale Sorriso",
    "Clinica Odontoiatrica Bianchi",
    "Clinique Dentaire du Parc",
    "Centro Odontológico Vila Nova",
    "Consultório Odontológico Bem Estar",
    "Clínica Oftalmológica Visão",
    "Clínica Radiológica Vila Rica",
    "Centro de Diagnóstico por Imagem Santa Luzia",
    "Instituto de Radiologia São Lucas",
    "Zahnarztpraxis Dr. Weber",
    "Tandklinikken Nørrebro",
    "Tandartsenpraktijk De Vries",
    "Dental Clinic Riverside",
    "Dental Surgery Parkside",
    "Parkside Dental Surgery",
])
def test_the_whole_clinic_name_is_found(name):
    assert name in _institutions(name)


def test_the_name_ends_at_its_field():
    assert "Clínica Dental Arganzuela" in _institutions("Clínica Dental Arganzuela   Fecha: 12/03/2024")
    assert not any("Fecha" in s for s in _institutions("Clínica Dental Arganzuela   Fecha: 12/03/2024"))


@pytest.mark.parametrize("text", [
    "Radiologia",
    "Odontologia",
    "Servicio de Radiodiagnóstico",
    "Clínica Dental",
    "Clínica Dental Intraoral",
    "Clínica Dental Bitewing",
    "Centro Radiológico Digital",
    "Clinica Dentale  Serie 3",
    "Clínica Dental  Fecha: 12/03/2024",
    "Centro Odontológico 12 mm",
    "Dental Surgery Software",
])
def test_a_department_or_device_words_are_no_clinic(text):
    assert _institutions(text) == []


@pytest.mark.parametrize("text", ["Dental Clinic Management", "Clínica Odontológica Gestão"])
def test_a_practice_programs_words_are_no_clinic_name(text):
    # the whole line is a program's title: no finding spans it ('Dental Clinic' alone and 'Gestão'
    # alone are other rules' findings, left as they were)
    assert text not in _institutions(text)
