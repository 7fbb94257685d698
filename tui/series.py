"""A series of operations: every edition and every year's instance of a
codename (``Lionfish``, ``Lionfish II``, ``Lionfish-Mayag III``; see
:func:`store.text.series_key`), oldest first, each with its headline figures
side by side. Enter opens an edition."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from .boxes import DocketFooter
from .display import safe_text
from .main import operations_header, render_operation_row
from .paged_list import PagedList

__all__ = ["SeriesScreen"]


class SeriesScreen(Screen):
    """The editions of one operation's series."""

    BINDINGS = [Binding("escape", "app.back", "Back"), Binding("d", "open_edition", "Detail")]

    def __init__(self, operation_id: int) -> None:
        super().__init__()
        self.operation_id = operation_id

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading the series…", style="dim"), id="series-title", markup=False)
        with Vertical(id="series-pane", classes="pane"):
            yield Static(Text(""), id="series-header", markup=False)
            yield PagedList(render_operation_row, id="series", empty="This operation is no longer in the store")
        yield DocketFooter(compact=True)

    def on_mount(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        rows: list[dict[str, Any]] = []

        def count() -> int:
            rows[:] = reader.series(self.operation_id)
            return len(rows)

        self.rows = rows
        state = getattr(self, "restored", None) or {}
        self.query_one("#series", PagedList).load(count, lambda o, n: rows[o : o + n], cursor=state.get("cursor"))
        self.query_one("#series", PagedList).focus()

    def history_state(self) -> dict[str, Any]:
        return {"cursor": self.query_one("#series", PagedList).cursor}

    def reload(self) -> None:
        self.restored = self.history_state()
        self.on_mount()

    @on(PagedList.Loaded, "#series")
    def _loaded(self, event: PagedList.Loaded) -> None:
        series = self.query_one("#series", PagedList)
        title = self.query_one("#series-title", Static)
        if series.error:
            title.update(safe_text(f"Could not read the series: {series.error}  (r tries again)", "bold"))
            return
        if not self.rows:
            title.update(Text("This operation is no longer in the store", style="bold"))
            return
        # the series by its shortest codename ("Lionfish" for Lionfish, Lionfish II, …)
        shortest = min(self.rows, key=lambda r: (len(r["name"]), r["name"]))
        head = Text("Series ", style="bold", end="")
        head.append_text(safe_text(shortest["name"], "bold"))
        head.append(
            f"   {event.count} edition(s) and year(s), oldest first · ~ about, > more than, "
            "≠ documents disagree on a figure · enter: open one",
            style="dim",
        )
        title.update(head)
        self.query_one("#series-pane").border_title = f"Editions ({event.count})"
        self.call_after_refresh(self._header)

    def on_resize(self) -> None:
        self.call_after_refresh(self._header)

    def _header(self) -> None:
        series = self.query_one("#series", PagedList)
        self.query_one("#series-header", Static).update(
            operations_header(series.scrollable_content_region.width or series.size.width)
        )

    def action_open_edition(self) -> None:
        row = self.query_one("#series", PagedList).current
        if row:
            self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]

    @on(PagedList.Selected, "#series")
    def _selected(self, event: PagedList.Selected) -> None:
        self.app.open_operation(event.row["id"], event.row["name"])  # type: ignore[attr-defined]
