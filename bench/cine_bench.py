"""`make bench`: time and peak memory of multi-frame scanning, with overlay reuse
and with naive per-frame scanning, on synthetic ultrasound cines.

Each cine is 640x480 RGB with a static banner (name, date of birth, MRN: PHI)
and a per-frame counter ('Frame 17': not PHI), over anatomy that moves on every
frame. Every run is a separate process (its own peak RSS, its own model load).
Recall is checked from the outputs against where the text was really drawn:
redaction modes pixel by pixel, detection modes from the bbox JSON.

Prints a Markdown table; docs/benchmarks.md holds the last one with this command.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pydicom

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fw_gear_presidio_image_redactor.dev.evaluation.scorer import erased  # noqa: E402
from fw_gear_presidio_image_redactor.dev.synthetic import make_cine  # noqa: E402
from fw_gear_presidio_image_redactor.findings import Box  # noqa: E402
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name  # noqa: E402

MODES = ("detect", "redact", "redact-all")
OUTPUT = {"redact": "redacted_{}.dcm", "redact-all": "redacted_{}.dcm"}


def run_measured(path: Path, mode: str, out: Path, naive: bool, jobs: int) -> dict:
    """Run one case in a child process and reap it with wait4, which reports that child's own peak RSS."""
    cmd = [sys.executable, str(REPO / "bench" / "run_one.py"), str(path), "--output-dir", str(out),
           "--mode", mode, "--jobs", str(jobs)] + (["--naive"] if naive else [])
    with tempfile.TemporaryFile("w+") as so, tempfile.TemporaryFile("w+") as se:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=so, stderr=se, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        so.seek(0)
        se.seek(0)
        stdout, stderr = so.read(), se.read()
    lines = stdout.strip().splitlines()
    result = json.loads(lines[-1]) if lines else {"status": "crashed"}
    result.update(total_s=wall, peak_rss_mb=usage.ru_maxrss / 1024, stderr_tail=stderr[-600:])
    return result


def _covered(seg_box: Box, boxes: list[Box]) -> bool:
    inside = sum(seg_box.intersection_area(b) for b in boxes)
    return inside >= 0.8 * seg_box.area


def score(syn, mode: str, out: Path, stem: str) -> tuple[float, float]:
    """(share of PHI segments removed or found on every frame, share of frames whose counter survived)."""
    phi = [s for s in syn.segments if s.entity]
    counters = [s for s in syn.segments if s.text.startswith("Frame ")]
    if mode in OUTPUT:
        ds = pydicom.dcmread(out / OUTPUT[mode].format(stem))
        frames = int(ds.get("NumberOfFrames", 1) or 1)
        hit_phi = kept = 0
        for i in range(frames):
            arr = pydicom.pixels.pixel_array(ds, index=i)
            hit_phi += sum(erased(arr, s) for s in phi if s.frame == i)
            kept += sum(not erased(arr, s) for s in counters if s.frame == i)
        return hit_phi / max(1, len(phi)), kept / max(1, len(counters))
    doc = json.loads((out / bbox_json_name(stem)).read_text())
    boxes: dict[int, list[Box]] = {}
    for b in doc["instances"][0]["boxes"]:
        boxes.setdefault(b["frame"], []).append(Box(b["left"], b["top"], b["width"], b["height"]))
    found = sum(_covered(s.box, boxes.get(s.frame, [])) for s in phi)
    kept = sum(not _covered(s.box, boxes.get(s.frame, [])) for s in counters)
    return found / max(1, len(phi)), kept / max(1, len(counters))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames", default="1,10,100,500", help="cine lengths (default %(default)s)")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--naive-frames", default="1,10,100",
                        help="lengths also run through naive per-frame scanning, redact mode "
                             "(default %(default)s; 500 adds about 6 minutes on 2 cores)")
    parser.add_argument("--jobs", type=int, default=0, help="OCR processes (default 0: one per core)")
    args = parser.parse_args()
    lengths = [int(x) for x in args.frames.split(",") if x]
    modes = [m for m in args.modes.split(",") if m]
    naive_lengths = [int(x) for x in args.naive_frames.split(",") if x]

    rows = []
    with tempfile.TemporaryDirectory(prefix="presidio-bench-") as tmp:
        root = Path(tmp)
        for n in sorted(set(lengths) | set(naive_lengths)):
            syn = make_cine(n, seed=n)
            path = root / f"cine{n}.dcm"
            syn.save(path)
            syn.dataset["PixelData"].value.close()
            runs = [(mode, False) for mode in modes if n in lengths]
            runs += [("redact", True)] if n in naive_lengths else []
            for mode, naive in runs:
                out = root / f"out-{n}-{mode}-{'naive' if naive else 'reuse'}"
                result = run_measured(path, mode, out, naive, args.jobs)
                recall, kept = score(syn, mode, out, path.stem) if result.get("status") == "processed" else (0, 0)
                row = {"frames": n, "mode": mode, "scan": "naive per-frame" if naive else "overlay reuse",
                       "result": result, "recall": recall, "kept": kept}
                rows.append(row)
                print(_line(row), file=sys.stderr, flush=True)
                for p in out.glob("*"):
                    p.unlink()
    print(table(rows))
    return 0 if all(r["result"].get("status") == "processed" for r in rows) else 1


def _line(row: dict) -> str:
    r = row["result"]
    return (f"{row['frames']:>4} frames {row['mode']:<10} {row['scan']:<16} "
            f"work {r.get('work_s', 0):6.1f}s total {r['total_s']:6.1f}s peak {r['peak_rss_mb']:6.0f} MB "
            f"recall {row['recall']:.3f} counter kept {row['kept']:.3f} {r.get('status')}"
            + ("" if r.get("status") == "processed" else f"\n{r.get('stderr_tail')}"))


def table(rows: list[dict]) -> str:
    base = {(r["mode"], r["scan"]): r["result"] for r in rows if r["frames"] == 1}
    out = [
        f"Host: {platform.machine()}, {os.cpu_count()} CPU(s), Python {platform.python_version()}; "
        f"cine 640x480 RGB, static PHI banner + per-frame counter.",
        "",
        "| frames | mode | scanning | jobs | work s | total s | x 1-frame work | x 1-frame total | peak RSS MB | "
        "key frames | regions read (distinct) | OCR inputs (frames + mosaics) | PHI recall | counter kept |",
        "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        r = row["result"]
        st = r.get("stats") or {}
        one = base.get((row["mode"], row["scan"]))
        ratio = f"{r.get('work_s', 0) / one['work_s']:.1f}" if one and one.get("work_s") else "-"
        ratio_total = f"{r['total_s'] / one['total_s']:.1f}" if one else "-"
        if st:
            keys, regions = st.get("key_frames", 0), f"{st.get('regions', 0)} ({st.get('distinct_regions', 0)})"
            calls = str(keys + st.get("mosaics", 0))
        else:
            keys, regions, calls = row["frames"], "-", str(row["frames"])
        out.append(
            f"| {row['frames']} | {row['mode']} | {row['scan']} | {r.get('jobs', '-')} | {r.get('work_s', 0):.1f} | "
            f"{r['total_s']:.1f} | {ratio} | {ratio_total} | {r['peak_rss_mb']:.0f} | {keys} | {regions} | {calls} | "
            f"{row['recall']:.3f} | {row['kept']:.3f} |"
        )
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
