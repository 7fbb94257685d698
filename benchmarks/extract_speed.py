"""Extraction throughput on one core, over generated reports.

    python -m benchmarks.extract_speed [--n 2000] [--seed 1] [--repeat 5] [--dev]

Prints MB/s of text through ``store.extract.extract`` in this one process
over the benchmark corpus (``benchmarks/corpus.py``: as dense as the dev
reports, mostly 1-10 KB with a long tail; ``--dev`` also measures the dev
reports themselves, repeated to about 1 MB)
(one core): the median of ``--repeat`` passes over the same documents, and
the fastest pass (a shared virtual machine moves single passes by ±5 %).
The gazetteer is loaded before the clock starts (once per process, not
per document) and frozen out of the garbage collector's scans, as ingest
has it in its workers.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import time

from store.extract import extract
from store.extract.gazetteer import places

from .corpus import generate
from .density import DEFAULT_DEV, dev_texts


def measure(n: int, seed: int, repeat: int = 1, texts: list[str] | None = None) -> dict[str, float]:
    if texts is None:
        texts = [text for _, text in generate(n, seed)]
    n = len(texts)
    size = sum(len(t.encode("utf-8")) for t in texts)
    places()
    extract(texts[0])
    gc.freeze()  # as ingest does before forking its workers: the gazetteer is not rescanned
    passes: list[float] = []
    cpu_passes: list[float] = []
    figures = entities = 0
    try:
        for _ in range(max(1, repeat)):
            figures = entities = 0
            start = time.perf_counter()
            cpu_start = time.process_time()
            for text in texts:
                result = extract(text)
                figures += len(result.figures)
                entities += len(result.entities)
            passes.append(time.perf_counter() - start)
            cpu_passes.append(time.process_time() - cpu_start)
    finally:
        gc.unfreeze()
    seconds = statistics.median(passes)
    return {
        "documents": n,
        "megabytes": size / 1e6,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds,
        "best_mb_per_s": size / 1e6 / min(passes),
        "cpu_mb_per_s": size / 1e6 / statistics.median(cpu_passes),
        "docs_per_s": n / seconds,
        "kb_per_doc": size / 1024 / n,
        "cpu_load": _load(),
        "entities_per_doc": entities / n,
        "figures_per_doc": figures / n,
    }


def _load() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def _line(label: str, r: dict[str, float], repeat: int) -> str:
    return (
        f"{label}: {r['documents']} docs ({r['kb_per_doc']:.1f} KB each on average), {r['megabytes']:.2f} MB "
        f"in {r['seconds']:.2f} s = {r['mb_per_s']:.2f} MB/s median of {repeat} passes (fastest "
        f"{r['best_mb_per_s']:.2f}; {r['cpu_mb_per_s']:.2f} MB per CPU s), {r['docs_per_s']:.0f} docs/s "
        f"on one core; {r['entities_per_doc']:.1f} entities "
        f"and {r['figures_per_doc']:.1f} figures per doc; load average {r['cpu_load']:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Extraction throughput on one core.")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the documents; the median is reported")
    parser.add_argument("--dev", action="store_true", help="also the dev reports, repeated to about 1 MB")
    args = parser.parse_args()
    print(_line("extraction, benchmark corpus", measure(args.n, args.seed, args.repeat), args.repeat))
    if args.dev:
        dev = dev_texts(DEFAULT_DEV)
        if dev:
            copies = max(1, round(1e6 / sum(len(t.encode("utf-8")) for t in dev)))
            print(_line("extraction, dev reports", measure(0, 0, args.repeat, texts=dev * copies), args.repeat))


if __name__ == "__main__":
    main()
