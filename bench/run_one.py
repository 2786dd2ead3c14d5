"""One benchmark run in its own process, so its peak RSS is its own.

Same engine as the CLI; `--naive` swaps overlay reuse for the per-frame loop
(full OCR of every frame, as the original gear did) for the comparison row.
Prints one JSON line: status, seconds spent in `Engine.process`, scan stats.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fw_gear_presidio_image_redactor.config import Mode, RedactorConfig  # noqa: E402
from fw_gear_presidio_image_redactor.run.engine import Engine  # noqa: E402
from fw_gear_presidio_image_redactor.run.parts import build_scanner  # noqa: E402
from fw_gear_presidio_image_redactor.scan.threads import resolve_jobs  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("input", type=Path)
    parser.add_argument("--output-dir", type=Path, required=True)
    parser.add_argument("--mode", required=True)
    parser.add_argument("--naive", action="store_true")
    parser.add_argument("--jobs", type=int, default=0)
    args = parser.parse_args()
    config = RedactorConfig(mode=Mode.from_cli(args.mode))
    scanner = build_scanner(config)
    scanner.reuse_overlays = not args.naive
    with tempfile.TemporaryDirectory(prefix="bench-work-") as work:
        engine = Engine.build(config, args.output_dir, Path(work), scanner=scanner)
        scanner.jobs = resolve_jobs(args.jobs)
        start = time.perf_counter()
        outcome = engine.process(args.input)
        seconds = time.perf_counter() - start
    print(json.dumps({"status": outcome.status, "reason": outcome.reason, "work_s": seconds,
                      "jobs": scanner.jobs, "stats": scanner.last_stats}))
    return 0 if outcome.status == "processed" else 1


if __name__ == "__main__":
    sys.exit(main())
