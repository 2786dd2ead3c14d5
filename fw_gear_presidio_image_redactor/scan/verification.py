"""The verification pass ("double wash"): scan the redacted pixels again.

A finding that OCR read only after its neighbours were painted over, or that
one view missed and the other caught late, would otherwise leave the tool with
PHI in an output it calls redacted. Whatever the second scan still finds is
redacted too and counted, so a user sees how much the first pass missed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from ..decode.dicom import DicomImage
from ..findings import Box, Finding, InstanceFindings, OcrWord
from ..ocr.base import read_views
from ..ocr.views import build_views, view_kind
from ..pixels.redaction import RedactionStyle, painted_areas, redact_frame
from ..recognize.recognizers.device_vocabulary import is_context_word, is_device_word
from ..recognize.recognizers.vocabulary import LABEL_PREFIX, NON_PHI_WORDS
from .consistency import agreeing_findings
from .overlay_cache import frame_key, scan_frames
from .room import clip_among
from .scanner import Scanner, _ink_reader

log = logging.getLogger(__name__)

RECOGNIZER = "verification"
# A second-pass finding mostly inside a painted box is the paint, not new text.
COVERED = 0.5


def _covered(box: Box, painted: list[Box]) -> bool:
    inside = sum(box.intersection_area(p) for p in painted)
    return box.area == 0 or inside >= COVERED * box.area


def _bands(boxes: list[Box], rows: int) -> list[tuple[int, int]]:
    """Row ranges around painted boxes (two box heights above and below, merged):
    painting changes how Tesseract segments its own text line and the lines next
    to it; elsewhere the pixels, and so the first pass's reading, are unchanged."""
    spans = sorted((max(0, b.top - 2 * b.height), min(rows, b.bottom + 2 * b.height)) for b in boxes)
    merged: list[list[int]] = []
    for top, bottom in spans:
        if merged and top <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], bottom)
        else:
            merged.append([top, bottom])
    return [(t, b) for t, b in merged]


def _in_context(band_words: list[OcrWord], first: list[OcrWord] | None, painted: list[Box],
                bands: list[tuple[int, int]]) -> list[OcrWord]:
    """The words a re-read band is judged with: the band's new reading, plus every word
    of the first pass that was not painted and that the new reading does not overlap.

    A band is a strip of the frame, read on its own: OCR there may drop words it read in
    the whole frame (the numbers of `LFF 0.5 Hz ... Notch 50` in an EEG header, the `L`
    of `W 1500 L -600`), and a device word left without its value or label looks like a
    name to the model. Words outside the bands are the first pass's reading of pixels
    painting did not change. Where both readings hold a word, the new one wins: it is
    what the redacted pixels show. `first` None (no memo): the band alone, as before."""
    if first is None:
        return band_words
    kept = []
    for word in first:
        if _covered(word.box, painted):
            continue  # painted over: gone from the redacted pixels
        inside = any(top <= word.box.top and word.box.bottom <= bottom for top, bottom in bands)
        if inside and any(word.box.intersection_area(b.box) > 0 for b in band_words):
            continue
        kept.append(word)
    return sorted(band_words + kept, key=lambda w: (w.box.top, w.box.left))


# A re-read word is the first pass's own reading when this much of the smaller box is inside the other:
# a strip read alone gets looser boxes than the whole frame did (PP-OCR: 'nato/a' 43x15 px, 32x10 before).
SAME_PLACE = 0.5


def _model_only(finding: Finding, model_recognizers: frozenset[str]) -> bool:
    """`finding` is the NER model's alone (an overlay plane's note, ' (on ...)', aside)."""
    return finding.recognizer.split(" (on ", 1)[0] in model_recognizers


def _whole_words(words: list[OcrWord]) -> list[OcrWord]:
    """`words` without another view's partial reading of the same glyphs ('C' inside 'Coronária'):
    no word of its own."""
    return [w for w in words if not any(len(o.text) > len(w.text) and o.box.intersection_area(w.box)
                                        >= SAME_PLACE * max(w.box.area, 1) for o in words)]


# A lower-case word this short is the line's article, preposition or particle ('il', 'am', 'le',
# 'den', 'né(e)'), not the rest of a name: lower-case given names are longer ('sean patrick').
SHORT_WORD = 3


