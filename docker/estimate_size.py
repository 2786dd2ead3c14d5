"""Estimate the gear image's uncompressed size without a Docker engine.

    .venv/bin/python docker/estimate_size.py [--venv DIR]

Why an estimate: no Docker engine runs on the project's machines, so `docker images`
cannot be read. The image is the base image plus three layers we can measure here:
  - Debian packages: Installed-Size of what apt would install for docker/apt-packages.txt
    on a minbase system (apt-get -s against a dpkg status holding only the base: what
    python:*-slim-bookworm has: Priority required, apt, and the Python runtime's libraries);
  - the venv: `du` of a venv made by `docker/install.sh deps` + `project`, with .pyc
    compiled as pip does in the image (a venv installed with PIP_NO_COMPILE is compiled
    here first); without --venv one is installed into a temporary folder (~2 min);
  - the NER weights: RoBERTa-base parameters x 4 bytes (float32), plus the tokenizer.
The base image's size is not measurable here; the figure below is the commonly reported
one for python:3.11-slim-bookworm (`docker images`: roughly 130-155 MB). Prints a
Markdown table for CONTRIBUTING.md.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
BASE_IMAGE = "python:3.11.10-slim-bookworm"
BASE_IMAGE_MB = 140  # +/- 15: reported sizes of python:3.11-slim-bookworm, not measured here
# Debian packages python:*-slim-bookworm installs on top of debian:bookworm-slim (minbase:
# Priority required + apt): its Dockerfile's ca-certificates, netbase, tzdata, and the
# libraries CPython links.
IN_BASE = {"ca-certificates", "netbase", "tzdata", "libbz2-1.0", "libffi8", "liblzma5", "libncursesw6",
           "libreadline8", "libsqlite3-0", "libssl3", "libuuid1", "zlib1g", "libtinfo6", "libexpat1",
           "openssl", "readline-common", "libgdbm6", "libdb5.3"}
# obi/deid_roberta_i2b2 is RoBERTa-base (125M parameters) with a token-classification head.
WEIGHTS_PARAMETERS = 124_700_000
TOKENIZER_MB = 3


def simulate(status: Path, packages: list[str]) -> list[tuple[str, str]]:
    """(name, version) apt would install on a system whose dpkg status is `status`."""
    out = subprocess.run(["apt-get", "-s", "-o", f"Dir::State::status={status}", "install",
                          "--no-install-recommends", *packages], check=True, capture_output=True, text=True).stdout
    return re.findall(r"^Inst (\S+) \((\S+)", out, re.M)


def installed_kib(name: str, version: str) -> int:
    out = subprocess.run(["apt-cache", "show", f"{name}={version}"], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Installed-Size: (\d+)", out, re.M).group(1))


def debian_layer(tmp: Path) -> tuple[float, list[tuple[str, float]]]:
    """What `install.sh system install` adds to a minbase system: apt simulates the base
    (Priority required + apt + the Python image's extras) from an empty dpkg status, then
    the pinned packages on top of that base, resolving alternatives as a build would."""
    real = Path("/var/lib/dpkg/status").read_text()
    stanzas = {m.group(1): st for st in real.split("\n\n") if (m := re.match(r"Package: (\S+)", st))}
    required = [n for n, st in stanzas.items() if re.search(r"^Priority: required$", st, re.M)]
    empty = tmp / "empty-status"
    empty.write_text("")
    base = {name for name, _ in simulate(empty, [*required, "apt", *sorted(IN_BASE & stanzas.keys())])}
    base = (base | set(required)) & stanzas.keys()
    base_status = tmp / "base-status"
    for _ in range(10):
        # apt's pick among alternatives (usrmerge) may not be the one installed here
        # (usr-is-merged): add the installed alternatives until the base is consistent.
        base_status.write_text("\n\n".join(stanzas[n] for n in sorted(base)) + "\n\n")
        check = subprocess.run(["apt-get", "-s", "-o", f"Dir::State::status={base_status}", "check"],
                               capture_output=True, text=True)
        missing = set(re.findall(r"([a-z0-9][a-z0-9+.\-]+)(?: \(|$| but| or)", check.stdout, re.M)) & stanzas.keys()
        if check.returncode == 0 or not missing - base:
            break
        base |= missing
    pins = [ln.strip() for ln in (ROOT / "docker" / "apt-packages.txt").read_text().splitlines()
            if ln.strip() and not ln.startswith("#")]
    rows = [(name, installed_kib(name, version) * 1024 / MB) for name, version in simulate(base_status, pins)]
    rows.sort(key=lambda r: -r[1])
    return sum(mb for _, mb in rows), rows


def du_mb(path: Path) -> float:
    out = subprocess.run(["du", "-s", "--block-size=1", str(path)], check=True, capture_output=True, text=True)
    return int(out.stdout.split()[0]) / MB


def install_venv(tmp: Path) -> Path:
    src, venv = tmp / "src", tmp / "venv"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        (src / name).write_bytes((ROOT / name).read_bytes())
    subprocess.run(["cp", "-r", str(ROOT / "fw_gear_presidio_image_redactor"), str(src)], check=True)
    env = {**os.environ, "PYTHON": sys.executable, "PIP_QUIET": "1"}
    for step in (["deps", str(venv)], ["project", str(venv), str(src)]):
        subprocess.run(["bash", str(ROOT / "docker" / "install.sh"), *step], check=True, env=env)
    return venv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venv", type=Path, help="a venv made by docker/install.sh (default: make one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="size-") as tmp:
        debian_mb, debian_rows = debian_layer(Path(tmp))
        venv = args.venv or install_venv(Path(tmp))
        compileall.compile_dir(str(venv / "lib"), quiet=2, workers=2)  # the image's pip compiles .pyc
        venv_mb = du_mb(venv)
        site = next((venv / "lib").glob("python3*/site-packages"))
        biggest = sorted(((p.name, du_mb(p)) for p in site.iterdir() if p.is_dir()), key=lambda r: -r[1])[:6]
    weights_mb = WEIGHTS_PARAMETERS * 4 / MB + TOKENIZER_MB
    total = BASE_IMAGE_MB + debian_mb + venv_mb + weights_mb
    print("| layer | MB (uncompressed) | how it was measured |")
    print("| --- | ---: | --- |")
    print(f"| base image `{BASE_IMAGE}` | ~{BASE_IMAGE_MB} | reported size, not measured here (130-155) |")
    top = ", ".join(f"{n} {mb:.0f}" for n, mb in debian_rows[:4])
    print(f"| Debian: {len(debian_rows)} packages (Tesseract and its dependencies) | {debian_mb:.0f} "
          f"| dpkg Installed-Size; largest: {top} |")
    top = ", ".join(f"{n} {mb:.0f}" for n, mb in biggest)
    print(f"| venv `/opt/venv` (pinned deps, CPU torch, the gear) | {venv_mb:.0f} "
          f"| du after install.sh; largest: {top} |")
    print(f"| NER weights `/opt/models/deid_roberta_i2b2` | {weights_mb:.0f} "
          "| 125M float32 parameters + tokenizer (one copy: safetensors or .bin) |")
    print(f"| **total** | **~{total:.0f}** | FETCH_WEIGHTS=0: ~{total - weights_mb:.0f} |")


if __name__ == "__main__":
    main()
