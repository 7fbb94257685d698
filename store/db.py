"""The docket store: one SQLite file, created with sqlite-utils.

Every SQL statement of docket lives in ``store/``; this module owns the
schema, connections and the checks made when a store is opened.

A store file is data, not code: SQLite runs whatever triggers and views a
file carries, so every connection starts with ``PRAGMA trusted_schema =
OFF``, and a store is used only when its schema (tables, indexes, triggers
and views, by name and SQL) is the one docket itself builds for its schema
version — see :func:`schema_problems`. ``docket check`` names the objects
that differ and ``docket check --repair`` can put them right.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from . import engines
from .audit import chain_rows_into
from .files import create_private_file, make_private_dirs

__all__ = [
    "SCHEMA_VERSION",
    "APPLICATION_ID",
    "StoreError",
    "SchemaError",
    "expected_schema",
    "schema_problems",
    "default_store_path",
    "create_store",
    "connect",
    "open_writer",
    "store_exists",
    "store_location",
    "utc_now",
]

#: ``PRAGMA user_version`` of the schema this code writes.
SCHEMA_VERSION = 10
#: ``PRAGMA application_id``: marks a SQLite file as a docket store ("DKT1").
APPLICATION_ID = 0x444B5431
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """A store that cannot be used, with a one-line reason for the user."""


class SchemaError(StoreError):
    """A store whose schema is not the one docket builds: ``problems``
    names each object that is unknown, altered or missing."""

    def __init__(self, message: str, problems: list[SchemaProblem]) -> None:
        super().__init__(message)
        self.problems = problems


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def default_store_path() -> Path:
    """``$DOCKET_DB``, else ``$XDG_DATA_HOME/docket/docket.db``. (A
    ``postgresql://`` URL in ``$DOCKET_DB`` names a PostgreSQL store: see
    :mod:`store.engines`.)"""
    env = os.environ.get("DOCKET_DB")
    if env:
        return engines.location(env)  # type: ignore[return-value]
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base).expanduser() / "docket" / "docket.db"


def store_location(value: str | Path) -> Path:
    """The store ``value`` names: a path (SQLite) or a ``postgresql://`` URL
    (see :mod:`store.engines`); callers pass it on without looking inside."""
    return engines.location(value)  # type: ignore[return-value]


def store_exists(path: Path) -> bool:
    if engines.is_postgres(path):
        return engines.postgres.store_exists(path)  # type: ignore[arg-type]
    return path.exists() and path.stat().st_size > 0


_SCHEMA = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    published TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    entity_count INTEGER NOT NULL DEFAULT 0,
    mention_count INTEGER NOT NULL DEFAULT 0,
    figure_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('PERSON', 'ORG', 'LOCATION', 'OPERATION')),
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    mention_count INTEGER NOT NULL DEFAULT 0,
    document_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (type, key)
);
CREATE INDEX entities_key ON entities (key);
CREATE INDEX entities_rank ON entities (mention_count DESC, id);
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    alias_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (entity_id, alias_id)
) WITHOUT ROWID;
CREATE TABLE document_entities (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    first_start INTEGER NOT NULL,
    PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX document_entities_entity ON document_entities (entity_id, document_id);
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL
);
CREATE INDEX mentions_document ON mentions (document_id, start);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE TABLE document_operations (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    operation_id INTEGER NOT NULL REFERENCES entities (id),
    year INTEGER,
    PRIMARY KEY (document_id, operation_id)
) WITHOUT ROWID;
CREATE INDEX document_operations_operation ON document_operations (operation_id);
CREATE TABLE operation_stats (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    operation_id INTEGER REFERENCES entities (id),
    metric TEXT NOT NULL
        CHECK (metric IN ('arrests', 'seized', 'rescued', 'identified', 'dismantled', 'other')),
    item TEXT,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    qualifier TEXT,
    scope TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX operation_stats_operation ON operation_stats (operation_id, metric);
-- One row per operation, kept up to date by ingest, so the operations
-- table sorts on any column without aggregating figures.
CREATE TABLE operation_summary (
    operation_id INTEGER PRIMARY KEY REFERENCES entities (id),
    name TEXT NOT NULL,
    year INTEGER,
    arrests REAL,
    seizures INTEGER NOT NULL DEFAULT 0,
    other INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX operation_summary_documents ON operation_summary (documents DESC, name);
CREATE INDEX operation_summary_arrests ON operation_summary (arrests DESC);
CREATE INDEX operation_summary_year ON operation_summary (year DESC);
CREATE INDEX operation_summary_name ON operation_summary (name COLLATE NOCASE);
-- Views for the common questions, so Datasette and sqlite-utils users can
-- browse a store without knowing the tables.
CREATE VIEW figures_per_operation AS
SELECT o.name AS operation, s.metric, s.item, s.value, s.unit, s.qualifier, s.scope,
       d.id AS document_id, d.title, d.source,
       substr(d.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) AS evidence
FROM operation_stats s
LEFT JOIN entities o ON o.id = s.operation_id
JOIN documents d ON d.id = s.document_id;
CREATE VIEW documents_per_entity AS
SELECT e.type, e.name, d.id AS document_id, d.title, d.source, de.mention_count AS mentions
FROM document_entities de
JOIN entities e ON e.id = de.entity_id
JOIN documents d ON d.id = de.document_id;
CREATE INDEX operation_stats_document ON operation_stats (document_id);
"""


