"""Kinds a fresh reviewer still found missing (issue 14), and entity labels right for the text.

- names made of vocabulary words in a name field ('Li Na', 'Max Power', 'Young Park');
- credentials after a signed name ('Dr. Ann Lee MD'): never a finding, alone or after the name;
- places inside a hospital ('Ward 7B', 'ICU-2'; 'Room 214' beside patient data);
- the rule that knows what the text is decides its entity and is credited.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline;
two full in-process runs on drawn images.
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, font
from fw_gear_presidio_image_redactor.outputs.naming import csv_name
from fw_gear_presidio_image_redactor.recognize.recognizers.locations import NAME as HOSPITAL_LOCATION
from fw_gear_presidio_image_redactor.recognize.recognizers.names import FIELD, LABELLED

from .helpers import frame_pixels, glyphs_erased, read_csv_rows, run_cli, write_case
from .test_recognizers_context import banner


def findings(analyzer, text: str, header: Dataset | None = None) -> list[tuple[str, str, set[str]]]:
    """(entity, recognizer, the OCR words its box covers) of each finding on the banner `text`."""
    ws = banner(text)
    return [(f.entity_type, f.recognizer, {w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area})
            for f in analyzer.analyze(ws, header=header)]


def covered(analyzer, text: str, header: Dataset | None = None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for entity, _, words in findings(analyzer, text, header):
        out.setdefault(entity, set()).update(words)
    return out


# -- 1. names made of vocabulary words --------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("Name: Li Na", {"Li", "Na"}),                 # 'Na' is also a placeholder ('N/A')
    ("Patient Name: LI NA  F", {"LI", "NA"}),
    ("Pt Young Park", {"Young", "Park"}),          # a bare 'Pt' before two name words
    ("Patient Will May  DOB 03/11/1952", {"Will", "May"}),
])
def test_a_labelled_name_of_vocabulary_words_is_the_name(analyzer, text, name):
    got = [(e, r, w) for e, r, w in findings(analyzer, text) if e == "PERSON"]
    assert got and all(r == LABELLED for _, r, _ in got), got
    assert set().union(*(w for _, _, w in got)) == name


@pytest.mark.parametrize("text,name", [
    ("Li Na  ID 4410021", {"Li", "Na"}),
    ("LI NA  45Y", {"LI", "NA"}),
    ("Na Li  12/03/2011", {"Na", "Li"}),
    ("Rose Echo  ID 4410021", {"Rose", "Echo"}),   # 'Echo' is device vocabulary
])
def test_a_banner_name_slot_of_vocabulary_words_is_a_name(analyzer, text, name):
    got = [(r, w) for e, r, w in findings(analyzer, text) if e == "PERSON"]
    assert (FIELD, name) in got, got


@pytest.mark.parametrize("name_text,name,device_text", [
    ("Pt Young Park", {"Young", "Park"}, "Preset: Adult Echo"),
    ("Pt Young Park", {"Young", "Park"}, "Patient Position HFS"),        # PatientPosition (PS3.6)
    ("Pt Young Park", {"Young", "Park"}, "Patient Orientation A P"),
    ("Li Na  ID 4410021", {"Li", "Na"}, "Sm Parts  ID 4410021"),        # a two-letter word beside a device word
    ("Rose Echo  ID 4410021", {"Rose", "Echo"}, "Adult Echo  ID 4410021"),
    ("Rose Echo  ID 4410021", {"Rose", "Echo"}, "Gen Harmonic Tyra  ID 4410021"),  # a longer device field
    ("Name: Li Na", {"Li", "Na"}, "Name: NA  ID 4410021"),                # a placeholder alone names no one
])
def test_the_name_is_found_and_the_device_text_beside_its_kind_stays(analyzer, name_text, name, device_text):
    assert covered(analyzer, name_text).get("PERSON") == name
    assert not [f for f in findings(analyzer, device_text) if f[0] == "PERSON" and f[1] != "SpacyRecognizer"]
    assert not covered(analyzer, device_text).get("PERSON", set()) & {
        "Adult", "Echo", "Position", "HFS", "Parts", "Harmonic", "Orientation"}


# -- 2. credentials after a signed name --------------------------------------------------------

# Credentials OCR reads as words of their own stay (fix round 9: review 8's readers count them
# as other text; a credential names no one); the name before them is painted.
SIGNED = [
    ("Dr. Ann Lee MD", {"Ann", "Lee"}),  # the title stays too (`test_recognizers_titles.py`)
    ("John Smith, M.D.", {"John", "Smith,"}),
    ("Kim Lo RDMS", {"Kim", "Lo"}),
    ("Sonographer: J. Ortiz RDCS", {"J.", "Ortiz"}),
    ("Read by: Smith D.O.", {"Smith"}),  # 'DO' in capitals is also a surname (Vietnamese Đỗ): painted
    ("Signed by: Dr. Grace Okafor, MD, PhD", {"Grace", "Okafor,"}),
    ("Performed by: Maria Gomez RT(R)", {"Maria", "Gomez"}),
    ("Performed by: Shirin Moradi, RVT", {"Shirin", "Moradi,"}),
]


def test_a_signed_name_is_one_finding_and_its_credentials_stay(analyzer):
    """Every rendering alike: one PERSON finding over the name, none over its credentials."""
    for text, person in SIGNED:
        got = findings(analyzer, text)
        assert [(e, w) for e, _, w in got] == [("PERSON", person)], (text, got)


def test_a_credential_glued_to_the_surname_is_painted_with_it(analyzer):
    """'Smith,MD' in one OCR word: the word's box is the name's; the surname is not left half-painted."""
    assert {"John", "Smith,MD"} <= covered(analyzer, "John Smith,MD").get("PERSON", set())


def test_a_credential_alone_is_no_finding(analyzer):
    for text in ["MD", "RDMS, RVT", "Dr. Ann Lee  MD"]:  # the last: 'MD' in a field of its own
        assert not [f for f in findings(analyzer, text) if f[2] & {"MD", "RDMS,", "RVT"}], text


# -- 3. places inside a hospital ---------------------------------------------------------------

@pytest.mark.parametrize("text,value", [("Ward 7B", "7B"), ("ICU-2", "ICU-2"), ("NICU 14", "14"), ("HDU 3", "3")])
def test_a_ward_or_unit_is_a_location_wherever_it_is_read(analyzer, text, value):
    assert findings(analyzer, text) == [("LOCATION", HOSPITAL_LOCATION, {value})]


@pytest.mark.parametrize("place,value", [
    ("Room 214", "214"), ("Bed 12", "12"), ("Bay 3", "3"), ("OR 5", "5"), ("Rm 4-112", "4-112"), ("Rm4-112", "Rm4-112"),
    ("Ward: 7B", "7B"),
])
def test_a_room_bed_or_bay_beside_patient_data_is_a_location_and_its_kind_word_stays(analyzer, place, value):
    got = covered(analyzer, f"DOE JOHN  ID 4410021  {place}")
    assert got.get("LOCATION") == {value}, got
    got = covered(analyzer, f"DOE JOHN  12/03/2011\nLocation: {place}")  # under it: labelled (kinds6)
    assert got.get("LOCATION") == {value}, got


@pytest.mark.parametrize("device,banner_text,value", [
    ("Room 1", "DOE JOHN  ID 4410021  Room 1", "1"),
    ("Bay 3  Adult Echo  MI 1.1", "DOE JOHN  12/03/2011  Bay 3", "3"),
    ("Bed 2 of 5  SUV 3.1", "SMITH, JOHN  Bed 2", "2"),
    ("Either OR 5 drops", "DOE JOHN  45Y  OR 5", "5"),
    ("Room 1\n\n\n\n\n\nDOE JOHN  ID 4410021", "Pt Loc: Room 1\nDOE JOHN  ID 4410021", "1"),
])
def test_a_device_room_stays_unless_patient_data_is_near_it(analyzer, device, banner_text, value):
    assert "LOCATION" not in covered(analyzer, device), device
    assert covered(analyzer, banner_text).get("LOCATION") == {value}, banner_text


def test_the_header_patient_location_is_found_with_metadata(analyzer):
    header = Dataset()
    header.PatientName = "Doe^John"
    header.CurrentPatientLocation = "EAST 4 NORTH"
    got = findings(analyzer, "EAST 4 NORTH", header)
    assert [(e, w) for e, _, w in got if e == "LOCATION"] == [("LOCATION", {"EAST", "4", "NORTH"})], got


# -- 4. the rule that knows what the text is decides the label and is credited -----------------

@pytest.mark.parametrize("text,name", [
    ("Referring: Max Power", {"Max", "Power"}),    # spaCy: PERSON at 0.85, the label rule 0.7
    ("Patient: Rose Hill", {"Rose", "Hill"}),
])
def test_a_label_rule_is_credited_over_the_models_higher_score(analyzer, text, name):
    assert findings(analyzer, text) == [("PERSON", LABELLED, name)]


def test_a_name_slot_the_model_calls_a_place_is_a_person(analyzer):
    """spaCy reads 'Young Park' as a LOCATION; beside an ID it is the banner's name field."""
    assert ("PERSON", FIELD, {"Young", "Park"}) in findings(analyzer, "Young Park  MRN 554210")
    assert "LOCATION" not in covered(analyzer, "Young Park  MRN 554210")


