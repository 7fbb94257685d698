"""Copies of one release: the same text republished by several outlets.

Two documents are copies when their word shingles mostly agree: the same
release with another headline, a byline, a paragraph added or cut. Each
document's text gets a MinHash signature (:data:`NUM_PERM` hash functions
over its :data:`SHINGLE_WORDS`-word shingles, vectorised with numpy;
computed in the ingest workers, beside extraction), cut into
:data:`BANDS` bands of :data:`ROWS` values (locality-sensitive hashing).
The bands are kept in ``document_bands`` (one indexed row per band), so a
document arriving in any later ingest finds the stored documents that
share a band with it in one indexed lookup, without reading the others;
each such candidate is confirmed by the Jaccard similarity its stored
signature estimates (:data:`THRESHOLD`), and the document joins the
candidate's group.

A group is flat: ``documents.copy_of`` names the group's original (the
first of it stored) on every copy and is NULL on originals. Lists show an
original once with its number of copies; full-text search still finds
every copy; figures count the documents that count (:data:`COUNTED`, the
originals). Removing an original promotes its oldest copy.

32 bands of 4 values make a pair with Jaccard 0.5 a candidate with
probability 0.87, 0.6 with 0.985, 0.7 with 0.9997, and a pair of different
releases (Jaccard about 0.03) with 0.00003; the confirmation then decides.
The threshold, 0.5, is measured (``benchmarks/copies.py``, see
docs/benchmarks.md): a release republished with another headline, a byline,
an extra paragraph or a paragraph cut scored 0.61 and above (3,000 made-up
copies, the shortest reports included), while the most alike of 1.77
million candidate pairs of different generated reports (one template, the
same agencies, at 100,000 reports) scored 0.34.
"""

from __future__ import annotations

import functools
import hashlib
import re
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "NUM_PERM",
    "BANDS",
    "ROWS",
    "SHINGLE_WORDS",
    "THRESHOLD",
    "COUNTED",
    "counted",
    "shingles",
    "signature",
    "band_keys",
    "similarity",
    "Signed",
    "find_group",
    "find_groups",
    "record",
    "assign_copy",
    "forget_documents",
    "promote_copies",
    "index_unsigned",
    "sign",
    "resign_all",
]

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
#: Estimated Jaccard over word shingles from which two documents are copies.
THRESHOLD = 0.5
#: A fixed seed and hash scheme: signatures stored by one run are compared
#: with the next's. A change of either must re-sign every stored document
#: (a schema migration: see ``store/db.py``, 8 → 9).
SEED = 7
SCHEME = "crc32-fold-multiply-shift-64"
#: Shingles hashed per step (bounds memory on a 1 MB document: 4096 × 128
#: 64-bit values, 4 MB).
_CHUNK = 4096
#: The multiplier that folds a shingle's word hashes (odd, 64 bits: the
#: golden ratio's).
_FOLD_VALUE = 0x9E3779B97F4A7C15

#: SQL condition on ``documents`` (no alias) for "documents that count":
#: originals, not copies. Figures, years and totals count these only.
COUNTED = "copy_of IS NULL"


def counted(alias: str = "d") -> str:
    """:data:`COUNTED` for a query where ``documents`` is ``alias``."""
    if not alias.isidentifier():
        raise ValueError(alias)
    return f"{alias}.copy_of IS NULL"


