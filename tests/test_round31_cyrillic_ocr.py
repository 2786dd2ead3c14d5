"""Round 31 (cyrocr31): Cyrillic overlay text is read (ocr/cyrillic.py).

PP-OCR's shipped recogniser reads Chinese and Latin only: review 17's Russian MR lines came
out as junk (`IB-t`, `-=z`), dropped, or as Latin look-alikes (`MockBa` for `Москва`). Lines
that look unread are read again by Tesseract in the installed Cyrillic languages (Debian's
tesseract-ocr-rus/-ukr/-bul). These tests assert reading (text and boxes over the ink);
recognising the words as PHI is the recognisers' job.

Image-level tests draw frames as review 17's were drawn (DejaVu Sans 9-10 px, light on dark,
a 320 px frame read at twice its size as `views.ppocr_views` does) and read them with real
PP-OCR and Tesseract; they are skipped, with the reason, where a language is not installed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.ocr import cyrillic
from fw_gear_presidio_image_redactor.ocr.base import merge_words
from fw_gear_presidio_image_redactor.ocr.cyrillic import doubtful, latin_twin, line_unread, merge_line
from fw_gear_presidio_image_redactor.ocr.views import OcrView, _upscale

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
SIZE = 320


def _w(text: str, conf: float = 99.0, box: Box | None = None) -> OcrWord:
    return OcrWord(text=text, box=box or Box(0, 0, 30, 10), confidence=conf)


# --- the rule: which readings look unread (no OCR) -------------------------------------------

@pytest.mark.parametrize("text", ["MockBa", "CaHkT", "KueB", "XapkoB", "TomcK", "Ka3aHb"])
def test_latin_look_alikes_of_cyrillic_words_look_unread(text):
    """Москва, Санкт, Киев, Харьков, Томск, Казань read in Latin twins: a small letter
    before the capital shape of в н к м т."""
    assert latin_twin(text) and doubtful(_w(text))


@pytest.mark.parametrize("text", ["McDonald", "kHz", "iPhone", "TrueFISP", "ExamCard", "mAs", "FLAIR", "Ingenia",
                                  "DoB", "HbA", "ProMax", "HeartMap", "PowerMax", "AutoMA", "SmartMAR"])
def test_latin_words_are_no_look_alikes(text):
    """Latin overlay words, also camel case and units, are read well as they are."""
    assert not latin_twin(text) and not doubtful(_w(text, 99.0))


@pytest.mark.parametrize("text, conf", [("-=z", 96.7), ("-0:=", 47.2), ("c-eee-?", 15.2), ("二", 88.9),
                                        ("CH", 78.6), ("yr", 62.6)])
def test_junk_foreign_and_doubtful_twin_readings_look_unread(text, conf):
    assert doubtful(_w(text, conf))


@pytest.mark.parametrize("text, conf", [("CHEST", 60.0), ("Malmö", 70.0), ("SUV", 75.0), ("12/23/2970", 40.0),
                                        ("e", 50.0), ("T2", 100.0), ("A.B.", 91.0), ("1.5T", 99.0)])
def test_doubtful_latin_words_and_numbers_are_not_read_again(text, conf):
    """A doubtful Latin word with a letter Cyrillic has no twin of, a doubtful number, a lone
    letter: PP-OCR's own business (a Latin frame must not pay for a Tesseract call)."""
    assert not doubtful(_w(text, conf))


def test_a_dropped_line_is_unread_a_dropped_blob_is_not():
    """Judged on the glyphs' box: a dropped `Київ` (40x16 glyphs in a 50x26 region) or `Лев`
    (36x16) is a word; a blob of anatomy (22x16, 7x10) is not."""
    assert line_unread(Box(0, 0, 209, 26), [])
    assert line_unread(Box(0, 0, 50, 26), [], Box(5, 5, 40, 16))
    assert line_unread(Box(0, 0, 48, 32), [], Box(5, 5, 36, 16))
    assert not line_unread(Box(0, 0, 25, 16), [], Box(1, 0, 22, 16))
    assert not line_unread(Box(0, 0, 10, 10), [], Box(1, 0, 7, 10))
    assert not line_unread(Box(0, 0, 38, 19), [], Box(3, 2, 32, 16))


