"""A banner's name field is found beside the date, ID or age on its row (`names._same_line`); two
capitalised words in the row's far corner (a camera's 'Canon EOS' at the bottom right of a
photograph whose bottom left holds 'Datum: 15. března 2024', review 9's dermatology case) are
another corner's text and do not count as that date's row."""

from __future__ import annotations

from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.recognize.recognizers.names import _same_line

DATE = Box(72, 557, 113, 12)  # '15. března 2024', bottom left of an 800 px photograph


def test_two_words_in_the_far_corner_of_a_dates_row_are_not_on_its_line():
    assert not _same_line(Box(701, 561, 65, 10), DATE)  # 'Canon EOS', bottom right


def test_a_field_beside_the_date_on_its_row_is_on_its_line():
    assert _same_line(Box(200, 558, 90, 12), DATE)  # the next field of a one-line banner
    assert _same_line(Box(380, 558, 90, 12), DATE)  # fields spaced wide: 195 px, 16 line heights
