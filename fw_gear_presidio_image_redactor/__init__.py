"""Find, report, review and redact PHI burned into DICOM pixel data."""

__version__ = "0.2.0"
