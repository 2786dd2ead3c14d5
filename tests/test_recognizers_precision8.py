"""Breaker findings 8 (issue #14), names, titles, institutions and vocabulary, fixed as kinds:

- a 'FAMILY, GIVEN' field is a person whatever vocabulary the family name is also in (a vendor
  such as Vatech's Green or GE's Lunar, a dental vendor such as Morita, an echo method such as
  Simpson), also with a device line on another line;
- echo methods (ASE/EACVI: Simpson's biplane, Teichholz, PISA radius, Bernoulli) are device text;
- a title joins only a following name: not anatomy, device or exam vocabulary, not a number;
  the Spanish titles and the German 'Prof Dr med' chain are titles;
- institution heads HSC / RMC / MC in capitals at the end of a field, the transliterated Russian
  heads, and 'N 7' after a name; the cardiothoracic ratio, 'Norland XR-800' and 'TMJ Open' are
  device text.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import has_institution_head
from fw_gear_presidio_image_redactor.recognize.recognizers.names import comma_names, titled_names

from .test_recognizers_context import covered, painted

# -- 1. 'FAMILY, GIVEN' whatever vocabulary the family name is in -------------------------------

@pytest.mark.parametrize("text, name", [
    ("Green, Sarah\n12/03/1960\nVatech PaX-i3D", ["Green,", "Sarah"]),
    ("Green, Sarah  F 45Y\nVatech PaX-i3D Green", ["Green,", "Sarah"]),
    ("GREEN, SARAH\nID 40012877\nVatech PaX-i3D", ["GREEN,", "SARAH"]),
    ("Lunar, Maria  DOB 1954-02-11", ["Lunar,", "Maria"]),
    ("Lunar, Maria\nPL-55012\nDXA", ["Lunar,", "Maria"]),
    ("Morita, Ken  M 52Y", ["Morita,", "Ken"]),
    ("Morita, Ken\nVeraviewepocs 3D", ["Morita,", "Ken"]),
    ("MORITA, KENJI\nPanoramic", ["MORITA,", "KENJI"]),
    ("Simpson, Mary  MRN 8841223\nIVSd 1.0 cm", ["Simpson,", "Mary"]),
    ("Tanaka, Ken\n2026-07-16 08:19", ["Tanaka,", "Ken"]),
    ("Hologic, Anne J  F 65", ["Hologic,", "Anne", "J"]),
    ("Norland, Erik\n12/03/1960", ["Norland,", "Erik"]),
])
def test_a_family_given_field_is_a_person_whatever_the_family_name_is(analyzer, text, name):
    got = covered(analyzer, text)
    assert set(name) <= got.get("PERSON", set()), got
    # the device line under it stays readable
    assert not painted(analyzer, text) & {"Vatech", "PaX-i3D", "DXA", "Veraviewepocs", "Panoramic", "IVSd"}


@pytest.mark.parametrize("text", [
    "Liver, Spleen", "Sector, Width", "Gain, Depth", "CT, Abdomen", "Smith, MD", "Anonymous, Patient",
    "Name, Patient", "Abd, Pelvis  3D", "Echo, Doppler",
])
def test_a_list_of_settings_with_commas_is_no_name(text):
    assert comma_names(text) == []


def test_a_family_given_field_needs_the_field_to_end_there():
    assert comma_names("Green, Sarah\n12/03/1960") == [(0, 12)]
    assert comma_names("DOE, JOHN  F 65") == [(0, 9)]
    assert comma_names("Green, Sarah sat down\n12/03/1960") == []  # prose, not a banner field


# A second break-test round: without patient data on its line or the next, a comma pair is a
# device's, a report's or a menu's ('Anterior, Posterior' was painted as a person).
@pytest.mark.parametrize("text", [
    "Anterior, Posterior", "Proximal, Distal", "Systole, Diastole", "Lateral, Medial", "LIVER, SPLEEN",
    "HEAD, NECK", "Lesion 1  Solid, Cystic  2.1 cm", "Grade  Mild, Moderate", "Preliminary, Unsigned",
    "Ok, Cancel", "File, Edit", "Probe, Linear", "Harmonic, Compound", "Siemens, Erlangen",
    "Bothell, WA", "Berlin, Germany\nVoluson E10",
])
def test_a_comma_pair_without_patient_data_beside_it_is_no_name(text):
    assert comma_names(text) == []


def test_a_comma_name_is_found_beside_each_kind_of_patient_data():
    for anchor in ("12/03/1960", "08:19", "4410021", "PL-55012", "45Y", "F", "DOB", "ID: 7"):
        assert comma_names(f"Green, Sarah\n{anchor}") == [(0, 12)], anchor
        assert comma_names(f"{anchor}\nGreen, Sarah") == [(len(anchor) + 1, len(anchor) + 13)], anchor
    assert comma_names("Green, Sarah\nVatech PaX-i3D\n12/03/1960") == []  # two lines away


# -- 2. echo methods are device text --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Biplane Simpson 58 %", "EF Simpson 58%", "Simpson BP EF 58 %", "Simpson BP EF", "EF(Teich) 62 %",
    "Teichholz", "PISA Radius 0.8 cm", "Bernoulli 4V2", "EF (MOD-bp) 58 %",
])
def test_echo_methods_are_device_text(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text, name", [
    ("Name: Mary Simpson", ["Mary", "Simpson"]),
    ("Simpson Mary\n12/03/1960", ["Simpson", "Mary"]),
    ("Ref: Dr. Simpson", ["Simpson"]),
])
def test_a_person_named_simpson_is_still_a_person(analyzer, text, name):
    assert set(name) <= covered(analyzer, text).get("PERSON", set())


# -- 3. titles join only a name ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Knee Left", "PROF Abdomen", "PROF GE Knee", "DR System", "Prof. Grade 2", "PROF: Cardiac Adult",
    "DR Chest PA", "DR 60  Gain 45", "MR Brain w/o", "Ms 120", "Dr 3.5 mm",
])
def test_a_title_before_vocabulary_or_a_number_is_no_name(analyzer, text):
    assert painted(analyzer, text) == set()


@pytest.mark.parametrize("text, title, name", [
    ("Dra. Ana Lopez", ["Dra."], ["Ana", "Lopez"]),
    ("Sr. Juan Perez", ["Sr."], ["Juan", "Perez"]),
    ("Sra. Lucia Gomez", ["Sra."], ["Lucia", "Gomez"]),
    ("Prof Dr med Hans Mueller", ["Prof", "Dr", "med"], ["Hans", "Mueller"]),
    ("Prof. Dr. Hans Mueller", ["Prof.", "Dr."], ["Hans", "Mueller"]),
    ("Ref Phys: DR J SMITH", ["DR"], ["J", "SMITH"]),
    ("Dr Smith", ["Dr"], ["Smith"]),
    ("Dr.Okonkwo", [], ["Dr.Okonkwo"]),             # glued in one OCR word: painted whole
    ("Prof. Dr.Okonkwo", ["Prof."], ["Dr.Okonkwo"]),
    ("MRS. ALICE BROWN", ["MRS."], ["ALICE", "BROWN"]),
    ("PROF OKAFOR", ["PROF"], ["OKAFOR"]),
    ("Mx Robin Adeyemi", ["Mx"], ["Robin", "Adeyemi"]),
    ("Miss Ingrid Solberg  12/03/2011", ["Miss"], ["Ingrid", "Solberg"]),
])
def test_a_title_before_a_name_finds_it_and_stays(analyzer, text, title, name):
    """A title names no one once the name is painted (`test_recognizers_titles.py`): it stays, as a label does."""
    got = covered(analyzer, text)
    assert set(name) <= got.get("PERSON", set()), got
    assert not set(title) & set().union(*got.values()), got


def test_titled_names_spans():
    assert titled_names("Prof Dr med Hans Mueller") == [(12, 24)]  # the name, not the title chain
    assert titled_names("Dr. Grace Okafor") == [(4, 16)]
    assert titled_names("Dr.Okonkwo") == [(3, 10)]  # the analyzer paints the glued word whole
    assert titled_names("Mr Knee Left") == []
    assert titled_names("DR System") == []
    assert titled_names("SR 12") == []


# -- 4. institutions ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SUNNYBROOK HSC", "WALTER REED RMC", "Gorodskaya Bolnitsa No. 40", "City Hospital N 7",
    "Gradska Bolnica Nr 2", "UNIV HOSP OF LEUVEN",
])
def test_abbreviated_and_transliterated_institutions_are_found_whole(analyzer, text):
    assert covered(analyzer, text).get("ORGANIZATION") == set(text.split()), covered(analyzer, text)


@pytest.mark.parametrize("text", [
    "Cardiothoracic Ratio (CTR) 0.48", "CTR 0.52", "Norland XR-800", "TMJ Open", "TMJ Closed", "HSC 2 Gain 40",
])
def test_device_text_near_institution_words_is_not_painted(analyzer, text):
    assert painted(analyzer, text) == set()


def test_letters_of_a_caps_head_are_heads_only_at_the_end_of_the_field():
    assert has_institution_head("SUNNYBROOK HSC")
    assert not has_institution_head("JOHN MC DONALD")
    assert not has_institution_head("MC Doppler")


# A second break-test round: a console's menu words after an abbreviation that is also a title.
@pytest.mark.parametrize("text", ["SR Export", "SR Doc Title", "DR Wide", "Dr Mode  High", "Dr. Setting",
                                  "SR Template"])
def test_menu_words_after_a_title_like_abbreviation_are_no_titled_name(text):
    assert titled_names(text) == []


def test_a_spanish_title_in_capitals_needs_its_point():
    assert titled_names("SR. JUAN PEREZ") == [(4, 14)]
    assert titled_names("SR JUAN PEREZ") == []
