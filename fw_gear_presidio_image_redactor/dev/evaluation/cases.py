"""The evaluation's image catalogue: every kind of burned-in text the product meets.

Each case is drawn by `synthetic.make_dicom`, so every string's glyph pixels,
class and frame are known exactly. Identities, renderings and positions are
chosen from a seeded generator: the catalogue is the same on every machine,
which is what lets two runs of `make eval` be compared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from pydicom.uid import ExplicitVRLittleEndian, JPEGBaseline8Bit, RLELossless

from ..synthetic import Synthetic, TextSpec, font, make_dicom

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


@dataclass(frozen=True)
class Identity:
    family: str
    given: str
    birth: tuple[int, int, int]  # y, m, d
    study: tuple[int, int, int]
    mrn: str
    accession: str
    age: int
    phone: str
    email: str
    institution: str
    physician: tuple[str, str]

    def header(self) -> dict:
        y, m, d = self.birth
        sy, sm, sd = self.study
        return {
            "PatientName": f"{self.family}^{self.given}",
            "PatientID": self.mrn,
            "PatientBirthDate": f"{y}{m:02d}{d:02d}",
            "StudyDate": f"{sy}{sm:02d}{sd:02d}",
            "AccessionNumber": self.accession,
            "PatientAge": f"{self.age:03d}Y",
            "InstitutionName": self.institution,
            "ReferringPhysicianName": f"{self.physician[0]}^{self.physician[1]}",
            "PatientTelephoneNumbers": self.phone,
        }


IDENTITIES = [
    Identity("DAVIDSON", "DOUGLAS", (1976, 6, 16), (2012, 1, 9), "48213957", "A7781203", 35, "(617) 555-0143",
             "d.davidson@example.org", "Lakeside General Hospital", ("OKAFOR", "GRACE")),
    Identity("KOWALSKI", "MARTHA", (1952, 3, 11), (2019, 7, 4), "55120934", "ACC20190704", 67, "312-555-0178",
             "mkowalski@mail.example.com", "St. Brigid Medical Center", ("HALVORSEN", "PETER")),
    Identity("NGUYEN", "THANH", (1988, 11, 2), (2021, 2, 23), "MRN0091827", "X55310", 32, "415.555.0110",
             "thanh.nguyen@example.net", "Bayview Imaging Clinic", ("ROSSI", "ELENA")),
    Identity("OBRIEN", "HOPE", (1943, 7, 22), (2012, 3, 9), "7719203", "AC991034", 68, "(212) 555-0199",
             "hope.obrien@example.com", "Riverside Radiology", ("SCHMIDT", "WERNER")),
    Identity("FERREIRA", "JUNE", (2001, 9, 30), (2023, 10, 14), "P00448812", "R2023101401", 22, "617-555-0122",
             "june.f@example.org", "Mercy Valley Hospital", ("LINDQVIST", "ANNA")),
    Identity("ABERNATHY", "SILAS", (1969, 12, 5), (2020, 5, 18), "30567711", "E88213", 50, "(503) 555-0166",
             "silas.abernathy@example.com", "Northgate Medical Center", ("PATEL", "RAVI")),
]


def name_renderings(ident: Identity) -> list[str]:
    f, g = ident.family, ident.given
    return [f"{f}^{g}", f"{f}, {g}", f"{g.title()} {f.title()}", f"{f} {g}", f"{f.title()}, {g.title()}",
            f"{g} {f}"]


def date_renderings(date: tuple[int, int, int]) -> list[str]:
    y, m, d = date
    mon = MONTHS[m - 1]
    return [f"{m:02d}/{d:02d}/{y}", f"{m:02d}.{d:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}-{mon.title()}-{y}",
            f"{d:02d} {mon} {y}", f"{d:02d}.{m:02d}.{y}"]


NON_PHI_POOL = ["L", "R", "AP", "PA", "PORTABLE", "UPRIGHT", "kV 120", "mA 250", "W 400 L 40", "Im 34", "Se 2",
                "MI 1.1", "TIs 0.4", "C5-1", "L12-5", "Frame 12/48", "FINDINGS", "IMPRESSION", "LEFT", "SUPINE",
                "Thk 5.0 mm", "FOV 35 cm", "2D", "Gain 54", "DR 60", "ABDOMEN", "CHEST", "No acute disease"]


@dataclass(frozen=True)
class EvalCase:
    """One image of the catalogue; `build` draws it (cheap: a second or less)."""

    name: str
    kind: str
    build: Callable[[], Synthetic]


# A line of overlay text: an optional non-PHI label ('DOB:') and the value it labels.
Line = tuple[str, str, str | None]


def _phi_lines(ident: Identity, rng: random.Random, *, full: bool) -> list[Line]:
    """(label, value, entity) lines for an overlay; `full` adds the rarer fields."""
    lines: list[Line] = [
        ("", rng.choice(name_renderings(ident)), "PERSON"),
        ("DOB:", rng.choice(date_renderings(ident.birth)), "DATE_TIME"),
        (rng.choice(["MRN:", "ID:", "PID"]), ident.mrn, "ID"),
        ("", rng.choice(date_renderings(ident.study)), "DATE_TIME"),
    ]
    if full:
        lines += [
            ("Acc#", ident.accession, "ID"),
            ("", f"{ident.age:03d}Y" if rng.random() < 0.5 else f"{ident.age} yrs", "AGE"),
            ("", ident.institution, "ORGANIZATION"),
            ("Ref: Dr.", f"{ident.physician[1].title()} {ident.physician[0].title()}", "PERSON"),
            ("Tel", ident.phone, "PHONE_NUMBER"),
            ("", ident.email, "EMAIL"),
        ]
    return lines


def _specs_column(lines: list[Line], x: int, y: int, size: int, step: float = 1.45) -> list[TextSpec]:
    """Labels are their own (non-PHI) segments, so a redactor that erases the value
    but keeps 'DOB:' is scored as it should be: PHI erased, label kept."""
    specs = []
    for i, (label, value, entity) in enumerate(lines):
        top = int(y + i * size * step)
        left = x
        if label:
            specs.append(TextSpec(label, x, top, None, size))
            left = x + int(font(size).getlength(label + " "))
        specs.append(TextSpec(value, left, top, entity, size))
    return specs


def _xray(ident: Identity, seed: int, photometric: str, bits: int, size: int) -> EvalCase:
    rng = random.Random(seed)
    rows, cols = rng.choice([(1024, 1024), (1400, 1200), (1800, 1500)])
    font = max(24, rows // 40)
    phi = _phi_lines(ident, rng, full=seed % 2 == 0)
    specs = _specs_column(phi, 30, 30, font)
    nonphi: list[Line] = [("", "PORTABLE", None), ("", rng.choice(["AP", "PA", "UPRIGHT", "SUPINE"]), None)]
    specs += _specs_column(nonphi, cols - font * 7, 30, font)
    specs.append(TextSpec(rng.choice(["L", "R"]), 40, rows - font * 3, None, font * 2))
    kind = f"X-ray {photometric}"
    dark = photometric == "MONOCHROME1"

    def build() -> Synthetic:
        return make_dicom(specs, rows=rows, columns=cols, photometric=photometric, bits_stored=bits,
                          dark_text=dark, header=ident.header(), seed=seed,
                          transfer_syntax=RLELossless if seed % 3 == 0 else ExplicitVRLittleEndian)

    return EvalCase(f"xray-{photometric.lower()}-{seed}", kind, build)


def _ct(ident: Identity, seed: int) -> EvalCase:
    rng = random.Random(seed)
    size = rng.choice([12, 13, 14, 16])
    bits = rng.choice([12, 16])
    phi = _phi_lines(ident, rng, full=True)[:6]
    left = _specs_column(phi[:3], 6, 6, size, 1.35)
    right = _specs_column(phi[3:], 512 - size * 11, 6, size, 1.35)
    bottom_left = _specs_column([("", "kV 120", None), ("", "mA 250", None), ("", "Thk 5.0 mm", None)], 6,
                                512 - size * 5, size, 1.35)
    bottom_right = _specs_column([("", "W 400 L 40", None), ("", f"Im {rng.randint(1, 200)}", None)],
                                 512 - size * 8, 512 - size * 4, size, 1.35)
    specs = left + right + bottom_left + bottom_right

    def build() -> Synthetic:
        return make_dicom(specs, rows=512, columns=512, bits_stored=bits, signed=True, header=ident.header(),
                          seed=seed, aliased=seed % 2 == 1)

    return EvalCase(f"ct-{seed}", "CT overlay", build)


US_COLOURS = {"white": (255, 255, 255), "yellow": (255, 230, 40), "green": (60, 230, 90)}


def _us(ident: Identity, seed: int, variant: str) -> EvalCase:
    rng = random.Random(seed)
    colour = list(US_COLOURS)[seed % 3]
    size = rng.choice([14, 16, 18])
    name = rng.choice(name_renderings(ident))
    dob = rng.choice(date_renderings(ident.birth))
    banner = [
        TextSpec(name, 8, 6, "PERSON", size),
        TextSpec(ident.mrn, 330, 6, "ID", size),
        TextSpec(rng.choice(date_renderings(ident.study)), 500, 6, "DATE_TIME", size),
        TextSpec(ident.institution, 8, 8 + int(size * 1.5), "ORGANIZATION", size),
        TextSpec("DOB", 330, 8 + int(size * 1.5), None, size),
        TextSpec(dob, 330 + int(font(size).getlength("DOB ")), 8 + int(size * 1.5), "DATE_TIME", size),
        TextSpec("MI 1.1", 560, 60, None, size),
        TextSpec("TIs 0.4", 560, 60 + int(size * 1.5), None, size),
        TextSpec(rng.choice(["C5-1", "L12-5"]), 8, 60, None, size),
        TextSpec("Gain 54", 560, 420, None, size),
    ]
    frames = 3 if variant == "multi" else 1
    if frames > 1:
        banner += [TextSpec(f"Frame {i + 1}/{frames}", 8, 450, None, size, frames=(i,)) for i in range(frames)]
    syntax = JPEGBaseline8Bit if variant in ("jpeg", "multi") else ExplicitVRLittleEndian
    photometric = "YBR_FULL_422" if syntax == JPEGBaseline8Bit else "RGB"
    kind = {"rgb": "Ultrasound RGB", "jpeg": "Ultrasound JPEG", "multi": "Ultrasound multi-frame"}[variant]

    def build() -> Synthetic:
        return make_dicom(banner, rows=480, columns=640, photometric=photometric, bits_stored=8, frames=frames,
                          color=US_COLOURS[colour], transfer_syntax=syntax, header=ident.header(), seed=seed)

    return EvalCase(f"us-{variant}-{colour}-{seed}", kind, build)


def _screen(ident: Identity, seed: int, colour: bool) -> EvalCase:
    rng = random.Random(seed)
    size = 18
    lines = _phi_lines(ident, rng, full=True)
    lines.insert(2, ("", "FINDINGS", None))
    lines.append(("", "IMPRESSION", None))
    lines.append(("", "No acute disease", None))
    specs = _specs_column(lines, 40, 30, size, 1.6)

    def build() -> Synthetic:
        if colour:
            return make_dicom(specs, rows=600, columns=800, photometric="RGB", bits_stored=8, color=(20, 20, 30),
                              dark_text=True, header=ident.header(), seed=seed)
        return make_dicom(specs, rows=600, columns=800, bits_stored=8, dark_text=True, header=ident.header(),
                          seed=seed)

    return EvalCase(f"screen-{'rgb' if colour else 'gray'}-{seed}", "Screen capture", build)


def _non_phi_only(ident: Identity, seed: int) -> EvalCase:
    rng = random.Random(seed)
    words = rng.sample(NON_PHI_POOL, 6)
    specs = [TextSpec(w, 20 + (i % 2) * 300, 20 + (i // 2) * 40, None, 22) for i, w in enumerate(words)]

    def build() -> Synthetic:
        return make_dicom(specs, rows=512, columns=512, bits_stored=12, header=ident.header(), seed=seed)

    return EvalCase(f"nonphi-{seed}", "Non-PHI text only", build)


def _no_text(ident: Identity, seed: int, colour: bool) -> EvalCase:
    def build() -> Synthetic:
        if colour:
            return make_dicom([], rows=480, columns=640, photometric="RGB", bits_stored=8, header=ident.header(),
                              seed=seed)
        return make_dicom([], rows=512, columns=512, bits_stored=16, header=ident.header(), seed=seed)

    return EvalCase(f"notext-{'rgb' if colour else 'gray'}-{seed}", "No text", build)


def catalogue(quick: bool = False) -> list[EvalCase]:
    """All cases; `quick` keeps one of each kind (for tests and fast checks)."""
    ids = IDENTITIES
    cases = [
        _xray(ids[0], 10, "MONOCHROME2", 12, 0), _xray(ids[1], 11, "MONOCHROME2", 16, 0),
        _xray(ids[2], 12, "MONOCHROME2", 14, 0),
        _xray(ids[3], 20, "MONOCHROME1", 12, 0), _xray(ids[4], 21, "MONOCHROME1", 16, 0),
        _xray(ids[5], 22, "MONOCHROME1", 14, 0),
        _ct(ids[0], 30), _ct(ids[1], 31), _ct(ids[2], 32), _ct(ids[3], 33),
        _us(ids[4], 40, "rgb"), _us(ids[5], 41, "rgb"), _us(ids[0], 42, "rgb"),
        _us(ids[1], 43, "jpeg"), _us(ids[2], 44, "jpeg"),
        _us(ids[3], 45, "multi"), _us(ids[4], 46, "multi"),
        _screen(ids[5], 50, False), _screen(ids[0], 51, True), _screen(ids[2], 52, True),
        _non_phi_only(ids[1], 60), _non_phi_only(ids[3], 61),
        _no_text(ids[4], 70, False), _no_text(ids[5], 71, True),
    ]
    if quick:
        seen, out = set(), []
        for case in cases:
            if case.kind not in seen:
                seen.add(case.kind)
                out.append(case)
        return out
    return cases
