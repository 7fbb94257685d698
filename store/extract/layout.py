"""The text the recognisers read: the document's own text, of the same
length character for character, with the accidents of its layout undone.

- **Unicode spaces** — the no-break space of web pages and word
  processors ("Operation Pangea", "Mr. Stock" with one), the narrow
  no-break, figure, thin and ideographic spaces — read as plain spaces
  (:func:`plain_spaces`; between two digits one is a thousands separator
  and stays), so a name holding one is the name written with a space, and
  every pattern that expects a blank sees one.
- **Lines wrapped at a width** — releases sent by e-mail, text taken out
  of a PDF, wire copy set in columns — read as their paragraphs: a line
  break is read as a space where the next line's first word would not
  have fitted on the line before it (:func:`soft_breaks`), which is what a
  wrapper does and a writer ending a line on purpose (a heading, a list
  item, a short line) does not. A person's name, a sentence or a figure's
  clause split over two lines is then read whole.
- **A word hyphenated at a wrapped line's end** ("Osterkamp-" then
  "Brandt" on the next line) reads as one word: the next line's first
  word is read right after the hyphen, and the line break, read as a
  space, after it (:func:`join_hyphens`).
- **Indented lines** — text copied out of a web page often keeps the
  page's indentation on every line — read as lines that begin at their
  first word (:func:`lift_indents`): the blanks before it are read after
  its last (after its paragraph's last, where wrapped lines are joined),
  so a rule that looks at the start of a line (a headline, a heading, a
  list) sees the line's words there, and joined words stand one space
  apart.

Nothing is inserted or removed: spaces and soft breaks keep every offset,
and the last two move characters within a paragraph only; :class:`Moves`
maps an offset into the text read back to the stored text, where the app
shows the document as written.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

__all__ = ["plain_spaces", "soft_breaks", "as_spaces", "Moves", "lift_indents", "join_hyphens"]

# The space separators (Unicode category Zs) other than the space itself.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# (between two digits one groups them: "4 408 kg", "1 300", and is kept, or it would read as a
# column's gap in a table)
_NOT_GROUPING = re.compile(f"[{_SPACES}](?:(?<!\\d.)|(?!\\d))")

#: A wrapped text's lines are at least this long and at most this long
#: (columns): below, a list of short lines; above, paragraphs one per line.
_NARROWEST, _WIDEST = 40, 160
#: At least this share of the lines followed by another line come close
#: to the width (within ``_FULL``): the text is set to a width.
_SHARE_FULL = 0.5
_FULL = 0.75
#: A break is soft when the line, a space and the next line's first word
#: come to more than this share of the width (a PDF's proportional type
#: fits more narrow letters on some lines than on others).
_WOULD_NOT_FIT = 0.85
#: At least this share of the prose lines are followed by another (a
#: paragraph of several lines); not a signature block or an address.
_SHARE_JOINED = 0.5
#: At least this share of those lines are followed by one that begins in
#: lower case, as wrapped prose goes on ("… the police\narrested …").
_SHARE_LOWER = 0.3
#: A gap of three blanks or a tab inside a line: a table's columns, not prose.
_GAP = re.compile(r"   |\t")
#: A line this much wider than the width was not made by the wrapper.
_WIDER = 1.1
#: Lines that begin an item of a list: always begun on purpose.
_ITEM_START = re.compile(r"[ \t]*(?:[-–—•·▪*>]|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s|[ivxIVX]{1,4}[.)]\s)")


def plain_spaces(text: str) -> str:
    """``text`` with every Unicode space separator read as a space, but
    for one between two digits (a thousands separator), and low opening
    quotes read as high ones, one character for one so offsets hold
    (German, Romanian, Polish, Czech releases: „D Day”, ‚Kobra‘)."""
    if "\u201e" in text:
        text = text.replace("\u201e", "\u201c")  # (str.replace: a megabyte of them is not looked up one by one)
    if "\u201a" in text:
        text = text.replace("\u201a", "\u2018")
    return _NOT_GROUPING.sub(" ", text)


def soft_breaks(text: str) -> list[int]:
    """The offsets of the line breaks in ``text`` that a wrapper made: none
    unless the text's prose lines mostly run on to another line, most of
    those come close to one width (40 to 160 columns) and enough of the
    next lines begin in lower case; then each break where the line, a
    space and the next line's first word would have been wider than that,
    but for the break after the first line (the headline's), before a list
    item and after a line wider than the wrapper makes them. A table's row
    (a gap of three blanks or a tab) is no prose. One pass over the lines:
    linear in the text."""
    breaks = text.count("\n")
    if breaks < 4 or len(text) < 12 * breaks:  # (lines of 12 characters on average: no wrapped prose)
        return []
    lines = text.split("\n")
    n = len(lines)
    widths = [len(line.rstrip()) for line in lines]
    first = next((i for i in range(n) if widths[i]), n)  # the headline's line
    prose = [bool(w) and not _GAP.search(line.strip()) for line, w in zip(lines, widths, strict=True)]
    # (a list's item is begun on purpose: its line break is never a wrapper's, and "b)" is no lower-case word)
    pairs = [i for i in range(first + 1, n - 1) if prose[i] and prose[i + 1] and not _ITEM_START.match(lines[i + 1])]
    if len(pairs) < 4 or len(pairs) < _SHARE_JOINED * sum(1 for keep in prose[first + 1 :] if keep):
        return []
    # Prose goes on in lower case on most next lines; a list or a column of names does not.
    if sum(1 for i in pairs if lines[i + 1].lstrip()[:1].islower()) < _SHARE_LOWER * len(pairs):
        return []
    lengths = sorted(widths[i] for i in pairs)
    width = lengths[(len(lengths) - 1) * 9 // 10]  # the 90th percentile: a wrapper's width, past a stray long line
    if not _NARROWEST <= width <= _WIDEST:
        return []
    if sum(1 for w in lengths if w >= _FULL * width) < _SHARE_FULL * len(lengths):
        return []
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))  # (each line's break, one past it)
    soft: list[int] = []
    for i in pairs:
        if widths[i] > _WIDER * width:
            continue  # longer than a wrapper makes them: a line set on its own (a list's, a signature's)
        words = lines[i + 1].split(None, 1)
        if widths[i] + 1 + len(words[0]) > _WOULD_NOT_FIT * width:
            soft.append(ends[i] - 1)
    return soft


def as_spaces(text: str, breaks: list[int]) -> str:
    """``text`` with the characters at ``breaks`` (line breaks) made spaces."""
    if not breaks:
        return text
    parts: list[str] = []
    prev = 0
    for at in breaks:
        parts.append(text[prev:at])
        parts.append(" ")
        prev = at + 1
    parts.append(text[prev:])
    return "".join(parts)


_INDENT = re.compile(r"^[ \t]+(?=[^\s])", re.M)


@dataclass
class Moves:
    """Where characters were moved in the text read: each run of it that
    stands ``widths[k]`` characters later in the text it was made from
    (``starts[k]``, ``lengths[k]`` characters; runs in order, apart)."""

    starts: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    widths: list[int] = field(default_factory=list)

    def stored(self, pos: int) -> int:
        """The stored text's offset of the text read's ``pos`` (a start or an end): a moved run's
        characters ``widths`` later; the blanks moved past it (``widths`` of them) to before it — where
        they stood for one line's run, near enough for a paragraph's (no word starts or ends in them)."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0:
            moved_end = self.starts[k] + self.lengths[k]
            if pos <= moved_end:
                return pos + self.widths[k]
            if pos < moved_end + self.widths[k]:
                return pos - self.lengths[k]
        return pos


def lift_indents(text: str, breaks: list[int] | None = None) -> tuple[str, list[int], Moves]:
    """``text`` with the blanks that begin each line moved to its end (a
    line of blanks alone stays) — to its paragraph's end, for lines joined
    by soft ``breaks``, so that the words a break joins stand one space
    apart — with the soft breaks' new offsets and the map back to
    ``text``'s offsets. One pass: linear in the text."""
    moves = Moves()
    if not breaks:
        if _INDENT.search(text) is None:
            return text, [], moves
        soft: set[int] = set()
    else:
        soft = set(breaks)
    parts: list[str] = []
    moved: list[int] = []
    pos = at = shift = 0  # (the stored text's line start, the text read's, blanks owed to this paragraph)
    for line in text.split("\n"):
        end = pos + len(line)
        words = line.lstrip(" \t")
        indent = len(line) - len(words) if words else 0
        shift += indent
        content = line[indent:]
        if shift:
            moves.starts.append(at)
            moves.lengths.append(len(content))
            moves.widths.append(shift)
        parts.append(content)
        at += len(content)
        if end in soft:
            moved.append(at)  # (the break stays a line break here, read as a space later)
        else:
            parts.append(" " * shift)  # (as spaces: a tab at a line's end is no column's gap)
            at += shift
            shift = 0
        if end < len(text):
            parts.append("\n")
            at += 1
        pos = end + 1
    return "".join(parts), moved, moves


def join_hyphens(text: str, breaks: list[int]) -> tuple[str, list[int], Moves]:
    """``text`` with each soft break (``breaks``) that follows a hyphen
    after a letter, and comes before a letter, moved past the next line's
    first word ("Osterkamp-", a break, "Brandt said" reads
    "Osterkamp-Brandt  said", the break read as a space); the breaks left,
    and the map back."""
    moves = Moves()
    kept: list[int] = []
    parts: list[str] = []
    prev = 0
    for b in breaks:
        if not (b >= 2 and text[b - 1] == "-" and text[b - 2].isalpha() and text[b + 1 : b + 2].isalpha()):
            kept.append(b)
            continue
        end = b + 1
        while end < len(text) and not text[end].isspace():
            end += 1
        parts.append(text[prev:b])
        parts.append(text[b + 1 : end])
        parts.append(" ")
        moves.starts.append(b)
        moves.lengths.append(end - b - 1)
        moves.widths.append(1)
        prev = end
    if not parts:
        return text, breaks, moves
    parts.append(text[prev:])
    return "".join(parts), kept, moves
