"""Property tests over arbitrary text (hypothesis): display safety, search
queries and extraction never fail, whatever the input."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import extract
from store.queries import fts_query
from store.text import visible
from tui.display import safe_text

CONTROL = {chr(c) for c in range(0x20)} | {chr(0x7F)} | {chr(c) for c in range(0x80, 0xA0)}
CONTROL |= {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
CONTROL |= {"\u200e", "\u200f", "\u061c", "\u2028", "\u2029"}

any_text = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=300)


@given(any_text)
@settings(max_examples=400)
def test_visible_never_lets_a_control_through(text: str):
    shown = visible(text)
    assert not (set(shown) & CONTROL)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in shown)


@given(any_text)
@settings(max_examples=200)
def test_safe_text_is_never_markup_and_renders_without_controls(text: str):
    from rich.console import Console

    rendered = safe_text(text)
    assert rendered.plain == visible(text)  # not parsed: "[b]" stays "[b]"
    console = Console(width=60, record=True, color_system=None, force_terminal=False)
    with console.capture() as capture:
        console.print(rendered)
    assert not (set(capture.get()) & (CONTROL - {"\n"}))


def _fts_db() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, text)")
    conn.execute("INSERT INTO t VALUES ('Operation Kestrel', 'INTERPOL seized 2 tonnes of cocaine')")
    return conn


FTS = _fts_db()


@given(any_text)
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
def test_any_search_text_gives_a_valid_fts_query_or_none(text: str):
    match = fts_query(text)
    if match is not None:
        FTS.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchone()


@given(st.text(max_size=400))
@settings(max_examples=150, deadline=None)
def test_extraction_never_fails_and_spans_stay_inside_the_text(text: str):
    result = extract(text)
    for entity in result.entities:
        for start, end in entity.mentions:
            assert 0 <= start < end <= len(text)
    for figure in result.figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.sentence_start <= figure.start and figure.end <= max(figure.sentence_end, figure.end)
