"""Review 16 test set generator. Every name, ID, date, address and institution is invented.

Usage: python make_set.py OUTDIR
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import ids  # noqa: E402
from gen_core import SOP, Spec, bg_anatomy, bg_photo, bg_us, bg_white_rgb, write  # noqa: E402
from gen_core import Line as L

TAGS_EXTRA = None
W = (255, 255, 255)
Y = (255, 230, 60)
G = (90, 230, 120)
C = (120, 220, 255)
GR = (170, 170, 170)


def tagall(tag, text):
    return " ".join(f"{tag}@{w}" for w in text.split())


# ---------------------------------------------------------------- groups
def g01_ct_us(v):
    """CT axial, GE-like four-corner overlay, USA, 16-bit signed."""
    p = [dict(last="KOWALSKI", first="THEODORE J", mrn="4471-0932", dob="Jun D@04 D@1957", hdob="19570604",
              acc="A88213457", sd="03/14/2024", hsd="20240314", inst="ST. BRENDAN'S MEDICAL CENTER",
              tech="rgarcia", ref="Dr. Meredith Okafor-Lyle", hname="KOWALSKI^THEODORE^J"),
         dict(last="NGUYEN-TRAN", first="LINH", mrn="0093318826", dob="Nov D@30 D@1988", hdob="19881130",
              acc="CT24-118907", sd="09/02/2024", hsd="20240902", inst="LAKESHORE REGIONAL HOSPITAL",
              tech="tbaptiste", ref="Dr. Samuel Whitacre", hname="NGUYEN TRAN^LINH")][v]
    s = 12 if v == 0 else 11
    lines = [
        L(8, 6, tagall("H", p["inst"]), s, "sans", 0.95),
        L(8, 22, "d@Ex: d@1187 d@Se: d@3 d@Im: d@45", s, "sans", 0.95),
        L(8, 38, "d@AX d@C+ d@Chest/Abd/Pelvis", s, "sans", 0.95),
        L(504, 6, f"P@{p['last']}, " + tagall("P", p["first"]), s, "sans", 0.95, anchor_right=True),
        L(504, 22, f"I@{p['mrn']}", s, "sans", 0.95, anchor_right=True),
        L(504, 38, f"D@{p['dob']} M", s, "sans", 0.95, anchor_right=True),
        L(504, 54, f"Acc: I@{p['acc']}", s, "sans", 0.95, anchor_right=True),
        L(504, 70, f"D@{p['sd']} T@10:42:17", s, "sans", 0.95, anchor_right=True),
        L(8, 440, "d@kV d@120 d@mA d@Smart d@(250)", s, "sans", 0.9),
        L(8, 456, "d@0.8s/HE+ d@39.4mm/rot", s, "sans", 0.9),
        L(8, 472, "d@5.0mm d@1.375:1/1.25sp", s, "sans", 0.9),
        L(8, 488, "d@Tilt: d@0.0 d@14:03:22", s, "sans", 0.9),
        L(504, 456, "d@DFOV d@36.0cm", s, "sans", 0.9, anchor_right=True),
        L(504, 472, "d@STND/+C d@Lightspeed d@VCT", s, "sans", 0.9, anchor_right=True),
        L(504, 488, "d@W:400 d@L:40", s, "sans", 0.9, anchor_right=True),
        L(250, 90, "A", 14, "bold", 0.9), L(250, 410, "P", 14, "bold", 0.9),
        L(30, 250, "R", 14, "bold", 0.9), L(470, 250, "L", 14, "bold", 0.9),
        L(8, 424, f"Tech: S@{p['tech']}", 10, "cond", 0.8),
        L(260, 424, "Ref: " + tagall("S", p["ref"]), 10, "cond", 0.8),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["mrn"], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             AccessionNumber=p["acc"], InstitutionName=p["inst"].replace(".", "").replace("'", ""),
             ReferringPhysicianName="", OperatorsName="", PatientSex="M",
             Manufacturer="GE MEDICAL SYSTEMS", ManufacturerModelName="LightSpeed VCT")
    return Spec(f"g01_ct_us_{v}", "g01_ct_us", "CT", SOP["CT"], 512, 512, "gray16s", h, lines,
                bg_anatomy(seed=11 + v, lo=0.0, hi=0.75),
                notes="CT four-corner, US English, unlabeled name/MRN top right, staff names small condensed")


def g02_mr_de(v):
    """MR Siemens-like, German, 12-bit."""
    p = [dict(name="P@Müller-Lüdenscheidt, P@Hans-Jürgen", hname="Mueller-Luedenscheidt^Hans-Juergen",
              gebd="12.03.1958", hdob="19580312", pid="0004718823", sd="21.05.2024", hsd="20240521",
              inst="H@Klinikum H@Nordstadt H@Hannover", hinst="Klinikum Nordstadt",
              addr="L@Haltenhoffstraße L@41, L@30167 L@Hannover", mtra="MTRA: S@B. S@Schwertfeger"),
         dict(name="P@von P@Bredow-Asmussen, P@Friederike", hname="von Bredow-Asmussen^Friederike",
              gebd="03.11.1971", hdob="19711103", pid="K24-0319977", sd="07.08.2024", hsd="20240807",
              inst="H@Universitätsklinikum H@Sankt H@Georg", hinst="UNIVERSITAETSKLINIKUM ST GEORG",
              addr="L@Lindenallee L@8, L@04103 L@Leipzig", mtra="MTRA: S@K. S@Obermaier")][v]
    s = 11
    lines = [
        L(6, 4, p["name"], s, "sans", 1.0),
        L(6, 18, f"Geb.-Dat.: D@{p['gebd']}", s, "sans", 1.0),
        L(6, 32, f"Pat.-ID: I@{p['pid']}", s, "sans", 1.0),
        L(6, 46, f"Untersuchung: D@{p['sd']} T@09:12", s, "sans", 1.0),
        L(506, 4, p["inst"], s, "sans", 1.0, anchor_right=True),
        L(506, 18, p["addr"], 9, "sans", 0.85, anchor_right=True),
        L(506, 32, "d@MAGNETOM d@Vida d@XA50", s, "sans", 1.0, anchor_right=True),
        L(506, 46, "d@Kopf/Hals d@20", s, "sans", 1.0, anchor_right=True),
        L(6, 450, "d@TR d@4000 d@TE d@98 d@FA d@150", s, "sans", 1.0),
        L(6, 464, "d@t2_tse_tra_p2 d@SL d@5.0", s, "sans", 1.0),
        L(6, 478, "d@Tra>Cor(-2.1) d@FoV d@230*230", s, "sans", 1.0),
        L(6, 492, "d@384 d@*448s d@Bild d@12/25", s, "sans", 1.0),
        L(506, 478, "d@W d@1204 d@C d@587", s, "sans", 1.0, anchor_right=True),
        L(506, 492, p["mtra"], 9, "sans", 0.8, anchor_right=True),
        L(250, 70, "A", 12, "sans", 1.0), L(250, 430, "P", 12, "sans", 1.0),
        L(8, 250, "R", 12, "sans", 1.0), L(495, 250, "L", 12, "sans", 1.0),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["pid"], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName=p["hinst"], PatientSex="M" if v == 0 else "F", ReferringPhysicianName="",
             Manufacturer="SIEMENS", ManufacturerModelName="MAGNETOM Vida")
    return Spec(f"g02_mr_de_{v}", "g02_mr_de", "MR", SOP["MR"], 512, 512, "gray12", h, lines,
                bg_anatomy(seed=21 + v, lo=0.02, hi=0.7), notes="MR German, umlauts, ß, hyphenated names, address")


def g03_cr_fr(v):
    """CR chest, MONOCHROME1 12-bit, French, NIR, technologist."""
    p = [dict(nom="P@DUPONT-MOREAU P@Marie-Claire", hnom="DUPONT-MOREAU^MARIE CLAIRE", ne="03/07/1949",
              hdob="19490703", nir=ids.nir("2490775115023"), ipp="IPP I@780012456", sd="12/02/2024",
              hsd="20240212", inst="Centre H@Hospitalier H@de H@Valenciennes", manip="Manip : S@Léa S@Fournier",
              hinst="CH VALENCIENNES"),
         dict(nom="P@LE P@GOFF P@Yannick", hnom="LE GOFF^YANNICK", ne="28/10/1966", hdob="19661028",
              nir=ids.nir("1661029232045"), ipp="IPP I@290087713", sd="05/09/2024", hsd="20240905",
              inst="H@Clinique H@Saint-Gildas H@Quimper", manip="Manip : S@Erwan S@Kerhervé",
              hinst="CLINIQUE ST GILDAS")][v]
    lines = [
        L(20, 16, p["nom"], 22, "bold", 0.95),
        L(20, 46, f"Né(e) le D@{p['ne']}", 18, "sans", 0.95),
        L(20, 70, p["ipp"], 18, "sans", 0.95),
        L(20, 94, "N° SS " + tagall("I", p["nir"]), 16, "sans", 0.9),
        L(560, 16, p["inst"], 18, "sans", 0.95),
        L(560, 42, f"Examen du D@{p['sd']}", 18, "sans", 0.95),
        L(560, 66, p["manip"], 16, "sans", 0.9),
        L(20, 820, "d@Thorax d@Face d@PA d@Debout", 20, "sans", 0.95),
        L(20, 848, "d@125 d@kV d@2.5 d@mAs d@DAP d@0.08 d@dGy.cm²", 18, "sans", 0.95),
        L(600, 848, "d@EI d@312 d@DI d@-0.4 d@S d@180", 18, "sans", 0.95),
        L(820, 140, "D", 40, "bold", 1.0),
    ]
    h = dict(PatientName=p["hnom"], PatientID=p["ipp"].split("@")[1], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName=p["hinst"], PatientSex="F" if v == 0 else "M", ReferringPhysicianName="",
             Manufacturer="Carestream Health", ManufacturerModelName="DRX-Evolution", BodyPartExamined="CHEST")
    return Spec(f"g03_cr_fr_{v}", "g03_cr_fr", "CR", SOP["CR"], 900, 900, "mono1_12", h, lines,
                bg_anatomy(seed=31 + v, lo=0.05, hi=0.85),
                notes="CR chest MONOCHROME1, French, NIR with valid key (not in header), hospital unlabeled")


def g04_dx_uk(v):
    """DX portable, UK NHS number, text over anatomy, grey on grey."""
    p = [dict(name="P@O'NEILL, P@Siobhan P@(Miss)", hname="O'NEILL^SIOBHAN^^MISS", nhs=ids.nhs("943476591"),
              dob="14-Feb-1962", hdob="19620214", hosp="RXH I@K4471203", sd="22-Jan-2024", hsd="20240122",
              trust=tagall("H", "North Tyneside General Hospital"), rad="S@J.Pemberton-Hale",
              hinst="NORTH TYNESIDE GENERAL"),
         dict(name="P@ADEYEMI-WILLIAMS, P@Oluwaseun", hname="ADEYEMI-WILLIAMS^OLUWASEUN", nhs=ids.nhs("401023213"),
              dob="09-Aug-1979", hdob="19790809", hosp="RBZ I@M0318822", sd="30-Apr-2024", hsd="20240430",
              trust=tagall("H", "Royal Cornwall Hospital, Truro"), rad="S@K.Trevithick",
              hinst="ROYAL CORNWALL HOSPITAL")][v]
    g = 0.62  # grey text
    lines = [
        L(24, 20, p["name"], 16, "sans", g),
        L(24, 42, "NHS No: " + tagall("I", p["nhs"]), 16, "sans", g),
        L(24, 64, f"DOB: D@{p['dob']}", 16, "sans", g),
        L(24, 86, p["hosp"], 16, "sans", g),
        L(420, 20, p["trust"], 15, "sans", g),
        L(420, 42, f"D@{p['sd']} T@03:41", 15, "sans", g),
        L(300, 330, "d@AP d@SUPINE d@MOBILE", 18, "bold", 0.7),
        L(300, 354, "d@CHEST d@PORTABLE d@100cm d@SID", 15, "sans", 0.66),
        L(24, 720, "d@90kV d@3.2mAs d@EXI d@412 d@DI d@+0.7", 15, "sans", g),
        L(24, 742, "Radiographer: " + p["rad"], 14, "cond", g),
        L(680, 720, "d@Grid:OUT d@Sensitivity d@400", 15, "sans", g),
        L(760, 110, "R", 36, "bold", 0.85),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["hosp"].split("@")[1], OtherPatientIDs=p["nhs"].replace(" ", ""),
             PatientBirthDate=p["hdob"], StudyDate=p["hsd"], InstitutionName=p["hinst"],
             PatientSex="F" if v == 0 else "M",
             ReferringPhysicianName="", Manufacturer="FUJIFILM", ManufacturerModelName="FDR Go PLUS")
    return Spec(f"g04_dx_uk_{v}", "g04_dx_uk", "DX", SOP["DX"], 800, 960, "gray12", h, lines,
                bg_anatomy(seed=41 + v, lo=0.25, hi=0.6, floor=0.42),
                notes="DX mobile, UK NHS number (mod 11 valid), grey text on grey anatomy, DD-Mon-YYYY")


def g05_us_es(v):
    """US obstetric single frame RGB, Spanish, DNI."""
    p = [dict(name="P@García P@López, P@María P@José", hname="GARCIA LOPEZ^MARIA JOSE", dni=ids.dni("48317925"),
              fnac="17/04/1991", hdob="19910417", nhc="NHC: I@2093417", sd="08/05/2024", hsd="20240508",
              hosp=tagall("H", "Hospital Universitario Virgen de la Vega"), hinst="H.U. VIRGEN DE LA VEGA",
              op="S@Dra. S@Echeverría"),
         dict(name="P@Fernández-Ruiz P@de P@Alba, P@Lucía", hname="FERNANDEZ RUIZ DE ALBA^LUCIA",
              dni=ids.dni("05276633"),
              fnac="02/12/1986", hdob="19861202", nhc="NHC: I@7740128", sd="19/11/2024", hsd="20241119",
              hosp=tagall("H", "Hospital Comarcal de Alcañiz"), hinst="HOSPITAL COMARCAL ALCANIZ",
              op="S@Dr. S@Iturriaga")][v]
    lines = [
        L(8, 6, p["hosp"], 12, "sans", W),
        L(8, 22, f"Paciente: {p['name']}", 12, "sans", W),
        L(8, 38, f"DNI: I@{p['dni']} {p['nhc']}", 12, "sans", W),
        L(8, 54, f"F. Nac.: D@{p['fnac']}", 12, "sans", W),
        L(632, 6, f"D@{p['sd']} T@11:05:43", 12, "sans", W, anchor_right=True),
        L(632, 22, "d@C1-6-D d@OB/1T", 12, "sans", W, anchor_right=True),
        L(632, 38, "d@MI d@0.9 d@TIs d@0.3", 12, "sans", Y, anchor_right=True),
        L(632, 54, "d@Voluson d@E8 d@BT20", 12, "sans", W, anchor_right=True),
        L(8, 380, "d@CRL d@4.52 d@cm", 12, "mono", Y),
        L(8, 396, "d@EG d@11s3d", 12, "mono", Y),
        L(8, 412, "d@FPP d@23/11/2024", 12, "mono", Y),  # estimated due date -> treat as device (calc)
        L(8, 444, "Operador: " + p["op"], 11, "sans", GR),
        L(540, 380, "d@Gan d@-2", 12, "sans", W), L(540, 396, "d@Prof d@16", 12, "sans", W),
        L(540, 412, "d@Frq d@Alt", 12, "sans", W), L(540, 428, "d@AO% d@100", 12, "sans", W),
    ]
    # the estimated due date is a date about the patient: re-tag as PHI DATE
    lines[10] = L(8, 412, "d@FPP D@" + ("12/11/2024" if v == 0 else "08/06/2025"), 12, "mono", Y)
    h = dict(PatientName=p["hname"], PatientID=p["nhc"].split("@")[1], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName=p["hinst"], PatientSex="F", ReferringPhysicianName="",
             Manufacturer="GE Healthcare", ManufacturerModelName="Voluson E8")
    return Spec(f"g05_us_es_{v}", "g05_us_es", "US", SOP["US"], 480, 640, "rgb", h, lines, bg_us(seed=51 + v),
                notes="US OB RGB, Spanish, DNI with valid letter (not in header), accents")


def g06_us_it_cine(v):
    """US cine multi-frame RGB, Italian, codice fiscale, frame counter changes per frame."""
    p = [dict(name="P@Sig.ra P@BIANCHI P@Francesca", hname="BIANCHI^FRANCESCA",
              cf=ids.codice_fiscale("BNCFNC78E52F205"),
              nasc="12/05/1978", hdob="19780512", sd="05/11/2024", hsd="20241105",
              osp=tagall("H", "Ospedale San Gerardo") + " - " + tagall("L", "Monza"), hinst="ASST MONZA",
              med="S@dott. S@Colombo"),
         dict(name="P@Sig. P@DELL'ACQUA P@Gianluca", hname="DELL'ACQUA^GIANLUCA",
              cf=ids.codice_fiscale("DLLGLC63A01H501"),
              nasc="01/01/1963", hdob="19630101", sd="14/03/2024", hsd="20240314",
              osp=tagall("H", "Policlinico Umberto Primo") + " - " + tagall("L", "Roma"), hinst="POLICLINICO UMBERTO I",
              med="S@dott.ssa S@Esposito")][v]
    nf = 6
    lines = [
        L(8, 6, p["osp"], 11, "sans", W),
        L(8, 20, p["name"], 11, "sans", W),
        L(8, 34, f"CF: I@{p['cf']}", 11, "mono", W),
        L(8, 48, f"Nato/a: D@{p['nasc']}", 11, "sans", W),
        L(632, 6, f"D@{p['sd']} T@15:27", 11, "sans", W, anchor_right=True),
        L(632, 20, "d@L12-3 d@Tiroide", 11, "sans", W, anchor_right=True),
        L(632, 34, "d@IM d@1.1 d@ITm d@0.2", 11, "sans", G, anchor_right=True),
        L(632, 48, "d@EPIQ d@7G", 11, "sans", W, anchor_right=True),
        L(8, 430, "d@2D d@Gn d@62% d@C d@55 d@P d@Off", 11, "sans", W),
        L(8, 446, "d@Prof. d@4.0cm d@FR d@31Hz", 11, "sans", W),
        L(8, 462, "Refertante: " + p["med"], 10, "sans", GR),
    ]
    for fi in range(nf):
        lines.append(L(632, 462, f"d@Frame d@{fi + 1}/{nf}", 11, "sans", W, frames=[fi], anchor_right=True))
    h = dict(PatientName=p["hname"], PatientID=p["cf"], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName=p["hinst"], PatientSex="F" if v == 0 else "M", ReferringPhysicianName="",
             Manufacturer="Philips", ManufacturerModelName="EPIQ 7G")
    return Spec(f"g06_us_it_cine_{v}", "g06_us_it_cine", "US", SOP["US_MF"], 480, 640, "rgb_mf", h, lines,
                bg_us(seed=61 + v), frames=nf,
                notes="US cine 6 frames RGB, Italian, codice fiscale (valid check char), per-frame counter")


def g07_us_nl_jpeg(v):
    """US JPEG baseline YBR_FULL_422 (single + multi-frame), Dutch, BSN."""
    p = [dict(name="P@van P@der P@Berg, P@Pieter P@J.", hname="Berg^Pieter^J^van der", bsn=ids.bsn("11102209"),
              geb="23-08-1975", hdob="19750823", sd="2024-06-11", hsd="20240611",
              zh=tagall("H", "Ziekenhuis Gelderse Vallei"),
              pid="I@Z3318470", echo="S@M. S@de S@Vries-Bakker"),
         dict(name="P@de P@Jong-Visser, P@Anneke", hname="Jong-Visser^Anneke^^^de", bsn=ids.bsn("23456789"),
              geb="02-02-1990", hdob="19900202", sd="2024-10-29", hsd="20241029", zh=tagall("H", "Maasstad Ziekenhuis"),
              pid="I@7012288", echo="S@R. S@Hoekstra")][v]
    nf = 1 if v == 0 else 4
    lines = [
        L(6, 6, p["zh"], 12, "sans", W),
        L(6, 22, p["name"], 12, "sans", W),
        L(6, 38, f"Geb.: D@{p['geb']} BSN: I@{p['bsn']}", 12, "sans", W),
        L(6, 54, f"Pat.nr: {p['pid']}", 12, "sans", W),
        L(794, 6, f"D@{p['sd']} T@08:55:02", 12, "sans", W, anchor_right=True),
        L(794, 22, "d@ACUSON d@Sequoia d@VA30", 12, "sans", W, anchor_right=True),
        L(794, 38, "d@5C1 d@Abdomen d@Lever", 12, "sans", W, anchor_right=True),
        L(794, 54, "d@MI d@1.3 d@TIB d@0.4", 12, "sans", C, anchor_right=True),
        L(6, 540, "d@B d@4.0MHz d@Gain d@0dB d@DR d@60", 12, "sans", W),
        L(6, 556, "d@Dist d@A d@12.4 d@mm d@Dist d@B d@8.1 d@mm", 12, "mono", Y),
        L(6, 578, "Echografist: " + p["echo"], 11, "sans", GR),
        L(720, 578, "d@18 d@cm", 12, "sans", W),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["pid"].split("@")[1], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName=" ".join(w.split("@")[1] for w in p["zh"].split()), PatientSex="M" if v == 0 else "F",
             ReferringPhysicianName="", Manufacturer="Siemens Healthineers", ManufacturerModelName="ACUSON Sequoia")
    return Spec(f"g07_us_nl_jpeg_{v}", "g07_us_nl_jpeg", "US", SOP["US"] if nf == 1 else SOP["US_MF"], 600, 800,
                "jpeg_ybr", h, lines, bg_us(seed=71 + v, top=70), frames=nf,
                notes="US JPEG Baseline YBR_FULL_422, Dutch, BSN (11-proef valid), tussenvoegsels")


def g08_xa_se(v):
    """XA multi-frame 8-bit grayscale, Swedish personnummer."""
    p = [dict(name="P@Lindqvist, P@Karl-Erik", hname="Lindqvist^Karl-Erik", pnr=ids.personnummer("19520317", "238"),
              sd="2024-02-08", hsd="20240208", sjh=tagall("H", "Södersjukhuset"), op="Op: S@Å. S@Sjöberg"),
         dict(name="P@ÅSTRÖM P@MAJA-LENA", hname="Astrom^Maja-Lena", pnr=ids.personnummer("19640929", "462"),
              sd="2024-12-03", hsd="20241203", sjh=tagall("H", "Norrlands universitetssjukhus"),
              op="Op: S@P. S@Nyberg")][v]
    nf = 4
    lines = [
        L(6, 4, p["name"], 11, "sans", 0.95),
        L(6, 18, f"I@{p['pnr']}", 11, "sans", 0.95),
        L(6, 32, p["sjh"], 11, "sans", 0.95),
        L(506, 4, f"D@{p['sd']}", 11, "sans", 0.95, anchor_right=True),
        L(506, 18, "d@LAO d@30 d@CRA d@20", 11, "sans", 0.95, anchor_right=True),
        L(506, 32, "d@15 d@f/s d@Coro d@Left", 11, "sans", 0.95, anchor_right=True),
        L(6, 480, "d@kV d@78 d@mA d@612 d@ms d@6.4", 11, "sans", 0.95),
        L(6, 494, "d@Zoom d@1.0 d@FD d@20 d@cm", 11, "sans", 0.95),
        L(506, 494, p["op"], 10, "cond", 0.8, anchor_right=True),
    ]
    for fi in range(nf):
        lines.append(L(506, 480, f"d@{fi + 1}/{nf}", 11, "sans", 0.95, frames=[fi], anchor_right=True))
    h = dict(PatientName=p["hname"], PatientID=p["pnr"].replace("-", ""), StudyDate=p["hsd"],
             PatientBirthDate=p["pnr"][:8], InstitutionName="", PatientSex="M" if v == 0 else "F",
             ReferringPhysicianName="", OperatorsName="", Manufacturer="Philips", ManufacturerModelName="Azurion 7")
    return Spec(f"g08_xa_se_{v}", "g08_xa_se", "XA", SOP["XA"], 512, 512, "gray8_mf", h, lines,
                bg_anatomy(seed=81 + v, lo=0.1, hi=0.7), frames=nf,
                notes="XA 4 frames 8-bit, Swedish personnummer (Luhn valid), unlabeled name/ID, å/ö")


def g09_nm_cn(v):
    """NM whole body bone scan, China (pinyin), resident ID."""
    p = [dict(name="P@WANG P@Xiaoming", hname="WANG^XIAOMING", rid=ids.china_id("11010519800312451"), age="44Y",
              sd="2024.03.15", hsd="20240315", hosp=tagall("H", "Beijing Xuanwu Hospital"), hinst="XUANWU HOSP",
              tech="S@Li S@Na"),
         dict(name="P@OUYANG P@Mei-Ling", hname="OUYANG^MEILING", rid=ids.china_id("44030619920704302"), age="32Y",
              sd="2024.07.22", hsd="20240722", hosp=tagall("H", "Shenzhen Nanshan People's Hospital"),
              hinst="SZ NANSHAN",
              tech="S@Zhao S@Lei")][v]
    lines = [
        L(8, 6, p["hosp"], 13, "sans", 0.95),
        L(8, 24, f"Name: {p['name']} Age: {p['age']} Sex: M" if v == 0 else f"Name: {p['name']} Age: {p['age']} Sex: F",
          13, "sans", 0.95),
        L(8, 42, f"ID: I@{p['rid']}", 13, "mono", 0.95),
        L(8, 60, f"Date: D@{p['sd']}", 13, "sans", 0.95),
        L(100, 100, "d@ANT", 16, "bold", 0.95), L(350, 100, "d@POST", 16, "bold", 0.95),
        L(8, 960, "d@Tc-99m d@MDP d@740 d@MBq d@3h d@p.i.", 13, "sans", 0.95),
        L(8, 978, "d@Scan d@speed d@15 d@cm/min d@LEHR", 13, "sans", 0.95),
        L(8, 996, "d@Symbia d@Intevo d@Bold d@VB22", 13, "sans", 0.95),
        L(504, 996, "Tech: " + p["tech"], 12, "sans", 0.8, anchor_right=True),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["rid"], StudyDate=p["hsd"], InstitutionName=p["hinst"],
             PatientAge="044Y" if v == 0 else "032Y", PatientSex="M" if v == 0 else "F", ReferringPhysicianName="",
             Manufacturer="SIEMENS NM", ManufacturerModelName="Symbia Intevo Bold")

    def bg(rows, cols, fi):
        a = np.zeros((rows, cols), np.float32)
        for cx in (130, 380):
            part = bg_anatomy(seed=91 + v, lo=0, hi=0.7)(rows, 200, fi)
            a[:, cx - 100:cx + 100] = np.maximum(a[:, cx - 100:cx + 100],
                                                 part * (np.abs(np.mgrid[0:rows, 0:200][1] - 100) < 70))
        return a
    return Spec(f"g09_nm_cn_{v}", "g09_nm_cn", "NM", SOP["NM"], 1024, 512, "gray16", h, lines, bg,
                notes="NM whole body 16-bit, Chinese pinyin names, 18-digit resident ID with ISO 7064 check, "
                      "yyyy.mm.dd")


def g10_sc_dose_us(v):
    """Secondary capture CT dose report page (RGB, white background), lower-case name."""
    p = [dict(name="P@o'brien, P@sean P@patrick", hname="O'BRIEN^SEAN^PATRICK", acc="I@RAD-2024-0081934",
              mrn="I@E1193027", dob="1948-10-02", hdob="19481002", sd="2024-01-17", hsd="20240117",
              ref="S@Dr. S@Ramírez-Ortega, S@Elena", hosp=tagall("H", "Mercy Valley Hospital"), loc="L@Fresno, L@CA"),
         dict(name="P@tanaka-reyes, P@hiroko", hname="TANAKA-REYES^HIROKO", acc="I@0071286534", mrn="I@MV00412236",
              dob="1931-05-27", hdob="19310527", sd="2024-08-05", hsd="20240805",
              ref="S@Dr. S@Abernathy, S@Colin", hosp=tagall("H", "Granite Peak Medical Center"),
              loc="L@Bozeman, L@MT")][v]
    k = (0, 0, 0)
    lines = [
        L(20, 14, "d@Dose d@Report", 20, "bold", k),
        L(20, 44, f"Patient: {p['name']}", 14, "sans", k),
        L(20, 64, f"MRN: {p['mrn']} DOB: D@{p['dob']}", 14, "sans", k),
        L(20, 84, f"Accession: {p['acc']}", 14, "sans", k),
        L(20, 104, f"Exam Date: D@{p['sd']} Referring: {p['ref']}", 14, "sans", k),
        L(20, 124, f"{p['hosp']} {p['loc']}", 14, "sans", k),
        L(20, 164, "d@Series d@Type d@Scan d@Range d@(mm) d@CTDIvol d@(mGy) d@DLP d@(mGy-cm) d@Phantom", 13, "sans", k),
        L(20, 184, "d@1 d@Scout d@- d@- d@- d@-", 13, "sans", k),
        L(20, 204, "d@2 d@Helical d@I12.500-I402.750 d@8.41 d@341.77 d@Body d@32", 13, "sans", k),
        L(20, 224, "d@3 d@Helical d@S45.250-I380.250 d@9.02 d@398.20 d@Body d@32", 13, "sans", k),
        L(20, 254, "d@Total d@Exam d@DLP: d@739.97", 13, "bold", k),
        L(20, 274, "d@1/1", 13, "sans", k),
        L(20, 300, "d@Revolution d@CT d@ES d@sw d@27MW19.8", 11, "sans", (90, 90, 90)),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["mrn"][2:], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             AccessionNumber=p["acc"][2:], InstitutionName="", ReferringPhysicianName="",
             Manufacturer="GE MEDICAL SYSTEMS", ManufacturerModelName="Revolution CT")
    if v == 1:
        h["PatientAge"] = "093Y"
        lines.append(L(520, 64, "Age: A@93Y", 14, "sans", k))
    return Spec(f"g10_sc_dose_us_{v}", "g10_sc_dose_us", "CT", SOP["SC"], 340, 800, "rgb", h, lines, bg_white_rgb(0.98),
                notes="Dose report screen capture, lower-case names, many numeric device words, age over 89")


def g11_mr_br(v):
    """MR Philips-like, Brazilian Portuguese, CPF, address."""
    p = [dict(name="P@João P@Pedro P@Araújo P@dos P@Santos", hname="ARAUJO DOS SANTOS^JOAO PEDRO",
              cpf=ids.cpf("529982247"),
              nasc="02/05/1988", hdob="19880502", sd="16/04/2024", hsd="20240416",
              hosp=tagall("H", "Hospital Santa Luzia"), addr=tagall("L", "Rua Voluntários da Pátria, 1420 - Botafogo"),
              rg="Prontuário: I@884120-3", tec="Téc.: S@Jéssica S@Moura"),
         dict(name="P@Ana P@Beatriz P@Conceição", hname="CONCEICAO^ANA BEATRIZ", cpf=ids.cpf("111444777"),
              nasc="30/09/1955", hdob="19550930", sd="02/10/2024", hsd="20241002",
              hosp=tagall("H", "Santa Casa de Misericórdia"), addr=tagall("L", "Av. Getúlio Vargas, 88 - Centro"),
              rg="Prontuário: I@0410072", tec="Téc.: S@Wellington S@Sá")][v]
    lines = [
        L(6, 5, p["name"], 10, "sans", 0.95),
        L(6, 18, f"CPF: I@{p['cpf']}", 10, "sans", 0.95),
        L(6, 31, p["rg"], 10, "sans", 0.95),
        L(6, 44, f"Nasc.: D@{p['nasc']}", 10, "sans", 0.95),
        L(378, 5, p["hosp"], 10, "sans", 0.95, anchor_right=True),
        L(378, 18, p["addr"], 8, "sans", 0.8, anchor_right=True),
        L(378, 31, f"D@{p['sd']}", 10, "sans", 0.95, anchor_right=True),
        L(378, 44, "d@Ingenia d@3.0T d@R5.7", 10, "sans", 0.95, anchor_right=True),
        L(6, 330, "d@Joelho d@D d@PD d@SPAIR d@SAG", 10, "sans", 0.95),
        L(6, 343, "d@TR/TE: d@3200/30 d@ETL d@12", 10, "sans", 0.95),
        L(6, 356, "d@Esp: d@3.0mm d@NSA d@2", 10, "sans", 0.95),
        L(6, 369, p["tec"], 9, "cond", 0.8),
        L(378, 356, "d@WW: d@1320 d@WL: d@640", 10, "sans", 0.95, anchor_right=True),
        L(378, 369, "d@Img d@14/28 d@Se d@401", 10, "sans", 0.95, anchor_right=True),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["rg"].split("@")[1], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName=" ".join(w.split("@")[1] for w in p["hosp"].split()), PatientSex="M" if v == 0 else "F",
             ReferringPhysicianName="", Manufacturer="Philips", ManufacturerModelName="Ingenia")
    return Spec(f"g11_mr_br_{v}", "g11_mr_br", "MR", SOP["MR"], 384, 384, "gray16", h, lines,
                bg_anatomy(seed=111 + v, lo=0.0, hi=0.6),
                notes="MR small 10px/8px fonts, Brazilian Portuguese, CPF (valid), address, four-word names")


def g12_ct_scout_au(v):
    """CT topogram, Australia, Medicare, small mono font, split banner."""
    p = [dict(last="P@O'CONNOR", first="P@Liam", title="Mr", mc=ids.medicare_au("29503871", "1"), dob="3 Jan 1970",
              hdob="19700103", ur="I@UR00918273", sd="11 Mar 2024", hsd="20240311",
              hosp=tagall("H", "Royal Darling Downs Hospital"), sub=tagall("L", "Toowoomba QLD 4350")),
         dict(last="P@NGATA-WHITE", first="P@Aroha", title="Ms", mc=ids.medicare_au("42617302", "3"), dob="19 Sep 1983",
              hdob="19830919", ur="I@0776152", sd="27 Jun 2024", hsd="20240627",
              hosp=tagall("H", "Bayside Private Hospital"), sub=tagall("L", "Frankston VIC 3199"))][v]
    lines = [
        L(6, 4, f"{p['title']} {p['first']} {p['last']}", 9, "mono", 0.9),
        L(6, 15, f"{p['ur']} DOB D@{p['dob'].split()[0]} D@{p['dob'].split()[1]} D@{p['dob'].split()[2]}", 9, "mono",
          0.9),
        L(300, 4, "Medicare " + tagall("I", p["mc"]), 9, "mono", 0.9),
        L(300, 15, p["hosp"], 9, "mono", 0.9),
        L(300, 26, p["sub"], 9, "mono", 0.9),
        L(6, 26, f"D@{p['sd'].split()[0]} D@{p['sd'].split()[1]} D@{p['sd'].split()[2]} T@14:22", 9, "mono", 0.9),
        L(6, 480, "d@Topogram d@0.6 d@T20f d@120kV d@35mA", 9, "mono", 0.9),
        L(6, 491, "d@SOMATOM d@go.Top d@Syngo d@CT d@VA40A", 9, "mono", 0.9),
        L(506, 480, "d@TI d@4.6 d@s d@Length d@512mm", 9, "mono", 0.9, anchor_right=True),
        L(506, 491, "d@W d@256 d@C d@50", 9, "mono", 0.9, anchor_right=True),
        L(240, 60, "d@HFS", 9, "mono", 0.9),
    ]
    h = dict(PatientName=f"{p['last'][2:]}^{p['first'][2:]}", PatientID=p["ur"][2:], PatientBirthDate=p["hdob"],
             StudyDate=p["hsd"], InstitutionName="", PatientSex="M" if v == 0 else "F", ReferringPhysicianName="",
             Manufacturer="SIEMENS", ManufacturerModelName="SOMATOM go.Top")
    return Spec(f"g12_ct_scout_au_{v}", "g12_ct_scout_au", "CT", SOP["CT"], 512, 512, "gray16s", h, lines,
                bg_anatomy(seed=121 + v, lo=0.0, hi=0.7),
                notes="CT topogram, 9px mono, Australian Medicare (valid check), D Mon YYYY split into tokens")


def g13_mg_ca(v):
    """Mammography, Canada (bilingual), OHIP, technologist initials."""
    p = [dict(name="P@TREMBLAY, P@Geneviève", hname="TREMBLAY^GENEVIEVE", hc=ids.ohip("450123761"), vc="AK",
              dob="1967/08/19", hdob="19670819", sd="2024/05/06", hsd="20240506",
              hosp=tagall("H", "Hôpital Montfort"), tech="S@MLB", view="L CC"),
         dict(name="P@MacDONALD-SINGH, P@Priya", hname="MACDONALD-SINGH^PRIYA", hc=ids.ohip("702218954"), vc="QZ",
              dob="1972/01/31", hdob="19720131", sd="2024/09/23", hsd="20240923",
              hosp=tagall("H", "Thunder Bay Regional Health Sciences Centre"), tech="S@JKW", view="R MLO")][v]
    lines = [
        L(20, 14, p["name"], 18, "sans", 0.95),
        L(20, 38, f"HC/CS: I@{p['hc']} I@{p['vc']}", 16, "sans", 0.95),
        L(20, 60, f"DOB/DDN: D@{p['dob']}", 16, "sans", 0.95),
        L(20, 82, p["hosp"], 16, "sans", 0.95),
        L(20, 104, f"D@{p['sd']} Tech: {p['tech']}", 16, "sans", 0.95),
        L(640, 20, " ".join("d@" + w for w in p["view"].split()), 36, "bold", 1.0),
        L(20, 1100, "d@28kV d@64mAs d@W/Rh d@Force d@92N d@Thick d@52mm", 15, "sans", 0.95),
        L(20, 1122, "d@AGD d@1.34 d@mGy d@Selenia d@Dimensions d@1.11", 15, "sans", 0.95),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["hc"].replace("-", ""), PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName="", PatientSex="F", ReferringPhysicianName="", OperatorsName="",
             Manufacturer="HOLOGIC, Inc.", ManufacturerModelName="Selenia Dimensions")

    def bg(rows, cols, fi):
        y, x = np.mgrid[0:rows, 0:cols]
        br = np.clip(1.0 - np.sqrt(((x - (0 if v == 0 else cols)) / (cols * 0.6)) ** 2
                                   + ((y - rows / 2) / (rows * 0.42)) ** 2), 0, 1)
        rng = np.random.default_rng(131 + v)
        return np.clip(br * (0.55 + 0.15 * np.sin(x / 11.0 + y / 17.0)) + rng.normal(0, 0.02, br.shape), 0, 1) * 0.9
    return Spec(f"g13_mg_ca_{v}", "g13_mg_ca", "MG", SOP["MG"], 1160, 900, "gray12", h, lines, bg,
                notes="Mammography, Canadian bilingual labels, OHIP health card (Luhn) + version code, tech initials")


def g14_io_in(v):
    """Dental panoramic / intraoral, India, Aadhaar, age."""
    p = [dict(name="P@Priya P@Venkataraman", hname="VENKATARAMAN^PRIYA", aad=ids.aadhaar("23451234123"),
              opd="OPD I@2024/118734", sd="15-03-2024", hsd="20240315",
              clinic=tagall("H", "Sri Ramachandra Dental College"),
              city=tagall("L", "Porur, Chennai"), dr="S@Dr. S@K. S@Subramaniam"),
         dict(name="P@Mohd. P@Irfan P@Qureshi", hname="QURESHI^MOHD IRFAN", aad=ids.aadhaar("48902213377"),
              opd="OPD I@24-77120", sd="02-08-2024", hsd="20240802", clinic=tagall("H", "Smile Care Dental Clinic"),
              city=tagall("L", "Aminabad, Lucknow"), dr="S@Dr. S@Neha S@Srivastava")][v]
    lines = [
        L(10, 8, p["clinic"], 14, "bold", 0.95),
        L(10, 28, p["city"], 12, "sans", 0.9),
        L(10, 46, f"Patient: {p['name']} ({'F' if v == 0 else 'M'}/{34 if v == 0 else 51})", 12, "sans", 0.95),
        L(10, 64, "Aadhaar: " + tagall("I", p["aad"]) + " " + p["opd"], 12, "sans", 0.95),
        L(10, 82, f"Date: D@{p['sd']} Doctor: {p['dr']}", 12, "sans", 0.95),
        L(10, 480, "d@PAN d@Standard d@Adult d@M d@70kV d@10mA d@14.1s", 12, "sans", 0.95),
        L(10, 498, "d@Planmeca d@ProMax d@2D d@Romexis d@6.2", 12, "sans", 0.95),
        L(440, 150, "d@R", 20, "bold", 0.95), L(560, 150, "d@L", 20, "bold", 0.95),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["opd"].split("@")[1], StudyDate=p["hsd"], InstitutionName="",
             PatientSex="F" if v == 0 else "M", ReferringPhysicianName="", Manufacturer="Planmeca",
             ManufacturerModelName="ProMax")

    def bg(rows, cols, fi):
        y, x = np.mgrid[0:rows, 0:cols]
        arch = np.exp(-((y - (200 + 0.0009 * (x - cols / 2) ** 2)) / 60.0) ** 2)
        teeth = 0.5 + 0.5 * (np.sin(x / 9.0) > 0)
        rng = np.random.default_rng(141 + v)
        return np.clip(0.15 + 0.55 * arch * teeth + rng.normal(0, 0.02, arch.shape), 0, 1)
    return Spec(f"g14_io_in_{v}", "g14_io_in", "PX", SOP["DX"], 520, 1000, "gray8", h, lines, bg,
                notes="Dental panoramic 8-bit, India, Aadhaar (Verhoeff valid), dd-mm-yyyy, name with honorific")


def g15_es_pl(v):
    """Endoscopy VL photo RGB, Polish, PESEL."""
    p = [dict(name="P@Kowalczyk-Nowak P@Anna", hname="KOWALCZYK-NOWAK^ANNA", pesel=ids.pesel("7203150456"),
              ur="15.03.1972", sd="2024-04-09", szp=tagall("H", "Szpital Wojewódzki w Poznaniu"),
              lek="S@dr S@Wiśniewski"),
         dict(name="P@Grzegorz P@Brzęczyszczykiewicz", hname="BRZECZYSZCZYKIEWICZ^GRZEGORZ",
              pesel=ids.pesel("5811270817"),
              ur="27.11.1958", sd="2024-10-14", szp=tagall("H", "Centrum Medyczne Żelazna"),
              lek="S@lek. S@Zielińska")][v]
    lines = [
        L(8, 8, p["name"], 14, "sans", W),
        L(8, 28, f"PESEL: I@{p['pesel']}", 14, "sans", W),
        L(8, 48, f"ur. D@{p['ur']}", 14, "sans", W),
        L(632, 8, p["szp"], 13, "sans", W, anchor_right=True),
        L(632, 28, f"D@{p['sd']} T@10:31:55", 13, "sans", W, anchor_right=True),
        L(8, 430, "d@OLYMPUS d@CV-190 d@GIF-HQ190", 12, "sans", W),
        L(8, 448, "d@Eh:A5 d@Ce:3 d@NBI", 12, "sans", W),
        L(632, 448, p["lek"], 12, "sans", W, anchor_right=True),
        L(480, 400, "d@Gastroskopia", 12, "sans", W),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["pesel"], StudyDate=p["sd"].replace("-", ""),
             PatientBirthDate="", InstitutionName="", PatientSex="F" if v == 0 else "M", ReferringPhysicianName="",
             Manufacturer="OLYMPUS", ManufacturerModelName="CV-190")
    return Spec(f"g15_es_pl_{v}", "g15_es_pl", "ES", SOP["VL"], 480, 640, "rgb", h, lines, bg_photo(seed=151 + v),
                notes="Endoscopy photo RGB, Polish names with diacritics, PESEL (valid), no birth date in header")


def g16_rf_us(v):
    """Fluoroscopy (RF) 8-bit JPEG grayscale, USA, SSN, unlabeled name over anatomy, grey on grey."""
    p = [dict(name="P@HERNANDEZ, P@ROSA P@M", hname="HERNANDEZ^ROSA^M", ssn="SSN I@531-44-9087", dob="7/4/1952",
              hdob="19520704", mrn="I@00418827", sd="4/18/2024", hsd="20240418",
              fac=tagall("H", "Desert Springs Imaging")),
         dict(name="P@St. P@Pierre, P@Jean-Baptiste", hname="ST PIERRE^JEAN-BAPTISTE", ssn="SS# I@604-12-7735",
              dob="12/25/1940", hdob="19401225", mrn="I@MRN7720031", sd="11/6/2024", hsd="20241106",
              fac=tagall("H", "Bayou Parish Medical Center"))][v]
    g = 0.72
    lines = [
        L(150, 150, p["name"], 14, "sans", g),
        L(150, 168, f"{p['mrn']} D@{p['dob']}", 14, "sans", g),
        L(150, 186, p["ssn"], 14, "sans", g),
        L(8, 8, p["fac"], 13, "sans", 0.85),
        L(8, 24, f"D@{p['sd']}", 13, "sans", 0.85),
        L(504, 8, "d@UGI d@Series d@Barium", 13, "sans", 0.85, anchor_right=True),
        L(504, 480, "d@Fluoro d@Time d@2.3 d@min", 12, "sans", 0.85, anchor_right=True),
        L(504, 494, "d@DAP d@12.4 d@Gy·cm²", 12, "sans", 0.85, anchor_right=True),
        L(8, 480, "d@73 d@kV d@1.8 d@mA d@Pulse d@7.5", 12, "sans", 0.85),
        L(8, 494, "d@Luminos d@dRF d@Max", 12, "sans", 0.85),
        L(260, 300, "d@LPO", 14, "bold", g),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["mrn"][2:], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName="", PatientSex="F" if v == 0 else "M", ReferringPhysicianName="",
             Manufacturer="Siemens", ManufacturerModelName="Luminos dRF Max")
    return Spec(f"g16_rf_us_{v}", "g16_rf_us", "RF", SOP["RF"], 512, 512, "jpeg_gray", h, lines,
                bg_anatomy(seed=161 + v, lo=0.3, hi=0.75, floor=0.45),
                notes="RF JPEG Baseline gray, name/MRN/SSN over anatomy grey on grey, m/d/yyyy, no labels")


def g17_ct_no(v):
    """CT, Norwegian, labels far from values (table layout), banner split in two halves."""
    p = [dict(name="P@Bjørnstad-Haugen, P@Ingrid P@Marie", hname="Bjornstad-Haugen^Ingrid Marie",
              fnr=ids.fnr("120364493"),
              sd="04.04.2024", hsd="20240404", syk=tagall("H", "Haukeland universitetssjukehus"), hinst="HUS",
              hen="S@Dr. S@Tor S@Østby", radiograf="S@Eirik S@Lunde"),
         dict(name="P@SOLBERG, P@Ole P@Kristian", hname="SOLBERG^OLE KRISTIAN", fnr=ids.fnr("030947494"),
              sd="19.09.2024", hsd="20240919", syk=tagall("H", "Sykehuset Innlandet Gjøvik"), hinst="SI GJOVIK",
              hen="S@Dr. S@Kari S@Aasen", radiograf="S@Siri S@Dahl")][v]
    lines = [
        L(8, 8, "Navn:", 11, "sans", 0.9), L(150, 8, p["name"], 11, "sans", 0.9),
        L(8, 22, "Fødselsnr:", 11, "sans", 0.9), L(150, 22, tagall("I", p["fnr"]), 11, "sans", 0.9),
        L(8, 36, "Rekvirent:", 11, "sans", 0.9), L(150, 36, p["hen"], 11, "sans", 0.9),
        L(8, 50, "Radiograf:", 11, "sans", 0.9), L(150, 50, p["radiograf"], 11, "sans", 0.9),
        L(8, 64, "Dato:", 11, "sans", 0.9), L(150, 64, f"D@{p['sd']}", 11, "sans", 0.9),
        L(504, 8, p["syk"], 11, "sans", 0.9, anchor_right=True),
        L(504, 22, "d@CT d@Thorax d@m/kontrast", 11, "sans", 0.9, anchor_right=True),
        L(504, 36, "d@Serie d@4 d@Bilde d@112", 11, "sans", 0.9, anchor_right=True),
        L(8, 480, "d@120 d@kV d@Eff. d@mAs d@87 d@CTDIvol d@5.9 d@mGy", 11, "sans", 0.9),
        L(8, 494, "d@Snitt d@1.0 d@mm d@Br40 d@Aquilion d@ONE", 11, "sans", 0.9),
        L(504, 494, "d@V: d@1500 d@N: d@-600", 11, "sans", 0.9, anchor_right=True),
        L(250, 80, "A", 12, "sans", 0.9), L(30, 250, "H", 12, "sans", 0.9), L(470, 250, "V", 12, "sans", 0.9),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["fnr"].replace(" ", ""), StudyDate=p["hsd"],
             PatientBirthDate="", InstitutionName=p["hinst"], PatientSex="F" if v == 0 else "M",
             ReferringPhysicianName="", Manufacturer="Canon Medical Systems", ManufacturerModelName="Aquilion ONE")
    return Spec(f"g17_ct_no_{v}", "g17_ct_no", "CT", SOP["CT"], 512, 512, "gray16s", h, lines,
                bg_anatomy(seed=171 + v, lo=0.0, hi=0.7),
                notes="CT Norwegian, labels in a column 150 px away from values, fødselsnummer (valid) split 6+5")


def g18_dxa_tr(v):
    """Bone densitometry report SC RGB, Turkish, TC kimlik."""
    p = [dict(name="P@YILMAZ, P@Ayşe P@Gül", hname="YILMAZ^AYSE GUL", tc=ids.tckn("384720915"), dt="14.06.1953",
              hdob="19530614", sd="22.02.2024", hsd="20240222", hst=tagall("H", "Ege Üniversitesi Tıp Fakültesi"),
              addr=tagall("L", "Bornova / İzmir"), tek="S@Tekn. S@Emre S@Doğan"),
         dict(name="P@ÇELİK P@Mehmet P@Ali", hname="CELIK^MEHMET ALI", tc=ids.tckn("502837164"), dt="01.09.1949",
              hdob="19490901", sd="30.07.2024", hsd="20240730", hst=tagall("H", "Hacettepe Üniversitesi Hastanesi"),
              addr=tagall("L", "Sıhhiye / Ankara"), tek="S@Tekn. S@Büşra S@Kaya")][v]
    k = (20, 20, 20)
    lines = [
        L(16, 12, p["hst"], 14, "bold", k),
        L(16, 32, p["addr"], 12, "sans", k),
        L(16, 60, f"Hasta Adı: {p['name']}", 13, "sans", k),
        L(16, 80, f"T.C. Kimlik No: I@{p['tc']}", 13, "sans", k),
        L(16, 100, f"Doğum Tarihi: D@{p['dt']}", 13, "sans", k),
        L(400, 60, f"Çekim Tarihi: D@{p['sd']}", 13, "sans", k),
        L(400, 80, "Boy: d@162 d@cm Kilo: d@71 d@kg", 13, "sans", k),
        L(400, 100, p["tek"], 13, "sans", k),
        L(16, 140, "d@Bölge d@BMD d@(g/cm²) d@T-skor d@Z-skor", 13, "bold", k),
        L(16, 160, "d@L1 d@0.842 d@-2.1 d@-0.9", 13, "mono", k),
        L(16, 180, "d@L2 d@0.871 d@-2.4 d@-1.1", 13, "mono", k),
        L(16, 200, "d@L1-L4 d@0.866 d@-2.3 d@-1.0", 13, "mono", k),
        L(16, 220, "d@Femur d@Boyun d@0.701 d@-1.9 d@-0.6", 13, "mono", k),
        L(16, 250, "d@WHO d@Sınıflaması: d@Osteopeni", 13, "sans", k),
        L(16, 280, "d@Hologic d@Horizon d@A d@APEX d@5.6.0.4", 11, "sans", (100, 100, 100)),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["tc"], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName="", PatientSex="F" if v == 0 else "M", ReferringPhysicianName="",
             Manufacturer="HOLOGIC", ManufacturerModelName="Horizon A")
    return Spec(f"g18_dxa_tr_{v}", "g18_dxa_tr", "OT", SOP["SC"], 310, 720, "rgb", h, lines, bg_white_rgb(1.0),
                notes="DXA report SC RGB white, Turkish (ş ğ ı İ), TC kimlik no (valid), measurement table")


def g19_mr_sa(v):
    """Cardiac MR, Saudi Arabia (transliterated), national ID, Hijri + Gregorian dates."""
    p = [dict(name="P@Abdullah P@bin P@Khalid P@Al-Harbi", hname="AL-HARBI^ABDULLAH BIN KHALID",
              nid=ids.saudi("108723456"),
              mrn="I@0582214", dob="1401/03/12H", sd="2024-03-18", hsd="20240318",
              hosp=tagall("H", "King Fahad Medical City"), loc=tagall("L", "Riyadh"),
              ref="S@Dr. S@Faisal S@Al-Qahtani"),
         dict(name="P@Noura P@Al-Otaibi", hname="ALOTAIBI^NOURA", nid=ids.saudi("110456782"),
              mrn="I@KFSH-339120", dob="1409/11/02H", sd="2024-09-09", hsd="20240909",
              hosp=tagall("H", "Al-Noor Specialist Hospital"), loc=tagall("L", "Makkah"), ref="S@Dr. S@Huda S@Bakr")][v]
    lines = [
        L(6, 5, p["name"], 12, "sans", 1.0),
        L(6, 21, f"National ID: I@{p['nid']} MRN: {p['mrn']}", 12, "sans", 1.0),
        L(6, 37, f"DOB: D@{p['dob']}", 12, "sans", 1.0),
        L(6, 53, f"Ref: {p['ref']}", 11, "sans", 0.85),
        L(506, 5, p["hosp"], 12, "sans", 1.0, anchor_right=True),
        L(506, 21, p["loc"], 12, "sans", 1.0, anchor_right=True),
        L(506, 37, f"D@{p['sd']}", 12, "sans", 1.0, anchor_right=True),
        L(6, 460, "d@SA d@CINE d@bTFE d@BH d@25 d@phases", 12, "sans", 1.0),
        L(6, 476, "d@TR d@3.2 d@TE d@1.6 d@FA d@60 d@HR d@72", 12, "sans", 1.0),
        L(6, 492, "d@SLICE d@8mm d@Gap d@0 d@Achieva d@1.5T", 12, "sans", 1.0),
        L(506, 492, "d@WW d@812 d@WL d@398", 12, "sans", 1.0, anchor_right=True),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["mrn"][2:], OtherPatientIDs=p["nid"], StudyDate=p["hsd"],
             PatientBirthDate="", InstitutionName="", PatientSex="M" if v == 0 else "F", ReferringPhysicianName="",
             Manufacturer="Philips", ManufacturerModelName="Achieva")
    return Spec(f"g19_mr_sa_{v}", "g19_mr_sa", "MR", SOP["MR"], 512, 512, "gray12", h, lines,
                bg_anatomy(seed=191 + v, lo=0.0, hi=0.65),
                notes="Cardiac MR, Saudi, transliterated Arabic names with bin/Al-, national ID (Luhn), Hijri DOB")


def g20_cr_ch(v):
    """CR MONOCHROME1 8-bit, Swiss German/French, AHV number, low contrast over anatomy."""
    p = [dict(name="P@Zürcher-Meier, P@Urs", hname="Zuercher-Meier^Urs", ahv=ids.ahv("123456789"), dob="05.10.1944",
              hdob="19441005", sd="13.05.2024", hsd="20240513", ksp=tagall("H", "Kantonsspital Aarau"),
              pid="I@3009187", mtr="MTRA: S@N. S@Baumgartner"),
         dict(name="P@Rochat, P@Anne-Laure", hname="ROCHAT^ANNE-LAURE", ahv=ids.ahv("987654321"), dob="21.02.1980",
              hdob="19800221", sd="08.10.2024", hsd="20241008", ksp=tagall("H", "Hôpital de Sion"),
              pid="I@7700412", mtr="TRM: S@C. S@Favre")][v]
    g = 0.78
    lines = [
        L(30, 30, p["name"], 15, "sans", g),
        L(30, 50, f"AHV/AVS I@{p['ahv']}", 15, "sans", g),
        L(30, 70, f"D@{p['dob']} PID {p['pid']}", 15, "sans", g),
        L(500, 30, p["ksp"], 15, "sans", g),
        L(500, 50, f"D@{p['sd']}", 15, "sans", g),
        L(500, 70, p["mtr"], 13, "sans", g),
        L(30, 640, "d@Becken d@a.p. d@liegend", 15, "sans", g),
        L(30, 660, "d@77 d@kV d@16 d@mAs d@S d@245 d@L d@2.0", 15, "sans", g),
        L(500, 660, "d@Ysio d@Max d@VF10", 15, "sans", g),
        L(700, 200, "R", 30, "bold", 0.9),
    ]
    h = dict(PatientName=p["hname"], PatientID=p["pid"][2:], PatientBirthDate=p["hdob"], StudyDate=p["hsd"],
             InstitutionName="", PatientSex="M" if v == 0 else "F", ReferringPhysicianName="",
             Manufacturer="Siemens", ManufacturerModelName="Ysio Max")
    return Spec(f"g20_cr_ch_{v}", "g20_cr_ch", "CR", SOP["CR"], 700, 800, "mono1_8", h, lines,
                bg_anatomy(seed=201 + v, lo=0.2, hi=0.7, floor=0.5),
                notes="CR MONOCHROME1 8-bit, Swiss, AHV (EAN-13 valid), low-contrast grey text on grey")


GROUPS = [g01_ct_us, g02_mr_de, g03_cr_fr, g04_dx_uk, g05_us_es, g06_us_it_cine, g07_us_nl_jpeg, g08_xa_se, g09_nm_cn,
          g10_sc_dose_us, g11_mr_br, g12_ct_scout_au, g13_mg_ca, g14_io_in, g15_es_pl, g16_rf_us, g17_ct_no, g18_dxa_tr,
          g19_mr_sa, g20_cr_ch]


# The split drawn once (seed 16016, whole style groups) when the set was built; kept as a fixed
# list so that split.json is byte-identical to the frozen one (sha256 f232fe7e...deb92).
SPLIT_SEED = 16016
SPLIT_A = ["g01_ct_us", "g03_cr_fr", "g05_us_es", "g07_us_nl_jpeg", "g08_xa_se", "g11_mr_br", "g13_mg_ca",
           "g16_rf_us", "g18_dxa_tr", "g19_mr_sa"]


def write_split(out: Path, names: list[str]) -> None:
    groups = [g.__name__ for g in GROUPS]
    a = [g for g in groups if g in SPLIT_A]
    b = [g for g in groups if g not in SPLIT_A]
    images = {n: ("A" if n.rsplit("_", 1)[0] in SPLIT_A else "B") for n in sorted(names)}
    (out / "split.json").write_text(json.dumps(dict(seed=SPLIT_SEED, A=a, B=b, images=images), indent=1))


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "set")
    out.mkdir(parents=True, exist_ok=True)
    summary = []
    for g in GROUPS:
        for v in (0, 1):
            spec = g(v)
            truth = write(spec, out)
            phi = [t for t in truth if t["kind"] == "phi"]
            summary.append(dict(name=spec.name, group=spec.group, modality=spec.modality, kind=spec.kind,
                                phi=len(phi), phi_not_in_header=sum(not t["in_header"] for t in phi),
                                nonphi=sum(t["kind"] != "phi" for t in truth),
                                device=sum(t["kind"] == "device" for t in truth)))
            print(summary[-1])
    (out / "summary.json").write_text(json.dumps(summary, indent=1))
    write_split(out, [r["name"] for r in summary])


if __name__ == "__main__":
    main()
