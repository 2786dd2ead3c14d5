"""PP-OCR (PaddleOCR's learned text detector and recogniser) behind `ocr.OcrEngine`.

Run through the `rapidocr` package on ONNX Runtime (CPU). The model files are
the ones inside the `rapidocr` wheel (`rapidocr/models/`), named explicitly, so
loading never reaches rapidocr's downloader: the engine works offline, and a
missing file is a start-up error rather than a network call.

Why a learned engine: overlay text on busy backgrounds (a brightly windowed CT,
B-mode speckle, Doppler colour) is where Tesseract both misses words and reads
"words" in anatomy; PP-OCR's detector finds text regions first and reads only
those (issue 11, docs/evaluation.md).

Threads: every ONNX Runtime session runs with one intra-op and one inter-op
thread. Parallelism comes from the callers, as with Tesseract: `--jobs N` runs N
OCR threads in one process (`scan.threads.ordered_map`; ONNX Runtime releases the
GIL while it runs), each with its own sessions, or N forked worker processes
with one thread each. So N jobs use N cores and never N x cores threads.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from ..findings import Box, OcrWord
from .base import OcrUnavailableError
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
# the image is a shape in the anatomy (a flow jet read as '9' or 'D'), not overlay text.
BLOB_CHARS = 3
BLOB_HEIGHT = 0.12


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


class PpOcr:
    """PP-OCRv6 small detection + recognition models; word boxes; confidence 0-100.

    `read(view)` takes the view's uint8 image, grey (h, w) or RGB (h, w, 3),
    either polarity (the models are trained on both), and returns words with
    axis-aligned boxes in the *original* grid (view coordinates divided by
    `view.scale`). Raises `OcrUnavailableError` at construction when the
    packages or model files are missing or the models do not load.
    """

    view_kind = "ppocr"

    def __init__(self, text_score: float = TEXT_SCORE):
        models = _model_dir()
        self.det_path, self.rec_path = models / DET_MODEL, models / REC_MODEL
        missing = [p.name for p in (self.det_path, self.rec_path) if not p.is_file()]
        if missing:
            raise OcrUnavailableError(
                f"PP-OCR model file(s) {', '.join(missing)} not found in {models}: reinstall with {INSTALL_HINT}"
            )
        self.text_score = text_score
        rapid, ort = ppocr_versions()
        self.name = (f"ppocr-{self.det_path.stem}+{self.rec_path.stem} (rapidocr {rapid}, onnxruntime {ort})")
        self._local = threading.local()
        self._engine()  # load now: a broken model is a start-up error, and forked workers inherit it

    def _engine(self):
        engine = getattr(self._local, "engine", None)
        if engine is None:
            engine = self._local.engine = self._load()
        return engine

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
            # rapidocr loads models on first use; a tiny blank frame loads the detector,
            # and rec with use_det=False loads the recogniser, so neither loads mid-run.
            blank = np.full((32, 96, 3), 255, dtype=np.uint8)
            engine(blank)
            engine(blank, use_det=False, use_cls=False, use_rec=True)
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
        result = self._engine()(bgr, use_det=True, use_cls=False, use_rec=True, return_word_box=True)
        txts = getattr(result, "txts", None)
        if not txts:
            return []
        words: list[OcrWord] = []
        word_results = getattr(result, "word_results", None) or [()] * len(txts)
        for line, score, quad, parts in zip(txts, result.scores, result.boxes, word_results, strict=False):
            pieces = [(t, s, q) for t, s, q in parts] if parts else [(line, score, quad)]
            for text, conf, box in pieces:
                for piece_text, piece_box in _split_spaces(str(text), _bbox(box)):
                    if not any(c.isalnum() for c in piece_text):
                        continue  # a lone '●' read in speckle: nothing a reader or a recogniser can use
                    if len(piece_text) <= BLOB_CHARS and piece_box.height > BLOB_HEIGHT * image.shape[0]:
                        continue  # one 'glyph' a third of the frame tall is a Doppler blob, not an overlay
                    words.append(OcrWord(text=piece_text, box=piece_box.scaled(view.scale),
                                         confidence=round(float(conf) * 100, 1), view=view.name))
        return words


def _bbox(quad) -> Box:
    pts = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
    left, top = np.floor(pts.min(axis=0))
    right, bottom = np.ceil(pts.max(axis=0))
    left, top = max(0, int(left)), max(0, int(top))
    return Box(left, top, max(1, int(right) - left), max(1, int(bottom) - top))


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
