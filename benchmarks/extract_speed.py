"""Extraction throughput on one core, over generated reports.

    python -m benchmarks.extract_speed [--n 2000] [--seed 1] [--repeat 5]

Prints MB/s of text through ``store.extract.extract`` in this one process
(one core): the median of ``--repeat`` passes over the same documents, and
the fastest pass (a shared virtual machine moves single passes by ±5 %).
The gazetteer is loaded before the clock starts (once per process, not
per document) and frozen out of the garbage collector's scans, as ingest
has it in its workers.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time

from store.extract import extract
from store.extract.gazetteer import places

from .corpus import generate


def measure(n: int, seed: int, repeat: int = 1) -> dict[str, float]:
    texts = [text for _, text in generate(n, seed)]
    size = sum(len(t.encode("utf-8")) for t in texts)
    places()
    extract(texts[0])
    gc.freeze()  # as ingest does before forking its workers: the gazetteer is not rescanned
    passes: list[float] = []
    figures = entities = 0
    try:
        for _ in range(max(1, repeat)):
            figures = entities = 0
            start = time.perf_counter()
            for text in texts:
                result = extract(text)
                figures += len(result.figures)
                entities += len(result.entities)
            passes.append(time.perf_counter() - start)
    finally:
        gc.unfreeze()
    seconds = statistics.median(passes)
    return {
        "documents": n,
        "megabytes": size / 1e6,
        "seconds": seconds,
        "mb_per_s": size / 1e6 / seconds,
        "best_mb_per_s": size / 1e6 / min(passes),
        "docs_per_s": n / seconds,
        "entities_per_doc": entities / n,
        "figures_per_doc": figures / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="Extraction throughput on one core.")
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="passes over the documents; the median is reported")
    args = parser.parse_args()
    r = measure(args.n, args.seed, args.repeat)
    print(
        f"extraction: {r['documents']} docs, {r['megabytes']:.2f} MB in {r['seconds']:.2f} s "
        f"= {r['mb_per_s']:.2f} MB/s median of {args.repeat} passes (fastest {r['best_mb_per_s']:.2f}), "
        f"{r['docs_per_s']:.0f} docs/s on one core; "
        f"{r['entities_per_doc']:.1f} entities and {r['figures_per_doc']:.1f} figures per doc"
    )


if __name__ == "__main__":
    main()