_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    """Every run of ``k`` consecutive words, case-folded (the whole text
    when it has fewer words)."""
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of ``text`` (``NUM_PERM`` unsigned 32-bit
    values), None for a text without words.

    Each word is hashed once (CRC-32, in C), a shingle's hash is folded from
    its words' hashes and mixed (a 64-bit finaliser), and each of the
    ``NUM_PERM`` hash functions is a multiply-shift hash (``a·x + b`` modulo
    2⁶⁴ with ``a`` odd, its top 32 bits kept) applied to every distinct
    shingle at once with numpy. A 5 KB report is signed in about 0.6 ms, a
    1 MB text in about 0.1 s; datasketch, hashing each shingle with SHA-1 in
    a Python call, took 3.7 ms a report, the costliest step of the writer."""
    import numpy as np

    words = _WORD.findall(text.casefold())
    if not words:
        return None
    if len(words) < SHINGLE_WORDS:  # the whole text is its one shingle
        hashes = np.array([zlib.crc32(" ".join(words).encode())], dtype=np.uint64)
    else:
        per_word = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
        n = len(words) - SHINGLE_WORDS + 1
        hashes = per_word[:n].copy()
        for offset in range(1, SHINGLE_WORDS):  # fold the words in order: "a b" and "b a" differ
            hashes = hashes * np.uint64(_FOLD_VALUE) + per_word[offset : offset + n]
    hashes = np.unique(_mix(hashes))
    a, b = _permutations()
    lowest = np.full(NUM_PERM, np.iinfo(np.uint64).max, dtype=np.uint64)
    for i in range(0, len(hashes), _CHUNK):  # a chunk of shingles × NUM_PERM values at a time
        lowest = np.minimum(lowest, (hashes[i : i + _CHUNK, None] * a + b).min(axis=0))
    return (lowest >> np.uint64(32)).astype(np.uint32)


def _mix(values: np.ndarray) -> np.ndarray:
    """A 64-bit finaliser (splitmix64's): every input bit reaches every
    output bit, so folded shingle hashes that differ a little differ
    everywhere before the multiply-shift hashes see them."""
    import numpy as np

    values = values ^ (values >> np.uint64(30))
    values = values * np.uint64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> np.uint64(27))
    values = values * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


@functools.cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The ``NUM_PERM`` multiply-shift hash functions' (a, b), derived from
    :data:`SEED` with BLAKE2b: the same in every process, on every machine
    and with every numpy version (a random generator's stream may change
    between versions; stored signatures must not)."""
    import numpy as np

    def draw(tag: str, i: int) -> int:
        return int.from_bytes(hashlib.blake2b(f"{SCHEME}/{SEED}/{tag}/{i}".encode(), digest_size=8).digest(), "little")

    a = np.array([draw("a", i) | 1 for i in range(NUM_PERM)], dtype=np.uint64)  # odd multipliers
    b = np.array([draw("b", i) for i in range(NUM_PERM)], dtype=np.uint64)
    return a, b


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    import numpy as np

    return np.frombuffer(blob, dtype="<u4")


def band_keys(sig: np.ndarray) -> list[int]:
    """One integer per band (the band's number is hashed in, so equal values
    in two different bands never meet); 48 bits, stored in six bytes. The
    band's values are folded and mixed as a shingle's word hashes are."""
    import numpy as np

    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    folded = np.arange(1, BANDS + 1, dtype=np.uint64)
    for column in range(ROWS):
        folded = folded * np.uint64(_FOLD_VALUE) + rows[:, column]
    return [int(k) for k in _mix(folded) >> np.uint64(16)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The Jaccard similarity of two texts' shingles, as their MinHash
    signatures estimate it: the share of positions where they agree."""
    import numpy as np

    return float(np.count_nonzero(a == b)) / len(a)


# ------------------------------------------------------------------ store side


def _find_original(conn: sqlite3.Connection, sig: np.ndarray, keys: Sequence[int], doc_id: int) -> int | None:
    """The original of the group whose member is most like ``sig``, or None."""
    marks = ", ".join("?" * len(keys))
    candidates = [
        row[0]
        for row in conn.execute(
            f"SELECT DISTINCT document_id FROM document_bands WHERE band IN ({marks}) AND document_id != ?",
            (*keys, doc_id),
        )
    ]
    best: tuple[float, int] | None = None
    for start in range(0, len(candidates), 500):
        part = candidates[start : start + 500]
        rows = conn.execute(
            "SELECT s.document_id, s.signature, d.copy_of FROM document_signatures s"
            f" JOIN documents d ON d.id = s.document_id WHERE s.document_id IN ({', '.join('?' * len(part))})",
            part,
        ).fetchall()
        for cand_id, blob, copy_of in rows:
            score = similarity(sig, from_blob(blob))
            if score >= THRESHOLD and (best is None or (score, -cand_id) > (best[0], -best[1])):
                best = (score, copy_of or cand_id)
    return None if best is None else best[1]


@dataclass(frozen=True)
class Signed:
    """A document's signature, its band keys and the original of the group
    it joins (None: it is an original), before its row is written."""

    signature: np.ndarray | None
    keys: tuple[int, ...] = ()
    original: int | None = None


def sign(text: str) -> bytes:
    """:func:`signature` as bytes to carry between processes (empty: a text
    without words)."""
    sig = signature(text)
    return b"" if sig is None else to_blob(sig)


def find_group(conn: sqlite3.Connection, text: str, doc_id: int = 0, premade: bytes | None = None) -> Signed:
    """Sign a document's text (unless its signature, from :func:`sign`, is
    ``premade``) and find the group it belongs to among the stored
    documents (``doc_id``: its own id, if stored already)."""
    if premade is None:
        sig = signature(text)
    else:
        sig = from_blob(premade) if premade else None
    if sig is None:
        return Signed(None)
    keys = tuple(band_keys(sig))
    return Signed(sig, keys, _find_original(conn, sig, keys, doc_id))


def find_groups(conn: sqlite3.Connection, documents: Sequence[tuple[int, str, bytes | None]]) -> list[Signed]:
    """:func:`find_group` for several stored documents at once ((id, text,
    signature) each, signatures and bands not yet kept), in their order:
    each joins the group of the stored document or of an earlier one of
    ``documents`` most like it, as if each had been found and recorded in
    turn. The store is asked twice for them all (the candidates that share a
    band, then their signatures), where one document at a time asked twice
    each (on PostgreSQL, two waits on the server per document)."""
    from .engines import read_ahead

    signed: list[tuple[int, np.ndarray | None, tuple[int, ...]]] = []
    for doc_id, text, premade in documents:
        sig = signature(text) if premade is None else (from_blob(premade) if premade else None)
        signed.append((doc_id, sig, tuple(band_keys(sig)) if sig is not None else ()))
    with_bands = [(doc_id, keys) for doc_id, sig, keys in signed if sig is not None]
    found = read_ahead(
        conn,
        [
            (
                f"SELECT DISTINCT document_id FROM document_bands WHERE band IN ({', '.join('?' * len(keys))})"
                " AND document_id != ?",
                (*keys, doc_id),
            )
            for doc_id, keys in with_bands
        ],
    )
    stored_candidates = {doc_id: [r[0] for r in rows] for (doc_id, _), rows in zip(with_bands, found, strict=True)}
    wanted = sorted({c for cands in stored_candidates.values() for c in cands})
    stored: dict[int, tuple[np.ndarray, int | None]] = {}
    chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    for rows in read_ahead(
        conn,
        [
            (
                "SELECT s.document_id, s.signature, d.copy_of FROM document_signatures s"
                f" JOIN documents d ON d.id = s.document_id WHERE s.document_id IN ({', '.join('?' * len(c))})",
                c,
            )
            for c in chunks
        ],
    ):
        for cand_id, blob, copy_of in rows:
            stored[cand_id] = (from_blob(blob), copy_of)
    by_band: dict[int, list[int]] = {}  # this call's earlier documents, by band
    out: list[Signed] = []
    for doc_id, sig, keys in signed:
        if sig is None:
            out.append(Signed(None))
            continue
        candidates = [(c, *stored[c]) for c in stored_candidates[doc_id] if c in stored]
        earlier = {c for k in keys for c in by_band.get(k, ())}
        candidates += [(c, *stored[c]) for c in sorted(earlier)]
        best: tuple[float, int] | None = None
        for cand_id, cand_sig, copy_of in candidates:
            score = similarity(sig, cand_sig)
            if score >= THRESHOLD and (best is None or (score, -cand_id) > (best[0], -best[1])):
                best = (score, copy_of or cand_id)
        original = None if best is None else best[1]
        out.append(Signed(sig, keys, original))
        stored[doc_id] = (sig, original)
        for k in keys:
            by_band.setdefault(k, []).append(doc_id)
    return out


def record(conn: sqlite3.Connection, doc_id: int, signed: Signed) -> None:
    """Keep a stored document's signature and bands, so later documents find it."""
    if signed.signature is None:
        return
    conn.execute(
        "INSERT OR REPLACE INTO document_signatures (document_id, signature) VALUES (?, ?)",
        (doc_id, to_blob(signed.signature)),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO document_bands (band, document_id) VALUES (?, ?)", [(k, doc_id) for k in signed.keys]
    )


def assign_copy(conn: sqlite3.Connection, doc_id: int, text: str) -> int | None:
    """Sign a stored document, keep its bands, and make it a copy of the
    group it belongs to. Returns the group's original, or None when the
    document is an original. The caller owns the transaction."""
    signed = find_group(conn, text, doc_id)
    if signed.original is not None:
        conn.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (signed.original, doc_id))
    record(conn, doc_id, signed)
    return signed.original


