"""The gear image's install steps, run outside Docker (no Docker engine runs in CI).

docker/install.sh is what the Dockerfile runs; here CI runs the same script into a
throwaway venv, installs the package from the same files the Dockerfile copies, and
starts `python run.py` from a bare gear directory with that venv's python, as the
image's non-root user. A pin that no longer resolves, a dependency missing from the
lock, a module file left out of the package or a file the gear user cannot read
fails here rather than in a release build.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from fw_gear_presidio_image_redactor import __version__
from fw_gear_presidio_image_redactor.dev.synthetic import demo_sample
from fw_gear_presidio_image_redactor.outputs.naming import bbox_json_name, csv_name

from .helpers import REPO, make_gear_dir, read_csv_rows

pytestmark = pytest.mark.container

DOCKER = REPO / "docker"
GEAR_UID = 1000
BIN = Path(sys.executable).parent


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in (REPO / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        pending = f"{pending} {line}" if pending else line
        if pending.endswith("\\"):
            pending = pending[:-1].rstrip()
            continue
        word, _, rest = pending.partition(" ")
        out.append((word.upper(), rest.strip()))
        pending = ""
    return out


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for word, rest in dockerfile():
        if word == "ENV":
            env.update(m.groups() for m in re.finditer(r"(\w+)=(\S+)", rest))
    return env


def lock_pins(name: str) -> dict[str, str]:
    text = (DOCKER / name).read_text()
    return {canonicalize_name(n): v for n, v in re.findall(r"^([A-Za-z0-9_.\-]+)==(\S+)", text, re.M)}


# -- what the files promise ------------------------------------------------------

def test_versions_agree_between_package_manifest_and_image():
    manifest = json.loads((REPO / "manifest.json").read_text())
    assert manifest["version"] == __version__
    image = manifest["custom"]["gear-builder"]["image"]
    assert image == f"flywheel/presidio-image-redactor:{__version__}"
    labels = " ".join(rest for word, rest in dockerfile() if word == "LABEL")
    assert f'org.opencontainers.image.version="{__version__}"' in labels
    assert f"docker build -t {image} ." in (REPO / "Dockerfile").read_text()


def test_manifest_environment_is_the_image_environment():
    """The engine sets the manifest's environment, `docker run` the image's: they must agree."""
    manifest_env = json.loads((REPO / "manifest.json").read_text())["environment"]
    image_env = dockerfile_env()
    assert {k: image_env.get(k) for k in manifest_env} == manifest_env


def test_image_runs_as_non_root_with_the_manifest_command():
    steps = dockerfile()
    users = [i for i, (word, _) in enumerate(steps) if word == "USER"]
    assert users, "no USER: the image would run as root"
    last_user = steps[users[-1]][1]
    assert last_user.split(":")[0] not in {"root", "0"}
    assert not [w for w, _ in steps[users[-1]:] if w == "RUN"], "RUN after USER: build steps would run as the gear user"
    assert f"--uid {last_user}" in next(rest for word, rest in steps if word == "RUN" and "useradd" in rest)
    cmd = json.loads(next(rest for word, rest in steps if word == "CMD"))
    assert " ".join(cmd) == json.loads((REPO / "manifest.json").read_text())["command"]


def test_dockerfile_copies_every_lock_file():
    """install.sh reads each docker/requirements*.txt; one left out of the image fails its build."""
    copied = {Path(src).name for word, rest in dockerfile() if word == "COPY" for src in rest.split()[:-1]}
    assert {p.name for p in DOCKER.glob("requirements*.txt")} <= copied


def test_dockerfile_installs_only_through_install_sh():
    """CI runs `install.sh all`; that covers the image only if these are its steps."""
    runs = [rest for word, rest in dockerfile() if word == "RUN" and "install.sh" in rest]
    calls = [re.search(r"install\.sh (\w+(?: \S+)*?)(?: &&|$)", r).group(1) for r in runs]
    assert calls == ["system install", "deps /opt/venv", "project /opt/venv /tmp/src"]
    assert not [rest for word, rest in dockerfile() if word == "RUN" and re.search(r"\b(pip|apt-get)\b", rest)]


def test_lock_satisfies_pyproject():
    """A pin changed in pyproject.toml without re-running docker/lock.py fails here."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pins = lock_pins("requirements.txt")
    torch = lock_pins("requirements-torch.txt")
    for spec in [*project["dependencies"], *project["optional-dependencies"]["transformer"]]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        locked = torch.get(name) if name == "torch" else pins.get(name)
        assert locked is not None, f"{req.name} is not in docker/requirements*.txt: run docker/lock.py"
        assert req.specifier.contains(locked, prereleases=True), f"{req.name}: lock has {locked}, pyproject {spec}"
    assert "torch" not in pins and set(lock_pins("requirements-build.txt")) == {"pip", "setuptools"}
    make_uv = re.search(r"^UV_VERSION := (\S+)$", (REPO / "Makefile").read_text(), re.M).group(1)
    assert lock_pins("requirements-uv.txt") == {"uv": make_uv}, "Makefile and image uv differ: docker/lock.py"
    body = (DOCKER / "requirements.txt").read_text()
    assert all(block.count("--hash=sha256:") for block in body.split("==")[1:]), "a pin without a hash"


