"""Writing derived DICOM instances (redacted or review copies) that stay valid.

Rules a downstream archive relies on: new SOP and Series Instance UIDs with the
source referenced where the IOD allows it (`SOURCE_ONLY_IF_DERIVED`), pixels kept in
the input's encoding where that adds no new loss (`encoding.py`: never a new lossy
encoding of redacted pixels), the transfer syntax
matching what is stored, the de-identification recorded, and the rest of the header
untouched.
"""

from __future__ import annotations

import copy
import os
import tempfile
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import generate_uid

from .. import __version__
from ..config import OutputCompression
from ..decode.dicom import DicomImage
from ..decode.overlays import DATA, GROUPS, clear_embedded_bits, pack, remove_planes
from ..pixels.redaction import clear_overlay_bits
from .encoding import EncodingPlan, FrameEdits, encode_into, plan_encoding, source_syntax
from .reports import created_file_mode

CLEAN_PIXEL_CODE = ("113101", "DCM", "Clean Pixel Data Option")
# PS3.15 E.3.3 / PS3.16 CID 7050: overlays (and other graphics) cleaned of identifying text.
CLEAN_GRAPHICS_CODE = ("113103", "DCM", "Clean Graphics Option")
# PS3.16 CID 7202 (Source Image Purposes of Reference): why the source is referenced. Type 1 in
# the Source Image Sequence items of the OP Image Module (PS3.3 C.8.17.2), Type 3 elsewhere.
SOURCE_PURPOSE_CODE = ("121322", "DCM", "Source image for image processing operation")
# IODs whose image module allows the Source Image Sequence only when Image Type (0008,0008)
# Value 1 is DERIVED (Type 2C): Ophthalmic Photography 8 and 16 Bit, PS3.3 C.8.17.2. Elsewhere
# it is Type 3 (General Image Module, C.7.6.1) and always allowed. Found by running dciodvfy
# over every image storage SOP class pydicom knows with an ORIGINAL image referencing a source.
SOURCE_ONLY_IF_DERIVED = frozenset({"1.2.840.10008.5.1.4.1.1.77.1.5.1", "1.2.840.10008.5.1.4.1.1.77.1.5.2"})


class SeriesUids:
    """One new Series Instance UID per source series, shared by all its members."""

    def __init__(self) -> None:
        self._map: dict[str, str] = {}

    def for_source(self, uid: str) -> str:
        if uid not in self._map:
            self._map[uid] = generate_uid()
        return self._map[uid]


def _remove_icons(ds: Dataset) -> None:
    """Icon thumbnails carry the same burned-in text at small size: drop them everywhere."""
    for elem in list(ds):
        if elem.keyword == "IconImageSequence":
            del ds[elem.tag]
        elif elem.VR == "SQ":
            for item in elem.value:
                _remove_icons(item)


def derived_dataset(
    image: DicomImage,
    edits: FrameEdits,
    series_uids: SeriesUids,
    *,
    redacted: bool,
    all_text_removed: bool = False,
    description: str = "",
    scratch_dir: Path | None = None,
    compression: OutputCompression = OutputCompression.KEEP,
    remove_overlays: bool = False,
) -> tuple[Dataset, EncodingPlan]:
    """The derived instance and the pixel encoding it got (`encoding.plan_encoding`; its
    `note` is non-empty when that is not the input's own encoding). Uncompressed multi-frame
    Pixel Data is a buffered spool file: call `close_pixel_spool` once the dataset is written.

    Redacted copies of an image with overlay planes (`overlays.py`): with `remove_overlays`
    every plane is dropped; otherwise each Overlay Data plane keeps its bits except inside
    `edits.boxes` and `edits.plane_boxes`. Embedded (retired, in-Pixel-Data) planes are dropped either way. Both are
    recorded as Clean Graphics (DCM 113103). Burned In Annotation `NO` is written only with
    `all_text_removed` and no plane left."""
    src = image.dataset
    ds = _copy_without_pixels(src)
    little = source_syntax(image).is_little_endian
    if not little:
        _swap_other_words(ds)
    plan = encode_into(ds, image, plan_encoding(image, compression), edits, scratch_dir)
    planes = getattr(image, "overlays", [])
    if redacted and planes:
        _clean_overlays(ds, image, edits, remove_overlays, little)

    new_sop = generate_uid()
    ds.SOPInstanceUID = new_sop
    ds.file_meta.MediaStorageSOPInstanceUID = new_sop
    ds.SeriesInstanceUID = series_uids.for_source(str(src.get("SeriesInstanceUID", "")))
    if _may_reference_source(src):
        ref = Dataset()
        ref.ReferencedSOPClassUID = src.get("SOPClassUID", "")
        ref.ReferencedSOPInstanceUID = src.get("SOPInstanceUID", "")
        purpose = Dataset()
        purpose.CodeValue, purpose.CodingSchemeDesignator, purpose.CodeMeaning = SOURCE_PURPOSE_CODE
        ref.PurposeOfReferenceCodeSequence = Sequence([purpose])
        ds.SourceImageSequence = Sequence([*src.get("SourceImageSequence", []), ref])
    ds.file_meta.ImplementationVersionName = f"PRESIDIO_{__version__}"[:16]
    if description:
        existing = str(src.get("SeriesDescription", "")).strip()
        ds.SeriesDescription = (f"{existing} {description}".strip())[:64]
    if redacted:
        _remove_icons(ds)
        method = f"presidio-image-redactor {__version__}: burned-in text redacted"
        ds.DeidentificationMethod = [str(v) for v in _value_list(src.get("DeidentificationMethod"))] + [method]
        code = Dataset()
        code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = CLEAN_PIXEL_CODE
        codes = [code]
        if planes:
            graphics = Dataset()
            graphics.CodeValue, graphics.CodingSchemeDesignator, graphics.CodeMeaning = CLEAN_GRAPHICS_CODE
            codes.append(graphics)
        ds.DeidentificationMethodCodeSequence = Sequence([*src.get("DeidentificationMethodCodeSequence", []),
                                                          *codes])
        if all_text_removed and not any((tag >> 16) in GROUPS for tag in ds.keys()):
            ds.BurnedInAnnotation = "NO"
    return ds, plan


