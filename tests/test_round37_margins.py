"""Round 37 (review 20, half A): a finding's box, or its margin, must not take the glyphs of an
unpainted word on the line under or over it, or beside it (`scan.room.clip_to_ink`), and must
still cover its own glyphs whole, anti-aliased edges included.

A 9 px Polish XA drew 'ur. <date> K 63 l.' 1 px under the patient's name; the name's OCR box ran
3 px past its last glyph row and painted the top rows of 'ur.' and 'K'. The same happens under
any name line with a label on the line below (PS3.3 C.7.1.1 Patient's Birth Date under Patient's
Name is the usual banner order). Drawn with PIL's default font, antialiased, at 9-11 px; the OCR
boxes are set by hand as PP-OCR returns them (loose by 2-3 px), so no OCR model runs here."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from fw_gear_presidio_image_redactor.dev.synthetic import font
from fw_gear_presidio_image_redactor.findings import Box, Finding, OcrWord
from fw_gear_presidio_image_redactor.ocr.ppocr import glyph_mask
from fw_gear_presidio_image_redactor.scan.room import fit

MARGIN = 3


def _draw(items, size, shape=(60, 260)):
    """items: (text, x, y); -> the frame (0-255) and each item's exact ink box (any grey > 0)."""
    img = Image.new("L", (shape[1], shape[0]), 0)
    draw = ImageDraw.Draw(img)
    boxes = []
    for text, x, y in items:
        alone = Image.new("L", (shape[1], shape[0]), 0)
        ImageDraw.Draw(alone).text((x, y), text, fill=255, font=font(size))
        ys, xs = np.nonzero(np.asarray(alone))
        boxes.append(Box(int(xs.min()), int(ys.min()), int(np.ptp(xs)) + 1, int(np.ptp(ys)) + 1))
        draw.text((x, y), text, fill=255, font=font(size))
    return np.asarray(img).astype(np.float32), boxes


def _top(text, size):
    """How far under the point PIL draws `text` at its first inked row."""
    return _draw([(text, 0, 0)], size)[1][0].top


def _ink(frame):
    def ink(box: Box):
        crop = frame[max(0, box.top):box.bottom, max(0, box.left):box.right]
        if crop.shape != (box.height, box.width):
            return None
        return glyph_mask(crop)
    return ink


def _loose(b: Box, down=3, up=1, side=1) -> Box:
    return Box(b.left - side, b.top - up, b.width + 2 * side, b.height + up + down)


def _painted_mask(frame, boxes):
    m = np.zeros(frame.shape, dtype=bool)
    for b in boxes:
        p = b.painted(MARGIN, *frame.shape)
        m[p.top:p.bottom, p.left:p.right] = True
    return m


def _inked(frame, b: Box):
    m = np.zeros(frame.shape, dtype=bool)
    m[b.top:b.bottom, b.left:b.right] = frame[b.top:b.bottom, b.left:b.right] > 0
    return m


# (name over the label line, label, value): birth-date labels of several countries' banners
LINES = [
    ("Wisniewska-Zajac", "ur.", "07.01.1961"),   # Polish: urodzony/a
    ("Mustermann Erika", "geb.", "12.08.1964"),  # German: geboren
    ("Dupont Jeanne", "nee", "03/02/1950"),      # French: nee le
    ("Rossi Giulia", "nata", "21/11/1972"),      # Italian: nata il
    ("Smith John", "DOB", "1958-04-30"),         # English: date of birth
]


@pytest.mark.parametrize("size", [9, 10, 11])
@pytest.mark.parametrize("name,label,value", LINES)
def test_a_loose_name_box_leaves_the_label_line_under_it(name, label, value, size):
    _, (n,) = _draw([(name, 4, 4)], size)
    y = n.bottom + 1 - min(_top(label, size), _top(value, size))  # one blank row under the name
    frame, (n, lab, val) = _draw([(name, 4, 4), (label, 4, y), (value, 40, y)], size)
    assert min(lab.top, val.top) - n.bottom in (1, 2)
    words = [OcrWord(name, _loose(n), 95.0), OcrWord(label, _loose(lab, down=1, up=1), 95.0),
             OcrWord(value, _loose(val, down=1, up=1), 95.0)]
    findings = [Finding("PERSON", _loose(n), 0.85, "t", name),
                Finding("DATE_TIME", _loose(val, down=1, up=1), 0.9, "t")]
    painted = _painted_mask(frame, [f.box for f in fit(findings, words, _ink(frame))])
    assert not (painted & _inked(frame, lab)).any(), "the label under the name lost glyph pixels"
    assert painted[_inked(frame, n)].all() and painted[_inked(frame, val)].all(), "PHI glyphs left"


