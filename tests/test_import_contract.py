"""The import contract (.importlinter): the pipeline's layers point down, nothing a run
imports uses dev/, and no modules import each other in a cycle. `make lint` runs the
same check (`lint-imports`)."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "fw_gear_presidio_image_redactor"


def test_the_import_contract_holds():
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        code = lint_imports(config_filename=str(REPO / ".importlinter"), no_cache=True, no_logo=True)
    finally:
        os.chdir(cwd)
    assert code == 0, "an import points up a layer, into dev/, or round a cycle: run `lint-imports` to see which"


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
