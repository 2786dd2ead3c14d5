"""Overlay words that are never PHI on their own, and the labels that introduce PHI.

General-purpose NER reads terse overlays badly: the small spaCy pipeline calls
'Tel' a person and 'DOB' or 'AP' an organisation. Erasing those costs readers
the context they need (and RedactAllText exists for those who want it all
gone), so a model finding made only of these words is dropped, and a label in
front of a value ('MRN: ', 'DOB ') is left standing while the value is erased.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from .banner_labels import LABEL_WORDS, label_spans
from .device_vocabulary import NAME_ABBREVIATIONS, is_device_token, is_device_word, is_probe_name, only_device_words

NON_PHI_WORDS = frozenset(
    w.lower()
    for w in (
        # labels
        "DOB", "D.O.B", "MRN", "MR#", "ID", "PID", "Acc", "Acc#", "Accession", "Tel", "Ph", "Phone", "Ref", "Dr",
        "Dr.", "Age", "Sex", "Name", "Pt", "Patient", "Study", "Exam", "Date", "Time", "Referring",
        "Referrer", "Physician", "Operator", "Sonographer", "Technologist", "Tech",
        "Performed", "Performing", "Reading", "Attending", "Institution", "cc", "Attn", "Attention", "Copy",
        "Birth", "Born", "Ex",
        # the column headings of a study list or worklist beside 'Accession' and 'Referring' (DICOM PS3.4
        # C.6 query keys: Station Name, Modality, Study Description; the viewers' localised columns)
        "Station", "Modality", "Modalities", "Description", "Procedure", "Status", "Priority", "Modalit\u00e4t",
        "Modalit\u00e9", "Modalidad", "Modalidade", "Modalit\u00e0", "Modaliteit", "Beschreibung",
        "Descripci\u00f3n", "Descri\u00e7\u00e3o", "Descrizione", "Omschrijving", "Beskrivning",
        # positioning and laterality
        "L", "R", "AP", "PA", "LAT", "OBL", "PORTABLE", "UPRIGHT", "SEMI-UPRIGHT", "SUPINE", "PRONE", "ERECT",
        "LEFT", "RIGHT", "DECUBITUS", "AXIAL", "CORONAL", "SAGITTAL",
        # acquisition parameters and display
        "kV", "kVp", "mA", "mAs", "W", "WW", "WL", "C", "Im", "Se", "Img", "Ser", "MI", "TIs", "TIb", "TIc",
        "Thk", "FOV", "DFOV", "SFOV", "Gain", "DR", "FR", "Hz", "cm", "mm", "Frame", "Zoom", "Depth", "Res",
        "Gen", "Pen", "2D", "3D", "CF", "PW", "PWR", "Map", "Persist", "Comp", "Dyn", "Range",
        # CT/XA/DX geometry and dose (PS3.3 C.8.7.2 CT Image, C.8.15 X-Ray 3D, C.8.19 Dose):
        # a 'Detector' line under a date is the detector's settings, not an institution
        "Detector", "Tilt", "Gantry", "Table", "Collimation", "Pitch", "CTDIvol", "DLP", "Exposure",
        # anatomy and report words
        "CHEST", "ABDOMEN", "PELVIS", "HEAD", "BRAIN", "SPINE", "KNEE", "HAND", "FOOT", "FINDINGS", "IMPRESSION",
        "HISTORY", "COMPARISON", "TECHNIQUE", "No", "acute", "disease", "normal", "Report",
        # a viewer's patient-list window title (sv, da/no, fi, de, nl), which a worklist writes on the
        # site's line ('Patientlista  -  Västra Mälarsjukhuset Röntgen'): no one's name
        "Patientlista", "Patientliste", "Pasientliste", "Potilaslista", "Patientenliste", "Patiëntenlijst",
        # the patient column's heading of a worklist or study list (pt 'Nome do Doente', 'Utente'; es
        # 'Nombre del Paciente'; it 'Nome Paziente', 'Assistito'; de 'Patientenname'; nl 'Patiëntnaam';
        # pl 'Pacjent'; cs/sk/ro 'Pacient'; tr 'Hasta'): the viewers' localised column headings
        "Doente", "Utente", "Paciente", "Paziente", "Assistito", "Patientenname", "Patiëntnaam",
        "Patientnaam", "Patiënt", "Pacjent", "Pacient", "Pacientul", "Hasta", "Patientnavn", "Potilas",
        # placeholders de-identified and test data write where a name stands: no one's name
        "Anonymous", "Anonymized", "Anonymised", "Unknown",
        # fix round 30 (review 17 A: 'Medicare 2123 45670 1', the model's organisation alone): national
        # health insurers and programmes, written as the label of the patient's card number. The number
        # after one stays PHI (its own recognisers: AuMedicareRecognizer, the labelled numbers); the
        # programme names no one. au Medicare, Medibank, Bupa, HCF (Services Australia, the private
        # funds' register at privatehealth.gov.au); us Medicare, Medicaid, Medi-Cal, CHIP, Tricare (CMS.gov,
        # health.mil); uk NHS (nhs.uk); ca OHIP, RAMQ (Ontario and Québec health insurance plans); de AOK,
        # IKK, BKK, GKV, PKV (GKV-Spitzenverband's list of Krankenkassen); fr Sécu, CPAM, CNAM,
        # Mutuelle (ameli.fr, Assurance Maladie); it INPS, SSN (inps.it; Servizio Sanitario Nazionale);
        # es INSS, MUFACE (seg-social.es, muface.es); mx IMSS, ISSSTE (gob.mx); ph PhilHealth (philhealth.gov.ph)
        "Medicare", "Medicaid", "Medi-Cal", "CHIP", "Tricare", "NHS", "Medibank", "Bupa", "HCF", "OHIP", "RAMQ",
        "AOK", "IKK", "BKK", "GKV", "PKV", "S\u00e9cu", "Secu", "CPAM", "CNAM", "Mutuelle", "INPS", "SSN",
        "INSS", "MUFACE", "IMSS", "ISSSTE", "PhilHealth",
        # fix round 31 (review 17 B: 'OHIP/RAMQ' over a health number): the other Canadian provincial plans
        # and their card numbers' labels (the provinces' health insurance pages: on HCN health card number,
        # bc MSP Medical Services Plan, ab AHCIP, sk HSN health services number, mb PHIN, ns MSI, nl MCP);
        # Québec's NAM is also a given name and stays out
        "HCN", "MSP", "AHCIP", "HSN", "PHIN", "MSI", "MCP",
        # fix round 33 (review 18 A: 'Nosologico' read alone as a person once its number was painted): the
        # labels of a hospital stay's or record's number in the banner's languages: it 'Nosologico' (the
        # admission number of the Scheda di Dimissione Ospedaliera, DM 28/12/1991), es 'NHC' (número de
        # historia clínica), 'Episodio', pt 'Episódio', 'Processo', fr 'IPP' (identifiant permanent du
        # patient), 'NDA' (numéro de dossier administratif), de 'Fallnummer', 'Fallnr', nl 'Opnamenummer'
        "Nosologico", "Nosologica", "Nosografico", "NHC", "Episodio", "Episódio", "Processo", "IPP", "NDA",
        "Fallnummer", "Fallnr", "Opnamenummer",
        # fix round 34 (review 18 B: GE's French 'Prescr. Dr Lefèvre', the model's person on the label
        # alone): the staff labels written short, as a device's narrow corner cuts them, point or not
        # (fr 'Prescr.' prescripteur, 'Manip.' manipulateur, 'Radiol.'; en 'Ref. Phys.', 'Sonogr.',
        # 'Technol.', 'Radiogr.'; de 'Überw.' Überweiser, 'Anford.' Anforderer, 'Zuw.' Zuweiser; es/pt
        # 'Solic.' solicitante, 'Requis.' requisitante; it 'Refert.' refertante; nl 'Verw.' verwijzer).
        # The name after one stays a name (its title's and label's rules); short forms that are given
        # names ('Rich.' richiedente, 'Op.') stay out.
        "Prescr", "Prescrip", "Manip", "Radiol", "Phys", "Sonogr", "Technol", "Radiogr", "\u00dcberw",
        "Anford", "Zuw", "Solic", "Requis", "Refert", "Verw",
        # the word of a cine's frame counter ('Cine 5/5', 'Clip 2', 'Loop 1/3': `_FRAME_COUNTER`)
        "Cine", "Clip", "Loop",
    )
)

# The title of a viewer's worklist, patient or study list window, which a worklist writes on the site's
# line before or after it ('Hospital Distrital de Vila Real de Santo Amaro - Lista de Trabalho'; OCR
# drops the thin dash), in the viewers' languages (en, pt, es, it, fr, de, nl, sv, da/no, fi, pl, cs:
# the viewers' localised menus, Wiktionary's translation tables of *worklist* and *patient list*): a
# title names no one, so a model's span over it is cut there and an institution's span stops before it.
UI_TITLE_PHRASES = (
    "worklist", "work list", "patient list", "patients list", "study list", "exam list", "examination list",
    "lista de trabalho", "lista de doentes", "lista de exames", "lista de estudos", "lista de pacientes",
    "lista de trabajo", "lista de estudios", "lista de exámenes", "lista di lavoro", "lista pazienti",
    "lista esami", "lista studi", "liste de travail", "liste des patients", "liste des examens",
    "liste des études", "arbeitsliste", "patientenliste", "studienliste", "untersuchungsliste", "werklijst",
    "patiëntenlijst", "patientenlijst", "studielijst", "arbetslista", "patientlista", "arbejdsliste",
    "arbeidsliste", "patientliste", "pasientliste", "työlista", "potilaslista", "lista robocza",
    "lista pacjentów", "lista badań", "seznam pacientů", "pracovní seznam",
    # fix round 28 (review 14 B: a Malay worklist's 'Senarai Kerja'): the round's other languages
    # (Wiktionary's translations of *worklist*, *work list* and *patient list*; the viewers' menus):
    # ms, id, tl, vi, sw, af, tr, hu, et, lv, lt, sk, sl, hr, ro, bg, el, mt, ga, ru/uk transliterated
    "senarai kerja", "senarai pesakit", "daftar kerja", "daftar pasien", "listahan ng trabaho",
    "listahan ng pasyente", "danh sách công việc", "danh sách bệnh nhân", "orodha ya kazi",
    "orodha ya wagonjwa", "werklys", "pasiëntelys", "iş listesi", "hasta listesi", "munkalista",
    "beteglista", "tööloend", "patsientide nimekiri", "darba saraksts", "pacientu saraksts",
    "darbo sąrašas", "pacientų sąrašas", "pracovný zoznam", "zoznam pacientov", "delovni seznam",
    "seznam bolnikov", "radna lista", "popis pacijenata", "lista de lucru", "lista pacienților",
    "работен списък", "списък на пациентите", "λίστα εργασιών", "lista ta' xogħol", "liosta oibre",
    "rabochiy spisok", "spisok patsientov", "robochyi spysok", "spysok patsiientiv",
)
# Fix round 36 (review 19 B: a bilingual Canadian banner's 'Health card / Carte sant\u00e9:', the model's person
# running from the patient's given names into 'Health'): the label of a health insurance card in the banners'
# languages, cut out of a model's span as a window title is (the provinces' health card pages: Ontario 'Health
# card', Qu\u00e9bec 'carte d'assurance maladie', 'carte sant\u00e9'; fr ameli.fr 'carte Vitale'; es 'tarjeta
# sanitaria (individual)'; pt 'cart\u00e3o de sa\u00fade', 'cart\u00e3o de utente'; it 'tessera sanitaria'; de
# 'Gesundheitskarte', 'Versichertenkarte'; nl 'zorgpas'). The number after it stays PHI (its recognisers).
HEALTH_CARD_LABELS = (
    "health card", "health card number", "health card no", "health number", "health insurance card",
    "health insurance number", "carte sant\u00e9", "carte de sant\u00e9", "carte d'assurance maladie",
    "carte d'assurance-maladie", "carte vitale", "tarjeta sanitaria", "tarjeta sanitaria individual",
    "cart\u00e3o de sa\u00fade", "cart\u00e3o de utente", "cart\u00e3o do utente", "tessera sanitaria",
    "gesundheitskarte", "versichertenkarte", "zorgpas",
)
UI_TITLE_PHRASES = UI_TITLE_PHRASES + HEALTH_CARD_LABELS
_UI_TITLE = re.compile(
    r"(?i)(?<![^\W\d_])(?:" + "|".join(re.escape(p).replace(r"\ ", r"[ \t]+") for p in
                                    sorted(UI_TITLE_PHRASES, key=len, reverse=True)) + r")(?![^\W\d_])")


def ui_title_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each worklist or patient-list window title in `text` (`UI_TITLE_PHRASES`)."""
    return [(m.start(), m.end()) for m in _UI_TITLE.finditer(text)]


