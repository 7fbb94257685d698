"""A chart in the terminal: one metric across operations, or by year."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from .display import format_value, safe_text

__all__ = ["ChartScreen", "bar_chart"]

METRICS = ("arrests", "rescued", "identified", "dismantled", "seized")


def bar_chart(rows: list[dict[str, Any]], width: int) -> Text:
    """Horizontal bars drawn with block characters; labels shown literally."""
    if not rows:
        return Text("No figures for this metric yet.", style="dim")
    label_w = min(24, max(len(str(r["label"])) for r in rows))
    peak = max(float(r["value"] or 0) for r in rows) or 1.0
    bar_room = max(10, width - label_w - 14)
    out = Text(end="")
    for r in rows:
        label = safe_text(str(r["label"]))
        label.truncate(label_w, overflow="ellipsis", pad=True)
        out.append_text(label)
        out.append(" ")
        cells = float(r["value"] or 0) / peak * bar_room
        full = int(cells)
        bar = "█" * full + (" ▏▎▍▌▋▊▉"[int((cells - full) * 8)] if cells - full >= 0.125 else "")
        out.append(bar, style="bold cyan")
        out.append(f" {format_value(r['value'])}\n")
    return out


class ChartScreen(Screen):
    """1–5 choose the metric; y switches between operations and years."""

    BINDINGS = [
        Binding("escape", "app.back", "Back"),
        Binding("1", "metric(0)", "Arrests"),
        Binding("2", "metric(1)", "Rescued"),
        Binding("3", "metric(2)", "Identified", show=False),
        Binding("4", "metric(3)", "Dismantled", show=False),
        Binding("5", "metric(4)", "Seizures", show=False),
        Binding("y", "toggle", "By year / operation"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.metric = "arrests"
        self.by_year = False

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="chart-title", markup=False)
        with VerticalScroll(id="chart-scroll"):
            yield Static(Text("Loading…"), id="chart", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.reload()

    def reload(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        metric, by_year = self.metric, self.by_year
        what = "per year (each operation counted once)" if by_year else "per operation (largest 40)"
        if metric == "seized":
            what = "seizure figures " + what
        self.query_one("#chart-title", Static).update(
            Text(
                f"{metric.title()} {what}   1 arrests · 2 rescued · 3 identified · 4 dismantled · "
                "5 seizures · y operations/years",
                style="bold",
            )
        )

        def fetch() -> None:
            rows = reader.metric_by_year(metric) if by_year else reader.metric_by_operation(metric)
            self.app.call_from_thread(self._draw, rows)

        self.run_worker(fetch, thread=True, exclusive=True, group="chart", exit_on_error=False)

    def _draw(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.query_one("#chart", Static).update(bar_chart(rows, self.size.width - 2))

    def action_metric(self, index: int) -> None:
        self.metric = METRICS[index]
        self.reload()

    def action_toggle(self) -> None:
        self.by_year = not self.by_year
        self.reload()