def _name_like(text: str) -> bool:
    """A word that may be a name or a place: letters that no vocabulary or label holds, in any
    script, capitalised or lower-case (unless a short lower-case word, `SHORT_WORD`).

    The first pass can leave part of a name unjudged as a name ('Ian Alasdair' of 'MacDonald, Ian
    Alasdair' when only the family name was found; 'Москва' after a painted СНИЛС; the lower-case
    'sean patrick' of 'o'brien, sean patrick'), and the model reading the rest of the line once the
    found part is painted is then the only thing that catches it (review 17's half B lost three such
    words to the fragment rule, review 16 two). A fragment is dropped only when none of its words
    could be one: short lower-case words ('il', 'am') and vocabulary and labels ('nato/a', 'Speed',
    'Fused', 'Medicare', 'Geb.')."""
    word = re.sub(r"\([^)]*\)", "", text).strip(" ,.:;()[]'\"")
    if not any(c.isalpha() for c in word):
        return False
    if word.lower() in NON_PHI_WORDS or LABEL_PREFIX.fullmatch(word) or is_device_word(word) or is_context_word(word):
        return False
    return not (word[0].islower() and len(word) <= SHORT_WORD)


def _cut(box: Box, cut: list[Box]) -> bool:
    return any(box.intersection_area(c) > 0 for c in cut)


def _first_reading_of(word: OcrWord, first: list[OcrWord], painted: list[Box], cut: list[Box]) -> OcrWord | None:
    """The first pass's word that `word` reads again, at the same place and left unpainted: one with
    the same text; else one the paint cut into (`cut`: the areas really filled, JPEG blocks
    included), whatever `word` reads now. None: `word` is new evidence.

    Painting to whole JPEG blocks takes the edge off a label beside a value ('Nosologico' beside
    a painted ID, review 18's XA: its N gone, re-read 'Josologic', which the model calls a person);
    the first pass read the whole word, with its line around it, and left it: a cut-off reading
    of it says less, not more."""
    text = word.text.strip().lower()
    clipped = None
    for seen in first:
        if _covered(seen.box, painted):
            continue
        if seen.box.intersection_area(word.box) < SAME_PLACE * max(min(seen.box.area, word.box.area), 1):
            continue
        if seen.text.strip().lower() == text:
            return seen
        if clipped is None and _cut(seen.box, cut):
            clipped = seen
    return clipped


def _fragment_of_judged_line(finding: Finding, words: list[OcrWord], first: list[OcrWord] | None,
                             painted: list[Box], cut: list[Box] = ()) -> bool:
    """Every word under a model-only `finding` is one the first pass read the same, where it was,
    and judged not PHI with its whole line around it.

    Painting only takes PHI away from a line: what is left ('nato/a il' between a painted name
    and a painted date, 'Speed' after a painted site, 'Fused' after a painted date) is the same
    text the first pass judged in full context, now cut into fragments that the model, reading
    short lines badly, calls a name or an organisation. The model alone on such an unchanged
    reading is the fragment speaking, not a miss. What the pass exists for stays: a word OCR
    reads only after painting (no first-pass word of that text there), a word read differently
    than before (unless the paint cut into it: `_first_reading_of`), a fragment holding a word that
    may be a name or a place (`_name_like`, judged on the first pass's reading), and any finding a
    recogniser other than the model makes."""
    if first is None:
        return False  # no first reading to compare with: judged as before
    under = _whole_words([w for w in words if w.box.intersection_area(finding.box) > 0.3 * max(w.box.area, 1)])
    readings = [_first_reading_of(w, first, painted, list(cut)) for w in under]
    return bool(under) and all(readings) and not any(_name_like(r.text) for r in readings)


def _first_readings(memo, image: DicomImage, frame: int) -> list[list[OcrWord]]:
    """The first pass's readings that hold `frame`'s text: its own, else those of the image's
    key frames (a cine's overlay is read on its key frames only, `overlay_cache`)."""
    if memo is None:
        return []
    own = memo.frame_words.get(frame_key(image, frame))
    if own is not None:
        return [own]
    member, uid, _ = frame_key(image, frame)
    return [words for (m, u, _), words in memo.frame_words.items() if (m, u) == (member, uid)]


