"""Prefix search at scale: snippets made from the page's texts (one full-
text query per page, not one per row), and the folding they rely on."""

from __future__ import annotations

import random
import time
import unicodedata
from pathlib import Path

import pytest

from benchmarks.prefix_search import build, measure, prefix_sets, render, typing_ms
from store.queries import HIT_END, HIT_START, Reader, find_terms, make_snippet
from store.text import fold

from .conftest import store_with

pytestmark = pytest.mark.engines


def marked(snippet: str) -> str:
    return snippet.replace(HIT_START, "[").replace(HIT_END, "]")


def test_snippet_shows_the_stretch_with_most_hits_between_words():
    text = (
        "Police seized cocaine. " * 3
        + "word " * 100
        + "The arrests were made and more arrests followed. "
        + "tail " * 50
    )
    snippet = marked(make_snippet(text, find_terms(text, ["arrest*"])))
    assert "The [arrests] were made and more [arrests] followed." in snippet
    assert snippet.startswith("…word") and snippet.endswith("tail…")
    words = set(text.replace(".", " ").split())
    assert all(w.strip("[].…") in words for w in snippet.split())  # no half word at either end


def test_snippet_without_hits_is_the_start_and_a_short_text_is_whole():
    assert make_snippet("Title only match here.", []) == "Title only match here."
    assert marked(make_snippet("short arrests", find_terms("short arrests", ["arrest*"]))) == "short [arrests]"


def test_search_finds_longer_words_by_prefix_with_highlighted_snippets(db_path: Path, tmp_path: Path):
    texts = {
        "a.txt": "Raid report\nPolice made 40 arrests in Lyon after the raid.",
        "b.txt": "Court report\nThe arrested man appeared in court.\nNothing else.",
        "c.txt": "Other report\nNothing to see here.",
    }
    reader = Reader(store_with(db_path, tmp_path / "docs", texts))
    rows = reader.search("arrest")
    assert reader.count_search("arrest") == 2
    assert {r["title"] for r in rows} == {"Raid report", "Court report"}
    snippets = {r["title"]: marked(r["snippet"]) for r in rows}
    assert "[arrests]" in snippets["Raid report"]
    assert "[arrested]" in snippets["Court report"] and "\n" not in snippets["Court report"]
    assert not snippets["Court report"].startswith("Court report")  # the title is shown beside it already
    assert set(rows[0]) == {"id", "title", "source", "published", "copy_of", "snippet"}
    # pages: offsets keep the ranking's order
    assert [r["id"] for r in reader.search("arrest", 1, 1)] == [rows[1]["id"]]


def _fold_by_character(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def test_the_best_hits_are_short_releases_about_the_word_not_the_longest_files(db_path: Path, tmp_path: Path):
    """The ranking an analyst sees is FTS5's bm25 on both engines: a word in
    the title counts most, and a long file that mentions the word often does
    not bury the short releases about it (PostgreSQL's ts_rank_cd, left to
    itself, put the longest documents first)."""
    filler = "The digest lists the year's cases by region and court. " * 12
    texts = {
        "title.txt": "Cocaine haul at the port\nCustoms officers opened a container on Monday.",
        "short.txt": "Port report\nOfficers found cocaine in a container.",
        "long.txt": "Annual digest\n"
        + "".join(f"{filler}A {'cocaine' if i % 8 == 0 else 'fraud'} case, number {i}.\n" for i in range(40)),
    }
    # releases about other things, as a store holds: the word is not in most documents
    texts |= {f"other{i}.txt": f"Report {i}\nOfficers made {i} arrests for fraud in the capital." for i in range(12)}
    reader = Reader(store_with(db_path, tmp_path / "docs", texts))
    try:
        assert [r["title"] for r in reader.search("cocaine")] == [
            "Cocaine haul at the port",
            "Port report",
            "Annual digest",
        ]
        assert reader.count_search("cocaine") == 3
        assert [r["title"] for r in reader.search("cocaine", limit=1, offset=1)] == ["Port report"]
    finally:
        reader.close()


def test_fold_is_the_same_as_folding_every_character():
    rng = random.Random(3)
    pools = [(0x20, 0x7F), (0x80, 0x3000), (0x300, 0x370), (0x1E00, 0x1F00), (0x10000, 0x1F000)]
    for _ in range(3000):
        text = "".join(chr(rng.randrange(*rng.choice(pools))) for _ in range(rng.randrange(1, 25)))
        assert fold(text) == _fold_by_character(text), repr(text)
    assert fold("José ÉCOLE Straße ﬁ K") == "jose ecole strasse fi k"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 400_000,
        ("Word " * 80_000),
        "1" * 400_000,
        "A-" * 200_000,
        "é" * 400_000,
        "e\u0301" * 200_000,
    ],
)
def test_snippets_and_folding_stay_linear_on_odd_long_texts(text: str):
    start = time.process_time()
    spans = find_terms(text, ["a*", "word*", "111", "e*"])
    make_snippet(text, spans)
    fold(text)
    assert time.process_time() - start < 10  # generous: a quadratic pass would take minutes at 1 MB, tens of s here


def test_prefix_benchmark_builds_a_store_and_times_the_real_queries(tmp_path: Path):
    store = tmp_path / "fts.db"
    build(store, 60, seed=3)
    sets = prefix_sets(store, per_set=3)
    assert set(sets) == {"rare", "mid", "common", "analyst"} and sets["common"]
    results = measure(store, {k: v[:3] for k, v in sets.items()}, rounds=1)
    table = render(60, results, sets)
    assert len(typing_ms(store, ["arrest"], cancel=True, gap=0.01)) == 1
    assert "| common |" in table and Reader(store).count_search("arrest") > 0


def test_a_search_typed_over_is_stopped_not_finished(db_path: Path):
    """cancel_searches() interrupts a full-text query running in another
    thread (the search screen calls it before each new search)."""
    import threading

    from store.engines import database_errors

    reader = Reader(db_path)
    outcome: list[object] = []
    slow = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000)"
        " SELECT count(*) AS n FROM c"
    )

    def run() -> None:
        try:
            outcome.append(reader._all(slow, cancellable=True))
        except database_errors() as exc:
            outcome.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 10
    while not reader.cancel_searches() and time.monotonic() < deadline:
        time.sleep(0.01)  # until the search is registered (on SQLite it stops even if not yet started)
    worker.join(timeout=10)
    if worker.is_alive():  # PostgreSQL: a cancel that came before its statement reached the server
        reader.cancel_searches()
        worker.join(timeout=20)
    assert not worker.is_alive()
    assert isinstance(outcome[0], database_errors()) and ("interrupt" in str(outcome[0]) or "cancel" in str(outcome[0]))
    assert reader.cancel_searches() == 0
    assert reader.count_search("anything") == 0  # the reader works on afterwards
