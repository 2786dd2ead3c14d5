"""A label and its value written as one vertical line ('Lähettäjä: LL Mikkola' up the left
edge of a Finnish PET capture, 'Laborant: R. Oudshoorn' down a mammogram's side): PP-OCR reads
the column as one sideways word, and the name inside it must be erased over the column's whole
width. The label cut by character share across the word's width (right for upright words) took
a strip off every glyph of the name instead (87% of its glyph pixels covered, the edges of each
letter readable). Drawn images, real PP-OCR, real DICOM written and read back, the real analyzer
in-process (`Engine`), no metadata naming anyone."""

from __future__ import annotations

import numpy as np
import pytest

from fw_gear_presidio_image_redactor.decode.dicom import read_dicom

from .test_ocr_vertical import Banner, _alpha, _redact, burn_banner


@pytest.fixture(scope="module")
def scanner():
    from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig
    from fw_gear_presidio_image_redactor.run.parts import build_scanner

    return build_scanner(RedactorConfig(mode=Mode.REDACT))


@pytest.mark.parametrize(("label", "name", "angle"), [
    ("Lähettäjä:", "LL Mikkola", 90),
    ("Lähettäjä:", "LL Mikkola", -90),
    ("Laborant:", "R. Oudshoorn", 90),
    ("Referring:", "Grace Okafor", -90),
])
def test_the_name_in_a_vertical_labelled_line_is_erased_across_the_whole_column(tmp_path, scanner, label, name,
                                                                               angle):
    src = tmp_path / "case.dcm"
    [seg] = burn_banner(src, Banner((f"{label} {name}",), angle=angle, size=18, bits=8))
    # the name's rows of the column: its end is at the top when written bottom to top (90)
    tall = _alpha(name, 18, angle, mono=False).shape[0]
    b = seg.box
    rows = slice(0, tall - 2) if angle == 90 else slice(b.height - tall + 2, b.height)
    glyph = np.zeros(seg.mask.shape, bool)
    glyph[rows] = seg.mask[rows]
    before = read_dicom(src).frame(0)
    after = _redact(tmp_path, scanner, src)
    assert covered(before, after, b, glyph) >= 0.98, (name, angle, covered(before, after, b, glyph))


def covered(before: np.ndarray, after: np.ndarray, box, glyph: np.ndarray) -> float:
    """Share of the `glyph` pixels of `box` erased: changed, or inside a uniform 7x7 patch of
    the output that holds a changed pixel (a fill can equal the text's colour), as the reviewers
    score it."""
    pad = 3
    y0, x0 = box.top - pad, box.left - pad
    a = after[y0:box.bottom + pad, x0:box.right + pad].astype(np.int64)
    ch = before[y0:box.bottom + pad, x0:box.right + pad] != after[y0:box.bottom + pad, x0:box.right + pad]
    win_a = np.lib.stride_tricks.sliding_window_view(a, (7, 7))
    win_c = np.lib.stride_tricks.sliding_window_view(ch, (7, 7))
    flat = (win_a.max(axis=(2, 3)) == win_a.min(axis=(2, 3))) & win_c.any(axis=(2, 3))
    ok = ch[pad:-pad, pad:-pad] | flat[:box.height, :box.width]
    return float(ok[glyph].mean())