def test_hadolint_clean():
    hadolint = BIN / "hadolint"
    assert hadolint.exists(), "hadolint missing from .venv: pip install -e '.[test]'"
    result = subprocess.run([str(hadolint), "--no-color", "Dockerfile"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_shellcheck_clean():
    shellcheck = BIN / "shellcheck"
    assert shellcheck.exists(), "shellcheck missing from .venv: pip install -e '.[test]'"
    result = subprocess.run([str(shellcheck), "docker/install.sh"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_debian_packages_are_the_image_pins():
    """CI runs on bookworm, like the image: the Tesseract the tests use is the one shipped."""
    result = subprocess.run(["bash", str(DOCKER / "install.sh"), "system", "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr, result.stderr


# -- the install steps themselves --------------------------------------------------

def copy_sources_as_the_dockerfile_does(dest: Path) -> None:
    for word, rest in dockerfile():
        if word != "COPY" or not rest.split()[-1].startswith("/tmp/src"):
            continue
        *sources, target = rest.split()
        where = dest / Path(target).relative_to("/tmp/src")
        where.mkdir(parents=True, exist_ok=True)
        for src in sources:
            path = REPO / src
            if path.is_dir():
                shutil.copytree(path, where, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy(path, where / path.name)


def borrow_bytecode(venv: Path) -> int:
    """The image's byte-compiled modules, without compiling the venv (PIP_NO_COMPILE=1 below).

    The image compiles every module at build (install.sh's default), so the gear user, who
    cannot write into /opt/venv, starts from .pyc files; this venv has none, and the demo run
    compiled every module it imported, in memory, each time (about 6.5 s of its 17 s of CPU).
    Compiling the whole venv costs about 55 s. Instead, each .pyc this test process's venv has
    is linked in where the source beside it is the very same file (uv links both venvs' files
    from its cache: same inode, so the same bytes, size and time the .pyc checks; a stale one
    is recompiled as before). The rest (the project's own modules, built from the copied
    sources; torch, which pip installs) are compiled by the run as before."""
    dev_site = Path(sysconfig.get_paths()["purelib"])
    site = str(next((venv / "lib").glob("python*/site-packages")))
    suffix = f".{sys.implementation.cache_tag}.pyc"
    linked = 0
    for folder, _, names in os.walk(dev_site):
        if not folder.endswith(f"{os.sep}__pycache__"):
            continue
        package = os.path.dirname(folder)
        here = os.path.join(site, os.path.relpath(package, dev_site))
        made = False
        for name in names:
            if not name.endswith(suffix):
                continue
            module = name[:-len(suffix)] + ".py"
            try:
                same = os.path.samestat(os.stat(os.path.join(package, module)), os.stat(os.path.join(here, module)))
            except OSError:
                continue
            if not same:
                continue
            if not made:
                os.makedirs(os.path.join(here, "__pycache__"), mode=0o755, exist_ok=True)
                made = True
            target = os.path.join(here, "__pycache__", name)
            try:
                os.link(os.path.join(folder, name), target)
            except OSError:  # another file system
                shutil.copyfile(os.path.join(folder, name), target)
                os.chmod(target, 0o644)
            linked += 1
    return linked


@pytest.fixture(scope="module")
def installed():
    """`install.sh all` into a fresh venv; world-readable, like the image's /opt/venv."""
    root = Path(tempfile.mkdtemp(prefix="container-steps-"))
    root.chmod(0o755)
    src, venv = root / "src", root / "venv"
    copy_sources_as_the_dockerfile_does(src)
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env.update(PYTHON=sys.executable, PIP_QUIET="1", PIP_NO_COMPILE="1")
    env.pop("TORCH_INDEX_URL", None)  # pip's own index: the CI machine's CPU torch
    result = subprocess.run(["bash", str(DOCKER / "install.sh"), "all", str(venv), str(src)], env=env,
                            capture_output=True, text=True, timeout=1200)
    if result.returncode == 0:
        borrow_bytecode(venv)
    try:
        yield root, venv, result
    finally:
        shutil.rmtree(root, ignore_errors=True)


DISTRIBUTIONS = ("import importlib.metadata as m, json\n"
                 "print(json.dumps({d.name: d.version for d in m.distributions()}))")


@pytest.mark.slow  # the `installed` fixture: install.sh into a fresh venv
def test_install_steps_give_the_locked_set(installed):
    _, venv, result = installed
    assert result.returncode == 0, result.stderr[-4000:]
    listing = subprocess.run([str(venv / "bin" / "python"), "-c", DISTRIBUTIONS], capture_output=True, text=True,
                             check=True).stdout
    have = {canonicalize_name(n): v for n, v in json.loads(listing).items()}
    want = {**lock_pins("requirements.txt"), **lock_pins("requirements-build.txt")}
    assert {n: have.get(n) for n in want} == want
    assert have["torch"].split("+")[0] == lock_pins("requirements-torch.txt")["torch"]
    assert have[canonicalize_name("fw-gear-presidio-image-redactor")] == __version__
    extra = set(have) - set(want) - {"torch", canonicalize_name("fw-gear-presidio-image-redactor")}
    assert not extra, f"installed but not locked: {sorted(extra)}"


@pytest.mark.slow  # the `installed` fixture: install.sh into a fresh venv
def test_installed_venv_is_readable_by_the_gear_user(installed):
    _, venv, result = installed
    assert result.returncode == 0, result.stderr[-4000:]
    unreadable = [p for p in venv.rglob("*") if not p.is_symlink()
                  and (p.stat().st_mode & (0o005 if p.is_dir() else 0o004)) != (0o005 if p.is_dir() else 0o004)]
    assert not unreadable[:10]


def as_gear_user() -> list[str]:
    """setpriv to uid 1000 when CI runs as root (it does), as the image's USER does."""
    if os.geteuid() != 0:
        return []
    return ["setpriv", f"--reuid={GEAR_UID}", f"--regid={GEAR_UID}", "--clear-groups", "--"]


@pytest.mark.slow  # the `installed` fixture: install.sh into a fresh venv
def test_installed_gear_runs_the_demo_sample_as_non_root(installed):
    root, venv, result = installed
    assert result.returncode == 0, result.stderr[-4000:]
    image = root / "in" / "demo.dcm"
    image.parent.mkdir()
    demo_sample().save(image)
    manifest = json.loads((REPO / "manifest.json").read_text())
    options = {key: spec["default"] for key, spec in manifest["config"].items() if "default" in spec}
    gear = make_gear_dir(root / "gear", image, options)
    home = root / "home"
    home.mkdir()
    if os.geteuid() == 0:
        for path in [home, *home.rglob("*"), gear, *gear.rglob("*")]:
            os.chown(path, GEAR_UID, GEAR_UID)
    # The image's environment (the manifest's), with this venv where the image has /opt/venv;
    # no weights at PRESIDIO_REDACTOR_NER_MODEL, as in a FETCH_WEIGHTS=0 image.
    env = {**manifest["environment"], "HOME": str(home), "LANG": "C.UTF-8"}
    env["PATH"] = env["PATH"].replace("/opt/venv/bin", str(venv / "bin"))
    run = subprocess.run([*as_gear_user(), str(venv / "bin" / "python"), "run.py"], cwd=gear, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-4000:]
    out = gear / "output"
    rows = read_csv_rows(out / csv_name("demo"))
    assert {"PERSON", "ID"} <= {r["entity_type"] for r in rows}, rows
    assert (out / bbox_json_name("demo")).exists()
    meta = json.loads((out / ".metadata.json").read_text())
    files = {f["name"]: f for f in meta["acquisition"]["files"]}
    assert "PHI-Found" in files["demo.dcm"]["tags"]
    if os.geteuid() == 0:
        assert {p.stat().st_uid for p in out.rglob("*")} == {GEAR_UID}


def test_dockerignore_lets_in_exactly_what_the_dockerfile_copies():
    lines = [ln.strip() for ln in (REPO / ".dockerignore").read_text().splitlines()]
    patterns = [ln for ln in lines if ln and not ln.startswith("#")]
    assert patterns[0] == "*", "not an allow-list: .venv and .git would be sent to the daemon"
    allowed = {p[1:].rstrip("/") for p in patterns if p.startswith("!")}
    sources = {Path(src).parts[0] for word, rest in dockerfile() if word == "COPY" for src in rest.split()[:-1]}
    assert sources <= allowed, f"COPY sources the build context lacks: {sorted(sources - allowed)}"
    assert not allowed & {".venv", ".git", "tests", "demo-output", "bench-output", "eval-output"}


def test_system_check_names_missing_packages_and_other_versions(tmp_path):
    """The check CI and laptops run instead of apt-get: missing is fatal, another version a warning."""
    shutil.copy(DOCKER / "install.sh", tmp_path / "install.sh")
    (tmp_path / "apt-packages.txt").write_text("# pins\ntesseract-ocr=0.0-not-this\nno-such-package-xyz=1.0\n")
    result = subprocess.run(["bash", str(tmp_path / "install.sh"), "system", "check"], capture_output=True, text=True)
    assert result.returncode == 1
    assert "missing: no-such-package-xyz" in result.stderr
    assert "warning: tesseract-ocr" in result.stderr and "pins 0.0-not-this" in result.stderr


def test_a_hash_mismatch_fails_deps_and_leaves_no_tool_folder(tmp_path):
    """A tampered pin stops `install.sh deps` with uv's hash error, and the throwaway folder
    uv ran from is removed all the same."""
    docker = tmp_path / "docker"
    shutil.copytree(DOCKER, docker, ignore=shutil.ignore_patterns("__pycache__"))
    lock = docker / "requirements.txt"
    six = re.search(r"^six==\S+(?: \\\n\s+--hash=sha256:[0-9a-f]{64})+", lock.read_text(), re.M).group(0)
    # a small pin, every one of its hashes wrong
    lock.write_text(lock.read_text().replace(six, re.sub(r"[0-9a-f]{64}", "0" * 64, six)))
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env.update(PYTHON=sys.executable, PIP_QUIET="1", PIP_NO_COMPILE="1", TMPDIR=str(scratch))
    result = subprocess.run(["bash", str(docker / "install.sh"), "deps", str(tmp_path / "venv")], env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert "six" in result.stderr and "hash" in result.stderr.lower(), result.stderr[-2000:]
    assert list(scratch.iterdir()) == []
