"""A docket store on PostgreSQL: locations, connections, schema, and the SQL
that differs from SQLite's.

**Connections.** A store is named by a ``postgresql://`` URL. The URL may
not carry a password (it would show in ``ps``, shell history and the
audit trail): libpq takes it from ``PGPASSWORD``, ``PGPASSFILE`` or
``~/.pgpass``. TLS and other libpq options (``sslmode``, ``sslrootcert``,
…) pass through in the URL's query. Errors name the store by its URL
without credentials.

**The adapter.** docket's SQL is written once, in SQLite's dialect. A
:class:`PgConnection` offers what docket uses of :class:`sqlite3.Connection`
(``execute``, ``executemany``, ``lastrowid``, ``in_transaction``, rows read
by index or by name) and translates each statement once (cached): ``?``
placeholders, ``INSERT OR IGNORE``/``OR REPLACE``, ``COLLATE NOCASE``,
``INDEXED BY``, two-argument ``max``/``min``, the reserved column ``user``;
PRAGMAs become what they mean here; the few statements that have no
mechanical translation are listed in :data:`_STATEMENTS` with their
PostgreSQL twin. A statement that reaches the server untranslatable fails
loudly rather than meaning something else.

**Writers.** ``BEGIN IMMEDIATE`` takes a transaction-level advisory lock,
so writers (ingest batches, audit records) take turns as they do on SQLite,
whatever host they run on; documents are unique by sha256, so two ingests of
overlapping folders store each document once.

**Schema.** The tables, columns, constraints, indexes and views are those of
SQLite's current schema (:func:`store.db.expected_schema`), translated
(:func:`table_ddl`), so the two cannot drift apart. What SQLite does with
triggers and virtual tables is done here with PL/pgSQL triggers and a
``documents_fts`` table of ``tsvector`` with a GIN index.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import urllib.parse
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "PostgresLocation",
    "PgConnection",
    "PgDatabase",
    "translate",
    "connect",
    "open_writer",
    "create_store",
    "store_exists",
    "schema_problems",
    "check_store",
    "DIALECT",
    "NotOnPostgres",
    "grants",
    "repair_store",
]

#: The advisory lock every writing transaction takes (``"DKT1"``): ingest
#: batches that overlap share it (``pg_advisory_xact_lock_shared``), every
#: other write (a correction, a removal, the audit) holds it alone — so it
#: never runs beside a batch half written, and never waits on a row such a
#: batch holds while that batch waits for it. The one held while a schema is
#: created (``"DKT2"``), and the one an overlapping batch takes for its end
#: (``"DKT3"``: copies, counts, settling, summaries).
WRITE_LOCK = 0x444B5431
SCHEMA_LOCK = 0x444B5432
SETTLE_LOCK = 0x444B5433
CONNECT_TIMEOUT_S = 10
#: The text-search configuration: words as they are, lower-cased, no stems
#: and no stop words, as SQLite's unicode61 tokenizer reads them.
TS_CONFIG = "simple"


class NotOnPostgres(Exception):
    """A command or step not yet available on a PostgreSQL store."""


def _store_error(message: str) -> Exception:
    from ..db import StoreError

    return StoreError(message)


# ------------------------------------------------------------------ location


@dataclass(frozen=True)
class PostgresLocation:
    """A PostgreSQL store, by URL (never with a password in it)."""

    url: str

    engine = "postgres"

    @classmethod
    def parse(cls, value: str) -> PostgresLocation:
        try:
            parts = urllib.parse.urlsplit(value)
            query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
            has_password = parts.password is not None
            parts.port  # noqa: B018 - raises on a bad port
        except ValueError:
            raise _store_error(
                "the PostgreSQL store URL cannot be read (postgresql://USER@HOST:PORT/DATABASE)"
            ) from None
        if has_password or any(k.lower() == "password" for k, _ in query):
            raise _store_error(
                "a password in the store URL is refused (it would show in the process list and the audit trail): "
                "give it in PGPASSWORD or ~/.pgpass"
            )
        if any(c in value for c in "\x00\r\n"):
            raise _store_error("the PostgreSQL store URL holds control characters")
        return cls(value)

    def __str__(self) -> str:
        return self.url

    @property
    def name(self) -> str:
        return self.url


# ------------------------------------------------------------------- adapter


class Row(tuple):
    """A row read by index (``row[0]``, unpacking) or by name (``row["id"]``,
    ``dict(row)``), as :class:`sqlite3.Row` is."""

    __slots__ = ()
    _index: dict[str, int] = {}
    _names: tuple[str, ...] = ()

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=512)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_index": {n: i for i, n in enumerate(names)}, "_names": names})


def _row_factory(cursor):
    desc = cursor.description
    if desc is None:
        return tuple
    cls = _row_class(tuple(d.name for d in desc))
    return cls


class _Empty:
    """The cursor of a statement that means nothing here (a tuning PRAGMA)."""

    rowcount = 0
    lastrowid = None
    description = None

    def fetchone(self):
        return None

    def fetchall(self):
        return []

    def __iter__(self):
        return iter(())

    def close(self) -> None:
        pass


class PgCursor:
    def __init__(self, cursor, lastrowid: int | None = None, owner: PgConnection | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid
        self._owner = owner  # set while its statement may still be queued in a pipeline

    def _answered(self):
        """The cursor, its statement's answer received: in a pipeline the
        statement may still be queued (one round trip brings the answers of
        everything queued before it)."""
        owner = self._owner
        if owner is not None:
            self._owner = None
            if self._cursor.pgresult is None:
                owner.sync()
        return self._cursor

    @property
    def rowcount(self) -> int:
        return self._answered().rowcount

    @property
    def description(self):
        return self._answered().description

    def fetchone(self):
        if self._answered().description is None:
            return None
        return self._cursor.fetchone()

    def fetchall(self):
        if self._answered().description is None:
            return []
        return self._cursor.fetchall()

    def fetchmany(self, size: int = 100):
        return self._answered().fetchmany(size)

    def __iter__(self):
        if self._answered().description is None:
            return iter(())
        return iter(self._cursor)

    def close(self) -> None:
        self._cursor.close()


#: Statements that end a document's savepoint or a transaction: in a
#: pipeline, every answer is awaited there (see :meth:`PgConnection.pipeline`).
_ENDS_A_UNIT = ("RELEASE", "ROLLBACK", "COMMIT", "END")

# Tables whose ``id`` the server issues (an identity column): an INSERT run
# with ``execute`` returns it, as sqlite3's ``lastrowid``.
_IDENTITY_TABLES = {"documents", "entities", "mentions", "operation_stats", "audit", "curations"}
_INSERT_INTO = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)

#: Statements with no mechanical translation: SQLite's text → PostgreSQL's
#: (``None``: nothing to do here, e.g. an FTS5 trigram table PostgreSQL has
#: no need of). Keys are compared with whitespace squeezed.
_STATEMENTS: dict[str, str | None] = {
    # the audit trail's high-water mark (store/audit.py)
    "SELECT seq FROM sqlite_sequence WHERE name = 'audit'": "SELECT issued AS seq FROM audit_issued WHERE issued > 0",
    # an operation's key changed (store/ingest/write.py): the trigram index of
    # SQLite follows by hand; PostgreSQL's index on entities.key follows itself
    "INSERT INTO entities_trigram (entities_trigram, rowid, key) VALUES ('delete', ?, ?)": None,
    "INSERT INTO entities_trigram (rowid, key) VALUES (?, ?)": None,
    # an entity no document names (store/reextract.py, store/remove.py): one
    # another writer holds (it is writing a document that names it, and will
    # count it when it commits) is not removed — waiting for it would
    # deadlock, since that writer waits for this transaction's lock
    "SELECT id, key FROM entities WHERE document_count <= 0": (
        "SELECT id, key FROM entities WHERE document_count <= 0 FOR UPDATE OF entities SKIP LOCKED"
    ),
    "SELECT key FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = ?)": (
        "SELECT key FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = ?)"
        " FOR UPDATE OF entities SKIP LOCKED"
    ),
}
_STATEMENTS = {" ".join(k.split()): v for k, v in _STATEMENTS.items()}

#: PRAGMAs that tune SQLite's own machinery: nothing to do on a server.
_TUNING_PRAGMAS = {
    "cache_size",
    "wal_autocheckpoint",
    "wal_checkpoint",
    "busy_timeout",
    "foreign_keys",
    "synchronous",
    "journal_mode",
    "trusted_schema",
    "temp_store",
    "mmap_size",
    "optimize",
}
_PRAGMA = re.compile(r"^\s*PRAGMA\s+(\w+)\s*(?:[=(]\s*(.*?)\s*\)?)?\s*;?\s*$", re.IGNORECASE | re.DOTALL)


@functools.cache
def _primary_keys() -> dict[str, list[str]]:
    """Each table's primary-key columns, from SQLite's schema."""
    import sqlite3

    out = {}
    mem = sqlite3.connect(":memory:")
    try:
        for name, sql in expected()["sqlite_tables"].items():
            mem.execute(sql)
            cols = sorted((r[5], r[1]) for r in mem.execute(f'PRAGMA table_info("{name}")') if r[5])
            out[name.lower()] = [c for _, c in cols]
    finally:
        mem.close()
    return out


def _split_literals(sql: str, quotes: str = "'\"") -> list[tuple[bool, str]]:
    """``sql`` cut into (is_code, piece): string literals, quoted names and
    comments are not code."""
    out: list[tuple[bool, str]] = []
    i, start, n = 0, 0, len(sql)
    while i < n:
        c = sql[i]
        if c in quotes:
            j = i + 1
            while j < n:
                if sql[j] == c:
                    if j + 1 < n and sql[j + 1] == c:
                        j += 2
                        continue
                    break
                j += 1
            out.append((True, sql[start:i]))
            out.append((False, sql[i : j + 1]))
            i = start = j + 1
        elif c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            j = n if j < 0 else j
            out.append((True, sql[start:i]))
            out.append((False, " "))
            i = start = j
        else:
            i += 1
    out.append((True, sql[start:]))
    return [(code, piece) for code, piece in out if piece]


_OR_REPLACE = re.compile(r"^\s*INSERT\s+OR\s+REPLACE\s+INTO\s+(\w+)\s*\(([^)]*)\)", re.IGNORECASE)
_OR_IGNORE = re.compile(r"\bINSERT\s+OR\s+IGNORE\s+INTO\b", re.IGNORECASE)
_INDEXED_BY = re.compile(r"\s+INDEXED\s+BY\s+\w+", re.IGNORECASE)
_LIKE = re.compile(r"(?<![\w.])LIKE\b", re.IGNORECASE)
_NOCASE_EQ = re.compile(r"((?:\w+\.)?\w+)\s*=\s*\?\s+COLLATE\s+NOCASE\b", re.IGNORECASE)
_NOCASE = re.compile(r"((?:\w+\.)?\w+)\s+COLLATE\s+NOCASE\b", re.IGNORECASE)
_WHERE_1 = re.compile(r"\bWHERE\s+1\b(?!\s*[=<>!])", re.IGNORECASE)
_USER = re.compile(r"(?<![\w.\"])user\b(?!\s*\()", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+(NOT\s+)?\?", re.IGNORECASE)
_GLOB = re.compile(r"((?:\w+\.)?\w+)\s+GLOB\s+\?", re.IGNORECASE)
_MINMAX = re.compile(r"\b(max|min)\s*\(", re.IGNORECASE)


_DO_UPDATE = re.compile(r"\bON\s+CONFLICT\b.*?\bDO\s+UPDATE\s+SET\b", re.IGNORECASE | re.DOTALL)
_SELF_ADD = re.compile(r"\b(\w+)\s*=\s*\1\s+(?=[-+])")


def _scalar_minmax(code: str) -> str:
    """``max(a, b)`` (SQLite's scalar form) → ``greatest(a, b)``; the
    one-argument aggregate stays."""
    out, pos = [], 0
    for m in _MINMAX.finditer(code):
        if m.start() < pos:
            continue
        depth, j, comma = 1, m.end(), False
        while j < len(code) and depth:
            ch = code[j]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "," and depth == 1:
                comma = True
            j += 1
        if comma:
            out.append(code[pos : m.start()])
            out.append("greatest(" if m.group(1).lower() == "max" else "least(")
            pos = m.end()
    out.append(code[pos:])
    return "".join(out)


_SUBQUERY_OPEN = re.compile(r"\b(?:FROM|JOIN)\s*$", re.IGNORECASE)
_SUBQUERY_HEAD = re.compile(r"\s*(?:SELECT|WITH|VALUES)\b", re.IGNORECASE)
_AFTER_SUBQUERY = re.compile(r"\s*(\w*)")
#: Words that may follow a subquery in FROM when it has no alias.
_NOT_AN_ALIAS = {
    "",
    "where", "group", "order", "limit", "offset", "union", "except", "intersect", "join", "left", "right",
    "inner", "outer", "cross", "full", "natural", "on", "using", "having", "window", "returning", "for",
}  # fmt: skip


def _alias_subqueries(sql: str) -> str:
    """A subquery in FROM or JOIN given an alias where it has none: SQLite
    and PostgreSQL 16 need none, PostgreSQL 15 and older refuse it."""
    code = [False] * len(sql)
    pos = 0
    for is_code, piece in _split_literals(sql):
        if is_code:
            code[pos : pos + len(piece)] = [True] * len(piece)
        pos += len(piece)
    if len(code) != len(sql) or "(" not in sql:
        return sql
    stack: list[bool] = []
    inserts: list[int] = []
    for i, ch in enumerate(sql):
        if not code[i]:
            continue
        if ch == "(":
            stack.append(
                bool(_SUBQUERY_OPEN.search(sql[max(0, i - 12) : i])) and bool(_SUBQUERY_HEAD.match(sql, i + 1))
            )
        elif ch == ")" and stack:
            if stack.pop():
                word = _AFTER_SUBQUERY.match(sql, i + 1).group(1).lower()  # type: ignore[union-attr]
                if word in _NOT_AN_ALIAS:
                    inserts.append(i + 1)
    for n, at in enumerate(reversed(inserts)):
        sql = f"{sql[:at]} AS docket_sub{len(inserts) - n}{sql[at:]}"
    return sql


def _code_mask(sql: str) -> list[bool]:
    """For each character of ``sql``: whether it is code (not in a string
    literal, a quoted name or a comment)."""
    mask: list[bool] = []
    for is_code, piece in _split_literals(sql):
        mask += [is_code] * len(piece)
    return mask if len(mask) == len(sql) else [True] * len(sql)


@functools.cache
def _not_null_columns() -> frozenset[str]:
    """Column names that hold no NULL in any table that has them."""
    import sqlite3

    from ..db import SCHEMA_VERSION, expected_schema

    seen: dict[str, bool] = {}
    mem = sqlite3.connect(":memory:")
    try:
        for (kind, name), obj in expected_schema(SCHEMA_VERSION).items():
            if kind != "table" or name.startswith(_SQLITE_ONLY):
                continue
            mem.execute(obj.sql)
            for _cid, col, _type, notnull, _default, pk in mem.execute(f'PRAGMA table_info("{name}")'):
                seen[col.lower()] = seen.get(col.lower(), True) and bool(notnull or pk)
    finally:
        mem.close()
    return frozenset({c for c, never_null in seen.items() if never_null} | {"rowid"})


_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_ORDER_END = re.compile(r"(?:LIMIT|OFFSET|FETCH|FOR|WINDOW|UNION|EXCEPT|INTERSECT)\b", re.IGNORECASE)
_DIRECTION = re.compile(r"\s+(ASC|DESC)\s*$", re.IGNORECASE)
_UNWRAP = re.compile(r'^(?:lower\(\s*([\w."]+)\s*\)|([\w."]+))\s+COLLATE\s+"?\w+"?$', re.IGNORECASE)
_PLAIN_COLUMN = re.compile(r'(?:\w+\.)?"?(\w+)"?')


def _nulls_term(term: str) -> str:
    """One ORDER BY (or index) term with NULLs placed as SQLite places
    them (before every value: first ascending, last descending; PostgreSQL
    does the opposite), unless its column never holds NULL."""
    body = term.rstrip()
    if re.search(r"\bNULLS\s+(?:FIRST|LAST)\s*$", body, re.IGNORECASE) or not body.strip():
        return term
    direction = _DIRECTION.search(body)
    expr = body[: direction.start()] if direction else body
    expr = _UNWRAP.sub(r"\1\2", expr.strip())  # lower(name) COLLATE "C" is as null as name
    plain = _PLAIN_COLUMN.fullmatch(expr)
    if plain and plain.group(1).lower() in _not_null_columns():
        return term
    nulls = " NULLS LAST" if direction and direction.group(1).upper() == "DESC" else " NULLS FIRST"
    return body + nulls + term[len(body) :]


def _order_terms(sql: str, start: int, mask: list[bool]) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) of each comma-separated term from ``start`` to the
    end of the list (a closing bracket, LIMIT, …), and that end."""
    terms, depth, i, term_start = [], 0, start, start
    while i < len(sql):
        c = sql[i]
        if mask[i]:
            if c == "(":
                depth += 1
            elif c == ")":
                if depth == 0:
                    break
                depth -= 1
            elif c == ";" and depth == 0:
                break
            elif c == "," and depth == 0:
                terms.append((term_start, i))
                term_start = i + 1
            elif (
                depth == 0
                and c.isalpha()
                and not (sql[i - 1].isalnum() or sql[i - 1] in "_.")
                and _ORDER_END.match(sql, i)
            ):
                break
        i += 1
    terms.append((term_start, i))
    return terms, i


def _nulls_like_sqlite(sql: str) -> str:
    """Every ORDER BY term places NULLs as SQLite does (an undated
    document sorts last by date, newest first, on both engines)."""
    if not _ORDER_BY.search(sql):
        return sql
    mask = _code_mask(sql)
    edits: list[tuple[int, int, str]] = []
    for m in _ORDER_BY.finditer(sql):
        if not mask[m.start()]:
            continue
        terms, _ = _order_terms(sql, m.end(), mask)
        edits += [(a, b, _nulls_term(sql[a:b])) for a, b in terms]
    for a, b, new in sorted(edits, reverse=True):
        sql = sql[:a] + new + sql[b:]
    return sql


def _index_nulls_like_sqlite(ddl: str) -> str:
    """An index's columns in the order the translated ORDER BY asks for, so
    that the index still serves it (``published`` → ``published NULLS FIRST``)."""
    m = re.match(r"\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+\w+\s+ON\s+\w+\s*\(", ddl, re.IGNORECASE)
    if not m:
        return ddl
    mask = _code_mask(ddl)
    terms, _ = _order_terms(ddl, m.end(), mask)
    for a, b in reversed(terms):
        ddl = ddl[:a] + _nulls_term(ddl[a:b]) + ddl[b:]
    return ddl


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str | None:
    """SQLite's ``sql`` in PostgreSQL's dialect, with psycopg's ``%s``
    placeholders; None when it means nothing on PostgreSQL."""
    squeezed = " ".join(sql.split())
    if squeezed in _STATEMENTS:
        sql = _STATEMENTS[squeezed]  # type: ignore[assignment]
        if sql is None:
            return None
    sql = _nulls_like_sqlite(_alias_subqueries(sql))
    on_conflict = bool(_OR_IGNORE.search(sql))
    replace = _OR_REPLACE.match(sql)
    if replace:  # REPLACE: an upsert on the table's primary key
        table, cols = replace.group(1), [c.strip().strip('"') for c in replace.group(2).split(",")]
        key = _primary_keys()[table.lower()]
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c not in key) or "{0} = excluded.{0}".format(key[0])
        sql = (
            _OR_REPLACE.sub(lambda m: f"INSERT INTO {m.group(1)} ({m.group(2)})", sql, count=1).rstrip().rstrip(";")
            + f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {sets}"
        )
    pieces = []
    for code, piece in _split_literals(sql):
        if not code:
            pieces.append(piece.replace("%", "%%"))
            continue
        piece = piece.replace("%", "%%")
        piece = _OR_IGNORE.sub("INSERT INTO", piece)
        piece = _INDEXED_BY.sub("", piece)
        piece = _NOCASE_EQ.sub(r"lower(\1) = lower(?)", piece)
        piece = _NOCASE.sub(r'lower(\1) COLLATE "C"', piece)
        piece = _WHERE_1.sub("WHERE true", piece)
        piece = _LIKE.sub("ILIKE", piece)  # SQLite's LIKE ignores case
        piece = _IS_PARAM.sub(lambda m: "IS DISTINCT FROM ?" if m.group(1) else "IS NOT DISTINCT FROM ?", piece)
        piece = _USER.sub('"user"', piece)
        piece = _scalar_minmax(piece)
        piece = _GLOB.sub(r"docket_glob(\1, ?)", piece)
        pieces.append(piece.replace("?", "%s"))
    out = "".join(pieces)
    upsert = _DO_UPDATE.search(out)
    table = _INSERT_INTO.match(out)
    if upsert and table:  # "SET n = n + 1": PostgreSQL wants the table's n named
        head, tail = out[: upsert.end()], out[upsert.end() :]
        out = head + _SELF_ADD.sub(lambda m: f"{m.group(1)} = {table.group(1)}.{m.group(1)} ", tail)
    if on_conflict:
        out = out.rstrip().rstrip(";") + " ON CONFLICT DO NOTHING"
    return out


