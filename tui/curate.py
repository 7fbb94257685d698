"""Corrections from the keyboard (issue #15): a small prompt for the value,
the history of a row, and the one way a correction is written — in a
worker, through ``store.curate``, then every open view re-reads the store.

Every text shown here comes from the store (names, values, reasons, the
analysts' user names) and is shown as a ``Text`` through ``safe_text``,
never as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from .display import safe_text

__all__ = ["CURATED_MARK", "Prompt", "HistoryScreen", "write_correction", "history_text", "undo_from_history", "said"]

#: Marks a row an analyst corrected.
CURATED_MARK = "✎"


class Prompt(ModalScreen[str | None]):
    """One line of input: enter gives it, esc gives None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", key_display="esc")]

    def __init__(self, title: Text, hint: str = "", value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.initial = value

    def compose(self) -> ComposeResult:
        with Vertical(id="prompt-box"):
            yield Static(self.title_text, id="prompt-title", markup=False)
            yield Input(value=self.initial, id="prompt-input")
            yield Static(Text(self.hint + "  enter: do it · esc: cancel", style="dim"), id="prompt-hint", markup=False)

    def on_mount(self) -> None:
        box = self.query_one("#prompt-input", Input)
        box.focus()
        box.cursor_position = len(box.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


def history_text(rows: list[Any], what: Text) -> Text:
    """Each correction on one line: id, time, user, change, reason, status."""
    out = Text("History of ", style="bold", end="")
    out.append_text(what)
    if not rows:
        out.append("\nNo correction yet.", style="dim")
        return out
    for c in rows:
        out.append(f"\n#{c.id} ", style="bold")
        out.append(f"{c.at}  ", style="dim")
        out.append_text(safe_text(c.user, "bold"))
        out.append("  ")
        out.append_text(safe_text(c.change()))
        if c.reason:
            out.append("  — ", style="dim")
            out.append_text(safe_text(c.reason, "italic"))
        out.append(f"  [{c.status}]", style="dim")
    return out


class HistoryScreen(ModalScreen[int | None]):
    """The corrections of one row; ``u`` undoes the newest one in force."""

    BINDINGS = [
        Binding("escape,h,H", "close", "Close", key_display="esc"),
        Binding("u", "undo", "Undo newest", tooltip="Undo the newest correction in force"),
    ]

    def __init__(self, rows: list[Any], what: Text) -> None:
        super().__init__()
        self.rows = rows
        self.what = what

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box"):
            yield Static(history_text(self.rows, self.what), id="history-text", markup=False)
            yield Static(Text("u: undo the newest correction in force · esc: close", style="dim"), markup=False)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_undo(self) -> None:
        live = [c for c in self.rows if c.action not in ("undo", "split") and c.undone_by is None]
        if not live:
            self.app.notify("Nothing to undo here", markup=False)
            return
        self.dismiss(live[-1].id)


def write_correction(app: Any, fn: Callable[[Any], Any], done: Callable[[Any], str]) -> None:
    """Run ``fn(conn)`` (a ``store.curate`` call) on a writer connection of
    its own in a worker thread; then say what was done (or why not) and
    re-read every open view."""
    if getattr(app, "read_only", False):
        app.notify("This session is read-only: corrections need `docket` without --read-only", markup=False)
        return
    path = app.reader.path

    def work() -> None:
        from store.curate import CurationError
        from store.db import StoreError, open_writer

        try:
            db = open_writer(path)
        except StoreError as exc:
            app.call_from_thread(app.notify, str(exc), severity="error", markup=False)
            return
        try:
            result = fn(db.conn)
        except CurationError as exc:
            app.call_from_thread(app.notify, str(exc), severity="warning", markup=False)
            return
        except Exception as exc:  # the store itself failed: say so, keep going
            app.call_from_thread(app.notify, f"Could not write the correction: {exc}", severity="error", markup=False)
            return
        finally:
            db.close()
        app.call_from_thread(_after, app, done(result))

    app.run_worker(work, thread=True, group="curate", exit_on_error=False)


def _after(app: Any, message: str) -> None:
    main = app.main_screen
    if main is not None:
        main.reload()
    reload = getattr(app.screen, "reload", None)
    if app.screen is not main and callable(reload):
        reload()
    app.notify(message, title="Corrected", timeout=5, markup=False)


def undo_from_history(app: Any, curation_id: int | None) -> None:
    """What the history screen asked: undo ``curation_id`` (None: nothing)."""
    if curation_id is None:
        return
    from store.curate import undo

    write_correction(app, lambda conn: undo(conn, curation_id), lambda c: f"#{c.id} undoes #{c.undoes}")


def said(c: Any) -> str:
    """One line about a correction just made."""
    from store.text import visible

    where = f"in force in {c.documents} document(s)" if c.documents else "orphan: its target is in no document"
    return visible(f"#{c.id} {c.target()}: {c.change()} ({where})")
