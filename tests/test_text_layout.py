"""Text spans back to pixel boxes: whole words, never taller than their line."""

from __future__ import annotations

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.text_layout import layout, line_extent


def test_a_word_box_grown_into_noise_is_clipped_to_its_line():
    # Tesseract's box for 'ROE' on 11_trailing_word_box reaches 13 px below the line.
    ws = [OcrWord("Referrer", Box(22, 63, 88, 19), 95), OcrWord("CONSTANTINE", Box(117, 64, 155, 18), 95),
          OcrWord("ROE", Box(281, 64, 44, 31), 95), OcrWord("Portable", Box(334, 63, 89, 19), 95)]
    text_layout = layout(ws)
    start = text_layout.text.index("CONSTANTINE")
    [(box, text)] = text_layout.boxes_for(start, start + len("CONSTANTINE ROE"))
    assert text == "CONSTANTINE ROE"
    assert (box.left, box.top, box.right, box.bottom) == (117, 64, 325, 82)


def test_descenders_stay_inside_the_line():
    ws = [OcrWord("Patient", Box(22, 23, 75, 19), 95), OcrWord("JESSICA", Box(102, 24, 87, 22), 95),
          OcrWord("Supine", Box(252, 23, 74, 24), 95), OcrWord("DOE", Box(197, 24, 46, 18), 95)]
    assert line_extent(ws) == (23, 47)
    text_layout = layout(ws)
    start = text_layout.text.index("JESSICA")
    [(box, _)] = text_layout.boxes_for(start, start + len("JESSICA DOE"))
    assert (box.top, box.bottom) == (24, 46)


def test_a_value_split_into_touching_tokens_is_one_token_and_boxed_whole():
    # '12-FEB-1964' read as '12-FEB-1' + '964' one pixel apart.
    ws = [OcrWord("DOB", Box(7, 10, 34, 13), 95), OcrWord("12-FEB-1", Box(45, 10, 66, 13), 95),
          OcrWord("964", Box(112, 10, 26, 13), 95)]
    text_layout = layout(ws)
    assert text_layout.text == "DOB 12-FEB-1964"
    [(box, text)] = text_layout.boxes_for(4, 15)
    assert (box.left, box.right) == (45, 138) and text == "12-FEB-1 964"


def test_words_a_space_apart_stay_words():
    ws = [OcrWord("DOB", Box(6, 8, 25, 11), 95), OcrWord("12-FEB-1964", Box(34, 8, 69, 11), 95)]
    assert layout(ws).text == "DOB 12-FEB-1964"


def test_a_value_inside_a_sideways_word_is_boxed_over_the_whole_column():
    """A vertical line read as one word ('Lähettäjä: LL Mikkola' written bottom to top, 16 px
    wide, 137 px tall): the name inside it covers the column's whole width. A cut after the
    label by character share across the width (as for upright words) left a strip of every
    glyph of the name readable; which end of the column the label is at depends on the way
    the text was written, so the box stays whole along it too."""
    word = OcrWord("Lähettäjä: LL Mikkola", Box(23, 302, 16, 137), 99.0)
    lay = layout([word], is_label=lambda s: s.strip().lower() == "lähettäjä:")
    start = lay.text.index("LL")
    [(box, _)] = lay.boxes_for(start, start + len("LL Mikkola"), is_label=lambda s: s.strip().lower() == "lähettäjä:")
    assert (box.left, box.right) == (23, 39)
    assert (box.top, box.bottom) == (302, 439)


def test_an_upright_word_is_still_cut_after_its_label():
    word = OcrWord("DOB:06.16.1976", Box(10, 10, 140, 20), 95.0)
    lay = layout([word])
    start = lay.text.index("06")
    [(box, _)] = lay.boxes_for(start, len(lay.text), is_label=lambda s: s.lower() == "dob:")
    assert box.left > 10 + 20
