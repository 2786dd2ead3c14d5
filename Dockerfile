# Flywheel gear image for presidio-image-redactor.
# Build: docker build -t flywheel/presidio-image-redactor:0.2.0 .
# Without the transformer weights (spaCy NER only): --build-arg FETCH_WEIGHTS=0
FROM python:3.11.10-slim-bookworm

ARG FETCH_WEIGHTS=1
ARG NER_MODEL=obi/deid_roberta_i2b2
# Pin the model to a commit for reproducible images; "main" follows the hub.
ARG NER_REVISION=main

ENV FLYWHEEL=/flywheel/v0 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/venv/bin:$PATH \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    PRESIDIO_REDACTOR_NER_MODEL=/opt/models/deid_roberta_i2b2

SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# Debian bookworm's Tesseract; pinned so OCR behaviour does not drift between builds.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr=5.3.0-2 tesseract-ocr-eng=1:4.1.0-2 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR ${FLYWHEEL}
COPY pyproject.toml README.md ./
COPY fw_gear_presidio_image_redactor ./fw_gear_presidio_image_redactor
# CPU-only torch: the CUDA build would add several GB that a gear never uses.
# The package itself is the local source; its dependencies are pinned in pyproject.toml.
# hadolint ignore=DL3013
RUN python -m venv /opt/venv \
 && pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0 \
 && pip install ".[transformer]"

COPY docker/fetch_model.py /opt/fetch_model.py
RUN if [ "${FETCH_WEIGHTS}" = "1" ]; then \
      HF_HUB_OFFLINE=0 python /opt/fetch_model.py "${NER_MODEL}" "${NER_REVISION}" /opt/models/deid_roberta_i2b2; \
    fi

COPY manifest.json run.py ./
RUN chmod a+rx run.py && useradd --create-home --uid 1000 gear \
 && chown -R gear ${FLYWHEEL}
# The Flywheel engine may run the container as root; the image itself does not need it.
USER 1000
ENTRYPOINT []
CMD ["python", "run.py"]
