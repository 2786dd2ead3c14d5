"""Preview contact sheets: what a reviewer sees must match what was found and what redaction writes."""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from fw_gear_presidio_image_redactor.config import Fill
from fw_gear_presidio_image_redactor.decode.dicom import DicomImage, read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_cine
from fw_gear_presidio_image_redactor.findings import Box, Finding, InstanceFindings
from fw_gear_presidio_image_redactor.outputs.preview import (
    ENTITY_COLORS,
    MAX_ROWS_WITHOUT_FINDINGS,
    OUTLINE,
    PANEL_MAX_HEIGHT,
    PANEL_MAX_WIDTH,
    PREVIEW_MAX_ROWS,
    contact_sheet,
    display_mapper,
    preview_frames,
    scaled_rect,
    write_preview,
)
from fw_gear_presidio_image_redactor.outputs.reports import created_file_mode
from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle

from .helpers import HEADER, PHI_SPECS, write_case

MARGIN = 3
CONTRAST, BACKGROUND = RedactionStyle(Fill.CONTRAST, MARGIN), RedactionStyle(Fill.BACKGROUND, MARGIN)


def truth_findings(image: DicomImage, segments) -> InstanceFindings:
    """Findings exactly where the synthetic text was drawn (what a perfect scan reports)."""
    inst = InstanceFindings(image.member or image.path.name, image.sop_instance_uid, image.rows, image.columns,
                            image.number_of_frames)
    for seg in segments:
        if seg.entity and seg.entity != "label":
            inst.findings.append(Finding(seg.entity, seg.box, 0.9, "truth", "", seg.frame, image.sop_instance_uid,
                                         inst.member))
    return inst


def region(sheet: Image.Image, origin: tuple[int, int], rect: tuple[int, int, int, int], inset: int = 0) -> np.ndarray:
    x0, y0, x1, y1 = rect
    ox, oy = origin
    return np.asarray(sheet)[oy + y0 + inset : oy + y1 - inset, ox + x0 + inset : ox + x1 - inset].astype(int)


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    c = write_case(tmp_path_factory.mktemp("pv") / "scan.dcm", rows=400, columns=800)
    image = read_dicom(c.path)
    return image, truth_findings(image, c.synthetic.segments), c.synthetic.segments


def test_left_panel_keeps_the_text_right_panel_is_the_fill(case):
    image, inst, _ = case
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=True, title="scan.dcm")
    (place,) = sheet.info["panels"]
    assert place.scale == pytest.approx(PANEL_MAX_WIDTH / 800)  # downscaled to the panel width
    for f in inst.findings:
        rect = scaled_rect(f.box.grown(MARGIN, image.rows, image.columns), place.scale)
        # Inset past the reach of the Lanczos kernel that scaled the panel.
        left = region(sheet, place.left, rect, inset=4)
        right = region(sheet, place.right, rect, inset=4)
        # Contrast fill on a dark ground is the top of the range: white on screen.
        assert (right == 255).all(), f.entity_type
        # The original still shows the text: bright glyphs on a dark ground inside the box.
        assert left.max() > 200 and left.min() < 60, f.entity_type
        assert (left != 255).any(axis=2).mean() > 0.3
    # Outside every box the two panels are the same picture.
    w, h = place.size
    lower = (0, h // 2, w, h)
    assert np.array_equal(region(sheet, place.left, lower), region(sheet, place.right, lower))


def test_each_box_is_outlined_in_its_entity_colour(case):
    image, inst, _ = case
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=False, title="scan.dcm")
    (place,) = sheet.info["panels"]
    pixels = np.asarray(sheet)
    for f in inst.findings:
        x0, y0, x1, y1 = scaled_rect(f.box.grown(MARGIN, image.rows, image.columns), place.scale)
        ox, oy = place.left
        # The outline runs just outside the redaction area: its bottom edge, below the box.
        bottom = pixels[oy + y1 + OUTLINE - 1, ox + x0 : ox + x1]
        share = (bottom == ENTITY_COLORS[f.entity_type]).all(axis=1).mean()
        assert share > 0.5, (f.entity_type, share)
    person = ENTITY_COLORS["PERSON"]
    assert not (np.asarray(sheet)[:, place.right[0] :] == person).all(axis=2).any(), "no box on the right panel"


def test_frames_shown_for_a_cine_where_findings_appear_on_frames_10_to_20():
    inst = InstanceFindings("cine.dcm", "1.2.3", 480, 640, 100)
    inst.findings += [Finding("PERSON", Box(300, 200, 120, 24), 0.9, "t", frame=f) for f in range(10, 21)]
    inst.findings += [Finding("ID", Box(10, 10, 80, 20), 0.9, "t", frame=f) for f in range(100)]  # static banner
    frames = preview_frames(inst)
    assert {0, 50, 99, 10, 21} <= set(frames)
    assert frames == sorted(frames)
    assert len(frames) == 5  # nothing else changes


