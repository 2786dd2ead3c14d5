"""`make demo`: generate the embedded sample and run Dynamic PHI Redaction with metadata on it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..cli import configure_logging, run
from ..config import Mode, RedactorConfig
from .synthetic import demo_sample


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output-dir", type=Path, default=Path("demo-output"))
    args = parser.parse_args(argv)
    configure_logging(False)
    inputs = args.output_dir / "input"
    outputs = args.output_dir / "output"
    inputs.mkdir(parents=True, exist_ok=True)
    sample = inputs / "demo_sample.dcm"
    demo_sample().save(sample)
    print(f"Sample: {sample} (synthetic; fake patient name, date of birth, MRN and study date burned in)")
    code = run(RedactorConfig(mode=Mode.REDACT, use_metadata=True), [sample], outputs)
    print(f"Outputs in {outputs.resolve()}:")
    for path in sorted(outputs.iterdir()):
        if not path.name.startswith("."):
            print(f"  {path.name}")
    return code


if __name__ == "__main__":
    sys.exit(main())
