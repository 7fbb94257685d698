"""The annotation guide's guarantees, checked on every gold file of the wild corpus and the dev set.

``tests/wild`` holds original test reports with gold JSON in the format of
``../shared/eval/README.md``. This module checks each pair the way the guide
says its dev files were checked by script: every entity string occurs in the
text, every figure's value is a number written in the text (after the guide's
scaling rules), every qualifier stands just before its number, every scope and
stated year occurs, and the operation names are the OPERATION list. The same
checks run on the dev set, which shows that they accept files made by the
guide's authors; ``test_checker_rejects_*`` show that they can fail.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import DEV

WILD = Path(__file__).parent / "wild"

METRICS = {"arrests", "seized", "rescued", "identified", "dismantled", "other"}
COUNT_METRICS = {"arrests", "rescued", "identified", "dismantled"}
UNITS = {"count", "kg", "tonnes", "litres", "m3"}
QUALIFIERS = {
    "more than",
    "over",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "approximately",
    "roughly",
    "close to",
    "just under",
    "just over",
}
STAT_KEYS = {"metric", "value", "item", "unit", "qualifier", "scope"}

# --- numbers as written ----------------------------------------------------

_UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "lakh": 1e5,
    "crore": 1e7,
}
_NUMBER_WORD = "|".join(sorted([*_UNITS_WORDS, *_TENS_WORDS], key=len, reverse=True))
# "Forty-nine", "two hundred and eight", "eleven", "a dozen", "half a"
_WORDS_RE = re.compile(
    rf"\b(?:(?P<half>half)\s+an?|(?P<dozen>(?:an?|{_NUMBER_WORD})\s+dozen)"
    rf"|(?P<words>(?:{_NUMBER_WORD})(?:[\s-]+(?:hundred|thousand|and|{_NUMBER_WORD}))*))\b",
    re.IGNORECASE,
)
# 1,300 · 1 137 · 14.5 · 62kg · €1.4m · RM51.2mil · Rs 48 crore · 1,204.5 kgs
# (South Asian lakh grouping too: "3,71,000", "12,34,567")
_DIGITS_RE = re.compile(r"(?<![\d.,])(\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(\.\d+)?(?!\d)")
_SCALE_RE = re.compile(r"\s?(" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_GRAMS_RE = re.compile(r"\s?(?:g|grams?|grammes?)\b", re.IGNORECASE)


def _words_value(phrase: str) -> float | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word == "and":
            continue
        if word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return float(total + current)


def numbers_in(text: str) -> list[tuple[float, int]]:
    """Every value a number in ``text`` can stand for, with the offset where it is written.

    A written number gives several candidates on purpose (``1 137`` also gives
    ``1`` and ``137``; ``1.4m`` gives ``1.4`` and ``1400000``; ``450 grams``
    gives ``0.45`` for kg): the check asks only that a gold value is one of them.
    """
    out: list[tuple[float, int]] = []
    for m in _DIGITS_RE.finditer(text):
        whole = m.group(1)
        frac = m.group(2) or ""
        pieces = [re.sub(r"[,\u00a0\u202f ]", "", whole)]
        if not whole.isdigit():
            pieces += re.split(r"[,\u00a0\u202f ]", whole)  # the groups alone: "18 November" is not 18000
        base = float(pieces[0] + frac)
        values = [base] + [float(p) for p in pieces[1:]]
        after = text[m.end() :]
        scale = _SCALE_RE.match(after)
        if scale:
            values.append(base * _SCALES[scale.group(1).lower()])
        if _GRAMS_RE.match(after):
            values.append(base / 1000)
        out.extend((v, m.start()) for v in values)
    for m in _WORDS_RE.finditer(text):
        if m.group("half"):
            out.append((0.5, m.start()))
            scale = _SCALE_RE.match(text[m.end() :])  # "half a million pounds"
            if scale:
                out.append((0.5 * _SCALES[scale.group(1).lower()], m.start()))
            continue
        if m.group("dozen"):
            first = m.group("dozen").split()[0].lower()
            n = 1 if first in ("a", "an") else _UNITS_WORDS.get(first) or _TENS_WORDS.get(first, 1)
            out.append((12.0 * n, m.start()))
            continue
        phrase = re.sub(r"(?:[\s-]+and)+$", "", m.group("words"), flags=re.IGNORECASE)
        value = _words_value(phrase)
        if value is None:
            continue
        out.append((value, m.start()))
        scale = _SCALE_RE.match(text[m.start() + len(phrase) :])
        if scale:
            out.append((value * _SCALES[scale.group(1).lower()], m.start()))
    return out


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


# A currency or sign between the hedge and the number: "almost USD 1.3 billion", "over €1.4m", "around P6.9 billion",
# "around Dh65 million".
# (a currency's sign or abbreviation between the hedge and the digits: "more than US$2.2 million", "over
# Php16.2 million", "about Ksh 4 million")
# ("about GH¢11.5 million": a cedi's sign after its letters)
_CURRENCY_TAIL = re.compile(r"(?:\b[A-Z]{1,3}[$¢]?|[$€£¥₹₱₦¢]|\b[A-Z][a-z]{1,2}\.?|\bRM)\s*$")


def qualifier_before(text: str, start: int, qualifier: str) -> bool:
    before = _CURRENCY_TAIL.sub("", text[:start]).rstrip()
    return re.search(rf"\b{re.escape(qualifier)}$", before, re.IGNORECASE) is not None


# --- the checks ---------------------------------------------------------------


def problems(text: str, gold: dict) -> list[str]:
    """What breaks the guide's guarantees in one gold file (empty when it holds)."""
    found: list[str] = []
    entities = gold.get("entities", {})
    for etype in ("PERSON", "ORG", "LOCATION", "OPERATION"):
        names = entities.get(etype)
        if not isinstance(names, list):
            found.append(f"{etype}: missing entity list")
            continue
        folded = [" ".join(n.casefold().split()) for n in names]
        for dup in sorted({f for f in folded if folded.count(f) > 1}):
            found.append(f"{etype}: {dup!r} listed twice (case-insensitively)")
        for name in names:
            if etype == "OPERATION" and name.casefold().startswith("operation "):
                found.append(f"OPERATION {name!r} keeps the word 'Operation'")
            if name not in text:
                found.append(f"{etype} {name!r} does not occur in the text")
    numbers = numbers_in(text)
    named = []
    for op in gold.get("operations", []):
        name, year = op.get("name"), op.get("year")
        label = name or "(no operation)"
        if name is not None:
            named.append(name)
        if year is not None and str(year) not in text:
            found.append(f"{label}: year {year} is not written in the text")
        for st in op.get("stats", []):
            found += _stat_problems(text, numbers, label, st)
    if {n.casefold() for n in named} != {n.casefold() for n in entities.get("OPERATION", [])}:
        found.append(f"operation names {sorted(named)} differ from the OPERATION list {entities.get('OPERATION')}")
    return found


