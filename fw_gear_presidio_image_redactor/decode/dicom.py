"""Reading DICOM instances and decoding their frames, one at a time.

pydicom keeps every codec (native, RLE, JPEG family, JPEG-LS, JPEG 2000 via
pylibjpeg and gdcm) behind `pydicom.pixels.pixel_array`; this module adds the
checks a redactor needs before trusting what it decodes, and turns every way a
file can be broken into one `DicomInputError` with a sentence a user can act on.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset
from pydicom.errors import InvalidDicomError
from pydicom.pixels import apply_color_lut, pixel_array

from ..config import Limits
from ..safe_names import display_name
from .overlays import OverlayPlane, burn, read_planes, shown_mask

log = logging.getLogger(__name__)

MONOCHROME = ("MONOCHROME1", "MONOCHROME2")
# Photometric interpretations whose decoded pixels pydicom hands back as RGB.
COLOR_AS_RGB = ("RGB", "YBR_FULL", "YBR_FULL_422", "YBR_RCT", "YBR_ICT")
SUPPORTED_PHOTOMETRIC = (*MONOCHROME, *COLOR_AS_RGB, "PALETTE COLOR")
# Type 1 attributes of the Image Pixel module (PS3.3 C.7.6.3) that decoding cannot do without;
# Samples per Pixel, Pixel Representation and High Bit have safe defaults when absent.
REQUIRED_PIXEL_KEYWORDS = ("Rows", "Columns", "BitsAllocated", "BitsStored", "PhotometricInterpretation")


class DicomInputError(Exception):
    """The input cannot be scanned; the message says why in one line."""


class NoPixelDataError(DicomInputError):
    """A valid DICOM without pixels: nothing to scan, so nothing to find."""


@dataclass
class DicomImage:
    """A DICOM instance whose pixel description has been checked.

    Frames are decoded on demand so that a long cine never sits decoded in memory.
    """

    path: Path
    dataset: Dataset
    member: str
    rows: int
    columns: int
    number_of_frames: int
    photometric: str
    samples_per_pixel: int
    bits_allocated: int
    bits_stored: int
    signed: bool
    # Set when redactions are stored block by block (JPEG Baseline kept as JPEG, encoding.py):
    # the (columns, rows) grid redaction boxes are grown to, so every painted view (preview,
    # verification, the output) covers the same pixels.
    block_grid: tuple[int, int] | None = None
    # Overlay planes (groups 6000-601E, overlays.py): drawn by every viewer on top of the pixels.
    overlays: list[OverlayPlane] = field(default_factory=list)

    @property
    def sop_instance_uid(self) -> str:
        return str(self.dataset.get("SOPInstanceUID", ""))

    @property
    def is_color(self) -> bool:
        return self.photometric in COLOR_AS_RGB

    @property
    def output_photometric(self) -> str:
        """Decoded YBR pixels are RGB; they are written back as what they now are."""
        return "RGB" if self.is_color else self.photometric

    @property
    def stored_range(self) -> tuple[int, int]:
        if self.is_color or self.photometric == "PALETTE COLOR":
            return 0, (1 << self.bits_stored) - 1
        if self.signed:
            return -(1 << (self.bits_stored - 1)), (1 << (self.bits_stored - 1)) - 1
        return 0, (1 << self.bits_stored) - 1

    def frame(self, index: int) -> np.ndarray:
        """Stored values of one frame: (rows, columns) or (rows, columns, 3) RGB."""
        if not 0 <= index < self.number_of_frames:
            raise IndexError(f"frame {index} outside 0..{self.number_of_frames - 1}")
        try:
            arr = pixel_array(self.dataset, index=index, raw=False)
        except Exception as exc:  # codecs raise many types; all mean the same to a user
            raise DicomInputError(f"cannot decode frame {index} ({_syntax_name(self.dataset)}): "
                                  f"{_decode_reason(exc)}") from exc
        expected = (self.rows, self.columns) if self.samples_per_pixel == 1 else (self.rows, self.columns, 3)
        if arr.shape != expected:
            raise DicomInputError(f"frame {index} decoded to shape {arr.shape}, expected {expected}")
        return arr

    def frames(self):
        for i in range(self.number_of_frames):
            yield self.frame(i)

    def shown_frame(self, index: int) -> np.ndarray:
        """What a viewer shows: the stored frame with its overlay planes drawn (same shape
        and dtype as `frame`). OCR reads this; redaction edits `frame` and the planes apart."""
        frame = self.frame(index)
        mask = shown_mask(self.overlays, index, self.rows, self.columns) if self.overlays else None
        if mask is None:
            return frame
        lo, hi = self.stored_range
        if frame.ndim == 3:
            top = 255 if frame.dtype == np.uint8 else hi
            return burn(frame, mask, np.zeros(3, frame.dtype), np.full(3, top, frame.dtype))
        if self.photometric == "PALETTE COLOR":  # an index's colour is unknown here: darkest and brightest entries
            return burn(frame, mask, int(frame.min()), int(frame.max()))
        return burn(frame, mask, lo, hi)

    def overlays_under(self, index: int, box) -> list[str]:
        """Names of the overlay planes with set bits inside `box` on frame `index`."""
        from .overlays import planes_under

        return planes_under(self.overlays, index, box, self.rows, self.columns) if self.overlays else []

    def display_rgb(self, frame: np.ndarray) -> np.ndarray | None:
        """Palette colour frames are indices; OCR and previews need the colours."""
        if self.photometric == "PALETTE COLOR":
            rgb = apply_color_lut(frame, self.dataset)
            if rgb.dtype != np.uint8:
                rgb = (rgb >> (rgb.dtype.itemsize * 8 - 8)).astype(np.uint8)
            return rgb
        return None


def _syntax_name(ds: Dataset) -> str:
    try:
        return ds.file_meta.TransferSyntaxUID.name
    except AttributeError:
        return "unknown transfer syntax"


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__


# pydicom's "all plugins failed" message is a header line ending in ':' and then one
# "  plugin: reason" line per decoder (pydicom/pixels/decoders/base.py); `_short` would
# keep only the header. An object repr ("<_io.BytesIO object at 0x7f...>") says nothing.
_OBJECT_REPR = re.compile(r"\s*<[^<>]* at 0x[0-9a-fA-F]+>")
_PER_DECODER = 160  # characters of each decoder's reason: the run summary stays one readable line


def _decode_reason(exc: BaseException) -> str:
    """A codec failure in one line: for pydicom's every-decoder-failed error, each
    decoder's first line ('gdcm: ...; pylibjpeg: ...'), else the message's first line."""
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].endswith(":"):
        reasons = []
        for line in lines[1:]:
            line = _OBJECT_REPR.sub("", line).rstrip(" :")
            reasons.append(line if len(line) <= _PER_DECODER else line[:_PER_DECODER - 3] + "...")
        return "every decoder failed (" + "; ".join(reasons) + ")"
    return _short(exc)


class _TruncationWatch(io.BufferedReader):
    """pydicom stops quietly at a short read and keeps what it has, so a file cut
    off mid-element would pass for a smaller, valid one. A partial read past the
    'DICM' prefix can only mean the file ends early; remember it and stop."""

    truncated: str | None = None

    def read(self, size: int | None = -1) -> bytes:
        start = self.tell()
        data = super().read(size)
        if size is not None and size > 0 and start >= 132 and 0 < len(data) < size:
            self.truncated = f"file ends {size - len(data)} bytes early, at offset {start + len(data)}"
            raise EOFError(self.truncated)
        return data


class _NotPart10(Exception):
    """No 128-byte preamble and 'DICM' prefix (pydicom's InvalidDicomError)."""


def _read_once(path: Path, label: str, stop_before_pixels: bool, force: bool) -> Dataset:
    fh = _TruncationWatch(io.FileIO(str(path), "rb"))
    try:
        with fh, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydicom's warnings name values; the error below says enough
            ds = pydicom.dcmread(fh, stop_before_pixels=stop_before_pixels, force=force)
    except InvalidDicomError:
        raise _NotPart10 from None
    except Exception as exc:  # malformed elements surface as many exception types
        if force:  # whatever this was, it is not a dataset pydicom can read
            raise _NotPart10 from None
        if fh.truncated:
            raise DicomInputError(f"{label}: truncated DICOM ({fh.truncated})") from None
        if isinstance(exc, EOFError | OSError):
            raise DicomInputError(f"{label}: truncated or unreadable DICOM ({_short(exc)})") from None
        raise DicomInputError(f"{label}: malformed DICOM ({_short(exc)})") from None
    if fh.truncated:
        if force:
            raise _NotPart10
        raise DicomInputError(f"{label}: truncated DICOM ({fh.truncated})")
    return ds


def _looks_like_image_dataset(ds: Dataset) -> bool:
    """A text or PNG file read as a dataset (pydicom's force=True) yields a few nonsense
    elements; an image dataset has a well-formed SOP Class UID or Rows and Columns."""
    try:
        if "SOPClassUID" in ds and pydicom.uid.UID(str(ds.SOPClassUID)).is_valid:
            return True
        return "Rows" in ds and "Columns" in ds and int(ds.Rows) > 0 and int(ds.Columns) > 0
    except Exception:  # a nonsense element raises on first access
        return False

_ENCODING_SYNTAX = {  # (implicit VR, little endian) as pydicom found them -> Transfer Syntax UID
    (True, True): pydicom.uid.ImplicitVRLittleEndian,
    (False, True): pydicom.uid.ExplicitVRLittleEndian,
    (False, False): pydicom.uid.ExplicitVRBigEndian,
}


def _dcmread(path: Path, label: str, stop_before_pixels: bool = False, say: bool = False) -> Dataset:
    """One read, with every way it can fail turned into a one-line DicomInputError.

    A file without the 128-byte preamble and 'DICM' prefix (PS3.10 7.1), as older
    systems and some exports write a bare dataset, is read the way pydicom can read
    it (`force=True`: the encoding is found from the first element), accepted only
    if it holds an image dataset's elements, and given the Transfer Syntax UID of
    that encoding (native pixels only: an encapsulated Pixel Data without a file
    meta header cannot say its codec, so check_dataset refuses it). `say` logs it."""
    try:
        return _read_once(path, label, stop_before_pixels, force=False)
    except _NotPart10:
        pass
    try:
        ds = _read_once(path, label, stop_before_pixels, force=True)
    except _NotPart10:
        ds = None
    if ds is None or not _looks_like_image_dataset(ds):
        raise DicomInputError(f"{label}: not a DICOM file (no DICM preamble and no readable header)")
    meta = getattr(ds, "file_meta", None)
    if meta is None:
        ds.file_meta = meta = pydicom.dataset.FileMetaDataset()
    encapsulated = "PixelData" in ds and ds["PixelData"].is_undefined_length
    syntax = _ENCODING_SYNTAX.get(tuple(ds.original_encoding)) if not encapsulated else None
    if "TransferSyntaxUID" not in meta and syntax is not None:
        meta.TransferSyntaxUID = syntax
    for meta_keyword, keyword in (("MediaStorageSOPClassUID", "SOPClassUID"),
                                  ("MediaStorageSOPInstanceUID", "SOPInstanceUID")):
        if meta_keyword not in meta and keyword in ds:
            setattr(meta, meta_keyword, ds[keyword].value)
    if say:
        log.warning("%s: no 128-byte preamble and 'DICM' prefix (not a DICOM Part 10 file); read as a bare "
                    "dataset the way pydicom does (force=True), %s", label,
                    f"encoded as {syntax.name}" if syntax is not None else "encoding unknown")
    return ds


def is_bare_dataset(path: Path) -> bool:
    """A file without preamble that `_dcmread` would read: one starting with a group 0008
    element (little endian, as every bare dataset we know of) that pydicom reads into an
    image dataset. The two-byte sniff keeps folder scans from parsing every README."""
    try:
        with path.open("rb") as fh:
            if fh.read(2) != b"\x08\x00":
                return False
        _dcmread(path, path.name, stop_before_pixels=True)
    except (OSError, DicomInputError):
        return False
    return True


def read_dicom(path: Path, member: str = "", limits: Limits | None = None) -> DicomImage:
    """Read and check one instance; raise DicomInputError for anything unscannable.

    The header is read first, without pixels, so an image too large for the
    limits is refused before its pixel data is loaded into memory.
    """
    label = display_name(member or path.name)
    limits = limits or Limits()
    header = _dcmread(path, label, stop_before_pixels=True)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a value pydicom cannot parse: check_dataset names it
            size = _pixel_size(header)
    except Exception:  # no or broken pixel description: the full check below says which
        size = None
    if size is not None:
        _check_limits(label, *size, limits)
    return check_dataset(_dcmread(path, label, say=True), path, member, limits)


def _pixel_size(ds: Dataset) -> tuple[int, int, int, int, int] | None:
    if "Rows" not in ds or "Columns" not in ds:
        return None
    return (int(ds.Rows), int(ds.Columns), int(ds.get("NumberOfFrames", 1) or 1),
            int(ds.get("SamplesPerPixel", 1) or 1), int(ds.get("BitsAllocated", 8) or 8))


def _check_limits(label: str, rows: int, columns: int, frames: int, samples: int, bits_allocated: int,
                  limits: Limits) -> None:
    per_frame = rows * columns
    if per_frame > limits.max_pixels_per_frame:
        raise DicomInputError(
            f"{label}: {columns}x{rows} is {per_frame} pixels per frame, over the limit of "
            f"{limits.max_pixels_per_frame} (raise it with --max-pixels-per-frame, in the gear Max Pixels Per Frame)"
        )
    decoded = per_frame * max(samples, 1) * max(frames, 1) * max(bits_allocated // 8, 1)
    if decoded > limits.max_instance_bytes:
        raise DicomInputError(
            f"{label}: {frames} frame(s) of {columns}x{rows} decode to {decoded} bytes, over the limit of "
            f"{limits.max_instance_bytes} (raise it with --max-instance-bytes, in the gear Max Instance Size GiB)"
        )


_ABSENT = object()


def _integer(ds: Dataset, label: str, keyword: str, default=_ABSENT, *, positive: bool = False,
             empty_is_default: bool = True):
    """The integer value of an Image Pixel attribute, or `DicomInputError` naming it.

    `default` (when given) stands for an absent attribute and, with `empty_is_default`, an
    empty one. pydicom keeps a value it cannot parse as it was written (a str for IS "abc",
    an `ISfloat` for IS "2.5", a `MultiValue` for "2\\3"); each is refused here, since
    int() would raise an unnamed error or, for 2.5, silently truncate."""
    tag = pydicom.datadict.tag_for_keyword(keyword)
    name = f"{keyword} ({tag >> 16:04X},{tag & 0xFFFF:04X})"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pydicom warns of a value it cannot parse; the error below names it
        value = ds[keyword].value if keyword in ds else None
    if value is None or value == "" or value == b"":
        if default is not _ABSENT and (keyword not in ds or empty_is_default):
            return default
        raise DicomInputError(f"{label}: {name} is empty; it must be an integer")
    if isinstance(value, bool) or not isinstance(value, int):
        shown = repr(str(value) if not isinstance(value, bytes) else value)
        shown = shown if len(shown) <= 24 else shown[:21] + "..."
        kind = "a positive integer" if positive else "an integer"
        raise DicomInputError(f"{label}: {name} is {display_name(shown)}; it must be {kind}")
    if positive and value < 1:
        raise DicomInputError(f"{label}: {name} is {int(value)}; it must be a positive integer")
    return int(value)


def check_dataset(ds: Dataset, path: Path, member: str = "", limits: Limits | None = None) -> DicomImage:
    """Refuse any pixel description the redactor could get wrong: a redacted copy
    written from a misread image would look fine and still carry the text."""
    label = display_name(member or path.name)
    try:
        if "PixelData" not in ds:
            if "FloatPixelData" in ds or "DoubleFloatPixelData" in ds:
                raise DicomInputError(f"{label}: float pixel data cannot carry burned-in text and is not supported")
            raise NoPixelDataError(f"{label}: no pixel data")
        for keyword in REQUIRED_PIXEL_KEYWORDS:
            if keyword not in ds or ds[keyword].value in (None, "", b""):
                tag = pydicom.datadict.tag_for_keyword(keyword)
                raise DicomInputError(f"{label}: {keyword} ({tag >> 16:04X},{tag & 0xFFFF:04X}) is missing or empty; "
                                      "the Image Pixel module (PS3.3 C.7.6.3) requires it to read the pixels")
        # Rows, Columns and NumberOfFrames count things: each must be a positive integer, or
        # the frame arithmetic below misreads the pixels (PS3.3 C.7.6.3, C.7.6.6). An absent
        # or empty NumberOfFrames is one frame; a present 0, -1 or 2.5 is refused, not guessed.
        rows = _integer(ds, label, "Rows", positive=True)
        columns = _integer(ds, label, "Columns", positive=True)
        frames = _integer(ds, label, "NumberOfFrames", 1, positive=True)
        bits_allocated = _integer(ds, label, "BitsAllocated")
        bits_stored = _integer(ds, label, "BitsStored")
        samples = _integer(ds, label, "SamplesPerPixel", 1, empty_is_default=False)
        pixel_representation = _integer(ds, label, "PixelRepresentation", 0)
        high_bit = _integer(ds, label, "HighBit", None)
        photometric = str(ds.PhotometricInterpretation).strip().upper()
    except DicomInputError:
        raise
    except Exception as exc:  # a malformed element raises on first access
        raise DicomInputError(f"{label}: malformed DICOM header ({_short(exc)})") from None

    if photometric not in SUPPORTED_PHOTOMETRIC:
        raise DicomInputError(
            f"{label}: photometric interpretation {photometric} is not supported "
            f"(supported: {', '.join(SUPPORTED_PHOTOMETRIC)})"
        )
    if bits_allocated not in (8, 16):
        raise DicomInputError(f"{label}: BitsAllocated {bits_allocated} is not supported (8 or 16)")
    if not 1 <= bits_stored <= bits_allocated:
        raise DicomInputError(f"{label}: BitsStored {bits_stored} is inconsistent with BitsAllocated {bits_allocated}")
    if high_bit is not None and high_bit != bits_stored - 1:
        raise DicomInputError(f"{label}: HighBit {high_bit} is inconsistent with BitsStored {bits_stored} "
                              f"(expected {bits_stored - 1})")
    if pixel_representation not in (0, 1):
        raise DicomInputError(f"{label}: PixelRepresentation {pixel_representation} must be 0 or 1")
    signed = pixel_representation == 1
    expected_samples = 3 if photometric in COLOR_AS_RGB else 1
    if samples != expected_samples:
        raise DicomInputError(
            f"{label}: SamplesPerPixel {samples} is inconsistent with {photometric} (expected {expected_samples})"
        )
    _check_limits(label, rows, columns, frames, samples, bits_allocated, limits or Limits())
    transfer_syntax = getattr(getattr(ds, "file_meta", None), "TransferSyntaxUID", None)
    try:
        known = transfer_syntax is not None and transfer_syntax.is_transfer_syntax
    except ValueError:  # a private UID: no codec can know how its pixels are encoded
        known = False
    if not known:
        uid = display_name(str(transfer_syntax or "missing"))
        raise DicomInputError(f"{label}: the file meta header has no known Transfer Syntax UID "
                              f"({uid}); cannot tell how the pixels are encoded")
    if not transfer_syntax.is_compressed:
        # From the values checked above, not pydicom's get_expected_length, which reads the
        # elements again (an absent SamplesPerPixel, taken as 1 here, raised AttributeError).
        # YBR_FULL_422 stores two samples a pixel (PS3.3 C.7.6.3.1.2), as pydicom counts it.
        expected = rows * columns * frames * samples * (bits_allocated // 8)
        if photometric == "YBR_FULL_422":
            expected = expected // 3 * 2
        actual = len(ds.PixelData)
        if actual < expected:
            raise DicomInputError(
                f"{label}: pixel data is {actual} bytes, shorter than the {expected} its attributes describe"
            )
    try:
        overlays = read_planes(ds, bits_allocated=bits_allocated, bits_stored=bits_stored,
                               number_of_frames=frames, rows=rows, columns=columns)
    except Exception as exc:  # a plane no viewer could draw either; say so rather than guess
        raise DicomInputError(f"{label}: malformed overlay plane ({_short(exc)})") from None
    return DicomImage(
        overlays=overlays,
        path=path,
        dataset=ds,
        member=member,
        rows=rows,
        columns=columns,
        number_of_frames=frames,
        photometric=photometric,
        samples_per_pixel=samples,
        bits_allocated=bits_allocated,
        bits_stored=bits_stored,
        signed=signed,
    )
