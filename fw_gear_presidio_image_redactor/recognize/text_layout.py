"""OCR words laid out as text lines, remembering which characters came from which word.

Presidio analyses strings; redaction needs pixels. The layout is the bridge:
entity spans found in the text map back to the union of the word boxes they cover.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from ..findings import Box, OcrWord, Reading


@dataclass(frozen=True)
class PlacedWord:
    word: OcrWord
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class TextLayout:
    text: str
    words: tuple[PlacedWord, ...]
    # (top, bottom) of each line's text, outliers left out (`line_extent`).
    extents: tuple[tuple[int, int], ...] = ()

    def boxes_for(self, start: int, end: int, is_label: Callable[[str], bool] | None = None,
                  device_run: Callable[[str], bool] | None = None) -> list[tuple[Box, str]]:
        """One box per text line the span touches (a span can wrap lines): the union
        of every word the span touches, whole (a value OCR split into several tokens
        is covered whole), clipped to the line's extent, so a word box OCR grew into
        the noise below cannot paint the line underneath. Image pixel coordinates;
        the redaction margin (`--margin`, 3 px) is added when painting.

        A word read sideways (`Reading.DOWN`/`UP`: PP-OCR reads a vertical line as one word)
        that the span covers in part is painted whole, as the safety net for a name on the
        same line that no rule found, except for the run of tokens before the span and the run
        after it that `device_run` calls device text: those are left out along the column
        (`along_column`), so 'DXA Lumbar Spine' stays when the clinic and the date written before
        it are found. Without `device_run` a sideways word is painted whole.

        `is_label`: where the span starts inside an upright OCR word and the word's characters
        before it are a label by this test, or letters ending in a colon (`DOB:` of one token
        `DOB:06.16.1976`, which a learned OCR returns when the gap is narrow), the box starts
        after the label (`label_cut`) instead of covering the whole word. A prefix run on into
        the value with no separator (`MRN55302119`, `ID19870312-4471`: `_run_on`) is painted
        with it: the token is one word, and the prefix says what the number is."""
        by_line: dict[int, Box] = {}
        texts: dict[int, list[str]] = {}
        for placed in self.words:
            if placed.end <= start or placed.start >= end:
                continue
            box = placed.word.box
            if placed.word.reading is not Reading.ACROSS:
                # cut along the column, never across its width (that took a strip off every glyph)
                if device_run is not None and (placed.start < start or placed.end > end):
                    part = _sideways_part(placed.word.text, max(start, placed.start) - placed.start,
                                          min(end, placed.end) - placed.start, device_run)
                    box = along_column(placed.word, *part)
            elif is_label is not None and placed.start < start and not _sideways(placed.word) \
                    and not _run_on(placed.word.text, start - placed.start):
                head = placed.word.text[: start - placed.start]
                if is_label(head) or _colon_head(head):
                    box = label_cut(box, len(head), len(placed.word.text), placed.word.text)
            by_line[placed.line] = by_line[placed.line].union(box) if placed.line in by_line else box
            texts.setdefault(placed.line, []).append(placed.word.text)
        return [(self._clip(by_line[k], k), " ".join(texts[k])) for k in sorted(by_line)]

    def field_of(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) in `text` of the field holding the span: the run of words on its
        line each at most `FIELD_GAP` line heights from the next (`fields`)."""
        for a, b in self.fields():
            if a <= start and end <= b:
                return a, b
        return start, end

    def fields(self) -> list[tuple[int, int]]:
        """(start, end) of every field: words of one line closer than `FIELD_GAP` times the
        line's median word height. A banner's fields (the name, the institution, `MI 1.1`,
        the date) stand further apart than the words inside one (`Philips Healthcare`)."""
        return list(self._fields)

    @cached_property
    def _fields(self) -> tuple[tuple[int, int], ...]:
        # computed once per layout: the analyzer and the name rules ask for a finding's field
        # many times per text (`field_of`), and the model's text (`field_text`) is built from them
        out: list[tuple[int, int]] = []
        by_line: dict[int, list[PlacedWord]] = {}
        for placed in self.words:
            by_line.setdefault(placed.line, []).append(placed)
        for line in by_line.values():
            line.sort(key=lambda p: p.start)
            height = _median([p.word.box.height for p in line])
            first = line[0]
            for prev, cur in zip(line, line[1:], strict=False):
                if _gap(prev.word.box, cur.word.box) > FIELD_GAP * height:
                    out.append((first.start, prev.end))
                    first = cur
            out.append((first.start, line[-1].end))
        return tuple(sorted(out))

    def field_text(self) -> str:
        """`text` with the one space between two fields of a line (`fields`) made a line
        break: same length, so every offset holds. A model reads a line as a sentence, and
        'Tavita Fa'alogo PKW8835 21 Jul 2024 09:14', a banner's name, ID and date each a field
        apart, is no sentence with a name in it; the name alone on its line is."""
        chars = list(self.text)
        for _, end in self.fields():
            if end < len(chars) and chars[end] == " ":
                chars[end] = "\n"
        return "".join(chars)

    def _clip(self, box: Box, line: int) -> Box:
        if line >= len(self.extents):
            return box
        top, bottom = self.extents[line]
        new_top, new_bottom = max(box.top, top), min(box.bottom, bottom)
        if new_bottom <= new_top:
            return box
        return Box(box.left, new_top, box.width, new_bottom - new_top)


    def with_split_pieces(self, start: int, end: int, keep: Callable[[str], bool]) -> tuple[int, int]:
        """(start, end) grown over the words on either side that OCR may have cut from the
        words the span covers: letter to letter, on a gap `layout` would have glued but for
        the letters (`_split_token`: 'KOW' + 'ALSKI,' of 'KOWALSKI,' at a kerning gap).
        Such a piece is covered with its finding, unless `keep(text)` says it is a word of
        its own that must stay (device or label vocabulary)."""
        words = sorted(self.words, key=lambda p: p.start)
        inside = [i for i, p in enumerate(words) if p.end > start and p.start < end]
        if not inside:
            return start, end
        first, last = inside[0], inside[-1]
        while first > 0 and self._letter_split(words[first - 1], words[first]) \
                and not keep(words[first - 1].word.text):
            first -= 1
        while last + 1 < len(words) and self._letter_split(words[last], words[last + 1]) \
                and not keep(words[last + 1].word.text):
            last += 1
        # Unmoved ends stay where they were: a span that starts inside a word after its
        # label ('DOB:' of 'DOB:06.16.1976') keeps the label out (`boxes_for`).
        return (words[first].start if first < inside[0] else start,
                words[last].end if last > inside[-1] else end)

    def _letter_split(self, a: PlacedWord, b: PlacedWord) -> bool:
        if a.line != b.line or not (a.word.text[-1:].isalpha() and b.word.text[:1].isalpha()):
            return False
        line = [p.word.box.height for p in self.words if p.line == a.line]
        return _near(a.word, b.word, _median(line))

    def spaced_apart(self, pos: int, factor: float = 0.7) -> bool:
        """The word that starts at `pos` stands more than `factor` line heights from the word
        before it on its line: two spaces or more in a banner's type ('di Marco, Giulia  F'),
        where one space between the words of a name is 0.15-0.5 of the height (`JOIN_GAP`)."""
        words = sorted(self.words, key=lambda p: p.start)
        for prev, cur in zip(words, words[1:], strict=False):
            if cur.start == pos and prev.line == cur.line:
                height = max(prev.word.box.height, cur.word.box.height, 1)
                return cur.word.box.left - prev.word.box.right > factor * height
        return False

    def confidence(self, start: int, end: int) -> float:
        """OCR's best confidence among the words a span covers (0 when none)."""
        return max((p.word.confidence for p in self.words if p.end > start and p.start < end), default=0.0)


