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
word) ends in ':' here: it is a label only with a colon (or '#') after it in the text.
"""

from __future__ import annotations

import re
import unicodedata

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
    "DOB", "D O B", "Birth Date", "Date of Birth", "Birthdate", "Birth", "Born", "BD:",
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

# The study's numbers, date and time (PS3.6 Accession Number, Study ID, Study Date, Study Time).
STUDY = (
    "Acc", "Acc #", "Accession", "Accession No", "Accession Number", "Acc No", "Ex", "Exam", "Exam No",
    "Exam Nr", "Exam Number", "Exam #", "Study", "Study No", "Study Nr", "Study Number", "Study ID", "Study #",
    "Study Date", "Study Time", "Exam Date", "Exam Time", "Acq Date", "Acquisition Date", "Date", "Time",
    "Auftrags Nr", "Auftragsnummer", "Anf Nr", "Anforderungsnummer", "Untersuchungs Nr", "Unters Nr",
    "Datum", "Untersuchungsdatum", "Unters Datum", "U Datum", "Uhrzeit", "Zeit",
    "N° examen", "Numéro d'examen", "N° d'examen", "N° accès", "Date d'examen", "Date examen",
    "Date de l'examen", "Date étude", "Heure",
    "Nº acceso", "Nº de acceso", "Nº petición", "Petición", "Nº estudio", "Fecha", "Fecha estudio",
    "Fecha del estudio", "Fecha exploración", "Hora",
    "N accesso", "Accesso", "Nº esame", "Data esame", "Data", "Ora:",
    "Nº requisição", "Requisição", "Data do exame", "Data exame",
    "Accessienummer", "Onderzoeksnummer", "Aanvraagnummer", "Onderzoeksdatum", "Datum onderzoek", "Tijd",
    "Remissnr", "Remissnummer", "Undersökningsdatum", "Us datum", "Tid",
    "Rekvisisjonsnr", "Rekvisitionsnr", "Henvisningsnr", "Undersøkelsesdato", "Undersøgelsesdato",
    "Tutkimusnumero", "Pyyntönumero", "Tutkimuspäivä", "Tutkimuspvm", "Pvm", "Aika:",
    "Nr badania", "Nr zlecenia", "Data badania", "Godzina",
    "Erişim No", "Istek No", "Tetkik No", "Tetkik Tarihi", "Çekim Tarihi", "Tarih", "Saat:",
    "Kensa bi", "Kensabi", "Kensa Hi", "Kensa Bango", "Kensa No", "Uketsuke Bango", "Uketsuke No",
    "Satsuei bi", "Satsueibi", "Jikoku",
    "Geomsa il", "Geomsail", "Geomsa Beonho", "Jeopsu Beonho", "Sigan:",
    "Jiancha Riqi", "Jianchahao", "Jiancha Hao", "Shenqingdanhao", "Riqi:", "Shijian:",
)

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
    "Doktor", "Isteyen Doktor", "Isteyen Hekim", "Gönderen", "Teknisyen", "Raporlayan", "Hekim:",
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
PHONE = ("Tel", "Phone", "Ph")

NAME = NAME_EN + NAME_INTL
PHYSICIAN = PHYSICIAN_EN + PHYSICIAN_INTL
# The labels that introduce a person in the other languages: `names.LabelledNameRecognizer` reads
# a name after them as after its own English labels ('Naam: de Wit-Bakker, Femke', 'Kanja Mei:
# WATANABE YUKI', 'Untersucher: Dr. Anneliese Vogtmann').
PERSON_INTL = NAME_INTL + PHYSICIAN_INTL

_LETTER_VARIANTS = {"ø": "(?:ø|o|oe)", "æ": "(?:æ|ae|a)", "å": "(?:å|a|aa)", "ß": "(?:ß|ss)", "ı": "[ıiİ]",
                    "ł": "[łl]", "i": "[iıİ]", "°": "[°º˚o]", "º": "[°º˚o]", "'": "['\u2019]?"}


def _letter(ch: str) -> str:
    """A letter of a label: accented also as its plain letter ('ë' -> '[ëe]')."""
    if ch in _LETTER_VARIANTS:
        return _LETTER_VARIANTS[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    if base != ch and base.isascii():
        return f"[{ch}{base}]"
    return re.escape(ch)


def _pattern(label: str) -> str:
    """The regular expression of one label (the module's conventions: words, points, accents)."""
    words = []
    for word in label.rstrip(":").lower().split(" "):
        out = []
        for ch in word:
            out.append(r"\.?" if ch == "." else _letter(ch))
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


def label_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every label in `text` that stands as words of its own ('Kanja Mei:',
    'Fecha nac.:', 'Geboortedatum:'), its colon included."""
    return [(m.start(), m.end()) for m in _LABEL_IN_TEXT.finditer(text) if m.end() > m.start()]
