"""Named read queries: the only way the app and the CLI read the store.

Each returns small rows (dicts), a page at a time. A :class:`Reader` keeps
one read-only connection per thread, so the same reader can be used from
any number of Textual thread workers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .db import ThreadConnections
from .text import entity_key

__all__ = ["Reader", "ENTITY_TYPES", "like_escape"]

ENTITY_TYPES = ("PERSON", "ORG", "LOCATION", "OPERATION")
Row = dict[str, Any]


def like_escape(text: str) -> str:
    """``text`` with LIKE wildcards escaped (use with ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Reader:
    """Read queries over one store file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conns = ThreadConnections(self.path)

    def close(self) -> None:
        self._conns.close()

    def _all(self, sql: str, params: tuple | dict = ()) -> list[Row]:
        return [dict(r) for r in self._conns.get().execute(sql, params).fetchall()]

    def _one(self, sql: str, params: tuple | dict = ()) -> Row | None:
        row = self._conns.get().execute(sql, params).fetchone()
        return dict(row) if row else None

    # ------------------------------------------------------------------ counts

    def stats(self) -> Row:
        """How much the store holds."""
        row = self._one(
            "SELECT (SELECT count(*) FROM documents) AS documents,"
            " (SELECT count(*) FROM entities) AS entities,"
            " (SELECT count(*) FROM mentions) AS mentions,"
            " (SELECT count(*) FROM operation_stats) AS figures,"
            " (SELECT count(*) FROM entities WHERE type = 'OPERATION') AS operations"
        )
        assert row is not None
        return row

    # --------------------------------------------------------------- documents

    def count_documents(self, entity_id: int | None = None) -> int:
        if entity_id is None:
            return self._one("SELECT count(*) AS n FROM documents")["n"]  # type: ignore[index]
        return self._one("SELECT count(*) AS n FROM document_entities WHERE entity_id = ?", (entity_id,))["n"]  # type: ignore[index]

    def documents(self, offset: int = 0, limit: int = 100, entity_id: int | None = None) -> list[Row]:
        """A page of documents, oldest first; with ``entity_id``, only those
        that mention that entity."""
        cols = "d.id, d.title, d.source, d.published, d.entity_count, d.figure_count, d.sha256"
        if entity_id is None:
            return self._all(f"SELECT {cols} FROM documents d ORDER BY d.id LIMIT ? OFFSET ?", (limit, offset))
        return self._all(
            f"SELECT {cols}, de.mention_count AS entity_mentions FROM document_entities de"
            " JOIN documents d ON d.id = de.document_id WHERE de.entity_id = ?"
            " ORDER BY de.document_id LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )

    def document(self, doc_id: int) -> Row | None:
        return self._one(
            "SELECT id, sha256, title, source, published, text, ingested_at, entity_count,"
            " mention_count, figure_count FROM documents WHERE id = ?",
            (doc_id,),
        )

    def document_mentions(self, doc_id: int) -> list[Row]:
        """Every mention in a document, in text order, with its entity."""
        return self._all(
            'SELECT m.start, m."end", e.id AS entity_id, e.type, e.name FROM mentions m'
            " JOIN entities e ON e.id = m.entity_id WHERE m.document_id = ? ORDER BY m.start",
            (doc_id,),
        )

    def document_entities(self, doc_id: int) -> list[Row]:
        """The entities of one document, as it writes them, with mention counts."""
        return self._all(
            "SELECT e.id, e.type, de.name, de.mention_count AS mentions FROM document_entities de"
            " JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ?"
            " ORDER BY de.first_start",
            (doc_id,),
        )

    def document_figures(self, doc_id: int) -> list[Row]:
        return self._all(
            "SELECT s.id, s.operation_id, e.name AS operation, s.metric, s.item, s.value, s.unit,"
            ' s.qualifier, s.scope, s.start, s."end", s.sentence_start, s.sentence_end'
            " FROM operation_stats s LEFT JOIN entities e ON e.id = s.operation_id"
            " WHERE s.document_id = ? ORDER BY s.start",
            (doc_id,),
        )

    def document_operations(self, doc_id: int) -> list[Row]:
        return self._all(
            "SELECT e.id, e.name, do.year FROM document_operations do"
            " JOIN entities e ON e.id = do.operation_id WHERE do.document_id = ?"
            " ORDER BY (SELECT first_start FROM document_entities"
            "  WHERE document_id = do.document_id AND entity_id = e.id)",
            (doc_id,),
        )

    # ---------------------------------------------------------------- entities

    def _entity_filter(self, query: str, etype: str | None) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        key = entity_key(query)
        if key:
            clauses.append("key LIKE ? ESCAPE '\\'")
            params.append(f"%{like_escape(key)}%")
        if etype:
            clauses.append("type = ?")
            params.append(etype)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return where, params

    def count_entities(self, query: str = "", etype: str | None = None) -> int:
        where, params = self._entity_filter(query, etype)
        return self._one(f"SELECT count(*) AS n FROM entities {where}", tuple(params))["n"]  # type: ignore[index]

    def entities(self, query: str = "", etype: str | None = None, offset: int = 0, limit: int = 100) -> list[Row]:
        """Entities whose name contains ``query`` (case- and accent-insensitive),
        names that start with it first, then the most mentioned."""
        where, params = self._entity_filter(query, etype)
        key = entity_key(query)
        order = "mention_count DESC, name"
        if key:
            order = "CASE WHEN key LIKE ? ESCAPE '\\' THEN 0 WHEN key LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, " + order
            params += [f"{like_escape(key)}%", f"% {like_escape(key)}%"]
        return self._all(
            "SELECT id, type, name, mention_count, document_count FROM entities"
            f" {where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )

    def entity(self, entity_id: int) -> Row | None:
        return self._one(
            "SELECT id, type, name, key, mention_count, document_count FROM entities WHERE id = ?",
            (entity_id,),
        )

    # -------------------------------------------------------------- operations

    _OPERATION_COLUMNS = """
        (SELECT max(year) FROM document_operations WHERE operation_id = o.id) AS year,
        (SELECT max(value) FROM operation_stats
            WHERE operation_id IS o.id AND metric = 'arrests' AND scope IS NULL
              AND item IS NULL) AS arrests,
        (SELECT count(*) FROM (SELECT DISTINCT item, unit, value, scope FROM operation_stats
            WHERE operation_id IS o.id AND metric = 'seized')) AS seizures,
        (SELECT count(*) FROM (SELECT DISTINCT metric, item, unit, value, scope FROM operation_stats
            WHERE operation_id IS o.id AND metric NOT IN ('arrests', 'seized'))) AS other
    """

    def count_operations(self) -> int:
        return self._one("SELECT count(*) AS n FROM entities WHERE type = 'OPERATION'")["n"]  # type: ignore[index]

    def operations(self, offset: int = 0, limit: int = 200) -> list[Row]:
        """Operations with their headline figures. Totals never double-count:
        the same figure reported by two documents is counted once."""
        return self._all(
            f"SELECT o.id, o.name, {self._OPERATION_COLUMNS}, o.document_count AS documents"
            " FROM entities o WHERE o.type = 'OPERATION'"
            " ORDER BY o.document_count DESC, o.name LIMIT ? OFFSET ?",
            (limit, offset),
        )

    def unattributed_figures(self) -> Row | None:
        """Figures tied to no named operation, summarised like an operation."""
        row = self._one(
            "SELECT NULL AS id, NULL AS name, NULL AS year,"
            " (SELECT max(value) FROM operation_stats WHERE operation_id IS NULL"
            "   AND metric = 'arrests' AND scope IS NULL AND item IS NULL) AS arrests,"
            " (SELECT count(*) FROM operation_stats WHERE operation_id IS NULL"
            "   AND metric = 'seized') AS seizures,"
            " (SELECT count(*) FROM operation_stats WHERE operation_id IS NULL"
            "   AND metric NOT IN ('arrests', 'seized')) AS other,"
            " (SELECT count(DISTINCT document_id) FROM operation_stats"
            "   WHERE operation_id IS NULL) AS documents"
        )
        return row if row and row["documents"] else None

    # ------------------------------------------------------------------ export

    def document_ids(self, after: int = 0, limit: int = 500) -> list[int]:
        return [r["id"] for r in self._all("SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", (after, limit))]
