"""Review 20 set: drawing + DICOM + truth helpers (synthetic data only; every name, ID, date invented)."""
from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, JPEGLSLossless, RLELossless, generate_uid

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = dict(sans="DejaVuSans.ttf", sansb="DejaVuSans-Bold.ttf", cond="DejaVuSansCondensed.ttf",
             condb="DejaVuSansCondensed-Bold.ttf", mono="DejaVuSansMono.ttf", monob="DejaVuSansMono-Bold.ttf",
             serif="DejaVuSerif.ttf", serifc="DejaVuSerifCondensed.ttf", light="DejaVuSans-ExtraLight.ttf")
_fc = {}


def font(name, size):
    k = (name, size)
    if k not in _fc:
        _fc[k] = ImageFont.truetype(FD + FONTS[name], size)
    return _fc[k]


TAGS = {  # tag -> (kind, entity, staff, title)
    "P": ("phi", "PERSON", False, False), "S": ("phi", "PERSON", True, False),
    "T": ("phi", "PERSON", False, True), "TS": ("phi", "PERSON", True, True),
    "D": ("phi", "DATE_TIME", False, False), "I": ("phi", "ID", False, False),
    "H": ("phi", "INSTITUTION", False, False), "A": ("phi", "LOCATION", False, False),
    "F": ("phi", "PHONE_NUMBER", False, False), "E": ("phi", "EMAIL", False, False),
    "V": ("device", "DEVICE", False, False), "N": ("nonphi", "TEXT", False, False),
}
MARK = re.compile(r"\{(TS|[A-Z]):([^}]*)\}")


def parse(s, default):
    """markup -> plain string, list of (start, end, tag) per word."""
    plain, tags = "", []
    pos = 0
    for m in MARK.finditer(s):
        seg = s[pos:m.start()]
        tags += [default] * len(seg)
        plain += seg
        plain += m.group(2)
        tags += [m.group(1)] * len(m.group(2))
        pos = m.end()
    seg = s[pos:]
    plain += seg
    tags += [default] * len(seg)
    words = []
    for m in re.finditer(r"\S+", plain):
        w = m.group(0)
        if not any(ch.isalnum() for ch in w):
            continue
        tt = [tags[i] for i in range(m.start(), m.end()) if plain[i].isalnum()]
        phi = [t for t in tt if TAGS[t][0] == "phi"]
        tag = phi[0] if phi else tt[0]
        words.append((m.start(), m.end(), tag))
    return plain, words


class Canvas:
    def __init__(self, bg, name, group):
        """bg: (F, H, W, 3) float 0..1 (or (H, W, 3))."""
        bg = np.asarray(bg, dtype=np.float32)
        if bg.ndim == 3:
            bg = bg[None]
        self.a = bg.copy()
        self.F, self.H, self.W = bg.shape[:3]
        self.words = []
        self.name, self.group = name, group
        self._d = ImageDraw.Draw(Image.new("L", (8, 8)))

    def text(self, x, y, s, size=11, f="sans", col=1.0, dev=False, align="l", frames=None):
        default = "V" if dev else "N"
        plain, words = parse(s, default)
        ft = font(f, size)
        wid = ft.getlength(plain)
        if align == "r":
            x = x - wid
        elif align == "c":
            x = x - wid / 2
        x = int(round(x))
        lft, t, r, b = self._d.textbbox((x, y), plain, font=ft)
        lft, t = max(0, lft - 2), max(0, t - 2)
        r, b = min(self.W, r + 2), min(self.H, b + 2)
        if r <= lft or b <= t:
            raise ValueError(f"{self.name}: text off canvas: {plain!r}")
        m = Image.new("L", (r - lft, b - t), 0)
        ImageDraw.Draw(m).text((x - lft, y - t), plain, fill=255, font=ft)
        alpha = np.asarray(m, dtype=np.float32)[None, :, :, None] / 255.0
        c = np.array(col if isinstance(col, (tuple, list)) else (col, col, col), dtype=np.float32)
        fr = frames if frames is not None else list(range(self.F))
        for f_ in fr:
            reg = self.a[f_, t:b, lft:r]
            self.a[f_, t:b, lft:r] = reg * (1 - alpha[0]) + c * alpha[0]
        for s0, s1, tag in words:
            w = plain[s0:s1]
            xw = x + ft.getlength(plain[:s0])
            bx = list(self._d.textbbox((xw, y), w, font=ft))
            bx = [int(np.floor(bx[0])), int(np.floor(bx[1])), int(np.ceil(bx[2])), int(np.ceil(bx[3]))]
            if bx[2] > self.W or bx[3] > self.H or bx[0] < 0 or bx[1] < 0:
                raise ValueError(f"{self.name}: word off canvas {w!r} {bx}")
            kind, ent, staff, title = TAGS[tag]
            self.words.append(dict(text=w, kind=kind, entity=ent, staff=staff, title=title, box=bx,
                                   frames=frames, size=size, font=f))
        return x + wid  # right end

    def rect(self, box, col, fill=False, width=1, frames=None):
        x0, y0, x1, y1 = box
        m = Image.new("L", (self.W, self.H), 0)
        d = ImageDraw.Draw(m)
        if fill:
            d.rectangle(box, fill=255)
        else:
            d.rectangle(box, outline=255, width=width)
        self._comp(m, col, frames)

    def lines(self, pts, col, width=1, frames=None):
        m = Image.new("L", (self.W, self.H), 0)
        ImageDraw.Draw(m).line(pts, fill=255, width=width)
        self._comp(m, col, frames)

    def ellipse(self, box, col, width=1, fill=False, frames=None):
        m = Image.new("L", (self.W, self.H), 0)
        d = ImageDraw.Draw(m)
        if fill:
            d.ellipse(box, fill=255)
        else:
            d.ellipse(box, outline=255, width=width)
        self._comp(m, col, frames)

    def _comp(self, m, col, frames):
        alpha = np.asarray(m, dtype=np.float32)[:, :, None] / 255.0
        c = np.array(col if isinstance(col, (tuple, list)) else (col, col, col), dtype=np.float32)
        for f_ in (frames if frames is not None else range(self.F)):
            self.a[f_] = self.a[f_] * (1 - alpha) + c * alpha


