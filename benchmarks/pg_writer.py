"""The PostgreSQL writer's round trips per document, beside SQLite's writer
(issue #16).

    python -m benchmarks.pg_writer [--n 300] [--seed 7] [--writers 1,2,4]

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

With ``--writers`` the same documents are then written into a new
PostgreSQL store for each count given by that many writer processes at
once (each its share, in ingest's batches, all starting together), and the
store compared with the one-writer store: documents, entities, mentions,
figures, operation instances and the row counts the triggers keep. This is
the writers' side of several ingests alone, without their extraction.
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


def _write_share(where, share: list, start, out) -> None:
    """One writer process: wait for the others, then write ``share``."""
    from store.db import open_writer
    from store.ingest.write import Writer

    db = open_writer(where)
    try:
        writer = Writer(db)
        writer.known()
        start.wait()
        t0 = time.perf_counter()
        for batch in batches(share):
            writer.write(batch)
        out.put(time.perf_counter() - t0)
    finally:
        db.close()


#: What two stores written from the same documents must agree on.
_SAME = (
    "SELECT count(*) FROM documents",
    "SELECT count(*), sum(mention_count), sum(document_count) FROM entities",
    "SELECT count(*) FROM mentions",
    "SELECT count(*), CAST(sum(value) / 1000 AS INTEGER) FROM operation_stats",  # a float sum depends on row order
    "SELECT string_agg(key || ':' || document_count, ',' ORDER BY key) FROM entities WHERE type = 'OPERATION'",
    "SELECT n FROM counts ORDER BY name",
)


def _fingerprint(where) -> list:
    from store.db import connect

    conn = connect(where)
    try:
        return [tuple(conn.execute(q).fetchone()) for q in _SAME]
    finally:
        conn.close()


def _differences(found: list, reference: list) -> str:
    """What differs between two fingerprints, briefly (the operations'
    instances by key)."""
    out = []
    for query, a, b in zip(_SAME, found, reference, strict=True):
        if a == b:
            continue
        if "string_agg" in query:
            x, y = set((a[0] or "").split(",")), set((b[0] or "").split(","))
            out.append(f"instances only here {sorted(x - y)[:6]}, only in one writer's {sorted(y - x)[:6]}")
        else:
            out.append(f"{query}: {a} against {b}")
    return "; ".join(out)


def concurrent(admin_url: str, host: Path, ready: list, writers: int, run: int) -> tuple[float, list]:
    """``writers`` processes writing ``ready`` between them into a new store;
    (wall seconds, the store's fingerprint)."""
    import multiprocessing as mp

    import psycopg

    from store.db import create_store
    from store.engines import location

    name = f"bench_{run}_w{writers}"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    where = location(f"postgresql://postgres@/{name}?host={host}")
    create_store(where)
    ctx = mp.get_context("fork")
    start, out = ctx.Barrier(writers + 1), ctx.Queue()
    shares = [ready[i::writers] for i in range(writers)]
    procs = [ctx.Process(target=_write_share, args=(where, share, start, out)) for share in shares]
    for p in procs:
        p.start()
    start.wait()
    t0 = time.perf_counter()
    for p in procs:
        p.join()
    wall = time.perf_counter() - t0
    if any(p.exitcode for p in procs):
        raise SystemExit(f"a writer failed ({[p.exitcode for p in procs]})")
    return wall, _fingerprint(where)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--writers", default="", help="e.g. 1,2,4: also that many writer processes at once")
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
        if args.writers:
            admin = f"postgresql://postgres@/postgres?host={work / 'pg'}"
            reference = _fingerprint(where)
            print("| Writers | Wall s | Docs/s | MB/s | Store = one writer's |")
            print("|---|---|---|---|---|")
            for run, n in enumerate(int(w) for w in args.writers.split(",")):
                wall, found = concurrent(admin, work / "pg", ready, n, run)
                same = "yes" if found == reference else "no: " + _differences(found, reference)
                print(f"| {n} | {wall:.2f} | {args.n / wall:.0f} | {size / 1e6 / wall:.2f} | {same} |")
            print(f"load {os.getloadavg()[0]:.1f}")
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