def forget_documents(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Drop the signatures and bands of documents about to be removed (the
    bands are found from the signature: no scan of the band index)."""
    for doc_id in ids:
        row = conn.execute("SELECT signature FROM document_signatures WHERE document_id = ?", (doc_id,)).fetchone()
        if row is None:
            continue
        conn.executemany(
            "DELETE FROM document_bands WHERE band = ? AND document_id = ?",
            [(k, doc_id) for k in band_keys(from_blob(row[0]))],
        )
        conn.execute("DELETE FROM document_signatures WHERE document_id = ?", (doc_id,))


def promote_copies(conn: sqlite3.Connection, ids: Sequence[int]) -> set[int]:
    """Before removing documents ``ids``: each removed original's oldest copy
    that stays becomes the group's original. Returns the promoted ids."""
    gone = set(ids)
    promoted: set[int] = set()
    for doc_id in sorted(gone):
        copies = [
            r[0]
            for r in conn.execute("SELECT id FROM documents WHERE copy_of = ? ORDER BY id", (doc_id,))
            if r[0] not in gone
        ]
        if not copies:
            continue
        new, rest = copies[0], copies[1:]
        conn.execute("UPDATE documents SET copy_of = NULL WHERE id = ?", (new,))
        conn.executemany("UPDATE documents SET copy_of = ? WHERE id = ?", [(new, r) for r in rest])
        promoted.add(new)
    return promoted


def resign_all(conn: sqlite3.Connection, batch: int = 200) -> int:
    """Sign every stored document again and keep its bands, its copy group
    left as it is (after a change of hash scheme: the caller has emptied
    the signature and band tables). Returns how many were signed."""
    done = 0
    last = 0
    while True:
        rows = conn.execute("SELECT id, text FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return done
        for doc_id, text in rows:
            sig = signature(text)
            record(conn, doc_id, Signed(sig, tuple(band_keys(sig)) if sig is not None else ()))
            last = doc_id
            done += 1


def index_unsigned(conn: sqlite3.Connection, batch: int = 200) -> int:
    """Sign and group every stored document that has no signature yet, in
    id order (a store made before copies were found). Returns how many."""
    done = 0
    last = 0
    while True:
        rows = conn.execute(
            "SELECT id, text FROM documents WHERE id > ? AND id NOT IN (SELECT document_id FROM document_signatures)"
            " ORDER BY id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return done
        for doc_id, text in rows:
            assign_copy(conn, doc_id, text)
            last = doc_id
            done += 1
