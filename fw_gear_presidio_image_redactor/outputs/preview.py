"""Preview contact sheets: what was found, and what redaction removes, in one PNG.

Reviewers decide by looking. Each row puts a frame as a viewer would show it,
with a coloured, labelled box around every finding, beside the same frame
redacted by `redaction.redact_frame` itself, so the right panel is exactly what
the redact modes write (after the same display mapping and scaling). Only the
frames shown are decoded: a long cine is never held in memory whole.

Frame choice lives in preview_frames.py and the stored-values-to-screen mapping
in display.py; this module draws and lays out the sheet.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from ..decode.dicom import DicomImage
from ..findings import Box, Finding, InstanceFindings, merge_boxes
from ..pixels.display import display_mapper
from ..pixels.redaction import RedactionStyle, redact_frame
from ..safe_names import display_name
from .preview_frames import MAX_ROWS_WITHOUT_FINDINGS, PREVIEW_MAX_ROWS, frame_sets, preview_frames, select_rows
from .reports import write_bytes_atomic

__all__ = ["MAX_ROWS_WITHOUT_FINDINGS", "PREVIEW_MAX_ROWS", "contact_sheet", "display_mapper", "entity_rgb",
           "preview_frames", "write_preview"]

PANEL_MAX_WIDTH = 512
PANEL_MAX_HEIGHT = 640
MAX_UPSCALE = 2.0
# A sheet of more than COMPACT_AFTER rows gets smaller panels, never enlarged: twelve
# full-size rows make a sheet nobody scrolls through (and the HTML report embeds it).
COMPACT_AFTER = 3
COMPACT_MAX_WIDTH = COMPACT_MAX_HEIGHT = 384
# A frame with more boxes than this (RedactAllText on a busy overlay) gets no
# labels: they would cover the text being judged. The legend still names the colours.
MAX_LABELS = 30

SHEET_EDGE, GAP, OUTLINE = 12, 6, 2
# Room around an annotated panel for the outlines and labels of findings at its edges.
ROOM_X, ROOM_Y = 4, 14
BACKGROUND, INK, DIM, BORDER = (30, 30, 32), (235, 235, 235), (160, 160, 165), (90, 90, 96)
NO_PHI = (120, 220, 120)

# Saturated colours that stand out on black, white and grey ground alike.
ENTITY_COLORS: dict[str, tuple[int, int, int]] = {
    "PERSON": (255, 59, 48),
    "DATE_TIME": (255, 149, 0),
    "ID": (255, 214, 10),
    "LOCATION": (52, 199, 89),
    "PHONE_NUMBER": (0, 210, 200),
    "EMAIL": (90, 200, 250),
    "EMAIL_ADDRESS": (90, 200, 250),
    "AGE": (191, 90, 242),
    "ORGANIZATION": (255, 55, 195),
    "PROFESSION": (172, 142, 104),
    "ZIP": (64, 140, 255),
    "USERNAME": (190, 255, 60),
    "TEXT": (0, 255, 255),
}
_SPARE_COLORS = ((255, 105, 97), (119, 221, 119), (174, 198, 207), (253, 253, 150), (203, 153, 201))


def entity_rgb(entity: str) -> tuple[int, int, int]:
    """Fixed per entity, so a reviewer learns the colours once; unknown names
    (e.g. from a hand-written bbox_coords file) get a stable spare colour."""
    if entity in ENTITY_COLORS:
        return ENTITY_COLORS[entity]
    return _SPARE_COLORS[sum(entity.encode()) % len(_SPARE_COLORS)]


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


# -- which frames ---------------------------------------------------------------


def panel_scale(rows: int, columns: int, compact: bool = False) -> float:
    """Downscale to fit a panel, keeping aspect; small images grow, at most 2x, on short sheets."""
    if compact:
        return min(COMPACT_MAX_WIDTH / columns, COMPACT_MAX_HEIGHT / rows, 1.0)
    return min(PANEL_MAX_WIDTH / columns, PANEL_MAX_HEIGHT / rows, MAX_UPSCALE)


def _to_panel(pixels: np.ndarray, size: tuple[int, int]) -> Image.Image:
    img = Image.fromarray(pixels).convert("RGB")
    if img.size != size:
        img = img.resize(size, Image.Resampling.LANCZOS)
    return img


def scaled_rect(box: Box, scale: float) -> tuple[int, int, int, int]:
    """A box in panel pixels: [x0, x1) x [y0, y1), never empty."""
    x0, y0 = math.floor(box.left * scale), math.floor(box.top * scale)
    return x0, y0, max(x0 + 1, math.ceil(box.right * scale)), max(y0 + 1, math.ceil(box.bottom * scale))


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return max(0, w) * max(0, h)


def _text_color(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    return (0, 0, 0) if 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] > 110 else (255, 255, 255)


def _annotate(panel: Image.Image, findings: list[Finding], image: DicomImage, scale: float, margin: int,
              origin: tuple[int, int] = (0, 0)) -> Image.Image:
    """The panel on a canvas with room above and below, boxes (grown by the margin,
    as redaction grows them) drawn just outside the area redaction fills, so every
    pixel inside stays visible, then labels, each placed where it covers the fewest
    boxes and labels, preferring the room outside the image: overlays sit at the
    image's edges, and a label there hides nothing."""
    width, height = panel.width + 2 * ROOM_X, panel.height + 2 * ROOM_Y
    canvas = Image.new("RGB", (width, height), BACKGROUND)
    canvas.paste(panel, (ROOM_X, ROOM_Y))
    draw = ImageDraw.Draw(canvas)
    image_rect = (ROOM_X, ROOM_Y, ROOM_X + panel.width, ROOM_Y + panel.height)
    draw.rectangle((image_rect[0] - 1, image_rect[1] - 1, image_rect[2], image_rect[3]), outline=BORDER)
    rects = []
    for f in findings:
        g = f.box.grown(margin, image.rows, image.columns)
        x0, y0, x1, y1 = scaled_rect(Box(g.left - origin[0], g.top - origin[1], g.width, g.height), scale)
        rect = (x0 + ROOM_X - OUTLINE, y0 + ROOM_Y - OUTLINE, x1 + ROOM_X + OUTLINE, y1 + ROOM_Y + OUTLINE)
        rects.append(rect)
        draw.rectangle((rect[0], rect[1], rect[2] - 1, rect[3] - 1), outline=entity_rgb(f.entity_type),
                       width=OUTLINE)
    if len(findings) > MAX_LABELS:
        return canvas
    font = _font(11)
    placed: list[tuple[int, int, int, int]] = []
    for f, rect in zip(findings, rects, strict=True):
        label = _label(f)
        left, top, right, bottom = font.getbbox(label)
        w, h = right + 4, bottom + 2
        x0, y0, x1, y1 = rect
        candidates = [(x0, y0 - h), (x0, y1), (x1 - w, y0 - h), (x1 - w, y1), (x1 + 1, y0), (x0 - w - 1, y0)]
        best, best_cost = None, None
        for rank, (cx, cy) in enumerate(candidates):
            cx, cy = min(max(cx, 0), max(0, width - w)), min(max(cy, 0), max(0, height - h))
            tag = (cx, cy, cx + w, cy + h)
            cost = (sum(_overlap(tag, r) for r in rects) + 3 * sum(_overlap(tag, p) for p in placed)) * 10
            cost += 2 * _overlap(tag, image_rect) + rank
            if best_cost is None or cost < best_cost:
                best, best_cost = tag, cost
        placed.append(best)
        color = entity_rgb(f.entity_type)
        draw.rectangle((best[0], best[1], best[2] - 1, best[3] - 1), fill=color)
        draw.text((best[0] + 2, best[1] + 1 - top), label, fill=_text_color(color), font=font)
    return canvas


