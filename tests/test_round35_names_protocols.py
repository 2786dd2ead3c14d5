"""Round 35 (review 19 A): staff names after the lower-case titles of Italian, Polish and Czech and
in lists of titled names, a capitals family name with an apostrophe or a hyphen before a title-case
given name, and the protocol and reformat names of the Nordic, Dutch and Romance consoles.

- A staff surname after a local professional title with no label before it ('lek. Wiśniewski' under
  an MR's sequence lines, 9 px; Italian 'prof.', 'dott.', 'dott.ssa' in lower case, as Treccani and
  the Accademia della Crusca write them; Polish 'prof. dr hab.'; Czech 'doc. MUDr.'): the surname is
  painted, the title stays (a title names no one), the device words on the row stay.
- The second and later person of a list of titled names ('Op. prof. Ferraro / dott. Colombo',
  'Dr. Rossi; Dr.ssa Bianchi'): each name is painted, the separator ends the first.
- 'O'BRIEN-HAYES, Margaret A': the banner's 'FAMILY, Given' with the family name in capitals and an
  apostrophe or a hyphen inside it (a shape no device pair has) is a person in two case styles.
- 'CT CAPUT UTEN KONTRAST' (Norway's NCRP procedure names, Latin anatomy), 'Coronaal MIP' (a Dutch
  reformat): protocol and view names are device text, whatever the model calls them.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline (the session's
`analyzer` fixture), laid out as the review's images lay them out.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import comma_names, titled_names

from .helpers import ocr_rows
from .test_recognizers_context import covered, painted

# An MR's sequence rows at the bottom left, the staff line's title and surname far to the right on the
# first of them (as 'TR:2500 TE:24 TI:920 ... lek. Wiśniewski' of review 19's Polish MR).
_MR_ROWS = ((2, 298, "TR:2500 TE:24 TI:920"), (3, 312, "ET:8 FOV:24x24 ST:5.0"))
_MR_DEVICE = {"TR:2500", "TE:24", "TI:920", "ET:8", "FOV:24x24", "ST:5.0"}


# -- 1. a staff surname after a local professional title, no label ----------------------------------

@pytest.mark.parametrize("title, surname", [
    ("lek.", "Zieliński"),          # pl lekarz (Naczelna Izba Lekarska's forms: 'lek. Kowalski')
    ("Lek.", "Wójcik"),
    ("Iek.", "Kowalczyk"),          # 9 px: PP-OCR's capital I for the small l
    ("prof.", "Ferrante"),          # it professore, in lower case (Treccani, "abbreviazioni")
    ("dott.", "Marchetti"),         # it dottore
    ("dott", "Marchetti"),          # its point lost by OCR at 10 px
    ("prof.ssa", "Galli"),          # it professoressa
    ("dott.ssa", "Conti"),          # it dottoressa, lower case
    ("doc. MUDr.", "Dvořák"),       # cs/sk docent before the degree (Act 111/1998 Coll., s. 46)
    ("prof. dr hab.", "Kamińska"),  # pl professor, habilitated doctor
])
def test_a_staff_surname_after_a_local_title_is_painted_the_title_and_device_words_stay(analyzer, title, surname):
    text = f"{title} {surname}"
    assert titled_names(text) == [(len(title) + 1, len(text))]
    words = ocr_rows(*_MR_ROWS, (256, 298, text))
    found = covered(analyzer, words)
    assert surname in found.get("PERSON", set())
    assert not _MR_DEVICE & set().union(*found.values())


@pytest.mark.parametrize("text", [
    # 'lek.' before one word: that word must be a name ('Aorta' anatomy, 'Kontrastowy' contrast, a ward)
    "lek. Aorta", "lek. Kontrastowy", "lek. Pracownia", "lek 5 mg", "Iek. Aorta",
    # 'prof' is a profile without its point; 'doc.' alone may be a document's; numbers name no one
    "prof Standard", "prof 2", "prof. 3", "doc. Viewer", "dott. 12",
])
def test_a_lower_case_title_before_no_name_makes_none(text):
    assert titled_names(text) == []


# -- 2. the second (and later) person of a list of titled names -------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Op. prof. Ferrante / dott. Marchetti", ["Ferrante", "Marchetti"]),
    ("Op. prof. Ferrante dott Marchetti", ["Ferrante", "Marchetti"]),  # the slash unread, the point lost
    ("Op. dott. Galli / dott.ssa Conti", ["Galli", "Conti"]),
    ("Op.: Dr. Russo; Dr.ssa Greco", ["Russo", "Greco"]),
    ("MUDr. Novák; MUDr. Dvořák", ["Novák", "Dvořák"]),
    ("lek. Nowak/ lek. Zielińska", ["Nowak", "Zielińska"]),
    ("Uzm. Dr. Yılmaz / Doç. Dr. Demir", ["Yılmaz", "Demir"]),
])
def test_each_titled_name_of_a_list_is_found(analyzer, text, names):
    spans = titled_names(text)
    assert [text[a:b] for a, b in spans] == names
    found = covered(analyzer, ocr_rows((4, 29, "Nato/a il 02/01/1957"), (345, 29, text)))
    person = {w.strip(";/") for w in found.get("PERSON", set())}
    assert set(names) <= person


@pytest.mark.parametrize("text, kept", [
    ("Dr. Russo; Serie 3", {"Serie", "3"}),
    ("Op. prof. / dott.", {"Op.", "prof.", "/", "dott."}),
])
def test_a_list_separator_takes_no_device_word_into_a_name(analyzer, text, kept):
    assert not kept & painted(analyzer, ocr_rows((345, 29, text)))


# -- 3. 'FAMILY, Given' with an apostrophe or a hyphen in the capitals family name -------------------

@pytest.mark.parametrize("family, given", [
    ("D'ANGELO-RUIZ,", "Carmen"),
    ("N'DIAYE-FALL,", "Awa"),
    ("O'BRIEN-HAYES,", "Margaret"),
    ("D'SOUZA-PEREIRA,", "Anita"),
    ("M'BAREK-HADDAD,", "Yasmine"),
])
def test_a_capitals_family_name_with_an_apostrophe_or_a_hyphen_before_a_title_case_given_name(
        analyzer, family, given):
    line = f"{family} {given}"
    assert comma_names(line) == [(0, len(line))]
    found = covered(analyzer, ocr_rows((6, 7, line), (6, 35, "DOB: 01/02/1947 F")))
    assert {family, given} <= found.get("PERSON", set())


@pytest.mark.parametrize("line", ["ABD-PEL, Routine", "T1-FLAIR, Axial", "CT, Abdomen", "NON-CON, Series",
                                  "L'ANSE, Quebec"])
def test_a_device_pair_in_two_case_styles_is_no_comma_name(line):
    assert comma_names(line) == []


# -- 4. and 5. protocol and reformat names of the local consoles -------------------------------------

@pytest.mark.parametrize("protocol", [
    "CT CAPUT UTEN KONTRAST",            # no: head without contrast (NCRP)
    "MR CEREBRUM MED KONTRAST",          # no: with contrast
    "CT COLUMNA CERVICALIS",             # Latin anatomy of the procedure code list
    "CT cerebrum uden kontrast",         # da
    "DT Hjärna utan kontrast",           # sv
    "MR GENU SIN",
    "CT Caput/Collum",
])
def test_a_nordic_or_latin_protocol_name_is_kept(analyzer, protocol):
    words = ocr_rows((6, 455, protocol), (6, 497, "Henv. lege K. Strand"))
    found = covered(analyzer, words)
    assert not set(protocol.split()) & set().union(*found.values())
    assert "Strand" in found.get("PERSON", set())  # the referring doctor under it stays painted


@pytest.mark.parametrize("view", [
    "Coronaal MIP", "Sagittaal MPR", "Transversaal", "Axiaal 3D VR",  # nl
    "Koronal MIP", "Aksial MPR",                                      # de/no/da
    "Sagittale MIP", "Assiale MPR",                                   # it
    "Coronais MIP",                                                   # pt
])
def test_a_localised_reformat_view_name_is_kept(analyzer, view):
    words = ocr_rows((4, 5, "de Vries, Annelies"), (4, 19, "BSN 123456782  30-01-2024"),
                     (4, 375, "SUVbw max 8.4"), (330, 375, view))
    found = covered(analyzer, words)
    assert not set(view.split()) & set().union(*found.values())
    assert {"Vries,", "Annelies"} <= found.get("PERSON", set())  # the patient stays painted


@pytest.mark.parametrize("text, name", [
    # a name that is also a protocol word, after a name label: still a name (the label says so)
    ("Pasient: Uden, Kari", "Kari"),
    ("Navn: Genu Hansen", "Hansen"),
    ("Patient: Caput, Erik", "Erik"),
])
def test_a_labelled_name_with_a_protocol_word_stays_painted(analyzer, text, name):
    assert name in covered(analyzer, ocr_rows((6, 7, text))).get("PERSON", set())


@pytest.mark.parametrize("text, names", [
    ("Operator: Rossi; Bianchi", {"Rossi;", "Bianchi"}),
    ("Ref: Smith / Jones / Brown", {"Smith", "Jones", "Brown"}),
    ("Ref. Phys.: Grace Okafor; Ana Lima", {"Grace", "Okafor;", "Ana", "Lima"}),
    ("Médico: Souza / Lima", {"Souza", "Lima"}),
    ("Tech: RTS / JMK", {"RTS", "JMK"}),
])
def test_each_name_of_a_labelled_list_is_found(analyzer, text, names):
    assert names <= covered(analyzer, ocr_rows((6, 484, text))).get("PERSON", set())


@pytest.mark.parametrize("text, kept", [
    ("Tech: Auto; Manual", {"Auto;", "Manual"}),
    ("Operator: Service/ Admin", {"Service/", "Admin"}),
    ("Ref: Smith/ 2", {"2"}),
    ("Technician: Lee; Gain 50", {"Gain", "50"}),
])
def test_a_labelled_list_takes_no_setting_or_account_for_a_name(analyzer, text, kept):
    assert not kept & painted(analyzer, ocr_rows((6, 484, text)))


@pytest.mark.parametrize("text", ["Op. dott.\ndott.ssa", "Op. prof.\nprof.ssa", "Op. dott.\ndr.ssa"])
def test_a_lower_case_feminine_title_alone_is_no_name(analyzer, text):
    # what the verification pass reads once the names beside the titles are painted: the lower-case line
    # cased for the title rule ('Dott.Ssa') must stay one title, not a title and a name 'Ssa'
    assert "PERSON" not in covered(analyzer, text)
