"""Institution names as overlays write them, found without DICOM metadata.

The small spaCy pipeline knows famous institutions and misses the local ones
('Mercy Valley Hospital', '*WESTWAY MEDICAL*'). What marks an institution on an
image is its head word: English healthcare providers name themselves '<place or
founder> Hospital / Medical Center / Clinic / Radiology / Imaging / Health /
Infirmary / Institute / University / Memorial', or lead with the head ('Hospital
of the University of Pennsylvania', 'University of Utah'). Banners write them in
capitals, abbreviate them ('BAPTIST MED CTR', 'ST. MARY'S HOSP') and decorate
them ('*WESTWAY MEDICAL*': the ALOKA SSD series frames its institution field with
asterisks). Sources: the institution names of the project's real test images
(pydicom-data's GE LOGIQ and ALOKA files) and the naming of the US hospital
registry (AHA Guide: 'Medical Center', 'Health System', 'Memorial Hospital',
'Children's Hospital', 'Med Ctr' in abbreviated listings).

European providers put the head word first, with or without a joining word
('Hospital Universitario La Paz', 'Ospedale San Raffaele', 'Klinikum rechts der Isar',
'Hôpital Necker', 'Clínica Universidad de Navarra', 'Centre Hospitalier Universitaire
de Nantes', 'Azienda Ospedaliera ...'), or glue it to the place in one word
('Universitätsklinikum Heidelberg', 'Rigshospitalet', 'Karolinska
Universitetssjukhuset'). The head words are the translations of 'hospital', 'clinic'
and 'university hospital' in the common European languages (Wiktionary's translation
tables of *hospital* and *clinic*: es/pt hospital, clínica, centro médico/hospitalar; it
ospedale, clinica, policlinico, azienda ospedaliera, istituto; fr hôpital, clinique,
centre hospitalier; de Krankenhaus, Klinik, Klinikum, Spital; nl ziekenhuis; pl szpital;
sv sjukhus; da sygehus; no sykehus) and the official names of the largest university
hospitals of those countries. A leading head followed by a label ('Hospital ID',
'Hospital No.') is no institution.

Banners in capitals abbreviate the head ('TOKAI-NISHI GENERAL HOSP', 'OSAKA UNIV HOSP', 'KYOTO
UNIV.', 'KARMANOS CANCER INST', 'WEST RIVER CTR': Hosp., Univ., Inst., Ctr., Med. Ctr., the
abbreviations of ISO 4's List of Title Word Abbreviations: 'hosp.', 'univ.', 'inst.', 'cent.',
and of the AHA Guide's abbreviated listings), and French university hospitals go by their
acronym before the city ('CHU de Nantes', 'CHRU de Lille', 'CHR d'Orléans': Wikipedia,
"Centre hospitalier universitaire"). More head words from Wiktionary's translation tables of
*hospital*: fi sairaala (also glued: 'Keskussairaala'), cs nemocnice ('Nemocnice Na Homolce'),
ro spitalul ('Spitalul Clinic ...'), tr hastanesi ('Ankara Şehir Hastanesi'), hu kórház, and
Japanese byōin as romanised ('Tokai Byoin'), and Russian больница and поликлиника as
transliterated ('Gorodskaya Bolnitsa No. 40', 'Bolnica', 'Poliklinika No. 2': Wiktionary's
*hospital*, ru; BGN/PCGN and ISO 9 romanisations). Canadian and US banners shorten 'Health
Sciences Centre', 'Regional Medical Center' and 'Medical Center' to HSC, RMC and MC
('SUNNYBROOK HSC'): heads in capitals only, and only where the field ends with them.

A number that ends an institution's name is part of it ('Szpital Wojewodzki Nr 3', 'Ospedale
Civile No. 2', 'Memorial Hospital #3', 'Klinikum Nord II'): the hospitals of one city are
numbered so (Polish 'Szpital Miejski Nr 2', Russian 'Городская больница № 5', transliterated
'N 5' where the sign '№' is lost: a capital N before the digits), and the name
without its number still points at the place. One to three digits after No/Nr/N°/#, or a Roman
numeral; a longer number is a patient's hospital number, not the name's ('Hospital No 12345').

A learned OCR that reads a line in two views can leave a fragment of a word between the words
('TOKAI-NISHI T:I FI GENERAL _H HOSP': 'T:I' and '_H' are pieces of the words beside them): one
such fragment (letters with '_', ':' or '|' inside, at most three characters) between two words
of a name does not end the name.

Vendors name themselves the same way ('GE Healthcare', 'TOSHIBA MEDICAL',
'Canon Medical Systems', 'Philips Medical Systems', 'Agfa HealthCare') and their
logos are device text, not PHI: a match whose words before the head are all
device vocabulary (`device_vocabulary`: vendor names, presets, anatomy) is no
institution. Before a place-of-care head ('Hospital', 'Infirmary', 'Institute', 'Clinic')
one of those words must also be a vendor's name (`device_vocabulary.VENDOR_NAMES`): 'Eye
and Ear Infirmary' and 'Heart Hospital' are institutions, 'Cardiac Imaging' stays device text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult

from .banner_labels import PLACE, label_spans
from .device_vocabulary import VENDOR_NAMES, is_device_word, is_exam_adjective, is_vendor_phrase, only_device_words
from .letters import LETTER, LOWER, UPPER
from .parsed_once import Pattern
from .vocabulary import LABEL_PREFIX, NON_PHI_WORDS, ui_title_spans

NAME = "overlay-institution"
SCORE = 0.6

# A capitalised word of a name ('Mercy', 'WESTWAY', 'St.', "Children's", 'O'Connor').
_WORD = rf"(?!(?i:no|nr)\.?(?![A-Za-z]))[{UPPER}][{LETTER}'\u2019&.-]*"
# A fragment a second OCR view left between the words of a line ('T:I', '_H'; module docstring).
_JUNK = r"(?:_[A-Za-z]{1,2}|[A-Za-z]{1,2}_|[A-Za-z][:|_][A-Za-z])(?=[ ])"
# A number that ends a name: 'Nr 3', 'No. 2', 'N° 5', '#3', 'II' (module docstring).
_NUMBER = (r"(?:[ ](?:(?i:no|nr|n[\u00b0\u00ba])\.?[ ]?|#[ ]?|N[ ](?=\d))\d{1,3}(?![\d./:,-])"
           r"|[ ](?:II|III|IV|VI|VII|VIII|IX|XI|XII)(?![A-Za-z0-9]))?")
# Small words inside a name ('Our Lady of Lourdes', 'Hospital of the University').
_JOIN = r"(?:of|the|and|&|de|du|des|la|le|del|for|at|und|og|och|y|e|i|en)"
# The joining words of European names ('Klinikum rechts der Isar', 'Hospital de la Santa Creu
# i Sant Pau', 'Ospedale di Circolo'); at most two in a row.
_EU_JOIN = (r"(?:of|the|and|&|de|du|des|la|le|les|del|della|delle|degli|di|da|do|dos|das|der|den|die|am|an|im|"
            r"y|e|et|i|rechts|links|sur|en|van|von|zu|zum|zur|"
            # German 'für'/'und', Polish 'w' (in), Scandinavian 'og'/'och' (and), 'i' (in), 'af', 'ved',
            # 'på'; Dutch 'voor'; Turkish 've' (and); Czech and Polish 'na' (at)
            r"f[uü]r|fuer|und|w|we|og|och|af|ved|p[aå]|voor|ve|na|"
            # Swahili 'ya', 'wa', 'cha', 'za' (of: 'Hospitali ya Rufaa ya Kanda Mbeya'), Tagalog 'ng' (of),
            # Malay 'dan' (and)
            r"ya|wa|cha|za|ng|dan|"
            # Polish 'im.' (imienia: named after, 'Szpital im. Ludwika Rydygiera')
            r"im\.)")
_EU_WORDS = rf"{_WORD}(?:[ ](?:(?:{_EU_JOIN}|{_JUNK})[ ]){{0,2}}{_WORD}){{0,5}}"
_WORDS = rf"{_WORD}(?:[ ](?:(?:{_JOIN}|{_JUNK})[ ])?{_WORD}){{0,4}}"
# Specialties that name a centre or a laboratory ('Heart Center', 'Vascular Lab', 'Breast Centre'):
# the services of the AHA Guide's hospital listings and of the accredited laboratories' names
# (IAC: Vascular Testing, Echocardiography, Nuclear/PET, MRI, CT, Sleep).
_SPECIALTY = (r"(?:heart|lung|cardiac|cardiology|cardiovascular|vascular|vein|echo(?:cardiography)?|sleep|breast|"
              r"spine|eye|kidney|stroke|trauma|diagnostic|imaging|radiology|surgical|women'?s|cancer|"
              r"neuroscience|orthopa?edic|pulmonary|nuclear|mri|pet)")
_SPECIALTY_HEAD = rf"{_SPECIALTY}(?:[ ](?:and|&)[ ]{_SPECIALTY})?[ ](?:cent(?:er|re)|institute|lab(?:oratory)?|clinic)"
# Head words, case-insensitive (banners are in capitals); longest forms first so
# 'Medical Center' wins over 'Medical'.
HEADS = (
    r"medical[ ](?:center|centre|group|college|clinic|campus|centers)",
    r"med\.?[ ]?(?:ctr|center|centre|cntr)\.?",
    r"health(?:care)?[ ](?:system|network|trust|partners|services|center|centre)",
    r"imaging[ ](?:center|centre|associates|services|group)",
    r"children'?s(?:[ ]hospital)?",
    # A specialty's centre or laboratory ('Valley Hope Vascular Lab', 'Reykjavík Heart and Lung Center',
    # 'Lakeview Heart Institute'): the specialty and its joined second one are device words
    # themselves, so `is_vendor` still wants a word before them that is none ('Carotid Vascular Lab').
    _SPECIALTY_HEAD,
    # a dental practice after its name ('Parkside Dental Surgery'; NHS England's dental practice names)
    r"dental[ ](?:surgery|practice)",
    r"hospitals?", r"hosp\.?", r"medical", r"clinics?", r"radiology", r"imaging", r"health(?:care)?",
    r"infirmary", r"institute", r"university", r"memorial", r"polyclinic", r"sanatorium",
    r"klinik(?:um)?", r"cancer[ ]cent(?:er|re)", r"surgery[ ]cent(?:er|re)",
    r"krankenhaus", r"spital", r"ziekenhuis", r"sjukhus(?:et)?", r"sygehus", r"sykehus",
    r"univ\.?", r"inst\.?", r"sairaala", r"nemocnice", r"hastane(?:si)?", r"k[oó]rh[aá]z", r"by[oō]in",
    r"bol'?ni[tc][sz]?a", r"poliklinika",
    # Finnish health centre (terveyskeskus), Estonian hospital (haigla: 'Ida-Tallinna Keskhaigla')
    r"terveyskeskus", r"haigla", r"kliinikum",
    # Chinese 医院 and Korean 병원 (hospital) as romanised: pinyin 'yiyuan' ('Jiangbei Renmin Yiyuan'),
    # Revised Romanization 'byeongwon' and McCune-Reischauer 'pyŏngwŏn' ('Seoul Daehak Byeongwon')
    r"yiyuan", r"byeongwon", r"py[oŏ]ngw[oŏ]n",
)
# Abbreviated heads that are other words in lower case: in capitals, or with their point, only.
_CAPS_HEADS = (r"CTR\.?", r"CNTR\.?", r"Ctr\.", r"CENT\.",
               # Health Sciences Centre, Regional / Medical Centre ('SUNNYBROOK HSC', 'WALTER REED
               # RMC'): letters of other meanings too, so only where the field ends with them
               r"(?:HSC|RMC|MC)(?=[ \t]*$|[ \t]{2}|[ \t]+\d)")
_HEAD = rf"(?=[A-Z])(?:(?i:{'|'.join(HEADS)})|{'|'.join(_CAPS_HEADS)})"
# The generic noun of place or body that ends a name after its head ('King Fahad Medical City',
# 'Hamad Medical Corporation', 'Fiona Stanley Health Campus', 'Monash Health Science Centre',
# 'Helsinki University Hospital District', 'Leeds Teaching Hospitals Trust'): part of the name, the
# last word a banner draws of it (the kinds of body in the national registries the heads come from).
_PLACE_TAIL = (r"(?:[ ](?=[A-Z])(?i:(?:sciences?[ ])?(?:city|corporation|corp\.|campus|cent(?:er|re)|complex|"
               r"authority|district|village|foundation|trust|network|group|system|services)))?")
# Heads that also lead a name: 'Hospital of the University of Pennsylvania'.
_LEADING = r"(?=[A-Z])(?i:hospital|university|univ\.?|institute|infirmary|clinic|medical[ ]college|college)"
# Heads that lead a European name directly ('Hospital Universitario La Paz', 'Ospedale San
# Raffaele'); accents optional, since OCR and banners drop them ('Hopital', 'Clinica').
_EU_LEADING = (r"(?=[A-Z])(?:(?i:hospital(?:ar|ier|ière)?|h[oô]pital|ospedale|azienda[ ]ospedaliera|"
               r"policl[ií]nico|poliklinik|cl[ií]nica|clinique|klinik(?:um)?|krankenhaus|"
               r"centre[ ]hospitalier|centro[ ](?:hospitalar|m[eé]dico|ospedaliero)|istituto|instituto|"
               r"ziekenhuis|szpital|sjukhus(?:et)?|sygehus(?:et)?|sykehus(?:et)?|universit[aä]tsklinikum|uniklinik(?:um)?|"
               r"sanat[oó]rio|sanatorium|nemocnice|spitalul|bol'?ni[tc][sz]?a|poliklinika|"
               # Vietnamese hospital, its head first ('Bệnh viện Bạch Mai'; OCR drops the accents)
               r"b[eệ]nh[ ]vi[eệ]n|"
               r"universit[aä]tsspital|"
               # Italian outpatient and private clinics and a local health authority's hospital
               # ('Poliambulatorio Brianza Salute', 'Casa di Cura Villa Esperia', 'Presidio Ospedaliero
               # Garbagnate'), Spanish and Portuguese polyclinics, primary-care centres and hospital
               # complexes ('Policlínica Gipuzkoa', 'Centro de Salud Delicias', 'Complejo Hospitalario
               # Universitario de Santiago', 'Unidade Local de Saúde de Matosinhos'), French
               # polyclinics and hospital groups ('Polyclinique du Parc', 'Groupe hospitalier Pellegrin'):
               # the kinds of provider of the Italian, Spanish, Portuguese and French national registries
               # (Ministero della Salute, Anagrafe strutture; Catálogo Nacional de Hospitales; SNS; FINESS)
               r"poliambulatorio|presidio[ ]ospedaliero|casa[ ]di[ ]cura|policl[ií]nica|polyclinique|"
               r"centro[ ](?:de[ ]sa(?:lud|[uú]de)|sanitario)|complejo[ ]hospitalario|complexo[ ]hospitalar|"
               r"unidade[ ](?:local[ ])?de[ ]sa[uú]de|groupe[ ]hospitalier|h[oô]pital[ ]priv[eé]|"
               # Beyond Europe's big languages (Wikipedia's lists of hospitals per country): Malay and
               # Indonesian 'Rumah Sakit (Umum (Pusat|Daerah))' and 'Puskesmas' (health centre),
               # Tagalog 'Ospital ng', Swahili 'Hospitali ya' and 'Kituo cha Afya' (health centre),
               # Vietnamese 'Phòng khám' (clinic) and 'Trung tâm Y tế' (medical centre), Persian
               # 'Bimarestan', Albanian 'Spitali', Maltese 'Sptar', Irish 'Ospidéal', Slovene 'Splošna
               # bolnišnica' and 'Univerzitetni klinični center', Croatian and Serbian 'Klinički
               # (bolnički) centar' ('Klinički bolnički centar Zagreb', 'Klinički centar Srbije')
               r"rumah[ ]sakit(?:[ ]umum(?:[ ](?:pusat|daerah))?)?|puskesmas|ospital[ ]ng|"
               r"hospitali[ ](?:ya|la|cha)|kituo[ ]cha[ ]afya|ph[oò]ng[ ]kh[aá]m(?:[ ]đa[ ]khoa)?|"
               r"trung[ ]t[aâ]m[ ]y[ ]t[eế]|bim[aā]rest[aā]n|bim[aā]rist[aā]n|sp[ií]tali|sptar|ospid[eé]al|"
               r"splo[sš]na[ ]bolni[sš]nica|univerzitetni[ ]klini[cč]ni[ ]center|"
               r"klini[cč]ki[ ](?:bolni[cč]ki[ ])?cent(?:ar|er)|"
               # The institute and the clinic written head first (Wiktionary's translation tables of
               # *institute* and *clinic*): Malay/Indonesian, German, French, Dutch, Danish, Swedish,
               # Norwegian, Czech, Croatian, Bosnian, Serbian, Slovene, Catalan and Russian/Ukrainian/
               # Bulgarian in Latin letters 'Institut' ('Institut Jantung Negara', 'Institut Curie'),
               # Romanian 'Institutul', Albanian 'Instituti', Polish 'Instytut', Lithuanian
               # 'Institutas', Latvian 'Institūts', Dutch/Afrikaans 'Instituut'; Polish, Czech, Slovak,
               # Croatian, Serbian, Slovene, Bulgarian and Russian 'Klinika' ('Klinika Medicover',
               # 'Klinika za radiologiju'); Swahili 'Taasisi ya' ('Taasisi ya Moyo Jakaya Kikwete');
               # Vietnamese 'Viện' ('Viện Tim Hà Nội', accents kept: 'Vien' is too many other words)
               r"institut(?:ul|i|as)?|instytut|institūts|instituut|klinika|klinikos|taasisi[ ]ya|viện))")
# Heads that end a name after its place in the genitive, written capitalised or not, with at most
# two lower-case qualifiers between ('Oulun yliopisto', 'Tartu Ülikool', 'Uppsala universitet',
# 'Semmelweis Egyetem', 'Hacettepe Üniversitesi', 'Vilniaus universitetas', 'Rīgas Stradiņa
# universitāte', 'Acıbadem Tıp Merkezi', 'Kuopion terveysasema', 'Mehiläinen lääkärikeskus', 'Tullinge
# vårdcentral', 'Kauno klinikinė ligoninė', 'Paula Stradiņa klīniskā universitātes slimnīca', 'Tygerberg
# Hospitaal', 'Ram Manohar Lohia Chikitsalaya'): university in fi, et, sv/da/no, hu, tr, lv, lt; medical
# and health centre in tr, fi, sv; hospital in lt, lv, af, hi (Wiktionary's translation tables of
# *university*, *hospital*, *health centre*; Wikipedia's lists of hospitals and of universities per
# country).
_TRAILING_HEADS = (r"yliopisto|[üu]likool|universitet(?:et)?|egyetem|[üu]niversitesi|universit[aā]te|"
                   r"universitetas|t[ıi]p[ ](?:merkezi|fak[üu]ltesi)|sa[ğg]l[ıi]k[ ]merkezi|terveysasema|"
                   r"l[aä][aä]k[aä]rikeskus|v[aå]rdcentral(?:en)?|ligonin[eė]|slimn[iī]ca|hospitaal|"
                   r"chikitsalaya|aspataal|aspatal|haspatal|"
                   # the clinic and the institute after their adjective or place: Hungarian 'Klinika',
                   # 'Intézet' ('Semmelweis Egyetem Ortopédiai Klinika', 'Országos Onkológiai Intézet'),
                   # Czech and Slovak 'klinika' ('Radiologická klinika'), Lithuanian 'klinikos', Turkish
                   # 'Enstitüsü', Finnish 'instituutti', Estonian/Afrikaans 'Instituut', Uzbek 'instituti',
                   # Azerbaijani 'İnstitutu', Hindi 'Sansthan' ('Sanjay Gandhi Ayurvigyan Sansthan')
                   r"klinika|klinik[aá]ja|klinikos|int[eé]zet(?:e)?|enstit[üu]s[üu]|instituutti|instituut|"
                   r"instituti|[iİ]nstitutu|sansthan")
_TRAILING_HEAD = re.compile(
    rf"(?<![\w'])(?:{_WORD}[ ]){{1,3}}(?:[{LOWER}]{{3,}}[ ]){{0,2}}(?i:{_TRAILING_HEADS})(?![{LETTER}\-])",
    re.MULTILINE)
# The words a head-last name ends with, glued or not, for a name the image's edge cuts inside its
# head ('Oulun yliopisto|llinen sairaala', 'Karolinska Universitetssj|ukhuset').
_CUT_HEADS = tuple("""yliopistollinen yliopistollisen keskussairaala sairaala terveyskeskus terveysasema
    universitetssjukhuset universitetssjukhus universitetssjukehus universitetssykehus universitetshospital
    universitetshospitalet universitätsklinikum universitätsspital krankenhaus ziekenhuis nemocnice
    nemocnica hastanesi üniversitesi ülikooli kliinikum keskhaigla ligoninė slimnīca bolnišnica
    egyetem kórház yliopisto universitet universitetas universitāte vårdcentral lääkärikeskus""".split())
_CUT_AT_END = re.compile(
    rf"(?<![\w'])(?:{_WORD}[ ]){{1,2}}(?:[{LOWER}]{{3,}}[ ])?(?P<cut>[{LETTER}]{{6,}})[ \t]*$", re.MULTILINE)


def trailing_head_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name whose head ends it after the place (`_TRAILING_HEADS`), and of
    each line that ends inside such a head: the image's edge cut it ('Oulun yliopisto' of 'Oulun
    yliopistollinen sairaala'). The cut piece is six letters or more and no whole word of the list
    ('Tampereen yliopistollin', 'Karolinska Universitetssj', 'Helsingin yliopistollinen keskussai')."""
    spans = [(m.start(), m.end()) for m in _TRAILING_HEAD.finditer(text)]
    for m in _CUT_AT_END.finditer(text):
        cut = m.group("cut").lower()
        place = text[m.start():m.start("cut")].split()
        if any(head.startswith(cut) and head != cut for head in _CUT_HEADS) and not any(
                is_device_word(w) for w in place):  # 'Voluson Expert Univers': a product's name
            spans.append((m.start(), m.start("cut") + len(m.group("cut"))))
    return spans
