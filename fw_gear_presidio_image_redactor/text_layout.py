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


def group_lines(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words share a line when their vertical extents overlap by half the smaller
    height and the gap between them is short: overlay text in two corners of the
    same row is two lines, or NER would read 'MARTHA PORTABLE' as one name."""
    lines: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: (w.box.top + w.box.height / 2, w.box.left)):
        for line in lines:
            ref = line[-1].box
            overlap = min(ref.bottom, word.box.bottom) - max(ref.top, word.box.top)
            if overlap >= 0.5 * min(ref.height, word.box.height) and abs(word.box.left - ref.right) < 2.5 * max(
                ref.height, word.box.height
            ):
                line.append(word)
                break
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.box.left)
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
