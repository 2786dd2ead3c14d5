"""The HTML report and index: what they show, that every input-borne string is
escaped, and that they open offline in a real browser (Debian's headless
Chromium driven by playwright) showing every finding and loading nothing."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from PIL import Image

from fw_gear_presidio_image_redactor import __version__
from fw_gear_presidio_image_redactor.config import Fill, Mode, RedactorConfig
from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import make_cine
from fw_gear_presidio_image_redactor.findings import Box, Finding, InstanceFindings
from fw_gear_presidio_image_redactor.outcome import Outcome, OutputFile, OutputKind, Status
from fw_gear_presidio_image_redactor.outputs.html_report import MAX_ROWS, render_index, render_report
from fw_gear_presidio_image_redactor.outputs.preview import contact_sheet, entity_rgb
from fw_gear_presidio_image_redactor.pixels.redaction import RedactionStyle
from fw_gear_presidio_image_redactor.run.engine import Engine

from .browser import Opened, screenshot_is_not_blank
from .helpers import write_case

PROCESSED, SKIPPED, FAILED = Status.PROCESSED, Status.SKIPPED, Status.FAILED
EVIL = "<script>alert(\"x\") & 'quoted' \"name\".dcm"  # no '/': a file name cannot hold one


# -- outcomes from real engine runs -------------------------------------------------


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Real runs, once per module: detect and redact on a single image, detect on a 4-frame cine."""
    root = tmp_path_factory.mktemp("html-runs")
    case = write_case(root / "in" / "xr.dcm")
    cine = root / "in" / "cine.dcm"
    make_cine(4).save(cine)
    (root / "work").mkdir()
    detect = Engine.build(RedactorConfig(mode=Mode.DETECT, use_metadata=True), root / "detect", root / "work")
    redact = Engine.build(RedactorConfig(mode=Mode.REDACT, use_metadata=True), root / "redact", root / "work",
                          scanner=detect.strategies.source.scanner)
    out = {
        "detect": detect.process(case.path),
        "redact": redact.process(case.path),
        "cine": detect.process(cine),
        "case": case,
        "settings": detect.config.settings(),
    }
    assert out["detect"].status == PROCESSED and out["detect"].phi_found, out["detect"].reason
    assert out["cine"].status == PROCESSED and out["cine"].phi_found, out["cine"].reason
    return out


def preview_png(source: Path, outcome: Outcome) -> bytes:
    """The real contact sheet (preview.py) of a real run, as the engine hands it to the report."""
    sheet = contact_sheet([read_dicom(source)], outcome.instances, style=RedactionStyle(Fill.CONTRAST, 3),
                          redacted=False, title=source.name)
    buf = io.BytesIO()
    sheet.save(buf, format="PNG")
    return buf.getvalue()


def all_findings(outcome: Outcome) -> list[Finding]:
    return [f for inst in outcome.instances for f in inst.findings]


# -- hand-made outcomes for the edges -------------------------------------------------


def finding(entity="PERSON", left=10, top=20, width=30, height=12, frame=0, text="SMITH", member="", uid="1.2.3",
            score=0.85, recognizer="SpacyRecognizer") -> Finding:
    return Finding(entity, Box(left, top, width, height), score, recognizer, text, frame, uid, member)


def outcome_with(findings: list[Finding], name="scan.dcm", frames=1, **kwargs) -> Outcome:
    inst = InstanceFindings("", "1.2.3.4.5.6.7.8.9.10.11.12.13.14", 512, 512, frames, findings)
    kwargs.setdefault("detectors", ["tesseract 5", "spacy en_core_web_sm"])
    return Outcome(Path("/data/in") / name, PROCESSED, instances=[inst], **kwargs)


SETTINGS = RedactorConfig().settings()


def test_report_shows_what_a_reviewer_needs(runs):
    outcome = runs["redact"]
    html = render_report(outcome, runs["settings"], preview_png=None, debug=False)
    assert "xr.dcm" in html and PROCESSED in html and __version__ in html
    for f in all_findings(outcome):
        assert f.entity_type in html and f.recognizer in html
    for name, value in runs["settings"]:
        assert name in html and value in html
    for detector in outcome.detectors:
        assert detector.replace("'", "&#x27;") in html
    assert outcome.residual is not None
    assert re.search(rf"Residual findings after redaction: <strong>{outcome.residual}</strong>", html)
    for path in (o.path for o in outcome.outputs):
        assert path.name in html
        assert str(path.parent) not in html, "output paths leak the machine's folders; names only"
    assert "No preview" in html


