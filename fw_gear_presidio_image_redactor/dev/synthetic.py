"""Synthetic DICOMs with text burned in at known places, and the ground truth.

Tests, the demo and the evaluation all draw their images here, so every claim
about what the tool erased can be checked pixel by pixel against where the
text really was. Fonts come from Pillow itself, so no system font is needed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.encaps import encapsulate
from pydicom.uid import (
    CTImageStorage,
    ExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGLosslessSV1,
    JPEGLSLossless,
    RLELossless,
    SecondaryCaptureImageStorage,
    UltrasoundMultiFrameImageStorage,
    generate_uid,
)

from ..findings import Box


@dataclass(frozen=True)
class TextSpec:
    text: str
    x: int
    y: int
    entity: str | None = None  # None: not PHI
    size: int = 20
    frames: tuple[int, ...] | None = None  # None: every frame


@dataclass
class Segment:
    """Ground truth for one drawn string: where its glyph pixels are."""

    text: str
    entity: str | None
    frame: int
    box: Box
    mask: np.ndarray  # bool, shape (box.height, box.width): glyph pixels inside box


@dataclass
class Synthetic:
    dataset: Dataset
    segments: list[Segment] = field(default_factory=list)

    def save(self, path) -> None:
        self.dataset.save_as(path, enforce_file_format=True)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _background(rows: int, columns: int, seed: int) -> np.ndarray:
    """A smooth 'anatomy' blob plus noise in [0, 1]: non-text pixels that vary, so a
    redactor that repaints the whole image is caught."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:rows, 0:columns]
    cy, cx = rows / 2, columns / 2
    r = np.sqrt(((yy - cy) / (rows * 0.35)) ** 2 + ((xx - cx) / (columns * 0.3)) ** 2)
    blob = np.clip(1.0 - r, 0, 1) * 0.55
    return np.clip(blob + rng.normal(0, 0.02, (rows, columns)), 0, 0.6)


def _render(specs: list[TextSpec], rows: int, columns: int, frame: int) -> tuple[np.ndarray, list[Segment]]:
    canvas = Image.new("L", (columns, rows), 0)
    draw = ImageDraw.Draw(canvas)
    segments = []
    for spec in specs:
        if spec.frames is not None and frame not in spec.frames:
            continue
        single = Image.new("L", (columns, rows), 0)
        ImageDraw.Draw(single).text((spec.x, spec.y), spec.text, fill=255, font=font(spec.size))
        arr = np.asarray(single)
        ys, xs = np.nonzero(arr > 64)
        if len(ys) == 0:
            continue
        box = Box(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))
        mask = arr[box.top : box.bottom, box.left : box.right] > 64
        segments.append(Segment(spec.text, spec.entity, frame, box, mask))
        draw.text((spec.x, spec.y), spec.text, fill=255, font=font(spec.size))
    return np.asarray(canvas, dtype=np.float32) / 255.0, segments


def _base_dataset(sop_class: str, header: dict) -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = sop_class
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = generate_uid()
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.StudyInstanceUID = generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.PatientName = "DOE^JOHN"
    ds.PatientID = "SYN0001"
    ds.PatientBirthDate = ""
    ds.PatientSex = "O"
    ds.StudyDate = "20240102"
    ds.StudyTime = "120000"
    ds.AccessionNumber = ""
    ds.ReferringPhysicianName = ""
    ds.StudyID = "1"
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.Modality = "OT"
    ds.ConversionType = "SYN"
    ds.BurnedInAnnotation = "YES"
    for key, value in header.items():
        setattr(ds, key, value)
    return ds


