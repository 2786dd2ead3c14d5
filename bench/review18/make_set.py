"""Review 18 blind set: ~40 synthetic DICOM images with burned-in text and word-level truth.

python make_set.py OUTDIR   (deterministic; every name, ID, date, address invented)
"""
from __future__ import annotations

import io
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, JPEGLSLossless, RLELossless

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = dict(sans="DejaVuSans.ttf", sansb="DejaVuSans-Bold.ttf", mono="DejaVuSansMono.ttf",
             monob="DejaVuSansMono-Bold.ttf", cond="DejaVuSansCondensed.ttf", condb="DejaVuSansCondensed-Bold.ttf",
             serif="DejaVuSerif.ttf", light="DejaVuSans-ExtraLight.ttf")
SOP = dict(CT="1.2.840.10008.5.1.4.1.1.2", MR="1.2.840.10008.5.1.4.1.1.4", CR="1.2.840.10008.5.1.4.1.1.1",
           DX="1.2.840.10008.5.1.4.1.1.1.1", US="1.2.840.10008.5.1.4.1.1.6.1", USMF="1.2.840.10008.5.1.4.1.1.3.1",
           XA="1.2.840.10008.5.1.4.1.1.12.1", RF="1.2.840.10008.5.1.4.1.1.12.2", NM="1.2.840.10008.5.1.4.1.1.20",
           PT="1.2.840.10008.5.1.4.1.1.128", SC="1.2.840.10008.5.1.4.1.1.7", MG="1.2.840.10008.5.1.4.1.1.1.2",
           OP="1.2.840.10008.5.1.4.1.1.77.1.5.1", XC="1.2.840.10008.5.1.4.1.1.77.1.4")
KIND = dict(n=("nonphi", "NONE"), d=("device", "NONE"), P=("phi", "PERSON"), S=("phi", "PERSON"),
            T=("phi", "PERSON"), I=("phi", "ID"), D=("phi", "DATE_TIME"), L=("phi", "LOCATION"),
            O=("phi", "ORGANIZATION"), F=("phi", "PHONE_NUMBER"))
UID_ROOT = "1.2.826.0.1.3680043.8.498."


def uid(tag):
    return pydicom.uid.generate_uid(prefix=UID_ROOT, entropy_srcs=["review18", tag])


# ---------------------------------------------------------------- check digits
def luhn(digits):
    s, dbl = 0, True
    for ch in reversed(digits):
        d = int(ch)
        if dbl:
            d *= 2
            d -= 9 if d > 9 else 0
        s += d
        dbl = not dbl
    return str((10 - s % 10) % 10)


def nhs(n9):
    s = sum(int(c) * w for c, w in zip(n9, range(10, 1, -1), strict=True))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, n9
    return n9 + str(c)


def bsn(n8):
    s = sum(int(c) * w for c, w in zip(n8, range(9, 1, -1), strict=True))
    c = s % 11
    assert c != 10, n8
    return n8 + str(c)


def pesel(n10):
    s = sum(int(c) * w for c, w in zip(n10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=True))
    return n10 + str((10 - s % 10) % 10)


