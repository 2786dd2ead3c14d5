"""The Entity Frequency Threshold rule: frequent entities are redacted on every
frame, rare ones where they were found, none is ever dropped."""

from __future__ import annotations

import numpy as np
import pytest

from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_cine
from fw_gear_presidio_image_redactor.findings import Box, Finding, InstanceFindings
from fw_gear_presidio_image_redactor.scan.frequency import apply_frequency_threshold, track_entities

from .helpers import frame_pixels, glyphs_erased, read_csv_rows, run_cli

NAME_BOX = Box(20, 10, 120, 18)


def _inst(frames: int, found_on: list[int], text: str = "KOWALSKI", box: Box = NAME_BOX) -> InstanceFindings:
    inst = InstanceFindings("cine.dcm", "1.2.3", 480, 640, frames)
    inst.findings = [Finding("PERSON", box, 0.85, "SpacyRecognizer", text, f, "1.2.3", "cine.dcm") for f in found_on]
    return inst


def _frames_with(inst: InstanceFindings, text: str) -> set[int]:
    return {f.frame for f in inst.findings if f.text == text}


def test_entity_on_enough_frames_is_redacted_on_every_frame():
    inst = apply_frequency_threshold(_inst(10, [0, 1, 2, 5]), 30)
    assert _frames_with(inst, "KOWALSKI") == set(range(10))
    added = [f for f in inst.findings if f.frame not in (0, 1, 2, 5)]
    assert all("frequency 40%" in f.recognizer for f in added)
    assert all(f.sop_instance_uid == "1.2.3" and f.member == "cine.dcm" for f in added)


def test_rare_entity_is_kept_where_found_and_not_spread():
    inst = apply_frequency_threshold(_inst(10, [3, 7]), 30)
    assert _frames_with(inst, "KOWALSKI") == {3, 7}
    assert len(inst.findings) == 2


@pytest.mark.parametrize(("threshold", "expected"), [(0, set(range(10))), (20, set(range(10))),
                                                     (21, {4, 8}), (100, {4, 8})])
def test_threshold_is_a_share_of_frames_inclusive(threshold, expected):
    assert _frames_with(apply_frequency_threshold(_inst(10, [4, 8]), threshold), "KOWALSKI") == expected


def test_same_text_elsewhere_is_another_entity():
    inst = _inst(10, [0, 1, 2, 3])
    inst.findings += _inst(10, [9], box=Box(300, 400, 120, 18)).findings
    apply_frequency_threshold(inst, 30)
    far = [f for f in inst.findings if f.box.top >= 400]
    assert [f.frame for f in far] == [9]
    near = [f for f in inst.findings if f.box.top < 400]
    assert {f.frame for f in near} == set(range(10))


def test_ocr_variants_of_one_entity_count_together():
    inst = _inst(10, [0, 1], text="KOWALSKI")
    inst.findings += _inst(10, [2], text="KOWALSKl", box=Box(21, 10, 119, 18)).findings
    tracks = track_entities(inst.findings)
    assert len(tracks) == 1 and tracks[0].frames == {0, 1, 2}
    apply_frequency_threshold(inst, 30)
    assert {f.frame for f in inst.findings} == set(range(10))


def test_single_frame_images_are_left_alone():
    inst = _inst(1, [0])
    assert apply_frequency_threshold(inst, 0).findings == _inst(1, [0]).findings


@pytest.fixture(scope="module")
def flashed_name(tmp_path_factory):
    """A 10-frame cine whose banner has a name drawn on frames 0-3 only (40% of frames)."""
    path = tmp_path_factory.mktemp("freq") / "flash.dcm"
    name = TextSpec("KOWALSKI, MARTHA", 12, 8, "PERSON", 20, frames=(0, 1, 2, 3))
    syn = make_cine(10, banner=[name, TextSpec("ABDOMEN", 520, 8, None, 20)], counter=False)
    syn.save(path)
    return path, syn


@pytest.mark.parametrize("threshold", [30, 50])
def test_cli_threshold_decides_whether_a_name_on_some_frames_is_painted_on_all(flashed_name, tmp_path, threshold):
    path, syn = flashed_name
    out = tmp_path / "out"
    result = run_cli("run", path, "--mode", "redact", "--output-dir", out, "--frequency-threshold", threshold,
                     "--jobs", "1")
    assert result.returncode == 0, result.stderr
    redacted = out / "redacted_flash.dcm"
    name_box = next(s.box for s in syn.segments if s.entity == "PERSON")
    rows = read_csv_rows(next(out.glob("PHI_INFO*.csv")))
    person_frames = {int(r["frame"]) for r in rows if r["entity_type"] in ("PERSON", "ORGANIZATION")}
    for seg in (s for s in syn.segments if s.entity == "PERSON"):
        assert glyphs_erased(frame_pixels(redacted, seg.frame), seg), f"name left on frame {seg.frame}"
    cut = (slice(name_box.top, name_box.bottom), slice(name_box.left, name_box.right))
    for frame in range(4, 10):  # no name drawn here: painted only when the rule spreads it
        painted = not np.array_equal(frame_pixels(redacted, frame)[cut], frame_pixels(path, frame)[cut])
        assert painted == (threshold <= 40), f"frame {frame} at threshold {threshold}"
    assert person_frames == (set(range(10)) if threshold <= 40 else {0, 1, 2, 3})