# A label at the start of a finding: kept, only what it labels is PHI. One or more labels of the
# patient banner (`banner_labels`: 'DOB:', 'Naam:', 'Pat.-Nr.', 'Kanja ID:', 'N°', 'Fecha nac.:'),
# each with its colon, '#' and points, and the slash between the two languages' labels of one field
# ('DOB/DDN:', 'Name/Nom:': `banner_labels._LABEL_IN_TEXT`).
LABEL_PREFIX = re.compile(rf"^(?:(?:{LABEL_WORDS})[\s:#./]*)+", re.IGNORECASE)


def trim_label(text: str) -> int:
    """How many leading characters of `text` are a label (0 if none, or if nothing would remain)."""
    m = LABEL_PREFIX.match(text)
    if not m or m.end() >= len(text.rstrip()):
        return 0
    return m.end()


# Acquisition values OCR glues together ('W400L40', 'kV120', 'MI1.1', GE's display and scan
# field of view 'DFOV36.0cm', 'SFOV50cm').
OVERLAY_TOKEN = re.compile(
    r"(?i)^(?:W|L|C|WW|WL|kVp?|mAs?|Im|Se|Ser|Img|MI|TI[sbc]|Thk|[DS]?FOV|Gain|DR|FR)[:=]?-?\d+(?:\.\d+)?"
    r"(?:(?:W|L|C)[:=]?-?\d+(?:\.\d+)?)*(?:mm|cm|Hz|%)?$"
)
# Tesseract's usual misreadings of overlay letters: 'k¥' is 'kV'.
_OCR_FOLD = str.maketrans({"¥": "V", "|": "I"})


