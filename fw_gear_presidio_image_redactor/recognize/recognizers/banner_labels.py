"""The field labels of a patient banner, in the languages devices print them.

A device writes each value of its patient banner after a label ('Naam:', 'Geb.-Dat.:',
'Kanja ID:', 'N°'): the label is no PHI and stays, the value after it is PHI and is
painted, and the label says what the value is (`names.LabelledNameRecognizer` reads a
person after a name label). The vocabulary covers the banner's fields (the patient's name,
birth date, sex, age, identifiers and record numbers, accession and exam numbers, the study
date and time, the referring, performing and reading physicians and operators, the
institution and department) in English, German, French, Spanish, Italian, Portuguese,
Dutch, Swedish, Norwegian, Danish, Finnish, Polish and Turkish, and in the Hepburn,
Revised and pinyin romanisations of the Japanese, Korean and Chinese labels.

Sources: the attribute names of DICOM PS3.3/PS3.6 (Patient's Name, Patient's Birth Date,
Patient's Sex, Patient's Age, Patient ID, Accession Number, Study Date, Study Time, Referring
Physician's Name, Performing Physician's Name, Name of Physician(s) Reading Study, Operators'
Name, Institution Name, Institutional Department Name); the localised user interfaces and
patient banners of the major vendors (Siemens syngo 'Pat.-Nr.', 'Geb.-Dat.', 'Untersucher';
GE 'Fecha nac.', 'Nº Hist.'; Philips, Canon, Agfa, Esaote); the names of the national
patient identifiers (nl BSN, pl PESEL, it Codice Fiscale, fr NIR and IPP, es NHC and CIP,
pt Nº Utente SNS, se personnummer, no fødselsnummer, dk CPR-nummer, fi henkilötunnus,
tr TC Kimlik No, uk NHS Number, de KVNR); and the JAHIS/JIRA labels 患者名 (kanja mei),
患者ID, 生年月日 (seinengappi), 検査日 (kensa bi), 性別 (seibetsu), 年齢 (nenrei), the
Korean 환자 (hwanja), 등록번호 (deungnok beonho), 생년월일 (saengnyeonwoil), and the
Chinese 姓名 (xingming), 病历号 (binglihao), 出生日期 (chusheng riqi), 检查日期 (jiancha
riqi), as their romanised exports print them.

Writing: words of a label are separated by ' ' (any run of spaces, points, hyphens or
slashes in the text: 'Pat Nr' reads 'Pat.-Nr.', 'Pat Nr', 'PatNr'); a point inside a word
may be left out; an accented letter also matches its plain letter ('Patientnr', 'Fodselsdato':
OCR and ASCII exports drop accents); 'N°' reads 'N°', 'Nº', 'No'. A label that is also an
ordinary word or a name ('Arts' Dutch doctor, 'Alder' Danish age, 'Aika' Finnish time and a
Japanese given name, 'Nascimento' a Portuguese surname, 'Hospital' an institution's head
word; 'Born' a German and English surname, 'Hora' a Czech and Spanish one, 'Data' an Italian one,
'Doktor' a Polish and Czech one: 'Name: Born Max', 'Nome: Data Rossi') ends in ':' here: it
is a label only with a colon (or '#') after it in the text.
"""

from __future__ import annotations

import re
import unicodedata

from presidio_analyzer import EntityRecognizer, RecognizerResult

