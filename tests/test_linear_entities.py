"""Entity recognition stays linear on odd long texts (300 KB against 30 KB).

Each generator makes a text of one pathological shape: no punctuation, one
hyphenated word, capitalised words without end, coordinated agency names,
lists after "operations:", mixed scripts, a codename before "operation" again
and again. A text ten times longer must take
about ten times as long, never a hundred; the bound here only catches a
blow-up (the timings are printed by ``python -m benchmarks.extract_speed``'s
kin, tests/test_linear_entities.py -s).
"""

from __future__ import annotations

import random
import time  # CPU time of this process: other work on a shared machine does not count

import pytest

from store.extract.entities import find_entities
from store.extract.gazetteer import places

_WORDS = "the police arrested suspects in operation seized cocaine kg and firearms during raids across".split()
_ACRONYMS = "NDLEA PTI RAB AFP NCB PNP UN EU".split()
_CAPS = "Kenya Police Service Interpol Lionfish Maria Silva Lagos Unit Bureau Office Trigger Europol".split()


def _shape(kind: str, n: int, rnd: random.Random) -> str:
    if kind == "no punctuation":
        return " ".join(rnd.choice(_WORDS + _CAPS) for _ in range(n // 6))[:n]
    if kind == "hyphenated capitals":
        return "-".join(rnd.choice(_CAPS) for _ in range(n // 7))[:n]
    if kind == "A-A-A":
        return ("A-" * (n // 2))[:n]
    if kind == "acronyms in brackets":
        # one line of "(NCB) (PTI) …": each all-caps word once looked for its whole line
        return "(".join(rnd.choice(_ACRONYMS) + ")" for _ in range(n // 6))[:n]
    if kind == "capitalised words":
        return " ".join(rnd.choice(_CAPS) + ("" if i % 5 else str(i % 7)) for i in range(n // 8))[:n]
    if kind == "agencies and":
        return "".join(f"{rnd.choice(_CAPS)} Police and " for _ in range(n // 18))[:n]
    if kind == "previous operations":
        return "Previous operations: " + " ".join(rnd.choice("ABCDEFG") for _ in range(n // 2))[:n]
    if kind == "of the chains":
        return "".join(f"{rnd.choice(_CAPS)} Office of the " for _ in range(n // 18))[:n]
    if kind == "mixed scripts":
        return "".join(rnd.choice("Aа Ωب中 1,.-Ж ") for _ in range(n))
    if kind == "one line of names":
        return " ".join(
            f"Operation {rnd.choice(_CAPS)} {rnd.randint(1, 9)} led by Director {rnd.choice(_CAPS)}"
            for _ in range(n // 50)
        )[:n]
    if kind == "line-opening capitals":
        # a different word in capitals opening each line: each once asked whether the text writes it in lower case
        return "".join(
            f"\n{''.join(rnd.choice('BCDFGKLMNPRST') + rnd.choice('AEIOU') for _ in range(4))} went home"
            for _ in range(n // 20)
        )[:n]
    if kind == "plural possessives":
        return "".join(f"{rnd.choice(_CAPS)}s' " for _ in range(n // 10))[:n]
    if kind == "colour names before operation":
        # each "the Black X operation" asks whether the text writes "Black X" without the word: asked once a text
        return "".join(f"The Black {rnd.choice(_CAPS)} operation ended. " for _ in range(n // 30))[:n]
    if kind == "a codename before the word":
        # each "the Lionfish operation" asks whether the text writes the name alone (a demonym's ending)
        return ("The Lionfish operation ended. " * (n // 30 + 1))[:n]
    if kind == "ministries and":
        # one body's name running on through "and": the words before each "of" were once rescanned from its start
        return "".join(f"Ministry of {rnd.choice(_CAPS)} and Social Security and " for _ in range(n // 40))[:n]
    if kind == "items parted by semicolons":
        return "".join(f"{rnd.randint(1, 99)} kg {rnd.choice(_WORDS)}; " for _ in range(n // 12))[:n]
    if kind == "names with ages":
        return "".join(f"{rnd.choice(_CAPS)}, {rnd.randint(18, 70)}, " for _ in range(n // 12))[:n]
    if kind == "blanks after a name and operation":
        # whether a name follows "operation" was once asked with a pattern that backtracked over the blanks
        return ("The Blue Harbour operation" + " " * n)[:n]
    if kind == "headings before operation":
        # a capitalised word opening each sentence before "operation": each once asked whether the text writes it
        # in lower case, by a search of the whole text
        return ("Zorblat operation. " * (n // 19 + 1))[:n]
    if kind == "one long capitalised word after a comma":
        # a name with an age was once looked for from every letter of the word, each rescanning the rest of it
        return ("suspects, " + "A" * n + " and B")[:n]
    if kind == "people named in lists":
        # each plural of people opens a list of names read to its "and"
        return "".join(f"three suspects, {rnd.choice(_CAPS)}, {rnd.choice(_CAPS)} and " for _ in range(n // 30))[:n]
    if kind == "names dubbed":
        # each "dubbed" reads the clause before it for a noun of a drive
        return "".join(f'a gang dubbed "{rnd.choice(_CAPS)}" and ' for _ in range(n // 25))[:n]
    if kind == "dotted abbreviations without their last dot":
        return "".join(
            f"U.S {rnd.choice(_CAPS)} Units of the {rnd.choice(_CAPS)} Officers and " for _ in range(n // 40)
        )[:n]
    if kind == "parts of operations in apposition":
        return "".join(f"part of {rnd.choice(_CAPS)}, a joint operation, " for _ in range(n // 30))[:n]
    if kind == "posts after heads":
        # one run of a body's head and a post again and again: the words after each post were once copied to ask
        # whether they name a person
        return "".join(f"{rnd.choice(['Service', 'Agency', 'Bureau', 'Office'])} Director " for _ in range(n // 15))[:n]
    if kind == "names by parentage":
        # each "son of" reads the name before it and the name after it
        return "".join(
            f"{rnd.choice(_CAPS)} {rnd.choice(_CAPS)}, son of late {rnd.choice(_CAPS)}; " for _ in range(n // 30)
        )[:n]
    if kind == "units of two letters":
        # each "Unit of UP" asks whether the text gives the two letters in brackets
        return "".join(f"The {rnd.choice(_CAPS)} Task Force of UP arrested two men. " for _ in range(n // 45))[:n]
    if kind == "names with withheld surnames":
        # each 'Omar "N"' is a name; the names read across a mark were once looked for by asking every name of the
        # text about every mark (1 MB took two minutes)
        # (the 1 MB form is timed by `python -m benchmarks.extract_shapes`, which reads this list)
        return "".join(f'{rnd.choice(["Omar", "Rosa", "Luis"])} {rnd.choice(_CAPS)} "N" and ' for _ in range(n // 16))[
            :n
        ]
    raise KeyError(kind)


KINDS = [
    "no punctuation",
    "hyphenated capitals",
    "A-A-A",
    "capitalised words",
    "acronyms in brackets",
    "agencies and",
    "of the chains",
    "previous operations",
    "mixed scripts",
    "one line of names",
    "line-opening capitals",
    "plural possessives",
    "colour names before operation",
    "a codename before the word",
    "ministries and",
    "items parted by semicolons",
    "names with ages",
    "blanks after a name and operation",
    "parts of operations in apposition",
    "headings before operation",
    "people named in lists",
    "one long capitalised word after a comma",
    "names dubbed",
    "dotted abbreviations without their last dot",
    "posts after heads",
    "names by parentage",
    "units of two letters",
    "names with withheld surnames",
]


@pytest.mark.parametrize("kind", KINDS)
def test_a_long_text_of_an_odd_shape(kind: str) -> None:
    places()  # the gazetteer loads once per process; not part of the text's cost
    rnd = random.Random(7)
    # (300 KB against 30 KB: a quadratic step shows as a hundredfold there too, at a third of CI's time;
    # `python -m benchmarks.extract_shapes` times every shape at 1 MB)
    small, big = _shape(kind, 30_000, rnd), _shape(kind, 300_000, rnd)
    t0 = time.process_time()
    find_entities(small)
    t_small = time.process_time() - t0
    t0 = time.process_time()
    find_entities(big)
    t_big = time.process_time() - t0
    print(f"{kind}: 30 KB {t_small:.2f} s, 300 KB {t_big:.2f} s")
    # Generous: a quadratic step makes 1 MB a hundred times slower than 100 KB.
    assert t_big < 10, f"{kind}: 300 KB took {t_big:.1f} s"
    assert t_big < max(0.5, 30 * t_small), f"{kind}: 30 KB {t_small:.2f} s but 300 KB {t_big:.2f} s"


def test_asking_whether_a_word_opens_its_sentence_does_not_read_the_line_again():
    # Asked once per name before "operation": on a text of one long line, a look back to the line's
    # start per name made 1 MB of "Zorblat operation. " take seconds more than it should.
    from store.extract.tokens import opens_a_line_or_sentence as _opens_a_line_or_sentence

    def cost(line_length: int) -> float:
        text = "x " * (line_length // 2) + "Zorblat operation. Zorblat"
        pos = len(text) - len("Zorblat")
        assert _opens_a_line_or_sentence(text, pos)
        assert not _opens_a_line_or_sentence(text, pos - len("Zorblat operation. "))
        t0 = time.process_time()
        for _ in range(2_000):
            _opens_a_line_or_sentence(text, pos)
        return time.process_time() - t0

    short, long = cost(10_000), cost(5_000_000)
    print(f"10 KB line {short:.3f} s, 5 MB line {long:.3f} s")
    # the same few characters are read either way; a look back over the line is 500 times the work
    assert long < max(0.2, 20 * short), f"10 KB line {short:.3f} s but 5 MB line {long:.3f} s"


def test_one_long_hyphenated_word_after_a_name_is_read_once():
    # A compound's parts were rejoined at every hyphen to ask whether a known body opens it ("NATO-backed"):
    # one word of 140,000 hyphens took 20 s at 1 MB.
    from store.extract.organisations import _known_before_compound

    assert _known_before_compound("NATO-backed") == "NATO"
    assert _known_before_compound("Al-Qaeda-linked") == "Al-Qaeda"
    assert _known_before_compound("ICE-cold") is None

    def cost(n: int) -> float:
        word = "NATO" + "-backed" * n
        t0 = time.process_time()
        for _ in range(20):
            _known_before_compound(word)
        return time.process_time() - t0

    short, long = cost(1_000), cost(100_000)
    print(f"1,000 hyphens {short:.3f} s, 100,000 hyphens {long:.3f} s")
    assert long < max(0.5, 300 * short), f"1,000 hyphens {short:.3f} s but 100,000 {long:.3f} s"


def test_posts_in_one_long_run_of_capitals_are_read_once():
    # "Service Director Agency Director …" as one capitalised run: the words after each post were once copied to
    # ask whether they name a person, so 300 KB of it cost a hundred times 30 KB in the bodies' recogniser alone
    from store.extract.organisations import org_spans
    from store.extract.tokens import chains, tokenize

    def cost(n: int) -> float:
        text = _shape("posts after heads", n, random.Random(7))
        tokens = tokenize(text)
        runs = chains(text, tokens)
        t0 = time.process_time()
        org_spans(text, tokens, runs)
        return time.process_time() - t0

    small, big = cost(30_000), cost(300_000)
    print(f"posts after heads, bodies only: 30 KB {small:.3f} s, 300 KB {big:.3f} s")
    assert big < max(0.2, 30 * small), f"30 KB {small:.3f} s but 300 KB {big:.3f} s"
