"""Progress for long work: tqdm bars on a terminal, plain lines in logs.

The gear log is a file, where a bar would be thousands of carriage returns; a
line every 10% of a long cine (every 50% of a 2-frame one), and one per input
with an ETA, tell a user the job is alive without flooding the log.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time

log = logging.getLogger(__name__)
BARS = True  # False in worker processes: only the parent may draw on the terminal


# Percent cadences that read naturally; a short job gets the finest one its item count
# can fill, so a 2-frame input logs 50% and 100%, not 10% lines for sub-frame steps.
_CADENCES = (10, 20, 50, 100)


class Progress:
    """`total` items (frames); `set_total` may later count finer steps, but log lines
    keep the cadence the items allow: every `step`% for 10 or more items, else the
    smallest of 20/50/100% that is at least one item's share."""

    def __init__(self, label: str, total: int, *, step: int = 10, stream=None, bar: bool | None = None):
        self.label = label
        self.total = max(1, total)
        self.done = 0
        share = 100 / self.total
        self.step = next((c for c in _CADENCES if c >= max(step, share) and c % step == 0), 100)
        self._last = 0  # no "0%" line: the work has only started
        # Where the last re-estimate of the total was made (items done, percent shown), so
        # the percentage goes on from there instead of jumping: a cine whose total shrinks
        # once its overlays are planned (16 of 48 steps -> 16 of 33) would skip its 40% line.
        self._from_done = 0
        self._from_percent = 0.0
        stream = stream or sys.stderr
        use_bar = (BARS and stream.isatty()) if bar is None else bar
        self._bar = None
        if use_bar:
            from tqdm import tqdm

            self._bar = tqdm(total=self.total, desc=label, unit="step", file=stream, leave=False)

    def set_total(self, total: int) -> None:
        """Work is discovered as it goes (how many key frames, how many mosaics). The
        percentage logged so far stands; the rest of the way is shared over the steps left."""
        self._from_percent = self._percent()
        self._from_done = self.done
        self.total = max(1, total, self.done)
        if self._bar is not None:
            self._bar.total = self.total
            self._bar.refresh()

    def __call__(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)
        if self._bar is not None:
            self._bar.update(n)
            return
        percent = int(self._percent())
        mark = percent - percent % self.step
        if mark > self._last:
            self._last = mark
            log.info("%s: %d%%", self.label, mark)

    def _percent(self) -> float:
        left = self.total - self._from_done
        if left <= 0:
            return 100.0 if self.done >= self.total else self._from_percent
        return self._from_percent + (self.done - self._from_done) * (100 - self._from_percent) / left

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
        self.total = total  # every input of the summary (`[count/total]`)
        self.count = 0
        self._worked = 0
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

    def done(self, name: str, status: str, *, worked: bool = True) -> None:
        """One input finished. `worked`: False for an input that cost nothing (a file that
        is not DICOM, skipped at once): it is counted, as in the summary, but not in the ETA."""
        self.count += 1
        self._worked += worked
        if self._bar is not None:
            self._bar.set_postfix_str(name, refresh=False)
            self._bar.update(1)
            return
        elapsed = time.monotonic() - self._start
        eta = ""
        if self.count < self.total and self._worked:
            eta = f", ETA {_clock(elapsed / self._worked * (self.total - self.count))}"
        log.info("[%d/%d] %s: %s (elapsed %s%s)", self.count, self.total, name, status, _clock(elapsed), eta)

    def __enter__(self) -> RunProgress:
        global _DRAWING
        root = logging.getLogger()
        self._plain_handlers = root.handlers[:]
        self._redirect.__enter__()
        if self._bar is not None:
            _DRAWING = self
        return self

    def __exit__(self, *exc) -> None:
        global _DRAWING
        if _DRAWING is self:
            _DRAWING = None
        if self._bar is not None:
            self._bar.close()
        self._redirect.__exit__(*exc)

    def _in_forked_child(self) -> None:
        """A worker forked while the bar is up (parallel.process_inputs) inherits a copy
        of it, frozen at the count of the moment, and the handler that redraws it under
        every log line: its lines would redraw `inputs: 0/2` after the parent drew 1/2.
        In the child the bar is dropped and its log lines go out plainly."""
        if self._bar is not None:
            self._bar.disable = True  # never drawn again from this process, not even on close
        logging.getLogger().handlers = self._plain_handlers
        for handler in self._plain_handlers:  # start each line afresh over the parent's bar
            stream = getattr(handler, "stream", None)
            if stream is not None and getattr(stream, "isatty", lambda: False)():
                handler.format = lambda record, fmt=handler.format: "\r\x1b[K" + fmt(record)


_DRAWING: RunProgress | None = None  # the bar this process is drawing, if any


def _after_fork_in_child() -> None:
    global BARS, _DRAWING
    if _DRAWING is not None:
        BARS = False
        _DRAWING._in_forked_child()
        _DRAWING = None


os.register_at_fork(after_in_child=_after_fork_in_child)