# fix round 34 (review 18 B: a cine's 'Sonographer:' re-read as 'Sonogra' and 'phé', the model's
# organisation on the first piece): the long staff labels, whose first seven letters or more OCR reads
# as a word of its own when it breaks the label ('Sonogra', 'Technolog', 'Radiograph'); no name begins so.
_LONG_STAFF_LABELS = ("sonographer", "technologist", "radiographer", "radiologist", "physician", "echographiste",
                      "manipulateur", "prescripteur", "untersucher", "ecografista")


def _cut_staff_label(low: str) -> bool:
    bare = low.strip(".:#,")
    return len(bare) >= 7 and any(label.startswith(bare) and label != bare for label in _LONG_STAFF_LABELS)


def _is_overlay_word(word: str) -> bool:
    low = word.translate(_OCR_FOLD).lower()
    if low in NON_PHI_WORDS or low.strip(".:#,") in NON_PHI_WORDS or bool(OVERLAY_TOKEN.match(low)):
        return True
    if _cut_staff_label(low):
        return True
    # fix round 31 (review 17 B): two insurers or labels of one field joined by a slash, as bilingual and
    # multi-province cards' fields are headed ('OHIP/RAMQ', 'Medicare/Medicaid', 'AOK/BKK'): each part
    # an overlay word; a part that is none ('Smith/Jones') keeps the whole for the recognisers
    parts = [p for p in low.strip(".:#,").split("/") if p]
    return len(parts) >= 2 and all(p in NON_PHI_WORDS for p in parts)


