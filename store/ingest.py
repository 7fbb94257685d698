"""Reading files into the store: find, read, hash, decode, normalise,
extract, and write each document with everything extracted from it
atomically.

This process finds, reads and hashes files (an unchanged file costs no
more); worker processes decode and extract; this process alone writes, in
batched transactions where each document is its own savepoint, so a
document is stored whole or not at all.

A run never stops at a bad file: it says why in one line, counts it, and
goes on. Running the same ingest again stores nothing twice (documents are
keyed by the sha256 of their bytes), so an interrupted run is finished by
running it again.
"""

from __future__ import annotations

import errno
import gc
import hashlib
import multiprocessing
import os
import sqlite3
import stat
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from .db import utc_now
from .formats import HTML_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES, Unreadable, decode, html_to_text, pdf_to_text
from .text import entity_key, normalise_document

if TYPE_CHECKING:
    from .extract import Extraction

__all__ = [
    "IngestReport",
    "Skip",
    "ingest_paths",
    "iter_candidates",
    "SUPPORTED_SUFFIXES",
    "DEFAULT_MAX_BYTES",
]

SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES
#: Files larger than this are refused (``--max-size`` changes it).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class Skip(Exception):
    """A file that is not stored, with the reason in a few words."""


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


@dataclass
class Candidate:
    path: Path
    named: bool  # given on the command line rather than found in a folder
    problem: str | None = None


def _special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def iter_candidates(paths: Iterable[str | Path], *, follow_links: bool = False) -> Iterator[Candidate]:
    """Files to read, from files and folders as given.

    Folders are walked in name order. Links inside a folder are followed
    only when they stay inside it (``follow_links`` lifts that); dangling
    links, link loops and folder cycles are reported and the walk goes on.
    FIFOs and devices are reported, never opened.
    """
    for raw in paths:
        path = Path(raw)
        try:
            st = path.stat()
        except FileNotFoundError:
            kind = "dangling link" if path.is_symlink() else "no such file or folder"
            yield Candidate(path, True, kind)
            continue
        except OSError as exc:
            reason = "symlink loop" if exc.errno == errno.ELOOP else f"cannot read ({exc.strerror or exc})"
            yield Candidate(path, True, reason)
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, follow_links)
        elif stat.S_ISREG(st.st_mode):
            yield Candidate(path, True)
        else:
            yield Candidate(path, True, f"not a regular file ({_special(st.st_mode)}; never opened)")


def _walk(root: Path, follow_links: bool) -> Iterator[Candidate]:
    root_real = root.resolve()
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in visited:
                yield Candidate(folder, True, "folder cycle (already walked)")
                continue
            visited.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Candidate(folder, True, f"cannot read folder ({exc.strerror or exc})")
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = Path(entry.path)
            wanted = p.suffix.lower() in SUPPORTED_SUFFIXES
            try:
                if entry.is_symlink():
                    try:
                        target = p.resolve(strict=True)
                    except FileNotFoundError:
                        yield Candidate(p, True, "dangling link")
                        continue
                    except (RuntimeError, OSError):
                        yield Candidate(p, True, "symlink loop")
                        continue
                    if not follow_links and not _inside(target, root_real):
                        yield Candidate(p, True, "link points outside the folder (--follow-links follows it)")
                        continue
                    mode = p.stat().st_mode
                    if stat.S_ISDIR(mode):
                        subdirs.append(p)
                    elif stat.S_ISREG(mode):
                        if wanted:
                            yield Candidate(p, False)
                    elif wanted:
                        yield Candidate(p, True, f"not a regular file ({_special(mode)}; never opened)")
                    continue
                if entry.is_dir(follow_symlinks=False):
                    subdirs.append(p)
                elif entry.is_file(follow_symlinks=False):
                    if wanted:
                        yield Candidate(p, False)
                elif wanted:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    yield Candidate(p, True, f"not a regular file ({_special(mode)}; never opened)")
            except OSError as exc:
                yield Candidate(p, True, f"cannot read ({exc.strerror or exc})")
        stack.extend(reversed(subdirs))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


