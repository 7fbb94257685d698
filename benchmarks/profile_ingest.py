"""Where ingest time goes, on the benchmark corpus.

    python -m benchmarks.profile_ingest extract [--n 500] [--seed 7]
    python -m benchmarks.profile_ingest writer  [--n 2000] [--seed 7]
    python -m benchmarks.profile_ingest transfer [--n 500] [--seed 7]

``extract`` runs ``store.extract.extract`` under cProfile over the first
``--n`` reports and prints the time of each stage (cumulative time of the
functions that make it) as a share of the whole; ``--top`` adds the
costliest functions by own time.

``writer`` extracts ``--n`` reports first (not timed), then writes them to a
fresh store the way ingest does (batches of 500 documents in one
transaction, each document its own savepoint, through
``store.ingest.write.write_document``) with every SQL statement timed by class;
then the same again into a store without the full-text triggers, so the
difference is what the full-text index costs.

``transfer`` times what carrying the results from a worker to the writer
costs: pickling and unpickling the prepared documents.

All times are CPU seconds of this process (``time.process_time``) unless
the label says wall: on a shared machine they move less than wall time.
The machine's load average is printed beside them.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import os
import pickle
import pstats
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from .corpus import generate

#: Stages of extraction: (label, module, function). ``find_entities`` holds
#: the entity stages; what it spends beyond them is the resolution (sorting
#: candidates, finding strong names again, overlap checks).
STAGES: list[tuple[str, str, str]] = [
    ("tokenise", "store.extract.resolution", "tokenize"),
    ("chains (capitalised runs)", "store.extract.resolution", "chains"),
    ("operations", "store.extract.resolution", "operation_spans"),
    ("acronyms", "store.extract.resolution", "acronym_spans"),
    ("people", "store.extract.resolution", "person_spans"),
    ("organisations", "store.extract.resolution", "org_spans"),
    ("places", "store.extract.resolution", "place_spans"),
    ("places by context", "store.extract.resolution", "context_place_spans"),
    ("propagation (later mentions)", "store.extract.resolution", "_propagate"),
    ("grouping (entity keys, org merge)", "store.extract", "_group"),
    ("sentences", "store.extract", "sentence_spans"),
    ("figures", "store.extract", "find_figures"),
    ("figure scope", "store.extract", "_scope"),
]
_RESOLUTION = ("store.extract", "find_entities")


def load() -> str:
    try:
        return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "load n/a"


def _texts(n: int, seed: int, longest: int = 0) -> list[str]:
    texts = [t for _, t in generate(n, seed)]
    if longest:
        texts = sorted(texts, key=len, reverse=True)[:longest]
    return texts


@contextlib.contextmanager
def stage_timers() -> Iterator[dict[str, float]]:
    """While open, each stage's function (``STAGES`` and ``find_entities``)
    adds its CPU seconds to the dict it yields; the functions are put back
    on leaving (a few calls per document, so the wrappers cost next to nothing)."""
    import importlib

    times: dict[str, float] = defaultdict(float)
    patched = []

    def wrap(label: str, fn):
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                times[label] += time.process_time() - start

        return timed

    for label, module, name in [*STAGES, ("find_entities", *_RESOLUTION)]:
        mod = importlib.import_module(module)
        original = getattr(mod, name)
        patched.append((mod, name, original))
        setattr(mod, name, wrap(label, original))
    try:
        yield times
    finally:
        for mod, name, original in patched:
            setattr(mod, name, original)


def _timed_stages(texts: list[str]) -> tuple[dict[str, float], float]:
    """CPU seconds per stage (``stage_timers``) over ``texts``, and in all."""
    from store.extract import extract

    with stage_timers() as times:
        start = time.process_time()
        for text in texts:
            extract(text)
        total = time.process_time() - start
    entity_stages = [label for label, module, _ in STAGES if module.endswith("resolution")]
    inner = sum(times[label] for label in entity_stages if label != "propagation (later mentions)")
    inner += times["propagation (later mentions)"]
    out = {label: times[label] for label, _, _ in STAGES}
    out["resolution (find_entities' own: candidates, overlaps)"] = max(0.0, times["find_entities"] - inner)
    out["extract's own (operation years, focus, dedupe)"] = max(
        0.0,
        total - times["find_entities"] - sum(times[label] for label, module, _ in STAGES if module == "store.extract"),
    )
    return out, total


def profile_extract(n: int, seed: int, top: int = 0, longest: int = 0) -> dict[str, float]:
    from store.extract import extract
    from store.extract.gazetteer import places

    texts = _texts(n, seed, longest)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    places()
    extract(texts[0][:2000])
    stages, total = _timed_stages(texts)
    what = f"the {longest} longest of {n} reports" if longest else f"{n} reports"
    print(f"extraction by stage: {what}, {mb:.2f} MB, {total:.2f} CPU s = {mb / total:.2f} MB/s on one core ({load()})")
    print("| Stage | CPU s | Share | CPU ms per KB |")
    print("|---|---|---|---|")
    for stage, t in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"| {stage} | {t:.2f} | {t / total:.0%} | {t * 1000 / (mb * 1e6 / 1024):.3f} |")
    if top:
        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
        for text in texts:
            extract(text)
        profiler.disable()
        print()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(top)
    return stages


def _classify(sql: str) -> str:
    s = " ".join(sql.split())[:60]
    for prefix, label in (
        ("INSERT INTO documents", "document row (+ FTS and count triggers)"),
        ("INSERT INTO entities", "entity upsert (+ trigram, count triggers)"),
        ("UPDATE entities SET mention_count", "entity counts, once per batch"),
        ("SELECT id, type, key FROM entities", "entity ids read back"),
        ("INSERT INTO document_entities", "document_entities rows"),
        ("INSERT INTO mentions", "mentions rows"),
        ("INSERT OR IGNORE INTO entity_aliases", "aliases"),
        ("INSERT OR IGNORE INTO document_operations", "document_operations rows"),
        ("INSERT INTO operation_stats", "figures (operation_stats rows)"),
        ("INSERT OR REPLACE INTO operation_summary", "operation summaries"),
        ("SELECT o.name, (SELECT max(year)", "operation summaries"),
        ("SELECT document_id, metric, item, value", "operation summaries"),
        ("DELETE FROM operation_summary", "operation summaries"),
        ("SAVEPOINT", "savepoints"),
        ("RELEASE", "savepoints"),
        ("COMMIT", "commit"),
        ("BEGIN", "begin"),
    ):
        if s.startswith(prefix):
            return label
    return s


class TimedConnection:
    """A sqlite3 connection whose statements are timed by class."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.times: dict[str, float] = defaultdict(float)
        self.rows: dict[str, int] = defaultdict(int)

    def execute(self, sql: str, params=()):
        start = time.process_time()
        cur = self.conn.execute(sql, params)
        if sql.lstrip().upper().startswith("SELECT"):
            cur = _Fetched(cur.fetchall(), cur.lastrowid)
        label = _classify(sql)
        self.times[label] += time.process_time() - start
        self.rows[label] += 1
        return cur

    def executemany(self, sql: str, seq):
        seq = list(seq)
        start = time.process_time()
        cur = self.conn.executemany(sql, seq)
        label = _classify(sql)
        self.times[label] += time.process_time() - start
        self.rows[label] += len(seq)
        return cur


