"""Every key of the app, in one place: the help screen shows this table."""

from __future__ import annotations

#: (where, key, what it does)
KEYS: list[tuple[str, str, str]] = [
    ("anywhere", "?", "this help"),
    ("anywhere", "/", "full-text search of titles and text"),
    ("anywhere", "ctrl+p", "command palette: find an entity, operation or document by name"),
    ("anywhere", "esc  [  alt+←", "back"),
    ("anywhere", "]  alt+→", "forward"),
    ("anywhere", "r", "refresh: show documents ingested while docket was open"),
    ("anywhere", "c", "chart of a metric across operations or years"),
    ("anywhere", "q", "quit (from the main screen)"),
    ("lists", "↑ ↓  k j", "move"),
    ("lists", "pgup pgdn  home end  g G", "page, first, last"),
    ("main", "tab  shift+tab", "next / previous pane"),
    ("main", "e", "type in the entity search box (type-ahead, typo-tolerant)"),
    ("main", "↓ (in search box)", "into the entity list"),
    ("main", "0 1 2 3 4", "entity types: all, people, organisations, places, operations"),
    ("main", "s", "sort entities (mentions, documents, name) or operations (column)"),
    ("main", "enter on an entity", "show the documents that mention it"),
    ("main", "d on an entity", "its detail: documents with context, entities found with it"),
    ("main", "enter / d on an operation", "its figures, each with its source and evidence"),
    ("main", "enter on a document", "read it"),
    ("main", "esc", "clear the document filter, then the search box"),
    ("reader", "n  N", "next / previous search hit or mention"),
    ("reader", "e  E", "select the next / previous entity of the document"),
    ("reader", "space b  g G", "page down / up, top, bottom"),
    ("operation", "enter", "open the source document at the evidence"),
    ("chart", "1 2 3 4 5  y", "choose the metric; by operation or by year"),
]
