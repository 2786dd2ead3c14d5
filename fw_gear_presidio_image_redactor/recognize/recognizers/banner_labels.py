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

Fix round 28 adds the banner's labels in Estonian, Latvian, Lithuanian, Irish and Maltese (the EU
languages the lists lacked); Bulgarian, Russian, Ukrainian, Belarusian, Serbian and Macedonian in
Cyrillic and in the Latin transliteration Latin-only devices print (BGN/PCGN, the Ukrainian and
Russian passport romanisations: 'Likar', 'Vrach', 'Data narodzhennya', 'Nomer karty'), Albanian;
Malay and Indonesian, Tagalog, Vietnamese, Swahili, Afrikaans, Icelandic, Azerbaijani, Kazakh and
Uzbek; and the commonest Arabic, Hindi/Urdu, Bengali and Persian labels transliterated ('Tarikh
al-milad', 'Janm tithi', 'Pezeshk'); the national identifiers under their names (ee isikukood, lv
personas kods, lt asmens kodas, ie PPSN, bg ЕГН, ru СНИЛС, uk РНОКПП, mk ЕМБГ, my MyKad and No. K/P,
id NIK and No. RM, ph PhilHealth PIN, vn CCCD, is kennitala, kz ИИН, uz JShShIR/PINFL, ir kod-e melli,
in UHID); and who assessed, verified, approved or reported ('Hinnanud', 'Verified by', 'Validé
par'). Sources: Wiktionary's translations of name, surname, date of birth, sex, age, doctor, user,
the national registers' names of the identifiers, and the localised interfaces of the vendors.
Short words that are also names or ordinary words ('Jina', 'Van', 'Tabib', 'Pol', 'Nama', 'Am')
need their colon, as above.

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
from collections.abc import Callable
from itertools import pairwise

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
    # cs, sk
    "Jméno", "Příjmení", "Jméno pacienta", "Jméno a příjmení", "Příjmení a jméno", "Pacient:", "Pacientka:",
    "Meno:", "Priezvisko", "Meno pacienta", "Meno a priezvisko", "Priezvisko a meno",
    # hu
    "Név:", "Beteg neve", "Betegnév", "Páciens neve", "Vezetéknév", "Keresztnév", "Utónév", "Beteg:", "Páciens:",
    # ro
    "Nume", "Prenume", "Nume pacient", "Numele pacientului", "Nume și prenume", "Nume prenume",
    # el, and its romanisation (ELOT 743)
    "Όνομα", "Επώνυμο", "Ονοματεπώνυμο", "Ασθενής:", "Onoma", "Eponymo", "Eponimo", "Onomateponymo", "Asthenis:",
    # hr, sr, bs, sl
    "Ime:", "Prezime", "Ime i prezime", "Prezime i ime", "Ime pacijenta", "Ime bolesnika", "Pacijent:", "Bolesnik:",
    "Priimek", "Ime in priimek",
    "Kanja Mei", "Kanjamei", "Kanja Shimei", "Shimei:", "Kanja:", "Hwanjamyeong", "Hwanja Myeong",
    "Seongmyeong:", "Ireum:", "Hwanja:", "Xingming:", "Huanzhe Xingming", "Huanzhe:", "Bingren:",
    # The round-28 languages (see the module's docstring for the list and the sources): et, lv, lt, ga, mt
    "Patsiendi nimi", "Perekonnanimi", "Eesnimi", "Uzvārds", "Vārds uzvārds",
    "Pacienta vārds", "Pavardė", "Vardas pavardė", "Vardas ir pavardė", "Paciento vardas",
    "Sloinne", "Ainm an othair", "Kunjom",
    "Isem tal pazjent",
    # bg, ru, uk, be, sr, mk in Cyrillic and as Latin-only devices transliterate them (ISO 9 / BGN-PCGN /
    # the national passport romanisations), sq
    "Фамилия", "Име на пациента", "ФИО", "Ф И О", "Отчество",
    "Прізвище", "По батькові", "ПІБ", "Прозвішча",
    "Презиме", "Familiya", "Familija", "Otchestvo",
    "Prizvyshche", "Prizvishche", "Prizvyshe", "Imya ta prizvyshche",
    "Po batkovi",
    "Prozvishcha", "Mbiemri", "Emri dhe mbiemri", "Emri i pacientit",
    # ms/id, tl, vi, sw, af, is, az, kk, uz
    "Nama pesakit", "Nama pasien", "Nama penuh", "Nama lengkap", "Pangalan",
    "Buong pangalan", "Pangalan ng pasyente", "Apelyido", "Họ tên", "Họ và tên",
    "Tên bệnh nhân", "Jina la mgonjwa", "Jina la ukoo", "Voorname",
    "Pasiëntnaam", "Nafn", "Nafn sjúklings", "Soyad", "Ata adı",
    "Xəstənin adı", "Аты жөні", "Aty zhoni", "Aty joni", "Тегі", "Familiyasi",
    # ar, hi/ur, bn, fa, am, ha, yo, zu, th, km, my, mn, ka, hy (Latin transliteration)
    "Al ism", "Ism al marid", "Rogir nam", "Nam e bimar",
    "Nam khanevadegi", "Ye tekami sim", "Sunan mara lafiya",
    "Chue sakun",
    "Sakheli", "Gvari", "Azganun",
)

# Date of birth (PS3.6 Patient's Birth Date).
BIRTH = (
    "DOB", "D O B", "Birth Date", "Date of Birth", "Birthdate", "Birth", "Born:", "BD:",
    "Geb", "Geb Dat", "Geb Datum", "Geburtsdatum", "Geboren",
    "Né le", "Née le", "Né(e) le", "Né(e)", "Date de naissance", "Date naiss", "DDN", "Naissance",
    "Fecha nac", "F nac", "Fecha de nacimiento", "Fecha nacimiento", "F Nacim", "Nacimiento",
    "Data di nascita", "Data nascita", "Data nasc", "Nato il", "Nata il", "Nascita",
    # fix round 30 (review 17 A: 'nato/a il 05/11/1944'): the participle with both genders' endings, as
    # forms write it before a date ('nato/a il', 'nacido/a el', 'nascido/a em'; a slash reads as a space
    # here), and the participle with its preposition in es, pt, de, da/no, en (the languages' grammars:
    # the date follows 'el', 'em', 'am', 'den', 'on')
    "Nato a il", "Nata o il", "Nato a", "Nata o", "Nacido el", "Nacida el", "Nacido a el", "Nacida o el",
    "Nacido a", "Nacida o", "Nascido em", "Nascida em", "Nascido a em", "Nascida o em", "Nascido a",
    "Geboren am", "Geb am", "Født den", "Født d", "Born on",
    "Data de nascimento", "Data nascimento", "D Nasc", "Nascimento:",
    # the short forms Brazilian, Portuguese, Italian and Spanish forms print ('Nasc.:', 'Dt. Nasc.:',
    # 'Dt Nasc', 'Fec. Nac.:', 'Nac.:': the abbreviations of nascimento, nascita, nacimiento in the
    # VOLP's and RAE's lists of abbreviations), with their colon where the word is short
    "Nasc", "Dt Nasc", "Dt de Nasc", "Fec Nac", "Fec nacim", "Nac:",
    "Geboortedatum", "Geb datum", "Geboren op",
    "Födelsedatum", "Född", "Fødselsdato", "Født", "Fødselsdag",
    "Syntymäaika", "Syntymäpäivä", "Syntynyt", "Synt",
    "Data ur", "Data urodzenia", "Ur:",
    "Doğum Tarihi", "D Tarihi", "Doğum T", "Doğum",
    # fix round 31 (review 17 B): the short forms Turkish banners print for doğum tarihi (TDK's list of
    # abbreviations: doğ. 'doğum', tar. 'tarih'): 'D.T.:', 'Doğ. Tar.', 'Doğ. T.', 'D. Tarihi'; the
    # two-letter one with its colon ('DT' alone is also a device's delay time)
    "D T:", "Doğ Tar", "Doğ Tarihi", "Doğ T:", "Doğum Tar", "Dog Tar",
    "Datum narození", "Dat nar", "Narozen", "Narozena", "Nar:", "Dátum narodenia", "Dát nar", "Narodený",
    "Narodená", "Születési dátum", "Születési idő", "Szül dátum", "Szül idő", "Szül", "Született",
    "Data nașterii", "Născut", "Născută", "Ημερομηνία γέννησης", "Ημ γέννησης", "Imerominia gennisis",
    "Datum rođenja", "Dat rođ", "Rođen", "Rođena", "Datum rojstva", "Rojen", "Rojena",
    "Seinengappi", "Seinen Gappi", "Seinengapi", "Saengnyeonwoil", "Saengnyeonworil", "Saengil:",
    "Chusheng Riqi", "Chusheng Nianyue", "Shengri:",
    # et, lv, lt, ga, mt
    "Sünniaeg", "Sünnikuupäev", "Dzimšanas datums", "Dzim dat", "Dz dat", "Gimimo data", "Gim data",
    "Gimęs", "Gimusi", "Dáta breithe", "Data tat twelid",
    # bg, ru, uk, be, sr, mk, sq
    "Дата на раждане", "Роден", "Родена", "Дата рождения", "Дата народження", "Дата нараджэння",
    "Датум рођења", "Датум на раѓање", "Data na razhdane", "Data rozhdeniya", "Data rozhdenia",
    "Data rozhd", "Data rozhdenija", "Data narodzhennya", "Data narodzhennia", "Data narodzhenia",
    "Data narodzh", "Data naradzhennya", "Datum na raganje", "Datum na ragjanje", "Datëlindja", "Data e lindjes",
    "Ditëlindja",
    # ms/id, tl, vi, sw, af, is, az, kk, uz
    "Tarikh lahir", "Tkh lahir", "T lahir", "Tanggal lahir", "Tgl lahir", "Tempat tgl lahir", "Kaarawan",
    "Petsa ng kapanganakan", "Araw ng kapanganakan", "Ngày sinh", "Năm sinh", "Tarehe ya kuzaliwa",
    "Gebore", "Geboortedatum", "Fæðingardagur", "Fæðingard", "Fæddur", "Doğum tarixi", "Туған күні",
    "Tugan kuni", "Tuǵan kúni", "Tug'ilgan sana", "Tugilgan sana", "Tug'ilgan kun",
    # ar, hi/ur, bn, fa, sw (Latin transliteration)
    "Tarikh al milad", "Tarikh al wilada", "Janm tithi", "Janam tithi", "Janm tarikh", "Tarikh e paidaish",
    "Tarikh tavallod", "Tarikh e tavallod", "Jonmo tarikh",
    # ha, yo, zu, th, mn, ka, hy
    "Ranar haihuwa", "Ojo ibi", "Ọjọ ibi", "Usuku lokuzalwa", "Wan koet", "Wan kert", "Tursun ognoo",
    "Törsön ognoo", "Dabadebis tarighi", "Dabadebis tarigi", "Tsnndyan amsativ", "Tsnnd amsativ",
)

