"""What changing the writer would save: today's ``_write_document`` against
prototype writers, on the same extracted reports.

    python -m benchmarks.writer_variants [--n 2000] [--rounds 5]

A measurement aid, not store code: the prototypes write the same rows as
``store.ingest.write.write_document`` (``A`` keeps entity ids in a dict for the
run, inserts each new entity once, adds mention and document counts once
per entity per batch, and refreshes each operation's summary once per
batch), with variants that drop an index or keep a document's mention spans
in its ``document_entities`` row instead of ``mentions`` rows. The reports
are extracted first (not timed); each variant writes them into a fresh
store in batches of 500, variants alternated for ``--rounds`` rounds; the
median CPU time is printed with the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from store.db import create_store, open_writer, utc_now
from store.ingest import BATCH_SIZE, INGEST_CACHE_KIB
from store.ingest.write import refresh_operation_summaries as _refresh_operation_summaries
from store.ingest.write import write_document as _write_document
from store.text import entity_key

from .corpus import generate

Prepared = list[tuple[str, str, str, object]]


def _open(path: Path, drop: tuple[str, ...], packed: bool):
    create_store(path)
    conn = open_writer(path).conn
    for index in drop:
        conn.execute(f"DROP INDEX {index}")
    if packed:
        conn.execute("ALTER TABLE document_entities ADD COLUMN spans TEXT")
    conn.execute(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")
    conn.execute("PRAGMA wal_autocheckpoint = 20000")
    return conn


def today(conn, prepared: Prepared) -> None:
    for i in range(0, len(prepared), BATCH_SIZE):
        conn.execute("BEGIN IMMEDIATE")
        for sha, source, text, result in prepared[i : i + BATCH_SIZE]:
            conn.execute("SAVEPOINT doc")
            _write_document(conn, sha256=sha, source=source, text=text, result=result)
            conn.execute("RELEASE doc")
        conn.execute("COMMIT")


def batched(conn, prepared: Prepared, packed: bool = False) -> None:
    """Prototype A (see the module docstring)."""
    cache: dict[tuple[str, str], int] = {}
    for i in range(0, len(prepared), BATCH_SIZE):
        conn.execute("BEGIN IMMEDIATE")
        delta: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        operations: set[int] = set()
        for sha, source, text, result in prepared[i : i + BATCH_SIZE]:
            conn.execute("SAVEPOINT doc")
            entities = [e for e in result.entities if e.key]
            doc_id = conn.execute(
                "INSERT INTO documents (sha256, title, source, published, text, ingested_at,"
                " entity_count, mention_count, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    sha,
                    result.title,
                    source,
                    result.published,
                    text,
                    utc_now(),
                    len(entities),
                    sum(len(e.mentions) for e in entities),
                    len(result.figures),
                ),
            ).lastrowid
            ids: dict[tuple[str, str], int] = {}
            for e in entities:
                key = (e.type, e.key)
                eid = cache.get(key)
                if eid is None:
                    eid = conn.execute(
                        "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, 0, 0)",
                        (e.type, e.name, e.key),
                    ).lastrowid
                    cache[key] = eid
                ids[key] = eid
                d = delta[eid]
                d[0] += len(e.mentions)
                d[1] += 1
            if packed:
                conn.executemany(
                    "INSERT INTO document_entities (document_id, entity_id, name, mention_count, first_start, spans)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        (
                            doc_id,
                            ids[(e.type, e.key)],
                            e.name,
                            len(e.mentions),
                            e.mentions[0][0],
                            ",".join(f"{a}:{b}" for a, b in e.mentions),
                        )
                        for e in entities
                    ],
                )
            else:
                conn.executemany(
                    "INSERT INTO document_entities (document_id, entity_id, name, mention_count, first_start)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(doc_id, ids[(e.type, e.key)], e.name, len(e.mentions), e.mentions[0][0]) for e in entities],
                )
                conn.executemany(
                    'INSERT INTO mentions (document_id, entity_id, start, "end") VALUES (?, ?, ?, ?)',
                    [(doc_id, ids[(e.type, e.key)], s, end) for e in entities for s, end in e.mentions],
                )
            op_ids = {op.name: ids.get(("OPERATION", entity_key(op.name))) for op in result.operations}
            conn.executemany(
                "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year) VALUES (?, ?, ?)",
                [(doc_id, op_ids[op.name], op.year) for op in result.operations if op_ids[op.name]],
            )
            conn.executemany(
                "INSERT INTO operation_stats (document_id, operation_id, metric, item, value, unit,"
                ' qualifier, scope, start, "end", sentence_start, sentence_end)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        doc_id,
                        op_ids.get(f.operation) if f.operation else None,
                        f.metric,
                        f.item,
                        f.value,
                        f.unit,
                        f.qualifier,
                        f.scope,
                        f.start,
                        f.end,
                        f.sentence_start,
                        f.sentence_end,
                    )
                    for f in result.figures
                ],
            )
            operations |= {v for v in op_ids.values() if v}
            conn.execute("RELEASE doc")
        conn.executemany(
            "UPDATE entities SET mention_count = mention_count + ?, document_count = document_count + ? WHERE id = ?",
            [(m, d, eid) for eid, (m, d) in delta.items()],
        )
        _refresh_operation_summaries(conn, operations)
        conn.execute("COMMIT")


VARIANTS: list[tuple[str, Callable, tuple[str, ...], bool]] = [
    ("today's `_write_document`", today, (), False),
    (
        "A: entity ids kept for the run, counts once per entity per batch, summaries once per operation per batch",
        batched,
        (),
        False,
    ),
    (
        "A, without the `entities_rank` and `entities_type_rank` indexes",
        batched,
        ("entities_rank", "entities_type_rank"),
        False,
    ),
    ("A, without the `mentions_document` index", batched, ("mentions_document",), False),
    (
        "A, mention spans packed into `document_entities` (no `mentions` rows)",
        lambda conn, prepared: batched(conn, prepared, packed=True),
        (),
        True,
    ),
]


def measure(n: int, seed: int = 7, rounds: int = 5) -> dict[str, float]:
    """Median CPU seconds of each variant writing ``n`` reports."""
    from store.extract import extract

    texts = [t for _, t in generate(n, seed)]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    prepared = [
        (hashlib.sha256(t.encode()).hexdigest(), f"report-{i:06d}.txt", t, extract(t)) for i, t in enumerate(texts)
    ]
    times: dict[str, list[float]] = {label: [] for label, *_ in VARIANTS}
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(rounds):
            for k, (label, write, drop, packed) in enumerate(VARIANTS):
                conn = _open(Path(tmp) / f"{r}-{k}.db", drop, packed)
                start = time.process_time()
                write(conn, prepared)
                times[label].append(time.process_time() - start)
                conn.close()
    print(
        f"writer variants: {n} reports, {mb:.2f} MB; median of {rounds} rounds, variants alternated "
        f"(load {load:.1f} → {os.getloadavg()[0]:.1f})"
    )
    print("| Writer variant | CPU s (median) | min–max | MB per CPU s |")
    print("|---|---|---|---|")
    out = {}
    for label, *_ in VARIANTS:
        t = out[label] = statistics.median(times[label])
        print(f"| {label} | {t:.2f} | {min(times[label]):.2f}–{max(times[label]):.2f} | {mb / t:.2f} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Today's writer against prototype writers.")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    measure(args.n, args.seed, args.rounds)


if __name__ == "__main__":
    main()
