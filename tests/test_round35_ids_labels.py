"""Identifiers, postcodes and labels of review 19's half A (fix round 35).

1. A national number printed in its issuer's spaced grouping, alone on its line under a far label
   ('N° SS' at x 8, '1 51 04 33 063 224 39' at x 160): the label's value, also where OCR misread a digit
   of the small font as a letter ('063' read 'C6 3'). Siblings: the NHS number (3 3 4), the Canadian SIN
   (3 3 3), the Dutch BSN, the Belgian register number.
2. A postcode read 2 px after the street's name ('Ambroise-Paré' + '75010'): a token of its own, so the
   address reaches the town after it.
3. An identifier's label glued by its colon to the value's digits in one OCR token ('PESEL:75031209461'):
   the label is a label (no model reads the token as a name) and the value's box starts at the colon.
4. The birth participle with both genders' endings ('Nato/a il', 'Nacido/a el', 'Né(e) le'), also as OCR
   reads it glued once the date beside it is painted ('Nato/ai'): a label, never an organisation.
5. The Norwegian and Danish referrer label cut short ('Henv. lege'): a label; the person after it is
   painted.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import label_spans, labelled_numbers
from fw_gear_presidio_image_redactor.recognize.text_layout import label_cut, layout

from .test_recognizers import found


def _covered_by(analyzer, ws: list[OcrWord], entities=None) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(ws, header=None):
        if entities is None or f.entity_type in entities:
            covered = {w.text for w in ws if f.box.intersection_area(w.box) >= 0.5 * w.box.area}
            out.setdefault(f.entity_type, set()).update(covered)
    return out


def _row(y: int, *cells: tuple[int, str]) -> list[OcrWord]:
    """OCR words of one line: each cell (x, text) split at its spaces, 7 px a character, 4 px between."""
    out = []
    for x, text in cells:
        for word in text.split(" "):
            out.append(OcrWord(word, Box(x, y, 7 * len(word), 11), 96.0))
            x += 7 * len(word) + 4
    return out


# -- 1. spaced national numbers under a far label ------------------------------------------------

# (label, value): INSEE's NIR (1 2 2 2 3 3, key 97 - n mod 97), NHS Digital's NHS number (3 3 4, modulus
# 11), Service Canada's SIN (3 3 3, Luhn), the Dutch BSN (elfproef), the Belgian INSZ / NISS (key 97).
SPACED_IDS = [
    ("N° SS", "1 51 04 33 063 224 39"),
    ("N° SS", "1 51 04 33 C6 3 224 39"),  # the review's OCR reading: '063' misread 'C6 3'
    ("NHS No", "943 476 5919"),
    ("SIN:", "046 454 286"),
    ("BSN", "1112 22 333"),
    ("INSZ", "85 07 30 033 28"),
]


@pytest.mark.parametrize("label,value", SPACED_IDS)
def test_a_spaced_national_number_under_its_far_label_is_painted(analyzer, label, value):
    ws = (_row(9, (8, "NOM"), (160, "DUPONT Jean")) + _row(41, (8, label), (160, value))
          + _row(57, (8, "IPP"), (160, "000812345")))
    result = _covered_by(analyzer, ws)
    assert set(value.split()) <= result.get("ID", set())
    assert not set(label.split()) & set().union(*result.values())


@pytest.mark.parametrize("label,value", SPACED_IDS)
def test_the_spaced_value_alone_under_its_label_is_the_label_s(label, value):
    text = f"NOM\n{label}\n{value}\nIPP"
    assert [text[a:b] for a, b in labelled_numbers(text)] == [value]


@pytest.mark.parametrize("line", [
    "125 kV 2.5 mAs",  # the exposure under it: decimals and units
    "T1 SE 3 4",  # a sequence's settings: letters, few digits
    "LAO 32 CRA 18",  # angles
    "A1 B2 C3 D4 E5 F6",  # letters in most groups: a grid's cells
    # scales and repeated settings (break-test 13): one value repeated, an even step
    "120 120 120", "512 512 512", "12 12 12 12 12", "0 10 20 30 40 50", "1 2 3 4 5 6 7 8 9",
    "100 200 300", "80 100 120 140",
])
def test_device_text_under_an_id_label_is_no_spaced_value(line):
    text = f"NOM\nN° SS\n{line}\nIPP"
    assert labelled_numbers(text) == []


# -- 2. a postcode read close after the street's name ----------------------------------------------

# La Poste's code postal, the Deutsche Post's PLZ, Poste Italiane's CAP, Correos' código postal (five
# digits); bpost / Die Post / Posten (four); PostNL (four digits and two capitals).
POSTCODE_LINES = [
    ("2 rue Ambroise-Paré", "75010", "Paris"),
    ("5 place Bellecour", "69002", "Lyon"),
    ("Via Giuseppe Verdi", "20121", "Milano"),
    ("Calle de Alcalá", "28014", "Madrid"),
    ("Rue de la Loi", "1000", "Bruxelles"),
    ("Hoofdstraat 12 Laan", "1012JS", "Amsterdam"),
]


@pytest.mark.parametrize("street,code,town", POSTCODE_LINES)
def test_a_postcode_two_pixels_after_the_street_is_a_token_of_its_own(street, code, town):
    ws = _row(24, (406, street))
    last = ws[-1].box
    ws += [OcrWord(code, Box(last.right + 2, 24, 6 * len(code), 10), 96.0),
           OcrWord(town, Box(last.right + 2 + 6 * len(code) + 4, 24, 6 * len(town), 10), 96.0)]
    assert f"{street} {code} {town}" in layout(ws).text


def test_the_french_address_reaches_its_postcode_and_town(analyzer):
    ws = [OcrWord("2", Box(406, 20, 5, 16), 96.0), OcrWord("rue", Box(413, 25, 16, 8), 96.0),
          OcrWord("Ambroise-Paré", Box(430, 23, 67, 10), 96.0), OcrWord("75010", Box(499, 24, 29, 9), 96.0),
          OcrWord("Paris", Box(531, 23, 21, 10), 96.0)]
    result = _covered_by(analyzer, ws)
    assert {"75010", "Paris"} <= result.get("LOCATION", set())


@pytest.mark.parametrize("a,b", [("PatID", "0004518827"), ("MRN", "55302119"), ("Case", "1234"),
                                 ("Paré", "750"), ("Case", "12345"), ("Akte", "12345"), ("Order", "54321"),
                                 ("Fall", "56789")])
def test_other_tokens_cut_by_ocr_stay_one(a, b):
    # a label's capitals run on into the number, a short word before a count, three digits (no postcode)
    ws = [OcrWord(a, Box(10, 10, 6 * len(a), 10), 96.0), OcrWord(b, Box(12 + 6 * len(a), 10, 6 * len(b), 10), 96.0)]
    assert layout(ws).text in (a + b, f"{a} {b}")
    if a in ("PatID", "MRN", "Paré") or len(b) == 5:  # a case or order number glued to its short word
        assert layout(ws).text == a + b


# -- 3. an identifier's label glued to its value by its colon ---------------------------------------

# PESEL (Polish, weights 1 3 7 9), the Norwegian fødselsnummer, the Dutch BSN, the Danish CPR, the French
# NIR: each read by OCR as one token with its label at a 1-2 px gap.
GLUED = [("PESEL:", "75031209461"), ("PESEL:", "88110907132"), ("Fnr:", "01015712313"), ("BSN:", "111222333"),
         ("CPR:", "010157-1231"), ("NIR:", "185057800608491")]


@pytest.mark.parametrize("label,value", GLUED)
def test_a_label_glued_to_its_value_is_a_label(label, value):
    text = f"{label}{value} ul. Cegłowska 80"
    assert (0, len(label)) in label_spans(text)


@pytest.mark.parametrize("label,value", GLUED)
def test_only_the_value_of_a_glued_label_is_painted(analyzer, label, value):
    word = OcrWord(label + value, Box(10, 10, 10 * len(label + value), 20), 95.0)
    findings = analyzer.analyze([word], header=None)
    assert findings and all(f.entity_type == "ID" for f in findings), findings
    # the label's glyphs (10 px each here) are left, but for the margin the painting adds
    assert all(f.box.left >= 10 + 10 * (len(label) - 1) for f in findings)
    assert max(f.box.right for f in findings) == word.box.right


def test_the_cut_after_a_colon_leaves_a_short_label_whole():
    # review 19 A: 'PESEL:88110907132' in a 9 px font, the label's ink x 3-30, the value's from x 31;
    # painted with a 3 px margin, the label keeps 90% of its box
    box = label_cut(Box(3, 13, 87, 9), 6, 17, "PESEL:88110907132")
    assert 30 <= box.left <= 33 and box.right == 90


def test_a_cut_without_a_colon_keeps_its_character_of_slack():
    assert label_cut(Box(0, 0, 100, 10), 4, 10) == label_cut(Box(0, 0, 100, 10), 4, 10, "szül1983.0")


@pytest.mark.parametrize("word", ["MRN55302119", "PatID0004518827", "TR:2500"])
def test_no_glued_label_without_its_colon_or_outside_the_label_words(word):
    assert label_spans(word) == []


# -- 4. the birth participle with both genders' endings --------------------------------------------

BIRTH_LABELS = ["Nato/a il", "Nata/o il", "Nacido/a el", "Nascido/a em", "Né(e) le", "Nato/ai", "Nato/ail",
                "Nacido/ael"]


@pytest.mark.parametrize("label", BIRTH_LABELS)
def test_a_gendered_birth_label_is_a_label(label):
    assert label_spans(f"{label} 14/09/1949") == [(0, len(label))]


@pytest.mark.parametrize("label", BIRTH_LABELS)
def test_a_gendered_birth_label_left_alone_by_painting_names_no_one(analyzer, label):
    # what the verification pass reads once the date is painted (review 19 A's XA: 'Nato/ai' alone at the
    # left edge, the operators far right on the line): the label names no one, no organisation either
    ws = [OcrWord(label, Box(4, 28, 6 * len(label), 11), 96.0), OcrWord("Op.", Box(328, 29, 18, 11), 96.0),
          OcrWord("dott.", Box(349, 27, 30, 14), 96.0), OcrWord("dott.ssa", Box(422, 26, 45, 12), 96.0),
          OcrWord("Esposito", Box(464, 26, 48, 14), 96.0)]
    result = _covered_by(analyzer, ws)
    assert label.split()[0] not in set().union(*result.values()), result


@pytest.mark.parametrize("label", ["Nato/a il", "Nacido/a el", "Nascido/a em"])
def test_the_date_after_a_gendered_birth_label_is_painted_and_the_label_stays(analyzer, label):
    result = found(analyzer, f"{label} 14/09/1949", with_header=False)
    assert "14/09/1949" in result.get("DATE_TIME", set())
    assert not set(label.split()) & set().union(*result.values())


@pytest.mark.parametrize("text", ["Renato Esposito", "Natalia Rossi", "Donato Bianchi"])
def test_names_holding_a_participle_are_no_label(text):
    assert label_spans(text) == []


# -- 5. the Norwegian and Danish referrer label cut short --------------------------------------------

REFERRER = ["Henv. lege", "Henv. læge", "Henv.", "Henvist av:", "Rekv. lege"]


@pytest.mark.parametrize("label", REFERRER)
def test_a_short_referrer_label_is_a_label(label):
    assert label_spans(f"{label} O. Berg")[0] == (0, len(label))


@pytest.mark.parametrize("label", ["Henv.", "Rekv.", "Henv", "Henvist"])
def test_a_short_referrer_label_left_alone_by_painting_names_no_one(analyzer, label):
    # review 19 A's CT with --use-metadata: the names after 'Henv. lege' painted, the verification pass
    # reads the label alone under the window's settings; the model called it a person
    ws = [OcrWord(label, Box(6, 496, 31, 10), 96.0), OcrWord("lege", Box(41, 495, 23, 13), 96.0),
          *_row(482, (5, "WL 40 WW 80 FC26"))]
    result = _covered_by(analyzer, ws)
    assert not {label, "lege"} & set().union(*result.values()), result


@pytest.mark.parametrize("label", REFERRER)
def test_the_person_after_a_short_referrer_label_is_painted_and_the_label_stays(analyzer, label):
    result = found(analyzer, f"{label} Ola Berg", with_header=False)
    assert {"Ola", "Berg"} <= result.get("PERSON", set())
    assert not set(label.split()) & set().union(*result.values())


def test_a_name_like_henriksen_is_no_referrer_label():
    assert label_spans("Henriksen Ola") == []


@pytest.mark.parametrize("text", ["Snitt 5.0", "Snittjocklek 2.0", "Snittykkelse 1.25", "Schichtdicke 3.0 mm",
                                  "Coupe 2.5 mm", "Strato 3.0", "Warstwa 5.0"])
def test_slice_words_of_other_languages_are_device_text(analyzer, text):
    """The slice and its thickness on a CT console in Nordic, German, French, Italian and Polish
    (review 19 A's Norwegian `Snitt 5.0`, painted as a person beside a referrer's name). `Coupe`
    and `Strato` are surnames too: device text only beside a value (break-test 13)."""
    assert found(analyzer, text, with_header=False) == {}