def test_an_unread_letter_under_the_box_is_another_line_not_its_own():
    """'K' under the name was not read as a word: glyphs running on past the box's side are the
    next line's; the name's own glyphs (its descenders) stay covered."""
    frame, (n, k, lab) = _draw([("Zajac Ewa", 4, 4), ("K", 30, 14), ("ur.", 4, 14)], 9)
    words = [OcrWord("Zajac Ewa", _loose(n), 95.0), OcrWord("ur.", _loose(lab, down=1, up=1), 95.0)]
    painted = _painted_mask(frame, [f.box for f in fit([Finding("PERSON", _loose(n), 0.85, "t")], words, _ink(frame))])
    if n.bottom < k.top:
        assert not (painted & _inked(frame, k)).any()
    assert painted[_inked(frame, n)].all()


def test_guard_accents_and_descenders_of_the_name_stay_painted():
    """A name whose accent or descender stands apart from its letters (an i's dot, 'j', 'g') keeps
    them painted, and two PHI lines stay painted whole: nothing unpainted stands between them."""
    frame, (n, d) = _draw([("Jiggy Pajaq", 4, 4), ("12.08.1964", 4, 15)], 10)
    words = [OcrWord("Jiggy Pajaq", _loose(n), 95.0), OcrWord("12.08.1964", _loose(d, down=1), 95.0)]
    findings = [Finding("PERSON", _loose(n), 0.85, "t"), Finding("DATE_TIME", _loose(d, down=1), 0.9, "t")]
    fitted = fit(findings, words, _ink(frame))
    painted = _painted_mask(frame, [f.box for f in fitted])
    assert painted[_inked(frame, n)].all() and painted[_inked(frame, d)].all()
    assert [f.box for f in fitted] == [f.box for f in findings]  # no unpainted word: nothing clipped


# A re-read (verification) box is looser still: a strip read alone gets boxes 2-4 px taller.
REREAD = [("Malgorzata Ewa", "K 63 l."), ("Anna Maria", "F 45 a."), ("Jean Paul", "M 071Y"),
          ("Giulia Rossi", "F 52 anni"), ("Hans Meier", "M 66 J.")]


@pytest.mark.parametrize("name,line", REREAD)
def test_a_reread_box_taller_than_its_line_stays_off_the_first_pass_words_under_it(name, line):
    """The verification pass of a cine reads only what painting changed; its box for a name is
    kept off the words the first pass read under it (`clip_among`, used by
    `scan.verification._kept_off_first_words`), and still covers the name's glyphs."""
    from fw_gear_presidio_image_redactor.scan.room import clip_among

    _, (n,) = _draw([(name, 4, 4)], 9)
    frame, (n, below) = _draw([(name, 4, 4), (line, 4, n.bottom + 1 - _top(line, 9))], 9)
    reread = Box(n.left - 1, n.top - 1, n.width + 2, n.height + 4)  # 3 px past its last glyph row
    first = [OcrWord(name, _loose(n), 95.0), OcrWord(line, _loose(below, down=1, up=1), 95.0)]
    box = clip_among(reread, [reread], first, _ink(frame))
    painted = _painted_mask(frame, [box])
    assert not (painted & _inked(frame, below)).any()
    assert painted[_inked(frame, n)].all()


def test_guard_a_reread_box_over_painted_words_is_left_as_it_is():
    """Words the first pass painted are not kept clear: the box stays as read."""
    from fw_gear_presidio_image_redactor.scan.room import clip_among

    frame, (n, below) = _draw([("Anna Maria", 4, 4), ("1961-01-07", 4, 14)], 9)
    reread = Box(n.left - 1, n.top - 1, n.width + 2, n.height + 4)
    date = _loose(below, down=1, up=1)
    first = [OcrWord("Anna Maria", _loose(n), 95.0), OcrWord("1961-01-07", date, 95.0)]
    assert clip_among(reread, [reread, date], first, _ink(frame)) == reread
