"""Outputs: names, CSV, bbox JSON, derived DICOM, preview, HTML report, summary, gear metadata."""
