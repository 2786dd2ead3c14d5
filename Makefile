# Set-up and common tasks. `make demo` and `make test` install everything they
# need on a fresh Debian machine and are safe to run again.
SHELL := /bin/bash
# Python writes .pyc files for what it imports (why: at make venv below). No comment on the
# line itself: make would keep the spaces before it in the value, and Python reads any
# non-empty value as set.
export PYTHONDONTWRITEBYTECODE :=
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := tesseract-ocr tesseract-ocr-eng tesseract-ocr-rus tesseract-ocr-ukr tesseract-ocr-bul dcmtk dicom3tools
TEST_DEBIAN_PACKAGES := chromium
DEMO_DIR ?= demo-output

.PHONY: demo test test-fast lint lock image-size eval bench review16 review17 review18 review19 review20 system-deps test-system-deps venv clean

# $(call apt_install,PACKAGES): install those not installed yet; does nothing when all are.
define apt_install
	@missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

system-deps:
	$(call apt_install,$(DEBIAN_PACKAGES))

# Only the tests need these (headless Chromium opens the HTML reports), not `make demo`.
test-system-deps:
	$(call apt_install,$(TEST_DEBIAN_PACKAGES))

# torch with pip, because pip reads the machine's pip.conf, whose find-links may hold a CPU
# build (the project's machines, CI); uv does not, and PyPI's Linux torch is the CUDA build.
# Everything else with uv: it downloads and unpacks in parallel (pip took about 90 s of one
# core here). Nothing is byte-compiled at install: the 16,000 modules of the venv cost about
# 55 s of CPU to compile, and the whole suite imports a third of them. Python writes the .pyc of what it
# imports instead, once: PYTHONDONTWRITEBYTECODE, set on this project's machines and in
# containers, is emptied for every recipe below (an empty value is unset for Python), else
# every test process compiled torch and transformers from source again.
UV_VERSION := 0.13.9
TORCH_PIN := $(shell grep -m1 '^torch==' docker/requirements-torch.txt)
UV_INSTALL = $(BIN)/uv pip install -q --python $(BIN)/python

$(STAMP): pyproject.toml docker/requirements-torch.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --no-compile '$(TORCH_PIN)' uv==$(UV_VERSION)
	$(UV_INSTALL) -e '.[test,transformer]'
	touch $(STAMP)

venv: system-deps $(STAMP)

demo: venv
	$(BIN)/python -m fw_gear_presidio_image_redactor.dev.demo --output-dir $(DEMO_DIR)

# Every test, in 3 pytest-xdist workers: the tests wait on subprocesses, pip and files part
# of the time, so 3 workers beat 2 on CI's 2 cores. `--dist loadgroup`: the tests sharing
# a module-scoped fixture stay in one worker (tests/conftest.py groups them and puts the
# groups holding slow tests first; `--no-loadscope-reorder` keeps that order).
# CONTRIBUTING gives the measured times. PYTEST_WORKERS=0 runs in one process.
PYTEST_WORKERS ?= 3
PYTEST_XDIST = $(if $(filter 0,$(PYTEST_WORKERS)),,-n $(PYTEST_WORKERS) --dist loadgroup --no-loadscope-reorder)

# The project's own modules byte-compiled first (a no-op when up to date), so the three
# workers do not each compile them while they start.
# Test modules are left to pytest, which compiles them with its assertion rewriting.
COMPILE_PROJECT = $(BIN)/python -m compileall -q -j 0 -x '/(test_[^/]*|conftest)\.py$$' fw_gear_presidio_image_redactor tests run.py

test: venv test-system-deps
	$(BIN)/ruff check .
	$(COMPILE_PROJECT)
	$(BIN)/python -m pytest -q $(PYTEST_XDIST)

# The loop while working: every test not marked `slow`.
test-fast: venv test-system-deps
	$(BIN)/ruff check .
	$(COMPILE_PROJECT)
	$(BIN)/python -m pytest -q -m "not slow" $(PYTEST_XDIST)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports  # the pipeline's layers point down, no cycles (.importlinter)
	$(BIN)/hadolint Dockerfile
	$(BIN)/shellcheck docker/install.sh

# The container's pins (docker/README.md): re-resolve and re-hash docker/requirements*.txt,
# and estimate the image's size without a Docker engine.
lock: venv
	$(BIN)/python docker/lock.py

image-size: venv
	$(BIN)/python docker/estimate_size.py

# The detection-quality evaluation: synthetic cases with exact ground truth (a tuning set
# and a fresh check set) and hand-labelled real DICOMs (tuning and check halves) through
# every mode, per OCR engine, and through plain presidio-image-redactor; writes
# docs/evaluation.md. EVAL_ARGS passes options, e.g. EVAL_ARGS="--skip-synthetic".
EVAL_STAMP := $(VENV)/.eval-installed
$(EVAL_STAMP): $(STAMP) pyproject.toml
	$(UV_INSTALL) -e '.[test,eval]'
	touch $(EVAL_STAMP)