def _may_reference_source(src: Dataset) -> bool:
    """Whether the derived copy may name its source in the Source Image Sequence: not in an OP
    image that is not DERIVED (`SOURCE_ONLY_IF_DERIVED`; the copy keeps the input's Image Type,
    which research pipelines select on). The De-identification Method still says what was done."""
    if str(src.get("SOPClassUID", "")) not in SOURCE_ONLY_IF_DERIVED:
        return True
    values = _value_list(src.get("ImageType"))
    return bool(values) and str(values[0]).upper() == "DERIVED"


def _value_list(value) -> list:
    """A header value as its list of values: a multi-valued element's values, a single value alone,
    nothing for an empty or absent one."""
    if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
        return list(value)
    return [value] if value else []


def _clean_overlays(ds: Dataset, image: DicomImage, edits: FrameEdits, remove: bool, little: bool) -> None:
    """Clean Graphics on the derived dataset (see `derived_dataset`)."""
    planes = image.overlays
    embedded = [p for p in planes if p.embedded]
    if embedded and "PixelData" in ds and not ds["PixelData"].is_buffered and ds.PixelData == image.dataset.PixelData:
        # Pixel Data copied byte for byte (nothing painted): the overlay bits are still in it.
        clear_embedded_bits(ds, embedded, image.bits_allocated, little)
    if remove:
        remove_planes(ds)
        return
    for plane in embedded:  # re-encoded pixels hold Bits Stored bits only: these planes are empty now
        for tag in [t for t in ds.keys() if (t >> 16) == plane.group]:
            del ds[tag]
    boxes = {i: edits.boxes.get(i, []) + edits.plane_boxes.get(i, []) for i in {*edits.boxes, *edits.plane_boxes}}
    for plane in clear_overlay_bits(planes, boxes):
        tag = (plane.group << 16) | DATA
        vr = ds[tag].VR if tag in ds else "OW"
        ds.add_new(tag, vr, pack(plane.bits))


PIXEL_KEYWORDS = ("PixelData", "FloatPixelData", "DoubleFloatPixelData")


def _copy_without_pixels(src: Dataset) -> Dataset:
    """A deep copy of everything but the pixels: copying a cine's Pixel Data only to
    replace it would double the memory a long cine needs."""
    ds = Dataset()
    for elem in src:
        if elem.keyword not in PIXEL_KEYWORDS:
            ds.add(copy.deepcopy(elem))
    ds.file_meta = copy.deepcopy(src.file_meta)
    ds.preamble = getattr(src, "preamble", None)
    return ds


# Bytes per word of the "other" VRs whose values pydicom keeps as raw bytes in the file's order.
_WORD_SIZE = {"OW": 2, "OL": 4, "OF": 4, "OD": 8, "OV": 8}


def _swap_other_words(ds: Dataset) -> None:
    """A big-endian input's OW/OL/OF/OD/OV values (palette and LUT data, overlay data...)
    are raw bytes in big-endian order; written as little endian they must be swapped, or a
    palette image would show other colours (PS3.5 7.3)."""
    for elem in ds:
        if elem.VR == "SQ":
            for item in elem.value:
                _swap_other_words(item)
        elif elem.VR in _WORD_SIZE and isinstance(elem.value, bytes | bytearray) and elem.value:
            size = _WORD_SIZE[elem.VR]
            data = bytes(elem.value)[: len(elem.value) // size * size]
            elem.value = np.frombuffer(data, dtype=f">u{size}").astype(f"<u{size}").tobytes()


def close_pixel_spool(ds: Dataset) -> None:
    if "PixelData" in ds and ds["PixelData"].is_buffered:
        ds["PixelData"].value.close()


def write_atomic(ds: Dataset, path: Path) -> None:
    """Write beside the target and rename: a crash or full disk never leaves a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        try:
            os.fchmod(fd, created_file_mode())
        finally:
            os.close(fd)
        ds.save_as(tmp, enforce_file_format=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
