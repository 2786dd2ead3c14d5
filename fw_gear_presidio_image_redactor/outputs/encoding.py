"""How a derived DICOM stores its pixels: keep the input's encoding where that adds no new loss.

Rules (issue 15; `--output-compression keep`, the default):

- An instance with nothing to change keeps its Pixel Data element byte for byte
  (only a big-endian input is byte-swapped to Explicit VR Little Endian).
- JPEG Baseline (1.2.840.10008.1.2.4.50) and 8-bit JPEG Extended (.51): block-selective
  redaction in the compressed domain (D. Clunie and D. Gebow, "Block selective redaction
  for minimizing loss during de-identification of burned in text in irreversibly compressed
  JPEG medical images", J. Med. Imaging 2(1) 016501, 2015). Each redaction box is grown to
  whole MCUs (8x8 pixels, 16x8 for 4:2:2, 16x16 for 4:2:0); in those MCUs every component's
  blocks become one flat colour (DC at the fill's level, all AC zero). Every other block keeps
  its quantized coefficients, so decoded pixels outside the grown boxes are the input's, frames
  without edits keep their fragments byte for byte, and no new lossy step is applied. The DCT
  coefficients are read and written by libjpeg through `jpeglib` (entropy coding is libjpeg's).
  Decoders that smooth subsampled chroma ("fancy upsampling") blend the new chroma of a grown box
  into the one pixel next to it; luminance and all other pixels are unchanged.
- Lossless inputs (RLE, JPEG-LS, JPEG 2000 lossless) are decoded, edited and re-encoded in the
  same syntax. Syntaxes pydicom 3 cannot encode go to the lossless syntax of their family
  (lossy JPEG 2000 and HTJ2K: JPEG 2000 lossless; JPEG-LS near-lossless: JPEG-LS lossless), else
  to the best lossless syntax available here (JPEG Lossless SV1 and the other JPEG processes:
  JPEG-LS, then JPEG 2000, then RLE, then uncompressed), with a note saying so.
- Uncompressed inputs stay uncompressed (Deflated stays Deflated).

Review copies (outlines drawn, not redacted) follow the same rules; for JPEG inputs the
outline is added to the blocks it crosses as a quantized DCT-domain difference (a new lossy
step in those blocks only, recorded in Lossy Image Compression Method/Ratio).
"""

from __future__ import annotations

import enum
import logging
import struct
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset
from pydicom.encaps import generate_fragmented_frames
from pydicom.pixels import get_encoder
from pydicom.pixels.encoders.base import ENCODING_PROFILES
from pydicom.uid import (
    UID,
    DeflatedExplicitVRLittleEndian,
    ExplicitVRLittleEndian,
    JPEG2000Lossless,
    JPEGBaseline8Bit,
    JPEGExtended12Bit,
    JPEGLSLossless,
    RLELossless,
)

from ..config import OutputCompression
from ..decode.dicom import DicomImage
from ..findings import Box
from ..pixels.redaction import snap_to_grid

log = logging.getLogger(__name__)

JPEG_BLOCK_SYNTAXES = (JPEGBaseline8Bit, JPEGExtended12Bit)
LOSSLESS_FAMILIES = (RLELossless, JPEGLSLossless, JPEG2000Lossless)
# Best lossless syntax first: JPEG-LS compresses ultrasound and CT about as well as
# JPEG 2000 at a fraction of the time; RLE is the fallback every reader has.
LOSSLESS_PREFERENCE = (JPEGLSLossless, JPEG2000Lossless, RLELossless)
CHOICE_SYNTAX = {
    OutputCompression.RLE: RLELossless,
    OutputCompression.JPEG_LS: JPEGLSLossless,
    OutputCompression.JPEG2000: JPEG2000Lossless,
}
# PS3.3 C.7.6.1.1.5.1: Lossy Image Compression Method defined terms, by transfer syntax family.
LOSSY_METHOD = {"1.2.840.10008.1.2.4.5": "ISO_10918_1", "1.2.840.10008.1.2.4.8": "ISO_14495_1",
                "1.2.840.10008.1.2.4.9": "ISO_15444_1", "1.2.840.10008.1.2.4.20": "ISO_15444_15"}


