"""Running the inputs as tasks on a Dask distributed cluster (`--scheduler ADDRESS`).

An `InputPool` (run/pool.py) like `LocalPool`: outcomes of `Engine.process`, one per
input, in input order, so the summary, index and exit code are those of a local run.
Each task is one input; the run's settings travel to the workers once (scattered),
and each worker process builds its engine (OCR engine, NER model) once, on its first
task, and keeps it for every later task of the run (`_engine_for`). A worker that cannot
build it (Tesseract, an OCR model or the NER model missing on that machine) fails each of
its inputs with the start-up error as the reason.

This module imports nothing heavy at its top: the Dask scheduler imports it to unpickle
the tasks. A fresh worker process imports Presidio (which imports spaCy and torch) before
it can build anything: about 4 s of CPU, 6 s with the preload's spaCy pipeline and deid
(10 s before recognize/__init__.py kept transformers' pipelines out), where the local
pool forks its workers from an already loaded parent. Workers started with `--preload
fw_gear_presidio_image_redactor.run.cluster` pay that, and the default spaCy pipeline's
load, when they start (`dask_setup`), not in the first run (docs/cluster.md,
docs/benchmarks.md "Archive scale").

Inputs and the output folder must be at the same absolute paths on the machine that
starts the run and on every worker (a shared filesystem); docs/cluster.md says how to
start workers on Slurm/PBS (dask-jobqueue) and Kubernetes. The optional extra
`cluster` installs `dask` and `distributed`.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..config import RedactorConfig
from ..outcome import Outcome, OutputFile, Status

if TYPE_CHECKING:
    from ..scan.sources import GivenBoxes
    from .engine import Engine

# Light at import, on purpose: the Dask scheduler unpickles each task, and with it imports
# the module of `_run_one`. Importing the engine here made a fresh scheduler import Presidio,
# transformers and torch (5-6 s of CPU, its event loop stalled, every worker waiting) before
# it handed out the first input. The engine is imported where it is built (`_engine_for`),
# or at worker start by the preload (`dask_setup`).

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 20


class ClusterError(RuntimeError):
    """The cluster cannot be used (not installed, unreachable, other program version); the
    message says which, and nothing was processed."""


@dataclass(frozen=True)
class WorkerJob:
    """What every task of a run shares, sent to each worker once. `output_dir` is
    absolute; `detectors` are those the driver loaded, checked against each worker's."""

    config: RedactorConfig
    output_dir: Path
    fingerprint: str | None
    detectors: tuple[str, ...]
    given: GivenBoxes | None = None

    @property
    def key(self) -> tuple:
        return (self.config, str(self.output_dir), self.fingerprint, self.given is not None)


# Per worker process: the engines built so far (one per run's settings), and how many
# were built (read by the tests through Client.run to show models load once per worker).
_ENGINES: dict[tuple, tuple[Engine, threading.Lock]] = {}
_BUILD_LOCK = threading.Lock()
BUILDS = 0


def _engine_for(job: WorkerJob) -> tuple[Engine, threading.Lock]:
    global BUILDS
    with _BUILD_LOCK:
        found = _ENGINES.get(job.key)
        if found is None:
            from distributed import get_worker

            from . import progress
            from .engine import Engine

            progress.BARS = False  # a worker has no terminal of its own
            work = Path(tempfile.mkdtemp(prefix="presidio-work-", dir=get_worker().local_directory))
            # jobs=1: the cluster shares the cores out by input, not again inside one
            engine = Engine.build(job.config, job.output_dir, work, given=job.given, jobs=1)
            engine.settings_fingerprint = job.fingerprint
            found = _ENGINES[job.key] = (engine, threading.Lock())
            BUILDS += 1
    return found


def _run_one(source: str, place: str, job: WorkerJob) -> Outcome:
    """One task: one input on this worker. Inputs run one at a time per worker process
    (the engine keeps per-input state); start workers with `--nthreads 1`. A worker that
    cannot build its OCR engine or NER model fails the input with the start-up error, which
    names what to install on that worker (the driver, where it was checked, has it)."""
    from ..ocr.base import OcrUnavailableError
    from ..recognize.ner.base import NerUnavailableError

    try:
        engine, lock = _engine_for(job)
    except (OcrUnavailableError, NerUnavailableError) as exc:
        from distributed import get_worker

        return Outcome(Path(source), Status.FAILED, f"{Path(source).name}: worker {get_worker().address} "
                                                    f"cannot start: {exc}")
    detectors = engine.strategies.source.detectors
    if tuple(detectors) != job.detectors:
        return Outcome(Path(source), Status.FAILED, f"{Path(source).name}: this worker's detectors "
                                                    f"({'; '.join(detectors)}) differ from the run's; "
                                                    "install the same version and models on every worker")
    with lock:
        return engine.process(Path(source), place)


