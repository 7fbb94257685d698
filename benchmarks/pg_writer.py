"""The PostgreSQL writer's round trips per document, beside SQLite's writer
(issue #16).

    python -m benchmarks.pg_writer [--n 300] [--seed 7]

The reports of the benchmark corpus are extracted and signed first (not
timed), as ingest's workers do; then the real writer
(``store.ingest.write.Writer``) writes them in ingest's batches (50, then
half as large again each time, up to 500) into a new SQLite store and into
a new PostgreSQL store (a server from the pgserver wheel in a temporary
folder, over its Unix socket). Printed per store: wall and CPU seconds of
the writing (for PostgreSQL also the CPU seconds of the server process
serving the writer), documents/s, and for PostgreSQL the **round trips**: the
times the client sent something and waited for the server's answer (each
``psycopg`` wait that reads from the socket; a pipeline's statements sent
together and answered together count once), in all and per document, and
the wall time spent in them.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import os
import shutil
import tempfile
import time
from pathlib import Path

from .corpus import generate


class RoundTrips:
    """Counts the times the client waits for the server's answer (see the
    module docstring): each statement sent on its own, and in a pipeline
    each sync and each flush that asks for answers still owed."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0

    @contextlib.contextmanager
    def counting(self):
        import psycopg
        from psycopg import _pipeline_base

        base = _pipeline_base.BasePipeline
        wait, fetch, enqueue = psycopg.Connection.wait, base._fetch_gen, base._enqueue_sync
        trips = self

        def counted_wait(conn, gen, *args, **kwargs):
            if conn._pipeline is None:  # one statement, one answer
                trips.count += 1
            t0 = time.perf_counter()
            try:
                return wait(conn, gen, *args, **kwargs)
            finally:
                trips.seconds += time.perf_counter() - t0

        def counted_fetch(pipeline, *, flush):
            if flush and pipeline.result_queue:  # answers asked for before a sync
                trips.count += 1
            return fetch(pipeline, flush=flush)

        def counted_sync(pipeline):
            trips.count += 1
            return enqueue(pipeline)

        psycopg.Connection.wait, base._fetch_gen, base._enqueue_sync = counted_wait, counted_fetch, counted_sync
        try:
            yield self
        finally:
            psycopg.Connection.wait, base._fetch_gen, base._enqueue_sync = wait, fetch, enqueue


def prepare(n: int, seed: int):
    from store import copies
    from store.extract import extract
    from store.ingest.work import Converted
    from store.ingest.write import Ready

    out = []
    size = 0
    for name, text in generate(n, seed):
        size += len(text.encode("utf-8"))
        out.append(
            Ready(
                Path(name),
                hashlib.sha256(text.encode("utf-8")).hexdigest(),
                Converted(text),
                extract(text),
                signature=copies.sign(text),
            )
        )
    return out, size


def batches(ready: list):
    from store.ingest import BATCH_SIZE, FIRST_BATCH_SIZE

    limit, i = FIRST_BATCH_SIZE, 0
    while i < len(ready):
        yield ready[i : i + limit]
        i += limit
        limit = min(BATCH_SIZE, limit + limit // 2)


def _backend(conn) -> int | None:
    """The server process serving ``conn`` (PostgreSQL; None for SQLite)."""
    raw = getattr(conn, "raw", None)
    return None if raw is None else raw.info.backend_pid


def _cpu(pid: int | None) -> float:
    """CPU seconds a process on this machine has used (0 without one)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def write_all(location, ready: list, counting=contextlib.nullcontext) -> tuple[float, float, float]:
    from store.db import create_store, open_writer
    from store.ingest.write import Writer

    create_store(location)
    db = open_writer(location)
    try:
        writer = Writer(db)
        writer.known()
        backend = _backend(db.conn)
        with counting():
            w0, c0, s0 = time.perf_counter(), time.process_time(), _cpu(backend)
            for batch in batches(ready):
                writer.write(batch)
            return time.perf_counter() - w0, time.process_time() - c0, _cpu(backend) - s0
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    import pgserver
    import psycopg

    from store.engines import location

    ready, size = prepare(args.n, args.seed)
    work = Path(tempfile.mkdtemp(prefix="docket-pg-writer-"))
    server = None
    try:
        server = pgserver.get_server(work / "pg", cleanup_mode="stop")
        with psycopg.connect(f"postgresql://postgres@/postgres?host={work / 'pg'}", autocommit=True) as admin:
            admin.execute("CREATE DATABASE bench")
        print(f"{args.n:,} documents, {size / 1e6:.2f} MB of text; load {os.getloadavg()[0]:.1f}")
        print("| Store | Wall s | CPU s | Server CPU s | Docs/s | Round trips | Per document | Waited s |")
        print("|---|---|---|---|---|---|---|---|")
        wall, cpu, _ = write_all(work / "docket.db", ready)
        print(f"| SQLite | {wall:.2f} | {cpu:.2f} | — | {args.n / wall:.0f} | — | — | — |")
        trips = RoundTrips()
        where = location(f"postgresql://postgres@/bench?host={work / 'pg'}")
        wall, cpu, server_cpu = write_all(where, ready, trips.counting)
        print(
            f"| PostgreSQL | {wall:.2f} | {cpu:.2f} | {server_cpu:.2f} | {args.n / wall:.0f} | {trips.count:,}"
            f" | {trips.count / args.n:.1f} | {trips.seconds:.2f} |"
        )
        print(f"load {os.getloadavg()[0]:.1f}")
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
