"""A worklist's exam column: the cells under an exam heading ('Undersökning', 'Exam',
'Untersuchung') describe the exam (DICOM Requested Procedure Description), not the patient.
spaCy called 'Lungor' of 'Lungor frontal' an organisation once the verification pass had painted
the row's name and personnummer; the exam stays, in every language, while the name, the
personnummer and the physician of each row are erased. A name under a name heading ('Namn'), a
name under an 'Exam:' label's row, and an institution line are not exam cells.

Text-level: OCR words placed as PP-OCR read the review worklist (12 px text, columns at x = 11,
110, 296, 422), through the real Presidio analyzer and spaCy pipeline, on the first pass's
words and on the verification pass's (the names and numbers painted out).
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.names import in_exam_column
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .test_recognizers_context import covered

COLUMNS = (11, 110, 296, 422)


def table(heading: tuple[str, ...], cells: list[tuple[str, ...]], columns=COLUMNS) -> list[OcrWord]:
    """A worklist: the heading row, then one row per tuple of cells (an empty cell: painted out)."""
    out = []
    for row, texts in enumerate([heading, *cells]):
        for x0, cell in zip(columns, texts, strict=False):
            x = x0 + (13 if row == 0 and x0 == 296 else 0)  # the headings stand a little right of their cells
            for word in cell.split():
                out.append(OcrWord(word, Box(x, 42 + 22 * row, 7 * len(word), 12), 99.0))
                x += 7 * len(word) + 5
    return out


SV = ("Personnummer", "Namn", "Undersökning", "Remittent")
EXAMS = ["DT buk", "MR hjärna", "Lungor frontal", "UL tyreoidea", "Thorax pa", "Rtg lungor", "Knä höger",
         "CT hjärna"]


# What PP-OCR read on the review worklist's verification pass (names, numbers and physicians
# painted out), the third row's exam replaced by each exam.
_READ = [("Undersökning", 309, 42, 80, 13), ("Remittent", 435, 42, 60, 11), ("Personnummer", 11, 43, 80, 10),
         ("Namn", 124, 43, 27, 10), ("DT", 296, 63, 14, 10), ("buk", 316, 62, 20, 11), ("Dr", 422, 63, 13, 10),
         ("MR", 295, 85, 15, 10), ("hjärna", 316, 84, 40, 13), ("Dr", 422, 85, 13, 10), (None, 296, 107, 0, 12),
         ("Dr", 422, 107, 13, 10), ("UL", 296, 129, 14, 10), ("tyreoidea", 316, 128, 60, 13),
         ("Dr", 422, 129, 13, 10)]


def verification_words(exam: str) -> list[OcrWord]:
    out = []
    for text, x, y, w, h in _READ:
        if text is not None:
            out.append(OcrWord(text, Box(x, y, w, h), 99.0))
            continue
        for word in exam.split():
            out.append(OcrWord(word, Box(x, y, 7 * len(word), h), 99.0))
            x += 7 * len(word) + 6
    return out


@pytest.mark.parametrize("exam", EXAMS)
def test_the_exam_stays_once_the_rows_phi_is_painted(analyzer, exam):
    words = verification_words(exam)
    assert not set(exam.split()) & set().union(*covered(analyzer, words).values())


@pytest.mark.parametrize("exam", EXAMS)
def test_the_exam_stays_and_the_rows_phi_goes(analyzer, exam):
    words = table(SV, [("19750312-4567", "Lindqvist, Astrid", "DT buk", "Dr Hallberg"),
                       ("20030602-1452", "Nieminen, Aino", exam, "Dr Hallberg")])
    got = covered(analyzer, words)
    assert not set(exam.split()) & set().union(*got.values()), got
    assert {"Nieminen,", "Aino", "Lindqvist,", "Astrid"} <= got.get("PERSON", set()), got
    assert {"20030602-1452", "19750312-4567"} <= got.get("ID", set()), got
    assert "Hallberg" in got.get("PERSON", set()), got


@pytest.mark.parametrize("heading", [
    ("Patient ID", "Name", "Exam", "Referrer"),
    ("Patienten-ID", "Name", "Untersuchung", "Zuweiser"),
    ("ID", "Nimi", "Tutkimus", "Lähettäjä"),
])
def test_in_exam_column_under_an_exam_heading_in_other_languages(heading):
    words = table(heading, [("", "", "Lungor frontal", "Dr")])
    tl = layout(words)
    at = tl.text.index("Lungor")
    assert in_exam_column(tl, at, at + len("Lungor"))


@pytest.mark.parametrize("words, piece", [
    # a name under the name heading
    (table(SV, [("", "Nieminen, Aino", "Lungor frontal", "Dr")]), "Nieminen"),
    # a physician under the referrer heading
    (table(SV, [("", "", "Lungor frontal", "Dr Hallberg")]), "Hallberg"),
    # a label with its value to its right is no column heading: the name under it is a name
    (table(("Exam:", "CT Head"), [("Aino Nieminen",)], columns=(11, 60)), "Aino"),
    # an exam heading alone on its line (a title, no table)
    (table(("", "", "Examination"), [("", "", "Aino Nieminen")]), "Aino"),
    # no heading at all
    (table(("", "", "Lungor frontal"), [("", "", "Aino Nieminen")]), "Aino"),
])
def test_not_in_an_exam_column(words, piece):
    tl = layout(words)
    at = tl.text.index(piece)
    assert not in_exam_column(tl, at, at + len(piece))
