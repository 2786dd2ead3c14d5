"""What names an institution's site and what only qualifies a service: a department or practice
before who it serves, when or how ('Akutmott. Barn', 'Röntgen Akut') and letters that are a device's
abbreviation too before no place ('CH Sound', 'UZ Štítnice', 'AZ Delta 5') stay; a site after a
department, a second site joined by 'and', a patron after 'im.', a specialty before its town and a
site's number before its place are painted. Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from tests.test_recognizers_context import painted


@pytest.mark.parametrize("text", [
    "Akutmott. Trauma", "Akutmott. Barn", "Akutmott. Vuxen", "Akutmott. Natt", "Akutmott. Ortopedi",
    "Röntgen Akut", "Röntgen Mobil", "Notaufnahme Nacht", "Urgences Adultes",
])
def test_a_department_and_what_qualifies_it_is_kept(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text", ["CH Sound", "CH de Garde", "UZ Štítnice", "UZ Ledviny", "AZ Delta 5"])
def test_device_letters_before_no_place_are_kept(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text,site", [
    ("Akutmott. Ljungsbro", {"Ljungsbro"}),
    ("Röntgen Linköping", {"Linköping"}),
    ("AZ Delta", {"AZ", "Delta"}),
    ("ASL Roma 1", {"ASL", "Roma", "1"}),
    ("CH de Versailles", {"Versailles"}),
    ("Kožní klinika FN Bulovka", {"FN", "Bulovka"}),
    ("Karolinska Universitetssjukhuset och Huddinge", {"Karolinska", "och", "Huddinge"}),
    ("Nemocnice Na Homolce a Bulovka", {"Homolce", "Bulovka"}),
    ("Ankara Şehir Hastanesi ve Gazi Üniversitesi", {"Ankara", "Gazi"}),
    ("Szpital Specjalistyczny im. Ludwika Rydygiera i Kopernika", {"Ludwika", "Rydygiera", "Kopernika"}),
    ("Radiodiagnostika Nitra", {"Nitra"}),
    ("Radboudumc", {"Radboudumc"}),
    ("SPSK Nr 1 Lublin", {"Lublin"}),
    ("Sahlgrenska och Östra sjukhuset", {"Sahlgrenska", "Östra"}),
])
def test_the_site_is_painted(analyzer, text, site):
    assert site <= painted(analyzer, text)


@pytest.mark.parametrize("text", ["Radiologi Lunga", "Kardiologie Echo", "Siemens Healthineers and Varian"])
def test_a_specialty_or_vendor_before_device_words_is_kept(analyzer, text):
    assert painted(analyzer, text) == set()
