"""Keeping a store sound: the integrity check and its repair, backups, and
the audit trail. (The ingest lock lives in :mod:`store.lock`.)"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import audit as chain
from . import engines
from .db import (
    SCHEMA_VERSION,
    SchemaProblem,
    StoreError,
    backup_to,
    connect,
    describe_problems,
    expected_schema,
    open_writer,
    schema_problems,
    utc_now,
)
from .lock import IngestBusy, ingest_lock
from .text import visible

__all__ = [
    "check_store",
    "repair_store",
    "RepairReport",
    "backup_store",
    "ingest_lock",
    "audit",
    "audit_head",
    "read_audit",
    "IngestBusy",
    "grants",
]


# Stored counts that must agree with the rows behind them: (finding, noun, query).
_COUNT_CHECKS = (
    (
        "Entity counts match their mentions",
        "entities",
        "SELECT count(*) FROM entities e"
        " WHERE mention_count != (SELECT count(*) FROM mentions WHERE entity_id = e.id)"
        " OR document_count != (SELECT count(*) FROM document_entities WHERE entity_id = e.id)",
    ),
    (
        "Document counts match their mentions and figures",
        "documents",
        "SELECT count(*) FROM documents d"
        " WHERE mention_count != (SELECT count(*) FROM mentions WHERE document_id = d.id)"
        " OR figure_count != (SELECT count(*) FROM operation_stats WHERE document_id = d.id)",
    ),
)


def _schema_findings(problems: list[SchemaProblem]) -> list[tuple[bool, str]]:
    if not problems:
        return [(True, "Schema: every table, index, trigger and view is docket's own")]
    return [(False, f"Schema: {p} (not what docket builds)") for p in problems]


def _audit_findings(conn: sqlite3.Connection) -> list[tuple[bool, str]]:
    report = chain.verify_chain(conn)
    if report.problems:
        out = [(False, f"Audit trail: {problem}") for problem in report.problems]
        if report.more:
            out.append((False, f"Audit trail: {report.more} more problem(s)"))
        return out
    if not report.rows:
        return [(True, "Audit trail: empty")]
    return [
        (
            True,
            f"Audit trail: {report.rows} record(s), hash chain intact up to record {report.head_id} "
            f"(head {report.head_hash[:16]}…)",
        )
    ]


def check_store(path: Path) -> list[tuple[bool, str]]:
    """Plain-words findings about a store: (ok, what was checked and found).

    The store is opened without trusting or verifying its schema, so a
    tampered store can be examined: its schema is compared with docket's,
    and a check that reads a table runs only when that table is docket's
    own (an altered or missing table is reported, not read).
    """
    if engines.is_postgres(path):
        return engines.postgres.check_store(path)  # type: ignore[arg-type]
    conn = connect(path, verify=False)
    out: list[tuple[bool, str]] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        out.append((rows == ["ok"], "SQLite integrity check: " + ("ok" if rows == ["ok"] else "; ".join(rows[:5]))))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        out.append(
            (not fk, f"Foreign keys: {'every reference resolves' if not fk else f'{len(fk)} broken reference(s)'}")
        )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        out.append(_version_finding(version, "after a backup"))
        problems = schema_problems(conn, version)
        out.extend(_schema_findings(problems))
        damaged_tables = {p.name for p in problems if p.type == "table" and p.kind != "unknown"}
        if version >= 6 and "audit" not in damaged_tables:
            out.extend(_audit_findings(conn))
        if damaged_tables:
            out.append((False, "Other checks skipped: they read tables that are not docket's"))
            return out
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        out.append((docs == fts, f"Full-text index: {fts} of {docs} document(s) indexed"))
        out.extend(_count_findings(conn))
        out.extend(_closing_findings(conn, docs))
    finally:
        conn.close()
    return out


def _count_findings(conn) -> list[tuple[bool, str]]:
    """Stored counts against the rows they count, and entities without a
    document (both engines: SQLite here, PostgreSQL in store.engines.postgres)."""
    out: list[tuple[bool, str]] = []
    for what, plural, query in _COUNT_CHECKS:
        bad = conn.execute(query).fetchone()[0]
        out.append((bad == 0, f"{what}: " + ("yes" if not bad else f"{bad} {plural} disagree")))
    orphans = conn.execute(
        "SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = e.id)"
    ).fetchone()[0]
    out.append((orphans == 0, f"Entities without a document: {orphans}"))
    return out


def _closing_findings(conn, docs: int) -> list[tuple[bool, str]]:
    """An operation summary for every operation, extractions stopped, and how many documents."""
    ops = conn.execute("SELECT count(*) FROM entities WHERE type = 'OPERATION'").fetchone()[0]
    summaries = conn.execute("SELECT count(*) FROM operation_summary").fetchone()[0]
    out = [(ops == summaries, f"Operation summaries: {summaries} for {ops} operation(s)")]
    out.extend(_stopped_extractions(conn))
    out.append((True, f"Holds {docs} document(s)"))
    return out


def _stopped_extractions(conn: sqlite3.Connection, shown: int = 20) -> list[tuple[bool, str]]:
    """Documents stored searchable without extraction (``docket ingest``
    stopped it: too slow), by id and source; the next ingest of the same
    file retries them. A note, not a problem: the store is consistent."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    if "extraction_stopped" not in columns:  # a store from before schema 5
        return []
    rows = conn.execute(
        "SELECT id, source, extraction_stopped FROM documents WHERE extraction_stopped IS NOT NULL ORDER BY id"
    ).fetchall()
    if not rows:
        return [(True, "Documents without extraction: none")]
    out = [
        (
            True,
            f"Documents without extraction: {len(rows)} (extraction stopped; "
            "ingesting the same files again retries them)",
        )
    ]
    for doc_id, source, why in rows[:shown]:
        out.append((True, f"  extraction stopped: {why}: document {doc_id}, {source}"))
    if len(rows) > shown:
        out.append((True, f"  … and {len(rows) - shown} more"))
    return out


