"""Sentence and clause spans for text as it comes: run-together sentences
(``rings.Entitled``), lists glued with ``;``, bullet lines, headlines without
a full stop."""

from __future__ import annotations

import bisect
import math
import re

from .wordlists import words

__all__ = ["ABBREVIATIONS", "sentence_spans", "sentence_at"]

ABBREVIATIONS = set(words("sentence_abbreviations"))

# A boundary: end punctuation then space(s) and a capital/quote/digit; or end
# punctuation glued to a capital after a lower-case letter ("rings.Entitled");
# a semicolon; a line break.
_BOUNDARY = re.compile(
    r"""
    (?<=[.!?])["'”’)]?\s+(?=["'“‘(]?[A-Z0-9À-ÖØ-Þ\-•])
  | (?<=[a-z\u00df-\u00ff][.!?])(?=[A-ZÀ-ÖØ-Þ][a-z])
  | (?<=;)\s*
  | (?<=[a-z\u00df-\u00ff]:)(?=[A-ZÀ-ÖØ-Þ][a-z])
  | \s*\n\s*
    """,
    re.VERBOSE,
)


# Abbreviations that stand before a number, and end no sentence there: a month ("on Oct. 1, …",
# "since Jan. 2024") or a currency ("assets worth Rs. 1.2 billion", "Ksh. 4 million").
_BEFORE_A_NUMBER = words("sentence_abbreviations_before_number")

_LAST_WORD = re.compile(r"([\w.]+)\.$")
# The run of word characters and points that ends a window, matched on the window reversed: no _LAST_WORD match
# starts before it, so the search starts there (tried from the window's start, re walked every word in it again
# from each of its letters)
_WORD_AND_POINTS_BACKWARDS = re.compile(r"[\w.]*")
# Every boundary sits just after one of these characters, or at the
# whitespace before a line break. Finding them with a one-character class
# lets the regex engine skip ahead; _BOUNDARY is then tried only there
# (run over every position it costs a tenth of all extraction).
_CANDIDATE = re.compile(r"[.!?;:\n]")


def _boundaries(text: str):
    """The matches ``_BOUNDARY.finditer(text)`` would give, found faster."""
    pos = 0
    for c in _CANDIDATE.finditer(text):
        x = c.start()
        if text[x] == "\n":
            while x > pos and text[x - 1].isspace():
                x -= 1
        else:
            x += 1
        if x < pos:
            continue
        m = _BOUNDARY.match(text, x)
        if m is not None:
            pos = m.end()
            yield m


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _boundaries(text):
        cut = m.start()
        if cut <= start:
            start = max(start, m.end())
            continue
        # Do not split after an abbreviation or an initial ("St. Lucia", "U.S. officials", "J. Smith"),
        # unless a blank line follows: a paragraph always ends its sentence ("… Operation Farauta-4.\n\n").
        if text[cut - 1 : cut] == "." and "\n\n" not in text[cut : m.end()]:
            lo = max(start, cut - 24)
            word = _LAST_WORD.search(text, cut - _WORD_AND_POINTS_BACKWARDS.match(text[lo:cut][::-1]).end(), cut)
            if word and (
                word.group(1).lower() in ABBREVIATIONS
                or (len(word.group(1)) == 1 and word.group(1).isalpha())
                or (word.group(1).lower() in _BEFORE_A_NUMBER and text[m.end() : m.end() + 1].isdigit())
            ):
                continue
        spans.append((start, cut))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span holding ``pos`` (or the nearest one before it; the
    first when none starts at or before it). ``spans`` are ``sentence_spans``'s:
    in order and apart, so the last one starting at or before ``pos`` is it."""
    k = bisect.bisect_right(spans, (pos, math.inf)) - 1  # (a bisect in C, not a loop in Python)
    if k >= 0:
        return spans[k]
    return spans[0] if spans else (0, 0)
