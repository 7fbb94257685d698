"""How untrusted text reaches the screen.

Every string that comes from a document, a file name, the store or the
user goes through :func:`safe_text`: control characters become visible
placeholders (``␛``, ``<9B>``, ``<U+202E>``) and the result is a
``rich.text.Text``, which no widget parses as markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from store.text import visible

__all__ = [
    "safe_text",
    "TYPE_STYLES",
    "TYPE_NAMES",
    "MARK_STYLES",
    "type_badge",
    "format_value",
    "use_colour",
    "lead_in",
]

#: The entity types, named as the store, the CLI, the export and the help
#: name them: one naming everywhere.
TYPE_NAMES = ("PERSON", "ORG", "LOCATION", "OPERATION")
BADGE_WIDTH = max(len(t) for t in TYPE_NAMES)

#: Entity types are told apart by text attributes as well as colour, so
#: they stay readable with NO_COLOR or on a 16-colour console.
_ATTRIBUTES: dict[str, dict[str, bool]] = {
    "PERSON": {"bold": True, "underline": True},
    "ORG": {"bold": True},
    "LOCATION": {"italic": True},
    "OPERATION": {"bold": True, "reverse": True},
}
_COLOURS = {"PERSON": "magenta", "ORG": "cyan", "LOCATION": "green", "OPERATION": "yellow"}
TYPE_STYLES: dict[str, Style] = {}
#: Search hits, the current mark, evidence, a selection and its caret in the reader.
MARK_STYLES: dict[str, Style] = {}


def use_colour(colour: bool, *, italic: bool = True) -> None:
    """Colours with the attributes, or (NO_COLOR) the attributes alone: a
    colour turned grey on a dark background is hard to read, an attribute
    is not. Without ``italic`` (the Linux console cannot draw it) places
    are underlined instead, so every type keeps an attribute of its own."""
    for etype, attrs in _ATTRIBUTES.items():
        if not italic and attrs.get("italic"):
            attrs = {"underline": True}
        TYPE_STYLES[etype] = Style(color=_COLOURS[etype] if colour else None, **attrs)
    if colour:
        MARK_STYLES.update(
            hit=Style(bgcolor="yellow", color="black", bold=True),
            current=Style(bgcolor="bright_red", color="white", bold=True, underline=True),
            evidence=Style(bgcolor="blue", color="white", bold=True, underline=True),
            selection=Style(bgcolor="bright_cyan", color="black", reverse=False),
            caret=Style(bgcolor="black", color="bright_cyan", bold=True, underline=True, reverse=False),
        )
    else:
        MARK_STYLES.update(
            hit=Style(reverse=True),
            current=Style(reverse=True, bold=True, underline=True),
            evidence=Style(bold=True, underline=True, italic=True),
            selection=Style(reverse=True, underline=True),
            caret=Style(reverse=False, bold=True, underline=True),
        )


use_colour(True)


def safe_text(value: object, style: str | Style = "", *, keep_newlines: bool = False) -> Text:
    """``value`` as a Text that shows every character literally and no control."""
    return Text(visible("" if value is None else str(value), keep_newlines=keep_newlines), style=style, end="")


def type_badge(etype: str, *, pad: bool = True) -> Text:
    """The type's name in its style (padded so that names after it line up)."""
    label = visible(etype)
    text = Text(end="")
    text.append(label, style=TYPE_STYLES.get(etype, ""))
    text.append(" " * (BADGE_WIDTH - len(label) + 1 if pad else 1))
    return text


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


def format_year(year: int | None, inferred: object = False) -> str:
    """An operation's year: ``2024``, ``2024?`` where no text gives it and
    it is the year its documents were published in, ``—`` when unknown."""
    if year is None:
        return "—"
    return f"{year}?" if inferred else str(year)


def lead_in(head: str, need: int, room: int | None, *, after: int = 12) -> str:
    """The text before a highlight, shortened from its start (``…`` and
    whole words) so that the highlight (``need`` cells) and about ``after``
    cells after it fit in ``room`` cells. ``head`` is already visible text."""
    if room is None or cell_len(head) + need + 1 <= room:
        return head
    keep = max(0, room - need - after - 1)
    cut = head[len(head) - keep :] if keep else ""
    if cut and len(cut) < len(head) and not head[len(head) - len(cut) - 1].isspace():
        cut = cut.split(" ", 1)[1] if " " in cut else ""  # not half a word
    return "…" + cut.lstrip()
