"""The app driven by keys through the Pilot; assertions on what the widgets hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tui.app import make_app
from tui.main import MainScreen
from tui.operation import OperationScreen
from tui.paged_list import PagedList
from tui.reader import ReaderScreen, ReaderView

from .conftest import store_with

pytestmark = pytest.mark.engines


async def settle(app, pilot) -> None:
    """Wait for every worker, then for the messages they posted."""
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def names(widget: PagedList) -> list[str]:
    return [row["name"] for row in widget.loaded_rows()]


def rendered_lines(widget) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def test_typing_narrows_entities_accent_and_case_insensitively(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        entities = app.screen.query_one("#entities", PagedList)
        total = entities.count
        assert total and total > 10
        await pilot.press("e")
        assert isinstance(app.focused, Input)
        await pilot.press(*"jose")
        await settle(app, pilot)
        assert names(entities) == ["José de Gracia"]
        assert "José de Gracia" in "".join(rendered_lines(entities))
        for _ in range(4):
            await pilot.press("backspace")
        await pilot.press(*"pol")
        await settle(app, pilot)
        assert names(entities)[0] == "INTERPOL"
        assert entities.count < total


async def test_entity_enter_narrows_documents_and_escape_clears(db_path: Path, tmp_path: Path):
    texts = {
        "a.txt": "Alpha report\nEuropol and INTERPOL met in Lyon.",
        "b.txt": "Beta report\nINTERPOL met in Vienna.",
        "c.txt": "Gamma report\nNobody met.",
    }
    app = make_app(store_with(db_path, tmp_path / "docs", texts))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        assert documents.count == 3
        await pilot.press("e", *"europol", "enter")
        await settle(app, pilot)
        assert [r["title"] for r in documents.loaded_rows()] == ["Alpha report"]
        assert "mentioning" in str(app.screen.query_one("#documents-pane").border_title)
        assert app.focused is documents
        await pilot.press("escape")
        await settle(app, pilot)
        assert documents.count == 3


@pytest.mark.once("keys")
async def test_arrow_and_vim_keys_move_in_lists(db_path: Path, tmp_path: Path):
    texts = {f"{i:02}.txt": f"Report number {i}\nINTERPOL met in Lyon on day {i}." for i in range(40)}
    app = make_app(store_with(db_path, tmp_path / "docs", texts))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        assert app.focused is documents
        await pilot.press("j", "j", "down", "k")
        assert documents.cursor == 2
        await pilot.press("end")
        await settle(app, pilot)
        assert documents.cursor == 39
        assert documents.current["title"] == "Report number 39"
        assert any("Report number 39" in line for line in rendered_lines(documents))


async def test_reader_highlights_mentions_by_type(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        rich_text = app.screen.rendered.text
        plain = rich_text.plain
        spans = {plain[s.start : s.end]: str(s.style) for s in rich_text.spans}
        assert "underline" in spans["José de Gracia"]  # PERSON
        assert "reverse" in spans["Trigger V"]  # OPERATION
        assert "italic" in spans["Colombia"]  # LOCATION
        header = str(app.screen.query_one("#reader-header", Static).content)
        assert "seeds/000_9285dadc5717e343.txt" in header and "sha256" in header
        assert "PERSON" in str(app.screen.query_one("#reader-legend", Static).content)
        view = app.screen.query_one(ReaderView)
        assert any("VIENNA" in line for line in view.visible_text())
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_operations_table_and_detail_with_evidence(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        operations = app.screen.query_one("#operations", PagedList)
        rows = {r["name"]: r for r in operations.loaded_rows()}
        assert (rows["Lionfish"]["year"], rows["Lionfish"]["arrests"]) == (2018, 1300)
        assert (rows["Trigger V"]["arrests"], rows["Trigger V"]["main_seizures"]) == (560, "firearms 850")
        text = screen_text(app)
        for header in ("Operation", "Year", "Arrests", "Rescued", "Main seizures", "Docs"):
            assert header in text
        assert "Seizures " not in text and "Other" not in text  # no count of rows passed off as a quantity
        assert "1,300" in text and "Trigger V" in text and "firearms 850" in text
        operations.focus()
        operations.cursor = [r["name"] for r in operations.loaded_rows()].index("Trigger V")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, OperationScreen)
        figures = app.screen.query_one("#figures", PagedList)
        assert {(r["metric"], r["value"]) for r in figures.loaded_rows()} == {("seized", 850), ("arrests", 560)}
        evidence = str(app.screen.query_one("#evidence", Static).content)
        assert "Trigger V" in evidence  # the sentence the figure comes from
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.evidence is not None
        view = app.screen.query_one(ReaderView)
        assert any("850 firearms" in line for line in view.visible_text())


@pytest.mark.once("keys and focus")
async def test_tab_moves_between_panes_and_q_quits(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        order = []
        for _ in range(3):  # documents → entities → operations: the box only when you type
            order.append(app.focused.id)
            await pilot.press("tab")
        assert order == ["documents", "entities", "operations"]
        assert app.focused.id == "documents"  # Tab wraps around
        await pilot.press("shift+tab")
        assert app.focused.id == "operations"
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None


CONTROLS = [chr(c) for c in range(0x20) if c != 0x0A] + [chr(0x7F)] + [chr(c) for c in range(0x80, 0xA0)]
CONTROLS += ["\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]


def screen_text(app) -> str:
    """Everything the screen would draw, as text: what reaches the terminal
    apart from the styling sequences Textual itself writes."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def assert_no_controls(text: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in text if c in CONTROLS})
    assert not found, f"control characters reached the screen: {found}"