# -- full runs on drawn images -----------------------------------------------------------------

def _after(size: int):
    """x where a value starts after a label drawn at x=20 in `size` px type (one space between)."""
    return lambda label: 20 + int(font(size).getlength(label + " "))


def test_detect_reports_the_right_entities_and_rules_on_a_drawn_banner(tmp_path):
    after = _after(24)
    specs = [
        TextSpec("Pt", 20, 16, None, 24), TextSpec("YOUNG PARK", after("Pt"), 16, "PERSON", 24),
        TextSpec("ID 4410021", 330, 16, "ID", 24),
        TextSpec("Ward", 20, 60, None, 24), TextSpec("7B", after("Ward"), 60, "LOCATION", 24),
        TextSpec("Preset: Adult Echo", 20, 104, None, 24),
    ]
    case = write_case(tmp_path / "in" / "us.dcm", specs, rows=256, columns=512)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "detect", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    rows = read_csv_rows(out / csv_name("us"))
    by_entity = {(r["entity_type"], r["recognizer"]) for r in rows}
    assert ("PERSON", LABELLED) in by_entity, rows
    assert ("LOCATION", HOSPITAL_LOCATION) in by_entity, rows
    assert not [r for r in rows if int(r["top"]) >= 100], rows  # the preset line stays


def test_redact_paints_a_signed_name_not_its_credential_and_a_bed_beside_the_name(tmp_path):
    after = _after(24)
    specs = [
        TextSpec("KOWALSKI, MARTHA", 20, 16, "PERSON", 24), TextSpec("03/11/1952", 300, 16, "DATE_TIME", 24),
        TextSpec("Bed:", 20, 60, None, 24), TextSpec("12", after("Bed:"), 60, "LOCATION", 24),
        TextSpec("Dr.", 20, 150, None, 24), TextSpec("Ann Lee", after("Dr."), 150, "PERSON", 24),
        TextSpec("MD", after("Dr. Ann Lee"), 150, None, 24),
        TextSpec("Bay 3", 20, 220, None, 24),
    ]
    case = write_case(tmp_path / "in" / "ct.dcm", specs, rows=512, columns=512)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    pixels = frame_pixels(out / "redacted_ct.dcm")
    segs = {s.text: s for s in case.synthetic.segments}
    for text in ("KOWALSKI, MARTHA", "03/11/1952", "12", "Ann Lee"):
        assert glyphs_erased(pixels, segs[text]), f"{text} still legible"
    for text in ("Bed:", "Bay 3", "MD", "Dr."):  # a label, a far bay, a credential and a title stay
        assert not glyphs_erased(pixels, segs[text]), f"{text} was erased"