#: Rows per statement when an ``executemany`` of an ``INSERT`` becomes one
#: statement of many rows (and PostgreSQL's limit of parameters per statement).
MULTIROW_ROWS = 1024
MAX_PARAMETERS = 65535
_VALUES = re.compile(r"^(\s*INSERT\s+INTO\s+\w+\s*\([^()]*\)\s*VALUES\s*)(\([^()']*\))(.*)$", re.IGNORECASE | re.DOTALL)
_NOT_MULTIROW = re.compile(r"\bDO\s+UPDATE\b|\bRETURNING\b|%s|%%", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _multirow(query: str) -> tuple[str, str, str, int] | None:
    """A translated ``INSERT … VALUES (…)`` as (head, one row's group,
    tail, parameters per row), to be sent with many rows in one statement;
    None for any other statement. Not for an upsert that updates (``ON
    CONFLICT … DO UPDATE`` may not touch one row twice in a statement), nor
    for ``RETURNING``, nor where the group holds anything but parameters
    and plain words (a literal, a call)."""
    m = _VALUES.match(query)
    if m is None:
        return None
    head, group, tail = m.groups()
    if _NOT_MULTIROW.search(tail) or "%%" in group:
        return None
    width = group.count("%s")
    return (head, group, tail, width) if width else None


@functools.lru_cache(maxsize=256)
def _multirow_text(query: str, rows: int) -> str:
    """``query`` (see :func:`_multirow`) for ``rows`` rows, its parameters
    numbered ``$1``, ``$2``, … (a raw cursor's)."""
    multi = _multirow(query)
    assert multi is not None
    head, group, tail, width = multi
    parts = group.split("%s")
    groups = []
    for r in range(rows):
        base = r * width
        groups.append("".join(p + (f"${base + k + 1}" if k < width else "") for k, p in enumerate(parts)))
    return head + ", ".join(groups) + tail


def _clean(params: Any) -> Any:
    """PostgreSQL text cannot hold NUL: it becomes U+FFFD (one character for
    one, so offsets into a text stay right)."""
    if params is None:
        return ()
    if isinstance(params, dict):
        return {k: (v.replace("\x00", "\ufffd") if isinstance(v, str) else v) for k, v in params.items()}
    return tuple(v.replace("\x00", "\ufffd") if isinstance(v, str) else v for v in params)


class PgConnection:
    """A psycopg connection used as docket uses :class:`sqlite3.Connection`
    (autocommit: callers open their own transactions)."""

    engine = "postgres"

    def __init__(self, raw, where: PostgresLocation, *, read_only: bool) -> None:
        self.raw = raw
        self.location = where
        self.read_only = read_only
        self.row_factory = None  # rows are always readable by name
        self._pipeline = None  # psycopg's Pipeline while statements are pipelined (see pipeline())
        self._overlap: bool | None = None  # whether writers may overlap (see begin_overlapping)

    # -- sqlite3.Connection's surface
    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return self.raw.info.transaction_status != TransactionStatus.IDLE

    def execute(self, sql: str, params: Sequence[Any] | dict | None = ()) -> PgCursor | _Empty:
        pragma = _PRAGMA.match(sql)
        if pragma:
            return self._pragma(pragma.group(1).lower(), pragma.group(2))
        head = sql.lstrip()[:24].upper()
        if head.startswith("BEGIN"):
            if self.read_only:  # one snapshot for every read of the transaction, as SQLite's
                self.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            else:
                self.raw.execute("BEGIN")
                self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            return _Empty()
        query = translate(sql)
        if query is None:
            return _Empty()
        pipelined = self._pipeline is not None
        if pipelined and head.startswith("ROLLBACK"):
            self._recover()
        cur = self.raw.cursor(row_factory=_row_factory)
        m = _INSERT_INTO.match(query)
        if m and m.group(1).lower() in _IDENTITY_TABLES and "RETURNING" not in query.upper():
            cur.execute(query + " RETURNING id", _clean(params))
            row = cur.fetchone()
            return PgCursor(cur, row[0] if row else None)
        cur.execute(query, _clean(params))
        if pipelined:
            if head.startswith(_ENDS_A_UNIT):
                # the end of a document (its savepoint) or of the batch: what
                # was queued is answered here, so a failure is the unit's
                self.sync()
                return PgCursor(cur)
            return PgCursor(cur, owner=self)
        return PgCursor(cur)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> PgCursor | _Empty:
        query = translate(sql)
        if query is None:
            return _Empty()
        rows = [_clean(p) for p in seq]
        cur = self.raw.cursor()
        multi = _multirow(query) if len(rows) > 1 else None
        if multi is not None:
            # one statement of many rows: the server plans and runs it once,
            # where executemany runs it once per row. Rows go in chunks of a
            # power of two (a few statement texts, each prepared once by
            # psycopg), numbered $n parameters (a raw cursor: psycopg need
            # not parse a long text for its %s)
            import psycopg

            raw_cur = psycopg.RawCursor(self.raw)
            most = max(1, min(MULTIROW_ROWS, MAX_PARAMETERS // multi[3]))
            i = 0
            while i < len(rows):
                n = 1 << (min(most, len(rows) - i).bit_length() - 1)
                raw_cur.execute(_multirow_text(query, n), [v for row in rows[i : i + n] for v in row])
                i += n
            return PgCursor(raw_cur)
        if rows:
            cur.executemany(query, rows)
        return PgCursor(cur)

    def executescript(self, script: str) -> None:
        self.raw.execute(script)

    # -- writers that overlap (store/ingest/write.py)
    def begin_overlapping(self) -> bool:
        """Begin a transaction that shares the store's write lock with other
        overlapping batches, when the store lets writers overlap
        (:func:`counts_at_commit`); False (and nothing begun) when it does
        not."""
        if self.read_only:
            return False
        if self._overlap is None:
            self._overlap = counts_at_commit(self)
        if not self._overlap:
            return False
        # each statement sees what other writers committed before it (the
        # end of the batch must see every document committed meanwhile),
        # whatever the server's default isolation
        self.raw.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
        self.raw.execute("SELECT pg_advisory_xact_lock_shared(%s)", (WRITE_LOCK,))
        return True

    def lock_writes(self) -> None:
        """Take the lock of a batch's end until the transaction ends (see
        :data:`SETTLE_LOCK`; taking it twice is harmless)."""
        self.raw.execute("SELECT pg_advisory_xact_lock(%s)", (SETTLE_LOCK,))

    def hold_rows(self, table: str, ids: list[int]) -> set[int]:
        if not ids:
            return set()
        from psycopg import sql

        query = sql.SQL("SELECT id FROM {} WHERE id = ANY(%s) FOR KEY SHARE").format(sql.Identifier(table))
        return {row[0] for row in self.raw.execute(query, (list(ids),)).fetchall()}

    def add_by_id(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        """See :func:`store.engines.add_by_id`: one ``UPDATE … FROM unnest``."""
        from psycopg import sql

        names = [sql.Identifier(c) for c in columns]
        query = sql.SQL(
            "UPDATE {t} AS e SET {sets} FROM unnest(%s::bigint[], {arrays}) AS v(id, {cols}) WHERE e.id = v.id"
        ).format(
            t=sql.Identifier(table),
            sets=sql.SQL(", ").join(sql.SQL("{c} = e.{c} + v.{c}").format(c=c) for c in names),
            arrays=sql.SQL(", ").join(sql.SQL("%s::bigint[]") for _ in names),
            cols=sql.SQL(", ").join(names),
        )
        self.raw.execute(query, [list(col) for col in zip(*rows, strict=True)])

    # -- pipelining (the writer's batches)
    @contextlib.contextmanager
    def pipeline(self):
        """Send statements without waiting for each answer (psycopg's pipeline
        mode) until the block ends. A statement whose answer is read (a
        ``SELECT``'s rows, a ``RETURNING`` id, ``rowcount``) waits for it and
        for everything queued before it, in one round trip; the others
        (``INSERT``s, ``UPDATE``s, every ``executemany``) go with the next
        one. ``RELEASE``, ``ROLLBACK`` and ``COMMIT`` wait for every answer,
        so a statement's failure is raised before its savepoint or
        transaction is over: a document is still stored whole or not at all.
        Nothing changes for the caller but the number of round trips."""
        if self._pipeline is not None:
            yield self
            return
        log = logging.getLogger("psycopg")
        quiet = log.disabled
        try:
            with self.raw.pipeline() as pipe:
                self._pipeline = pipe
                try:
                    yield self
                except BaseException:
                    # the block's failure is the one reported; psycopg would
                    # log (to stderr) one more when a broken connection
                    # cannot leave the pipeline
                    log.disabled = True
                    raise
        finally:
            self._pipeline = None
            log.disabled = quiet

    def sync(self) -> None:
        """Wait for the answers of every statement sent (a pipeline's); raises
        the first failure among them."""
        if self._pipeline is not None:
            self._pipeline.sync()

    def _recover(self) -> None:
        """Before a rollback in a pipeline: after a failure the server skips
        every statement up to the next sync; sync, its failure already raised."""
        with contextlib.suppress(Exception):
            self.sync()

    def commit(self) -> None:
        if self.in_transaction:
            self.raw.execute("COMMIT")
            self.sync()

    def rollback(self) -> None:
        if self.in_transaction:
            if self._pipeline is not None:
                self._recover()
            self.raw.execute("ROLLBACK")
            self.sync()

    def interrupt(self) -> None:
        """Cancel the statement running now (from another thread)."""
        with contextlib.suppress(Exception):
            self.raw.cancel_safe(timeout=2.0)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.raw.close()

    def __enter__(self) -> PgConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- PRAGMAs
    def _pragma(self, name: str, arg: str | None) -> PgCursor | _Empty:
        if name in _TUNING_PRAGMAS:
            return _Empty()
        if name == "user_version" and arg is None:
            return self.execute("SELECT CAST(value AS BIGINT) AS user_version FROM meta WHERE key = 'schema_version'")
        if name == "table_info" and arg:
            table = arg.strip("'\" ")
            return self.execute(
                "SELECT ordinal_position - 1 AS cid, column_name AS name, data_type AS type,"
                " CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END AS notnull, column_default AS dflt_value, 0 AS pk"
                " FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?"
                " ORDER BY ordinal_position",
                (table,),
            )
        raise NotOnPostgres(f"PRAGMA {name} has no PostgreSQL equivalent in docket yet")


class PgDatabase:
    """What :func:`store.db.open_writer` returns for PostgreSQL: ``.conn``
    and ``.close()`` (the part of ``sqlite_utils.Database`` docket uses)."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()):
        return self.conn.execute(sql, params)

    def close(self) -> None:
        self.conn.close()


def _configure_types(raw) -> None:
    """Numbers and truth values come back as SQLite gives them: ``sum`` of
    integers an int (not Decimal), a comparison 0 or 1 (not a bool)."""
    from decimal import Decimal

    from psycopg.adapt import Loader
    from psycopg.types.numeric import Int8Dumper

    class NumericLoader(Loader):
        def load(self, data):
            d = Decimal(bytes(data).decode())
            return int(d) if d == d.to_integral_value() else float(d)

    class BoolLoader(Loader):
        def load(self, data):
            return 1 if bytes(data) == b"t" else 0

    raw.adapters.register_loader("numeric", NumericLoader)
    raw.adapters.register_loader("bool", BoolLoader)
    raw.adapters.register_dumper(bool, Int8Dumper)

    class NumpyIntDumper(Int8Dumper):
        def dump(self, obj):
            return super().dump(int(obj))

    import numpy

    for t in (numpy.int64, numpy.int32, numpy.uint32, numpy.uint64):
        raw.adapters.register_dumper(t, NumpyIntDumper)


def _connect_raw(where: PostgresLocation, *, read_only: bool):
    try:
        import psycopg
    except ImportError:
        raise _store_error(
            f"{where}: PostgreSQL stores need the psycopg package: pip install 'docket[postgres]'"
        ) from None
    try:
        raw = psycopg.connect(
            where.url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="docket",
        )
    except psycopg.Error as exc:
        raise _store_error(f"{where}: cannot connect ({_first_line(exc)})") from None
    _configure_types(raw)
    raw.execute("SET client_min_messages = warning")
    if read_only:
        raw.execute("SET default_transaction_read_only = on")
    return raw


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    # libpq names the host and user, never the password; strip "connection is bad:" noise
    return line.replace("connection is bad: ", "")[:300]


# -------------------------------------------------------------------- schema

# The triggers that keep the full-text table, the row counts and the audit
# trail's high-water mark run with the owner's rights (and the search path
# the store was made with), so analysts' roles need no right on those tables.
_FUNCTIONS = r"""
-- SQLite's substr takes any integer; offsets are BIGINT here
CREATE FUNCTION substr(text, bigint, bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT pg_catalog.substr($1, $2::integer, $3::integer)';
CREATE FUNCTION substr(text, bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT pg_catalog.substr($1, $2::integer)';
-- SQLite's GLOB (*, ?, [...]) as a regular expression match
CREATE FUNCTION docket_glob(s text, pattern text) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT s ~ ('^' || replace(replace(regexp_replace(pattern, '([.+^$(){}|\\])', '\\\1', 'g'), '*', '.*'), '?', '.')
              || '$')
$$;
CREATE FUNCTION docket_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$;
CREATE FUNCTION docket_count() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE pending bigint;
BEGIN
  -- docket counts at commit: rows added are counted when their transaction
  -- commits, so writers that overlap never wait on each other's count row
  IF TG_OP = 'DELETE' THEN  -- once per statement, by the rows it removed (a transition table)
    UPDATE counts SET n = n - (SELECT count(*) FROM changed) WHERE name = TG_ARGV[0];
  ELSIF TG_LEVEL = 'STATEMENT' THEN
    -- rows added: kept in the transaction's own setting (a savepoint rolled
    -- back takes its share with it) until it commits
    PERFORM set_config('docket.added_' || TG_ARGV[0],
      (coalesce(nullif(current_setting('docket.added_' || TG_ARGV[0], true), ''), '0')::bigint
       + (SELECT count(*) FROM changed))::text, true);
  ELSE
    -- at commit (a deferred trigger, one event per row added): the first
    -- event adds them all, the others find nothing left to add
    pending := coalesce(nullif(current_setting('docket.added_' || TG_ARGV[0], true), ''), '0')::bigint;
    IF pending <> 0 THEN
      UPDATE counts SET n = n + pending WHERE name = TG_ARGV[0];
      PERFORM set_config('docket.added_' || TG_ARGV[0], '0', true);
    END IF;
  END IF;
  RETURN NULL;
END $$;
CREATE FUNCTION docket_fts() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE v tsvector; accented text[]; folded text;
BEGIN
  BEGIN
    v := setweight(to_tsvector('simple', NEW.title), 'A') || to_tsvector('simple', NEW.text);
  EXCEPTION WHEN program_limit_exceeded THEN
    -- a text too varied for one tsvector (1 MB of distinct words): its head is indexed
    v := setweight(to_tsvector('simple', NEW.title), 'A') || to_tsvector('simple', left(NEW.text, 200000));
  END;
  -- docket fold: words with accents are indexed without them, at the same
  -- positions, as SQLite's FTS5 (remove_diacritics) indexes them
  SELECT array_agg(lexeme), string_agg(
           '''' || replace(replace(translate(lexeme, '@FOLD_FROM@', '@FOLD_TO@'), '\', '\\'), '''', '''''')
           || ''':' || (SELECT string_agg(p::text || CASE WHEN w = 'D' THEN '' ELSE w END, ',')
                        FROM unnest(positions, weights) AS x(p, w)), ' ')
    INTO accented, folded
    FROM unnest(v) WHERE lexeme ~ '[^\x01-\x7f]' AND translate(lexeme, '@FOLD_FROM@', '@FOLD_TO@') <> lexeme;
  IF accented IS NOT NULL THEN
    v := (ts_delete(v, accented)::text || ' ' || folded)::tsvector;
  END IF;
  INSERT INTO documents_fts (document_id, search) VALUES (NEW.id, v)
    ON CONFLICT (document_id) DO UPDATE SET search = excluded.search;
  RETURN NULL;
END $$;
CREATE FUNCTION docket_audit_append() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF NEW.id <= coalesce((SELECT max(id) FROM audit), 0)
     OR NEW.id <= (SELECT issued FROM audit_issued) THEN
    RAISE EXCEPTION 'the audit trail is append-only';
  END IF;
  UPDATE audit_issued SET issued = NEW.id;
  RETURN NEW;
END $$;
"""


def _fold_table() -> tuple[str, str]:
    """The letters of the Latin blocks whose accents SQLite's FTS5 removes
    (``remove_diacritics``): each one that decomposes into one ASCII letter
    and marks (é → e, Å → A; not ł, æ, ß, which have no decomposition)."""
    import unicodedata

    src, dst = [], []
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        c = chr(cp)
        base = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
        if len(base) == 1 and base != c and base.isascii() and base.isalpha():
            src.append(c)
            dst.append(base)
    return "".join(src), "".join(dst)


FOLD_FROM, FOLD_TO = _fold_table()
_FOLD = str.maketrans(FOLD_FROM, FOLD_TO)
_FUNCTIONS = _FUNCTIONS.replace("@FOLD_FROM@", FOLD_FROM).replace("@FOLD_TO@", FOLD_TO)
#: What marks a store's row-count trigger as counting added rows at commit
#: (stores made before count them as each statement runs, and their
#: writers take turns for the whole batch: see :func:`counts_at_commit`).
COUNTS_AT_COMMIT = "docket counts at commit"
#: The statement triggers that keep the counts.
_COUNT_TRIGGERS = {"documents_counted", "documents_uncounted", "entities_counted", "entities_uncounted"}
#: The deferred triggers that add a transaction's new rows to the counts.
#: Two things they rule out: ``SET CONSTRAINTS … IMMEDIATE`` (a row's event
#: would then fire before its statement's trigger has kept the rows added,
#: and they would never be counted), and a migration step that alters
#: ``documents`` or ``entities`` after inserting into it in the same
#: transaction (PostgreSQL refuses an ALTER with trigger events pending:
#: such a step must drop these triggers first and recount).
AT_COMMIT_TRIGGERS = {("documents", "documents_counted_at_commit"), ("entities", "entities_counted_at_commit")}
#: What marks a store's full-text trigger as folding accents (stores made
#: before index words as written; ``docket check --repair`` folds them).
FOLDS = "docket fold"


def fold_accents(text: str) -> str:
    """``text`` with accents removed as the full-text index removes them."""
    return text.translate(_FOLD)


_TRIGGERS = """
CREATE TABLE documents_fts (
    document_id BIGINT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    search TSVECTOR NOT NULL
);
CREATE INDEX documents_fts_search ON documents_fts USING gin (search);
CREATE TABLE audit_issued (issued BIGINT NOT NULL);
INSERT INTO audit_issued VALUES (0);
CREATE TRIGGER documents_fts_write AFTER INSERT OR UPDATE OF title, text ON documents
  FOR EACH ROW EXECUTE FUNCTION docket_fts();
CREATE TRIGGER documents_counted AFTER INSERT ON documents REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION docket_count('documents');
CREATE TRIGGER documents_uncounted AFTER DELETE ON documents REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION docket_count('documents');
CREATE TRIGGER entities_counted AFTER INSERT ON entities REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION docket_count('entities');
CREATE TRIGGER entities_uncounted AFTER DELETE ON entities REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION docket_count('entities');
CREATE CONSTRAINT TRIGGER documents_counted_at_commit AFTER INSERT ON documents DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION docket_count('documents');
CREATE CONSTRAINT TRIGGER entities_counted_at_commit AFTER INSERT ON entities DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION docket_count('entities');
CREATE TRIGGER audit_append_only BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION docket_audit_append();
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  FOR EACH ROW EXECUTE FUNCTION docket_refuse('the audit trail is append-only');
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  FOR EACH ROW EXECUTE FUNCTION docket_refuse('the audit trail is append-only');
CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
  FOR EACH STATEMENT EXECUTE FUNCTION docket_refuse('the audit trail is append-only');
CREATE TRIGGER audit_issued_no_delete BEFORE DELETE OR TRUNCATE ON audit_issued
  FOR EACH STATEMENT EXECUTE FUNCTION docket_refuse('the audit trail is append-only');
CREATE TRIGGER curations_no_update BEFORE UPDATE ON curations
  FOR EACH ROW EXECUTE FUNCTION docket_refuse('corrections are never changed: undo one with a new correction');
CREATE TRIGGER curations_no_delete BEFORE DELETE ON curations
  FOR EACH ROW EXECUTE FUNCTION docket_refuse('corrections are never deleted: undo one with a new correction');
"""

#: PostgreSQL's own tables beside SQLite's: what the FTS5 table and the
#: AUTOINCREMENT counter are there.
EXTRA_TABLES = {"documents_fts": ["document_id", "search"], "audit_issued": ["issued"]}
EXTRA_INDEXES = {"documents_fts_search"}
FUNCTIONS = {"substr", "docket_glob", "docket_refuse", "docket_count", "docket_fts", "docket_audit_append"}
#: The triggers of each table (SQLite's FTS5 and trigram triggers have no twin:
#: ``documents_fts_write`` keeps the full-text table).
TRIGGERS = {
    ("documents", "documents_fts_write"),
    ("documents", "documents_counted"),
    ("documents", "documents_uncounted"),
    ("entities", "entities_counted"),
    ("entities", "entities_uncounted"),
    ("documents", "documents_counted_at_commit"),
    ("entities", "entities_counted_at_commit"),
    ("audit", "audit_append_only"),
    ("audit", "audit_no_update"),
    ("audit", "audit_no_delete"),
    ("audit", "audit_no_truncate"),
    ("audit_issued", "audit_issued_no_delete"),
    ("curations", "curations_no_update"),
    ("curations", "curations_no_delete"),
}

_SQLITE_ONLY = ("documents_fts", "entities_trigram")
_TYPE_NAMES = {"INTEGER": "BIGINT", "REAL": "DOUBLE PRECISION", "BLOB": "BYTEA", "TEXT": 'TEXT COLLATE "C"'}
#: A column definition's name and type: after "(" or ",", before the constraints.
_COLUMN = re.compile(r"([(,]\s*)(\w+|\"\w+\")\s+(INTEGER|REAL|BLOB|TEXT)\b", re.IGNORECASE)
_ROWID_PK = re.compile(r"\bid\s+BIGINT\s+PRIMARY\s+KEY(\s+AUTOINCREMENT)?\b", re.IGNORECASE)
_WITHOUT_ROWID = re.compile(r"\)\s*WITHOUT\s+ROWID\s*$", re.IGNORECASE)
_IDENTITY = "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"


def table_ddl(sql: str) -> str:
    """SQLite's ``CREATE TABLE`` in PostgreSQL's types: integers are
    BIGINT, REAL is double precision, text compares by code point (as
    SQLite's does) and an ``id INTEGER PRIMARY KEY`` is an identity column."""
    pieces = []
    for code, piece in _split_literals(sql, "'"):
        if code:
            piece = _COLUMN.sub(lambda m: f"{m.group(1)}{m.group(2)} {_TYPE_NAMES[m.group(3).upper()]}", piece)
            piece = _ROWID_PK.sub(_IDENTITY, piece)
            piece = _WITHOUT_ROWID.sub(")", piece)
            piece = _USER.sub('"user"', piece)
        pieces.append(piece)
    return "".join(pieces).strip()


def _index_ddl(sql: str) -> str:
    return _index_nulls_like_sqlite(
        "".join(_NOCASE.sub(r'lower(\1) COLLATE "C"', piece) if code else piece for code, piece in _split_literals(sql))
    )


def _references(sql: str) -> set[str]:
    return {m.lower() for m in re.findall(r"REFERENCES\s+(\w+)", sql, re.IGNORECASE)}


@functools.cache
def expected(version: int | None = None) -> dict[str, Any]:
    """The PostgreSQL schema docket builds at ``version`` (None: today's),
    from SQLite's at that version: ``tables`` (name → DDL, in an order
    where references come first), ``columns`` (table → column names),
    ``indexes``, ``views``, and ``triggers`` (PostgreSQL's own, on the
    tables that version has)."""
    import sqlite3

    from ..db import SCHEMA_VERSION, expected_schema

    schema = expected_schema(SCHEMA_VERSION if version is None else version)
    tables = {name: obj.sql for (t, name), obj in schema.items() if t == "table" and not name.startswith(_SQLITE_ONLY)}
    ordered: dict[str, str] = {}
    while len(ordered) < len(tables):
        for name, sql in tables.items():
            if name not in ordered and _references(sql) - {name} <= set(ordered):
                ordered[name] = table_ddl(sql)
    indexes = {
        name: _index_ddl(obj.sql)
        for (t, name), obj in schema.items()
        if t == "index" and obj.sql and not obj.table.startswith(_SQLITE_ONLY)
    }
    views = {name: obj.sql for (t, name), obj in schema.items() if t == "view"}
    mem = sqlite3.connect(":memory:")
    try:
        for name in tables:
            mem.execute(tables[name])
        columns = {name: [r[1] for r in mem.execute(f'PRAGMA table_info("{name}")')] for name in tables}
    finally:
        mem.close()
    columns.update(EXTRA_TABLES)
    # the row-count triggers keep the counts table (schema 4 on)
    triggers = {(t, n) for t, n in TRIGGERS if t in columns and ("counted" not in n or "counts" in columns)}
    return {
        "tables": ordered,
        "columns": columns,
        "indexes": indexes,
        "views": views,
        "sqlite_tables": tables,
        "triggers": triggers,
    }


def _build(conn: PgConnection, version: int | None = None) -> None:
    """docket's schema at ``version`` (None: today's; an older one only for
    the tests of migrations) in the connection's database."""
    from ..db import SCHEMA_VERSION, utc_now

    want = expected(version)
    raw = conn.raw
    for ddl in want["tables"].values():
        raw.execute(ddl)
    for ddl in want["indexes"].values():
        raw.execute(ddl)
    raw.execute(_FUNCTIONS)
    for ddl in want["views"].values():
        raw.execute(ddl)
    wanted = {name for _, name in want["triggers"]}
    for statement in _TRIGGERS.split(";\n"):
        trigger = re.match(r"\s*CREATE (?:CONSTRAINT )?TRIGGER (\w+)", statement)
        if statement.strip() and (trigger is None or trigger.group(1) in wanted):
            raw.execute(statement)
    trigram_index(raw)
    if "counts" in want["columns"]:
        raw.execute("INSERT INTO counts (name, n) VALUES ('documents', 0), ('entities', 0)")
    raw.execute(
        "INSERT INTO meta (key, value) VALUES ('store_id', %s), ('created_at', %s), ('schema_version', %s),"
        " ('engine', 'postgresql')",
        (uuid.uuid4().hex, utc_now(), str(SCHEMA_VERSION if version is None else version)),
    )


#: The GIN trigram index on entity keys, where the server has ``pg_trgm``.
TRIGRAM_INDEX = "entities_key_trigram"


def trigram_index(raw) -> bool:
    """Type-ahead by substring through ``pg_trgm``: create the extension
    (a trusted one: the database's owner may) and a GIN trigram index on
    ``entities.key``, so ``key LIKE '%…%'`` is an index scan. Where the
    server has no ``pg_trgm``, or the role may not create it, nothing is
    made and the same SQL scans ``entities`` (bounded as on SQLite).
    Runs inside the caller's transaction; returns whether the index is there."""
    import psycopg
    from psycopg import sql

    raw.execute("SAVEPOINT docket_trigram")
    try:
        raw.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema = raw.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'"
        ).fetchone()[0]
        opclass = sql.Identifier(schema).as_string(None) + ".gin_trgm_ops"
        raw.execute(f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} ON entities USING gin (key {opclass})")
    except psycopg.Error:  # not on this server, or not this role's to create
        raw.execute("ROLLBACK TO SAVEPOINT docket_trigram")
        return False
    raw.execute("RELEASE SAVEPOINT docket_trigram")
    return True


def folds_accents(conn: PgConnection) -> bool:
    """Whether the store's full-text trigger folds accents (stores made
    before it index words as written: search still finds them as typed)."""
    row = conn.raw.execute(
        "SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE n.nspname = current_schema() AND p.proname = 'docket_fts'"
    ).fetchone()
    return row is not None and FOLDS in row[0]


def _function_source(raw, name: str) -> str | None:
    row = raw.execute(
        "SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
        " WHERE n.nspname = current_schema() AND p.proname = %s",
        (name,),
    ).fetchone()
    return None if row is None else row[0]


def counts_at_commit(conn: PgConnection) -> bool:
    """Whether the store counts added rows when their transaction commits
    (its ``docket_count`` does and both deferred triggers are there): then
    writers need the store's write lock only for the end of a batch, and
    their documents are written side by side. A store made before counts
    as each statement runs (one row, locked until commit, for every writer),
    so its writers take turns for the whole batch, as they always did;
    ``docket check --repair`` brings it up to date."""
    source = _function_source(conn.raw, "docket_count")
    if source is None or COUNTS_AT_COMMIT not in source:
        return False
    have = conn.raw.execute(
        "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgname = ANY(%s)",
        ([name for _, name in AT_COMMIT_TRIGGERS],),
    ).fetchone()[0]
    return have == len(AT_COMMIT_TRIGGERS)


def _count_at_commit(raw) -> bool:
    """Make the store count added rows at commit (today's function, then
    the deferred triggers it needs), inside the caller's transaction;
    False when it did so already or has no counts table."""
    if not raw.execute("SELECT to_regclass('counts') IS NOT NULL").fetchone()[0]:
        return False
    changed = False
    source = _function_source(raw, "docket_count")
    triggers = _trigger_ddl()
    if source is None or COUNTS_AT_COMMIT not in source:
        for ddl in _function_ddl()["docket_count"]:
            raw.execute(ddl)
        changed = True
        # a store made before the counts were kept per statement has them
        # per row: today's function counts a row-level insert only at commit
        # and a deletion by its statement's rows, so those triggers are made
        # again per statement and the counts taken afresh
        per_row = raw.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            " AND NOT t.tgisinternal AND t.tgname = ANY(%s) AND (t.tgtype & 1) = 1",
            (sorted(_COUNT_TRIGGERS),),
        ).fetchall()
        if per_row:
            from psycopg import sql

            for table, name in per_row:
                raw.execute(sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(name), sql.Identifier(table)))
                raw.execute(triggers[name])
            raw.execute("UPDATE counts SET n = (SELECT count(*) FROM documents) WHERE name = 'documents'")
            raw.execute("UPDATE counts SET n = (SELECT count(*) FROM entities) WHERE name = 'entities'")
    for table, name in sorted(AT_COMMIT_TRIGGERS):
        exists = raw.execute(
            "SELECT 1 FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n"
            " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname = %s AND t.tgname = %s",
            (table, name),
        ).fetchone()
        if exists is None:
            raw.execute(triggers[name])
            changed = True
    return changed


def has_trigram_index(conn: PgConnection) -> bool:
    return (
        conn.raw.execute(
            "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relname = %s AND c.relkind = 'i'",
            (TRIGRAM_INDEX,),
        ).fetchone()
        is not None
    )


def _function_ddl() -> dict[str, list[str]]:
    """Each of docket's functions by name (``substr`` has two)."""
    out: dict[str, list[str]] = {}
    for chunk in re.split(r"\n(?=CREATE FUNCTION )", _FUNCTIONS):
        m = re.search(r"CREATE FUNCTION (\w+)\(", chunk)
        if m:
            out.setdefault(m.group(1), []).append(chunk.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    return out


def _trigger_ddl() -> dict[str, str]:
    """Each of docket's triggers and PostgreSQL-only indexes by name."""
    out = {}
    for statement in _TRIGGERS.split(";\n"):
        m = re.match(r"\s*CREATE (?:CONSTRAINT TRIGGER|TRIGGER|INDEX) (\w+)", statement)
        if m:
            out[m.group(1)] = statement.strip()
    return out


def repair_store(where: PostgresLocation) -> list[str]:
    """``docket check --repair`` on PostgreSQL: in one transaction, drop the
    triggers, functions, views and indexes that are not docket's and make
    again those of docket's that are missing (refilling the full-text table
    and the row counts when their triggers were missing). Returns what was
    done. A table that is not docket's, or one of docket's altered or
    missing, is not touched: :class:`StoreError` (restore from ``pg_dump``).
    The audit trail is evidence and is never rewritten."""
    from psycopg import sql

    from ..db import describe_problems

    conn = _open(where, read_only=False, verify=False)
    raw = conn.raw
    done: list[str] = []
    try:
        problems = schema_problems(conn)
        if not problems:
            # a store made before the server had pg_trgm (or by a role that
            # could not create it) gains the trigram index where it now can;
            # one made before docket folded accents has them folded
            if not has_trigram_index(conn) or not folds_accents(conn) or not counts_at_commit(conn):
                conn.execute("BEGIN IMMEDIATE")
                if _count_at_commit(raw):
                    done.append("rows added are now counted at commit: several ingests write their documents at once")
                if not has_trigram_index(conn) and trigram_index(raw):
                    done.append(f"made the trigram index {TRIGRAM_INDEX} (pg_trgm) for type-ahead by substring")
                if not folds_accents(conn):
                    for ddl in _function_ddl()["docket_fts"]:
                        raw.execute(ddl)
                    raw.execute("UPDATE documents SET title = title")  # the trigger indexes every document again
                    done.append("rebuilt the full-text index with accents folded")
                conn.execute("COMMIT")
            return done
        tables = [p for p in problems if p.type == "table"]
        if tables:
            raise _store_error(
                f"{where}: cannot repair safely: {describe_problems(tables)}; restore a pg_dump, "
                "or move a table that is not docket's out of the store's schema"
            )
        want = expected()
        functions, triggers = _function_ddl(), _trigger_ddl()
        conn.execute("BEGIN IMMEDIATE")
        for p in (p for p in problems if p.kind == "unknown"):
            if p.type == "trigger":
                for (table,) in raw.execute(
                    "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname = current_schema() AND t.tgname = %s AND NOT t.tgisinternal",
                    (p.name,),
                ).fetchall():
                    raw.execute(sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(p.name), sql.Identifier(table)))
            elif p.type == "function":
                for (signature,) in raw.execute(
                    "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                    " WHERE n.nspname = current_schema() AND p.proname = %s",
                    (p.name,),
                ).fetchall():
                    raw.execute(sql.SQL("DROP FUNCTION {} CASCADE").format(sql.SQL(signature)))
            elif p.type == "view":
                raw.execute(sql.SQL("DROP VIEW IF EXISTS {} CASCADE").format(sql.Identifier(p.name)))
            elif p.type == "index":
                raw.execute(sql.SQL("DROP INDEX IF EXISTS {}").format(sql.Identifier(p.name)))
            done.append(f"dropped unknown {p.type} {p.name}")
        missing = [p for p in problems if p.kind == "missing"]
        order = {"function": 0, "index": 1, "view": 2, "trigger": 3}
        for p in sorted(missing, key=lambda p: order.get(p.type, 9)):
            if p.type == "function":
                for ddl in functions[p.name]:
                    raw.execute(ddl)
            elif p.type == "index":
                raw.execute(want["indexes"].get(p.name) or triggers[p.name])
            elif p.type == "view":
                raw.execute(want["views"][p.name])
            elif p.type == "trigger":
                raw.execute(triggers[p.name])
            done.append(f"rebuilt {p.type} {p.name}")
        if _count_at_commit(raw):
            done.append("rows added are now counted at commit: several ingests write their documents at once")
        rebuilt = {p.name for p in missing if p.type == "trigger"}
        if "documents_fts_write" in rebuilt:
            raw.execute("UPDATE documents SET title = title")  # the trigger indexes every document again
            done.append("rebuilt the full-text index")
        if rebuilt & {"documents_counted", "documents_uncounted", "entities_counted", "entities_uncounted"}:
            raw.execute("UPDATE counts SET n = (SELECT count(*) FROM documents) WHERE name = 'documents'")
            raw.execute("UPDATE counts SET n = (SELECT count(*) FROM entities) WHERE name = 'entities'")
            done.append("recounted documents and entities")
        left = schema_problems(conn)
        if left:
            raise _store_error(f"{where}: repair did not take: {describe_problems(left)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(Exception):
                raw.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return done


#: What each role may do beyond reading every table: an analyst who ingests
#: and corrects writes the data tables; every role appends to the audit
#: trail (its searches and exports are recorded). The full-text table, the
#: row counts and the audit's high-water mark are written by triggers with
#: the owner's rights. Nobody but the owner may TRUNCATE, ALTER, or make
#: triggers.
_WRITTEN_BY_INGEST = (
    "documents",
    "entities",
    "entity_aliases",
    "document_entities",
    "mentions",
    "document_operations",
    "operation_stats",
    "operation_summary",
    "document_signatures",
    "document_bands",
    "curations",
    "curation_effects",
)


def grants(role: str, *, write: bool = True, schema: str = "public") -> list[str]:
    """The statements that give ``role`` the least rights docket needs on
    a store in ``schema`` (run them as the store's owner):
    ``write`` for analysts who ingest and correct, else read-only (their
    searches and exports are still audited)."""
    from psycopg import sql

    who, where = sql.Identifier(role).as_string(None), sql.Identifier(schema).as_string(None)
    out = [
        f"GRANT USAGE ON SCHEMA {where} TO {who}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {where} TO {who}",
        f"GRANT INSERT ON {where}.audit TO {who}",
    ]
    if write:
        tables = ", ".join(f"{where}.{t}" for t in _WRITTEN_BY_INGEST)
        out += [
            f"GRANT INSERT, UPDATE, DELETE ON {tables} TO {who}",
            f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {where} TO {who}",
        ]
    return out


def _has_meta(raw) -> bool:
    return raw.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0] in (1, True)


def store_exists(where: PostgresLocation) -> bool:
    """Whether the database holds a store (a database with no ``meta``
    table is an empty store-to-be, as a missing file is for SQLite)."""
    raw = _connect_raw(where, read_only=True)
    try:
        return _has_meta(raw)
    finally:
        raw.close()


def create_store(where: PostgresLocation) -> None:
    """Build docket's schema in the (empty) database, in one transaction;
    two processes creating it at once make it once."""
    raw = _connect_raw(where, read_only=False)
    conn = PgConnection(raw, where, read_only=False)
    try:
        raw.execute("BEGIN")
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        if not _has_meta(raw):
            _build(conn)
        raw.execute("COMMIT")
    except Exception as exc:
        with contextlib.suppress(Exception):
            raw.execute("ROLLBACK")
        import psycopg

        if isinstance(exc, psycopg.Error):
            raise _store_error(f"{where}: cannot create the store ({_first_line(exc)})") from None
        raise
    finally:
        conn.close()


def _check_version(raw, where: PostgresLocation) -> int:
    from ..db import SCHEMA_VERSION

    if not _has_meta(raw):
        raise _store_error(f"{where}: no such store (create one with `docket ingest`)")
    row = raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if row is None or not str(row[0]).isdigit():
        raise _store_error(f"{where}: not a docket store (its meta table names no schema version)")
    version = int(row[0])
    if version > SCHEMA_VERSION:
        raise _store_error(f"{where}: made by a newer docket (schema {version}, this one reads {SCHEMA_VERSION})")
    if version < 1:
        raise _store_error(f"{where}: not a docket store (schema version {version})")
    return version


def _open(where: PostgresLocation, *, read_only: bool, verify: bool) -> PgConnection:
    from ..db import SCHEMA_VERSION, SchemaError, describe_problems

    raw = _connect_raw(where, read_only=read_only)
    conn = PgConnection(raw, where, read_only=read_only)
    try:
        version = _check_version(raw, where)
        if verify:
            # an older store is verified against its own version's schema
            # (as on SQLite), then upgraded by a writer
            problems = schema_problems(conn, version)
            if problems:
                raise SchemaError(
                    f"{where}: refused: its schema is not docket's ({describe_problems(problems)}); "
                    "`docket check` lists what differs",
                    problems,
                )
        if version < SCHEMA_VERSION and not read_only:
            migrate_store(conn, version)
    except BaseException:
        conn.close()
        raise
    return conn


# ------------------------------------------------------------- migrations

_ADD_COLUMN = re.compile(r"(\bADD\s+COLUMN\s+)(\w+|\"\w+\")\s+(INTEGER|REAL|BLOB|TEXT)\b", re.IGNORECASE)
_STEP_HEAD = re.compile(
    r"\s*(CREATE\s+VIRTUAL\s+TABLE|CREATE\s+TRIGGER|CREATE\s+TABLE|CREATE\s+(?:UNIQUE\s+)?INDEX|ALTER\s+TABLE)\b",
    re.IGNORECASE,
)


def migration_step(statement: str) -> str | None:
    """One SQL step of ``store.db.MIGRATIONS`` (written once, in SQLite's
    dialect) as PostgreSQL runs it; None when it has no meaning here.
    Tables, columns and indexes are translated as the schema is
    (:func:`table_ddl`, :func:`_index_ddl`); SQLite's triggers and FTS5
    tables, and the statements that fill them, are SQLite's machinery:
    PostgreSQL's own triggers (:data:`_TRIGGERS`) are made after the steps,
    on the tables the new version has. Data statements go through
    :func:`translate`, as every statement of docket does."""
    if re.search(r"\b(entities_trigram|documents_fts)\b", statement):
        return None
    head = _STEP_HEAD.match(statement)
    kind = " ".join(head.group(1).upper().split()) if head else ""
    if kind in ("CREATE VIRTUAL TABLE", "CREATE TRIGGER"):
        return None
    if kind == "CREATE TABLE":
        return table_ddl(statement)
    if kind.endswith("INDEX"):
        return _index_ddl(statement)
    if kind == "ALTER TABLE":
        typed = lambda m: f"{m.group(1)}{m.group(2)} {_TYPE_NAMES[m.group(3).upper()]}"  # noqa: E731
        return "".join(
            _USER.sub('"user"', _ADD_COLUMN.sub(typed, p)) if code else p for code, p in _split_literals(statement, "'")
        )
    return translate(statement)


def migrate_store(conn: PgConnection, version: int) -> None:
    """Bring a PostgreSQL store from schema ``version`` to today's: every
    step of ``store.db.MIGRATIONS`` from there, translated
    (:func:`migration_step`; a step that is a function runs on this
    connection, through the adapter), then PostgreSQL's own triggers for
    the new tables, the new version in ``meta``, and the schema verified —
    all in one transaction under the store's locks, so the store is
    upgraded whole or not at all, and once when several processes open it
    together. Needs the rights of the store's owner (``ALTER TABLE``)."""
    from ..db import MIGRATIONS, SCHEMA_VERSION, describe_problems

    raw = conn.raw
    try:
        raw.execute("BEGIN")
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        version = int(raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        if version < SCHEMA_VERSION:  # not upgraded meanwhile by another process
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step]:
                    if callable(statement):
                        statement(conn)  # type: ignore[arg-type]
                    else:
                        sql = migration_step(statement)
                        if sql is not None:
                            raw.execute(sql)
            _count_at_commit(raw)  # today's docket_count, which the count triggers below need
            have = {
                (table, name)
                for table, name in raw.execute(
                    "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
                ).fetchall()
            }
            triggers = _trigger_ddl()
            for _, name in sorted(expected()["triggers"] - have):
                raw.execute(triggers[name])
            raw.execute("UPDATE meta SET value = %s WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
            left = schema_problems(conn)
            if left:
                raise _store_error(
                    f"{conn.location}: upgrading from schema {version} did not give docket's schema "
                    f"({describe_problems(left)}); nothing was changed"
                )
        raw.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(Exception):
            raw.execute("ROLLBACK")
        import psycopg

        if isinstance(exc, psycopg.Error):
            raise _store_error(
                f"{conn.location}: cannot upgrade the store from schema {version} ({_first_line(exc)});"
                " nothing was changed (the store's owner must open it once with this docket)"
            ) from None
        raise


def connect(where: PostgresLocation, *, verify: bool = True) -> PgConnection:
    """A read-only connection (every transaction read-only)."""
    return _open(where, read_only=True, verify=verify)


def open_writer(where: PostgresLocation) -> PgDatabase:
    return PgDatabase(_open(where, read_only=False, verify=True))


def schema_problems(conn: PgConnection, version: int | None = None) -> list:
    """What differs between the store's schema (its tables and their
    columns, indexes, views, triggers and docket's functions, in the
    connection's schema) and the one docket builds."""
    from ..db import SchemaProblem

    want = expected(version)
    raw = conn.raw
    problems: list[SchemaProblem] = []
    columns: dict[str, list[str]] = {}
    for table, column in raw.execute(
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum"
    ):
        columns.setdefault(table, []).append(column)
    for table, cols in columns.items():
        wanted = want["columns"].get(table)
        if wanted is None:
            problems.append(SchemaProblem("unknown", "table", table))
        elif cols != wanted:
            problems.append(SchemaProblem("altered", "table", table))
    problems += [SchemaProblem("missing", "table", t) for t in want["columns"] if t not in columns]
    indexes = {
        name
        for (name,) in raw.execute(
            "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
            " JOIN pg_namespace n ON n.oid = i.relnamespace WHERE n.nspname = current_schema()"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)"
        )
    }
    want_indexes = set(want["indexes"]) | EXTRA_INDEXES
    optional = {TRIGRAM_INDEX}  # pg_trgm's index, where the server has pg_trgm
    problems += [SchemaProblem("unknown", "index", i) for i in sorted(indexes - want_indexes - optional)]
    problems += [SchemaProblem("missing", "index", i) for i in sorted(want_indexes - indexes)]
    views = {
        name
        for (name,) in raw.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')"
        )
    }
    problems += [SchemaProblem("unknown", "view", v) for v in sorted(views - set(want["views"]))]
    problems += [SchemaProblem("missing", "view", v) for v in sorted(set(want["views"]) - views)]
    triggers = {
        (table, name)
        for table, name in raw.execute(
            "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = current_schema() AND NOT t.tgisinternal"
        )
    }
    want_triggers = want["triggers"]
    source = _function_source(raw, "docket_count")
    if source is not None and COUNTS_AT_COMMIT not in source:
        # a store made before rows were counted at commit: right as it is
        # (its writers take turns; `docket check --repair` updates it)
        want_triggers = want_triggers - AT_COMMIT_TRIGGERS
    problems += [SchemaProblem("unknown", "trigger", n) for _, n in sorted(triggers - want_triggers)]
    problems += [SchemaProblem("missing", "trigger", n) for _, n in sorted(want_triggers - triggers)]
    functions = {
        name
        for (name,) in raw.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = current_schema() AND p.prokind IN ('f', 'p')"
            # an extension's own (pg_trgm's, where the server has it) are not docket's to judge
            " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
            " AND d.objid = p.oid AND d.deptype = 'e')"
            " AND EXISTS (SELECT 1 FROM pg_language l WHERE l.oid = p.prolang AND l.lanname IN ('plpgsql', 'sql'))"
        )
    }
    problems += [SchemaProblem("unknown", "function", f) for f in sorted(functions - FUNCTIONS)]
    problems += [SchemaProblem("missing", "function", f) for f in sorted(FUNCTIONS - functions)]
    order = {"trigger": 0, "function": 0, "view": 1, "index": 2, "table": 3}
    return sorted(problems, key=lambda p: (order.get(p.type, 4), p.kind, p.name))


