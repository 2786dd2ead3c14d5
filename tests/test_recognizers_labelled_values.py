"""The value after a field label, in the languages devices print them: a person after a name or
staff label, an identifier after an identifier's label, and the label itself left alone.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy
pipeline; one full in-process run on a drawn image, read by the real OCR, checks pixels.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import label_spans, labelled_numbers

from .helpers import assert_label_block_redacted
from .test_recognizers_context import banner, covered


def touched(analyzer, text: str) -> set[str]:
    """The OCR words of `text` any finding's box touches at all."""
    words = banner(text)
    found = analyzer.analyze(words)
    return {w.text for w in words if any(f.box.intersection_area(w.box) > 0 for f in found)}


# -- a person after a name or staff label -------------------------------------------------------

# The label of a name or of a member of staff, and the name after it, in Italian, Portuguese,
# Czech, Slovak, Hungarian, Romanian, Greek (romanised), Croatian, Slovene, Polish and German,
# masculine and feminine forms; a Czech degree or an Italian title between label and name.
NAMES = [
    ("Operatore: Francesca Lombardi", "Operatore:", {"Francesca", "Lombardi"}),
    ("Operatrice: Chiara Ferri", "Operatrice:", {"Chiara", "Ferri"}),
    ("Radiologista: Tiago Moura", "Radiologista:", {"Tiago", "Moura"}),
    ("Jméno: Vojtěch Procházka", "Jméno:", {"Vojtěch", "Procházka"}),
    ("Příjmení: Dvořáková", "Příjmení:", {"Dvořáková"}),
    ("Lékař: MUDr. Petr Svoboda", "Lékař:", {"Petr", "Svoboda"}),
    ("Meno: Zuzana Kováčová", "Meno:", {"Zuzana", "Kováčová"}),
    ("Lekár: Juraj Hudák", "Lekár:", {"Juraj", "Hudák"}),
    ("Név: Nagy Péter", "Név:", {"Nagy", "Péter"}),
    ("Orvos: Kovács Anna", "Orvos:", {"Kovács", "Anna"}),
    ("Nume: Popescu Ion", "Nume:", {"Popescu", "Ion"}),
    ("Medic: Andrei Ionescu", "Medic:", {"Andrei", "Ionescu"}),
    ("Onoma: Georgios Papadopoulos", "Onoma:", {"Georgios", "Papadopoulos"}),
    ("Prezime: Horvat", "Prezime:", {"Horvat"}),
    ("Liječnik: Ana Kovač", "Liječnik:", {"Ana", "Kovač"}),
    ("Zdravnik: Janez Novak", "Zdravnik:", {"Janez", "Novak"}),
    ("Lekarka: Anna Wiśniewska", "Lekarka:", {"Anna", "Wiśniewska"}),
    ("Untersucherin: Greta Lindqvist", "Untersucherin:", {"Greta", "Lindqvist"}),
]


@pytest.mark.parametrize("text, label, name", NAMES)
def test_a_name_after_a_label_of_another_language_is_painted_and_the_label_stays(analyzer, text, label, name):
    assert name <= covered(analyzer, text).get("PERSON", set()), text
    assert label not in touched(analyzer, text), text


def test_an_english_label_inside_a_longer_word_is_no_label(analyzer):
    """'Operator' is not the label of 'Operatore:' cut short: that left 'e:' as the start of the
    name and no name found."""
    assert {"Francesca", "Lombardi"} <= covered(analyzer, "Tiroide\nOperatore: Francesca Lombardi").get("PERSON", set())


# -- labels stay --------------------------------------------------------------------------------

# A label of one or more words, cut short or not ('Nr bad.' of 'Nr badania', 'Datum vyš.' of 'Datum
# vyšetření'), is never painted, whatever NER calls it; its value is.
LABELLED = [
    ("Jméno: DVOŘÁKOVÁ Jana", {"Jméno:"}, {"DVOŘÁKOVÁ", "Jana"}),
    ("Rodné číslo: 685112/0341", {"Rodné", "číslo:"}, {"685112/0341"}),
    ("Datum narození: 18.03.1975", {"Datum", "narození:"}, {"18.03.1975"}),
    ("Datum vyš.: 22.01.2024", {"Datum", "vyš.:"}, {"22.01.2024"}),
    ("Dátum narodenia: 18.03.1975", {"Dátum", "narodenia:"}, {"18.03.1975"}),
    ("Születési dátum: 1975.03.18", {"Születési", "dátum:"}, {"1975.03.18"}),
    ("Data nașterii: 18.03.1975", {"Data", "nașterii:"}, {"18.03.1975"}),
    ("Datum rođenja: 18.03.1975", {"Datum", "rođenja:"}, {"18.03.1975"}),
    ("Data urodzenia: 18.03.1975", {"Data", "urodzenia:"}, {"18.03.1975"}),
    ("Data de nascimento: 18/03/1975", {"Data", "de", "nascimento:"}, {"18/03/1975"}),
    ("Nr bad.: H/2024/03381", {"Nr", "bad.:"}, {"H/2024/03381"}),
]