# Fields of a banner line (`TextLayout.fields`): the space between words of one value is
# under one line height ('Gen OB': 0.6, 'Philips Healthcare': 0.6), between fields more
# (the CX50 banner's name and logo: 1.3; 'TIB 0.2' and the time: 1.6).
FIELD_GAP = 1.0
# How far (in characters) a box cut after a label (`label_cut`) stays on the label's side:
# glyph widths differ, and the value must be covered whole.
LABEL_CUT_SLACK = 1.0
# How many characters beyond a span's tokens a cut along a sideways word keeps painting
# (`along_column`): a character's share of the column's height is an estimate (a space is
# narrower than a letter), and a glyph of PHI left half-painted is worse than a neighbour's.
COLUMN_CUT_SLACK = 1


def stacked(a: Box, b: Box) -> bool:
    """One box directly above the other: columns overlap by at least 0.3 of the narrower,
    at most one line height between them (a banner's column: a name over its date of birth,
    a date over its time)."""
    overlap = min(a.right, b.right) - max(a.left, b.left)
    gap = max(a.top, b.top) - min(a.bottom, b.bottom)
    return overlap > 0.3 * min(a.width, b.width) and 0 <= gap <= max(a.height, b.height)


# The advance of a punctuation mark ending a label, relative to a digit's (tabular digits, the same width
# each), for a cut after a label ending in a colon (`label_cut`): about half a digit in the common UI sans
# faces (DejaVu Sans, Arial/Liberation Sans, Helvetica: their 'hmtx' advance widths, ':' 278 and the
# digits 556 of 1000 units per em in Helvetica and Arial). Letters count as a digit each: a label's
# capitals are as wide as digits or wider, so the cut errs towards the label.
_NARROW_GLYPHS = frozenset(".:;,'|!")


