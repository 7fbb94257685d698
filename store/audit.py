"""The audit trail's hash chain: appending a record, checking the chain.

Each row of ``audit`` carries ``hash = sha256(previous row's hash +
canonical content of this row)`` (the first row chains to 64 zeros). The
canonical content is the JSON array ``[id, at, user, action, detail,
outcome]`` (ASCII, no spaces), so a rewritten field, a row put back with
``REPLACE INTO``, a removed row or a row added out of order breaks the
chain at a row :func:`verify_chain` can name.

Triggers stop ordinary ``UPDATE``, ``DELETE`` and ``REPLACE`` (a row must
come after every id ever issued, which ``AUTOINCREMENT`` records in
``sqlite_sequence``); the chain catches what gets past them: dropped
triggers, edits with other tools. Someone who can write the file can still
recompute the whole chain; the head hash (shown by ``docket check`` and
written into export manifests) is what to keep elsewhere to catch that.

Functions here take an open connection; they never open a store.
"""

from __future__ import annotations

import hashlib
import json
import os
import pwd
import sqlite3
from dataclasses import dataclass, field

__all__ = ["GENESIS", "row_hash", "append", "append_in", "verify_chain", "os_user", "ChainReport", "chain_rows_into"]

#: What the first row chains to.
GENESIS = "0" * 64

_COLUMNS = "id, at, user, action, detail, outcome"


def os_user() -> str:
    """The OS account running docket, from the process's uid (never $USER)."""
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return f"uid {uid}"


def row_hash(previous: str, row: tuple | list) -> str:
    """The hash of one audit row (``id, at, user, action, detail, outcome``)
    chained to ``previous``."""
    canonical = json.dumps(list(row), ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256((previous + canonical).encode("ascii")).hexdigest()


def _head(conn: sqlite3.Connection) -> tuple[int, str]:
    """(highest id ever issued, hash of the last row)."""
    last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    top = max(last[0] if last else 0, seq[0] if seq else 0)
    return top, (last[1] if last else GENESIS)


def append(conn: sqlite3.Connection, at: str, user: str, action: str, detail: str, outcome: str) -> int:
    """Append one row, chained to the last one, in its own transaction
    (``BEGIN IMMEDIATE``, so two writers never chain to the same row).
    Returns its id."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        top, previous = _head(conn)
        row = (top + 1, at, user, action, detail, outcome)
        conn.execute(
            f"INSERT INTO audit ({_COLUMNS}, hash) VALUES (?, ?, ?, ?, ?, ?, ?)", (*row, row_hash(previous, row))
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return row[0]


def append_in(conn: sqlite3.Connection, at: str, user: str, action: str, detail: str, outcome: str) -> int:
    """Append one chained row inside the caller's write transaction (begun
    with ``BEGIN IMMEDIATE``), so that the change it records and the record
    are committed together or not at all. Returns its id."""
    top, previous = _head(conn)
    row = (top + 1, at, user, action, detail, outcome)
    conn.execute(f"INSERT INTO audit ({_COLUMNS}, hash) VALUES (?, ?, ?, ?, ?, ?, ?)", (*row, row_hash(previous, row)))
    return row[0]


def chain_rows_into(conn: sqlite3.Connection, source: str) -> None:
    """Copy the rows of table ``source`` (the unchained audit table of an
    older store) into ``audit``, in id order, building the chain. Used by
    the 5 → 6 migration, inside its transaction."""
    previous = GENESIS
    cursor = conn.execute(f"SELECT {_COLUMNS} FROM {source} ORDER BY id")  # noqa: S608 (a fixed name)
    for row in cursor:
        previous = row_hash(previous, row)
        conn.execute(f"INSERT INTO audit ({_COLUMNS}, hash) VALUES (?, ?, ?, ?, ?, ?, ?)", (*row, previous))


@dataclass
class ChainReport:
    rows: int = 0
    head_id: int | None = None
    head_hash: str = GENESIS
    problems: list[str] = field(default_factory=list)
    more: int = 0  # problems found but not listed

    def add(self, problem: str, limit: int = 8) -> None:
        if len(self.problems) < limit:
            self.problems.append(problem)
        else:
            self.more += 1


def verify_chain(conn: sqlite3.Connection) -> ChainReport:
    """Walk the audit rows in id order and recompute every link.

    A row whose stored hash is not the hash of its content chained to the
    row before it is named: its content was changed, or the row before it
    was removed or rewritten. Gaps in the ids and rows missing after the
    last one (``sqlite_sequence`` remembers the highest id issued) are
    named too.
    """
    report = ChainReport()
    previous = GENESIS
    expected_id: int | None = None
    for row in conn.execute(f"SELECT {_COLUMNS}, hash FROM audit ORDER BY id"):
        content, stored = tuple(row[:6]), row[6]
        row_id = content[0]
        report.rows += 1
        if expected_id is not None and row_id != expected_id:
            gap = f"row {expected_id}" if row_id == expected_id + 1 else f"rows {expected_id}–{row_id - 1}"
            report.add(f"{gap} removed (the ids jump from {expected_id - 1} to {row_id})")
        if stored != row_hash(previous, content):
            report.add(f"row {row_id} does not match its hash: it, or the row before it, was changed or replaced")
        previous = stored if isinstance(stored, str) else ""
        expected_id = row_id + 1 if isinstance(row_id, int) else None
        report.head_id, report.head_hash = row_id, previous
    seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    if seq and seq[0] > (report.head_id or 0):
        after = report.head_id or 0
        gone = f"row {seq[0]}" if seq[0] == after + 1 else f"rows {after + 1}–{seq[0]}"
        report.add(f"{gone} removed from the end (ids up to {seq[0]} were issued)")
    return report
