"""Tables from RUNS/<cfg>.words.json (python titles.py RUNS SETDIR): PHI erased with and without title words.

The reviewer's analyze.py, lint-fixed (same output). Prints per half x config PHI erased, PHI erased without
title words, non-PHI kept, device painted, PHI erased in / not in the header (JSON); writes
RUNS/<cfg>.halfA_misses.json (half A's missed PHI and painted non-PHI, word by word).
Review 18's titles.py cannot be reused: it reads w["title"] on every word, and here only title words have one.
"""
import collections
import json
import sys
from pathlib import Path


def frac(n, d):
    return f"{n}/{d} ({100 * n / d:.1f}%)"


R, S = Path(sys.argv[1]), Path(sys.argv[2])
split = json.loads((S / "split.json").read_text())["images"]
title = {}
for t in S.glob("*.truth.json"):
    d = json.loads(t.read_text())
    for w in d["words"]:
        title[(d["image"], tuple(w["box"]), w["text"])] = bool(w.get("title"))
res = {}
for cfg in ("redact", "redact_meta"):
    p = R / f"{cfg}.words.json"
    if not p.exists():
        continue
    rows = json.loads(p.read_text())
    for r in rows:
        r["title"] = title[(r["image"], tuple(r["box"]), r["text"])]
    for half in ("A", "B", "all"):
        rr = [r for r in rows if half == "all" or split[r["image"]] == half]
        phi = [r for r in rr if r["kind"] == "phi"]
        phint = [r for r in phi if not r["title"]]
        non = [r for r in rr if r["kind"] != "phi"]
        dev = [r for r in rr if r["kind"] == "device"]
        res[f"{half} {cfg}"] = dict(
            phi=frac(sum(r["erased"] for r in phi), len(phi)),
            phi_no_titles=frac(sum(r["erased"] for r in phint), len(phint)),
            nonphi_kept=frac(sum(r["kept"] for r in non), len(non)),
            device_painted=frac(sum(not r["kept"] for r in dev), len(dev)),
            phi_in_header=f"{sum(r['erased'] for r in phi if r['in_header'])}/{sum(1 for r in phi if r['in_header'])}",
            phi_not_header=(f"{sum(r['erased'] for r in phi if not r['in_header'])}/"
                            f"{sum(1 for r in phi if not r['in_header'])}"),
        )
    # half A misses
    A = [r for r in rows if split[r["image"]] == "A"]
    miss = collections.defaultdict(list)
    for r in A:
        if r["kind"] == "phi" and not r["erased"]:
            k = ("STAFF " if r["staff"] else "") + r["entity"] + (" title" if r["title"] else "") + \
                (" [in header]" if r["in_header"] else " [not in header]")
            miss[k].append(f"{r['image']}:{r['text']}")
        if r["kind"] != "phi" and not r["kept"]:
            miss["painted " + r["kind"]].append(f"{r['image']}:{r['text']}")
    (R / f"{cfg}.halfA_misses.json").write_text(json.dumps(miss, indent=1, ensure_ascii=False))
print(json.dumps(res, indent=1))
