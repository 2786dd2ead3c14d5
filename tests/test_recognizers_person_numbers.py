"""National person numbers of the round-28 language list (the EU's, the Balkans', Russia's,
Kazakhstan's, Malaysia's, Indonesia's, the Philippines', South Africa's, Thailand's, Iceland's),
each an ID without a label where its published check passes (or, where the number has no check
digit, where its strict shape holds: a birth date, a region code, its hyphens), and after any
label; the same shape with a wrong check, a device's serial, a phone number or a date stays.
Valid numbers: the issuers' or Wikipedia's published examples where known, otherwise numbers
built to pass the check (`_valid`)."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import (
    PERSON_NUMBER_ENTITIES,
    national_id_recognizers,
)

from .test_recognizers_context import covered, painted

# (a valid number, a check-broken copy: the last digit changed)
NUMBERS = [
    ("5711025388080", "5711025388082"),     # South Africa (review 14), Luhn
    ("37605030299", "37605030298"),         # Estonia isikukood (published example)
    ("33309240064", "33309240065"),         # Lithuania asmens kodas (published example)
    ("161175-19997", "161175-19996"),       # Latvia personas kods
    ("0101006500006", "0101006500007"),     # JMBG / EMŠO
    ("7523169263", "7523169264"),           # Bulgaria EGN (published example)
    ("1800101221144", "1800101221145"),     # Romania CNP
    ("112-233-445 95", "112-233-445 96"),   # Russia SNILS (published example)
    ("85.07.30-033.28", "85.07.30-033.29"),  # Belgium rijksregisternummer (published example)
    ("120174-3399", None),                  # Iceland kennitala (a wrong one is still the CPR's shape)
    ("1237 010180", "1238 010180"),         # Austria SVNR (published example)
    ("1234567T", "1234567U"),               # Ireland PPSN (published example)
    ("1234567TW", "1234567UW"),
]


def _valid(prefix: str, check) -> str:
    """`prefix` and the digit that passes `check` (the number's own rule)."""
    return next(prefix + str(k) for k in range(10) if check([int(c) for c in prefix + str(k)]))


def _built():
    from fw_gear_presidio_image_redactor.recognize.recognizers import patterns as p
    iin = _valid("85041530012", p._iin)                 # Kazakhstan IIN
    amka = _valid("1503851234", p._luhn)                # Greece AMKA
    oib = _valid("6943515153", p._iso7064_mod11_10)     # Croatia OIB
    return [iin, amka, oib]


@pytest.mark.parametrize("number", [n for n, _ in NUMBERS] + _built())
def test_a_person_number_passing_its_check_is_an_id_bare_and_after_a_label(analyzer, number):
    assert set(number.split()) <= covered(analyzer, number).get("ID", set())
    labelled = f"No.: {number}"
    assert set(number.split()) <= covered(analyzer, labelled).get("ID", set())


def test_the_review_s_south_african_id_before_a_date_time_is_an_id(analyzer):
    assert "5711025388080" in covered(analyzer, "5711025388080 2026-02-14 14:03").get("ID", set())


@pytest.mark.parametrize("text, number", [
    ("850415-14-5127", "850415-14-5127"),          # Malaysia MyKad (no check digit: its shape)
    ("IC: 850415-14-5127", "850415-14-5127"),
    ("3201014509850001", "3201014509850001"),      # Indonesia NIK (province 32, a woman born 05-09-85)
    ("PhilHealth PIN: 02-051234567-8", "02-051234567-8"),
    ("0111-1234567-8", "0111-1234567-8"),          # UMID CRN
])
def test_a_person_number_without_check_digit_is_an_id_by_its_strict_shape(analyzer, text, number):
    assert number in covered(analyzer, text).get("ID", set())


def _national(text: str) -> list[str]:
    """The national-identifier recognisers that find something in `text`."""
    return [r.name for r in national_id_recognizers() if r.analyze(text, r.supported_entities)]


@pytest.mark.parametrize("number", [bad for _, bad in NUMBERS if bad])
def test_the_same_shape_with_a_wrong_check_is_no_national_id(number):
    assert not _national(number)


@pytest.mark.parametrize("text, kept", [
    ("S/N 5711025388080", "5711025388080"),        # a serial of a valid shape
    ("REF 37605030299", "37605030299"),
    ("Lot 850415-14-5127", "850415-14-5127"),
    ("Serial No. 0101006500006", "0101006500006"),
])
def test_a_device_serial_of_a_person_number_s_shape_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text", [
    "Tel +27 11 555 0123", "+60 3-2615 5555", "0812-3456-7890", "(02) 8651-7800",   # phone numbers
    "2026-02-14 14:03", "14.02.2026", "850415-94-5127",   # dates; MyKad with the unassigned place 94
    "851315-14-5127",                                     # month 13
    "9901014509850001",                                   # no Indonesian province 99
    "kV 120 mAs 250 1237 010180",                         # a row of numbers
    "1.2.840.10008.5711025388080",                        # joined into a UID
])
def test_phones_dates_and_rows_are_no_person_number(text):
    assert not _national(text)


def test_every_person_number_is_reported_as_id():
    entities = {e for r in national_id_recognizers() for e in r.supported_entities}
    assert set(PERSON_NUMBER_ENTITIES) <= entities