def test_report_masks_text_unless_debug(runs):
    outcome = runs["detect"]
    texts = [f.text for f in all_findings(outcome) if len(f.text) >= 4]
    assert texts
    masked = render_report(outcome, SETTINGS, preview_png=None, debug=False)
    shown = render_report(outcome, SETTINGS, preview_png=None, debug=True)
    for text in texts:
        assert text not in masked
        assert "*" * len(text) in masked
        assert text in shown or text.replace("&", "&amp;") in shown
    assert "raw PHI" in shown and "raw PHI" not in masked


def test_everything_from_inputs_is_escaped():
    member = "<img src=x onerror=alert(1)>.dcm"
    outcome = outcome_with([finding(member=member, text="<b>", recognizer="<i>rec</i>")], name=EVIL,
                           warnings=[f"skipped non-DICOM member {EVIL}"], reason=f"{EVIL}: odd & <b>bold</b>",
                           outputs=[OutputFile(OutputKind.CSV, Path("/out") / f"PHI_INFO.{EVIL}.csv")])
    settings = [("Entities <x>", "A & B \"q\"")]
    for html in (render_report(outcome, settings, preview_png=None, debug=True),
                 render_index([(outcome, f"report_{EVIL}.html")], settings)):
        assert "<script>" not in html and "<img src=x" not in html and "<b>" not in html and "<i>" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;) &amp; &#x27;quoted&#x27; &quot;name&quot;.dcm" in html
        assert "Entities &lt;x&gt;" in html and "A &amp; B &quot;q&quot;" in html
    index = render_index([(outcome, f"report_{EVIL}.html")], settings)
    href = re.search(r'<a href="([^"]*)"', index).group(1)
    assert unquote(href) == f"report_{EVIL}.html" and "<" not in href and "'" not in href


def test_unprintable_names_are_spelled_out():
    html = render_report(outcome_with([], name="a\nb.dcm"), SETTINGS, preview_png=None, debug=False)
    assert "a\nb.dcm" not in html and "&#x27;a\\nb.dcm&#x27;" in html


@pytest.mark.parametrize("status", [SKIPPED, FAILED])
def test_skipped_and_failed_inputs_say_why(status):
    outcome = Outcome(Path("/in/bad.dcm"), status, "bad.dcm: not a DICOM file (no DICM preamble)")
    html = render_report(outcome, SETTINGS, preview_png=None, debug=False)
    assert f"status-{status}" in html and "not a DICOM file (no DICM preamble)" in html
    assert "not scanned" in html and "<strong>not run</strong>" in html
    assert re.search(r"<h2>Warnings</h2>\s*<p>none</p>", html)
    assert re.search(r"<h2>Output files</h2>\s*<p>none</p>", html)


def test_residual_and_warnings_are_listed():
    outcome = outcome_with([finding()], residual=2, warnings=["verification pass found 2 finding(s) left",
                                                              "no pixel data: b.dcm"])
    html = render_report(outcome, SETTINGS, preview_png=None, debug=False)
    assert "<strong>2</strong>" in html
    assert "<li>verification pass found 2 finding(s) left</li>" in html and "<li>no pixel data: b.dcm</li>" in html


def test_no_findings_is_said_plainly():
    html = render_report(outcome_with([]), SETTINGS, preview_png=None, debug=False)
    assert "No findings" in html and 'class="finding"' not in html
    assert re.search(r"<h2>Summary by entity</h2>\s*<p>none</p>", html)


def test_output_is_deterministic_without_a_timestamp():
    outcome = outcome_with([finding(), finding("ID", left=100)])
    one = render_report(outcome, SETTINGS, preview_png=b"\x89PNG\r\n\x1a\nxyz", debug=False)
    assert one == render_report(outcome, SETTINGS, preview_png=b"\x89PNG\r\n\x1a\nxyz", debug=False)
    stamped = render_report(outcome, SETTINGS, preview_png=None, debug=False, generated="2026-11-25 05:00 UTC")
    assert "generated 2026-11-25 05:00 UTC" in stamped and "generated" not in one


def test_a_preview_that_is_not_png_is_not_embedded():
    html = render_report(outcome_with([]), SETTINGS, preview_png=b"<svg onload=alert(1)>", debug=False)
    assert "<img" not in html and "onload" not in html and "not a PNG" in html


