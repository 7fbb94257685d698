"""The reader: one document, entity mentions highlighted by type, search
hits and evidence marked, and keys to step between them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from store.text import visible

from .boxes import DocketFooter
from .display import MARK_STYLES, TYPE_STYLES, safe_text, type_badge

__all__ = ["ReaderScreen", "ReaderView", "highlighted_text"]


@dataclass
class Rendered:
    """A document as displayed, and where its original offsets land."""

    text: Text
    boundaries: list[int]  # original offsets, sorted
    display: list[int]  # display offset of each boundary

    def to_display(self, offset: int) -> int:
        i = bisect.bisect_right(self.boundaries, offset) - 1
        if i < 0:
            return offset
        return self.display[i] + (offset - self.boundaries[i])


def highlighted_text(
    text: str,
    mentions: list[dict[str, Any]],
    marks: list[tuple[int, int]] = (),
    evidence: tuple[int, int] | None = None,
) -> Rendered:
    """The document as a Text: mentions styled by type, hits and evidence
    marked, every control character made visible.

    Offsets refer to the stored text; each piece is made visible on its own
    so that a placeholder (``<U+202E>``) never shifts a highlight.
    """
    cuts = {0, len(text)}
    for m in mentions:
        cuts.update((m["start"], m["end"]))
    for s, e in marks:
        cuts.update((s, e))
    if evidence:
        cuts.update(evidence)
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    out = Text(end="", no_wrap=False)
    display = []
    length = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        display.append(length)
        piece = visible(text[a:b], keep_newlines=True)
        out.append(piece)
        length += len(piece)
    display.append(length)
    rendered = Rendered(out, bounds, display)
    taken_end = -1
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["start"] < taken_end:
            continue  # overlapping mention: keep the first
        out.stylize(TYPE_STYLES.get(m["type"], ""), rendered.to_display(m["start"]), rendered.to_display(m["end"]))
        taken_end = m["end"]
    if evidence:
        out.stylize(MARK_STYLES["evidence"], rendered.to_display(evidence[0]), rendered.to_display(evidence[1]))
    for s, e in marks:
        out.stylize(MARK_STYLES["hit"], rendered.to_display(s), rendered.to_display(e))
    return rendered


class ReaderView(ScrollView, can_focus=True):
    """A scrolling view of a long Text that wraps and renders only the
    lines on screen (a 5 MB document scrolls like a short one)."""

    DEFAULT_CSS = "ReaderView { height: 1fr; overflow-x: hidden; }"
    current: reactive[tuple[int, int] | None] = reactive(None)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._text = Text("")
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._starts: list[int] = [0]
        self._width = 0

    def set_text(self, text: Text) -> None:
        self._text = text
        self._width = 0
        self._rewrap()

    def _rewrap(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 80)
        if width == self._width:
            return
        self._width = width
        plain = self._text.plain
        lines: list[tuple[int, int]] = []
        pos = 0
        for hard in plain.split("\n"):
            end = pos + len(hard)
            start = pos
            while cell_len(plain[start:end]) > width:
                cut = start + width
                while cell_len(plain[start:cut]) > width:
                    cut -= 1
                space = plain.rfind(" ", start + 1, cut + 1)
                if space > start:
                    cut = space + 1
                lines.append((start, cut))
                start = cut
            lines.append((start, end))
            pos = end + 1
        self._lines = lines or [(0, 0)]
        self._starts = [s for s, _ in self._lines]
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()

    def on_resize(self) -> None:
        self._rewrap()

    def line_of(self, display_offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, display_offset) - 1)

    def show_offset(self, display_offset: int) -> None:
        """Scroll so the line holding ``display_offset`` sits near the top third."""
        self._rewrap()
        line = self.line_of(display_offset)
        height = self.scrollable_content_region.height or self.size.height or 10
        self.scroll_to(y=max(0, line - height // 3), animate=False)

    def watch_current(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        index = int(self.scroll_offset.y) + y
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        start, end = self._lines[index]
        line = self._text[start:end]
        line.end = ""
        if self.current and self.current[0] < end and self.current[1] > start:
            line.stylize(MARK_STYLES["current"], max(0, self.current[0] - start), min(end, self.current[1]) - start)
        line.rstrip_end(width)
        line.truncate(width, pad=True)
        return Strip(list(line.render(self.app.console)), width).apply_style(self.rich_style)

    def visible_text(self) -> list[str]:
        """The plain text of the lines on screen (for tests)."""
        top = int(self.scroll_offset.y)
        height = self.size.height
        return [self._text.plain[s:e] for s, e in self._lines[top : top + height]]


def copies_line(group: list[dict[str, Any]], doc_id: int) -> Text:
    """``3 copies of this release: #1 a.txt (first stored) · #2 b.txt (this one) · …``:
    the documents of a copy group with their sources and dates."""
    line = Text(f"\n{len(group)} copies of this release: ", style="bold", end="")
    for i, row in enumerate(group):
        if i:
            line.append(" · ", style="dim")
        notes = [row["published"]] if row.get("published") else []
        if row.get("copy_of") is None:
            notes.append("first stored")
        if row["id"] == doc_id:
            notes.append("this one")
        entry = safe_text(f"#{row['id']} {row['source']}" + (f" ({', '.join(notes)})" if notes else ""))
        line.append_text(entry)
    return line


#: What the reader's status line says before anything is selected.
SELECT_HINT = "e: select an entity, then n / N to step through its mentions"


class ReaderScreen(Screen):
    """Reads one document. n / N step through the marks: search hits, or the
    mentions of the selected entity (e / E choose it)."""

    BINDINGS = [
        Binding("escape", "app.back", "Back", tooltip="Back to where you came from"),
        Binding("n", "mark(1)", "Next", tooltip="Next hit or mention"),
        Binding("N", "mark(-1)", "Prev", key_display="N", tooltip="Previous hit or mention"),
        Binding("e", "entity(1)", "Entity", tooltip="Select the next entity of this document"),
        Binding("E", "entity(-1)", "Prev entity", show=False),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
        Binding("R", "curate('rename')", "Rename", key_display="R", show=False),
        Binding("M", "curate('merge')", "Merge / move", key_display="M", show=False),
        Binding("X", "curate('reject')", "Reject", key_display="X", show=False),
        Binding("T", "curate('retype')", "Retype", key_display="T", show=False),
        Binding("A", "curate('alias')", "Alias", key_display="A", show=False),
        Binding("F", "curate('fix')", "Fix figure", key_display="F", show=False),
        Binding("H", "curate('history')", "History", key_display="H", show=False),
        Binding("plus", "add_mention", "Add mention", key_display="+", show=False),
        Binding("minus", "reject_mention", "Not a mention", key_display="-", show=False),
        Binding("asterisk", "add_figure", "Add figure", key_display="*", show=False),
    ]

    def __init__(
        self,
        doc_id: int,
        *,
        query: str | None = None,
        evidence: tuple[int, int] | None = None,
        entity_id: int | None = None,
    ) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.search_query = query
        self.evidence = evidence
        self.entity_id = entity_id
        self.document: dict[str, Any] | None = None
        self.mentions: list[dict[str, Any]] = []
        self.entities: list[dict[str, Any]] = []
        self.hits: list[tuple[int, int]] = []
        self.marks: list[tuple[int, int]] = []
        self.mark_index = -1
        self.mark_kind = "hit"
        self.rendered: Rendered | None = None
        self.figures: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading the document…", style="dim"), id="reader-header", markup=False)
        yield Static(self._legend(), id="reader-legend", markup=False)
        yield ReaderView(id="reader-body")
        yield Static(Text(""), id="reader-status", markup=False)
        yield DocketFooter(compact=True)

    @staticmethod
    def _legend() -> Text:
        legend = Text("", end="")
        for etype in TYPE_STYLES:
            legend.append_text(type_badge(etype, pad=False))
            legend.append(" ")
        legend.append("hit", style=MARK_STYLES["hit"])
        legend.append("  ")
        legend.append("evidence", style=MARK_STYLES["evidence"])
        return legend

    def on_mount(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        doc_id, query, evidence = self.doc_id, self.search_query, self.evidence

        def fetch() -> None:
            try:
                doc = reader.document(doc_id)
                mentions = reader.document_mentions(doc_id) if doc else []
                entities = reader.document_entities(doc_id) if doc else []
                hits = reader.hits(doc_id, query) if doc and query else []
                group = reader.document_group(doc_id) if doc else []
                figures = reader.document_figures(doc_id) if doc else []
                # styling a long document is work too: done here, off the UI thread
                rendered = highlighted_text(doc["text"], mentions, hits, evidence) if doc else None
            except Exception as exc:  # said on screen, never "Loading…" forever
                self.app.call_from_thread(self._failed, exc)
                return
            self.app.call_from_thread(self._show, doc, mentions, entities, hits, rendered, group, figures)

        self.run_worker(fetch, thread=True, exclusive=True, group="reader", exit_on_error=False)
        self.query_one(ReaderView).focus()

    def _failed(self, exc: Exception) -> None:
        self.query_one("#reader-header", Static).update(
            safe_text(f"Could not read document {self.doc_id} from the store: {exc}  (r tries again)", "bold")
        )

    def reload(self) -> None:
        """``r``: read the document again when it could not be read."""
        if self.document is None:
            self.on_mount()

    def reload_corrected(self) -> None:
        """A correction was made: read the document again, staying where you were."""
        self.restored = self.history_state()
        self.on_mount()

    # ------------------------------------------------------------ corrections

    def _evidence_figure(self) -> dict[str, Any] | None:
        """The figure whose evidence this reader was opened at."""
        if not self.evidence or self.document is None:
            return None
        for f in self.figures:
            if (f["start"], f["end"]) == tuple(self.evidence):
                return {**f, "figure_id": f["id"], "title": self.document["title"]}
        return None

    def action_curate(self, what: str) -> None:
        """On the selected entity (e / E): R rename, M merge, X reject, T
        retype, A alias, H history. With no entity selected, on the figure
        the reader was opened at (Enter on an operation's figure): F fix,
        M move, X reject, H history."""
        from .curate import (
            ask_entity_correction,
            ask_figure_fix,
            ask_figure_move,
            ask_figure_reject,
            show_entity_history,
            show_figure_history,
        )

        entity = None
        if self.mark_kind == "mention" and self.entity_id is not None:
            entity = next((e for e in self.entities if e["id"] == self.entity_id), None)
        figure = self._evidence_figure()
        if entity is not None and what != "fix":
            target = {"id": entity["id"], "type": entity["type"], "name": entity["name"]}
            if what == "history":
                show_entity_history(self.app, target)
            else:
                ask_entity_correction(self.app, what, target)
            return
        if figure is not None and what in ("fix", "merge", "reject", "history"):
            {"fix": ask_figure_fix, "merge": ask_figure_move, "reject": ask_figure_reject}.get(
                what, show_figure_history
            )(self.app, figure)
            return
        if what in ("fix",) or (figure is None and entity is None and what in ("merge", "reject", "history")):
            self.app.notify(
                "Select an entity first (e), or open a figure's evidence from its operation (F works there)",
                markup=False,
            )
        else:
            self.app.notify("Select an entity first (e)", markup=False)

    def action_reject_mention(self) -> None:
        """-: the mention under the cursor (n / N after e) is not one."""
        from store.curate import reject_mention

        from .curate import said, write_correction

        if self.mark_kind != "mention" or not 0 <= self.mark_index < len(self.marks):
            self.app.notify("Step to the wrong mention first: e selects an entity, n / N its mentions", markup=False)
            return
        start, end = self.marks[self.mark_index]
        doc_id = self.doc_id
        write_correction(self.app, lambda conn: reject_mention(conn, doc_id, start, end), said)

    def action_add_mention(self) -> None:
        """+: a mention the extractor missed, typed as it stands in the text."""
        from store.curate import add_mention

        from .curate import Prompt, said, write_correction

        doc_id = self.doc_id

        def answered(text: str | None) -> None:
            if text is None:
                return
            etype, _, words = text.strip().partition(" ")
            if etype.upper() not in ("PERSON", "ORG", "LOCATION", "OPERATION") or not words.strip():
                self.app.notify("Write the type, then the text: ORG Mara Salvatrucha", severity="warning", markup=False)
                return
            write_correction(self.app, lambda conn: add_mention(conn, doc_id, etype.upper(), words), said)

        title = Text("Add a missed mention", style="bold")
        hint = "TYPE and the text as it stands here (ORG Mara Salvatrucha); every place it stands is marked."
        self.app.push_screen(Prompt(title, hint), answered)

    def action_add_figure(self) -> None:
        """*: a figure the extractor missed."""
        from store.curate import add_figure

        from .curate import Prompt, said, write_correction

        doc_id = self.doc_id

        def answered(text: str | None) -> None:
            if text is None:
                return
            fields: dict[str, str] = {}
            for part in text.split(";"):
                name, eq, value = part.partition("=")
                if eq:
                    fields[name.strip().lower()] = value.strip()
            evidence = fields.pop("text", "")
            write_correction(self.app, lambda conn: add_figure(conn, doc_id, evidence, fields), said)

        title = Text("Add a missed figure", style="bold")
        hint = "text is the figure as it stands here; operation may be empty."
        value = "text=; metric=arrests; value=; unit=count; item=; qualifier=; operation="
        self.app.push_screen(Prompt(title, hint, value), answered)

    def history_state(self) -> dict[str, Any]:
        view = self.query_one(ReaderView)
        return {"scroll_y": int(view.scroll_offset.y), "mark_index": self.mark_index, "entity_id": self.entity_id}

    def _show(
        self,
        doc: dict[str, Any] | None,
        mentions: list[dict[str, Any]],
        entities: list[dict[str, Any]],
        hits: list[tuple[int, int]],
        rendered: Rendered | None,
        group: list[dict[str, Any]] | None = None,
        figures: list[dict[str, Any]] | None = None,
    ) -> None:
        self.figures = figures or []
        header = self.query_one("#reader-header", Static)
        if doc is None:
            header.update(Text("This document is no longer in the store."))
            return
        self.document, self.mentions, self.entities, self.hits = doc, mentions, entities, hits
        head = safe_text(doc["title"], "bold")
        head.append("\n")
        meta = (
            f"{doc['source']}  ·  {doc['published'] or 'undated'}  ·  sha256 {doc['sha256'][:12]}  ·  "
            f"{doc['entity_count']} entities, {doc['mention_count']} mentions, {doc['figure_count']} figures"
        )
        head.append_text(safe_text(meta, "dim"))
        if group and len(group) > 1:
            head.append_text(copies_line(group, doc["id"]))
        header.update(head)
        self.rendered = rendered
        view = self.query_one(ReaderView)
        view.set_text(self.rendered.text)
        restored = getattr(self, "restored", None)
        if restored:
            if restored.get("entity_id") is not None and not hits:
                self._select_entity(restored["entity_id"])
            elif hits:
                self._set_marks(hits, "hit")
            self.mark_index = restored.get("mark_index", -1)
            self.call_after_refresh(view.scroll_to, y=restored.get("scroll_y", 0), animate=False)
            if 0 <= self.mark_index < len(self.marks):
                start, end = self.marks[self.mark_index]
                view.current = (self.rendered.to_display(start), self.rendered.to_display(end))
            if self.marks:
                self._mark_status()  # where you were among them, said again
            else:
                self._status("Evidence highlighted" if self.evidence else SELECT_HINT)
        elif hits:
            self._set_marks(hits, "hit")
            self.action_mark(1)
        elif self.entity_id is not None:
            self._select_entity(self.entity_id)
            self.action_mark(1)
        elif self.evidence:
            view.current = None
            self.call_after_refresh(view.show_offset, self.rendered.to_display(self.evidence[0]))
            self._status("Evidence highlighted")
        else:
            self._status(SELECT_HINT)

    # ------------------------------------------------------------------ marks

    def _status(self, message: str | Text) -> None:
        self.query_one("#reader-status", Static).update(
            message if isinstance(message, Text) else Text(message, style="dim")
        )

    def _set_marks(self, spans: list[tuple[int, int]], what: str) -> None:
        self.marks = sorted(spans)
        self.mark_index = -1
        self.mark_kind = what

    def _select_entity(self, entity_id: int) -> None:
        self.entity_id = entity_id
        spans = [(m["start"], m["end"]) for m in self.mentions if m["entity_id"] == entity_id]
        self._set_marks(spans, "mention")
        self._mark_status()

    def _mark_status(self) -> None:
        """Where you are among the marks: ``Hit 2 of 5`` for a search,
        ``Selected: ORG INTERPOL  mention 2 of 4`` for an entity."""
        if self.mark_kind == "hit":
            if self.marks and self.mark_index >= 0:
                self._status(f"Hit {self.mark_index + 1} of {len(self.marks)}  (n / N)")
            return
        ent = next((e for e in self.entities if e["id"] == self.entity_id), None)
        if ent is None:
            return
        status = Text("Selected: ", style="dim", end="")
        status.append_text(type_badge(ent["type"], pad=False))
        status.append_text(safe_text(ent["name"], "bold"))
        n = len(self.marks)
        if 0 <= self.mark_index < n:
            status.append(f"  mention {self.mark_index + 1} of {n}  (n / N; e next entity)", style="dim")
        else:
            status.append(f"  ({n} mention(s); n / N to step)", style="dim")
        self._status(status)

    def action_entity(self, step: int) -> None:
        if not self.entities:
            return
        ids = [e["id"] for e in self.entities]
        i = ids.index(self.entity_id) if self.entity_id in ids else -1
        self._select_entity(ids[(i + step) % len(ids)])
        self.action_mark(1)

    def action_mark(self, step: int) -> None:
        if not self.marks or self.rendered is None:
            self._status("Nothing to step through here")
            return
        self.mark_index = (self.mark_index + step) % len(self.marks)
        start, end = self.marks[self.mark_index]
        view = self.query_one(ReaderView)
        d_start, d_end = self.rendered.to_display(start), self.rendered.to_display(end)
        view.current = (d_start, d_end)
        self.call_after_refresh(view.show_offset, d_start)
        self._mark_status()

    # ----------------------------------------------------------------- scroll

    def action_scroll(self, lines: int) -> None:
        self.query_one(ReaderView).scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        view = self.query_one(ReaderView)
        view.scroll_relative(y=direction * max(1, view.size.height - 2), animate=False)

    def action_top(self) -> None:
        self.query_one(ReaderView).scroll_to(y=0, animate=False)

    def action_bottom(self) -> None:
        view = self.query_one(ReaderView)
        view.scroll_to(y=view.max_scroll_y, animate=False)
