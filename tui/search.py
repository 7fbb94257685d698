"""Full-text search: ranked documents with highlighted snippets."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from store.queries import HIT_END, HIT_START, fts_query

from .display import safe_text
from .paged_list import PagedList

__all__ = ["SearchScreen", "snippet_text"]


def snippet_text(snippet: str) -> Text:
    """A snippet with its hit markers turned into highlighting."""
    out = Text(end="")
    highlighted = False
    for part in snippet.replace(HIT_END, HIT_START).split(HIT_START):
        out.append_text(safe_text(" ".join(part.split()), "bold reverse" if highlighted else ""))
        highlighted = not highlighted
    return out


def render_result(row: dict[str, Any], width: int) -> Text:
    text = safe_text(row["title"], "bold")
    text.append("  ")
    text.append_text(snippet_text(row["snippet"] or ""))
    return text


class SearchScreen(Screen):
    """Type words; Enter on a result opens it at the first hit."""

    BINDINGS = [
        Binding("escape", "app.back", "Back"),
        Binding("down", "focus_results", "Results", show=False),
    ]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query

    def compose(self) -> ComposeResult:
        yield Static(Text("Search documents (words; a trailing * for a prefix)", style="bold"), id="search-title")
        yield Input(value=self.initial, placeholder="Search titles and text…", id="search-input")
        yield Static(Text(""), id="search-status", markup=False)
        yield PagedList(render_result, id="search-results", empty="No matches")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.initial:
            self.run_search(self.initial)

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        results = self.query_one(PagedList)
        if results.current is not None:
            self._open(results.current)

    def run_search(self, query: str) -> None:
        results = self.query_one(PagedList)
        status = self.query_one("#search-status", Static)
        self.current_query = query
        if fts_query(query) is None:
            status.update(
                Text(
                    "Type a word to search."
                    if not query.strip()
                    else "Nothing searchable typed: try letters or digits.",
                    style="dim",
                )
            )
            results.load(lambda: 0, lambda o, n: [], empty="")
            return
        status.update(Text("Searching…", style="dim"))
        reader = self.app.reader  # type: ignore[attr-defined]
        results.load(lambda: reader.count_search(query), lambda o, n: reader.search(query, o, n), empty="No matches")

    @on(PagedList.Loaded, "#search-results")
    def _loaded(self, event: PagedList.Loaded) -> None:
        if fts_query(self.current_query) is not None:
            msg = "No matches" if not event.count else f"{event.count} document(s), best first"
            self.query_one("#search-status", Static).update(Text(msg, style="dim"))

    @on(PagedList.Selected, "#search-results")
    def _selected(self, event: PagedList.Selected) -> None:
        self._open(event.row)

    def _open(self, row: dict[str, Any]) -> None:
        from .reader import ReaderScreen

        query = self.current_query
        self.app.record("search", query, f"opened document {row['id']}")  # type: ignore[attr-defined]
        self.app.open(lambda: ReaderScreen(row["id"], query=query))  # type: ignore[attr-defined]

    def action_focus_results(self) -> None:
        self.query_one(PagedList).focus()
