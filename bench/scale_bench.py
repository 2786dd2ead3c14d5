"""`make bench` (third table): archive scale, issue 15's targets for a cluster and for resume.

1. **Throughput**: the same N small synthetic inputs (Dynamic PHI Redaction, Use DICOM
   Metadata) through the local process pool (`--jobs 2`) and through a real 2-worker Dask
   cluster on the same machine (`dask scheduler` and `dask worker --nworkers 2 --nthreads 1`
   processes on 127.0.0.1; `--scheduler`), each timed end to end as `cli.run` in this
   process (whose own parts are loaded once beforehand, for every row alike). Cluster rows:
   *cold*, the first run on fresh workers (each imports Presidio, transformers and torch and
   loads its models on its first task); *preload*, the first run on fresh workers started
   with `--preload fw_gear_presidio_image_redactor.run.cluster` (the imports, the spaCy
   pipeline and deid paid at worker start, timed apart); *warm*, a second run on the cold
   run's workers. `--rounds` rounds are interleaved (local, cold, warm, preload, local, ...)
   so a shared machine's load falls on each alike; medians are given.
   Target: cluster within 10% of the local pool.
2. **Resume after a kill**: M tiny inputs (96x128, RedactAllText, Tesseract, `--jobs 2`)
   run as a subprocess, SIGKILLed with its workers (the process group) once the ledger
   holds half of them and an input not yet recorded is writing its outputs (or
   `--kill-delay` seconds after half), then run again with `--resume`. Reported: inputs
   recorded at the kill; inputs with any trace of work (an output or a `.part` file) but
   no record, the ones in flight; what the resumed run processed and skipped; recorded
   inputs' files the resumed run rewrote (by mtime); whether every input ends with all
   five outputs and no temporary file is left. Target: no output lost; redone <= in flight.

Prints Markdown; docs/benchmarks.md holds the last one with this command.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from fw_gear_presidio_image_redactor import cli  # noqa: E402
from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom  # noqa: E402
from fw_gear_presidio_image_redactor.outputs.naming import (  # noqa: E402
    bbox_json_name,
    csv_name,
    preview_name,
    redacted_name,
    report_name,
)
from fw_gear_presidio_image_redactor.run.ledger import LEDGER_NAME, LedgerEntry  # noqa: E402

INPUT_STEM = re.compile(r"im\d{4}")
PRELOAD = "fw_gear_presidio_image_redactor.run.cluster"  # the worker preload docs/cluster.md recommends


def make_inputs(folder: Path, n: int, rows: int, columns: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        make_dicom([TextSpec(f"KOWALSKI {i}", 8, 8, "PERSON", 16), TextSpec("PORTABLE", 8, rows - 28, None, 16)],
                   rows=rows, columns=columns, seed=i, header={"PatientName": "KOWALSKI^MARTHA"}
                   ).save(folder / f"im{i:04d}.dcm")


def _cpu(pids: list[int]) -> float:
    """CPU seconds used so far by this process, its waited children (the local pool's forked
    workers and, through them, their Tesseract processes) and the process trees of `pids`
    (the Dask scheduler, the nannies and their workers, with their waited Tesseracts)."""
    import psutil

    own = os.times()
    total = own.user + own.system + own.children_user + own.children_system
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            root = psutil.Process(pid)
            for proc in [root, *root.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    t = proc.cpu_times()
                    total += t.user + t.system + t.children_user + t.children_system
    return total


def timed_run(argv: list[str], pids: list[int] = ()) -> tuple[float, float]:
    """(wall seconds, CPU seconds of every process taking part) of one `cli.main` run."""
    cpu = _cpu(pids)
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(argv)
    if code != 0:
        raise SystemExit(f"run failed ({code}): {argv}")
    return time.perf_counter() - start, _cpu(pids) - cpu


@contextlib.contextmanager
def _cluster(tmp: str, preload: bool):
    """A scheduler and two one-thread workers as separate `dask` processes, started as
    docs/cluster.md says (not a LocalCluster: its spawned workers would import this script,
    and with it the whole package, before the run). Yields (address, seconds until both
    workers were connected)."""
    import distributed

    folder = Path(tempfile.mkdtemp(prefix="dask-", dir=tmp))
    scheduler_file = folder / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    dask = [sys.executable, "-m", "dask"]
    quiet = {"env": env, "start_new_session": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    procs = [subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                               "--scheduler-file", str(scheduler_file)], **quiet)]
    try:
        while not scheduler_file.exists():
            time.sleep(0.05)
        begin = time.perf_counter()
        procs.append(subprocess.Popen([*dask, "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1",
                                       "--nworkers", "2", "--no-dashboard", "--local-directory", str(folder),
                                       *(["--preload", PRELOAD] if preload else [])], **quiet))
        with distributed.Client(scheduler_file=str(scheduler_file)) as client:
            client.wait_for_workers(2, timeout=600)
            address = client.scheduler.address
        yield address, time.perf_counter() - begin, [p.pid for p in procs]
    finally:
        for proc in reversed(procs):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def throughput(n: int, ocr: str, rounds: int) -> list[str]:
    """`rounds` rounds of: local pool; fresh cluster, cold run then warm run; fresh cluster
    started with the preload, cold run. Interleaved so that the load of a shared machine
    falls on every kind alike; the table gives medians."""
    from statistics import median

    times: dict[str, list[float]] = {key: [] for key in ("local", "cold", "warm", "preload", "start", "pstart")}
    cpu: dict[str, list[float]] = {key: [] for key in ("local", "cold", "warm", "preload")}

    def timed(key, argv, pids=()):
        wall, used = timed_run(argv, pids)
        times[key].append(wall)
        cpu[key].append(used)

    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as tmp:
        src = Path(tmp) / "in"
        make_inputs(src, n, 256, 320)
        base = ["run", str(src), "--mode", "redact", "--use-metadata", "--ocr", ocr]
        make_inputs(Path(tmp) / "warmup", 2, 256, 320)  # this process's own parts, loaded once for every row
        timed_run(["run", f"{tmp}/warmup", "--mode", "redact", "--use-metadata", "--ocr", ocr, "--jobs", "1",
                   "--output-dir", f"{tmp}/warmup-out"])
        for r in range(rounds):
            timed("local", [*base, "--jobs", "2", "--output-dir", f"{tmp}/local{r}"])
            with _cluster(tmp, preload=False) as (address, started, pids):
                times["start"].append(started)
                timed("cold", [*base, "--scheduler", address, "--output-dir", f"{tmp}/cold{r}"], pids)
                timed("warm", [*base, "--scheduler", address, "--output-dir", f"{tmp}/warm{r}"], pids)
            with _cluster(tmp, preload=True) as (address, started, pids):
                times["pstart"].append(started)
                timed("preload", [*base, "--scheduler", address, "--output-dir", f"{tmp}/preload{r}"], pids)
            load.append(os.getloadavg()[0])
    local = median(times["local"])
    local_cpu = median(cpu["local"])
    rows = ["| pool | inputs | median wall s | inputs/s | vs local pool | runs, s | median CPU s | "
            "CPU vs local pool | workers start, s |",
            "|---|---:|---:|---:|---:|---|---:|---:|---|"]
    for label, key, start in (
            ("local process pool, --jobs 2", "local", None),
            ("Dask cluster, 2 workers x 1 thread, fresh workers (cold)", "cold", "start"),
            (f"the same, workers started with --preload {PRELOAD} (cold)", "preload", "pstart"),
            ("Dask cluster, second run on the same workers (warm)", "warm", None)):
        seconds = median(times[key])
        rows.append(f"| {label} | {n} | {seconds:.1f} | {n / seconds:.2f} | {local / seconds:.2f}x | "
                    f"{', '.join(f'{t:.1f}' for t in times[key])} | {median(cpu[key]):.1f} | "
                    f"{local_cpu / median(cpu[key]):.2f}x | "
                    f"{', '.join(f'{t:.1f}' for t in times[start]) if start else ''} |")
    rows.append("\nCPU s: user + system of every process of the run (this one, its pool workers, the Dask "
                "scheduler, nannies and workers, and the Tesseract processes they ran); 'CPU vs local pool' is "
                "the throughput ratio on cores that nothing else uses. Worker start is not in the runs' CPU.")
    rows.append(f"\n{rounds} interleaved rounds; 1-minute load average before and after each round: "
                f"{', '.join(f'{v:.1f}' for v in load)}.")
    return rows


def resume_after_kill(m: int, kill_delay: float) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="scale-bench-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        make_inputs(src, m, 96, 128)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        args = [sys.executable, "-m", "fw_gear_presidio_image_redactor.cli", "run", str(src), "--mode",
                "redact-all", "--ocr", "tesseract", "--jobs", "2", "--output-dir", str(out)]
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        ledger = out / LEDGER_NAME
        while proc.poll() is None:
            if ledger.exists() and len(ledger.read_bytes().splitlines()) >= m // 2:
                if kill_delay >= 0:
                    time.sleep(kill_delay)
                    break
                # kill_delay < 0: kill as soon as an input not yet recorded is writing its outputs
                done = {m_.group(0) for m_ in INPUT_STEM.finditer(ledger.read_text())}
                if any((m_ := INPUT_STEM.search(p.name)) and m_.group(0) not in done for p in out.iterdir()):
                    break
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        first = time.perf_counter() - start
        recorded = set()
        for line in ledger.read_text().splitlines():
            with contextlib.suppress(ValueError, KeyError, TypeError):
                recorded.add(LedgerEntry.from_json(line).key)
        # Inputs with any trace of work at the kill (an output or a temporary `.part` file)
        # but no ledger record: the ones in flight. An input started but not yet writing
        # leaves no trace; with --jobs 2 at most two inputs (plus the pool's queue) run at once.
        at_kill = {m_.group(0) for p in out.iterdir() if (m_ := INPUT_STEM.search(p.name))}
        in_flight = at_kill - recorded
        # Outputs of recorded inputs as they were at the kill: the resumed run must leave them alone.
        kept = {p.name: p.stat().st_mtime_ns for p in out.iterdir()
                if (m_ := INPUT_STEM.search(p.name)) and m_.group(0) in recorded}
        start = time.perf_counter()
        result = subprocess.run([*args, "--resume"], env=env, capture_output=True, text=True)
        second = time.perf_counter() - start
        summary = next(line for line in result.stdout.splitlines() if line.startswith("Summary:"))
        processed, skipped = (int(re.search(rf"(\d+) {word}", summary).group(1)) for word in ("processed", "skipped"))
        names = {p.name for p in out.iterdir()}
        complete = sum(1 for i in range(m) if {redacted_name(f"im{i:04d}", False), preview_name(f"im{i:04d}"),
                                                  report_name(f"im{i:04d}"), csv_name(f"im{i:04d}"),
                                                  bbox_json_name(f"im{i:04d}")} <= names)
        parts = [n for n in names if n.endswith(".part")]
        rewritten = sum(1 for name, mtime in kept.items() if not (out / name).exists()
                        or (out / name).stat().st_mtime_ns != mtime)
        # Redone: inputs the resumed run processed that had work done before the kill. Every
        # recorded input must be skipped, so redone = processed inputs with a trace = in flight.
        redone = len(in_flight) if processed == m - len(recorded) and skipped == len(recorded) else None
    return ["| inputs | recorded at kill | in flight at kill (traces, no record) | resumed run | redone | "
            "recorded inputs' files rewritten | complete after | temp files left | killed run s | resumed run s |",
            "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|",
            f"| {m} | {len(recorded)} | {len(in_flight)} | {summary.removeprefix('Summary: ')} | "
            f"{redone if redone is not None else 'MISMATCH'} | {rewritten} of {len(kept)} | {complete}/{m} | "
            f"{len(parts)} | {first:.0f} | "
            f"{second:.0f} |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=40, help="inputs for the throughput table")
    parser.add_argument("--resume-inputs", type=int, default=1000, help="inputs for the resume table")
    parser.add_argument("--ocr", default="tesseract", help="OCR engine for the throughput table")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the throughput table")
    parser.add_argument("--kill-delay", type=float, default=-1,
                        help="seconds after the ledger holds half the inputs before the kill; negative (default): "
                             "after that, as soon as an unrecorded input is writing its outputs")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-resume", action="store_true")
    args = parser.parse_args()
    print(f"## Archive scale (bench/scale_bench.py), {platform.node()} ({os.cpu_count()} cores)\n")
    if not args.skip_throughput:
        print(f"### Throughput: local pool vs 2-worker Dask cluster ({args.ocr})\n")
        print("\n".join(throughput(args.inputs, args.ocr, args.rounds)) + "\n")
    if not args.skip_resume:
        print("### Resume after SIGKILL\n")
        print("\n".join(resume_after_kill(args.resume_inputs, args.kill_delay)))


if __name__ == "__main__":
    main()