# The patient's name (PS3.6 Patient's Name). 'Patient' and its translations stand before the
# name on most banners; alone, without a colon, they are as often a heading ('Patient
# Position'): they need the colon.
NAME_EN = (
    "Name", "Pt", "Patient Name", "Patient's Name", "Patients Name", "Pat Name", "Pt Name", "Patient:", "Pat:", "Pt:",
    "Surname", "Last Name", "First Name", "Given Name", "Family Name", "Full Name",
)
NAME_INTL = (
    # de
    "Patientenname", "Nachname", "Vorname", "Patient(in):", "Patientin:",
    # fr
    "Nom", "Nom du patient", "Nom patient", "Nom de famille", "Prénom", "Nom de naissance", "Patiente:",
    # es
    "Nombre", "Nombre del paciente", "Nombre paciente", "Apellidos", "Apellido", "Paciente:",
    # it
    "Nome", "Cognome", "Nome paziente", "Cognome e nome", "Paziente:",
    # pt
    "Nome do paciente", "Nome do utente", "Apelido", "Sobrenome", "Utente:",
    # nl
    "Naam", "Patiëntnaam", "Naam patiënt", "Achternaam", "Voornaam", "Patiënt:",
    # sv, no, da
    "Namn", "Patientnamn", "Efternamn", "Förnamn", "Navn", "Pasientnavn", "Patientnavn", "Etternavn",
    "Efternavn", "Fornavn", "Pasient:",
    # fi
    "Nimi", "Potilaan nimi", "Sukunimi", "Etunimi", "Potilas:",
    # pl
    "Nazwisko", "Imię", "Imię i nazwisko", "Nazwisko i imię", "Pacjent:", "Pacjentka:",
    # tr
    "Adı:", "Soyadı", "Adı Soyadı", "Ad Soyad", "Hasta Adı", "Isim", "Hasta:",
    # ja (患者名, 氏名, 患者), ko (환자명, 성명, 이름, 환자), zh (姓名, 患者姓名, 患者, 病人)
    "Kanja Mei", "Kanjamei", "Kanja Shimei", "Shimei:", "Kanja:", "Hwanjamyeong", "Hwanja Myeong",
    "Seongmyeong:", "Ireum:", "Hwanja:", "Xingming:", "Huanzhe Xingming", "Huanzhe:", "Bingren:",
)

# Date of birth (PS3.6 Patient's Birth Date).
BIRTH = (
    "DOB", "D O B", "Birth Date", "Date of Birth", "Birthdate", "Birth", "Born:", "BD:",
    "Geb", "Geb Dat", "Geb Datum", "Geburtsdatum", "Geboren",
    "Né le", "Née le", "Né(e) le", "Né(e)", "Date de naissance", "Date naiss", "DDN", "Naissance",
    "Fecha nac", "F nac", "Fecha de nacimiento", "Fecha nacimiento", "F Nacim", "Nacimiento",
    "Data di nascita", "Data nascita", "Data nasc", "Nato il", "Nata il", "Nascita",
    "Data de nascimento", "Data nascimento", "D Nasc", "Nascimento:",
    "Geboortedatum", "Geb datum", "Geboren op",
    "Födelsedatum", "Född", "Fødselsdato", "Født", "Fødselsdag",
    "Syntymäaika", "Syntymäpäivä", "Syntynyt", "Synt",
    "Data ur", "Data urodzenia", "Ur:",
    "Doğum Tarihi", "D Tarihi", "Doğum T", "Doğum",
    "Seinengappi", "Seinen Gappi", "Seinengapi", "Saengnyeonwoil", "Saengnyeonworil", "Saengil:",
    "Chusheng Riqi", "Chusheng Nianyue", "Shengri:",
)

# Sex and age (PS3.6 Patient's Sex, Patient's Age).
SEX_AGE = (
    "Sex", "Gender", "Geschlecht", "Sexe", "Sexo", "Sesso", "Geslacht", "Kön:", "Kjønn", "Køn:", "Sukupuoli",
    "Płeć", "Cinsiyet", "Seibetsu", "Seibetu", "Seongbyeol", "Xingbie:",
    "Age", "Alter:", "Âge", "Edad", "Età:", "Idade", "Leeftijd", "Ålder:", "Alder:", "Ikä:", "Wiek", "Yaş",
    "Nenrei", "Nai:", "Nianling:",
)