class Method(enum.Enum):
    NATIVE = "uncompressed"
    JPEG_BLOCKS = "block-selective JPEG"
    LOSSLESS = "lossless re-encoding"


@dataclass(frozen=True)
class EncodingPlan:
    """The output's transfer syntax and how pixels get there; `note` says, for the log and
    the report, when it is not the input's own encoding."""

    method: Method
    transfer_syntax: UID
    note: str = ""
    kept: bool = False  # made for `keep`: an instance with nothing to change keeps its Pixel Data


class JpegBlockError(Exception):
    """libjpeg could not read a frame's DCT coefficients (for example 12-bit data)."""


@dataclass
class FrameEdits:
    """What changes in each frame.

    boxes: frame index -> boxes in pixel coordinates (columns, rows; margin already applied).
    paint: (frame index, decoded frame) -> the edited frame, same shape and dtype
           (`redaction.redact_frame` or `redaction.outline_frame`).
    fill: for redaction, (decoded frame) -> the fill value (a scalar, or RGB for colour);
          None for review outlines.
    plane_boxes: frame index -> boxes (margin applied) of text drawn only by an overlay
          plane: its bits are cleared there (`dicom_writer`), the pixels are not painted.
    """

    boxes: dict[int, list[Box]] = field(default_factory=dict)
    plane_boxes: dict[int, list[Box]] = field(default_factory=dict)
    paint: Callable[[int, np.ndarray], np.ndarray] = lambda i, frame: frame
    fill: Callable[[np.ndarray], object] | None = None

    def frames(self) -> set[int]:
        return {i for i, boxes in self.boxes.items() if boxes}


def _lossy(ts: UID) -> bool:
    return ts.is_compressed and ts not in (RLELossless, JPEGLSLossless, JPEG2000Lossless,
                                           "1.2.840.10008.1.2.4.57", "1.2.840.10008.1.2.4.70",
                                           "1.2.840.10008.1.2.4.92", "1.2.840.10008.1.2.4.201")


def source_syntax(image: DicomImage) -> UID:
    return UID(image.dataset.file_meta.TransferSyntaxUID)


def lossless_photometric(image: DicomImage, ts: UID) -> str:
    """Decoded colour is RGB; JPEG 2000 lossless stores it with the reversible colour transform."""
    if not image.is_color:
        return image.photometric
    return "YBR_RCT" if ts == JPEG2000Lossless else "RGB"


def can_encode(image: DicomImage, ts: UID) -> bool:
    """pydicom 3 has a working encoder for `ts` and PS3.5 allows this pixel description in it."""
    try:
        if not get_encoder(ts).is_available:
            return False
    except NotImplementedError:
        return False
    want = (lossless_photometric(image, ts), image.samples_per_pixel, int(image.signed), image.bits_allocated,
            image.bits_stored)
    return any(pi == want[0] and spp == want[1] and want[2] in reps and want[3] in alloc and want[4] in stored
               for pi, spp, reps, alloc, stored in ENCODING_PROFILES.get(ts, []))


def _jpeg_blocks_possible(image: DicomImage, ts: UID) -> bool:
    if ts not in JPEG_BLOCK_SYNTAXES or image.bits_allocated != 8 or image.bits_stored != 8:
        return False
    if image.photometric not in ("MONOCHROME1", "MONOCHROME2", "RGB", "YBR_FULL", "YBR_FULL_422"):
        return False
    try:
        import jpeglib  # noqa: F401
    except ImportError:
        return False
    return True


