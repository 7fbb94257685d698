"""The store's engines: SQLite (one file, the default) and PostgreSQL (a
team store), behind one store API.

A store is named by a *location*: a :class:`~pathlib.Path` for SQLite, a
:class:`~store.engines.postgres.PostgresLocation` for PostgreSQL (made
from a ``postgresql://`` URL by :func:`location`). Code in ``store/``
that must tell them apart asks :func:`is_postgres`; everything above
``store/`` passes the location through without looking inside it.

The SQL that differs per engine lives in one module each:
:mod:`store.engines.sqlite` and :mod:`store.engines.postgres`. Most of
docket's SQL is written once (SQLite's dialect, with ``?`` placeholders);
PostgreSQL connections are wrapped by an adapter that translates it (see
``docs/postgres.md``) and runs the statements that differ from its own
table.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .postgres import PostgresLocation

__all__ = [
    "location",
    "is_postgres",
    "is_postgres_url",
    "dialect",
    "database_errors",
    "stored_twice",
    "server_failed",
    "server_error",
    "pipelined",
    "read_ahead",
    "begin_batch",
    "lock_writes",
    "hold_rows",
    "write_again",
    "lost_reference",
    "add_by_id",
]

_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(value: str) -> bool:
    return isinstance(value, str) and value.lower().startswith(_SCHEMES)


def location(value: str | Path | PostgresLocation) -> Path | PostgresLocation:
    """The store ``value`` names: a PostgreSQL URL gives a
    :class:`PostgresLocation` (a password in it is refused with
    :class:`~store.db.StoreError`), anything else a path."""
    from .postgres import PostgresLocation

    if isinstance(value, (Path, PostgresLocation)):
        return value
    if is_postgres_url(value):
        return PostgresLocation.parse(value)
    return Path(value).expanduser()


def is_postgres(where: object) -> bool:
    from .postgres import PostgresLocation

    return isinstance(where, PostgresLocation) or bool(getattr(where, "engine", None) == "postgres")


def database_errors() -> tuple[type[BaseException], ...]:
    """The exceptions either engine raises for a statement that failed."""
    import sqlite3

    try:
        import psycopg
    except ImportError:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, psycopg.Error)


def stored_twice(exc: BaseException) -> bool:
    """Whether ``exc`` is a document refused because its sha256 is stored
    already: another writer stored the same bytes since this ingest began."""
    import sqlite3

    if isinstance(exc, sqlite3.IntegrityError):
        return "documents.sha256" in str(exc)
    constraint = getattr(getattr(exc, "diag", None), "constraint_name", None)
    return getattr(exc, "sqlstate", None) == "23505" and constraint == "documents_sha256_key"


#: SQLSTATE classes that mean the PostgreSQL store, not one document, failed:
#: the connection, resources (disk full), an operator (shutdown, cancel),
#: a read-only transaction, missing rights.
_SERVER_LEVEL = {
    "08": "the connection to the server failed",
    "53": "the server is out of resources",
    "57": "the server stopped the work",
    "58": "the server had a system error",
    "25006": "the store is read-only",
    "42501": "the role lacks the right to write",
}


def server_failed(exc: BaseException) -> str | None:
    """The one-line reason when ``exc`` means a PostgreSQL store cannot be
    written any more, else None."""
    try:
        import psycopg
    except ImportError:
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    state = getattr(exc, "sqlstate", None) or ""
    why = _SERVER_LEVEL.get(state) or _SERVER_LEVEL.get(state[:2])
    if why is None and isinstance(exc, psycopg.OperationalError) and not state:
        why = "the connection to the server failed"
    if why is None:
        return None
    return f"{why} ({server_error(exc)})"


def server_error(exc: BaseException) -> str | None:
    """One line for an error a PostgreSQL server raised (the connection
    lost, a statement refused), else None."""
    try:
        import psycopg
    except ImportError:
        return None
    if not isinstance(exc, psycopg.Error):
        return None
    lines = str(exc).strip().splitlines()
    return (lines[0] if lines else type(exc).__name__)[:300]


def dialect(where: object):
    """The per-engine SQL of the read queries for the store at ``where``."""
    if is_postgres(where):
        from . import postgres

        return postgres.DIALECT
    from . import sqlite

    return sqlite.DIALECT


def pipelined(conn):
    """A block in which ``conn`` sends statements without waiting for each
    answer where its engine can (PostgreSQL: psycopg's pipeline mode, see
    ``PgConnection.pipeline``); on SQLite, whose statements run in-process,
    nothing changes."""
    pipeline = getattr(conn, "pipeline", None)
    return pipeline() if pipeline is not None else contextlib.nullcontext(conn)


def read_ahead(conn, statements) -> list[list]:
    """The rows of each ``(sql, params)`` read in ``statements``, in order.
    On PostgreSQL they are sent together and answered in one round trip
    (a pipeline); on SQLite each runs and is read in turn, as before. Only
    for reads that do not depend on one another."""
    statements = list(statements)
    if getattr(conn, "pipeline", None) is None:
        return [conn.execute(sql, params).fetchall() for sql, params in statements]
    if not statements:
        return []
    with conn.pipeline():
        cursors = [conn.execute(sql, params) for sql, params in statements]
        return [cur.fetchall() for cur in cursors]


def begin_batch(conn) -> bool:
    """Begin a writer's batch; True when other writers may write at the same
    time until :func:`lock_writes` (PostgreSQL, on a store that counts rows
    at commit), False when the batch holds the store's write lock from here
    (SQLite, whose writers always take turns; a PostgreSQL store made
    before)."""
    begin = getattr(conn, "begin_overlapping", None)
    if begin is not None and begin():
        return True
    conn.execute("BEGIN IMMEDIATE")
    return False


def lock_writes(conn) -> None:
    """Take the store's write lock for the rest of the open transaction
    (held already on SQLite, or when the batch began without overlap)."""
    lock = getattr(conn, "lock_writes", None)
    if lock is not None:
        lock()


def hold_rows(conn, table: str, ids: list[int]) -> set[int]:
    """Those of ``ids`` still in ``table``, each row held against removal
    (``FOR KEY SHARE``) until the transaction ends. On SQLite, whose writer
    holds the whole store, every id is taken as it is."""
    hold = getattr(conn, "hold_rows", None)
    return set(ids) if hold is None else hold(table, ids)


#: SQLSTATEs that mean a batch met another writer's work, not a fault of its
#: own: a deadlock the server broke, a serialisation failure.
_WRITE_AGAIN = {"40P01", "40001"}


def _sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of an error a PostgreSQL server raised, else None."""
    try:
        import psycopg
    except ImportError:
        return None
    return getattr(exc, "sqlstate", None) if isinstance(exc, psycopg.Error) else None


def write_again(exc: BaseException) -> bool:
    """Whether a PostgreSQL batch that failed with ``exc`` should be rolled
    back and written again (see :data:`_WRITE_AGAIN`)."""
    return _sqlstate(exc) in _WRITE_AGAIN


def lost_reference(exc: BaseException) -> bool:
    """Whether ``exc`` is a row refused for naming a row that is not there (a
    foreign key): where writers overlap, possibly one another writer removed
    after this one read its id."""
    return _sqlstate(exc) == "23503"


def add_by_id(conn, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Add to ``columns`` of the rows of ``table`` named by id: each of
    ``rows`` is (id, one amount per column). On PostgreSQL one statement
    for them all (one per row made the server parse, plan and answer
    thousands a batch); on SQLite, where statements run in-process, one
    per row."""
    if not rows:
        return
    add = getattr(conn, "add_by_id", None)
    if add is not None:
        add(table, columns, rows)
        return
    sets = ", ".join(f"{c} = {c} + ?" for c in columns)
    conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", [(*r[1:], r[0]) for r in rows])