def _advance(ch: str) -> float:
    return 0.5 if ch in _NARROW_GLYPHS else 1.0


def label_cut(box: Box, head: int, length: int, text: str | None = None) -> Box:
    """`box` of a word of `length` characters less its first `head` characters (a label),
    by their share of the width, `LABEL_CUT_SLACK` characters towards the label.

    With the word's `text`, a label ending in a colon before digits ('PESEL:75031209461', 'DOB:06.16.1976')
    is cut by the glyphs' widths (`_advance`: a colon or point about half a digit) and at the colon, no
    character of slack: the colon is the label's last glyph and the value starts after it, and a
    character's slack plus the painting margin took a fifth of a short label (review 19 A: 'PESEL:' of a
    9 px line, 81% left). The margin (3 px) covers the value's first glyph edge.

    The colon before the digits counts a digit's width, not half (fix round 36, review 19 B: 'TC:' before a
    Turkish TC Kimlik No, an 11 px line, read 'TC:10485736240' in one token across a 3 px gap, 17% of the
    label painted): OCR glues label and value across a gap of 1-3 px, a space's width of a small font,
    and that gap lies between the colon and the first digit. Half a digit for the colon plus the swallowed
    gap's share puts the cut on the label's last glyph of a short label; a whole digit puts it in the gap
    (at most the gap's width early, which the margin already paints past)."""
    if length <= 0 or head <= 0 or head >= length:
        return box
    if text is not None and len(text) == length and text[head - 1] == ":" and text[head:head + 1].isdigit():
        widths = [_advance(ch) for ch in text]
        widths[head - 1] = 1.0  # the colon and the gap after it (see above)
        cut = int(box.width * sum(widths[:head]) / sum(widths))
    else:
        cut = int(box.width * max(0.0, head - LABEL_CUT_SLACK) / length)
    return Box(box.left + cut, box.top, box.width - cut, box.height)


def _sideways_part(text: str, first: int, last: int, device_run: Callable[[str], bool]) -> tuple[int, int]:
    """The characters of a sideways word to paint for a span over [first, last) of its `text`:
    the whole word, less the run of tokens before the span and the run after it where
    `device_run` calls that run device text."""
    head_end = text.rfind(" ", 0, first)
    tail_start = text.find(" ", last)
    a = head_end + 1 if head_end >= 0 and device_run(text[:head_end]) else 0
    b = tail_start if tail_start >= 0 and device_run(text[tail_start:]) else len(text)
    return a, b


