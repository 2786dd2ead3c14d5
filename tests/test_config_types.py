"""Gear options of the wrong JSON type (config.json, `flywheel batch --config`) are a
configuration error naming the key and the type it must have, never a traceback."""

from __future__ import annotations

import json

import pytest

from fw_gear_presidio_image_redactor.config import GEAR_KEYS, ConfigError, from_gear_options, unknown_gear_keys

from .helpers import REPO, make_gear_dir, run_gear, write_case

# key -> (a wrong-typed value, words the error must hold)
WRONG_TYPES = {
    "debug": ("false", "debug: must be true or false, got 'false' (string)"),
    "Assignees": (5, "Assignees: must be a string, got 5 (number)"),
    "Baseline Operating Mode": (["Detection Only"], "Baseline Operating Mode: must be a string"),
    "Transformer Score Threshold": ("30", "Transformer Score Threshold: must be an integer from 0 to 100, got '30'"),
    "Entity Frequency Threshold": (30.5, "Entity Frequency Threshold: must be an integer from 0 to 100"),
    "Use DICOM Metadata": (1, "Use DICOM Metadata: must be true or false, got 1 (number)"),
    "Entities to Find": (["PERSON"], "Entities to Find: must be a string, got ['PERSON'] (array)"),
    "Bounding Box Fill": (0, "Bounding Box Fill: must be a string"),
    "OCR Engine": (True, "OCR Engine: must be a string, got True (boolean)"),
    "Output Compression": ({"rle": 1}, "Output Compression: must be a string"),
    "Overlays": (None, "Overlays: must be a string, got None (null)"),
    "Known PHI Regions": (2, "Known PHI Regions: must be a string"),
    "Max Zip Members": ("10", "Max Zip Members: must be a positive integer, got '10' (string)"),
    "Max Zip Size GiB": (1.5, "Max Zip Size GiB: must be a positive integer, got 1.5 (number)"),
    "Max Pixels Per Frame": (False, "Max Pixels Per Frame: must be a positive integer"),
    "Max Instance Size GiB": ([4], "Max Instance Size GiB: must be a positive integer"),
}


def test_gear_keys_are_the_manifests_config_keys():
    manifest = json.loads((REPO / "manifest.json").read_text())
    assert GEAR_KEYS == tuple(manifest["config"])
    assert set(WRONG_TYPES) == set(GEAR_KEYS)  # every key has its wrong-type case below


@pytest.mark.parametrize("key", list(WRONG_TYPES))
def test_a_wrong_typed_gear_option_is_a_config_error_naming_the_key_and_type(key):
    value, words = WRONG_TYPES[key]
    with pytest.raises(ConfigError) as err:
        from_gear_options({key: value})
    assert words in str(err.value)
    assert "\n" not in str(err.value)


def test_null_for_an_optional_text_option_means_its_default():
    config = from_gear_options({"Assignees": None, "Entities to Find": None})
    assert config.assignees == () and "PERSON" in config.entities


def test_unknown_keys_are_named_with_the_close_match():
    assert unknown_gear_keys({"Asignees": "a", "ocr engine": "auto", "Overlays": "keep", "zzz": 1}) == [
        "'Asignees' (did you mean 'Assignees'?)", "'ocr engine' (did you mean 'OCR Engine'?)", "'zzz'"]


def test_gear_with_a_wrong_typed_option_fails_in_one_line_naming_it(tmp_path):
    image = write_case(tmp_path / "src" / "a.dcm", rows=64, columns=128).path
    gear_dir = make_gear_dir(tmp_path / "gear", image, {"Assignees": 5,
                                                        "Baseline Operating Mode": "Detection Only"})
    result = run_gear(gear_dir)
    assert result.returncode == 1
    assert "Configuration error: Assignees: must be a string, got 5 (number)" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert list((gear_dir / "output").iterdir()) == []


def test_gear_ignores_an_option_the_manifest_does_not_have():
    """Flywheel writes config.json from the manifest and checks it there (config.from_gear_options
    says why the gear stays lenient): a key it does not know changes nothing."""
    assert from_gear_options({"Some Retired Key": 1}) == from_gear_options({})