def test_a_line_read_as_little_of_its_width_is_unread():
    """`Врач: Петров А.В.` read as `:  A.B.`: the reading covers a fifth of the line."""
    assert line_unread(Box(5, 596, 173, 23), [_w("A.B.", 91.2, Box(139, 598, 38, 18))])
    assert not line_unread(Box(5, 596, 173, 23), [_w("T2", 100, Box(8, 598, 24, 18)),
                                                  _w("9000", 100, Box(130, 598, 44, 18))])


# --- merging a line's two readings (no OCR) --------------------------------------------------

def test_cyrillic_words_replace_the_junk_they_cover():
    first = [_w("IB-t", 69.1, Box(4, 5, 28, 9)), _w("-=z", 96.7, Box(66, 7, 22, 3))]
    second = [_w("ИВАНОВА", 96, Box(4, 5, 51, 9)), _w("Ольга", 96, Box(57, 5, 32, 9))]
    assert [w.text for w in merge_line(first, second)] == ["ИВАНОВА", "Ольга"]


def test_a_latin_line_read_again_stays_as_pp_ocr_read_it():
    """No Cyrillic word at `CYRILLIC_CONFIDENCE`: not accepted; a Latin line stays."""
    first = [_w("Acceccier", 60, Box(0, 0, 40, 10))]
    assert merge_line(first, [_w("Accessier", 90, Box(0, 0, 40, 10))]) is None
    assert merge_line(first, [_w("Ассе", 40, Box(0, 0, 40, 10))]) is None


@pytest.mark.parametrize("latin, cyr", [("AX", "АХ"), ("TR", "ТR"), ("MOCO", "МОСО"), ("CT", "СТ")])
def test_device_words_read_well_stay_where_tesseract_reads_the_same_glyphs_in_cyrillic(latin, cyr):
    """`AX` at 100 read `АХ` by Tesseract's rus: the same glyphs; PP-OCR's Latin stays."""
    first = [_w(latin, 99.8, Box(100, 0, 14, 9)), _w("MockBa", 99.4, Box(0, 0, 34, 9))]
    second = [_w(cyr, 92, Box(100, 0, 14, 9)), _w("Москва", 96, Box(0, 0, 34, 9))]
    assert sorted(w.text for w in merge_line(first, second)) == sorted([latin, "Москва"])


@pytest.mark.parametrize("line", [
    # (PP-OCR at 100, Tesseract rus+eng on the same glyphs): review 16's Indian dental banner and kin
    [("Planmeca", "Ріаптеса"), ("ProMax", "РгоМах"), ("Romexis", "Вотехіз")],
    [("Porur,", "Рогиг,"), ("Chennai", "Chennai")],
    [("Carestream", "Сагезтгеат"), ("CS", "СЗ"), ("8100", "8100")],
    [("Vatech", "Уаtесh"), ("PaX-i3D", "РаХ-і3D")],
])
def test_latin_words_read_well_are_not_replaced_by_a_cyrillic_reading_of_their_glyphs(line):
    """Tesseract's Cyrillic models read Latin glyphs as Cyrillic letters of the same shapes: a
    clean Latin word PP-OCR read well stays, and such a line is not accepted (it makes no frame
    Cyrillic, so the frame's other Latin words are not read again either)."""
    first, second, x = [], [], 0
    for latin, cyr in line:
        first.append(_w(latin, 100.0, Box(x, 0, 8 * len(latin), 10)))
        second.append(_w(cyr, 92.0, Box(x, 0, 8 * len(latin), 10)))
        x += 8 * len(latin) + 6
    assert merge_line(first, second) is None


def test_a_dropped_region_read_as_short_cyrillic_words_is_no_cyrillic_line():
    """Tesseract's Cyrillic models read anatomy and painted boxes' edges as two-letter words at
    84-95 (review 16's German MR frame: 'тп ANNN тс по сл ICM'): no word of three Cyrillic
    letters, no Cyrillic line; a three-letter word is (`Лев`)."""
    junk = [_w(t, c, Box(20 * i, 0, 16, 10)) for i, (t, c) in
            enumerate([("тп", 84), ("ANNN", 52), ("тс", 83), ("по", 95), ("сл", 91), ("ICM", 53)])]
    assert merge_line([], junk) is None
    assert [w.text for w in merge_line([], [_w("Лев", 90, Box(0, 0, 20, 10))])] == ["Лев"]


