"""The benchmark harness (issue #5) runs in quick mode, so it never rots."""

from __future__ import annotations

import hashlib
from pathlib import Path

from benchmarks.corpus import generate, write_corpus
from benchmarks.extract_speed import measure
from benchmarks.run import run


def test_corpus_is_deterministic(tmp_path: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    write_corpus(a, 30, seed=5)
    write_corpus(b, 30, seed=5)

    def digest(folder: Path) -> str:
        h = hashlib.sha256()
        for path in sorted(folder.rglob("*.txt")):
            h.update(path.name.encode() + path.read_bytes())
        return h.hexdigest()

    assert digest(a) == digest(b)
    assert [t for _, t in generate(3, seed=6)] != [t for _, t in generate(3, seed=5)]
    text = next(iter(generate(1, seed=5)))[1]
    assert "Operation" in text and "arrests" in text and " – " in text


def test_quick_benchmark_writes_its_table(tmp_path: Path):
    doc = tmp_path / "benchmarks.md"
    table = run([80], tmp_path / "out", doc, quick=True)
    assert doc.read_text() == table
    assert "cores · Python" in table and "SQLite" in table
    row = next(line for line in table.splitlines() if line.startswith("| 80 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert len(cells) == 15
    assert float(cells[3]) > 0  # ingest seconds
    assert "×" in cells[8] and "×" in cells[9]  # first screen and RSS against the seeds store


def test_extraction_speed_benchmark_measures_real_extraction():
    r = measure(12, seed=3, repeat=2)
    assert r["documents"] == 12 and r["megabytes"] > 0.01
    assert r["mb_per_s"] > 0 and r["best_mb_per_s"] >= r["mb_per_s"]
    assert r["entities_per_doc"] > 5 and r["figures_per_doc"] > 1  # the corpus has what reports have