def tckn(n9):
    d = [int(c) for c in n9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return n9 + str(d10) + str(d11)


def cpf(n9):
    d = [int(c) for c in n9]
    c1 = (sum(x * w for x, w in zip(d, range(10, 1, -1), strict=True)) * 10) % 11 % 10
    d.append(c1)
    c2 = (sum(x * w for x, w in zip(d, range(11, 1, -1), strict=True)) * 10) % 11 % 10
    s = n9 + str(c1) + str(c2)
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def dni(n8):
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


def snils(n9):
    s = sum(int(c) * w for c, w in zip(n9, range(9, 0, -1), strict=True))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c == 100 else c
    return f"{n9[:3]}-{n9[3:6]}-{n9[6:9]} {c:02d}"


def cnid(n17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return n17 + "10X98765432"[sum(int(c) * x for c, x in zip(n17, w, strict=True)) % 11]


def rrn(n12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(c) * x for c, x in zip(n12, w, strict=True)) % 11) % 10
    return f"{n12[:6]}-{n12[6:]}{c}"


def medicare(n8, issue="1"):
    c = sum(int(c) * x for c, x in zip(n8, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    s = n8 + str(c) + issue
    return f"{s[:4]} {s[4:9]} {s[9]}"


def nir(n13):
    return f"{n13[0]} {n13[1:3]} {n13[3:5]} {n13[5:7]} {n13[7:10]} {n13[10:13]} {97 - int(n13) % 97:02d}"


def pnr(yymmddnnn):
    return f"{yymmddnnn[:6]}-{yymmddnnn[6:]}{luhn(yymmddnnn)}"


# ---------------------------------------------------------------- backgrounds
def field(h, w, seed, kind="body"):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "dark":
        return np.clip(rng.normal(0.03, 0.01, (h, w)), 0, 1).astype(np.float32)
    if kind == "sector":  # ultrasound fan
        cx, cy = w / 2, h * 0.08
        ang = np.arctan2(x - cx, y - cy)
        r = np.hypot(x - cx, y - cy)
        m = (np.abs(ang) < 0.62) & (r > h * 0.06) & (r < h * 0.86)
        sp = rng.rayleigh(0.18, (h, w)).astype(np.float32)
        tissue = (0.35 + 0.25 * np.sin(r / 23.0 + seed) * np.cos(ang * 7)
                  - 0.3 * np.exp(-((x - cx - 30) ** 2 + (y - h * 0.5) ** 2) / 3000))
        return np.clip(m * tissue * sp * 2.2, 0, 1).astype(np.float32)
    cy, cx = h / 2 + rng.uniform(-10, 10), w / 2 + rng.uniform(-10, 10)
    r = np.sqrt(((y - cy) / (h * 0.38)) ** 2 + ((x - cx) / (w * 0.33)) ** 2)
    body = np.clip(1.25 - r, 0, 1) ** 0.7
    body = body * (0.55 + 0.35 * np.sin(x / (13.0 + seed % 7)) * np.cos(y / (19.0 + seed % 5)))
    body += rng.normal(0, 0.015, size=body.shape)
    return np.clip(body, 0, 1).astype(np.float32)


def photo(h, w, seed, kind):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.zeros((h, w, 3), np.float32)
    if kind == "fundus":
        r = np.hypot(x - w / 2, y - h / 2)
        m = r < min(h, w) * 0.45
        img[..., 0], img[..., 1], img[..., 2] = 0.75 * m, 0.35 * m, 0.12 * m
        disc = np.exp(-((x - w * 0.62) ** 2 + (y - h * 0.48) ** 2) / 900)
        img[..., 0] += 0.2 * disc
        img[..., 1] += 0.45 * disc
        img[..., 2] += 0.3 * disc
        img *= (0.85 + 0.15 * np.sin(x / 9 + y / 15))[..., None]
    else:  # skin
        img[..., 0], img[..., 1], img[..., 2] = 0.86, 0.66, 0.55
        les = np.exp(-((x - w * 0.5) ** 2 + (y - h * 0.55) ** 2) / 1500)
        img -= les[..., None] * np.array([0.45, 0.4, 0.35])
        img += rng.normal(0, 0.02, (h, w, 3))
    return np.clip(img, 0, 1)


# ---------------------------------------------------------------- drawing
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9A-Za-z\u0400-\u04FF]", "", s).upper()


class Canvas:
    def __init__(self, h, w, frames=1):
        self.h, self.w, self.nf = h, w, frames
        self.layers = []  # (alpha HxW, color(3,), frames or None)
        self.words = []

    def line(self, x, y, size, segs, font="sans", color=1.0, frames=None, anchor="l", gap=None):
        f = ImageFont.truetype(FD + FONTS[font], size)
        toks = []
        for seg in segs:
            code, text = seg[0], seg[1]
            iso = seg[2] if len(seg) > 2 else None
            for t in text.split(" "):
                if t:
                    toks.append((code, t, iso))
        sp = f.getlength(" ") if gap is None else gap
        total = sum(f.getlength(t) for _, t, _ in toks) + sp * (len(toks) - 1)
        if anchor == "r":
            x = x - total
        elif anchor == "c":
            x = x - total / 2
        lay = Image.new("L", (self.w, self.h), 0)
        d = ImageDraw.Draw(lay)
        cx = x
        for code, t, iso in toks:
            d.text((cx, y), t, fill=255, font=f)
            box = [int(v) for v in d.textbbox((cx, y), t, font=f)]
            kind, ent = KIND[code]
            self.words.append(dict(text=t, kind=kind, entity=ent, box=box, frames=frames, size=size, font=font,
                                   staff=code == "S", title=code == "T", iso=iso))
            cx += f.getlength(t) + sp
        col = np.array(color if isinstance(color, tuple) else (color,) * 3, np.float32)
        self.layers.append((np.asarray(lay, np.float32) / 255.0, col, frames))
        return y + int(size * 1.25)

    def render(self, bgs):
        """bgs: list (per frame) of HxWx3 float arrays."""
        out = []
        for fi, bg in enumerate(bgs):
            img = bg.copy()
            for a, col, frames in self.layers:
                if frames is not None and fi not in frames:
                    continue
                img = img * (1 - a[..., None]) + a[..., None] * col[None, None, :]
            out.append(img)
        return np.stack(out)


# ---------------------------------------------------------------- DICOM writing
def make_ds(name, modality, sop, header):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SOP[sop]
    meta.MediaStorageSOPInstanceUID = uid(name + "sop")
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = SOP[sop]
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = uid(name + "study")
    ds.SeriesInstanceUID = uid(name + "series")
    ds.Modality = modality
    ds.StudyTime = "094512"
    ds.SeriesNumber = 2
    ds.InstanceNumber = 7
    ds.Manufacturer = header.pop("Manufacturer", "ACME")
    if sop == "SC":
        ds.ConversionType = "WSD"
    for k, v in header.items():
        setattr(ds, k, v)
    for k in ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "ReferringPhysicianName", "StudyID",
              "AccessionNumber", "StudyDate"):
        if k not in ds:
            setattr(ds, k, "")
    return ds


def write(path, name, modality, sop, header, imgs, fmt, extra=None):
    """imgs: F x H x W x 3 float 0..1. fmt: mono8|mono12|mono16|mono1_12|mono1_8|rgb|ybr422jpeg|mono8jpeg|rgbjpeg."""
    ds = make_ds(name, modality, sop, dict(header))
    F, H, W = imgs.shape[:3]
    gray = imgs.mean(axis=-1)
    ds.Rows, ds.Columns = H, W
    if F > 1:
        ds.NumberOfFrames = F
        ds.FrameTime = 40.0
    ts = ExplicitVRLittleEndian
    enc = None
    if fmt.startswith("mono"):
        ds.SamplesPerPixel = 1
        bits = 8 if fmt.endswith("8") or fmt == "mono8jpeg" else (16 if fmt.endswith("16") else 12)
        mx = 2 ** bits - 1
        arr = np.round(gray * mx)
        if fmt.startswith("mono1_"):
            ds.PhotometricInterpretation = "MONOCHROME1"
            arr = mx - arr
        else:
            ds.PhotometricInterpretation = "MONOCHROME2"
        arr = arr.astype(np.uint8 if bits == 8 else np.uint16)
        ds.BitsAllocated = 8 if bits == 8 else 16
        ds.BitsStored = bits
        ds.HighBit = bits - 1
        ds.PixelRepresentation = 0
        if fmt == "mono8jpeg":
            frames = []
            for f in range(F):
                b = io.BytesIO()
                Image.fromarray(arr[f]).save(b, "JPEG", quality=93)
                frames.append(b.getvalue())
            enc = encapsulate(frames)
            ts = JPEGBaseline8Bit
        else:
            ds.PixelData = (arr if F > 1 else arr[0]).tobytes()
    else:
        ds.SamplesPerPixel = 3
        ds.BitsAllocated = ds.BitsStored = 8
        ds.HighBit = 7
        ds.PixelRepresentation = 0
        ds.PlanarConfiguration = 0
        arr = np.round(imgs * 255).astype(np.uint8)
        if fmt in ("ybr422jpeg", "rgbjpeg"):
            frames = []
            for f in range(F):
                b = io.BytesIO()
                Image.fromarray(arr[f], "RGB").save(b, "JPEG", quality=94, subsampling=1 if fmt == "ybr422jpeg" else 0)
                frames.append(b.getvalue())
            enc = encapsulate(frames)
            ts = JPEGBaseline8Bit
            ds.PhotometricInterpretation = "YBR_FULL_422" if fmt == "ybr422jpeg" else "YBR_FULL"
        else:
            ds.PhotometricInterpretation = "RGB"
            ds.PixelData = (arr if F > 1 else arr[0]).tobytes()
    for k, v in (extra or {}).items():
        setattr(ds, k, v)
    if enc is not None:
        ds.PixelData = enc
        ds["PixelData"].VR = "OB"
        ds.file_meta.TransferSyntaxUID = ts
        ds.LossyImageCompression = "01"
    else:
        ds["PixelData"].VR = "OB" if ds.BitsAllocated == 8 else "OW"
    return ds


HDR_DATES = ("PatientBirthDate", "StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate")
HDR_TEXT = ("PatientName", "PatientID", "OtherPatientIDs", "InstitutionName", "InstitutionAddress",
            "ReferringPhysicianName", "OperatorsName", "PerformingPhysicianName", "NameOfPhysiciansReadingStudy",
            "AccessionNumber", "PatientAddress", "StudyID", "PatientTelephoneNumbers")


def in_header(word, header):
    if word["kind"] != "phi":
        return None
    if word["iso"]:
        return any(str(header.get(k, "")) == word["iso"] for k in HDR_DATES)
    n = norm(word["text"])
    if len(n) < 2 or word["title"]:
        return False
    for k in HDR_TEXT:
        v = str(header.get(k, ""))
        if not v:
            continue
        if n == norm(v):
            return True
        for part in re.split(r"[\^\s,/\-]+", v):
            if norm(part) == n:
                return True
    return False


def emit(outdir, name, group, modality, sop, header, canvas, bgs, fmt, extra=None, compress=None, notes=""):
    imgs = canvas.render(bgs)
    ds = write(outdir, name, modality, sop, header, imgs, fmt, extra)
    if compress:
        ds.compress(compress, encoding_plugin="pyjpegls" if compress == JPEGLSLossless else "",
                    generate_instance_uid=False)
    ds.save_as(outdir / f"{name}.dcm", enforce_file_format=True)
    words = []
    for w in canvas.words:
        w = dict(w)
        w["in_header"] = in_header(w, header)
        w.pop("iso")
        words.append(w)
    truth = dict(image=name, group=group, modality=modality, fmt=fmt,
                 transfer_syntax=str(ds.file_meta.TransferSyntaxUID), frames=canvas.nf, notes=notes, words=words)
    (outdir / f"{name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))


def gray_bgs(h, w, nf, seed, kind="body", lo=0.0, hi=1.0):
    out = []
    for f in range(nf):
        g = lo + (hi - lo) * field(h, w, seed + 31 * f, kind)
        out.append(np.repeat(g[..., None], 3, axis=-1))
    return out


# ---------------------------------------------------------------- groups
def g01_ct_de(out):
    pts = [dict(name="Hans-Jürgen Brüggemann", hn="BRÜGGEMANN^HANS-JÜRGEN", pid="4471203", dob="14.03.1957",
                diso="19570314",
                sd="02.09.2025", siso="20250902", ref="Dr. med. Katrin Oberländer", ins="Klinikum Nordstadt Hannover"),
           dict(name="Zeynep Schäfer-Kaya", hn="SCHÄFER-KAYA^ZEYNEP", pid="5520981", dob="29.11.1990", diso="19901129",
                sd="17.10.2025", siso="20251017", ref="Prof. Dr. Matthias Uhlenbrock",
                ins="Ev. Krankenhaus Bethesda Wuppertal")]
    for v, p in enumerate(pts):
        H = W = 512
        c = Canvas(H, W)
        fs = 11 if v == 0 else 9
        fn = "sans" if v == 0 else "cond"
        y = 6
        y = c.line(6, y, fs + 1, [("P", p["name"].split()[-1] + ","), ("P", " ".join(p["name"].split()[:-1]))], fn)
        y = c.line(6, y, fs, [("n", "PID:"), ("I", p["pid"])], fn)
        y = c.line(6, y, fs, [("n", "geb."), ("D", p["dob"], p["diso"]), ("n", "M" if v == 0 else "W")], fn)
        y = c.line(6, y, fs, [("O", p["ins"])], fn)
        y = 6
        y = c.line(W - 6, y, fs, [("d", "SOMATOM go.Top")], fn, anchor="r")
        y = c.line(W - 6, y, fs, [("D", p["sd"], p["siso"]), ("n", "08:41")], fn, anchor="r")
        y = c.line(W - 6, y, fs, [("d", "CT Thorax nativ")], fn, anchor="r")
        y = c.line(W - 6, y, fs, [("d", "IMA 45"), ("d", "SP -112.5")], fn, anchor="r")
        c.line(6, H - 3 * (fs + 3), fs, [("d", "120 kV"), ("d", "245 mAs")], fn)
        c.line(6, H - 2 * (fs + 3), fs, [("d", "SL 1.0"), ("d", "Br40d"), ("d", "CTDIvol 7.9 mGy")], fn)
        c.line(6, H - 1 * (fs + 3), fs, [("d", "W 1500"), ("d", "L -600")], fn)
        c.line(W - 6, H - 2 * (fs + 3), fs,
               [("n", "Zuweiser:"), ("T", p["ref"].split()[0]), ("T", "med." if v == 0 else "Dr."),
                ("S", " ".join(p["ref"].split()[2:]))], fn, anchor="r")
        c.line(W - 6, H - 1 * (fs + 3), fs, [("d", "syngo CT VA40")], fn, anchor="r")
        c.line(250, 30, 12, [("n", "A")], "sansb")
        c.line(8, 250, 12, [("n", "R")], "sansb")
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], PatientBirthDate=p["diso"], StudyDate=p["siso"],
                   InstitutionName=p["ins"] if v == 0 else "", ReferringPhysicianName="", Manufacturer="SIEMENS",
                   AccessionNumber=f"A2025{v}0771")
        emit(out, f"g01_ct_de_{v}", "g01_ct_de", "CT", "CT", hdr, c, gray_bgs(H, W, 1, 101 + v, lo=0.0, hi=0.55),
             "mono12", dict(RescaleIntercept=-1024, RescaleSlope=1, WindowCenter=40, WindowWidth=400),
             compress=RLELossless if v == 1 else None)