def plan_encoding(image: DicomImage, choice: OutputCompression) -> EncodingPlan:
    """The output encoding for `image` under `choice` (see the module docstring)."""
    ts = source_syntax(image)
    name = ts.name
    if choice is OutputCompression.NONE:
        note = "" if not ts.is_compressed and ts.is_little_endian else f"{name} written as Explicit VR Little Endian"
        return EncodingPlan(Method.NATIVE, ExplicitVRLittleEndian, note)
    if choice in CHOICE_SYNTAX:
        target = CHOICE_SYNTAX[choice]
        if can_encode(image, target):
            note = "" if target == ts else f"{name} re-encoded as {target.name} (--output-compression {choice.value})"
            return EncodingPlan(Method.LOSSLESS, target, note)
        return EncodingPlan(Method.NATIVE, ExplicitVRLittleEndian,
                            f"{target.name} cannot hold this pixel description "
                            f"({image.photometric}, {image.bits_stored} bits); written uncompressed")
    if not ts.is_compressed:
        if ts == DeflatedExplicitVRLittleEndian:
            return EncodingPlan(Method.NATIVE, DeflatedExplicitVRLittleEndian, kept=True)
        note = "" if ts.is_little_endian else f"{name} (retired) written as Explicit VR Little Endian, same values"
        return EncodingPlan(Method.NATIVE, ExplicitVRLittleEndian, note, kept=True)
    if _jpeg_blocks_possible(image, ts):
        return EncodingPlan(Method.JPEG_BLOCKS, ts, kept=True)
    fallback = lossless_fallback(image, ts)
    return EncodingPlan(fallback.method, fallback.transfer_syntax, fallback.note, kept=True)


def _family(ts: UID) -> UID | None:
    """The lossless syntax of the input's own family that pydicom 3 can encode, if any."""
    if ts in LOSSLESS_FAMILIES:
        return ts
    if str(ts).startswith(("1.2.840.10008.1.2.4.9", "1.2.840.10008.1.2.4.20")):  # JPEG 2000, HTJ2K
        return JPEG2000Lossless
    if str(ts).startswith("1.2.840.10008.1.2.4.8"):  # JPEG-LS near-lossless
        return JPEGLSLossless
    return None  # the JPEG processes: pydicom encodes none losslessly


def lossless_fallback(image: DicomImage, ts: UID) -> EncodingPlan:
    """Same syntax, else the lossless syntax of the same family, else the best lossless one."""
    if ts in LOSSLESS_FAMILIES and can_encode(image, ts):
        return EncodingPlan(Method.LOSSLESS, ts)
    family = _family(ts)
    for target in ([family] if family else []) + [t for t in LOSSLESS_PREFERENCE if t != family]:
        if can_encode(image, target):
            why = "lossy input, kept without new loss" if _lossy(ts) else "pydicom has no encoder for it"
            return EncodingPlan(Method.LOSSLESS, target, f"{ts.name} re-encoded as {target.name} ({why})")
    return EncodingPlan(Method.NATIVE, ExplicitVRLittleEndian,
                        f"{ts.name} written uncompressed (no lossless encoder for this pixel description)")


# -- writing ------------------------------------------------------------------


def encode_into(ds: Dataset, image: DicomImage, plan: EncodingPlan, edits: FrameEdits,
                scratch_dir: Path | None = None) -> EncodingPlan:
    """Set Pixel Data and the attributes describing it on the derived dataset `ds` (a copy
    of the source's header without pixels). Returns the plan actually used: a JPEG frame
    libjpeg cannot read falls back to the lossless plan, with a note."""
    src = image.dataset
    ts = source_syntax(image)
    if not edits.frames():
        # Nothing to change: the Pixel Data element is the input's, byte for byte, whenever
        # the output keeps the input's pixel encoding (implicit -> explicit VR, or native ->
        # Deflated, changes the header's encoding, not the pixel bytes).
        same = plan.transfer_syntax == ts or (plan.kept and ts.is_compressed)
        native_le = not ts.is_compressed and ts.is_little_endian and plan.method is Method.NATIVE
        if same or native_le:
            _copy_pixel_element(ds, src)
            out = ts if same else plan.transfer_syntax
            ds.file_meta.TransferSyntaxUID = out
            return EncodingPlan(plan.method, out, "", plan.kept)
    if plan.method is Method.JPEG_BLOCKS:
        try:
            _encode_jpeg_blocks(ds, image, edits, scratch_dir)
            return plan
        except JpegBlockError as exc:
            fallback = lossless_fallback(image, ts)
            plan = EncodingPlan(fallback.method, fallback.transfer_syntax,
                                f"{fallback.note or fallback.transfer_syntax.name} ({exc})", plan.kept)
    if plan.method is Method.LOSSLESS:
        _encode_lossless(ds, image, plan.transfer_syntax, edits)
        return plan
    _encode_native(ds, image, plan.transfer_syntax, edits, scratch_dir)
    return plan


