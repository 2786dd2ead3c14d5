"""Institutions named by a national abbreviation and their place ('FN Motol', 'UCK Gdańsk', 'AZ
Sint-Jan', 'Haseki EAH'), and the Czech and Slovak full forms with the head in lower case
('Fakultní nemocnice Motol'): the site is painted, device fields with the same letters ('HU
Mean', 'AO Root', 'ASL Perfusion') stay. Real spaCy, real analyzer."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import abbreviated_institutions
from tests.test_recognizers_context import painted


@pytest.mark.parametrize("text,site", [
    ("FN Motol, Kožní klinika", {"FN", "Motol,"}),
    ("FNsP Bratislava", {"FNsP", "Bratislava"}),
    ("KN Liberec", {"KN", "Liberec"}),
    ("UCK Gdańsk", {"UCK", "Gdańsk"}),
    ("SPZOZ Łódź", {"SPZOZ", "Łódź"}),
    ("WSS Kielce", {"WSS", "Kielce"}),
    ("CHU de Nantes", {"CHU", "de", "Nantes"}),
    ("CHU Saint-Pierre", {"CHU", "Saint-Pierre"}),
    ("UKE Hamburg", {"UKE", "Hamburg"}),
    ("AKH Wien", {"AKH", "Wien"}),
    ("LKH Graz", {"LKH", "Graz"}),
    ("AOU Careggi", {"AOU", "Careggi"}),
    ("IRCCS San Raffaele", {"IRCCS", "San", "Raffaele"}),
    ("ASST Spedali Civili", {"ASST", "Spedali", "Civili"}),
    ("ASL Roma 1", {"ASL", "Roma", "1"}),
    ("HU La Paz", {"HU", "La", "Paz"}),
    ("AZ Sint-Jan", {"AZ", "Sint-Jan"}),
    ("UZ Leuven", {"UZ", "Leuven"}),
    ("UMCG Groningen", {"UMCG", "Groningen"}),
    ("Amsterdam UMC", {"Amsterdam", "UMC"}),
    ("SUS Lund", {"SUS", "Lund"}),
    ("HUS Meilahti", {"HUS", "Meilahti"}),
    ("Haseki EAH", {"Haseki", "EAH"}),
    ("NHS Lothian", {"NHS", "Lothian"}),
    ("VA Palo Alto", {"VA", "Palo", "Alto"}),
    ("Palo Alto VAMC", {"Palo", "Alto", "VAMC"}),
    ("Fakultní nemocnice Motol", {"Fakultní", "nemocnice", "Motol"}),
    ("Krajská nemocnice Liberec", {"Krajská", "nemocnice", "Liberec"}),
    ("Thomayerova nemocnice", {"Thomayerova", "nemocnice"}),
])
def test_an_abbreviated_institution_and_its_place_are_painted(analyzer, text, site):
    assert site <= painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "HU Mean 45", "HU Mean", "AO Root", "AO Asc", "CH Left", "ASL Perfusion", "UK Version 2.1", "KS Test Result",
    "Ratio  HU Average", "FN Rate",
])
def test_the_same_letters_in_a_device_field_are_no_institution(text):
    assert abbreviated_institutions(text) == []


def test_device_letters_inside_a_field_need_its_edges():
    """'HU' is Hounsfield units: before a title-case word inside a longer field it names no site."""
    assert abbreviated_institutions("ROI 2 HU Sagunto 40") == []
    assert abbreviated_institutions("HU Sagunto") != []  # alone in its field it is 'HU <place>'
