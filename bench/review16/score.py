"""Score a checkout of presidio-image-redactor on the review 16 set (README.md).

python bench/review16/score.py [--checkout PATH] [--python PY] [--set DIR] [--runs DIR]
                               [--configs redact,redact_meta] [--jobs 2] [--score-only] [--make-set PY]
Generates the set into --set first when it is missing (make_set.py DIR, deterministic; --make-set names
another set's generator, e.g. bench/review17/make_set.py, which takes the same DIR argument). Then runs
(unless --score-only) the CLI of --checkout once per config over all 40 images into RUNS/<config>/,
and compares redacted pixels with the input, word by word, against the *.truth.json files.
Writes RUNS/<config>.score.json (+ .misses.json, .words.json, .run.json, .log); prints aggregates.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pydicom

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]  # the checkout this script sits in
OUT = HERE / "out"  # git-ignored
CONFIGS = {"redact": ["--mode", "redact"], "redact_meta": ["--mode", "redact", "--use-metadata"]}
ERASE_FRAC = 0.90
KEEP_FRAC = 0.90


def ensure_set(set_dir: Path, make_set: Path = HERE / "make_set.py") -> None:
    """Generate the set into set_dir with make_set unless it is complete (split.json is written last)."""
    if (set_dir / "split.json").exists():
        return
    print(f"generating the set into {set_dir}", flush=True)
    subprocess.run([sys.executable, str(make_set), str(set_dir)], check=True, stdout=subprocess.DEVNULL)


def git_head(checkout: Path) -> str:
    r = subprocess.run(["git", "-C", str(checkout), "rev-parse", "HEAD"], capture_output=True, text=True)
    return r.stdout.strip() if r.returncode == 0 else "?"


def run_cli(checkout: Path, python: str, set_dir: Path, rd: Path, cfg: str, jobs: int):
    rd.mkdir(parents=True, exist_ok=True)
    out = rd / cfg
    shutil.rmtree(out, ignore_errors=True)  # no stale outputs of an earlier run
    inputs = sorted(str(p) for p in set_dir.glob("*.dcm"))
    code = ("import sys, fw_gear_presidio_image_redactor as m; print('MODULE_FILE', m.__file__, flush=True); "
            "from fw_gear_presidio_image_redactor.cli import main; main()")
    cmd = [python, "-c", code, "run", *inputs, *CONFIGS[cfg], "--jobs", str(jobs), "--output-dir", str(out)]
    log = rd / f"{cfg}.log"
    t0 = time.time()
    with open(log, "w") as fh:
        env = dict(os.environ, PYTHONPATH=str(checkout), LANG="C.UTF-8")
        rc = subprocess.call(cmd, cwd=rd, env=env, stdout=fh, stderr=subprocess.STDOUT)
    dt = time.time() - t0
    run = dict(cmd=cmd, rc=rc, seconds=round(dt, 1), checkout=str(checkout), commit=git_head(checkout))
    (rd / f"{cfg}.run.json").write_text(json.dumps(run, indent=1))
    return rc, dt


def load(path):
    ds = pydicom.dcmread(path)
    a = ds.pixel_array
    nf = int(ds.get("NumberOfFrames", 1) or 1)
    spp = int(ds.SamplesPerPixel)
    a = np.asarray(a, dtype=np.float64)
    if nf == 1:
        a = a[None]
    if spp == 1:
        a = a[..., None]
    return ds, a


def score_image(set_dir, name, out_dir, oddities):
    truth = json.loads((set_dir / f"{name}.truth.json").read_text())
    ds_in, a_in = load(set_dir / f"{name}.dcm")
    outp = out_dir / f"redacted_{name}.dcm"
    if outp.exists():
        ds_out, a_out = load(outp)
        if ds_out.PhotometricInterpretation != ds_in.PhotometricInterpretation:
            pi_in, pi_out = ds_in.PhotometricInterpretation, ds_out.PhotometricInterpretation
            oddities.append(f"{name}: photometric {pi_in} -> {pi_out}")
            mono = {"MONOCHROME1", "MONOCHROME2"}
            if {ds_out.PhotometricInterpretation, ds_in.PhotometricInterpretation} == mono:
                a_out = (2 ** int(ds_out.BitsStored) - 1) - a_out
        if a_out.shape != a_in.shape:
            oddities.append(f"{name}: shape {a_in.shape} -> {a_out.shape}")
            a_out = a_in.copy()
        out_ts = str(ds_out.file_meta.TransferSyntaxUID)
    else:
        oddities.append(f"{name}: no redacted output (treated as unchanged)")
        a_out = a_in.copy()
        out_ts = None
    bits = int(ds_in.BitsStored)
    rng = float(np.ptp(a_in)) if bits > 12 else float(2 ** bits - 1)
    lossy = str(ds_in.file_meta.TransferSyntaxUID) == "1.2.840.10008.1.2.4.50"
    tol = (0.06 if lossy else 0.02) * rng
    diff = np.abs(a_out - a_in).max(axis=-1)  # (F, R, C)
    F, R, Cc = diff.shape
    res = []
    for w in truth["words"]:
        x0, y0, x1, y1 = w["box"]
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(Cc, x1), min(R, y1)
        frames = w["frames"] if w["frames"] is not None else list(range(F))
        per = []
        for f in frames:
            box_in = a_in[f, y0:y1, x0:x1]
            box_out = a_out[f, y0:y1, x0:x1]
            d = diff[f, y0:y1, x0:x1]
            changed = d > tol
            # ink: pixels differing from the local background (median of a 3-px ring around the box)
            rx0, ry0, rx1, ry1 = max(0, x0 - 3), max(0, y0 - 3), min(Cc, x1 + 3), min(R, y1 + 3)
            ring = a_in[f, ry0:ry1, rx0:rx1].copy()
            m = np.ones(ring.shape[:2], bool)
            m[y0 - ry0:y1 - ry0, x0 - rx0:x1 - rx0] = False
            bg = np.median(ring[m], axis=0) if m.any() else np.median(box_in.reshape(-1, box_in.shape[-1]), axis=0)
            dev = np.abs(box_in - bg[None, None, :]).max(axis=-1)
            ink = (dev > 0.5 * dev.max()) & (dev > 0.04 * rng)
            if ink.sum() < 3:
                ink = dev >= np.percentile(dev, 80)
            ink_changed = float(changed[ink].mean()) if ink.any() else 0.0
            flat = (np.ptp(box_out.reshape(-1, box_out.shape[-1]), axis=0).max() <= tol) and changed.any()
            box_unchanged = float((~changed).mean())
            per.append(dict(ink_changed=ink_changed, flat=bool(flat), unchanged=box_unchanged))
        erased = all(p["ink_changed"] >= ERASE_FRAC or p["flat"] for p in per)
        kept = all(p["unchanged"] >= KEEP_FRAC for p in per)
        res.append(dict(image=name, text=w["text"], kind=w["kind"], entity=w["entity"], staff=w.get("staff", False),
                        in_header=w.get("in_header"), box=w["box"], frames=w["frames"], size=w.get("size"),
                        font=w.get("font"), erased=erased, kept=kept,
                        min_ink_changed=round(min(p["ink_changed"] for p in per), 3),
                        min_unchanged=round(min(p["unchanged"] for p in per), 3)))
    return res, out_ts


def aggregate(rows, split):
    agg = {}
    for half in ("A", "B", "all"):
        rr = [r for r in rows if half == "all" or split["images"][r["image"]] == half]
        phi = [r for r in rr if r["kind"] == "phi"]
        non = [r for r in rr if r["kind"] != "phi"]
        dev = [r for r in rr if r["kind"] == "device"]
        agg[half] = dict(phi_erased=sum(r["erased"] for r in phi), phi_n=len(phi),
                         nonphi_kept=sum(r["kept"] for r in non), nonphi_n=len(non),
                         device_painted=sum(not r["kept"] for r in dev), device_n=len(dev),
                         phi_in_header_erased=sum(r["erased"] for r in phi if r["in_header"]),
                         phi_in_header_n=sum(1 for r in phi if r["in_header"]),
                         phi_not_header_erased=sum(r["erased"] for r in phi if not r["in_header"]),
                         phi_not_header_n=sum(1 for r in phi if not r["in_header"]))
    ent = collections.defaultdict(lambda: [0, 0])
    for r in rows:
        if r["kind"] == "phi":
            k = "PERSON(staff)" if r["staff"] else r["entity"]
            ent[k][0] += r["erased"]
            ent[k][1] += 1
    img = collections.defaultdict(lambda: dict(phi_erased=0, phi_n=0, nonphi_kept=0, nonphi_n=0, device_painted=0))
    for r in rows:
        d = img[r["image"]]
        if r["kind"] == "phi":
            d["phi_erased"] += r["erased"]
            d["phi_n"] += 1
        else:
            d["nonphi_kept"] += r["kept"]
            d["nonphi_n"] += 1
            if r["kind"] == "device":
                d["device_painted"] += not r["kept"]
    return agg, dict(ent), dict(img)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--checkout", type=Path, default=REPO, help="checkout whose CLI runs (default: %(default)s)")
    ap.add_argument("--python", default=sys.executable, help="interpreter that runs the CLI (default: %(default)s)")
    ap.add_argument("--set", type=Path, default=OUT / "set",
                    help="the set; generated when missing (default: %(default)s)")
    ap.add_argument("--runs", type=Path, default=OUT / "runs", help="outputs and scores (default: %(default)s)")
    ap.add_argument("--configs", default="redact,redact_meta")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--score-only", action="store_true", help="score the outputs already in --runs")
    ap.add_argument("--make-set", type=Path, default=HERE / "make_set.py",
                    help="generator run as `PY DIR` when --set is missing (default: %(default)s)")
    a = ap.parse_args()
    checkout, set_dir, rd = a.checkout.resolve(), a.set.resolve(), a.runs.resolve()
    t_start = time.time()
    ensure_set(set_dir, a.make_set.resolve())
    split = json.loads((set_dir / "split.json").read_text())
    names = sorted(p.name[:-4] for p in set_dir.glob("*.dcm"))
    print(f"checkout {checkout} @ {git_head(checkout)}; set {set_dir} ({len(names)} images); runs {rd}", flush=True)
    for cfg in a.configs.split(","):
        if not a.score_only:
            rc, dt = run_cli(checkout, a.python, set_dir, rd, cfg, a.jobs)
            print(f"[{cfg}] cli rc={rc} {dt:.0f}s", flush=True)
        log = (rd / f"{cfg}.log").read_text(errors="replace")
        modline = next((ln for ln in log.splitlines() if ln.startswith("MODULE_FILE")), "MODULE_FILE ?")
        print(f"[{cfg}] {modline}")
        if not modline.startswith(f"MODULE_FILE {checkout}{os.sep}"):
            print(f"[{cfg}] WARNING: the CLI that ran is not the one in {checkout}")
        oddities, rows, ts = [], [], {}
        for n in names:
            r, out_ts = score_image(set_dir, n, rd / cfg, oddities)
            rows.extend(r)
            ts[n] = out_ts
        agg, ent, img = aggregate(rows, split)
        run_json = rd / f"{cfg}.run.json"
        commit = json.loads(run_json.read_text()).get("commit", "?") if run_json.exists() else "?"
        (rd / f"{cfg}.score.json").write_text(json.dumps(dict(checkout=str(checkout), commit=commit,
                                                              config=cfg, aggregate=agg, per_entity=ent,
                                                              per_image=img, out_transfer_syntax=ts,
                                                              oddities=oddities), indent=1))
        misses = dict(missed_phi=[r for r in rows if r["kind"] == "phi" and not r["erased"]],
                      painted_nonphi=[r for r in rows if r["kind"] != "phi" and not r["kept"]])
        (rd / f"{cfg}.misses.json").write_text(json.dumps(misses, indent=1, ensure_ascii=False))
        (rd / f"{cfg}.words.json").write_text(json.dumps(rows, ensure_ascii=False))
        for half in ("A", "B", "all"):
            g = agg[half]
            print(f"[{cfg}] half {half}: PHI erased {g['phi_erased']}/{g['phi_n']}, "
                  f"non-PHI kept {g['nonphi_kept']}/{g['nonphi_n']}, "
                  f"device painted {g['device_painted']}/{g['device_n']} "
                  f"(PHI in header {g['phi_in_header_erased']}/{g['phi_in_header_n']}, "
                  f"not in header {g['phi_not_header_erased']}/{g['phi_not_header_n']})")
        print(f"[{cfg}] oddities: {len(oddities)}")
        for o in oddities:
            print(f"[{cfg}]   {o}")
    print(f"total {time.time() - t_start:.0f}s")


if __name__ == "__main__":
    main()
