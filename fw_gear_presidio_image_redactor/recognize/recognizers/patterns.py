"""Pattern recognisers for the way PHI looks on medical image overlays.

Presidio's predefined set is written for prose; overlays are terse
('DOB: 16-JUN-1976', 'MRN 00123456', '047Y'). These add what it lacks.
Non-PHI overlay text ('kV 120', 'W 400 L 40', 'Im 34') must stay unmatched:
numbers need a label or a shape that only identifiers and dates have.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    AuMedicareRecognizer,
    DeHealthInsuranceRecognizer,
    EsNieRecognizer,
    EsNifRecognizer,
    FiPersonalIdentityCodeRecognizer,
    InAadhaarRecognizer,
    ItFiscalCodeRecognizer,
    KrRrnRecognizer,
    NhsRecognizer,
    PhoneRecognizer,
    PlPeselRecognizer,
    SePersonnummerRecognizer,
    SgFinRecognizer,
    ThTninRecognizer,
    TrNationalIdRecognizer,
    ZaIdNumberRecognizer,
)

from .banner_labels import UNIT_AFTER as LABELLED_UNIT_AFTER
from .banner_labels import IdSpanRecognizer, after_device_word, labelled_number_recognizer, unit_after
from .device_vocabulary import is_device_word
from .institutions import BannerInstitutionRecognizer, InstitutionRecognizer
from .letters import CAPITAL
from .names import CommaNamePatternRecognizer, LabelledNameRecognizer, TitledNameRecognizer
from .parsed_once import Pattern, compiled

_MON_EN = r"(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*"
# Month names of European devices' locales, January to December, from Unicode CLDR 48's
# Gregorian month names (Babel 2.18's locale data: format and stand-alone, wide and abbreviated,
# so the genitive a date uses beside the nominative: Czech 'března' and 'březen', Polish
# 'marca', Croatian 'ožujka', Finnish 'maaliskuuta', Greek 'Μαρτίου'), written out whole (no
# open suffix: 'MAG' must not read 'MAGNETOM'). Besides CLDR: de-AT 'Jaenner', DIN 5008's
# 'Mrz'; Finnish abbreviations of the Kielitoimisto ('helmik.'); Slovenian genitives
# ('marca' of '15. marca 2024'); Greek romanised by ELOT 743 / ISO 843 (nominative 'Fevrouarios',
# genitive 'Fevrouariou'), as Latin-only devices write it. Left out: CLDR abbreviations of two
# letters (Catalan 'ag.') and the three that are also overlay words (Czech 'led' LED, 'pro'
# PRO, Croatian 'tra' the transverse plane). English forms are in `_MON_EN`. Each name also
# matches with its accents dropped, as OCR drops them ('brezna', 'Subat': `_month_name_regex`).
# Fix round 28 added, from CLDR 48 via Babel 2.19 the same way, every other language of the round's
# list that writes months in Latin script: Estonian, Latvian, Lithuanian, Irish, Maltese, Albanian,
# Malay ('19 Mac 2026'), Indonesian, Filipino ('Hunyo 9, 2026'), Swahili, Afrikaans, Icelandic,
# Azerbaijani, Uzbek, Hausa, Zulu, Yoruba (tone marks dropped, the dotted letters kept; without
# CLDR's 'Oṣù' prefix). The Cyrillic ones romanised from CLDR's names: Russian by BGN/PCGN and
# ICAO 9303 ('sentyabrya', 'sentiabria'), Ukrainian by the Cabinet of Ministers' 2010 table
# ('bereznia'), Belarusian by BGN/PCGN and the 2007 national table, Bulgarian by the 2009
# Transliteration Act, Macedonian by its official table (Serbian Latin is CLDR's 'sr-Latn').
# From common romanisations (no CLDR Latin data): Kazakh (the 2021 Latin alphabet), Georgian,
# Armenian, Arabic, Hindi/Urdu, Persian, Thai (RTGS), Khmer. Left out: names of two words (Irish
# 'Meán Fómhair': its 'MFómh' is in), of two letters (Persian 'ut'), and overlay words: Hausa
# 'Sat' (saturation; Saturday), Zulu 'Mas' (mAs, the exposure), Lithuanian 'vas' and Hausa 'Afi'
# (device words), Ukrainian/Belarusian 'ver' (version), Kazakh 'mam' (mammography), Khmer 'mesa'
# (Spanish and Portuguese table). Vietnamese writes months as numbers ('tháng 3'), Chinese and
# Mongolian too: none here. Burmese and Amharic romanisations were not added.
MONTH_NAMES_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "de": ("Januar Jänner Jaenner Jän", "Februar", "März Maerz Mär Mrz", "April", "Mai", "Juni",
           "Juli", "August", "September Sept", "Oktober Okt", "November", "Dezember Dez"),
    "fr": ("janvier janv", "février févr", "mars", "avril avr", "mai", "juin", "juillet juil", "août",
           "septembre sept", "octobre oct", "novembre nov", "décembre déc"),
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul",
           "agosto ago", "septiembre setiembre sept sep", "octubre oct", "noviembre nov", "diciembre dic"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu", "luglio lug",
           "agosto ago", "settembre set", "ottobre ott", "novembre nov", "dicembre dic"),
    "pt": ("janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun", "julho jul",
           "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"),
    "ca": ("gener gen", "febrer febr", "març", "abril abr", "maig", "juny", "juliol jul", "agost",
           "setembre set", "octubre oct", "novembre nov", "desembre des"),
    "gl": ("xaneiro xan", "febreiro feb", "marzo mar", "abril abr", "maio", "xuño", "xullo xul", "agosto ago",
           "setembro set", "outubro out", "novembro nov", "decembro dec"),
    "nl": ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun", "juli jul",
           "augustus aug", "september sep", "oktober okt", "november nov", "december dec"),
    "sv": ("januari jan", "februari feb", "mars", "april apr", "maj", "juni", "juli", "augusti aug",
           "september sep", "oktober okt", "november nov", "december dec"),
    "da": ("januar jan", "februar feb", "marts mar", "april apr", "maj", "juni jun", "juli jul",
           "august aug", "september sep", "oktober okt", "november nov", "december dec"),
    "no": ("januar jan", "februar feb", "mars mar", "april apr", "mai", "juni jun", "juli jul",
           "august aug", "september sep", "oktober okt", "november nov", "desember des"),
    "fi": ("tammikuuta tammikuu tammik tammi", "helmikuuta helmikuu helmik helmi",
           "maaliskuuta maaliskuu maalisk maalis", "huhtikuuta huhtikuu huhtik huhti",
           "toukokuuta toukokuu toukok touko", "kesäkuuta kesäkuu kesäk kesä", "heinäkuuta heinäkuu heinäk heinä",
           "elokuuta elokuu elok elo", "syyskuuta syyskuu syysk syys", "lokakuuta lokakuu lokak loka",
           "marraskuuta marraskuu marrask marras", "joulukuuta joulukuu jouluk joulu"),
    "pl": ("stycznia styczeń sty", "lutego luty lut", "marca marzec mar", "kwietnia kwiecień kwi",
           "maja maj", "czerwca czerwiec cze", "lipca lipiec lip", "sierpnia sierpień sie",
           "września wrzesień wrz", "października październik paź", "listopada listopad lis",
           "grudnia grudzień gru"),
    "cs": ("ledna leden", "února únor úno", "března březen bře", "dubna duben dub", "května květen kvě",
           "června červen čvn", "července červenec čvc", "srpna srpen srp", "září zář", "října říjen říj",
           "listopadu listopad lis", "prosince prosinec"),
    "sk": ("januára január jan", "februára február feb", "marca marec mar", "apríla apríl apr", "mája máj",
           "júna jún", "júla júl", "augusta august aug", "septembra september sep", "októbra október okt",
           "novembra november nov", "decembra december dec"),
    "hu": ("január jan", "február febr", "március márc", "április ápr", "május máj", "június jún",
           "július júl", "augusztus aug", "szeptember szept", "október okt", "november nov", "december dec"),
    "ro": ("ianuarie ian", "februarie feb", "martie mar", "aprilie apr", "mai", "iunie iun", "iulie iul",
           "august aug", "septembrie sept", "octombrie oct", "noiembrie nov", "decembrie dec"),
    "hr": ("siječnja siječanj sij", "veljače veljača velj", "ožujka ožujak ožu", "travnja travanj",
           "svibnja svibanj svi", "lipnja lipanj lip", "srpnja srpanj srp", "kolovoza kolovoz kol",
           "rujna rujan ruj", "listopada listopad lis", "studenoga studenog studeni stu", "prosinca prosinac"),
    "sr-Latn": ("januar jan", "februar feb", "mart mar", "april apr", "maj", "jun", "jul", "avgust avg",
                "septembar sep", "oktobar okt", "novembar nov", "decembar dec"),
    "bs": ("januar jan", "februar feb", "mart mar", "april apr", "maj", "juni jun", "juli jul", "august aug",
           "septembar sep", "oktobar okt", "novembar nov", "decembar dec"),
    "sl": ("januar januarja jan", "februar februarja feb", "marec marca mar", "april aprila apr", "maj maja",
           "junij junija jun", "julij julija jul", "avgust avgusta avg", "september septembra sep",
           "oktober oktobra okt", "november novembra nov", "december decembra dec"),
    "tr": ("Ocak Oca", "Şubat Şub", "Mart Mar", "Nisan Nis", "Mayıs May", "Haziran Haz", "Temmuz Tem",
           "Ağustos Ağu", "Eylül Eyl", "Ekim Eki", "Kasım Kas", "Aralık Ara"),
    "el": ("Ιανουαρίου Ιανουάριος Ιαν", "Φεβρουαρίου Φεβρουάριος Φεβ", "Μαρτίου Μάρτιος Μάρ",
           "Απριλίου Απρίλιος Απρ", "Μαΐου Μάιος Μαΐ Μάι", "Ιουνίου Ιούνιος Ιούν", "Ιουλίου Ιούλιος Ιούλ",
           "Αυγούστου Αύγουστος Αύγ", "Σεπτεμβρίου Σεπτέμβριος Σεπ", "Οκτωβρίου Οκτώβριος Οκτ",
           "Νοεμβρίου Νοέμβριος Νοέ", "Δεκεμβρίου Δεκέμβριος Δεκ"),
    "el-Latn": ("Ianouariou Ianouarios Ian", "Fevrouariou Fevrouarios Fev", "Martiou Martios Mar",
                "Apriliou Aprilios Apr", "Maiou Maios Mai", "Iouniou Iounios Ioun", "Iouliou Ioulios Ioul",
                "Avgoustou Avgoustos Avg", "Septemvriou Septemvrios Sep", "Oktovriou Oktovrios Okt",
                "Noemvriou Noemvrios Noe", "Dekemvriou Dekemvrios Dek"),
    "et": ("jaanuar jaan", "veebruar veebr", "märts", "aprill apr", "mai", "juuni", "juuli", "august aug",
           "september sept", "oktoober okt", "november nov", "detsember dets"),
    "lv": ("janvāris janv", "februāris febr", "marts", "aprīlis apr", "maijs", "jūnijs jūn", "jūlijs jūl",
           "augusts aug", "septembris sept", "oktobris okt", "novembris nov", "decembris dec"),
    "lt": ("sausio saus sausis", "vasario vasaris", "kovo kov kovas", "balandžio bal balandis", "gegužės geg gegužė",
           "birželio birž birželis", "liepos liep liepa", "rugpjūčio rugp rugpjūtis", "rugsėjo rugs rugsėjis",
           "spalio spal spalis", "lapkričio lapkr lapkritis", "gruodžio gruod gruodis"),
    "ga": ("Eanáir Ean", "Feabhra Feabh", "Márta", "Aibreán Aib", "Bealtaine Beal", "Meitheamh Meith", "Iúil",
           "Lúnasa Lún", "MFómh", "DFómh", "Samhain Samh", "Nollaig Noll"),
    "mt": ("Jannar Jan", "Frar Fra", "Marzu Mar", "April Apr", "Mejju Mej", "Ġunju Ġun", "Lulju Lul", "Awwissu Aww",
           "Settembru Set", "Ottubru Ott", "Novembru Nov", "Diċembru Diċ"),
    "sq": ("janar jan", "shkurt shk", "mars mar", "prill pri", "maj", "qershor qer", "korrik korr", "gusht gush",
           "shtator sht", "tetor tet", "nëntor nën", "dhjetor dhj"),
    "ms": ("Januari Jan", "Februari Feb", "Mac", "April Apr", "Mei", "Jun", "Julai Jul", "Ogos Ogo", "September Sep",
           "Oktober Okt", "November Nov", "Disember Dis"),
    "id": ("Januari Jan", "Februari Feb", "Maret Mar", "April Apr", "Mei", "Juni Jun", "Juli Jul", "Agustus Agu",
           "September Sep", "Oktober Okt", "November Nov", "Desember Des"),
    "fil": ("Enero Ene", "Pebrero Peb", "Marso Mar", "Abril Abr", "Mayo May", "Hunyo Hun", "Hulyo Hul", "Agosto Ago",
            "Setyembre Set", "Oktubre Okt", "Nobyembre Nob", "Disyembre Dis"),
    "sw": ("Januari Jan", "Februari Feb", "Machi Mac", "Aprili Apr", "Mei", "Juni Jun", "Julai Jul", "Agosti Ago",
           "Septemba Sep", "Oktoba Okt", "Novemba Nov", "Desemba Des"),
    "af": ("Januarie Jan", "Februarie Feb", "Maart Mrt", "April Apr", "Mei", "Junie Jun", "Julie Jul",
           "Augustus Aug", "September Sep", "Oktober Okt", "November Nov", "Desember Des"),
    "is": ("janúar jan", "febrúar feb", "mars mar", "apríl apr", "maí", "júní jún", "júlí júl", "ágúst ágú",
           "september sep", "október okt", "nóvember nóv", "desember des"),
    "az": ("yanvar yan", "fevral fev", "mart mar", "aprel apr", "may", "iyun iyn", "iyul iyl", "avqust avq",
           "sentyabr sen", "oktyabr okt", "noyabr noy", "dekabr dek"),
    "uz": ("yanvar yan", "fevral fev", "mart mar", "aprel apr", "may", "iyun iyn", "iyul iyl", "avgust avg",
           "sentabr sen", "oktabr okt", "noyabr noy", "dekabr dek"),
    "ha": ("Janairu Jan", "Faburairu Fab", "Maris Mar", "Afirilu", "Mayu May", "Yuni Yun", "Yuli Yul", "Agusta Agu",
           "Satumba", "Oktoba Okt", "Nuwamba Nuw", "Disamba Dis"),
    "zu": ("Januwari Jan", "Februwari Feb", "Mashi", "Ephreli Eph", "Meyi Mey", "Juni Jun", "Julayi Jul",
           "Agasti Aga", "Septhemba Sep", "Okthoba Okt", "Novemba Nov", "Disemba Dis"),
    "yo": ("Ṣẹrẹ", "Èrèlè", "Ẹrẹnà", "Ìgbé", "Ẹbibi", "Òkúdu", "Agẹmọ", "Ògún", "Owewe", "Ọwàrà", "Bélú",
           "Ọpẹ"),
    "bg-Latn": ("yanuari yanu", "fevruari fev", "mart", "april apr", "may", "yuni", "yuli", "avgust avg",
                "septemvri sep", "oktomvri okt", "noemvri noe", "dekemvri dek"),
    "ru-Latn": ("yanvarya yanv yanvar ianvaria ianv ianvar", "fevralya fevr fevral fevralia", "marta mar mart",
                "aprelya apr aprel aprelia", "maya may maia mai", "iyunya iyun iiunia iiun",
                "iyulya iyul iiulia iiul", "avgusta avg avgust", "sentyabrya sent sentyabr sentiabria sentiabr",
                "oktyabrya okt oktyabr oktiabria oktiabr", "noyabrya noyab noyabr noiabria noiab noiabr",
                "dekabrya dek dekabr dekabria"),
    "uk-Latn": ("sichnia sich sichen", "liutoho liut liutyi", "bereznia ber berezen", "kvitnia kvit kviten",
                "travnia trav traven", "chervnia cherv cherven", "lypnia lyp lypen", "serpnia serp serpen",
                "veresnia veresen", "zhovtnia zhovt zhovten", "lystopada lyst lystopad", "hrudnia hrud hruden"),
    "be-Latn": ("studzenya stu studzen studzenia", "lyutaha lyut lyuty liutaha liut liuty", "sakavika sak sakavik",
                "krasavika kra krasavik", "maya may maia", "chervenya cher cherven chervenia",
                "lipenya lip lipen lipenia", "zhniwnya zhni zhniven zhniunia", "verasnya verasen verasnia",
                "kastrychnika kas kastrychnik", "listapada lis listapad", "snezhnya sne snezhan snezhnia"),
    "mk-Latn": ("januari jan", "fevruari fev", "mart mar", "april apr", "maj", "juni jun", "juli jul", "avgust avg",
                "septemvri sep", "oktomvri okt", "noemvri noe", "dekemvri dek"),
    "kk-Latn": ("qañtar qantar qan", "aqpan aqp", "nauryz nau", "sáuir sauir sau", "mamyr", "mausym mau",
                "shilde shil", "tamyz tam", "qyrkúiek qyrkuiek qyr", "qazan qaz", "qarasha qar",
                "jeltoqsan zheltoksan jel"),
    "ka-Latn": ("ianvari", "tebervali", "marti", "aprili", "maisi", "ivnisi", "ivlisi", "agvisto",
                "sekdemberi seqtemberi sektemberi", "oktomberi oqtomberi", "noemberi", "dekemberi"),
    "hy-Latn": ("hunvari hunvar", "petrvari petrvar", "marti", "aprili", "mayisi mayis", "hunisi hunis",
                "hulisi hulis", "ogostosi ogostos", "septemberi", "hoktemberi hoktember", "noyemberi noyember",
                "dektemberi dektember"),
    "ar-Latn": ("yanayir yanair", "fibrayir fabrayir febrayer", "maris", "abril ibril", "mayu mayo", "yunyu yunyo",
                "yulyu yulyo", "aghustus ughustus", "sibtambir sebtember", "uktubar oktober", "nufambir novamber",
                "disambir desember"),
    "hi-Latn": ("janvari janwari", "farvari farwari", "march", "aprail", "mai", "joon", "julai", "agast", "sitambar",
                "aktubar aktoobar", "navambar", "disambar"),
    "fa-Latn": ("zhanvieh zhanvie", "fevrieh fevriye", "mars", "avril", "meh", "zhuan", "zhuieh zhuiye", "",
                "septambr", "oktobr", "novambr", "desambr"),
    "th-Latn": ("mokkarakhom", "kumphaphan", "minakhom", "mesayon", "phruetsaphakhom", "mithunayon", "karakadakhom",
                "singhakhom", "kanyayon", "tulakhom", "phruetsachikayon", "thanwakhom"),
    "km-Latn": ("makara", "kumphak", "mina", "", "ousophea", "mithona", "kakkada", "seiha", "kanha", "tola",
                "vichchhika", "thnu"),
}
# Every name of each month, January first, in a fixed order (xdist workers must build the same patterns).
MONTH_NAMES: tuple[tuple[str, ...], ...] = tuple(
    tuple(dict.fromkeys(name for names in MONTH_NAMES_BY_LANGUAGE.values() for name in names[i].split()))
    for i in range(12))
FOREIGN_MONTHS = tuple(dict.fromkeys(name for names in MONTH_NAMES for name in names))
# Letters OCR reads without their accent that Unicode does not decompose into one.
_BARE_LETTER = {"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ß": "s", "ς": "σ"}


def _letter_forms(ch: str) -> tuple[str, set[str]]:
    """`ch` without its accent (lower case), and the forms OCR may return it in."""
    low = ch.lower()
    bare = _BARE_LETTER.get(low) or unicodedata.normalize("NFKD", low)[0]
    forms = {low, ch.upper(), bare, bare.upper()}
    if bare == "i":
        forms |= {"ı", "İ"}  # Turkish dotless and dotted i, which case-insensitive matching does not pair
    if bare == "σ":
        forms |= {"ς", "Σ"}
    return bare, forms


def _month_name_regex(names) -> str:
    """One regex of `names`, each letter also without its accent, whole words only. Built as a
    trie of the unaccented letters (one branch per shared prefix): an alternation of some 400
    names tried at every word start would cost each date pattern four times its time."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            bare, forms = _letter_forms(ch)
            node = node.setdefault(bare, [set(), {}])
            node[0].update(forms)
            node = node[1]
        node[""] = None

    def emit(node: dict) -> str:
        branches = [("[" + "".join(sorted(forms)) + "]" if len(forms) > 1 else re.escape(bare)) + emit(child)
                    for bare, (forms, child) in sorted((k, v) for k, v in node.items() if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{emit(trie)})(?![^\\W\\d_])"


def month_name_regex(month: int) -> str:
    """A regular expression of every name of `month` (1-12), English too, in any case, with or
    without its accents ('15. března 2024', '15. brezna 2024', '14 Subat 2024')."""
    return _month_name_regex(MONTH_NAMES[month - 1] + tuple((
        "January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul",
        "August Aug", "September Sept Sep", "October Oct", "November Nov", "December Dec")[month - 1].split()))


_MON = rf"(?:{_MON_EN}|{_month_name_regex(FOREIGN_MONTHS)})"
# A day of the month, with the ordinal suffix English writes ('5th July 1949', 'July 5th').
# Only 1-31: 'F 65' over 'Oct 14 2026' is a sex and an age, not the 65th of October.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:ST|ND|RD|TH)?"
# A weekday before a date ('Thursday, November 14, 2024', 'Thu 14 Nov 2024'): part of the
# date, or the model reads 'Thursday, November' as a person.
_WEEKDAY = r"(?:(?:MON|TUE|WED|THU|FRI|SAT|SUN)[A-Z]*\.?,?[ \t]+)?"
# Dates start where no digit stands before them: after a letter too ('30M01/30/1986',
# age, sex and date of birth run together), where \b would not split; nor a digit and its point (the
# tail of a version, 'VER 4.0.1.2023', is no date).
_D = r"(?<!\d)(?<!\d\.)"
# One separator between the parts of a date, twice the same ('12/03/1961', '12.03.1961',
# '1961-03-12'): mixed ones are a probe's name and preset or a range ('C1-6/12', 'L12-5/10').
_NUMERIC_DATE = "(?:" + "|".join(rf"\d{{1,2}}{s}\d{{1,2}}{s}(?:19|20)?\d{{2}}" for s in (r"\.", "/", "-")) + ")"
_ISO_DATE = "(?:" + "|".join(rf"(?:19|20)\d{{2}}{s}\d{{1,2}}{s}\d{{1,2}}" for s in (r"\.", "/", "-")) + ")"
# A weekday before a numeric date ('Thu 14/11/2024', 'Mon 11/14/2024', 'Fri, 2024-11-15'), as
# ultrasound and CT consoles print the study date: part of the date. Only the weekday's names
# and their usual abbreviations (English), and only in front of a date: 'Mon' alone is no date.
_NUMERIC_WEEKDAY = (r"(?:(?<![\w])(?i:MON(?:DAY)?|TUE(?:S(?:DAY)?)?|WED(?:NESDAY)?|THU(?:R(?:S(?:DAY)?)?)?"
                    r"|FRI(?:DAY)?|SAT(?:URDAY)?|SUN(?:DAY)?)\.?,?\s{1,2})?")
# Month names in the three orders devices and reports write them (case-insensitive, any
# of space . / - between the parts, or none): day first ('05 Jul 1949', '5th of July 1949',
# '05-JUL-49'), month first ('Jul 05 1949', 'July 5, 1949'), year first ('1949 Jul 05',
# '1949-Jul-05': Philips CT banners, ISO 8601 order with the month spelled).
# The parts of one date stand on one text line: across a line break ('F 65' over 'Oct 14
# 2026') they are two fields of a banner column.
# 'OF' of English ('5th of July'), 'DE' of Spanish ('14 de octubre de 2026').
_NAME_DATE = rf"{_DAY}(?:[ \t]+(?:OF|DE))?[ \t./-]*{_MON}\.?,?(?:[ \t]+DE)?[ \t./-]*(?:19|20)?\d{{2}}"
_MONTH_FIRST = rf"{_MON}\.?[ \t./-]*{_DAY},?[ \t./-]*(?:19|20)\d{{2}}"
_YEAR_FIRST = rf"(?:19|20)\d{{2}}[ \t./-]*{_MON}\.?[ \t./-]*{_DAY}"
_ANY_DATE = (rf"(?:{_NUMERIC_WEEKDAY}(?:{_ISO_DATE}|{_NUMERIC_DATE})"
             rf"|(?i:{_WEEKDAY}(?:{_NAME_DATE}|{_MONTH_FIRST}|{_YEAR_FIRST})))")
# A day and a month without a year ('Oct 14', '14 Oct', '14. Oktober'): a date element (HIPAA
# Safe Harbor removes all elements of a date but the year) after a date label only
# (`DATE_LABEL`: 'Study: Oct 14', 'DOB 14 Oct'); 'May 3 mm' and 'Mar 12' alone are settings.
DAY_MONTH = re.compile(rf"(?i)(?<![\w.])(?:{_DAY}(?:[ \t]+(?:OF|DE))?[ \t./-]*{_MON}\.?|{_MON}\.?[ \t./-]*{_DAY})"
                       r"(?![\w.:/-]|[ \t]*(?:\d|[a-z%]))")
# The date-of-birth labels of European devices' locales as one word or phrase (fix round 9; the
# labels of the EU's patient summary and the vendors' localised banners, Wiktionary's
# translations of *date of birth*): de Geburtsdatum / Geb.-Datum, fr date de naissance, es fecha
# de nacimiento, it data di nascita, pt data de nascimento, nl geboortedatum, pl data urodzenia,
# sv födelsedatum, da/no fødselsdato, fi syntymäaika.
_BIRTH_LABELS = (r"geburtsdatum|geb\.?-?datum|date\s+de\s+naissance|naissance|fecha\s+de\s+nacimiento|nacimiento"
                 r"|f\.?\s?nac|data\s+di\s+nascita|nascita|data\s+de\s+nascimento|nascimento|geboortedatum"
                 r"|data\s+urodzenia|urodzenia|f[öo]delsedatum|f[øo]dselsdato|syntym[äa]aika")
DATE_LABEL = re.compile(r"(?i)\b(?:date|dob|d\.o\.b|born|birth|b'?day|study|exam|acq(?:uired)?|datum|geb(?:oren)?|"
                        rf"fecha|data|né|née|nac|ur|{_BIRTH_LABELS})\b\.?(?:\s*(?:date|datum))?[\s:=#.]*$")
# The signs for born and died before a date ('*1974', '†2019').
_LIFE_SIGNS = "*\u2020\u271d"
_LIFE_SIGN = f"[{_LIFE_SIGNS}]"


def _years_from_1880(last: int) -> str:
    """A regular expression of the years 1880..`last` (2000 <= `last` <= 2099)."""
    decade, unit = divmod(last - 2000, 10)
    parts = [r"18[89]\d", r"19\d\d"] + ([rf"20[0-{decade - 1}]\d"] if decade else []) + [rf"20{decade}[0-{unit}]"]
    return "(?:" + "|".join(parts) + ")"


# A year a person living or recently dead was born or died in: 1880 to this year. '*2030' and
# '*1492' are no one's birth year (a footnote mark before a count).
YEAR = _years_from_1880(datetime.date.today().year)
# A unit right after a number (one space or none): the number is a measurement ('1000-2000 Hz',
# '12345678 cells/mL', '*1974 mGy', '*1974 frames'), no telephone number and no year. The SI
# and clinical units devices print (IEC 62494 and vendors' dose and acquisition pages), in the
# case they are printed in ('ms', not 'Ms': a title); the counted things case-insensitively.
_UNIT_WORDS = ("Hz|kHz|MHz|GHz|KHZ|MHZ|ms|µs|us|sec|secs|min|mins|mm|cm|km|µm|um|nm|mm²|cm²|mm2|cm2|mm³|cm³|mm3|cm3"
               "|ml|mL|dl|dL|cc|µl|µL|ul|uL|mg|kg|µg|ug|mcg|Gy|mGy|MGY|µGy|uGy|cGy|Sv|mSv|µSv|uSv|mAs|MAS|mA|kV|KV"
               "|kVp|KVP|kVP|keV|KeV|KEV|MeV|MBq|GBq|kBq|mCi|µCi|uCi|HU|dB|dBm|mT|ppm|IU|mEq|mmol|mol|px|lp|deg")
_MEASURE_UNIT_AFTER = (rf"[ \t]?(?:%|°|(?-i:{_UNIT_WORDS})(?![^\W\d_])"
                       r"|(?i:frames?|images?|imgs|slices?|cells|counts|cts|kcts|mcts|events|pixels?|bpm|fps|mmhg|beats)(?![^\W\d_]))")
# One list of what may follow a number that makes it a measure or a count: these units and the
# counted nouns of the banner's languages the labelled-number rule reads (`banner_labels`).
UNIT_AFTER_TEXT = rf"(?:{_MEASURE_UNIT_AFTER}|{LABELLED_UNIT_AFTER})"
UNIT_AFTER = re.compile(UNIT_AFTER_TEXT)
# Where a numeric date ends: at a word boundary, or glued to the next word where a long one-line
# banner's words stood a glyph gap apart and the text layout joined them ('Birth: 15.04.1972Ain
# Shams', 'Exam 2024-03-12Clinic'): before a capitalised word, or any letters after a year of four
# digits; never before a unit ('12.3.10mm', '1.2.2024mm') nor two capitals after a short year
# (a version's build, '3.1.14SP2').
# Also before the patient's sex glued to the date's last two digits (fix round 37: '1986/04/17F',
# '17.04.1986W'): a banner prints the date of birth and the sex a glyph apart ('1986/04/17 F'), and the
# layout joins them. One capital of the sex codes alone before a space or the line's end: DICOM's
# (0010,0040) F, M, O and the national letters (de W weiblich, no/da/pl K kvinne/kvinde/kobieta,
# es/fr H hombre/homme, U unknown).
_NUMERIC_DATE_END = (rf"(?:\b|(?!{UNIT_AFTER_TEXT})(?:(?<=(?:19|20)\d\d)(?=[^\W\d_]{{2}})"
                     r"|(?-i:(?=[A-Z][a-z]))|(?-i:(?<=[./-]\d\d|[./-](?:19|20)\d\d)(?=[FMOWKHU](?![^\W_])))))"
                     # nor a version's first parts ('1.0.14.07': a fourth part after a point)
                     r"(?!\.\d)")
# The label of a measurement or a count, right before a value (and ':' or '='): 'Dose *1974',
# 'DLP *1974', 'Total *1974', 'Count *1974', 'N = *1974'. An asterisk there marks a footnote
# or a value out of range, not a birth. Not the words that are also given names or surnames
# ('Max', 'Min', 'Val', 'Gain', 'Speed', 'Pitch'), which stand before '*1974' in 'MEIER, MAX *1974'.
_MEASURE_LABEL = (r"(?i:\b(?:dose|dlp|ctdi(?:vol|w)?|dap|kerma|total|sum|count|counts|cts|kcts|mean|avg|average|sd|std"
                  r"|area|vol|volume|len|length|dist|distance|diam|diameter|kvp?|ma|mas|time|frames?|images?|slices?"
                  r"|value|n|no|nr|num|number|size|matrix|fov|thk|thickness|rate|freq|frequency|prf|depth|level"
                  r"|window|ww|wl|range|events|activity|energy|index|score|ratio|peak|suv|hu|ref)\.?)")
_AFTER_MEASURE_LABEL = rf"(?<!{_MEASURE_LABEL}[ \t]*[:=]?[ \t]*)(?<![=])"
# A year of birth after its label: the labels of a birth year ('YOB', 'Jg.', 'Jahrgang',
# 'Geburtsjahr', 'born', 'b.', 'né en', 'nato nel', 'Año nac.', 'Rok urodzenia', 'Årgang',
# 'Syntymävuosi', 'Doğum Yılı'; Wiktionary's translations of *year of birth*, *born* and
# *date of birth*, and the German 'Jg.' of DIN 5008) and the date-of-birth labels (`_BIRTH_LABELS`,
# 'DOB'), then the words between a verb of birth and its year ('en', 'in', 'im Jahr', 'nel',
# 'em', 'w'). HIPAA Safe Harbor keeps a year, but a birth year beside the patient's name is
# what identifies them on a banner: the year of 'DOB: 1974' is painted as its full date would be.
_BIRTH_YEAR_WORDS = (
    r"yob|y\.o\.b|year\s+of\s+birth|birth\s*year|born|b\.|dob|d\.o\.b|birth|birth\s*date|date\s+of\s+birth"
    r"|geb|geboren|jg|jahrgang|geburtsjahr|geb\.?-?jahr"  # de
    r"|né|née|nee|ne(?=[ \t]+en\b)|ann[ée]e\s+de\s+naissance"  # fr
    r"|nacid[oa]|a[ñn]o\s+(?:de\s+)?nac(?:imiento)?\.?"  # es
    r"|nat[oa]|anno\s+di\s+nascita"  # it
    r"|nascid[oa]|ano\s+de\s+nascimento"  # pt
    r"|geboortejaar"  # nl
    r"|ur|urodzon[ya]|rok\s+urodzenia"  # pl
    r"|f[öo]dd|f[öo]delse[åa]r|[åa]rg[åa]ng|f[øo]dt|f[øo]dsels[åa]r"  # sv, da, no
    r"|syntynyt|syntym[äa]vuosi"  # fi
    r"|do[ğg]um(?:\s+y[ıi]l[ıi]|\s+tarihi)?"  # tr
    rf"|{_BIRTH_LABELS}")
BIRTH_YEAR_LABEL = re.compile(rf"(?i)(?<![\w.])(?:{_BIRTH_YEAR_WORDS})\.?"
                              r"(?:[\s:=#.]+(?:en|in|im|jahr|nel|nell'anno|em|no|ano|w|i|el|le|année|anno|año|the|year)\b)*"
                              r"[\s:=#.]*$")
# A year standing alone (not a part of a date, a decimal, a range or a code), no unit after it.
BIRTH_YEAR = re.compile(rf"(?<![\w.,/:\-{_LIFE_SIGNS}]){YEAR}(?![\w/:\-]|[.,]\d)(?!{UNIT_AFTER_TEXT})")
# A time of day: 24 hour or 12 hour, AM/PM after it, or before it ('M 11:24:20': OCR lost the 'A').
TIME_OF_DAY = _TIME = r"(?:(?:[AP]\.?M\.?|M)\s?)?\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?"
# A clock time as other languages write it (fix round 37), besides 'HH:MM': with 'h' between hour and
# minutes (fr/pt/es/it '16h05', '9h30', '14 h 07', the hour alone '16h'; the Académie française's and the
# ABNT's usage), with '.' after the Nordic word for o'clock (no 'kl'/'klokka'/'klokken', sv 'kl.'/'klockan',
# da 'kl.', fi 'klo'/'kello': 'kl 14.07', 'kl. 9.14', 'klo 14.07'; the Norwegian Language Council's and
# the Swedish Language Council's writing rules) or before it (de 'Uhr', nl 'uur', cs 'hod.': '14.07 Uhr',
# '14:07 uur'; Duden). Beside a date only (`overlay_recognizers`' 'date and national time'): alone
# '2h30' is a duration, '14.07' a measurement ('Dist 14.07 mm', 'SUV 14.07') or a version's part.
_CLOCK_HOUR = r"(?:[01]?\d|2[0-3])"
_CLOCK_WORD = r"(?i:kl|klo|klokka|klokken|klockan|kello)\.?"
_H_CLOCK = rf"{_CLOCK_HOUR}(?:h[0-5]\d|[ \t]h[ \t][0-5]\d|h)(?:min)?(?![^\W_]|[:.,]\d)"
_DOT_CLOCK = rf"{_CLOCK_HOUR}[.:][0-5]\d"
_UNIT_CLOCK = rf"{_DOT_CLOCK}(?=[ \t]?(?i:uhr|uur|hod)\b)"
# A time with '.' right after a date and nothing after it on its line but a word ('11.12.2023 14.07'):
# two digits of hour (a one-digit '1.25' is as often a reading), never before a unit or more digits.
_BARE_DOT_CLOCK = rf"(?:[01]\d|2[0-3])\.[0-5]\d(?![\d.,:/]|{UNIT_AFTER_TEXT})"
# The clock word labels a time of day wherever it stands ('Undersøkt kl 14.07', '11.12.2023 kl 14.07'):
# only the time is painted.
LABELLED_CLOCK = rf"(?<=(?<![^\W\d_]){_CLOCK_WORD}[ \t]?)(?<![\d.]){_DOT_CLOCK}(?![\d.:])"


# -- a date OCR misread characters of ------------------------------------------------------------

# What OCR reads for a digit in small or stamped fonts ('202@/09/09' for 2026/09/09, 'O9.03.2024',
# '1l/05/1987', '2S.12.2019', '12/03/1g61'): 0 as @ O o Q D, 1 as l I | i, 2 as Z z, 5 as S s,
# 6 as G b, 8 as B, 9 as g q. The pairs of Tesseract's and PP-OCR's usual confusions (Tesseract's
# unicharambigs file; the project's review images: PP-OCR read the '6' of '2026' as '@').
DIGIT_FOR = {**dict.fromkeys("@OoQD", "0"), **dict.fromkeys("lI|i", "1"), **dict.fromkeys("Zz", "2"),
             **dict.fromkeys("Ss", "5"), **dict.fromkeys("Gb", "6"), "B": "8", **dict.fromkeys("gq", "9")}
# The confusions of round glyphs and strokes: O for 0, l and I for 1. A date may have any number of
# them ('l2/O3/l96l', 'O1.O2.1950'); of the others ('S', 'Z', 'B', '@', 'g') one at most, unless a
# date label stands before it ('DOB: 12/O3/1g6l'): two of those make a code ('IS/SO/2024').
_ROUND = frozenset("OolI|i")
_C = "[0-9" + re.escape("".join(DIGIT_FOR)) + "]"
_C_END = r"(?![\w@|]|[/.-]\w)"
# A date shape of digits and those characters: a four-character year first or last, its two other
# parts one or two characters, one separator repeated; or a year and a month alone ('202@/09': the
# same OCR read lost the day of a small date, and a month with its year is a date element too, HIPAA
# Safe Harbor 45 CFR 164.514(b)(2)(i)(C)). A whole token: no letter or digit on either side.
_CONFUSED_DATE = (rf"(?<![\w@|])(?:{_C}{{4}}(?P<s1>[./-]){_C}{{1,2}}(?:(?P=s1){_C}{{1,2}})?"
                  rf"|{_C}{{1,2}}(?P<s2>[./-]){_C}{{1,2}}(?P=s2){_C}{{4}}|{_C}{{2}}[./-]{_C}{{4}})(?![\w@|/.-])")
# A date with a two-digit year ('1O/O3/6l'): only after a date label ('DOB: 1O/O3/6l'); alone,
# 'Img 1O/O8/2O' is a counter as likely.
_CONFUSED_SHORT_DATE = rf"(?<![\w@|]){_C}{{1,2}}(?P<s>[./-]){_C}{{1,2}}(?P=s){_C}{{2}}(?![\w@|/.-])"
# DICOM DA as burned in, YYYYMMDD, with misread digits ('196lO312').
_CONFUSED_DA = rf"(?<![\w@|])(?P<y>{_C}{{4}})(?P<m>{_C}{{2}})(?P<d>{_C}{{2}})(?![\w@|/.-])"
# A month's name with a misread day or year ('12 Mar 196l', 'Mar l2, 1961', '196l-MAR-12'), in the
# three orders of the month-name dates (`_NAME_DATE`, `_MONTH_FIRST`, `_YEAR_FIRST`).
_C_MON = rf"(?i:{_MON})\.?"
_CONFUSED_NAME_DATES = (
    rf"(?<![\w@|])(?P<d>{_C}{{1,2}})(?:[ \t]+(?i:OF|DE))?[ \t./-]*{_C_MON},?(?:[ \t]+(?i:DE))?[ \t./-]*"
    rf"(?P<y>{_C}{{4}}){_C_END}",
    rf"(?<![\w@|]){_C_MON}[ \t./-]*(?P<d>{_C}{{1,2}}),?[ \t./-]*(?P<y>{_C}{{4}}){_C_END}",
    rf"(?<![\w@|])(?P<y>{_C}{{4}})[ \t./-]*{_C_MON}[ \t./-]*(?P<d>{_C}{{1,2}}){_C_END}",
)
_NAME_FORMS = tuple(re.compile(form) for form in _CONFUSED_NAME_DATES)


def _year_ok(year: str) -> bool:
    return len(year) == 4 and 1880 <= int(year) <= datetime.date.today().year


def _misread_enough(chars: str, labelled: bool) -> bool:
    """Whether `chars` (a date's digits and misread characters) has misread characters, and no more
    than a date may have: after a date label any number; alone, round ones (`_ROUND`) and one other,
    and at least as many digits as misread characters ('lOlO/lO/lI' is no date)."""
    swapped = [c for c in chars if c in DIGIT_FOR]
    if not swapped:
        return False
    if labelled:
        return any(c.isdigit() for c in chars)
    return sum(c not in _ROUND for c in swapped) <= 1 and 2 * len(swapped) <= len(chars)


def _read(part: str) -> str:
    return "".join(DIGIT_FOR.get(c, c) for c in part)


def confused_date(text: str, labelled: bool = False) -> str | None:
    """`text` (a `ConfusedDateRecognizer` match) with its misread characters read as the digits they
    stand for, when that gives a date: a year 1880 to this year's, a month and a day in range, in
    either order after a day-first or a month-first part; a year and a month; a year and a month
    whose day OCR garbled ('2024/09/S9'); a compact YYYYMMDD; or a month's name with its day and year.
    '202@/09/09' -> '2026/09/09', '202@/09' -> '2026/09'. None for a token with no misread
    character, with more than `_misread_enough` allows (a code: 'B12/08/OD', 'IS/SO/2024'), or with
    a letter in the separators' place. `labelled`: a date label stands before it ('DOB:')."""
    for form in _NAME_FORMS:
        m = form.fullmatch(text)
        if m:
            day, year = _read(m["d"]), _read(m["y"])
            if not (_misread_enough(m["d"] + m["y"], labelled) and _year_ok(year) and 1 <= int(day) <= 31):
                return None
            for group, digits in sorted((("d", day), ("y", year)), key=lambda g: -m.start(g[0])):
                text = text[:m.start(group)] + digits + text[m.end(group):]
            return text
    m = re.fullmatch(_CONFUSED_DA, text)
    if m:
        digits = _read(text)
        ok = _misread_enough(text, labelled) and _year_ok(digits[:4])
        return digits if ok and _date_ok(int(digits[6:]), int(digits[4:6])) else None
    if not _misread_enough(re.sub(r"[./-]", "", text), labelled):
        return None
    digits = _read(text)
    raw = re.split(r"[./-]", text)
    parts = re.split(r"[./-]", digits)
    if len(parts) == 2:  # a year and a month: the year one side, a month of two digits the other
        year, month = sorted(parts, key=len, reverse=True)
        return digits if _year_ok(year) and len(month) == 2 and 1 <= int(month) <= 12 else None
    if len(parts) != 3:
        return None
    first = len(parts[0]) == 4
    year, a, b = (parts[0], parts[1], parts[2]) if first else (parts[2], parts[0], parts[1])
    if len(year) == 2 and labelled and (_date_ok(int(b), int(a)) or _date_ok(int(a), int(b))):
        return digits
    if not _year_ok(year):
        return None
    if _date_ok(int(b), int(a)) or _date_ok(int(a), int(b)):
        return digits
    # A year and a month with a day OCR garbled ('2024/09/S9': no day reads so): the month and the
    # year are still a date element. Year first, the month is the middle part; else either.
    ra, rb = (raw[1], raw[2]) if first else (raw[0], raw[1])
    months = [(a, rb)] if first else [(a, rb), (b, ra)]
    return digits if any(1 <= int(mo) <= 12 and any(c in DIGIT_FOR for c in other) for mo, other in months) else None


def _after_date_label(text: str, start: int) -> bool:
    """Whether a date label (`DATE_LABEL`: 'DOB:', 'Geb.:', 'Study Date:') ends right before `start`
    on its line."""
    return bool(DATE_LABEL.search(text, text.rfind("\n", 0, start) + 1, start))


class ConfusedDateRecognizer(PatternRecognizer):
    """DATE_TIME: a date with characters OCR misread for digits (`confused_date`), more of them
    after a date label."""

    def __init__(self) -> None:
        super().__init__(supported_entity="DATE_TIME", name="overlay-date-ocr", supported_language="en",
                         patterns=[Pattern("date, digits misread", _CONFUSED_DATE, 0.6),
                                   Pattern("date, two-digit year, digits misread", _CONFUSED_SHORT_DATE, 0.6),
                                   Pattern("DICOM DA, digits misread", _CONFUSED_DA, 0.6),
                                   *(Pattern("month-name date, digits misread", form, 0.6)
                                     for form in _CONFUSED_NAME_DATES)],
                         global_regex_flags=0)

    def validate_result(self, pattern_text: str) -> bool:
        return confused_date(pattern_text, labelled=True) is not None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        kept = [r for r in results
                if confused_date(text[r.start:r.end], labelled=_after_date_label(text, r.start)) is not None]
        # A month's name whose 'O' OCR read as a zero ('0ct 24 2022', 'N0V 3 2021', '0kt'): the
        # text with that zero read as the letter (same length, so offsets hold), a month-name
        # date in it with the digits as written.
        lettered = _O_FOR_ZERO.sub("O", text)
        if lettered != text:
            for form in _MONTH_NAME_DATES:
                for m in form.finditer(lettered):
                    if m.group(0) != text[m.start():m.end()] and _year_ok(m["y"]) and 1 <= int(m["d"]) <= 31 \
                            and not any(r.start < m.end() and m.start() < r.end for r in kept):
                        kept.append(RecognizerResult(
                            "DATE_TIME", m.start(), m.end(), 0.6,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        for m in _MISREAD_MONTH_DATE.finditer(text):
            if _misread_month(m["mon"]) and _year_ok(m["y"]) and 1 <= int(m["d"]) <= 31 \
                    and not _after_a_device_row_label(text, m.start()) \
                    and not any(r.start < m.end() and m.start() < r.end for r in kept):
                kept.append(RecognizerResult(
                    "DATE_TIME", m.start(), m.end(), 0.6,
                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                          RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return kept


# fix round 36 (review 19 B, a Spanish NM banner: '23-abr-2024' read '23-abF-2024', 9 px): a day, a month's
# three-letter abbreviation with one letter misread, a four-digit year, one separator repeated (the
# dd-mmm-yyyy of consoles in Spanish, Portuguese, Italian, French, German, Dutch, Catalan and English:
# CLDR's abbreviated month names, the `MONTH_NAMES_BY_LANGUAGE` rows of those languages). The other two
# letters must match in place, the day be 1-31 and the year a year (`_year_ok`): 'abF' is 'abr', 'fcb'
# 'feb', 'Jnl' 'Jul'; a code of three letters between digits ('12-ABC-2024') is not a month's.
_MISREAD_MONTH_DATE = re.compile(r"(?<![\w./-])(?P<d>\d{1,2})(?P<s>[-./ ])(?P<mon>[^\W\d_]{3})\.?(?P=s)"
                                 r"(?P<y>(?:19|20)\d{2})(?![\w./-])")
_ABBREVIATIONS3 = frozenset(
    "".join(_letter_forms(ch)[0] for ch in name[:3])
    for lang in ("en", "de", "fr", "es", "it", "pt", "ca", "nl")
    for names in MONTH_NAMES_BY_LANGUAGE.get(lang, ()) for name in names.split() if len(name) >= 3
) | frozenset(("jan feb mar apr may jun jul aug sep oct nov dec").split())


# Every language's month names, bare: a word that is one ('Sen', Uzbek; 'Dis', Malay) is no misread
# (`device_row_month_date` judges it).
_ANY_MONTH_BARE = frozenset("".join(_letter_forms(ch)[0] for ch in name) for name in FOREIGN_MONTHS)


def _misread_month(word: str) -> bool:
    """`word` (three letters) a month's abbreviation of `_ABBREVIATIONS3` with exactly one letter misread."""
    bare = "".join(_letter_forms(ch)[0] for ch in word)
    return bare not in _ABBREVIATIONS3 and bare not in _ANY_MONTH_BARE and any(
        sum(a != b for a, b in zip(bare, abbr, strict=False)) == 1 for abbr in _ABBREVIATIONS3)


def _after_a_device_row_label(text: str, start: int) -> bool:
    """A device's row label ends right before `start` on its line ('Avg 4 ...', 'Window 3 ...')."""
    last = _LAST_WORD.search(text, text.rfind("\n", 0, start) + 1, start)
    if last is None:
        return False
    word = last.group(1)
    return is_device_word(word) or bool(_ROW_LABEL.fullmatch(word)) or bool(_COUNTER_LABEL_BEFORE.fullmatch(word))


# A zero among a word's letters or before two of them, as OCR reads the 'O' of a month's name
# ('0ct', 'N0V', '0kt', '0TT', '0ut'); read back as the letter by `ConfusedDateRecognizer`.
_O_FOR_ZERO = re.compile(r"(?<=[A-Za-z])0(?=[A-Za-z])|(?<![\w])0(?=[A-Za-z]{2}(?![\w]))")
# The month-name dates of `_CONFUSED_NAME_DATES` with their digits as written.
_MONTH_NAME_DATES = tuple(re.compile(form.replace(_C, r"\d")) for form in _CONFUSED_NAME_DATES)


# A component of a DICOM PN as burned in (`overlay_recognizers`' 'DICOM PN'): a capital of any
# alphabet (`letters.CAPITAL`), then letters of any alphabet, apostrophes and hyphens ('KOZŁOWSKA',
# 'Søndergård', "O'NEILL-ÇELİK"); an initial may end in a point. OCR reads a slashed 'Ø' as a zero
# ('BJ0RNSTAD'): a 0 between two letters is read as the letter it stands for.
_PN_LETTER = r"(?:[^\W\d_]|(?<=[^\W\d_])0(?=[^\W\d_]))"
# Possessive: a component is taken whole, so one glued to an identifier's '_' is not cut short
# to look like a name ('Spine^LSpine_Routine', a protocol: `_PN_END`).
_PN_FIRST = rf"[{CAPITAL}](?:{_PN_LETTER}|['\u2019-])++"
_PN_PART = rf"[{CAPITAL}](?:{_PN_LETTER}|['\u2019.-])*+"
_PN_CAPS = rf"[{CAPITAL}][{CAPITAL}'\u2019-]+"
# The component separator '^' and what OCR reads for it in small fonts (quotes, '*', '~').
_CARET = r"[\^\u201c\u201d\"*~]"
# A PN ends where its last component does, never in an identifier ('Abdomen^01_Abdomen_Routine',
# 'Spine^LSpine_Routine': Siemens' protocol names in StudyDescription join words with '_').
_PN_END = r"(?!_)"
# The scripts without case a PN is written in (its ideographic and phonetic representations,
# PS3.5 6.2.1.2: '山田^太郎', '김^민수', 'やまだ^たろう'): hiragana and katakana, CJK ideographs
# (with extension A and the compatibility block) and Hangul syllables (The Unicode Standard,
# chapters 18.1-18.6).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_CARET = "[\\^\uff3e]"


# The labels of Portugal's patient numbers: 'Nº Utente', 'N.º Utente', 'Utente nº', 'Nº SNS', 'Cartão
# SNS', 'Nº Beneficiário', 'NIF', 'Cartão de Cidadão', 'CC', 'BI' (the older identity card), then
# nine digits in groups of three or together, or the citizen card's eight digits, check digit and
# two letters and a digit. Not after a device word (`_OverlayIdRecognizer`).
_PT_NUMBER_WORD = r"n\.?[ \t]?[º°o]\.?"
_PT_LABELLED_NUMBER = (
    rf"(?i)(?<![^\W\d_])(?:(?:{_PT_NUMBER_WORD}[ \t]*)?(?:utente|sns|benefici[áa]rio)(?:[ \t]+{_PT_NUMBER_WORD})?"
    r"|cart[ãa]o[ \t]+(?:de[ \t]+)?(?:utente|sns|cidad[ãa]o)|nif|cc|bi)"
    r"[ \t]*[:#.]?[ \t]*(?P<value>\d{3}(?P<sep>[ \t.]?)\d{3}(?P=sep)\d{3}|\d{8}[ \t]?\d(?:[ \t]?[A-Z]{2}\d)?)"
    r"(?![\w.,/-]|[ \t]+\d)")
_PT_NUMBER = re.compile(_PT_LABELLED_NUMBER)


# The labels of a file, folder or case number (`overlay_recognizers`' 'file number', fix round 37), a
# word for the number or a colon perhaps after them; `_FILE_NUMBER` the value after one.
_FILE_LABEL = (r"(?i:(?<![^\W\d_])(?:file|case|chart|folder|dossier|akte|akten|fall|expediente|prontu[áa]rio|processo"
               r"|cartella|journal|sak|saks|sags)(?:[ \t.-]?(?:no|nr|n[°º]|num|number|nummer|número|numero|#))?"
               r"|(?<![^\W\d_])(?:fallnummer|fallnr|aktennummer|dossiernummer|dossiernr|journalnr|journalnummer|saksnr"
               r"|sagsnr|n[°º][ \t]?(?:dossier|expediente|cartella|processo)))\.?[ \t]*[:#]?[ \t]*")
# A year alone is no file number ('Dossier 2024': the year of a folder's papers).
_FILE_NUMBER = (rf"(?<={_FILE_LABEL})(?<![\w/.-])(?=(?:[A-Z]{{1,4}}[-/]?)?(?:\d[-/]?){{4}})(?!(?:19|20)\d\d(?![\w/-]))"
                rf"(?:[A-Z]{{1,4}}[-/]?)?\d+(?:[-/]\d+){{0,3}}(?![\w./:-]|,\d|{UNIT_AFTER_TEXT})")

# A hospital's four to six capitals glued to five digits or more after the record's and the visit's
# labels, colon or not ('MRN KFMC0027719', 'HN SRTH6600123', 'Acct ABCD1234567', 'FIN: KFMC20240001',
# 'CSN', 'Enc', 'Visit'), the capitals in their case; the label is no part of the ID. Not after a
# device word ('Coil ID HEAD12345': `_OverlayIdRecognizer`).
_LETTERS_ID_TEXT = (r"(?i)(?<![^\W\d_])(?:MRN|MR#|PID|ID|Patient\s?ID|HN|Acct|Account|FIN|CSN|Enc|Visit)"
                    r"\.?(?:\s?(?:No|#))?[\s:#.]*(?P<value>(?-i:[A-Z]{4,6})\d{5,12})\b")
_LETTERS_ID = re.compile(_LETTERS_ID_TEXT)


# DICOM modality codes (PS3.3 C.7.3.1.1.1 Modality, defined terms) and the common 'MRI', 'PET',
# 'XR', 'DR' that sites write in their accession numbers.
_MODALITY_CODES = ("CT|MR|MRI|US|CR|DX|DR|XR|MG|NM|PT|PET|XA|RF|IO|PX|OT|ES|SC|RG|BMD|OCT|OP|ECG|EEG|IVUS|DG|SM"
                   "|XC|GM|BI|TG")


# The words before a month and a year that make them a date (en prior, since, from, in, dated,
# comparison, compare(d) (with/to), vs, until, of; de seit, vom, bis; fr depuis, du, de; es/pt desde,
# del, de; it dal, del; nl sinds, van).
_MONTH_YEAR_LEAD = (r"(?<=(?i:(?<![^\W\d_])(?:prior|since|from|in|dated|comparison|compared?(?:[ \t]+(?:with|to))?"
                    r"|vs|until|of|seit|vom|bis|depuis|du|de|desde|del|dal|sinds|van))\.?(?:[ \t]*:?[ \t]+|))")
# The value right after its word, or glued to it where OCR's two words stood 2 px apart
# ('prior' + '03/2025' is one token of the layout's text, 'prior03/2025').
_MONTH_YEAR = (r"(?:(?<![\d/.-])(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}(?![\w/-]|[.,]\d)"
               r"|(?<![\d/.-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\w/-]|[.,]\d)"
               rf"|(?i:(?<![^\W\d_]){_MON_EN}\.?[ \t]+(?:19|20)\d{{2}}(?![\w/-]|[.,]\d)))"
               rf"(?!{UNIT_AFTER_TEXT})")
_MONTH_YEAR_ALONE = r"(?:0[1-9]|1[0-2])[/-](?:19|20)\d{2}"


# -- dates of other calendars (fix round 29) ---------------------------------------------------------
# Banners of Saudi Arabia and the Gulf print a birth date in the Islamic (Hijri) calendar, the
# Umm al-Qura calendar of the Saudi state (KACST), its year of 1300-1499 marked by 'H' or 'AH'
# (anno Hegirae) in Latin or 'هـ' in Arabic, glued or spaced ('1401/03/12H', '12/03/1401 AH',
# '1401-03-12 هـ'); Iran's and Afghanistan's write the Solar Hijri (Jalali) calendar, their official
# one (Constitution of Iran, art. 17), year first with no mark or 'SH'/'HS'/'ه.ش' ('1362/07/15');
# Thailand's the Buddhist era, year 2400-2599, day first ('12/03/2567', 'พ.ศ.'/'BE' after it: the
# Calendar Act B.E. 2483). A date all the same (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C)).
# Month names as CLDR's calendars 'islamic' and 'persian' romanise them, and the usual spellings of
# ALA-LC romanisation without its marks ('Rabi al-Awwal', "Rabi' I", 'Rabiul Awal', 'Dhul Hijjah';
# 'Farvardin', 'Ordibehesht', 'Mordad'/'Amordad', 'Esfand'/'Esfand'), Arabic and Persian script too.
# Guards: a year first with no mark only with '/' or '-' and standing alone (a version '1402.05.12',
# an accession 'H/1401/03/12' or '1401/03/12/7' is none); a day first with a 13xx/14xx year only
# with its mark ('12/03/1401' alone is as often a counter's row).
_HIJRI_MONTHS = (
    "muharram muharam moharram", "safar", "rabi al-awwal|rabi' al-awwal|rabi ul awal|rabiul awal|rabi i|rabi' i|rabi 1",
    "rabi al-thani|rabi' al-thani|rabi al-akhir|rabi' al-akhir|rabiul akhir|rabi ii|rabi' ii|rabi 2",
    "jumada al-awwal|jumada al-ula|jumadal ula|jumada i|jumada 1",
    "jumada al-thani|jumada al-akhirah|jumada al-akhira|jumadal akhirah|jumada ii|jumada 2",
    "rajab", "sha'ban shaban shaaban", "ramadan ramazan ramadhan", "shawwal shawal",
    "dhu al-qadah|dhu al-qa'dah|dhu al-qidah|dhul qadah|dhul-qadah|dhu'l-qi'dah|zul qadah|zulqadah",
    "dhu al-hijjah|dhul hijjah|dhul-hijjah|dhu'l-hijjah|zul hijjah|zulhijjah",
    # Arabic script
    "محرم", "صفر", "ربيع الأول|ربيع الاول", "ربيع الآخر|ربيع الثاني|ربيع الاخر", "جمادى الأولى|جمادى الاولى",
    "جمادى الآخرة|جمادى الثانية|جمادى الاخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)
_SOLAR_HIJRI_MONTHS = (
    "farvardin", "ordibehesht", "khordad", "tir", "mordad amordad", "shahrivar", "mehr", "aban", "azar", "dey",
    "bahman", "esfand", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن",
    "اسفند",
)


def _calendar_month_regex(months) -> str:
    """One alternation of the names in `months` (each entry's names split on '|' where they hold a
    space or are written in Arabic script, else on spaces), longest first, apostrophes also as
    OCR's ’ or none, hyphens and spaces as either or none."""
    names = [n for entry in months
             for n in (entry.split("|") if "|" in entry or not entry.isascii() else entry.split())]
    parts = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):  # one order in every process
        parts.append(re.escape(name).replace("'", "['\u2019\u02bb\u02bf]?").replace(r"\-", "[ -]?")
                     .replace(r"\ ", "[ -]?"))
    return "(?:" + "|".join(parts) + r")(?![^\W\d_])"


_HIJRI_MONTH = _calendar_month_regex(_HIJRI_MONTHS + _SOLAR_HIJRI_MONTHS)
# The marks of the calendars, after the date: Islamic 'H', 'AH', 'A.H.', 'Hijri', 'هـ'; Solar Hijri 'SH',
# 'S.H.', 'HS', 'H.Sh.', 'ه.ش', 'ش'; lunar 'HQ', 'ه.ق'.
_HIJRI_MARK = (r"(?:A\.?H\.?|S\.?H\.?|H\.?S(?:h)?\.?|H\.?Q\.?|Hijri|H(?:\.|(?![^\W\d_]))"
               r"|\u0647\u0640?\.?[ \t]?[\u0634\u0642]\.?|\u0647\u0640|\u0647|\u0634)(?![^\W\d_])")
_HIJRI_YEAR = r"1[34]\d\d"
_HIJRI_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_HIJRI_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
# A mark glued to the date is its word's ('1401/03/12H'); spaced apart, it stays ('1401/03/12 AH').
_HIJRI_MARKED = rf"(?:{_HIJRI_MARK}|(?=[ \t]{_HIJRI_MARK}))"
_HIJRI_END = r"(?![\w/.:-]|[.,]\d)"
_HIJRI_YEAR_FIRST = (rf"(?<![\w/.:-]){_HIJRI_YEAR}(?:(?P<hs>[/.-]){_HIJRI_MONTH_NUMBER}(?P=hs){_HIJRI_DAY_NUMBER}"
                     rf"{_HIJRI_MARKED}|(?P<hb>[/-]){_HIJRI_MONTH_NUMBER}(?P=hb){_HIJRI_DAY_NUMBER}{_HIJRI_END})")
_HIJRI_DAY_FIRST = (rf"(?<![\w/.:-]){_HIJRI_DAY_NUMBER}(?P<hd>[/.-]){_HIJRI_MONTH_NUMBER}(?P=hd){_HIJRI_YEAR}"
                    rf"{_HIJRI_MARKED}")
_HIJRI_NAME_DATE = (rf"(?<![\w/.:-]){_HIJRI_DAY_NUMBER}[ \t.,-]{{1,2}}{_HIJRI_MONTH}[ \t.,-]{{1,2}}{_HIJRI_YEAR}"
                    rf"(?:{_HIJRI_MARKED})?(?!\d)")
# The Buddhist era's date, day first (Thai usage), its mark 'BE', 'B.E.' or 'พ.ศ.' after it or not.
_BUDDHIST_DATE = (rf"(?<![\w/.:-]){_HIJRI_DAY_NUMBER}(?P<bs>[/.-]){_HIJRI_MONTH_NUMBER}(?P=bs)2[45]\d\d"
                  r"(?:(?:B\.?E\.?|\u0e1e\.\u0e28\.?)(?![^\W\d_])|(?=[ \t](?:B\.?E\.?|\u0e1e\.\u0e28\.?))"
                  r"|(?![\w/.:-]|[.,]\d))")
# With the month's name: any language's (`_MON`: the romanised Thai 'Minakhom' too) or Thai's
# abbreviations in its script ('ม.ค.' ... 'ธ.ค.', the Royal Institute's), a year of the Buddhist era
# ('12 Minakhom 2567', '12 มี.ค. 2567', '12 Mar 2567').
_THAI_MONTHS = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_BUDDHIST_NAME_DATE = (rf"(?<![\w/.:-]){_HIJRI_DAY_NUMBER}[ \t./-]*(?:{_MON}\.?|"
                       + "|".join(re.escape(m).replace(r"\.", r"\.?") for m in _THAI_MONTHS)
                       + rf")[ \t,./-]*2[45]\d\d(?!\d)(?!{UNIT_AFTER_TEXT})")


# Short month names of the round-28 and round-29 languages that are also words of a device's rows
# (fix round 30): Malay and Swahili 'Mac' (a Mac, a MAC address), Uzbek and Azerbaijani 'sen'
# (sensitivity), Malay, Indonesian, Dutch and Afrikaans 'Mei', Indonesian and Swahili 'Des', Malay and
# Filipino 'Dis', Italian, Portuguese and Catalan 'set' (a set), Solar Hijri 'Dey', 'Tir' and 'Mehr'
# (German 'more'), Italian and Catalan 'gen' (a generator), Italian 'mag' (magnitude), Polish, Czech
# and Croatian 'lip', Dutch and Afrikaans 'mrt' (German MRT), Uzbek 'avg', French 'avr', Turkish
# 'Tem', 'Kas', 'Ara'. Such a month makes a date only when its day follows no device row's label
# ('Ch 12 Mac 2048', 'Avg 4 Sen 2000', 'Gate 5 Dey 1400', 'Mode 3 Mehr 1350': readings of a row)
# and its Gregorian year is no later than next year's.
_DEVICE_ROW_MONTHS = frozenset({"mac", "sen", "mei", "des", "dis", "set", "dey", "tir", "mehr", "gen", "mag", "lip",
                                "mrt", "avg", "avr", "tem", "kas", "ara"})
# Labels of a device's rows that the device vocabulary does not hold, before a reading.
_ROW_LABEL = re.compile(r"(?i)(?:seq|sequence|beam|thk|avgs|shots|kanal|kan|ph|acq|ser|run)")
_LAST_WORD = re.compile(r"([^\W\d_][^\W\d_.]*)\.?[ \t]*$")


def device_row_month_date(text: str, start: int, end: int) -> bool:
    """The date [start, end) of `text` is a device row's readings: its month a `_DEVICE_ROW_MONTHS`
    word, and a device's label right before it on its line (a device word, a counter's or a row's
    label, no date label) or a Gregorian year past next year's ('Ch 12 Mac 2048')."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text[start:end])]
    if not any(w in _DEVICE_ROW_MONTHS for w in words):
        return False
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", text[start:end])]
    if any(y > datetime.date.today().year + 1 for y in years):
        return True
    before = text[text.rfind("\n", 0, start) + 1:start]
    last = _LAST_WORD.search(before)
    if last is None or DATE_LABEL.search(before) or _after_date_label(text, start):
        return False
    word = last.group(1)
    return is_device_word(word) or bool(_ROW_LABEL.fullmatch(word)) \
        or bool(_COUNTER_LABEL_BEFORE.fullmatch(word)) or bool(re.fullmatch(_MEASURE_LABEL, word))


class _OverlayDateRecognizer(PatternRecognizer):
    """The overlay's date patterns, less a device row's readings read as a date with a short month
    name (`device_row_month_date`: 'Ch 12 Mac 2048')."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        return [r for r in results if not device_row_month_date(text, r.start, r.end)]


def overlay_recognizers() -> list[EntityRecognizer]:
    return compiled([
        ConfusedDateRecognizer(),
        _OverlayDateRecognizer(
            supported_entity="DATE_TIME",
            name="overlay-date",
            patterns=[
                Pattern("numeric date", rf"{_NUMERIC_WEEKDAY}{_D}{_NUMERIC_DATE}{_NUMERIC_DATE_END}", 0.6),
                Pattern("iso date", rf"{_NUMERIC_WEEKDAY}{_D}{_ISO_DATE}{_NUMERIC_DATE_END}", 0.7),
                # [Oo]?: small fonts gain a stray 'O' before a leading zero ('O09 MAR 2012').
                Pattern("month-name date", rf"(?i){_D}{_WEEKDAY}[Oo]?{_NAME_DATE}\b", 0.7),
                Pattern("month-first date", rf"(?i)\b{_WEEKDAY}{_MONTH_FIRST}\b", 0.7),
                Pattern("year-first date", rf"(?i){_D}{_WEEKDAY}{_YEAR_FIRST}(?![\d:])", 0.7),
                Pattern("DICOM DA", r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b", 0.55),
                # A month and a year without a day ('Compare prior 03/2025', 'since 2024-11', 'from
                # Mar 2025'): a date all the same (HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i)(C): all
                # elements of dates but the year). Only after a word that dates it (`_MONTH_YEAR_LEAD`)
                # or alone on its line with a two-digit month: '1/2025' is a slice counter and
                # '03/2025' in a table's row a ratio.
                Pattern("month and year after its word", rf"{_MONTH_YEAR_LEAD}{_MONTH_YEAR}", 0.6),
                Pattern("month and year alone", rf"(?m)^[ \t]*{_MONTH_YEAR_ALONE}[ \t]*$", 0.5),
                # The genealogical signs before a year: '*' born, '†' (or '✝') died. Siemens
                # banners write the date of birth so ('*1974', '*12.03.1974'; DIN 5008 and the
                # German usage of '*' and '†' before dates). The sign is part of the date.
                # Only a year someone living was born in (`YEAR`), not a count or a dose with a
                # footnote mark: after a measurement's label ('Dose *1974 mGy', 'Total *1974') or
                # before a unit ('*1974 frames'); `_AFTER_MEASURE_LABEL`, `UNIT_AFTER_TEXT`.
                Pattern("birth or death year",
                        rf"(?<![\w{_LIFE_SIGNS}]){_AFTER_MEASURE_LABEL}{_LIFE_SIGN}[ \t]?{YEAR}(?![\d.:/-])"
                        rf"(?!{UNIT_AFTER_TEXT})", 0.6),
                # A time of day directly beside a date, on either side: one date-time; also
                # glued to it, where OCR read the two as one token ('11/14/202416:20'). Scored
                # over spaCy's 0.85: Presidio keeps one result per span, and the model's would
                # rank under the 'long number' ID inside the token ('202416').
                # On one line: a time over or under a date is `_times_beside_dates`' to judge
                # (the analyzer's), by the boxes; '12:43:51 PM' at the end of one corner's line and
                # 'Jul 30 2026' at the start of the next line of text are no date-time.
                # With the national renderings of a clock time (`_H_CLOCK`, `_DOT_CLOCK`: '02.fev.2024
                # 16h05', '11.12.2023 14.07 Uhr', '14.07 Uhr 11.12.2023'), the clock word left ('Uhr' is
                # no PHI). A date before its time is matched with it, as one span (the date is PHI all
                # the same): a look-behind as wide as a date only `regex` reads, and parses slowly. One
                # pattern for each order, not one per rendering where it can be helped: `_ANY_DATE` is 38,000
                # characters, and every copy is parsed in every process's start-up (about 0.15 s).
                Pattern("date and time",
                        rf"{_D}{_ANY_DATE}(?:[ \t,]{{0,3}}{_TIME}(?![\d:])"
                        rf"|[ \t,]{{1,3}}(?={_CLOCK_HOUR}(?:h|[ \t]h[ \t]|[.:]\d))"
                        rf"(?:{_H_CLOCK}|{_UNIT_CLOCK}|{_BARE_DOT_CLOCK}))", 0.9),
                Pattern("time and date", rf"(?<![\d:]){_TIME}[ \t,]{{1,3}}{_ANY_DATE}\b", 0.9),
                Pattern("national time and date",  # the time alone, ahead of its date
                        rf"(?<![\d.:])(?={_CLOCK_HOUR}(?:h|[ \t]h[ \t]|[.:]\d))"
                        rf"(?:{_H_CLOCK}(?=[ \t,])|{_DOT_CLOCK}(?=[ \t]?(?i:uhr|uur|hod)\b))"
                        rf"(?=(?:[ \t]?(?i:uhr|uur|hod)\.?)?[ \t,]{{1,3}}{_ANY_DATE})", 0.85),
                Pattern("clock word and time", LABELLED_CLOCK, 0.7),
                # Date-time identifiers: '11-05-25-142825' (yy-mm-dd-HHMMSS), '20110525_142825'.
                Pattern("date-time identifier",
                        r"\b\d{2}[-_.]?(?:0[1-9]|1[0-2])[-_.]?(?:0[1-9]|[12]\d|3[01])[-_T]"
                        r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?\b", 0.8),
                Pattern("DICOM DT",
                        r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[-_T]?"
                        r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?\b", 0.8),
            ],
            context=["dob", "date", "birth", "born", "study", "exam"],
        ),
        # Dates of the Islamic, Solar Hijri and Buddhist calendars (`_HIJRI_YEAR_FIRST` and after).
        _CalendarDateRecognizer(
            supported_entity="DATE_TIME",
            name=CALENDAR_DATE,
            patterns=[
                Pattern("hijri date, year first", _HIJRI_YEAR_FIRST, 0.7),
                Pattern("hijri date, day first", _HIJRI_DAY_FIRST, 0.7),
                Pattern("hijri date, month name", _HIJRI_NAME_DATE, 0.7),
                Pattern("buddhist era date", _BUDDHIST_DATE, 0.6),
                Pattern("buddhist era month-name date", _BUDDHIST_NAME_DATE, 0.6),
            ],
            context=["dob", "date", "birth", "born", "tarikh", "milad", "tavalod"],
        ),
        _OverlayAgeRecognizer(
            supported_entity="AGE",
            name="overlay-age",
            patterns=[
                # Not a mammography exposure glued to its anode/filter pair ('mAs 120W/Rh', '80W/Ag':
                # IEC 60601-2-45 target/filter; the pairs of `device_vocabulary.ABBREVIATIONS`).
                Pattern("DICOM AS", r"\b\d{3}[YMWD]\b(?!/(?:Rh|Mo|Ag|Al|Cu|W)\b)", 0.7),
                # OCR of '035Y' on small fonts: 'O035Y', '035 Y', 'O35Y'.
                Pattern("DICOM AS, OCR", r"\b[0Oo]?[0-9Oo]{1,2}\d\s?[Yy\u00a5](?!\w)", 0.6),
                Pattern("age with unit", r"(?i)\b\d{1,3}\s?(?:y/?o|yrs?|years?(?:\s+old)?)\b", 0.6),
                Pattern("labelled age", r"(?i)\bage[:\s]+\d{1,3}\b", 0.7),
            ],
        ),
        _OverlayIdRecognizer(
            supported_entity="ID",
            name="overlay-id",
            patterns=[
                Pattern(
                    "labelled id",
                    r"(?i)\b(?:MRN|MR#|PID|ID|Acc(?:ession)?(?:\s?(?:No|#))?|Patient\s?ID)[\s:#.]*(?:[A-Z]{2,3}-|[A-Z]{0,3})\d[\dA-Z-]{3,}\b",
                    0.8,
                ),
                # A hospital's four to six capitals glued to five digits or more after the record's
                # and the visit's labels, colon or not ('MRN KFMC0027719', 'HN SRTH6600123', 'Acct
                # ABCD1234567', 'FIN KFMC20240001', 'CSN', 'Enc', 'Visit'): the capitals in their case.
                Pattern("labelled id, hospital letters", _LETTERS_ID_TEXT, 0.8),
                # Portugal's numbers of a patient, nine digits in three groups or together: the SNS
                # user number ('Nº Utente 284 771 903', 'N.º Utente', 'Utente nº', 'Nº SNS', 'Cartão
                # SNS'), the tax number NIF (Portaria 2/2010) and the Cartão de Cidadão's civil
                # number with its check digit and letters ('12345678 9 ZZ4', Lei 7/2007).
                Pattern("Portuguese labelled number", _PT_LABELLED_NUMBER, 0.8),
                # Not a count before its unit ('12345678 cells/mL', '1500000 counts': `UNIT_AFTER_TEXT`).
                Pattern("long number", rf"\b[A-Z]{{0,3}}\d{{6,12}}\b(?!{UNIT_AFTER_TEXT})", 0.5),
                # A file, folder or case number after its label (fix round 37: 'File KAS-24-00912',
                # 'Dossier 2024-118830', 'Fall-Nr. 40012345', 'Expediente HCU-88213', 'Prontuário 441902',
                # 'Cartella 2023/004512', 'Journalnr 88213'): the record's number a hospital files the
                # patient's papers under (en file/case/chart/folder, fr dossier, de Akte/Fall, es
                # expediente, pt prontuário/processo, it cartella, nl dossier, sv/no/da journal;
                # Wiktionary's translations of *medical record*). The value only, four digits or more,
                # perhaps after up to four capitals: not 'File 3 of 12', not a file's name ('File
                # IMG_0001.dcm'), not a measure ('Case 1200 mm').
                Pattern("file number", _FILE_NUMBER, 0.7),
                # An examination or study number after its label (fix round 9): GE's 'Ex: 30917'
                # and 'Exam: 22805' (the exam number, Study ID (0020,0010) in the header),
                # 'Study #', 'Study No'. PS3.15 Annex E removes Study ID with the accession
                # number: both point at the patient's record. Not a series or image counter
                # ('Se: 3', 'Im: 45', 'Series 4': the image's place in the study, no record of
                # anyone), not a date ('Exam: 12/03/2025') and not a measure ('Exam 120 mm').
                # An accession number built from the modality, the year and a running number
                # ('CT-2023-19922', 'MR-2024-00412'), alone on a corner's line: the modality's
                # code (DICOM PS3.3 C.7.3.1.1.1's defined terms) and a year of this century or the
                # last make it no standard ('ISO-9001'), no software ('CT-2023': no number after the
                # year) and no kernel ('Br40').
                Pattern("modality-year accession",
                        rf"(?<![\w/.-])(?-i:{_MODALITY_CODES})-(?:19|20)\d{{2}}-\d{{4,10}}(?![\w/.-])", 0.7),
                Pattern("exam number",
                        r"(?i)\b(?:Exam|Ex|Study)(?:[ \t]?(?:No|Nr|Number|#|ID))?\.?[ \t]*[:#]?[ \t]*"
                        rf"[A-Z]{{0,3}}\d{{3,10}}(?![\w./:,-]|{UNIT_AFTER_TEXT})", 0.7),
            ],
            context=["mrn", "id", "accession", "acc", "patient", "record"],
        ),
        # Its 'FAMILY, GIVEN' matches are judged by `names.not_a_comma_name` ('HEAD, NECK' is no name).
        CommaNamePatternRecognizer(
            supported_entity="PERSON",
            name="overlay-name",
            patterns=[
                # DICOM PN as burned in: FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX, empty components
                # kept ('ROE^ANN^^'), with OCR's readings of '^'. Its components are written in any
                # alphabet (`_PN_PART`: 'KOZŁOWSKA^MAGDALENA', 'Øvergård^Siân', 'ŞAHİN^AYŞE'; PS3.5 6.2
                # allows any character of the character set but '^', '=' and '\\').
                # Its study and protocol twins ('Head^Routine', 'Голова^Рутина') are judged by
                # `names.not_a_caret_name`.
                Pattern("DICOM PN", rf"\b{_PN_FIRST}(?:{_CARET}+{_PN_PART})++{_CARET}*+{_PN_END}", 0.6),
                # The given name alone, its family component empty ('^JOHN', '^Anna^^'): only
                # the caret itself, not OCR's readings of it (a quoted word is no name).
                Pattern("DICOM PN, given only",
                        rf"(?<![\w\^])\^{{1,4}}{_PN_FIRST}(?:{_CARET}+{_PN_PART})*+{_CARET}*+{_PN_END}", 0.6),
                # The family name alone in any alphabet ('Kozłowska^', 'ИВАНОВ^').
                Pattern("DICOM PN, family only", rf"\b{_PN_FIRST}\^{{1,4}}(?![\w\^])", 0.6),
                # The components in a script without case ('山田^太郎', '김^민수').
                Pattern("DICOM PN, CJK",
                        rf"(?<![\w\^])[{_CJK}]{{1,8}}(?:{_CJK_CARET}+[{_CJK}]{{1,10}})+{_CJK_CARET}*(?![\w\^])",
                        0.6),
                Pattern("DICOM PN, trailing",
                        rf"\b{_PN_CAPS},? ?[{CAPITAL}][{CAPITAL}'-]*(?: [{CAPITAL}]\.?)? ?\^{{1,4}}", 0.6),
                # A title in front of a name: `names.TitledNameRecognizer` (no vocabulary after it).
                # 'FAMILY, GIVEN' (and a middle initial) in capitals, as overlays write it.
                Pattern("FAMILY, GIVEN", r"\b[A-Z][A-Z'-]{1,}, ?[A-Z][A-Z'-]{1,}(?: [A-Z]\b\.?)?", 0.5),
            ],
            context=["patient", "name", "pt"],
            # Capitals are the signal here: Presidio's default flags would ignore case.
            global_regex_flags=re.MULTILINE,
        ),
        OverlayPhoneRecognizer(),
        InstitutionRecognizer(),
        BannerInstitutionRecognizer(),
        LabelledNameRecognizer(),
        labelled_number_recognizer(),
        # the value after an acronym label (`acronym_ids`), a grouped identifier after its
        # document's label (`grouped_ids`)
        IdSpanRecognizer(ACRONYM_ID, acronym_ids, 0.7),
        IdSpanRecognizer(GROUPED_ID, grouped_ids, 0.8),
        # a health card number built from the name (RAMQ), labelled or not, and a health number with
        # its card's version code (OHIP: `health_card_ids`)
        IdSpanRecognizer(HEALTH_CARD_ID, health_card_ids, 0.75),
        TitledNameRecognizer(),
        PatternRecognizer(
            supported_entity="ZIP",
            name="overlay-zip",
            patterns=[
                Pattern("zip+4", r"\b\d{5}-\d{4}\b", 0.6),
                Pattern("state zip", r"\b[A-Z]{2}\s+\d{5}\b", 0.6),
            ],
            context=["zip", "postal"],
        ),
    ])


# The labels of an age that is a measurement, not the patient's: a bone age (Greulich-Pyle, Tanner-
# Whitehouse; en bone/skeletal age, es edad ósea, fr âge osseux, de Knochenalter/Skelettalter, it età
# ossea, pt idade óssea, nl botleeftijd), a gestational or fetal age of an obstetric scan (GA, EGA,
# menstrual age, CUA/AUA composite and average ultrasound age, EFW estimated fetal weight, es edad
# gestacional/EG, fr âge gestationnel/terme, de Gestationsalter/SSW, it età gestazionale/EG, pt idade
# gestacional, nl zwangerschapsduur; ASUM and ISUOG biometry reports, the vendors' OB packages). The
# acronyms with a capital first, as the title-cased copy the analyzer also reads writes them ('Ga');
# not the two-letter ones that are also surnames or names' parts ('MA', 'SA', 'BA', 'AD').
# Then perhaps the method in parentheses and a colon,
# and perhaps the age's first part before the matched one ('10y 6m'). Right before the age on its line.
_MEASURED_AGE_LABEL = re.compile(
    r"(?i)(?:(?<![^\W\d_])(?:bone|skeletal|gestational|fetal|foetal|menstrual|ultrasound|composite|average)[ \t]+age"
    r"|(?<![^\W\d_])(?:edad[ \t]+(?:[óo]sea|gestacional)|[âa]ge[ \t]+(?:osseux|gestationnel)|knochenalter"
    r"|skelettalter|gestationsalter|et[àa][ \t]+(?:ossea|gestazionale)|idade[ \t]+(?:[óo]ssea|gestacional)"
    r"|botleeftijd|zwangerschapsduur|terme)"
    r"|(?<![^\W\d_])(?-i:(?=[A-Z]))(?:GA|EGA|CUA|AUA|EFW|EG|SSW))(?![^\W\d_])"
    r"(?:[ \t]*\([^)\n]{0,40}\))?[ \t]*[:=]?[ \t]*(?:\d{1,3}[ \t]?[a-z]{1,5}\.?[ \t]*)?$")


CALENDAR_DATE = "overlay-calendar-date"


class _CalendarDateRecognizer(PatternRecognizer):
    """The dates of other calendars (`_HIJRI_YEAR_FIRST` and after), less one after a device's label
    ('REF 1400-10-20', 'SW 1401/03/12', 'Version 1402-05-12': a catalogue or software number of a
    date's shape, `after_device_word`, `_DEVICE_LABEL_BEFORE`)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        return [r for r in results if not after_device_word(text, r.start)
                and not _DEVICE_LABEL_BEFORE.search(text[text.rfind("\n", 0, r.start) + 1:r.start])
                and not device_row_month_date(text, r.start, r.end)]  # 'Gate 5 Dey 1400': a row's readings


class _OverlayAgeRecognizer(PatternRecognizer):
    """The overlay's age patterns, less an age after the label of an age that is a measurement
    (`_MEASURED_AGE_LABEL`: 'BONE AGE (Greulich-Pyle): 10y 6m', 'GA 32w 4d', 'EFW'): a result of the
    exam, not the patient's age ('Age: 10y', '10 Y' stay)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        kept = []
        for r in results:
            line_start = text.rfind("\n", 0, r.start) + 1
            head = re.match(r"(?i)age\b", text[r.start:r.end])  # 'labelled age' takes its label in
            if not _MEASURED_AGE_LABEL.search(text[line_start:r.start + (head.end() if head else 0)]):
                kept.append(r)
        return kept


class _OverlayIdRecognizer(PatternRecognizer):
    """The overlay's ID patterns, less a number after a device word and its label ('Detector ID:
    20231105Y', 'Plate ID 4001234564', 'Frame 000123456782', 'SW 314159265': `after_device_word`),
    after a dose's, a count's or a material number's label (`_READING_LABEL_BEFORE`) or before a unit
    or a counted noun ('Study 128 slices': `unit_after`)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for r in results or []:
            pt = _PT_NUMBER.fullmatch(text, r.start, r.end) or _LETTERS_ID.fullmatch(text, r.start, r.end)
            if pt:
                r.start = pt.start("value")  # the value, not its label ('Nº Utente', 'Cartão de Cidadão', 'HN')
        return [r for r in results or [] if not after_device_word(text, r.start) and not unit_after(text, r.end)
                and not _after_reading_label(text, r.start)]  # 'DAP 01062010002': a dose's reading


# -- telephone numbers -------------------------------------------------------------------------

PHONE = "overlay-phone"
# A number with a decimal point or comma ('0.985', '14.2', '412,35'): a measurement. A phone
# number written with dots has at least two of them ('415.555.0110').
_DECIMAL = re.compile(r"(?<![\d.,])\d+[.,]\d+(?![\d.,])")
# A product of numbers: collimation '64x0.625', a matrix '512 x 512'.
_PRODUCT = re.compile(r"\d\s?[x\u00d7*]\s?\d", re.IGNORECASE)
# A phone number written with spaces only: the national trunk prefix 0 (UK, DE, FR, IL, IN,
# BR: the regions PhoneRecognizer reads), an international prefix, or NANP's 3-3-4 groups.
_SPACED_PHONE = re.compile(r"(?:\+|00|0)\d[\d ]+|(?:1 )?[2-9]\d{2} \d{3} \d{4}")
# What a phone number is written with besides digits and spaces.
_PHONE_SEPARATOR = re.compile(r"[-+()./]")


def phone_shaped(text: str, start: int, end: int) -> bool:
    """`text[start:end]` (a match of `phonenumbers`, which reads any run of 7-15 digits with
    spaces as a possible number somewhere) has a telephone number's shape.

    Never a phone number: a span with a decimal number ('0.985  14.2') or a product
    ('64x0.625') in it, or a digit group of one digit after the first group ('0 985 14 2').
    Digit groups separated only by spaces ('020 7946 0958') are a number read off an
    acquisition, dose or measurement table ('1  120  250  64x0.625  0.985  14.2', '120 250
    180 33') unless a phone label stands before them ('Tel 020 7946 0958'), or they are
    grouped as a national number (`_SPACED_PHONE`) and no other number stands on their line:
    a row of a table has more columns than the ones `phonenumbers` took."""
    span = text[start:end]
    if _DECIMAL.search(span) or _PRODUCT.search(span):
        return False
    groups = re.findall(r"\d+", span)
    if any(len(g) < 2 for g in groups[1:]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end:line_end if line_end >= 0 else len(text)]
    if _PHONE_LABEL.search(before):
        return True
    if _PHONE_SEPARATOR.search(span.strip("+")) or span.lstrip().startswith("+"):
        # Written as a phone number ('415-555-0110', '(415) 555-0110', '+44 20 7946 0958'),
        # but not as a cell of a table of measurements beside decimals or products.
        return not (_DECIMAL.search(before + " " + after) or _PRODUCT.search(before + " " + after))
    # Spaces only, unlabelled: grouped as a national number is ('020 7946 0958' and '06 12 34
    # 56 78' after the trunk prefix 0, '415 555 0110' as NANP's 3-3-4), alone on its line.
    return bool(_SPACED_PHONE.fullmatch(span.strip())) and not re.search(r"\d", before + after)


class OverlayPhoneRecognizer(PhoneRecognizer):
    """Presidio's `PhoneRecognizer` (python-phonenumbers, lenient) kept to what has a phone
    number's shape (`phone_shaped`): on an overlay, runs of acquisition numbers ('1  120  250
    64x0.625  0.985  14.2', kV, mAs, pitch, CTDIvol and DLP columns) are parsed as numbers of
    some region too."""

    def __init__(self):
        super().__init__(name=PHONE)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts = None) -> list[RecognizerResult]:
        found = [r for r in super().analyze(text, entities, nlp_artifacts)
                 if phone_shaped(text, r.start, r.end) and not reads_as_measure(text, r.start, r.end)]
        taken = {(r.start, r.end): r for r in found}
        for r in labelled_phones(text):
            if (r.start, r.end) in taken:  # the label makes a number `phonenumbers` doubted a phone's
                taken[(r.start, r.end)].score = max(taken[(r.start, r.end)].score, r.score)
                continue
            # What Presidio's context enhancer reads on every result of a recogniser.
            r.analysis_explanation = AnalysisExplanation(recognizer=self.name, original_score=r.score,
                                                         textual_explanation="after a phone label")
            r.recognition_metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
            found.append(r)
        return found


# A telephone number after a phone label on its line, in the national groupings
# `phonenumbers` does not parse without the region ('+49 (0)89 4400-0': the German '(0)' trunk
# prefix in an international number; '22 555 01 10': Polish 2-3-2-2; '555-0143': a NANP
# subscriber number without its area code; '612 345 678': a Spanish mobile): at least 7 digits in
# groups of digits, spaces and the separators a phone number is written with, ending in a digit.
# Also the words of calling in a note ('pt called 555-0143', 'pls call back 555-0190', 'paged 555-0112'):
# English call/phone/page/beep (bleep, British) and their forms; German anrufen/angerufen,
# Rückruf, Telefon, Piepser; French appeler/appelé/rappeler, tél, bip; Spanish llamar/llamó/llamada,
# teléfono, tlf; Italian chiamare/chiamato/chiamata, telefono, cercapersone; Dutch bellen/gebeld/
# terugbellen, telefoon, pieper; Polish telefon, dzwonić/zadzwonić, tel. (Wiktionary's translations of
# *call*, *telephone*, *pager*.) Not 'ext' (an extended field of view: 'FOV Ext 350-1200'), not 'ring'
# (a CT ring artefact, 'Ring 2'), not a bare 'page' ('Page 1-2'), not 'T:' and 'F:' (a time's, a
# frequency's or a frame's label: 'T: 1200-1500', 'F: 1024-2048').
_CALL_VERBS = (r"phone|phoned|phoning|paged|contact|contacted|call|calls|called|calling|anrufen|angerufen|anruf"
               r"|rückruf|ruckruf|appeler|appelé|appele|rappeler|appel|llamar|llamó|llamo|llamada|chiamare|chiamato"
               r"|chiamata|bellen|gebeld|terugbellen|dzwonić|dzwonic|zadzwonić|zadzwonic")
# The kinds of number a contact form lists, in the languages of the devices' locales (Wiktionary's
# translations of *mobile phone*, *home*, *work*, *office*, and the labels of national forms):
# home and work (home, work, office, business, private; de privat, Büro, dienstlich, geschäftlich;
# fr domicile, bureau, travail; es casa, trabajo, oficina; it casa, lavoro, ufficio; nl thuis,
# kantoor; pl dom., praca); mobile (mobile, mob, cell/cel; de Handy, Mobil, Mobiltelefon; ch Natel;
# fr portable, GSM (be); es móvil, celular; pt telemóvel, tlm, celular; it cellulare; nl mobiel;
# pl kom./komórka; sv mobil, tfn; da/no tlf, mobil; fi puhelin, puh., matkapuhelin; tr cep);
# the number words (de Rufnummer, Telefonnummer, Handynummer; nl telefoonnummer; Kontakt).
_PHONE_KINDS = (r"home|work|office|business|private|privat|priv|büro|buro|dienstlich|geschäftlich|geschaftlich"
                r"|domicile|bureau|travail|casa|trabajo|oficina|lavoro|ufficio|thuis|kantoor|dom|praca"
                r"|mobil|mobiel|mobiltelefon|mobilnummer|handy|handynummer|natel|cel|cell|cellphone|cellular"
                r"|cellulare|celular|móvil|movil|telemóvel|telemovel|tlm|tlmv|portable|gsm|kom|komórka|komorka"
                r"|komórkowy|komorkowy|tfn|tfno|telf|puhelin|puh|matkapuhelin|cep|kontakt|rufnummer"
                r"|telefonnummer|telefoonnummer")
# Chinese in pinyin, as romanised banners write it (Hanyu Pinyin of the labels of a Chinese form):
# dianhua 电话 telephone, shouji 手机 mobile, lianxi 联系 contact ('lianxi dianhua' contact phone),
# zuoji 座机 landline, chuanzhen 传真 fax.
_PHONE_PINYIN = r"dianhua|shouji|lianxi|zuoji|chuanzhen"
_PHONE_WORDS = (rf"tel|telephone|ph|fax|mob|mobile|pager|bleep|bleeped|bleeper|beep|beeped|beeper|tél|téléphone"
                rf"|telefon|telefono|teléfono|telefoon|telefone|tlf|piepser|bip|cercapersone|pieper|{_CALL_VERBS}"
                rf"|{_PHONE_KINDS}|{_PHONE_PINYIN}")
# The phone labels of the scripts without spaces between words, read without word boundaries ('联系电话:'):
# zh 电话/電話 telephone, 手机/手機 mobile, 座机 landline, 传真/傳真 fax; ja 電話, 携帯 mobile, 連絡先
# contact; ko 전화 telephone, 휴대폰/핸드폰 mobile, 연락처 contact, 팩스 fax; each with its word for
# 'number' after it (号码/號碼, 番号, 번호). Wiktionary's translations of *telephone*, *mobile phone*, *fax*.
_PHONE_CJK = (r"(?:电话|電話|手机|手機|座机|传真|傳真|携帯|連絡先|전화|휴대폰|핸드폰|연락처|팩스)"
              r"(?:号码|號碼|番号|번호)?")
# Each 'l' of a phone word also as the capital 'I' or the '1' small overlay fonts make of it ('TIf. 98
# 92 14 55', 'TeIefon', 'MobiI', 'Te1:': `ocr_tolerant.CONFUSABLE`); only before a number of a phone's
# shape, and only in a word with a small letter: a word all in capitals ('TIF 1024 768', the export
# format; 'TE1' the first echo time) wrote its 'I' and '1' as they are, and a small 'i' is an 'i'
# (the title-cased copy of the text the analyzer reads too: 'Tif').
_PHONE_LABEL_TEXT = (rf"(?:\b(?:{_PHONE_WORDS})\b"
                     rf"|\b(?=[^\W_]*(?-i:[a-zà-ÿ]))(?:{_PHONE_WORDS.replace('l', '(?-i:[lI1])')})\b"
                     rf"|{_PHONE_CJK})")
_PHONE_LABEL = re.compile(rf"(?i){_PHONE_LABEL_TEXT}")
# Between a word of calling and the number: 'back', 'at', 'on', 'to', a number sign or word.
# ('haoma', pinyin 号码: 'Shouji haoma:').
_PHONE_FILLER = r"(?:[\s.:#]+(?:back|at|on|to|no|nr|number|nummer|numéro|numero|n°|nº|haoma|#)\b\.?)*"
# A person between a word of calling and their number ('Call Dr Smith 555-0143', 'llamar a Dra.
# García 612 345 678', 'Contact Jones at 555-0143'): after any phone word a title and one to three
# words; after a verb of calling also one or two capitalised words without a title.
_CALL_TITLE = (r"dr|dra|drs|doctor|prof|mr|mrs|ms|mx|miss|nurse|sr|sra|srta|sister|herr|frau|hr|fr|mme|mlle|m"
               r"|dott|dottssa|dott\.ssa|pan|pani|dhr|mevr|schwester|pfleger")
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ][a-zà-öø-ÿ'’-]*)"
_TO_PERSON = r"(?:[ \t]+(?:a|à|al|an|to))?"
_TITLED_PERSON = rf"{_TO_PERSON}[ \t]+(?:{_CALL_TITLE})\b\.?(?:[ \t]+[^\W\d_][\w'’.-]*){{1,3}}"
_PHONE_PERSON = (rf"(?:\b(?:{_CALL_VERBS})\b(?:{_TITLED_PERSON}|{_TO_PERSON}(?:[ \t]+{_CAPITALISED}){{1,2}})?"
                 rf"|{_PHONE_LABEL_TEXT}(?:{_TITLED_PERSON})?)")
_LABELLED_PHONE = re.compile(rf"(?i){_PHONE_PERSON}{_PHONE_FILLER}[\s.:#\uff1a]*"
                             r"(?P<number>\+?\(?\d[\d ()./-]*\d)(?![\d.,]*\d)")
# An extension of 3-6 digits after its label ('Ext. 4412', German 'DW -123'; not a bare 'x': '512 x 512'):
# the digits that reach one telephone, part of the number (HIPAA Safe Harbor (B)).
_EXTENSION = re.compile(r"(?i)\b(?:ext|extn|extension|dw|durchwahl|poste)\b\.?:?[ \t]*"
                        r"(?P<number>-?\d{3,6})(?![\d.,]*\d)")
# A pager's number of 3-6 digits after the pager's own label ('Pager 4412', 'Bleep 2231', 'Piepser
# 512'): the hospital's internal paging system numbers them so.
_PAGER = re.compile(r"(?i)\b(?:pager|bleep|bleeper|beeper|piepser|pieper|cercapersone|buscapersonas)\b"
                    r"(?:[\s.:#]+(?:no|nr|number|#)\b\.?)*[\s.:#]*(?P<number>\d{3,6})(?![\d.,]*\d)")
# Two numbers of a range ('1024-2048', '100-2000'): the second the greater, neither with a leading
# zero (a trunk or area code's).
_RANGE = re.compile(r"(?P<a>[1-9]\d*)[ \t]?[-\u2013][ \t]?(?P<b>[1-9]\d*)")
# The label of a parameter before a range: one letter and ':' ('F:', 'T:', 'W:'), or a setting's
# name ('Range', 'Freq', 'Band', 'Window', 'Level', 'Gate', 'Depth', 'Time', 'Size').
_RANGE_LABEL_BEFORE = re.compile(
    r"(?i)(?:(?<![\w.])[A-Z][:=]|\b(?:range|freq|frequency|band|bandwidth|bw|window|win|level|scale|span|limits?"
    r"|filter|gate|depth|time|temp|dose|counts?|size|rate|bpm|prf|gain|energy|kev|kv|kvp|ma|mas|fov|matrix|frames?"
    r"|slices?|images?)\b)[\s:=#.]*$")

# A telephone's own name right before the number ('Tel 1200-1500', 'Fax: 2400-3600'): its digits are
# a number to dial even where they look like a range's bounds.
_TELEPHONE_BEFORE = re.compile(r"(?i)\b(?:tel|telephone|phone|ph|fax|tél|téléphone|telefon|telefono|teléfono"
                               rf"|telefoon|telefone|tlf|tfn|tfno|telf){_PHONE_FILLER}[\s.:#]*$")


def _power_of_two(digits: str) -> bool:
    n = int(digits)
    return n >= 64 and n & (n - 1) == 0


def reads_as_measure(text: str, start: int, end: int) -> bool:
    """`text[start:end]`, a telephone number by its digits, is a measurement or a device's number:
    a unit follows it ('1000-2000 Hz', '12345678 cells/mL'), a device label stands before it ('Part
    No. 943 476 5919', `_DEVICE_LABEL_BEFORE`), or it is a range (`_RANGE`: two numbers, the second
    the greater) with a parameter label before it ('F: 1024-2048', 'T: 1200-1500') or bounds that
    ranges have: both round ('100-2000', '1200-1500') or both powers of two ('1024-2048'), unless
    a telephone's own name stands before it ('Tel 1200-1500': `_TELEPHONE_BEFORE`). A subscriber
    number is neither ('555-0143', '555-1234')."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if UNIT_AFTER.match(text, end) or _DEVICE_LABEL_BEFORE.search(before):
        return True
    m = _RANGE.fullmatch(text[start:end].strip())
    if not m or int(m.group("a")) >= int(m.group("b")):
        return False
    a, b = m.group("a"), m.group("b")
    if _RANGE_LABEL_BEFORE.search(before):
        return True
    return not _TELEPHONE_BEFORE.search(before) and (
        (a.endswith("0") and b.endswith("0")) or (_power_of_two(a) and _power_of_two(b)))


# A Chinese telephone number alone on its line, in the groupings `phonenumbers` does not read without
# the region (GB/T 15835 and the carriers' 3-4-4 grouping of an 11-digit mobile, 1[3-9]x: '138 5921 0476',
# '+86 138 5921 0476'; a landline's area code with its trunk 0, a hyphen and 7-8 digits: '010-6552 8899',
# '0755-8123 4567'). Alone on its line only: a device's number has its label ('S/N 138 5921 0476'), a
# table's row more cells.
_CN_PHONE_LINE = re.compile(r"[ \t]*(?P<number>(?:(?:\+|00)86[ \t-]?)?1[3-9]\d(?P<sep>[ -])\d{4}(?P=sep)\d{4}"
                            r"|0\d{2,3}-\d{3,4}[ -]?\d{4})[ \t]*")


def labelled_phones(text: str) -> list[RecognizerResult]:
    """A phone number after a phone label (`_LABELLED_PHONE`), a pager's after its label
    (`_PAGER`) and an extension after its label (`_EXTENSION`) on a line with a phone label,
    the digits only: the label stays. Numbers that are no phone's (a decimal, a product, a
    date, a measurement: `_DECIMAL`, `_PRODUCT`, `reads_as_measure`) or have fewer than 7 digits
    (a pager's and an extension's: 3) are left. Also a Chinese number alone on its line
    (`_CN_PHONE_LINE`). Part of `OverlayPhoneRecognizer`'s results."""
    results = []

    def add(m: re.Match, offset: int, score: float) -> None:
        start, end = offset + m.start("number"), offset + m.end("number")
        if not reads_as_measure(text, start, end):
            results.append(RecognizerResult("PHONE_NUMBER", start, end, score))

    for line in re.finditer(r"[^\n]+", text):
        for m in _LABELLED_PHONE.finditer(line.group(0)):
            number = m.group("number")
            if (len(re.sub(r"\D", "", number)) < 7 or _DECIMAL.search(number) or _PRODUCT.search(number)
                    or re.fullmatch(rf"{_NUMERIC_DATE}|{_ISO_DATE}", number)):
                continue  # no phone's: a measure, or a date after a word that labels phones too ('Portable')
            add(m, line.start(), 0.8)
        for m in _PAGER.finditer(line.group(0)):
            add(m, line.start(), 0.7)
        m = _CN_PHONE_LINE.fullmatch(line.group(0))
        above = text[text.rfind("\n", 0, max(line.start() - 1, 0)) + 1:max(line.start() - 1, 0)]
        if m and not _DEVICE_LABEL_BEFORE.search(above):  # 'S/N' over its number
            add(m, line.start(), 0.6)
        # An extension only on a line with a phone label: 'Ext' alone is also a device's
        # ('FOV Ext 350', 'Ext 512 x 512': extended field of view, matrix).
        for m in _EXTENSION.finditer(line.group(0)) if _PHONE_LABEL.search(line.group(0)) else ():
            add(m, line.start(), 0.7)
    return results


# -- unlabelled patient IDs --------------------------------------------------------------------

# An identifier of letters, a hyphen and digits ('PL-55012', 'EC-4451', 'SZ-90044'), with no
# label before it: a patient ID only where it stands in the patient block (the analyzer's
# `_ids_in_patient_block`). Probe and model names of that shape have fewer digits ('C5-1',
# 'L12-5', 'EPIQ-7') or more letters.
# 'LUMC-12345' (a hospital's letters: up to four), 'AB-12345/2' (a visit or episode number after it).
# 'DN-66-02231' (letters, a two-digit year and a running number: a Thai hospital number, HN).
# 'bv2311-5530', 'BV2311-5530' (a hospital's letters glued to a year-and-month or a series, a hyphen and a
# running number: a Vietnamese hospital's patient code, typed in lower case on an endoscopy banner): the
# letters in one case, two to four digits after them, then four to eight.
UNLABELLED_ID = re.compile(r"(?<![\w/.-])(?:[A-Z]{2,4}-(?:\d{2}-)?\d{4,8}(?:[-/]\d{1,4})?"
                           r"|(?:[A-Z]{2,4}|[a-z]{2,4})\d{2,4}-\d{4,8})(?![\w/.-])")
# Prefixes of that shape that are never a patient's: standards ('IEC-60601', 'ISO-13485'),
# regulatory marks ('CE-0123': the notified body's number, EU MDR Art. 20), catalogue,
# lot, revision, part and software numbers printed on device labels (ISO 15223-1 symbols
# REF, LOT, SN), and hardware/software/firmware versions.
# Also the series and image numbering overlays print ('SE-1001', 'IM-0045', 'IMG-0012',
# 'SER-3001': DICOM Series/Instance Number as Siemens, GE and Philips corners label them),
# 'PS-' (a presentation state's number) and 'GE-' (the vendor's part and model numbers).
# Modality letters ('CT-20441', 'MR-', 'US-') are kept as IDs: accession numbers carry them.
DEVICE_ID_PREFIXES = frozenset({"ISO", "IEC", "EN", "CE", "UL", "FDA", "DIN", "JIS", "GB", "REF", "LOT", "REV",
                                "VER", "SW", "HW", "FW", "PN", "SN", "FCC", "CSA", "UDI",
                                "SE", "SER", "IM", "IMG", "PS", "GE"})


# A model number: four digits ending in '00' ('CT-2000', 'XR-5000', 'DR-7500'). Vendors
# number models in round hundreds; a patient ID ends in '00' once in a hundred.
_MODEL_NUMBER = re.compile(r"[A-Z]+-\d\d00")


# The general shape of a record number without a label (fix round 24): a token of capitals, digits
# and hyphens (no point, colon or slash: no version 'V5.0.12345', no UID '1.2.840.10008', no counter
# 'Im:12345') holding five digits or more and a capital:
# - capitals in up to three groups of one to four, hyphens between them, then five to ten
#   digits, perhaps a visit number after a hyphen or a check letter: a site's MRN 'FJ-CWM-29170',
#   'FJ-LBS-00981', a hospital number glued to its letters 'HUEH40021', 'AB-12345-2';
# - eight to twelve digits and one check letter: Sri Lanka's old NIC '857341236V' (nine digits and
#   V or X, Registration of Persons Act), Spain's DNI '12345678Z' (eight digits and its letter).
# Not digits and a unit ('12345mGy', '40021Hz', '3456ms': the digits come last here, or eight of
# them before one letter, which no reading has), not a probe or model code (fewer than five digits:
# 'S5-1', 'C1-6-D', 'L12-5', '44CG43', 'MX8000', 'iU22'), not a matrix '512X512'.
# - capitals, a year of two or four digits and a running number of four to eight, joined by hyphens or
#   slashes (fix round 28): a hospital's record number 'KMKL-26-30471', a pathology case 'S26-04417'
#   (the letter glued to the year), 'H/2026/00123', 'AB-2026-0012'. Not a date written with a month's
#   letters ('JAN-26-2026', `id_shaped`), not a month and year ('QC-01/2026').
YEAR_ID_TEXT = r"[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}(?:[-/]?(?:\d\d|(?:19|20)\d\d))[-/]\d{4,8}(?:-\d{1,4})?"
_ID_SHAPED = re.compile(
    r"(?<![\w/.:-])(?:[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}-?\d{5,10}(?:-\d{1,4}|[A-Z])?|\d{8,12}[A-Z]"
    rf"|{YEAR_ID_TEXT})(?![\w/:-]|\.\w)")
_MONTH_AND_YEAR_END = re.compile(r"\D(?:0?[1-9]|1[0-2])[-/](?:19|20)\d\d$")
# The prefixes of a device's quality-control, service and maintenance records (fix round 30): a QC
# or QA run of a phantom ('QC-2025-0412', 'QA-2024-12345': the run numbers of AAPM TG-142 / ACR
# phantom QC programmes), preventive maintenance ('PM-'), a work order ('WO-'), a service request or
# field service report ('SR-', 'FSR-'), a calibration ('CAL-'), a ticket or incident ('TKT-', 'INC-',
# 'CHG-', 'RITM-': ServiceNow's record prefixes), a return or field change ('RMA-', 'FCO-', 'FMI-':
# GE's field modification instructions), a corrective action ('CAPA-', 'NCR-': ISO 13485 8.5). They
# number the device's records, no patient's; a QC phantom's image prints them where a banner prints
# the patient's number. Not 'ECO-': es/it/pt 'eco(grafía)' leads an ultrasound's accession number as
# a modality's letters do ('CT-', 'US-' stay IDs).
SERVICE_RECORD_PREFIXES = frozenset({"QC", "QA", "PM", "WO", "SR", "FSR", "CAL", "TKT", "INC", "CHG", "RITM", "RMA",
                                     "FCO", "FMI", "CAPA", "NCR"})
# The labels of such a record before its number on the line, in the vendors' languages: 'QC Run',
# 'Daily QA', 'Work order:', 'Ticket #', 'Service request', 'Calibration', 'Phantom', 'Wartung',
# 'Auftrag', 'Kalibrierung', 'Konstanzprüfung' (de), 'Contrôle qualité', 'Étalonnage' (fr),
# 'Mantenimiento', 'Calibración', 'Orden de trabajo' (es), 'Manutenzione', 'Taratura' (it).
_SERVICE_LABEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:qc|qa|pm|wo|service(?:[ \t]+(?:request|report|order|call))?|work[ \t-]?order|ticket|tkt"
    r"|incident|calibration|cal|phantom|maintenance|wartung|auftrag|kalibrierung|konstanzpr[üu]fung"
    r"|contr[ôo]le[ \t]+qualit[ée]|[ée]talonnage|mantenimiento|calibraci[óo]n"
    r"|orden[ \t]+de[ \t]+trabajo|manutenzione|taratura|constancy|acceptance)"
    r"(?:[ \t]+(?:run|test|check|no|nr|num|number|id|ref))?[ \t]*[:#.]*[ \t]*$")


def service_record(text: str, start: int, token: str) -> bool:
    """The record number `token` at `start` of `text` is a device's QC, service or maintenance
    record's: its capitals a `SERVICE_RECORD_PREFIXES` prefix, or such a label before it on its line."""
    letters = re.match(r"[A-Z]+", token)
    return bool(letters and letters.group(0) in SERVICE_RECORD_PREFIXES) \
        or bool(_SERVICE_LABEL_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start))
# The software lines of Siemens' syngo releases ('VA20', 'VB17', 'VE11C'), whose builds carry a year.
_SOFTWARE_LINES = frozenset({"VA", "VB", "VC", "VD", "VE"})


def id_shaped(text: str) -> list[tuple[int, int]]:
    """(start, end) of each `_ID_SHAPED` token in `text` that is no device marking (its capitals in
    `DEVICE_ID_PREFIXES`: 'SN12345678', 'IM-00123', 'SE00012'), no measure's label glued to its value
    ('DLP12345', `_MEASURE_LABEL`), no model number ('XR-5000' has four digits anyway) and no date.
    An identifier's shape only: `unlabelled_ids` hands it on, and the analyzer paints it where it
    stands in a patient block (`analyzer._ids_in_patient_block`)."""
    out = []
    for m in _ID_SHAPED.finditer(text):
        token = m.group(0)
        letters = re.match(r"[A-Z]+", token)
        if letters and (letters.group(0) in DEVICE_ID_PREFIXES
                        or re.fullmatch(_MEASURE_LABEL, letters.group(0))):
            continue
        if unit_after(text, m.end()) or after_device_word(text, m.start()):
            continue  # 'ABC12345 mGy'; a device's number after its label ('Número de serie 20231105Y')
        if letters and (re.fullmatch(_MON, letters.group(0), re.I) or _MONTH_AND_YEAR_END.search(token)):
            continue  # 'JAN-26-2026', 'DEC/12/2024': a date; 'QC-01/2026': a month and year
        if letters and letters.group(0) in _SOFTWARE_LINES and re.fullmatch(YEAR_ID_TEXT, token):
            continue  # 'VA-2023-12345': a software line's build
        if service_record(text, m.start(), token):
            continue  # 'QC-2025-0412', 'Work order: AB-2024-10023': a device's QC or service record
        out.append((m.start(), m.end()))
    return out


def unlabelled_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each `UNLABELLED_ID` in `text` that is neither a device marking
    (`DEVICE_ID_PREFIXES`) nor a model number (`_MODEL_NUMBER`), and of each other token shaped
    like a record number (`id_shaped`, `digit_group_ids`)."""
    out = [(m.start(), m.end()) for m in UNLABELLED_ID.finditer(text)
           if re.match(r"[A-Za-z]+", m.group(0)).group(0).upper() not in DEVICE_ID_PREFIXES
           and not _MODEL_NUMBER.fullmatch(m.group(0)) and not service_record(text, m.start(), m.group(0).upper())]
    taken = {start for start, _ in out}
    out += [span for span in id_shaped(text) if span[0] not in taken]
    taken = {start for start, _ in out}
    return sorted(out + [span for span in digit_group_ids(text) if span[0] not in taken])


# A record number of digits alone in hyphenated groups (fix round 29): 'MRN' numbers that sites print
# in groups under the name in a CT or MR corner without a label ('4471-0932', '1234-5678-90',
# '00-417-2291'; GE's four-corner annotation puts the PatientID (0010,0020) under the name so).
# Two to four groups of two to six digits, seven to twelve digits in all: a range ('120-140') has
# fewer, a UID or a version has points. Not a date in any order ('2024-03-14', '14-03-2024', `_ISO_DATE`,
# `_NUMERIC_DATE`), not two years ('1957-2024'), not a North American telephone number's shape
# (3-4, 3-3-4, 1-3-3-4: NANP, ITU-T E.164 country code 1), not a count before its unit, not after a
# device label. An identifier's shape only: the analyzer paints it where it stands in a patient
# block (`analyzer._ids_in_patient_block`) or a banner's row of patient data (`tables`).
_DIGIT_GROUP_ID = re.compile(r"(?<![\w/.:,+-])\d{2,6}(?:-\d{2,6}){1,3}(?![\w/.:,-]|[.,]\d)")
_DIGIT_GROUP_DATE = re.compile(rf"{_ISO_DATE}|{_NUMERIC_DATE}|(?:19|20)\d\d-(?:0?[1-9]|1[0-2])"
                               r"|(?:0?[1-9]|1[0-2])-(?:19|20)\d\d|(?:18|19|20)\d\d-(?:18|19|20)\d\d")
_PHONE_GROUPS = frozenset({(3, 4), (3, 3, 4), (1, 3, 3, 4)})
# The words of an acquisition's counters and ranges right before a pair of digit groups (fix round
# 30): the slices, partitions, phases, locations, projections, averages, channels, gates, bins,
# positions, pulses of a scan and the time, table or couch positions and energies they span ('Slices
# 0001-0256', 'Partitions 0001-0176', 'Time 0000-1200', 'Table 1250-1800', 'Pulses 1200-4500'), in
# the vendors' languages (de Schichten, Phasen, Zeit, Tisch, Impulse; fr coupes, temps, table; es
# cortes, fases, tiempo, mesa; it strati, fasi, tempo, lettino; nl plakken, fasen, tijd, tafel).
# After them the pair is a range or a counter, no record number; a label that says only 'number'
# ('Nr.', 'No') is none of these: 'Nr. 4471-0932' stays a record's.
_COUNTER_LABEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:slices?|partitions?|phases?|locations?|locs?|projections?|averages?|avgs?|nex|channels?"
    r"|gates?|gating|bins?|steps?|positions?|levels?|slabs?|dynamics?|volumes?|measurements?|repetitions?|reps"
    r"|shots?|segments?|scans?|rows?|columns?|cycles?|beats?|pulses?|counts?|events|time|times|delay|trigger"
    r"|table|couch|bed|height|depth|length|coverage|energy|energies|window|kev|total|frames?|projs?"
    r"|schichten|phasen|zeit|tisch|impulse|zyklen|coupes|temps|cortes|fases|tiempo|mesa|strati|fasi|tempo"
    r"|lettino|plakken|fasen|tijd|tafel)(?![^\W\d_])[ \t]*[:=#.]*[ \t]*$")


def _counter_range(text: str, start: int, groups: list[str]) -> bool:
    """The digit groups `groups` at `start` of `text` are a counter or a range: two groups after an
    acquisition's counter word on their line (`_COUNTER_LABEL_BEFORE`), or two zero-padded groups of
    one length counting up ('0001-0256', '0000-1200': a scanner's counter from its first image or its
    zero time; a record number written in two groups starts no group with a zero so padded)."""
    if len(groups) != 2:
        return False
    if _COUNTER_LABEL_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start):
        return True
    first, last = groups
    return len(first) == len(last) >= 3 and first[0] == "0" and (last[0] == "0" or int(first) == 0) \
        and int(first) < int(last)


def digit_group_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each record number of hyphenated digit groups in `text` (`_DIGIT_GROUP_ID`)
    that is no date, no pair of years, no telephone number's shape and no device's or measure's."""
    out = []
    for m in _DIGIT_GROUP_ID.finditer(text):
        groups = tuple(len(g) for g in m.group(0).split("-"))
        if not 7 <= sum(groups) <= 12 or groups in _PHONE_GROUPS or _DIGIT_GROUP_DATE.fullmatch(m.group(0)):
            continue
        if unit_after(text, m.end()) or after_device_word(text, m.start()) \
                or _counter_range(text, m.start(), m.group(0).split("-")):
            continue  # ...; 'Slices 0001-0256', 'Table 1250-1800': a counter or a range
        out.append((m.start(), m.end()))
    return out



# A health card number whose letters are built from the patient's name, printed in its groups
# without a label: Québec's RAMQ number (assurance maladie, 'OUEG 8951 1712', 'NGUY 0109 1814'):
# the first three letters of the family name and the first of the given name, the birth date as
# YYMMDD with 50 added to the month for a woman, and two digits of sequence (Régie de l'assurance
# maladie du Québec, « Numéro d'assurance maladie »). Written with one or two spaces, a hyphen or
# nothing between the groups. The date must be a date: 'SCAN 1024 0512' (month 24) is none.
_HEALTH_CARD = re.compile(r"(?<![\w/.:-])(?P<letters>[A-Z]{4})(?P<s>[ -]{0,2})(?P<yy>\d\d)(?P<mm>\d\d)(?P=s)"
                          r"(?P<dd>\d\d)\d\d(?![\w/:-]|[.,]\d)")


def health_card_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each health card number built from the name (`_HEALTH_CARD`: RAMQ) in
    `text`, its birth date valid (a month 01-12 or 51-62, a day 01-31), its letters no device
    word ('TRIG', 'SCAN') and no measure's unit after it. An ID even alone on its line: no
    device prints four capitals and a date so. Also each health number with its card's version
    code (`_versioned_health_numbers`: Ontario's '4501-237-616 AK')."""
    out = []
    for m in _HEALTH_CARD.finditer(text):
        month, day = int(m.group("mm")) % 50, int(m.group("dd"))
        if not (1 <= month <= 12 and 1 <= day <= 31) or int(m.group("mm")) in range(13, 51):
            continue
        if is_device_word(m.group("letters")) or m.group("letters") in DEVICE_ID_PREFIXES \
                or unit_after(text, m.end()) or after_device_word(text, m.start()):
            continue
        out.append((m.start(), m.end()))
    out += _versioned_health_numbers(text)
    return sorted(set(out))


# A health number and its card's version code (fix round 29): Ontario's health number (OHIP) is ten
# digits, the last a Luhn check digit, printed in groups of 4-3-3 ('4501-237-616', '4501 237 616') or
# together, and its card carries a version code of two letters after it ('4501-237-616 AK'), which a
# claim needs with the number (Ontario Ministry of Health, Health Card Validation reference manual:
# 'Health Number: 10 numeric; Version Code: up to 2 alpha'). The code identifies the card as the
# number does. Only two capitals after a number whose check holds, spaced, hyphenated or glued: one
# letter after an ID is as often the sex ('4501 237 616 M'), small letters a unit ('kg'); not a
# modality, a side or a view's letters ('CT', 'RT', 'AP', `_NOT_VERSION_CODES`) nor a device marking
# (`DEVICE_ID_PREFIXES`). The device vocabulary holds too many pairs of capitals ('AK') to judge by.
_VERSIONED_HEALTH_NUMBER = re.compile(
    r"(?:(?<![\w/.:-])|(?<=[A-Z]))(?P<number>\d{4}(?P<s>[ -]?)\d{3}(?P=s)\d{3})(?:[ -]|(?=[A-Z]))(?P<version>[A-Z]{2})"
    r"(?![\w/.:-]|[.,]\d)")
_NOT_VERSION_CODES = frozenset(_MODALITY_CODES.split("|")) | frozenset({
    "RT", "LT", "AP", "PA", "LL", "RL", "OD", "OS", "OU", "CC", "ML", "LM", "SI", "IS", "HF", "FF", "MM", "CM", "KG",
    "LB", "HZ", "MS", "KV", "MA", "BW", "WL", "WW", "HU", "SD", "ID", "NO", "NR", "PM", "AM"})


# The labels of a Canadian provincial health number (fix round 31, review 17 B: 'OHIP/RAMQ' read glued
# to its '9876-543-217 ZX', the label's box a pixel from the number's): on HCN (health card number), OHIP;
# qc RAMQ, NAM (numéro d'assurance maladie); bc PHN, MSP; ab AHCIP, PHN; sk HSN; mb PHIN; ns MSI; nl MCP;
# nb, pe, nt, nu, yt HCN (the provinces' health insurance plans' card pages). A number may follow one of
# them with no space between; after any other letters it is part of a longer token ('A9876-543-217 ZX').
_HEALTH_NUMBER_LABELS = frozenset({"OHIP", "RAMQ", "HCN", "NAM", "PHN", "MSP", "AHCIP", "HSN", "PHIN", "MSI", "MCP",
                                   "HC", "HIN"})
_LABEL_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z]{2,5}$")


def _glued_to_a_health_label(text: str, start: int) -> bool:
    """The capitals right before `start` (no space between) are a health number's label, alone or the
    last of labels joined by a slash ('OHIP/RAMQ9876-543-217')."""
    m = _LABEL_BEFORE.search(text, max(0, start - 6), start)
    return m is not None and m.group(0) in _HEALTH_NUMBER_LABELS


def _versioned_health_numbers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each health number with its version code (`_VERSIONED_HEALTH_NUMBER`: OHIP)
    whose Luhn check holds, the code a card's and not a device's or a unit's, not after a device label;
    glued to its label only where the label is a health number's (`_glued_to_a_health_label`)."""
    out = []
    for m in _VERSIONED_HEALTH_NUMBER.finditer(text):
        if m.start() and text[m.start() - 1].isalpha() and not _glued_to_a_health_label(text, m.start()):
            continue
        version = m.group("version")
        if version in _NOT_VERSION_CODES or version in DEVICE_ID_PREFIXES or after_device_word(text, m.start()) \
                or _after_reading_label(text, m.start()):
            continue
        if _luhn(_digits(m.group("number"))):
            out.append((m.start(), m.end()))
    return out


HEALTH_CARD_ID = "overlay-health-card-id"


# -- an identifier in thousands groups, a hospital's number ---------------------------------------

# The labels of identity documents whose numbers are written in thousands groups, in capitals, with
# or without their points: Colombia's 'C.C.' (cédula de ciudadanía), 'T.I.' (tarjeta de identidad),
# 'C.E.' (cédula de extranjería), 'R.C.' (registro civil); 'C.I.' (cédula de identidad: Venezuela,
# Ecuador, Uruguay, Bolivia, Paraguay); Chile's 'RUT'/'RUN'; 'DNI' (Argentina, Peru, Spain); Brazil's
# 'RG'; and the spelled-out words ('Cédula', 'Documento', 'Identificación', 'Carnet', 'Ausweis').
# Also the generic identifier labels ('ID', 'MRN', 'NID', 'Nº', 'No.') before a number so grouped.
_GROUPED_ID_LABEL = (
    r"(?:(?-i:(?:C\.?[CIE]|T\.?I|R\.?C|R\.?U\.?[TN]|D\.?N\.?I|R\.?G|NID|ID|MRN|PID|NIT|NUIP|CUI|AHV))\.?"
    r"|(?i:c[ée]dula(?:[ \t]+de[ \t]+(?:ciudadan[íi]a|identidad|extranjer[íi]a))?|c[ée]d|documento|doc"
    r"|identificaci[óo]n|carn[ée]t?|ausweis(?:[ \t-]?nr)?|patient(?:en)?[ \t-]?(?:id|nr)|n[º°o]|nr)\.?)")
# The number: one to three digits, then two groups of three or more, one separator throughout (a
# point, a comma, an apostrophe, a thin or no-break space: '1.020.456.789', '12'345'678',
# '20 123 456'), perhaps a hyphen and a check character ('20.123.456-7', '9.402.817-K'). A decimal
# ('1.020', '12.345 mm') has one group; a date's groups have two digits; a version's too.
_THOUSANDS_VALUE = r"\d{1,3}(?P<sep>[.,'\u2019\u2009\u202f\u00a0 ])\d{3}(?:(?P=sep)\d{3})+(?:-[\dKk])?"
_GROUPED_ID = re.compile(
    rf"(?<![^\W\d_.])(?P<label>{_GROUPED_ID_LABEL})[ \t]*(?P<colon>[:#])?[ \t]*(?P<value>{_THOUSANDS_VALUE})"
    r"(?![\w.,'\u2019/-]|[ \t]\d)")
# A hospital's numbers of Thailand and its neighbours: 'HN' (hospital number), 'AN' (admission
# number), 'VN' (visit number), with or without points ('H.N.', 'HN.'), in capitals; then the number,
# perhaps led by a few capitals, its parts joined by hyphens or slashes ('DN-66-02231', '12345/66',
# '66-0012345'), five digits or more. Without a colon or a point after it, 'AN' and 'VN' label only
# six digits or more (an English 'AN' in capitals before a count).
_HOSPITAL_NUMBER = re.compile(
    r"(?<![^\W\d_.])(?P<label>(?-i:H\.?N|A\.?N|V\.?N))(?P<colon>\.?[ \t]*[:#]|\.)?[ \t]*"
    r"(?P<value>(?:[A-Z]{1,3}[-/]?)?\d+(?:[-/]\d+){0,3})(?![\w.,/:-])")


def grouped_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each identifier in thousands groups after an identity document's label
    (`_GROUPED_ID`: 'C.C. 1.020.456.789', 'RUT: 20.123.456-7', "AHV 12'345'678") and of each hospital
    number after its Thai label (`_HOSPITAL_NUMBER`: 'HN: DN-66-02231', 'AN 6601234'), the label
    left out. Not after a device word ('Serial No.'), not before a unit ('1,234,567 counts'); groups
    parted by plain spaces only after the label's colon ('ID 12 345 678' is a row of readings as
    often: `acronym_ids`, `banner_labels`)."""
    out = []
    for m in _GROUPED_ID.finditer(text):
        if m.group("sep") == " " and m.group("colon") is None:
            continue
        if not after_device_word(text, m.start("label")) and not unit_after(text, m.end("value")):
            out.append((m.start("value"), m.end("value")))
    for m in _HOSPITAL_NUMBER.finditer(text):
        digits = sum(c.isdigit() for c in m.group("value"))
        bare = m.group("colon") is None and m.group("label") in ("AN", "VN")
        if digits >= (6 if bare else 5) and not after_device_word(text, m.start("label")) \
                and not unit_after(text, m.end("value")):
            out.append((m.start("value"), m.end("value")))
    return out


GROUPED_ID = "overlay-grouped-id"


# -- an identifier after a short acronym label -------------------------------------------------

# A patient's or a citizen's number after the acronym of its card, which no list can hold in
# full: Indonesia's 'NIK 3374024506850003' (Nomor Induk Kependudukan, 16 digits), Australia's
# 'IHI 7712 0093 4451' (Individual Healthcare Identifier, 16 digits in groups of four), Quebec's
# 'NAM/HCN: TREM 8358 1219' (RAMQ health insurance number: four letters and eight digits), Russia's
# 'СНИЛС 112-233-445 95' (11 digits), Greece's 'ΑΜΚΑ'. The label: two to six capitals of any
# alphabet (`CAPITAL`), joined by '/' or written with points ('N.I.K.'), then perhaps 'No'/'Nº'/'#'
# and a colon, or glued to the digits where OCR's words stood 2 px apart ('NIK3374024506850003').
# The value: at least eight digits in all (no reading, dose or counter has that many
# in groups), in groups joined by one space or hyphen, perhaps led by a few capitals; every group is
# the value's, up to the last (`(?![ \t]\d)`). Not a device's number ('SN 12345678', 'REF', 'LOT',
# 'VER': `after_device_word`), not a measure's ('DLP 1234 5678': `_MEASURE_LABEL`) nor a phone's
# ('TEL 0412 345 678': `_PHONE_LABEL`), not a date in groups ('DOS 12 03 2023') nor a count before
# its unit, nor readings in a row or a size ('TIF 12 34 56 78', 'TIF 1920 1080': short groups in the
# middle, or two groups of four digits or fewer).
_ACRONYM_ID = re.compile(
    rf"(?<![^\W\d_./#-])(?P<label>[{CAPITAL}]{{2,6}}(?:/[{CAPITAL}]{{2,6}})*|(?:[{CAPITAL}]\.){{2,6}})"
    r"(?:(?:[ \t]*(?:No|NO|Nº|N°|Nr|NR|#)\.?)?[ \t]*[:#][ \t]*|(?:[ \t]*(?:No|NO|Nº|N°|Nr|NR)\.?)?[ \t]+|(?=\d))"
    rf"(?P<value>(?:[{CAPITAL}]{{1,4}}[ \t-]?)?\d+(?:[ -]\d+)*)(?![\w.,/:-]|[ \t]\d)")
_GROUPED_DATE = re.compile(r"(?:19|20)\d{2}[ -]\d{1,2}[ -]\d{1,2}|\d{1,2}[ -]\d{1,2}[ -](?:19|20)?\d{2}")
# File formats before an image's size ('TIF 1920 1080'). A bare 'ID' labels a patient's number in
# groups only with its colon ('ID 12 345 678' stays: `banner_labels`).
_NOT_ID_ACRONYMS = frozenset({"TIF", "TIFF", "JPG", "JPEG", "PNG", "BMP", "GIF", "PDF", "AVI", "MP4", "MPG", "MPEG",
                              "DCM", "RAW", "WMV", "MOV"})
ACRONYM_ID = "overlay-acronym-id"


def acronym_ids(text: str) -> list[tuple[int, int]]:
    """(start, end) of each value after a short acronym label (`_ACRONYM_ID`), the label left out."""
    out = []
    for m in _ACRONYM_ID.finditer(text):
        value, label = m.group("value"), m.group("label")
        digits = sum(c.isdigit() for c in value)
        groups = re.findall(r"\d+", value)
        if not 8 <= digits <= 24 or _GROUPED_DATE.fullmatch(value) or after_device_word(text, m.start("value")) \
                or unit_after(text, m.end()) or re.fullmatch(_MEASURE_LABEL, label) \
                or _PHONE_LABEL.fullmatch(label) or label.upper() in _NOT_ID_ACRONYMS \
                or (label.upper() == "ID" and ":" not in m.group(0) and "#" not in m.group(0)) \
                or label.upper() in SERVICE_RECORD_PREFIXES or service_record(text, m.start(), value) \
                or _after_reading_label(text, m.start("value")):
            continue  # ...; 'QA QA-2025-0103': a QC record's number; 'KAP: 01062010002': a dose's reading
        if any(len(g) < 3 for g in groups[1:-1]) or (len(groups) == 2 and max(map(len, groups)) <= 4
                                                     and value[0].isdigit()):
            continue  # 'TIF 12 34 56 78', 'TIF 1920 1080': readings in a row, a size
        out.append((m.start("value"), m.end("value")))
    return out


# The prepositions and adverbs a language model takes into a date's span ('since January', 'until
# last March', 'seit Januar', 'depuis janvier', 'desde enero'): the date's words are PHI, the word of
# time before them is prose (en since, until, till, from, on, in, by, before, after, during, around;
# de seit, bis, ab, vom, von, am, im, vor, nach, zum; fr depuis, jusqu'au, jusqu'à, dès, du, le, au, en,
# avant, après; es/pt desde, hasta, até, el, en, em, no, na, antes, después, depois; it dal, dalla,
# fino, al, nel, prima, dopo; nl sinds, tot, vanaf, op, voor, na).
_DATE_LEAD = re.compile(
    r"(?i)(?:(?:since|until|till|from|on|in|by|before|after|during|around|seit|bis|ab|vom|von|am|im|vor|nach"
    r"|zum|depuis|jusqu['’]?(?:au|à|a)|dès|des|du|le|au|en|avant|après|desde|hasta|até|el|em|no|na|antes"
    r"|después|depois|dal|dalla|fino|al|nel|prima|dopo|sinds|tot|vanaf|op|voor)[ \t]+)+")


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")


def date_lead_word(word: str) -> bool:
    """An OCR word that is a word of time before a date (`_DATE_LEAD`: 'since', 'seit', 'depuis'),
    three letters or more and no month's first letters ('No' of 'No|vember', 'Ab' of 'Ab|ril' as
    OCR may cut them): beside a date's word it is a word of its own, not a piece of it."""
    low = word.lower()
    return len(word) >= 3 and bool(_DATE_LEAD.fullmatch(word + " ")) and not any(
        m.lower().startswith(low) for m in FOREIGN_MONTHS + _ENGLISH_MONTHS)


def date_lead(text: str, start: int, end: int) -> int:
    """How many characters of a model's date `text[start:end]` are words of time before the date
    (`_DATE_LEAD`: 'since ' of 'since January'); 0 where nothing else would be left."""
    m = _DATE_LEAD.match(text, start, end)
    return m.end() - start if m and m.end() < end else 0


# -- times of day ------------------------------------------------------------------------------

# A time on an overlay: 'H:MM' or 'HH:MM:SS', AM/PM before or after it on its line ('AM 10:42'; not
# the end of a word, 'PILLCAM' over '02:14:33').
TIME_VALUE = re.compile(
    r"(?<![\d:.])(?:(?<![^\W\d_])(?P<pre>[AP]\.?M\.?)[ \t]?)?(?P<value>(?P<h>\d{1,2}):[0-5]\d(?P<s>:[0-5]\d)?)"
    r"(?:\s?(?P<post>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?(?![\d:])")
# Labels of an elapsed time or a duration (cine and clip timers, fluoroscopy and exposure
# times, MR acquisition time TA and the sequence times TR/TE/TI, scan duration, PET uptake):
# the value is device text. Compound labels ('Scan time') are read before a bare 'Time'.
# Fluoroscopy timers as vendors' consoles and IEC 60601-2-43/-54's displays write them, in the
# consoles' languages: the activity, abbreviated or not ('Fl.', 'Flu', 'Fluoro', 'Fluoroscopy',
# de 'Durchleuchtung(s)'/'DL', fr 'scopie'/'radioscopie', es/it/pt 'escopia'/'scopia'/'fluoroscopia',
# pl/cs 'fluoroskopii'/'skiaskopie'), then or after a word for time or duration (`_TIME_WORDS`:
# 'Fl.time', 'Fluoro time', 'DL-Zeit', 'Durchleuchtungszeit', 'Temps scopie', 'Tiempo fluoro',
# 'Tempo di scopia', 'Czas fluoroskopii'); the words for duration alone (Wiktionary's translations
# of *duration*: 'Dauer', 'Durée', 'Duración', 'Durata', 'Duração', 'Duur', 'Varighed', 'Kesto',
# 'Czas trwania', 'Doba', 'Időtartam', 'Süre', 'Trajanje').
_TIME_WORDS = (r"time|tm|duration|dur|zeit|dauer|temps|dur[ée]e|tiempo|duraci[óo]n|tempo|durata|dura[çc][ãa]o|tid|tijd"
               r"|duur|aika|kesto|czas|[čc]as|doba|id[őo]|s[üu]re(?:si)?|timp|durat[ăa]|vrijeme|trajanje")
_FLUORO = (r"fl|flu|fluor|fluoro[^\W\d_]*|fluoroskop[^\W\d_]*|fluoroszk[^\W\d_]*|floroskop[^\W\d_]*"
           r"|durchleuchtung[^\W\d_]*|dl|(?:radio|e|ra)?scop[^\W\d_]*|skiaskop[^\W\d_]*|skopi[^\W\d_]*")
_DURATION_LABEL = re.compile(
    r"(?i)(?:(?<![^\W\d_])(?:scan|total|exp(?:osure)?|elapsed|run|breath[- ]?hold|uptake|"
    rf"beam[- ]?on|rec(?:ording)?|{_FLUORO})[\s.\-_]*(?:{_TIME_WORDS})(?![^\W\d_])"
    rf"|(?<![^\W\d_])(?:{_TIME_WORDS})[\s.\-_]*(?:(?:de|di|du|of|la|d')[\s.]*)?(?:{_FLUORO})(?![^\W\d_])"
    r"|\bacq(?:uisition)?\.?\s*(?:duration|dur)(?![A-Za-z])"
    r"|\b(?:dur|duration|elapsed|elap|et|ta|tr|te|ti|tacq|timer|cine|clip|loop|run|t|exp|exposure|fluoro|ft|flt|"
    r"delay|remaining|rem|eta|length|len|uptake|bh|ttp|rec|post|since|total|frame|frames|fps|"
    r"stopwatch|countdown|chrono|chronometer)(?![A-Za-z])"
    r"|(?<![^\W\d_])(?:dauer|dur[ée]e|duraci[óo]n|durata|dura[çc][ãa]o|duur|varighed|varighet|varaktighet|kesto"
    r"|czas\s+trwania|doba|id[őo]tartam|s[üu]re(?:si)?|durat[ăa]|trajanje)(?![^\W\d_]))"
    r"[\s:=#.]*$"
    # A time counted from an event, the event named after the value's label: 'Time since
    # injection 01:05:00', 'Time post inj: 00:45:00', 'Uptake time after admin 60:00'.
    r"|(?i:\b(?:since|post|after|from)\b[^\d]*$)")
# 'Acq. time', 'Acquisition time' are the acquisition's clock time on most consoles ('Acq Time
# 14:05:33', 'Acquisition Time: 10:42') and its length on some (an angiography run's 'Acq. time
# 00:12', '00:04:37'): after it an hour of 0 is a length, any other hour a time of day.
_ACQ_TIME_LABEL = re.compile(r"(?i)\bacq(?:uisition)?\.?[\s.\-_]*time(?![A-Za-z])[\s:=#.]*$")
# Labels of a time of day: an injection, the start of a scan or an acquisition, the exam's time.
_TIME_OF_DAY_LABEL = re.compile(
    r"(?i)\b(?:inj(?:ection|ected)?|admin(?:istration|istered)?|start(?:ed)?|acq(?:uired|uisition)?|time|"
    r"exam|study|scan|series|content|collected|arrival|admit(?:ted)?|printed|tod|at|heure|hora|ora|zeit|uhrzeit)"
    r"(?:\.?\s*(?:time|tm))?(?![A-Za-z])[\s:=#.]*$")
# A time of day written with 'h' between hour and minutes, as French and other European devices
# print it ('14h05', '8h30'): read after a time-of-day label only ('2h30' alone is a duration).
H_TIME_VALUE = re.compile(r"(?<![\w:.])(?P<value>(?P<h>[01]?\d|2[0-3])[hH](?P<m>[0-5]\d))(?![\w:.])")


def after_duration_label(before: str) -> bool:
    """`before` (the text before a time on its line) ends with a duration label ('Dur ', 'TA:')."""
    return bool(_DURATION_LABEL.search(before))


# A unit of time right after the value makes it an amount of time ('Acq Time 1:30 min',
# '1:02:03 hrs'; not '14:05 h', German for o'clock), whatever its label: a clock reading carries no unit.
_DURATION_UNIT_AFTER = re.compile(r"[ \t]?(?:min|mins|minutes?|sec|secs|seconds?|s|hrs?|hours?)(?![A-Za-z])", re.I)
# 'h' after a time with seconds ('1:02:03 h'): hours of a duration; a clock that writes 'h' ('14:05 h',
# German for o'clock) writes no seconds.


# The capsule endoscopes and their reading software, whose frames carry the time since the
# capsule was swallowed, unlabelled, as HH:MM:SS ('02:14:33'; a recording runs 8 to 12 hours):
# Medtronic (Given Imaging) PillCam and RAPID Reader, Olympus EndoCapsule, IntroMedic MiroCam,
# Jinshan OMOM, CapsoVision CapsoCam, AnX NaviCam, and the word capsule in the readers' languages.
_CAPSULE_READER = re.compile(r"(?i)(?<![^\W\d_])(?:pill[ -]?cam|rapid[ \t]+reader|endo[ -]?capsule|miro[ -]?cam|omom"
                             r"|capso[ -]?cam|navi[ -]?cam|capsule|kapsel|c[áa]psula|kapsu[łl]a|capsula)(?![^\W\d_])")

# A bare 'Time' opening its line before HH:MM:SS on a capsule endoscope's frame: the readers label
# the time since the capsule was swallowed so (a recording runs at most 15 hours: an hour of 0-15).
# 'Study Time 14:22:10', a date on the line ('12/05/2023 Time 03:41:07') or 'Time 03:41 PM' stay
# times of day.
_CAPSULE_TIME_LABEL = re.compile(r"(?i)[ \t]*(?:time|zeit|temps|tiempo|tempo)[ \t]*:?[ \t]*")


# A device's reading right before a time on its line (fix round 29): a short label, perhaps its colon
# or '=', and a value of up to four digits, perhaps a decimal and a unit ('Tilt: 0.0', 'kV 120',
# 'Gantry 15°', 'Rot 0.8s'). GE's CT corner prints the acquisition's settings so with a bare
# 'HH:MM:SS' after them ('Tilt: 0.0 14:03:22'): no date on its line nor beside it, so no date-time
# (a time of day is PHI beside its date: `_times_beside_dates` in the analyzer and the 'date and time'
# patterns). Not a year ('1957 08:19:05').
_READING_BEFORE = re.compile(
    r"(?<![^\W\d_])[^\W\d_][^\W\d_]{0,7}\.?[ \t]*[:=]?[ \t]*[-+]?(?!(?:19|20)\d\d\b)\d{1,4}(?:[.,]\d+)?"
    r"(?:[ \t]?(?:[^\W\d_]{1,4}|%|\u00b0))?[ \t]+$")


def is_time_of_day(before: str, match: re.Match) -> bool:
    """A `TIME_VALUE` match is a time of day (a date element, DATE_TIME), not a duration.

    `before`: the text before it in its field on its line ('Injection ' of 'Injection 08:12').
    The rule, in order:
    1. after a duration label ('Dur 02:30', 'Scan time 4:32', 'T 0:05', 'TA 04:32', cine and
       fluoroscopy timers) or before a unit of time ('Acq Time 1:30 min'): a duration, never a
       time of day;
    2. with AM or PM ('12:43:51 PM') and an hour of 1-12: a time of day;
    3. after a time-of-day label ('Injection 08:12', 'Start 10:42', 'Time: 14:05') and an
       hour of 0-23 (a one-digit hour is 1-9: '0:05' is an elapsed time): a time of day;
    4. with seconds and an hour of 1-23 ('08:19:05' alone in a corner, '8:19:05' of a clock
       that writes no leading zero): a device's clock; '00:01:23' and '0:01:23' (hour 0)
       are a timer, as is 'H:MM' without seconds ('4:32'), and any such lone time on a capsule
       endoscope's frame (`_CAPSULE_READER`: the time since the capsule was swallowed),
       which stays unless rule 2 or 3 applies, or it stands beside a date; a bare 'Time' first on
       its line before HH:MM:SS of an hour up to 15 on such a frame labels that elapsed time
       (`_CAPSULE_TIME_LABEL`); nor after a device's reading on its line ('Tilt: 0.0 14:03:22',
       `_READING_BEFORE`): a setting's row, with no date.
    """
    hour_text = match.group("h")
    hour = int(hour_text)
    if after_duration_label(before) or _DURATION_UNIT_AFTER.match(match.string, match.end()):
        return False
    if match.group("s") and re.match(r"[ \t]?h(?![A-Za-z])", match.string[match.end():]):
        return False
    if match.group("pre") or match.group("post"):
        return 1 <= hour <= 12
    if _TIME_OF_DAY_LABEL.search(before):
        if _CAPSULE_TIME_LABEL.fullmatch(before) and match.group("s") and hour <= 15 \
                and _CAPSULE_READER.search(match.string):
            return False  # 'Time 03:41:07' alone on a capsule frame: the time since swallowing
        if hour == 0 and _ACQ_TIME_LABEL.search(before):
            return False
        return hour <= 23 and not (len(hour_text) == 1 and hour == 0)
    if _READING_BEFORE.search(before):
        return False  # 'Tilt: 0.0 14:03:22': after a device's reading on its line, no clock beside a date
    return bool(match.group("s")) and 1 <= hour <= 23 and not _CAPSULE_READER.search(match.string)


def is_h_time_of_day(before: str) -> bool:
    """An `H_TIME_VALUE` ('14h05') is a time of day after a time-of-day label ('Heure 14h05',
    'Inj 8h30'), never after a duration label."""
    return not after_duration_label(before) and bool(_TIME_OF_DAY_LABEL.search(before))


# -- national patient identifiers (fix round 10) -------------------------------------------------

# A national identifier without a label is known by its shape and its check digits: Presidio's
# country recognisers (registered by Presidio for their own language only; here for the analyzer's)
# and the shapes Presidio lacks, each with the algorithm its issuer publishes. A result counts only
# where the check passed (Presidio scores a passed `validate_result` 1.0), except the two shapes
# that carry no check digit at all and are strict enough without (`_SHAPE_ONLY`: the Korean RRN
# issued since October 2020, the Danish CPR since 2007). Reported as ID (`NATIONAL_ID_ENTITIES`).
# Never a device's: not joined to other characters of a longer token ('1.2.840.10008...'), not a
# group of a row of numbers ('943 476 5919 1200': a table), not after a device label ('S/N', 'REF').
_DEVICE_LABEL_BEFORE = re.compile(
    r"(?i)\b(?:s/?n|ser(?:ial)?(?:\s?(?:no|nr|#))?|model|ref|lot|cat|part|p/?n|type|ver(?:sion)?|sw|hw|fw|"
    r"firmware|software|udi|gtin|device|system|detector|tube|probe|transducer|coil|phantom|qc|acq|acquisition)\b"
    r"(?:\.?[ \t]?(?:no|nr|num|number|#)\b)?[\s:#.]*$")

# The labels of a dose, an exposure, a count or a material number right before a long number (fix
# round 30): 'DAP 01062010002', 'Total counts: 24012000006', 'Exposure index 1019120680', 'Mat.-Nr.
# 9876543217': a reading of the dose report (IEC 60601-2-43 and -2-54's dose-area product and air
# kerma, IEC 62494-1's exposure index EI and deviation index DI, Fujifilm's S value), a counter of a
# nuclear medicine or DXA acquisition, or a part's material number (SAP's Materialnummer on German
# labels), none a person's number whatever check its digits pass. Not 'No'/'Nr' alone: after them a
# person's number stays one.
_READING_LABEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:dose|dlp|ctdi(?:vol|w)?|dap|kap|kerma|esak|esd|agd|mgd|total|sum|counts?|cts|kcts|mcts"
    r"|mean|avg|average|index|ei|di|s[ -]?value|exposure|expo|activity|events|photons|counter|z[äa]hler|impulse"
    r"|mat(?:erial)?[ \t.-]*(?:nr|no|nummer|number|#)(?![^\W\d_])|material|materialnummer|matnr)"
    r"(?![^\W\d_])[ \t.]*[:=#]?[ \t]*$")


def _after_reading_label(text: str, start: int) -> bool:
    """A dose's, an exposure's, a count's or a material number's label (`_READING_LABEL_BEFORE`) ends
    right before `start` on its line."""
    return bool(_READING_LABEL_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start))


def _national_id_stands_alone(text: str, start: int, end: int) -> bool:
    """[start, end) is a token of its own (no letter, digit or '.', '-', '/' joining it to more),
    not a group in a row of numbers when written with spaces, and after no device label."""
    if start > 0 and (text[start - 1].isalnum() or (text[start - 1] in ".-/" and start > 1
                                                    and text[start - 2].isalnum())):
        return False
    if end < len(text) and (text[end].isalnum() or (text[end] in ".-/" and end + 1 < len(text)
                                                    and text[end + 1].isalnum())):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before, after = text[line_start:start], text[end:line_end if line_end >= 0 else len(text)]
    if _DEVICE_LABEL_BEFORE.search(before) or after_device_word(text, start) or unit_after(text, end) \
            or _after_reading_label(text, start):
        return False  # 'S/N', 'Art.-Nr.', 'Build', 'Coil ID', 'DAP', 'Mat.-Nr.' before it; 'Hz' after it
    if re.search(r"\s", text[start:end]) and (re.search(r"\d[\s.,]*$", before) or re.match(r"[\s,]*\d", after)):
        return False  # spaced groups beside more numbers: a row of a table
    return True


class _NationalId:
    """Mixin of a national identifier recogniser: `analyze` keeps what passed the check
    (`_national_id_stands_alone` and the score of a passed `validate_result`)."""

    SHAPE_ONLY = False
    SHAPE_SCORE = 0.6

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts = None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)  # type: ignore[misc]
        kept = [r for r in results or []
                if (r.score >= EntityRecognizer.MAX_SCORE or self.SHAPE_ONLY)
                and _national_id_stands_alone(text, r.start, r.end)]
        for r in kept:
            r.score = max(r.score, self.SHAPE_SCORE)
        return kept


def _date_ok(day: int, month: int) -> bool:
    return 1 <= day <= 31 and 1 <= month <= 12


class ChAhvRecognizer(_NationalId, PatternRecognizer):
    """Swiss AHV/AVS number (Sozialversicherungsnummer since 2008): 756 (the country code of the
    EAN-13 it is), nine digits and the EAN-13 check digit, printed 756.1234.5678.97 (ZAS/CdC,
    *Aufbau der AHV-Nummer*; GS1 General Specifications 7.9, the check digit)."""

    def __init__(self):
        super().__init__(supported_entity="CH_AHV", name="ChAhvRecognizer", supported_language="en",
                         patterns=[Pattern("AHV", r"\b756([. ]?)\d{4}\1\d{4}\1\d{2}\b", 0.3)],
                         context=["ahv", "avs", "ahv-nr", "sozialversicherungsnummer"])

    def validate_result(self, pattern_text: str) -> bool:
        d = _digits(pattern_text)
        return (10 - sum(x * (3 if i % 2 else 1) for i, x in enumerate(d[:12])) % 10) % 10 == d[12]


class DkCprRecognizer(_NationalId, PatternRecognizer):
    """Danish CPR-nummer, DDMMYY-SSSS (CPR-kontoret, *Personnummeret i CPR*): the modulus-11
    check was given up in 2007, so only the strict shape counts: a valid day and month and the
    hyphen the CPR is printed with."""

    SHAPE_ONLY = True

    def __init__(self):
        super().__init__(supported_entity="DK_CPR", name="DkCprRecognizer", supported_language="en",
                         patterns=[Pattern("CPR", r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-\d{4}\b", 0.6)],
                         context=["cpr", "cpr-nr", "personnummer"])


class NoFodselsnummerRecognizer(_NationalId, PatternRecognizer):
    """Norwegian fødselsnummer, DDMMYY + 3 digits + 2 check digits (Skatteetaten; the two
    modulus-11 checks of the Folkeregister), also the D-number (day + 40) and H-number
    (month + 40)."""

    def __init__(self):
        super().__init__(supported_entity="NO_FODSELSNUMMER", name="NoFodselsnummerRecognizer",
                         supported_language="en", patterns=[Pattern("fnr", r"\b\d{6}[ ]?\d{5}\b", 0.3)],
                         context=["fødselsnummer", "fodselsnummer", "fnr", "personnummer"])

    def validate_result(self, pattern_text: str) -> bool:
        d = _digits(pattern_text)
        day, month = d[0] * 10 + d[1], d[2] * 10 + d[3]
        if not _date_ok(day - 40 if day > 40 else day, month - 40 if month > 40 else month):
            return False
        k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d[:9], strict=True)) % 11
        k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d[:10], strict=True)) % 11
        k1, k2 = k1 % 11, k2 % 11  # 11 -> 0; 10 is no valid check digit
        return k1 != 10 and k2 != 10 and k1 == d[9] and k2 == d[10]