def _copy_pixel_element(ds: Dataset, src: Dataset) -> None:
    """The source's Pixel Data element, value and all (encapsulated items, offset tables)."""
    elem = src["PixelData"]
    ds.add_new(elem.tag, elem.VR, elem.value)
    ds["PixelData"].is_undefined_length = elem.is_undefined_length
    for kw in ("ExtendedOffsetTable", "ExtendedOffsetTableLengths"):
        if kw in src:
            ds[kw] = src[kw]


def _stored(image: DicomImage, frame: np.ndarray) -> np.ndarray:
    """Stored values as little-endian bytes will need them: frames of a big-endian input
    decode to big-endian arrays, whose `tobytes()` would be swapped in the output."""
    if frame.dtype.kind == "i" and not image.signed:
        frame = frame.astype(np.uint16 if image.bits_allocated == 16 else np.uint8)
    return np.ascontiguousarray(frame, dtype=frame.dtype.newbyteorder("<"))


def _edited(image: DicomImage, edits: FrameEdits, index: int, changed: set[int]) -> np.ndarray:
    frame = image.frame(index)
    return _stored(image, edits.paint(index, frame) if index in changed else frame)


def _encode_native(ds: Dataset, image: DicomImage, ts: UID, edits: FrameEdits, scratch_dir: Path | None) -> None:
    changed = edits.frames()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian  # set_pixel_data refuses big-endian datasets
    first = _edited(image, edits, 0, changed)
    if image.is_color:
        ds.PlanarConfiguration = 0
    ds.set_pixel_data(first, image.output_photometric, image.bits_stored, generate_instance_uid=False)
    if image.is_color:
        ds.PlanarConfiguration = 0
    if image.number_of_frames > 1:
        # Frames go one by one to a spool file that becomes a buffered Pixel Data value,
        # so a long cine is never held as one array; timing attributes were copied as is.
        spool = tempfile.TemporaryFile(dir=scratch_dir)
        spool.write(first.tobytes())
        for i in range(1, image.number_of_frames):
            spool.write(_edited(image, edits, i, changed).tobytes())
        spool.seek(0)
        vr = ds["PixelData"].VR
        ds.PixelData = spool
        ds["PixelData"].VR = vr
        ds.NumberOfFrames = image.number_of_frames
    _drop_offset_tables(ds)
    ds.file_meta.TransferSyntaxUID = ts


def _drop_offset_tables(ds: Dataset) -> None:
    for kw in ("ExtendedOffsetTable", "ExtendedOffsetTableLengths"):
        if kw in ds:
            del ds[kw]


def encapsulate(frames: list[list[bytes]]) -> bytes:
    """PS3.5 A.4: a Basic Offset Table item, then each frame's fragments as items (odd
    fragments padded with one zero byte). The table is left empty past 4 GiB."""
    items, offsets, pos = [], [], 0
    for fragments in frames:
        offsets.append(pos)
        for fragment in fragments:
            if len(fragment) % 2:
                fragment = bytes(fragment) + b"\x00"
            items.append(struct.pack("<HHL", 0xFFFE, 0xE000, len(fragment)))
            items.append(bytes(fragment))
            pos += 8 + len(fragment)
    table = struct.pack(f"<{len(offsets)}L", *offsets) if pos < 2**32 else b""
    return b"".join([struct.pack("<HHL", 0xFFFE, 0xE000, len(table)), table, *items])


