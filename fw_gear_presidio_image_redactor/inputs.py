"""Turning what the user named (files, zips, folders) into units of work.

A zip is untrusted: member names cannot escape the work folder, symlinks and
encrypted members are refused, and size and member count are checked from the
central directory before a single byte is expanded.
"""

from __future__ import annotations

import logging
import shutil
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .config import Limits
from .naming import is_zip_name

log = logging.getLogger(__name__)


class ArchiveError(Exception):
    """The zip cannot be used; the message says why and names the member."""


@dataclass
class WorkUnit:
    """One input as the user sees it: a DICOM file or a zipped series."""

    source: Path
    is_series: bool
    members: list[tuple[str, Path]] = field(default_factory=list)  # (member name, extracted path)
    skipped: list[str] = field(default_factory=list)


def discover(paths: list[Path]) -> list[Path]:
    """Files to process, folders recursed in a stable order; hidden files skipped."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found += sorted(
                f for f in p.rglob("*")
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
        else:
            found.append(p)
    return found


def looks_like_dicom(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(132)
    except OSError:
        return False
    return len(head) == 132 and head[128:132] == b"DICM"


def _check_member(info: zipfile.ZipInfo) -> None:
    name = info.filename
    pure = PurePosixPath(name.replace("\\", "/"))
    if pure.is_absolute() or name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        raise ArchiveError(f"zip member {name!r} has an absolute path; refused")
    if ".." in pure.parts:
        raise ArchiveError(f"zip member {name!r} escapes the archive folder ('..'); refused")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise ArchiveError(f"zip member {name!r} is a symbolic link; refused")
    if info.flag_bits & 0x1:
        raise ArchiveError(f"zip member {name!r} is encrypted; decrypt the archive first")


def open_zip(source: Path, work_dir: Path, limits: Limits) -> WorkUnit:
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ArchiveError(f"{source.name}: not a readable zip archive ({exc})") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if not infos:
            raise ArchiveError(f"{source.name}: the zip is empty")
        if len(infos) > limits.max_zip_members:
            raise ArchiveError(
                f"{source.name}: {len(infos)} members exceed the limit of {limits.max_zip_members} "
                "(raise it with --max-zip-members)"
            )
        total = sum(i.file_size for i in infos)
        if total > limits.max_zip_bytes:
            raise ArchiveError(
                f"{source.name}: {total} bytes uncompressed exceed the limit of {limits.max_zip_bytes} "
                "(raise it with --max-zip-bytes)"
            )
        for info in infos:
            _check_member(info)
        dest = work_dir / f"unzip-{source.stem}"
        if dest.exists():
            shutil.rmtree(dest)
        dest.mkdir(parents=True)
        unit = WorkUnit(source=source, is_series=True)
        written = 0
        for info in infos:
            target = (dest / info.filename).resolve()
            if not target.is_relative_to(dest.resolve()):
                raise ArchiveError(f"zip member {info.filename!r} escapes the work folder; refused")
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, target.open("wb") as out:
                    while chunk := src.read(1 << 20):
                        written += len(chunk)
                        if written > limits.max_zip_bytes:  # headers can lie about sizes
                            raise ArchiveError(f"{source.name}: expands beyond {limits.max_zip_bytes} bytes; refused")
                        out.write(chunk)
            except (zipfile.BadZipFile, RuntimeError, OSError, EOFError) as exc:
                raise ArchiveError(f"{source.name}: member {info.filename!r} cannot be read ({exc})") from None
            if looks_like_dicom(target):
                unit.members.append((info.filename, target))
            else:
                unit.skipped.append(info.filename)
        if not unit.members:
            raise ArchiveError(f"{source.name}: no DICOM members (found: {', '.join(unit.skipped[:5])})")
        return unit


def unit_for(source: Path, work_dir: Path, limits: Limits) -> WorkUnit:
    if is_zip_name(source) or (not looks_like_dicom(source) and zipfile.is_zipfile(source)):
        return open_zip(source, work_dir, limits)
    return WorkUnit(source=source, is_series=False, members=[("", source)])
