"""Step 4 of an ingest: writing, in the one process that writes.

Documents are written in batched transactions where each document is its
own savepoint, so a document is stored whole or not at all, and a kill
loses at most one uncommitted batch (which running the ingest again
stores). A document's own failure (a constraint it breaks) rolls back that
document only; a failure of the store itself (disk full, file-size limit,
read-only media, I/O error) stops the ingest with :class:`StoreWriteError`
after rolling back the open batch.
"""

from __future__ import annotations

import dataclasses
import errno
import resource
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from .. import copies
from ..curate import apply_curations
from ..db import utc_now
from ..engines import (
    add_by_id,
    begin_batch,
    lock_writes,
    lost_reference,
    pipelined,
    server_failed,
    stored_twice,
    write_again,
)
from ..extractor import extractor_version
from ..instances import bases_of, settle_operations
from ..reextract import drop_unused_entities
from ..summary import refresh_operation_summaries as _refresh
from ..text import entity_key, operation_key
from .outcomes import Duplicate, Outcome, Reextracted, Skipped, Stored
from .work import Converted

if TYPE_CHECKING:
    from ..extract import Extraction

__all__ = ["Ready", "Writer", "StoreWriteError", "store_write_error"]


class StoreWriteError(Exception):
    """The store cannot be written any more (one line for the user)."""


class _WriteAgain(Exception):
    """The batch was rolled back for a reason another writer caused: write it again."""


#: Times a batch is written before the ingest stops (see :meth:`Writer.write`).
_ATTEMPTS = 5


# SQLite primary result codes that mean the store, not the document, failed.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY = 3, 5, 6, 7, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26
_STORE_LEVEL = {
    _SQLITE_PERM: "permission denied",
    _SQLITE_BUSY: "the store is busy",
    _SQLITE_LOCKED: "the store is locked",
    _SQLITE_NOMEM: "out of memory",
    _SQLITE_READONLY: "the store is read-only",
    _SQLITE_IOERR: "an I/O error",
    _SQLITE_CORRUPT: "the store is damaged",
    _SQLITE_FULL: "the disk is full",
    _SQLITE_CANTOPEN: "the store's files cannot be opened",
    _SQLITE_NOTADB: "the store is damaged",
}
_OS_LEVEL = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file-size limit is reached",
    errno.EROFS: "the store is on read-only media",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EIO: "an I/O error",
}


def _fsize_limit() -> str:
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_FSIZE)
    except (ValueError, OSError):
        return ""
    if soft == resource.RLIM_INFINITY:
        return ""
    return f"; a file-size limit of {soft:,} bytes is set (ulimit -f)"


def store_write_error(exc: BaseException) -> str | None:
    """The one-line reason when ``exc`` means the store cannot be written,
    else None (the error belongs to one document)."""
    server = server_failed(exc)
    if server is not None:
        return server
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is None:
            text = str(exc).lower()
            code = next(
                (
                    c
                    for c, words in (
                        (_SQLITE_FULL, "full"),
                        (_SQLITE_READONLY, "readonly"),
                        (_SQLITE_IOERR, "disk i/o"),
                    )
                    if words in text
                ),
                None,
            )
        why = _STORE_LEVEL.get((code or 0) & 0xFF)
        if why is None:
            return None
        note = _fsize_limit() if why in ("the disk is full", "an I/O error") else ""
        return f"{why} ({exc}){note}"
    if isinstance(exc, OSError):
        why = _OS_LEVEL.get(exc.errno or 0)
        note = _fsize_limit() if exc.errno == errno.EFBIG else ""
        return (f"{why} ({exc.strerror or exc})" if why else f"{exc.strerror or exc}") + note
    if isinstance(exc, MemoryError):
        return "out of memory"
    return None


@dataclass
class Ready:
    """A document ready to write: its text and what was extracted from it
    (``extraction`` None with ``stopped`` set: stored without extraction)."""

    path: Path
    sha256: str
    converted: Converted
    extraction: Extraction | None
    stopped: str | None = None
    retry_of: int | None = None
    notes: tuple = ()
    #: The text's copy signature made in the worker (None: sign it here).
    signature: bytes | None = None


