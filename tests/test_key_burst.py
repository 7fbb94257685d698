"""Keys typed in one burst right after the key that opens a text box (a
paste, a fast typist) land in the box, in order, whatever the timing:
none of them runs as a command."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from textual import events
from textual.keys import _character_to_key, _get_unicode_name_from_key

from tui.app import make_app
from tui.boxes import TextBox
from tui.main import MainScreen
from tui.search import SearchScreen

from .conftest import store_with
from .test_app import settle

TEXTS = {
    "a.txt": "Alpha report\nEuropol and INTERPOL met in Lyon. Operation Kestrel led to 40 arrests.",
    "b.txt": "Beta report\nINTERPOL met in Vienna. Jane Roe, Director of Police, said 12 arrests were made.",
}


@pytest.fixture
def small_db(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", TEXTS)


def key_event(key: str) -> events.Key:
    """The event a terminal sends for ``key`` (a character or a key name)."""
    if len(key) == 1:
        return events.Key(key if key.isalnum() else _character_to_key(key), key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(key))
    except KeyError:
        char = None
    return events.Key(key, char)


def burst(app, *items: str | events.Event) -> None:
    """Send every key (or event) to the app at once, with no pause between
    them: all of them are queued before the first is handled."""
    for item in items:
        event = key_event(item) if isinstance(item, str) else item
        event.set_sender(app)
        app._driver.send_message(event)


def screens(app) -> list[str]:
    return [type(s).__name__ for s in app.screen_stack]


async def test_keys_right_after_slash_land_in_the_search_box(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        # every one of these is a command out of a box: help, chart, back, quit…
        burst(app, "/", *"?c[]rq/ed 0s")
        await settle(app, pilot)
        assert screens(app) == ["Screen", "MainScreen", "SearchScreen"]
        box = app.screen.query_one(TextBox)
        assert box.value == "?c[]rq/ed 0s"
        assert app.focused is box


async def test_a_paste_right_after_slash_lands_in_the_box_in_order(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        burst(app, "/", *"ly", events.Paste("on c?q"), *"[x]")
        await settle(app, pilot)
        assert screens(app)[-1] == "SearchScreen"
        assert app.screen.query_one(TextBox).value == "lyon c?q[x]"


async def test_keys_right_after_e_land_in_the_entity_box(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        burst(app, "e", *"int?c/q", "backspace", "backspace")
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen) and len(app.screen_stack) == 2
        box = app.screen.query_one("#entity-search", TextBox)
        assert box.value == "int?c"
        assert app.focused is box


async def test_esc_in_a_burst_still_leaves_the_box(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        burst(app, "/", *"lyon", "escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(TextBox).value == "lyon"
        assert app.focused is not None and app.focused.id == "search-results"
        # then keys are commands again
        await pilot.press("c")
        await settle(app, pilot)
        assert screens(app)[-1] == "ChartScreen"