def test_a_long_cine_collapses_repeated_boxes_into_frame_ranges():
    # 500 frames x 20 static overlay words = 10,000 findings in 20 rows
    findings = [finding(left=10 + 40 * w, frame=fr, text=f"W{w}") for fr in range(500) for w in range(20)]
    html = render_report(outcome_with(findings, frames=500), SETTINGS, preview_png=None, debug=False)
    assert html.count('<tr class="finding" data-findings="500">') == 20
    assert "0\u2013499" in html and "10000 findings in 20 rows" in html
    assert "truncated" not in html


def test_a_table_too_long_to_read_is_capped_and_points_to_the_csv():
    findings = [finding(left=fr % 400, top=(fr * 7) % 400, frame=fr) for fr in range(MAX_ROWS + 500)]
    csv = Path("/out/PHI_INFO.presidio-image-redactor.x.long.csv")
    outcome = outcome_with(findings, frames=MAX_ROWS + 500, outputs=[OutputFile(OutputKind.CSV, csv)])
    html = render_report(outcome, SETTINGS, preview_png=None, debug=False)
    assert html.count('<tr class="finding"') == MAX_ROWS
    assert f"Showing the first {MAX_ROWS} of {MAX_ROWS + 500} rows" in html and csv.name in html
    assert len(html) < 3_000_000