# The full-text index over titles and text, exactly as sqlite-utils'
# ``enable_fts(["title", "text"], create_triggers=True)`` makes it (line
# breaks aside), so that `sqlite-utils search` and Datasette understand it.
# Written out here so that the schema docket verifies stores against does
# not change with the installed sqlite-utils.
_FULL_TEXT = """
CREATE VIRTUAL TABLE "documents_fts" USING FTS5 (
    "title", "text",
    content="documents"
);
CREATE TRIGGER "documents_ai" AFTER INSERT ON "documents" BEGIN
  INSERT INTO "documents_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END;
CREATE TRIGGER "documents_ad" AFTER DELETE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text") VALUES('delete',
    old.rowid, old."title", old."text");
END;
CREATE TRIGGER "documents_au" AFTER UPDATE ON "documents" BEGIN
  INSERT INTO "documents_fts" ("documents_fts", rowid, "title", "text") VALUES('delete',
    old.rowid, old."title", old."text");
  INSERT INTO "documents_fts" (rowid, "title", "text") VALUES (new.rowid, new."title", new."text");
END;
"""


# Each migration takes a store from version N to N + 1, inside one
# transaction, after a backup. A new store runs them all. A step is an SQL
# statement or a function given the connection.
MigrationStep = str | Callable[[sqlite3.Connection], None]
MIGRATIONS: dict[int, list[MigrationStep]] = {
    # 1 → 2: the append-only audit trail (ingest, search, export, open).
    1: [
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            outcome TEXT NOT NULL
        )""",
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    ],
    # 2 → 3: a trigram index over entity keys, so type-ahead finds a
    # substring without scanning every entity.
    2: [
        """CREATE VIRTUAL TABLE entities_trigram USING fts5(
            key, content='entities', content_rowid='id', tokenize='trigram')""",
        "INSERT INTO entities_trigram (rowid, key) SELECT id, key FROM entities",
        # keys never change once written, so inserts are the only event to follow
        """CREATE TRIGGER entities_trigram_ai AFTER INSERT ON entities
           BEGIN INSERT INTO entities_trigram (rowid, key) VALUES (new.id, new.key); END""",
    ],
    # 3 → 4: row counts kept by triggers, so the first screen of a large
    # store never counts rows; an index for lists filtered by type.
    3: [
        "CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
        "INSERT INTO counts SELECT 'documents', count(*) FROM documents",
        "INSERT INTO counts SELECT 'entities', count(*) FROM entities",
        """CREATE TRIGGER documents_counted AFTER INSERT ON documents
           BEGIN UPDATE counts SET n = n + 1 WHERE name = 'documents'; END""",
        """CREATE TRIGGER documents_uncounted AFTER DELETE ON documents
           BEGIN UPDATE counts SET n = n - 1 WHERE name = 'documents'; END""",
        """CREATE TRIGGER entities_counted AFTER INSERT ON entities
           BEGIN UPDATE counts SET n = n + 1 WHERE name = 'entities'; END""",
        """CREATE TRIGGER entities_uncounted AFTER DELETE ON entities
           BEGIN UPDATE counts SET n = n - 1 WHERE name = 'entities'; END""",
        "CREATE INDEX entities_type_rank ON entities (type, mention_count DESC)",
    ],
    # 4 → 5: why a document was stored without extraction ("too slow"),
    # NULL when extraction ran; ingest retries such documents and
    # `docket check` lists them (the index holds only those rows).
    4: [
        "ALTER TABLE documents ADD COLUMN extraction_stopped TEXT",
        "CREATE INDEX documents_extraction_stopped ON documents (id) WHERE extraction_stopped IS NOT NULL",
    ],
    # 5 → 6: the audit trail becomes a hash chain (see store/audit.py): the
    # rows are copied, in id order, into a table whose ids are never reused
    # (AUTOINCREMENT) and whose every row carries its chained hash; a third
    # trigger refuses rows that do not come after every id ever issued, so
    # REPLACE INTO cannot put a row back in place.
    5: [
        "ALTER TABLE audit RENAME TO audit_unchained",
        """CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            outcome TEXT NOT NULL,
            hash TEXT NOT NULL
        )""",
        lambda conn: chain_rows_into(conn, "audit_unchained"),
        "DROP TABLE audit_unchained",  # and its two triggers with it
        """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
        """CREATE TRIGGER audit_append_only BEFORE INSERT ON audit
           WHEN new.id <= coalesce((SELECT max(id) FROM audit), 0)
             OR new.id <= coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'audit'), 0)
           BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    ],
    # 6 → 7: copies of one release and published dates (issue #13).
    # ``copy_of`` names a copy's original (NULL on originals); each
    # document's MinHash signature and its LSH band keys are kept so that a
    # copy arriving in a later ingest finds its group by an indexed lookup
    # (store/copies.py). An index on ``published`` sorts and filters by
    # date; documents stored before get their date and their copy group from
    # their stored text. An operation whose year no text gives shows the
    # year its documents were published in, marked ``year_inferred``.
    6: [
        "ALTER TABLE documents ADD COLUMN copy_of INTEGER",
        "CREATE INDEX documents_copy_of ON documents (copy_of) WHERE copy_of IS NOT NULL",
        "CREATE INDEX documents_published ON documents (published)",
        """CREATE TABLE document_signatures (
            document_id INTEGER PRIMARY KEY,
            signature BLOB NOT NULL
        )""",
        """CREATE TABLE document_bands (
            band INTEGER NOT NULL,
            document_id INTEGER NOT NULL,
            PRIMARY KEY (band, document_id)
        ) WITHOUT ROWID""",
        "ALTER TABLE operation_summary ADD COLUMN year_inferred INTEGER NOT NULL DEFAULT 0",
        lambda conn: _backfill_dates_and_copies(conn),
    ],
    # 7 → 8: headline figures per operation instance (store/summary.py):
    # arrests and rescued as numbers with their hedge, the main seizures as
    # quantities, counts of figures named as counts, conflicts between
    # documents, and the series of the codename. The table is made anew and
    # every operation's row recomputed from its figures.
    7: [
        "DROP TABLE operation_summary",  # and its indexes
        """CREATE TABLE operation_summary (
            operation_id INTEGER PRIMARY KEY REFERENCES entities (id),
            name TEXT NOT NULL,
            year INTEGER,
            year_inferred INTEGER NOT NULL DEFAULT 0,
            series TEXT NOT NULL,
            arrests REAL,
            arrests_qualifier TEXT,
            rescued REAL,
            rescued_qualifier TEXT,
            main_seizures TEXT NOT NULL DEFAULT '',
            seizure_figures INTEGER NOT NULL DEFAULT 0,
            other_figures INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            documents INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX operation_summary_documents ON operation_summary (documents DESC, name)",
        "CREATE INDEX operation_summary_arrests ON operation_summary (arrests DESC)",
        "CREATE INDEX operation_summary_rescued ON operation_summary (rescued DESC)",
        "CREATE INDEX operation_summary_year ON operation_summary (year DESC)",
        "CREATE INDEX operation_summary_name ON operation_summary (name COLLATE NOCASE)",
        "CREATE INDEX operation_summary_series ON operation_summary (series, year)",
        "CREATE INDEX operation_summary_conflicts ON operation_summary (operation_id) WHERE conflicts > 0",
        lambda conn: _refresh_summaries(conn),
    ],
    # 8 → 9: copy signatures made with a faster hash scheme (store/copies.py:
    # word hashes folded into shingle hashes, multiply-shift MinHash in
    # numpy, instead of SHA-1 per shingle through datasketch). Signatures of
    # two schemes never agree, so every stored document is signed anew; its
    # copy group is kept as it was found.
    8: [
        "DELETE FROM document_bands",
        "DELETE FROM document_signatures",
        lambda conn: _resign_documents(conn),
    ],
    # 9 → 10: analysts' corrections (issue #15, store/curate.py), kept apart
    # from what the extractor wrote and keyed by what survives re-extraction:
    # an entity by type and key, a figure or mention by its document's sha256
    # and character span. Rows are never changed or deleted (an undo is a new
    # row naming the one it reverses); ``curation_effects`` records where each
    # correction is in force (derived: rebuilt by ``docket reextract``), so a
    # correction in force nowhere is listed as an orphan. ``extractor`` is the
    # fingerprint of the extractor that wrote a document's rows (NULL: before
    # schema 10), for ``docket reextract --changed-only``.
    9: [
        "ALTER TABLE documents ADD COLUMN extractor TEXT",
        """CREATE TABLE curations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            uid TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            reason TEXT,
            action TEXT NOT NULL CHECK (action IN ('rename', 'merge', 'reject', 'retype', 'alias', 'figure',
                'reject-figure', 'add-figure', 'reject-mention', 'add-mention', 'undo', 'split', 'year')),
            entity_type TEXT,
            entity_key TEXT,
            sha256 TEXT,
            start INTEGER,
            "end" INTEGER,
            value TEXT NOT NULL DEFAULT '{}',
            original TEXT NOT NULL DEFAULT '{}',
            undoes INTEGER REFERENCES curations (id),
            origin TEXT
        )""",
        "CREATE INDEX curations_entity ON curations (entity_type, entity_key)",
        "CREATE INDEX curations_span ON curations (sha256, start)",
        "CREATE INDEX curations_undoes ON curations (undoes) WHERE undoes IS NOT NULL",
        """CREATE TRIGGER curations_no_update BEFORE UPDATE ON curations
           BEGIN SELECT RAISE(ABORT, 'corrections are never changed: undo one with a new correction'); END""",
        """CREATE TRIGGER curations_no_delete BEFORE DELETE ON curations
           BEGIN SELECT RAISE(ABORT, 'corrections are never deleted: undo one with a new correction'); END""",
        """CREATE TABLE curation_effects (
            curation_id INTEGER NOT NULL REFERENCES curations (id),
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            PRIMARY KEY (curation_id, document_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX curation_effects_document ON curation_effects (document_id)",
    ],
}


def _backfill_dates_and_copies(conn: sqlite3.Connection) -> None:
    """Dates, copy groups and inferred years for the documents of a store
    made before schema 7, from their stored text (nothing to do, and
    nothing imported, in a new store)."""
    if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
        return
    from .copies import index_unsigned
    from .extract.dates import published_date

    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, substr(text, 1, 2000) FROM documents WHERE id > ? AND published IS NULL ORDER BY id LIMIT 500",
            (last,),
        ).fetchall()
        if not rows:
            break
        updates = [(published_date(head), doc_id) for doc_id, head in rows]
        conn.executemany("UPDATE documents SET published = ? WHERE id = ?", [u for u in updates if u[0]])
        last = rows[-1][0]
    index_unsigned(conn)  # the summaries, inferred years included, are made anew by the next migration


def _resign_documents(conn: sqlite3.Connection) -> None:
    from .copies import resign_all

    resign_all(conn)


def _refresh_summaries(conn: sqlite3.Connection) -> None:
    from .summary import refresh_all_summaries

    refresh_all_summaries(conn)


def backup_to(conn: sqlite3.Connection, dest: Path) -> None:
    """Copy the store open on ``conn`` to the new file ``dest`` (0600) with
    SQLite's backup API."""
    create_private_file(dest)
    try:
        target = sqlite3.connect(dest)
        try:
            conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except BaseException:
        Path(dest).unlink(missing_ok=True)
        raise


def _migrate(conn: sqlite3.Connection, path: Path | None, version: int, target: int = SCHEMA_VERSION) -> None:
    """Bring a store from ``version`` to ``target``: a backup first
    (``STORE.vN.backup``), then every step in one transaction."""
    if version >= target:
        return
    if path is not None:
        backup = path.with_name(f"{path.name}.v{version}.backup")
        backup.unlink(missing_ok=True)  # left by an upgrade that did not finish
        backup_to(conn, backup)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in range(version, target):
            for statement in MIGRATIONS[step]:
                if callable(statement):
                    statement(conn)
                else:
                    conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _build_schema(conn: sqlite3.Connection, version: int = SCHEMA_VERSION) -> None:
    """Build an empty store's schema, at ``version``, on ``conn``."""
    conn.executescript(_SCHEMA)
    conn.executescript(_FULL_TEXT)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    _migrate(conn, None, 1, version)


# ------------------------------------------------------------ schema checks

#: SQLite's own bookkeeping: tables that hold statistics and AUTOINCREMENT
#: counters (data, never run), and the indexes behind UNIQUE / PRIMARY KEY.
_INTERNAL_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}


