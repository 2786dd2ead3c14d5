"""--scheduler: the inputs run as tasks on a real Dask cluster (a local scheduler and a
worker process on 127.0.0.1), with the outcomes, outputs, summary and exit code of a
local run, and each worker building its models once. The worker starts with the preload
docs/cluster.md recommends (`--preload fw_gear_presidio_image_redactor.run.cluster`).

One worker process, not two: a worker is a fresh interpreter that imports Presidio and
loads spaCy in its preload (about 14 s of CPU each), and nothing checked here depends on
how many there are: the tasks, the driver's ledger, the outcomes and "built once per
worker" (one build for 4 inputs and a second run) are the same per worker. The local run
it is compared with keeps `--jobs 2`, so outputs written by one process are still
compared with those of two."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Looked up, not imported: every xdist worker collects this module, one runs it (`_distributed`).
if importlib.util.find_spec("distributed") is None:
    pytest.skip("the cluster extra is not installed", allow_module_level=True)

from fw_gear_presidio_image_redactor import cli  # noqa: E402
from fw_gear_presidio_image_redactor.run import cluster  # noqa: E402

from .test_resume import BASE, _comparable, _inputs, _ledger_keys  # noqa: E402


def _distributed():
    import distributed

    return distributed


@pytest.fixture(scope="module")
def scheduler():
    with _distributed().LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40,
                                  preload=["fw_gear_presidio_image_redactor.run.cluster"]) as local:
        yield local.scheduler_address


def _spacy_pipelines_loaded(address: str) -> list[int]:
    def loaded():
        from fw_gear_presidio_image_redactor.recognize.ner.spacy import spacy_backend

        return spacy_backend.cache_info().currsize

    with _distributed().Client(address) as client:
        return sorted(client.run(loaded).values())


def _builds(address: str) -> list[int]:
    with _distributed().Client(address) as client:
        return sorted(client.run(lambda: cluster.BUILDS).values())


@pytest.mark.slow
def test_cluster_run_matches_a_local_run(tmp_path, capsys, scheduler):
    src = tmp_path / "in"
    _inputs(src, 3)
    _inputs(src / "S2", 1)  # S2/im00.dcm: a name of the top folder again, its outputs under S2/
    bad = src / "zz_bad.dcm"
    bad.write_bytes(b"\0" * 128 + b"DICM" + b"not a dataset")  # looks like DICOM, is not: fails alike
    local, remote = tmp_path / "local", tmp_path / "remote"
    assert _spacy_pipelines_loaded(scheduler) == [1]  # by the preload, before any task

    assert cli.main(["run", str(src), *BASE, "--output-dir", str(local)]) == 1
    local_out = capsys.readouterr().out
    assert cli.main(["run", str(src), *BASE, "--output-dir", str(remote), "--scheduler", scheduler]) == 1
    remote_out = capsys.readouterr().out

    assert "Summary: 4 processed, 0 skipped, 1 failed" in local_out
    assert remote_out.replace(str(remote), "OUT") == local_out.replace(str(local), "OUT")
    assert _comparable(remote) == _comparable(local)
    assert sorted(_ledger_keys(remote)) == ["S2/im00", "im00", "im01", "im02"]  # the driver kept the ledger
    assert _builds(scheduler) == [1]  # the worker ran all 4 tasks and loaded OCR and NER once

    # a second run with the same settings reuses the workers' engines; --resume skips all of it
    assert cli.main(["run", str(src), *BASE, "--output-dir", str(remote), "--scheduler", scheduler,
                     "--resume"]) == 1
    assert "Summary: 0 processed, 4 skipped, 1 failed" in capsys.readouterr().out
    assert _builds(scheduler) == [1]


def _set_worker_path(address: str, path: str | None) -> str | None:
    """PATH on every worker process (None: unset); returns one worker's PATH before."""
    def swap(value):
        import os

        before = os.environ.get("PATH")
        if value is None:
            os.environ.pop("PATH", None)
        else:
            os.environ["PATH"] = value
        return before

    with _distributed().Client(address) as client:
        return next(iter(client.run(swap, path).values()))


@pytest.mark.slow
def test_worker_without_tesseract_fails_each_input_with_the_start_up_error(tmp_path, capsys, scheduler):
    """The driver has Tesseract (its check passes); the workers do not, as on a worker machine
    installed without it: every input fails, saying which worker and what to install, and
    no output or ledger record is written."""
    src = tmp_path / "in"
    _inputs(src, 2)
    out = tmp_path / "out"
    before = _set_worker_path(scheduler, "/nonexistent")
    try:
        code = cli.main(["run", str(src), "--mode", "redact-all", "--ocr", "tesseract", "--output-dir", str(out),
                         "--scheduler", scheduler])
    finally:
        _set_worker_path(scheduler, before)
    captured = capsys.readouterr()
    assert code == 1
    assert "Summary: 0 processed, 0 skipped, 2 failed" in captured.out
    for name in ("im00.dcm", "im01.dcm"):
        assert f"{name}: worker tcp://127.0.0.1:" in captured.err
    assert captured.err.count("cannot start: Tesseract is not installed: install Debian's tesseract-ocr") == 2
    assert not out.exists()  # nothing finished, nothing recorded: not even the folder the run made


def test_the_task_module_is_light_for_the_scheduler():
    """The Dask scheduler imports run/cluster.py to unpickle each task: importing it must not
    import Presidio or torch (a fresh scheduler stalled 5-6 s on the first task when it did)."""
    code = ("import sys, fw_gear_presidio_image_redactor.run.cluster as c; "
            "print(sorted(m for m in ('presidio_analyzer', 'torch', 'spacy', 'transformers') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.stdout.strip() == "[]"


def test_unreachable_scheduler_is_one_error_and_exit_1(tmp_path, capsys):
    src = tmp_path / "in"
    _inputs(src, 1)
    cluster.CONNECT_TIMEOUT_S, before = 2, cluster.CONNECT_TIMEOUT_S
    try:
        code = cli.main(["run", str(src), "--mode", "redact-all", "--ocr", "tesseract",
                         "--output-dir", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"])
    finally:
        cluster.CONNECT_TIMEOUT_S = before
    assert code == 1
    assert "--scheduler tcp://127.0.0.1:9: cannot reach the Dask scheduler" in capsys.readouterr().err
    assert not list((tmp_path / "out").glob("redacted_*"))
