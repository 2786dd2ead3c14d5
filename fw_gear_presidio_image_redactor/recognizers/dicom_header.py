"""Recognises header values (names, IDs, dates, institution) where they are burned in.

The header is the one place that knows the patient's actual name and dates, so
a name the NER model would never call a name ("HOPE", "JUNE") is still found.
Values are matched as whole tokens, in any order, case and separator, with OCR
confusions forgiven; names match part by part so 'last name only' is caught.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from pydicom.dataset import Dataset

from .ocr_tolerant import bounded, tolerant

NAME = "dicom-header"
SCORE = 0.95

PERSON_TAGS = (
    "PatientName",
    "OtherPatientNames",
    "PatientBirthName",
    "PatientMotherBirthName",
    "ReferringPhysicianName",
    "PerformingPhysicianName",
    "NameOfPhysiciansReadingStudy",
    "OperatorsName",
    "RequestingPhysician",
    "PhysiciansOfRecord",
    "ResponsiblePerson",
)
ID_TAGS = ("PatientID", "OtherPatientIDs", "AccessionNumber", "StudyID", "IssuerOfPatientID", "MedicalRecordLocator")
DATE_TAGS = (
    "PatientBirthDate",
    "StudyDate",
    "SeriesDate",
    "AcquisitionDate",
    "ContentDate",
    "InstanceCreationDate",
)
DATETIME_TAGS = ("AcquisitionDateTime",)
ORG_TAGS = ("InstitutionName", "InstitutionalDepartmentName", "StationName")
LOCATION_TAGS = ("InstitutionAddress", "PatientAddress")
PHONE_TAGS = ("PatientTelephoneNumbers",)

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MONTH_NAMES = (
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
    "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
)


@dataclass(frozen=True)
class HeaderTerm:
    entity_type: str
    regex: re.Pattern


@dataclass(frozen=True)
class FuzzyTerm:
    """A header phrase matched word by word with a small edit distance, for OCR
    misreadings the confusion table cannot predict ('Radialogy', 'DAVIDS0N')."""

    entity_type: str
    words: tuple[str, ...]


FUZZY_SCORE = 0.85
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.\-]*")
_FOLD = str.maketrans({"0": "O", "1": "I", "L": "I", "|": "I", "5": "S", "8": "B"})


def _fold(word: str) -> str:
    return word.upper().strip(".'-").translate(_FOLD)


def allowed_edits(word: str) -> int:
    """Short words must match exactly (the regex terms do that): one edit in a
    four-letter word turns 'JUNE' into 'JUNK'."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def fuzzy_matches(term: FuzzyTerm, text: str) -> list[tuple[int, int]]:
    tokens = [(m.start(), m.end(), _fold(m.group(0))) for m in _TOKEN.finditer(text)]
    words = [_fold(w) for w in term.words]
    n = len(words)
    spans = []
    for i in range(len(tokens) - n + 1):
        window = tokens[i : i + n]
        if all(edit_distance(tok, word, allowed_edits(word)) <= allowed_edits(word)
               for (_, _, tok), word in zip(window, words, strict=True)):
            spans.append((window[0][0], window[-1][1]))
    return spans


def _values(ds: Dataset, keyword: str) -> list[str]:
    if keyword not in ds:
        return []
    value = ds[keyword].value
    if value is None:
        return []
    items = value if isinstance(value, (list, tuple)) or type(value).__name__ == "MultiValue" else [value]
    return [str(v).strip() for v in items if str(v).strip()]


def name_parts(value: str) -> list[str]:
    """'DAVIDSON^DOUGLAS^J^DR' -> ['DAVIDSON', 'DOUGLAS']: parts long enough to be
    specific; an initial alone would match every stray letter on the image."""
    parts = re.split(r"[\^\s,]+", value)
    return [p for p in parts if len(p) >= 2 and not re.fullmatch(r"(?i)(dr|mr|mrs|ms|md|phd|jr|sr)\.?", p)]


# OCR reads the DICOM '^' separator as '^', 'A', '*' or nothing at all.
NAME_SEPARATOR = r"(?:[\s^,.\-/*_]{1,3}|A|)"


def full_name_patterns(parts: list[str]) -> list[str]:
    """Whole names in both orders, so 'BRANDTAEMILIA' (OCR of 'BRANDT^EMILIA') is one match."""
    if len(parts) < 2:
        return []
    family, given = parts[0], parts[1]
    return [tolerant(family) + NAME_SEPARATOR + tolerant(given), tolerant(given) + NAME_SEPARATOR + tolerant(family)]


