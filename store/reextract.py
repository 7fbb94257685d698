"""``docket reextract``: the current extractor run again over stored text.

Only the extracted layer is rebuilt — a document's mentions, its entities'
counts, its figures and the operations it names — from the text the store
already holds (every offset refers to it, so nothing is read from disk).
The analysts' corrections (store/curate.py) live in their own tables and
are applied again on top of the new extraction, so a better extractor never
loses an analyst's judgement.

Documents are rebuilt in batched transactions, each document in its own
savepoint: a document is rebuilt whole or left untouched, and a kill loses
at most the open batch. The rows are written by the ingest writer's own
:func:`store.ingest.write.write_extraction`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .extractor import extractor_version

__all__ = [
    "ReextractReport",
    "reextract",
    "rebuild_document",
    "move_entity_rows",
    "move_operation_rows",
    "drop_unused_entities",
    "recount_entities",
    "recount_documents",
    "documents_to_reextract",
]


@dataclass
class ReextractReport:
    reextracted: int = 0
    unchanged: int = 0  # left alone by --changed-only
    skipped: list[tuple[int, str, str]] = field(default_factory=list)  # (id, source, reason)
    interrupted: bool = False

    def summary(self) -> str:
        parts = [f"{self.reextracted} re-extracted"]
        if self.unchanged:
            parts.append(f"{self.unchanged} already current")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def recount_entities(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> None:
    """Set the mention and document counts of ``entity_ids`` from the rows behind them."""
    conn.executemany(
        "UPDATE entities SET mention_count = (SELECT count(*) FROM mentions WHERE entity_id = ?),"
        " document_count = (SELECT count(*) FROM document_entities WHERE entity_id = ?) WHERE id = ?",
        [(i, i, i) for i in sorted(set(entity_ids))],
    )


def recount_documents(conn: sqlite3.Connection, doc_ids: Iterable[int]) -> None:
    """Set a document's entity, mention and figure counts from its rows."""
    conn.executemany(
        "UPDATE documents SET entity_count = (SELECT count(*) FROM document_entities WHERE document_id = ?),"
        " mention_count = (SELECT count(*) FROM mentions WHERE document_id = ?),"
        " figure_count = (SELECT count(*) FROM operation_stats WHERE document_id = ?) WHERE id = ?",
        [(i, i, i, i) for i in sorted(set(doc_ids))],
    )


def move_entity_rows(conn: sqlite3.Connection, doc: int, src: int, dst: int, name: str | None = None) -> None:
    """One document's mentions of entity ``src`` become mentions of ``dst``
    (one ``document_entities`` row if the document names both); ``name``,
    when given, is the name the document's row shows."""
    conn.execute("UPDATE mentions SET entity_id = ? WHERE document_id = ? AND entity_id = ?", (dst, doc, src))
    row = conn.execute(
        "SELECT name, mention_count, first_start FROM document_entities WHERE document_id = ? AND entity_id = ?",
        (doc, src),
    ).fetchone()
    if row is None:
        return
    shown, n, first = row
    conn.execute("DELETE FROM document_entities WHERE document_id = ? AND entity_id = ?", (doc, src))
    if conn.execute("SELECT 1 FROM document_entities WHERE document_id = ? AND entity_id = ?", (doc, dst)).fetchone():
        conn.execute(
            "UPDATE document_entities SET mention_count = mention_count + ?, first_start = min(first_start, ?)"
            " WHERE document_id = ? AND entity_id = ?",
            (n, first, doc, dst),
        )
    else:
        conn.execute(
            "INSERT INTO document_entities (document_id, entity_id, name, mention_count, first_start)"
            " VALUES (?, ?, ?, ?, ?)",
            (doc, dst, name if name is not None else shown, n, first),
        )


