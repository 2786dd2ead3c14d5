"""Measurement names, the headings of tables of numbers and a product's processing title, which the NER
model alone must not paint (review 12: spaCy read an echo strain column 'GLPS_LAX -17.3 %', a lab row
'Hémoglobine 13.2 g/dL 13.0-17.0', a haemodynamic result 'CO (Fick) 4.8 L/min', the cath lab's table
heading 'Site Sys Dia Mean HR', a French lab table's 'Analyse Résultat Unités Référence' and Agfa's
'MUSICA2 Skeletal' as names or organisations):

- a word, an underscore code or a bracketed method followed on its line by a value with its unit, its
  per cent or its reference range is a measurement's name (`analyzer.names_a_measurement`);
- a line of three or more words over rows of number cells under its words heads a table
  (`analyzer.heads_a_number_table`), judged by where the words stand, not by a word list;
- a product with its version ('MUSICA2') makes the words beside it its processing title.

Names stay names: before a date, an ID or an age, a name line with a height after it, a banner's
name over an ID, and the names that are words too ('Grace Mbeki', 'Mary Low', 'Hope Park').
Text-level: OCR words with boxes (as PP-OCR returns them on the review's images) through the real
Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.analyzer import heads_a_number_table, names_a_measurement
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .helpers import ocr_rows
from .test_recognizers_context import covered, painted


def _words(*rows: tuple[int, int, str]) -> list[OcrWord]:
    return ocr_rows(*rows, gap=4)


_BANNER = ((14, 13, "Zanele Dube MRN HC0048213"), (14, 33, "DOB 09-Nov-1985 14-Mar-2024 11:05"))


@pytest.mark.parametrize("percent", [" %", ""])  # OCR often loses the '%'
def test_an_echo_strain_column_is_kept(analyzer, percent):
    words = _words(*_BANNER, (646, 127, "Peak Systolic Strain"), (646, 147, f"GLPS_LAX -17.3{percent}"),
                   (646, 166, f"GLPS_A4C -19.1{percent}"), (646, 185, f"GLPS_A2C -18.6{percent}"),
                   (646, 204, f"GLPS_Avg -18.3{percent}"), (646, 223, "HR_ApLAX 72 bpm"), (646, 242, "AVC 392 ms"))
    kept = painted(analyzer, words)
    assert not kept & {"GLPS_LAX", "GLPS_A4C", "GLPS_A2C", "GLPS_Avg", "-17.3", "-19.1", "-18.3", "HR_ApLAX"}
    assert {"Zanele", "Dube"} <= covered(analyzer, words).get("PERSON", set())


# A cath lab's haemodynamics as PP-OCR reads them (review 12's cath-lab image, names replaced): the
# table's heading over its rows of pressures, the results column at the right.
_HEMO_BOXES = (
    ('Zanele', 10, 19, 64, 13), ('Dube', 78, 19, 32, 13), ('Khumalo', 114, 19, 56, 16), ('MRN', 184, 21, 30, 11),
    ('KFMC0027719', 218, 21, 94, 11), ('DOB', 325, 21, 29, 11), ('1971-04-15', 358, 21, 75, 11),
    ('King', 446, 20, 28, 15), ('Fahad', 479, 19, 38, 13), ('Medical', 522, 19, 49, 13), ('City', 576, 20, 26, 15),
    ('Cath', 614, 19, 30, 13), ('Lab', 648, 19, 24, 13), ('3', 676, 21, 8, 11), ('2024-02-01', 697, 21, 75, 11),
    ('10:12', 776, 21, 37, 11), ('Site', 26, 87, 34, 13), ('Dia', 101, 87, 25, 13), ('(Fick)', 631, 87, 37, 14),
    ('L/min', 700, 87, 39, 15), ('Sys', 68, 88, 25, 14), ('Mean', 135, 88, 33, 12), ('HR', 177, 88, 17, 12),
    ('CO', 606, 88, 21, 12), ('4.8', 673, 88, 22, 12), ('A0', 25, 107, 18, 12), ('128', 52, 107, 25, 12),
    ('76', 84, 107, 16, 12), ('94', 110, 107, 17, 12), ('88', 135, 107, 17, 12), ('Cl', 606, 107, 14, 12),
    ('2.6', 624, 107, 22, 12), ('LV', 26, 126, 17, 12), ('132', 52, 126, 24, 12), ('12', 85, 126, 15, 12),
    ('88', 127, 126, 17, 12), ('SVR', 606, 126, 28, 12), ('1280', 639, 126, 35, 12), ('PCW', 26, 145, 26, 12),
    ('18', 94, 145, 16, 12), ('86', 118, 145, 17, 12), ('PVR', 606, 145, 28, 12), ('1.5', 639, 145, 21, 12),
    ('WU', 663, 145, 25, 12), ('RA', 26, 164, 17, 12), ('7', 84, 164, 8, 12), ('86', 101, 164, 17, 12),
    ('Qp/Qs', 606, 164, 44, 15), ('1.1', 654, 164, 21, 12), ('PA', 26, 183, 17, 12), ('38', 51, 183, 17, 12),
    ('16', 77, 183, 15, 12), ('25', 101, 183, 16, 12), ('87', 127, 183, 16, 12),
)
_HEMO = [OcrWord(text, Box(x, y, w, h), 99.0) for text, x, y, w, h in _HEMO_BOXES]


def test_a_haemodynamic_table_heading_and_its_results_are_kept(analyzer):
    assert not painted(analyzer, _HEMO) & {"Site", "Sys", "Dia", "Mean", "HR", "CO", "(Fick)", "4.8"}
    assert {"Zanele", "Dube", "Khumalo"} <= covered(analyzer, _HEMO).get("PERSON", set())


_LAB = ((17, 17, "Patient: DUBE Zanele  CIN: BK123456"),
        (26, 117, "Analyse Résultat Unités Référence"),
        (26, 137, "Hémoglobine 13.2 g/dL 13.0-17.0"), (27, 157, "Leucocytes 7.8 G/L 4.0-10.0"),
        (27, 176, "Plaquettes 245 G/L 150-400"), (27, 195, "Créatinine 9.1 mg/L 7-13"), (27, 214, "CRP 18 mg/L <5"))


def test_a_lab_table_heading_and_its_analytes_are_kept(analyzer):
    words = _words(*_LAB)
    assert not painted(analyzer, words) & {"Analyse", "Résultat", "Unités", "Référence", "Hémoglobine",
                                           "Leucocytes", "Plaquettes", "Créatinine", "13.2", "g/dL"}
    assert {"DUBE", "Zanele"} <= covered(analyzer, words).get("PERSON", set())


@pytest.mark.parametrize("row", ["Hémoglobine 13.2 g/dL 13.0-17.0", "CO (Fick) 4.8 L/min", "GLPS_Avg -18.3 %"])
def test_one_measurement_line_seen_alone_is_kept(analyzer, row):
    # the verification pass reads a band around a paint: one row of a table, without its neighbours
    assert not painted(analyzer, _words((26, 136, row)))


def test_a_lab_heading_cut_from_its_rows_is_kept(analyzer):
    # the verification pass's band can hold the heading without the rows under it
    assert not painted(analyzer, _words((26, 117, "Analyse Résultat Unités Référence")))


def test_a_product_and_its_processing_title_are_kept(analyzer):
    assert not painted(analyzer, _words((12, 14, "Hand AP Left"), (12, 31, "MUSICA2 Skeletal")))


# -- names stay names ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("Grace Mbeki  13/04/1968", {"Grace", "Mbeki"}),
    ("Grace Mbeki  13.04.1968", {"Grace", "Mbeki"}),
    ("Mary Low  12/03/1961", {"Mary", "Low"}),
    ("Hope Park  12/03/1961", {"Hope", "Park"}),
    ("ANN LEE 55Y F", {"ANN", "LEE"}),
    ("Grace Mbeki  165 cm", {"Grace", "Mbeki"}),
])
def test_names_before_dates_ages_and_heights_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


def test_a_banner_name_over_an_id_stays_a_name(analyzer):
    words = _words((10, 10, "KIM MIN JUN"), (10, 30, "850312-1234567"), (10, 50, "2024-01-05 10:12"))
    assert {"KIM", "MIN", "JUN"} <= covered(analyzer, words).get("PERSON", set())


def _span(text_layout, words: str) -> tuple[int, int]:
    start = text_layout.text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize("rows, name", [
    ([(10, 10, "Grace 13/04/1968")], "Grace"),
    ([(10, 10, "Grace 13-04-1968")], "Grace"),
    ([(10, 10, "Mbeki 44 y")], "Mbeki"),
    ([(10, 10, "Baby Girl Mbeki 12 hr")], "Baby Girl Mbeki"),
    ([(10, 10, "Grace Mbeki 165 cm")], "Grace Mbeki"),  # one line, no code, no range: a height
    ([(10, 10, "Mary Low 4410271")], "Mary Low"),
    ([(10, 10, "Hope Park 44 M/F")], "Hope Park"),
])
def test_a_name_before_a_date_an_age_or_an_id_names_no_measurement(rows, name):
    text_layout = layout(_words(*rows))
    assert not names_a_measurement(text_layout, *_span(text_layout, name))


@pytest.mark.parametrize("rows, name", [
    ([(646, 147, "GLPS_LAX -17.3")], "GLPS_LAX"),
    ([(646, 185, "GLPS_A2C -18.6"), (646, 204, "GLPS Avg -18.3")], "GLPS Avg -18.3"),  # '_' read as a gap
    ([(26, 136, "Hémoglobine 13.2 g/dL 13.0-17.0")], "Hémoglobine"),
    ([(606, 88, "CO (Fick) 4.8 L/min")], "CO (Fick)"),
    ([(646, 185, "Ejection 58 %"), (646, 204, "Fraction 61 %")], "Fraction"),  # a column of them
])
def test_a_measurement_name(rows, name):
    text_layout = layout(_words(*rows))
    assert names_a_measurement(text_layout, *_span(text_layout, name))


@pytest.mark.parametrize("rows", [
    # three name words over an ID, a date and a time
    [(10, 10, "KIM MIN JUN"), (10, 30, "850312-1234567"), (10, 50, "2024-01-05 10:12")],
    # a banner's labels over their values, no device word among them
    [(10, 10, "Name  Sex  Born"), (10, 30, "Mary Low  F  12/03/1961")],
    # a name that holds a device word, over one row of numbers only
    [(26, 87, "Mary Low Park"), (25, 107, "AO 128 76 94 88")],
    # a heading whose numbers stand far right of it, under none of its words
    [(26, 87, "Site Sys Dia Mean HR"), (606, 107, "CI 2.6 3.1"), (606, 126, "SVR 1280 1310")],
])
def test_no_table_heading(rows):
    text_layout = layout(_words(*rows))
    first = text_layout.text.split("\n")[0].split()[0]
    assert not heads_a_number_table(text_layout, *_span(text_layout, first))


def test_a_table_heading_over_its_rows():
    text_layout = layout(_HEMO)
    assert heads_a_number_table(text_layout, *_span(text_layout, "Sys Dia"))
    text_layout = layout(_words(*_LAB))
    assert heads_a_number_table(text_layout, *_span(text_layout, "Analyse"))


# A densitometry report's and a fetal biometry table's headings and first rows as PP-OCR reads them
# (review 13): the headings are spaced in columns, each its own field, with units in brackets
# ('Area(cm²)', 'BMD(g/cm²)') and a percentile's '%ile'; the cells carry units ('7.82cm', '48%').
_DEXA_BOXES = (
    ('Region', 24, 135, 47, 16), ('Area(cm²)', 86, 135, 69, 14), ('BMC(g)', 173, 135, 45, 16),
    ('BMD(g/cm²)', 235, 135, 77, 15), ('T-score', 328, 137, 56, 11), ('Z-score', 400, 137, 55, 11),
    ('L1', 24, 157, 16, 11), ('14.21', 88, 157, 38, 11), ('10.12', 166, 157, 38, 11), ('0.712', 228, 157, 39, 11),
    ('-2.6', 307, 157, 30, 11), ('-0.9', 377, 157, 31, 11), ('L2', 24, 175, 16, 11), ('15.03', 87, 175, 39, 11),
    ('11.46', 166, 175, 38, 11), ('0.762', 228, 175, 39, 11), ('-2.5', 307, 175, 30, 11), ('-0.8', 377, 175, 31, 11),
)
_FETAL_BOXES = (
    ('Fetal', 34, 125, 39, 13), ('Biometry', 81, 125, 63, 16), ('Value', 182, 125, 40, 13), ('GA', 253, 127, 16, 11),
    ('%ile', 315, 125, 32, 13), ('Author', 370, 125, 48, 13), ('BPD', 34, 147, 24, 11),
    ('(Hadlock)', 67, 145, 67, 14), ('7.82cm', 183, 147, 47, 11), ('31w2d', 253, 145, 40, 13),
    ('48%', 316, 147, 24, 11), ('Hadlock', 371, 145, 55, 13), ('HC', 34, 167, 16, 11), ('(Hadlock)', 59, 165, 67, 14),
    ('28.64cm', 175, 167, 55, 11), ('31w4d', 253, 165, 40, 13), ('52%', 316, 167, 24, 11),
    ('Hadlock', 371, 165, 55, 13),
)


def _heads(boxes, word: str) -> bool:
    tl = layout([OcrWord(t, Box(x, y, w, h), 99.0) for t, x, y, w, h in boxes])
    placed = next(p for p in tl.words if p.word.text == word)
    return heads_a_number_table(tl, placed.start, placed.end)


@pytest.mark.parametrize(("boxes", "word"), [(_DEXA_BOXES, "Region"), (_DEXA_BOXES, "Area(cm²)"),
                                             (_DEXA_BOXES, "BMD(g/cm²)"), (_FETAL_BOXES, "Author"),
                                             (_FETAL_BOXES, "Value")])
def test_a_heading_spaced_in_columns_heads_its_table(boxes, word):
    assert _heads(boxes, word)


def test_a_name_beside_one_field_over_a_table_heads_nothing():
    # a name's field and a device word's field on one row over rows of measurements: two fields, no heading
    rows = [(t, x, y + 40, w, h) for t, x, y, w, h in _DEXA_BOXES if y > 140]
    boxes = (('Garnier', 24, 155, 55, 13), ('Thibault', 83, 155, 60, 13), ('Total', 235, 155, 40, 13), *rows)
    assert not _heads(boxes, "Garnier")
    # a row with a date in it is no heading either
    boxes = (('Garnier', 24, 155, 55, 13), ('14/10/2026', 120, 155, 80, 13), ('Total', 235, 155, 40, 13),
             ('DXA', 300, 155, 30, 13), *rows)
    assert not _heads(boxes, "Garnier")


# -- a break-tester's names beside measurements and table headings (fix round 25) ------------------


@pytest.mark.parametrize("rows", [
    [(10, 10, "Grace Mbeki 13.2 g/dL 13.0-17.0")],  # a reference range follows
    [(10, 10, "Grace Mbeki 64 kg 50-80")],  # a weight and its target range
    [(10, 10, "Grace Mbeki 64 kg"), (10, 30, "Height 165 cm"), (10, 50, "BMI 23.5 kg/m2")],  # a column of them
])
def test_a_name_before_a_measurement_stays_a_name(analyzer, rows):
    words = _words(*rows)
    assert {"Grace", "Mbeki"} <= painted(analyzer, words)
    text_layout = layout(words)
    assert not names_a_measurement(text_layout, *_span(text_layout, "Grace Mbeki"))


@pytest.mark.parametrize("line", ["Grace Mbeki 72 bpm", "GRACE MBEKI  HR 72 bpm"])
def test_a_name_beside_a_monitor_setting_stays_a_name(analyzer, line):
    """A bedside monitor's name line with the heart rate after it: a setting in the field made two
    unknown capitalised words device text (`_setting_in_field`)."""
    assert {w for w in line.split()[:2]} <= painted(analyzer, _words((10, 10, line)))


def test_a_name_written_with_an_underscore_is_no_measurement_code(analyzer):
    assert "MBEKI_G" in painted(analyzer, _words((10, 10, "MBEKI_G 64 kg")))
    for name in ("MBEKI_G", "DOE_JANE"):
        text_layout = layout(_words((10, 10, f"{name} 64 kg")))
        assert not names_a_measurement(text_layout, *_span(text_layout, name))


@pytest.mark.parametrize("name", ["JOHN A SMITH", "John A Smith"])
def test_a_name_over_rows_of_vitals_is_no_table_heading(analyzer, name):
    words = _words((10, 10, name), (10, 30, "72 98 120"), (10, 50, "75 97 118"))
    assert {name.split()[0], name.split()[2]} <= painted(analyzer, words)
    text_layout = layout(words)
    assert not heads_a_number_table(text_layout, *_span(text_layout, name))


@pytest.mark.parametrize("heading", ["Site Sys Dia Mean Grace Mbeki", "Mbeki Site Sys Dia"])
def test_a_name_on_a_table_heading_row_stays_a_name(analyzer, heading):
    words = _words((10, 10, heading), (10, 30, "AO 128 76 94"), (10, 50, "LV 132 12 40"))
    assert "Mbeki" in painted(analyzer, words)
    text_layout = layout(words)
    assert not heads_a_number_table(text_layout, *_span(text_layout, "Mbeki"))


def test_the_cath_heading_alone_over_its_rows_is_still_kept(analyzer):
    words = _words((10, 10, "Site Sys Dia Mean HR"), (10, 30, "AO 128 76 94 88"), (10, 50, "LV 132 12 40 88"))
    assert not painted(analyzer, words) & {"Site", "Sys", "Dia", "Mean", "HR"}


# -- a table's headings the vocabulary lacks, each over its own column (fix round 26) --------------

# GE Lunar enCORE's dual-femur region table as PP-OCR reads it (review 13): the regions side by side
# over their BMD values, the T-score and the Z-score; 'Wards', 'Troch', 'Shaft' and 'DualFemur' are no
# vocabulary, but each stands over a value of its column.
_DUALFEMUR_BOXES = (
    ("N'DIAYE", 24, 16, 71, 14), ('Aminata', 100, 16, 76, 14), ('DualFemur', 24, 115, 66, 12),
    ('Neck', 97, 115, 31, 12), ('Upper', 135, 116, 37, 14), ('Neck', 175, 115, 31, 12), ('Wards', 211, 115, 39, 12),
    ('Troch', 256, 115, 33, 12), ('Shaft', 296, 115, 33, 12), ('Total', 334, 115, 29, 12), ('BMD', 24, 134, 22, 11),
    ('0.688', 60, 134, 36, 11), ('0.601', 111, 134, 37, 11), ('0.512', 161, 134, 36, 11), ('0.602', 212, 134, 36, 11),
    ('0.955', 262, 134, 36, 11), ('0.801', 313, 134, 37, 11), ('Young-Adult', 23, 151, 74, 15),
    ('Age-Matched', 176, 151, 80, 15), ('T-score', 98, 152, 44, 11), ('-2.1', 145, 152, 24, 11),
    ('Z-score', 259, 152, 46, 11), ('-0.4', 307, 152, 25, 11),
)
_DUALFEMUR = [OcrWord(text, Box(x, y, w, h), 99.0) for text, x, y, w, h in _DUALFEMUR_BOXES]


def test_a_densitometry_region_row_over_its_values_is_kept(analyzer):
    kept = {"DualFemur", "Neck", "Upper", "Wards", "Troch", "Shaft", "Total"}
    assert not painted(analyzer, _DUALFEMUR) & kept
    assert {"N'DIAYE", "Aminata"} <= covered(analyzer, _DUALFEMUR).get("PERSON", set())


def _columns(y: int, *rows: list[str], width: int = 72) -> list[OcrWord]:
    """Rows of a table whose cells stand in columns `width` px apart, the first row at `y`, each
    cell's word centred in its column (8 px a character, 12 px tall, rows 20 px apart)."""
    out = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            w = 8 * len(cell)
            out.append(OcrWord(cell, Box(20 + c * width + (width - w) // 2, y + 20 * r, w, 12), 99.0))
    return out


_BANNER_ROW = [OcrWord("Zanele", Box(20, 10, 48, 12), 99.0), OcrWord("Dube", Box(72, 10, 32, 12), 99.0)]


@pytest.mark.parametrize("heading, rows", [
    # Hologic's hip regions (Neck, Troch, Inter, Total, Ward's) over BMD and T-score
    (["Neck", "Troch", "Inter", "Total", "Ward's"], [["0.688", "0.601", "0.912", "0.802", "0.512"],
                                                      ["-2.1", "-1.8", "-1.2", "-1.5", "-2.9"]]),
    # a forearm's regions (Lunar: UD, MID, 33%): 'Ultradistal' and 'Radius' beside vocabulary
    (["Ultradistal", "Radius", "Ulna", "Total", "Upper"], [["0.412", "0.655", "0.601", "0.598", "0.611"],
                                                          ["-1.9", "-1.1", "-0.8", "-1.2", "-1.0"]]),
    # an echo table whose headings are abbreviations the vocabulary lacks beside two it knows
    (["IVSd", "LVIDd", "LVPWd", "Mean", "Total"], [["1.1", "4.9", "1.0", "2.2", "3.1"],
                                                    ["0.9", "3.2", "1.2", "2.0", "2.9"]]),
    # a fetal biometry table in French: 'Mesure', 'Moyenne', 'Percentile' over measurements
    (["Mesure", "Moyenne", "Percentile", "Mean", "Total"], [["78.2", "77.9", "48", "12.1", "31.2"],
                                                            ["286.4", "285.0", "52", "12.4", "30.8"]]),
])
def test_headings_each_over_their_column_are_kept(analyzer, heading, rows):
    words = _BANNER_ROW + _columns(60, heading, *rows)
    assert not painted(analyzer, words) & set(heading)
    assert {"Zanele", "Dube"} <= covered(analyzer, words).get("PERSON", set())


@pytest.mark.parametrize("heading", [
    ["Zanele", "Dube", "Khumalo"],  # a name line of three words over rows of values: no vocabulary
    ["ZANELE", "DUBE", "KHUMALO", "Total"],  # one vocabulary word beside three name words
])
def test_a_name_over_columns_of_values_heads_no_table(heading):
    # each name word stands over a column of values, yet the row holds no two vocabulary words
    text_layout = layout(_columns(60, heading, ["0.688", "0.601", "0.512", "0.955"], ["-2.1", "-1.8", "-1.2", "-0.4"]))
    for word in heading[:3]:
        assert not heads_a_number_table(text_layout, *_span(text_layout, word))


@pytest.mark.parametrize("heading", [
    ["Neck", "Troch", "Wards", "Total", "Grace", "Mbeki"],  # the name over no column, at the row's end
    ["Mbeki", "Neck", "Troch", "Wards", "Total"],  # the name over the first column, at the row's start
    ["Grace", "Mbeki", "Neck", "Troch", "Total"],  # a two-word name over two columns
    ["Neck", "Grace", "Mbeki", "Troch", "Total"],  # a two-word name over two columns amid the regions
    ["Neck", "GRACE", "Mbeki", "Troch", "Total"],
])
def test_a_name_on_a_region_row_stays_a_name(heading):
    text_layout = layout(_columns(60, heading, ["0.688", "0.601", "0.512", "0.955", "0.801"],
                                  ["-2.1", "-1.8", "-1.2", "-0.4", "-0.9"]))
    assert not heads_a_number_table(text_layout, *_span(text_layout, "Mbeki"))
