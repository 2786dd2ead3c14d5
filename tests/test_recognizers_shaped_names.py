"""Names found by their shape, whatever the label's language (review 14: a Ukrainian 'Likar:', an
Estonian 'Hinnanud:', a Malaysian worklist row):

- given and family names joined by their culture's connector (Malaysian 'A/P', 'A/L'; 's/o',
  'd/o'; Malay 'bin', 'binti', 'bte'; Arabic 'ibn', 'bint') in capitals or title case;
- a surname with its pointed initials at a field's start, either order ('Shevchuk K.V.',
  'K.V. Shevchuk', 'Bondarenko O.', OCR's 'Bondarenko 0.');
- a hyphenated given name and its surname after a label's colon ('Mari-Liis Kuusk');
- an abbreviated given name opening a name ('Ma. Cristina', 'Md. Rahim', 'Mohd Faiz');
- a login after the user label of the round's languages ('Pengguna: amirul.h').

Device words in the same shapes stay: a connector's word in another case ('Recycle BIN Folder'),
a setting and a letter ('Phase A.'), a hyphenated filter or sequence ('Shepp-Logan Filter').

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import login_names, shaped_names

from .test_recognizers_context import covered, painted


def _shaped(text: str) -> list[str]:
    return [text[a:b] for a, b in shaped_names(text)]


# -- connectors -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "RAJESWARI A/P MUNIANDY", "KUMARAN A/L SUBRAMANIAM", "Rajeswari A/P Muniandy", "Muthu s/o Ramasamy",
    "PRIYA D/O KRISHNAN", "SITI AMINAH BINTI ABDULLAH", "Ahmad Faizal bin Ismail", "NUR AISYAH BTE OMAR",
    "Omar ibn Khalid", "Fatima bint Hassan",
])
def test_a_name_joined_by_a_connector_is_a_person_on_a_worklist_row(analyzer, name):
    row = f"{name}  HKL-611540  25/12/1982  MRI Otak"
    assert _shaped(row) == [name]
    assert set(name.split()) <= covered(analyzer, row).get("PERSON", set())


@pytest.mark.parametrize("text", [
    "Fig. 3  Recycle BIN Folder", "Bin 4 Tray", "Sort BIN", "Flow Rate A/P Ratio", "A/P 12.4",
    "Image A/P View",
])
def test_a_connector_among_device_words_joins_no_name(text):
    assert _shaped(text) == []


# -- surname and initials ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Likar: Shevchuk K.V.", "Shevchuk K.V."),
    ("Likar: Bondarenko O.", "Bondarenko O."),
    ("Likar: Bondarenko 0.", "Bondarenko 0."),
    ("Vrach: K.V. Shevchuk", "K.V. Shevchuk"),
    ("Lekarz: Nowak J.", "Nowak J."),
    ("Arst: Tamm K.", "Tamm K."),
    ("Gydytojas: Petrauskas A.B.", "Petrauskas A.B."),
    ("Doktor: Shevchuk, K.-V.", "Shevchuk, K.-V."),
])
def test_a_surname_and_its_initials_after_any_label_are_a_name(analyzer, text, name):
    assert _shaped(text) == [name]
    words = painted(analyzer, text)
    assert set(name.split()) <= words and text.split()[0] not in words


@pytest.mark.parametrize("text", [
    "Phase A.", "Lesion B.  Size 12 mm", "Series 3.", "Fig. A.", "Appendix C.", "Vitamin D.", "Head A.P.",
])
def test_a_device_word_and_a_letter_are_no_name(text):
    assert _shaped(text) == []


# -- hyphenated given names -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Hinnanud: Mari-Liis Kuusk", "Mari-Liis Kuusk"),
    ("Befundet: Anna-Lena Berg", "Anna-Lena Berg"),
    ("Interprété: Jean-Baptiste Moreau", "Jean-Baptiste Moreau"),
    ("Arvioinut: Anna-Kaisa Virtanen", "Anna-Kaisa Virtanen"),
    ("Signed: Hans-Peter Maier", "Hans-Peter Maier"),
])
def test_a_hyphenated_given_name_and_surname_after_a_label_are_a_name(analyzer, text, name):
    assert _shaped(text) == [name]
    assert set(name.split()) <= painted(analyzer, text)


@pytest.mark.parametrize("text", ["Filter: Shepp-Logan Filter", "Mode: Ultra-Fast Spin", "Kernel: Ram-Lak",
                                  "Flow: Time-Of Flight"])
def test_a_hyphenated_setting_after_a_label_is_no_name(text):
    assert _shaped(text) == []


# -- abbreviated given names ----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("Ma. Cristina Dela Cruz-Santos", {"Ma.", "Cristina", "Dela", "Cruz-Santos"}),
    ("Md. Rahim Uddin", {"Md.", "Rahim", "Uddin"}),
    ("Mohd Faiz Hakimi", {"Mohd", "Faiz", "Hakimi"}),
    ("Ma. Luisa Reyes", {"Ma.", "Luisa", "Reyes"}),
])
def test_an_abbreviated_given_name_opens_the_name_field(analyzer, line, name):
    """A name field beside its ID: the abbreviation before the given name is painted with it."""
    text = f"{line}  ID 02-051234567-8  12/03/1990"
    assert name <= covered(analyzer, text).get("PERSON", set())


# -- logins -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "login"), [
    ("Tarikh: 7 Jul 2026 Pengguna: amirul.h", "amirul.h"), ("Korisnik: m.jovanovic", "m.jovanovic"),
    ("Kasutaja: kkuusk", "kkuusk"), ("Utilizator: apopescu", "apopescu"), ("Mtumiaji: jmwangi", "jmwangi"),
    ("Foydalanuvchi: a.karimov", "a.karimov"),
])
def test_a_login_after_a_user_label_of_the_rounds_languages_is_a_name(text, login):
    assert [text[a:b] for a, b in login_names(text)] == [login]


@pytest.mark.parametrize("text", ["Pengguna: admin", "Korisnik: service", "Kasutaja: guest"])
def test_a_shared_account_is_no_one(text):
    assert login_names(text) == []
