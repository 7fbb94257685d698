"""The docket app: the screens, browser-like history and global keys."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from store.queries import Reader

from .commands import StoreCommands
from .main import MainScreen

__all__ = ["DocketApp", "make_app"]

ScreenFactory = Callable[[], Screen]


class DocketApp(App):
    """Keyboard-driven explorer of a docket store."""

    CSS_PATH = "docket.tcss"
    TITLE = "docket"
    COMMANDS = App.COMMANDS | {StoreCommands}
    BINDINGS = [
        Binding("q", "quit_from_main", "Quit", tooltip="Leave docket"),
        Binding("ctrl+c", "quit", "Quit", show=False, priority=True),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("c", "chart", "Chart", show=False),
        Binding("r", "refresh", "Refresh", show=False),
        Binding("left_square_bracket,alt+left", "back", "Back", show=False),
        Binding("right_square_bracket,alt+right", "forward", "Forward", show=False),
    ]

    def __init__(self, db_path: Path, *, read_only: bool = False) -> None:
        super().__init__()
        self.reader = Reader(db_path)
        self.read_only = read_only
        self._forward: list[ScreenFactory] = []

    def on_mount(self) -> None:
        self.push_screen(MainScreen())

    def on_unmount(self) -> None:
        self.reader.close()

    # ---------------------------------------------------------------- history

    def open(self, factory: ScreenFactory) -> None:
        """Go to a new view; like following a link, it clears 'forward'."""
        self._forward.clear()
        self._push(factory)

    def _push(self, factory: ScreenFactory) -> None:
        screen = factory()
        screen._docket_factory = factory  # type: ignore[attr-defined]
        self.push_screen(screen)

    def action_back(self) -> None:
        screen = self.screen
        factory = getattr(screen, "_docket_factory", None)
        if factory is None:
            return  # the main screen, or a modal
        self._forward.append(factory)
        self.pop_screen()

    def action_forward(self) -> None:
        if self._forward:
            self._push(self._forward.pop())

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

    def action_search(self) -> None:
        from .search import SearchScreen

        self.open(SearchScreen)

    def action_chart(self) -> None:
        from .chart import ChartScreen

        self.open(ChartScreen)

    def action_help(self) -> None:
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_refresh(self) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.reload()
        self.notify("Reloaded from the store", timeout=2)

    def action_quit_from_main(self) -> None:
        if isinstance(self.screen, MainScreen):
            self.exit()
        else:
            self.action_back()

    def record(self, action: str, detail: str, outcome: str) -> None:
        """Append to the audit trail from a worker (never on the UI thread)."""
        if self.read_only:
            return
        from store.maintenance import audit

        path = self.reader.path
        self.run_worker(lambda: audit(path, action, detail, outcome), thread=True, group="audit", exit_on_error=False)


def make_app(db_path: Path | str, *, read_only: bool = False) -> DocketApp:
    """The app on the store at ``db_path``: shared by the CLI and the tests."""
    return DocketApp(Path(db_path), read_only=read_only)
