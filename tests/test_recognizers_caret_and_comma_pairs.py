"""Pairs that are a name by their separator or not, without a label and without metadata (issue #14):

- a DICOM PN's caret is also the separator of a vendor's protocol tree: StudyDescription
  (0008,1030) and ProtocolName (0018,1030) print 'Region^Protocol' ('Head^Routine', 'Kopf^Routine',
  'Голова^Рутина', '頭部^ルーチン'). Two components that are both vocabulary are no name; one
  vocabulary component beside a name-like one is ('HEAD^SARAH', 'Hlava^Petr');
- a PN in a script without case ('山田^太郎', '김^민수'), and a PN of one component ('^JOHN',
  'Nowak^'), is a person;
- 'Family Family, Given' alone on its line whose surnames are vocabulary ('Head Long, Sarah') is a
  name where the given-name slot is a given name; with vocabulary there it is a device's or a
  report's line ('Kopf Hals, Kontrast', 'Grand Total, Mean').

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import comma_names, not_a_caret_name

from .test_recognizers_context import covered, painted

# A CT corner as devices write it: the study description on a line of its own under the model.
_CORNER = "SOMATOM Definition AS+\n{text}\nSe: 3  Im: 45\nkV 120  mA 250"


@pytest.mark.parametrize("text", [
    "Head^Routine", "HEAD^ROUTINE", "CHEST^PE", "MR^Brain", "Thorax^Routine", "ABDOMEN^MULTIPHASE",
    "Kopf^Routine", "Brust^Standard", "Neuro^Kopf", "Hlava^Rutina", "Głowa^Rutyna", "Cabeza^Rutina",
    "Κεφαλή^Ρουτίνα", "Голова^Рутина", "Живот^Контраст", "頭部^ルーチン", "胸部^造影", "흉부^조영",
    "Spine^LSpine_Routine", "Abdomen^Liver^",
])
def test_a_caret_study_description_is_kept(analyzer, text):
    assert text not in painted(analyzer, _CORNER.format(text=text))


def test_a_study_description_after_its_label_is_kept(analyzer):
    assert "CT^Head" not in painted(analyzer, "Study: CT^Head\nSe: 2")


@pytest.mark.parametrize("text", [
    "HEAD^SARAH", "Hlava^Petr", "ROOT^JOSEPH", "Kopf^Anna", "LIVER^JAMES^^DR", "SMITH^CONTRAST",
    "山田^太郎", "佐藤^花子", "김^민수", "이^영희", "^JOHN", "^Maria^^", "Nowak^", "ИВАНОВА^",
    "Yamada^Tarou=山田^太郎",
])
def test_a_caret_name_is_painted(analyzer, text):
    assert text in covered(analyzer, _CORNER.format(text=text)).get("PERSON", set())


@pytest.mark.parametrize(("text", "description"), [
    ("Head^Routine", True), ("Голова^Рутина", True), ("^Routine", True), ("Abdomen^", True),
    ("Spine^LSpine_Routine", True), ("HEAD^SARAH", False), ("^JOHN", False), ("Yamada^Tarou=山田^太郎", False),
])
def test_not_a_caret_name_judges_the_family_and_given_components(text, description):
    assert not_a_caret_name(text) is description


# -- 'Family Family, Given' with surnames that are vocabulary ----------------------------------

@pytest.mark.parametrize(("text", "given"), [
    ("Head Long, Sarah", "Sarah"), ("Testa Spalla, Giulia", "Giulia"), ("Hand Stone, Emily", "Emily"),
])
def test_vocabulary_surnames_with_a_given_name_are_a_name(text, given):
    start = text.index(given)
    # The model reads the given name as a person or (en_core_web_sm: 'Giulia') a place.
    assert comma_names(text, [("GPE", start, len(text))]) == [(0, len(text))]
    assert comma_names(f"{text}\nDOB 12.03.1961", [("PERSON", start, len(text))]) == [(0, len(text))]
    assert comma_names(text) == []  # the model read nothing there: no given name


@pytest.mark.parametrize("text", ["Kopf Hals, Kontrast", "Grand Total, Mean", "Head Neck, Contrast",
                                  "Testa Collo, Mezzo", "Brust Bauch, Nativ", "Kidney Ureter, Stone"])
def test_vocabulary_in_the_given_slot_or_an_organisation_there_is_no_name(text):
    given = text.split(", ")[1]
    start = text.index(given)
    entity = "ORG" if given == "Stone" else "GPE"
    assert comma_names(text, [(entity, start, len(text)), ("PERSON", 0, start - 2)]) == []


def test_a_vocabulary_surname_line_is_painted_by_the_analyzer(analyzer):
    found = covered(analyzer, "Head Long, Sarah")
    assert {"Head", "Long,", "Sarah"} <= found.get("PERSON", set())
    assert not {"Grand", "Total,", "Mean"} & covered(analyzer, "Grand Total, Mean").get("PERSON", set())