# A practice or a department named by its specialty before its place ('Radiologie Ostallgäu',
# 'Praxis Sonnenberg', 'Centre d'imagerie Bellevue', 'Centro Diagnostico Italiano', 'Studio
# Radiologico Ferrante', 'Heart Center Leipzig'): the words of a radiology or cardiology practice
# and of a diagnostic centre in German (Praxis, Gemeinschaftspraxis, MVZ: Medizinisches
# Versorgungszentrum, Radiologie, Nuklearmedizin, Kardiologie, Röntgeninstitut, Diagnosticum),
# French (cabinet / centre de radiologie, centre d'imagerie médicale), Italian (studio
# radiologico, studio medico, centro diagnostico, centro di radiologia), Spanish and Portuguese
# (centro de diagnóstico, centro de imagen, clínica de imagem, radiología), Polish (przychodnia,
# pracownia, centrum medyczne), Czech (radiologické centrum) and Scandinavian (röntgen,
# vårdcentral, lægehus), as practices sign themselves (Wiktionary's translation tables of
# *radiology* and *medical practice*). Device text uses these words too ('Radiologie Abdomen',
# 'Heart Center' alone), so the words after the head must hold a place: a word that is no
# device, overlay or label vocabulary (`_names_a_place`). English names put the place first ('Valley
# Hope Vascular Lab'): those are the trailing `_SPECIALTY` heads.
_PRACTICE_LEADING = (
    r"(?=[A-Z])(?i:(?:gemeinschafts|radiologische[ ]|r[oö]ntgen|radiologie|facharzt|arzt|zahnarzt|zahn[aä]rzte|"
    r"zahn[aä]rztliche[ ]|kieferorthop[aä]dische[ ])?praxis|tandarts(?:en)?praktijk|mvz|"
    r"radiolog(?:ie|ia|[ií]a)|nuklearmedizin|kardiologie|cardiolog(?:ia|[ií]a|ie)|"
    r"r[oö]ntgen(?:institut|abteilung)?|diagnosticum|[aä]rztehaus|herzzentrum|"
    r"(?:cabinet|centre|institut)[ ](?:de[ ](?:radiologie|cardiologie|sant[eé])|d['\u2019]imagerie(?:[ ]m[eé]dicale)?|"
    r"m[eé]dical|radiologique)|"
    r"centro[ ](?:diagn[oó]stico|radiol[oó]gico|medico|m[eé]dico|di[ ]radiologia|de[ ](?:diagn[oó]stico|imagen|imagem|"
    r"radiolog[ií]a))|"
    r"studio[ ](?:radiologico|medico|di[ ]radiologia)|cl[ií]nica[ ]de[ ](?:imagem|imagen|diagn[oó]stico)|"
    r"istituto[ ](?:radiologico|diagnostico)|przychodnia|pracownia|centrum[ ](?:medyczne|diagnostyczne)|"
    r"radiologick[eé][ ]centrum|v[aå]rdcentral(?:en)?|l[aæ]gehus(?:et)?|"
    r"poliklinik|klinik)"
)

# The French acronyms (Centre Hospitalier (Régional) Universitaire) lead their city with 'de':
# 'CHU de Nantes', 'CHRU de Lille', 'CH de Versailles', "CHU d'Angers". Without the 'de' the
# letters are as often a surname in capitals ('CHU WEI LING').
_FR_ACRONYM = (r"(?<![\w'])(?:CHRU|CHU|CHR|CH)[ ](?:(?i:de[ ]la|de|du|des)[ ]|(?i:d)['\u2019])"
               rf"{_EU_WORDS}")
# A head glued to its place in one word ('Universitätsklinikum', 'Rigshospitalet', Dutch 'Radboudumc':
# universitair medisch centrum, as the NFU's member writes its name).
_GLUED = (rf"(?=[{UPPER}])[^\W\d_]{{3,}}(?i:klinikum|kliniken|klinik|krankenhaus|hospitalet|sjukhuset|sjukhus|"
          r"klinikken|klinikk|sygehus|sykehus|ziekenhuis|spital|sairaala|haigla|sj[uú]krah[uú]s(?:i[dð])?|sp[ií]tali|herzzentrum|umc)")
# The lower-case adjectives between a place and its head: Finnish 'yliopistollinen' (university),
# Czech and Slovak 'fakultní'/'fakultná', 'krajská', 'okresní' (faculty, regional, district), Swedish
# 'universitets' written apart.
_LOWER_QUALIFIER = (r"(?:(?:yliopistollinen|yliopistollisen|fakultn[ií]|fakultn[aá]|krajsk[aá]|okresn[ií]|"
                    r"universitets)[ ])?")
# A run of capitalised words with a possessive among them ('Addenbrooke's', 'Brigham and
# Women's', 'St. Mary's Regional'), at most four words.
_POSSESSIVE = r"[A-Z][A-Za-z.-]*[a-z]['\u2019]s"
_POSSESSIVE_RUN = (rf"(?:{_WORD}[ ](?:{_JOIN}[ ])?){{0,3}}{_POSSESSIVE}(?![\w'])"
                   rf"(?:[ ](?:{_JOIN}[ ])?{_WORD}){{0,3}}")
POSSESSIVE_SCORE = 0.5
# Words after an eponym that make it a finding, not a name ('Crohn's disease', 'Baker's cyst').
_EPONYM_NOUNS = frozenset(
    "disease syndrome sign cyst fracture test tumor tumour lymphoma palsy sarcoma phenomenon reflex law "
    "ulcer aneurysm node nodes triangle canal duct space fascia gland classification criteria score".split())
# Eponyms a device writes alone as a region's or a view's name, the noun left out: DXA's hip
# regions 'Ward's' (Ward's triangle, with 'Neck', 'Troch', 'Inter'; Hologic and GE Lunar hip
# reports), ultrasound's 'Morison's' (Morison's pouch, FAST exam), 'Hesselbach's', 'Calot's',
# 'Scarpa's' (triangles), 'Kager's', 'Hoffa's' (fat pads), 'Baker's' (cyst), 'Meckel's'.
_EPONYM_REGIONS = frozenset("ward morison hesselbach calot scarpa kager hoffa baker meckel".split())
# What a leading head may not be followed by: a label, not a name ('Hospital ID', 'Hospital No.').
_NOT_A_NAME = {"id", "no", "no.", "nr", "nr.", "number", "mrn", "name", "record", "patient", "#", "code"}


# Keyboard-typed banners of video endoscopy and some portable units are written all in lower case
# ('name: dela cruz, maria rosario', 'makati sunrise medical center', 'dr. ramon villanueva'): the
# capitals the rules read names by are missing from the whole line. Such a line is read again
# title-cased word by word, its joining words and name particles left in lower case as names write
# them ('de la', 'dos', 'of the'); offsets are kept.
_KEPT_LOWER = frozenset(("of the and for at de du des la le les del della delle degli di da do dos das der den "
                         "von van ter ten y e i en al el bin binti bint ibn abu thi lo los las").split())
_LOWER_LINE = re.compile(rf"^(?=[^\n]*[{LOWER}])[^{UPPER}\n]+$", re.MULTILINE)


