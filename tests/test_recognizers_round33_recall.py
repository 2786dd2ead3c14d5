"""Fix round 33 (review 18 A's misses): four kinds of PHI the rules did not read.

1. A staff member's name after a profession written short, with or without a staff label before it
   ('Utförd av: ssk. Lena Holm', 'rtg-ssk Maja Öberg', 'Operatore: TSRM Giulia Bianchi', 'piel. Anna
   Nowak': `names._PROFESSION`). The profession stays, as a title does.
2. A name after a second title in parentheses, and the West African honorifics ('Radiologist: Dr. (Mrs)
   F. Ibrahim', 'Prof. (Dr.) A. Okafor', 'Chief (Mrs) Ngozi Eze', 'Alhaji Musa Bello': `names._PAREN_TITLE`).
3. A protocol's or a stay's number after its label in other languages ('Protokol: P-2025-08812',
   'Nosologico:', 'Episodio:'), and an identifier whose label (no colon) the layout set on a line of its
   own, since the value stands at a tab stop far to its right ('Pt.ID' ... '20881904':
   `banner_labels._BOOKS`, `_values_under_labels`).
4. The no-number mark in an address's number place ('Rua X, s/n', 'Calle Mayor, s/n', 'Via Roma snc':
   `addresses._NO_NUMBER`).

Each kind has guards: the words that look like them and name no one, and device text that stays.
Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline (`analyzer`),
and the rule functions themselves.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord
from fw_gear_presidio_image_redactor.recognize.recognizers.addresses import addresses
from fw_gear_presidio_image_redactor.recognize.recognizers.banner_labels import (
    labelled_number_recognizer,
    labelled_numbers,
)
from fw_gear_presidio_image_redactor.recognize.recognizers.names import is_title, titled_names

from .test_recognizers_context import covered, painted

# A device's lines over the staff line, as on the mammogram and the fluoroscopy frames of review 18.
_DEVICE = "AGD 1.32 mGy  Senographe Pristina\n"


# -- 1. a profession written short before a name -------------------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("Utförd av: ssk. Lena Holm", "Lena Holm"),                   # sv sjuksköterska
    ("Utförd av: rtg-ssk Maja Öberg", "Maja Öberg"),              # sv röntgensjuksköterska
    ("Granskad av: leg. läk. Per Nilsson", "Per Nilsson"),        # sv legitimerad läkare
    ("Undersøker: spl. Kari Nordmann", "Kari Nordmann"),          # no sykepleier
    ("Operatore: TSRM Giulia Bianchi", "Giulia Bianchi"),         # it tecnico sanitario di radiologia medica
    ("Radiographer: RT(R) Jane Doe", "Jane Doe"),                 # ARRT credential before the name
    ("Çeken: Hemş. Ayşe Kaya", "Ayşe Kaya"),                      # tr hemşire
    ("Opérateur: MERM Julie Martin", "Julie Martin"),             # fr manipulateur d'électroradiologie
    ("Eseguito da: Inf. Chiara Galli", "Chiara Galli"),           # it infermiera
    ("Wykonała: piel. Anna Nowak", "Anna Nowak"),                 # pl pielęgniarka
])
def test_a_name_after_a_staff_label_and_a_profession_is_painted_and_the_profession_stays(analyzer, line, name):
    words = painted(analyzer, _DEVICE + line)
    assert set(name.split()) <= words
    profession = line.split(":", 1)[1].strip()[: -len(name)].split()
    assert not words & set(profession), f"profession painted: {words & set(profession)}"
    assert not words & {"AGD", "mGy", "Senographe", "Pristina"}


def test_a_given_name_ocr_read_without_its_capital_after_a_label_and_a_profession_is_the_names(analyzer):
    # PP-OCR read 'Lena' as 'era' on the mammogram's small font: the label and 'ssk.' say a person follows
    words = painted(analyzer, _DEVICE + "Utförd av: ssk. era Holm")
    assert {"era", "Holm"} <= words and "ssk." not in words


@pytest.mark.parametrize(("line", "name"), [
    ("rtg-ssk Maja Öberg", "Maja Öberg"),                          # sv, no label
    ("ssk. Lena Holm", "Lena Holm"),
    ("Inf. Maria Rossi", "Maria Rossi"),                            # it infermiera
    ("verpl. Sanne Jansen", "Sanne Jansen"),                        # nl verpleegkundige
    ("piel. Anna Nowak", "Anna Nowak"),                             # pl pielęgniarka
    ("Hemş. Ayşe Kaya", "Ayşe Kaya"),                               # tr hemşire
    ("MERM Julie Martin", "Julie Martin"),                          # fr manipulateur d'électroradiologie
    ("Enf.ª Ana Sousa", "Ana Sousa"),                               # pt enfermeira
    ("OA Dr. Karl Huber", "Karl Huber"),                            # at Oberarzt before the doctor's title
])
def test_a_name_after_a_profession_alone_is_found_as_after_a_title(analyzer, line, name):
    start = line.index(name)
    assert titled_names(line) == [(start, len(line))]
    words = covered(analyzer, _DEVICE + line).get("PERSON", set())
    assert set(name.split()) <= words
    assert not words & set(line[:start].split())


@pytest.mark.parametrize("line", [
    "Inf. Vena Cava", "Inf. Wall Motion", "Spl. Length 11 cm", "TRM Scan", "ssk. 3", "bma 12", "MERM Mode",
    "tech. Auto", "Inf. Lobe", "verpl. Afdeling",
    # one word after a profession is a ward's or a column's ('Inf. Cardiologia', 'ssk. Mottagning')
    "Inf. Cardiologia", "ssk. Mottagning",
])
def test_a_profession_before_anatomy_a_setting_or_a_ward_names_no_one(line):
    assert titled_names(line) == []


def test_a_profession_alone_after_a_staff_label_is_read_as_initials_as_before(analyzer):
    # 'Tech: TRM' is a technologist's initials, whatever else TRM abbreviates
    assert painted(analyzer, "Tech: TRM") == {"TRM"}


@pytest.mark.parametrize("word", ["ssk.", "rtg-ssk", "TSRM", "Inf.", "RT(R)", "(Mrs)", "(Dr.)", "Alhaji"])
def test_a_profession_or_a_title_in_parentheses_is_a_title(word):
    assert is_title(word)


@pytest.mark.parametrize("word", ["Holm", "Ida", "Chiefs", "Ssko", "Information"])
def test_a_name_word_is_no_title(word):
    assert not is_title(word)


# -- 2. a second title in parentheses, West African honorifics --------------------------------------

@pytest.mark.parametrize(("line", "name"), [
    ("Radiologist: Dr. (Mrs) F. Ibrahim", "F. Ibrahim"),             # review 18 A's Nigerian RF banner
    ("Reported by: Prof. (Dr.) A. Okafor", "A. Okafor"),
    ("Radiologist: Dr (Mrs) Adaeze Nwosu", "Adaeze Nwosu"),
    ("Referring: Chief (Mrs) Ngozi Eze", "Ngozi Eze"),
    ("Radiologist: Barr. (Mrs) Funke Adeyemi", "Funke Adeyemi"),
])
def test_a_name_after_a_title_in_parentheses_after_a_label_is_painted_and_the_titles_stay(analyzer, line, name):
    words = painted(analyzer, "78 kV 2.1 mA  Pulse 7.5/s\nLuminos Agile Max\n" + line)
    assert set(name.split()) <= words
    titles = set(line.split(":", 1)[1].strip()[: -len(name)].split())
    assert not words & titles, f"titles painted: {words & titles}"
    assert not words & {"Luminos", "Agile", "Max", "Pulse"}


@pytest.mark.parametrize(("line", "name"), [
    ("Dr. (Mrs) F. Ibrahim", "F. Ibrahim"),
    ("Prof. (Dr.) A. Okafor", "A. Okafor"),
    ("Dr (Mrs) Adaeze Nwosu", "Adaeze Nwosu"),
    ("Chief (Mrs) Ngozi Eze", "Ngozi Eze"),
    ("Alhaji Musa Bello", "Musa Bello"),
    ("Engr. Chukwuma Okonkwo", "Chukwuma Okonkwo"),
])
def test_a_name_after_stacked_titles_without_a_label_is_found(line, name):
    start = line.index(name)
    assert titled_names(line) == [(start, len(line))]


@pytest.mark.parametrize("line", [
    "Chief Complaint", "Chief Complaint: Pain", "Arc 2", "Arc. 2", "Pharm. Phase 2", "(Mrs)", "Dr. (Mrs)",
    "Barr 5", "Engr. 12",
])
def test_honorifics_before_no_name_make_no_name(line):
    assert titled_names(line) == []


# -- 3. protocol and stay numbers; an ID label set apart from its value -----------------------------

@pytest.mark.parametrize(("line", "value"), [
    ("Protokol: P-2025-08812", "P-2025-08812"),     # tr, review 18 A's CT
    ("Protokol: 2025/77120", "2025/77120"),
    ("Protokół: 2025/118812", "2025/118812"),       # pl
    ("Nosologico: 2025/004512", "2025/004512"),     # it
    ("Episodio: E-2025-448120", "E-2025-448120"),   # es
    ("Episódio: 25/0044719", "25/0044719"),         # pt
])
def test_a_protocol_or_a_stay_number_after_its_label_is_an_id(analyzer, line, value):
    assert [line[a:b] for a, b in labelled_numbers(line)] == [value]
    found = covered(analyzer, "TC Kimlik No: 23456789138  Revolution EVO\n" + line)
    assert value in found.get("ID", set())
    assert line.split()[0] not in set().union(*found.values())


@pytest.mark.parametrize("line", [
    "Protokol: 3", "Protokol: Toraks BT", "Protokol: 12/240", "Episodio: 2", "Episode: 4 of 12",
    "Protokoll: 5 mm", "Nosologico: --", "Fall: 1.5", "Protokol 2025123456",
])
def test_a_protocol_step_a_count_or_a_label_without_its_colon_is_no_number(line):
    assert labelled_numbers(line) == []


def _tab_stop_banner(label: str, value: str) -> list[OcrWord]:
    """A Korean ultrasound's banner: labels at x 8, values at the tab stop x 120, the device at the right
    (review 18 A's layout: the gap makes the label and its value two lines of the layout)."""
    rows = [(28, "Name", "Lee Su-bin"), (44, label, value), (59, "RRN", "930708-1022332")]
    out = [OcrWord("Busan Paik Clinic", Box(236, 8, 130, 11), 99.0)]
    for y, left, right in rows:
        out.append(OcrWord(left, Box(8, y, 7 * len(left), 9), 99.0))
        out.append(OcrWord(right, Box(120, y, 7 * len(right), 9), 99.0))
    out += [OcrWord("RS85", Box(555, 44, 29, 9), 99.0), OcrWord("Prestige", Box(587, 44, 45, 10), 99.0),
            OcrWord("2025.10.30", Box(569, 29, 63, 9), 99.0)]
    return out


@pytest.mark.parametrize(("label", "value"), [
    ("Pt.ID", "30517726"), ("Patient ID", "30517726"), ("MRN", "0077213408"), ("Hasta No", "88120045"),
    ("Kanja ID", "0044719"), ("NHC", "4471926"),
])
def test_an_id_label_without_a_colon_set_apart_from_its_value_by_a_tab_stop_labels_it(label, value):
    text = f"Name\nLee Su-bin\n{label}\n{value}\nRS85 Prestige\nRRN\n930708-1022332"
    results = labelled_number_recognizer().analyze(text, ["ID"])
    assert value in {text[r.start:r.end] for r in results}
    assert label not in {text[r.start:r.end] for r in results}


def test_the_korean_tab_stop_banner_paints_its_patient_id_and_keeps_the_device(analyzer):
    words = _tab_stop_banner("Pt.ID", "30517726")
    found = covered(analyzer, words)
    assert "30517726" in found.get("ID", set())
    assert not set().union(*found.values()) & {"Pt.ID", "RS85", "Prestige", "Name", "RRN"}


@pytest.mark.parametrize(("label", "value"), [
    ("Pt.ID", "2025.10.30"),       # a date under the label
    ("Pt.ID", "12.5"),             # a decimal
    ("Dossier", "4471926"),        # an ordinary word without its colon says no number
    ("Freq", "12345678"),          # a setting's label
    ("Probe ID", "4471926"),       # a device's number
    ("Pt.ID", "4471 20 mm"),       # more on the value's line
])
def test_a_label_without_a_colon_labels_no_date_decimal_or_device_value(label, value):
    assert labelled_numbers(f"Name\nLee Su-bin\n{label}\n{value}\nRRN") == []


@pytest.mark.parametrize("text", ["Pt.ID\n30517726", "MRN\n117720456", "Kanja ID\n0044719\nTotal 12"])
def test_a_label_without_a_colon_alone_over_a_number_is_a_heading_not_a_column_of_labels(text):
    # no other label alone on its line near it: a list's heading, not a banner's column of labels
    assert labelled_numbers(text) == []


# -- 4. the no-number mark of an address ---------------------------------------------------------

@pytest.mark.parametrize(("line", "street"), [
    ("Rua Barão de Cataguases, s/n - Juiz de Fora/MG", "Rua Barão de Cataguases, s/n"),   # review 18 A
    ("Calle Mayor, s/n, 28013 Madrid", "Calle Mayor, s/n, 28013 Madrid"),                  # es
    ("Rua das Flores, s/nº - Centro, Curitiba - PR", "Rua das Flores, s/nº"),              # pt
    ("Avenida Brasil, sin número", "Avenida Brasil, sin número"),                          # es spelled out
    ("Via Roma snc, 00100 Roma", "Via Roma snc, 00100 Roma"),                              # it senza numero civico
    ("Hauptstraße o. Nr., 10115 Berlin", "Hauptstraße o. Nr., 10115 Berlin"),              # de ohne Nummer
])
def test_the_no_number_mark_is_painted_with_its_street(analyzer, line, street):
    assert street in [line[a:b] for a, b in addresses(line)]
    mark = next(w for w in ("s/n", "s/nº", "número", "snc", "Nr.,") if w in line.split() or w + "," in line.split())
    found = covered(analyzer, "Santa Casa de Misericórdia\n" + line)
    assert {mark, mark + ","} & found.get("LOCATION", set())


@pytest.mark.parametrize("line", [
    "Probe S/N 84072", "S/N: 2231", "Rua Augusta, S/N 84072", "Via 3 snc", "s/n", "Calle s/n",
])
def test_a_serial_number_or_a_mark_without_a_street_is_no_address(line):
    assert not any("S/N" in line[a:b] or "s/n" in line[a:b] or "snc" in line[a:b] for a, b in addresses(line))


def test_a_cep_after_the_mark_is_the_addresss():
    line = "Av. Paulista, s/n 01310-100"
    assert [line[a:b] for a, b in addresses(line)] == ["Av. Paulista, s/n", "01310-100"]


# -- a town after a hospital's head written short ------------------------------------------------

@pytest.mark.parametrize(("line", "town"), [
    ("Karadeniz Teknik Üniv. Farabi Hast.Trabzon", "Trabzon"),   # review 18 A: no space after the point
    ("Ankara Şehir Hast. Ankara", "Ankara"),
    ("St Luke Hosp. Leeds", "Leeds"),
    ("Devlet Hast. Samsun  Tel 0362 311 15 00", "Samsun"),
    ("Eğitim ve Araştırma Hast., Izmir", "Izmir"),
])
def test_a_town_after_a_hospitals_head_written_short_is_a_place(line, town):
    assert town in [line[a:b] for a, b in addresses(line)]


@pytest.mark.parametrize("line", [
    "Hosp. No. ABUTH-0044-719", "Hast. Ankara Gain 50", "Central Hosp. Reading", "Hosp. Leeds 12 mm",
    "Hast. Bilgi Sistemi",
])
def test_a_short_head_before_no_town_or_before_more_words_makes_no_place(line):
    assert addresses(line) == []
