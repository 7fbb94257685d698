"""The main screen: Documents, Entities and Operations side by side."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from store.queries import Reader
from store.summary import format_figure
from store.text import visible

from .boxes import DocketFooter, TextBox
from .curate import CURATED_MARK
from .display import BADGE_WIDTH, format_year, safe_text, type_badge
from .paged_list import PagedList

__all__ = ["MainScreen", "render_document_row", "render_entity_row"]

ENTITY_TYPES = (None, "PERSON", "ORG", "LOCATION", "OPERATION")
NO_DOCUMENTS = "No documents yet — run: docket ingest PATH"
NO_ENTITIES = "No entities yet — they come with documents: docket ingest PATH"
NO_OPERATIONS = "No named operation in the documents yet"
ENTITY_SORTS = ("mentions", "documents", "name")
#: (header, key) of the Operations pane: headline figures, never counts of rows.
OPERATION_COLUMNS = (
    ("Operation", "name"),
    ("Year", "year"),
    ("Arrests", "arrests"),
    ("Rescued", "rescued"),
    ("Docs", "documents"),
    ("Main seizures", "main_seizures"),
)
#: What ``s`` cycles through on the Operations pane.
OPERATION_SORTS = ("documents", "arrests", "rescued", "year", "name")
#: Marks an operation whose documents disagree on a figure.
CONFLICT_MARK = "≠"


#: Orders of the Documents pane (``s``): as added, newest published first.
DOCUMENT_SORTS = ("added", "date")
DATE_WIDTH = 10  # 2024-09-30


def render_document_row(row: dict[str, Any], width: int) -> Text:
    """``    1 Title …   3 copies 2024-09-30``: id, title, the size of its
    copy group (when it has copies) and its published date (``undated``)."""
    text = Text(f"{row['id']:>5} ", style="dim", end="")
    copies = row.get("copies") or 0
    tail = Text(end="")
    if copies:  # the size of its copy group: "3 copies" (narrow: "×3")
        tail.append(f" {copies + 1} copies" if width >= 60 else f" ×{copies + 1}", style="bold")
    published = row.get("published")
    tail.append(" ")
    tail.append((published or "undated")[:DATE_WIDTH].rjust(DATE_WIDTH), style="" if published else "dim italic")
    title = safe_text(row["title"])
    title.truncate(max(4, width - len(text) - len(tail)), overflow="ellipsis", pad=True)
    text.append_text(title)
    text.append_text(tail)
    return text


OPERATION_LABELS = {key: label for label, key in OPERATION_COLUMNS}
_FIXED = {"year": 5, "arrests": 7, "rescued": 7, "documents": 4}  # year 5: "2024?" where it is inferred


def _operation_columns(width: int) -> list[tuple[str, int]]:
    """(key, width) of each operations column: the name and the main
    seizures share what the figures leave (the name at most 32); names
    are left-aligned, the figures right-aligned."""
    rest = max(20, width - sum(w + 1 for w in _FIXED.values()) - 2)
    name = max(10, min(32, rest * 2 // 5))
    widths = {**_FIXED, "name": name, "main_seizures": max(8, rest - name)}
    return [(key, widths[key]) for _, key in OPERATION_COLUMNS]


def operations_header(width: int) -> Text:
    out = Text(end="", style="bold")
    for key, w in _operation_columns(width):
        label = OPERATION_LABELS[key]
        out.append((label.ljust(w) if key in ("name", "main_seizures") else label.rjust(w)) + " ")
    return out


def render_operation_row(row: dict[str, Any], width: int) -> Text:
    """``≠ Lionfish II   2014     422       —    1 cocaine >27.5 t · …``:
    the headline figures (``~`` about, ``>`` more than); ``≠`` before the
    name when documents disagree on a figure."""
    out = Text(end="")
    for key, w in _operation_columns(width):
        value = row.get(key)
        if key == "name":
            if value is None:
                cell = Text("(no named operation)", style="italic dim")
            else:
                cell = Text(f"{CONFLICT_MARK} ", style="bold") if row.get("conflicts") else Text(end="")
                if row.get("curated"):
                    cell.append(f"{CURATED_MARK} ", style="bold")
                cell.append_text(safe_text(value))
            cell.truncate(w, overflow="ellipsis", pad=True)
            out.append_text(cell)
        elif key == "main_seizures":
            if row.get("name") is None:
                cell = Text(
                    f"{row.get('seizure_figures', 0)} seizure, {row.get('other_figures', 0)} other figures",
                    style="dim",
                )
            else:
                cell = safe_text(value) if value else Text("—", style="dim")
            cell.truncate(w, overflow="ellipsis", pad=True)
            out.append_text(cell)
        else:
            if key in ("arrests", "rescued"):
                shown = format_figure(value, row.get(f"{key}_qualifier"))
            elif value is None:
                shown = "—"
            else:
                shown = format_year(value, row.get("year_inferred")) if key == "year" else f"{value:,}"
            out.append(shown.rjust(w))
        out.append(" ")
    return out


#: The count columns of the entity list, under a header that names them.
ENTITY_COUNT_COLUMNS = (("Mentions", 8), ("Docs", 4))


def entities_header(width: int) -> Text:
    """``Type      Name             Mentions  Docs`` over the entity list."""
    counts = sum(w + 1 for _, w in ENTITY_COUNT_COLUMNS)
    out = Text("Type".ljust(BADGE_WIDTH + 1) + "Name".ljust(max(4, width - BADGE_WIDTH - 1 - counts)), end="")
    for label, w in ENTITY_COUNT_COLUMNS:
        out.append(" " + label.rjust(w))
    out.stylize("bold")
    return out


def render_entity_row(row: dict[str, Any], width: int) -> Text:
    """``ORG       INTERPOL …    51    11``: type, name, mentions and
    documents (the header names the columns), the counts kept visible
    however long the name; ``✎`` before a name an analyst corrected."""
    (_, mw), (_, dw) = ENTITY_COUNT_COLUMNS
    counts = f" {row['mention_count']:>{mw}} {row['document_count']:>{dw}}"
    text = type_badge(row["type"])
    name = Text(f"{CURATED_MARK} ", style="bold", end="") if row.get("curated") else Text(end="")
    name.append_text(safe_text(row["name"]))
    room = max(4, width - len(text) - len(counts))
    name.truncate(room, overflow="ellipsis", pad=True)
    text.append_text(name)
    text.append(counts, style="dim")
    return text


class MainScreen(Screen):
    """Documents, Entities (with type-ahead) and Operations."""

    BINDINGS = [
        Binding("escape", "clear", "Clear", show=False),
        Binding("e", "focus_search", "Find entity", tooltip="Type in the entity box"),
        Binding("d", "detail", "Detail", tooltip="Detail of the row under the cursor"),
        Binding("s", "sort", "Sort", tooltip="Change the sort order of the focused list"),
        Binding("v", "series", "Series", tooltip="Every edition of the operation's series, side by side"),
        Binding("0", "entity_type(0)", "All types", show=False),
        Binding("1", "entity_type(1)", "PERSON", show=False),
        Binding("2", "entity_type(2)", "ORG", show=False),
        Binding("3", "entity_type(3)", "LOCATION", show=False),
        Binding("4", "entity_type(4)", "OPERATION", show=False),
        Binding("R", "curate('rename')", "Rename", key_display="R", show=False),
        Binding("M", "curate('merge')", "Merge", key_display="M", show=False),
        Binding("X", "curate('reject')", "Reject", key_display="X", show=False),
        Binding("T", "curate('retype')", "Retype", key_display="T", show=False),
        Binding("A", "curate('alias')", "Alias", key_display="A", show=False),
        Binding("Y", "curate('year')", "Year", key_display="Y", show=False),
        Binding("H", "curation_history", "History", key_display="H", show=False),
    ]

    def __init__(self, *, new_store: int | None = None) -> None:
        super().__init__()
        self.new_store = new_store  # seeds stored in a store created for this session
        self.operation_count: int | None = None
        self.document_total: int | None = None
        self.entity_filter: dict[str, Any] | None = None
        self.entity_type: str | None = None
        self.entity_sort = "mentions"
        self.operation_sort = "documents"
        self.document_sort = "added"
        self.document_count_all: int | None = None  # copies included
        self.document_copies = 0
        self.search_text = ""
        self.fuzzy_rows: list[dict[str, Any]] = []
        self.capped = False

    def compose(self) -> ComposeResult:
        yield Static(Text("docket", style="bold"), id="status", markup=False)
        if self.new_store is not None:
            yield Static(Text(""), id="welcome", markup=False)
        with Horizontal(id="top"):
            with Vertical(id="documents-pane", classes="pane"):
                yield PagedList(render_document_row, id="documents", empty=NO_DOCUMENTS)
            with Vertical(id="entities-pane", classes="pane"):
                yield TextBox(placeholder="e: find an entity (typo-tolerant)", id="entity-search")
                yield Static(Text(""), id="entities-header", markup=False)
                yield PagedList(render_entity_row, id="entities", empty=NO_ENTITIES)
        with Vertical(id="operations-pane", classes="pane"):
            yield Static(Text(""), id="operations-header", markup=False)
            yield PagedList(render_operation_row, id="operations", empty=NO_OPERATIONS)
        yield DocketFooter(compact=True)

    @property
    def reader(self) -> Reader:
        return self.app.reader  # type: ignore[attr-defined]

    def on_mount(self) -> None:
        self.query_one("#documents-pane").border_title = "Documents"
        self.query_one("#entities-pane").border_title = "Entities"
        self.query_one("#operations-pane").border_title = "Operations"
        self.reload(keep_cursor=False)
        status = Text("docket  ", style="bold", end="")
        if getattr(self.app, "read_only", False):
            status.append(" read-only ", style="bold reverse")
            status.append("  ")
        status.append_text(safe_text(str(self.reader.path), "dim"))
        status.append("   ? help · / search · ctrl+p find", style="dim")
        self.query_one("#status", Static).update(status)
        if self.new_store is not None:
            self.query_one("#welcome", Static).update(self._welcome())
        self.query_one("#documents", PagedList).focus()

    def _welcome(self) -> Text:
        """What the first screen of a store created just now says."""
        path = visible(str(self.reader.path))
        text = Text("New store created: ", style="bold", end="")
        text.append(path)
        if self.new_store:
            text.append(
                f"\nIt holds {self.new_store} bundled seed document(s) to explore. "
                f"To remove them: quit (q) and run  docket remove-seeds --db {path}",
            )
        else:
            text.append("\nIt is empty. Add documents: quit (q) and run  docket ingest --db " + path + " PATH")
        return text

    def reload(self, *, keep_cursor: bool = True) -> None:
        """Load every pane again (r: documents ingested since appear), the
        cursors staying where they were."""
        self.load_documents(keep_cursor=keep_cursor)
        self.load_entities(keep_cursor=keep_cursor)
        self.load_operations(keep_cursor=keep_cursor)

    def _cursor(self, list_id: str, keep: bool) -> int | None:
        return self.query_one(list_id, PagedList).cursor if keep else None

    # ------------------------------------------------------------ loading

    def load_documents(self, *, keep_cursor: bool = False) -> None:
        docs = self.query_one("#documents", PagedList)
        reader = self.reader
        entity = self.entity_filter
        sort = self.document_sort
        cursor = self._cursor("#documents", keep_cursor)
        if entity is None:

            def count() -> int:
                total, copies = reader.count_documents(), reader.count_copies()
                self.document_count_all = total
                self.document_copies = copies
                return total - copies

            docs.load(count, lambda o, n: reader.documents(o, n, sort=sort), empty=NO_DOCUMENTS, cursor=cursor)
        else:
            eid = entity["id"]
            docs.load(
                lambda: reader.count_listed_documents(eid),
                lambda o, n: reader.documents(o, n, entity_id=eid, sort=sort),
                empty="No document mentions it any more: esc shows every document",
                cursor=cursor,
            )

    def load_entities(self, *, keep_cursor: bool = False) -> None:
        reader = self.reader
        query, etype, sort = self.search_text, self.entity_type, self.entity_sort
        matches: list[dict[str, Any]] = []
        fuzzy: list[dict[str, Any]] = []
        self.fuzzy_rows = fuzzy
        self.capped = False
        entities = self.query_one("#entities", PagedList)
        cursor = self._cursor("#entities", keep_cursor)
        curated: set[int] = set()

        def marked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
            for row in rows:
                row["curated"] = row["id"] in curated
            return rows

        if not query.strip():
            # the whole list, a page at a time (an index scan by rank)
            empty = NO_ENTITIES if etype is None else f"No {etype} entity yet: 0 shows every type"

            def count_all() -> int:
                curated.update(reader.curated_entity_ids())
                return reader.count_entities("", etype)

            entities.load(
                count_all,
                lambda o, n: marked(reader.entities("", etype, offset=o, limit=n, sort=sort)),
                empty=empty,
                cursor=cursor,
            )
            return

        def count() -> int:
            curated.update(reader.curated_entity_ids())
            matches[:] = marked(reader.match_entities(query, etype, sort))
            if not matches:
                # nothing starts with or contains it: offer names a typo away
                fuzzy[:] = reader.fuzzy_entities(query, etype)
                matches[:] = fuzzy
            self.capped = len(matches) >= reader.MATCH_LIMIT
            return len(matches)

        kind = f" {etype}" if etype else ""
        entities.load(
            count,
            lambda o, n: matches[o : o + n],
            empty=f"No{kind} entity matches {visible(query)!r}, nor a name a typo away: esc clears",
            cursor=cursor,
        )

    def load_operations(self, *, keep_cursor: bool = False) -> None:
        reader = self.reader
        sort = self.operation_sort
        loose: list[dict[str, Any]] = []
        named: list[int] = []

        curated: set[int] = set()

        def count() -> int:
            curated.update(reader.curated_entity_ids())
            n = reader.count_operations()
            row = reader.unattributed_figures()
            loose[:] = [row] if row else []
            named[:] = [n]
            return n + len(loose)

        def page(offset: int, limit: int) -> list[dict[str, Any]]:
            rows = reader.operations(offset=offset, limit=limit, sort=sort)
            for row in rows:
                row["curated"] = row["id"] in curated
            if len(rows) < limit and loose:
                rows = rows + loose  # figures of no named operation come last
            return rows

        self._named_operations = named
        self.query_one("#operations", PagedList).load(
            count, page, empty=NO_OPERATIONS, cursor=self._cursor("#operations", keep_cursor)
        )

    @property
    def operation_rows(self) -> list[dict[str, Any]]:
        return self.query_one("#operations", PagedList).loaded_rows()

    # ------------------------------------------------------------- events

    @on(PagedList.Loaded, "#documents")
    def _documents_loaded(self, event: PagedList.Loaded) -> None:
        pane = self.query_one("#documents-pane")
        by = "  by date" if self.document_sort == "date" else ""
        if self.entity_filter is None:
            self.document_total = self.document_count_all if self.document_count_all is not None else event.count
            copies = self.document_copies
            pane.border_title = f"Documents ({event.count}" + (f", +{copies} copies)" if copies else ")")
            pane.border_subtitle = by.strip()
        else:
            title = Text(f"Documents ({event.count}) mentioning ", end="")
            title.append_text(safe_text(self.entity_filter["name"], "bold"))
            pane.border_title = title
            pane.border_subtitle = "esc: all" + by

    @on(PagedList.Loaded, "#entities")
    def _entities_loaded(self, event: PagedList.Loaded) -> None:
        kind = f" {self.entity_type}" if self.entity_type else ""
        pane = self.query_one("#entities-pane")
        if self.fuzzy_rows:
            pane.border_title = f"Entities: {event.count} close match(es)"
        else:
            shown = f"first {event.count}" if self.capped else f"{event.count}"
            pane.border_title = f"Entities ({shown}{kind})"
        pane.border_subtitle = f"by {self.entity_sort}"
        self.call_after_refresh(self._entities_header)

    def _entities_header(self) -> None:
        entities = self.query_one("#entities", PagedList)
        self.query_one("#entities-header", Static).update(
            entities_header(entities.scrollable_content_region.width or entities.size.width)
        )

    @on(TextBox.Changed, "#entity-search")
    def _search_changed(self, event: TextBox.Changed) -> None:
        self.search_text = event.value
        self.load_entities()

    @on(TextBox.Submitted, "#entity-search")
    def _search_submitted(self, event: TextBox.Submitted) -> None:
        entities = self.query_one("#entities", PagedList)
        if entities.current is not None:
            self.filter_by_entity(entities.current)
        else:
            entities.focus()

    @on(TextBox.Left, "#entity-search")
    def _search_left(self, event: TextBox.Left) -> None:
        if self.focused is None:
            self.query_one("#entities", PagedList).focus()

    @on(PagedList.Selected, "#entities")
    def _entity_selected(self, event: PagedList.Selected) -> None:
        self.filter_by_entity(event.row)

    @on(PagedList.Selected, "#documents")
    def _document_selected(self, event: PagedList.Selected) -> None:
        self.app.open_document(event.row["id"])  # type: ignore[attr-defined]

    @on(PagedList.Loaded, "#operations")
    def _operations_loaded(self, event: PagedList.Loaded) -> None:
        label = self.operation_sort
        named = self._named_operations[0] if self._named_operations else event.count
        self.operation_count = named
        pane = self.query_one("#operations-pane")
        pane.border_title = f"Operations ({named}) by {label}"
        pane.border_subtitle = "last row: figures of no named operation" if event.count > named else ""
        self.call_after_refresh(self._operations_header)

    def _operations_header(self) -> None:
        ops = self.query_one("#operations", PagedList)
        self.query_one("#operations-header", Static).update(
            operations_header(ops.scrollable_content_region.width or ops.size.width)
        )

    def on_resize(self) -> None:
        self.call_after_refresh(self._operations_header)
        self.call_after_refresh(self._entities_header)

    @on(PagedList.Selected, "#operations")
    def _operation_selected(self, event: PagedList.Selected) -> None:
        row = event.row
        self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]

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
            search = self.query_one("#entity-search", TextBox)
            if search.value:
                search.value = ""

    def action_focus_search(self) -> None:
        self.query_one("#entity-search", TextBox).enter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys act on the focused pane only: ``s`` sorts the list it is in
        (documents: as added or newest first), the type keys belong
        to Entities."""
        focused = self.focused
        focused_id = focused.id if focused is not None else None
        if action == "sort":
            return focused_id in ("documents", "entities", "operations")
        if action == "entity_type":
            return focused_id == "entities"
        if action == "detail":
            return focused_id in ("documents", "entities", "operations")
        if action == "series":
            return focused_id in ("entities", "operations")
        if action in ("curate", "curation_history"):
            return focused_id in ("entities", "operations")
        return True

    # ------------------------------------------------------------ corrections

    def _curation_target(self) -> dict[str, Any] | None:
        """The entity under the cursor (Entities), or the operation (Operations)."""
        operations = self.query_one("#operations", PagedList)
        if self.focused is operations:
            row = operations.current
            if row is None or row.get("id") is None:
                self.app.notify("Pick a named operation (the last row gathers figures of none)", markup=False)
                return None
            return {"id": row["id"], "type": "OPERATION", "name": row["name"]}
        row = self.query_one("#entities", PagedList).current
        return None if row is None else {"id": row["id"], "type": row["type"], "name": row["name"]}

    def action_curate(self, action: str) -> None:
        """R rename, M merge, X reject, T retype, A alias the row under the cursor;
        Y sets an operation's year."""
        from .curate import ask_entity_correction

        target = self._curation_target()
        if target is not None:
            ask_entity_correction(self.app, action, target)

    def action_curation_history(self) -> None:
        """H: the corrections of the row under the cursor; u in it undoes the newest."""
        from .curate import show_entity_history

        target = self._curation_target()
        if target is not None:
            show_entity_history(self.app, target)

    def action_series(self) -> None:
        """The series of the operation under the cursor (Operations, or an
        OPERATION in Entities)."""
        operations = self.query_one("#operations", PagedList)
        row = operations.current if self.focused is operations else self.query_one("#entities", PagedList).current
        if row is None:
            return
        if self.focused is not operations and row.get("type") != "OPERATION":
            self.app.notify("v shows an operation's series: pick an OPERATION (4) or use the Operations pane")
            return
        if row.get("id") is None:
            self.app.notify("These figures belong to no named operation, so to no series")
            return
        self.app.open_series(row["id"])  # type: ignore[attr-defined]

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def action_entity_type(self, index: int) -> None:
        self.entity_type = ENTITY_TYPES[index]
        self.load_entities()

    def action_sort(self) -> None:
        if self.focused is self.query_one("#documents", PagedList):
            self.document_sort = DOCUMENT_SORTS[(DOCUMENT_SORTS.index(self.document_sort) + 1) % len(DOCUMENT_SORTS)]
            self.load_documents()
        elif self.focused is self.query_one("#operations", PagedList):
            keys = OPERATION_SORTS
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
        documents = self.query_one("#documents", PagedList)
        if self.focused is documents:
            if documents.current is not None:
                self.app.open_document(documents.current["id"])  # type: ignore[attr-defined]
            return
        row = self.query_one("#entities", PagedList).current
        if row is not None:
            if row["type"] == "OPERATION":
                self.app.open_operation(row["id"], row["name"])  # type: ignore[attr-defined]
            else:
                self.app.open_entity(row["id"])  # type: ignore[attr-defined]
