"""What became of each file, as types: the report counts these, the CLI
prints them, and no reason is ever parsed back out of a string."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..formats import Note

__all__ = ["Note", "Stored", "Reextracted", "Duplicate", "Skipped", "Outcome", "IngestReport", "TOO_SLOW"]

#: Why a document was stored without extraction (the ``documents.extraction_stopped`` value).
TOO_SLOW = "too slow"


@dataclass(frozen=True)
class Stored:
    """A new document, committed. ``stopped`` says why it was stored
    without extraction (searchable, retried on the next ingest)."""

    path: Path
    notes: tuple[Note, ...] = ()
    stopped: str | None = None


@dataclass(frozen=True)
class Reextracted:
    """A document stored earlier without extraction, tried again:
    ``stopped`` is None when its extraction is now stored."""

    path: Path
    notes: tuple[Note, ...] = ()
    stopped: str | None = None


@dataclass(frozen=True)
class Duplicate:
    """The same bytes are already in the store (or earlier in this run)."""

    path: Path


@dataclass(frozen=True)
class Skipped:
    """A file not stored: ``reason`` in a few words (the summary counts by
    it) and an optional ``detail``."""

    path: Path
    reason: str
    detail: str | None = None

    @property
    def message(self) -> str:
        return f"{self.reason} ({self.detail})" if self.detail else self.reason


Outcome = Stored | Reextracted | Duplicate | Skipped


@dataclass
class IngestReport:
    """Counts and messages of one ingest; :meth:`add` is the one place an
    outcome is counted."""

    stored: int = 0
    duplicates: int = 0
    reextracted: int = 0
    skipped: Counter = field(default_factory=Counter)
    messages: list[tuple[str, str]] = field(default_factory=list)  # (path, why it was skipped)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, note about a stored document)
    noted: Counter = field(default_factory=Counter)  # note kinds, for the summary
    stopped: list[tuple[str, str]] = field(default_factory=list)  # (path, why extraction stopped)
    interrupted: bool = False

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Skipped):
            self.skipped[outcome.reason] += 1
            self.messages.append((str(outcome.path), outcome.message))
            return
        if isinstance(outcome, Duplicate):
            self.duplicates += 1
            return
        if isinstance(outcome, Stored):
            self.stored += 1
        elif outcome.stopped is None:
            self.reextracted += 1
        for note in outcome.notes:
            self.warnings.append((str(outcome.path), note.message))
            self.noted[note.kind] += 1
        if outcome.stopped:
            self.stopped.append((str(outcome.path), outcome.stopped))

    def summary(self) -> str:
        """One line: what was stored, found again, skipped, and noted."""
        parts = [f"{self.stored} stored", f"{self.duplicates} duplicate(s)"]
        skipped = f"{self.skipped_total} skipped"
        if self.skipped:
            skipped += " (" + ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common()) + ")"
        parts.append(skipped)
        if self.stopped:
            parts.append(
                f"{len(self.stopped)} without extraction (extraction stopped: {TOO_SLOW}; retried on the next ingest)"
            )
        if self.reextracted:
            parts.append(f"{self.reextracted} re-extracted")
        if self.noted:
            parts.append(
                f"{sum(self.noted.values())} warning(s) ("
                + ", ".join(f"{n} {kind}" for kind, n in self.noted.most_common())
                + ")"
            )
        return ", ".join(parts)
