"""Device text of MR spectroscopy, mammography CAD and elastography screens that the NER model or the
banner's institution rule must not paint (review 13: spectroscopy's metabolite row 'NAA  Cr  Cho  mI
Lac' read as institutions, 'ImageChecker CAD 10.0  BI-RADS 4A' and an elastography scale's 'Stiffness
Range 0-40 kPa' read as organisations): the metabolites, the reporting scales with their categories,
CAD products and elastography's words are device vocabulary (`device_vocabulary`, sources there).

Names stay names: the Korean surname Cho, the Polish given name Ala and the eponymous scales' surnames
(Tanner, Fazekas) in a patient's banner or after a name label.
Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .helpers import ocr_rows
from .test_recognizers_context import painted


def _words(*rows: tuple[int, int, str]) -> list[OcrWord]:
    return ocr_rows(*rows, gap=2)


_MRS_BANNER = ((12, 13, "KARIMI SHIRIN  TH-3307812"), (12, 30, "Tehran Heart Center  31/10/2026"))


@pytest.mark.parametrize("row", ["NAA  Cr  Cho  mI  Lac", "NAA  Cr  Cho  mI  Lac  Glx", "Cho  Cr  NAA",
                                 "Lip  Lac  Ala", "Cit  Cho  Cr", "PCr  GPC  Tau  Ins", "Glu  Gln  GABA"])
def test_a_spectrum_metabolite_row_is_kept(analyzer, row):
    words = _words(*_MRS_BANNER, (120, 420, row), (120, 440, "2.01  3.03  3.22  3.56  1.33  ppm"),
                   (60, 470, "NAA/Cr 1.42  Cho/Cr 1.18  TE 135  SV PRESS"))
    assert not painted(analyzer, words) & set(row.split() + ["ppm", "NAA/Cr", "Cho/Cr"])
    assert {"KARIMI", "SHIRIN"} <= painted(analyzer, words)


@pytest.mark.parametrize("banner", [
    ((12, 13, "CHO, MIN-JI  DOB 12/03/1971"), (12, 30, "Seoul Clinic  31/10/2026")),
    ((12, 13, "Patient: Cho Hyun  MRN 4471023"), (12, 30, "31/10/2026")),
    ((12, 13, "Name: Ala Nowak  PESEL 71031212345"), (12, 30, "31/10/2026")),
])
def test_a_metabolite_that_is_a_name_stays_a_name_in_the_banner(analyzer, banner):
    words = _words(*banner, (120, 420, "NAA  Cr  Cho  mI  Lac"))
    name = banner[0][2].split("  ")[0].replace("Patient: ", "").replace("Name: ", "")
    assert {w.strip(",") for w in name.split()} <= {w.strip(",") for w in painted(analyzer, words)}
    assert not painted(analyzer, words) & {"NAA", "Lac", "mI"}


@pytest.mark.parametrize("line", ["Lac Thi Mai  12/03/1961", "LAC THI MAI  12/03/1961"])
def test_a_metabolite_name_opening_a_name_without_a_label_stays_a_name(analyzer, line):
    """The Vietnamese surname Lạc before the name middle 'Thi' (also the vocabulary's THI): two
    device words of three were read as a device field and the name was kept (vocabulary of fix
    round 24); a word that is a name too is no evidence of a device field."""
    words = _words((12, 13, line), (12, 30, "31/10/2026"))
    assert set(line.split()[:3]) <= painted(analyzer, words)


@pytest.mark.parametrize("line", ["ImageChecker CAD 10.0  BI-RADS 4A", "BI-RADS 4A", "PI-RADS 3", "LI-RADS 4",
                                  "TI-RADS 3", "O-RADS 2", "Lung-RADS 4B", "ACR BI-RADS C", "Transpara 8",
                                  "SecondLook CAD", "Tanner 3", "Kellgren-Lawrence 2", "Fazekas 1"])
def test_a_reporting_scale_or_cad_product_is_kept(analyzer, line):
    words = _words((14, 13, "McFARLANE, SHANIQUE A."), (14, 33, "DOB 09/10/1974  06/10/2026"),
                   (14, 400, "Mass"), (14, 420, "Calc"), (24, 505, line), (14, 525, "Tech: Marcia Powell"))
    assert not painted(analyzer, words) & set(line.split())
    assert {"Marcia", "Powell"} <= painted(analyzer, words)


@pytest.mark.parametrize(("line", "name"), [("TANNER, GRACE  DOB 12/03/1971", {"TANNER,", "GRACE"}),
                                            ("Referring: Dr. Peter Fazekas", {"Peter", "Fazekas"}),
                                            ("Patient: Fazekas Anna  MRN 4471023", {"Fazekas", "Anna"})])
def test_a_scale_that_is_a_surname_stays_a_name(analyzer, line, name):
    words = _words((12, 13, line), (12, 30, "31/10/2026"), (24, 505, "BI-RADS 2"))
    assert name <= painted(analyzer, words)


@pytest.mark.parametrize("line", ["Stiffness Range 0-40 kPa", "Elasticity  0-40 kPa", "Shear Wave  SWE",
                                  "Emean 7.8 kPa  Emax 10.2 kPa", "IQR/Med 14 %", "Q-Box 10mm"])
def test_an_elastography_scale_or_result_is_kept(analyzer, line):
    words = _words((11, 12, "VANDENBROUCKE LOTTE"), (11, 50, "AZ Groeninge Kortrijk  21/10/2026"),
                   (20, 120, "SWE  SL15-4  Abdo Liver"), (44, 535, line))
    assert not painted(analyzer, words) & set(line.split())
    assert {"VANDENBROUCKE", "LOTTE"} <= painted(analyzer, words)



# A mammogram's and an elastography screen's words as PP-OCR reads them (review 13's images, the
# patient's words replaced): the OCR order puts 'BI-RADS' (taller box) before the CAD product.
_MG_BOXES = (
    ("WILLIAMS,", 14, 14, 87, 13), ("KEISHA", 106, 14, 74, 14), ("A.", 183, 14, 14, 12), ("L", 505, 16, 13, 18),
    ("CC", 526, 16, 32, 18), ("MRN", 146, 34, 32, 12), ("UH0932214", 183, 34, 83, 12), ("28", 504, 45, 16, 11),
    ("kVp", 525, 45, 25, 14), ("DOB", 14, 54, 32, 12), ("09/10/1974", 50, 54, 81, 14),
    ("06/10/2026", 139, 54, 81, 14), ("Comp", 504, 63, 39, 14), ("58", 546, 63, 14, 11), ("Calc", 306, 282, 29, 19),
    ("BI-RADS", 201, 501, 60, 20), ("ImageChecker", 24, 505, 102, 16), ("CAD", 129, 506, 31, 12),
    ("10.0", 165, 506, 30, 12), ("4A", 266, 506, 18, 12), ("Tech:", 23, 525, 34, 13), ("Marcia", 62, 526, 43, 12),
    ("Powell", 109, 525, 41, 13),
)
_ELASTO_BOXES = (
    ('VANDENBROUCKE', 11, 12, 128, 12), ('LOTTE', 144, 12, 44, 12), ('SWE', 564, 13, 29, 11),
    ('SL15-4', 602, 13, 45, 11), ('Abdo', 654, 11, 34, 13), ('Liver', 692, 12, 33, 12), ('Pen', 564, 31, 23, 11),
    ('Q-Box', 596, 31, 39, 13), ('10m', 639, 31, 29, 11), ('INSZ', 12, 33, 31, 11),
    ('85.07.30-033.28', 47, 33, 108, 11), ('Pat', 167, 33, 21, 11), ('UZG8812045', 192, 33, 86, 11),
    ('m', 668, 33, 13, 9), ('AZ', 11, 51, 19, 11), ('Groeninge', 34, 50, 67, 14), ('Kortrijk', 105, 49, 47, 15),
    ('21/10/2026', 160, 51, 75, 13), ('Mean7.8', 44, 476, 68, 12), ('kPa', 121, 472, 30, 18),
    ('Min5.1', 155, 472, 68, 19), ('Max10.2', 237, 472, 68, 19), ('Vel', 144, 492, 29, 16), ('1.61', 177, 492, 37, 20),
    ('m/s', 221, 489, 35, 23), ('Depth', 257, 493, 55, 19), ('4.2cm', 313, 489, 46, 20), ('SD', 44, 496, 17, 12),
    ('1.1', 70, 496, 24, 12), ('kPa', 103, 496, 25, 12), ('IQR/Med14%', 179, 511, 104, 21),
    ('Median', 44, 515, 50, 13), ('7.6', 103, 516, 26, 12), ('kPa', 138, 515, 23, 13), ('n=10', 297, 512, 37, 20),
    ('Stiffness', 44, 535, 75, 13), ('kPa', 222, 535, 24, 13), ('Range', 128, 536, 43, 15), ('0-40', 179, 536, 34, 12),
)


@pytest.mark.parametrize(("boxes", "kept", "name"), [
    (_MG_BOXES, {"BI-RADS", "ImageChecker", "CAD", "4A"}, {"KEISHA", "Marcia", "Powell"}),
    (_ELASTO_BOXES, {"Stiffness", "Range", "kPa"}, {"VANDENBROUCKE", "LOTTE"}),
])
def test_device_lines_as_ocr_reads_them_are_kept(analyzer, boxes, kept, name):
    words = [OcrWord(text, Box(x, y, w, h), 99.0) for text, x, y, w, h in boxes]
    assert not painted(analyzer, words) & kept
    assert name <= painted(analyzer, words)