# Sex and age (PS3.6 Patient's Sex, Patient's Age).
SEX_AGE = (
    "Sex", "Gender", "Geschlecht", "Sexe", "Sexo", "Sesso", "Geslacht", "Kön:", "Kjønn", "Køn:", "Sukupuoli",
    "Płeć", "Cinsiyet", "Seibetsu", "Seibetu", "Seongbyeol", "Xingbie:",
    "Pohlaví", "Pohlavie", "Nem:", "Neme:", "Φύλο", "Fylo:", "Spol:",
    "Age", "Alter:", "Âge", "Edad", "Età:", "Idade", "Leeftijd", "Ålder:", "Alder:", "Ikä:", "Wiek", "Yaş",
    "Nenrei", "Nai:", "Nianling:",
    # et, lv, lt, ga, mt, bg, ru, uk, be, sr, mk, sq (and their transliteration)
    "Dzimums", "Vecums", "Lytis", "Amžius", "Inscne", "Gnéas",
    "Възраст", "Возраст", "Узрост", "Старост", "Vazrast", "Vozrast",
    "Uzrost", "Gjinia",
    # ms/id, tl, vi, sw, af, is, az, kk, uz, ar, hi, fa
    "Jantina", "Jenis kelamin", "Kasarian", "Giới tính", "Jinsia", "Geslag",
    "Ouderdom", "Jynysy", "Zhynysy", "Al jins",
    "Al umr", "Jensiat",
    # ha, yo, zu, th, mn, ka, hy
    "Ojo ori", "Ubulili", "Sqesi",
    "Věk:", "Vek:", "Kor:", "Életkor", "Vârsta", "Vârstă", "Ηλικία", "Ilikia", "Starost",
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
    # fix round 35: the Belgian national register number under its names (INSZ / NISS, the social security
    # identification number of the Kruispuntbank; rijksregisternummer / numéro de registre national)
    "INSZ", "NISS", "Rijksregisternr", "Rijksregisternummer", "Registre national", "N° registre national",
    "Personnummer", "Pers nr", "Personnr", "PNR", "Journalnr", "Journalnummer",
    "Fødselsnummer", "Fnr", "F nr", "Pasientnr", "Pasient ID", "CPR", "CPR nr", "Patientnr",
    "Henkilötunnus", "Hetu", "Potilasnumero", "Potilas ID",
    "PESEL", "Nr pacjenta", "Nr karty", "Nr historii", "ID pacjenta",
    "TC Kimlik No", "TC Kimlik", "TC No", "TCKN", "Kimlik No", "Hasta No", "Dosya No", "Protokol No", "Hasta ID",
    "Rodné číslo", "Rodné č", "RČ:", "Číslo pojištěnce", "Č pojištěnce", "Číslo pacienta", "Č pacienta",
    "Číslo poistenca", "Č poistenca", "TAJ", "TAJ szám", "TAJ sz", "Betegazonosító", "Beteg azonosító",
    "Azonosító", "Törzsszám", "Kórlapszám", "CNP", "Cod pacient", "Nr foaie observație", "Nr FO", "FO:",
    "Nr fișă", "ΑΜΚΑ", "AMKA", "Αρ Μητρώου", "Ar Mitroou", "OIB", "MBO", "JMBG", "EMŠO", "ZZZS",
    "Broj kartona", "Matični broj", "Broj pacijenta", "Broj povijesti bolesti",
    "Protocollo n", "N prot", "Prot n", "Prot nr", "Protokoll Nr", "Protokollnummer", "Nº protocolo",
    "Registro clínico", "Nº registro", "Nº de registro", "Registro n",
    "Kanja ID", "Kanja Bango", "Kanja No", "Karte No", "Karute No",
    "Hwanja ID", "Hwanja Beonho", "Deungnok Beonho", "Deungnokbeonho", "Jumin Beonho",
    "Binglihao", "Bingli Hao", "Zhuyuanhao", "Zhuyuan Hao", "Menzhenhao", "Menzhen Hao", "Huanzhe ID",
    # et, lv, lt, ga, mt: the personal codes (isikukood, personas kods, asmens kodas, PPS number,
    # Maltese ID card) and the record's number
    "Isikukood", "Haigusloo nr", "Patsiendi ID", "Personas kods", "Pers kods", "Slimības vēsture",
    "Asmens kodas", "Ligos istorijos nr", "Kortelės nr", "Uimhir PPS", "PPSN", "Numru tal karta", "Karta ID",
    # bg ЕГН, ru СНИЛС / полис / № медицинской карты, uk РНОКПП / № картки, mk ЕМБГ, sq numri personal; and
    # their transliteration
    "ЕГН", "EGN", "СНИЛС", "SNILS", "Полис", "Номер карты", "№ карты", "Медкарта", "Номер картки", "№ картки",
    "Нумар карты", "ЕМБГ", "EMBG", "Nomer karty", "Nomer kartky", "Nomer kartki", "Nomer medkarty", "Medkarta",
    "Numar karty", "Karta Nr", "RNOKPP", "Numri personal", "Nr personal",
    # ms/id (MyKad, NIK, No. RM), tl (PhilHealth PIN), vi (Mã BN, CCCD), sw, af, is (kennitala), az (FIN),
    # kk (ИИН / ЖСН), uz (JShShIR / PINFL), ar, hi (UHID, CR No), fa (kod-e melli)
    "No K/P", "No KP", "No kad pengenalan", "MyKad", "No pendaftaran", "No MRN", "No RM", "No rekam medis",
    "Nomor rekam medis", "PhilHealth PIN", "PhilHealth No", "Mã BN", "Mã bệnh nhân", "Mã y tế", "Số hồ sơ",
    "CCCD", "Số CCCD", "Namba ya mgonjwa", "Nambari ya mgonjwa", "Namba ya faili", "ID nommer", "ID nr",
    "Pasiëntnommer", "Lêernommer", "Kennitala", "ИИН", "IIN", "ЖСН", "JShShIR", "JSHSHIR", "PINFL",
    "Raqm al malaf", "Raqm al marid", "Raqm al hawiya", "UHID", "Kod melli", "Kod e melli",
    "Shomare parvande",
    # National person numbers under their own names (fix round 17): de Steuer-ID / IdNr (§ 139b AO),
    # zh 身份证 romanised (Shenfenzheng), es-MX CURP and RFC (RENAPO, SAT), ja My Number (Kojin Bango),
    # he Teudat Zehut, en-SG NRIC, en-CA SIN and fr-CA NAS (with their colon: 'sin' is also a sine).
    "Steuer ID", "Steuer IdNr", "Steuer Nr", "Steuernummer", "IdNr", "Shenfenzheng", "Shenfen Zheng",
    "Shenfenzheng Hao", "CURP", "RFC", "My Number", "Kojin Bango", "Teudat Zehut", "NRIC", "SIN:", "NAS:",
    # The patient word cut short before ID or Nr in the banner's languages (no/da Pas. of pasient,
    # es/pl/pt/ro Pac. of paciente/pacjent/pacient, it Paz./Pz. of paziente, fr/de Pat. as above): a
    # value glued after them keeps its letters ('Pas.ID: NO55018273': 'NO' is the value's, not 'No').
    "Pas ID", "Pas nr", "Pac ID", "Pac nr", "Paz ID", "Pz ID", "Pac Nº", "Paz N",
    # Fix round 37 (review 20 A: 'Pront. 2231907', 'Aadhaar 4821 3075 6299', 'BARCODE BS2023-117745', each
    # label read by the model as a place, a person, an organisation): pt-BR 'Pront.' (prontuário, the
    # hospital's record number, as Brazilian forms cut it short; 'Prontuário' is above), in the Aadhaar
    # number (UIDAI, the 12-digit resident identity number, 'Aadhar' as often spelt), the ABHA number
    # (Ayushman Bharat Health Account, National Health Authority; not the hospital's 'IP No.', which is
    # also an imaging plate's number); the breast-screening invitation's barcode (the round's
    # sticker, which the screening programme files the woman's images under: NHS BSP, Kreftregisteret's
    # Mammografiprogrammet) in en, no/da (strekkode / stregkode), sv (streckkod), de (Strichcode).
    "Pront", "Pront nº", "Nº Pront", "Aadhaar", "Aadhaar No", "Aadhar", "Aadhar No", "ABHA", "ABHA No",
    "ABHA ID", "Barcode", "Bar code", "Strekkode", "Stregkode", "Streckkod", "Strichcode",
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
    "Číslo vyšetření", "Č vyšetření", "Číslo žádanky", "Číslo vyšetrenia", "Č vyšetrenia", "Vizsgálati szám",
    "Vizsgálatszám", "Kérőlap szám", "Nr examinare", "Nr înregistrare", "Broj pretrage", "Broj uputnice",
    "Kensa Bango", "Kensa No", "Uketsuke Bango", "Uketsuke No", "Geomsa Beonho", "Jeopsu Beonho",
    "Jianchahao", "Jiancha Hao", "Shenqingdanhao",
    # The exam's number as one word with its number word cut to 'nr', 'nro', 'nº' (fix round 17: nl
    # onderzoeksnummer, de Untersuchungsnummer, da undersøgelsesnummer, no undersøkelsesnummer, sv
    # undersökningsnummer, fi tutkimusnumero, it numero d'esame, pt número do exame, es número de estudio).
    "Onderzoeksnr", "Onderzoek nr", "Untersuchungsnr", "Untersuchungsnummer", "Undersøgelsesnr",
    "Undersøgelsesnummer", "Undersøkelsesnr", "Undersøkelsesnummer", "Undersökningsnr", "Undersökningsnummer",
    "Tutkimusnro", "Tutkimusnr", "N esame", "Nr esame", "Numero esame", "N esame", "Nº exame", "Nº do exame",
    "Número do exame", "Nº de estudio", "Número de estudio", "Número de examen", "Nº examen", "Studienr",
    "Studiennummer", "Numer badania",
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
    "Datum vyšetření", "Datum vyšetrenia", "Dátum vyšetrenia", "Čas:", "Vizsgálat dátuma", "Dátum", "Idő:",
    "Data examinării", "Ora examinării", "Ημερομηνία", "Imerominia", "Datum pretrage", "Vrijeme", "Vreme:",
    "Datum preiskave", "Čas preiskave",
    "Kensa bi", "Kensabi", "Kensa Hi", "Satsuei bi", "Satsueibi", "Jikoku",
    "Geomsa il", "Geomsail", "Sigan:", "Jiancha Riqi", "Riqi:", "Shijian:",
    # et, lv, lt, ga, mt
    "Kuupäev", "Uuringu kuupäev", "Datums", "Izmeklējuma datums", "Tyrimo data",
    "Dáta an scrúdaithe",
    # bg, ru, uk, be, sr, mk, sq (and their transliteration)
    "Дата на изследване", "Дата исследования", "Дата дослідження", "Дата даследавання",
    "Data issledovaniya", "Data issledovania", "Data doslidzhennya",
    "Data doslidzhennia", "Data daslyedavannya", "Data na izsledvane", "Data e ekzaminimit",
    # ms/id, tl, vi, sw, af, is, az, kk, uz
    "Tarikh imbasan", "Tarikh pemeriksaan", "Tgl periksa",
    "Tanggal pemeriksaan", "Ngày chụp", "Ngày khám",
    "Dagsetning", "Müayinə tarixi",
    # ar, hi/ur, fa (Latin transliteration)
    "Al tarikh", "Al waqt", "Dinank", "Tarikh e moayene",
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
    # fix round 35 (review 19 A, a Norwegian CT: 'Henv. lege O. Berg'): the referrer's label cut short as
    # no/da forms print it ('henv.', Norsk riksmålsordbok and Den Danske Ordbog: henvisende, henvist;
    # 'rekv.' of rekvirerende), alone or before lege/læge, and 'henvist av/af' (referred by)
    "Henv", "Henv lege", "Henv læge", "Henvist av", "Henvist af", "Rekv lege", "Rekv læge", "Rekv:",
    "Lähettäjä", "Lähettävä lääkäri", "Lääkäri", "Tutkija", "Röntgenhoitaja", "Hoitaja",
    "Lekarz", "Lekarz kierujący", "Kierujący", "Zlecający", "Technik", "Opisujący",
    "Doktor:", "Isteyen Doktor", "Isteyen Hekim", "Gönderen", "Teknisyen", "Raporlayan", "Hekim:",
    "Iraii", "Irai i", "Irai Ishi", "Tantoi", "Tanto i", "Dokueii", "Gishi:",
    "Uiroeui", "Damdangui", "Pandogui", "Uisa:", "Gisa:",
    "Shenqing Yisheng", "Songjian Yisheng", "Baogao Yisheng", "Yisheng:", "Jishi:",
    # the feminine forms (de, fr, it, es, pt, pl, cs, sk)
    "Ärztin", "Untersucherin", "Befunderin", "Radiologin", "Zuweiserin", "Überweiserin", "Opératrice",
    "Manipulatrice", "Radiologa", "Operatrice", "Radióloga", "Operadora", "Médica:", "Lekarka", "Lékařka",
    "Lekárka",
    # cs, sk
    "Lékař", "Odesílající lékař", "Ošetřující lékař", "Indikující lékař", "Žádající lékař", "Vyšetřující lékař",
    "Vyšetřil", "Vyšetřila", "Popsal", "Popsala", "Obsluha:", "Radiolog", "Lekár", "Odosielajúci lekár",
    "Ošetrujúci lekár", "Vyšetril", "Vyšetrila", "Popísal", "Rádiológ",
    # hu
    "Orvos", "Kezelőorvos", "Beküldő orvos", "Beutaló orvos", "Beküldő", "Beutaló", "Vizsgáló orvos",
    "Vizsgálóorvos", "Leletező orvos", "Radiológus", "Asszisztens", "Operátor",
    # ro
    "Medic:", "Medic trimițător", "Medic curant", "Medic radiolog", "Trimis de", "Asistent:",
    # el, and its romanisation
    "Ιατρός", "Γιατρός", "Παραπέμπων ιατρός", "Χειριστής", "Iatros", "Giatros",
    # hr, sr, bs, sl
    "Liječnik", "Lekar", "Uputni liječnik", "Uputio", "Tehničar", "Radiološki tehnolog", "Zdravnik",
    "Napotni zdravnik", "Radiološki inženir",
    # pl
    "Wykonał", "Wykonała", "Opisał", "Opisała", "Zlecił", "Zleciła",
    # et, lv, lt, ga, mt (the doctor, the referrer, the radiologist)
    "Raviarst", "Suunaja", "Suunav arst", "Radioloog", "Ārsts", "Nosūtītājs", "Nosūtītājārsts",
    "Radiologs", "Gydytojas", "Gydytoja", "Siuntęs gydytojas", "Radiologas", "Radiologė", "Dochtúir",
    "Raideolaí", "Radjologu",
    # bg, ru, uk, be, sr, mk, sq in Cyrillic and transliterated (Likar, Vrach, Napravyv)
    "Лекар", "Лікар", "Лікарка", "Врач", "Урач", "Изпращащ лекар", "Лечащий врач", "Направил",
    "Направила", "Направив", "Направила", "Рентгенолог", "Лаборант", "Врач рентгенолог", "Лікар рентгенолог",
    # the technologist and the operator (DICOM Operators' Name (0008,1070)) as Russian, Ukrainian and
    # Bulgarian consoles print them: ru/uk Оператор, Рентгенолаборант(ка), Рентгенлаборант, Лаборантка,
    # bg Рентгенов лаборант
    "Оператор", "Рентгенолаборант", "Рентгенолаборантка", "Рентгенлаборант", "Лаборантка",
    "Рентгенов лаборант",
    # who performed the study (Performing Physician's Name (0008,1050)): ru Исследовал(а), Выполнил(а),
    # uk Виконав, Виконала, bg Изследвал(а)
    "Исследовал", "Исследовала", "Выполнил", "Выполнила", "Виконав", "Виконала", "Изследвал", "Изследвала",
    "Likarka", "Likar rentgenolog", "Likuyuchyi likar", "Napravyv", "Napravyla",
    "Vrach rentgenolog", "Lechashchiy vrach", "Napravil", "Napravila", "Rentgenolog", "Mjeku",
    "Mjeku referues", "Radiologu", "Mjekja",
    # ms/id, tl, vi, sw, af, is, az, kk, uz, ar, hi, fa
    "Pakar radiologi", "Pegawai perubatan", "Juru X ray", "Juru radiografi", "Dokter", "Dokter pengirim",
    "Dokter perujuk", "Radiografer", "Pemeriksa", "Manggagamot", "Tekniko", "Bác sĩ", "Bác sĩ chỉ định",
    "Kỹ thuật viên", "Daktari", "Mtaalamu wa radiolojia", "Geneesheer", "Verwysende dokter", "Radiograaf",
    "Læknir", "Tilvísandi læknir", "Röntgenlæknir", "Geislafræðingur", "Radioloq", "Дәрігер",
    "Dariger", "Shifokor", "Al tabib", "Chikitsak", "Pezeshk e moaleg",
    # ha, yo, zu, th, km, my, mn, ka, hy
    "Udokotela", "Bzhishk",
    # fix round 31 (review 17 B, a Turkish MR: 'Sevk eden: ...'): who referred, requested, reported or
    # acquired the study in Turkish (TDK Güncel Türkçe Sözlük: sevk etmek 'to refer (a patient)', sevk
    # eden 'who refers', istemek 'to request', göndermek 'to send', raporlamak 'to report', çekmek 'to
    # take (an X-ray)', tekniker/teknisyen), as Turkish HBYS/PACS banners print them ('Sevk Eden Dr.',
    # 'İsteyen Dr.', 'Raporlayan Dr.', 'Çeken:'); the Azerbaijani (göndərən həkim 'sending doctor',
    # müalicə həkimi 'treating doctor') and Uzbek Latin (yo'llagan shifokor 'referring doctor')
    # equivalents (Wiktionary; the national dictionaries). 'Çeken' and 'Sevk' alone need their colon.
    "Sevk eden", "Sevk eden Dr", "Sevk eden doktor", "Sevk eden hekim", "Sevk Dr", "Sevk:", "Isteyen Dr",
    "Isteyen", "Gönderen Dr", "Gönderen doktor", "Gönderen hekim", "Raporlayan Dr", "Raporlayan doktor",
    "Raporlayan hekim", "Çeken:", "Çeken teknisyen", "Çekimi yapan", "Uzman Dr", "Göndərən", "Göndərən həkim",
    "Müalicə həkimi", "Yo'llagan shifokor", "Yollagan shifokor",
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
    # the hospital and the department with their colon, in the round-28 languages
    "Haigla:", "Slimnīca:", "Ligoninė:", "Ospidéal:", "Sptar:", "Болница:", "Больница:", "Лікарня:",
    "Bolnitsa:", "Bolnica:", "Likarnia:", "Likarnya:", "Spitali:", "Spital:", "Rumah sakit:", "Ospital:",
    "Pagamutan:", "Bệnh viện:", "Hospitali:", "Sjúkrahús:", "Xəstəxana:", "Shifoxona:", "Jabatan:",
    "Osakond:", "Nodaļa:", "Skyrius:", "Отделение:", "Відділення:", "Viddilennya:", "Otdelenie:",
    # the institution's labels of Russian, Ukrainian, Bulgarian and Serbian forms: ru учреждение, медицинская
    # организация (the term of Федеральный закон № 323-ФЗ, ст. 2), ЛПУ (лечебно-профилактическое
    # учреждение), клиника, поликлиника, госпиталь, станция (Station Name); uk заклад (охорони здоров'я),
    # установа, клініка, станція; sr/mk здравствена установа, bg здравно заведение (Закон за лечебните
    # заведения). A label's last word is what `institutions.labelled_institutions` compares.
    "Учреждение:", "Организация:", "ЛПУ:", "Клиника:", "Поликлиника:", "Госпиталь:", "Станция:", "Заклад:",
    "Установа:", "Клініка:", "Станція:", "Заведение:",
)

