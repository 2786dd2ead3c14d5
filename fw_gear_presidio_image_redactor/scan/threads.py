"""Running OCR work on every core, inside one input: the thread map used by scanning.

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