def check_store(where: PostgresLocation) -> list[tuple[bool, str]]:
    """``docket check`` on PostgreSQL: schema, the audit chain, the
    full-text table and every count (as on SQLite; the server keeps its
    own pages sound, so there is no integrity_check to run)."""
    from ..maintenance import _audit_findings, _closing_findings, _count_findings, _schema_findings, _version_finding

    conn = connect(where, verify=False)
    out: list[tuple[bool, str]] = []
    try:
        server = conn.execute("SHOW server_version").fetchone()[0]
        out.append((True, f"PostgreSQL {server}: {where}"))
        version = _check_version(conn.raw, where)
        out.append(_version_finding(version, "in one transaction, as the store's owner"))
        problems = schema_problems(conn, version)
        out.extend(_schema_findings(problems))
        damaged = {p.name for p in problems if p.type == "table" and p.kind != "unknown"}
        if "audit" not in damaged and "audit_issued" not in damaged:
            out.extend(_audit_findings(conn))
        if damaged:
            out.append((False, "Other checks skipped: they read tables that are not docket's"))
            return out
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        out.append((docs == fts, f"Full-text index: {fts} of {docs} document(s) indexed"))
        if folds_accents(conn):
            out.append((True, "Full-text index: accents folded (Malaga finds Málaga)"))
        else:
            out.append(
                (
                    True,
                    "Full-text index: words as written (made before accents were folded; `check --repair` folds them)",
                )
            )
        if has_trigram_index(conn):
            out.append((True, "Type-ahead by substring: a trigram index (pg_trgm)"))
        else:
            out.append((True, "Type-ahead by substring: a bounded scan (pg_trgm is not in this store's database)"))
        counted = {r[0]: r[1] for r in conn.execute("SELECT name, n FROM counts")}
        n_entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
        good = counted.get("documents") == docs and counted.get("entities") == n_entities
        out.append((good, "Row counts kept by triggers: " + ("right" if good else f"{counted} disagree")))
        if counts_at_commit(conn):
            out.append((True, "Ingests at once: write their documents side by side (rows counted at commit)"))
        else:
            turns = "take turns for whole batches (made before; `check --repair` lets them overlap)"
            out.append((True, "Ingests at once: " + turns))
        out.extend(_count_findings(conn))
        dup = conn.execute("SELECT count(*) FROM (SELECT sha256 FROM documents GROUP BY sha256 HAVING count(*) > 1) t")
        dups = dup.fetchone()[0]
        out.append((dups == 0, f"Documents stored twice: {dups}"))
        out.extend(_closing_findings(conn, docs))
    finally:
        conn.close()
    return out


