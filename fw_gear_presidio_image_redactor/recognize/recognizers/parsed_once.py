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
works: Presidio compiles what it finds uncompiled on its first text.

These patterns are written for stdlib `re`, the engine every other rule of this project
matches with, and `compiled` parses them with it: the `regex` parser is pure Python and
about three times slower per character, and the overlay's patterns (about 217,000
characters) took about 2.4 s of CPU to parse with it in every process that starts (each
gear job, each Dask worker), 0.5 s with `re`. A pattern that needs `regex`'s syntax
(a variable-width look-behind: "month and year after its word", "birth or death year")
is parsed by `regex`, as Presidio would. Presidio's per-call match timeout (60 s) is a
`regex` feature: `re` matches these patterns, as it matches the rest of the project's,
to the end, on one OCR line or block at a time."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable

import presidio_analyzer
from presidio_analyzer import EntityRecognizer, PatternRecognizer
from presidio_analyzer.pattern_recognizer import re as presidio_re  # the module Presidio matches with (regex)


class Pattern(presidio_analyzer.Pattern):
    """`presidio_analyzer.Pattern` without its flagless check compile (see the module)."""

    _Pattern__validate_regex = staticmethod(lambda pattern: None)  # Pattern.__init__'s private check


class StdlibPattern:
    """A pattern compiled by stdlib `re`, matched the way Presidio's `PatternRecognizer`
    calls a `regex` one (`finditer(text, timeout=...)`: `re` has no timeout; see the module)."""

    __slots__ = ("compiled",)

    def __init__(self, compiled: re.Pattern) -> None:
        self.compiled = compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    def finditer(self, text: str, timeout: float | None = None):
        return self.compiled.finditer(text)


def compile_pattern(pattern: str, flags: int):
    """`pattern` compiled by stdlib `re` (a `StdlibPattern`), or by `regex` where `re`
    cannot read it or reads it with a warning (a nested set, which `regex` reads as one).

    Raises `regex.error` where neither engine can compile it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            return StdlibPattern(re.compile(pattern, flags))
    except (re.error, FutureWarning):
        return presidio_re.compile(pattern, flags=flags)


def compiled(recognizers: Iterable[EntityRecognizer]) -> list[EntityRecognizer]:
    """`recognizers`, each pattern recogniser's patterns compiled with its own flags, as
    `PatternRecognizer.analyze` would compile them on its first text (by stdlib `re`:
    `compile_pattern`)."""
    out = list(recognizers)
    for recognizer in out:
        if not isinstance(recognizer, PatternRecognizer):
            continue
        flags = recognizer.global_regex_flags
        for pattern in recognizer.patterns:
            if pattern.compiled_regex is not None and pattern.compiled_with_flags == flags:
                continue
            try:
                pattern.compiled_regex = compile_pattern(pattern.regex, flags)
            except presidio_re.error as exc:
                raise ValueError(f"{recognizer.name}, pattern {pattern.name!r}: invalid regex pattern: {exc}") from exc
            pattern.compiled_with_flags = flags
    return out
