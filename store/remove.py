"""Taking documents out of a store: the bundled seeds, once a new store
no longer needs them. Every count the lists sort by is kept right, in one
transaction (``docket check`` agrees afterwards)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .copies import forget_documents, promote_copies
from .db import open_writer

__all__ = ["seed_hashes", "remove_documents", "seed_document_ids"]


def seed_hashes() -> set[str]:
    """sha256 of each bundled seed document: how a store knows its seeds
    (a user's own ``seeds/`` folder is not mistaken for them)."""
    from seeds import seed_paths

    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in seed_paths()}


def seed_document_ids(path: Path) -> list[int]:
    """Ids of the bundled seed documents in the store at ``path``: stored as
    seeds (source ``seeds/…``) with a seed's bytes. The same report
    ingested by a user from a folder of theirs is theirs, and stays."""
    from .queries import Reader

    reader = Reader(path)
    try:
        return reader.documents_with_hashes(sorted(seed_hashes()), source_prefix="seeds/")
    finally:
        reader.close()


def remove_documents(path: Path, ids: list[int]) -> int:
    """Remove the documents ``ids`` and everything extracted from them;
    entities no other document mentions go too, and a removed original's
    oldest remaining copy becomes its group's original. Returns how many went."""
    if not ids:
        return 0
    from .ingest.write import refresh_operation_summaries
    from .instances import bases_of, settle_operations

    db = open_writer(path)
    conn = db.conn
    marks = ", ".join("?" * len(ids))
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            per_entity = conn.execute(
                f"SELECT entity_id, sum(mention_count), count(*) FROM document_entities"
                f" WHERE document_id IN ({marks}) GROUP BY entity_id",
                ids,
            ).fetchall()
            operations = {
                r[0]
                for r in conn.execute(
                    f"SELECT operation_id FROM operation_stats WHERE document_id IN ({marks})"
                    " AND operation_id IS NOT NULL"
                    f" UNION SELECT operation_id FROM document_operations WHERE document_id IN ({marks})",
                    ids + ids,
                )
            }
            bases = bases_of(conn, operations)
            conn.executemany(
                "UPDATE entities SET mention_count = mention_count - ?, document_count = document_count - ?"
                " WHERE id = ?",
                [(mentions, docs, eid) for eid, mentions, docs in per_entity],
            )
            # A removed original's oldest copy becomes the group's original
            # (and its figures count from now on).
            promoted = sorted(promote_copies(conn, ids))
            if promoted:
                pmarks = ", ".join("?" * len(promoted))
                operations |= {
                    r[0]
                    for r in conn.execute(
                        f"SELECT operation_id FROM document_operations WHERE document_id IN ({pmarks})", promoted
                    )
                }
            forget_documents(conn, ids)
            for table in ("mentions", "document_entities", "document_operations", "operation_stats"):
                conn.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", ids)
            removed = conn.execute(f"DELETE FROM documents WHERE id IN ({marks})", ids).rowcount
            gone = conn.execute("SELECT id, key FROM entities WHERE document_count <= 0").fetchall()
            gone_ids = [r[0] for r in gone]
            if gone_ids:
                conn.executemany(
                    "INSERT INTO entities_trigram (entities_trigram, rowid, key) VALUES ('delete', ?, ?)",
                    [(r[0], r[1]) for r in gone],
                )
                conn.executemany(
                    "DELETE FROM entity_aliases WHERE entity_id = ? OR alias_id = ?",
                    [(i, i) for i in gone_ids],
                )
                conn.executemany("DELETE FROM operation_summary WHERE operation_id = ?", [(i,) for i in gone_ids])
                conn.executemany("DELETE FROM entities WHERE id = ?", [(i,) for i in gone_ids])
            # the codenames of the removed documents settled again: a
            # document without a year may now belong to another instance
            settled, dropped, moved = settle_operations(conn, bases)
            refresh_operation_summaries(conn, (operations - set(gone_ids) - dropped) | settled)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        db.close()
    return removed