def test_frame_selection_is_capped_and_keeps_starts_stops_and_the_ends():
    # OCR that finds the name on every other frame: 500 change points.
    inst = InstanceFindings("cine.dcm", "1.2.3", 480, 640, 1000)
    inst.findings += [Finding("PERSON", Box(30, 20, 120, 24), 0.9, "t", frame=f) for f in range(0, 1000, 2)]
    frames = preview_frames(inst)
    assert len(frames) == PREVIEW_MAX_ROWS
    assert {0, 500, 999} <= set(frames)
    with_findings = [f for f in frames if f % 2 == 0]
    assert len(with_findings) > len(frames) - len(with_findings) > 0
    assert max(frames) - min(frames[3:]) > 500  # spread over the cine, not bunched at its start


def test_cine_sheet_decodes_only_the_frames_it_shows(tmp_path):
    extra = [TextSpec("SMITH, ANNA", 20, 50, "PERSON", 16, frames=tuple(range(10, 21)))]
    syn = make_cine(40, rows=120, columns=160, banner=[], extra=extra)
    path = tmp_path / "cine.dcm"
    syn.save(path)

    class Counting(DicomImage):
        decoded: list[int]

        def frame(self, index):
            self.decoded.append(index)
            return super().frame(index)

    plain = read_dicom(path)
    image = Counting(**{f.name: getattr(plain, f.name) for f in fields(DicomImage)})
    image.decoded = []
    inst = truth_findings(image, syn.segments)
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=False, title="cine")
    shown = [p.frame for p in sheet.info["panels"]]
    assert shown == preview_frames(inst) == [0, 10, 20, 21, 39]
    assert sorted(set(image.decoded)) == shown and len(image.decoded) == len(shown)
    assert sheet.info["panels"][0].size == (160, 120)  # five rows: compact panels, not enlarged


def test_a_tiny_single_image_grows_at_most_twice(tmp_path):
    c = write_case(tmp_path / "tiny.dcm", PHI_SPECS[:1], rows=60, columns=120)
    image = read_dicom(c.path)
    sheet = contact_sheet([image], [truth_findings(image, c.synthetic.segments)], style=CONTRAST,
                          redacted=False, title="tiny")
    assert sheet.info["panels"][0].size == (240, 120)


def test_png_is_written_atomically_and_bounded(tmp_path, case):
    image, inst, _ = case
    target = tmp_path / "out" / "preview_scan.png"
    target.parent.mkdir()
    target.write_bytes(b"an older preview")
    write_preview(target, [image], [inst], style=BACKGROUND, redacted=False, title="scan.dcm")
    assert [p.name for p in target.parent.iterdir()] == ["preview_scan.png"]  # no .part left behind
    assert target.stat().st_mode & 0o777 == created_file_mode()
    sheet = contact_sheet([image], [inst], style=BACKGROUND, redacted=False, title="scan.dcm")
    with Image.open(target) as png:
        assert png.format == "PNG"
        stored = np.asarray(png.convert("RGB")).astype(int)
    assert stored.shape[1] <= 2 * PANEL_MAX_WIDTH + 200
    assert stored.shape[0] <= PANEL_MAX_HEIGHT + 200
    # The file holds the sheet, to within a few levels (a 256-colour palette keeps it small).
    assert stored.shape == np.asarray(sheet).shape
    assert np.abs(stored - np.asarray(sheet).astype(int)).max() <= 8
    assert target.stat().st_size < 400_000


def test_a_failed_write_leaves_the_old_file_and_no_part(tmp_path, case):
    image, inst, _ = case
    target = tmp_path / "preview_scan.png"
    target.write_bytes(b"old")
    with pytest.raises(ValueError):
        write_preview(target, [image], [], style=CONTRAST, redacted=False, title="x")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["preview_scan.png"]


def test_no_findings_still_gets_a_sheet_with_nothing_redacted(case):
    image, _, _ = case
    empty = InstanceFindings("scan.dcm", image.sop_instance_uid, image.rows, image.columns, 1)
    sheet = contact_sheet([image], [empty], style=CONTRAST, redacted=False, title="scan.dcm")
    (place,) = sheet.info["panels"]
    whole = (0, 0, *place.size)
    assert np.array_equal(region(sheet, place.left, whole), region(sheet, place.right, whole))
    assert np.ptp(region(sheet, place.left, whole)) > 200  # an image, not a blank


def glyph_contrast(image: DicomImage, segments) -> float:
    """How far the displayed glyph pixels stand from the ground around them (0-255)."""
    frame = image.frame(0)
    shown = display_mapper(image, frame)(frame).astype(float)
    worst = 255.0
    for seg in segments:
        b = seg.box
        box = shown[b.top : b.bottom, b.left : b.right]
        worst = min(worst, abs(box[seg.mask].mean() - box[~seg.mask].mean()))
    return worst