def model_pieces(text: str, device: bool = True) -> list[tuple[int, int]]:
    """(start, end) runs of `text` between overlay and device words: spaCy reads a whole
    overlay line ('St. Brigid Medical Center DOB 11.03.1952') as one organisation; the
    label inside it is cut out and what stands on each side is judged on its own.
    Device abbreviations and value tokens (`device_vocabulary`) are cut out too, and a
    piece made only of device words ('P Low', 'Adult Echo') or a vendor phrase
    ('Philips Healthcare') is no piece: a model alone never makes them PHI.
    `device=False` (a model's dates: '14OCT 2023' looks like a value token) cuts labels only.
    A banner label of several words ('Kanja Mei:', 'Fecha nac.:', `banner_labels.label_spans`)
    is cut out whole, whatever its words are alone ('Mei' is also a given name)."""
    tokens = _tokens(text)
    if device and (only_device_words(text) or _probe_and_preset(text)
                   or only_device_words(" ".join(t.group(0) for t in tokens))):
        return []  # a line of device words, or a probe and its preset ('5C1Abdomen Lever'), glued or not
    pieces: list[tuple[int, int]] = []
    run: list[re.Match] = []
    labels = label_spans(text) + ui_title_spans(text)
    for i, token in enumerate([*tokens, None]):
        if token is not None and device and _name_middle(tokens, i):
            run.append(token)  # 'THI' of 'NGUYEN THI LAN': the name's middle word, not the setting
        elif token is None or _is_overlay_word(token.group(0)) or _inside(token, labels) \
                or (device and is_device_token(token.group(0))):
            if run:
                start, end = run[0].start(), run[-1].end()
                if not (device and _device_between_particles(text, run)) \
                        and not all(t.group(0) in _PARTICLES for t in run):
                    pieces.append((start, end))
            run = []
        else:
            run.append(token)
    return pieces


