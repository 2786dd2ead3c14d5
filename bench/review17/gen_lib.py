"""review 17 generator library: word-by-word drawing with exact boxes, DICOM writing, check digits."""
from __future__ import annotations

import datetime
import io
import re
import unicodedata

import numpy as np
import pydicom
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, JPEGLSLossless, RLELossless

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = dict(s="DejaVuSans.ttf", b="DejaVuSans-Bold.ttf", c="DejaVuSansCondensed.ttf",
             cb="DejaVuSansCondensed-Bold.ttf", m="DejaVuSansMono.ttf", mb="DejaVuSansMono-Bold.ttf",
             sf="DejaVuSerif.ttf", sc="DejaVuSerifCondensed.ttf")
_fc = {}
def font(key, size):
    k = (key, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONTS[key], size)
    return _fc[k]

# segment kind codes -> (kind, entity, staff, title)
KINDS = {"n": ("nonphi", "NONE", False, False), "d": ("device", "DEVICE", False, False),
         "P": ("phi", "PERSON", False, False), "S": ("phi", "PERSON", True, False),
         "t": ("phi", "PERSON", False, True), "u": ("phi", "PERSON", True, True),
         "D": ("phi", "DATE_TIME", False, False), "I": ("phi", "ID", False, False),
         "L": ("phi", "LOCATION", False, False), "O": ("phi", "ORGANIZATION", False, False),
         "F": ("phi", "PHONE_NUMBER", False, False), "E": ("phi", "EMAIL_ADDRESS", False, False)}

def parse(line):
    out = []
    for seg in line.split("|"):
        code, _, text = seg.partition(":")
        for tok in text.split():
            out.append((tok, code))
    return out


class Canvas:
    def __init__(self, bg):  # bg: (F, H, W, 3) float 0..1
        self.bg = bg.astype(np.float32)
        self.F, self.H, self.W = bg.shape[:3]
        self.masks = {}  # color -> PIL L image
        self.words = []

    def _mask(self, color):
        if color not in self.masks:
            self.masks[color] = Image.new("L", (self.W, self.H), 0)
        return self.masks[color]

    def text(self, x, y, line, size=14, fk="s", color=(1, 1, 1), frames=None, gap=None):
        f = font(fk, size)
        toks = parse(line)
        sp = f.getlength(" ") if gap is None else gap
        total = sum(f.getlength(t) for t, _ in toks) + sp * (len(toks) - 1)
        if x < 0:
            x = self.W + x - total
        if y < 0:
            y = self.H + y - size
        if isinstance(color, (int, float)):
            color = (color, color, color)
        d = ImageDraw.Draw(self._mask(tuple(color)))
        cx = x
        for tok, code in toks:
            d.text((cx, y), tok, fill=255, font=f)
            bb = [int(v) for v in d.textbbox((cx, y), tok, font=f)]
            kind, ent, staff, title = KINDS[code]
            w = dict(text=tok, kind=kind, entity=ent, box=bb, frames=frames, size=size, font=FONTS[fk])
            if kind == "phi":
                w["staff"] = staff
            if title:
                w["title"] = True
            self.words.append(w)
            cx += f.getlength(tok) + sp
        return cx

    def render(self):
        out = self.bg.copy()
        for color, m in self.masks.items():
            a = np.asarray(m, dtype=np.float32)[None, :, :, None] / 255.0
            out = out * (1 - a) + np.array(color, np.float32)[None, None, None, :] * a
        return np.clip(out, 0, 1)