def g02_mr_fr(out):
    pts = [dict(n=["DUPONT-MOREAU", "Élodie"], hn="DUPONT-MOREAU^ELODIE", ipp="2019004512", nir=nir("2721133063087"),
                dob="03/11/1972", diso="19721103", ins="CHU de Bordeaux - Pellegrin", ref=["Dr", "Lefèvre"]),
           dict(n=["LE", "GUENNEC", "Yann-Erwan"], hn="LE GUENNEC^YANN-ERWAN", ipp="2021118730",
                nir=nir("1850629019211"),
                dob="21/06/1985", diso="19850621", ins="Clinique Saint-Vincent Brest",
                ref=["Pr", "Abdelkader", "Benali"])]
    for v, p in enumerate(pts):
        H, W = (256, 256) if v == 0 else (384, 320)
        c = Canvas(H, W)
        fs = 8 if v == 0 else 10
        y = 3
        y = c.line(3, y, fs, [("n", "NOM:"), ("P", " ".join(p["n"]))], "mono")
        y = c.line(3, y, fs, [("n", "IPP"), ("I", p["ipp"])], "mono")
        y = c.line(3, y, fs, [("n", "Né(e) le" if v == 0 else "DDN"), ("D", p["dob"], p["diso"])], "mono")
        y = c.line(3, y, fs, [("n", "NIR"), ("I", p["nir"])], "mono")
        y = 3
        c.line(W - 3, H - 2 * (fs + 2), fs, [("O", p["ins"])], "mono", anchor="r")
        y = c.line(W - 3, y, fs, [("d", "SIGNA Artist 1.5T")], "mono", anchor="r")
        y = c.line(W - 3, y, fs, [("d", "Ex:4418 Se:3 Im:12")], "mono", anchor="r")
        c.line(3, H - 4 * (fs + 2), fs, [("d", "AX T2 FLAIR")], "mono")
        c.line(3, H - 3 * (fs + 2), fs, [("d", "TR:9000 TE:120 TI:2500")], "mono")
        c.line(3, H - 2 * (fs + 2), fs, [("d", "FOV:24x24 Ep:5.0mm")], "mono")
        c.line(3, H - 1 * (fs + 2), fs, [("d", "W:1123 L:562")], "mono")
        c.line(W - 3, H - 1 * (fs + 2), fs, [("n", "Prescr."), ("T", p["ref"][0]), ("S", " ".join(p["ref"][1:]))],
               "mono", anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["ipp"], PatientBirthDate=p["diso"], StudyDate="20250611",
                   InstitutionName=p["ins"], Manufacturer="GE MEDICAL SYSTEMS")
        emit(out, f"g02_mr_fr_{v}", "g02_mr_fr", "MR", "MR", hdr, c, gray_bgs(H, W, 1, 201 + v, hi=0.7),
             "mono16" if v == 0 else "mono12", dict(WindowCenter=562, WindowWidth=1123) if v else None)


def g03_cr_us(out):
    pts = [dict(last="WASHINGTON-KELLY", first="DeShawn M", mrn="004417829", dob="07/22/1988", diso="19880722",
                acc="RA25-0098812", ins="Mercy St. Vincent Medical Center", addr="2213 Cherry St, Toledo OH 43608",
                tech="jmartinez", sd="10/03/2025", siso="20251003"),
           dict(last="o'connell", first="mary-kate", mrn="E10293847", dob="1/5/1941", diso="19410105",
                acc="CR881203", ins="Riverbend Regional Hospital", addr="400 N Main St, Bozeman MT 59715",
                tech="T. Nguyen-Tran", sd="9/28/2025", siso="20250928")]
    for v, p in enumerate(pts):
        H, W = (640, 520) if v == 0 else (560, 560)
        c = Canvas(H, W)
        fs = 12 if v == 0 else 10
        y = 8
        y = c.line(8, y, fs, [("P", p["last"] + ","), ("P", p["first"])], "sansb")
        y = c.line(8, y, fs, [("n", "MRN:"), ("I", p["mrn"])])
        y = c.line(8, y, fs, [("n", "DOB:"), ("D", p["dob"], p["diso"]), ("n", "Age: 37Y" if v == 0 else "Age: 84Y")])
        y = c.line(8, y, fs, [("n", "Acc#"), ("I", p["acc"])])
        y = 8
        y = c.line(W - 8, y, fs, [("O", p["ins"])], anchor="r")
        y = c.line(W - 8, y, fs - 1, [("L", p["addr"])], anchor="r")
        y = c.line(W - 8, y, fs, [("D", p["sd"], p["siso"]), ("n", "14:22")], anchor="r")
        c.line(8, H - 50, fs, [("d", "CHEST PA" if v == 0 else "CHEST AP PORTABLE"), ("d", "UPRIGHT")])
        c.line(8, H - 34, fs, [("d", "kVp 110"), ("d", "mAs 3.2"), ("d", "EI 1420"), ("d", "DI +0.4")])
        c.line(8, H - 18, fs, [("n", "Tech:"), ("S", p["tech"])])
        c.line(W - 8, H - 18, fs, [("d", "FUJIFILM FCR PROFECT CS")], anchor="r")
        c.line(W - 40, 120, 22, [("n", "L")], "sansb")
        fx, fy = (300, 400) if v == 0 else (60, 330)  # ID camera block printed over the lung field
        c.line(fx, fy, 10, [("O", "MSVMC" if v == 0 else "RRH"), ("n", "Radiology")], "mono", color=0.92)
        c.line(fx, fy + 13, 10, [("P", (p["last"] + " " + p["first"]).upper())], "mono", color=0.92)
        c.line(fx, fy + 26, 10, [("D", p["dob"], p["diso"]), ("I", p["mrn"])], "mono", color=0.92)
        hdr = dict(PatientName=f"{p['last'].upper()}^{p['first'].upper()}", PatientID=p["mrn"],
                   PatientBirthDate=p["diso"],
                   StudyDate=p["siso"], AccessionNumber=p["acc"], InstitutionName=p["ins"] if v else "",
                   OperatorsName="", Manufacturer="FUJIFILM Corporation")
        emit(out, f"g03_cr_us_{v}", "g03_cr_us", "CR", "CR", hdr, c, gray_bgs(H, W, 1, 301 + v, lo=0.02, hi=0.8),
             "mono1_12", compress=JPEGLSLossless if v == 1 else None)


def g04_us_jp(out):
    pts = [dict(name="YAMAMOTO Haruki", hn="YAMAMOTO^HARUKI", pid="0012345678", sd="2025/05/17", siso="20250517",
                ins="Osaka Kita Medical Clinic", tech="Sonographer: SATO Y"),
           dict(name="Takahashi Mei-Lin", hn="TAKAHASHI^MEILIN", pid="88-1204-3", sd="2025.08.02", siso="20250802",
                ins="Sapporo Minami Hospital", tech="Exam by: ITO Kenta")]
    for v, p in enumerate(pts):
        H, W, nf = (480, 640, 1) if v == 0 else (420, 560, 6)
        c = Canvas(H, W, nf)
        fs = 12
        col = (0.95, 0.95, 0.95)
        c.line(8, 6, fs, [("P", p["name"])], color=col)
        c.line(8, 22, fs, [("n", "ID:"), ("I", p["pid"])], color=col)
        c.line(W // 2, 6, fs, [("O", p["ins"])], color=col, anchor="c")
        c.line(W - 8, 6, fs, [("D", p["sd"], p["siso"]), ("n", "10:12:44")], color=col, anchor="r")
        c.line(W - 8, 22, fs, [("d", "ARIETTA 65" if v == 0 else "Aplio i700")], color=col, anchor="r")
        yy = 60
        for t in (["C5-1", "Abdomen", "Gen", "FR 28Hz", "Depth 16cm", "Gain 52", "DR 65", "MI 1.1", "TIs 0.4"]
                  if v == 0 else ["PVT-375BT", "Liver", "FR 31Hz", "D 14.0cm", "G 48", "DR 60", "MI 0.9", "TIb 0.3"]):
            yy = c.line(8, yy, 11, [("d", t)], color=(0.8, 0.9, 1.0))
        c.line(8, H - 40, fs, [("n", p["tech"].split(":")[0] + ":"), ("S", p["tech"].split(":")[1].strip())], color=col)
        c.line(W - 8, H - 60, 11, [("d", "Dist 4.21 cm")], color=(1.0, 1.0, 0.4), anchor="r")
        c.line(W - 8, H - 45, 11, [("d", "Area 11.8 cm2")], color=(1.0, 1.0, 0.4), anchor="r")
        if nf > 1:
            for f in range(nf):
                c.line(W - 8, H - 20, 11, [("d", f"{f + 1}/{nf}")], color=col, anchor="r", frames=[f])
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], StudyDate=p["siso"], InstitutionName=p["ins"] if v else "",
                   PatientBirthDate="", Manufacturer="FUJIFILM Healthcare" if v == 0 else "Canon Medical Systems")
        bgs = gray_bgs(H, W, nf, 401 + v, kind="sector")
        emit(out, f"g04_us_jp_{v}", "g04_us_jp", "US", "US" if nf == 1 else "USMF", hdr, c, bgs,
             "rgb" if v == 0 else "ybr422jpeg")