class NlBsnRecognizer(_NationalId, PatternRecognizer):
    """Dutch burgerservicenummer, 9 digits that pass the 'elfproef' (weights 9..2 and -1, a
    multiple of 11; Logius, *BSN elfproef*), also written 1234.56.782."""

    def __init__(self):
        super().__init__(supported_entity="NL_BSN", name="NlBsnRecognizer", supported_language="en",
                         patterns=[Pattern("BSN", r"\b\d{4}([. ]?)\d{2}\1\d{3}\b", 0.3)],
                         context=["bsn", "burgerservicenummer", "sofinummer"])

    def validate_result(self, pattern_text: str) -> bool:
        d = _digits(pattern_text)
        total = sum(w * x for w, x in zip((9, 8, 7, 6, 5, 4, 3, 2, -1), d, strict=True))
        return any(d) and total % 11 == 0


class FrNirRecognizer(_NationalId, PatternRecognizer):
    """French NIR (numéro de sécurité sociale, INSEE): sex, year, month, department (2A/2B in
    Corsica), commune, order and the key 97 - (number mod 97), also spaced 1 84 12 76 451 089 46."""

    def __init__(self):
        super().__init__(
            supported_entity="FR_NIR", name="FrNirRecognizer", supported_language="en",
            patterns=[Pattern("NIR", r"\b[1278] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB])"
                                     r" ?\d{3} ?\d{3} ?\d{2}\b", 0.3)],
            context=["nir", "sécurité sociale", "securite sociale", "insee", "n° ss"])

    def validate_result(self, pattern_text: str) -> bool:
        s = re.sub(r"\s", "", pattern_text.upper())
        number, key = s[:13].replace("2A", "19").replace("2B", "18"), int(s[13:])
        return number.isdigit() and 97 - int(number) % 97 == key


