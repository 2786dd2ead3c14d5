"""Running OCR work on every core.

The expensive step is Tesseract, and Tesseract already runs as a separate
process per call (pytesseract starts one). So the pool is a small thread pool
whose threads each drive one Tesseract process at a time: N jobs means N
Tesseract processes working at once, without pickling DICOM datasets or loading
the NER model once per worker. Results come back in input order, and at most
`window` items are in flight, so a long cine never has all its frames decoded
at once.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """0 or None: one job per available core."""
    return available_cores() if not jobs else max(1, jobs)


def ordered_map(fn: Callable[[T], R], items: Iterable[T], jobs: int, window: int | None = None) -> Iterator[R]:
    if jobs <= 1:
        for item in items:
            yield fn(item)
        return
    # Tesseract's own OpenMP threads would fight the pool for the same cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    window = window or 2 * jobs
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="ocr") as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


# -- many inputs at once ---------------------------------------------------------------

_ENGINE = None  # the parent's engine, inherited by forked workers with its models loaded


def _init_worker() -> None:
    from . import progress

    progress.BARS = False  # several workers drawing bars on one terminal garble it; log lines instead
    if _ENGINE.bbox_coords is None:
        _ENGINE.scanner.jobs = 1  # the cores are shared out by input, not again inside one


def _process(source):
    return _ENGINE.process(source)


def process_inputs(engine, sources: list, jobs: int, on_done: Callable | None = None) -> Iterator:
    """Outcomes of `engine.process` for each source, in input order.

    `on_done(outcome)`, when given, is called in this process as each input finishes,
    in the order they finish (from a pool thread): the resume ledger records a
    finished input at once, not when the inputs before it are done.

    With several inputs and several jobs, inputs run in a pool of forked worker
    processes: the NER and OCR set-up is built once in the parent and shared
    copy-on-write, so a worker costs no model load. One input's crash is that
    input's failed outcome (and, if it takes the pool down, the unfinished ones'),
    never a stopped run. Flywheel hooks stay in one process: their HTTP clients
    are not safe to fork.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .engine import FAILED, Outcome

    if jobs <= 1 or len(sources) <= 1 or engine.reader_tasks is not None or \
            "fork" not in multiprocessing.get_all_start_methods():
        for source in sources:
            outcome = engine.process(source)
            if on_done is not None:
                on_done(outcome)
            yield outcome
        return
    global _ENGINE
    if engine.bbox_coords is None:  # with bbox_coords nothing is scanned (and OCR may not be installed)
        engine.scanner  # noqa: B018 - build the models before forking, once for all workers
    _ENGINE = engine
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(sources)), mp_context=context,
                                 initializer=_init_worker) as pool:
            futures = [pool.submit(_process, source) for source in sources]
            if on_done is not None:
                for future in futures:
                    future.add_done_callback(
                        lambda f: on_done(f.result()) if not f.cancelled() and f.exception() is None else None)
            for source, future in zip(sources, futures, strict=True):
                try:
                    yield future.result()
                except Exception as exc:  # a worker died (memory, signal): this input failed, the run goes on
                    yield Outcome(source, FAILED, f"{source.name}: worker process failed ({type(exc).__name__})")
    finally:
        _ENGINE = None
