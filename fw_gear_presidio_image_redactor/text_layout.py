"""OCR words laid out as text lines, remembering which characters came from which word.

Presidio analyses strings; redaction needs pixels. The layout is the bridge:
entity spans found in the text map back to the union of the word boxes they cover.
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import Box, OcrWord


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

    def boxes_for(self, start: int, end: int) -> list[tuple[Box, str]]:
        """One box per text line the span touches (a span can wrap lines)."""
        by_line: dict[int, Box] = {}
        texts: dict[int, list[str]] = {}
        for placed in self.words:
            if placed.end <= start or placed.start >= end:
                continue
            box = placed.word.box
            by_line[placed.line] = by_line[placed.line].union(box) if placed.line in by_line else box
            texts.setdefault(placed.line, []).append(placed.word.text)
        return [(by_line[k], " ".join(texts[k])) for k in sorted(by_line)]


    def confidence(self, start: int, end: int) -> float:
        """OCR's best confidence among the words a span covers (0 when none)."""
        return max((p.word.confidence for p in self.words if p.end > start and p.start < end), default=0.0)


def _gap(a: Box, b: Box) -> int:
    """Horizontal distance between two boxes (0 when they overlap), in either order."""
    return max(0, max(a.left, b.left) - min(a.right, b.right))


def _same_line(a: Box, b: Box) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap >= 0.5 * min(a.height, b.height) and _gap(a, b) < 2.5 * max(a.height, b.height)


def group_lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words share a line when their vertical extents overlap by half the smaller
    height and the gap between them is short: overlay text in two corners of the
    same row is two lines, or NER would read 'MARTHA PORTABLE' as one name.

    Lines are the connected groups of that relation, whatever order the words
    come in ('Patel' sits a pixel higher than 'Dr.' and 'Ravi' before it)."""
    order = sorted(range(len(words)), key=lambda i: words[i].box.top)
    parent = list(range(len(words)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for n, i in enumerate(order):
        a = words[i].box
        for j in order[n + 1 :]:
            b = words[j].box
            if b.top >= a.bottom:
                break
            if _same_line(a, b):
                parent[root(j)] = root(i)
    groups: dict[int, list[OcrWord]] = {}
    for i, word in enumerate(words):
        groups.setdefault(root(i), []).append(word)
    lines = [sorted(g, key=lambda w: w.box.left) for g in groups.values()]
    lines.sort(key=lambda ln: (min(w.box.top for w in ln), min(w.box.left for w in ln)))
    return lines


def layout(words: list[OcrWord]) -> TextLayout:
    parts: list[str] = []
    placed: list[PlacedWord] = []
    pos = 0
    for line_no, line in enumerate(group_lines(words)):
        if line_no:
            parts.append("\n")
            pos += 1
        for i, word in enumerate(line):
            if i:
                parts.append(" ")
                pos += 1
            placed.append(PlacedWord(word, pos, pos + len(word.text), line_no))
            parts.append(word.text)
            pos += len(word.text)
    return TextLayout("".join(parts), tuple(placed))