_MAGIC = (
    (b"\x7fELF", "an ELF executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a zip archive"),
    (b"BZh", "bzip2 data"),
    (b"%PDF", "a PDF under a text name"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "a SQLite file"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"MZ", "a Windows executable"),
)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A regular file's bytes, refusing what is not one or is too large."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise Skip(f"cannot read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Skip(f"not a regular file ({_special(st.st_mode)}; never read)")
        if st.st_size > max_bytes:
            raise Skip(f"too large ({st.st_size:,} bytes; the limit is {max_bytes:,})")
        # Ask for what fstat reported plus one byte, to notice a file that
        # grew (asking for max_bytes would allocate that much each time),
        # then read on to the end, never past the limit.
        parts = []
        got = 0
        want = min(st.st_size, max_bytes) + 1
        while got <= max_bytes:
            part = os.read(fd, want)
            if not part:
                break
            parts.append(part)
            got += len(part)
            want = min(1 << 20, max_bytes + 1 - got)
        data = parts[0] if len(parts) == 1 else b"".join(parts)
    except OSError as exc:
        raise Skip(f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise Skip(f"too large (over {max_bytes:,} bytes)")
    if not data.strip():
        raise Skip("empty file")
    return data


def to_text(path: Path, data: bytes) -> tuple[str, str | None]:
    """Normalised text of a file's bytes and a decoding warning."""
    suffix = path.suffix.lower()
    warning = None
    try:
        if suffix in PDF_SUFFIXES:
            if not data.startswith(b"%PDF"):
                raise Skip("damaged PDF (no PDF header)")
            text = pdf_to_text(data)
        else:
            for magic, what in _MAGIC:
                if data.startswith(magic):
                    raise Skip(f"binary content ({what})")
            nuls = data.count(b"\x00")
            if nuls and nuls * 10 > len(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                # A stray NUL in text is kept (and shown as ␀); many are binary data.
                raise Skip("binary content (NUL bytes)")
            text, warning = decode(data, html=suffix in HTML_SUFFIXES)
            if suffix in HTML_SUFFIXES:
                text = html_to_text(text)
    except Unreadable as exc:
        raise Skip(str(exc)) from None
    text = normalise_document(text)
    if not text.strip():
        raise Skip("empty file" if suffix not in HTML_SUFFIXES else "no visible text")
    return text, warning


def _write_document(conn, *, sha256: str, source: str, text: str, result: Extraction) -> int:
    """The rows of one document; the caller owns the transaction.

    A handful of statements per document whatever its size: entities are
    upserted together, their ids read back in one query, and every other
    table is written with one ``executemany``.
    """
    entities = [e for e in result.entities if e.key]
    cur = conn.execute(
        "INSERT INTO documents (sha256, title, source, published, text, ingested_at,"
        " entity_count, mention_count, figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            sha256,
            result.title,
            source,
            result.published,
            text,
            utc_now(),
            len(entities),
            sum(len(e.mentions) for e in entities),
            len(result.figures),
        ),
    )
    doc_id = cur.lastrowid
    if entities:
        conn.executemany(
            "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, ?, 1)"
            " ON CONFLICT (type, key) DO UPDATE SET mention_count = mention_count + excluded.mention_count,"
            " document_count = document_count + 1",
            [(e.type, e.name, e.key, len(e.mentions)) for e in entities],
        )
        wanted = {(e.type, e.key) for e in entities}
        keys = sorted({e.key for e in entities})
        ids = {
            (t, k): i
            for i, t, k in conn.execute(
                f"SELECT id, type, key FROM entities WHERE key IN ({', '.join('?' * len(keys))})", keys
            )
            if (t, k) in wanted
        }
    else:
        ids = {}
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
    conn.executemany("INSERT OR IGNORE INTO entity_aliases (entity_id, alias_id) VALUES (?, ?)", aliases)
    op_ids = {op.name: entity_id("OPERATION", op.name) for op in result.operations}
    conn.executemany(
        "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year) VALUES (?, ?, ?)",
        [(doc_id, op_ids[op.name], op.year) for op in result.operations if op_ids[op.name]],
    )
    conn.executemany(
        "INSERT INTO operation_stats (document_id, operation_id, metric, item, value, unit,"
        ' qualifier, scope, start, "end", sentence_start, sentence_end)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                op_ids.get(f.operation) if f.operation else None,
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
    _refresh_operation_summaries(conn, {i for (t, _), i in ids.items() if t == "OPERATION"})
    return doc_id


_SUMMARY_SQL = """
INSERT OR REPLACE INTO operation_summary (operation_id, name, year, arrests, seizures, other, documents)
SELECT o.id, o.name,
    (SELECT max(year) FROM document_operations WHERE operation_id = o.id),
    (SELECT max(value) FROM operation_stats
        WHERE operation_id = o.id AND metric = 'arrests' AND scope IS NULL AND item IS NULL),
    (SELECT count(*) FROM (SELECT DISTINCT item, unit, value, scope FROM operation_stats
        WHERE operation_id = o.id AND metric = 'seized')),
    (SELECT count(*) FROM (SELECT DISTINCT metric, item, unit, value, scope FROM operation_stats
        WHERE operation_id = o.id AND metric NOT IN ('arrests', 'seized'))),
    o.document_count
FROM entities o WHERE o.id = ?
"""


def _refresh_operation_summaries(conn, operation_ids: set[int]) -> None:
    """Recompute the summary row of each operation a document touched.
    Figures repeated by several documents count once (DISTINCT)."""
    conn.executemany(_SUMMARY_SQL, [(op_id,) for op_id in sorted(operation_ids)])


@dataclass
class Prepared:
    """A file read, decoded and extracted (in a worker process), ready to write."""

    path: Path
    outcome: str  # "new", "duplicate" or the reason it is skipped
    sha256: str = ""
    text: str = ""
    warning: str | None = None
    result: Extraction | None = None
    data: bytes = b""


def read_and_hash(cand: Candidate, max_bytes: int) -> Prepared:
    """The cheap part, done by the writing process: read and hash. An
    unchanged folder is recognised here without any extraction."""
    path = cand.path
    try:
        if cand.problem:
            raise Skip(cand.problem)
        if cand.named and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise Skip(f"unsupported file type {path.suffix or '(no suffix)'!r}")
        data = read_bytes(path, max_bytes)
    except Skip as skip:
        return Prepared(path, str(skip))
    prepared = Prepared(path, "new", hashlib.sha256(data).hexdigest())
    prepared.data = data
    return prepared


def extract(text: str) -> Extraction:
    """``store.extract.extract``, imported when first needed: re-reading an
    unchanged folder never needs it (nor the time to compile its patterns)."""
    from .extract import extract as run

    return run(text)


def extract_prepared(prepared: Prepared) -> Prepared:
    """The costly part, done in a worker process: decode, convert, extract."""
    try:
        prepared.text, prepared.warning = to_text(prepared.path, prepared.data)
    except Skip as skip:
        prepared.outcome = str(skip)
    else:
        prepared.result = extract(prepared.text)
    prepared.data = b""  # the bytes need not travel back
    return prepared


def prepare(cand: Candidate, max_bytes: int, known: frozenset[str] = frozenset()) -> Prepared:
    """Read, hash, decode and extract one file in this process."""
    prepared = read_and_hash(cand, max_bytes)
    if prepared.outcome != "new":
        return prepared
    if prepared.sha256 in known:
        prepared.outcome = "duplicate"
        return prepared
    return extract_prepared(prepared)


def extract_many(chunk: list[Prepared]) -> list[Prepared]:
    return [extract_prepared(p) for p in chunk]


#: Files sent to a worker at a time: fewer, larger messages between processes.
CHUNK = 32


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


#: Documents written per transaction; each is its own savepoint, so a
#: document is stored whole or not at all, and a kill loses at most one
#: uncommitted batch (which running the ingest again stores). The first
#: batch is small, so the first documents are stored (and shown) soon; each
#: next one is half as large again, up to BATCH_SIZE: fewer commits write
#: each index page fewer times (measured on 100,000 documents: 171 s with
#: batches of 100, 147 s with batches of 500).
FIRST_BATCH_SIZE = 50
BATCH_SIZE = 500
BATCH_SECONDS = 1.0


def ingest_paths(
    db: sqlite_utils.Database,
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[int, int, Path, str], None] | None = None,
    source_name: Callable[[Path], str] | None = None,
    follow_links: bool = False,
    workers: int | None = None,
) -> IngestReport:
    """Ingest files and folders into the store ``db``; see the module docstring.

    Files are read and extracted by ``workers`` processes (default: one per
    core) while this process alone writes. ``on_file(done, total, path,
    outcome)`` is called once a file's outcome is final (``stored`` only
    after its transaction committed), with ``stored``, ``duplicate`` or the
    reason it was skipped.
    """
    report = IngestReport()
    # A bigger page cache for index updates, and checkpoints every ~80 MB of
    # WAL instead of every 4 MB: ingest writes in long runs (measured: 14 %
    # faster on 10,000 documents). One checkpoint runs at the end.
    db.conn.execute(f"PRAGMA cache_size = -{INGEST_CACHE_KIB}")
    db.conn.execute(f"PRAGMA wal_autocheckpoint = {INGEST_CHECKPOINT_PAGES}")
    try:
        return _ingest(db, report, paths, max_bytes, on_file, source_name, follow_links, workers)
    finally:
        db.conn.execute("PRAGMA wal_autocheckpoint = 1000")
        db.conn.execute("PRAGMA cache_size = -2000")
        if not db.conn.in_transaction:
            db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


INGEST_CACHE_KIB = 256 * 1024
INGEST_CHECKPOINT_PAGES = 20_000


def _ingest(db, report, paths, max_bytes, on_file, source_name, follow_links, workers) -> IngestReport:
    candidates = list(iter_candidates(paths, follow_links=follow_links))
    total = len(candidates)
    known = {row[0] for row in db.conn.execute("SELECT sha256 FROM documents")}
    workers = default_workers() if workers is None else workers
    done = 0
    seen: set[str] = set(known)  # hashes stored before or read earlier in this run
    batch: list[Prepared] = []
    started = time.monotonic()

    def finish(path: Path, outcome: str) -> None:
        nonlocal done
        done += 1
        if on_file:
            on_file(done, total, path, outcome)

    limit = FIRST_BATCH_SIZE

    def flush() -> None:
        nonlocal started, limit
        if not batch:
            return
        outcomes = _write_batch(db, batch, source_name)
        for prepared, outcome in zip(batch, outcomes, strict=True):
            if outcome == "stored":
                report.stored += 1
                if prepared.warning:
                    report.warnings.append((str(prepared.path), prepared.warning))
            else:
                report.skipped[_reason_class(outcome)] += 1
                report.messages.append((str(prepared.path), outcome))
            finish(prepared.path, outcome)
        batch.clear()
        started = time.monotonic()
        limit = min(BATCH_SIZE, limit + limit // 2)

    def hashed():
        for cand in candidates:
            prepared = read_and_hash(cand, max_bytes)
            if prepared.outcome == "new" and prepared.sha256 in seen:
                prepared.outcome = "duplicate"  # stored before, or the same bytes twice in this run
            elif prepared.outcome == "new":
                seen.add(prepared.sha256)
            yield prepared

    def settle(prepared: Prepared) -> None:
        if prepared.outcome == "duplicate":
            report.duplicates += 1
        else:
            report.skipped[_reason_class(prepared.outcome)] += 1
            report.messages.append((str(prepared.path), prepared.outcome))
        finish(prepared.path, prepared.outcome)

    def handle(prepared: Prepared) -> None:
        if prepared.outcome != "new":
            settle(prepared)
            return
        batch.append(prepared)
        if len(batch) >= limit or time.monotonic() - started > BATCH_SECONDS:
            flush()

    # Workers start with the first file that needs extracting: an unchanged
    # folder is settled by reading and hashing alone, without loading the
    # gazetteer or forking.
    use_pool = workers > 1 and total >= 16
    pool = None

    def start_pool():
        from .extract.gazetteer import places

        places()  # loaded once here and shared with the workers by fork
        extract("")  # and the patterns compiled once
        # What is loaded now lives as long as the workers: kept out of the
        # collector's scans, so its pages stay shared after the fork.
        gc.freeze()
        return multiprocessing.get_context("fork").Pool(workers)

    inflight: deque = deque()  # chunks being extracted, handled in order
    chunk: list[Prepared] = []

    def submit() -> None:
        if chunk:
            inflight.append(pool.apply_async(extract_many, (list(chunk),)))
            chunk.clear()
        while len(inflight) > 8 * workers:
            for prepared in inflight.popleft().get():
                handle(prepared)

    try:
        for prepared in hashed():
            if prepared.outcome != "new":
                settle(prepared)
            elif not use_pool:
                handle(extract_prepared(prepared))
            else:
                if pool is None:
                    pool = start_pool()
                chunk.append(prepared)
                if len(chunk) >= CHUNK:
                    submit()
        if pool is not None:
            submit()
            while inflight:
                for prepared in inflight.popleft().get():
                    handle(prepared)
        flush()
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
            gc.unfreeze()  # this process may live on (the app, the tests): collect as usual again
    return report


def _write_batch(db: sqlite_utils.Database, batch: list[Prepared], source_name) -> list[str]:
    """Write a batch in one transaction, each document in its own savepoint."""
    conn = db.conn
    outcomes = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for prepared in batch:
            source = source_name(prepared.path) if source_name else str(prepared.path)
            conn.execute("SAVEPOINT doc")
            try:
                _write_document(conn, sha256=prepared.sha256, source=source, text=prepared.text, result=prepared.result)
                conn.execute("RELEASE doc")
                outcomes.append("stored")
            except sqlite3.DatabaseError as exc:
                conn.execute("ROLLBACK TO doc")
                conn.execute("RELEASE doc")
                outcomes.append(f"could not be stored ({exc})")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return outcomes


def _reason_class(reason: str) -> str:
    return reason.split(" (")[0].split(":")[0]
