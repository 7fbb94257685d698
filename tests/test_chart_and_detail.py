"""Charts and the entity detail tell the truth (issue 13, item 6): the
by-year chart has an "unknown year" bar, a small value still gets a bar, a
label never cuts a number; the entity detail highlights the mention in its
sentence and says with ``…`` where the sentence was shortened."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Static

from store.queries import Reader, sentence_context
from tui.app import make_app
from tui.chart import UNKNOWN_YEAR, ChartScreen, bar_chart, fit_label
from tui.display import MARK_STYLES
from tui.entity import EntityScreen, mention_context, render_mention_doc
from tui.paged_list import PagedList

from .conftest import store_with
from .test_app import screen_text, settle

pytestmark = pytest.mark.engines

REPORTS = {
    "a.txt": "Kestrel report\nOperation Kestrel, run by INTERPOL in 2021, led to 4,000 arrests in Lyon.",
    "b.txt": "Tern report\nOperation Tern led to 2 arrests in Rome. Police said the suspects were held.",
    "c.txt": "Lionfish report\nOperation Lionfish-Mayag III, held in 2018, led to 37 arrests.",
}


@pytest.fixture
def chart_db(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", REPORTS)


# --------------------------------------------------------------------- chart


def test_by_year_counts_operations_without_a_year_in_a_last_row(chart_db: Path):
    rows = Reader(chart_db).metric_by_year("arrests")
    assert [(r["label"], r["value"]) for r in rows] == [(2018, 37), (2021, 4000), (None, 2)]


async def test_by_year_chart_has_an_unknown_year_bar_and_small_values_show(chart_db: Path):
    app = make_app(chart_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, ChartScreen)
        lines = screen_text(app).splitlines()
        tern = next(line for line in lines if line.strip().startswith("Tern"))
        assert "█ 2" in tern  # 2 of 4,000: still a bar of one cell
        await pilot.press("y")
        await settle(app, pilot)
        lines = screen_text(app).splitlines()
        unknown = next(line for line in lines if UNKNOWN_YEAR in line)
        assert "█ 2" in unknown
        assert any(line.strip().startswith("2021") and line.rstrip().endswith("4,000") for line in lines)


def test_a_small_value_gets_one_cell_and_zero_none():
    chart = bar_chart(
        [{"label": "Big", "value": 1_000_000}, {"label": "Tiny", "value": 1}, {"label": "Zero", "value": 0}], 60
    ).plain.splitlines()
    assert chart[1].split()[1] == "█" and chart[1].endswith(" 1")
    assert "█" not in chart[2] and "▏" not in chart[2]


@pytest.mark.parametrize("width", [20, 40, 76, 198])
def test_every_line_fits_and_every_value_is_whole(width: int):
    rows = [
        {"label": "Operation Lionfish-Mayag III 2018", "value": 1_234_567.5},
        {"label": "FALCON-12345 2020", "value": 3},
        {"label": "日本語の作戦名前 2019", "value": 12},
        {"label": None, "value": 40},
    ]
    lines = bar_chart(rows, width).plain.splitlines()
    for line, value in zip(lines, ("1,234,567.5", "3", "12", "40"), strict=True):
        assert cell_len(line) <= max(width, 36)  # a line never wraps (narrower: the bar keeps 4 cells)
        assert line.endswith(" " + value)


@pytest.mark.parametrize(
    ("label", "width"),
    [("Operation Lionfish-Mayag III 2018", 20), ("FALCON-12345 2020", 14), ("FALCON-12345", 9), ("Pangea 2023", 8)],
)
def test_a_shortened_label_never_cuts_a_number(label: str, width: int):
    fitted = fit_label(label, width)
    assert cell_len(fitted) == width
    shown = fitted.rstrip()
    assert "…" in shown
    numbers = [w for w in shown.replace("…", " ").replace("-", " ").split() if w.isdigit()]
    label_numbers = label.replace("-", " ").split()
    assert all(n in label_numbers for n in numbers), (fitted, label)
    if width >= 14 and label.endswith("2018"):
        assert shown.endswith(" 2018")  # the year stays whole


def test_a_hostile_label_is_shown_literally():
    fitted = fit_label("\x1b[31mRed\x1b]0;title\x07 2020", 30)
    assert "\x1b" not in fitted and "\x07" not in fitted


# ------------------------------------------------------------ entity detail


def test_context_is_the_sentence_with_the_mention_located():
    window = "First one. Then INTERPOL met in Lyon! And more."
    pos = window.index("INTERPOL")
    context, start, end = sentence_context(window, pos, pos + 8)
    assert context == "Then INTERPOL met in Lyon!"
    assert context[start:end] == "INTERPOL"


def test_a_sentence_longer_than_its_window_is_cut_between_words_with_ellipses():
    window = "x" * 100 + " words before the name of INTERPOL and words after it " + "y " * 200
    pos = window.index("INTERPOL")
    context, start, end = sentence_context(window, pos, pos + 8, cut_before=True, cut_after=True)
    assert context.startswith("…") and context.endswith("…")
    assert "xxxxx" not in context  # a half word is left out, not shown
    assert context[start:end] == "INTERPOL"
    assert len(context) < 400
    # the text starts with the sentence: no ellipsis at its start
    context, _, _ = sentence_context("INTERPOL met. More.", 0, 8, cut_after=True)
    assert context == "INTERPOL met."


def test_the_mention_is_highlighted_by_style_never_markup():
    row = {
        "title": "[bold]T[/bold]",
        "mentions": 2,
        "context": "Said [red]INTERPOL[/red] today.",
        "mention_in_context": [10, 18],
    }
    text = mention_context(row)
    assert text.plain == "Said [red]INTERPOL[/red] today."
    hits = [text.plain[s.start : s.end] for s in text.spans if s.style == MARK_STYLES["hit"]]
    assert hits == ["INTERPOL"]
    assert render_mention_doc(row, 60).plain.startswith("[bold]T[/bold]")


def test_the_mention_stays_in_view_in_a_narrow_row():
    context = "A long lead of many words that goes on and on before it names INTERPOL at last."
    start = context.index("INTERPOL")
    row = {"title": "A title", "mentions": 1, "context": context, "mention_in_context": [start, start + 8]}
    line = render_mention_doc(row, 40)
    line.truncate(40)
    assert "INTERPOL" in line.plain and "…" in line.plain


async def test_entity_detail_highlights_the_mention_in_its_sentence(chart_db: Path):
    app = make_app(chart_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("e", *"interpol", "down", "d")
        await settle(app, pilot)
        assert isinstance(app.screen, EntityScreen)
        (row,) = app.screen.query_one("#entity-docs", PagedList).loaded_rows()
        assert row["context"] == "Operation Kestrel, run by INTERPOL in 2021, led to 4,000 arrests in Lyon."
        start, end = row["mention_in_context"]
        assert row["context"][start:end] == "INTERPOL"
        preview = app.screen.query_one("#entity-preview", Static).content
        hits = [preview.plain[s.start : s.end] for s in preview.spans if s.style == MARK_STYLES["hit"]]
        assert hits == ["INTERPOL"]