class _Token:
    """A piece of a token (`_tokens`), read as `re.Match` is: group(0), start(), end()."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text[start:end], start, end

    def group(self, _: int = 0) -> str:
        return self._text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


# An overlay word with a number glued to it, as OCR reads a label whose box touches its value's
# (fix round 31, review 17 B: 'OHIP/RAMQ9876-543-217', the label a pixel from the number).
_GLUED_NUMBER = re.compile(r"(?P<word>[^\W\d_][^\s^,;\d]{2,})(?=\d)")


def _tokens(text: str) -> list:
    """The tokens of `text` (runs of no space, '^', ',', ';'); one that starts with an overlay word of
    three letters or more glued to a number is two ('OHIP/RAMQ' and '9876-543-217'): the insurer's
    label is the label whatever follows it without a space."""
    out: list = []
    for m in re.finditer(r"[^\s^,;]+", text):
        glued = _GLUED_NUMBER.match(text, m.start(), m.end())
        if glued and _is_overlay_word(glued.group("word")) and not is_device_token(m.group(0)):
            out += [_Token(text, m.start(), glued.end()), _Token(text, glued.end(), m.end())]
        elif glued and is_device_word(glued.group("word")) and is_device_token(text[glued.end():m.end()]):
            # a device word glued to its value (fix round 36, review 19 B: the collimator and matrix of a
            # bone scan's acquisition line set with one-pixel gaps, 'LEHR 256x1024' read 'LEHR256x1024')
            out += [_Token(text, m.start(), glued.end()), _Token(text, glued.end(), m.end())]
        else:
            out.append(m)
    return out


def _device_between_particles(text: str, run: list[re.Match]) -> bool:
    """The words of `run` are device words only, once the small linking words at its edges are set
    aside: 'of request' (of 'Date of request' with its label cut) and 'For radiology use only' are a
    form's captions; a particle at a piece's edge is no name of its own (a name of particles alone
    is none either, `model_pieces`)."""
    words = list(run)
    while words and words[0].group(0).lower() in _EDGE_WORDS:
        words.pop(0)
    while words and words[-1].group(0).lower() in _EDGE_WORDS:
        words.pop()
    return bool(words) and only_device_words(text[words[0].start():words[-1].end()])


# Lower-case name particles and linking words: between the labels and headings they are cut from
# ('Nome |do| Doente', 'Nombre |del| Paciente'), alone they name no one.
_PARTICLES = frozenset("de del della di do dos da das du des van von der den ter ten la le el al y e".split())
# The particles and the English linking words a caption opens or closes with ('of request', 'For
# radiology use only'), set aside when a piece is judged device text.
_EDGE_WORDS = _PARTICLES | frozenset("of for the to and".split())


# Device abbreviations that are also a word in the middle of a name: Vietnamese names put 'Thị'
# (written 'Thi' without diacritics) between family and given name of most women ('NGUYEN THI
# LAN'); Arabic names open a given name with 'Abd' ('Ahmed Abd Elrahman'). Between two words of
# a name they stay part of it; beside a device word ('Gen THI') they are the setting.
_NAME_MIDDLES = frozenset({"thi", "abd"})


def _name_middle(tokens: list[re.Match], i: int) -> bool:
    """tokens[i] is a `_NAME_MIDDLES` word with a name-like word (letters, capitalised, no
    overlay or device vocabulary, or a device word that is also a name, `NAME_ABBREVIATIONS`:
    'Lac' of 'Lac Thi Mai') on each side of it."""
    if tokens[i].group(0).lower() not in _NAME_MIDDLES or not 0 < i < len(tokens) - 1:
        return False
    return all(
        w[:1].isupper() and w.isalpha() and len(w) >= 2 and not _is_overlay_word(w)
        and not is_device_token(w) and (w.lower() in NAME_ABBREVIATIONS or not only_device_words(w))
        for w in (tokens[i - 1].group(0).strip(".,"), tokens[i + 1].group(0).strip(".,"))
    )


def _inside(token: re.Match, spans: list[tuple[int, int]]) -> bool:
    return any(a <= token.start() and token.end() <= b for a, b in spans)


# A bone densitometry report's table heading (ISCD Official Positions, Adult, 2019: BMD, BMC, T-score,
# Z-score by region; the Hologic APEX and GE Lunar enCORE report tables as localised): the measures
# in the report languages (en/nl/it/pl/sv BMD, BMC; fr/es/pt DMO, CMO (densité / densidad / densidade
# minérale osseuse); de KMD, KMG (Knochenmineraldichte, -gehalt); tr KMY (kemik mineral yoğunluğu);
# T-/Z-score, -Wert, -skor, -värde, -scor, escore) and the headings beside them: region, area,
# density, result in en, de, fr, es, it, pt, nl, pl, sv, da/no, tr (Wiktionary's translation tables).
# A line of these with one measure at least ('Bölge BMD (g/cm²) T-skor Z-skor') names no one, while
# 'Region Skåne' alone stays an institution's head.
_DXA_MEASURES = frozenset({"bmd", "bmc", "dmo", "cmo", "kmd", "kmg", "kmy", "gmk", "t-score", "z-score",
                           "t-wert", "z-wert", "t-skor", "z-skor", "t-värde", "z-värde", "t-verdi", "z-verdi",
                           "t-scor", "z-scor", "t-escore", "z-escore", "escore-t", "escore-z", "t-skår", "z-skår"})
_DXA_HEADINGS = _DXA_MEASURES | frozenset({
    "region", "regio", "région", "región", "regione", "região", "bölge", "bereich", "område", "obszar",
    "area", "área", "aire", "surface", "superficie", "fläche", "oppervlak", "oppervlakte", "gebied", "powierzchnia",
    "yta", "areal", "alan", "yüzey", "density", "dichte", "densité", "densidad", "densità", "densidade",
    "dichtheid", "gęstość", "täthet", "yoğunluk", "result", "ergebnis", "résultat", "resultado", "risultato",
    "resultaat", "wynik", "resultat", "sonuç", "(g/cm²)", "(g/cm2)", "g/cm²", "g/cm2", "(g)", "(cm²)", "(cm2)",
    "(%)", "%", "ya", "am", "pr"})


def _dxa_heading(words: list[str]) -> bool:
    """`words` are a densitometry table's heading (`_DXA_HEADINGS`), one measure at least among them."""
    low = [w.lower() for w in words]
    return any(w in _DXA_MEASURES for w in low) and all(w in _DXA_HEADINGS for w in low)


