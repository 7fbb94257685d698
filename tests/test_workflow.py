"""The analyst's workflow (issue #4), driven through the Pilot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Static

from store.db import open_writer
from store.ingest import ingest_paths
from tui.app import make_app
from tui.chart import ChartScreen
from tui.entity import EntityScreen
from tui.help import HelpScreen
from tui.main import MainScreen
from tui.operation import OperationScreen
from tui.paged_list import PagedList
from tui.reader import ReaderScreen, ReaderView
from tui.search import SearchScreen

from .conftest import DEV, store_with
from .test_app import assert_no_controls, screen_text, settle

pytestmark = pytest.mark.engines

REPORTS = {
    "a.txt": "Operation Kestrel nets 40 arrests\nLYON, France – INTERPOL said Operation Kestrel, "
    "run in 2021, led to 40 arrests and the seizure of 2 tonnes of cocaine. Cocaine was hidden in "
    "fruit. Anna Berg, Director of the Swedish Police Authority, said cocaine trafficking grew.",
    "b.txt": "Kestrel follow-up\nTHE HAGUE, Netherlands – Europol confirmed that Operation Kestrel "
    "led to 40 arrests. Europol and INTERPOL worked together in Spain.",
    "c.txt": "Fishing patrols\nMADRID, Spain – The Guardia Civil inspected vessels in the Atlantic. "
    "Operation Tern rescued 12 victims of human trafficking.",
}


@pytest.fixture
def corpus_db(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", REPORTS)


def entity_names(app) -> list[str]:
    return [r["name"] for r in app.screen.query_one("#entities", PagedList).loaded_rows()]


async def test_full_text_search_ranks_highlights_and_steps_through_hits(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"cocaine")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        results = app.screen.query_one("#search-results", PagedList)
        assert results.count == 1
        row = results.loaded_rows()[0]
        assert row["title"] == "Operation Kestrel nets 40 arrests"
        assert "\ue000cocaine\ue001" in row["snippet"].lower()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        reader = app.screen
        assert len(reader.marks) == 3  # three "cocaine"s, case-insensitive
        first = reader.mark_index
        await pilot.press("n")
        assert reader.mark_index == first + 1
        await pilot.press("N", "N")
        assert reader.mark_index == len(reader.marks) - 1  # wraps around
        assert "Hit 3 of 3" in str(app.screen.query_one("#reader-status", Static).content)


#: What an analyst may type into the search box that FTS5 (or tsquery) would
#: take as syntax, or fail on.
ODD_SEARCHES = ['"', '""', "   ", "*", "NOT", "col:term", "(((", "cocaine AND", "-x", 'a"b', "^", "NEAR(a b)"]


async def test_any_search_string_is_safe(corpus_db: Path):
    """Each odd string in turn, in one session (one app per string cost CI a
    minute): results, "No matches" or a hint, never an error, and the app
    keeps running."""
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for typed in ODD_SEARCHES:
            await pilot.press("slash", *typed)
            await settle(app, pilot)
            assert isinstance(app.screen, SearchScreen) and app.is_running, typed
            assert app.screen.query_one("#search-input").value == typed  # a fresh box each time
            status = str(app.screen.query_one("#search-status", Static).content)
            assert status, typed
            assert "rror" not in status, (typed, status)
            await pilot.press("escape", "escape")  # out of the box, then back
            await settle(app, pilot)
            assert isinstance(app.screen, MainScreen), typed


async def test_entity_type_filters_sorts_and_typo_tolerance(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        entities = app.screen.query_one("#entities", PagedList)
        entities.focus()
        await pilot.press("2")  # organisations
        await settle(app, pilot)
        assert {r["type"] for r in entities.loaded_rows()} == {"ORG"}
        await pilot.press("4")  # operations
        await settle(app, pilot)
        assert set(entity_names(app)) == {"Kestrel", "Tern"}
        await pilot.press("s", "s")  # mentions → documents → name
        await settle(app, pilot)
        assert entity_names(app) == ["Kestrel", "Tern"]
        assert "by name" in str(app.screen.query_one("#entities-pane").border_subtitle)
        await pilot.press("0", "e", *"interpl")  # a typo
        await settle(app, pilot)
        assert entity_names(app)[0] == "INTERPOL"
        assert "close match" in str(app.screen.query_one("#entities-pane").border_title)


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_entity_detail_lists_context_and_cooccurring_entities(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"europol", "down", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        docs = app.screen.query_one("#entity-docs", PagedList)
        (row,) = docs.loaded_rows()
        assert row["title"] == "Kestrel follow-up"
        assert row["context"].startswith("THE HAGUE, Netherlands – Europol confirmed")
        cooc = [r["name"] for r in app.screen.query_one("#entity-cooc", PagedList).loaded_rows()]
        assert "INTERPOL" in cooc and "Kestrel" in cooc
        # Enter on a co-occurring entity jumps to it; back returns
        cooc_list = app.screen.query_one("#entity-cooc", PagedList)
        cooc_list.focus()
        cooc_list.cursor = cooc.index("INTERPOL")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen) and app.screen.entity["name"] == "INTERPOL"
        # Enter on a document opens it with that entity's mentions to step through
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.marks and app.screen.entity_id is not None
        assert "INTERPOL" in str(app.screen.query_one("#reader-status", Static).content)


async def test_same_figure_from_two_documents_counts_once(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        rows = {r["name"]: r for r in app.screen.query_one("#operations", PagedList).loaded_rows()}
        assert rows["Kestrel"]["arrests"] == 40  # reported by two documents, counted once
        assert rows["Kestrel"]["documents"] == 2
        app.open_operation(next(r["id"] for r in app.screen.operation_rows if r["name"] == "Kestrel"), "Kestrel")
        await settle(app, pilot)
        assert isinstance(app.screen, OperationScreen)
        figures = app.screen.query_one("#figures", PagedList).loaded_rows()
        arrests = [r for r in figures if r["metric"] == "arrests"]
        assert [r["kind"] for r in arrests] == ["figure", "source"]
        assert {r["source_row"]["title"] for r in arrests} == {"Operation Kestrel nets 40 arrests", "Kestrel follow-up"}


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_back_and_forward_history_like_a_browser(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")  # read the first document
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("left_square_bracket")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("slash")  # a new view clears forward
        await settle(app, pilot)
        await pilot.press("escape", "escape", "escape")  # out of the box, back to the reader, back
        assert isinstance(app.screen, MainScreen)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_help_lists_every_key(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "full-text search" in text and "find an entity, operation or document" in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_command_palette_jumps_to_an_entity(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"Europol")
        await pilot.pause(0.5)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        assert app.screen.entity["name"] == "Europol"


async def test_refresh_shows_documents_ingested_while_open(corpus_db: Path, tmp_path: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        docs = app.screen.query_one("#documents", PagedList)
        assert docs.count == 3
        late = tmp_path / "late"
        late.mkdir()
        (late / "d.txt").write_text("Late report\nINTERPOL met in Rome.", encoding="utf-8")
        db = open_writer(corpus_db)
        ingest_paths(db, [late])
        db.close()
        await pilot.press("r")
        await settle(app, pilot)
        assert docs.count == 4


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_chart_of_a_metric_by_operation_and_year(corpus_db: Path):
    app = make_app(corpus_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        chart = str(app.screen.query_one("#chart", Static).content)
        assert "Kestrel" in chart and "█" in chart and "40" in chart
        await pilot.press("2")  # rescued
        await settle(app, pilot)
        assert "Tern" in str(app.screen.query_one("#chart", Static).content)
        await pilot.press("1", "y")  # arrests by year
        await settle(app, pilot)
        assert "2021" in str(app.screen.query_one("#chart", Static).content)


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_every_screen_fits_small_and_large_terminals(corpus_db: Path, size):
    app = make_app(corpus_db)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        for title in ("Documents", "Entities", "Operations"):
            assert title in text
        assert "Quit" in text.splitlines()[-1]  # the footer is on screen
        for key in ("enter", "escape", "d", "escape", "slash", "escape", "escape", "c", "escape"):
            await pilot.press(key)
            await settle(app, pilot)
            assert_no_controls(screen_text(app))
        assert isinstance(app.screen, MainScreen)


async def test_dev_reports_open_without_errors():
    """Every evaluation report opens in the reader (a real-corpus smoke test)."""
    if not DEV.exists():
        pytest.skip("evaluation reports not available")
    import tempfile

    from store.db import create_store

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dev.db"
        create_store(path)
        db = open_writer(path)
        docs = Path(tmp) / "docs"
        docs.mkdir()
        for f in DEV.glob("*.txt"):
            shutil.copy(f, docs / f.name)
        ingest_paths(db, [docs])
        db.close()
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            documents = app.screen.query_one("#documents", PagedList)
            for i in range(documents.count or 0):
                documents.cursor = i
                await pilot.press("enter")
                await settle(app, pilot)
                assert isinstance(app.screen, ReaderScreen)
                assert app.screen.query_one(ReaderView).visible_text()
                await pilot.press("escape")
            assert isinstance(app.screen, MainScreen)
