"""Reading files into the store, in four typed steps, each with one home:

1. **find** (``find.py``) — files to read from the files and folders given;
2. **read** (``read.py``) — bytes and their sha256, in this process: an
   unchanged file costs a read and a hash, and is a :class:`Duplicate`;
3. **convert and extract** (``work.py``, run by ``supervise.py``) — in
   supervised worker processes, each document under a time budget; an
   exception, a dead worker or a document over budget settles that
   document only;
4. **write** (``write.py``) — in this process alone, batched transactions
   with a savepoint per document, so a document is stored whole or not at
   all; a store that cannot be written stops the run with one line.

Every file ends as one typed outcome (``outcomes.py``): :class:`Stored`,
:class:`Reextracted`, :class:`Duplicate` or :class:`Skipped`, counted in
an :class:`IngestReport`. A run never stops at a bad file. Running the same
ingest again stores nothing twice (documents are keyed by the sha256 of
their bytes) and retries documents whose extraction was stopped, so an
interrupted run is finished by running it again.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import sqlite_utils

from ..formats import DEFAULT_MAX_CHARS, MAX_PDF_PAGES, Note
from .find import SUPPORTED_SUFFIXES, Candidate, iter_candidates
from .outcomes import TOO_SLOW, Duplicate, IngestReport, Outcome, Reextracted, Skipped, Stored
from .read import DEFAULT_MAX_BYTES, Read, read_file
from .supervise import Finished, Supervisor, WorkerStartError, default_workers
from .work import Converted, Job, Limits
from .write import Ready, StoreWriteError, Writer

__all__ = [
    "ingest_paths",
    "IngestReport",
    "IngestInterrupted",
    "IngestStopped",
    "Limits",
    "Note",
    "Outcome",
    "Stored",
    "Reextracted",
    "Duplicate",
    "Skipped",
    "Candidate",
    "iter_candidates",
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_CHARS",
    "MAX_PDF_PAGES",
    "TOO_SLOW",
    "default_workers",
]


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C (or SIGTERM made one) during an ingest: ``report`` says what
    was committed before it; the open batch was rolled back."""

    def __init__(self, report: IngestReport) -> None:
        super().__init__("interrupted")
        self.report = report


class IngestStopped(Exception):
    """The run could not go on: the store could not be written any more
    (disk full, file-size limit, read-only media) or no worker process
    could be started. ``reason`` in one line, ``report`` what was committed."""

    def __init__(self, reason: str, report: IngestReport) -> None:
        super().__init__(reason)
        self.reason = reason
        self.report = report


#: Documents written per transaction; each is its own savepoint, so a
#: document is stored whole or not at all, and a kill loses at most one
#: uncommitted batch (which running the ingest again stores). The first
#: batch is small, so the first documents are stored (and shown) soon; each
#: next one is half as large again, up to BATCH_SIZE: fewer commits write
#: each index page fewer times (measured on 100,000 documents: 171 s with
#: batches of 100, 147 s with batches of 500).
FIRST_BATCH_SIZE = 50
BATCH_SIZE = 500
BATCH_SECONDS = 1.0
#: A bigger page cache for index updates, and checkpoints every ~80 MB of
#: WAL instead of every 4 MB: ingest writes in long runs (measured: 14 %
#: faster on 10,000 documents). One checkpoint runs at the end.
INGEST_CACHE_KIB = 256 * 1024
INGEST_CHECKPOINT_PAGES = 20_000


