"""The letters of the Latin alphabets, as character-class contents for `re` patterns.

Names and institutions on European, Icelandic, Turkish and Vietnamese images carry letters
outside ASCII ('Weißenberger', 'Eriksdóttir, Guðrún', 'Szpital Wojewódzki', 'Åström',
'Yılmaz, Ayşe', 'Nguyễn'). A pattern written with `A-Z` and `a-z` stops at them, which leaves
a name unmatched or cut in two. These are the letters of Unicode's Latin blocks (Latin-1
Supplement, Latin Extended-A and -B, Latin Extended Additional: The Unicode Standard, chapter
7.1 "Latin"), split by case as Python's `str.isupper`/`str.islower` reads them ('ß' is a small
letter with no capital of its own in most fonts; 'ẞ' is its capital). Standard library `re` has
no `\\p{Lu}`, so the classes are spelled out once here.
"""

from __future__ import annotations

_LATIN = [chr(c) for c in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)) if chr(c).isalpha()]

# Inside a character class: capital letters ('A-Z', 'Ä', 'Ø', 'Ł', 'Ş', 'Þ', 'Ð').
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
# Inside a character class: small letters ('a-z', 'ß', 'ð', 'þ', 'æ', 'ø', 'å', 'ł', 'ş', 'ğ', 'ı').
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
# Inside a character class: any Latin letter, either case.
LETTER = UPPER + LOWER

# Inside a character class: the capital letters of the alphabets a name may be burned in with its
# DICOM PN carets ('KOZŁOWSKA^MAGDALENA', 'ŞAHİN^AYŞE', 'ΠΑΠΑΔΟΠΟΥΛΟΥ^ΕΛΕΝΗ', 'ИВАНОВА^АННА'): the
# Latin ones above and those of the Greek and Cyrillic blocks (The Unicode Standard, chapters 7.2
# "Greek" and 7.4 "Cyrillic": U+0370-U+03FF, U+0400-U+052F), as `str.isupper` reads them.
CAPITAL = UPPER + "".join(c for c in map(chr, range(0x0370, 0x0530)) if c.isupper())