# ------------------------------------------------------------------ repair


@dataclass
class RepairReport:
    backup: Path | None = None
    done: list[str] = field(default_factory=list)


#: Full-text indexes kept by triggers: rebuilt when one of their triggers is
#: put back, since rows written meanwhile may be missing from them.
_FTS_TRIGGERS = {
    "documents_fts": {"documents_ai", "documents_ad", "documents_au"},
    "entities_trigram": {"entities_trigram_ai"},
}
_COUNT_TRIGGERS = {"documents_counted", "documents_uncounted", "entities_counted", "entities_uncounted"}


def repair_store(path: Path) -> RepairReport:
    """Give a store docket's schema back, after a backup.

    Unknown triggers, views, indexes and tables are dropped; altered or
    missing triggers, views and indexes are rebuilt from the schema docket
    builds. A table of docket's that is altered or missing cannot be put
    right without guessing at its rows, so such a store is refused
    (:class:`StoreError`) before anything is copied or changed. Full-text
    indexes and row counts whose triggers were put back are rebuilt. The
    audit trail's hash chain is evidence and is never rewritten.
    """
    report = RepairReport()
    if engines.is_postgres(path):  # no file to copy first: pg_dump is the backup
        report.done = engines.postgres.repair_store(path)  # type: ignore[arg-type]
        return report
    path = Path(path)
    conn = connect(path, verify=False)  # the untrusted schema is only read
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        problems = schema_problems(conn, version)
    finally:
        conn.close()
    if not problems:
        return report
    if any(p.type == "schema version" for p in problems):
        raise StoreError(f"{path}: cannot repair: {describe_problems(problems)}")
    tables = [p for p in problems if p.type == "table" and p.kind != "unknown"]
    if tables:
        raise StoreError(
            f"{path}: cannot repair safely: {describe_problems(tables)}; restore a backup, or copy the data out "
            "with sqlite3 (`docket backup` copies the store as it is)"
        )
    expected = expected_schema(version)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    writer = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        writer.execute("PRAGMA trusted_schema = OFF")  # nothing of the file's runs while we repair
        report.backup = path.with_name(f"{path.name}.repair-{stamp}.backup")
        backup_to(writer, report.backup)
        drop_order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
        create_order = {"table": 0, "index": 1, "view": 2, "trigger": 3}
        writer.execute("BEGIN IMMEDIATE")
        try:
            for p in sorted(problems, key=lambda p: drop_order.get(p.type, 9)):
                if p.kind in ("unknown", "altered"):
                    kind = p.type.upper()
                    writer.execute(f'DROP {kind} IF EXISTS "{p.name.replace(chr(34), chr(34) * 2)}"')
                    report.done.append(f"dropped {p.kind} {p.type} {visible(p.name)}")
            for p in sorted(problems, key=lambda p: create_order.get(p.type, 9)):
                if p.kind in ("altered", "missing"):
                    writer.execute(expected[(p.type, p.name)].sql)
                    report.done.append(f"rebuilt {p.type} {p.name}")
            rebuilt = {p.name for p in problems if p.type == "trigger" and p.kind != "unknown"}
            for index, triggers in _FTS_TRIGGERS.items():
                if rebuilt & triggers:
                    writer.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
                    report.done.append(f"rebuilt full-text index {index}")
            if rebuilt & _COUNT_TRIGGERS:
                writer.execute("UPDATE counts SET n = (SELECT count(*) FROM documents) WHERE name = 'documents'")
                writer.execute("UPDATE counts SET n = (SELECT count(*) FROM entities) WHERE name = 'entities'")
                report.done.append("recounted documents and entities")
            left = schema_problems(writer, version)
            if left:
                raise StoreError(f"{path}: repair did not take: {describe_problems(left)}")
            writer.execute("COMMIT")
        except BaseException:
            writer.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot repair ({exc})") from None
    finally:
        writer.close()
    return report


