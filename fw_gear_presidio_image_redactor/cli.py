"""`presidio-image-redactor`: the same engine as the gear, for local and batch work."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
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
    parse_entities,
)
from .inputs.units import discover
from .ocr.base import OcrUnavailableError
from .outputs.naming import INDEX_NAME, display_name, report_name, stem
from .outputs.reports import BboxCoordsError, now_utc, read_bbox_json, write_text_atomic
from .outputs.summary import exit_code, summary_lines
from .run.cluster import ClusterError  # imports dask only when a scheduler is named
from .run.engine import FAILED, SKIPPED, Engine, Outcome
from .run.parallel import process_inputs
from .run.progress import RunProgress

log = logging.getLogger("presidio_image_redactor")

EXAMPLES = """examples, one per mode:
  Detection Only: report, bbox JSON, preview and a review DICOM with boxes drawn:
    presidio-image-redactor run scan.dcm --mode detect --output-dir out/
  Dynamic PHI Redaction, also using the header's names, IDs and dates:
    presidio-image-redactor run series.zip --mode redact --use-metadata --output-dir out/
  RedactAllText: remove all burned-in text from every DICOM under a folder, 4 at once:
    presidio-image-redactor run images/ --mode redact-all --jobs 4 --output-dir clean/
  Detection+ReaderTasks: detect, then give a Flywheel file to readers (FW_API_KEY set):
    presidio-image-redactor run scan.dcm --mode detect+readertasks --file-id ID \\
        --assignees reader@example.org --output-dir out/
  redact exactly the boxes of an earlier (reviewed, perhaps edited) scan, without OCR:
    presidio-image-redactor run scan.dcm --mode redact --bbox-coords out/bbox_coords...scan.json --output-dir red/
  apply the rectangles Flywheel readers drew (FW_API_KEY set):
    presidio-image-redactor run scan.dcm --mode apply-annotations --file-id ID --output-dir red/

exit codes: 0 every input processed or skipped (not DICOM, no pixels); 1 an input
failed (the others are still processed); 2 usage or configuration error.
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
    from .flywheel import cli_commands

    cli_commands.add_run_arguments(run)
    cli_commands.add_subcommand(sub)
    return parser


def configure_logging(debug: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO,
                        format="%(asctime)s %(levelname)-7s %(message)s", stream=sys.stderr, force=True)
    for noisy in ("presidio-analyzer", "urllib3", "PIL", "pydicom"):
        logging.getLogger(noisy).setLevel(logging.ERROR if not debug else logging.INFO)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "flywheel":
        from .flywheel import cli_commands

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
            fill=Fill(args.fill),
            debug=args.debug,
            assignees=tuple(a.strip() for a in args.assignees.split(",") if a.strip()),
            bbox_coords=args.bbox_coords,
            ner_model=args.ner_model,
            ocr=OcrChoice.parse(args.ocr, "--ocr"),
            output_compression=OutputCompression.parse(args.output_compression, "--output-compression"),
            overlays=Overlays.parse(args.overlays, "--overlays"),
            known_regions=KnownRegions.parse(args.known_regions, "--known-regions"),
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
    sources, not_dicom = discover(args.inputs)
    from .flywheel import cli_commands

    if cli_commands.wants_flywheel(config, args):
        return cli_commands.run_with_flywheel(config, sources, args)
    return run(config, sources, args.output_dir, not_dicom=not_dicom, jobs=args.jobs, keep_ledger=True,
               resume=args.resume, scheduler=args.scheduler)