def move_operation_rows(conn: sqlite3.Connection, doc: int, src: int, dst: int) -> None:
    """One document's record of operation ``src`` and its figures become ``dst``'s."""
    conn.execute(
        "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year)"
        " SELECT document_id, ?, year FROM document_operations WHERE document_id = ? AND operation_id = ?",
        (dst, doc, src),
    )
    conn.execute(
        "UPDATE operation_stats SET operation_id = ? WHERE document_id = ? AND operation_id = ?", (dst, doc, src)
    )
    conn.execute("DELETE FROM document_operations WHERE document_id = ? AND operation_id = ?", (doc, src))


def drop_unused_entities(conn: sqlite3.Connection, entity_ids: Iterable[int]) -> set[int]:
    """Remove those of ``entity_ids`` that no document names any more (as
    ``docket remove-seeds`` does); figures still pointing at a removed
    operation belong to no operation. Returns the ids removed."""
    from .engines import read_ahead

    gone: set[int] = set()
    ids = sorted(set(entity_ids))
    # whether each is unused, read together (PostgreSQL: one round trip);
    # removing one entity changes no other's answer
    unused = read_ahead(
        conn,
        [
            (
                "SELECT key FROM entities WHERE id = ?"
                " AND NOT EXISTS (SELECT 1 FROM document_entities WHERE entity_id = ?)",
                (eid, eid),
            )
            for eid in ids
        ],
    )
    for eid, rows in zip(ids, unused, strict=True):
        if not rows:
            continue
        row = rows[0]
        conn.execute("UPDATE operation_stats SET operation_id = NULL WHERE operation_id = ?", (eid,))
        conn.execute("DELETE FROM document_operations WHERE operation_id = ?", (eid,))
        conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? OR alias_id = ?", (eid, eid))
        conn.execute("DELETE FROM operation_summary WHERE operation_id = ?", (eid,))
        conn.execute(
            "INSERT INTO entities_trigram (entities_trigram, rowid, key) VALUES ('delete', ?, ?)", (eid, row[0])
        )
        conn.execute("DELETE FROM mentions WHERE entity_id = ?", (eid,))
        conn.execute("DELETE FROM entities WHERE id = ?", (eid,))
        gone.add(eid)
    return gone


def rebuild_document(conn: sqlite3.Connection, doc_id: int, result, touched: set[int], entities: set[int]) -> None:
    """Replace the extracted rows of one stored document with ``result``
    (an :class:`store.extract.Extraction` of its stored text); the caller
    owns the transaction, drops the entities left unused (``entities``
    collects the ones it named before) and refreshes the summaries of the
    operations in ``touched``. The analysts' corrections are not applied here."""
    from .ingest.write import counts, write_extraction

    touched.update(
        r[0]
        for r in conn.execute(
            "SELECT operation_id FROM document_operations WHERE document_id = ?"
            " UNION SELECT operation_id FROM operation_stats WHERE document_id = ? AND operation_id IS NOT NULL",
            (doc_id, doc_id),
        )
    )
    before = [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT de.entity_id, (SELECT count(*) FROM mentions m WHERE m.document_id = de.document_id"
            " AND m.entity_id = de.entity_id) FROM document_entities de WHERE de.document_id = ?",
            (doc_id,),
        )
    ]
    entities.update(eid for eid, _ in before)
    conn.executemany(
        "UPDATE entities SET mention_count = mention_count - ?, document_count = document_count - 1 WHERE id = ?",
        [(n, eid) for eid, n in before],
    )
    for table in ("mentions", "document_entities", "document_operations", "operation_stats", "curation_effects"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))  # noqa: S608 (fixed names)
    conn.execute(
        "UPDATE documents SET title = ?, published = coalesce(?, published), extraction_stopped = NULL,"
        " entity_count = ?, mention_count = ?, figure_count = ?, extractor = ? WHERE id = ?",
        (result.title, result.published, *counts(result), extractor_version(), doc_id),
    )
    write_extraction(conn, doc_id, result, touched)


