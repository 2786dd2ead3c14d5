"""The synthetic check set: cases of the catalogue's kinds the product was never tuned on.

`cases.catalogue()` is the tuning set: its identities, seeds, font and layouts have
been looked at while changing OCR and recognisers. These cases change all four:
new identities, new seeds, other typefaces (DejaVu Sans Mono / Serif / Sans Bold when
the system has them, else Pillow's default at other sizes), other layouts (banners at
the bottom, right-aligned columns) and polarity (dark text on a bright, noisy CT
window, the case the issue reports). `make eval` reports both sets side by side.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterator
from functools import cache

from PIL import ImageFont
from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, RLELossless

from .. import synthetic
from ..synthetic import Synthetic, TextSpec, make_dicom
from .cases import EvalCase, Identity, date_renderings, name_renderings

FRESH_IDENTITIES = [
    Identity("MCALLISTER", "FIONA", (1958, 4, 27), (2022, 8, 15), "92017364", "B4410987", 64, "(720) 555-0187",
             "fiona.mcallister@example.org", "Cedar Ridge Hospital", ("VARGAS", "LUIS")),
    Identity("HOLLOWAY", "BENEDICT", (1990, 1, 3), (2018, 11, 29), "HX772019", "ACC-55821", 28, "646-555-0134",
             "bholloway@example.net", "Pinecrest Diagnostic Center", ("ODUYA", "MIRIAM")),
    Identity("TANAKA", "HIROSHI", (1947, 10, 19), (2016, 6, 6), "0043817725", "Z90211", 68, "(808) 555-0152",
             "h.tanaka@example.com", "Harbor Point Medical", ("KELLER", "ANNIKA")),
    Identity("ESPOSITO", "CARLA", (1979, 2, 14), (2024, 3, 2), "E5512093", "RAD240302", 45, "312.555.0163",
             "carla.esposito@example.org", "Westfield Community Hospital", ("BRENNAN", "COLM")),
]

TYPEFACES = ("DejaVuSansMono.ttf", "DejaVuSerif.ttf", "DejaVuSans-Bold.ttf")


@cache
def _typeface(name: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(name, size)  # found in the system's font folders
    except OSError:
        return ImageFont.load_default(size=size)


@contextlib.contextmanager
def typeface(name: str) -> Iterator[Callable[[int], ImageFont.FreeTypeFont | ImageFont.ImageFont]]:
    """Draw with another typeface: `synthetic.make_dicom` looks its font up through
    `synthetic.font` at call time, so swapping that function for the build is enough."""
    original = synthetic.font

    def chosen(size: int):
        return _typeface(name, size)

    synthetic.font = chosen
    try:
        yield chosen
    finally:
        synthetic.font = original


def _column(face: Callable, lines: list[tuple[str, str, str | None]], x: int, y: int, size: int, step: float,
            right: int | None = None) -> list[TextSpec]:
    """Label + value lines; with `right`, each line ends at that column (right-aligned)."""
    specs = []
    for i, (label, value, entity) in enumerate(lines):
        top = int(y + i * size * step)
        width = face(size).getlength((label + " " if label else "") + value)
        left = int(right - width) if right is not None else x
        if label:
            specs.append(TextSpec(label, left, top, None, size))
            left += int(face(size).getlength(label + " "))
        specs.append(TextSpec(value, left, top, entity, size))
    return specs


def _ct_dark(ident: Identity, seed: int, face: str) -> EvalCase:
    """Dark text on a brightly windowed, noisy CT: the issue's unread four-corner overlay."""
    rng = random.Random(seed)
    size = rng.choice([11, 12, 13])

    def build() -> Synthetic:
        with typeface(face) as f:
            left = _column(f, [("", ident.institution, "ORGANIZATION"),
                               ("", rng.choice(name_renderings(ident)), "PERSON"),
                               ("ID:", ident.mrn, "ID")], 4, 4, size, 1.3)
            right = _column(f, [("Acc:", ident.accession, "ID"),
                                ("", rng.choice(date_renderings(ident.study)), "DATE_TIME"),
                                ("", f"{ident.age:03d}Y", "AGE")], 0, 4, size, 1.3, right=508)
            bottom = _column(f, [("", "kV 120", None), ("", "mAs 180", None)], 4, 512 - size * 4, size, 1.3)
            return make_dicom(left + right + bottom, rows=512, columns=512, bits_stored=12, signed=True,
                              dark_text=True, header=ident.header(), seed=seed, aliased=seed % 2 == 0)

    return EvalCase(f"fresh-ct-dark-{seed}", "CT overlay", build)


