"""The recognisers' regexes are parsed once per process, with the flags they match with
(`recognize/recognizers/parsed_once.py`): Presidio's own `Pattern` parses each one
without flags to check it and again with its recogniser's flags on the first text, about
0.6 s of CPU more in every run's start-up. An invalid regex still fails at start-up."""

from __future__ import annotations

import collections
import re

import pytest
import regex

from fw_gear_presidio_image_redactor.recognize.recognizers.parsed_once import Pattern, compiled
from fw_gear_presidio_image_redactor.recognize.recognizers.patterns import (
    national_id_recognizers,
    overlay_recognizers,
)


@pytest.fixture
def compile_calls(monkeypatch):
    """Every `regex.compile(pattern, flags)` call (Presidio's module), as (pattern, flags)."""
    calls: list[tuple[str, int]] = []
    real = regex.compile

    def counting(pattern, flags=0, *args, **kwargs):
        calls.append((pattern, int(flags)))
        return real(pattern, flags, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", counting)
    return calls


def _ours(recognizers):
    """(recogniser, pattern) of the patterns built with this project's `Pattern`."""
    return [(r, p) for r in recognizers for p in getattr(r, "patterns", []) if isinstance(p, Pattern)]


def test_each_pattern_is_parsed_once_with_its_recognizers_flags_and_not_again_on_a_text(compile_calls):
    recognizers = overlay_recognizers() + national_id_recognizers()
    ours = _ours(recognizers)
    assert len(ours) > 40  # the dates, IDs, names, institutions: most of the overlay's patterns
    wanted = collections.defaultdict(set)
    for recognizer, pattern in ours:
        wanted[pattern.regex].add(recognizer.global_regex_flags)
        assert pattern.compiled_regex is not None, pattern.name
        assert pattern.compiled_with_flags == recognizer.global_regex_flags, pattern.name
    built = collections.Counter(p for p, _ in compile_calls)
    twice = {p: built[p] for p in wanted if built[p] > len(wanted[p])}
    assert twice == {}, "parsed more than once per flags (a flagless check compile is back)"
    assert all((p, 0) not in compile_calls for p, flags in wanted.items() if 0 not in flags)

    compile_calls.clear()
    text = "Patient: DOE^JANE  DOB 12/03/1961  MRN 00123456  St. Mary's Hospital  2021-04-05 10:22"
    found = [r for recognizer in recognizers
             for r in recognizer.analyze(text, recognizer.supported_entities, None) or []]
    assert {r.entity_type for r in found} >= {"DATE_TIME", "PERSON", "ID"}
    assert not {p for p, _ in compile_calls} & set(wanted), "Presidio compiled a pattern again on the first text"


def test_an_invalid_regex_fails_at_build_time_naming_the_recognizer_and_pattern():
    from presidio_analyzer import PatternRecognizer

    broken = PatternRecognizer(supported_entity="ID", name="broken-ids", patterns=[Pattern("open group", r"(\d+", 0.5)])
    with pytest.raises(ValueError, match=r"broken-ids, pattern 'open group': invalid regex"):
        compiled([broken])


def test_patterns_are_parsed_by_stdlib_re_and_only_regex_syntax_by_regex():
    """`re` parses about three times faster than `regex` (2.4 s -> 0.5 s of each process's
    start-up); the two patterns with a variable-width look-behind need `regex`."""
    from fw_gear_presidio_image_redactor.recognize.recognizers.parsed_once import StdlibPattern

    ours = _ours(overlay_recognizers() + national_id_recognizers())
    by_regex = [p for _, p in ours if not isinstance(p.compiled_regex, StdlibPattern)]
    assert "birth or death year" in {p.name for p in by_regex}  # a variable-width look-behind
    assert len(by_regex) < len(ours) / 5
    for pattern in by_regex:
        assert isinstance(pattern.compiled_regex, regex.Pattern), pattern.name
        with pytest.raises(re.error):
            re.compile(pattern.regex, pattern.compiled_with_flags)


def test_a_pattern_only_regex_reads_is_compiled_by_regex_and_matches_as_presidio_calls_it():
    from presidio_analyzer import PatternRecognizer

    both = PatternRecognizer(supported_entity="ID", name="ids", patterns=[
        Pattern("look-behind of two widths", r"(?<=\b(?:MRN|ID no)[: ])\d{6}", 0.5),
        Pattern("plain", r"\bACC\d{5}\b", 0.5)])
    compiled([both])
    text = "MRN:123456  ID no 654321  ACC12345"
    found = sorted(text[r.start:r.end] for r in both.analyze(text, ["ID"], None))
    assert found == ["123456", "654321", "ACC12345"]