def run(config: RedactorConfig, sources: list[Path], output_dir: Path, work_dir: Path | None = None,
        reader_tasks=None, not_dicom: list[Path] = (), jobs: int = 0, keep_ledger: bool = False,
        resume: bool = False, scheduler: str | None = None) -> int:
    """Shared by the CLI and the gear: process every input, print the summary, return the exit code.

    keep_ledger: record finished inputs in the output folder's resume ledger (run/ledger.py; the
    CLI does, the gear, one input per job, does not); resume: skip inputs it shows done;
    scheduler: a Dask scheduler address to run the inputs on (run/cluster.py)."""
    try:
        coords = read_bbox_json(config.bbox_coords) if config.bbox_coords else None
    except BboxCoordsError as exc:
        log.error("%s", exc)
        return 1
    if coords is not None and not config.mode.redacts:
        log.warning("bbox_coords is only used by the redaction modes; scanning instead")
        coords = None
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=output_dir, prefix=".write-test-")
        probe.close()
    except OSError as exc:
        log.error("output folder %s is not writable (%s)", output_dir, exc.strerror or exc)
        return 1
    log.info("presidio-image-redactor %s: mode %s, %d input(s)", __version__, config.mode.value, len(sources))
    with tempfile.TemporaryDirectory(prefix="presidio-work-", dir=work_dir) as tmp:
        engine = Engine(config, output_dir, Path(tmp), reader_tasks=reader_tasks, bbox_coords=coords, jobs=jobs)
        if coords is None and sources:
            try:  # the OCR engine and its models load once, here: a missing one is one start-up error
                engine.scanner  # noqa: B018
            except OcrUnavailableError as exc:
                log.error("%s", exc)
                return 1
        ledger = None
        if keep_ledger or resume:
            ledger = _open_ledger(config, engine, output_dir, resume)
        outcomes: list[Outcome] = [Outcome(p, SKIPPED, "not a DICOM file or zip") for p in not_dicom]
        owners: dict[str, Path] = {}  # output stem -> the input that writes it
        clashes: dict[Path, Outcome] = {}
        for source in sources:
            first = owners.setdefault(stem(source), source)
            if first != source:  # a/IM0001 and b/IM0001 would share output names: never overwrite silently
                clashes[source] = Outcome(source, FAILED, f"{source}: its outputs would overwrite those of {first} "
                                                          "(same name); run it separately with another --output-dir")
        done = {s: o for s in sources if s not in clashes and resume and (o := ledger.skipped(s)) is not None}
        pool = process_inputs
        if scheduler:
            import functools

            from .run.cluster import process_inputs as on_cluster

            pool = functools.partial(on_cluster, address=scheduler)
        # several inputs and cores: a pool of worker processes (parallel.process_inputs), results in order
        results = pool(engine, [s for s in sources if s not in clashes and s not in done], engine.jobs,
                       on_done=ledger.record if ledger is not None else None)
        with RunProgress(len(sources)) as progress:
            for source in sources:
                try:
                    outcome = clashes.get(source) or done.get(source) or next(results)
                except ClusterError as exc:
                    log.error("%s", exc)
                    return 1
                progress.done(display_name(source.name), outcome.status)
                if outcome.status == "failed":
                    log.error("%s", outcome.reason)
                outcomes.append(outcome)
    for line in summary_lines(outcomes):
        print(line)
    index = _write_index(config, outcomes, output_dir)
    if index is not None:
        print(f"Reports and previews: {index}")
    return exit_code(outcomes)


def _open_ledger(config: RedactorConfig, engine: Engine, output_dir: Path, resume: bool):
    from .run.ledger import Ledger, remove_stale_parts, settings_fingerprint

    fingerprint = settings_fingerprint(config, engine.detectors)
    engine.settings_fingerprint = fingerprint
    if not resume:
        return Ledger(output_dir, fingerprint)
    ledger = Ledger.load(output_dir, fingerprint)
    ledger.compact()
    if remove_stale_parts(output_dir):
        log.info("resume: removed temporary files left by the stopped run")
    return ledger


def _write_index(config: RedactorConfig, outcomes: list[Outcome], output_dir: Path) -> Path | None:
    """One page linking every input's report, so a folder run is reviewed from one place."""
    from .outputs.html_report import render_index

    entries = []
    for o in outcomes:
        report = next((p.name for p in o.outputs if p.name == report_name(stem(o.source))), None)
        entries.append((o, report))
    if not any(report for _, report in entries):
        return None  # nothing processed: the summary above says why, and a failed run leaves no files
    path = output_dir / INDEX_NAME
    try:
        write_text_atomic(path, render_index(entries, config.settings(), generated=now_utc()))
    except OSError as exc:
        log.error("cannot write %s (%s)", path, exc.strerror or exc)
        return None
    return path


if __name__ == "__main__":
    sys.exit(main())
