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
) -> Dataset:
    src = image.dataset
    ds = copy.deepcopy(src)
    stack = np.stack(list(frames)) if image.number_of_frames > 1 else next(iter(frames))
    if stack.dtype.kind == "i" and not image.signed:
        stack = stack.astype(np.uint16 if image.bits_allocated == 16 else np.uint8)
    for keyword in ("PixelData", "FloatPixelData", "DoubleFloatPixelData"):
        if keyword in ds:
            del ds[keyword]
    if image.is_color:
        ds.PlanarConfiguration = 0
    ds.set_pixel_data(stack, image.output_photometric, image.bits_stored, generate_instance_uid=False)
    if image.is_color:
        ds.PlanarConfiguration = 0
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    if image.number_of_frames == 1 and "NumberOfFrames" in src:
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


def write_atomic(ds: Dataset, path: Path) -> None:
    """Write beside the target and rename: a crash or full disk never leaves a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        ds.save_as(tmp, enforce_file_format=True)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