def along_column(word: OcrWord, first: int, last: int) -> Box:
    """The part of sideways `word`'s box (`Reading.DOWN` or `UP`) holding its characters
    [first, last): widened to whole space-separated tokens, then `COLUMN_CUT_SLACK` characters
    more at each end, and placed along the column by the characters' share of its height from
    the end its text starts at (the top for DOWN, the bottom for UP); the full width kept."""
    text, box = word.text, word.box
    n = len(text)
    first = text.rfind(" ", 0, first) + 1
    stop = text.find(" ", last)
    last = n if stop < 0 else stop
    first, last = max(0, first - COLUMN_CUT_SLACK), min(n, last + COLUMN_CUT_SLACK)
    if n == 0 or (first == 0 and last == n):
        return box
    a, b = box.height * first / n, box.height * last / n  # from the end the text starts at
    top = box.top + a if word.reading is Reading.DOWN else box.bottom - b
    return Box(box.left, math.floor(top), box.width, math.ceil(top + b - a) - math.floor(top))


def _colon_head(head: str) -> bool:
    """The characters of an OCR token before a span are letters and a colon ('by:' of
    'by:J.', read as one token at a narrow gap): whatever they say, the colon ends them, and
    the span the recogniser found starts after it."""
    return len(head) >= 2 and head.endswith(":") and head[:-1].isalpha()


# The numero signs ('N°', 'Nº', 'Nª'): letters to Python, a separator to a reader.
_NUMERO_SIGNS = "°ºª˚"


def _run_on(word: str, cut: int) -> bool:
    """The span starts inside `word` with no separator before it: a letter or digit then a
    letter or digit ('MRN' of 'MRN55302119', 'PatID' of 'PatID0004518827', 'ID' of
    'ID19870312-4471'). The prefix is printed as part of the number, says what the number is,
    and a cut by character share leaves a third of the token's ink: the token is painted whole.
    A colon, point, space or numero sign before the span is a label's end ('DOB:', 'Nr.',
    'N°'): the box is cut there (`label_cut`)."""
    head, rest = word[:cut], word[cut:]
    return head[-1:].isalnum() and head[-1:] not in _NUMERO_SIGNS and rest[:1].isalnum()


def _gap(a: Box, b: Box) -> int:
    """Horizontal distance between two boxes (0 when they overlap), in either order."""
    return max(0, max(a.left, b.left) - min(a.right, b.right))


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * min(a.height, b.height) and _gap(a, b) < 2.5 * max(a.height, b.height)


def _sideways(word: OcrWord) -> bool:
    """A word read along a vertical column (PP-OCR's `_read_vertical`): at least 3
    characters in a box at least twice as tall as wide, which upright text never is."""
    return len(word.text) >= 3 and word.box.height >= 2 * word.box.width


def _root(parent: list[int], i: int) -> int:
    """The root of `i` in a union-find forest (`parent`), halving the path as it goes."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def group_lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words share a line when their vertical extents overlap by half the smaller
    height and the gap between them is short: overlay text in two corners of the
    same row is two lines, or NER would read 'MARTHA PORTABLE' as one name.

    Lines are the connected groups of that relation, whatever order the words
    come in ('Patel' sits a pixel higher than 'Dr.' and 'Ravi' before it).

    A word read sideways (`_sideways`) is a line of its own: parallel vertical columns
    side by side (a name, beside it a date, beside that 'TIS 0.4 MI 1.1') are separate
    lines, not words of one ('12/05/1961' glued to 'TIS', the name run into the device's
    column)."""
    order = sorted(range(len(words)), key=lambda i: words[i].box.top)
    parent = list(range(len(words)))

    for n, i in enumerate(order):
        a = words[i].box
        for j in order[n + 1 :]:
            b = words[j].box
            if b.top >= a.bottom:
                break
            if _same_line(a, b) and not (_sideways(words[i]) or _sideways(words[j])):
                parent[_root(parent, j)] = _root(parent, i)
    groups: dict[int, list[OcrWord]] = {}
    for i, word in enumerate(words):
        groups.setdefault(_root(parent, i), []).append(word)
    lines = _wedged([sorted(g, key=lambda w: w.box.left) for g in groups.values()])
    lines.sort(key=lambda ln: (min(w.box.top for w in ln), min(w.box.left for w in ln)))
    return lines


