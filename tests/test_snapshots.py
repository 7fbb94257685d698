"""Snapshot tests of the key screens at 80×24 and one wide size
(pytest-textual-snapshot). Update with `pytest --snapshot-update` after a
deliberate visual change, and look at the report before committing."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from seeds import seed_paths, source_name
from store.db import create_store, open_writer
from store.ingest import ingest_paths
from tui.app import make_app

pytest.importorskip("pytest_textual_snapshot")


@pytest.fixture(scope="module")
def snapshot_store() -> Path:
    """The seeds store at a fixed path: the status bar shows the path."""
    folder = Path(tempfile.gettempdir()) / "docket-snapshots"
    shutil.rmtree(folder, ignore_errors=True)
    path = folder / "seeds.db"
    create_store(path)
    db = open_writer(path)
    ingest_paths(db, seed_paths(), source_name=source_name, workers=1)
    db.close()
    return path


async def _settle(pilot) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def _no_blink(pilot) -> None:
    from textual.widgets import Input

    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


def test_main_screen_80x24(snap_compare, snapshot_store: Path):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        _no_blink(pilot)

    assert snap_compare(make_app(snapshot_store), terminal_size=(80, 24), run_before=run_before)


def test_main_screen_wide(snap_compare, snapshot_store: Path):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        _no_blink(pilot)

    assert snap_compare(make_app(snapshot_store), terminal_size=(200, 60), run_before=run_before)


def test_reader_80x24(snap_compare, snapshot_store: Path):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)
        await pilot.press("e", "e", "e", "e")  # select the 4th entity and show its mentions

    assert snap_compare(make_app(snapshot_store), terminal_size=(80, 24), run_before=run_before)


def test_operation_detail_80x24(snap_compare, snapshot_store: Path):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        pilot.app.screen.query_one("#operations").focus()
        await pilot.press("end", "enter")
        await _settle(pilot)

    assert snap_compare(make_app(snapshot_store), terminal_size=(80, 24), run_before=run_before)


def test_help_80x24(snap_compare, snapshot_store: Path):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")
        await _settle(pilot)

    assert snap_compare(make_app(snapshot_store), terminal_size=(80, 24), run_before=run_before)


def test_chart_80x24(snap_compare, snapshot_store: Path):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        await pilot.press("c", "5")
        await _settle(pilot)

    assert snap_compare(make_app(snapshot_store), terminal_size=(80, 24), run_before=run_before)
