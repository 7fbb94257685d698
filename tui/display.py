"""How untrusted text reaches the screen.

Every string that comes from a document, a file name, the store or the
user goes through :func:`safe_text`: control characters become visible
placeholders (``␛``, ``<9B>``, ``<U+202E>``) and the result is a
``rich.text.Text``, which no widget parses as markup.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from store.text import visible

__all__ = ["safe_text", "TYPE_STYLES", "TYPE_BADGES", "type_badge", "format_value"]

#: Entity types are told apart by text attributes as well as colour, so
#: they stay readable with NO_COLOR or on a 16-colour console.
TYPE_STYLES: dict[str, Style] = {
    "PERSON": Style(color="magenta", bold=True, underline=True),
    "ORG": Style(color="cyan", bold=True),
    "LOCATION": Style(color="green", italic=True),
    "OPERATION": Style(color="yellow", bold=True, reverse=True),
}
TYPE_BADGES = {"PERSON": "PER", "ORG": "ORG", "LOCATION": "LOC", "OPERATION": "OPS"}


def safe_text(value: object, style: str | Style = "", *, keep_newlines: bool = False) -> Text:
    """``value`` as a Text that shows every character literally and no control."""
    return Text(visible("" if value is None else str(value), keep_newlines=keep_newlines), style=style, end="")


def type_badge(etype: str) -> Text:
    return Text(f"{TYPE_BADGES.get(etype, etype[:3])} ", style=TYPE_STYLES.get(etype, ""), end="")


def format_value(value: float | None, unit: str | None = None) -> str:
    """``1300.0`` → ``1,300``; ``27.5`` tonnes → ``27.5 t``; money with its code."""
    if value is None:
        return "—"
    number = f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    if not unit or unit == "count":
        return number
    short = {"tonnes": "t", "litres": "L"}.get(unit, unit)
    if unit.isupper() and len(unit) == 3:
        return f"{unit} {number}"
    return f"{number} {short}"
