"""A second reading of text lines PP-OCR could not read: Cyrillic, by Tesseract.

PP-OCR's recogniser in the rapidocr wheel (PP-OCRv6_rec_small) is trained on Chinese and
Latin text. Cyrillic lines come out as junk (`IB-t`, `-=z`, `c-eee-?`, mostly under its
confidence floor, often dropped whole) or as Latin look-alikes (`Москва` read `MockBa`), so
names, places and institutions written in Cyrillic were never seen by the recognisers. No
model may be downloaded at run time; Tesseract's Debian language packs read these lines
(`tesseract-ocr-rus`, `-ukr`, `-bul`: Debian's packaging of the tessdata models).

The rule (`unread`), per horizontal line the PP-OCR detector found (also a line the
recogniser dropped under its score floor): the line is read again when

- it holds no word at all (the recogniser dropped it) and its glyphs (`ppocr.tighten` of the
  region: the detector's dilation makes every region look square) are more than
  `EMPTY_RATIO` times wider than tall, a word of three letters or more (`Лев`: 2.25, `Київ`:
  2.5), not a blob of anatomy (0.7-2.0 on review 17's Latin frames), or
- a word of `MIN_LETTERS` or more letters, all of them Latin twins of Cyrillic letters
  (`LATIN_TWINS`), was read with less than `LOW_CONFIDENCE` (`CH` for `СНИЛС`, `yr` in
  `Санкт-Петербург`); a doubtful Latin word with a letter Cyrillic has no twin of (`CHEST`,
  `Malmö`, `SUV`) or a doubtful number is PP-OCR's own business, and not read again, or
- a word holds a character of another script than Latin, Greek or Cyrillic (a CJK
  character read in a line of a frame: `二` in `д.р.`), or
- a word of `JUNK_MIN_CHARS` or more has more punctuation than letters and digits (`-=z`), or
- its words span less than `COVERED` of the line's width (PP-OCR read `Врач: Петров А.В.`
  as `:  A.B.`: the rest of the line read as spaces), or
- a word is a Latin look-alike of a Cyrillic word: only letters that have a Cyrillic twin,
  and a small letter followed by one of `B H K M T`, the capital shapes of the small
  Cyrillic letters в н к м т (`MockBa`, `CaHkT`): Latin words do not change case there.

In a view where a line was read in Cyrillic, a frame of Cyrillic text, every other line
with a word mostly of Latin twins (`twinish`: `Xapkis` for `Харків`, read at 99.9 with no case
break) is read again too; elsewhere such words are ordinary Latin (`Exam`, `Area`, `Mean`).

Only such lines are cropped (`PAD` px around the detector's box), made dark on light,
upscaled `UPSCALE` times and read by Tesseract as one line (`--psm 7`) in every installed
language of `LANGUAGES` plus English (ID digits and Latin device words on the same line).
The line's new words are accepted only where Tesseract read at least one word with
`ACCEPT_LETTERS` Cyrillic letters at `CYRILLIC_CONFIDENCE` (`merge_line`); a Latin or
Chinese line read again stays as PP-OCR read it. A line PP-OCR read well is not read again,
so a Latin-only frame costs nothing but the test above.

A Latin line PP-OCR read with a CJK character inside a Latin word (`latin_line`: a
`base.latin_misread` word, `BFニE'I-HAVEC.` for `O'BRIEN-HAYES,`, and no other CJK character
in the line: a real Chinese or Japanese line is not one) and that the Cyrillic reading did
not take is read once more by Tesseract in English alone (`LATIN`: the Cyrillic models read
Latin glyphs as Cyrillic look-alikes, `ВЕСЕЧУЧАТЕТ.`). Its words replace the misread words
they cover where they are Latin (`latin_text`) and read at `LATIN_CONFIDENCE` (`merge_latin`);
first words read well stay. A Latin line read well (no CJK character) costs no call, and a
CJK line no more than before.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import unicodedata

import numpy as np
from PIL import Image

from ..findings import Box, OcrWord
from .base import cyrillic_letters, foreign, latin_misread

log = logging.getLogger(__name__)

# Tesseract language packs tried, in this order, where installed (`tesseract --list-langs`).
# Shipped (Makefile, docker/apt-packages.txt): Russian, Ukrainian, Bulgarian. Their Cyrillic
# alphabets cover Belarusian and most of Serbian and Macedonian except ђ ј љ њ ћ џ ѓ ќ ѕ;
# a site that needs those (or Kazakh's ә ғ қ ң ө ұ ү һ) installs tesseract-ocr-srp/-mkd/-kaz.
# Each language costs recognition time on the re-read lines only (about 0.1 s a line each).
LANGUAGES = ("rus", "ukr", "bul", "srp", "mkd", "bel", "kaz")
LOW_CONFIDENCE = 80.0  # a PP-OCR word (0-100) under this is doubtful; PP-OCR reads clean Latin at 95-100
TWINISH = 0.8  # share of a word's letters that are Latin twins, in a frame with Cyrillic text
TWINISH_LETTERS = 3
MIN_LETTERS = 2  # a lone doubtful 'e' or 'c' is as often speckle as a Cyrillic glyph
EMPTY_RATIO = 2.0  # a dropped region whose glyphs are no wider than this (width/height) is no line
JUNK_MIN_CHARS = 3
PAD = 3  # view px around the detector's line box (its dilation already holds the glyphs)
UPSCALE = 3  # Tesseract reads 10 px overlay text best at about 30 px
WHITE_BORDER = 16
CYRILLIC_CONFIDENCE = 70.0  # Tesseract (0-100); review 17's Russian lines read at 91-96
# A line read again is Cyrillic only with a word of this many Cyrillic letters: Tesseract's
# Cyrillic models read anatomy and the edges of painted boxes as two-letter words at 84-95
# ('тп ANNN тс по сл' in a dropped region of a German MR frame, review 16).
ACCEPT_LETTERS = 3
KEEP_CONFIDENCE = 50.0  # the least confidence of a Tesseract word of an accepted line
TALL = 1.5  # a line at least this many times taller than wide is vertical (ppocr.VERTICAL_RATIO)
COVERED = 0.5
MAX_LINES = 24  # lines read again per view at most: a frame of dropped regions in anatomy stays cheap
# A Latin line with a CJK misreading (`latin_line`) is read again in this language alone.
LATIN = "eng"
# Tesseract's (0-100) least confidence of a word replacing a CJK misreading: review 19 A's
# 11 px DejaVu Sans Mono surname (`O'BRIEN-HAYES,`) reads at 80 in a crop of the word, 89 in a
# crop of its line; clean Latin names drawn at 9-12 px (DejaVu Sans, Sans Mono, Sans Condensed)
# read right at 79-96, and wrong at 30-53 (`SCHNARZ,` 30, `O*BRIEN-HAYES,` 53); on the
# binarised view's broken strokes, where PP-OCR put the CJK character, Tesseract reads junk at
# 0-42 (`P°TE'.---"Et.` at 0, `“argaret` at 42): none of those may replace anything.
LATIN_CONFIDENCE = 75.0
COVER = 0.3  # share of the smaller box two readings must share to be of the same place

# Latin letters whose glyph is that of a Cyrillic letter (capitals, and small letters in most
# overlay fonts), and the capitals PP-OCR gives for the small Cyrillic letters shaped like
# small capitals (в н к м т).
LATIN_TWINS = set("ABCEHKMOPTXYaceopxyuknmbri")  # i: Ukrainian і is the Latin glyph
SMALL_CAPS = set("BHKMT")
# Cyrillic look-alikes of Latin letters, to tell that two readings of one word are the same
# glyphs (Tesseract's `АХ` of PP-OCR's `AX`).
FOLD = str.maketrans("АВЕКМНОРСТХУаеорсхукіјѕ", "ABEKMHOPCTXYaeopcxykijs")

_LANGS_CACHE: list[str] | None = None


def installed_languages() -> list[str]:
    """The Tesseract languages installed (`tesseract --list-langs`); [] without Tesseract."""
    global _LANGS_CACHE
    if _LANGS_CACHE is None:
        if shutil.which("tesseract") is None:
            _LANGS_CACHE = []
        else:
            try:
                out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
                _LANGS_CACHE = [ln.strip() for ln in out.stdout.splitlines()[1:] if ln.strip()]
            except (OSError, subprocess.SubprocessError):
                _LANGS_CACHE = []
    return _LANGS_CACHE


def latin_twin(text: str) -> bool:
    """A Latin reading of a Cyrillic word in look-alike letters (`MockBa` for `Москва`)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or not all(c in LATIN_TWINS for c in letters):
        return False
    # The capital must end the word or be followed by one small letter at most before the next
    # capital or the end ('MockBa', 'CaHkT', 'CepreeBHa'): a capital followed by two small
    # letters or more starts a part of a Latin CamelCase name ('ProMax', 'HeartMap').
    for i in range(1, len(letters)):
        if letters[i - 1].islower() and letters[i] in SMALL_CAPS:
            tail = 0
            while i + 1 + tail < len(letters) and letters[i + 1 + tail].islower():
                tail += 1
            if tail <= 1:
                return True
    return False