# ---------------------------------------------------------------- backgrounds
def body(h, w, seed, lo=0.0, hi=1.0, cx=0.5, cy=0.5, rx=0.3, ry=0.35):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    r = np.sqrt(((y - cy * h) / (h * ry)) ** 2 + ((x - cx * w) / (w * rx)) ** 2)
    b = np.clip(1.2 - r, 0, 1)
    fx, fy = rng.uniform(9, 25), rng.uniform(12, 30)
    b = b * (0.6 + 0.4 * np.sin(x / fx + rng.uniform(0, 6)) * np.cos(y / fy))
    b += rng.normal(0, 0.02, size=b.shape)
    b = lo + (hi - lo) * np.clip(b, 0, 1)
    return np.repeat(b[:, :, None], 3, axis=2)


def flat(h, w, col):
    c = np.array(col if isinstance(col, (tuple, list)) else (col, col, col), dtype=np.float32)
    return np.ones((h, w, 3), np.float32) * c


def sector(h, w, seed, apex=(0.5, 0.08), ang=38, depth=0.82, tint=(1, 1, 1), bright=0.55):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    ax, ay = apex[0] * w, apex[1] * h
    r = np.hypot(x - ax, y - ay)
    th = np.degrees(np.arctan2(x - ax, y - ay))
    inside = (np.abs(th) < ang) & (r < depth * h) & (r > 0.02 * h)
    sp = rng.rayleigh(0.25, size=(h, w)).astype(np.float32)
    sp = np.clip(sp * (0.6 + 0.4 * np.sin(r / 21.0)) * bright, 0, 1)
    cyst = np.hypot(x - ax, y - (ay + 0.45 * h)) < 0.1 * h
    sp[cyst] *= 0.15
    img = np.where(inside, sp, 0.0)
    return img[:, :, None] * np.array(tint, np.float32)[None, None, :]


def disc(h, w, seed, col=(0.85, 0.35, 0.15), r=0.42):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    rr = np.hypot((x - w / 2) / (h * r), (y - h / 2) / (h * r))
    v = np.clip(1.05 - rr ** 2, 0, 1) * (rr < 1)
    v = v * (0.85 + 0.15 * np.sin(x / 13 + rng.uniform(0, 5)) * np.cos(y / 17))
    img = v[:, :, None] * np.array(col, np.float32)[None, None, :]
    return np.clip(img + rng.normal(0, 0.01, img.shape), 0, 1)


