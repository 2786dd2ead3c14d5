"""Progress for long inputs: a tqdm bar on a terminal, percentage lines in logs.

The gear log is a file, where a bar would be thousands of carriage returns; a
line every 10% tells a Flywheel user the job is alive without flooding the log.
"""

from __future__ import annotations

import logging
import sys

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
