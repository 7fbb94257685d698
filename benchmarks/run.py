"""docket at scale: builds stores of growing size through the real
``docket ingest`` and measures what an analyst feels.

    python -m benchmarks.run                    # 1,000, 10,000 and 100,000 documents
    python -m benchmarks.run --sizes 1000 --out /tmp/bench --doc /tmp/bench.md
    python -m benchmarks.run --quick            # a small run, as the test suite does
    python -m benchmarks.run --sizes 2000 10000 --ingest-only   # ingest figures alone, quickly

Corpora and stores are kept under --out (default benchmarks/out, ignored by
git) so a second run reuses them. The table goes to --doc (default
docs/benchmarks.md) with the machine's core count and Python/SQLite versions;
what the doc holds below the ``KEEP_MARKER`` line (hand-written analysis) is
kept as it is. Ingest is given in documents/s and MB/s of text, with the
machine's load average when the ingest started and ended: on a shared
machine the figures only mean something beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from .corpus import write_corpus

REPO = Path(__file__).resolve().parents[1]


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def docket(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
    )


def corpus_for(out: Path, n: int, seed: int) -> tuple[Path, int]:
    folder = out / f"corpus-{n}-{seed}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        size = write_corpus(folder, n, seed)
        marker.write_text(str(size))
    return folder, int(marker.read_text())


# Reading and hashing every file of a folder, as its own process started the
# way ``docket`` is below, so both figures include starting Python.
_READ_AND_HASH = """
import hashlib, pathlib, sys
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
    hashlib.sha256(path.read_bytes()).hexdigest()
