"""Recognises header values (names, IDs, dates, institution) where they are burned in.

The header is the one place that knows the patient's actual name and dates, so
a name the NER model would never call a name ("HOPE", "JUNE") is still found.
Values are matched as whole tokens, in any order, case and separator, with OCR
confusions forgiven; names match part by part so 'last name only' is caught.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult
from pydicom.dataset import Dataset

from .device_vocabulary import is_device_word
from .institutions import has_institution_head, is_department_word
from .ocr_tolerant import bounded, tolerant
from .patterns import month_name_regex

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
TIME_TAGS = ("StudyTime", "SeriesTime", "AcquisitionTime", "ContentTime", "InstanceCreationTime")
ORG_TAGS = ("InstitutionName", "InstitutionalDepartmentName", "StationName")
# Where the patient lies (PS3.15 Annex E removes these too): 'WARD 7B' burned in is LOCATION.
LOCATION_TAGS = ("InstitutionAddress", "PatientAddress", "CurrentPatientLocation", "PatientInstitutionResidence",
                 "AssignedLocation")
PHONE_TAGS = ("PatientTelephoneNumbers",)

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
WEEKDAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
MONTH_NAMES = (
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
    "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
)


@dataclass(frozen=True)
class HeaderTerm:
    entity_type: str
    regex: re.Pattern
    min_chars: int = 0  # letters and digits a match needs (prefixes of cut values: 4)


@dataclass(frozen=True)
class FuzzyTerm:
    """A header phrase matched word by word with a small edit distance, for OCR
    misreadings the confusion table cannot predict ('Radialogy', 'DAVIDS0N')."""

    entity_type: str
    words: tuple[str, ...]


FUZZY_SCORE = 0.85
# A word of any alphabet: a header written in ASCII ('NI BHRIAIN^SIOBHAN') is burned in with its
# accents ('Siobhán'), and an ASCII-only token would stop at the 'á'.
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|['.\-])*")
_FOLD = str.maketrans({"0": "O", "1": "I", "L": "I", "|": "I", "5": "S", "8": "B"})


def _fold(word: str) -> str:
    """`word` as header and OCR words are compared: capitals, accents dropped ('Siobhán' = 'SIOBHAN',
    NFD less its combining marks), the letters OCR confuses with digits made one."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return bare.upper().strip(".'-").translate(_FOLD)


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


# The words a phantom's or a quality test's "patient" is named with (fix round 37: 'QA^PHANTOM',
# 'CATPHAN^DAILY', 'ACR^PHANTOM^WEEKLY', 'QC^WATER'): the test's own words, which the screen also
# prints as device text ('ACR Phantom QA', 'QA by ...'), so none of them makes a finding. A word that
# names a test object or a quality check alone (`_QA_MARKS`: quality assurance and control, the
# phantoms of the ACR's and the vendors' test protocols, 'phantom' in the vendors' languages) is never a
# person's name; the schedule's, the material's and the test's other words (`_QA_WORDS`) are dropped only
# in a name that holds such a mark ('TEST^JOHN' keeps both: a test patient's given name is a name).
_QA_MARKS = frozenset("""qa qc dqa qaqc phantom phantoms fantom fantoom fantome fantôme fantasma phantome catphan
jaszczak""".split())
_QA_WORDS = _QA_MARKS | frozenset("""acr nema iec daily weekly monthly quarterly annual test tests testing water
uniformity flood calibration cal constancy service quality control assurance demo dummy head body spine
sphere cylinder cyl slice""".split())


def name_parts(value: str) -> list[str]:
    """'DAVIDSON^DOUGLAS^J^DR' -> ['DAVIDSON', 'DOUGLAS']: parts long enough to be
    specific; an initial alone would match every stray letter on the image. A phantom's or a quality
    test's words are no part ('QA^PHANTOM' -> []: `_QA_MARKS`)."""
    parts = re.split(r"[\^\s,]+", value)
    parts = [p for p in parts if len(p) >= 2 and not re.fullmatch(r"(?i)(dr|mr|mrs|ms|md|phd|jr|sr)\.?", p)]
    if any(p.lower() in _QA_MARKS for p in parts):
        parts = [p for p in parts if p.lower() not in _QA_WORDS]
    return parts