def _same_text_judged(finding: Finding, first: list[OcrWord], painted: list[Box], cut: list[Box] = ()) -> bool:
    """The first pass read `finding`'s text, word for word, under its box and left it unpainted
    (for the frames a re-scan judges whole: their words are not returned, the finding's text is);
    or the paint cut into a word of it and the finding reads no more than the first pass did
    (`_first_reading_of`)."""
    under = [w for w in first if w.box.intersection_area(finding.box) > 0.3 * max(w.box.area, 1)
             and not _covered(w.box, painted)]
    under = sorted(_whole_words(under), key=lambda w: (w.box.top, w.box.left))
    text = " ".join((finding.text or "").lower().split())
    judged = " ".join(w.text.strip().lower() for w in under)
    same = judged == text or (any(_cut(w.box, list(cut)) for w in under) and len(text) <= len(judged) + 1)
    return bool(under) and same and not any(_name_like(w.text) for w in under)


def _single_frame_residual(scanner: Scanner, image: DicomImage, inst: InstanceFindings,
                           style: RedactionStyle) -> list[Finding]:
    boxes = [f.box for f in inst.findings if f.frame == 0]
    if not boxes:
        return []  # nothing painted: the first pass already read these very pixels
    redacted = redact_frame(image, image.shown_frame(0), boxes, style)
    painted = [b.grown(style.margin, image.rows, image.columns) for b in boxes]
    cut = painted_areas(image, boxes, style)
    bands = _bands(painted, image.rows)
    band_words = []
    for top, bottom in bands:
        for w in read_views(scanner.ocr, build_views(image, redacted[top:bottom], view_kind(scanner.ocr)), few=0):
            band_words.append(replace(w, box=Box(w.box.left, w.box.top + top, w.box.width, w.box.height)))
    memo = getattr(scanner, "overlay_memo", None)
    first = memo.frame_words.get(frame_key(image, 0)) if memo is not None else None
    words = _in_context(band_words, first, painted, bands)
    model = getattr(getattr(scanner.analyzer, "ner", None), "model_recognizers", frozenset())
    out = []
    for finding in scanner.findings_for_words(image, words, 0):
        # Only what painting could have changed: elsewhere the first pass judged the same pixels.
        if not any(finding.box.intersection_area(b.box) > 0 for b in band_words):
            continue
        if _model_only(finding, model) and _fragment_of_judged_line(finding, words, first, painted, cut):
            log.debug("verification pass: a model-only finding on words the first pass judged is dropped")
            continue
        if not _covered(finding.box, painted):
            out.append(finding.at(recognizer=f"{RECOGNIZER}:{finding.recognizer}",
                                  sop_instance_uid=inst.sop_instance_uid, member=inst.member))
    return out


def residual_findings(scanner: Scanner, images: list[DicomImage], findings: list[InstanceFindings],
                      style: RedactionStyle) -> list[list[Finding]]:
    """Per image, the findings of a scan of its redacted frames that no first-pass box covers.

    Only what painting changed is read again: for single-frame instances the text
    bands around painted boxes; for cines and series, overlay reuse with the first
    pass's memo (regions nothing was painted over are not read again).
    """
    memo = getattr(scanner, "overlay_memo", None)
    if all(image.number_of_frames == 1 for image in images):
        out = [_single_frame_residual(scanner, image, inst, style)
               for image, inst in zip(images, findings, strict=True)]
        return _agreeing(images, findings, out, _first_pass_words(memo, images))

    boxes = [{} for _ in images]
    for i, inst in enumerate(findings):
        for f in inst.findings:
            boxes[i].setdefault(f.frame, []).append(f.box)

    def redacted(i: int, frame: int):
        return redact_frame(images[i], images[i].shown_frame(frame), boxes[i].get(frame, []), style)

    model = getattr(getattr(scanner.analyzer, "ner", None), "model_recognizers", frozenset())
    read_again: dict[tuple[int, int], list[OcrWord]] = {}
    second = scan_frames(scanner, images, frame_of=redacted, jobs=getattr(scanner, "jobs", 1), words=read_again)
    out: list[list[Finding]] = []
    for i, (image, inst) in enumerate(zip(images, second, strict=True)):
        residual = []
        for finding in inst.findings:
            on_frame = boxes[i].get(finding.frame, [])
            painted = [b.grown(style.margin, image.rows, image.columns) for b in on_frame]
            cut = painted_areas(image, on_frame, style)
            readings = _first_readings(memo, image, finding.frame)
            if _model_only(finding, model) and any(_same_text_judged(finding, first, painted, cut)
                                                   for first in readings):
                continue  # the fragment of a line the first pass judged whole (`_fragment_of_judged_line`)
            if not _covered(finding.box, painted):
                residual.append(finding.at(recognizer=f"{RECOGNIZER}:{finding.recognizer}",
                                           sop_instance_uid=findings[i].sop_instance_uid, member=findings[i].member))
        out.append(residual)
    words = _first_pass_words(memo, images)
    for place, read in read_again.items():
        words[place] = [*read, *words.get(place, [])]
    agreed = _agreeing(images, findings, out, words)
    return [_kept_off_first_words(image, residual, boxes[i], memo)
            for i, (image, residual) in enumerate(zip(images, agreed, strict=True))]