@pytest.mark.parametrize("kind", ["MONOCHROME1", "CT with a window", "CT without a window", "dark text"])
def test_burned_in_text_stays_visible_on_screen(tmp_path, kind):
    kwargs = {
        "MONOCHROME1": {"photometric": "MONOCHROME1", "bits_stored": 12},
        "CT with a window": {"bits_stored": 16, "signed": True,
                             "header": {**HEADER, "WindowCenter": 40, "WindowWidth": 400}},
        "CT without a window": {"bits_stored": 16, "signed": True},
        "dark text": {"bits_stored": 12, "dark_text": True},
    }[kind]
    c = write_case(tmp_path / "img.dcm", PHI_SPECS, rows=256, columns=384, **kwargs)
    image = read_dicom(c.path)
    assert glyph_contrast(image, c.phi) > 120
    if kind == "MONOCHROME1":  # shown as a viewer shows it: the ground is light, the text dark
        frame = image.frame(0)
        shown = display_mapper(image, frame)(frame)
        seg = c.phi[0]
        assert shown[seg.box.top : seg.box.bottom, seg.box.left : seg.box.right][seg.mask].mean() < 60
        assert np.median(shown) > 128


def test_palette_colour_image_is_shown_in_its_colours(tmp_path):
    c = write_case(tmp_path / "palette.dcm", PHI_SPECS, rows=200, columns=320, bits_stored=8)
    ds = c.synthetic.dataset
    ds.PhotometricInterpretation = "PALETTE COLOR"
    ramp = np.arange(256, dtype=np.uint16) * 257
    for color, table in (("Red", ramp), ("Green", np.zeros(256, np.uint16)), ("Blue", ramp[::-1].copy())):
        setattr(ds, f"{color}PaletteColorLookupTableDescriptor", [256, 0, 16])
        setattr(ds, f"{color}PaletteColorLookupTableData", table.tobytes())
    c.synthetic.save(c.path)
    image = read_dicom(c.path)
    inst = truth_findings(image, c.synthetic.segments)
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=True, title="palette")
    (place,) = sheet.info["panels"]
    person = next(f for f in inst.findings if f.entity_type == "PERSON")
    rect = scaled_rect(person.box, place.scale)
    left = region(sheet, place.left, rect)
    assert left[..., 0].max() > 200 and left[..., 1].max() < 40  # red text through the palette, no green
    right = region(sheet, place.right, scaled_rect(person.box.grown(MARGIN, image.rows, image.columns), place.scale),
                   inset=2)
    assert right[..., 0].max() < 100  # the palette's fill blends into the ground: the red text is gone


def test_series_sheet_prefers_instances_with_findings_and_caps_rows(tmp_path):
    images, findings = [], []
    for i in range(PREVIEW_MAX_ROWS + 8):
        specs = PHI_SPECS[:1] if i in (3, 11, 17) else []
        c = write_case(tmp_path / f"IM{i:04d}.dcm", specs, rows=64, columns=96, seed=i)
        image = read_dicom(c.path, member=f"IM{i:04d}.dcm")
        images.append(image)
        findings.append(truth_findings(image, c.synthetic.segments))
    sheet = contact_sheet(images, findings, style=CONTRAST, redacted=False, title="series.zip")
    shown = [p.instance for p in sheet.info["panels"]]
    assert len(shown) == 3 + MAX_ROWS_WITHOUT_FINDINGS  # the rest left out to keep the sheet short
    assert {3, 11, 17} <= set(shown)
    assert shown == sorted(shown)
    assert shown[0] == 0 and shown[-1] == len(images) - 1  # the others spread over the series
    ys = [p.left[1] for p in sheet.info["panels"]]
    assert all(b - a >= 64 for a, b in zip(ys, ys[1:], strict=False))  # rows do not overlap
    assert sheet.info["panels"][0].size == (96, 64)  # many rows: small images are not enlarged


def test_a_series_without_findings_still_gets_a_spread_of_instances(tmp_path):
    images, findings = [], []
    for i in range(30):
        c = write_case(tmp_path / f"IM{i:04d}.dcm", [], rows=32, columns=32, seed=i)
        image = read_dicom(c.path, member=f"IM{i:04d}.dcm")
        images.append(image)
        findings.append(truth_findings(image, []))
    sheet = contact_sheet(images, findings, style=CONTRAST, redacted=False, title="series.zip")
    shown = [p.instance for p in sheet.info["panels"]]
    assert len(shown) == MAX_ROWS_WITHOUT_FINDINGS and shown[0] == 0 and shown[-1] == 29


