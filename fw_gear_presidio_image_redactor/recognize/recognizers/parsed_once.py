"""Presidio's `Pattern`, parsed once instead of twice.

Presidio's `Pattern` compiles its regex without flags to check it, and its
`PatternRecognizer` compiles it again, with the recogniser's flags (DOTALL, MULTILINE
and IGNORECASE unless it says otherwise), on its first text: two full parses by the
`regex` package, whose cache keys on the flags. Parsing is most of the cost of a
pattern (the OCR-tolerant date patterns take about 0.1 s each), so the overlay
recognisers' patterns cost about 0.6 s of CPU more in every process that builds them.
`Pattern` here skips the flagless check, and `compiled` compiles each pattern of the
recognisers it is given with the flags they match with, where they are built (an
invalid regex is still a `ValueError` at start-up, naming the recogniser and the
pattern). A recogniser built from these patterns and not passed to `compiled` still
works: Presidio compiles what it finds uncompiled on its first text."""

from __future__ import annotations

from collections.abc import Iterable

import presidio_analyzer
from presidio_analyzer import EntityRecognizer, PatternRecognizer
from presidio_analyzer.pattern_recognizer import re as presidio_re  # the module Presidio matches with (regex)


class Pattern(presidio_analyzer.Pattern):
    """`presidio_analyzer.Pattern` without its flagless check compile (see the module)."""

    _Pattern__validate_regex = staticmethod(lambda pattern: None)  # Pattern.__init__'s private check


def compiled(recognizers: Iterable[EntityRecognizer]) -> list[EntityRecognizer]:
    """`recognizers`, each pattern recogniser's patterns compiled with its own flags, as
    `PatternRecognizer.analyze` would compile them on its first text."""
    out = list(recognizers)
    for recognizer in out:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        flags = recognizer.global_regex_flags
        for pattern in recognizer.patterns:
            if pattern.compiled_regex is not None and pattern.compiled_with_flags == flags:
                continue
            try:
                pattern.compiled_regex = presidio_re.compile(pattern.regex, flags=flags)
            except presidio_re.error as exc:
                raise ValueError(f"{recognizer.name}, pattern {pattern.name!r}: invalid regex pattern: {exc}") from exc
            pattern.compiled_with_flags = flags
    return out
