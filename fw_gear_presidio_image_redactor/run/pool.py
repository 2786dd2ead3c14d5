"""Many inputs at once: the pool that runs `Engine.process` over a run's inputs.

`InputPool` is the seam: the driver takes any object with `outcomes(engine, sources)`
(a Dask cluster can stand in for `LocalPool`). `LocalPool` runs inputs in this
process, or, with several inputs and jobs, in forked worker processes that share the
parent's loaded models copy-on-write.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..outcome import Outcome, Status
from . import progress
from .engine import Engine


class InputPool(Protocol):
    def outcomes(self, engine: Engine, sources: list[Path]) -> Iterator[Outcome]:
        """`engine.process(source)` for each source, yielded in input order; a source whose
        worker died is that source's failed outcome, never a stopped run."""
        ...


_ENGINE: Engine | None = None  # the parent's engine, inherited by forked workers with its models loaded


def _init_worker() -> None:
    # The driver turns SIGTERM into an exit that cleans up (run/driver.py); a worker just stops,
    # and the parent removes the work folder the workers shared.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    progress.BARS = False  # several workers drawing bars on one terminal garble it; log lines instead
    scanner = _ENGINE.strategies.source.scanner
    if scanner is not None:
        scanner.jobs = 1  # the cores are shared out by input, not again inside one


def _process(source: Path) -> Outcome:
    return _ENGINE.process(source)


@dataclass
class LocalPool:
    """Inputs on this machine's cores.

    With several inputs and several jobs, inputs run in a pool of forked worker
    processes: the NER and OCR set-up is built once in the parent (run/parts.py)
    and shared copy-on-write, so a worker costs no model load. One input's crash is
    that input's failed outcome (and, if it takes the pool down, the unfinished
    ones'), never a stopped run. A follow-up step (Flywheel ReaderTasks) keeps the
    run in one process: its HTTP clients are not safe to fork.
    """

    jobs: int
    # Called in this process as each input finishes, in finishing order (from a pool
    # thread): the resume ledger records a finished input at once, not when the inputs
    # before it are done.
    on_done: Callable[[Outcome], None] | None = None

    def outcomes(self, engine: Engine, sources: list[Path]) -> Iterator[Outcome]:
        global _ENGINE
        if self.jobs <= 1 or len(sources) <= 1 or engine.follow_up is not None or \
                "fork" not in multiprocessing.get_all_start_methods():
            for source in sources:
                outcome = engine.process(source)
                if self.on_done is not None:
                    self.on_done(outcome)
                yield outcome
            return
        _ENGINE = engine
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=min(self.jobs, len(sources)), mp_context=context,
                                     initializer=_init_worker) as pool:
                futures = [pool.submit(_process, source) for source in sources]
                if self.on_done is not None:
                    for future in futures:
                        future.add_done_callback(self._record)
                for source, future in zip(sources, futures, strict=True):
                    try:
                        yield future.result()
                    except Exception as exc:  # a worker died (memory, signal): this input failed, the run goes on
                        yield Outcome(source, Status.FAILED,
                                      f"{source.name}: worker process failed ({type(exc).__name__})")
        finally:
            _ENGINE = None

    def _record(self, future) -> None:
        if not future.cancelled() and future.exception() is None:
            self.on_done(future.result())