def lower_lines_title_cased(text: str) -> str:
    """`text` with each line that has letters but no capital title-cased word by word (`_KEPT_LOWER`
    kept), every offset kept; the other lines as they are."""
    def title(line: re.Match) -> str:
        return re.sub(rf"[{LETTER}]['\u2019{LETTER}]*", lambda w: w.group(0) if w.group(0) in _KEPT_LOWER
                      else w.group(0)[:1].upper() + w.group(0)[1:], line.group(0))
    return _LOWER_LINE.sub(title, text)


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the line of `text` that [start, end) begins and ends on (without its line break)."""
    b = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if b < 0 else b


def in_lower_line(text: str, start: int, end: int) -> bool:
    """[start, end) of `text` lies on one line that has no capital (`lower_lines_title_cased`)."""
    a, b = _line_around(text, start, end)
    return "\n" not in text[start:end] and _LOWER_LINE.fullmatch(text[a:b]) is not None


# A word glued to the digits of a value before it: a capital and two lower-case letters or more
# ('1972Ain'), never a unit or a code's letters ('3D', '12mm', '28813NID').
_AFTER_A_VALUE = rf"(?<=[0-9])(?=[{UPPER}][{LOWER}]{{2,}})"


class InstitutionRecognizer(PatternRecognizer):
    """ORGANIZATION: capitalised words ending in an institution head word, or a
    leading head word with 'of' ('University of Utah'); vendor names are dropped
    (`invalidate_result`). Spans stay on one line."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="ORGANIZATION",
            name=NAME,
            patterns=[
                # Its first word may be glued to a value OCR read before it ('15.04.1972Ain Shams
                # Specialized Hospital': a long one-line banner whose gaps PP-OCR drops).
                Pattern("institution name",
                        rf"(?:(?<![\w'])|{_AFTER_A_VALUE})(?:(?:St|Saint|Ste)\.?[ ])?{_WORDS}[ ](?:{_JUNK}[ ])?{_HEAD}"
                        rf"(?![{LETTER}]){_PLACE_TAIL}(?![{LETTER}]){_NUMBER}",
                        SCORE),
                # The head inside the name, the place after it ('Women's Imaging of Tulsa',
                # 'Children's Hospital of Philadelphia', 'Cancer Institute of New Jersey').
                Pattern("head inside name",
                        rf"(?<![\w'])(?:(?:St|Saint|Ste)\.?[ ])?{_WORDS}[ ]{_HEAD}[ ](?:of|at|in|OF|AT|IN)[ ]"
                        rf"(?:(?:the|THE)[ ])?{_WORDS}{_NUMBER}",
                        SCORE),
                # A possessive name ('Addenbrooke's', 'Brigham and Women's', 'St Mary's'): banners
                # write no person's possessive, institutions are named after founders so.
                Pattern("possessive name", rf"(?<![\w']){_POSSESSIVE_RUN}", POSSESSIVE_SCORE),
                Pattern("head of name", rf"(?<![\w']){_LEADING}[ ]of[ ](?:the[ ])?{_WORDS}{_NUMBER}", SCORE),
                Pattern("leading head",
                        rf"(?<![\w']){_EU_LEADING}[ ](?:{_EU_JOIN}[ ]){{0,2}}{_EU_WORDS}{_NUMBER}", SCORE),
                Pattern("French acronym", rf"{_FR_ACRONYM}{_NUMBER}", SCORE),
                Pattern("practice head",
                        rf"(?<![\w']){_PRACTICE_LEADING}[ ](?:{_EU_JOIN}[ ]){{0,2}}{_EU_WORDS}{_NUMBER}", SCORE),
                # Czech and Slovak write the head in lower case after its adjective, the place after it
                # ('Fakultní nemocnice Motol', 'Krajská nemocnice Liberec', 'Fakultná nemocnica Trnava',
                # 'Thomayerova nemocnice'): the full form of FN, KN (`_ABBREVIATIONS`); Scandinavian,
                # Finnish, Hungarian and Turkish write theirs so too ('Östra sjukhuset', 'Meilahden
                # sairaala', 'Szent János kórház', 'Gazi hastanesi').
                # The head glued to a qualifier in lower case ('Itä-Hämeen keskussairaala', central
                # hospital; 'Sahlgrenska universitetssjukhuset', 'Haukeland universitetssjukehus', 'Odense
                # universitetshospital') or after one ('Tampereen yliopistollinen sairaala').
                Pattern("lower-case head",
                        rf"(?<![\w'])(?:{_WORD}[ ]){{1,2}}{_LOWER_QUALIFIER}"
                        rf"(?:[{LOWER}]*(?:nemocnice|nemocnica|poliklinika|sjukhuset|sjukhus|sjukehuset|sjukehus|"
                        rf"sykehuset|sykehus|sygehuset|sygehus|sairaala|terveyskeskus|haigla|bolnica|bolnice|k[oó]rh[aá]z|hastanesi)"
                        rf"|[{LOWER}]{{3,}}(?:hospitalet|hospital|ziekenhuis|klinikum|kliniken|spital))(?![{LETTER}])"
                        rf"(?:[ ](?:(?:v|ve|na|s|sv\.)[ ])?{_EU_WORDS})?{_NUMBER}", SCORE),
                # Romanised Chinese, Korean and Japanese names written all in lower case ('beijing xiehe
                # yiyuan'): the head ends the name, every word before it a romanised syllable run.
                Pattern("lower-case romanised head",
                        r"(?<![\w'])(?:[a-z]{2,}[ ]){1,3}(?:yiyuan|byeongwon|by[oō]in)(?![\w'])", SCORE),
                Pattern("glued head",
                        rf"(?<![\w'])(?:{_WORD}[ ]){{0,3}}{_GLUED}(?:[ ]{_EU_WORDS})?(?![{LETTER}]){_NUMBER}", SCORE),
            ],
            # Capitals are the signal: Presidio's default flags would ignore case.
            global_regex_flags=re.MULTILINE,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        cased = lower_lines_title_cased(text)
        if cased != text:  # 'makati sunrise medical center' alone on a typed line
            results += [r for r in super().analyze(cased, entities, nlp_artifacts, regex_flags)
                        if in_lower_line(text, r.start, r.end) and _whole_line(text, r.start, r.end)
                        and len(text[r.start:r.end].split()) >= 2]  # a head alone names no place
        results = [r for r in results if not _possessive_in_prose(text, r.start, r.end)]
        if not entities or "ORGANIZATION" in entities:
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in labelled_institutions(text)]
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in department_places(text)]
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in abbreviated_institutions(text)]
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in short_head_institutions(text)]
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in non_latin_institutions(text)]
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in trailing_head_institutions(text)
                        if not is_vendor(text[a:b])]
        results = _without_reopened_heads(text, results)
        results = [_with_unit_before(text, _with_town(text, _with_second_site(text, r))) for r in results]
        results = _without_departments(text, results)
        results = _without_titles_and_departments(text, results)
        if not entities or "ORGANIZATION" in entities:
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in specialty_clinics(text)]
            results += [RecognizerResult("ORGANIZATION", a, b, SCORE) for a, b in body_institutions(text)]
        return results

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """True (drop it) for a vendor: every word before the head is device vocabulary
        ('GE Healthcare', 'TOSHIBA MEDICAL', 'Philips Medical'), or a known vendor phrase;
        and for a possessive that is a label ('Patient's Name', 'Operator's') or an eponym
        ('Crohn's Disease')."""
        words = pattern_text.split()
        if re.search(_POSSESSIVE, pattern_text) and not has_institution_head(pattern_text):
            bare = [re.sub(r"['\u2019]s$", "", w).strip(".,").lower() for w in words]
            if any(w in _EPONYM_NOUNS or w in NON_PHI_WORDS or is_device_word(w) for w in bare):
                return True
            if len(words) == 1 and bare[0] in _EPONYM_REGIONS:
                return True
        if len(words) > 1 and re.match(rf"{_EU_LEADING}$", words[0]) and words[1].lower() in _NOT_A_NAME:
            return True
        practice = re.match(rf"{_PRACTICE_LEADING}(?![{LETTER}])", pattern_text)
        if practice and not re.match(_EU_LEADING, pattern_text) and not _names_a_place(pattern_text[practice.end():]):
            return True
        # A leading head before device vocabulary alone ('Klinik Protokoll', 'Hospital Mode'): a
        # console's words, no place. Any other word (a place, a founder, an acronym) keeps it.
        # A French acronym before no place ('CH de Garde': on call, 'CH Sound').
        acronym = re.match(r"(?:CHRU|CHU|CHR|CH)[ ]", pattern_text)
        if acronym and not any(_place_word(w, False) for w in pattern_text[acronym.end():].split()
                               if not re.fullmatch(_EU_JOIN, w, re.IGNORECASE)):
            return True
        leading = re.match(rf"{_EU_LEADING}(?![{LETTER}])", pattern_text)
        if leading and _only_vocabulary(pattern_text[leading.end():]) and not _acronym_after_two_word_head(
                leading.group(0), pattern_text[leading.end():]):
            return True
        return is_vendor(pattern_text) or None


# A public body of care named by its standing and its specialty, with none of the hospital words
# (`HEADS`): 'National Skin Centre', 'National Heart Centre', 'Regional Cancer Institute', 'Provincial
# Health Services Authority', 'Royal Flying Doctor Service', "Children's Heart Foundation", 'State
# Blood Transfusion Service', 'District Health Board' (the kinds of body of the Singapore, New Zealand,
# Canadian, Australian and UK public health registries: centre, institute, foundation, unit, service,
# trust, board, authority, agency). The adjective of standing leads it; one to three capitalised words
# between, none a machine's part ('Central Processing Unit', 'General Service Unit').
_STANDING = (r"(?:National|Regional|Provincial|General|Royal|State|Central|District|Community|Public|Federal|"
             r"Specialist|Referral|Teaching|County|Municipal|Metropolitan|Children['\u2019]s|Women['\u2019]s)")
_STANDING_CAPS = _STANDING.upper().replace("\\U2019", "\\u2019")
_BODY_HEAD = r"(?:Cent(?:re|er)|Institute|Foundation|Unit|Services?|Trust|Board|Authority|Agency|Council)"
_BODY = re.compile(
    rf"(?<![\w'\u2019])(?:{_STANDING}|{_STANDING_CAPS})(?:[ ]{_WORD}){{1,3}}?[ ](?:{_BODY_HEAD}|{_BODY_HEAD.upper()})"
    rf"(?![{LETTER}])")
# The words of a machine's parts that an adjective of standing also leads ('Central Processing Unit').
_MACHINE_PARTS = frozenset("""processing processor power supply control cooling display acquisition computer data
memory storage reconstruction line service services system systems console network server interface
input output drive electric electronics purpose instruments instrument""".split())
# A name at its line's start that ends in such a body head and goes on with a street ('Mandalay Skin
# Foundation 12 King Road', 'Harbour Dermatology Centre 3 Rue ...'): the address says the words before
# are a provider's name.
_BODY_BEFORE_STREET = re.compile(
    rf"^[ \t]*(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}}[ ](?:{_BODY_HEAD}|{_BODY_HEAD.upper()}))"
    rf"(?=[ ]\d{{1,5}}[A-Za-z]?,?[ ][{UPPER}][{LETTER}]+)", re.MULTILINE)

# The street after it: a house number, its name's words and an English street type (USPS Publication
# 28 Appendix C1's commonest), or a street type before the name (rue, avenue, calle, via, rua, jalan).
_STREET_AHEAD = re.compile(
    rf"[ ]\d{{1,5}}[A-Za-z]?,?[ ](?:(?:{_WORD}|van|de|la|du|der)[ ]){{1,4}}(?i:road|rd\.?|street|st\.?|avenue|ave\.?|"
    r"drive|dr\.?|lane|ln\.?|way|boulevard|blvd\.?|place|pl\.?|crescent|close|terrace|highway|hwy\.?|parkway|"
    r"square|court|ct\.?)(?![A-Za-z])"
    r"|[ ]\d{1,5}[A-Za-z]?,?[ ](?i:rue|avenue|av\.|calle|via|viale|rua|jalan|jln\.?)[ ]")


def body_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each public body of care (`_BODY`: 'National Skin Centre') whose middle words
    are no machine's parts, and of each name ending in a body head before a street at its line's start
    (`_BODY_BEFORE_STREET`) with a word that is no device vocabulary."""
    out = []
    for m in _BODY.finditer(text):
        middle = m.group(0).split()[1:-1]
        if middle and not any(_bare(w) in _MACHINE_PARTS for w in middle) and not is_vendor(m.group(0)):
            out.append((m.start(), m.end()))
    for m in _BODY_BEFORE_STREET.finditer(text):
        words = m.group("name").split()[:-1]
        if (any(_place_word(w, False) for w in words) and not any(_bare(w) in _MACHINE_PARTS for w in words)
                and not is_vendor(m.group("name")) and _STREET_AHEAD.match(text, m.end("name"))):
            out.append((m.start("name"), m.end("name")))
    return out


def _whole_line(text: str, start: int, end: int) -> bool:
    """[start, end) is all its line holds (but spaces)."""
    a, b = _line_around(text, start, end)
    return not text[a:start].strip() and not text[end:b].strip()


# A private clinic or practice named by its kind, its specialty's adjective and then its own name
# ('Clínica Odontológica Sorriso Pleno', 'Clínica Dental Arganzuela', 'Clinica Dentale Sorriso',
# 'Clinique Dentaire du Parc', 'Centro Odontológico Vila Nova', 'Consultório Odontológico Bem Estar',
# 'Clínica Oftalmológica Visão', 'Centro de Diagnóstico por Imagem Santa Luzia', 'Instituto de
# Radiologia São Lucas', 'Dental Clinic Riverside'): the Spanish, Portuguese, Italian and French
# words for a private clinic, centre, office and institute, and the English specialty clinics that
# put their name last. The head and its specialty alone are a department's or a service's words
# ('Clínica Dental', 'Servicio de Radiodiagnóstico', 'Odontologia'), cut by `_without_departments`;
# with a name after them the whole is the provider's name (the way dental and imaging practices
# sign themselves in the Brazilian CNES and the Spanish REGCESS registries of health centres).
_CLINIC_LEAD = re.compile(
    rf"(?<![{LETTER}'\u2019])(?=[{UPPER}])(?i:cl[ií]nica|clinique|centro|centre|consult[oó]rio|consultorio|instituto|"
    r"istituto|institut|studio|ambulatorio|policl[ií]nica|polyclinique|gabinete|cabinet)(?![\w'\u2019])"
    r"|(?<![\w'\u2019])(?i:dental|eye|orthodontic)[ ](?i:clinic|surgery|cent(?:er|re))(?![\w'\u2019])")
# A practice-management program's words after a clinic's ('Dental Clinic Management', 'Eye Centre Suite').
_SOFTWARE_WORDS = frozenset("management manager software system systems suite module viewer workstation pro plus "
                            "gestión gestion gestão gestao gestione sistema".split())
# A clinic's specialty adjective or noun: a specialty's stem (`_specialty_word`), and the
# dental and eye words whose stems `_SPECIALTY_STEMS` spells otherwise (French 'dentaire',
# 'ophtalmologique', Portuguese 'dentária', Italian 'oculistico', 'ortodontico').
_CLINIC_SPECIALTY = re.compile(r"(?:dent|ophtalm|oculist|ortodon|orthodon|estomatol|implant)", re.IGNORECASE)
_CLINIC_JOIN = re.compile(r"(?i:de|di|da|do|del|della|por|per|e|y|et|en|d['\u2019]?|&)")


def _clinic_specialty(word: str) -> bool:
    bare = word.strip(".,:;")
    return bool(bare) and bare[0].isalpha() and (
        _specialty_word(bare) or _CLINIC_SPECIALTY.match(_bare(bare)) is not None)


def specialty_clinics(text: str) -> list[tuple[int, int]]:
    """(start, end) of each private clinic named by its kind, its specialty and its own name, to the
    field's end (`_CLINIC_LEAD`: 'Clínica Odontológica Sorriso Pleno'). Its name needs a word that
    names a place or a founder (`_names_a_place`); a specialty's word or device words after the head
    ('Clínica Dental Panorámica', 'Centro Radiológico Digital') name none."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        for head in _CLINIC_LEAD.finditer(line.group(0)):
            english = " " in head.group(0)
            tokens = list(re.finditer(r"\S+", line.group(0)[head.end():]))
            base = line.start() + head.end()
            i, specialties = 0, 0
            while not english and i < len(tokens):
                word = tokens[i].group(0)
                gap = line.group(0)[head.end():][tokens[i - 1].end() if i else 0:tokens[i].start()]
                if "\t" in gap or "  " in gap:
                    break
                if _CLINIC_JOIN.fullmatch(word) and i + 1 < len(tokens) and _clinic_specialty(tokens[i + 1].group(0)):
                    i += 1
                    continue
                if not _clinic_specialty(word):
                    break
                specialties += 1
                i += 1
                if word.endswith(","):
                    break
            if not english and (specialties == 0 or tokens[i - 1].group(0).endswith(",")):
                continue
            last = None
            j = i
            while j < len(tokens):
                word = tokens[j].group(0)
                gap = line.group(0)[head.end():][tokens[j - 1].end() if j else 0:tokens[j].start()]
                if "\t" in gap or "  " in gap:
                    break
                bare = word.rstrip(".,;:")
                if re.fullmatch(_EU_JOIN, bare, re.IGNORECASE) and last is not None or not bare:
                    j += 1
                    continue
                if not (bare[0].isupper() and re.fullmatch(rf"[{LETTER}'\u2019.-]+", bare)):
                    break
                last = j
                j += 1
                if word.endswith(",") or j - i > 5:
                    break
            if last is None:
                continue
            name = " ".join(t.group(0) for t in tokens[i:last + 1])
            if not _names_a_place(name) or _only_vocabulary(name) or any(
                    _bare(w) in _SOFTWARE_WORDS for w in name.split()):
                continue
            end = base + tokens[last].start() + len(tokens[last].group(0).rstrip(".,;:"))
            out.append((line.start() + head.start(), end))
    return out