def _xray(ident: Identity, seed: int, face: str, photometric: str) -> EvalCase:
    rng = random.Random(seed)
    rows, cols = rng.choice([(1200, 1000), (1600, 1400)])
    size = max(22, rows // 45)

    def build() -> Synthetic:
        with typeface(face) as f:
            specs = _column(f, [("", rng.choice(name_renderings(ident)), "PERSON"),
                                ("DOB", rng.choice(date_renderings(ident.birth)), "DATE_TIME"),
                                ("", ident.institution, "ORGANIZATION")], 0, 40, size, 1.5, right=cols - 30)
            specs += _column(f, [("", "SUPINE", None), ("Acc", ident.accession, "ID")], 30, rows - size * 4, size,
                             1.5)
            specs.append(TextSpec(rng.choice(["L", "R"]), 40, 40, None, size * 2))
            return make_dicom(specs, rows=rows, columns=cols, photometric=photometric, bits_stored=14,
                              dark_text=photometric == "MONOCHROME1", header=ident.header(), seed=seed,
                              transfer_syntax=RLELossless if seed % 2 else ExplicitVRLittleEndian)

    return EvalCase(f"fresh-xray-{photometric.lower()}-{seed}", f"X-ray {photometric}", build)


def _us(ident: Identity, seed: int, face: str, frames: int) -> EvalCase:
    """Banner at the bottom, yellow-green text, optional cine."""
    rng = random.Random(seed)
    size = rng.choice([13, 15, 17])

    def build() -> Synthetic:
        with typeface(face):
            y = 480 - int(size * 3.4)
            specs = [TextSpec(rng.choice(name_renderings(ident)), 10, y, "PERSON", size),
                     TextSpec(ident.mrn, 360, y, "ID", size),
                     TextSpec(rng.choice(date_renderings(ident.study)), 500, y, "DATE_TIME", size),
                     TextSpec(ident.institution, 10, y + int(size * 1.6), "ORGANIZATION", size),
                     TextSpec("TIB 0.3", 560, 40, None, size),
                     TextSpec("MI 0.9", 560, 40 + int(size * 1.5), None, size),
                     TextSpec(rng.choice(["L12-5", "C5-1"]), 10, 10, None, size)]
            if frames > 1:
                specs += [TextSpec(f"{i + 1}/{frames}", 580, 10, None, size, frames=(i,)) for i in range(frames)]
            syntax = JPEGBaseline8Bit if frames > 1 else ExplicitVRLittleEndian
            return make_dicom(specs, rows=480, columns=640, frames=frames, bits_stored=8, color=(210, 240, 60),
                              photometric="YBR_FULL_422" if syntax == JPEGBaseline8Bit else "RGB",
                              transfer_syntax=syntax, header=ident.header(), seed=seed)

    kind = "Ultrasound multi-frame" if frames > 1 else "Ultrasound RGB"
    return EvalCase(f"fresh-us-{frames}f-{seed}", kind, build)


def _screen(ident: Identity, seed: int, face: str) -> EvalCase:
    rng = random.Random(seed)

    def build() -> Synthetic:
        with typeface(face) as f:
            lines = [("Patient:", rng.choice(name_renderings(ident)), "PERSON"),
                     ("Born", rng.choice(date_renderings(ident.birth)), "DATE_TIME"),
                     ("", "IMPRESSION", None), ("Phone", ident.phone, "PHONE_NUMBER"),
                     ("", ident.email, "EMAIL"), ("", "No acute disease", None)]
            specs = _column(f, lines, 60, 50, 16, 1.7)
            return make_dicom(specs, rows=600, columns=800, bits_stored=8, dark_text=True, header=ident.header(),
                              seed=seed)

    return EvalCase(f"fresh-screen-{seed}", "Screen capture", build)


def fresh_catalogue(quick: bool = False) -> list[EvalCase]:
    """The check set (seeds 200+, never used by `cases.catalogue`)."""
    ids, faces = FRESH_IDENTITIES, TYPEFACES
    cases = [
        _ct_dark(ids[0], 201, faces[0]), _ct_dark(ids[1], 202, faces[1]), _ct_dark(ids[2], 203, faces[2]),
        _xray(ids[3], 211, faces[1], "MONOCHROME1"), _xray(ids[0], 212, faces[0], "MONOCHROME2"),
        _us(ids[1], 221, faces[2], 1), _us(ids[2], 222, faces[0], 1), _us(ids[3], 223, faces[1], 3),
        _screen(ids[0], 231, faces[1]), _screen(ids[2], 232, faces[2]),
    ]
    if quick:
        seen, out = set(), []
        for case in cases:
            if case.kind not in seen:
                seen.add(case.kind)
                out.append(case)
        return out
    return cases
