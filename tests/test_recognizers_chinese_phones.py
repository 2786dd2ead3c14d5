"""Chinese telephone numbers and the phone labels of other scripts (review 10 half B, fix round 19),
as kinds:

- after a pinyin label ('Lianxi dianhua:' contact phone, 'Dianhua', 'Shouji', 'Lianxi', 'Shouji
  haoma') or a Chinese, Japanese or Korean one (电话, 手机, 電話, 전화), a mobile in any of its forms
  ('138 5921 0476', '13859210476', '138-5921-0476', '+86 138 5921 0476') or a landline ('010-6552
  8899', '021 5489 3322') is painted;
- a Chinese mobile of 3-4-4 groups or a landline with its area code alone on its line is a phone;
- device numbers, counts, table rows and doses in three- and four-digit groups stay.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import covered, painted


@pytest.mark.parametrize("text, number", [
    ("Lianxi dianhua: 138 5921 0476", ["138", "5921", "0476"]),
    ("Dianhua: 138 5921 0476", ["138", "5921", "0476"]),
    ("Shouji: 13859210476", ["13859210476"]),
    ("Lianxi: 138-5921-0476", ["138-5921-0476"]),
    ("Shouji haoma: 138 5921 0476", ["138", "5921", "0476"]),
    ("Lianxi dianhua: 010-6552 8899", ["010-6552", "8899"]),
    ("Dianhua: 021 5489 3322", ["021", "5489", "3322"]),
    ("电话: 138 5921 0476", ["138", "5921", "0476"]),
    ("联系电话: 138 5921 0476", ["138", "5921", "0476"]),
    ("전화: 010-1234-5678", ["010-1234-5678"]),
    ("Tlf. 98 92 14 55", ["98", "92", "14", "55"]),
    ("Puh. 040 123 4567", ["040", "123", "4567"]),
])
def test_a_number_after_a_phone_label_is_a_phone(analyzer, text, number):
    got = covered(analyzer, text)
    assert set(number) <= got.get("PHONE_NUMBER", set()), got


@pytest.mark.parametrize("text, number", [
    ("138 5921 0476", ["138", "5921", "0476"]),
    ("+86 138 5921 0476", ["+86", "138", "5921", "0476"]),
    ("010-6552 8899", ["010-6552", "8899"]),
    ("0755-8123 4567", ["0755-8123", "4567"]),
    ("CHEN YUXIN\n138 5921 0476\nID: XM20260087731", ["138", "5921", "0476"]),
])
def test_a_chinese_number_alone_on_its_line_is_a_phone(analyzer, text, number):
    got = covered(analyzer, text)
    assert set(number) <= got.get("PHONE_NUMBER", set()), got


@pytest.mark.parametrize("text", [
    "S/N 138 5921 0476",
    "S/N\n138 5921 0476",                        # a device's label over its number
    "138 5921 0476 120 250",                     # a table's row
    "Series 138  Images 5921  Frames 0476",
    "Dose 138 5921 mGy",
    "138 5921 0476 mGy",
    "DAP 1385 9210 476",
    "Counts 1385 9210 4766",
    "kV 138 mA 592 ms 1047",
    "1024 2048 4096",
    "010-2026",
    "0123-4567",
])
def test_device_numbers_counts_rows_and_doses_are_no_phone(analyzer, text):
    got = covered(analyzer, text)
    assert "PHONE_NUMBER" not in got, got
    assert not painted(analyzer, text) & {"138", "5921", "0476", "1385", "9210", "476", "0123-4567"}, got
