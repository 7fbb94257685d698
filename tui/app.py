"""The docket app: documents, entities and operations in three panes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Static

from store.queries import Reader

from .display import format_value, safe_text, type_badge
from .paged_list import PagedList
from .reader import ReaderScreen

__all__ = ["DocketApp", "MainScreen", "make_app"]


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
    """Documents, Entities and Operations side by side."""

    BINDINGS = [
        Binding("escape", "clear", "Clear filter", tooltip="Show every document again"),
        Binding("slash", "focus_search", "Find entity", key_display="/"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entity_filter: dict[str, Any] | None = None

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
        for label, key in (
            ("Operation", "name"),
            ("Year", "year"),
            ("Arrests", "arrests"),
            ("Seizures", "seizures"),
            ("Other", "other"),
            ("Docs", "documents"),
        ):
            table.add_column(label, key=key)
        self.load_documents()
        self.load_entities("")
        self.load_operations()
        status = Text("docket  ", style="bold", end="")
        status.append_text(safe_text(str(self.reader.path), "dim"))
        self.query_one("#status", Static).update(status)
        self.query_one("#documents", PagedList).focus()

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

    def load_entities(self, query: str) -> None:
        reader = self.reader
        self.query_one("#entities", PagedList).load(
            lambda: reader.count_entities(query),
            lambda o, n: reader.entities(query, offset=o, limit=n),
        )

    def load_operations(self) -> None:
        reader = self.reader

        def fetch() -> None:
            rows = reader.operations(limit=500)
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
        self.query_one("#operations-pane").border_title = f"Operations ({len(rows)})"

    # ------------------------------------------------------------- events

    @on(PagedList.Loaded, "#documents")
    def _documents_loaded(self, event: PagedList.Loaded) -> None:
        pane = self.query_one("#documents-pane")
        if self.entity_filter is None:
            pane.border_title = f"Documents ({event.count})"
        else:
            title = Text(f"Documents ({event.count}) mentioning ", end="")
            title.append_text(safe_text(self.entity_filter["name"], "bold"))
            pane.border_title = title
            pane.border_subtitle = "Esc: all documents"

    @on(PagedList.Loaded, "#entities")
    def _entities_loaded(self, event: PagedList.Loaded) -> None:
        self.query_one("#entities-pane").border_title = f"Entities ({event.count})"

    @on(Input.Changed, "#entity-search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.load_entities(event.value)

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
        self.app.push_screen(ReaderScreen(event.row["id"]))

    @on(DataTable.RowSelected, "#operations")
    def _operation_selected(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key and key != "None":
            row = next((r for r in self.operation_rows if str(r["id"]) == key), None)
            if row:
                self.filter_by_entity({"id": row["id"], "name": row["name"], "type": "OPERATION"})

    def on_key(self, event: Any) -> None:
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
            pane = self.query_one("#documents-pane")
            pane.border_subtitle = ""
            self.load_documents()
        else:
            search = self.query_one("#entity-search", Input)
            if search.value:
                search.value = ""

    def action_focus_search(self) -> None:
        self.query_one("#entity-search", Input).focus()


class DocketApp(App):
    """Keyboard-driven explorer of a docket store."""

    CSS_PATH = "docket.tcss"
    TITLE = "docket"
    BINDINGS = [
        Binding("q", "quit", "Quit", tooltip="Leave docket"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
    ]
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.reader = Reader(db_path)

    def on_mount(self) -> None:
        self.push_screen(MainScreen())

    def on_unmount(self) -> None:
        self.reader.close()


def make_app(db_path: Path | str) -> DocketApp:
    """The app on the store at ``db_path``: shared by the CLI and the tests."""
    return DocketApp(Path(db_path))