# Two sites joined by 'and' in one field ('Karolinska Universitetssjukhuset och Huddinge', 'Nemocnice
# Na Homolce a Bulovka', 'Ankara Şehir Hastanesi ve Gazi Üniversitesi'): the words for 'and' of
# `CONNECTIVES`, then capitalised words to the field's end.
_SECOND_SITE = re.compile(rf"[ ](?i:and|und|et|e|y|i|a|och|og|en|és|es|ve|&)[ ](?P<site>{_EU_WORDS})"
                          r"(?=[ \t]*$|[ \t]{2}|\t|,)", re.MULTILINE)


def _without_reopened_heads(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """`results` less a head-first name (`_EU_LEADING`: 'Hospital Universitario La Paz') whose head
    word is the last word of a head-last name found on the same text ('St Ciarán's University
    Hospital'): one word does not both close one name and open the next, and what follows it in the
    banner is the next field ('... Hospital   Ní BHRIAIN, Siobhán': the patient, not a site)."""
    out = []
    for r in results:
        lead = re.match(rf"{_EU_LEADING}(?![{LETTER}])", text[r.start:r.end])
        # a joining word after the head continues the one name ('Universitair Ziekenhuis van Gent')
        joined = lead and re.match(rf"[ ]{_EU_JOIN}[ ]", text[r.start + lead.end():r.end], re.IGNORECASE)
        if lead and not joined and any(o.start < r.start and o.end == r.start + lead.end() for o in results):
            continue
        out.append(r)
    return out


def _with_second_site(text: str, result: RecognizerResult) -> RecognizerResult:
    """`result` grown over a second site joined to it by 'and' where the field ends with that site:
    every word of it a place's, a founder's or a head (`_place_word`, `has_institution_head`)."""
    m = _SECOND_SITE.match(text, result.end)
    if m is None:
        return result
    words = [w for w in m.group("site").split() if not re.fullmatch(_EU_JOIN, w, re.IGNORECASE)]
    if not words or not all(_place_word(w, False) or has_institution_head(w) for w in words):
        return result
    return RecognizerResult(result.entity_type, result.start, m.end(), result.score, result.analysis_explanation,
                            result.recognition_metadata)


# The town a name ends with after its head word, the last words of its field ('Colonial War Memorial
# Hospital Suva', 'Kingston Public Hospital Jamaica', 'Mater Hospital North Sydney'): one or two
# capitalised words to the line's or the field's end.
_TOWN_AFTER_HEAD = re.compile(rf"[ ](?P<town>{_WORD}(?:[ -]{_WORD})?)(?=[ \t]*$|[ \t]{{2}}|\t)", re.MULTILINE)


# The parts and services of a hospital a banner may write after its name, no town ('Mercy Hospital
# Maternity', 'City Hospital Outpatients', 'General Hospital Annex'; the NHS Data Dictionary's
# site and service types): the specialties are `_specialty_word`.
_HOSPITAL_PARTS = frozenset({"maternity", "outpatients", "outpatient", "inpatients", "inpatient", "casualty",
                             "pharmacy", "annex", "annexe", "wing", "block", "building", "pavilion", "tower",
                             "site", "unit", "ward", "wards", "theatres", "theatre", "day", "main", "north",
                             "south", "east", "west", "central", "new", "old", "lab", "laboratory", "reception",
                             # a practice program's and an office's words ('Dental Clinic Management')
                             "management", "manager", "software", "office", "administration", "admin",
                             "billing", "records", "portal", "scheduler", "login"})


def _with_town(text: str, result: RecognizerResult) -> RecognizerResult:
    """`result` grown over the town after its head word (`_TOWN_AFTER_HEAD`) where its last word is
    the head and every word after it names a place (`_place_word`: no device, label, report,
    department or measurement word, no vendor: 'City Hospital Radiology', 'General Hospital CT' stay)
    and no title or head ('Hospital Dr. Smith' is a person's, 'Hospital Clinic' a second head)."""
    if not re.search(rf"(?<![A-Za-z]){_HEAD}\.?$", text[result.start:result.end]):
        return result
    m = _TOWN_AFTER_HEAD.match(text, result.end)
    if m is None:
        return result
    words = re.split(r"[ -]", m.group("town"))
    if not all(_place_word(w, False) and not has_institution_head(w) and not w.endswith(".")
               and not _specialty_word(w) and _bare(w) not in _HOSPITAL_PARTS for w in words):
        return result
    return RecognizerResult(result.entity_type, result.start, m.end(), result.score, result.analysis_explanation,
                            result.recognition_metadata)


# A unit of the hospital named before it, a comma between (fix round 37: 'Brystdiagnostisk senter,
# Haukeland universitetssjukehus', 'Bröstcentrum, Södersjukhuset', 'Mammografiklinikken, Aarhus
# Universitetshospital', 'Brustzentrum, Klinikum Augsburg', 'Centre du sein, CHU de Nantes'): one name, as
# the Nordic hospitals write a unit's (the unit words of their web sites: no/da/sv senter/center/centrum,
# klinikk/klinik, avdeling/afdeling/avdelning, enhet/enhed, seksjon/sektion, mottak; de Zentrum, fr/en
# centre/center/unit/institut, es/pt/it centro/instituto/istituto). The unit opens its line, its first
# word a capital, up to four words; a unit of device words only ('MR Unit') or of the department words
# (`_without_departments` cuts those after) stays as it was.
_UNIT_HEAD = re.compile(r"(?i)[^\W\d_]*(?:senter|senteret|center|centre|centret|centrum|zentrum|centro|klinikk"
                        r"|klinikken|kliniken|klinik|avdeling|avdelingen|afdeling|afdelingen|avdelning|avdelningen|enhet"
                        r"|enheten|enhed|enheden|seksjon|seksjonen|sektion|sektionen|mottak|mottaket|unit|institut"
                        r"|instituto|istituto)")
_UNIT_BEFORE = re.compile(rf"[ \t]*(?P<unit>[{UPPER}][{LETTER}'\u2019-]*(?:[ ][{LETTER}][{LETTER}'\u2019-]*){{0,3}}),"
                          r"[ \t]?")


def _with_unit_before(text: str, result: RecognizerResult) -> RecognizerResult:
    """`result` grown back over a unit of the hospital its line opens with, a comma between
    (`_UNIT_BEFORE`: 'Brystdiagnostisk senter, Haukeland universitetssjukehus'), where a word of the
    unit but its head is no device word ('MR Unit, Riverside Hospital' stays as it was)."""
    line_start = text.rfind("\n", 0, result.start) + 1
    m = _UNIT_BEFORE.fullmatch(text, line_start, result.start)
    if m is None or not _UNIT_HEAD.fullmatch(m.group("unit").split()[-1]):
        return result
    qualifiers = m.group("unit").split()[:-1]  # 'MR Unit', 'CT Center': a device's words before the head
    if only_device_words(m.group("unit")) or (qualifiers and only_device_words(" ".join(qualifiers))):
        return result
    return RecognizerResult(result.entity_type, m.start("unit"), result.end, result.score,
                            result.analysis_explanation, result.recognition_metadata)


def _plain(label: str) -> str:
    """A label's words lower-cased, without accents, points, colons or spaces ('Établissement:' ->
    'etablissement'): how `labelled_institutions` compares a label found in the text with `PLACE`.
    Every script's letters are kept: a filter of Latin letters made every Cyrillic or Greek label
    the empty string, so 'Возраст:', 'Вес:', 'Рост:', 'Исследование:' compared equal to 'Больница:'
    and their values ('58 лет', '80 кг', 'МРТ головного мозга') were painted as a hospital."""
    decomposed = unicodedata.normalize("NFD", label.lower())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


# The labels of the institution and its department (`banner_labels.PLACE`: 'Hospital:', 'Klinik:',
# 'Institution:', 'Site:', 'Einrichtung:', 'Établissement:', 'Centro:', 'Abteilung:'). DICOM's Basic
# Application Level Confidentiality Profile (PS3.15 Table E.1-1) removes the values they label:
# Institution Name (0008,0080), Institutional Department Name (0008,1040), Station Name (0008,1010).
_PLACE_LABELS = frozenset(_plain(label) for label in PLACE)
# A token that ends the value: a date or a long number (another field read into the same one).
_NOT_OF_A_NAME = re.compile(r"\d{4}|\d[./-]\d")


def labelled_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each value after an institution's or department's label (`PLACE`: 'Hospital:
    Westway', 'Site: North Campus', 'Centro: San Camillo'), the label left out: the rest of the
    label's field (up to a gap of two spaces, a tab, the line's end or the next label), a word of
    letters in it, not only device vocabulary ('Site: Left Breast', 'Station: CT01')."""
    spans = label_spans(text)
    out = []
    for a, b in spans:
        if _plain(text[a:b]) not in _PLACE_LABELS:
            continue
        end = re.compile(r"\n|\t|[ ]{2}").search(text, b)
        end = len(text) if end is None else end.start()
        end = min([end] + [a2 for a2, _ in spans if b <= a2 < end])
        tokens = list(re.finditer(r"\S+", text[b:end]))
        kept = []
        for token in tokens:
            if _NOT_OF_A_NAME.search(token.group(0)):
                break
            kept.append(token)
        if not kept:
            continue
        start, stop = b + kept[0].start(), b + kept[-1].end()
        while stop > start and text[stop - 1] in ".,;:*":
            stop -= 1
        value = text[start:stop]
        if re.search(r"[^\W\d_]{2}", value) and not only_device_words(value):
            out.append((start, stop))
    return out


# -- a department and its place: 'Akutmott. Ljungsbro', 'Notaufnahme Bogenhausen' ------------------

# The emergency, intensive care and ward departments as point-of-care devices name their site
# (Institutional Department Name (0008,1040) and Station Name (0008,1010), which PS3.15 Table
# E.1-1 removes): the words for emergency department, intensive care, ward and department in
# English, Swedish, Norwegian, Danish, Finnish, German, Dutch, French, Spanish, Portuguese,
# Italian, Polish and Turkish (Wiktionary's translation tables of *emergency room*, *intensive
# care unit*, *ward* and *department*), and their abbreviations: a word written short with a
# point is one of them when it begins one of them ('Akutmott.' of Akutmottagning, 'Notaufn.',
# 'Avd.', 'Abt.', 'Urg.'). Capital-letter acronyms only where they name nothing else on a
# device (ZNA, SEH, SAU, SOR, UCI, UTI). The English short words (ED, ER, ICU, Ward, Station,
# Service) are left out: before an English word they are as often a console's ('ER Status', 'ED
# Triage', 'Station Name'); a ward or unit with its number is `locations`'.
_DEPARTMENTS = (
    "emergency department", "emergency dept", "emergency room",
    "akutmottagning", "akutmottagningen", "akuten", "avdelning", "avdelningen",
    "akuttmottak", "akuttmottaket", "legevakt", "legevakten", "avdeling", "avdelingen", "akutmodtagelse",
    "akutmodtagelsen", "skadestue", "skadestuen", "afdeling", "afdelingen", "p\u00e4ivystys", "paivystys",
    "ensiapu", "osasto", "notaufnahme", "rettungsstelle", "notfallstation", "notfall", "intensivstation",
    "abteilung", "spoedeisende hulp", "spoedpost", "urgences", "r\u00e9animation", "reanimation",
    "urgencias", "urgencia", "urg\u00eancia", "urgencia", "pronto socorro", "pronto atendimento",
    "pronto soccorso", "rianimazione", "reparto", "izba przyj\u0119\u0107", "oddzia\u0142", "oddzial",
    "acil", "acil servis", "servis", "yo\u011fun bak\u0131m", "servicio", "servi\u00e7o", "servizio",
)
_DEPARTMENT_ACRONYMS = r"ZNA|SEH|SAU|SOR|UCI|UTI"
_DEPARTMENT = re.compile(
    rf"(?<![{LETTER}0-9&])(?P<dept>(?i:{'|'.join(sorted(_DEPARTMENTS, key=len, reverse=True))})(?![{LETTER}])"
    rf"\.?|(?:{_DEPARTMENT_ACRONYMS})(?![{LETTER}&])|(?P<short>[{UPPER}][{LOWER}]{{2,}})\."
    # a specialty's name in a language that puts the place after it ('Radiodiagnostika Nitra',
    # 'Radiologi Sundsvall'; the English ending '-logy' puts its place first)
    rf"|(?P<spec>[{UPPER}][{LOWER}]{{4,}}(?:ie|ia|\u00eda|i|ika|ija|ji)))"
    rf"[ \t]+(?P<place>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?"
    rf"(?:[ \t](?:{_EU_JOIN}[ \t])?[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)?)"
    r"(?=[ \t]*$|[ \t]{2}|\t|[ \t]+\d)", re.MULTILINE)


def _department_word(word: str) -> bool:
    """`word` (without its point) begins one of `_DEPARTMENTS`: its abbreviation ('Akutmott')."""
    low = word.lower().rstrip(".")
    return len(low) >= 3 and any(d.startswith(low) and d != low for d in _DEPARTMENTS if " " not in d)


def department_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of each department word followed by a place that ends its field ('Akutmott.
    Ljungsbro', 'Notaufnahme Bogenhausen', 'SEH Zwolle', 'Urgences Lariboisière'): the site a
    point-of-care device prints without a label. The place is one or two title-case words that
    are no device, overlay, label or report vocabulary, vendor or head word (`_names_a_place`:
    not 'ICU Bed', 'Station Name', 'Urgences Abdomen')."""
    out = []
    for m in _DEPARTMENT.finditer(text):
        if m.group("short") and not _department_word(m.group("short")):
            continue
        if m.group("spec") and not _specialty_name(m.group("spec")):
            continue
        place = m.group("place")
        words = [w for w in place.split() if not re.fullmatch(_EU_JOIN, w, re.IGNORECASE)]
        if all(_names_a_place(w) and not _department_word(w) and w.lower() not in _DEPARTMENTS
               and not _qualifies_a_service(w) for w in words) and not label_spans(place):
            out.append((m.start(), m.end()))
    return out


# What qualifies a department or a service instead of naming its site ('Akutmott. Barn', 'Röntgen
# Akut', 'Röntgen Mobil', 'CH de Garde'): who it serves (children, adults), when (night, day, weekend,
# on call), how urgent (acute, elective) and where it goes (mobile, portable, bedside), in English,
# Swedish, Norwegian, Danish, German, Dutch, French, Spanish, Portuguese, Italian, Polish, Czech,
# Slovak, Finnish, Turkish and Hungarian (Wiktionary's translation tables of *child*, *adult*, *night*,
# *day*, *on call*, *acute*, *mobile*), compared without accents (`_bare`); and a specialty's name
# (`_specialty_name`: 'Trauma', 'Ortopedi').
_SERVICE_QUALIFIERS = frozenset(_w for _w in """
child children childrens paediatric pediatric adult adults night nights day evening weekend acute mobile
portable bedside elective oncall on-call duty outpatient inpatient
barn vuxen vuxna natt dag kvall helg akut akuten mobil jour elektiv oppenvard slutenvard
voksen voksne nat kveld aften akutt vakt vagt
kinder kind erwachsene erwachsenen nacht abend wochenende notdienst bereitschaft ambulant stationar
kinderen volwassenen avond acuut mobiel
enfant enfants adulte adultes nuit jour soir garde urgence urgences permanence astreinte
ninos nino infantil adultos adulto noche dia guardia urgente agudo movil
criancas crianca noite plantao movel
bambini pediatrico adulti notte giorno sera acuto
dzieci dzieciecy dorosli noc dzien dyzur ostry mobilny
deti detska detsky dospeli sluzba pohotovost akutni akutna mobilni
lapset aikuiset yo paiva ilta paivystys akuutti
cocuk yetiskin gece gunduz nobet
gyermek felnott ejszaka nappal ugyelet surgossegi
""".split())
# The endings of a specialty's name ('Radiologie', 'Ortopedi', 'Chirurgie', 'Psykiatri',
# 'Radiodiagnostika', 'Nuklearmedizin'), after one of `_SPECIALTY_STEMS`: the stem alone is no
# specialty ('Cardiff', 'Huddinge' begin with 'cardi', 'hud').
_SPECIALTY_ENDING = re.compile(r"log|loj|ped|urg|iatr|medi[cz]in|graf|graph|scop|skop|terap|therap|diagnost|trauma")


def _specialty_name(word: str) -> bool:
    """`word` names a medical specialty ('Radiologie', 'Ortopedi', 'Trauma', 'Radiodiagnostika')."""
    bare = _bare(word)
    return _specialty_word(word) and _SPECIALTY_ENDING.search(bare) is not None


def _qualifies_a_service(word: str) -> bool:
    """`word` qualifies a department or a service (`_SERVICE_QUALIFIERS`, a specialty's name): no
    site ('Barn', 'Natt', 'Akut', 'Mobil', 'Garde', 'Trauma', 'Ortopedi')."""
    return _bare(word) in _SERVICE_QUALIFIERS or _specialty_name(word)


def _names_a_place(text: str) -> bool:
    """A word of `text` (what follows a practice's head) is a place's or a founder's: capitalised,
    three letters or more and not an abbreviation in capitals ('USG', 'MRT'), no device, overlay,
    label or report vocabulary, no vendor's name, no practice head ('Röntgen'), no digit
    ('Ostallgäu', 'Bellevue'; not 'Abdomen', 'Befund', 'Mode')."""
    for word in text.split():
        bare = word.strip(".,:;*'\u2019")
        if len(bare) < 3 or not bare[0].isupper() or any(c.isdigit() for c in bare) or (
                bare.isupper() and len(bare) <= 4):
            continue
        low = bare.lower()
        if not (is_device_word(bare) or low in NON_PHI_WORDS or low in VENDOR_NAMES or LABEL_PREFIX.fullmatch(bare)
                or low in _REPORT_WORDS or has_institution_head(bare)
                or re.fullmatch(_PRACTICE_LEADING, bare) or _qualifies_a_service(bare)):
            return True
    return False


def _acronym_after_two_word_head(head: str, rest: str) -> bool:
    """A name in capitals after a head of two words or more ('Centro Médico ABC', 'Casa di Cura
    CDC'): such heads are no console's words, so letters that are also device vocabulary (ABC:
    automatic brightness control) name the place there; after a one-word head ('Hospital ABC',
    'Klinik MPR') they stay vocabulary."""
    return " " in head.strip() and re.fullmatch(r"[ ]+[A-Z]{2,5}", rest) is not None


def _only_vocabulary(text: str) -> bool:
    """Every word of `text` (joining words aside) is device, overlay, label or report vocabulary:
    what follows a leading head names no place ('Protokoll', 'Mode'; not 'rechts der Isar', 'USP')."""
    words = [w.strip(".,:;*'\u2019") for w in text.split()]
    words = [w for w in words if w and not re.fullmatch(_EU_JOIN, w, re.IGNORECASE)]
    return bool(words) and all(is_device_word(w) or w.lower() in NON_PHI_WORDS or w.lower() in _REPORT_WORDS
                               or LABEL_PREFIX.fullmatch(w) for w in words)


# What a practice's page says after its specialty that is no place: the words for report, finding,
# examination, study, series, image and department in German, French, Italian, Spanish, Portuguese,
# Dutch, Polish and Swedish (Wiktionary's translation tables of *report*, *finding*, *examination*).
_REPORT_WORDS = frozenset("""
befund bericht untersuchung aufnahme aufnahmen serie bild bilder abteilung ambulanz station
rapport compte-rendu examen résultat resultat série service
referto esame risultato immagine reparto
informe estudio resultado imagen servicio
laudo exame relatório relatorio imagem
verslag onderzoek uitslag afdeling
badanie opis wynik obraz oddział oddzial
utlåtande utlatande undersökning undersokning avdelning
""".split())


def is_vendor(text: str) -> bool:
    """`text` is a vendor's name with an institution-like head ('Canon Medical', 'GE Healthcare')."""
    if is_vendor_phrase(text):
        return True
    head = re.search(rf"[ ]{_HEAD}(?![A-Za-z])", text)
    if head is None or head.start() == 0:
        return False
    before = [w for w in re.split(r"[\s*]+", text[: head.start()]) if w.strip(".&")]
    # a specialty before a specialty's centre or lab is device text too ('Nuclear Cardiology Lab'),
    # and so is a specialty before a generic head that ends the text ('Women's Health', 'Cardiac
    # Imaging': a preset family; 'Women's Imaging of Tulsa' names its place after the head)
    centre = re.match(rf"[ ](?i:{_SPECIALTY_HEAD})(?![A-Za-z])", text[head.start():]) is not None or \
        re.fullmatch(rf"[ ](?i:{_GENERIC_HEAD})[ .*]*", text[head.start():]) is not None
    # an examination's adjective is device text alone, but no vendor's name: before a head it names
    # a department or an institute ('Radiologische Klinik Heidelberg', 'Radiologická klinika')
    if not before or not all((is_device_word(w) and not is_exam_adjective(w))
                             or (centre and re.fullmatch(_SPECIALTY, w, re.IGNORECASE)) for w in before):
        return False
    care = re.match(rf"[ ](?i:{_CARE_HEAD})(?![A-Za-z])", text[head.start():])
    if care is None:
        return True
    # A place where patients are treated is no vendor's business, whoever's name it bears ('Samsung
    # Medical Center', Seoul; 'Hitachi General Hospital', 'Toshiba Hospital'): before an institute or
    # a university only a vendor's name makes a vendor ('Siemens Institute')
    if re.match(rf"[ ](?i:{_PATIENT_CARE_HEAD})(?![A-Za-z])", text[head.start():]):
        return False
    return any(w.strip(".,*").lower() in VENDOR_NAMES for w in before)


# Heads that name a service, not a place of care ('Women's Health', 'Breast Imaging').
_GENERIC_HEAD = r"health(?:care)?|imaging|radiology"
# Heads that name a place of care, never a vendor's business ('Heart Hospital', 'Eye and Ear
# Infirmary'): before them only a vendor's name makes a vendor.
_CARE_HEAD = (r"hospitals?|hosp\.?|infirmary|institute|inst\.?|univ\.?|clinics?|children'?s|memorial|university|"
              r"polyclinic|sanatorium|medical[ ]cent(?:er|re)|med\.?[ ]?(?:ctr|center|centre|cntr)\.?")


# The care heads that name where patients are treated (`is_vendor`).
_PATIENT_CARE_HEAD = (r"hospitals?|hosp\.?|infirmary|clinics?|polyclinic|sanatorium|medical[ ]cent(?:er|re)|"
                      r"med\.?[ ]?(?:ctr|center|centre|cntr)\.?")


def has_institution_head(text: str) -> bool:
    """`text` holds an institution head word ('Hospital', 'MEDICAL', 'Clinic')."""
    return re.search(rf"(?<![A-Za-z]){_HEAD}(?![A-Za-z])", text) is not None


def _possessive_in_prose(text: str, start: int, end: int) -> bool:
    """A possessive match ('Crohn's') standing in a sentence: a lower-case word of three
    letters or more just before or after it on its line ('history of Crohn's', 'Baker's
    cyst'). A banner's institution stands alone, or beside other fields."""
    span = text[start:end]
    if not re.search(_POSSESSIVE, span) or has_institution_head(span):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = re.findall(r"\S+", text[line_start:start])[-1:]
    after = re.findall(r"\S+", text[end:line_end])[:1]
    return any(re.fullmatch(r"[a-z]{3,}[.,;:]?", w) for w in before + after)


# -- an institution line of the patient banner, without a head word -------------------------

BANNER = "overlay-banner-institution"
BANNER_SCORE = 0.45
# How many lines above an institution line the banner's patient fields may stand.
BANNER_LINES = 5
# A title-case word of a name ('Sutter', 'Cedars-Sinai', "Addenbrooke's", 'Allende'); a
# word in capitals is left to the name rules ('SUMMER FIELDS' is a patient's name).
_TITLE_WORD = rf"[{UPPER}][{LOWER}]+(?:[-'\u2019][{LETTER}]+)*"
_BANNER_LINE = re.compile(
    rf"^[ \t]*({_TITLE_WORD}(?:[ ](?:{_JOIN}[ ])?{_TITLE_WORD}){{0,3}})"
    r"(?:[ ][a-z]{1,2}){0,4}[ \t]*$",  # what a second OCR view left of the same word ('Cedars-Sinai ai')
    re.MULTILINE)
# A patient field of the banner: a labelled ID, a date, an age, a date-of-birth label.
_PATIENT_FIELD = re.compile(
    r"(?i)(?:\b(?:MRN|PID|ID|Acc(?:ession)?|Pat(?:ient)?\.?\s?ID)\b[\s:#.]*[A-Z]{0,3}\d"
    r"|(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)"
    r"|\b\d{1,2}[\s./-]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s./-]*\d{2,4}\b"
    r"|\b(?:19|20)\d{2}[\s./-]*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\b(?:DOB|D\.O\.B\.?|Birth|Born)\b|\b\d{1,3}\s?Y\b)")


class BannerInstitutionRecognizer(EntityRecognizer):
    """ORGANIZATION: a line of one to four title-case words and nothing else ('Sutter
    Roseville', 'Banner Desert', 'Cedars-Sinai', 'Brigham and Women's') standing below
    the patient fields of a banner (an ID, a date, an age or a birth label on one of the
    `BANNER_LINES` lines above it).

    Why: devices print the institution in the patient banner, under the name, ID and
    dates (IHE Basic Image Review lists the patient banner; the vendors' banners of the
    project's real and review images put Institution Name (0008,0080) there), and most
    institutions carry no head word ('Cedars-Sinai', 'Sutter Roseville'). The patient's
    name stands first, above the fields, or in capitals; a line below the fields in title
    case is the institution. Device text is ruled out by vocabulary: a line with any
    device, overlay or vendor word ('Abdomen Helical', 'Lung Screening Vol', 'Allura Xper')
    or a digit is none. Text order only (`text_layout.layout`: lines top to bottom)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ORGANIZATION"], name=BANNER, supported_language="en")

    def load(self) -> None:  # nothing to load: rules only
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        if entities and "ORGANIZATION" not in entities:
            return []
        # The analyzer reads a title-cased copy too; it drops this rule's results there
        # (`analyzer._ORIGINAL_CASE_ONLY`), where 'SATO HARUKI' would pass for title case.
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        results = []
        for i, line in enumerate(lines):
            m = _BANNER_LINE.match(line)
            if m is None or not banner_institution_words(m.group(1)) or department_spans(m.group(1)):
                continue  # a department under its institution ('Unfallchirurgie', 'Xinnei Ke') is no site
            if _table_cell(lines, i):
                continue  # a table's last column heading ('Series Type  Scan Range  CTDIvol  DLP  Remarks')
            if any(_PATIENT_FIELD.search(above) for above in lines[max(0, i - BANNER_LINES):i]):
                results.append(RecognizerResult("ORGANIZATION", starts[i] + m.start(1), starts[i] + m.end(1),
                                                BANNER_SCORE))
        return results


def _table_cell(lines: list[str], i: int) -> bool:
    """Line `i` is a cell of a table's heading row: the layout splits a row at its wide column gaps,
    so the cells before it stand on the two lines above, headings of device words only (two words
    or more each, no digit: 'Series Type  Scan Range', 'CTDIvol  DLP'), and the table's first row of
    device text or values follows ('Scout', 'Helical 14.21'). A banner's institution stands under
    patient fields."""
    def heading(line: str) -> bool:
        words = line.split()
        return len(words) >= 2 and all(is_device_word(w) and not any(c.isdigit() for c in w) for w in words)
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return i >= 2 and heading(lines[i - 1]) and heading(lines[i - 2]) and device_line(below)


def device_line(line: str) -> bool:
    """A line of device or acquisition text: a device word ('Head Neck Spine', 'Sag T2 Cube')
    or a setting's value ('TR:2500 TE:90'), and no patient field."""
    words = line.split()
    return bool(words) and not _PATIENT_FIELD.search(line) and any(
        is_device_word(w) or any(c.isdigit() for c in w) for w in words)


def banner_institution_words(text: str) -> bool:
    """No word of `text` is device, overlay or label vocabulary (a banner label of any language,
    `banner_labels.label_spans`: 'Read by', 'Kanja Mei'), nor a vendor's name."""
    words = [w for w in text.split() if w.lower() not in _JOIN_WORDS]
    return bool(words) and not label_spans(text) and not any(
        is_device_word(w) or w.lower().strip(".,") in NON_PHI_WORDS or w.lower() in VENDOR_NAMES
        or re.sub(r"['\u2019]s$", "", w).lower() in NON_PHI_WORDS for w in words)


_JOIN_WORDS = frozenset(_JOIN.strip("(?:)").split("|"))


# -- the small words between the words of one name --------------------------------------------

# The joining words inside an institution's, a place's or a person's name, in the languages the
# banners speak: 'and' (en and, de und, fr et, it/pt e, es y, ca/pl/hr i, sk/cs a, sv och, da/no og,
# nl en, hu és, tr ve, el και, ru и), the prepositions and articles of names ('of', 'the', 'for', de
# 'für', 'am', 'an', 'im', 'zu'; Romance 'de', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'da',
# 'do', 'dos'; Dutch and German 'van', 'von', 'der', 'den'; Polish 'w', Czech 'na') (Wiktionary,
# the translation tables of *and*, *of*, *for*). Read between two words that are painted as one
# name, such a word is part of it: 'Ağız ve Diş Sağlığı Merkezi Kadıköy' left 've' standing alone.
CONNECTIVES = frozenset("""
and und et e y i a och og en és es ve και и & of the for für fur fuer am an im zu zum zur
de del della delle degli dei di du des la le les da do dos das van von der den ter ten w we na
ya wa cha za kwa ng nang sa dan
""".split())
# Swahili 'ya', 'wa', 'cha', 'za' (of) and 'kwa' (for), Tagalog 'ng'/'nang' (of) and 'sa' (at), Malay
# and Indonesian 'dan' (and): 'Hospitali ya Rufaa ya Kanda Mbeya', 'Ospital ng Maynila', 'Rumah Sakit
# Umum dan Pendidikan' (Wiktionary's translation tables of *of* and *and*).


def is_connective(word: str) -> bool:
    """`word` (its points and commas aside) is one of `CONNECTIVES`, in any case."""
    return word.strip(".,").lower() in CONNECTIVES


# -- institutions by their national abbreviation ---------------------------------------------
# Public hospitals of many countries go by an abbreviation of their kind before the place or the
# founder's name, with no head word on the image ('FN Motol', 'UCK Gdańsk', 'AZ Sint-Jan', 'HUS
# Meilahti'). The abbreviations, as each country's public hospital naming writes them:
# Czech and Slovak FN (Fakultní nemocnice / Fakultná nemocnica: the Czech Ministry of Health's list
# of faculty hospitals, 'FN Motol', 'FN Brno'), VFN (Všeobecná fakultní nemocnice), ÚVN (Ústřední
# vojenská nemocnice), KN (Krajská nemocnice, 'KN Liberec'), FNsP and NsP (Fakultná nemocnica s
# poliklinikou, Nemocnica s poliklinikou); Polish SPZOZ / SP ZOZ / ZOZ (Samodzielny Publiczny Zakład
# Opieki Zdrowotnej), WSS and WSZ (Wojewódzki Szpital Specjalistyczny / Zespolony), USK
# (Uniwersytecki Szpital Kliniczny), UCK (Uniwersyteckie Centrum Kliniczne), SPSK and CSK
# (Samodzielny Publiczny / Centralny Szpital Kliniczny) as the NFZ register names them; French CHU,
# CHR, CHRU, CH (Wikipedia, "Centre hospitalier universitaire"), AP-HP (Assistance publique -
# Hôpitaux de Paris) and HCL (Hospices civils de Lyon); German and Austrian UK, UKE, UKSH, UKGM,
# UKM (Universitätsklinikum ...), AKH (Allgemeines Krankenhaus), KH and KKH ((Kreis)krankenhaus),
# LKH (Landeskrankenhaus, 'LKH Graz'), MHH (Medizinische Hochschule Hannover); Italian AOU, AO
# (Azienda Ospedaliera (Universitaria)), ASL, AUSL, USL, ASP, ULSS (Azienda Sanitaria Locale /
# Provinciale, Unità Locale Socio Sanitaria), ASST (Azienda Socio Sanitaria Territoriale) and IRCCS
# (Istituto di Ricovero e Cura a Carattere Scientifico) as the Servizio Sanitario Nazionale names
# them; Spanish HU, HGU, HCU (Hospital (General / Clínico) Universitario); Swiss CHUV, HUG, USZ, KS
# (Kantonsspital); Belgian UZ and AZ (Universitair / Algemeen Ziekenhuis, 'UZ Leuven', 'AZ Sint-Jan');
# Dutch UMC, UMCG, LUMC, OLVG, MC (Universitair Medisch Centrum, NFU's members); Swedish SUS, SU,
# KS, USÖ (Skånes / Sahlgrenska / Karolinska universitetssjukhus); Norwegian OUS (Oslo
# universitetssykehus); Finnish HUS, TYKS, TAYS, KYS, OYS (the university hospitals of the
# wellbeing services counties); Turkish EAH and DH (Eğitim ve Araştırma / Devlet Hastanesi, after
# the place: 'Haseki EAH'); British NHS and UCLH ('NHS Lothian'); US VA and VAMC (Veterans Affairs
# Medical Center, 'VA Palo Alto', 'Palo Alto VAMC'). The same letters mean other things on a
# device ('HU' Hounsfield units, 'AO' aorta, 'CH' channel, 'ASL' arterial spin labelling, 'UK',
# 'SU', 'VA'), so the word after the abbreviation must name a place: no device, overlay, label or
# report vocabulary (`_place_word`); after those letters only a word in title case ('HU La Paz',
# not 'HU ROI'). German ZNA (Zentrale Notaufnahme) is a department, not Belgium's ZNA: left to the
# department rules.
_ABBREVIATIONS = (
    "FN", "VFN", "ÚVN", "UVN", "KN", "FNsP", "NsP", "SPZOZ", "SP[ ]ZOZ", "ZOZ", "WSS", "WSZ", "USK", "UCK", "SPSK",
    "CSK", "CHRU", "CHU", "CHR", "CH", "AP-HP", "HCL", "UKE", "UKSH", "UKGM", "UKM", "UK", "AKH", "KKH", "KH", "LKH",
    "MHH", "AOU", "AO", "ASST", "ASL", "AUSL", "USL", "ASP", "ULSS", "IRCCS", "HU", "HGU", "HCU", "CHUV", "HUG", "USZ",
    "KS", "UZ", "AZ", "UMCG", "UMC", "LUMC", "OLVG", "MC", "SUS", "SU", "USÖ", "OUS", "HUS", "TYKS", "TAYS", "KYS",
    "OYS", "NHS", "UCLH", "VAMC", "VA",
)
# The letters that are device words or surnames too ('CHU WEI LING'): only before a word in title case.
_AMBIGUOUS_ABBREVIATIONS = frozenset({"CHU", "CHR", "CHRU", "FN", "KN", "ZOZ", "CH", "UK", "KH", "AO", "ASL", "ASP",
                                      "USL", "HU", "HUG",
                                      "KS", "UZ", "AZ", "UMC", "MC", "SU", "SUS", "HUS", "VA", "HCL"})
# Abbreviations that follow their place ('Haseki EAH', 'Amsterdam UMC', 'Maastricht UMC+', 'Palo
# Alto VAMC', 'Erasmus MC' where the field ends), and the British trust after its name.
# The local health authorities numbered by district ('ASL Roma 1', 'ULSS 6 Euganea', 'ASL Napoli 2
# Nord': the Servizio Sanitario Nazionale's names): after other letters that are a device's too a bare
# number is a measurement's value ('AZ Delta 5').
_NUMBERED_AUTHORITIES = frozenset({"ASL", "AUSL", "USL", "ASP", "ULSS"})
_TRAILING_ABBREVIATIONS = r"EAH|DH|UMC\+?|VAMC|VAHCS|NHS(?:[ ]Foundation)?[ ]Trust"
_ABBREVIATION = "|".join(sorted(_ABBREVIATIONS, key=len, reverse=True))
_LEADING_ABBREVIATION = re.compile(
    rf"(?<![\w'&.-])(?P<abbr>{_ABBREVIATION})(?![\w&-])"
    # the site's number before its place ('SPSK Nr 1 Lublin', 'SPSK nr 4 w Lublinie')
    rf"(?P<number>[ ](?:(?i:no|nr|n[\u00b0\u00ba])\.?[ ]?|#[ ]?)\d{{1,3}}(?![\d./:,-]))?,?[ ]"
    rf"(?:(?i:de[ ]la|de|du|des|di|del|della|w|we|d['\u2019]))?[ ]?(?P<place>{_EU_WORDS}){_NUMBER}")
_TRAILING_ABBREVIATION = re.compile(
    rf"(?<![\w'&.-])(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}})[ ](?P<abbr>{_TRAILING_ABBREVIATIONS})(?![\w&-])")


def place_word(word: str) -> bool:
    """`word` can name a place (`_place_word`, capitals allowed: 'DURBAN')."""
    return _place_word(word, False)


def _place_word(word: str, title_case: bool) -> bool:
    """`word` can name a place or a founder: letters, capitalised, two letters or more, not
    device, overlay, label, report or institution-head vocabulary, nor a vendor's name; in title
    case where `title_case` ('La Paz', not 'ROI')."""
    bare = word.strip(".,:;*'\u2019")
    if len(bare) < 2 or not bare[0].isupper() or not re.fullmatch(rf"[{LETTER}'\u2019-]+", bare):
        return False
    if title_case and bare.isupper():
        return False
    low = bare.lower()
    return not (is_device_word(bare) or low in NON_PHI_WORDS or low in VENDOR_NAMES or LABEL_PREFIX.fullmatch(bare)
                or low in _REPORT_WORDS or low in _MEASUREMENT_WORDS or is_department_word(bare)
                or _qualifies_a_service(bare) or _bare(bare) in _EXAM_ORGANS)


# What follows 'HU' or 'AO' on a device: a measurement's modifier or a setting's name, no place
# (DICOM PS3.16 CID 7464 General Region of Interest Measurement Modifiers: mean, median, mode,
# minimum, maximum, standard deviation, and the words of a measurement's field).
_MEASUREMENT_WORDS = frozenset("""
mean median mode min minimum max maximum avg average std sd dev deviation total sum area volume ratio index
range peak value values level rate scale version unit units number count diameter diam length width height
angle time velocity gradient root arch asc desc sinus test result results
sound audio voice video signal input output trigger marker event aux phono pleth resp pulse
""".split())
# What follows 'UZ' / 'USG' (ultrazvuk, ultrasonografia) on a Czech, Slovak or Polish ultrasound unit:
# the organ examined ('UZ Štítnice', 'UZ Ledviny', 'USG Tarczycy'), compared without accents (`_bare`)
# (Wiktionary's translation tables of *thyroid*, *kidney*, *liver*, *spleen*, *heart*, *breast*,
# *testicle*, *artery*, *vein*, *joint*, *hip*, *uterus*, *ovary*, *prostate*, *bladder*, *lymph
# node*, *foetus*, cs, sk, pl).
_EXAM_ORGANS = frozenset("""
stitnice stitna stitnej stitnica ledviny ledvin oblicky jatra jater pecen slezina slezinu srdce
prsa prsu prsy prsia prsnikov varlata varle semenniky karotidy karotid cevy cievy tepny zily klouby kloub
kycle kycel trislo trisla krku bricha brucho brucha panev panve deloha delohy maternica vajecniky
prostata mechyr mechur uzliny zlazy plod plodu tehotenstvi
tarczyca tarczycy nerki nerek watroba watroby sledziona serce piersi jadra tetnice zyly stawy biodra
jama brzuszna brzucha macica jajniki pecherz wezly plodu ciaza
""".split())
# A field's edges, where a letter abbreviation that is also a device's stands alone with its place:
# the line's start or end, a comma, two spaces or a tab.
_FIELD_START = re.compile(r"(?:^|[,;][ ]*|[ ]{2,}|\t)$")
_FIELD_END = re.compile(r"(?:[ ]\d{1,2})?[ ]*(?:$|[,;]|[ ]{2}|\t)")
# An article that opens a place's name ('HU La Paz', 'CH Le Vinatier', 'AZ Den Bosch').
_ARTICLE = re.compile(r"(?:La|Le|Les|L['\u2019]|El|Il|Lo|Los|Las|De|Den|Het|Sant['\u2019]?|San|Santa|Sankt|St\.?)")


# The letters that are a device's abbreviation too, and the rest of their field ('CH Sound', 'AZ Delta 5').
_DEVICE_LETTERS = re.compile(
    r"(?:^|(?<=[,;][ ])|(?<=[ ]{2})|(?<=\t))"
    rf"(?P<abbr>{'|'.join(sorted(_AMBIGUOUS_ABBREVIATIONS, key=len, reverse=True))})"
    r"(?P<rest>(?:[ ](?!\s)[^\s]+)+?)(?=[ \t]*$|[ \t]{2}|\t)", re.MULTILINE)


def abbreviated_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each institution named by a national abbreviation and its place ('FN
    Motol', 'UCK Gdańsk', 'CHU de Nantes', 'AZ Sint-Jan', 'Haseki EAH'): the abbreviation and the
    place's words up to the first that is no place word (`_place_word`); a joining word ('de',
    'di') may stand between them. A department's name before it ('Kožní klinika FN Bulovka',
    `department_spans`) is a field's edge as a comma is."""
    out = []
    departments = department_spans(text) if _LEADING_ABBREVIATION.search(text) else []
    for m in _LEADING_ABBREVIATION.finditer(text):
        title = m.group("abbr") in _AMBIGUOUS_ABBREVIATIONS
        words = list(re.finditer(r"\S+", m.group("place")))
        kept = []
        for w in words:
            if (re.fullmatch(_EU_JOIN, w.group(0), re.IGNORECASE) and kept) or _ARTICLE.fullmatch(w.group(0)):
                kept.append(w)
                continue
            if not _place_word(w.group(0), title):
                break
            kept.append(w)
        while kept and (re.fullmatch(_EU_JOIN, kept[-1].group(0), re.IGNORECASE)
                        or _ARTICLE.fullmatch(kept[-1].group(0))):
            kept.pop()
        if not kept:
            continue
        end = m.start("place") + kept[-1].end()
        if kept[-1] is words[-1]:
            end = m.end()  # the name's number ('ASL Roma Nr 1')
        line_start = text.rfind("\n", 0, m.start()) + 1
        field_end = _FIELD_END.match(text, end)
        field_start = _FIELD_START.search(text[line_start:m.start()]) or any(
            b <= m.start() and not text[b:m.start()].strip(" ,;") for _, b in departments)
        if title and not (field_start and field_end):
            continue  # 'HU Mean 45', 'UK Version 2.1': a device's field, not an abbreviation and its place alone
        if field_end and field_end.group(0).strip(" ,;\t").isdigit():
            if title and m.group("abbr") not in _NUMBERED_AUTHORITIES:
                continue  # 'AZ Delta 5', 'CH Sound 2': a device's quantity and its value
            end += len(field_end.group(0).rstrip(" ,;\t"))  # the name's number ('ASL Roma 1')
        out.append((m.start(), end))
    for m in _TRAILING_ABBREVIATION.finditer(text):
        words = m.group("place").split()
        while words and not _place_word(words[0], True):
            words.pop(0)
        if words and all(_place_word(w, False) or re.fullmatch(_EU_JOIN, w, re.IGNORECASE) for w in words):
            out.append((m.end("place") - len(" ".join(words)), m.end()))
    return out


