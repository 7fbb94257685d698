"""The one focus model for text boxes, and the footer that shows it.

A text box takes keys only after ``/`` or ``e`` (or a click) puts you in
it; ``esc`` or ``↓`` leaves it. Out of a box every key is a command — the
keys the help calls "anywhere" (``? / [ ] c r q``) work on every screen
and in every pane, and are never typed into a box by accident. In a box
every printable key is text. The footer says which of the two you are in.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.events import Blur, Focus, MouseDown
from textual.message import Message
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterLabel

__all__ = ["TextBox", "DocketFooter", "typing_in"]


class TextBox(Input, can_focus=False):
    """An Input that can be focused only while you are typing in it."""

    BINDINGS = [
        Binding("escape", "leave", "Stop typing", key_display="esc"),
        Binding("down", "leave", "To the list", key_display="↓", show=False),
    ]

    class Left(Message):
        """Typing stopped (esc, ↓, or focus moved elsewhere)."""

        def __init__(self, box: TextBox) -> None:
            super().__init__()
            self.box = box

        @property
        def control(self) -> TextBox:
            return self.box

    def enter(self) -> None:
        """Put the cursor in the box: from now on keys are text."""
        hold = getattr(self.app, "hold_keys", None)
        if hold is not None and not self.has_focus:
            hold()  # keys typed before the focus lands are held for the box
        self.can_focus = True
        self.focus()
        self.cursor_position = len(self.value)

    def _on_focus(self, event: Focus) -> None:
        super()._on_focus(event)
        release = getattr(self.app, "release_keys", None)
        if release is not None:
            release()

    def action_leave(self) -> None:
        self.screen.set_focus(None)
        self._left()

    def _left(self) -> None:
        if self.can_focus:
            self.can_focus = False
            self.post_message(self.Left(self))

    def _on_blur(self, event: Blur) -> None:
        super()._on_blur(event)
        self._left()

    async def _on_mouse_down(self, event: MouseDown) -> None:
        if not self.can_focus:
            self.enter()
            return
        await super()._on_mouse_down(event)


def typing_in(screen) -> bool:
    """Whether the focused widget of ``screen`` is a text box."""
    return isinstance(screen.focused, Input)


class DocketFooter(Footer):
    """The key footer, led by the mode (``TYPING`` in a box, ``SELECT``
    while selecting text in the reader, ``KEYS`` elsewhere) and a ``read-only`` badge when nothing can be written."""

    def compose(self):
        if self._bindings_ready:
            typing = typing_in(self.screen)
            label = " TYPING " if typing else " SELECT " if getattr(self.screen, "selecting", False) else " KEYS "
            mode = Text(label, style="bold reverse")
            yield FooterLabel(mode, id="mode", classes="-typing" if typing else "")
            if getattr(self.app, "read_only", False):
                yield FooterLabel(Text(" read-only ", style="bold reverse"), id="read-only-badge")
        yield from super().compose()
