"""Faint burned-in text: a patient banner drawn a few levels from its ground (a Mindray frame's
banner at 0..13 on a black ground, beside speckle that reaches 255) is nearly black in the
min-max view, PP-OCR read nothing there, and brighter device text elsewhere in the frame was
read, so no "found little" fallback fired: the banner's PHI was left in the pixels. Faint lines
are now found on the pixels (`views.faint_lines`: glyph-sized strokes a few levels from a clean
ground, lined up) and each group is read again as its own crop, stretched (`views.faint_views`);
a frame without faint text gets no such view, so no extra OCR call.

Real fonts (DejaVu), real PP-OCR, real DICOM written and read back, the CLI in-process.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom
import pytest
from PIL import Image, ImageDraw, ImageFont

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom
from fw_gear_presidio_image_redactor.dev.synthetic import make_dicom
from fw_gear_presidio_image_redactor.findings import Box
from fw_gear_presidio_image_redactor.ocr.views import build_views, faint_lines, ppocr_views

from .helpers import frame_pixels, run_cli

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
pytestmark = pytest.mark.skipif(not FONT.is_file(), reason="DejaVu fonts not installed")

ROWS, COLS = 480, 640
# (text, x, y, PHI?) — a banner of PHI in the top-left corner, the date top right
BANNER = [("Patient: KOWALSKI, Martha", 10, 8, ("KOWALSKI", "Martha")),
          ("DOB: 03/11/1952   MRN: 55120934", 10, 28, ("03/11/1952", "55120934")),
          ("19.03.2025", 500, 8, ("19.03.2025",))]
DEVICE = [("GYN  MI 0.6  TIS 0.1", 10, 450), ("Uterus 78x41x52mm", 450, 200)]


@dataclass(frozen=True)
class Style:
    """How the frame is stored: the ground, the faint ink, the bright device ink, in display
    values 0-255 (`stored` maps them to the stored values)."""

    ground: float = 0.0
    faint: float = 13.0
    bright: float = 255.0
    photometric: str = "MONOCHROME2"
    bits: int = 8
    colour: tuple[float, float, float] = (1.0, 1.0, 1.0)  # the faint ink's hue (RGB only)
    gradient: float = 0.0  # a smooth dark 'anatomy' under the banner, up to this many levels


STYLES = {
    "rgb8-dark-ground": Style(photometric="RGB"),
    "rgb8-dim-yellow": Style(photometric="RGB", faint=16.0, colour=(1.0, 0.9, 0.1)),
    "grey8-light-ground": Style(ground=236.0, faint=224.0, bright=0.0),
    "grey16-dark-ground": Style(bits=16, ground=4.0, faint=14.0),
    "mono1-12bit": Style(photometric="MONOCHROME1", bits=12, ground=0.0, faint=10.0),
    "grey12-over-dark-anatomy": Style(bits=12, ground=6.0, faint=18.0, gradient=30.0),
}


def _glyphs(text: str, size: int = 14) -> np.ndarray:
    font = ImageFont.truetype(str(FONT), size)
    _, _, right, bottom = font.getbbox(text)
    im = Image.new("L", (right + 2, bottom + 2), 0)
    ImageDraw.Draw(im).text((0, 0), text, fill=255, font=font)
    return np.asarray(im, np.float32) / 255


def _word_masks(text: str, x: int, y: int, words: tuple[str, ...]) -> dict[str, np.ndarray]:
    """Each of `words` inside `text` drawn at (x, y): its glyph pixels as a full-frame mask."""
    out = {}
    font = ImageFont.truetype(str(FONT), 14)
    for word in words:
        start = text.index(word)
        left = x + int(font.getlength(text[:start]))
        alpha = _glyphs(word)
        mask = np.zeros((ROWS, COLS), bool)
        h, w = alpha.shape
        mask[y:y + h, left:left + w] = alpha > 0.5
        out[word] = mask
    return out


def burn(path: Path, style: Style, *, banner: bool = True) -> tuple[dict, np.ndarray, np.ndarray]:
    """The frame of `style`: a speckle 'sector' reaching the bright value in the middle, bright
    device text, and (`banner`) the faint banner. Returns (PHI word -> glyph mask, the device
    text's glyph mask, the speckle sector's mask)."""
    rng = np.random.default_rng(3)
    shown = np.full((ROWS, COLS), style.ground, np.float32)
    if style.gradient:
        shown += style.gradient * np.linspace(0, 1, COLS, dtype=np.float32)[None, :] * \
            np.linspace(1, 0.3, ROWS, dtype=np.float32)[:, None]
    sector = np.zeros((ROWS, COLS), bool)
    sector[90:420, 150:440] = True
    speckle = rng.random((ROWS, COLS)).astype(np.float32) * abs(style.bright - style.ground)
    shown[sector] = (style.ground + np.sign(style.bright - style.ground) * speckle)[sector]
    device = np.zeros((ROWS, COLS), bool)
    for text, x, y in DEVICE:
        alpha = _glyphs(text)
        h, w = alpha.shape
        region = shown[y:y + h, x:x + w]
        region[:] = region * (1 - alpha) + style.bright * alpha
        device[y:y + h, x:x + w] |= alpha > 0.5
    phi: dict[str, np.ndarray] = {}
    ink = np.zeros((ROWS, COLS), np.float32)
    if banner:
        for text, x, y, words in BANNER:
            alpha = _glyphs(text)
            h, w = alpha.shape
            ink[y:y + h, x:x + w] = np.maximum(ink[y:y + h, x:x + w], alpha)
            phi.update(_word_masks(text, x, y, words))
        shown = shown * (1 - ink) + (shown + (style.faint - style.ground)) * ink
    syn = make_dicom([], rows=ROWS, columns=COLS, photometric=style.photometric,
                     bits_stored=style.bits if style.photometric != "RGB" else 8,
                     header={"PatientName": "OTHER^PERSON"})
    ds = syn.dataset
    if style.photometric == "RGB":
        rgb = np.repeat(shown[..., None], 3, axis=2)
        hue = np.array(style.colour, np.float32)
        rgb = rgb * (1 - ink[..., None]) + (style.ground + (style.faint - style.ground) * hue) * ink[..., None]
        arr = np.clip(np.round(rgb), 0, 255).astype(np.uint8)
    else:
        top = (1 << style.bits) - 1
        stored = shown * (top / 255.0)
        if style.photometric == "MONOCHROME1":
            stored = top - stored
        arr = np.clip(np.round(stored), 0, top).astype(np.uint8 if style.bits <= 8 else np.uint16)
    ds.PixelData = arr.tobytes()
    syn.save(path)
    return phi, device, sector


def _changed(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    diff = before != after
    return diff.any(axis=2) if diff.ndim == 3 else diff


@pytest.mark.parametrize("name", list(STYLES))
def test_a_faint_banner_is_read_and_its_phi_erased(tmp_path, name):
    """Redact mode without metadata: every PHI word of the faint banner has its glyph pixels
    changed, the bright device text keeps every pixel, and the speckle sector nearly all."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    phi, device, sector = burn(src / "case.dcm", STYLES[name])
    result = run_cli("run", src, "--mode", "redact", "--ocr", "ppocr", "--output-dir", out)
    assert result.returncode == 0, result.stderr[-2000:]
    written = list(out.rglob("*.dcm"))
    assert len(written) == 1, written
    before, after = frame_pixels(src / "case.dcm"), frame_pixels(written[0])
    changed = _changed(before, after)
    erased = {word: round(float(changed[mask].mean()), 2) for word, mask in phi.items()}
    assert all(share >= 0.9 for share in erased.values()), erased
    assert not changed[device].any(), "device text painted"
    assert changed[sector].mean() < 0.01


