"""Issue 16 item 5: Flywheel calls are bounded, name the site they could not reach, honour
PRESIDIO_FW_RETRIES, and `flywheel batch` checks its arguments before connecting.

No fake here: a closed port on 127.0.0.1 (refused at once), and a listener that accepts
each connection and closes it unanswered, so the test can count the attempts the
real SDK made."""

from __future__ import annotations

import json
import socket
import threading

import pytest

from .helpers import run_cli

KEY_SECRET = "sEcReT0123456789"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again on leaving: connecting is refused


class _Hangup:
    """Accepts connections on 127.0.0.1 and closes them without a reply; counts them."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            conn.close()

    def close(self):
        self.sock.close()


def _key(port: int) -> str:
    return f"127.0.0.1:{port}:__force_insecure:{KEY_SECRET}"


def test_unreachable_site_is_one_line_naming_the_host_after_one_attempt_with_no_retries():
    port = _closed_port()
    result = run_cli("flywheel", "status", "BATCH", env={"FW_API_KEY": _key(port), "PRESIDIO_FW_RETRIES": "0"})
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1, result.stderr
    assert f"cannot reach http://127.0.0.1:{port}" in errors[0] and "after 1 attempt:" in errors[0]
    assert "Connection refused" in errors[0]
    assert "retrying" not in result.stderr and KEY_SECRET not in result.stderr + result.stdout


@pytest.mark.parametrize("retries", [0, 2])
def test_retry_setting_is_the_only_retry_layer(retries):
    """PRESIDIO_FW_RETRIES=N makes exactly N+1 connections: the SDK's own transport retries
    (7 by default, about two minutes) no longer multiply them."""
    server = _Hangup()
    try:
        result = run_cli("flywheel", "status", "BATCH", env={"FW_API_KEY": _key(server.port),
                                                              "PRESIDIO_FW_RETRIES": str(retries),
                                                              "PRESIDIO_FW_BACKOFF": "0.01"})
    finally:
        server.close()
    assert result.returncode == 1
    assert server.accepted == retries + 1, result.stderr
    assert result.stderr.count("retrying in") == retries
    assert f"cannot reach http://127.0.0.1:{server.port}" in result.stderr


def test_a_bad_retry_setting_is_one_line_naming_it():
    result = run_cli("flywheel", "status", "BATCH", env={"FW_API_KEY": _key(_closed_port()),
                                                          "PRESIDIO_FW_RETRIES": "many"})
    assert result.returncode == 1
    assert "PRESIDIO_FW_RETRIES: expected a number, got 'many'" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_checks_its_arguments_before_connecting(tmp_path):
    """A malformed --project or --config is reported without a connection attempt
    (the key points at a closed port: connecting would say 'cannot reach')."""
    env = {"FW_API_KEY": _key(_closed_port()), "PRESIDIO_FW_RETRIES": "0"}
    bad_project = run_cli("flywheel", "batch", "--project", "nogroup", "--mode", "detect", env=env)
    assert "--project: expected GROUP/PROJECT, got 'nogroup'" in bad_project.stderr
    options = tmp_path / "opts.json"
    options.write_text(json.dumps({"Transformer Score Threshold": 400}))
    bad_option = run_cli("flywheel", "batch", "--project", "g/p", "--mode", "detect", "--config", options, env=env)
    assert "Transformer Score Threshold" in bad_option.stderr
    not_json = tmp_path / "not.json"
    not_json.write_text("{")
    bad_json = run_cli("flywheel", "batch", "--project", "g/p", "--mode", "detect", "--config", not_json, env=env)
    assert "--config: cannot read" in bad_json.stderr
    for result in (bad_project, bad_option, bad_json):
        assert result.returncode != 0
        assert "cannot reach" not in result.stderr, result.stderr
