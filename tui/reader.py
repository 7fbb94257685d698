"""The reader: one document with its entity mentions highlighted by type."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from .display import TYPE_STYLES, safe_text, type_badge

__all__ = ["ReaderScreen", "highlighted_text"]


def highlighted_text(text: str, mentions: list[dict[str, Any]]) -> Text:
    """The document as a Text: mentions styled by type, controls made visible.

    Offsets refer to the stored text; each piece is made visible on its own
    so that placeholders never shift a highlight.
    """
    out = Text(end="")
    pos = 0
    for m in sorted(mentions, key=lambda m: m["start"]):
        start, end = m["start"], m["end"]
        if start < pos:
            continue  # overlapping mention: keep the first
        out.append_text(safe_text(text[pos:start], keep_newlines=True))
        out.append_text(safe_text(text[start:end], TYPE_STYLES.get(m["type"], ""), keep_newlines=True))
        pos = end
    out.append_text(safe_text(text[pos:], keep_newlines=True))
    return out


class ReaderScreen(Screen):
    """Reads one document; Esc goes back."""

    BINDINGS = [
        Binding("escape,q", "app.pop_screen", "Back", tooltip="Back to the lists"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
    ]

    def __init__(self, doc_id: int) -> None:
        super().__init__()
        self.doc_id = doc_id
        self.document: dict[str, Any] | None = None
        self.mentions: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…"), id="reader-header", markup=False)
        yield Static(self._legend(), id="reader-legend", markup=False)
        with VerticalScroll(id="reader-scroll"):
            yield Static(Text(""), id="reader-body", markup=False)
        yield Footer()

    @staticmethod
    def _legend() -> Text:
        legend = Text("Legend: ", style="dim", end="")
        for etype in TYPE_STYLES:
            legend.append_text(type_badge(etype))
            legend.append_text(Text(etype.title() + "  ", style=TYPE_STYLES[etype], end=""))
        return legend

    def on_mount(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        doc_id = self.doc_id

        def fetch() -> None:
            doc = reader.document(doc_id)
            mentions = reader.document_mentions(doc_id) if doc else []
            self.app.call_from_thread(self._show, doc, mentions)

        self.run_worker(fetch, thread=True, exclusive=True, group="reader", exit_on_error=False)

    def _show(self, doc: dict[str, Any] | None, mentions: list[dict[str, Any]]) -> None:
        header = self.query_one("#reader-header", Static)
        body = self.query_one("#reader-body", Static)
        if doc is None:
            header.update(Text("This document is no longer in the store."))
            return
        self.document, self.mentions = doc, mentions
        head = Text(end="")
        head.append_text(safe_text(doc["title"], "bold"))
        head.append("\n")
        meta = (
            f"{doc['source']}  ·  {doc['published'] or 'undated'}  ·  sha256 {doc['sha256'][:12]}  ·  "
            f"{doc['entity_count']} entities, {doc['mention_count']} mentions, "
            f"{doc['figure_count']} figures"
        )
        head.append_text(safe_text(meta, "dim"))
        header.update(head)
        body.update(highlighted_text(doc["text"], mentions))

    def action_scroll(self, lines: int) -> None:
        self.query_one("#reader-scroll").scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        scroll = self.query_one("#reader-scroll")
        scroll.scroll_relative(y=direction * max(1, scroll.size.height - 2), animate=False)
