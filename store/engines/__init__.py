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
