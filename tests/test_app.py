"""The app driven by keys through the Pilot; assertions on what the widgets hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from store.db import open_writer
from store.ingest import ingest_paths
from tui.app import MainScreen, make_app
from tui.paged_list import PagedList
from tui.reader import ReaderScreen


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
        await pilot.press("tab")
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
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Alpha report\nEuropol and INTERPOL met in Lyon.")
    (docs / "b.txt").write_text("Beta report\nINTERPOL met in Vienna.")
    (docs / "c.txt").write_text("Gamma report\nNobody met.")
    db = open_writer(db_path)
    ingest_paths(db, [docs])
    db.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        assert documents.count == 3
        await pilot.press("slash", *"europol", "enter")
        await settle(app, pilot)
        assert [r["title"] for r in documents.loaded_rows()] == ["Alpha report"]
        assert "mentioning" in str(app.screen.query_one("#documents-pane").border_title)
        assert app.focused is documents
        await pilot.press("escape")
        await settle(app, pilot)
        assert documents.count == 3


async def test_arrow_and_vim_keys_move_in_lists(db_path: Path, tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        (docs / f"{i:02}.txt").write_text(f"Report number {i}\nINTERPOL met in Lyon on day {i}.")
    db = open_writer(db_path)
    ingest_paths(db, [docs])
    db.close()
    app = make_app(db_path)
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
        rich_text = app.screen.query_one("#reader-body", Static).content
        plain = str(rich_text)
        assert "José de Gracia" in plain
        spans = {plain[s.start : s.end]: str(s.style) for s in rich_text.spans}
        assert "underline" in spans["José de Gracia"]  # PERSON
        assert "reverse" in spans["Trigger V"]  # OPERATION
        assert "italic" in spans["Colombia"]  # LOCATION
        header = str(app.screen.query_one("#reader-header", Static).content)
        assert "seeds/000_9285dadc5717e343.txt" in header and "sha256" in header
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_operations_table_shows_each_operation(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        table = app.screen.query_one("#operations", DataTable)
        rows = {str(table.get_row_at(i)[0]): [str(c) for c in table.get_row_at(i)] for i in range(table.row_count)}
        assert rows["Lionfish"] == ["Lionfish", "2018", "1,300", "0", "0", "1"]
        assert rows["Trigger V"] == ["Trigger V", "—", "560", "1", "0", "1"]
        headers = [str(c.label) for c in table.columns.values()]
        assert headers == ["Operation", "Year", "Arrests", "Seizures", "Other", "Docs"]
        # Enter on an operation lists its documents
        table.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        assert documents.count == 1


async def test_tab_moves_between_panes_and_q_quits(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        order = []
        for _ in range(4):
            order.append(app.focused.id)
            await pilot.press("tab")
        assert order == ["documents", "entity-search", "entities", "operations"]
        assert app.focused.id == "documents"  # Tab wraps around
        await pilot.press("shift+tab")
        assert app.focused.id == "operations"
        await pilot.press("q")
    assert app.return_code == 0 or app.return_code is None


@pytest.mark.parametrize(
    "payload",
    ["[/]", "[@click=app.quit]click me[/]", "\x1b]52;c;ZXZpbA==\x07", "\x1b[2J\x9b31m", "\u202eevil"],
)
async def test_hostile_titles_are_shown_literally(db_path: Path, tmp_path: Path, payload: str):
    (tmp_path / "h.txt").write_text(f"Title {payload} end\nINTERPOL {payload} met in Lyon.")
    db = open_writer(db_path)
    ingest_paths(db, [tmp_path])
    db.close()
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        line = "".join(rendered_lines(documents))
        assert "Title" in line
        for ch in ("\x1b", "\x9b", "\x07", "\u202e"):
            assert ch not in line
        if payload.startswith("["):
            assert payload[:8] in line  # markup shown, not interpreted
        await pilot.press("enter")
        await settle(app, pilot)
        body = str(app.screen.query_one("#reader-body", Static).content)
        for ch in ("\x1b", "\x9b", "\x07", "\u202e"):
            assert ch not in body
        assert isinstance(app.screen, ReaderScreen)