def doubtful(word: OcrWord) -> bool:
    """A PP-OCR word that looks unread (see the module's rule)."""
    text = word.text.strip()
    letters = [c for c in text if c.isalpha()]
    if (word.confidence < LOW_CONFIDENCE and len(letters) >= MIN_LETTERS
            and all(c in LATIN_TWINS for c in letters)):
        return True
    if any(foreign(c) for c in text):
        return True
    alnum = sum(c.isalnum() for c in text)
    if len(text) >= JUNK_MIN_CHARS and alnum < len(text) - alnum:
        return True
    return latin_twin(text)


def clean_latin(text: str) -> bool:
    """A word of two or more Latin letters (ASCII), with no Latin look-alike's case break: a
    Latin word, read well, that a Cyrillic reading of the same glyphs must not replace
    (Tesseract's `Ріаптеса` for PP-OCR's `Planmeca` at 100 in an Indian dental banner; its
    Cyrillic models read Latin glyphs as Cyrillic letters of the same shapes)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isascii() for c in letters) and not latin_twin(text)


def twinish(text: str) -> bool:
    """A word of `TWINISH_LETTERS` or more letters, at least `TWINISH` of them Latin twins."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= TWINISH_LETTERS and sum(c in LATIN_TWINS for c in letters) >= TWINISH * len(letters)


