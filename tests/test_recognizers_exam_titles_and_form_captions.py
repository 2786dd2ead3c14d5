"""Exam and protocol titles, positions, presets, endoscopy settings and form captions that a general
NER model reads as a person or an organisation on its own (review 12):

- emergency CT protocols in capitals ('TRAUMA PAN-SCAN', 'CODE STROKE', 'PE PROTOCOL'), the NICU's
  'BABYGRAM', a portable film's position in the console's language ('PORTATIL AP SEMISENTADO',
  'SEMI-ERECT'), the obstetric and gynaecological presets of ultrasound consoles ('Obstetricia' under
  a banner's patient fields, where a title-case line is read as the site);
- a video endoscopy processor's settings ('Cont N Iris Auto', 'Enh A3', 'Struct');
- the captions of a scanned request form ('Department of Radiology - Request Form', 'Signature',
  'Film size 35x43', 'For radiology use only', 'Date of request').

Real names that are also such words ('Mary Low', 'Iris', 'Pan', 'Grace Ward', 'Rosario Cruz') and
the institutions with a device word in them stay painted.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers import device_vocabulary as vocab

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text", [
    "TRAUMA PAN-SCAN", "BABYGRAM", "CODE STROKE", "STROKE CTA", "PE PROTOCOL", "NEURO PERFUSION",
    "PORTATIL AP SEMISENTADO", "PORTÁTIL AP SENTADO", "SEMI-ERECT", "AP SEMI-ERECT PORTABLE",
    "Cont N Iris Auto", "Enh A3  Color C0  Iris Peak", "Struct", "NBI  Zoom x1.5",
    "Department of Radiology - Request Form", "Signature ..............  For radiology use only",
    "Film size 35x43  No. of films 1", "Clinical history", "Examination requested", "Date of request",
])
def test_exam_titles_settings_and_captions_are_kept(analyzer, text):
    assert not painted(analyzer, text)


@pytest.mark.parametrize("preset", ["Obstetricia", "Ginecología", "Obstetrícia", "Ostetricia", "Gynäkologie"])
def test_an_exam_preset_under_the_banner_is_no_site(analyzer, preset):
    text = f"Nombre: Tlalli Cuautle Pérez  C.C. 1020456789\n19-feb-2024 08:15\nC5-2\n{preset}"
    assert preset not in painted(analyzer, text)


@pytest.mark.parametrize("word", [
    "Trauma", "Pan-scan", "Babygram", "Portatil", "Semisentado", "SEMI-ERECT", "Obstetricia", "Ginecología",
    "Cont", "Enh", "Struct", "Request", "Form", "Signature", "Film",
])
def test_the_new_words_are_device_words(word):
    assert vocab.is_device_word(word)


@pytest.mark.parametrize("name", ["Pan", "Ward", "Grace", "Rosario", "Cruz", "Iris", "Assis", "Mama"])
def test_names_that_are_also_words_are_no_device_words_alone(name):
    assert not vocab.only_device_words(name)


@pytest.mark.parametrize(("text", "name"), [
    ("Name: Mary Low  DOB: 03/04/1961", {"Mary", "Low"}),
    ("Name: PAN WEI  ID: 4410", {"PAN", "WEI"}),
    ("Patient: Iris Nolan  Cont N", {"Iris", "Nolan"}),
    ("name: dela cruz, maria rosario", {"dela", "cruz,"}),
    ("Signature: Dr. Grace Ward", {"Grace", "Ward"}),
    ("Requested by: Dr. Adebayo Okafor", {"Adebayo", "Okafor"}),
    ("Patient: Rosario Cruz  TRAUMA PAN-SCAN", {"Rosario", "Cruz"}),
    ("Nome: Joaquim Assis  PORTÁTIL AP SENTADO", {"Joaquim", "Assis"}),
])
def test_names_beside_the_new_words_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


def test_an_institution_with_a_device_word_stays_one(analyzer):
    assert {"Sacred", "Heart", "Hospital"} <= painted(analyzer, "Sacred Heart Hospital  Obstetricia")