"""


def read_and_hash(folder: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", _READ_AND_HASH, str(folder)], check=True)
    return time.perf_counter() - start


def timed_docket(*args: str) -> float:
    start = time.perf_counter()
    proc = docket(*args)
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    return time.perf_counter() - start


def typeahead_prefixes(store: Path, count: int, seed: int = 0) -> list[str]:
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    names = [r[0] for r in conn.execute("SELECT key FROM entities ORDER BY id")]
    conn.close()
    rng = random.Random(seed)
    picks = [rng.choice(names) for _ in range(count)] if names else []
    return [name[: rng.randint(2, min(6, max(2, len(name))))] for name in picks]


def timed_ms(store: Path, action, items: list[str]) -> list[float]:
    """Milliseconds ``action(reader, item)`` takes for each item."""
    from store.queries import Reader

    reader = Reader(store)
    times = []
    for item in items:
        start = time.perf_counter()
        action(reader, item)
        times.append((time.perf_counter() - start) * 1000)
    reader.close()
    return times


def store_typeahead_ms(store: Path, prefixes: list[str]) -> list[float]:
    return timed_ms(store, lambda reader, prefix: reader.match_entities(prefix), prefixes)


def fts_term_sets(store: Path, per_set: int = 20) -> dict[str, list[str]]:
    conn = sqlite3.connect(store)  # a temp vocabulary table: nothing is written to the store
    conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'documents_fts', 'row')")
    rows = [(t, d) for t, d in conn.execute("SELECT term, doc FROM temp.vocab WHERE length(term) > 3")]
    conn.close()
    docs = max((d for _, d in rows), default=1)
    rng = random.Random(1)
    rare = [t for t, d in rows if d <= 5 and t.isalpha()]
    mid = [t for t, d in rows if 0.005 * docs <= d <= 0.05 * docs and t.isalpha()]
    common = [t for t, _ in sorted(rows, key=lambda r: -r[1])[:per_set]]
    return {
        "rare": rng.sample(rare, min(per_set, len(rare))),
        "mid": rng.sample(mid, min(per_set, len(mid))),
        "common": common,
    }


def search_ms(store: Path, terms: list[str]) -> list[float]:
    """Count and first page of results with snippets, as the search screen asks."""

    def search(reader, term: str) -> None:
        reader.count_search(term)
        reader.search(term, 0, 50)

    return timed_ms(store, search, terms)


def app_probe(store: Path, prefixes: list[str]) -> dict:
    start = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.app_probe", str(store), repr(start), *prefixes],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    return json.loads(proc.stdout.strip().splitlines()[-1])


#: Alternated runs of the app on a store and on the seeds store, for first screen.
FIRST_SCREEN_RUNS = 5


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes and theirs
    (``docket ingest`` and its worker pool, which it waits for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure_ingest(n: int, out: Path, seed: int) -> dict:
    """A fresh store of ``n`` generated documents through ``docket ingest``."""
    folder, size = corpus_for(out, n, seed)
    store = out / f"store-{n}-{seed}.db"
    for suffix in ("", "-wal", "-shm", "-ingest.lock"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    load_before = load_average()
    cpu_before = _children_cpu()
    start = time.perf_counter()
    proc = docket("ingest", "--db", str(store), "--quiet", str(folder))
    ingest_s = time.perf_counter() - start
    cpu_s = _children_cpu() - cpu_before
    if proc.returncode:
        raise RuntimeError(proc.stderr[-2000:])
    return {
        "n": n,
        "mb": size / 1e6,
        "ingest_s": ingest_s,
        "docs_per_s": n / ingest_s,
        "mb_per_s": size / 1e6 / ingest_s,
        "load": (load_before, load_average()),
        "cpu_s": cpu_s,
        "store": store,
        "folder": folder,
    }


def measure(
    n: int,
    out: Path,
    seed: int,
    *,
    prefixes_n: int,
    keystroke_prefixes: int,
    screen_runs: int = FIRST_SCREEN_RUNS,
    repeats: int = 3,
    seeds_first_screen_s: float | None = None,
) -> dict:
    """``screen_runs=0`` (quick mode) takes the first screens from the
    keystroke probes and ``seeds_first_screen_s`` (the seeds baseline's):
    no alternated runs, two app starts fewer."""
    seeds_store = out / "store-seeds.db"
    ingest = measure_ingest(n, out, seed)
    store, folder, ingest_s, size = ingest["store"], ingest["folder"], ingest["ingest_s"], ingest["mb"] * 1e6
    # Re-ingest of the unchanged folder against reading and hashing it:
    # medians of ``repeats`` (three; one in quick mode), alternated, both with
    # the files in the page cache.
    reingest_runs, hash_runs = [], []
    for _ in range(repeats):
        reingest_runs.append(timed_docket("ingest", "--db", str(store), "--quiet", str(folder)))
        hash_runs.append(read_and_hash(folder))
    reingest_s = statistics.median(reingest_runs)
    hash_s = statistics.median(hash_runs)
    store_bytes = sum(Path(f"{store}{s}").stat().st_size for s in ("", "-wal") if Path(f"{store}{s}").exists())
    prefixes = typeahead_prefixes(store, prefixes_n)
    typeahead = store_typeahead_ms(store, prefixes)
    terms = fts_term_sets(store)
    fts = {kind: search_ms(store, words) for kind, words in terms.items()}
    probes = [app_probe(store, prefixes[:keystroke_prefixes]) for _ in range(repeats)]
    # First screen against the seeds store's, run alternately so that a
    # machine that slows down or speeds up meanwhile moves both alike.
    first_screens, seeds_screens = [], []
    for _ in range(screen_runs):
        first_screens.append(app_probe(store, [])["first_screen_s"])
        seeds_screens.append(app_probe(seeds_store, [])["first_screen_s"])
    if not screen_runs:
        first_screens = [p["first_screen_s"] for p in probes]
        seeds_screens = [seeds_first_screen_s if seeds_first_screen_s is not None else float("nan")]
    probe = {
        "first_screen_s": statistics.median(first_screens),
        "seeds_first_screen_s": statistics.median(seeds_screens),
        "peak_rss_mb": statistics.median(p["peak_rss_mb"] for p in probes),
        "keystroke_ms": [k for p in probes for k in p["keystroke_ms"]],
    }
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    conn.close()
    return {
        "n": n,
        "mb": size / 1e6,
        "entities": entities,
        "ingest_s": ingest_s,
        "docs_per_s": n / ingest_s,
        "mb_per_s": size / 1e6 / ingest_s,
        "load": ingest["load"],
        "cpu_s": ingest["cpu_s"],
        "kb_per_doc": store_bytes / n / 1024,
        "reingest_s": reingest_s,
        "hash_s": hash_s,
        "typeahead_p50": pct(typeahead, 0.5),
        "typeahead_p95": pct(typeahead, 0.95),
        "key_p50": pct(probe["keystroke_ms"], 0.5),
        "key_p95": pct(probe["keystroke_ms"], 0.95),
        "first_screen_s": probe["first_screen_s"],
        "seeds_first_screen_s": probe["seeds_first_screen_s"],
        "rss_mb": probe["peak_rss_mb"],
        **{f"fts_{k}_p50": pct(v, 0.5) for k, v in fts.items()},
        **{f"fts_{k}_p95": pct(v, 0.95) for k, v in fts.items()},
    }


def seeds_baseline(out: Path, runs: int = 3) -> dict:
    store = out / "store-seeds.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    code = (
        "import sys; from pathlib import Path; from tui.cli import ensure_store;"
        " ensure_store(Path(sys.argv[1]), quiet=True)"
    )
    subprocess.run([sys.executable, "-c", code, str(store)], cwd=REPO, capture_output=True, check=True)
    probes = [app_probe(store, []) for _ in range(runs)]
    return {
        "first_screen_s": statistics.median(p["first_screen_s"] for p in probes),
        "rss_mb": statistics.median(p["peak_rss_mb"] for p in probes),
    }


def render(results: list[dict], seeds: dict, quick: bool) -> str:
    import sqlite3 as _sqlite

    lines = [
        "# docket benchmarks",
        "",
        f"Run on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC · {os.cpu_count()} cores · "
        f"Python {platform.python_version()} · SQLite {_sqlite.sqlite_version} · {platform.machine()} · "
        f"{'quick mode' if quick else 'full run'} · `python -m benchmarks.run` · first screen is the median of "
        f"{FIRST_SCREEN_RUNS} runs of the app, alternated with as many on the seeds store; peak RSS the median "
        "of three",
        "",
        "Generated press-release-like reports (`benchmarks/corpus.py`, deterministic; as dense in entities and "
        "figures as the dev reports, mostly 1–10 KB with a tail to 1 MB), ingested with the real "
        "`docket ingest`; Load is the 1-minute load average when the ingest started → ended (the machine's other "
        "work competes for its cores); CPU s is the CPU time of the ingest and its workers, and MB per CPU s the "
        "text it got through per second of one core's time (less moved by the load than MB/s). App figures from "
        "the real app run headless (`benchmarks/app_probe.py`). Re-ingest is "
        "`docket ingest` of the unchanged folder; read+hash is a Python process that reads and sha256es every "
        "file of it (medians of three, alternated).",
        "",
        f"Seeds store: first screen {seeds['first_screen_s']:.2f} s, peak RSS {seeds['rss_mb']:.0f} MB.",
        "",
        "| Documents | Text MB | Entities | Ingest s | Docs/s | MB/s | Load | CPU s (MB per CPU s) | Store KB/doc "
        "| Re-ingest s / read+hash s "
        "| First screen s / seeds s (×) | Peak RSS MB (× seeds) | Type-ahead query p50/p95 ms "
        "| Keystroke→list p50/p95 ms | FTS rare p50/p95 ms | FTS mid p50/p95 ms | FTS common p50/p95 ms |",
        "|" + "---|" * 17,
    ]
    for r in results:
        lines.append(
            f"| {r['n']:,} | {r['mb']:.1f} | {r['entities']:,} | {r['ingest_s']:.1f} | {r['docs_per_s']:.0f} "
            f"| {r['mb_per_s']:.2f} | {r['load'][0]:.1f} → {r['load'][1]:.1f} "
            f"| {r['cpu_s']:.1f} ({r['mb'] / r['cpu_s']:.2f}) | {r['kb_per_doc']:.1f} "
            f"| {r['reingest_s']:.2f} / {r['hash_s']:.2f} ({r['reingest_s'] / r['hash_s']:.2f}×) "
            f"| {r['first_screen_s']:.2f} / {r['seeds_first_screen_s']:.2f} "
            f"({r['first_screen_s'] / r['seeds_first_screen_s']:.2f}×) "
            f"| {r['rss_mb']:.0f} ({r['rss_mb'] / seeds['rss_mb']:.2f}×) "
            f"| {r['typeahead_p50']:.1f} / {r['typeahead_p95']:.1f} | {r['key_p50']:.0f} / {r['key_p95']:.0f} "
            f"| {r['fts_rare_p50']:.1f} / {r['fts_rare_p95']:.1f} | {r['fts_mid_p50']:.1f} / {r['fts_mid_p95']:.1f} "
            f"| {r['fts_common_p50']:.1f} / {r['fts_common_p95']:.1f} |"
        )
    if len(results) > 1:
        a, b = results[0], results[-1]
        scale = (b["ingest_s"] / a["ingest_s"]) / (b["n"] / a["n"])
        lines += [
            "",
            f"Ingest time grew {b['ingest_s'] / a['ingest_s']:.1f}× for {b['n'] / a['n']:.0f}× the documents "
            f"({scale:.2f}× per document: 1.00 is linear).",
        ]
    return "\n".join(lines) + "\n"


def run(sizes: list[int], out: Path, doc: Path | None, *, seed: int = 7, quick: bool = False) -> str:
    out.mkdir(parents=True, exist_ok=True)
    prefixes_n = 20 if quick else 200
    keystroke_prefixes = 3 if quick else 15
    seeds = seeds_baseline(out, runs=1 if quick else 3)
    results = []
    for n in sizes:
        print(f"measuring {n:,} documents…", file=sys.stderr, flush=True)
        results.append(
            measure(
                n,
                out,
                seed,
                prefixes_n=prefixes_n,
                keystroke_prefixes=keystroke_prefixes,
                screen_runs=0 if quick else FIRST_SCREEN_RUNS,
                repeats=1 if quick else 3,
                seeds_first_screen_s=seeds["first_screen_s"],
            )
        )
    table = render(results, seeds, quick)
    if doc is not None:
        write_doc(doc, table)
    return table


#: In docs/benchmarks.md, what follows this line is written by hand and kept.
KEEP_MARKER = "<!-- benchmarks.run rewrites what is above this line and keeps what is below -->"


def write_doc(doc: Path, table: str) -> None:
    """The generated table, and the hand-written part the doc already has."""
    kept = ""
    if doc.exists():
        old = doc.read_text(encoding="utf-8")
        if KEEP_MARKER in old:
            kept = old[old.index(KEEP_MARKER) :]
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(table + ("\n" + kept if kept else ""), encoding="utf-8")


def ingest_only(sizes: list[int], out: Path, seed: int) -> str:
    """Ingest throughput alone (no re-ingest, no app probes): quick on a shared machine."""
    out.mkdir(parents=True, exist_ok=True)
    lines = [
        "| Documents | Text MB | KB/doc | Ingest s | Docs/s | MB/s | Load (1 min, start → end) "
        "| CPU s (MB per CPU s) |",
        "|" + "---|" * 8,
    ]
    for n in sizes:
        print(f"ingesting {n:,} documents…", file=sys.stderr, flush=True)
        r = measure_ingest(n, out, seed)
        lines.append(
            f"| {n:,} | {r['mb']:.1f} | {r['mb'] * 1e3 / n:.1f} | {r['ingest_s']:.1f} | {r['docs_per_s']:.0f} "
            f"| {r['mb_per_s']:.2f} | {r['load'][0]:.1f} → {r['load'][1]:.1f} "
            f"| {r['cpu_s']:.1f} ({r['mb'] / r['cpu_s']:.2f}) |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="docket benchmarks")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out")
    parser.add_argument("--doc", type=Path, default=REPO / "docs" / "benchmarks.md")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="small sizes, few probes (what the tests run)")
    parser.add_argument("--ingest-only", action="store_true", help="ingest throughput alone; the doc is not written")
    args = parser.parse_args()
    sizes = [100, 400] if args.quick else args.sizes
    if args.ingest_only:
        print(ingest_only(sizes, args.out, args.seed))
        return
    print(run(sizes, args.out, args.doc, seed=args.seed, quick=args.quick))


if __name__ == "__main__":
    main()
