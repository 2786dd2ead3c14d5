"""The per-input HTML report (report_S.html) and the run's index page.

Both are single files a reviewer can download alone from Flywheel and open on a
laptop with no network: the stylesheet is inline, the preview is a data: URI,
there is no script, and a Content-Security-Policy forbids loading anything else,
so even a name that slipped through unescaped could not fetch a thing.

Everything that comes from an input (file and member names, reasons, warnings,
OCR text in debug) passes through `_e` (html.escape, quotes included): names
come from uploads and zip members, and a report is opened in a browser.

Long cines: the burned-in overlay usually sits at the same place on every frame,
so findings with the same instance, entity, recogniser, box and text on
consecutive frames are shown as one row with a frame range ("0-499"), and at
most MAX_ROWS rows are shown; the note under the table names the CSV, which
always holds every finding, one per row.
"""

from __future__ import annotations

import base64
import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..findings import Box, mask_text
from ..outcome import Outcome, OutputKind, Status
from ..safe_names import display_name
from .naming import TOOL, csv_name, stem
from .preview import entity_rgb

MAX_ROWS = 2000  # rows of the findings table; a reviewer reads the rest in the CSV
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def entity_hex(entity: str) -> str:
    """The preview's colour for the entity, so the chips in the tables key the boxes on the sheet."""
    return "#{:02x}{:02x}{:02x}".format(*entity_rgb(entity))


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _name(value: str) -> str:
    """An upload's name, escaped and with unprintable characters spelled out."""
    return _e(display_name(value))


CSS = """
:root { color-scheme: light; }
.chip, .status, .banner { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
       margin: 1.5rem; color: #1b1b1b; background: #fff; line-height: 1.4; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; word-break: break-all; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; }
.meta { color: #555; font-size: .9rem; margin: 0 0 .8rem; }
table { border-collapse: collapse; font-size: .85rem; margin: .3rem 0; }
th, td { border: 1px solid #d0d0d0; padding: .2rem .45rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; }
tbody tr:nth-child(even) { background: #fafafa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.name { word-break: break-all; }
td.entity, td.num { white-space: nowrap; }
.chip { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em;
        vertical-align: -.05em; border: 1px solid rgba(0, 0, 0, .3); }
.status { font-weight: 600; padding: .05rem .4rem; border-radius: 3px; }
.status-processed { background: #dff3e0; color: #1b5e20; }
.status-skipped { background: #ececec; color: #444; }
.status-failed { background: #fde0dc; color: #b71c1c; }
.banner { border: 2px solid #b71c1c; background: #fde0dc; padding: .5rem .8rem; margin: .8rem 0; }
.note { color: #555; font-size: .85rem; }
.preview img { max-width: 100%; height: auto; border: 1px solid #ccc; image-rendering: auto; }
ul { margin: .3rem 0; padding-left: 1.3rem; }
code { font-size: .85em; }
footer { margin-top: 2rem; color: #777; font-size: .8rem; }
@media print {
  body { margin: 0; }
  h2 { break-after: avoid; }
  tr, img { break-inside: avoid; }
  .preview img { max-height: 95vh; }
}
"""

# Nothing but the inline stylesheet and data: images may load: no scripts, fonts,
# frames or remote images, whatever the page holds.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def _page(title: str, body: Iterable[str], generated: str | None) -> str:
    made = f"{_e(TOOL)} {_e(__version__)}" + (f", generated {_e(generated)}" if generated else "")
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        *body,
        f"<footer>{made}</footer>",
        "</body>",
        "</html>",
        "",
    ])


def _status(status: Status) -> str:
    return f'<span class="status status-{status}">{_e(status)}</span>'


def _chip(entity: str) -> str:
    return f'<span class="chip" style="background:{entity_hex(entity)}"></span>{_e(entity)}'


def _reason(outcome: Outcome) -> str:
    """Reasons usually start with the input's name, which the page already shows."""
    name = display_name(outcome.source.name)
    return outcome.reason.removeprefix(f"{name}: ").removeprefix(f"{outcome.source.name}: ")


