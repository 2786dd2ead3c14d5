"""Review 19 set generator: python make_set.py OUTDIR  (deterministic; every name, ID and date is invented).

Writes NAME.dcm + NAME.truth.json per image and split.json (last), in the format of
bench/review16/score.py. One word = one box. See README.md for the design.
"""
from __future__ import annotations

import hashlib
import io
import json
import random
import re
import sys
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, JPEGLSLossless, RLELossless

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = dict(sans="DejaVuSans.ttf", sansb="DejaVuSans-Bold.ttf", cond="DejaVuSansCondensed.ttf",
             condb="DejaVuSansCondensed-Bold.ttf", mono="DejaVuSansMono.ttf", monob="DejaVuSansMono-Bold.ttf",
             serif="DejaVuSerif.ttf", serifc="DejaVuSerifCondensed.ttf")

SOP = dict(CT="1.2.840.10008.5.1.4.1.1.2", MR="1.2.840.10008.5.1.4.1.1.4", CR="1.2.840.10008.5.1.4.1.1.1",
           DX="1.2.840.10008.5.1.4.1.1.1.1", US="1.2.840.10008.5.1.4.1.1.6.1", USMF="1.2.840.10008.5.1.4.1.1.3.1",
           XA="1.2.840.10008.5.1.4.1.1.12.1", RF="1.2.840.10008.5.1.4.1.1.12.2", NM="1.2.840.10008.5.1.4.1.1.20",
           PT="1.2.840.10008.5.1.4.1.1.128", MG="1.2.840.10008.5.1.4.1.1.1.2", OP="1.2.840.10008.5.1.4.1.1.77.1.5.1",
           XC="1.2.840.10008.5.1.4.1.1.77.1.4", SC="1.2.840.10008.5.1.4.1.1.7",
           SCMF8="1.2.840.10008.5.1.4.1.1.7.2")

TAGS = {"n": ("nonphi", "TEXT"), "d": ("device", "DEVICE"), "P": ("phi", "PERSON"), "S": ("phi", "PERSON"),
        "T": ("phi", "PERSON"), "Ts": ("phi", "PERSON"), "I": ("phi", "ID"), "D": ("phi", "DATE_TIME"),
        "A": ("phi", "LOCATION"), "H": ("phi", "ORGANIZATION"), "F": ("phi", "PHONE_NUMBER")}

# ---------------------------------------------------------------- check digits


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        tot += d
    return str((10 - tot % 10) % 10)


def nhs(n9):
    s = sum(int(c) * w for c, w in zip(n9, range(10, 1, -1), strict=True))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10
    return n9 + str(c)


def nir(n13):
    return n13 + f"{97 - int(n13) % 97:02d}"


def cpf(n9):
    d = [int(c) for c in n9]
    s = sum(v * w for v, w in zip(d, range(10, 1, -1), strict=True))
    c1 = 0 if s % 11 < 2 else 11 - s % 11
    d.append(c1)
    s = sum(v * w for v, w in zip(d, range(11, 1, -1), strict=True))
    c2 = 0 if s % 11 < 2 else 11 - s % 11
    return f"{n9[:3]}.{n9[3:6]}.{n9[6:9]}-{c1:d}{c2:d}"


def dni(n8):
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


def bsn(n8):
    for last in range(10):
        s = n8 + str(last)
        if (sum(int(c) * w for c, w in zip(s[:8], range(9, 1, -1), strict=True)) - int(s[8])) % 11 == 0:
            return s
    raise ValueError


def pesel(n10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return n10 + str((10 - sum(int(c) * x for c, x in zip(n10, w, strict=True)) % 10) % 10)


def tckn(n9):
    d = [int(c) for c in n9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def rrn(n12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(n12, w, strict=True)) % 11) % 10
    return n12[:6] + "-" + n12[6:] + str(c)


def cn_id(n17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return n17 + "10X98765432"[sum(int(a) * b for a, b in zip(n17, w, strict=True)) % 11]


def hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def fnr(n9):
    d = [int(c) for c in n9]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return "".join(map(str, d)) + str(k2)


def kvnr(letter, n8):
    digits = f"{ord(letter) - 64:02d}" + n8
    tot = 0
    for i, c in enumerate(digits):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return letter + n8 + str(tot % 10)


def medicare_au(n8, issue):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(n8, w, strict=True)) % 10
    s = n8 + str(c) + str(issue)
    return f"{s[:4]} {s[4:9]} {s[9:]}"


def personnummer(yymmdd, nnn):
    s = yymmdd + nnn
    return yymmdd + "-" + nnn + luhn_digit(s)


def sa_id(n12):
    return n12 + luhn_digit(n12)


def ohip(n9):
    return n9 + luhn_digit(n9)


# ---------------------------------------------------------------- backgrounds


def anatomy(rows, cols, seed, kind="body", phase=0.0):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float32)
    cy, cx = rows / 2, cols / 2
    if kind == "fan":  # ultrasound sector
        ay, ax = rows * 0.08, cx
        r = np.hypot(y - ay, x - ax)
        th = np.arctan2(x - ax, y - ay)
        inside = (np.abs(th) < 0.6) & (r < rows * 0.82) & (r > rows * 0.05)
        speck = rng.gamma(2.0, 0.5, size=(rows, cols)).astype(np.float32)
        tissue = 0.25 + 0.2 * np.sin(r / 9.0 + phase) + 0.2 * np.cos(th * 11 + phase)
        cyst = np.hypot(y - rows * 0.5, x - cx - 20 * np.sin(phase)) < rows * 0.09
        img = np.clip(tissue * speck * 0.6, 0, 1) * inside
        img[cyst & inside] *= 0.15
        return img
    if kind == "disk":  # fundus
        r = np.hypot((y - cy) / (rows * 0.45), (x - cx) / (rows * 0.45))
        img = np.clip(1.0 - r ** 4, 0, 1) * (0.7 + 0.3 * np.exp(-((x - cx * 1.3) ** 2 + (y - cy) ** 2) / (rows * 4)))
        return img
    if kind == "photo":
        img = 0.55 + 0.15 * np.sin(x / 40.0 + seed) * np.cos(y / 55.0) + rng.normal(0, 0.02, (rows, cols))
        return np.clip(img, 0, 1)
    if kind == "spots":  # NM / PET
        img = np.zeros((rows, cols), np.float32)
        for _ in range(40):
            py, px = rng.uniform(0.1, 0.9) * rows, rng.uniform(0.3, 0.7) * cols
            s = rng.uniform(2, 9)
            img += rng.uniform(0.2, 1.0) * np.exp(-((y - py) ** 2 + (x - px) ** 2) / (2 * s * s))
        body = np.clip(1.2 - np.hypot((y - cy) / (rows * 0.46), (x - cx) / (cols * 0.16)), 0, 1) * 0.25
        return np.clip(img + body + rng.normal(0, 0.03, (rows, cols)), 0, 1)
    if kind == "vessels":
        img = 0.75 + rng.normal(0, 0.03, (rows, cols))
        for k in range(7):
            path = cx + (k - 3) * cols * 0.07 + 40 * np.sin(y / (60 + 9 * k) + phase + k)
            img -= 0.45 * np.exp(-((x - path) ** 2) / (2 * (3 + k % 3) ** 2))
        vign = np.clip(1.3 - np.hypot(y - cy, x - cx) / (rows * 0.55), 0, 1)
        return np.clip(img * vign, 0, 1)
    if kind == "breast":
        r = np.hypot((y - cy) / (rows * 0.45), (x - 0) / (cols * 0.6))
        tissue = np.clip(1.05 - r, 0, 1) ** 0.5 * (0.6 + 0.25 * np.sin(x / 13.0) * np.cos(y / 19.0))
        return np.clip(tissue + rng.normal(0, 0.02, (rows, cols)), 0, 1)
    r = np.hypot((y - cy) / (rows * 0.40), (x - cx) / (cols * 0.34))
    body = np.clip(1.2 - r, 0, 1)
    body = body * (0.6 + 0.4 * np.sin(x / 17.0 + phase) * np.cos(y / 23.0))
    body += rng.normal(0, 0.02, size=body.shape)
    return np.clip(body, 0, 1)


# ---------------------------------------------------------------- text + truth

TOK = re.compile(r"\{(\w+):([^}]*)\}|(\S+)")


def parse(spec, default):
    out = []
    for m in TOK.finditer(spec):
        if m.group(3) is not None:
            out.append((m.group(3), default))
        else:
            for w in m.group(2).split():
                out.append((w, m.group(1)))
    return out


def norm(s):
    return "".join(ch for ch in s.upper() if ch.isalnum())


MONTHS = {m: i + 1 for i, m in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                                           "NOV", "DEC"])}
MONTHS.update({"MRZ": 3, "MAI": 5, "OKT": 10, "DEZ": 12, "MARS": 3, "FEV": 2, "AVR": 4, "MAG": 5, "GIU": 6,
               "OTT": 10, "DIC": 12, "ENE": 1, "ABR": 4, "AGO": 8, "SET": 9, "MRT": 3})


