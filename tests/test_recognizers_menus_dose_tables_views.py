"""Viewer menus, CT dose-report table headers, pinyin console words and mammography view labels
that no rule and no NER reading alone may paint (review 10 half B), in the languages the consoles
are localized to; the names, IDs and numbers beside them stay found.

- a PACS's menu column in Danish ('Serier / Målinger / Eksport / Luk' was painted as a person and as
  banner institutions) and its siblings in the Nordic languages, Dutch, German, the Romance
  languages and Polish;
- the header of a CT dose report's table ('Serie  Tipo  Intervallo (mm)  CTDIvol (mGy)  DLP' was
  read as an organisation) in it/es/pt/fr/de/nl/pl;
- the romanised (pinyin) department and exam words of a Chinese console ('Gumidu Shi', the bone
  density room, was read as a person), not where they stand after a name label;
- mammography view labels (DICOM CID 4014: 'RMLO' was read as a person).

Text-level: OCR words with boxes through the real Presidio analyzer and spaCy pipeline.
"""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered, painted

# The review's Danish PACS screen (lines as PP-OCR reads them): the patient line, the referrer, and
# the menu column down the left edge.
_PACS = ("Rasmussen-Nørgaard, Mette Louise  CPR: 261183-1460\n"
         "Henv.: Overlæge Jens Thorhauge  Sygehus Limfjord  Tlf. 97 65 43 10\n{menu}\nLength 42.3 mm")


@pytest.mark.parametrize("menu", [
    "Serier\nMålinger\nEksport\nLuk",                        # Danish (the review's screen)
    "Studier\nBilleder\nVærktøj\nUdskriv\nGem\nLuk",         # Danish
    "Serier\nMålinger\nEksport\nVerktøy\nLukk",              # Norwegian
    "Serier\nMätningar\nExportera\nVerktyg\nStäng",          # Swedish
    "Sarjat\nMittaukset\nVienti\nTyökalut\nSulje",           # Finnish
    "Reeksen\nMetingen\nExporteren\nGereedschap\nSluiten",   # Dutch
    "Serien\nMessungen\nExportieren\nWerkzeuge\nSchließen",  # German
    "Series\nMediciones\nExportar\nHerramientas\nCerrar",    # Spanish
    "Serie\nMisure\nEsporta\nStrumenti\nChiudi",             # Italian
    "Séries\nMedições\nExportar\nFerramentas\nFechar",       # Portuguese
    "Serie\nPomiary\nEksportuj\nNarzędzia\nZamknij",         # Polish
    "Drukuj\nZapisz\nUstawienia\nUkład\nOkno",               # Polish
    "Opsætning\nVisning\nAnnoteringer",                      # Danish
    "Ansicht\nAnnotationen\nLayout",                         # German
])
def test_a_viewers_menu_words_are_kept(analyzer, menu):
    text = _PACS.format(menu=menu)
    words = set(menu.split())
    assert not words & painted(analyzer, text)
    found = covered(analyzer, text)
    assert {"Mette", "Louise"} <= found.get("PERSON", set())
    assert {"97", "65", "43", "10"} <= found.get("PHONE_NUMBER", set())


