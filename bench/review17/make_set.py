"""review 17 set: 40 images in 20 style groups. python make_set.py OUTDIR  (deterministic; all PHI invented)."""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_lib import (
    Canvas,
    anatomy,
    bsn_ok,
    cf_it,
    cn_id,
    cpf,
    dni,
    luhn_digit,
    mark_in_header,
    medicare_au,
    nhs,
    nir,
    pesel,
    snils,
    tckn,
    write,
)

WH, Y, G, CY, OR = (1, 1, 1), (1, 1, 0.35), (0.45, 1, 0.45), (0.45, 0.9, 1), (1, 0.7, 0.3)

def C(F, H, W, seed, lo=0.0, hi=0.6, kind="body"):
    return Canvas(anatomy(F, H, W, seed, lo, hi, kind))

GROUPS = {}
def group(name, country, modality):
    def deco(fn):
        GROUPS[name] = (fn, country, modality)
        return fn
    return deco

# 01 Germany CT, Siemens-like corners, name without label, umlauts / hyphen
@group("g01_de_ct", "DE", "CT")
def g01(v, s):
    p = [("MÜLLER-LÜDENSCHEID, Hans-Peter", "MUELLER-LUEDENSCHEID^HANS-PETER", "*12.03.1958", "19580312", "4471193",
          "Klinikum Nord|L:Hamburg-Ochsenzoll"),
         ("Schäfer, Anna-Lena", "SCHAEFER^ANNA-LENA", "*30.11.1990", "19901130", "0082735",
          "Universitätsklinikum|L:Freiburg")][v]
    H = W = 512 if v == 0 else 448
    c = C(1, H, W, s, 0.02, 0.55)
    sz = 13 if v == 0 else 11
    c.text(6, 4, "P:" + p[0], sz, "b")
    c.text(6, 4 + sz + 4, f"D:{p[2]},|n:{'M' if v == 0 else 'F'}", sz)
    c.text(6, 4 + 2 * (sz + 4), f"n:PID|I:{p[4]}", sz)
    c.text(6, 4 + 3 * (sz + 4), "O:" + p[5], sz)
    c.text(-6, 4, "d:SOMATOM Force", sz)
    c.text(-6, 4 + sz + 4, "d:Abdomen nativ 1.0 Br40", sz)
    c.text(-6, 4 + 2 * (sz + 4), "D:14.02.2024|n:08:41", sz)
    c.text(6, -22, "d:kV 120|d:mAs 245|d:SL 1.0", sz, "c")
    c.text(-6, -22, "d:W 400|d:L 40", sz, "c")
    c.text(6, -40, "n:IMA 37 SPI 184.5", sz, "c")
    c.text(W // 2 - 4, 70, "n:A", 14, "b")
    c.text(4, H // 2, "n:R", 14, "b")
    hdr = dict(PatientName=p[1], PatientID=p[4], PatientBirthDate=p[3], StudyDate="20240214",
               PatientSex="M" if v == 0 else "F",
               InstitutionName="KLINIKUM NORD" if v == 0 else "UKF", Manufacturer="SIEMENS",
               ManufacturerModelName="SOMATOM Force")
    return c, hdr, dict(sop="CT", modality="CT", bits=16, stored=12, extra=dict(RescaleIntercept=-1024, RescaleSlope=1))

# 02 Japan MR, romaji, Y/M/D dates, mono font
@group("g02_jp_mr", "JP", "MR")
def g02(v, s):
    p = [("YAMAMOTO KEIKO", "Yamamoto^Keiko", "1975/04/23", "19750423", "00481257", "Osaka Saiseikai Nakatsu",
          "Tanaka"),
         ("suzuki hiroshi", "SUZUKI^HIROSHI", "1949/10/02", "19491002", "01733904", "Sendai Kosei Hospital", "Ito")][v]
    H = W = 256 if v == 0 else 320
    c = C(1, H, W, s, 0.0, 0.5)
    c.text(3, 3, "P:" + p[0], 10, "m")
    c.text(3, 15, f"n:ID:|I:{p[4]}", 10, "m")
    c.text(3, 27, f"D:{p[2]}|n:49Y|n:F" if v == 0 else f"D:{p[2]}|n:74Y|n:M", 10, "m")
    c.text(3, 39, "O:" + p[5], 9, "m")
    c.text(-3, 3, "d:SIGNA Pioneer 3.0T", 10, "m")
    c.text(-3, 15, "d:Ax T2 FSE", 10, "m")
    c.text(-3, 27, "d:TR 4500|d:TE 98", 10, "m")
    c.text(-3, 39, "d:FOV 23x23|d:ST 5.0/1.0", 9, "m")
    c.text(3, -14, "D:2024/01/09|n:10:55:12", 10, "m")
    c.text(-3, -14, "n:Se:4 Im:12", 10, "m")
    c.text(-3, -26, f"n:Op:|S:{p[6]}", 9, "m")
    hdr = dict(PatientName=p[1], PatientID=p[4], PatientBirthDate=p[3], StudyDate="20240109",
               OperatorsName=p[6].upper())
    return c, hdr, dict(sop="MR", modality="MR", bits=16, stored=12)

# 03 Spain US cine RGB, labelled Spanish fields, DNI with letter
@group("g03_es_us", "ES", "US")
def g03(v, s):
    p = [("GARCÍA LÓPEZ, María del Carmen", "GARCIA LOPEZ^MARIA DEL CARMEN", "03/07/1981", "19810703", "1288345",
          dni("48215637")),
         ("Fernández-Vidal, José Ignacio", "FERNANDEZ VIDAL^JOSE IGNACIO", "19/02/1967", "19670219", "0934418",
          dni("05378122"))][v]
    F, H, W = (3, 480, 640) if v == 0 else (2, 420, 560)
    c = C(F, H, W, s, 0, 0.9, "sector")
    c.text(8, 6, "n:Paciente:|P:" + p[0], 12, "s", WH)
    c.text(8, 22, f"n:NHC:|I:{p[4]}|n:DNI:|I:{p[5]}", 12, "s", WH)
    c.text(8, 38, f"n:F.Nac:|D:{p[2]}", 12, "s", WH)
    c.text(-8, 6, "O:Hospital Universitario La Paz" if v == 0 else "O:Hospital Clínic de Barcelona", 11, "s", WH)
    c.text(-8, 22, "D:12/03/2024|n:11:02:45", 11, "s", WH)
    c.text(-8, 38, "d:MI 1.1|d:TIs 0.4", 11, "s", Y)
    c.text(8, -60, "d:C5-1|d:Abd Gen", 11, "s", G)
    c.text(8, -44, "d:Gan 58|d:Prof 16cm", 11, "s", G)
    c.text(8, -28, "d:FR 32Hz|d:RD 60", 11, "s", G)
    c.text(-8, -28, "n:Hígado lóbulo derecho", 11, "s", WH)
    c.text(-8, -44, "d:EPIQ 7G", 11, "s", WH)
    c.text(W // 2 - 40, H // 2, "d:D1 3.42 cm", 11, "s", Y)  # caliper over anatomy
    hdr = dict(PatientName=p[1], PatientID=p[4], PatientBirthDate=p[3], StudyDate="20240312")
    return c, hdr, dict(sop="USMF", modality="US", photometric="RGB", bits=8)

# 04 France CR MONOCHROME1, NIR with key, technician
@group("g04_fr_cr", "FR", "CR")
def g04(v, s):
    if v == 0:
        n, k = nir("2490975114018")
        p = ("Mme", "DUPONT-MOREAU Élise", "DUPONT-MOREAU^ELISE", "14/09/1949", "19490914", "7700312", n, k,
             "J. Bernard", "CHU de Bordeaux")
    else:
        n, k = nir("1620469388104")
        p = ("M.", "LEFÈVRE Jean-Baptiste", "LEFEVRE^JEAN BAPTISTE", "02/04/1962", "19620402", "8201145", n, k,
             "C. Rousseau", "Hôpital Lariboisière")
    H, W = (600, 500) if v == 0 else (560, 460)
    c = C(1, H, W, s, 0.05, 0.7)
    c.text(10, 8, f"t:{p[0]}|P:{p[1]}", 14, "s")
    c.text(10, 28, f"n:Né(e) le|D:{p[3]}", 12, "s")
    c.text(10, 44, f"n:IPP|I:{p[5]}", 12, "s")
    c.text(10, 60, f"n:NIR|I:{p[6][0]} {p[6][1:3]} {p[6][3:5]} {p[6][5:7]} {p[6][7:10]} {p[6][10:13]}|I:{p[7]}", 11,
           "c")
    c.text(-10, 8, "O:" + p[9], 12, "s")
    c.text(-10, 24, "n:Service d'imagerie", 11, "s")
    c.text(-10, -20, f"n:Manip:|S:{p[8]}", 10, "s")
    c.text(10, -20, "d:kV 125|d:mAs 2.5|d:DFP 180", 11, "c")
    c.text(10, -36, "n:Thorax face debout", 12, "s")
    c.text(-40, 120, "n:D", 22, "b")
    hdr = dict(PatientName=p[2], PatientID=p[5], PatientBirthDate=p[4], StudyDate="20240220", InstitutionName=p[9])
    return c, hdr, dict(sop="CR", modality="CR", photometric="MONOCHROME1", bits=16, stored=12)

# 05 Sweden MG, personnummer with Luhn
@group("g05_se_mg", "SE", "MG")
def g05(v, s):
    if v == 0:
        b = "670312448"
        pn = "19" + b[:6] + "-" + b[6:] + luhn_digit(b)
        p = ("ANDERSSON, Karin Birgitta", "ANDERSSON^KARIN BIRGITTA", pn, "Skånes universitetssjukhus", "Malmö",
             "RCC", "19670312")
    else:
        b = "520728902"
        pn = "19" + b[:6] + "-" + b[6:] + luhn_digit(b)
        p = ("Lindqvist-Öberg, Eva", "LINDQVIST OBERG^EVA", pn, "Sahlgrenska Universitetssjukhuset", "Göteborg",
             "LMLO", "19520728")
    H, W = (640, 512) if v == 0 else (600, 480)
    c = C(1, H, W, s, 0.0, 0.65, "disc")
    c.text(8, 6, "P:" + p[0], 12, "s")
    c.text(8, 22, "I:" + p[2], 12, "s")
    c.text(8, 38, f"O:{p[3]}|L:{p[4]}", 10, "c")
    c.text(-8, 6, "d:" + p[5], 18, "b")
    c.text(-8, 30, "n:Mammografi screening", 11, "s")
    c.text(8, -52, "d:kV 29|d:mAs 86|d:W/Rh", 10, "c")
    c.text(8, -38, "d:Kompression 112 N", 10, "c")
    c.text(8, -24, "d:Tjocklek 54 mm|d:AGD 1.32 mGy", 10, "c")
    c.text(-8, -24, "D:2024-04-17", 10, "c")
    c.text(-8, -38, "d:Selenia Dimensions", 10, "c")
    hdr = dict(PatientName=p[1], PatientID=p[2].replace("-", ""), StudyDate="20240417", PatientBirthDate=p[6])
    return c, hdr, dict(sop="MG", modality="MG", photometric="MONOCHROME1", bits=16, stored=14)

# 06 Italy NM bone scan, codice fiscale, reader sign-off with dott.
@group("g06_it_nm", "IT", "NM")
def g06(v, s):
    p = [("ROSSI Giuseppe", "ROSSI^GIUSEPPE", "05/11/1944", "19441105", cf_it("RSSGPP44S05F205"), "Bianchi Luca",
          "Ospedale San Raffaele", "Milano"),
         ("De Luca Maria Grazia", "DE LUCA^MARIA GRAZIA", "21/06/1958", "19580621", cf_it("DLCMGR58H61H501"),
          "Esposito Carla", "Policlinico Gemelli", "Roma")][v]
    H, W = (512, 512) if v == 0 else (400, 512)
    c = C(1, H, W, s, 0.0, 0.5)
    c.text(6, 4, f"P:{p[0]}", 11, "s")
    c.text(6, 18, f"n:nato/a il|D:{p[2]}", 10, "s")
    c.text(6, 31, f"n:C.F.|I:{p[4]}", 10, "m")
    c.text(-6, 4, "n:Scintigrafia ossea total body", 10, "s")
    c.text(-6, 17, "d:Tc-99m MDP 740 MBq", 10, "s")
    c.text(-6, 30, "n:ANT|n:POST", 10, "s")
    c.text(6, -30, f"O:{p[6]}|L:{p[7]}", 10, "s")
    c.text(6, -16, f"n:Refertato da:|u:dott.|S:{p[5]}" if v == 0 else f"n:Refertato da:|u:dott.ssa|S:{p[5]}", 10, "s")
    c.text(-6, -16, "d:Symbia Intevo|d:LEHR", 10, "s")
    c.text(-6, -30, "d:Speed 12 cm/min", 10, "s")
    hdr = dict(PatientName=p[1], PatientID=p[4], PatientBirthDate=p[3], StudyDate="20240305")
    return c, hdr, dict(sop="NM", modality="NM", bits=16, stored=16)

# 07 Netherlands PT/CT fusion SC RGB, BSN, ISO dates
@group("g07_nl_pt", "NL", "PT")
def g07(v, s):
    p = [("de Vries, Jan-Willem", "de Vries^Jan-Willem", "123456782", "1962-08-19", "19620819", "Amsterdam UMC",
          "Z4419023"),
         ("van den Berg-Bakker, Sanne", "van den Berg^Sanne", "111222333", "1979-01-30", "19790130", "UMC Utrecht",
          "Z0087311")][v]
    assert bsn_ok(p[2])
    H, W = (400, 400) if v == 0 else (360, 480)
    c = C(1, H, W, s, 0.0, 0.55)
    c.bg[..., 1] *= 0.6
    c.bg[..., 2] *= 0.3  # hot-ish colour map
    c.text(6, 4, "P:" + p[0], 11, "c", WH)
    c.text(6, 18, f"n:BSN|I:{p[2]}", 10, "c", WH)
    c.text(6, 31, f"n:geb.|D:{p[3]}", 10, "c", WH)
    c.text(6, 44, f"n:Pat.nr.|I:{p[6]}", 10, "c", WH)
    c.text(-6, 4, "O:" + p[5], 10, "c", WH)
    c.text(-6, 17, "d:Biograph Vision 600", 10, "c", WH)
    c.text(-6, 30, "d:18F-FDG 3.2 MBq/kg", 10, "c", Y)
    c.text(6, -16, "d:SUVmax 12.4|d:SUVbw", 10, "c", Y)
    c.text(-6, -16, "D:2024-05-06|n:Fused PET/CT", 10, "c", WH)
    c.text(-6, -30, "d:MIP 0-7 SUV", 9, "c", WH)
    c.text(W // 2 - 20, H // 2 - 10, "d:SUV 8.1", 10, "c", WH)  # over anatomy
    hdr = dict(PatientName=p[1], PatientID=p[6], PatientBirthDate=p[4], StudyDate="20240506")
    return c, hdr, dict(sop="SC", modality="PT", photometric="RGB", bits=8)

# 08 Brazil XA cine, CPF
@group("g08_br_xa", "BR", "XA")
def g08(v, s):
    p = [("SOUZA SANTOS, João Pedro", "SOUZA SANTOS^JOAO PEDRO", cpf("529982247"), "21/01/1959", "19590121",
          "Oliveira", "Hospital das Clínicas", "São Paulo"),
         ("Conceição Ferreira, Ana Lúcia", "CONCEICAO FERREIRA^ANA LUCIA", cpf("390533447"), "08/08/1972", "19720808",
          "Albuquerque", "Instituto do Coração", "Porto Alegre")][v]
    F, H, W = (2, 512, 512) if v == 0 else (3, 384, 384)
    c = C(F, H, W, s, 0.15, 0.75)
    c.text(6, 4, "n:PACIENTE:|P:" + p[0], 11, "s")
    c.text(6, 18, f"n:CPF:|I:{p[2]}", 11, "s")
    c.text(6, 32, f"n:Data Nasc:|D:{p[3]}", 11, "s")
    c.text(-6, 4 if v == 0 else 48, f"O:{p[6]}|L:{p[7]}", 10, "s")
    c.text(-6, 18 if v == 0 else 62, f"n:Hemodinamicista:|u:Dr.|S:{p[5]}", 10, "s")
    c.text(6, -44, "d:LAO 30|d:CRA 20", 11, "s")
    c.text(6, -30, "d:Fluoro 15 p/s", 11, "s")
    c.text(6, -16, "d:DAP 12.3 Gy·cm²|d:Ka 184 mGy", 11, "s")
    c.text(-6, -16, "D:22/04/2024|n:14:31:08", 11, "s")
    c.text(-6, -30, "n:Coronária direita", 11, "s")
    hdr = dict(PatientName=p[1], PatientID="HC" + p[4][2:], PatientBirthDate=p[4], StudyDate="20240422",
               PerformingPhysicianName=p[5].upper())
    return c, hdr, dict(sop="XA", modality="XA", bits=8)

# 09 India US obstetric, JPEG baseline YBR_FULL_422
@group("g09_in_us", "IN", "US")
def g09(v, s):
    p = [("Mrs.", "PRIYA RAMACHANDRAN", "AIIMS/2023/0045871", "12-Oct-2023", "S. K. Gupta", "Apollo Hospitals",
          "Chennai", "34Y/F", "98401 22718"),
         ("Smt.", "Lakshmi Devi Nair", "KMC-MNP-771204", "03-Jan-2024", "Anitha Menon", "Kasturba Hospital",
          "Manipal", "28Y/F", "99860 41375")][v]
    F, H, W = (1, 480, 640) if v == 0 else (2, 450, 600)
    c = C(F, H, W, s, 0, 0.85, "sector")
    c.text(8, 6, f"t:{p[0]}|P:{p[1]}", 12, "s", WH)
    c.text(8, 22, f"n:UHID:|I:{p[2]}", 11, "s", WH)
    c.text(8, 37, f"n:Age/Sex|n:{p[7]}", 11, "s", WH)
    c.text(8, 52, f"n:LMP|D:{p[3]}", 11, "s", WH)
    c.text(8, 67, f"n:Ref:|u:Dr.|S:{p[4]}", 11, "s", WH)
    c.text(-8, 6, f"O:{p[5]}|L:{p[6]}", 11, "s", WH)
    c.text(-8, 21, f"n:Ph:|F:{p[8]}", 10, "s", WH)
    c.text(-8, 36, "d:LOGIQ P9|d:C1-5-D", 10, "s", WH)
    c.text(-8, 51, "d:OB/GYN|d:MI 0.9|d:TIb 0.3", 10, "s", Y)
    c.text(8, -90, "d:GA 22w3d", 11, "s", CY)
    c.text(8, -75, "d:BPD 54.2 mm", 11, "s", CY)
    c.text(8, -60, "d:HC 201.7 mm", 11, "s", CY)
    c.text(8, -45, "d:FL 38.9 mm|d:EFW 512 g", 11, "s", CY)
    c.text(-8, -30, "D:19-Mar-2024|n:10:12 AM", 11, "s", WH)
    c.text(8, -20, "n:PNDT Act compliant - sex not disclosed", 9, "s", WH)
    hdr = dict(PatientName=p[1].replace(" ", "^", 1), PatientID=p[2], StudyDate="20240319")
    return c, hdr, dict(sop="USMF" if F > 1 else "US", modality="US", photometric="RGB", bits=8, encode="jpeg")

# 10 China ophthalmic photo, resident ID with check char
@group("g10_cn_op", "CN", "OP")
def g10(v, s):
    p = [("ZHANG Wei", "ZHANG^WEI", cn_id("11010519880315231"), "Beijing Tongren Hospital", "2024-03-05", "20240305",
          "OD"),
         ("Liu Xiaoling", "LIU^XIAOLING", cn_id("44030419920711862"), "Zhongshan Ophthalmic Center", "2024-06-21",
          "20240621", "OS")][v]
    H, W = (480, 640) if v == 0 else (512, 512)
    c = C(1, H, W, s, 0.0, 0.8, "disc")
    c.bg[..., 0] = np.clip(c.bg[..., 0] * 1.3, 0, 1)
    c.bg[..., 1] *= 0.45
    c.bg[..., 2] *= 0.2
    c.text(8, 6, f"n:Name:|P:{p[0]}", 12, "s", WH)
    c.text(8, 22, f"n:ID:|I:{p[2]}", 11, "m", WH)
    c.text(8, 37, f"O:{p[3]}", 10, "s", WH)
    c.text(-8, 6, "d:" + p[6], 20, "b", WH)
    c.text(-8, 32, "d:Fundus 45°|d:Color", 10, "s", WH)
    c.text(8, -20, "d:TRC-NW8|d:Flash 100", 10, "s", WH)
    c.text(-8, -20, f"D:{p[4]}|n:10:22", 10, "s", WH)
    hdr = dict(PatientName=p[1], PatientID=p[2][-8:], StudyDate=p[5], Laterality="R" if v == 0 else "L")
    return c, hdr, dict(sop="OP", modality="OP", photometric="RGB", bits=8)

# 11 UK CT, NHS number, split banner (name left, number right), reporter
@group("g11_uk_ct", "GB", "CT")
def g11(v, s):
    p = [("Mr", "o'brien-smythe", "Declan", nhs("943476591"), "07-Mar-1952", "19520307", "A. Patel",
          "St Thomas' Hospital", "RJ1-8831207"),
         ("Ms", "WHITAKER", "Rosalind Jane", nhs("401023213"), "22-Dec-1985", "19851222", "K. Okonkwo",
          "Leeds General Infirmary", "RR8-0042291")][v]
    H = W = 512
    c = C(1, H, W, s, 0.02, 0.5)
    n = p[3]
    c.text(6, 4, f"t:{p[0]}|P:{p[1]}, {p[2]}", 12, "s")
    c.text(-6, 4, f"n:NHS No|I:{n[:3]} {n[3:6]} {n[6:]}", 12, "s")
    c.text(6, 20, f"n:DOB|D:{p[4]}", 11, "s")
    c.text(-6, 20, f"n:Hosp No|I:{p[8]}", 11, "s")
    c.text(6, 36, "O:" + p[7], 10, "s")
    c.text(-6, -16, f"n:Reported by|u:Dr|S:{p[6]}", 10, "s")
    c.text(6, -16, "d:Aquilion ONE|d:120 kV|d:Auto mA", 10, "s")
    c.text(6, -30, "d:CTPA|d:0.5 mm|d:FC08", 10, "s")
    c.text(6, -44, "d:WL 100|d:WW 700", 10, "s")
    c.text(-6, -30, "D:04/06/2024", 10, "s")
    hdr = dict(PatientName=f"{p[1].upper()}^{p[2].upper()}", PatientID=p[8], PatientBirthDate=p[5],
               StudyDate="20240604",
               OtherPatientIDs=n)
    return c, hdr, dict(sop="CT", modality="CT", bits=16, stored=12, extra=dict(RescaleIntercept=-1024, RescaleSlope=1))

# 12 USA dose report / worksheet SC, grey on grey, SSN, tech username
@group("g12_us_sc", "US", "SC")
def g12(v, s):
    p = [("Washington, Denise L", "WASHINGTON^DENISE^L", "004417823", "11/23/1970", "19701123", "A2024-118734",
          "512-44-7032", "mkowalski", "Mercy Medical Center", "1201 N Calvert St, Baltimore MD"),
         ("McAllister, Robert James Jr", "MCALLISTER^ROBERT^JAMES^^JR", "117720456", "02/09/1948", "19480209",
          "A2024-220917", "378-20-6611", "jrodriguez2", "Banner Desert Medical Center", "1400 S Dobson Rd, Mesa AZ")][v]
    H, W = 560, 720
    c = Canvas(np.full((1, H, W, 3), 0.22, np.float32))
    g1, g2 = 0.55, 0.38
    c.text(20, 14, "n:Patient Name:", 12, "s", g1)
    c.text(190, 14, "P:" + p[0], 12, "s", g1)
    c.text(20, 32, "n:MRN:", 12, "s", g1)
    c.text(190, 32, "I:" + p[2], 12, "s", g1)
    c.text(20, 50, "n:DOB:", 12, "s", g1)
    c.text(190, 50, "D:" + p[3], 12, "s", g1)
    c.text(20, 68, "n:Accession:", 12, "s", g1)
    c.text(190, 68, "I:" + p[5], 12, "s", g1)
    c.text(20, 86, "n:SSN:", 12, "s", g2)
    c.text(190, 86, "I:" + p[6], 12, "s", g2)
    c.text(420, 14, "O:" + p[8], 11, "s", g1)
    c.text(420, 30, "L:" + p[9], 10, "s", g2)
    c.text(420, 46, "n:Tel|F:" + ("(410) 332-9000" if v == 0 else "(480) 412-3000"), 10, "s", g2)
    c.text(20, 120, "n:Exam:|d:CT CHEST W/O CONTRAST", 12, "b", g1)
    c.text(20, 140, "n:Total|d:mAs 3120|n:Total|d:DLP 312.6 mGy*cm", 11, "s", g1)
    y = 170
    c.text(20, y, "n:Series Type Scan Range kV CTDIvol DLP Phantom", 11, "cb", g1)
    rows = ["d:1 Scout - 120 - - -", "d:2 Helical I12.5-S310.0 120 8.42 298.1 Body32",
            "d:3 Helical I290.0-S310.0 100 1.12 14.5 Body32"]
    for i, r in enumerate(rows):
        c.text(20, y + 18 * (i + 1), r, 11, "c", g1, gap=14)
    c.text(20, 260, f"n:Tech:|S:{p[7]}", 10, "m", g2)
    c.text(20, 276, "d:Revolution CT|d:sw 23MW12.3", 10, "m", g2)
    c.text(-20, -20, "D:" + ("05/13/2024" if v == 0 else "07/01/2024") + "|n:3:41 PM", 10, "m", g2)
    hdr = dict(PatientName=p[1], PatientID=p[2], PatientBirthDate=p[4], AccessionNumber=p[5],
               StudyDate="20240513" if v == 0 else "20240701", InstitutionName=p[8].upper())
    return c, hdr, dict(sop="SC", modality="CT", bits=8)

# 13 Poland DX, PESEL, RLE
@group("g13_pl_dx", "PL", "DX")
def g13(v, s):
    p = [("KOWALCZYK Zofia", "KOWALCZYK^ZOFIA", pesel("4904050158"), "05.04.1949", "19490405", "Szpital Wojewódzki",
          "Poznań", "Kolano AP"),
         ("Wiśniewski-Nowak Krzysztof", "WISNIEWSKI-NOWAK^KRZYSZTOF", pesel("8607221457"), "22.07.1986", "19860722",
          "Szpital Uniwersytecki", "Kraków", "Nadgarstek PA")][v]
    H, W = (640, 512) if v == 0 else (600, 600)
    c = C(1, H, W, s, 0.05, 0.75)
    c.text(10, 8, "P:" + p[0], 13, "b")
    c.text(10, 26, f"n:PESEL:|I:{p[2]}", 12, "s")
    c.text(10, 43, f"n:ur.|D:{p[3]}", 12, "s")
    c.text(-10, 8, f"O:{p[5]}|L:{p[6]}", 11, "s")
    c.text(-10, 24, "d:" + p[7], 11, "s")
    c.text(10, -22, "d:kV 60|d:mAs 4.0|d:EI 412", 11, "s")
    c.text(-10, -22, "D:2024.02.28|n:09:14", 11, "s")
    c.text(-10, -38, "d:DigitalDiagnost C90", 10, "s")
    c.text(10, -38, "n:Technik:|S:" + ("Anna Zielińska" if v == 0 else "Tomasz Wójcik"), 10, "s")
    c.text(40, 200, "n:L", 24, "b")
    hdr = dict(PatientName=p[1], PatientID=p[2], PatientBirthDate=p[4], StudyDate="20240228")
    return c, hdr, dict(sop="DX", modality="DX", bits=16, stored=12, encode="rle")

# 14 Turkey MR, TC Kimlik, JPEG-LS
@group("g14_tr_mr", "TR", "MR")
def g14(v, s):
    p = [("ÖZTÜRK, Ayşe Gül", "OZTURK^AYSE GUL", tckn("100000001"), "1983.06.17", "19830617",
          "Acıbadem Maslak Hastanesi", "Mehmet Yılmaz"),
         ("Çelik, Mustafa Kemal", "CELIK^MUSTAFA KEMAL", tckn("345678912"), "1957.12.02", "19571202",
          "Hacettepe Üniversitesi Hastanesi", "Elif Şahin")][v]
    H = W = 384 if v == 0 else 320
    c = C(1, H, W, s, 0.0, 0.6)
    c.text(5, 4, "n:Hasta:|P:" + p[0], 10, "s")
    c.text(5, 17, f"n:TC Kimlik:|I:{p[2]}", 10, "s")
    c.text(5, 30, f"n:D.T:|D:{p[3]}", 10, "s")
    c.text(-5, 4, "O:" + p[5], 9, "s")
    c.text(-5, 16, "d:MAGNETOM Skyra", 9, "s")
    c.text(-5, 28, "d:t1_se_sag|d:TR 550|d:TE 12", 9, "s")
    c.text(5, -28, "n:Sevk eden:|S:" + p[6], 9, "s")
    c.text(5, -14, "d:Lomber vertebra", 9, "s")
    c.text(-5, -14, "D:15.01.2024", 9, "s")
    hdr = dict(PatientName=p[1], PatientID=p[2], PatientBirthDate=p[4], StudyDate="20240115", InstitutionName=p[5])
    return c, hdr, dict(sop="MR", modality="MR", bits=16, stored=12, encode="jpegls")

# 15 Australia echo, Medicare with check digit, sonographer username
@group("g15_au_us", "AU", "US")
def g15(v, s):
    p = [("SMITH-JONES, Olivia", "SMITH-JONES^OLIVIA", medicare_au("21234567"), "03/04/1988", "19880403", "tnguyen",
          "Royal Melbourne Hospital", "RMH0445120"),
         ("Papadopoulos, Nikolaos", "PAPADOPOULOS^NIKOLAOS", medicare_au("34567812", "2"), "17/09/1951", "19510917",
          "sbrown", "Westmead Hospital", "WH7210339")][v]
    F, H, W = (2, 480, 640) if v == 0 else (3, 434, 636)
    c = C(F, H, W, s, 0, 0.8, "sector")
    c.text(8, 6, "P:" + p[0], 11, "b", WH)
    c.text(8, 21, f"n:MRN|I:{p[7]}", 10, "s", WH)
    c.text(8, 35, f"n:Medicare|I:{p[2]}", 10, "s", WH)
    c.text(8, 49, f"n:DOB|D:{p[3]}", 10, "s", WH)
    c.text(-8, 6, "O:" + p[6], 10, "s", WH)
    c.text(-8, 20, "d:Vivid E95|d:M5Sc-D", 10, "s", WH)
    c.text(-8, 34, "d:Adult Echo|d:4C", 10, "s", WH)
    c.text(-8, 48, "d:HR 72 bpm|d:FR 54Hz", 10, "s", G)
    c.text(8, -64, "d:LVEF 58 %|d:LVIDd 4.9 cm", 10, "s", CY)
    c.text(8, -50, "d:E/A 1.2|d:TAPSE 2.1 cm", 10, "s", CY)
    c.text(W // 2 - 10, H // 2, "d:LV", 12, "b", WH)  # over anatomy
    c.text(8, -28, f"n:Sonographer:|S:{p[5]}", 9, "m", WH)
    c.text(-8, -28, "D:21/05/2024|n:09:47:33", 10, "s", WH)
    hdr = dict(PatientName=p[1], PatientID=p[7], PatientBirthDate=p[4], StudyDate="20240521", OperatorsName=p[5])
    return c, hdr, dict(sop="USMF", modality="US", photometric="RGB", bits=8)

# 16 Mexico RF cine, multi-word surnames, expediente
@group("g16_mx_rf", "MX", "RF")
def g16(v, s):
    p = [("HERNÁNDEZ DE LA CRUZ José Luis", "HERNANDEZ DE LA CRUZ^JOSE LUIS", "2023-114582", "12/04/1978", "19780412",
          "CMN Siglo XXI", "Ciudad de México", "HECJ780412HDFRRS09"),
         ("Ramírez Villaseñor María Guadalupe", "RAMIREZ VILLASENOR^MARIA GUADALUPE", "2024-007731", "30/10/1990",
          "19901030", "Hospital Civil de Guadalajara", "Jalisco", "RAVG901030MJCMLD04")][v]
    F, H, W = (3, 512, 512) if v == 0 else (2, 480, 480)
    c = C(F, H, W, s, 0.1, 0.7)
    c.text(6, 4, "n:Nombre:|P:" + p[0], 10, "s")
    c.text(6, 17, f"n:Expediente:|I:{p[2]}", 10, "s")
    c.text(6, 30, f"n:CURP:|I:{p[7]}", 10, "m")
    c.text(6, 43, f"n:Fecha nac.|D:{p[3]}", 10, "s")
    c.text(-6, 4, f"O:{p[5]}|L:{p[6]}", 10, "s")
    c.text(-6, 17, "n:Serie esofagograma", 10, "s")
    c.text(6, -16, "d:kV 82|d:mA 2.1|d:7.5 p/s", 10, "s")
    c.text(-6, -16, "D:09/05/2024", 10, "s")
    c.text(-6, -30, "d:Luminos dRF Max", 10, "s")
    c.text(W // 2 - 60, H // 2 + 40, "n:Contraste: bario", 10, "s")  # over anatomy
    hdr = dict(PatientName=p[1], PatientID=p[2], PatientBirthDate=p[4], StudyDate="20240509")
    return c, hdr, dict(sop="RF", modality="RF", bits=8)

# 17 UAE CT scout, tiny fonts, Emirates ID Luhn, nasab names
@group("g17_ae_ct", "AE", "CT")
def g17(v, s):
    b = ["78419851234567", "78419927654321"][v]
    eid = b + luhn_digit(b)
    eid = f"{eid[:3]}-{eid[3:7]}-{eid[7:14]}-{eid[14]}"
    p = [("AL-RASHIDI, Mohammed bin Abdullah", "AL-RASHIDI^MOHAMMED BIN ABDULLAH", eid, "1985-02-14", "19850214",
          "Cleveland Clinic Abu Dhabi", "Fatima Al Mansoori"),
         ("Khan, Ayesha Siddiqa", "KHAN^AYESHA SIDDIQA", eid, "1992-11-07", "19921107", "Rashid Hospital Dubai",
          "Omar Haddad")][v]
    H, W = (512, 512) if v == 0 else (640, 512)
    c = C(1, H, W, s, 0.0, 0.6)
    c.text(4, 3, "P:" + p[0], 9, "c")
    c.text(4, 14, f"n:EID|I:{p[2]}", 8, "c")
    c.text(4, 24, f"n:DOB|D:{p[3]}|n:Age 39Y" if v == 0 else f"n:DOB|D:{p[3]}|n:Age 31Y", 8, "c")
    c.text(-4, 3, "O:" + p[5], 8, "c")
    c.text(-4, 13, "d:Topogram 0.6 T20f", 8, "c")
    c.text(-4, 23, "d:Chest-Abd|d:kV 100|d:mA 35", 8, "c")
    c.text(4, -24, f"n:Ref.Phys:|S:{p[6]}", 8, "c")
    c.text(4, -13, "d:TI 7.8 s|d:TL 512 mm", 8, "c")
    c.text(-4, -13, "D:06.03.2024|n:18:02", 8, "c")
    hdr = dict(PatientName=p[1], PatientID="CCAD" + b[-6:], PatientBirthDate=p[4], StudyDate="20240306",
               ReferringPhysicianName=p[6].replace(" ", "^", 1).upper())
    return c, hdr, dict(sop="CT", modality="CT", bits=16, stored=12)

# 18 Canada PT MIP, bilingual labels, OHIP Luhn
@group("g18_ca_pt", "CA", "PT")
def g18(v, s):
    b = ["987654321", "456712380"][v]
    oh = b + luhn_digit(b)
    p = [("TREMBLAY, Marie-Ève", "TREMBLAY^MARIE-EVE", f"{oh[:4]}-{oh[4:7]}-{oh[7:]} ZX", "1960/05/26", "19600526",
          "Sunnybrook Health Sciences Centre", "Toronto ON", "Gagnon"),
         ("MacDonald, Ian Alasdair", "MACDONALD^IAN", f"{oh[:4]}-{oh[4:7]}-{oh[7:]} AB", "1943/03/09", "19430309",
          "The Ottawa Hospital", "Ottawa ON", "Lévesque")][v]
    H, W = (512, 256) if v == 0 else (600, 300)
    c = C(1, H, W, s, 0.0, 0.7)
    c.text(4, 3, "P:" + p[0], 9, "s", 0.95)
    c.text(4, 15, f"n:OHIP/RAMQ|I:{p[2]}", 8, "s", 0.95)
    c.text(4, 26, f"n:DOB/DDN|D:{p[3]}", 8, "s", 0.95)
    c.text(4, 37, "O:" + p[5], 8, "c", 0.95)
    c.text(4, 47, "L:" + p[6], 8, "c", 0.95)
    c.text(4, -36, "d:MIP|d:FDG|d:370 MBq", 8, "s", 0.95)
    c.text(4, -25, "d:Discovery MI|d:SUV 0-10", 8, "s", 0.95)
    c.text(4, -14, f"n:Tech:|S:{p[7]}|D:2024/02/12", 8, "s", 0.95)
    hdr = dict(PatientName=p[1], PatientID=oh, PatientBirthDate=p[4], StudyDate="20240212")
    return c, hdr, dict(sop="PT", modality="PT", bits=16, stored=16)

# 19 South Africa CR MONOCHROME1 10-bit, SA ID Luhn, text over anatomy
@group("g19_za_cr", "ZA", "CR")
def g19(v, s):
    b = ["800101500908", "750623012408"][v]
    sa = b + luhn_digit(b)
    p = [("Mr.", "Sipho Ndlovu", "SIPHO^NDLOVU", sa, "1980-01-01", "19800101",
          "Chris Hani Baragwanath Academic Hospital", "Soweto", "Chest PA erect"),
         ("Mrs.", "Anri van der Merwe", "VAN DER MERWE^ANRI", sa, "1975-06-23", "19750623", "Groote Schuur Hospital",
          "Observatory Cape Town", "Pelvis AP")][v]
    H, W = (560, 480) if v == 0 else (520, 520)
    c = C(1, H, W, s, 0.1, 0.8)
    c.text(120, 150, f"t:{p[0]}|P:{p[1]}", 13, "s", 0.95)   # over anatomy
    c.text(120, 168, f"I:{p[3]}", 12, "s", 0.95)
    c.text(10, 8, "O:" + p[6], 10, "s")
    c.text(10, 21, "L:" + p[7], 10, "s")
    c.text(-10, 8, "d:" + p[8], 11, "s")
    c.text(-10, 24, "d:FCR Capsula XL II", 10, "s")
    c.text(10, -20, "d:S 210|d:L 2.0|d:kVp 110", 10, "s")
    c.text(-10, -20, "D:2024/07/08", 10, "s")
    c.text(-60, 120, "n:R", 20, "b")
    hdr = dict(PatientName=p[2], PatientID=sa, PatientBirthDate=p[5], StudyDate="20240708")
    return c, hdr, dict(sop="CR", modality="CR", photometric="MONOCHROME1", bits=16, stored=10)

# 20 Russia MR, Cyrillic, SNILS
@group("g20_ru_mr", "RU", "MR")
def g20(v, s):
    p = [("ИВАНОВА Ольга Сергеевна", "IVANOVA^OLGA SERGEEVNA", snils("112233445"), "12.12.1960", "19601212",
          "ГКБ №1 им. Пирогова", "Москва", "Петров А.В."),
         ("Смирнов Дмитрий Алексеевич", "SMIRNOV^DMITRIY", snils("087654303"), "03.05.1977", "19770503",
          "НМИЦ им. Алмазова", "Санкт-Петербург", "Кузнецова Е.Н.")][v]
    H = W = 320 if v == 0 else 384
    c = C(1, H, W, s, 0.0, 0.55)
    c.text(4, 3, "P:" + p[0], 10, "s")
    c.text(4, 16, f"n:СНИЛС|I:{p[2]}", 10, "s")
    c.text(4, 29, f"n:д.р.|D:{p[3]}", 10, "s")
    c.text(-4, 3, f"O:{p[5]}", 9, "s")
    c.text(-4, 15, f"L:{p[6]}", 9, "s")
    c.text(-4, 27, "d:T2 FLAIR|d:AX|d:TR 9000", 9, "s")
    c.text(4, -26, "n:Головной мозг", 9, "s")
    c.text(4, -13, f"n:Врач:|S:{p[7]}", 9, "s")
    c.text(-4, -13, "D:19.04.2024|d:Ingenia 1.5T", 9, "s")
    hdr = dict(PatientName=p[1], PatientID="MR" + p[4][2:], PatientBirthDate=p[4], StudyDate="20240419")
    return c, hdr, dict(sop="MR", modality="MR", bits=16, stored=12)


def main(out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = {}
    for gi, (gname, (fn, country, mod)) in enumerate(GROUPS.items()):
        for v in (0, 1):
            seed = 1700 + gi * 10 + v
            canvas, hdr, kw = fn(v, seed)
            name = f"{gname}_{'ab'[v]}"
            hdr = dict(hdr)
            hdr.setdefault("PatientSex", "O")
            for k in ("PatientBirthDate", "ReferringPhysicianName", "AccessionNumber", "Manufacturer"):
                hdr.setdefault(k, "")
            hdr.setdefault("StudyID", "1")
            ds = write(out / f"{name}.dcm", canvas, kw.pop("sop"), kw.pop("modality"), hdr, seed, **kw)
            mark_in_header(canvas.words, ds)
            truth = dict(image=name, group=gname, country=country, modality=mod,
                         frames=canvas.F, words=canvas.words)
            (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
            summary[name] = gname
    groups = sorted(GROUPS)
    rng = random.Random(1717)
    a = set(rng.sample(groups, len(groups) // 2))
    split = dict(images={n: ("A" if g in a else "B") for n, g in sorted(summary.items())},
                 groups={g: ("A" if g in a else "B") for g in groups}, seed=1717)
    (out / "split.json").write_text(json.dumps(split, indent=1))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "set")
