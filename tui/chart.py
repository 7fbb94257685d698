"""A chart in the terminal: one metric across operations, or by year."""

from __future__ import annotations

import re
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from store.text import visible

from .boxes import DocketFooter
from .display import format_value, safe_text

__all__ = ["ChartScreen", "bar_chart", "fit_label", "UNKNOWN_YEAR"]

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


#: What the by-year chart calls operations whose year is not known.
UNKNOWN_YEAR = "unknown year"
#: A label's trailing year (``Lionfish 2013``): kept whole when the name is shortened.
_YEAR_TAIL = re.compile(r"\s+\d{4}$")
_EIGHTHS = " ▏▎▍▌▋▊▉"


def fit_label(label: str, width: int) -> str:
    """``label`` in at most ``width`` cells, padded: when it must be
    shortened the name loses its end (``…``), never its year, and no number
    is cut in two (``FALCON-1…`` of ``FALCON-12`` would be a wrong number)."""
    text = visible(label)
    if cell_len(text) <= width:
        return text + " " * (width - cell_len(text))
    tail_match = _YEAR_TAIL.search(text)
    tail = text[tail_match.start() :] if tail_match and cell_len(tail_match.group()) + 3 <= width else ""
    head = text[: len(text) - len(tail)]
    room = width - cell_len(tail) - 1  # one cell for the ellipsis
    kept = ""
    for ch in head:
        if cell_len(kept + ch) > room:
            break
        kept += ch
    if kept and head[len(kept)].isdigit():  # the cut falls inside a number: leave the number out
        kept = re.sub(r"[\d.,]*\d$", "", kept)
    out = kept.rstrip() + "…" + tail
    return out + " " * (width - cell_len(out))


def bar(value: float, peak: float, room: int) -> str:
    """A bar of up to ``room`` cells in eighths of a cell; any value above
    zero gets at least one whole cell, so a small figure is never invisible."""
    if value <= 0 or peak <= 0:
        return ""
    cells = max(1.0, value / peak * room)
    full = int(cells)
    rest = int((cells - full) * 8)
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def bar_chart(rows: list[dict[str, Any]], width: int) -> Text:
    """Horizontal bars drawn with block characters, one per row of
    ``label``/``value`` (a label of None is the unknown year), each line at
    most ``width`` cells: labels shown literally and shortened without
    cutting a number, every value written out in full."""
    if not rows:
        return Text("No figures for this metric yet: press another number, or y", style="dim")
    labels = [UNKNOWN_YEAR if r["label"] is None else str(r["label"]) for r in rows]
    values = [format_value(r["value"]) for r in rows]
    value_w = max(len(v) for v in values)
    longest = max(cell_len(visible(label)) for label in labels)
    label_w = min(longest, max(12, min(40, width // 3)))
    bar_room = max(4, width - label_w - value_w - 2)
    peak = max(float(r["value"] or 0) for r in rows)
    out = Text(end="")
    for r, label, shown in zip(rows, labels, values, strict=True):
        out.append(fit_label(label, label_w), style="italic" if r["label"] is None else "")
        out.append(" ")
        drawn = bar(float(r["value"] or 0), peak, bar_room)
        out.append(drawn, style="bold cyan")
        out.append(" " + shown + "\n")
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
        # the scroll's padding and a vertical scrollbar's two cells: a line
        # never wraps, so no number is ever split over two lines
        width = self.query_one("#chart-scroll").size.width or self.size.width
        self.query_one("#chart", Static).update(bar_chart(rows, max(20, width - 4)))

    def on_resize(self) -> None:
        if getattr(self, "rows", None) is not None:
            self.call_after_refresh(self._draw, self.rows)

    def action_metric(self, index: int) -> None:
        self.metric = METRICS[index]
        self.reload()

    def action_toggle(self) -> None:
        self.by_year = not self.by_year
        self.reload()
