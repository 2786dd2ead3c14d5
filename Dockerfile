# Flywheel gear image for presidio-image-redactor.
# Build: docker build -t flywheel/presidio-image-redactor:0.2.0 .
# Without the transformer weights (spaCy NER only): --build-arg FETCH_WEIGHTS=0
# Reproducible model: --build-arg NER_REVISION=<commit of obi/deid_roberta_i2b2>
#
# Every install step is docker/install.sh, which CI also runs outside Docker
# (tests/test_container_steps.py); what is pinned where and how to re-pin: docker/README.md.
# The base image is pinned by tag only; for bit-identical rebuilds pin its digest too
# (FROM python:3.11.10-slim-bookworm@sha256:...), read with `docker buildx imagetools inspect`.
FROM python:3.11.10-slim-bookworm

ARG FETCH_WEIGHTS=1
ARG NER_MODEL=obi/deid_roberta_i2b2
# "main" follows the hub; the commit actually fetched is written to
# /opt/models/deid_roberta_i2b2/HF_REVISION whatever this says.
ARG NER_REVISION=main
# CPU-only torch: the CUDA build would add several GB that a gear never uses.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu

LABEL org.opencontainers.image.title="presidio-image-redactor" \
      org.opencontainers.image.version="0.2.0" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.source="https://github.com/flywheel-apps/presidio-image-redactor" \
      io.flywheel.presidio-image-redactor.ner-model="${NER_MODEL}" \
      io.flywheel.presidio-image-redactor.ner-revision="${NER_REVISION}"

ENV FLYWHEEL=/flywheel/v0 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH=/opt/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    PRESIDIO_REDACTOR_NER_MODEL=/opt/models/deid_roberta_i2b2 \
    PRESIDIO_REDACTOR_NER_REVISION=${NER_REVISION}

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# One layer per step, least often changed first, so a source change reinstalls neither
# Tesseract nor torch.
COPY docker/install.sh docker/apt-packages.txt /opt/install/
RUN /opt/install/install.sh system install

COPY docker/requirements.txt docker/requirements-build.txt docker/requirements-torch.txt docker/requirements-uv.txt /opt/install/
RUN /opt/install/install.sh deps /opt/venv

COPY docker/fetch_model.py /opt/install/
RUN if [ "${FETCH_WEIGHTS}" = "1" ]; then \
      HF_HUB_OFFLINE=0 python /opt/install/fetch_model.py "${NER_MODEL}" "${NER_REVISION}" "${PRESIDIO_REDACTOR_NER_MODEL}"; \
    fi

# The package is installed into the venv (not run from a source copy), as CI installs it.
COPY pyproject.toml README.md /tmp/src/
COPY fw_gear_presidio_image_redactor /tmp/src/fw_gear_presidio_image_redactor
RUN /opt/install/install.sh project /opt/venv /tmp/src && rm -rf /tmp/src

WORKDIR ${FLYWHEEL}
COPY manifest.json run.py ./
# Root owns the code and the venv (read-only to the gear); the gear user owns only its run directory.
RUN useradd --no-log-init --create-home --uid 1000 gear \
 && chmod a+r manifest.json && chmod a+rx run.py \
 && chown -R gear:gear "${FLYWHEEL}"
# The Flywheel engine may run the container as root; the image itself does not need it.
USER 1000
ENTRYPOINT []
CMD ["python", "run.py"]
