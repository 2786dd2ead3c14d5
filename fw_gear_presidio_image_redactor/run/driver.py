"""The one run driver behind every front end (CLI, gear, Flywheel commands).

start-up (the bbox JSON, the output folder, the scanner with its OCR engine and NER
model, each built once, here, so a missing one is one line and exit 2 whatever
`--jobs` is) -> the pool of inputs -> the summary (and the CLI's index page) -> the
exit code. Front ends parse their own settings and do their own Flywheel checks,
then hand over; they never rebuild the end of a run.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import tempfile
import threading
from pathlib import Path

from .. import __version__
from ..config import RedactorConfig
from ..ocr.base import OcrUnavailableError
from ..outcome import Outcome, OutputKind, Status
from ..outputs.html_report import render_index
from ..outputs.naming import INDEX_NAME
from ..outputs.reports import now_utc, read_bbox_json, write_text_atomic
from ..outputs.summary import exit_code, summary_lines
from ..recognize.ner.base import NerUnavailableError
from ..safe_names import display_name
from ..scan.sources import BboxCoordsError, GivenBoxes
from ..scan.threads import resolve_jobs
from .cluster import ClusterError, ClusterPool  # imports dask only when a scheduler is named
from .engine import Engine
from .ledger import EARLIER_RUN_OTHER_SETTINGS, Ledger, Removed, output_key, remove_stale_parts, settings_fingerprint
from .options import USAGE_ERROR, RunOptions, RunResult
from .parts import build_scanner
from .pool import LocalPool
from .progress import RunProgress
from .strategies import Strategies, strategies_for, uses_given_boxes

log = logging.getLogger("presidio_image_redactor")



def run(config: RedactorConfig, sources: list[Path], output_dir: Path, options: RunOptions | None = None) -> RunResult:
    """Process every input, report, return the exit code (0 all processed or skipped,
    1 an input failed, 2 the run could not start) and the outcomes.

    A SIGTERM (`kill`, a scheduler cancelling the job) ends the run as Ctrl-C does, by an
    exception: the work folder, which holds unzipped copies of the inputs, is removed on
    the way out instead of being left in TMPDIR."""
    with _terminate_as_exit():
        return _run(config, sources, output_dir, options or RunOptions())


@contextlib.contextmanager
def _terminate_as_exit():
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set from the main thread
        return

    def terminate(signum, frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _run(config: RedactorConfig, sources: list[Path], output_dir: Path, options: RunOptions) -> RunResult:
    jobs = resolve_jobs(options.jobs)
    given = options.given
    if given is None and config.bbox_coords is not None:
        if uses_given_boxes(config):
            try:
                given = GivenBoxes(read_bbox_json(config.bbox_coords))
            except BboxCoordsError as exc:  # the run's configuration: nothing starts
                log.error("%s", exc)
                return RunResult(USAGE_ERROR)
        else:
            log.warning("bbox_coords is only used by the redaction modes; scanning instead")
    created = [p for p in [output_dir, *output_dir.parents] if not p.exists()]  # deepest first
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=output_dir, prefix=".write-test-")
        probe.close()
    except OSError as exc:
        log.error("output folder %s is not writable (%s)", output_dir, exc.strerror or exc)
        return RunResult(1)
    log.info("presidio-image-redactor %s: mode %s, %d input(s)%s", __version__, config.mode.value,
             len(sources) + len(options.not_dicom),
             f" ({len(options.not_dicom)} not DICOM, skipped)" if options.not_dicom else "")
    strategies = None
    if sources:
        try:  # the OCR engine and the NER model load once, here, before any input or worker
            strategies = strategies_for(config, None if given is not None else build_scanner(config, jobs), given)
        except (OcrUnavailableError, NerUnavailableError) as exc:
            log.error("%s", exc)
            _remove_if_empty(created)  # a run that could not start leaves nothing, not even its folder
            return RunResult(USAGE_ERROR)
    outcomes, earlier = _run_pool(config, sources, output_dir, strategies, options, jobs)
    _remove_if_empty(created)  # every input failed or was skipped: no empty folder either
    for line in summary_lines(outcomes):
        options.echo(line)
    if earlier:
        other = sum(1 for o in earlier if o.reason == EARLIER_RUN_OTHER_SETTINGS)
        options.echo(f"Kept from earlier runs in the same mode: {len(earlier)} input(s) not in this run"
                     + (f", {other} of them made with other settings" if other else "")
                     + (" (listed in index.html)" if options.index else ""))
    if options.index:
        index = _write_index(config, outcomes, earlier, output_dir)
        if index is not None:
            options.echo(f"Reports and previews: {index}")
    return RunResult(exit_code(outcomes), outcomes)


def _run_pool(config: RedactorConfig, sources: list[Path], output_dir: Path, strategies: Strategies | None,
              options: RunOptions, jobs: int) -> tuple[list[Outcome], list[Outcome]]:
    """This run's outcomes (the not-DICOM inputs first, then `sources` in order), and the
    earlier inputs of the folder's ledger kept beside them (same mode, not in this run)."""
    def place(source: Path) -> str:
        return options.places.get(source, "")

    outcomes: list[Outcome] = []
    owners: dict[str, Path] = {}  # ledger key (place/stem) -> the input that writes it
    clashes: dict[Path, Outcome] = {}
    for source in sources:
        first = owners.setdefault(output_key(place(source), source), source)
        if first != source:  # a/scan.dcm and a/scan.zip would share output names: never overwrite silently
            clashes[source] = Outcome(source, Status.FAILED, f"{source}: its outputs would overwrite those of "
                                                             f"{first} (same name); run it separately with another "
                                                             "--output-dir", place=place(source))
    # [i/N] counts every row of the summary: files that are not DICOM are skipped first.
    with RunProgress(len(options.not_dicom) + len(sources)) as progress:
        for path in options.not_dicom:
            outcome = Outcome(path, Status.SKIPPED, "not a DICOM file or zip", place=place(path))
            progress.done(display_name(outcome.input_name), outcome.status, worked=False)
            outcomes.append(outcome)
        if strategies is None:
            return outcomes, []
        with tempfile.TemporaryDirectory(prefix="presidio-work-", dir=options.work_dir) as tmp:
            engine = Engine(config, output_dir, Path(tmp), strategies, options.follow_up)
            engine.places = dict(options.places)
            ledger = None
            removed: list[Removed] = []
            on_done = None
            if options.ledger or options.resume:
                ledger = _open_ledger(config, engine, output_dir, options)

                def on_done(outcome: Outcome) -> None:
                    removed.append(ledger.record(outcome))
                for source in sources:  # an earlier run's input of another name wrote these outputs
                    earlier = ledger.owner(output_key(place(source), source))
                    if source not in clashes and earlier is not None and Path(earlier).name != source.name:
                        clashes[source] = Outcome(
                            source, Status.FAILED, f"{source}: its outputs would overwrite those of {earlier}, "
                            "which an earlier run wrote to this output folder (same name); run it with another "
                            "--output-dir", place=place(source))
            done = {}
            if options.resume:
                done = {s: o for s in sources if s not in clashes and (o := ledger.skipped(s, place(s))) is not None}
                older = ledger.older_entries({output_key(place(s), s) for s in sources})
                if older:
                    log.info("resume: %d input(s) recorded in an older ledger format are redone", older)
            pool = options.pool or (ClusterPool(options.scheduler, on_done) if options.scheduler
                                    else LocalPool(jobs, on_done))
            results = pool.outcomes(engine, [s for s in sources if s not in clashes and s not in done])
            started = True
            for i, source in enumerate(sources):
                try:
                    outcome = clashes.get(source) or done.get(source) or next(results)
                except ClusterError as exc:  # nothing ran: the cluster could not be used
                    log.error("%s", exc)
                    outcomes += [clashes.get(s) or done.get(s) or Outcome(s, Status.FAILED, str(exc), place=place(s))
                                 for s in sources[i:]]
                    started = False
                    break
                progress.done(display_name(outcome.input_name), outcome.status,
                              worked=source not in clashes and source not in done)
                if outcome.status is Status.FAILED:
                    log.error("%s", outcome.reason)
                outcomes.append(outcome)
            replaced = Removed()
            for r in removed:
                replaced.add(r)
            _log_removed(replaced, "of earlier runs that this run did not write again")
            if ledger is not None and started:  # a run that could not start changes nothing
                # At the end, once this run's inputs are done: files of earlier runs in another
                # mode (or of this run's inputs under another place) go (ledger.remove_stale).
                stale = ledger.remove_stale({output_key(place(s), s) for s in sources},
                                            {str(s) for s in [*sources, *options.not_dicom] if s not in clashes})
                _log_removed(stale, "of earlier runs that no longer belong here (another mode's, or of "
                                    "this run's inputs recorded under another folder or now skipped)", warn=True)
    return outcomes, ledger.earlier() if ledger is not None else []