@dataclasses.dataclass(frozen=True)
class SchemaObject:
    type: str  # table, index, trigger, view
    name: str
    table: str  # the table it belongs to (its own name for tables and views)
    sql: str  # as SQLite stores it (None for automatic indexes: "")

    @property
    def normalised(self) -> str:
        return " ".join(self.sql.split())


@dataclasses.dataclass(frozen=True)
class SchemaProblem:
    kind: str  # "unknown", "altered", "missing"
    type: str
    name: str

    def __str__(self) -> str:
        return f"{self.kind} {self.type} {_short(self.name)}"


def _short(name: str, limit: int = 60) -> str:
    name = "".join(c if c.isprintable() else "?" for c in name)
    return name if len(name) <= limit else name[: limit - 1] + "…"


def read_schema(conn: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    """Every object of a store by (type, name), SQLite's bookkeeping left out.

    Reading ``sqlite_master`` runs nothing that the file carries.
    """
    out: dict[tuple[str, str], SchemaObject] = {}
    for type_, name, table, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if type_ == "table" and name in _INTERNAL_TABLES:
            continue
        if type_ == "index" and sql is None and str(name).startswith("sqlite_autoindex_"):
            continue
        obj = SchemaObject(str(type_), str(name), str(table), sql if isinstance(sql, str) else "")
        out[(obj.type, obj.name)] = obj
    return out


@functools.cache
def expected_schema(version: int = SCHEMA_VERSION) -> dict[tuple[str, str], SchemaObject]:
    """The schema docket builds at ``version``: a new store is made in
    memory and its ``sqlite_master`` read, so this can never drift from
    :data:`_SCHEMA` and :data:`MIGRATIONS`."""
    if not 1 <= version <= SCHEMA_VERSION:
        raise ValueError(version)
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        _build_schema(conn, version)
        return read_schema(conn)
    finally:
        conn.close()


def schema_problems(conn: sqlite3.Connection, version: int | None = None) -> list[SchemaProblem]:
    """What differs between the store on ``conn`` and the schema docket
    builds at the store's version: objects that are unknown, altered (same
    name and type, other SQL once whitespace is squeezed) or missing."""
    if version is None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not 1 <= version <= SCHEMA_VERSION:
        return [SchemaProblem("unknown", "schema version", str(version))]
    expected = expected_schema(version)
    actual = read_schema(conn)
    problems = []
    for key, obj in actual.items():
        want = expected.get(key)
        if want is None:
            problems.append(SchemaProblem("unknown", obj.type, obj.name))
        elif want.normalised != obj.normalised or want.table != obj.table:
            problems.append(SchemaProblem("altered", obj.type, obj.name))
    for key, want in expected.items():
        if key not in actual:
            problems.append(SchemaProblem("missing", want.type, want.name))
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    return sorted(problems, key=lambda p: (order.get(p.type, 4), p.kind, p.name))


def describe_problems(problems: list[SchemaProblem], limit: int = 4) -> str:
    named = ", ".join(str(p) for p in problems[:limit])
    if len(problems) > limit:
        named += f" and {len(problems) - limit} more"
    return named


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    problems = schema_problems(conn)
    if problems:
        raise SchemaError(
            f"{path}: refused: its schema is not docket's ({describe_problems(problems)}); "
            "`docket check` lists what differs, `docket check --repair` can fix it",
            problems,
        )


def _untrusted(conn: sqlite3.Connection) -> None:
    """The first statement on every connection: functions with side effects
    and unsafe virtual tables may not be used by the file's own triggers,
    views, CHECK constraints or indexes."""
    conn.execute("PRAGMA trusted_schema = OFF")


def _configure(conn: sqlite3.Connection, *, writer: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if writer:
        conn.execute("PRAGMA synchronous = NORMAL")


def _check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a docket store ({exc})") from None
    if app_id != APPLICATION_ID:
        raise StoreError(f"{path}: not a docket store (it is some other SQLite file)")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: made by a newer docket (schema {version}, this one reads {SCHEMA_VERSION})")


def create_store(path: Path) -> None:
    """Create an empty store at ``path`` (mode 0600, its folder 0700).

    The schema is built in a temporary file that is renamed into place, so
    a store either exists complete or not at all.
    """
    if engines.is_postgres(path):
        return engines.postgres.create_store(path)  # type: ignore[arg-type]
    path = Path(path)
    make_private_dirs(path.parent)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    create_private_file(tmp)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            _build_schema(conn)
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('store_id', ?), ('created_at', ?)",
                (uuid.uuid4().hex, utc_now()),
            )
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
        os.replace(tmp, path)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{tmp}{suffix}")
            except FileNotFoundError:
                pass
        raise


def open_writer(path: Path) -> sqlite_utils.Database:
    """A read-write connection to an existing store (autocommit; callers
    open their own transactions).

    The schema is verified before anything is written (a store with
    unknown, altered or missing objects raises :class:`SchemaError`); only
    then is the schema trusted, because docket's own full-text triggers
    write to FTS5 tables, which SQLite forbids to an untrusted schema.
    """
    if engines.is_postgres(path):
        return engines.postgres.open_writer(path)  # type: ignore[arg-type,return-value]
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such store")
    conn = None
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        _untrusted(conn)
        _check(conn, path)
        _configure(conn, writer=True)
        _verify(conn, path)
        conn.execute("PRAGMA trusted_schema = ON")  # verified: the schema is docket's own
        conn.execute("PRAGMA journal_mode = WAL")
        _migrate(conn, path, conn.execute("PRAGMA user_version").fetchone()[0])
    except (sqlite3.DatabaseError, StoreError, OSError) as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"{path}: cannot open store ({exc})") from None
    return sqlite_utils.Database(conn)


