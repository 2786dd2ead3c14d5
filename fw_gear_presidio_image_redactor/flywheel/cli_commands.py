"""The CLI's Flywheel parts: `run --mode apply-annotations|detect+readertasks --file-id`,
and `flywheel batch` / `flywheel status`.

The API key comes from FW_API_KEY (preferred: a flag is visible in the process
list) or --api-key, and is never printed.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from ..config import GEAR_KEYS, ConfigError, Mode, RedactorConfig, from_gear_options, unknown_gear_keys
from ..run.options import RunOptions
from . import batch, gear_modes
from .client import Flywheel, FlywheelError

log = logging.getLogger("presidio_image_redactor")

KEY_HELP = "Flywheel API key (default: the FW_API_KEY environment variable, which keeps it out of process lists)"


def add_run_arguments(run: argparse.ArgumentParser) -> None:
    fw = run.add_argument_group("Flywheel (detect+readertasks, apply-annotations)")
    fw.add_argument("--file-id", help="Flywheel file id of the (single) input")
    fw.add_argument("--api-key", help=KEY_HELP)


def add_subcommand(sub) -> None:
    flywheel = sub.add_parser("flywheel", help="run on Flywheel: batch jobs for a whole project")
    fsub = flywheel.add_subparsers(dest="flywheel_command", parser_class=type(flywheel))
    batch = fsub.add_parser("batch", help="launch one gear job per DICOM file of a project")
    batch.add_argument("--project", required=True, metavar="GROUP/PROJECT")
    batch.add_argument("--mode", required=True, choices=[m.cli for m in Mode])
    batch.add_argument("--config", type=Path, metavar="FILE",
                       help="JSON object of gear config options (manifest names, e.g. \"Assignees\")")
    batch.add_argument("--modality", help="only files with this modality, e.g. CT")
    batch.add_argument("--tag", help="only files with this tag")
    batch.add_argument("--gear-version", help="gear version to run (default: the newest installed)")
    batch.add_argument("--dry-run", action="store_true", help="list the files; launch nothing")
    batch.add_argument("--api-key", help=KEY_HELP)
    status = fsub.add_parser("status", help="report the job states of a batch")
    status.add_argument("batch_id")
    status.add_argument("--api-key", help=KEY_HELP)


def _key(args) -> str | None:
    return getattr(args, "api_key", None) or os.environ.get("FW_API_KEY")


def wants_flywheel(config: RedactorConfig, args) -> bool:
    if config.mode is Mode.DETECT_READERTASKS and not getattr(args, "file_id", None):
        log.warning("detect+readertasks without --file-id: detection outputs only, no ReaderTask")
    return config.mode is Mode.APPLY_ANNOTATIONS or (config.mode is Mode.DETECT_READERTASKS
                                                     and bool(getattr(args, "file_id", None)))


def run_with_flywheel(config: RedactorConfig, sources: list[Path], args, places: dict[Path, str] | None = None) -> int:
    """One input tied to one Flywheel file: create its ReaderTask, or apply its reader's rectangles.
    Like every CLI run it writes index.html and keeps the output folder's ledger (so another
    run's stale outputs are replaced cleanly); `places` as for cli.run."""
    if len(sources) != 1:
        print(f"presidio-image-redactor: error: --mode {config.mode.cli} takes exactly one input "
              f"(the file named by --file-id), got {len(sources)}", file=sys.stderr)
        return 2
    # Usage errors (exit 2) before connecting: what the user must add to the command line.
    if not _key(args):
        print(f"presidio-image-redactor: error: --mode {config.mode.cli} talks to Flywheel and needs an API key "
              "(FW_API_KEY or --api-key)", file=sys.stderr)
        return 2
    if not getattr(args, "file_id", None):
        print(f"presidio-image-redactor: error: --mode {config.mode.cli} needs --file-id (the Flywheel file id "
              "of the input)", file=sys.stderr)
        return 2
    options = RunOptions(jobs=getattr(args, "jobs", 0), index=True, ledger=True, places=dict(places or {}))
    try:  # every Flywheel check before any scanning or writing
        run = gear_modes.connect(_key(args), args.file_id)
        if config.mode is Mode.DETECT_READERTASKS:
            options.follow_up = gear_modes.prepare_reader_tasks(run, config.assignees)
        else:
            options.given = gear_modes.reviewed_boxes(run)
    except gear_modes.FlywheelError as exc:
        log.error("%s", exc)
        return 1
    from ..run import driver  # only now: importing it imports Presidio (cli.run says why)

    return driver.run(config, sources, args.output_dir, options).exit_code


def main(args) -> int:
    if args.flywheel_command not in ("batch", "status"):
        print("presidio-image-redactor: error: choose 'flywheel batch' or 'flywheel status'", file=sys.stderr)
        return 2
    key = _key(args)
    if not key:
        print("presidio-image-redactor: error: set FW_API_KEY (or pass --api-key)", file=sys.stderr)
        return 2
    options: dict = {}
    if args.flywheel_command == "batch":  # every argument checked before connecting: a usage error, 2
        try:
            batch.project_path(args.project)
            options = _options(args)
        except (FlywheelError, ConfigError) as exc:
            log.error("%s", exc)
            return 2
    try:  # from here on, what Flywheel says (an unknown project, a refused call): 1
        fw = Flywheel(key)
        if args.flywheel_command == "status":
            states = batch.job_states(fw, args.batch_id)
            total = sum(states.values())
            print(f"batch {args.batch_id}: {total} job(s): "
                  + ", ".join(f"{n} {s}" for s, n in sorted(states.items())))
            return 0
        project_id = batch.find_project(fw, args.project)
        targets = batch.dicom_files(fw, project_id, args.modality, args.tag)
        print(f"{len(targets)} DICOM file(s) in {args.project}"
              + (f" with modality {args.modality}" if args.modality else "")
              + (f" tagged {args.tag}" if args.tag else ""))
        if args.dry_run:
            for t in targets:
                print(f"  {t.file_id}  {t.modality or '-':4}  {t.name}")
            print("dry run: no jobs launched")
            return 0
        if not targets:
            print("nothing to launch")
            return 0
        gear_id = batch.find_gear(fw, version=args.gear_version)
        batch_id, launched = batch.launch(fw, gear_id, targets, options)
    except (FlywheelError, ConfigError) as exc:
        log.error("%s", exc)
        return 1
    print(f"batch {batch_id}: {launched} job(s) launched")
    print(f"follow it with: presidio-image-redactor flywheel status {batch_id}")
    return 0


def _options(args) -> dict:
    options = {}
    if args.config:
        try:
            options = json.loads(args.config.read_text())
        except (OSError, ValueError) as exc:
            raise ConfigError(f"--config: cannot read {args.config} as JSON ({exc})") from None
        if not isinstance(options, dict):
            raise ConfigError("--config: must hold a JSON object of gear options")
        # A typo ("Asignees") would otherwise launch every job with that setting at its
        # default; the file is hand-written, so refuse it here, before connecting.
        unknown = unknown_gear_keys(options)
        if unknown:
            plural = "s" if len(unknown) > 1 else ""
            raise ConfigError(f"--config: unknown gear option{plural} {', '.join(unknown)}; "
                              f"the gear's options are: {', '.join(GEAR_KEYS)}")
    options["Baseline Operating Mode"] = Mode.from_cli(args.mode).value
    from_gear_options(options)  # the same checks the gear will make, before any job exists
    return options