# ---------------------------------------------------------------- DICOM
SOP = dict(CT="1.2.840.10008.5.1.4.1.1.2", MR="1.2.840.10008.5.1.4.1.1.4", CR="1.2.840.10008.5.1.4.1.1.1",
           DX="1.2.840.10008.5.1.4.1.1.1.1", IO="1.2.840.10008.5.1.4.1.1.1.3", MG="1.2.840.10008.5.1.4.1.1.1.2",
           US="1.2.840.10008.5.1.4.1.1.6.1", USMF="1.2.840.10008.5.1.4.1.1.3.1", XA="1.2.840.10008.5.1.4.1.1.12.1",
           RF="1.2.840.10008.5.1.4.1.1.12.2", NM="1.2.840.10008.5.1.4.1.1.20", PT="1.2.840.10008.5.1.4.1.1.128",
           SC="1.2.840.10008.5.1.4.1.1.7", SCMF8="1.2.840.10008.5.1.4.1.1.7.2",
           SCMFRGB="1.2.840.10008.5.1.4.1.1.7.4", OP="1.2.840.10008.5.1.4.1.1.77.1.5.1",
           XC="1.2.840.10008.5.1.4.1.1.77.1.4", ES="1.2.840.10008.5.1.4.1.1.77.1.1",
           MR_SC="1.2.840.10008.5.1.4.1.1.7")

HDR_KEYS = ["PatientName", "PatientID", "OtherPatientIDs", "PatientBirthDate", "StudyDate", "SeriesDate",
            "AcquisitionDate", "ContentDate", "StudyTime", "AccessionNumber", "InstitutionName",
            "InstitutionAddress", "ReferringPhysicianName", "OperatorsName", "PerformingPhysicianName",
            "NameOfPhysiciansReadingStudy", "StationName", "StudyDescription", "PatientAddress",
            "InstitutionalDepartmentName"]


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isalnum() and not unicodedata.combining(ch)).upper()


MONTHS = {}
for i, names in enumerate([
        "jan janv januar january enero gen janeiro sty leden ocak ocak tammi",
        "feb fev févr februar february febrero febbraio fevereiro lut unor subat helmi",
        "mar mars märz maerz march marzo março marco mrz kwi brezen mart maalis",
        "apr avr april abril aprile kwi duben nisan huhti",
        "may mai maj mayo maggio maio may kveten mayis touko",
        "jun juin juni june junio giugno junho cze cerven haziran kesä",
        "jul juil juli july julio luglio julho lip cervenec temmuz heinä",
        "aug août aout august agosto ago sie srpen agustos elo",
        "sep sept septembre september septiembre settembre setembro wrz zari eylul syys set",
        "oct okt octobre oktober october octubre ottobre outubro out paz rijen ekim loka",
        "nov novembre november noviembre novembro lis listopad kasim marras",
        "dec dez déc décembre dezember december diciembre dicembre dezembro gru prosinec aralik joulu dic"
]):
    for n in names.split():
        MONTHS[norm(n)] = i + 1


def date_candidates(tok):
    parts = re.findall(r"\d+|[^\W\d_]+", unicodedata.normalize("NFKD", tok))
    nums, mon = [], None
    for p in parts:
        if p.isdigit():
            nums.append(p)
        elif norm(p)[:3] and norm(p) in MONTHS:
            mon = MONTHS[norm(p)]
        elif norm(p)[:3] in MONTHS:
            mon = MONTHS[norm(p)[:3]]
    out = set()
    if len(nums) == 1 and len(nums[0]) == 8:
        n = nums[0]
        out |= {n, n[4:] + n[2:4] + n[:2], n[4:] + n[:2] + n[2:4]}
    if mon and len(nums) == 2:
        d, y = (nums if len(nums[1]) == 4 else nums[::-1])
        nums = [d, str(mon), y]
    if len(nums) == 3:
        a, b, c = nums
        for y, m, d in ((c, b, a), (c, a, b), (a, b, c)):
            if len(y) == 2:
                y = ("19" if int(y) > 30 else "20") + y
            if len(y) == 4:
                out.add(f"{y}{int(m):02d}{int(d):02d}")
    return out


def header_index(ds):
    toks, cats, dates = set(), [], set()
    for k in HDR_KEYS:
        if k not in ds:
            continue
        v = ds.data_element(k).value
        vals = v if isinstance(v, (list, pydicom.multival.MultiValue)) else [v]
        for vv in vals:
            s = str(vv)
            cats.append(norm(s))
            for t in re.split(r"[\s\^,/\-.;:()]+", s):
                if norm(t):
                    toks.add(norm(t))
            if re.fullmatch(r"\d{8}", s):
                dates.add(s)
    return toks, cats, dates


