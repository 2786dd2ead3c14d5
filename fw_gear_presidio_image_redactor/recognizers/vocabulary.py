"""Overlay words that are never PHI on their own, and the labels that introduce PHI.

General-purpose NER reads terse overlays badly: the small spaCy pipeline calls
'Tel' a person and 'DOB' or 'AP' an organisation. Erasing those costs readers
the context they need (and RedactAllText exists for those who want it all
gone), so a model finding made only of these words is dropped, and a label in
front of a value ('MRN: ', 'DOB ') is left standing while the value is erased.
"""

from __future__ import annotations

import re

NON_PHI_WORDS = frozenset(
    w.lower()
    for w in (
        # labels
        "DOB", "D.O.B", "MRN", "MR#", "ID", "PID", "Acc", "Acc#", "Accession", "Tel", "Ph", "Phone", "Ref", "Dr",
        "Dr.", "Age", "Sex", "Name", "Pt", "Patient", "Study", "Exam", "Date", "Time", "Referring", "Physician",
        # positioning and laterality
        "L", "R", "AP", "PA", "LAT", "OBL", "PORTABLE", "UPRIGHT", "SEMI-UPRIGHT", "SUPINE", "PRONE", "ERECT",
        "LEFT", "RIGHT", "DECUBITUS", "AXIAL", "CORONAL", "SAGITTAL",
        # acquisition parameters and display
        "kV", "kVp", "mA", "mAs", "W", "WW", "WL", "C", "Im", "Se", "Img", "Ser", "MI", "TIs", "TIb", "TIc",
        "Thk", "FOV", "Gain", "DR", "FR", "Hz", "cm", "mm", "Frame", "Zoom", "Depth", "Res", "Gen", "Pen",
        "2D", "3D", "CF", "PW", "PWR", "Map", "Persist", "Comp", "Dyn", "Range",
        # anatomy and report words
        "CHEST", "ABDOMEN", "PELVIS", "HEAD", "BRAIN", "SPINE", "KNEE", "HAND", "FOOT", "FINDINGS", "IMPRESSION",
        "HISTORY", "COMPARISON", "TECHNIQUE", "No", "acute", "disease", "normal", "Report",
    )
)

# A label at the start of a finding: kept, only what it labels is PHI.
LABEL_PREFIX = re.compile(
    r"^(?:(?:D\.?O\.?B|MRN|MR\s?#|PID|Patient\s?ID|ID|Acc(?:ession)?(?:\s?(?:No|#))?|Tel|Phone|Ph|Ref|Dr|Age"
    r"|Name|Pt|Study(?:\s?Date)?|Exam(?:\s?Date)?|Date|Birth|Born)\b[\s:#.]*)+",
    re.IGNORECASE,
)


def trim_label(text: str) -> int:
    """How many leading characters of `text` are a label (0 if none, or if nothing would remain)."""
    m = LABEL_PREFIX.match(text)
    if not m or m.end() >= len(text.rstrip()):
        return 0
    return m.end()


def trim_overlay_words(text: str) -> tuple[int, int]:
    """(leading, trailing) characters of `text` that are overlay words around a
    model finding: spaCy reads 'Mercy Valley Hospital DOB' as one organisation."""
    tokens = list(re.finditer(r"[^\s^,;]+", text))
    while tokens and _is_overlay_word(tokens[0].group(0)):
        tokens.pop(0)
    while tokens and _is_overlay_word(tokens[-1].group(0)):
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].start(), len(text) - tokens[-1].end()


def _is_overlay_word(word: str) -> bool:
    return word.lower() in NON_PHI_WORDS or word.lower().strip(".:#") in NON_PHI_WORDS


def only_overlay_words(text: str) -> bool:
    words = [w for w in re.split(r"[\s^,:;]+", text) if w]
    return bool(words) and all(w.lower().strip(".:#") in NON_PHI_WORDS or w.lower() in NON_PHI_WORDS
                               for w in words)