def line_unread(line: Box, words: list[OcrWord], glyphs: Box | None = None) -> bool:
    """A detected line (`line`) whose first reading (`words`, those inside it) looks unread;
    `glyphs`: the line's box shrunk to its glyphs (for a line without words)."""
    if not words:
        glyphs = glyphs or line
        return glyphs.width > EMPTY_RATIO * glyphs.height
    if any(doubtful(w) for w in words):
        return True
    span = max(w.box.right for w in words) - min(w.box.left for w in words)
    return span < COVERED * line.width


def glyph_box(word: Box, line: Box, tight: callable) -> Box:
    """A second-reading word box on the view: Tesseract's rows clipped to the detector's line
    (its crop's `PAD` may reach the next line), shrunk to the glyphs (`tight`: ppocr.tighten),
    and as wide as both, so no glyph Tesseract placed in the word is left out."""
    top, bottom = max(word.top, line.top), min(word.bottom, line.bottom)
    clipped = Box(word.left, top, word.width, bottom - top) if bottom > top else word
    t = tight(clipped)
    left, right = min(t.left, clipped.left), max(t.right, clipped.right)
    return Box(left, t.top, right - left, t.height)


class ScriptReader:
    """Tesseract in the installed Cyrillic languages, reading one line crop at a time.
    Build with `script_reader()`: None where Tesseract or its languages are missing."""

    def __init__(self, languages: list[str], version: str):
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # as TesseractOcr: one thread a process
        self.languages = languages
        self.lang = "+".join([*languages, "eng"])
        self.name = f"second reading of unread lines: tesseract-{version} {self.lang}"

    def read_line(self, image: np.ndarray, box: Box, lang: str | None = None) -> list[OcrWord]:
        """Tesseract's words in `box` of `image` (a PP-OCR view), boxes in view coordinates;
        `lang`: Tesseract's languages (default: the Cyrillic ones and English)."""
        import pytesseract

        h, w = image.shape[:2]
        x0, y0 = max(0, box.left - PAD), max(0, box.top - PAD)
        x1, y1 = min(w, box.right + PAD), min(h, box.bottom + PAD)
        if x1 - x0 < 4 or y1 - y0 < 4:
            return []
        crop = image[y0:y1, x0:x1]
        grey = (crop.max(axis=2) if crop.ndim == 3 else crop).astype(np.float32)
        # dark on light: the ground is the median of the crop's edge (the detector's dilation)
        edge = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
        if np.median(edge) < grey.mean():
            grey = 255.0 - grey
        lo, hi = float(grey.min()), float(grey.max())
        if hi - lo < 1:
            return []
        grey = (grey - lo) * (255.0 / (hi - lo))
        big = Image.fromarray(grey.astype(np.uint8)).resize(((x1 - x0) * UPSCALE, (y1 - y0) * UPSCALE),
                                                            Image.Resampling.BICUBIC)
        padded = Image.fromarray(np.pad(np.asarray(big), WHITE_BORDER, mode="constant", constant_values=255))
        padded.format = "BMP"
        try:
            data = pytesseract.image_to_data(padded, lang=lang or self.lang, config="--psm 7",
                                             output_type=pytesseract.Output.DICT)
        except (OSError, RuntimeError, pytesseract.TesseractError) as exc:
            log.debug("second reading failed: %s", exc)
            return []
        words = []
        for i, text in enumerate(data["text"]):
            text = text.strip()
            if not text or not any(c.isalnum() for c in text):
                continue
            left = int(data["left"][i]) - WHITE_BORDER
            top = int(data["top"][i]) - WHITE_BORDER
            tb = Box(left, top, int(data["width"][i]), int(data["height"][i])).scaled(UPSCALE, -x0, -y0)
            words.append(OcrWord(text=text, box=tb, confidence=float(data["conf"][i])))
        return words