# Telephone labels, as before (the telephone numbers are `patterns`').
PHONE = ("Tel", "Phone", "Ph", "Fax", "Telefax")  # a fax number is a phone number (HIPAA identifier (D))

NAME = NAME_EN + NAME_INTL
PHYSICIAN = PHYSICIAN_EN + PHYSICIAN_INTL
# The labels that introduce a person in the other languages: `names.LabelledNameRecognizer` reads
# a name after them as after its own English labels ('Naam: de Wit-Bakker, Femke', 'Kanja Mei:
# WATANABE YUKI', 'Untersucher: Dr. Anneliese Vogtmann').
# Who made the image, by the staff role consoles and portable units print before the person's
# initials ('RT: JKM', 'MTRA: KL', 'Manip.: JKM'; `names._ROLE_LABELS`, where their sources are):
# labels too, so that a model reading 'Technician JKM' as one name leaves the label standing.
STAFF_ROLES = (
    "RT:", "RTT:", "Techn.:", "Rad Tech:", "Tech Initials:", "Init:", "Initials:", "Sono:", "Sonog.:", "Oper.:",
    "Manip.:", "MTR:", "TSRM:", "TRM:", "Téc.:", "Técn.:", "Tecn.:",
    "Technician", "Radiographer", "Echographer", "Examiner", "Bediener", "Technologue", "Operatrice",
    "Operadora", "Exam by", "Examined by", "Acquired by", "Imaged by", "Captured by", "Done by", "Perf. by",
    # the technologist's login or initials field ('Tech ID:', 'Tech No.:', 'Operator ID:'), and the
    # radiographer in the other languages, masculine and feminine: German Röntgenassistent/in and
    # its short form 'Röntgenass.', Laborant/in; Czech and Slovak laborant/ka, radiologický
    # asistent/ka; Polish technik/techniczka; French technicien/ne (en radiologie), manipulateur/trice
    # (Duden; Wiktionary; the national professional registers' job titles)
    "Tech ID:", "Tech No:", "Operator ID:", "Röntgenassistent", "Röntgenassistentin", "Röntgenass.:",
    "Laborantin", "Laborantka", "Laborantky:", "Asistentka:", "Techniczka", "Technicien", "Technicienne",
    # the French radiographer's label as consoles print it without its point and, where OCR drops the
    # colon set apart from it ('Manip : Léa Fournier' read 'Manip Léa Fournier'), alone: manipulateur
    # / manipulatrice en électroradiologie médicale (Code de la santé publique, art. L4351-1), 'manip'
    # for short; no name is 'Manip'. The Dutch and Flemish sonographer (echografist/e, echoscopist/e:
    # Van Dale) and the Turkish technician (tekniker, teknisyen: TDK; 'Tekn.' for short, with its point)
    "Manip", "Manipulateur", "Manipulatrice", "Echografist", "Echografiste", "Echoscopist", "Echoscopiste",
    "Tekniker", "Teknisyen", "Tekn.",
    # Who assessed, verified, approved or reported the study (a sleep or EEG score, a report's sign-off),
    # in the round-28 languages (the past participles and 'X by' phrases of each: Wiktionary, the national
    # dictionaries): en, de, fr, es, it, pt, nl, sv, no, da, fi, pl, cs, sk, hu, ro, hr, sl, et, lv, lt,
    # bg/ru/uk (transliterated), ms/id, tl, af
    "Assessed by", "Verified by", "Approved by", "Validated by", "Confirmed by", "Checked by", "Scored by",
    "Authorised by", "Authorized by", "Befundet von", "Freigegeben von", "Validiert von", "Geprüft von",
    "Validé par", "Vérifié par", "Interprété par", "Réalisé par", "Validado por", "Informado por", "Realizado por",
    "Revisado por", "Laudado por", "Validato da", "Refertato da", "Eseguito da", "Gevalideerd door",
    "Beoordeeld door", "Granskad av", "Bedömd av", "Utförd av", "Vurdert av", "Utført av", "Godkjent av",
    "Vurderet af", "Udført af", "Godkendt af", "Arvioinut", "Lausunut", "Hyväksynyt", "Tutkinut", "Ocenił",
    "Oceniła", "Zatwierdził", "Zatwierdziła", "Zweryfikował", "Zweryfikowała", "Hodnotil", "Hodnotila",
    "Schválil", "Schválila", "Ověřil", "Ověřila", "Overil", "Értékelte", "Leletezte", "Jóváhagyta",
    "Ellenőrizte", "Evaluat de", "Validat de", "Interpretat de", "Efectuat de", "Ocijenio", "Ocijenila",
    "Pregledao", "Pregledala", "Potvrdio", "Potvrdila", "Opisao", "Opisala", "Ocenil", "Ocenila", "Pregledal",
    "Potrdil", "Opisal", "Hinnanud", "Kinnitanud", "Koostanud", "Kirjeldanud", "Uurinud", "Izvērtēja",
    "Apstiprināja", "Aprakstīja", "Įvertino", "Patvirtino", "Aprašė", "Opisav", "Opysav", "Opysala",
    "Vykonav", "Vykonala", "Pereviryv", "Proveril", "Disahkan oleh", "Disemak oleh",
    "Dilaporkan oleh", "Diperiksa oleh", "Diverifikasi oleh", "Sinuri ni", "Pinatunayan ni", "Beoordeel deur",
    "Geverifieer deur",
)
# The round-28 labels that are also short words or names ('Van:', 'Jina:', 'Tabib:', 'Ad:', 'Am:', 'Kt:'),
# labels only with their colon: kept out of the field tuples above, which `tables` also reads as a list's
# column headings without a colon ('Dr. van Dijk' is no header row). The person's, the other fields' and
# the identifiers' (`labelled_numbers` reads these).
PERSON_COLON_MORE = (
    "Patsient:", "Vārds:", "Pacients:", "Vardas:", "Pacientas:", "Pacientė:", "Ainm:", "Othar:", "Isem:", "Pazjent:",
    "Име:", "Пациент:", "Пациентка:", "Имя:", "Ім'я:", "Пацієнт:", "Пацієнтка:", "Імя:", "Пацыент:", "Пацијент:",
    "Болен:", "Болна:",  # bg болен, болна: the patient (Bulgarian hospital forms' 'Име на болния')
    "Imya:", "Imia:", "FIO:", "F I O:", "Patsient:", "Patsientka:", "Pacientka:", "Im'ya:", "PIB:", "Pasiyent:",
    "Pasiient:", "Patsiyent:", "Patsiient:", "Patsiyentka:", "Pasiyentka:", "Patsyyent:", "Pacyjent:", "Emri:",
    "Pacienti:", "Nama:", "Pesakit:", "Pasien:", "Pasyente:", "Tên:", "Bệnh nhân:", "Jina:", "Mgonjwa:", "Van:",
    "Pasiënt:", "Sjúklingur:", "Ad:", "Xəstə:", "Науқас:", "Naukas:", "Ism:", "Ismi:", "Bemor:", "F I Sh:", "FISh:",
    "Marid:", "Naam:", "Mareez:", "Mariz:", "Rogi:", "Nam:", "Bimar:", "Sim:", "Suna:", "Orukọ:", "Oruko:", "Igama:",
    "Isiguli:", "Chue:", "Phu puai:", "Chhmuoh:", "Nearnea:", "Ner:", "Ovog:", "Övchtön:", "Ovchton:", "Patsienti:",
    "Anun:", "Hivand:", "Arst:", "Lia:", "Tabib:", "Tabiba:", "Доктор:", "Likar:", "Vrach:", "Urach:", "BS:", "KTV:",
    "Həkim:", "Daktar:", "Pezeshk:", "Likita:", "Dokita:", "Phaet:", "Krupet:", "Sayawun:", "Emch:", "Ekimi:",
)
FIELD_COLON_MORE = (
    "Sünd:", "Д р:", "Roden:", "NS:", "Fædd:", "Sugu:", "Vanus:", "Aois:", "Sess:", "Пол:", "Стать:", "Вік:", "Stat:",
    "Vik:", "Mosha:", "Umur:", "Usia:", "Tuổi:", "Umri:", "Kyn:", "Aldur:", "Cins:", "Jasy:", "Jinsi:", "Yoshi:",
    "Jins:", "Umr:", "Ling:", "Aayu:", "Umra:", "Sen:", "Shekaru:", "Iminyaka:", "Phet:", "Ayu:", "Khuis:", "Nas:",
    "Asaki:", "Ser:", "Tariq:", "Aeg:", "Laiks:", "Laikas:", "Dáta:", "Am:", "Дата:", "Датум:", "Час:", "Время:",
    "Време:", "Vremya:", "Chas:", "Tarikh:", "Masa:", "Tanggal:", "Tgl:", "Waktu:", "Jam:", "Petsa:", "Oras:",
    "Ngày:", "Giờ:", "Tarehe:", "Saa:", "Tyd:", "Dags:", "Tími:", "Tarix:", "Vaxt:", "Күні:", "Kuni:", "Sana:",
    "Vaqt:", "Tithi:", "Samay:",
)
ID_COLON_MORE = (
    "IPN:", "NIK:", "Kt:", "CR No:",
)
PERSON_INTL = NAME_INTL + PHYSICIAN_INTL + STAFF_ROLES + PERSON_COLON_MORE

