"""Add 'without title words' and per-kind numbers to score.py output: python titles.py RUNSDIR [SETDIR]."""
import json
import sys
from pathlib import Path

rd = Path(sys.argv[1])
sd = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent / "out" / "set"
split = json.loads((sd / "split.json").read_text())["images"]
title = {}
for t in sd.glob("*.truth.json"):
    for w in json.loads(t.read_text())["words"]:
        title[(t.name[:-11], tuple(w["box"]), w["text"])] = w.get("title", False)
out = {}
for cfg in ("redact", "redact_meta"):
    p = rd / f"{cfg}.words.json"
    if not p.exists():
        continue
    rows = json.loads(p.read_text())
    res = {}
    for half in ("A", "B", "all"):
        rr = [r for r in rows if half == "all" or split[r["image"]] == half]
        phi = [r for r in rr if r["kind"] == "phi"]
        phin = [r for r in phi if not title[(r["image"], tuple(r["box"]), r["text"])]]
        non = [r for r in rr if r["kind"] != "phi"]
        dev = [r for r in rr if r["kind"] == "device"]
        res[half] = dict(phi=f"{sum(r['erased'] for r in phi)}/{len(phi)}",
                         phi_no_titles=f"{sum(r['erased'] for r in phin)}/{len(phin)}",
                         nonphi_kept=f"{sum(r['kept'] for r in non)}/{len(non)}",
                         device_painted=f"{sum(not r['kept'] for r in dev)}/{len(dev)}")
        print(cfg, half, res[half])
    out[cfg] = res
(rd / "titles.json").write_text(json.dumps(out, indent=1))
