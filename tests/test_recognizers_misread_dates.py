"""A date OCR misread characters of ('202@/09/09' for 2026/09/09, 'O9.03.2024', '1l/05/1987',
'2S.12.2019', '202@/09' where the read also lost the day, 'l2/O3/l96l', '196lO312', '12 Mar 196l')
is a date; a token with no misread character, two misread characters other than O, l and I
unless a date label stands before it, or no date once read ('B12/08', 'IS/SO/2024', 'B120/08',
'2O19-13') is not; nor a probe's name with a range and a preset ('C1-6/12').
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


@pytest.mark.parametrize("token", ["B12/08", "IS/SO/2024", "B120/08", "2O19-13", "S0/2024", "v2O19.05", "lOlO/lO/lI",
                                   "L1.5.12", "1O/2O/3O", "2O26/31/45"])
def test_device_text_with_letters_for_digits_is_no_date(token):
    assert confused_date(token) is None


def test_the_read_digits():
    assert confused_date("2O26/09/09") == "2026/09/09"
    assert confused_date("202G/09") == "2026/09"
    assert confused_date("202@/09") is not None


# -- misread characters: any number of O, l and I; one other; more after a date label -----------------

@pytest.mark.parametrize("token", ["2O2@/09/09", "2O24/O9/O9", "O1.O2.1950", "12.03.l96l", "l2/O3/l96l",
                                   "2O26-O9-09", "12/03/1g61", "2q24/09/09", "196lO312", "2O24O9l2"])
def test_a_date_with_round_misreads_and_one_other_is_painted(analyzer, token):
    assert dates(analyzer, f"ABERNATHY-NWOSU^KEZIA\n{token}\nOperator: TLP") >= {token}


@pytest.mark.parametrize("text,token", [
    ("DOB: 12/O3/196l", "12/O3/196l"), ("Geb.: O1.O2.195O", "O1.O2.195O"), ("DOB 12/03/1g61", "12/03/1g61"),
    ("Study Date: 2O24.O3.l2", "2O24.O3.l2"), ("Date: ZS.O3.2O24", "ZS.O3.2O24"),
    ("Fecha de nacimiento: Z3/O3/l96S", "Z3/O3/l96S"), ("DOB: 1O/O3/6l", "1O/O3/6l")])
def test_after_a_date_label_any_number_of_misreads_is_a_date(analyzer, text, token):
    assert dates(analyzer, f"ABERNATHY-NWOSU^KEZIA\n{text}") >= {token}


@pytest.mark.parametrize("token", ["ZS.O3.2O24", "Z3/O3/l96S", "1O/O3/6l"])
def test_the_same_tokens_alone_are_no_date(analyzer, token):
    """Two misreads other than O, l and I, or a two-digit year, without a label: a code or a counter."""
    assert confused_date(token) is None
    assert token not in dates(analyzer, f"ABERNATHY-NWOSU^KEZIA\n{token}")


@pytest.mark.parametrize("text,words", [
    ("2024/09/S9", {"2024/09/S9"}),  # a year and a month, the day garbled
    ("Date: 2024/09/S9", {"2024/09/S9"}),
    ("12 Mar 196l", {"12", "Mar", "196l"}),
    ("Mar l2, 1961", {"Mar", "l2,", "1961"}),
    ("196l-MAR-12", {"196l-MAR-12"}),
    ("l5. März 1961", {"l5.", "März", "1961"}),
])
def test_a_garbled_day_and_a_month_name_with_misread_digits_are_dates(analyzer, text, words):
    assert dates(analyzer, f"ABERNATHY-NWOSU^KEZIA\n{text}") >= words


@pytest.mark.parametrize("text", ["C1-6/12", "L12-5/10", "B12/08", "S0/5", "L4/5", "BP 12O/8O", "Img 1O/O8/2O",
                                  "Frame 2O/l2", "Ver 2O.1O.3", "SN 2O19/0042"])
def test_device_text_like_a_misread_date_is_kept(analyzer, text):
    assert not dates(analyzer, f"ABERNATHY-NWOSU^KEZIA\n{text}") - {"ABERNATHY-NWOSU^KEZIA"}