# Who is logged in, by the login label of a worklist's or a viewer's status bar, in the round-28
# languages ('Pengguna: amirul.h'): read by `names.login_names` with its own English, Western and
# Central European labels (a colon and a login in lower case after them). et Kasutaja, lv Lietotājs, lt
# Vartotojas / Naudotojas, ga Úsáideoir, mt Utent, el Χρήστης (Christis), ro Utilizator, sl Uporabnik,
# hr/sr/bs Korisnik (Корисник), bg Потребител (Potrebitel), ru Пользователь (Polzovatel), uk Користувач
# (Korystuvach), be Карыстальнік (Karystalnik), sq Përdoruesi, ms/id Pengguna, tl Gumagamit, vi Người dùng,
# Tài khoản, sw Mtumiaji, af Gebruiker, is Notandi, az İstifadəçi, kk Пайдаланушы (Paidalanushy), uz
# Foydalanuvchi, ar Mustakhdim, hi Upayogkarta, fa Karbar (the localised user interfaces' words, Wiktionary).
LOGIN = (
    "Kasutaja:", "Lietotājs:", "Vartotojas:", "Naudotojas:", "Úsáideoir:", "Utent:", "Χρήστης:", "Christis:",
    "Utilizator:", "Uporabnik:", "Korisnik:", "Корисник:", "Потребител:", "Potrebitel:", "Пользователь:",
    "Polzovatel:", "Користувач:", "Korystuvach:", "Карыстальнік:", "Karystalnik:", "Përdoruesi:", "Perdorues:",
    "Pengguna:", "Gumagamit:", "Người dùng:", "Tài khoản:", "Mtumiaji:", "Notandi:", "Istifadəçi:", "Пайдаланушы:",
    "Paidalanushy:", "Foydalanuvchi:", "Mustakhdim:", "Al mustakhdim:", "Upayogkarta:", "Karbar:",
)

