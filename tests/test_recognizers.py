"""Each recogniser on the text shapes overlays really carry, and the analyzer's
promise to keep non-PHI overlay text (labels, laterality, acquisition values).

Text-level tests feed OCR words (with boxes) through the real Presidio analyzer
and spaCy pipeline; the image-level tests run real Tesseract on written DICOMs.
"""

from __future__ import annotations

import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec
from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.ocr.tesseract import TesseractOcr
from fw_gear_presidio_image_redactor.recognize.recognizers.dicom_header import (
    DicomHeaderRecognizer,
    date_renderings,
    edit_distance,
)
from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import (
    model_pieces,
    only_overlay_words,
    trim_label,
)
from fw_gear_presidio_image_redactor.scan.scanner import Scanner

from .helpers import write_case

HEADER = {
    "PatientName": "KOWALSKI^MARTHA",
    "PatientID": "55120934",
    "PatientBirthDate": "19520311",
    "StudyDate": "20190704",
    "AccessionNumber": "ACC7781203",
    "InstitutionName": "Riverside Radiology",
    "ReferringPhysicianName": "HALVORSEN^PETER",
    "PatientAge": "067Y",
    "AcquisitionDateTime": "20190705101500",
}


def header() -> Dataset:
    ds = Dataset()
    for key, value in HEADER.items():
        setattr(ds, key, value)
    return ds




def words(text: str) -> list[OcrWord]:
    """OCR words for `text`, one line per '\\n', 10 px per character."""
    out = []
    for row, line in enumerate(text.split("\n")):
        x = 10
        for word in line.split(" "):
            if word:
                out.append(OcrWord(word, Box(x, 10 + 40 * row, 10 * len(word), 20), 95.0))
            x += 10 * len(word) + 10
    return out


