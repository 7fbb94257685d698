"""The whole extractor stays linear in the document's size, whatever its shape.

Hypothesis builds documents from pathological pieces (numbers without end,
verbs and numbers repeated, hyphenated capitals, unpunctuated prose, mixed
scripts, list headers, agency chains), each repeated to a length. A step that
grows faster than the text shows up as a large ratio between a document and
one ten times its size; the bounds catch a blow-up, they do not time a target
(``python -m benchmarks.extract_speed`` prints the speed).
"""

from __future__ import annotations

import time  # CPU time of this process: other work on a shared machine does not count

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from store.extract import extract
from store.extract.gazetteer import places

_PIECES = [
    "1 ",
    "arrested 5 ",
    "A-",
    "Lionfish-Trigger-",
    "Operation ",
    "operations: ",
    "Kenya Police and ",
    "seized 1,204.5 kg of cocaine ",
    "the suspects were ",
    "Ana María López, 34, ",
    "(2 in Latvia, 9 in Moldova) ",
    "- 318 ",
    "INTERPOL ",
    "Чернігів 中国 بغداد ",
    "$9 million ",
    "2023-06-02 ",
    "12 ",
    "III ",
    "“",
    "in the village of ",
    "Region  Seizures\n",  # a table's header and rows
    "Central Luzon   71   28\n",
    "KISUMU: Nets burnt\n\n",  # a roundup's section header
    "at Abc and ",  # a list of places after a preposition
    "so far this year ",
    "J$612,000, US$14,200 and ",
    "separate from Operation X ",
    "code-named « Ñu ",  # French quotes a space off the name, a capital beyond A-Z
    "\n\nTRINIDAD AND TOBAGO\n\n",  # a roundup's section header
    "Of the 23 arrested, 8 await trial ",  # what became of people arrested
    "the ninth edition of Ab Cd, the first Ab Cd IX ",  # a series alone beside its editions
    "partners included the firm Ab, Cd Ef and ",  # companies named by their context
    "Country | Arrests | Seizures\n",  # a table set apart by bars, its rule and its rows
    "|---|:---:|\n",
    "| Kenya | 132 | 48 |\n",
    "RESULTS\nCannabis: 3.8 tonnes\n",  # a results block under a heading in capitals
    "Agents found 4 kilos. ",  # a mass without its goods, which looks back for them
    "Of the 57, 49 are women. ",  # a part of a figure given before
    "officers of the\n",  # prose wrapped at a width, read as its paragraph (layout.soft_breaks)
    "Operation\u00a0Ab 1\u00a0204 ",  # no-break spaces: read as spaces, but between digits
    "\n        Police in ",  # an indented line (web copy), read from its first word (layout.lift_indents)
    "Earlier, in November 2025, officers seized 4 kg, ",  # a sentence's period, looked up once per sentence
    "arrested 3 during 2024, according to police data, ",
    "Police seized 5/- cash. ",  # a sum with the whole-units mark, whose currency the text's countries tell
    "Prince George police chief John Smith said. ",  # a person beside a place that opens on a title
    "6 members of 2 gangs arrested ",  # the groups after "members of", and what the clause after says of them
    "  • 12 big cats\n",  # a results list's item that takes the metric of the item on the line before
    "arrested 2, 175 men and 6.757 coins ",  # thousands set with a comma and a blank, or with a stop
    "the Alpha, Beta Crew and Gamma clans ",  # groups' names listed before their plural noun (bounded lists)
    "a gang which has been demanding money since 2024 arrested 11 ",  # a sentence's relative word, read once
    "Operation Ab to Cd to Ef to Gh to ",  # "to" inside a codename, asked of its own line's case only
]


@st.composite
def shapes(draw) -> str:
    """A unit of one to four pathological pieces; the test repeats it."""
    return "".join(draw(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4)))


def _time(text: str, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        extract(text)
        best = min(best, time.process_time() - t0)
    return best


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shapes())
@example("“1 2023-06-02 code-named « Ñu ")  # one long sentence: every mention of a name times every year in it
@example("Police seized 5/- cash. ")  # (the country looked up once per text, not once per sum)
@example("Prince George police chief John Smith said. ")  # (each person looked up by bisection)
@example("6 members of 2 gangs arrested ")  # (one clause read after each, not the sentence's rest)
@example("a gang which has been demanding money since 2024 arrested 11 ")  # (the relative word found once)
@example("the operation began in 2008 and officers arrested people ")  # (whether the drive recurs: asked once)
@example("12 for fraud; ")  # (each part by offence reads only the gap back to the one before)
@example("Operation Ab seized 5 kg.\nIn a big operation in Cd, 4 were held.\n")  # (the asides merged once)
@example("Operation Ab to Cd to Ef to Gh to ")  # (a title-case line read 400 characters either side, not from 0)
def test_ten_times_the_text_costs_about_ten_times_the_time(unit: str) -> None:
    places()  # the gazetteer loads once per process
    small = (unit * (20_000 // len(unit) + 1))[:20_000]
    big = (unit * (200_000 // len(unit) + 1))[:200_000]
    t_small, t_big = _time(small, 2), _time(big, 1)  # the short run's noise matters, the long one's less
    # Linear work makes the ratio about 10; a quadratic step makes it about 100.
    assert t_big < max(2.0, 35 * t_small), f"{unit!r}: 20 KB {t_small:.3f} s, 200 KB {t_big:.3f} s"


def test_long_texts_of_numbers_and_verbs() -> None:
    """The shapes a review found taking minutes at 1 MB: each in seconds."""
    places()
    for unit in ("1 ", "arrested 5 ", "A-", "Previous operations: " + "X " * 40 + ". "):
        # (half a megabyte: CI's time; `python -m benchmarks.extract_shapes` times these at 1 MB)
        text = (unit * (500_000 // len(unit) + 1))[:500_000]
        t0 = time.process_time()
        extract(text)
        elapsed = time.process_time() - t0
        print(f"{unit[:20]!r}: 500 KB in {elapsed:.2f} s")
        assert elapsed < 30, f"{unit!r}: 500 KB took {elapsed:.1f} s"


def test_a_long_run_of_blanks_after_an_amount() -> None:
    """A number and its unit, then a long run of blanks (a table exported with its padding): each run read once,
    not once per split of it (20,000 blanks took minutes when blanks stood either side of an optional dash)."""
    places()
    text = "Police seized 5 kg" + " " * 20_000 + "(bricks) of cannabis.\n"
    t0 = time.process_time()
    extract(text)
    elapsed = time.process_time() - t0
    print(f"20,000 blanks after an amount: {elapsed:.2f} s")
    assert elapsed < 30, f"20,000 blanks took {elapsed:.1f} s"