# -- departments: a department name alone is no one's site -----------------------------------
# A hospital's department names its specialty ('Zakład Patomorfologii', 'Kožní klinika', 'Service
# de Radiologie', 'Radiology Department'): the same words in every hospital, no identifier of HIPAA
# Safe Harbor, while the site beside it is ('Zakład Patomorfologii UCK Gdańsk': UCK Gdańsk). The
# words for department, division, section, service, unit of a clinic, in English, German, French,
# Spanish, Portuguese, Italian, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Czech, Slovak,
# Hungarian, Romanian, Croatian, Slovene and Turkish (Wiktionary's translation tables of
# *department* and *clinic* (a university hospital's department: Czech and Polish 'klinika',
# German 'Klinik für ...')), compared without accents. They head a department only beside a
# specialty (`_SPECIALTY_STEMS`), so 'Klinik Nord' and 'Klinika Medicover' stay institutions.
_DEPARTMENT_WORDS = frozenset("""
department departments dept division div section service services unit
abteilung abt fachbereich bereich klinik kliniken
departement pole
servicio departamento seccion clinica
servico setor sector
reparto dipartimento servizio divisione sezione
afdeling afd dienst vakgroep
avdelning avdelningen avdeling avdelingen afsnit sektion seksjon klinikk kliniken
osasto klinikka
zaklad oddzial klinika katedra pracownia dzial
oddeleni oddelenie ustav pracoviste
osztaly
sectia sectie
odjel zavod oddelek
bolumu bolum servisi anabilim
osakond nodala skyrius deild tmima dipartiment departamenti reparti
otdelenie otdel viddilennia viddil addzialenne odeljenje odsjek oddel
jabatan bahagian kagawaran idara sobəsi bo'limi bo‘limi bolimi
""".split())
# (the second block: Estonian, Latvian, Lithuanian, Icelandic, Greek and Maltese; Albanian; Russian,
# Ukrainian, Belarusian, Serbian, Bosnian and Macedonian in Latin letters; Malay/Indonesian 'Jabatan',
# 'Bahagian', Tagalog 'Kagawaran', Swahili 'Idara', Azerbaijani 'şöbəsi', Uzbek 'bo'limi', Kazakh
# 'bölimi': Wiktionary's translation table of *department*; not Vietnamese 'khoa', which is also
# 'general' of 'Phòng khám Đa khoa')
# The specialties that name a department, by their Greek and Latin stems (the same in most
# European languages: radiolog-, radyoloj-, cardiolog-, kardiolog-, chirurg-, cirug-...) and by the
# native words of the languages above that use their own (Czech 'kožní' skin, 'oční' eye, 'dětská'
# children's, 'plicní' lung; Polish 'chorób wewnętrznych' internal diseases, 'obrazowej' imaging,
# 'płuc' lung; German 'Innere', 'Unfall-', 'Frauenheilkunde', 'Notfall'; Scandinavian 'röntgen',
# 'kirurgi', 'bild-'), as the departments name themselves (Wiktionary's translation tables of
# *radiology*, *pathology*, *surgery*, *internal medicine*, *dermatology*).
_SPECIALTY_STEMS = re.compile(r"""(?x)^(?:
    radio|radyo|r[oe]+ntgen|rtg|kardi|cardi|patol|patom|pathol|histo|cyto|cito|chirur|cirug|cirur|surg|kirur|
    dermat|kozn|neuro|noro|onko|onco|urol|urolo|pedia|paedia|pedija|gyn|ginec|obstet|poloz|porod|ortop|orthop|
    trauma|urazow|unfall|intern|innere|wewn|intensiv|intenziv|anest|anaest|nukle|nucle|medicin|mediz|medyc|medec|
    medical|gastro|hepat|nefro|nephro|pneumo|pulmo|plic|pluc|endokr|endocr|hemato|haemato|emato|reuma|rheuma|
    oftalm|ophthalm|ocni|augen|otorin|otolar|laryng|psych|geriat|neonat|emerg|urgen|notfall|diagnos|imag|
    obraz|zobraz|bildgeb|bilddiag|mikrob|microb|labor|angio|vasc|naczyn|mammo|senol|stomat|dental|odont|zahn|
    rehab|fizjo|physio|infek|infec|immun|alerg|allerg|transpl|strahl|sono|ultras|echo|thorac|thorax|torak|hrudn|
    plast|kinder|detsk|dziec|frauenheil|chorob|disease|krankheit|nemoc|allgemein|ogoln|general|interven|
    klinicz|clinical|molecul|nuclear|bild|hud|hals|nasen|ohren|klinisk|sjukdom|
    fysio|fisio|kliini|sisatau|lastentau|naistentau|keuhko|syopa|isotoop|kuvanta|sydan|verisuoni)""")