# OCR reads the DICOM '^' separator as '^', 'A', '*' or nothing at all.
NAME_SEPARATOR = r"(?:[\s^,.\-/*_]{1,3}|A|)"


def full_name_patterns(parts: list[str]) -> list[str]:
    """Whole names in both orders, so 'BRANDTAEMILIA' (OCR of 'BRANDT^EMILIA') is one match."""
    if len(parts) < 2:
        return []
    family, given = parts[0], parts[1]
    return [tolerant(family) + NAME_SEPARATOR + tolerant(given), tolerant(given) + NAME_SEPARATOR + tolerant(family)]


def _ordinal(day: int) -> str:
    """English ordinal suffix of a day of the month: 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


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
                    f"{mm}{sep}{dd}{sep}{yy}", f"{dd}{sep}{mm}{sep}{yy}", f"{yy}{sep}{mm}{sep}{dd}"}
    weekday = WEEKDAYS[d.weekday()]
    for dd in (f"{day:02d}", str(day), f"{day}{_ordinal(day)}"):
        for month in (mon, MONTH_NAMES[m - 1]):
            # Day, month and year in each order: day first ('05 Jul 1949', '5th July 1949'),
            # month first ('Jul 05 1949', 'July 5, 1949'), year first ('1949 Jul 05'); `tolerant`
            # lets any separator (or none) stand where these have one ('1949-Jul-05').
            out |= {f"{dd}-{month}-{y}", f"{dd} {month} {y}", f"{month} {dd} {y}", f"{month} {dd}, {y}",
                    f"{dd}-{month}-{yy}", f"{dd}{month}{y}", f"{dd}{month}{yy}", f"{month} {dd} {yy}",
                    f"{month}-{dd}-{y}", f"{month}-{dd}-{yy}", f"{y} {month} {dd}", f"{yy} {month} {dd}",
                    f"{dd} of {month} {y}"}
            # The weekday a report writes before the date ('Thursday, November 14, 2024').
            for day_name in (weekday, weekday[:3]):
                out |= {f"{day_name}, {month} {dd}, {y}", f"{day_name} {dd} {month} {y}"}
    return sorted(out, key=lambda s: (-len(s), s))  # longest first; ties in a fixed order (reproducible runs)


def month_name_date_patterns(value: str) -> list[str]:
    """Regexes for a DA value written with its month's name in any language the overlay
    patterns know (`patterns.month_name_regex`: CLDR's names and their genitives, accents
    optional): day first ('14 Şubat 2024', '15. března 2024', '14 de fevereiro de 2024'),
    month first ('Şubat 14, 2024') and year first ('2024. február 14.', Hungarian), with
    the dots, commas and 'de'/'of' dates carry between the parts."""
    try:
        d = dt.datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        return []
    month = month_name_regex(d.month)
    day = "(?:" + "|".join(tolerant(t) for t in dict.fromkeys((f"{d.day:02d}", str(d.day)))) + ")"
    year = "(?:" + tolerant(str(d.year)) + "|" + tolerant(f"{d.year % 100:02d}") + ")"
    full_year = tolerant(str(d.year))
    gap = r"[ \t]*[.,/-]?[ \t]*"
    return [rf"{day}\.?{gap}(?:(?:de|of)[ \t]+|d['’][ \t]*)?{month}\.?{gap}(?:de[ \t]+)?{year}",
            rf"{month}\.?{gap}{day}\.?{gap}{full_year}",
            rf"{full_year}\.?{gap}{month}\.?{gap}{day}"]


def _digit(ch: str) -> str:
    return "[" + re.escape(CONFUSABLE_DIGITS.get(ch, ch)) + "]"


CONFUSABLE_DIGITS = {"0": "0Oo", "1": "1Il|", "5": "5Ss"}
_COLON = r"\s?[:.;]\s?"
_MERIDIEM = r"[AaPp]\.?\s?[Mm]\.?"


def time_patterns(value: str) -> list[str]:
    """Regexes for a TM value ('171437.000') as devices burn it in: 24 hour
    ('17:14', '17:14:37'), 12 hour with AM/PM after or before ('05:14:37PM',
    '5:14 PM', 'PM 5:14:37'; 'M 11:24:20' where OCR lost the 'A'), and the
    compact 'HHMMSS' of date-time identifiers. Hour and minute must agree; the
    seconds may differ, since a frame's time is burned in when it is captured."""
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{2})?(?:\.\d*)?", value.strip())
    if not m:
        return []
    hh, mm, ss = int(m.group(1)), m.group(2), m.group(3)
    if hh > 23 or int(mm) > 59:
        return []
    digits = lambda text: "".join(_digit(c) for c in text)  # noqa: E731
    minutes = _COLON + digits(mm) + rf"(?:{_COLON}\d{{2}})?"
    h12 = hh % 12 or 12
    out = [rf"(?:{_MERIDIEM}\s?|M\s)?{digits(f'{hh:02d}')}{minutes}"]
    if hh < 10:
        out.append(rf"(?:{_MERIDIEM}\s?|M\s)?{digits(str(hh))}{minutes}")
    for h in {f"{h12:02d}", str(h12)}:
        out.append(rf"(?:{_MERIDIEM}\s?|M\s)?{digits(h)}{minutes}(?:\s?{_MERIDIEM})?")
    if ss:
        out.append(digits(f"{hh:02d}{mm}{ss}"))
    return out