def in_header(word, toks, cats, dates):
    n = norm(word)
    if not n:
        return False
    if n in toks:
        return True
    if len(n) >= 4 and any(n in c for c in cats):
        return True
    if word.count(".") + word.count("/") + word.count("-") >= 1 or any(norm(p) in MONTHS for p in [word]):
        if date_candidates(word) & dates:
            return True
    return False


def uid(name, k):
    return generate_uid(entropy_srcs=["review20", name, k])


def write(cv, outdir, modality, sop, pi, bits, header, ts="raw", signed=False, extra=None, sc=False):
    """cv: Canvas. pi: MONOCHROME1/2, RGB, YBR_FULL_422 (JPEG only). bits: stored bits."""
    name = cv.name
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SOP[sop]
    meta.MediaStorageSOPInstanceUID = uid(name, "sop")
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = SOP[sop]
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = uid(name, "study")
    ds.SeriesInstanceUID = uid(name, "series")
    ds.Modality = modality
    ds.StudyID = "1"
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.BurnedInAnnotation = "YES"
    ds.ImageType = ["DERIVED", "SECONDARY"] if sc else ["ORIGINAL", "PRIMARY"]
    if sc:
        ds.ConversionType = "WSD"
    for k, v in header.items():
        setattr(ds, k, v)
    for k, v in (extra or {}).items():
        setattr(ds, k, v)
    a = np.clip(cv.a, 0, 1)
    F = cv.F
    color = pi in ("RGB", "YBR_FULL_422")
    if color:
        arr = np.round(a * 255).astype(np.uint8)
        ds.SamplesPerPixel = 3
        ds.PlanarConfiguration = 0
        bits = 8
    else:
        g = a[..., 0]
        mx = 2 ** bits - 1
        v = np.round(g * mx)
        if pi == "MONOCHROME1":
            v = mx - v
        if signed:
            v = v - 2 ** (bits - 1)
            arr = v.astype(np.int16)
        else:
            arr = v.astype(np.uint8 if bits <= 8 else np.uint16)
        ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = pi
    ds.Rows, ds.Columns = cv.H, cv.W
    ds.BitsAllocated = 8 if bits <= 8 else 16
    ds.BitsStored = bits
    ds.HighBit = bits - 1
    ds.PixelRepresentation = 1 if signed else 0
    if F > 1:
        ds.NumberOfFrames = F
        if modality in ("US", "XA", "RF"):
            ds.FrameTime = 40.0
            ds.FrameIncrementPointer = pydicom.tag.Tag(0x0018, 0x1063)
    data = arr if F > 1 else arr[0]
    if ts == "jpeg":
        frames = []
        for f_ in range(F):
            im = Image.fromarray(arr[f_], "RGB" if color else "L")
            bio = io.BytesIO()
            kw = dict(quality=95)
            if color:
                kw["subsampling"] = 1  # 4:2:2
            im.save(bio, "JPEG", **kw)
            frames.append(bio.getvalue())
        ds.PixelData = encapsulate(frames)
        ds["PixelData"].VR = "OB"
        ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
        if color:
            ds.PhotometricInterpretation = "YBR_FULL_422"
        ds.LossyImageCompression = "01"
        ds.LossyImageCompressionMethod = "ISO_10918_1"
    else:
        ds.PixelData = np.ascontiguousarray(data).tobytes()
        ds["PixelData"].VR = "OB" if ds.BitsAllocated == 8 else "OW"
        if ts == "jpegls":
            ds.compress(JPEGLSLossless, encoding_plugin="pyjpegls", generate_instance_uid=False)
        elif ts == "rle":
            ds.compress(RLELossless, generate_instance_uid=False)
    outdir = Path(outdir)
    ds.save_as(outdir / f"{name}.dcm", enforce_file_format=True)
    # truth
    toks, cats, dates = header_index(ds)
    words = []
    for w in cv.words:
        w = dict(w)
        if w["kind"] == "phi":
            w["in_header"] = bool(in_header(w["text"], toks, cats, dates)) and not w["title"]
        else:
            w["in_header"] = None
        if not w["title"]:
            del w["title"]
        else:
            w["title"] = True
        words.append(w)
    truth = dict(image=name, group=cv.group, modality=modality, photometric=ds.PhotometricInterpretation,
                 transfer_syntax=str(ds.file_meta.TransferSyntaxUID), frames=F, rows=cv.H, cols=cv.W,
                 bits_stored=bits, words=words)
    (outdir / f"{name}.truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False))
    return ds


# ---------------------------------------------------------------- check digits
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def cpf(n9):
    d = [int(c) for c in n9]
    s = sum(v * w for v, w in zip(d, range(10, 1, -1), strict=True))
    d1 = 0 if s % 11 < 2 else 11 - s % 11
    d.append(d1)
    s = sum(v * w for v, w in zip(d, range(11, 1, -1), strict=True))
    d2 = 0 if s % 11 < 2 else 11 - s % 11
    return f"{n9[:3]}.{n9[3:6]}.{n9[6:]}-{d1}{d2}"


def pesel(n10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return n10 + str((10 - sum(int(c) * x for c, x in zip(n10, w, strict=True)) % 10) % 10)


def bsn_ok(n9):
    return sum(int(c) * w for c, w in zip(n9[:8], range(9, 1, -1), strict=True)) - int(n9[8]) * 1 == 0 or \
        (sum(int(c) * w for c, w in zip(n9[:8], range(9, 1, -1), strict=True)) - int(n9[8])) % 11 == 0


def bsn(n8):
    for last in "0123456789":
        if bsn_ok(n8 + last):
            return n8 + last
    return None


def nir(n13):
    return n13, f"{97 - int(n13) % 97:02d}"


def be_rrn(n9):
    return f"{n9[:2]}.{n9[2:4]}.{n9[4:6]}-{n9[6:9]}.{97 - int(n9) % 97:02d}"


def se_pnr(yymmddnnn, century="19"):
    return f"{century}{yymmddnnn[:6]}-{yymmddnnn[6:]}{luhn_digit(yymmddnnn)}"


def no_fnr(n9):
    d = [int(c) for c in n9]
    k1 = 11 - sum(a * b for a, b in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2], strict=True)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return n9 + f"{k1}{k2}"


_ODD = dict(zip("0123456789", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21], strict=True))
_ODD.update(dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                                                    12, 14, 16, 10, 22, 25, 24, 23], strict=True)))


