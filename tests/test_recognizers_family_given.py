"""Review 7 and break-test round 2 (issue #14), names, fixed as kinds:

- a 'FAMILY, GIVEN' field whose family name is compound or carries its particles ('Alvarez
  Dominguez, Ines', 'DE LA CRUZ, MARIA LUISA', 'van der Berg, Eva') is one name, all of it painted,
  and so is one whose given names are two or hyphenated;
- the given-name slot after a family name the model read as a person is a person
  ('Haddad, Yasmin': spaCy calls 'Yasmin' a place);
- a comma pair in capitals is no name where either side is vocabulary or it is a place pair
  ('HEAD, NECK', 'SIEMENS, ERLANGEN', 'BOTHELL, WA'); 'NGUYEN, THI' is a name;
- a setting's state ('Segmentation On') is no word of a banner name.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import comma_names, is_place, not_a_comma_name

from .test_recognizers_context import banner, by_recognizer, covered, painted

# -- 1. compound and particle family names, two or hyphenated given names ------------------------

@pytest.mark.parametrize("text, name", [
    ("Alvarez Dominguez, Ines\nOF-22871\nDOB 1990-12-06", ["Alvarez", "Dominguez,", "Ines"]),
    ("DE LA CRUZ, MARIA LUISA\nAG20260044", ["DE", "LA", "CRUZ,", "MARIA", "LUISA"]),
    ("DE LA CRUZ, MARIA-LUISA\nAG20260044", ["DE", "LA", "CRUZ,", "MARIA-LUISA"]),
    ("van der Berg, Eva\n12/03/1960", ["van", "der", "Berg,", "Eva"]),
    ("Dos Santos, Ana  F 45Y", ["Dos", "Santos,", "Ana"]),
    ("Garcia de la Torre, Juan\nMRN 4410021", ["Garcia", "de", "la", "Torre,", "Juan"]),
    ("al-Rashid, Omar\n12/03/1960", ["al-Rashid,", "Omar"]),
    ("Mc Donald, Ian\nID 40012877", ["Mc", "Donald,", "Ian"]),
    ("Nguyen, Thi Lan\n12/03/1960", ["Nguyen,", "Thi", "Lan"]),
    ("Silva, Jean-Pierre  M 52Y", ["Silva,", "Jean-Pierre"]),
])
def test_a_compound_or_particle_family_name_is_painted_whole(analyzer, text, name):
    got = covered(analyzer, text)
    assert set(name) <= got.get("PERSON", set()), got
    assert "PL-" not in str(got)


def test_a_compound_name_is_one_box_over_the_gap_between_its_given_names(analyzer):
    # OCR dropped the hyphen of 'MARIA-LUISA': the box must still run over the gap it left.
    words = banner("DE LA CRUZ, MARIA LUISA\nAG20260044")
    maria, luisa = (w for w in words if w.text in ("MARIA", "LUISA"))
    boxes = [f.box for f in analyzer.analyze(words) if f.entity_type == "PERSON"]
    assert any(b.left <= maria.box.left and b.right >= luisa.box.right for b in boxes), boxes


@pytest.mark.parametrize("text, name", [
    ("De La Cruz, Maria", ["De", "La", "Cruz,", "Maria"]),
    ("Van Dam, Eva", ["Van", "Dam,", "Eva"]),
    ("Dos Santos, Ana", ["Dos", "Santos,", "Ana"]),
])
def test_a_particle_family_name_the_model_reads_as_a_person_takes_its_given_name(analyzer, text, name):
    assert set(name) <= covered(analyzer, text).get("PERSON", set())


def test_the_given_name_slot_of_a_person_is_a_person_whatever_the_model_calls_it(analyzer):
    got = covered(analyzer, "Haddad, Yasmin")
    assert {"Haddad,", "Yasmin"} <= got.get("PERSON", set()), got
    assert "Yasmin" not in got.get("LOCATION", set()) | got.get("ORGANIZATION", set())


def test_a_one_word_family_name_needs_more_than_the_models_person_reading():
    # 'Mild' read as a person, 'Moderate' read as nothing: a grading scale, not a name.
    assert comma_names("Mild, Moderate", [("PERSON", 0, 4)]) == []
    assert comma_names("Haddad, Yasmin", [("PERSON", 0, 6), ("LOCATION", 8, 14)]) == [(0, 14)]
    assert comma_names("De La Cruz, Maria", [("PERSON", 0, 10)]) == [(0, 17)]
    # a place pair stays a place whatever the model says; vocabulary stays vocabulary
    assert comma_names("Austin, Texas", [("PERSON", 0, 6), ("LOCATION", 8, 13)]) == []
    assert comma_names("Abd Pelvis, Routine", [("PERSON", 0, 10), ("PERSON", 12, 19)]) == []


# -- 2. comma pairs that are no names --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "HEAD, NECK", "LIVER, SPLEEN", "BREAST, RIGHT", "KIDNEY, BLADDER", "LEFT, LATERAL", "ABDOMEN, PELVIS",
    "SIEMENS, ERLANGEN", "PHILIPS, BEST", "HOUSTON, TEXAS", "BOTHELL, WA", "BERLIN, GERMANY",
])
def test_a_comma_pair_in_capitals_of_vocabulary_or_places_is_no_person(analyzer, text):
    assert not_a_comma_name(text)
    assert covered(analyzer, text).get("PERSON", set()) == set()


@pytest.mark.parametrize("text", ["NGUYEN, THI", "GREEN, SARAH", "MULLER, JURGEN", "DOE, JOHN A", "ROSE, HOPE"])
def test_a_name_in_capitals_stays_a_name(analyzer, text):
    assert not not_a_comma_name(text)
    words = {w.rstrip() for w in text.split() if len(w.strip(",")) > 1}
    assert words <= covered(analyzer, text).get("PERSON", set())


def test_a_place_pair_in_a_patient_block_is_still_painted(analyzer):
    # A patient's town beside the date of birth is PHI whoever reads it as what.
    assert {"Austin,", "Texas"} <= painted(analyzer, "Smith, John\nAustin, Texas  DOB 12/03/1960")


@pytest.mark.parametrize("place, yes", [
    ("Texas", True), ("WA", True), ("Germany", True), ("Ontario", True), ("Georgia", False),
    ("Jordan", False), ("Maria", False), ("wa", False),
])
def test_places_are_countries_states_and_provinces_not_given_names(place, yes):
    assert is_place(place) is yes


# -- 3. a setting's state is no name word ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2026-10-07  Segmentation On", "5550913\n2026-10-07  Segmentation On", "12/03/1960  Tracking Off",
    "DOE, JOHN  ID 4410021\nSegmentation On  2026-10-07", "Fusion Off\n12/03/1960",
])
def test_a_setting_and_its_state_beside_patient_data_is_no_name_field(analyzer, text):
    # (spaCy may still read a word across the line break as a person: that is the model's.)
    fields = by_recognizer(analyzer, text).get("PERSON overlay-name-field", set())
    assert not fields & {"Segmentation", "On", "Fusion", "Off", "Tracking"}
    assert not painted(analyzer, text) & {"On", "Off"}


def test_after_a_name_label_on_is_a_name_word(analyzer):
    assert {"Kim", "On"} <= covered(analyzer, "Name: Kim On").get("PERSON", set())
