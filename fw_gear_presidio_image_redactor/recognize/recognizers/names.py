"""Person names found by their context, without DICOM metadata.

The NER model knows common given names in prose; an overlay's name is neither
prose nor, often, a common name ('HOPE OBRIEN', 'FERREIRA JUNE', 'Nguyen, Thanh').
Two contexts mark a name on a device's screen where the words themselves do not:

- **A name label on the same line** (`LabelledNameRecognizer`): 'Name:', 'Patient
  Name', 'Pat. Name', 'Pt:', 'Patient:', 'Referring Physician', 'Ref. Phys.',
  'Referrer', 'Operator', 'Sonographer', 'Performed by', and a report's distribution
  lines 'cc:', 'Attn:', 'Copy to:' ... followed by capitalised words. Labels forgive
  OCR's 0/O and 1/l/I ('0p: JKL' in a monospaced font), as header values do. The
  labels are those of DICOM's person-name attributes as devices print them (PS3.6:
  Patient's Name, Referring Physician's Name, Performing Physician's Name, Operators'
  Name, Name of Physician(s) Reading Study) and the banner labels of the real images
  the project has. A bare 'Patient' or 'Pt' needs a colon ('Patient
  Position' is no name).
- **A name field in the patient banner** (`name_fields`): a field of two or three
  capitalised words (one case style, an optional middle initial, 'FAMILY, GIVEN'
  allowed) that stands on the same line as, or directly over or under, an ID, a date
  or an age already found. Devices print the patient's name beside the ID and the
  date of birth (IHE's Basic Image Review profile lists name, ID, birth date and sex
  as the patient banner; every vendor overlay the project has does so). No word of the
  field may be overlay, device or label vocabulary, nor an institution head word.

Two shapes mark a name wherever it stands:

- **A title before a name** (`TitledNameRecognizer`): 'Dr. Grace Okafor', 'Dra. Ana Lopez',
  'Prof Dr med Hans Mueller'; the words after the title must be name words, not vocabulary
  ('Mr Knee Left', 'DR System', 'PROF GE Knee' are a modality, a device and a profile).
  The title finds the name but is no part of it: it stays, as a label does (`with_particles`).
- **'FAMILY, GIVEN'** as a field of its own (`comma_names`): 'Green, Sarah', 'Lunar, Maria',
  'Simpson, Mary': the family name may be any vocabulary (a vendor, an echo method), the given
  names may not. Written alone on its line with a family name's shape (two surnames, a particle,
  a hyphen: 'Pinto Carvalho, Beatriz', 'da Silva, Ana') and no vocabulary, it needs no patient
  data beside it (`_name_shaped_family`).

Neither rule reads the pixels' meaning: a device line ('Adult Echo', 'LYMPH NODE',
'PORTABLE UPRIGHT') is vocabulary and never a name field, and a field with a digit
or a sign in it is a value, not a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from pydicom.datadict import keyword_dict

from ...findings import Box
from ..text_layout import TextLayout, stacked
from .banner_labels import LOGIN_LABEL_WORDS, PERSON_LABEL_WORDS, animal_description, without_labels
from .device_vocabulary import (
    LOCALIZED_CONTEXT_WORDS,
    VENDOR_NAMES,
    is_context_word,
    is_device_token,
    is_device_word,
    is_vendor_phrase,
    only_device_words,
)
from .institutions import (
    department_places,
    department_spans,
    device_line,
    has_institution_head,
    in_lower_line,
    lower_lines_title_cased,
)
from .letters import CAPITAL, LETTER, LOWER, UPPER
from .ocr_tolerant import CONFUSABLE
from .vocabulary import LABEL_PREFIX, NON_PHI_WORDS, stop_words

LABELLED = "overlay-labelled-name"
LABELLED_SCORE = 0.7
# The recognition metadata key of a staff member's value after a role label ('RT: PA', 'Sonographer:
# Gain', 'Technicien: MD'): the label says it is a person, whatever overlay word it also is.
STAFF_VALUE = "staff_value"
FIELD = "overlay-name-field"
FIELD_SCORE = 0.5

# Placeholders that de-identified or test data put where a name stands: no one's name.
PLACEHOLDERS = frozenset({"anonymous", "anonymized", "anonymised", "anon", "unknown", "none", "n/a", "na",
                          "not", "available", "removed", "redacted", "deidentified", "de-identified"})

_PHYS = r"Phys(?:ician)?(?:'s)?\.?"
# Labels a name may follow with or without a colon.
_NAME_LABELS = (
    r"Patient(?:'s)?\s+Name", r"Pat(?:ient)?\.?\s*Name", r"Pt\.?\s*Name", r"Name(?:\s+of\s+" + _PHYS + ")?",
    rf"Referring\s+(?:{_PHYS}|Dr\.?|Doctor)", r"Referring", rf"Ref(?:\.|erring)?\s*(?:{_PHYS}|Dr\.?|Doctor)",
    r"Referrer", rf"(?:Performing|Reading|Attending|Requesting|Ordering|Referring|Primary(?:\s+Care)?)\s+"
    rf"(?:{_PHYS}|Dr\.?|Provider|Clinician|Doctor|Surgeon)",
    r"Operators?(?:'s?)?(?:\s+Name)?", r"Sonographer", r"Technologist", r"Radiologist",
    r"(?:Performed|Read|Reported|Signed|Dictated|Scanned|Approved|Ordered|Requested|Interpreted|Verified"
    r"|Reviewed|Transcribed|Referred)\s+by",
    # a form's name fields in one word (NHS and UK request forms: 'Surname:', 'Forename(s):'); 'Last
    # Name', 'Family Name', 'First Name' end in 'Name' above
    r"Surnames?(?:\(s\))?", r"Forenames?(?:\(s\))?",
)
# Labels that need a colon (or '#') after them: alone they are ordinary words.
# Report pages also name who gets a copy: 'cc:', 'Attn:', 'Copy to:' (the distribution
# lines of a letter or report, as report templates write them).
_COLON_LABELS = (r"Patient", r"Pat\.?", r"Pt\.?", r"Ref\.?", r"Tech\.?", r"Physician", r"Attending", r"Doctor",
                 r"Op\.?", r"Sono", r"cc", r"c\.c\.", r"bcc", r"Attn\.?", r"Attention", r"Copy[ \t]+to",
                 r"Copies[ \t]+to", r"Cc[ \t]+to", r"Dictated", r"Transcribed", r"Author", r"Signed",
                 r"Provider", r"Clinician", r"Surgeon", r"Interpreter",
                 # a veterinary banner's owner of the animal (the DICOM Responsible Person (0010,2297),
                 # PS3.3 C.7.1.1): en Owner, Client, de Besitzer, Halter, fr Propriétaire, es/it
                 # Propietario/a, Proprietario/a, nl Eigenaar
                 r"Owner", r"Client", r"Besitzer(?:in)?", r"Halter(?:in)?", r"Propri[eé]taire",
                 r"Propr?i[eé]tari(?:o|a)", r"Eigenaar",
                 # the animal itself, the veterinary record's patient (its name is the DICOM Patient's Name)
                 r"Animal", r"Pet", r"Tier", r"Dier", r"Animale",
                 # who signed a consent or a form: en Signature, de Unterschrift, da/no/sv Underskrift,
                 # nl Handtekening, fr Signé (par), es/it Firma, pt Assinatura, pl/cs Podpis (their
                 # dictionaries' words for a signature); a value of device words alone is no one
                 # ('Firma: Siemens', the German 'Firma' is a company: `_SIGNATURE`)
                 r"Signature", r"Unterschrift", r"Underskrift", r"Handtekening", r"Sign[eé](?:[ \t]+par)?",
                 r"Firma", r"Assinatura", r"Podpis")
_SIGNATURE = re.compile(r"(?i)(?:Signature|Unterschrift|Underskrift|Handtekening|Sign[eé](?:[ \t]+par)?|Firma"
                        r"|Assinatura|Podpis)[ \t]*[:#][ \t]*")


def _ocr_forgiving(pattern: str) -> str:
    """`pattern` with each letter o, i and l also matching what OCR reads for it in a
    monospaced or small font ('0p:' for 'Op:', 'F1LM', 'Phys1cian'), as the header values
    are matched (`ocr_tolerant.CONFUSABLE`). Escapes ('\\s', '\\t') are left alone."""
    return re.sub(r"(?<!\\)[oOiIlL]", lambda m: "[" + re.escape(CONFUSABLE[m.group(0).lower()]) + "]", pattern)


_LOWER_PARTICLES = ("de", "del", "della", "der", "den", "van", "von", "ter", "ten", "da", "das", "do", "dos", "du",
                    "di", "la", "le", "al", "el")
# The person labels of the other languages devices speak (`banner_labels.PERSON_INTL`: 'Naam',
# 'Paciente:', 'Kanja Mei', 'Untersucher'). After them and the English ones a lower-case surname
# particle is left to the analyzer to add ('Naam: de Wit-Bakker', 'Name: de Vries':
# `with_particles`); read as the value's first word it ended the name before it began.
_PARTICLES_AFTER_LABEL = rf"(?:(?:{'|'.join(sorted(_LOWER_PARTICLES, key=len, reverse=True))})[ \t]+)*"
_INTL_LABEL = rf"(?<![^\W\d_])(?:{PERSON_LABEL_WORDS})[ \t]*[:#]?[ \t]*{_PARTICLES_AFTER_LABEL}(?=[^\W\d_])"
# Who made the image, by their role (PS3.6 Operators' Name (0008,1070), Performing Physician's
# Name): the staff labels of consoles and portable units across vendors and languages, most often
# followed by the person's initials ('RT: JKM', 'Tech: J.K.M.', 'Sono: AB', 'MTRA: KL'). Without
# a colon, only the spelled-out roles and the 'X by' phrases ('Technician JKM', 'Exam by AB'): the
# short forms alone are ordinary words or settings ('RT' right, 'Op' operation, 'Perf' perfusion).
# English: RT, RTT (radiologic / radiation therapy technologist: ARRT), Tech, Techn., Rad Tech,
# Technician, Radiographer (UK, AU), Sonographer, Sono, Sonog., Echographer, Operator, Oper., Op.,
# Perf. by (performed; 'Perf:' alone is a perfusion setting), Exam by, Examined by, Acquired by,
# Imaged by, Captured by, Done by, Tech Initials; German MTRA, MTA, MTR (medizinisch-technische/r
# Radiologieassistent/in), Bediener (operator), Untersucher (`banner_labels.PHYSICIAN_INTL`);
# French Manip. (manipulateur/trice en électroradiologie), Opérateur, Technologue (Québec);
# Spanish, Portuguese and Italian Operador,
# Operatore, Téc./Técn./Tec./Tecn. (técnico, tecnico), TSRM / TRM (Tecnico Sanitario di Radiologia
# Medica); the roles' abbreviations as Wiktionary and the professional bodies write them.
_ROLE_LABELS = (r"Technician", r"Radiographer", r"Echographer", r"Examiner", r"Bediener", r"Technologue",
                r"Operat(?:rice|ore|ora)",
                r"(?:Exam(?:ined)?|Perf(?:\.|'d)?|Acquired|Imaged|Captured|Done)[ \t]+by")
_ROLE_COLON_LABELS = (r"RTT?(?:\([A-Z]{1,3}\))*", r"Techn?\.?", r"Rad\.?[ \t]*Techn?\.?",
                      r"Tech(?:nologist)?[ \t]+Init(?:ials|\.)?", r"Init(?:ials|\.)?", r"Sonog?\.?", r"Oper\.?",
                      r"Manip\.?", r"MTRA", r"MTA", r"MTR", r"T?SRM", r"TRM", r"T[eé]cn?\.?")
# The rest of the team a procedure's log or a cath-lab, theatre or endoscopy banner lists by role,
# each with a colon and a name, 'Last, First' or the person's initials after it, often several on
# one line ('Operator: Dr. Hamad Al-Qahtani Nurse: Grace Mbeki Recorder: RMS', 'Ordering: Hannah
# Lindqvist, NP'): the ordering clinician, nurse, recorder (the hemodynamic monitoring record's
# scribe), scrub and circulating nurse, anaesthetist, fellow, resident, perfusionist, reader,
# scribe and witness (the roles of AORN's and the WHO Surgical Safety Checklist's team, the
# ACC/AHA cath-lab staff roles, SCAI), in English and as Spanish, Portuguese, French, German and
# Italian write them (the professions' names in Wiktionary and the national registers: enfermero/a,
# enfermeiro/a, infirmier/ère, Pflegekraft, infermiere/a; instrumentista, instrumentador/a,
# instrumentiste, Instrumentierende/r, strumentista; circulante, circulant/e, Springer/in,
# circolante; anestesista, anestesiólogo/a, anestesiologista, anesthésiste, Anästhesist/in;
# residente, interne, Assistenzarzt/ärztin, specializzando/a; perfusionista, perfusionniste,
# Kardiotechniker/in; ecografista, échographiste; lector/a, leitor/a, lecteur/trice, Befunder/in,
# refertatore/trice; testigo, testemunha, témoin, Zeuge/Zeugin, testimone). Ordinary words alone
# ('Fellow', 'Resident', 'Reader', 'Witness'), so only with a colon.
# The same roles as the Nordic, German and Dutch consoles and RIS banners write them, the referrer and
# the examiner first ('Sonograf: AL  Remiss: Ingrid Bergkvist', 'Tutkija: AK'), each with a colon and a
# name or 2-4 initials after it (the professions' and the referral's names in Svenska Akademiens
# ordlista, Bokmålsordboka, Den Danske Ordbog, Kielitoimiston sanakirja, Duden and Van Dale):
# sv Remiss (referral), Remittent, Remitterande (läkare), Undersökare, Sonograf, Röntgensjuksköterska,
# Sjuksköterska, Granskare; no Remitterende (lege), Henvisende (lege), Rekvirent, Undersøker, Sykepleier;
# da Henvisende (læge), Henviser, Undersøger, Sygeplejerske; fi Lähettäjä, Lähettävä lääkäri, Tutkija,
# Röntgenhoitaja, Hoitaja, Sonografi; de Einsender/in, Zuweiser/in, Überweiser/in, Einweiser/in;
# nl Verwijzer, Verwijzend arts, Aanvrager, Onderzoeker, Echografist/e, Laborant/e.
_NORDIC_ROLE_LABELS = (
    r"Remiss", r"Remittent", r"Remitterande(?:[ \t]+l[äa]kare)?", r"Unders(?:ö|o)kare", r"Sonografi?",
    r"R(?:ö|o)ntgensjuksk(?:ö|o)terska", r"Sjuksk(?:ö|o)terska", r"Granskare",
    r"Remitterende(?:[ \t]+lege)?", r"Henvisende(?:[ \t]+(?:lege|l(?:æ|a)ge))?", r"Henviser", r"Rekvirent",
    r"Unders(?:ø|o)ker", r"Unders(?:ø|o)ger", r"Sykepleier", r"Sygeplejerske",
    r"L[äa]hett[äa]j[äa]", r"L[äa]hett[äa]v[äa][ \t]+l[äa][äa]k[äa]ri", r"Tutkija", r"R(?:ö|o)ntgenhoitaja", r"Hoitaja",
    r"Einsender(?:in)?", r"Zuweiser(?:in)?", r"(?:Ü|Ue|U)berweiser(?:in)?", r"Einweiser(?:in)?",
    r"Verwijzer", r"Verwijzend[ \t]+arts", r"Aanvrager", r"Onderzoeker", r"Echografist(?:e)?", r"Laborante?",
    # fix round 36 (review 19 B: a Swedish mammogram's 'Ssk: ASN'): the nurse's and the physician's short
    # forms of these banners (Svenska Akademiens ordlista's abbreviations: ssk sjuksk\u00f6terska, usk
    # underskoterska, rtg-ssk r\u00f6ntgensjuksk\u00f6terska; Bokm\u00e5lsordboka / Den Danske Ordbog spl.
    # sykepleier / sygeplejerske) and the physician (sv l\u00e4kare, no lege, da
    # l\u00e6ge, fi l\u00e4\u00e4k\u00e4ri), each with a colon
    r"Ssk\.?", r"Usk\.?", r"(?:Rtg|R(?:\u00f6|o)ntgen)-?ssk\.?", r"Spl\.?",
    r"L(?:\u00e4|a)kare", r"Lege", r"L(?:\u00e6|ae)ge", r"L(?:\u00e4\u00e4|aa)k(?:\u00e4|a)ri",
)
_TEAM_ROLE_LABELS = (
    r"Ordering", r"Orderer", r"(?:Scrub|Circulating|Charge|Recovery|Cath(?:[ \t]+Lab)?|Theatre|OR)?[ \t]*Nurse",
    r"RN", r"Recorder", r"Recorded[ \t]+by", r"Scrub", r"Circulator", r"Circulating",
    r"An(?:a|ae|æ)?sth?etist", r"An(?:a|ae|æ)?sthesiologist", r"Fellow", r"Resident", r"Perfusionist",
    r"Reader", r"Scribe", r"Witness(?:ed[ \t]+by)?", r"Assistant", r"Asst\.?",
    # the theatre list's short forms ('Scrub: Dr Hart  Circ: Lee'): Circ., Anes., Anesth., Surg.
    r"Circ\.?", r"An(?:a|ae|æ)?es(?:th)?\.?", r"Surg\.?",
    r"Enfermer(?:o|a)", r"Enfermeir(?:o|a)", r"Enf\.", r"Infirmi(?:er|[eè]re)", r"Pflege(?:kraft)?",
    r"(?:Kranken)?[ \t]*[Ss]chwester", r"Pfleger(?:in)?", r"Infermier(?:e|a)",
    r"Instrumentist(?:a|e)", r"Instrumentador[a]?", r"Instrumentierende[r]?", r"Strumentista",
    r"Circulante", r"Circulant(?:e)?", r"Springer(?:in)?", r"Circolante",
    r"Anestesista", r"Anestesi(?:o|ó)log(?:o|a)", r"Anestesiologista", r"Anesth[eé]siste",
    r"An(?:ä|ae|a)sthesist(?:in)?",
    r"Residente", r"Interne", r"Assistenzarzt", r"Assistenz(?:ä|ae|a)rztin", r"Specializzand(?:o|a)",
    r"Perfusionista", r"Perfusionniste", r"Kardiotechniker(?:in)?",
    r"Ecografista", r"[EÉ]chographiste", r"Lector[a]?", r"Leitor[a]?", r"Lect(?:eur|rice)", r"Befunder(?:in)?",
    r"Refertat(?:ore|rice)", r"Testigo", r"Testemunha", r"T[eé]moin", r"Zeug(?:e|in)", r"Testimone",
    r"Solicitante", r"Requisitante", r"Prescripteur", r"Anforderer", r"Richiedente",
    *_NORDIC_ROLE_LABELS,
)
# What stands after a team role label and is no one (`_staff_value`), read in any case: a consent
# form's and a checkbox's states in the labels' languages (yes/no: en, es, pt, fr, de, it, nl, sv, no,
# da, fi; present/absent; waived, declined, pending, signed); the HL7 v2 Patient Class (Table 0004:
# Inpatient, Outpatient, Emergency, Preadmit) and order Priority (Table 0027: STAT, ASAP, Routine);
# a list's sort order (ASC, DESC); a video recorder's states and media (the DVR / medical recorder
# manuals: REC, Paused, Stop, Play, Standby, DVR, HDD, SSD, USB, DVD); nurse call (Call, Station,
# Bell: IEC 60601-1-8 nurse call); the nursing and technologist credentials that follow a role, not a
# person (RN, LPN, LVN, NP, CNA, CRNA, APRN, RT, RRT, CST, ST: the US state boards' and ARRT's
# abbreviations); the skin antiseptics of a scrub (WHO Guidelines on Hand Hygiene, surgical hand
# preparation: Chlorhexidine, Povidone, Iodine, Betadine, Alcohol, ChloraPrep, DuraPrep); and the
# video and CR reader vendors that are no names of people (Sony, Panasonic, Olympus, Pentax, Storz,
# Mitsubishi, Fujinon: the medical recorders' and endoscopes' makers), and a reader that is a machine
# (FCR Fuji Computed Radiography, CAD computer-aided detection). Other device words stay initials
# ('Tutkija: AK').
_TEAM_NON_VALUES = frozenset(w.lower() for w in (
    "Yes", "No", "Y", "N", "Sí", "Si", "Sim", "Não", "Nao", "Oui", "Non", "Ja", "Nein", "Nee", "Nej", "Kyllä",
    "Kylla", "Ei", "Present", "Absent", "Presente", "Ausente", "Présent", "Présente", "Absente", "Anwesend",
    "Abwesend", "Aanwezig", "Afwezig", "Waived", "Declined", "Refused", "Pending", "Signed", "Unsigned",
    "Required", "Done", "Complete", "Completed", "Inpatient", "Outpatient", "Emergency", "Preadmit", "STAT",
    "ASAP", "Routine", "Urgent", "ASC", "DESC", "Ascending", "Descending", "REC", "Recording", "Paused",
    "Pause", "Stop", "Stopped", "Play", "Standby", "Ready", "Idle", "Active", "DVR", "HDD", "SSD", "USB", "DVD",
    "Call", "Station", "Bell", "FCR", "CAD", "CADe", "CADx", "RN", "LPN", "LVN", "NP", "CNA", "CRNA", "APRN",
    "RRT", "CST",
    "Chlorhexidine",
    "Povidone", "Iodine", "Betadine", "Alcohol", "ChloraPrep", "DuraPrep", "Sony", "Panasonic", "Olympus",
    "Pentax", "Storz", "Mitsubishi", "Fujinon"))
# A product's number after a team label ('Nurse: Lot 4411A', 'Witness: SN 1234567', 'Scrub: S/N 84072
# Lot 2211', 'Ref 5501'): the lot, serial and catalogue labels of ISO 15223-1 (LOT, SN, REF), no one.
_PRODUCT_NUMBER = re.compile(r"(?i:Lot|SN|S/N|Ref|Cat)\.?[ \t]*[:#]?[ \t]*[A-Za-z]{0,3}\d")
# A team role label (`_TEAM_ROLE_LABELS`): ordinary words, whose value is a person only where it is
# not vocabulary alone ('Resident: Yes', 'Witness: Present', 'Nurse: ECG' name no one).
_TEAM_ROLE = re.compile(_ocr_forgiving(rf"(?:{'|'.join(_TEAM_ROLE_LABELS)})[ \t]*[:#][ \t]*"), re.IGNORECASE)
# A staff role label of any of those lists, the existing English ones included: their value is a
# person or a console's account, never a setting ('Operator: Auto', 'Tech: Service': `_STAFF_ACCOUNTS`).
_ROLE = re.compile(_ocr_forgiving(
    rf"(?:{'|'.join(_ROLE_LABELS + _ROLE_COLON_LABELS + _TEAM_ROLE_LABELS)}"
    r"|Operators?(?:'s?)?(?:\s+Name)?|Sonographer|Technologist"
    r"|Tech\.?|Op\.?|Sono|Scanned[ \t]+by|Untersucher|Op[eé]rat(?:eur|or|ör|ør)|Operador|MTRA|MTA"
    r"|(?:Tech|Operator)[ \t]*(?:ID|No\.?|Nr\.?)|R(?:ö|oe?)ntgenass(?:\.|istent(?:in)?)|Laborant(?:ka|ky|in)?"
    r"|Technicien(?:ne)?|Techni(?:k|czka)|Asistent(?:ka)?|T[eé]cnico|Radiograf"
    # the Turkish and Nordic technician ('Tekn.: ayilmaz': teknisyen, tekniker; `banner_labels`' staff labels)
    r"|Tekn\.?|Teknisyen|Tekniker)[ \t]*[:#]?[ \t]*"
), re.IGNORECASE)
# The short role labels that are also a setting's label or a caption: 'RT:' right (an ultrasound
# caption), respiratory triggering or rotation time, 'Tech:' technique, 'Op:' operation, 'Init:'
# initialisation, 'Sono:' a mode. Their value is a person's initials unless it is the setting a
# device writes there (`_ROLE_SETTINGS`); after every other role label a capitalised word is a name.
_SHORT_ROLE = re.compile(_ocr_forgiving(
    r"(?:RTT?|Techn?\.?|Op\.?|Oper\.?|Init(?:ials|\.)?|Sonog?\.?)[ \t]*[:#]?[ \t]*"), re.IGNORECASE)
# What a console writes where the operator's name goes when no one logged in by name: its
# accounts and modes ('service', 'admin', 'default', 'guest', 'QC', 'Physicist', 'Test').
_STAFF_ACCOUNTS = frozenset({"service", "admin", "administrator", "default", "user", "guest", "operator", "tech",
                             "technologist", "physicist", "qc", "test", "demo", "sys", "system", "manual", "normal",
                             "standard", "std", "auto", "all", "any", "local", "remote", "root"})
# Who is logged in to a worklist, a PACS viewer or a console, by the login label of its status bar
# and a login in lower case ('Utilizador: mfonseca', 'User: jsmith', 'Login: m.fonseca', 'Benutzer:
# fonsecam2'): an account named after its person (surname and initial, the IT practice that most
# hospital directories follow) is that person's name. The labels of the user interfaces in their
# languages: en User, User name, Username, User ID, Login, Logged in (as), Signed in (as), Logged on,
# Current user, Operator; de Angemeldet (als), fr Connecté (en tant que), es/pt Conectado (como), nl
# Aangemeld (als), sv Inloggad (som) (the status bars of the vendors' localised viewers); pt Utilizador
# (PT), Usuário (BR); es Usuario; fr Utilisateur; de Benutzer, Anwender; it Utente; nl Gebruiker;
# sv Användare; no Bruker; da Bruger; fi Käyttäjä; pl Użytkownik; cs Uživatel; hu Felhasználó; tr
# Kullanıcı. A colon is needed ('User Guide', 'Login screen'); a shared account is no one
# (`_STAFF_ACCOUNTS`: 'User: admin', 'Login: service', 'Operator: guest').
_LOGIN_LABEL = re.compile(
    r"(?<![^\W\d_])(?i:User(?:[ \t]*(?:name|ID))?|Username|Login|(?:Logged|Signed)[ \t]+(?:in|on)(?:[ \t]+as)?"
    r"|Current[ \t]+user|Angemeldet(?:[ \t]+als)?|Connect[ée](?:[ \t]+en[ \t]+tant[ \t]+que)?|Conectado(?:[ \t]+como)?"
    r"|Aangemeld(?:[ \t]+als)?|Inloggad(?:[ \t]+som)?|Operator|Utilizador"
    r"|Usu[aá]rio|Utilisateur|Benutzer(?:name)?|Anwender|Utente|Gebruiker|Anv[aä]ndare|Bruker|Bruger|K[aä]ytt[aä]j[aä]"
    r"|U[zż]ytkownik|U[zž]ivatel|Felhaszn[aá]l[oó]|Kullan[ıi]c[ıi]"
    # the round's further languages (Wiktionary's translation table of *user*): ro Utilizator, et
    # Kasutaja, lv Lietotājs, lt Vartotojas, sl Uporabnik, sk Používateľ, hr/bs/sr/mk Korisnik, sq
    # Përdoruesi, ru Pol'zovatel', uk Korystuvach, bg Potrebitel, ms/id Pengguna, tl Gumagamit, vi
    # Người dùng, sw Mtumiaji, is Notandi, az İstifadəçi, uz Foydalanuvchi, kk Paidalanushy
    r"|Utilizator|Kasutaja|Lietot[aā]js|Vartotojas|Uporabnik|Pou[zž][ií]vate[lľ]|Korisnik|P[eë]rdorues(?:i)?"
    r"|Pol'?zovatel'?|Korystuvach|Potrebitel|Pengguna|Gumagamit|Ng[uư][oờ]i[ \t]+d[uù]ng|Mtumiaji|Notandi"
    r"|[İI]stifad[əe][çc]i|Foydalanuvchi|Pa[iy]dalanush[iy]"
    rf"|{LOGIN_LABEL_WORDS})[ \t]*:[ \t]*"  # and the other languages' (`banner_labels.LOGIN`: 'Pengguna:')
    r"(?P<login>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![^\s,;])")


# A console's or a PACS's shared account, role or work pattern where a person's login goes, none of
# them a person's name (a hospital directory names an account after its person: an initial glued to
# the surname 'rgarcia', first.last 'a.rossi', the surname and an initial 'fonsecam'):
# - the accounts the vendors' service manuals and the consoles' login screens list: a modality's or a
#   scope's prefix glued to an account word ('ctuser', 'mrtech', 'sysadmin', 'localadmin',
#   'remoteservice', `_ACCOUNT_SCOPES` + `_ACCOUNT_WORDS`), and GE's remote service account InSite
#   (GE HealthCare, InSite remote service), Bayer's injector service (Medrad);
# - the staff roles written as the account (the professions' names: radiologist, resident, fellow,
#   nurse, technician, locum, agency ...), the workflow states of a reading worklist (IHE RAD
#   Scheduled Workflow's and the RIS status words: review, reviewed, approved, repeat, rescan,
#   unassigned, pending, verified ...), work patterns (weekend, oncall, onsite, night ...), a site's
#   places and systems (hospital, clinic, console, workstation, PACS, DICOM) and a console's setting
#   modes that no device vocabulary has (tracking, lowdose, noncontrast, pedi, ortho);
# - the same in the staff and login labels' languages (Wiktionary's translations of *service*, *duty*,
#   *on call*, *emergency*, *guest*, *maintenance*): de Dienst, Notdienst, Bereitschaft, Wartung; fr
#   urgence, garde, astreinte, maintenance; it guardia, servizio, reperibilità, manutenzione; es
#   guardia, servicio, urgencias, mantenimiento; pt plantão, serviço, manutenção; nl dienst, onderhoud;
#   sv/no/da jour, vakt, underhåll, vedlikehold, gæst; fi päivystys, huolto, vieras; pl dyżur, serwis,
#   gość; cs/sk služba, servis, host; hr/bs/sr servis, dežurstvo, gost; sl dežurstvo; et hooldus,
#   valve, külaline; lv serviss, viesis; lt servisas, svečias; ro serviciu, gardă, oaspete; tr nöbet,
#   servis, bakım, misafir; is gestur, þjónusta; sw mgeni, huduma; ms/id tamu, tetamu, servis.
_ACCOUNT_WORDS = frozenset({"user", "users", "admin", "adm", "administrator", "service", "svc", "serv", "tech",
                            "techs", "operator", "oper", "op", "guest", "default", "root", "sys", "system"})
_ACCOUNT_SCOPES = ("ct", "mr", "mri", "us", "xr", "xray", "cr", "dr", "dx", "nm", "pet", "pt", "mg", "mammo", "rf",
                   "xa", "ir", "cath", "angio", "echo", "local", "remote", "super", "sys", "site", "field", "web",
                   "pacs", "ris", "domain", "dept", "lab", "power", "main", "scan", "scanner", "console", "rad")
_NOT_A_LOGIN = frozenset({
    "insite", "medrad", "remoteservice", "fieldservice", "siteadmin", "webadmin",
    "radiologist", "resident", "fellow", "nurse", "nurses", "technician", "technicians", "technologists", "locum",
    "agency", "float", "intern", "registrar", "consultant", "attending", "physician", "doctor", "surgeon",
    "sonographer", "radiographer", "therapist", "assistant", "trainee", "supervisor", "manager", "reader",
    "scribe", "volunteer", "specialist", "applications", "apps", "clinician", "radiology", "imaging",
    "review", "reviewed", "reviewer", "approved", "approve", "approval", "repeat", "repeated", "rescan", "retake",
    "redo", "recall", "unassigned", "assigned", "pending", "verified", "verify", "signed", "draft", "final",
    "prelim", "preliminary", "cancelled", "canceled", "completed", "complete", "rejected", "reject", "scheduled",
    "weekend", "weekday", "oncall", "onsite", "offsite", "mobile", "portable", "evening", "overnight", "nights",
    "late", "early", "shift", "duty", "backup", "relief", "cover", "temp", "temporary", "spare", "locums",
    "hospital", "clinic", "ward", "console", "workstation", "pacs", "dicom", "server", "scanner", "modality",
    "host", "terminal", "kiosk",
    "automatic", "tracking", "noncontrast", "precontrast", "postcontrast", "noncon", "precon", "postcon",
    "dualenergy", "lowdose", "pedi", "peds", "paeds", "ortho", "neuro", "cardiac", "msk",
    "dienst", "notdienst", "nachtdienst", "bereitschaft", "wochenende", "wartung", "kundendienst", "gast",
    "urgence", "urgences", "garde", "astreinte", "nuit", "invite",
    "guardia", "servizio", "reperibilita", "reperibilità", "notte", "manutenzione", "ospite",
    "servicio", "urgencias", "urgencia", "mantenimiento", "invitado",
    "plantao", "plantão", "servico", "serviço", "manutencao", "manutenção", "convidado",
    "onderhoud", "nacht", "gastgebruiker",
    "jour", "vakt", "underhall", "underhåll", "vedlikehold", "vedligehold", "gaest", "gæst", "gjest",
    "paivystys", "päivystys", "huolto", "vieras",
    "dyzur", "dyżur", "serwis", "gosc", "gość",
    "sluzba", "služba", "servis", "pohotovost", "pohotovosť",
    "dezurstvo", "dežurstvo", "dezurni", "dežurni", "gost",
    "hooldus", "valve", "kulaline", "külaline",
    "serviss", "viesis", "servisas", "svecias", "svečias",
    "serviciu", "garda", "gardă", "oaspete",
    "nobet", "nöbet", "bakim", "bakım", "misafir", "acil",
    "gestur", "thjonusta", "þjónusta",
    "mgeni", "huduma", "tamu", "tetamu",
})
# The prefixes of a setting glued to its device word ('noncontrast', 'lowdose', 'rescan', 'dualenergy').
_SETTING_PREFIX = re.compile(r"(?:non|pre|post|dual|low|high|ultra|multi|single|off|on|re|sub|semi|auto)(?=[a-z]{3})")


def _not_a_person_login(low: str) -> bool:
    """`low` (a lower-case login) is a shared or service account, a role, a state, a work pattern or a
    setting (`_NOT_A_LOGIN`), a modality's or scope's account ('ctuser', 'sysadmin') or such a word
    with a number ('admin1', 'user01', 'ctuser1', 'research1'), not a person's login."""
    stem = low.rstrip("0123456789").rstrip("._-")
    for word in {low, stem}:
        if not word or word in _NOT_A_LOGIN or word in _STAFF_ACCOUNTS or word in _CONSOLE_MODES \
                or word in _ACCOUNT_WORDS or word in SWITCH_STATES or word in PLACEHOLDERS:
            return True
        bare = re.sub(r"[._-]", "", word)
        if bare in _NOT_A_LOGIN or bare in _ACCOUNT_WORDS:
            return True
        for scope in _ACCOUNT_SCOPES:
            rest = bare[len(scope):] if bare.startswith(scope) else None
            if rest and (rest in _ACCOUNT_WORDS or rest in _STAFF_ACCOUNTS):
                return True
        if any(part in _ACCOUNT_WORDS or part in _STAFF_ACCOUNTS for part in re.split(r"[._-]", word) if part):
            return True
    if stem != low and stem.isalpha() and is_device_word(stem):
        return True  # 'tech2', 'scan3': a word and its number
    prefix = _SETTING_PREFIX.match(low)
    return bool(prefix and low.isalpha() and len(low) - prefix.end() >= 4 and is_device_word(low[prefix.end():]))


