"""The import contract (.importlinter): the pipeline's layers point down, nothing a run
imports uses dev/, and no modules import each other in a cycle. `make lint` runs the
same check (`lint-imports`)."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "fw_gear_presidio_image_redactor"


def test_the_import_contract_holds():
    # A process of its own: import-linter configures logging with dictConfig, which would
    # disable every logger already made in this test process (and silence later runs).
    tool = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    result = subprocess.run([tool, "--config", ".importlinter", "--no-cache"], cwd=REPO, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, (
        "an import points up a layer, into dev/, or round a cycle:\n" + result.stdout[-3000:])


@pytest.mark.parametrize("contract", ["layers", "dev"])
def test_every_stage_is_under_the_contract(contract):
    """A new module or subpackage outside the contract would escape the layer check."""
    config = configparser.ConfigParser()
    config.read(REPO / ".importlinter")
    key = "layers" if contract == "layers" else "source_modules"
    text = config[f"importlinter:contract:{contract}"][key]
    named = {part.strip().rsplit(".", 1)[-1] for line in text.splitlines() for part in line.split("|") if part.strip()}
    stages = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()
              if (p.suffix == ".py" or (p / "__init__.py").exists()) and p.name != "__init__.py"}
    assert stages - {"dev"} == named