# A specialty's name glued into a compound, as German, Dutch and the Nordic languages write them
# ('Unfallchirurgie', 'Gefäßchirurgie', 'Kinderradiologie', 'Nuklearmedizin', 'Frauenheilkunde',
# 'Hjertemedisin', 'Thoraxchirurgie'), and a department word glued to its specialty ('Röntgenabteilung',
# 'Isotooppiosasto', 'Röntgenafdeling'): the endings of Wiktionary's translation tables of *surgery*,
# *medicine*, *radiology*, *gynaecology* (de Frauenheilkunde) and *department*.
_COMPOUND_SPECIALTY = re.compile(
    r"[^\W\d_]{3,}(?:chirurgie|chirurgia|kirurgi|kirurgia|medizin|medisin|medicin|geneeskunde|radiologie|radiologi|"
    r"heilkunde|logie|logia|iatrie|iatri|p[aä]die|pedie|diagnostik|diagnostiek|therapie|terapi)", re.IGNORECASE)
_COMPOUND_DEPARTMENT = re.compile(
    r"[^\W\d_]{3,}(?:abteilung|afdeling|avdelning|avdelningen|avdeling|avdelingen|osasto|oddzia[lł])", re.IGNORECASE)
# A Chinese department written in pinyin ('Xinnei Ke DSA': 心内科, cardiology; 'Fangshe Ke' radiology,
# 'Chaosheng Ke' ultrasound, 'Xinxiong Waike' cardiothoracic surgery): the syllables of the specialties
# of the Ministry of Health's list of clinical departments (医疗机构诊疗科目名录, 1994) before 科 'ke'
# (department), written apart ('Xinnei Ke') or glued ('Xinneike', 'Neike', 'Waike').
_PINYIN_SPECIALTY = (
    r"(?:xin(?:zang|xiong)?|shen(?:jing)?|xiaohua|huxi|neifenmi|miniao|xiong|gandan|weichang|fangshe|yingxiang|"
    r"chaosheng|heyixue|jizhen|fuchan|kouqiang|pifu|zhongliu|mazui|bingli|jieru|kangfu|erbihou|zhongzheng|"
    r"jianyan|ruxian|xueye|ganran|zhongyi|xueguan|erke|guke|yanke|puwai|shaoshang|chanke|fuke|teng?tong|"
    r"nei|wai)")