# A login of a person's shape: one or two initials, a point, hyphen or underscore and the surname
# ('r.power', 'p.long', 'a.gain'): a surname that is also a device word is still a surname there.
_INITIAL_DOT_SURNAME = re.compile(r"[a-z]{1,2}[._-][a-z]{2,}[0-9]*")


def login_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of every personal login after a login label (`_LOGIN_LABEL`: 'Utilizador:
    |mfonseca|', 'User: |j.smith|'); a shared account ('admin', 'service': `_STAFF_ACCOUNTS`) or
    a login of fewer than three letters ('User: me') is none."""
    out = []
    for m in _LOGIN_LABEL.finditer(text):
        login = m.group("login")
        if sum(c.isalpha() for c in login) < 3 or _not_a_person_login(login.lower()):
            continue
        out.append(m.span("login"))
    return out


# A technologist's console login after a staff role label with its colon ('Tech: rgarcia', 'Op:
# tbaptiste', 'MTRA: mmueller', 'Manip.: jdupont', 'Tecn.: a.rossi', 'RT(R): kowalskij'): the account
# the scanner's operator logged in with, which the console writes where the Operators' Name (0008,1070)
# goes. Hospital directories name an account after its person (an initial glued to the surname, or the
# surname and an initial), so it is that person's name, as after a login label (`login_names`). Lower
# case, four letters or more (two or three are initials: `_ROLE_INITIALS`); a console's shared account
# ('Tech: service', 'Op: admin': `_STAFF_ACCOUNTS`), a setting or a word of the device's vocabulary
# ('Tech: helical', 'Op: auto', 'Tech: standard'), a placeholder ('Tech: none'), a stop word of the
# languages read (`vocabulary.stop_words`) and a value with a number after it ('tech: enhance 3') are
# no one.
_STAFF_LOGIN = re.compile(rf"(?P<login>[{LOWER}][{LOWER}0-9]*(?:[._-][{LOWER}0-9]+)*)(?![^\s,;])")
_LOGIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "fi", "pl", "tr")
# Console words after 'Tech:' or 'Op:' that no device vocabulary has: a console's working modes and
# the role's own name written as its value ('Op: smart', 'Tech: student', 'Op: physics').
_CONSOLE_MODES = frozenset({"smart", "fixed", "preset", "custom", "clinical", "research", "training", "student",
                            "physics", "vendor", "factory", "none", "nobody", "empty", "blank", "unknown",
                            "emergency", "trauma", "night", "day", "team", "staff", "shared", "public"})


def staff_logins(text: str) -> list[tuple[int, int]]:
    """(start, end) of every personal console login after a staff role label with its colon
    (`_STAFF_LOGIN`: 'Tech: |rgarcia|', 'Op: |tbaptiste|')."""

    out = []
    for label in _LABEL.finditer(text):
        head = label.group(0)
        if not re.search(r"[:#]", head) or not _ROLE.fullmatch(head):
            continue
        m = _STAFF_LOGIN.match(text, label.end())
        if m is None:
            continue
        login = m.group("login")
        low = login.lower()
        # first.last with an initial ('r.power'): its surname may be a device word; no other part may
        person_shape = _INITIAL_DOT_SURNAME.fullmatch(low) is not None
        if sum(c.isalpha() for c in login) < 4 or low in _ROLE_SETTINGS or low in _TEAM_NON_VALUES \
                or low in VENDOR_NAMES or low in NON_PHI_WORDS or is_device_word(low) \
                or is_device_word(re.sub(r"[._-]", "", low)) or _not_a_person_login(low) \
                or (not person_shape
                    and any(part and is_device_word(part) for part in re.split(r"[._-]", low) if len(part) >= 4)) \
                or any(low in stop_words(lang) for lang in _LOGIN_LANGUAGES):
            continue
        if re.match(r"[ \t]+[-+]?\.?\d", text[m.end():]):
            continue  # 'tech: enhance 3': a setting and its value
        out.append(m.span("login"))
    return out


# The settings and captions a short role label's value is though no device vocabulary has them
# (`_SHORT_ROLE`: 'RT: PTV', 'Tech: AEC'): the radiotherapy target and structure names of AAPM
# TG-263 (Standardizing Nomenclatures in Radiation Oncology, 2018: GTV, CTV, ITV, PTV, PRV, OAR,
# BODY, External) and its plan techniques (IMRT, VMAT, SBRT, SRS, 3DCRT, IGRT); the X-ray
# exposure controls of IEC 60601-2-54 (AEC automatic exposure control, ABC automatic brightness
# control, ADRC) and the technique names of X-ray consoles (AEC, ABS); the ultrasound imaging
# modes of the vendors' manuals (HAR harmonic, CFM colour flow mapping: Esaote, Hitachi; CDI, PDI,
# CPD, DPD, THE, FHI, DTI, STE, CEI, SWE, ARFI, SMI, UHD); gating (ECG, EKG, RESP, PG, VCG: PS3.3
# C.7.6.18 Cardiac Synchronization); the echo findings and the structures of side captions
# (ASD, VSD, PFO, PDA, OV ovary, UT uterus, KID kidney, LIV liver, SPL spleen, GB gallbladder,
# PANC, BLAD, TES, TEST, SCROT, BR breast, AX axilla, NECK, LN lymph node).
_ROLE_SETTINGS = frozenset(w.lower() for w in (
    "GTV", "CTV", "ITV", "PTV", "PRV", "OAR", "BODY", "External", "IMRT", "VMAT", "SBRT", "SRS", "SRT", "3DCRT",
    "IGRT", "AEC", "ABC", "ADRC", "ABS", "HAR", "CFM", "CDI", "PDI", "CPD", "DPD", "THE", "FHI", "STE", "CEI",
    "SWE", "ARFI", "SMI", "UHD", "ECG", "EKG", "RESP", "VCG", "ASD", "VSD", "PFO", "PDA", "OV", "UT", "KID", "LIV",
    "SPL", "GB", "PANC", "BLAD", "TES", "TEST", "SCROT", "BR", "AX", "NECK", "LN"))
# What the image is, which no 'RT:' or 'Tech:' names as its setting: the Modality defined terms
# (PS3.3 C.7.3.1.1.1: CT, MR, US, CR, DR, DX, MG, NM, PT, XA, RF, OT ...), the View Position
# defined terms (PS3.3 C.8.11.5.1.1 and the projections of C.8.7.4: AP, PA, LL, RL, LAT, LLD,
# RLD, LLO, RLO, LAO, RAO) and the sizes a console shows (KB, MB, GB, HD, SD). Written alone after a
# short role label they are more likely a person's initials ('RT: CT' is C. T.) than the device
# vocabulary they also are.
_IMAGE_KIND_WORDS = frozenset(w.lower() for w in (
    "CT", "MR", "US", "CR", "DR", "DX", "MG", "NM", "PT", "XA", "RF", "OT", "IO", "PX", "ES", "OP", "SC", "SR",
    "AP", "PA", "LL", "RL", "LAT", "LLD", "RLD", "LLO", "RLO", "KB", "MB", "GB", "HD", "SD"))
# A person's initials alone after a role label: two or three letters of one case ('JKM', 'ab').
_ROLE_INITIALS = re.compile(rf"[{UPPER}]{{2,3}}(?![{LETTER}0-9'\u2019.^-])|[{LOWER}]{{2,3}}(?![{LETTER}0-9'\u2019.^-])")
# Initials written with points and spaces ('J. K. M.', 'J.K. M.'): two to four, after a role label.
_SPACED_INITIALS = re.compile(rf"(?:[{UPPER}]\.[ \t]?){{1,3}}[{UPPER}]\.?(?![{LETTER}0-9])")
# An English label ends where its word ends: 'Operator' is not the start of the Italian 'Operatore:' nor
# 'Radiologist' of the Portuguese 'Radiologista:' (the other languages' labels then read them); a
# capital after it is a value OCR glued to it ('NameSMITH').
_WORD_ENDS = rf"(?!(?-i:[{LOWER}]))"
_LABEL = re.compile(_ocr_forgiving(
    rf"(?<![A-Za-z0-9])(?:(?:{'|'.join(_NAME_LABELS + _ROLE_LABELS)})"
) + _WORD_ENDS + _ocr_forgiving(
    rf"[ \t]*[:#]?|(?:{'|'.join(_COLON_LABELS + _ROLE_COLON_LABELS + _TEAM_ROLE_LABELS)})[ \t]*[:#])[ \t]*"
) + _PARTICLES_AFTER_LABEL + "|" + _INTL_LABEL, re.IGNORECASE)
# 'Pt' and 'Patient' without a colon ('Pt YOUNG PARK' on a banner): a label only where two
# or more name words that are no vocabulary follow ('Patient Position HFS' is a setting).
_BARE_LABEL = re.compile(r"(?<![A-Za-z0-9])(?:Patient|Pt\.?)[ \t]+(?=[A-Z])")
# The short role labels that are also a setting's or a measure's label: 'Perf:' performing physician
# (PS3.6 Performing Physician's Name) or perfusion ('Perf: CBF', 'Perf: On', 'Perf 2.0'), 'Rad:'
# radiologist or radiation, 'Surg:' surgeon, 'Anaes:'/'Anes:' anaesthetist, 'Asst:' assistant, 'Att:'
# attending, 'Cons:' consultant, 'Reg:' registrar, 'Res:' resident or resolution, 'Phys:' physician or
# physicist, 'Int:' interpreter (the abbreviations of clinical staff rotas and dictation headers).
# Like a bare 'Pt', a label only where two or more name words that are no vocabulary follow
# ('Perf: Le Van Khoa', 'Rad: Grace Okafor'); a setting's value is vocabulary or a number.
_BARE_ROLE = re.compile(_ocr_forgiving(
    r"(?<![A-Za-z0-9])(?:Perf|Rad|Surg|Ana?esth?|Asst|Att|Cons|Reg|Res|Phys|Int)(?![A-Za-z0-9])\.?[ \t]*:?[ \t]*"),
    re.IGNORECASE)
# What follows 'Patient' in DICOM's attribute names (PS3.6, from pydicom's dictionary:
# PatientPosition, PatientOrientation, PatientSize, PatientSetupLabel ...): 'Patient
# Position HFS' is that attribute printed, not a name after a bare label.
_PATIENT_ATTRIBUTE_WORDS = frozenset(
    m.group(0).lower() for k in keyword_dict if k.startswith("Patient")
    for m in [re.match(r"[A-Z]+(?![a-z])|[A-Z][a-z]+", k[len("Patient"):])] if m
)
# One word of a name: capitalised, 'O'BRIEN', 'Smith-Jones', an initial 'J.', with a
# DICOM PN separator or the comma of 'FAMILY, GIVEN' after it.
# Letters of all Latin alphabets count as letters ('GARCÍA-NÚÑEZ', 'Małgorzata', 'Søren'; `letters`).
# A name after a label may be written in Greek or Cyrillic letters ('Ασθενής: ΠΑΠΑΔΟΠΟΥΛΟΣ ΓΙΩΡΓΟΣ',
# 'Име: Марко Петровић'; `letters.CAPITAL`).
_GREEK_CYRILLIC = "".join(c for c in map(chr, range(0x0370, 0x0530)) if c.isalpha())
# The apostrophe of a Gaelic, Italian or West African surname ("O'Shaughnessy", "D'Angelo", "N'Diaye")
# as fonts and OCR write it: straight, right or left quotation mark, or a grave accent ('O`Connor').
_APOSTROPHES = "'\u2019\u2018`"
_TOKEN = re.compile(rf"[{CAPITAL}][{LETTER}{_GREEK_CYRILLIC}{_APOSTROPHES}.-]*(?:\^+|,)?")
# The state of a setting a device prints after it: 'Segmentation On', 'Fusion Off', 'Zoom On',
# 'AutoOpt Off'. Without a name label these are no word of a name.
SWITCH_STATES = frozenset({"on", "off"})
# The titles after a name label in the other languages: the Czech and Slovak academic degrees written
# before a name (Czech Act 111/1998 Coll. on higher education, s. 46; Slovak Act 131/2002 Coll.: MUDr.,
# MDDr., MVDr., PhDr., RNDr., Mgr., Ing., Bc., and the rank doc.), the Italian Dott./Dott.ssa, Sig./Sig.ra
# (Accademia della Crusca's abbreviations), the French Mme/Mlle and the Dutch dhr./mevr.; the short ones
# only with their point ('Ing' and 'Doc' are also names).
_TITLES = frozenset({"dr", "dr.", "drs", "drs.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
                     "mx", "mx.", "miss", "dra", "dra.", "sr", "sr.", "sra", "sra.", "srta", "srta.",
                     "mudr", "mudr.", "mddr", "mddr.", "mvdr", "mvdr.", "phdr", "phdr.", "rndr", "rndr.", "mgr.",
                     "ing.", "bc.", "doc.", "dott", "dott.", "dott.ssa", "dottssa", "prof.ssa", "sig.", "sig.ra",
                     "mme", "mme.", "mlle", "mlle.", "dhr.", "mevr.",
                     # the other languages' forms (`_TITLE_WORD`)
                     "dr.ssa", "pr", "pr.", "doç", "doç.", "uzm", "uzm.", "op.", "frau", "herr",
                     "lek.", "enf.", "tec.", "téc.", "iek.",  # 'Iek.': OCR's capital I for the l of 9 px 'lek.'
                     # fix round 33: the Nigerian honorifics of `_TITLE_WORD`
                     "alhaji", "alhaja", "alh.", "hajia", "engr", "engr.", "barr.", "pharm."})
# ('Chief' is a title only before a bracketed one, `_TITLE_WORD`: 'CHIEF, JOHN', 'Mr. Chief' are names;
# 'Arc.' is no title: radiotherapy's arcs, 'Arc. Field Size' - break-test 11)
MAX_NAME_WORDS = 4


def is_name_word(word: str, strict: bool = True) -> bool:
    """`word` can be a word of a person's name: no overlay or label vocabulary, device
    abbreviation or value token, placeholder or institution head. `strict` (a name
    without a label) also refuses the ordinary words devices write ('Low', 'Page',
    'Heart', vendor names) and a setting's state (`SWITCH_STATES`: 'On' of 'Segmentation
    On'); after a name label those can be a surname. A title ('Mrs', 'Miss', 'Dra.') is
    no word of a name (`is_title`)."""
    low = word.strip(".,^:;").lower()
    if not low or low in PLACEHOLDERS or low in NON_PHI_WORDS or low in _TITLES or is_title(word):
        return False
    if is_device_token(word) or LABEL_PREFIX.fullmatch(word.strip(",^")):
        return False
    if strict and (is_device_word(word) or low in SWITCH_STATES):
        return False
    return not has_institution_head(word.strip(".,^").capitalize())


# -- titles before a name ---------------------------------------------------------------------

# Titles before a person's name: English Dr, Prof, Mr, Mrs, Ms, Mx, Miss; Spanish Dr./Dra. (doctor,
# doctora), Sr./Sra./Srta. (señor, señora, señorita: RAE, Diccionario panhispánico de dudas,
# "abreviaturas"); the German chain 'Prof. Dr. med.' (Dr. med., Dr. med. dent.: the degree
# written with its faculty). In capitals without a point ('PROF', 'DR', 'SR') they are as often
# device text ('PROF Abdomen' a profile, 'DR System' digital radiography, 'SR' a structured
# report); 'MR', 'MS' and 'SR' in capitals are the modality, a unit and a structured report
# ('SR Export'): those need their point.
# Other languages' titles (forms as the style guides write them): Italian Dott., Dr.ssa, Dott.ssa,
# Prof.ssa (dottore, dottoressa, professoressa: Treccani, "abbreviazioni"); French Pr (professeur),
# Mme, Mlle (Imprimerie nationale, Lexique des règles typographiques: no point after a last letter);
# Turkish Doç. Dr., Uzm. Dr., Op. Dr. (doçent, uzman, operatör doktor: TDK, "Kısaltmalar
# dizini"; 'Op.' only before 'Dr.', alone it is an operation); German Frau, Herr.
# The professional titles written before a clinician's name, with their point only (without it they
# are ordinary words: Polish 'lek' a drug, Spanish 'tec' a key): Polish lek. (lekarz, physician; 'lek.
# med.', 'lek. dent.') and dr n. med. (doktor nauk medycznych), dr hab. (Naczelna Izba Lekarska's
# forms; Polish writes 'dr' in lower case); Czech and Slovak MUDr., MDDr., MVDr. (the degrees of
# `_TITLES`); Spanish and Portuguese Enf. (enfermero/a, enfermeiro/a, nurse) and Tec., Téc. (técnico/a,
# the radiographer; RAE, "Apéndice 2: abreviaturas").
# Fix round 33 (review 18 A, a Nigerian fluoroscopy banner: 'Radiologist: Dr. (Mrs) F. Ibrahim'): the
# honorifics Nigerian and West African hospitals write before a name, alone or stacked, a second one in
# parentheses ('Dr. (Mrs)', 'Prof. (Dr.)', 'Chief (Mrs)'): Alhaji, Alhaja, Hajia (who made the
# pilgrimage; Wikipedia, "Hajji"), Engr. (the engineer's title of COREN, the Council for the Regulation
# of Engineering in Nigeria), Barr. (barrister), Pharm. (pharmacist: the Pharmacists Council of Nigeria),
# Arc. (architect), Chief (a chieftaincy title; Wikipedia, "Nigerian chieftaincy"). 'Barr', 'Arc' and
# 'Pharm' are also words or a surname: only with their point; 'Chief' ('Chief Complaint') only before a
# title in parentheses.
# Fix round 35 (review 19 A, an Italian angiogram's 'Op. prof. Ferraro / dott. Colombo', a Polish MR's
# 'lek. Wiśniewski'): the academic titles as Italian, Polish, Czech and Slovak write them before a name,
# in lower case (Treccani and Accademia della Crusca, "abbreviazioni": 'prof.', 'dott.'; Rada Języka
# Polskiego, "skróty": 'prof. dr hab.', 'lek.'; Czech Act 111/1998 Coll., s. 46: 'prof. MUDr.', 'doc.
# MUDr.'): 'prof' only with its point (a profile, 'prof 2'), 'dott' also without (OCR loses the point of
# a 10 px font; 'dott' is no other word), 'doc.' only before a degree ('doc. MUDr. Jan Novák'; alone it
# may be a document's).
_TITLE_WORD = (r"(?:[Dd]r\.ssa|[Dd]ott\.ssa|[Pp]rof\.ssa|"
               r"Dr(?!\.ssa)|Drs|Dra|Prof(?!\.ssa)|Mr|Mrs|Ms|Mx|Miss|Sr|Sra|Srta|"
               r"Dott(?!\.ssa)|Pr|Mme|Mlle|Doç|Uzm|Op(?=\.[ \t]*Dr)|Frau|Herr|DR|DRS|DRA|PROF|MRS|MISS|MX|DOÇ|UZM|"
               r"(?:[LlI]ek|LEK|Enf|ENF|T[eé]c|T[EÉ]C)(?=\.)|MUDr|MDDr|MVDr|MUDR|"
               r"Alhaji|ALHAJI|Alhaja|ALHAJA|Hajia|HAJIA|Engr|ENGR|(?:Alh|Barr|Pharm)(?=\.)|"
               r"(?:Chief|CHIEF)(?=[ \t]*\()|"
               r"dr(?=\.|[ \t]+(?:n\.|hab\.))|"
               # fix round 35: the lower-case forms Italian, Polish, Czech and Slovak write (below)
               r"prof(?=\.)(?!\.ssa)|dott(?!\.ssa)|doc(?=\.[ \t]*(?:MUDr|MDDr|MVDr|PhDr|RNDr|Ing|Dr|dr)\.))")
# A second title in parentheses after the first ('Dr. (Mrs) F. Ibrahim', 'Prof. (Dr.) A. Okafor',
# 'Chief (Mrs) Adaeze Nwosu'): how Nigerian and Ghanaian hospitals stack a woman's title on her degree.
_PAREN_TITLE = rf"\({_TITLE_WORD}\.?\)"
# Fix round 33 (review 18 A, a Swedish mammogram: 'Utförd av: ssk. Lena Holm', 'rtg-ssk Maja Öberg'):
# the professions written short before a clinician's or a technologist's name, as the staff line of a
# banner writes them, in lower case as often as not:
# - sv ssk. (sjuksköterska), usk. (undersköterska), rtg-ssk / röntgenssk. (röntgensjuksköterska), bma
#   (biomedicinsk analytiker), leg. läk. / leg. ssk. (legitimerad läkare / sjuksköterska: the titles
#   Socialstyrelsen licenses), spec.läk. (specialistläkare) (Svenska Akademiens ordlista's abbreviations);
#   no/da spl. (sykepleier, sygeplejerske);
# - de Rö-Ass. / Röntgenass. (Röntgenassistent/in), and the Austrian and German hospital grades before a
#   doctor's title, OA / OÄ (Oberarzt/-ärztin), FA / FÄ (Facharzt/-ärztin), CA (Chefarzt) ('OA Dr. Karl
#   Huber'; Duden's abbreviations), only before 'Dr.' or 'Prof.';
# - it Inf. (infermiere/a), TSRM / TRM (tecnico sanitario di radiologia medica: the FNO TSRM-PSTRP's
#   register); fr Inf. (infirmier/ère), MERM (manipulateur d'électroradiologie médicale: Code de la santé
#   publique, art. L4351-1; not IDE, infirmier diplômé d'État, also the Japanese surname Ide in capitals);
#   nl verpl. (verpleegkundige);
# - pl piel. (pielęgniarka), tech. (technik elektroradiologii), in lower case as Polish writes them before a
#   name like 'lek.' (Naczelna Izba Pielęgniarek i Położnych's forms); tr Hemş. (hemşire) and Tekn.
#   (tekniker, teknisyen);
# - es TSID (técnico superior en imagen para el diagnóstico: Real Decreto 770/2014), pt Enf.ª (enfermeira),
#   TSDT (técnico superior de diagnóstico e terapêutica, the SNS career's title of the radiographer);
# - en RT(R), RT(R)(CT) (the ARRT's credentials, which a staff line may write as the role before the name:
#   'Radiographer: RT(R) Jane Doe').
# A profession finds the name after it as a title does, and stays, as a title does. Without a label a
# profession needs two name words after it (given and family name, as `_WEAK_TITLE`'s do): 'Inf. Vena
# Cava', 'TRM Scan' name no one.
_PROFESSION = (
    r"(?:(?i:leg\.[ \t]?(?:l[äa]k|ssk|bma|r(?:tg|[öo]ntgen)-?ssk)\.?|spec\.[ \t]?l[äa]k\.?"
    r"|r(?:tg|[öo]ntgen)-?ssk\.?|ssk\.?|usk\.?|bma\.?|l[äa]k\.|spl\.|r(?:ö|oe|o)(?:ntgen)?-?ass\.|inf\.|verpl\.)"
    r"|(?:OA|OÄ|FA|FÄ|CA)(?=[ \t]+(?:Dr|Prof)\.?[ \t])|TSRM|TRM|MERM|TSID|TSDT|RT(?:\([A-Z]{1,3}\))+"
    r"|(?:piel|tech|techn)\.|(?:Hem[şs]|HEM[ŞS]|Tekn|TEKN)\.|(?:Enf|ENF)\.?[ªᵃ])"
    r"(?![^\W\d_])")
_PROFESSION_WORD = re.compile(_PROFESSION)
_CAPS_TITLE = r"(?:DR|DRS|DRA|PROF|SR|SRA|SRTA|MR|MS)"
_CHAIN = (rf"((?:(?:{_PROFESSION}|{_PAREN_TITLE})[ \t]+|(?:{_TITLE_WORD}|MR|MS|SR|SRA|SRTA)\.[ \t]*"
          rf"|{_TITLE_WORD}[ \t]+)"
          rf"(?:(?:{_PROFESSION}|{_PAREN_TITLE}|{_TITLE_WORD}\.?|(?i:med|dent|rer|nat)\.?)[ \t]+"
          rf"|(?:{_TITLE_WORD}|(?i:med|dent|rer|nat|hab|n(?=\.[ \t]*med)))\.[ \t]*)*)")
_TITLE_CHAIN = re.compile(rf"(?<![A-Za-z0-9.'\u2019-]){_CHAIN}")
# The titles that also abbreviate a ward or a department ('Enf. Urgencias', the nursing unit of the
# emergency department; 'Tec. Rayos'): a name after them is a given name and a family name, two words.
# So too a profession (`_PROFESSION`), which is as often a ward's, a column's or a device's word.
_WEAK_TITLE = re.compile(rf"(?i:[li]ek|enf|t[eé]c)\.|{_PROFESSION}")
# Fix round 35 (review 19 A: 'lek. Wiśniewski' under an MR's sequence lines, the surname alone): the Polish
# physician's 'lek.' (lekarz) stands before the surname alone as often as before the full name (Naczelna
# Izba Lekarska's stamp and signature forms: 'lek. Kowalski', 'lek. med. Nowak'); no ward's or unit's word
# is abbreviated 'lek.' (the drug, 'lek', has no point), so one name word after it is a name, where it is
# no vocabulary and no ward's word (`_no_name_after_weak_title`: 'lek. Pracownia' names no one). At 9 px
# PP-OCR reads its small l as a capital I ('Iek.'), which is no other word.
_ONE_NAME_WEAK_TITLE = re.compile(r"(?i:[li]ek)\.")
_STRONG_TITLE = re.compile(r"(?<![^\W\d_])(?i:dr|drs|dra|prof|dott|mudr)(?![^\W\d_])")
# A profession or a title in parentheses standing before a name after its label ('Utförd av: ssk. Lena
# Holm', 'Radiologist: Dr. (Mrs) F. Ibrahim'): passed over, as a title is (`labelled_name`).
_BEFORE_A_NAME = re.compile(rf"(?:{_PROFESSION}|{_PAREN_TITLE})(?=[ \t]|$)")
# A lower-case word OCR made of a given name whose capital it lost ('ssk. era Holm' read for 'ssk. Lena
# Holm'), between a profession after a label and a name word: read as the name's (`labelled_name`).
_LOST_CAPITAL = re.compile(rf"[{LOWER}]{{2,}}(?=[ \t]+[{UPPER}])")
TITLED = "overlay-titled-name"
TITLED_SCORE = 0.6


def is_title(word: str) -> bool:
    """`word` is a title before a name ('Dr.', 'Mrs', 'Prof', 'Sra.'; `_TITLES`), a title in parentheses
    ('(Mrs)', '(Dr.)': `_PAREN_TITLE`) or a profession written short ('ssk.', 'rtg-ssk', 'TSRM': `_PROFESSION`)."""
    bare = word.strip(",")
    if bare.startswith("(") and bare.endswith(")"):
        bare = bare[1:-1]
    return bare.lower() in _TITLES or _PROFESSION_WORD.fullmatch(bare) is not None


# Break-test 11 (round 33's regressions: 'Inf. Pronto Soccorso', 'verpl. Spoed Eisende', 'Dr. (Mrs) Review',
# 'Prof. (Dr.) Final Report'): a profession written short is as often a ward's or a unit's word, and a
# title in parentheses a report's heading; the words after them must look like a name. The ward and unit
# words of the professions' languages that `_vocabulary` lacks: it pronto soccorso (emergency department),
# reparto; pl oddział, chirurgii / chirurgia, pracownia, test lampy (an X-ray tube's test); no/da/sv
# intensiv, avdeling / afdeling / avdelning, mottagning, akut; nl spoedeisende hulp (SEH), afdeling; pt
# bloco operatório, urgência, serviço; en test, grid; tr servis, sorumlu, odası.
_WARD_WORDS = frozenset("""pronto soccorso reparto oddział oddzial chirurgii chirurgia pracownia lampy lampa test
intensiv intensivavdeling avdeling afdeling avdelning mottagning akut spoed spoedeisende eisende hulp bloco
operatório operatorio urgência urgencia serviço servico grid servis sorumlu odası odasi""".split())
# The report's states and headings a title in parentheses may stand before ('Dr. (Mrs) Review', 'Prof. (Dr.)
# Final Report', 'Dr. (Mrs) Second Reading'): no name.
_REPORT_WORDS = frozenset("""review reviewed pending final signed second first reading preliminary addendum draft
verified approved amended""".split())


def _no_name_after_weak_title(name: str) -> bool:
    """`name` (the words found after a profession or a title in parentheses) is no name: a word of it is
    vocabulary (no context word: the surnames 'Massa', 'Peso'), a ward's word (`_WARD_WORDS`: 'Inf. Pronto
    Soccorso', 'tech. Grid Lines') or a report's (`_REPORT_WORDS`: 'Dr. (Mrs) Review')."""
    for w in name.split():
        low = w.strip(".,^").lower()
        if len(low) < 2:
            continue  # an initial ('Prof. (Dr.) A. Okafor')
        if low in _WARD_WORDS or low in _REPORT_WORDS or (_vocabulary(w) and not is_context_word(w)
                                                          and low not in LOCALIZED_CONTEXT_WORDS):
            return True
    return False


# Break-test 13 (round 35's regressions: 'lek. Gadovist', 'lek. Ultravist 370', 'lek. Tak', 'lek. Podany',
# 'prof. Alta', 'dott. Reparto', 'prof. Carotidi'): the surname alone after a lower-case title or 'lek.'
# must be a surname. Polish 'lek' is also the drug (a contrast line's 'lek. Gadovist' names its agent), and
# an Italian console's 'prof.' its profondità ('prof. Alta', 'prof. Media'). No surname alone is: a stop word
# of the titles' languages (spaCy's, `stop_words`: 'Tak', 'Nie'), a ward's word (`_WARD_WORDS`), vocabulary,
# or one of the common words below (pl podany/podano 'given', sól 'salt' of 'sól fizjologiczna', brak
# 'none'; it the depth and the console's presets: alta, media, bassa, interno, carotidi, vascolare); after
# 'prof.' (the depth) no word that is device vocabulary as well as a surname ('prof. Strato', the slice
# layer; 'Prof. Marco Strato' stays a name); after 'lek.' no word of a drug's shape (the endings of the
# contrast agents' brands and of the Polish INN forms: Gadovist, Omnipaque, Iomeron, Propofol, Heparyna,
# Ketamina, Lidokaina) nor one a dose follows ('lek. Ultravist 370', 'lek. Gadovist 1.0').
_TITLE_LANGUAGES = ("it", "pl", "cs", "sk")
_NO_LONE_SURNAME = frozenset("""podany podana podane podano podanie sól sol brak kontrast kontrastowy środek
srodek dawka tabletka ampułka ampulka roztwór roztwor glukoza
alta alto alti alte media medio medi mediana bassa interno interna interni esterno esterna esterni superficiale
profondo profonda profondità profondita carotidi carotide carotideo vascolare vascolari venoso venosa arterioso
arteriosa addome addominale tiroide mammella muscolare cardiaco cardiaca pediatrico pediatrica ostetrico
ostetrica ginecologico ginecologica lineare convesso convessa settoriale standard reparto sezione""".split())
_DRUG_SHAPE = re.compile(r"(?:vist|paque|meron|hance|tarem|ofol|azol|amol|olam|anyl|utrol|exol|idol|[cr]yna|"
                         r"mycyna|cylina|amina|aina|opina|morfina|insulina|alina)$")
_DOSE_AFTER = re.compile(r"[ \t]+\d+(?:[.,]\d+)?(?![\d.,/:-])")


def _no_surname_alone(text: str, chain: str, span: tuple[int, int]) -> bool:
    """The one word of `span` after the title chain `chain` is no surname alone: the chain is 'lek.' or ends
    in a lower-case title ('prof.', 'dott.', 'dott.ssa') and the word is a stop word, a ward's word,
    vocabulary or a common word (`_NO_LONE_SURNAME`), or after 'lek.' a drug's ('lek. Gadovist 1.0')."""
    words = text[span[0]:span[1]].split()
    if len(words) != 1:
        return False
    lek = _ONE_NAME_WEAK_TITLE.match(chain) is not None and _STRONG_TITLE.search(chain) is None
    if not lek and not chain.split()[-1][:1].islower():
        return False
    word = words[0].strip(".,^;/")
    low = word.lower()
    if low in _NO_LONE_SURNAME or low in _WARD_WORDS or any(low in stop_words(x) for x in _TITLE_LANGUAGES) \
            or (_vocabulary(word) and not is_context_word(word)):
        return True
    if chain.split()[-1] == "prof." and is_context_word(word):
        return True  # 'prof. Strato', 'prof. Media': a depth's word that is also a surname ('Prof. Marco Strato')
    return lek and (_DRUG_SHAPE.search(low) is not None or _DOSE_AFTER.match(text, span[1]) is not None)


# Fix round 37 (review 20 A: a Siemens MR QA screen's 'MAGNETOM 3T syngo MR E11', its version read 'Ell'):
# the modality 'MR' in capitals before its software version is no title 'Mr'. Siemens names the versions of
# syngo MR by a letter or two and two digits, a letter after them at times ('syngo MR B17', 'D13', 'E11',
# 'VE11C', 'XA20', 'XA30A': the MAGNETOM conformance statements); OCR reads their 1 as l or I and their 0 as O
# ('Ell', 'Dl3', 'XA3O'). Such a word after 'MR' is a version where it has a digit, or where the word before
# 'MR' is device text ('syngo', 'MAGNETOM', '3T'): then in any case, as the analyzer's title-cased copy of a
# capitals line reads it ('Magnetom 3T syngo Mr Ell'). A name after 'Mr.' with its point, or after 'MR' / 'Mr'
# with no device word before it and no digit in it ('MR ELL', 'Mr Ali'), stays a name.
_VERSION_CODE = re.compile(r"^[A-Z]{1,2}[0-9O]*[0-9][0-9lIO]*[A-Z]?$")
_VERSION_READ = re.compile(r"^[A-Za-z]{1,2}(?=[0-9lLiI|oO]*[0-9lLiI|])[0-9lLiI|oO]{2}[A-Za-z]?$")


def _modality_before_a_version(text: str, start: int, chain: str, span: tuple[int, int]) -> bool:
    """The title chain `chain` at `start` is the modality 'MR' (or its title-cased 'Mr') and the one word of
    `span` after it is a software version: with a digit (`_VERSION_CODE`: 'MR E11', 'MR XA20'), or of a
    version's shape as OCR reads it (`_VERSION_READ`) after device text on its line ('syngo MR Ell')."""
    if chain.strip() not in ("MR", "Mr"):
        return False
    words = text[span[0]:span[1]].split()
    if len(words) != 1:
        return False
    word = words[0].strip(".,;")
    if chain.strip() == "MR" and _VERSION_CODE.match(word):
        return True
    before = text[text.rfind("\n", 0, start) + 1:start].split()
    return bool(before) and is_device_word(before[-1]) and _VERSION_READ.match(word) is not None


def titled_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of every name after a title chain on its line ('Dr. |Grace Okafor|',
    'Prof Dr med |Hans Mueller|', 'Dra. |Ana Lopez|', 'DR |J SMITH|'): the title finds the name
    and stays out of its span (a title names no one; the analyzer paints one glued to the name
    in one OCR word with it: `with_particles`). The name after a title is
    name words (`labelled_name`, strict: no anatomy, device, exam or label vocabulary, no
    digits): 'Mr Knee Left', 'PROF GE Knee', 'DR System', 'Prof. Grade 2' are no names. A
    title in capitals without its point needs a name word of two letters or more in capitals
    or title case after it (an initial then one: 'DR J SMITH')."""
    out = []
    for m in _TITLE_CHAIN.finditer(text):
        chain = m.group(1)
        # a weak title or a profession before a doctor's title is no longer weak ('OA Dr. Huber')
        weak = _WEAK_TITLE.match(chain) is not None and _STRONG_TITLE.search(chain) is None
        two = weak and _ONE_NAME_WEAK_TITLE.match(chain) is None  # a weak title needs a two-word name
        span = labelled_name(text, m.end(), strict=True, min_words=2 if two else 1)
        if two and span is not None and sum(len(w) >= 2 for w in text[span[0]:span[1]].split()) < 2:
            continue
        if span is None:
            continue
        paren = re.search(_PAREN_TITLE, chain) is not None
        if (weak or paren) and _no_name_after_weak_title(text[span[0]:span[1]]):
            continue
        if _no_surname_alone(text, chain, span):
            continue  # 'lek. Gadovist', 'prof. Alta': a drug, a console's depth
        first = text[span[0]:span[1]].split()[0]
        if first.rstrip(",^").lower() in _TITLES:
            continue
        if _modality_before_a_version(text, m.start(), chain, span):
            continue  # 'syngo MR E11' read 'syngo MR Ell': a modality and its software version
        if re.fullmatch(rf"{_CAPS_TITLE}", chain.split()[-1]) and not re.search(
                r"(?<![A-Za-z])[A-Z][A-Za-z'\u2019-]+", text[span[0]:span[1]]):
            continue  # 'DR J' alone: a setting and a letter
        out.append(span)
    return out


# A title typed in lower case, with or without its point, before one or two lower-case name words
# that end a field of a mixed-case row ('15.11.2026 A26-44120 fa'amausili tavita dr leota US01' of a
# study list's Referring column, its columns a few pixels apart; 'ref: dr havili', 'prof. sione
# taufa', 'dra maria lopes', 'drs jansen', Slovak and Czech 'doc' before a docent's name). The
# field's end is the evidence: the line's end, a gap, a comma or a word that is no lower-case word
# (the next column's code or date); in prose the next word is ('seen by dr leota yesterday' is the
# NER model's). Every word after the title is a name word (`is_name_word`, strict: 'dr mode', 'doc
# viewer', 'prof low' are no names).
_LOWER_TITLED = re.compile(
    rf"(?m)(?<![{LETTER}0-9.'\u2019-])(?:[dD]rs?|[dD]ra|[pP]rof|[dD]oc)\.?[ \t]+"
    rf"(?P<name>[{LOWER}][{LOWER}'\u2019-]+(?:[ ][{LOWER}][{LOWER}'\u2019-]+)?)"
    rf"(?=[ \t]*$|[ \t]{{2}}|\t|,|[ \t]+[^{LOWER}\s])")


def lower_titled_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each lower-case name after a lower-case title that fills its field
    (`_LOWER_TITLED`); the title stays out of the span."""
    return [m.span("name") for m in _LOWER_TITLED.finditer(text)
            if all(is_name_word(w) and not is_title(w) for w in m.group("name").split())]


# -- 'FAMILY, GIVEN': a name by its shape --------------------------------------------------------

# 'Green, Sarah', 'LUNAR, MARIA', 'Simpson, Mary J': a field that is a family name, a comma and one
# or two given names (and an initial) is a person whatever vocabulary the family name is also in
# (a vendor: Green, Lunar, Morita; an echo method: Simpson). Devices write a list of settings with
# commas too ('Liver, Spleen', 'Sector, Width'), so the given names must be name words (strict:
# no vocabulary), the two in one case style, and the field nothing else: it starts a line or a
# field (two spaces) and ends there, or at a value or a letter ('DOE, JOHN  F 65', 'DOE, JOHN 45Y'):
# a middle initial is the analyzer's to add, where it is not spaced apart as the sex field is.
# The family name may be compound or carry its particles ('Alvarez Dominguez, Ines', 'DE LA CRUZ,
# MARIA-LUISA', 'van der Berg, Eva', 'Dos Santos, Ana', 'Mc Donald, Ian', "O' Neil, Sean",
# 'al-Rashid, Omar': Spanish and Portuguese double surnames, the Iberian, Dutch, German, French,
# Italian, Arabic and Gaelic particles; Wikipedia, "Spanish naming customs", "Portuguese name",
# "Tussenvoegsel", "Arabic name"), and the given names hyphenated ('Maria-Luisa', 'Jean-Pierre').
_WORD_SHAPE = rf"(?:[{UPPER}]['\u2019])?(?:Ma?c)?[{UPPER}][{LETTER}]+(?:[-'\u2019][{UPPER}][{LETTER}]+)?"
# Particles of a family name written as words of their own, in any case ('de la', 'VAN DER', 'Dos').
_FAMILY_PARTICLES = ("de", "del", "della", "dello", "degli", "la", "las", "los", "lo", "da", "das", "do", "dos",
                     "du", "des", "van", "von", "der", "den", "ter", "ten", "zu", "zum", "zur", "le", "di", "bin",
                     "binti", "bint", "ibn", "abu", "al", "el", "ben", "mac", "mc", "st", "st.", "o'", "o\u2019",
                     "y", "e",
                     # Irish: a woman's 'Ní'/'Nic' (daughter of), 'Ó'/'Ua' (grandson of), 'Uí'/'Mhic' (wife
                     # of) before the family name ('Ní BHRIAIN, Siobhán'; Wikipedia, "Irish name")
                     "ní", "nic", "ó", "ua", "uí", "mhic")
# fix round 34 (review 18 B: 'Rhys ap Gwilym', the model's two pieces around 'ap'): the patronymic
# particles that stand between a given name and the father's or the clan's (Welsh 'ap'/'ab' son of,
# 'ferch'/'verch' daughter of; Arabic 'bin'/'ibn', 'bint'/'binti'; Hebrew 'ben', 'bat'; Scots and Irish
# 'mac', 'nic', 'ní', 'ó', 'uí'; Hassaniya 'ould': Wikipedia, "Welsh surnames", "Arabic name",
# "Hebrew name", "Irish name", "Scottish Gaelic personal naming system"). Read between two words painted
# as one name (`analyzer._connectives_inside_names`), such a word is part of it. The short ones count
# only in lower or title case: 'AP' and 'AB' in capitals are device words (a projection, a fibre).
_JOINERS_ANY_CASE = frozenset({"ferch", "verch", "bin", "ibn", "bint", "binti", "ould", "ní", "ó", "uí", "mhic", "nic"})
_JOINERS_NOT_CAPITALS = frozenset({"ap", "ab", "ben", "bat", "mac"})


def is_patronymic_particle(word: str) -> bool:
    """`word` (its points and commas aside) joins a given name to a father's or clan's name."""
    bare = word.strip(".,")
    low = bare.lower()
    return low in _JOINERS_ANY_CASE or (low in _JOINERS_NOT_CAPITALS and not bare.isupper())


_PARTICLE = rf"(?i:{'|'.join(re.escape(p) for p in sorted(_FAMILY_PARTICLES, key=len, reverse=True))})"
# A family name: particles, then one or two name-shaped words (particles between them too);
# an Arabic article glued with a hyphen in lower case ('al-Rashid').
_FAMILY = (rf"(?:{_PARTICLE}[ \t])*(?:(?i:al|el|ad|ar|as|at|az)-)?{_WORD_SHAPE}"
           rf"(?:[ \t](?:{_PARTICLE}[ \t])*{_WORD_SHAPE})?")
_COMMA_NAME = re.compile(
    rf"(?m)(?:^|(?<=[ \t]{{2}})|(?<=\t))[ \t]*(?P<family>{_FAMILY}),[ \t]?(?P<given>{_WORD_SHAPE}|[{UPPER}]\.?)"
    rf"(?:[ \t](?P<given2>{_WORD_SHAPE}))?"
    rf"(?=[ \t]*$|[ \t]{{2}}|[ \t]+[^{LETTER}\s]|[ \t]+[{UPPER}]\.?(?![{LETTER}]))")
# Words that stand in the given-name slot and are also vocabulary: the Vietnamese middle names Thi
# (Thị, of most women) and Van (Văn, of many men) ('NGUYEN, THI LAN'; Wikipedia, "Vietnamese name").
_GIVEN_CONNECTORS = frozenset({"thi", "van"})


# What places a 'FAMILY, GIVEN' field in a patient block: on its line or the line above or
# below, a date, a time, an ID (five digits or more, or letters-hyphen-digits), an age, a lone
# sex letter or a patient label. Without one, two capitalised words and a comma are as often a
# device's, a report's or a menu's pair ('Anterior, Posterior', 'Solid, Cystic', 'Ok, Cancel',
# 'Siemens, Erlangen'), which a second break-test round found painted by the dozen.
_PATIENT_ANCHOR = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{5,}|\b[A-Z]{2,4}-\d{4,8}\b"
    r"|\b\d{1,3} ?(?:[YyMmWwDd]|yrs?|[Jj]|[Aa])\b|(?<![A-Za-z])[MFOU](?![A-Za-z])"
    r"|(?i:\b(?:dob|d\.o\.b|birth|born|geb|mrn|pid|id|patient|pat|age|sex|acc(?:ession)?)\b)")