@pytest.mark.parametrize("name", ["rgb8-dark-ground", "grey16-dark-ground", "grey8-light-ground"])
def test_the_faint_lines_are_found_where_the_banner_is(tmp_path, name):
    """The pixel test finds the banner's lines (and only there: not the speckle, not the bright
    text), so the crop views hold the banner."""
    burn(tmp_path / "case.dcm", STYLES[name])
    image = read_dicom(tmp_path / "case.dcm")
    views = [v for v in ppocr_views(image, image.frame(0)) if v.name == "faint"]
    assert views
    banner = Box(0, 0, COLS, 60)
    for v in views:
        box = Box(v.left, v.top, v.image.shape[1] // round(v.scale), v.image.shape[0] // round(v.scale))
        assert box.intersection_area(banner) == box.area, box


@pytest.mark.parametrize("name", ["rgb8-dark-ground", "grey8-light-ground", "mono1-12bit"])
def test_a_frame_without_faint_text_gets_no_faint_view(tmp_path, name):
    """The same frames without the banner: speckle, bright text and a dark ground hold no faint
    line, so no crop is read again (Tesseract's views as well as PP-OCR's)."""
    burn(tmp_path / "case.dcm", STYLES[name], banner=False)
    image = read_dicom(tmp_path / "case.dcm")
    assert not [v for v in ppocr_views(image, image.frame(0)) if v.name == "faint"]
    assert not [v for v in build_views(image, image.frame(0)) if v.name == "faint"]


def test_dark_speckle_is_not_faint_text():
    """B-mode speckle of low amplitude (values 0..20 on a black ground, grains a few px across)
    lines up by chance; its ground stands out as much as its 'glyphs', so it is no line."""
    rng = np.random.default_rng(5)
    grey = np.zeros((480, 640), np.uint8)
    grains = (rng.random((160, 214)) * 21).astype(np.uint8)
    grey[60:420, 100:580] = np.kron(grains, np.ones((3, 3), np.uint8))[:360, :480]
    assert faint_lines(grey) == []


@pytest.mark.parametrize("path", ["CT_small.dcm", "MR_small.dcm", "US1_UNCR.dcm", "SC_rgb.dcm", "OBXXXX1A.dcm"])
def test_pydicom_examples_hold_no_faint_lines(path):
    """Real frames without burned-in text (pydicom's test files): no faint view, no extra OCR."""
    from pydicom.data import get_testdata_file

    found = get_testdata_file(path)
    if found is None:
        pytest.skip(f"{path} not installed")
    image = read_dicom(Path(found))
    assert not [v for v in ppocr_views(image, image.frame(0)) if v.name == "faint"]
    assert pydicom.dcmread(found) is not None


def _noisy_banner(ground: float, faint: float, sigma: float, seed: int) -> tuple[np.ndarray, list[Box]]:
    """An 8-bit frame of the banner lines at `faint` on `ground`, with Gaussian pixel noise of
    `sigma` levels (an ultrasound's or a CR's ground); the lines' boxes."""
    rng = np.random.default_rng(seed)
    shown = np.full((ROWS, COLS), ground, np.float32)
    ink = np.zeros((ROWS, COLS), np.float32)
    boxes = []
    for text, x, y, _ in BANNER:
        alpha = _glyphs(text)
        h, w = alpha.shape
        ink[y:y + h, x:x + w] = np.maximum(ink[y:y + h, x:x + w], alpha)
        boxes.append(Box(x, y, w, h))
    shown += (faint - ground) * ink + rng.normal(0, sigma, shown.shape).astype(np.float32)
    return np.clip(np.round(shown), 0, 255).astype(np.uint8), boxes


def _lines_found(lines, boxes: list[Box]) -> int:
    """How many of `boxes` (the banner's lines) found lines cover at least a third of."""
    return sum(sum(line.box.intersection_area(b) for line in lines) >= b.area / 3 for b in boxes)


@pytest.mark.parametrize("ground,faint", [(236.0, 224.0)])
def test_a_faint_banner_on_a_noisy_ground_is_found(ground, faint):
    """Pixel noise of 1.5-3 levels (grey grounds, unclipped) stands out as much as a clean
    ground's faint strokes: the stroke threshold follows the ground's own noise, so the banner's
    lines are still found, and the same noisy ground without the banner holds none."""
    for sigma, seed in ((1.5, 1), (3.0, 2)):
        grey, boxes = _noisy_banner(ground, faint, sigma, seed)
        assert _lines_found(faint_lines(grey), boxes) >= 2, (sigma, faint_lines(grey))
        empty, _ = _noisy_banner(ground, ground, sigma, seed + 10)
        assert faint_lines(empty) == []


@pytest.mark.parametrize("quality", [75])
def test_a_faint_banner_through_jpeg_is_found(quality):
    """JPEG compression (quality 50-75, a secondary capture's) rings around faint glyphs and
    blurs them; the banner's lines are still found."""
    import io

    grey, boxes = _noisy_banner(0.0, 13.0, 0.7, 3)
    buf = io.BytesIO()
    Image.fromarray(grey).save(buf, "JPEG", quality=quality)
    decoded = np.asarray(Image.open(buf))
    assert _lines_found(faint_lines(decoded), boxes) >= 2


@pytest.mark.parametrize("path", ["RG1_UNCI.dcm", "RG3_UNCR.dcm", "eCT_Supplemental.dcm", "bad_sequence.dcm",
                                  "J2K_pixelrep_mismatch.dcm", "examples_overlay.dcm", "color3d_jpeg_baseline.dcm"])
def test_anatomy_holds_no_faint_lines(path):
    """Real radiographs, MR and CT (pydicom's and pydicom-data's test files, no burned-in text
    in these places): anatomy's texture lines up by chance into glyph-sized blobs, but they do
    not stand on one baseline, so no faint view (no extra OCR call, no painted anatomy)."""
    from pydicom.data import get_testdata_file

    try:
        found = get_testdata_file(path)
    except Exception:  # pydicom-data not installed and no network
        found = None
    if found is None:
        pytest.skip(f"{path} not installed")
    image = read_dicom(Path(found))
    assert not [v for v in ppocr_views(image, image.frame(0)) if v.name == "faint"]
