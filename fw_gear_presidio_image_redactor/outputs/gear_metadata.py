"""Tags for Flywheel, written to the engine's `output/.metadata.json`.

fw-gear's `Metadata.add_file_tags` looks the input up through the SDK and so
needs an API key; the engine-file route needs none, so tags work for every job.
The input's existing tags (from config.json) are kept, and the result is checked
against the engine schema that fw-gear ships.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from ..outcome import Outcome, OutputKind
from .reports import write_text_atomic

GEAR_TAG = "presidio-image-redactor"
PHI_FOUND = "PHI-Found"
PHI_NOT_FOUND = "PHI-Not-Found"
REDACTED_TAG = "presidio-redacted"


class MetadataSchemaError(ValueError):
    """The tags built for .metadata.json do not match the engine schema fw-gear ships."""


def build_metadata(config_json: dict, outcome: Outcome) -> dict:
    """The engine's `.metadata.json` for one input: its tags (PHI-Found or PHI-Not-Found, the
    gear's tag, the ones it had), `presidio-redacted` on each redacted DICOM, and file types
    for the preview and report so Flywheel opens them in its viewer."""
    image = config_json.get("inputs", {}).get("image_file", {})
    parent_type = image.get("hierarchy", {}).get("type") or "acquisition"
    name = image.get("location", {}).get("name") or outcome.source.name
    existing = list(image.get("object", {}).get("tags") or [])
    found = outcome.phi_found
    tags = [t for t in existing if t not in (PHI_FOUND, PHI_NOT_FOUND)]
    tags = list(dict.fromkeys([*tags, GEAR_TAG, PHI_FOUND if found else PHI_NOT_FOUND]))

    meta: dict = {}
    parent = meta.setdefault(parent_type, {})
    parent.setdefault("files", []).append({"name": name, "tags": tags})
    dest_type = config_json.get("destination", {}).get("type") or parent_type
    dest = meta.setdefault(dest_type, {})
    for path in outcome.paths(OutputKind.REDACTED_DICOM):
        dest.setdefault("files", []).append({"name": path.name, "tags": [REDACTED_TAG]})
    for path in outcome.paths(OutputKind.PREVIEW):  # typed, so Flywheel opens it in its image viewer
        dest.setdefault("files", []).append({"name": path.name, "type": "image", "mimetype": "image/png"})
    for path in outcome.paths(OutputKind.REPORT):  # and this one as a page
        dest.setdefault("files", []).append({"name": path.name, "mimetype": "text/html"})
    if found:
        dest["tags"] = [PHI_FOUND]
    return meta


def validate(meta: dict) -> list[str]:
    import jsonschema

    schema_text = resources.files("fw_gear").joinpath("engine_metadata_schema.json").read_text()
    validator = jsonschema.Draft7Validator(json.loads(schema_text))
    return [e.message for e in validator.iter_errors(meta)]


def write_metadata(output_dir: Path, meta: dict) -> Path:
    """Validate, then write atomically; raises `MetadataSchemaError` (nothing written) or OSError."""
    errors = validate(meta)
    if errors:
        first = (errors[0].splitlines() or [""])[0][:300]
        raise MetadataSchemaError(f".metadata.json does not match the engine schema: {first}")
    path = output_dir / ".metadata.json"
    write_text_atomic(path, json.dumps(meta, indent=2) + "\n")
    return path
