"""The reader: one document, entity mentions highlighted by type, search
hits and evidence marked, and keys to step between them."""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.widgets import Static

from store.text import visible, widened

from .boxes import DocketFooter
from .display import MARK_STYLES, TYPE_STYLES, safe_text, type_badge

__all__ = ["ReaderScreen", "ReaderView", "highlighted_text"]


@dataclass
class Rendered:
    """A document as displayed, and how its offsets map to the display's.

    The display is the text made visible (``store.text.visible``): every
    character is drawn as one, except the few drawn wider (a tab, ``<9B>``,
    ``<U+202E>``), whose offsets and widths are kept here. Offsets of the
    stored text (mentions, figures, corrections) and of the display map both
    ways through them.
    """

    text: Text
    wide: array  # offset in the stored text of each character drawn wider than one
    wide_display: array  # its offset in the display
    wide_width: array  # how wide it is drawn

    @classmethod
    def of(cls, text: str) -> Rendered:
        wide, at, width = array("q"), array("q"), array("q")
        grown = 0
        for offset, drawn in widened(text):
            wide.append(offset)
            at.append(offset + grown)
            width.append(drawn)
            grown += drawn - 1
        return cls(Text(visible(text, keep_newlines=True), end="", no_wrap=False), wide, at, width)

    def to_display(self, offset: int) -> int:
        """Where the character at ``offset`` of the stored text is drawn."""
        i = bisect.bisect_left(self.wide, offset)
        if i == 0:
            return offset
        return self.wide_display[i - 1] + self.wide_width[i - 1] + (offset - self.wide[i - 1] - 1)

    def to_original(self, display_offset: int) -> int:
        """The character of the stored text drawn at ``display_offset``
        (inside a placeholder such as ``<U+202E>``: the character it stands for)."""
        i = bisect.bisect_right(self.wide_display, display_offset) - 1
        if i < 0:
            return display_offset
        after = display_offset - self.wide_display[i] - self.wide_width[i]
        return self.wide[i] if after < 0 else self.wide[i] + 1 + after


def _answer_fields(answer: str) -> dict[str, str]:
    """The ``name=value`` parts of a figure prompt's answer (``value=12; unit=kg``)."""
    fields: dict[str, str] = {}
    for part in answer.split(";"):
        name, eq, value = part.partition("=")
        if eq:
            fields[name.strip().lower()] = value.strip()
    return fields