# An ultrasound unit's transducer and preset line ('5C1 Abdomen Lever', 'C5-1 Abdomen General', 'L12-5
# Schildklier'): a probe's name first (`device_vocabulary.is_probe_name`) and device or preset words
# after it (`only_device_words`, the organ words of the presets among them) names no one.
# OCR glues the probe to the preset where the console sets them a few pixels apart ('5C1Abdomen Lever').
_GLUED_PROBE = re.compile(r"(?P<probe>\S*\d)(?P<preset>[A-Z][a-z]{2,})(?=\s|$)")


def _probe_and_preset(text: str) -> bool:
    glued = _GLUED_PROBE.match(text)
    if glued and is_probe_name(glued.group("probe")):
        text = f"{glued.group('probe')} {text[glued.end('probe'):]}"
    words = text.split()
    return len(words) >= 2 and is_probe_name(words[0]) and only_device_words(text)


# fix round 34 (review 18 B: an ultrasound cine's 'Cine 5/5', the model's place on the last frame): a
# frame counter, its word and 'n/m' (the frame or image's place in its clip or series: en Cine, Clip,
# Loop, Frame, Fr, Image, Img, Im; de Bild; es Imagen; it Immagine; fr Image; nl Beeld), or 'n of m'.
# A bare 'n/m' stays a date's reader's (a day and month without year).
_FRAME_COUNTER = re.compile(
    r"(?i)(?:cine|clip|loop|frame|fr|image|img|im|bild|imagen|immagine|beeld|ser|se|series)[ \t:#]*"
    r"\d{1,4}[ \t]*(?:/|of|von|de|di|van)[ \t]*\d{1,4}")


