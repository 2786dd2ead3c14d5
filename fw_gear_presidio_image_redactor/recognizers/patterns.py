"""Pattern recognisers for the way PHI looks on medical image overlays.

Presidio's predefined set is written for prose; overlays are terse
('DOB: 16-JUN-1976', 'MRN 00123456', '047Y'). These add what it lacks.
Non-PHI overlay text ('kV 120', 'W 400 L 40', 'Im 34') must stay unmatched:
numbers need a label or a shape that only identifiers and dates have.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

_MON = r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*"


def overlay_recognizers() -> list[PatternRecognizer]:
    return [
        PatternRecognizer(
            supported_entity="DATE_TIME",
            name="overlay-date",
            patterns=[
                Pattern("numeric date", r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b", 0.6),
                Pattern("iso date", r"\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b", 0.7),
                # [Oo]?: small fonts gain a stray 'O' before a leading zero ('O09 MAR 2012').
                Pattern("month-name date", rf"(?i)\b[Oo]?\d{{1,2}}[\s./-]*{_MON}[\s./-]*(?:19|20)?\d{{2}}\b", 0.7),
                Pattern("month-first date", rf"(?i)\b{_MON}[\s./-]*\d{{1,2}},?[\s./-]*(?:19|20)\d{{2}}\b", 0.7),
                Pattern("DICOM DA", r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b", 0.55),
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
                # DICOM PN as burned in: FAMILY^GIVEN, with OCR's readings of '^'.
                Pattern("DICOM PN", r"\b[A-Z][A-Za-z'-]+[\^\u201c\u201d\"*~][A-Z][A-Za-z'-]+\b", 0.6),
                # A title in front of capitalised words: 'Dr. Grace Okafor', 'Dr OKAFOR'.
                Pattern("titled name",
                        r"\b(?:Dr|Drs|Prof|Mr|Mrs|Ms|Miss)\.?\s+[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)?", 0.6),
                # 'FAMILY, GIVEN' in capitals, as overlays write it.
                Pattern("FAMILY, GIVEN", r"\b[A-Z][A-Z'-]{1,}, ?[A-Z][A-Z'-]{1,}\b", 0.5),
            ],
            context=["patient", "name", "pt"],
            # Capitals are the signal here: Presidio's default flags would ignore case.
            global_regex_flags=re.MULTILINE,
        ),
        PatternRecognizer(
            supported_entity="ORGANIZATION",
            name="overlay-institution",
            patterns=[
                Pattern(
                    "institution name",
                    r"(?i)\b(?:(?:St|Saint)\.?[ ])?(?:[A-Z][A-Za-z'&.-]+[ ]){1,4}"
                    r"(?:Hospital|Medical[ ](?:Center|Centre|Group)|Clinic|Radiology|Imaging(?:[ ]Cent(?:er|re))?"
                    r"|Health(?:care)?|Infirmary|Institute|Medical\sCollege|Children's)\b",
                    0.6,
                ),
            ],
        ),
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