_LETTER_VARIANTS = {"ø": "(?:ø|o|oe)", "æ": "(?:æ|ae|a)", "å": "(?:å|a|aa)", "ß": "(?:ß|ss)", "ı": "[ıiİ]",
                    "ł": "[łl]", "đ": "(?:đ|dj|d)", "i": "[iıİ]", "°": "[°º˚o]", "º": "[°º˚o]", "'": "['\u2019]?"}


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
        out = f"[{_base(ch)}{_ACCENTED[_base(ch)]}{ch}]"  # 'ọ', 'ư': Vietnamese, past Latin Extended-A
    elif _base(ch) != ch:
        out = f"[{_base(ch)}{ch}]"  # Greek: 'ό' also without its tonos
    else:
        return re.escape(ch)
    return f"(?:{out})?" if optional and ch not in "i'" else out


def _pattern(label: str) -> str:
    """The regular expression of one label (the module's conventions: words, points, accents).
    The last word of a label of several words, five letters or more, may also be cut short
    after its third letter or later, with a point: 'Nr bad.' (Nr badania), 'Datum vyš.' (Datum
    vyšetření), 'Cod. paz.' (Cod paziente), 'Nome do pac.': a form's field is as short as it can be."""
    words = []
    split = label.rstrip(":").lower().split(" ")
    for i, word in enumerate(split):
        optional = sum(c.isalpha() for c in word) >= 6
        letters = [r"\.?" if ch == "." else _letter(ch, optional) for ch in word]
        full = "".join(letters)
        if i and i == len(split) - 1 and len(word) >= 5 and word.isalpha():
            cut = "".join(letters[:3]) + "".join(f"(?:{x}" for x in letters[3:-1]) + ")?" * (len(letters) - 4)
            full = rf"(?:{full}|{cut}\.)"
        words.append(full)
    return r"[ \t./-]*".join(words)


def _alternation(labels: tuple[str, ...]) -> str:
    """One alternation of `labels`, the longest first ('Kanja Mei' before 'Kanja')."""
    unique = sorted(set(labels), key=lambda s: (-len(s), s))
    return "|".join(_pattern(s) for s in unique)


# Fix round 37 (review 20 A: 'Dra. Fernanda Queiroz Lima CRM-SP 118342', 'Reported by K. Sutherland,
# Consultant Radiographer', 'Ticket SR-77120' on a service screen): the words that stand after a
# signed name or beside a number and are labels, never the name's or the number's, read by no person
# or number rule (they are in `_ALL`, so a model's span loses them and a name's span ends before them:
# `kept_label_spans`).
# The professional registration's council before a clinician's registration number: br the federal and
# regional councils (CRM medical, CRO dental, COREN nursing, CRF pharmacy, CRN nutrition, CRP psychology,
# CREFITO physiotherapy, CRBM biomedicine, CRTR radiology technicians, CRFa speech therapy; with the
# state's two letters, 'CRM-SP', `_COUNCIL_STATE`), uk GMC, HCPC, NMC (PIN), ie IMC / MCRN, au AHPRA,
# nz MCNZ, in MCI / NMC and the state councils (TNMC, KMC, DMC, MMC), sg SMC, my MMC, pk PMDC, bd BMDC,
# za HPCSA, ph PRC, ca CPSO, us NPI, fr RPPS / ADELI, de LANR, pl PWZ / NPWZ, es Nº Colegiado / OMC, pe
# CMP, mx Cédula profesional (each register's own name for its number: gmc-uk.org, hcpc-uk.org,
# ahpra.gov.au, nmc.org.in, cfm.org.br, ans.gouv.fr RPPS, nil.org.pl PWZ, cgcom.es).
REGISTRATION = (
    "GMC", "GMC No", "GMC Nr", "HCPC", "HCPC No", "NMC PIN", "NMC No", "NMC Reg", "IMC No", "IMC Reg", "MCRN",
    "AHPRA", "AHPRA No", "MCNZ", "MCI", "MCI Reg", "MCI Reg No", "TNMC", "KMC Reg", "DMC Reg", "SMC Reg",
    "MMC No", "PMDC", "BMDC", "HPCSA", "PRC Lic", "PRC No", "CPSO", "NPI", "RPPS", "ADELI", "LANR", "PWZ",
    "NPWZ", "Nr PWZ", "Nº Colegiado", "Colegiado", "Nº Col", "OMC", "CMP", "Cédula profesional", "Céd Prof",
    "Reg No", "Registration No",
)
# The role, grade or profession written after a signed name ('K. Sutherland, Consultant Radiographer',
# 'Dr. A. Weber, Oberarzt'): the NHS's grades (Consultant, Specialist Registrar / SpR, Registrar, Reporting
# Radiographer, Advanced and Assistant Practitioner; NHS Employers' Agenda for Change profiles), the
# physicist and clinical scientist, and the grades of de (Oberarzt/-ärztin, Facharzt/-ärztin,
# Assistenzarzt/-ärztin, Chefarzt/-ärztin), fr (chef de clinique), es/pt (médico adjunto, residente),
# pt-BR (ultrassonografista, médico radiologista), it (medico radiologo, specializzando), nl (radioloog,
# arts-assistent), sv (överläkare, specialistläkare, röntgensjuksköterska), no (overlege, radiograf), da
# (overlæge) (Duden; Larousse; RAE; Priberam; Treccani; Van Dale; SAOL; Bokmålsordboka; Den Danske
# Ordbog). Words that are also surnames or a ward's ('Nurse', 'Fellow', 'Interne') are left out.
ROLES_AFTER_NAME = (
    "Consultant", "Consultant Radiologist", "Consultant Radiographer", "Specialist Registrar", "SpR",
    "Registrar", "Reporting Radiographer", "Advanced Practitioner", "Assistant Practitioner", "Physicist",
    "Medical Physicist", "Clinical Scientist", "Sonographer", "Radiographer", "Technologist", "Radiologist",
    "Oberarzt", "Oberärztin", "Facharzt", "Fachärztin", "Assistenzarzt", "Assistenzärztin", "Chefarzt",
    "Chefärztin", "Chef de clinique", "Médico adjunto", "Ultrassonografista", "Médico radiologista",
    "Medico radiologo", "Specializzando", "Specializzanda", "Radioloog", "Arts-assistent", "Överläkare",
    "Specialistläkare", "Röntgensjuksköterska", "Overlege", "Radiograf", "Overlæge",
)
# A service screen's labels ('Room CT-3', 'Ticket SR-77120'): the scanner's room and the vendor's service
# ticket, work order or incident, which number the machine's service, no patient (`service_ticket_before`).
# en, de (Raum, Auftrag, Störungsmeldung), fr (salle), es/pt/it (sala, stanza; pt-BR chamado, the service
# call; es orden de trabajo, pt ordem de serviço), nl (kamer, melding), sv (rum, ärende), zh pinyin (gongdan
# 工单 work order, fangjian 房间 room). Not 'Rm' (the Indonesian 'No. RM', rekam medis, is a patient's).
SERVICE_TICKETS = (
    "Ticket", "Ticket No", "Ticket ID", "Ticket #", "Service Request", "Service Request No", "SR No", "SR #",
    "Work Order", "Work Order No", "WO No", "WO #", "Job No", "Job ID", "Incident", "Incident No", "Call No",
    "Call ID", "RMA", "RMA No", "Service ID", "Service No", "Auftragsnr", "Auftragsnummer", "Störungsmeldung",
    "Chamado", "Nº Chamado", "Orden de trabajo", "Ordem de serviço", "Melding", "Ärende", "Arbetsorder",
    "Gongdan", "Gongdan Hao",
)
SERVICE_ROOMS = (
    "Room", "Exam Room", "Scan Room", "Raum", "Untersuchungsraum", "Salle", "Sala", "Stanza", "Kamer",
    "Fangjian",
)
_COUNCIL_STATE = ("AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO")
# the Brazilian councils, with or without their state ('CRM-SP', 'CRM/RJ', 'COREN SP', 'CRM')
_COUNCIL = (rf"(?:CRM|CRO|COREN|CRF|CRN|CRP|CREFITO|CRBM|CRTR|CRFa)"
            rf"(?:[ \t]?[-/][ \t]?(?:{_COUNCIL_STATE})|[ \t](?:{_COUNCIL_STATE})(?=[ \t:#.]*\d))?(?![^\W\d_])")
_KEPT = REGISTRATION + ROLES_AFTER_NAME + SERVICE_TICKETS + SERVICE_ROOMS

_ALL = (NAME + BIRTH + SEX_AGE + ID + STUDY + PHYSICIAN + STAFF_ROLES + PLACE + PHONE + LOGIN + PERSON_COLON_MORE
        + FIELD_COLON_MORE + ID_COLON_MORE + _KEPT)
# Where a label ends: after a letter, no letter follows ('Nome' is not the start of 'Nomenclature';
# 'PatID' before '0004518827' ends at the digit); after a sign ('N°') anything may follow.
_END = r"(?:(?<=[^\W\d_])(?![^\W\d_])|(?<![^\W\d_]))"


def _label_words(labels: tuple[str, ...]) -> str:
    """The alternation of `labels`: those written with a colon need one after them."""
    bare = tuple(s for s in labels if not s.endswith(":"))
    colon = tuple(s for s in labels if s.endswith(":"))
    parts = [f"(?:{_alternation(bare)}){_END}"] if bare else []
    if colon:
        parts.append(rf"(?:{_alternation(colon)}){_END}(?=[ \t]*\.?[ \t]*[:#])")
    return "|".join(parts)


# One label, anywhere: the words of `_ALL` (case and accents forgiven), and a Brazilian council's.
LABEL_WORDS = _label_words(_ALL) + "|" + _COUNCIL
# A login label of `LOGIN`, without the colon its reader (`names.login_names`) asks for after it.
LOGIN_LABEL_WORDS = rf"(?:{_alternation(tuple(s.rstrip(':') for s in LOGIN))}){_END}"
# One label that introduces a person, in the other languages (`PERSON_INTL`).
PERSON_LABEL_WORDS = _label_words(PERSON_INTL)

# A label standing as words of their own in a line: after a space, a separator or the line's
# start, with its colon, '#' and points, ending where the word ends.
# Bilingual banners write two labels of one field joined by a slash (Canada's 'DOB/DDN:', 'Name/Nom:',
# Belgium's 'Naam/Nom:', Switzerland's 'Name/Nom/Nome:'): each is a label standing as a word of its own.
_LABEL_IN_TEXT = re.compile(rf"(?<![^\s^,;(\[|/])(?:{LABEL_WORDS})[ \t]*[:#.]*(?=[\s^,;)\]|/]|$)", re.IGNORECASE)


# Any word of letters ending in a colon, standing as a word of its own ('Çekim:', 'Hasta:',
# 'Befund:', 'Untersuchung:'): a label in whatever language, the value follows it. No name is
# written with a colon after it.
_COLON_LABEL = re.compile(r"(?<![^\s^,;(\[|])[^\W\d_][^\W\d_'\u2019.-]*:(?=[\s^,;)\]|]|$)")


