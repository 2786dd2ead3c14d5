"""A postal box with its number and town ('P.O. Box 20723-00202 Nairobi', 'BP 5012 Dakar', 'Caixa
Postal 123, Curitiba', 'Postfach 10 12 34'), and a home address by its label, the value up to the
next label ('Residence: Kasarani, Mwiki Estate Email: ...'): an address, every word of it
(`addresses._PO_BOX`, `addresses._HOME_LABEL`). Blood pressure ('BP 120/80'), a machine's address
('IP Address: 192.168.1.20') and a setting after an address label stay.

Text-level through `addresses.addresses`, and OCR words with boxes through the real analyzer.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import addresses

from .test_recognizers_context import covered, painted


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in addresses(text)]


@pytest.mark.parametrize(("text", "address"), [
    ("P.O. Box 20723-00202 Nairobi Tel: 020 2726300", "P.O. Box 20723-00202 Nairobi"),
    ("PO Box 1234", "PO Box 1234"),
    ("Post Office Box 12, Gaborone", "Post Office Box 12, Gaborone"),
    ("BP 5012 Dakar", "BP 5012 Dakar"),
    ("B.P. 88 Rabat", "B.P. 88 Rabat"),
    ("Caixa Postal 123, Curitiba", "Caixa Postal 123, Curitiba"),
    ("Apartado 45 Madrid", "Apartado 45 Madrid"),
    ("Casilla 301, Santiago", "Casilla 301, Santiago"),
    ("Postfach 10 12 34, 80331 München", "Postfach 10 12 34, 80331 München"),
])
def test_a_postal_box_with_its_number_and_town(text, address):
    assert spans(text) == [address]


@pytest.mark.parametrize(("text", "address"), [
    ("Residence: Kasarani, Mwiki Estate Email: w.kamau90@mailbox.co.ke", "Kasarani, Mwiki Estate"),
    ("Domicilio: Colonia Roma Norte  Tel: 555 1234", "Colonia Roma Norte"),
    ("Endereço: Vila Mariana, São Paulo", "Vila Mariana, São Paulo"),
    ("Adresse: Quartier Maarif, Casablanca", "Quartier Maarif, Casablanca"),
    ("Wohnort: Berlin-Pankow", "Berlin-Pankow"),
    ("Home Address: Kilimani Road Estate", "Kilimani Road Estate"),
])
def test_the_value_of_a_home_address_label_up_to_the_next_label(text, address):
    assert spans(text) == [address]


@pytest.mark.parametrize("text", [
    "BP 120/80", "BP 120 mmHg", "BP: 120/80", "BP 120, HR 72", "IP Address: 192.168.1.20",
    "MAC Address: 00:1A:2B:3C", "Email Address: a@b.co", "Station Address: CT01", "Address: AUTO",
    "Residence: Yes", "Address Book", "Address:", "Box 3 of 12",
])
def test_blood_pressure_a_machines_address_or_a_setting_is_no_address(text):
    assert spans(text) == []


def test_every_word_of_the_box_and_the_residence_is_painted_and_the_labels_stay(analyzer):
    words = painted(analyzer, "P.O. Box 20723-00202 Nairobi Tel: 020 2726300")
    assert {"P.O.", "Box", "20723-00202", "Nairobi"} <= words
    assert "Tel:" not in words
    words = painted(analyzer, "Residence: Kasarani, Mwiki Estate Email: w.kamau90@mailbox.co.ke")
    assert {"Kasarani,", "Mwiki", "Estate"} <= words
    assert not words & {"Residence:", "Email:"}


@pytest.mark.parametrize(("text", "district"), [
    ("Mona, Kingston 7", {"Kingston", "7"}), ("12 Main Street, Dublin 8", {"Dublin", "8"}),
    ("Colombo 7", {"Colombo", "7"}), ("Rathmines, Dublin 6W", {"Dublin", "6W"}),
])
def test_a_postal_district_number_after_its_city_is_the_address(analyzer, text, district):
    assert district <= covered(analyzer, text).get("LOCATION", set())


@pytest.mark.parametrize(("text", "number"), [
    ("Kingston 8GB", "8GB"), ("Kingston 7 mm", "7"), ("Dublin 30", "30"), ("Colombo 16", "16"), ("Boston 7", "7"),
])
def test_a_number_out_of_the_posts_range_or_with_a_unit_is_no_district(analyzer, text, number):
    assert number not in painted(analyzer, text)


@pytest.mark.parametrize(("text", "address"), [
    ("Apartado 3", []), ("Apartado 12", []), ("Apartado 4 Conclusión", []), ("Apartado 2.1 Resultados", []),
    ("Apartado 45 Lima", ["Apartado 45 Lima"]), ("Apartado 1234", ["Apartado 1234"]),
    ("Apartado 12, 28080 Madrid", ["Apartado 12, 28080 Madrid"]),
    ("Apartado de Correos 12", ["Apartado de Correos 12"]),
])
def test_a_bare_apartado_is_a_box_only_with_its_town_a_postcode_or_a_long_number(text, address):
    assert spans(text) == address  # 'Apartado 4 Conclusión': a Spanish report's section 4
