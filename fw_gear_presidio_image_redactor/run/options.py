"""What a front end hands the run driver besides the `RedactorConfig` (`RunOptions`),
what it gets back (`RunResult`), and the log set-up every front end shares.

Kept apart from run/driver.py because importing the driver imports Presidio, and with it
spaCy and torch (about 4 s of CPU): `--help`, `--version` and usage errors print without
waiting for them, and the front ends import the driver only when a run starts.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..outcome import Outcome

if TYPE_CHECKING:
    from ..scan.sources import FindingSource
    from .engine import FollowUp
    from .pool import InputPool

USAGE_ERROR = 2  # exit code of a run that could not start (configuration, missing OCR or NER)


def configure_logging(debug: bool) -> None:
    """Log lines on stderr for every front end; DEBUG (with raw PHI text) only when asked."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO,
                        format="%(asctime)s %(levelname)-7s %(message)s", stream=sys.stderr, force=True)
    # matplotlib logs "generated new fontManager" when it builds its font cache (deid's
    # pixel cleaner imports it; recognize/known_regions.py imports deid without it).
    # highdicom logs "copy Patient-related attributes from dataset <SOP Instance UID>" at
    # INFO for every ReaderTask's structured report: identifiers, not what a run needs.
    for noisy in ("presidio-analyzer", "urllib3", "PIL", "matplotlib", "highdicom"):
        logging.getLogger(noisy).setLevel(logging.ERROR if not debug else logging.INFO)
    # pydicom logs each failing decoder plugin's traceback at ERROR (LOGGER.exception in
    # pydicom/pixels/decoders/base.py) before raising one error that names them all; that
    # error becomes the input's one-line reason (decode/dicom.py), so outside --debug
    # pydicom's own lines are noise: three tracebacks for one bad frame.
    logging.getLogger("pydicom").setLevel(logging.INFO if debug else logging.CRITICAL + 1)
    # A library that configures logging with dictConfig (its default disables every logger
    # that exists already) must not silence ours.
    for name, logger in list(logging.Logger.manager.loggerDict.items()):
        if isinstance(logger, logging.Logger) and name.startswith(("presidio_image_redactor",
                                                                     "fw_gear_presidio_image_redactor")):
            logger.disabled = False


@dataclass
class RunResult:
    exit_code: int
    outcomes: list[Outcome] = field(default_factory=list)


@dataclass
class RunOptions:
    """How a front end wants the run driven; everything else is in the `RedactorConfig`.

    jobs: OCR processes at once (0: one per core). given: findings from outside (a
    Flywheel reader's boxes) instead of a scan or the config's bbox JSON. follow_up:
    the ReaderTask step. pool: another `InputPool` (default: `LocalPool(jobs)`).
    echo: where the summary lines go (the CLI prints them, the gear logs them).
    index: write index.html linking every report (the CLI's runs). places: each input's
    folder relative to the folder it was found in (inputs.units.Discovered.places): its
    outputs go there under the output folder; an input not listed writes at the top."""

    work_dir: Path | None = None
    not_dicom: list[Path] = field(default_factory=list)
    places: dict[Path, str] = field(default_factory=dict)
    jobs: int = 0
    given: FindingSource | None = None
    follow_up: FollowUp | None = None
    pool: InputPool | None = None
    echo: Callable[[str], None] = print
    index: bool = True
    # The output folder's resume ledger (run/ledger.py): `ledger` records finished inputs
    # (the CLI's runs; the gear, one input per job, keeps none), `resume` also skips
    # inputs it shows done ('already done'). `scheduler`: a Dask scheduler address to run
    # the inputs on (run/cluster.py) instead of local processes.
    ledger: bool = False
    resume: bool = False
    scheduler: str | None = None