@pytest.mark.parametrize("text,name", [
    ("Navn: Luk Wing Sze", {"Luk", "Wing", "Sze"}),          # the Cantonese surname after a name label
    ("Patient: Luk Chi Keung", {"Luk", "Chi", "Keung"}),
    ("Name: LUK, Ka Ming  DOB 01/02/1970", {"LUK,", "Ka", "Ming"}),
    ("Nombre: Salva Roig", {"Salva", "Roig"}),                # Salva: a given name, the Italian 'save'
])
def test_menu_words_that_are_names_stay_names_after_a_label(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


# The review's Italian CT dose report (lines as PP-OCR reads them), with a table row under its header.
_DOSE = ("Paziente: GALLO DELL'ACQUA Ludovica\nData: 09/11/2026\nAzienda Ospedaliera Sant'Ermete\n"
         "{header}\n1  Scout  -  -  -\n2  Elicoidale  S12.5-I385.0  7.85  302.4")


@pytest.mark.parametrize("header", [
    "Serie  Tipo  Intervallo (mm)  CTDIvol (mGy)  DLP (mGy*cm)",       # Italian (the review's report)
    "Serie  Tipo  Intervalo (mm)  CTDIvol (mGy)  DLP (mGy*cm)",        # Spanish
    "Série  Tipo  Intervalo (mm)  CTDIvol (mGy)  DLP (mGy*cm)",        # Portuguese
    "Série  Type  Plage (mm)  CTDIvol (mGy)  PDL (mGy.cm)",            # French
    "Serie  Typ  Scanbereich (mm)  CTDIvol (mGy)  DLP (mGy*cm)",       # German
    "Reeks  Type  Bereik (mm)  CTDIvol (mGy)  DLP (mGy*cm)",           # Dutch
    "Seria  Typ  Zakres (mm)  CTDIvol (mGy)  DLP (mGy*cm)",            # Polish
    "Serie  Tipo  Intervallo (mm)  CTDIvol (mGy)  DLP (mGy*cm)  Fantoccio",
])
def test_a_dose_reports_table_header_is_kept(analyzer, header):
    text = _DOSE.format(header=header)
    words = {w for w in header.split() if w[0].isalpha()}
    assert not words & painted(analyzer, text)
    found = covered(analyzer, text)
    assert {"GALLO", "Ludovica"} <= found.get("PERSON", set())
    assert "09/11/2026" in found.get("DATE_TIME", set())


# The review's Chinese DXA print-out (romanised, lines as PP-OCR reads them).
_DXA = "Xiamen Haicang Zhongxin Yiyuan\n{dept}\nXingming: CHEN YUXIN\nJiancha riqi: 2026-11-05"


@pytest.mark.parametrize("dept", [
    "Gumidu Shi",               # bone density room (the review's print-out)
    "Fangshe Ke",               # radiology department
    "Chaosheng Jiancha",        # ultrasound examination
    "Gumidu Jiancha Baogao",    # bone density examination report
    "Zhuiti  Gugujing  Zongji",  # vertebrae, femoral neck, total (a DXA result table's header)
    "Yaozhui  Kuanguanjie",     # lumbar spine, hip joint
])
def test_pinyin_console_words_are_kept(analyzer, dept):
    text = _DXA.format(dept=dept)
    assert not set(dept.split()) & painted(analyzer, text)
    assert {"CHEN", "YUXIN"} <= covered(analyzer, text).get("PERSON", set())


@pytest.mark.parametrize("text,name", [
    ("Xingming: SHI Gugu", {"SHI", "Gugu"}),        # the surname Shi, whatever follows, after a name label
    ("Name: Shi Yuxin", {"Shi", "Yuxin"}),
    ("Xingming: Ke Chaosheng", {"Ke", "Chaosheng"}),  # Chaosheng, ultrasound, is also a given name
])
def test_pinyin_words_after_a_name_label_stay_names(analyzer, text, name):
    assert name <= covered(analyzer, text).get("PERSON", set())


# The review's Siemens mammogram (German) as PP-OCR reads it, with its boxes: the patient block top
# right, the view label under it in a large font, the exposure and the technologist at the bottom.
_MG = [("\u00d6zdemir-Sch\u00e4fer,", 727, 13, 121, 16), ("Aylin", 851, 15, 35, 16), ("Geb.-Datum:", 711, 33, 89, 13),
       ("09.11.1963", 806, 34, 80, 12), ("Pat.-ID:", 768, 52, 50, 12), ("7741029", 824, 52, 62, 12),
       ("Mammographie-Screening-Zentrum", 525, 69, 251, 16), ("Oberpfalz-Nord", 780, 69, 106, 16),
       ("{view}", 760, 309, 125, 32), ("MAMMOMAT", 14, 1015, 81, 11), ("Revelation", 98, 1013, 68, 13),
       ("kV", 35, 1030, 18, 13), ("W/Rh", 117, 1030, 34, 15), ("28", 14, 1032, 16, 11), ("96", 59, 1032, 16, 11),
       ("mAs", 80, 1032, 29, 11), ("Kompr.", 14, 1049, 45, 14), ("104", 63, 1049, 26, 11), ("N", 92, 1049, 10, 11),
       ("Untersuchung:", 670, 1093, 95, 16), ("05.11.2026", 770, 1095, 74, 11), ("08:14", 849, 1095, 38, 11),
       ("MTRA:", 756, 1112, 40, 11), ("K.", 801, 1112, 13, 11), ("Brennecke", 817, 1110, 69, 13)]


@pytest.mark.parametrize("view", [
    "RMLO", "LMLO", "RCC", "LCC", "RML", "LML", "RXCCL", "LXCCL", "RXCCM", "MLO", "XCCL", "RLMO",
])
def test_a_mammograms_view_label_is_kept(analyzer, view):
    words = [OcrWord(t.format(view=view), Box(x, y, w, h), 99.0) for t, x, y, w, h in _MG]
    found = covered(analyzer, words)
    assert view not in set().union(*found.values())
    assert {"Aylin", "Brennecke"} <= found.get("PERSON", set())
    assert "7741029" in found.get("ID", set())
