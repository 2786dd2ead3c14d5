"""Exit codes exactly as `--help` and README document them: 2 for every usage or
configuration error of every sub-command (checked before anything connects, scans or
writes), 0 when the only input is skipped, 1 for what happens at run time."""

from __future__ import annotations

import json
import re
import socket

import pytest

from fw_gear_presidio_image_redactor.cli import EXAMPLES

from .helpers import REPO, run_cli, write_case


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A key whose site refuses every connection: a usage error must be found before connecting,
# so these runs never reach it (a connection would print "cannot reach" and exit 1).
UNREACHABLE = {"FW_API_KEY": f"127.0.0.1:{_closed_port()}:__force_insecure:secret",
               "PRESIDIO_FW_RETRIES": "0"}


def _table() -> str:
    return re.search(r"^exit codes:\n(?:  .*\n)+", EXAMPLES, re.M).group(0)


def test_help_and_readme_carry_the_same_exit_code_table():
    table = _table()
    assert "2  usage or configuration error" in table
    readme = (REPO / "README.md").read_text()
    assert "\n".join("  " + line for line in table.splitlines()) in readme  # README indents it by 2
    assert table in run_cli("run", "--help").stdout
    assert table in run_cli("--help").stdout


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return write_case(tmp_path_factory.mktemp("exit") / "scan.dcm").path


def _usage_error(result) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "cannot reach" not in result.stderr
    return result.stderr


RUN_ERRORS = {
    "apply-annotations without an API key": (["--mode", "apply-annotations", "--file-id", "f" * 24],
                                             {"FW_API_KEY": ""}, "needs an API key"),
    "detect+readertasks without an API key": (["--mode", "detect+readertasks", "--assignees", "r@example.org",
                                               "--file-id", "f" * 24], {"FW_API_KEY": ""}, "needs an API key"),
    "apply-annotations without --file-id": (["--mode", "apply-annotations"], UNREACHABLE, "needs --file-id"),
    "a --bbox-coords path that does not exist": (["--mode", "redact", "--bbox-coords", "nowhere/coords.json"],
                                                 {}, "--bbox-coords: nowhere/coords.json is not a file"),
    "an unknown mode": (["--mode", "nonsense"], {}, "invalid choice"),
    "an unknown entity": (["--mode", "detect", "--entities", "SHOE_SIZE"], {}, "unknown entity SHOE_SIZE"),
}


@pytest.mark.parametrize("name", RUN_ERRORS)
def test_run_usage_errors_exit_2_before_anything_is_written(scan, tmp_path, name):
    args, env, words = RUN_ERRORS[name]
    result = run_cli("run", scan, *args, "--output-dir", tmp_path / "out", cwd=tmp_path, env=env)
    assert words in _usage_error(result)
    assert not (tmp_path / "out").exists()


def test_a_named_non_dicom_file_is_skipped_with_exit_0(tmp_path):
    notes = tmp_path / "notes.dcm"
    notes.write_text("Patient notes, not an image\n")
    result = run_cli("run", notes, "--mode", "detect", "--output-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert re.search(r"skipped\s+notes\.dcm\s+not a DICOM file or zip", result.stdout), result.stdout


def test_a_named_file_that_starts_as_dicom_and_breaks_still_fails(tmp_path):
    broken = tmp_path / "broken.dcm"
    broken.write_bytes(b"\0" * 128 + b"DICM" + b"\x02\x00")
    result = run_cli("run", broken, "--mode", "detect", "--output-dir", tmp_path / "out")
    assert result.returncode == 1 and "failed" in result.stdout


def _config(tmp_path, text: str):
    path = tmp_path / "config.json"
    path.write_text(text)
    return path


BATCH_ERRORS = {
    "no API key": (lambda t: ["--project", "radiology/deid", "--mode", "detect"], {"FW_API_KEY": ""},
                   "set FW_API_KEY"),
    "--project without a group": (lambda t: ["--project", "nogroup", "--mode", "detect"], UNREACHABLE,
                                  "--project: expected GROUP/PROJECT, got 'nogroup'"),
    "--config that is not JSON": (lambda t: ["--project", "g/p", "--mode", "detect",
                                             "--config", _config(t, "{not json")], UNREACHABLE,
                                  "--config: cannot read"),
    "--config that is not an object": (lambda t: ["--project", "g/p", "--mode", "detect",
                                                  "--config", _config(t, "[1]")], UNREACHABLE,
                                       "--config: must hold a JSON object"),
    "--config with a bad option": (lambda t: ["--project", "g/p", "--mode", "detect",
                                              "--config", _config(t, json.dumps({"Entities to Find": "SHOE"}))],
                                   UNREACHABLE, "unknown entity SHOE"),
    "--config with a wrong-typed value": (lambda t: ["--project", "g/p", "--mode", "detect",
                                                     "--config", _config(t, json.dumps({"Assignees": 5}))],
                                          UNREACHABLE, "Assignees: must be a string, got 5 (number)"),
    "--config with an unknown key": (lambda t: ["--project", "g/p", "--mode", "detect",
                                                "--config", _config(t, json.dumps({"Asignees": "r@example.org"}))],
                                     UNREACHABLE, "--config: unknown gear option 'Asignees' "
                                                  "(did you mean 'Assignees'?); the gear's options are: debug, "),
    "detect+readertasks without assignees": (lambda t: ["--project", "g/p", "--mode", "detect+readertasks"],
                                             UNREACHABLE, "Assignees: empty"),
    "an unknown mode": (lambda t: ["--project", "g/p", "--mode", "nonsense"], UNREACHABLE, "invalid choice"),
}


@pytest.mark.parametrize("name", BATCH_ERRORS)
def test_flywheel_batch_usage_errors_exit_2_before_connecting(tmp_path, name):
    args, env, words = BATCH_ERRORS[name]
    stderr = _usage_error(run_cli("flywheel", "batch", *args(tmp_path), env=env))
    assert words in stderr
    if not stderr.startswith("usage:"):  # argparse's own errors repeat the usage first
        assert len(stderr.strip().splitlines()) == 1, stderr  # --help: one line naming what is wrong


def test_flywheel_status_and_bare_flywheel_usage_errors_exit_2():
    assert "set FW_API_KEY" in _usage_error(run_cli("flywheel", "status", "B1", env={"FW_API_KEY": ""}))
    assert "choose 'flywheel batch' or 'flywheel status'" in _usage_error(run_cli("flywheel", env=UNREACHABLE))
    assert "required" in _usage_error(run_cli("flywheel", "status", env=UNREACHABLE))


def test_what_flywheel_says_at_run_time_is_1_not_2():
    result = run_cli("flywheel", "status", "B1", env=UNREACHABLE)
    assert result.returncode == 1 and "cannot reach" in result.stderr