def ingest_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    *,
    max_bytes: int | None = None,
    limits: Limits | None = None,
    on_file: Callable[[int, int, Outcome], None] | None = None,
    source_name: Callable[[Path], str] | None = None,
    follow_links: bool = False,
    workers: int | None = None,
) -> IngestReport:
    """Ingest files and folders into the store ``db``; see the module docstring.

    ``limits`` bounds each document (``max_bytes`` overrides its size
    limit); ``workers`` is the number of worker processes (default: one
    per core). ``on_file(done, total, outcome)`` is called once a file's
    outcome is final (a :class:`Stored` only after its transaction
    committed). Raises :class:`IngestInterrupted` on Ctrl-C and
    :class:`IngestStopped` when the store cannot be written; both carry
    the report of what was committed.
    """
    limits = limits or Limits()
    if max_bytes is not None:
        limits = dataclasses.replace(limits, max_bytes=max_bytes)
    run = _Run(db, limits, on_file, source_name, workers)
    conn = db.conn
    conn.execute(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")
    conn.execute(f"PRAGMA wal_autocheckpoint = {INGEST_CHECKPOINT_PAGES}")
    try:
        run.run(list(iter_candidates(paths, follow_links=follow_links)))
    except KeyboardInterrupt:
        run.report.interrupted = True
        raise IngestInterrupted(run.report) from None
    except StoreWriteError as exc:
        raise IngestStopped(f"cannot write to the store: {exc}", run.report) from None
    except WorkerStartError as exc:
        raise IngestStopped(str(exc), run.report) from None
    finally:
        run.supervisor.close()
        try:
            conn.execute("PRAGMA wal_autocheckpoint = 1000")
            conn.execute("PRAGMA cache_size = -2000")
            if not conn.in_transaction:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception:  # a full disk may refuse even this; the store stays consistent
            pass
    return run.report


class _Run:
    """One ingest: reads in order, feeds the supervisor, writes in order."""

    def __init__(self, db, limits: Limits, on_file, source_name, workers: int | None) -> None:
        self.limits = limits
        self.on_file = on_file
        self.writer = Writer(db, source_name)
        self.supervisor = Supervisor(default_workers() if workers is None else workers, limits)
        self.report = IngestReport()
        self.done = 0
        self.total = 0
        self.batch: list[Ready] = []
        self.batch_limit = FIRST_BATCH_SIZE
        self.batch_started = time.monotonic()
        # Results come back in any order; documents are written in the
        # order they were found, so ids follow the folder's name order.
        self.next_seq = 0
        self.waiting: dict[int, Finished] = {}

    def settle(self, outcome: Outcome) -> None:
        self.report.add(outcome)
        self.done += 1
        if self.on_file:
            self.on_file(self.done, self.total, outcome)

    def jobs(self, candidates: list[Candidate]) -> Iterator[Job]:
        """Read and hash each candidate; settle what needs no extraction."""
        known, stopped = self.writer.known()
        seq = 0
        for cand in candidates:
            read = read_file(cand, self.limits.max_bytes)
            if isinstance(read, Skipped):
                self.settle(read)
                continue
            assert isinstance(read, Read)
            retry_of = stopped.pop(read.sha256, None)
            if retry_of is None and read.sha256 in known:
                self.settle(Duplicate(read.path))  # stored before, or the same bytes twice in this run
                continue
            known.add(read.sha256)
            yield Job(seq, read.path, read.sha256, read.data, self.limits.budget(len(read.data)), retry_of)
            seq += 1

    def feed(self) -> None:
        """Read files and hand them to the workers while they have room."""
        while not self.exhausted and self.supervisor.has_room():
            job = next(self.pending_jobs, None)
            if job is None:
                self.exhausted = True
            else:
                self.supervisor.submit(job)

    def collect(self, timeout: float | None) -> None:
        for finished in self.supervisor.results(timeout):
            self.waiting[finished.job.seq] = finished

    def pump(self) -> None:
        """Between two documents of a batch being written: keep the workers fed."""
        self.feed()
        self.collect(0)

    def run(self, candidates: list[Candidate]) -> None:
        self.total = len(candidates)
        supervisor = self.supervisor
        self.pending_jobs = self.jobs(candidates)
        self.exhausted = False
        while True:
            self.feed()
            self.take_in_order()
            if self.batch and (
                len(self.batch) >= self.batch_limit or time.monotonic() - self.batch_started > BATCH_SECONDS
            ):
                self.flush()
                continue
            if not supervisor.busy():
                if self.exhausted:
                    break
                continue
            timeout = None
            if self.batch:
                timeout = max(0.0, self.batch_started + BATCH_SECONDS - time.monotonic())
            self.collect(timeout)
        self.take_in_order()
        self.flush()

    def take_in_order(self) -> None:
        while self.next_seq in self.waiting:
            finished = self.waiting.pop(self.next_seq)
            self.next_seq += 1
            job = finished.job
            if finished.converted is None or (finished.skipped is not None and finished.stopped is None):
                self.settle(finished.skipped or Skipped(job.path, "could not be read"))
                continue
            if not self.batch:
                self.batch_started = time.monotonic()
            self.batch.append(
                Ready(
                    job.path,
                    job.sha256,
                    finished.converted,
                    finished.extraction,
                    finished.stopped,
                    job.retry_of,
                    tuple(finished.converted.notes) + tuple(finished.notes),
                    signature=finished.signature,
                )
            )

    def flush(self) -> None:
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        for outcome in self.writer.write(batch, between=self.pump):
            self.settle(outcome)
        self.batch_started = time.monotonic()
        self.batch_limit = min(BATCH_SIZE, self.batch_limit + self.batch_limit // 2)


# Kept importable from here: the extractor hook tests replace, and the
# converted-text type.
__all__ += ["Converted", "Finished", "Ready"]