def anatomy(F, H, W, seed, lo=0.0, hi=0.6, kind="body"):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    frames = []
    for f in range(F):
        cy, cx = H / 2 + 3 * f, W / 2 + 2 * np.sin(f)
        if kind == "sector":
            ang = np.arctan2(x - W / 2, y - H * 0.12)
            rr = np.hypot(x - W / 2, y - H * 0.12)
            mask = (np.abs(ang) < 0.65) & (rr < H * 0.8) & (rr > H * 0.03)
            speck = rng.gamma(2.0, 0.5, size=(H, W)).astype(np.float32)
            tex = 0.25 + 0.2 * np.sin(rr / 9.0 + f) * np.cos(ang * 7) + 0.1 * speck
            body = np.where(mask, np.clip(tex, 0, 1), 0)
        elif kind == "disc":
            r = np.hypot((y - cy) / (H * 0.42), (x - cx) / (W * 0.42))
            body = np.clip(1.1 - r, 0, 1) ** 0.5 * (r < 1) * (0.7 + 0.3 * np.sin(x / 11.0) * np.cos(y / 13.0))
        else:
            r = np.sqrt(((y - cy) / (H * 0.38)) ** 2 + ((x - cx) / (W * 0.32)) ** 2)
            body = np.clip(1.2 - r, 0, 1) * (0.6 + 0.4 * np.sin(x / 17.0 + f) * np.cos(y / 23.0))
        body = body + rng.normal(0, 0.015, size=body.shape)
        frames.append(lo + (hi - lo) * np.clip(body, 0, 1))
    a = np.stack(frames)[..., None].repeat(3, axis=-1)
    return a


# ---------- check digits ----------
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return str((10 - tot % 10) % 10)

def nhs(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1), strict=True))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10
    return nine + str(c)

def pesel(ten):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return ten + str((10 - sum(int(c) * x for c, x in zip(ten, w, strict=True)) % 10) % 10)

def bsn_ok(s):
    return sum(int(c) * w for c, w in zip(s, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=True)) % 11 == 0

def cpf(nine):
    d = [int(c) for c in nine]
    for n in (10, 11):
        s = sum(v * w for v, w in zip(d, range(n, 1, -1), strict=True))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"

def tckn(nine):
    d = [int(c) for c in nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d.append(d10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))

def cn_id(seventeen):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(int(c) * x for c, x in zip(seventeen, w, strict=True)) % 11]

def snils(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(9, 0, -1), strict=True))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    c = 0 if c == 100 else c
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {c:02d}"

def nir(thirteen):
    return thirteen, f"{97 - int(thirteen) % 97:02d}"

def dni(n8):
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]

def medicare_au(eight, issue="1"):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(eight, w, strict=True)) % 10
    return f"{eight[:4]} {eight[4:]}{c} {issue}"

_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23], strict=True))
def cf_it(fifteen):
    s = 0
    for i, ch in enumerate(fifteen):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return fifteen + chr(65 + s % 26)