def test_no_asset_is_referenced_outside_the_page(runs):
    html = render_report(runs["detect"], SETTINGS, preview_png=preview_png(runs["case"].path, runs["detect"]),
                         debug=False)
    index = render_index([(runs["detect"], "report_xr.html")], SETTINGS)
    assert re.findall(r'\ssrc="([^"]*)"', index) == []
    assert [s[:22] for s in re.findall(r'\ssrc="([^"]*)"', html)] == ["data:image/png;base64,"]
    for page in (re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", html), index):
        assert not re.search(r"(?i)https?:|//[a-z0-9]|@import|url\(", page)
        assert "<script" not in page.lower() and "<link" not in page.lower()


def test_index_counts_and_links():
    processed = outcome_with([finding(), finding("ID", left=90), finding("ID", left=200)], name="a.dcm")
    skipped = Outcome(Path("/in/notes.txt"), SKIPPED, "notes.txt: not DICOM")
    failed = Outcome(Path("/in/b.dcm"), FAILED, "b.dcm: truncated pixel data")
    html = render_index([(processed, "report_a.html"), (skipped, None), (failed, None)], SETTINGS)
    assert "3 input(s): 1 processed, 1 skipped, 1 failed" in html
    assert html.count('<tr class="input">') == 3
    assert '<a href="report_a.html">a.dcm</a>' in html and html.count("<a href") == 1
    assert "not DICOM" in html and "truncated pixel data" in html
    assert "ID</td><td class=\"num\">2</td>" in html.replace("\n", "")


# -- in a real browser ----------------------------------------------------------------


def test_report_opens_offline_and_shows_every_finding(browser, runs, tmp_path):
    outcome = runs["detect"]
    png = preview_png(runs["case"].path, outcome)
    path = tmp_path / "report_xr.html"
    path.write_text(render_report(outcome, runs["settings"], preview_png=png, debug=False), encoding="utf-8")
    opened = Opened(browser, path)
    try:
        page = opened.page
        rows = opened.cells("tr.finding")
        expected = Counter((f.entity_type, str(f.box.left), str(f.box.top), str(f.box.width), str(f.box.height))
                           for f in all_findings(outcome))
        seen = Counter((r[3].strip(), r[6], r[7], r[8], r[9]) for r in rows)
        assert seen == expected
        assert all(set(r[10]) == {"*"} for r in rows), "raw PHI text on a non-debug page"
        assert page.title() == "PHI report: xr.dcm"
        natural = page.eval_on_selector("#preview", "img => [img.complete, img.naturalWidth, img.naturalHeight]")
        assert natural == [True, *Image.open(io.BytesIO(png)).size]
        text = page.inner_text("body")
        assert "KOWALSKI" not in text and "Residual findings after redaction: not run" in text
        assert "Settings" in text and "Use DICOM Metadata" in text
        screenshot_is_not_blank(page)
        # the preview is painted: on screen it shows the sheet's PERSON boxes
        painted = Image.open(io.BytesIO(page.locator("#preview").screenshot())).convert("RGB")
        assert len(painted.getcolors(maxcolors=1 << 22)) > 50
        assert any(c == entity_rgb("PERSON") for _, c in painted.getcolors(maxcolors=1 << 22))
        opened.assert_offline()
    finally:
        opened.close()


def test_a_cine_report_accounts_for_every_frame(browser, runs, tmp_path):
    outcome = runs["cine"]
    path = tmp_path / "report_cine.html"
    path.write_text(render_report(outcome, SETTINGS, preview_png=None, debug=False), encoding="utf-8")
    opened = Opened(browser, path)
    try:
        counts = opened.page.eval_on_selector_all("tr.finding", "rows => rows.map(r => +r.dataset.findings)")
        assert sum(counts) == len(all_findings(outcome))
        assert len(counts) < len(all_findings(outcome)), "the static banner on 4 frames should collapse to ranges"
        frames = {r[2] for r in opened.cells("tr.finding")}
        assert "0\u20133" in frames
        opened.assert_offline()
    finally:
        opened.close()


def test_hostile_names_render_as_text(browser, tmp_path):
    member = "<img src=x onerror=alert(1)>.dcm"
    outcome = outcome_with([finding(member=member)], name=EVIL, reason=f"{EVIL}: odd", warnings=[EVIL])
    path = tmp_path / "report_evil.html"
    path.write_text(render_report(outcome, SETTINGS, preview_png=None, debug=False), encoding="utf-8")
    opened = Opened(browser, path)
    try:
        page = opened.page
        assert page.inner_text("h1") == f"PHI report: {EVIL}"
        assert opened.cells("tr.finding")[0][0] == member
        assert page.eval_on_selector_all("script, img[onerror], [onerror]", "els => els.length") == 0
        opened.assert_offline()
    finally:
        opened.close()


def test_a_capped_report_renders(browser, tmp_path):
    findings = [finding(left=fr % 400, top=(fr * 7) % 400, frame=fr) for fr in range(MAX_ROWS + 1)]
    path = tmp_path / "report_long.html"
    path.write_text(render_report(outcome_with(findings, frames=MAX_ROWS + 1), SETTINGS, preview_png=None,
                                  debug=False), encoding="utf-8")
    opened = Opened(browser, path)
    try:
        assert opened.page.locator("tr.finding").count() == MAX_ROWS
        assert opened.page.locator(".truncated").count() == 1
        opened.assert_offline()
    finally:
        opened.close()


def test_index_opens_offline_and_its_links_reach_the_reports(browser, runs, tmp_path):
    odd = "x #1?.dcm"  # characters that mean something in a URL
    entries = [(runs["detect"], "report_xr.html"), (runs["cine"], "report_cine.html"),
               (outcome_with([finding()], name=odd), f"report_{odd}.html"),
               (Outcome(Path("/in/notes.txt"), SKIPPED, "notes.txt: not DICOM"), None),
               (Outcome(Path("/in/bad.dcm"), FAILED, "bad.dcm: truncated"), None)]
    for outcome, report in entries:
        if report:
            (tmp_path / report).write_text(render_report(outcome, SETTINGS, preview_png=None, debug=False),
                                           encoding="utf-8")
    index = tmp_path / "index.html"
    index.write_text(render_index(entries, SETTINGS, generated="2026-11-25T05:00Z"), encoding="utf-8")
    opened = Opened(browser, index)
    try:
        page = opened.page
        rows = opened.cells("tr.input")
        assert [r[1] for r in rows] == [PROCESSED, PROCESSED, PROCESSED, SKIPPED, FAILED]
        for row, (outcome, _) in zip(rows, entries, strict=True):
            assert row[3] == str(sum(outcome.counts.values()))
            for entity in outcome.counts:
                assert entity in row[2]
        assert "not DICOM" in rows[3][4] and "truncated" in rows[4][4]
        hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        assert len(hrefs) == 3
        for href, (outcome, report) in zip(hrefs, [e for e in entries if e[1]], strict=True):
            url = urlparse(href)
            assert url.scheme == "file" and Path(unquote(url.path)) == tmp_path / report
            page.goto(href)
            assert page.inner_text("h1") == f"PHI report: {outcome.source.name}"
            assert page.locator("tr.finding").count() > 0
        screenshot_is_not_blank(page)
        opened.assert_offline()
    finally:
        opened.close()
