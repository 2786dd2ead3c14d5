"""The gear in a gear run directory, as the Flywheel engine lays it out, run by `gear.main()`
in this process (helpers.run_gear). `python run.py` as a process is started by the README's
"Run the gear locally" block (tests/test_readme_commands.py) and, from the installed image
venv as the gear user with the manifest's defaults, by tests/test_container_steps.py."""

from __future__ import annotations

import json
import re
from importlib import resources

import jsonschema
import pytest

from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name

from .helpers import REPO, frame_pixels, glyphs_erased, make_gear_dir, run_gear

DEFAULTS = {
    "debug": False,
    "Baseline Operating Mode": "Detection Only",
    "Transformer Score Threshold": 30,
    "Entity Frequency Threshold": 30,
    "Use DICOM Metadata": True,
    "Entities to Find": "PERSON,DATE_TIME,LOCATION,AGE,ID,PROFESSION,ORGANIZATION,PHONE_NUMBER,ZIP,USERNAME,EMAIL",
    "Bounding Box Fill": "contrast",
}


def _metadata(gear_dir):
    return json.loads((gear_dir / "output" / ".metadata.json").read_text())


def test_manifest_validates_against_flywheel_schema():
    schema = json.loads(resources.files("fw_gear").joinpath("manifest.schema.json").read_text())
    manifest = json.loads((REPO / "manifest.json").read_text())
    jsonschema.validate(manifest, schema)
    assert manifest["name"] == "presidio-image-redactor"
    assert set(manifest["inputs"]) >= {"image_file", "bbox_coords", "api-key"}
    config = manifest["config"]
    assert config["Baseline Operating Mode"]["enum"][:4] == [
        "Detection Only", "Detection+ReaderTasks", "Dynamic PHI Redaction", "RedactAllText"]
    threshold = config["Transformer Score Threshold"]
    assert (threshold["minimum"], threshold["maximum"]) == (0, 100)
    for key, value in DEFAULTS.items():
        if key != "Use DICOM Metadata":
            assert config[key]["default"] == value


def test_detection_only_tags_input_and_destination(case_factory, tmp_path):
    case = case_factory("gear.dcm")
    gear_dir = make_gear_dir(tmp_path / "gear", case.path, DEFAULTS)
    result = run_gear(gear_dir)
    assert result.returncode == 0, result.stderr
    out = gear_dir / "output"
    assert (out / csv_name("gear")).exists() and (out / bbox_json_name("gear")).exists()
    assert (out / "bbox_gear.dcm").exists() and not (out / "redacted_gear.dcm").exists()
    meta = _metadata(gear_dir)
    schema = json.loads(resources.files("fw_gear").joinpath("engine_metadata_schema.json").read_text())
    jsonschema.validate(meta, schema)
    files = {f["name"]: f for f in meta["acquisition"]["files"]}
    assert set(files["gear.dcm"]["tags"]) == {"existing-tag", "presidio-image-redactor", "PHI-Found"}
    assert meta["acquisition"]["tags"] == ["PHI-Found"]


def test_dynamic_redaction_tags_redacted_output(case_factory, tmp_path):
    case = case_factory("dyn.dcm")
    options = {**DEFAULTS, "Baseline Operating Mode": "Dynamic PHI Redaction"}
    gear_dir = make_gear_dir(tmp_path / "gear", case.path, options)
    result = run_gear(gear_dir)
    assert result.returncode == 0, result.stderr
    redacted = gear_dir / "output" / "redacted_dyn.dcm"
    after = frame_pixels(redacted)
    assert all(glyphs_erased(after, seg) for seg in case.phi)
    files = {f["name"]: f for f in _metadata(gear_dir)["acquisition"]["files"]}
    assert files["redacted_dyn.dcm"]["tags"] == ["presidio-redacted"]


