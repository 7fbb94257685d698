"""A chart in the terminal: one metric across operations, or by year."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from .boxes import DocketFooter
from .display import format_value, safe_text

__all__ = ["ChartScreen", "bar_chart"]

METRICS = ("arrests", "rescued", "identified", "dismantled", "seized")
#: What each chart shows, as its title says it.
METRIC_TITLES = {
    "arrests": "Arrests",
    "rescued": "People rescued",
    "identified": "People identified",
    "dismantled": "Networks dismantled",
    "seized": "Seizure figures",
}


def chart_title(metric: str, by_year: bool) -> str:
    """``Seizure figures per operation (largest 40)``, ``Arrests per year …``."""
    what = METRIC_TITLES.get(metric, metric.title())
    if by_year:
        return f"{what} per year (each operation counted once)"
    return f"{what} per operation (largest 40)"


def bar_chart(rows: list[dict[str, Any]], width: int) -> Text:
    """Horizontal bars drawn with block characters; labels shown literally."""
    if not rows:
        return Text("No figures for this metric yet: press another number, or y", style="dim")
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

    _METRIC = Binding.Group("Metric", compact=True)
    BINDINGS = [
        Binding("escape", "app.back", "Back"),
        Binding("1", "metric(0)", "Arrests", group=_METRIC),
        Binding("2", "metric(1)", "Rescued", group=_METRIC),
        Binding("3", "metric(2)", "Identified", group=_METRIC),
        Binding("4", "metric(3)", "Dismantled", group=_METRIC),
        Binding("5", "metric(4)", "Seizures", group=_METRIC),
        Binding("y", "toggle", "Year/op"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.metric = "arrests"
        self.by_year = False

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="chart-title", markup=False)
        with VerticalScroll(id="chart-scroll"):
            yield Static(Text("Loading the figures…", style="dim"), id="chart", markup=False)
        yield DocketFooter(compact=True)

    def on_mount(self) -> None:
        state = getattr(self, "restored", None) or {}
        self.metric = state.get("metric", self.metric)
        self.by_year = state.get("by_year", self.by_year)
        self.reload()

    def history_state(self) -> dict[str, Any]:
        return {"metric": self.metric, "by_year": self.by_year}

    def reload(self) -> None:
        reader = self.app.reader  # type: ignore[attr-defined]
        metric, by_year = self.metric, self.by_year
        title = Text(chart_title(metric, by_year), style="bold", end="")
        title.append(
            "\n1 arrests  2 rescued  3 identified  4 dismantled  5 seizures  y per "
            + ("operation" if by_year else "year"),
            style="dim",
        )
        self.query_one("#chart-title", Static).update(title)

        def fetch() -> None:
            try:
                rows = reader.metric_by_year(metric) if by_year else reader.metric_by_operation(metric)
            except Exception as exc:  # said on screen, never "Loading…" forever
                self.app.call_from_thread(self._failed, exc)
                return
            self.app.call_from_thread(self._draw, rows)

        self.run_worker(fetch, thread=True, exclusive=True, group="chart", exit_on_error=False)

    def _failed(self, exc: Exception) -> None:
        self.query_one("#chart", Static).update(safe_text(f"Could not read the figures: {exc}  (r tries again)"))

    def _draw(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.query_one("#chart", Static).update(bar_chart(rows, self.size.width - 2))

    def action_metric(self, index: int) -> None:
        self.metric = METRICS[index]
        self.reload()

    def action_toggle(self) -> None:
        self.by_year = not self.by_year
        self.reload()