def found(analyzer, text, with_header=True) -> dict[str, set[str]]:
    """entity -> the OCR words its findings cover."""
    ws = words(text)
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(ws, header=header() if with_header else None):
        covered = {w.text for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
        out.setdefault(f.entity_type, set()).update(covered)
    return out


def found_each(analyzer, texts, with_header=True) -> dict[str, dict[str, set[str]]]:
    """`found` for each of `texts`, the spaCy pipeline run over all of them in batches.

    One pipeline call on a single word costs about 4.5 ms of CPU, almost all of it per-call
    overhead; `nlp.pipe` over thousands of words costs about 0.6 ms a word, and its entities,
    tokens, lemmas and scores are the same (checked on every device word and its title-cased
    copy). Each text goes through the analyzer's own `analyze` as in `found`; only the NLP
    engine answers from the batch for the texts it was given in advance (the text and its
    title-cased copy, which `analyze` hands it), and runs the model on any other."""
    from fw_gear_presidio_image_redactor.recognize.analyzer import _smart_case

    engine = analyzer.engine.nlp_engine
    wanted = list(dict.fromkeys(t for text in texts for t in (text, _smart_case(text))))
    done = dict(engine.process_batch(wanted, "en", batch_size=256))
    process_batch = engine.process_batch

    def batched(batch, language, **kwargs):
        if language != "en" or kwargs.get("as_tuples") or not all(text in done for text in batch):
            yield from process_batch(batch, language, **kwargs)
        else:
            yield from ((text, done[text]) for text in batch)

    engine.process_batch = batched  # this object only, for this call (the analyzer is shared)
    try:
        return {text: found(analyzer, text, with_header) for text in texts}
    finally:
        del engine.process_batch


def test_the_model_reads_the_text_and_its_title_cased_copy_in_one_batch(analyzer, monkeypatch):
    """`analyze` hands the NLP engine both copies in one `process_batch` call (one `nlp.pipe`,
    about half the CPU of two calls), and the model's reading of the title-cased copy still
    counts: en_core_web_sm finds this name in 'Pierre Dubois', not in 'PIERRE DUBOIS'."""
    engine = analyzer.engine.nlp_engine
    calls = []
    process_batch = engine.process_batch
    monkeypatch.setattr(engine, "process_text", lambda *a, **k: calls.append(("text", a)) or None)
    monkeypatch.setattr(engine, "process_batch",
                        lambda texts, *a, **k: calls.append(("batch", list(texts))) or process_batch(texts, *a, **k))
    findings = analyzer.analyze(words("PIERRE DUBOIS"))
    assert calls == [("batch", ["PIERRE DUBOIS", "Pierre Dubois"])]
    assert [(f.entity_type, f.recognizer, f.text) for f in findings] == [("PERSON", "SpacyRecognizer", "PIERRE DUBOIS")]


# -- DICOM header recogniser ------------------------------------------------------------


@pytest.mark.parametrize("text", ["KOWALSKI^MARTHA", "Kowalski, Martha", "Martha Kowalski", "MARTHA KOWALSKI",
                                  "kowalski martha", "KOWALSKI", "Pt: MARTHA", "KOWALSKIAMARTHA", "K0WALSKI",
                                  "KOWAISKI MARTHA", "KOW ALSKI, MARTHA"])
def test_patient_name_in_every_order_case_separator_and_ocr_reading(text):
    rec = DicomHeaderRecognizer(header())
    results = [r for r in rec.analyze(text, ["PERSON"]) if r.entity_type == "PERSON"]
    assert results, f"{text!r} not recognised"
    name_start = 4 if text.startswith("Pt: ") else 0
    assert min(r.start for r in results) == name_start and max(r.end for r in results) == len(text)


@pytest.mark.parametrize("institution, read", [
    ("ROYAL CORNWALL HOSPITAL", "Royal Comwall Hospital"),  # review 16: 'rn' read as 'm'
    ("ROYAL CORNWALL HOSPITAL", "Royal Cornwall Hospital"),
    ("HERNE BAY CLINIC", "Heme Bay Clinic"),
    ("MCLEOD MEMORIAL HOSPITAL", "McLeod Memorial Hospital"),
    ("MCLEOD MEMORIAL HOSPITAL", "Mdeod Memorial Hospital"),  # 'cl' read as 'd'
])
def test_an_institution_read_with_two_narrow_letters_as_one_wide_one_is_found_whole(institution, read):
    """With `Use DICOM Metadata`, OCR's classic pair confusions ('rn' read as 'm', 'cl' as 'd',
    and back) do not cut the header's institution short: only 'Royal' of 'Royal Comwall
    Hospital' was painted, and 'Comwall' stayed readable."""
    ds = header()
    ds.InstitutionName = institution
    found = [r for r in DicomHeaderRecognizer(ds).analyze(read, ["ORGANIZATION"])]
    assert found and min(r.start for r in found) == 0 and max(r.end for r in found) >= len(read) - len("Hospital")


def test_a_name_read_with_one_wide_letter_as_two_narrow_ones_is_found():
    """And back: 'm' read as 'rn' ('Adarn'); a longer word that begins like the name ('Comp' for
    the family name CORN read 'Com') is not the name."""
    ds = header()
    ds.PatientName = "CORN^ADAM"
    text = "Comp 3  Adarn"
    found = {text[r.start:r.end] for r in DicomHeaderRecognizer(ds).analyze(text, ["PERSON"])}
    assert found == {"Adarn"}, found


def test_header_terms_are_built_once_per_header_values_and_follow_a_changed_header():
    """`analyze` builds the header recogniser for every frame: the terms are built once for the
    same values (another Dataset with them, as each file of a series has), and a header with
    other values, or the same Dataset changed, gets its own: one patient's name is never
    looked for on another's image."""
    first, same = header(), header()
    assert DicomHeaderRecognizer(first).terms is DicomHeaderRecognizer(same).terms

    def names(ds, text):
        return {text[r.start:r.end] for r in DicomHeaderRecognizer(ds).analyze(text, ["PERSON"])}

    text = "KOWALSKI MARTHA / NAKAMURA HIROSHI"
    before = names(first, text)
    assert any("KOWALSKI" in n for n in before) and not any("NAKAMURA" in n for n in before), before
    first.PatientName = "NAKAMURA^HIROSHI"
    changed = names(first, text)
    assert changed and all("KOWALSKI" not in n and "MARTHA" not in n for n in changed), changed
    assert any("NAKAMURA" in n for n in changed), changed
    assert DicomHeaderRecognizer(first).terms is not DicomHeaderRecognizer(same).terms


def test_other_person_tags_are_names_too():
    rec = DicomHeaderRecognizer(header())
    assert any(r.entity_type == "PERSON" for r in rec.analyze("Ref: Dr. Peter Halvorsen", None))


@pytest.mark.parametrize("text", date_renderings("19520311"))
def test_birth_date_in_every_rendering(text):
    rec = DicomHeaderRecognizer(header())
    results = [r for r in rec.analyze(f"DOB {text}", ["DATE_TIME"])]
    assert any(r.start == 4 and r.end == 4 + len(text) for r in results), text


@pytest.mark.parametrize("text", ["03/11/1952", "03.11.1952", "1952-03-11", "11-Mar-1952", "11 MAR 1952",
                                  "07/05/2019", "O3/11/1952"])
def test_common_date_renderings_from_da_and_dt(text):
    rec = DicomHeaderRecognizer(header())
    assert rec.analyze(text, ["DATE_TIME"]), text


@pytest.mark.parametrize("text,entity", [("55120934", "ID"), ("SS12O934", "ID"), ("5512 0934", "ID"),
                                         ("ACC7781203", "ID"),
                                         ("Riverside Radiology", "ORGANIZATION"),
                                         ("Riverside Radialogy", "ORGANIZATION"),
                                         ("067Y", "AGE"), ("67 YRS", "AGE")])
def test_ids_institution_and_age(text, entity):
    rec = DicomHeaderRecognizer(header())
    assert any(r.entity_type == entity for r in rec.analyze(text, None)), text


@pytest.mark.parametrize("text", ["MARTINEZ", "ANNUAL KOWALSKIS", "1952", "55120935 99", "Radiology"])
def test_header_values_match_whole_tokens_only(text):
    rec = DicomHeaderRecognizer(header())
    hits = [text[r.start : r.end] for r in rec.analyze(text, None)]
    assert "KOWALSKI" not in hits and not [h for h in hits if h in ("MARTINEZ", "1952", "55120935", "Radiology")]


def test_short_names_need_an_exact_match():
    ds = Dataset()
    ds.PatientName = "DOE^JUNE"
    rec = DicomHeaderRecognizer(ds)
    assert rec.analyze("JUNE", None) and not rec.analyze("JUNK", None)
    assert edit_distance("RADIOLOGY", "RADIALOGY", 2) == 1


# -- pattern recognisers and NER, no header ---------------------------------------------


@pytest.mark.parametrize("text", ["06/16/1976", "06.16.1976", "1976-06-16", "16-Jun-1976", "16 JUN 1976",
                                  "JUN 16, 1976", "19760616"])
def test_dates_without_metadata(analyzer, text):
    assert "DATE_TIME" in found(analyzer, text, with_header=False), text


@pytest.mark.parametrize("text,entity,value", [
    ("MRN: 48213957", "ID", "48213957"),
    ("Acc# A7781203", "ID", "A7781203"),
    ("035Y", "AGE", "035Y"),
    ("O035Y", "AGE", "O035Y"),
    ("68 yrs", "AGE", "68"),
    ("Tel (617) 555-0143", "PHONE_NUMBER", "555-0143"),
    ("d.davidson@example.org", "EMAIL", "d.davidson@example.org"),
    ("Lakeside General Hospital", "ORGANIZATION", "Hospital"),
    ("Mercy Valley Hospital", "ORGANIZATION", "Valley"),
    ("DAVIDSON^DOUGLAS", "PERSON", "DAVIDSON^DOUGLAS"),
    ("KOWALSKI, MARTHA", "PERSON", "MARTHA"),
    ("Ref: Dr. Grace Okafor", "PERSON", "Okafor"),
    ("o67\u00a5", "AGE", "o67\u00a5"),
    ("O09 MAR 2012", "DATE_TIME", "O09"),
])
def test_overlay_phi_without_metadata(analyzer, text, entity, value):
    result = found(analyzer, text, with_header=False)
    assert value in result.get(entity, set()), (text, result)


@pytest.mark.parametrize("text", ["L", "R", "AP", "PORTABLE", "kV 120", "mA 250", "W 400 L 40", "Im 34",
                                  "MI 1.1", "TIs 0.4", "C5-1", "L12-5", "Frame 12/48", "Gain 54", "Thk 5.0 mm",
                                  "PORTABLE, AP", "FINDINGS", "IMPRESSION", "No acute disease", "SEMI-UPRIGHT",
                                  "Se 2", "W400L40", "k\u00a5 120", "MI1.1"])
def test_non_phi_overlay_text_is_kept(analyzer, text):
    assert found(analyzer, text) == {}, text


@pytest.mark.parametrize("text,label", [("DOB: 06/16/1976", "DOB:"), ("MRN: 55120934", "MRN:"),
                                        ("Acc# ACC7781203", "Acc#"), ("Tel (617) 555-0143", "Tel"),
                                        ("St. Brigid Medical Center DOB 11.03.1952", "DOB")])
def test_labels_stay_while_their_values_go(analyzer, text, label):
    result = found(analyzer, text)
    assert result, text
    assert label not in set().union(*result.values())


@pytest.mark.parametrize("raw_from", ["context step", "second run"])
@pytest.mark.parametrize("text", ["Referring: Max Power", "Ref: Dr. Grace Okafor"])
def test_a_name_label_beats_the_model_reading_the_same_name(analyzer, monkeypatch, text, raw_from):
    """Presidio's dedupe keeps the model's 0.85 over the label rule's 0.7 for the same words;
    the rule's result is added back, from the raw results Presidio's context step saw or, on
    a Presidio that no longer shows them (`take_raw` None), by running the rules again."""
    if raw_from == "second run":
        monkeypatch.setattr(analyzer.engine, "take_raw", lambda: None)
    person = [f for f in analyzer.analyze(words(text)) if f.entity_type == "PERSON"]
    assert [f.recognizer for f in person] == ["overlay-labelled-name"], person


def test_vocabulary_helpers():
    assert trim_label("DOB: 06/16/1976") == len("DOB: ")
    assert trim_label("DOB:") == 0  # nothing would remain
    assert only_overlay_words("PORTABLE, AP") and not only_overlay_words("PORTABLE MARTHA")
    assert model_pieces("St. Brigid Center DOB 11.03.1952") == [(0, 17), (22, 32)]


# -- real images ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ocr():
    return TesseractOcr()


def test_header_names_written_differently_are_found_on_a_real_image(tmp_path, analyzer, ocr):
    specs = [
        TextSpec("Martha Kowalski", 20, 20, "PERSON", 22),
        TextSpec("KOWALSKI", 20, 60, "PERSON", 22),
        TextSpec("11-Mar-1952", 20, 100, "DATE_TIME", 22),
        TextSpec("Riverside Radiology", 20, 140, "ORGANIZATION", 22),
        TextSpec("kV 120", 380, 440, None, 22),
        TextSpec("PORTABLE", 330, 20, None, 22),
    ]
    case = write_case(tmp_path / "h.dcm", specs, header=HEADER, bits_stored=12)
    image = read_dicom(case.path)
    scanner = Scanner(ocr=ocr, analyzer=analyzer, use_metadata=True, reuse_overlays=False)
    findings = scanner.scan(image).findings
    for seg in case.phi:
        assert any(f.box.grown(3, 512, 512).intersection_area(seg.box) >= 0.9 * seg.box.area for f in findings), \
            f"{seg.entity} at {seg.box} not found"
    for seg in case.non_phi:
        assert not any(f.box.intersection_area(seg.box) for f in findings), f"non-PHI {seg.text} flagged"


def test_lines_are_grouped_whatever_order_the_words_arrive_in():
    from fw_gear_presidio_image_redactor.recognize.text_layout import layout

    # 'SILAS' has no descender, so its centre is above 'ABERNATHY,'; 'Patel' sits a pixel higher.
    ws = [OcrWord("SILAS", Box(183, 37, 64, 18), 96), OcrWord("ABERNATHY,", Box(31, 37, 144, 21), 96),
          OcrWord("Patel", Box(167, 89, 54, 19), 96), OcrWord("Ref:", Box(32, 88, 39, 20), 96),
          OcrWord("Dr.", Box(79, 90, 28, 18), 96), OcrWord("Ravi", Box(115, 90, 44, 18), 96),
          OcrWord("PORTABLE", Box(900, 37, 120, 20), 96)]
    assert layout(ws).text == "ABERNATHY, SILAS\nPORTABLE\nRef: Dr. Ravi Patel"