# The patient's identifiers: the record number (PS3.6 Patient ID, Other Patient IDs) under the
# name each country and vendor gives it, and the numbers devices print without a name ('N°').
ID = (
    "ID", "PID", "MRN", "MR #", "MR No", "Patient ID", "Pat ID", "PatID", "Pt ID", "Patient No", "Patient Number",
    "Record No", "Chart No", "Case No", "Hosp No", "Hospital No", "Unit No", "NHS No", "NHS Number",
    "CHI No", "SSN", "FIN:", "CSN:",
    "Pat Nr", "Patientennummer", "Patienten ID", "Pat ID Nr", "Fall Nr", "Fallnummer", "KVNR", "SVNR", "AHV",
    "IPP", "NIP:", "NIR", "N° SS", "N° dossier", "Dossier", "N° patient", "Numéro", "Numéro patient",
    "NHC", "Nº Hist", "Hist", "Historia", "Nº Historia", "Historia clínica", "CIP", "DNI", "NIE:", "NUSS",
    "Codice fiscale", "Cod Fisc", "C F:", "Cod paziente", "N cartella", "Cartella", "ID paziente",
    "Nº Processo", "Processo", "Nº Utente", "Nº SNS", "NIF", "CPF", "CNS", "Prontuário",
    "Patiëntnr", "Patiëntnummer", "Patiënt ID", "Pat nr", "BSN", "Registratienummer",
    "Personnummer", "Pers nr", "Personnr", "PNR", "Journalnr", "Journalnummer",
    "Fødselsnummer", "Fnr", "F nr", "Pasientnr", "Pasient ID", "CPR", "CPR nr", "Patientnr",
    "Henkilötunnus", "Hetu", "Potilasnumero", "Potilas ID",
    "PESEL", "Nr pacjenta", "Nr karty", "Nr historii", "ID pacjenta",
    "TC Kimlik No", "TC No", "TCKN", "Kimlik No", "Hasta No", "Dosya No", "Protokol No", "Hasta ID",
    "Kanja ID", "Kanja Bango", "Kanja No", "Karte No", "Karute No",
    "Hwanja ID", "Hwanja Beonho", "Deungnok Beonho", "Deungnokbeonho", "Jumin Beonho",
    "Binglihao", "Bingli Hao", "Zhuyuanhao", "Zhuyuan Hao", "Menzhenhao", "Menzhen Hao", "Huanzhe ID",
    "N°", "Nr", "Num", "Number:", "#",
)

# The study's numbers (PS3.6 Accession Number, Study ID): the order or exam number that points at
# the patient's record (PS3.15 Annex E removes both).
STUDY_NUMBER = (
    "Acc", "Acc #", "Accession", "Accession No", "Accession Number", "Acc No", "Ex", "Exam", "Exam No",
    "Exam Nr", "Exam Number", "Exam #", "Study", "Study No", "Study Nr", "Study Number", "Study ID", "Study #",
    "Auftrags Nr", "Auftragsnummer", "Anf Nr", "Anforderungsnummer", "Untersuchungs Nr", "Unters Nr",
    "N° examen", "Numéro d'examen", "N° d'examen", "N° accès",
    "Nº acceso", "Nº de acceso", "Nº petición", "Petición", "Nº estudio",
    "N accesso", "Accesso", "Nº esame", "Nº requisição", "Requisição",
    "Accessienummer", "Onderzoeksnummer", "Aanvraagnummer", "Remissnr", "Remissnummer",
    "Rekvisisjonsnr", "Rekvisitionsnr", "Henvisningsnr", "Tutkimusnumero", "Pyyntönumero",
    "Nr badania", "Nr zlecenia", "Erişim No", "Istek No", "Tetkik No",
    "Kensa Bango", "Kensa No", "Uketsuke Bango", "Uketsuke No", "Geomsa Beonho", "Jeopsu Beonho",
    "Jianchahao", "Jiancha Hao", "Shenqingdanhao",
)

# The study's date and time (PS3.6 Study Date, Study Time).
STUDY_DATE = (
    "Study Date", "Study Time", "Exam Date", "Exam Time", "Acq Date", "Acquisition Date", "Date", "Time",
    "Datum", "Untersuchungsdatum", "Unters Datum", "U Datum", "Uhrzeit", "Zeit",
    "Date d'examen", "Date examen", "Date de l'examen", "Date étude", "Heure",
    "Fecha", "Fecha estudio", "Fecha del estudio", "Fecha exploración", "Hora:",
    "Data esame", "Data:", "Ora:", "Data do exame", "Data exame",
    "Onderzoeksdatum", "Datum onderzoek", "Tijd", "Undersökningsdatum", "Us datum", "Tid",
    "Undersøkelsesdato", "Undersøgelsesdato", "Tutkimuspäivä", "Tutkimuspvm", "Pvm", "Aika:",
    "Data badania", "Godzina", "Tetkik Tarihi", "Çekim Tarihi", "Tarih", "Saat:",
    "Kensa bi", "Kensabi", "Kensa Hi", "Satsuei bi", "Satsueibi", "Jikoku",
    "Geomsa il", "Geomsail", "Sigan:", "Jiancha Riqi", "Riqi:", "Shijian:",
)
STUDY = STUDY_NUMBER + STUDY_DATE

