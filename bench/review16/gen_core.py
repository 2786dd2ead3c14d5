"""Drawing / DICOM writing core for review16 (synthetic data only)."""
from __future__ import annotations

import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pydicom
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, generate_uid

FD = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": FD + "DejaVuSans.ttf",
    "bold": FD + "DejaVuSans-Bold.ttf",
    "mono": FD + "DejaVuSansMono.ttf",
    "monob": FD + "DejaVuSansMono-Bold.ttf",
    "cond": FD + "DejaVuSansCondensed.ttf",
    "condb": FD + "DejaVuSansCondensed-Bold.ttf",
    "serif": FD + "DejaVuSerif.ttf",
    "serifc": FD + "DejaVuSerifCondensed.ttf",
}

SOP = dict(
    CT="1.2.840.10008.5.1.4.1.1.2",
    MR="1.2.840.10008.5.1.4.1.1.4",
    CR="1.2.840.10008.5.1.4.1.1.1",
    DX="1.2.840.10008.5.1.4.1.1.1.1",
    MG="1.2.840.10008.5.1.4.1.1.1.2",
    IO="1.2.840.10008.5.1.4.1.1.1.3",
    US="1.2.840.10008.5.1.4.1.1.6.1",
    US_MF="1.2.840.10008.5.1.4.1.1.3.1",
    XA="1.2.840.10008.5.1.4.1.1.12.1",
    RF="1.2.840.10008.5.1.4.1.1.12.2",
    NM="1.2.840.10008.5.1.4.1.1.20",
    SC="1.2.840.10008.5.1.4.1.1.7",
    VL="1.2.840.10008.5.1.4.1.1.77.1.1",  # VL endoscopic
)

TAGS = {"n": ("nonphi", "LABEL"), "d": ("device", "DEVICE"),
        "P": ("phi", "PERSON"), "S": ("phi", "PERSON"), "I": ("phi", "ID"), "D": ("phi", "DATE"),
        "L": ("phi", "LOCATION"), "T": ("nonphi", "TIME"), "H": ("phi", "INSTITUTION"), "A": ("phi", "AGE"),
        "O": ("phi", "OTHER")}


@dataclass
class Line:
    x: int
    y: int
    text: str            # words; a word 'X@word' carries tag X (default n)
    size: int = 12
    font: str = "sans"
    color: object = 1.0  # grey 0..1 (display) or RGB tuple 0..255
    frames: list | None = None
    anchor_right: bool = False  # x is the right edge


@dataclass
class Spec:
    name: str
    group: str
    modality: str
    sop: str
    rows: int
    cols: int
    # kind: gray16s gray16 gray12 gray8 mono1_12 mono1_8 rgb rgb_mf gray8_mf jpeg_gray jpeg_ybr jpeg_ybr_mf
    kind: str
    header: dict
    lines: list
    bg: object = None    # callable(rows, cols, frame) -> display float (rows, cols) or (rows, cols, 3) 0..1
    frames: int = 1
    extra: dict = field(default_factory=dict)
    notes: str = ""


def parse_words(text):
    out = []
    for w in text.split(" "):
        if not w:
            continue
        if len(w) > 2 and w[1] == "@" and w[0] in TAGS:
            out.append((w[2:], w[0]))
        else:
            out.append((w, "n"))
    return out