class SgNricRecognizer(_NationalId, SgFinRecognizer):
    """Singapore NRIC/FIN with its check letter (weights 2 7 6 5 4 3 2, 4 added for the T and G
    series, the letter tables of the S/T and F/G series): Presidio's `SgFinRecognizer` checks the
    shape only."""

    def validate_result(self, pattern_text: str) -> bool:
        s = pattern_text.upper()
        if s[0] not in "STFG":  # the M series (2022) has its own table, not published by ICA: left
            return False
        total = sum(w * int(c) for w, c in zip((2, 7, 6, 5, 4, 3, 2), s[1:8], strict=True))
        total += 4 if s[0] in "TG" else 0
        letters = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
        return s[8] == letters[total % 11]


# The IdNr's labels (BZSt: 'Steuerliche Identifikationsnummer', 'Steuer-ID', 'IdNr', 'TIN'), ending the
# text before a grouped number: ':' or spaces after them.
_STEUER_LABEL = re.compile(r"(?i)(?<![^\W\d_])(?:steuer[ \t-]?(?:id|ident\w*|nr|nummer)|idnr|id[ \t.-]?nr"
                           r"|(?:steuerliche[ \t]+)?identifikationsnummer|tin)\.?[ \t]*[:#]?[ \t]*$")


class DeSteuerIdRecognizer(_NationalId, PatternRecognizer):
    """German Steuerliche Identifikationsnummer (IdNr, § 139b AO): 11 digits, the first not 0,
    the last the ISO 7064 MOD 11,10 check digit (BZSt, *Aufbau der IdNr*), also printed in
    groups ('47 036 892 815', '470 368 928 15')."""

    def __init__(self):
        super().__init__(supported_entity="DE_STEUER_ID", name="DeSteuerIdRecognizer", supported_language="en",
                         patterns=[Pattern("IdNr", r"\b[1-9]\d(?:\d{9}|([ .])\d{3}\1\d{3}\1\d{3}"
                                                   r"|\d([ .])\d{3}\2\d{3}\2\d{2}|\d{2} \d{4} \d{3})\b", 0.3)],
                         context=["steuer-id", "steuerid", "idnr", "identifikationsnummer"])

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Written in groups, only after its label on the line: four numbers of a table row
        ('25 166 439 408', 'Dose (mGy)  40 692 961 109') pass the check one time in ten."""
        return [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                if not re.search(r"[ .]", text[r.start:r.end])
                or _STEUER_LABEL.search(text, text.rfind("\n", 0, r.start) + 1, r.start)]

    def validate_result(self, pattern_text: str) -> bool:
        d = _digits(pattern_text)
        if len(d) != 11 or max(d[:10].count(x) for x in set(d[:10])) > 3:
            return False
        product = 10
        for x in d[:10]:
            product = (((x + product) % 10 or 10) * 2) % 11
        return (11 - product) % 10 == d[10]


# Province codes of the Chinese resident identity card's first two digits (GB/T 2260).
_CN_PROVINCES = ("11|12|13|14|15|21|22|23|31|32|33|34|35|36|37|41|42|43|44|45|46|50|51|52|53|54|61|62|63|64|65"
                 "|71|81|82")


class CnResidentIdRecognizer(_NationalId, PatternRecognizer):
    """Chinese resident identity card number (GB 11643-1999): six digits of the address code
    (province first, GB/T 2260), the birth date YYYYMMDD, three order digits and the ISO 7064
    MOD 11-2 check character (0-9 or X). The province and a real date make the shape strict
    enough without the check (OCR misreads one digit and breaks only the check), also in
    groups of 6-8-4 ('320106 19840715 3216')."""

    SHAPE_ONLY = True

    def __init__(self):
        super().__init__(
            supported_entity="CN_RESIDENT_ID", name="CnResidentIdRecognizer", supported_language="en",
            patterns=[Pattern("RIC", rf"\b(?:{_CN_PROVINCES})\d{{4}}[ ]?(?:18|19|20)\d{{2}}(?:0[1-9]|1[0-2])"
                                     r"(?:0[1-9]|[12]\d|3[01])[ ]?\d{3}[\dXx]\b", 0.6)],
            context=["shenfenzheng", "身份证", "resident id"])


# The 32 states of a CURP's birth place and NE (born abroad), RENAPO's *Instructivo normativo
# para la asignación de la CURP* (2006), annex 2.
_MX_STATES = "AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE"


class MxCurpRecognizer(_NationalId, PatternRecognizer):
    """Mexican Clave Única de Registro de Población (RENAPO): four letters of the names, the birth
    date YYMMDD, the sex (H, M, X), the state of birth, three inner consonants, a homonym
    character and a check digit. The shape (letters where letters go, a real date, one of 33
    state codes) is strict enough without the check, as the codice fiscale's is."""

    SHAPE_ONLY = True

    def __init__(self):
        super().__init__(
            supported_entity="MX_CURP", name="MxCurpRecognizer", supported_language="en",
            patterns=[Pattern("CURP", r"\b[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
                                      rf"[HMX](?:{_MX_STATES})[B-DF-HJ-NP-TV-Z]{{3}}[0-9A-Z]\d\b", 0.6)],
            context=["curp"])