def test_numbers_replace_only_doubtful_readings():
    first = [_w("087-654-30300", 53.5, Box(44, 18, 81, 9)), _w("9000", 100, Box(150, 18, 20, 9))]
    second = [_w("СНИЛС", 80, Box(4, 18, 37, 9)), _w("087-654-303", 96, Box(44, 18, 64, 9)),
              _w("00", 96, Box(111, 18, 13, 9)), _w("9OOO", 60, Box(150, 18, 20, 9))]
    assert sorted(w.text for w in merge_line(first, second)) == sorted(["СНИЛС", "087-654-303", "00", "9000"])


def test_a_latin_misreading_within_a_cyrillic_word_of_another_view_is_dropped():
    """The binarised view's `-=z` at 97 within the plain view's `Ольга` at 96."""
    full = [_w("Ольга", 96, Box(57, 5, 32, 9))]
    top = [_w("-=z", 96.7, Box(66, 7, 22, 3)), _w("T2", 100, Box(120, 5, 12, 9))]
    assert [w.text for w in merge_words([full, top])] == ["Ольга", "T2"]
    assert [w.text for w in merge_words([top, full])] == ["Ольга", "T2"]


# --- reading drawn frames (PP-OCR + Tesseract) -----------------------------------------------

def _langs() -> list[str]:
    return cyrillic.installed_languages()


def _need(lang: str) -> None:
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed (Debian tesseract-ocr)")
    if lang not in _langs():
        pytest.skip(f"Tesseract language {lang} is not installed (Debian tesseract-ocr-{lang})")
    if not DEJAVU.is_file():
        pytest.skip("DejaVu Sans is not installed (Debian fonts-dejavu-core)")


@pytest.fixture(scope="module")
def engine():
    _need("rus")
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr

    try:
        return PpOcr()
    except Exception as exc:  # noqa: BLE001 - PP-OCR not installed: the tests say so
        pytest.skip(f"PP-OCR unavailable: {exc}")


