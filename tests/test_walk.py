"""What a new user's walk through every key of the help found (issue 14's
check, repeated): each inconsistency fixed, with the Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Static

from store.queries import HIT_END, HIT_START
from tui.app import make_app
from tui.display import MARK_STYLES
from tui.entity import EntityScreen
from tui.main import MainScreen
from tui.operation import OperationScreen
from tui.paged_list import PagedList
from tui.reader import ReaderScreen
from tui.search import SearchScreen, render_result

from .conftest import store_with
from .test_app import screen_text, settle

TEXTS = {
    "a.txt": "Panama report\nOperation Lionfish, held in 2013 by INTERPOL, led to 142 arrests in Panama. "
    "INTERPOL said the arrests followed months of work. INTERPOL thanked Panama.",
    "b.txt": "Colombia report\nOperation Lionfish, held in 2018 by INTERPOL, led to 1,300 arrests in Colombia.",
    "c.txt": "A very long title about a maritime exercise in Southeast Asia and what it found at sea\n"
    "The exercise ran for two weeks across the region, and officers checked many vessels in ports. "
    "In the end 18 suspects were arrested.",
}


@pytest.fixture
def walk_db(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", TEXTS)


def status(app) -> str:
    return str(app.screen.query_one("#reader-status", Static).content)


async def test_d_opens_the_row_under_the_cursor_in_every_list(walk_db: Path):
    """The help says `enter  d: open the row under the cursor` for lists:
    `d` did nothing in the entity detail, the search results and the
    operation detail."""
    app = make_app(walk_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"arrest", "escape", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.search_query == "arrest"
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("e", *"interpol", "down", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.entity_id is not None
        await pilot.press("escape", "tab", "d")  # the "Found with" list: another entity
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen) and app.screen.entity["name"] != "INTERPOL"
        await pilot.press("escape", "escape")
        app.screen.query_one("#operations", PagedList).focus()
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, OperationScreen)
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.evidence


async def test_stepping_through_mentions_says_which_one(walk_db: Path):
    app = make_app(walk_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"interpol", "down", "d")
        await settle(app, pilot)
        await pilot.press("enter")  # the 2013 report: INTERPOL three times
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert "INTERPOL" in status(app) and "mention 1 of 3" in status(app)
        await pilot.press("n")
        assert "mention 2 of 3" in status(app)
        await pilot.press("N", "N")
        assert "mention 3 of 3" in status(app)


async def test_forward_into_the_reader_says_where_you_were(walk_db: Path):
    app = make_app(walk_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"arrest", "escape", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("n")
        said = status(app)
        assert said.startswith("Hit 2 of")
        await pilot.press("left_square_bracket", "right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert status(app) == said


def test_a_search_result_shows_its_hit_however_long_the_title():
    row = {
        "title": "Jackal III: around 300 arrests as INTERPOL hits Black Axe and other West African groups",
        "snippet": f"…the operation ran over several weeks, in which {HIT_START}arrests{HIT_END} were made across",
    }
    text = render_result(row, 78)
    text.truncate(78)
    assert "Jackal III" in text.plain
    assert "which arrests were made" in text.plain  # the hit in view, spaces kept around it
    hits = [text.plain[s.start : s.end] for s in text.spans if s.style == MARK_STYLES["hit"]]
    assert hits == ["arrests"]


async def test_search_results_at_80_columns_show_the_hit(walk_db: Path):
    app = make_app(walk_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"arrested")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        line = next(line for line in screen_text(app).splitlines() if "A very long title" in line)
        assert "arrested" in line


async def test_the_palette_tells_two_editions_of_an_operation_apart(walk_db: Path):
    app = make_app(walk_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p", *"lionfish")
        await settle(app, pilot)
        await pilot.pause(0.5)
        assert CommandPalette.is_open(app)
        text = screen_text(app)
        assert "Lionfish 2013" in text and "Lionfish 2018" in text


async def test_c_on_the_chart_stays_on_it_as_slash_on_search_and_help_on_help(walk_db: Path):
    """`c` on the chart pushed a second chart, so `esc` seemed to do nothing."""
    app = make_app(walk_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("c", "y", "c")
        await settle(app, pilot)
        assert [type(s).__name__ for s in app.screen_stack][1:] == ["MainScreen", "ChartScreen"]
        assert app.screen.by_year  # the chart as you left it
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
