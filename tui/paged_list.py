"""A virtual list: renders only the lines on screen, fetching rows a page at
a time in thread workers.

A ListView or DataTable builds a widget or cell per row up front (10,000
ListView items take ~23 s to paint here); this renders 100,000 rows as
cheaply as 100, because only visible lines are ever drawn or fetched.
"""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.text import visible

Row = dict[str, Any]
CountFn = Callable[[], int]
PageFn = Callable[[int, int], list[Row]]
RenderRow = Callable[[Row, int], Text]

#: ``d`` opens the row under the cursor, like ``enter``, in every list (the
#: help says so). A screen binding rather than the list's own, so that the
#: main screen keeps its ``d`` on an entity (its detail, where ``enter``
#: narrows the documents); screens with lists add it and ``open_row``.
OPEN_ROW = Binding("d", "open_row", "Open", show=False)


def open_focused_row(screen: Any) -> None:
    """``d``: open the row under the cursor of the focused list."""
    focused = screen.focused
    if isinstance(focused, PagedList):
        focused.action_select()


class PagedList(ScrollView, can_focus=True):
    """A cursor over rows that live in the store, not in memory."""

    PAGE_SIZE = 100

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,g", "jump(0)", "First", show=False),
        Binding("end,G", "jump(-1)", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    COMPONENT_CLASSES = {"paged-list--cursor", "paged-list--placeholder"}
    DEFAULT_CSS = """
    PagedList { height: 1fr; overflow-x: hidden; }
    PagedList > .paged-list--cursor { background: $block-cursor-blurred-background; }
    PagedList:focus > .paged-list--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground; text-style: bold;
    }
    PagedList > .paged-list--placeholder { color: $text-muted; }
    """

    cursor: reactive[int] = reactive(0, init=False)
    """Index of the highlighted row."""

    class Loaded(Message):
        """The row count (and first page) of a new source arrived."""

        def __init__(self, paged_list: PagedList, count: int) -> None:
            super().__init__()
            self.paged_list = paged_list
            self.count = count

        @property
        def control(self) -> PagedList:
            return self.paged_list

    class Highlighted(Message):
        """The cursor moved to another row."""

        def __init__(self, paged_list: PagedList, index: int) -> None:
            super().__init__()
            self.paged_list = paged_list
            self.index = index

        @property
        def control(self) -> PagedList:
            return self.paged_list

    class Selected(Message):
        """Enter was pressed on a row."""

        def __init__(self, paged_list: PagedList, row: Row) -> None:
            super().__init__()
            self.paged_list = paged_list
            self.row = row

        @property
        def control(self) -> PagedList:
            return self.paged_list

    def __init__(self, render_row: RenderRow, *, empty: str = "Nothing here", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._render_row = render_row
        self._empty = empty
        self._pages: dict[int, list[Row]] = {}
        self._page_errors: dict[int, str] = {}
        self._pending: set[int] = set()
        self._generation = 0
        self._page_fn: PageFn | None = None
        self.count: int | None = None
        self.error: str | None = None
        self.fetching = False  # a source asked for and not arrived yet
        self.loaded_at = 0.0  # perf_counter() when the latest source arrived (benchmarks read it)

    # ------------------------------------------------------------------ data

    @property
    def state(self) -> str:
        """``loading``, ``failed``, ``empty`` or ``ready``: what the list shows."""
        if self.fetching or self.count is None:
            return "loading"
        if self.error:
            return "failed"
        return "ready" if self.count else "empty"

    def load(
        self,
        count_fn: CountFn,
        page_fn: PageFn,
        *,
        empty: str | None = None,
        cursor: int | None = None,
    ) -> None:
        """Show a new source: its count and first page are fetched in a
        worker that replaces any stale one still running. ``cursor`` puts
        the cursor on that row once the rows arrive (a reload, or a view
        come back to through history); by default it starts on the first."""
        self._generation += 1
        generation = self._generation
        self._page_fn = page_fn
        self.fetching = True
        if empty is not None:
            self._empty = empty

        def fetch() -> None:
            try:
                count = count_fn()
                want = min(cursor or 0, max(0, count - 1)) // self.PAGE_SIZE
                first = page_fn(0, self.PAGE_SIZE) if count else []
                pages = {0: first}
                if want and count:
                    pages[want] = page_fn(want * self.PAGE_SIZE, self.PAGE_SIZE)
            except Exception as exc:  # a bad store must not kill the app
                self.app.call_from_thread(self._failed, generation, exc)
                return
            self.app.call_from_thread(self._first_page, generation, count, pages, cursor or 0)

        self.run_worker(
            fetch,
            thread=True,
            exclusive=True,
            group=f"source-{id(self)}",
            description="load list",
            exit_on_error=False,
        )

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.error = visible(f"Could not read the store: {exc}")
        self.fetching = False
        self.count = 0
        self._pages = {}
        self.virtual_size = Size(self.size.width, 0)
        self.refresh()
        self.post_message(self.Loaded(self, 0))

    def _first_page(self, generation: int, count: int, pages: dict[int, list[Row]], cursor: int) -> None:
        if generation != self._generation:
            return  # a newer source replaced this one while it ran
        self.error = None
        self.fetching = False
        self.count = count
        self.loaded_at = time.perf_counter()
        self._pages = pages
        self._page_errors = {}
        self._pending = set()
        self.virtual_size = Size(self.scrollable_content_region.width, count)
        cursor = max(0, min(cursor, count - 1))
        self.set_reactive(PagedList.cursor, cursor)
        height = self.scrollable_content_region.height or 1
        self.scroll_to(y=max(0, cursor - height // 2) if cursor >= height else 0, animate=False)
        self.refresh()
        self.post_message(self.Loaded(self, count))
        self.post_message(self.Highlighted(self, cursor))

    def _request_page(self, page: int) -> None:
        if page in self._pending or page in self._pages or page in self._page_errors or self._page_fn is None:
            return
        self._pending.add(page)
        generation = self._generation
        page_fn = self._page_fn

        def fetch() -> None:
            try:
                rows: list[Row] | str = page_fn(page * self.PAGE_SIZE, self.PAGE_SIZE)
            except Exception as exc:  # shown on the rows' lines, not "…" forever
                rows = visible(f"Could not read these rows: {exc}")
            self.app.call_from_thread(self._page_arrived, generation, page, rows)

        self.run_worker(
            fetch,
            thread=True,
            group=f"pages-{id(self)}",
            description="load page",
            exit_on_error=False,
        )

    def _page_arrived(self, generation: int, page: int, rows: list[Row] | str) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        if isinstance(rows, str):
            self._page_errors[page] = rows
        else:
            self._pages[page] = rows
        self.refresh()

    def retry(self) -> None:
        """Fetch again the pages that failed (``r`` does it)."""
        self._page_errors.clear()
        self.refresh()

    def row(self, index: int) -> Row | None:
        """The row at ``index`` if it has been fetched."""
        page = self._pages.get(index // self.PAGE_SIZE)
        if page is None:
            return None
        offset = index % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def current(self) -> Row | None:
        """The highlighted row."""
        return self.row(self.cursor) if self.count else None

    def loaded_rows(self) -> list[Row]:
        """Every fetched row in order (for tests and small lists)."""
        return [r for p in sorted(self._pages) for r in self._pages[p]]

    # ------------------------------------------------------------- rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        index = self.scroll_offset.y + y
        if not self.count:
            # the state in words, wrapped: empty (and what to do), failed (and why), loading
            message = self.error or (self._empty if self.count is not None else "Loading…")
            lines = textwrap.wrap(message, max(10, width - 1)) or [""]
            if y < len(lines):
                style = self.get_component_rich_style("paged-list--placeholder")
                return self._strip(Text(lines[y], end=""), width, style)
            return Strip.blank(width, self.rich_style)
        if index >= self.count:
            return Strip.blank(width, self.rich_style)
        row = self.row(index)
        if row is None:
            page = index // self.PAGE_SIZE
            failed = self._page_errors.get(page)
            if failed is None:
                self._request_page(page)
            text = Text(failed or "Loading…", end="")
            return self._strip(text, width, self.get_component_rich_style("paged-list--placeholder"))
        text = self._render_row(row, width)
        style = self.get_component_rich_style("paged-list--cursor") if index == self.cursor else None
        return self._strip(text, width, style)

    def _strip(self, text: Text, width: int, style: Style | None) -> Strip:
        text = text.copy()
        text.no_wrap = True
        text.truncate(width, overflow="ellipsis", pad=True)
        if style:
            # the cursor row drops "dim": dim text on the cursor's background falls
            # to about 3:1 contrast (NO_COLOR, 16-colour consoles)
            text.stylize(style + Style(dim=False))
        segments = list(text.render(self.app.console))
        return Strip(segments, width).apply_style(self.rich_style)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, self.count or 0)

    # ------------------------------------------------------------- movement

    def watch_cursor(self, old: int, new: int) -> None:
        height = self.scrollable_content_region.height or 1
        top = int(self.scroll_offset.y)
        if new < top:
            self.scroll_to(y=new, animate=False)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False)
        self.refresh()
        self.post_message(self.Highlighted(self, new))

    def action_cursor(self, delta: int) -> None:
        if self.count:
            self.cursor = max(0, min(self.count - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        self.action_cursor(direction * height)

    def action_jump(self, index: int) -> None:
        if self.count:
            self.cursor = self.count - 1 if index < 0 else 0

    def action_select(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self, row))