def render(spec: Spec):
    """Returns list of display frames (float 0..1; gray (r,c) or rgb (r,c,3)) and the truth words."""
    color = spec.kind.startswith("rgb") or "ybr" in spec.kind
    frames = []
    truth = []
    for fi in range(spec.frames):
        base = spec.bg(spec.rows, spec.cols, fi)
        if color and base.ndim == 2:
            base = np.repeat(base[..., None], 3, axis=2)
        img = base.copy()
        for ln in spec.lines:
            if ln.frames is not None and fi not in ln.frames:
                continue
            words = parse_words(ln.text)
            plain = " ".join(w for w, _ in words)
            font = ImageFont.truetype(FONTS[ln.font], ln.size)
            x0 = ln.x - font.getlength(plain) if ln.anchor_right else ln.x
            alpha = Image.new("L", (spec.cols, spec.rows), 0)
            d = ImageDraw.Draw(alpha)
            d.text((x0, ln.y), plain, fill=255, font=font)
            a = np.asarray(alpha, dtype=np.float32) / 255.0
            if color:
                c = np.array(ln.color if isinstance(ln.color, tuple) else (ln.color * 255,) * 3, np.float32) / 255.0
                img = img * (1 - a[..., None]) + c[None, None, :] * a[..., None]
            else:
                c = float(ln.color)
                img = img * (1 - a) + c * a
            if fi == 0 or ln.frames is not None:
                pos = 0
                for w, tag in words:
                    start = plain.index(w, pos)
                    pos = start + len(w)
                    xo = x0 + font.getlength(plain[:start])
                    b = d.textbbox((xo, ln.y), w, font=font)
                    kind, ent = TAGS[tag]
                    truth.append(dict(text=w, box=[int(b[0]), int(b[1]), int(np.ceil(b[2])), int(np.ceil(b[3]))],
                                      kind=kind, entity=ent, frames=ln.frames, staff=(tag == "S"),
                                      size=ln.size, font=ln.font))
        frames.append(np.clip(img, 0, 1))
    # dedupe per-frame lines
    return frames, truth


def _norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def header_tokens(header):
    toks = set()
    for k, v in header.items():
        if k in ("Manufacturer", "ManufacturerModelName", "SeriesDescription", "StudyDescription", "BodyPartExamined",
                 "PatientSex", "SoftwareVersions", "ProtocolName", "StationName"):
            continue
        vals = v if isinstance(v, (list, tuple)) else [v]
        for val in vals:
            val = str(val)
            for t in re.split(r"[\^ ,\-/]+", val):
                if _norm(t):
                    toks.add(_norm(t))
            if _norm(val):
                toks.add(_norm(val))
    return toks


def _date_variants(word):
    """Return possible YYYYMMDD readings of a date-ish token."""
    m = re.findall(r"\d+", word)
    out = set()
    mon = {m_: i + 1 for i, m_ in enumerate(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                                             "NOV", "DEC"])}
    w = word.upper()
    mm = None
    for k, v in mon.items():
        if k in w:
            mm = v
    if len(m) == 3:
        a, b, c = m
        if len(a) == 4:
            out.add(f"{a}{int(b):02d}{int(c):02d}")
        elif len(c) == 4:
            out.add(f"{c}{int(b):02d}{int(a):02d}")
            out.add(f"{c}{int(a):02d}{int(b):02d}")
        elif len(c) == 2:
            for cen in ("19", "20"):
                out.add(f"{cen}{c}{int(b):02d}{int(a):02d}")
                out.add(f"{cen}{c}{int(a):02d}{int(b):02d}")
    elif len(m) == 2 and mm:
        a, c = m
        if len(c) == 4:
            out.add(f"{c}{mm:02d}{int(a):02d}")
    elif len(m) == 1 and len(m[0]) == 8:
        out.add(m[0])
    return out


def in_header(word, entity, header, toks):
    n = _norm(word)
    if not n:
        return True
    if n in toks:
        return True
    if entity == "DATE":
        dv = _date_variants(word)
        for k in ("PatientBirthDate", "StudyDate", "SeriesDate", "AcquisitionDate", "ContentDate"):
            if header.get(k) and header[k] in dv:
                return True
    # an ID broken into digit groups: in header if the header ID contains the digits in order
    if entity == "ID" and n.isalnum():
        for k in ("PatientID", "AccessionNumber", "OtherPatientIDs"):
            v = header.get(k)
            vals = v if isinstance(v, (list, tuple)) else [v]
            for val in vals:
                if val and n in _norm(str(val)) and len(n) >= 3:
                    return True
    return False


