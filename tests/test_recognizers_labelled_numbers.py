"""Fix round 12 (break-test round 3): national identifiers and labelled numbers.

- A device's number with a national identifier's shape and check (a serial, an article, a build, a
  kit, a coil ID) stays: after a device, part, serial, build, version, kit, lot or catalogue word
  in any of the banner's languages, before a unit, or spread over the cells of a table's row.
- 'No', 'Nr', '#' and 'ID' after a device or image word ('Sonde Nr.', 'Image #', 'Detector ID:')
  label no patient's number; after a patient or record word they do ('Hospital #:', 'Pat.-Nr.').
- A count with its unit after an exam label ('Study 128 slices') and a short number after an
  ordinary word without its colon ('Hist 256', 'Dossier 2024') are no identifiers.
- A strong ID label and its colon beat the value's look of a probe or model ('Exam No: C5-1A').
- The numbers after the labels the lists lacked (Case, Req#, Requisition, Order, Specimen, NHI,
  PHN, IHI, Cartão SUS, TSI, AHV/AVS) are IDs, and a Swiss AHV number is one by its EAN-13 check.

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered, painted

# -- 1. device numbers with a national identifier's shape ----------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Nº de serie: 10012345P", "10012345P"),      # es serial, a valid NIF
    ("Número de serie 20231105Y", "20231105Y"),
    ("N° de série 87654321X", "87654321X"),       # fr
    ("Cassette 10012345P", "10012345P"),
    ("Art.-Nr. 123456782", "123456782"),           # de article number, a valid BSN
    ("Build 201904159", "201904159"),
    ("Kernel 123456782 Hz", "123456782"),           # a unit after it
    ("IP No. 123456782", "123456782"),              # imaging plate
    ("Seriennr.: S0001234C", "S0001234C"),          # a valid NRIC
    ("ESN 4001234564", "4001234564"),               # a valid NHS number
    ("Plate ID 4001234564", "4001234564"),
    ("Detector ID: 20231105Y", "20231105Y"),
    ("Frame 000123456782", "000123456782"),
    ("Ver. 2019031507", "2019031507"),
    ("P/N 4001234564", "4001234564"),
    ("Tube SerNo 131052-308T", "131052-308T"),     # a valid HETU
    ("LOT 150851 00049", "150851"),                 # a valid fødselsnummer
])
def test_a_device_number_of_an_identifiers_shape_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


def test_the_cells_of_a_tables_row_are_no_one_identifier(analyzer):
    assert not {"2123", "45670", "0"} & painted(analyzer, "DLP  2123  45670  0")
    # the same groups close together, as one number is printed: a Medicare number
    assert {"2123", "45670", "0"} <= covered(analyzer, "2123 45670 0").get("ID", set())


@pytest.mark.parametrize("text, words", [
    ("SMITH, JOHN  943 476 5919", {"943", "476", "5919"}),
    ("NHS: 943 476 5919", {"943", "476", "5919"}),
    ("Medicare: 2123 45670 1", {"2123", "45670", "1"}),
    ("Pat-ID 0004518827  120 kV", {"0004518827"}),
])
def test_national_and_patient_ids_outside_device_text_are_still_ids(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())


# -- 2. generic number labels after device and image words ----------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Serial No. T5021823B", "T5021823B"),
    ("Cat. No. 123456782", "123456782"),
    ("Sonde Nr. 4471926", "4471926"),
    ("Kanal Nr. 123456", "123456"),
    ("Gerät Nr. 1023456", "1023456"),
    ("Best.-Nr. 10123456", "10123456"),
    ("Frame Nr. 1234567", "1234567"),
    ("Image # 123456", "123456"),
    ("Slice # 1234567", "1234567"),
    ("Anzahl Nr. 123456", "123456"),
])
def test_a_number_label_after_a_device_word_labels_no_id(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, value", [
    ("Hospital #: 4471926", "4471926"),
    ("Pat.-Nr. 44018823", "44018823"),
    ("Fall-Nr. 123456", "123456"),
    ("Nr 123456", "123456"),
    ("Vers.-Nr.: A123456780", "A123456780"),   # de Versichertennummer: 'Vers.' is no version
])
def test_a_number_label_after_a_patient_word_labels_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


# -- 3. counts and short numbers after exam and record words ---------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("Study 128 slices", "128"),
    ("Exam 256 images", "256"),
    ("Exam 40 Bilder", "40"),
    ("Hist 256", "256"),
    ("Hist. 1024", "1024"),
    ("Dossier 2024", "2024"),
])
def test_a_count_or_a_short_number_after_a_word_is_no_id(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("text, value", [
    ("Hist: 256", "256"),            # the colon makes it a label
    ("Dossier 12345678", "12345678"),
    ("Processo 12345", "12345"),
    ("Exam #: 4471", "4471"),
    ("Hasta No: 4471", "4471"),
])
def test_a_record_number_after_its_label_is_still_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


# -- 4. the label beats the model shape -----------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Exam No: C5-1A", "C5-1A"),
    ("Exam No: L12-5", "L12-5"),
    ("ID: TRC-NW8", "TRC-NW8"),
    ("Accession: US-2024-0412", "US-2024-0412"),
    ("Study ID: EPIQ-77", "EPIQ-77"),
])
def test_an_id_label_makes_a_model_shaped_value_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, kept", [
    ("Probe ID: C5-1A", "C5-1A"),
    ("Exam: 12/03/2025", "12/03/2025"),
    ("Exam Type: CT", "CT"),
])
def test_a_device_id_or_a_date_after_an_exam_label_is_no_id(analyzer, text, kept):
    assert kept not in covered(analyzer, text).get("ID", set())


# -- 5. labels the lists lacked -------------------------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("Case: 2024-0412", {"2024-0412"}),
    ("Req#: 2024-88123", {"2024-88123"}),
    ("Requisition: 88123991", {"88123991"}),
    ("Order: 2024-55120", {"2024-55120"}),
    ("Specimen: S24-1234", {"S24-1234"}),
    ("NHI: ZZZ0016", {"ZZZ0016"}),
    ("PHN: 9123 456 789", {"9123", "456", "789"}),
    ("IHI: 8003 6012 3456 7890", {"8003", "6012", "3456", "7890"}),
    ("Cartão SUS: 898 0012 3456 7890", {"898", "0012", "3456", "7890"}),
    ("TSI: BBBB123456789012", {"BBBB123456789012"}),
    ("AVS: 756.1234.5678.97", {"756.1234.5678.97"}),
    ("Tessera sanitaria: 80380001234567890123", {"80380001234567890123"}),
])
def test_the_number_after_a_label_the_lists_lacked_is_an_id(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())


def test_an_ordinary_word_needs_its_colon_to_label_a_number(analyzer):
    assert "3" not in painted(analyzer, "Case 3 of 5")
    assert "2024-55" not in painted(analyzer, "Order 2024-55")


@pytest.mark.parametrize("text, ahv", [("756.1234.5678.97", True), ("7561234567897", True),
                                       ("756.1234.5678.98", False)])
def test_a_swiss_ahv_number_is_an_id_by_its_ean13_check(analyzer, text, ahv):
    assert (text in covered(analyzer, text).get("ID", set())) == ahv


# -- abbreviated identifier labels ('Azon.:', 'Ident.-Nr.', 'Kód:') -------------------------------

@pytest.mark.parametrize("text, value", [
    ("Azon.: 118-442-901", "118-442-901"),          # hu azonosító, abbreviated
    ("Ident.: 118-442-901", "118-442-901"),
    ("Identif.: 4471-9260", "4471-9260"),
    ("Ident.-Nr.: 118-442-901", "118-442-901"),
    ("Kód: 118-442-901", "118-442-901"),
    ("Kod.: 118-442-901", "118-442-901"),
    ("Nro.: 118-442-901", "118-442-901"),
    ("Č. pac.: 118442901", "118442901"),
    ("Törzssz.: 118-442-901", "118-442-901"),       # a one-word label cut short, with its point
    ("Potilasnum.: 118-442-901", "118-442-901"),
])
def test_the_number_after_an_abbreviated_id_label_is_an_id(analyzer, text, value):
    assert value in covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, kept", [
    ("Kód: 5", "5"), ("Azon.: 12", "12"), ("Cod.: 2.5", "2.5"), ("Potil.: 2024", "2024"),
])
def test_a_short_value_after_an_abbreviated_id_label_stays(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


# -- fix round 17: exam numbers after the exam-number words of the banner's languages, national -------
# numbers under their own names, numbers written in groups after a label with its colon

@pytest.mark.parametrize("text, words", [
    ("Onderzoeksnr: BVO-2611-40277", {"BVO-2611-40277"}),
    ("Untersuchungsnr.: US-2611-40277", {"US-2611-40277"}),
    ("N° d'examen: IRM-2611-40277", {"IRM-2611-40277"}),
    ("Nº estudio: TC-2611-40277", {"TC-2611-40277"}),
    ("N. esame: RX-2611-40277", {"RX-2611-40277"}),
    ("Undersøgelsesnr.: RB-2611-40277", {"RB-2611-40277"}),
    ("Undersökningsnr: RT-2611-40277", {"RT-2611-40277"}),
    ("Tutkimusnro: TT-2611-40277", {"TT-2611-40277"}),
    ("Numer badania: MG-2611-40277", {"MG-2611-40277"}),
    ("Shenfenzheng: 320106198407153216", {"320106198407153216"}),
    ("CURP: HETG740108MPLRLD09", {"HETG740108MPLRLD09"}),
    ("RFC: HETG740108AB1", {"HETG740108AB1"}),
    ("Steuer-ID: 47 036 892 815", {"47", "036", "892", "815"}),
    ("IdNr: 47 036 892 815", {"47", "036", "892", "815"}),
    ("CPR: 12 34 56 78 90", {"12", "34", "56", "78", "90"}),
])
def test_an_exam_or_person_number_after_its_own_label_is_an_id(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, kept", [
    ("Matrix: 12 64 64", "64"),            # no identifier's label
    ("Onderzoeksnr: 12", "12"),            # too short for a number
    ("Steuer-ID: 47 mm", "47"),
    ("Kracht 96 N", "96"),
    ("Sin: 0.5 1.0 1.5", "1.0"),
])
def test_grouped_numbers_and_short_values_without_an_id_label_stay(analyzer, text, kept):
    assert kept not in painted(analyzer, text)


@pytest.mark.parametrize("label", ["Pas.ID:", "Pac.ID:", "Paz.ID:", "Pat.ID:", "Pasient ID:"])
def test_a_country_prefixed_id_after_a_cut_patient_label_is_covered_from_its_first_letter(analyzer, label):
    # the review's GE mammography banner: OCR reads 'Pas.ID:' and 'NO55018273' (x 66-159) apart; the
    # value's 'NO' is no 'No' label, so the box must start at the value's first letter
    ws = [OcrWord(label, Box(14, 70, 47, 12), 0.9), OcrWord("NO55018273", Box(66, 70, 93, 12), 0.9)]
    boxes = [f.box for f in analyzer.analyze(ws) if f.entity_type == "ID"]
    assert boxes and min(b.left for b in boxes) <= 66 and max(b.right for b in boxes) >= 159, boxes
    assert all(b.left >= 61 for b in boxes), boxes  # the label stays


# -- numbers in groups after the strong labels, letter groups --------------------------------------

@pytest.mark.parametrize("text, words", [
    ("MRN: 12 345 678", {"12", "345", "678"}),
    ("MRN 12 345 678", {"12", "345", "678"}),
    ("Acc: 12 345 678", {"12", "345", "678"}),
    ("Accession: 12 345 678", {"12", "345", "678"}),
    ("Acc#: 9 876 543", {"9", "876", "543"}),
    ("Patient ID 12 345 678", {"12", "345", "678"}),
    ("Versichertennr.: A 123 456 789", {"A", "123", "456", "789"}),
    ("Sozialvers.-Nr.: 12 150580 M 123", {"12", "150580", "M", "123"}),
    ("INE: GMVLMR80070501M100", {"GMVLMR80070501M100"}),
])
def test_a_grouped_value_after_an_id_label_is_an_id(analyzer, text, words):
    assert words <= covered(analyzer, text).get("ID", set())


@pytest.mark.parametrize("text, kept", [
    ("ID 12 345 678", {"12", "345", "678"}),          # a bare 'ID' needs its colon
    ("MRN: 12 345 678 mm", {"12", "345", "678"}),     # a measure
    ("Study ID: 1 2 3", {"1", "2", "3"}),              # too few digits
    ("kV: 80 120 140 161", {"80", "120", "140", "161"}),
    ("Phantom ID: A100000001", {"A100000001"}),        # a QC phantom's
    ("Phantom: B100000002", {"B100000002"}),
    ("Acq. 240101/1206", {"240101/1206"}),             # an acquisition stamp yymmdd/hhmm
])
def test_a_grouped_or_id_shaped_value_without_an_id_label_stays(analyzer, text, kept):
    assert not kept & painted(analyzer, text)


def test_a_header_id_with_letters_burned_in_as_one_word_is_painted_whole(analyzer):
    """A pattern reads 'MRN0091827' as the label MRN glued to its number and paints the number;
    with Use DICOM Metadata PatientID says the letters are the ID's own (make eval's synthetic
    ultrasound kept the letters)."""
    from pydicom.dataset import Dataset  # noqa: PLC0415 - only this test builds a header

    header = Dataset()
    header.PatientID = "MRN0091827"
    # PP-OCR's words on make eval's `us-jpeg-green-44` (an ultrasound banner)
    words = [OcrWord(text, Box(*box), 95.0) for text, box in [
        ("Nguyen,", (9, 10, 59, 16)), ("Thanh", (72, 9, 46, 14)), ("MRN0091827", (331, 10, 100, 13)),
        ("23.02.2021", (500, 10, 77, 13)), ("Bayview", (9, 35, 61, 17)), ("Imaging", (74, 35, 60, 17)),
        ("Clinic", (137, 35, 42, 14)), ("DOB", (331, 36, 34, 13)), ("02", (368, 36, 19, 13)),
        ("NOV", (390, 36, 34, 13)), ("1988", (427, 36, 36, 13))]]
    ids = [f.box for f in analyzer.analyze(words, header=header) if f.entity_type == "ID"]
    assert [(b.left, b.right) for b in ids] == [(331, 431)]  # the letters too, not from x 351


# -- 'number' in the languages of review 14's sites ------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Namba: MRH/26/11873", "MRH/26/11873"),  # sw, review 14 path_label_2
    ("Nambari ya mgonjwa: KCMC-2026-004417", "KCMC-2026-004417"),  # sw, the patient's number
    ("Bilang: PH/2026/004512", "PH/2026/004512"),  # tl
    ("Nomor RM: 12.34.56", "12.34.56"),  # id, rekam medis
    ("Nombor pesakit: KL0098123", "KL0098123"),  # ms
    ("Namba: 0044718", "0044718"),
])
def test_a_record_number_after_number_in_another_language_is_an_id(analyzer, text, value):
    found = covered(analyzer, text)
    assert value in found.get("ID", set()), found
    assert not {"Namba:", "Bilang:"} & set().union(*found.values())


@pytest.mark.parametrize("text", ["Namba 12", "Bilang ng imahe: 24", "Bilang: 3", "Namba Osaka 2026",
                                  "Serial Namba: 1234567"])
def test_a_count_a_place_or_a_devices_number_after_such_a_word_is_no_id(text):
    from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import labelled_numbers  # noqa: PLC0415

    assert labelled_numbers(text) == []
