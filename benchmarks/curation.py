"""What analysts' corrections and ``docket reextract`` cost.

    python -m benchmarks.curation --n 2000 --corrections 50

Generates ``--n`` reports (benchmarks/corpus.py) in a scratch folder,
ingests half of them, makes ``--corrections`` corrections (renames, merges,
rejections of the most mentioned entities, fixes of figures), then prints:

- the time one correction takes (recorded, audited, applied everywhere);
- ``docket reextract`` of the store: seconds and documents per second,
  with the corrections applied again on top;
- the ingest of the other half with those corrections in force, beside
  the same ingest into a store without corrections (the overhead of
  applying them to every batch);
- undoing one correction (its documents extracted again).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from pathlib import Path

from store import curate
from store.db import create_store, open_writer
from store.ingest import ingest_paths
from store.reextract import reextract

from .corpus import write_corpus


def _top(conn: sqlite3.Connection, etype: str, n: int) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT name FROM entities WHERE type = ? ORDER BY mention_count DESC LIMIT ?", (etype, n)
        ).fetchall()
    ]


def make_corrections(conn: sqlite3.Connection, n: int) -> list[float]:
    """About ``n`` corrections of the kinds an analyst makes; the seconds each took."""
    times: list[float] = []

    def timed(fn) -> None:
        start = time.perf_counter()
        try:
            fn()
        except curate.CurationError:
            return
        times.append(time.perf_counter() - start)

    orgs = _top(conn, "ORG", max(4, n // 4))
    places = _top(conn, "LOCATION", max(4, n // 4))
    figures = [r[0] for r in conn.execute("SELECT id FROM operation_stats ORDER BY id LIMIT ?", (max(2, n // 4),))]
    for i, name in enumerate(orgs[: n // 4 or 1]):
        timed(lambda name=name, i=i: curate.correct_entity(conn, "rename", "ORG", name, f"{name} (renamed {i})"))
    for a, b in zip(places[0::2], places[1::2], strict=False):
        if len(times) >= n // 2:
            break
        timed(lambda a=a, b=b: curate.correct_entity(conn, "merge", "LOCATION", a, b))
    for fig in figures:
        if len(times) >= 3 * n // 4:
            break
        timed(lambda fig=fig: curate.correct_figure(conn, fig, {"qualifier": "about"}))
    for name in _top(conn, "PERSON", n):
        if len(times) >= n:
            break
        timed(lambda name=name: curate.correct_entity(conn, "reject", "PERSON", name))
    return times


def run(n: int, corrections: int, workdir: Path) -> dict[str, float]:
    docs = workdir / "docs"
    first, second = docs / "first", docs / "second"
    write_corpus(first, n // 2, seed=11)
    write_corpus(second, n - n // 2, seed=12)
    out: dict[str, float] = {"documents": n}

    store = workdir / "curated.db"
    create_store(store)
    db = open_writer(store)
    ingest_paths(db, [first])
    times = make_corrections(db.conn, corrections)
    out["corrections"] = len(times)
    out["correction_s_median"] = sorted(times)[len(times) // 2] if times else 0.0
    out["correction_s_max"] = max(times, default=0.0)
    start = time.perf_counter()
    report = reextract(db)
    out["reextract_s"] = time.perf_counter() - start
    out["reextract_docs_per_s"] = report.reextracted / out["reextract_s"] if out["reextract_s"] else 0.0
    start = time.perf_counter()
    ingest_paths(db, [second])
    out["ingest_with_corrections_s"] = time.perf_counter() - start
    undoable = [c for c in curate.curations(db.conn) if c.action == "merge" and c.undone_by is None]
    if undoable:
        start = time.perf_counter()
        curate.undo(db.conn, undoable[0].id)
        out["undo_merge_s"] = time.perf_counter() - start
    db.close()

    plain = workdir / "plain.db"
    create_store(plain)
    db = open_writer(plain)
    ingest_paths(db, [first])
    start = time.perf_counter()
    ingest_paths(db, [second])
    out["ingest_without_corrections_s"] = time.perf_counter() - start
    db.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="reports to generate")
    parser.add_argument("--corrections", type=int, default=50, help="corrections to make")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="docket-curation-") as tmp:
        figures = run(args.n, args.corrections, Path(tmp))
    load = os.getloadavg()[0]
    print(f"curation benchmark: {args.n} reports, load {load:.1f}")
    for key, value in figures.items():
        print(f"  {key:<30} {value:,.3f}" if isinstance(value, float) else f"  {key:<30} {value}")


if __name__ == "__main__":
    main()