class _Fetched(list):
    def __init__(self, rows, lastrowid) -> None:
        super().__init__(rows)
        self.lastrowid = lastrowid

    def fetchone(self):
        return self[0] if self else None

    def fetchall(self):
        return list(self)


def _write_all(
    path: Path, prepared: list[tuple[str, str, str, object, bytes]], *, fts: bool
) -> tuple[TimedConnection, float]:
    from store.db import create_store, open_writer
    from store.ingest import BATCH_SIZE, INGEST_CACHE_KIB
    from store.ingest.write import EntityCounts, refresh_operation_summaries
    from store.ingest.write import write_document as _write_document

    create_store(path)
    db = open_writer(path)
    if not fts:
        for (name,) in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'documents_a%'"
        ).fetchall():
            db.conn.execute(f'DROP TRIGGER "{name}"')
    db.conn.execute(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")
    db.conn.execute("PRAGMA wal_autocheckpoint = 20000")
    conn = TimedConnection(db.conn)
    counts = EntityCounts()  # as the writer keeps them: entity counts added once per batch
    start = time.process_time()
    for i in range(0, len(prepared), BATCH_SIZE):
        conn.execute("BEGIN IMMEDIATE")
        touched: set[int] = set()  # as the writer does: summaries once per batch
        for sha, source, text, result, signed in prepared[i : i + BATCH_SIZE]:
            conn.execute("SAVEPOINT doc")
            _write_document(
                conn,
                sha256=sha,
                source=source,
                text=text,
                result=result,
                touched=touched,
                entity_counts=counts,
                signature=signed,
            )
            conn.execute("RELEASE doc")
            counts.keep_document()
        counts.flush(conn)
        refresh_operation_summaries(conn, touched)
        conn.execute("COMMIT")
    total = time.process_time() - start
    db.conn.close()
    return conn, total


def profile_writer(n: int, seed: int) -> dict[str, float]:
    import hashlib

    from store.copies import sign
    from store.extract import extract

    texts = _texts(n, seed)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = time.process_time()
    prepared = [  # what the workers send the writer: the copy signature is made beside extraction
        (hashlib.sha256(t.encode()).hexdigest(), f"report-{i:06d}.txt", t, extract(t), sign(t))
        for i, t in enumerate(texts)
    ]
    extract_s = time.process_time() - start
    with tempfile.TemporaryDirectory() as tmp:
        conn, total = _write_all(Path(tmp) / "with-fts.db", prepared, fts=True)
        bare, bare_total = _write_all(Path(tmp) / "no-fts.db", prepared, fts=False)
    doc_label = "document row (+ FTS and count triggers)"
    fts_s = conn.times[doc_label] - bare.times[doc_label]
    print(
        f"writer profile: {n} reports, {mb:.2f} MB ({load()}); extraction of the same in this process "
        f"{extract_s:.2f} CPU s = {mb / extract_s:.2f} MB/s"
    )
    print(
        f"writer total {total:.2f} CPU s = {mb / total:.2f} MB per CPU s; full-text index ≈ {fts_s:.2f} s "
        f"({fts_s / total:.0%} of the writer: the document insert with its triggers less the same without them; "
        f"the whole pass without them took {bare_total:.2f} s, a total that moves with the load)"
    )
    print("| Statement class | CPU s | Share of writer | Rows or calls |")
    print("|---|---|---|---|")
    accounted = 0.0
    for label, t in sorted(conn.times.items(), key=lambda kv: -kv[1]):
        accounted += t
        print(f"| {label} | {t:.2f} | {t / total:.0%} | {conn.rows[label]:,} |")
    print(
        f"| Python in `_write_document` (building rows, dicts) | {total - accounted:.2f} | "
        f"{(total - accounted) / total:.0%} | |"
    )
    return {"total": total, "fts": fts_s, "extract": extract_s, **conn.times}


def profile_transfer(n: int, seed: int) -> None:
    from store.extract import extract

    texts = _texts(n, seed)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    # What a worker sends the writer: each document's extraction, 32 to a message.
    chunks = [[extract(t) for t in texts[i : i + 32]] for i in range(0, n, 32)]
    start = time.process_time()
    blobs = [pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL) for c in chunks]
    dump_s = time.process_time() - start
    start = time.process_time()
    for b in blobs:
        pickle.loads(b)
    load_s = time.process_time() - start
    size = sum(len(b) for b in blobs) / 1e6
    print(
        f"transfer: {n} reports, {mb:.2f} MB of text → {size:.2f} MB pickled; dumps {dump_s:.2f} CPU s (worker), "
        f"loads {load_s:.2f} CPU s (writer) = {mb / load_s:.1f} MB/s of text ({load()})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Where ingest time goes.")
    parser.add_argument("what", choices=["extract", "writer", "transfer"])
    parser.add_argument("--n", type=int, default=None)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=0, help="with extract: also the N costliest functions")
    parser.add_argument("--longest", type=int, default=0, help="with extract: only the N longest of the --n reports")
    args = parser.parse_args()
    if args.what == "extract":
        profile_extract(args.n or 500, args.seed, args.top, args.longest)
    elif args.what == "writer":
        profile_writer(args.n or 2000, args.seed)
    else:
        profile_transfer(args.n or 500, args.seed)


if __name__ == "__main__":
    main()
