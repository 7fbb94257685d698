"""How dense the benchmark corpus is against the dev reports, as the
extractor sees them: entities, mentions and figures per KB of text.

    python -m benchmarks.density [--n 1000] [--seed 1] [--dev ../shared/eval/dev]

Both sides go through the same ``store.extract.extract``, so the table
compares like with like whatever the extractor's version. Entities are
counted per document (one per distinct name a document mentions), as the
store's ``document_entities`` rows are.
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from store.extract import ENTITY_TYPES, extract

from .corpus import generate

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DEV = REPO.parent / "shared" / "eval" / "dev"


def density(texts: Iterable[str]) -> dict[str, float]:
    """Per-KB figures of ``texts`` (KB = 1,024 bytes of UTF-8)."""
    sizes: list[int] = []
    entities = mentions = figures = operations = 0
    by_type: Counter = Counter()
    for text in texts:
        sizes.append(len(text.encode("utf-8")))
        result = extract(text)
        entities += len(result.entities)
        mentions += sum(len(e.mentions) for e in result.entities)
        figures += len(result.figures)
        operations += len(result.operations)
        by_type.update(e.type for e in result.entities)
    kb = sum(sizes) / 1024 or 1.0
    out = {
        "documents": len(sizes),
        "kb": kb,
        "median_kb": statistics.median(sizes) / 1024 if sizes else 0.0,
        "entities_per_kb": entities / kb,
        "mentions_per_kb": mentions / kb,
        "figures_per_kb": figures / kb,
        "operations_per_kb": operations / kb,
    }
    for etype in ENTITY_TYPES:
        out[f"{etype}_per_kb"] = by_type[etype] / kb
    return out


def dev_texts(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]


COLUMNS = [
    ("Docs", "documents", "{:,}"),
    ("KB", "kb", "{:,.0f}"),
    ("Median KB", "median_kb", "{:.1f}"),
    ("Entities/KB", "entities_per_kb", "{:.2f}"),
    ("Mentions/KB", "mentions_per_kb", "{:.2f}"),
    ("Figures/KB", "figures_per_kb", "{:.2f}"),
    ("Operations/KB", "operations_per_kb", "{:.2f}"),
    *[(f"{t}/KB", f"{t}_per_kb", "{:.2f}") for t in ENTITY_TYPES],
]


def table(rows: list[tuple[str, dict[str, float]]]) -> str:
    lines = [
        "| Corpus | " + " | ".join(h for h, _, _ in COLUMNS) + " |",
        "|---|" + "---|" * len(COLUMNS),
    ]
    for name, d in rows:
        lines.append(f"| {name} | " + " | ".join(fmt.format(d[key]) for _, key, fmt in COLUMNS) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Entity and figure density: benchmark corpus against dev reports.")
    parser.add_argument("--n", type=int, default=1000, help="generated reports to measure")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    args = parser.parse_args()
    rows = []
    dev = dev_texts(args.dev)
    if dev:
        rows.append((f"dev reports ({args.dev.name})", density(dev)))
    texts = [t for _, t in generate(args.n, args.seed)]
    rows.append((f"benchmark corpus (n={args.n}, seed={args.seed})", density(texts)))
    short = [t for t in texts if len(t.encode("utf-8")) <= 10 * 1024]
    rows.append(("… its reports of 10 KB or less", density(short)))
    print(table(rows))


if __name__ == "__main__":
    main()