# Single syllables that are surnames too ('Li', 'Gu', 'Shen', 'Xin') are left out before a separate 'Ke':
# 'Li Ke' and 'Shen Ke' are as often a person's name.
_PINYIN_DEPARTMENT = re.compile(
    rf"(?<![{LETTER}])(?=[A-Z])(?:(?!(?i:xin|shen|nei|wai|xiong)[ ])(?i:{_PINYIN_SPECIALTY}){{1,3}}[ ](?:Ke|KE)"
    rf"|(?:(?i:{_PINYIN_SPECIALTY}){{1,3}}[ ])?(?i:{_PINYIN_SPECIALTY}){{0,3}}(?i:neike|waike))(?![{LETTER}])")


def _department_field_word(word: str) -> bool:
    """`word` is part of a department's name: a specialty's stem or name, a compound specialty or a
    department word ('Kliininen', 'fysiologia', 'Unfallchirurgie', 'Röntgenabteilung', 'Abteilung')."""
    bare = word.strip(".,:;()")
    return bool(bare) and (_specialty_word(bare) or _COMPOUND_SPECIALTY.fullmatch(bare) is not None
                           or _COMPOUND_DEPARTMENT.fullmatch(bare) is not None or is_department_word(bare))


def _field_departments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each field that is a department's name and nothing else ('Unfallchirurgie'
    under 'Klinikum Bad Steinach', 'Kliininen fysiologia', 'Innere Medizin', 'Röntgenabteilung'): one to
    four words, each a specialty's or a department's (`_department_field_word`), one of them a
    specialty's name with its ending or a compound (`_specialty_name`, `_COMPOUND_SPECIALTY`,
    `_COMPOUND_DEPARTMENT`); and each Chinese department in pinyin (`_PINYIN_DEPARTMENT`)."""
    out = []
    for field in re.finditer(r"[^\n\t]+?(?=[ ]{2,}|\t|\n|$|,)", text, re.MULTILINE):
        words = [w for w in re.finditer(r"\S+", field.group(0))
                 if not _DEPARTMENT_JOIN.fullmatch(w.group(0)) and w.group(0).lower() not in ("ja", "och", "og", "en")]
        if not 1 <= len(words) <= 4 or not all(_department_field_word(w.group(0)) for w in words):
            continue
        if not any(_specialty_name(w.group(0)) or _COMPOUND_SPECIALTY.fullmatch(w.group(0).strip(".,:;()"))
                   or _COMPOUND_DEPARTMENT.fullmatch(w.group(0).strip(".,:;()")) for w in words):
            continue
        out.append((field.start() + words[0].start(), field.start() + words[-1].end()))
    out += [(m.start(), m.end()) for m in _PINYIN_DEPARTMENT.finditer(text)]
    return out


def _bare(word: str) -> str:
    """`word` lower-cased, without accents and the punctuation around it ('Zakład,' -> 'zaklad')."""
    decomposed = unicodedata.normalize("NFD", word.lower().strip(".,:;*()'\u2019"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ł", "l").replace("ı", "i")


def is_department_word(word: str) -> bool:
    """`word` is a word for a department ('Zakład', 'Abteilung', 'klinika', 'Bölümü')."""
    return _bare(word) in _DEPARTMENT_WORDS


def _specialty_word(word: str) -> bool:
    bare = _bare(re.sub(r"^[dl]['\u2019]", "", word))
    return len(bare) >= 3 and _SPECIALTY_STEMS.match(bare) is not None


_DEPARTMENT_JOIN = re.compile(r"(?i:of|for|f[uü]r|de|di|del|della|du|des|la|y|e|et|i|a|and|und|&|w|na|z|ve|"
                              r"f[oö]r|voor|van|da|do|dos)")


def department_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each department's name on a line of `text`: a department word
    (`_DEPARTMENT_WORDS`) with the specialty words after it ('Zakład Patomorfologii', 'Service de
    Radiologie', 'Oddělení radiologie a nukleární medicíny') or before it ('Radiology Department',
    'Radiologische Abteilung'); a department word in lower case after one capitalised word takes
    that word (the Czech, Slovak and Finnish adjective or genitive: 'Kožní klinika', 'Radiologian
    osasto'). A department word with no specialty beside it names none ('Klinik Nord'). The span
    ends at a comma after its last word, and never takes the site after it ('UCK Gdańsk')."""
    # One text asks three times (the abbreviation rule, the department cut, the analyzer's cut
    # of model findings): computed once per text.
    return list(_department_spans(text))


@lru_cache(maxsize=512)
def _department_spans(text: str) -> tuple[tuple[int, int], ...]:
    out = []
    for line in re.finditer(r"[^\n]+", text):
        tokens = list(re.finditer(r"\S+", line.group(0)))
        for i, token in enumerate(tokens):
            if not is_department_word(token.group(0)):
                continue
            first = last = i
            if not token.group(0).endswith(","):
                j = i + 1
                while j < len(tokens):
                    word = tokens[j].group(0)
                    if _DEPARTMENT_JOIN.fullmatch(word):
                        j += 1
                        continue
                    if not _specialty_word(word):
                        break
                    last = j
                    if word.endswith(","):
                        break
                    j += 1
            j = i - 1
            while j >= 0 and not tokens[j].group(0).endswith(","):
                word = tokens[j].group(0)
                if _DEPARTMENT_JOIN.fullmatch(word) and j - 1 >= 0 and _specialty_word(tokens[j - 1].group(0)):
                    j -= 1
                    continue
                if not _specialty_word(word):
                    break
                first = j
                j -= 1
            if first == i and token.group(0)[0].islower() and i > 0 and not tokens[i - 1].group(0).endswith(",") \
                    and tokens[i - 1].group(0)[0].isupper() and tokens[i - 1].group(0).isalpha():
                first = i - 1  # 'Kožní klinika': the adjective before a department word in lower case
            if first == last == i:
                continue  # a department word alone names no department ('Klinik Nord')
            start, end = line.start() + tokens[first].start(), line.start() + tokens[last].end()
            out.append((start, end))
    return tuple(out + service_spans(text) + _field_departments(text))


# A department or a practice's head and the words that qualify it, to the field's end ('Akutmott.
# Barn', 'Röntgen Akut', 'Notaufnahme Nacht').
_SERVICE = re.compile(
    rf"(?<![{LETTER}0-9&])(?P<head>(?i:{'|'.join(sorted(_DEPARTMENTS, key=len, reverse=True))})(?![{LETTER}])\.?"
    rf"|(?P<short>[{UPPER}][{LOWER}]{{2,}})\.|{_PRACTICE_LEADING}(?![{LETTER}]))"
    rf"(?P<rest>(?:[ ][{LETTER}][{LETTER}.-]*)+?)(?=[ \t]*$|[ \t]{{2}}|\t|[ \t]+\d)", re.MULTILINE)


def service_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each department or practice head followed by words that only qualify it
    (`_qualifies_a_service`: 'Akutmott. Barn', 'Röntgen Akut', 'Röntgen Mobil'): a service, no site;
    and of letters that are a device's abbreviation too before no place, or before a word and a bare
    number ('CH Sound', 'UZ Štítnice', 'AZ Delta 5': `abbreviated_institutions` takes none of them)."""
    out = []
    for m in _SERVICE.finditer(text):
        if m.group("short") and not _department_word(m.group("short")):
            continue
        words = [w for w in m.group("rest").split() if not re.fullmatch(_EU_JOIN, w, re.IGNORECASE)]
        if words and all(_qualifies_a_service(w) for w in words):
            out.append((m.start(), m.end()))
    for m in _DEVICE_LETTERS.finditer(text):
        words = [w for w in m.group("rest").split() if not re.fullmatch(_EU_JOIN, w, re.IGNORECASE)]
        # a bare number, not the name's ('CHU de Nantes No 2')
        number = m.group("abbr") not in _NUMBERED_AUTHORITIES and len(words) >= 2 and bool(
            re.fullmatch(r"\d{1,3}", words[-1])) and not re.fullmatch(r"(?i:no|nr|n[\u00b0\u00ba])\.?|#", words[-2])
        if number or not any(_place_word(w, False) for w in words):
            out.append((m.start(), m.end()))
    return out


def is_department(text: str) -> bool:
    """`text` is one department's name and nothing else ('Zakład Patomorfologii', 'Kožní klinika')."""
    stripped = text.strip(" ,")
    return any(a == 0 and b >= len(stripped.rstrip(",")) for a, b in department_spans(stripped))


# A university's clinic or institute is a site of its own, named after the university on one line
# ('Semmelweis Egyetem Ortopédiai Klinika', 'Uniwersytet Medyczny w Łodzi Klinika Kardiologii',
# 'Univerzita Karlova Radiologická klinika'): the university in the languages of the round's list
# (Wiktionary's translation table of *university*), the clinic or institute head after it.
_UNIVERSITY = re.compile(
    r"(?i:egyetem|universit|yliopisto|[üu]likool|[üu]niversitesi|uniwersytet|univerzit|sveu[cč]ili[sš]t|"
    r"universidad|universidade|universiteit|universitet|universiti|universitas|chuo[ ]kikuu|đại[ ]học|dai[ ]hoc|"
    r"pamantasan|unibersidad)")
_CLINIC_HEAD = re.compile(r"(?i:klinik|clinic|clínic|clinique|intézet|institut|instytut|ústav)")


