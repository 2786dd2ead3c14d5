"""Helpers shared by the test modules: synthetic cases, pixel scorers, gear run
directories, and the two ways of running the CLI and the gear.

Fixtures live in conftest.py; everything here is plain functions and constants.

Running the front ends costs what they import. A fresh process imports Presidio,
spaCy and torch again (about 4 s of CPU) before the scan that takes a fraction of a
second in a warm process. So `run_cli` and `run_gear` run `cli.main(argv)` and
`gear.main()` in the test process, as a new process would see them (its own working
folder, environment, temp folder, stdout and stderr file descriptors, exit code), and
only the tests of the process itself (the console script's exit codes and output,
`python run.py`, the TTY progress bar, a file-size rlimit, the container steps) start
one, through `run_cli_process` and `run_gear_process`.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pydicom

from fw_gear_presidio_image_redactor.dev.synthetic import Segment, Synthetic, TextSpec, font, make_dicom
from fw_gear_presidio_image_redactor.findings import Box, OcrWord

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("PRESIDIO_SHARED_DIR") or REPO.parent / "shared") / "data" / "presidio"
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


# -- synthetic cases ------------------------------------------------------------------

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


# -- running the front ends ------------------------------------------------------------

def _in_a_fresh_process_view(call: Callable[[], int | None], cwd: Path, env: dict | None,
                             args: list[str]) -> subprocess.CompletedProcess:
    """Run `call` in this process as a new process would see it, and return what a
    `subprocess.run(..., capture_output=True, text=True)` of it would return.

    - working folder `cwd`, `os.environ` plus `env`, and `tempfile` re-reading TMPDIR;
    - file descriptors 1 and 2 pointed at temporary files, with `sys.stdout`/`sys.stderr`
      writing to them: forked worker processes (`--jobs` on several inputs) inherit
      them, so their log lines are captured as a child process's would be;
    - the root logger starts without handlers (the front end configures its own);
    - `SystemExit` gives the exit code; any other exception is printed as a traceback
      on stderr with exit code 1, as the interpreter would.
    Everything is put back afterwards, whatever happened.
    """
    saved_env, saved_cwd, saved_tempdir = dict(os.environ), os.getcwd(), tempfile.tempdir
    saved_streams = sys.stdout, sys.stderr
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        for stream in saved_streams:
            stream.flush()
        saved_fds = os.dup(1), os.dup(2)
        os.dup2(out_file.fileno(), 1)
        os.dup2(err_file.fileno(), 2)
        sys.stdout, sys.stderr = (io.TextIOWrapper(io.FileIO(fd, "w", closefd=False), encoding="utf-8",
                                                   errors="backslashreplace", write_through=True) for fd in (1, 2))
        root.handlers = []
        try:
            os.environ.update({k: str(v) for k, v in (env or {}).items()})
            tempfile.tempdir = None  # gettempdir() caches its answer; a new process would read TMPDIR
            os.chdir(cwd)
            try:
                code = call()
            except SystemExit as exc:
                code = exc.code
            except KeyboardInterrupt:
                raise
            except BaseException:
                traceback.print_exc()
                code = 1
            if code is None:
                code = 0
            elif not isinstance(code, int):  # sys.exit("message"): printed, exit status 1
                print(code, file=sys.stderr)
                code = 1
        finally:
            for stream in (sys.stdout, sys.stderr, *(h for h in root.handlers if hasattr(h, "flush"))):
                stream.flush()
            root.handlers = saved_handlers
            root.setLevel(saved_level)
            sys.stdout, sys.stderr = saved_streams
            os.dup2(saved_fds[0], 1)
            os.dup2(saved_fds[1], 2)
            for fd in saved_fds:
                os.close(fd)
            os.chdir(saved_cwd)
            tempfile.tempdir = saved_tempdir
            os.environ.clear()
            os.environ.update(saved_env)
        out_file.seek(0)
        err_file.seek(0)
        stdout = out_file.read().decode("utf-8", "replace")
        stderr = err_file.read().decode("utf-8", "replace")
    return subprocess.CompletedProcess(args, code, stdout, stderr)


def run_cli(*args, cwd=None, env=None) -> subprocess.CompletedProcess:
    """`presidio-image-redactor ARGS` as a process would run it (exit code, stdout, stderr),
    but inside this process: `cli.main(argv)`, reusing what is already imported."""
    from fw_gear_presidio_image_redactor import cli

    argv = [str(a) for a in args]
    return _in_a_fresh_process_view(lambda: cli.main(argv), Path(cwd or REPO), env, [*CLI, *argv])


def run_cli_process(*args, cwd=None, env=None, **kwargs) -> subprocess.CompletedProcess:
    """The CLI as a user runs it: a separate process, real exit code, real stderr.
    Only for tests of the process itself; everything else uses `run_cli`."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([*CLI, *map(str, args)], capture_output=True, text=True, cwd=cwd or REPO,
                          env=full_env, timeout=600, **kwargs)


