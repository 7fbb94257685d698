"""Copies of one release: how alike copies and different releases look, and
what finding copies costs at scale.

    python -m benchmarks.copies --pairs 300            # similarity of copies vs different releases
    python -m benchmarks.copies --n 100000             # the copy step over 100,000 generated reports

``--pairs`` makes republished copies of generated reports (another
headline, a byline, an extra paragraph, a paragraph cut, and all of these
at once, on the shortest reports too) and compares each with its
original; it compares different reports of the one generator (same
template, same agencies) pair by pair too, and prints the distributions
of the estimated Jaccard similarity: the threshold
(``store.copies.THRESHOLD``) must sit between them.

``--n`` runs the copy step as ingest runs it (signature, LSH lookup in the
indexed band table, confirmation, rows written) for every report of a
generated corpus, in a scratch store, without the rest of ingest; it
prints the cost per document and how many reports were grouped as copies:
the corpus holds no copies, so every grouping is a false one. With
``--plant K`` it also plants K made-up copies among the reports and
counts how many were found.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from store import copies
from store.db import create_store, open_writer
from store.ingest import INGEST_CACHE_KIB

from .corpus import generate, report

BYLINES = (
    "By Staff Reporter",
    "By our correspondent | Wire desk",
    "Reporting by a news agency; editing by the night desk",
    "Posted by the newsroom",
)


def republish(text: str, rng: random.Random, how: str, extra: str) -> str:
    """A copy of ``text`` as another outlet might run it."""
    paragraphs = text.split("\n\n")
    if how in ("headline", "headline+byline+extra", "all"):
        paragraphs[0] = "Police operation: " + " ".join(reversed(paragraphs[0].split()[:8]))
    if how in ("byline", "headline+byline+extra", "all"):
        paragraphs.insert(1, rng.choice(BYLINES))
    if how in ("extra", "headline+byline+extra", "all"):
        paragraphs.insert(rng.randint(2, len(paragraphs)), extra)
    if how in ("cut", "all") and len(paragraphs) > 4:
        del paragraphs[rng.randint(2, len(paragraphs) - 2)]
    return "\n\n".join(paragraphs)


def similarity_of(a: str, b: str) -> float:
    sa, sb = copies.signature(a), copies.signature(b)
    assert sa is not None and sb is not None
    return copies.similarity(sa, sb)


def exact_jaccard(a: str, b: str) -> float:
    x, y = copies.shingles(a), copies.shingles(b)
    return len(x & y) / len(x | y)


def describe(values: list[float]) -> str:
    values = sorted(values)
    return (
        f"min {values[0]:.2f} · p5 {values[len(values) // 20]:.2f} · median {statistics.median(values):.2f}"
        f" · max {values[-1]:.2f}"
    )


def pairs(count: int, seed: int) -> None:
    rng = random.Random(seed)
    texts = [t for _, t in generate(count * 2, seed)]
    # The shortest reports are the hardest case: a paragraph is more of them.
    short = [report(random.Random(f"short-{seed}-{i}"), 1_100) for i in range(count)]
    print(f"copies of {count} generated reports (and of {count} reports of about 1.1 KB):")
    for how in ("headline", "byline", "extra", "cut", "headline+byline+extra", "all"):
        for label, pool in (("", texts[:count]), (" (1.1 KB)", short)):
            scores, exact = [], []
            unbanded = 0  # alike enough, but sharing no band: the lookup would not find it
            for i, text in enumerate(pool):
                extra = texts[count + i].split("\n\n")[2]  # a paragraph of another report
                copy = republish(text, rng, how, extra)
                scores.append(similarity_of(text, copy))
                exact.append(exact_jaccard(text, copy))
                a, b = copies.signature(text), copies.signature(copy)
                if scores[-1] >= copies.THRESHOLD and not set(copies.band_keys(a)) & set(copies.band_keys(b)):
                    unbanded += 1
            below = sum(s < copies.THRESHOLD for s in scores)
            print(
                f"  {how + label:<31} estimated {describe(scores)}; exact median {statistics.median(exact):.2f};"
                f" missed: {below} below {copies.THRESHOLD}, {unbanded} sharing no band"
            )
    different = []
    for _ in range(count):
        a, b = rng.sample(texts, 2)
        different.append(similarity_of(a, b))
    same_op = []
    # Two releases of one agency about different operations, from one template:
    # the same report rewritten with another seed keeps the template and vocabulary.
    for i in range(count):
        a = report(random.Random(f"a-{i}"), 3_300)
        b = report(random.Random(f"b-{i}"), 3_300)
        same_op.append(similarity_of(a, b))
    print(f"different reports, random pairs: {describe(different)}")
    print(f"different reports, fresh pairs:  {describe(same_op)}")
    over = sum(s >= copies.THRESHOLD for s in different + same_op)
    print(f"different pairs at or over {copies.THRESHOLD}: {over} of {len(different) + len(same_op)}")


def scale(n: int, seed: int, plant: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "copies.db"
        create_store(path)
        db = open_writer(path)
        conn = db.conn
        # The page cache ingest gives its writer (store/ingest: INGEST_CACHE_KIB).
        conn.execute(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")
        planted: dict[int, int] = {}  # copy's id → its original's id
        scores: list[float] = []  # every candidate's estimated similarity
        measure = copies.similarity

        def recorded(a, b) -> float:
            score = measure(a, b)
            scores.append(score)
            return score

        copies.similarity = recorded  # type: ignore[assignment]
        plant_at = set(rng.sample(range(n // 2, n), plant)) if plant else set()
        kept: list[tuple[int, str]] = []
        step = 0.0
        cpu = 0.0
        grouped = 0
        started = time.perf_counter()
        conn.execute("BEGIN")
        for i, (_, text) in enumerate(generate(n, seed)):
            doc_id = _stub(conn, i)
            t, c = time.perf_counter(), time.process_time()
            if copies.assign_copy(conn, doc_id, text) is not None:
                grouped += 1
            step += time.perf_counter() - t
            cpu += time.process_time() - c
            if len(kept) < 200 and rng.random() < 0.01:
                kept.append((doc_id, text))
            if i in plant_at and kept:
                original_id, original = rng.choice(kept)
                copy_id = _stub(conn, f"copy-{i}")
                t = time.perf_counter()
                copy = republish(original, rng, "all", text.split("\n\n")[2])
                if copies.assign_copy(conn, copy_id, copy) == original_id:
                    planted[copy_id] = original_id
                step += time.perf_counter() - t
            if i % 5000 == 4999:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                print(
                    f"  {i + 1:,} reports: {step / (i + 1) * 1000:.2f} ms per report"
                    f" ({cpu / (i + 1) * 1000:.2f} ms CPU), load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        conn.execute("COMMIT")
        wall = time.perf_counter() - started
        rows = conn.execute("SELECT count(*) FROM document_bands").fetchone()[0]
        db.close()
        size = path.stat().st_size
    print(
        f"{n:,} generated reports: copy step {step / n * 1000:.2f} ms per report, {cpu / n * 1000:.2f} ms CPU"
        f" ({step:.0f} s in all,"
        f" {wall:.0f} s with generating them); false groupings: {grouped}; band rows {rows:,};"
        f" store {size / n:.0f} bytes per report for bands and signatures"
    )
    if plant:
        print(f"planted copies found: {len(planted)} of {plant}")
    copies.similarity = measure  # type: ignore[assignment]
    rejected = sorted(s for s in scores if s < copies.THRESHOLD)
    print(
        f"candidates from the bands: {len(scores):,} ({len(scores) / n:.2f} per report); below the threshold:"
        f" {len(rejected):,}, the highest {rejected[-1] if rejected else 0:.2f}"
    )


def _stub(conn, i) -> int:
    """A documents row without text: the copy step takes the text itself."""
    return conn.execute(
        "INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES (?, '', '', '', '')", (f"{i}",)
    ).lastrowid


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=0)
    parser.add_argument("--n", type=int, default=0)
    parser.add_argument("--plant", type=int, default=0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.pairs:
        pairs(args.pairs, args.seed)
    if args.n:
        scale(args.n, args.seed, args.plant)


if __name__ == "__main__":
    main()