class BrCpfRecognizer(_NationalId, PatternRecognizer):
    """Brazilian CPF (Receita Federal, Cadastro de Pessoas Físicas), written 123.456.789-09: nine
    digits and two modulus-11 check digits (Receita Federal, *Cálculo do dígito verificador*)."""

    def __init__(self):
        super().__init__(supported_entity="BR_CPF", name="BrCpfRecognizer", supported_language="en",
                         patterns=[Pattern("CPF", r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b", 0.3)], context=["cpf"])

    def validate_result(self, pattern_text: str) -> bool:
        d = _digits(pattern_text)
        if len(set(d)) == 1:
            return False
        k1 = sum((10 - i) * x for i, x in enumerate(d[:9])) * 10 % 11 % 10
        k2 = sum((11 - i) * x for i, x in enumerate(d[:10])) * 10 % 11 % 10
        return k1 == d[9] and k2 == d[10]


class CzRodneCisloRecognizer(_NationalId, PatternRecognizer):
    """Czech and Slovak rodné číslo, YYMMDD/SSSC with the slash it is printed with (zákon
    133/2000 Sb., § 13): the month plus 50 for women (plus 20 or 70 since 2004); issued since
    1954 with ten digits, the whole number a multiple of 11 (or the remainder 10 and check 0)."""

    def __init__(self):
        super().__init__(supported_entity="CZ_RODNE_CISLO", name="CzRodneCisloRecognizer", supported_language="en",
                         patterns=[Pattern("RC", r"\b\d{2}[0-35-8]\d[0-3]\d ?/ ?\d{4}\b", 0.3)],
                         context=["rodné číslo", "rč"])

    def validate_result(self, pattern_text: str) -> bool:
        s = re.sub(r"\D", "", pattern_text)
        month, day = int(s[2:4]) % 50, int(s[4:6])
        month = month - 20 if month > 20 else month
        if not _date_ok(day, month):
            return False
        return int(s) % 11 == 0 or (int(s[:9]) % 11 == 10 and s[9] == "0")


class TwNationalIdRecognizer(_NationalId, PatternRecognizer):
    """Taiwanese national identification number: the letter of the place of registration, the sex
    digit (1, 2; 8, 9 for resident certificates since 2021) and eight digits, the last a check
    digit (the letter's two-digit code, weights 1 9 8 7 6 5 4 3 2 1 1, a multiple of 10;
    Ministry of the Interior)."""

    def __init__(self):
        super().__init__(supported_entity="TW_NATIONAL_ID", name="TwNationalIdRecognizer", supported_language="en",
                         patterns=[Pattern("TWID", r"\b[A-Z][1289]\d{8}\b", 0.3)], context=["身分證"],
                         # The letter is printed in capitals: Presidio's default flags ignore case,
                         # and a serial such as `sn a123456789` is no one's ID.
                         global_regex_flags=re.MULTILINE)

    def validate_result(self, pattern_text: str) -> bool:
        place = "ABCDEFGHJKLMNPQRSTUVXYWZIO".find(pattern_text[0])
        if place < 0:
            return False
        code = 10 + place
        d = [code // 10, code % 10] + [int(c) for c in pattern_text[1:]]
        return sum(w * x for w, x in zip((1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1), d, strict=True)) % 10 == 0


class ClRutRecognizer(_NationalId, PatternRecognizer):
    """Chilean RUT/RUN (Rol Único Tributario / Nacional, Servicio de Registro Civil e Identificación),
    written 20.123.456-7: seven or eight digits in thousands groups, a hyphen and the modulus-11
    check character (the digits weighted 2 to 7 from the right, 11 less the sum modulo 11; 11 is
    written 0, 10 'K'). The points make the shape; the check makes it an identifier."""

    def __init__(self):
        super().__init__(supported_entity="CL_RUT", name="ClRutRecognizer", supported_language="en",
                         patterns=[Pattern("RUT", r"(?<![\w.])\d{1,2}\.\d{3}\.\d{3}-[\dKk](?![\w.-])", 0.3)],
                         context=["rut", "run"])

    def validate_result(self, pattern_text: str) -> bool:
        body, check = pattern_text.replace(".", "").split("-")
        total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
        return "0123456789K0"[11 - total % 11] == check.upper()


# The 24 letters of a New Zealand NHI number (no I, no O), valued 1 to 24.
_NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


class NzNhiRecognizer(_NationalId, PatternRecognizer):
    """New Zealand National Health Index number (HISO 10046, Te Whatu Ora): three letters (no I or
    O) and four digits, the last a check digit (the letters valued 1-24, the six characters weighted
    7 to 2, 11 less the sum modulo 11, 10 written 0, a remainder 0 invalid: 'ZZZ0016'); and the
    format issued from 2025, three letters, two digits and two letters, the last a check letter (the
    sum modulo 23, 23 less it, the letter of that value: 'ZZZ00AC'). In capitals, a token of its own."""

    def __init__(self):
        super().__init__(supported_entity="NZ_NHI", name="NzNhiRecognizer", supported_language="en",
                         patterns=[Pattern("NHI", rf"\b[{_NHI_LETTERS}]{{3}}(?:\d{{4}}|\d{{2}}[{_NHI_LETTERS}]{{2}})\b",
                                           0.3)],
                         context=["nhi"], global_regex_flags=re.MULTILINE)

    def validate_result(self, pattern_text: str) -> bool:
        values = [_NHI_LETTERS.index(c) + 1 if c.isalpha() else int(c) for c in pattern_text[:6]]
        total = sum(v * w for v, w in zip(values, range(7, 1, -1), strict=True))
        if pattern_text[6].isdigit():
            if total % 11 == 0:
                return False
            return (11 - total % 11) % 10 == int(pattern_text[6])
        return _NHI_LETTERS[23 - total % 23 - 1] == pattern_text[6]


# -- the person numbers of the round-28 language list -------------------------------------------

_DD = r"(?:0[1-9]|[12]\d|3[01])"
_MM = r"(?:0[1-9]|1[0-2])"


def _digits(text: str) -> list[int]:
    return [int(c) for c in text if c.isdigit()]


def _luhn(d: list[int]) -> bool:
    """The Luhn (ISO/IEC 7812-1 annex B) check over all of `d`, the last digit the check digit."""
    total = 0
    for i, x in enumerate(reversed(d)):
        x = x * 2 if i % 2 else x
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def _mod11_two_rounds(d: list[int]) -> bool:
    """The check digit of the Estonian isikukood (EVS 585:2007), the Lithuanian asmens kodas
    (LST 1185) and the Kazakh IIN: weights 1, 2, ... over the digits before it, modulo 11; a
    remainder 10 takes a second round of weights starting at 3; 10 again is check digit 0 (the
    IIN issues no such number: `last_ten_ok` False)."""
    body, check = d[:-1], d[-1]
    for start in (1, 3):
        r = sum(x * ((start - 1 + i) % 9 + 1) for i, x in enumerate(body)) % 11
        if r != 10:
            return r == check
    return check == 0


def _iso7064_mod11_10(d: list[int]) -> bool:
    product = 10
    for x in d[:-1]:
        product = (((x + product) % 10 or 10) * 2) % 11
    return (11 - product) % 10 == d[-1]


class _PersonNumber(_NationalId, PatternRecognizer):
    """A person number of `regex` passing `check` (its digits; None: the shape alone counts,
    `SHAPE_ONLY`). Reported as `entity` (ID in the gear's reports)."""

    def __init__(self, entity: str, regex: str, check=None, context=()):
        self._check = check
        self.SHAPE_ONLY = check is None
        super().__init__(supported_entity=entity, name=f"{entity}_recognizer", supported_language="en",
                         patterns=[Pattern(entity, regex, 0.6 if check is None else 0.3)], context=list(context),
                         global_regex_flags=re.MULTILINE)

    def validate_result(self, pattern_text: str):
        return None if self._check is None else bool(self._check(_digits(pattern_text)))


def _jmbg(d: list[int]) -> bool:
    m = 11 - sum(w * x for w, x in zip((7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
    return (0 if m > 9 else m) == d[12]


def _egn(d: list[int]) -> bool:
    month = d[2] * 10 + d[3]
    if not (1 <= month % 20 <= 12 and month < 60 and (month // 20) in (0, 1, 2)):
        return False
    r = sum(w * x for w, x in zip((2, 4, 8, 5, 10, 9, 7, 3, 6), d, strict=False)) % 11
    return r % 10 == d[9]


def _cnp(d: list[int]) -> bool:
    r = sum(w * x for w, x in zip((2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9), d, strict=False)) % 11
    return (1 if r == 10 else r) == d[12]


def _iin(d: list[int]) -> bool:
    body = d[:11]
    for weights in (range(1, 12), (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)):
        r = sum(w * x for w, x in zip(weights, body, strict=True)) % 11
        if r != 10:
            return r == d[11]
    return False


def _lv(d: list[int]) -> bool:
    r = (1101 - sum(w * x for w, x in zip((1, 6, 3, 7, 9, 10, 5, 8, 4, 2), d, strict=False))) % 11
    return r == d[10]


def _kennitala(d: list[int]) -> bool:
    r = 11 - sum(w * x for w, x in zip((3, 2, 7, 6, 5, 4, 3, 2), d, strict=False)) % 11
    return (0 if r == 11 else r) == d[8]


def _snils(d: list[int]) -> bool:
    total = sum(x * (9 - i) for i, x in enumerate(d[:9]))
    total = total % 101 if total > 101 else total
    return (0 if total >= 100 else total) == d[9] * 10 + d[10]


def _be_nn(d: list[int]) -> bool:
    body, key = int("".join(map(str, d[:9]))), d[9] * 10 + d[10]
    return key in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


def _at_svnr(d: list[int]) -> bool:
    r = sum(w * x for w, x in zip((3, 7, 9, 0, 5, 8, 4, 2, 1, 6), d, strict=True)) % 11
    return d[0] != 0 and r == d[3]


def _ie_ppsn(text: str) -> bool:
    letters = "WABCDEFGHIJKLMNOPQRSTUV"
    d = [int(c) for c in text[:7]]
    total = sum(w * x for w, x in zip(range(8, 1, -1), d, strict=True))
    if len(text) == 9 and text[8] in letters:  # 'W', 'X', 'Z' of the older numbers add nothing
        total += 9 * letters.index(text[8])
    return letters[total % 23] == text[7]


class IePpsnRecognizer(_NationalId, PatternRecognizer):
    """Irish Personal Public Service Number: seven digits, the check letter (weights 8 to 2 and, for
    the numbers since 2013, 9 times the second letter's value, modulo 23: the letter of that value,
    W for 0) and perhaps a second letter (Department of Social Protection, *PPSN format*)."""

    def __init__(self):
        super().__init__(supported_entity="IE_PPSN", name="IePpsnRecognizer", supported_language="en",
                         patterns=[Pattern("PPSN", r"\b\d{7}[A-W][ABHTWXZ]?\b", 0.3)], context=["ppsn", "pps"],
                         global_regex_flags=re.MULTILINE)

    def validate_result(self, pattern_text: str) -> bool:
        return _ie_ppsn(pattern_text)


# Province codes of the Indonesian NIK's first two digits (Kemendagri, *Kode wilayah*, Permendagri 72/2019).
_ID_PROVINCES = "1[1-9]|21|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[12]|9[1-7]"
# Place-of-birth codes of the Malaysian MyKad's middle pair (Jabatan Pendaftaran Negara): the states
# 01-16 (and 21-59 for the same states), foreign countries 60-99 less the unassigned 69, 70, 73, 80, 81, 94-97.
_MY_PLACES = "0[1-9]|1[0-6]|2[1-9]|[3-5]\\d|6[0-8]|7[124-9]|8[2-9]|9[0-3]|98|99"


def person_number_recognizers() -> list[EntityRecognizer]:
    """The person numbers of the round-28 language list Presidio lacks, each with the check its
    issuer publishes (cited at its check function) or, where the number carries none, a shape
    strict enough alone (a birth date and a region code, the hyphens it is printed with)."""
    return [
        # Estonia (isikukood, EVS 585:2007) and Lithuania (asmens kodas, LST 1185): sex and century
        # digit 1-6, YYMMDD, three digits and the two-round modulus-11 check.
        _PersonNumber("EE_LT_PERSONAL_CODE", rf"\b[1-6]\d\d{_MM}{_DD}\d{{4}}\b", _mod11_two_rounds,
                      ("isikukood", "asmens kodas")),
        # Latvia (personas kods, PMLP): DDMMYY-CNNNN, the check (1101 - weights 1 6 3 7 9 10 5 8 4 2) mod 11.
        _PersonNumber("LV_PERSONAS_KODS", rf"\b{_DD}{_MM}\d\d-?[012]\d{{4}}\b", _lv, ("personas kods",)),
        # Croatia (OIB, Zakon o osobnom identifikacijskom broju): 11 digits, ISO 7064 MOD 11,10.
        _PersonNumber("HR_OIB", r"\b\d{11}\b", _iso7064_mod11_10, ("oib",)),
        # Serbia, Bosnia and Herzegovina, Montenegro, North Macedonia (JMBG) and Slovenia (EMŠO):
        # DDMMYYY RR BBB K, the check 11 - (weights 7 6 5 4 3 2 7 6 5 4 3 2) mod 11, 10 and 11 written 0.
        _PersonNumber("JMBG_EMSO", rf"\b{_DD}{_MM}[09]\d\d\d{{6}}\b", _jmbg, ("jmbg", "emšo", "emso", "матични")),
        # Bulgaria (EGN, ЕГН, Наредба за ЕСГРАОН): YYMMDD (month + 20 before 1900, + 40 after 1999),
        # three digits, the check (weights 2 4 8 5 10 9 7 3 6) mod 11, 10 written 0.
        _PersonNumber("BG_EGN", rf"\b\d\d(?:[024][1-9]|[135][0-2]){_DD}\d{{4}}\b", _egn, ("egn", "егн")),
        # Romania (CNP, Legea 119/1996): S YYMMDD JJ NNN C, county 01-52, the check (weights
        # 2 7 9 1 4 6 3 5 8 2 7 9) mod 11, 10 written 1.
        _PersonNumber("RO_CNP", rf"\b[1-9]\d\d{_MM}{_DD}(?:0[1-9]|[1-4]\d|5[0-2])\d{{4}}\b", _cnp, ("cnp",)),
        # Kazakhstan (IIN, ЖСН/ИИН, the Law on national registers, 2007): YYMMDD, century and sex 1-6,
        # four digits and the two-round modulus-11 check.
        _PersonNumber("KZ_IIN", rf"\b\d\d{_MM}{_DD}[1-6]\d{{5}}\b", _iin, ("iin", "иин", "жсн")),
        # Iceland (kennitala, Þjóðskrá Íslands): DDMMYY-RRCK (day + 40 for a company), the check
        # 11 - (weights 3 2 7 6 5 4 3 2) mod 11, the century digit 8, 9 or 0.
        _PersonNumber("IS_KENNITALA", rf"\b(?:{_DD}|[4-6]\d|7[01]){_MM}\d\d-?\d{{3}}[890]\b", _kennitala,
                      ("kennitala", "kt")),
        # Russia (SNILS, Pension Fund of Russia, Federal Law 27-FZ): NNN-NNN-NNN CC, the check the sum
        # of the digits weighted 9 to 1, modulo 101, 100 written 00. Only with its hyphens.
        _PersonNumber("RU_SNILS", r"\b\d{3}-\d{3}-\d{3}[ -]\d{2}\b", _snils, ("snils", "снилс")),
        # Belgium (rijksregisternummer / numéro de registre national): YY.MM.DD-SSS.CC, the key
        # 97 - (YYMMDDSSS mod 97), with 2 in front for births since 2000.
        _PersonNumber("BE_NATIONAL_NUMBER", rf"\b\d\d\.?{_MM}\.?{_DD}-?\d{{3}}\.?\d\d\b", _be_nn,
                      ("rijksregisternummer", "insz", "niss")),
        # Austria (Sozialversicherungsnummer, Dachverband): NNNC DDMMYY, the check (weights
        # 3 7 9 - 5 8 4 2 1 6) mod 11 in the fourth place.
        _PersonNumber("AT_SVNR", rf"\b\d{{4}} ?{_DD}{_MM}\d\d\b", _at_svnr, ("svnr", "sv-nr", "vsnr")),
        # Greece (AMKA, ΗΔΙΚΑ): DDMMYY and five digits, the last the Luhn check digit.
        _PersonNumber("GR_AMKA", rf"\b{_DD}{_MM}\d{{7}}\b", _luhn, ("amka", "αμκα")),
        # Malaysia (MyKad, Jabatan Pendaftaran Negara): YYMMDD-PB-###G with its hyphens; its last digit
        # is the sex, no check: the birth date and a place-of-birth code make the shape.
        _PersonNumber("MY_MYKAD", rf"\b\d\d{_MM}{_DD}-(?:{_MY_PLACES})-\d{{4}}\b", None, ("mykad", "kp", "ic")),
        # Indonesia (NIK, Dukcapil, UU 24/2013): province, regency and district codes, DDMMYY (day + 40
        # for a woman), four digits of order; no check digit: the province and the date make the shape.
        _PersonNumber("ID_NIK", rf"\b(?:{_ID_PROVINCES})\d{{4}}(?:{_DD}|[4-6]\d|7[01]){_MM}\d\d\d{{3}}[1-9]\b",
                      None, ("nik",)),
        # Philippines: the PhilHealth Identification Number printed NN-NNNNNNNNN-N and the UMID's
        # Common Reference Number NNNN-NNNNNNN-N; their check digits are not published: the hyphens
        # make the shape.
        _PersonNumber("PH_PHILHEALTH_UMID", r"\b(?:\d{2}-\d{9}|\d{4}-\d{7})-\d\b", None, ("philhealth", "pin", "umid")),
        IePpsnRecognizer(),
    ]


PERSON_NUMBER_ENTITIES = ("EE_LT_PERSONAL_CODE", "LV_PERSONAS_KODS", "HR_OIB", "JMBG_EMSO", "BG_EGN", "RO_CNP",
                          "KZ_IIN", "IS_KENNITALA", "RU_SNILS", "BE_NATIONAL_NUMBER", "AT_SVNR", "GR_AMKA",
                          "MY_MYKAD", "ID_NIK", "PH_PHILHEALTH_UMID", "IE_PPSN")


# Shapes strict enough without their check: the Korean RRN (no check digit since October 2020:
# Presidio's `validate_result` says None) and the Italian codice fiscale, whose regular expression
# (Presidio's) spells out the consonant and vowel groups of the names, the month letters, the day
# (plus 40 for women) and the cadastral code (Agenzia delle Entrate, DM 12/03/1974): one misread
# character breaks the check letter, not that shape, and no device text has it.
_SHAPE_ONLY = (KrRrnRecognizer, ItFiscalCodeRecognizer)


def national_id_recognizers() -> list[EntityRecognizer]:
    """The national identifier recognisers, for the analyzer's language ('en'), each reporting
    its Presidio entity (`NATIONAL_ID_ENTITIES`, all ID in the gear's reports)."""
    presidio = [ItFiscalCodeRecognizer, EsNifRecognizer, EsNieRecognizer, PlPeselRecognizer,
                FiPersonalIdentityCodeRecognizer, NhsRecognizer, AuMedicareRecognizer, InAadhaarRecognizer,
                KrRrnRecognizer, SePersonnummerRecognizer, TrNationalIdRecognizer, DeHealthInsuranceRecognizer,
                ZaIdNumberRecognizer, ThTninRecognizer]
    out: list[EntityRecognizer] = []
    for cls in presidio:
        checked = type(cls.__name__, (_NationalId, cls), {"SHAPE_ONLY": cls in _SHAPE_ONLY})
        out.append(checked(supported_language="en", name=cls.__name__))
    out.append(SgNricRecognizer(supported_language="en", name="SgFinRecognizer"))
    out += [DkCprRecognizer(), NoFodselsnummerRecognizer(), NlBsnRecognizer(), FrNirRecognizer(), ChAhvRecognizer(),
            DeSteuerIdRecognizer(), CnResidentIdRecognizer(), MxCurpRecognizer(), BrCpfRecognizer(),
            CzRodneCisloRecognizer(), TwNationalIdRecognizer(), NzNhiRecognizer(), ClRutRecognizer()]
    out += person_number_recognizers()
    return compiled(out)


NATIONAL_ID_ENTITIES = ("IT_FISCAL_CODE", "ES_NIF", "ES_NIE", "PL_PESEL", "FI_PERSONAL_IDENTITY_CODE", "UK_NHS",
                        "AU_MEDICARE", "IN_AADHAAR", "KR_RRN", "SE_PERSONNUMMER", "TR_NATIONAL_ID",
                        "DE_HEALTH_INSURANCE", "SG_NRIC_FIN", "DK_CPR", "NO_FODSELSNUMMER", "NL_BSN", "FR_NIR",
                        "CH_AHV", "DE_STEUER_ID", "CN_RESIDENT_ID", "MX_CURP", "BR_CPF", "CZ_RODNE_CISLO",
                        "TW_NATIONAL_ID", "NZ_NHI", "CL_RUT", "ZA_ID_NUMBER", "TH_TNIN", *PERSON_NUMBER_ENTITIES)