def runs_per_mode(source: Path, tmp_path_factory, prefix: str):
    """One CLI run per mode on the same input, shared by a module's tests:
    `run(mode) -> (output folder, completed run)`."""
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
    """What `python run.py` in the gear directory does (`sys.exit(gear.main())` with the
    directory as working folder), inside this process."""
    from fw_gear_presidio_image_redactor import gear

    return _in_a_fresh_process_view(gear.main, Path(gear_dir), env, [sys.executable, "run.py"])


def run_gear_process(gear_dir: Path, env=None) -> subprocess.CompletedProcess:
    """`python run.py` started in the gear directory, as the engine starts it."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    return subprocess.run([sys.executable, "run.py"], cwd=gear_dir, capture_output=True, text=True,
                          env=full_env, timeout=600)


# -- reading results -------------------------------------------------------------------

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


def read_csv_rows(path: Path) -> list[dict]:
    lines = [ln for ln in path.read_text().splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def turned_glyphs(font, text: str, angle: int):
    """Anti-aliased glyph coverage 0-1 (float32 (h, w)) of `text` drawn in the PIL `font` and
    turned `angle` degrees counter-clockwise, cropped to its ink: vertical text to burn in."""
    import numpy as np
    from PIL import Image, ImageDraw

    _, _, right, bottom = font.getbbox(text)
    im = Image.new("L", (right + 4, bottom + 4), 0)
    ImageDraw.Draw(im).text((2, 2), text, fill=255, font=font)
    alpha = np.asarray(im.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC), np.float32) / 255
    ys, xs = np.nonzero(alpha > 0.2)
    return alpha[ys.min():ys.max() + 1, xs.min():xs.max() + 1]


def assert_label_block_redacted(tmp_path: Path, rows: list[tuple[str, str, str]], name: str, size: int = 22):
    """Draw `rows` ((label, value, entity) one per line, the value one space after its label)
    on a 512x512 image, run `--mode redact` through the real OCR, and assert each value's glyphs
    are erased while less than 10% of each label's box changed."""

    def after(label: str) -> int:
        return 20 + int(font(size).getlength(label + " "))

    specs = []
    for i, (label, value, entity) in enumerate(rows):
        y = 16 + 40 * i
        specs += [TextSpec(label, 20, y, None, size), TextSpec(value, after(label), y, entity, size)]
    case = write_case(tmp_path / "in" / f"{name}.dcm", specs, rows=512, columns=512)
    out = tmp_path / "out"
    result = run_cli("run", case.path, "--mode", "redact", "--output-dir", out)
    assert result.returncode == 0, result.stderr
    before, pixels = frame_pixels(case.path), frame_pixels(out / f"redacted_{name}.dcm")
    segs = {s.text: s for s in case.synthetic.segments}
    for label, value, _ in rows:
        assert glyphs_erased(pixels, segs[value]), f"{value} still legible"
        b = segs[label].box
        changed = np.mean(before[b.top:b.bottom, b.left:b.right] != pixels[b.top:b.bottom, b.left:b.right])
        assert changed < 0.1, f"{label} painted ({changed:.0%} of its box changed)"


def ocr_rows(*rows: tuple[int, int, str], gap: int = 4) -> list[OcrWord]:
    """OCR words of text lines at (x, y): 8 px a character, 12 px tall, `gap` px between words
    (PP-OCR's tight boxes leave about 2), 56 px more at a double space (a new field)."""
    out = []
    for x, y, line in rows:
        for word in line.split(" "):
            if not word:
                x += 56
                continue
            out.append(OcrWord(word, Box(x, y, 8 * len(word), 12), 99.0))
            x += 8 * len(word) + gap
    return out
