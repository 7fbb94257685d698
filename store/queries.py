"""Named read queries: the only way the app and the CLI read the store.

Each returns small rows (dicts), a page at a time. A :class:`Reader` keeps
one read-only connection per thread, so the same reader can be used from
any number of Textual thread workers.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import engines
from .copies import counted as is_original
from .db import ConnectionPool
from .summary import Conflict, conflicts, counted, figures_of, format_quantity
from .text import entity_key, fold, visible

__all__ = [
    "Reader",
    "ENTITY_TYPES",
    "like_escape",
    "fts_query",
    "fts_terms",
    "parse_search",
    "SearchTerm",
    "find_terms",
    "make_snippet",
    "edit_distance",
    "sentence_around",
    "sentence_context",
    "HIT_START",
    "HIT_END",
]

#: Markers around search hits in snippets (private-use characters, which
#: the display layer turns into highlighting).
HIT_START, HIT_END = "\ue000", "\ue001"
_TERM = re.compile(r"[\w][\w'’.-]*\*?", re.UNICODE)
#: One piece of a search box entry: an optional ``-``, then a quoted
#: phrase (the closing quote may be missing) or a run of other characters.
_PIECE = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')
#: Bare words this long or longer also find longer words that start with
#: them ("arrest" finds "arrests"): query-side prefix expansion.
PREFIX_MIN = 3


@dataclass(frozen=True)
class SearchTerm:
    """A word or phrase of a search, as :func:`parse_search` reads it."""

    words: tuple[str, ...]
    prefix: bool = False  # the last word also matches longer words
    negated: bool = False  # ``-word``: documents with it are left out
    phrase: bool = False


def parse_search(user_text: str) -> list[SearchTerm | str]:
    """The terms of a search box entry, with ``"OR"`` between alternatives.

    ``"exact phrase"`` matches the words in that order; ``-word`` (or
    ``-"a phrase"``) leaves out documents that hold it; ``OR`` in capitals
    between terms matches either; every other word is plain text (FTS
    syntax such as ``AND``, ``NEAR``, ``col:term`` or parentheses is never
    honoured). A bare word of three letters or more also finds words that
    start with it; a trailing ``*`` asks for that on a shorter word."""
    out: list[SearchTerm | str] = []
    for m in _PIECE.finditer(user_text or ""):
        if m.group(2) is not None:  # a quoted phrase
            words = tuple(t.rstrip("*") for t in _TERM.findall(m.group(2)) if t.strip("*"))
            if words:
                out.append(SearchTerm(words, negated=bool(m.group(1)), phrase=len(words) > 1))
            continue
        negated, chunk = bool(m.group(3)), m.group(4)
        if chunk in ("OR", "AND") and not negated:
            if chunk == "OR" and out and out[-1] != "OR":
                out.append("OR")
            continue  # AND is what terms side by side mean anyway
        for term in _TERM.findall(chunk):
            word = term.rstrip("*")
            if not word:
                continue
            prefix = term.endswith("*") or len(word) >= PREFIX_MIN
            out.append(SearchTerm((word,), prefix=prefix, negated=negated))
    while out and out[-1] == "OR":
        out.pop()
    return out


def fts_terms(user_text: str) -> list[str]:
    """The words a search looks for (not those it leaves out), a trailing
    ``*`` on those that also match longer words: what the reader marks."""
    found = []
    for term in parse_search(user_text):
        if isinstance(term, SearchTerm) and not term.negated:
            found.append(" ".join(term.words) + ("*" if term.prefix else ""))
    return found


def _fts_phrase(term: SearchTerm) -> str:
    quoted = '"' + " ".join(term.words).replace('"', '""') + '"'
    return quoted + "*" if term.prefix else quoted


def search_groups(user_text: str, quote: Callable[[SearchTerm], str]) -> tuple[list[list[str]], list[str]]:
    """``user_text`` read by :func:`parse_search` as groups of terms joined
    by ``OR`` (the terms of a group all wanted) and the terms left out
    (``-word``), each written by ``quote`` for an engine's query language;
    no empty group."""
    groups: list[list[str]] = [[]]
    excluded: list[str] = []
    for term in parse_search(user_text):
        if term == "OR":
            groups.append([])
        elif isinstance(term, SearchTerm):
            (excluded if term.negated else groups[-1]).append(quote(term))
    return [g for g in groups if g], excluded


def fts_query(user_text: str) -> str | None:
    """An FTS5 MATCH expression for ``user_text`` (see :func:`parse_search`)
    with every term quoted, or None when nothing searchable was typed (a
    search of only ``-word`` terms included). Never raises on any input."""
    groups, excluded = search_groups(user_text, _fts_phrase)
    if not groups:
        return None
    if len(groups) == 1:
        match = " ".join(groups[0])
    else:
        match = " OR ".join(f"({' '.join(g)})" for g in groups)
    if excluded:
        match = f"({match})" + "".join(f" NOT {e}" for e in excluded)
    return match


def find_terms(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Spans of ``terms`` in ``text``: whole words, case- and accent-insensitive."""
    folded = fold(text)
    if len(folded) != len(text):  # folding changed offsets: fall back to lower case
        folded = text.lower() if len(text.lower()) == len(text) else text
    spans = []
    for term in terms:
        prefix = term.endswith("*")
        words = [re.escape(w) for w in fold(term.rstrip("*")).split()]
        if not words:
            continue
        body = r"\W+".join(words)  # a phrase: its words with anything but letters between
        pattern = re.compile(rf"(?<!\w){body}" + (r"\w*" if prefix else r"(?!\w)"))
        spans += [(m.start(), m.end()) for m in pattern.finditer(folded)]
    return sorted(set(spans))


#: A search result's snippet: about this many characters of text, the
#: stretch with the most hits, starting a little before its first hit.
SNIPPET_CHARS, SNIPPET_LEAD = 160, 40


