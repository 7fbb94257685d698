"""The help screen: every key, from :mod:`tui.keys`, grouped by where it
works; it fits 80×24 and scrolls like every list (j k g G)."""

from __future__ import annotations

from itertools import groupby

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .boxes import DocketFooter
from .keys import KEYS, LEGEND

__all__ = ["HelpScreen", "help_table"]


def help_table() -> Table:
    table = Table(box=None, show_header=False, expand=False, pad_edge=False, padding=(0, 2, 0, 0))
    table.add_column("Key", style="bold", no_wrap=True)
    table.add_column("What it does", no_wrap=True)
    for where, rows in groupby(KEYS, key=lambda k: k[0]):
        table.add_row(Text(where.capitalize(), style="bold underline"), Text(""))
        for _, key, what in rows:
            table.add_row(Text("  " + key), Text(what))
    table.add_row(Text("Legend", style="bold underline"), Text(""))
    for key, what in LEGEND:
        table.add_row(Text("  " + key), Text(what))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key; esc or ? closes it, q quits as everywhere."""

    BINDINGS = [
        Binding("escape,question_mark,f1", "dismiss", "Close", key_display="esc"),
        Binding("q", "app.quit", "Quit"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 78; max-width: 100%; height: 1fr; max-height: 100%;
        border: round $border; background: $panel; padding: 0 1;
    }
    HelpScreen #help-table { width: 100%; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-scroll") as scroll:
            scroll.border_title = "docket keys"
            scroll.border_subtitle = "j k g G scroll · esc close"
            yield Static(help_table(), id="help-table")
        yield DocketFooter(compact=True)

    @property
    def scroller(self) -> VerticalScroll:
        return self.query_one("#help-scroll", VerticalScroll)

    def action_scroll(self, lines: int) -> None:
        self.scroller.scroll_relative(y=lines, animate=False)

    def action_page(self, direction: int) -> None:
        self.scroller.scroll_relative(y=direction * max(1, self.scroller.size.height - 1), animate=False)

    def action_top(self) -> None:
        self.scroller.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroller.scroll_end(animate=False)
