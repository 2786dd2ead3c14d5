"""Writing derived DICOM instances (redacted or review copies) that stay valid.

Rules a downstream archive relies on: new SOP and Series Instance UIDs with the
source referenced, pixels uncompressed (never a new lossy encoding of redacted
pixels), the transfer syntax matching what is stored, the de-identification
recorded, and the rest of the header untouched.
"""

from __future__ import annotations

import copy
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, generate_uid

from . import __version__
from .dicom_io import DicomImage
from .reports import created_file_mode

CLEAN_PIXEL_CODE = ("113101", "DCM", "Clean Pixel Data Option")


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
    frames: Iterable[np.ndarray],
    series_uids: SeriesUids,
    *,
    redacted: bool,
    all_text_removed: bool = False,
    description: str = "",
    scratch_dir: Path | None = None,
) -> Dataset:
    """The derived instance; multi-frame Pixel Data is a buffered spool file: call
    `close_pixel_spool` once the dataset is written."""
    src = image.dataset
    ds = _copy_without_pixels(src)
    frames = iter(frames)
    first = _stored(image, next(frames))
    if image.is_color:
        ds.PlanarConfiguration = 0
    ds.set_pixel_data(first, image.output_photometric, image.bits_stored, generate_instance_uid=False)
    if image.is_color:
        ds.PlanarConfiguration = 0
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    if image.number_of_frames > 1:
        # Frames go one by one to a spool file that becomes a buffered Pixel Data value,
        # so a long cine is never held as one array; timing attributes were copied as is.
        spool = tempfile.TemporaryFile(dir=scratch_dir)
        spool.write(first.tobytes())
        for frame in frames:
            spool.write(_stored(image, frame).tobytes())
        spool.seek(0)
        vr = ds["PixelData"].VR
        ds.PixelData = spool
        ds["PixelData"].VR = vr
        ds.NumberOfFrames = image.number_of_frames
    elif "NumberOfFrames" in src:
        ds.NumberOfFrames = src.NumberOfFrames

    new_sop = generate_uid()
    ds.SOPInstanceUID = new_sop
    ds.file_meta.MediaStorageSOPInstanceUID = new_sop
    ds.SeriesInstanceUID = series_uids.for_source(str(src.get("SeriesInstanceUID", "")))
    ref = Dataset()
    ref.ReferencedSOPClassUID = src.get("SOPClassUID", "")
    ref.ReferencedSOPInstanceUID = src.get("SOPInstanceUID", "")
    ds.SourceImageSequence = Sequence([*src.get("SourceImageSequence", []), ref])
    ds.file_meta.ImplementationVersionName = f"PRESIDIO_{__version__}"[:16]
    if description:
        existing = str(src.get("SeriesDescription", "")).strip()
        ds.SeriesDescription = (f"{existing} {description}".strip())[:64]
    if redacted:
        _remove_icons(ds)
        method = f"presidio-image-redactor {__version__}: burned-in text redacted"
        old = src.get("DeidentificationMethod")
        ds.DeidentificationMethod = ([*old] if isinstance(old, list | tuple) or type(old).__name__ == "MultiValue"
                                     else ([str(old)] if old else [])) + [method]
        code = Dataset()
        code.CodeValue, code.CodingSchemeDesignator, code.CodeMeaning = CLEAN_PIXEL_CODE
        ds.DeidentificationMethodCodeSequence = Sequence([*src.get("DeidentificationMethodCodeSequence", []), code])
        if all_text_removed:
            ds.BurnedInAnnotation = "NO"
    return ds


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


def _stored(image: DicomImage, frame: np.ndarray) -> np.ndarray:
    if frame.dtype.kind == "i" and not image.signed:
        frame = frame.astype(np.uint16 if image.bits_allocated == 16 else np.uint8)
    return np.ascontiguousarray(frame)


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
