"""Fix round 10 device vocabulary: vascular and OB measurement tables, localized anatomy,
laterality and console settings, and probe names without a hyphen.

Each kind is checked on whole banners (the real analyzer and spaCy, as `test_recognizers.py`
does), with the PHI beside the device text still found.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import (
    is_context_word,
    is_device_token,
    is_device_word,
    is_probe_name,
    only_device_words,
)

from .test_recognizers import found


def painted(result: dict[str, set[str]]) -> set[str]:
    return set().union(*result.values()) if result else set()


# -- vascular and OB measurement tables -------------------------------------------------------

VASCULAR_TABLE = """Lower Extremity Arterial Duplex
Patient: Brzezinski, Teodor J.
DOB: 30-Apr-1941 MRN: VH00771542
Segment PSV EDV RI Waveform
CFA 112 18 0.84 Triphasic
SFA Prox 96 12 0.88 Triphasic
POP 48 0 1.00 Biphasic
PTA 31 0 1.00 Monophasic
ABI R 0.78 L 0.91"""

CAROTID_TABLE = """Carotid Duplex  Patient: Okonkwo, Adaeze
Segment PSV EDV Plaque
CCA Dist 78 20 None
ICA Prox 245 88 Calcified Stenosis
ECA 95 12 Patent
VA Antegrade 44 11
ICA/CCA Ratio 3.1"""

VENOUS_TABLE = """LE Venous Reflux  Name: Lindqvist, Maja
GSV SFJ Reflux 1.8 s
SSV SPJ Reflux 0.2 s
CFV Compressible Phasic
PopV Noncompressible Thrombus"""

OB_TABLE = """Paciente: Kowalczyk, Jolanta
BPD 71.2mm 28w3d
HC 262.5mm 28w4d
AC 238.1mm 28w0d
FL 53.4mm 28w2d
EFW 1189g (Hadlock) Percentile 42
CRL 62.4mm NT 1.6mm FCF 158lpm AFI 14.2"""


@pytest.mark.parametrize("text,device,phi", [
    (VASCULAR_TABLE, ["Segment", "PSV", "EDV", "RI", "Waveform", "CFA", "SFA", "Prox", "Triphasic", "POP",
                      "Biphasic", "PTA", "Monophasic", "ABI"], ["Brzezinski,", "Teodor", "VH00771542"]),
    (CAROTID_TABLE, ["Segment", "PSV", "EDV", "Plaque", "CCA", "Dist", "ICA", "Prox", "Calcified", "Stenosis",
                     "ECA", "Patent", "VA", "Antegrade", "ICA/CCA", "Ratio"], ["Okonkwo,", "Adaeze"]),
    (VENOUS_TABLE, ["GSV", "SFJ", "Reflux", "SSV", "SPJ", "CFV", "Compressible", "Phasic", "PopV",
                    "Noncompressible", "Thrombus"], ["Lindqvist,", "Maja"]),
    (OB_TABLE, ["BPD", "HC", "AC", "FL", "EFW", "(Hadlock)", "Percentile", "CRL", "NT", "FCF", "158lpm", "AFI"],
     ["Kowalczyk,", "Jolanta"]),
])
def test_measurement_tables_are_kept_and_their_patient_is_found(analyzer, text, device, phi):
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(device), result
    assert set(phi) <= painted(result), result


@pytest.mark.parametrize("line", [
    "Segment PSV EDV RI PI S/D Waveform", "SFA Mid Biphasic Dampened", "ATA DPA PERO Monophasic Tardus Parvus",
    "CIA EIA CFA PFA Occluded", "GSV Reflux Retrograde", "BPD OFD HC AC FL HL EFW GA EDD",
    "UA PI 1.05 MCA PSV 42 CPR 1.6", "Estimated Fetal Weight Percentile", "Amniotic Fluid Index",
])
def test_every_word_of_a_table_line_is_device_vocabulary(line):
    assert only_device_words(line), line


# -- localized anatomy, laterality and settings -------------------------------------------------

@pytest.mark.parametrize("text,device,phi", [
    ("Naam: de Wit-Bakker, Femke\nSenographe Pristina 29kV 86mAs\nMo/Rh Compr. 104N Dikte 58mm\nHoek 45 Kracht 104N",
     ["Mo/Rh", "Compr.", "104N", "Dikte", "58mm", "Kracht"], ["Wit-Bakker,", "Femke"]),
    ("Paziente: ROSSI Giulia\nSpalla DX\nSovraspinato 5.8mm\nMyLab X8 Esaote Guad. 45% Prof. 40mm Freq. 12MHz",
     ["Spalla", "DX", "Sovraspinato", "Guad.", "Prof.", "Freq."], ["ROSSI", "Giulia"]),
    ("Name: Weber, Hans\nSchulter rechts\nTiefe 14cm Verstärkung 45 Frequenz 12MHz",
     ["Schulter", "rechts", "Tiefe", "Verstärkung", "Frequenz"], ["Weber,", "Hans"]),
    ("Patient: Lefebvre, Claire\nÉpaule droite\nProfondeur 5cm Gain 60",
     ["Épaule", "droite", "Profondeur", "Gain"], ["Lefebvre,", "Claire"]),
    ("Paciente: Ortega, Lucía\nHombro izquierdo\nProfundidad 4cm Ganancia 52",
     ["Hombro", "izquierdo", "Profundidad", "Ganancia"], ["Ortega,", "Lucía"]),
    ("Paciente: Souza, Beatriz\nOmbro esquerdo Profundidade 4cm Ganho 50",
     ["Ombro", "esquerdo", "Profundidade", "Ganho"], ["Souza,", "Beatriz"]),
    ("Navn: Kjærgaard, Søren\nHÅND höger Knä vänster",
     ["höger", "Knä", "vänster"], ["Kjærgaard,", "Søren"]),
])
def test_localized_device_lines_are_kept_and_the_patient_is_found(analyzer, text, device, phi):
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(device), result
    assert set(phi) <= painted(result), result


@pytest.mark.parametrize("text,name", [
    ("Name: Hans Kopf", {"Hans", "Kopf"}),      # 'Kopf' (head) is also a surname
    ("Patient: Anna Hart", {"Anna", "Hart"}),   # Dutch 'hart' (heart)
    ("Ref: Dr. Rene Voet", {"Rene", "Voet"}),   # Italian 'rene' (kidney), Dutch 'voet' (foot)
    ("Mary Robinson", {"Mary", "Robinson"}),    # Robinson's CRL formula
    ("Patient: Axel Kraft", {"Axel", "Kraft"}),  # German "Kraft" (force)
])
def test_anatomy_and_setting_words_that_are_names_stay_names(analyzer, text, name):
    result = found(analyzer, text, with_header=False)
    assert name <= result.get("PERSON", set()), result


@pytest.mark.parametrize("word", ["Kopf", "Hart", "Voet", "Kraft", "Hoek", "Testa", "Robinson", "Shepard", "Axel",
                                  "Rene", "Anca"])
def test_surname_like_words_are_context_words_only(word):
    assert is_context_word(word) and not is_device_word(word)


# -- probe names -----------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["i8CX1", "i18LX5", "18L6", "10L4", "E14C4t", "L12-5", "eL18-4", "9L-D", "C1-6-D",
                                  "PVT-375BT", "SP5-1", "C5-2v"])
def test_probe_names_have_the_probe_shape(word):
    assert is_probe_name(word) and is_device_token(word)


@pytest.mark.parametrize("word", ["J8840213", "VH00771542", "RSSGLI76E48H501Q", "AB12345", "12MAR24", "5Y3M",
                                  "F45Y", "M045Y", "0004518827"])
def test_ids_dates_and_ages_have_no_probe_shape(word):
    assert not is_probe_name(word)


@pytest.mark.parametrize("text", [
    "TANAKA^HARUKI\nID:\ni8CX1 Renal MI 1.2 TIS 0.8",   # the ID's value painted: the verification look
    "ID:\ni18LX5 Vasc Car MI 0.9",
    "ID:\nSP5-1 Adult Echo",
])
def test_a_probe_starting_its_settings_line_is_no_id_labels_value(analyzer, text):
    result = found(analyzer, text, with_header=False)
    assert "ID" not in result, result


@pytest.mark.parametrize("text,value", [
    ("Patient ID: i8CX1", "i8CX1"),      # after the label on its line: an ID
    ("ID: i8CX1 Renal", "i8CX1"),
    ("ID:\nAB12C3", "AB12C3"),           # under the label, with no settings after it
])
def test_an_id_after_its_label_stays_an_id(analyzer, text, value):
    assert value in found(analyzer, text, with_header=False).get("ID", set())
