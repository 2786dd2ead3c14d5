"""`python -m fw_gear_presidio_image_redactor.evaluation`: what `make eval` runs."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

from .cases import catalogue
from .report import render
from .runner import SYSTEMS, evaluate

BEGIN, END = "<!-- make eval: begin -->", "<!-- make eval: end -->"


def write_section(path: Path, body: str) -> None:
    """Replace the generated part of the document, keeping the prose around it."""
    text = path.read_text() if path.exists() else f"# Evaluation\n\n{BEGIN}\n{END}\n"
    if BEGIN not in text or END not in text:
        text += f"\n{BEGIN}\n{END}\n"
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_text(f"{head}{BEGIN}\n{body}\n{END}{tail}")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="one case per image kind")
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma list of: " + ", ".join(SYSTEMS))
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    parser.add_argument("--work-dir", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every miss (synthetic text only)")
    parser.add_argument("--ablation", action="store_true", help="also measure each OCR step by switching it off")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    if not args.verbose:  # plain Presidio's deprecation and overflow warnings would bury the tables
        warnings.simplefilter("ignore")
        logging.getLogger("pydicom").setLevel(logging.ERROR)
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}")
    cases = catalogue(quick=args.quick)
    start = time.perf_counter()
    results = evaluate(cases, systems, args.work_dir,
                       progress=(lambda m: print(m, file=sys.stderr)) if args.verbose else None)
    table = render(results)
    if args.ablation:
        from .ablation import render_ablation, run_ablation

        work = args.work_dir or Path(tempfile.mkdtemp(prefix="presidio-ablation-"))
        table += "\n" + render_ablation(run_ablation(cases, Path(work)))
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
        footer = (f"\n{len(cases)} images ({sum(c.kind != 'No text' for c in cases)} with text), "
                  f"{len(systems)} systems, {elapsed:.0f} s in all on {os.cpu_count()} CPUs, "
                  f"{time.strftime('%Y-%m-%d')}.\n")
        write_section(args.markdown, f"Made by `{' '.join(['make eval'] if argv is None else argv)}`.\n\n"
                      + table + footer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