def _remove_if_empty(created: list[Path]) -> None:
    """Remove the folders this run created (deepest first) that are still empty."""
    for folder in created:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _log_removed(removed: Removed, what: str, *, warn: bool = False) -> None:
    """Counts only: file names carry patient identifiers. `warn`: files a user may not
    expect to lose (another run's settings), so the line stands out."""
    if removed.files:
        (log.warning if warn else log.info)("output folder: removed %d file(s) %s", removed.files, what)
    if removed.changed:
        log.warning("output folder: kept %d file(s) %s because they changed since they were written; "
                    "remove them by hand if they are stale", removed.changed, what)


def _open_ledger(config: RedactorConfig, engine: Engine, output_dir: Path, options: RunOptions) -> Ledger:
    fingerprint = settings_fingerprint(config, engine.strategies.source.detectors)
    engine.settings_fingerprint = fingerprint  # each finished outcome then carries its ledger entry
    ledger = Ledger.load(output_dir, fingerprint, config.mode.value)
    ledger.compact()
    if options.resume and remove_stale_parts(output_dir):
        log.info("resume: removed temporary files left by the stopped run")
    return ledger


def _write_index(config: RedactorConfig, outcomes: list[Outcome], earlier: list[Outcome],
                 output_dir: Path) -> Path | None:
    """One page linking every input's report, so a folder run is reviewed from one place;
    it also lists the inputs of earlier runs kept in the folder, so it covers what is there.
    Links are relative to the output folder (`S1/report_IM0001.html`)."""
    def link(o: Outcome) -> str | None:
        report = o.output(OutputKind.REPORT)
        return f"{o.place}/{report.name}" if report is not None and o.place else (report.name if report else None)

    entries = [(o, link(o)) for o in outcomes]
    kept = [(o, link(o)) for o in earlier]
    path = output_dir / INDEX_NAME
    if not any(report for _, report in entries + kept) and not path.exists():
        return None  # nothing processed: the summary above says why, and a failed run leaves no files
    try:
        write_text_atomic(path, render_index(entries, config.settings(), generated=now_utc(), earlier=kept))
    except OSError as exc:
        log.error("cannot write %s (%s)", path, exc.strerror or exc)
        return None
    return path