# Who referred, performed, read or operated (PS3.6 Referring Physician's Name, Performing
# Physician's Name, Name of Physician(s) Reading Study, Operators' Name).
PHYSICIAN_EN = (
    "Dr", "Ref", "Ref Phys", "Ref Dr", "Referring", "Referring Physician", "Referrer", "Performing",
    "Performing Physician", "Performed by", "Reading", "Reading Physician", "Read by", "Reported by",
    "Reviewed by", "Signed by", "Dictated by", "Interpreted by", "Attending", "Physician", "Operator",
    "Operators", "Sonographer", "Technologist", "Tech", "Radiologist",
)
PHYSICIAN_INTL = (
    "Überweiser", "Zuweiser", "Einweiser", "Überw Arzt", "Anford Arzt", "Arzt", "Untersucher", "Befunder",
    "Radiologe", "MTRA", "MTA",
    "Médecin", "Médecin prescripteur", "Prescripteur", "Demandeur", "Radiologue", "Opérateur", "Manipulateur",
    "Échographiste",
    "Médico", "Médico remitente", "Médico solicitante", "Solicitante", "Remitente", "Radiólogo", "Operador",
    "Técnico", "Ecografista",
    "Medico inviante", "Inviante", "Richiedente", "Refertante", "Operatore", "Tecnico", "Radiologo",
    "Médico requisitante", "Requisitante", "Radiologista",
    "Verwijzer", "Aanvrager", "Verwijzend arts", "Laborant", "Radioloog", "Echografist", "Onderzoeker", "Arts:",
    "Remittent", "Läkare", "Remitterande läkare", "Undersökare", "Operatör", "Granskare",
    "Henvisende lege", "Henviser", "Rekvirent", "Radiograf", "Operatør", "Henvisende læge", "Lege:", "Læge:",
    "Lähettäjä", "Lähettävä lääkäri", "Lääkäri", "Tutkija", "Röntgenhoitaja", "Hoitaja",
    "Lekarz", "Lekarz kierujący", "Kierujący", "Zlecający", "Technik", "Opisujący",
    "Doktor:", "Isteyen Doktor", "Isteyen Hekim", "Gönderen", "Teknisyen", "Raporlayan", "Hekim:",
    "Iraii", "Irai i", "Irai Ishi", "Tantoi", "Tanto i", "Dokueii", "Gishi:",
    "Uiroeui", "Damdangui", "Pandogui", "Uisa:", "Gisa:",
    "Shenqing Yisheng", "Songjian Yisheng", "Baogao Yisheng", "Yisheng:", "Jishi:",
)

# The institution and department (PS3.6 Institution Name, Institutional Department Name): their
# labels are the head words of the names themselves ('Hospital', 'Klinik', 'Centro'), so only
# with a colon.
PLACE = (
    "Institution:", "Inst:", "Site:", "Facility:", "Hospital:", "Krankenhaus:", "Klinik:", "Klinikum:",
    "Einrichtung:", "Hôpital:", "Établissement:", "Centre:", "Centro:", "Ospedale:", "Struttura:",
    "Ziekenhuis:", "Instelling:", "Sjukhus:", "Sykehus:", "Sygehus:", "Sairaala:", "Szpital:", "Placówka:",
    "Hastane:", "Kurum:", "Byoin:", "Byouin:", "Shisetsu:", "Byeongwon:", "Gigwan:", "Yiyuan:",
    "Department:", "Dept:", "Abteilung:", "Abt:", "Station:", "Service:", "Servicio:", "Reparto:",
    "Servizio:", "Afdeling:", "Afd:", "Avdelning:", "Avdeling:", "Avd:", "Osasto:", "Oddział:", "Bölüm:",
)

# Telephone labels, as before (the telephone numbers are `patterns`').
PHONE = ("Tel", "Phone", "Ph", "Fax", "Telefax")  # a fax number is a phone number (HIPAA identifier (D))