def datetime_id_patterns(date: str, time: str) -> list[str]:
    """Identifiers built from a date and a time ('11-05-25-142825', '20110525142825',
    '20110525_1428'): numeric renderings of the date, then HHMMSS or HHMM."""
    try:
        d = dt.datetime.strptime(date[:8], "%Y%m%d").date()
    except ValueError:
        return []
    t = re.fullmatch(r"(\d{4})(\d{2})?", time.strip().split(".")[0])
    if not t:
        return []
    y, yy = f"{d.year}", f"{d.year % 100:02d}"
    m, day = f"{d.month:02d}", f"{d.day:02d}"
    dates = [f"{y}{m}{day}", f"{yy}{m}{day}"] + [f"{a}{sep}{m}{sep}{day}" for a in (y, yy) for sep in "-._/"]
    times = [t.group(1) + (t.group(2) or ""), t.group(1)]
    return [re.escape(a) + r"[-_.\sT]?" + re.escape(b) for a in dates for b in dict.fromkeys(times)]


def age_renderings(value: str) -> list[str]:
    m = re.fullmatch(r"0*(\d{1,3})([DWMY])", value.strip().upper())
    if not m:
        return []
    n, unit = m.groups()
    words = {"Y": ("Y", "YR", "YRS", "YO", "YEARS", "YEAR"), "M": ("M", "MO", "MOS", "MONTHS"),
             "W": ("W", "WK", "WKS", "WEEKS"), "D": ("D", "DAYS")}[unit]
    padded = n.zfill(3)
    return [value.strip()] + [f"{k}{sep}{w}" for k in dict.fromkeys((n, padded)) for w in words for sep in ("", " ")]


class DicomHeaderRecognizer(EntityRecognizer):
    """Built per instance from its own header; never shared between patients (its terms are
    those of the header's own values: `header_terms`)."""

    def __init__(self, dataset: Dataset):
        self.terms, self.fuzzy = header_terms(dataset)
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
                if match.end() > match.start() and sum(c.isalnum() for c in match.group(0)) >= term.min_chars:
                    results.append(RecognizerResult(term.entity_type, match.start(), match.end(), SCORE))
        for fuzzy in self.fuzzy:
            if entities and fuzzy.entity_type not in entities:
                continue
            for start, end in fuzzy_matches(fuzzy, text):
                results.append(RecognizerResult(fuzzy.entity_type, start, end, FUZZY_SCORE))
        return results