def only_overlay_words(text: str) -> bool:
    """`text` is overlay words and banner labels (`banner_labels.label_spans`: 'Geboortedatum:',
    'Kanja Mei:') and nothing else; or a densitometry table's heading (`_dxa_heading`), or a probe and
    its preset (`_probe_and_preset`)."""
    words = [w for w in re.split(r"[\s^,:;]+", text) if w]
    if words and (_dxa_heading(words) or _probe_and_preset(text) or _FRAME_COUNTER.fullmatch(text.strip())):
        return True
    rest = text
    for a, b in reversed(label_spans(text)):
        rest = rest[:a] + " " * (b - a) + rest[b:]
    # the slash left between two labels of one field ('DOB/DDN:') joins them, no word of its own
    return bool(words) and all(_is_overlay_word(w) for w in re.split(r"[\s^,:;]+", rest) if w.strip("/"))


# -- prose of another language (fix round 26) ------------------------------------------------------

# The languages of report prose the English model misreads ('Im Vergleich zur Voruntersuchung vom
# 02.03.2025 unverändert.': 'Vergleich' a person, 'Voruntersuchung' a place; 'Mit freundlichen Grüßen'),
# judged by their function words: the stop-word lists spaCy ships inside its own package
# (`spacy.lang.<xx>.stop_words`, no model download). Norwegian (nb) is left out: its list holds
# given names and surnames ("jan", "kort": "Jan de Kort").
PROSE_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "sv", "da", "fi", "pl", "cs", "sk", "sl", "hr", "ro",
                   "hu", "tr", "id", "ca")
_LETTERS = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


@functools.cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop words of `language` (two letters or more, lower case, name particles aside:
    'von', 'de', 'da' also open a name); empty where spaCy lacks the language."""
    # Each list is a plain module of words, but importing `spacy.lang.<xx>.stop_words` runs its
    # language package first, and French's builds its tokenizer exceptions: about 3 s of CPU in
    # every process that judged one line of prose. The module file is run alone instead.
    spacy_spec = importlib.util.find_spec("spacy")
    path = Path(spacy_spec.submodule_search_locations[0], "lang", language, "stop_words.py") if spacy_spec else None
    if path is None or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_spacy_stop_words_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return frozenset(w.lower() for w in module.STOP_WORDS if len(w) >= 2) - _PARTICLES


def prose_language(line: str) -> str | None:
    """The language (not English) whose function words make `line` a sentence of prose, or None:
    three words of letters or more, one capitalised at least (a line of lower-case words only is a
    banner's: 'nguyen thi thu ha', 'juan de la cruz garcia'), one of them at least a stop word of that language
    (`stop_words`) and more of them its stop words than English ones, and half of the words or more
    its stop words or lower-case words ('Im Vergleich zur Voruntersuchung vom unverändert', 'Mit
    freundlichen Grüßen', 'Pas de changement par rapport à l'examen'). A banner ('MÜLLER Anna  geb.
    12.03.1960'), a name line or an institution's name ('Radiologische Gemeinschaftspraxis am
    Ostertor') is none."""
    words = _LETTERS.findall(line)
    if len(words) < 3:
        return None
    lows = [w.lower() for w in words]
    english = sum(1 for w in lows if w in stop_words("en"))
    if not any(w[:1].isupper() for w in words):
        return None  # a lower-case banner ('nguyen thi thu ha': 'ha' is a Spanish function word) opens no sentence
    # a particle is a function word before a lower-case word or a number ('rispetto al precedente esame del
    # 02/03/2025'); before a capital it opens a name ('de Vries')
    particles = {i for i, w in enumerate(lows) if w in _PARTICLES and (i + 1 == len(words) or words[i + 1].islower())}
    best, best_count = None, 0
    for language in PROSE_LANGUAGES:
        stops = stop_words(language)
        count = sum(1 for i, w in enumerate(lows) if w in stops or i in particles)
        strong = count >= 2 or any(len(w) >= 3 and w in stops for w in lows)  # not one 'ha' of 'Nguyen thi thu ha'
        if strong and count > max(best_count, english) and \
                2 * sum(1 for w, low in zip(words, lows, strict=True) if low in stops or w.islower()) >= len(words):
            best, best_count = language, count
    return best
