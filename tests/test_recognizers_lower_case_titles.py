"""A title typed in lower case before a lower-case name that fills a field (`lower_titled_names`):
review 13's study list wrote its Referring column 'dr leota', 'dr havili' in a mixed-case row. The
siblings: a label before the title, the title with its point, two name words, 'dra', 'drs', 'prof',
'doc'. Device words after such a title ('dr mode', 'doc viewer') and a title inside prose are no
field's name. And given names that are also common words (Hope, Grace, King, Rose, May, Bishop,
Young, Faith, Hunter, Summer, Star, Bill) are found after a label, in a 'FAMILY^GIVEN' or
'FAMILY, GIVEN' cell and after a lower-case title, while the same words in prose and device text
stay. Real analyzer."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import lower_titled_names
from tests.test_recognizers_context import painted


@pytest.mark.parametrize(("text", "name"), [
    ("15.11.2026  A26-44120  fa'amausili tavita  dr leota  US01", {"leota"}),
    ("15.11.2026  A26-44121  tupou mele  dr havili  CR02", {"havili"}),
    # the columns a few pixels apart: one space between them in the OCR line
    ("15.11.2026 A26-44120 fa'amausili tavita dr leota US01", {"leota"}),
    ("14.11.2026 A26-44098 schwenke lagi dr sione leota CT01", {"sione", "leota"}),
    ("Ref: dr havili", {"havili"}),
    ("Referring: prof. sione taufa", {"sione", "taufa"}),
    ("Study  dra maria lopes  CT01", {"maria", "lopes"}),
    ("Arts  drs jansen  MR02", {"jansen"}),
    ("Lekár  doc. novak  CT03", {"novak"}),
    ("14.11.2026  A26-44098  KING^HOPE  Dr leota  CT01", {"leota", "KING^HOPE"}),
    ("Study Date  Accession  Name  Referring\n15.11.2026  A26-44122  bishop grace  dr young  US01", {"young"}),
])
def test_the_name_after_a_lower_case_title_is_painted(analyzer, text, name):
    assert name <= painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "Mode  dr mode  2", "Viewer  doc viewer", "prof low  gain 40", "dr detector  ready",
    "Export  dr system  CT01",
    # prose: the next word is lower-case (the NER model's, not this rule's)
    "the patient was seen by dr leota in the clinic", "referred by dr leota for review",
])
def test_no_field_name_after_a_lower_case_title(text):
    assert lower_titled_names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Name: KING^GRACE", {"KING^GRACE"}),
    ("Patient Name: Young, Faith", {"Young,", "Faith"}),
    ("Patient: May Bishop", {"May", "Bishop"}),
    ("Name: Star Summer", {"Star", "Summer"}),
    ("Patient: Rose Hunter", {"Rose", "Hunter"}),
    ("Name: HOPE GRACE", {"HOPE", "GRACE"}),
    ("Hunter, Bill  M 61Y", {"Hunter,", "Bill"}),
    ("Summer, Star\nID: 4471203\nDOB: 01.02.1980", {"Summer,", "Star"}),
    ("KING^HOPE\nID 88123", {"KING^HOPE"}),
])
def test_given_names_that_are_common_words_are_painted_in_a_name_field(analyzer, text, name):
    assert name <= painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "Hope of recovery is high",
    "Star protocol  Young modulus 12 kPa",
    "Grace period  Bill code 401",
    "Hunter Mode On",
])
def test_the_same_words_in_prose_and_device_text_stay(analyzer, text):
    assert painted(analyzer, text) == set()