def g05_xa_it(out):
    pts = [dict(name="BIANCHI ROSSI Maria Grazia", hn="BIANCHI ROSSI^MARIA GRAZIA", pid="00458812", noso="2025/018832",
                dob="12/06/1949", diso="19490612", ins="Ospedale Maggiore di Lodi", op=["dott.", "Ferraro"],
                title="Sig.ra"),
           dict(name="Esposito Gennaro", hn="ESPOSITO^GENNARO", pid="00971201", noso="2025/044107",
                dob="30/01/1962", diso="19620130", ins="Presidio Ospedaliero Vallo della Lucania",
                op=["dott.ssa", "Caputo"], title="Sig.")]
    for v, p in enumerate(pts):
        H = W = 512
        nf = 4
        c = Canvas(H, W, nf)
        fs = 11 if v == 0 else 10
        c.line(6, 6, fs, [("T", p["title"]), ("P", p["name"])], "cond")
        c.line(6, 21, fs, [("n", "Cod. paz."), ("I", p["pid"]), ("n", "Nosologico"), ("I", p["noso"])], "cond")
        c.line(6, 36, fs, [("n", "nata il" if v == 0 else "nato il"), ("D", p["dob"], p["diso"])], "cond")
        c.line(W - 6, 6, fs, [("O", p["ins"])], "cond", anchor="r")
        c.line(W - 6, 21, fs, [("n", "Emodinamica")], "cond", anchor="r")
        c.line(W - 6, 36, fs, [("n", "Operatore:"), ("T", p["op"][0]), ("S", p["op"][1])], "cond", anchor="r")
        c.line(6, H - 48, fs, [("d", "LAO 30"), ("d", "CRA 20")], "cond")
        c.line(230, 240, fs + 1, [("d", "LAD" if v == 0 else "RCA"), ("d", "Stent 3.0x18")], "cond", color=0.98)
        c.line(230, 256, fs + 1, [("d", "MLD 0.92 mm"), ("d", "DS 71 %")], "cond", color=0.98)
        c.line(6, H - 33, fs, [("d", "15 fps"), ("d", "Fluoro 4.2 min"), ("d", "DAP 12.4 Gy·cm²")], "cond")
        c.line(6, H - 18, fs, [("d", "Allura Xper FD10"), ("d", "Coronarie sx")], "cond")
        for f in range(nf):
            c.line(W - 6, H - 18, fs, [("d", f"Frame {f + 1}")], "cond", anchor="r", frames=[f])
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], PatientBirthDate=p["diso"], StudyDate="20251104",
                   InstitutionName=p["ins"], PerformingPhysicianName="", Manufacturer="Philips Medical Systems")
        emit(out, f"g05_xa_it_{v}", "g05_xa_it", "XA", "XA", hdr, c, gray_bgs(H, W, nf, 501 + v, lo=0.25, hi=0.75),
             "mono8" if v == 0 else "mono8jpeg")


def g06_nm_nl(out):
    pts = [dict(t="Dhr.", name="J.P. van der Berg-Smit", hn="VAN DER BERG-SMIT^J.P.", pid="7720431",
                bsn=bsn("12345672"),
                dob="05-08-1961", diso="19610805", ins="Maasoever Ziekenhuis Venlo"),
           dict(t="Mevr.", name="Anouk de Wit-Bakker", hn="DE WIT-BAKKER^ANOUK", pid="7731188", bsn=bsn("23456781"),
                dob="17-02-1979", diso="19790217", ins="Ziekenhuis De Lingehof Tiel")]
    for v, p in enumerate(pts):
        H, W = (256, 512) if v == 0 else (256, 256)
        c = Canvas(H, W)
        fs = 8 if v == 0 else 9
        gray = 0.55
        c.line(3, 3, fs, [("T", p["t"]), ("P", p["name"])], "mono", color=gray)
        c.line(3, 13, fs, [("n", "Pat.nr"), ("I", p["pid"]), ("n", "BSN"), ("I", p["bsn"])], "mono", color=gray)
        c.line(3, 23, fs, [("n", "Geb.dat."), ("D", p["dob"], p["diso"])], "mono", color=gray)
        c.line(W - 3, 3 if v == 0 else 33, fs, [("O", p["ins"])], "mono", color=gray, anchor="r")
        c.line(W - 3, 13 if v == 0 else 43, fs, [("d", "Tc-99m HDP 740 MBq")], "mono", color=gray, anchor="r")
        c.line(3, H - 22, fs, [("d", "ANT"), ("d", "WB 12 cm/min"), ("d", "Counts 1.2M")], "mono", color=gray)
        c.line(3, H - 11, fs, [("d", "Symbia Intevo LEHR")], "mono", color=gray)
        c.line(W - 3, H - 11, fs, [("d", "POST" if v == 0 else "ANT"), ("d", "Zoom 1.00")], "mono", color=gray,
               anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], PatientBirthDate=p["diso"], StudyDate="20250818",
                   InstitutionName="", Manufacturer="SIEMENS NM")
        emit(out, f"g06_nm_nl_{v}", "g06_nm_nl", "NM", "NM", hdr, c, gray_bgs(H, W, 1, 601 + v, lo=0.05, hi=0.4),
             "mono16")


