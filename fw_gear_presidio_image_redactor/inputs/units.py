"""Turning what the user named (files, zips, folders) into units of work.

A zip is untrusted: member names cannot escape the work folder, symlinks and
encrypted members are refused, and size and member count are checked from the
central directory before a single byte is expanded.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from ..config import Limits
from ..decode.dicom import is_bare_dataset
from ..safe_names import is_zip_name

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
    extracted_to: Path | None = None  # a series' folder of unzipped members, removed when the input is done


class Discovered(NamedTuple):
    """What `discover` found. `inputs`: files to process; `not_dicom`: files that are
    neither DICOM nor zip, reported as skipped; `places`: each found file's folder
    relative to the named folder it was found in (POSIX, '' for a named file or one at
    the top of a named folder): its outputs go there under the output folder."""

    inputs: list[Path]
    not_dicom: list[Path]
    places: dict[Path, str]


def discover(paths: list[Path], output_dir: Path | None = None) -> Discovered:
    """Files to process, folders recursed in a stable order, hidden files ignored.

    A file that is neither DICOM (preamble or a bare dataset) nor a zip (a README, a
    PNG), whether found in a folder or named, is listed apart so it is reported as
    skipped (exit 0, as `--help` says) rather than failed. A file that starts as DICOM
    and then breaks is an input, and fails. A file reached twice (named, and inside a
    named folder) counts once, where it was first reached.
    `output_dir`: a folder inside a searched folder that is never searched, so a run
    never scans its own (or an earlier run's) outputs as inputs.
    """
    found: list[Path] = []
    not_dicom: list[Path] = []
    places: dict[Path, str] = {}
    seen: set[Path] = set()
    outputs = output_dir.resolve() if output_dir is not None else None

    def add(f: Path, place: str, is_input: bool) -> None:
        key = f.resolve()
        if key in seen:
            return
        seen.add(key)
        places[f] = place
        (found if is_input else not_dicom).append(f)

    for p in paths:
        if not p.is_dir():
            add(p, "", _named_input(p))
            continue
        for f in sorted(p.rglob("*")):
            if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
                continue
            if outputs is not None and f.resolve().is_relative_to(outputs):
                continue
            place = f.parent.relative_to(p).as_posix()
            add(f, "" if place == "." else place, looks_like_dicom(f) or is_zip_name(f) or zipfile.is_zipfile(f))
    return Discovered(found, not_dicom, places)


def _named_input(path: Path) -> bool:
    """A file named on the command line is an input (processed, or failed with its reason)
    unless its bytes are plainly something else: unreadable, or starting like a bare dataset
    (group 0008) but broken, it fails rather than being skipped unseen."""
    try:
        with path.open("rb") as fh:
            head = fh.read(2)
    except OSError:
        return True
    return head == b"\x08\x00" or looks_like_dicom(path) or is_zip_name(path) or zipfile.is_zipfile(path)


def looks_like_dicom(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(132)
    except OSError:
        return False
    if len(head) == 132 and head[128:132] == b"DICM":
        return True
    return is_bare_dataset(path)  # no preamble: read as pydicom can (decode/dicom.py)


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
    except Exception as exc:  # a corrupt central directory raises many types
        raise ArchiveError(f"{source.name}: not a readable zip archive ({exc})") from None
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if not infos:
            raise ArchiveError(f"{source.name}: the zip is empty")
        if len(infos) > limits.max_zip_members:
            raise ArchiveError(
                f"{source.name}: {len(infos)} members exceed the limit of {limits.max_zip_members} "
                "(raise it with --max-zip-members, in the gear Max Zip Members)"
            )
        total = sum(i.file_size for i in infos)
        if total > limits.max_zip_bytes:
            raise ArchiveError(
                f"{source.name}: {total} bytes uncompressed exceed the limit of {limits.max_zip_bytes} "
                "(raise it with --max-zip-bytes, in the gear Max Zip Size GiB)"
            )
        seen: set[str] = set()
        for info in infos:
            try:
                _check_member(info)
            except ArchiveError as exc:
                raise ArchiveError(f"{source.name}: {exc}") from None
            key = os.path.normpath(info.filename)
            if key in seen:  # a second copy would silently replace the first on extraction
                raise ArchiveError(f"{source.name}: zip member {info.filename!r} appears more than once; refused")
            seen.add(key)
        # A folder of its own: S1/a.zip and S2/a.zip may be unzipped at once by two workers.
        work_dir.mkdir(parents=True, exist_ok=True)
        dest = Path(tempfile.mkdtemp(prefix=f"unzip-{source.stem[:40]}-", dir=work_dir))
        unit = WorkUnit(source=source, is_series=True, extracted_to=dest)
        try:
            written = 0
            for info in infos:
                target = (dest / info.filename).resolve()
                if not target.is_relative_to(dest.resolve()) or target == dest.resolve():
                    raise ArchiveError(f"{source.name}: zip member {info.filename!r} escapes the work folder; refused")
                try:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(info) as src, target.open("wb") as out:
                        while chunk := src.read(1 << 20):
                            written += len(chunk)
                            if written > limits.max_zip_bytes:  # headers can lie about sizes
                                raise ArchiveError(f"{source.name}: expands beyond {limits.max_zip_bytes} bytes; "
                                                   "refused")
                            out.write(chunk)
                except ArchiveError:
                    raise
                except Exception as exc:  # bad CRC, unsupported compression, a name the filesystem refuses
                    raise ArchiveError(f"{source.name}: member {info.filename!r} cannot be read ({exc})") from None
                if looks_like_dicom(target):
                    unit.members.append((info.filename, target))
                else:
                    unit.skipped.append(info.filename)
            if not unit.members:
                found = ", ".join(repr(n) for n in unit.skipped[:5])  # repr: a name may hold a newline
                raise ArchiveError(f"{source.name}: no DICOM members (found: {found})")
        except BaseException:  # an archive refused half-way leaves nothing in the work folder
            shutil.rmtree(dest, ignore_errors=True)
            raise
        return unit


def unit_for(source: Path, work_dir: Path, limits: Limits) -> WorkUnit:
    if is_zip_name(source) or (not looks_like_dicom(source) and zipfile.is_zipfile(source)):
        return open_zip(source, work_dir, limits)
    return WorkUnit(source=source, is_series=False, members=[("", source)])
