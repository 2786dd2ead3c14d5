"""Output layout (issue 16, item 3): a folder's tree is mirrored under --output-dir, a
rerun with other settings replaces the earlier run's files cleanly (the ledger's files
and nothing else), and the index covers what is in the folder."""

from __future__ import annotations

import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from fw_gear_presidio_image_redactor.outputs.naming import csv_name
from fw_gear_presidio_image_redactor.run.ledger import LEDGER_NAME, LedgerEntry

from .helpers import run_cli, write_case

FAST = ["--ocr", "tesseract", "--jobs", "2"]


def _small(path: Path):
    return write_case(path, rows=96, columns=256)


def _tree(root: Path, *places: str) -> None:
    for place in places:
        _small(root / place / "IM0001")


def _files(out: Path) -> set[str]:
    """Every file under the output folder, relative POSIX paths (the ledger aside)."""
    return {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.name != LEDGER_NAME}


def _outputs(place: str, mode: str) -> set[str]:
    image = "bbox_IM0001.dcm" if mode == "detect" else "redacted_IM0001.dcm"
    names = {csv_name("IM0001"), "bbox_coords.presidio-image-redactor.0.2.0.IM0001.json", image,
             "preview_IM0001.png", "report_IM0001.html"}
    return {f"{place}/{n}" if place else n for n in names}


class _Links(HTMLParser):
    """The index's input rows: (row class, link href or None, cell texts)."""

    def __init__(self):
        super().__init__()
        self.rows: list[tuple[str, str | None, list[str]]] = []
        self._row = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and attrs.get("class") in ("input", "earlier-input"):
            self._row = (attrs["class"], None, [])
            self.rows.append(self._row)
        elif tag == "a" and self._row is not None:
            self.rows[-1] = self._row = (self._row[0], attrs["href"], self._row[2])
        elif tag == "td" and self._row is not None:
            self._row[2].append("")

    def handle_endtag(self, tag):
        if tag == "tr":
            self._row = None

    def handle_data(self, data):
        if self._row is not None and self._row[2]:
            self._row[2][-1] += data


def _index(out: Path) -> dict[str, tuple[str, str | None, list[str]]]:
    """Input name as the index shows it -> (row class, href, cells)."""
    parser = _Links()
    parser.feed((out / "index.html").read_text())
    return {cells[0]: (cls, href, cells) for cls, href, cells in parser.rows}


def _summary(stdout: str) -> dict[str, str]:
    rows = {}
    for line in stdout.splitlines():
        parts = line.split(None, 2)
        if len(parts) == 3 and parts[0] in ("processed", "skipped", "failed") and line.startswith("  "):
            rows[parts[1]] = f"{parts[0]} {parts[2]}"
    return rows


def test_a_pacs_tree_with_one_file_name_in_two_series_gives_both_outputs_in_mirrored_subfolders(tmp_path):
    """S1/IM0001 and S2/IM0001 no longer clash; the index links both reports by relative path,
    shows the relative input path, and [i/N] counts every row of the summary (the README too)."""
    src, out = tmp_path / "IN", tmp_path / "OUT"
    _tree(src, "S1", "S2/deeper")
    (src / "README.txt").write_text("not an image")
    broken = src / "S3" / "IM0001"
    broken.parent.mkdir()
    broken.write_bytes((src / "S1" / "IM0001").read_bytes()[:-300])  # fails: leaves no S3 folder behind
    result = run_cli("run", src, "--mode", "detect", *FAST, "--output-dir", out)
    assert result.returncode == 1, result.stderr
    assert "Summary: 2 processed, 1 skipped, 1 failed" in result.stdout
    assert set(_summary(result.stdout)) == {"README.txt", "S1/IM0001", "S2/deeper/IM0001", "S3/IM0001"}
    assert _summary(result.stdout)["S1/IM0001"] == "processed DATE_TIME 1, PERSON 1"
    progress = re.findall(r"\[(\d+)/(\d+)\] (\S+): (\w+)", result.stderr)
    assert sorted(name for _, _, name, _ in progress) == ["README.txt", "S1/IM0001", "S2/deeper/IM0001",
                                                          "S3/IM0001"]
    assert {total for _, total, _, _ in progress} == {"4"} and progress[-1][0] == "4"
    assert _files(out) == {"index.html"} | _outputs("S1", "detect") | _outputs("S2/deeper", "detect")
    assert not (out / "S3").exists()
    index = _index(out)
    assert index["S1/IM0001"][1] == "S1/report_IM0001.html"
    assert index["S2/deeper/IM0001"][1] == "S2/deeper/report_IM0001.html"
    assert index["S3/IM0001"][1] is None and index["README.txt"][1] is None
    for _, href, _ in index.values():  # every link opens a file that is there
        assert href is None or (out / href).is_file()
    assert "<h1>PHI report: S2/deeper/IM0001</h1>" in (out / "S2" / "deeper" / "report_IM0001.html").read_text()


