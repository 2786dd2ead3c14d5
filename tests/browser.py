"""Headless Chromium for the tests of what reviewers open: Debian's /usr/bin/chromium
driven by playwright (never `playwright install`: it downloads a browser)."""

from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module. Missing tools fail: `make test` installs both."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the HTML report tests need Debian's chromium; "
                    "`make test` installs it (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the Python package playwright is missing: `make test` installs the test extra "
                    "(pip install -e '.[test]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


class Opened:
    """A page loaded from a file, with every request and console error it caused."""

    def __init__(self, browser, path: Path):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.context.route(re.compile(r"^(https?|wss?|ftp)://"),
                           lambda route: (self.requests.append(route.request.url), route.abort()))
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.goto(path.as_uri(), wait_until="load")

    def cells(self, selector: str) -> list[list[str]]:
        return self.page.eval_on_selector_all(selector, "rows => rows.map(r => Array.from(r.cells, c => c.innerText))")

    def assert_offline(self):
        assert all(u.startswith(("file:", "data:")) for u in self.requests), self.requests
        assert not self.errors, self.errors  # CSP refusals and broken markup show up here

    def close(self):
        self.context.close()


def screenshot_is_not_blank(page) -> Image.Image:
    shot = Image.open(io.BytesIO(page.screenshot(full_page=False))).convert("RGB")
    colours = shot.getcolors(maxcolors=1 << 20)
    assert colours is None or len(colours) > 50, "blank screenshot"
    assert Counter(dict((c, n) for n, c in colours or [])).most_common(1)[0][1] < 0.97 * shot.width * shot.height
    return shot