# ---------- header matching ----------
def _strip(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def norm(s):
    return re.sub(r"[\W_]+", "", _strip(s).upper())

DATE_FMTS = ["%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d-%b-%Y", "%d-%m-%Y",
             "%d%b%Y", "%Y%m%d", "%d.%m.%y", "%b-%d-%Y", "%d/%m/%y", "%m/%d/%y"]

def tok_dates(tok):
    t = tok.strip("*,;:()[]")
    out = set()
    for f in DATE_FMTS:
        try:
            out.add(datetime.datetime.strptime(t.title() if "%b" in f else t, f).strftime("%Y%m%d"))
        except ValueError:
            pass
    return out

HDR_KEYS = ["PatientName", "PatientID", "OtherPatientIDs", "PatientBirthDate", "StudyDate", "SeriesDate",
            "AcquisitionDate", "ContentDate", "InstitutionName", "InstitutionAddress", "ReferringPhysicianName",
            "OperatorsName", "PerformingPhysicianName", "NameOfPhysiciansReadingStudy", "AccessionNumber",
            "PatientAddress", "StationName", "InstitutionalDepartmentName", "PatientTelephoneNumbers"]

def mark_in_header(words, ds):
    vals = []
    for k in HDR_KEYS:
        v = ds.get(k)
        if v is None or v == "":
            continue
        vs = v if isinstance(v, pydicom.multival.MultiValue) else [v]
        vals += [str(x) for x in vs]
    toks, cat, dates = set(), [], set()
    for v in vals:
        for t in re.split(r"[\s\^,./\-]+", v):
            if norm(t):
                toks.add(norm(t))
        cat.append(norm(v))
        if re.fullmatch(r"\d{8}", v):
            dates.add(v)
    for w in words:
        if w["kind"] != "phi":
            continue
        n = norm(w["text"])
        hit = bool(n) and (n in toks or (len(n) >= 3 and any(n in c for c in cat)))
        if not hit and tok_dates(w["text"]) & dates:
            hit = True
        w["in_header"] = hit


# ---------- DICOM ----------
SOP = dict(CT="1.2.840.10008.5.1.4.1.1.2", MR="1.2.840.10008.5.1.4.1.1.4", CR="1.2.840.10008.5.1.4.1.1.1",
           DX="1.2.840.10008.5.1.4.1.1.1.1", MG="1.2.840.10008.5.1.4.1.1.1.2", US="1.2.840.10008.5.1.4.1.1.6.1",
           USMF="1.2.840.10008.5.1.4.1.1.3.1", XA="1.2.840.10008.5.1.4.1.1.12.1", RF="1.2.840.10008.5.1.4.1.1.12.2",
           NM="1.2.840.10008.5.1.4.1.1.20", PT="1.2.840.10008.5.1.4.1.1.128", SC="1.2.840.10008.5.1.4.1.1.7",
           SCMF8="1.2.840.10008.5.1.4.1.1.7.2", XC="1.2.840.10008.5.1.4.1.1.77.1.4",
           OP="1.2.840.10008.5.1.4.1.1.77.1.5.1")

def uid(seed, n):
    return f"2.25.{(seed * 1000003 + n) * 7919 + 123456789}"

def write(path, canvas, sop, modality, header, seed, photometric="MONOCHROME2", bits=8, stored=None,
          encode=None, extra=None):
    img = canvas.render()  # (F,H,W,3)
    F = img.shape[0]
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SOP[sop]
    meta.MediaStorageSOPInstanceUID = uid(seed, 1)
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    meta.ImplementationClassUID = "2.25.1717171717"
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = SOP[sop]
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = uid(seed, 2)
    ds.SeriesInstanceUID = uid(seed, 3)
    ds.Modality = modality
    ds.StudyTime = "093012"
    ds.SeriesNumber = 3
    ds.InstanceNumber = 1
    if sop.startswith("SC"):
        ds.ConversionType = "WSD"
    for k, v in header.items():
        setattr(ds, k, v)
    for k, v in (extra or {}).items():
        setattr(ds, k, v)
    stored = stored or bits
    color = photometric in ("RGB", "YBR_FULL_422")
    if color:
        arr = (img * 255 + 0.5).astype(np.uint8)
    else:
        g = img[..., 0] * 0.299 + img[..., 1] * 0.587 + img[..., 2] * 0.114
        mx = 2 ** stored - 1
        if photometric == "MONOCHROME1":
            g = 1 - g
        arr = (g * mx + 0.5).astype(np.uint8 if bits == 8 else np.uint16)
    ds.Rows, ds.Columns = img.shape[1], img.shape[2]
    if F > 1:
        ds.NumberOfFrames = F
        if sop in ("USMF", "XA", "RF", "SCMF8"):
            ds.FrameIncrementPointer = pydicom.tag.Tag("FrameTime")
            ds.FrameTime = 33.3
    ds.SamplesPerPixel = 3 if color else 1
    ds.PhotometricInterpretation = "RGB" if color else photometric
    ds.BitsAllocated = bits
    ds.BitsStored = stored
    ds.HighBit = stored - 1
    ds.PixelRepresentation = 0
    if color:
        ds.PlanarConfiguration = 0
    if not color and bits == 16:
        ds.WindowCenter = (2 ** stored) // 2
        ds.WindowWidth = 2 ** stored
    if encode == "jpeg":
        frames = []
        for f in range(F):
            im = Image.fromarray(arr[f] if color else arr[f], "RGB" if color else "L")
            b = io.BytesIO()
            im.save(b, "JPEG", quality=93, subsampling=1 if color else 0)
            frames.append(b.getvalue())
        ds.PixelData = encapsulate(frames)
        ds["PixelData"].VR = "OB"
        ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
        if color:
            ds.PhotometricInterpretation = "YBR_FULL_422"
        ds.LossyImageCompression = "01"
        ds.LossyImageCompressionMethod = "ISO_10918_1"
    else:
        data = arr.tobytes()
        ds.PixelData = data + (b"\x00" if len(data) % 2 else b"")
        ds["PixelData"].VR = "OB" if bits == 8 else "OW"
        a2 = arr if F > 1 else arr[0]
        if encode == "rle":
            ds.compress(RLELossless, a2, generate_instance_uid=False)
        elif encode == "jpegls":
            ds.compress(JPEGLSLossless, a2, generate_instance_uid=False)
    ds.save_as(path, enforce_file_format=True)
    return ds