# fix round 35 (review 19 A, a Polish MR: 'PESEL:75031209461' read as one OCR token at a 2 px gap): a
# label of `LABEL_WORDS` with its colon or '#' glued to the digits of its value is a label all the
# same, up to its colon ('NHS:9434765919', 'BSN:111222333', 'Fnr:01015712313'); the value after it
# is the recognisers'. Without the colon ('MRN55302119') the prefix is the number's
# (`text_layout._run_on`), no label of its own.
_GLUED_LABEL = re.compile(rf"(?<![^\s^,;(\[|/])(?:{LABEL_WORDS})[ \t]*\.?[ \t]*[:#](?=\d)", re.IGNORECASE)

# fix round 35 (review 19 A, an Italian XA: 'Nato/a il 14/09/1949', the date painted, then re-read
# 'Nato/ai' in one token): the birth participle with both genders' endings after a slash (it 'nato/a',
# es 'nacido/a', pt 'nascido/a', ca 'nascut/da', ro 'născut/ă', fr 'né(e)'), its preposition ('il',
# 'el', 'em', 'le', 'el dia') spaced, glued or cut short by OCR to its first letter. Forms of the
# Italian Agenzia delle Entrate ('nato/a il'), the Spanish DNI application ('nacido/a el') and the
# Brazilian RG ('nascido/a em') print the participle so.
_GENDERED_BIRTH = re.compile(
    r"(?<![^\s^,;(\[|])(?:nat[oa][ \t]?/[ \t]?[ao]|nacid[oa][ \t]?/[ \t]?[ao]|nascid[oa][ \t]?/[ \t]?[ao]"
    r"|nascut[ \t]?/[ \t]?(?:da|a)|n[ăa]scut[ \t]?/[ \t]?[ăa]|n[ée][ \t]?\([ \t]?e[ \t]?\))"
    r"(?:[ \t]*(?:il|el|em|le|i|e)(?![^\W\d_]))?(?:[ \t]*:)?(?=[\s,;]|\d|$)", re.IGNORECASE)


def label_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every label in `text` that stands as words of its own ('Kanja Mei:',
    'Fecha nac.:', 'Geboortedatum:'), its colon included, of every other word of letters
    ending in a colon (`_COLON_LABEL`: 'Çekim:'), of a label glued by its colon to its value's
    digits (`_GLUED_LABEL`: 'PESEL:' of 'PESEL:75031209461') and of a birth participle with both
    genders' endings (`_GENDERED_BIRTH`: 'Nato/a il', 'Nato/ai')."""
    spans = [(m.start(), m.end()) for m in _LABEL_IN_TEXT.finditer(text) if m.end() > m.start()]
    spans += [(m.start(), m.end()) for m in _GLUED_LABEL.finditer(text)
              if not any(a <= m.start() < b for a, b in spans)]
    spans += [(m.start(), m.end()) for m in _GENDERED_BIRTH.finditer(text)
              if not any(a <= m.start() < b for a, b in spans)]
    spans += [(m.start(), m.end()) for m in _COLON_LABEL.finditer(text)
              if not any(a <= m.start() and m.end() <= b for a, b in spans)]  # not 'bi:' of 'Kensa bi:'
    return sorted(spans)


_KEPT_WORDS = re.compile(rf"(?<![^\s^,;(\[|/])(?:{_label_words(_KEPT)}|{_COUNCIL})[ \t]*[:#.]*(?=[\s^,;)\]|/]|$)",
                         re.IGNORECASE)
_SERVICE_WORDS = _label_words(SERVICE_TICKETS + SERVICE_ROOMS)
_TICKET_BEFORE = re.compile(rf"(?<![^\s^,;(\[|/])(?:{_SERVICE_WORDS})[ \t]*[:#.]*[ \t]*$", re.IGNORECASE)


