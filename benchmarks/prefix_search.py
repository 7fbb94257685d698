"""Prefix search at scale: the full-text part of a large store, timed
through the real query functions.

    python -m benchmarks.prefix_search --n 100000 --out /tmp/prefix   # build (once) and measure
    python -m benchmarks.prefix_search --n 2000 --out /tmp/prefix     # a small run

``docket ingest`` of 100,000 reports takes about 25 minutes on this
machine, and only the full-text index matters for search. So the store is
built directly: the real schema (``store.db.create_store``), one
``documents`` row per generated report (``benchmarks/corpus.py``, the
same texts the ingest benchmark uses), and the store's own FTS triggers
fill the index, as they do during an ingest. The store is kept under
``--out`` and reused by a second run.

A bare word of three letters or more is a prefix query (``arrest`` also
finds ``arrests``). Queries are grouped by how many documents their
expansion reaches, from the index's own vocabulary: rare (at most 5
documents), mid (0.5–5 % of the documents) and common (the 20 prefixes
reaching the most documents, such as ``the``, ``ope`` or ``int``), plus
a handful of words an analyst types. Each is timed as the search screen
asks for it: the count, then the first page of 50 with snippets.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from store.db import create_store, utc_now

from .corpus import generate

#: Words an analyst types, as they type them.
ANALYST_WORDS = [
    *("arrest", "seiz", "traffick", "cocaine", "operation"),
    *("police", "interpol", "firearm", "victim", "fraud"),
]


def build(path: Path, n: int, seed: int = 7) -> float:
    """A store at ``path`` holding ``n`` generated reports; returns seconds."""
    start = time.perf_counter()
    create_store(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = ON")  # the schema is docket's own, just made
    conn.execute("PRAGMA synchronous = OFF")
    now = utc_now()
    batch: list[tuple] = []

    def flush() -> None:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES (?, ?, ?, ?, ?)", batch
        )
        conn.execute("COMMIT")
        batch.clear()

    for i, (name, text) in enumerate(generate(n, seed)):
        title = text.strip().split("\n", 1)[0][:200]
        batch.append((hashlib.sha256(text.encode()).hexdigest(), title, name, text, now))
        if len(batch) >= 1000:
            flush()
            if (i + 1) % 10000 == 0:
                print(f"  {i + 1:,} documents, {time.perf_counter() - start:.0f} s", file=sys.stderr)
    if batch:
        flush()
    conn.close()
    return time.perf_counter() - start


def prefix_sets(path: Path, per_set: int = 20, seed: int = 1) -> dict[str, list[str]]:
    """Prefixes (3–6 letters) grouped by how many documents their expansion reaches."""
    conn = sqlite3.connect(path)  # a temp vocabulary table: nothing is written to the store
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'documents_fts', 'row')")
    docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    reach: dict[str, int] = defaultdict(int)  # upper bound: the sum over the terms it expands to
    for term, doc in conn.execute("SELECT term, doc FROM temp.vocab"):
        if term.isalpha():
            for k in range(3, min(6, len(term)) + 1):
                reach[term[:k]] += doc
    conn.close()
    rng = random.Random(seed)
    rare = sorted(p for p, d in reach.items() if d <= 5 and len(p) >= 4)
    mid = sorted(p for p, d in reach.items() if 0.005 * docs <= d <= 0.05 * docs)
    common = [p for p, _ in sorted(reach.items(), key=lambda r: -r[1])[:per_set]]
    return {
        "rare": rng.sample(rare, min(per_set, len(rare))),
        "mid": rng.sample(mid, min(per_set, len(mid))),
        "common": common,
        "analyst": ANALYST_WORDS,
    }


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(path: Path, sets: dict[str, list[str]], rounds: int = 3) -> dict[str, dict[str, float]]:
    """p50/p95 ms of count, first page and both, per set (every query ``rounds`` times)."""
    from store.queries import Reader

    reader = Reader(path)
    out = {}
    for kind, words in sets.items():
        counts, pages, both, matched = [], [], [], []
        for _ in range(rounds):
            for word in words:
                t0 = time.perf_counter()
                n = reader.count_search(word)
                t1 = time.perf_counter()
                reader.search(word, 0, 50)
                t2 = time.perf_counter()
                counts.append((t1 - t0) * 1000)
                pages.append((t2 - t1) * 1000)
                both.append((t2 - t0) * 1000)
                matched.append(n)
        out[kind] = {
            "queries": len(words),
            "matched_median": statistics.median(matched),
            "count_p50": pct(counts, 0.5),
            "count_p95": pct(counts, 0.95),
            "page_p50": pct(pages, 0.5),
            "page_p95": pct(pages, 0.95),
            "p50": pct(both, 0.5),
            "p95": pct(both, 0.95),
        }
    reader.close()
    return out


def typing_ms(path: Path, words: list[str], *, cancel: bool, gap: float = 0.12) -> list[float]:
    """A user typing each word a letter every ``gap`` seconds, a search (count
    and first page, each in its own thread, as the search screen runs them)
    from the third letter on: ms from the last keystroke to the last
    search's results, with or without stopping the searches typed over."""
    import sqlite3
    import threading

    from store.queries import Reader

    reader = Reader(path)
    out = []
    for word in words:
        done: dict[str, float] = {}

        def one(query: str, done: dict[str, float] = done) -> None:
            try:
                reader.count_search(query)
                reader.search(query, 0, 100)
                done[query] = time.perf_counter()
            except sqlite3.OperationalError:  # stopped: typed over
                pass

        threads = []
        for k in range(3, len(word) + 1):
            if cancel:
                reader.cancel_searches()
            last_key = time.perf_counter()
            thread = threading.Thread(target=one, args=(word[:k],))
            thread.start()
            threads.append(thread)
            time.sleep(gap)
        for thread in threads:
            thread.join()
        out.append((done[word] - last_key) * 1000)
    reader.close()
    return out


def render(n: int, results: dict[str, dict[str, float]], sets: dict[str, list[str]]) -> str:
    lines = [
        f"| Prefixes ({n:,} docs) | Queries | Median docs matched | Count p50/p95 ms | First page p50/p95 ms "
        "| Count + page p50/p95 ms | Examples |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, r in results.items():
        lines.append(
            f"| {kind} | {r['queries']} | {r['matched_median']:,.0f} | {r['count_p50']:.1f} / {r['count_p95']:.1f} "
            f"| {r['page_p50']:.1f} / {r['page_p95']:.1f} | {r['p50']:.1f} / {r['p95']:.1f} "
            f"| {', '.join(sets[kind][:4])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/prefix"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--typing",
        action="store_true",
        help="also: typing the analyst's words, with and without stopping searches typed over",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    store = args.out / f"fts-{args.n}.db"
    if not store.exists():
        seconds = build(store, args.n)
        print(f"built {store} ({store.stat().st_size / 1e6:.0f} MB) in {seconds:.0f} s", file=sys.stderr)
    sets = prefix_sets(store)
    results = measure(store, sets, args.rounds)
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    print(f"load {load}; python -m benchmarks.prefix_search --n {args.n} --rounds {args.rounds}")
    print(render(args.n, results, sets))
    if args.typing:
        for cancel in (False, True, False, True):
            ms = typing_ms(store, ANALYST_WORDS, cancel=cancel)
            print(
                f"typing, {'stopping' if cancel else 'finishing'} searches typed over: last keystroke to results"
                f" p50 {pct(ms, 0.5):.0f} ms, p95 {pct(ms, 0.95):.0f} ms"
            )


if __name__ == "__main__":
    main()
