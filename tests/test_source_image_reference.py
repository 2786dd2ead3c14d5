"""The derived copy names its source as its IOD allows (PS3.3): a purpose of reference in
every Source Image Sequence item it adds, and no reference an Ophthalmic Photography image
may not carry (Type 2C there: only when Image Type Value 1 is DERIVED, C.8.17.2). Checked by
dciodvfy on the output against the input, on one small OP image per Image Type."""

from __future__ import annotations

import pydicom
import pytest

from .helpers import HEADER, PHI_SPECS, run_cli, write_case
from .test_encodings import dciodvfy_errors

OP_8_BIT = "1.2.840.10008.5.1.4.1.1.77.1.5.1"


@pytest.mark.parametrize("image_type", [["ORIGINAL", "PRIMARY"], ["DERIVED", "SECONDARY"]])
def test_ophthalmic_photograph_stays_valid_and_references_its_source_only_when_derived(tmp_path, image_type):
    src = tmp_path / "in" / "fundus.dcm"
    case = write_case(src, PHI_SPECS[:2], photometric="RGB", bits_stored=8, header=HEADER)
    ds = pydicom.dcmread(case.path)
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = OP_8_BIT
    ds.Modality, ds.ImageType = "OP", image_type
    ds.save_as(case.path, enforce_file_format=True)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--use-metadata", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    dst = out / "redacted_fundus.dcm"
    ds_out = pydicom.dcmread(dst)
    assert ds_out.DeidentificationMethodCodeSequence[-1].CodeValue == "113101"  # it was redacted
    new_errors = dciodvfy_errors(dst) - dciodvfy_errors(case.path)
    assert not new_errors, new_errors
    if image_type[0] == "DERIVED":
        ref = ds_out.SourceImageSequence[-1]
        assert ref.ReferencedSOPInstanceUID == ds.SOPInstanceUID
        assert ref.PurposeOfReferenceCodeSequence[0].CodeValue == "121322"
    else:
        assert "SourceImageSequence" not in ds_out
