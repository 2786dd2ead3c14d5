"""The findings a radiologist types on a key image and the column headings of a study list, which
no recogniser may take for a name (review 13: 'Meniscal tear' an organisation, 'Effusion' an
institution; 'Station' after 'Referring' in a study list's heading row a labelled name).

Findings are device vocabulary (RadLex's clinical findings in English and as reports in de, fr, es,
it, pt, nl write them); a study list's headings (DICOM query keys: Station Name, Modality, Study
Description) are labels. Names that are also such words, or stand beside them, stay names.
Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .test_recognizers_context import painted_under_a_banner

_painted = painted_under_a_banner


@pytest.mark.parametrize("annotation", [
    "Meniscal tear", "Effusion", "Joint effusion", "ACL rupture", "Erguss", "Meniskusriss", "Épanchement",
    "Derrame articular", "Versamento", "Hematoma", "Labral tear", "Pneumothorax",
])
def test_a_finding_on_a_key_image_is_kept(analyzer, annotation):
    assert not _painted(analyzer, (264, 245, annotation), (124, 335, "Effusion"))


@pytest.mark.parametrize("heading", [
    "Study Date  Accession  Name  Referring  Station",
    "Modality  Description  Station  Status",
    "Modalität  Beschreibung  Station",
    "Date  Modalité  Description  Station",
])
def test_a_study_list_heading_row_is_kept(analyzer, heading):
    assert not _painted(analyzer, (12, 60, heading))


@pytest.mark.parametrize("line, name", [
    ("Name: Grace Ward", {"Grace", "Ward"}),  # 'Ward' (a surname) is no region word; 'Wards' is
    ("Patient: Maria Rotura", {"Maria", "Rotura"}),  # a finding word as a surname after a label
    ("Referring: Dr. Tom Inter", {"Tom", "Inter"}),
    ("Patient: Shaft, John", {"Shaft,", "John"}),
    ("see prior 2026-05-14 (Dr. Fonoti)", {"Fonoti)"}),  # a key image's comparison note keeps its name out
])
def test_names_that_are_finding_or_region_words_stay_names(analyzer, line, name):
    assert name <= _painted(analyzer, (10, 60, line))