def _draw(lines: list[tuple[int, int, int, list[str]]]) -> tuple[np.ndarray, dict[str, Box]]:
    """A SIZE x SIZE frame, light text on dark; `lines`: (x, y, px, words). Returns the frame
    and each word's ink box (pixels over 40 of 255: anti-aliased edges included)."""
    frame = Image.new("L", (SIZE, SIZE), 12)
    ink: dict[str, Box] = {}
    for x, y, px, words in lines:
        f = ImageFont.truetype(str(DEJAVU), px)
        cursor = float(x)
        for word in words:
            mask = Image.new("L", (SIZE, SIZE), 0)
            ImageDraw.Draw(mask).text((cursor, y), word, fill=255, font=f)
            ImageDraw.Draw(frame).text((cursor, y), word, fill=235, font=f)
            ys, xs = np.nonzero(np.asarray(mask) > 40)
            ink[word] = Box(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
            cursor += f.getlength(word + " ")
    return np.asarray(frame), ink


def _read(engine, frame: np.ndarray) -> list[OcrWord]:
    """As `views.ppocr_views` reads a frame under 400 px: doubled, boxes on the frame's grid."""
    return engine.read(OcrView("full", _upscale(frame, 2), 2))


def _covers(box: Box, ink: Box) -> bool:
    return box.left <= ink.left and box.top <= ink.top and box.right >= ink.right and box.bottom >= ink.bottom


FRAMES = {
    "rus": [(4, 5, 10, ["ИВАНОВА", "Ольга", "Сергеевна"]), (4, 296, 9, ["Врач:", "Петров", "А.В."]),
            (250, 20, 9, ["Москва"])],
    "ukr": [(4, 5, 10, ["КОВАЛЕНКО", "Оксана", "Іванівна"]), (4, 296, 9, ["Лікар:", "Шевченко", "Т.Г."]),
            (250, 20, 9, ["Харків"])],
    "bul": [(4, 5, 10, ["ГЕОРГИЕВА", "Мария", "Петрова"]), (4, 296, 9, ["Лекар:", "Димитров", "И.С."]),
            (250, 20, 9, ["Пловдив"])],
}
# The words each test asserts: the name, the value after its label, the city.
EXPECT = {
    "rus": ["ИВАНОВА", "Ольга", "Сергеевна", "Петров", "Москва"],
    "ukr": ["КОВАЛЕНКО", "Оксана", "Іванівна", "Шевченко", "Харків"],
    "bul": ["ГЕОРГИЕВА", "Мария", "Петрова", "Димитров", "Пловдив"],
}


@pytest.mark.parametrize("lang", sorted(FRAMES))
def test_cyrillic_lines_are_read_in_cyrillic_with_boxes_over_their_ink(engine, lang):
    _need(lang)
    frame, ink = _draw(FRAMES[lang])
    words = _read(engine, frame)
    by_text = {w.text: w for w in words}
    for text in EXPECT[lang]:
        assert text in by_text, f"{text!r} not read ({lang}): {[w.text for w in words]}"
        assert _covers(by_text[text].box, ink[text]), (text, by_text[text].box, ink[text])
        assert by_text[text].box.height <= ink[text].height + 4  # no taller than its line


def test_a_latin_only_frame_is_read_exactly_as_before_with_no_second_reading(engine, monkeypatch):
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr

    frame, _ = _draw([(4, 5, 10, ["SMITH", "John", "Robert"]), (4, 20, 9, ["MRN", "55120934"]),
                      (200, 5, 9, ["St.", "Mary's", "Hospital"]), (200, 20, 9, ["T2", "FLAIR", "AX", "TR", "9000"]),
                      (4, 296, 9, ["Dr.", "Jones", "12/04/2024"])])
    calls = []
    monkeypatch.setattr(engine.second, "read_line", lambda *a: calls.append(a) or [])
    with_second = _read(engine, frame)
    without = _read(PpOcr(second_reading=False), frame)
    assert not calls
    assert [(w.text, w.box, w.confidence) for w in with_second] == [(w.text, w.box, w.confidence) for w in without]


def test_a_device_line_beside_a_cyrillic_line_keeps_its_pp_ocr_words(engine):
    frame, _ = _draw([(4, 5, 10, ["ПЕТРОВА", "Анна"]), (150, 5, 9, ["T2", "FLAIR", "AX", "TR", "9000"]),
                      (4, 22, 9, ["Новосибирск"]), (110, 22, 9, ["Ingenia", "1.5T"])])
    words = _read(engine, frame)
    texts = [w.text for w in words]
    assert "ПЕТРОВА" in texts and "Новосибирск" in texts
    for device in ("T2", "FLAIR", "AX", "TR", "9000", "Ingenia", "1.5T"):
        assert device in texts, texts
    assert not [t for t in texts if cyrillic.cyrillic_letters(t) and t.translate(cyrillic.FOLD).isascii()]


def test_without_the_cyrillic_languages_the_engine_runs_and_its_name_says_so(engine, monkeypatch):
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr

    monkeypatch.setattr(cyrillic, "_LANGS_CACHE", ["eng", "osd"])
    plain = PpOcr()
    assert plain.second is None and "no second reading" in plain.name and ";" not in plain.name
    frame, _ = _draw([(4, 5, 10, ["SMITH", "John"])])
    assert [w.text for w in _read(plain, frame)] == ["SMITH", "John"]
    assert "rus" in engine.name and "second reading" in engine.name and ";" not in engine.name


def test_without_tesseract_the_engine_reads_as_before(monkeypatch):
    monkeypatch.setattr(cyrillic.shutil, "which", lambda name: None)
    assert cyrillic.script_reader() is None


@pytest.mark.parametrize("lang, city", [("rus", "Москва"), ("ukr", "Київ"), ("ukr", "Одеса"), ("bul", "София"),
                                        ("rus", "Минск"), ("rus", "Новосибирск")])
def test_a_lone_cyrillic_city_beside_latin_device_text_is_read(engine, lang, city):
    """The only Cyrillic word of the frame: read as Latin look-alikes or junk by PP-OCR."""
    _need(lang)
    frame, ink = _draw([(200, 5, 9, [city]), (4, 5, 10, ["T1", "SE", "AX"]), (4, 296, 9, ["Ingenia", "1.5T"])])
    words = _read(engine, frame)
    by_text = {w.text: w for w in words}
    assert city in by_text, [w.text for w in words]
    assert _covers(by_text[city].box, ink[city])
    assert {"T1", "SE", "AX", "Ingenia", "1.5T"} <= set(by_text)


def test_redact_all_text_paints_every_detected_region_and_reads_nothing_again():
    _need("rus")
    from fw_gear_presidio_image_redactor.ocr.ppocr import PpOcr

    engine = PpOcr(all_text=True)
    assert engine.second is None and "second reading" not in engine.name