@pytest.mark.parametrize("text, labels, values", LABELLED)
def test_a_label_stays_and_its_value_is_painted(analyzer, text, labels, values):
    assert values <= set().union(*covered(analyzer, text).values()), text
    assert not labels & touched(analyzer, text), text


@pytest.mark.parametrize("text, label", [
    ("Rodné číslo:", "Rodné číslo:"), ("Nr bad.:", "Nr bad.:"), ("Datum vyš.:", "Datum vyš.:"),
    ("Prot.:", None), ("Jméno", "Jméno"), ("Όνομα:", "Όνομα:"), ("Ονομα:", "Ονομα:"),
])
def test_label_spans_read_labels_of_several_words_and_cut_short(text, label):
    assert [text[a:b] for a, b in label_spans(text)] == ([label] if label else [])


# -- identifiers after their labels -------------------------------------------------------------

# Identifiers after the labels of more languages and after a number word and what it numbers, with
# slashes, hyphens and letters (pl Nr badania: a pathology accession; cs/sk rodné číslo, číslo
# pojištěnce; hu TAJ; ro CNP; el AMKA; hr OIB; it/de protocol book numbers).
IDS = [
    ("Nr bad.: H/2024/03381", "H/2024/03381"), ("Nr zlec.: Z/24/1234", "Z/24/1234"),
    ("Nr hist. chor.: 12345/24", "12345/24"), ("Č.: 2024/0341", "2024/0341"), ("Číslo: 2024-03381", "2024-03381"),
    ("Č. pojištěnce: 6851120341", "6851120341"), ("Rodné č.: 685112/0341", "685112/0341"),
    ("TC Kimlik: 28461937052", "28461937052"), ("Protokoll: P-2024-0412", "P-2024-0412"),
    ("Prot.: 2024/0412", "2024/0412"), ("Registro: RG-2024-0012", "RG-2024-0012"), ("Acc#: A24/0412", "A24/0412"),
    ("Nº proc.: 2024/00123", "2024/00123"), ("N° exam.: E-24-1234", "E-24-1234"), ("TAJ: 123456789", "123456789"),
    ("CNP: 1680512123456", "1680512123456"), ("AMKA: 12056812345", "12056812345"), ("OIB: 12345678901", "12345678901"),
    ("Broj uputnice: 2024/0341", "2024/0341"),
]


@pytest.mark.parametrize("text, value", IDS)
def test_an_identifier_after_its_label_is_an_id(text, value):
    assert [text[a:b] for a, b in labelled_numbers(text)] == [value]


@pytest.mark.parametrize("text, value", [("Nr bad.: H/2024/03381", "H/2024/03381"),
                                         ("Acc#: A24/0412", "A24/0412"), ("TAJ: 123456789", "123456789")])
def test_an_identifier_after_its_label_is_painted(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set()), text


# The same number words before a device's part, its catalogue, batch, version or image: the number
# is the device's (pl numer seryjny, katalogowy, partii, wersji, obrazu; cs výrobní, sériové číslo,
# šarže; hu sorozatszám) or a count ('No. of events').
DEVICE_NUMBERS = [
    "Nr seryjny: SN/2024/0341", "Nr kat.: 12-3456-78", "Nr partii: 2024/0341", "Nr wersji: 2024.03.381",
    "Nr obrazu: 12/2024/0341", "Výrobní číslo: 2024/03381", "Sériové číslo: 2024-03381", "Č. šarže: 2024/03381",
    "Sorozatszám: 2024/03381", "No. of events: 1234567", "# Counts: 12345678", "Protokoll: t1_mprage_sag_p2_iso",
]


@pytest.mark.parametrize("text", DEVICE_NUMBERS)
def test_a_device_number_after_a_number_word_is_no_id(text):
    assert labelled_numbers(text) == []


# -- pixels -------------------------------------------------------------------------------------

def test_redact_paints_labelled_names_and_ids_of_more_languages_and_keeps_their_labels(tmp_path):
    """A drawn Italian/Polish/Hungarian/Romanian/Czech label block through the real OCR: each
    label's pixels are unchanged, each value's glyphs erased. Pillow's default font has no
    Latin Extended-A letters: the Czech label is drawn as ASCII exports write it."""
    rows = [("Operatore:", "Francesca Lombardi", "PERSON"), ("Nume:", "Popescu Mihai", "PERSON"),
            ("Rodne cislo:", "685112/0341", "ID"), ("Nr bad.:", "H/2024/03381", "ID"),
            ("Orvos:", "Kovacs Anna", "PERSON")]
    assert_label_block_redacted(tmp_path, rows, "us")
