"""The Flywheel gear front end: config.json -> RedactorConfig -> engine -> tags."""

from __future__ import annotations

import logging
from pathlib import Path

from .cli import configure_logging
from .config import ConfigError, Mode, from_gear_options
from .ocr.base import OcrUnavailableError
from .outputs.gear_metadata import build_metadata, write_metadata
from .outputs.reports import BboxCoordsError, read_bbox_json
from .outputs.summary import exit_code, summary_lines
from .run.engine import Engine, Outcome

log = logging.getLogger("presidio_image_redactor")


def main(gear_dir: Path | None = None) -> int:
    from fw_gear import GearContext

    root = (gear_dir or Path.cwd()).resolve()
    debug = False
    try:
        context = GearContext(gear_path=str(root), manifest_path=str(root / "manifest.json"),
                              config_path=str(root / "config.json"))
        debug = bool(context.config.opts.get("debug", False))
        configure_logging(debug)
        bbox = context.config.get_input_path("bbox_coords")
        config = from_gear_options(context.config.opts, Path(bbox) if bbox else None)
        image = context.config.get_input_path("image_file")
        if not image:
            raise ConfigError("image_file: required input is missing")
    except ConfigError as exc:
        configure_logging(debug)
        log.error("Configuration error: %s", exc)
        return 1
    except Exception as exc:  # a broken config.json or manifest: one line, not a traceback
        configure_logging(debug)
        log.error("Cannot start the gear: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return 1

    output_dir, work_dir = context.output_dir, context.work_dir
    log.info("Mode: %s; entities: %s; use metadata: %s", config.mode.value, ",".join(config.entities),
             config.use_metadata)
    hook = fw_run = None
    if config.mode in (Mode.DETECT_READERTASKS, Mode.APPLY_ANNOTATIONS):
        from .flywheel import gear_modes

        try:  # assignees, protocol and origin are checked here, before any scanning or writing
            fw_run = gear_modes.connect_for_gear(context)
            if config.mode is Mode.DETECT_READERTASKS:
                hook = gear_modes.prepare_reader_tasks(fw_run, config.assignees)
        except gear_modes.FlywheelError as exc:
            log.error("%s", exc)
            return 1
    try:
        coords = read_bbox_json(config.bbox_coords) if config.bbox_coords and config.mode.redacts else None
    except BboxCoordsError as exc:
        log.error("%s", exc)
        return 1
    if config.mode is Mode.APPLY_ANNOTATIONS:
        try:
            outcome: Outcome = gear_modes.apply(fw_run, Path(image), config, output_dir, work_dir)
        except gear_modes.FlywheelError as exc:
            log.error("%s", exc)
            return 1
    else:
        engine = Engine(config, output_dir, work_dir, reader_tasks=hook, bbox_coords=coords)
        if coords is None:
            try:  # the OCR engine and its models load once, here: a missing one is one start-up error
                engine.scanner  # noqa: B018
            except OcrUnavailableError as exc:
                log.error("%s", exc)
                return 1
        outcome = engine.process(Path(image))
    if outcome.status == "failed":
        log.error("%s", outcome.reason)
    elif outcome.status == "skipped":
        log.info("%s", outcome.reason)
    for line in summary_lines([outcome]):
        log.info("%s", line)
    redacted = [p for p in outcome.outputs if p.name.startswith("redacted_")]
    if outcome.status != "failed" or outcome.instances:
        try:
            write_metadata(output_dir, build_metadata(_raw_config(root), outcome, redacted))
        except OSError as exc:  # a full or read-only output folder: one line, not a traceback
            log.error("Cannot write the file tags (.metadata.json): %s", exc.strerror or exc)
            return 1
    if hook is not None and hook.error:
        return exit_code([outcome]) or 1
    return exit_code([outcome])


def _raw_config(root: Path) -> dict:
    import json

    return json.loads((root / "config.json").read_text())