def _settings_table(settings: list[tuple[str, str]]) -> list[str]:
    rows = [f"<tr><th scope=\"row\">{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in settings]
    return ['<table class="settings">', "<tbody>", *rows, "</tbody>", "</table>"]


def _list(items: list[str], empty: str) -> str:
    if not items:
        return f"<p>{_e(empty)}</p>"
    return "<ul>" + "".join(f"<li>{_e(display_name(i))}</li>" for i in items) + "</ul>"


# -- findings table ------------------------------------------------------------


@dataclass
class _FrameRun:
    """Findings alike but for their frame, on consecutive frames of one instance."""

    member: str
    uid: str
    entity: str
    recognizer: str
    box: Box
    text: str
    first: int
    last: int
    scores: list[float] = field(default_factory=list)

    @property
    def frames(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}\u2013{self.last}"

    @property
    def score(self) -> str:
        lo, hi = min(self.scores), max(self.scores)
        return f"{lo:.3f}" if f"{lo:.3f}" == f"{hi:.3f}" else f"{lo:.3f}\u2013{hi:.3f}"


def _rows(outcome: Outcome) -> list[_FrameRun]:
    rows: list[_FrameRun] = []
    for inst in outcome.instances:
        open_runs: dict[tuple, _FrameRun] = {}
        mine: list[_FrameRun] = []
        for f in sorted(inst.findings, key=lambda f: (f.frame, f.box.top, f.box.left)):
            key = (f.entity_type, f.recognizer, f.box, f.text)
            run = open_runs.get(key)
            if run is not None and run.last == f.frame - 1:
                run.last = f.frame
                run.scores.append(f.score)
                continue
            run = _FrameRun(f.member or inst.member, f.sop_instance_uid or inst.sop_instance_uid, f.entity_type,
                       f.recognizer, f.box, f.text, f.frame, f.frame, [f.score])
            open_runs[key] = run
            mine.append(run)
        rows += mine
    return rows


def _short_uid(uid: str) -> str:
    return uid if len(uid) <= 20 else f"\u2026{uid[-16:]}"


def _findings_table(outcome: Outcome, debug: bool) -> list[str]:
    total = sum(len(inst.findings) for inst in outcome.instances)
    if not total:
        if not outcome.detectors:
            return ['<p class="no-findings">No findings: this input was not scanned (see the status above).</p>']
        return ['<p class="no-findings">No findings: the detectors listed below found no PHI in this input.</p>']
    rows = _rows(outcome)
    source = display_name(outcome.source.name)
    out = [
        '<table class="findings">',
        "<thead><tr><th>File / member</th><th>SOP Instance UID</th><th class=\"num\">Frame</th><th>Entity</th>"
        "<th class=\"num\">Score</th><th>Recogniser</th><th class=\"num\">Left</th><th class=\"num\">Top</th>"
        "<th class=\"num\">Width</th><th class=\"num\">Height</th>"
        f"<th>Text{' (raw, debug)' if debug else ' (masked)'}</th></tr></thead>",
        "<tbody>",
    ]
    for r in rows[:MAX_ROWS]:
        text = r.text if debug else mask_text(r.text)
        b = r.box
        out.append(
            f'<tr class="finding" data-findings="{len(r.scores)}">'
            f'<td class="name">{_e(display_name(r.member) if r.member else source)}</td>'
            f'<td title="{_e(r.uid)}"><code>{_e(_short_uid(r.uid))}</code></td>'
            f'<td class="num">{r.frames}</td><td class="entity">{_chip(r.entity)}</td><td class="num">{r.score}</td>'
            f"<td>{_e(r.recognizer)}</td><td class=\"num\">{b.left}</td><td class=\"num\">{b.top}</td>"
            f'<td class="num">{b.width}</td><td class="num">{b.height}</td><td><code>{_e(text)}</code></td></tr>'
        )
    out += ["</tbody>", "</table>"]
    notes = []
    if len(rows) < total:
        notes.append(f"{total} findings in {len(rows)} rows: a row stands for the same box on consecutive "
                     "frames (Frame shows the range, Score the range of scores).")
    if len(rows) > MAX_ROWS:
        csv = (outcome.output(OutputKind.CSV) or Path(csv_name(stem(outcome.source)))).name
        notes.append(f'<span class="truncated">Showing the first {MAX_ROWS} of {len(rows)} rows</span>; '
                     f"every finding is in <code>{_e(display_name(csv))}</code>, one per row.")
    out += [f'<p class="note">{n}</p>' for n in notes]
    return out


def _entity_summary(counts: Counter, outcome: Outcome) -> list[str]:
    if not counts:
        return ["<p>none</p>"]
    frames: dict[str, set] = {}
    for inst in outcome.instances:
        for f in inst.findings:
            frames.setdefault(f.entity_type, set()).add((inst.member, inst.sop_instance_uid, f.frame))
    out = ['<table class="entities">',
           '<thead><tr><th>Entity</th><th class="num">Findings</th><th class="num">Frames</th></tr></thead>',
           "<tbody>"]
    for entity, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"<tr><td class=\"entity\">{_chip(entity)}</td><td class=\"num\">{n}</td>"
                   f"<td class=\"num\">{len(frames.get(entity, ()))}</td></tr>")
    out.append(f'<tr><th>total</th><th class="num">{sum(counts.values())}</th><th></th></tr>')
    out += ["</tbody>", "</table>"]
    return out


def _preview(png: bytes | None) -> str:
    if not png:
        return '<p class="no-preview">No preview for this input.</p>'
    if not png.startswith(PNG_SIGNATURE):
        return '<p class="no-preview">No preview: the preview image is not a PNG.</p>'
    data = base64.b64encode(png).decode("ascii")
    return (f'<div class="preview"><img id="preview" alt="Preview: original with boxes labelled by entity, '
            f'beside the result" src="data:image/png;base64,{data}"></div>')


# -- public --------------------------------------------------------------------