def _rows_overlap(a: Box, b: Box) -> int:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def _wedged(lines: list[list[OcrWord]]) -> list[list[OcrWord]]:
    """A word alone on its line, wedged between a word on its left and a word on its right
    that stand on one row (their rows overlap by half, as `_same_line` asks), each near
    enough for `_same_line` and each overlapping its rows by a quarter of its height, joins
    them: all three are one line. OCR's box of the word slid off its glyphs' rows ('14' of
    'Oct 14 2026' on a noisy CT, tightened to its lower 5 of 9 rows), `_same_line` asked
    for half, and without the day between them the month and the year stood too far apart
    to be one line: the date was read as 'Oct', '2026' and '14', three lines. Words read
    sideways are left as they are."""
    if not any(len(line) == 1 for line in lines):
        return lines
    parent = list(range(len(lines)))

    # A word read sideways is a line of its own (`_sideways`: parallel vertical columns), and
    # no upright word between sideways ones is wedged into them.
    placed = [(n, word) for n, line in enumerate(lines) for word in line if not _sideways(word)]
    for n, line in enumerate(lines):
        if len(line) != 1 or _sideways(line[0]):
            continue
        w = line[0].box
        reach = 2.5 * w.height

        def nearest(side: int, n=n, w=w, reach=reach):
            best = None
            for m, word in placed:
                if m == n:
                    continue
                box = word.box
                gap = w.left - box.right if side < 0 else box.left - w.right
                if 0 <= gap < max(reach, 2.5 * box.height) and _rows_overlap(w, box) >= max(1, 0.25 * w.height) \
                        and (best is None or gap < best[0]):
                    best = (gap, m, box)
            return best

        left, right = nearest(-1), nearest(1)
        if left and right and _rows_overlap(left[2], right[2]) >= 0.5 * min(left[2].height, right[2].height):
            parent[_root(parent, left[1])] = _root(parent, n)
            parent[_root(parent, right[1])] = _root(parent, n)
    merged: dict[int, list[OcrWord]] = {}
    for n, line in enumerate(lines):
        merged.setdefault(_root(parent, n), []).extend(line)
    return [sorted(line, key=lambda word: word.box.left) for line in merged.values()]


# Words whose boxes almost touch are one token OCR split ('12-FEB-1' + '964'): the
# space between words of the smallest overlay fonts is still about 0.3 of a line's height.
# Between two letters it is not: PP-OCR's word boxes, tightened to the glyphs, leave
# 2-4 px (0.15-0.2 of the height) between the words of a name ('FERREIRA' 'JUNE',
# 'Silas' 'Abernathy', 'Mercy' 'Valley' 'Hospital'), so a letter (or a comma) before the
# gap and a letter after it are never glued (`_split_token`).
JOIN_GAP = 0.2
# A word box reaching further than this fraction of the line's height beyond the
# line's median top or bottom has grown into something else (noise, the next line).
OUTLIER = 0.35
# Only words OCR is this sure of (percent) set a line's extent.
SOLID_CONFIDENCE = 50.0