def _university_clinic(text: str, start: int, end: int) -> bool:
    """The department `text[start:end]` is a clinic or an institute (`_CLINIC_HEAD`) after a
    university (`_UNIVERSITY`) on its line: part of the site's name, painted with it."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_CLINIC_HEAD.search(text[start:end]) and _UNIVERSITY.search(text[line_start:start]))


def _without_departments(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """`results` with the departments' names (`department_spans`) cut out of them: 'Radiologische
    Klinik Heidelberg' is painted as 'Heidelberg'. A piece left with no word of two letters that is
    no joining word is dropped."""
    departments = [d for d in department_spans(text) if not _university_clinic(text, *d)]
    if not departments:
        return results
    out = []
    for r in results:
        pieces = [(r.start, r.end)]
        for a, b in departments:
            pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]] \
                if a < r.end and r.start < b else pieces
        for s, e in pieces:
            words = [w for w in re.findall(rf"[{LETTER}]{{2,}}", text[s:e]) if not re.fullmatch(_EU_JOIN, w, re.I)]
            if words:
                s += len(text[s:e]) - len(text[s:e].lstrip(" ,;"))
                e -= len(text[s:e]) - len(text[s:e].rstrip(" ,;"))
                out.append(RecognizerResult(r.entity_type, s, e, r.score, r.analysis_explanation,
                                            r.recognition_metadata))
    return out


# -- a UI title before the institution, a department word after it --------------------------------
# A viewer's worklist writes its window title and then the site and its department on one line
# ('Patientlista  -  Västra Mälarsjukhuset Röntgen'); OCR drops the thin dash between them. The
# titles of a worklist or patient list window in the viewers' languages (en, sv, da/no, fi, de, nl,
# fr, es, it, pt, pl, cs: the viewers' localised menus, Wiktionary's translation tables of *worklist*
# and *patient list*), and the department words that follow a site's name (radiology, X-ray,
# imaging: sv/da/no 'Röntgen', 'Rtg', 'Radiologi'; de/fr/nl 'Radiologie'; en 'Radiology', 'Imaging',
# 'X-ray'; es/it/pt 'Radiología', 'Radiologia'; pl 'Radiologia'; cs 'Radiologie', 'RDG').
_UI_TITLES = frozenset("""
patientlista patientliste pasientliste potilaslista patientenliste patiëntenlijst patientenlijst worklist
arbeitsliste werklijst werkl|jst arbetslista arbejdsliste arbeidsliste työlista listedetravail
listadetrabajo listadilavoro listadetrabalho listapacjentów listapacjentow seznampacientů
""".split())
_UI_TITLE_PHRASES = ("patient list", "patients list", "liste de travail", "liste des patients", "lista de trabajo",
                     "lista de pacientes", "lista di lavoro", "lista pazienti", "lista de trabalho",
                     "lista de pacientes", "lista pacjentów", "seznam pacientů", "study list", "work list")
_TRAILING_DEPARTMENTS = frozenset("""
röntgen rontgen rtg radiologi radiologie radiology radiologia radiología imaging x-ray xray rdg
bilddiagnostik bildgebung röntgenavdelningen röntgenavdelning radiografi
""".split())
# What a site's name holds once its department word is cut: a head ('Hospital', 'Klinikum') or one
# glued to the place ('Mälarsjukhuset', 'Rigshospitalet').
_HOLDS_HEAD = re.compile(
    rf"(?:(?i:{'|'.join(h for h in HEADS if h not in ('radiology', 'imaging'))})|{_GLUED}|"
    r"(?i:sjukhuset|sjukhus|sjukehuset|sykehuset|sygehuset|sairaala|nemocnice|hospitalet|spital))(?![\w])")


def _without_titles_and_departments(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """`results` without a worklist window's title before the site (`_UI_TITLES`) and without a
    department word after a site's head (`_TRAILING_DEPARTMENTS`: 'Mälarsjukhuset Röntgen' is
    painted as 'Mälarsjukhuset'; 'Lumus Imaging' keeps its word, its only head)."""
    out = []
    for r in results:
        s, e = r.start, r.end
        span = text[s:e]
        low = span.lower()
        for phrase in _UI_TITLE_PHRASES:
            if low.startswith(phrase + " "):
                s += len(phrase) + 1
                break
        else:
            first = span.split(" ", 1)
            if len(first) == 2 and first[0].lower().strip("-:") in _UI_TITLES:
                s += len(first[0]) + 1
        s += len(text[s:e]) - len(text[s:e].lstrip(" -\u2013:|"))
        after = [a for a, _ in ui_title_spans(text[s:text.find("\n", s) % (len(text) + 1)]) if 0 < a < e - s]
        if after:  # '... Santo Amaro - Lista de Trabalho': the window's title after the site
            e = s + len(text[s:s + after[0]].rstrip(" -\u2013\u2014:|"))
        while True:
            head, _, last = text[s:e].rpartition(" ")
            if not head or last.lower().strip(".,") not in _TRAILING_DEPARTMENTS or not _HOLDS_HEAD.search(head):
                break
            e = s + len(head)
        if (s, e) == (r.start, r.end):
            out.append(r)
        elif e > s and re.search(rf"[{LETTER}]{{2,}}", text[s:e]) and not re.fullmatch(_HEAD + r"\.?", text[s:e]):
            out.append(RecognizerResult(r.entity_type, s, e, r.score, r.analysis_explanation, r.recognition_metadata))
    return out


# -- institutions in Cyrillic and Greek script, Hebrew and Arabic ----------------------------------
# The words for hospital, clinic, polyclinic, military hospital, dispensary and medical or diagnostic
# centre, in the nominative (a genitive 'больницы' stands in a department's line: 'отделение ...
# больницы'): Russian больница, клиника, поликлиника, госпиталь, диспансер, медицинский центр;
# Ukrainian лікарня, клініка, поліклініка, шпиталь, медичний центр; Bulgarian, Serbian and Macedonian
# болница, клиника, медицински центар; Belarusian бальніца (Wiktionary, *hospital*, *clinic*). OCR
# reads the Ukrainian 'і' as a Latin 'i' ('клiнiка').
_CYR_UP = "А-ЯЁІЇЄҐЂЈЉЊЋЏЅ"
_CYR = _CYR_UP + "а-яёіїєґђјљњћџѕi"
_CYR_HEAD = (r"(?:л[іi]карня|больница|болница|бальніца|клиника|кл[іi]н[іi]ка|поликлиника|пол[іi]кл[іi]н[іi]ка|"
             r"госпиталь|шпиталь|диспансер|(?:медицинский|медичний|медицински|диагностический|"
             r"д[іi]агностичний|консультативно-диагностический|перинатальный|перинатальний)[ ]цент(?:р|ар))")
_CYR_WORD = rf"[{_CYR_UP}][{_CYR}'\u2019-]*"
_CYR_NUMBER = r"(?:[ ](?:№|N|No)[ ]?\d{1,3}(?![\d]))?"
_CYRILLIC = re.compile(
    # the place and its adjectives before the head ('Полтавська обласна лікарня', 'Городская
    # клиническая больница № 5', 'ГОРОДСКАЯ БОЛЬНИЦА'), a founder after 'им.'/'імені'
    rf"(?<![{_CYR}\w])(?:{_CYR_WORD}[ ]){{1,3}}(?:[{_CYR}-]+[ ]){{0,3}}(?i:{_CYR_HEAD})(?![{_CYR}\w]){_CYR_NUMBER}"
    rf"(?:[ ]{_CYR_WORD}){{0,2}}"  # its place or name after the head ('Софийска болница Токуда')
    rf"(?:[ ](?i:им\.|ім\.|имени|імені)(?:[ ](?:[{_CYR_UP}]\.){{0,2}}[ ]?{_CYR_WORD}){{1,2}})?"
    # the head first, its name after it ('Клиника «Медси»', 'Больница Святого Луки')
    rf"|(?<![{_CYR}\w])(?=[{_CYR_UP}])(?i:{_CYR_HEAD})(?![{_CYR}\w])"
    rf"(?:[ ][«\"„][^»\"“\n]{{2,40}}[»\"“]|(?:[ ]{_CYR_WORD}){{1,3}}|[ ](?:№|N|No)[ ]?\d{{1,3}}(?![\d]))")
# Greek: the head first and its place in the genitive after it ('Γενικό Νοσοκομείο Αθηνών «Ο
# Ευαγγελισμός»', 'Κλινική Υγεία'), its qualifiers before (Πανεπιστημιακό, Γενικό, Περιφερειακό:
# university, general, regional), or the Greek NHS abbreviations ΓΝ / Γ.Ν. (Γενικό Νοσοκομείο) and
# ΠΓΝ / Π.Γ.Ν. (Πανεπιστημιακό Γενικό Νοσοκομείο) before the place (the Greek Ministry of Health's
# list of hospitals). Accents optional: capitals drop them.
_GR_UP = "Α-ΩΆΈΉΊΌΎΏΪΫ"
_GR = _GR_UP + "α-ωάέήίόύώϊϋΐΰς"
_GR_WORD = rf"[{_GR_UP}][{_GR}'\u2019-]*"
_GR_HEAD = (r"(?:νοσοκομε[ιί]ο|κλινικ[ηή]|θεραπευτ[ηή]ριο|πολυιατρε[ιί]ο|(?:ιατρικ[οό]|διαγνωστικ[οό])[ ]κ[εέ]ντρο)")
_GR_QUALIFIER = r"(?:(?i:πανεπιστημιακ[οό]|γενικ[οό]|περιφερειακ[οό]|ψυχιατρικ[οό]|στρατιωτικ[οό])[ ]){0,2}"
_GREEK = re.compile(
    rf"(?<![{_GR}\w]){_GR_QUALIFIER}(?=[{_GR_UP}])(?i:{_GR_HEAD})(?![{_GR}\w])"
    rf"(?:[ ](?:{_GR_WORD}|[«\"][^»\"\n]{{2,40}}[»\"])){{1,3}}"
    rf"|(?<![{_GR}\w.])(?:Π\.?Γ\.?Ν\.?|Γ\.?Ν\.?)(?:Α\.?)?(?:[ ]{_GR_WORD}){{1,3}}")
# Hebrew 'בית חולים' (house of the sick) and Arabic 'مستشفى' (hospital) before the name, in their
# scripts and transliterated ('Beit Holim Hadassah', 'Mustashfa Al Salam').
_SEMITIC = re.compile(
    r"(?<![\w])(?:בית[ ]ה?חולים|مستشفى)(?:[ ][\u05d0-\u05ea\u0621-\u064a'\"׳״]+){1,4}"
    rf"|(?<![\w])(?i:beit|bet|beth)[ ](?i:[ck]?h?olim)(?:[ ](?:{_EU_JOIN}[ ])?{_WORD}){{1,3}}"
    rf"|(?<![\w])(?i:mustashfa|mustashfā|mostashfa)[ ](?:(?i:al|el)[-\u2010 ])?{_WORD}(?:[ ]{_WORD}){{0,2}}")


def non_latin_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each institution in Cyrillic or Greek script, or with a Hebrew or Arabic head
    (`_CYRILLIC`, `_GREEK`, `_SEMITIC`). A department's line ('Рентгенологическое отделение',
    'Відділення променевої діагностики') has no head and stays."""
    return [(m.start(), m.end()) for pattern in (_CYRILLIC, _GREEK, _SEMITIC) for m in pattern.finditer(text)]


# -- institutions written with their heads abbreviated ------------------------------------------
# Banners short of room write the head words of a hospital's, a university's, a faculty's or a
# clinic's name abbreviated with their point ('Karadeniz Teknik Üniv. Farabi Hast.', 'Ankara Üniv.
# Tıp Fak. Hast.', 'Osp. San Raffaele', 'Hôp. Saint-Louis', 'Szp. Wojewódzki Kielce'). The short forms
# are those the institutions and the national registries print: Turkish Üniv. (üniversitesi), Hast.
# (hastanesi), Fak. (fakültesi), EAH and ŞEAH (Eğitim ve Araştırma Hastanesi, Şehir EAH: the Ministry
# of Health's names of its training and research hospitals, e.g. 'Kartal Dr. Lütfi Kırdar Şehir
# Hastanesi', formerly 'Kartal Dr. Lütfi Kırdar EAH'); German Univ., Klin. (Klinik, Klinikum),
# Krankenh., Khs. (Krankenhaus: the Deutsches Krankenhausverzeichnis); Italian Osp., Az. Osp.
# (Azienda Ospedaliera), Policl. (Policlinico: the Ministero della Salute's Anagrafe strutture);
# French Hôp. (hôpital), Clin. (clinique: FINESS); Spanish and Portuguese Hosp., H.U. (hospital
# universitario), Clín., Cl. (clínica), Fac. (facultad, faculdade: Catálogo Nacional de Hospitales,
# CNES); Polish Szp., Szpit. (szpital: the Rejestr Podmiotów Wykonujących Działalność Leczniczą);
# Dutch Ziekenh., Zkh. (ziekenhuis); Swedish sjukh. (sjukhus); English Hosp., Univ., Inst., Hlth
# (the AHA Guide's and the NLM's abbreviations of journal and affiliation titles, ISO 4 LTWA:
# 'Hosp.', 'Univ.', 'Inst.', 'Hlth', 'Fac.', 'Klin.', 'Ziekenh.', 'Szp.', 'Osp.', 'Hôp.'). The point
# is required (`Hast`, `Inst`, `Fac` without it are other words); the Turkish letters and Hlth stand
# alone. Letters that are a device's too (US ultrasound, CH channel, KH, MC, HU) never start such a
# name by themselves (`abbreviated_institutions` reads those at a field's edges); they are words of
# the name only beside a short head ('Skånes Univ. sjukh. SUS').
_SHORT_HEAD = re.compile(
    r"(?:[ÜU]n[iİı]v|[üu]n[iı]v|UN[İI]V|Hast|HAST|Hst|Fak|FAK|Univ|UNIV|Klin|KLIN|Krankenh|Khs|Osp|OSP|Policl|"
    r"H[oô]p|H[OÔ]P|Clin|CLIN|Cl[ií]n|CL[IÍ]N|Cl|Hosp|HOSP|H\.U|Fac|FAC|Szp|SZP|Szpit|Ziekenh|Zkh|sjukh|Sjukh|"
    r"Inst|INST)\."
    r"|(?:Ş|S)?EAH\.?|E\.A\.H\.|Hlth|HLTH")
# Words of a name that name no place by themselves: Turkish state, private, medicine, training and
# research, city, technical (the Ministry's 'Devlet Hastanesi', 'Özel ... Hastanesi', 'Tıp Fakültesi',
# 'Eğitim ve Araştırma', 'Şehir Hastanesi'), and the titles of an eponym ('Dr. Lütfi Kırdar').
_SHORT_HEAD_GENERIC = frozenset("""tıp tip devlet özel ozel eğitim egitim araştırma arastirma şehir sehir teknik
    med. az. dr. prof. doç. doc. op. uzm. sv. st. medicina medicine medical general state""".split())
# Turkish labels after 'Hast.' (hasta: patient): 'Hast. Adı' (patient's name), 'Soyadı', 'No', 'Yaşı'.
_SHORT_HEAD_LABELS = frozenset("adı adi soyadı soyadi no numarası numarasi yaşı yasi protokol".split())
_TITLES = frozenset("dr. prof. doç. doc. op. uzm.".split())
# A run of a name's words on one line: capitalised words (an eponym's title among them: 'Dr.'),
# joining words, and the lower-case Swedish 'sjukh.'.
_SHORT_HEAD_RUN = re.compile(
    rf"(?<![\w'.])(?:{_WORD}|sjukh\.)(?:[ ](?:{_EU_JOIN}[ ]){{0,2}}(?:{_WORD}|sjukh\.)){{0,9}}(?![\w'])")
# The generic noun after the head that still belongs to the name ('Mayo Clinic Hlth System').
_SHORT_TAIL = frozenset("system network center centre campus trust services group".split())


# The words of a hospital stay that follow a short head as a field of their own ('Hosp. Stay 5 days',
# 'Osp. Dimissione', 'Hast. Kabul': Turkish kabul, admission): en stay admission discharge transfer;
# it ricovero dimissione degenza ammissione; de Aufnahme Entlassung Aufenthalt Verweildauer; fr séjour
# sortie entrée; es ingreso alta estancia; pt internação alta permanência; nl opname ontslag; tr kabul
# taburcu yatış; pl przyjęcie wypis pobyt; sv inskrivning utskrivning vårdtid.
_STAY_WORDS = frozenset("""stay stays admission admissions admit admitted discharge discharged transfer transferred
    readmission los days ricovero dimissione degenza ammissione aufnahme entlassung aufenthalt verweildauer
    séjour sejour sortie entrée entree ingreso alta estancia internação internacao permanência permanencia
    opname ontslag kabul taburcu yatış yatis przyjęcie przyjecie wypis pobyt inskrivning utskrivning
    vårdtid vardtid""".split())


def _short_head_place(word: str) -> bool:
    """`word` can name the place or the founder of a name with short heads: a place word
    (`_place_word`), no generic word of such names (`_SHORT_HEAD_GENERIC`), no word of a stay
    (`_STAY_WORDS`) nor a joining word."""
    w = word.rstrip(",;:")
    return (w.lower() not in _SHORT_HEAD_GENERIC and w.lower() not in _STAY_WORDS and _place_word(w, False)
            and not re.fullmatch(_EU_JOIN, w, re.IGNORECASE))


def short_head_institutions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name on one line that holds a head written short (`_SHORT_HEAD`) and a
    word that can name its place or founder (`_place_word`, no `_SHORT_HEAD_GENERIC` word): the
    words from the first place word or head to the last, an eponym inside kept ('Kartal Dr. Lütfi
    Kırdar EAH'). 'Univ.' alone, 'Fac. 2.3', 'Dr. Ahmet Yılmaz' name no institution."""
    out = []
    for m in _SHORT_HEAD_RUN.finditer(text):
        words = list(re.finditer(r"\S+", m.group(0)))
        if text.startswith(":", m.end()) or words[-1].group(0).lower() in _SHORT_HEAD_LABELS:
            words.pop()  # a label's word ('Hast. Adı:', patient's name), not the name's
        # a compound of heads counts as one ('Univ.-Klin. Erlangen')
        heads = [any(_SHORT_HEAD.fullmatch(p) for p in w.group(0).rstrip(",;:").split("-")) for w in words]
        if not any(heads):
            continue
        places = [not heads[i] and _short_head_place(w.group(0)) for i, w in enumerate(words)]
        if not any(places):
            continue
        # a generic word of the name is kept ('Az. Osp. Careggi', 'Özel Medicana Hast.'); a title
        # before the name's first word stays unpainted (FAQ: titles before a name stay)
        kept = [i for i in range(len(words)) if heads[i] or places[i] or (
            words[i].group(0).lower() in _SHORT_HEAD_GENERIC and words[i].group(0).lower() not in _TITLES)]
        first, last = kept[0], kept[-1]
        if last + 1 < len(words) and words[last + 1].group(0).lower() in _SHORT_TAIL:
            last += 1
        out.append((m.start() + words[first].start(), m.start() + words[last].end()))
    return out
