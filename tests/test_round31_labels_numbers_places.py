"""Labels, health numbers and places of review 17's half B (fix round 31).

1. Turkish (and Azerbaijani, Uzbek) staff labels: who referred, requested, reported or acquired the
   study ('Sevk eden:', 'İsteyen Dr.', 'Raporlayan Dr.', 'Çeken:') introduce a person and stay; the
   short birth-date labels ('D.T:', 'Doğ. Tar.:') stay while the date is painted; the spine's regions
   and body parts of a Turkish exam description ('Lomber vertebra') are device text.
2. A provincial health number with its version code read glued to its label ('OHIP/RAMQ' a pixel
   from '9876-543-217 ZX'): the number and the code are PHI, the slash-joined insurer label is none.
3. A suburb before its city under the hospital ('Observatory Cape Town'), also with a device's model
   after it on the line: a place; the model and a lone 'Observatory' are none.
4. A two-column banner read as lines of their own ('MRN:' at the left edge, its value far right): the
   value alone on the line after its label is the label's.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import towns
from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import label_spans, labelled_numbers
from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import is_device_word
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import health_card_ids
from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import only_overlay_words

from .test_recognizers import found

PHI_WORDS = ("PERSON", "ORGANIZATION", "LOCATION")


def _covered(result: dict[str, set[str]], entities=PHI_WORDS) -> set[str]:
    return set().union(*(result.get(e, set()) for e in entities))


def _found_in(analyzer, ws: list[OcrWord]) -> dict[str, set[str]]:
    """entity -> the words its findings cover (80% of a word's box), for words with their own boxes."""
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(ws, header=None):
        covered = {w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
        out.setdefault(f.entity_type, set()).update(covered)
    return out


# -- 1. Turkish staff and birth labels, Turkish anatomy ---------------------------------------------

# Who referred, requested, reported or acquired the study (TDK: sevk eden, isteyen, raporlayan, çeken,
# gönderen), and the Azerbaijani and Uzbek referrer (göndərən həkim, yo'llagan shifokor).
REFERRER_LINES = [
    ("Sevk eden:", "Mehmet Yılmaz"),
    ("Sevk eden:", "Elif Şahin"),
    ("İsteyen Dr.", "Ahmet Kaya"),
    ("Raporlayan Dr.", "Zeynep Arslan"),
    ("Çeken:", "Burak Demir"),
    ("Göndərən həkim:", "Rauf Məmmədov"),
]


@pytest.mark.parametrize("label,name", REFERRER_LINES)
def test_a_turkic_referrer_label_introduces_the_person_and_stays(analyzer, label, name):
    result = found(analyzer, f"{label} {name}", with_header=False)
    assert set(name.split()) <= result.get("PERSON", set())
    assert not set(label.split()) & _covered(result, tuple(result))


@pytest.mark.parametrize("label", ["Sevk eden:", "İsteyen Dr.", "Raporlayan Dr.", "Çeken:", "Göndərən həkim:",
                                   "Yo'llagan shifokor:"])
def test_the_turkic_staff_labels_are_labels(label):
    assert any(b - a >= len(label.rstrip(":. ")) for a, b in label_spans(f"{label} Ali Veli"))


# The short birth-date labels of Turkish banners (TDK's abbreviations doğ. 'doğum', tar. 'tarih').
BIRTH_LINES = ["D.T: 1983.06.17", "D.T.: 17.06.1983", "Doğ. Tar.: 12.03.1961", "Doğ.Tar: 02.12.1957",
               "D. Tarihi: 05.05.1970"]


@pytest.mark.parametrize("text", BIRTH_LINES)
def test_a_turkish_birth_label_stays_and_its_date_is_painted(analyzer, text):
    label, date = text.rsplit(" ", 1)
    result = found(analyzer, text, with_header=False)
    assert date in result.get("DATE_TIME", set())
    assert not set(label.split()) & _covered(result, tuple(result))


@pytest.mark.parametrize("word", ["D.T:1983.06.17", "D.T.:17.06.1983", "Doğ.Tar:12.03.1961", "Doğ.Tar.:02.12.1957",
                                  "D.Tarihi:05.05.1970"])
def test_a_turkish_birth_label_glued_to_its_date_is_left_out_of_the_date_s_box(analyzer, word):
    """OCR reads the label and the date as one word (g14: 'D.T:1983.06.17'): the date's box starts
    where the date does, the label beside it stays."""
    ws = [OcrWord(word, Box(5, 32, 6 * len(word), 9), 100.0), OcrWord("t1_se_sag", Box(200, 32, 50, 9), 100.0)]
    dates = [f for f in analyzer.analyze(ws, header=None) if f.entity_type == "DATE_TIME"]
    # the date's box is apportioned by the glyphs' widths: it starts well past the word's first letters
    assert dates and all(f.box.left >= 5 + 12 for f in dates)


def test_the_two_letter_birth_label_needs_its_colon():
    """'DT' is also a device's delay time: only 'D.T:' (with its colon) is the birth label."""
    assert label_spans("D.T: 1983.06.17")
    assert not label_spans("DT 2.5 ms")


# The spine's regions and body parts of a Turkish (Azerbaijani, Kazakh) exam description.
ANATOMY_LINES = ["Lomber vertebra 15.01.2024", "Servikal vertebra 02.03.2023", "Torakal omurga 02.03.2023",
                 "Kranial MR 15.01.2024", "Lumbosakral MR 11.11.2023", "Torakolomber BT 08.07.2022"]


@pytest.mark.parametrize("text", ANATOMY_LINES)
def test_turkish_anatomy_beside_the_exam_date_is_device_text(analyzer, text):
    *words, date = text.split()
    result = found(analyzer, text, with_header=False)
    assert date in result.get("DATE_TIME", set())
    assert not set(words) & _covered(result)


@pytest.mark.parametrize("word", ["Lomber", "Servikal", "Torakal", "Kranial", "Batın", "Omurga", "Onurğa",
                                  "Omyrtqa"])
def test_turkic_body_parts_are_device_words(word):
    assert is_device_word(word)


def test_a_patient_s_name_beside_turkish_anatomy_stays_a_name(analyzer):
    result = found(analyzer, "Hasta: Ayşe Gül\nLomber vertebra 15.01.2024", with_header=False)
    assert {"Ayşe", "Gül"} <= result.get("PERSON", set())
    assert not {"Lomber", "vertebra"} & _covered(result)


# -- 2. provincial health numbers glued to their labels ----------------------------------------------

def _glued(label: str, number: str, code: str | None) -> list[OcrWord]:
    """A banner line as OCR read g18: the label's box a pixel from the number's, the code apart."""
    ws = [OcrWord(label, Box(3, 16, 6 * len(label), 9), 100.0)]
    x = ws[0].box.right + 1
    ws.append(OcrWord(number, Box(x, 16, 5 * len(number), 8), 90.0))
    if code:
        ws.append(OcrWord(code, Box(ws[-1].box.right + 2, 16, 12, 8), 100.0))
    return ws


# Ontario's health number (ten digits, Luhn) and its card's version code (Ontario Ministry of Health,
# Health Card Validation reference manual), under the labels of the provinces' plans.
GLUED_NUMBERS = [
    ("OHIP/RAMQ", "9876-543-217", "ZX"),
    ("OHIP", "3337-446-730", "AB"),
    ("HCN/NAM", "5018-314-376", "KQ"),
    ("RAMQ/OHIP", "1418-563-100", "MK"),
    ("OHIP/HCN", "7807-841-460", "ZY"),
]


@pytest.mark.parametrize("label,number,code", GLUED_NUMBERS)
def test_a_health_number_glued_to_its_label_keeps_its_version_code_and_the_label_stays(analyzer, label, number,
                                                                                     code):
    result = _found_in(analyzer, _glued(label, number, code))
    assert {number, code} <= result.get("ID", set())
    assert label not in _covered(result, tuple(result))


@pytest.mark.parametrize("text,value", [
    ("OHIP/RAMQ 9876-543-217 ZX", "9876-543-217 ZX"),
    ("OHIP 9876 543 217 ZX", "9876 543 217 ZX"),
    ("OHIP/RAMQ9876-543-217 ZX", "9876-543-217 ZX"),
    ("HCN9876543217 ZX", "9876543217 ZX"),
])
def test_the_grouped_health_number_and_its_code_are_one_id(text, value):
    assert value in [text[a:b] for a, b in health_card_ids(text)]


@pytest.mark.parametrize("text", ["XA9876-543-217 ZX", "S9876-543-217 ZX", "TR9876-543-217 ZX"])
def test_a_number_glued_to_other_letters_is_no_versioned_health_number(text):
    """Glued to letters that are no health plan's label, the number is part of a longer token."""
    assert health_card_ids(text) == []


@pytest.mark.parametrize("label", ["OHIP/RAMQ", "Medicare/Medicaid", "AOK/BKK", "OHIP/HCN", "IMSS/ISSSTE"])
def test_slash_joined_insurer_labels_are_overlay_words(label):
    assert only_overlay_words(label)


def test_a_slash_joined_pair_of_other_words_is_no_label():
    assert not only_overlay_words("Smith/Jones")


@pytest.mark.parametrize("text,words", [
    ("PHN 9123 456 789", {"9123", "456", "789"}),  # bc Personal Health Number
    ("RAMQ TREM 6005 2612", {"TREM", "6005", "2612"}),  # qc numéro d'assurance maladie
    ("NHS No 943 476 5919", {"943", "476", "5919"}),  # uk NHS number, its groups
    ("OHIP/RAMQ 9876-543-217 ZX", {"9876-543-217", "ZX"}),
])
def test_grouped_health_numbers_stay_found(analyzer, text, words):
    result = found(analyzer, text, with_header=False)
    assert words <= result.get("ID", set())
    assert not _covered(result) & {text.split()[0]}


# -- 3. a suburb before its city ---------------------------------------------------------------------

@pytest.mark.parametrize("line,town", [
    ("Observatory Cape Town", "Observatory Cape Town"),
    ("Observatory Cape Town FCR Capsula XL II", "Observatory Cape Town"),
    ("Sea Point Cape Town FCR Capsula XL II", "Sea Point Cape Town"),
    ("Parktown Port Elizabeth Fuji FCR", "Parktown Port Elizabeth"),
    ("Rondebosch Cape Town", "Rondebosch Cape Town"),
])
def test_a_suburb_and_its_city_under_the_hospital_are_a_place(line, town):
    text = f"Groote Schuur Hospital\n{line}"
    assert town in [text[a:b] for a, b in towns(text)]


@pytest.mark.parametrize("text", [
    "Groote Schuur Hospital\nObservatory",  # a suburb alone: no city after it
    "Menu\nObservatory FCR Capsula",  # a viewer's menu
    "Groote Schuur Hospital\nObservatory Durban FCR Capsula",  # a one-word city before a model
    "Groote Schuur Hospital\nEagle Eye Platinum",  # an IVUS catheter's product name
])
def test_a_lone_suburb_word_or_a_product_is_no_place(text):
    assert towns(text) == []


def test_the_device_model_after_the_town_stays(analyzer):
    result = found(analyzer, "Groote Schuur Hospital\nObservatory Cape Town FCR Capsula XL II", with_header=False)
    assert {"Observatory", "Cape", "Town"} <= result.get("LOCATION", set())
    assert not {"FCR", "Capsula", "XL", "II"} & _covered(result, tuple(result))


# -- 4. a label over its value in a two-column banner ------------------------------------------------

def _two_columns(rows: list[tuple[str, str, str]]) -> list[OcrWord]:
    """A banner as g12 lays it out: labels at x 20, values at x 190, a second column at x 420."""
    ws = []
    for i, (label, value, right) in enumerate(rows):
        y = 16 + 18 * i
        for x0, text in ((20, label), (190, value), (420, right)):
            x = x0
            for word in text.split():
                ws.append(OcrWord(word, Box(x, y, 7 * len(word), 11), 100.0))
                x += 7 * len(word) + 4
    return ws


@pytest.mark.parametrize("label,value", [
    ("MRN:", "117720456"),
    ("Patient ID:", "004471926"),
    ("NHS No:", "9434765919"),
    ("TC Kimlik No:", "10000000146"),
    ("Acc No:", "A2024220917"),
])
def test_a_value_far_right_of_its_label_is_the_label_s(analyzer, label, value):
    ws = _two_columns([("Patient Name:", "McAllister, Robert", "Banner Desert Medical Center"),
                       (label, value, "1400 S Dobson Rd, Mesa AZ"),
                       ("DOB:", "02/09/1948", "Tel (480) 412-3000")])
    assert value in _found_in(analyzer, ws).get("ID", set())


@pytest.mark.parametrize("text", [
    "Serial No:\n123456789",  # a device's number
    "MRN:\n117720456 mm",  # a measure
    "Name:\n117720456",  # no identifier's label
    "MRN\n117720456",  # no colon: a heading
    "ID:\n02/09/1948",  # a date
    "MRN:\n120",  # too short
])
def test_a_line_under_a_label_is_its_value_only_when_it_is_an_identifier(text):
    assert labelled_numbers(text) == []


def test_a_value_under_its_label_in_text(analyzer):
    assert labelled_numbers("MRN:\n117720456") == [(5, 14)]
