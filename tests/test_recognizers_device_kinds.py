"""Device text of four kinds that no model may call PHI, and the names that look like it.

Review 14 B painted a polysomnography page's channel names ('Flow Thorax'), an MR coil's name
('Pulsar HP dS Head 15ch'), a QC phantom ('CATPHAN 600 Daily QA'), a Malay worklist's heading,
exam and status words ('Senarai Kerja', 'MRI Otak', 'Menunggu', 'Dijadual'), a Tagalog caption's
body site after its institution ('... Dermatology Kaliwang braso Lesion #3') and a lone lead 'R'
under an address. Each kind is tested on its siblings (AASM channels, the MR vendors' coil and
gradient names, QC phantoms, status words and body sites of the round's languages, side markers
of several conventions), and names that are common words or device words too must still be found
after a name label and in a name field.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from .helpers import ocr_rows
from .test_recognizers_context import covered, painted, painted_under_a_banner


def _kept(analyzer, line: str) -> set[str]:
    """The words of `line` (under a patient banner) that a finding paints."""
    return painted_under_a_banner(analyzer, (10, 60, line)) & set(line.split())


# -- polysomnography and EEG channels (AASM scoring manual, 10-20 montages) -------------------

@pytest.mark.parametrize("line", [
    "Flow Thorax",  # review 14 eeg_2
    "Airflow Pleth", "Snore Position", "Nasal Pressure", "Thermistor Flow", "Chin EMG", "Pulse Pleth",
    "Abdomen SpO2", "Tibialis EMG", "EOG E1-M2", "Lead aVR", "Fpz Cz", "Therm PLM", "LLeg RLeg",
])
def test_sleep_study_channels_stay(analyzer, line):
    assert _kept(analyzer, line) == set()


# -- MR coils and gradients (vendors' datasheets) ---------------------------------------------

@pytest.mark.parametrize("line", [
    "Pulsar HP dS Head 15ch",  # review 14 mr_names_2
    "Quasar Dual dS Torso", "XQ Gradients", "dStream HeadSpine 16ch", "HNS Coil", "Tx/Rx Knee 15ch",
    "BodyMatrix Spine 32", "Endorectal Coil",
])
def test_mr_coil_and_gradient_names_stay(analyzer, line):
    assert _kept(analyzer, line) == set()


# -- QC phantoms -------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "CATPHAN 600 Daily QA",  # review 14 qc_ct
    "Gammex 464 ACR", "Leeds TOR 18FG", "Magphan SMR170", "Catphan 700 Weekly QA", "Mini-QC Constancy",
    "CIRS Calibration",
])
def test_qc_phantoms_stay(analyzer, line):
    found = painted(analyzer, ocr_rows((10, 10, line), (10, 40, "SOMATOM go.Up  120 kV  200 mAs")))
    assert found & set(line.split()) == set(), found


# -- a worklist's headings and status values, body sites, in the round's languages -------------

@pytest.mark.parametrize("line", [
    "Senarai Kerja", "MRI Otak", "Menunggu", "Dijadual",  # review 14 worklist_1 (Malay)
    "Daftar Kerja", "CT Kepala", "Naghihintay", "Inasubiri", "Bekliyor", "Ootel", "Geannuleerd",
    "MRI Beyin", "US Tumbo", "CT Golova", "Selesai",
    "Cari Simpan Cetak", "Kaydet Kapat",
    "MRI Smadzenes", "CT Krūtinė", "RTG Koliano", "Zakazano", "Sceidealaithe", "CT Höfuð", "Gözləyir",
])
def test_worklist_words_and_exams_stay(analyzer, line):
    assert _kept(analyzer, line) == set()


@pytest.mark.parametrize("site, line", [
    ("Kaliwang braso", "Philippine General Hospital Dermatology Kaliwang braso Lesion #3"),  # derm_1
    ("Kanang tuhod", "St Luke's Medical Center Orthopedics Kanang tuhod"),
    ("Lengan kiri", "Pusat Perubatan Universiti Malaya Dermatologi Lengan kiri"),
    ("Mkono kushoto", "Muhimbili National Hospital Dermatology Mkono kushoto"),
    ("Linker skouer", "Tygerberg Hospital Dermatologie Linker skouer"),
])
def test_body_site_after_an_institution_stays(analyzer, site, line):
    found = painted(analyzer, ocr_rows((10, 10, line)))
    assert found & set(site.split()) == set(), found
    assert line.split()[0] in found  # the institution is still PHI


# -- names that are common words or device words too ------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Name: Rose Summer", {"Rose", "Summer"}), ("Patient: Hope Kuusk", {"Hope", "Kuusk"}),
    ("Hinnanud: Mari Kuusk", {"Mari", "Kuusk"}), ("Nama: Bunga Kaki", {"Bunga", "Kaki"}),
    ("Name: Ana Kanan", {"Ana", "Kanan"}), ("Name: Chin Wei Ming", {"Chin", "Wei", "Ming"}),
    ("Referring: Dr. Tendai Moyo", {"Tendai", "Moyo"}), ("Name: Nova Galan", {"Nova", "Galan"}),
    ("Patient: Pieter Venter", {"Pieter", "Venter"}), ("Name: Shane Lemos", {"Shane", "Lemos"}),
    ("Name: Rama Celis", {"Rama", "Celis"}), ("Patient: Yasar Sadr", {"Yasar", "Sadr"}),
    ("Name: Bas Bein", {"Bas", "Bein"}),
])
def test_a_name_that_is_a_word_stays_a_name_after_its_label(analyzer, text, name):
    found = covered(analyzer, ocr_rows((10, 10, text)))
    assert name <= found.get("PERSON", set()), found


@pytest.mark.parametrize("text, name", [
    ("ROSE SUMMER  HKL-880213  13/02/1990", {"ROSE", "SUMMER"}),
    ("CHIN WEI MING  HKL-902377  01/09/1957", {"CHIN", "WEI", "MING"}),
    ("MOYO TENDAI  MNH-445120  02/03/1971", {"MOYO", "TENDAI"}),
    ("KUUSK MARI  35501092787  18.04.2026", {"KUUSK", "MARI"}),
])
def test_a_name_that_is_a_word_stays_a_name_in_a_name_field(analyzer, text, name):
    found = covered(analyzer, ocr_rows((10, 10, text)))
    assert name <= found.get("PERSON", set()), found


# -- a side marker alone on its line -----------------------------------------------------------

STREET = (10, 60, "1660 S Columbian Way Seattle")


@pytest.mark.parametrize("marker", ["R", "L", "LT", "RT", "SIN", "DX", "G", "D"])
def test_a_lone_side_marker_under_an_address_stays(analyzer, marker):
    """review 14 portable_1: the lead 'R' under a street line was read as the street's town."""
    words = ocr_rows((10, 10, "WHITFIELD, MARCUS T"), STREET, (470, 130, marker))
    found = painted(analyzer, words)
    assert marker not in found, found
    assert {"Columbian", "Seattle"} <= found


def test_a_town_under_a_street_is_still_painted(analyzer):
    words = ocr_rows((10, 10, "Hauptstraße 5"), (10, 30, "10115 Berlin"))
    assert {"10115", "Berlin"} <= painted(analyzer, words)


def test_initials_beside_a_marker_are_still_a_person(analyzer):
    words = ocr_rows((10, 10, "PORTABLE AP UPRIGHT"), (10, 30, "Tech: RMB"), (470, 130, "R"))
    found = covered(analyzer, words)
    assert "RMB" in found.get("PERSON", set()) and "R" not in set().union(*found.values()), found