# Every attribute `build_terms` and `build_fuzzy_terms` read.
READ_TAGS = tuple(dict.fromkeys((*PERSON_TAGS, *ID_TAGS, *DATE_TAGS, *DATETIME_TAGS, *TIME_TAGS, *ORG_TAGS,
                                 *LOCATION_TAGS, *PHONE_TAGS, "PatientAge")))
_TERMS: dict[tuple, tuple[list[HeaderTerm], list[FuzzyTerm]]] = {}
_TERMS_KEPT = 8


def header_terms(ds: Dataset) -> tuple[list[HeaderTerm], list[FuzzyTerm]]:
    """`build_terms` and `build_fuzzy_terms` of `ds`, built once for the values they read.

    `analyze` builds the header recogniser for every frame it is given, and the terms (a few
    hundred OCR-tolerant patterns, compiled) cost 13 ms to 100 ms of CPU, the most where
    Python's regex cache no longer holds them; the frames of one file, and the files of one
    patient's series, have the same values. The key is the values themselves, so another
    header (another patient, or the same dataset changed) gets its own terms; terms are
    immutable (frozen, compiled patterns). The last few headers' terms are kept."""
    key = tuple((tag, tuple(_values(ds, tag))) for tag in READ_TAGS)
    terms = _TERMS.get(key)
    if terms is None:
        terms = (build_terms(ds), build_fuzzy_terms(ds))
        while len(_TERMS) >= _TERMS_KEPT:
            _TERMS.pop(next(iter(_TERMS)), None)  # the oldest; another thread may have taken it
        _TERMS[key] = terms
    return terms


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


# Words of an institution's name that say nothing on their own, and header placeholders; with them
# the words that rank or site a hospital in its system and are the screen's words too ('Central
# Hospital' / 'Central venous', 'Main', 'State', 'County', 'City', 'District', 'Public').
GENERIC_WORDS = frozenset(
    "the of and for at in de la du st saint hospital hospitals medical med center centre ctr clinic clinics "
    "general university univ health healthcare imaging radiology department dept institute inst system systems "
    "regional community memorial foundation group services service unit no info none unknown anonymous "
    "anonymized anonymised removed na n/a "
    "central main national state county city district provincial municipal public private".split()
)
# What a device writes where a value is cut at a field's edge: '...', '…', or OCR's '..'/',,'.
ELLIPSIS = r"(?=[ \t]*(?:\.{2,}|\u2026|,,))"
# Cut at the banner's edge with no ellipsis: the end of the line, and only after a complete
# word ('SAMPLE PATIENTNA'); a lone 'PATIENT' at a line's end is too common to be a cut name.
EDGE = r"(?=[ \t]*$)"
MIN_PREFIX_CHARS = 4


def _chain(word: str) -> str:
    """A regex for any non-empty prefix of `word`: 'ABC' -> 'A(?:B(?:C)?)?'."""
    parts = [tolerant(ch) for ch in word]
    out = parts[-1]
    for part in reversed(parts[:-1]):
        out = f"{part}(?:{out})?"
    return out


def prefix_patterns(words: list[str], separator: str) -> list[str]:
    """Values cut at a banner's edge or by an ellipsis ('SAMPLE PATIENTNA...',
    'NORTH VALLEY HOSPI...'): every complete word before the cut, then a prefix of
    the next, followed by an ellipsis, or by the end of the line after at least one
    complete word. The match must hold
    `MIN_PREFIX_CHARS` letters or digits (`HeaderTerm.min_chars`)."""
    out = []
    for k, word in enumerate(words):
        complete = separator.join(tolerant(w) for w in words[:k])
        out.append((complete + separator if complete else "") + _chain(word) + ELLIPSIS)
        if complete:
            out.append(complete + separator + _chain(word) + EDGE)
    return out