def g07_pt_es(out):
    pts = [dict(n="García López, José Manuel", hn="GARCIA LOPEZ^JOSE MANUEL", nhc="HC 1138842", dni=dni("48291736"),
                dob="1975-09-30", diso="19750930", ins="Hospital Universitario Virgen del Sol", city="Sevilla",
                ref=["Dra.", "Martín", "Peñalver"]),
           dict(n="Núñez de Arce, Inmaculada", hn="NUNEZ DE ARCE^INMACULADA", nhc="NHC 0774410", dni=dni("07719844"),
                dob="1958-02-11", diso="19580211", ins="Complejo Hospitalario de Navarra", city="Pamplona",
                ref=["Dr.", "Urrutia"])]
    for v, p in enumerate(pts):
        H = W = 400 if v == 0 else 344
        c = Canvas(H, W)
        fs = 10
        c.line(5, 5, fs, [("n", "Paciente:"), ("P", p["n"])])
        c.line(5, 19, fs, [("n", p["nhc"].split()[0]), ("I", p["nhc"].split()[1]), ("n", "DNI"), ("I", p["dni"])])
        c.line(5, 33, fs, [("n", "F.Nac:"), ("D", p["dob"], p["diso"])])
        c.line(W - 5, 5 if v == 0 else 47, fs, [("O", p["ins"])], anchor="r")
        c.line(W - 5, 19 if v == 0 else 61, fs, [("L", p["city"])], anchor="r")
        c.line(5, H - 46, fs, [("d", "18F-FDG 312 MBq"), ("d", "Uptake 62 min")])
        c.line(W // 2 - 40, H // 2, fs, [("d", "ROI 1"), ("d", "SUVmax 8.4"), ("d", "Vol 12.3 ml")], color=0.95)
        c.line(5, H - 32, fs, [("d", "SUVmax 8.4"), ("d", "SUVbw 0-7")])
        c.line(5, H - 18, fs, [("d", "MIP"), ("d", "Biograph Vision 600")])
        c.line(W - 5, H - 18, fs, [("n", "Solicitante:"), ("T", p["ref"][0]), ("S", " ".join(p["ref"][1:]))],
               anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["nhc"].split()[1], PatientBirthDate=p["diso"], StudyDate="20250923",
                   InstitutionName=p["ins"], ReferringPhysicianName="", Manufacturer="SIEMENS")
        emit(out, f"g07_pt_es_{v}", "g07_pt_es", "PT", "PT", hdr, c, gray_bgs(H, W, 1, 701 + v, hi=0.6), "mono16",
             dict(RescaleIntercept=0, RescaleSlope=1.0))


def g08_mg_se(out):
    pts = [dict(name="Ingrid Åkesson Lindqvist", hn="ÅKESSON LINDQVIST^INGRID", pnr=pnr("640315123"), sd="2025-10-07",
                siso="20251007", ins="Mammografi Skåne", city="Malmö", tech="ssk. Lena Holm"),
           dict(name="Fatima Al-Hashimi Berg", hn="AL-HASHIMI BERG^FATIMA", pnr=pnr("710922458"), sd="2025-11-12",
                siso="20251112", ins="Brösttmottagningen Södersjukhuset", city="Stockholm", tech="rtg-ssk Maja Öberg")]
    for v, p in enumerate(pts):
        H, W = 700, 560
        c = Canvas(H, W)
        fs = 12
        x = W - 8
        c.line(x, 8, fs, [("P", p["name"])], anchor="r")
        c.line(x, 24, fs, [("I", p["pnr"])], anchor="r")
        c.line(x, 40, fs, [("O", p["ins"]), ("L", p["city"])], anchor="r")
        c.line(x, 56, fs, [("D", p["sd"], p["siso"])], anchor="r")
        c.line(x, 100, 22, [("d", "RCC" if v == 0 else "LMLO")], "sansb", anchor="r")
        c.line(x, H - 66, fs, [("d", "29 kV"), ("d", "86 mAs"), ("d", "W/Rh")], anchor="r")
        c.line(x, H - 50, fs, [("d", "Komp. 12 daN"), ("d", "Tjocklek 52 mm")], anchor="r")
        c.line(x, H - 34, fs, [("d", "AGD 1.32 mGy"), ("d", "Senographe Pristina")], anchor="r")
        c.line(x, H - 18, fs,
               [("n", "Utförd av:"), ("T", p["tech"].split()[0]), ("S", " ".join(p["tech"].split()[1:]))], anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["pnr"].replace("-", ""), StudyDate=p["siso"],
                   InstitutionName=p["ins"],
                   OperatorsName=p["tech"].split()[-1] + "^" + p["tech"].split()[-2], Manufacturer="GE Healthcare")
        bg = gray_bgs(H, W, 1, 801 + v, hi=0.85)
        bg[0][:, : W // 2] = bg[0][:, : W // 2] * 1.0  # breast on the left
        bg[0][:, W // 2:] *= 0.1
        emit(out, f"g08_mg_se_{v}", "g08_mg_se", "MG", "MG", hdr, c, bg, "mono1_12" if v == 0 else "mono12")


def g09_sc_br(out):
    pts = [dict(n="João Carlos da Silva Pereira", hn="DA SILVA PEREIRA^JOAO CARLOS", cpf=cpf("123456789"),
                pront="778214",
                dob="21/04/1980", diso="19800421", ins="Hospital São Lucas",
                addr="Av. Ipiranga, 6690 - Porto Alegre/RS",
                tel="(51) 3320-3000", med=["Dr.", "Rafael", "Teixeira", "Gomes"]),
           dict(n="Ana Beatriz dos Santos", hn="DOS SANTOS^ANA BEATRIZ", cpf=cpf("987654321"), pront="1092284",
                dob="09/12/2001", diso="20011209", ins="Santa Casa de Misericórdia de Juiz de Fora",
                addr="Rua Barão de Cataguases, s/n - Juiz de Fora/MG", tel="(32) 3229-2200",
                med=["Dra.", "Luciana", "Ávila"])]
    for v, p in enumerate(pts):
        H, W = (600, 800) if v == 0 else (540, 720)
        c = Canvas(H, W)
        white = (0.92, 0.92, 0.92)
        c.line(20, 14, 14, [("O", p["ins"])], "sansb", color=white)
        c.line(20, 34, 10, [("L", p["addr"]), ("n", "Tel."), ("F", p["tel"])], color=(0.7, 0.7, 0.7))
        c.line(20, 64, 12, [("n", "Nome:"), ("P", p["n"])], color=white)
        c.line(20, 82, 12, [("n", "CPF:"), ("I", p["cpf"])], color=white)
        c.line(300, 82, 12, [("n", "Prontuário:"), ("I", p["pront"])], color=white)
        c.line(20, 100, 12, [("n", "Data Nasc.:"), ("D", p["dob"], p["diso"])], color=white)
        c.line(20, 130, 13, [("n", "Ecocardiograma Transtorácico - Medidas")], "sansb", color=white)
        rows = [("Diâmetro diastólico VE", "48 mm"), ("Diâmetro sistólico VE", "31 mm"), ("Septo IV", "9 mm"),
                ("Parede posterior", "9 mm"), ("Fração de ejeção (Teichholz)", "64 %"), ("Átrio esquerdo", "36 mm"),
                ("Aorta", "31 mm")]
        y = 154
        for a, b in rows:
            c.line(30, y, 11, [("d", a)], color=white)
            c.line(340, y, 11, [("d", b)], "mono", color=white)
            y += 18
        c.line(20, H - 40, 11, [("n", "Laudado por:"), ("T", p["med"][0]), ("S", " ".join(p["med"][1:]))], color=white)
        c.line(W - 20, H - 20, 9, [("d", "Vivid E95 EchoPAC 204")], color=(0.6, 0.6, 0.6), anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["pront"], PatientBirthDate=p["diso"], StudyDate="20251021",
                   InstitutionName="", Manufacturer="GE Vingmed Ultrasound")
        bg = [np.repeat(field(H, W, 901 + v, "dark")[..., None], 3, axis=-1) + np.array([0.0, 0.03, 0.08])]
        emit(out, f"g09_sc_br_{v}", "g09_sc_br", "US" if v == 0 else "OT", "SC", hdr, c, bg, "rgb")


def g10_op_in(out):
    pts = [dict(n="Priya Venkataraman", hn="VENKATARAMAN^PRIYA", uhid="NJEI/2025/004512", age="34/F", sd="17-Mar-2025",
                siso="20250317", ins="Netra Jyoti Eye Institute, Pune", ph="+91 20 2612 4410"),
           dict(n="MOHAMMED IRFAN SHAIKH", hn="SHAIKH^MOHAMMED IRFAN", uhid="MRD-88120-K", age="58/M", sd="03-Nov-2025",
                siso="20251103", ins="Lakshmi Nethralaya, Madurai", ph="0452 253 7781")]
    for v, p in enumerate(pts):
        H, W = (480, 640) if v == 0 else (512, 512)
        c = Canvas(H, W)
        col = (1.0, 1.0, 1.0)
        c.line(8, 6, 12, [("n", "Name:"), ("P", p["n"])], color=col)
        c.line(8, 22, 12, [("n", "UHID:"), ("I", p["uhid"]), ("n", "Age/Sex:"), ("n", p["age"])], color=col)
        c.line(8, 38, 12, [("n", "Date:"), ("D", p["sd"], p["siso"])], color=col)
        c.line(W - 8, 6, 11, [("O", p["ins"])], color=col, anchor="r")
        c.line(W - 8, 21, 10, [("n", "Ph:"), ("F", p["ph"])], color=col, anchor="r")
        c.line(8, H - 36, 12, [("d", "OD" if v == 0 else "OS"), ("d", "Fundus 45°"), ("d", "Flash 100Ws")], color=col)
        c.line(8, H - 20, 12, [("d", "VISUCAM 500"), ("d", "ISO 200")], color=col)
        c.line(W - 8, H - 20, 11, [("d", "Macula centred")], color=col, anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["uhid"], StudyDate=p["siso"], InstitutionName="",
                   Manufacturer="Carl Zeiss Meditec")
        emit(out, f"g10_op_in_{v}", "g10_op_in", "OP", "OP", hdr, c, [photo(H, W, 1001 + v, "fundus")],
             "rgbjpeg" if v == 0 else "rgb")


def g11_dx_ru(out):
    pts = [dict(n="Иванова-Петрова Анна Сергеевна", hn="Иванова-Петрова^Анна^Сергеевна", pid="МК-48812",
                sn=snils("112233445"), dob="12.09.1958", diso="19580912", ins="ГБУЗ Городская больница № 4 г. Самара",
                doc=["Врач:", "Кузнецов", "А.В."]),
           dict(n="СМИРНОВ ДМИТРИЙ ОЛЕГОВИЧ", hn="СМИРНОВ^ДМИТРИЙ^ОЛЕГОВИЧ", pid="2025/11873",
                sn=snils("087654312"), dob="03.01.1994", diso="19940103", ins="ГАУЗ РКБ МЗ РТ Казань",
                doc=["Лаборант:", "Гарипова", "Э.Р."])]
    for v, p in enumerate(pts):
        H, W = (600, 500) if v == 0 else (512, 512)
        c = Canvas(H, W)
        fs = 12 if v == 0 else 11
        c.line(8, 8, fs, [("P", p["n"])])
        c.line(8, 24, fs, [("n", "Д.р."), ("D", p["dob"], p["diso"]), ("n", "Ж" if v == 0 else "М")])
        c.line(8, 40, fs, [("n", "№ карты"), ("I", p["pid"])])
        c.line(8, 56, fs, [("n", "СНИЛС"), ("I", p["sn"])])
        c.line(W - 8, 8, fs - 1, [("O", p["ins"])], anchor="r")
        c.line(8, H - 52, fs, [("d", "ОГК прямая" if v == 0 else "Поясничный отдел боковая")])
        c.line(8, H - 36, fs, [("d", "90 кВ"), ("d", "4.0 мАс"), ("d", "РИП 180 см")])
        c.line(8, H - 20, fs, [("n", p["doc"][0]), ("S", " ".join(p["doc"][1:]))])
        c.line(W - 8, H - 20, fs, [("d", "АРЦ-01 «ПРОГНОЗ»")], anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], PatientBirthDate=p["diso"], StudyDate="20251015",
                   InstitutionName="", Manufacturer="NIPK Electron")
        emit(out, f"g11_dx_ru_{v}", "g11_dx_ru", "DX", "DX", hdr, c, gray_bgs(H, W, 1, 1101 + v, lo=0.05, hi=0.8),
             "mono12", compress=RLELossless if v == 0 else None)


def g12_ct_cn(out):
    pts = [dict(n="ZHANG WEILIN", hn="ZHANG^WEILIN", pid="CT2025091187", rid=cnid("31011519820514203"), age="43Y",
                sd="2025-09-11", siso="20250911", ins="Shanghai Pudong Renhe Hospital", doc="Li Jianguo"),
           dict(n="ouyang xiaomei", hn="OUYANG^XIAOMEI", pid="0004417730", rid=cnid("44030619951202062"), age="29Y",
                sd="2025-12-01", siso="20251201", ins="Shenzhen Futian District People's Hospital", doc="Chen Haoran")]
    for v, p in enumerate(pts):
        H = W = 512
        c = Canvas(H, W)
        fs = 11
        col = 0.85 if v == 0 else 0.5
        c.line(6, 6, fs, [("n", "Name:"), ("P", p["n"])], "mono", color=col)
        c.line(6, 20, fs, [("n", "ID:"), ("I", p["pid"])], "mono", color=col)
        c.line(6, 34, fs, [("n", "Age:"), ("n", p["age"]), ("n", "Sex:"), ("n", "M" if v == 0 else "F")], "mono",
               color=col)
        c.line(W - 6, 6, fs, [("O", p["ins"])], "mono", color=col, anchor="r")
        c.line(W - 6, 20, fs, [("D", p["sd"], p["siso"])], "mono", color=col, anchor="r")
        c.line(W - 6, 34, fs, [("d", "uCT 760")], "mono", color=col, anchor="r")
        # the resident ID sits alone, far from any label, on the right middle (a scanner's "comment" field)
        c.line(W - 6, 250, fs - 1, [("I", p["rid"])], "mono", color=col, anchor="r")
        c.line(6, H - 46, fs, [("d", "kV:120 mA:200")], "mono", color=col)
        c.line(6, H - 32, fs, [("d", "Thk:5.00mm"), ("d", "Head")], "mono", color=col)
        c.line(6, H - 18, fs, [("d", "WW:80 WL:35")], "mono", color=col)
        c.line(W - 6, H - 18, fs, [("n", "Tech:"), ("S", p["doc"])], "mono", color=col, anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], StudyDate=p["siso"], InstitutionName=p["ins"],
                   OtherPatientIDs=p["rid"] if v == 1 else "", Manufacturer="UIH")
        emit(out, f"g12_ct_cn_{v}", "g12_ct_cn", "CT", "CT", hdr, c,
             gray_bgs(H, W, 1, 1201 + v, lo=0.0, hi=0.6 if v == 0 else 0.5),
             "mono16", dict(RescaleIntercept=-1024, RescaleSlope=1))


def g13_us_au(out):
    pts = [dict(n="Chloe O'Brien-Walsh", hn="O'BRIEN-WALSH^CHLOE", mc=medicare("21234567"), urn="UR 0881273",
                dob="02/03/1991",
                diso="19910302", ins="Sunshine Coast Women's Imaging", city="Maroochydore QLD 4558", son="KT"),
           dict(n="Nguyen Thi Bich Ngoc", hn="NGUYEN^THI BICH NGOC", mc=medicare("59876543", "3"), urn="MRN 4410772",
                dob="28/11/1996", diso="19961128", ins="Western Sydney Fetal Medicine", city="Blacktown NSW 2148",
                son="R. Patel")]
    for v, p in enumerate(pts):
        H, W, nf = (480, 640, 1) if v == 0 else (432, 576, 5)
        c = Canvas(H, W, nf)
        col = (1.0, 1.0, 1.0)
        # banner split in two: name left, rest of the identity block at the right edge
        c.line(8, 6, 12, [("P", p["n"])], "sansb", color=col)
        c.line(8, 22, 11, [("n", p["urn"].split()[0]), ("I", p["urn"].split()[1])], color=col)
        c.line(W - 8, 6, 11, [("n", "DOB"), ("D", p["dob"], p["diso"])], color=col, anchor="r")
        c.line(W - 8, 21, 11, [("n", "Medicare"), ("I", p["mc"])], color=col, anchor="r")
        c.line(W - 8, 36, 10, [("O", p["ins"])], color=(0.8, 0.8, 0.8), anchor="r")
        c.line(W - 8, 50, 10, [("L", p["city"])], color=(0.8, 0.8, 0.8), anchor="r")
        yy = 80
        for t in ["C1-5-D", "OB 2/3", "Depth 14.0 cm", "Gain 58", "FR 24", "MI 1.0", "TIs 0.3"]:
            yy = c.line(8, yy, 10, [("d", t)], color=(0.85, 0.95, 0.7))
        yy = H - 110
        for t in ["BPD 48.2 mm 20w4d", "HC 176.5 mm 20w2d", "AC 152.0 mm 20w3d", "FL 32.1 mm 20w1d", "EFW 345 g",
                  "GA 20w3d"]:
            yy = c.line(W - 8, yy, 10, [("d", t)], "mono", color=(1.0, 1.0, 0.5), anchor="r")
        c.line(8, H - 18, 10, [("n", "Sonographer:"), ("S", p["son"])], color=col)
        if nf > 1:
            for f in range(nf):
                c.line(8, H - 34, 10, [("d", f"Cine {f + 1}/{nf}")], color=col, frames=[f])
        hdr = dict(PatientName=p["hn"], PatientID=p["urn"].split()[1], PatientBirthDate=p["diso"], StudyDate="20250812",
                   InstitutionName=p["ins"], Manufacturer="GE Healthcare")
        emit(out, f"g13_us_au_{v}", "g13_us_au", "US", "US" if nf == 1 else "USMF", hdr, c,
             gray_bgs(H, W, nf, 1301 + v, kind="sector"), "rgb", compress=RLELossless if v == 1 else None)


def g14_mr_pl(out):
    pts = [dict(n="Kowalczyk-Nowak Zofia", hn="KOWALCZYK-NOWAK^ZOFIA", pes=pesel("8307140182"), dob="1983-07-14",
                diso="19830714", ins="Szpital Wojewódzki w Opolu", doc=["lek.", "Wiśniewski", "Tomasz"]),
           dict(n="Grzegorz Brzęczyszczykiewicz", hn="BRZECZYSZCZYKIEWICZ^GRZEGORZ", pes=pesel("5511230931"),
                dob="23.11.1955", diso="19551123", ins="Centrum Medyczne Żelazna, Warszawa",
                doc=["dr", "n.", "med.", "Ewa", "Sobczak"])]
    for v, p in enumerate(pts):
        H = W = 384
        c = Canvas(H, W)
        fs = 10
        c.line(4, 4, fs, [("P", p["n"])])
        c.line(4, 17, fs, [("n", "PESEL:"), ("I", p["pes"])])
        c.line(4, 30, fs, [("n", "ur."), ("D", p["dob"], p["diso"])])
        c.line(W - 4, 4, fs, [("O", p["ins"])], anchor="r")
        c.line(W - 4, 17, fs, [("d", "MAGNETOM Vida 3T")], anchor="r")
        c.line(4, H - 44, fs, [("d", "t1_tse_sag"), ("d", "SE 3"), ("d", "IM 14")])
        c.line(4, H - 30, fs, [("d", "TR 650 TE 9.1"), ("d", "ST 3.0")])
        c.line(4, H - 16, fs, [("d", "Kręgosłup L-S"), ("d", "C 512 W 1024")])
        if v == 0:
            c.line(W - 4, H - 16, fs, [("n", "Opis:"), ("T", "lek."), ("S", " ".join(p["doc"][1:]))], anchor="r")
        else:
            c.line(W - 4, H - 16, fs, [("n", "Opis:"), ("T", "dr n. med."), ("S", " ".join(p["doc"][3:]))], anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["pes"], PatientBirthDate=p["diso"], StudyDate="20250703",
                   InstitutionName=p["ins"], NameOfPhysiciansReadingStudy="", Manufacturer="Siemens Healthineers")
        emit(out, f"g14_mr_pl_{v}", "g14_mr_pl", "MR", "MR", hdr, c, gray_bgs(H, W, 1, 1401 + v, hi=0.65), "mono16",
             compress=JPEGLSLossless if v == 0 else None)


def g15_cr_za(out):
    said = "800101500908"
    pts = [dict(n="Sipho Nkosi-Dlamini", hn="NKOSI-DLAMINI^SIPHO", rsa=said + luhn(said), hosp="SCH 2025-11842",
                dob="1980/01/01", diso="19800101", ins="Soweto Community Hospital", area="Diepkloof, Gauteng"),
           dict(n="Anri van Wyk", hn="VAN WYK^ANRI", rsa="920614008308" + luhn("920614008308"), hosp="TBH 7730214",
                dob="1992/06/14", diso="19920614", ins="Karoo Provincial Hospital", area="Beaufort West, W Cape")]
    for v, p in enumerate(pts):
        H, W = 600, 480
        c = Canvas(H, W)
        fs = 11
        c.line(8, 8, fs, [("P", p["n"])], "condb", color=0.95)
        c.line(8, 23, fs, [("n", "Hosp No"), ("I", p["hosp"].split()[1])], "cond", color=0.95)
        c.line(8, 38, fs, [("n", "RSA ID"), ("I", p["rsa"])], "cond", color=0.95)
        c.line(8, 53, fs, [("n", "DOB"), ("D", p["dob"], p["diso"])], "cond", color=0.95)
        c.line(W - 8, 8, fs, [("O", p["ins"])], "cond", color=0.95, anchor="r")
        c.line(W - 8, 23, fs, [("L", p["area"])], "cond", color=0.95, anchor="r")
        c.line(8, H - 34, fs, [("d", "SKULL LAT" if v == 0 else "PELVIS AP"), ("d", "70 kV 16 mAs")], "cond",
               color=0.95)
        c.line(8, H - 18, fs, [("d", "CARESTREAM DRX-1"), ("d", "S 210")], "cond", color=0.95)
        c.line(W - 30, H // 2, 20, [("n", "R")], "sansb", color=0.95)
        hdr = dict(PatientName=p["hn"], PatientID=p["hosp"].replace(" ", ""), PatientBirthDate=p["diso"],
                   StudyDate="20251120", InstitutionName=p["ins"], Manufacturer="Carestream Health")
        emit(out, f"g15_cr_za_{v}", "g15_cr_za", "CR", "CR", hdr, c, gray_bgs(H, W, 1, 1501 + v, lo=0.1, hi=0.7),
             "mono1_8" if v == 0 else "mono8")


def g16_xc_uk(out):
    pts = [dict(n="smith-jones, eleanor", hn="SMITH-JONES^ELEANOR", nhs=nhs("943476591"), dob="14 Feb 1952",
                diso="19520214",
                ins="St Aidan's Hospital Dermatology", pc="Leeds LS9 7TF", ph="0113 496 0821", clin="Dr A. Okafor"),
           dict(n="Rhys ap Gwilym", hn="AP GWILYM^RHYS", nhs=nhs("401023213"), dob="3rd July 1978", diso="19780703",
                ins="Ysbyty Glan Teifi", pc="Cardigan SA43 1JX", ph="01239 612 044", clin="Mr R. Hughes-Davies")]
    for v, p in enumerate(pts):
        H, W = (480, 640) if v == 0 else (600, 480)
        c = Canvas(H, W)
        col = (0.1, 0.1, 0.1)
        c.line(10, 8, 13, [("P", p["n"])], color=col)
        nn = p["nhs"]
        c.line(10, 26, 12, [("n", "NHS No:"), ("I", f"{nn[:3]} {nn[3:6]} {nn[6:]}")], color=col)
        if v == 0:
            c.line(10, 44, 12, [("n", "DOB:"), ("D", p["dob"], p["diso"])], color=col)
        else:
            c.line(10, 44, 12, [("n", "Born"), ("D", p["dob"], p["diso"])], color=col)
        c.line(W - 10, 8, 11, [("O", p["ins"])], color=col, anchor="r")
        c.line(W - 10, 24, 11, [("L", p["pc"]), ("n", "Tel"), ("F", p["ph"])], color=col, anchor="r")
        c.line(10, H - 48, 12, [("d", "Left forearm" if v == 0 else "Right shin"), ("n", "Lesion 2 of 3")], color=col)
        c.line(10, H - 30, 11, [("d", "Dermlite DL5"), ("d", "x10 polarised")], color=col)
        c.line(W - 10, H - 30, 11,
               [("n", "Clinician:"), ("T", p["clin"].split()[0]), ("S", " ".join(p["clin"].split()[1:]))], color=col,
               anchor="r")
        c.line(10, H - 14, 9, [("d", "0 1 2 3 cm")], "mono", color=col)
        hdr = dict(PatientName=p["hn"], PatientID=p["nhs"], PatientBirthDate=p["diso"], StudyDate="20251009",
                   InstitutionName="", Manufacturer="Canfield")
        emit(out, f"g16_xc_uk_{v}", "g16_xc_uk", "XC", "XC", hdr, c, [photo(H, W, 1601 + v, "skin")], "rgb")


def g17_ct_tr(out):
    pts = [dict(n="Ayşe Gül Yıldırım", hn="YILDIRIM^AYSE GUL", tc=tckn("234567891"), prot="P-2025-08812",
                dob="04.10.1966",
                diso="19661004", ins="Etlik Şehir Hastanesi", ili="Ankara", doc=["Uzm.", "Dr.", "Mehmet", "Çelik"]),
           dict(n="MUSTAFA KEMAL ÖZTÜRK", hn="ÖZTÜRK^MUSTAFA KEMAL", tc=tckn("387412905"), prot="2025/77120",
                dob="19.05.1948",
                diso="19480519", ins="Karadeniz Teknik Üniv. Farabi Hast.", ili="Trabzon",
                doc=["Tekn.", "Selin", "Aydoğan"])]
    for v, p in enumerate(pts):
        H = W = 512
        c = Canvas(H, W)
        fs = 10 if v == 0 else 12
        col = 0.42  # grey text over a mid-grey table/air region: grey on grey
        c.line(6, 6, fs, [("P", p["n"])], color=col)
        c.line(6, 6 + fs + 4, fs, [("n", "TC Kimlik No:"), ("I", p["tc"])], color=col)
        c.line(6, 6 + 2 * (fs + 4), fs, [("n", "Protokol:"), ("I", p["prot"])], color=col)
        c.line(6, 6 + 3 * (fs + 4), fs, [("n", "D.T.:"), ("D", p["dob"], p["diso"])], color=col)
        c.line(W - 6, 6, fs, [("O", p["ins"]), ("L", p["ili"])], color=col, anchor="r")
        c.line(W - 6, 6 + fs + 4, fs, [("d", "Revolution EVO")], color=col, anchor="r")
        c.line(6, H - 3 * (fs + 4), fs, [("d", "Toraks BT"), ("d", "kontrastlı")], color=col)
        c.line(6, H - 2 * (fs + 4), fs, [("d", "100 kV 180 mA"), ("d", "0.625 mm")], color=col)
        c.line(6, H - 1 * (fs + 4), fs, [("d", "W:350 L:40"), ("d", "Ax 112/240")], color=col)
        c.line(W - 6, H - 1 * (fs + 4), fs, [("T", " ".join(p["doc"][:2]) if v == 0 else p["doc"][0]),
                                             ("S", " ".join(p["doc"][2:] if v == 0 else p["doc"][1:]))], color=col,
                                             anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["prot"], PatientBirthDate=p["diso"], StudyDate="20251118",
                   InstitutionName=p["ins"] if v == 0 else "", Manufacturer="GE MEDICAL SYSTEMS")
        bg = gray_bgs(H, W, 1, 1701 + v, lo=0.22, hi=0.7)
        emit(out, f"g17_ct_tr_{v}", "g17_ct_tr", "CT", "CT", hdr, c, bg, "mono16",
             dict(RescaleIntercept=-1024, RescaleSlope=1))


def g18_us_kr(out):
    pts = [dict(n="KIM MIN-JUNG", hn="KIM^MIN-JUNG", rr=rrn("850315212345"), pid="10448213", sd="2025.03.17",
                siso="20250317",
                ins="Seoul Hangang Medical Center"),
           dict(n="Park Ji-hoon", hn="PARK^JI-HOON", rr=rrn("930708102233"), pid="20881904", sd="2025.10.30",
                siso="20251030",
                ins="Busan Haeundae Paik Clinic")]
    for v, p in enumerate(pts):
        H, W, nf = 480, 640, (4 if v == 0 else 1)
        c = Canvas(H, W, nf)
        col = (0.9, 0.9, 0.9)
        c.line(W // 2, 6, 12, [("O", p["ins"])], color=col, anchor="c")
        # label far from its value: "Name" at the left edge, value after a wide gap (tab stop)
        c.line(8, 26, 11, [("n", "Name")], color=col)
        c.line(120, 26, 11, [("P", p["n"])], color=col)
        c.line(8, 41, 11, [("n", "Pt.ID")], color=col)
        c.line(120, 41, 11, [("I", p["pid"])], color=col)
        c.line(8, 56, 11, [("n", "RRN")], color=col)
        c.line(120, 56, 11, [("I", p["rr"])], color=col)
        c.line(W - 8, 26, 11, [("D", p["sd"], p["siso"])], color=col, anchor="r")
        c.line(W - 8, 41, 11, [("d", "RS85 Prestige")], color=col, anchor="r")
        yy = 90
        for t in ["L3-12A", "Thyroid", "Freq 12MHz", "DR 70", "Gain 45", "Depth 4.0cm", "Focus 1.5", "MI 0.7",
                  "TIs 0.2"]:
            yy = c.line(W - 8, yy, 10, [("d", t)], color=(0.9, 0.9, 0.6), anchor="r")
        c.line(8, H - 46, 10, [("d", "RT LOBE TRANS")], color=col)
        c.line(8, H - 30, 10, [("d", "D1 1.32cm D2 0.87cm")], color=(0.6, 1.0, 0.6))
        c.line(8, H - 14, 10, [("d", "K-TIRADS 3")], color=col)
        hdr = dict(PatientName=p["hn"], PatientID=p["pid"], StudyDate=p["siso"], InstitutionName=p["ins"],
                   Manufacturer="SAMSUNG MEDISON CO., LTD.")
        emit(out, f"g18_us_kr_{v}", "g18_us_kr", "US", "USMF" if nf > 1 else "US", hdr, c,
             gray_bgs(H, W, nf, 1801 + v, kind="sector"), "ybr422jpeg" if v == 0 else "rgb")


def g19_mr_ca(out):
    pts = [dict(n="TREMBLAY-GAUTHIER, Marie-Ève", hn="TREMBLAY-GAUTHIER^MARIE-EVE", ramq="TREM 6552 1512", dos="884412",
                dob="1965-05-15", diso="19650515", ins="CHU de Québec - Hôpital de l'Enfant-Jésus",
                ref="Dre Isabelle Fortin"),
           dict(n="MacDonald, Ian Alasdair", hn="MACDONALD^IAN ALASDAIR", ramq="4532-281-936-NK", dos="M0027716",
                dob="1977-12-02", diso="19771202", ins="Thunder Bay Regional Health Sciences", ref="Dr. Priya Raman")]
    for v, p in enumerate(pts):
        H = W = 448
        c = Canvas(H, W)
        fs = 10
        c.line(5, 5, fs, [("P", p["n"])], "sansb")
        c.line(5, 19, fs, [("n", "RAMQ" if v == 0 else "OHIP"), ("I", p["ramq"])])
        c.line(5, 33, fs, [("n", "Dossier" if v == 0 else "MRN"), ("I", p["dos"])])
        c.line(5, 47, fs, [("n", "DDN" if v == 0 else "DOB"), ("D", p["dob"], p["diso"])])
        c.line(W - 5, 5, fs - 1, [("O", p["ins"])], anchor="r")
        c.line(W - 5, 19, fs, [("d", "Ingenia 3.0T")], anchor="r")
        c.line(5, H - 44, fs, [("d", "sT1W_3D_TFE"), ("d", "Gd")])
        c.line(5, H - 30, fs, [("d", "TR/TE 8.1/3.7"), ("d", "FA 8")])
        c.line(5, H - 16, fs, [("d", "Se 701"), ("d", "Im 88/176")])
        c.line(W - 5, H - 16, fs,
               [("n", "Réf.:" if v == 0 else "Ref:"), ("T", p["ref"].split()[0]),
                ("S", " ".join(p["ref"].split()[1:]))], anchor="r")
        c.line(W // 2, 40, 12, [("n", "A")], "sansb", anchor="c")
        c.line(W // 2, H - 60, 12, [("n", "P")], "sansb", anchor="c")
        hdr = dict(PatientName=p["hn"], PatientID=p["dos"], PatientBirthDate=p["diso"], StudyDate="20250505",
                   InstitutionName=p["ins"], ReferringPhysicianName=p["ref"].split()[-1] + "^" + p["ref"].split()[1],
                   Manufacturer="Philips")
        emit(out, f"g19_mr_ca_{v}", "g19_mr_ca", "MR", "MR", hdr, c, gray_bgs(H, W, 1, 1901 + v, hi=0.75), "mono16")


def g20_rf_ng(out):
    pts = [dict(t="Mrs.", n="Ngozi Adaeze Okonkwo-Bello", hn="OKONKWO-BELLO^NGOZI ADAEZE", hosp="LIGH/25/08817",
                dob="11-07-1984", diso="19840711", ins="Lagos Island General Hospital", addr="Broad Street, Lagos",
                rad=["Dr.", "Oluwaseun", "Adeyemi"]),
           dict(t="Mr.", n="Abubakar Sadiq Danjuma", hn="DANJUMA^ABUBAKAR SADIQ", hosp="ABUTH-0044-719",
                dob="02-02-1970", diso="19700202", ins="Zaria Teaching Hospital", addr="Shika, Kaduna State",
                rad=["Dr.", "(Mrs)", "F.", "Ibrahim"])]
    for v, p in enumerate(pts):
        H, W, nf = 512, 512, 3
        c = Canvas(H, W, nf)
        fs = 11
        c.line(6, 6, fs, [("T", p["t"]), ("P", p["n"])], "serif")
        c.line(6, 21, fs, [("n", "Hosp. No."), ("I", p["hosp"])], "serif")
        c.line(6, 36, fs, [("n", "D.O.B"), ("D", p["dob"], p["diso"])], "serif")
        c.line(W - 6, 6, fs, [("O", p["ins"])], "serif", anchor="r")
        c.line(W - 6, 21, fs, [("L", p["addr"])], "serif", anchor="r")
        c.line(6, H - 48, fs, [("d", "Barium Swallow" if v == 0 else "HSG"), ("d", "Fluoro 1.8 min")], "serif")
        c.line(6, H - 33, fs, [("d", "78 kV 2.1 mA"), ("d", "Pulse 7.5/s")], "serif")
        c.line(6, H - 18, fs, [("d", "Luminos Agile Max")], "serif")
        c.line(150, 300, fs, [("n", "Radiographer:"), ("S", "Chinedu Eze" if v == 0 else "Hauwa Musa-Yakubu")],
               "serif", color=0.97)
        c.line(150, 316, fs, [("d", "Erect"), ("d", "5 min" if v == 0 else "Delayed 10 min")], "serif", color=0.97)
        c.line(W - 6, H - 18, fs, [("n", "Radiologist:"), ("T", " ".join(p["rad"][:-2]) if v == 0 else "Dr. (Mrs)"),
                                   ("S", " ".join(p["rad"][-2:]))], "serif", anchor="r")
        hdr = dict(PatientName=p["hn"], PatientID=p["hosp"], PatientBirthDate=p["diso"] if v == 0 else "",
                   StudyDate="20250929", InstitutionName="", Manufacturer="Siemens")
        emit(out, f"g20_rf_ng_{v}", "g20_rf_ng", "RF", "RF", hdr, c, gray_bgs(H, W, nf, 2001 + v, lo=0.3, hi=0.8),
             "mono8")


GROUPS = [g01_ct_de, g02_mr_fr, g03_cr_us, g04_us_jp, g05_xa_it, g06_nm_nl, g07_pt_es, g08_mg_se, g09_sc_br, g10_op_in,
          g11_dx_ru, g12_ct_cn, g13_us_au, g14_mr_pl, g15_cr_za, g16_xc_uk, g17_ct_tr, g18_us_kr, g19_mr_ca, g20_rf_ng]


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for g in GROUPS:
        g(out)
    names = [g.__name__ for g in GROUPS]
    rnd = random.Random(18018)
    rnd.shuffle(names)
    half = {n: ("A" if i < len(names) // 2 else "B") for i, n in enumerate(names)}
    images = {p.name[:-4]: half[p.name[:-6]] for p in sorted(out.glob("*.dcm"))}
    (out / "split.json").write_text(json.dumps(dict(seed=18018, groups=half, images=images), indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