def documents_to_reextract(
    conn: sqlite3.Connection, ids: list[int] | None, changed_only: bool
) -> tuple[list[int], int]:
    """The ids to re-run (all, or ``ids``), and how many ``changed_only`` leaves alone."""
    if ids is None:
        chosen = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY id")]
    else:
        chosen = sorted(set(ids))
    if not changed_only:
        return chosen, 0
    current = extractor_version()
    keep: list[int] = []
    for chunk in _chunks(chosen):
        marks = ", ".join("?" * len(chunk))
        keep += [
            r[0]
            for r in conn.execute(
                f"SELECT id FROM documents WHERE id IN ({marks})"
                " AND (extractor IS NULL OR extractor != ? OR extraction_stopped IS NOT NULL) ORDER BY id",
                (*chunk, current),
            )
        ]
    return keep, len(chosen) - len(keep)


def reextract(
    db,
    ids: list[int] | None = None,
    *,
    changed_only: bool = False,
    batch: int = 50,
    on_document: Callable[[int, int, int, str, str | None], None] | None = None,
    extract_fn: Callable | None = None,
) -> ReextractReport:
    """Re-run the extractor over the stored text of the documents ``ids``
    (None: every document). ``on_document(done, total, doc_id, source,
    skipped_reason)`` is called after each document is written. Ctrl-C
    stops after rolling back the open batch (``interrupted``)."""
    from .curate import apply_curations
    from .ingest.write import StoreWriteError, refresh_operation_summaries, store_write_error
    from .instances import bases_of, settle_operations

    if extract_fn is None:
        from .extract import extract as extract_fn
    conn = db.conn
    todo, unchanged = documents_to_reextract(conn, ids, changed_only)
    report = ReextractReport(unchanged=unchanged)
    total, done = len(todo), 0
    try:
        for chunk in _chunks(todo, batch):
            marks = ", ".join("?" * len(chunk))
            rows = conn.execute(f"SELECT id, source, text FROM documents WHERE id IN ({marks}) ORDER BY id", chunk)
            extracted = []
            for doc_id, source, text in rows.fetchall():
                try:
                    extracted.append((doc_id, source, extract_fn(text), None))
                except Exception as exc:  # a broken document is skipped, with its reason
                    extracted.append((doc_id, source, None, f"extraction failed: {type(exc).__name__}: {exc}"[:300]))
            touched: set[int] = set()
            entities: set[int] = set()
            rebuilt: list[int] = []
            outcomes: list[tuple[int, str, str | None]] = []
            conn.execute("BEGIN IMMEDIATE")
            try:
                for doc_id, source, result, why in extracted:
                    if result is not None:
                        conn.execute("SAVEPOINT doc")
                        try:
                            rebuild_document(conn, doc_id, result, touched, entities)
                            conn.execute("RELEASE doc")
                            rebuilt.append(doc_id)
                        except Exception as exc:
                            if store_write_error(exc):
                                raise
                            conn.execute("ROLLBACK TO doc")
                            conn.execute("RELEASE doc")
                            why = f"could not be stored: {type(exc).__name__}: {exc}"[:300]
                    outcomes.append((doc_id, source, why))
                # which instance a document without a year joins, settled again (store/instances.py)
                settled, dropped, moved = settle_operations(conn, bases_of(conn, touched), touched)
                touched = (touched - dropped) | settled
                apply_curations(conn, set(rebuilt) | moved, touched)
                touched -= drop_unused_entities(conn, entities)
                refresh_operation_summaries(conn, touched)
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                why = store_write_error(exc)
                if why:
                    raise StoreWriteError(why) from None
                raise
            for doc_id, source, why in outcomes:
                done += 1
                if why:
                    report.skipped.append((doc_id, source, why))
                else:
                    report.reextracted += 1
                if on_document is not None:
                    on_document(done, total, doc_id, source, why)
    except KeyboardInterrupt:
        report.interrupted = True
    return report
