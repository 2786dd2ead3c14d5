"""`presidio-image-redactor`: the same engine as the gear, for local and batch work."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .config import (
    DEFAULT_ENTITIES,
    ConfigError,
    Fill,
    KnownRegions,
    Limits,
    Mode,
    OcrChoice,
    OutputCompression,
    Overlays,
    RedactorConfig,
    parse_assignees,
    parse_choice,
    parse_entities,
)
from .flywheel import cli_commands
from .inputs.units import discover
from .run.options import RunOptions, configure_logging

log = logging.getLogger("presidio_image_redactor")

EXAMPLES = """examples, one per mode:
  Detection Only: report, bbox JSON, preview and a review DICOM with boxes drawn:
    presidio-image-redactor run scan.dcm --mode detect --output-dir out/
  Dynamic PHI Redaction, also using the header's names, IDs and dates:
    presidio-image-redactor run series.zip --mode redact --use-metadata --output-dir redacted/
  RedactAllText: remove all burned-in text from every DICOM under a folder, 4 at once:
    presidio-image-redactor run images/ --mode redact-all --jobs 4 --output-dir clean/
  Detection+ReaderTasks: detect, then give a Flywheel file to readers (FW_API_KEY set):
    presidio-image-redactor run scan.dcm --mode detect+readertasks --file-id ID \\
        --assignees reader@example.org --output-dir out/
  redact exactly the boxes of an earlier (reviewed, perhaps edited) scan, without OCR:
    presidio-image-redactor run scan.dcm --mode redact --bbox-coords out/bbox_coords...scan.json --output-dir red/
  apply the rectangles Flywheel readers drew (FW_API_KEY set):
    presidio-image-redactor run scan.dcm --mode apply-annotations --file-id ID --output-dir red/

exit codes:
  0  every input processed or skipped (not DICOM, no pixel data, already done)
  1  an input failed (the others still ran), or at run time the output folder
     cannot be written or Flywheel refused a call or could not be reached
  2  usage or configuration error, nothing processed: a bad flag or option, an
     input that does not exist, no API key, no --file-id, a --bbox-coords file
     that is missing or invalid, bad batch arguments or --config, no OCR or NER
open out/index.html for the per-input reports and previews.
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # usage errors exit 2, as documented
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        sys.exit(2)


