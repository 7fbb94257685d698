"""Type-ahead on a PostgreSQL store with many entities (issue #16, item 2),
with and without ``pg_trgm``, beside SQLite's, through the real query
functions (``Reader.match_entities``, ``Reader.fuzzy_entities``).

The ingest of 100,000 reports takes too long to build a store for this, and
only the ``entities`` table matters to type-ahead: so N entity rows are
made directly, names drawn from the benchmark corpus's own generators
(``benchmarks/corpus.py``: people, codenames with editions and years,
agencies, groups, places), mention counts long-tailed, and written into
three stores built by ``store.db.create_store``:

* SQLite (its FTS5 trigram table filled by its trigger),
* PostgreSQL from the pgserver wheel (no ``pg_trgm``: substrings by a scan),
* the system's PostgreSQL, where one with ``pg_trgm`` is installed (the GIN
  trigram index made with the store).

Queries, as an analyst types them: prefixes of 2–6 letters of a random
entity's key (run.py's type-ahead queries), substrings from inside a key
(3–6 letters, not at its start: the trigram path), and one-letter typos of
a key (the fuzzy path the app takes when nothing matches). Each query runs
twice; p50/p95 over all runs::

    python -m benchmarks.pg_typeahead --entities 100000 --queries 200
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from store.db import create_store
from store.engines import location
from store.text import entity_key

from . import corpus


def entity_rows(n: int, seed: int = 7) -> list[tuple[str, str, str, int, int]]:
    """``n`` distinct (type, name, key, mentions, documents) rows."""
    rng = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    out = []
    makers = [
        ("PERSON", lambda: corpus._person(rng)),
        ("OPERATION", lambda: corpus._codename(rng)),
        ("ORG", lambda: corpus._agency(rng, rng.choice(corpus.COUNTRIES))[0]),
        ("ORG", lambda: corpus._group(rng, rng.choice(corpus.CITIES)[0].title())),
        ("LOCATION", lambda: f"{rng.choice(corpus.CITIES)[0].title()} {corpus._surname(rng)}"),
    ]
    misses = 0
    while len(out) < n and misses < 50 * n:
        etype, make = rng.choice(makers)
        name = make()
        key = entity_key(name)
        if not key or (etype, key) in seen:
            misses += 1
            continue
        seen.add((etype, key))
        docs = max(1, int(rng.paretovariate(1.2)))
        out.append((etype, name, key, docs + int(rng.paretovariate(1.5)), docs))
    return out


def queries(rows: list[tuple], count: int, seed: int = 1) -> dict[str, list[str]]:
    rng = random.Random(seed)
    keys = [r[2] for r in rows]
    prefixes, substrings, typos = [], [], []
    while len(prefixes) < count:
        key = rng.choice(keys)
        prefixes.append(key[: rng.randint(2, min(6, max(2, len(key))))])
    while len(substrings) < count:
        key = rng.choice(keys)
        if len(key) < 6:
            continue
        size = rng.randint(3, min(6, len(key) - 1))
        start = rng.randint(1, len(key) - size)
        substrings.append(key[start : start + size])
    while len(typos) < count:
        key = rng.choice(keys)
        if len(key) < 5:
            continue
        i = rng.randint(1, len(key) - 1)
        typos.append(key[:i] + rng.choice("aeiouxz") + key[i + 1 :])
    return {"prefix": prefixes, "substring": substrings, "typo": typos}


def fill_sqlite(path: Path, rows: list[tuple]) -> None:
    create_store(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = ON")  # docket's own schema, just made
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, ?, ?)", rows
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def fill_postgres(url: str, rows: list[tuple]) -> bool:
    """A new store at ``url`` holding ``rows``; whether it has the trigram index."""
    import psycopg

    from store.engines import postgres as pg

    where = location(url)
    create_store(where)
    with psycopg.connect(url, autocommit=True) as conn:
        # in chunks, each its own transaction: the row-count trigger updates
        # one row per entity, and one transaction's chain of its versions
        # grows with every update (100,000 in one COPY take many minutes)
        for i in range(0, len(rows), 2000):
            with conn.cursor() as cur:
                with cur.copy("COPY entities (type, name, key, mention_count, document_count) FROM STDIN") as copy:
                    for row in rows[i : i + 2000]:
                        copy.write_row(row)
        conn.execute("VACUUM ANALYZE")
    check = pg.connect(where)
    try:
        return pg.has_trigram_index(check)
    finally:
        check.close()


def timed(where, sets: dict[str, list[str]]) -> dict[str, list[float]]:
    from store.queries import Reader

    reader = Reader(where)
    out: dict[str, list[float]] = {}
    try:
        for name, items in sets.items():
            act = reader.fuzzy_entities if name == "typo" else reader.match_entities
            times = []
            for _ in range(2):
                for q in items:
                    start = time.perf_counter()
                    act(q)
                    times.append((time.perf_counter() - start) * 1000)
            out[name] = times
    finally:
        reader.close()
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    import os

    from tests.postgres_server import start_server, start_system_server

    work = Path(tempfile.mkdtemp(prefix="docket-typeahead-"))
    servers = []
    try:
        t0 = time.perf_counter()
        rows = entity_rows(args.entities)
        sets = queries(rows, args.queries)
        print(f"{len(rows):,} entities made in {time.perf_counter() - t0:.1f} s; load {os.getloadavg()[0]:.1f}")
        stores = []
        sqlite_path = work / "sqlite" / "docket.db"
        fill_sqlite(sqlite_path, rows)
        stores.append(("SQLite (FTS5 trigram table)", sqlite_path))
        wheel = start_server()
        servers.append(wheel)
        url = wheel.new_database()
        assert not fill_postgres(url, rows)
        stores.append(("PostgreSQL 16, no pg_trgm (pgserver wheel)", location(url)))
        try:
            system = start_system_server()
        except BaseException as exc:  # pytest's Skipped: no system PostgreSQL with pg_trgm
            print(f"no PostgreSQL with pg_trgm here: {exc}")
        else:
            servers.append(system)
            url = system.new_database()
            version = system.admin().execute("SHOW server_version").fetchone()[0].split()[0]
            assert fill_postgres(url, rows)
            stores.append((f"PostgreSQL {version}, pg_trgm GIN index", location(url)))
        print()
        print("| Store | Prefix p50 / p95 ms | Substring p50 / p95 ms | Typo (fuzzy) p50 / p95 ms |")
        print("|---|---|---|---|")
        for label, where in stores:
            times = timed(where, sets)
            cells = " | ".join(f"{pct(times[k], 0.5):.1f} / {pct(times[k], 0.95):.1f}" for k in sets)
            print(f"| {label} | {cells} |")
        print(f"\nload {os.getloadavg()[0]:.1f}")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