def to_dataset(spec: Spec, frames):
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = spec.sop
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SpecificCharacterSet = "ISO_IR 192"
    ds.SOPClassUID = spec.sop
    ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.Modality = spec.modality
    ds.StudyTime = "101500"
    ds.StudyID = "1"
    ds.SeriesNumber = 2
    ds.InstanceNumber = 1
    if spec.sop == SOP["SC"]:
        ds.ConversionType = "WSD"
    for k, v in spec.header.items():
        setattr(ds, k, v)
    for k, v in spec.extra.items():
        setattr(ds, k, v)
    kind = spec.kind
    nf = len(frames)
    if nf > 1:
        ds.NumberOfFrames = nf
        ds.FrameIncrementPointer = pydicom.tag.Tag(0x0018, 0x1063)
        ds.FrameTime = 66.7
    ds.Rows, ds.Columns = spec.rows, spec.cols
    st = np.stack(frames)
    if kind.startswith("jpeg"):
        meta.TransferSyntaxUID = JPEGBaseline8Bit
        enc = []
        for f in frames:
            buf = io.BytesIO()
            if kind == "jpeg_gray":
                Image.fromarray((f * 255).round().astype(np.uint8), "L").save(buf, "JPEG", quality=90)
            else:
                Image.fromarray((f * 255).round().astype(np.uint8), "RGB").save(buf, "JPEG", quality=90, subsampling=1)
            enc.append(buf.getvalue())
        ds.PixelData = encapsulate(enc)
        ds["PixelData"].VR = "OB"
        ds.BitsAllocated = ds.BitsStored = 8
        ds.HighBit = 7
        ds.PixelRepresentation = 0
        ds.LossyImageCompression = "01"
        if kind == "jpeg_gray":
            ds.SamplesPerPixel = 1
            ds.PhotometricInterpretation = "MONOCHROME2"
        else:
            ds.SamplesPerPixel = 3
            ds.PhotometricInterpretation = "YBR_FULL_422"
            ds.PlanarConfiguration = 0
        return ds
    if kind.startswith("rgb"):
        arr = (st * 255).round().astype(np.uint8)
        ds.SamplesPerPixel = 3
        ds.PhotometricInterpretation = "RGB"
        ds.PlanarConfiguration = 0
        ds.BitsAllocated = ds.BitsStored = 8
        ds.HighBit = 7
        ds.PixelRepresentation = 0
    else:
        ds.SamplesPerPixel = 1
        mono1 = kind.startswith("mono1")
        disp = 1 - st if mono1 else st
        ds.PhotometricInterpretation = "MONOCHROME1" if mono1 else "MONOCHROME2"
        if kind == "gray16s":
            arr = (disp * 3000 - 1024).round().astype(np.int16)
            ds.BitsAllocated, ds.BitsStored, ds.PixelRepresentation = 16, 16, 1
            ds.RescaleIntercept, ds.RescaleSlope = 0, 1
            ds.WindowCenter, ds.WindowWidth = 476, 3000
        elif kind == "gray16":
            arr = (disp * 65535).round().astype(np.uint16)
            ds.BitsAllocated, ds.BitsStored, ds.PixelRepresentation = 16, 16, 0
        elif kind in ("gray12", "mono1_12"):
            arr = (disp * 4095).round().astype(np.uint16)
            ds.BitsAllocated, ds.BitsStored, ds.PixelRepresentation = 16, 12, 0
            ds.WindowCenter, ds.WindowWidth = 2048, 4096
        else:  # gray8 mono1_8 gray8_mf
            arr = (disp * 255).round().astype(np.uint8)
            ds.BitsAllocated, ds.BitsStored, ds.PixelRepresentation = 8, 8, 0
        ds.HighBit = ds.BitsStored - 1
    data = np.ascontiguousarray(arr[0] if nf == 1 else arr).tobytes()
    if len(data) % 2:
        data += b"\0"
    ds.PixelData = data
    ds["PixelData"].VR = "OB" if ds.BitsAllocated == 8 else "OW"
    return ds


