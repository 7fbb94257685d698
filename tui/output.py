"""How the CLI prints rows: a Rich table on a terminal, plain tab-separated
columns when piped, or JSON / CSV for scripts. Every cell from the store
passes through :func:`store.text.visible`; JSON escapes control characters
(``\\u001b``) and CSV cells show them as visible placeholders. CSV text
cells that a spreadsheet would read as a formula get a leading ``'``
(:func:`store.text.spreadsheet_safe`) unless ``--raw-csv`` was given."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from store.text import spreadsheet_safe, visible

__all__ = ["emit", "emit_json", "console", "Column"]

Column = tuple[str, str]  # (key in the row, header)


def console() -> Console:
    """A Console on stdout; Rich honours NO_COLOR and TERM by itself."""
    return Console(highlight=False, soft_wrap=False)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return visible(str(value))


#: Where ``--raw-csv`` leaves its answer (in the click context's ``meta``).
RAW_CSV = "docket.raw_csv"


def _raw_csv_requested() -> bool:
    import click

    ctx = click.get_current_context(silent=True)
    return bool(ctx is not None and ctx.meta.get(RAW_CSV))


def csv_cell(value: Any, *, raw: bool = False) -> Any:
    """A CSV cell: numbers as numbers, text made visible and, unless
    ``raw``, kept from being read as a formula."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    text = visible(str(value))
    return text if raw else spreadsheet_safe(text)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=True, indent=2) + "\n")


def emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[Column],
    fmt: str | None,
    *,
    title: str | None = None,
    raw_csv: bool | None = None,
) -> None:
    """Print ``rows`` in the chosen format (``json``, ``csv``, or None: table/plain).

    ``raw_csv`` (default: whether the command got ``--raw-csv``) writes CSV
    text cells without the formula guard."""
    if fmt == "json":
        emit_json([{key: row.get(key) for key, _ in columns} for row in rows])
        return
    if fmt == "csv":
        raw = _raw_csv_requested() if raw_csv is None else raw_csv
        writer = csv.writer(sys.stdout)
        writer.writerow([key for key, _ in columns])
        for row in rows:
            writer.writerow([csv_cell(row.get(key), raw=raw) for key, _ in columns])
        return
    if sys.stdout.isatty():
        table = Table(title=Text(title) if title else None, title_justify="left", header_style="bold")
        for key, header in columns:
            numeric = bool(rows) and all(isinstance(r.get(key), (int, float)) or r.get(key) is None for r in rows)
            table.add_column(header, justify="right" if numeric else "left", overflow="fold")
        for row in rows:
            table.add_row(*[Text(_cell(row.get(key))) for key, _ in columns])
        console().print(table)
        return
    out = sys.stdout
    out.write("\t".join(header for _, header in columns) + "\n")
    for row in rows:
        out.write("\t".join(_cell(row.get(key)).replace("\t", " ") for key, _ in columns) + "\n")