def kept_label_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every registration council's label, role after a name and service screen's label
    in `text` (`REGISTRATION`, `ROLES_AFTER_NAME`, `SERVICE_TICKETS`, `SERVICE_ROOMS`, a Brazilian council
    with its state): words that end a name's or an institution's span where they stand inside it ('Lima
    CRM-SP', 'Sutherland, Consultant'), never the name's."""
    return [(m.start(), m.end()) for m in _KEPT_WORDS.finditer(text) if m.end() > m.start()]


def service_ticket_before(text: str, start: int) -> bool:
    """The words before `start` on its line end in a service screen's label ('Ticket SR-77120', 'Room
    CT-3', `SERVICE_TICKETS`, `SERVICE_ROOMS`): the value at `start` numbers a service call or a room,
    no patient."""
    line_start = text.rfind("\n", 0, start) + 1
    return _TICKET_BEFORE.search(text[line_start:start]) is not None


def without_labels(text: str) -> str:
    """`text` with each label (`label_spans`) blanked out by '#' (same length, so offsets hold):
    the words of a label are no name words ('TC Kimlik No:', 'Kanja Mei:')."""
    for a, b in label_spans(text):
        text = text[:a] + "#" * (b - a) + text[b:]
    return text


# -- the value after an identifier's label -------------------------------------------------------

# The animal's description on a veterinary banner (the DICOM Patient Species Description, Patient Breed
# Description (0010,2201), (0010,2292) and the sex's neuter status (0010,2203): PS3.3 C.7.1.1 Patient
# Module), labelled in the banner's languages: en Species, Breed, Colour, Color, Coat, Markings, Sex,
# Neutered, Spayed; de Tierart, Spezies, Rasse, Farbe, Fellfarbe; fr Espèce, Race, Robe, Couleur; es
# Especie, Raza, Pelaje; it Specie, Razza, Mantello, Colore; nl Diersoort, Soort, Ras, Kleur; and the
# weight. Their value ('Canine', 'Feline', 'Equine', 'Labrador', 'Domestic Shorthair', 'Black and Tan',
# 'Neutered Male') describes no one: a model that calls it a person or an organisation is wrong.
_ANIMAL_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:species|breed|colou?r|coat|markings|sex|gender|neuter(?:ed)?|spay(?:ed)?|weight"
    r"|tierart|spezies|rasse|farbe|fellfarbe|esp[eè]ce|race|robe|couleur|especie|raza|pelaje|specie|razza"
    r"|mantello|colore|diersoort|soort|ras|kleur)[ \t]*:[ \t]*(?:[^\W\d_][^\s:]*[ \t]?){0,3}$")


def animal_description(text: str, start: int) -> bool:
    """`start` is in the value of a veterinary banner's animal label on its line (`_ANIMAL_LABEL`: the
    species, the breed, the colour, the sex and its neuter status, the weight; 'Species: |Canine|',
    'Breed: Domestic |Shorthair|'): at most three words after the label, no other label between."""
    return bool(_ANIMAL_LABEL.search(text, text.rfind("\n", 0, start) + 1, start))


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
    # de Versichertennummer (the KVNR of the eGK, § 290 SGB V: a letter and nine digits) and the
    # Rentenversicherungsnummer (Sozialversicherungsnummer, § 147 SGB VI: area, birth date, the
    # letter of the surname, serial and check); mx INE (the voter card's Clave de Elector, the
    # identity document of Mexico's adults: Instituto Nacional Electoral).
    "Versichertennr", "Versichertennummer", "Vers Nr", "Sozialvers Nr", "Sozialversicherungsnummer",
    "Rentenversicherungsnummer", "RV Nr", "INE:", "Clave de elector",
) + (
    # The identifier's labels as forms abbreviate them, with their colon: hu Azon. (azonosító), de
    # Ident.-Nr. / Id.-Nr. (Identifikationsnummer), en/fr/es/it Ident., Identif. (identifier,
    # identifiant, identificación, identificativo), cs/sk/hu Kód, es/pt Cód., ro/it Cod. (code),
    # es Nro. (número), cs Č. pac. (číslo pacienta) (the languages' dictionaries' abbreviations:
    # Magyar helyesírás szabályai, Duden, RAE Diccionario panhispánico de dudas, Ústav pro jazyk český).
    "Azon:", "Ident:", "Identif:", "Ident Nr", "Ident No", "Id Nr", "Kód:", "Kod:", "Cód:", "Cod:", "Nro:",
    "Č pac:",
) + (
    # 'Number' as the languages of review 14's sites write it before a hospital's record number: sw
    # namba, nambari (Kamusi ya Kiswahili Sanifu; 'Namba ya mgonjwa', the patient's number), tl bilang
    # and numero (KWF Diksiyonaryo), id nomor (KBBI; 'No. RM', rekam medis), ms nombor (Kamus Dewan;
    # 'No. KP', kad pengenalan), vi số and mã (Từ điển tiếng Việt; 'Mã BN', mã bệnh nhân). The words
    # that are also ordinary words or names ('Namba' an Osaka district and a Japanese surname, 'bilang'
    # Tagalog 'as', 'số' any number) with their colon.
    "Namba:", "Nambari", "Namba ya mgonjwa", "Nambari ya mgonjwa", "Namba ya hospitali", "Bilang:",
    "Numero ng pasyente", "Nomor:", "Nomor RM", "No RM", "Nomor rekam medis", "Nombor:", "No KP",
    "Nombor pesakit", "Số:", "Mã BN", "Mã bệnh nhân", "Số hồ sơ",
)
# The words of a device and its parts, its software, and the counters of its images, in the
# banner's languages: a number after them ('Serial No. T5021823B', 'Art.-Nr. 123456782', 'Sonde
# Nr. 4471926', 'Image # 123456', 'Coil ID 943 476 5919') is the device's or the image's, not
# a patient's, whatever its shape or label. ISO 15223-1's symbol captions (REF catalogue number,
# LOT batch code, SN serial number) and their translations in the EU's language versions
# (de Artikelnummer, Bestellnummer, Seriennummer, Chargenbezeichnung; fr numéro de série,
# référence; es número de serie, lote; it numero di serie, matricola, lotto; nl serienummer,
# partij), software versions and builds, the parts of an imaging chain (probe, coil, detector,
# tube, imaging plate 'IP', cassette, channel, kernel) and image counters (frame, image, slice); and the
# same captions in Polish (numer seryjny, fabryczny, katalogowy, partii, wersja, obraz, warstwa, seria),
# Czech and Slovak (výrobní / výrobné číslo, sériové číslo, katalogové číslo, šarže / šarža, verze / verzia,
# snímek, obraz, řez / rez, série, přístroj / prístroj, sonda), Hungarian (gyári szám, sorozatszám, tétel,
# verzió, kép, szelet, sorozat, készülék, szonda), Romanian (serie, lot, versiune, imagine, aparat) and
# Croatian / Slovene (serijski broj, verzija, slika, uređaj / naprava, serija).
DEVICE_NUMBER_WORDS = (
    r"s/?n|ser|serial|serno|sernr|seriennr|seriennummer|serie|série|seriale|serienummer|esn|matricola"
    r"|part|p/?n|cat|catalog|catalogue|katalog|art|artikel|artikelnr|best|bestell|bestellnr|ref|référence"
    r"|referencia|riferimento|item|lot|lote|lotto|charge|partij|batch|kit|udi|gtin"
    r"|model|modell|modèle|modelo|modello|type|typ|tipo|ver|version|versión|versione|versão|build|rev"
    r"|release|sw|hw|fw|firmware|software|device|gerät|geraet|appareil|dispositivo|apparaat|equipo|system"
    r"|système|sistema|probe|sonde|sonda|transducer|schallkopf|coil|spule|bobine|bobina|spoel|detector"
    r"|detektor|détecteur|detettore|tube|röhre|roehre|tubo|plate|ip|cassette|kassette|casete|cassetta"
    r"|channel|kanal|canal|canale|kanaal|kernel|frame|frames|image|images|img|bild|slice|schicht|coupe"
    r"|corte|strato|anzahl|count|page|seite|phase|echo|events|photons"
    r"|seryjny|fabryczny|kat|katalogowy|partii|serii|seria|wersji|wersja|obrazu|obraz|zdjęcia|warstwy|warstwa"
    r"|sondy|aparatu|urządzenia|výrobní|výrobné|výr|sériové|katalogové|šarže|šarža|verze|verzia|snímku|snímek"
    r"|obrázku|řezu|řez|rezu|série|přístroje|přístroj|prístroja|prístroj|gyári|sorozat|sorozatszám|tétel"
    r"|verzió|kép|képszám|szelet|készülék|szonda|versiune|imagine|aparat|serijski|serijska|serija|verzija"
    r"|slika|uređaj|naprava"
    # A QC phantom's number and an acquisition's stamp ('Phantom ID: A100000001', 'Acq. 240101/1206').
    r"|phantom|phantome|phantoms|qc|acq|acquisition")
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
_NUMBER_LABELS = tuple(s for s in ID + ID_COLON_MORE + STUDY_NUMBER + ID_MORE if s not in _GENERIC)
# Labels written as abbreviations in capitals ('NHC', 'KVNR', 'NHS No'): no ordinary word.
_ACRONYMS = tuple(s for s in _NUMBER_LABELS if s.rstrip(":").split(" ")[0].isupper())
_WORDS = tuple(s for s in _NUMBER_LABELS if s not in _ACRONYMS)
_NUMBER_LABEL = re.compile(rf"(?<![^\W\d_])(?:(?P<acronym>{_label_words(_ACRONYMS)})|{_label_words(_WORDS)})"
                           r"(?P<sep>[ \t]*[:#.]*)[ \t]*", re.IGNORECASE)
# The words that say only 'number' in the banner's languages (en No., de Nr., fr/es/it/pt N°, Nº, pl Nr,
# numer, cs/sk č., číslo, hr/sr/sl broj, hu szám, sz.), and the protocol and register books of a
# department whose entry number is the study's (it Protocollo, de Protokoll, es/pt Protocolo, Registro):
# after them six digits or more, as after 'N°'.
# Fix round 33 (review 18 A, a Turkish CT: 'Protokol: P-2025-08812', 'Protokol: 2025/77120'): the
# protocol number of a Turkish hospital's information system (HBYS: the patient's visit is registered
# under its 'protokol numarası', which the banners print as 'Protokol:' or 'Protokol No:'), and the same
# book in Polish and Czech (protokół, protokol); and the number of the stay a study belongs to, which
# the hospital systems print with the words of their language: it (numero) nosologico (the admission's
# number of the Scheda di Dimissione Ospedaliera, Ministero della Salute, DM 380/2000) and ricovero, es
# episodio and pt episódio (the encounter's number of the Spanish and Portuguese HIS: SNS's SClínico 'N.º
# Episódio'), en episode, de Fall (the case of § 301 SGB V's data exchange, 'Fall-Nr.': `ID`), pt registo
# (pt-PT), tr kayıt (record). With their colon, six digits or more after them: 'Protokol: 3' is a
# protocol's step, 'Episode: 2' a count.
_NUMBER_WORDS = ("N°", "Nr", "Num", "#", "Numer", "Número", "Numero", "Nummer", "Číslo", "Broj", "Szám", "Sz",
                 "Nro", "Č p")
_BOOKS = ("Protokoll:", "Prot:", "Protocollo:", "Protocolo:", "Registro:",
          "Protokol:", "Protokół:", "Nosologico:", "Ricovero:", "Episodio:", "Episódio:", "Episode:", "Fall:",
          "Registo:", "Kayıt:")
_GENERIC_LABEL = re.compile(
    rf"(?<![^\W\d_])(?:{_label_words(_NUMBER_WORDS + _BOOKS)}"
    r"|[ČčĆć](?![^\W\d_]))[ \t]*[:#.]*[ \t]*", re.IGNORECASE)
# A number word, then one or two words of what it numbers, cut short or not, then a colon or '#':
# 'Nr bad.:', 'Nr zlec.:', 'Č. pojištěnce:', 'Nº proc.:', 'N° exam.:', 'Broj uputnice:'. Read as the
# label of an identifier (six digits or more) unless a word names a device's part or its image
# ('Nr seryjny:', 'Nr kat.:', 'Č. šarže:', 'Nr obrazu:': `DEVICE_NUMBER_WORDS`) or counts ('No. of').
_NUMBER_AND_WORDS = re.compile(
    rf"(?<![^\W\d_])(?:{_label_words(_NUMBER_WORDS)}|[ČčĆć](?![^\W\d_]))[ \t]*\.?[ \t]*"
    r"(?P<words>[^\W\d_]{2,}\.?(?:[ \t]+[^\W\d_]{2,}\.?)?)[ \t]*[:#][ \t]*", re.IGNORECASE)
_DEVICE_WORD = re.compile(rf"(?i)(?:(?:{DEVICE_NUMBER_WORDS})s?|of)")
# The labels of a patient's, an accession's or an exam's number whose value may have any shape of
# letters, digits and hyphens once a colon or '#' follows them: the label beats the value's look of
# a probe or model ('Exam No: C5-1A', 'ID: TRC-NW8', 'Accession: US-2024-0412', 'MRN: C1-6-D').
_STRONG_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:MRN|MR[ \t]?#|MR[ \t]?No|PID|ID|Patient[ \t]?ID|Pat[ \t.-]*ID"
    r"|Acc(?:ession)?(?:[ \t]?(?:No|#|Number))?|(?:Exam|Study)[ \t.]*(?:No|Nr|Number|#|ID))\.?[ \t]*[:#][ \t]*")
# The strong labels before a number in groups ('MRN 12 345 678', 'Acc#: 9 876 543', 'Patient ID 12 345
# 678'): the colon may be left out, but for a bare 'ID'.
_STRONG_GROUPED_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:MRN|MR[ \t]?#|MR[ \t]?No|PID|Patient[ \t]?ID|Pat[ \t.-]*ID"
    r"|Acc(?:ession)?(?:[ \t]?(?:No|#|Number))?|(?:Exam|Study)[ \t.]*(?:No|Nr|Number|#|ID))\.?[ \t]*[:#]?"
    r"|ID\.?[ \t]*[:#])[ \t]*")
# Slashes too, as pathology and registry numbers are written ('Acc#: H/2024/03381', 'ID: 24/00123A').
_SHAPED_VALUE = re.compile(r"(?=[A-Za-z0-9/-]*\d)(?=[A-Za-z0-9/-]*[A-Za-z/-])[A-Za-z0-9][A-Za-z0-9/-]+[A-Za-z0-9]"
                           r"(?![\w.,/-])")
# The value: letters, digits and the separators of record numbers ('0077213408', '040378-1235',
# 'RSSGLI76E48H501Q', 'VH-0077/15'), three digits or more, ending where the token ends; not a
# decimal or a value with a unit ('1.92', '5.8mm', '128 slices').
_VALUE = re.compile(rf"(?=(?:[A-Za-z/.-]*\d){{3}})[A-Za-z0-9][A-Za-z0-9/.-]*[A-Za-z0-9](?![\w.,/-])(?!{UNIT_AFTER})")
# The rest of a number written in digit groups of any length parted by one space, after a label's
# colon or an acronym label ('SSN 123 45 6789', 'BSN: 1234 56 789', 'CNS: 898 0012 3456 7816'): not a
# group before a unit ('ID: 4471 20 mm'), nor a group of a decimal, a date or a time ('12.03.1980',
# '10:42'). A short last group before a word is a field of its own ('... 6789 55 Y': the age).
_DIGIT_GROUPS = re.compile(rf"(?:[ \t]\d{{1,6}}(?![\w.,/:-])(?!{UNIT_AFTER}))+")
_SHORT_LAST_GROUP = re.compile(r"[ \t]\d{1,2}$")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_DECIMAL = re.compile(r"\d{1,4}[.,]\d{1,3}")
# A number written in groups whose first group is short ('Steuer-ID: 47 036 892 815', 'CPR: 12 34 56 78'),
# after a label with its colon: three groups or more, six digits or more in all.
# Also with a group of one capital letter, as the German insurance numbers are printed ('A 123 456 789',
# the KVNR; '12 150580 M 123', the Rentenversicherungsnummer).
_GROUPED_VALUE = re.compile(r"(?:[A-Z][ \t]\d{3}|\d{1,2})(?:[ \t](?:\d{2,6}|[A-Z](?=[ \t]\d))){2,}"
                            rf"(?![\w.,/-])(?!{UNIT_AFTER})")


# A one-word identifier label of `ID` cut short after its fourth letter or later, with its point and
# colon ('Azon.:' of Azonosító, 'Patientenn.:', 'Törzssz.:', 'Potilasnum.:'): forms abbreviate a
# long label as they do its last word (`_pattern`). Read as 'N°' is: six digits or more after it.
_CUT_LABEL = re.compile(r"(?<![^\W\d_])(?P<cut>[^\W\d_]{4,})\.[ \t]*[:#][ \t]*")


def _fold(word: str) -> str:
    """`word` in lower case without its accents ('Azonosító' -> 'azonosito')."""
    return "".join(_base(c) for c in word.lower())


_CUT_WORDS = tuple(_fold(s.rstrip(":")) for s in ID if " " not in s.rstrip(":") and len(s.rstrip(":")) >= 7
                   and s.rstrip(":").isalpha())


def _cut_labels(text: str):
    """The `_CUT_LABEL` matches of `text` that are a one-word identifier label of `ID` cut short."""
    for m in _CUT_LABEL.finditer(text):
        cut = _fold(m.group("cut"))
        if any(w.startswith(cut) and len(w) >= len(cut) + 2 for w in _CUT_WORDS):
            yield m


# Break-test 11 (round 33's regressions): values of six digits or more that are no identifier, whose digits
# are parted by 'x', '/' between short numbers or thousands points: a matrix or a resolution ('512x512',
# '64x0.625' detector rows by collimation, '1280x720p'), a ratio or a blood pressure ('120/250', '140/90/72'),
# a count grouped in thousands ('1.250.000'), a DICOM UID (PS3.5 9.1: its root '1.2.840', '2.16.840': four
# components or more, starting 0, 1 or 2; not the Swiss AHV '756.1234.5678.97'). An identifier's digits are
# not joined across them; a year before the slash opens an entry's number ('Ricovero: 2025/4512',
# 'Protokol: 2025/77120' stay).
_NOT_AN_ID = re.compile(
    r"\d{1,4}(?:[.,]\d{1,3})?(?:[x\u00d7]\d{1,4}(?:[.,]\d{1,3})?)+[a-z]?"
    r"|(?!(?:19|20)\d\d/)\d{1,4}(?:[.,]\d{1,4})?(?:/\d{1,4}(?:[.,]\d{1,4})?){1,2}"
    r"|\d{1,3}(?:\.\d{3}){2,}|[012](?:\.\d{1,5}){3,}", re.IGNORECASE)


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
    for pattern, digits in ((_NUMBER_LABEL, 3), (_GENERIC_LABEL, 6), (_NUMBER_AND_WORDS, 6), (_CUT_LABEL, 6)):
        for label in (_cut_labels(text) if pattern is _CUT_LABEL else pattern.finditer(text)):
            value = _VALUE.match(text, label.end())
            acronym = pattern is _NUMBER_LABEL and label.group("acronym") is not None
            grouped = value is None and (re.search("[:#]", label.group(0)) or acronym)
            if grouped:  # 'NIR 1 85 05 78 006 084 36', 'Steuer-ID: 47 036 892 815'
                value = _GROUPED_VALUE.match(text, label.end())
            if value is None or _DECIMAL.fullmatch(value.group(0)) \
                    or sum(c.isdigit() for c in value.group(0)) < max(digits, 6 if grouped else 0) \
                    or after_device_word(text, label.start()) \
                    or (digits == 6 and _NOT_AN_ID.fullmatch(value.group(0))):
                continue
            end = value.end()
            if pattern is _NUMBER_AND_WORDS and any(
                    _DEVICE_WORD.fullmatch(w.rstrip(".")) for w in label.group("words").split()):
                continue  # 'Nr seryjny:', 'Nr kat.:': the device's number
            if pattern is _NUMBER_LABEL:
                colon = re.search("[:#]", label.group("sep"))
                if not colon and label.group("acronym") is None and value.group(0).isdigit() \
                        and len(value.group(0)) <= 4:
                    continue  # 'Hist 256', 'Dossier 2024': a word and a count or a year
                more = _DIGIT_GROUPS.match(text, end) if (colon or acronym) and value.group(0).isdigit() else None
                if more:
                    end = more.end()
                    short = _SHORT_LAST_GROUP.search(text, more.start(), end)
                    if short and _WORD_AFTER.match(text, end):
                        end = short.start()
            out.append((value.start(), end))
    for label in _STRONG_LABEL.finditer(text):
        value = _SHAPED_VALUE.match(text, label.end())
        if value is not None and len(value.group(0)) >= 3 and not after_device_word(text, label.start()):
            out.append((value.start(), value.end()))
    for label in _STRONG_GROUPED_LABEL.finditer(text):
        value = _GROUPED_VALUE.match(text, label.end())
        if value is not None and sum(c.isdigit() for c in value.group(0)) >= 6 \
                and not after_device_word(text, label.start()):
            out.append((value.start(), value.end()))
    out += _values_under_labels(text)
    return sorted(set(out))


# A banner of two columns, its labels at the left edge and its values far to the right ('MRN:' at x 20,
# '117720456' at x 190: fix round 31, review 17 B's US secondary capture), is read as lines of their own:
# the label alone on one line, its value alone on the next. A strong label or an identifier's label with
# its colon, alone on its line, and a value alone on the next line of six digits or more (no date, no
# decimal, no unit): the label's value. A value with more on its line is some other field's.
# Fix round 33 (review 18 A, a Korean ultrasound: 'Pt.ID' at x 8, its value at the tab stop x 120, no
# colon): consoles that set their values at a tab stop write the labels without a colon ('Name', 'Pt.ID',
# 'RRN'; Samsung Medison's and GE's Korean and Japanese banners). Without its colon, the label is one that
# says it is a number: a strong one ('MRN', 'Patient ID': `_STRONG_GROUPED_LABEL`), an acronym ('NHC',
# 'BSN') or one whose last word is 'ID' or a number word ('Pt.ID', 'Hasta No', 'Kanja Bango'); and it
# stands in a column of such labels: another label alone on its line a few lines away ('Name' over
# 'Pt.ID'). One word without a colon alone over a number is as often a heading ('MRN' over a list).
_LINE = re.compile(r"[^\n]*")
_NUMBER_WORD_LAST = re.compile(r"(?i)(?<![^\W\d_])(?:ID|No|Nr|N[°º]|Nummer|Numero|Número|Number|Bango|Beonho|Hao)\.?$")
_COLUMN_REACH = 4


def _in_a_column_of_labels(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Another line than `lines[i]` (a label) and the value's line after it, up to `_COLUMN_REACH` lines
    away, holds a banner's label alone (`_LABEL_IN_TEXT`): the labels stand in a column of their own."""
    for j in range(max(0, i - _COLUMN_REACH), min(len(lines), i + 2 + _COLUMN_REACH)):
        if j not in (i, i + 1) and _LABEL_IN_TEXT.fullmatch(text[lines[j][0]:lines[j][1]].strip()):
            return True
    return False


