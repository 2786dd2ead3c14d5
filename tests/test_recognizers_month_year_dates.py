"""A month and a year without a day ('Compare prior 03/2025', 'since 2024-11', 'from Mar 2025'):
a date (HIPAA Safe Harbor keeps only the year), after a word that dates it or alone on its line;
slice counters ('Im: 1/2025') and counts before a unit stay."""

from __future__ import annotations

import pytest

from fw_gear_presidio_image_redactor.findings import Box, OcrWord

from .test_recognizers_context import covered


@pytest.mark.parametrize("text, words", [
    ("Compare prior 03/2025", {"03/2025"}),
    ("Stable since 2024-11", {"2024-11"}),
    ("Comparison: Mar 2025", {"Mar", "2025"}),
    ("Unchanged from 11-2024", {"11-2024"}),
    ("seit 03/2025 stabil", {"03/2025"}),
    ("03/2025", {"03/2025"}),
])
def test_a_month_and_year_is_a_date(analyzer, text, words):
    assert words <= covered(analyzer, text).get("DATE_TIME", set())


@pytest.mark.parametrize("text, kept", [
    ("Im: 1/2025", "1/2025"),
    ("Se: 3  Im: 12/2025", "12/2025"),
    ("in 3/2025 slices", "3/2025"),
    ("Frame 7/2040", "7/2040"),
])
def test_a_counter_or_a_count_stays(analyzer, text, kept):
    assert kept not in set().union(*covered(analyzer, text).values())


def test_a_month_and_year_glued_to_its_word_by_the_layout_is_a_date(analyzer):
    # 'prior' and '03/2025' 2 px apart: one token of the layout's text ('prior03/2025').
    words = [OcrWord("Compare", Box(10, 476, 55, 14), 95.0), OcrWord("prior", Box(68, 476, 30, 14), 95.0),
             OcrWord("03/2025", Box(100, 476, 51, 12), 95.0)]
    assert "03/2025" in covered(analyzer, words).get("DATE_TIME", set())