def script_reader() -> ScriptReader | None:
    """The second reader, or None (logged) where Tesseract or its Cyrillic languages are missing."""
    if shutil.which("tesseract") is None:
        return None
    have = installed_languages()
    langs = [lang for lang in LANGUAGES if lang in have]
    if not langs or "eng" not in have:
        log.warning("Tesseract has none of the languages %s installed: Cyrillic text is not read "
                    "(install tesseract-ocr-rus, -ukr, -bul)", "/".join(LANGUAGES))
        return None
    from .tesseract import tesseract_version

    return ScriptReader(langs, tesseract_version())


def _share(a: Box, b: Box) -> float:
    small = min(a.area, b.area)
    return a.intersection_area(b) / small if small else 0.0


def merge_line(first: list[OcrWord], second: list[OcrWord], cyrillic_frame: bool = False) -> list[OcrWord] | None:
    """One line's words after the second reading, or None where it is not accepted (no word
    with `ACCEPT_LETTERS` Cyrillic letters at `CYRILLIC_CONFIDENCE`): `first` stays.

    A mostly Cyrillic second word replaces the first words it covers, unless it covers a
    first word read well that is the same glyphs in Latin letters (`AX` read `АХ`) or any
    other clean Latin word (`clean_latin`: `Planmeca` read `Ріаптеса`); and a line where no
    Cyrillic word was kept is not accepted, so it makes no frame Cyrillic. Another
    second word (digits, Latin) replaces only first words that are doubtful or under
    `LOW_CONFIDENCE` (`087-654-30300` at 54 for `087-654-303 00`), or fills a place no first
    word covers; a first word read well (`T2 FLAIR` at 100) stays. In a `cyrillic_frame`
    a `twinish` first word counts as doubtful. First words no kept second word covers stay:
    a line read again never loses a word."""
    if not any(cyrillic_letters(w.text) >= ACCEPT_LETTERS and w.confidence >= CYRILLIC_CONFIDENCE
               for w in second):
        return None
    kept: list[OcrWord] = []
    gone: set[int] = set()
    for word in second:
        if word.confidence < KEEP_CONFIDENCE:
            continue
        letters = sum(c.isalpha() for c in word.text)
        cyr = letters > 0 and cyrillic_letters(word.text) * 2 >= letters
        under = [i for i, f in enumerate(first) if _share(word.box, f.box) > COVER]
        good = [i for i in under if not doubtful(first[i]) and first[i].confidence >= LOW_CONFIDENCE
                and not (cyrillic_frame and twinish(first[i].text))]
        if cyr and any(first[i].text.translate(FOLD).casefold() == word.text.translate(FOLD).casefold()
                       or clean_latin(first[i].text) for i in good):
            continue
        if not cyr and good:
            continue
        gone.update(under)
        kept.append(word)
    if not any(cyrillic_letters(w.text) >= ACCEPT_LETTERS for w in kept):
        return None  # every Cyrillic reading lay on Latin words read well: a Latin line
    return [f for i, f in enumerate(first) if i not in gone] + kept