def _label(finding) -> str:
    """Entity, plus where it was found when that is not the pixels alone: the overlay plane
    (`... (on overlay 6000)`) or the matched known-region rule (`... (in known region: CX50)`)."""
    rec = finding.recognizer
    extra = [m.group(1) for m in re.finditer(r"\((?:on|in) ((?:overlay|known region)[^)]*)\)", rec)]
    if rec.startswith("known region: "):
        extra.append(rec.removesuffix(" (all)"))
    return " ".join([finding.entity_type, *(f"[{e}]" for e in dict.fromkeys(extra))])


# -- the sheet ----------------------------------------------------------------------

# Zoomed details: a panel scaled to 512 px shrinks a 2000 px radiograph's 40 px
# overlay to 10 px, too small to read. Where a typical finding box (margin
# included) is shown under DETAIL_BELOW px tall, each group of nearby findings
# also gets a crop scaled so that box is DETAIL_TEXT_HEIGHT px tall.
DETAIL_BELOW = 15
DETAIL_TEXT_HEIGHT = 26
DETAIL_MAX_SCALE = 2.0
DETAIL_MIN_GAIN = 1.3  # a zoom that does not enlarge by this much over the panel is left out
DETAIL_MAX_HEIGHT = 160
DETAIL_CONTEXT = 16  # image pixels of surroundings around a group of findings
DETAIL_LINE_CONTEXT = 5  # and, left and right, this many text heights (about 8 characters: a word)
MAX_DETAILS = 3  # per row; the groups with most findings


