"""Corrections from the keyboard, driven through the Pilot: each kind of
correction, the ✎ sign, the history and its undo; then a re-extraction and
a re-ingest, after which every correction is still there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from store.curate import curations
from store.db import connect, open_writer
from store.ingest import ingest_paths
from store.reextract import reextract
from tui.app import make_app
from tui.curate import HistoryScreen, Prompt, parse_fields
from tui.operation import OperationScreen
from tui.paged_list import PagedList
from tui.reader import ReaderScreen

from .conftest import rows
from .test_app import rendered_lines, settle

pytestmark = pytest.mark.engines

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_9285dadc5717e343.txt"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(SEED, docs / "seed.txt")
    (docs / "other.txt").write_text(
        "Europol report\n\nEuropol and the Honduras police met in Tegucigalpa, Honduras, with INTERPOL.\n",
        encoding="utf-8",
    )
    return docs


@pytest.fixture
def store(db_path: Path, folder: Path) -> Path:
    db = open_writer(db_path)
    ingest_paths(db, [folder])
    db.close()
    return db_path


def entity_row(path: Path, etype: str, key: str) -> tuple | None:
    found = rows(path, "SELECT id, name FROM entities WHERE type = ? AND key = ?", (etype, key))
    return found[0] if found else None


def all_curations(path: Path) -> list:
    conn = connect(path, verify=False)
    try:
        return curations(conn)
    finally:
        conn.close()


async def to_entity(app, pilot, name: str) -> PagedList:
    """Put the Entities cursor on ``name`` (typed into the entity box)."""
    await pilot.press("e", *name, "down")
    await settle(app, pilot)
    entities = app.screen.query_one("#entities", PagedList)
    assert entities.current is not None and entities.current["name"] == name, entities.current
    assert app.focused is entities
    return entities


async def answer(app, pilot, text: str | None, *, clear: bool = False) -> None:
    """Type ``text`` into the open prompt and press enter (None: esc)."""
    await settle(app, pilot)
    assert isinstance(app.screen, Prompt)
    assert isinstance(app.focused, Input)
    if text is None:
        await pilot.press("escape")
    else:
        if clear:
            app.focused.value = ""
        await pilot.press(*text, "enter")
    await settle(app, pilot)


async def test_rename_merge_reject_from_the_entities_pane(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await to_entity(app, pilot, "INTERPOL")
        await pilot.press("R")
        await answer(app, pilot, "ICPO-INTERPOL", clear=True)
        assert entity_row(store, "ORG", "interpol")[1] == "ICPO-INTERPOL"
        entities = app.screen.query_one("#entities", PagedList)
        await pilot.press("escape")  # leave the entity list's filter as it is; clear the box
        await settle(app, pilot)
        assert any("✎ ICPO-INTERP" in line for line in rendered_lines(entities)), rendered_lines(entities)

        await pilot.press("escape")
        await to_entity(app, pilot, "Tegucigalpa")
        await pilot.press("M")
        await answer(app, pilot, "Honduras")
        assert entity_row(store, "LOCATION", "tegucigalpa") is None

        await pilot.press("escape")
        await to_entity(app, pilot, "Spain")
        await pilot.press("X")
        await answer(app, pilot, "a test")
        assert entity_row(store, "LOCATION", "spain") is None
    rows = all_curations(store)
    assert [c.action for c in rows] == ["rename", "merge", "reject"]
    assert rows[2].reason == "a test"


@pytest.mark.once("keys")
async def test_escape_in_a_prompt_changes_nothing(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await to_entity(app, pilot, "INTERPOL")
        await pilot.press("R")
        await answer(app, pilot, None)
        assert not isinstance(app.screen, Prompt)
    assert all_curations(store) == []


@pytest.mark.once("the prompt's answer is read before the store")
async def test_a_bad_answer_is_one_notice_not_a_crash(store: Path):
    app = make_app(store)
    # every notice as it is posted: a notice times out, and on a loaded machine the first can be gone by the end
    messages: list[str] = []
    notify = app.notify

    def recording(message, *args, **kwargs):
        messages.append(str(message))
        return notify(message, *args, **kwargs)

    app.notify = recording
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await to_entity(app, pilot, "INTERPOL")
        await pilot.press("T")
        await answer(app, pilot, "SHIP")
        await pilot.press("M")
        await answer(app, pilot, "[bold]Nowhere\x1b[2J")
        assert any("'SHIP' is not an entity type" in m for m in messages)
        assert any("no ORG is called" in m and "\x1b" not in m for m in messages)
    assert all_curations(store) == []


@pytest.mark.once("the curations it makes run on PostgreSQL in test_curate.py; CI time")
async def test_retype_and_alias_from_the_entities_pane(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await to_entity(app, pilot, "Tegucigalpa")
        await pilot.press("T")
        await answer(app, pilot, "org")
        await pilot.press("escape")
        await to_entity(app, pilot, "INTERPOL")
        await pilot.press("A")
        await answer(app, pilot, "International Criminal Police Organization")
    assert entity_row(store, "LOCATION", "tegucigalpa") is None
    assert entity_row(store, "ORG", "tegucigalpa") is not None
    assert [c.action for c in all_curations(store)] == ["retype", "alias"]


@pytest.mark.once("the curations it makes run on PostgreSQL in test_curate.py; CI time")
async def test_history_lists_corrections_and_u_undoes_the_newest(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await to_entity(app, pilot, "INTERPOL")
        await pilot.press("R")
        await answer(app, pilot, "[b]ICPO[/b]", clear=True)
        entities = app.screen.query_one("#entities", PagedList)
        assert entities.current["name"] == "[b]ICPO[/b]"  # the box still finds it by its key
        await pilot.press("H")
        await settle(app, pilot)
        assert isinstance(app.screen, HistoryScreen)
        shown = str(app.screen.query_one("#history-text", Static).render())
        assert "name → [b]ICPO[/b]" in shown and "[in force]" in shown  # literal, never markup
        await pilot.press("u")
        await settle(app, pilot)
        assert not isinstance(app.screen, HistoryScreen)
    assert entity_row(store, "ORG", "interpol")[1] == "INTERPOL"
    rows = all_curations(store)
    assert [c.action for c in rows] == ["rename", "undo"] and rows[0].undone_by == rows[1].id


async def open_figures(app, pilot, operation: str) -> PagedList:
    ops = app.screen.query_one("#operations", PagedList)
    for _ in range(4):
        if app.focused is ops:
            break
        await pilot.press("tab")
    await settle(app, pilot)
    assert app.focused is ops
    await pilot.press("home")
    for _ in range(ops.count or 0):
        if ops.current and ops.current["name"] == operation:
            break
        await pilot.press("down")
    assert ops.current["name"] == operation
    await pilot.press("enter")
    await settle(app, pilot)
    assert isinstance(app.screen, OperationScreen)
    return app.screen.query_one("#figures", PagedList)


async def to_figure(app, pilot, figures: PagedList, value: float) -> None:
    await pilot.press("home")
    for _ in range(figures.count or 0):
        if figures.current and figures.current["value"] == value:
            return
        await pilot.press("down")
    assert figures.current["value"] == value


async def test_fix_move_and_reject_figures_then_reextract_and_reingest(store: Path, folder: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        figures = await open_figures(app, pilot, "Trigger V")
        await to_figure(app, pilot, figures, 850)
        await pilot.press("F")
        await settle(app, pilot)
        assert app.focused.value == "value=850; unit=count; metric=seized; item=firearms; qualifier="
        await answer(app, pilot, "value=900; item=guns; qualifier=about", clear=True)
        assert isinstance(app.screen, OperationScreen)
        fixed = next(r for r in figures.loaded_rows() if r["value"] == 900)
        assert fixed["item"] == "guns" and fixed["curated"]
        assert any("✎" in line and "guns" in line for line in rendered_lines(figures))

        await to_figure(app, pilot, figures, 560)
        await pilot.press("M")
        await answer(app, pilot, "Lionfish")
        assert all(r["value"] != 560 for r in figures.loaded_rows())  # gone to Lionfish

        await to_figure(app, pilot, figures, 900)
        await pilot.press("X")
        await answer(app, pilot, "")
        assert figures.loaded_rows() == [] or all(r["value"] != 900 for r in figures.loaded_rows())

        await pilot.press("escape")
        await settle(app, pilot)
        lionfish = await open_figures(app, pilot, "Lionfish")
        moved = next(r for r in lionfish.loaded_rows() if r["value"] == 560)
        assert moved["curated"]
    before = [(c.id, c.action, c.status) for c in all_curations(store)]
    assert [a for _, a, _ in before] == ["figure", "figure", "reject-figure"]
    db = open_writer(store)
    reextract(db)
    ingest_paths(db, [folder])
    db.close()
    assert [(c.id, c.action, c.status) for c in all_curations(store)] == before
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        lionfish = await open_figures(app, pilot, "Lionfish")
        assert any(r["value"] == 560 and r["curated"] for r in lionfish.loaded_rows())
        await pilot.press("escape")
        await settle(app, pilot)
        trigger = await open_figures(app, pilot, "Trigger V")
        assert all(r["value"] not in (850, 900) for r in trigger.loaded_rows())


@pytest.mark.once("the curations it makes run on PostgreSQL in test_curate.py; CI time")
async def test_figure_history_and_undo(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        figures = await open_figures(app, pilot, "Trigger V")
        await to_figure(app, pilot, figures, 850)
        await pilot.press("F")
        await answer(app, pilot, "value=851", clear=True)
        await to_figure(app, pilot, figures, 851)
        await pilot.press("H")
        await settle(app, pilot)
        shown = str(app.screen.query_one("#history-text", Static).render())
        assert "value → 851" in shown
        await pilot.press("u")
        await settle(app, pilot)
        assert any(r["value"] == 850 and not r["curated"] for r in figures.loaded_rows())


async def test_a_read_only_session_refuses_corrections(store: Path):
    app = make_app(store, read_only=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await to_entity(app, pilot, "INTERPOL")
        await pilot.press("R")
        await answer(app, pilot, "X", clear=True)
        assert any("read-only" in n.message for n in app._notifications)
    assert all_curations(store) == []


async def test_the_reader_corrects_the_selected_entity_and_the_figure_at_its_evidence(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        figures = await open_figures(app, pilot, "Trigger V")
        await to_figure(app, pilot, figures, 850)
        await pilot.press("enter")  # the document, at the evidence
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("F")
        await answer(app, pilot, "value=800", clear=True)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("R")  # no entity selected yet: says what to do
        await settle(app, pilot)
        assert not isinstance(app.screen, Prompt)
        assert any("Select an entity first" in n.message for n in app._notifications)
        for _ in range(len(app.screen.entities)):
            await pilot.press("e")
            selected = next(e for e in app.screen.entities if e["id"] == app.screen.entity_id)
            if selected["name"] == "INTERPOL":
                break
        await pilot.press("R")
        await answer(app, pilot, "ICPO-INTERPOL", clear=True)
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert any(e["name"] == "ICPO-INTERPOL" for e in app.screen.entities)
    assert [c.action for c in all_curations(store)] == ["figure", "rename"]
    assert entity_row(store, "ORG", "interpol")[1] == "ICPO-INTERPOL"


@pytest.mark.once("the curations it makes run on PostgreSQL in test_curate.py; CI time")
async def test_the_reader_adds_and_removes_mentions_and_adds_a_figure(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        await pilot.press("home")
        for _ in range(documents.count or 0):
            if documents.current and "INTERPOL" in documents.current["title"]:
                break
            await pilot.press("down")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("minus")  # nothing under the cursor yet
        assert any("Step to the wrong mention first" in n.message for n in app._notifications)
        await pilot.press("plus")
        await answer(app, pilot, "ORG Worldwide Drug Trafficking")
        assert any(e["name"] == "Worldwide Drug Trafficking" for e in app.screen.entities)
        await pilot.press("e")  # the first entity, its first mention
        selected = app.screen.entity_id
        count = len(app.screen.marks)
        await pilot.press("minus")
        await settle(app, pilot)
        assert len([m for m in app.screen.mentions if m["entity_id"] == selected]) == count - 1
        await pilot.press("asterisk")
        await answer(app, pilot, "text=62nd session; metric=other; value=62; unit=count; item=sessions", clear=True)
        assert any(f["value"] == 62 for f in app.screen.figures)
        await pilot.press("plus")
        await answer(app, pilot, "SHIP Vienna")
        assert any("Write the type, then the text" in n.message for n in app._notifications)
    assert [c.action for c in all_curations(store)] == ["add-mention", "reject-mention", "add-figure"]


def test_parse_fields_reads_only_what_changed():
    row = {"value": 850.0, "unit": "count", "metric": "seized", "item": "firearms", "qualifier": None}
    assert parse_fields("value=850; unit=count; metric=seized; item=firearms; qualifier=", row) == {}
    assert parse_fields("value=1,300; item=", row) == {"value": 1300.0, "item": None}
    with pytest.raises(ValueError, match="not a number"):
        parse_fields("value=many", row)
    with pytest.raises(ValueError, match="field=value"):
        parse_fields("colour=red", row)


@pytest.mark.once("the curations it makes run on PostgreSQL in test_curate.py; CI time")
async def test_y_sets_the_year_of_the_operation_under_the_cursor(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("4")  # OPERATION entities
        await to_entity(app, pilot, "Trigger V")
        await pilot.press("Y")
        await answer(app, pilot, "2019")
    made = all_curations(store)
    assert [(c.action, c.value.get("year")) for c in made] == [("year", 2019)]
    years = {
        y
        for (y,) in rows(
            store,
            "SELECT d.year FROM document_operations d JOIN entities e ON e.id = d.operation_id WHERE e.name = ?",
            ("Trigger V",),
        )
    }
    assert years == {2019}