def pool(where: PostgresLocation, keep: int = 4):
    """Read-only connections lent to one thread at a time: the pool of
    :class:`store.db.ConnectionPool`, opening PostgreSQL connections, rolling
    back what a failed query left open, and never lending a broken one again."""
    from ..db import ConnectionPool

    def rollback(conn: PgConnection) -> None:
        if conn.in_transaction:
            with contextlib.suppress(Exception):
                conn.raw.execute("ROLLBACK")

    return ConnectionPool(
        where,  # type: ignore[arg-type]
        keep,
        opener=connect,
        on_error=rollback,
        reusable=lambda conn: not (conn.raw.closed or conn.raw.broken),
    )


# ------------------------------------------------------------- read dialect


def _lexeme(word: str) -> str:
    """One word or phrase quoted for ``to_tsquery``: inside quotes nothing is
    an operator; the parser splits it into lexemes (a phrase where several)."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(user_text: str) -> str | None:
    """The ``to_tsquery`` text for a search box entry, read as
    :func:`store.queries.parse_search` reads it (phrases, ``-word``,
    ``OR``, prefixes), every word quoted; None when nothing searchable was
    typed. Never raises on any input."""
    from ..queries import search_groups

    def term(t) -> str:
        words = " ".join(t.words)
        suffix = ":*" if t.prefix else ""
        folded = fold_accents(words)
        if folded == words:
            return _lexeme(words) + suffix
        # as written or without accents: a store made before accents were
        # folded holds words as written, a newer one without accents
        return f"({_lexeme(words)}{suffix} | {_lexeme(folded)}{suffix})"

    groups, excluded = search_groups(user_text, term)
    if not groups:
        return None
    match = " | ".join("(" + " & ".join(g) + ")" for g in groups)
    if excluded:
        match = f"({match})" + "".join(f" & !{e}" for e in excluded)
    return match


class PostgresDialect:
    engine = "postgres"

    @staticmethod
    def match(user_text: str) -> str | None:
        return tsquery(user_text)

    _Q = f"(SELECT to_tsquery('{TS_CONFIG}', ?) AS q) q CROSS JOIN documents_fts f"
    #: Ranked as FTS5's ``bm25(documents_fts, 5.0, 1.0)`` ranks: the title's
    #: words weigh five times the text's (weights D, C, B, A), and the rank
    #: is divided by the document's length (normalization 2), as bm25 divides
    #: by length — without it ``ts_rank_cd`` puts the longest documents
    #: first for any common word (the first 50 for "arrests" of 20,000
    #: benchmark reports: a median of 170 KB against FTS5's 1.7 KB, none
    #: the same; docs/benchmarks.md, "Full-text search on PostgreSQL: the
    #: index, not a scan").
    _RANK = "ts_rank_cd(ARRAY[0.2, 0.2, 0.2, 1.0]::real[], f.search, q.q, 2)"
    count_all = f"SELECT count(*) AS n FROM {_Q} WHERE f.search @@ q.q"
    count_dated = (
        f"SELECT count(*) AS n FROM {_Q} JOIN documents d ON d.id = f.document_id WHERE f.search @@ q.q{{clause}}"
    )
    page_all = (
        f"SELECT f.document_id AS id FROM {_Q} WHERE f.search @@ q.q"
        f" ORDER BY {_RANK} DESC, f.document_id LIMIT ? OFFSET ?"
    )
    page_dated = (
        f"SELECT f.document_id AS id FROM {_Q} JOIN documents d ON d.id = f.document_id WHERE f.search @@ q.q{{clause}}"
        f" ORDER BY {_RANK} DESC, f.document_id LIMIT ? OFFSET ?"
    )
    ids = f"SELECT f.document_id AS id FROM {_Q} WHERE f.search @@ q.q"
    #: Run before each full-text query, in a transaction of its own. For a
    #: word most documents hold the planner's estimate favours reading every
    #: row of ``documents_fts`` (each vector detoasted to test the match, and
    #: again to rank it); the GIN index's bitmap gives the same rows without
    #: reading a vector to count them, and reads each match's once to rank
    #: it (docs/benchmarks.md, "Full-text search on PostgreSQL: the index,
    #: not a scan"). Only these queries run with it.
    search_settings: tuple[str, ...] = ("SET LOCAL enable_seqscan = off",)

    @staticmethod
    def substring(key: str) -> str:
        from ..queries import like_escape

        return f"%{like_escape(key)}%"

    substring_count = "SELECT count(*) AS n FROM (SELECT 1 FROM entities WHERE key LIKE ? ESCAPE '\\' LIMIT ?) AS t"
    substring_ids = "SELECT id FROM entities WHERE key LIKE ? ESCAPE '\\'"


DIALECT = PostgresDialect()
