"""Word lists as reviewable data files, one entry a line with its reason.

Each list lives in ``store/extract/words/NAME.txt``::

    # What the list is for (comment lines start with '#').
    Police          # an agency's head word: "Kenya Police"
    Boko Haram      # a group reports name without a head word

An entry is everything before the first ``  #`` (two spaces and a hash), with
its surrounding blanks removed; the reason after it is required, so a change
to a list is a data diff that says why. ``tests/test_wordlists.py`` checks
every file keeps that shape.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["entries", "words", "WordListError"]

_SEPARATOR = "  #"


class WordListError(ValueError):
    """A word list file that breaks the one-entry-one-reason shape."""


@cache
def entries(name: str) -> tuple[tuple[str, str], ...]:
    """The (entry, reason) pairs of list ``name``, in file order."""
    text = resources.files(__package__).joinpath("words", f"{name}.txt").read_text(encoding="utf-8")
    out: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        entry, sep, reason = line.partition(_SEPARATOR)
        entry, reason = entry.strip(), reason.strip()
        if not sep or not entry or not reason:
            raise WordListError(f"words/{name}.txt line {number}: an entry needs a reason after '  #'")
        out.append((entry, reason))
    return tuple(out)


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list ``name`` as a set."""
    return frozenset(entry for entry, _ in entries(name))
