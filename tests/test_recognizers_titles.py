"""A title before a name is kept, as a label and a trailing credential are:

- the title ('Dr.', 'Mrs', 'Prof. Dr.', 'Dra.', 'Mx') still anchors the name after it, but the
  finding's span and box start at the name: once the name is painted the title names no one
  (HIPAA Safe Harbor removes the person's name, 45 CFR 164.514(b)(2)(i)(A); FAQ);
- whoever finds the name (the title rule, a name label, the banner's name field, the NER model,
  the header) the title stays outside its box;
- a title glued to the name in one OCR word ('Dr.Okonkwo') is painted with that word, so that no
  letter of the name is left;
- a title alone, or before device words or a number, is never a finding (unchanged).

Text-level through the real analyzer and spaCy; one redaction of a drawn image through real OCR.
"""

from __future__ import annotations

import numpy as np
import pytest
from pydicom.dataset import Dataset

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, font
from fw_gear_presidio_image_redactor.recognize.recognizers.names import is_name_word, is_title, with_particles

from .helpers import frame_pixels, glyphs_erased, run_cli, write_case
from .test_recognizers_context import banner


def touched(analyzer, text: str, header: Dataset | None = None) -> tuple[set[str], set[str]]:
    """(the words a PERSON finding covers (80% of the box), the words any finding touches at all)."""
    ws = banner(text)
    found = analyzer.analyze(ws, header=header)
    person = {w.text for f in found if f.entity_type == "PERSON" for w in ws
              if f.box.intersection_area(w.box) >= 0.8 * w.box.area}
    touched = {w.text for f in found for w in ws if f.box.intersection_area(w.box) > 0}
    return person, touched


@pytest.mark.parametrize("text, title, name", [
    ("Dr. Grace Okafor", {"Dr."}, {"Grace", "Okafor"}),                      # the title rule
    ("Ref: Dr. Grace Okafor", {"Ref:", "Dr."}, {"Grace", "Okafor"}),         # a name label
    ("Referring Physician: Prof. Dr. Hans Mueller", {"Prof.", "Dr."}, {"Hans", "Mueller"}),
    ("Dra. Ana Lopez  Cardiologia", {"Dra."}, {"Ana", "Lopez"}),
    ("Mrs Alice Brown  12/03/2011", {"Mrs"}, {"Alice", "Brown"}),            # beside a date
    ("MRS JANE DOE  ID 4410021", {"MRS"}, {"JANE", "DOE"}),                 # the banner's name field
    ("Miss Ingrid Solberg  DOB 04/05/1990", {"Miss"}, {"Ingrid", "Solberg"}),
    ("Mx Robin Adeyemi  12/03/2011", {"Mx"}, {"Robin", "Adeyemi"}),
    ("Dr. van Dijk", {"Dr."}, {"van", "Dijk"}),                              # a particle is the name's
    ("Signed by: Dr. Ann Lee MD", {"Dr.", "MD"}, {"Ann", "Lee"}),           # a title and a credential
])
def test_the_title_stays_untouched_and_the_name_is_found(analyzer, text, title, name):
    person, touched_words = touched(analyzer, text)
    assert name <= person, (text, person)
    assert not title & touched_words, (text, touched_words)


def test_the_title_stays_when_the_header_names_the_person(analyzer):
    header = Dataset()
    header.ReferringPhysicianName = "Okafor^Grace"
    person, touched_words = touched(analyzer, "Referring: Dr. Grace Okafor", header)
    assert {"Grace", "Okafor"} <= person and "Dr." not in touched_words, touched_words


@pytest.mark.parametrize("text, word", [("Dr.Okonkwo", "Dr.Okonkwo"), ("Ref: Dr.Okonkwo", "Dr.Okonkwo"),
                                        ("Prof. Dr.Okonkwo", "Dr.Okonkwo")])
def test_a_title_glued_to_the_name_is_painted_with_it(analyzer, text, word):
    person, touched_words = touched(analyzer, text)
    assert word in person, person
    assert "Prof." not in touched_words


@pytest.mark.parametrize("text", ["Dr.", "Mrs", "Prof. Dr.", "Dr.\nMsk Shoulder", "Dr  Msk Shoulder", "Mr Knee Left",
                                  "Prof. 40mm", "Dr 3.5 mm", "DR System", "Miss", "Sra."])
def test_a_title_alone_or_before_device_words_is_no_finding(analyzer, text):
    assert touched(analyzer, text)[1] == set()


def test_span_edges():
    assert with_particles("Mrs Brown", 0, 9) == 4          # a model's span that starts with a title
    assert with_particles("Prof Dr med Hans Mueller", 0, 24) == 12
    assert with_particles("Mrs  12", 0, 3) == 3            # a title only: an empty span
    assert with_particles("Dr. van Dijk", 8) == 4          # back over the particle, not the title
    assert with_particles("Dr.Smith", 3) == 0              # glued: the whole OCR word
    assert with_particles("Prof. Dr.Smith", 9) == 6        # only the glued word
    assert with_particles("Prof. Dr.Smith", 0, 14) == 6
    assert with_particles("Mc Allister, Fiona", 3) == 0    # the particles as before
    assert all(is_title(t) and not is_name_word(t) for t in ("Mrs", "Miss", "Mx", "Dra.", "Sra", "MRS"))


def _after(size: int, x: int = 20):
    return lambda text: x + int(font(size).getlength(text + " "))


@pytest.mark.slow
def test_redact_keeps_the_titles_pixels_and_paints_the_names(tmp_path):
    """A drawn image through real OCR: each title's glyph pixels are unchanged, each name erased."""
    after = _after(24)
    specs = [
        TextSpec("Dr.", 20, 20, None, 24), TextSpec("Grace Okafor", after("Dr."), 20, "PERSON", 24),
        TextSpec("Mrs", 20, 70, None, 24), TextSpec("Alice Brown", after("Mrs"), 70, "PERSON", 24),
        TextSpec("03/11/1952", 340, 70, "DATE_TIME", 24),
        TextSpec("Prof. Dr.", 20, 120, None, 24), TextSpec("Hans Mueller", after("Prof. Dr."), 120, "PERSON", 24),
        TextSpec("Dr.Okonkwo", 20, 170, "PERSON", 24),
        TextSpec("Dr.", 20, 270, None, 24),
        TextSpec("Msk Shoulder", 20, 320, None, 24),
    ]
    case = write_case(tmp_path / "in" / "ct.dcm", specs, rows=512, columns=512)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    before, pixels = frame_pixels(case.path), frame_pixels(out / "redacted_ct.dcm")
    for seg in case.synthetic.segments:
        if seg.entity is not None:
            assert glyphs_erased(pixels, seg), f"{seg.text} still legible"
        else:
            b = seg.box
            kept = before[b.top:b.bottom, b.left:b.right][seg.mask] == pixels[b.top:b.bottom, b.left:b.right][seg.mask]
            assert np.all(kept), f"{seg.text} at y={b.top}: {np.mean(~kept):.0%} of its glyph pixels changed"
