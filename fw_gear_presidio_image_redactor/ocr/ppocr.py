"""PP-OCR (PaddleOCR's learned text detector and recogniser) behind `ocr.OcrEngine`.

Run through the `rapidocr` package on ONNX Runtime (CPU). The model files are
the ones inside the `rapidocr` wheel (`rapidocr/models/`), named explicitly, so
loading never reaches rapidocr's downloader: the engine works offline, and a
missing file is a start-up error rather than a network call.

Why a learned engine: overlay text on busy backgrounds (a brightly windowed CT,
B-mode speckle, Doppler colour) is where Tesseract both misses words and reads
"words" in anatomy; PP-OCR's detector finds text regions first and reads only
those (issue 11, docs/evaluation.md).

Boxes: the detector's regions are dilated past the glyphs by design; every word box
is shrunk back to its glyph pixels (`tighten`) before it leaves this module, so a
painted box is never taller than its line and does not reach into anatomy.

Threads: every ONNX Runtime session runs with one intra-op and one inter-op
thread. Parallelism comes from the callers, as with Tesseract: `--jobs N` runs N
OCR threads in one process (`scan.threads.ordered_map`; ONNX Runtime releases the
GIL while it runs), each with its own sessions while it reads (an idle engine serves
the next read, whatever its thread), or N forked worker processes with one thread
each. So N jobs use N cores and never N x cores threads.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..findings import Box, OcrWord, Reading, merge_boxes
from .base import OcrUnavailableError
from .cyrillic import (
    LATIN,
    MAX_LINES,
    TALL,
    ScriptReader,
    glyph_box,
    latin_line,
    line_unread,
    merge_latin,
    merge_line,
    script_reader,
    twinish,
)
from .views import OcrView

# The models shipped inside the rapidocr 3.x wheel (rapidocr/models/).
DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"
INSTALL_HINT = "pip install rapidocr==3.10.0 onnxruntime==1.32.0"

# rapidocr drops a text line whose recognition score is below this (0-1).
# Its default is 0.5; Scanner.min_text_confidence filters words again later.
TEXT_SCORE = 0.5
DET_MAX_SIDE = 1024
# A reading of at most BLOB_CHARS characters whose box is taller than this share of
# the image is a shape in the anatomy (a flow jet read as '9' or 'D'), not overlay text,
# unless it reads as a word of two or more letters with at least BLOB_WORD_SCORE: large
# short words on small secondary captures ('red' 58 px tall on a 400-row frame) are text.
BLOB_CHARS = 3
BLOB_HEIGHT = 0.12
BLOB_WORD_SCORE = 0.9
# RedactAllText (`all_text=True`): a region the detector finds is text even where the
# recogniser cannot read it (a vendor logo read as 'E' at 0.23, a hand-placed lead marker
# '1-7' written sideways, read as 'D' at 0.11). Such unread regions are returned with
# their (low) score, from the as-shown views only: the binarised fallback view turns a
# small CT's anatomy into letter-like blobs ('21' at 0.39 on a 128x128 CT).
UNREAD_SCORE = 0.0
# RedactAllText: a word box is cut at blank column gaps at least SPLIT_GAP px wide into
# pieces of different heights, each with its own rows: a boxed glyph taller than its line
# ('[8]M12L' read as one word with '3cm3cm') must not make the whole reading's box that tall.
SPLIT_GAP = 2
SPLIT_SLACK = 2
SPLIT_KEEP = 0.9
# Shrinking detected boxes to their glyphs (`tighten`): px kept around the glyph pixels,
# empty rows bridged within one line,
# the least glyph-to-ground contrast (0-255) worth trusting, and the most of a box that
# may stand out before it is taken for text on busy anatomy and kept as detected.
TIGHT_SLACK = 1
TIGHT_GAP = 1
TIGHT_MIN_CONTRAST = 40
TIGHT_MAX_INK = 0.7
# Vertical text (`_read_vertical`): a detected line at least VERTICAL_RATIO times taller
# than wide. rapidocr turns such a crop a quarter turn anticlockwise before recognising it
# (`utils/process_img.get_rotate_crop_image`, the same 1.5), which reads text written top
# to bottom; text written bottom to top then reads upside down. Each such line is read
# again turned the other way and upright (a lone '1' or 'l' is tall too), and the reading
# with the higher score is kept. A vertical reading needs VERTICAL_MIN_CHARS letters or
# digits: a single glyph read sideways is a guess.
VERTICAL_RATIO = 1.5
VERTICAL_MIN_CHARS = 2
# Parallel vertical columns in one detected box (`_columns`): a name column and beside it a
# date or ID column a few px apart, which the detector (on a frame shrunk to DET_MAX_SIDE)
# joins into one tall region. Across the region's width, columns are runs of glyph pixels
# separated by at least COLUMN_GAP px of ground running its whole height; a run is a column
# when it is at least COLUMN_MIN of the thickest run thick and runs at least its own
# thickness along the region (a text column of VERTICAL_MIN_CHARS characters). Runs are
# found on the region widened by COLUMN_REACH of its width each side, so a column the
# detector's box cut is read whole; a run mostly outside the box belongs to another box.
COLUMN_GAP = 2
COLUMN_MIN = 0.4
COLUMN_REACH = 0.5
# Vertical text along the left or right edge that the detector found nowhere (`_edge_columns`):
# PP-OCR's detector is trained on horizontal lines and, on a frame shrunk to DET_MAX_SIDE, often
# gives a name written up or down the edge (XA, CR, MG devices) no box at all. Each edge strip,
# EDGE_SHARE of the width (at least EDGE_MIN px), is first tested on its pixels (`_edge_ink`):
# glyph-like strokes (local contrast of at least EDGE_CONTRAST in a EDGE_KERNEL px top-hat or
# black-hat, in components EDGE_GLYPH px at most) outside every detected region, stacked into
# a column at least EDGE_COLUMN times as long as it is thick,
# crossed by EDGE_STROKES strokes per row on average (pieces filling at most EDGE_FILL of their box).
# Only a strip that passes is turned a quarter turn anticlockwise and detected again (a
# detector call of its own, on at most EDGE_MAX_SIDE px along the strip, so small text is not
# shrunk away), each tall region read as the first pass's tall lines are (`_read_vertical`).
EDGE_SHARE = 0.1
EDGE_MIN = 48
EDGE_KERNEL = 15
EDGE_CONTRAST = 60
EDGE_GLYPH = 64
EDGE_COLUMN = 3
EDGE_FILL = 0.7
EDGE_STROKES = 0.8
EDGE_MAX_SIDE = 2048
# RedactAllText's second look at small text the detector nearly found (`_second_look`):
# components of the detector's probability map above its binarisation threshold (rapidocr's
# Det.thresh) peaking at LOOK_PEAK, at most LOOK_MAX_SIDE px, not under a detected line,
# cropped with LOOK_PAD px of context (an icon's letter beside the near-miss), at most
# LOOK_MAX crops a view, read magnified LOOK_SCALE times.
LOOK_THRESH = 0.3
LOOK_PEAK = 0.6
LOOK_MAX_SIDE = 48
LOOK_PAD = 20
LOOK_MAX = 16
LOOK_SCALE = 3


def _model_dir() -> Path:
    try:
        import onnxruntime  # noqa: F401 - rapidocr imports it lazily; fail here, by name
        import rapidocr
    except ImportError as exc:
        raise OcrUnavailableError(
            f"PP-OCR is not installed ({exc.name or exc}): {INSTALL_HINT}, or choose --ocr tesseract "
            "(gear: OCR Engine = tesseract)"
        ) from None
    return Path(rapidocr.__file__).resolve().parent / "models"


def ppocr_versions() -> tuple[str, str]:
    """(rapidocr version, onnxruntime version)."""
    import onnxruntime
    import rapidocr

    return getattr(rapidocr, "__version__", None) or _dist_version("rapidocr"), onnxruntime.__version__


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


# Loaded rapidocr engines no read is using, by model files, text score and all_text (what
# `PpOcr._load` builds them from), shared by every PpOcr of the process (see `PpOcr.__init__`).
_IDLE: dict[tuple[str, str, float, bool], list] = {}
# The engine each thread is reading with, and what its recorders caught on that read
# (`_DetRecorder`, `_PredRecorder`): one thread reads with one engine at a time.
_LOCAL = threading.local()


class PpOcr:
    """PP-OCRv6 small detection + recognition models; word boxes; confidence 0-100.

    `read(view)` takes the view's uint8 image, grey (h, w) or RGB (h, w, 3),
    either polarity (the models are trained on both), and returns words with
    axis-aligned boxes in the *original* grid (view coordinates divided by
    `view.scale`). Raises `OcrUnavailableError` at construction when the
    packages or model files are missing or the models do not load.

    `all_text` (RedactAllText, where every word is painted and none is judged): regions
    the detector finds but the recogniser scores below `text_score` are returned too
    (from views that are not fallbacks; confidence = the recogniser's score, so below
    `text_score` x 100), and each word box is cut into its glyph runs (`split_runs`).
    Dynamic modes build the engine without it: the analyzer reads only recognised text.
    """

    view_kind = "ppocr"

    def __init__(self, text_score: float = TEXT_SCORE, all_text: bool = False, second_reading: bool = True):
        models = _model_dir()
        self.det_path, self.rec_path = models / DET_MODEL, models / REC_MODEL
        missing = [p.name for p in (self.det_path, self.rec_path) if not p.is_file()]
        if missing:
            raise OcrUnavailableError(
                f"PP-OCR model file(s) {', '.join(missing)} not found in {models}: reinstall with {INSTALL_HINT}"
            )
        self.text_score = text_score
        self.all_text = all_text
        # Scanner: the least confidence of a word that is text in RedactAllText (0-100).
        self.all_text_min_confidence = UNREAD_SCORE * 100 if all_text else None
        rapid, ort = ppocr_versions()
        self.name = (f"ppocr-{self.det_path.stem}+{self.rec_path.stem} (rapidocr {rapid}, onnxruntime {ort})")
        # Lines its recogniser could not read (Cyrillic) read again by Tesseract (ocr/cyrillic.py);
        # None where Tesseract or its Cyrillic languages are missing: the detectors line says so.
        # Not in RedactAllText: there every detected region is painted, read or not.
        second_reading = second_reading and not all_text
        self.second: ScriptReader | None = script_reader() if second_reading else None
        if self.second is not None:
            self.name += f", {self.second.name}"
        elif second_reading:
            self.name += ", no second reading of unread lines (Tesseract or its Cyrillic languages not installed)"
        self._local = _LOCAL
        # Loaded engines no read is using (`_IDLE`): a read takes one (loading one only when
        # every engine is busy) and gives it back, so N OCR threads load at most N engines,
        # however many thread pools (the scan, the verification pass) and runs in this process
        # (a Dask worker's tasks, in-process runs) come and go: each new thread, then each new
        # run, used to load its own (3 ONNX sessions, about 0.25 s of CPU). One thread at a time
        # uses an engine, as rapidocr needs. list.pop and list.append are atomic, so there is
        # no lock for a forked worker to inherit held.
        self._idle = _IDLE.setdefault((str(self.det_path), str(self.rec_path), text_score, all_text), [])
        if not self._idle:
            self._idle.append(self._load())  # now: a broken model is a start-up error, and forked workers inherit it

    def _engine(self):
        """The engine of this thread's current read: an idle one, or a new one."""
        engine = getattr(self._local, "engine", None)
        if engine is None:
            try:
                engine = self._idle.pop()
            except IndexError:
                engine = self._load()
            self._local.engine = engine
        return engine

    def _release(self) -> None:
        engine = getattr(self._local, "engine", None)
        if engine is not None:
            self._local.engine = None
            self._idle.append(engine)

    def _load(self):
        try:
            from rapidocr import RapidOCR

            engine = RapidOCR(params={
                "Global.use_cls": False,  # overlays are upright; the angle classifier only costs time
                "Global.text_score": self.text_score,
                "Global.log_level": "error",
                "Global.max_side_len": 4096,  # its default 2000 would shrink a large frame's small text
                "Det.model_path": str(self.det_path),
                # Detect on at most 1024 px on the long side (rapidocr's default scales the short
                # side *up* to 736): same words on the evaluation's 1800x1500 X-rays at a third of
                # the time; recognition still reads crops of the full-resolution view.
                "Det.limit_type": "max",
                "Det.limit_side_len": DET_MAX_SIDE,
                "Rec.model_path": str(self.rec_path),
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            })
            # The detector's probability map, for RedactAllText's second look (`_second_look`).
            # rapidocr 3.x builds its detector on first use; the warm-up below builds it.
            # rapidocr loads models on first use; a tiny blank frame loads the detector,
            # and rec with use_det=False loads the recogniser, so neither loads mid-run.
            blank = np.full((32, 96, 3), 255, dtype=np.uint8)
            engine(blank)
            engine(blank, use_det=False, use_cls=False, use_rec=True)
            if self.all_text:
                engine.text_det.postprocess_op = _PredRecorder(engine.text_det.postprocess_op, self._local)
            # Every detected region, also those rapidocr drops (`_dropped_columns`).
            engine.detect_and_crop = _DetRecorder(engine.detect_and_crop, self._local)
        except OcrUnavailableError:
            raise
        except Exception as exc:  # ONNX Runtime / rapidocr raise many kinds; the user needs one line
            raise OcrUnavailableError(
                f"PP-OCR models did not load ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}):"
                f" reinstall with {INSTALL_HINT}, or choose --ocr tesseract"
            ) from exc
        return engine

    def read(self, view: OcrView) -> list[OcrWord]:
        image = view.image
        # rapidocr treats a 3-channel array as BGR (OpenCV order)
        bgr = np.ascontiguousarray(image[..., ::-1]) if image.ndim == 3 else image
        # every switch named: rapidocr keeps the last call's switches (the warm-up's use_det=False)
        unread = self.all_text and not view.fallback
        floor = UNREAD_SCORE if unread else self.text_score
        self._local.det = None
        try:
            result = self._engine()(bgr, use_det=True, use_cls=False, use_rec=True, return_word_box=True,
                                    text_score=floor)
            detected, self._local.det = self._local.det, None
            words = self._words(bgr, image, result, floor)
            words += self._dropped_columns(bgr, image, result, detected, words)
            if unread:
                words += self._second_look(bgr, image, result, words)
            words = self._edge_columns(bgr, image, result, detected, words, floor)
            if self.second is not None:
                words = self._second_reading(image, result, detected, words)
        finally:
            self._release()
        return [replace(w, box=w.box.scaled(view.scale), view=view.name) for w in words]

    def _words(self, bgr: np.ndarray, image: np.ndarray, result, floor: float,
               rows: int | None = None) -> list[OcrWord]:
        """rapidocr's `result` for `image` as words, boxes in `image` coordinates; `rows`: the
        frame's height on `image`'s scale, where `image` is a crop of it (the blob test)."""
        rows = image.shape[0] if rows is None else rows
        txts = getattr(result, "txts", None)
        if not txts:
            return []
        words: list[OcrWord] = []
        sideways: list[OcrWord] = []
        word_results = getattr(result, "word_results", None) or [()] * len(txts)
        for line, score, quad, parts in zip(txts, result.scores, result.boxes, word_results, strict=False):
            line_box = _bbox(quad)
            if line_box.height >= VERTICAL_RATIO * line_box.width:
                vertical = self._read_vertical(bgr, image, line_box, str(line), float(score), floor, rows)
                if vertical is not None:
                    words += vertical
                    sideways += vertical
                    continue
            if score < self.text_score:  # unread (all_text only): the line as the detector found it
                pieces = [(line, score, quad)]
            else:
                pieces = [(t, s, q) for t, s, q in parts] if parts else [(line, score, quad)]
            for text, conf, box in pieces:
                for piece_text, piece_box in _split_spaces(str(text), _bbox(box)):
                    piece_box = tighten(image, piece_box)
                    if not any(c.isalnum() for c in piece_text):
                        continue  # a lone '●' read in speckle: nothing a reader or a recogniser can use
                    if _blob(piece_text, float(conf), piece_box, rows):
                        continue  # one 'glyph' a third of the frame tall is a Doppler blob, not an overlay
                    runs = split_runs(image, piece_box) if self.all_text else [piece_box]
                    words += [OcrWord(text=piece_text, box=run, confidence=round(float(conf) * 100, 1))
                              for run in runs]
        if len(sideways) > 1:  # two detected regions over one column (one of them also over its
            # neighbour, read column by column): the column's best reading only
            kept: list[OcrWord] = []
            for w in sorted(sideways, key=lambda w: -w.confidence):
                if not any(w.box.iou(k.box) > 0.3 for k in kept):
                    kept.append(w)
            gone = {id(w) for w in sideways} - {id(w) for w in kept}
            words = [w for w in words if id(w) not in gone]
        return words

    def _second_reading(self, image: np.ndarray, result, detected, words: list[OcrWord]) -> list[OcrWord]:
        """Each horizontal line the detector found (also one the recogniser dropped) whose
        reading looks unread (`cyrillic.line_unread`) read again by Tesseract
        in the installed Cyrillic languages; its words replace the line's where that reading
        holds Cyrillic words (`cyrillic.merge_line`); then, where one did, the lines with a
        Latin look-alike word (`cyrillic.twinish`). A Latin line read with a CJK character in
        a word that the Cyrillic reading did not take (`cyrillic.latin_line`) is read once
        more in English, its confident Latin words replacing the misreadings
        (`cyrillic.merge_latin`). Word boxes: `cyrillic.glyph_box`. A view
        whose lines all read well costs the test only."""
        lines = [_bbox(q) for q in (result.boxes if getattr(result, "boxes", None) is not None else ())]
        if detected is not None:
            try:
                from rapidocr.utils.process_img import map_boxes_to_original

                quads = map_boxes_to_original(detected[0].copy(), detected[1], *image.shape[:2])
                lines += [b for b in map(_bbox, quads) if not any(b.iou(k) > 0.5 for k in lines)]
            except Exception:  # noqa: BLE001 - another rapidocr's internals: the kept lines only
                pass
        lines = [line for line in lines if line.height < TALL * line.width]
        done, cyrillic_frame, waiting = 0, False, []
        for line in lines:
            inside = [w for w in words if w.box.intersection_area(line) > 0.5 * w.box.area]
            if not line_unread(line, inside, None if inside else tighten(image, line)):
                waiting.append(line)
                continue
            if done >= MAX_LINES:
                continue
            done += 1
            merged = merge_line(inside, self.second.read_line(image, line))
            if merged is not None:
                cyrillic_frame = True
                words = self._replace_line(image, line, words, inside, merged)
            elif latin_line(inside):  # a Latin word read with a CJK character: English alone
                merged = merge_latin(inside, self.second.read_line(image, line, lang=LATIN))
                if merged is not None:
                    words = self._replace_line(image, line, words, inside, merged)
        # a frame with Cyrillic text: its Latin look-alike words read well (`Xapkis`) too
        for line in waiting if cyrillic_frame else ():
            inside = [w for w in words if w.box.intersection_area(line) > 0.5 * w.box.area]
            if done >= MAX_LINES or not any(twinish(w.text) for w in inside):
                continue
            done += 1
            merged = merge_line(inside, self.second.read_line(image, line), cyrillic_frame=True)
            if merged is not None:
                words = self._replace_line(image, line, words, inside, merged)
        return words

    @staticmethod
    def _replace_line(image: np.ndarray, line: Box, words: list[OcrWord], inside: list[OcrWord],
                      merged: list[OcrWord]) -> list[OcrWord]:
        """`words` with the line's first words (`inside`) replaced by `merged`; new words' boxes
        fitted to their glyphs (`cyrillic.glyph_box`)."""
        ids = {id(w) for w in inside}
        new = [replace(w, box=glyph_box(w.box, line, lambda b: tighten(image, b))) for w in merged
               if id(w) not in ids]
        stay = {id(w) for w in merged if id(w) in ids}
        return [w for w in words if id(w) not in ids or id(w) in stay] + new

    def _dropped_columns(self, bgr: np.ndarray, image: np.ndarray, result, detected,
                         found: list[OcrWord]) -> list[OcrWord]:
        """Parallel vertical columns in a tall region rapidocr dropped (`_columns`).

        Two columns a few px apart (a name and beside it a date), detected as one tall region,
        are read as one line turned anticlockwise: a garble that scores under `text_score`
        ('I' at 0.28 for 'DOE^JANE' beside '03/11/1952') or reads empty, and rapidocr drops
        the region before `_words` sees it. Each tall region it dropped that holds two or
        more columns has each column read on its own (`_read_columns`); readings at
        `text_score` are kept, also in RedactAllText (a dropped region is mostly anatomy),
        unless a word already read covers the same place. Costs nothing on frames without
        such a region; two recognitions per column where there is one."""
        if detected is None:
            return []
        boxes, op_record = detected
        try:
            from rapidocr.utils.process_img import map_boxes_to_original

            quads = map_boxes_to_original(boxes, op_record, *image.shape[:2])
        except Exception:  # noqa: BLE001 - another rapidocr's internals: read as before, without this step
            return []
        kept = [_bbox(q) for q in (result.boxes if getattr(result, "boxes", None) is not None else ())]
        words: list[OcrWord] = []
        for quad in quads:
            box = _bbox(quad)
            if box.height < VERTICAL_RATIO * box.width or any(box.iou(k) > 0.9 for k in kept):
                continue
            columns = _columns(image, box)
            if len(columns) < 2:
                continue
            split = self._read_columns(bgr, image, columns, self.text_score, image.shape[0])
            for w in split[1] if split else ():
                if not any(w.box.iou(f.box) > 0.3 for f in found + words):
                    words.append(w)
        return words

    def _edge_columns(self, bgr: np.ndarray, image: np.ndarray, result, detected, found: list[OcrWord],
                      floor: float) -> list[OcrWord]:
        """Vertical text along the left or right edge that no detected region covers.

        Each edge strip (`EDGE_SHARE`) whose pixels hold a column of glyph-like strokes outside
        the detected regions (`_edge_ink`, no model call) is turned a quarter turn
        anticlockwise, so text written top to bottom stands upright and text written bottom to
        top stands upside down, and detected and recognised again; each region that is tall in
        the frame is mapped back exactly (rotated rows are the frame's columns counted from the
        strip's right side) and read as `_words` reads a tall line (`_read_vertical`: turned
        both ways, split into parallel columns), unless a word already read covers it.
        A vertical word of the first pass inside such a region (a column read in part: 'MARIA'
        of 'GARCIA, MARIA') gives way to the region's reading where that has more letters and
        digits. Returns `found` with these words added or replaced.
        Cost: a few ms of pixel arithmetic per view; one detection of the strip (and the
        recognition of its lines) only where a strip passes the pixel test."""
        h, w = image.shape[:2]
        if h < 2 * EDGE_MIN or w < 2 * EDGE_MIN:
            return found
        known = [f.box for f in found]
        known += [_bbox(q) for q in (result.boxes if getattr(result, "boxes", None) is not None else ())]
        if detected is not None:
            try:
                from rapidocr.utils.process_img import map_boxes_to_original

                known += [_bbox(q) for q in map_boxes_to_original(detected[0].copy(), detected[1], h, w)]
            except Exception:  # noqa: BLE001 - another rapidocr's internals: the kept regions only
                pass
        grey = image if image.ndim == 2 else image.max(axis=2)
        width = min(w // 2, max(EDGE_MIN, round(w * EDGE_SHARE)))
        words: list[OcrWord] = []
        for x0 in (0, w - width):
            inside = [Box(b.left - x0, b.top, b.width, b.height) for b in known
                      if b.right > x0 and b.left < x0 + width]
            if not _edge_ink(grey[:, x0:x0 + width], inside):
                continue
            for box, line, score in self._detect_turned(bgr[:, x0:x0 + width]):
                box = Box(x0 + box.left, box.top, box.width, box.height)
                if box.height < VERTICAL_RATIO * box.width:
                    continue
                covered = [f for f in found + words if box.intersection_area(f.box) > 0.5 * min(box.area, f.box.area)]
                if covered and not all(f.box.height > f.box.width for f in covered):
                    continue  # horizontal text read already
                read = self._read_vertical(bgr, image, box, line, score, floor, h) or []
                if covered and sum(_chars(r.text) for r in read) <= sum(_chars(f.text) for f in covered):
                    continue  # the first pass read this column as well or better
                gone = {id(f) for f in covered}
                found = [f for f in found if id(f) not in gone]
                words = [f for f in words if id(f) not in gone] + read
        return found + words

    def _detect_turned(self, strip: np.ndarray) -> list[tuple[Box, str, float]]:
        """The lines PP-OCR finds in `strip` turned a quarter turn anticlockwise, each as (its
        box in `strip`'s coordinates, its reading as turned, score); every score kept."""
        turned = np.ascontiguousarray(np.rot90(strip, 1))
        engine = self._engine()
        det = engine.text_det
        limit = det.limit_side_len
        det.limit_side_len = max(DET_MAX_SIDE, min(EDGE_MAX_SIDE, max(turned.shape[:2])))
        try:
            res = engine(turned, use_det=True, use_cls=False, use_rec=True, return_word_box=False,
                         text_score=0.0)
        finally:
            det.limit_side_len = limit
        txts, scores, quads = (getattr(res, k, None) for k in ("txts", "scores", "boxes"))
        if not txts or scores is None or quads is None:  # nothing found, or only regions read empty
            return []
        out = []
        span = strip.shape[1]  # turned row r is the strip's column span - 1 - r
        for line, score, quad in zip(txts, scores, quads, strict=False):
            b = _bbox(quad)
            left = max(0, span - b.bottom)
            out.append((Box(left, b.left, min(span, span - b.top) - left, b.width), str(line), float(score)))
        return out

    def _second_look(self, bgr: np.ndarray, image: np.ndarray, result, found: list[OcrWord]) -> list[OcrWord]:
        """RedactAllText: small text the detector nearly found, read again magnified.

        The DB detector's probability map (kept by `_PredRecorder`) has components above its
        own binarisation threshold (`LOOK_THRESH`) that peak at `LOOK_PEAK` or more but gave
        no box: too small after shrinking (a lone 9 px 'P' beside a body-mark icon) or a mean
        score under the box threshold (letters inside an icon's circle or triangle). Each such
        component no larger than small text (`LOOK_MAX_SIDE`), not under a detected line, is
        cropped with `LOOK_PAD` px of context (overlapping crops merged, at most `LOOK_MAX`
        crops per view), magnified `LOOK_SCALE` times and detected and recognised again; only
        readings at the recogniser's usual `text_score` with an ASCII letter or digit are
        kept (a graphic read as a CJK character or a calliper's '+' is not text), never the
        first pass's unread regions. Cost: a detection and recognition of each small crop;
        none where the map holds no such component."""
        import cv2  # OpenCV comes with rapidocr (a dependency of it, loaded with it); not before

        pred = getattr(self._local, "pred", None)
        if pred is None or pred[1] != image.shape[:2]:
            return []
        prob, (height, width) = pred
        sy, sx = height / prob.shape[0], width / prob.shape[1]
        detected = [_bbox(q) for q in (result.boxes if getattr(result, "boxes", None) is not None else ())]
        count, labels, stats, _ = cv2.connectedComponentsWithStats((prob > LOOK_THRESH).astype(np.uint8))
        crops: list[Box] = []
        for i in range(1, count):
            x, y, w, h, _ = (int(v) for v in stats[i])
            box = Box(int(x * sx), int(y * sy), max(1, round(w * sx)), max(1, round(h * sy)))
            if max(box.width, box.height) > LOOK_MAX_SIDE or any(box.intersection_area(d) > 0.5 * box.area
                                                                 for d in detected):
                continue
            if float(prob[labels == i].max()) < LOOK_PEAK:
                continue
            crops.append(box.grown(LOOK_PAD, height, width))
        words: list[OcrWord] = []
        for crop in merge_boxes(crops)[:LOOK_MAX]:
            part = bgr[crop.top:crop.bottom, crop.left:crop.right]
            big = cv2.resize(part, None, fx=LOOK_SCALE, fy=LOOK_SCALE, interpolation=cv2.INTER_CUBIC)
            sub = self._engine()(np.ascontiguousarray(big), use_det=True, use_cls=False, use_rec=True,
                                 return_word_box=True, text_score=self.text_score)
            grey = image[crop.top:crop.bottom, crop.left:crop.right]
            big_image = cv2.resize(grey, None, fx=LOOK_SCALE, fy=LOOK_SCALE, interpolation=cv2.INTER_CUBIC)
            for w in self._words(np.ascontiguousarray(big), big_image, sub, self.text_score,
                                 rows=height * LOOK_SCALE):
                if w.confidence < self.text_score * 100 or not any(c.isascii() and c.isalnum() for c in w.text):
                    continue
                box = w.box.scaled(LOOK_SCALE, -crop.left, -crop.top)
                if any(box.iou(f.box) > 0.3 for f in found + words):
                    continue
                words.append(OcrWord(text=w.text, box=box, confidence=w.confidence))
        return words

    def _read_vertical(self, bgr: np.ndarray, image: np.ndarray, box: Box, line: str, score: float,
                       floor: float, rows: int) -> list[OcrWord] | None:
        """A tall detected line (`VERTICAL_RATIO`), read turned both ways and upright.

        `line`/`score` are rapidocr's reading of the crop turned anticlockwise (text written
        top to bottom); the crop is read again turned clockwise (bottom to top) and upright,
        and the best-scored reading is kept. Returns None where the upright reading wins or
        no sideways reading has `VERTICAL_MIN_CHARS` letters or digits (the caller then
        treats the line as before); else the line as ONE word, spaces kept ('SMITH, JOHN'),
        boxed over its glyphs along the column (`tighten` on the transposed image), so the
        analyzer reads the vertical line as one line of text and a finding covers it whole.

        Where the box holds two or more parallel columns (`_columns`: a name and beside it a
        date), each column is read on its own, turned both ways, and becomes its own word
        over its own glyphs, when the columns read better on average than the box as one
        line (two columns read as one line give a garbled word, or lose one column).
        Boxes are in view coordinates (the caller scales them). Costs one or two
        recognitions (no detection) per tall line, and two per column where it splits;
        none on frames without one."""
        crop = bgr[box.top:box.bottom, box.left:box.right]
        if crop.size == 0:
            return None
        # `line` was read with the crop turned anticlockwise: text written top to bottom
        readings = [(score, line, Reading.DOWN)]
        for turned, way in ((np.rot90(crop, -1), Reading.UP), (crop, Reading.ACROSS)):
            reading = self._recognise(turned)
            if reading is not None:
                readings.append((*reading, way))
        best, text, way = max(readings, key=lambda r: r[0])
        columns = _columns(image, box)
        if len(columns) >= 2:
            split = self._read_columns(bgr, image, columns, floor, rows)
            if split is not None and split[0] > best:
                return split[1] or None
        text = " ".join(text.split())
        if way is Reading.ACROSS or best < floor or sum(c.isalnum() for c in text) < VERTICAL_MIN_CHARS:
            return None
        return self._vertical_words(image, box, text, best, rows, way)

    def _recognise(self, crop: np.ndarray) -> tuple[float, str] | None:
        """The recogniser's reading of one line crop (no detection), any score."""
        res = self._engine()(np.ascontiguousarray(crop), use_det=False, use_cls=False, use_rec=True,
                             text_score=0.0)
        txts = getattr(res, "txts", None)
        return (float(res.scores[0]), str(txts[0])) if txts else None

    def _read_columns(self, bgr: np.ndarray, image: np.ndarray, columns: list[Box], floor: float,
                      rows: int) -> tuple[float, list[OcrWord]] | None:
        """Each of `columns` (view coordinates) read turned both ways, the better reading
        kept: (mean score over the columns, the words of those that read as vertical text)."""
        scores, words = [], []
        for column in columns:
            crop = bgr[column.top:column.bottom, column.left:column.right]
            # turned anticlockwise (k=1) the column reads top to bottom, clockwise bottom to top
            readings = [(*r, way) for k, way in ((1, Reading.DOWN), (-1, Reading.UP))
                        if (r := self._recognise(np.rot90(crop, k))) is not None]
            if not readings:
                scores.append(0.0)
                continue
            best, text, way = max(readings, key=lambda r: r[0])
            scores.append(best)
            text = " ".join(text.split())
            if best >= floor and sum(c.isalnum() for c in text) >= VERTICAL_MIN_CHARS:
                words += self._vertical_words(image, column, text, best, rows, way) or []
        return (sum(scores) / len(scores), words) if scores else None

    def _vertical_words(self, image: np.ndarray, box: Box, text: str, score: float,
                        rows: int, way: Reading) -> list[OcrWord] | None:
        """One vertical reading over its glyphs along the column, read `way` (DOWN or UP);
        None for a blob."""
        tall = tighten(image.swapaxes(0, 1), _transposed(box))
        if _blob(text, score, tall, rows * image.shape[1] // image.shape[0]):
            return None
        runs = split_runs(image.swapaxes(0, 1), tall) if self.all_text else [tall]
        return [OcrWord(text=text, box=_transposed(run), confidence=round(score * 100, 1), reading=way)
                for run in runs]


def _columns(image: np.ndarray, box: Box) -> list[Box]:
    """The parallel text columns in a tall detected box, each as a box of the box's rows
    and its own columns (plus the ground halfway to its neighbours), view coordinates;
    [] where there are fewer than two (see COLUMN_GAP, COLUMN_MIN, COLUMN_REACH).

    Glyph pixels are told from ground as `tighten` does, on the box widened across its
    width (transposed, so the box's columns are a line's rows and `_glyphs` takes the
    widened box's outer columns as ground); a column of the image is inked where any of
    its rows in the box holds a glyph pixel."""
    h, w = image.shape[:2]
    reach = int(box.width * COLUMN_REACH)
    x0, x1 = max(0, box.left - reach), min(w, box.right + reach)
    y0, y1 = box.top, min(h, box.bottom)
    if y1 - y0 < 6 or x1 - x0 < 6:
        return []
    crop = image[y0:y1, x0:x1].swapaxes(0, 1).astype(np.float32)
    if crop.ndim == 2:
        crop = crop[..., None]
    glyph = _glyphs(crop, slice(0, crop.shape[1]))
    if glyph is None:
        return []
    idx = np.flatnonzero(glyph.any(axis=1))
    if idx.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(idx) > COLUMN_GAP)
    starts = np.concatenate([[idx[0]], idx[breaks + 1]]) + x0
    stops = np.concatenate([idx[breaks] + 1, [idx[-1] + 1]]) + x0
    runs = []
    for a, b in zip(starts, stops, strict=True):
        inside = min(b, box.right) - max(a, box.left)
        if inside * 2 < b - a:
            continue  # mostly outside the box: another box's column
        along = np.flatnonzero(glyph[a - x0:b - x0].any(axis=0))
        runs.append((int(a), int(b), int(along[-1] - along[0] + 1)))
    thickest = max((b - a for a, b, _ in runs), default=0)
    runs = [(a, b) for a, b, along in runs if b - a >= COLUMN_MIN * thickest and along >= b - a]
    if len(runs) < 2:
        return []
    out = []
    for i, (a, b) in enumerate(runs):
        left = x0 if i == 0 else (runs[i - 1][1] + a) // 2
        right = x1 if i == len(runs) - 1 else (b + runs[i + 1][0]) // 2
        left, right = max(left, a - (b - a) // 2), min(right, b + (b - a) // 2)
        out.append(Box(left, y0, right - left, y1 - y0))
    return out


def _chars(text: str) -> int:
    return sum(c.isalnum() for c in text)


def _edge_ink(strip: np.ndarray, known: list[Box]) -> bool:
    """A column of glyph-like strokes in an edge strip (grey uint8), outside `known` boxes
    (strip coordinates). Strokes: pixels standing out from their surroundings by at least
    `EDGE_CONTRAST` (and half the strip's strongest such contrast) in a `EDGE_KERNEL` px
    top-hat or black-hat, either polarity (a step edge of anatomy or a collimator border
    has none); pieces: their connected components at most `EDGE_GLYPH` px thick across the
    strip and not solid (a letter's strokes fill part of its box). A column: a band of the
    strip's columns whose pieces, gaps of up to the band's thickness bridged, run
    `EDGE_COLUMN` times its thickness along it, with `EDGE_STROKES` stroke runs or more
    across the band per inked row on average (letters written sideways are crossed by two
    or three strokes; a wire or catheter by one). Horizontal text the detector found is
    inside `known`; horizontal text it missed is short along the strip."""
    import cv2  # OpenCV comes with rapidocr

    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (EDGE_KERNEL, EDGE_KERNEL))
    grey = np.ascontiguousarray(strip)
    # each polarity on its own: a black-hat marks the ground between light strokes, too
    return any(_stroke_column(cv2.morphologyEx(grey, op, kernel), known)
               for op in (cv2.MORPH_TOPHAT, cv2.MORPH_BLACKHAT))


def _stroke_column(hat: np.ndarray, known: list[Box]) -> bool:
    """`_edge_ink` for one polarity: `hat` is the strip's top-hat or black-hat."""
    import cv2

    for b in known:
        hat[max(0, b.top - 2):b.bottom + 2, max(0, b.left - 2):b.right + 2] = 0
    peak = float(hat.max())
    if peak < EDGE_CONTRAST:
        return False
    mask = (hat >= max(EDGE_CONTRAST, peak / 2)).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    keep = np.zeros(count, bool)
    for i, (_, _, cw, ch, area) in enumerate(stats[1:], start=1):
        keep[i] = 3 <= cw <= EDGE_GLYPH and ch >= 3 and area <= EDGE_FILL * cw * ch
    ink = keep[labels]
    idx = np.flatnonzero(ink.any(axis=0))
    if idx.size == 0:
        return False
    breaks = np.flatnonzero(np.diff(idx) > 2)
    for a, b in zip(np.concatenate([[idx[0]], idx[breaks + 1]]), np.concatenate([idx[breaks] + 1, [idx[-1] + 1]]),
                    strict=True):
        thick = int(b - a)
        if thick < 5 or thick > EDGE_GLYPH:
            continue
        band = ink[:, a:b]
        rows = np.flatnonzero(band.any(axis=1))
        gaps = np.flatnonzero(np.diff(rows) > thick)
        starts = np.concatenate([[rows[0]], rows[gaps + 1]])
        stops = np.concatenate([rows[gaps] + 1, [rows[-1] + 1]])
        for y0, y1 in zip(starts, stops, strict=True):
            if y1 - y0 < EDGE_COLUMN * thick:
                continue
            run = band[y0:y1]
            inked = run.any(axis=0)
            strokes = (np.diff(run.astype(np.int8), axis=0) == 1).sum(axis=0) + run[0]
            if strokes[inked].mean() >= EDGE_STROKES * (y1 - y0) / thick:
                return True
    return False


class _PredRecorder:
    """rapidocr's DB post-processing (`ch_ppocr_det.utils.DBPostProcess`), unchanged, that
    also keeps the probability map it was given, as `(map (h, w) float 0-1, (rows, columns)
    of the detected image)` on the engine's thread (`local.pred`): the one place rapidocr
    3.x exposes it."""

    def __init__(self, op, local: threading.local):
        self._op, self._local = op, local

    def __getattr__(self, name):  # rapidocr's update_params sets thresholds on it
        return getattr(self._op, name)

    def __call__(self, pred: np.ndarray, ori_shape):
        self._local.pred = (np.asarray(pred)[0, 0], tuple(ori_shape))
        return self._op(pred, ori_shape)


class _DetRecorder:
    """rapidocr's `RapidOCR.detect_and_crop`, unchanged, that also keeps the detected regions
    (before rapidocr maps them to the input and drops those read empty or under its
    `text_score`) and the record of how the input was resized and padded, as `(quads,
    op_record)` on the engine's thread (`local.det`); None where nothing was detected."""

    def __init__(self, fn, local: threading.local):
        self._fn, self._local = fn, local

    def __call__(self, img: np.ndarray, op_record):
        self._local.det = None
        crops, det = self._fn(img, op_record)
        if det.boxes is not None and len(det.boxes):
            self._local.det = (np.array(det.boxes), op_record)  # a copy: rapidocr maps its own in place
        return crops, det


def _transposed(box: Box) -> Box:
    """`box` with rows and columns exchanged: the same pixels in `image.swapaxes(0, 1)`."""
    return Box(box.top, box.left, box.height, box.width)


def _blob(text: str, score: float, box: Box, rows: int) -> bool:
    """A short reading far taller than overlay text: a shape in the anatomy, unless it
    reads confidently as a word of two or more letters (see BLOB_CHARS)."""
    if len(text) > BLOB_CHARS or box.height <= BLOB_HEIGHT * rows:
        return False
    return not (sum(c.isalpha() for c in text) >= 2 and score >= BLOB_WORD_SCORE)


def _bbox(quad) -> Box:
    pts = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
    left, top = np.floor(pts.min(axis=0))
    right, bottom = np.ceil(pts.max(axis=0))
    left, top = max(0, int(left)), max(0, int(top))
    return Box(left, top, max(1, int(right) - left), max(1, int(bottom) - top))


def tighten(image: np.ndarray, box: Box) -> Box:
    """`box` shrunk to the glyph pixels inside it (view coordinates, same grid as `image`).

    PP-OCR's DB detector dilates each text region it finds ("unclip", ratio 1.6), so its
    boxes run 3-8 px beyond the glyphs on every side, more on large text, and on tightly
    spaced overlay lines into the next line; painted with the redaction margin, that is
    anatomy (issue 11). Inside the box the ground is the median colour of its top and
    bottom rows (the dilation is ground by construction; its left and right edges may cut
    glyphs where a word was split from its line). Glyph pixels are those further from the
    ground than halfway to the box's strongest contrast. Of the rows holding glyph pixels,
    the band around the box's middle is kept (bands `TIGHT_GAP` rows apart are one: an
    'i' dot, '=' or ':'), so a neighbouring line's tops or tails are dropped; then the
    columns with glyph pixels in that band, grown outwards through glyph columns that touch
    them (up to a third of the box height) where the word box ended inside a glyph.
    `TIGHT_SLACK` px are kept around them for anti-aliased edges (the redaction margin adds
    more). The box is kept as detected when the contrast is too weak to tell glyph from
    ground, or when most of the box stands out (text on busy anatomy): a tight box must never lose a glyph.
    """
    h, w = image.shape[:2]
    right, bottom = min(w, box.left + box.width), min(h, box.top + box.height)
    if bottom - box.top < 6 or right - box.left < 6:
        return box
    # Read a few px either side too: the recogniser's character positions can end a word's
    # box inside its first or last glyph ('cm' cut after the 'c'), and the box may grow to it.
    reach = max(2, (bottom - box.top) // 3)
    x0, x1 = max(0, box.left - reach), min(w, right + reach)
    crop = image[box.top:bottom, x0:x1].astype(np.float32)
    if crop.ndim == 2:
        crop = crop[..., None]
    inner = slice(box.left - x0, right - x0)
    glyph = _glyphs(crop, inner)
    if glyph is None:
        return box
    rows = _band(glyph[:, inner].any(axis=1), crop.shape[0] // 2)
    if rows is None:
        return box
    top, bot = rows
    inked = glyph[top:bot].any(axis=0)
    core = np.flatnonzero(inked[inner])
    if core.size == 0:
        return box
    first, last = inner.start + int(core[0]), inner.start + int(core[-1])
    # extend only through glyph columns touching the core (gaps of TIGHT_GAP bridged)
    while first > 0 and inked[max(0, first - 1 - TIGHT_GAP):first].any():
        first -= 1
    while last < inked.size - 1 and inked[last + 1:last + 2 + TIGHT_GAP].any():
        last += 1
    top, bot = max(0, top - TIGHT_SLACK), min(crop.shape[0], bot + TIGHT_SLACK)
    left, rgt = max(0, first - TIGHT_SLACK), min(crop.shape[1], last + 1 + TIGHT_SLACK)
    return Box(x0 + left, box.top + top, rgt - left, bot - top)


def _glyphs(crop: np.ndarray, inner: slice) -> np.ndarray | None:
    """Glyph pixels of a (h, w, channels) crop, or None where glyph and ground cannot be told
    apart. The ground is tried first as the median of the box's top and bottom rows (the
    detector's dilation); where that ground makes most of the box 'ink', those rows ran
    through a neighbouring line's glyphs (overlay lines 2 px apart: the top row of '0118'
    inside 'MSCSKEL' above it), so the median of the whole box is tried instead: glyphs
    cover less than half of a word's box."""
    grounds = (np.median(np.concatenate([crop[0, inner], crop[-1, inner]]), axis=0),
               np.median(crop[:, inner].reshape(-1, crop.shape[2]), axis=0))
    for ground in grounds:
        dist = np.abs(crop - ground).max(axis=2)
        peak = float(np.percentile(dist[:, inner], 99.5))
        if peak < TIGHT_MIN_CONTRAST:
            continue
        glyph = dist > _ink_level(dist[:, inner], peak) / 2
        if glyph[:, inner].mean() <= TIGHT_MAX_INK:
            return glyph
    return None


def glyph_mask(crop: np.ndarray) -> np.ndarray | None:
    """Glyph pixels of a word box's crop (grey (h, w) or (h, w, channels), values 0-255), told
    from ground as `tighten` does; None where they cannot be told apart."""
    crop = crop.astype(np.float32)
    if crop.ndim == 2:
        crop = crop[..., None]
    if crop.shape[0] < 2 or crop.shape[1] < 2:
        return None
    return _glyphs(crop, slice(0, crop.shape[1]))


def _ink_level(dist: np.ndarray, peak: float) -> float:
    """The strokes' contrast with the ground: the median of the pixels on the ink side of
    Otsu's split of `dist` (0..`peak`), at most `peak`. Not the peak itself: a few pixels far
    brighter than the strokes (saturated specks where strokes cross, hot pixels, a bright
    glyph beside grey ones: a Siemens CT's 110-grey font with single 255 pixels in it) would
    put half the peak above the strokes, and the box would shrink to those few pixels
    ('Haddad,' cut to 32 of its 47 columns and 7 of its 12 rows). Where the strokes are
    uniform the median of the ink class is the peak, less the anti-aliased edges."""
    values = np.minimum(dist.ravel(), peak)
    hist, edges = np.histogram(values, bins=64, range=(0.0, max(peak, 1e-6)))
    total = hist.sum()
    if total == 0:
        return peak
    centres = (edges[:-1] + edges[1:]) / 2
    weight = np.cumsum(hist)
    mass = np.cumsum(hist * centres)
    w0, w1 = weight[:-1], total - weight[:-1]
    valid = (w0 > 0) & (w1 > 0)
    if not valid.any():
        return peak
    m0 = mass[:-1] / np.maximum(w0, 1)
    m1 = (mass[-1] - mass[:-1]) / np.maximum(w1, 1)
    between = np.where(valid, w0 * w1 * (m0 - m1) ** 2, -1.0)
    split = edges[int(np.argmax(between)) + 1]
    ink = values[values > split]
    return min(peak, float(np.median(ink))) if ink.size else peak


def split_runs(image: np.ndarray, box: Box) -> list[Box]:
    """`box` (already tightened, view coordinates) cut where a piece of it is taller than
    its line: the glyph columns are cut into pieces at gaps of at least `SPLIT_GAP` blank
    columns, the line height is the pieces' 75th percentile height (+ `SPLIT_SLACK`; most
    pieces of a word are whole-height glyphs, and x-height letters must not set it), and
    neighbouring pieces are joined while together they fit in it; each run keeps its own
    glyph rows (plus `TIGHT_SLACK`). So capitals, x-height letters and digits stay one box
    and a framed glyph or an icon beside them gets its own. `[box]` where nothing is cut
    or glyphs cannot be told from ground. The runs cover every glyph pixel of the line."""
    h, w = image.shape[:2]
    if box.height < 6 or box.width < 6:
        return [box]
    crop = image[box.top:min(h, box.bottom), box.left:min(w, box.right)].astype(np.float32)
    if crop.ndim == 2:
        crop = crop[..., None]
    glyph = _glyphs(crop, slice(0, crop.shape[1]))
    if glyph is None:
        return [box]
    cols = np.flatnonzero(glyph.any(axis=0))
    if cols.size == 0:
        return [box]
    breaks = np.flatnonzero(np.diff(cols) > SPLIT_GAP)
    if breaks.size == 0:
        return [box]
    starts = np.concatenate([[cols[0]], cols[breaks + 1]])
    stops = np.concatenate([cols[breaks] + 1, [cols[-1] + 1]])
    pieces = []  # [left, right, top, bottom] in crop coordinates
    for a, b in zip(starts, stops, strict=True):
        # the piece's own band around the line's middle, so a neighbouring line's tops or
        # tails inside the box are left out; unless that band loses more than a few of the
        # piece's glyph pixels (text that is not one upright line: a marker written sideways)
        ink = glyph[:, a:b].sum(axis=1)
        inked = np.flatnonzero(ink)
        band = _band(ink > 0, glyph.shape[0] // 2)
        top, bottom = (int(inked[0]), int(inked[-1]) + 1)
        if band is not None and ink[band[0]:band[1]].sum() >= SPLIT_KEEP * ink.sum():
            top, bottom = band
        pieces.append([int(a), int(b), top, bottom])
    line = float(np.percentile([bottom - top for _, _, top, bottom in pieces], 75)) + SPLIT_SLACK
    runs: list[list[int]] = []
    for piece in pieces:
        if runs:
            last = runs[-1]
            top, bottom = min(last[2], piece[2]), max(last[3], piece[3])
            if bottom - top <= line:
                runs[-1] = [last[0], piece[1], top, bottom]
                continue
        runs.append(piece)
    if len(runs) == 1:
        return [box]
    out = []
    for left, right, top, bottom in runs:
        top, bottom = max(0, top - TIGHT_SLACK), min(crop.shape[0], bottom + TIGHT_SLACK)
        left, right = max(0, left - TIGHT_SLACK), min(crop.shape[1], right + TIGHT_SLACK)
        out.append(Box(box.left + left, box.top + top, right - left, bottom - top))
    return out


def _band(inked: np.ndarray, middle: int) -> tuple[int, int] | None:
    """[start, stop) of the run of inked rows (gaps of up to `TIGHT_GAP` rows bridged) that
    holds `middle`, or else the run nearest to it; None when no row is inked."""
    idx = np.flatnonzero(inked)
    if idx.size == 0:
        return None
    breaks = np.flatnonzero(np.diff(idx) > TIGHT_GAP + 1)
    starts = np.concatenate([[idx[0]], idx[breaks + 1]])
    stops = np.concatenate([idx[breaks] + 1, [idx[-1] + 1]])
    gaps = [0 if a <= middle < b else min(abs(middle - a), abs(middle - (b - 1)))
            for a, b in zip(starts, stops, strict=True)]
    i = int(np.argmin(gaps))
    return int(starts[i]), int(stops[i])


def _split_spaces(text: str, box: Box) -> list[tuple[str, Box]]:
    """A reading with spaces in it (a line without word boxes) becomes words, each
    given its share of the box by character count."""
    parts = text.split()
    if len(parts) <= 1:
        return [(text.strip(), box)] if text.strip() else []
    total = len(text)
    out, start = [], 0
    for part in parts:
        at = text.index(part, start)
        left = box.left + round(box.width * at / total)
        right = box.left + round(box.width * (at + len(part)) / total)
        out.append((part, Box(left, box.top, max(1, right - left), box.height)))
        start = at + len(part)
    return out