def write(spec: Spec, outdir: Path):
    frames, truth = render(spec)
    toks = header_tokens(spec.header)
    for t in truth:
        if t["kind"] == "phi":
            t["in_header"] = in_header(t["text"], t["entity"], spec.header, toks)
    ds = to_dataset(spec, frames)
    p = outdir / f"{spec.name}.dcm"
    ds.save_as(p, enforce_file_format=True)
    # sanity: re-read
    rd = pydicom.dcmread(p)
    _ = rd.pixel_array
    tp = outdir / f"{spec.name}.truth.json"
    tp.write_text(json.dumps(dict(name=spec.name, group=spec.group, modality=spec.modality, kind=spec.kind,
                                  frames=spec.frames, notes=spec.notes, words=truth), indent=1, ensure_ascii=False))
    return truth


# ---------------------------------------------------------------- backgrounds
def anatomy(rows, cols, seed=1, lo=0.0, hi=1.0):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:rows, 0:cols]
    cy, cx = rows / 2, cols / 2
    r = np.sqrt(((y - cy) / (rows * 0.35)) ** 2 + ((x - cx) / (cols * 0.3)) ** 2)
    body = np.clip(1.2 - r, 0, 1)
    body = body * (0.6 + 0.4 * np.sin(x / 17.0) * np.cos(y / 23.0))
    body += rng.normal(0, 0.02, size=body.shape)
    body = np.clip(body, 0, 1)
    return lo + (hi - lo) * body


def bg_anatomy(seed=1, lo=0.0, hi=0.8, floor=0.0):
    def f(rows, cols, fi):
        a = anatomy(rows, cols, seed=seed + fi, lo=lo, hi=hi)
        return np.maximum(a, floor)
    return f


def bg_flat(v):
    def f(rows, cols, fi):
        return np.full((rows, cols), v, np.float32)
    return f


def bg_us(seed=3, tint=None, top=60):
    """Ultrasound sector of speckle on black, RGB."""
    def f(rows, cols, fi):
        rng = np.random.default_rng(seed + fi)
        y, x = np.mgrid[0:rows, 0:cols]
        cx, cy = cols / 2, top - 20
        r = np.sqrt((x - cx) ** 2 + (y - cy) ** 2)
        ang = np.arctan2(x - cx, y - cy)
        sector = (r > 40) & (r < rows * 0.85) & (np.abs(ang) < 0.65)
        sp = rng.rayleigh(0.25, size=(rows, cols)) * (0.6 + 0.4 * np.sin(r / 9.0 + fi * 0.3))
        blob = np.exp(-(((x - cx - 20 * np.sin(fi)) / 60.0) ** 2 + ((y - rows * 0.5) / 45.0) ** 2))
        img = np.clip(sp * (1 - 0.8 * blob), 0, 1) * sector
        rgb = np.repeat(img[..., None], 3, axis=2)
        if tint is not None:
            rgb = rgb * np.array(tint)[None, None, :]
        return rgb
    return f


def bg_photo(seed=5):
    """Endoscopy-like photo: reddish round field on black."""
    def f(rows, cols, fi):
        rng = np.random.default_rng(seed + fi)
        y, x = np.mgrid[0:rows, 0:cols]
        r = np.sqrt(((x - cols / 2) / (cols * 0.36)) ** 2 + ((y - rows / 2) / (rows * 0.45)) ** 2)
        m = (r < 1).astype(np.float32)
        base = 0.55 + 0.25 * np.sin(x / 23.0) * np.cos(y / 31.0) + rng.normal(0, 0.03, (rows, cols))
        rgb = np.stack([base * 0.95, base * 0.45, base * 0.38], axis=2) * m[..., None]
        return np.clip(rgb, 0, 1)
    return f


def bg_white_rgb(v=1.0):
    def f(rows, cols, fi):
        return np.full((rows, cols, 3), v, np.float32)
    return f
