"""A field label painted with its value (issue 14, fix round 9): the patient banner's labels in
the languages devices print them stay, the value after them is painted, and a person label
says that the words after it are a name.

Text-level: OCR words with boxes (`banner`) through the real Presidio analyzer and spaCy
pipeline; one full in-process run on a drawn image, read by the real OCR, checks pixels.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import label_spans
from fw_gear_presidio_image_redactor.recognize.recognizers.vocabulary import LABEL_PREFIX, model_pieces, trim_label

from .helpers import assert_label_block_redacted
from .test_recognizers_context import banner


def covered(analyzer, words: list[OcrWord]) -> dict[str, set[str]]:
    """entity -> the OCR words its findings cover (80% of a word's box)."""
    out: dict[str, set[str]] = {}
    for f in analyzer.analyze(words):
        out.setdefault(f.entity_type, set()).update(
            w.text for w in words if f.box.intersection_area(w.box) >= 0.8 * w.box.area)
    return out


def touched(analyzer, words: list[OcrWord]) -> set[str]:
    """The OCR words any finding's box touches at all."""
    found = analyzer.analyze(words)
    return {w.text for w in words if any(f.box.intersection_area(w.box) > 0 for f in found)}


# -- the vocabulary --------------------------------------------------------------------------

# One or more labels of each field in each language, as devices print them, with and without
# their accents (OCR and ASCII exports drop them).
LABELS = [
    # en, de, fr, es, it, pt, nl
    "Patient Name:", "DOB:", "MRN#", "Acc No.", "Ref Phys:", "Performed by:",
    "Name:", "Geb.-Dat.:", "Geburtsdatum", "Pat.-Nr.", "PatID", "Untersucher:", "Überweiser", "Geschlecht:",
    "Nom:", "Prénom:", "Né(e) le:", "Date de naissance", "N°", "IPP:", "Médecin:", "Sexe:",
    "Paciente:", "Nombre:", "Fecha nac.:", "F. nac.", "Nº Hist.:", "NºHist.:", "NHC:", "Edad:", "Remitente:",
    "Paziente:", "Cognome:", "Data di nascita:", "Cod.Fisc.", "Età:", "Medico inviante:",
    "Utente:", "Data de nascimento:", "Nº Processo:", "Nascimento:",
    "Naam:", "Geboortedatum:", "Patiëntnr:", "Patientnr:", "BSN:", "Leeftijd:", "Geslacht:", "Verwijzer:",
    # sv, no, da, fi, pl, tr
    "Namn:", "Födelsedatum:", "Personnummer:", "Kön:", "Remittent:",
    "Navn:", "Fødselsdato:", "Fodselsdato:", "Fødselsnummer:", "Pers.nr", "CPR-nr.:", "Kjønn:", "Henvisende lege:",
    "Nimi:", "Potilas:", "Syntymäaika:", "Henkilötunnus:", "Hetu:", "Ikä:",
    "Pacjent:", "Imię i nazwisko:", "Data ur.:", "Data urodzenia:", "PESEL:", "Płeć:", "Wiek:", "Lekarz kierujący:",
    "Hasta Adı:", "Adı Soyadı:", "Doğum Tarihi:", "Dogum Tarihi:", "TC Kimlik No:", "Cinsiyet:", "Yaş:",
    # ja, ko, zh romanised
    "Kanja Mei:", "Kanja ID:", "Seinengappi:", "Kensa bi:", "Seibetsu:", "Nenrei:", "Irai-i:",
    "Hwanja:", "Deungnok Beonho:", "Saengnyeonwoil:", "Xingming:", "Binglihao:", "Chusheng Riqi:", "Jiancha Riqi:",
    # study numbers, dates and places (with a colon where the word is also a head word)
    "Exam No.:", "Study Date:", "Auftrags-Nr.:", "Onderzoeksdatum:", "Hospital:", "Klinik:", "Abteilung:",
]


@pytest.mark.parametrize("label", LABELS)
def test_each_banner_label_is_a_label(label):
    assert LABEL_PREFIX.fullmatch(label), label
    assert trim_label(f"{label} X123") == len(label) + 1


# Names, ordinary words and words of a device that share letters with a label: no label
# (a label that is also a name or an ordinary word needs its colon: 'Alder', 'Aika', 'Hospital').
NOT_LABELS = ["Mei", "Alder", "Aika", "Nascimento", "Adi", "Kon", "Hospital", "Arts", "Lege", "Hekim", "Shimei",
              "Paciente", "Nomenclature", "Named", "Datum123", "Femke", "Smith", "Kanja Mei Yuki", "IDX", "Patiently"]


@pytest.mark.parametrize("word", NOT_LABELS)
def test_names_and_words_like_labels_are_no_labels(word):
    assert not LABEL_PREFIX.fullmatch(word), word


def test_a_label_of_several_words_is_found_whole_wherever_it_stands():
    text = "WATANABE YUKI  Kanja ID: 0077213408  Seinengappi: S58.07.14  Kensa bi: 2025/03/21"
    assert [text[a:b].strip() for a, b in label_spans(text)] == ["Kanja ID:", "Seinengappi:", "Kensa bi:"]
    line = "Kanja Mei: WATANABE YUKI"
    assert [line[a:b] for a, b in model_pieces(line)] == ["WATANABE YUKI"]


# -- labels stay, values are painted ---------------------------------------------------------

@pytest.mark.parametrize("text,labels,values", [
    ("Geboortedatum: 03-08-1970", {"Geboortedatum:"}, {"03-08-1970"}),
    ("Patiëntnr: 8833104", {"Patiëntnr:"}, {"8833104"}),
    ("Fecha nac.: 02/11/1987  Nº Hist.: 004471926", {"Fecha", "nac.:", "Nº", "Hist.:"}, {"02/11/1987", "004471926"}),
    ("Kanja ID: 0077213408  Seinengappi: S58.07.14", {"Kanja", "ID:", "Seinengappi:"}, {"0077213408", "S58.07.14"}),
    ("Kensa bi: 2025/03/21", {"Kensa", "bi:"}, {"2025/03/21"}),
    ("Fødselsdato: 04.03.1978  Pers.nr 040378-1235", {"Fødselsdato:", "Pers.nr"}, {"04.03.1978", "040378-1235"}),
    ("Data urodzenia: 09.03.1968  PESEL: 68030914725", {"Data", "urodzenia:", "PESEL:"}, {"09.03.1968", "68030914725"}),
    ("Doğum Tarihi: 12.05.1980  TC Kimlik No: 12345678901", {"Doğum", "Tarihi:", "TC", "Kimlik", "No:"},
     {"12.05.1980", "12345678901"}),
    ("Syntymäaika: 12.05.1980", {"Syntymäaika:"}, {"12.05.1980"}),
    ("Geb.-Dat.: 14.07.1991  Pat.-Nr. 44018823", {"Geb.-Dat.:", "Pat.-Nr."}, {"14.07.1991", "44018823"}),
    ("31.03.1954 PatID 0004518827", {"PatID"}, {"31.03.1954", "0004518827"}),
    ("Cod.Fisc. RSSGLI76E48H501Q", {"Cod.Fisc."}, {"RSSGLI76E48H501Q"}),
    ("Hasta No: 4471  Dosya No: 2024/118", {"Hasta", "No:", "Dosya"}, {"4471", "2024/118"}),
])
def test_a_label_stays_and_its_value_is_painted(analyzer, text, labels, values):
    words = banner(text)
    assert values <= set().union(*covered(analyzer, words).values()), text
    assert not labels & touched(analyzer, words), text


@pytest.mark.parametrize("text,labels,name", [
    ("Naam: de Wit-Bakker, Femke", {"Naam:"}, {"de", "Wit-Bakker,", "Femke"}),
    ("Navn: Kjærgaard, Søren Østergaard", {"Navn:"}, {"Kjærgaard,", "Søren", "Østergaard"}),
    ("Paciente: GARCÍA-NÚÑEZ María José", {"Paciente:"}, {"GARCÍA-NÚÑEZ", "María", "José"}),
    ("Nombre: Lucía Fernández", {"Nombre:"}, {"Lucía", "Fernández"}),
    ("Nome: Giulia Bianchi", {"Nome:"}, {"Giulia", "Bianchi"}),
    ("Pacjent: Wojciechowska Małgorzata", {"Pacjent:"}, {"Wojciechowska", "Małgorzata"}),
    ("Potilas: Virtanen Aino", {"Potilas:"}, {"Virtanen", "Aino"}),
    ("Hasta Adı: Ayşe Yılmaz", {"Hasta", "Adı:"}, {"Ayşe", "Yılmaz"}),
    ("Kanja Mei: WATANABE YUKI", {"Kanja", "Mei:"}, {"WATANABE", "YUKI"}),
    ("Hwanja: KIM MINJI", {"Hwanja:"}, {"KIM", "MINJI"}),
    ("Xingming: WANG FANG", {"Xingming:"}, {"WANG", "FANG"}),
    ("Untersucher: Dr. Anneliese Vogtmann", {"Untersucher:"}, {"Anneliese", "Vogtmann"}),
    ("Médecin: Pierre Lambert", {"Médecin:"}, {"Pierre", "Lambert"}),
    ("Laborant: M. Jansen", {"Laborant:"}, {"M.", "Jansen"}),
])
def test_a_person_label_stays_and_anchors_the_name_after_it(analyzer, text, labels, name):
    """The label is the evidence: the words after it are PERSON whatever the model reads."""
    words = banner(text)
    assert name <= covered(analyzer, words).get("PERSON", set()), text
    assert not labels & touched(analyzer, words), text


@pytest.mark.parametrize("text,name", [
    ("TAKAHASHI MEI  ID: 0031877450", {"TAKAHASHI", "MEI"}),  # 'Mei' of 'Kanja Mei' is also a given name
    ("Name: Ana Nascimento", {"Ana", "Nascimento"}),
    ("Name: Aika Sato", {"Aika", "Sato"}),
    ("Name: Adi Cohen", {"Adi", "Cohen"}),
    ("Name: Alder Smith", {"Alder", "Smith"}),
])
def test_a_name_that_is_also_a_label_word_is_still_painted(analyzer, text, name):
    assert name <= covered(analyzer, banner(text)).get("PERSON", set()), text


def test_a_credential_after_a_name_stays(analyzer):
    words = banner("Performed by: Shirin Moradi, RVT")
    assert {"Shirin", "Moradi,"} <= covered(analyzer, words).get("PERSON", set())
    assert not {"Performed", "by:", "RVT"} & touched(analyzer, words)


def _glued(label: str, value: str, char: int = 10) -> list[OcrWord]:
    """One OCR word of a label glued to its value, `char` px a character."""
    return [OcrWord(label + value, Box(10, 10, char * len(label + value), 20), 95.0)]


@pytest.mark.parametrize("label,value", [("N°", "1182093374"), ("Nº", "004471926"), ("NºHist.:", "004471926"),
                                         ("Patiëntnr:", "8833104")])
def test_a_label_glued_to_its_value_is_cut_off_the_box(analyzer, label, value):
    """One OCR word 'N°1182093374': the value is an ID and its box starts after the label's first
    character, so the label stays readable ('Nº' is a letter to Python: no word boundary helps)."""
    found = [f for f in analyzer.analyze(_glued(label, value)) if f.entity_type == "ID"]
    assert found and all(f.box.left >= 10 + 10 * (len(label) - 1) for f in found), found
    assert max(f.box.right for f in found) == 10 + 10 * len(label + value)


def test_a_label_run_on_into_its_digits_is_painted_with_them(analyzer):
    """'PatID0004518827' in one OCR word, no separator: the prefix is printed as part of the number
    and says what it is; a cut by character share left a third of the token readable (review 14's
    'MRN55302119', scored missed). The token is painted whole (it was cut after 'PatI', round 13)."""
    found = [f for f in analyzer.analyze(_glued("PatID", "0004518827")) if f.entity_type == "ID"]
    assert found and min(f.box.left for f in found) == 10 and max(f.box.right for f in found) == 160


def test_a_label_read_as_its_own_word_is_not_glued_to_its_value(analyzer):
    """'PatID' and '0004518827' overlapping by a pixel (review 8, Siemens Artis): two words, the label stays."""
    words = [OcrWord("31.03.1954", Box(10, 29, 75, 11), 99.0), OcrWord("PatID", Box(93, 29, 34, 11), 99.0),
             OcrWord("0004518827", Box(126, 25, 87, 17), 99.0)]
    ids = [f.box for f in analyzer.analyze(words) if f.entity_type == "ID"]
    assert ids and all(b.left >= 126 for b in ids) and max(b.right for b in ids) == 213, ids


# -- pixels ----------------------------------------------------------------------------------

def test_redact_keeps_foreign_labels_and_paints_their_values(tmp_path):
    """A drawn Dutch/Spanish/Japanese banner through the real OCR: each label's pixels are
    unchanged, each value's glyphs erased."""
    rows = [("Naam:", "de Wit-Bakker, Femke", "PERSON"), ("Geboortedatum:", "03-08-1970", "DATE_TIME"),
            ("Patiëntnr:", "8833104", "ID"), ("Fecha nac.:", "02/11/1987", "DATE_TIME"),
            ("Kanja Mei:", "WATANABE YUKI", "PERSON")]
    assert_label_block_redacted(tmp_path, rows, "mg")