def org_prefix_patterns(words: list[str]) -> list[str]:
    """`prefix_patterns` of an institution's name, where what is kept up to the cut holds a
    distinctive word (`distinctive_org_word`): 'NORTH VALLEY HOSPI...' is the name cut, 'Breast
    Imaging' at a line's end (of 'Breast Imaging Center of Tampa') is a device's title."""
    out = []
    for k in range(len(words)):
        if any(distinctive_org_word(w) for w in words[: k + 1]):
            out += prefix_patterns(words[: k + 1], r"[\s,.\-/]+")[k * 2 - 1 if k else 0:]
    return list(dict.fromkeys(out))


def org_word_patterns(value: str) -> list[str]:
    """Every word of a multi-word institution on its own (unless generic: 'HOSPITAL',
    'MEDICAL', or device vocabulary: 'Philips' of 'Philips Healthcare' is also the vendor's
    logo in the banner, 'Heart' a preset) and every run of two or more of its words in
    order, so the name is found when a line break, a cut or OCR splits it ('VALLEY HOSPITAL'),
    glues it or leaves a fragment between its words (`_ORG_GAP`)."""
    words = [w for w in re.split(r"[\s*]+", value) if w]
    if len(words) < 2:
        return []
    out = [tolerant(w) for w in words if len(w) >= 3 and distinctive_org_word(w)]
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            if j - i < len(words) and any(distinctive_org_word(w) for w in words[i:j]):
                out.append(_ORG_GAP.join(tolerant(w) for w in words[i:j]))
    return out


def distinctive_org_word(word: str) -> bool:
    """`word` of an institution's name points at that institution on its own: no generic word
    (`GENERIC_WORDS`), no device vocabulary (modality, anatomy, preset, vendor: 'Bone', 'Density',
    'Heart', 'Philips'), no institution head ('Clinic', 'Imaging', 'Klinikum') and no word for a
    department ('Abteilung'). A run of the name's words of none but such words ('Bone Density' of
    'Eastgate Bone Density Clinic') is a device's title as often ('AP Spine Bone Density'); the
    distinctive words ('Eastgate') are found alone and in every run that holds them."""
    bare = word.strip(".,:;()'\u2019")
    return bool(bare) and not (bare.lower() in GENERIC_WORDS or is_device_word(bare) or has_institution_head(bare)
                               or is_department_word(bare))


# Between two words of an institution's name as OCR returns them: a separator, none (glued:
# 'BrighamandWomen's'), or a fragment of one or two characters a second OCR view left
# inside a word's box ('Imaging In of Tulsa').
_ORG_GAP = r"(?:[\s,.\-/]+[A-Za-z0-9]{1,2}(?=[\s,.\-/]))?[\s,.\-/]*"


# The separators a number is grouped with when burned in: thousands points, commas, apostrophes (Swiss
# '12'345'678'), thin and no-break spaces, hyphens and slashes ('1.020.456.789', Colombia's cédula;
# '20.123.456-7', Chile's RUT), one between any two of its characters.
_GROUP_SEPARATOR = "[ .,'\u2019\u2009\u202f\u00a0/-]?"


def grouped_id_pattern(value: str) -> str | None:
    """A regex of an identifier of six digits or more (`value`, as the header holds it) written with
    other separators than the header's, or none ('1020456789' as '1.020.456.789', '9.402.817-5' as
    '94028175'): its letters and digits in order (OCR's confusions tolerated), one separator or none
    between any two. None for a shorter value: '1.020' is a decimal, not the identifier '1020'."""
    chars = [c for c in value if c.isalnum()]
    if sum(c.isdigit() for c in chars) < 6:
        return None
    return _GROUP_SEPARATOR.join(tolerant(c) for c in chars)