def _in_patient_block(text: str, start: int, end: int) -> bool:
    """The line holding text[start:end] (outside that span) or a line next to it has a `_PATIENT_ANCHOR`."""
    lines = text.split("\n")
    row = text.count("\n", 0, start)
    line_start = text.rfind("\n", 0, start) + 1
    own = lines[row]
    rest = own[:start - line_start] + " " * (end - start) + own[end - line_start:]
    near = [rest] + [lines[r] for r in (row - 1, row + 1) if 0 <= r < len(lines)]
    return any(_PATIENT_ANCHOR.search(line) for line in near)


def _family_words(family: str) -> list[str]:
    """The words of a family name less its particles ('De La Cruz' -> ['Cruz'])."""
    return [w for w in family.split() if w.lower() not in _FAMILY_PARTICLES]


def _is_given_word(word: str) -> bool:
    """`word` can stand in the given-name slot: a name word (strict) or a Vietnamese middle name."""
    return is_name_word(word) or word.lower() in _GIVEN_CONNECTORS


# -- vocabulary on either side of a comma pair (fix round 12) -------------------------------------
# A comma pair beside a date is a patient's 'FAMILY, GIVEN' or a device's pair of settings or
# anatomy ('L\u00e4ngs, Quer  12.03.2024', 'Kopf, Hals', 'Leber, Milz', 'Maksa, Perna', 'ACI, ACE'):
# both sides vocabulary -> no name; one side vocabulary -> a name only with the other side a
# name-like word ('HEAD, SARAH', 'HART, LISA', 'Dupont, Rene'); an initial in the given slot
# needs a name-like family name ('SMITH, J.').