def _stat_problems(text: str, numbers: list[tuple[float, int]], label: str, st: dict) -> list[str]:
    out = []
    where = f"{label}: {st.get('metric')} {st.get('value')!r} {st.get('item', '')}".rstrip()
    if set(st) - STAT_KEYS:
        out.append(f"{where}: unknown keys {sorted(set(st) - STAT_KEYS)}")
    metric, value, unit = st.get("metric"), st.get("value"), st.get("unit")
    if metric not in METRICS:
        out.append(f"{where}: unknown metric")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return [*out, f"{where}: value is not a plain number"]
    if metric in COUNT_METRICS and unit is not None:
        out.append(f"{where}: {metric} takes no unit")
    if metric in ("seized", "other") and unit is None:
        out.append(f"{where}: {metric} needs a unit ('count' for counts)")
    if unit is not None and unit not in UNITS and not re.fullmatch(r"[A-Z]{3}", unit):
        out.append(f"{where}: unit {unit!r} is neither a guide unit nor an ISO currency code")
    places = [start for v, start in numbers if _close(v, float(value))]
    if not places:
        out.append(f"{where}: no number in the text has this value")
    qualifier = st.get("qualifier")
    if qualifier is not None:
        if qualifier not in QUALIFIERS:
            out.append(f"{where}: qualifier {qualifier!r} is not one of the guide's hedges")
        elif places and not any(qualifier_before(text, p, qualifier) for p in places):
            out.append(f"{where}: qualifier {qualifier!r} is not written just before the number")
    scope = st.get("scope")
    if scope is not None and scope not in text:
        out.append(f"{where}: scope {scope!r} does not occur in the text")
    return out


def _pairs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt")) if folder.exists() else []


WILD_PAIRS = _pairs(WILD)
DEV_PAIRS = _pairs(DEV)


def test_the_wild_corpus_is_there_and_paired():
    stems = {p.stem for p in WILD.glob("*.txt")}
    assert len(stems) >= 16
    assert stems == {p.stem for p in WILD.glob("*.json")}, "every report needs its gold file and the reverse"