@dataclass(frozen=True)
class DetailPlace:
    """A zoomed crop of a row: `crop` in image pixels, shown at `scale`; when
    `stacked`, the redacted crop lies under the original instead of beside it."""

    left: tuple[int, int]
    right: tuple[int, int]
    size: tuple[int, int]
    scale: float
    crop: Box
    stacked: bool


@dataclass(frozen=True)
class PanelPlace:
    """Where a row's panels lie on the sheet, and the scale from image to panel."""

    instance: int
    frame: int
    left: tuple[int, int]  # (x, y) of the original panel's top-left corner
    right: tuple[int, int]  # same for the redacted panel
    size: tuple[int, int]
    scale: float
    details: tuple[DetailPlace, ...] = ()


@dataclass
class _Detail:
    original: Image.Image
    redacted: Image.Image
    crop: Box
    scale: float
    stacked: bool


@dataclass
class _SheetRow:
    instance: int
    frame: int
    original: Image.Image
    redacted: Image.Image
    scale: float
    caption: str
    right_caption: str
    details: list[_Detail]


def _change(sets: dict[int, frozenset], frame: int) -> str:
    """What a reviewer should look for on this frame of a cine."""
    current, previous = sets.get(frame, frozenset()), sets.get(frame - 1, frozenset())
    if frame == 0 or current == previous:
        return ""
    if not previous:
        return "findings start"
    return "findings change" if current else "findings stop: check nothing was missed"


