"""Per half x config: PHI erased with/without title words, non-PHI kept, device painted (from score.py's words.json).

python titles.py RUNSDIR [SETDIR]   -> prints a table, writes RUNSDIR/summary18.json (SETDIR defaults to out/set)
"""
import json
import re
import sys
from pathlib import Path

rd = Path(sys.argv[1])
sd = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent / "out" / "set"
split = json.loads((sd / "split.json").read_text())["images"]
title = {}
for p in sd.glob("*.truth.json"):
    t = json.loads(p.read_text())
    for w in t["words"]:
        title[(t["image"], w["text"], tuple(w["box"]), tuple(w["frames"] or []))] = w["title"]


def pct(s):
    return f"{s} ({100 * int(s.split('/')[0]) / max(1, int(s.split('/')[1])):.1f}%)"


out = {}
for cfg in ("redact", "redact_meta"):
    f = rd / f"{cfg}.words.json"
    if not f.exists():
        continue
    rows = json.loads(f.read_text())
    for half in ("A", "B", "all"):
        rr = [r for r in rows if half == "all" or split[r["image"]] == half]
        phi = [r for r in rr if r["kind"] == "phi"]
        pt = [r for r in phi if not title[(r["image"], r["text"], tuple(r["box"]), tuple(r["frames"] or []))]]
        pp = [r for r in pt if re.search(r"[0-9A-Za-z\u00C0-\u04FF]", r["text"])]
        non = [r for r in rr if r["kind"] != "phi"]
        dev = [r for r in rr if r["kind"] == "device"]
        hdr = [r for r in phi if r["in_header"]]
        nohdr = [r for r in phi if not r["in_header"]]
        d = dict(phi=f"{sum(r['erased'] for r in phi)}/{len(phi)}",
                 phi_no_titles=f"{sum(r['erased'] for r in pt)}/{len(pt)}",
                 phi_no_titles_no_punct=f"{sum(r['erased'] for r in pp)}/{len(pp)}",
                 nonphi_kept=f"{sum(r['kept'] for r in non)}/{len(non)}",
                 device_painted=f"{sum(not r['kept'] for r in dev)}/{len(dev)}",
                 phi_in_header=f"{sum(r['erased'] for r in hdr)}/{len(hdr)}",
                 phi_not_header=f"{sum(r['erased'] for r in nohdr)}/{len(nohdr)}")
        out[f"{half}/{cfg}"] = d
        print(f"{half:3s} {cfg:11s} PHI erased {pct(d['phi'])}; without titles {pct(d['phi_no_titles'])}; "
              f"without titles and punctuation-only tokens {pct(d['phi_no_titles_no_punct'])}; "
              f"non-PHI kept {pct(d['nonphi_kept'])}; device painted {pct(d['device_painted'])}; "
              f"PHI in header {pct(d['phi_in_header'])}, not in header {pct(d['phi_not_header'])}")
(rd / "summary18.json").write_text(json.dumps(out, indent=1))
