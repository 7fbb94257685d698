"""SQLite's SQL for the read queries that differ per engine: full-text
search (FTS5, ``documents_fts``) and type-ahead by substring (the FTS5
trigram table ``entities_trigram``).

The schema, migrations, PRAGMAs and connections of a SQLite store live in
:mod:`store.db`; this module holds only the statements whose PostgreSQL
twins are in :mod:`store.engines.postgres` (same names, same parameters).
"""

from __future__ import annotations


class SqliteDialect:
    engine = "sqlite"

    # --- full-text search: ``?`` first is the match, see :meth:`match`
    @staticmethod
    def match(user_text: str) -> str | None:
        from ..queries import fts_query

        return fts_query(user_text)

    count_all = "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?"
    count_dated = (
        "SELECT count(*) AS n FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " WHERE documents_fts MATCH ?{clause}"
    )
    page_all = (
        "SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?"
        " ORDER BY bm25(documents_fts, 5.0, 1.0) LIMIT ? OFFSET ?"
    )
    page_dated = (
        "SELECT documents_fts.rowid AS id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " WHERE documents_fts MATCH ?{clause} ORDER BY bm25(documents_fts, 5.0, 1.0) LIMIT ? OFFSET ?"
    )
    ids = "SELECT rowid AS id FROM documents_fts WHERE documents_fts MATCH ?"
    #: statements run before a full-text query, in its own transaction: none here
    search_settings: tuple[str, ...] = ()

    # --- type-ahead: entities whose key contains a string (three letters or more)
    @staticmethod
    def substring(key: str) -> str:
        return '"' + key.replace('"', '""') + '"'

    substring_count = (
        "SELECT count(*) AS n FROM (SELECT 1 FROM entities_trigram WHERE entities_trigram MATCH ? LIMIT ?)"
    )
    substring_ids = "SELECT rowid FROM entities_trigram WHERE entities_trigram MATCH ?"


DIALECT = SqliteDialect()
