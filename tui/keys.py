"""Every key of the app, in one place: the help screen shows this table
and the README's key table must match it (a test checks)."""

from __future__ import annotations

#: (where, key, what it does); short enough that the help fits 80 columns
KEYS: list[tuple[str, str, str]] = [
    ("anywhere", "?  f1", "this help"),
    ("anywhere", "/", "full-text search (on its screen: into the box)"),
    ("anywhere", "ctrl+p", "find an entity, operation or document"),
    ("anywhere", "[  alt+←", "back"),
    ("anywhere", "]  alt+→", "forward"),
    ("anywhere", "esc", "back (main screen: clear the filter)"),
    ("anywhere", "r", "refresh: say and show what arrived"),
    ("anywhere", "c", "chart of a metric by operation or year"),
    ("anywhere", "q", "quit docket, from any screen"),
    ("text box", "/  e", "type in the search / entity box"),
    ("text box", "esc  ↓", "stop typing: keys are commands again"),
    ("text box", "enter", "open the highlighted row"),
    ("lists", "↑ ↓  k j", "move"),
    ("lists", "pgup pgdn", "page up / down"),
    ("lists", "home end  g G", "first, last"),
    ("lists", "enter  d", "open the row under the cursor"),
    ("main", "tab  shift+tab", "next / previous pane"),
    ("main", "e", "find an entity (typo-tolerant)"),
    ("main", "0 1 2 3 4", "Entities: all, PERSON, ORG, LOCATION, OPERATION"),
    ("main", "s", "sort Documents (by date), Entities, Operations"),
    ("main", "v", "an operation's series: its editions side by side"),
    ("main", "enter on an entity", "only the documents that mention it"),
    ("main", "d on an entity", "its documents in context, entities with it"),
    ("main", "R M X on an entity", "rename · merge into another · not an entity"),
    ("main", "T A H on an entity", "change type · add an alias · its corrections"),
    ("main", "Y on an operation", "set or correct the year it ran"),
    ("reader", "n  N", "next / previous search hit or mention"),
    ("reader", "e  E", "select the next / previous entity"),
    ("reader", "space b  g G", "page down / up, top, bottom"),
    ("reader", "R M X T A H", "correct the selected entity, as on the main screen"),
    ("reader", "F M X H", "at a figure's evidence: fix · move · reject · history"),
    ("reader", "+  -  *", "add a missed mention · not a mention · add a figure"),
    ("reader", "v", "select text, from a caret: then the keys below"),
    ("select", "h l  j k  ← → ↑ ↓", "caret by character, by line"),
    ("select", "w  e  b", "next word · end of the word · word back"),
    ("select", "0 $  g G", "line start, end · top, bottom (pgup pgdn: a page)"),
    ("select", "o  v", "the other end · start again at the caret"),
    ("select", "+  *", "the selection is a missed mention · figure"),
    ("select", "esc", "stop selecting"),
    ("operation", "enter", "open the source at the evidence"),
    ("operation", "v", "the operation's series"),
    ("operation", "F M X H", "fix · move · reject a figure · its corrections"),
    ("chart", "1 2 3 4 5  y", "metric; by operation or by year"),
    ("search", 'OR  -word  "…"', "either word · leave out · exact phrase"),
]

#: How the lists count, for the help's last lines.
LEGEND = [
    ("Mentions  Docs", "Entities: times named, documents naming it"),
    ("KEYS TYPING SELECT", "footer: keys are commands · text · select text"),
    ("~  >  ≠", "Operations: about · more than · documents disagree"),
    ("✎", "corrected by an analyst (H: its history)"),
]