def make_dicom(
    specs: list[TextSpec],
    *,
    rows: int = 512,
    columns: int = 512,
    photometric: str = "MONOCHROME2",
    bits_stored: int = 12,
    signed: bool = False,
    frames: int = 1,
    color: tuple[int, int, int] = (255, 255, 255),
    dark_text: bool = False,
    transfer_syntax: str = ExplicitVRLittleEndian,
    header: dict | None = None,
    seed: int = 0,
    aliased: bool = False,
) -> Synthetic:
    """Draw `specs` on a synthetic image and encode it as asked.

    `aliased` draws text without anti-aliasing (hard 0/1 edges), as many CT
    consoles burn their small overlay fonts.

    Monochrome text is burned at the top of the stored range (or bottom with
    dark_text); colour text in `color` on a dark ground.
    """
    color_image = photometric in ("RGB", "YBR_FULL_422", "YBR_FULL")
    if color_image:
        bits_stored = 8  # colour DICOM is 8 bits per sample
    sop = (UltrasoundMultiFrameImageStorage if frames > 1 and color_image
           else CTImageStorage if (signed and not color_image) else SecondaryCaptureImageStorage)
    ds = _base_dataset(sop, header or {})
    ds.Rows, ds.Columns = rows, columns
    bits_allocated = 8 if color_image or bits_stored <= 8 else 16
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = bits_allocated, bits_stored, bits_stored - 1
    ds.PixelRepresentation = 1 if signed else 0
    ds.SamplesPerPixel = 3 if color_image else 1
    ds.PhotometricInterpretation = photometric
    if color_image:
        ds.PlanarConfiguration = 0
    if frames > 1:
        ds.NumberOfFrames = frames
        ds.FrameTime = 33.3
        ds.FrameIncrementPointer = (0x0018, 0x1063)
    if sop == CTImageStorage:
        ds.Modality = "CT"
        ds.RescaleIntercept, ds.RescaleSlope = 0, 1
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.KVP = 120
        ds.ImagePositionPatient, ds.ImageOrientationPatient = [0, 0, 0], [1, 0, 0, 0, 1, 0]
        ds.PixelSpacing, ds.SliceThickness = [0.7, 0.7], 1.0
        ds.FrameOfReferenceUID = generate_uid()
        ds.PositionReferenceIndicator = ""
        ds.AcquisitionNumber = 1
    elif sop == UltrasoundMultiFrameImageStorage:
        ds.Modality = "US"
        ds.ImageType = ["ORIGINAL", "PRIMARY"]

    lo = -(1 << (bits_stored - 1)) if signed else 0
    hi = (1 << (bits_stored - 1)) - 1 if signed else (1 << bits_stored) - 1
    pixel_frames = []
    segments: list[Segment] = []
    for f in range(frames):
        text, segs = _render(specs, rows, columns, f)
        if aliased:
            text = (text > 0.5).astype(np.float32)
        segments += segs
        bg = _background(rows, columns, seed + f)
        if color_image:
            base = (bg[..., None] * 255 * np.array([1.0, 0.9, 0.8]))
            ink = np.array(color, dtype=np.float32)
            if dark_text:
                base = 255 - base * 0.3
            rgb = base * (1 - text[..., None]) + ink * text[..., None]
            pixel_frames.append(np.clip(rgb, 0, 255).astype(np.uint8))
        else:
            span = hi - lo
            value = lo + bg * span * 0.8
            ink = lo if dark_text else hi
            if dark_text:
                value = hi - bg * span * 0.3
            out = value * (1 - text) + ink * text
            dtype = (np.int16 if signed else np.uint16) if bits_allocated == 16 else (np.int8 if signed else np.uint8)
            pixel_frames.append(np.clip(np.round(out), lo, hi).astype(dtype))
    arr = np.stack(pixel_frames) if frames > 1 else pixel_frames[0]
    _encode(ds, arr, photometric, transfer_syntax)
    return Synthetic(ds, segments)


def _encode(ds: Dataset, arr: np.ndarray, photometric: str, transfer_syntax: str) -> None:
    if transfer_syntax == JPEGBaseline8Bit:
        frames = arr if arr.ndim == 4 else arr[None]
        fragments = []
        for frame in frames:
            buf = io.BytesIO()
            Image.fromarray(frame, "RGB").save(buf, format="JPEG", quality=95, subsampling=1)  # 4:2:2
            fragments.append(buf.getvalue())
        ds.PhotometricInterpretation = "YBR_FULL_422"
        ds.PixelData = encapsulate(fragments)
        ds["PixelData"].VR = "OB"
        ds.file_meta.TransferSyntaxUID = JPEGBaseline8Bit
        ds.LossyImageCompression = "01"
        return
    stored_photometric = "RGB" if photometric in ("RGB", "YBR_FULL_422", "YBR_FULL") else photometric
    ds.PhotometricInterpretation = stored_photometric
    ds.PixelData = arr.tobytes()
    ds["PixelData"].VR = "OW" if ds.BitsAllocated == 16 else "OB"
    if transfer_syntax in (RLELossless, JPEG2000Lossless):
        ds.compress(transfer_syntax, arr, generate_instance_uid=False)
    elif transfer_syntax in _GDCM_ENCODED:
        _gdcm_compress(ds, transfer_syntax)


# pydicom has no encoder for these; GDCM (python-gdcm, already a decoder plugin) has.
_GDCM_ENCODED = {JPEGLSLossless: "JPEGLSLossless", JPEGLosslessSV1: "JPEGLosslessProcess14_1"}


def _gdcm_compress(ds: Dataset, transfer_syntax: str) -> None:
    import tempfile

    import gdcm
    import pydicom

    with tempfile.TemporaryDirectory() as tmp:
        src, dst = f"{tmp}/in.dcm", f"{tmp}/out.dcm"
        ds.save_as(src, enforce_file_format=True)
        reader = gdcm.ImageReader()
        reader.SetFileName(src)
        change = gdcm.ImageChangeTransferSyntax()
        change.SetTransferSyntax(gdcm.TransferSyntax(getattr(gdcm.TransferSyntax, _GDCM_ENCODED[transfer_syntax])))
        if not reader.Read():
            raise RuntimeError("GDCM could not read the native image")
        change.SetInput(reader.GetImage())
        if not change.Change():
            raise RuntimeError(f"GDCM could not encode {transfer_syntax}")
        writer = gdcm.ImageWriter()
        writer.SetFileName(dst)
        writer.SetFile(reader.GetFile())
        writer.SetImage(change.GetOutput())
        if not writer.Write():
            raise RuntimeError(f"GDCM could not write {transfer_syntax}")
        encoded = pydicom.dcmread(dst)
    ds["PixelData"] = encoded["PixelData"]
    ds.file_meta.TransferSyntaxUID = transfer_syntax