def highlighted_text(
    text: str,
    mentions: list[dict[str, Any]],
    marks: list[tuple[int, int]] = (),
    evidence: tuple[int, int] | None = None,
) -> Rendered:
    """The document as a Text: mentions styled by type, hits and evidence
    marked, every control character made visible.

    Offsets refer to the stored text and are mapped to the display, so a
    placeholder (``<U+202E>``) never shifts a highlight.
    """
    rendered = Rendered.of(text)
    out = rendered.text
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
    #: The selected stretch of the display, and the caret's character in it (display offsets).
    selection: reactive[tuple[int, int] | None] = reactive(None)
    caret: reactive[tuple[int, int] | None] = reactive(None)

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

    def watch_selection(self) -> None:
        self.refresh()

    def watch_caret(self) -> None:
        self.refresh()

    # -------------------------------------------------------- lines (caret)

    @property
    def line_count(self) -> int:
        self._rewrap()
        return len(self._lines)

    def line_span(self, index: int) -> tuple[int, int]:
        """Display offsets of line ``index``: its first character and where it stops."""
        return self._lines[max(0, min(index, len(self._lines) - 1))]

    def last_column(self, index: int) -> int:
        """The display offset of the last place a caret can stand on line
        ``index``: its line break where it has one, else its last character."""
        start, end = self.line_span(index)
        plain = self._text.plain
        if end < len(plain) and plain[end] == "\n":
            return end
        return max(start, end - 1)

    @property
    def top_line(self) -> int:
        return int(self.scroll_offset.y)

    @property
    def page_lines(self) -> int:
        return max(1, (self.scrollable_content_region.height or self.size.height or 10) - 2)

    def keep_visible(self, display_offset: int) -> None:
        """Scroll the least that shows the line holding ``display_offset``."""
        line = self.line_of(display_offset)
        top = self.top_line
        height = max(1, self.scrollable_content_region.height or self.size.height or 10)
        if line < top:
            self.scroll_to(y=line, animate=False)
        elif line >= top + height:
            self.scroll_to(y=line - height + 1, animate=False)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        index = int(self.scroll_offset.y) + y
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        start, end = self._lines[index]
        line = self._text[start:end]
        line.end = ""
        if self.selection and self.selection[0] < end and self.selection[1] > start:
            a, b = self.selection
            line.stylize(MARK_STYLES["selection"], max(0, a - start), min(end, b) - start)
        elif self.current and self.current[0] < end and self.current[1] > start:
            line.stylize(MARK_STYLES["current"], max(0, self.current[0] - start), min(end, self.current[1]) - start)
        if self.caret is not None:
            a, b = self.caret
            if a < end and b > start:
                line.stylize(MARK_STYLES["caret"], max(0, a - start), min(end, b) - start)
            elif a == end and (end == len(self._text.plain) or self._text.plain[end] == "\n"):
                line.append(" ", style=MARK_STYLES["caret"])  # on the line break: a cell after the line
        line.rstrip_end(width)
        line.truncate(width, pad=True)
        strip = Strip(list(line.render(self.app.console)), width).apply_style(self.rich_style)
        return strip.apply_offsets(0, index)  # where a mouse drag starts and ends (selection_updated)

    class Dragged(Message):
        """The mouse selected ``start``–``end`` of the display (Textual's own text selection)."""

        def __init__(self, start: int, end: int) -> None:
            super().__init__()
            self.start = start
            self.end = end

    def selection_updated(self, selection: Selection | None) -> None:
        """Textual's mouse selection, a second way to select: handed to the
        screen as display offsets, which draws it like one made with keys."""
        if selection is None or selection.start is None or selection.end is None or not self._lines:
            return
        (x1, y1), (x2, y2) = sorted((tuple(selection.start), tuple(selection.end)), key=lambda o: (o[1], o[0]))
        start, end = self._at(y1, x1), self._at(y2, x2)
        if end > start:
            self.post_message(self.Dragged(start, end))

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text a mouse selection covers (what ctrl+c copies), as displayed."""
        plain = self._text.plain
        return selection.extract("\n".join(plain[s:e] for s, e in self._lines)), "\n"

    def _at(self, line: int, cells: int) -> int:
        """The display offset ``cells`` cells into line ``line``."""
        start, end = self.line_span(line)
        plain = self._text.plain
        offset = start
        while offset < end and cell_len(plain[start : offset + 1]) <= cells:
            offset += 1
        return offset

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


# Words for the caret (w e b): runs of letters, digits and _ (what str.isalnum() and _ hold).
# Matched forward from a position, never searched, so a 1 MB run costs one C scan.
_WORD_RUN = re.compile(r"\w*")
_GAP_RUN = re.compile(r"\W*")


def _next_word(text: str, caret: int) -> int:
    """The first character of the next word (w); the caret stays when there is none."""
    i = _GAP_RUN.match(text, _WORD_RUN.match(text, caret).end()).end()
    return i if i < len(text) else caret


def _word_end(text: str, caret: int) -> int:
    """The last character of the word at or after ``caret + 1`` (e)."""
    i = _GAP_RUN.match(text, caret + 1).end()
    return max(0, min(_WORD_RUN.match(text, i).end(), len(text)) - 1)


def _word_start(text: str, caret: int) -> int:
    """The first character of the word before ``caret`` (b): read backwards,
    as the text before the caret turned round."""
    before = text[:caret][::-1]
    gap = _GAP_RUN.match(before).end()
    word = _WORD_RUN.match(before, gap).end()
    return caret - word if word > gap else 0


def _naming(entity: dict[str, Any]) -> str:
    """A name that designates ``entity`` (for a correction's prompt): an
    operation instance's name with its year (``Lionfish 2018``), whose key
    it is, so that a mention added under it joins that instance."""
    name = entity["name"]
    year = (entity.get("key") or "").rsplit(" ", 1)[-1]
    if entity.get("type") == "OPERATION" and len(year) == 4 and year.isdigit() and not name.endswith(year):
        return f"{name} {year}"
    return name


def _shorten(text: str, limit: int = 60) -> str:
    flat = " ".join(text[: limit * 4].split())
    return flat if len(flat) <= limit and len(text) <= limit * 4 else flat[: limit - 1] + "…"


def selection_status(text: str, span: tuple[int, int]) -> Text:
    """The status line while selecting: ``Selected 1790-1795 (5): 1,300``,
    the offsets of the stored text and what stands there, made safe."""
    start, end = span
    status = Text("Selected ", style="bold", end="", no_wrap=True, overflow="ellipsis")
    status.append(f"{start}-{end} ({end - start}): ", style="bold")
    status.append_text(safe_text(_shorten(text[start:end])))
    status.append("  + mention · * figure · o other end · esc stop", style="dim")
    return status


#: What the reader's status line says before anything is selected.
SELECT_HINT = "e: select an entity, then n / N to step through its mentions"


class ReaderScreen(Screen):
    """Reads one document. n / N step through the marks: search hits, or the
    mentions of the selected entity (e / E choose it)."""

    BINDINGS = [
        # Both sets are gated by check_action: the selection's keys act only while
        # selecting (v), the reading keys they share only while not. Its esc comes first.
        Binding("escape", "stop_selecting", "Stop", key_display="esc", tooltip="Stop selecting"),
        # reading
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
        # selecting
        Binding("plus", "add_selected('mention')", "Mention", key_display="+", tooltip="Selection: a mention"),
        Binding("asterisk", "add_selected('figure')", "Figure", key_display="*", tooltip="Selection: a figure"),
        Binding("o", "swap_ends", "Other end", tooltip="Move the other end of the selection"),
        Binding("h,left", "caret('char', -1)", "Left", show=False),
        Binding("l,right", "caret('char', 1)", "Right", show=False),
        Binding("j,down", "caret('line', 1)", "Down", show=False),
        Binding("k,up", "caret('line', -1)", "Up", show=False),
        Binding("w", "caret('word', 1)", "Next word", show=False),
        Binding("e,ctrl+right", "caret('word_end', 1)", "Word end", show=False),
        Binding("b,ctrl+left", "caret('word', -1)", "Word back", show=False),
        Binding("0,home", "caret('line_start', 0)", "Line start", show=False),
        Binding("dollar_sign,end", "caret('line_end', 0)", "Line end", show=False),
        Binding("space,pagedown", "caret('page', 1)", "Page down", show=False),
        Binding("pageup", "caret('page', -1)", "Page up", show=False),
        Binding("g", "caret('top', 0)", "Top", show=False),
        Binding("G", "caret('bottom', 0)", "Bottom", key_display="G", show=False),
        Binding("v", "restart_selection", "From here", tooltip="Start the selection again at the caret"),
        Binding("v", "select", "Select", tooltip="Select text with the keyboard; + or * adds it"),
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
        # the selection (v): offsets of the stored text; the caret's character is selected too
        self.anchor: int | None = None
        self.caret = 0
        self._column: int | None = None  # the column j / k keep over shorter lines
        self._last_caret: int | None = None  # where the last selection's caret was (v starts there again)

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
            fields = _answer_fields(text)
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
        self._last_caret = None  # v selects this mark
        start, end = self.marks[self.mark_index]
        view = self.query_one(ReaderView)
        d_start, d_end = self.rendered.to_display(start), self.rendered.to_display(end)
        view.current = (d_start, d_end)
        self.call_after_refresh(view.show_offset, d_start)
        self._mark_status()

    # -------------------------------------------------------------- selection

    #: Actions of the selection (v), and those of reading that give way to it.
    SELECTING_ACTIONS = frozenset({"stop_selecting", "add_selected", "swap_ends", "caret", "restart_selection"})
    READING_ACTIONS = frozenset(
        {
            "select",
            "mark",
            "entity",
            "scroll",
            "page",
            "top",
            "bottom",
            "curate",
            "reject_mention",
            "add_mention",
            "add_figure",
        }
    )

    @property
    def selecting(self) -> bool:
        return self.anchor is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.SELECTING_ACTIONS:
            return self.selecting
        if action in self.READING_ACTIONS:
            return not self.selecting
        return True

    def selected_span(self) -> tuple[int, int] | None:
        """The selection, as offsets of the stored text (the caret's character included)."""
        if self.anchor is None or self.document is None:
            return None
        start, end = min(self.anchor, self.caret), max(self.anchor, self.caret) + 1
        return start, min(end, len(self.document["text"]))

    def trimmed_span(self) -> tuple[int, int] | None:
        """The selection without the white space at its ends (None: nothing but white space)."""
        span = self.selected_span()
        if span is None or self.document is None:
            return None
        text = self.document["text"]
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def action_select(self) -> None:
        """v: start selecting: the current hit or mention (all of it) when it
        is on screen, else at the caret of the last selection when it is,
        else at the top line on screen."""
        if self.document is None or self.rendered is None or not self.document["text"]:
            self._status("Nothing to select here")
            return
        view = self.query_one(ReaderView)
        top, bottom = view.top_line, view.top_line + max(1, view.size.height) - 1

        def on_screen(offset: int) -> bool:
            return top <= view.line_of(self.rendered.to_display(offset)) <= bottom  # type: ignore[union-attr]

        if 0 <= self.mark_index < len(self.marks) and view.current is not None:
            start, end = self.marks[self.mark_index]
            if on_screen(start):
                self._start_selection(start, max(start, end - 1))
                return
        if self._last_caret is not None and on_screen(self._last_caret):
            self._start_selection(self._last_caret, self._last_caret)
            return
        first = self.rendered.to_original(view.line_span(top)[0])
        self._start_selection(first, first)

    def on_reader_view_dragged(self, event: ReaderView.Dragged) -> None:
        """A mouse drag selected text: select it as the keys would."""
        if self.rendered is None or self.document is None or not self.document["text"]:
            return
        start = self.rendered.to_original(event.start)
        last = self.rendered.to_original(event.end - 1)
        self._start_selection(start, max(start, last))

    def action_restart_selection(self) -> None:
        """v while selecting: the selection starts again at the caret."""
        if self.anchor is not None:
            self._start_selection(self.caret, self.caret)

    def _start_selection(self, anchor: int, caret: int) -> None:
        last = max(0, len(self.document["text"]) - 1) if self.document else 0
        self.anchor, self.caret, self._column = min(anchor, last), min(caret, last), None
        self.refresh_bindings()
        self._show_selection()

    def action_stop_selecting(self) -> None:
        """esc: stop selecting; the reader's keys are back."""
        if self.anchor is not None:
            self._last_caret = self.caret
        self.anchor = None
        self.clear_selection()  # a mouse selection too
        view = self.query_one(ReaderView)
        view.selection = view.caret = None
        self.refresh_bindings()
        if self.marks and self.mark_index >= 0:
            self._mark_status()
        else:
            self._status(SELECT_HINT)

    def action_swap_ends(self) -> None:
        """o: the caret goes to the other end of the selection."""
        if self.anchor is not None:
            self.anchor, self.caret, self._column = self.caret, self.anchor, None
            self._show_selection()

    def action_caret(self, how: str, step: int) -> None:
        """Move the caret: by character, line, word, page; to the start or
        end of the line, the top or bottom of the document."""
        if self.document is None or self.rendered is None or self.anchor is None:
            return
        text = self.document["text"]
        last = max(0, len(text) - 1)
        view = self.query_one(ReaderView)
        caret = self.caret
        column = None
        if how == "char":
            caret += step
        elif how == "word":
            caret = _next_word(text, caret) if step > 0 else _word_start(text, caret)
        elif how == "word_end":
            caret = _word_end(text, caret)
        elif how == "top":
            caret = 0
        elif how == "bottom":
            caret = last
        else:
            here = self.rendered.to_display(caret)
            line = view.line_of(here)
            start = view.line_span(line)[0]
            if how == "line_start":
                target = start
            elif how == "line_end":
                target = view.last_column(line)
            else:
                column = self._column if self._column is not None else here - start
                line += step * (view.page_lines if how == "page" else 1)
                line = max(0, min(line, view.line_count - 1))
                first = view.line_span(line)[0]
                target = min(first + column, view.last_column(line))
            caret = self.rendered.to_original(target)
        self.caret = max(0, min(caret, last))
        self._column = column
        self._show_selection()

    def _show_selection(self) -> None:
        """Draw the selection and its caret, keep the caret on screen, and
        say in the status line what is selected."""
        span = self.selected_span()
        if span is None or self.rendered is None or self.document is None:
            return
        view = self.query_one(ReaderView)
        to_display = self.rendered.to_display
        view.selection = (to_display(span[0]), to_display(span[1]))
        view.caret = (to_display(self.caret), to_display(self.caret + 1))
        view.keep_visible(view.caret[0])
        self._status(selection_status(self.document["text"], span))

    def action_add_selected(self, what: str) -> None:
        """+ / * while selecting: the selection (without the white space at
        its ends) is a mention / a figure the extractor missed."""
        span = self.trimmed_span()
        if span is None or self.document is None:
            self.app.notify("Select some text first: only white space is selected", markup=False)
            return
        if what == "mention":
            self._ask_selected_mention(span)
        else:
            self._ask_selected_figure(span)

    def _ask_selected_mention(self, span: tuple[int, int]) -> None:
        from store.curate import ENTITY_TYPES, add_mention
        from store.text import entity_key

        from .curate import Prompt, said, write_correction

        assert self.document is not None
        doc_id, text = self.doc_id, self.document["text"]
        start, end = span
        written = text[start:end]
        words = visible(" ".join(written.split()))
        key = entity_key(words)
        # an entity of this document with the same name (Lionfish: the operation, whatever its year)
        same = next((e for e in self.entities if key and key in (e.get("key"), entity_key(e["name"]))), None)
        etype, name = (same["type"], visible(_naming(same))) if same else ("ORG", words)

        def answered(answer: str | None) -> None:
            if answer is None:
                return
            given, _, shown = answer.strip().partition(" ")
            if given.upper() not in ENTITY_TYPES:
                self.app.notify("Write the type, then the name: ORG Mara Salvatrucha", severity="warning", markup=False)
                return
            self.action_stop_selecting()
            name = " ".join(shown.split()) or words
            write_correction(
                self.app,
                lambda conn: add_mention(conn, doc_id, given.upper(), written, name=name, span=(start, end)),
                said,
            )

        title = Text(f"Add a missed mention: characters {start}-{end}, ", style="bold", end="")
        title.append_text(safe_text(_shorten(written), "italic"))
        hint = "TYPE (PERSON, ORG, LOCATION, OPERATION) and the name to show; the selection is the mention."
        self.app.push_screen(Prompt(title, hint, f"{etype} {name}"), answered)

    def _ask_selected_figure(self, span: tuple[int, int]) -> None:
        from store.curate import add_figure, figure_guess

        from .curate import Prompt, said, write_correction

        assert self.document is not None
        doc_id, text = self.doc_id, self.document["text"]
        start, end = span
        written = text[start:end]
        guess = figure_guess(text, start, end)
        value = guess["value"]
        shown = "" if value is None else (int(value) if float(value).is_integer() else value)
        # the metric last, where the cursor stands: the parser guesses it least often
        fields = (
            f"value={shown}; unit={guess['unit'] or 'count'}; item={guess['item'] or ''}; "
            f"qualifier={guess['qualifier'] or ''}; operation={self._operation_at(start)}; "
            f"metric={guess['metric'] or ''}"
        )

        def answered(answer: str | None) -> None:
            if answer is None:
                return
            given = _answer_fields(answer)
            given.pop("text", None)
            self.action_stop_selecting()
            write_correction(self.app, lambda conn: add_figure(conn, doc_id, written, given, span=(start, end)), said)

        title = Text(f"Add a missed figure: characters {start}-{end}, ", style="bold", end="")
        title.append_text(safe_text(_shorten(written), "italic"))
        hint = "metric: arrests, seized, rescued, identified, dismantled or other; operation may be empty."
        self.app.push_screen(Prompt(title, hint, visible(fields)), answered)

    def _operation_at(self, offset: int) -> str:
        """The operation a figure at ``offset`` most likely belongs to: the
        last one named before it (none when none is), with its year when the
        store knows one (``Lionfish 2018``)."""
        before = [m for m in self.mentions if m["type"] == "OPERATION" and m["start"] <= offset]
        if not before:
            return ""
        chosen = before[-1]
        entity = next((e for e in self.entities if e["id"] == chosen["entity_id"]), None)
        return chosen["name"] if entity is None else _naming(entity)

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
