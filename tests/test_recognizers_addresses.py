"""Postal addresses burned into the pixels are LOCATION (HIPAA Safe Harbor: street address,
city, ZIP code): the house number, street, city and postcode; never lanes, titles, saints,
settings or averages that share a street type's word.

Text-level through `addresses.addresses`, and OCR words with boxes through the real Presidio
analyzer and spaCy pipeline (which words a finding's box covers).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import NAME as POSTAL_ADDRESS
from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import addresses

from .test_recognizers_context import banner, painted


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in addresses(text)]


@pytest.mark.parametrize(("text", "address"), [
    ("Riverside Animal Hospital, 14 Mill Lane, Leeds LS6 2QX", "14 Mill Lane, Leeds LS6 2QX"),
    ("221B Baker St., London NW1 6XE", "221B Baker St., London NW1 6XE"),
    ("123 MAIN STREET", "123 MAIN STREET"),
    ("1600 Pennsylvania Avenue, Washington, DC 20500", "1600 Pennsylvania Avenue, Washington, DC 20500"),
    ("Clinic  500 Oak Dr. Springfield, IL 62704-1234", "500 Oak Dr. Springfield, IL 62704-1234"),
    ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
    ("Praxis Dr. Weber, Am Alten Weg 7, 80331 München", "Am Alten Weg 7, 80331 München"),
    ("Kerkstraat 12, 1017 GC Amsterdam", "Kerkstraat 12, 1017 GC Amsterdam"),
    ("Storgatan 5, 114 51 Stockholm", "Storgatan 5, 114 51 Stockholm"),
    ("Karl Johans gate 22, 0159 Oslo", "Karl Johans gate 22, 0159 Oslo"),
    ("Mannerheimintie 5, 00100 Helsinki", "Mannerheimintie 5, 00100 Helsinki"),
    ("Vesterbrogade 3, 1620 København", "Vesterbrogade 3, 1620 København"),
    ("Clinique 12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
    ("Via Roma 5, 00184 Roma", "Via Roma 5, 00184 Roma"),
    ("Viale Europa 22, 20121 Milano", "Viale Europa 22, 20121 Milano"),
    ("Calle Mayor, 3, 28013 Madrid", "Calle Mayor, 3, 28013 Madrid"),
    ("Rua Augusta 120, Lisboa", "Rua Augusta 120, Lisboa"),
    ("ul. Marszałkowska 12, 00-950 Warszawa", "ul. Marszałkowska 12, 00-950 Warszawa"),
    ("Ottawa ON K1A 0B1", "Ottawa ON K1A 0B1"),
    ("Springfield, IL 62704", "Springfield, IL 62704"),
    ("Leeds LS6 2QX", "Leeds LS6 2QX"),
    # Australian locality, state and postcode after the street (Australia Post's addressing guidelines)
    ("42 Wattle Street, Maroubra NSW 2035", "42 Wattle Street, Maroubra NSW 2035"),
    ("7 George St, Fitzroy VIC 3065", "7 George St, Fitzroy VIC 3065"),
    ("12 Main Street, Boston MA 02118", "12 Main Street, Boston MA 02118"),
    ("Sydney, NSW 2000", "Sydney, NSW 2000"),
    ("Perth, WA 6000", "Perth, WA 6000"),
])
def test_an_address_is_found_whole(text, address):
    assert spans(text) == [address]


def test_the_postcode_and_city_on_the_line_under_a_street_are_the_address():
    text = "Musterstr. 12\n80331 München\nCT Abdomen"
    assert spans(text) == ["Musterstr. 12", "80331 München"]


@pytest.mark.parametrize("text", [
    "Lane 3", "Lane 3 Lane 4", "Dr. Smith", "Dr. Jane Doe MD", "St. Mary's Hospital", "St. Thomas' Hospital",
    "12 Way", "Frame 12 Way", "Ave 3.2", "Ave 12 dB", "Gain 12 Ave", "Av 12 cm", "Seq 2 Dr", "Rd 12", "Pl 3",
    "Weg 5", "Str. 5 mm", "12 mm Lane", "Via Lactea", "Vialetto 3", "ST 12345", "Scan, MI 12345",
    "Series 3 Image 12", "Bed 2 of 5", "Depth 16 cm", "MI 1.1 TIS 0.4", "Power 100 %", "15 Jun 2023",
    "C5-1 12 Hz", "ALOKA SSD-4000", "Kernel B30f", "WA 2035 mm", "ACT 1200", "Scan, NT 2000", "SA 1024",
])
def test_device_text_lanes_titles_and_saints_are_no_address(text):
    assert spans(text) == []


def covered_by(analyzer, text: str, recognizer: str) -> set[str]:
    ws = banner(text)
    return {w.text for f in analyzer.analyze(ws) if f.recognizer == recognizer and f.entity_type == "LOCATION"
            for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


def test_the_street_city_and_postcode_after_an_institution_are_painted(analyzer):
    text = "Riverside Animal Hospital, 14 Mill Lane, Leeds LS6 2QX"
    assert covered_by(analyzer, text, POSTAL_ADDRESS) == {"14", "Mill", "Lane,", "Leeds", "LS6", "2QX"}


@pytest.mark.parametrize("text", [
    "Lane 3  Gain 12 Ave 3.2", "Dr. Smith  12 Way", "St. Mary's Hospital  Room 1",
])
def test_no_address_is_painted_on_device_lines(analyzer, text):
    assert covered_by(analyzer, text, POSTAL_ADDRESS) == set()


# -- Australian localities: state and postcode, checked against the state's postcode ranges --------

@pytest.mark.parametrize(("text", "address"), [
    ("Maroubra NSW 2035", "Maroubra NSW 2035"), ("Hobart TAS 7000", "Hobart TAS 7000"),
    ("Canberra ACT 2601", "Canberra ACT 2601"), ("Adelaide SA5000", "Adelaide SA5000"),
    ("Perth, WA 6000", "Perth, WA 6000"), ("Darwin NT 0800", "Darwin NT 0800"),
])
def test_an_australian_locality_line_alone_is_an_address(text, address):
    assert spans(text) == [address]


def test_a_mixed_case_state_after_a_street_closes_the_address():
    assert spans("1 Main Rd, Toowong Qld 4066") == ["1 Main Rd, Toowong Qld 4066"]


@pytest.mark.parametrize("text", [
    "Rest, SA 1024", "Basal, SA 1024", "Stress, SA 1200", "Heparin, ACT 2400", "Heparin ACT 2400",
    "Apex SA 5000", "Lateral, WA 1024", "Peak, NT 2000",
])
def test_a_state_before_a_number_outside_its_postcode_ranges_is_no_address(text):
    assert spans(text) == []


@pytest.mark.parametrize(("text", "pieces"), [
    # a unit after the street (USPS Publication 28, C2; Portuguese and Spanish units)
    ("8120 E. Saguaro Pkwy, Suite 210", ["8120 E. Saguaro Pkwy", "Suite 210"]),
    ("8120 E. Saguaro Pkwy, Ste 4B", ["8120 E. Saguaro Pkwy", "Ste 4B"]),
    ("12 Main St, Unit 12", ["12 Main St", "Unit 12"]),
    ("12 Main St Apt 3", ["12 Main St", "Apt 3"]),
    ("500 Oak Dr, Floor 2", ["500 Oak Dr", "Floor 2"]),
    ("Av. Paulista, 1000, Sala 12", ["Av. Paulista, 1000", "Sala 12"]),
    ("Calle Mayor 5, Piso 2º", ["Calle Mayor 5", "Piso 2º"]),
    ("C/ Mayor 12, 3º B", ["C/ Mayor 12", "3º B"]),
    # the Brazilian neighbourhood, city and state after dashes, and the CEP; the dashes stay
    ("Rua Tavares Bastos, 412 - Pompéia, São Paulo - SP", ["Rua Tavares Bastos, 412", "Pompéia, São Paulo", "SP"]),
    # OCR drops the thin dashes: the state still closes the tail
    ("Rua Tavares Bastos, 412 Pompéia, São Paulo SP", ["Rua Tavares Bastos, 412 Pompéia", "São Paulo", "SP"]),
    ("Rua das Flores, 88 - Centro, Rio de Janeiro - RJ", ["Rua das Flores, 88", "Centro, Rio de Janeiro", "RJ"]),
    ("Rua X 12 - Savassi, Belo Horizonte/MG", ["Rua X 12", "Savassi, Belo Horizonte", "MG"]),
    ("Av. Paulista 1000 Conj. 51 - Bela Vista, São Paulo - SP, 01310-100",
     ["Av. Paulista 1000", "Conj. 51", "Bela Vista, São Paulo", "SP", "01310-100"]),
    ("Rua Augusta 120\nCEP 01310-100", ["Rua Augusta 120", "CEP 01310-100"]),
    ("Rua Augusta 120\nSala 12", ["Rua Augusta 120", "Sala 12"]),
    ("CEP 01234-567", ["CEP 01234-567"]),
])
def test_units_brazilian_tail_and_cep_are_found(text, pieces):
    assert spans(text) == pieces


@pytest.mark.parametrize("text", [
    "Unit 12", "Floor 2", "Suite 210", "Apt 3", "Sala 12", "Piso 2º", "Series 3, Unit 12",
    "01234-567", "Lot 01234-567", "Sala 2  Equipo 3", "SP 12", "Serie 4 - Axial - SP",
    "12 Main St, Unit 2.5 mm", "Rua Augusta 120  Serie 4  SP",
])
def test_units_and_states_alone_are_no_address(text):
    assert "Unit 2.5" not in " ".join(spans(text))
    assert not any(piece in ("Unit 12", "Floor 2", "Suite 210", "Apt 3", "Sala 12", "Piso 2º", "01234-567", "SP",
                             "Sala 2") for piece in spans(text))


# A street whose name is also a given name, a unit before the street, the street types of
# Australia, New Zealand and India, and a house number OCR glued to the name (PP-OCR reads
# '980 Oliver Rd' as '980Oliver Rd' where the space is narrow).
@pytest.mark.parametrize(("text", "address"), [
    ("980Oliver Rd, Thunder Bay ON P7B6V4", "980Oliver Rd, Thunder Bay ON P7B6V4"),
    ("980 Oliver Rd, Thunder Bay ON P7B 6V4", "980 Oliver Rd, Thunder Bay ON P7B 6V4"),
    ("980 Oliver Rd Thunder Bay ON P7B 6V4", "980 Oliver Rd Thunder Bay ON P7B 6V4"),
    ("12Grace St", "12Grace St"),
    ("45 Victoria Ave, Sydney NSW 2000", "45 Victoria Ave, Sydney NSW 2000"),
    ("7 King Rd", "7 King Rd"),
    ("1200 Main St W", "1200 Main St W"),
    ("Unit 4, 33 Rose Lane", "Unit 4, 33 Rose Lane"),
    ("Flat 2 - 7 King Rd", "Flat 2 - 7 King Rd"),
    ("Unit 4/33 Rose Lane", "Unit 4/33 Rose Lane"),
    ("5 Marine Pde, Napier", "5 Marine Pde, Napier"),
    ("9 Hill Tce", "9 Hill Tce"),
    ("14 Beach Esplanade", "14 Beach Esplanade"),
    ("10 Gandhi Marg", "10 Gandhi Marg"),
    ("22 Anna Salai", "22 Anna Salai"),
    ("8 Shanti Nagar", "8 Shanti Nagar"),
    ("3 Baker Close", "3 Baker Close"),
])
def test_a_street_with_a_given_name_a_unit_or_a_glued_number_is_found(text, address):
    assert spans(text) == [address]


@pytest.mark.parametrize("text", [
    # device words and settings glued to a number before a street type's word
    "512Matrix Dr", "120Head Rd", "Se 4Axial Pde", "T1 Flair Hwy", "TR 500 Fast Dr", "kV 120 mAs 250 Helical Way",
    "4Ch View", "2Way Valve", "Series 3 Close", "Unit 4 Series 3",
])
def test_settings_and_glued_device_words_are_no_street(text):
    assert spans(text) == []


def test_a_glued_house_number_and_its_street_are_painted(analyzer):
    words = painted(analyzer, "MRN: LRH00931784\n980Oliver Rd, Thunder Bay ON P7B6V4\nsT1W TFE")
    assert {"980Oliver", "Rd,", "Thunder", "Bay", "ON", "P7B6V4"} <= words
    assert "TFE" not in words


# -- a town of several words joined by particles after the house number ----------------------

@pytest.mark.parametrize(("text", "address"), [
    ("Rua Dom Pedro II, 1420 São José dos Campos", "Rua Dom Pedro II, 1420 São José dos Campos"),
    ("Calle Bolívar 45, Santa Cruz de la Sierra", "Calle Bolívar 45, Santa Cruz de la Sierra"),
    ("Av. Juárez 120 San Juan de los Lagos", "Av. Juárez 120 San Juan de los Lagos"),
    ("Rua Augusta 120, Mogi das Cruzes", "Rua Augusta 120, Mogi das Cruzes"),
])
def test_a_town_of_several_words_after_the_house_number_is_the_address(text, address):
    assert spans(text) == [address]


@pytest.mark.parametrize(("text", "address"), [
    # no street before it: a place name alone is no address's shape
    ("São José dos Campos", None),
    ("Servicio de Radiología", None),
    # a town's particle words on a line of their own after a street line are no tail
    ("Rua Augusta 120\nSala de Exames 2", "Rua Augusta 120"),
])
def test_words_with_particles_without_a_street_are_no_town(text, address):
    assert spans(text) == ([address] if address else [])


def test_the_whole_town_after_the_number_is_painted(analyzer):
    painted_words = painted(analyzer, banner("Rua Dom Pedro II, 1420 São José dos Campos\nAx FLAIR TE:120"))
    assert {"São", "José", "dos", "Campos", "1420"} <= painted_words
    assert not {"Ax", "FLAIR"} & painted_words