# -- the edges of a name, and more labels (review 5, half A) ---------------------------------

@pytest.mark.parametrize("text,name", [
    ("Ordering Provider: Imani Brooks-Whitaker, MD, FAAP", {"Imani", "Brooks-Whitaker,"}),
    ("Interpreted by: Tomasz Wrobel", {"Tomasz", "Wrobel"}),
    ("Primary Care Physician: Lena Ortiz", {"Lena", "Ortiz"}),
    ("Provider: Kim Lo", {"Kim", "Lo"}),
])
def test_provider_and_by_labels_name_who_follows(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text,name", [
    # a middle initial one space after a name the model found
    ("ABERNATHY CLEO R  ID 4410021", {"ABERNATHY", "CLEO", "R"}),
    # surname particles written as words of their own, before a name field or a model's name
    ("Mc Allister, Fiona  DOB 05/07/1949", {"Mc", "Allister,", "Fiona"}),
    ("van der Berg, Anna  MRN 5520918", {"van", "der", "Berg,", "Anna"}),
])
def test_a_name_covers_its_initial_and_its_particles(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


def test_a_lone_letter_two_spaces_after_a_name_is_another_field(analyzer):
    """'R' as a laterality marker in the next field is not the name's initial."""
    result = covered(analyzer, "ABERNATHY CLEO  R  ID 4410021")
    assert {"ABERNATHY", "CLEO"} <= result.get("PERSON", set()) and "R" not in set().union(*result.values())
