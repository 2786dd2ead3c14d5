"""Progress for long work: tqdm bars on a terminal, plain lines in logs.

The gear log is a file, where a bar would be thousands of carriage returns; a
line every 10% (or per input, with an ETA) tells a user the job is alive
without flooding the log.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time

log = logging.getLogger(__name__)
BARS = True  # False in worker processes: only the parent may draw on the terminal


class Progress:
    def __init__(self, label: str, total: int, *, step: int = 10, stream=None, bar: bool | None = None):
        self.label = label
        self.total = max(1, total)
        self.done = 0
        self.step = step
        self._last = -1
        stream = stream or sys.stderr
        use_bar = (BARS and stream.isatty()) if bar is None else bar
        self._bar = None
        if use_bar:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total, desc=label, unit="step", file=stream, leave=False)

    def set_total(self, total: int) -> None:
        """Work is discovered as it goes (how many key frames, how many mosaics)."""
        self.total = max(1, total, self.done)
        if self._bar is not None:
            self._bar.total = self.total
            self._bar.refresh()

    def __call__(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if self._bar is not None:
            self._bar.update(n)
            return
        percent = self.done * 100 // self.total
        mark = percent - percent % self.step
        if mark > self._last:
            self._last = mark
            log.info("%s: %d%%", self.label, mark)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        elif self._last < 100:
            self._last = 100
            log.info("%s: 100%%", self.label)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class RunProgress:
    """Inputs done out of all, with an ETA: a bar on a terminal, a log line per input otherwise.

    Inputs differ in cost (a cine against a still), so the ETA is the mean time per
    input so far times the inputs left: rough, but it tells a user whether to wait.
    """

    def __init__(self, total: int, *, stream=None, bar: bool | None = None):
        self.total = total
        self.count = 0
        self._start = time.monotonic()
        stream = stream or sys.stderr
        use_bar = (BARS and stream.isatty() and total > 1) if bar is None else bar
        self._bar = None
        self._redirect = contextlib.nullcontext()
        if use_bar:
            from tqdm import tqdm
            from tqdm.contrib.logging import logging_redirect_tqdm

            self._bar = tqdm(total=total, desc="inputs", unit="input", file=stream, dynamic_ncols=True,
                             bar_format="{desc}: {n}/{total} |{bar}| elapsed {elapsed}, ETA {remaining}{postfix}")
            # log lines go above the bar instead of through it
            self._redirect = logging_redirect_tqdm(loggers=[logging.getLogger()], tqdm_class=tqdm)

    def done(self, name: str, status: str) -> None:
        self.count += 1
        if self._bar is not None:
            self._bar.set_postfix_str(name, refresh=False)
            self._bar.update(1)
            return
        elapsed = time.monotonic() - self._start
        eta = ""
        if self.count < self.total:
            eta = f", ETA {_clock(elapsed / self.count * (self.total - self.count))}"
        log.info("[%d/%d] %s: %s (elapsed %s%s)", self.count, self.total, name, status, _clock(elapsed), eta)

    def __enter__(self) -> RunProgress:
        self._redirect.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        if self._bar is not None:
            self._bar.close()
        self._redirect.__exit__(*exc)