class EntityCounts:
    """Entity ids this writer has seen, and the count changes of its open batch.

    Most entities of a batch are named by many of its documents ("Europol",
    "Spain"); upserting each one per document ran the upsert, its index and
    trigger work once per mention row. Instead the entities of a whole
    batch are inserted before its first document (the ones the store does
    not hold yet, in one statement, in key order: two writers inserting the
    same new names take them in the same order and never deadlock), their
    ids read in one query, and their counts added once per batch, just
    before the batch commits. A document's changes are kept apart until its
    savepoint is released, so a document rolled back leaves no count behind;
    entities inserted for the batch that no kept document names are removed
    again (:meth:`unused`); a batch rolled back forgets everything, ids
    included. Operations are counted here too; the batch's settling then
    recounts them from their rows (``store/instances.py``)."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, str], int] = {}
        self._batch: dict[int, list[int]] = {}
        self._doc: list[tuple[int, int]] = []
        self._new: set[int] = set()  # read for the open batch's names not cached (see _resolve)
        self.aliases: set[tuple[int, int]] = set()  # (long, short) of the batch's kept documents
        self._doc_aliases: list[tuple[int, int]] = []

    def prepare(self, conn, results: list, *, overlapping: bool = False) -> None:
        """Insert the entities of a batch's extractions that the store does
        not hold yet and read their ids. ``overlapping``: other writers write
        at the same time (PostgreSQL): each operation's row is also held
        (``FOR KEY SHARE``) until the batch commits, so another writer's
        settling cannot remove an instance this batch is about to name (it
        keeps an instance someone holds, and the holder settles it)."""
        named: dict[tuple[str, str], str] = {}
        for result in results:
            for e in result.entities:
                if e.key and (e.type, e.key) not in named:
                    named[(e.type, e.key)] = e.name
        # an operation's id is read afresh for each batch: settling (this
        # writer's or, where writers overlap, another's) removes instances
        for key in [k for k in self.ids if k[0] == "OPERATION"]:
            del self.ids[key]
        self._resolve(conn, named)
        if overlapping:
            from ..engines import hold_rows

            for _ in range(3):
                operations = {k: i for k, i in self.ids.items() if k[0] == "OPERATION" and k in named}
                held = hold_rows(conn, "entities", sorted(operations.values()))
                gone = {k: named[k] for k, i in operations.items() if i not in held}
                if not gone:
                    break
                for k in gone:  # removed since read: made again
                    del self.ids[k]
                self._resolve(conn, gone)

    def _resolve(self, conn, named: dict[tuple[str, str], str]) -> None:
        missing = sorted(k for k in named if k not in self.ids)
        if not missing:
            return
        conn.executemany(
            "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, 0, 0)"
            " ON CONFLICT (type, key) DO NOTHING",
            [(t, named[(t, k)], k) for t, k in missing],
        )
        wanted = set(missing)
        keys = sorted({k for _, k in wanted})
        before = set(self.ids.values())
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            for i, t, k in conn.execute(
                f"SELECT id, type, key FROM entities WHERE key IN ({', '.join('?' * len(chunk))})", chunk
            ):
                if (t, k) in wanted:
                    self.ids[(t, k)] = i
        # the ids this batch read for names not cached (mostly rows it made; every
        # operation, read afresh each batch): those no kept document names are
        # tested at the batch's end, and removed if no document names them
        self._new |= {self.ids[k] for k in missing if k in self.ids} - before

    def resolve(self, conn, entities: list) -> dict[tuple[str, str], int]:
        """The ids of ``entities`` (inserting any not prepared, with zero
        counts); their counts are added to this document's changes."""
        missing = {(e.type, e.key): e.name for e in entities if (e.type, e.key) not in self.ids}
        if missing:
            self._resolve(conn, missing)
        ids = {}
        for e in entities:
            eid = ids[(e.type, e.key)] = self.ids[(e.type, e.key)]
            self._doc.append((eid, len(e.mentions)))
        return ids

    def alias(self, long_id: int, short_id: int) -> None:
        """A short form of a name the open document gives (kept with it)."""
        self._doc_aliases.append((long_id, short_id))

    def keep_document(self) -> None:
        batch = self._batch
        for eid, mentions in self._doc:
            counts = batch.get(eid)
            if counts is None:
                batch[eid] = [mentions, 1]
            else:
                counts[0] += mentions
                counts[1] += 1
        self.aliases.update(self._doc_aliases)
        self._doc, self._doc_aliases = [], []

    def drop_document(self) -> None:
        self._doc, self._doc_aliases = [], []

    def unused(self) -> set[int]:
        """Entities the open batch inserted that none of its kept documents names."""
        return self._new - set(self._batch)

    def flush(self, conn) -> None:
        """Add the batch's counts and aliases to the store (inside the
        batch's transaction, where the writers take turns), and forget the
        batch's entities that no kept document names."""
        add_by_id(
            conn,
            "entities",
            ("mention_count", "document_count"),
            [(eid, m, d) for eid, (m, d) in sorted(self._batch.items())],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (entity_id, alias_id) VALUES (?, ?)", sorted(self.aliases)
        )
        for key in [k for k, i in self.ids.items() if i in self._new and i not in self._batch]:
            del self.ids[key]
        self._batch, self._new, self.aliases = {}, set(), set()

    def forget(self) -> None:
        """The batch was rolled back: nothing of it, ids included, can be trusted."""
        self.ids.clear()
        self._batch, self._doc, self._new = {}, [], set()
        self.aliases, self._doc_aliases = set(), []


