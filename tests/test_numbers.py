"""Numbers as reports write them."""

import pytest

from store.extract.numbers import find_numbers, parse_word_number, qualifier_before


@pytest.mark.parametrize(
    "written, value, currency",
    [
        ("1,300", 1300, None),
        ("14 260", 14260, None),
        ("1.3 million", 1_300_000, None),
        ("eleven", 11, None),
        ("Forty-nine", 49, None),
        ("€1.4m", 1_400_000, "EUR"),
        ("USD 5.7 billion", 5_700_000_000, "USD"),
        ("$2.2 million", 2_200_000, "USD"),
        ("EUR 110,000", 110_000, "EUR"),
        ("129,975,440 USD", 129_975_440, "USD"),
    ],
)
def test_numbers_are_read_as_written(written, value, currency):
    (num,) = find_numbers(f"seized {written} in total")
    assert num.value == pytest.approx(value)
    assert num.currency == currency
    assert num.written == written


def test_years_and_ordinals_are_marked():
    nums = find_numbers("the 62nd session in 2018")
    assert [(n.is_ordinal, n.is_year) for n in nums] == [(True, False), (False, True)]


def test_word_numbers():
    assert parse_word_number("eight million") == 8_000_000
    assert parse_word_number("half a") == 0.5
    assert parse_word_number("hundreds") is None


def test_qualifier_is_the_hedge_just_before():
    text = "More than 27.5 tonnes and nearly 30 tons and an estimated 5"
    nums = find_numbers(text)
    assert [qualifier_before(text, n.start) for n in nums] == ["more than", "nearly", None]
