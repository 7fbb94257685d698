"""Adding a missed mention or figure by selecting text in the reader
(issue #15): the caret keys, the selection drawn and said, ``+`` and ``*``
on the selection, the stored offsets (those of the stored text, never of
its display, where ESC and bidi controls are drawn wider), and the
corrections surviving a re-extraction and a re-ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from store import curate
from store.curate import curations, figure_guess
from store.db import connect, open_writer
from store.ingest import ingest_paths
from store.reextract import reextract
from store.text import visible, widened
from tui.app import make_app
from tui.curate import Prompt
from tui.display import MARK_STYLES, TYPE_STYLES
from tui.reader import ReaderScreen, ReaderView, Rendered, highlighted_text

from .conftest import rows
from .test_app import rendered_lines, settle
from .test_curate_app import answer, open_figures

pytestmark = pytest.mark.engines

#: ESC, a bidi override, markup, a C1 code and a tab stand before what the
#: extractor misses: "Blue Heron" (a group) and "37 vessels" (a figure).
TEXT = (
    "Harbour report\n\nBefore \x1b[2J and \u202e bidi [b]markup[/b] \x9b9m\tcame the Blue Heron crew of Vienna. "
    "During Operation Nightjar, police counted 37 vessels near the coast of Spain; 12 suspects were arrested.\n"
)
BLUE = (TEXT.index("Blue Heron"), TEXT.index("Blue Heron") + len("Blue Heron"))
VESSELS = (TEXT.index("37 vessels"), TEXT.index("37 vessels") + len("37 vessels"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "harbour.txt").write_text(TEXT, encoding="utf-8")
    return docs


@pytest.fixture
def store(db_path: Path, folder: Path) -> Path:
    db = open_writer(db_path)
    ingest_paths(db, [folder])
    db.close()
    return db_path


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    return rows(path, sql, params)


def all_curations(path: Path) -> list:
    conn = connect(path, verify=False)
    try:
        return curations(conn)
    finally:
        conn.close()


def mention_spans(path: Path, name: str) -> list[tuple[int, int]]:
    return query(
        path,
        'SELECT m.start, m."end" FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name = ?',
        (name,),
    )


async def open_reader(app, pilot) -> ReaderScreen:
    await settle(app, pilot)
    await pilot.press("enter")  # the one document
    await settle(app, pilot)
    assert isinstance(app.screen, ReaderScreen)
    return app.screen


async def caret_to(pilot, screen: ReaderScreen, offset: int, key: str = "w") -> None:
    """Press ``key`` until the caret stands at ``offset``."""
    for _ in range(40):
        if screen.caret == offset:
            return
        await pilot.press(key)
    assert screen.caret == offset, (screen.caret, offset)


def status(screen: ReaderScreen) -> str:
    return str(screen.query_one("#reader-status", Static).render())


def footer_mode(app) -> str:
    return str(app.screen.query_one("#mode").render()).strip()


# ------------------------------------------------------------------ the app


async def test_select_a_missed_mention_and_a_missed_figure_then_reextract_and_reingest(store: Path, folder: Path):
    assert mention_spans(store, "Blue Heron") == []  # the extractor misses both
    assert query(store, "SELECT 1 FROM operation_stats WHERE value = 37") == []
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reader(app, pilot)
        view = screen.query_one(ReaderView)
        await pilot.press("v")
        assert screen.selecting and footer_mode(app) == "SELECT"
        assert screen.selected_span() == (0, 1) and "Selected 0-1" in status(screen)
        await pilot.press("j", "j")  # two lines down: the caret on "Before"
        assert screen.caret == TEXT.index("Before")
        await caret_to(pilot, screen, BLUE[0])  # w: word by word, across ESC and the bidi override
        await pilot.press("v", "e", "e")  # start here, to the end of the next word
        assert screen.selected_span() == BLUE
        # drawn where the display shows it, though ␛ and <U+202E> are wider there
        d_start, d_end = view.selection
        assert view._text.plain[d_start:d_end] == "Blue Heron"
        assert f"Selected {BLUE[0]}-{BLUE[1]} (10): Blue Heron" in status(screen)
        line = next(y for y, text in enumerate(rendered_lines(view)) if "Blue Heron" in text)
        strip = view.render_line(line)
        assert any(seg.text.startswith("Blue") and seg.style.bgcolor for seg in strip)
        await pilot.press("plus")
        await settle(app, pilot)
        assert isinstance(app.screen, Prompt) and app.focused.value == "ORG Blue Heron"
        await answer(app, pilot, "ORG Blue Heron gang", clear=True)
        assert isinstance(app.screen, ReaderScreen) and not screen.selecting and footer_mode(app) == "KEYS"
        assert any(m["start"] == BLUE[0] and m["name"] == "Blue Heron gang" for m in screen.mentions)
        plain = screen.rendered.text.plain
        styled = {plain[s.start : s.end]: s.style for s in screen.rendered.text.spans}
        assert styled.get("Blue Heron") == TYPE_STYLES["ORG"]  # highlighted as an ORG

        await pilot.press("v")  # starts again where the last selection's caret was
        assert screen.caret == BLUE[1] - 1
        await caret_to(pilot, screen, VESSELS[0])
        await pilot.press("v", "e", "e")
        assert screen.selected_span() == VESSELS
        await pilot.press("asterisk")
        await settle(app, pilot)
        offered = app.focused.value
        assert offered.startswith("value=37; unit=count; item=vessels") and "operation=Nightjar;" in offered
        app.focused.value = "metric=seized; value=37; unit=count; item=vessels; operation=Nightjar"
        await answer(app, pilot, "")  # typed into the box at once: the keys are not what is tested here
        added = next(f for f in screen.figures if f["value"] == 37)
        assert (added["start"], added["end"], added["operation"]) == (*VESSELS, "Nightjar")

        await pilot.press("escape")  # not selecting: back to the main screen
        await settle(app, pilot)
        figures = await open_figures(app, pilot, "Nightjar")
        assert any(r["value"] == 37 and r["curated"] for r in figures.loaded_rows())
        assert any("✎" in line and "vessels" in line for line in rendered_lines(figures))

    before = [(c.id, c.action, c.status, c.start, c.end) for c in all_curations(store)]
    assert [(a, s, e) for _, a, _, s, e in before] == [("add-mention", *BLUE), ("add-figure", *VESSELS)]
    db = open_writer(store)
    reextract(db)
    ingest_paths(db, [folder])
    db.close()
    assert [(c.id, c.action, c.status, c.start, c.end) for c in all_curations(store)] == before
    assert mention_spans(store, "Blue Heron gang") == [BLUE]
    assert query(store, 'SELECT start, "end", metric, item FROM operation_stats WHERE value = 37') == [
        (*VESSELS, "seized", "vessels")
    ]


async def test_hostile_text_inside_the_selection_keeps_its_offsets_and_never_reaches_the_screen(store: Path):
    start = TEXT.index("Before")
    end = TEXT.index("[/b]") + len("[/b]")
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reader(app, pilot)
        await pilot.press("plus")  # not selecting: + asks for the text, as before
        await settle(app, pilot)
        assert isinstance(app.screen, Prompt) and app.focused.value == ""
        await answer(app, pilot, None)
        await pilot.press("v", "j", "j", "v")
        assert screen.selected_span() == (start, start + 1)
        await caret_to(pilot, screen, end - 2, key="e")  # the b of [/b]
        await pilot.press("l")
        assert screen.selected_span() == (start, end)
        shown = status(screen)
        assert "\x1b" not in shown and "\u202e" not in shown
        assert "Before ␛[2J and <U+202E> bidi [b]markup[/b]" in shown  # literal, never markup
        await pilot.press("o", "h")  # the other end, one character back: a space
        assert screen.selected_span() == (start - 1, end)
        await pilot.press("plus")
        await settle(app, pilot)
        offered = app.focused.value
        assert offered == "ORG " + visible(TEXT[start:end]) and "\x1b" not in offered
        await answer(app, pilot, "")  # as offered
        assert not screen.selecting
        messages = [n.message for n in app._notifications]
        assert messages and all("\x1b" not in m and "\u202e" not in m for m in messages)
        await pilot.press("v")  # the caret's place again
        await pilot.press("escape")  # stops selecting; the reader stays
        assert isinstance(app.screen, ReaderScreen) and not screen.selecting
    rows = mention_spans(store, visible(TEXT[start:end]))
    assert rows == [(start, end)]  # the white space before the selection is left out
    stored = query(store, "SELECT text FROM documents")[0][0]
    assert stored[start:end] == "Before \x1b[2J and \u202e bidi [b]markup[/b]"


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_a_selection_over_a_mention_is_refused_with_one_line(store: Path):
    vienna = TEXT.index("Vienna")
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reader(app, pilot)
        await pilot.press("e")  # the first entity: Vienna, its mention current
        await pilot.press("v")  # selects that mention, all of it
        assert screen.selected_span() == (vienna, vienna + len("Vienna"))
        await pilot.press("plus")
        await answer(app, pilot, "")
        assert any("already part of a mention" in n.message for n in app._notifications)
    assert [c.action for c in all_curations(store)] == []


@pytest.mark.once("keys, layout and navigation: the queries behind them run on PostgreSQL in other tests; CI time")
async def test_a_mouse_drag_selects_too(store: Path):
    app = make_app(store)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_reader(app, pilot)
        view = screen.query_one(ReaderView)
        lines = view.visible_text()
        y = next(i for i, line in enumerate(lines) if "Blue Heron" in line)
        x = lines[y].index("Blue Heron")  # past ␛ and <U+202E> on the screen
        await pilot.mouse_down(view, offset=(x, y))
        await pilot.hover(view, offset=(x + 9, y))
        await pilot.mouse_up(view, offset=(x + 9, y))
        await pilot.pause()
        assert screen.selecting and screen.selected_span() == BLUE
        assert app.screen.get_selected_text() == "Blue Heron"  # what ctrl+c copies
        await pilot.press("l", "plus")  # the keys go on from there
        await answer(app, pilot, "")
    assert mention_spans(store, "Blue Heron") == [BLUE]


# ------------------------------------------------------------- pure pieces


def test_display_offsets_map_both_ways_across_wide_placeholders():
    text = "a\x1b\u202eb\tc\x9bd\u2066e"
    rendered = Rendered.of(text)
    display = rendered.text.plain
    assert display == visible(text, keep_newlines=True) == "a␛<U+202E>b    c<9B>d<U+2066>e"
    for offset, ch in enumerate(text):
        at = rendered.to_display(offset)
        assert display[at : rendered.to_display(offset + 1)] == visible(ch, keep_newlines=True)
        assert rendered.to_original(at) == offset
    assert rendered.to_display(len(text)) == len(display)
    # inside a placeholder: the character it stands for
    assert rendered.to_original(display.index("U+202E")) == 2
    assert rendered.to_original(display.index("9B")) == 6


def test_highlights_stay_on_their_words_after_placeholders():
    start = TEXT.index("Vienna")
    rendered = highlighted_text(TEXT, [{"start": start, "end": start + 6, "type": "LOCATION"}], [VESSELS])
    plain = rendered.text.plain
    spans = {plain[s.start : s.end] for s in rendered.text.spans}
    assert {"Vienna", "37 vessels"} <= spans
    assert MARK_STYLES["selection"] != MARK_STYLES["current"]


def test_widened_names_every_character_drawn_wider_than_one():
    wide = {chr(c) for c in range(0x10000) if len(visible(chr(c), keep_newlines=True)) != 1}
    found = {chr(c) for c in range(0x10000) if list(widened(chr(c)))}
    assert found == wide
    assert list(widened("a\tb\u202e")) == [(1, 4), (3, 8)]


def test_figure_guess_reads_the_selected_span():
    seized = "Officers seized more than 850 firearms and arrested 560 people."
    at = seized.index("850 firearms")
    assert figure_guess(seized, at, at + len("850 firearms")) == {
        "metric": "seized",
        "value": 850.0,
        "unit": "count",
        "item": "firearms",
        "qualifier": "more than",
    }
    guess = figure_guess(TEXT, *VESSELS)
    assert (guess["value"], guess["item"]) == (37.0, "vessels")
    assert figure_guess(TEXT, BLUE[0], BLUE[0]) == {
        "metric": None,
        "value": None,
        "unit": "count",
        "item": None,
        "qualifier": None,
    }
    for odd in ("word " * 50_000, "9" * 200_000, "A-" * 100_000):
        figure_guess(odd, 0, len(odd))  # a long selection is cut: no hang


def test_add_by_span_checks_the_span(store: Path):
    db = open_writer(store)
    try:
        with pytest.raises(curate.CurationError, match="do not read"):
            curate.add_mention(db.conn, 1, "ORG", "Blue Heron", span=(BLUE[0] + 1, BLUE[1] + 1))
        with pytest.raises(curate.CurationError, match="not in document"):
            curate.add_mention(db.conn, 1, "ORG", "x", span=(10_000, 10_001))
        with pytest.raises(curate.CurationError, match="do not read"):
            curate.add_figure(db.conn, 1, "37 vessels", {"metric": "seized", "value": 37}, span=(0, 10))
        added = curate.add_mention(db.conn, 1, "ORG", "Blue Heron", span=BLUE)
        assert added.value["spans"] == [list(BLUE)]
        assert mention_spans(store, "Blue Heron") == [BLUE]
    finally:
        db.close()
    assert [c.action for c in all_curations(store)] == ["add-mention"]


def test_the_cli_adds_at_an_offset(store: Path):
    from .test_curate import problems, run

    db = str(store)
    added = run("curate", "add-mention", "--db", db, "harbour.txt", "org", "Blue Heron", "--at", str(BLUE[0]))
    assert "mention of ORG Blue Heron added" in added.output
    figure = ["37 vessels", "--metric", "seized", "--value", "37", "--at", str(VESSELS[0])]
    run("curate", "add-figure", "--db", db, "harbour.txt", *figure)
    wrong = run("curate", "add-mention", "--db", db, "harbour.txt", "ORG", "Spain", "--at", "3", ok=False)
    assert wrong.exit_code == 2 and "characters 3-8 of document 1 do not read 'Spain'" in wrong.output
    assert mention_spans(store, "Blue Heron") == [BLUE]
    assert query(store, 'SELECT start, "end" FROM operation_stats WHERE value = 37') == [VESSELS]
    assert problems(store) == []


def test_prompts_name_an_operation_instance_with_its_year_and_show_text_safely():
    from tui.reader import _naming, selection_status

    assert _naming({"type": "OPERATION", "name": "Lionfish", "key": "lionfish 2018"}) == "Lionfish 2018"
    assert _naming({"type": "OPERATION", "name": "Trigger V", "key": "trigger v"}) == "Trigger V"
    assert _naming({"type": "ORG", "name": "Europol 2020", "key": "europol 2020"}) == "Europol 2020"
    line = selection_status("ab\x1b[31m[red]x\u202e" + "y" * 500, (0, 300))
    assert line.plain.startswith("Selected 0-300 (300): ab␛[31m[red]x<U+202E>yy")
    assert "…" in line.plain and "\x1b" not in line.plain and len(line.plain) < 140
