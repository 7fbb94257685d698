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
from textual.widgets import DataTable, Footer, Input, Static

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
        self.operation_rows: list[dict[str, Any]] = []
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
            yield DataTable(id="operations", cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def reader(self) -> Reader:
        return self.app.reader  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.query_one("#documents-pane").border_title = "Documents"
        self.query_one("#entities-pane").border_title = "Entities"
        self.query_one("#operations-pane").border_title = "Operations"
        table = self.query_one("#operations", DataTable)
        for label, key in OPERATION_COLUMNS:
            table.add_column(label, key=key)
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

        def fetch() -> None:
            rows = reader.operations(limit=1000, sort=sort)
            loose = reader.unattributed_figures()
            if loose:
                rows.append(loose)
            self.app.call_from_thread(self._fill_operations, rows)

        self.run_worker(fetch, thread=True, exclusive=True, group="operations", exit_on_error=False)

    def _fill_operations(self, rows: list[dict[str, Any]]) -> None:
        table = self.query_one("#operations", DataTable)
        table.clear()
        for row in rows:
            name = (
                safe_text(row["name"]) if row["name"] is not None else Text("(no named operation)", style="italic dim")
            )
            table.add_row(
                name,
                Text(str(row["year"] or "—")),
                Text(format_value(row["arrests"]), justify="right"),
                Text(str(row["seizures"]), justify="right"),
                Text(str(row["other"]), justify="right"),
                Text(str(row["documents"]), justify="right"),
                key=str(row["id"]),
            )
        self.operation_rows = rows
        label = dict(OPERATION_COLUMNS and [(k, lbl) for lbl, k in OPERATION_COLUMNS])[self.operation_sort]
        shown = f"{len(rows)}" if len(rows) < 1000 else "first 1,000"
        self.query_one("#operations-pane").border_title = f"Operations ({shown}) by {label.lower()}"

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

    @on(DataTable.RowSelected, "#operations")
    def _operation_selected(self, event: DataTable.RowSelected) -> None:
        self._open_operation(event.cursor_row)

    def on_key(self, event: Key) -> None:
        # Down from the search box moves into the entity list.
        if event.key == "down" and self.focused is self.query_one("#entity-search"):
            self.query_one("#entities", PagedList).focus()
            event.stop()

    # ------------------------------------------------------------ actions

    def _open_operation(self, index: int) -> None:
        if 0 <= index < len(self.operation_rows):
            row = self.operation_rows[index]
            self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]

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
        if self.focused is self.query_one("#operations", DataTable):
            keys = [k for _, k in OPERATION_COLUMNS]
            self.operation_sort = keys[(keys.index(self.operation_sort) + 1) % len(keys)]
            self.load_operations()
        else:
            self.entity_sort = ENTITY_SORTS[(ENTITY_SORTS.index(self.entity_sort) + 1) % len(ENTITY_SORTS)]
            self.load_entities()

    def action_detail(self) -> None:
        table = self.query_one("#operations", DataTable)
        if self.focused is table:
            self._open_operation(table.cursor_row)
            return
        row = self.query_one("#entities", PagedList).current
        if row is not None:
            if row["type"] == "OPERATION":
                self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]
            else:
                self.app.open_entity(row["id"])  # type: ignore[attr-defined]
