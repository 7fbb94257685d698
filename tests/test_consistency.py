"""One model for keys, focus and feedback across every screen (issue 14):
the Pilot presses keys on the real app; assertions are on what widgets hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.style import Style
from textual.command import CommandPalette
from textual.widgets import OptionList, Static

from tui import display
from tui.app import make_app
from tui.boxes import TextBox
from tui.chart import ChartScreen, chart_title
from tui.entity import EntityScreen
from tui.help import HelpScreen
from tui.main import MainScreen
from tui.paged_list import PagedList
from tui.reader import ReaderScreen
from tui.search import SearchScreen

from .conftest import store_with
from .test_app import screen_text, settle

pytestmark = pytest.mark.engines

TEXTS = {
    "a.txt": "Alpha report\nEuropol and INTERPOL met in Lyon. Operation Kestrel led to 40 arrests.",
    "b.txt": "Beta report\nINTERPOL met in Vienna. Jane Roe, Director of Police, said 12 arrests were made.",
    "c.txt": "Gamma report\nPolice in Rome seized 3 tonnes of cocaine. Operation Tern rescued 9 victims.",
}


@pytest.fixture
def small_db(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", TEXTS)


def mode(app) -> str:
    return str(app.screen.query_one("#mode").render()).strip()


def footer_line(app) -> str:
    return screen_text(app).splitlines()[-1]


# ------------------------------------------------------------------ keys & focus


@pytest.mark.once("keys and focus")
async def test_anywhere_keys_are_commands_until_you_type_in_a_box(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        box = app.screen.query_one("#entity-search", TextBox)
        assert mode(app) == "KEYS"
        await pilot.press("e", *"int?")  # in the box: every printable key is text
        await settle(app, pilot)
        assert box.value == "int?" and mode(app) == "TYPING"
        assert isinstance(app.screen, MainScreen)
        assert "? Help" not in footer_line(app)  # not offered while it would be typed
        await pilot.press("escape")  # out of the box: keys are commands again
        assert app.focused is app.screen.query_one("#entities", PagedList)
        assert mode(app) == "KEYS" and box.value == "int?"
        for key, screen in (("question_mark", HelpScreen), ("slash", SearchScreen)):
            await pilot.press(key)
            await settle(app, pilot)
            assert isinstance(app.screen, screen)
            await pilot.press("escape")
            if screen is SearchScreen:
                await pilot.press("escape")  # out of the search box, then back
            assert isinstance(app.screen, MainScreen)
        assert box.value == "int?"
        # ↓ leaves the box too, and the box is not on the Tab path
        await pilot.press("e", "down")
        assert app.focused.id == "entities"
        await pilot.press("tab")
        assert app.focused.id == "operations"


@pytest.mark.once("keys and focus")
async def test_search_box_takes_text_and_lets_go_with_esc(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"lyon [x] c r")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(TextBox).value == "lyon [x] c r"
        await pilot.press("escape")
        assert app.focused.id == "search-results" and mode(app) == "KEYS"
        await pilot.press("c")  # a command again
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        await pilot.press("left_square_bracket")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("slash")  # on the search screen: back into its box
        assert isinstance(app.focused, TextBox) and mode(app) == "TYPING"


@pytest.mark.once("keys")
@pytest.mark.parametrize("path", ["reader", "entity", "search", "chart", "help"])
async def test_q_quits_from_every_screen(small_db: Path, path: str):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        keys = {
            "reader": ["enter"],
            "entity": ["tab", "d"],
            "search": ["slash", "escape"],
            "chart": ["c"],
            "help": ["question_mark"],
        }[path]
        for key in keys:
            await pilot.press(key)
            await settle(app, pilot)
        assert not isinstance(app.screen, MainScreen)
        if path != "help":
            assert "q Quit" in footer_line(app)
        await pilot.press("q")
        assert app.return_code == 0  # exit() was called: the app is leaving


@pytest.mark.once("keys and focus")
async def test_keys_act_on_the_focused_pane_only(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        main = app.screen
        assert app.focused.id == "documents"
        await pilot.press("s", "1")  # s sorts the Documents pane itself; no type filter from it
        await settle(app, pilot)
        assert (main.entity_sort, main.operation_sort, main.entity_type) == ("mentions", "documents", None)
        assert main.document_sort == "date"
        assert "s Sort" in footer_line(app)
        await pilot.press("d")  # detail of the document under the cursor: the reader
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.doc_id == main.query_one("#documents", PagedList).current["id"]
        await pilot.press("escape", "tab", "s")
        await settle(app, pilot)
        assert main.entity_sort == "documents" and main.operation_sort == "documents"
        await pilot.press("tab", "s")
        await settle(app, pilot)
        assert main.operation_sort == "arrests" and main.entity_sort == "documents"


# ---------------------------------------------------------------------- history


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_forward_into_search_restores_query_results_and_cursor(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"interpol", "escape", "j")
        await settle(app, pilot)
        results = app.screen.query_one("#search-results", PagedList)
        assert results.count == 2 and results.cursor == 1
        await pilot.press("left_square_bracket")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(TextBox).value == "interpol"
        results = app.screen.query_one("#search-results", PagedList)
        assert results.count == 2 and results.cursor == 1
        assert app.focused is results
        assert "2 document(s)" in str(app.screen.query_one("#search-status", Static).content)


@pytest.mark.once("cursors and keys")
async def test_back_and_refresh_keep_each_lists_cursor(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        docs = app.screen.query_one("#documents", PagedList)
        await pilot.press("j", "j", "enter")
        await settle(app, pilot)
        await pilot.press("left_square_bracket")
        await settle(app, pilot)
        assert docs.cursor == 2
        await pilot.press("r")
        await settle(app, pilot)
        assert docs.cursor == 2
        await pilot.press("tab", "d")  # an entity's detail; move; away and forward again
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        cooc = app.screen.query_one("#entity-cooc", PagedList)
        cooc.focus()
        await pilot.press("j")
        await pilot.press("left_square_bracket", "right_square_bracket")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        cooc = app.screen.query_one("#entity-cooc", PagedList)
        assert cooc.cursor == 1 and app.focused is cooc


# ---------------------------------------------------------------- help, palette


@pytest.mark.once("layout")
async def test_help_fits_80x24_and_scrolls_like_a_list(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        scroll = app.screen.query_one("#help-scroll")
        assert scroll.outer_size.width <= 80
        table = app.screen.query_one("#help-table")
        assert table.virtual_region.width <= scroll.scrollable_content_region.width  # no cut, no wrap
        text = screen_text(app)
        assert "this help" in text and "…" not in text.replace('"…"', "")
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g", "j", "j")
        await pilot.pause()
        assert scroll.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert scroll.scroll_y == 1


def palette_prompts(app) -> list[str]:
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.once("the palette's entries")
async def test_palette_offers_dockets_own_things_not_generic_commands(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert isinstance(app.screen, CommandPalette)
        assert "Find an entity, operation or document" in screen_text(app)
        shown = "\n".join(palette_prompts(app))
        assert "Search documents" in shown and "OPERATION" in shown and "INTERPOL" in shown
        for generic in ("theme", "Screenshot", "Quit the application", "Maximize"):
            assert generic.lower() not in shown.lower()
        await pilot.press(*"b.txt")  # a document by its file name
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert any("Beta report" in p for p in palette_prompts(app))
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.document["title"] == "Beta report"


# ------------------------------------------------------------------------ chart


def test_chart_titles_read_right():
    assert chart_title("seized", False) == "Seizure figures per operation (largest 40)"
    assert chart_title("arrests", True).startswith("Arrests per year")
    assert "seizure seizure" not in chart_title("seized", True).lower()


@pytest.mark.once("layout")
async def test_chart_footer_fits_80_columns(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        footer = footer_line(app)
        for shown in ("Back", "Metric", "Year/op", "Quit", "palette"):
            assert shown in footer
        title = str(app.screen.query_one("#chart-title", Static).content)
        assert all(len(line) <= 78 for line in title.splitlines())
        assert "Arrests per operation" in title


# ----------------------------------------------------------------------- states


async def test_empty_store_says_what_to_do(db_path: Path):
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        docs = app.screen.query_one("#documents", PagedList)
        assert docs.state == "empty"
        shown = " ".join(docs.render_line(y).text.strip() for y in range(3))
        assert "No documents yet — run: docket ingest PATH" in shown


async def test_loading_failed_and_empty_lists_are_told_apart(small_db: Path):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        docs = app.screen.query_one("#documents", PagedList)

        def boom(*_):
            raise RuntimeError("disk I/O error")

        docs.load(boom, boom)
        assert docs.state == "loading"
        await settle(app, pilot)
        assert docs.state == "failed"
        shown = " ".join(docs.render_line(y).text.strip() for y in range(3))
        assert "Could not read the store: disk I/O error" in shown
        # a later page that fails says so on its lines instead of "…" forever
        docs.PAGE_SIZE = 1
        docs.load(lambda: 3, lambda o, n: [{"id": 1, "title": "first"}] if o == 0 else boom())
        await settle(app, pilot)
        assert docs.state == "ready"
        docs.render_line(1)
        await settle(app, pilot)
        assert docs.render_line(1).text.startswith("Could not read these rows: disk I/O")


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_a_detail_that_cannot_be_read_says_so(small_db: Path, monkeypatch):
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)

        def boom(*_):
            raise RuntimeError("database disk image is malformed")

        monkeypatch.setattr(app.reader, "document", boom)
        monkeypatch.setattr(app.reader, "entity", boom)
        await pilot.press("enter")
        await settle(app, pilot)
        header = str(app.screen.query_one("#reader-header", Static).content)
        assert "Could not read document" in header and "malformed" in header
        await pilot.press("escape", "tab", "d")
        await settle(app, pilot)
        header = str(app.screen.query_one("#entity-header", Static).content)
        assert "Could not read entity" in header and "Loading" not in header


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_refresh_says_how_many_documents_arrived(small_db: Path, tmp_path: Path):
    from store.db import open_writer
    from store.ingest import ingest_paths

    app = make_app(small_db)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        assert "No new documents (3 in the store)" in [n.message for n in app._notifications]
        late = tmp_path / "late"
        late.mkdir()
        for i in range(2):
            (late / f"{i}.txt").write_text(f"Late report {i}\nINTERPOL met in Rome.", encoding="utf-8")
        db = open_writer(small_db)
        ingest_paths(db, [late])
        db.close()
        await pilot.press("r")
        await settle(app, pilot)
        assert "2 new document(s) arrived (5 in the store)" in [n.message for n in app._notifications]
        assert app.screen.query_one("#documents", PagedList).count == 5


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_read_only_session_shows_a_badge(small_db: Path):
    app = make_app(small_db, read_only=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "read-only" in footer_line(app)
        assert "read-only" in str(app.screen.query_one("#status", Static).content)
        await pilot.press("enter")
        await settle(app, pilot)
        assert "read-only" in footer_line(app)
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert "read-only" not in screen_text(app)


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_first_launch_says_the_store_is_new_and_holds_the_seeds(seeded_db: Path):
    app = make_app(seeded_db, new_store=1)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        welcome = str(app.screen.query_one("#welcome", Static).content)
        assert "New store created" in welcome and str(seeded_db) in welcome
        assert "1 bundled seed document" in welcome and "docket remove-seeds" in welcome
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert not app.screen.query("#welcome")


# ---------------------------------------------------------- naming and counts


async def test_types_are_named_one_way_and_counts_agree_with_the_cli(db_path: Path, tmp_path: Path):
    from tui.cli import ENTITY_TYPES
    from tui.keys import KEYS

    texts = dict(TEXTS)
    texts["d.txt"] = "Delta report\nPolice in Oslo made 7 arrests last week."  # a figure of no operation
    store = store_with(db_path, tmp_path / "docs", texts)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        named = app.reader.count_operations()
        ops = app.screen.query_one("#operations", PagedList)
        assert ops.count == named + 1  # the row of figures tied to no named operation
        title = str(app.screen.query_one("#operations-pane").border_title)
        assert f"Operations ({named})" in title
        assert app.reader.stats()["operations"] == named
        text = screen_text(app)
        assert "Mentions" in text and "Docs" in text  # the count columns are named
        assert "×/" not in text
        entities = app.screen.query_one("#entities", PagedList)
        assert "PERSON" in "".join(entities.render_line(y).text for y in range(entities.size.height))
        for old in ("PER ", "LOC ", "OPS ", "people", "organisations", "places"):
            assert old not in text
    assert ENTITY_TYPES == display.TYPE_NAMES
    help_types = next(what for where, key, what in KEYS if key == "0 1 2 3 4")
    assert all(t in help_types for t in display.TYPE_NAMES)


@pytest.fixture
def colours_back():
    yield
    display.use_colour(True)


@pytest.mark.once("colours")
async def test_no_color_draws_types_by_attribute_alone(small_db: Path, monkeypatch, colours_back):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.no_color
        for etype, style in display.TYPE_STYLES.items():
            assert style.color is None, etype  # no grey-on-black names
        for style in display.MARK_STYLES.values():
            assert style.color is None and style.bgcolor is None
        await pilot.press("enter")
        await settle(app, pilot)
        spans = [s.style for s in app.screen.rendered.text.spans]
        assert spans and all(isinstance(s, Style) and s.color is None for s in spans)


@pytest.mark.once("colours")
async def test_the_cursor_row_is_never_dim(small_db: Path, monkeypatch, colours_back):
    """Dim counts on the cursor's background fell to about 3:1 contrast."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        entities = app.screen.query_one("#entities", PagedList)
        line = entities.render_line(entities.cursor - int(entities.scroll_offset.y))
        assert line.text.strip()
        assert not any(seg.style and seg.style.dim for seg in line if seg.text.strip())


@pytest.mark.parametrize("italic", [True, False])
def test_types_differ_by_attribute_without_colour(italic: bool, colours_back):
    """Monochrome terminals and TERM=linux (no italic there): the attributes
    alone tell the types apart."""
    display.use_colour(False, italic=italic)
    attrs = {
        etype: (style.bold, style.underline, style.italic, style.reverse)
        for etype, style in display.TYPE_STYLES.items()
    }
    assert len(set(attrs.values())) == len(display.TYPE_NAMES)
    if not italic:
        assert not any(style.italic for style in display.TYPE_STYLES.values())


@pytest.mark.once("colours")
async def test_linux_console_gets_no_italic(small_db: Path, monkeypatch, colours_back):
    monkeypatch.setenv("TERM", "linux")
    app = make_app(small_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert display.TYPE_STYLES["LOCATION"].underline and not display.TYPE_STYLES["LOCATION"].italic
