"""A joining word between two words painted as one name is painted with them: 'Ağız ve Diş Sağlığı
Merkezi Kadıköy' (Turkish 've', and) read by the model in two pieces left 've' standing; the same
holds for 'and', 'und', 'et', 'y', 'i', 'och', 'og', 'of', 'de', 'di', 'van', 'für' ...
(`institutions.CONNECTIVES`). A joining word beside device words, or in another field, stays.
"""

from __future__ import annotations

from fw_gear_presidio_image_redactor.findings import Box, Finding
from fw_gear_presidio_image_redactor.recognize.analyzer import _connectives_inside_names
from fw_gear_presidio_image_redactor.recognize.recognizers.institutions import is_connective
from fw_gear_presidio_image_redactor.recognize.text_layout import layout

from .test_recognizers_context import banner


def painted(analyzer, text: str) -> set[str]:
    ws = banner(text)
    return {w.text for f in analyzer.analyze(ws) for w in ws if f.box.intersection_area(w.box) >= 0.8 * w.box.area}


def test_turkish_institution_line_is_painted_whole(analyzer):
    line = "Ağiz ve Dig Sağlıği Merkezi Kadıköy"
    assert painted(analyzer, line) == set(line.split())


def _pieces(text: str, named: list[str], entity: str = "ORGANIZATION") -> set[str]:
    """The words of `text` painted after `_connectives_inside_names`, starting from the words
    `named` painted as `entity` (each word its own finding, as a model read in pieces leaves them)."""
    words = banner(text)
    findings = {w.box: Finding(entity, w.box, 0.85, "SpacyRecognizer", w.text) for w in words if w.text in named}
    _connectives_inside_names(layout(words), findings)
    return {w.text for w in words if any(f.box.intersection_area(w.box) >= 0.8 * w.box.area
                                         for f in findings.values())}


def test_connectives_of_many_languages_join_the_pieces_of_a_name():
    for text in ["Brigham and Women's", "Klinikum rechts der Isar", "Hôpital et Clinique Bellevue",
                 "Hospital de la Santa Creu i Sant Pau", "Karolinska och Södersjukhuset", "Haukeland og Voss",
                 "Ziekenhuis van Amsterdam", "Zentrum für Radiologie", "Szent Imre és Kórház",
                 "Maria da Silva", "Ospedale di Circolo", "Agia Sofia και Attikon"]:
        named = [w for w in text.split() if not is_connective(w)]
        assert _pieces(text, named) == set(text.split()), text


def test_a_connective_beside_unpainted_words_or_in_another_field_stays():
    assert _pieces("Mercy Hospital and Lung", ["Mercy", "Hospital"]) == {"Mercy", "Hospital"}
    assert _pieces("Mercy Hospital  and  Lung Clinic", ["Mercy", "Hospital", "Lung", "Clinic"]) == {
        "Mercy", "Hospital", "Lung", "Clinic"}
    assert _pieces("Liver and Spleen", []) == set()


def test_a_connective_between_dates_stays():
    assert _pieces("12/03/2024 and 13/03/2024", ["12/03/2024", "13/03/2024"], "DATE_TIME") == {
        "12/03/2024", "13/03/2024"}


def test_box_of_a_connective_is_its_own_word():
    words = banner("Agia Sofia και Attikon")
    findings = {w.box: Finding("PERSON", w.box, 0.85, "SpacyRecognizer", w.text) for w in words if w.text != "και"}
    _connectives_inside_names(layout(words), findings)
    middle = next(w for w in words if w.text == "και")
    assert isinstance(findings.get(middle.box), Finding) and isinstance(middle.box, Box)
