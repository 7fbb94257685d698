"""The fast-scanning rewrites of extraction patterns match exactly what the
plain patterns match: same spans, same order, same winner among alternatives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.patterns import dispatch, split_alternatives
from store.extract.sentences import _BOUNDARY, _boundaries

WORDS = ["arrest", "arrested", "arrests", "seiz(?:ed|ure)", "a dozen", "an", "s", "seven", "seventeen", "tons?"]
def pieces(chars: str, words: list[str], size: int) -> st.SearchStrategy[str]:
    """Text made of single characters and whole words, joined."""
    return st.lists(st.sampled_from(list(chars) + words), max_size=size).map("".join)


TEXT = pieces("arestdizuonvl ,.-'\nASX1", ["seventeen ", "arrested", "a dozen", "tons"], 60)


def spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def test_split_alternatives_keeps_groups_and_classes_whole():
    assert split_alternatives(r"a|b(?:c|d)|[|x]|\||e") == ["a", "b(?:c|d)", "[|x]", r"\|", "e"]


def test_dispatch_refuses_alternatives_it_cannot_rewrite():
    with pytest.raises(ValueError):
        dispatch(["(?:a|b)c"])
    with pytest.raises(ValueError):
        dispatch(["a?b"])


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_dispatch_matches_like_the_plain_alternation(text):
    assert spans(dispatch(WORDS), text) == spans("(?:" + "|".join(WORDS) + ")", text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_dispatch_at_word_start_matches_like_a_leading_word_boundary(text):
    assert spans(dispatch(WORDS, word_start=True) + r"\b", text) == spans(r"\b(?:" + "|".join(WORDS) + r")\b", text)


@settings(max_examples=500, deadline=None)
@given(pieces("ab AB.;:!?\n\t\"')(-•1é\u00a0", ["St. ", "etc.\n"], 60))
def test_sentence_boundaries_found_only_at_candidates_are_all_the_boundaries(text):
    assert [m.span() for m in _boundaries(text)] == [m.span() for m in _BOUNDARY.finditer(text)]
