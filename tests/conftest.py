"""Shared fixtures, and the markers every test gets from what it uses.

Plain helpers (synthetic cases, scorers, `run_cli`, `run_gear`, gear directories) live
in tests/helpers.py; they are re-exported here for modules that still import them from
conftest.
"""

from __future__ import annotations

import gc

import pytest

from .browser import browser  # noqa: F401 - a module-scoped fixture for every test module
from .helpers import (  # noqa: F401 - re-exported for modules importing them from conftest
    CLI,
    HEADER,
    NON_PHI_SPECS,
    PHI_SPECS,
    REPO,
    SHARED_DATA,
    Case,
    frame_pixels,
    glyphs_erased,
    make_gear_dir,
    phi_segments,
    read_csv_rows,
    run_cli,
    run_cli_process,
    run_gear,
    run_gear_process,
    runs_per_mode,
    unchanged_outside,
    write_case,
)


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the xdist_group marks
def pytest_collection_modifyitems(items):
    """`browser` for every test that opens Chromium; `flywheel` for every test that talks
    to the fake Flywheel (the `fake` fixture, or a test_flywheel_* module).

    Under pytest-xdist (`make test`, `make test-fast`: `--dist loadgroup`), the tests of a
    module that share a module-scoped fixture (a scan, an installed venv, a browser) form one
    group and run in one worker, so the fixture is built once, not once per worker; every
    other test goes to whichever worker is free."""
    for item in items:
        names = getattr(item, "fixturenames", ())
        if _uses_module_fixture(item):
            item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))
        if "browser" in names:
            item.add_marker(pytest.mark.browser)
        module = getattr(item, "module", None)
        if "fake" in names or (module and module.__name__.rsplit(".", 1)[-1].startswith("test_flywheel_")):
            item.add_marker(pytest.mark.flywheel)
    items[:] = _longest_first(items)


def _scope(item) -> str:
    """The unit pytest-xdist's loadgroup scheduler hands to one worker: the group, or the test."""
    group = item.get_closest_marker("xdist_group")
    return group.args[0] if group else item.nodeid


def _longest_first(items: list) -> list:
    """Groups and tests holding a `slow` test first, then by number of tests, then as collected.

    The scheduler hands out units in this order as workers free up (the Makefile turns off
    its own reordering, which sorts by number of tests only), so the long units start while
    every worker is busy instead of one worker running them after the others have finished
    (largest first is the classic rule for balancing jobs over machines). Without xdist the
    order does not matter: no test depends on another's side effects."""
    units: dict[str, list] = {}
    for item in items:
        units.setdefault(_scope(item), []).append(item)
    ordered = sorted(units.values(), key=lambda unit: (not any(i.get_closest_marker("slow") for i in unit), -len(unit)))
    return [item for unit in ordered for item in unit]


def pytest_collection_finish(session):
    """Freeze what collection left alive (Presidio, spaCy, torch, the test items: about 300,000
    objects, kept until the end anyway) out of the cyclic garbage collector: each full
    collection walked them all (0.14 s), and pytest's own clean-up at the end of each process
    runs five. Garbage the tests make is collected as before."""
    gc.freeze()


def _uses_module_fixture(item) -> bool:
    info = getattr(item, "_fixtureinfo", None)  # pytest's record of the fixtures a test requests
    if info is None:
        return False
    return any(defs[-1].scope in ("module", "class", "package") for defs in info.name2fixturedefs.values() if defs)


@pytest.fixture
def fake():
    """A fake Flywheel API on 127.0.0.1, for the real flywheel-sdk and fw-client to talk to."""
    from .fake_flywheel import FakeFlywheel

    with FakeFlywheel() as server:
        yield server


@pytest.fixture
def case_factory(tmp_path):
    def make(name="scan.dcm", specs=None, **kwargs) -> Case:
        return write_case(tmp_path / "in" / name, specs, **kwargs)

    return make


@pytest.fixture(scope="session")
def analyzer():
    """The recognisers' analyzer as the scan builds it (spaCy NER, the project's entities, score
    threshold 30), one per test process (each xdist worker builds its own; `analyze` keeps no
    state between calls, so tests cannot see each other through it). Session-scoped, so the
    thousands of word cases are not pinned to one worker per module (`_uses_module_fixture`)
    and spread over the workers. Imported here, not at the top, so that modules that never
    analyse text do not import Presidio through conftest."""
    from fw_gear_presidio_image_redactor.config import ENTITIES
    from fw_gear_presidio_image_redactor.recognize.analyzer import AnalyzerSettings, PhiAnalyzer
    from fw_gear_presidio_image_redactor.recognize.ner.spacy import spacy_backend

    return PhiAnalyzer(spacy_backend(), AnalyzerSettings(ENTITIES, score_threshold=30))
