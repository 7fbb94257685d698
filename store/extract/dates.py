"""A document's published date, from its first lines only.

Releases carry their date in a dateline or at the top: ``30 September
2024``, ``Monday, 30 September 2024``, ``LYON, France, 30 Sept. 2024 –``,
``September 30, 2024``, ``Published: 2024-09-30``, ``30/09/2024``. Only the
first few lines are read (:data:`HEAD_LINES` non-empty lines within
:data:`HEAD_CHARS` characters), and a date counts only where a dateline puts
it: a short line (a line of its own, ``Published on … by …``), a labelled
line (``Published:``, ``Date:``), or the start of a line after capitalised
words only (at most :data:`LEAD_CHARS` characters: a place and a weekday).
A date inside a sentence ("ran from 3 May to 30 September 2024") is the
body's, never the document's.

Numeric dates are read only where they cannot be misread: ``30/09/2024``
(30 cannot be a month) and ``09/30/2024`` are dates, ``04/05/2024`` is
not. Every date is validated (no 31 February) and returned as ISO
``YYYY-MM-DD``. The patterns are linear (no nested repetition), and they
only ever see a few hundred characters.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["published_date", "HEAD_CHARS", "HEAD_LINES", "LEAD_CHARS"]

#: How much of a document is read for its date.
HEAD_CHARS = 400
HEAD_LINES = 3
#: Characters allowed before a date on its line ("LYON, France, Monday, ").
LEAD_CHARS = 40
#: A line this short holding a date is a dateline wherever the date sits
#: ("Published on 30 September 2024 by the Press Office").
SHORT_LINE = 80

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: Months' names and their short forms, in lower case ("march", "sept", "dec").
MONTH_WORDS = frozenset(_MONTHS)
#: Days of the week, in lower case.
WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Longest first, so "sept" is tried before "sep" and "june" before "jun".
_MONTH = r"(?P<{}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<{}>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"

_DATE = re.compile(
    "|".join(
        (
            # 30 September 2024 · 30 Sept. 2024 · 30th of September, 2024
            r"(?<![\w./-])"
            + _DAY.format("d1")
            + r"(?:\s+of)?\s+"
            + _MONTH.format("m1")
            + r",?\s+"
            + _YEAR.format("y1"),
            # September 30, 2024 · Sept. 30 2024
            r"\b" + _MONTH.format("m2") + r"\s+" + _DAY.format("d2") + r",?\s+" + _YEAR.format("y2"),
            # 2024-09-30 (a time may follow: 2024-09-30T10:00)
            r"(?<![\w./-])" + r"(?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?![\d-])",
            # 30/09/2024 · 30.09.2024 · 09/30/2024 (read only when unambiguous)
            r"(?<![\w./-])(?P<a4>[0-3]?\d)(?P<sep>[/.])(?P<b4>[0-3]?\d)(?P=sep)(?P<y4>(?:19|20)\d\d)(?![\d/])",
        )
    ),
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"\s*(?:published|date|dated|posted|issued|released|updated|last updated)\b(?:\s+on)?\s*:?\s*", re.IGNORECASE
)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _to_iso(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y1"]:
        return _valid(int(g["y1"]), _MONTHS[g["m1"].lower()], int(g["d1"]))
    if g["y2"]:
        return _valid(int(g["y2"]), _MONTHS[g["m2"].lower()], int(g["d2"]))
    if g["y3"]:
        return _valid(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    a, b, year = int(g["a4"]), int(g["b4"]), int(g["y4"])
    if a > 12 >= b:
        return _valid(year, b, a)  # 30/09/2024: day first
    if b > 12 >= a:
        return _valid(year, a, b)  # 09/30/2024: month first
    return None  # 04/05/2024: April or May? Not a guess to store.


def _head_lines(text: str) -> list[str]:
    lines = []
    for line in text[:HEAD_CHARS].split("\n"):
        if line.strip():
            lines.append(line)
            if len(lines) == HEAD_LINES:
                break
    return lines


def published_date(text: str) -> str | None:
    """The ISO date a document gives as its own in its first lines, or None."""
    for line in _head_lines(text):
        labelled = _LABEL.match(line)
        lead_limit = labelled.end() + LEAD_CHARS if labelled else LEAD_CHARS
        short = len(line.strip()) <= SHORT_LINE
        for m in _DATE.finditer(line):
            if not short and (
                m.start() > lead_limit or not _dateline_lead(line[labelled.end() if labelled else 0 : m.start()])
            ):
                break
            iso = _to_iso(m)
            if iso:
                return iso
    return None


def _dateline_lead(lead: str) -> bool:
    """Whether what stands before a date on its line reads as a dateline
    (``LYON, France, Monday,``): every word capitalised. "The operation
    ran from" is a sentence, and its date is the body's."""
    if lead.lstrip().startswith("("):
        lead = lead[lead.find(")") + 1 :]  # "(Translated from French) MAROUA, 25 November 2026": a note first
    return all(not word[0].isalpha() or word[0].isupper() for word in lead.split())
