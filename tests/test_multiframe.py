"""Multi-frame cines in every mode: every frame scanned and handled, one
multi-frame output with the input's frame count and timing, findings per frame."""

from __future__ import annotations

import json

import numpy as np
import pydicom
import pytest

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import CINE_BANNER, TextSpec, counter_specs, make_cine
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name
from fw_gear_presidio_image_redactor.run.engine import Engine
from fw_gear_presidio_image_redactor.run.parts import build_scanner

from .helpers import (
    frame_pixels,
    glyphs_erased,
    make_gear_dir,
    read_csv_rows,
    run_cli,
    run_gear,
    runs_per_mode,
    unchanged_outside,
    write_case,
)

FRAMES = 6
LONG = 12  # the spooled-output cine: twice FRAMES
TIMING = ("NumberOfFrames", "FrameTime", "FrameIncrementPointer", "CineRate")


@pytest.fixture(scope="module")
def cine(tmp_path_factory):
    path = tmp_path_factory.mktemp("cine") / "cine.dcm"
    syn = make_cine(FRAMES, seed=3)
    syn.save(path)
    return path, syn


@pytest.fixture(scope="module")
def cine_run(cine, tmp_path_factory):
    return runs_per_mode(cine[0], tmp_path_factory, "out")


@pytest.fixture(scope="module")
def scanner():
    """One RedactPHI scanner (OCR engine and analyzer loaded once) for the in-process scans."""
    return build_scanner(RedactorConfig(mode=Mode.REDACT))


def _segments(syn, frame, which):
    return [s for s in syn.segments if s.frame == frame and which(s)]


def test_redact_erases_phi_on_every_frame_and_keeps_timing(cine, cine_run):
    path, syn = cine
    out, _ = cine_run("redact")
    assert sorted(p.name for p in out.glob("*.dcm")) == ["redacted_cine.dcm"], "one output, no per-frame files"
    redacted = out / "redacted_cine.dcm"
    ds_in, ds_out = pydicom.dcmread(path), pydicom.dcmread(redacted)
    for keyword in TIMING:
        assert ds_out.get(keyword) == ds_in.get(keyword), keyword
    assert ds_out.SOPInstanceUID != ds_in.SOPInstanceUID
    for frame in range(FRAMES):
        before, after = frame_pixels(path, frame), frame_pixels(redacted, frame)
        phi = _segments(syn, frame, lambda s: s.entity)
        assert len(phi) == 3
        for seg in phi:
            assert glyphs_erased(after, seg), f"{seg.entity} still legible on frame {frame}"
        for seg in _segments(syn, frame, lambda s: s.text == "ABDOMEN"):
            assert not glyphs_erased(after, seg), f"non-PHI erased on frame {frame}"
        labels_and_counter = [s.box for s in _segments(syn, frame, lambda s: not s.entity and s.text != "ABDOMEN")]
        assert unchanged_outside(before, after, [s.box for s in phi] + labels_and_counter) == 0.0


def test_redact_keeps_the_frame_counter_on_most_frames(cine, cine_run):
    """The counter is not PHI; it changes on every frame, so every frame's reading is analysed."""
    path, syn = cine
    out, _ = cine_run("redact")
    kept = sum(not glyphs_erased(frame_pixels(out / "redacted_cine.dcm", s.frame), s)
               for s in syn.segments if s.text.startswith("Frame "))
    assert kept >= FRAMES - 1


def test_detect_reports_every_frame_with_its_sop_uid_and_reviews_all_frames(cine, cine_run):
    path, syn = cine
    out, _ = cine_run("detect")
    uid = pydicom.dcmread(path, stop_before_pixels=True).SOPInstanceUID
    rows = read_csv_rows(out / csv_name("cine"))
    assert {int(r["frame"]) for r in rows} == set(range(FRAMES))
    assert {r["sop_instance_uid"] for r in rows} == {uid}
    for frame in range(FRAMES):
        types = {r["entity_type"] for r in rows if int(r["frame"]) == frame}
        assert {"DATE_TIME", "ID"} <= types and types & {"PERSON", "ORGANIZATION"}, (frame, types)
    doc = json.loads((out / bbox_json_name("cine")).read_text())
    (inst,) = doc["instances"]
    assert inst["number_of_frames"] == FRAMES and inst["sop_instance_uid"] == uid
    assert {b["frame"] for b in inst["boxes"]} == set(range(FRAMES))
    review = out / "bbox_cine.dcm"
    ds = pydicom.dcmread(review)
    assert int(ds.NumberOfFrames) == FRAMES and ds.FrameTime == pydicom.dcmread(path).FrameTime
    for frame in range(FRAMES):
        assert (frame_pixels(review, frame) != frame_pixels(path, frame)).any(), f"no outline on frame {frame}"
    assert not (out / "redacted_cine.dcm").exists()