def test_sheet_of_the_real_ct_shows_its_findings(tmp_path):
    real = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "presidio" / "2_ORIGINAL.dicom"
    if not real.exists():
        pytest.skip("no ../shared/data/presidio in this checkout")
    image = read_dicom(real)
    inst = InstanceFindings(real.name, image.sop_instance_uid, image.rows, image.columns, 1,
                            [Finding("PERSON", Box(1, 0, 128, 11), 0.95, "dicom-header")])
    out = tmp_path / "preview_2_ORIGINAL.png"
    write_preview(out, [image], [inst], style=CONTRAST, redacted=False, title=real.name)
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=False, title=real.name)
    (place,) = sheet.info["panels"]
    rect = scaled_rect(inst.findings[0].box.grown(MARGIN, image.rows, image.columns), place.scale)
    assert region(sheet, place.left, rect, inset=2).max() > 200  # the name is there, windowed white
    assert out.stat().st_size < 400_000
    assert os.access(out, os.R_OK)


def test_a_large_image_gets_a_readable_zoom_of_its_findings(tmp_path):
    specs = [TextSpec("KOWALSKI, MARTHA", 40, 20, "PERSON", 40), TextSpec("03/11/1952", 40, 70, "DATE_TIME", 40)]
    c = write_case(tmp_path / "cr.dcm", specs, rows=1500, columns=2000)
    image = read_dicom(c.path)
    inst = truth_findings(image, c.synthetic.segments)
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=True, title="cr.dcm")
    (place,) = sheet.info["panels"]
    (detail,) = place.details  # both lines in one crop
    assert detail.scale >= 2 * place.scale
    for f in inst.findings:
        g = f.box.grown(MARGIN, image.rows, image.columns)
        assert detail.crop.intersection_area(g) == g.area  # the whole finding is in the crop
        rect = scaled_rect(Box(g.left - detail.crop.left, g.top - detail.crop.top, g.width, g.height), detail.scale)
        assert rect[3] - rect[1] >= 20  # text a person can read
        left = region(sheet, detail.left, rect, inset=4)
        assert left.max() > 200 and left.min() < 60
        assert (region(sheet, detail.right, rect, inset=4) == 255).all()


def test_small_text_on_a_panel_shown_near_full_size_gets_no_zoom(case):
    image, inst, _ = case
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=False, title="scan.dcm")
    assert sheet.info["panels"][0].details == ()


def test_zoom_crop_contains_the_whole_box_and_the_words_beside_it(tmp_path):
    """Issue 16 item 6: a reviewer judging a partial finding (SMITH found, JOHN missed) sees
    the missed start of the name in the zoom, and no crop ever cuts a finding's box."""
    specs = [TextSpec("JOHN", 300, 20, None, 40), TextSpec("SMITH", 430, 20, "PERSON", 40),
             TextSpec("03/11/1952", 430, 70, "DATE_TIME", 40)]
    # A 2000 px wide radiograph: its panel is 512 px wide (scale 0.256, set by the width), so a
    # 40 px line needs a zoom. 600 rows (not 1500) keep that scale and every crop below (the
    # random boxes reach row 489, a crop 16 px more), and each of the 26 sheets resizes 40% of
    # the pixels.
    c = write_case(tmp_path / "cr.dcm", specs, rows=600, columns=2000)
    image = read_dicom(c.path)
    inst = truth_findings(image, c.synthetic.segments)
    assert {f.entity_type for f in inst.findings} == {"PERSON", "DATE_TIME"}  # JOHN is the miss
    sheet = contact_sheet([image], [inst], style=CONTRAST, redacted=True, title="cr.dcm")
    (place,) = sheet.info["panels"]
    (detail,) = place.details
    john = next(s for s in c.synthetic.segments if s.text == "JOHN").box
    assert detail.crop.intersection_area(john) == john.area, (detail.crop, john)
    assert detail.scale >= 2 * place.scale and place.scale == 512 / 2000

    rng = np.random.default_rng(16)
    for _ in range(25):  # any layout: a crop holds every box it touches, whole
        boxes = [Box(int(x), int(y), int(w), int(h)) for x, y, w, h in
                 zip(rng.integers(0, 1100, 6), rng.integers(0, 400, 6), rng.integers(20, 900, 6),
                     rng.integers(10, 45, 6), strict=True)]
        many = InstanceFindings("", image.sop_instance_uid, image.rows, image.columns, 1,
                                [Finding("PERSON", b, 0.9, "test", "", 0, image.sop_instance_uid) for b in boxes])
        sheet = contact_sheet([image], [many], style=CONTRAST, redacted=True, title="t")
        for d in sheet.info["panels"][0].details:
            for b in boxes:
                g = b.grown(MARGIN, image.rows, image.columns)
                assert d.crop.intersection_area(g) in (0, g.area), (d.crop, g)
