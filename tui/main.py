"""The main screen: Documents, Entities and Operations side by side."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from store.queries import Reader

from .display import format_value, safe_text, type_badge
from .paged_list import PagedList

__all__ = ["MainScreen", "render_document_row", "render_entity_row"]

ENTITY_TYPES = (None, "PERSON", "ORG", "LOCATION", "OPERATION")
ENTITY_SORTS = ("mentions", "documents", "name")
OPERATION_COLUMNS = (
    ("Operation", "name"),
    ("Year", "year"),
    ("Arrests", "arrests"),
    ("Seizures", "seizures"),
    ("Other", "other"),
    ("Docs", "documents"),
)


def render_document_row(row: dict[str, Any], width: int) -> Text:
    text = Text(f"{row['id']:>5} ", style="dim", end="")
    text.append_text(safe_text(row["title"]))
    return text


OPERATION_LABELS = {key: label for label, key in OPERATION_COLUMNS}


def _operation_columns(width: int) -> list[tuple[str, int]]:
    """(key, width) of each operations column: the name takes what the
    figures leave; it is left-aligned, the figures right-aligned."""
    fixed = [("year", 5), ("arrests", 9), ("seizures", 9), ("other", 6), ("documents", 6)]
    return [("name", max(10, width - 1 - sum(w + 1 for _, w in fixed))), *fixed]


def operations_header(width: int) -> Text:
    out = Text(end="", style="bold")
    for key, w in _operation_columns(width):
        label = OPERATION_LABELS[key]
        out.append((label.ljust(w) if key == "name" else label.rjust(w)) + " ")
    return out


def render_operation_row(row: dict[str, Any], width: int) -> Text:
    out = Text(end="")
    for key, w in _operation_columns(width):
        value = row.get(key)
        if key == "name":
            cell = safe_text(value) if value is not None else Text("(no named operation)", style="italic dim")
            cell.truncate(w, overflow="ellipsis", pad=True)
            out.append_text(cell)
        else:
            if value is None:
                shown = "—"
            elif key == "arrests":
                shown = format_value(value)
            else:
                shown = str(value) if key == "year" else f"{value:,}"
            out.append(shown.rjust(w))
        out.append(" ")
    return out


def render_entity_row(row: dict[str, Any], width: int) -> Text:
    """``ORG INTERPOL …  51×/11d``: type, name, mentions and documents, the
    counts kept visible however long the name."""
    counts = f" {row['mention_count']}×/{row['document_count']}d"
    text = type_badge(row["type"])
    name = safe_text(row["name"])
    room = max(4, width - len(text) - len(counts))
    name.truncate(room, overflow="ellipsis", pad=True)
    text.append_text(name)
    text.append(counts, style="dim")
    return text


class MainScreen(Screen):
    """Documents, Entities (with type-ahead) and Operations."""

    BINDINGS = [
        Binding("escape", "clear", "Clear", tooltip="Show every document again"),
        Binding("e", "focus_search", "Entities", tooltip="Type to find an entity"),
        Binding("d", "detail", "Detail", tooltip="Detail of the entity or operation under the cursor"),
        Binding("s", "sort", "Sort", tooltip="Change the sort order of the focused list"),
        Binding("0", "entity_type(0)", "All types", show=False),
        Binding("1", "entity_type(1)", "People", show=False),
        Binding("2", "entity_type(2)", "Organisations", show=False),
        Binding("3", "entity_type(3)", "Places", show=False),
        Binding("4", "entity_type(4)", "Operations", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entity_filter: dict[str, Any] | None = None
        self.entity_type: str | None = None
        self.entity_sort = "mentions"
        self.operation_sort = "documents"
        self.search_text = ""
        self.fuzzy_rows: list[dict[str, Any]] = []
        self.capped = False

    def compose(self) -> ComposeResult:
        yield Static(Text("docket", style="bold"), id="status", markup=False)
        with Horizontal(id="top"):
            with Vertical(id="documents-pane", classes="pane"):
                yield PagedList(render_document_row, id="documents", empty="No documents")
            with Vertical(id="entities-pane", classes="pane"):
                yield Input(placeholder="Type to narrow entities…", id="entity-search")
                yield PagedList(render_entity_row, id="entities", empty="No matching entities")
        with Vertical(id="operations-pane", classes="pane"):
            yield Static(Text(""), id="operations-header", markup=False)
            yield PagedList(render_operation_row, id="operations", empty="No operations")
        yield Footer()

    @property
    def reader(self) -> Reader:
        return self.app.reader  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.query_one("#documents-pane").border_title = "Documents"
        self.query_one("#entities-pane").border_title = "Entities"
        self.query_one("#operations-pane").border_title = "Operations"
        self.reload()
        status = Text("docket  ", style="bold", end="")
        status.append_text(safe_text(str(self.reader.path), "dim"))
        status.append("   ? help · / search · ctrl+p find", style="dim")
        self.query_one("#status", Static).update(status)
        self.query_one("#documents", PagedList).focus()

    def reload(self) -> None:
        """Load every pane again (r: documents ingested since appear)."""
        self.load_documents()
        self.load_entities()
        self.load_operations()

    # ------------------------------------------------------------ loading

    def load_documents(self) -> None:
        docs = self.query_one("#documents", PagedList)
        reader = self.reader
        entity = self.entity_filter
        if entity is None:
            docs.load(reader.count_documents, lambda o, n: reader.documents(o, n))
        else:
            eid = entity["id"]
            docs.load(
                lambda: reader.count_documents(eid),
                lambda o, n: reader.documents(o, n, entity_id=eid),
                empty="No document mentions it",
            )

    def load_entities(self) -> None:
        reader = self.reader
        query, etype, sort = self.search_text, self.entity_type, self.entity_sort
        matches: list[dict[str, Any]] = []
        fuzzy: list[dict[str, Any]] = []
        self.fuzzy_rows = fuzzy
        self.capped = False
        entities = self.query_one("#entities", PagedList)
        if not query.strip():
            # the whole list, a page at a time (an index scan by rank)
            entities.load(
                lambda: reader.count_entities("", etype),
                lambda o, n: reader.entities("", etype, offset=o, limit=n, sort=sort),
            )
            return

        def count() -> int:
            matches[:] = reader.match_entities(query, etype, sort)
            if not matches:
                # nothing starts with or contains it: offer names a typo away
                fuzzy[:] = reader.fuzzy_entities(query, etype)
                matches[:] = fuzzy
            self.capped = len(matches) >= reader.MATCH_LIMIT
            return len(matches)

        entities.load(count, lambda o, n: matches[o : o + n])

    def load_operations(self) -> None:
        reader = self.reader
        sort = self.operation_sort
        loose: list[dict[str, Any]] = []

        def count() -> int:
            n = reader.count_operations()
            row = reader.unattributed_figures()
            loose[:] = [row] if row else []
            return n + len(loose)

        def page(offset: int, limit: int) -> list[dict[str, Any]]:
            rows = reader.operations(offset=offset, limit=limit, sort=sort)
            if len(rows) < limit and loose:
                rows = rows + loose  # figures of no named operation come last
            return rows

        self.query_one("#operations", PagedList).load(count, page)

    @property
    def operation_rows(self) -> list[dict[str, Any]]:
        return self.query_one("#operations", PagedList).loaded_rows()

    # ------------------------------------------------------------- events

    @on(PagedList.Loaded, "#documents")
    def _documents_loaded(self, event: PagedList.Loaded) -> None:
        pane = self.query_one("#documents-pane")
        if self.entity_filter is None:
            pane.border_title = f"Documents ({event.count})"
            pane.border_subtitle = ""
        else:
            title = Text(f"Documents ({event.count}) mentioning ", end="")
            title.append_text(safe_text(self.entity_filter["name"], "bold"))
            pane.border_title = title
            pane.border_subtitle = "esc: all"

    @on(PagedList.Loaded, "#entities")
    def _entities_loaded(self, event: PagedList.Loaded) -> None:
        kind = {
            None: "",
            "PERSON": " people",
            "ORG": " organisations",
            "LOCATION": " places",
            "OPERATION": " operations",
        }[self.entity_type]
        pane = self.query_one("#entities-pane")
        if self.fuzzy_rows:
            pane.border_title = f"Entities: {event.count} close match(es)"
        else:
            shown = f"first {event.count}" if self.capped else f"{event.count}"
            pane.border_title = f"Entities ({shown}{kind})"
        pane.border_subtitle = f"by {self.entity_sort}"

    @on(Input.Changed, "#entity-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search_text = event.value
        self.load_entities()

    @on(Input.Submitted, "#entity-search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        entities = self.query_one("#entities", PagedList)
        if entities.current is not None:
            self.filter_by_entity(entities.current)

    @on(PagedList.Selected, "#entities")
    def _entity_selected(self, event: PagedList.Selected) -> None:
        self.filter_by_entity(event.row)

    @on(PagedList.Selected, "#documents")
    def _document_selected(self, event: PagedList.Selected) -> None:
        self.app.open_document(event.row["id"])  # type: ignore[attr-defined]

    @on(PagedList.Loaded, "#operations")
    def _operations_loaded(self, event: PagedList.Loaded) -> None:
        label = OPERATION_LABELS[self.operation_sort]
        self.query_one("#operations-pane").border_title = f"Operations ({event.count}) by {label.lower()}"
        self.call_after_refresh(self._operations_header)

    def _operations_header(self) -> None:
        ops = self.query_one("#operations", PagedList)
        self.query_one("#operations-header", Static).update(
            operations_header(ops.scrollable_content_region.width or ops.size.width)
        )

    def on_resize(self) -> None:
        self.call_after_refresh(self._operations_header)

    @on(PagedList.Selected, "#operations")
    def _operation_selected(self, event: PagedList.Selected) -> None:
        row = event.row
        self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]

    def on_key(self, event: Key) -> None:
        # Down from the search box moves into the entity list.
        if event.key == "down" and self.focused is self.query_one("#entity-search"):
            self.query_one("#entities", PagedList).focus()
            event.stop()

    # ------------------------------------------------------------ actions

    def filter_by_entity(self, entity: dict[str, Any]) -> None:
        """Narrow the Documents pane to the documents that mention ``entity``."""
        self.entity_filter = entity
        self.load_documents()
        self.query_one("#documents", PagedList).focus()

    def action_clear(self) -> None:
        if self.entity_filter is not None:
            self.entity_filter = None
            self.load_documents()
        else:
            search = self.query_one("#entity-search", Input)
            if search.value:
                search.value = ""

    def action_focus_search(self) -> None:
        self.query_one("#entity-search", Input).focus()

    def action_entity_type(self, index: int) -> None:
        self.entity_type = ENTITY_TYPES[index]
        self.load_entities()

    def action_sort(self) -> None:
        if self.focused is self.query_one("#operations", PagedList):
            keys = [k for _, k in OPERATION_COLUMNS]
            self.operation_sort = keys[(keys.index(self.operation_sort) + 1) % len(keys)]
            self.load_operations()
        else:
            self.entity_sort = ENTITY_SORTS[(ENTITY_SORTS.index(self.entity_sort) + 1) % len(ENTITY_SORTS)]
            self.load_entities()

    def action_detail(self) -> None:
        operations = self.query_one("#operations", PagedList)
        if self.focused is operations:
            if operations.current is not None:
                row = operations.current
                self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]
            return
        row = self.query_one("#entities", PagedList).current
        if row is not None:
            if row["type"] == "OPERATION":
                self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]
            else:
                self.app.open_entity(row["id"])  # type: ignore[attr-defined]