def _kept_off_first_words(image: DicomImage, residual: list[Finding], first_boxes: dict[int, list[Box]],
                          memo) -> list[Finding]:
    """`residual` with each box kept off the glyphs of the words the first pass read on its frame
    and no box paints (`scan.room.clip_among`): a cine's second scan reads only what painting
    changed, so the label line under a re-read name ('K 63 l.' under a Polish XA's name, 1 px
    down) is not among its words, and the re-read box, looser than the first, took its top rows."""
    if memo is None or not residual:
        return residual
    ink = {}
    out = []
    for f in residual:
        words = [w for read in _first_readings(memo, image, f.frame) for w in read]
        if not words:
            out.append(f)
            continue
        if f.frame not in ink:
            ink[f.frame] = _ink_reader(image, f.frame)
        boxes = [*first_boxes.get(f.frame, []), *(r.box for r in residual if r.frame == f.frame)]
        box = clip_among(f.box, boxes, words, ink[f.frame])
        out.append(f if box is f.box else f.at(box=box))
    return out


def _first_pass_words(memo, images: list[DicomImage]) -> dict[tuple[int, int], list[OcrWord]]:
    """(image position, frame) -> the first pass's words of that frame (`OverlayMemo.plan_words`)."""
    if memo is None:
        return {}
    out = {}
    for pos, image in enumerate(images):
        for frame in range(image.number_of_frames):
            read = memo.plan_words.get(frame_key(image, frame))
            if read is not None:
                out[(pos, frame)] = list(read)
    return out


def _agreeing(images: list[DicomImage], findings: list[InstanceFindings], residual: list[list[Finding]],
              words: dict[tuple[int, int], list[OcrWord]]) -> list[list[Finding]]:
    """`residual` plus what gives a word read the same on several frames (or members) one verdict
    (`consistency`): a second-pass finding on some frames only of words read the same on the others
    ('Esposito' called an organisation on four frames of a five-frame XA, nothing on the fifth)
    is a finding on all of them. Judged with the first pass's findings, whose frames already paint
    what they found; words: both passes' readings of each frame."""
    if sum(image.number_of_frames for image in images) < 2 or not any(residual):
        return residual
    judged = [[*inst.findings, *extra] for inst, extra in zip(findings, residual, strict=True)]
    added = agreeing_findings(findings, words, judged)
    out = []
    for extra, more in zip(residual, added, strict=True):
        more = [f if f.recognizer.startswith(f"{RECOGNIZER}:") else f.at(recognizer=f"{RECOGNIZER}:{f.recognizer}")
                for f in more]
        out.append([*extra, *more])
    return out


def verify(scanner: Scanner, images: list[DicomImage], findings: list[InstanceFindings],
           style: RedactionStyle) -> int:
    """Adds residual findings to `findings` in place; returns how many there were."""
    count = 0
    for inst, extra in zip(findings, residual_findings(scanner, images, findings, style), strict=True):
        inst.findings.extend(extra)
        count += len(extra)
    if count:
        log.warning("verification pass: %d finding(s) still present after the first redaction; redacted too", count)
    else:
        log.info("verification pass: nothing left to redact")
    return count
