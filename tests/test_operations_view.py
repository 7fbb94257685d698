"""The Operations pane, an operation's series and conflicts, as an analyst
meets them in the app (driven by keys through the Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from tui.app import make_app
from tui.main import MainScreen
from tui.operation import OperationScreen
from tui.paged_list import PagedList
from tui.series import SeriesScreen

from .conftest import store_with
from .test_app import screen_text, settle
from .test_headline import KESTREL_A, KESTREL_B

pytestmark = pytest.mark.engines

SERIES = {
    "l13.txt": "Lionfish\nINTERPOL said Operation Lionfish in 2013 led to 142 arrests and 30 tonnes of cocaine seized.",
    "l14.txt": "Lionfish II\nINTERPOL said Operation Lionfish II in 2014 led to 422 arrests.",
    "l18.txt": "Lionfish 2018\nINTERPOL said Operation Lionfish in 2018 led to 1,300 arrests.",
    "lm.txt": "Mayag\nINTERPOL said Operation Lionfish-Mayag III in 2021 led to 80 arrests.",
    "t.txt": "Trigger\nINTERPOL said Operation Trigger V in 2019 led to 560 arrests and 12 victims were rescued.",
}


def lines(app) -> list[str]:
    return screen_text(app).splitlines()


async def focus_operation(app, pilot, name: str, year: int | None = None) -> None:
    operations = app.screen.query_one("#operations", PagedList)
    operations.focus()
    rows = operations.loaded_rows()
    operations.cursor = next(i for i, r in enumerate(rows) if r["name"] == name and (year is None or r["year"] == year))
    await pilot.pause()


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_s_sorts_operations_by_arrests_rescued_year_and_name(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "docs", SERIES)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        operations = app.screen.query_one("#operations", PagedList)
        operations.focus()
        pane = app.screen.query_one("#operations-pane")
        seen = {}
        for _ in range(5):
            await pilot.press("s")
            await settle(app, pilot)
            sort = pane.border_title.split(" by ")[-1]
            seen[sort] = [(r["name"], r["year"]) for r in operations.loaded_rows()]
        assert pane.border_title == "Operations (5) by documents"
        assert seen["arrests"][:2] == [("Lionfish 2018", 2018), ("Trigger V", 2019)]
        assert seen["rescued"][0] == ("Trigger V", 2019)
        assert seen["year"][0] == ("Lionfish-Mayag III", 2021)
        assert [n for n, _ in seen["name"]] == [
            "Lionfish",
            "Lionfish 2018",
            "Lionfish II",
            "Lionfish-Mayag III",
            "Trigger V",
        ]


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_v_lists_the_series_side_by_side_and_opens_an_edition(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "docs", SERIES)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await focus_operation(app, pilot, "Lionfish II")
        await pilot.press("v")
        await settle(app, pilot)
        assert isinstance(app.screen, SeriesScreen)
        rows = [(r["name"], r["year"]) for r in app.screen.query_one("#series", PagedList).loaded_rows()]
        assert rows == [
            ("Lionfish", 2013),
            ("Lionfish II", 2014),
            ("Lionfish 2018", 2018),
            ("Lionfish-Mayag III", 2021),
        ]
        text = lines(app)
        header = next(line for line in text if "Arrests" in line)
        assert "Year" in header and "Rescued" in header and "Main seizures" in header
        first = next(line for line in text if "2013" in line)
        assert "142" in first and "cocaine 30 t" in first  # each edition's headline on its row
        assert any("1,300" in line and "2018" in line for line in text)
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, OperationScreen)
        assert "Lionfish II" in str(app.screen.query_one("#operation-header", Static).content)
        await pilot.press("v")  # from an operation's detail too
        await settle(app, pilot)
        assert isinstance(app.screen, SeriesScreen)
        for back_to in (OperationScreen, SeriesScreen, MainScreen):  # back, like a browser
            await pilot.press("escape")
            await settle(app, pilot)
            assert isinstance(app.screen, back_to)


@pytest.mark.once("the footer and the help")
async def test_v_is_in_the_footer_and_the_help(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "docs", SERIES)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await focus_operation(app, pilot, "Trigger V")
        assert "v Series" in lines(app)[-1]
        await pilot.resize_terminal(200, 60)
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert "an operation's series" in screen_text(app)


async def test_a_conflict_is_marked_and_both_reports_are_shown(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "docs", {"a.txt": KESTREL_A, "b.txt": KESTREL_B})
    app = make_app(db_path)
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        row = next(line for line in lines(app) if "≠" in line)
        assert "≠ Kestrel" in row and "66" in row and "cocaine 1,290 kg" in row
        await focus_operation(app, pilot, "Kestrel")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, OperationScreen)
        header = str(app.screen.query_one("#operation-header", Static).content)
        assert "arrests 66" in header and "2 figure(s) reported with different values" in header
        text = screen_text(app)
        assert "≠ arrests" in text and "more than 60" in text and "[conflict: headline]" in text
        assert "[conflict: other report]" in text
        assert "1,290 kg" in text and "1,300 kg" in text
        figures = app.screen.query_one("#figures", PagedList)
        figures.cursor = next(i for i, r in enumerate(figures.loaded_rows()) if r["value"] == 60)
        await pilot.pause()
        evidence = str(app.screen.query_one("#evidence", Static).content)
        assert "Kestrel wrap-up" in evidence and "headline takes 66 (stated flatly" in evidence


@pytest.mark.once("layout")
async def test_operations_pane_at_80_columns_keeps_every_column(seeded_db: Path):
    app = make_app(seeded_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        text = lines(app)
        trigger = next(line for line in text if "Trigger V" in line and "560" in line)
        assert "firearms 850" in trigger and len(trigger) <= 80


def test_a_hostile_item_or_name_reaches_the_pane_as_plain_visible_text():
    from tui.main import render_operation_row

    row = {
        "id": 1,
        "name": "[bold]Evil\x1b[31m",
        "year": 2024,
        "arrests": 5.0,
        "arrests_qualifier": None,
        "rescued": None,
        "rescued_qualifier": None,
        "main_seizures": "[red]cocaine[/red]\x1b]0;title\x07 2 t",
        "documents": 1,
        "conflicts": 0,
    }
    text = render_operation_row(row, 120)
    assert "[bold]Evil␛[31m" in text.plain and "[red]cocaine[/red]␛]0;title␇ 2 t" in text.plain
    assert "\x1b" not in text.plain and "\x07" not in text.plain
    assert not text.spans  # nothing from the store became a style
