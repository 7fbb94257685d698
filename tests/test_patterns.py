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


NAMES = pieces("ab AB'’-_.IVX1", [" II", " III", "-IV", "Trigger", "HAECHI", "O'Brien", "d'Ar", " operation"], 40)


@settings(max_examples=500, deadline=None)
@given(NAMES)
def test_numeral_names_are_what_the_full_pattern_finds(text):
    from store.extract.operations import _OP_NUMERAL, _numeral_names

    assert [m.span() for m in _numeral_names(text)] == [m.span() for m in _OP_NUMERAL.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(pieces("ab AB,.", ["members of ", "member of the ", "gangs such as ", "including the ", "Los ", "Zetas"], 30))
def test_group_cues_found_at_their_words_are_what_the_full_pattern_finds(text):
    from store.extract.organisations import _GROUP_CUE, _GROUP_CUE_WORDS
    from store.extract.patterns import matches_at_words

    expected = [m.span() for m in _GROUP_CUE.finditer(text)]
    assert [m.span() for m in matches_at_words(_GROUP_CUE, text, _GROUP_CUE_WORDS)] == expected