def test_files_named_on_the_command_line_keep_flat_output_names_and_a_real_clash_is_refused(tmp_path):
    """Named files write at the top of --output-dir, as before; two inputs that map to one
    relative path (S1/IM0001 under two named folders) are still refused, never overwritten."""
    _tree(tmp_path / "A", "S1")
    _tree(tmp_path / "B", "S1")
    out = tmp_path / "flat"
    result = run_cli("run", tmp_path / "A" / "S1" / "IM0001", "--mode", "redact-all", *FAST, "--output-dir", out)
    assert result.returncode == 0, result.stderr
    assert _files(out) == {"index.html"} | _outputs("", "redact-all")

    out = tmp_path / "two-roots"
    result = run_cli("run", tmp_path / "A", tmp_path / "B", "--mode", "redact-all", *FAST, "--output-dir", out)
    assert result.returncode == 1
    assert "Summary: 1 processed, 0 skipped, 1 failed" in result.stdout
    assert (f"{tmp_path / 'B' / 'S1' / 'IM0001'}: its outputs would overwrite those of "
            f"{tmp_path / 'A' / 'S1' / 'IM0001'}") in result.stdout
    assert _files(out) == {"index.html"} | _outputs("S1", "redact-all")


def test_resume_in_subfolders_after_a_stopped_run_skips_the_done_input_with_its_recorded_findings(tmp_path):
    """A run stopped after S1 finished (its ledger line written, S2 half-written: a temp file in
    S2/): --resume skips S1 showing the findings recorded for it, redoes S2, and cleans up."""
    src, out = tmp_path / "IN", tmp_path / "OUT"
    _tree(src, "S1", "S2")
    args = ["run", src, "--mode", "redact", "--use-metadata", *FAST, "--output-dir", out]
    assert run_cli(*args).returncode == 0
    ledger = out / LEDGER_NAME
    lines = ledger.read_text().splitlines()
    s1 = next(line for line in lines if LedgerEntry.from_json(line).key == "S1/IM0001")
    ledger.write_text(s1 + "\n")  # as the stopped run left it
    for name in _outputs("S2", "redact"):
        (out / name).unlink()
    (out / "S2" / ".redacted_IM0001.dcm.x1y2.part").write_bytes(b"half")
    (out / "index.html").unlink()

    result = run_cli(*args, "--resume")
    assert result.returncode == 0, result.stderr
    rows = _summary(result.stdout)
    assert rows == {"S1/IM0001": "skipped already done; DATE_TIME 1, PERSON 1",
                    "S2/IM0001": "processed DATE_TIME 1, PERSON 1"}
    assert "Findings by entity: DATE_TIME 2, PERSON 2" in result.stdout
    assert _files(out) == {"index.html"} | _outputs("S1", "redact") | _outputs("S2", "redact")
    index = _index(out)
    assert index["S1/IM0001"][1] == "S1/report_IM0001.html"
    assert index["S1/IM0001"][2][3] == "2"  # the Findings column shows the recorded findings, not 0
    assert sorted(LedgerEntry.from_json(line).key for line in ledger.read_text().splitlines()) == \
        ["S1/IM0001", "S2/IM0001"]


