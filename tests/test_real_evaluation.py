"""The real-image evaluation's own parts: the labels file, the pixel scorer with anatomy
collateral, and one real file through the tool (where pydicom-data is installed)."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from pydicom.data import get_testdata_file

from fw_gear_presidio_image_redactor.dev.evaluation.fresh import fresh_catalogue
from fw_gear_presidio_image_redactor.dev.evaluation.real import (
    LABELS,
    Half,
    LabelsError,
    RealFile,
    Source,
    Word,
    WordClass,
    anatomy_changed,
    frames_as_shown,
    load_labels,
    score_file,
    validate,
)
from fw_gear_presidio_image_redactor.findings import Box


def _doc() -> dict:
    return json.loads(LABELS.read_text())


def test_labels_file_follows_its_schema_and_covers_the_kinds_the_issue_names():
    files = load_labels()
    assert {f.half for f in files} == {Half.TUNE, Half.CHECK}
    kinds = {(f.vendor, f.modality) for f in files}
    for wanted in [("GE", "US"), ("Aloka", "US"), ("Philips", "US"), ("SonoSite", "US"), ("Philips", "CR"),
                   ("Fuji", "CR"), ("Siemens", "MR")]:
        assert wanted in kinds
    assert any(f.frames > 1 for f in files), "a cine"
    assert sum(not f.words for f in files) >= 3, "text-free images measure anatomy collateral alone"
    assert any(f.words and not f.phi for f in files), "text without PHI"
    words = [w for f in files for w in f.words]
    assert {w.word_class for w in words} == set(WordClass)
    assert all(w.entity for w in words if w.word_class is WordClass.PHI)
    assert any(w.plane is not None for w in words), "overlay-plane text"
    # Near-duplicates (the same layout at another size or crop) sit in one half, so the
    # check half is not a copy of the tuning half.
    half = {f.name: f.half for f in files}
    assert half["US1_UNCR.dcm"] is half["examples_rgb_color.dcm"]
    assert half["examples_palette.dcm"] is half["OBXXXX1A.dcm"]


@pytest.mark.parametrize("breakage, message", [
    (lambda d: d["files"][0]["words"][0].pop("entity"), "entity"),
    (lambda d: d["files"][0]["words"][0].__setitem__("class", "secret"), "secret"),
    (lambda d: d["files"][0]["words"][0].__setitem__("box", [5, 5, 0, 9]), "empty or negative"),
    (lambda d: d["files"][0].__setitem__("phi", False), "'phi' must say"),
    (lambda d: d["files"][0].__setitem__("half", "both"), "both"),
    (lambda d: d["files"].append(copy.deepcopy(d["files"][0])), "listed twice"),
])
def test_a_broken_labels_file_is_refused_with_what_is_wrong(breakage, message):
    doc = _doc()
    assert doc["files"][0]["words"][0]["class"] == "phi"
    breakage(doc)
    with pytest.raises(LabelsError, match=message):
        validate(doc)


# A hand-made case: a 40x60 grey 'anatomy' ramp with one bright word drawn at a known box.
WORD = Word("NAME", WordClass.PHI, "PERSON", Box(10, 8, 20, 7), None, None)


def _case() -> tuple[RealFile, np.ndarray]:
    frame = np.tile(np.arange(60, dtype=np.uint16) * 10, (40, 1))  # every pixel differs from its row neighbours
    frame[9:14, 11:29:2] = 4000  # glyph strokes inside WORD's box
    real = RealFile("hand.dcm", Source.PYDICOM, "none", "OT", "hand-made", Half.TUNE, 1, True, (WORD,), "")
    return real, frame


def test_collateral_is_zero_when_only_the_word_and_its_margin_are_painted():
    real, before = _case()
    after = before.copy()
    after[5:18, 7:33] = 0  # the word's box grown by 3 px: a redaction box with a margin
    score = score_file(real, [before], [after])
    assert [w.erased for w in score.words] == [True]
    assert score.changed == 0
    assert score.total == 40 * 60 - (7 + 4 + 4) * (20 + 4 + 4)


def test_collateral_counts_every_changed_anatomy_pixel_and_an_untouched_word_stays():
    real, before = _case()
    after = before.copy()
    after[30, 50] += 1  # one anatomy pixel, far from the word
    after[20:22, 1:4] = 0  # six more
    after[16, 12] = 0  # within 4 px of the word: its box's margin, not anatomy
    score = score_file(real, [before], [after])
    assert [w.erased for w in score.words] == [False]
    assert score.changed == 7
    assert score.collateral == pytest.approx(7 / score.total)
    assert anatomy_changed(before, before, [WORD]) == (0, score.total)


def test_a_box_over_half_the_word_does_not_erase_it():
    real, before = _case()
    after = before.copy()
    after[8:15, 10:19] = 0
    assert [w.erased for w in score_file(real, [before], [after]).words] == [False]


def test_a_failed_redactor_erases_nothing():
    real, before = _case()
    score = score_file(real, [before], None)
    assert score.failed and not score.words[0].erased and score.changed == 0


def test_fresh_check_set_uses_identities_and_seeds_the_tuning_set_does_not():
    from fw_gear_presidio_image_redactor.dev.evaluation.cases import IDENTITIES, catalogue

    fresh = fresh_catalogue(quick=True)
    tuned_names = {i.family for i in IDENTITIES}
    built = fresh[0].build()
    assert not any(name in s.text for s in built.segments for name in tuned_names)
    assert {c.name for c in fresh}.isdisjoint({c.name for c in catalogue()})
    assert {c.kind for c in fresh} <= {c.kind for c in catalogue()}


needs_pydicom_data = pytest.mark.skipif(get_testdata_file("US1_UNCR.dcm") is None,
                                        reason="pydicom-data is not installed")


@pytest.mark.slow  # a real process or a long run: left out of make test-fast
@needs_pydicom_data
def test_untouched_real_files_score_nothing_erased_and_no_collateral():
    """The glyph masks find every labelled word standing out in its own file."""
    small = [f for f in load_labels() if f.path() is not None and f.name in
             ("US1_UNCR.dcm", "examples_palette.dcm", "gdcm-US-ALOKA-16.dcm", "examples_ybr_color.dcm")]
    assert len(small) == 4
    for real in small:
        before = frames_as_shown(real.path())
        score = score_file(real, before, before)
        assert not [w.text for w in score.words if w.erased and w.plane is None], real.name
        assert score.changed == 0


@needs_pydicom_data
def test_redact_all_text_erases_the_institution_on_a_real_ge_ultrasound(tmp_path):
    from fw_gear_presidio_image_redactor.dev.evaluation.real_runner import evaluate_real, ocr_engines

    real = next(f for f in load_labels() if f.name == "US1_UNCR.dcm")
    name = f"RedactAllText [{ocr_engines()[0]}]"
    run = evaluate_real([name], tmp_path, [real])
    score = run.results[name].files[0]
    assert not score.failed
    institution = [w for w in score.words if w.entity == "ORGANIZATION"]
    assert [w.text for w in institution] == ["BAPTIST", "MED", "CTR"]
    assert all(w.erased for w in institution)
    assert len(score.words) == len(real.words)


def test_ultrasound_device_text_erased_is_counted_and_named():
    """The report's ultrasound table (issue 14: no acquisition parameter redacted) counts
    the non-PHI words a PHI mode erased on US files, names them, and ignores other modalities."""
    from fw_gear_presidio_image_redactor.dev.evaluation.real_report import ultrasound_table
    from fw_gear_presidio_image_redactor.dev.evaluation.real_runner import RealResult, RealRun

    frame = np.zeros((40, 60), dtype=np.uint16)
    frame[9:14, 11:29:2] = 4000
    param = Word("TIB", WordClass.NON_PHI, None, Box(10, 8, 20, 7), None, None)
    us = RealFile("us.dcm", Source.PYDICOM, "none", "US", "hand-made", Half.TUNE, 1, False, (param,), "")
    ct = RealFile("ct.dcm", Source.PYDICOM, "none", "CT", "hand-made", Half.TUNE, 1, False, (param,), "")
    painted = frame.copy()
    painted[5:18, 7:33] = 0
    result = RealResult("Dynamic PHI Redaction + metadata [x]",
                        [score_file(us, [frame], [painted]), score_file(ct, [frame], [painted])])
    table = "\n".join(ultrasound_table(RealRun({result.name: result}, [us, ct], [])))
    assert "| Dynamic PHI Redaction + metadata [x] | tune | 1 of 1 | `TIB` (us.dcm) |" in table
    assert "ct.dcm" not in table


def test_every_labelled_real_file_is_found_where_it_is_installed():
    """The real set reads ../shared, pydicom and pydicom-data where they are installed: a
    path that points one folder off (as after the package was regrouped) must fail here,
    not shrink the evaluation silently."""
    from fw_gear_presidio_image_redactor.dev.evaluation.real import SHARED_PRESIDIO, load_labels

    from .helpers import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip("../shared is not beside the repository")
    assert SHARED_PRESIDIO.resolve() == SHARED_DATA.resolve()
    missing = [r.name for r in load_labels() if r.path() is None]
    assert missing == []