def _worker_version() -> str:
    return __version__


def dask_setup(worker=None) -> None:
    """Dask's preload hook (`dask worker --preload fw_gear_presidio_image_redactor.run.cluster`).

    Imports the engine's libraries (Presidio and spaCy), loads the default spaCy pipeline
    (cached per process; the NER of every scanning mode unless a transformer is configured)
    and deid (the known-regions rules, imported on a first input otherwise), so a worker's first task
    costs about what a later one does: what a local pool's forked workers inherit from
    their parent. Nothing here fails the worker: a missing pipeline is logged, and the run
    reports it on each input the worker gets."""
    from ..recognize.known_regions import _deid
    from ..recognize.ner.base import NerUnavailableError
    from ..recognize.ner.provider import transformer_source
    from ..recognize.ner.spacy import spacy_backend
    from . import engine  # noqa: F401 - the engine's libraries, imported once here

    try:
        _deid()
    except ImportError as exc:  # a broken install: the run's inputs say so
        log.warning("preload: %s", exc)
    if transformer_source(None) is None:
        try:
            spacy_backend()
        except NerUnavailableError as exc:
            log.warning("preload: %s", exc)


def connect(address: str):
    """A `distributed.Client` for the scheduler at `address` (e.g. tcp://10.0.0.5:8786).
    Raises ClusterError when distributed is not installed, the scheduler cannot be
    reached, or a worker runs another version of this program."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs dask and distributed: pip install "
                           "'fw-gear-presidio-image-redactor[cluster]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from None
    versions = client.run(_worker_version)
    other = sorted({v for v in versions.values() if v != __version__})
    if other:
        client.close()
        raise ClusterError(f"--scheduler {address}: workers run presidio-image-redactor {', '.join(other)}, "
                           f"this is {__version__}; install the same version everywhere")
    return client


@dataclass
class ClusterPool:
    """The inputs as tasks on the Dask cluster at `address` (`--scheduler`), in place of
    `pool.LocalPool`: the run driver's `InputPool`. `on_done(outcome)` runs in this
    process as each input finishes, in finishing order (the resume ledger)."""

    address: str
    on_done: Callable[[Outcome], None] | None = None

    def outcomes(self, engine: Engine, sources: list[Path]) -> Iterator[Outcome]:
        """Outcomes of `engine.process` for each source, computed on the cluster, yielded
        in input order. A task whose worker dies is retried by Dask on another worker
        (its outputs are written atomically, so a half-done attempt leaves nothing); one
        that still fails is that input's failed outcome. Raises ClusterError before any
        work when the cluster cannot be used."""
        if not sources:
            return
        client = connect(self.address)
        try:
            from distributed import as_completed

            from ..scan.sources import GivenBoxes

            source_kind = engine.strategies.source
            detectors = tuple(source_kind.detectors)
            given = source_kind if isinstance(source_kind, GivenBoxes) else None
            job = WorkerJob(engine.config, engine.output_dir.resolve(), engine.settings_fingerprint, detectors,
                            given)
            [shared] = client.scatter([job], broadcast=True, hash=False)
            futures = client.map(_run_one, [str(s.resolve()) for s in sources],
                                 [engine.places.get(s, "") for s in sources], job=shared, pure=False)
            index = {f.key: i for i, f in enumerate(futures)}
            finished: dict[int, Outcome] = {}
            ready = 0
            for future in as_completed(futures, loop=client.loop):
                i = index[future.key]
                source = sources[i]
                try:
                    outcome = future.result()
                except Exception as exc:  # the task itself failed (a worker died more often than allowed)
                    outcome = Outcome(source, Status.FAILED,
                                      f"{source.name}: cluster task failed ({type(exc).__name__})")
                futures[i] = None  # release the result on the cluster
                # Paths as this process names them, so the summary and index read as in a local run.
                outcome.source = source
                folder = engine.output_dir / outcome.place if outcome.place else engine.output_dir
                outcome.outputs = [OutputFile(o.kind, folder / o.name) for o in outcome.outputs]
                if self.on_done is not None:
                    self.on_done(outcome)
                finished[i] = outcome
                while ready in finished:
                    yield finished.pop(ready)
                    ready += 1
        finally:
            client.close()