def test_a_rerun_in_another_mode_removes_the_first_modes_files_and_nothing_else(tmp_path):
    """detect then redact-all into one folder: the review DICOMs (bbox_) go, with the entries
    of inputs no longer in the run; a user's files, even one named like an output, stay."""
    src, out = tmp_path / "IN", tmp_path / "OUT"
    _tree(src, "S1", "S2")
    assert run_cli("run", src, "--mode", "detect", *FAST, "--output-dir", out).returncode == 0
    mine = {"notes.txt": b"my notes", "S1/my_notes.txt": b"mine", "S1/bbox_OTHER.dcm": b"not in the ledger"}
    for name, data in mine.items():
        (out / name).write_bytes(data)
    (src / "S2" / "IM0001").unlink()  # S2 is gone from the input: its detect outputs are stale too

    result = run_cli("run", src, "--mode", "redact-all", *FAST, "--output-dir", out)
    assert result.returncode == 0, result.stderr
    assert _files(out) == {"index.html", *mine} | _outputs("S1", "redact-all")
    assert not (out / "S2").exists()
    assert {name: (out / name).read_bytes() for name in mine} == mine
    assert "output folder: removed 5 file(s) of earlier runs that no longer belong here" in result.stderr
    assert "output folder: removed 1 file(s) of earlier runs that this run did not write again" in result.stderr
    assert "IM0001" not in "".join(ln for ln in result.stderr.splitlines() if "output folder" in ln)
    assert set(_index(out)) == {"S1/IM0001"}  # the index covers exactly what is in the folder


def test_a_same_settings_run_on_other_inputs_keeps_the_earlier_inputs_and_lists_them_in_the_index(tmp_path):
    out = tmp_path / "OUT"
    _tree(tmp_path / "IN", "S1")
    _tree(tmp_path / "MORE", "S2")
    args = ["--mode", "redact-all", *FAST, "--output-dir", out]
    assert run_cli("run", tmp_path / "IN", *args).returncode == 0
    result = run_cli("run", tmp_path / "MORE", *args)
    assert result.returncode == 0, result.stderr
    assert "Kept from earlier runs in the same mode: 1 input(s) not in this run" in result.stdout
    assert _files(out) == {"index.html"} | _outputs("S1", "redact-all") | _outputs("S2", "redact-all")
    index = _index(out)
    assert index["S2/IM0001"][0] == "input" and index["S1/IM0001"][0] == "earlier-input"
    assert index["S1/IM0001"][1] == "S1/report_IM0001.html" and index["S1/IM0001"][2][3] == "3"


def test_a_same_mode_run_with_other_settings_on_other_inputs_keeps_the_earlier_outputs_marked_as_such(tmp_path):
    """Another threshold (or program version) on another part of an archive must not delete
    hours of earlier work: only another mode's files are stale. The index says which
    earlier inputs were made with other settings."""
    out = tmp_path / "OUT"
    _tree(tmp_path / "IN", "S1")
    _tree(tmp_path / "MORE", "S2")
    assert run_cli("run", tmp_path / "IN", "--mode", "redact-all", *FAST, "--output-dir", out).returncode == 0
    before = {name: (out / name).read_bytes() for name in _outputs("S1", "redact-all")}
    result = run_cli("run", tmp_path / "MORE", "--mode", "redact-all", *FAST, "--score-threshold", "90",
                     "--output-dir", out)
    assert result.returncode == 0, result.stderr
    assert {name: (out / name).read_bytes() for name in before} == before
    assert "removed" not in result.stderr
    assert "1 input(s) not in this run, 1 of them made with other settings" in result.stdout
    index = _index(out)
    assert index["S1/IM0001"][0] == "earlier-input"
    assert "other settings" in index["S1/IM0001"][2][-1] and "other settings" not in index["S2/IM0001"][2][-1]


def test_an_old_format_ledger_is_read_and_its_inputs_are_redone_not_trusted(tmp_path):
    """Format 1 (before subfolders) recorded no findings: --resume redoes such inputs, and says so."""
    src, out = tmp_path / "IN", tmp_path / "OUT"
    _small(src / "scan.dcm")
    args = ["run", src, "--mode", "redact-all", *FAST, "--output-dir", out]
    assert run_cli(*args).returncode == 0
    ledger = out / LEDGER_NAME
    old = []
    for line in ledger.read_text().splitlines():
        data = json.loads(line)
        old.append(json.dumps({k: data[k] for k in ("key", "input", "settings", "outputs", "recorded")}
                              | {"format": 1}))
    ledger.write_text("\n".join(old) + "\n")
    result = run_cli(*args, "--resume")
    assert result.returncode == 0, result.stderr
    assert _summary(result.stdout) == {"scan.dcm": "processed TEXT 3"}
    assert "resume: 1 input(s) recorded in an older ledger format are redone" in result.stderr
    assert _files(out) == {"index.html"} | {n.replace("IM0001", "scan") for n in _outputs("", "redact-all")}


