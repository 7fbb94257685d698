"""find_words finds what find_word finds, for many needles in one pass."""

from hypothesis import given, settings
from hypothesis import strategies as st

from store.text import WordFinder, _find_bounded, find_word, find_words

_ALPHABET = st.sampled_from(list("ab AB-.'’_é1"))
_TEXT = st.text(_ALPHABET, max_size=60)
_NEEDLE = st.text(_ALPHABET, min_size=1, max_size=8)


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.lists(_NEEDLE, max_size=6))
def test_same_as_find_word_for_each_needle(haystack: str, needles: list[str]) -> None:
    got = find_words(haystack, needles)
    for needle in set(needles):
        assert sorted(got.get(needle, [])) == find_word(haystack, needle), needle


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.lists(_NEEDLE, max_size=6))
def test_hyphen_as_boundary(haystack: str, needles: list[str]) -> None:
    got = find_words(haystack, needles, hyphen_joins=False)
    for needle in set(needles):
        assert sorted(got.get(needle, [])) == _find_bounded(haystack, needle, False), needle


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.lists(_NEEDLE, max_size=6), st.booleans())
def test_many_needles_same_as_one_at_a_time(haystack: str, needles: list[str], hyphen_joins: bool) -> None:
    # Sixty other first words make the finder walk from the text's own words
    # (a document's many names); the second find reuses that text's word list.
    finder = WordFinder([f"w{i} x" for i in range(60)] + needles, hyphen_joins=hyphen_joins)
    for _ in range(2):
        got = finder.find(haystack)
        for needle in set(needles):
            assert got.get(needle, []) == _find_bounded(haystack, needle, hyphen_joins), needle


def test_names_in_a_sentence() -> None:
    text = "The Kenya Police Service and Kenya-based U.S. agents met the Kenya Police."
    got = find_words(text, ["Kenya Police", "Kenya Police Service", "U.S.", "Kenya"])
    last = text.rindex("Kenya Police")
    assert got["Kenya Police"] == [(4, 16), (last, last + 12)]
    assert got["Kenya Police Service"] == [(4, 24)]
    assert got["U.S."] == [(text.index("U.S."), text.index("U.S.") + 4)]
    assert "Kenya" not in got or all(text[s:e] == "Kenya" and text[e] != "-" for s, e in got["Kenya"])