DEMO_HEADER = {
    "PatientName": "BRANDT^EMILIA",
    "PatientID": "48213957",
    "PatientBirthDate": "19760616",
    "StudyDate": "20120309",
    "AccessionNumber": "A7781203",
    "InstitutionName": "Lakeside General Hospital",
    "Modality": "CR",
}


def demo_sample(seed: int = 7) -> Synthetic:
    """The embedded sample of `make demo`: a chest X-ray-like image whose overlay
    repeats the (fake) header: name, date of birth, MRN and study date."""
    specs = [
        TextSpec("BRANDT^EMILIA", 24, 20, "PERSON", 26),
        TextSpec("DOB: 06/16/1976", 24, 56, "DATE_TIME", 26),
        TextSpec("MRN: 48213957", 24, 92, "ID", 26),
        TextSpec("Study: 2012-03-09", 24, 128, "DATE_TIME", 26),
        TextSpec("PORTABLE", 700, 20, None, 26),
        TextSpec("L", 60, 700, None, 40),
    ]
    return make_dicom(specs, rows=900, columns=900, bits_stored=12, header=DEMO_HEADER, seed=seed)


# -- cines ---------------------------------------------------------------------

CINE_BANNER = [
    TextSpec("KOWALSKI, MARTHA", 12, 8, "PERSON", 20),
    TextSpec("DOB", 12, 36, None, 20),
    TextSpec("03/11/1952", 62, 36, "DATE_TIME", 20),
    TextSpec("MRN", 12, 64, None, 20),
    TextSpec("55120934", 62, 64, "ID", 20),
    TextSpec("ABDOMEN", 520, 8, None, 20),
]
CINE_HEADER = {"PatientName": "KOWALSKI^MARTHA", "PatientID": "55120934", "PatientBirthDate": "19520311"}


def counter_specs(frames: int, x: int = 500, y: int = 440, size: int = 20,
                  fmt: str = "Frame {n}") -> list[TextSpec]:
    """A frame counter ('Frame 1', 'Frame 2', ...): text that changes on every frame and is not PHI."""
    return [TextSpec(fmt.format(n=i + 1), x, y, None, size, frames=(i,)) for i in range(frames)]


def make_cine(
    frames: int,
    *,
    rows: int = 480,
    columns: int = 640,
    banner: list[TextSpec] | None = None,
    counter: bool = True,
    extra: list[TextSpec] | None = None,
    header: dict | None = None,
    seed: int = 0,
) -> Synthetic:
    """An ultrasound-like RGB cine: a static banner, a per-frame counter and anatomy
    that moves on every frame (so frames differ outside the text too).

    Frames are rendered one at a time into a temporary file that becomes a buffered
    Pixel Data value, so a 500-frame cine never sits in memory as an array.
    """
    import tempfile

    specs = [*(CINE_BANNER if banner is None else banner), *(extra or [])]
    per_frame = counter_specs(frames) if counter else []
    ds = _base_dataset(UltrasoundMultiFrameImageStorage if frames > 1 else SecondaryCaptureImageStorage,
                       {**CINE_HEADER, **(header or {})})
    ds.Modality = "US"
    ds.ImageType = ["ORIGINAL", "PRIMARY"]
    ds.Rows, ds.Columns = rows, columns
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 8, 8, 7, 0
    ds.SamplesPerPixel, ds.PhotometricInterpretation, ds.PlanarConfiguration = 3, "RGB", 0
    if frames > 1:
        ds.NumberOfFrames = frames
        ds.FrameTime = 33.3
        ds.FrameIncrementPointer = (0x0018, 0x1063)
        ds.CineRate = 30
    buffer = tempfile.TemporaryFile()
    segments: list[Segment] = []
    for f in range(frames):
        counter_now = [s for s in per_frame if s.frames == (f,)]
        text, segs = _render([*specs, *counter_now], rows, columns, f)
        segments += segs
        bg = _background(rows, columns, seed + f)
        base = bg[..., None] * 255 * np.array([1.0, 0.9, 0.8])
        rgb = base * (1 - text[..., None]) + 255.0 * text[..., None]
        buffer.write(np.clip(rgb, 0, 255).astype(np.uint8).tobytes())
    buffer.seek(0)
    ds.PixelData = buffer
    ds["PixelData"].VR = "OB"
    return Synthetic(ds, segments)
