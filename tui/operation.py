"""An operation's detail: every figure with its qualifier, unit, scope,
source documents and evidence sentence. Enter opens the source document
at the evidence ("why this number")."""

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
from .display import format_value, format_year, safe_text
from .paged_list import PagedList

__all__ = ["OperationScreen", "figure_rows"]


def figure_rows(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per figure, then one per further document that reports it."""
    rows: list[dict[str, Any]] = []
    for fig in figures:
        first, *more = fig["sources"]
        rows.append({**fig, "kind": "figure", "source_row": first, "n_sources": len(fig["sources"])})
        for src in more:
            rows.append({**fig, "kind": "source", "source_row": src, "n_sources": len(fig["sources"])})
    return rows


def render_figure(row: dict[str, Any], width: int) -> Text:
    src = row["source_row"]
    if row["kind"] == "source":
        text = Text("    ↳ also reported by ", style="dim", end="")
        text.append_text(safe_text(src["title"]))
        return text
    text = Text(f"{row['metric']:<11}", style="bold", end="")
    value = format_value(row["value"], row["unit"])
    if row["qualifier"]:
        value = f"{row['qualifier']} {value}"
    text.append(f"{value:>18}  ")
    if row["item"]:
        text.append_text(safe_text(row["item"]))
    if row["scope"]:
        text.append("  in ", style="dim")
        text.append_text(safe_text(row["scope"], "italic"))
    if row["n_sources"] > 1:
        text.append(f"  [{row['n_sources']} sources, counted once]", style="dim")
    return text


class OperationScreen(Screen):
    """Figures of one operation (or of no named operation)."""

    BINDINGS = [
        Binding("escape", "app.back", "Back"),
        Binding("enter", "open_evidence", "Why this number"),
        Binding("d", "open_evidence", "Open", show=False),  # d opens the row in every list
    ]

    def __init__(self, operation_id: int | None, name: str | None = None) -> None:
        super().__init__()
        self.operation_id = operation_id
        self.name_hint = name

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading the operation…", style="dim"), id="operation-header", markup=False)
        with Vertical(id="figures-pane", classes="pane"):
            yield PagedList(render_figure, id="figures", empty="No figures found for this operation")
        yield Static(Text(""), id="evidence", markup=False)
        yield DocketFooter(compact=True)

    def on_mount(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        op_id = self.operation_id
        rows: list[dict[str, Any]] = []
        summary: dict[str, Any] = {}

        def count() -> int:
            summary.update(reader.operation(op_id) or {})
            rows[:] = figure_rows(reader.operation_figures(op_id))
            return len(rows)

        self.summary = summary
        state = getattr(self, "restored", None) or {}
        self.query_one("#figures", PagedList).load(count, lambda o, n: rows[o : o + n], cursor=state.get("cursor"))
        self.query_one("#figures", PagedList).focus()

    def history_state(self) -> dict[str, Any]:
        return {"cursor": self.query_one("#figures", PagedList).cursor}

    def reload(self) -> None:
        self.restored = self.history_state()
        self.on_mount()

    @on(PagedList.Loaded, "#figures")
    def _loaded(self, event: PagedList.Loaded) -> None:
        figures = self.query_one("#figures", PagedList)
        if figures.error:
            self.query_one("#operation-header", Static).update(
                safe_text(f"Could not read this operation: {figures.error}  (r tries again)", "bold")
            )
            return
        s = self.summary
        name = s.get("name") or self.name_hint
        head = safe_text(name, "bold") if name else Text("(figures tied to no named operation)", style="bold italic")
        head.append(
            f"   year {format_year(s.get('year'), s.get('year_inferred'))}"
            f"{' (inferred: no text gives it)' if s.get('year_inferred') else ''}"
            f" · arrests {format_value(s.get('arrests'))} · "
            f"{s.get('seizures', 0)} seizure figure(s) · {s.get('other', 0)} other · "
            f"{s.get('documents', 0)} document(s)",
            style="dim",
        )
        self.query_one("#operation-header", Static).update(head)
        self.query_one("#figures-pane").border_title = f"Figures ({event.count} rows)"

    @on(PagedList.Highlighted, "#figures")
    def _highlighted(self, event: PagedList.Highlighted) -> None:
        row = self.query_one("#figures", PagedList).current
        evidence = self.query_one("#evidence", Static)
        if not row:
            evidence.update(Text(""))
            return
        src = row["source_row"]
        text = Text("Evidence — ", style="dim", end="")
        text.append_text(safe_text(src["title"], "bold"))
        text.append("\n")
        text.append_text(safe_text(src["sentence"], "italic"))
        evidence.update(text)

    def action_open_evidence(self) -> None:
        row = self.query_one("#figures", PagedList).current
        if row:
            self._open(row)

    @on(PagedList.Selected, "#figures")
    def _selected(self, event: PagedList.Selected) -> None:
        self._open(event.row)

    def _open(self, row: dict[str, Any]) -> None:
        from .reader import ReaderScreen

        src = row["source_row"]
        doc_id, span = src["document_id"], (src["start"], src["end"])
        self.app.open(lambda: ReaderScreen(doc_id, evidence=span))  # type: ignore[attr-defined]
