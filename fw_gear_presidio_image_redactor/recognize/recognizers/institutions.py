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

European providers put the head word first, with or without a joining word
('Hospital Universitario La Paz', 'Ospedale San Raffaele', 'Klinikum rechts der Isar',
'Hôpital Necker', 'Clínica Universidad de Navarra', 'Centre Hospitalier Universitaire
de Nantes', 'Azienda Ospedaliera ...'), or glue it to the place in one word
('Universitätsklinikum Heidelberg', 'Rigshospitalet', 'Karolinska
Universitetssjukhuset'). The head words are the translations of 'hospital', 'clinic'
and 'university hospital' in the common European languages (Wiktionary's translation
tables of *hospital* and *clinic*: es/pt hospital, clínica, centro médico/hospitalar; it
ospedale, clinica, policlinico, azienda ospedaliera, istituto; fr hôpital, clinique,
centre hospitalier; de Krankenhaus, Klinik, Klinikum, Spital; nl ziekenhuis; pl szpital;
sv sjukhus; da sygehus; no sykehus) and the official names of the largest university
hospitals of those countries. A leading head followed by a label ('Hospital ID',
'Hospital No.') is no institution.

Vendors name themselves the same way ('GE Healthcare', 'TOSHIBA MEDICAL',
'Canon Medical Systems', 'Philips Medical Systems', 'Agfa HealthCare') and their
logos are device text, not PHI: a match whose words before the head are all
device vocabulary (`device_vocabulary`: vendor names, presets, anatomy) is no
institution. Before a place-of-care head ('Hospital', 'Infirmary', 'Institute', 'Clinic')
one of those words must also be a vendor's name (`device_vocabulary.VENDOR_NAMES`): 'Eye
and Ear Infirmary' and 'Heart Hospital' are institutions, 'Cardiac Imaging' stays device text.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from .device_vocabulary import VENDOR_NAMES, is_device_word, is_vendor_phrase

NAME = "overlay-institution"
SCORE = 0.6

# A capitalised word of a name ('Mercy', 'WESTWAY', 'St.', "Children's", 'O'Connor').
_WORD = r"[A-Z][A-Za-z'\u2019&.-]*"
# Small words inside a name ('Our Lady of Lourdes', 'Hospital of the University').
_JOIN = r"(?:of|the|and|&|de|du|des|la|le|del|for|at)"
# The joining words of European names ('Klinikum rechts der Isar', 'Hospital de la Santa Creu
# i Sant Pau', 'Ospedale di Circolo'); at most two in a row.
_EU_JOIN = (r"(?:of|the|and|&|de|du|des|la|le|les|del|della|delle|degli|di|da|do|dos|das|der|den|die|am|an|im|"
            r"y|e|et|i|rechts|links|sur|en|van|von|zu|zum|zur)")
_EU_WORDS = rf"{_WORD}(?:[ ](?:{_EU_JOIN}[ ]){{0,2}}{_WORD}){{0,5}}"
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
    r"krankenhaus", r"spital", r"ziekenhuis", r"sjukhus(?:et)?", r"sygehus", r"sykehus",
)
_HEAD = rf"(?=[A-Z])(?i:{'|'.join(HEADS)})"
# Heads that also lead a name: 'Hospital of the University of Pennsylvania'.
_LEADING = r"(?=[A-Z])(?i:hospital|university|institute|infirmary|clinic|medical[ ]college|college)"
# Heads that lead a European name directly ('Hospital Universitario La Paz', 'Ospedale San
# Raffaele'); accents optional, since OCR and banners drop them ('Hopital', 'Clinica').
_EU_LEADING = (r"(?=[A-Z])(?i:hospital(?:ar|ier|ière)?|h[oô]pital|ospedale|azienda[ ]ospedaliera|"
               r"policl[ií]nico|poliklinik|cl[ií]nica|clinique|klinik(?:um)?|krankenhaus|"
               r"centre[ ]hospitalier|centro[ ](?:hospitalar|m[eé]dico|ospedaliero)|istituto|instituto|"
               r"ziekenhuis|szpital|sjukhus|sygehus|sykehus|universit[aä]tsklinikum|uniklinik(?:um)?|"
               r"universit[aä]tsspital)")
# A head glued to its place in one word ('Universitätsklinikum', 'Rigshospitalet').
_GLUED = (r"(?=[A-Z])[^\W\d_]{3,}(?i:klinikum|kliniken|klinik|krankenhaus|hospitalet|sjukhuset|sjukhus|"
          r"sygehus|sykehus|ziekenhuis|spital)")
# What a leading head may not be followed by: a label, not a name ('Hospital ID', 'Hospital No.').
_NOT_A_NAME = {"id", "no", "no.", "nr", "nr.", "number", "mrn", "name", "record", "patient", "#", "code"}


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
                Pattern("leading head", rf"(?<![\w']){_EU_LEADING}[ ](?:{_EU_JOIN}[ ]){{0,2}}{_EU_WORDS}", SCORE),
                Pattern("glued head", rf"(?<![\w'])(?:{_WORD}[ ]){{0,3}}{_GLUED}(?:[ ]{_EU_WORDS})?(?![A-Za-z])",
                        SCORE),
            ],
            # Capitals are the signal: Presidio's default flags would ignore case.
            global_regex_flags=re.MULTILINE,
        )

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """True (drop it) for a vendor: every word before the head is device vocabulary
        ('GE Healthcare', 'TOSHIBA MEDICAL', 'Philips Medical'), or a known vendor phrase."""
        words = pattern_text.split()
        if len(words) > 1 and re.match(rf"{_EU_LEADING}$", words[0]) and words[1].lower() in _NOT_A_NAME:
            return True
        return is_vendor(pattern_text) or None


def is_vendor(text: str) -> bool:
    """`text` is a vendor's name with an institution-like head ('Canon Medical', 'GE Healthcare')."""
    if is_vendor_phrase(text):
        return True
    head = re.search(rf"[ ]{_HEAD}(?![A-Za-z])", text)
    if head is None or head.start() == 0:
        return False
    before = [w for w in re.split(r"[\s*]+", text[: head.start()]) if w.strip(".&")]
    if not before or not all(is_device_word(w) for w in before):
        return False
    care = re.match(rf"[ ](?i:{_CARE_HEAD})(?![A-Za-z])", text[head.start():])
    return care is None or any(w.strip(".,*").lower() in VENDOR_NAMES for w in before)


# Heads that name a place of care, never a vendor's business ('Heart Hospital', 'Eye and Ear
# Infirmary'): before them only a vendor's name makes a vendor.
_CARE_HEAD = (r"hospitals?|hosp\.?|infirmary|institute|clinics?|children'?s|memorial|university|"
              r"polyclinic|sanatorium|medical[ ]cent(?:er|re)|med\.?[ ]?(?:ctr|center|centre|cntr)\.?")


def has_institution_head(text: str) -> bool:
    """`text` holds an institution head word ('Hospital', 'MEDICAL', 'Clinic')."""
    return re.search(rf"(?<![A-Za-z]){_HEAD}(?![A-Za-z])", text) is not None