def _set_encapsulated(ds: Dataset, image: DicomImage, ts: UID, frames: list[list[bytes]]) -> None:
    ds.add_new(0x7FE00010, "OB", encapsulate(frames))
    ds["PixelData"].is_undefined_length = True
    _drop_offset_tables(ds)
    if image.number_of_frames > 1 or "NumberOfFrames" in image.dataset:
        ds.NumberOfFrames = image.number_of_frames
    ds.file_meta.TransferSyntaxUID = ts


def _source_fragments(image: DicomImage) -> list[tuple[bytes, ...]]:
    src = image.dataset
    return list(generate_fragmented_frames(src.PixelData, number_of_frames=image.number_of_frames,
                                           extended_offsets=_extended_offsets(src)))


def _extended_offsets(src: Dataset):
    if "ExtendedOffsetTable" in src and "ExtendedOffsetTableLengths" in src:
        return src.ExtendedOffsetTable, src.ExtendedOffsetTableLengths
    return None


def _encode_lossless(ds: Dataset, image: DicomImage, ts: UID, edits: FrameEdits) -> None:
    changed = edits.frames()
    pi = lossless_photometric(image, ts)
    # Unedited frames keep their own codestreams when they are already this syntax and
    # colour model; otherwise every frame is decoded and encoded again (losslessly).
    reuse = source_syntax(image) == ts and image.photometric == pi
    originals = _source_fragments(image) if reuse else None
    encoder = get_encoder(ts)
    frames: list[list[bytes]] = []
    for i in range(image.number_of_frames):
        if reuse and i not in changed:
            frames.append(list(originals[i]))
            continue
        arr = _edited(image, edits, i, changed)
        frames.append([encoder.encode(
            arr, rows=image.rows, columns=image.columns, samples_per_pixel=image.samples_per_pixel,
            bits_allocated=image.bits_allocated, bits_stored=image.bits_stored,
            pixel_representation=int(image.signed), photometric_interpretation=pi, number_of_frames=1,
            planar_configuration=0)])
    _set_encapsulated(ds, image, ts, frames)
    ds.PhotometricInterpretation = pi
    if image.samples_per_pixel > 1:
        ds.PlanarConfiguration = 0
    _mark_lossy_history(ds, image)


def _mark_lossy_history(ds: Dataset, image: DicomImage) -> None:
    """An input once compressed lossily stays marked so (PS3.3 C.7.6.1.1.5): re-encoding it
    losslessly or uncompressed must not make it look pristine."""
    ts = source_syntax(image)
    if not _lossy(ts) and str(image.dataset.get("LossyImageCompression", "")) != "01":
        return
    ds.LossyImageCompression = "01"
    if "LossyImageCompressionMethod" not in ds:
        method = next((m for prefix, m in LOSSY_METHOD.items() if str(ts).startswith(prefix)), None)
        if method:
            ds.LossyImageCompressionMethod = method


# -- JPEG block-selective ------------------------------------------------------


def _dct_matrix() -> np.ndarray:
    """The 8-point orthonormal DCT-II matrix: JPEG's FDCT (ITU T.81 A.3.3) is D @ block @ D.T."""
    k = np.arange(8)
    d = np.cos((2 * k[None, :] + 1) * k[:, None] * np.pi / 16) * np.sqrt(2 / 8)
    d[0] /= np.sqrt(2)
    return d


DCT = _dct_matrix()


@dataclass(frozen=True)
class JpegGeometry:
    """Sampling of one JPEG frame: factors per component as (horizontal, vertical)."""

    factors: tuple[tuple[int, int], ...]

    @property
    def mcu(self) -> tuple[int, int]:
        """MCU size in pixels (columns, rows); a single-component scan is not interleaved."""
        if len(self.factors) == 1:
            return 8, 8
        return 8 * max(h for h, _ in self.factors), 8 * max(v for _, v in self.factors)

    def grown(self, box: Box, rows: int, columns: int) -> Box:
        """`box` grown to whole MCUs, clipped to the image: what block-selective redaction fills."""
        return snap_to_grid(box, self.mcu, rows, columns)


