"""What a reviewer opens after a run: preview_S.png, report_S.html and the CLI's
index.html, made by real CLI and gear runs and opened in headless Chromium."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name, stem
from fw_gear_presidio_image_redactor.outputs.preview import entity_rgb

from .browser import Opened, screenshot_is_not_blank
from .helpers import SHARED_DATA, make_gear_dir, read_csv_rows, run_cli, run_gear, write_case

PROCESSED = ("0_ORIGINAL_compressed.dcm", "2_ORIGINAL.dicom", "RGB_ORIGINAL.dcm")


def _boxes_in_csv(out: Path, source: str) -> Counter:
    return Counter((r["entity_type"], r["left"], r["top"], r["width"], r["height"])
                   for r in read_csv_rows(out / csv_name(stem(source))))


def _check_report(browser, path: Path, expected: Counter) -> None:
    """The report renders offline, lists exactly the CSV's findings and shows its preview."""
    opened = Opened(browser, path)
    try:
        rows = opened.cells("tr.finding")
        assert Counter((r[3].strip(), r[6], r[7], r[8], r[9]) for r in rows) == expected
        natural = opened.page.eval_on_selector("#preview", "img => [img.complete, img.naturalWidth]")
        assert natural[0] and natural[1] > 300, "the embedded preview did not load"
        screenshot_is_not_blank(opened.page)
        opened.assert_offline()
    finally:
        opened.close()


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="../shared/data/presidio is absent")
@pytest.mark.slow  # every real case
def test_detect_on_the_real_cases_gives_previews_reports_and_an_index(browser, tmp_path):
    out = tmp_path / "out"
    result = run_cli("run", SHARED_DATA, "--mode", "detect", "--use-metadata", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    assert f"Reports and previews: {out / 'index.html'}" in result.stdout
    for name in PROCESSED:
        sheet = Image.open(out / f"preview_{stem(name)}.png").convert("RGB")
        assert 600 <= sheet.width <= 1600 and sheet.height <= 2400, sheet.size  # fits a screen, not a poster
        colours = {c for _, c in sheet.getcolors(maxcolors=1 << 22)}
        has_person = bool(_boxes_in_csv(out, name)) and any(k[0] == "PERSON" for k in _boxes_in_csv(out, name))
        assert (entity_rgb("PERSON") in colours) == has_person, name  # boxed where (and only where) found
    assert not list(out.glob("*no_pixels*")) and not list(out.glob("*README*"))

    opened = Opened(browser, out / "index.html")
    try:
        rows = {r[0].strip(): r[1].strip() for r in opened.cells("tr.input")}
        links = opened.page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        opened.assert_offline()
    finally:
        opened.close()
    assert rows == {"README.md": "skipped", "0_ORIGINAL_no_pixels.dcm": "skipped",
                    **{name: "processed" for name in PROCESSED}}
    reports = sorted(Path(link.removeprefix("file://")).name for link in links)
    assert reports == sorted(f"report_{stem(name)}.html" for name in PROCESSED)
    for name in PROCESSED:
        expected = _boxes_in_csv(out, name)
        assert expected or name == "RGB_ORIGINAL.dcm"
        _check_report(browser, out / f"report_{stem(name)}.html", expected)


def test_redact_report_gives_the_verification_pass_and_its_settings(tmp_path):
    case = write_case(tmp_path / "in" / "xr.dcm")
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--use-metadata", "--fill", "background",
                     "--output-dir", out)
    assert result.returncode == 0, result.stderr
    page = (out / "report_xr.html").read_text()
    assert "Residual findings after redaction: <strong>0</strong>" in page
    assert "Dynamic PHI Redaction" in page and "background" in page
    assert "redacted_xr.dcm" in page and "preview_xr.png" in page  # the outputs it describes
    assert Image.open(out / "preview_xr.png").format == "PNG"


def test_gear_writes_preview_and_report_as_outputs_flywheel_can_show(tmp_path):
    case = write_case(tmp_path / "src" / "scan.dcm", rows=256, columns=512)
    options = {"debug": False, "Baseline Operating Mode": "Detection Only", "Use DICOM Metadata": True,
               "Entities to Find": "PERSON,DATE_TIME,ID", "Transformer Score Threshold": 30,
               "Entity Frequency Threshold": 30, "Bounding Box Fill": "contrast"}
    gear_dir = make_gear_dir(tmp_path / "gear", case.path, options)
    result = run_gear(gear_dir)
    assert result.returncode == 0, result.stderr
    output = gear_dir / "output"
    assert (output / "preview_scan.png").is_file() and (output / "report_scan.html").is_file()
    assert not (output / "index.html").exists()  # one input per job: its report is the page
    meta = json.loads((output / ".metadata.json").read_text())
    files = {f["name"]: f for f in meta["acquisition"]["files"]}
    assert files["preview_scan.png"]["type"] == "image"
    assert files["report_scan.html"]["mimetype"] == "text/html"


def test_a_preview_that_fails_costs_the_preview_not_the_redaction(tmp_path, monkeypatch):
    """Fault injection: the preview module raising must leave the redacted image,
    CSV and report in place, and the report must say the preview is missing."""
    from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
    from fw_gear_presidio_image_redactor.outcome import Status
    from fw_gear_presidio_image_redactor.outputs import preview
    from fw_gear_presidio_image_redactor.run.engine import Engine

    def broken(*args, **kwargs):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(preview, "write_preview", broken)
    case = write_case(tmp_path / "in" / "xr.dcm")
    (tmp_path / "work").mkdir()
    outcome = Engine.build(RedactorConfig(mode=Mode.REDACT, use_metadata=True), tmp_path / "out",
                     tmp_path / "work").process(case.path)
    assert outcome.status is Status.PROCESSED and outcome.phi_found
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([csv_name("xr"), bbox_json_name("xr"), "redacted_xr.dcm", "report_xr.html"])
    assert "no preview: internal error (RuntimeError)" in (tmp_path / "out" / "report_xr.html").read_text()