@pytest.mark.parametrize("txt", WILD_PAIRS + DEV_PAIRS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_keeps_the_guides_guarantees(txt: Path):
    text = txt.read_text(encoding="utf-8")
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    assert gold.get("doc") == txt.name
    assert isinstance(gold.get("sources"), list)
    assert problems(text, gold) == []


@pytest.mark.parametrize("txt", WILD_PAIRS, ids=lambda p: p.stem)
def test_wild_reports_are_original_and_plain(txt: Path):
    text = txt.read_text(encoding="utf-8")
    gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
    assert gold["sources"] == [], "wild reports are written for the tests: no source to cite"
    assert not any(ord(c) < 32 and c not in "\n\t" for c in text), "plain text: no control characters"
    assert 100 <= len(text.split()) <= 1200  # (briefs ask for 250-700 words, one or two up to about 1,200)


# --- the checker can fail --------------------------------------------------------

TEXT = (
    "Police Chief Ana Ruiz said Operation Kestrel II led to 1 137 arrests, the seizure of more than "
    "€1.4m in cash, Forty-nine firearms and half a tonne of cocaine in Chile in 2021."
)
GOOD = {
    "entities": {"PERSON": ["Ana Ruiz"], "ORG": [], "LOCATION": ["Chile"], "OPERATION": ["Kestrel II"]},
    "operations": [
        {
            "name": "Kestrel II",
            "year": 2021,
            "stats": [
                {"metric": "arrests", "value": 1137},
                {"metric": "seized", "item": "cash", "value": 1400000, "unit": "EUR", "qualifier": "more than"},
                {"metric": "seized", "item": "firearms", "value": 49, "unit": "count"},
                {"metric": "seized", "item": "cocaine", "value": 0.5, "unit": "tonnes", "scope": "Chile"},
            ],
        }
    ],
}


def _broken(path: str, value) -> dict:
    gold = json.loads(json.dumps(GOOD))
    target = gold
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value
    return gold


def test_checker_accepts_a_good_file():
    assert problems(TEXT, GOOD) == []


@pytest.mark.parametrize(
    "path, value, complaint",
    [
        ("entities.PERSON", ["Ana Ruíz"], "does not occur"),
        ("entities.LOCATION", ["Chile", "chile"], "listed twice"),
        ("entities.OPERATION", ["Operation Kestrel II"], "keeps the word"),
        ("operations.0.name", "Kestrel", "differ from the OPERATION list"),
        ("operations.0.year", 2022, "year 2022"),
        ("operations.0.stats.0.value", 1173, "no number in the text"),
        ("operations.0.stats.1.value", 1.4e9, "no number in the text"),
        ("operations.0.stats.1.qualifier", "nearly", "not written just before"),
        ("operations.0.stats.2.qualifier", "over", "not written just before"),
        ("operations.0.stats.3.scope", "Peru", "scope 'Peru'"),
        ("operations.0.stats.0.unit", "count", "takes no unit"),
        ("operations.0.stats.2.unit", None, "needs a unit"),
        ("operations.0.stats.2.metric", "confiscated", "unknown metric"),
    ],
)
def test_checker_rejects_a_broken_file(path, value, complaint):
    found = problems(TEXT, _broken(path, value))
    assert any(complaint in p for p in found), found


@pytest.mark.parametrize(
    "written, value",
    [
        ("1,300", 1300),
        ("1 137", 1137),
        ("14\u00a0260", 14260),
        ("1.3 million", 1.3e6),
        ("€1.4m", 1.4e6),
        ("USD 5.7 billion", 5.7e9),
        ("RM51.2mil", 51.2e6),
        ("22 mln", 22e6),
        ("Rs 48.3 crore", 483e6),
        ("1500kg", 1500),
        ("1,204.5 kgs", 1204.5),
        ("450 grams", 0.45),
        ("eleven", 11),
        ("Forty-nine", 49),
        ("two hundred and eight", 208),
        ("Two dozen", 24),
        ("half a tonne", 0.5),
    ],
)
def test_numbers_are_read_as_the_guide_scales_them(written, value):
    assert any(_close(v, value) for v, _ in numbers_in(f"They seized {written} of it."))


def test_dates_are_not_read_as_thousands():
    values = {v for v, _ in numbers_in("between 18 November 2024 and 24 November")}
    assert 18 in values and 2024 in values
    assert 18_000 not in values


def test_checker_reads_lakh_grouping_and_a_cedis_sign():
    assert 371000.0 in [v for v, _ in numbers_in("found 3,71,000 Yaba tablets")]
    text = "accounts holding about GH¢11.5 million"
    assert qualifier_before(text, text.index("11.5"), "about")
