"""Parts a process built once serve its later runs (`run/parts.py`, `ocr/ppocr.py`): a Dask
worker's next task and in-process runs load no OCR model and parse no recogniser
configuration again; other settings get their own."""

from __future__ import annotations

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.run import parts


def test_a_later_run_reuses_the_analyzer_of_the_same_backend_and_settings():
    first = parts.build_scanner(RedactorConfig(mode=Mode.REDACT))
    again = parts.build_scanner(RedactorConfig(mode=Mode.DETECT))
    assert again.analyzer is first.analyzer
    stricter = parts.build_scanner(RedactorConfig(mode=Mode.REDACT, score_threshold=60))
    assert stricter.analyzer is not first.analyzer
    assert stricter.analyzer.settings.score_threshold == 60 and first.analyzer.settings.score_threshold == 30
    fewer = parts.build_scanner(RedactorConfig(mode=Mode.REDACT, entities=("PERSON",)))
    assert fewer.analyzer is not first.analyzer and fewer.analyzer.settings.entities == ("PERSON",)


def test_only_a_few_analyzers_are_kept():
    for threshold in range(31, 31 + parts.KEPT_ANALYZERS + 3):
        parts.build_scanner(RedactorConfig(mode=Mode.REDACT, score_threshold=threshold))
    assert len(parts._ANALYZERS) == parts.KEPT_ANALYZERS