# The words of the study and protocol descriptions devices write as pairs ('Head^Routine',
# 'Kopf^Routine', 'Голова^Рутина', 'Kopf Hals, Kontrast') and of a report's rows ('Grand Total,
# Mean') that the device vocabulary lacks: the body regions of Body Part Examined (0018,0015;
# DICOM PS3.16 Annex L) and the words 'routine', 'standard', 'contrast', 'native', 'mean',
# 'total', 'summary' as the localized consoles and reports of the 16 languages of the vocabulary
# write them (Siemens syngo's protocol tree 'Region^Protocol' in StudyDescription (0008,1030) and
# ProtocolName (0018,1030); the same terms' dictionary translations). Words that are also given
# names ('Karin' for Turkish 'karın') or common surnames ('Diz') are left out. Vocabulary of a pair
# only (`_vocabulary`): alone these words are no device text the model's findings are vetoed for.
_STUDY_WORDS = frozenset(w.lower() for w in (
    # statistics and report rows
    "Mean", "Average", "Median", "Total", "Sum", "Summary", "Std", "Dev",
    # English protocol words
    "Neuro", "PE", "Native", "Plain", "Multiphase", "Trauma", "Stroke",
    # German
    "Brust", "LWS", "HWS", "BWS", "Gehirn", "Hirn", "Kontrast", "Kontrastmittel", "KM", "Nativ",
    "Mittelwert", "Mittel", "Gesamt", "Summe", "Zusammenfassung",
    # French
    "Cou", "Cerveau", "Contraste", "Injecté", "Natif", "Moyenne", "Somme", "Résumé",
    # Spanish, Portuguese, Italian
    "Cerebro", "Rutina", "Promedio", "Resumen", "Cérebro", "Rotina", "Média", "Resumo",
    "Cervello", "Contrasto", "Mezzo", "Basale", "Totale", "Riepilogo", "Media",
    # Dutch, Swedish
    "Hersenen", "Gemiddelde", "Totaal", "Skalle", "Hjärna", "Medel", "Totalt",
    # Polish, Czech, Slovak
    "Czaszka", "Miednica", "Kręgosłup", "Serce", "Mózg", "Kolano", "Rutyna",
    "Średnia", "Suma", "Podsumowanie",
    "Hlava", "Lebka", "Krk", "Pánev", "Páteř", "Srdce", "Mozek", "Koleno",
    "Průměr", "Celkem", "Souhrn", "Rutinní",
    # Turkish
    "Baş", "Kafa", "Boyun", "Toraks", "Göğüs", "Batın", "Omurga", "Kalp",
    "Beyin", "Rutin", "Kontrastlı", "Ortalama", "Toplam",
    # Russian
    "Голова", "Череп", "Шея",
    "Грудь", "Грудная",
    "Живот", "Брюшная", "Таз",
    "Позвоночник", "Сердце",
    "Мозг", "Колено", "Рутина",
    "Рутинный", "Стандарт",
    "Контраст", "Среднее",
    "Итого",
    # Greek
    "Κεφαλή", "Κρανίο",
    "Τράχηλος", "Θώρακας",
    "Κοιλία", "Πύελος",
    "Καρδιά", "Εγκέφαλος",
    "Γόνατο", "Ρουτίνα",
    "Σκιαγραφικό", "Μέσος",
    # Japanese, Chinese, Korean: head, chest, abdomen, pelvis, spine, heart, routine, contrast, plain
    "頭部", "胸部", "腹部", "骨盤", "脊椎", "心臓",
    "ルーチン", "造影", "単純", "头部", "常规",
    "增强", "平扫", "머리", "두부", "흉부", "복부",
    "골반", "루틴", "조영",
))


def _vocabulary(word: str) -> bool:
    """`word` is vocabulary in a comma pair: an overlay word ('Head', 'Hand', 'Born'), a device
    word, a localized device word that is also a surname (`LOCALIZED_CONTEXT_WORDS`: 'Kopf',
    'Hart'), a study or report word (`_STUDY_WORDS`: 'Kontrast', 'Rutina', 'Mean'), an
    institution head ('Medical') or a vendor's name ('Philips')."""
    low = word.strip(".,^").lower()
    return (low in NON_PHI_WORDS or is_device_word(word) or low in LOCALIZED_CONTEXT_WORDS
            or low in _STUDY_WORDS or low in VENDOR_NAMES or has_institution_head(word.strip(".,^").capitalize()))


def _label_word(word: str) -> bool:
    """`word` is an overlay word that no device word is: a label ('Name', 'Patient')."""
    return word.strip(".,^:").lower() in NON_PHI_WORDS and not is_device_word(word)


def _region_word(word: str) -> bool:
    """`word` is vocabulary that is also a surname in a family name's slot ('Head Long, Sarah',
    'Testa Spalla, Giulia'): a device, anatomy or study word, no label, vendor or institution head."""
    low = word.strip(".,^").lower()
    return ((is_device_word(word) or low in LOCALIZED_CONTEXT_WORDS or low in _STUDY_WORDS)
            and not LABEL_PREFIX.fullmatch(word.strip(",")) and not _label_word(word)
            and low not in VENDOR_NAMES and not has_institution_head(word.strip(".,^").capitalize()))


def _name_like(word: str) -> bool:
    """`word` is a name word that is no vocabulary of a comma pair (`_vocabulary`): it makes a
    pair a name whatever the other side is."""
    return is_name_word(word) and not _vocabulary(word)


