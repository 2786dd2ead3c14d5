"""`python -m fw_gear_presidio_image_redactor.dev.evaluation`: what `make eval` runs.

Three parts, each skippable: the synthetic tuning catalogue (`cases.py`), the fresh
synthetic check set (`fresh.py`) and the hand-labelled real-image set (`real_labels.json`,
split into tuning and check halves).
"""

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
from .fresh import fresh_catalogue
from .report import render, tune_vs_check
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
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--ablation", action="store_true", help="also measure each OCR step by switching it off")
    parser.add_argument("--skip-synthetic", action="store_true", help="neither synthetic set")
    parser.add_argument("--skip-fresh", action="store_true", help="no fresh synthetic check set")
    parser.add_argument("--skip-real", action="store_true", help="no real-image set")
    parser.add_argument("--render-labels", type=Path, metavar="DIR",
                        help="only draw every real file's labelled boxes into DIR (PNG, to check by eye)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, format="%(levelname)s %(message)s")
    if not args.verbose:  # plain Presidio's deprecation and overflow warnings would bury the tables
        warnings.simplefilter("ignore")
        logging.getLogger("pydicom").setLevel(logging.ERROR)
    if args.render_labels:
        from .real import load_labels, render_labels

        for real in load_labels():
            if real.path() is None:
                print(f"{real.name}: not installed, skipped", file=sys.stderr)
                continue
            print(render_labels(real, args.render_labels / f"{real.name}.png"))
        return 0
    systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        parser.error(f"unknown system(s): {', '.join(unknown)}")
    progress = (lambda m: print(m, file=sys.stderr)) if args.verbose else None
    work = Path(args.work_dir or tempfile.mkdtemp(prefix="presidio-eval-"))
    start = time.perf_counter()
    sections: list[str] = []
    footer: list[str] = []
    if not args.skip_synthetic:
        cases = catalogue(quick=args.quick)
        t0 = time.perf_counter()
        results = evaluate(cases, systems, work / "synthetic", progress=progress)
        sections += ["## Synthetic set (tuning)", "", render(results)]
        if args.ablation:
            from .ablation import render_ablation, run_ablation

            sections.append(render_ablation(run_ablation(cases, work / "ablation")))
        footer.append(f"synthetic tuning: {len(cases)} images "
                      f"({sum(c.kind != 'No text' for c in cases)} with text), {time.perf_counter() - t0:.0f} s")
        if not args.skip_fresh:
            fresh = fresh_catalogue(quick=args.quick)
            t0 = time.perf_counter()
            checked = evaluate(fresh, systems, work / "fresh", progress=progress)
            sections += ["## Synthetic set: tuning vs fresh check", "",
                         "The check set (`evaluation/fresh.py`) has new identities, seeds, typefaces, layouts and "
                         "polarity (dark text on a bright noisy CT window); nothing was tuned on it.", "",
                         tune_vs_check(results, checked), ""]
            footer.append(f"synthetic check: {len(fresh)} images, {time.perf_counter() - t0:.0f} s")
        if args.misses:
            for name, result in results.items():
                for s in result.scores:
                    wrong = (not s.erased) if (s.entity or name.startswith("RedactAllText")) else s.erased
                    if wrong:
                        print(f"MISS {name}: {s.case} f{s.frame} {s.entity or 'non-PHI'} {s.text!r} "
                              f"{'kept' if not s.erased else 'erased'}")
    if not args.skip_real:
        from .real_report import misses, render_real
        from .real_runner import evaluate_real
        from .real_runner import systems as real_systems

        names = list(real_systems())
        t0 = time.perf_counter()
        run = evaluate_real(names, work / "real", progress=progress)
        sections += ["## Real-image set (hand-labelled, `evaluation/real_labels.json`)", "", render_real(run), ""]
        footer.append(f"real: {len(run.present)} files, {time.perf_counter() - t0:.0f} s")
        if args.misses:
            print("\n".join(misses(run)))
    elapsed = time.perf_counter() - start
    table = "\n".join(sections)
    print(table)
    summary = f"{'; '.join(footer)}; {elapsed:.0f} s in all on {os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}."
    print(summary)
    if args.markdown:
        write_section(args.markdown, f"Made by `{' '.join(['make eval'] if argv is None else argv)}`.\n\n"
                      + table + "\n" + summary + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
