"""What a person at a terminal meets: --version, --help examples, the progress bar
with an ETA, the summary table and the exit codes.

Process tests: --version, --help, the terminal run and the usage errors' exit codes
start the CLI as a separate process (`run_cli_process`), since what they check is the
process itself."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios

import pytest

from fw_gear_presidio_image_redactor import __version__
from fw_gear_presidio_image_redactor.config import Mode

from .helpers import CLI, run_cli, run_cli_process, write_case


@pytest.mark.slow  # a real process or a long run: left out of make test-fast
def test_version_prints_the_package_version():
    result = run_cli_process("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"presidio-image-redactor {__version__}"


HEAVY = ("presidio_analyzer", "torch", "transformers", "spacy", "rapidocr", "onnxruntime")


HELP_AND_USAGE_ERRORS = {"help": ["--help"], "run-help": ["run", "--help"], "flywheel-help": ["flywheel", "--help"],
                         "usage-error": ["run", "--mode", "redact", "--fill", "pink", "x.dcm"]}


def test_help_and_usage_errors_answer_without_loading_presidio_or_models():
    """Importing Presidio pulls in torch and transformers (seconds): a user asking for
    --help or mistyping an option gets the answer at once, in a fresh interpreter.

    One interpreter answers the four in turn (they were four interpreters, 0.7 s of CPU
    each): modules only accumulate, so what is loaded after each answer is what that answer
    and the ones before it loaded, and the first answer that loads a heavy module is named."""
    probe = ("import sys\nfrom fw_gear_presidio_image_redactor import cli\n"
             f"for name, argv in {HELP_AND_USAGE_ERRORS!r}.items():\n"
             "    try:\n        cli.main(argv)\n    except SystemExit:\n        pass\n"
             f"    print('LOADED', name, sorted(m for m in {HEAVY!r} if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    loaded = re.findall(r"^LOADED (\S+) (.*)$", result.stdout, re.M)
    assert loaded == [(name, "[]") for name in HELP_AND_USAGE_ERRORS], result.stdout[-1500:] + result.stderr[-500:]


@pytest.mark.slow  # a real process or a long run: left out of make test-fast
def test_help_has_an_example_for_every_mode():
    result = run_cli_process("run", "--help")
    assert result.returncode == 0
    examples = result.stdout.split("examples")[1]
    for mode in Mode:
        assert f"--mode {mode.cli} " in examples, mode.cli
    assert "exit codes" in result.stdout


def _run_in_pty(args: list[str], timeout: float = 240) -> tuple[int, str]:
    """Run the CLI with stderr/stdout on a pseudo-terminal, as a person would."""
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a 120x40 window
    proc = subprocess.Popen([*CLI, *args],
                            stdin=subprocess.DEVNULL, stdout=secondary, stderr=secondary, close_fds=True,
                            env={**os.environ})
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([primary], [], [], timeout)
        if not ready:
            proc.kill()
            raise AssertionError(f"CLI produced no output for {timeout}s")
        try:
            data = os.read(primary, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(primary)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


@pytest.fixture(scope="module")
def terminal_run(tmp_path_factory) -> tuple[int, str]:
    """One run on a pseudo-terminal, as a person would start it, with two worker processes:
    two stills, a 2-frame cine and a file that is not DICOM (one process serves both tests)."""
    from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom

    tmp = tmp_path_factory.mktemp("terminal")
    folder = tmp / "in"
    folder.mkdir()
    write_case(folder / "a.dcm", seed=1, rows=128, columns=512)  # the standard case's text, a quarter of its pixels
    write_case(folder / "b.dcm", seed=2, rows=128, columns=512)
    make_dicom([TextSpec("JOHN SMITH", 20, 20, "PERSON", 24)], rows=128, columns=256, frames=2).save(folder / "c.dcm")
    (folder / "notes.txt").write_text("not a DICOM")
    return _run_in_pty(["run", str(folder), "--mode", "detect", "--jobs", "2", "--output-dir", str(tmp / "out")])


@pytest.mark.slow  # a process
def test_terminal_run_shows_a_progress_bar_with_eta_and_a_summary_table(terminal_run):
    code, screen = terminal_run
    assert code == 0, screen
    # the bar counts every row of the summary, notes.txt included (it said 3/3 beside 4 rows)
    assert re.search(r"inputs: [0-4]/4 \|.*\| elapsed \d\d:\d\d, ETA ", screen), screen
    assert not re.search(r"inputs: \d/3 ", screen), screen
    assert "\r" in screen  # the bar redraws in place instead of printing a line per update
    lines = [line.strip() for line in screen.replace("\r", "\n").splitlines() if line.strip()]
    assert "Summary: 3 processed, 1 skipped, 0 failed" in lines
    header = next(i for i, line in enumerate(lines) if line.startswith("status"))
    rows = {line.split()[1]: line.split()[0] for line in lines[header + 1: header + 5]}
    assert rows == {"a.dcm": "processed", "b.dcm": "processed", "c.dcm": "processed", "notes.txt": "skipped"}
    assert any(line.startswith("Findings by entity: ") and "PERSON" in line for line in lines)


@pytest.mark.slow  # a process
def test_terminal_inputs_bar_never_goes_back_with_several_jobs(terminal_run):
    """Issue 16 item 7: workers forked while the bar is up used to redraw their frozen
    copy of it (`inputs: 0/3` after the parent drew 1/3) under each of their log lines."""
    code, screen = terminal_run
    assert code == 0, screen
    counts = [int(n) for n in re.findall(r"inputs: (\d)/4", screen)]
    assert counts and counts[-1] == 4, screen
    assert counts == sorted(counts), counts


def test_progress_lines_of_a_two_frame_input_are_50_and_100_percent(tmp_path):
    """Issue 16 item 7: no "10%" lines (sub-frame steps) for a 2-frame input."""
    from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom

    make_dicom([TextSpec("JOHN SMITH", 20, 20, "PERSON", 24)], rows=128, columns=256, frames=2).save(
        tmp_path / "two.dcm")
    result = run_cli("run", tmp_path / "two.dcm", "--mode", "detect", "--jobs", "1", "--output-dir", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert re.findall(r"scanning 2 frames: (\d+)%", result.stderr) == ["50", "100"], result.stderr


def test_progress_lines_of_a_16_frame_cine_come_every_10_percent_none_skipped(tmp_path):
    """Issue 16: a 16-frame cine with one overlay skipped its 40% line when the step total was
    re-estimated after planning (16 of 48 steps became 16 of 33: 33% jumped to 48%)."""
    from fw_gear_presidio_image_redactor.dev.synthetic import TextSpec, make_dicom

    make_dicom([TextSpec("KOWALSKI, MARTHA", 10, 10, "PERSON", 16)], rows=96, columns=192, frames=16).save(
        tmp_path / "cine.dcm")
    result = run_cli("run", tmp_path / "cine.dcm", "--mode", "detect", "--ocr", "tesseract", "--jobs", "1",
                     "--output-dir", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    assert re.findall(r"scanning 16 frames: (\d+)%", result.stderr) == [str(p) for p in range(10, 101, 10)]


def test_log_run_reports_each_input_with_elapsed_time_and_eta(tmp_path):
    """Not a terminal (the gear's log, a CI job): one line per input, no bar."""
    write_case(tmp_path / "a.dcm", seed=1)
    write_case(tmp_path / "b.dcm", seed=2)
    result = run_cli("run", tmp_path / "a.dcm", tmp_path / "b.dcm", "--mode", "detect", "--jobs", "1",
                     "--output-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert re.search(r"\[1/2\] a\.dcm: processed \(elapsed \d:\d\d:\d\d, ETA \d:\d\d:\d\d\)", result.stderr)
    assert re.search(r"\[2/2\] b\.dcm: processed \(elapsed \d:\d\d:\d\d\)", result.stderr)
    assert "\r" not in result.stderr and "|" not in result.stderr


@pytest.mark.slow  # a real process or a long run: left out of make test-fast
def test_exit_codes_separate_usage_errors_from_failed_inputs(tmp_path):
    """Usage errors from real processes; the failed input's 1 is `main`'s return, which
    `sys.exit(main())` passes on as the terminal-run test sees it do for 0."""
    write_case(tmp_path / "ok.dcm", seed=1)
    (tmp_path / "bad.dcm").write_bytes(b"\0" * 128 + b"DICM" + b"\x02\x00")
    assert run_cli_process("run", tmp_path / "ok.dcm", "--mode", "nonsense",
                           "--output-dir", tmp_path / "o").returncode == 2
    assert run_cli_process("run", tmp_path / "missing.dcm", "--mode", "detect",
                           "--output-dir", tmp_path / "o").returncode == 2
    mixed = run_cli("run", tmp_path / "ok.dcm", tmp_path / "bad.dcm", "--mode", "detect", "--jobs", "1",
                    "--output-dir", tmp_path / "o")
    assert mixed.returncode == 1
    assert (tmp_path / "o" / "bbox_ok.dcm").exists()  # the good input was still processed