def _details(image: DicomImage, frame: np.ndarray, out: np.ndarray, to_display, on_frame: list[Finding],
             margin: int, row_scale: float, col: int) -> list[_Detail]:
    if not on_frame:
        return []
    grown = [f.box.grown(margin, image.rows, image.columns) for f in on_frame]
    typical = sorted(g.height for g in grown)[len(grown) // 2]
    if typical * row_scale >= DETAIL_BELOW:
        return []
    target = min(DETAIL_MAX_SCALE, DETAIL_TEXT_HEIGHT / max(1, typical))

    # Context along the line: a reviewer judging a partial finding (SMITH of JOHN SMITH,
    # a date without its day) must see the words beside it, not DETAIL_CONTEXT pixels.
    beside = max(DETAIL_CONTEXT, DETAIL_LINE_CONTEXT * typical)

    def fit(group: Box) -> tuple[Box, float, bool]:
        crop = Box(group.left - beside, group.top - DETAIL_CONTEXT, group.width + 2 * beside,
                   group.height + 2 * DETAIL_CONTEXT).grown(0, image.rows, image.columns)
        while True:  # never cut a box: take in every finding the crop touches, whole
            whole = crop
            for g in grown:
                if whole.intersection_area(g):
                    whole = whole.union(g)
            if whole == crop:
                break
            crop = whole
        side = min(target, col / crop.width, DETAIL_MAX_HEIGHT / crop.height)
        stack = min(target, (2 * col + GAP) / crop.width, DETAIL_MAX_HEIGHT / crop.height)
        return crop, max(side, stack) if stack > side * 1.25 else side, stack > side * 1.25

    # An overlay's lines and words in one crop where that crop can still be enlarged
    # enough; a sprawling group is split into its closer parts instead.
    fitted = []
    for group in merge_boxes(grown, max(2 * DETAIL_CONTEXT, 3 * typical)):
        crop, scale, stacked = fit(group)
        if scale >= DETAIL_MIN_GAIN * row_scale:
            fitted.append((crop, scale, stacked))
            continue
        parts = merge_boxes([g for g in grown if g.intersection_area(group)], 2 * DETAIL_CONTEXT)
        fitted += [f for f in map(fit, parts) if f[1] >= DETAIL_MIN_GAIN * row_scale]
    fitted.sort(key=lambda f: (-sum(1 for b in grown if f[0].intersection_area(b)), f[0].top, f[0].left))
    details = []
    for crop, scale, stacked in fitted[:MAX_DETAILS]:
        size = (max(1, round(crop.width * scale)), max(1, round(crop.height * scale)))
        window = (slice(crop.top, crop.bottom), slice(crop.left, crop.right))
        inside = [f for f, g in zip(on_frame, grown, strict=True) if g.intersection_area(crop)]
        original = _annotate(_to_panel(to_display(frame[window]), size), inside, image, scale, margin,
                             origin=(crop.left, crop.top))
        details.append(_Detail(original, _to_panel(to_display(out[window]), size), crop, scale, stacked))
    return sorted(details, key=lambda d: (d.crop.top, d.crop.left))


def _counts_text(counts: Counter) -> list[tuple[str, tuple[int, int, int]]]:
    ordered = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
    return [(f"{entity} {n}", entity_rgb(entity)) for entity, n in ordered]


def contact_sheet(images: list[DicomImage], findings: list[InstanceFindings], *, style: RedactionStyle,
                  redacted: bool, title: str) -> Image.Image:
    """One RGB contact sheet for one input (a single DICOM, a cine, or a zipped
    series: images[i] pairs with findings[i]). `sheet.info["panels"]` lists each
    row's PanelPlace, for tests and for anyone cropping the sheet."""
    if len(images) != len(findings):
        raise ValueError(f"{len(images)} images but {len(findings)} findings lists")
    series = len(images) > 1
    verb = "redacted" if redacted else "would be redacted"
    margin = style.margin
    # Findings are paired with their image by the caller; a frame the image lacks is never decoded.
    selection = [(i, f) for i, f in select_rows(findings) if f < images[i].number_of_frames]
    compact = len(selection) > COMPACT_AFTER
    col = max([round(images[i].columns * panel_scale(images[i].rows, images[i].columns, compact))
               for i, _ in selection]
              + [200])
    sets = [frame_sets(inst) for inst in findings]
    rows: list[_SheetRow] = []
    for i, frame_index in selection:
        image, inst = images[i], findings[i]
        on_frame = [f for f in inst.findings if f.frame == frame_index]
        frame = image.shown_frame(frame_index)  # overlay planes drawn, as a viewer shows it
        to_display = display_mapper(image, frame)
        out = redact_frame(image, frame, [f.box for f in on_frame], style)
        scale = panel_scale(image.rows, image.columns, compact)
        size = (max(1, round(image.columns * scale)), max(1, round(image.rows * scale)))
        original = _annotate(_to_panel(to_display(frame), size), on_frame, image, scale, margin)
        parts = [display_name(inst.member or image.member or image.path.name)] if series else []
        n = len(on_frame)
        if image.number_of_frames > 1:
            parts.append(f"frame {frame_index + 1}/{image.number_of_frames} (CSV frame {frame_index})")
        parts.append(f"{n} finding{'s' if n != 1 else ''}" if n else "no findings")
        change = _change(sets[i], frame_index)
        if change and image.number_of_frames > 1:
            parts.append(change)
        if n > MAX_LABELS:
            parts.append("no labels (too many)")
        details = _details(image, frame, out, to_display, on_frame, margin, scale, col)
        rows.append(_SheetRow(i, frame_index, original, _to_panel(to_display(out), size), scale, "  ·  ".join(parts),
                         f"{verb} ({n} box{'es' if n != 1 else ''})" if n else "nothing to redact", details))
        del frame, out  # one frame decoded at a time

    counts = Counter(f.entity_type for inst in findings for f in inst.findings)
    total_frames = sum(max(1, img.number_of_frames) for img in images)
    frames_with = sum(len(s) for s in sets)
    shown_instances = len({r.instance for r in rows})
    if series:
        shown = (f"{len(rows)} frame{'s' if len(rows) != 1 else ''} from {shown_instances} of {len(images)} "
                 f"instances shown ({total_frames} frames in all, {frames_with} with findings)")
    else:
        shown = f"{len(rows)} of {total_frames} frame{'s' if total_frames != 1 else ''} shown"
        if total_frames > 1:
            shown += f" ({frames_with} with findings)"
    footer = [shown + "; every frame's findings are in the CSV."]
    cine = "first, middle and last frames, and frames where findings start, change or stop"
    if series:
        footer.append(f"Shown: instances with findings first, then a spread of the others; of a multi-frame member, "
                      f"its {cine}.")
    elif total_frames > 1:
        footer.append(f"Shown: {cine}.")

    return _compose(title, counts, rows, footer, style, verb, col)


CAPTION_H, LINE_H = 18, 17


def _fit(text: str, font, width: float) -> str:
    """Cut a caption to its column (a long member name must not run into the next)."""
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "...") > width:
        text = text[:-1]
    return text + "..."