def test_an_input_run_again_from_its_folder_leaves_no_copy_of_its_outputs_at_the_old_place(tmp_path):
    """Named first (outputs at the top), then found in its folder (outputs under S1/): the
    top-level copies are the same input's, so they go; nothing is left duplicated."""
    src, out = tmp_path / "IN", tmp_path / "OUT"
    _tree(src, "S1")
    args = ["--mode", "redact-all", *FAST, "--output-dir", out]
    assert run_cli("run", src / "S1" / "IM0001", *args).returncode == 0
    assert _files(out) == {"index.html"} | _outputs("", "redact-all")
    result = run_cli("run", src, *args)
    assert result.returncode == 0, result.stderr
    assert _files(out) == {"index.html"} | _outputs("S1", "redact-all")
    assert set(_index(out)) == {"S1/IM0001"}


def test_keep_partial_in_a_subfolder_then_a_good_rerun_replaces_the_partial_series(tmp_path):
    """--keep-partial writes S1/partial_S.dicom.zip (recorded in the ledger as a failed input's
    files); once the series is whole, the next run's redacted_S.dicom.zip replaces it."""
    import zipfile

    good = [_small(tmp_path / "m" / f"IM{i}.dcm").path.read_bytes() for i in (1, 2)]
    series = tmp_path / "IN" / "S1" / "S.zip"
    series.parent.mkdir(parents=True)

    def write_zip(members):
        with zipfile.ZipFile(series, "w") as zf:
            for i, data in enumerate(members, 1):
                zf.writestr(f"IM{i}.dcm", data)

    write_zip([good[0], good[1][:-300]])
    out = tmp_path / "OUT"
    args = ["run", tmp_path / "IN", "--mode", "redact-all", *FAST, "--keep-partial", "--output-dir", out]
    assert run_cli(*args).returncode == 1
    assert (out / "S1" / "partial_S.dicom.zip").is_file() and not (out / "S1" / "redacted_S.dicom.zip").exists()
    write_zip(good)
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr
    assert not (out / "S1" / "partial_S.dicom.zip").exists()
    assert (out / "S1" / "redacted_S.dicom.zip").is_file() and (out / "S1" / "report_S.html").is_file()


def test_an_input_of_another_name_never_overwrites_an_earlier_runs_outputs_of_the_same_name(tmp_path):
    """S1/scan.dcm in one run, S1/scan.zip in the next, one output folder: the second would
    overwrite the first's report and remove its redacted copy, so it fails instead, and the
    first input's files stay. The same input found under another mount point still resumes."""
    src, out = tmp_path / "IN", tmp_path / "OUT"
    _small(src / "S1" / "scan.dcm")
    args = ["--mode", "redact-all", *FAST, "--output-dir", out]
    assert run_cli("run", src / "S1" / "scan.dcm", *args).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and p.name != LEDGER_NAME
              and p.name != "index.html"}
    with zipfile.ZipFile(src / "S1" / "scan.zip", "w") as zf:
        zf.write(src / "S1" / "scan.dcm", "IM0001.dcm")
    result = run_cli("run", src / "S1" / "scan.zip", *args)
    assert result.returncode == 1
    assert "which an earlier run wrote to this output folder" in result.stdout + result.stderr
    assert {p: p.read_bytes() for p in before} == before

    moved = tmp_path / "MOUNT" / "S1"
    moved.mkdir(parents=True)
    (moved / "scan.dcm").write_bytes((src / "S1" / "scan.dcm").read_bytes())
    again = run_cli("run", moved / "scan.dcm", *args, "--resume")
    assert again.returncode == 0, again.stderr
    assert "already done" in again.stdout
