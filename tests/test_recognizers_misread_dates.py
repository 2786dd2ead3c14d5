"""A numeric date OCR misread one character of ('202@/09/09' for 2026/09/09, 'O9.03.2024', '1l/05/1987',
'2S.12.2019', and '202@/09' where the read also lost the day) is a date; a token with no misread
character, two of them, or no date once read ('B12/08', 'IS/SO/2024', 'B120/08', '2O19-13') is not.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import confused_date

from .test_recognizers_context import banner


def dates(analyzer, text: str) -> set[str]:
    ws = banner(text)
    return {w.text for f in analyzer.analyze(ws) if f.entity_type == "DATE_TIME"
            for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


@pytest.mark.parametrize("token", ["202@/09/09", "202@/09", "O9.03.2024", "1l/05/1987", "2S.12.2019", "1987-03-I2",
                                   "12/2O24", "23.O4.1961", "1B/06/2001", "0G.06.2001"])
def test_a_date_with_one_misread_digit_is_painted(analyzer, token):
    assert dates(analyzer, f"ABERNATHY-NWOSU^KEZIA\n{token}\nOperator: TLP") >= {token}


@pytest.mark.parametrize("token", ["B12/08", "IS/SO/2024", "B120/08", "2O19-13", "S0/2024", "v2O19.05", "2O26-O9-09",
                                   "L1.5.12", "1O/2O/3O", "2O26/31/45"])
def test_device_text_with_letters_for_digits_is_no_date(token):
    assert confused_date(token) is None


def test_the_read_digits():
    assert confused_date("2O26/09/09") == "2026/09/09"
    assert confused_date("202G/09") == "2026/09"
    assert confused_date("202@/09") is not None
