"""Find, report, review and redact PHI burned into DICOM pixel data."""

import os

__version__ = "0.2.0"

# ONNX Runtime (under the PP-OCR engine) has POSIX telemetry since 1.32: on import it writes a
# device id under ~/.cache/Microsoft/DeveloperTools and a session file in TMPDIR, and may try to
# upload a process-info event. A de-identification tool writes nothing outside its output folder
# and calls nowhere, so it is switched off here, before anything can import onnxruntime
# (the variable is read by libonnxruntime; checked with 1.32.0). A user's own setting wins.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
