"""Worker processes that convert and extract, supervised by the writing
process.

Each worker takes jobs from its own socket and answers with a message per
step: the text once converted (``"text"``), then the extraction
(``"done"``), or why there is none (``"skip"``). The supervisor knows at
every moment which document each worker is on and since when, so:

- **time budget** — a worker past its document's budget (CPU seconds
  where the system tells them, so a loaded machine stops nothing an idle
  one would pass; elapsed seconds elsewhere, and ``Limits.wall`` times
  the budget in elapsed time at most) is killed and replaced: the
  document is stored searchable without extraction when its text had
  arrived (``"extraction stopped: too slow"``), skipped when even
  reading it was too slow; the documents queued behind it go to another
  worker;
- **dead worker** — a worker that dies (the OOM killer, ``kill -9``) is
  noticed by its process sentinel: its document is skipped with the signal
  named, the others requeued, a new worker started;
- **dead parent** — workers exit when the ingest that started them dies
  (``PR_SET_PDEATHSIG`` on Linux; elsewhere they notice the closed socket
  or the changed parent pid);
- **quiet** — workers ignore Ctrl-C (the writing process handles it and
  stops them), and their standard error goes to ``/dev/null``, so no
  library message or traceback from a worker reaches the terminal;
  ``logging`` and ``warnings`` in a worker are collected into the
  document's notes, shown through the visible-text filter.

Workers are forked after the gazetteer is loaded and frozen out of the
collector, so they start in milliseconds and share its pages.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from ..formats import Note
from . import work
from .outcomes import TOO_SLOW, Skipped
from .work import Converted, Job, Limits

__all__ = ["Finished", "Supervisor", "WorkerStartError", "default_workers"]

#: Bytes queued to a busy worker at most: small jobs wait in the socket
#: buffer, a large one is sent only to an idle worker (which reads it at
#: once), so sending never blocks the supervisor behind a slow document.
QUEUED_BYTES = 48 * 1024
#: Jobs queued to one worker at most (it always has the next one at hand).
QUEUED_JOBS = 16


class WorkerStartError(Exception):
    """Not a single worker process could be started."""


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


@dataclass
class Finished:
    """A job's result: ``converted`` is None when the file gave no text
    (``skipped`` says why); ``extraction`` is None when extraction failed
    (``skipped``) or was stopped (``stopped``)."""

    job: Job
    converted: Converted | None = None
    extraction: object | None = None
    skipped: Skipped | None = None
    stopped: str | None = None
    notes: list[Note] = field(default_factory=list)
    #: The text's copy signature (``store.copies.sign``), None when not made.
    signature: bytes | None = None


# --------------------------------------------------------------------------- worker side

_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent_pid: int) -> None:
    """Exit when the parent does: the kernel's parent-death signal on Linux
    (it stops even a worker deep in one long regular-expression match),
    and a watchdog thread that checks the parent's pid every second
    (elsewhere, or if prctl is refused; it needs the interpreter's lock)."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watchdog").start()


class _Notes(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.messages.append(f"{record.name}: {record.getMessage()}")
        except Exception:
            self.messages.append(f"{record.name}: {record.msg}")


def _worker(conn: Connection, parent_pid: int, limits: Limits) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    _die_with_parent(parent_pid)
    # Nothing a worker prints reaches the terminal: library output and
    # tracebacks go nowhere; log records and warnings become notes.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the worker
    except OSError:
        pass
    handler = _Notes()
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.lastResort = None
    warnings.showwarning = lambda message, category, *a, **k: handler.messages.append(f"{category.__name__}: {message}")
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        handler.messages.clear()
        began, cpu_began = time.monotonic(), time.process_time()
        converted = work.convert_document(job.path, job.data, limits)
        if isinstance(converted, Skipped):
            conn.send(("skip", job.seq, converted, time.monotonic(), time.process_time()))
            continue
        conn.send(("text", job.seq, converted, began, cpu_began))
        result = work.extract_document(job.path, converted.text)
        notes = _library_notes(handler.messages)
        if isinstance(result, Skipped):
            conn.send(("skip", job.seq, result, time.monotonic(), time.process_time()))
        else:
            signed = work.sign_document(converted.text)  # here, beside extraction: not on the writer's core
            conn.send(("done", job.seq, result, notes, signed, time.monotonic(), time.process_time()))


def _library_notes(messages: list[str], limit: int = 3) -> list[Note]:
    distinct = list(dict.fromkeys(" ".join(m.split())[:200] for m in messages))
    notes = [Note("library warning", m) for m in distinct[:limit]]
    if len(distinct) > limit:
        notes.append(Note("library warning", f"{len(distinct) - limit} more library warning(s)"))
    return notes


# --------------------------------------------------------------------------- supervisor side


@dataclass
class _Worker:
    proc: multiprocessing.process.BaseProcess
    conn: Connection
    queue: deque = field(default_factory=deque)  # jobs sent, in order; queue[0] is being worked on
    sent_at: dict = field(default_factory=dict)  # seq → when it was sent
    queued_bytes: int = 0
    last_done: float = 0.0  # when the worker finished its previous job
    last_cpu: float = 0.0  # its CPU seconds then (a new worker: none)
    converted: Converted | None = None  # queue[0]'s text, once it arrived
    began: float | None = None  # when the worker says it began queue[0] (with its text)
    cpu_began: float | None = None  # its CPU seconds then
    deadline: float | None = None  # queue[0]'s deadline, once moved past its budget in elapsed time

    def started(self) -> float:
        """When the worker began its current job (its own word once its
        text arrived; before that, the latest it can have begun)."""
        if self.began is not None:
            return self.began
        return max(self.sent_at[self.queue[0].seq], self.last_done)

    def due(self) -> float:
        """When the current job's budget may be spent: its budget in
        elapsed time from its start, later once the worker's CPU time
        showed it was waiting for a core."""
        if self.deadline is not None:
            return self.deadline
        return self.started() + self.queue[0].budget

    def cpu_spent(self) -> float | None:
        """CPU seconds spent on the current job, None where the system does not say."""
        now = _cpu_seconds(self.proc.pid)
        if now is None:
            return None
        return max(0.0, now - (self.cpu_began if self.cpu_began is not None else self.last_cpu))


def _clock_ticks() -> int:
    try:
        return os.sysconf("SC_CLK_TCK")
    except (AttributeError, ValueError, OSError):
        return 100


_TICKS = _clock_ticks()


def _cpu_seconds(pid: int) -> float | None:
    """A process's CPU seconds (user and system) from ``/proc``, None
    where there is no ``/proc`` or the process is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rfind(b")") + 2 :].split()  # after the command name, which may hold anything
    try:
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (IndexError, ValueError):
        return None


def _signal_name(code: int | None) -> str:
    if code is None:
        return "no exit status"
    if code < 0:
        try:
            return f"killed by signal {-code} ({signal.Signals(-code).name})"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


class Supervisor:
    """Up to ``workers`` worker processes, started as jobs arrive.

    ``submit`` a job when :meth:`has_room`; :meth:`results` waits for what
    finishes (in any order) and enforces budgets and deaths.
    :meth:`close` stops every worker (also on Ctrl-C)."""

    def __init__(self, workers: int, limits: Limits) -> None:
        self.max_workers = max(1, workers)
        self.limits = limits
        self.workers: list[_Worker] = []
        self.pending: deque[Job] = deque()  # jobs not yet sent to a worker
        self.inflight = 0
        self.inflight_bytes = 0
        self._prepared = False
        self._ctx = multiprocessing.get_context("fork")

    # -- capacity
    def has_room(self) -> bool:
        return self.inflight < self.max_workers * QUEUED_JOBS and self.inflight_bytes < 256 * 1024 * 1024

    def busy(self) -> bool:
        return self.inflight > 0

    def submit(self, job: Job) -> None:
        self.inflight += 1
        self.inflight_bytes += len(job.data)
        self.pending.append(job)
        self._dispatch()

    # -- workers
    def _prepare(self) -> None:
        """Load what every worker needs once, here, so forks share it."""
        if self._prepared:
            return
        from ..extract import extract
        from ..extract.gazetteer import places

        places()
        extract("")  # the patterns compiled once
        # What is loaded now lives as long as the workers: kept out of the
        # collector's scans, so its pages stay shared after the fork.
        gc.freeze()
        self._prepared = True

    def _spawn(self) -> _Worker:
        self._prepare()
        ours, theirs = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_worker, args=(theirs, os.getpid(), self.limits), daemon=True)
        # Ctrl-C between the fork and the worker's own handler must not
        # reach it: the signals are blocked around the fork.
        old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            proc.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        theirs.close()
        worker = _Worker(proc, ours)
        self.workers.append(worker)
        return worker

    def _dispatch(self) -> None:
        while self.pending:
            job = self.pending[0]
            target = self._pick(job)
            if target is None:
                return
            self.pending.popleft()
            target.queue.append(job)
            target.sent_at[job.seq] = time.monotonic()
            target.queued_bytes += len(job.data)
            try:
                target.conn.send(job)
            except OSError:
                pass  # it died: its sentinel says so on the next wait

    def _pick(self, job: Job) -> _Worker | None:
        idle = [w for w in self.workers if not w.queue]
        if idle:
            return idle[0]
        if len(self.workers) < self.max_workers:
            try:
                return self._spawn()
            except OSError as exc:  # no memory or process slot for another one
                if not self.workers:
                    raise WorkerStartError(f"cannot start a worker process ({exc.strerror or exc})") from None
                self.max_workers = len(self.workers)  # go on with those there are
        if len(job.data) > QUEUED_BYTES:
            return None  # a large job waits for an idle worker
        fits = [
            w for w in self.workers if len(w.queue) < QUEUED_JOBS and w.queued_bytes + len(job.data) <= QUEUED_BYTES
        ]
        return min(fits, key=lambda w: len(w.queue)) if fits else None

    def _retire(self, worker: _Worker) -> None:
        """Stop a worker for good and put the jobs queued behind its current one back in line."""
        if worker.proc.is_alive():
            worker.proc.kill()
        worker.proc.join(5)
        worker.conn.close()
        self.workers.remove(worker)
        # Its current job was settled by the caller; those queued behind it go to another worker.
        self.pending.extendleft(reversed(worker.queue))
        worker.queue.clear()

    def _finish(self, worker: _Worker | None, job: Job) -> None:
        self.inflight -= 1
        self.inflight_bytes -= len(job.data)
        if worker is not None and worker.queue and worker.queue[0] is job:
            worker.queue.popleft()
            worker.sent_at.pop(job.seq, None)
            worker.queued_bytes -= len(job.data)
            worker.converted = None
            worker.began = worker.cpu_began = worker.deadline = None

    # -- results
    def results(self, timeout: float | None) -> Iterator[Finished]:
        """What finished within ``timeout`` seconds (None: until something does)."""
        self._dispatch()
        if not self.workers:
            return
        now = time.monotonic()
        deadlines = [w.due() for w in self.workers if w.queue]
        wait_for = max(0.0, min(deadlines) - now) if deadlines else None
        if timeout is not None:
            wait_for = timeout if wait_for is None else min(wait_for, timeout)
        conns = {w.conn: w for w in self.workers}
        sentinels = {w.proc.sentinel: w for w in self.workers}
        ready = wait([*conns, *sentinels], wait_for)
        done: list[Finished] = []
        dead: set[int] = set()
        heard: set[int] = set()  # workers that just sent something: not judged late this round
        for obj in ready:
            worker = conns.get(obj) or sentinels.get(obj)
            if worker is None or id(worker) in dead:
                continue
            # Read every message already sent before judging a worker dead.
            closed = False
            while True:
                try:
                    if not worker.conn.poll():
                        break
                    message = worker.conn.recv()
                except (EOFError, OSError):
                    closed = True
                    break
                heard.add(id(worker))
                finished = self._handle(worker, message)
                if finished is not None:
                    done.append(finished)
            if closed or obj in sentinels:
                worker.proc.join(1)
            if worker.proc.is_alive():
                continue
            dead.add(id(worker))
            if worker.queue:
                job = worker.queue[0]
                reason = f"{_signal_name(worker.proc.exitcode)} while on this file"
                done.append(Finished(job, skipped=Skipped(job.path, "worker process died", reason)))
                self._finish(worker, job)
            self._retire(worker)
        now = time.monotonic()
        for worker in list(self.workers):
            if id(worker) in heard:
                continue
            if worker.queue and now >= worker.due():
                over = self._over_budget(worker, now)
                if over is None:
                    continue
                job = worker.queue[0]
                converted = worker.converted
                if converted is not None:
                    done.append(Finished(job, converted, stopped=TOO_SLOW))
                else:
                    done.append(
                        Finished(
                            job,
                            skipped=Skipped(job.path, "too slow to read", over),
                        )
                    )
                self._finish(worker, job)
                self._retire(worker)
        self._dispatch()
        yield from done

    def _over_budget(self, worker: _Worker, now: float) -> str | None:
        """Why the worker's current job, due by now, is over its budget —
        or None, with a later deadline, when the worker spent less CPU
        time than the budget (it was waiting for a core)."""
        budget = worker.queue[0].budget
        longest = budget * max(1.0, self.limits.wall)
        ceiling = worker.started() + longest
        if now >= ceiling:
            return f"over {longest:.0f} s elapsed (its budget: {budget:.0f} s)"
        spent = worker.cpu_spent()
        if spent is None:
            return f"over its {budget:.0f} s budget"
        if spent >= budget:
            return f"over its {budget:.0f} s budget (CPU time)"
        # It cannot spend the rest sooner than in as many seconds of elapsed time.
        worker.deadline = min(now + max(budget - spent, 0.05), ceiling)
        return None

    def _handle(self, worker: _Worker, message: tuple) -> Finished | None:
        kind, seq = message[0], message[1]
        if not worker.queue or worker.queue[0].seq != seq:
            return None  # a stale message from a job already settled
        job = worker.queue[0]
        if kind == "text":
            worker.converted, worker.began, worker.cpu_began = message[2], message[3], message[4]
            return None
        worker.last_done, worker.last_cpu = message[-2], message[-1]
        if kind == "skip":
            finished = Finished(job, worker.converted, skipped=message[2])
        else:
            finished = Finished(job, worker.converted, extraction=message[2], notes=message[3], signature=message[4])
        self._finish(worker, job)
        return finished

    def close(self) -> None:
        """Stop every worker now (their work is lost; nothing is half-written)."""
        for worker in self.workers:
            if worker.proc.is_alive():
                worker.proc.kill()
        for worker in self.workers:
            worker.proc.join(5)
            worker.conn.close()
        self.workers.clear()
        if self._prepared:
            gc.unfreeze()  # this process may live on (the app, the tests): collect as usual again
            self._prepared = False
