"""Full-text search: ranked documents with highlighted snippets."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from store.queries import HIT_END, HIT_START, fts_query
from store.text import visible

from .boxes import DocketFooter, TextBox
from .display import MARK_STYLES, lead_in, safe_text
from .paged_list import OPEN_ROW, PagedList, open_focused_row

__all__ = ["SearchScreen", "snippet_text"]


_SPACES = re.compile(r"\s+")


def snippet_text(snippet: str, room: int | None = None) -> Text:
    """A snippet with its hit markers turned into highlighting. With
    ``room`` (cells), the words before the first hit give way (``…``) so
    that the hit is inside the room."""
    # one line, a space kept where a hit meets a word
    parts = [_SPACES.sub(" ", part) for part in snippet.replace(HIT_END, HIT_START).split(HIT_START)]
    parts[0] = parts[0].lstrip()
    if len(parts) > 1:
        parts[0] = lead_in(visible(parts[0]), cell_len(visible(parts[1])), room)
    out = Text(end="")
    highlighted = False
    for part in parts:
        out.append_text(safe_text(part, MARK_STYLES["hit"] if highlighted else ""))
        highlighted = not highlighted
    return out


def render_result(row: dict[str, Any], width: int) -> Text:
    """``Title…  …words before the hit and after it``: the title takes at
    most two fifths of the row, so that the first hit is in view."""
    text = safe_text(row["title"], "bold")
    text.truncate(max(16, width * 2 // 5), overflow="ellipsis")
    text.append("  ")
    text.append_text(snippet_text(row["snippet"] or "", max(8, width - cell_len(text.plain))))
    return text


class SearchScreen(Screen):
    """Type words; Enter on a result opens it at the first hit."""

    BINDINGS = [Binding("escape", "app.back", "Back"), OPEN_ROW]

    def action_open_row(self) -> None:
        open_focused_row(self)

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.initial = query
        self.current_query = query
        self.restored: dict[str, Any] = {}

    def compose(self) -> ComposeResult:
        yield Static(
            Text('Search titles and text   "a phrase"  -leave out  this OR that', style="bold"),
            id="search-title",
        )
        yield TextBox(value=self.initial, placeholder="/: type words to search titles and text", id="search-input")
        yield Static(Text(""), id="search-status", markup=False)
        yield PagedList(render_result, id="search-results", empty="No matches")
        yield DocketFooter(compact=True)

    def on_mount(self) -> None:
        box = self.query_one(TextBox)
        state = self.restored
        query = state.get("query", self.initial)
        if query != box.value:
            with box.prevent(TextBox.Changed):
                box.value = query
        if query:
            self.run_search(query, cursor=state.get("cursor"))
        else:
            self.run_search("")
        if state and not state.get("typing"):
            self.query_one(PagedList).focus()
        else:
            box.enter()

    def history_state(self) -> dict[str, Any]:
        """What forward brings back: the query, the cursor, where you were."""
        return {
            "query": self.current_query,
            "cursor": self.query_one(PagedList).cursor,
            "typing": self.focused is self.query_one(TextBox),
        }

    def enter_box(self) -> None:
        self.query_one(TextBox).enter()

    @on(TextBox.Changed, "#search-input")
    def _changed(self, event: TextBox.Changed) -> None:
        self.run_search(event.value)

    @on(TextBox.Submitted, "#search-input")
    def _submitted(self, event: TextBox.Submitted) -> None:
        results = self.query_one(PagedList)
        if results.current is not None:
            self._open(results.current)

    @on(TextBox.Left, "#search-input")
    def _left(self, event: TextBox.Left) -> None:
        if self.focused is None:
            self.query_one(PagedList).focus()

    def run_search(self, query: str, *, cursor: int | None = None) -> None:
        results = self.query_one(PagedList)
        status = self.query_one("#search-status", Static)
        self.current_query = query
        # a search typed over need not finish (a short prefix at 100,000
        # documents keeps a core busy for half a second)
        self.app.reader.cancel_searches()  # type: ignore[attr-defined]
        if fts_query(query) is None:
            status.update(
                Text(
                    "Type a word to search."
                    if not query.strip()
                    else "Nothing to search for: type letters or digits (a -word alone only leaves out).",
                    style="dim",
                )
            )
            results.load(lambda: 0, lambda o, n: [], empty="")
            return
        status.update(Text("Searching…", style="dim"))
        reader = self.app.reader  # type: ignore[attr-defined]
        results.load(
            lambda: reader.count_search(query),
            lambda o, n: reader.search(query, o, n),
            empty=f"No document matches {visible(query)!r}: try fewer words, or OR between them",
            cursor=cursor,
        )

    def reload(self) -> None:
        """``r``: search again (new documents may match)."""
        self.run_search(self.current_query, cursor=self.query_one(PagedList).cursor)

    @on(PagedList.Loaded, "#search-results")
    def _loaded(self, event: PagedList.Loaded) -> None:
        results = self.query_one(PagedList)
        if results.error:
            msg = "The search failed (see the list)"
        elif fts_query(self.current_query) is None:
            return
        else:
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
