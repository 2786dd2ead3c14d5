"""Institution names as overlays write them, found without DICOM metadata.

The small spaCy pipeline knows famous institutions and misses the local ones
('Mercy Valley Hospital', '*WESTWAY MEDICAL*'). What marks an institution on an
image is its head word: English healthcare providers name themselves '<place or
founder> Hospital / Medical Center / Clinic / Radiology / Imaging / Health /
Infirmary / Institute / University / Memorial', or lead with the head ('Hospital
of the University of Pennsylvania', 'University of Utah'). Banners write them in
capitals, abbreviate them ('BAPTIST MED CTR', 'ST. MARY'S HOSP') and decorate
them ('*WESTWAY MEDICAL*': the ALOKA SSD series frames its institution field with
asterisks). Sources: the institution names of the project's real test images
(pydicom-data's GE LOGIQ and ALOKA files) and the naming of the US hospital
registry (AHA Guide: 'Medical Center', 'Health System', 'Memorial Hospital',
'Children's Hospital', 'Med Ctr' in abbreviated listings).

Vendors name themselves the same way ('GE Healthcare', 'TOSHIBA MEDICAL',
'Canon Medical Systems', 'Philips Medical Systems', 'Agfa HealthCare') and their
logos are device text, not PHI: a match whose words before the head are all
device vocabulary (`device_vocabulary`: vendor names, presets, anatomy) is no
institution. The cost is a generic 'Heart Hospital' with no other word, which a
vendor test cannot tell from 'Cardiac Imaging'.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from .device_vocabulary import is_device_word, is_vendor_phrase

NAME = "overlay-institution"
SCORE = 0.6

# A capitalised word of a name ('Mercy', 'WESTWAY', 'St.', "Children's", 'O'Connor').
_WORD = r"[A-Z][A-Za-z'\u2019&.-]*"
# Small words inside a name ('Our Lady of Lourdes', 'Hospital of the University').
_JOIN = r"(?:of|the|and|&|de|du|des|la|le|del|for|at)"
_WORDS = rf"{_WORD}(?:[ ](?:{_JOIN}[ ])?{_WORD}){{0,4}}"
# Head words, case-insensitive (banners are in capitals); longest forms first so
# 'Medical Center' wins over 'Medical'.
HEADS = (
    r"medical[ ](?:center|centre|group|college|clinic|campus|centers)",
    r"med\.?[ ]?(?:ctr|center|centre|cntr)\.?",
    r"health(?:care)?[ ](?:system|network|trust|partners|services|center|centre)",
    r"imaging[ ](?:center|centre|associates|services|group)",
    r"children'?s(?:[ ]hospital)?",
    r"hospitals?", r"hosp\.?", r"medical", r"clinics?", r"radiology", r"imaging", r"health(?:care)?",
    r"infirmary", r"institute", r"university", r"memorial", r"polyclinic", r"sanatorium",
    r"klinik(?:um)?", r"cancer[ ]cent(?:er|re)", r"surgery[ ]cent(?:er|re)",
)
_HEAD = rf"(?=[A-Z])(?i:{'|'.join(HEADS)})"
# Heads that also lead a name: 'Hospital of the University of Pennsylvania'.
_LEADING = r"(?=[A-Z])(?i:hospital|university|institute|infirmary|clinic|medical[ ]college|college)"


class InstitutionRecognizer(PatternRecognizer):
    """ORGANIZATION: capitalised words ending in an institution head word, or a
    leading head word with 'of' ('University of Utah'); vendor names are dropped
    (`invalidate_result`). Spans stay on one line."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="ORGANIZATION",
            name=NAME,
            patterns=[
                Pattern("institution name", rf"(?<![\w'])(?:(?:St|Saint|Ste)\.?[ ])?{_WORDS}[ ]{_HEAD}(?![A-Za-z])",
                        SCORE),
                Pattern("head of name", rf"(?<![\w']){_LEADING}[ ]of[ ](?:the[ ])?{_WORDS}", SCORE),
            ],
            # Capitals are the signal: Presidio's default flags would ignore case.
            global_regex_flags=re.MULTILINE,
        )

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """True (drop it) for a vendor: every word before the head is device vocabulary
        ('GE Healthcare', 'TOSHIBA MEDICAL', 'Philips Medical'), or a known vendor phrase."""
        return is_vendor(pattern_text) or None


def is_vendor(text: str) -> bool:
    """`text` is a vendor's name with an institution-like head ('Canon Medical', 'GE Healthcare')."""
    if is_vendor_phrase(text):
        return True
    head = re.search(rf"[ ]{_HEAD}(?![A-Za-z])", text)
    if head is None or head.start() == 0:
        return False
    before = [w for w in re.split(r"[\s*]+", text[: head.start()]) if w.strip(".&")]
    return bool(before) and all(is_device_word(w) for w in before)


def has_institution_head(text: str) -> bool:
    """`text` holds an institution head word ('Hospital', 'MEDICAL', 'Clinic')."""
    return re.search(rf"(?<![A-Za-z]){_HEAD}(?![A-Za-z])", text) is not None