def jpeg_geometry(data: bytes) -> JpegGeometry:
    """Sampling factors from the frame's SOF marker (ITU T.81 B.2.2)."""
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise JpegBlockError("no SOF marker before the scan")
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        if marker in (0xC0, 0xC1):
            count = data[pos + 9]
            comps = data[pos + 10 : pos + 10 + 3 * count]
            return JpegGeometry(tuple((comps[3 * i + 1] >> 4, comps[3 * i + 1] & 15) for i in range(count)))
        if marker == 0xDA:
            break
        pos += 2 + length
    raise JpegBlockError("not a baseline or extended sequential JPEG")


def _segments(data: bytes) -> tuple[list[bytes], bytes]:
    """Marker segments between SOI and the first SOS, and the rest (scan onwards)."""
    pos, segments = 2, []
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker == 0xDA:
            break
        length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
        segments.append(data[pos : pos + 2 + length])
        pos += 2 + length
    return segments, data[pos:]


def _with_original_markers(original: bytes, written: bytes) -> bytes:
    """Put back what tells decoders the colour model, as the input had it: libjpeg writes its
    own APP0 (JFIF) / APP14 (Adobe) markers and numbers components its own way, and decoders
    that follow markers and component identifiers (1,2,3 = YCbCr, 'R','G','B' = RGB) would
    then decode an edited frame in other colours than its neighbours. So: the input's APPn/COM
    segments, libjpeg's tables and frame header with the input's component identifiers, and
    the scan with its component selectors renamed to match."""
    def app(seg: bytes) -> bool:
        return 0xE0 <= seg[1] <= 0xEF or seg[1] == 0xFE

    kept, _ = _segments(original)
    new, scan = _segments(written)
    sof_in = next(seg for seg in kept if seg[1] in (0xC0, 0xC1))
    count = sof_in[9]
    ids_in = [sof_in[10 + 3 * i] for i in range(count)]
    rename: dict[int, int] = {}
    tables = []
    for seg in new:
        if app(seg):
            continue
        if seg[1] in (0xC0, 0xC1):
            seg = bytearray(seg)
            for i in range(min(count, seg[9])):
                rename[seg[10 + 3 * i]] = ids_in[i]
                seg[10 + 3 * i] = ids_in[i]
            seg = bytes(seg)
        tables.append(seg)
    scan = bytearray(scan)  # FFDA, length, Ns, then Ns pairs (Cs, Td/Ta): T.81 B.2.3
    for i in range(scan[4]):
        scan[5 + 2 * i] = rename.get(scan[5 + 2 * i], scan[5 + 2 * i])
    return b"\xff\xd8" + b"".join(s for s in kept if app(s)) + b"".join(tables) + bytes(scan)


def block_grid(image: DicomImage, choice: OutputCompression) -> tuple[int, int] | None:
    """The MCU size (columns, rows) redaction boxes grow to when `image` will be redacted block
    by block, else None; read from the first frame's SOF marker."""
    if plan_encoding(image, choice).method is not Method.JPEG_BLOCKS:
        return None
    try:
        first = next(generate_fragmented_frames(image.dataset.PixelData, number_of_frames=image.number_of_frames,
                                                extended_offsets=_extended_offsets(image.dataset)))
        return jpeg_geometry(b"".join(first)).mcu
    except (JpegBlockError, StopIteration, ValueError):
        return None


def _component_levels(value, color_space: str, components: int) -> list[float]:
    """A decoded-space value (grey level, or RGB) in the JPEG's component space."""
    v = np.atleast_1d(np.asarray(value, dtype=float))
    if components == 1:
        return [float(v[0])]
    r, g, b = (v if v.size == 3 else np.repeat(v[:1], 3))[:3]
    if "YCbCr" in color_space:  # JFIF (ITU T.871) RGB -> YCbCr, what libjpeg inverts on decode
        return [0.299 * r + 0.587 * g + 0.114 * b,
                128 - 0.168736 * r - 0.331264 * g + 0.5 * b,
                128 + 0.5 * r - 0.418688 * g - 0.081312 * b]
    return [float(r), float(g), float(b)]