NAME = NAME_EN + NAME_INTL
PHYSICIAN = PHYSICIAN_EN + PHYSICIAN_INTL
# The labels that introduce a person in the other languages: `names.LabelledNameRecognizer` reads
# a name after them as after its own English labels ('Naam: de Wit-Bakker, Femke', 'Kanja Mei:
# WATANABE YUKI', 'Untersucher: Dr. Anneliese Vogtmann').
PERSON_INTL = NAME_INTL + PHYSICIAN_INTL

_LETTER_VARIANTS = {"ø": "(?:ø|o|oe)", "æ": "(?:æ|ae|a)", "å": "(?:å|a|aa)", "ß": "(?:ß|ss)", "ı": "[ıiİ]",
                    "ł": "[łl]", "i": "[iıİ]", "°": "[°º˚o]", "º": "[°º˚o]", "'": "['\u2019]?"}


def _base(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0]


# Each plain letter's accented forms (Latin-1 and Latin Extended-A): OCR reads one accent for
# another ('Patiéntnr'), or none.
_ACCENTED: dict[str, str] = {}
for _c in map(chr, range(0xC0, 0x180)):
    if _c.isalpha() and _c.islower() and _base(_c) != _c and _base(_c).isascii():
        _ACCENTED[_base(_c)] = _ACCENTED.get(_base(_c), "") + _c


def _letter(ch: str, optional: bool) -> str:
    """A letter of a label: accented also as any accent of its plain letter or none ('ë' ->
    '[eèéêë...]'); in a long word (`optional`) an accented letter may be missing too: OCR drops
    a letter it cannot read ('Patintnr' for 'Patiëntnr')."""
    if ch in _LETTER_VARIANTS:
        out = _LETTER_VARIANTS[ch]
    elif _base(ch) != ch and _base(ch).isascii():
        out = f"[{_base(ch)}{_ACCENTED[_base(ch)]}]"
    else:
        return re.escape(ch)
    return f"(?:{out})?" if optional and ch not in "i'" else out


def _pattern(label: str) -> str:
    """The regular expression of one label (the module's conventions: words, points, accents)."""
    words = []
    for word in label.rstrip(":").lower().split(" "):
        optional = sum(c.isalpha() for c in word) >= 6
        out = []
        for ch in word:
            out.append(r"\.?" if ch == "." else _letter(ch, optional))
        words.append("".join(out))
    return r"[ \t./-]*".join(words)


def _alternation(labels: tuple[str, ...]) -> str:
    """One alternation of `labels`, the longest first ('Kanja Mei' before 'Kanja')."""
    unique = sorted(set(labels), key=lambda s: (-len(s), s))
    return "|".join(_pattern(s) for s in unique)


_ALL = NAME + BIRTH + SEX_AGE + ID + STUDY + PHYSICIAN + PLACE + PHONE
# Where a label ends: after a letter, no letter follows ('Nome' is not the start of 'Nomenclature';
# 'PatID' before '0004518827' ends at the digit); after a sign ('N°') anything may follow.
_END = r"(?:(?<=[^\W\d_])(?![^\W\d_])|(?<![^\W\d_]))"


def _label_words(labels: tuple[str, ...]) -> str:
    """The alternation of `labels`: those written with a colon need one after them."""
    bare = tuple(s for s in labels if not s.endswith(":"))
    colon = tuple(s for s in labels if s.endswith(":"))
    parts = [f"(?:{_alternation(bare)}){_END}"] if bare else []
    if colon:
        parts.append(rf"(?:{_alternation(colon)}){_END}(?=[ \t]*[:#])")
    return "|".join(parts)


# One label, anywhere: the words of `_ALL` (case and accents forgiven).
LABEL_WORDS = _label_words(_ALL)
# One label that introduces a person, in the other languages (`PERSON_INTL`).
PERSON_LABEL_WORDS = _label_words(PERSON_INTL)

# A label standing as words of their own in a line: after a space, a separator or the line's
# start, with its colon, '#' and points, ending where the word ends.
_LABEL_IN_TEXT = re.compile(rf"(?<![^\s^,;(\[|])(?:{LABEL_WORDS})[ \t]*[:#.]*(?=[\s^,;)\]|]|$)", re.IGNORECASE)


