"""Shared fixtures: synthetic DICOMs with known text, a CLI runner and gear run directories."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom
import pytest

from fw_gear_presidio_image_redactor.dev.synthetic import Segment, Synthetic, TextSpec, make_dicom
from fw_gear_presidio_image_redactor.findings import Box

from .browser import browser  # noqa: F401 - a module-scoped fixture for every test module

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data" / "presidio"
CLI = [sys.executable, "-m", "fw_gear_presidio_image_redactor.cli"]

# A typical overlay: PHI with header values to match, and non-PHI that must survive.
HEADER = {
    "PatientName": "KOWALSKI^MARTHA",
    "PatientID": "55120934",
    "PatientBirthDate": "19520311",
    "StudyDate": "20190704",
}
PHI_SPECS = [
    TextSpec("KOWALSKI, MARTHA", 20, 16, "PERSON", 24),
    TextSpec("03/11/1952", 20, 52, "DATE_TIME", 24),
    TextSpec("MRN", 20, 88, "label", 24),  # a label: neither PHI nor text that must survive
    TextSpec("55120934", 86, 88, "ID", 24),
]
NON_PHI_SPECS = [TextSpec("PORTABLE", 330, 16, None, 24)]


@dataclass
class Case:
    path: Path
    synthetic: Synthetic

    @property
    def phi(self) -> list[Segment]:
        return phi_segments(self.synthetic.segments)

    @property
    def non_phi(self) -> list[Segment]:
        return [s for s in self.synthetic.segments if not s.entity]


def phi_segments(segments: list[Segment]) -> list[Segment]:
    """Segments that must be erased ('label' segments, like 'MRN', may go either way)."""
    return [s for s in segments if s.entity and s.entity != "label"]


def write_case(path: Path, specs=None, **kwargs) -> Case:
    kwargs.setdefault("header", HEADER)
    syn = make_dicom(specs if specs is not None else PHI_SPECS + NON_PHI_SPECS, **kwargs)
    path.parent.mkdir(parents=True, exist_ok=True)
    syn.save(path)
    return Case(path, syn)


@pytest.fixture
def fake():
    """A fake Flywheel API on 127.0.0.1, for the real flywheel-sdk and fw-client to talk to."""
    from .fake_flywheel import FakeFlywheel

    with FakeFlywheel() as server:
        yield server


@pytest.fixture
def case_factory(tmp_path):
    def make(name="scan.dcm", specs=None, **kwargs) -> Case:
        return write_case(tmp_path / "in" / name, specs, **kwargs)

    return make


def run_cli(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    """The CLI as a user runs it: a separate process, real exit code, real stderr."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd or REPO,
                          env=full_env, timeout=600)


def runs_per_mode(source: Path, tmp_path_factory, prefix: str):
    """One CLI run per mode on the same input, shared by a module's tests (each run
    costs seconds): `run(mode) -> (output folder, completed process)`."""
    runs: dict[str, tuple[Path, subprocess.CompletedProcess]] = {}

    def run(mode: str):
        if mode not in runs:
            out = tmp_path_factory.mktemp(f"{prefix}-{mode.replace('+', '-')}")
            extra = ["--assignees", "reader@example.org"] if mode == "detect+readertasks" else []
            result = run_cli("run", source, "--mode", mode, "--output-dir", out, *extra)
            assert result.returncode == 0, result.stderr
            runs[mode] = (out, result)
        return runs[mode]

    return run


def frame_pixels(path: Path, frame: int = 0) -> np.ndarray:
    ds = pydicom.dcmread(path)
    arr = ds.pixel_array
    return arr[frame] if int(ds.get("NumberOfFrames", 1) or 1) > 1 else arr


def glyphs_erased(pixels: np.ndarray, segment: Segment, tolerance: float = 0.05) -> bool:
    """Scorer used everywhere: a segment is erased when its glyph pixels no longer
    stand out from the rest of its box, whatever colour the fill is."""
    b = segment.box
    region = pixels[b.top : b.bottom, b.left : b.right].astype(np.float64)
    if region.ndim == 3:
        region = region.max(axis=2)
    glyph, ground = region[segment.mask], region[~segment.mask]
    if glyph.size == 0 or ground.size == 0:
        return bool(np.ptp(region) == 0)
    span = max(1.0, float(pixels.max()) - float(pixels.min()))
    return abs(float(glyph.mean()) - float(ground.mean())) / span < tolerance


def unchanged_outside(before: np.ndarray, after: np.ndarray, boxes: list[Box], margin: int = 12) -> float:
    """Share of pixels outside the given boxes (grown by margin) that changed."""
    keep = np.ones(before.shape[:2], dtype=bool)
    for b in boxes:
        keep[max(0, b.top - margin) : b.bottom + margin, max(0, b.left - margin) : b.right + margin] = False
    diff = before != after
    if diff.ndim == 3:
        diff = diff.any(axis=2)
    return float(diff[keep].mean()) if keep.any() else 0.0


def make_gear_dir(root: Path, image: Path, options: dict, *, bbox: Path | None = None,
                  api_key: str | None = None, tags=("existing-tag",)) -> Path:
    """A gear run directory laid out as the Flywheel engine and `fw-beta gear run` lay it out."""
    for sub in ("input/image_file", "output", "work"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "manifest.json", root / "manifest.json")
    shutil.copy(REPO / "run.py", root / "run.py")
    target = root / "input" / "image_file" / image.name
    shutil.copy(image, target)
    inputs = {
        "image_file": {
            "base": "file",
            "hierarchy": {"type": "acquisition", "id": "aaaaaaaaaaaaaaaaaaaaaaaa"},
            "location": {"path": str(target), "name": image.name},
            "object": {"file_id": "ffffffffffffffffffffffff", "tags": list(tags), "type": "dicom",
                       "modality": "CT", "info": {}, "mimetype": "application/dicom", "size": image.stat().st_size},
        }
    }
    if bbox is not None:
        (root / "input" / "bbox_coords").mkdir(parents=True, exist_ok=True)
        bbox_target = root / "input" / "bbox_coords" / bbox.name
        shutil.copy(bbox, bbox_target)
        inputs["bbox_coords"] = {"base": "file", "hierarchy": {"type": "acquisition", "id": "a" * 24},
                                 "location": {"path": str(bbox_target), "name": bbox.name},
                                 "object": {"file_id": "b" * 24, "tags": [], "type": "source code", "info": {}}}
    if api_key is not None:
        inputs["api-key"] = {"base": "api-key", "key": api_key}
    config = {"config": options, "inputs": inputs,
              "destination": {"type": "acquisition", "id": "aaaaaaaaaaaaaaaaaaaaaaaa"}}
    (root / "config.json").write_text(json.dumps(config, indent=2))
    return root


def run_gear(gear_dir: Path, env=None) -> subprocess.CompletedProcess:
    """`python run.py` started in the gear directory, as the engine starts it."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "run.py"], cwd=gear_dir, capture_output=True, text=True,
                          env=full_env, timeout=600)


def read_csv_rows(path: Path) -> list[dict]:
    import csv

    lines = [ln for ln in path.read_text().splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))