class Writer:
    """Writes batches of documents; see the module docstring."""

    def __init__(self, db: sqlite_utils.Database, source_name: Callable[[Path], str] | None = None) -> None:
        self.conn = db.conn
        self.source_name = source_name
        self.entities = EntityCounts()
        self._touched: set[int] = set()
        self._written: list[int] = []  # documents of the open batch, for the analysts' corrections
        self._copies_later: list | None = None

    def known(self) -> tuple[set[str], dict[str, int]]:
        """Hashes already stored, and those whose extraction stopped (with their ids)."""
        hashes = {row[0] for row in self.conn.execute("SELECT sha256 FROM documents")}
        stopped = {
            sha: doc_id
            for doc_id, sha in self.conn.execute(
                "SELECT id, sha256 FROM documents WHERE extraction_stopped IS NOT NULL"
            )
        }
        return hashes, stopped

    def write(self, batch: list[Ready], between: Callable[[], None] | None = None) -> list[Outcome]:
        """One transaction, each document in its own savepoint. ``between``
        is called every few milliseconds between documents (the ingest
        keeps its workers fed while a long batch is written).

        Where writers overlap (PostgreSQL: :func:`store.engines.begin_batch`)
        the documents' own rows are written side by side with other
        writers' (the batches share the store's write lock, which a
        correction or removal holds alone); the batches take turns for
        their ends only (:func:`store.engines.lock_writes`) — copies,
        counts, the settling of operations, corrections and summaries, which
        must see every document committed before — until the commit. A
        batch the server gives up on because two writers waited on each
        other (a deadlock) is rolled back and written again."""
        conn = self.conn
        for attempt in range(_ATTEMPTS):
            try:
                with pipelined(conn):  # PostgreSQL: statements sent without waiting for each answer
                    return self._write(batch, between, [], time.monotonic())
            except _WriteAgain:
                if attempt == _ATTEMPTS - 1:
                    raise StoreWriteError(
                        f"a batch of {len(batch)} documents could not be written after {_ATTEMPTS} attempts:"
                        " other writers kept taking what it needed"
                    ) from None
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _write(
        self, batch: list[Ready], between: Callable[[], None] | None, outcomes: list[Outcome], last: float
    ) -> list[Outcome]:
        conn = self.conn
        try:
            overlapping = begin_batch(conn)
            self._touched = set()  # operations whose summary the batch changes
            self._written = []
            later: list | None = [] if overlapping else None  # documents whose copies are found under the lock
            self._copies_later = later
            self.entities.prepare(
                conn, [r.extraction for r in batch if r.extraction is not None], overlapping=overlapping
            )
            for ready in batch:
                if between is not None and time.monotonic() - last > 0.005:
                    between()
                    last = time.monotonic()
                self._write_in_savepoint(ready, outcomes, overlapping)
            # from here on the writers take turns (SQLite: they did from the start)
            lock_writes(conn)
            if later:
                join_copies(conn, later)
            unused = self.entities.unused()
            self.entities.flush(conn)
            if unused:  # made for documents that were not kept (duplicates, refusals)
                drop_unused_entities(conn, unused)
            # the batch's operations settled among the store's instances
            # (store/instances.py): which instance a document without a
            # year joins depends on the whole store, not on arrival order
            settled, dropped, moved = settle_operations(conn, bases_of(conn, self._touched), self._touched)
            self._touched = (self._touched - dropped) | settled
            # the analysts' corrections, on top of what was just extracted
            # (store/curate.py); nothing to do in a store that has none
            if self._written and apply_curations(conn, set(self._written) | moved, self._touched):
                self.entities.ids.clear()  # an entity may have been made or dropped
            # once per batch, not per document: an operation named by many
            # documents is summed up once for all of them
            refresh_operation_summaries(conn, self._touched)
            conn.execute("COMMIT")
        except BaseException as exc:
            self.entities.forget()
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            why = store_write_error(exc)
            if why:
                raise StoreWriteError(why) from None
            if write_again(exc):
                raise _WriteAgain() from exc
            raise
        return outcomes

    def _write_in_savepoint(self, ready: Ready, outcomes: list[Outcome], overlapping: bool) -> None:
        """One document in its own savepoint: stored whole, or rolled back
        alone with its reason in ``outcomes``. Where writers overlap, an
        entity the document names may have been removed since its id was
        read (an analyst's removal between two batches of this writer, whose
        ids it keeps): the ids are read again and the document written once
        more before it counts as refused."""
        conn = self.conn
        later = self._copies_later
        for again in (False, True):
            conn.execute("SAVEPOINT doc")
            written = len(self._written)
            pending = len(later) if later is not None else 0
            try:
                outcome = self._write_one(ready)
                # PostgreSQL: the answers to the document's statements arrive
                # here (a pipeline), so a refusal is still this document's
                conn.execute("RELEASE doc")
                outcomes.append(outcome)
                self.entities.keep_document()
                return
            except Exception as exc:  # this document's own failure: it alone is skipped
                self.entities.drop_document()
                del self._written[written:]
                if later is not None:
                    del later[pending:]
                if store_write_error(exc) or write_again(exc):
                    raise
                conn.execute("ROLLBACK TO doc")
                conn.execute("RELEASE doc")
                if stored_twice(exc):  # another ingest (PostgreSQL: another process) stored it first
                    outcomes.append(Duplicate(ready.path))
                    return
                if overlapping and not again and lost_reference(exc) and ready.extraction is not None:
                    self.entities.ids.clear()
                    self.entities.prepare(conn, [ready.extraction], overlapping=True)
                    continue
                outcomes.append(Skipped(ready.path, "could not be stored", f"{type(exc).__name__}: {exc}"[:300]))
                return

    def _write_one(self, ready: Ready) -> Outcome:
        text = ready.converted.text
        result = ready.extraction
        if ready.retry_of is not None:
            if result is None:
                return Reextracted(ready.path, ready.notes, ready.stopped)
            self.conn.execute(
                "UPDATE documents SET title = ?, published = ?, text = ?, extraction_stopped = NULL,"
                " entity_count = ?, mention_count = ?, figure_count = ?, extractor = ? WHERE id = ?",
                (result.title, result.published, text, *counts(result), extractor_version(), ready.retry_of),
            )
            write_extraction(self.conn, ready.retry_of, result, self._touched, self.entities)
            self._written.append(ready.retry_of)
            return Reextracted(ready.path, ready.notes)
        source = self.source_name(ready.path) if self.source_name else str(ready.path)
        if result is None:
            from ..extract import _title

            title, published = _title(text), None
        else:
            title, published = result.title, result.published
        doc_id = write_document(
            self.conn,
            sha256=ready.sha256,
            source=source,
            text=text,
            result=result,
            title=title,
            published=published,
            stopped=ready.stopped,
            touched=self._touched,
            entity_counts=self.entities,
            signature=ready.signature,
            copies_later=self._copies_later,
        )
        self._written.append(doc_id)
        return Stored(ready.path, ready.notes, ready.stopped)


