"""The findings CSV and the bbox-coordinates JSON.

The CSV is for people (one row per finding); the JSON is for machines: the
`--bbox-coords` input reads exactly this file back, so its schema is versioned
and checked strictly on the way in.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from .. import __version__
from ..findings import Box, Finding, InstanceFindings, mask_text
from ..scan.sources import BboxCoords, BboxCoordsError

SCHEMA = "presidio-image-redactor/bbox-coords"
SCHEMA_VERSION = 1
CSV_COLUMNS = ("file", "member", "sop_instance_uid", "frame", "entity_type", "score", "recognizer",
               "left", "top", "width", "height", "text")


def created_file_mode() -> int:
    """The mode an ordinary open() would give a new file (0666 less the umask).

    mkstemp makes its files 0600; without this, every output written by
    temp-name-then-rename would be unreadable to the user's group, unlike before."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def now_utc() -> str:
    """When a report was made, for people reading it later; UTC, so reports made anywhere compare."""
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write beside the target and rename: a crash or full disk never leaves a partial file."""
    for attempt in range(3):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            break
        except FileNotFoundError:  # an output subfolder another worker's failed input removed
            if attempt == 2:       # while still empty (run/engine.py): made again
                raise
    try:
        os.fchmod(fd, created_file_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def findings_csv(source: str, instances: list[InstanceFindings], detectors: list[str], debug: bool) -> str:
    """One row per finding. The first line, a '#' comment, names the detectors that
    ran, so an empty report still says what looked. Raw text only with debug."""
    buf = io.StringIO()
    buf.write(f"# presidio-image-redactor {__version__}; detectors: {'; '.join(detectors)}"
              f"{'; DEBUG: text column holds raw PHI' if debug else ''}\n")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for inst in instances:
        for f in inst.findings:
            writer.writerow([source, f.member, f.sop_instance_uid, f.frame, f.entity_type, f"{f.score:.3f}",
                             f.recognizer, f.box.left, f.box.top, f.box.width, f.box.height,
                             f.text if debug else mask_text(f.text)])
    return buf.getvalue()


def bbox_json(source: str, instances: list[InstanceFindings], detectors: list[str]) -> str:
    doc = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generator": f"presidio-image-redactor {__version__}",
        "source": source,
        "detectors": detectors,
        "instances": [
            {
                "member": inst.member,
                "sop_instance_uid": inst.sop_instance_uid,
                "rows": inst.rows,
                "columns": inst.columns,
                "number_of_frames": inst.number_of_frames,
                "boxes": [
                    {"frame": f.frame, "left": f.box.left, "top": f.box.top, "width": f.box.width,
                     "height": f.box.height, "entity_type": f.entity_type, "score": f.score,
                     "recognizer": f.recognizer}
                    for f in inst.findings
                ],
            }
            for inst in instances
        ],
    }
    return json.dumps(doc, indent=2) + "\n"


def _int(obj: dict, key: str, where: str, minimum: int = 0) -> int:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise BboxCoordsError(f"{where}: '{key}' must be an integer >= {minimum}, got {value!r}")
    return value


def read_bbox_json(path: Path) -> BboxCoords:
    try:
        raw = path.read_bytes()
        if len(raw) > 64 * 1024 * 1024:
            raise BboxCoordsError(f"{path.name}: larger than 64 MiB; not a bbox coordinates file")
        doc = json.loads(raw)
    except OSError as exc:
        raise BboxCoordsError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, RecursionError) as exc:  # bad UTF-8, bad JSON, absurd nesting or number length
        raise BboxCoordsError(f"{path.name}: not valid JSON ({(str(exc).splitlines() or [''])[0][:200]})") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise BboxCoordsError(f"{path.name}: not a {SCHEMA} file (missing or wrong 'schema')")
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise BboxCoordsError(
            f"{path.name}: schema_version {doc.get('schema_version')!r} is not supported "
            f"(this version reads {SCHEMA_VERSION})"
        )
    items = doc.get("instances")
    if not isinstance(items, list):
        raise BboxCoordsError(f"{path.name}: 'instances' must be a list")
    instances = []
    for i, item in enumerate(items):
        where = f"{path.name}: instances[{i}]"
        if not isinstance(item, dict):
            raise BboxCoordsError(f"{where}: must be an object")
        rows, columns = _int(item, "rows", where, 1), _int(item, "columns", where, 1)
        frames = _int(item, "number_of_frames", where, 1)
        uid, member = item.get("sop_instance_uid", ""), item.get("member", "")
        if not isinstance(uid, str) or not isinstance(member, str):
            raise BboxCoordsError(f"{where}: 'sop_instance_uid' and 'member' must be strings")
        boxes = item.get("boxes")
        if not isinstance(boxes, list):
            raise BboxCoordsError(f"{where}: 'boxes' must be a list")
        inst = InstanceFindings(member, uid, rows, columns, frames)
        for j, b in enumerate(boxes):
            bw = f"{where}.boxes[{j}]"
            if not isinstance(b, dict):
                raise BboxCoordsError(f"{bw}: must be an object")
            box = Box(_int(b, "left", bw), _int(b, "top", bw), _int(b, "width", bw, 1), _int(b, "height", bw, 1))
            frame = _int(b, "frame", bw)
            if box.right > columns or box.bottom > rows or frame >= frames:
                raise BboxCoordsError(f"{bw}: box or frame lies outside the {columns}x{rows}x{frames} image")
            entity = b.get("entity_type", "PHI")
            score = b.get("score", 1.0)
            if (not isinstance(entity, str) or isinstance(score, bool) or not isinstance(score, int | float)
                    or not 0 <= score <= 1):
                raise BboxCoordsError(f"{bw}: 'entity_type' must be a string and 'score' a number from 0 to 1")
            inst.findings.append(Finding(entity, box, float(score), str(b.get("recognizer", "bbox_coords")),
                                         "", frame, uid, member))
        instances.append(inst)
    return BboxCoords(tuple(instances))
