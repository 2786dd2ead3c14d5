"""Break-test 13 of round 35: what round 35's staff-name rules painted that is no person.

- 'lek.' before one word: Polish 'lek' is also the drug, so a contrast or medication line ('lek.
  Gadovist', 'lek. Ultravist 370') and the Polish words of a form ('lek. Tak', 'lek. Podany') name no one;
  the surname alone after it ('lek. Wiśniewski') still does.
- The word after a slash or a semicolon after a labelled name: a department, a bay or a state ('Ref:
  Smith / ER', 'Tech: Smith / Stn 2', 'Lekarz: Nowak / SOR') is no second person; a name is ('Ref: Smith /
  Jones', 'REF: SMITH / LEE').
- Lower-case 'prof.' (an Italian console's profondità) and 'dott.' before an Italian common word ('prof.
  Alta', 'dott. Reparto'): no surname; 'dott. Rossi', 'prof. Ferraro' still are.

Recogniser level: the real Presidio analyzer and spaCy pipeline (the session's `analyzer` fixture) over OCR
words laid out one line per row (`found`), under a device's line.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.names import labelled_name, listed_names, titled_names

from .test_recognizers import found

_MR = "MAGNETOM Aera 1.5T TR 4500 TE 90\n"
_CT = "Revolution EVO 120 kV\n"
_US = "Esaote MyLab Freq 7.5 MHz\n"


def _person(analyzer, text: str) -> set[str]:
    return found(analyzer, text).get("PERSON", set())


# -- 1. 'lek.' before a drug or a Polish word ------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("lek. Gadovist", "Gadovist"),
    ("lek. Omnipaque", "Omnipaque"),
    ("Lek. Omnipaque", "Omnipaque"),
    ("lek. Ultravist 370", "Ultravist"),
    ("lek. Visipaque", "Visipaque"),
    ("lek. Iomeron", "Iomeron"),
    ("lek. Heparyna", "Heparyna"),
    ("lek. Propofol", "Propofol"),
    ("lek. Gadovist 1.0", "Gadovist"),
    ("Kontrast: lek. Gadovist", "Gadovist"),
    ("lek. Tak", "Tak"),
    ("lek. Nie", "Nie"),
    ("lek. Podany", "Podany"),
    ("lek. Sól", "Sól"),
])
def test_a_drug_or_a_polish_word_after_lek_is_no_person(analyzer, text, word):
    assert titled_names(text.split(": ")[-1]) == []
    assert word not in _person(analyzer, _MR + text)


@pytest.mark.parametrize("text, surname", [
    ("lek. Wiśniewski", "Wiśniewski"),
    ("lek. Nowak", "Nowak"),
    ("Iek. Kowalczyk", "Kowalczyk"),
    ("lek. Nowak 12.03.2025", "Nowak"),  # a date after the surname is no dose
])
def test_a_surname_alone_after_lek_stays_painted(analyzer, text, surname):
    assert surname in [text[a:b] for a, b in titled_names(text)]
    assert surname in _person(analyzer, _MR + text)


# -- 2. the word after a slash or a semicolon after a labelled name -------------------------------

@pytest.mark.parametrize("text, word", [
    (f"Ref: Smith / {w}", w) for w in ("ER", "ED", "ICU", "OR", "RAD", "ENT", "GP", "PCP", "AI", "TBD",
                                        "Self", "Ext", "Int", "Er")
] + [
    ("REF: SMITH / ER", "ER"),
    ("REF: SMITH / ICU", "ICU"),
    ("Tech: Smith / AI", "AI"),
    ("Ref: Smith / Bay 3", "Bay"),
    ("Tech: Smith / Stn 2", "Stn"),
    ("Operatore: Rossi / Sala 2", "Sala"),
    ("Henv. lege: Berg / Akutt", "Akutt"),
    ("Lekarz: Nowak / SOR", "SOR"),
    ("Lekarz: Nowak / Pracownia", "Pracownia"),
])
def test_a_department_or_a_state_after_a_list_separator_is_no_person(analyzer, text, word):
    at = text.index(": ") + 2
    span = labelled_name(text, at)
    assert span is not None and listed_names(text, span[1]) == []
    assert word not in _person(analyzer, _CT + text)


@pytest.mark.parametrize("text, names", [
    ("Ref: Smith / Jones", {"Smith", "Jones"}),
    ("Ref: Smith; Jones", {"Smith;", "Jones"}),
    ("REF: SMITH / LEE", {"SMITH", "LEE"}),  # capitals after capitals: a name of three letters
    ("Tech: RTS / JMK", {"RTS", "JMK"}),     # initials after initials
])
def test_a_name_after_a_list_separator_stays_painted(analyzer, text, names):
    assert names <= _person(analyzer, _CT + text)


@pytest.mark.parametrize("text, names", [
    ("prof. Ferraro / dott. Colombo", {"Ferraro", "Colombo"}),
    ("MUDr. Novák/ MUDr. Dvořák", {"Novák/", "Dvořák"}),
])
def test_a_list_of_titled_names_stays_painted(analyzer, text, names):
    assert names <= _person(analyzer, _CT + text)


# -- 3. lower-case 'prof.' and 'dott.' before an Italian common word -------------------------------

@pytest.mark.parametrize("text, word", [
    ("prof. Alta", "Alta"),
    ("prof. Media", "Media"),
    ("prof. Carotidi", "Carotidi"),
    ("prof. Vascolare", "Vascolare"),
    ("prof. Strato", "Strato"),  # the slice layer, a surname too: no surname after the depth's 'prof.'
    ("dott. Reparto", "Reparto"),
    ("dott. Interno", "Interno"),
])
def test_an_italian_common_word_after_a_lower_case_title_is_no_person(analyzer, text, word):
    assert titled_names(text) == []
    assert word not in _person(analyzer, _US + text)


@pytest.mark.parametrize("text, surname", [
    ("dott. Rossi", "Rossi"),
    ("prof. Ferraro", "Ferraro"),
    ("dott.ssa Bianchi", "Bianchi"),
    ("dott. Testa", "Testa"),  # a surname that is also anatomy: 'dott.' is no depth
])
def test_a_surname_after_a_lower_case_title_stays_painted(analyzer, text, surname):
    assert surname in [text[a:b] for a, b in titled_names(text)]
    assert surname in _person(analyzer, _US + text)


@pytest.mark.parametrize("text", ["Contrast: Omnipaque 350", "Kontrast: Gadovist 7.5 ml", "KM: Ultravist 370",
                                  "Mdc: Iomeron 400 80 ml", "Contraste: Dotarem 15 ml", "US contrast: SonoVue 2.4 ml",
                                  # alone on a line, the model called these a person, a place or an organisation
                                  "Dotarem", "Lipiodol", "Optiray", "Vueway", "Lumason", "Iopamiro", "Optison",
                                  "Imeron", "Isovue", "ProHance", "Primovist", "Elucirem"])
def test_a_contrast_agent_s_trade_name_is_device_text(analyzer, text):
    """Contrast agents as consoles print them (device_vocabulary: the makers' trade names)."""
    assert found(analyzer, text, with_header=False) == {}
