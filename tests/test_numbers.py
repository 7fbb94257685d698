"""Numbers as reports write them."""

import pytest

from store.extract.numbers import find_numbers, parse_word_number, qualifier_before
from tests.conftest import fastest_of_three


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


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("seized VND 1.2 billion in cash", 1_200_000_000, "VND"),
        ("assets worth RM51.2mil", 51_200_000, "MYR"),
        ("22 mln meth pills", 22_000_000, None),
        ("Rp 3.5 billion", 3_500_000_000, "IDR"),
        ("₫2 billion", 2_000_000_000, "VND"),
        ("PLN 4.1 million", 4_100_000, "PLN"),
        ("two hundred and eight (208) suspects", 208, None),
    ],
)
def test_more_currencies_scales_and_compound_number_words(text: str, value: float, currency: str | None):
    first = find_numbers(text)[0]
    assert (first.value, first.currency) == (value, currency)


def test_a_currency_code_is_written_in_capitals():
    [n] = find_numbers("we try 5 times")
    assert (n.value, n.currency, n.written) == (5, None, "5")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("worth Tk 2.25 crore", 22_500_000, "BDT"),
        ("valued at P102 million", 102_000_000, "PHP"),
        ("CAD$350 in cash", 350, "CAD"),
        ("J$612,000 in cash", 612_000, "JMD"),
    ],
)
def test_currencies_of_south_asian_philippine_and_caribbean_releases(text: str, value: float, currency: str):
    first = find_numbers(text)[0]
    assert (first.value, first.currency) == (value, currency)


def test_a_bare_p_before_a_number_is_not_money():
    assert [n.currency for n in find_numbers("the P2 road and P 5 lanes")] == [None]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("an estimated value of R4.2m", 4_200_000, "ZAR"),
        ("R250,000 in cash", 250_000, "ZAR"),
        ("a street value of Dh210 million", 210_000_000, "AED"),
        ("Dhs1.2m in cash", 1_200_000, "AED"),
        ("drugs worth N2.5 billion", 2_500_000_000, "NGN"),
    ],
)
def test_a_local_sign_glued_to_a_scaled_or_grouped_sum_is_money(text: str, value: float, currency: str):
    first = find_numbers(text)[0]
    assert (first.value, first.currency) == (value, currency)


@pytest.mark.parametrize("text", ["on the R40 road", "grid square N12", "Route R573", "AR15 rifles", "a 5m wall"])
def test_a_letter_before_a_plain_number_is_no_currency(text: str):
    assert all(n.currency is None for n in find_numbers(text))


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("about 1.2 million lei in cash", 1_200_000, "RON"),
        ("50,000 Moldovan lei", 50_000, "MDL"),
        ("2 million zlotys", 2_000_000, "PLN"),
        ("300,000 hryvnias", 300_000, "UAH"),
    ],
)
def test_a_currency_written_as_a_word_after_the_sum(text: str, value: float, currency: str):
    first = find_numbers(text)[0]
    assert (first.value, first.currency) == (value, currency)


@pytest.mark.parametrize(
    "written, value",
    [
        ("One thousand one hundred and forty (1,140)", 1140),
        ("two (2)", 2),
        ("Seventy-eight (78)", 78),
        ("three hundred and twelve thousand four hundred", 312_400),
        ("one million two hundred and thirty-four thousand five hundred and sixty-seven", 1_234_567),
        ("five million two hundred thousand", 5_200_000),
    ],
)
def test_long_number_words_and_their_digits_in_brackets_are_one_number(written, value):
    (num,) = find_numbers(f"Police seized {written} rounds.")
    assert (num.written, num.value) == (written, value)


@pytest.mark.parametrize(
    "text, value",
    [
        ("Police seized Three and a half tonnes of cannabis.", 3.5),
        ("Police seized 2 and a half kilos of heroin.", 2.5),
        ("over 14 and a half tonnes of maize", 14.5),
        ("one and a half dozen rounds", 1),  # (a scale's half is no half of the number: "one" alone, as before)
        ("arrested seven and a half-hour later", 7),  # (a half-hour of its own)
    ],
)
def test_a_whole_number_and_a_half_is_one_amount(text: str, value: float):
    assert find_numbers(text)[0].value == value


def test_digits_in_brackets_that_differ_from_the_words_stay_apart():
    assert [n.value for n in find_numbers("seized two (3) pistols")] == [2, 3]


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("seized 46.5 million kip in cash", 46_500_000, "LAK"),
        ("seized 800,000 ariary in cash", 800_000, "MGA"),
        ("seized 2.4 million kina at the wharf", 2_400_000, "PGK"),
        ("seized 31,000 pula from the boot", 31_000, "BWP"),
        ("seized 96,000 lilangeni and a car", 96_000, "SZL"),
        ("seized S/ 86,400 in cash", 86_400, "PEN"),
        # a unit word of one currency that has another sense is no currency alone
        ("sold 5 real estate plots", 5, None),
        ("found 3 mark sheets", 3, None),
    ],
)
def test_a_unit_word_of_one_currency_only_names_it(text: str, value: float, currency: str | None):
    (num,) = find_numbers(text)
    assert num.value == pytest.approx(value)
    assert num.currency == currency


@pytest.mark.parametrize(
    "piece",
    [
        "abcdefghijklmnopqrs 1 ",  # a long lower-case word ending in "s" before each number
        "Tanzanian shillings 23,400,000 and ",  # the currency named before the sum
        "R23 450 ",  # the rand with blanks between its thousands
    ],
)
def test_reading_numbers_stays_linear_after_the_words_before_them(piece: str):
    """Four times the text takes about four times as long, far from the
    sixteen times a step that looks back to the text's start would take
    (fastest of three runs, so a busy machine does not decide)."""
    small = (piece * (125_000 // len(piece) + 1))[:125_000]
    large = (piece * (500_000 // len(piece) + 1))[:500_000]
    t_small, t_large = fastest_of_three(find_numbers, small), fastest_of_three(find_numbers, large)
    assert t_large < 8 * max(t_small, 0.02), (t_small, t_large)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a unit or a teen before another is two numbers: "two twelve-round rifles" are two rifles
        ("they recovered two twelve round rifles", [2, 12]),
        ("seven fifty rounds", [7, 50]),
        # a ten takes a unit after it, with a blank or a hyphen
        ("twenty two rifles", [22]),
        ("Ninety-nine rounds", [99]),
        ("one thousand one hundred and forty-two", [1142]),
    ],
)
def test_number_words_join_only_as_numbers_are_written(text: str, values: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == values
