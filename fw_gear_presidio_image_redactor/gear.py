"""The Flywheel gear front end, in three steps: `parse` (config.json -> what to run),
`run` (the run driver; never sees the gear context), `finish` (the tags in
output/.metadata.json)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from fw_gear import GearContext

from .config import ConfigError, Mode, RedactorConfig, from_gear_options
from .flywheel import gear_modes
from .outcome import Outcome, Status
from .outputs.gear_metadata import MetadataSchemaError, build_metadata, write_metadata
from .run import driver
from .run.options import RunOptions, RunResult, configure_logging

log = logging.getLogger("presidio_image_redactor")


@dataclass
class GearRun:
    """Everything the gear's run needs, taken out of the gear context by `parse`."""

    config: RedactorConfig
    image: Path
    output_dir: Path
    work_dir: Path
    config_json: dict  # the raw config.json, for the input's existing tags
    options: RunOptions = field(default_factory=RunOptions)


class GearStartError(Exception):
    """The gear cannot start; the message is the one line to log."""


def main(gear_dir: Path | None = None) -> int:
    try:
        gear = parse((gear_dir or Path.cwd()).resolve())
    except GearStartError as exc:
        log.error("%s", exc)
        return 1
    result = run(gear)
    return finish(gear, result)


def parse(root: Path) -> GearRun:
    """config.json and the manifest -> a `GearRun`, the Flywheel checks done (assignees,
    protocol, origin; the reader's review for Apply ReaderTask Annotations) before any
    scanning or writing. Raises `GearStartError` with one line to log."""
    debug = False
    try:
        context = GearContext(gear_path=str(root), manifest_path=str(root / "manifest.json"),
                              config_path=str(root / "config.json"))
        # `is True`: a wrong-typed "debug": "false" fails below, and must not turn on the
        # PHI-bearing debug log for the lines before it does.
        debug = context.config.opts.get("debug", False) is True
        configure_logging(debug)
        bbox = context.config.get_input_path("bbox_coords")
        config = from_gear_options(context.config.opts, Path(bbox) if bbox else None)
        image = context.config.get_input_path("image_file")
        if not image:
            raise ConfigError("image_file: required input is missing")
        config_json = json.loads((root / "config.json").read_text())
    except ConfigError as exc:
        configure_logging(debug)
        raise GearStartError(f"Configuration error: {exc}") from None
    except Exception as exc:  # a broken config.json or manifest: one line, not a traceback
        configure_logging(debug)
        raise GearStartError(f"Cannot start the gear: "
                             f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    log.info("Mode: %s; entities: %s; use metadata: %s", config.mode.value, ",".join(config.entities),
             config.use_metadata)
    options = RunOptions(work_dir=Path(context.work_dir), jobs=0, echo=log.info, index=False)
    if config.mode in (Mode.DETECT_READERTASKS, Mode.APPLY_ANNOTATIONS):
        try:  # assignees, protocol and origin are checked here, before any scanning or writing
            fw_run = gear_modes.connect_for_gear(context)
            if config.mode is Mode.DETECT_READERTASKS:
                options.follow_up = gear_modes.prepare_reader_tasks(fw_run, config.assignees)
            else:
                options.given = gear_modes.reviewed_boxes(fw_run)
        except gear_modes.FlywheelError as exc:
            raise GearStartError(str(exc)) from None
    return GearRun(config, Path(image), Path(context.output_dir), Path(context.work_dir), config_json, options)


def run(gear: GearRun) -> RunResult:
    return driver.run(gear.config, [gear.image], gear.output_dir, gear.options)


def finish(gear: GearRun, result: RunResult) -> int:
    """The input's tags (and its outputs' types) in output/.metadata.json; the exit code.
    A run that never reached the input (bad bbox JSON, missing OCR) tags nothing."""
    if not result.outcomes:
        return result.exit_code
    outcome: Outcome = result.outcomes[0]
    if outcome.status is Status.SKIPPED:
        log.info("%s", outcome.reason)
    if outcome.status is not Status.FAILED or outcome.instances or outcome.outputs:
        try:
            write_metadata(gear.output_dir, build_metadata(gear.config_json, outcome))
        except OSError as exc:  # a full or read-only output folder: one line, not a traceback
            log.error("Cannot write the file tags (.metadata.json): %s", exc.strerror or exc)
            return 1
        except MetadataSchemaError as exc:  # e.g. an input's tags of the wrong type: one line, not a traceback
            log.error("Cannot write the file tags: %s", exc)
            return 1
    return result.exit_code