def test_redact_all_removes_all_text_on_every_frame(cine, cine_run):
    path, syn = cine
    out, _ = cine_run("redact-all")
    redacted = out / "redacted_cine.dcm"
    assert pydicom.dcmread(redacted, stop_before_pixels=True).BurnedInAnnotation == "NO"
    for frame in range(FRAMES):
        after = frame_pixels(redacted, frame)
        for seg in _segments(syn, frame, lambda s: True):
            assert glyphs_erased(after, seg), f"{seg.text!r} left on frame {frame}"


def test_detect_readertasks_without_flywheel_still_reports_every_frame(cine, cine_run):
    out, _ = cine_run("detect+readertasks")
    rows = read_csv_rows(out / csv_name("cine"))
    assert {int(r["frame"]) for r in rows} == set(range(FRAMES))


def test_text_that_appears_mid_cine_is_found_where_it_appears(tmp_path, scanner):
    """A new overlay (a name shown on frames 3-4 only) is not in the key frame: the
    changed region is read on the frames where it is drawn."""
    late = TextSpec("GARCIA, ROSA", 200, 240, "PERSON", 20, frames=(3, 4))
    syn = make_cine(6, banner=CINE_BANNER, extra=[late], seed=5)
    path = tmp_path / "late.dcm"
    syn.save(path)
    image = read_dicom(path)
    found = scanner.scan(image)
    assert scanner.last_stats["key_frames"] == 1
    hits = {f.frame for f in found.findings if f.box.intersection_area(late_box(syn)) > 0}
    assert hits == {3, 4}


def test_a_name_beside_a_frame_counter_stays_found_on_every_frame(tmp_path, scanner):
    """A counter ('1/4') drawn just above a staff line: the counter's changed region, padded,
    reaches part of the unchanged name line, whose re-read is cut at the region's edge. The
    name found on the key frame must stay found on every frame (it was lost on frame 1)."""
    name = TextSpec("Op: K. Lindqvist", 400, 494, "PERSON", 11)
    syn = make_cine(4, rows=512, columns=512, banner=[TextSpec("ABDOMEN", 12, 8, None, 14), name],
                    counter=False, extra=counter_specs(4, x=470, y=480, size=11, fmt="{n}/4"), seed=2)
    path = tmp_path / "counter.dcm"
    syn.save(path)
    found = scanner.scan(read_dicom(path))
    assert scanner.last_stats["key_frames"] == 1 and scanner.last_stats["regions"] == 3
    line = next(s.box for s in syn.segments if s.text == name.text)
    surname = Box(line.right - 50, line.top, 50, line.height)  # 'Lindqvist', the line's last 50 px
    for frame in range(4):
        covered = [f.box for f in found.findings if f.frame == frame and f.entity_type == "PERSON"]
        assert any(b.intersection_area(surname) >= 0.9 * surname.area for b in covered), frame


def late_box(syn):
    return next(s.box for s in syn.segments if s.text == "GARCIA, ROSA")


@pytest.mark.slow
def test_overlay_reuse_finds_what_per_frame_scanning_finds(cine, scanner, monkeypatch):
    path, _ = cine
    image = read_dicom(path)
    reused = scanner.scan(image)
    stats = scanner.last_stats
    monkeypatch.setattr(scanner, "reuse_overlays", False)
    naive = scanner.scan(image)

    def covered(inst, frame):
        mask = np.zeros((480, 640), bool)
        for f in inst.findings:
            if f.frame == frame:
                mask[f.box.top : f.box.bottom, f.box.left : f.box.right] = True
        return mask

    for frame in range(FRAMES):
        want = covered(naive, frame)
        got = covered(reused, frame)
        assert (want & got).sum() >= 0.9 * want.sum(), f"frame {frame}: overlay reuse covers less"
    assert stats["key_frames"] == 1 and stats["regions"] == FRAMES - 1  # only the counter was re-read


def test_jobs_must_be_a_whole_number(cine, tmp_path):
    result = run_cli("run", cine[0], "--mode", "detect", "--output-dir", tmp_path, "--jobs", "-1")
    assert result.returncode == 2 and "--jobs" in result.stderr


def test_progress_lines_in_logs(cine, cine_run):
    _, result = cine_run("redact")
    assert "100%" in result.stderr and "scanning 6 frames" in result.stderr


