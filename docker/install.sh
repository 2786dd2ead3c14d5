#!/usr/bin/env bash
# The install steps of the gear image, in one place: the Dockerfile runs them step by
# step (one layer each, so a source change does not reinstall torch), and CI runs
# them all outside Docker into a throwaway venv (tests/test_container_steps.py), so
# a broken pin or a missing dependency fails CI rather than a release build.
#
# Usage: docker/install.sh STEP [ARGS]
#   system install|check   Debian packages pinned in docker/apt-packages.txt: install them
#                          (root; the Dockerfile), or only check they are there (CI, laptops)
#   deps VENV              create VENV and install the pinned, hashed Python dependencies
#                          (with uv, from requirements-uv.txt; torch with pip)
#   project VENV SRC       install the gear package from the source tree SRC, no dependencies,
#                          then `pip check` that every requirement is met by the pinned set
#   all VENV SRC           system check + deps + project
# Environment:
#   PYTHON           interpreter that creates the venv (default python3)
#   TORCH_INDEX_URL  index for torch alone (the Dockerfile sets PyTorch's CPU index; empty:
#                    pip's own index, where Linux wheels are the CUDA build: set it)
#   PIP_*            pip's own settings (PIP_QUIET=1, PIP_NO_CACHE_DIR=1, ...) pass through;
#                    `deps` reads PIP_QUIET, PIP_NO_CACHE_DIR and PIP_NO_COMPILE (1/true/yes/on)
#                    once and passes the same choice to pip and uv as flags
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PYTHON=${PYTHON:-python3}

die() { echo "install.sh: $*" >&2; exit 1; }

apt_pins() {
  grep -Ev '^[[:space:]]*(#|$)' "$HERE/apt-packages.txt"
}

system_install() {
  local pins
  mapfile -t pins < <(apt_pins)
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${pins[@]}"
  rm -rf /var/lib/apt/lists/*
}

# Missing packages are an error (no OCR without Tesseract); another version only a
# warning, because a developer's Debian may differ from the image's bookworm.
system_check() {
  local pin name want status have missing=()
  while IFS= read -r pin; do
    name=${pin%%=*}
    want=${pin#*=}
    status=$(dpkg-query -W -f='${Status} ${Version}' "$name" 2>/dev/null || true)
    if [[ $status != "install ok installed "* ]]; then
      missing+=("$name")
      continue
    fi
    have=${status##* }
    [[ $have == "$want" ]] || echo "install.sh: warning: $name $have installed, the image pins $want" >&2
  done < <(apt_pins)
  ((${#missing[@]} == 0)) || die "Debian packages missing: ${missing[*]} (as root: $0 system install)"
  echo "install.sh: Debian packages present"
}

# The body is a subshell, so its EXIT trap removes uv's folder however the step ends.
deps() (
  local venv=$1
  # No bundled pip: ensurepip would install and byte-compile a pip that the pinned one
  # replaces right after (seconds of CPU for nothing). uv installs the pinned pip below.
  "$PYTHON" -m venv --without-pip "$venv"
  local py="$venv/bin/python"
  "$PYTHON" -m pip --version >/dev/null 2>&1 || die "$PYTHON has no pip (it fetches uv, hash-checked)"
  # One reading of PIP_NO_COMPILE and PIP_QUIET for pip and uv alike (pip's own reading of
  # PIP_NO_COMPILE is inverted for some values), passed to both as explicit flags.
  local pip_flags=(--no-deps) uv_flags=(--no-deps --require-hashes)
  if [[ ${PIP_NO_COMPILE:-} =~ ^(1|true|yes|on)$ ]]; then pip_flags+=(--no-compile)
  else pip_flags+=(--compile); uv_flags+=(--compile-bytecode); fi
  if [[ ${PIP_QUIET:-0} =~ ^([1-9]|true|yes|on)$ ]]; then uv_flags+=(--quiet); fi
  if [[ -n ${PIP_NO_CACHE_DIR:-} ]]; then uv_flags+=(--no-cache); fi
  # uv installs the hashed pins (pip and setuptools first, then the runtime set): it
  # downloads, unpacks and byte-compiles in parallel (pip: about a minute of one core;
  # uv: seconds). The interpreter's own pip fetches it (hash-checked) into a throwaway
  # folder, so neither the venv nor the image keeps it. torch stays with pip (below).
  tools=$(mktemp -d)
  trap 'rm -rf -- "$tools"' EXIT
  "$PYTHON" -m pip install --no-deps --no-compile --require-hashes --target "$tools" -r "$HERE/requirements-uv.txt"
  "$tools/bin/uv" pip install --python "$py" "${uv_flags[@]}" -r "$HERE/requirements-build.txt"
  "$tools/bin/uv" pip install --python "$py" "${uv_flags[@]}" -r "$HERE/requirements.txt"
  # pip, not uv: pip reads the machine's pip.conf, whose find-links may hold the CPU
  # build (the project's machines and CI, where TORCH_INDEX_URL is unset).
  if [[ -n ${TORCH_INDEX_URL:-} ]]; then
    "$py" -m pip install "${pip_flags[@]}" --index-url "$TORCH_INDEX_URL" -r "$HERE/requirements-torch.txt"
  else
    "$py" -m pip install "${pip_flags[@]}" -r "$HERE/requirements-torch.txt"
  fi
)

project() {
  local venv=$1 src=$2
  local py="$venv/bin/python"
  # No build isolation: the build uses the pinned setuptools, not whatever the index has today.
  "$py" -m pip install --no-deps --no-build-isolation "$src"
  "$py" -m pip check
}

step=${1:-}
shift || true
case $step in
  system)
    case ${1:-} in
      install) system_install ;;
      check) system_check ;;
      *) die "usage: $0 system install|check" ;;
    esac ;;
  deps) (($# == 1)) || die "usage: $0 deps VENV"; deps "$1" ;;
  project) (($# == 2)) || die "usage: $0 project VENV SRC"; project "$1" "$2" ;;
  all) (($# == 2)) || die "usage: $0 all VENV SRC"; system_check; deps "$1"; project "$1" "$2" ;;
  *) die "usage: $0 system install|check | deps VENV | project VENV SRC | all VENV SRC" ;;
esac