def _median(values: list[int]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def line_extent(line: list[OcrWord]) -> tuple[int, int]:
    """(top, bottom) of a line: the widest extent of its solid words (confidence
    >= `SOLID_CONFIDENCE`, at least half the tallest one's height) that stay within
    `OUTLIER` line heights of their median top and bottom (ascenders and descenders
    in, a box that swallowed noise below out). No solid word: the words' union."""
    solid = [w for w in line if w.confidence >= SOLID_CONFIDENCE]
    if solid:  # OCR's faint guesses at texture ('ee', 1 px tall) say nothing about the line
        tall = max(w.box.height for w in solid)
        solid = [w for w in solid if w.box.height >= 0.5 * tall]
    if not solid:
        return min(w.box.top for w in line), max(w.box.bottom for w in line)
    line = solid
    tops, bottoms = [w.box.top for w in line], [w.box.bottom for w in line]
    height = _median([w.box.height for w in line])
    mt, mb = _median(tops), _median(bottoms)
    top = min((t for t in tops if t >= mt - OUTLIER * height), default=min(tops))
    bottom = max((b for b in bottoms if b <= mb + OUTLIER * height), default=max(bottoms))
    return top, bottom


def _split_token(a: OcrWord, b: OcrWord, height: float,
                 is_label: Callable[[str], bool] | None = None) -> bool:
    """Two solid words of one height almost touching: one token OCR cut in two. Noise
    ('ee' beside 'IMPRESSION' after a box was painted) is never glued to a word, and
    neither is a value to the label OCR read as its own word ('Tel' + '415.555.0110',
    'PID' + 'MRN0091827' on a 2-3 px gap): glued, the value loses its shape; nor a label to
    the value before it ('312/960' + 'Tech:' at the end of an EEG's line). Nor are two
    words that meet letter to letter, or comma to letter ('FERREIRA' + 'JUNE', 'Mercy' +
    'Valley', 'Nguyen,' + 'Thanh'): at the gaps that make two tokens one, those are the
    words of a name or an institution, and 'FERREIRAJUNE' or 'MercyValleyHospital' is no
    name to a recogniser. OCR's cuts inside a value fall at a digit or a sign ('12-FEB-1'
    + '964', 'DOE^' + 'JANE')."""
    if (a.text[-1:].isalpha() or a.text.endswith(",")) and b.text[:1].isalpha():
        return False  # a finding still covers such a piece: `TextLayout.with_split_pieces`
    if is_label is not None and (is_label(a.text) or is_label(b.text)):
        return False
    if _LABEL_WORD.fullmatch(a.text) or _LABEL_WORD.fullmatch(b.text):
        return False  # '312/960' + 'Tech:' + 'SJ': a label is a word of its own, never a token's piece
    if _WORD_END.search(a.text) and a.text[-1].islower() and _POSTCODE.fullmatch(b.text) \
            and a.text.lower() not in _NUMBER_HEADS:
        return False  # 'Ambroise-Paré' + '75010': a street's name, then the postcode of the town after it
    if _overlapping_digits(a, b):
        return True
    if _address_parts(a.text, b.text):
        return False  # 'Liebigstraße' + '20,' + '04103' + 'Leipzig', 'M13' + '9WL': an address's words
    return _near(a, b, height)


# fix round 36 (review 19 B, German MR banners at 9 px: 'Liebigstraße 20, 04103 Leipzig' read
# 'Liebigstraße', '20,', '04', '103', 'Leipzig' 1-2 px apart and glued into 'Liebigstraße20,04103Leipzig',
# no address to a recogniser; a UK 'Manchester M13 9WL' glued 'M139WL'). The pieces of an address stay
# words where each is a field of it (Deutsche Post, *Adressierung*: Straße Hausnummer, PLZ Ort; Die Post
# CH and Österreichische Post alike; Royal Mail's PAF, the outward and inward code parted by a space):
# - a street's name ending in its type, glued German/Dutch/Nordic style, then its house number;
# - a house number and its comma, then the postcode's digits;
# - a number of two to five digits alone, then a capitalised word of three letters or more (the town after
#   its postcode or the postcode's last piece);
# - a UK outward code (A9, A99, AA9, AA99, A9A, AA9A), then its inward code (9AA).
_STREET_TYPE_END = re.compile(r"(?i:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm|straat|laan|gatan|gata|vägen"
                              r"|vej|veien|gade|katu)$")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?,?")
_UK_OUTWARD = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
_UK_INWARD = re.compile(r"\d[A-Z]{2}")
_TOWN_WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]{2,}[^\W\d_]*")


def _address_parts(a: str, b: str) -> bool:
    """`a` and `b` two fields of an address, never one token (see above)."""
    if _STREET_TYPE_END.search(a) and _HOUSE_NUMBER.fullmatch(b):
        return True
    if re.fullmatch(r"\d{1,4}[A-Za-z]?,", a) and re.fullmatch(r"\d{1,5}", b):
        return True
    if re.fullmatch(r"\d{2,5}", a) and _TOWN_WORD.fullmatch(b):  # not a date's year: '15.04.1972' + 'Ain'
        return True
    return bool(_UK_OUTWARD.fullmatch(a) and _UK_INWARD.fullmatch(b))