# ----------------------------------------------------------------- backups


def backup_store(path: Path, dest: Path) -> None:
    """A complete, consistent copy of a store (WAL contents included), made
    with SQLite's backup API while others may be reading or writing. The
    copy is made as the store is, schema unverified: it is how to keep a
    suspect store before ``docket check --repair``."""
    dest = Path(dest)
    if dest.exists():
        raise StoreError(f"{dest}: already exists; choose a new file")
    if engines.is_postgres(path):  # a PostgreSQL store: copied whole into a new SQLite file
        from .migrate import copy_store

        copy_store(path, dest)
        return
    src = connect(path, verify=False)
    try:
        backup_to(src, dest)
    finally:
        src.close()


# ------------------------------------------------------------- audit trail


def audit(path: Path, action: str, detail: str, outcome: str) -> bool:
    """Append one record to the store's audit trail, chained to the one
    before (see :mod:`store.audit`); False if it could not be written (a
    read-only store, or one whose schema docket refuses).

    The user is the OS account of the process (on a PostgreSQL store, where
    analysts on many hosts share one trail: ``account@host (role ROLE)``);
    ``detail`` (the full query, paths, options) and ``outcome`` are stored
    with control characters made visible.
    """
    try:
        db = open_writer(path)
    except StoreError:
        return False
    try:
        user = chain.os_user()
        if engines.is_postgres(path):
            import socket

            role = db.conn.execute("SELECT current_user").fetchone()[0]
            user = f"{user}@{socket.gethostname()} (role {role})"
        chain.append(db.conn, utc_now(), visible(user), action, visible(detail), visible(outcome))
        return True
    except engines.database_errors():
        return False
    finally:
        db.close()


def audit_head(path: Path) -> dict | None:
    """The last audit record's id and hash (None for an empty trail), to
    keep outside the store: with it, a rewritten chain is caught too."""
    conn = connect(path)
    try:
        row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        return {"id": row[0], "hash": row[1]} if row else None
    except engines.database_errors():
        return None
    finally:
        conn.close()


def read_audit(path: Path, limit: int = 100) -> list[dict]:
    conn = connect(path)
    try:
        rows = conn.execute(
            "SELECT id, at, user, action, detail, outcome FROM audit ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [dict(r) for r in rows]
    except sqlite3.OperationalError:
        raise StoreError(f"{path}: this store has no audit trail yet (open it with docket to upgrade it)") from None
    finally:
        conn.close()


def grants(path, role: str, *, write: bool = True) -> list[str]:
    """The SQL that gives ``role`` the least rights docket needs on the
    PostgreSQL store at ``path`` (run by the store's owner). A SQLite store
    is a file: :class:`StoreError` (its rights are the file's)."""
    if not engines.is_postgres(path):
        raise StoreError(f"{path}: a SQLite store is a file: who may read or write it is set by its file permissions")
    conn = connect(path)
    try:
        schema = conn.execute("SELECT current_schema() AS s").fetchone()[0]
    finally:
        conn.close()
    return engines.postgres.grants(role, write=write, schema=schema)


def _version_finding(version: int, how: str) -> tuple[bool, str]:
    """``check``'s line on a store's schema version (an older one is no fault:
    docket upgrades it, ``how`` it says, the next time it writes)."""
    if version == SCHEMA_VERSION:
        return True, f"Schema version {version}: current"
    return True, (
        f"Schema version {version}: older than {SCHEMA_VERSION}; docket upgrades it ({how}) the next time it writes"
    )
