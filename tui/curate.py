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
        out.append_text(safe_text(c.at, "dim"))
        out.append("  ")
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
    reload = getattr(app.screen, "reload_corrected", None) or getattr(app.screen, "reload", None)
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


# ------------------------------------------------------------------ entities


def _entity_text(target: dict[str, Any]) -> Text:
    from .display import type_badge

    what = type_badge(target["type"], pad=False)
    what.append_text(safe_text(target["name"], "bold"))
    return what


_ENTITY_ASKS = {
    "rename": ("Rename ", "The name to show."),
    "merge": ("Merge ", "The name of the entity it is the same as."),
    "reject": ("Not an entity: ", "Why (optional); its mentions go."),
    "retype": ("Change the type of ", "PERSON, ORG, LOCATION or OPERATION."),
    "alias": ("Another name for ", "The alias (MS-13 / Mara Salvatrucha)."),
    "year": ("The year of ", "The year the operation ran (four digits)."),
}


def ask_entity_correction(app: Any, action: str, target: dict[str, Any]) -> None:
    """Ask for the value of an entity correction (``target``: id, type,
    name), then make it. ``reject`` asks for the reason."""
    from store.curate import correct_entity

    lead, hint = _ENTITY_ASKS[action]
    title = Text(lead, style="bold", end="")
    title.append_text(_entity_text(target))

    def answered(text: str | None) -> None:
        if text is None:
            return
        reason = (text or None) if action == "reject" else None
        given = None if action == "reject" else text
        write_correction(
            app,
            lambda conn: correct_entity(
                conn, action, target["type"], target["name"], given, reason=reason, entity_id=target["id"]
            ),
            said,
        )

    app.push_screen(Prompt(title, hint, target["name"] if action == "rename" else ""), answered)


def show_entity_history(app: Any, target: dict[str, Any]) -> None:
    rows = app.reader.curation_history(entity_id=target["id"])
    app.push_screen(HistoryScreen(rows, _entity_text(target)), lambda cid: undo_from_history(app, cid))


# ------------------------------------------------------------------- figures

#: What ``F`` shows, for the analyst to change.
FIELDS_SHOWN = "value={value}; unit={unit}; metric={metric}; item={item}; qualifier={qualifier}"
_FIELD_NAMES = ("value", "unit", "metric", "item", "qualifier")


def parse_fields(text: str, row: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``text`` (``value=900; item=guns``) that differ from
    ``row``; ValueError names a part it cannot read."""
    changes: dict[str, Any] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, eq, value = part.partition("=")
        name = name.strip().lower()
        if not eq or name not in _FIELD_NAMES:
            raise ValueError(f"{part.strip()!r}: write field=value, fields: {', '.join(_FIELD_NAMES)}")
        value = value.strip()
        if name == "value":
            try:
                number = float(value.replace(",", ""))
            except ValueError:
                raise ValueError(f"{value!r} is not a number") from None
            if number != row["value"]:
                changes["value"] = number
        elif (value or None) != row[name]:
            changes[name] = value or None
    return changes


def _figure_text(fig: dict[str, Any]) -> Text:
    from .display import format_value

    text = Text(f"{fig['metric']} {format_value(fig['value'], fig['unit'])} ", style="bold", end="")
    if fig.get("item"):
        text.append_text(safe_text(fig["item"], "bold"))
    if fig.get("title"):
        text.append(" in ", style="dim")
        text.append_text(safe_text(fig["title"], "italic"))
    return text


def ask_figure_fix(app: Any, fig: dict[str, Any]) -> None:
    """Correct a figure (``fig``: figure_id, value, unit, metric, item,
    qualifier, title) from one ``field=value; …`` line."""
    from store.curate import correct_figure

    value = int(fig["value"]) if float(fig["value"]).is_integer() else fig["value"]
    current = FIELDS_SHOWN.format(
        value=value, unit=fig["unit"], metric=fig["metric"], item=fig["item"] or "", qualifier=fig["qualifier"] or ""
    )
    title = Text("Correct ", style="bold", end="")
    title.append_text(_figure_text(fig))

    def answered(text: str | None) -> None:
        if text is None:
            return
        try:
            changes = parse_fields(text, fig)
        except ValueError as exc:
            app.notify(str(exc), severity="warning", markup=False)
            return
        if not changes:
            app.notify("Nothing changed", markup=False)
            return
        write_correction(app, lambda conn: correct_figure(conn, fig["figure_id"], changes), said)

    app.push_screen(Prompt(title, "Change what is wrong; ';' between fields.", current), answered)


def ask_figure_move(app: Any, fig: dict[str, Any]) -> None:
    from store.curate import correct_figure

    title = Text("Move ", style="bold", end="")
    title.append_text(_figure_text(fig))

    def answered(text: str | None) -> None:
        if text is None:
            return
        target = text.strip() or None
        write_correction(app, lambda conn: correct_figure(conn, fig["figure_id"], {"operation": target}), said)

    app.push_screen(Prompt(title, "To the operation named (its year too if needed; empty: to none)."), answered)


def ask_figure_reject(app: Any, fig: dict[str, Any]) -> None:
    from store.curate import correct_figure

    title = Text("Not a figure: ", style="bold", end="")
    title.append_text(_figure_text(fig))

    def answered(text: str | None) -> None:
        if text is None:
            return
        write_correction(app, lambda conn: correct_figure(conn, fig["figure_id"], None, reason=text or None), said)

    app.push_screen(Prompt(title, "Why (optional)."), answered)


def show_figure_history(app: Any, fig: dict[str, Any]) -> None:
    rows = app.reader.curation_history(figure_id=fig["figure_id"])
    app.push_screen(HistoryScreen(rows, _figure_text(fig)), lambda cid: undo_from_history(app, cid))