def date_renderings(value: str) -> list[str]:
    """All the ways a DA value is commonly burned in."""
    try:
        d = dt.datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        return []
    y, m, day = d.year, d.month, d.day
    yy = f"{y % 100:02d}"
    mon = MONTHS[m - 1]
    out = {f"{y}{m:02d}{day:02d}"}
    for sep in "/.-":
        for mm, dd in ((f"{m:02d}", f"{day:02d}"), (str(m), str(day))):
            out |= {f"{mm}{sep}{dd}{sep}{y}", f"{dd}{sep}{mm}{sep}{y}", f"{y}{sep}{mm}{sep}{dd}",
                    f"{mm}{sep}{dd}{sep}{yy}", f"{dd}{sep}{mm}{sep}{yy}"}
    for dd in (f"{day:02d}", str(day)):
        for month in (mon, MONTH_NAMES[m - 1]):
            out |= {f"{dd}-{month}-{y}", f"{dd} {month} {y}", f"{month} {dd} {y}", f"{month} {dd}, {y}",
                    f"{dd}-{month}-{yy}", f"{dd}{month}{y}"}
    return sorted(out, key=len, reverse=True)


def age_renderings(value: str) -> list[str]:
    m = re.fullmatch(r"0*(\d{1,3})([DWMY])", value.strip().upper())
    if not m:
        return []
    n, unit = m.groups()
    words = {"Y": ("Y", "YR", "YRS", "YO", "YEARS", "YEAR"), "M": ("M", "MO", "MOS", "MONTHS"),
             "W": ("W", "WK", "WKS", "WEEKS"), "D": ("D", "DAYS")}[unit]
    padded = n.zfill(3)
    return [value.strip()] + [f"{k}{sep}{w}" for k in {n, padded} for w in words for sep in ("", " ")]


class DicomHeaderRecognizer(EntityRecognizer):
    """Built per instance from its own header; never shared between patients."""

    def __init__(self, dataset: Dataset):
        self.terms = build_terms(dataset)
        self.fuzzy = build_fuzzy_terms(dataset)
        entities = sorted({t.entity_type for t in self.terms}) or ["PERSON"]
        super().__init__(supported_entities=entities, name=NAME, supported_language="en")

    def load(self) -> None:  # nothing to load: the terms come from the header
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for term in self.terms:
            if entities and term.entity_type not in entities:
                continue
            for match in term.regex.finditer(text):
                if match.end() > match.start():
                    results.append(RecognizerResult(term.entity_type, match.start(), match.end(), SCORE))
        for fuzzy in self.fuzzy:
            if entities and fuzzy.entity_type not in entities:
                continue
            for start, end in fuzzy_matches(fuzzy, text):
                results.append(RecognizerResult(fuzzy.entity_type, start, end, FUZZY_SCORE))
        return results


def build_fuzzy_terms(ds: Dataset) -> list[FuzzyTerm]:
    """Name parts and institution names: the long words OCR is most likely to garble."""
    terms: list[FuzzyTerm] = []
    for tag in PERSON_TAGS:
        for value in _values(ds, tag):
            terms += [FuzzyTerm("PERSON", (p,)) for p in name_parts(value) if allowed_edits(p)]
    for tag in ORG_TAGS:
        for value in _values(ds, tag):
            words = tuple(w for w in re.split(r"\s+", value) if w)
            if words and any(allowed_edits(w) for w in words):
                terms.append(FuzzyTerm("ORGANIZATION", words))
    return list(dict.fromkeys(terms))


def build_terms(ds: Dataset) -> list[HeaderTerm]:
    raw: list[tuple[str, str]] = []
    for tag in PERSON_TAGS:
        for value in _values(ds, tag):
            parts = name_parts(value)
            raw += [("PERSON", p) for p in full_name_patterns(parts)]
            raw += [("PERSON", tolerant(p)) for p in parts]
    for tag in ID_TAGS:
        raw += [("ID", tolerant(v)) for v in _values(ds, tag) if len(re.sub(r"\W", "", v)) >= 3]
    dates = [v for tag in DATE_TAGS for v in _values(ds, tag)]
    dates += [v[:8] for tag in DATETIME_TAGS for v in _values(ds, tag)]
    for value in dict.fromkeys(dates):
        raw += [("DATE_TIME", tolerant(r)) for r in date_renderings(value)]
    for tag in ORG_TAGS:
        raw += [("ORGANIZATION", tolerant(v)) for v in _values(ds, tag) if len(v) >= 3]
    for tag in LOCATION_TAGS:
        raw += [("LOCATION", tolerant(v)) for v in _values(ds, tag) if len(v) >= 3]
    for tag in PHONE_TAGS:
        raw += [("PHONE_NUMBER", tolerant(v)) for v in _values(ds, tag) if len(v) >= 5]
    for value in _values(ds, "PatientAge"):
        raw += [("AGE", tolerant(r)) for r in age_renderings(value)]
    terms, seen = [], set()
    for entity, pattern in raw:
        if (entity, pattern) in seen or not pattern:
            continue
        seen.add((entity, pattern))
        terms.append(HeaderTerm(entity, re.compile(bounded(pattern), re.IGNORECASE)))
    return terms
