"""A department and its place with no label, as a point-of-care device prints its site: 'Akutmott.
Ljungsbro' (Swedish emergency department, abbreviated, and the town) is an institution, in any of
the languages' department words and their abbreviations with a point (`institutions._DEPARTMENTS`);
a department word before device, anatomy or label vocabulary stays ('Urgences Abdomen', 'Avd.
Mamma', 'Notfall Protokoll'), and so do English short words before an English one ('ER Status').
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import department_places, department_spans

from .test_recognizers_context import banner


def organisations(analyzer, text: str) -> set[str]:
    ws = banner(text)
    return {w.text for f in analyzer.analyze(ws) if f.entity_type == "ORGANIZATION"
            for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


@pytest.mark.parametrize("text", [
    "Akutmott. Ljungsbro", "Akutmottagning Ljungsbro", "Notaufnahme Bogenhausen", "Notaufn. Bogenhausen",
    "SEH Zwolle", "Urgences Lariboisière", "Urg. Lariboisière", "Urgencias Getafe", "Pronto Soccorso Niguarda",
    "Akuten Huddinge", "Päivystys Meilahti", "Osasto Meilahti", "Legevakten Bergen", "Skadestue Odense",
    "Acil Servis Kadıköy", "Emergency Dept. Northside", "Izba przyjęć Bielany", "Oddział Bielany",
])
def test_department_and_place_are_an_institution(analyzer, text):
    """All its words, but a department's own name (a department word with its specialty,
    'Emergency Dept.': `department_spans`), which names no site and stays."""
    kept = {w for a, b in department_spans(text) for w in text[a:b].split()}
    assert organisations(analyzer, text) == set(text.split()) - kept
    assert text.split()[-1] in organisations(analyzer, text)


def test_department_and_place_on_a_sonosite_banner(analyzer):
    text = "Hellström, Åsa\n2024-12-01\nL38xp Ven MI 0.6 TIS 0.1\nFUJIFILM SonoSite X-Porte\nAkutmott. Ljungsbro"
    found = organisations(analyzer, text)
    assert {"Akutmott.", "Ljungsbro"} <= found
    assert not found & {"L38xp", "Ven", "MI", "TIS", "FUJIFILM", "SonoSite", "X-Porte"}


@pytest.mark.parametrize("text", [
    "Urgences Abdomen", "Avd. Mamma", "Notfall Protokoll", "ER Status", "ED Triage", "Emergency Stop",
    "Station Name", "ICU Bed 14", "Reparto Cardiologia", "Servicio Radiología", "Acil Servis", "Abt. Kardiologie",
    "Gen. Electric", "Cal. Factor", "Notaufnahme Bogenhausen Lung Liver",
])
def test_department_before_vocabulary_is_no_institution_by_this_rule(text):
    assert department_places(text) == []