PAYLOADS = [
    "[/]",
    "[@click=app.quit]click me[/]",
    "[bold red]not bold[/bold red]",
    "\x1b]52;c;ZXZpbA==\x07",  # OSC 52 clipboard write
    "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",  # OSC 8 hyperlink
    "\x1b]0;title\x07",  # window title
    "\x1b[6n\x1b[c",  # terminal queries
    "\x1b[2J\x9b31m\x9d0;x\x9c",  # CSI / C1 codes
    "safe\rEVIL\x08\x08",  # overwrite tricks
    "\x00nul\x7fdel",
    "\u202eevil\u2066x\u2069",  # bidi overrides and isolates
]


#: On PostgreSQL, markup, escape sequences with C1 codes, and NUL with DEL
#: (which PostgreSQL's text type cannot hold as they are): what the store
#: does with them is the same for the others (CI's time; all run on SQLite).
POSTGRES_PAYLOADS = {PAYLOADS[1], PAYLOADS[7], PAYLOADS[9]}


@pytest.mark.parametrize("payload", PAYLOADS)
async def test_hostile_text_is_shown_literally_everywhere(db_path: Path, tmp_path: Path, payload: str, engine: str):
    """Titles, entity names, reader text, search and palette input: shown
    with placeholders, never interpreted, never crashing."""
    if engine == "postgres" and payload not in POSTGRES_PAYLOADS:
        pytest.skip("one payload of each kind on PostgreSQL (CI's time)")
    text = (
        f"Title {payload} end\nINTERPOL {payload} met Europol in Lyon. Operation Hostile{payload} "
        f"led to 20 arrests. Jane Roe, Director of Police {payload}, said so."
    )
    app = make_app(store_with(db_path, tmp_path / "docs", {"h.txt": text}))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        main = screen_text(app)
        assert "Title" in main
        assert_no_controls(main)
        if payload.startswith("["):
            assert payload[:10] in main  # markup shown, not interpreted
        # the entity search box with the payload typed in
        await pilot.press("e")
        await pilot.press(*[c for c in payload if c.isprintable()][:12] or ["x"])
        await settle(app, pilot)
        assert_no_controls(screen_text(app))
        await pilot.press("escape", "escape")
        app.screen.query_one("#documents", PagedList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        reader_screen = screen_text(app)
        assert_no_controls(reader_screen)
        assert "INTERPOL" in reader_screen
        await pilot.press("escape", "slash")
        await pilot.press(*[c for c in payload if c.isprintable()][:12] or ["x"])
        await settle(app, pilot)
        assert_no_controls(screen_text(app))
        assert app.is_running