def glued_bounded(pattern: str) -> str:
    """`bounded`, but the match may end glued to a capital letter: a date's or an identifier's last
    digit against the next word where OCR's words stood a glyph gap apart on a long banner line and
    the text layout joined them ('Birth: 15.04.1972Ain Shams', 'ID: 28813NID:'). A small letter or a
    digit after it still ends no match ('1972ab', '288131')."""
    return rf"(?<![A-Za-z0-9]){pattern}(?![0-9])(?!(?-i:[a-z]))"


def build_terms(ds: Dataset) -> list[HeaderTerm]:
    raw: list[tuple[str, str]] = []
    prefixes: list[tuple[str, str]] = []
    # Patterns whose value ends in a digit: a letter glued after it ends the match (`glued_bounded`).
    glued: set[str] = set()
    for tag in PERSON_TAGS:
        for value in _values(ds, tag):
            parts = name_parts(value)
            raw += [("PERSON", p) for p in full_name_patterns(parts)]
            raw += [("PERSON", tolerant(p)) for p in parts]
            for order in (parts, parts[1:2] + parts[:1] + parts[2:]):
                prefixes += [("PERSON", p) for p in prefix_patterns(order, NAME_SEPARATOR)]
    for tag in ID_TAGS:
        for v in _values(ds, tag):
            if len(re.sub(r"\W", "", v)) >= 3:
                raw.append(("ID", tolerant(v)))
                grouped = grouped_id_pattern(v)
                if grouped:
                    raw.append(("ID", grouped))
                    if v[-1:].isdigit():
                        glued |= {tolerant(v), grouped}
                prefixes += [("ID", p) for p in prefix_patterns([v], "")]
    dates = [v for tag in DATE_TAGS for v in _values(ds, tag)]
    dates += [v[:8] for tag in DATETIME_TAGS for v in _values(ds, tag)]
    for value in dict.fromkeys(dates):
        rendered = [tolerant(r) for r in date_renderings(value)] + month_name_date_patterns(value)
        raw += [("DATE_TIME", p) for p in rendered]
        glued.update(rendered)
    times = [v for tag in TIME_TAGS for v in _values(ds, tag)]
    times += [v[8:] for tag in DATETIME_TAGS for v in _values(ds, tag) if len(v) >= 12]
    for value in dict.fromkeys(times):
        raw += [("DATE_TIME", p) for p in time_patterns(value)]
        raw += [("DATE_TIME", p) for d in dict.fromkeys(dates) for p in datetime_id_patterns(d, value)]
    for tag in ORG_TAGS:
        for v in _values(ds, tag):
            if len(v) >= 3 and v.lower().strip("* ") not in GENERIC_WORDS:
                raw.append(("ORGANIZATION", tolerant(v)))
                raw += [("ORGANIZATION", p) for p in org_word_patterns(v)]
                words = [w for w in re.split(r"\s+", v) if w]
                prefixes += [("ORGANIZATION", p) for p in org_prefix_patterns(words)]
    for tag in LOCATION_TAGS:
        raw += [("LOCATION", tolerant(v)) for v in _values(ds, tag) if len(v) >= 3]
    for tag in PHONE_TAGS:
        raw += [("PHONE_NUMBER", tolerant(v)) for v in _values(ds, tag) if len(v) >= 5]
    for value in _values(ds, "PatientAge"):
        raw += [("AGE", tolerant(r)) for r in age_renderings(value)]
    terms, seen = [], set()
    for (entity, pattern), min_chars in [(r, 0) for r in raw] + [(p, MIN_PREFIX_CHARS) for p in prefixes]:
        if (entity, pattern) in seen or not pattern:
            continue
        seen.add((entity, pattern))
        edges = glued_bounded(pattern) if min_chars == 0 and pattern in glued else bounded(pattern)
        terms.append(HeaderTerm(entity, re.compile(edges, re.IGNORECASE | re.MULTILINE), min_chars))
    return terms