def _pair_is_name(family_words: list[str], givens: list[str]) -> bool:
    """A comma pair's two sides make a name: no side vocabulary, or one side vocabulary and
    the other name-like (`_name_like`); an initial given name needs a name-like family name."""
    initials = [g for g in givens if INITIAL.fullmatch(g)]
    words = [g for g in givens if not INITIAL.fullmatch(g)]
    if initials and not all(_name_like(w) for w in family_words):
        return False
    family_vocabulary = any(_vocabulary(w) for w in family_words)
    given_vocabulary = any(_vocabulary(g) for g in words if g.lower() not in _GIVEN_CONNECTORS)
    if family_vocabulary and given_vocabulary:
        return False
    if family_vocabulary:
        return all(_name_like(g) or g.lower() in _GIVEN_CONNECTORS for g in words)
    if given_vocabulary:
        return all(_name_like(w) for w in family_words)
    return True


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """text[start:end] is the whole of its line, spaces aside (a vertical column OCR read as one
    word is a line of its own too)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _name_shaped_family(family: str) -> bool:
    """`family` has a shape only a family name has: two surnames ('Pinto Carvalho', 'Garcia
    Lopez': the Portuguese and Spanish double surname), a particle ('da Silva', 'van der Berg',
    'al-Rashid', 'bin Ismail') or a hyphen or an apostrophe inside a word ('Smith-Jones',
    "O'Neil") or a prefix in mixed case before capitals ('McFARLANE', 'DeSOUZA': `_CAPITALS_WITH_PREFIX`;
    Wikipedia, "Spanish naming customs", "Portuguese name", "Tussenvoegsel", "Arabic name"). A pair
    of settings or anatomy has one word before its comma ('Solid, Cystic', 'File, Edit') or words
    that are vocabulary ('Vena Cava, Aorta')."""
    words = _family_words(family)
    return (len(words) >= 2 or len(words) < len(family.split()) or bool(re.search(r"\w[-'\u2019]\w", family))
            or any(_CAPITALS_WITH_PREFIX.fullmatch(w) for w in words))


# What the model calls a given name it reads as a name (`_region_surnames`): a person, or a place
# (en_core_web_sm reads 'Giulia' of 'Testa Spalla, Giulia' as a GPE), never an organisation
# ('Kidney Ureter, Stone', 'Siemens Healthineers, Erlangen').
_GIVEN_ENTITIES = ("PERSON", "GPE", "LOC", "LOCATION", "NORP")


def _region_surnames(text: str, m: re.Match, words: list[str], givens: list[str], read_as) -> bool:
    """A 'Family Family, Given' field alone on its line whose family names are vocabulary
    (`_region_word`: 'Head Long, Sarah', 'Testa Spalla, Giulia', 'Hlava Nová, Jana') is a
    person's where the given-name slot is a given name: a name-like word (`_name_like`: no
    vocabulary, `_STUDY_WORDS` included, no context word) that the model reads as a name
    (`_GIVEN_ENTITIES`). Its device twins have a vocabulary word there ('Head Neck, Contrast',
    'Kopf Hals, Kontrast', 'Grand Total, Mean') or one the model reads as nothing or an
    organisation ('Lung Nodule, Solid'). We chose the model's reading over a given-name list
    (the project has none): protocol lines of this shape are common on real images, a
    patient written so without a patient block is not."""
    if len(words) < 2 or not _alone_on_its_line(text, m.start("family"), m.end()):
        return False
    if not any(_region_word(w) for w in words) or not all(_region_word(w) or _name_like(w) for w in words):
        return False
    given = [g for g in givens if not INITIAL.fullmatch(g)]
    return (bool(given) and all(_name_like(g) and not is_context_word(g) for g in given)
            and not is_place(" ".join(givens)) and read_as(_GIVEN_ENTITIES, m.start("given"), m.end()))


# A surname written in capitals keeps the small letter of its prefix: the Gaelic Mc, Mac, Fitz and the
# Romance and Dutch De, Di, Da, Du, La, Le, Van, Von glued to it ('McFARLANE', 'MacDONALD', 'DeSOUZA',
# 'DiMAGGIO', 'FitzGERALD', 'LaROSE', 'VanDYKE': the US Postal Service's and the NHS's capitalised
# registers write them so). O' and D' need nothing ("O'BRIEN" is all capitals).
_CAPITALS_WITH_PREFIX = re.compile(rf"(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)[{UPPER}][{UPPER}'\u2019-]{{2,}}[.,^]*")


def in_capitals(word: str) -> bool:
    """`word` is written in capitals, a surname's mixed-case prefix aside ('SMITH', 'McFARLANE,',
    'MacDONALD', 'DeSOUZA'; `_CAPITALS_WITH_PREFIX`)."""
    return word.isupper() or _CAPITALS_WITH_PREFIX.fullmatch(word) is not None


# Fix round 35 (review 19 A: "O'BRIEN-HAYES, Margaret A" of a US CT banner): the banner style 'FAMILY, Given'
# writes the family name in capitals and the given name in title case (the HL7 v2 XPN order as PACS
# viewers print it; the NHS's "SURNAME, Forename" of its Patient Identification guidance). Two case
# styles in one pair are as often a device's ('CT, Abdomen', 'ABD-PEL, Routine'); a family name with a
# shape only a family name has is not: an apostrophe after one capital or a hyphen between two words
# ("O'BRIEN", "D'ANGELO", "N'DIAYE", 'SMITH-JONES'), each of its parts a name word and no vocabulary.
_APOSTROPHE_OR_HYPHEN_NAME = re.compile(
    rf"(?:[{UPPER}]['\u2019])?[{UPPER}]{{2,}}(?:-(?:[{UPPER}]['\u2019])?[{UPPER}]{{2,}})?")


def _capital_family_title_given(family: str, words: list[str], givens: list[str]) -> bool:
    """'O'BRIEN-HAYES, Margaret', 'D'ANGELO-RUIZ, Carmen': a family name in capitals with an apostrophe
    or a hyphen inside a word, the given names in title case, every part of both a name-like word."""
    if len(words) != 1 or not _APOSTROPHE_OR_HYPHEN_NAME.fullmatch(words[0]) \
            or not re.search(r"\w[-'\u2019]\w", words[0]):
        return False
    parts = [p for p in re.split(r"[-'\u2019]", words[0]) if len(p) >= 2]
    given = [g for g in givens if len(g.strip(".")) > 1]
    return bool(parts) and bool(given) and all(g[:1].isupper() and g[1:].islower() for g in given) \
        and all(_name_like(p.capitalize()) for p in parts) and all(_name_like(g) and not is_context_word(g)
                                                                   for g in given)


def comma_names(text: str, model_entities: Iterable[tuple[str, int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of every 'FAMILY, GIVEN' field (`_COMMA_NAME`) in a patient block
    (`_in_patient_block`), or one whose family name the NER model read as a person
    (`model_entities`: (entity, start, end) of the model's readings of `text`) where that is
    evidence enough: a compound family name or one with its particles ('De La Cruz, Maria',
    'Van Dam, Eva'), or a given name the model read as some entity too ('Haddad, Yasmin' with
    'Yasmin' read as a place: the given-name slot of a person's family name is a person's).
    A model calls many a lone capitalised word a person ('Mild, Moderate', 'File, Edit'), so a
    one-word family name with a given name it read as nothing is left to the patient block.
    A field that is the whole of its line (a vertical column too) with a family name's shape
    (`_name_shaped_family`: 'Pinto Carvalho, Beatriz', 'van der Berg, Eva', 'Smith-Jones, Ann')
    is a name without either, where no word is vocabulary, a context word or a place.

    Outside a patient block a family name that is vocabulary makes no name, and neither does a
    place pair (`is_place`: 'Austin, Texas'). In a patient block the family name may be an
    overlay word, an institution head or a vendor ('HEAD, SARAH', 'BORN, MAX', 'MEDICAL, JOHN',
    'PHILIPS, ANNA') and the given name an initial ('SMITH, J.'), but a pair with vocabulary on
    both sides is a device's ('Kopf, Hals', 'Maksa, Perna': `_pair_is_name`)."""
    out = []
    entities = list(model_entities)

    def read_as(kinds: tuple[str, ...], start: int, end: int) -> bool:
        return any(e in kinds and a < end and start < b for e, a, b in entities)

    for m in _COMMA_NAME.finditer(text):
        family, given, given2 = m.group("family"), m.group("given"), m.group("given2")
        givens = [g for g in (given, given2) if g]
        words = _family_words(family)
        if not words:
            continue
        if any(a < m.end("family") and m.start("family") < b for a, b in department_spans(text)):
            continue  # 'Klinika Kardiologii, USK Wrocław': a department and its site, no one's name
        if any(w.lower() in PLACEHOLDERS or w.lower() in _TITLES or only_credentials(w) or LABEL_PREFIX.fullmatch(w)
               for w in words):
            continue
        block = _in_patient_block(text, m.start("family"), m.end())
        if _region_surnames(text, m, words, givens, read_as):
            out.append((m.start("family"), m.end()))  # 'Head Long, Sarah', 'Testa Spalla, Giulia'
            continue
        if len(words) > 1 and not all(is_name_word(w) for w in words):
            continue  # 'Abd Pelvis, Routine': a compound family name is name words only
        if not all(_is_given_word(g) or INITIAL.fullmatch(g) for g in givens):
            continue
        if any(in_capitals(w) != in_capitals(words[-1]) for w in words + [g for g in givens if len(g.strip(".")) > 1]) \
                and not _capital_family_title_given(family, words, givens):
            continue  # 'CT, Abdomen': one case style to a name (its particles may differ: 'de la Cruz')
        if not _pair_is_name(words, givens):
            continue  # 'Kopf, Hals', 'Maksa, Perna', 'Leber, Milz': vocabulary on both sides
        if not block and any(w.lower() in NON_PHI_WORDS or has_institution_head(w) or INITIAL.fullmatch(w)
                             for w in words + givens):
            continue  # outside a patient block an overlay word or an initial makes no name
        initial = re.match(rf"[ \t]+[{UPPER}]\.?(?![{LETTER}])", text[m.end():])  # 'McFARLANE, SHANIQUE A.'
        if not block and _alone_on_its_line(text, m.start("family"), m.end() + (initial.end() if initial else 0)) \
                and _name_shaped_family(family) and not is_place(" ".join(givens)) \
                and all(_name_like(w) and not is_context_word(w) for w in words + givens):
            out.append((m.start("family"), m.end()))  # 'Pinto Carvalho, Beatriz' written alone
            continue
        if not block:
            person = read_as(("PERSON",), m.start("family"), m.end("family")) and (
                len(family.split()) > 1 or read_as(_MODEL_NAME_ENTITIES, m.start("given"), m.end()))
            if not person or not all(is_name_word(w) for w in words) or is_place(" ".join(givens)):
                continue
        out.append((m.start("family"), m.end()))
    out.extend(_recased_comma_names(text, _title_cased_lower_lines(text), read_as, out))
    out.extend(_recased_comma_names(text, _capital_i_read_as_l(text), read_as, out))
    return out


# fix round 34 (review 18 B: 'MacDonald, lan Alasdair', PP-OCR's small l for the capital I of 'Ian'):
# a lower-case l that opens the given-name slot after a capitalised family name and its comma, read
# as the capital I it often is in a sans-serif font ('Ian', 'Ivan', 'Igor', 'Ilse', 'Irma', 'Ines').
_L_FOR_I = re.compile(rf"(?:(?<=[{LETTER}]{{2}},[ \t])|(?<=[{LETTER}]{{2}},))l(?=[{LOWER}]{{2}})")


def _capital_i_read_as_l(text: str) -> str:
    """`text` with a given name's opening 'l' after 'Family, ' read as 'I' (`_L_FOR_I`), offsets kept."""
    return _L_FOR_I.sub("I", text)


def _title_cased_lower_lines(text: str) -> str:
    """`text` with each line that holds no capital letter title-cased, offsets kept: a banner written
    all in lower case ("o'connell, mary-kate") read in the case `_COMMA_NAME` knows ("O'Connell, Mary-Kate")."""
    def title(line: str) -> str:
        if any(c.isupper() for c in line):
            return line
        # the first letter of each word, and after an apostrophe or a hyphen inside one; one letter for one
        return re.sub(r"(?:(?<![^\W\d_])|(?<=[^\W\d_]['\u2019-]))[^\W\d_]",
                      lambda m: m.group(0).upper() if len(m.group(0).upper()) == 1 else m.group(0), line)
    return "\n".join(title(line) for line in text.split("\n"))


def _patient_anchor_within(text: str, start: int, reach: int) -> bool:
    """A line within `reach` lines of the one holding `start` has a `_PATIENT_ANCHOR` ('MRN:', 'DOB:'):
    the layout sets a banner's right-hand fields (the hospital, its address) between its rows."""
    lines = text.split("\n")
    row = text.count("\n", 0, start)
    return any(_PATIENT_ANCHOR.search(lines[r]) for r in range(max(0, row - reach), min(len(lines), row + reach + 1))
               if r != row)