def _overlapping_digits(a: OcrWord, b: OcrWord) -> bool:
    """fix round 36 (review 19 B, a Spanish NM banner: the DNI '05219877G' read '05' at x 20-37 and '219877G' at
    x 28-70, 9 px): OCR cut a number in two and drew the first piece's box over the second's start. Two solid
    words of one height, a digit either side of the cut, the second starting inside the first and ending
    beyond it, are one token: boxes of two fields never overlap. The first piece is letters and digits
    only and covers less than half of the second: a word with points overlapped by a digit run is
    another view's second reading of its end ('geb.14.03.1957' and '19571' over '1957 M', review 18),
    not its cut-off rest."""
    if not (a.text.isalnum() and a.text[-1:].isdigit() and b.text[:1].isdigit()):
        return False
    if a.box.right - b.box.left >= 0.5 * b.box.width:
        return False
    if min(a.confidence, b.confidence) < SOLID_CONFIDENCE \
            or min(a.box.height, b.box.height) < 0.7 * max(a.box.height, b.box.height):
        return False
    return a.box.left < b.box.left < a.box.right < b.box.right and b.box.left - a.box.right < 0


# fix round 35 (review 19 A: '2 rue Ambroise-Paré 75010 Paris' read 'Ambroise-Paré' and '75010' 2 px
# apart, glued, and the address stopped before the postcode). A word ending in three letters, the last
# lower case (a street's or a town's name, not a label's capitals: 'PatID' + '0004518827' stays one
# token), and after it a postcode alone: five digits (La Poste's code postal, the Deutsche Post's PLZ,
# Poste Italiane's CAP, Correos' código postal), four (Belgium, Switzerland, Austria, Denmark, Norway:
# bpost, Die Post, Posten) or four and two capitals (PostNL's postcode '1012 JS', UPU Postal addressing
# systems). Two tokens: the address reads 'Paré 75010 Paris'. Not after the words that head a case,
# order or visit number (`_NUMBER_HEADS`): 'Case12345', 'Akte12345', 'Order54321' stay one token, an ID
# (break-test 13).
_WORD_END = re.compile(r"[^\W\d_]{3}$")
_POSTCODE = re.compile(r"\d{4,5}|\d{4}[A-Z]{2}")
_NUMBER_HEADS = frozenset({
    "case", "caso", "cas", "fall", "akte", "order", "auftrag", "visit", "encounter", "episode", "exam", "study",
    "request", "befund", "aufnahme", "dossier", "sejour", "séjour", "ingreso", "ricovero", "cartella", "pedido",
    "patient", "accession", "admission",
})


# A word that ends a label: two letters or more and a colon ('Tech:', 'Operateur:', 'in:').
_LABEL_WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*[^\W\d_]\.?:")


def _near(a: OcrWord, b: OcrWord, height: float) -> bool:
    """Two solid words of one height almost touching (`JOIN_GAP` of the line's height)."""
    solid = min(a.confidence, b.confidence) >= SOLID_CONFIDENCE
    same = min(a.box.height, b.box.height) >= 0.7 * max(a.box.height, b.box.height)
    return solid and same and 0 <= b.box.left - a.box.right <= JOIN_GAP * height


def layout(words: list[OcrWord], is_label: Callable[[str], bool] | None = None) -> TextLayout:
    """Words as text lines (`group_lines`), a space between words unless they are one
    token OCR cut in two (`_split_token`; `is_label`: words that are labels, never glued)."""
    parts: list[str] = []
    placed: list[PlacedWord] = []
    extents: list[tuple[int, int]] = []
    pos = 0
    for line_no, line in enumerate(group_lines(words)):
        if line_no:
            parts.append("\n")
            pos += 1
        extents.append(line_extent(line))
        height = _median([w.box.height for w in line])
        for i, word in enumerate(line):
            if i and not _split_token(line[i - 1], word, height, is_label):
                parts.append(" ")
                pos += 1
            placed.append(PlacedWord(word, pos, pos + len(word.text), line_no))
            parts.append(word.text)
            pos += len(word.text)
    return TextLayout("".join(parts), tuple(placed), tuple(extents))
