"""`python -m fw_gear_presidio_image_redactor.evaluation`: what `make eval` runs."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from .cases import catalogue
from .report import render
from .runner import SYSTEMS, evaluate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one case per image kind")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma list of: " + ", ".join(SYSTEMS))
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss (synthetic text only)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}")
    cases = catalogue(quick=args.quick)
    start = time.perf_counter()
    results = evaluate(cases, systems, args.work_dir,
                       progress=(lambda m: print(m, file=sys.stderr)) if args.verbose else None)
    table = render(results)
    elapsed = time.perf_counter() - start
    print(table)
    print(f"{len(cases)} images, {len(systems)} systems, {elapsed:.0f} s in all")
    if args.misses:
        for name, result in results.items():
            for s in result.scores:
                wrong = (not s.erased) if (s.entity or name == "RedactAllText") else s.erased
                if wrong:
                    what = "kept" if not s.erased else "erased"
                    print(f"MISS {name}: {s.case} f{s.frame} {s.entity or 'non-PHI'} {s.text!r} {what}")
    if args.markdown:
        args.markdown.write_text(table + f"\n{len(cases)} images, {len(systems)} systems, {elapsed:.0f} s in all.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