def make_snippet(text: str, spans: list[tuple[int, int]], size: int = SNIPPET_CHARS, lead: int = SNIPPET_LEAD) -> str:
    """The stretch of ``text`` (about ``size`` characters, on one line) with
    the most of ``spans`` in it, each hit between :data:`HIT_START` and
    :data:`HIT_END`, cut between words with ``…`` where the text goes on.
    Without hits (a match in the title only), the start of the text."""
    best, best_n, j = 0, 0, 0
    for i, (start, _) in enumerate(spans):  # two pointers: the hits within ``size`` of each
        j = max(j, i)
        while j + 1 < len(spans) and spans[j + 1][1] <= start + size - lead:
            j += 1
        if j - i + 1 > best_n:
            best, best_n = i, j - i + 1
    anchor = spans[best][0] if spans else 0
    lo = max(0, anchor - lead if spans else 0)
    hi = min(len(text), lo + size)
    if lo > 0:  # not half a word
        space = text.find(" ", lo, anchor) if spans else text.find(" ", lo)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text):
        space = text.rfind(" ", max(lo, spans[best][1] if spans else lo), hi)
        hi = space if space > 0 else hi
    out, pos = [], lo
    for start, end in spans:
        if start < pos or end > hi:
            continue
        out += [text[pos:start], HIT_START, text[start:end], HIT_END]
        pos = end
    out.append(text[pos:hi])
    body = " ".join("".join(out).split())
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


#: The end of a sentence: ``.``, ``!`` or ``?`` (a closing quote or bracket
#: may follow) and then a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s|\n")
#: How much of a long sentence is kept either side of the mention.
CONTEXT_BEFORE, CONTEXT_AFTER = 150, 220


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def sentence_context(
    window: str, pos: int, end: int | None = None, *, cut_before: bool = False, cut_after: bool = False
) -> tuple[str, int, int]:
    """The sentence of ``window`` that holds the mention at ``pos``–``end``,
    on one line, with where the mention sits in it: ``(context, start, end)``.

    The context runs from the sentence's start to its end; where it had to
    be shortened instead (the sentence is longer than the window, or than
    :data:`CONTEXT_BEFORE`/:data:`CONTEXT_AFTER` either side of the
    mention) it is cut between words and ``…`` says so. ``cut_before`` /
    ``cut_after``: the window itself starts after the text's start / ends
    before its end."""
    end = pos if end is None else max(pos, min(end, len(window)))
    start = 0
    for m in _SENTENCE_END.finditer(window, 0, pos):
        start = m.end()
    stop_match = _SENTENCE_END.search(window, end)
    stop = stop_match.end() - 1 if stop_match else len(window)  # with its full stop and quote
    before, mention, after = window[start:pos], window[pos:end], window[end:stop]
    open_start = start == 0 and cut_before  # no sentence start inside the window
    open_end = stop_match is None and cut_after
    if len(before) > CONTEXT_BEFORE:
        before = before[-CONTEXT_BEFORE:]
        open_start = True
    if len(after) > CONTEXT_AFTER:
        after = after[:CONTEXT_AFTER]
        open_end = True
    if open_start and len(before.split(None, 1)) == 2:
        before = before.split(None, 1)[1]  # not half a word
    if open_end and len(after.rsplit(None, 1)) == 2:
        after = after.rsplit(None, 1)[0]
    head = _one_line(before).lstrip()
    body = _one_line(mention)
    tail = _one_line(after).rstrip()
    if open_start:
        head = "…" + head
    if open_end:
        tail = tail + "…"
    return head + body + tail, len(head), len(head) + len(body)


def sentence_around(window: str, pos: int) -> str:
    """The sentence of ``window`` that holds position ``pos``, one line."""
    return sentence_context(window, pos)[0]


ENTITY_TYPES = ("PERSON", "ORG", "LOCATION", "OPERATION")
Row = dict[str, Any]