def date_in_header(tok, hdates):
    d = re.findall(r"\d+", tok)
    letters = re.findall(r"[A-Za-z]+", tok)
    cands = set()
    if len(d) == 3:
        a, b, c = d
        for y, m, dd in ((a, b, c), (c, b, a), (c, a, b)):
            cands.add((y, m, dd))
    elif len(d) == 2 and letters:
        mon = MONTHS.get(letters[0].upper()[:3], MONTHS.get(letters[0].upper()))
        if mon:
            cands.add((d[1], str(mon), d[0]))
            cands.add((d[0], str(mon), d[1]))
    elif len(d) == 1 and len(d[0]) == 8:
        cands.add((d[0][:4], d[0][4:6], d[0][6:]))
    for y, m, dd in cands:
        for h in hdates:
            if len(y) == 2:
                y = h[:2] + y
            try:
                if (int(y), int(m), int(dd)) == (int(h[:4]), int(h[4:6]), int(h[6:8])):
                    return True
            except ValueError:
                pass
    return False


class Img:
    def __init__(self, name, group, modality, rows, cols, frames=1, color=False, bg="body", seed=0, header=None,
                 pixel="u16", bits=12, photometric=None, ts="raw", sop=None, bgscale=(0.0, 0.85)):
        self.name, self.group, self.modality = name, group, modality
        self.rows, self.cols, self.frames, self.color = rows, cols, frames, color
        self.header = header or {}
        self.pixel, self.bits, self.ts = pixel, bits, ts
        self.photometric = photometric or ("RGB" if color else "MONOCHROME2")
        self.sop = sop or SOP[modality]
        lo, hi = bgscale
        self.base = []
        for f in range(frames):
            a = anatomy(rows, cols, seed, bg, phase=0.5 * f) if bg else np.zeros((rows, cols), np.float32)
            a = lo + (hi - lo) * a
            if color:
                a = np.stack([a, a, a], -1)
            self.base.append(a.astype(np.float32))
        self.words = []

    def tint(self, rgb):
        for f in range(self.frames):
            self.base[f] = self.base[f] * np.asarray(rgb, np.float32)[None, None, :]

    def rect(self, x0, y0, x1, y1, val, frames=None):
        for f in (range(self.frames) if frames is None else frames):
            self.base[f][y0:y1, x0:x1] = val

    def text(self, x, y, spec, size=12, font="sans", val=1.0, default="n", frames=None, align="l", gap=None):
        """Draws the words of spec; x is the left edge (align l) or the right edge (align r)."""
        f = ImageFont.truetype(FD + FONTS[font], size)
        toks = parse(spec, default)
        sp = f.getlength(" ") if gap is None else gap
        widths = [f.getlength(w) for w, _ in toks]
        total = sum(widths) + sp * (len(toks) - 1)
        cx = x - total if align == "r" else x
        mask = Image.new("L", (self.cols, self.rows), 0)
        d = ImageDraw.Draw(mask)
        for (w, tag), wd in zip(toks, widths, strict=True):
            d.text((cx, y), w, fill=255, font=f)
            box = [int(v) for v in d.textbbox((cx, y), w, font=f)]
            kind, ent = TAGS[tag]
            self.words.append(dict(text=w, kind=kind, entity=ent, box=box, frames=frames, size=size, font=font,
                                   staff=tag in ("S", "Ts"), title=tag in ("T", "Ts"), tag=tag))
            cx += wd + sp
        a = np.asarray(mask, np.float32) / 255.0
        v = np.asarray(val, np.float32)
        for fr in (range(self.frames) if frames is None else frames):
            b = self.base[fr]
            if self.color:
                b[:] = b * (1 - a[..., None]) + v[None, None, :] * a[..., None]
            else:
                b[:] = b * (1 - a) + v * a
        return total

    # -------------------------------------------------------------- output
    def finish(self, outdir: Path):
        h = self.header
        hvals = [str(v) for k, v in h.items() if not k.endswith("Date")]
        htoks = set()
        for v in hvals:
            for t in re.split(r"[\s\^,/\-\.]+", v):
                if norm(t):
                    htoks.add(norm(t))
        hjoined = [norm(v) for v in hvals]
        hdates = [str(v) for k, v in h.items() if k.endswith("Date") and v]
        for w in self.words:
            if w["kind"] != "phi":
                w["in_header"] = None
                continue
            n = norm(w["text"])
            ih = bool(n) and (n in htoks or (len(n) >= 4 and any(n in j for j in hjoined)))
            if w["entity"] == "DATE_TIME":
                ih = date_in_header(w["text"], hdates)
            w["in_header"] = ih
        ds = self.dataset()
        ds.save_as(outdir / f"{self.name}.dcm", enforce_file_format=True)
        truth = dict(image=self.name, group=self.group, modality=self.modality,
                     photometric=self.photometric, transfer_syntax=str(ds.file_meta.TransferSyntaxUID),
                     frames=self.frames, words=self.words)
        (outdir / f"{self.name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))

    def pixels(self):
        st = np.stack(self.base)
        st = np.clip(st, 0, 1)
        if self.pixel == "u8":
            arr = np.round(st * 255).astype(np.uint8)
        else:
            mx = 2 ** self.bits - 1
            arr = np.round(st * mx).astype(np.uint16)
            if self.photometric == "MONOCHROME1":
                arr = (mx - arr).astype(np.uint16)
        if self.pixel == "u8" and self.photometric == "MONOCHROME1":
            arr = 255 - arr
        return arr

    def dataset(self):
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = self.sop
        uid = "1.2.826.0.1.3680043.8.498." + str(int(hashlib.sha1(self.name.encode()).hexdigest()[:20], 16))
        meta.MediaStorageSOPInstanceUID = uid + ".3"
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = Dataset()
        ds.file_meta = meta
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.SOPClassUID = self.sop
        ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
        ds.StudyInstanceUID = uid + ".1"
        ds.SeriesInstanceUID = uid + ".2"
        ds.Modality = self.modality
        ds.StudyTime = "101500"
        ds.StudyID = "1"
        ds.SeriesNumber = 3
        ds.InstanceNumber = 1
        if self.sop == SOP["SC"] or self.sop == SOP["SCMF8"]:
            ds.ConversionType = "WSD"
        for k, v in self.header.items():
            setattr(ds, k, v)
        arr = self.pixels()
        F = self.frames
        if F > 1:
            ds.NumberOfFrames = F
            if self.modality in ("US", "XA", "RF"):
                ds.FrameTime = 33.3
                ds.FrameIncrementPointer = pydicom.tag.Tag(0x0018, 0x1063)
        ds.Rows, ds.Columns = self.rows, self.cols
        ds.SamplesPerPixel = 3 if self.color else 1
        ds.PhotometricInterpretation = self.photometric
        ds.BitsAllocated = 8 if self.pixel == "u8" else 16
        ds.BitsStored = 8 if self.pixel == "u8" else self.bits
        ds.HighBit = ds.BitsStored - 1
        ds.PixelRepresentation = 0
        if self.color:
            ds.PlanarConfiguration = 0
        if self.modality == "CT":
            ds.RescaleIntercept = -1024
            ds.RescaleSlope = 1
        if not self.color and self.pixel != "u8":
            ds.WindowCenter = 2 ** (self.bits - 1)
            ds.WindowWidth = 2 ** self.bits
        if self.ts == "jpeg":
            frames = []
            for f in range(F):
                a = arr[f] if F > 1 or arr.ndim == 4 else arr[0]
                buf = io.BytesIO()
                if self.color:
                    Image.fromarray(a, "RGB").save(buf, "JPEG", quality=92, subsampling=1)
                else:
                    Image.fromarray(a, "L").save(buf, "JPEG", quality=92)
                frames.append(buf.getvalue())
            ds.PixelData = encapsulate(frames)
            ds["PixelData"].VR = "OB"
            ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
            if self.color:
                ds.PhotometricInterpretation = "YBR_FULL_422"
            ds.LossyImageCompression = "01"
            ds.LossyImageCompressionMethod = "ISO_10918_1"
            return ds
        a = arr if F > 1 else arr[0]
        ds.PixelData = np.ascontiguousarray(a).tobytes()
        ds["PixelData"].VR = "OB" if self.pixel == "u8" else "OW"
        if self.ts == "rle":
            ds.compress(RLELossless, a, generate_instance_uid=False)
        elif self.ts == "jpegls":
            ds.compress(JPEGLSLossless, a, generate_instance_uid=False)
        return ds


# ---------------------------------------------------------------- the groups
# Each group function builds its two images from the variant's invented people.


def g01_ct_us(v):
    # US community hospital, CT abdomen, Siemens-like four-corner overlay, mono font.
    P = [dict(last="WHITFIELD", first="Darnell", mi="J", mrn="E4471902", acc="CT24-0031187", dob="08/14/1961",
              hd="19610814", sd="20240311", sdt="03/11/2024", ref=("Okafor", "Chidi"), tech="KLM"),
         dict(last="O'BRIEN-HAYES", first="Margaret", mi="A", mrn="E0293315", acc="CT24-0045520", dob="01/02/1947",
              hd="19470102", sd="20240522", sdt="05/22/2024", ref=("Nguyen", "Bao"), tech="RTS")][v]
    hdr = dict(PatientName=f"{P['last']}^{P['first']}^{P['mi']}", PatientID=P["mrn"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], AccessionNumber=P["acc"],
               ReferringPhysicianName=f"{P['ref'][0]}^{P['ref'][1]}", PatientSex="M" if v == 0 else "F",
               Manufacturer="SIEMENS", ManufacturerModelName="SOMATOM go.Up")
    im = Img(f"r19_ct_us_{v}", "ct_us", "CT", 512, 512, bg="body", seed=11 + v, header=hdr, bits=12)
    s, fo, val = 11, "mono", 0.98
    im.text(6, 4, f"{{P:{P['last']}, {P['first']} {P['mi']}}}", s, fo, val)
    im.text(6, 18, f"{{I:{P['mrn']}}}", s, fo, val)
    im.text(6, 32, f"DOB: {{D:{P['dob']}}} {'M' if v == 0 else 'F'}", s, fo, val)
    im.text(6, 46, f"Acc: {{I:{P['acc']}}}", s, fo, val)
    im.text(506, 4, "{H:Mercy Lakes Medical Center}", s, fo, val, align="r")
    im.text(506, 18, "SOMATOM go.Up", s, fo, val, default="d", align="r")
    im.text(506, 32, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(506, 46, "ABD/PEL W CONTRAST", s, fo, val, align="r")
    im.text(6, 440, "kV 120 mAs 187", s, fo, val, default="d")
    im.text(6, 454, "Slice 3.0 mm Tilt 0.0", s, fo, val, default="d")
    im.text(6, 468, "CTDIvol 11.42 mGy", s, fo, val, default="d")
    im.text(6, 482, f"Ref: {{S:{P['ref'][0].upper()}, {P['ref'][1].upper()}}}", s, fo, val)
    im.text(6, 496, f"Tech: {{S:{P['tech']}}}", s, fo, val)
    im.text(506, 468, "W 400 L 40", s, fo, val, default="d", align="r")
    im.text(506, 482, "Se: 4 Im: 112", s, fo, val, default="d", align="r")
    im.text(506, 496, "Br40d 3", s, fo, val, default="d", align="r")
    im.text(250, 250, "L", 14, "sansb", 0.95)
    im.text(20, 250, "R", 14, "sansb", 0.95)
    return im


def g02_mr_de(v):
    P = [dict(last="Müller-Lüdenscheidt", first="Hans-Georg", dob="03.07.1958", hd="19580703",
              kv=kvnr("M", "18273645"), pid="70012345", sd="20240415", sdt="15.04.2024",
              ref="Dr. med. Schäfer", ins="Klinikum Nord Hamburg", addr="Tangstedter Landstraße 400, 22417 Hamburg"),
         dict(last="von Brandenstein", first="Ilse", dob="21.11.1939", hd="19391121", kv=kvnr("B", "55012873"),
              pid="70298811", sd="20240902", sdt="02.09.2024", ref="Dr. Özdemir",
              ins="Universitätsklinikum Leipzig", addr="Liebigstraße 20, 04103 Leipzig")][v]
    hdr = dict(PatientName=f"{P['last']}^{P['first']}", PatientID=P["pid"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"], Manufacturer="Philips", AccessionNumber="",
               ManufacturerModelName="Ingenia 3.0T", PatientSex="M" if v == 0 else "F")
    im = Img(f"r19_mr_de_{v}", "mr_de", "MR", 448 if v == 0 else 384, 448 if v == 0 else 384, bg="body",
             seed=21 + v, header=hdr, bits=16)
    W = im.cols - 6
    s, fo, val = 10, "sans", 0.9
    im.text(6, 4, f"Name: {{P:{P['last']}, {P['first']}}}", s, fo, val)
    im.text(6, 17, f"Geb.-Datum: {{D:{P['dob']}}}", s, fo, val)
    im.text(6, 30, f"Pat.-ID: {{I:{P['pid']}}}", s, fo, val)
    im.text(6, 43, f"KVNR {{I:{P['kv']}}}", s, fo, val)
    im.text(W, 4, f"{{H:{P['ins']}}}", s, fo, val, align="r")
    im.text(W, 17, f"{{A:{P['addr']}}}", 9, "cond", val, align="r")
    im.text(W, 30, f"Untersuchung: {{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(W, 43, "Ingenia 3.0T R5.7.1", s, fo, val, default="d", align="r")
    y = im.rows - 60
    im.text(6, y, "T2W_TSE_tra SENSE", s, fo, val, default="d")
    im.text(6, y + 13, "TR 4200 TE 100", s, fo, val, default="d")
    im.text(6, y + 26, "FOV 230x230 mm", s, fo, val, default="d")
    im.text(6, y + 39, "Schicht 12/24 SD 4.0 mm", s, fo, val, default="d")
    im.text(W, y + 13, "Kopf Spule 32K", s, fo, val, default="d", align="r")
    im.text(W, y + 26, "FS 3.0T", s, fo, val, default="d", align="r")
    im.text(W, y + 39, f"Zuweiser: {{Ts:{P['ref'].split()[0]}}} " +
            " ".join(f"{{Ts:{t}}}" if t == "med." else f"{{S:{t}}}" for t in P['ref'].split()[1:]), s, fo, val,
            align="r")
    im.text(im.cols // 2 - 4, 60, "A", 12, "sansb", 0.9)
    im.text(im.cols // 2 - 4, im.rows - 80, "P", 12, "sansb", 0.9)
    return im


def g03_us_jp(v):
    # Japanese clinic, abdominal US cine, RGB JPEG (YBR_FULL_422), romanised names (family first).
    P = [dict(name="YAMAMOTO TARO", pid="0012483391", dob="1972/05/30", hd="19720530", sd="20240612",
              sdt="2024/06/12", ins="Sakura Clinic Setagaya", tech="Sato"),
         dict(name="Takahashi Yuko", pid="0020117745", dob="1985/12/03", hd="19851203", sd="20241028",
              sdt="2024/10/28", ins="Minami Nagoya Hospital", tech="Ito")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^"), PatientID=P["pid"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"], Manufacturer="Canon Medical Systems",
               ManufacturerModelName="Aplio i800")
    nf = 6 if v == 0 else 4
    im = Img(f"r19_us_jp_{v}", "us_jp", "US", 480, 640, frames=nf, color=True, bg="fan", seed=31 + v,
             header=hdr, pixel="u8", ts="jpeg", sop=SOP["USMF"], bgscale=(0.0, 1.0))
    im.rect(0, 0, 640, 34, (0.08, 0.08, 0.12))
    s, fo = 12, "sans"
    wht, yel, grn = (0.95, 0.95, 0.95), (0.95, 0.9, 0.3), (0.5, 0.95, 0.5)
    im.text(8, 3, f"{{P:{P['name']}}}", s, fo, wht)
    im.text(8, 18, f"ID: {{I:{P['pid']}}}", s, fo, wht)
    im.text(210, 3, f"{{D:{P['sdt']}}}", s, fo, wht)
    im.text(210, 18, f"{{H:{P['ins']}}}", s, fo, wht)
    im.text(632, 3, "Aplio i800 TUS-AI800", s, fo, yel, default="d", align="r")
    im.text(632, 18, "Abdomen General", s, fo, yel, default="n", align="r")
    im.text(8, 60, "i8CX1", 11, fo, grn, default="d")
    im.text(8, 74, "MI 1.1 TIS 0.6", 11, fo, grn, default="d")
    im.text(8, 88, "G 82 DR 65", 11, fo, grn, default="d")
    im.text(8, 102, "D 16.0cm FR 28", 11, fo, grn, default="d")
    im.text(560, 420, "THI", 11, fo, grn, default="d")
    im.text(8, 455, f"Sonographer: {{S:{P['tech']}}}", 11, fo, wht)
    # measurement appears on the last frames only
    fr = list(range(nf - 2, nf))
    im.text(440, 60, "Dist 2.41 cm", 11, fo, yel, default="d", frames=fr)
    im.text(440, 74, "Liver Lt lobe", 11, fo, yel, default="n", frames=fr)
    return im


def g04_cr_fr(v):
    # French CHU, chest CR, MONOCHROME1 12 bit, NIR with its key, labels far from values.
    P = [dict(last="DUPONT", first="Jean-Pierre", nir=nir("1510433063224"), ipp="000812345", dob="12/04/1951",
              hd="19510412", sd="20240118", sdt="18/01/2024", ins="CHU de Bordeaux",
              addr="Place Amélie Raba-Léon 33000 Bordeaux", man="M. Lefèvre"),
         dict(last="N'DIAYE", first="Aminata", nir=nir("2880775115032"), ipp="000990411", dob="07/08/1988",
              hd="19880807", sd="20240703", sdt="03/07/2024", ins="Hôpital Lariboisière",
              addr="2 rue Ambroise-Paré 75010 Paris", man="Mme Girard")][v]
    hdr = dict(PatientName=f"{P['last']}^{P['first']}", PatientID=P["ipp"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"], Manufacturer="FUJIFILM Corporation",
               PatientSex="M" if v == 0 else "F")
    R, C = (720, 600) if v == 0 else (640, 560)
    im = Img(f"r19_cr_fr_{v}", "cr_fr", "CR", R, C, bg="body", seed=41 + v, header=hdr, bits=12,
             photometric="MONOCHROME1", bgscale=(0.05, 0.8))
    s, fo, val = 12, "sans", 1.0
    im.text(8, 6, "NOM :", s, fo, val)
    im.text(160, 6, f"{{P:{P['last']} {P['first']}}}", s, fo, val)
    im.text(8, 22, "Né(e) le :", s, fo, val)
    im.text(160, 22, f"{{D:{P['dob']}}}", s, fo, val)
    im.text(8, 38, "N° SS :", s, fo, val)
    im.text(160, 38, f"{{I:{P['nir'][0]} {P['nir'][1:3]} {P['nir'][3:5]} {P['nir'][5:7]} {P['nir'][7:10]} "
            f"{P['nir'][10:13]} {P['nir'][13:]}}}", s, fo, val)
    im.text(8, 54, "IPP :", s, fo, val)
    im.text(160, 54, f"{{I:{P['ipp']}}}", s, fo, val)
    im.text(C - 8, 6, f"{{H:{P['ins']}}}", s, fo, val, align="r")
    im.text(C - 8, 22, f"{{A:{P['addr']}}}", 10, "cond", val, align="r")
    im.text(C - 8, 38, f"Examen du {{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(8, R - 48, "THORAX FACE DEBOUT", s, fo, val)
    im.text(8, R - 32, "125 kV 2.5 mAs DFP 180 cm", s, fo, val, default="d")
    im.text(8, R - 16, "FCR PROFECT CS S 210 L 2.0", 11, fo, val, default="d")
    im.text(C - 8, R - 16, f"Manip : {{Ts:{P['man'].split()[0]}}} {{S:{P['man'].split()[1]}}}", 11, fo, val,
            align="r")
    im.text(C - 40, 90, "D", 20, "sansb", val)
    return im


def g05_dx_br(v):
    P = [dict(name="Maria da Conceição Souza", cpf=cpf("529982247"), pr="1204587", dob="05/11/1972",
              hd="19721105", sd="20240220", sdt="20/02/2024", ins="Hospital das Clínicas de Ribeirão Preto",
              med="Dra. Fernanda Albuquerque"),
         dict(name="JOÃO PEDRO DOS SANTOS NETO", cpf=cpf("318774105"), pr="2277031", dob="29/02/1964",
              hd="19640229", sd="20241111", sdt="11/11/2024", ins="Santa Casa de Misericórdia de Porto Alegre",
              med="Dr. Rafael Teixeira")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^", 1), PatientID=P["pr"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], Manufacturer="Carestream Health")
    R, C = (800, 640)
    im = Img(f"r19_dx_br_{v}", "dx_br", "DX", R, C, bg="body", seed=51 + v, header=hdr, bits=14 if v else 12,
             bgscale=(0.0, 0.7))
    s, fo, val = 13, "cond", 0.97
    im.text(10, 8, f"Paciente: {{P:{P['name']}}}", s, fo, val)
    im.text(10, 26, f"CPF: {{I:{P['cpf']}}}", s, fo, val)
    im.text(10, 44, f"Prontuário: {{I:{P['pr']}}}", s, fo, val)
    im.text(10, 62, f"Data Nasc.: {{D:{P['dob']}}}", s, fo, val)
    im.text(C - 10, 8, f"{{H:{P['ins']}}}", 11, fo, val, align="r")
    im.text(C - 10, 26, f"Data do exame: {{D:{P['sdt']}}}", s, fo, val, align="r")
    t, rest = P["med"].split()[0], P["med"].split()[1:]
    im.text(C - 10, 44, f"Solicitante: {{Ts:{t}}} {{S:{' '.join(rest)}}}", s, fo, val, align="r")
    im.text(10, R - 58, "JOELHO DIREITO AP E PERFIL", s, fo, val)
    im.text(10, R - 40, "70 kVp 8 mAs", s, fo, val, default="d")
    im.text(10, R - 22, "DRX-Evolution Plus DRX-1C", s, fo, val, default="d")
    im.text(C - 10, R - 22, "EI 1620 DAP 2.1 dGy*cm2", s, fo, val, default="d", align="r")
    im.text(C - 60, 120, "D", 22, "sansb", val)
    return im


def g06_xa_it(v):
    P = [dict(last="ROSSI", first="Giuseppe Antonio", nos="2024/0031877", dob="14/09/1949", hd="19490914",
              sd="20240308", sdt="08/03/2024", ins="Ospedale San Raffaele", op="dott. Bianchi",
              op2="dott.ssa Esposito"),
         dict(last="De Luca", first="Francesca", nos="2024/0107712", dob="02/01/1957", hd="19570102",
              sd="20241202", sdt="02/12/2024", ins="Policlinico Gemelli", op="prof. Ferraro",
              op2="dott. Colombo")][v]
    hdr = dict(PatientName=f"{P['last']}^{P['first']}", PatientID=P["nos"].replace("/", ""),
               PatientBirthDate=P["hd"], StudyDate=P["sd"], InstitutionName=P["ins"],
               PerformingPhysicianName=P["op"].split()[1].upper(), Manufacturer="GE Healthcare",
               ManufacturerModelName="Innova IGS 530")
    nf = 5 if v == 0 else 3
    R = 512
    im = Img(f"r19_xa_it_{v}", "xa_it", "XA", R, R, frames=nf, bg="vessels", seed=61 + v, header=hdr,
             pixel="u8", ts="rle", bgscale=(0.0, 1.0))
    s, fo, val = 10, "sans", 1.0
    im.text(4, 3, f"{{P:{P['last']} {P['first']}}}", s, fo, val)
    im.text(4, 15, f"Nosologico {{I:{P['nos']}}}", s, fo, val)
    im.text(4, 27, f"Nato/a il {{D:{P['dob']}}}", s, fo, val)
    im.text(R - 4, 3, f"{{H:{P['ins']}}}", s, fo, val, align="r")
    im.text(R - 4, 15, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    a, b = P["op"].split()
    c, d = P["op2"].split()
    im.text(R - 4, 27, f"Op. {{Ts:{a}}} {{S:{b}}} / {{Ts:{c}}} {{S:{d}}}", s, fo, val, align="r")
    im.text(4, R - 40, "LAO 32 CRA 18", s, fo, val, default="d")
    im.text(4, R - 27, "FD 20 cm 15 fps", s, fo, val, default="d")
    im.text(4, R - 14, "Coronarografia sinistra", s, fo, val)
    im.text(R - 4, R - 27, "76 kV 412 mA 6.2 ms", s, fo, val, default="d", align="r")
    im.text(R - 4, R - 14, "Innova IGS 530", s, fo, val, default="d", align="r")
    return im


def g07_nm_es(v):
    P = [dict(name="GARCÍA LÓPEZ, María del Carmen", dni=dni("47382915"), nhc="NHC 0832114", dob="15-mar-1966",
              hd="19660315", sd="20240423", sdt="23-abr-2024", ins="Hospital Universitario La Paz",
              med="Dr. Ruiz-Giménez"),
         dict(name="Fernández Ortega, José Luis", dni=dni("05219877"), nhc="NHC 1190027", dob="03-oct-1952",
              hd="19521003", sd="20240617", sdt="17-jun-2024", ins="Hospital Clínic de Barcelona",
              med="Dra. Puig i Soler")][v]
    hdr = dict(PatientName=P["name"].replace(", ", "^"), PatientID=P["nhc"].split()[1],
               PatientBirthDate=P["hd"], StudyDate=P["sd"], InstitutionName=P["ins"],
               Manufacturer="Siemens", ManufacturerModelName="Symbia Intevo")
    R, C = 512, 512
    im = Img(f"r19_nm_es_{v}", "nm_es", "NM", R, C, bg="spots", seed=71 + v, header=hdr, bits=16,
             bgscale=(0.0, 0.8))
    s, fo, val = 9, "cond", 1.0
    last, first = P["name"].split(", ")
    im.text(4, 3, f"{{P:{last}, {first}}}", s, fo, val)
    im.text(4, 14, f"DNI {{I:{P['dni']}}} NHC {{I:{P['nhc'].split()[1]}}}", s, fo, val)
    im.text(4, 25, f"F. nac. {{D:{P['dob']}}}", s, fo, val)
    im.text(C - 4, 3, f"{{H:{P['ins']}}}", s, fo, val, align="r")
    im.text(C - 4, 14, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    t = P["med"].split()
    im.text(C - 4, 25, f"Informa: {{Ts:{t[0]}}} " + " ".join(f"{{S:{x}}}" for x in t[1:]), s, fo, val, align="r")
    im.text(120, 50, "ANT", 12, "sansb", val)
    im.text(370, 50, "POST", 12, "sansb", val)
    im.text(4, R - 36, "GAMMAGRAFÍA ÓSEA CUERPO ENTERO", s, fo, val)
    im.text(4, R - 25, "99mTc-HDP 740 MBq", s, fo, val, default="d")
    im.text(4, R - 14, "LEHR 256x1024 12 cm/min", s, fo, val, default="d")
    im.text(C - 4, R - 14, "Symbia Intevo", s, fo, val, default="d", align="r")
    return im


def g08_pt_nl(v):
    P = [dict(name="van der Berg, Pieter", bsn=bsn("12345678"), pid="Z4871023", dob="22-06-1959",
              hd="19590622", sd="20240130", sdt="30-01-2024", ins="Amsterdam UMC locatie AMC"),
         dict(name="de Jong-Bakker, Annelies", bsn=bsn("23716540"), pid="Z0933188", dob="09-12-1971",
              hd="19711209", sd="20240814", sdt="14-08-2024", ins="Radboudumc Nijmegen")][v]
    hdr = dict(PatientName=P["name"].replace(", ", "^"), PatientID=P["pid"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"],
               Manufacturer="Philips", ManufacturerModelName="Vereos PET/CT")
    R, C = 400, 400
    im = Img(f"r19_pt_nl_{v}", "pt_nl", "PT", R, C, bg="spots", seed=81 + v, header=hdr, bits=16,
             bgscale=(0.0, 0.75))
    s, fo, val = 10, "sans", 0.95
    last, first = P["name"].split(", ")
    im.text(4, 3, f"{{P:{last}, {first}}}", s, fo, val)
    im.text(4, 16, f"BSN {{I:{P['bsn']}}}", s, fo, val)
    im.text(4, 29, f"{{I:{P['pid']}}} {{D:{P['dob']}}}", s, fo, val)
    im.text(C - 4, 3, f"{{H:{P['ins']}}}", 9, "cond", val, align="r")
    im.text(C - 4, 16, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(4, R - 40, "18F-FDG 212 MBq", s, fo, val, default="d")
    im.text(4, R - 27, "SUVbw max 8.4", s, fo, val, default="d")
    im.text(4, R - 14, "Vereos PET/CT 2 min/bed", s, fo, val, default="d")
    im.text(C - 4, R - 27, "Coronaal MIP", s, fo, val, align="r")
    im.text(C - 4, R - 14, "0.0 - 6.0 SUV", s, fo, val, default="d", align="r")
    return im


def g09_mg_se(v):
    P = [dict(name="Lindqvist, Karin Elisabet", pnr=personnummer("590312", "228"), sd="20240409",
              sdt="2024-04-09", hd="19590312", ins="Karolinska Universitetssjukhuset Solna", rad="ASN"),
         dict(name="Åberg-Nyström, Eva", pnr=personnummer("670801", "464"), sd="20241003", sdt="2024-10-03",
              hd="19670801", ins="Sahlgrenska Universitetssjukhuset", rad="KLJ")][v]
    hdr = dict(PatientName=P["name"].replace(", ", "^"), PatientID=P["pnr"].replace("-", ""),
               PatientBirthDate=P["hd"], StudyDate=P["sd"], InstitutionName=P["ins"],
               Manufacturer="HOLOGIC, Inc.", ManufacturerModelName="Selenia Dimensions", PatientSex="F")
    R, C = 900, 720
    im = Img(f"r19_mg_se_{v}", "mg_se", "MG", R, C, bg="breast", seed=91 + v, header=hdr, bits=14,
             photometric="MONOCHROME2", bgscale=(0.02, 0.7))
    s, fo, val = 12, "sans", 0.95
    im.text(C - 8, 8, f"{{P:{P['name'].split(', ')[0]}, {P['name'].split(', ')[1]}}}", s, fo, val, align="r")
    im.text(C - 8, 24, f"{{I:{P['pnr']}}}", s, fo, val, align="r")
    im.text(C - 8, 40, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(C - 8, 56, f"{{H:{P['ins']}}}", 10, "cond", val, align="r")
    im.text(C - 8, 72, f"Ssk: {{S:{P['rad']}}}", s, fo, val, align="r")
    im.text(C - 110, 140, "L CC" if v == 0 else "R MLO", 22, "sansb", val)
    im.text(C - 8, R - 60, "28 kV 96 mAs W/Rh", s, fo, val, default="d", align="r")
    im.text(C - 8, R - 44, "Kompression 112 N 54 mm", s, fo, val, default="d", align="r")
    im.text(C - 8, R - 28, "AGD 1.32 mGy ESD 6.1 mGy", s, fo, val, default="d", align="r")
    im.text(C - 8, R - 12, "Selenia Dimensions 1.11.2", 10, fo, val, default="d", align="r")
    return im


def g10_us_in(v):
    P = [dict(name="Priya Ramasubramanian", uhid="MH24.0081773", age="", dob="15-Mar-1990", hd="19900315",
              sd="20240716", sdt="16-Jul-2024", ins="Apollo Hospitals Greams Road Chennai",
              dr="Dr. K. Venkataraman", ph="044-2829 0200"),
         dict(name="mohd. imran qureshi", uhid="AIIMS/2024/558102", dob="01-Jan-1981", hd="19810101",
              sd="20240925", sdt="25-Sep-2024", ins="Ruby Hall Clinic Pune", dr="Dr. S. Kulkarni",
              ph="020-6645 5100")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^"), PatientID=P["uhid"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], Manufacturer="GE Healthcare", ManufacturerModelName="LOGIQ P9")
    R, C = 600, 800
    im = Img(f"r19_us_in_{v}", "us_in", "US", R, C, color=True, bg="fan", seed=101 + v, header=hdr,
             pixel="u8", sop=SOP["US"], bgscale=(0.0, 1.0))
    s, fo, wht, cyan = 13, "sans", (0.92, 0.92, 0.92), (0.4, 0.9, 0.95)
    im.rect(0, 0, C, 42, (0.12, 0.16, 0.22))
    im.text(8, 4, f"{{H:{P['ins']}}}", s, fo, wht)
    im.text(8, 22, f"Tel {{F:{P['ph']}}}", 11, fo, wht)
    im.text(C - 8, 4, f"{{P:{P['name']}}}", s, fo, wht, align="r")
    im.text(C - 8, 22, f"UHID {{I:{P['uhid']}}} {{D:{P['sdt']}}}", 11, fo, wht, align="r")
    im.text(8, 60, "C1-6-D", 12, fo, cyan, default="d")
    im.text(8, 76, "OB/GYN 2nd Trim", 12, fo, cyan)
    im.text(8, 92, "Frq 4.0 MHz Gn 46", 12, fo, cyan, default="d")
    im.text(8, 108, "E/A 3/2 D 14.0", 12, fo, cyan, default="d")
    im.text(8, 124, "AO% 100 MI 0.9 TIb 0.4", 12, fo, cyan, default="d")
    im.rect(560, 60, 790, 170, (0.05, 0.05, 0.05))
    im.text(566, 64, "BPD 48.2 mm 20w4d", 12, "mono", (0.95, 0.95, 0.4), default="d")
    im.text(566, 80, "HC 176.5 mm 20w1d", 12, "mono", (0.95, 0.95, 0.4), default="d")
    im.text(566, 96, "AC 152.0 mm 20w3d", 12, "mono", (0.95, 0.95, 0.4), default="d")
    im.text(566, 112, "FL 33.1 mm 20w2d", 12, "mono", (0.95, 0.95, 0.4), default="d")
    im.text(566, 130, f"LMP {{D:{'02-Mar-2024' if v == 0 else '10-May-2024'}}}", 12, "mono", (0.95, 0.95, 0.4))
    t = P["dr"].split()
    im.text(8, R - 22, f"Sonologist: {{Ts:{t[0]}}} " + " ".join(f"{{S:{x}}}" for x in t[1:]), 12, fo, wht)
    im.text(C - 8, R - 22, "PCPNDT: Sex determination not done", 11, fo, wht, align="r")
    return im


def g11_op_uk(v):
    P = [dict(title="Mrs", name="Jane Smith-Whitaker", nhs=nhs("943476591"), dob="12 Feb 1964", hd="19640212",
              sd="20240305", sdt="05 Mar 2024", ins="Moorfields Eye Hospital", addr="162 City Road, London EC1V 2PD",
              hosp="RFH1234567"),
         dict(title="Mr", name="Oluwaseun Adeyemi", nhs=nhs("401023213"), dob="30 Sep 1977", hd="19770930",
              sd="20240919", sdt="19 Sep 2024", ins="Manchester Royal Eye Hospital",
              addr="Oxford Road, Manchester M13 9WL", hosp="MRE0099812")][v]
    hdr = dict(PatientName=P["name"].split()[-1] + "^" + P["name"].split()[0] + "^^" + P["title"],
               PatientID=P["hosp"], PatientBirthDate=P["hd"], StudyDate=P["sd"], InstitutionName=P["ins"],
               Manufacturer="Topcon", ManufacturerModelName="TRC-NW400")
    R, C = 600, 720
    im = Img(f"r19_op_uk_{v}", "op_uk", "OP", R, C, color=True, bg="disk", seed=111 + v, header=hdr,
             pixel="u8", ts="jpeg", bgscale=(0.0, 1.0))
    im.tint((0.95, 0.45, 0.18))
    s, fo, wht = 13, "sans", (1.0, 1.0, 1.0)
    n = P["nhs"]
    im.text(8, 6, f"{{T:{P['title']}}} {{P:{P['name']}}}", s, fo, wht)
    im.text(8, 24, f"NHS No: {{I:{n[:3]} {n[3:6]} {n[6:]}}}", s, fo, wht)
    im.text(8, 42, f"DOB {{D:{P['dob']}}}", s, fo, wht)
    im.text(C - 8, 6, f"{{H:{P['ins']}}}", 11, fo, wht, align="r")
    im.text(C - 8, 22, f"{{A:{P['addr']}}}", 10, "cond", wht, align="r")
    im.text(C - 8, 40, f"{{D:{P['sdt']}}}", s, fo, wht, align="r")
    im.text(8, R - 40, "OD Macula centred 45°" if v == 0 else "OS Disc centred 45°", s, fo, wht)
    im.text(8, R - 20, "TRC-NW400 Flash 3 ISO 800", s, fo, wht, default="d")
    im.text(C - 8, R - 20, "DR grading R1 M0 P0", s, fo, wht, align="r")
    return im


def g12_xc_au(v):
    P = [dict(name="Bradley O'Connell", mc=medicare_au("29503781", 1), dob="04/07/1983", hd="19830704",
              sd="20240208", sdt="08/02/2024", clinic="Skin Check Clinic Bondi Junction", urn="UR 4471203",
              dr="Dr Wen Li"),
         dict(name="Tahlia Nguyen-Morris", mc=medicare_au("61229845", 3), dob="19/10/1995", hd="19951019",
              sd="20241121", sdt="21/11/2024", clinic="Royal Perth Hospital Dermatology", urn="UR 0883196",
              dr="Dr Harpreet Sandhu")][v]
    hdr = dict(PatientName=P["name"].split()[1] + "^" + P["name"].split()[0], PatientID=P["urn"].split()[1],
               PatientBirthDate=P["hd"], StudyDate=P["sd"])
    R, C = 540, 720
    im = Img(f"r19_xc_au_{v}", "xc_au", "XC", R, C, color=True, bg="photo", seed=121 + v, header=hdr,
             pixel="u8", bgscale=(0.0, 1.0))
    im.tint((0.95, 0.72, 0.6))
    im.rect(0, R - 70, C, R, (0.98, 0.98, 0.98))
    blk = (0.05, 0.05, 0.05)
    im.text(10, R - 64, f"{{P:{P['name']}}}", 14, "sansb", blk)
    im.text(10, R - 44, f"Medicare {{I:{P['mc']}}} {{I:{P['urn'].split()[0]} {P['urn'].split()[1]}}}", 12,
            "sans", blk)
    im.text(10, R - 26, f"DOB {{D:{P['dob']}}} Photo {{D:{P['sdt']}}}", 12, "sans", blk)
    im.text(C - 10, R - 64, f"{{H:{P['clinic']}}}", 12, "sans", blk, align="r")
    t = P["dr"].split()
    im.text(C - 10, R - 44, f"{{Ts:{t[0]}}} " + " ".join(f"{{S:{x}}}" for x in t[1:]), 12, "sans", blk,
            align="r")
    im.text(C - 10, R - 26, "Left scapula lesion 2 of 4", 12, "sans", blk, align="r")
    im.text(20, 20, "10 mm", 12, "sansb", (1, 1, 1), default="d")
    im.text(C - 200, 20, "DermLite DL5 x10", 12, "sans", (1, 1, 1), default="d")
    return im


def g13_sc_ca(v):
    # Echo/cardiology workstation report page as secondary capture, bilingual Quebec / Ontario.
    P = [dict(name="TREMBLAY, Émilie", hc="TREE 5861 2311", mrn="MRN 3310278", dob="1958-11-23",
              hd="19581123", sd="20240514", sdt="2024-05-14", ins="CHUM Centre hospitalier de l'Université de Montréal",
              sig="Dr. Marc-André Gagnon", ref="Dr. L. Bouchard"),
         dict(name="MacDONALD, Ian Robert", hc=(lambda o: f"{o[:4]}-{o[4:7]}-{o[7:]}-XT")(ohip("733018452")),
              mrn="MRN 0047712", dob="1944-03-02",
              hd="19440302", sd="20241204", sdt="2024-12-04", ins="Sunnybrook Health Sciences Centre",
              sig="Dr. Priyanka Sharma", ref="Dr. A. Cohen")][v]
    hdr = dict(PatientName=P["name"].replace(", ", "^"), PatientID=P["mrn"].split()[1], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], Manufacturer="Philips",
               ManufacturerModelName="IntelliSpace Cardiovascular",
               ReferringPhysicianName=P["ref"].split()[-1] + "^" + P["ref"].split()[1].rstrip("."))
    R, C = 720, 960
    im = Img(f"r19_sc_ca_{v}", "sc_ca", "SC", R, C, bg=None, seed=131 + v, header=hdr, pixel="u8",
             bgscale=(0.93, 0.93), sop=SOP["SC"])
    # hack: SC in modality field 'OT'
    im.modality = "OT"
    blk, g = 0.08, 0.4
    s, fo = 13, "sans"
    im.text(20, 16, "Echocardiography Report / Rapport d'échocardiographie", 16, "sansb", blk)
    im.text(20, 50, f"Patient: {{P:{P['name']}}}", s, fo, blk)
    im.text(20, 70, f"DOB / DDN: {{D:{P['dob']}}}", s, fo, blk)
    im.text(20, 90, f"{P['mrn'].split()[0]} {{I:{P['mrn'].split()[1]}}}", s, fo, blk)
    im.text(480, 50, ("RAMQ: " if v == 0 else "Health card / Carte santé: ") + f"{{I:{P['hc']}}}", s, fo, blk)
    im.text(480, 70, f"Study date: {{D:{P['sdt']}}}", s, fo, blk)
    t = P["ref"].split()
    im.text(480, 90, f"Referring: {{Ts:{t[0]}}} " + " ".join(f"{{S:{x}}}" for x in t[1:]), s, fo, blk)
    im.rect(20, 120, 940, 121, 0.5)
    im.text(20, 132, "Measurement Value Unit Normal", 12, "sansb", blk, default="d")
    rows = ["LVIDd 5.1 cm 3.9-5.3", "LVIDs 3.4 cm 2.5-4.0", "IVSd 1.0 cm 0.6-1.0", "LVPWd 0.9 cm 0.6-1.0",
            "LVEF(Teich) 58 % 52-72", "E/e' 9.2 ratio <14", "TAPSE 2.2 cm >1.7", "AV Vmax 1.4 m/s <2.0"]
    for i, r in enumerate(rows):
        im.text(20, 152 + 18 * i, r, 12, "mono", blk, default="d")
    im.text(20, 320, "Conclusion: Normal left ventricular size and systolic function.", s, fo, blk)
    im.text(20, 340, "No significant valvular disease.", s, fo, blk)
    im.text(20, 640, "Electronically signed by", 12, fo, g)
    t = P["sig"].split()
    im.text(190, 640, f"{{Ts:{t[0]}}} " + " ".join(f"{{S:{x}}}" for x in t[1:]) + f" on {{D:{P['sdt']}}}", 12, fo,
            g)
    im.text(20, 660, f"{{H:{P['ins']}}}", 11, fo, g)
    im.text(940, 700, "IntelliSpace Cardiovascular 4.2 Page 1/1", 10, fo, g, default="d", align="r")
    return im


def g14_ct_cn(v):
    # CT dose report SC (Chinese hospital, pinyin names), 8-bit mono, JPEG-LS lossless.
    P = [dict(name="ZHANG WEI", cid=cn_id("11010519491231002"), pid="CT0042117", sd="20240326", sdt="2024-03-26",
              hd="19491231", ins="Peking Union Medical College Hospital", tech="Li Na"),
         dict(name="Ouyang Xiaoming", cid=cn_id("44030619850712451"), pid="CT0109923", sd="20241015",
              sdt="2024-10-15", hd="19850712", ins="Shenzhen People's Hospital", tech="Chen Jie")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^"), PatientID=P["pid"], StudyDate=P["sd"],
               Manufacturer="United Imaging", ManufacturerModelName="uCT 760")
    R, C = 512, 512
    im = Img(f"r19_ct_cn_{v}", "ct_cn", "CT", R, C, bg=None, seed=141 + v, header=hdr, pixel="u8",
             ts="jpegls", sop=SOP["SC"], bgscale=(0.0, 0.0))
    im.modality = "CT"
    s, fo, val = 12, "mono", 0.9
    im.text(10, 10, "Dose Report", 16, "sansb", val)
    im.text(10, 36, f"Patient Name: {{P:{P['name']}}}", s, fo, val)
    im.text(10, 52, f"Patient ID: {{I:{P['pid']}}}", s, fo, val)
    im.text(10, 68, f"ID Card: {{I:{P['cid']}}}", s, fo, val)
    im.text(10, 84, f"Exam Date: {{D:{P['sdt']}}}", s, fo, val)
    im.text(10, 100, f"Operator: {{S:{P['tech']}}}", s, fo, val)
    im.text(10, 126, "Series Type Scan Range kV mAs CTDIvol DLP", 11, fo, val, default="d")
    rows = ["1 Topogram 0-512 120 35 0.13 4.2", "2 Helical 12-398 120 210 9.87 402.5",
            "3 Helical 12-398 100 180 6.41 261.3"]
    for i, r in enumerate(rows):
        im.text(10, 144 + 16 * i, r, 11, fo, val, default="d")
    im.text(10, 200, "Total DLP: 668.0 mGy*cm", s, fo, val, default="d")
    im.text(10, 216, "Phantom: Body 32 cm", s, fo, val, default="d")
    im.text(10, R - 40, f"{{H:{P['ins']}}}", 11, fo, val)
    im.text(10, R - 22, "uCT 760 R002", 11, fo, val, default="d")
    return im


def g15_mr_pl(v):
    P = [dict(last="Kowalska-Nowak", first="Agnieszka", pesel=pesel("7503120946"), dob="1975-03-12",
              hd="19750312", sd="20240610", sdt="2024-06-10", ins="Szpital Bielański",
              city="ul. Cegłowska 80, Warszawa",
              lek="lek. Wiśniewski"),
         dict(last="ŻÓŁKIEWSKI", first="Bartłomiej", pesel=pesel("8811090713"), dob="1988-11-09", hd="19881109",
              sd="20241022", sdt="2024-10-22", ins="Uniwersytecki Szpital Kliniczny", city="ul. Borowska 213, Wrocław",
              lek="dr Lewandowska")][v]
    hdr = dict(PatientName=f"{P['last']}^{P['first']}", PatientID=P["pesel"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"], Manufacturer="GE MEDICAL SYSTEMS",
               ManufacturerModelName="SIGNA Pioneer")
    R = 320 if v == 0 else 384
    im = Img(f"r19_mr_pl_{v}", "mr_pl", "MR", R, R, bg="body", seed=151 + v, header=hdr, bits=12,
             bgscale=(0.0, 0.9))
    s, fo, val = 9, "cond", 0.95
    im.text(3, 2, f"{{P:{P['last']} {P['first']}}}", s, fo, val)
    im.text(3, 12, f"PESEL: {{I:{P['pesel']}}}", s, fo, val)
    im.text(3, 22, f"ur. {{D:{P['dob']}}}", s, fo, val)
    im.text(R - 3, 2, f"{{H:{P['ins']}}}", s, fo, val, align="r")
    im.text(R - 3, 12, f"{{A:{P['city']}}}", s, fo, val, align="r")
    im.text(R - 3, 22, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(3, R - 34, "Ax T1 FLAIR", s, fo, val, default="d")
    im.text(3, R - 23, "TR:2500 TE:24 TI:920", s, fo, val, default="d")
    im.text(3, R - 12, "ET:8 FOV:24x24 ST:5.0", s, fo, val, default="d")
    t = P["lek"].split()
    im.text(R - 3, R - 23, f"{{Ts:{t[0]}}} {{S:{t[1]}}}", s, fo, val, align="r")
    im.text(R - 3, R - 12, "SIGNA Pioneer 3T", s, fo, val, default="d", align="r")
    return im


def g16_us_tr(v):
    # Turkish echo cine, RGB uncompressed multi-frame, TC Kimlik No, dotted dates.
    P = [dict(name="Ayşe Yılmaz", tc=tckn("104857362"), prot="2024-118834", dob="17.04.1962", hd="19620417",
              sd="20240219", sdt="19.02.2024", ins="Hacettepe Üniversitesi Hastanesi", dr="Uzm. Dr. Emre Kaya"),
         dict(name="MEHMET ALİ ÖZTÜRK", tc=tckn("388016245"), prot="2024-402219", dob="05.09.1955",
              hd="19550905", sd="20240801", sdt="01.08.2024", ins="Ege Üniversitesi Tıp Fakültesi",
              dr="Doç. Dr. Selin Arslan")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^", 1), PatientID=P["prot"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"], Manufacturer="GE Vingmed Ultrasound",
               ManufacturerModelName="Vivid E95")
    nf = 4 if v == 0 else 3
    R, C = 434, 636
    im = Img(f"r19_us_tr_{v}", "us_tr", "US", R, C, frames=nf, color=True, bg="fan", seed=161 + v, header=hdr,
             pixel="u8", sop=SOP["USMF"], bgscale=(0.0, 1.0))
    wht, org = (0.9, 0.9, 0.9), (1.0, 0.7, 0.2)
    s, fo = 11, "sans"
    im.text(4, 3, f"{{P:{P['name']}}}", s, fo, wht)
    im.text(4, 17, f"TC: {{I:{P['tc']}}}", s, fo, wht)
    im.text(4, 31, f"D.T.: {{D:{P['dob']}}}", s, fo, wht)
    im.text(C - 4, 3, f"{{H:{P['ins']}}}", 10, "cond", wht, align="r")
    im.text(C - 4, 17, f"{{D:{P['sdt']}}}", s, fo, wht, align="r")
    im.text(C - 4, 31, f"Protokol {{I:{P['prot']}}}", s, fo, wht, align="r")
    im.text(4, 60, "M5Sc-D", s, fo, org, default="d")
    im.text(4, 74, "FR 57Hz 16cm", s, fo, org, default="d")
    im.text(4, 88, "2D 68% C 50 P Low HGen", s, fo, org, default="d")
    im.text(C - 4, 60, "Adult Echo", s, fo, org, align="r")
    im.text(C - 4, 74, "MI 1.3 TIS 0.7", s, fo, org, default="d", align="r")
    fr = [nf - 1]
    im.text(440, 300, "EF(Simpson) 61 %", s, "mono", (1, 1, 0.3), default="d", frames=fr)
    im.text(440, 314, "LVEDV 112 ml", s, "mono", (1, 1, 0.3), default="d", frames=fr)
    t = P["dr"].split()
    im.text(4, R - 16, " ".join(f"{{Ts:{x}}}" for x in t[:-2]) + f" {{S:{t[-2]}}} {{S:{t[-1]}}}", s, fo, wht)
    im.text(C - 4, R - 16, "HR 72 bpm", s, fo, wht, default="d", align="r")
    return im


def g17_dx_za(v):
    # South African public hospital, chest DX with grey-on-grey label, 13-digit ID (Luhn).
    P = [dict(name="Sipho Nkosi", said=sa_id("750812530508"), fn="FN 88120433", dob="1975/08/12", hd="19750812",
              sd="20240502", sdt="2024/05/02", ins="Chris Hani Baragwanath Academic Hospital", rad="R. Pillay"),
         dict(name="Nomvula Dlamini-Mthembu", said=sa_id("910224081008"), fn="FN 33019277", dob="1991/02/24",
              hd="19910224", sd="20241118", sdt="2024/11/18", ins="Groote Schuur Hospital", rad="J. van Wyk")][v]
    hdr = dict(PatientName=P["name"].split()[-1] + "^" + P["name"].split()[0], PatientID=P["fn"].split()[1],
               PatientBirthDate=P["hd"], StudyDate=P["sd"], Manufacturer="Agfa", ManufacturerModelName="DR 400")
    R, C = 760, 620
    im = Img(f"r19_dx_za_{v}", "dx_za", "DX", R, C, bg="body", seed=171 + v, header=hdr, bits=12,
             bgscale=(0.1, 0.75))
    # grey plate with slightly lighter grey text, bottom-left
    im.rect(0, R - 96, 360, R, 0.42)
    g = 0.60
    s, fo = 12, "sans"
    im.text(8, R - 90, f"{{P:{P['name']}}}", s, fo, g)
    im.text(8, R - 72, f"ID {{I:{P['said']}}}", s, fo, g)
    im.text(8, R - 54, f"{{I:{P['fn']}}} {{D:{P['dob']}}}", s, fo, g)
    im.text(8, R - 36, f"{{H:{P['ins']}}}", 10, "cond", g)
    im.text(8, R - 18, f"{{D:{P['sdt']}}} Rad: {{S:{P['rad']}}}", s, fo, g)
    im.text(C - 8, 8, "CHEST PA ERECT", s, fo, 0.95, align="r")
    im.text(C - 8, 24, "DR 400 MUSICA", s, fo, 0.95, default="d", align="r")
    im.text(C - 8, 40, "110 kV 3.2 mAs SID 180", s, fo, 0.95, default="d", align="r")
    im.text(30, 100, "R", 24, "sansb", 0.95)
    return im


def g18_rf_kr(v):
    # Korean fluoroscopy (RF), romanised names, RRN with check digit; 8-bit multi-frame, RLE.
    P = [dict(name="KIM MIN-JUN", rrn=rrn("680415123456"), pid="20241588", dob="1968.04.15", hd="19680415",
              sd="20240709", sdt="2024.07.09", ins="Seoul National University Hospital", tech="Park Ji-hoon"),
         dict(name="Lee Seo-yeon", rrn=rrn("920107234567"), pid="20248811", dob="1992.01.07", hd="19920107",
              sd="20241213", sdt="2024.12.13", ins="Severance Hospital", tech="Choi Yu-na")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^", 1), PatientID=P["pid"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"], Manufacturer="Shimadzu",
               ManufacturerModelName="SONIALVISION G4")
    nf = 3
    R, C = 512, 512
    im = Img(f"r19_rf_kr_{v}", "rf_kr", "RF", R, C, frames=nf, bg="body", seed=181 + v, header=hdr, pixel="u8",
             ts="rle", bgscale=(0.15, 0.9))
    s, fo, val = 11, "mono", 1.0
    im.text(4, 4, f"{{P:{P['name']}}}", s, fo, val)
    im.text(4, 18, f"{{I:{P['pid']}}}", s, fo, val)
    im.text(4, 32, f"{{I:{P['rrn']}}}", s, fo, val)
    im.text(R - 4, 4, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(R - 4, 18, f"{{H:{P['ins']}}}", 9, "cond", val, align="r")
    im.text(4, R - 44, "UGI ESOPHAGRAM", s, fo, val)
    im.text(4, R - 30, "81kV 1.8mA 7.5p/s", s, fo, val, default="d")
    im.text(4, R - 16, f"RT: {{S:{P['tech']}}}", s, fo, val)
    im.text(R - 4, R - 16, "SONIALVISION G4", s, fo, val, default="d", align="r")
    im.text(R - 4, R - 30, "FL 00:42 DAP 3.1", s, fo, val, default="d", align="r")
    return im


def g19_ct_no(v):
    # Norwegian CT head, label block split in two banners, 16-bit JPEG-LS, lower-case names.
    P = [dict(last="haugen", first="ola kristian", fnr=fnr("010157123"), dob="01.01.1957", hd="19570101",
              sd="20240304", sdt="04.03.2024", ins="Oslo universitetssykehus Ullevål", lege="O. Berg"),
         dict(last="Solberg-Aas", first="Ingrid", fnr=fnr("240688445"), dob="24.06.1988", hd="19880624",
              sd="20240927", sdt="27.09.2024", ins="Haukeland universitetssjukehus", lege="K. Nilsen")][v]
    hdr = dict(PatientName=f"{P['last']}^{P['first']}", PatientID=P["fnr"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], Manufacturer="Canon Medical Systems",
               ManufacturerModelName="Aquilion ONE")
    R, C = 512, 512
    im = Img(f"r19_ct_no_{v}", "ct_no", "CT", R, C, bg="body", seed=191 + v, header=hdr, bits=16,
             ts="jpegls", bgscale=(0.0, 0.6))
    s, fo, val = 11, "sans", 0.85
    # family name on one line, given names in the other corner
    im.text(6, 4, f"{{P:{P['last']}}}", s, fo, val)
    im.text(C - 6, R - 18, f"{{P:{P['first']}}}", s, fo, val, align="r")
    im.text(6, 18, f"{{I:{P['fnr'][:6]} {P['fnr'][6:]}}}", s, fo, val)
    im.text(6, 32, f"f. {{D:{P['dob']}}}", s, fo, val)
    im.text(C - 6, 4, f"{{H:{P['ins']}}}", 10, "cond", val, align="r")
    im.text(C - 6, 18, f"{{D:{P['sdt']}}}", s, fo, val, align="r")
    im.text(6, R - 60, "CT CAPUT UTEN KONTRAST", s, fo, val)
    im.text(6, R - 46, "120 kV 300 mA 1.0 s", s, fo, val, default="d")
    im.text(6, R - 32, "WL 40 WW 80 FC26", s, fo, val, default="d")
    im.text(6, R - 18, f"Henv. lege {{S:{P['lege']}}}", s, fo, val)
    im.text(C - 6, R - 46, "Aquilion ONE", s, fo, val, default="d", align="r")
    im.text(C - 6, R - 32, "Snitt 5.0 mm", s, fo, val, default="d", align="r")
    return im


def g20_sc_fi(v):
    # Finnish PACS key image (SC, RGB), small grey text over anatomy, HETU with check char.
    P = [dict(name="Virtanen Matti Juhani", hetu=hetu("150355", "-", "123"), sd="20240112", sdt="12.1.2024",
              hd="19550315", ins="HUS Meilahden sairaala", lah="LT Korhonen"),
         dict(name="Mäkinen-Heikkilä Aino", hetu=hetu("020402", "A", "488"), sd="20240829", sdt="29.8.2024",
              hd="20020402", ins="Tays Keskussairaala Tampere", lah="LL Järvinen")][v]
    hdr = dict(PatientName=P["name"].replace(" ", "^", 1), PatientID=P["hetu"], PatientBirthDate=P["hd"],
               StudyDate=P["sd"], InstitutionName=P["ins"])
    R, C = 560, 560
    im = Img(f"r19_sc_fi_{v}", "sc_fi", "OT", R, C, color=True, bg="body", seed=201 + v, header=hdr, pixel="u8",
             sop=SOP["SC"], bgscale=(0.05, 0.85))
    g = (0.72, 0.72, 0.72)
    s, fo = 10, "sans"
    # text placed over the body (middle-left), not in a corner
    im.text(150, 200, f"{{P:{P['name']}}}", s, fo, g)
    im.text(150, 213, f"{{I:{P['hetu']}}}", s, fo, g)
    im.text(150, 226, f"{{D:{P['sdt']}}} {{H:{P['ins']}}}", s, fo, g)
    im.text(8, 8, "Avainkuva 1/3 Keuhkot", 12, fo, (0.9, 0.9, 0.2))
    im.text(8, 24, "Sarja 5 Kuva 87", 11, fo, (0.9, 0.9, 0.2), default="d")
    im.text(8, R - 40, "Pituus 23.4 mm", 11, fo, (0.9, 0.9, 0.2), default="d")
    im.text(8, R - 24, "Tiheys 38 HU", 11, fo, (0.9, 0.9, 0.2), default="d")
    t = P["lah"].split()
    im.text(C - 8, R - 24, f"Lähettäjä: {{Ts:{t[0]}}} {{S:{t[1]}}}", 11, fo, (0.9, 0.9, 0.9), align="r")
    im.text(C - 8, 8, "Sectra IDS7 24.1", 11, fo, (0.9, 0.9, 0.9), default="d", align="r")
    return im


GROUPS = [g01_ct_us, g02_mr_de, g03_us_jp, g04_cr_fr, g05_dx_br, g06_xa_it, g07_nm_es, g08_pt_nl, g09_mg_se,
          g10_us_in, g11_op_uk, g12_xc_au, g13_sc_ca, g14_ct_cn, g15_mr_pl, g16_us_tr, g17_dx_za, g18_rf_kr,
          g19_ct_no, g20_sc_fi]


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    images, groups = {}, {}
    for g in GROUPS:
        for v in (0, 1):
            im = g(v)
            im.finish(out)
            images[im.name] = im.group
            groups.setdefault(im.group, []).append(im.name)
    gnames = sorted(groups)
    rng = random.Random(190019)
    rng.shuffle(gnames)
    half = {g: ("A" if i < len(gnames) // 2 else "B") for i, g in enumerate(gnames)}
    split = dict(images={n: half[g] for n, g in sorted(images.items())}, groups=dict(sorted(half.items())),
                 seed=190019, note="whole style groups per half, drawn by random.Random(190019).shuffle")
    (out / "split.json").write_text(json.dumps(split, indent=1))
    print("wrote", len(images), "images")


if __name__ == "__main__":
    main()