def render_report(outcome: Outcome, settings: list[tuple[str, str]], *, preview_png: bytes | None,
                  debug: bool, generated: str | None = None) -> str:
    """One input's report_S.html, titled with the input's path relative to the folder it was found in."""
    name = _name(outcome.input_name)
    counts = outcome.counts
    reason = _reason(outcome)
    residual = str(outcome.residual) if outcome.residual is not None else (
        f"not run ({outcome.unverified_because})" if outcome.unverified_because else "not run")
    body = [f"<h1>PHI report: {name}</h1>",
            f'<p class="meta">{_status(outcome.status)}'
            + (f' <span class="reason">{_e(reason)}</span>' if reason else "")
            + f" &middot; {_e(TOOL)} {_e(__version__)}</p>"]
    if debug:
        body.append('<p class="banner">debug was on: the Text column holds raw PHI. '
                    "Keep this report as protected as the images.</p>")
    body += ["<h2>Summary by entity</h2>", *_entity_summary(counts, outcome),
             "<h2>Preview</h2>", _preview(preview_png),
             "<h2>Findings</h2>", *_findings_table(outcome, debug),
             "<h2>Verification pass</h2>",
             f'<p class="residual">Residual findings after redaction: <strong>{_e(residual)}</strong></p>',
             "<h2>Warnings</h2>", _list(outcome.warnings, "none"),
             "<h2>Detectors that ran</h2>", _list(outcome.detectors, "none (the input was not scanned)"),
             "<h2>Settings</h2>", *_settings_table(settings),
             "<h2>Output files</h2>", _list([o.name for o in outcome.outputs], "none")]
    return _page(f"PHI report: {name}", body, generated)


def _input_rows(entries: list[tuple[Outcome, str | None]], row_class: str = "input") -> list[str]:
    rows = []
    for outcome, report in entries:
        name = _name(outcome.input_name)
        link = f'<a href="{_e(quote(report, safe="/"))}">{name}</a>' if report else name
        counts = outcome.counts
        found = "<br>".join(f"{_chip(k)} {v}" for k, v in sorted(counts.items())) or (
            "no PHI found" if outcome.status is Status.PROCESSED or outcome.recorded_counts is not None else "")
        detail = _e(_reason(outcome))
        if outcome.warnings:
            n = len(outcome.warnings)
            detail += ("<br>" if detail else "") + f"{n} warning{'s' if n != 1 else ''} (see the report)"
        rows.append(f'<tr class="{row_class}"><td class="name">{link}</td><td>{_status(outcome.status)}</td>'
                    f'<td>{found}</td><td class="num">{sum(counts.values())}</td><td>{detail}</td></tr>')
    return rows


_INPUTS_HEAD = ("<thead><tr><th>Input</th><th>Status</th><th>PHI found</th><th class=\"num\">Findings</th>"
                "<th>Reason / warnings</th></tr></thead>")


def render_index(entries: list[tuple[Outcome, str | None]], settings: list[tuple[str, str]], *,
                 generated: str | None = None, earlier: list[tuple[Outcome, str | None]] = ()) -> str:
    """The run's index.html: one row per input (its path relative to the folder it was
    found in; status, PHI per entity, reason), linking each entry's report by its path
    relative to the index (`S1/report_IM0001.html`; None when the input has no report,
    e.g. skipped/failed). `earlier`: inputs of earlier runs of the same mode kept in the
    output folder (their reason says when they were made with other settings), listed
    apart, so the page covers every input in the folder.
    Inputs skipped as already done show the findings recorded for them."""
    states = Counter(o.status for o, _ in entries)
    totals: Counter = Counter()
    for o, _ in entries:
        totals.update(o.counts)
    body = ["<h1>PHI detection run</h1>",
            f'<p class="meta summary">{len(entries)} input(s): {states[Status.PROCESSED]} processed, '
            f"{states[Status.SKIPPED]} skipped, {states[Status.FAILED]} failed &middot; "
            f"{_e(TOOL)} {_e(__version__)}</p>",
            "<h2>Inputs</h2>",
            '<table class="inputs">',
            _INPUTS_HEAD,
            "<tbody>", *_input_rows(entries), "</tbody>", "</table>"]
    if earlier:
        body += ["<h2>Kept from earlier runs</h2>",
                 f'<p class="note">{len(earlier)} input(s) not in this run, whose outputs an earlier run in '
                 "the same mode left in this folder (the reason says which were made with other settings).</p>",
                 '<table class="inputs earlier">', _INPUTS_HEAD,
                 "<tbody>", *_input_rows(list(earlier), "earlier-input"), "</tbody>", "</table>"]
    body += ["<h2>Findings by entity, all inputs of this run</h2>"]
    if totals:
        body += ['<table class="entities">',
                 '<thead><tr><th>Entity</th><th class="num">Findings</th></tr></thead>', "<tbody>"]
        body += [f'<tr><td class="entity">{_chip(k)}</td><td class="num">{v}</td></tr>'
                 for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
        body += ["</tbody>", "</table>"]
    else:
        body.append("<p>none</p>")
    body += ["<h2>Settings</h2>", *_settings_table(settings)]
    return _page("PHI detection run", body, generated)