def latin_line(words: list[OcrWord]) -> bool:
    """A line PP-OCR read as Latin with a CJK misreading: a `latin_misread` word, and every
    CJK, kana or Hangul character of the line inside such a word (a Japanese line's `検査`
    or `患者` beside it makes it a CJK line, which stays as PP-OCR read it)."""
    misread = [latin_misread(w.text) for w in words]
    return any(misread) and not any(any(foreign(c) for c in w.text) for w, m in zip(words, misread, strict=True)
                                    if not m)


def latin_text(text: str) -> bool:
    """Two or more letters and digits, every letter of the Latin script (`Müller`, `O'BRIEN-HAYES,`)."""
    chars = [c for c in text if c.isalnum()]
    return len(chars) >= 2 and all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in chars)


def merge_latin(first: list[OcrWord], second: list[OcrWord]) -> list[OcrWord] | None:
    """A `latin_line`'s words after its English reading (`second`), or None where no word of
    it is accepted: `first` stays. A second word that is `latin_text` read at
    `LATIN_CONFIDENCE` replaces the first words it covers where one of them is a
    `latin_misread` and each other one is doubtful or under `LOW_CONFIDENCE` (the `0` PP-OCR
    split off `O'BRIEN`); one lying on a first word read well (`Margaret` at 99) is not taken.
    First words no kept second word covers stay."""
    kept: list[OcrWord] = []
    gone: set[int] = set()
    for word in second:
        if word.confidence < LATIN_CONFIDENCE or not latin_text(word.text):
            continue
        under = [i for i, f in enumerate(first) if _share(word.box, f.box) > COVER]
        if not any(latin_misread(first[i].text) for i in under):
            continue
        if any(not latin_misread(first[i].text) and not doubtful(first[i]) and first[i].confidence >= LOW_CONFIDENCE
               for i in under):
            continue
        gone.update(under)
        kept.append(word)
    if not kept:
        return None
    return [f for i, f in enumerate(first) if i not in gone] + kept
