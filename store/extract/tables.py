"""Figures in plain-text tables: a header line of column names and rows of a
label and numbers, set apart by runs of spaces, tabs or bars (``|``, as in
fact sheets and tables converted from web pages or spreadsheets)::

    Region              Children rescued   Suspects arrested
    Central Visayas            96                 31
    Other regions              66                 23

    Goods              Seizures   Quantity
    Cocaine                   9   1,312 kg
    Cigarettes               21   47.7 million

Each number takes its metric from its column's name (``Children rescued``
→ rescued, ``Suspects arrested`` → arrests, ``Seizures`` → a count of
seizures, ``other``; a column that names no metric, such as ``Quantity``,
holds what was seized) and what it counts from its row: a row named by a
place is that place's part (its scope), any other row names the item.

    Country | Arrests | Firearms seized
    Angola  | 132     | 14

A line of dashes under the header (``|---|---|``) is passed over. The work
is one pass over the lines; a line is split once. Tables are rare, so a
text with no line of a wide gap or a bar between words costs one search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Cell", "TableFigure", "find_tables"]

#: Columns are set apart by two or more spaces, a tab or a bar.
_GAP = re.compile(r"[ \t]*[\t|][ \t]*| {2,}")
_WIDE_GAP_LINE = re.compile(r"(?m)^[^\n]*\S(?: {2,}|\t|[ \t]*\|[ \t]*)\S")
#: The rule under a header: "|---|:---:|", "----  -----", "+-----+".
_RULE_LINE = re.compile(r"[ \t]*[|+]?[ \t]*:?-{3,}:?(?:(?:[ \t]+|[ \t]*[|+][ \t]*):?-{3,}:?)*[ \t]*[|+]?[ \t]*")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# "96", "1,312 kg", "47.7 million", "3.4 tonnes", "€1.2m": a number, a sign, a unit or scale
# ("6,412 bags of 50kg": a count of packages and the size of each)
_NUMERIC_CELL = re.compile(
    r"(?:[$€£¥₹]|[A-Z]{1,3}\$?\s?)?\d[\d,.]*(?: \d{3})*(?:\s?[^\W\d_][\w.]{0,12}){0,2}"
    r"(?: of \d[\d,.]*\s?[^\W\d_]{1,6})?"
)
#: A table is no wider than this, nor longer: beyond it, it is data, not a release.
MAX_COLUMNS = 8
MAX_ROWS = 200


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class TableFigure:
    """One number of a table: where it is, its column's name and its row's label."""

    start: int
    end: int
    column: str
    row: Cell
    row_is_place: bool
    #: Where the table's header line starts: the text before it introduces the table.
    header_start: int


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells: list[Cell] = []
    pos = start
    line = text[start:end]
    offset = len(line) - len(line.lstrip(" \t|"))  # a leading bar opens the first cell
    pos = start + offset
    for gap in _GAP.finditer(text, pos, end):
        if gap.start() > pos:
            cells.append(Cell(text[pos : gap.start()], pos, gap.start()))
        pos = gap.end()
    tail = text[pos:end].rstrip(" \t|")
    if tail:
        cells.append(Cell(tail, pos, pos + len(tail)))
    return cells


def _is_header(cells: list[Cell]) -> bool:
    return 2 <= len(cells) <= MAX_COLUMNS and all(
        _LETTER.search(c.text) and not any(ch.isdigit() for ch in c.text) for c in cells
    )


def _is_row(cells: list[Cell], width: int) -> bool:
    if len(cells) != width or not _LETTER.search(cells[0].text):
        return False
    return all(len(c.text) <= 40 and _NUMERIC_CELL.fullmatch(c.text) for c in cells[1:])


def find_tables(text: str, is_place: Callable[[int, int], bool]) -> list[TableFigure]:
    """Every number in a plain-text table of ``text``; ``is_place(start, end)``
    says whether a row's label is a place."""
    if ("  " not in text and "\t" not in text and "|" not in text) or _WIDE_GAP_LINE.search(text) is None:
        # (a column gap is two spaces, a tab or a bar: a text without any is no table, and is not scanned)
        return []
    found: list[TableFigure] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        # a header has letters, no digits and a wide gap: most lines fail the first cheap test
        if ("  " not in line and "\t" not in line and "|" not in line) or _DIGIT.search(line):
            i += 1
            continue
        header = _cells(text, start, end)
        if not _is_header(header):
            i += 1
            continue
        width = len(header)
        rows: list[list[Cell]] = []
        j = i + 1
        if j < len(lines) and _RULE_LINE.fullmatch(text, *lines[j]):
            j += 1
        while j < len(lines) and len(rows) < MAX_ROWS:
            if not _DIGIT.search(text, *lines[j]):
                break  # a row holds numbers
            cells = _cells(text, *lines[j])
            if not _is_row(cells, width):
                break
            rows.append(cells)
            j += 1
        if len(rows) < 2:
            i += 1
            continue
        for cells in rows:
            label = cells[0]
            place = is_place(label.start, label.end)
            for col, cell in enumerate(cells[1:], start=1):
                found.append(TableFigure(cell.start, cell.end, header[col].text, label, place, start))
        i = j
    return found
