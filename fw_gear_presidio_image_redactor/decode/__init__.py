"""Decode: read and check DICOM, one frame at a time (any photometric interpretation, bit depth, syntax)."""