def _percent(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be an integer from 0 to 100, got {value!r}") from None
    if not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"must be an integer from 0 to 100, got {number}")
    return number


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 0, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="presidio-image-redactor", description="Find and redact PHI burned into DICOM pixels.",
                     epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"presidio-image-redactor {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    run = sub.add_parser("run", help="scan, report and optionally redact DICOM inputs", epilog=EXAMPLES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="DICOM file, zip of DICOMs, or folder")
    run.add_argument("--mode", required=True, choices=[m.cli for m in Mode])
    run.add_argument("--output-dir", required=True, type=Path)
    run.add_argument("--use-metadata", action="store_true", help="also look for header values (names, IDs, dates)")
    run.add_argument("--entities", default=DEFAULT_ENTITIES, help="comma list of entities to find")
    run.add_argument("--score-threshold", type=_percent, default=30, help="minimum NER score, 0-100")
    run.add_argument("--frequency-threshold", type=_percent, default=30,
                     help="multi-frame: share of frames (percent) from which an entity is redacted on all frames")
    run.add_argument("--bbox-coords", type=Path, help="redact the boxes of this bbox JSON instead of scanning")
    run.add_argument("--fill", choices=[f.value for f in Fill], default=Fill.CONTRAST.value)
    run.add_argument("--output-compression", choices=[c.value for c in OutputCompression],
                     default=OutputCompression.KEEP.value,
                     help="pixel encoding of redacted and review DICOMs: keep (default: the input's, no new loss; "
                          "JPEG Baseline is redacted block by block), none (uncompressed), or a lossless syntax")
    run.add_argument("--overlays", choices=[c.value for c in Overlays], default=Overlays.KEEP.value,
                     help="overlay planes (groups 6000-601E) in redacted copies: keep, with the bits inside every "
                          "box cleared (default), or remove; redact-all always removes them")
    run.add_argument("--known-regions", choices=[c.value for c in KnownRegions], default=KnownRegions.SUSPECT.value,
                     help="device banner regions from pydicom/deid's recipe: off; suspect (default: words read "
                          "inside are PHI unless device, unit or anatomy vocabulary); all (fill the whole region)")
    run.add_argument("--ner-model", help="transformer model directory or hub id (default: spaCy, offline)")
    run.add_argument("--ocr", choices=[c.value for c in OcrChoice], default=OcrChoice.AUTO.value,
                     help="OCR engine (default auto: the best on make eval, see README)")
    run.add_argument("--assignees", default="", help="reader e-mails (Detection+ReaderTasks)")
    limits = run.add_argument_group("limits on untrusted inputs (see docs/robustness.md)")
    limits.add_argument("--max-zip-members", type=int, default=Limits.max_zip_members,
                        help="most files a zip may hold (default %(default)s)")
    limits.add_argument("--max-zip-bytes", type=int, default=Limits.max_zip_bytes,
                        help="most bytes a zip may expand to (default %(default)s)")
    limits.add_argument("--max-pixels-per-frame", type=int, default=Limits.max_pixels_per_frame,
                        help="largest frame, rows x columns (default %(default)s, 8192x8192)")
    limits.add_argument("--max-instance-bytes", type=int, default=Limits.max_instance_bytes,
                        help="most decoded pixel bytes of one DICOM, all frames (default %(default)s)")
    run.add_argument("--keep-partial", action="store_true",
                     help="a failed input keeps its outputs (by default it keeps none); a zip series with broken "
                          "members is then written as partial_S.dicom.zip, never redacted_, and still fails")
    run.add_argument("--debug", action="store_true", help="debug log; reports then contain raw PHI text")
    run.add_argument("--jobs", type=_jobs, default=0, metavar="N",
                     help="OCR processes working at once (default 0: one per available core)")
    run.add_argument("--resume", action="store_true",
                     help="skip inputs already done in --output-dir from the same input bytes and settings "
                          "(its .presidio-ledger.jsonl); they count as skipped, 'already done'")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="run the inputs on this Dask scheduler (e.g. tcp://host:8786) instead of local "
                          "processes; inputs and --output-dir must be on a filesystem every worker shares "
                          "(docs/cluster.md)")
    cli_commands.add_run_arguments(run)
    cli_commands.add_subcommand(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "flywheel":
        configure_logging(False)
        return cli_commands.main(args)
    if args.command != "run":
        parser.print_help()
        return 2
    configure_logging(args.debug)
    try:
        config = RedactorConfig(
            mode=Mode.from_cli(args.mode),
            entities=parse_entities(args.entities),
            score_threshold=args.score_threshold,
            frequency_threshold=args.frequency_threshold,
            use_metadata=args.use_metadata,
            fill=parse_choice(Fill, args.fill, "--fill", "fill"),
            debug=args.debug,
            assignees=parse_assignees(args.assignees),
            bbox_coords=args.bbox_coords,
            ner_model=args.ner_model,
            ocr=OcrChoice.parse(args.ocr, "--ocr"),
            output_compression=OutputCompression.parse(args.output_compression, "--output-compression"),
            overlays=Overlays.parse(args.overlays, "--overlays"),
            known_regions=KnownRegions.parse(args.known_regions, "--known-regions"),
            keep_partial=args.keep_partial,
            limits=Limits(max_zip_members=args.max_zip_members, max_zip_bytes=args.max_zip_bytes,
                          max_pixels_per_frame=args.max_pixels_per_frame,
                          max_instance_bytes=args.max_instance_bytes),
        )
    except ConfigError as exc:
        print(f"presidio-image-redactor: error: {exc}", file=sys.stderr)
        return 2
    missing = [str(p) for p in args.inputs if not p.exists()]
    if missing:
        print(f"presidio-image-redactor: error: input not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    if args.bbox_coords is not None and not args.bbox_coords.is_file():
        print(f"presidio-image-redactor: error: --bbox-coords: {args.bbox_coords} is not a file", file=sys.stderr)
        return 2
    found = discover(args.inputs, args.output_dir)
    if cli_commands.wants_flywheel(config, args):
        return cli_commands.run_with_flywheel(config, found.inputs, args, places=found.places)
    return run(config, found.inputs, args.output_dir, not_dicom=found.not_dicom, jobs=args.jobs, resume=args.resume,
               scheduler=args.scheduler, places=found.places)


def run(config: RedactorConfig, sources: list[Path], output_dir: Path, not_dicom: list[Path] = (),
        jobs: int = 0, resume: bool = False, scheduler: str | None = None,
        places: dict[Path, str] | None = None) -> int:
    """A plain CLI run: the run driver with the summary printed, index.html written and the
    output folder's resume ledger kept (so a stopped run can be resumed with --resume, and
    another run's stale outputs are replaced cleanly). `places`: inputs.units.Discovered.places,
    so a folder's tree is mirrored under `output_dir`."""
    # Imported here, not at the top: the driver imports Presidio, spaCy and torch
    # (about 4 s of CPU), which --help, --version and usage errors must not wait for.
    from .run import driver

    options = RunOptions(not_dicom=list(not_dicom), jobs=jobs, ledger=True, resume=resume, scheduler=scheduler,
                         places=dict(places or {}))
    return driver.run(config, sources, output_dir, options).exit_code


if __name__ == "__main__":
    sys.exit(main())
