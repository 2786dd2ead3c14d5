"""Generate the review 20 set: python make_set.py OUTDIR (deterministic; all data invented)."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_lib import (
    Canvas,
    au_medicare,
    be_rrn,
    body,
    bsn,
    cn_id,
    cod_fisc,
    cpf,
    curp,
    cz_rc,
    disc,
    dni_es,
    flat,
    hetu,
    kr_rrn,
    luhn_digit,
    nhs,
    no_fnr,
    pesel,
    ppsn,
    rut,
    se_pnr,
    sector,
    snils,
    tckn,
    tw_id,
    verhoeff,
    write,
)

OUT = None
YEL, CYN, GRN, WHT = (1.0, 0.95, 0.35), (0.45, 0.9, 1.0), (0.4, 1.0, 0.45), (1, 1, 1)


def cv_frames(fn, F, seed):
    return np.stack([fn(seed + i) for i in range(F)])


# ------------------------------------------------------------------ 01 Brazil, obstetric US (Voluson-style)
def cns(n14):
    for last in "0123456789":
        n = n14 + last
        if sum(int(c) * (15 - i) for i, c in enumerate(n)) % 11 == 0:
            return f"{n[:3]} {n[3:7]} {n[7:11]} {n[11:]}"
    return None


def g01():
    # a: single frame RGB raw 800x600
    c = Canvas(sector(600, 800, 11, apex=(0.45, 0.1)), "01_br_usob_a", "01_br_usob")
    c.rect((0, 0, 799, 44), (0.12, 0.14, 0.2), fill=True)
    c.text(6, 4, "{H:Hospital} {H:e} {H:Maternidade} {H:São} {H:Lucas} - {A:Campinas/SP}", 12, "sansb")
    c.text(6, 24, "{P:MARIA} {P:APARECIDA} {P:DOS} {P:SANTOS} {P:OLIVEIRA}   ID {I:0045821-3}", 12)
    c.text(560, 4, "{D:14/03/2024}  {D:09:41:17}", 12, align="l")
    c.text(560, 24, "Voluson E10 BT21   OB 2/3", 11, dev=True)
    c.text(794, 50, "MI 1.1  TIb 0.4", 10, "cond", YEL, dev=True, align="r")
    c.text(794, 64, "RAB6-D  4.0MHz", 10, "cond", dev=True, align="r")
    c.text(794, 78, "Gn -2  C5  D 16.5cm", 10, "cond", dev=True, align="r")
    c.text(794, 92, "FR 24Hz  Q 2", 10, "cond", dev=True, align="r")
    y = 120
    for t in ["BPD  78.4 mm  31s2d", "HC  285.1 mm  31s1d", "AC  270.3 mm  31s0d", "FL  59.8 mm  31s0d",
              "PFE  1702 g  (Hadlock)"]:
        c.text(600, y, t, 11, "mono", YEL, dev=True)
        y += 15
    c.text(600, y + 6, "DUM {D:04/08/2023}", 11, "mono", WHT)
    c.text(600, y + 21, "IG(DUM) 31s1d", 11, "mono", WHT, dev=True)
    c.text(600, y + 36, "DPP {D:09/05/2024}", 11, "mono", WHT)
    c.text(8, 540, "CPF {I:" + cpf("318402776") + "}   DN {D:23/07/1991}  32a", 10, "sans", (0.8, 0.8, 0.8))
    c.text(8, 556, "Exame: {TS:Dra.} {S:Fernanda} {S:Queiroz} {S:Lima}  CRM-SP {I:118342}", 10, "sans", (0.8, 0.8, 0.8))
    c.text(8, 574, "Morfológico 2º trimestre - cabeça / abdome / fêmur", 10, "sans", (0.75, 0.75, 0.75))
    c.text(330, 300, "cabeça fetal", 11, "sans", YEL)
    write(c, OUT, "US", "US", "RGB", 8, dict(PatientName="DOS SANTOS OLIVEIRA^MARIA APARECIDA", PatientID="0045821-3",
          PatientBirthDate="19910723", PatientSex="F", StudyDate="20240314", StudyTime="094117",
          InstitutionName="HOSPITAL E MATERNIDADE SAO LUCAS", Manufacturer="GE Healthcare",
          ManufacturerModelName="Voluson E10", AccessionNumber="A24031400871",
          PerformingPhysicianName="QUEIROZ LIMA^FERNANDA"))
    # b: 6-frame cine, JPEG baseline YBR_FULL_422 640x480, lower-case mixed names
    c = Canvas(cv_frames(lambda s: sector(480, 640, s, apex=(0.5, 0.1), bright=0.5), 6, 120), "01_br_usob_b",
               "01_br_usob")
    c.text(6, 4, "{P:Ana} {P:Beatriz} {P:Figueiredo} {P:de} {P:Sá}", 12, "sans", WHT)
    c.text(6, 20, "Pront. {I:2231907}   CNS {I:" + cns("70031928455120") + "}", 10, "cond", WHT)
    c.text(634, 4, "{H:Clínica} {H:Imagem} {H:Bahia}", 11, "sans", WHT, align="r")
    c.text(634, 19, "{D:02.fev.2024}  {D:16h05}", 10, "cond", WHT, align="r")
    c.text(6, 40, "Voluson S8  C1-5-D", 10, "cond", CYN, dev=True)
    c.text(6, 53, "OB Geral  Harm  Gn 0  DR 66", 10, "cond", CYN, dev=True)
    c.text(6, 66, "TIs 0.2  MI 0.9  Prof 14cm", 10, "cond", CYN, dev=True)
    c.text(450, 400, "BCF  146 bpm", 11, "mono", YEL, dev=True)
    c.text(450, 414, "CCN  6.2 cm  13s0d", 11, "mono", YEL, dev=True)
    c.text(450, 428, "TN  1.4 mm", 11, "mono", YEL, dev=True)
    c.text(8, 446, "Solicitante: {TS:dr.} {S:rodrigo} {S:m.} {S:pacheco}", 10, "cond", (0.85, 0.85, 0.85))
    c.text(8, 460, "Ultrassonografista: {S:Camila} {S:Nogueira-Prates}", 10, "cond", (0.85, 0.85, 0.85))
    write(c, OUT, "US", "USMF", "YBR_FULL_422", 8, dict(PatientName="FIGUEIREDO DE SA^ANA BEATRIZ",
          PatientID="2231907", PatientSex="F", StudyDate="20240202", StudyTime="160500",
          Manufacturer="GE Healthcare", ManufacturerModelName="Voluson S8", ReferringPhysicianName="PACHECO^RODRIGO^M",
          InstitutionName="CLINICA IMAGEM BAHIA"),
          ts="jpeg")


# ------------------------------------------------------------------ 02 Germany / Austria, CT axial corners
def at_svnr(serial3, ddmmyy):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    d = serial3 + ddmmyy
    c = sum(int(a) * b for a, b in zip(d, w, strict=True)) % 11
    return None if c == 10 else f"{serial3}{c} {ddmmyy}"


def g02():
    bg = body(512, 512, 21, 0.0, 0.45)
    c = Canvas(bg, "02_de_ct_a", "02_de_ct")
    c.text(4, 3, "{P:Müller-Lüdenscheidt}, {P:Hans-Jürgen}", 11, "sans", 0.95)
    c.text(4, 17, "{D:07.11.1958}, M, 65J", 11, "sans", 0.95)
    c.text(4, 31, "{I:0004471203}", 11, "sans", 0.95)
    c.text(4, 45, "Fall-Nr. {I:24018873}", 10, "sans", 0.8)
    c.text(508, 3, "{H:Klinikum} {H:Nürnberg} {H:Süd}", 11, "sans", 0.95, align="r")
    c.text(508, 17, "SOMATOM Force", 11, "sans", 0.95, dev=True, align="r")
    c.text(508, 31, "{D:12.03.2024}", 11, "sans", 0.95, align="r")
    c.text(508, 45, "{D:08:14:55}", 11, "sans", 0.95, align="r")
    c.text(508, 59, "H-SP", 10, "sans", 0.85, dev=True, align="r")
    c.text(4, 440, "kV 100", 10, "sans", 0.9, dev=True)
    c.text(4, 453, "mAs 187 eff.", 10, "sans", 0.9, dev=True)
    c.text(4, 466, "CTDIvol 8.41 mGy", 10, "sans", 0.9, dev=True)
    c.text(4, 479, "SL 1.0  TI 0.25", 10, "sans", 0.9, dev=True)
    c.text(4, 492, "Br40d  3", 10, "sans", 0.9, dev=True)
    c.text(508, 466, "W 400", 10, "sans", 0.9, dev=True, align="r")
    c.text(508, 479, "C 40", 10, "sans", 0.9, dev=True, align="r")
    c.text(508, 492, "IMA 112  SPI 1", 10, "sans", 0.9, dev=True, align="r")
    c.text(250, 3, "A", 12, "sansb", 0.9, dev=True)
    c.text(4, 250, "R", 12, "sansb", 0.9, dev=True)
    c.text(498, 250, "L", 12, "sansb", 0.9, dev=True)
    c.text(200, 492, "Thorax Routine (Erw.)", 10, "sans", 0.85, dev=True)
    c.text(200, 478, "MTRA {S:K.} {S:Wendt}", 9, "cond", 0.7)
    write(c, OUT, "CT", "CT", "MONOCHROME2", 12, dict(PatientName="MUELLER-LUEDENSCHEIDT^HANS-JUERGEN",
          PatientID="0004471203", PatientBirthDate="19581107", PatientSex="M", StudyDate="20240312",
          StudyTime="081455", InstitutionName="Klinikum Nuernberg Sued", Manufacturer="SIEMENS",
          ManufacturerModelName="SOMATOM Force", OperatorsName="WENDT^K"),
          extra=dict(RescaleIntercept=-1024, RescaleSlope=1))
    # b: Austria, 16-bit signed, grey-on-grey corner text, lower-case
    bg = body(640, 640, 22, 0.15, 0.5, rx=0.42, ry=0.4)
    c = Canvas(bg, "02_de_ct_b", "02_de_ct")
    g = 0.62
    c.text(6, 4, "{P:Edlinger-Pointner} {P:Cäcilia}", 10, "cond", g)
    c.text(6, 17, "*{D:03.05.1947}  w  76a", 10, "cond", g)
    c.text(6, 30, "SVNR {I:" + at_svnr("402", "030547") + "}", 10, "cond", g)
    c.text(6, 43, "PatID {I:A-0918273}", 10, "cond", g)
    c.text(634, 4, "{H:LKH-Univ.} {H:Klinikum} {H:Graz}", 10, "cond", g, align="r")
    c.text(634, 17, "{A:Auenbruggerplatz} {A:9}", 10, "cond", g, align="r")
    c.text(634, 30, "Revolution CT   rev 7.1.2", 10, "cond", g, dev=True, align="r")
    c.text(634, 43, "{D:29-Jan-2024}  {D:13:02}", 10, "cond", g, align="r")
    c.text(6, 560, "Ex: 11482  Se: 3  Im: 57", 10, "cond", g, dev=True)
    c.text(6, 573, "120 kV  Smart mA 90-410", 10, "cond", g, dev=True)
    c.text(6, 586, "ASiR-V 50%  STND", 10, "cond", g, dev=True)
    c.text(6, 599, "DFOV 36.0 cm  5.0 mm", 10, "cond", g, dev=True)
    c.text(6, 612, "Schädel nativ / Kopf", 10, "cond", g, dev=True)
    c.text(634, 599, "W:80 L:35", 10, "cond", g, dev=True, align="r")
    c.text(634, 612, "zuw. {TS:OA} {TS:Dr.} {S:Stefan} {S:Hofbauer}", 10, "cond", g, align="r")
    write(c, OUT, "CT", "CT", "MONOCHROME2", 16, dict(PatientName="Edlinger-Pointner^Caecilia",
          PatientID="A-0918273", PatientBirthDate="19470503", PatientSex="F", StudyDate="20240129",
          Manufacturer="GE MEDICAL SYSTEMS", ManufacturerModelName="Revolution CT",
          ReferringPhysicianName="Hofbauer^Stefan^^Dr."), signed=True,
          extra=dict(RescaleIntercept=0, RescaleSlope=1))


# ------------------------------------------------------------------ 03 CT dose report SC (Czech Republic, Hungary)
def taj(n8):
    s = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(n8)) % 10
    n = n8 + str(s)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def g03():
    c = Canvas(flat(512, 640, 0.0), "03_cz_dose_a", "03_dose")
    c.text(10, 8, "Patient Protocol", 16, "sansb", 1.0, dev=True)
    c.text(10, 34, "{P:NOVÁKOVÁ} {P:Jaroslava}", 13, "sans", 1.0)
    c.text(10, 52, "RČ {I:" + cz_rc("585611042") + "}", 12, "sans", 1.0)
    c.text(10, 70, "{H:Fakultní} {H:nemocnice} {H:Hradec} {H:Králové}", 12, "sans", 1.0)
    c.text(630, 34, "{D:18.04.2024}", 12, "sans", 1.0, align="r")
    c.text(630, 52, "SOMATOM go.Top  VA40A", 11, "sans", 1.0, dev=True, align="r")
    c.text(10, 100, "Total mAs 4103    Total DLP 512 mGy*cm", 12, "mono", 1.0, dev=True)
    c.text(10, 130, "Scan   kV   mAs / ref.   CTDIvol   DLP    TI    cSL", 11, "mono", 0.85, dev=True)
    rows = ["1  Topogram   120  35 mA  0.13  4.4  5.8  0.6",
            "2  Abdomen    100  142/180  9.62  488.1  0.5  0.6",
            "3  Bolus      80   20  1.31   19.5  0.33  5.0"]
    y = 148
    for r in rows:
        c.text(10, y, r, 11, "mono", 0.85, dev=True)
        y += 16
    c.text(10, 220, "CTDIvol size 32 cm phantom", 10, "mono", 0.7, dev=True)
    c.text(10, 250, "Indikující lékař: {TS:MUDr.} {S:Petr} {S:Dvořák}", 11, "sans", 0.9)
    c.text(10, 266, "Radiologický asistent: {S:Bc.} {S:Hana} {S:Svobodová}", 11, "sans", 0.9)
    write(c, OUT, "CT", "SC", "MONOCHROME2", 8, dict(PatientName="NOVAKOVA^JAROSLAVA", PatientID="585611/0420",
          PatientBirthDate="19580611", PatientSex="F", StudyDate="20240418", Manufacturer="SIEMENS",
          InstitutionName="FN Hradec Kralove", ReferringPhysicianName="DVORAK^PETR^^MUDr.",
          OperatorsName="SVOBODOVA^HANA"), sc=True)
    # b: Hungary, white page dose structured report render, RLE
    c = Canvas(flat(700, 560, 0.96), "03_hu_dose_b", "03_dose")
    k = 0.05
    c.text(12, 10, "Dózisjelentés / Dose Report", 15, "serif", k, dev=True)
    c.text(12, 40, "Név: {P:Kovácsné} {P:Szabó} {P:Erzsébet}", 12, "serif", k)
    c.text(12, 58, "TAJ: {I:" + taj("04871236") + "}", 12, "serif", k)
    c.text(12, 76, "Szül.: {D:1962.09.14.}", 12, "serif", k)
    c.text(12, 94, "Vizsgálat: {D:2024.02.27.} {D:10:33}", 12, "serif", k)
    c.text(12, 112, "{H:Semmelweis} {H:Egyetem} {H:Városmajori} {H:Szív-} {H:és} {H:Érgyógyászati} {H:Klinika}",
           10, "serif", k)
    c.text(12, 150, "Aquilion ONE  TSX-305A  V10.8", 11, "mono", k, dev=True)
    c.text(12, 175, "Series  Scan     kV   mA    CTDIvol  DLP", 11, "mono", k, dev=True)
    c.lines([(12, 192), (540, 192)], k)
    y = 198
    for r in ["1  Scanogram   120  10   0.4   2.1", "2  Helical    100  350  4.8   96.3",
              "3  Volume     120  500  21.7  347.2", "   Total DLP             445.6 mGy.cm"]:
        c.text(12, y, r, 11, "mono", k, dev=True)
        y += 17
    c.text(12, 300, "Phantom: Body 32 cm   Koszorúér CTA protokoll", 11, "serif", k, dev=True)
    c.text(12, 330, "Asszisztens: {S:Tóth} {S:Réka}", 11, "serif", k)
    c.text(12, 346, "Leletező orvos: {TS:Dr.} {S:Farkas} {S:Gábor} {S:László}", 11, "serif", k)
    c.text(12, 362, "Tel.: {F:+36} {F:1} {F:458} {F:6810}", 11, "serif", k)
    write(c, OUT, "CT", "SC", "MONOCHROME2", 8, dict(PatientName="KOVACSNE SZABO^ERZSEBET",
          PatientID="HU77120493", PatientSex="F", StudyDate="20240227", Manufacturer="TOSHIBA",
          PatientBirthDate="19620914", InstitutionName="Semmelweis Egyetem Varosmajori Sziv- es Ergyogyaszati Klinika",
          NameOfPhysiciansReadingStudy="FARKAS^GABOR LASZLO^^Dr."), sc=True, ts="rle")


# ------------------------------------------------------------------ 04 Japan / Korea MR
def g04():
    c = Canvas(body(512, 512, 41, 0.0, 0.7, rx=0.3, ry=0.38), "04_jp_mr_a", "04_eastasia_mr")
    c.text(4, 3, "{P:YAMAMOTO} {P:TAKESHI}", 11, "mono", 0.9)
    c.text(4, 16, "{I:0012457783}", 11, "mono", 0.9)
    c.text(4, 29, "{D:1973/10/02}  M  050Y", 11, "mono", 0.9)
    c.text(508, 3, "{H:KYOTO} {H:PREFECTURAL} {H:UNIV} {H:HOSP}", 10, "mono", 0.9, align="r")
    c.text(508, 16, "{D:2024/03/15}  {D:10:22:48}", 10, "mono", 0.9, align="r")
    c.text(508, 29, "Ingenia 3.0T  R5.7.1", 10, "mono", 0.9, dev=True, align="r")
    c.text(4, 440, "T2W_TSE_SAG", 10, "mono", 0.85, dev=True)
    c.text(4, 453, "TR 3000  TE 100", 10, "mono", 0.85, dev=True)
    c.text(4, 466, "ST 4.0mm  SP 4.4", 10, "mono", 0.85, dev=True)
    c.text(4, 479, "FOV 240x240  NEX 2", 10, "mono", 0.85, dev=True)
    c.text(4, 492, "dS HeadNeck 20", 10, "mono", 0.85, dev=True)
    c.text(508, 479, "WW 1450 WL 720", 10, "mono", 0.85, dev=True, align="r")
    c.text(508, 492, "Se 301  Im 9/19", 10, "mono", 0.85, dev=True, align="r")
    c.text(250, 3, "H", 11, "monob", 0.9, dev=True)
    c.text(250, 498, "F", 11, "monob", 0.9, dev=True)
    c.text(200, 220, "C5/6", 10, "mono", 1.0, dev=True)
    c.text(380, 60, "Req: {S:SATO} {S:H}", 9, "mono", 0.75)
    write(c, OUT, "MR", "MR", "MONOCHROME2", 12, dict(PatientName="YAMAMOTO^TAKESHI", PatientID="0012457783",
          PatientBirthDate="19731002", PatientSex="M", StudyDate="20240315", StudyTime="102248",
          InstitutionName="KYOTO PREFECTURAL UNIV HOSP", Manufacturer="Philips", ManufacturerModelName="Ingenia"))
    # b: Korea, JPEG-LS, name with hyphenated given name, RRN
    c = Canvas(body(448, 448, 42, 0.05, 0.6, rx=0.35, ry=0.35), "04_kr_mr_b", "04_eastasia_mr")
    c.text(4, 3, "{P:KIM} {P:MIN-JUN}", 9, "cond", 0.85)
    c.text(4, 14, "{I:" + kr_rrn("850704104215") + "}", 9, "cond", 0.85)
    c.text(4, 25, "{I:11738204}  M/38", 9, "cond", 0.85)
    c.text(444, 3, "{H:Seoul} {H:St.} {H:Mary's} {H:Hospital}", 9, "cond", 0.85, align="r")
    c.text(444, 14, "{D:2024-01-09}  {D:오후} {D:3:12}".replace("{D:오후} ", "PM ")
           .replace("PM {D:3:12}", "{D:3:12} PM"), 9, "cond", 0.85, align="r")
    c.text(444, 25, "MAGNETOM Vida  XA50", 9, "cond", 0.85, dev=True, align="r")
    c.text(4, 390, "t1_mprage_sag_p2_iso", 9, "cond", 0.8, dev=True)
    c.text(4, 401, "TR 2300 TE 2.32 TI 900", 9, "cond", 0.8, dev=True)
    c.text(4, 412, "FA 8  0.9 mm  p2", 9, "cond", 0.8, dev=True)
    c.text(4, 423, "Head/Neck 64", 9, "cond", 0.8, dev=True)
    c.text(444, 423, "TA: 5:21  SAR 0.1", 9, "cond", 0.8, dev=True, align="r")
    c.text(444, 434, "Tech: {S:PARK} {S:JI-HOON}", 9, "cond", 0.8, align="r")
    write(c, OUT, "MR", "MR", "MONOCHROME2", 12, dict(PatientName="KIM^MIN-JUN", PatientID="11738204",
          PatientSex="M", StudyDate="20240109", Manufacturer="SIEMENS", ManufacturerModelName="MAGNETOM Vida",
          OperatorsName="PARK^JI-HOON"), ts="jpegls")


# ------------------------------------------------------------------ 05 Sweden / Norway mammography with CAD
def g05():
    h, w = 1100, 880
    bg = body(h, w, 51, 0.0, 0.75, cx=0.15, cy=0.5, rx=0.55, ry=0.42)
    c = Canvas(bg, "05_se_mg_a", "05_nordic_mg")
    c.text(860, 10, "{P:LINDQVIST}, {P:ÅSA} {P:MARIA}", 16, "sans", 0.95, align="r")
    c.text(860, 32, "{I:" + se_pnr("640923318") + "}", 16, "sans", 0.95, align="r")
    c.text(860, 54, "{H:Capio} {H:S:t} {H:Görans} {H:Sjukhus}", 14, "sans", 0.95, align="r")
    c.text(860, 74, "{D:2024-03-08}", 14, "sans", 0.95, align="r")
    c.text(860, 100, "L MLO", 20, "sansb", 1.0, dev=True, align="r")
    c.text(860, 960, "28 kV  W/Rh  112 mAs", 13, "sans", 0.9, dev=True, align="r")
    c.text(860, 978, "Komp. 98 N  Tjocklek 52 mm", 13, "sans", 0.9, dev=True, align="r")
    c.text(860, 996, "AGD 1.34 mGy  ESD 5.8 mGy", 13, "sans", 0.9, dev=True, align="r")
    c.text(860, 1014, "Vinkel 45°  Senographe Pristina", 13, "sans", 0.9, dev=True, align="r")
    c.text(860, 1040, "Röntgensjuksköterska: {S:ELG}", 12, "sans", 0.8, align="r")
    c.ellipse((330, 430, 380, 480), 1.0, width=2)
    c.text(386, 440, "CAD Mass 0.78", 11, "sans", 1.0, dev=True)
    c.rect((250, 600, 276, 626), 1.0, width=2)
    c.text(282, 605, "Calc cluster", 11, "sans", 1.0, dev=True)
    write(c, OUT, "MG", "MG", "MONOCHROME2", 12, dict(
          PatientName="LINDQVIST^ASA MARIA", PatientID=se_pnr("640923318").replace("-", ""),
          PatientSex="F", StudyDate="20240308", Manufacturer="GE Healthcare",
          ManufacturerModelName="Senographe Pristina",
          InstitutionName="Capio S:t Gorans Sjukhus"))
    # b: Norway, MONOCHROME1, text left, RCC
    h, w = 1000, 800
    bg = body(h, w, 52, 0.0, 0.7, cx=0.85, cy=0.5, rx=0.55, ry=0.42)
    c = Canvas(bg, "05_no_mg_b", "05_nordic_mg")
    fnr = None
    base = 190370
    for s in range(400, 499):
        fnr = no_fnr(f"{base:06d}{s:03d}")
        if fnr:
            break
    c.text(12, 12, "{P:Haugland} {P:Solveig} {P:Bjørnstad}", 13, "cond", 0.9)
    c.text(12, 30, "F.nr {I:" + fnr + "}", 13, "cond", 0.9)
    c.text(12, 48, "{H:Brystdiagnostisk} {H:senter}, {H:Haukeland} {H:universitetssjukehus}", 11, "cond", 0.85)
    c.text(12, 64, "{D:11.12.2023}  kl {D:14.07}", 11, "cond", 0.85)
    c.text(12, 90, "R CC", 20, "sansb", 1.0, dev=True)
    c.text(12, 900, "Mammomat Revelation", 12, "cond", 0.9, dev=True)
    c.text(12, 916, "29 kV  W/Rh  95 mAs  OD 48 mm", 12, "cond", 0.9, dev=True)
    c.text(12, 932, "Kompresjon 110 N   PRIME", 12, "cond", 0.9, dev=True)
    c.text(12, 948, "Screening runde 7   BARCODE {I:BS2023-117745}", 12, "cond", 0.9)
    c.text(12, 964, "Radiograf {S:I.} {S:Sæther}", 11, "cond", 0.75)
    c.ellipse((520, 460, 560, 500), 1.0, width=2)
    c.text(566, 470, "Dens. asym.", 11, "cond", 1.0, dev=True)
    write(c, OUT, "MG", "MG", "MONOCHROME1", 14, dict(PatientName="HAUGLAND^SOLVEIG BJORNSTAD", PatientID=fnr,
          PatientSex="F", StudyDate="20231211", Manufacturer="Siemens Healthineers",
          ManufacturerModelName="Mammomat Revelation", OperatorsName="SAETHER^INGRID"))


# ------------------------------------------------------------------ 06 Italy / Spain dental (panoramic, intraoral)
def g06():
    bg = body(600, 1200, 61, 0.0, 0.6, rx=0.42, ry=0.35)
    c = Canvas(bg, "06_it_pano_a", "06_dental")
    c.rect((0, 0, 1199, 26), 0.1, fill=True)
    c.text(6, 6, "{P:ROSSI} {P:DE} {P:LUCA} {P:Gianmarco}  -  CF {I:" + cod_fisc("RSSGMR82D17H501")
           + "}  -  nato il {D:17/04/1982}",
           12, "sans", 0.95)
    c.text(1194, 6, "{H:Studio} {H:Odontoiatrico} {H:dott.} {H:Bellandi} - {A:Via} {A:Garibaldi} {A:14}, {A:Pisa}",
           11, "sans", 0.95, align="r")
    c.text(6, 570, "Planmeca ProMax 2D  PAN Adulto  66 kV  8 mA  16.2 s  DAP 98 mGy*cm2", 10, "cond", 0.85, dev=True)
    c.text(1194, 570, "{D:05/03/2024}  {D:11:58}   Operatore: {S:Martina} {S:Ceccarelli}", 10, "cond", 0.85, align="r")
    c.text(40, 300, "DX", 16, "sansb", 0.95, dev=True)
    c.text(1140, 300, "SX", 16, "sansb", 0.95, dev=True)
    c.text(560, 60, "18  17  16  15  14  13  12  11 | 21  22  23  24  25  26  27  28", 10, "mono", 0.7, dev=True)
    write(c, OUT, "PX", "DX", "MONOCHROME2", 12, dict(PatientName="ROSSI DE LUCA^GIANMARCO", PatientID="PZ-004512",
          PatientSex="M", StudyDate="20240305", Manufacturer="Planmeca", ManufacturerModelName="ProMax",
          PatientBirthDate="19820417", OperatorsName="CECCARELLI^MARTINA"))
    # b: Spain intraoral, small, condensed 8 px on grey
    bg = body(400, 300, 62, 0.2, 0.75, rx=0.35, ry=0.4)
    c = Canvas(bg, "06_es_io_b", "06_dental")
    c.text(3, 2, "{P:García-Valdecasas} {P:Fdez.}, {P:Mª} {P:Pilar}", 9, "cond", 0.98)
    c.text(3, 12, "DNI {I:" + dni_es("50731846") + "}  NHC {I:118023}", 9, "cond", 0.98)
    c.text(3, 22, "FN {D:2-VIII-1969}", 9, "cond", 0.98)
    c.text(3, 368, "{D:26/02/24}  Dra. {S:Iciar} {S:Olaberria}".replace("Dra.", "{TS:Dra.}"), 8, "cond", 0.95)
    c.text(3, 378, "{H:Clínica} {H:Dental} {H:Arrasate}", 8, "cond", 0.95)
    c.text(3, 388, "Pieza 36  Periapical  RVG 6200", 8, "cond", 0.95, dev=True)
    c.text(296, 388, "60kV 0.16s", 8, "cond", 0.95, dev=True, align="r")
    c.text(150, 180, "36", 12, "sansb", 1.0, dev=True)
    write(c, OUT, "IO", "IO", "MONOCHROME2", 8, dict(PatientName="GARCIA-VALDECASAS FERNANDEZ^MARIA DEL PILAR",
          PatientID="118023", PatientSex="F", StudyDate="20240226", Manufacturer="Carestream",
          ManufacturerModelName="RVG 6200"))


# ------------------------------------------------------------------ 07 India / UAE fundus photos
def g07():
    c = Canvas(disc(640, 800, 71), "07_in_op_a", "07_fundus")
    c.text(6, 4, "{P:Venkata} {P:Subrahmanya} {P:Ramaswamy}", 13, "sans", WHT)
    c.text(6, 22, "UHID {I:LVPEI-1029384}", 11, "sans", WHT)
    c.text(6, 38, "Aadhaar {I:"
           + " ".join([verhoeff("48213075629")[i:i + 4] for i in (0, 4, 8)]).replace(" ", "} {I:") + "}",
           11, "sans", WHT)
    c.text(6, 54, "DOB {D:12-Aug-1956}  M", 11, "sans", WHT)
    c.text(794, 4, "{H:Sankara} {H:Nethralaya}, {A:Chennai}", 12, "sans", WHT, align="r")
    c.text(794, 22, "{D:09-Feb-2024}  {D:10:47} AM", 11, "sans", WHT, align="r")
    c.text(794, 40, "OD  45°  Posterior pole", 11, "sans", WHT, dev=True, align="r")
    c.text(6, 600, "TRC-NW8  Flash 4  ISO 200", 10, "sans", (0.9, 0.9, 0.9), dev=True)
    c.text(6, 614, "Ref: {TS:Dr.} {S:Lakshmi} {S:Narayanan}  Photographer: {S:Arun} {S:K}", 10, "sans", (0.9, 0.9, 0.9))
    c.text(794, 614, "Diabetic retinopathy screening", 10, "sans", (0.9, 0.9, 0.9), align="r")
    write(c, OUT, "OP", "OP", "RGB", 8, dict(PatientName="RAMASWAMY^VENKATA SUBRAHMANYA", PatientID="LVPEI-1029384",
          PatientSex="M", StudyDate="20240209", Manufacturer="TOPCON", ManufacturerModelName="TRC-NW8",
          PatientBirthDate="19560812", ReferringPhysicianName="NARAYANAN^LAKSHMI"))
    # b: UAE, JPEG baseline, red-free grey text on dark, Emirates ID
    c = Canvas(disc(576, 768, 72, col=(0.75, 0.4, 0.2), r=0.46), "07_ae_op_b", "07_fundus")
    eid = "784" + "1987" + "4402175"
    eid = eid + luhn_digit(eid)
    g = (0.6, 0.6, 0.6)
    c.text(8, 8, "Name: {P:AL} {P:MANSOORI} {P:FATIMA} {P:KHALID} {P:RASHED}", 10, "cond", g)
    c.text(8, 22, "EID: {I:" + f"{eid[:3]}-{eid[3:7]}-{eid[7:14]}-{eid[14]}" + "}", 10, "cond", g)
    c.text(8, 36, "MRN {I:MK00771420}", 10, "cond", g)
    c.text(760, 8, "{H:Moorfields} {H:Eye} {H:Hospital} {H:Dubai}", 10, "cond", g, align="r")
    c.text(760, 22, "{D:2024-02-21}", 10, "cond", g, align="r")
    c.text(760, 36, "Exam: {D:21/02/2024}", 10, "cond", g, align="r")
    c.text(8, 540, "OS  Macula  50°  VISUCAM 500  Color", 10, "cond", g, dev=True)
    c.text(8, 554, "Operator {S:Joseph} {S:Thomas}  CDR 0.4  C/D", 10, "cond", g)
    write(c, OUT, "OP", "OP", "YBR_FULL_422", 8, dict(PatientName="AL MANSOORI^FATIMA KHALID", PatientID="MK00771420",
          PatientSex="F", StudyDate="20240221", Manufacturer="Carl Zeiss Meditec", ManufacturerModelName="VISUCAM 500",
          OperatorsName="THOMAS^JOSEPH"), ts="jpeg")


# ------------------------------------------------------------------ 08 France / Belgium bone scintigraphy
def g08():
    bg = np.concatenate([body(512, 256, 81, 0.0, 0.8, rx=0.25, ry=0.45),
                         body(512, 256, 82, 0.0, 0.8, rx=0.25, ry=0.45)], axis=1)
    c = Canvas(bg, "08_fr_nm_a", "08_nm")
    n13 = "2670175056123"
    c.text(4, 2, "{P:LEFÈVRE-DUPONT} {P:née} {P:MARCHAND} {P:Marie-Hélène}", 10, "sans", 0.95)
    c.text(4, 15, "NIR {I:2} {I:67} {I:01} {I:75} {I:056} {I:123} {I:" + f"{97 - int(n13) % 97:02d}" + "}",
           10, "sans", 0.95)
    c.text(4, 28, "Né(e) le {D:30/01/1967}", 10, "sans", 0.95)
    c.text(508, 2, "{H:CHU} {H:de} {H:Bordeaux} {H:-} {H:Pellegrin}".replace("{H:-} ", "- "),
           10, "sans", 0.95, align="r")
    c.text(508, 15, "Médecine Nucléaire", 10, "sans", 0.95, align="r")
    c.text(508, 28, "{D:04/03/2024}", 10, "sans", 0.95, align="r")
    c.text(100, 60, "ANT", 12, "sansb", 1.0, dev=True)
    c.text(356, 60, "POST", 12, "sansb", 1.0, dev=True)
    c.text(4, 470, "99mTc-HMDP 740 MBq  3h p.i.", 10, "sans", 0.9, dev=True)
    c.text(4, 483, "Balayage corps entier 15 cm/min", 10, "sans", 0.9, dev=True)
    c.text(4, 496, "Symbia Intevo  LEHR  256x1024", 10, "sans", 0.9, dev=True)
    c.text(508, 483, "Max 412 cps", 10, "sans", 0.9, dev=True, align="r")
    c.text(508, 496, "Dr {S:O.} {S:Castaing-Rey}".replace("Dr ", "{TS:Dr} "), 10, "sans", 0.9, align="r")
    write(c, OUT, "NM", "NM", "MONOCHROME2", 16, dict(PatientName="LEFEVRE-DUPONT^MARIE-HELENE", PatientID="8012734521",
          PatientBirthDate="19670130", PatientSex="F", StudyDate="20240304", Manufacturer="SIEMENS NM",
          InstitutionName="CHU DE BORDEAUX", PerformingPhysicianName="CASTAING-REY^O"))
    # b: Belgium, 2-frame (ANT/POST as frames), MONOCHROME1 inverted look, Dutch
    bgs = np.stack([body(512, 256, 83 + i, 0.0, 0.7, rx=0.27, ry=0.45) for i in range(2)])
    c = Canvas(bgs, "08_be_nm_b", "08_nm")
    c.text(4, 2, "{P:Van} {P:den} {P:Broeck}, {P:Pieter-Jan}", 9, "cond", 0.9)
    c.text(4, 13, "RRN {I:" + be_rrn("710812245") + "}", 9, "cond", 0.9)
    c.text(4, 24, "°{D:12/08/1971}", 9, "cond", 0.9)
    c.text(252, 2, "{H:AZ} {H:Sint-Jan} {H:Brugge}", 9, "cond", 0.9, align="r")
    c.text(252, 13, "{D:19/12/2023}", 9, "cond", 0.9, align="r")
    c.text(4, 464, "Tc99m-MDP  600 MBq", 9, "cond", 0.9, dev=True)
    c.text(4, 475, "Discovery NM/CT 670", 9, "cond", 0.9, dev=True)
    c.text(4, 486, "Totale lichaamsscan", 9, "cond", 0.9, dev=True)
    c.text(252, 486, "ANT", 10, "condb", 1.0, dev=True, align="r", frames=[0])
    c.text(252, 486, "POST", 10, "condb", 1.0, dev=True, align="r", frames=[1])
    c.text(4, 498, "Verpl. {S:Goossens}", 8, "cond", 0.8)
    write(c, OUT, "NM", "NM", "MONOCHROME1", 16, dict(PatientName="VAN DEN BROECK^PIETER-JAN", PatientID="71081224588",
          PatientSex="M", StudyDate="20231219", Manufacturer="GE MEDICAL SYSTEMS"))


# ------------------------------------------------------------------ 09 Netherlands PET/CT
def g09():
    hot = body(512, 512, 91, 0.0, 1.0, rx=0.28, ry=0.36)
    rgb = np.stack([np.clip(hot[..., 0] * 1.6, 0, 1), np.clip(hot[..., 0] * 1.2 - 0.3, 0, 1),
                    np.clip(hot[..., 0] * 0.4, 0, 1)], axis=-1)
    gray = body(512, 512, 92, 0.0, 0.5, rx=0.34, ry=0.38)
    c = Canvas(0.55 * gray + 0.6 * rgb, "09_nl_ptct_a", "09_pet")
    c.text(4, 3, "{T:Dhr.} {P:J.W.} {P:de} {P:Groot}", 11, "sans", WHT)
    c.text(4, 17, "BSN {I:" + bsn("11223344") + "}", 11, "sans", WHT)
    c.text(4, 31, "Geb. {D:22-06-1952}", 11, "sans", WHT)
    c.text(508, 3, "{H:Radboudumc}", 11, "sans", WHT, align="r")
    c.text(508, 17, "{D:01-02-2024}", 11, "sans", WHT, align="r")
    c.text(508, 31, "Biograph Vision 600", 10, "sans", WHT, dev=True, align="r")
    c.text(4, 450, "18F-FDG  243 MBq  61 min p.i.", 10, "sans", WHT, dev=True)
    c.text(4, 464, "SUVbw  0.0 - 7.0", 10, "sans", WHT, dev=True)
    c.text(4, 478, "Fusie CT/PET  50%", 10, "sans", WHT, dev=True)
    c.text(4, 492, "Transversaal  z = -412.5 mm", 10, "sans", WHT, dev=True)
    c.rect((290, 250, 330, 290), GRN, width=1)
    c.text(334, 252, "SUVmax 11.4", 10, "sans", GRN, dev=True)
    c.text(334, 265, "SUVpeak 8.2", 10, "sans", GRN, dev=True)
    c.text(508, 492, "Laborant {S:Y.} {S:Bakker-Visser}", 10, "sans", WHT, align="r")
    write(c, OUT, "PT", "SC", "RGB", 8, dict(PatientName="DE GROOT^J.W.", PatientID="3317722",
          PatientSex="M", StudyDate="20240201", Manufacturer="SIEMENS",
          PatientBirthDate="19520622", InstitutionName="Radboudumc"), sc=True)
    # b: MIP PT 16-bit MONOCHROME1 (black on white)
    c = Canvas(body(600, 300, 93, 0.0, 0.6, rx=0.25, ry=0.44), "09_nl_pt_b", "09_pet")
    c.text(4, 3, "{T:Mw.} {P:Yasmina} {P:El} {P:Amrani-Jansen}", 10, "condb", 0.95)
    c.text(4, 17, "{I:" + bsn("20117305") + "}", 10, "cond", 0.95)
    c.text(4, 31, "{D:3} {D:apr} {D:1978}", 10, "cond", 0.95)
    c.text(296, 3, "{H:Isala} {H:Zwolle}", 10, "cond", 0.95, align="r")
    c.text(296, 17, "{D:14} {D:mrt} {D:2024}", 10, "cond", 0.95, align="r")
    c.text(4, 560, "MIP  68Ga-PSMA  Vereos", 10, "cond", 0.95, dev=True)
    c.text(4, 574, "Verwijzer: {S:dr.} {S:H.} {S:Oosterhuis}".replace("{S:dr.}", "{TS:dr.}"), 10, "cond", 0.95)
    write(c, OUT, "PT", "PT", "MONOCHROME1", 16, dict(PatientName="EL AMRANI-JANSEN^YASMINA", PatientID="8834102",
          PatientBirthDate="19780403", PatientSex="F", StudyDate="20240314", Manufacturer="Philips"))


# ------------------------------------------------------------------ 10 Poland XA angiography
def g10():
    def xabg(s):
        b = body(512, 512, s, 0.25, 0.7, rx=0.5, ry=0.5)
        rng = np.random.default_rng(s)
        y, x = np.mgrid[0:512, 0:512]
        for k in range(5):
            cx = rng.uniform(150, 350)
            ves = np.abs(x - cx - 40 * np.sin(y / 60 + k)) < 3
            b[ves] *= 0.4
        return b
    c = Canvas(cv_frames(xabg, 6, 100), "10_pl_xa_a", "10_xa")
    c.text(6, 4, "{P:BRZĘCZYSZCZYKIEWICZ} {P:GRZEGORZ}", 11, "sans", 0.95)
    c.text(6, 18, "PESEL {I:" + pesel("5503140573") + "}", 11, "sans", 0.95)
    c.text(506, 4, "{H:Szpital} {H:Uniwersytecki} {H:w} {H:Krakowie}", 10, "sans", 0.95, align="r")
    c.text(506, 18, "{D:2024-03-11} {D:12:40:03}", 10, "sans", 0.95, align="r")
    c.text(6, 470, "LAO 32°  CAU 21°", 11, "sans", 0.95, dev=True)
    c.text(6, 484, "15 fps  Fluoro Low  SID 102 cm", 10, "sans", 0.95, dev=True)
    c.text(6, 497, "AK 412 mGy  DAP 38.6 Gycm2", 10, "sans", 0.95, dev=True)
    c.text(506, 484, "Azurion 7 C12", 10, "sans", 0.95, dev=True, align="r")
    c.text(506, 497, "Operator: {TS:lek.} {S:Wojciech} {S:Kołodziej}", 10, "sans", 0.95, align="r")
    c.text(230, 240, "RCA", 12, "sansb", 1.0, dev=True)
    write(c, OUT, "XA", "XA", "MONOCHROME2", 8, dict(PatientName="BRZECZYSZCZYKIEWICZ^GRZEGORZ",
          PatientID="KR0055713", PatientSex="M", StudyDate="20240311", Manufacturer="Philips",
          ManufacturerModelName="Azurion 7",
          PerformingPhysicianName="KOLODZIEJ^WOJCIECH", InstitutionName="Szpital Uniwersytecki w Krakowie"))
    # b: Poland 2, 10-bit stored, grey on grey, name lower + first; small font
    c = Canvas(cv_frames(lambda s: xabg(s)[:448, :448], 4, 200), "10_pl_xa_b", "10_xa")
    g = 0.78
    c.text(4, 3, "{P:Wiśniewska-Zając} {P:Małgorzata} {P:Ewa}", 9, "cond", g)
    c.text(4, 13, "ur. {D:07.01.1961}  K  63 l.", 9, "cond", g)
    c.text(4, 23, "nr hist. {I:2024/0031877}", 9, "cond", g)
    c.text(444, 3, "{H:Śląskie} {H:Centrum} {H:Chorób} {H:Serca}", 9, "cond", g, align="r")
    c.text(444, 13, "{A:ul.} {A:M.} {A:Skłodowskiej-Curie} {A:9}, {A:Zabrze}", 9, "cond", g, align="r")
    c.text(444, 23, "{D:11} {D:mar} {D:2024}", 9, "cond", g, align="r")
    c.text(4, 420, "RAO 30  CRA 25  ARTIS zee", 9, "cond", g, dev=True)
    c.text(4, 431, "7.5 f/s  Card 15  Kerma 221 mGy", 9, "cond", g, dev=True)
    c.text(444, 431, "LAD / Dg1", 9, "cond", g, dev=True, align="r")
    write(c, OUT, "XA", "XA", "MONOCHROME2", 10, dict(PatientName="WISNIEWSKA-ZAJAC^MALGORZATA EWA",
          PatientID="2024/0031877", PatientSex="F", StudyDate="20240311", PatientBirthDate="19610107",
          Manufacturer="SIEMENS"), ts="rle")


# ------------------------------------------------------------------ 11 Nigeria / Kenya film digitiser CR (MONOCHROME1)
def g11():
    h, w = 1024, 840
    bg = body(h, w, 111, 0.05, 0.8, rx=0.38, ry=0.4)
    c = Canvas(bg, "11_ng_film_a", "11_film")
    c.rect((20, 870, 420, 1000), 0.92, fill=True)  # paper flash label photographed with the film
    k = 0.1
    c.text(28, 876, "{H:LAGOS} {H:UNIVERSITY} {H:TEACHING} {H:HOSPITAL}", 12, "sansb", k)
    c.text(28, 893, "{A:IDI-ARABA}, {A:SURULERE}", 10, "sans", k)
    c.text(28, 910, "NAME: {P:ADEYEMI} {P:OLUWASEUN} {P:BABATUNDE}", 12, "mono", k)
    c.text(28, 927, "HOSP NO: {I:LUTH/24/08812}   SEX: M", 12, "mono", k)
    c.text(28, 944, "AGE: 44   DATE: {D:04-03-2024}", 12, "mono", k)
    c.text(28, 961, "X-RAY NO: {I:R/2024/3317}   CHEST PA", 12, "mono", k)
    c.text(28, 978, "RADIOGRAPHER: {S:OKAFOR} {S:C.}", 10, "mono", k)
    c.text(780, 60, "R", 28, "sansb", 0.95, dev=True)
    c.text(600, 20, "AGFA CR 35-X  DIGITIZED", 10, "sans", 0.9, dev=True)
    c.text(600, 34, "Scan 100 um  12 bit  LUT 2", 10, "sans", 0.9, dev=True)
    write(c, OUT, "CR", "CR", "MONOCHROME1", 12, dict(PatientName="ADEYEMI^OLUWASEUN", PatientID="LUTH2408812",
          PatientSex="M", StudyDate="20240304", Manufacturer="Agfa"))
    # b: Kenya, lower-case handwritten-like serif label, label split left/right, JPEG-LS
    h, w = 900, 760
    bg = body(h, w, 112, 0.05, 0.8, rx=0.4, ry=0.4)
    c = Canvas(bg, "11_ke_film_b", "11_film")
    c.rect((10, 10, 300, 90), 0.85, fill=True)
    c.rect((460, 10, 750, 90), 0.85, fill=True)
    k = 0.15
    c.text(16, 14, "{H:Kenyatta} {H:National} {H:Hospital}", 11, "serifc", k)
    c.text(16, 30, "Radiology Dept.  {F:020-2726300}", 10, "serifc", k)
    c.text(16, 46, "name", 10, "serifc", k)
    c.text(16, 62, "ip no.", 10, "serifc", k)
    c.text(70, 46, "{P:wanjiru} {P:mercy} {P:njeri}", 12, "serif", k)
    c.text(70, 62, "{I:IP-1173-24}", 12, "serif", k)
    c.text(466, 14, "date {D:17/1/24}", 11, "serifc", k)
    c.text(466, 30, "age 29 yrs  F", 11, "serifc", k)
    c.text(466, 46, "NHIF {I:4419027}", 11, "serifc", k)
    c.text(466, 62, "L. knee AP / LAT", 11, "serifc", k, dev=True)
    c.text(40, 800, "L", 30, "sansb", 0.95, dev=True)
    c.text(600, 860, "Vidar DiagnosticPRO", 10, "sans", 0.9, dev=True)
    write(c, OUT, "CR", "CR", "MONOCHROME1", 12, dict(PatientName="WANJIRU^MERCY NJERI", PatientID="IP-1173-24",
          PatientSex="F", StudyDate="20240117", Manufacturer="VIDAR"), ts="jpegls")


# ------------------------------------------------------------------ 12 USA / Canada portable chest DX
def ohip(n9):
    n = n9 + luhn_digit(n9)
    return f"{n[:4]}-{n[4:7]}-{n[7:]}"


def g12():
    h, w = 1000, 1000
    c = Canvas(body(h, w, 121, 0.0, 0.75, rx=0.42, ry=0.42), "12_us_dx_a", "12_portable")
    c.text(10, 8, "{P:O'BRIEN-WHITAKER}, {P:MARY-KATE}", 14, "sans", 1.0)
    c.text(10, 28, "MRN: {I:E4471902}   DOB: {D:02/29/1948}", 13, "sans", 1.0)
    c.text(10, 48, "ACC# {I:RAD24-0771635}", 13, "sans", 1.0)
    c.text(990, 8, "{H:MASSACHUSETTS} {H:GENERAL} {H:HOSPITAL}", 13, "sans", 1.0, align="r")
    c.text(990, 28, "{D:03/15/2024} {D:04:12} AM", 13, "sans", 1.0, align="r")
    c.text(990, 48, "ICU ELLISON 4 BED 12", 13, "sans", 1.0, align="r")
    c.text(40, 120, "PORTABLE  AP  SUPINE", 18, "sansb", 1.0, dev=True)
    c.text(900, 120, "R", 30, "sansb", 1.0, dev=True)
    c.text(10, 930, "90 kVp  2.5 mAs  EI 412  DI -0.4", 12, "sans", 0.95, dev=True)
    c.text(10, 948, "DRX-Revolution  Grid 6:1  SID 40 in", 12, "sans", 0.95, dev=True)
    c.text(10, 966, "Tech: {S:jlr}  Ord: {S:PATEL}, {S:NIRAV} MD", 12, "sans", 0.95)
    c.text(990, 966, "ET tube 4cm above carina", 12, "sans", 0.95, align="r")
    write(c, OUT, "DX", "DX", "MONOCHROME2", 12, dict(PatientName="O'BRIEN-WHITAKER^MARY-KATE", PatientID="E4471902",
          PatientBirthDate="19480229", PatientSex="F", StudyDate="20240315", AccessionNumber="RAD24-0771635",
          InstitutionName="MASSACHUSETTS GENERAL HOSPITAL", Manufacturer="Carestream Health"))
    # b: Canada, MONOCHROME1, OHIP, bilingual label
    c = Canvas(body(900, 900, 122, 0.0, 0.75, rx=0.42, ry=0.42), "12_ca_dx_b", "12_portable")
    g = 0.85
    c.text(10, 8, "{P:Tremblay-Gagnon}, {P:Jean-François}", 12, "sans", g)
    c.text(10, 25, "OHIP {I:" + ohip("563817294") + "}-{I:KT}", 12, "sans", g)
    c.text(10, 42, "DDN/DOB {D:1955-11-30}", 12, "sans", g)
    c.text(890, 8, "{H:Ottawa} {H:Hospital} {H:-} {H:Civic} {H:Campus}".replace("{H:-} ", "- "),
           12, "sans", g, align="r")
    c.text(890, 25, "{D:2024-Mar-02} {D:23:51}", 12, "sans", g, align="r")
    c.text(890, 42, "Chart {I:0007731145}", 12, "sans", g, align="r")
    c.text(30, 110, "AP ERECT / DEBOUT", 16, "sansb", g, dev=True)
    c.text(820, 110, "L", 28, "sansb", g, dev=True)
    c.text(10, 852, "Fujifilm FDR Go PLUS  100 kV  2.0 mAs  S 210", 11, "sans", g, dev=True)
    c.text(10, 868, "MRT: {S:Dubé}, {S:Sophie}   Requested by {S:Okonkwo-Leblanc}", 11, "sans", g)
    write(c, OUT, "DX", "DX", "MONOCHROME1", 12, dict(PatientName="TREMBLAY-GAGNON^JEAN-FRANCOIS",
          PatientID="0007731145", PatientSex="M", StudyDate="20240302", Manufacturer="FUJIFILM Corporation",
          OperatorsName="DUBE^SOPHIE", PatientBirthDate="19551130"))


# ------------------------------------------------------------------ 13 Turkey / Greece echo cine
def amka(ddmmyy, n4):
    n = ddmmyy + n4
    return n + luhn_digit(n)


def g13():
    def echo(s):
        return sector(480, 640, s, apex=(0.5, 0.08), ang=42, tint=(1, 1, 1), bright=0.6)
    c = Canvas(cv_frames(echo, 8, 130), "13_tr_echo_a", "13_echo")
    c.text(6, 4, "{P:ÖZTÜRK}, {P:ŞÜKRÜ} {P:ALİ}", 11, "sans", WHT)
    c.text(6, 19, "TC {I:" + tckn("381924076") + "}", 11, "sans", WHT)
    c.text(6, 34, "Prot. {I:2024-118734}", 10, "sans", WHT)
    c.text(634, 4, "{H:Hacettepe} {H:Üniv.} {H:Kardiyoloji}", 10, "sans", WHT, align="r")
    c.text(634, 19, "{D:06.03.2024} {D:11:20:41}", 10, "sans", WHT, align="r")
    c.text(634, 34, "EPIQ CVx  X5-1  Adult Echo", 10, "sans", CYN, dev=True, align="r")
    c.text(6, 60, "TIS 0.8  MI 1.3", 10, "sans", CYN, dev=True)
    c.text(6, 73, "2D  58%  C 50  P Low  HGen", 10, "sans", CYN, dev=True)
    c.text(6, 86, "54 Hz  16 cm", 10, "sans", CYN, dev=True)
    c.text(470, 380, "LVIDd  5.4 cm", 10, "mono", YEL, dev=True)
    c.text(470, 393, "IVSd  1.1 cm", 10, "mono", YEL, dev=True)
    c.text(470, 406, "LVPWd  1.0 cm", 10, "mono", YEL, dev=True)
    c.text(470, 419, "EF(Teich)  58 %", 10, "mono", YEL, dev=True)
    c.lines([(20 + 3 * i, 455 + 8 * np.sin(i / 3.0) * (1 if i % 20 < 3 else 0.2)) for i in range(200)], GRN)
    c.text(6, 462, "HR 72 bpm   Sonograf: {S:E.} {S:Yıldırım}", 10, "sans", WHT)
    write(c, OUT, "US", "USMF", "RGB", 8, dict(PatientName="OZTURK^SUKRU ALI", PatientID="2024-118734",
          PatientSex="M", StudyDate="20240306", StudyTime="112041", Manufacturer="Philips Ultrasound",
          ManufacturerModelName="EPIQ CVx", InstitutionName="Hacettepe Univ. Kardiyoloji"), ts="rle")
    # b: Greece, Latin transliteration, AMKA, JPEG baseline
    c = Canvas(cv_frames(echo, 5, 140), "13_gr_echo_b", "13_echo")
    c.text(6, 4, "{P:PAPADOPOULOU} {P:AIKATERINI} {P:tou} {P:GEORGIOU}", 10, "cond", WHT)
    c.text(6, 18, "AMKA {I:" + amka("150669", "0214") + "}", 10, "cond", WHT)
    c.text(634, 4, "{H:Evangelismos} {H:General} {H:Hospital}", 10, "cond", WHT, align="r")
    c.text(634, 18, "{D:22/01/2024}", 10, "cond", WHT, align="r")
    c.text(634, 32, "Vivid E95  M5Sc-D  v206", 10, "cond", CYN, dev=True, align="r")
    c.text(6, 50, "FR 63  17 cm  Gn 12  C 3/4", 10, "cond", CYN, dev=True)
    c.text(6, 63, "AP4C  TIs 0.6  MI 1.2", 10, "cond", CYN, dev=True)
    c.text(460, 400, "E/A  0.8   E' sept 6 cm/s", 10, "mono", YEL, dev=True)
    c.text(460, 413, "TAPSE  19 mm   PASP 38 mmHg", 10, "mono", YEL, dev=True)
    c.text(6, 460, "Iatros: {S:Kostas} {S:Nikolaidis}", 10, "cond", WHT)
    write(c, OUT, "US", "USMF", "YBR_FULL_422", 8, dict(PatientName="PAPADOPOULOU^AIKATERINI",
          PatientID="GR55412", PatientSex="F", StudyDate="20240122", Manufacturer="GE Vingmed Ultrasound",
          ManufacturerModelName="Vivid E95"), ts="jpeg")


# ------------------------------------------------------------------ 14 Mexico / Chile key image + report SC
def g14():
    c = Canvas(flat(720, 900, 0.97), "14_mx_report_a", "14_report")
    k = 0.08
    c.text(20, 14, "{H:Hospital} {H:Ángeles} {H:Pedregal}", 16, "serif", k)
    c.text(20, 36, "{A:Camino} {A:a} {A:Santa} {A:Teresa} {A:1055}, {A:Heroes} {A:de} {A:Padierna}, {A:CDMX}",
           10, "serif", k)
    c.text(20, 70, "INFORME DE TOMOGRAFÍA COMPUTADA", 14, "sansb", k)
    c.text(20, 100, "Paciente: {P:HERNÁNDEZ} {P:GUTIÉRREZ} {P:JOSÉ} {P:GUADALUPE}", 12, "sans", k)
    c.text(20, 118, "CURP: {I:" + curp("HEGG750312HDFRTD0") + "}", 12, "sans", k)
    c.text(20, 136, "Expediente: {I:AP-2024-55120}   Edad: 48 años", 12, "sans", k)
    c.text(520, 100, "Fecha: {D:12} {D:de} {D:marzo} {D:de} {D:2024}", 12, "sans", k)
    c.text(520, 118, "Médico solicitante: {TS:Dr.} {S:Iñaki} {S:Zubiría}", 12, "sans", k)
    c.rect((20, 160, 420, 460), 0.0, fill=True)
    c.a[0, 170:450, 30:410] = body(280, 380, 141, 0.0, 0.8)
    c.text(28, 166, "Se 4 Im 88  W350 L40", 9, "sans", 1.0, dev=True)
    c.ellipse((200, 290, 240, 330), YEL, width=2)
    c.text(244, 300, "1.8 x 1.4 cm", 10, "sans", YEL, dev=True)
    c.text(440, 170, "Hallazgos:", 12, "sansb", k)
    c.text(440, 190, "Lesión hipodensa en segmento VII", 11, "sans", k)
    c.text(440, 206, "del lóbulo hepático derecho, 18 mm,", 11, "sans", k)
    c.text(440, 222, "con realce periférico en fase arterial.", 11, "sans", k)
    c.text(440, 250, "Impresión: probable hemangioma.", 11, "sans", k)
    c.text(20, 640, "Atentamente,", 11, "sans", k)
    c.text(20, 660, "{TS:Dra.} {S:Ximena} {S:Alarcón} {S:Villaseñor} - Radióloga - Céd. Prof. {I:8812345}",
           11, "sans", k)
    c.text(20, 680, "Firmado electrónicamente {D:12/03/2024} {D:17:45}", 10, "sans", k)
    write(c, OUT, "OT", "SC", "RGB", 8, dict(PatientName="HERNANDEZ GUTIERREZ^JOSE GUADALUPE",
          PatientID="AP-2024-55120", PatientSex="M", StudyDate="20240312", InstitutionName="Hospital Angeles Pedregal",
          ReferringPhysicianName="ZUBIRIA^INAKI"), sc=True)
    # b: Chile key image with annotation arrows, grey 8-bit JPEG baseline
    c = Canvas(body(600, 600, 142, 0.0, 0.7), "14_cl_keyimg_b", "14_report")
    c.text(6, 4, "{P:Muñoz} {P:Soto}, {P:Catalina} {P:Andrea}", 11, "sans", 0.95)
    c.text(6, 19, "RUT {I:" + rut(16734221) + "}", 11, "sans", 0.95)
    c.text(6, 34, "F. Nac. {D:04-09-1986}", 11, "sans", 0.95)
    c.text(594, 4, "{H:Clínica} {H:Alemana} {H:de} {H:Santiago}", 11, "sans", 0.95, align="r")
    c.text(594, 19, "{D:29-02-2024}", 11, "sans", 0.95, align="r")
    c.text(594, 34, "IMAGEN CLAVE", 11, "sansb", YEL, dev=True, align="r")
    c.lines([(300, 200), (350, 250)], YEL, width=2)
    c.text(250, 185, "quiste simple", 11, "sans", YEL)
    c.lines([(200, 380), (260, 340)], YEL, width=2)
    c.text(120, 384, "2.3 cm", 11, "sans", YEL, dev=True)
    c.text(6, 560, "RM abdomen  T2 HASTE axial  Se 5 / Im 14", 10, "sans", 0.9, dev=True)
    c.text(6, 575, "Anotado por {TS:Dr.} {S:Tomás} {S:Riquelme} {S:Contreras}", 10, "sans", 0.9)
    write(c, OUT, "MR", "SC", "MONOCHROME2", 8, dict(PatientName="MUNOZ SOTO^CATALINA ANDREA", PatientID="167342214",
          PatientSex="F", StudyDate="20240229", PatientBirthDate="19860904"), sc=True, ts="jpeg")


# ------------------------------------------------------------------ 15 China / Taiwan vendor service / QA screens
def g15():
    c = Canvas(flat(600, 800, (0.16, 0.17, 0.2)), "15_cn_service_a", "15_service")
    c.rect((0, 0, 799, 30), (0.05, 0.25, 0.45), fill=True)
    c.text(8, 7, "uCT 760  Service Mode - Tube Warm-up / Air Calibration", 12, "sansb", WHT, dev=True)
    y = 50
    for t in ["Software: uCS R002.1.0.3.18", "Gantry S/N: UIH-CT760-A1094", "Tube: MX200 heat 34%  arcs 0",
              "Detector temp 31.8 C   HV 140 kV OK", "Last exam in queue:"]:
        c.text(12, y, t, 11, "mono", (0.8, 0.85, 0.9), dev=True)
        y += 18
    c.text(30, y, "{P:ZHANG} {P:Xiaoming}   ID {I:" + cn_id("11010519751218301") + "}", 11, "mono", (0.8, 0.85, 0.9))
    c.text(30, y + 18, "Exam {I:CT20240306-0412}  {D:2024-03-06} {D:08:55}", 11, "mono", (0.8, 0.85, 0.9))
    c.text(30, y + 36, "{H:Beijing} {H:Chaoyang} {H:Hospital}  Room CT-3", 11, "mono", (0.8, 0.85, 0.9))
    c.text(12, y + 70, "Engineer: {S:Ouyang} {S:Zhen}   Ticket SR-77120", 11, "mono", (0.8, 0.85, 0.9))
    c.text(12, 560, "Calibration PASSED  12/12  Noise 4.2 HU  Uniformity 1.1 HU", 11, "mono", GRN, dev=True)
    write(c, OUT, "OT", "SC", "RGB", 8, dict(PatientName="ZHANG^XIAOMING", PatientID="CT20240306-0412",
          StudyDate="20240306", Manufacturer="UIH"), sc=True)
    # b: Taiwan QA phantom + worklist screenshot, grey monochrome 8-bit
    c = Canvas(flat(480, 720, 0.22), "15_tw_qa_b", "15_service")
    c.rect((10, 40, 330, 360), 0.05, fill=True)
    c.ellipse((40, 70, 300, 330), 0.5, fill=True)
    c.text(12, 10, "ACR Phantom QA  Slice 7  Weekly", 12, "sansb", 0.9, dev=True)
    c.text(14, 368, "SNR 212.4  PIU 96.1%  Ghost 0.4%", 10, "mono", 0.8, dev=True)
    c.text(350, 40, "Worklist (MWL)", 11, "sansb", 0.9, dev=True)
    rows = [("{P:CHEN} {P:Yu-Ting}", tw_id("F22314567"[:8]) if False else tw_id("F2231456"), "{D:2024/02/15}"),
            ("{P:LIN} {P:Chia-Hao}", tw_id("A1029384"), "{D:2024/02/15}"),
            ("{P:HUANG} {P:Shu-Fen}", tw_id("B2817765"), "{D:2024/02/16}")]
    y = 62
    for n, i, d in rows:
        c.text(350, y, n, 10, "mono", 0.75)
        c.text(350, y + 13, "{I:" + i + "}  " + d, 10, "mono", 0.75)
        y += 34
    c.text(350, 180, "{H:National} {H:Taiwan} {H:Univ.} {H:Hospital}", 10, "mono", 0.75)
    c.text(350, 200, "MAGNETOM Skyra 3T  syngo MR E11", 10, "mono", 0.75, dev=True)
    c.text(350, 216, "Coil Head/Neck 20  QA by {S:Tsai}", 10, "mono", 0.75)
    write(c, OUT, "OT", "SC", "MONOCHROME2", 8, dict(PatientName="QA^PHANTOM", PatientID="QA-ACR-001",
          StudyDate="20240215", Manufacturer="SIEMENS"), sc=True)


# ------------------------------------------------------------------ 16 Russia / Ukraine endoscopy photos (translit.)
def ua_rnokpp(n9):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return n9 + str(sum(int(c) * x for c, x in zip(n9, w, strict=True)) % 11 % 10)


def g16():
    bg = disc(576, 720, 161, col=(0.9, 0.45, 0.4), r=0.45)
    c = Canvas(bg, "16_ru_endo_a", "16_endo")
    c.text(6, 6, "{P:IVANOVA} {P:EKATERINA} {P:SERGEEVNA}", 11, "sans", WHT)
    c.text(6, 22, "SNILS {I:" + snils("112233445") + "}", 10, "sans", WHT)
    c.text(6, 37, "d.r. {D:21.05.1979}", 10, "sans", WHT)
    c.text(714, 6, "{H:GKB} {H:im.} {H:S.P.} {H:Botkina}", 10, "sans", WHT, align="r")
    c.text(714, 22, "{D:05.03.2024} {D:10:12:33}", 10, "sans", WHT, align="r")
    c.text(6, 540, "EVIS X1  CV-1500  GIF-EZ1500", 10, "sans", WHT, dev=True)
    c.text(6, 555, "NBI  Enh A5  Iris Auto  Ct:2", 10, "sans", WHT, dev=True)
    c.text(714, 555, "vrach {S:Smirnov} {S:A.V.}", 10, "sans", WHT, align="r")
    write(c, OUT, "ES", "ES", "RGB", 8, dict(PatientName="IVANOVA^EKATERINA SERGEEVNA", PatientID="A-55012",
          PatientSex="F", StudyDate="20240305", Manufacturer="OLYMPUS",
          PatientBirthDate="19790521", InstitutionName="GKB im. S.P. Botkina"))
    # b: Ukraine colonoscopy, JPEG baseline, text on black bars left side
    bg = disc(540, 720, 162, col=(0.85, 0.5, 0.45), r=0.44)
    c = Canvas(bg, "16_ua_endo_b", "16_endo")
    c.text(6, 6, "ПІБ/Name", 9, "sans", WHT, dev=False)
    c.text(6, 18, "{P:Kovalenko}", 11, "sans", WHT)
    c.text(6, 32, "{P:Oleksandr}", 11, "sans", WHT)
    c.text(6, 46, "{P:Petrovych}", 11, "sans", WHT)
    c.text(6, 64, "ID {I:" + ua_rnokpp("298471035") + "}", 10, "sans", WHT)
    c.text(6, 80, "{D:1972-08-09}", 10, "sans", WHT)
    c.text(6, 110, "{D:14/02/2024}", 10, "sans", WHT)
    c.text(6, 124, "{D:09:03:51}", 10, "sans", WHT)
    c.text(6, 450, "ELUXEO 7000", 9, "sans", WHT, dev=True)
    c.text(6, 462, "EC-760ZP-V", 9, "sans", WHT, dev=True)
    c.text(6, 474, "BLI-bright  Zoom x1.0", 9, "sans", WHT, dev=True)
    c.text(6, 490, "{H:Dobrobut} {H:Kyiv}", 9, "sans", WHT)
    c.text(6, 504, "{S:Bondarenko} {S:I.M.}", 9, "sans", WHT)
    write(c, OUT, "ES", "ES", "YBR_FULL_422", 8, dict(PatientName="KOVALENKO^OLEKSANDR PETROVYCH",
          PatientID="UA-7733", PatientSex="M", StudyDate="20240214", PatientBirthDate="19720809",
          Manufacturer="FUJIFILM"), ts="jpeg")


# ------------------------------------------------------------------ 17 South Africa / Australia MR spine with localiser
def za_id(n12):
    return n12 + luhn_digit(n12)


def g17():
    c = Canvas(body(512, 384, 171, 0.0, 0.7, rx=0.22, ry=0.46), "17_za_mr_a", "17_mr_spine")
    for yy in range(120, 400, 40):
        c.lines([(60, yy), (320, yy - 10)], (0.8, 0.8, 0.3))
    c.text(4, 3, "{P:NKOSI-DLAMINI} {P:THANDIWE} {P:P}", 10, "sans", 0.9)
    c.text(4, 16, "{I:" + za_id("860417080508") + "}", 10, "sans", 0.9)
    c.text(4, 29, "{D:1986/04/17} F", 10, "sans", 0.9)
    c.text(380, 3, "{H:Groote} {H:Schuur}", 10, "sans", 0.9, align="r")
    c.text(380, 16, "{D:2024/03/07}", 10, "sans", 0.9, align="r")
    c.text(380, 29, "Achieva 1.5T", 10, "sans", 0.9, dev=True, align="r")
    c.text(4, 460, "sT2W_TSE  SAG", 10, "sans", 0.85, dev=True)
    c.text(4, 473, "TR/TE 3500/120  ETL 28", 10, "sans", 0.85, dev=True)
    c.text(4, 486, "L-spine  12 slices  3.5/0.5", 10, "sans", 0.85, dev=True)
    c.text(380, 486, "Loc 1 of 3", 10, "sans", 0.85, dev=True, align="r")
    c.text(380, 499, "{S:van} {S:der} {S:Merwe}", 10, "sans", 0.85, align="r")
    c.text(150, 250, "L4", 10, "sansb", 1.0, dev=True)
    c.text(150, 290, "L5", 10, "sansb", 1.0, dev=True)
    c.text(150, 330, "S1", 10, "sansb", 1.0, dev=True)
    write(c, OUT, "MR", "MR", "MONOCHROME2", 12, dict(PatientName="NKOSI-DLAMINI^THANDIWE P",
          PatientID="GSH2203319", PatientSex="F", StudyDate="20240307", Manufacturer="Philips Medical Systems",
          PatientBirthDate="19860417", InstitutionName="Groote Schuur Hospital"))
    # b: Australia: Medicare number, lower-case names, text on anatomy (no black margin)
    c = Canvas(body(512, 512, 172, 0.25, 0.8, rx=0.48, ry=0.5), "17_au_mr_b", "17_mr_spine")
    g = 1.0
    c.text(6, 4, "{P:McAllister}, {P:Bronwyn} {P:Kaye}", 10, "sansb", g)
    c.text(6, 18, "Medicare {I:" + au_medicare("29501836") + "}", 10, "sansb", g)
    c.text(6, 32, "UR {I:0918273}  {D:14-Jul-1964}", 10, "sansb", g)
    c.text(506, 4, "{H:Royal} {H:Prince} {H:Alfred}", 10, "sansb", g, align="r")
    c.text(506, 18, "{D:4/3/2024}", 10, "sansb", g, align="r")
    c.text(506, 32, "SIGNA Architect 3T", 10, "sansb", g, dev=True, align="r")
    c.text(6, 466, "Sag T1 FSE  TR 560 TE 9", 10, "sansb", g, dev=True)
    c.text(6, 480, "C-spine  FOV 24  3mm", 10, "sansb", g, dev=True)
    c.text(6, 494, "Ref: {TS:Dr} {S:Rangi} {S:Te} {S:Whare}", 10, "sansb", g)
    c.text(506, 494, "Img 7/15", 10, "sansb", g, dev=True, align="r")
    write(c, OUT, "MR", "MR", "MONOCHROME2", 16, dict(PatientName="MCALLISTER^BRONWYN KAYE", PatientID="0918273",
          PatientSex="F", StudyDate="20240304", PatientBirthDate="19640714", Manufacturer="GE MEDICAL SYSTEMS",
          InstitutionName="Royal Prince Alfred Hospital"))


# ------------------------------------------------------------------ 18 UK / Ireland DXA reports
def g18():
    c = Canvas(flat(760, 600, 1.0), "18_uk_dxa_a", "18_dxa")
    k = 0.0
    c.text(12, 10, "{H:Royal} {H:Infirmary} {H:of} {H:Edinburgh} - Bone Densitometry", 13, "sansb", k)
    c.text(12, 34, "Name: {P:MacLEOD}, {P:Ailsa} {P:Morag}", 11, "sans", k)
    c.text(12, 50, "CHI: {I:" + "2103562217" + "}  NHS No: {I:" + nhs("401023213") + "}", 11, "sans", k)
    c.text(12, 66, "DOB: {D:21} {D:March} {D:1956}   Sex: Female   Ethnicity: White", 11, "sans", k)
    c.text(12, 82, "Referring GP: {TS:Dr} {S:Fiona} {S:Drummond}, {A:Leith} {A:Links} {A:Practice}", 11, "sans", k)
    c.text(12, 98, "Scan date: {D:02.02.2024}   Hologic Horizon A  (S/N 301544M)", 11, "sans", k)
    c.rect((12, 120, 292, 420), 0.3, fill=True)
    c.a[0, 125:415, 17:287] = body(290, 270, 181, 0.1, 0.9, rx=0.2, ry=0.45)
    c.text(300, 130, "Region  BMD    T-score  Z-score", 11, "mono", k, dev=True)
    y = 148
    for r in ["L1      0.812  -2.1     -0.9", "L2      0.845  -2.3     -1.1", "L3      0.901  -1.8     -0.6",
              "L4      0.933  -1.6     -0.4", "Total   0.876  -2.0     -0.8"]:
        c.text(300, y, r, 11, "mono", k, dev=True)
        y += 16
    c.text(300, 250, "WHO: Osteopenia", 11, "sans", k, dev=True)
    c.text(300, 266, "FRAX major 14%  hip 2.9%", 11, "sans", k, dev=True)
    c.text(12, 700, "Reported by {S:K.} {S:Sutherland}, Consultant Radiographer", 10, "sans", k)
    c.text(12, 716, "APEX 5.6.0.5  Physician's Report v3", 10, "sans", k, dev=True)
    write(c, OUT, "OT", "SC", "MONOCHROME2", 8, dict(PatientName="MACLEOD^AILSA MORAG", PatientID="2103562217",
          PatientSex="F", StudyDate="20240202", PatientBirthDate="19560321", Manufacturer="HOLOGIC"), sc=True)
    # b: Ireland, Irish names with fadas, PPSN, hip scan, colour
    c = Canvas(flat(700, 560, (0.93, 0.95, 1.0)), "18_ie_dxa_b", "18_dxa")
    k = (0.1, 0.1, 0.3)
    c.text(12, 10, "{H:St.} {H:James's} {H:Hospital}, {A:Dublin} {A:8}", 12, "sansb", k)
    c.text(12, 30, "Patient: {P:Ní} {P:Bhriain}, {P:Siobhán}", 11, "sans", k)
    c.text(12, 46, "PPSN {I:" + ppsn("8826417") + "}   MRN {I:SJH0041923}", 11, "sans", k)
    c.text(12, 62, "D.O.B. {D:09/10/1949}   Age 74", 11, "sans", k)
    c.text(12, 78, "Exam {D:18/01/2024}  Lunar iDXA  enCORE 18", 11, "sans", k)
    c.rect((12, 100, 252, 380), (0.2, 0.2, 0.2), fill=True)
    c.a[0, 105:375, 17:247] = body(270, 230, 182, 0.1, 0.9, rx=0.25, ry=0.4)
    c.text(265, 110, "Left Femur", 12, "sansb", k, dev=True)
    c.text(265, 130, "Neck    0.701  T -2.6", 11, "mono", k, dev=True)
    c.text(265, 146, "Total   0.788  T -2.2", 11, "mono", k, dev=True)
    c.text(265, 162, "Ward's  0.512", 11, "mono", k, dev=True)
    c.text(265, 190, "Osteoporosis (WHO)", 11, "sans", (0.7, 0.1, 0.1), dev=True)
    c.text(12, 660, "Technologist: {S:Ciarán} {S:Ó} {S:Súilleabháin}", 10, "sans", k)
    write(c, OUT, "OT", "SC", "RGB", 8, dict(PatientName="NI BHRIAIN^SIOBHAN", PatientID="SJH0041923",
          PatientSex="F", StudyDate="20240118", Manufacturer="GE Healthcare",
          PatientBirthDate="19491009"), sc=True, ts="rle")


# ------------------------------------------------------------------ 19 Egypt / Saudi Arabia fluoroscopy RF
def g19():
    def rfbg(s):
        return body(512, 512, s, 0.1, 0.8, rx=0.45, ry=0.45)
    c = Canvas(cv_frames(rfbg, 3, 190), "19_eg_rf_a", "19_rf")
    c.text(6, 4, "{P:Mohamed} {P:Abdel-Rahman} {P:El-Sayed}", 11, "sans", 0.95)
    c.text(6, 19, "NID {I:28703150102318}", 11, "sans", 0.95)
    c.text(6, 34, "File {I:KAS-24-00912}", 11, "sans", 0.95)
    c.text(506, 4, "{H:Kasr} {H:Al} {H:Ainy} {H:Hospital}", 11, "sans", 0.95, align="r")
    c.text(506, 19, "{D:10/3/2024}", 11, "sans", 0.95, align="r")
    c.text(6, 470, "Barium swallow  FL 3 p/s", 10, "sans", 0.9, dev=True)
    c.text(6, 484, "77 kV 1.9 mA  T 01:42", 10, "sans", 0.9, dev=True)
    c.text(6, 498, "Luminos dRF Max", 10, "sans", 0.9, dev=True)
    c.text(506, 498, "{TS:Dr.} {S:Hany} {S:Soliman}", 10, "sans", 0.9, align="r")
    write(c, OUT, "RF", "RF", "MONOCHROME2", 8, dict(PatientName="EL-SAYED^MOHAMED ABDEL-RAHMAN",
          PatientID="KAS-24-00912", PatientSex="M", StudyDate="20240310", Manufacturer="Siemens",
          InstitutionName="Kasr Al Ainy Hospital"))
    # b: Saudi, Hijri + Gregorian dates, iqama-like ID, grey-on-grey
    sid = "1" + "08741253"
    sid = sid + luhn_digit(sid)
    c = Canvas(cv_frames(lambda s: body(480, 480, s, 0.3, 0.75, rx=0.5, ry=0.5), 2, 195), "19_sa_rf_b", "19_rf")
    g = 0.85
    c.text(6, 4, "{P:AL-QAHTANI}, {P:NOURA} {P:BINT} {P:SAAD}", 10, "cond", g)
    c.text(6, 18, "ID {I:" + sid + "}  MRN {I:KF-882104}", 10, "cond", g)
    c.text(6, 32, "DOB {D:1405/07/12H} ({D:03/04/1985})", 10, "cond", g)
    c.text(474, 4, "{H:King} {H:Fahad} {H:Medical} {H:City}", 10, "cond", g, align="r")
    c.text(474, 18, "{D:1445/08/26H}", 10, "cond", g, align="r")
    c.text(474, 32, "{D:07-Mar-24} {D:13:25}", 10, "cond", g, align="r")
    c.text(6, 440, "HSG  Axiom Luminos TF", 10, "cond", g, dev=True)
    c.text(6, 454, "Dose 2.1 mGy  Time 0.6 min", 10, "cond", g, dev=True)
    c.text(474, 454, "RT: {S:Reem} {S:Al-Otaibi}", 10, "cond", g, align="r")
    write(c, OUT, "RF", "RF", "MONOCHROME2", 8, dict(PatientName="AL-QAHTANI^NOURA SAAD",
          PatientID="KF-882104", PatientSex="F", StudyDate="20240307", Manufacturer="Siemens"), ts="jpegls")


# ------------------------------------------------------------------ 20 Finland / Denmark US thyroid / breast
def dk_cpr(ddmmyy, n3):
    for last in "0123456789":
        n = ddmmyy + n3 + last
        if sum(int(c) * w for c, w in zip(n, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1], strict=True)) % 11 == 0:
            return f"{ddmmyy}-{n3}{last}"
    return None


def g20():
    c = Canvas(sector(540, 720, 201, apex=(0.5, 0.12), ang=90, depth=0.6, bright=0.5), "20_fi_us_a", "20_nordic_us")
    c.a[0, 60:380, 120:600] = np.clip(c.a[0, 60:380, 120:600] + body(320, 480, 202, 0.0, 0.35), 0, 1)
    c.text(6, 4, "{P:Väisänen} {P:Aino-Liisa}", 11, "sans", WHT)
    c.text(6, 19, "{I:" + hetu("130652", "-", "308") + "}", 11, "sans", WHT)
    c.text(714, 4, "{H:HUS} {H:Meilahti}", 11, "sans", WHT, align="r")
    c.text(714, 19, "{D:8.2.2024} klo {D:9.14}", 11, "sans", WHT, align="r")
    c.text(714, 34, "Aplio i800  i18LX5", 10, "sans", CYN, dev=True, align="r")
    c.text(714, 47, "Thyroid  MI 0.9  TIS 0.3", 10, "sans", CYN, dev=True, align="r")
    c.text(714, 60, "G 78  DR 65  4.0 cm  18 fps", 10, "sans", CYN, dev=True, align="r")
    c.text(300, 420, "KILPIRAUHANEN OIK. LOHKO  POIKKI", 11, "sans", WHT)
    c.text(20, 470, "D1 1.42 cm  D2 0.97 cm  D3 1.10 cm", 10, "mono", YEL, dev=True)
    c.text(20, 484, "TI-RADS 3", 10, "mono", YEL, dev=True)
    c.text(20, 510, "Tutkija: {S:LL} {S:Koskinen}", 10, "sans", WHT)
    write(c, OUT, "US", "US", "RGB", 8, dict(PatientName="VAISANEN^AINO-LIISA", PatientID=hetu("130652", "-", "308"),
          PatientSex="F", StudyDate="20240208", Manufacturer="Canon Medical Systems", InstitutionName="HUS Meilahti"))
    # b: Denmark breast US, small font, CPR without label, YBR via JPEG
    c = Canvas(sector(480, 640, 203, apex=(0.5, 0.1), ang=80, depth=0.55, bright=0.55), "20_dk_us_b", "20_nordic_us")
    c.text(6, 4, "{P:SØRENSEN} {P:METTE} {P:KJÆR}", 9, "cond", WHT)
    c.text(6, 15, "{I:" + dk_cpr("150372", "118") + "}", 9, "cond", WHT)
    c.text(634, 4, "{H:Rigshospitalet} {H:Mammaklinik}", 9, "cond", WHT, align="r")
    c.text(634, 15, "{D:27-11-2023}", 9, "cond", WHT, align="r")
    c.text(634, 30, "LOGIQ E10  ML6-15", 9, "cond", CYN, dev=True, align="r")
    c.text(634, 41, "Breast  Gn 46  D 4.5", 9, "cond", CYN, dev=True, align="r")
    c.text(20, 400, "VENSTRE BRYST  kl. 2  3 cm fra papil", 10, "cond", WHT)
    c.text(20, 430, "1  L 8.4 mm  W 6.1 mm", 9, "mono", YEL, dev=True)
    c.text(20, 444, "BI-RADS 4a  Biopsi {S:HJ}", 9, "mono", YEL)
    write(c, OUT, "US", "US", "YBR_FULL_422", 8, dict(
          PatientName="SORENSEN^METTE KJAER", PatientID=dk_cpr("150372", "118").replace("-", ""),
          PatientSex="F", StudyDate="20231127", Manufacturer="GE Healthcare"), ts="jpeg")


GROUPS = [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16, g17, g18, g19, g20]


def main():
    global OUT
    OUT = Path(sys.argv[1])
    OUT.mkdir(parents=True, exist_ok=True)
    for g in GROUPS:
        g()
    names = sorted(p.name[:-4] for p in OUT.glob("*.dcm"))
    groups = sorted({json.loads((OUT / f"{n}.truth.json").read_text())["group"] for n in names})
    rnd = random.Random(20202020)
    order = groups[:]
    rnd.shuffle(order)
    a_groups = set(order[:len(order) // 2])
    img = {}
    for n in names:
        g = json.loads((OUT / f"{n}.truth.json").read_text())["group"]
        img[n] = "A" if g in a_groups else "B"
    split = dict(images=img, groups={g: ("A" if g in a_groups else "B") for g in groups}, seed=20202020)
    (OUT / "split.json").write_text(json.dumps(split, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