# Any word of letters ending in a colon, standing as a word of its own ('Çekim:', 'Hasta:',
# 'Befund:', 'Untersuchung:'): a label in whatever language, the value follows it. No name is
# written with a colon after it.
_COLON_LABEL = re.compile(r"(?<![^\s^,;(\[|])[^\W\d_][^\W\d_'\u2019.-]*:(?=[\s^,;)\]|]|$)")


def label_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every label in `text` that stands as words of its own ('Kanja Mei:',
    'Fecha nac.:', 'Geboortedatum:'), its colon included, and of every other word of letters
    ending in a colon (`_COLON_LABEL`: 'Çekim:')."""
    spans = [(m.start(), m.end()) for m in _LABEL_IN_TEXT.finditer(text) if m.end() > m.start()]
    spans += [(m.start(), m.end()) for m in _COLON_LABEL.finditer(text)
              if not any(a <= m.start() and m.end() <= b for a, b in spans)]  # not 'bi:' of 'Kensa bi:'
    return sorted(spans)


def without_labels(text: str) -> str:
    """`text` with each label (`label_spans`) blanked out by '#' (same length, so offsets hold):
    the words of a label are no name words ('TC Kimlik No:', 'Kanja Mei:')."""
    for a, b in label_spans(text):
        text = text[:a] + "#" * (b - a) + text[b:]
    return text


# -- the value after an identifier's label -------------------------------------------------------

LABELLED_NUMBER = "overlay-labelled-number"
LABELLED_NUMBER_SCORE = 0.7
# Labels of a patient's or an order's number the lists above lack (fix round 12), read by
# `labelled_numbers` only: the pathology and order numbers of a requisition (HL7 v2 ORC-2/OBR-2
# placer and filler order numbers, OBR specimen; 'Case', 'Req #', 'Specimen', 'Block'), the
# national health numbers (nz NHI, ca PHN (BC, AB, SK), au IHI, br Cartão SUS / CNS and RG,
# es TSI (tarjeta sanitaria individual), it tessera sanitaria, ch AHV / AVS (the Swiss
# social-security number, 756.XXXX.XXXX.XX), at SV-Nr., us MBI (Medicare Beneficiary
# Identifier)). Ordinary words ('Case', 'Order', 'Block', 'Specimen') need their colon or '#'.
ID_MORE = (
    "Case:", "Case No", "Case Nr", "Case Number", "Req:", "Req No", "Requisition", "Requisition No",
    "Requisition Number", "Order:", "Order No", "Order Nr", "Order Number", "Specimen:", "Specimen No",
    "Specimen ID", "Block:", "NHI", "NHI No", "PHN", "IHI", "Cartão SUS", "Cartão Nacional de Saúde", "SUS:",
    "RG:", "TSI", "Tarjeta sanitaria", "Tessera sanitaria", "AVS", "AVS No", "AHV Nr", "N AVS", "Sv Nr",
    "SV Nummer", "Versicherungsnummer", "MBI", "Cartella n",
)
# The words of a device and its parts, its software, and the counters of its images, in the
# banner's languages: a number after them ('Serial No. T5021823B', 'Art.-Nr. 123456782', 'Sonde
# Nr. 4471926', 'Image # 123456', 'Coil ID 943 476 5919') is the device's or the image's, not
# a patient's, whatever its shape or label. ISO 15223-1's symbol captions (REF catalogue number,
# LOT batch code, SN serial number) and their translations in the EU's language versions
# (de Artikelnummer, Bestellnummer, Seriennummer, Chargenbezeichnung; fr numéro de série,
# référence; es número de serie, lote; it numero di serie, matricola, lotto; nl serienummer,
# partij), software versions and builds, the parts of an imaging chain (probe, coil, detector,
# tube, imaging plate 'IP', cassette, channel, kernel) and image counters (frame, image, slice).
DEVICE_NUMBER_WORDS = (
    r"s/?n|ser|serial|serno|sernr|seriennr|seriennummer|serie|série|seriale|serienummer|esn|matricola"
    r"|part|p/?n|cat|catalog|catalogue|katalog|art|artikel|artikelnr|best|bestell|bestellnr|ref|référence"
    r"|referencia|riferimento|item|lot|lote|lotto|charge|partij|batch|kit|udi|gtin"
    r"|model|modell|modèle|modelo|modello|type|typ|tipo|ver|version|versión|versione|versão|build|rev"
    r"|release|sw|hw|fw|firmware|software|device|gerät|geraet|appareil|dispositivo|apparaat|equipo|system"
    r"|système|sistema|probe|sonde|sonda|transducer|schallkopf|coil|spule|bobine|bobina|spoel|detector"
    r"|detektor|détecteur|detettore|tube|röhre|roehre|tubo|plate|ip|cassette|kassette|casete|cassetta"
    r"|channel|kanal|canal|canale|kanaal|kernel|frame|frames|image|images|img|bild|slice|schicht|coupe"
    r"|corte|strato|anzahl|count|page|seite|phase|echo")
# A device word right before a number or its label ('Serial No. ', 'Art.-Nr. ', 'Coil ID ',
# 'Nº de serie: ', 'Image # '): the text before a value on its line ends so.
DEVICE_NUMBER_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{DEVICE_NUMBER_WORDS})(?![^\W\d_])"
    r"(?:[ \t./-]*(?:no|nr|num|nummer|number|n[°º˚o]|#|id)(?![^\W\d_]))?[\s:#./-]*$")
# A unit or a counted noun right after a number ('128 slices', '256 images', '123456782 Hz',
# '40 Bilder'): a measure or a count, no identifier.
# Units in their case ('M' after a number is the patient's sex, not metres), counted nouns in any.
UNIT_AFTER = (r"[ \t]?(?-i:mm|cm|µm|um|ms|s|sec|min|µs|us|Hz|kHz|MHz|kV|kVp|mA|mAs|mGy|Gy|cGy|mSv|Bq|MBq|kBq"
              r"|GBq|mCi|dB|bpm|px|%)(?![^\W\d_])"
              r"|[ \t]?(?i:pixels?|slices?|images?|imgs?|frames?|views?|series|phases?|echoes"
              r"|projections?|cycles?|beats?|counts?|cts|cps|Bilder|Schichten|coupes|cortes|immagini|strati"
              r"|beelden|plakken|obrazów|warstw)(?![^\W\d_])")
_UNIT_AFTER = re.compile(UNIT_AFTER)


def after_device_word(text: str, start: int) -> bool:
    """The text before `start` on its line ends with a device word and the number labels after
    it (`DEVICE_NUMBER_BEFORE`: 'Serial No. ', 'Kanal Nr. ', 'Detector ID: ')."""
    return bool(DEVICE_NUMBER_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start))


def unit_after(text: str, end: int) -> bool:
    """A unit or a counted noun follows `end` ('128 slices', '123456782 Hz')."""
    return bool(_UNIT_AFTER.match(text, end))


# Labels that say only 'number' ('N°', 'Nr', '#'): a value after them is an identifier only with
# six digits or more, as a long number alone is (`patterns`: 'long number'); English patient-ID
# and exam labels are the 'labelled id' and 'exam number' patterns'.
_GENERIC = frozenset({"N°", "Nr", "Num", "Number:", "#", "ID", "PID", "MRN", "MR #", "MR No", "Acc", "Acc #",
                      "Accession", "Accession No", "Accession Number", "Acc No", "Ex", "Exam", "Exam No", "Exam Nr",
                      "Exam Number", "Exam #", "Study", "Study No", "Study Nr", "Study Number", "Study ID",
                      "Study #"})
_NUMBER_LABELS = tuple(s for s in ID + STUDY_NUMBER + ID_MORE if s not in _GENERIC)
# Labels written as abbreviations in capitals ('NHC', 'KVNR', 'NHS No'): no ordinary word.
_ACRONYMS = tuple(s for s in _NUMBER_LABELS if s.rstrip(":").split(" ")[0].isupper())
_WORDS = tuple(s for s in _NUMBER_LABELS if s not in _ACRONYMS)
_NUMBER_LABEL = re.compile(rf"(?<![^\W\d_])(?:(?P<acronym>{_label_words(_ACRONYMS)})|{_label_words(_WORDS)})"
                           r"(?P<sep>[ \t]*[:#.]*)[ \t]*", re.IGNORECASE)
_GENERIC_LABEL = re.compile(rf"(?<![^\W\d_])(?:{_label_words(('N°', 'Nr', 'Num', '#'))})[ \t]*[:#.]*[ \t]*",
                            re.IGNORECASE)
# The labels of a patient's, an accession's or an exam's number whose value may have any shape of
# letters, digits and hyphens once a colon or '#' follows them: the label beats the value's look of
# a probe or model ('Exam No: C5-1A', 'ID: TRC-NW8', 'Accession: US-2024-0412', 'MRN: C1-6-D').
_STRONG_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:MRN|MR[ \t]?#|MR[ \t]?No|PID|ID|Patient[ \t]?ID|Pat[ \t.-]*ID"
    r"|Acc(?:ession)?(?:[ \t]?(?:No|#|Number))?|(?:Exam|Study)[ \t.]*(?:No|Nr|Number|#|ID))\.?[ \t]*[:#][ \t]*")
_SHAPED_VALUE = re.compile(r"(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z-])[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]"
                           r"(?![\w.,/-])")
# The value: letters, digits and the separators of record numbers ('0077213408', '040378-1235',
# 'RSSGLI76E48H501Q', 'VH-0077/15'), three digits or more, ending where the token ends; not a
# decimal or a value with a unit ('1.92', '5.8mm', '128 slices').
_VALUE = re.compile(rf"(?=(?:[A-Za-z/.-]*\d){{3}})[A-Za-z0-9][A-Za-z0-9/.-]*[A-Za-z0-9](?![\w.,/-])(?!{UNIT_AFTER})")
# More groups of digits of one number written with spaces ('PHN: 9123 456 789', 'Cartão SUS:
# 898 0012 3456 7890', 'Sv.Nr.: 1234 010180'), after a label with its colon.
_MORE_GROUPS = re.compile(rf"(?:[ \t]\d{{3,}}(?![\w.,/-])(?!{UNIT_AFTER}))+")
_DECIMAL = re.compile(r"\d{1,4}[.,]\d{1,3}")


def labelled_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each identifier after an identifier's label of the banner, in any language
    (`ID`, `STUDY_NUMBER`, `ID_MORE`: 'Patiëntnr: 8833104', 'Cod.Fisc. RSSMRA85T10A562S', 'Kanja ID:
    0077213408', 'NºHist.:004471926', 'Pers.nr 040378-1235', 'PHN: 9123 456 789'), on the label's
    line, the label left out; after a label that says only 'number' ('N°', 'Nr') six digits or
    more; after a strong label and its colon any value of letters, digits and hyphens
    (`_STRONG_LABEL`). Never after a device word ('Sonde Nr.', 'Detector ID:':
    `DEVICE_NUMBER_BEFORE`); an ordinary word without its colon ('Hist 256', 'Dossier 2024')
    labels no number of four digits or fewer."""
    out = []
    for pattern, digits in ((_NUMBER_LABEL, 3), (_GENERIC_LABEL, 6)):
        for label in pattern.finditer(text):
            value = _VALUE.match(text, label.end())
            if value is None or _DECIMAL.fullmatch(value.group(0)) \
                    or sum(c.isdigit() for c in value.group(0)) < digits or after_device_word(text, label.start()):
                continue
            end = value.end()
            if pattern is _NUMBER_LABEL:
                colon = re.search("[:#]", label.group("sep"))
                if not colon and label.group("acronym") is None and value.group(0).isdigit() \
                        and len(value.group(0)) <= 4:
                    continue  # 'Hist 256', 'Dossier 2024': a word and a count or a year
                more = _MORE_GROUPS.match(text, end) if colon and value.group(0).isdigit() else None
                end = more.end() if more else end
            out.append((value.start(), end))
    for label in _STRONG_LABEL.finditer(text):
        value = _SHAPED_VALUE.match(text, label.end())
        if value is not None and len(value.group(0)) >= 3 and not after_device_word(text, label.start()):
            out.append((value.start(), value.end()))
    return sorted(set(out))


class LabelledNumberRecognizer(EntityRecognizer):
    """ID: the value after a patient-identifier or accession label (`labelled_numbers`); the
    label itself is never part of the result."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ID"], name=LABELLED_NUMBER, supported_language="en")

    def load(self) -> None:  # nothing to load: rules only
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if entities and "ID" not in entities:
            return []
        return [RecognizerResult("ID", a, b, LABELLED_NUMBER_SCORE) for a, b in labelled_numbers(text)]