def write_document(
    conn,
    *,
    sha256: str,
    source: str,
    text: str,
    result: Extraction | None,
    title: str | None = None,
    published: str | None = None,
    stopped: str | None = None,
    touched: set[int] | None = None,
    entity_counts: EntityCounts | None = None,
    signature: bytes | None = None,
    copies_later: list | None = None,
) -> int:
    """One new document's row and what was extracted from it; the caller owns
    the transaction (the writer, the benchmarks' profilers). A document that
    is a copy of a stored one (``store.copies``) joins its group. With
    ``touched`` the operations' summaries are left to the caller (their ids
    are added). ``signature``: the text's copy signature made beforehand
    (``store.copies.sign``), else it is made here. ``copies_later``: the
    group is found later by the caller (:func:`join_copies`, once it may see
    every document stored before this one); (id, text, signature) is
    added to it."""
    if result is not None:
        title, published = result.title, result.published
    if copies_later is None:
        signed = copies.find_group(conn, text, premade=signature)
    else:
        signed = copies.Signed(None)
    cur = conn.execute(
        "INSERT INTO documents (sha256, title, source, published, text, ingested_at, extraction_stopped,"
        " entity_count, mention_count, figure_count, copy_of, extractor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sha256,
            title,
            source,
            published,
            text,
            utc_now(),
            stopped,
            *counts(result),
            signed.original,
            extractor_version() if result is not None else None,
        ),
    )
    doc_id = cur.lastrowid
    assert doc_id is not None
    if copies_later is None:
        copies.record(conn, doc_id, signed)
    else:
        copies_later.append((doc_id, text, signature))
    if result is not None:
        write_extraction(conn, doc_id, result, touched, entity_counts)
    return doc_id