def _layout(rows: list[_SheetRow], y: int, right_x: int) -> tuple[list[PanelPlace], int]:
    """Where every image goes (its top-left corner, outside the label room) and
    where the rows end; drawing follows these places, so height and drawing agree."""
    places = []
    for r in rows:
        y += CAPTION_H + ROOM_Y
        top, h = y, r.redacted.height
        y += h + ROOM_Y + GAP
        details = []
        for d in r.details:
            y += CAPTION_H + ROOM_Y
            dh = d.redacted.height
            right = (SHEET_EDGE, y + dh + ROOM_Y + 4) if d.stacked else (right_x, y)
            details.append(DetailPlace((SHEET_EDGE, y), right, d.redacted.size, d.scale, d.crop, d.stacked))
            y = right[1] + dh + (GAP if d.stacked else ROOM_Y + GAP)
        places.append(PanelPlace(r.instance, r.frame, (SHEET_EDGE, top), (right_x, top), r.redacted.size, r.scale,
                                 tuple(details)))
    return places, y


def _compose(title: str, counts: Counter, rows: list[_SheetRow], footer: list[str], style: RedactionStyle,
             verb: str, col: int) -> Image.Image:
    big, small = _font(18), _font(12)
    legend = _counts_text(counts)
    explain = (f"Left: original, each finding boxed (box = redaction area, grown {style.margin} px). "
               f"Right: {verb}, fill {style.fill.value}.")
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    title = title if len(title) <= 120 else title[:117] + "..."
    legend_width = sum(measure.textlength(t, font=small) + 26 for t, _ in legend) if legend else 100
    text_width = max(measure.textlength(t, font=small) for t in [explain, *footer])
    width = int(max(2 * col + GAP + 2 * ROOM_X, measure.textlength(title, font=big), legend_width, text_width)
                + 2 * SHEET_EDGE)
    right_x = SHEET_EDGE + col + GAP + 2 * ROOM_X
    header_h = SHEET_EDGE + 24 + LINE_H + LINE_H + 4
    places, rows_end = _layout(rows, header_h, right_x)
    sheet = Image.new("RGB", (width, rows_end + len(footer) * LINE_H + SHEET_EDGE), BACKGROUND)
    draw = ImageDraw.Draw(sheet)
    y = SHEET_EDGE
    draw.text((SHEET_EDGE, y), title, fill=INK, font=big)
    y += 24
    if legend:
        x = SHEET_EDGE
        for text, color in legend:
            draw.rectangle((x, y + 2, x + 11, y + 13), fill=color)
            draw.text((x + 16, y), text, fill=INK, font=small)
            x += int(measure.textlength(text, font=small)) + 26
    else:
        draw.text((SHEET_EDGE, y), "no PHI found", fill=NO_PHI, font=small)
    y += LINE_H
    draw.text((SHEET_EDGE, y), explain, fill=DIM, font=small)

    def pair(annotated: Image.Image, plain: Image.Image, left: tuple[int, int], right: tuple[int, int]) -> None:
        sheet.paste(annotated, (left[0] - ROOM_X, left[1] - ROOM_Y))
        sheet.paste(plain, right)
        draw.rectangle((right[0] - 1, right[1] - 1, right[0] + plain.width, right[1] + plain.height), outline=BORDER)

    for r, place in zip(rows, places, strict=True):
        caption_y = place.left[1] - ROOM_Y - CAPTION_H
        draw.text((SHEET_EDGE, caption_y), _fit(r.caption, small, right_x - SHEET_EDGE - GAP), fill=INK, font=small)
        draw.text((right_x, caption_y), r.right_caption, fill=DIM, font=small)
        pair(r.original, r.redacted, place.left, place.right)
        for d, dp in zip(r.details, place.details, strict=True):
            zoom = f"zoom x{d.scale:.2g} on the findings at ({d.crop.left}, {d.crop.top})"
            if d.stacked:
                zoom += f": original above, {verb} below"
            draw.text((SHEET_EDGE, dp.left[1] - ROOM_Y - CAPTION_H), zoom, fill=DIM, font=small)
            pair(d.original, d.redacted, dp.left, dp.right)
    y = rows_end
    for line in footer:
        draw.text((SHEET_EDGE, y), line, fill=DIM, font=small)
        y += LINE_H
    sheet.info["panels"] = places
    return sheet


def write_preview(path: Path, images: list[DicomImage], findings: list[InstanceFindings], *,
                  style: RedactionStyle, redacted: bool, title: str) -> bytes:
    """contact_sheet -> PNG, written beside the target and renamed: a reader (or
    Flywheel's upload) never sees half a file. Returns the PNG, which the HTML
    report embeds, so it is not read back from disk.

    Stored with a 256-colour palette (maximum coverage keeps the few pixels of a
    label's colour exact, unlike median cut, and leaves no grey bands, unlike
    octree): 2-4 times smaller than RGB, which matters as the HTML report embeds
    these, at a cost of a few levels per channel at most. zlib level 1: a 512 px
    sheet saves in 5 ms instead of 25 (level 6) for 15% more bytes, and every
    input of a run pays it."""
    sheet = contact_sheet(images, findings, style=style, redacted=redacted, title=title)
    small = sheet.quantize(256, method=Image.Quantize.MAXCOVERAGE, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    small.save(buf, format="PNG", compress_level=1)
    png = buf.getvalue()
    write_bytes_atomic(path, png)
    return png
