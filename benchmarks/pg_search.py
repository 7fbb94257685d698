"""Full-text search on a PostgreSQL store of many documents (issue #16,
item 2), beside SQLite's FTS5, through the real query functions
(``Reader.count_search`` and ``Reader.search``: the search screen's count
and first page of 50 with snippets).

Ingesting 100,000 reports takes most of an hour here, and only the
``documents`` table and its full-text index matter to search: so the
benchmark corpus's reports (``benchmarks/corpus.py``, the same texts
``docket ingest`` would read) are written straight into the ``documents``
table of two stores built by ``store.db.create_store``, whose own triggers
fill the full-text index (FTS5 on SQLite, ``tsvector``/GIN on PostgreSQL
from the pgserver wheel).

Queries, as an analyst types them, drawn from the corpus's own words by how
many documents hold them: a rare word, a mid word, a common word, two words,
a phrase in quotes, ``a OR b``, ``a -b``, a three-letter prefix (which
matches every word starting with it), a mid word within one year of
publication, and hostile input (quotes, stars, colons, brackets, dashes,
blanks). Each query runs twice; p50/p95 over all runs::

    python -m benchmarks.pg_search --documents 100000 --queries 20
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import sqlite3
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from store.db import create_store
from store.engines import location

from . import corpus
from .pg_typeahead import pct

_WORD = re.compile(r"[a-z]{4,}")
COLUMNS = ("sha256", "title", "source", "published", "text", "ingested_at")


def documents(n: int, seed: int = 7):
    """``n`` rows for ``documents`` from the benchmark corpus, published over ten years."""
    rng = random.Random(seed)
    first = date(2015, 1, 1)
    for name, text in corpus.generate(n, seed):
        title = text.split("\n", 1)[0][:200]
        published = (first + timedelta(days=rng.randrange(3650))).isoformat()
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        yield (sha, title, name, published, text, "2026-12-03T00:00:00+00:00")


def queries(vocabulary: Counter, pairs: list[str], docs: int, count: int, seed: int = 1) -> dict[str, list[dict]]:
    """Search box entries of each kind (``q``, with ``since``/``until`` for the dated kind)."""
    rng = random.Random(seed)
    ranked = vocabulary.most_common()
    rare = [w for w, d in ranked if d <= 5]
    mid = [w for w, d in ranked if 0.005 * docs <= d <= 0.05 * docs]
    common = [w for w, _ in ranked[:count]]

    def some(words: list[str]) -> list[str]:
        return rng.sample(words, min(count, len(words))) if words else []

    mids = some(mid)
    hostile_pieces = ['"', "*", ":", "(", ")", "-", "^", "'", "NEAR", "AND", "OR", "col:", "\\", "[/]", "  ", "!"]
    out: dict[str, list[dict]] = {
        "rare word": [{"q": w} for w in some(rare)],
        "mid word": [{"q": w} for w in mids],
        "common word": [{"q": w} for w in common],
        "two words": [{"q": f"{m} {c}"} for m, c in zip(mids, common, strict=False)],
        "phrase": [{"q": f'"{p}"'} for p in some(pairs)],
        "a OR b": [{"q": f"{r} OR {m}"} for r, m in zip(some(rare), mids, strict=False)],
        "a -b": [{"q": f"{c} -{m}"} for c, m in zip(common, mids, strict=False)],
        "3-letter prefix": [{"q": w[:3]} for w in some(common + mids)],
    }
    dated = []
    for w in mids:
        year = rng.randrange(2015, 2025)
        dated.append({"q": w, "since": f"{year}-01-01", "until": f"{year}-12-31"})
    out["mid word, one year"] = dated
    hostile = []
    for _ in range(count):
        parts = [rng.choice(hostile_pieces) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.6:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(mids or ["police"]))
        hostile.append({"q": "".join(parts)})
    out["hostile"] = hostile
    return out


def fill(sqlite_path: Path, url: str, n: int, chunk: int = 2000) -> tuple[Counter, list[str], int]:
    """Both stores, filled with the same ``n`` documents; the corpus's word
    document frequencies and some two-word phrases from it."""
    import psycopg

    create_store(sqlite_path)
    create_store(location(url))
    lite = sqlite3.connect(sqlite_path, isolation_level=None)
    lite.execute("PRAGMA trusted_schema = ON")  # docket's own schema, just made
    vocabulary: Counter = Counter()
    pairs: list[str] = []
    rng = random.Random(3)
    total = 0
    insert = f"INSERT INTO documents ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    with psycopg.connect(url, autocommit=True) as pg:
        batch: list[tuple] = []

        def flush() -> None:
            lite.execute("BEGIN")
            lite.executemany(insert, batch)
            lite.execute("COMMIT")
            with pg.transaction(), pg.cursor() as cur:
                with cur.copy(f"COPY documents ({', '.join(COLUMNS)}) FROM STDIN") as copy:
                    for row in batch:
                        copy.write_row(row)
            batch.clear()

        for row in documents(n):
            text = row[4]
            total += len(text.encode("utf-8"))
            words = _WORD.findall(text.lower())
            vocabulary.update(set(words))
            if len(pairs) < 2000 and len(words) > 2 and rng.random() < 0.05:
                k = rng.randrange(len(words) - 1)
                pairs.append(f"{words[k]} {words[k + 1]}")
            batch.append(row)
            if len(batch) >= chunk:
                flush()
        if batch:
            flush()
        pg.execute("VACUUM ANALYZE")
    lite.execute("ANALYZE")
    lite.close()
    return vocabulary, pairs, total


def timed(where, sets: dict[str, list[dict]]) -> dict[str, list[float]]:
    from store.queries import Reader

    reader = Reader(where)
    out: dict[str, list[float]] = {}
    try:
        for name, items in sets.items():
            times = []
            for _ in range(2):
                for item in items:
                    args = {k: v for k, v in item.items() if k != "q"}
                    start = time.perf_counter()
                    reader.count_search(item["q"], **args)
                    reader.search(item["q"], 0, 50, **args)
                    times.append((time.perf_counter() - start) * 1000)
            out[name] = times
    finally:
        reader.close()
    return out


def _p50_p95(values: list[float]) -> str:
    return f"{pct(values, 0.5):.1f} / {pct(values, 0.95):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args()

    from tests.postgres_server import start_server

    work = Path(tempfile.mkdtemp(prefix="docket-search-"))
    server = start_server()
    try:
        url = server.new_database()
        t0 = time.perf_counter()
        vocabulary, pairs, size = fill(work / "sqlite" / "docket.db", url, args.documents)
        print(
            f"{args.documents:,} documents ({size / 1e6:.0f} MB) written to both stores in"
            f" {time.perf_counter() - t0:.0f} s; load {os.getloadavg()[0]:.1f}"
        )
        sets = queries(vocabulary, pairs, args.documents, args.queries)
        stores = [("SQLite (FTS5)", work / "sqlite" / "docket.db"), ("PostgreSQL 16 (tsvector, GIN)", location(url))]
        results = {label: timed(where, sets) for label, where in stores}
        print()
        print("| Query | " + " | ".join(f"{label} p50 / p95 ms" for label, _ in stores) + " |")
        print("|---|" + "---|" * len(stores))
        for kind in sets:
            cells = " | ".join(_p50_p95(results[lb][kind]) for lb, _ in stores)
            print(f"| {kind} (e.g. `{sets[kind][0]['q'] if sets[kind] else ''}`) | {cells} |")
        every = {lb: [t for ts in results[lb].values() for t in ts] for lb, _ in stores}
        print("| all | " + " | ".join(_p50_p95(every[lb]) for lb, _ in stores) + " |")
        print(f"\nload {os.getloadavg()[0]:.1f}")
    finally:
        server.stop()
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