def _to_components(frame: np.ndarray, color_space: str) -> list[np.ndarray]:
    f = frame.astype(float)
    if f.ndim == 2:
        return [f]
    r, g, b = f[..., 0], f[..., 1], f[..., 2]
    if "YCbCr" in color_space:
        return [0.299 * r + 0.587 * g + 0.114 * b,
                -0.168736 * r - 0.331264 * g + 0.5 * b,
                0.5 * r - 0.418688 * g - 0.081312 * b]
    return [r, g, b]


class _Jpeg:
    """One frame's DCT coefficients through jpeglib (libjpeg), written back losslessly."""

    def __init__(self, data: bytes, tmp: Path, photometric: str):
        import jpeglib

        self.original = data
        self.geometry = jpeg_geometry(data)
        self._tmp = tmp
        src = tmp / "in.jpg"
        src.write_bytes(data)
        try:
            self.jpeg = jpeglib.read_dct(str(src))
            self.components = [self.jpeg.Y.copy()]
            if self.jpeg.has_chrominance:
                self.components += [self.jpeg.Cb.copy(), self.jpeg.Cr.copy()]
        except Exception as exc:  # libjpeg reports 12-bit or damaged data as many types
            raise JpegBlockError(f"libjpeg cannot read its DCT coefficients: {exc}") from None
        if len(self.components) != len(self.geometry.factors):
            raise JpegBlockError("component count differs from the SOF marker")
        # The components hold what the Photometric Interpretation says (PS3.5 8.2.1), which is
        # how pydicom reads them; markers (JFIF, Adobe) that say otherwise are kept as they are.
        self.color_space = "YCbCr" if photometric.startswith("YBR") else photometric

    def qt(self, c: int) -> np.ndarray:
        return np.asarray(self.jpeg.get_component_qt(c), dtype=float)

    def blocks(self, c: int, box: Box) -> tuple[slice, slice]:
        """Block rows and columns of component c inside an MCU-aligned pixel box."""
        h, v = self.geometry.factors[c]
        mw, mh = self.geometry.mcu
        comp = self.components[c]
        r0, r1 = box.top // mh * v, -(-box.bottom // mh) * v
        c0, c1 = box.left // mw * h, -(-box.right // mw) * h
        if len(self.components) == 1:
            r0, r1, c0, c1 = box.top // 8, -(-box.bottom // 8), box.left // 8, -(-box.right // 8)
        return slice(r0, min(r1, comp.shape[0])), slice(c0, min(c1, comp.shape[1]))

    def fill(self, box: Box, value) -> None:
        levels = _component_levels(value, self.color_space, len(self.components))
        for c, level in enumerate(levels):
            rows, cols = self.blocks(c, box)
            q00 = self.qt(c)[0, 0]
            self.components[c][rows, cols] = 0
            self.components[c][rows, cols, 0, 0] = int(np.clip(round((level - 128) * 8 / q00), -2047, 2047))

    def add_difference(self, box: Box, before: np.ndarray, after: np.ndarray) -> None:
        """Add (after - before), decoded pixels inside MCU-aligned `box`, to the coefficients
        of the blocks there: a forward DCT and this file's quantization of the difference."""
        mw, mh = self.geometry.mcu
        deltas = [a - b for a, b in zip(_to_components(after, self.color_space),
                                       _to_components(before, self.color_space), strict=True)]
        hmax, vmax = (mw // 8, mh // 8) if len(self.components) > 1 else (1, 1)
        for c, delta in enumerate(deltas):
            h, v = self.geometry.factors[c] if len(self.components) > 1 else (1, 1)
            sx, sy = hmax // h, vmax // v
            height, width = -(-delta.shape[0] // (8 * sy)) * 8 * sy, -(-delta.shape[1] // (8 * sx)) * 8 * sx
            padded = np.zeros((height, width))
            padded[: delta.shape[0], : delta.shape[1]] = delta
            sub = padded.reshape(height // sy, sy, width // sx, sx).mean(axis=(1, 3))
            rows, cols = self.blocks(c, box)
            q = self.qt(c)
            comp = self.components[c]
            for br in range(rows.start, rows.stop):
                for bc in range(cols.start, cols.stop):
                    y0, x0 = (br - rows.start) * 8, (bc - cols.start) * 8
                    block = sub[y0 : y0 + 8, x0 : x0 + 8]
                    if block.shape != (8, 8) or not block.any():
                        continue
                    coef = comp[br, bc] + np.rint(DCT @ block @ DCT.T / q)
                    dc = np.clip(coef[0, 0], -2047, 2047)  # baseline Huffman limits (T.81 F.1.2)
                    comp[br, bc] = np.clip(coef, -1023, 1023)
                    comp[br, bc, 0, 0] = dc

    def encode(self) -> bytes:
        self.jpeg.Y = self.components[0]
        if len(self.components) == 3:
            self.jpeg.Cb, self.jpeg.Cr = self.components[1], self.components[2]
        out = self._tmp / "out.jpg"
        try:
            # Optimal Huffman tables (still baseline, T.81 K.2); no JFIF/Adobe marker of libjpeg's
            # own: the input's are put back (_with_original_markers).
            self.jpeg.write_dct(str(out), flags=["+OPTIMIZE_CODING", "-WRITE_JFIF_HEADER", "-WRITE_ADOBE_MARKER",
                                                 "-ARITH_CODE", "-PROGRESSIVE_MODE"])
        except Exception as exc:
            raise JpegBlockError(f"libjpeg cannot write the coefficients: {exc}") from None
        return _with_original_markers(self.original, out.read_bytes())


def _encode_jpeg_blocks(ds: Dataset, image: DicomImage, edits: FrameEdits, scratch_dir: Path | None) -> None:
    changed = edits.frames()
    fragments = _source_fragments(image)
    frames: list[list[bytes]] = []
    requantized = 0
    with tempfile.TemporaryDirectory(dir=scratch_dir) as tmp:
        for i, original in enumerate(fragments):
            if i not in changed:
                frames.append(list(original))  # byte for byte
                continue
            jpeg = _Jpeg(b"".join(original), Path(tmp), image.photometric)
            boxes = [jpeg.geometry.grown(b, image.rows, image.columns) for b in edits.boxes[i]]
            boxes = [b for b in boxes if b.area]
            decoded = image.frame(i)
            if edits.fill is not None:
                value = edits.fill(decoded)
                for box in boxes:
                    jpeg.fill(box, value)
            else:
                painted = edits.paint(i, decoded)
                for box in boxes:
                    window = (slice(box.top, box.bottom), slice(box.left, box.right))
                    jpeg.add_difference(box, decoded[window], painted[window])
                requantized += 1
            frames.append([jpeg.encode()])
    _set_encapsulated(ds, image, source_syntax(image), frames)
    ds.PhotometricInterpretation = image.dataset.PhotometricInterpretation
    _mark_lossy_history(ds, image)
    if requantized:  # review outlines: a new lossy step in the blocks they cross
        old = ds.get("LossyImageCompressionMethod")
        methods = [] if old is None else ([old] if isinstance(old, str) else list(old))
        ds.LossyImageCompressionMethod = [*methods, "ISO_10918_1"]
        ratios = ds.get("LossyImageCompressionRatio")
        ratio_list = [] if ratios is None else ([ratios] if not hasattr(ratios, "__len__") else list(ratios))
        size = image.rows * image.columns * image.samples_per_pixel * image.number_of_frames
        ds.LossyImageCompressionRatio = [*ratio_list, f"{size / max(1, len(ds.PixelData)):.2f}"[:16]]
