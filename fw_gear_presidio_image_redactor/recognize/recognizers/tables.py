"""Patients in rows: a study list's columns under their header row, and a banner's patient row
without labels.

A worklist or study list (PACS viewers, modality worklists, report lists) prints a header row
that names its columns ('Study Date  Accession  Name  Referring  Station', 'Patient Name  Patient
ID  DOB  Modality', 'Nom  N° dossier  Date naiss.', 'Naam  Patiëntnr  Geb.datum') and one row per
study under it. No cell has a label of its own: the header says what each cell is, whatever its
case ('fa'amausili tavita', 'dr leota'). `column_cells` reads the header row's columns and hands
on the cells under the patient's, the physician's, the identifier's and the birth date's columns.
The header's words are labels, and a station's or modality's code ('US01', 'CT01') is no PHI.

A banner without labels writes the patient as a row of its own: two to four name words and a
record number ('Shrestha Binod TUTH-88013', 'Ouellet Geneviève  OUEG 8951 1712', 'KARIMI SHIRIN
TH-3307812'), nothing else on the line (`patient_rows`).

Columns: a row's cells are matched to the header's columns by x (a table drawn in columns: no
word of the row crosses the boundary between two columns), else, in a list whose columns are
written one after the other without alignment, by order: the row split at its widest gaps into as
many cells as the header has columns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...findings import Finding
from ..text_layout import stacked
from .banner_labels import (
    BIRTH,
    ID,
    NAME,
    PHYSICIAN,
    SEX_AGE,
    STUDY_DATE,
    STUDY_NUMBER,
    _alternation,
    after_device_word,
    service_ticket_before,
)
from .device_vocabulary import is_device_word
from .institutions import is_vendor
from .names import is_name_word, is_title, only_credentials
from .patterns import DEVICE_ID_PREFIXES, YEAR_ID_TEXT, health_card_ids, id_shaped, unit_after, unlabelled_ids
from .ultrasound_regions import inside_any

TABLE_CELL = "overlay-table-cell"
PATIENT_ROW = "overlay-patient-row"

PATIENT, PHYSICIAN_COLUMN, IDENTIFIER, BIRTH_DATE, OTHER = "patient", "physician", "id", "birth", "other"

# A patient column's heading without a colon: the label words of `banner_labels.NAME` ('Name', 'Nom',
# 'Naam', 'Navn', 'Nimi', 'Apellido', 'Patient Name') and the patient word itself, which a banner's
# label needs a colon for ('Patient: ...') and a list's header writes alone.
_PATIENT_MORE = ("Patient", "Pat", "Patientin", "Patient(in)", "Paciente", "Patiente", "Patiënt", "Paziente",
                 "Pasient", "Potilas", "Pacjent", "Pacient", "Hasta", "Utente", "Beteg", "Páciens",
                 "Nom Prénom", "Nom et prénom", "Nombre y apellidos", "Apellidos y nombre", "Cognome Nome",
                 "Name Vorname", "Nachname Vorname", "Patient Name (Last, First)")
# A physician's column: `banner_labels.PHYSICIAN` and the list headings of the order (DICOM PS3.4
# Modality Worklist: Requesting Physician; HL7 ORC-12 Ordering Provider; de Einsender, Anforderer).
_PHYSICIAN_MORE = ("Ref Phys", "Ref Physician", "Referring Phys", "Referring Dr", "Referring Doctor",
                   "Requesting", "Requesting Physician", "Requester", "Ordering", "Ordering Physician",
                   "Ordering Provider", "Einsender", "Anforderer", "Doctor", "Reporting", "Reporting Physician",
                   "Reader", "Read By", "Performing Phys")
# An identifier's column: `banner_labels.ID` and `STUDY_NUMBER` less the row counters ('#', 'Nr',
# 'N°': a list's running number) and the exam words that head a description ('Study', 'Exam', 'Ex').
_COUNTERS = frozenset({"#", "N°", "Nr", "Num", "Number:", "Study", "Exam", "Ex"})
_ID_MORE = ("Case", "Case ID", "Order", "Order No", "Order #", "Acc. No", "Accession #", "Fall", "Auftrag",
            "Visit", "Visit No", "Encounter", "Episode", "HN", "UR No", "URN", "Hosp ID")
# Other columns of a list (not PHI; they help to tell a header row from a line of words): DICOM
# PS3.4 worklist and query attributes as PACS viewers head them.
_OTHER = ("Station", "Station Name", "Modality", "Mod", "Description", "Study Description", "Exam Description",
          "Procedure", "Body Part", "Status", "Images", "Img", "Series", "Instances", "Priority", "Room",
          "Location", "Site", "Institution", "Scheduled", "Performed", "Report", "Reported", "Flag", "Size",
          "Study Time", "Time", "Comments", "Type", "Source", "AE Title", "Sex", "Age",
          # a list of patients' measurements (a clinic's growth or dose list)
          "Weight", "Wt", "Height", "Ht", "BMI", "Result", "Units", "Value")


def _heading(labels: Iterable[str]) -> re.Pattern:
    plain = tuple(dict.fromkeys(s.rstrip(":") for s in labels if s.rstrip(":") and s not in _COUNTERS))
    return re.compile(rf"(?:{_alternation(plain)})[ \t]*[:#.]?", re.IGNORECASE)


_HEADINGS = (
    (BIRTH_DATE, _heading(BIRTH)),
    (IDENTIFIER, _heading(ID + STUDY_NUMBER + _ID_MORE)),
    (PHYSICIAN_COLUMN, _heading(PHYSICIAN + _PHYSICIAN_MORE)),
    (PATIENT, _heading(NAME + _PATIENT_MORE)),
    (OTHER, _heading(STUDY_DATE + SEX_AGE + _OTHER)),
)
_PHI_COLUMNS = (PATIENT, PHYSICIAN_COLUMN, IDENTIFIER, BIRTH_DATE)
_MAX_HEADING_WORDS = 4
_MAX_ROWS = 60


def heading_kind(text: str) -> str | None:
    """The column `text` heads (`PATIENT`, `PHYSICIAN_COLUMN`, `IDENTIFIER`, `BIRTH_DATE`,
    `OTHER`), or None where it is no column heading."""
    for kind, pattern in _HEADINGS:
        if pattern.fullmatch(text.strip()):
            return kind
    return None


def _header_cells(words: list) -> list[tuple[str | None, list]] | None:
    """The columns of a header row (`words`: a line's placed words, left to right): the longest
    heading at each word (`heading_kind`), one word where none starts there. None where the line
    is no header row: a digit, a word ending in a colon (a label with its value beside it), fewer
    than two headings or fewer than two kinds of them, more unknown words than half the
    headings, an unknown word in lower case (prose), or no column of the patient's, a
    physician's, an identifier or a birth date."""
    texts = [p.word.text for p in words]
    if any(any(c.isdigit() for c in t) or t.endswith(":") for t in texts):
        return None
    cells: list[tuple[str | None, list]] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + _MAX_HEADING_WORDS), i, -1):
            kind = heading_kind(" ".join(texts[i:j]))
            if kind is not None:
                cells.append((kind, words[i:j]))
                i = j
                break
        else:
            cells.append((None, words[i:i + 1]))
            i += 1
    known = sum(kind is not None for kind, _ in cells)
    if known < 2 or len(cells) - known > max(1, known // 2) or len({k for k, _ in cells} - {None}) < 2:
        return None  # 'Dictated by Dr. on': one kind, and prose
    if any(kind is None and not ws[0].word.text[:1].isupper() for kind, ws in cells):
        return None  # a heading is capitalised: 'on', 'by', 'with' are a sentence's words
    if not any(kind in _PHI_COLUMNS for kind, _ in cells):
        return None
    return cells


def _left(words: list) -> int:
    return min(p.word.box.left for p in words)


def _right(words: list) -> int:
    return max(p.word.box.left + p.word.box.width for p in words)


def _by_x(row: list, columns: list[list], height: float) -> list[list] | None:
    """The row's words under each column by x, or None where a word crosses the boundary between
    two columns (the row is not drawn in the header's columns)."""
    bounds = [_left(col) - height / 2 for col in columns[1:]]
    margin = height / 4
    out: list[list] = [[] for _ in columns]
    for p in row:
        left, right = p.word.box.left, p.word.box.left + p.word.box.width
        if any(left + margin < b < right - margin for b in bounds):
            return None
        out[sum(left >= b - margin for b in bounds)].append(p)
    return out


def _fits(kinds: list, split: list[list]) -> bool:
    """Each cell of a row split by order holds what its column's heading says: a number under
    an identifier or a birth date, a word of letters under a name."""
    for kind, cell in zip(kinds, split, strict=False):
        texts = [p.word.text for p in cell]
        if kind in (IDENTIFIER, BIRTH_DATE) and not any(any(c.isdigit() for c in t) for t in texts):
            return False
        if kind in (PATIENT, PHYSICIAN_COLUMN) and not any(t.strip(_TOKEN_EDGE).replace("'", "").isalpha()
                                                           for t in texts):
            return False
    return True


def _by_order(row: list, kinds: list) -> list[list] | None:
    """The row split at its widest gaps into as many cells as the header has columns (`kinds`),
    or None where those gaps are no wider than the others (the cells cannot be told apart), the
    row has fewer words than columns, or a cell does not hold its column's kind (`_fits`)."""
    columns = len(kinds)
    if len(row) < columns:
        return None
    gaps = [(b.word.box.left - (a.word.box.left + a.word.box.width), i + 1)
            for i, (a, b) in enumerate(zip(row, row[1:], strict=False))]
    ranked = sorted(gaps, reverse=True)
    cut, rest = ranked[:columns - 1], ranked[columns - 1:]
    if rest and cut and cut[-1][0] <= rest[0][0]:
        return None
    starts = [0] + sorted(i for _, i in cut) + [len(row)]
    split = [row[a:b] for a, b in zip(starts, starts[1:], strict=False)]
    return split if _fits(kinds, split) else None


_TOKEN_EDGE = ",;:()[]"


def _cell_spans(kind: str, cell: list, strict: bool) -> list[tuple[int, int, str]]:
    out = []
    for p in cell:
        word = p.word.text.strip(_TOKEN_EDGE)
        if not word:
            continue
        if kind in (PATIENT, PHYSICIAN_COLUMN):
            if p.word.text.endswith(":") or any(c.isdigit() for c in word) or is_title(word) \
                    or only_credentials(word):
                continue
            if not any(c.isalpha() for c in word) or not is_name_word(word, strict=strict):
                continue
            out.append((p.start, p.end, "PERSON"))
        elif kind == IDENTIFIER and sum(c.isdigit() for c in word) >= 3:
            out.append((p.start, p.end, "ID"))
        elif kind == BIRTH_DATE and sum(c.isdigit() for c in word) >= 2:
            out.append((p.start, p.end, "DATE_TIME"))
    return out


def _lines(text_layout) -> list[list]:
    """The upright words of `text_layout` in visual rows, top to bottom, each left to right: a
    text line of the layout ends at a wide gap, and a table's row has wide gaps between its cells."""
    rows: list[list] = []
    for placed in sorted((p for p in text_layout.words if p.word.reading.name == "ACROSS"),
                         key=lambda p: p.word.box.top + p.word.box.height / 2):
        box = placed.word.box
        middle = box.top + box.height / 2
        if rows:
            last = rows[-1]
            centre = sum(p.word.box.top + p.word.box.height / 2 for p in last) / len(last)
            if abs(middle - centre) <= 0.5 * max(box.height, max(p.word.box.height for p in last)):
                last.append(placed)
                continue
        rows.append([placed])
    return [sorted(row, key=lambda p: p.word.box.left) for row in rows]


def column_cells(text_layout) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(the cells under a header row's patient, physician, identifier and birth-date columns as
    (start, end, entity), the header rows' words as (start, end)) in `text_layout`'s text.

    A row belongs to the table while it follows the row above within two line heights and has
    words under the header's extent. A name column headed by a bare name word ('Name', 'Nom') in
    a table with no identifier or birth date column (a series list's 'Name') keeps its device
    words ('AX T2 FLAIR')."""
    cells: list[tuple[int, int, str]] = []
    headers: list[tuple[int, int]] = []
    lines = _lines(text_layout)
    i = 0
    while i < len(lines):
        header = _header_cells(lines[i])
        if header is None:
            i += 1
            continue
        headers += [(p.start, p.end) for _, ws in header for p in ws]
        kinds = [kind for kind, _ in header]
        columns = [ws for _, ws in header]
        strict = not any(k in (IDENTIFIER, BIRTH_DATE) for k in kinds)
        height = max(p.word.box.height for p in lines[i])
        left, right = _left(lines[i]) - 2 * height, _right(lines[i]) + 6 * height
        bottom = max(p.word.box.top + p.word.box.height for p in lines[i])
        j = i + 1
        while j < len(lines) and j - i <= _MAX_ROWS:
            row = [p for p in lines[j] if p.word.box.left < right and p.word.box.left + p.word.box.width > left]
            top = min(p.word.box.top for p in lines[j])
            if not row or top - bottom > 2 * height or _header_cells(lines[j]) is not None:
                break
            split = _by_x(row, columns, height) or _by_order(row, kinds)
            if split is not None:
                for kind, cell in zip(kinds, split, strict=False):
                    if kind in _PHI_COLUMNS:
                        cells += _cell_spans(kind, cell, strict and kind == PATIENT)
            bottom = max(p.word.box.top + p.word.box.height for p in lines[j])
            j += 1
        i = j
    return cells, headers


# -- a patient row without labels ---------------------------------------------------------------

# A record number in a patient row, in either case: letters (one to four, up to three groups) and
# four digits or more, or six to twelve digits ('tuth-88013', 'PKW8835', '4471923').
_ROW_ID = re.compile(r"(?i)[a-z]{1,4}(?:-[a-z]{1,4}){0,2}-?\d{4,10}(?:-\d{1,4}|[a-z])?|\d{6,12}")
_NAME_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019.-](?=[^\W\d_]))*,?")


_DA = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _row_id(token: str) -> bool:
    if not _ROW_ID.fullmatch(token) or _DA.fullmatch(token):
        return False  # '20231105': a date (a build's, or the birth date's: not an ID)
    letters = re.match(r"[A-Za-z]+", token)
    return not (letters and letters.group(0).upper() in DEVICE_ID_PREFIXES)


def patient_rows(text: str) -> list[tuple[int, int, str]]:
    """(start, end, entity) of each patient row's name words (PERSON) and record number (ID): a
    line of two to four name words (`names.is_name_word`, strict: no device, overlay or label
    word, no vendor) side by side and one or two record numbers (`unlabelled_ids`, a health card
    `patterns.health_card_ids`, or `_ROW_ID` in either case), nothing else on the line: no unit,
    no setting, no other word."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        ids = [(a, b) for a, b in unlabelled_ids(line) + health_card_ids(line)]
        tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]
        kinds = []
        for a, b in tokens:
            token = line[a:b]
            if any(x <= a and b <= y for x, y in ids) or (_row_id(token) and not unit_after(line, b)):
                kinds.append("id")
            elif _NAME_TOKEN.fullmatch(token) and is_name_word(token.rstrip(","), strict=True) \
                    and not is_vendor(token.rstrip(",")) and not is_device_word(token.rstrip(",")):
                kinds.append("name")
            else:
                kinds.append("other")
        if any(k == "id" and (after_device_word(line, a) or service_ticket_before(line, a))
               for k, (a, _) in zip(kinds, tokens, strict=True)):
            pos += len(line) + 1
            continue  # 'Serial Number 12345678', 'Work Order WO-55821': a device's number, a service call's
        names = [i for i, k in enumerate(kinds) if k == "name"]
        if "other" not in kinds and 2 <= len(names) <= 4 and 1 <= kinds.count("id") <= 3 \
                and names == list(range(names[0], names[-1] + 1)) \
                and any(len(line[tokens[i][0]:tokens[i][1]]) >= 3 for i in names):
            out += [(pos + a, pos + b, "PERSON") for i, (a, b) in enumerate(tokens) if kinds[i] == "name"]
            out += [(pos + a, pos + b, "ID") for i, (a, b) in enumerate(tokens) if kinds[i] == "id"]
        pos += len(line) + 1
    return out


# A row's parts further apart than this many line heights are two banners' corners, not one row.
_CORNER_GAP = 6


def layout_patient_rows(text_layout) -> list[tuple[int, int, str]]:
    """`patient_rows` of each visual row of `text_layout` (its words side by side, however wide
    the gap between the name and the number: the layout's text breaks a line there), each part of a
    row further than `_CORNER_GAP` line heights from the next read apart, and of each word read
    sideways (a vertical banner is one OCR word), in `text_layout.text`'s offsets."""
    out: list[tuple[int, int, str]] = []
    for row in _lines(text_layout):
        height = sorted(p.word.box.height for p in row)[len(row) // 2]
        parts, part = [], [row[0]]
        for a, b in zip(row, row[1:], strict=False):
            if b.word.box.left - (a.word.box.left + a.word.box.width) > _CORNER_GAP * height:
                parts.append(part)
                part = []
            part.append(b)
        parts.append(part)
        for part in parts:
            line, starts = "", []
            for p in part:
                starts.append(len(line) + (1 if line else 0))
                line = f"{line} {p.word.text}" if line else p.word.text
            for a, b, entity in patient_rows(line):
                for p, s in zip(part, starts, strict=True):
                    if s <= a and b <= s + len(p.word.text):
                        out.append((p.start + a - s, p.start + b - s, entity))
    for p in text_layout.words:
        if p.word.reading.name != "ACROSS":
            out += [(p.start + a, p.start + b, e) for a, b, e in patient_rows(p.word.text)]
    return out


ID_SHAPE = "overlay-id-shape"
# The shapes of `id_shaped` with the letters first and no check letter after the digits (and a year's
# group before the running number: 'KMKL-26-30471', 'S26-04417').
_LETTERS_FIRST = re.compile(rf"[A-Z]{{1,4}}(?:-[A-Z]{{1,4}}){{0,2}}-?\d{{5,10}}(?:-\d{{1,4}})?|{YEAR_ID_TEXT}")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.-]*")
# A block or slide after a pathology case number ('S26-04417 A2', 'NP26-88120 B1'): a capital and one or
# two digits, which the device vocabulary also holds (probe and key names 'A2', 'B1').
_BLOCK = re.compile(r"[A-Z]\d{1,2}")


def lone_ids(text_layout) -> list[tuple[int, int, str]]:
    """(start, end, "ID") of each record number's shape (`patterns.id_shaped`: capitals and five
    digits or more, 'FJ-CWM-29170', 'HUEH40021', '857341236V') wherever it stands, not only in a
    patient block, unless a word of its field or the word before it on its line is a device's or a
    vendor's ('Gantry  HUEH40021', 'Vivid CT-20001'). Measured on the released review sets 9-13
    (both halves, every device and prose word of their truth): no device word has that shape.
    The analyzer leaves out the imaging region (`add_row_findings`)."""
    text = text_layout.text
    left_of: dict[tuple[int, int], str] = {}  # a word's (start, end) -> the word before it on its row, near it
    for row in _lines(text_layout):
        for prev, cur in zip(row, row[1:], strict=False):
            gap = cur.word.box.left - (prev.word.box.left + prev.word.box.width)
            if gap <= 2 * _CORNER_GAP * max(prev.word.box.height, cur.word.box.height):  # a settings table's
                left_of[cur.start, cur.end] = prev.word.text
    out = []
    for a, b in id_shaped(text):
        if not _LETTERS_FIRST.fullmatch(text[a:b]):
            continue  # a check letter ('12345678Z', 'S1234567A') is the national ID rules' to judge
        fa, fb = text_layout.field_of(a, b)
        line_start = text.rfind("\n", 0, a) + 1
        before = _WORD.findall(text[line_start:a])[-1:] + _WORD.findall(
            next((w for (start, end), w in left_of.items() if start <= a < end), ""))[-1:]
        after = [t for t in _WORD.findall(text[b:fb]) if not _BLOCK.fullmatch(t)]
        near = _WORD.findall(text[fa:a]) + after + before
        if any(is_device_word(t) or is_vendor(t) for t in near):
            continue
        out.append((a, b, "ID"))
    return out


# -- a radiographer's initials on a lead marker ------------------------------------------------

MARKER_INITIALS = "overlay-marker-initials"
# The side markers radiographers put on the cassette (lead letters, burned into the film): en R, L,
# RT, LT, RIGHT, LEFT; de R, L, RE, LI, RECHTS, LINKS; fr/es/it/pt D, G, DX, SX, DER, IZQ, DCH, SIN, DEX;
# nb/da/sv H, V (høyre, venstre, höger, vänster). Radiographers' own markers carry their initials
# beside or under the letter (Society of Radiographers, 'Anatomical side markers', 2016: personalised
# markers identify the operator).
_SIDE_MARKERS = frozenset({"R", "L", "RT", "LT", "RIGHT", "LEFT", "RE", "LI", "RECHTS", "LINKS", "D", "G", "DX",
                           "SX", "DER", "IZQ", "DCH", "SIN", "DEX", "H", "V"})
# What else stands beside a side marker and is no one: the projections and positions of DICOM View
# Position (0018,5101) and CID 4010 'DX View' (AP, PA, LL, RL, LAT, OBL, LAO, RAO, LPO, RPO, LLD, RLD,
# AX), the patient's posture and the exposure's phase (ERECT, SUPINE, PRONE, UPR, SUP, WB weight
# bearing, DEC decubitus, INSP, EXP, FLEX, EXT, STD standing, SIT, PORT portable, AM, PM) and markers
# of a series (No, #); the mammography views of ACR BI-RADS (CC, MLO, ML, LM, XCCL, SIO) and the organ
# and plane annotations sonographers put beside a side letter (LK, RK kidneys, LIV, SPL, GB, CBD, lung
# lobes RUL, RML, RLL, LUL, LLL, UL, SAG, TRV, TRANS, LONG) and the window's WL, WW.
_MARKER_NEIGHBOURS = frozenset({"AP", "PA", "LL", "RL", "LAT", "OBL", "LAO", "RAO", "LPO", "RPO", "LLD", "RLD",
                                "RLO", "LLO", "AX", "ERECT", "SUPINE", "PRONE", "UPR", "SUP", "WB", "DEC", "INSP",
                                "EXP", "FLEX", "EXT", "STD", "SIT", "PORT", "AM", "PM", "CXR", "KUB", "NO",
                                "CC", "MLO", "ML", "LM", "XCCL", "SIO", "LK", "RK", "LIV", "SPL", "GB", "CBD", "RUL",
                                "RML", "RLL", "LUL", "LLL", "UL", "SAG", "TRV", "TRANS", "LONG", "WL", "WW", "HD",
                                "ST", "ER", "IR", "MO", "MC", "DP", "PD", "FB", "TS", "OB", "LO", "HO", "AO", "VD",
                                "DV", "SP", "CR", "DR", "OR", "ED"})
# Initials as a marker carries them: two capitals, with a lower-case particle between ('JvR'), or
# with points ('T.G.', 'J.M.S.'). Not three capitals in a row: positioning codes are mostly three
# letters ('XCC', 'OCC', 'TAN', 'PRN', 'HBL', 'SWM', 'AXL', 'FLX': break-test 8 found 24 of 58 such
# codes painted), and their list is open.
_MARKER_INITIALS = re.compile(r"[A-Z](?:[a-z]{1,2})?[A-Z]|(?:[A-Z]\.){2,3}")


def marker_initials(text_layout) -> list[tuple[int, int, str]]:
    """(start, end, "PERSON") of a radiographer's initials on a lead side marker: a word of two
    capitals (`_MARKER_INITIALS`: 'TG', 'JvR', 'T.G.') alone on its line, stacked
    directly under or over a side marker's letter alone on its line (`_SIDE_MARKERS`: 'R', 'LT',
    'D', 'SIN'), or the one word beside it on the marker's line. Not a projection, a posture or
    another marker (`_MARKER_NEIGHBOURS`: 'R' over 'AP', 'L' beside 'LAT'), nor a device word."""
    lines: dict[int, list] = {}
    for placed in text_layout.words:
        lines.setdefault(placed.line, []).append(placed)

    def initials(placed) -> bool:
        text = placed.word.text
        return bool(_MARKER_INITIALS.fullmatch(text)) and text.upper().strip(".") not in _SIDE_MARKERS \
            and text.upper() not in _MARKER_NEIGHBOURS and not is_device_word(text)

    markers = [row[0] for row in lines.values() if len(row) == 1 and row[0].word.text.upper() in _SIDE_MARKERS]
    markers += [p for row in lines.values() if len(row) == 2 for p in row if p.word.text.upper() in _SIDE_MARKERS]
    out = []
    for marker in markers:
        box = marker.word.box
        row = lines[marker.line]
        if len(row) == 2:  # 'R TG' on one line: the word beside the marker, near it
            other = row[1] if row[0] is marker else row[0]
            gap = max(other.word.box.left - box.right, box.left - other.word.box.right)
            if initials(other) and gap <= 1.5 * max(box.height, other.word.box.height):
                out.append((other.start, other.end, "PERSON"))
            continue
        for alone in (r[0] for r in lines.values() if len(r) == 1 and r[0] is not marker):
            if initials(alone) and stacked(box, alone.word.box):
                out.append((alone.start, alone.end, "PERSON"))
    return sorted(set(out))


TABLE_SCORE = 0.6


def add_row_findings(text_layout, findings: dict, frame: int, entities: Iterable[str],
                     regions: tuple = ()) -> None:
    """Add to `findings` (box -> Finding, the analyzer's) the cells of a table's PHI columns
    (`column_cells`) and the words of a patient row (`patient_rows`) that no finding covers yet,
    and take off the findings that lie on a header row's words (a label's 'value' read in the
    next heading: 'Referring  Station')."""
    cells, headers = column_cells(text_layout)
    rows = layout_patient_rows(text_layout)
    shapes = lone_ids(text_layout)
    initials = marker_initials(text_layout)
    heads = [box for a, b in headers for box, _ in text_layout.boxes_for(a, b)]
    for key, finding in list(findings.items()):
        if finding.recognizer != TABLE_CELL and sum(finding.box.intersection_area(h) for h in heads) \
                >= 0.8 * finding.box.area:
            del findings[key]
    for spans, name in ((cells, TABLE_CELL), (rows, PATIENT_ROW), (shapes, ID_SHAPE), (initials, MARKER_INITIALS)):
        for start, end, entity in spans:
            if entity not in entities:
                continue
            for box, words in text_layout.boxes_for(start, end):
                if name == ID_SHAPE and inside_any(box, regions):
                    continue
                if any(f.box.intersection_area(box) >= 0.5 * box.area for f in findings.values()):
                    continue
                findings[box] = Finding(entity, box, TABLE_SCORE, name, words, frame)
