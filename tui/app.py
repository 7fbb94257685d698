"""The docket app: the screens, browser-like history and global keys."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from store.db import store_location
from store.queries import Reader

from .commands import StoreCommands
from .display import use_colour
from .main import MainScreen

__all__ = ["DocketApp", "make_app"]

ScreenFactory = Callable[[], Screen]
HistoryEntry = tuple[ScreenFactory, dict[str, Any]]


class DocketApp(App):
    """Keyboard-driven explorer of a docket store."""

    CSS_PATH = "docket.tcss"
    TITLE = "docket"
    # docket's own palette: entities, operations, documents, its views;
    # not the framework's generic commands (themes, screenshots, …)
    COMMANDS = {StoreCommands}
    BINDINGS = [
        Binding("q", "quit_key", "Quit", tooltip="Leave docket (from any screen)"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help_f1", "Help", show=False),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("c", "chart", "Chart", show=False),
        Binding("r", "refresh", "Refresh", show=False),
        Binding("left_square_bracket,alt+left", "back", "Back", show=False),
        Binding("right_square_bracket,alt+right", "forward", "Forward", show=False),
    ]

    def __init__(
        self,
        db_path: Path,
        *,
        read_only: bool = False,
        audit: bool | None = None,
        new_store: int | None = None,
    ) -> None:
        super().__init__()
        # NO_COLOR: types by attribute alone; the Linux console has no italic
        use_colour(not self.no_color, italic=not os.environ.get("TERM", "").startswith("linux"))
        self.reader = Reader(db_path)
        self.read_only = read_only
        #: whether searches and opened documents go to the audit trail: a
        #: read-only session records them too when the store file is writable
        self.audit_enabled = (not read_only) if audit is None else audit
        self.new_store = new_store
        self._forward: list[HistoryEntry] = []
        #: keys and pastes that arrived while a text box was being opened
        #: (None: keys are handled as they come)
        self._held: list[tuple[int, events.Event]] | None = None
        self._hold_timer: Any = None
        self._typed = 0  # keys and pastes seen so far
        self._handling = 0  # the number of the key whose binding runs now
        self._hold_after = 0  # keys numbered above this are held
        self._straggle = (0, 0)  # keys numbered in this range go into the box

    def on_mount(self) -> None:
        self.push_screen(MainScreen(new_store=self.new_store))

    def on_unmount(self) -> None:
        self.reader.close()

    # ------------------------------------------------------------ key burst

    #: How long keys wait for a box that is being opened, at most; then they
    #: are handled as commands, as if no box had been asked for.
    HOLD_SECONDS = 2.0

    def hold_keys(self) -> None:
        """A text box is about to take the keys (``/``, ``e``): every key and
        paste typed after the one being handled is held until the box has
        focus, then given to it in order. Without this, keys queued behind
        ``/`` (a paste, a fast typist) would run as commands before the
        search box could take them."""
        if self._held is None:
            self._held = []
            self._hold_after = self._handling
            self._hold_timer = self.set_timer(self.HOLD_SECONDS, self._release_held)

    def release_keys(self) -> None:
        """The box has focus (or will not take it): the held keys go on, in
        the order they were typed, before any key typed after them."""
        if self._held is not None:
            self.call_later(self._release_held)

    async def _release_held(self) -> None:
        held, self._held = self._held or [], None
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        # keys typed before the release that are still on their way
        self._straggle = (self._hold_after, self._typed)
        for _, event in sorted(held, key=lambda pair: pair[0]):
            await super().on_event(self._fresh(event))

    @staticmethod
    def _fresh(event: events.Event) -> events.Event:
        if isinstance(event, events.Paste):
            return events.Paste(event.text)
        assert isinstance(event, events.Key)
        return events.Key(event.key, event.character)

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, (events.Key, events.Paste)) or getattr(event, "key", None) == "ctrl+c":
            await super().on_event(event)
            return
        # every key is first seen here, then goes to the focused widget and
        # comes back (forwarded) to run a binding: number it when first seen
        if not event.is_forwarded:
            self._typed += 1
            event._docket_seq = seq = self._typed  # type: ignore[union-attr]
        else:
            seq = getattr(event, "_docket_seq", 0)
        if self._held is not None and seq > self._hold_after:
            self._held.append((seq, event))
            return
        low, high = self._straggle
        if event.is_forwarded and low < seq <= high and isinstance(self.focused, Input):
            await super().on_event(self._fresh(event))  # typed before the box opened: into it
            return
        previous, self._handling = self._handling, seq
        try:
            await super().on_event(event)
        finally:
            self._handling = previous

    # ---------------------------------------------------------------- history

    def open(self, factory: ScreenFactory) -> None:
        """Go to a new view; like following a link, it clears 'forward'."""
        self._forward.clear()
        self._push(factory)

    def _push(self, factory: ScreenFactory, state: dict[str, Any] | None = None) -> None:
        screen = factory()
        screen._docket_factory = factory  # type: ignore[attr-defined]
        if state:
            # what the view held when you left it: query, cursors, scroll
            screen.restored = state  # type: ignore[attr-defined]
        self.push_screen(screen)

    def action_back(self) -> None:
        screen = self.screen
        factory = getattr(screen, "_docket_factory", None)
        if factory is None:
            return  # the main screen, or a modal
        state_of = getattr(screen, "history_state", None)
        self._forward.append((factory, state_of() if state_of else {}))
        self.pop_screen()

    def action_forward(self) -> None:
        if self._forward:
            factory, state = self._forward.pop()
            self._push(factory, state)

    # ------------------------------------------------------------ navigation

    def open_document(self, doc_id: int, query: str | None = None) -> None:
        from .reader import ReaderScreen

        self.open(lambda: ReaderScreen(doc_id, query=query))

    def open_entity(self, entity_id: int) -> None:
        from .entity import EntityScreen

        self.open(lambda: EntityScreen(entity_id))

    def open_operation(self, operation_id: int | None, name: str | None = None) -> None:
        from .operation import OperationScreen

        self.open(lambda: OperationScreen(operation_id, name))

    def open_series(self, operation_id: int) -> None:
        from .series import SeriesScreen

        self.open(lambda: SeriesScreen(operation_id))

    def action_search(self) -> None:
        from .search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            self.screen.enter_box()  # already searching: back into the box
        else:
            self.hold_keys()  # what is typed next belongs in its box
            self.open(SearchScreen)

    def action_chart(self) -> None:
        from .chart import ChartScreen

        if not isinstance(self.screen, ChartScreen):  # like ? on the help: not a second chart
            self.open(ChartScreen)

    #: Actions of printable keys: while you type in a box those keys are
    #: text, so the footer does not offer them.
    TYPED_KEYS = {"quit_key", "help", "search", "chart", "refresh", "back", "forward"}

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.TYPED_KEYS and isinstance(self.focused, Input):
            return False
        return True

    async def action_quit_key(self) -> None:
        await self.action_quit()

    def action_command_palette(self) -> None:
        """ctrl+p: docket's finder, saying what it finds."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(
                CommandPalette(id="--command-palette", placeholder="Find an entity, operation or document…")
            )

    def action_help_f1(self) -> None:
        self.action_help()

    def action_help(self) -> None:
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    @property
    def main_screen(self) -> MainScreen | None:
        return next((s for s in self.screen_stack if isinstance(s, MainScreen)), None)

    def action_refresh(self) -> None:
        """Read the store again; say how many documents arrived meanwhile."""
        main = self.main_screen
        before = main.document_total if main else None
        reader = self.reader

        def count() -> None:
            try:
                now = reader.count_documents()
            except Exception as exc:  # a store gone bad: say so, keep going
                self.call_from_thread(self.notify, f"Could not read the store: {exc}", severity="error")
                return
            self.call_from_thread(self._refreshed, before, now)

        self.run_worker(count, thread=True, group="refresh", exit_on_error=False)

    def _refreshed(self, before: int | None, now: int) -> None:
        main = self.main_screen
        if main is not None:
            main.reload()
        reload = getattr(self.screen, "reload", None)
        if self.screen is not main and callable(reload):
            reload()
        if before is None or now == before:
            message = f"No new documents ({now} in the store)"
        elif now > before:
            message = f"{now - before} new document(s) arrived ({now} in the store)"
        else:
            message = f"{before - now} document(s) fewer than before ({now} in the store)"
        self.notify(message, title="Refreshed", timeout=4)

    def record(self, action: str, detail: str, outcome: str) -> None:
        """Append to the audit trail from a worker (never on the UI thread)."""
        if not self.audit_enabled:
            return
        from store.maintenance import audit

        path = self.reader.path
        self.run_worker(lambda: audit(path, action, detail, outcome), thread=True, group="audit", exit_on_error=False)


def make_app(
    db_path: Path | str,
    *,
    read_only: bool = False,
    audit: bool | None = None,
    new_store: int | None = None,
) -> DocketApp:
    """The app on the store at ``db_path``: shared by the CLI and the tests.
    ``new_store``: the store was created for this session with that many
    seed documents (its first screen says so)."""
    return DocketApp(store_location(db_path), read_only=read_only, audit=audit, new_store=new_store)