def connect(path: Path, *, shared: bool = False, verify: bool = True) -> sqlite3.Connection:
    """A read-only connection, for queries. ``shared`` lets a pool lend it
    to one thread after another (see :class:`ConnectionPool`).

    The schema stays untrusted, and with ``verify`` (the default) a store
    whose schema is not docket's is refused, as for writing: reading
    fires no trigger, but a table replaced by a view could still hang a
    query. ``docket check`` and ``docket backup`` read without verifying.
    """
    if engines.is_postgres(path):
        return engines.postgres.connect(path, verify=verify)  # type: ignore[arg-type,return-value]
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no such store")
    try:
        conn = _open_ro(path, immutable=False, shared=shared, verify=verify)
    except sqlite3.OperationalError:
        # A store on read-only media (or a folder we cannot write): SQLite
        # cannot make the WAL index, so read it as an immutable file.
        try:
            conn = _open_ro(path, immutable=True, shared=shared, verify=verify)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open store ({exc})") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open store ({exc})") from None
    conn.row_factory = sqlite3.Row
    return conn


def _open_ro(path: Path, *, immutable: bool, shared: bool = False, verify: bool = True) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=not shared
    )
    try:
        _untrusted(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        _check(conn, path)
        _configure(conn, writer=False)
        if verify:
            _verify(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


class ConnectionPool:
    """Read-only connections lent to one thread at a time.

    Textual starts a new thread for each worker, so one connection per
    thread would grow without bound; a connection here is checked out for
    one query and returned, never used by two threads at once, and the pool
    keeps at most ``keep`` idle ones.
    """

    def __init__(
        self,
        path: Path,
        keep: int = 4,
        *,
        opener: Callable[[Any], Any] | None = None,
        on_error: Callable[[Any], None] | None = None,
        reusable: Callable[[Any], bool] | None = None,
    ) -> None:
        """``opener``, ``on_error`` and ``reusable`` are another engine's (see
        :func:`store.engines.postgres.pool`): how a connection is opened, what
        a failed query leaves to undo, whether a returned one can be lent again."""
        self.path = path if opener is not None else Path(path)
        self.keep = keep
        self._open = opener or (lambda where: connect(where, shared=True))
        self._on_error = on_error
        self._reusable = reusable
        self._idle: list[Any] = []
        self._lock = threading.Lock()
        self._closed = False

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._open(self.path)
        try:
            yield conn
        except BaseException:
            if self._on_error is not None:
                self._on_error(conn)
            raise
        finally:
            with self._lock:
                if self._closed or len(self._idle) >= self.keep or (self._reusable and not self._reusable(conn)):
                    conn.close()
                else:
                    self._idle.append(conn)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            for conn in self._idle:
                conn.close()
            self._idle.clear()
