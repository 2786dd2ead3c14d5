"""Device vocabulary of MR protocol names and parallel imaging, radiotherapy images and plans, and
anatomy labels in the Central/Eastern European, Turkish, Greek and Cyrillic languages.

spaCy alone read a Philips sequence line ('sT1W_3D_TFE_gd  SENSE') and a Czech body mark
('Štítná žláza', thyroid) as a PERSON, and the verification pass's re-reading of an RT header
('DRR  Beam 3  G210 C15', cut to 'DRR Beam' after the institution beside it was painted) as an
ORGANIZATION. Each family is checked on whole banners with the real analyzer and spaCy, with the
patient beside the device text still found, and with the names that share a word still names.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.recognize.recognizers.device_vocabulary import (
    is_context_word,
    is_device_token,
    is_device_word,
    only_device_words,
)

from .test_recognizers import found


def painted(result: dict[str, set[str]]) -> set[str]:
    return set().union(*result.values()) if result else set()


# -- MR protocol names and parallel imaging -----------------------------------------------------

@pytest.mark.parametrize("line", [
    "sT1W_3D_TFE_gd  SENSE", "sT1W_3D_TFE_gd", "T2W_TSE_SENSE", "eTHRIVE", "t1_mprage_sag_p2_iso", "Ax T2 FRFSE",
    "DWI_b1000", "DWI_b50_b800", "T2W_TSE_tra", "ASSET", "GRAPPA", "iPAT", "ARC", "SPEEDER", "CS-SENSE",
    "Compressed SENSE", "mSENSE", "CAIPIRINHA", "HyperSense", "TR/TE FA 8", "NEX 2 ETL 16",
    "T1W_TSE_cor SENSE", "t2_tse_tra_p2", "H&N_IMRT_70Gy_v2",
])
def test_mr_protocol_names_and_acceleration_are_device_text(line):
    assert only_device_words(line), line


@pytest.mark.parametrize("word", ["SMITH_JOHN", "Smith_T1", "DOE_JANE_1970", "MRN_88123456", "Anna_sag",
                                  "DWI_b20230", "Oliver_3D"])
def test_underscore_joined_names_and_ids_are_no_protocol(word):
    assert not is_device_word(word) and not is_device_token(word)


@pytest.mark.parametrize("text,device,phi", [
    ("Name/Nom: Okafor-MacDonald, Chukwuemeka\nsT1W_3D_TFE_gd  SENSE\nTR/TE 8.1/3.7 FA 8\nIngenia Elition 3.0T",
     ["sT1W_3D_TFE_gd", "SENSE"], ["Okafor-MacDonald,", "Chukwuemeka"]),
    ("Patient: Halvorsen, Ingrid\nt1_mprage_sag_p2_iso  GRAPPA 2\nMAGNETOM Vida",
     ["t1_mprage_sag_p2_iso", "GRAPPA"], ["Halvorsen,", "Ingrid"]),
    ("Name: Brennan, Siobhan\nAx T2 FRFSE  ASSET\nDWI_b1000 ARC", ["FRFSE", "ASSET", "DWI_b1000", "ARC"],
     ["Brennan,", "Siobhan"]),
])
def test_mr_sequence_lines_are_kept_and_the_patient_is_found(analyzer, text, device, phi):
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(device), result
    assert set(phi) <= painted(result), result


# -- radiotherapy images and plans -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "DRR  Beam 3  G210 C15", "DRR Beam", "Beam 3", "Gantry 180 Couch 0", "MU 120", "Setup Field", "Portal Image",
    "SSD 92.4 cm Isocenter", "PTV CTV GTV", "MV Portal", "kV CBCT", "EPID", "Iso 1", "Eclipse 16.1",
    "Coll 15 Couch 270", "2 Gy 35 Fx", "TrueBeam", "Versa", "Plan H&N_IMRT_70Gy_v2",
])
def test_radiotherapy_lines_are_device_text(line):
    assert only_device_words(line), line


@pytest.mark.parametrize("text,device,phi", [
    ("DRR  Beam 3  G210 C15     Lagoon Radiotherapy Centre, Lagos\nPt: OYELARAN, Babatunde Olumide",
     ["DRR", "Beam", "G210", "C15"], ["OYELARAN,", "Babatunde", "Olumide"]),
    # the verification pass's reading of the same line once the institution was painted
    ("DRR Beam  C15", ["DRR", "Beam", "C15"], []),
    ("MV Portal  Gantry 180  Couch 0  MU 120\nPatient: Wiśniewska, Halina", ["Portal", "Gantry", "Couch", "MU"],
     ["Wiśniewska,", "Halina"]),
])
def test_radiotherapy_headers_are_kept_and_the_patient_is_found(analyzer, text, device, phi):
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(device), result
    assert set(phi) <= painted(result), result


# -- anatomy in cs, sk, pl, hu, ro, hr, sl, tr, el, ru, uk -------------------------------------------

@pytest.mark.parametrize("line", [
    "Štítná žláza", "Játra", "Slezina", "Štítna žľaza", "Pečeň", "Tarczyca", "Wątroba",
    "Nerka prawa", "Pajzsmirigy", "Máj", "Vese", "Tiroida", "Ficat", "Rinichi", "Štitnjača", "Jetra", "Bubreg",
    "Ščitnica", "Ledvica", "Tiroid bezi", "Böbrek", "Karaciğer", "Θυρεοειδής", "Ήπαρ", "Νεφρός",
    "Щитовидная железа", "Печень", "Почка правая", "Щитоподібна залоза", "Печінка", "Нирка ліва",
    "Ledvina levá", "Ledvina Pravá", "Lungor frontal", "Lungene frontal", "Keuhkot",
])
def test_anatomy_labels_are_device_text(line):
    assert only_device_words(line), line


@pytest.mark.parametrize("text,device,phi", [
    ("Dvořáková Květoslava     Nemocnice Horní Lhota\nRČ: 735812/1232\nŠtítná žláza  PL",
     ["Štítná", "žláza", "PL"], ["Dvořáková", "Květoslava"]),
    ("Pacjent: Zielińska, Bożena\nTarczyca płat prawy", ["Tarczyca", "płat", "prawy"], ["Zielińska,", "Bożena"]),
    ("Beteg: Kovács Erzsébet\nPajzsmirigy jobb lebeny", ["Pajzsmirigy", "jobb", "lebeny"], ["Kovács", "Erzsébet"]),
    ("20030602-1452  Nieminen, Aino              Lungor frontal     Dr Hallberg", ["Lungor", "frontal"],
     ["Nieminen,", "Aino"]),
    # (spaCy's English model finds no Cyrillic name alone: the body mark is what is checked here)
    ("Пациент: Смирнова Ольга\nЩитовидная железа  Правая доля", ["Щитовидная", "железа", "Правая", "доля"], []),
])
def test_anatomy_body_marks_are_kept_and_the_patient_is_found(analyzer, text, device, phi):
    result = found(analyzer, text, with_header=False)
    assert not painted(result) & set(device), result
    assert set(phi) <= painted(result), result


@pytest.mark.parametrize("word", ["Beam", "Couch", "MU", "Monaco", "Pinnacle", "ARIA", "Gad", "Nav", "Safra",
                                  "Sol", "Loket", "Ledvina", "Medenica", "Rahim", "Bal", "Iso", "Tra", "Ovar",
                                  "Desna"])
def test_words_that_are_also_names_are_context_words_only(word):
    assert is_context_word(word) and not is_device_word(word)


@pytest.mark.parametrize("text,name", [
    ("Name: Aria Monaco", {"Aria", "Monaco"}),
    ("Patient: Jan Ledvina", {"Jan", "Ledvina"}),
    ("Pt: Sol Couch", {"Sol", "Couch"}),
    ("Patient: Rahim Safra", {"Rahim", "Safra"}),
    ("Patient: Iso Haruka", {"Iso", "Haruka"}),
])
def test_names_made_of_those_words_are_still_found(analyzer, text, name):
    result = found(analyzer, text, with_header=False)
    assert name <= result.get("PERSON", set()), result


@pytest.mark.parametrize("text,value", [
    ("1200 Main St, Houston, TX 77030", "TX"),
    ("Hospital Dr. Francisco Zagalo, Ovar, Portugal", "Ovar,"),
])
def test_places_that_share_a_word_are_still_painted(analyzer, text, value):
    result = found(analyzer, text, with_header=False)
    assert value in painted(result), result