def like_escape(text: str) -> str:
    """``text`` with LIKE wildcards escaped (use with ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conflict_note(conflict: Conflict | None, titles: dict[int, str]) -> str | None:
    """``66 in 1 doc · >60 in 1 doc; headline 66 (stated flatly)``."""
    if conflict is None:
        return None
    fig = conflict.figure
    parts = []
    for r in fig.reports:
        docs = len(r.documents)
        title = titles.get(r.documents[0], f"document {r.documents[0]}")
        where = f"in {docs} docs" if docs > 1 else "in " + visible(title)[:40]
        parts.append(f"{format_quantity(r.value, conflict.unit, r.qualifier)} {where}")
    chosen = format_quantity(fig.value, conflict.unit, fig.qualifier)
    return " · ".join(parts) + f"; headline takes {chosen} ({fig.why()})"


class Reader:
    """Read queries over one store file."""

    def __init__(self, path: Path | str) -> None:
        self.path = engines.location(path)
        #: the SQL that differs per engine: full-text search, substring type-ahead
        self._sql = engines.dialect(self.path)
        if engines.is_postgres(self.path):
            self._pool = engines.postgres.pool(self.path)  # type: ignore[arg-type]
        else:
            self._pool = ConnectionPool(self.path)
        #: connections running a search now, which :meth:`cancel_searches` may stop
        # the searches running now, each with the flag that stops it
        self._searching: dict[Any, threading.Event] = {}
        self._searching_lock = threading.Lock()

    def close(self) -> None:
        self._pool.close()

    def _all(self, sql: str, params: tuple | dict = (), *, cancellable: bool = False) -> list[Row]:
        with self._pool.connection() as conn:
            if not cancellable:
                return [dict(r) for r in conn.execute(sql, params).fetchall()]
            return self._cancellable(conn, sql, params)

    def _search(self, sql: str, params: tuple, *, cancellable: bool = True) -> list[Row]:
        """A full-text query (cancellable unless told otherwise) under the
        engine's settings for such queries (``search_settings``: on
        PostgreSQL, the index rather than a scan of every row; see
        :mod:`store.engines.postgres`)."""
        settings = self._sql.search_settings
        if not settings:
            return self._all(sql, params, cancellable=cancellable)
        with self._pool.connection() as conn:
            conn.execute("BEGIN")  # the settings last as long as this transaction
            try:
                for statement in settings:
                    conn.execute(statement)
                if cancellable:
                    rows = self._cancellable(conn, sql, params)
                else:
                    rows = [dict(r) for r in conn.execute(sql, params).fetchall()]
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")  # it only read: nothing to keep
            return rows

    def _cancellable(self, conn, sql: str, params: tuple | dict) -> list[Row]:
        stop = threading.Event()
        with self._searching_lock:
            self._searching[conn] = stop
        # SQLite forgets an interrupt that comes before its statement starts: a progress
        # handler that reads the flag stops the search however early it was cancelled
        progress = getattr(conn, "set_progress_handler", None)
        if progress is not None:
            progress(stop.is_set, 10_000)
        try:
            if stop.is_set():
                raise sqlite3.OperationalError("interrupted")  # cancelled before it started
            return [dict(r) for r in conn.execute(sql, params).fetchall()]
        finally:
            if progress is not None:
                progress(None, 0)
            with self._searching_lock:  # before the connection serves anyone else
                self._searching.pop(conn, None)

    def cancel_searches(self) -> int:
        """Stop the full-text queries running now (from any thread): a search
        typed over by a newer one need not finish. They raise
        ``sqlite3.OperationalError`` ("interrupted"). Returns how many."""
        with self._searching_lock:
            for conn, stop in self._searching.items():
                stop.set()
                conn.interrupt()
            return len(self._searching)

    def _one(self, sql: str, params: tuple | dict = ()) -> Row | None:
        with self._pool.connection() as conn:
            cursor = conn.execute(sql, params)
            row = cursor.fetchone()
            cursor.close()  # ends the statement: no read transaction outlives a query
        return dict(row) if row else None

    # ------------------------------------------------------------------ counts

    def stats(self) -> Row:
        """How much the store holds; ``copies`` are documents that repeat
        another's release (``store.copies``)."""
        row = self._one(
            "SELECT (SELECT count(*) FROM documents) AS documents,"
            " (SELECT count(*) FROM documents WHERE copy_of IS NOT NULL) AS copies,"
            " (SELECT count(*) FROM entities) AS entities,"
            " (SELECT count(*) FROM mentions) AS mentions,"
            " (SELECT count(*) FROM operation_stats) AS figures,"
            " (SELECT count(*) FROM entities WHERE type = 'OPERATION') AS operations"
        )
        assert row is not None
        return row

    # --------------------------------------------------------------- documents

    #: Orders of the Documents pane: as added, or newest first (undated last).
    DOCUMENT_SORTS = {
        "added": "d.id",
        "date": "d.published DESC, d.id DESC",
    }
    #: The documents a list shows, one per copy group: originals, and a copy
    #: whose original does not mention the entity the list is filtered by.
    _LISTED = (
        f"({is_original('d')} OR NOT EXISTS (SELECT 1 FROM document_entities o"
        " WHERE o.document_id = d.copy_of AND o.entity_id = de.entity_id))"
    )
    _COPIES = "(SELECT count(*) FROM documents c WHERE c.copy_of = d.id) AS copies"

    def count_documents(self, entity_id: int | None = None) -> int:
        """Every stored document (copies included); with ``entity_id``,
        those that mention that entity."""
        if entity_id is None:
            return self._one("SELECT n FROM counts WHERE name = 'documents'")["n"]  # type: ignore[index]
        return self._one("SELECT count(*) AS n FROM document_entities WHERE entity_id = ?", (entity_id,))["n"]  # type: ignore[index]

    def count_copies(self) -> int:
        """Documents that are copies of another's release."""
        return self._one("SELECT count(*) AS n FROM documents WHERE copy_of IS NOT NULL")["n"]  # type: ignore[index]

    def count_listed_documents(self, entity_id: int | None = None) -> int:
        """The rows :meth:`documents` lists: each copy group once."""
        if entity_id is None:
            return self.count_documents() - self.count_copies()
        return self._one(
            "SELECT count(*) AS n FROM document_entities de JOIN documents d ON d.id = de.document_id"
            f" WHERE de.entity_id = ? AND {self._LISTED}",
            (entity_id,),
        )["n"]  # type: ignore[index]

    def documents(
        self, offset: int = 0, limit: int = 100, entity_id: int | None = None, sort: str = "added"
    ) -> list[Row]:
        """A page of documents, each copy group once (its original, with its
        number of ``copies``), oldest first or by ``sort`` (``date``: newest
        published first, undated last); with ``entity_id``, only those that
        mention that entity."""
        cols = f"d.id, d.title, d.source, d.published, d.entity_count, d.figure_count, d.sha256, {self._COPIES}"
        order = self.DOCUMENT_SORTS.get(sort, self.DOCUMENT_SORTS["added"])
        if entity_id is None:
            return self._all(
                f"SELECT {cols} FROM documents d WHERE {is_original('d')} ORDER BY {order} LIMIT ? OFFSET ?",
                (limit, offset),
            )
        return self._all(
            f"SELECT {cols}, de.mention_count AS entity_mentions FROM document_entities de"
            f" JOIN documents d ON d.id = de.document_id WHERE de.entity_id = ? AND {self._LISTED}"
            f" ORDER BY {order} LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )

    def document_group(self, doc_id: int) -> list[Row]:
        """The copy group ``doc_id`` belongs to, original first, with each
        document's source and date; one row when it has no copies."""
        return self._all(
            "SELECT d.id, d.source, d.published, d.copy_of FROM documents d"
            " WHERE d.id = coalesce((SELECT copy_of FROM documents WHERE id = ?), ?)"
            " OR d.copy_of = coalesce((SELECT copy_of FROM documents WHERE id = ?), ?)"
            " ORDER BY d.copy_of IS NOT NULL, d.id LIMIT 1000",
            (doc_id, doc_id, doc_id, doc_id),
        )

    def document(self, doc_id: int) -> Row | None:
        return self._one(
            "SELECT id, sha256, title, source, published, text, ingested_at, entity_count,"
            " mention_count, figure_count, copy_of FROM documents WHERE id = ?",
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
            "SELECT e.id, e.type, de.name, de.mention_count AS mentions, e.key FROM document_entities de"
            " JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ?"
            " ORDER BY de.first_start",
            (doc_id,),
        )

    def document_figures(self, doc_id: int) -> list[Row]:
        return self._all(
            "SELECT s.id, s.operation_id, COALESCE(de.name, e.name) AS operation, e.name AS instance,"
            " s.metric, s.item, s.value, s.unit,"
            ' s.qualifier, s.scope, s.start, s."end", s.sentence_start, s.sentence_end'
            " FROM operation_stats s LEFT JOIN entities e ON e.id = s.operation_id"
            " LEFT JOIN document_entities de ON de.document_id = s.document_id AND de.entity_id = s.operation_id"
            " WHERE s.document_id = ? ORDER BY s.start, s.id",
            (doc_id,),
        )

    def document_operations(self, doc_id: int) -> list[Row]:
        """The operations a document names, in text order: ``name`` as the
        document writes it (``Orión XVI``, ``Coral Shield``), ``instance``
        the store's name for the operation it belongs to (``Orion XVI``,
        ``Coral Shield 2024``)."""
        return self._all(
            "SELECT e.id, COALESCE(de.name, e.name) AS name, e.name AS instance, dop.year"
            " FROM document_operations dop JOIN entities e ON e.id = dop.operation_id"
            " LEFT JOIN document_entities de ON de.document_id = dop.document_id AND de.entity_id = e.id"
            " WHERE dop.document_id = ? ORDER BY de.first_start",
            (doc_id,),
        )

    # ---------------------------------------------------------------- entities

    ENTITY_SORTS = {
        "mentions": "mention_count DESC, name",
        "documents": "document_count DESC, mention_count DESC, name",
        "name": "key, type",
    }

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
        if not query.strip() and etype is None:
            return self._one("SELECT n FROM counts WHERE name = 'entities'")["n"]  # type: ignore[index]
        where, params = self._entity_filter(query, etype)
        return self._one(f"SELECT count(*) AS n FROM entities {where}", tuple(params))["n"]  # type: ignore[index]

    def entities(
        self,
        query: str = "",
        etype: str | None = None,
        offset: int = 0,
        limit: int = 100,
        sort: str = "mentions",
    ) -> list[Row]:
        """Entities whose name contains ``query`` (case- and accent-insensitive),
        names that start with it first, then by ``sort`` (mentions, documents, name)."""
        where, params = self._entity_filter(query, etype)
        key = entity_key(query)
        order = self.ENTITY_SORTS.get(sort, self.ENTITY_SORTS["mentions"])
        if key:
            order = "CASE WHEN key LIKE ? ESCAPE '\\' THEN 0 WHEN key LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, " + order
            params += [f"{like_escape(key)}%", f"% {like_escape(key)}%"]
        return self._all(
            "SELECT id, type, name, mention_count, document_count FROM entities"
            f" {where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )

    #: At most this many entities answer a typed query: type-ahead is for
    #: finding, and the list says when there are more.
    MATCH_LIMIT = 500
    #: Above this many candidates, scan by rank and stop at the limit
    #: instead of collecting and sorting every candidate.
    _DENSE = 2000

    def match_entities(self, query: str, etype: str | None = None, sort: str = "mentions") -> list[Row]:
        """Entities for what a user typed: names that start with it first,
        then names that contain it (a trigram index finds those), each group
        in ``sort`` order; at most MATCH_LIMIT rows. Fast at any store size:
        every plan is an index range or a bounded scan."""
        key = entity_key(query)
        order = self.ENTITY_SORTS.get(sort, self.ENTITY_SORTS["mentions"])
        type_clause = " AND type = ?" if etype else ""
        type_param = [etype] if etype else []
        cols = "id, type, name, mention_count, document_count"
        limit = self.MATCH_LIMIT
        if not key:
            return self._all(
                f"SELECT {cols} FROM entities WHERE 1 {type_clause} ORDER BY {order} LIMIT ?", (*type_param, limit)
            )
        hi = key + "\uffff"
        n_prefix = self._one(
            f"SELECT count(*) AS n FROM (SELECT 1 FROM entities INDEXED BY entities_key"
            f" WHERE key >= ? AND key < ?{type_clause} LIMIT ?)",
            (key, hi, *type_param, self._DENSE),
        )["n"]
        if n_prefix < self._DENSE:
            prefix = self._all(
                f"SELECT {cols} FROM entities INDEXED BY entities_key WHERE key >= ? AND key < ?{type_clause}"
                f" ORDER BY {order} LIMIT ?",
                (key, hi, *type_param, limit),
            )
        else:  # a short, common prefix: walk by rank and keep the first that match
            prefix = self._all(
                f"SELECT {cols} FROM entities INDEXED BY entities_rank WHERE key >= ? AND key < ?{type_clause}"
                f" ORDER BY mention_count DESC, id LIMIT ?",
                (key, hi, *type_param, limit),
            )
        if len(prefix) >= limit or len(key) < 3:
            return prefix
        seen = {r["id"] for r in prefix}
        room = limit - len(prefix)
        phrase = self._sql.substring(key)
        n_sub = self._one(self._sql.substring_count, (phrase, self._DENSE))["n"]
        if n_sub < self._DENSE:
            rows = self._all(
                f"SELECT {cols} FROM entities WHERE id IN ({self._sql.substring_ids}){type_clause}"
                f" ORDER BY {order} LIMIT ?",
                (phrase, *type_param, limit),
            )
        else:
            rows = self._all(
                f"SELECT {cols} FROM entities INDEXED BY entities_rank WHERE key LIKE ? ESCAPE '\\'{type_clause}"
                " ORDER BY mention_count DESC, id LIMIT ?",
                (f"%{like_escape(key)}%", *type_param, limit),
            )
        return prefix + [r for r in rows if r["id"] not in seen][:room]

    def fuzzy_entities(self, query: str, etype: str | None = None, limit: int = 50) -> list[Row]:
        """Entities within a small typo of ``query`` ("interpl" → INTERPOL), for
        when prefix and substring find nothing. Candidates share the first
        letter and have a similar length; they are ranked by edit distance."""
        key = entity_key(query)
        if len(key) < 3:
            return []
        lo, hi = key[0], key[0] + "\uffff"
        clauses = ["key >= ? AND key < ?", "length(key) BETWEEN ? AND ?"]
        params: list[Any] = [lo, hi, len(key) - 2, len(key) + 2]
        if etype:
            clauses.append("type = ?")
            params.append(etype)
        rows = self._all(
            "SELECT id, type, name, key, mention_count, document_count FROM entities"
            f" WHERE {' AND '.join(clauses)} ORDER BY mention_count DESC LIMIT 20000",
            tuple(params),
        )
        budget = 1 if len(key) <= 4 else 2
        scored = []
        for row in rows:
            d = edit_distance(key, row["key"], budget)
            if d <= budget:
                scored.append((d, -row["mention_count"], row))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [r for _, _, r in scored[:limit]]

    def entity(self, entity_id: int) -> Row | None:
        return self._one(
            "SELECT id, type, name, key, mention_count, document_count FROM entities WHERE id = ?",
            (entity_id,),
        )

    def entity_documents(self, entity_id: int, offset: int = 0, limit: int = 100) -> list[Row]:
        """Documents that mention an entity, each with the sentence of its
        first mention (``context``, shortened with ``…`` where needed) and
        where the mention sits in it (``mention_in_context``: start, end)."""
        rows = self._all(
            "SELECT d.id, d.title, d.source, d.published, de.mention_count AS mentions,"
            " de.first_start, substr(d.text, max(1, de.first_start - 159), 400) AS window,"
            " max(0, de.first_start - 160) AS window_start, length(d.text) AS text_length,"
            ' (SELECT m."end" FROM mentions m WHERE m.document_id = d.id AND m.start = de.first_start'
            "   AND m.entity_id = de.entity_id LIMIT 1) AS first_end"
            " FROM document_entities de JOIN documents d ON d.id = de.document_id"
            " WHERE de.entity_id = ? ORDER BY de.document_id LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )
        for row in rows:
            window, window_start = row.pop("window"), row.pop("window_start")
            first_end = row.pop("first_end")
            length = row.pop("text_length")
            pos = row["first_start"] - window_start
            end = pos if first_end is None else first_end - window_start
            context, start, stop = sentence_context(
                window, pos, end, cut_before=window_start > 0, cut_after=window_start + len(window) < length
            )
            row["context"] = context
            row["mention_in_context"] = [start, stop]
        return rows

    #: Co-occurrence is counted over at most this many documents of the
    #: entity, so that a name in every document still answers at once.
    COOCCURRENCE_SAMPLE = 5000

    def cooccurring(self, entity_id: int, limit: int = 100) -> list[Row]:
        """Entities found in the same documents, most shared documents first."""
        return self._all(
            "SELECT e.id, e.type, e.name, count(*) AS shared, e.document_count"
            " FROM (SELECT document_id FROM document_entities WHERE entity_id = ?"
            "       ORDER BY document_id LIMIT ?) a"
            " JOIN document_entities b ON b.document_id = a.document_id AND b.entity_id != ?"
            " JOIN entities e ON e.id = b.entity_id"
            " GROUP BY e.id ORDER BY shared DESC, e.mention_count DESC LIMIT ?",
            (entity_id, self.COOCCURRENCE_SAMPLE, entity_id, limit),
        )

    # -------------------------------------------------------------- operations

    OPERATION_SORTS = {
        "documents": "documents DESC, name COLLATE NOCASE",
        "name": "name COLLATE NOCASE",
        "year": "year IS NULL, year DESC, name COLLATE NOCASE",
        "arrests": "arrests IS NULL, arrests DESC, name COLLATE NOCASE",
        "rescued": "rescued IS NULL, rescued DESC, name COLLATE NOCASE",
        "seizures": "seizure_figures DESC, name COLLATE NOCASE",
        "other": "other_figures DESC, name COLLATE NOCASE",
    }
    _SUMMARY_COLUMNS = (
        "operation_id AS id, name, year, year_inferred, series, arrests, arrests_qualifier, rescued, rescued_qualifier,"
        " main_seizures, seizure_figures, other_figures, conflicts, documents"
    )

    def count_operations(self) -> int:
        return self._one("SELECT count(*) AS n FROM operation_summary")["n"]  # type: ignore[index]

    def operations(self, offset: int = 0, limit: int = 200, sort: str = "documents") -> list[Row]:
        """Operation instances with their headline figures (kept by ingest,
        see store/summary.py): arrests and rescued (with their hedge), the
        main seizures as text, counts of figures, conflicts, documents."""
        order = self.OPERATION_SORTS.get(sort, self.OPERATION_SORTS["documents"])
        return self._all(
            f"SELECT {self._SUMMARY_COLUMNS} FROM operation_summary ORDER BY {order} LIMIT ? OFFSET ?",
            (limit, offset),
        )

    def operation(self, operation_id: int | None) -> Row | None:
        if operation_id is None:
            return self.unattributed_figures()
        return self._one(
            f"SELECT {self._SUMMARY_COLUMNS} FROM operation_summary WHERE operation_id = ?", (operation_id,)
        )

    def series(self, operation_id: int) -> list[Row]:
        """Every instance of the series ``operation_id`` belongs to (see
        :func:`store.text.series_key`), oldest first, with its headline."""
        return self._all(
            f"SELECT {self._SUMMARY_COLUMNS} FROM operation_summary"
            " WHERE series = (SELECT series FROM operation_summary WHERE operation_id = ?)"
            " ORDER BY year IS NULL, year, name COLLATE NOCASE, operation_id",
            (operation_id,),
        )

    def unattributed_figures(self) -> Row | None:
        """Figures tied to no named operation, counted like an operation's.
        They belong to unrelated investigations, so no headline is drawn
        from them: arrests and rescued are not added or chosen."""
        row = self._one(
            "SELECT NULL AS id, NULL AS name, NULL AS year, 0 AS year_inferred, NULL AS series, NULL AS arrests,"
            " NULL AS arrests_qualifier, NULL AS rescued, NULL AS rescued_qualifier, '' AS main_seizures,"
            " (SELECT count(*) FROM operation_stats WHERE operation_id IS NULL"
            f"   AND metric = 'seized' AND {counted('document_id')}) AS seizure_figures,"
            " (SELECT count(*) FROM operation_stats WHERE operation_id IS NULL"
            f"   AND metric NOT IN ('arrests', 'seized') AND {counted('document_id')}) AS other_figures,"
            " 0 AS conflicts,"
            " (SELECT count(DISTINCT document_id) FROM operation_stats"
            f"   WHERE operation_id IS NULL AND {counted('document_id')}) AS documents"
        )
        return row if row and row["documents"] else None

    def operation_conflicts(self, operation_id: int) -> list[Conflict]:
        """The figures of an operation that documents report with different values."""
        with self._pool.connection() as conn:
            return conflicts(figures_of(conn, operation_id))

    def conflicted_operations(self, limit: int = 1000) -> list[Row]:
        """Operations whose documents disagree on a figure, by name."""
        return self._all(
            f"SELECT {self._SUMMARY_COLUMNS} FROM operation_summary WHERE conflicts > 0"
            " ORDER BY name COLLATE NOCASE, year LIMIT ?",
            (limit,),
        )

    def operation_figures(self, operation_id: int | None) -> list[Row]:
        """Every figure of an operation, the same figure from several
        documents grouped into one row with all its sources. A figure that
        documents report with different values is marked: ``conflict``
        says what each reports and which value the headline takes."""
        # ("= ?" or "IS NULL", not "IS ?": PostgreSQL serves IS NOT DISTINCT FROM with no index)
        rows = self._all(
            'SELECT s.id, s.metric, s.item, s.value, s.unit, s.qualifier, s.scope, s.start, s."end",'
            " s.document_id, d.title, d.source,"
            " substr(d.text, s.sentence_start + 1, s.sentence_end - s.sentence_start) AS sentence"
            " FROM operation_stats s JOIN documents d ON d.id = s.document_id"
            f" WHERE s.operation_id {'IS NULL' if operation_id is None else '= ?'}"
            " ORDER BY s.metric, s.scope IS NOT NULL, s.value DESC, s.document_id",
            () if operation_id is None else (operation_id,),
        )
        found = self.operation_conflicts(operation_id) if operation_id is not None else []
        disputed = {(c.metric, entity_key(c.item or ""), c.unit, entity_key(c.scope or "")): c for c in found}
        titles = {row["document_id"]: row["title"] for row in rows}
        grouped: dict[tuple, Row] = {}
        for row in rows:
            same = (row["metric"], entity_key(row["item"] or ""), row["unit"], entity_key(row["scope"] or ""))
            key = (*same, round(row["value"], 6))
            source = {
                "figure_id": row["id"],
                "document_id": row["document_id"],
                "title": row["title"],
                "source": row["source"],
                "start": row["start"],
                "end": row["end"],
                "sentence": row["sentence"],
            }
            if key in grouped:
                if all(s["document_id"] != row["document_id"] for s in grouped[key]["sources"]):
                    grouped[key]["sources"].append(source)
                grouped[key]["qualifier"] = grouped[key]["qualifier"] or row["qualifier"]
                continue
            conflict = disputed.get(same)
            reported = conflict is not None and any(round(r.value, 6) == key[-1] for r in conflict.figure.reports)
            grouped[key] = {
                "metric": row["metric"],
                "item": row["item"],
                "value": row["value"],
                "unit": row["unit"],
                "qualifier": row["qualifier"],
                "scope": row["scope"],
                "sources": [source],
                "conflict": _conflict_note(conflict, titles) if reported else None,
                "chosen": bool(reported and round(conflict.figure.value, 6) == key[-1]),  # type: ignore[union-attr]
                "_order": same,
            }
        # the values documents disagree on side by side, the one the headline takes first
        out = list(grouped.values())
        first = {}
        for i, g in enumerate(out):
            first.setdefault(g["_order"], i)
        out.sort(key=lambda g: (first[g["_order"]], not g["chosen"]))
        for g in out:
            del g["_order"]
        return out

    def metric_by_operation(self, metric: str, limit: int = 40) -> list[Row]:
        """A metric's operation-wide total per operation, largest first.
        For ``seized`` the value is the number of distinct seizure figures."""
        if metric == "seized":
            return self._all(
                "SELECT name || coalesce(' ' || year, '') AS label, seizure_figures AS value FROM operation_summary"
                " WHERE seizure_figures > 0 ORDER BY seizure_figures DESC, name LIMIT ?",
                (limit,),
            )
        if metric in ("arrests", "rescued"):  # the headline figure, as the Operations pane shows it
            return self._all(
                f"SELECT name || coalesce(' ' || year, '') AS label, {metric} AS value FROM operation_summary"
                f" WHERE {metric} IS NOT NULL ORDER BY {metric} DESC, name LIMIT ?",
                (limit,),
            )
        return self._all(
            "SELECT o.name || coalesce(' ' || o.year, '') AS label, max(s.value) AS value FROM operation_stats s"
            " JOIN operation_summary o ON o.operation_id = s.operation_id"
            f" WHERE s.metric = ? AND s.scope IS NULL {self._total_clause(metric)}"
            " GROUP BY o.operation_id ORDER BY value DESC, o.name LIMIT ?",
            (metric, limit),
        )

    @staticmethod
    def _total_clause(metric: str) -> str:
        # An arrest figure with an item is a sub-count ("850 on trafficking
        # charges"); other metrics name what was counted in the item.
        return "AND s.item IS NULL" if metric == "arrests" else ""

    def metric_by_year(self, metric: str) -> list[Row]:
        """A metric summed per year, each operation's figure counted once;
        operations with no known year are summed in a last row whose label
        is None (the chart's "unknown year")."""
        if metric == "seized":
            return self._all(
                "SELECT year AS label, sum(seizure_figures) AS value FROM operation_summary"
                " WHERE seizure_figures > 0 GROUP BY year ORDER BY year IS NULL, year"
            )
        if metric in ("arrests", "rescued"):
            return self._all(
                f"SELECT year AS label, sum({metric}) AS value FROM operation_summary"
                f" WHERE {metric} IS NOT NULL GROUP BY year ORDER BY year IS NULL, year"
            )
        return self._all(
            "SELECT o.year AS label, sum(v) AS value FROM ("
            "  SELECT operation_id, max(value) AS v FROM operation_stats s"
            f"  WHERE metric = ? AND scope IS NULL {self._total_clause(metric)} AND operation_id IS NOT NULL"
            "  GROUP BY operation_id) t"
            " JOIN operation_summary o ON o.operation_id = t.operation_id"
            " GROUP BY o.year ORDER BY o.year IS NULL, o.year",
            (metric,),
        )

    # ----------------------------------------------------------------- search

    @staticmethod
    def _dated(since: str | None, until: str | None) -> tuple[str, tuple[str, ...]]:
        """A condition on ``d.published`` (ISO dates, both ends included);
        undated documents fall outside any date range."""
        clause, params = "", ()
        if since is not None:
            clause += " AND d.published >= ?"
            params += (since,)
        if until is not None:
            clause += " AND d.published <= ?"
            params += (until,)
        return clause, params

    def count_search(self, query: str, since: str | None = None, until: str | None = None) -> int:
        match = self._sql.match(query)
        if match is None:
            return 0
        clause, params = self._dated(since, until)
        if clause:
            rows = self._search(self._sql.count_dated.format(clause=clause), (match, *params))
        else:
            rows = self._search(self._sql.count_all, (match,))
        return rows[0]["n"]

    def search(
        self, query: str, offset: int = 0, limit: int = 50, since: str | None = None, until: str | None = None
    ) -> list[Row]:
        """Documents matching ``query``, best first (bm25), every copy of a
        release among them, each with a snippet of its text around the hits;
        ``since`` / ``until`` (ISO dates, included) keep those published in
        that range.

        The full-text index is asked once, for the page's ids; snippets are
        made here from the page's texts. (FTS5's ``snippet()`` costs a whole
        query per row: for a prefix such as ``arr`` each one merges the
        postings of every word the prefix expands to, 50 times a page.)"""
        match = self._sql.match(query)
        if match is None:
            return []
        clause, params = self._dated(since, until)
        sql = self._sql.page_dated.format(clause=clause) if clause else self._sql.page_all
        ranked = [r["id"] for r in self._search(sql, (match, *params, limit, offset))]
        if not ranked:
            return []
        rows = {
            r["id"]: r
            for r in self._all(
                "SELECT id, title, source, published, copy_of, text FROM documents"
                f" WHERE id IN ({', '.join('?' * len(ranked))})",
                tuple(ranked),
            )
        }
        terms = fts_terms(query)
        out = []
        for doc_id in ranked:
            row = rows.get(doc_id)
            if row is not None:
                text = row.pop("text")
                if text.startswith(row["title"]):  # the title is shown beside the snippet already
                    text = text[len(row["title"]) :]
                row["snippet"] = make_snippet(text, find_terms(text, terms))
                out.append(row)
        return out

    def hits(self, doc_id: int, query: str) -> list[tuple[int, int]]:
        """Character spans of the query's terms in one document's text."""
        terms = fts_terms(query)
        doc = self._one("SELECT text FROM documents WHERE id = ?", (doc_id,))
        if not doc or not terms:
            return []
        return find_terms(doc["text"], terms)

    # ------------------------------------------------------------------ export

    def entity_type_counts(self) -> dict[str, int]:
        return {r["type"]: r["n"] for r in self._all("SELECT type, count(*) AS n FROM entities GROUP BY type")}

    def resolve_document(self, ref: str) -> int | None:
        """The one document ``ref`` designates (see :meth:`resolve_documents`), or None."""
        found = self.resolve_documents(ref)
        return found[0] if len(found) == 1 else None

    def resolve_documents(self, ref: str, cwd: Path | None = None) -> list[int]:
        """The documents ``ref`` designates, tried in this order: an id; a
        sha256 prefix (6+ hex digits); the source exactly as ingested; the
        same path made absolute (against ``cwd``); a relative source that
        this absolute path ends with; a source that ends with
        ``/ref`` (a bare file name, or the tail of a path). Several ids when
        the first form that matches is ambiguous."""
        ref = ref.strip()
        if not ref:
            return []
        if ref.isdigit():
            row = self._one("SELECT id FROM documents WHERE id = ?", (int(ref),))
            if row:
                return [row["id"]]
        if re.fullmatch(r"[0-9a-fA-F]{6,64}", ref):
            rows = self._all(
                "SELECT id FROM documents WHERE sha256 >= ? AND sha256 < ? ORDER BY id LIMIT 20",
                (ref.lower(), ref.lower() + "g"),
            )
            if rows:
                return [r["id"] for r in rows]
        candidates = [ref]
        if cwd is not None:
            try:
                candidates.append(str((cwd / ref).resolve()))
            except (OSError, RuntimeError, ValueError):
                pass
        for source in candidates:
            rows = self._all("SELECT id FROM documents WHERE source = ? ORDER BY id LIMIT 20", (source,))
            if rows:
                return [r["id"] for r in rows]
        # an absolute path, where the source was ingested as a relative one
        parts = Path(candidates[-1]).parts
        tails = ["/".join(parts[i:]) for i in range(1, len(parts))]
        if len(parts) > 1 and Path(candidates[-1]).is_absolute():
            marks = ", ".join("?" * len(tails))
            rows = self._all(f"SELECT id FROM documents WHERE source IN ({marks}) ORDER BY id LIMIT 20", tuple(tails))
            if rows:
                return [r["id"] for r in rows]
        tail = ref.lstrip("./")
        if not tail:
            return []
        rows = self._all(
            "SELECT id FROM documents WHERE source LIKE ? ESCAPE '\\' ORDER BY id LIMIT 20",
            (f"%/{like_escape(tail)}",),
        )
        return [r["id"] for r in rows]

    def find_documents(self, text: str, limit: int = 5) -> list[Row]:
        """Documents by what a user remembers of them: the id, a file name
        (or the end of a path), or words of the title (case-insensitive).
        Bounded: at most ``limit`` rows, the title scan stopping there."""
        text = text.strip()
        if not text:
            return []
        cols = "id, title, source"
        found: list[Row] = []
        if text.isdigit():
            found += self._all(f"SELECT {cols} FROM documents WHERE id = ?", (int(text),))
        pattern = like_escape(text)
        found += self._all(
            f"SELECT {cols} FROM documents WHERE source = ? OR source LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (text, f"%/{pattern}%", limit),
        )
        found += self._all(
            f"SELECT {cols} FROM documents WHERE title LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?",
            (f"%{pattern}%", limit),
        )
        seen: set[int] = set()
        out = []
        for row in found:
            if row["id"] not in seen:
                seen.add(row["id"])
                out.append(row)
        return out[:limit]

    def documents_with_hashes(self, hashes: list[str], source_prefix: str = "") -> list[int]:
        """Ids of the documents whose sha256 is one of ``hashes`` (and whose
        source starts with ``source_prefix``)."""
        if not hashes:
            return []
        marks = ", ".join("?" * len(hashes))
        rows = self._all(
            f"SELECT id FROM documents WHERE sha256 IN ({marks}) AND substr(source, 1, ?) = ? ORDER BY id",
            (*hashes, len(source_prefix), source_prefix),
        )
        return [r["id"] for r in rows]

    def all_document_ids(self) -> Iterator[int]:
        after = 0
        while True:
            ids = self.document_ids(after)
            if not ids:
                return
            yield from ids
            after = ids[-1]

    # -------------------------------------------------------------- curation

    def curation_marks(self):
        """What analysts' corrections in force changed (``store.curate.Marks``):
        empty for a store without corrections, or one not upgraded to them yet."""
        from .curate import Marks, curation_marks

        with self._pool.connection() as conn:
            try:
                return curation_marks(conn)
            except sqlite3.OperationalError:  # a store before schema 10, read without upgrading
                return Marks()

    def curations(self):
        """Every correction with its status (``store.curate.Curation``), oldest first."""
        from .curate import curations

        with self._pool.connection() as conn:
            try:
                return curations(conn)
            except sqlite3.OperationalError:
                return []

    def curated_entity_ids(self) -> set[int]:
        """Ids of the entities a correction in force changed (the app marks them ✎)."""
        marks = self.curation_marks()
        out: set[int] = set()
        for etype, key in marks.entities:
            row = self._one("SELECT id FROM entities WHERE type = ? AND key = ?", (etype, key))
            if row:
                out.add(row["id"])
        return out

    def curated_figure_ids(self) -> set[int]:
        """Ids of the figures a correction in force changed."""
        marks = self.curation_marks()
        out: set[int] = set()
        for sha, start, end in marks.figures:
            for r in self._all(
                "SELECT s.id FROM operation_stats s JOIN documents d ON d.id = s.document_id"
                ' WHERE d.sha256 = ? AND s.start = ? AND s."end" = ?',
                (sha, start, end),
            ):
                out.add(r["id"])
        return out

    def curation_history(self, *, entity_id: int | None = None, figure_id: int | None = None) -> list:
        """The corrections of one entity (those that named it, merged into
        it or retyped it as it) or of one figure, undos included, oldest first."""
        rows = self.curations()
        if entity_id is not None:
            e = self.entity(entity_id)
            if e is None:
                return []
            target = (e["type"], e["key"])
            mine = {
                c.id
                for c in rows
                if (c.entity_type, c.entity_key) == target
                or (c.action == "merge" and (c.entity_type, c.value.get("into_key")) == target)
                or (c.action == "retype" and (c.value.get("type"), c.entity_key) == target)
            }
        elif figure_id is not None:
            f = self._one(
                'SELECT d.sha256, s.start, s."end" FROM operation_stats s JOIN documents d ON d.id = s.document_id'
                " WHERE s.id = ?",
                (figure_id,),
            )
            if f is None:
                return []
            mine = {c.id for c in rows if (c.sha256, c.start, c.end) == (f["sha256"], f["start"], f["end"])}
        else:
            return rows
        return [c for c in rows if c.id in mine or c.undoes in mine]

    def curated_alias(self, name: str, etype: str | None = None) -> Row | None:
        """The entity a correction gave ``name`` as an alias (MS-13 for Mara Salvatrucha)."""
        key = entity_key(name)
        for c in self.curations():
            if c.action != "alias" or c.undone_by is not None or (etype and c.entity_type != etype):
                continue
            if entity_key(c.value.get("alias", "")) == key:
                row = self._one(
                    "SELECT id, type, name, key, mention_count, document_count FROM entities"
                    " WHERE type = ? AND key = ?",
                    (c.entity_type, c.entity_key),
                )
                if row:
                    return row
        return None

    def store_meta(self) -> dict[str, str]:
        return {r["key"]: r["value"] for r in self._all("SELECT key, value FROM meta")}

    def find_entity(self, name: str, etype: str | None = None) -> Row | None:
        """The entity called ``name`` (matched on its key), else the most
        mentioned whose name contains it."""
        key = entity_key(name)
        if not key:
            return None
        params: list[Any] = [key]
        clause = ""
        if etype:
            clause = " AND type = ?"
            params.append(etype)
        row = self._one(
            "SELECT id, type, name, key, mention_count, document_count FROM entities"
            f" WHERE key = ?{clause} ORDER BY mention_count DESC LIMIT 1",
            tuple(params),
        )
        if row:
            return row
        if etype in (None, "OPERATION"):
            # an operation is keyed by its name and year ("lionfish 2013"): the name
            # alone finds its instances, the most mentioned first
            row = self._one(
                "SELECT id, type, name, key, mention_count, document_count FROM entities"
                " WHERE type = 'OPERATION' AND key GLOB ? ORDER BY mention_count DESC, key DESC LIMIT 1",
                (key + " [12][0-9][0-9][0-9]",),
            )
            if row:
                return row
        alias = self.curated_alias(name, etype)
        if alias:
            return alias
        found = self.entities(name, etype, limit=1)
        return self.entity(found[0]["id"]) if found else None

    def entity_document_ids(self, entity_id: int) -> list[int]:
        return [
            r["document_id"]
            for r in self._all(
                "SELECT document_id FROM document_entities WHERE entity_id = ? ORDER BY document_id",
                (entity_id,),
            )
        ]

    def search_ids(self, query: str) -> list[int]:
        match = self._sql.match(query)
        if match is None:
            return []
        # (not cancellable, as before: an export's list is not a search typed over)
        return [r["id"] for r in self._search(self._sql.ids, (match,), cancellable=False)]

    def dated_ids(self, since: str | None = None, until: str | None = None) -> list[int]:
        """Ids of the documents published from ``since`` to ``until`` (ISO
        dates, both included), by the ``published`` index."""
        clause, params = self._dated(since, until)
        return [r["id"] for r in self._all(f"SELECT d.id FROM documents d WHERE 1{clause} ORDER BY d.id", params)]

    def entities_with_prefix(self, prefix: str, etype: str | None = None, limit: int = 100) -> list[Row]:
        """Entities whose key starts with ``prefix`` (an index range scan)."""
        key = entity_key(prefix)
        clauses = ["key >= ? AND key < ?"]
        params: list[Any] = [key, key + "\uffff"]
        if etype:
            clauses.append("type = ?")
            params.append(etype)
        return self._all(
            "SELECT id, type, name, mention_count, document_count FROM entities"
            f" WHERE {' AND '.join(clauses)} ORDER BY mention_count DESC, name LIMIT ?",
            (*params, limit),
        )

    def document_ids(self, after: int = 0, limit: int = 500) -> list[int]:
        return [r["id"] for r in self._all("SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?", (after, limit))]