def test_gear_log_has_the_per_input_line_with_elapsed_time_the_readme_promises(case_factory, tmp_path):
    """README, Progress: in a log file (the gear), `[i/N] NAME: status (elapsed H:MM:SS...)`."""
    case = case_factory("log.dcm")
    options = {**DEFAULTS, "Baseline Operating Mode": "RedactAllText", "OCR Engine": "tesseract"}
    result = run_gear(make_gear_dir(tmp_path / "gear", case.path, options))
    assert result.returncode == 0, result.stderr
    assert re.search(r"INFO +\[1/1\] log\.dcm: processed \(elapsed \d:\d\d:\d\d\)$", result.stderr, re.M), \
        result.stderr


def test_bbox_coords_input_redacts_without_scanning(case_factory, tmp_path):
    case = case_factory("bb.dcm")
    first = make_gear_dir(tmp_path / "g1", case.path, DEFAULTS)
    assert run_gear(first).returncode == 0
    coords = first / "output" / bbox_json_name("bb")
    second = make_gear_dir(tmp_path / "g2", case.path, {**DEFAULTS, "Baseline Operating Mode": "Dynamic PHI Redaction"},
                           bbox=coords)
    result = run_gear(second, env={"PATH": "/nonexistent"})  # no Tesseract reachable: no OCR possible
    assert result.returncode == 0, result.stderr
    after = frame_pixels(second / "output" / "redacted_bb.dcm")
    assert all(glyphs_erased(after, seg) for seg in case.phi)


def test_no_phi_gets_phi_not_found(case_factory, tmp_path):
    case = case_factory("clean.dcm", specs=[])
    gear_dir = make_gear_dir(tmp_path / "gear", case.path, DEFAULTS, tags=())
    assert run_gear(gear_dir).returncode == 0
    meta = _metadata(gear_dir)
    files = {f["name"]: f for f in meta["acquisition"]["files"]}
    assert set(files["clean.dcm"]["tags"]) == {"presidio-image-redactor", "PHI-Not-Found"}
    assert "tags" not in meta["acquisition"]


@pytest.mark.parametrize("change, key", [
    ({"Transformer Score Threshold": 101}, "Transformer Score Threshold"),
    ({"Entity Frequency Threshold": -1}, "Entity Frequency Threshold"),
    ({"Baseline Operating Mode": "Redact Everything"}, "Baseline Operating Mode"),
    ({"Entities to Find": "PERSON,FAVOURITE_COLOUR"}, "Entities to Find"),
    ({"Baseline Operating Mode": "Detection+ReaderTasks", "Assignees": ""}, "Assignees"),
    ({"Max Zip Members": 0}, "Max Zip Members"),
    ({"Max Zip Size GiB": "8"}, "Max Zip Size GiB"),
])
def test_bad_config_fails_before_any_work_naming_the_key(case_factory, tmp_path, change, key):
    case = case_factory("cfg.dcm")
    gear_dir = make_gear_dir(tmp_path / "gear", case.path, {**DEFAULTS, **change})
    result = run_gear(gear_dir)
    assert result.returncode != 0
    errors = [ln for ln in result.stderr.splitlines() if "ERROR" in ln]
    assert len(errors) == 1 and key in errors[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not any((gear_dir / "output").iterdir()), "outputs written despite a config error"


def test_gear_limits_refuse_a_zip_and_name_the_key_to_raise(case_factory, tmp_path):
    import zipfile

    members = [case_factory(f"m{i}.dcm").path for i in range(2)]
    archive = tmp_path / "series.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in members:
            zf.write(path, path.name)
    gear_dir = make_gear_dir(tmp_path / "gear", archive, {**DEFAULTS, "Max Zip Members": 1})
    result = run_gear(gear_dir)
    assert result.returncode == 1
    assert "exceed the limit of 1" in result.stderr and "Max Zip Members" in result.stderr
    assert "Traceback" not in result.stderr
    assert not any(p.name.endswith(".csv") for p in (gear_dir / "output").iterdir())