def join_copies(conn, documents: list[tuple[int, str, bytes | None]]) -> set[int]:
    """Find the group of each of ``documents`` (id, text, signature; written
    with ``copies_later``), in the order they were written, among every
    document the transaction sees, and keep their bands. Returns the ids
    that joined a group (their figures no longer count)."""
    joined = set()
    for (doc_id, _, _), signed in zip(documents, copies.find_groups(conn, documents), strict=True):
        if signed.original is not None:
            conn.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (signed.original, doc_id))
            joined.add(doc_id)
        copies.record(conn, doc_id, signed)
    return joined


def counts(result: Extraction | None) -> tuple[int, int, int]:
    """A document's entity, mention and figure counts (kept on its row)."""
    if result is None:
        return 0, 0, 0
    entities = [e for e in result.entities if e.key]
    return len(entities), sum(len(e.mentions) for e in entities), len(result.figures)


def write_extraction(
    conn, doc_id: int, result: Extraction, touched: set[int] | None = None, entity_counts: EntityCounts | None = None
) -> None:
    """The rows extracted from one stored document (its counts are on its
    row, see :func:`counts`); the caller owns the transaction. A handful of statements per document whatever its size:
    entities are upserted together, their ids read back in one query, and
    every other table is written with one ``executemany``. With
    ``entity_counts`` (the writer's), entities other than operations are
    counted once per batch by it (see :class:`EntityCounts`).
    """
    entities = [e for e in result.entities if e.key]
    # each operation under the key its own text gives; which instance a
    # document without a year joins is settled for the whole batch
    # (store/instances.py), so the order documents arrive in does not matter
    entities = _merge_same_keys(entities)
    upserted = entities if entity_counts is None else []
    ids: dict[tuple[str, str], int] = {}
    if upserted:
        conn.executemany(
            "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, ?, 1)"
            " ON CONFLICT (type, key) DO UPDATE SET mention_count = mention_count + excluded.mention_count,"
            " document_count = document_count + 1",
            [(e.type, e.name, e.key, len(e.mentions)) for e in upserted],
        )
        wanted = {(e.type, e.key) for e in upserted}
        keys = sorted({e.key for e in upserted})
        ids = {
            (t, k): i
            for i, t, k in conn.execute(
                f"SELECT id, type, key FROM entities WHERE key IN ({', '.join('?' * len(keys))})", keys
            )
            if (t, k) in wanted
        }
    if entity_counts is not None:
        ids.update(entity_counts.resolve(conn, entities))
    conn.executemany(
        "INSERT INTO document_entities (document_id, entity_id, name, mention_count, first_start)"
        " VALUES (?, ?, ?, ?, ?)",
        [(doc_id, ids[(e.type, e.key)], e.name, len(e.mentions), e.mentions[0][0]) for e in entities],
    )
    conn.executemany(
        'INSERT INTO mentions (document_id, entity_id, start, "end") VALUES (?, ?, ?, ?)',
        [(doc_id, ids[(e.type, e.key)], s, end) for e in entities for s, end in e.mentions],
    )
    key_of = {(e.type, e.name): e.key for e in entities}

    def entity_id(etype: str, name: str | None) -> int | None:
        if not name:
            return None
        return ids.get((etype, key_of.get((etype, name)) or entity_key(name)))

    aliases = []
    for e in entities:
        if e.alias_of:
            long_id, short_id = entity_id(e.type, e.alias_of), ids[(e.type, e.key)]
            if long_id and long_id != short_id:
                aliases.append((long_id, short_id))
    if entity_counts is None:
        conn.executemany("INSERT OR IGNORE INTO entity_aliases (entity_id, alias_id) VALUES (?, ?)", aliases)
    else:  # written with the batch's counts (two documents of one batch often give the same pair)
        for pair in aliases:
            entity_counts.alias(*pair)
    # An operation is its name and year: "Lionfish" 2013 and 2018 are two entities.
    op_ids = {(op.name, op.year): ids.get(("OPERATION", operation_key(op.name, op.year))) for op in result.operations}
    conn.executemany(
        "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year) VALUES (?, ?, ?)",
        [(doc_id, op_ids[(op.name, op.year)], op.year) for op in result.operations if op_ids[(op.name, op.year)]],
    )
    conn.executemany(
        "INSERT INTO operation_stats (document_id, operation_id, metric, item, value, unit,"
        ' qualifier, scope, start, "end", sentence_start, sentence_end)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                op_ids.get((f.operation, f.operation_year)) if f.operation else None,
                f.metric,
                f.item,
                f.value,
                f.unit,
                f.qualifier,
                f.scope,
                f.start,
                f.end,
                f.sentence_start,
                f.sentence_end,
            )
            for f in result.figures
        ],
    )
    operations = {i for (t, _), i in ids.items() if t == "OPERATION"}
    if touched is None:
        refresh_operation_summaries(conn, operations)
    else:  # the caller refreshes them once, at the end of its batch
        touched.update(operations)


def _merge_same_keys(entities: list) -> list:
    """Entities of one document that came to share a key are one (a new
    entity: the extraction is left as it was, so a document written again —
    a batch retried — gives the same rows)."""
    by_key: dict[tuple[str, str], int] = {}
    out = []
    for e in entities:
        at = by_key.get((e.type, e.key))
        if at is None:
            by_key[(e.type, e.key)] = len(out)
            out.append(e)
        else:
            out[at] = dataclasses.replace(out[at], mentions=sorted(out[at].mentions + e.mentions))
    return out


def refresh_operation_summaries(conn, operation_ids: set[int]) -> None:
    """Recompute the summary row of each operation a document touched (the
    headline figures: see store/summary.py)."""
    _refresh(conn, operation_ids)
