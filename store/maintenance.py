"""Keeping a store sound: the integrity check, backups, the write lock for
ingest, and the audit trail."""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from .db import SCHEMA_VERSION, StoreError, connect, open_writer, utc_now

__all__ = ["check_store", "backup_store", "ingest_lock", "audit", "read_audit", "IngestBusy"]


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


def check_store(path: Path) -> list[tuple[bool, str]]:
    """Plain-words findings about a store: (ok, what was checked and found)."""
    conn = connect(path)
    out: list[tuple[bool, str]] = []
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        out.append((rows == ["ok"], "SQLite integrity check: " + ("ok" if rows == ["ok"] else "; ".join(rows[:5]))))
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        out.append(
            (not fk, f"Foreign keys: {'every reference resolves' if not fk else f'{len(fk)} broken reference(s)'}")
        )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            out.append((True, f"Schema version {version}: current"))
        else:
            out.append(
                (
                    True,
                    f"Schema version {version}: older than {SCHEMA_VERSION}; docket upgrades it "
                    "(after a backup) the next time it writes",
                )
            )
        docs = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        fts = conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]
        out.append((docs == fts, f"Full-text index: {fts} of {docs} document(s) indexed"))
        for what, plural, query in _COUNT_CHECKS:
            bad = conn.execute(query).fetchone()[0]
            out.append((bad == 0, f"{what}: " + ("yes" if not bad else f"{bad} {plural} disagree")))
        orphans = conn.execute(
            "SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = e.id)"
        ).fetchone()[0]
        out.append((orphans == 0, f"Entities without a document: {orphans}"))
        ops = conn.execute("SELECT count(*) FROM entities WHERE type = 'OPERATION'").fetchone()[0]
        summaries = conn.execute("SELECT count(*) FROM operation_summary").fetchone()[0]
        out.append((ops == summaries, f"Operation summaries: {summaries} for {ops} operation(s)"))
        out.extend(_stopped_extractions(conn))
        out.append((True, f"Holds {docs} document(s)"))
    finally:
        conn.close()
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


def backup_store(path: Path, dest: Path) -> None:
    """A complete, consistent copy of a store (WAL contents included), made
    with SQLite's backup API while others may be reading or writing."""
    dest = Path(dest)
    if dest.exists():
        raise StoreError(f"{dest}: already exists; choose a new file")
    src = connect(path)
    fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        target = sqlite3.connect(dest)
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
    finally:
        src.close()


class IngestBusy(Exception):
    """Another ingest holds the store's write lock."""


@contextlib.contextmanager
def ingest_lock(path: Path, *, wait: bool = True, on_wait=None) -> Iterator[None]:
    """One ingest at a time per store. A second one waits (``on_wait`` is
    told first) or, with ``wait=False``, raises :class:`IngestBusy`."""
    lock_path = Path(f"{path}-ingest.lock")
    fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise IngestBusy(f"{path}: another docket ingest is writing to this store") from None
            if on_wait:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return f"uid {os.getuid()}"


def audit(path: Path, action: str, detail: str, outcome: str) -> bool:
    """Append one record to the store's audit trail; False if it could not
    be written (a read-only store)."""
    try:
        db = open_writer(path)
    except StoreError:
        return False
    try:
        db.conn.execute(
            "INSERT INTO audit (at, user, action, detail, outcome) VALUES (?, ?, ?, ?, ?)",
            (utc_now(), _user(), action, detail, outcome),
        )
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        db.close()


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