def cod_fisc(c15):
    s = 0
    for i, ch in enumerate(c15):
        if i % 2 == 0:
            s += _ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return c15 + chr(65 + s % 26)


def dni_es(n8):
    return n8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n8) % 23]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff(n):
    c = 0
    for i, ch in enumerate(reversed(n)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    return n + str(_VINV[c])


def tckn(n9):
    d = [int(c) for c in n9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return n9 + f"{d10}{d11}"


_CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(c17):
    s = sum(_CURP.index(ch) * (18 - i) for i, ch in enumerate(c17))
    return c17 + str((10 - s % 10) % 10)


def rut(n):
    s, w = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    n = f"{n:,}".replace(",", ".")
    return f"{n}-{dv}"


def cn_id(n17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return n17 + "10X98765432"[sum(int(c) * x for c, x in zip(n17, w, strict=True)) % 11]


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24,
           R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id(l8):
    v = _TW[l8[0]]
    # Not strict: the callers pass a letter and 7 digits (a real Taiwan ID has 8 before the check digit), so the
    # last weight goes unused. Kept as the reviewer wrote it: the frozen set's IDs were made this way.
    s = v // 10 + (v % 10) * 9 + sum(int(c) * w for c, w in zip(l8[1:], [8, 7, 6, 5, 4, 3, 2, 1], strict=False))
    return l8 + str((10 - s % 10) % 10)


def snils(n9):
    s = sum(int(c) * w for c, w in zip(n9, range(9, 0, -1), strict=True))
    c = s if s < 100 else 0 if s in (100, 101) else s % 101
    c = 0 if c == 100 else c
    return f"{n9[:3]}-{n9[3:6]}-{n9[6:]} {c:02d}"


def nhs(n9):
    s = sum(int(c) * w for c, w in zip(n9, range(10, 1, -1), strict=True))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    if c == 10:
        return None
    n = n9 + str(c)
    return f"{n[:3]} {n[3:6]} {n[6:]}"


def ppsn(n7):
    s = sum(int(c) * w for c, w in zip(n7, range(8, 1, -1), strict=True))
    return n7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23]


def hetu(ddmmyy, sep, nnn):
    return f"{ddmmyy}{sep}{nnn}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def au_medicare(n8, issue="1"):
    s = sum(int(c) * w for c, w in zip(n8, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    n = n8 + str(s)
    return f"{n[:4]} {n[4:9]} {issue}"


def kr_rrn(n12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(n12, w, strict=True)) % 11) % 10
    return f"{n12[:6]}-{n12[6:]}{c}"


def cz_rc(n9):
    for last in "0123456789":
        if int(n9 + last) % 11 == 0:
            return f"{n9[:6]}/{n9[6:]}{last}"
    return None
