"""Break-test 10 (section 3a, items 2-3), names, fixed as kinds:

- a family name in capitals with its given names after it in title case ('SMITH John', 'ROSSI Mario',
  'DUPONT Marie': the Eastern order and the French and Italian lists' capitals) is a name whatever
  stands elsewhere on the frame or after it on its line; spaCy's English model read it only alone
  ('SMITH John' over 'ABDOMEN', or with 'DOE Jane' on another line, was painted nowhere);
- a family name in capitals beside given names typed in lower case in one name field
  ('OYELARAN adewale', 'sean patrick OBRIEN', 'Name: LINDQVIST astrid') is one name, all of it painted.

Guards: a device or anatomy line of the same shape ('ABDOMEN Liver', 'CHEST Portable', 'GAIN Auto',
'SPINE Lumbar', 'TOSHIBA Aplio', a console's 'WARNING Overheat') and labels stay.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.recognize.recognizers.names import family_given_names

from .helpers import frame_pixels, glyphs_erased, run_cli
from .test_recognizers_context import painted

# -- 1. FAMILY Given, whatever else the frame holds ------------------------------------------------


@pytest.mark.parametrize("text, name, kept", [
    ("SMITH John\nABDOMEN", ["SMITH", "John"], ["ABDOMEN"]),
    ("SMITH John ABDOMEN", ["SMITH", "John"], ["ABDOMEN"]),
    ("ABDOMEN\nSMITH John", ["SMITH", "John"], ["ABDOMEN"]),
    ("DOE Jane\nLIVER", ["DOE", "Jane"], ["LIVER"]),
    ("SMITH John\nDOE Jane", ["SMITH", "John", "DOE", "Jane"], []),
    ("DOE Jane\nSMITH John", ["SMITH", "John", "DOE", "Jane"], []),
    ("ROSSI Mario ABDOMEN", ["ROSSI", "Mario"], ["ABDOMEN"]),
    ("DOE Jane\nSMITH John\nABDOMEN\nC5-1 12Hz", ["SMITH", "John", "DOE", "Jane"], ["ABDOMEN", "C5-1", "12Hz"]),
    ("KOWALSKI Martha\nABDOMEN", ["KOWALSKI", "Martha"], ["ABDOMEN"]),
    ("ROSSI Mario\nCHEST", ["ROSSI", "Mario"], ["CHEST"]),             # Italian list order
    ("DUPONT Marie-Claire\nPELVIS", ["DUPONT", "Marie-Claire"], ["PELVIS"]),  # French
    ("NAGY Eszter\nTHYROID", ["NAGY", "Eszter"], ["THYROID"]),         # Hungarian: family name first
    ("TANAKA Yuki  KIDNEY", ["TANAKA", "Yuki"], ["KIDNEY"]),           # Japanese
    ("PARK Jiwoo\nLIVER", ["PARK", "Jiwoo"], ["LIVER"]),               # Korean
    ("NGUYEN Van Nam\nABDOMEN", ["NGUYEN", "Van", "Nam"], ["ABDOMEN"]),  # Vietnamese
    ("O'BRIEN Sean\nSPINE", ["O'BRIEN", "Sean"], ["SPINE"]),
    ("LI Wei\nABDOMEN", ["LI", "Wei"], ["ABDOMEN"]),                 # two-letter Chinese family name
    ("OH Seojun  LIVER", ["OH", "Seojun"], ["LIVER"]),                 # Korean
    ("LE Thi Lan\nKIDNEY", ["LE", "Thi", "Lan"], ["KIDNEY"]),          # Vietnamese middle name 'Thi'
])
def test_a_capitals_family_name_and_its_given_name_is_painted_beside_device_words(analyzer, text, name, kept):
    got = painted(analyzer, text)
    assert set(name) <= got, got
    assert not set(kept) & got, got


# -- 2. lower-case given names beside a family name in capitals -----------------------------------


@pytest.mark.parametrize("text, name, kept", [
    ("OYELARAN adewale", ["OYELARAN", "adewale"], []),
    ("sean patrick OBRIEN", ["sean", "patrick", "OBRIEN"], []),
    ("Name: LINDQVIST astrid", ["LINDQVIST", "astrid"], ["Name:"]),
    ("Patient: MORALES lucia", ["MORALES", "lucia"], ["Patient:"]),
    ("akira TANAKA\nABDOMEN", ["akira", "TANAKA"], ["ABDOMEN"]),
    ("FAGERLUND maja  ABDOMEN", ["FAGERLUND", "maja"], ["ABDOMEN"]),
    ("OYELARAN adewale\nABDOMEN", ["OYELARAN", "adewale"], ["ABDOMEN"]),
    ("NOVAK petra", ["NOVAK", "petra"], []),
    ("okafor CHIDI", ["okafor", "CHIDI"], []),
    ("Name: LINDQVIST astrid  DOB: 1980-01-01", ["LINDQVIST", "astrid", "1980-01-01"], ["Name:", "DOB:"]),
])
def test_lower_case_given_names_beside_a_capitals_family_name_are_painted(analyzer, text, name, kept):
    got = painted(analyzer, text)
    assert set(name) <= got, got
    assert not set(kept) & got, got


# -- guards: device and console lines of the same shape stay ---------------------------------------


@pytest.mark.parametrize("text", [
    "ABDOMEN Liver", "CHEST Portable", "GAIN Auto", "SPINE Lumbar", "TOSHIBA Aplio",
    "ABDOMEN Liver\nSMITH", "LEFT Breast", "HEAD First", "PELVIS Transverse", "KIDNEY Long",
    "WARNING Overheat", "ERROR Timeout",
    "ABDOMEN general", "CHEST pa", "LIVER lesion", "SCAN complete", "VIEW all",
    "ZOOM Out Of Range",
])
def test_a_device_line_of_the_same_shape_stays(analyzer, text):
    assert not painted(analyzer, text) - {"SMITH"}


@pytest.mark.parametrize("text", [
    "ABDOMEN Liver", "CHEST Portable", "GAIN Auto", "SPINE Lumbar", "TOSHIBA Aplio", "WARNING Overheat",
    "CAUTION Hot Surface", "NOTICE Service", "ABDOMEN general", "CHEST pa", "PRESS any key", "ZOOM Out Of Range",
    "SMITH John said", "patient SMITH", "nguyen thi lan",
    # two capitals are a code ('UZ Ledviny', 'UL tyreoidea', 'AZ Delta'); a label's colon; a department's site
    "UZ Ledviny", "UL tyreoidea", "AZ Delta", "Sonograf:AL Remiss: Ingrid", "SEH Zwolle",
    # a nasogastric tube on a chest film; 'THI' (tissue harmonic imaging) and anatomy around 'Thi'
    "NG Tube", "NG Placement", "THI Auto", "CHEST Thi Auto", "LE Venous", "LU Lobe",
])
def test_the_name_shape_takes_no_device_line_nor_a_phrase(text):
    # the rule alone ('CAUTION Hot Surface' is painted by the model, a finding this rule adds nothing to)
    assert family_given_names(text) == []


def test_on_an_image_the_names_go_and_the_anatomy_stays(case_factory, tmp_path):
    """Break-test 10's frame: 'SMITH John' over 'DOE Jane' with 'ABDOMEN' on the frame, and a
    lower-case given name beside its family name; no metadata (its names are others')."""
    specs = [TextSpec("DOE Jane", 10, 10, "PERSON", 13), TextSpec("SMITH John", 10, 60, "PERSON", 13),
             TextSpec("OYELARAN adewale", 10, 110, "PERSON", 13), TextSpec("ABDOMEN", 10, 300, None, 12),
             TextSpec("CHEST Portable", 200, 300, None, 12)]
    case = case_factory("us.dcm", specs, rows=384, columns=384, bits_stored=8,
                        header={"PatientName": "ROE^RICHARD", "PatientID": "A1"})
    out = tmp_path / "out"
    assert run_cli("run", case.path, "--mode", "redact", "--output-dir", out).returncode == 0
    after = frame_pixels(out / "redacted_us.dcm")
    for seg in case.phi:
        assert glyphs_erased(after, seg), seg.text
    for seg in case.non_phi:
        assert not glyphs_erased(after, seg), seg.text