# fix round 35 (review 19 A, a French CR: 'N° SS' at x 8, its NIR at x 160 in the official grouping
# '1 51 04 33 063 224 39', read on a line of its own): national numbers are printed in the groups their
# issuer sets, parted by spaces (INSEE's NIR 1 2 2 2 3 3 + key 2; the NHS number 3 3 4, NHS Digital's
# Data Dictionary; the Canadian SIN 3 3 3, Service Canada; the Dutch BSN 4 2 3 as Logius prints it; the
# Belgian register number 2 2 2 3 2; the Swedish personnummer 6 4, Skatteverket). Alone on the line after
# its label, a run of three groups or more of one to six digits, nine digits or more in all, is the
# label's value. OCR misreads a digit of a small font as a letter ('063' read 'C6 3', a stray 'L52'
# inside '51'): a group may hold one letter beside its digits, so long as letters are a third of the
# groups at most; the label and the line around it say what the value is, not its check digit.


def _spaced_id_line(line: str) -> re.Match | None:
    """`line` whole, when it is an identifier printed in space-parted digit groups: each of one to six
    characters, a digit among them and one letter at most."""
    groups = line.split(" ")
    if len(groups) < 3 or any(not g or len(g) > 6 or not any(ch.isdigit() for ch in g)
                              or sum(ch.isalpha() for ch in g) > 1 or not g.isalnum() for g in groups):
        return None
    if sum(ch.isdigit() for ch in line) < 9 or 3 * sum(any(ch.isalpha() for ch in g) for g in groups) > len(groups):
        return None
    if _scale_or_repeat(groups):
        return None
    return re.fullmatch(r".+", line)


def _scale_or_repeat(groups: list[str]) -> bool:
    """Digit groups that are a scale or a repeated setting, not an identifier (break-test 13):
    one value repeated ('120 120 120', '512 512 512'), or an even step over four groups or more
    ('0 10 20 30 40 50', '1 2 3 4 5 6 7 8 9') or over round numbers ('100 200 300')."""
    if not all(g.isdigit() for g in groups):
        return False
    values = [int(g) for g in groups]
    if len(set(values)) == 1:
        return True
    steps = {b - a for a, b in pairwise(values)}
    return len(steps) == 1 and (len(values) >= 4 or all(v % 10 == 0 for v in values))


def _values_under_labels(text: str) -> list[tuple[int, int]]:
    """(start, end) of each identifier alone on the line after a line holding only its label."""
    out = []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() == 0 or text[m.start() - 1] == "\n"]
    for i, ((a, b), (c, d)) in enumerate(zip(lines, lines[1:], strict=False)):
        label = text[a:b].strip()
        strong = _STRONG_LABEL.fullmatch(label + " ")
        numbered = _NUMBER_LABEL.fullmatch(label)
        if not (strong or (numbered and re.search("[:#]", numbered.group("sep")))):
            bare = _STRONG_GROUPED_LABEL.fullmatch(label + " ") or (numbered and (
                numbered.group("acronym") or _NUMBER_WORD_LAST.search(label)))
            if not (bare and _in_a_column_of_labels(text, lines, i)):
                continue
        line = text[c:d]
        value = _VALUE.fullmatch(line.strip()) or _spaced_id_line(line.strip())
        if value is None or sum(ch.isdigit() for ch in line) < 6 or _DECIMAL.fullmatch(line.strip()) \
                or re.fullmatch(r"\d{1,4}([./-])\d{1,2}\1\d{1,4}", line.strip()) or after_device_word(text, a) \
                or _NOT_AN_ID.fullmatch(line.strip()):
            continue
        start = c + len(line) - len(line.lstrip())
        out.append((start, start + len(line.strip())))
    return out


class IdSpanRecognizer(EntityRecognizer):
    """ID: the character spans `spans(text) -> [(start, end), ...]` finds, each at `score`; a
    rule function of this package (`labelled_numbers`, `patterns.grouped_ids`, ...)."""

    def __init__(self, name: str, spans: Callable[[str], list[tuple[int, int]]], score: float) -> None:
        super().__init__(supported_entities=["ID"], name=name, supported_language="en")
        self.spans, self.score = spans, score

    def load(self) -> None:  # nothing to load: rules only
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if entities and "ID" not in entities:
            return []
        return [RecognizerResult("ID", a, b, self.score) for a, b in self.spans(text)]


def labelled_number_recognizer() -> IdSpanRecognizer:
    """ID: the value after a patient-identifier or accession label (`labelled_numbers`); the
    label itself is never part of the result."""
    return IdSpanRecognizer(LABELLED_NUMBER, labelled_numbers, LABELLED_NUMBER_SCORE)
