"""Step 3 of an ingest, the part done in a worker process: turning one
file's bytes into normalised text, then extracting from it.

Crash isolation lives here: any exception while converting or extracting
one document becomes that document's outcome (with the exception named),
never the batch's. :func:`convert_document` and :func:`extract_document`
run in this process too, so they are tested directly; the supervisor in
``store.ingest.supervise`` runs them in workers under a time budget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .. import copies
from ..formats import HTML_SUFFIXES, Note, Unreadable, convert
from ..text import normalise_document
from .outcomes import Skipped

if TYPE_CHECKING:
    from ..extract import Extraction

__all__ = ["Job", "Limits", "Converted", "convert_document", "extract_document", "extract"]


@dataclass(frozen=True)
class Limits:
    """What one document may take: bytes read, text kept, PDF pages, and
    seconds of work (``seconds + per_mb`` for each MB of the file).

    The seconds are the worker's CPU seconds where the system tells them
    (Linux), so a loaded machine — several ingests, a database server on
    the same cores — does not stop a document that would pass on an idle
    one. A worker that takes ``wall`` times its budget in elapsed time is
    stopped all the same, computing or not (stuck on something that is
    not the processor); where CPU time cannot be read the budget is
    elapsed time, as it is for ``wall=1``."""

    max_bytes: int = 20 * 1024 * 1024
    max_chars: int = 10 * 1024 * 1024
    max_pages: int = 2000
    seconds: float = 10.0
    per_mb: float = 5.0
    wall: float = 10.0

    def budget(self, size: int) -> float:
        """Seconds a document of ``size`` bytes may take to convert and extract."""
        return self.seconds + self.per_mb * size / (1024 * 1024)


@dataclass(frozen=True)
class Job:
    """One document to convert and extract. ``seq`` orders the results;
    ``retry_of`` is the id of a stored document whose extraction stopped."""

    seq: int
    path: Path
    sha256: str
    data: bytes
    budget: float
    retry_of: int | None = None


@dataclass
class Converted:
    """A document's normalised text and the warnings met reading it."""

    text: str
    notes: list[Note] = field(default_factory=list)


def _failure(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


def convert_document(path: Path, data: bytes, limits: Limits) -> Converted | Skipped:
    """Bytes to normalised text, or why there is none. Never raises (but
    KeyboardInterrupt and SystemExit pass)."""
    try:
        converted = convert(data, path.suffix, max_chars=limits.max_chars, max_pages=limits.max_pages)
        text = normalise_document(converted.text)
    except Unreadable as exc:
        return Skipped(path, exc.reason, exc.detail)
    except Exception as exc:  # a converter bug or a library's surprise: this document only
        return Skipped(path, "could not be read", _failure(exc))
    if not text.strip():
        return Skipped(path, "no visible text" if path.suffix.lower() in HTML_SUFFIXES else "empty file")
    return Converted(text, converted.notes)


def extract(text: str) -> Extraction:
    """``store.extract.extract``, imported when first needed: re-reading an
    unchanged folder never needs it (nor the time to compile its patterns).
    Tests replace this to inject a failing, slow or dying extractor."""
    from ..extract import extract as run

    return run(text)


def sign_document(text: str) -> bytes | None:
    """The text's copy signature (``store.copies.sign``), made in the worker
    so that the writer only looks it up; None when it fails (the writer
    then signs the text itself)."""
    try:
        return copies.sign(text)
    except Exception:
        return None


def extract_document(path: Path, text: str) -> Extraction | Skipped:
    """What :func:`extract` finds in a document, or why it failed."""
    try:
        return extract(text)
    except Exception as exc:  # RecursionError, MemoryError, a bug: this document only
        return Skipped(path, "extraction failed", _failure(exc))