@pytest.mark.slow
def test_multiframe_output_is_written_frame_by_frame_and_exactly(tmp_path, scanner):
    """A cine's output Pixel Data is spooled frame by frame; the written file
    holds every frame, each the input's frame outside its own redaction boxes.
    (Every multi-frame native output is spooled, whatever its length: 12 frames, not 40,
    spare 28 frames of rendering and comparing and 3 of the 6 check frames' full reads.)"""
    # A name on some frames: those are painted, so the output is re-encoded (an input with
    # nothing to paint keeps its Pixel Data byte for byte and never reaches the spool).
    name = TextSpec("KOWALSKI, MARTHA", 12, 8, "PERSON", 20, frames=(9, 10))
    syn = make_cine(LONG, banner=[TextSpec("ABDOMEN", 520, 8, None, 20), name], counter=False, seed=9)
    path = tmp_path / "quiet.dcm"
    syn.save(path)
    image = read_dicom(path)
    (tmp_path / "work").mkdir()
    engine = Engine.build(RedactorConfig(mode=Mode.REDACT), tmp_path / "out", tmp_path / "work", scanner=scanner)
    outcome = engine.process(path)
    assert outcome.status == "processed", outcome.reason
    boxes: dict[int, list] = {}
    for f in outcome.instances[0].findings:
        boxes.setdefault(f.frame, []).append(f.box)
    ds = pydicom.dcmread(tmp_path / "out" / "redacted_quiet.dcm")
    assert int(ds.NumberOfFrames) == LONG and ds.FrameTime == syn.dataset.FrameTime
    for frame in range(LONG):
        after = pydicom.pixels.pixel_array(ds, index=frame)
        assert unchanged_outside(image.frame(frame), after, boxes.get(frame, [])) == 0.0, frame
        if not boxes.get(frame):
            assert np.array_equal(after, image.frame(frame)), frame
    assert boxes and len(boxes) < LONG, sorted(boxes)  # painted frames and untouched ones
    assert not list((tmp_path / "work").iterdir()), "spool files left behind"


def test_gear_redacts_a_cine_with_percentage_lines(cine, tmp_path):
    """In the gear the log is a file: progress comes as percentage lines. With an
    Entity Frequency Threshold of 0, every place reported on one frame is on all."""
    path, syn = cine
    options = {"debug": False, "Baseline Operating Mode": "Dynamic PHI Redaction",
               "Transformer Score Threshold": 30, "Entity Frequency Threshold": 0, "Use DICOM Metadata": False,
               "Bounding Box Fill": "contrast"}
    gear_dir = make_gear_dir(tmp_path / "gear", path, options)
    result = run_gear(gear_dir)
    assert result.returncode == 0, result.stderr
    log = result.stdout + result.stderr
    # 6 frames: a line every 20% (one frame is 17%), never finer
    assert f"scanning {FRAMES} frames: 40%" in log and f"scanning {FRAMES} frames: 100%" in log
    assert f"scanning {FRAMES} frames: 10%" not in log and f"scanning {FRAMES} frames: 50%" not in log
    redacted = gear_dir / "output" / "redacted_cine.dcm"
    assert int(pydicom.dcmread(redacted, stop_before_pixels=True).NumberOfFrames) == FRAMES
    rows = read_csv_rows(next((gear_dir / "output").glob("PHI_INFO*.csv")))
    for frame in range(FRAMES):
        for seg in _segments(syn, frame, lambda s: s.entity):
            assert glyphs_erased(frame_pixels(redacted, frame), seg)
    # threshold 0: whatever was found on any frame is reported (and painted) on all of them
    boxes = [(int(r["frame"]), Box(int(r["left"]), int(r["top"]), int(r["width"]), int(r["height"]))) for r in rows]
    for _, box in boxes:
        frames_here = {f for f, other in boxes if other.intersection_area(box) >= 0.5 * min(box.area, other.area)}
        assert frames_here == set(range(FRAMES)), box


@pytest.mark.slow
def test_folder_in_a_pool_of_workers_matches_one_process(tmp_path):
    """--jobs 2 on several inputs runs them in worker processes: same findings, same
    pixels as --jobs 1, results reported in input order, a broken file fails alone.
    (A 2-frame cine: its counter still differs between frames; 6 frames would add check reads.)"""
    folder = tmp_path / "in"
    folder.mkdir()
    make_cine(2, seed=3).save(folder / "cine.dcm")
    write_case(folder / "slice.dcm", seed=2)
    (folder / "broken.dcm").write_bytes(b"\0" * 128 + b"DICM" + b"\x08\x00")
    outputs = {}
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        result = run_cli("run", folder, "--mode", "redact", "--output-dir", out, "--jobs", jobs)
        assert result.returncode == 1, result.stderr  # the broken file
        table = {line.split()[1]: line.split()[0] for line in result.stdout.splitlines()[2:] if line.startswith("  ")}
        assert table["broken.dcm"] == "failed" and table["cine.dcm"] == "processed", result.stdout
        outputs[jobs] = out
    for name in ("redacted_cine.dcm", "redacted_slice.dcm"):
        a, b = pydicom.dcmread(outputs[1] / name), pydicom.dcmread(outputs[2] / name)
        assert np.array_equal(a.pixel_array, b.pixel_array), name
    for csv in outputs[1].glob("PHI_INFO*.csv"):
        assert read_csv_rows(csv) == read_csv_rows(outputs[2] / csv.name)
