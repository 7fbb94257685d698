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

from store.summary import format_figure

from .boxes import DocketFooter
from .curate import CURATED_MARK
from .display import format_value, format_year, safe_text
from .main import CONFLICT_MARK
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
    conflict = bool(row.get("conflict"))
    curated = bool(row.get("curated"))
    lead = (CONFLICT_MARK if conflict else "") + (CURATED_MARK if curated else "")
    text = Text(lead.ljust(2), style="bold", end="")
    text.append(f"{row['metric']:<11}", style="bold")
    value = format_value(row["value"], row["unit"])
    if row["qualifier"]:
        value = f"{row['qualifier']} {value}"
    text.append(f"{value:>18}  ")
    if row["item"]:
        text.append_text(safe_text(row["item"]))
    if row["scope"]:
        text.append("  in ", style="dim")
        text.append_text(safe_text(row["scope"], "italic"))
    if conflict:
        text.append("  [conflict: headline]" if row.get("chosen") else "  [conflict: other report]", style="bold")
    if row["n_sources"] > 1:
        text.append(f"  [{row['n_sources']} sources, counted once]", style="dim")
    return text


def summary_line(s: dict[str, Any]) -> Text:
    """``year 2014 · arrests 422 · rescued — · cocaine >27.5 t · … · 5 seizure figures · 1 document``."""
    text = Text(
        f"   year {format_year(s.get('year'), s.get('year_inferred'))}"
        f"{' (inferred: no text gives it)' if s.get('year_inferred') else ''}"
        f" · arrests {format_figure(s.get('arrests'), s.get('arrests_qualifier'))}"
        f" · rescued {format_figure(s.get('rescued'), s.get('rescued_qualifier'))}",
        style="dim",
        end="",
    )
    if s.get("main_seizures"):
        text.append(" · ", style="dim")
        text.append_text(safe_text(s["main_seizures"], "dim"))
    text.append(
        f" · {s.get('seizure_figures', 0)} seizure figure(s) · {s.get('other_figures', 0)} other figure(s)"
        f" · {s.get('documents', 0)} document(s)",
        style="dim",
    )
    if s.get("conflicts"):
        text.append(
            f"\n{CONFLICT_MARK} {s['conflicts']} figure(s) reported with different values: both are listed; "
            "the headline takes the flat, most precise, most cited one",
            style="bold",
        )
    return text


class OperationScreen(Screen):
    """Figures of one operation (or of no named operation)."""

    BINDINGS = [
        Binding("escape", "app.back", "Back"),
        Binding("enter", "open_evidence", "Why this number"),
        Binding("d", "open_evidence", "Open", show=False),  # d opens the row in every list
        Binding("v", "series", "Series", tooltip="Every edition of this operation's series, side by side"),
        Binding(
            "F",
            "fix_figure",
            "Fix",
            key_display="F",
            tooltip="Correct the figure's value, unit, metric, item",
            show=False,
        ),
        Binding(
            "M", "move_figure", "Move", key_display="M", tooltip="Move the figure to another operation", show=False
        ),
        Binding("X", "reject_figure", "Reject", key_display="X", tooltip="Not a figure", show=False),
        Binding(
            "H", "figure_history", "History", key_display="H", tooltip="The corrections of this figure", show=False
        ),
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
            curated = reader.curated_figure_ids()
            rows[:] = figure_rows(reader.operation_figures(op_id))
            for row in rows:
                row["curated"] = row["source_row"]["figure_id"] in curated
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
        head.append_text(summary_line(s))
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
        if row.get("conflict"):
            text.append(f"\n{CONFLICT_MARK} Conflict: ", style="bold")
            text.append_text(safe_text(row["conflict"]))
        evidence.update(text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "series":
            return self.operation_id is not None
        return True

    def action_series(self) -> None:
        if self.operation_id is not None:
            self.app.open_series(self.operation_id)  # type: ignore[attr-defined]

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

    # ------------------------------------------------------------ corrections

    def _figure(self) -> dict[str, Any] | None:
        row = self.query_one("#figures", PagedList).current
        if row is None:
            self.app.notify("No figure here", markup=False)
            return None
        src = row["source_row"]
        return {**row, "figure_id": src["figure_id"], "title": src["title"]}

    def action_fix_figure(self) -> None:
        """F: correct the figure under the cursor, as ``field=value`` pairs."""
        from .curate import ask_figure_fix

        fig = self._figure()
        if fig is not None:
            ask_figure_fix(self.app, fig)

    def action_move_figure(self) -> None:
        """M: move the figure under the cursor to another operation (empty: to none)."""
        from .curate import ask_figure_move

        fig = self._figure()
        if fig is not None:
            ask_figure_move(self.app, fig)

    def action_reject_figure(self) -> None:
        """X: the row under the cursor is not a figure."""
        from .curate import ask_figure_reject

        fig = self._figure()
        if fig is not None:
            ask_figure_reject(self.app, fig)

    def action_figure_history(self) -> None:
        from .curate import show_figure_history

        fig = self._figure()
        if fig is not None:
            show_figure_history(self.app, fig)
