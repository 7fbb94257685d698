"""Copying a whole store into a new one on the other engine (``docket
migrate --to``): SQLite → PostgreSQL for a team, PostgreSQL → SQLite to
take a case away.

Every table is copied row for row, ids included, in an order where a row's
references come first, inside one write transaction of the new store: the
copy is whole or absent. What the new store keeps by itself is not copied
but rebuilt by its own triggers as the rows arrive: the full-text index,
the trigram index, the row counts, the audit trail's high-water mark. The
audit rows keep their hashes, so the chain verifies in the copy; the copy's
own ``meta`` (its store id, when it was made) is its own. The copy of a
store is checked by comparing exports (tests/test_postgres_migrate.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from . import engines
from .db import StoreError, connect, create_store, open_writer, store_exists

__all__ = ["copy_store", "COPIED_TABLES"]

#: Rows per INSERT batch.
CHUNK = 2000
#: Kept by the new store's own triggers, or its own: never copied.
_NOT_COPIED = {"meta", "counts"}


def _tables() -> dict[str, list[str]]:
    """Docket's tables, references first, with their columns."""
    from .engines.postgres import expected

    want = expected()
    return {t: want["columns"][t] for t in want["tables"] if t not in _NOT_COPIED}


COPIED_TABLES = _tables


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def copy_store(source: Path, dest: Path, on_table: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy the store at ``source`` into ``dest``, which must hold no store
    yet (a new file, or an empty PostgreSQL database); returns the rows
    copied per table. Raises :class:`StoreError` with one line."""
    if store_exists(dest):
        raise StoreError(f"{dest}: already holds a store; migrate copies into a new one")
    src = connect(source)
    try:
        src.execute("BEGIN")  # one snapshot of the source, whatever is written to it meanwhile
        create_store(dest)
        try:
            db = open_writer(dest)
            try:
                return _copy(src, db.conn, dest, on_table)
            finally:
                db.close()
        except BaseException:
            if not engines.is_postgres(dest):  # the new file holds nothing: no half store is left
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{dest}{suffix}").unlink(missing_ok=True)
            raise
    finally:
        if src.in_transaction:
            src.execute("COMMIT")
        src.close()


def _copy(src, conn, dest: Path, on_table) -> dict[str, int]:
    copied: dict[str, int] = {}
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, columns in _tables().items():
            cols = _quoted(columns)
            order = "id" if "id" in columns else ", ".join(f'"{c}"' for c in columns[:2])
            insert = f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(columns))})"
            cursor = src.execute(f"SELECT {cols} FROM {table} ORDER BY {order}")  # noqa: S608 (docket's names)
            n = 0
            while True:
                rows = cursor.fetchmany(CHUNK)
                if not rows:
                    break
                conn.executemany(insert, [tuple(r) for r in rows])
                n += len(rows)
            copied[table] = n
            if on_table:
                on_table(table, n)
        if engines.is_postgres(dest):  # the next id the server issues comes after the copied ones
            for table, columns in _tables().items():
                if "id" in columns and table in ("documents", "entities", "mentions", "operation_stats", "curations"):
                    conn.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"  # noqa: S608
                        f" coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
                    )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return copied
