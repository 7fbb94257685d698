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

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .postgres import PostgresLocation

__all__ = ["location", "is_postgres", "is_postgres_url", "dialect", "database_errors", "Location"]

Location = Any  # Path | PostgresLocation (kept loose: the CLI passes either through)

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