eval: venv $(EVAL_STAMP)
	$(BIN)/python -m fw_gear_presidio_image_redactor.dev.evaluation --ablation --markdown docs/evaluation.md $(EVAL_ARGS)

# Multi-frame cost: 640x480 RGB cines of 1-500 frames, overlay reuse vs per-frame
# scanning; prints a Markdown table (docs/benchmarks.md holds the last one). BENCH_ARGS
# passes options, e.g. BENCH_ARGS="--frames 1,10 --naive-frames 1" for a quick look.
bench: venv
	$(BIN)/python bench/cine_bench.py $(BENCH_ARGS)
	$(BIN)/python bench/encoding_bench.py  # output size per input encoding (about 2 minutes)
	$(BIN)/python bench/scale_bench.py $(SCALE_BENCH_ARGS)  # local pool vs Dask cluster; resume after a kill

# Review 16 (bench/review16/README.md): 40 synthetic DICOMs from 20 sites' styles, generated
# into bench/review16/out/set when missing, run through the CLI with and without
# --use-metadata (--jobs 2), scored word by word against exact truth; prints PHI erased and
# non-PHI kept per half. About 2 minutes on 2 cores. Released (tuned-on) data, not held out;
# not part of `make test`. REVIEW16_ARGS passes options, e.g. REVIEW16_ARGS="--configs redact".
review16: venv
	$(BIN)/python bench/review16/score.py $(REVIEW16_ARGS)

# Review 17 (bench/review17/README.md): 40 synthetic DICOMs from 20 countries' styles, generated
# into bench/review17/out/set when missing, scored with review 16's score.py (both configurations,
# --jobs 2), then titles.py prints PHI erased without title words. Released (tuned-on) data, not
# held out; not part of `make test`. REVIEW17_ARGS passes options to score.py.
REVIEW17_RUNS ?= bench/review17/out/runs
review17: venv
	$(BIN)/python bench/review16/score.py --make-set bench/review17/make_set.py \
	  --set bench/review17/out/set --runs $(REVIEW17_RUNS) $(REVIEW17_ARGS)
	$(BIN)/python bench/review17/titles.py $(REVIEW17_RUNS) bench/review17/out/set

# Review 18 (bench/review18/README.md): 40 synthetic DICOMs from 20 countries' styles, generated
# into bench/review18/out/set when missing, scored with review 16's score.py (both configurations,
# --jobs 2), then titles.py prints PHI erased without title words (and without punctuation-only
# tokens, in and not in the header). Released (tuned-on) data, not held out; not part of
# `make test`. REVIEW18_ARGS passes options to score.py.
REVIEW18_RUNS ?= bench/review18/out/runs
review18: venv
	$(BIN)/python bench/review16/score.py --make-set bench/review18/make_set.py \
	  --set bench/review18/out/set --runs $(REVIEW18_RUNS) $(REVIEW18_ARGS)
	$(BIN)/python bench/review18/titles.py $(REVIEW18_RUNS) bench/review18/out/set

# Review 19 (bench/review19/README.md): 40 synthetic DICOMs from 20 countries' styles, generated
# into bench/review19/out/set when missing, scored with review 16's score.py (both configurations,
# --jobs 2), then review 18's titles.py prints PHI erased without title words (and in and not in
# the header). Released (tuned-on) data, not held out; not part of `make test`. REVIEW19_ARGS
# passes options to score.py.
REVIEW19_RUNS ?= bench/review19/out/runs
review19: venv
	$(BIN)/python bench/review16/score.py --make-set bench/review19/make_set.py \
	  --set bench/review19/out/set --runs $(REVIEW19_RUNS) $(REVIEW19_ARGS)
	$(BIN)/python bench/review18/titles.py $(REVIEW19_RUNS) bench/review19/out/set

# Review 20 (bench/review20/README.md): 40 synthetic DICOMs from 37 countries' styles in 20 groups,
# generated into bench/review20/out/set when missing, scored with review 16's score.py (both
# configurations, --jobs 2), then its own titles.py prints PHI erased without title words (and in
# and not in the header). Released (tuned-on) data, not held out; not part of `make test`.
# REVIEW20_ARGS passes options to score.py.
REVIEW20_RUNS ?= bench/review20/out/runs
review20: venv
	$(BIN)/python bench/review16/score.py --make-set bench/review20/make_set.py \
	  --set bench/review20/out/set --runs $(REVIEW20_RUNS) $(REVIEW20_ARGS)
	$(BIN)/python bench/review20/titles.py $(REVIEW20_RUNS) bench/review20/out/set

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache bench/review16/out bench/review17/out bench/review18/out bench/review19/out bench/review20/out
