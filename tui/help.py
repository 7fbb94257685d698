"""The help screen: every key, from :mod:`tui.keys`."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .keys import KEYS

__all__ = ["HelpScreen"]


class HelpScreen(ModalScreen[None]):
    """Lists every key; any of esc, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: round $border; background: $panel; padding: 0 1;
    }
    """

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=True, header_style="bold", expand=True, pad_edge=False)
        table.add_column("Where", style="dim", no_wrap=True)
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("What it does")
        for where, key, what in KEYS:
            table.add_row(Text(where), Text(key), Text(what))
        with VerticalScroll(id="help-scroll") as scroll:
            scroll.border_title = "docket keys (esc to close)"
            yield Static(table, id="help-table")