def _recased_comma_names(text: str, cased: str, read_as, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """fix round 34 (review 18 B: a lower-case "o'connell, mary-kate" banner, the model's person on the
    given name alone): a 'family, given' pair on a line written all in lower case, in a patient block
    (`_patient_anchor_within` three lines: the ID's or the birth date's labels) or where the model read the
    given or the family name as a person. Lower case is no name's shape, so the block or the model's
    reading is the evidence, and the pair must be no vocabulary ('head, neck'), no place ('austin, texas') and no
    label. The same for a given name whose capital I OCR read as l (`_capital_i_read_as_l`): `cased`
    is `text` so read, offsets kept; only pairs it changed are read here, and each word as OCR read it
    must be no vocabulary either ('Kopf, links')."""
    if cased == text:
        return []
    out = []
    for m in _COMMA_NAME.finditer(cased):
        if any(a < m.end() and m.start() < b for a, b in taken) or text[m.start():m.end()] == m.group(0):
            continue  # read already, or a line that was not lower case
        family, givens = m.group("family"), [g for g in (m.group("given"), m.group("given2")) if g]
        words = _family_words(family)
        if not words or not (read_as(("PERSON",), m.start("family"), m.end())
                             or _patient_anchor_within(text, m.start("family"), 3)):
            continue
        as_read = text[m.start("family"):m.end()].replace(",", " ").split()
        if any(w.lower().strip(".,") in NON_PHI_WORDS or w.lower() in _TITLES or LABEL_PREFIX.fullmatch(w)
               or is_context_word(w) or is_device_word(w.strip(".,")) for w in words + givens + as_read):
            continue  # ... and no device word ('Network, lan Mode': a network setting, break-test 12)
        if not _pair_is_name(words, givens) or is_place(" ".join(givens)):
            continue
        out.append((m.start("family"), m.end()))
    return out


# Where a comma pair is a place, not a person: 'Houston, Texas', 'Bothell, WA', 'Berlin, Germany',
# 'London, Ontario'. The second part is a country (ISO 3166-1 short names, in English), a US
# state, district or territory, by name or its USPS code (USPS Publication 28, Appendix B), or a
# Canadian province or territory (Canada Post's symbols); names that are also common given names
# ('Georgia', 'Jordan', 'Chad', 'Israel', 'Virginia', 'India') are left out, since 'Smith, Georgia'
# is a person. A device prints its maker's place so ('Siemens, Erlangen, Germany').
_COUNTRIES = frozenset("""
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei
bulgaria burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus
czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
gabon gambia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
indonesia iran iraq ireland italy jamaica japan kazakhstan kiribati korea kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman
pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan
tuvalu uganda ukraine uruguay usa uae uk uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
deutschland espana españa italia nederland schweiz suisse österreich osterreich polska
""".split())
_STATES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
washington wisconsin wyoming alberta manitoba ontario quebec saskatchewan yukon nunavut
""".split())
_STATE_CODES = frozenset("""
AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND
OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AB BC MB NB NL NS NT NU ON PE QC SK YT
""".split())


def is_place(text: str) -> bool:
    """`text` (the part after a comma) is a country, a US state or a Canadian province (`_COUNTRIES`,
    `_STATES`, `_STATE_CODES`), by name or postal code."""
    text = text.strip(" .,")
    return text in _STATE_CODES or text.lower() in _COUNTRIES or text.lower() in _STATES


def not_a_comma_name(text: str) -> bool:
    """`text`, a 'FAMILY, GIVEN' match made without context (the capitals pattern of
    `patterns.overlay_recognizers`: 'HEAD, NECK', 'LIVER, SPLEEN', 'SIEMENS, ERLANGEN', 'HOUSTON,
    TEXAS'), is no name: either side is vocabulary (a Vietnamese middle name in the given slot
    excepted: 'NGUYEN, THI' is a person), or it is a place pair (`is_place`). Without patient data
    beside it a family name that is also a vendor's or a method's ('LUNAR, MARIA') is not told
    from a maker and its town: in a patient block `comma_names` finds it."""
    if "," not in text:
        return False
    family, _, given = text.partition(",")
    givens = [g for g in given.split() if not INITIAL.fullmatch(g)]
    if not givens or not all(_is_given_word(g) for g in givens) or is_place(" ".join(givens)):
        return True
    # Localized device words that are also surnames on both sides ('KOPF, HALS') are a device's pair.
    return not is_name_word(family.strip()) or not _pair_is_name(family.split(), givens)


# The component separator of a DICOM PN and OCR's readings of it (`patterns._CARET`), and the
# full-width caret of CJK fonts.
_CARETS = re.compile("[\\^\u201c\u201d\"*~\uff3e]")


def not_a_caret_name(text: str) -> bool:
    """`text`, a DICOM PN match ('HEAD^SARAH', '^JOHN', '山田^太郎'), is a study or protocol
    description written with the same caret (StudyDescription and ProtocolName of a vendor's
    protocol tree: 'Head^Routine', 'CHEST^PE', 'MR^Brain', 'Голова^Рутина', '頭部^ルーチン'): its
    family and given components are both vocabulary (`_vocabulary`, `_STUDY_WORDS`), or the one
    component it has is. One vocabulary component beside a name-like one is a name ('HEAD^SARAH',
    'Hlava^Petr', 'ROOT^JOSEPH': `_pair_is_name`); the middle name, prefix and suffix do not
    count. Each '='-separated representation is judged alone ('Yamada^Tarou=山田^太郎')."""
    for group in text.split("="):
        if "_" in group:
            continue  # 'Spine^LSpine_Routine': a protocol's identifier, no one's name
        parts = [p.strip(" .,") for p in _CARETS.split(group)]
        family, given = parts[0], (parts[1] if len(parts) > 1 else "")
        named = [p for p in (family, given) if p]
        if not named:
            continue
        if len(named) == 1:
            if not _vocabulary(named[0]):
                return False
        elif _pair_is_name([family], [given]):
            return False
    return True


def in_caret_description(text: str, start: int, end: int) -> bool:
    """text[start:end] lies in an OCR token with a caret that is a study or protocol description,
    no name (`not_a_caret_name`: 'Hlava^Rutina', 'Голова^Рутина', '頭部^ルーチン'): what a model
    reads as a person there is the description's."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].strip(".,;:")
    return ("^" in token or "\uff3e" in token) and not_a_caret_name(token)


class CommaNamePatternRecognizer(PatternRecognizer):
    """A `PatternRecognizer` whose 'FAMILY, GIVEN' matches are judged by `not_a_comma_name`, and
    its DICOM PN matches by `not_a_caret_name`."""

    def invalidate_result(self, pattern_text: str) -> bool | None:
        if "," not in pattern_text and _CARETS.search(pattern_text):
            return not_a_caret_name(pattern_text)
        return not_a_comma_name(pattern_text)


# What a model calls a word it takes for a proper name: a person, a place, an organisation.
_MODEL_NAME_ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION", "GPE", "ORG", "LOC", "NORP", "FAC")


def _model_entities(nlp_artifacts) -> list[tuple[str, int, int]]:
    """(entity, start, end) of the NER model's entities in the analysed text, where the NLP
    engine gives them (spaCy); none otherwise. spaCy's PER is PERSON."""
    out = []
    for e in getattr(nlp_artifacts, "entities", None) or []:
        label = getattr(e, "label_", "")
        if hasattr(e, "start_char"):
            out.append(("PERSON" if label == "PER" else label, e.start_char, e.end_char))
    return out


# Surname particles in capitals that a label took in (`_PARTICLES_AFTER_LABEL`): after a staff role
# label they are as often the person's initials ('Sonograf: AL', 'Tech: DE', 'RT: DI').
_CAPITAL_PARTICLES_AFTER = re.compile(
    rf"(?:(?:{'|'.join(sorted((p.upper() for p in _LOWER_PARTICLES), key=len, reverse=True))})[ \t]+)+$")


class LabelledNameRecognizer(EntityRecognizer):
    """PERSON: the capitalised words after a name label on the same line ('Name: DOE
    JOHN', 'Ref. Phys.: Grace Okafor', 'Referrer CONSTANTINE ROE'), up to four, ending
    at the first word that is vocabulary ('Sex', 'DOB', 'Gen'), a digit or the line's end.
    The label itself is never part of the result."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name=LABELLED, supported_language="en")

    def load(self) -> None:  # nothing to load: rules only
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if entities and "PERSON" not in entities:
            return []
        results = []
        for label in _LABEL.finditer(text):
            at, head = label.end(), label.group(0)
            core = _CAPITAL_PARTICLES_AFTER.sub("", head)
            if core != head and _ROLE.fullmatch(core):
                at, head = label.start() + len(core), core  # 'Sonograf: AL', 'Tech: DE': initials, no particle
            span = labelled_name(text, at)
            role = _ROLE.fullmatch(head) is not None
            if role:
                span = _staff_value(text, at, span, _SHORT_ROLE.fullmatch(head) is not None,
                                    team=_TEAM_ROLE.fullmatch(head) is not None)
            elif span is not None and (_setting_with_number(text, span) or _setting_label(label.group(0), text, span)):
                span = None
            if span is not None and all(w.lower() in _NAME_HEADINGS for w in text[span[0]:span[1]].split()):
                span = None  # 'Nome do Doente', 'Name Patient': a column's heading, whose patient is no one
            if span is not None:
                results.append(RecognizerResult("PERSON", span[0], span[1], LABELLED_SCORE,
                                                recognition_metadata={STAFF_VALUE: True} if role else None))
                for later in listed_names(text, span[1]):
                    results.append(RecognizerResult("PERSON", later[0], later[1], LABELLED_SCORE))
        for label in _BARE_LABEL.finditer(text):
            if text[label.end():].split(maxsplit=1)[0].lower() in _PATIENT_ATTRIBUTE_WORDS:
                continue
            span = labelled_name(text, label.end(), strict=True, min_words=2)
            if span is not None:
                results.append(RecognizerResult("PERSON", span[0], span[1], LABELLED_SCORE))
        for label in _BARE_ROLE.finditer(text):
            span = labelled_name(text, label.end(), strict=True, min_words=2)
            if span is not None and sum(len(w.strip(".,^")) >= 2 for w in text[span[0]:span[1]].split()) >= 2 \
                    and not any(r.start <= span[0] and span[1] <= r.end for r in results):
                results.append(RecognizerResult("PERSON", span[0], span[1], LABELLED_SCORE,
                                                recognition_metadata={STAFF_VALUE: True}))
        for start, end in comma_names(text, _model_entities(nlp_artifacts)):
            results.append(RecognizerResult("PERSON", start, end, LABELLED_SCORE))
        for start, end in lower_case_labelled_names(text):
            results.append(RecognizerResult("PERSON", start, end, LABELLED_SCORE))
        for start, end in login_names(text):
            results.append(RecognizerResult("PERSON", start, end, LABELLED_SCORE))
        for start, end in staff_logins(text):
            results.append(RecognizerResult("PERSON", start, end, LABELLED_SCORE,
                                            recognition_metadata={STAFF_VALUE: True}))
        for start, end in shaped_names(text):
            results.append(RecognizerResult("PERSON", start, end, LABELLED_SCORE))
        for start, end in family_given_names(text):
            results.append(RecognizerResult("PERSON", start, end, LABELLED_SCORE))
        return results


# Fix round 35 (review 19 A: 'Op. prof. Ferraro / dott. Colombo'): one label before a list of people, the
# names separated by a slash or a semicolon ('Ref: Smith/ Jones', 'Operatori: Rossi; Bianchi').
_LIST_SEPARATOR = re.compile(r"[ \t]*[;/][ \t]*")


# Break-test 13 (round 35's regressions: 'Ref: Smith / ER', 'Tech: Smith / TBD', 'Ref: Smith / Bay 3', 'Lekarz:
# Nowak / SOR', 'Henv. lege: Berg / Akutt'): after the slash a referrer's or an operator's field as often
# gives the department, the bay or the state as a second person. The words no later name of a list is: the
# departments, services and states written short (en ER, ED, ICU, OR, RAD, ENT, GP, PCP, AI, TBD, Self, Ext,
# Int, Bay, Stn; pl SOR, Izba; it Sala, PS; no/da/sv Akutt, Akut, Poliklinikk), a ward's word (`_WARD_WORDS`)
# or vocabulary.
_NO_LISTED_NAME = frozenset("""er ed ae icu ccu nicu picu hdu or ot rad radiology ent gp pcp ai tbd tba tbc na self
ext int bay stn station room rm bed unit ward dept clinic staff other none unknown auto manual
sor izba sala ps ambulatorio degenza akutt akut poliklinikk poliklinik legevakt""".split())


def _no_listed_name(text: str, span: tuple[int, int], first: str) -> bool:
    """The name `span` after a list's separator is no person: one of its words is a department's or a
    state's (`_NO_LISTED_NAME`), a ward's word or vocabulary, or in capitals of two to four letters where the
    list's first name (its last word `first`) is not in capitals ('Ref: Smith / RAD'; 'REF: SMITH / LEE' is
    two people), or a number follows it ('Bay 3', 'Sala 2')."""
    if re.match(r"[ \t]+\d{1,3}(?![\d./:-])", text[span[1]:]):
        return True
    for w in text[span[0]:span[1]].split():
        word = w.strip(".,^;/")
        low = word.lower()
        if is_title(w) or len(word) < 2:
            continue
        if low in _NO_LISTED_NAME or low in _WARD_WORDS or (_vocabulary(word) and not is_context_word(word)) \
                or (word.isupper() and len(word) <= 4 and not in_capitals(first.strip(".,^;/"))):
            return True
    return False


def listed_names(text: str, end: int, most: int = 3) -> list[tuple[int, int]]:
    """(start, end) of each name after the labelled name that ends at `end`, each after a slash or a
    semicolon on the same line: name words without a label of their own (`labelled_name`, strict: 'Tech:
    Auto; Manual', 'Operator: Service/ Admin' list no one after the first)."""
    out = []
    while len(out) < most and (sep := _LIST_SEPARATOR.match(text, end)) is not None and "\n" not in sep.group(0):
        span = labelled_name(text, sep.end(), strict=True)
        if span is None or _no_listed_name(text, span, text[:end].split()[-1]):
            break
        out.append(span)
        end = span[1]
    return out


def lower_case_labelled_names(text: str) -> list[tuple[int, int]]:
    """The names after a patient or staff name label with its colon on a line typed all in lower case
    ('name: dela cruz, maria rosario', 'pt: santos, jose'; `lower_lines_title_cased`): read title-cased,
    as strictly as a name without a label (no device or menu word: 'op: auto iris' is a setting) and
    two name words at least ('name: freeze' is a menu's), since the case tells nothing there."""
    cased = lower_lines_title_cased(text)
    if cased == text:
        return []
    out = []
    for label in _LABEL.finditer(text):
        if ":" not in label.group(0) or not in_lower_line(text, label.start(), label.end()) \
                or _ROLE.fullmatch(label.group(0)):
            continue  # a staff label's lower-case value is as often a setting ('tech: enhance a3')
        span = labelled_name(cased, label.end(), strict=True, min_words=2)
        if span is None or not in_lower_line(text, *span) or _setting_with_number(cased, span) \
                or _setting_label(label.group(0), cased, span):
            continue
        out.append(span)
    return out


def _setting_label(label: str, text: str, span: tuple[int, int]) -> bool:
    """The label names a setting and its value is device vocabulary alone: the German position
    label 'Lage' (read like the Danish 'Læge', doctor) before 'Rückenlage', 'Bauchlage'; or a
    signature label ('Firma', also a company) before a vendor ('Firma: Siemens')."""
    word = label.strip(" \t:#")
    return ((is_device_word(word) or _SIGNATURE.fullmatch(label) is not None)
            and only_device_words(text[span[0]:span[1]]))


def _setting_with_number(text: str, span: tuple[int, int]) -> bool:
    """The value after a name label is a protocol's or a series' name, not a person's, where it is
    device vocabulary alone and a number follows it in its field ('Név: Protokoll 3', 'Name: Serie 2')."""
    line_end = text.find("\n", span[1])
    rest = text[span[1]:len(text) if line_end < 0 else line_end]
    return bool(re.fullmatch(r"[ \t]+\d{1,3}[ \t]*", rest)) and only_device_words(text[span[0]:span[1]])


def _staff_value(text: str, at: int, span: tuple[int, int] | None, short: bool,
                 team: bool = False) -> tuple[int, int] | None:
    """The value after a staff role label (`_ROLE`) at `at`, or None where it is a setting or a
    console's account ('Operator: Auto', 'Tech: Service', 'Op: Default', 'RT: ON').

    - Initials alone ('RT: JKM', 'Tech: ab', 'RT: CT'): a person, unless a setting written there:
      `_ROLE_SETTINGS`, or device vocabulary that says no more than what the image is
      (`_IMAGE_KIND_WORDS` are initials: 'RT: CT', 'Tech: US'), after a short label (`_SHORT_ROLE`).
    - Words (`span`, `labelled_name`'s name): after a spelled-out role label ('Sonographer: Gain',
      'Radiographer: Gray') a capitalised word is a name; after a short label, a name unless every word
      is device vocabulary in capitals ('RT: LONG', 'RT: UPPER': a side's caption).
    - Initials written with points and spaces ('Tech: J. K. M.'), which `labelled_name` leaves.
    - After a team role label (`team`: 'Nurse:', 'Resident:', 'Witness:', ordinary words), no value of
      vocabulary alone ('Resident: Yes', 'Witness: Present', 'Nurse: ECG'); four capitals are
      initials too ('Scrub: KLMN')."""
    if team:
        if _PRODUCT_NUMBER.match(text, at):
            return None  # 'Nurse: Lot 4411A', 'Witness: SN 1234567': a product's number
        word = _TOKEN.match(text, at)
        first = word.group(0).strip(".,") if word else ""
        if first.lower() in _TEAM_NON_VALUES or (first.isupper() and first.lower() in VENDOR_NAMES):
            rest = re.match(r"[ \t]*(?:\d\S*)?[ \t]*\n?[ \t]*", text[word.end():])
            later = word.end() + rest.end()
            if later < len(text):
                # 'Witness: Present  Ann Lee': the state, then the person (in the next field, which the
                # layout may set on a line of its own)
                again = labelled_name(text, later)
                return _staff_value(text, later, again, short, team) if again else None
            return None  # 'Witness: Present', 'Recorder: REC', 'Nurse: Station 4', 'Recorder: HDD 75%'
    m = _ROLE_INITIALS.match(text, at)
    if m and (span is None or span[1] <= m.end()):
        low = m.group(0).lower()
        if low in _STAFF_ACCOUNTS or low in SWITCH_STATES or low in PLACEHOLDERS or low in _ROLE_SETTINGS:
            return None
        vocabulary = is_device_word(low) or low in NON_PHI_WORDS
        valued = re.match(r"[ \t]+[-+]?\.?\d", text[m.end():])  # 'Operator: MI 1.1': a setting and its value
        if vocabulary and (m.group(0).islower() or valued or (short and low not in _IMAGE_KIND_WORDS)):
            return None
        return m.start(), m.end()
    word = _TOKEN.match(text, at)
    if span is None and word and not short:
        span = labelled_name(text, at) or (None if team else _vocabulary_surname(text, word))
    if span is not None:
        words = [w.strip(".,") for w in text[span[0]:span[1]].split()]
        if team and all(_vocabulary(w) or is_device_word(w) or w.lower() in PLACEHOLDERS for w in words):
            return None
        if all(w.lower() in _STAFF_ACCOUNTS or w.lower() in SWITCH_STATES for w in words):
            return None
        if short and all(w.isupper() or len(w) < 2 for w in words) \
                and (only_device_words(" ".join(words)) or all(is_device_word(w) for w in words)):
            return None
        return span
    m = _SPACED_INITIALS.match(text, at)
    return (m.start(), m.end()) if m and m.group(0).count(".") >= 1 else None


def _vocabulary_surname(text: str, word: re.Match) -> tuple[int, int] | None:
    """A capitalised vocabulary word alone in its field after a spelled-out role label: the
    staff member's surname ('Sonographer: Gain', 'Radiographer: Gray')."""
    bare = word.group(0).rstrip(",^")
    line_end = text.find("\n", word.end())
    rest = text[word.end():len(text) if line_end < 0 else line_end]
    if rest.strip() or not bare[1:].islower() or not (_surname_vocabulary(bare) or bare.lower() in NON_PHI_WORDS):
        return None
    return word.start(), word.start() + len(bare)


def _word_at(text: str, start: int, end: int) -> str:
    """The whitespace-delimited word of `text` that holds [start, end) ('dott.ssa' for the 'ssa' of it)."""
    first = max(text.rfind(c, 0, start) for c in " \t\n") + 1
    return text[first:end]


class TitledNameRecognizer(EntityRecognizer):
    """PERSON: the name after a title (`titled_names`); the title is outside the span."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name=TITLED, supported_language="en")

    def load(self) -> None:  # nothing to load: rules only
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if entities and "PERSON" not in entities:
            return []
        spans = titled_names(text) + lower_titled_names(text)
        cased = lower_lines_title_cased(text)
        if cased != text:  # 'dr. ramon villanueva' typed in lower case: the title with its point
            spans += [(a, b) for a, b in titled_names(cased) if in_lower_line(text, a, b)
                      and re.search(r"\.[ \t]*$", text[text.rfind("\n", 0, a) + 1:a])
                      and not is_title(_word_at(text, a, b))]  # 'dott.ssa' cased 'Dott.Ssa': one title
        return [RecognizerResult("PERSON", a, b, TITLED_SCORE) for a, b in spans]


def _placeholder_in_name(word: str) -> bool:
    """A placeholder word ('Na', 'None') after a name word is a word of the name ('Li Na'):
    only a name made of placeholders alone ('Name: NA') is no one's."""
    low = word.lower()
    return word.isalpha() and low in PLACEHOLDERS and low not in NON_PHI_WORDS


# Words that stand between the words of one person's name and are also device or label
# vocabulary, or written in lower case: Vietnamese 'Thi' (Thị, the middle name of most women)
# and 'Van' (Văn, of many men) (Wikipedia, "Vietnamese name", Middle name); the Arabic and Malay
# patronymic and kunya words 'bin', 'binti', 'bint', 'ibn', 'abu' and the article 'al', 'el'
# (Wikipedia, "Arabic name", Nasab and Kunya; "Malay names"); the particles inside Iberian,
# Italian, French and Dutch names 'da', 'do', 'dos', 'das', 'de', 'di', 'del', 'della', 'du',
# 'le', 'la', 'van', 'von', 'der', 'den', 'ter', 'ten' (Wikipedia, "Portuguese name", "Spanish
# naming customs", "Tussenvoegsel"). Between two name words of a banner's name field they are
# part of the name ('TRAN THI MAI', 'Ahmad bin Ismail', 'Maria da Silva'); alone, or before
# a device word ('Gen THI Abd', 'THI Pen'), they are not.
NAME_CONNECTORS = frozenset({"thi", "van", "bin", "binti", "bint", "ibn", "abu", "al", "el", "da", "do", "dos",
                             "das", "de", "di", "del", "della", "du", "le", "la", "von", "der", "den", "ter",
                             "ten"})
# A connector written in lower case ('de' of 'Pieter de Vries'), which `_TOKEN` does not read.
_CONNECTOR_TOKEN = re.compile(rf"(?i:{'|'.join(sorted(NAME_CONNECTORS, key=len, reverse=True))})(?![A-Za-z])")
# After a name label, the lower-case particles of a family name run two together ('Fernández de la
# Vega', 'Martín de los Santos', 'van den Berg', 'von der Heide', 'Silva dos Santos'), and two
# surnames may be joined by 'and' (Spanish 'Pérez y Gómez', Portuguese and Italian 'Silva e Souza'):
# Wikipedia, "Spanish naming customs", "Portuguese name", "Tussenvoegsel". Only in lower case and
# only between two name words (`labelled_name`); they are no name words of their own.
# Catalan joins them with 'i' ('Puig i Soler': Wikipedia, "Catalan names"; fix round 36, review 19 B).
_LOWER_JOINERS = frozenset({"los", "las", "lo", "dei", "degli", "delle", "des", "y", "e", "i"})
# The one-word name labels of a form (`_NAME_LABELS`): a label, never a word of the name after another.
_FORM_NAME_LABEL = re.compile(r"(?i)(?:Sur|Fore)names?(?:\(s\))?")
_LOWER_PARTICLE_TOKEN = re.compile(
    rf"(?-i:{'|'.join(sorted(NAME_CONNECTORS | _LOWER_JOINERS, key=len, reverse=True))})(?![^\W\d_])")


# The radiograph's view and side written after the clinician's name on a dental or plain-film
# label ('Dr. Pongsak Charoenkul BW L', 'Dr. Ana Ruiz FMX', 'Dr. Li Wei PAN R 36'): the intra-oral and
# extra-oral views of the ADA/FDA *Dental Radiographic Examinations: Recommendations for Patient
# Selection and Limiting Radiation Exposure* (bitewing BW/BWX, horizontal and vertical HBW/VBW,
# periapical PA/PERI, occlusal OCC, full-mouth series FMX/FMS, panoramic PAN/OPG/OPT, cephalometric
# CEPH). Written in capitals after a name word they end the name (also title-cased, as the analyzer's
# title-cased copy of a capitals line reads them: 'Bw'). 'PAN' and 'PERI' are also family names
# ('Dr. Wei PAN', 'Dr. Anna Peri'): views only before a side letter, a tooth number or another view.
_VIEW_CODES = frozenset({"BW", "BWX", "HBW", "VBW", "FMX", "FMS", "OCC", "CEPH", "OPG", "OPT", "PA"})
_VIEW_CODES_BEFORE_A_VIEW = frozenset({"PAN", "PERI"})
_AFTER_A_VIEW = re.compile(rf"[ \t]+(?:[LR](?![{LETTER}0-9])|\d{{1,2}}(?![\d.,:/])|"
                           rf"(?i:{'|'.join(sorted(_VIEW_CODES | _VIEW_CODES_BEFORE_A_VIEW))})(?![{LETTER}]))")


def _view_code(text: str, end: int, word: str) -> bool:
    """`word`, ending at `end` in `text`, is a radiograph's view code (`_VIEW_CODES`)."""
    code = word.upper()
    if word not in (code, code.capitalize()):
        return False
    return code in _VIEW_CODES or (code in _VIEW_CODES_BEFORE_A_VIEW and _AFTER_A_VIEW.match(text, end) is not None)


def labelled_name(text: str, at: int, strict: bool = False, min_words: int = 1) -> tuple[int, int] | None:
    """(start, end) of the name that starts at `at` on its line, or None: up to
    `MAX_NAME_WORDS` name words (`is_name_word`, `strict` as given; a placeholder word
    after the first, `_placeholder_in_name`), at least `min_words` of them and one of two
    letters or more. A title ('Dr.') before it stays out of the span, like the label.

    Inside a labelled field one word that is vocabulary or a connector (`NAME_CONNECTORS`,
    any case) between two name words is a word of the name ('Name: Tran Thi Mai', 'Pt NGUYEN
    THI LAN', 'Referring: Pieter de Vries'): the label says the field is a name (FAQ). The name
    word after it needs two letters or more ('DOE JOHN Sex M' ends at 'JOHN').

    A label trumps vocabulary (not `strict`, fix round 12): an overlay or device word that is
    also a surname ('Head', 'Hand', 'Gain', 'Born') opens the name when a name word follows it
    ('Name: HEAD, SARAH', 'Patient: Hand Robert'), and ends it at the line's end ('Name:
    Robert Hand'). A label, a placeholder, a device token or a title is never such a word, and
    a value of vocabulary alone ('Name: Head Hand') is no name."""
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    pos, spans = at, []
    pending: list[tuple[int, int, int]] = []  # a vocabulary word after a name word, until a name word follows

    def particles(words: list[tuple[int, int, int]]) -> int:  # lower-case particles do not count as words
        return sum(bool(_LOWER_PARTICLE_TOKEN.fullmatch(text[a:b])) for a, b, _ in words)

    profession = False  # a profession passed over before the name (`_BEFORE_A_NAME`)
    while len(spans) + len(pending) - particles(spans + pending) < MAX_NAME_WORDS:
        before = _BEFORE_A_NAME.match(text, pos, line_end) if not spans and not pending else None
        if before is not None:  # 'ssk.' of 'Utförd av: ssk. Lena Holm', '(Mrs)' of 'Dr. (Mrs) F. Ibrahim'
            profession = profession or _PROFESSION_WORD.match(before.group(0)) is not None
            pos = before.end()
            while pos < line_end and text[pos] in " \t":
                pos += 1
            continue
        if profession and not strict and not spans and not pending \
                and (lost := _LOST_CAPITAL.match(text, pos, line_end)) is not None \
                and lost.group(0) not in _LOWER_PARTICLES and not _LOWER_PARTICLE_TOKEN.fullmatch(lost.group(0)):
            pending = [(lost.start(), lost.end(), len(lost.group(0)))]  # kept only if a name word follows
            pos = lost.end()
            while pos < line_end and text[pos] in " \t":
                pos += 1
            continue
        after_initial = not spans and len(pending) == 1 and _name_initial(text[pending[0][0]:pending[0][1]], strict)
        # 'de' then 'la' of 'Fernández de la Vega': a second lower-case particle after a first
        particle_run = bool(spans) and len(pending) == 1 and particles(pending) == 1
        m = _TOKEN.match(text, pos) or (_CONNECTOR_TOKEN.match(text, pos)
                                        if (spans and not pending) or after_initial else None) \
            or (_LOWER_PARTICLE_TOKEN.match(text, pos) if (spans and not pending) or particle_run else None)
        if m is None or m.end() > line_end:
            break
        word = m.group(0)
        bare = word.rstrip(",^")
        # fix round 35 (review 19 A: 'Op. prof. Ferraro / dott. Colombo'): a list of titled names separated by
        # a slash or a semicolon ('Dr. Rossi; Dr.ssa Bianchi', 'MUDr. Novák/ MUDr. Dvořák') ends a name at
        # the separator; the next title finds the next name (`titled_names`)
        listed = text[m.end()] in ";/" and (m.end() + 1 == line_end or text[m.end() + 1].isspace()) \
            if m.end() < line_end else False
        if not (m.end() == line_end or text[m.end()].isspace() or word[-1] in ",^" or listed):
            break  # 'DOE2', 'DOE:': not a word of a name
        if _FORM_NAME_LABEL.fullmatch(bare):
            break  # 'Surname Forename DOB': a form's row of labels
        if spans and _view_code(text, m.start() + len(bare), bare):
            break  # 'Dr. Pongsak Charoenkul BW L': the radiograph's view after the name
        if spans or bare.lower() not in _TITLES:
            here = (m.start(), m.start() + len(bare), len(bare.rstrip(".")))
            if (is_name_word(bare, strict=strict) and bare[:1].isupper()
                    and (not pending or len(bare.strip(".")) >= 2)) \
                    or (spans and not pending and _placeholder_in_name(bare)):
                spans += pending + [here]
                pending = []
            elif after_initial and _CONNECTOR_TOKEN.fullmatch(bare):
                pending.append(here)  # 'van' of 'Laborant: R. van Dijk': kept only if a name word follows
            elif particle_run and _LOWER_PARTICLE_TOKEN.fullmatch(bare):
                pending.append(here)  # 'la' of 'Fernández de la Vega': kept only if a name word follows
            elif spans and not pending and bare.isalpha() and not word.endswith(","):
                pending = [here]  # 'Thi' of 'Tran Thi Mai': kept only if a name word follows
            elif not strict and not spans and not pending and _surname_vocabulary(bare):
                pending = [here]  # 'Head' of 'Name: HEAD, SARAH': kept only if a name word follows
            elif not pending and _name_initial(bare, strict):
                pending = [here]  # 'R.' of 'Laborant: R. Oudshoorn': kept only if a name word follows
            else:
                break
        pos = m.end()
        while pos < line_end and text[pos] in " \t":
            pos += 1
    if not strict and spans and pending and _surname_vocabulary(text[pending[0][0]:pending[0][1]]) \
            and not text[pending[0][1]:line_end].strip():
        spans += pending  # 'Name: Robert Hand': a surname that is vocabulary ends the line
    elif spans and len(pending) == 1 and text[spans[-1][1]:pending[0][0]].startswith(",") \
            and _INITIAL_WORD.fullmatch(text[pending[0][0]:pending[0][1]]) and not text[pending[0][1]:line_end].strip():
        spans += pending  # 'Laborant: Oudshoorn, R.': the given name's initial after the family name ends the line
    elif not strict and spans and not pending and (zero := _ZERO_INITIALS.match(text, spans[-1][1], line_end)):
        spans.append((zero.start(1), zero.end(1), 1))  # 'Likar: Bondarenko 0.': OCR's '0' for the initial 'O'
    if len(spans) < min_words or not any(letters >= 2 for _, _, letters in spans):
        return None
    return spans[0][0], spans[-1][1]


# An initial before a surname ('Laborant: R. Oudshoorn', 'Dr. L. Berg', 'Name: C Smith'): one capital
# with its point, or up to three run together ('R.J.'), or without its point after a label. 'R', 'L',
# 'C' alone are side markers and units (`NON_PHI_WORDS`), which is why `is_name_word` refuses them;
# between a label or a title and a name word of two letters or more (`labelled_name`) they are a
# person's initial. Without a label (`strict`) the point is needed.
_INITIAL_WORD = re.compile(rf"(?:[{UPPER}]\.){{1,3}}")
_BARE_INITIAL = re.compile(rf"[{UPPER}]")
# The initial 'O.' as OCR reads it in a dot-matrix or monospaced font ('0.', and 'O.0.' of 'O.O.';
# `ocr_tolerant.CONFUSABLE`), after a surname at the line's end only ('Likar: Bondarenko 0.').
_ZERO_INITIALS = re.compile(rf"[ \t]+((?:[{UPPER}0]\.){{0,2}}0\.(?:[{UPPER}0]\.){{0,2}})[ \t]*$")


# A given name written short with its point, as registers and banners write the commonest ones: Filipino
# and Spanish Ma. / Mª (María: 'Pangalan: Ma. Cristina Dela Cruz'), Fco. (Francisco), Gpe. (Guadalupe),
# Bangladeshi Md. and Malaysian Mohd., Muhd. (Muhammad), Abd. (Abdul), English Wm., Chas., Thos., Jas., Geo.,
# Jno. (the abbreviated given names of RAE's list of abbreviations and of genealogical practice). Read as
# an initial: after a label only, and only before a name word ('Ma.' alone is milliamperes' 'mA').
_GIVEN_NAME_ABBREVIATIONS = frozenset({"ma.", "mª", "fco.", "gpe.", "md.", "mohd.", "muhd.", "abd.", "wm.",
                                       "chas.", "thos.", "jas.", "geo.", "jno."})


def _name_initial(word: str, strict: bool) -> bool:
    """`word` is a person's initial before a surname (`_INITIAL_WORD`; without its point only
    after a label, not `strict`), or there a given name written short (`_GIVEN_NAME_ABBREVIATIONS`)."""
    return bool(_INITIAL_WORD.fullmatch(word) or (not strict and (
        _BARE_INITIAL.fullmatch(word) or (word[:1].isupper() and word.lower() in _GIVEN_NAME_ABBREVIATIONS))))


def _surname_vocabulary(word: str) -> bool:
    """`word` is overlay or device vocabulary that a surname can be after a name label
    ('Head', 'HAND', 'Gain', 'Born'; `labelled_name`): capitalised letters, and no label,
    placeholder, title, device token (an abbreviation or a value), credential or switch state."""
    low = word.strip(".,^").lower()
    bare = word.rstrip(",^")
    return (bare[:1].isupper() and bare.replace("-", "").replace("'", "").isalpha() and len(bare) >= 2
            and low not in PLACEHOLDERS and low not in _TITLES and low not in SWITCH_STATES
            and not LABEL_PREFIX.fullmatch(bare) and not is_device_token(bare) and not only_credentials(bare)
            and not has_institution_head(bare.capitalize()))


# -- credentials after a signed name ---------------------------------------------------------

# Post-nominal credentials of the people who sign images and reports: physicians (MD, DO,
# MBBS, MBChB, PhD, FRCR, FRCPC, FACR), sonographers (ARDMS: RDMS, RDCS, RVT, RMSK, RPVI;
# CCI: RCS, RVS), technologists (ARRT: 'RT(R)', 'RT(R)(CT)'; NMTCB: CNMT), nurses and others
# (RN, NP, PA-C, DDS, DMD). Not PHI alone ('MD' on its own line is no one): a credential
# directly after a name ('Ann Lee MD', 'Smith, M.D.', 'Kim Lo RDMS') is part of the signed
# name's span and inside its box (FAQ); a model's finding made of credentials only is dropped.
_CREDENTIAL = (r"(?:M\.?D|D\.?O|Ph\.?D|MBBS|MBChB|FRCR|FRCPC?|FRCS|FACR|FAAP|FACP|FACC|FACS|RDMS|RDCS|RVT|RMSK"
               r"|RPVI|RCS|RVS|CNMT|ARRT"
               r"|RT(?:\([A-Z]{1,3}\))*|RN|NP|PA-C|DDS|DMD)\.?")
_CREDENTIALS_AFTER = re.compile(rf"(?:[ \t]*,?[ \t]*{_CREDENTIAL}(?![A-Za-z0-9]))+")
_ONLY_CREDENTIALS = re.compile(rf"[\s,]*{_CREDENTIAL}(?:[\s,]+{_CREDENTIAL})*[\s,]*")


# -- names found by their shape in any culture --------------------------------------------------
# A name's connector between its given name and its father's or husband's (Malaysian Indian 'A/P'
# anak perempuan, 'A/L' anak lelaki; Indian and Singaporean 's/o', 'd/o', 'w/o'; Malay 'bin', 'binti',
# 'bte', 'bt'; Arabic 'ibn', 'bint'; Iban 'anak'; the national registration forms of Malaysia and
# Singapore write them so): 'RAJESWARI A/P MUNIANDY' on a worklist row is a person, whatever the
# column. The words either side are name words, none vocabulary (`_vocabulary`).
_SHAPE_WORD = rf"[{UPPER}][{LETTER}'\u2019-]+"
_NAME_CONNECTOR = r"(?i:a/p|a/l|s/o|d/o|w/o|binti|bint|bin|bte|bt\.|ibn|anak)"
_CONNECTED_NAME = re.compile(
    rf"(?<![{LETTER}0-9/])(?P<before>{_SHAPE_WORD}(?:[ ]{_SHAPE_WORD}){{0,3}})[ ](?P<connector>{_NAME_CONNECTOR})"
    rf"[ ](?P<after>{_SHAPE_WORD}(?:[ ]{_SHAPE_WORD}){{0,3}})(?![{LETTER}0-9/])")
# The surname and its initials with their points, either order, at a field's start ('Likar: Shevchuk
# K.V.', 'Bondarenko O.', 'K.V. Shevchuk', 'Shevchuk, K.-V.'; East Slavic, Baltic and Polish forms
# write a doctor so): at least one point, an OCR's zero for an 'O' alone ('Bondarenko 0.').
_POINTED_INITIALS = rf"(?:[{UPPER}]\.(?:[ ]?-?[{UPPER}]\.){{0,2}}|0\.)"
_FIELD_START = r"(?:^|(?<=:)[ \t]*|(?<=[ \t]{2})|(?<=\t))"
_FIELD_END = r"(?=[ \t]*$|[ \t]{2}|\t|[ \t]*[,;])"
_SURNAME_INITIALS = re.compile(
    rf"{_FIELD_START}(?P<surname>{_SHAPE_WORD}),?[ ](?P<initials>{_POINTED_INITIALS}){_FIELD_END}", re.MULTILINE)
_INITIALS_SURNAME = re.compile(
    rf"{_FIELD_START}(?P<initials>(?:[{UPPER}]\.[ ]?){{1,3}})[ ]?(?P<surname>{_SHAPE_WORD}){_FIELD_END}", re.MULTILINE)
# A hyphenated given name and a surname after a label's colon ('Hinnanud: Mari-Liis Kuusk',
# 'Jean-Baptiste Moreau', 'Anna-Lena Berg', 'Hans-Peter Maier'): the hyphen joins two capitalised
# name parts, the whole value ends its field, no word is vocabulary.
_HYPHEN_GIVEN = rf"[{UPPER}][{LOWER}]+-[{UPPER}][{LOWER}]+"
_HYPHEN_GIVEN_NAME = re.compile(
    rf"(?<=:)[ \t]*(?P<name>{_HYPHEN_GIVEN}(?:[ ]{_SHAPE_WORD}){{1,2}}){_FIELD_END}", re.MULTILINE)


# A drug's route of administration with its points after (or before) the drug's name, which the
# shape of a surname and its initials also has ('Omnipaque I.V.', 'Gastrografin P.O.', 'Buscopan I.M.',
# 'Heparin S.C.', 'I.V. Gadovist'): the Latin prescription abbreviations (ISMP's List of Error-Prone
# Abbreviations, Symbols, and Dose Designations; the WHO/EDQM Standard Terms for routes: i.v.
# intravenous, p.o. per os, i.m. intramuscular, s.c./s.q. subcutaneous, i.a. intra-arterial, i.t.
# intrathecal, i.o. intraosseous, p.r. per rectum, s.l. sublingual, i.d. intradermal, i.p.
# intraperitoneal, i.n. intranasal) and the eye's (o.d., o.s., o.u.: oculus dexter, sinister, uterque,
# the same ISMP list). In either case, with or without its last point. A person's initials that
# happen to be these stay a name after a person's label ('Likar: Ivanova I.V.') or after a given
# name (`_CONNECTED_NAME`, the model's PERSON).
_ROUTES = frozenset({"iv", "po", "im", "sc", "sq", "ia", "it", "io", "pr", "sl", "id", "ip", "in", "od", "os", "ou"})
# A field's label that names a drug or a contrast agent ('Contrast: Omnipaque I.V.', 'KM: Imeron I.V.',
# 'Premedication: Buscopan I.V.'): en Contrast, Agent, Injection, Injected, Medication, Premedication,
# Drug, Rx, Oral, Dose; de Kontrast(mittel), KM; fr Contraste, Produit de contraste, Injection; es/pt
# Contraste, Medio de contraste, Medicación, Medicação; it Contrasto, Mezzo di contrasto, MDC; nl
# Contrastmiddel; sv/da/no Kontrast(medel, middel, stoff); pl Kontrast; tr Kontrast, İlaç.
_DRUG_LABEL = re.compile(
    r"(?i:Contrast(?:[ \t]+(?:agent|medium|media))?|Agent|Inject(?:ion|ed)|(?:Pre)?[Mm]edica(?:tion|ción|ção)|Drugs?|Rx"
    r"|Oral|Dose|Kontrast(?:mittel|medel|middel|stoff)?|KM|Contraste|Produit[ \t]+de[ \t]+contraste"
    r"|Medio[ \t]+de[ \t]+contraste|Contrasto|Mezzo[ \t]+di[ \t]+contrasto|MDC|Contrastmiddel"
    r"|Pr[ée]m[ée]dication|Premedicaci[oó]n|Pr[aä]medikation|Medikation|Medikament|[İI]la[çc])[ \t]*:[ \t]*$")


def _route(initials: str) -> bool:
    """`initials` ('I.V.', 'p.o', 'S.C.') are a route's or an eye's abbreviation (`_ROUTES`)."""
    return "".join(c for c in initials if c.isalpha()).lower() in _ROUTES


# What names a hyphenated pair as an eponym, not a person ('Budd-Chiari Syndrome', 'Hill-Sachs
# Defect', 'Bland-Altman Plot'): the words that follow an eponym in medical terminology (Stedman's
# Medical Eponyms; the Whonamedit? dictionary) in the languages read: syndrome (de Syndrom, fr
# syndrome, es/pt síndrome, it sindrome, nl syndroom, sv/da/no syndrom, pl zespół, hr/sl sindrom),
# disease (Krankheit, Erkrankung, maladie, enfermedad, doença, malattia, morbus, ziekte, sjukdom),
# sign, test, fracture, lesion, defect, malformation, anomaly, variant, deformity, tear, palsy,
# phenomenon, reflex, tumour, cyst, ulcer, hernia, node, classification, criteria, score, plot,
# method, algorithm, reconstruction, procedure, repair, shunt, operation, manoeuvre, triad.
_EPONYM_HEADS = frozenset(w.lower() for w in (
    "Syndrome", "Syndromes", "Syndrom", "Síndrome", "Sindrome", "Sindrom", "Syndroom", "Zespół", "Zespol",
    "Disease", "Krankheit", "Erkrankung", "Maladie", "Enfermedad", "Doença", "Doenca", "Malattia", "Morbus",
    "Ziekte", "Sjukdom", "Sign", "Zeichen", "Signe", "Signo", "Segno", "Test", "Fracture", "Fraktur", "Fractura",
    "Frattura", "Lesion", "Läsion", "Lésion", "Lesión", "Lesione", "Defect", "Defekt", "Défaut", "Malformation",
    "Fehlbildung", "Malformación", "Malformazione", "Anomaly", "Anomalie", "Anomalía", "Variant", "Variante",
    "Deformity", "Deformität", "Tear", "Riss", "Palsy", "Lähmung", "Parese", "Paralysis", "Phenomenon",
    "Phänomen", "Phénomène", "Reflex", "Réflexe", "Tumor", "Tumour", "Cyst", "Zyste", "Kyste", "Ulcer", "Ulkus",
    "Hernia", "Hernie", "Node", "Nodes", "Classification", "Klassifikation", "Criteria", "Kriterien", "Score",
    "Plot", "Diagram", "Method", "Methode", "Méthode", "Algorithm", "Algorithmus", "Reconstruction",
    "Procedure", "Repair", "Shunt", "Operation", "Maneuver", "Manoeuvre", "Manöver", "Triad", "Trias",
    "Complex", "Komplex", "Effect", "Effekt", "Law", "Gesetz", "Loi", "Ley", "Legge"))
# A field's label whose value is a diagnosis, a history or a method, never a person ('Dx: Budd-Chiari
# Syndrome', 'Hx: Charcot-Marie Tooth', 'Recon: Feldkamp-Davis Kress'): en Dx, DDx, Hx, Diagnosis,
# Indication, Clinical (info, history), History, Impression, Findings, Reason, Question, Conclusion;
# de Diagnose, Verdachtsdiagnose, Indikation, Anamnese, Befund, Fragestellung; fr Diagnostic,
# Indication, Antécédents, Conclusion; es/pt Diagnóstico, Indicación, Indicação, Antecedentes; it
# Diagnosi, Indicazione, Anamnesi, Quesito (clinico); and a method's (Recon, Method, Technique, Kernel,
# Filter, Algorithm).
_DIAGNOSIS_LABEL = re.compile(
    r"(?i:D?Dx|Hx|Sx|Diagnos(?:is|e|i|tic|tico)|Diagn[oó]stico|(?:Verdachts)?diagnose|Indica(?:tion|ción|ção|zione)"
    r"|Indikation|Clinical(?:[ \t]+(?:info(?:rmation)?|history|details|question))?|History|Impression|Findings?"
    r"|Reason(?:[ \t]+for[ \t]+(?:exam|study|referral))?|Question|Conclusion|Anamne(?:se|si)|Befund|Fragestellung"
    r"|Ant[ée]c[ée]dents|Antecedentes|Quesito(?:[ \t]+clinico)?|Recon(?:struction)?|Method|Technique|Kernel"
    r"|Filter|Algorithm)[ \t]*:[ \t]*$")


def _plain_name_word(word: str) -> bool:
    """`word` can be a word of a name found by its shape: a name word (`is_name_word`), no
    vocabulary of a pair (`_vocabulary`), of two letters or more."""
    bare = word.strip(".,")
    return len(bare) >= 2 and is_name_word(bare) and not _vocabulary(bare)


def shaped_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name found by its shape alone, in any culture: given and family names
    joined by a connector (`_CONNECTED_NAME`), a surname with its pointed initials at a field's
    start (`_SURNAME_INITIALS`, `_INITIALS_SURNAME`), a hyphenated given name and its surname after
    a colon (`_HYPHEN_GIVEN_NAME`). Vocabulary words are trimmed off a connected name's ends."""
    out = []
    for m in _CONNECTED_NAME.finditer(text):
        before = list(re.finditer(r"\S+", m.group("before")))
        after = list(re.finditer(r"\S+", m.group("after")))
        while before and not _plain_name_word(before[0].group(0)):
            before.pop(0)
        kept_after = []
        for w in after:
            if not _plain_name_word(w.group(0)):
                break
            kept_after.append(w)
        if before and kept_after and all(_plain_name_word(w.group(0)) for w in before):
            # one case for the whole name: a connector in capitals in a name in capitals ('BIN' of
            # 'Recycle BIN Folder' joins no name); a slashed one in either ('Rajeswari A/P Muniandy')
            caps = [m.group("before").isupper(), m.group("after").isupper()]
            if "/" not in m.group("connector"):
                caps.append(m.group("connector").isupper())
            if all(caps) or not any(caps):
                out.append((m.start("before") + before[0].start(), m.start("after") + kept_after[-1].end()))
    for pattern in (_SURNAME_INITIALS, _INITIALS_SURNAME):
        for m in pattern.finditer(text):
            surname = m.group("surname")
            start = min(m.start("surname"), m.start("initials"))
            # one initial alone is weak ('Vitamin D.' on a line of its own): after a label's colon only
            if sum(c.isalpha() or c == "0" for c in m.group("initials")) < 2 \
                    and not text[:start].rstrip(" \t").endswith(":"):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if _route(m.group("initials")) and (
                    _DRUG_LABEL.search(text[line_start:start])  # 'Contrast: Ultravist I.V.'
                    or not any(label.end() == start for label in _LABEL.finditer(text, line_start))):
                continue  # 'Omnipaque I.V.': a drug and its route, unless a person's label names it
            if len(surname) >= (4 if surname.isupper() else 3) and _plain_name_word(surname):
                out.append((start, m.end()))
    for m in _HYPHEN_GIVEN_NAME.finditer(text):
        line_before = text[text.rfind("\n", 0, m.start("name")) + 1:m.start("name")]
        if any(w.strip(".,;").lower() in _EPONYM_HEADS for w in m.group("name").split()[1:]) \
                or _DIAGNOSIS_LABEL.search(line_before):
            continue  # 'Dx: Budd-Chiari Syndrome', 'Hill-Sachs Defect': an eponym
        if all(_plain_name_word(w) for part in m.group("name").split() for w in part.split("-")):
            out.append((m.start("name"), m.end("name")))
    return out


# -- a family name in capitals with its given names (break-test 10) -----------------------------
# Many consoles print the family name first and in capitals, the given names after it as written:
# the Eastern name order of Japanese, Korean, Chinese, Hungarian and Vietnamese names (family name
# first; Wikipedia, "Personal name" § Name order) and the French and Italian administrative habit of
# the family name in capitals ('DUPONT Marie', 'ROSSI Mario'; Imprimerie nationale, Lexique des règles
# typographiques, "Noms de personnes": "dans les listes ... le nom en capitales"). spaCy's English
# model reads the pair as a person by luck of its neighbours ('SMITH John' alone yes, with 'ABDOMEN' on
# the next line or after it no): its shape makes it a name, whatever stands elsewhere on the frame.
# The family name: capitals, two letters or more, a hyphen or an apostrophe inside ("O'BRIEN",
# 'SMITH-JONES'); a given name: a capital and lower-case letters ('Jane', 'Jean-Pierre').
# Three capitals at least: two are a console's or a report's code before a word as often ('UZ Ledviny',
# Czech ultrasound; 'UL tyreoidea', Swedish; 'AZ Delta', a Belgian hospital; 'AL' initials glued to a
# label).
_CAPITALS_FAMILY = rf"(?:[{UPPER}]['\u2019])?[{UPPER}]{{3,}}(?:[-'\u2019][{UPPER}]{{2,}})?"
# Two letters are a family name in the East Asian and Vietnamese banners that print it first: the
# common Chinese Li, Wu, Xu, Hu, Lu, Yu (Wikipedia, "List of common Chinese surnames"), Korean Ko and Oh
# ("List of Korean surnames"), Vietnamese and Cantonese Le, Vu, Ly, Ho ("Vietnamese name"). Not Ng:
# in capitals it is the nasogastric tube of a chest film ('NG Tube', 'NG Placement').
_TWO_LETTER_FAMILIES = r"(?:LI|WU|XU|HU|LU|YU|KO|OH|LE|VU|LY|HO)"
_TITLE_GIVEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
# A field's start: the line's, after a label's colon, or after a gap of two spaces or a tab.
_NAME_FIELD_START = r"(?:^|(?<=:)|(?<=[ \t]{2})|(?<=\t))[ \t]*"
_FAMILY_THEN_GIVEN = re.compile(
    rf"{_NAME_FIELD_START}(?P<name>(?P<family>{_CAPITALS_FAMILY}|{_TWO_LETTER_FAMILIES})"
    rf"(?:[ ](?:{_TITLE_GIVEN})){{1,2}})"
    rf"(?![{LETTER}0-9'\u2019:-])", re.MULTILINE)  # a word before a colon is a label ('Remiss:')
# The same family name with given names typed in lower case on either side ('OYELARAN adewale',
# 'sean patrick OBRIEN'): OCR or the operator lost the given names' capitals. One name field and
# nothing else, since a lower-case word has no shape of a name.
# The signal words of a console's safety and status messages, in capitals before the message
# ('WARNING Overheat', 'CAUTION Hot'): ANSI Z535.4 and ISO 3864-2's DANGER, WARNING, CAUTION, NOTICE,
# and the severity levels of software logs (syslog, RFC 5424 6.2.1: Emergency, Alert, Critical, Error,
# Warning, Notice, Informational, Debug). No family name.
_SIGNAL_WORDS = frozenset({"danger", "warning", "caution", "notice", "note", "emergency", "alert", "critical",
                           "error", "info", "debug", "fatal", "fault", "status"})
_LOWER_GIVEN = rf"[{LOWER}]{{2,}}(?:-[{LOWER}]{{2,}})?"
_FIELD_CLOSE = r"(?=[ \t]*$|[ \t]{2}|\t)"
_FAMILY_LOWER_GIVEN = re.compile(
    rf"{_NAME_FIELD_START}(?P<name>(?P<family>{_CAPITALS_FAMILY})(?:[ ]{_LOWER_GIVEN}){{1,2}}"
    rf"|(?:{_LOWER_GIVEN}[ ]){{1,2}}(?P<family2>{_CAPITALS_FAMILY})){_FIELD_CLOSE}", re.MULTILINE)


def _given_name_word(word: str) -> bool:
    """`word` (any case) can be a given name beside a family name in capitals: a name word
    (strict) that is no vocabulary of a pair (`_name_like`: 'Liver', 'Portable', 'Auto' are)
    and no stop word ('and', 'the', 'with')."""
    cased = word[:1].upper() + word[1:]
    return _name_like(cased) and word.lower() not in stop_words("en")


def family_given_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name written family name first in capitals, given names after it,
    at a field's start ('SMITH John', 'DOE Jane', 'ROSSI Mario', 'DUPONT Marie-Claire'), up to
    a field's end or a word that is no given name ('SMITH John ABDOMEN' holds 'SMITH John'); and
    of each name field whose family name in capitals stands beside given names in lower case
    ('OYELARAN adewale', 'sean patrick OBRIEN', 'Name: LINDQVIST astrid'). Every word must be a
    name word that is no vocabulary (`_name_like`): 'ABDOMEN Liver', 'CHEST Portable', 'GAIN
    Auto', 'TOSHIBA Aplio' are device lines."""
    out = []
    sites = department_places(text)  # 'SEH Zwolle': a department and its site, no one
    for m in _FAMILY_THEN_GIVEN.finditer(text):
        if any(a < m.end("name") and m.start("name") < b for a, b in sites):
            continue
        words = m.group("name").split()
        after = re.match(r"[ ](\S+)", text[m.end():])
        if after and (after.group(1)[:1].islower() or re.match(rf"[{UPPER}][{LOWER}]", after.group(1))):
            continue  # a third title-case or a lower-case word: a phrase, no two-word name ('ZOOM Out Of')
        # a Vietnamese middle name between the family and the given name ('NGUYEN Thi Lan', 'LE Van Nam')
        middle = [w for w in words[1:-1] if w.lower() in _GIVEN_CONNECTORS]
        if all(_given_name_word(w) for w in words if w not in middle) \
                and m.group("family").lower() not in _SIGNAL_WORDS:
            out.append((m.start("name"), m.end("name")))
    for m in _FAMILY_LOWER_GIVEN.finditer(text):
        words = m.group("name").split()
        if in_lower_line(text, m.start("name"), m.end("name")):
            continue
        if all(_given_name_word(w) for w in words) \
                and (m.group("family") or m.group("family2")).lower() not in _SIGNAL_WORDS:
            out.append((m.start("name"), m.end("name")))
    return out


# A middle initial one space after a name ('ABERNATHY CLEO| R'); a sex letter there is
# covered too, which costs the reader nothing.
_INITIAL_AFTER = re.compile(r"[ \t][A-Z]\.?(?![A-Za-z0-9'\u2019^])")
# Surname particles written as a word of their own before the surname ('Mc Allister',
# 'van der Berg', "O' Neil", 'De La Cruz', 'Al Rashid'): part of the family name. Not all of
# `NAME_CONNECTORS`: 'Thi', 'Do', 'Ten' are connectors only between name words; before a
# name they are as often device or ordinary words ('Gen THI DOE JOHN' keeps 'THI').
_PARTICLES_BEFORE = re.compile(
    r"(?:(?<=^)|(?<=[\s,:]))((?:(?:Ma?c|O['\u2019]|De|Del|Della|Di|Da|Dos|Du|La|Le|Van|Von|Der|Den|Ter|Al|El|Abu"
    r"|Bin|Binti|Bint|Ibn|Umm|Abdul|Abdel|Ben|St\.?"
    # the abbreviated given names that open a name: Filipino 'Ma.' (María: 'Ma. Cristina Dela Cruz'),
    # 'Ma.' and 'Mª' of Spanish and Portuguese, Bangladeshi 'Md.' (Mohammad), Malay 'Mohd', 'Muhd';
    # Filipino 'Sta.', 'Sto.' (Santa, Santo) of a surname ('Sta. Maria')
    r"|Ma\.|M\u00aa|Md\.|Mohd\.?|Muhd\.?|Sta\.|Sto\.)[ \t])+)$", re.IGNORECASE)
# The Arabic 'Abd' (servant of) opens a name before the article of God's name it is bound to ('ABD
# AL-RAHMAN', 'Abd el-Kader', 'Abd ul-Aziz'; Wikipedia, "Abd (Arabic)"); before anything else 'ABD' is
# the abdomen preset of an ultrasound unit, so it joins a name only before such an article.
_ABD_BEFORE = re.compile(r"(?:(?<=^)|(?<=[\s,:]))(Abd[ \t])$", re.IGNORECASE)
_ARABIC_ARTICLE = re.compile(r"(?i:a[dlrstz]|el|ul|ur|un)-")


# A title directly before a name ('Dr Fenwick', 'Dr. Leena Aaltonen', 'PROF. MUELLER', 'Mrs Brown')
# is kept, outside the name's span and box, as a label and a trailing credential are: HIPAA Safe
# Harbor (45 CFR 164.514(b)(2)(i)(A)) removes the person's name, and once the name is painted the
# title names no one (FAQ). Only a title glued to the name in one OCR word ('Dr.Smith') is painted
# with that word, so that no letter of the name is left. In capitals, 'MR' and 'MS' are titles only
# with their point: 'MR' is also the modality, 'MS' a unit. A chain of titles is one ('Prof Dr
# med', 'Prof. Dr.'; `_CHAIN`).
_TITLE_BEFORE = re.compile(rf"(?:(?<=^)|(?<=[\s,:;(])){_CHAIN}$")


def with_credentials(text: str, end: int) -> int:
    """`end` of a name in `text` moved past a middle initial and the credentials right
    after it on its line ('Ann Lee| MD' -> 'Ann Lee MD|', 'John Smith|, M.D.' -> 'John
    Smith, M.D.|', 'DOE JOHN| R' -> 'DOE JOHN R|')."""
    m = _INITIAL_AFTER.match(text, end)
    end = m.end() if m else end
    m = _CREDENTIALS_AFTER.match(text, end)
    return m.end() if m else end


def with_particles(text: str, start: int, end: int | None = None) -> int:
    """`start` of a name in `text` moved back over the surname particles written before
    it in its field ('Mc |Allister, Fiona' -> '|Mc Allister, Fiona'), never over a title
    spaced from it ('Dr. |van Dijk' stays), and forward past the titles a span starts with
    ('|Mrs Brown' read by a model -> 'Mrs |Brown'; a span of titles only, up to `end`,
    comes back empty: `end`). A title glued to the name in one OCR word ('Dr.|Smith',
    'Prof. Dr.|Smith') is taken in from that word's start ('Prof. |Dr.Smith'), so the
    word is painted whole."""
    if end is not None and text[start:end].split() and all(is_title(w) for w in text[start:end].split()):
        return end  # 'Dra.' alone once its name is painted, 'Mrs' at a line's end: titles only
    m = _TITLE_CHAIN.match(text, start)
    cut = max(m.group(1).rfind(" "), m.group(1).rfind("\t")) if m else -1
    if cut >= 0:  # up to the chain's last space: a title glued to the name stays with it
        start += cut + 1
        if end is not None and start >= end:
            return end
    gap = text.rfind("  ", 0, start)
    line_start = max(text.rfind("\n", 0, start) + 1, gap + 2 if gap >= 0 else 0)
    m = _PARTICLES_BEFORE.search(text[line_start:start])
    if m is None and _ARABIC_ARTICLE.match(text, start):
        m = _ABD_BEFORE.search(text[line_start:start])
    start = line_start + m.start(1) if m else start
    if start > line_start and not text[start - 1].isspace():
        m = _TITLE_BEFORE.search(text[line_start:start])
        if m:  # 'Dr.Smith': the title and the name in one OCR word
            word_start = max(text.rfind(" ", 0, start), text.rfind("\t", 0, start)) + 1
            return max(line_start + m.start(1), word_start)
    return start


def only_credentials(text: str) -> bool:
    """`text` is credentials and nothing else ('MD', 'M.D.', 'RDMS, RVT')."""
    return bool(_ONLY_CREDENTIALS.fullmatch(text))


def trailing_credential(word: str) -> bool:
    """`word`, after a name, is its credentials ('RVT', 'MD,', 'RT(R)'), not a word of the name.
    'DO' in capitals is also a Vietnamese family name ('LAN DO'; Đỗ): only 'D.O.' is the degree there."""
    return only_credentials(word) and word.strip(" ,") != "DO"


# -- name fields in the patient banner (layout context) -----------------------------------

# 'Abernathy', "O'Brien", 'McDonald', 'Smith-Jones'; 'ABERNATHY', "O'BRIEN", 'SMITH-JONES'.
_NAME_SHAPE = re.compile(rf"(?:[{UPPER}]['\u2019])?(?:(?:Ma?c)?[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
                         rf"|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?)")
INITIAL = re.compile(rf"[{UPPER}]\.?")  # an initial or a sex letter


def name_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every run of two to four name words in `text` ('HOPE OBRIEN',
    'Silas Abernathy', 'Nguyen, Thanh', 'OBRIEN, Hope', 'DOE JOHN A' with an initial or a
    sex letter after it, 'João Pedro Vasconcelos Tavares': two given names and two family names,
    as Portuguese and Spanish names are written), bounded by anything else: 'DOE JOHN 45Y'
    holds 'DOE JOHN'. A comma may only end the first word ('FAMILY, GIVEN')."""
    runs: list[tuple[int, int]] = []
    run: list[re.Match] = []
    words = 0

    def close() -> None:
        nonlocal run, words, particles
        while run and run[-1] in joined:
            run.pop()  # a connector the run ended on ('DOE JOHN THI'): no word of the name
        if 2 <= words <= MAX_NAME_WORDS:
            runs.append((run[0].start(), run[-1].end()))
        run, words, particles = [], 0, 0

    particles = 0  # surname particles opening the run ('Mc Allister, Fiona'): no words of their own
    joined: list[re.Match] = []  # connectors between name words ('THI' of 'TRAN THI MAI'), no words either
    for m in re.finditer(r"\S+", text):
        token = m.group(0)
        if words == len(run) - particles == 0 and _PARTICLES_BEFORE.fullmatch(token + " "):
            run.append(m)
            particles += 1
            continue
        bare = token[:-1] if token.endswith(",") else token
        is_word = bool(_NAME_SHAPE.fullmatch(bare)) and is_name_word(bare) \
            and not (words and trailing_credential(bare))  # 'Moradi, RVT': the credential names no one
        if is_word and token.endswith(",") and len(run) > particles:
            close()  # 'DOE, JOHN, ANN': a list, not a name; a comma starts a run afresh
        if is_word and words < MAX_NAME_WORDS:
            run.append(m)
            words += 1
        elif (not is_word and words >= 1 and token.lower() in NAME_CONNECTORS and run[-1] not in joined
              and len(run) == words + particles + sum(1 for j in joined if j in run)):
            run.append(m)  # 'THI' of 'TRAN THI MAI', 'bin' of 'Ahmad bin Ismail': kept if a name word follows
            joined.append(m)
        elif INITIAL.fullmatch(token) and words >= 2 and run[-1] not in joined \
                and len(run) == words + particles + sum(1 for j in joined if j in run):
            run.append(m)  # a middle initial or the sex letter after the name
        else:
            close()
            if is_word:
                run, words = [m], 1
    close()
    return runs or _vocabulary_name(text)


def _vocabulary_name(text: str) -> list[tuple[int, int]]:
    """[(0, len(text))] when the whole of `text` is a name one of whose words is also
    vocabulary ('Max Power', 'Li Na', 'Rose Echo'), else []: two or three name-shaped
    words (an initial may follow), one of them a device word that may be a surname after a
    label (`is_name_word`, not strict) or a placeholder word ('Na' of 'Li Na'), and the
    others name words (`is_name_word`). A device word needs a name word of three letters
    or more beside it ('Sm Parts' stays a preset), and the field must hold nothing else:
    a vocabulary word in a longer device line ('Gen Harmonic Tyra') makes no name, nor does
    a device word beside words that are device text next to one (`CONTEXT_WORDS`: 'Black
    Blood', 'Water Excitation', 'Hann Filter', 'Max Power'; after a name label these are a
    name)."""
    tokens = text.split()
    while len(tokens) > 2 and INITIAL.fullmatch(tokens[-1]):
        tokens.pop()
    if not 2 <= len(tokens) <= 3 or text != text.strip() or any(t.endswith(",") for t in tokens[1:]):
        return []
    bare = [t.rstrip(",") for t in tokens]
    if not all(_NAME_SHAPE.fullmatch(t) for t in bare):
        return []
    strong = [t for t in bare if is_name_word(t)]
    weak = [t for t in bare if not is_name_word(t)]
    if len(weak) != 1 or not strong or only_device_words(" ".join(bare)):
        return []
    word = weak[0]
    if word.lower() in SWITCH_STATES:
        return []  # 'Segmentation On': a setting and its state
    if word.lower() in PLACEHOLDERS:
        return [(0, len(text))]
    if is_name_word(word, strict=False) and is_device_word(word) and any(len(t) >= 3 for t in strong):
        return [(0, len(text))]
    return []


def _run_is_name(run: str) -> bool:
    """A run of name words (`name_runs`) is a name by its two sides (`_pair_is_name`): the
    family name before a comma or first, the given names after it; particles, connectors and
    initials aside. 'Kopf Hals', 'Kopf, Hals' (localized device words that are also surnames,
    on both sides) are no name; 'Hart Lisa', 'Dupont, Rene' are."""
    family, comma, given = run.partition(",")
    words = [w for w in run.replace(",", " ").split()
             if w.lower() not in NAME_CONNECTORS and not _PARTICLES_BEFORE.fullmatch(w + " ")]
    if comma:
        family_words = [w for w in family.split() if w in words]
        givens = [w for w in given.split() if w in words]
    else:
        family_words, givens = words[:1], words[1:]
    return not family_words or not givens or _pair_is_name(family_words, givens)


def is_name_field(text: str) -> bool:
    """`text` is one run of name words (`name_runs`) and nothing else."""
    return name_runs(text) == [(0, len(text))] if text == text.strip() else False


def _same_line(a: Box, b: Box) -> bool:
    """Vertical centres within half the smaller height: one text line of a banner."""
    return abs((a.top + a.bottom) - (b.top + b.bottom)) <= min(a.height, b.height)


def _leads_a_banner(text: str, start: int, end: int) -> bool:
    """The run of name words text[start:end] opens a one-line banner whose separators OCR dropped
    ('Ana Lucía Pérez Guzmán | PA-20991 | 11/04/1996 | Hospital Santo Tomás' read as one field): it
    starts the field, a value with a digit follows it (the ID or the date of the next field), and no
    institution head is in it; the institution further on is a field of its own. Any other run of a
    field with a head is the institution's ('Mercy Valley Hospital')."""
    return (start == 0 and not has_institution_head(text[start:end])
            and re.match(r"[ \t]+[^\s]*\d", text[end:]) is not None)


def name_fields(text_layout: TextLayout, anchors: Iterable[Box], taken: Iterable[Box],
                min_confidence: float) -> list[tuple[Box, str]]:
    """(box, text) of every run of name words (`name_runs`) in a field of the layout that
    shares a line with, or stands directly over or under (`text_layout.stacked`), one of
    the `anchors` (boxes of IDs, dates and ages found) or a name label standing alone
    ('Patient Name' over 'DOE JOHN'), and is not already covered by a box in `taken`.
    A field holding an institution head word is an institution, not a name; words OCR
    read below `min_confidence` make no name."""
    anchors, taken = list(anchors), list(taken)
    fields = [(a, b, text_layout.text[a:b]) for a, b in text_layout.fields()]
    for a, b, text in fields:
        label = _LABEL.match(text)
        if label and label.end() == len(text):
            anchors += [box for box, _ in text_layout.boxes_for(a, b)]
    out = []
    for a, b, text in fields:
        if in_lower_line(text_layout.text, a, b):
            # a banner typed in lower case ('nguyen thi thu ha' over its ID): read title-cased, and
            # only a field that is one name and nothing else ('auto iris' is a menu's), and no annotation
            # ('free breathing', 'breath hold': `_LOWER_LINE_WORDS`)
            if _annotation_line(text):
                continue
            text = lower_lines_title_cased(text)
            if not is_name_field(text):
                continue
        if is_vendor_phrase(text):
            continue
        runs = name_runs(without_labels(text))  # 'TC Kimlik No:' is a label, no name
        if has_institution_head(text):
            runs = [r for r in runs if _leads_a_banner(text, *r)]
        for start, end in runs:
            if text_layout.confidence(a + start, a + end) < min_confidence:
                continue
            if animal_description(text_layout.text, a + start):
                continue  # 'Breed: Border Collie', 'Rasse: Berner Sennenhund': the animal's breed, no one
            if in_exam_column(text_layout, a + start, a + end):
                continue  # 'Knä Höger' under a worklist's 'Undersökning': the exam, no one
            if not _run_is_name(text[start:end]):
                continue  # 'Kopf, Hals' over a date: localized device words on both sides
            if any(s < end and start < e for s, e in department_spans(text)):
                continue  # a department under its institution ('Xinnei Ke DSA', 'Kliininen fysiologia')
            last = text[start:end].rsplit(" ", 1)
            if len(last) == 2 and INITIAL.fullmatch(last[1]) and text_layout.spaced_apart(a + end - len(last[1])):
                end -= len(last[1]) + 1  # 'Rossi, Paola  F': a letter two spaces away is the sex field
            placed = text_layout.boxes_for(a + start, a + end)
            if len(placed) != 1:
                continue
            box, words = placed[0]
            if sum(box.intersection_area(t) for t in taken) >= 0.8 * box.area:
                continue
            # Under the patient data only, a run is a name when its field holds no device word
            # and no device line follows it: 'Fast Spin Echo' or 'Single Shot' over 'TR:2500' under
            # 'DOB: 1967-Mar-02' is the device's block of acquisition lines ('Rose Echo' over a
            # DOB, or beside an ID, stays a name).
            # The line under it: the words stacked directly below its box (text order alone can
            # put another column's line next).
            below = " ".join(p.word.text for p in text_layout.words
                             if p.word.box.top >= box.bottom and stacked(box, p.word.box))
            device_block = device_line(below) or any(
                not is_name_word(w.strip(",")) for w in text.split()
                if w.strip(",").isalpha() and not INITIAL.fullmatch(w) and w.lower() not in NAME_CONNECTORS
                and not _PARTICLES_BEFORE.fullmatch(w + " "))
            vertical = box.height > 2 * box.width  # a vertical column: no rows to read a block from
            if any(_same_line(box, x) or (stacked(box, x) and (not device_block or vertical or box.top < x.top))
                   for x in anchors if x != box):
                out.append((box, words))
    return out


# The words of a line typed in lower case that make it an annotation, no name ('free breathing', 'breath
# hold', 'post gad', 'with contrast' beside an ID or between a name and its birth date): DICOM's
# respiratory motion compensation and contrast terms (PS3.3 C.8.13.5.7 Respiratory Motion Compensation
# Technique: BREATH_HOLD, GATING, TRACKING, NAVIGATOR; C.7.6.4 Contrast/Bolus) and the technologists'
# annotation words for them, besides any device word (`is_device_word`) other than a name's connector
# ('thi' of 'nguyen thi thu ha') or a device word that is a common surname in a two-word name ('mary low').
_LOWER_LINE_WORDS = frozenset((
    "free", "breathing", "breath", "breathe", "hold", "held", "holding", "breathhold", "inspiration", "expiration",
    "inspiratory", "expiratory", "inhale", "exhale", "respiratory", "navigator", "gated", "gating", "triggered",
    "trigger", "tracking", "contrast", "gad", "gado", "gadolinium", "pre", "post", "with", "without", "delayed",
    "arterial", "venous", "portal", "phase", "native", "plain", "enhanced", "unenhanced", "supine", "prone",
    "decubitus", "erect", "upright", "standing", "sitting", "no", "non"))


def _annotation_line(text: str) -> bool:
    """A lower-case field holds an annotation word (`_LOWER_LINE_WORDS`)."""
    return any(w.strip(".,:;").lower() in _LOWER_LINE_WORDS for w in text.split())


def whole_name_field(text_layout: TextLayout, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the field that holds the model's name piece text[start:end] when that
    field is one name and nothing else (`is_name_field`: two or three name words, its family
    and given sides a name, `_run_is_name`) and the piece is only part of it: spaCy calls
    'Conceição Amaral' of an unlabelled 'Conceição Amaral Figueiredo' an organisation and
    leaves 'Figueiredo'. A field on a line typed all in lower case is read title-cased
    (`lower_lines_title_cased`: 'nguyen thi thu ha', of which spaCy finds 'nguyen'; a menu's
    'auto iris' stays no name). A field with an institution's head word, a vendor's phrase, a
    department or an animal's description ('Breed: Border Collie') is none; else None."""
    for a, b in text_layout.fields():
        if not (a <= start and end <= b) or (a, b) == (start, end):
            continue
        text = text_layout.text[a:b]
        if in_lower_line(text_layout.text, a, b):
            if _annotation_line(text):
                return None  # 'free breathing', 'breath hold': an annotation
            text = lower_lines_title_cased(text)  # 'nguyen thi thu ha': a banner typed in lower case
        if not is_name_field(text) or not _run_is_name(text) or has_institution_head(text) \
                or is_vendor_phrase(text) or department_spans(text) or animal_description(text_layout.text, a) \
                or ("," in text and not_a_comma_name(text)):
            return None  # also a town and its state ('BOTHELL, WA') or vocabulary in capitals ('HEAD, NECK')
        return a, b
    return None


# The heading of a worklist's or a PACS study list's exam column, whose cells are the exam's
# description (DICOM Study Description (0008,1030), Requested Procedure Description (0032,1060),
# Scheduled Procedure Step Description (0040,0007)): 'Lungor frontal', 'Thorax pa', 'CT hjärna',
# 'Knä höger'. The column headings of RIS/PACS worklists in their languages: en Exam, Examination,
# Procedure, Study, Description, Requested Procedure; de Untersuchung, Leistung; sv Undersökning;
# no Undersøkelse; da Undersøgelse; fi Tutkimus; nl Onderzoek; fr Examen, Étude, Acte; es Estudio,
# Exploración, Prueba; pt Exame, Estudo; it Esame, Studio, Prestazione; pl Badanie; cs Vyšetření;
# sk Vyšetrenie; hu Vizsgálat; tr Tetkik; el Εξέταση; ru Исследование.
_EXAM_HEADINGS = frozenset(w.lower() for w in (
    "Exam", "Examination", "Procedure", "Study", "Description", "Requested", "Scheduled", "Step", "Exams",
    "Untersuchung", "Leistung", "Studienbeschreibung", "Undersökning", "Undersøkelse", "Undersøgelse",
    "Tutkimus", "Onderzoek", "Examen", "Étude", "Etude", "Acte", "Estudio", "Exploración", "Exploracion",
    "Prueba", "Exame", "Estudo", "Esame", "Studio", "Prestazione", "Badanie", "Vyšetření", "Vyšetrenie",
    "Vizsgálat", "Tetkik", "Εξέταση", "Исследование", "Beschreibung", "de", "del", "of", "the",
))
# A name column's heading ('Namn' over 'Nieminen, Aino'): a cell under it is no exam.
_NAME_HEADINGS = frozenset(w.lower() for w in (
    "Name", "Namn", "Navn", "Naam", "Nimi", "Nom", "Nombre", "Nome", "Imię", "Jméno", "Név", "Patient", "Patienten",
    "Patientin", "Patiënt", "Potilas", "Paciente", "Paziente", "Pacjent", "Pacient", "Beteg", "Hasta", "Referrer",
    "Remittent", "Remitent", "Zuweiser", "Physician", "Arzt",
    # pt Doente, Utente (the patient: 'Nome do Doente', 'Nome do Utente' of Portuguese worklists)
    "Doente", "Utente",
))
_HEADING_ANCHORS = _EXAM_HEADINGS - {"description", "requested", "scheduled", "step", "beschreibung",
                                     "de", "del", "of", "the"}


def in_exam_column(text_layout: TextLayout, start: int, end: int) -> bool:
    """text[start:end] stands in a table's exam column: the nearest heading above it in its
    column (fields above it that overlap it horizontally, read upwards past the other cells) is
    an exam heading alone (`_EXAM_HEADINGS`: 'Undersökning', 'Exam Description',
    'Untersuchung') with another heading beside it on its row. Its cells describe the exam
    ('Lungor frontal' under 'Undersökning' on a Swedish worklist, spaCy's organisation once the
    row's name was painted), not the patient. A name label met first ('Namn', 'Name') ends the
    search: that column holds names."""
    placed = [p for p in text_layout.words if p.start < end and start < p.end]
    if not placed:
        return False
    left = min(p.word.box.left for p in placed)
    right = max(p.word.box.right for p in placed)
    top = min(p.word.box.top for p in placed)
    fields = []
    for a, b in text_layout.fields():
        boxes = [p.word.box for p in text_layout.words if a <= p.start and p.end <= b]
        if boxes:
            fields.append((a, b, Box(min(x.left for x in boxes), min(x.top for x in boxes),
                                     max(x.right for x in boxes) - min(x.left for x in boxes),
                                     max(x.bottom for x in boxes) - min(x.top for x in boxes))))
    above = sorted(((a, b, box) for a, b, box in fields
                    if box.bottom <= top and min(right, box.right) > max(left, box.left)),
                   key=lambda f: -f[2].bottom)
    for a, b, box in above:
        text = text_layout.text[a:b]
        words = text.lower().split()
        if ":" in text or _LABEL.match(text) or any(w in _NAME_HEADINGS for w in words):
            return False  # a name column's heading, or a label whose value is to its right ('Exam:')
        if words and all(w in _EXAM_HEADINGS for w in words) and any(w in _HEADING_ANCHORS for w in words):
            return any(_same_line(box, other) and text_layout.text[c:d].replace(" ", "").isalpha()
                       for c, d, other in fields if other != box)  # another heading on its row
    return False
