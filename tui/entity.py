"""An entity's detail: the documents that mention it, with the sentence of
the mention, and the entities that share documents with it."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from store.text import visible

from .boxes import DocketFooter
from .display import MARK_STYLES, lead_in, safe_text, type_badge
from .paged_list import OPEN_ROW, PagedList, open_focused_row

__all__ = ["EntityScreen", "mention_context", "render_mention_doc"]


def mention_context(row: dict[str, Any], room: int | None = None) -> Text:
    """The sentence of the mention, the mention highlighted (a style on the
    Text, never markup). With ``room`` (cells), words before the mention
    give way (``…``) so that the mention is inside the room."""
    context = row.get("context") or ""
    start, end = row.get("mention_in_context") or (0, 0)
    head, body, tail = visible(context[:start]), visible(context[start:end]), visible(context[end:])
    head = lead_in(head, cell_len(body), room)
    text = Text(head, style="italic", end="")
    text.append(body, style=MARK_STYLES["hit"])
    text.append(tail, style="italic")
    return text


def render_mention_doc(row: dict[str, Any], width: int) -> Text:
    """``Title  (3×)  …the sentence with the mention…``: the title takes at
    most half the row, so the mention itself is in view."""
    text = safe_text(row["title"], "bold")
    text.truncate(max(12, width // 2), overflow="ellipsis")
    text.append(f"  ({row['mentions']}×)  ", style="dim")
    text.append_text(mention_context(row, max(8, width - cell_len(text.plain))))
    return text


def render_neighbour(row: dict[str, Any], width: int) -> Text:
    counts = f" {row['shared']} shared"
    text = type_badge(row["type"])
    name = safe_text(row["name"])
    name.truncate(max(4, width - len(text) - len(counts)), overflow="ellipsis", pad=True)
    text.append_text(name)
    text.append(counts, style="dim")
    return text


class EntityScreen(Screen):
    """Documents mentioning one entity and its co-occurring entities."""

    BINDINGS = [Binding("escape", "app.back", "Back"), OPEN_ROW]

    def action_open_row(self) -> None:
        open_focused_row(self)

    def __init__(self, entity_id: int) -> None:
        super().__init__()
        self.entity_id = entity_id

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading the entity…", style="dim"), id="entity-header", markup=False)
        with Horizontal(id="entity-body"):
            with Vertical(id="entity-docs-pane", classes="pane"):
                yield PagedList(
                    render_mention_doc, id="entity-docs", empty="No document mentions it any more (r refreshes)"
                )
            with Vertical(id="entity-cooc-pane", classes="pane"):
                yield PagedList(render_neighbour, id="entity-cooc", empty="No other entity shares a document with it")
        yield Static(Text(""), id="entity-preview", markup=False)
        yield DocketFooter(compact=True)

    def history_state(self) -> dict[str, Any]:
        return {
            "docs": self.query_one("#entity-docs", PagedList).cursor,
            "cooc": self.query_one("#entity-cooc", PagedList).cursor,
            "focus": self.focused.id if self.focused is not None else None,
        }

    def reload(self) -> None:
        self.restored = self.history_state()
        self.on_mount()

    def on_mount(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        eid = self.entity_id
        state = getattr(self, "restored", None) or {}
        self.query_one("#entity-docs-pane").border_title = "Documents"
        self.query_one("#entity-cooc-pane").border_title = "Found with"
        docs = self.query_one("#entity-docs", PagedList)
        docs.load(
            lambda: reader.count_documents(eid),
            lambda o, n: reader.entity_documents(eid, o, n),
            cursor=state.get("docs"),
        )
        cooc = self.query_one("#entity-cooc", PagedList)
        rows: list[dict[str, Any]] = []

        def cooc_count() -> int:
            rows[:] = reader.cooccurring(eid, limit=200)
            return len(rows)

        cooc.load(cooc_count, lambda o, n: rows[o : o + n], cursor=state.get("cooc"))

        def header() -> None:
            try:
                entity = reader.entity(eid)
            except Exception as exc:  # said on screen, never "Loading…" forever
                self.app.call_from_thread(self._header, None, exc)
                return
            self.app.call_from_thread(self._header, entity)

        self.run_worker(header, thread=True, group="entity-header", exit_on_error=False)
        target = cooc if state.get("focus") == "entity-cooc" else docs
        target.focus()
        self.call_after_refresh(target.focus)

    def _header(self, entity: dict[str, Any] | None, error: Exception | None = None) -> None:
        if error is not None:
            self.query_one("#entity-header", Static).update(
                safe_text(f"Could not read entity {self.entity_id} from the store: {error}  (r tries again)", "bold")
            )
            return
        if entity is None:
            self.query_one("#entity-header", Static).update(Text("This entity is no longer in the store."))
            return
        self.entity = entity
        head = type_badge(entity["type"], pad=False)
        head.append_text(safe_text(entity["name"], "bold"))
        head.append(f"   {entity['mention_count']} mentions in {entity['document_count']} document(s)", style="dim")
        self.query_one("#entity-header", Static).update(head)

    @on(PagedList.Loaded, "#entity-docs")
    def _docs_loaded(self, event: PagedList.Loaded) -> None:
        self.query_one("#entity-docs-pane").border_title = f"Documents ({event.count})"
        self._preview()

    @on(PagedList.Loaded, "#entity-cooc")
    def _cooc_loaded(self, event: PagedList.Loaded) -> None:
        self.query_one("#entity-cooc-pane").border_title = f"Found with ({event.count})"

    @on(PagedList.Highlighted, "#entity-docs")
    def _preview(self, event: Any = None) -> None:
        row = self.query_one("#entity-docs", PagedList).current
        preview = self.query_one("#entity-preview", Static)
        preview.update(mention_context(row) if row else Text(""))

    @on(PagedList.Selected, "#entity-docs")
    def _open_doc(self, event: PagedList.Selected) -> None:
        from .reader import ReaderScreen

        doc_id, eid = event.row["id"], self.entity_id
        self.app.open(lambda: ReaderScreen(doc_id, entity_id=eid))  # type: ignore[attr-defined]

    @on(PagedList.Selected, "#entity-cooc")
    def _open_neighbour(self, event: PagedList.Selected) -> None:
        eid = event.row["id"]
        self.app.open(lambda: EntityScreen(eid))  # type: ignore[attr-defined]
