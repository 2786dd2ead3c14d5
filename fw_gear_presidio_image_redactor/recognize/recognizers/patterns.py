"""Pattern recognisers for the way PHI looks on medical image overlays.

Presidio's predefined set is written for prose; overlays are terse
('DOB: 16-JUN-1976', 'MRN 00123456', '047Y'). These add what it lacks.
Non-PHI overlay text ('kV 120', 'W 400 L 40', 'Im 34') must stay unmatched:
numbers need a label or a shape that only identifiers and dates have.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from .institutions import BannerInstitutionRecognizer, InstitutionRecognizer
from .names import LabelledNameRecognizer

_MON = r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*"
# A day of the month, with the ordinal suffix English writes ('5th July 1949', 'July 5th').
_DAY = r"\d{1,2}(?:ST|ND|RD|TH)?"
# A weekday before a date ('Thursday, November 14, 2024', 'Thu 14 Nov 2024'): part of the
# date, or the model reads 'Thursday, November' as a person.
_WEEKDAY = r"(?:(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\.?,?\s+)?"
# Dates start where no digit stands before them: after a letter too ('30M01/30/1986',
# age, sex and date of birth run together), where \b would not split.
_D = r"(?<!\d)"
_NUMERIC_DATE = r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}"
_ISO_DATE = r"(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}"
# A weekday before a numeric date ('Thu 14/11/2024', 'Mon 11/14/2024', 'Fri, 2024-11-15'), as
# ultrasound and CT consoles print the study date: part of the date. Only the weekday's names
# and their usual abbreviations (English), and only in front of a date: 'Mon' alone is no date.
_NUMERIC_WEEKDAY = (r"(?:(?<![\w])(?i:MON(?:DAY)?|TUE(?:S(?:DAY)?)?|WED(?:NESDAY)?|THU(?:R(?:S(?:DAY)?)?)?"
                    r"|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)\.?,?\s{1,2})?")
# Month names in the three orders devices and reports write them (case-insensitive, any
# of space . / - between the parts, or none): day first ('05 Jul 1949', '5th of July 1949',
# '05-JUL-49'), month first ('Jul 05 1949', 'July 5, 1949'), year first ('1949 Jul 05',
# '1949-Jul-05': Philips CT banners, ISO 8601 order with the month spelled).
_NAME_DATE = rf"{_DAY}(?:\s+OF)?[\s./-]*{_MON}\.?,?[\s./-]*(?:19|20)?\d{{2}}"
_MONTH_FIRST = rf"{_MON}\.?[\s./-]*{_DAY},?[\s./-]*(?:19|20)\d{{2}}"
_YEAR_FIRST = rf"(?:19|20)\d{{2}}[\s./-]*{_MON}\.?[\s./-]*\d{{1,2}}(?:ST|ND|RD|TH)?"
_ANY_DATE = (rf"(?:{_NUMERIC_WEEKDAY}(?:{_ISO_DATE}|{_NUMERIC_DATE})"
             rf"|(?i:{_WEEKDAY}(?:{_NAME_DATE}|{_MONTH_FIRST}|{_YEAR_FIRST})))")
# A time of day: 24 hour or 12 hour, AM/PM after it, or before it ('M 11:24:20': OCR lost the 'A').
TIME_OF_DAY = _TIME = r"(?:(?:[AP]\.?M\.?|M)\s?)?\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"


def overlay_recognizers() -> list[EntityRecognizer]:
    return [
        PatternRecognizer(
            supported_entity="DATE_TIME",
            name="overlay-date",
            patterns=[
                Pattern("numeric date", rf"{_NUMERIC_WEEKDAY}{_D}{_NUMERIC_DATE}\b", 0.6),
                Pattern("iso date", rf"{_NUMERIC_WEEKDAY}{_D}{_ISO_DATE}\b", 0.7),
                # [Oo]?: small fonts gain a stray 'O' before a leading zero ('O09 MAR 2012').
                Pattern("month-name date", rf"(?i){_D}{_WEEKDAY}[Oo]?{_NAME_DATE}\b", 0.7),
                Pattern("month-first date", rf"(?i)\b{_WEEKDAY}{_MONTH_FIRST}\b", 0.7),
                Pattern("year-first date", rf"(?i){_D}{_WEEKDAY}{_YEAR_FIRST}(?![\d:])", 0.7),
                Pattern("DICOM DA", r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b", 0.55),
                # A time of day directly beside a date, on either side: one date-time; also
                # glued to it, where OCR read the two as one token ('11/14/202416:20'). Scored
                # over spaCy's 0.85: Presidio keeps one result per span, and the model's would
                # rank under the 'long number' ID inside the token ('202416').
                Pattern("date and time", rf"{_D}{_ANY_DATE}[\s,]{{0,3}}{_TIME}(?![\d:])", 0.9),
                Pattern("time and date", rf"(?<![\d:]){_TIME}[\s,]{{1,3}}{_ANY_DATE}\b", 0.9),
                # Date-time identifiers: '11-05-25-142825' (yy-mm-dd-HHMMSS), '20110525_142825'.
                Pattern("date-time identifier",
                        r"\b\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])[-_T]"
                        r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?\b", 0.8),
                Pattern("DICOM DT",
                        r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-_T]?"
                        r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?\b", 0.8),
            ],
            context=["dob", "date", "birth", "born", "study", "exam"],
        ),
        PatternRecognizer(
            supported_entity="AGE",
            name="overlay-age",
            patterns=[
                Pattern("DICOM AS", r"\b\d{3}[YMWD]\b", 0.7),
                # OCR of '035Y' on small fonts: 'O035Y', '035 Y', 'O35Y'.
                Pattern("DICOM AS, OCR", r"\b[0Oo]?[0-9Oo]{1,2}\d\s?[Yy\u00a5](?!\w)", 0.6),
                Pattern("age with unit", r"(?i)\b\d{1,3}\s?(?:y/?o|yrs?|years?(?:\s+old)?)\b", 0.6),
                Pattern("labelled age", r"(?i)\bage[:\s]+\d{1,3}\b", 0.7),
            ],
        ),
        PatternRecognizer(
            supported_entity="ID",
            name="overlay-id",
            patterns=[
                Pattern(
                    "labelled id",
                    r"(?i)\b(?:MRN|MR#|PID|ID|Acc(?:ession)?(?:\s?(?:No|#))?|Patient\s?ID)[\s:#.]*[A-Z]{0,3}\d[\dA-Z-]{3,}\b",
                    0.8,
                ),
                Pattern("long number", r"\b[A-Z]{0,3}\d{6,12}\b", 0.5),
            ],
            context=["mrn", "id", "accession", "acc", "patient", "record"],
        ),
        PatternRecognizer(
            supported_entity="PERSON",
            name="overlay-name",
            patterns=[
                # DICOM PN as burned in: FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX, empty components
                # kept ('ROE^ANN^^'), with OCR's readings of '^'.
                Pattern("DICOM PN",
                        r"\b[A-Z][A-Za-z'-]+(?:[\^\u201c\u201d\"*~][A-Z][A-Za-z'.-]*)+[\^\u201c\u201d\"*~]*", 0.6),
                Pattern("DICOM PN, trailing",
                        r"\b[A-Z][A-Z'-]+,? ?[A-Z][A-Z'-]*(?: [A-Z]\.?)? ?\^{1,4}", 0.6),
                # A title in front of capitalised words: 'Dr. Grace Okafor', 'Dr OKAFOR'; on its
                # line only ('Dr.' whose name was painted is no title for the line under it).
                Pattern("titled name",
                        r"\b(?:Dr|Drs|Prof|Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+)?", 0.6),
                # 'FAMILY, GIVEN' (and a middle initial) in capitals, as overlays write it.
                Pattern("FAMILY, GIVEN", r"\b[A-Z][A-Z'-]{1,}, ?[A-Z][A-Z'-]{1,}(?: [A-Z]\b\.?)?", 0.5),
            ],
            context=["patient", "name", "pt"],
            # Capitals are the signal here: Presidio's default flags would ignore case.
            global_regex_flags=re.MULTILINE,
        ),
        InstitutionRecognizer(),
        BannerInstitutionRecognizer(),
        LabelledNameRecognizer(),
        PatternRecognizer(
            supported_entity="ZIP",
            name="overlay-zip",
            patterns=[
                Pattern("zip+4", r"\b\d{5}-\d{4}\b", 0.6),
                Pattern("state zip", r"\b[A-Z]{2}\s+\d{5}\b", 0.6),
            ],
            context=["zip", "postal"],
        ),
    ]
