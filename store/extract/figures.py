"""Operation figures: arrests, seizures, rescues and other counted outcomes.

Each figure is a number in the text with the metric its nearest cue word
gives it ("arrested", "seizure of", "rescued"), the unit and item written
after it, the hedge before it, the place it is scoped to, and the
operation the text is talking about at that point.

The words it reasons with are data files in ``words/`` (``figure_*.txt``),
one entry a line with its reason. Every step looks at a bounded window
around its number (``WINDOW`` characters, and never past its sentence), so
the work grows linearly with the size of a document whatever its shape.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from ..text import lower_same_length
from ..units import MASS_KG, VOLUME_LITRES
from .gazetteer import country_keys, place_key, places
from .lexicon import SPEECH_VERBS, TITLE_WORDS_LOWER
from .numbers import NUMBER_WORDS, Number, find_numbers, iter_numbers, qualifier_before
from .patterns import UPPER, dispatch
from .sentences import ABBREVIATIONS, sentence_at, sentence_spans
from .tables import find_tables
from .wordlists import entries, words

__all__ = ["RawFigure", "find_figures", "find_cues", "METRICS", "UNITS", "WINDOW"]

METRICS = ("arrests", "seized", "rescued", "identified", "dismantled", "other")

#: How far (in characters) each rule looks from its number, either way.
WINDOW = 240
#: How far back a list line looks for the line that opens its list.
_HEADER_REACH = 4000
#: Numbers read as figure candidates in one sentence, and in one document.
#: A sentence with more numbers is a table or a data dump, and a document
#: with more is one too (a 1 MB report of prose holds about 10,000); the
#: rest are not read, which keeps any input within a bounded time.
MAX_PER_SENTENCE = 100
MAX_PER_DOCUMENT = 20_000
# More people than any operation arrests or rescues: a count so large is a sum or a quantity without its unit
_MOST_PEOPLE = 100_000_000


@dataclass(slots=True)
class RawFigure:
    metric: str
    value: float
    unit: str
    item: str | None
    qualifier: str | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    scope: str | None = None
    operation: str | None = None
    #: Where the text that governs this figure's operation stands, when not at
    #: the figure (a table's rows: the sentence that introduces the table).
    context: int | None = None
    #: Where the figure starts that this one is compared with ("… 212 people, up from 168 the year before"):
    #: another period's, of no operation unless an earlier edition is named with it.
    compared_with: int | None = None
    #: Whether the figure is a part of the one before it ("…, including 146 tonnes of cocaine"), or the rest of
    #: such a list: its ``context`` is where that whole stands.
    part_of: bool = False


# ---------------------------------------------------------------- word lists

_CUE_LISTS = ("arrests", "charged", "seized", "rescued", "identified", "dismantled", "other", "none")
_CUE_METRIC: dict[str, str] = {}
for _metric in _CUE_LISTS:
    for _word in sorted(words(f"figure_cues_{_metric}")):
        _CUE_METRIC.setdefault(_word, _metric)
_CUE_FIRST_WORDS = frozenset(w.split()[0] for w in _CUE_METRIC if " " in w)  # "taken" of "taken down"
# One pattern over lower-cased text finds every cue; it begins with one
# character class so re can skip ahead (see .patterns).
# A cue written as a noun ("seizure", "identification") qualifying a plural noun after it.
# ("detention orders against 41 suspects" detain them)
_NOMINAL_ENDINGS = ("cation", "ction", "ption", "ture", "ment", "ure", "val")
_COMPOUND_HEAD_AFTER = re.compile(
    r" (?!(?:was|has|is|as|its|this|thus|plus|less|across|versus|unless|whereas)\b)[a-z]{3,}s\b"
    # (a verb has its object after it: "the seizure contains 200 kg", "the seizure totals 1.2 tonnes")
    r"(?!\s+(?:\d|(?:the|a|an|some|about|around|over|nearly|almost|more|at|up|of|approximately|roughly)\b))"
)
_COMPOUND_BEFORE = re.compile(r"(?<![\w-])(?!re-)[a-z]{2,}-$")
_CUE_RE = re.compile(
    dispatch([re.escape(w) for w in sorted(_CUE_METRIC, key=len, reverse=True)], word_start=True) + r"\b"
)


def _unit_table() -> dict[str, tuple[str, float]]:
    table = {}
    for entry, _ in entries("figure_units"):
        written, _, rest = entry.partition(" = ")
        unit, factor = rest.split()
        table[written.lower()] = (unit, float(factor))
    return table


#: Written unit (lower case) → (the guide's unit, factor to multiply by).
UNITS = _unit_table()
# (a word of more between the number and its unit: "59 additional kilograms of the drug", "12 more tonnes")
_UNIT_RE = re.compile(
    r"\s*(?:-\s*)?(?:(?:additional|more|further|extra|other)\s+)?("
    + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
    + r")(?![\w-])\.?",
    re.I,
)
# One-letter units are read only when written apart from other letters.
_LETTER_UNITS = {"t", "l", "g"}

_NOT_COUNTED = words("figure_not_counted_nouns")
_DRUGS = words("figure_drug_nouns")
_GOODS = words("figure_goods_nouns") | _DRUGS
# A plural goods noun's singular, as the head of what is counted: "one revolver", "one Taurus revolver"
# beside "revolvers". Only as the head: a singular before another noun describes it ("hand car washes",
# "the boat route"). Not the plurals whose singular means something else: "good", "shell", "round".
_GOODS_SINGULAR = (
    frozenset(
        w[:-1] for w in _GOODS if w.endswith("s") and not w.endswith("ss") and w not in {"goods", "shells", "rounds"}
    )
    - _GOODS
)
_PEOPLE = words("figure_people_nouns")
# The plurals of groups a count of may be dismantled ("networks", "gangs", "rings"): figure_member_groups.txt
_GROUP_PLURALS = frozenset(w + "s" for w in words("figure_member_groups"))
# "22 of a drug trafficking racket", "five of the gang": members of one group, people (figure_member_groups.txt)
_OF_ONE_GROUP = re.compile(
    r"[ \t]+of[ \t]+(?:a|an|the|this|that|its|their)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:"
    + "|".join(sorted(words("figure_member_groups")))
    # (the group then a verb, a preposition or a stop: not "50 of a network of gambling machines", "30 of a cell
    # phone shipment")
    + r")(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:were|was|are|is|have|had|has|in|at|on|from|who|that|which|and|during"
    r"|after|when|while|arrested|detained|held|nabbed|caught|charged|suspected|led|believed|operating|running"
    # (its size: "five of a gang of 12")
    r"|known|based|involved|behind|linked|of[ \t]+(?:(?:about|around|some|at[ \t]+least)[ \t]+)?\d+"
    # (its size in people, not in goods: not "3 of a network of 12 drug laboratories")
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:were|was|are|is|have|had|has|who|that|men|women|people|members|suspects|persons"
    r"|individuals)\b)"
    # (or the people it is made of: "seven of a criminal group of Albanian nationals")
    r"|of[ \t]+(?:[\w-]+[ \t]+)?(?:" + "|".join(sorted(_PEOPLE)) + r"))\b)"
)
_EVENTS = words("figure_event_nouns")
_CHARGES = words("figure_charge_nouns")
_ONLINE = words("figure_online_nouns")
_INFRASTRUCTURE = words("figure_infrastructure_nouns")
_PRODUCTION_SITES = words("figure_production_sites")
_FINDING = words("figure_finding_verbs")
# the verb after "N of them" that says what befell the part: "16 of them rescued", "12 of whom were released"
# ("of those detained" with no "were" is the group the part is drawn from, not what befell it)
_PART_VERB_AFTER = re.compile(
    r"\s+of\s+(?:(?:them|whom)\s+(?:(?:were|was|are|is|had\s+been|have\s+been|being)\s+)?"
    r"|(?:these|those)\s+(?:were|was|are|is|had\s+been|have\s+been|being)\s+)(\w)"
)
# A count's own verb of state right after it and its few words ("14 are under judicial control", "3 remain at
# large", "2 were still at large"): where no result verb follows (``_governing_cue``), the count is what that
# clause says of it, not a result of the verb before ("38 have been arrested and 14 are under judicial control";
# a kind is a part of the result before: "Of those arrested, 29 were Peruvian")
_OWN_PREDICATE_AFTER = re.compile(
    r"(?:\s+(?!(?:who|whom|whose|which|that|and|or|but|with|in|at|on|from|for|by)\b)[a-z][\w'’-]*){0,4}?"
    r",?\s+(?:(?:are|is|were|was|(?:have|has|had)\s+been)(?:\s+(?:still|now|also))?\s+(?:under|at|on|out|free|awaiting|pending)"
    r"|remain|remains|remained)\b"
)
_ADVERBS_AFTER = re.compile(r"^(?:\s+(?:also|still|now|later|then|being|subsequently|\w+ly))*")


def _is_participle(words: list[str]) -> bool:
    return bool(words) and (words[0].endswith(("ed", "en")) or words[0] in _IRREGULAR_PARTICIPLES)


# the places and institutions a count after "across" spreads over (not "across 40 addresses", searched)
_WHERE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:countries|states|regions|provinces|counties|districts|cities|towns|municipalities"
    r"|continents|territories|jurisdictions|nations|islands|banks|institutions|platforms|agencies|borders)\b",
    re.I,
)
# a preposition after a cue: "intervened at 40 locations" (acted somewhere, took nothing)
_PREPOSITION_NEXT = re.compile(r"\s+(?:at|in|on|with|to|against|during)\b")
# a clause of its own: "destroyed 4,236 plants, while 3.8 kilograms … were kept"
_CONTRAST_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+")
# The nouns of taking infrastructure down: they govern only a count of it right after "of"
_TAKEDOWN_NOUNS = frozenset({"takedown", "take-down", "shutdown"})
_OF_BEFORE_COUNT = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:more\s+than|over|about|some|nearly|at\s+least)\s+)?")
# The same after a number and a verb of its own, before another clause's subject: "two smugglers fled the scene while
# a third was arrested" (not "seized while in transit": no subject after it)
_CONTRAST_AFTER = re.compile(
    r"\b[a-z]+ed\b[^,;]*?,?\s+(?:while|whereas)\s+(?:(?![a-z]+ed\b)[\w'’-]+\s+){1,3}"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?$"
)
# a count after "across": where, when a place or institution follows ("across 14 countries")
_ACROSS_BEFORE = re.compile(
    r"\bacross\s+(?:(?:some|about|around|more\s+than|over|nearly|almost|at\s+least|up\s+to)\s+)?$", re.I
)
# a verb taking infrastructure down, just before its count: "dismantled two", "destroyed 14"
_TAKEN_DOWN_BEFORE = re.compile(
    r"\b(?:(?:dismantl|destroy|bust|demolish|neutrali[sz])\w*|(?:shut|took|taken|shutting|taking)\s+down|raided|closed"
    # (or the noun: "the shutdown of 13 call centres", "the takedown of 34 servers")
    r"|sealed|(?:shut|take)-?downs?\s+of|closure\s+of)\s+(?:(?:more\s+than|over|about|some|nearly|at\s+least)\s+)?$",
    re.I,
)
# The same after the goods: "6 call centres shut down", "14 scam centres were raided"
_TAKEN_DOWN_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:dismantled|destroyed|busted|demolished"
    r"|shut\s+down|taken\s+down|raided|closed|sealed)\b",
    re.I,
)
_THINGS = words("figure_place_and_event_nouns")
_RESULT_SUBJECTS = words("figure_result_subjects")
_SCHEME = words("figure_scheme_nouns")
_RESULT_VERB_RE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, words("figure_result_verbs")), key=len, reverse=True)) + r")\b"
)

# ------------------------------------------------------------------ patterns

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_SKIP_AFTER = re.compile(
    r"\s*(?:%|per ?cent|percent)"
    rf"|\s*(?:{_MONTHS})\b"
    rf"|\s+of\s+(?:{_MONTHS})\b(?![ \t]+[A-Z]|['’]s)"  # a day of a month: "on Tuesday 8 of May"
    # ages with a suspended hyphen: "identifying themselves as 14- and 15-year-olds"
    r"|-[ \t]+(?:and|or|to)[ \t]+\d{1,2}-(?i:years?)-"
    r"|-?\s*(?i:year|month|week|day|hour|minute|second|decade|centur(?:y|ies))s?[-\s]?(?:old|long)?\b"
    r"|\s*(?i:times|fold|out of)\b"
    # a length or a distance: "a skiff some 30 feet long", "40 miles off the coast", "12 km from"
    r"|[-\s]?(?i:feet|foot|ft|inch(?:es)?|miles?|yards?|km|kilomet(?:re|er)s?)\b"
    # a difference: "246 arrested, 58 more than the previous week", "288 more arrests than in the week before",
    # "33 kilograms of opium (3 kilograms more than in 2009)"
    r"|(?:[ \t]+(?:kilo(?:gram(?:me)?)?s|kgs?|grams|tonnes|tons|pounds|lbs|litres|liters))?"
    r"\s+(?i:(?:more|fewer|less|higher|lower)\s+(?:[a-z]+\s+){0,4}?than)\b(?!\s+(?:once|twice)\b)"
    r"|[-/.]\d"  # a date stamp or code: 2023-06-02, 14/03, 1.2.3
    # a law's section and its subsection, with no blank between, before the law it is of: "Sections 4A (a) and 9(1)
    # of the Act", "Section 15(1)(a) of the Dangerous Drugs Act" (not "02(two) suspects", "arrested 3(3) suspects":
    # a count and its restatement)
    r"|\((?:\d{1,3}|[a-z]{1,2}|[ivx]{3,4})\)(?:\((?:\d{1,3}|[a-z]{1,3})\))*\s+of\s+(?:the\s+)?[A-Z]"
    r"|\s*(?:[-–]\s*|to\s+)\d+\s*(?i:year|month|week|day)s?\b"  # "3-5 years"
    # ages listed: "34 and 41 years old"
    r"|(?:\s*,\s*\d{1,2}){0,4}\s*(?:,\s*)?(?:and|or|&)\s+\d{1,2}\s*[-\s]?(?i:years?)[-\s](?i:old)\b"
    r"|[\s\-]\d{3,}"  # phone numbers: 0800 555 111, 7946-0000
    r"|:\d\d\b|\s*(?i:a\.m\.|p\.m\.|am\b|pm\b|hrs\b|gmt\b|utc\b)"  # a time of day: 4:40, 10.30am, 6 p.m.
    rf"|\s+(?:and|&)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"  # two days of a month: "on 24 and 25 November"
    r"|\s+(?i:block)\s+of\s+[A-Z0-9]"  # an address, as North American police write it: "the 7000 block of Highway 97"
    # a superlative picks out some of a kind, it counts no result: "in the country's two largest towns", "the
    # three biggest ports"
    r"|\s+(?i:largest|biggest|greatest|highest|smallest|oldest|busiest|richest|poorest)\b"
    # a record or an earlier round, no result of this one: "he had two prior convictions", "in two previous raids",
    # "six earlier shipments that were never checked"
    r"|\s+(?i:prior|previous|earlier)\s+(?!this\b|that\b|in\b|on\b|today\b)[a-z]"
)
# A rate, a price or a capacity: "USD 1 billion a year", "P6.8 million per
# kilo", "up to 25 containers an hour" (not "a day later", "a week-long
# operation" nor "in a week": a time).
_RATE_AFTER = re.compile(
    r"(?:[ \t]+(?!(?i:in|within|over|during|for|of|across|than|after|before)\b)[A-Za-z-]+){0,3}"
    r"[ \t]+(?i:a|an|per|every|for[ \t]+each|for[ \t]+every)[ \t]+"  # ("USD 10,000 for each person": a price)
    r"(?i:year|month|week|day|hour|minute|kilo|kilogram|kilogramme|kg|gram|gramme|g|tonne|ton|pound|ounce|unit|dose"
    r"|pill|tablet|head|person|capita)s?\b(?![ \t]*-|[ \t]+(?i:after|before|later|earlier|ago)\b)"
)
_REFERENCE_WORDS = words("figure_reference_words")
# A sum owed or offered, not taken: "fined up to €250,000", "a fine of", "bail of", "a reward of".
#: The hedges a figure may carry before its number ("more than 300", "about EUR 1.2 million"), for the
#: patterns that read past one (the qualifier itself is read by ``numbers.qualifier_before``).
_HEDGE = (
    r"(?:more\s+than|over|about|around|nearly|almost|some|approximately|roughly|at\s+least|up\s+to|close\s+to"
    r"|an\s+estimated)"
)
# An area of crops destroyed: the verb before it, or after what grew there
_AREAS = frozenset({"hectares", "acres"})
_AREA_DESTROYED_BEFORE = re.compile(
    r"\b(?:destroy|eradicat|uproot|burn|burnt|torch|slash)\w*\s+"
    rf"(?:a\s+total\s+of\s+|{_HEDGE}\s+)?$",
    re.I,
)
_AREA_DESTROYED_AFTER = re.compile(
    r"\s+(?:hectares|acres)\s+of\s+[^.;:!?\n]{1,70}?\b(?:(?:was|were|have\s+been|had\s+been|has\s+been)\s+)?"
    r"(?:also\s+)?(?:destroyed|eradicated|uprooted|burnt|burned|torched|slashed)\b",
    re.I,
)
# (an area something grew on or covers describes where it was: "marijuana grown on 5.7 hectares", "on an area of
# 312 hectares"; not "a total of")
_AREA_ON_BEFORE = re.compile(
    r"\b(?:on|across|covering|measuring|spanning|(?<!total )of)\s+(?:(?:about|some|over|nearly)\s+)?$", re.I
)


def _crops_destroyed(text: str, num: Number, s_end: int) -> bool:
    """Whether the area of land counted at ``num`` ("255 hectares of cannabis farms") is that of crops destroyed."""
    before = text[max(0, num.start - 40) : num.start]
    if _AREA_ON_BEFORE.search(before):
        return False
    return bool(
        _AREA_DESTROYED_BEFORE.search(before) or _AREA_DESTROYED_AFTER.match(text, num.end, min(s_end, num.end + 120))
    )


# The characters re.IGNORECASE matches to an ASCII letter besides its two cases: "İ" and "ı" to "i", "ſ" to "s",
# the Kelvin sign to "k". Where none stands in a window, a word a pattern needs (in any case) can only be there if
# the window lower-cased holds it: the cheap test before the pattern.
_CASE_ODD = "\u0130\u0131\u017f\u212a"


def _lowered_window(window: str) -> str | None:
    """``window`` lower-cased for the word tests that may spare a pattern; None where a character of
    ``_CASE_ODD`` stands in it (only the pattern can tell there)."""
    if not window.isascii():
        for c in _CASE_ODD:
            if c in window:
                return None
    return window.lower()


def _may_hold(low: str | None, leads: tuple[str, ...]) -> bool:
    """Whether a lower-cased window (``_lowered_window``) may hold one of ``leads``, the words one of which every
    match of a pattern holds: False only where the pattern cannot match it."""
    if low is None:
        return True
    for w in leads:  # (a loop: twice as fast as any() over a generator)
        if w in low:
            return True
    return False


# a bracket of two or more small numbers and nothing else: the ages of the people counted before it
_AGES_IN_BRACKETS = re.compile(r"\(\s*\d{2}(?:\s*(?:,|and|&)\s*\d{2})+\s*\)")
# people then their arrest, soon after: "from two suspects nabbed near …", "from three men who were arrested"
_ARRESTED_AFTER = re.compile(
    r"[^.;:\n]{0,40}?\b(?:arrested|detained|nabbed|apprehended|caught|rounded\s+up|held|in\s+custody)\b"
)
# a verb of actions done, before or after a count of operations ("conducted 1,146 anti-drug operations", "9
# operations were carried out"; not "launched two operations", the drives themselves)
_ACTIONS_DONE = (
    r"(?:conducted|carried\s+out|executed|staged|mounted|undertaken|undertook|performed|conducting|carrying\s+out)"
)
_ACTIONS_DONE_BEFORE = re.compile(rf"\b{_ACTIONS_DONE}\s+(?:(?:a\s+total\s+of|{_HEDGE})\s+)?$")
# Operations the results came in, right before their count: "in six operations", "during 71 intelligence-based
# operations", "following 27 anti-drug operations"
_RESULTS_IN_OPERATIONS_BEFORE = re.compile(
    rf"(?i)\b(?:in|during|following|through)\s+(?:the\s+)?(?:(?:a\s+total\s+of|{_HEDGE})\s+)?$"
)
# Operations counted as what results came from, their count the subject: "60 operations resulted in the arrest of …"
_OPERATIONS_LED_TO_AFTER = re.compile(
    r"(?:[ \t]+[a-z-]+)?[ \t]+operations[ \t]+(?:(?:that|which)[ \t]+)?"
    r"(?:resulted[ \t]+in|led[ \t]+to|yielded|netted)\b"
)
# Operations told before the count: drives named ("the two operations resulted in …"), or a part of operations
# counted just before ("conducted 120 operations in May. Of these, 45 operations resulted in …", "…, of which 45
# operations led to …", "120 operations in May; 45 anti-drug operations led to …")
_OPERATIONS_TOLD_BEFORE = re.compile(
    r"(?i)\b(?:the|these|those|both|its|their)\s+$"
    r"|\bof\s+(?:these|those|them|which|the\s+\w+)\s*,?\s*$|\d\s+(?:[a-z-]+\s+)?operations\b"
)
# A participle before a noun, an adjective of the goods ("unlicensed firearms", "encrypted phones"), not a verb
# (one before a preposition, "hidden in", "bound for", is)
_ADJECTIVE_PARTICIPLE = re.compile(
    r"\b[a-z]+ed(?=[ \t]+(?!(?:in|at|on|by|from|for|to|with|into|inside|under|during|near|and|or|as|after|before"
    r"|since|across|over|between|through|were|was|have|has|had)\b)[a-z])"
)
# A change told from one number to another: "grew from 45 raids …", "… from 45 raids last year to 80"
_CHANGE_FROM_BEFORE = re.compile(
    r"(?i)\b(?:grew|grown|rose|risen|increased|decreased|fell|fallen|dropped|jumped|climbed|up|down|doubled|tripled)"
    r"\s+(?:\w+\s+){0,2}?from\s+$"
)
_TO_A_NUMBER_AFTER = re.compile(r"\bto\s+(?:about\s+|some\s+|over\s+|nearly\s+|more\s+than\s+)?\d")
# The police actions results come from, counted after "from" ("came from 609 operations conducted"; not a range's
# cases, "from 202 cases in its first year to 2,306", nor where goods were found, "from 3 cases")
_ACTIONS_RESULTS_CAME_FROM = frozenset({"operations", "raids", "searches", "interventions", "inspections", "patrols"})
_ACTIONS_DONE_AFTER = re.compile(rf"\boperations\s+(?:(?:were|have\s+been|had\s+been)\s+)?{_ACTIONS_DONE}\b")
# what follows a range's first number or a date's: "from 24 to 30 September", "from 9-11 May", "from 1 January",
# "from 10 am", "from 10.30"
_RANGE_OR_DATE_AFTER = re.compile(
    r"\s*(?:[-–]|to\b|until\b|till\b|through\b|and\b)\s*\d|\s+[A-Za-z]+\s+(?:to|until)\s+\d"
    r"|(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\s*(?:am|pm|a\.m\.|p\.m\.|hrs|hours)\b"
    r"|[:.]\d|\s*(?:per\s*cent|percent|%)"
)
# a verb's object right after it, a hedge at most before the count: " 11", " some 11"
_HEDGED_OBJECT = re.compile(rf"\s+(?:{_HEDGE}\s+)?")
# a preposition between a verb and a count: the count is where or when it acted, not its object
_PREPOSITION_BETWEEN = re.compile(rf"\s+(?:in|during|on|from|across|inside|within)\s+(?:{_HEDGE}\s+)?")
# Fines or a settlement paid, agreed or imposed, then the sum: "paid fines totalling around", "agreed to pay a
# settlement of", "the fines applied during the operation exceed" (not "faces a fine of up to": a bound)
_FINES_PAID_BEFORE = re.compile(
    r"(?i:\b(?:paid|pay|paying|applied|imposed|issued|levied|collected)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<what>fines?(?:\s+and\s+settlements?)?|settlements?|penalt(?:y|ies))"
    r"|\b(?P<what2>fines?|settlements?|penalt(?:y|ies))\s+(?:applied|imposed|issued|levied|paid|collected)\b"
    r"[^.;\d]{0,50}?)"
    r"[^.;\d]{0,30}?\b(?i:totall?ing|amounting\s+to|of|worth|exceed(?:ing|s|ed)?|reached|came\s+to)\s+"
    rf"(?i:{_HEDGE}\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]|R\$|[A-Z]{2,3})?\s?$"
)
# A penalty named after its sum, where the sentence says it may be imposed: "face … a possible $10 million fine"
# (a penalty's own word, not "fine jewellery", "fine art", "bond notes": nothing but a clause's end or a function
# word after it)
_PENALTY_AFTER = re.compile(
    r"[ \t]+(?:(?:civil|criminal|administrative|maximum|total)[ \t]+)?(?:fines?|penalt(?:y|ies)|bail)"
    r"(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:and|or|for|on|of|if|was|were|is|each|imposed|upon)\b)",
    re.I | re.M,
)
# (lower case "may": not the month)
_PENALTY_RISKED_BEFORE = re.compile(r"\b(?:[Ff]aces?|[Ff]acing|[Pp]ossible|[Mm]aximum|[Uu]p\s+to|could|would|may)\b")
_PENALTY_BEFORE = re.compile(
    r"(?i:\b(?:fined?|fines|penalt(?:y|ies)|bail|ransom|reward|bounty|compensation|damages)\b"
    r"(?:\s+(?:of|up\s+to|as\s+much\s+as|at\s+least|totall?ing|worth|set\s+at|ranging|from|between)\b)*)"
    # (either end of a range: "fines from P500,000 to P10 million", "between $5,000 and $10,000"; not "fined €2,000
    # and €15,000 in cash was confiscated")
    r"(?:\s*(?:[A-Z]{2,3}\$?|[$€£¥₹₱]|Rs\.?|P)?\s*\d[\d,.]*(?:\s?(?i:million|billion|m|bn|k))?\s+to"
    r"|(?<=between)\s*(?:[A-Z]{2,3}\$?|[$€£¥₹₱]|Rs\.?|P)?\s*\d[\d,.]*(?:\s?(?i:million|billion|m|bn|k))?\s+and)?"
    r"\s*(?:[A-Z]{2,3}\$?|[$€£¥₹₱]|Rs\.?|P)?\s*$"
)
# ("Section 36 (1) and 71 (1) (b)": subsections in brackets, spaced or not)
_REFERENCE_LIST = re.compile(  # "Sections 8, 20 and", "sections 8(c), 22 and", "Sections 5 (Sale), 11 (Possession) and"
    r"\b([A-Za-z]+)\.?\s+\d+(?:\s?\(\w{1,3}\)){0,3}(?:\s\([A-Z][^()\d]{0,40}\))?"
    # ("Article 81 jo 83": Indonesian law's "juncto" joins articles too)
    r"(?:\s*(?:,|and|&|or|jo\.?|juncto)\s*\d+(?:\s?\(\w{1,3}\)){0,3}(?:\s\([A-Z][^()\d]{0,40}\))?){0,6}"
    r"\s*(?:,|and|&|or|jo\.?|juncto|,\s*and)\s*$"
)
# A number, then one in brackets: "36 (1)", "71(2)": a section's subsection, never a count
_SUBSECTION_BEFORE = re.compile(r"\d[ \t]?\($")
# A year in a month's list: "On 23rd November 2026, 164 people …" is a date and a count, not days listed.
_YEAR_IN_LIST = re.compile(r"\b(?:19|20)\d\d\b")
_AND_IN_LIST = re.compile(r"\d\s*(?:and|&)\s")  # "March 3, 5 and": a list of days, not a date and a count
_REFERENCE_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|&)")
# What ends every _REFERENCE_LIST match, blanks aside: a window without one is not searched.
_LIST_ENDS = (",", "and", "&", " or", " jo", " jo.", "juncto")
_MONTH_WORDS = frozenset(_MONTHS.split("|"))
_AGES_BEFORE = re.compile(
    r"(?i:\bage[sd]?)\s+(?:(?:range[sd]?|ranging)\s+)?(?:of\s+)?"
    r"(?:(?:between\s+|from\s+)?\d+\s*(?:and|,|to|-|–)|between|from|under|over|below|above|(?:less|more)\s+than)\s*$"
    r"|(?i:\bages?\s+of)\s*$"
)  # "aged 19 and 31", "aged under 18", "whose ages range from 24 to 49", "between the ages of 20 and 45"
_AGE_WORD_BEFORE = re.compile(r"(?i:\bage[d]?)(?:[ \t]*:)?[ \t]+$")
_DATE_PART_BEFORE = re.compile(r"\d[-/.:]$")  # the second part of a date stamp, a code or a time
# The end of a span of days: "from Nov. 10 to 16", "between 3 and 9 March" is read at "3" as a range
_DAYS_SPAN_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\s*(?:to|-|–|and|through|until|till)\s*$")
# The groups the people counted before belong to: "6 members of | 2 major scam gangs", "members of the | 3 cartels"
_MEMBERS_OF_BEFORE = re.compile(r"\bmembers\s+of\s+(?:the\s+)?$", re.I)
# (unless the clause after says the groups were dismantled: "45 members of 6 networks, which were dismantled")
_DISMANTLED_LATER = re.compile(r"\b(?:dismantl|disrupt|bust|smash|neutrali[sz]|broke\s+up|broken\s+up)", re.I)
# A part of a whole after the number: "representing 45 | of the 200 arrests"
_PART_OF_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?\d")
# A count that says what goods are tied to or what they would serve, not a result: "assets linked to 26
# trafficking networks", "enough for an estimated 106 million doses" (the guide's capacity figures)
_DESCRIBED_BEFORE = re.compile(
    r"(?i:\b(?:(?:linked|tied|connected|belonging|traced|attributed)\s+to|associated\s+with"
    # an amount restated in other terms: "125 kilograms of mephedrone, equivalent to 630,000 single doses", "3,500
    # bags of rice (equivalent to six trailer loads)", "with the potential to equate to 11.7 million street deals"
    r"|(?:equivalent|equal|equat(?:e|es|ed|ing))\s+to(?:\s+(?:about|around|some|roughly|approximately|nearly|over|more\s+than))?"
    # ("over 1 tonne of pangolin scales, representing approximately 1,700 killed pangolins"; not the verb of a
    # sentence's results, "The haul represents 19 interdictions")
    r"|,\s+representing"
    r"|the\s+equivalent\s+of"
    r"|enough\s+(?:for|to\s+(?:make|produce|supply|feed|kill|fill|destroy|ruin))|sufficient\s+(?:for|to\s+(?:make|produce))"
    # (the goods may be named before a verb of what they could do: "enough fentanyl to kill 14 million people";
    # not "enough evidence for 14 arrests")
    r"|(?:enough|sufficient)(?:\s+[\w-]+){1,3}?\s+to\s+(?:make|produce|supply|feed|kill|fill|cause|poison|destroy|ruin)"
    # (or right before its verb: "enough to destroy the lives of more than two million people")
    r"|(?:enough|sufficient)\s+to\s+(?:destroy|ruin|harm)\s+(?:[\w-]+\s+){0,3}?(?:of|for)"
    # what the goods could have done: "pills that could potentially kill more than 700,000 Americans"
    r"|\b(?:could|would|can|may|might)\s+(?:potentially\s+|possibly\s+|easily\s+)?(?:have\s+)?"
    r"(?:kill(?:ed)?|poison(?:ed)?|caused?|fuel(?:led)?|suppl(?:y|ied))"
    # (or be able to: "the drugs would be able to fix the addiction of 384,791 drug addicts")
    r"|\b(?:could|would|can|may|might)\s+(?:have\s+been|be)\s+able\s+to\s+(?:[\w-]+\s+){1,4}?(?:of|for)"
    # an average is no count of results: "each sack containing an average of seventy (70) slabs"
    r"|\ban\s+average\s+of|\bon\s+average"
    # what the goods could be made into: "the seizure is estimated to produce roughly 10 million doses"
    r"|\b(?:estimated|expected|believed|able|enough)\s+to\s+(?:make|produce|yield))"
    rf"\s+(?:{_HEDGE}\s+)?)$"
)
# every alternative of _DESCRIBED_BEFORE opens with one of these
_DESCRIBED_LEADS = (
    "linked", "tied", "connected", "belonging", "traced", "attributed", "associated", "equivalent", "equal",
    "equat", "represent", "enough", "sufficient", "could", "would", "can", "may", "might", "average", "estimated",
    "expected", "believed", "able",
)  # fmt: skip
# A number compared with: an earlier period's figure, not this result.
_COMPARISON_BEFORE = re.compile(r"(?i:compared\s+(?:with|to)|versus|vs\.?|up\s+from|down\s+from|as\s+against)\s*$")
# "issued by eleven banks", "used by some 2,500 subscribers": who did it, counted, not a result
# ("the raids were followed by 12 arrests" is one; so is "boosted by 14 arrests": see _skip_number)
_ARREST_NOUNS = frozenset({"arrests", "detentions", "apprehensions"})
_AGENT_BEFORE = re.compile(r"(?i:\bby\s+(?:(?:some|about|around|at\s+least|more\s+than|over|nearly|almost)\s+)?)$")
# The parts of a law or a document numbered in brackets: "Article 114 paragraph (2)", "section [3]"
_DOCUMENT_PARTS = words("figure_document_parts")
_PLATE_BEFORE = re.compile(r"(?<!\w)[A-Z]{2,4}[ -]$")  # a licence plate or code: "KDA 456", "AB-123"
# A house number: after a preposition of place, the number, then a street's name ending in a street's word ("at 7
# Nnajiego Lane", "on 14 Kofi Annan Street")
_ADDRESS_OPENERS = ("at ", "on ", "in ", "of ", "from ", "along ", "near ", "to ")
_STREET_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?:"
    + "|".join(sorted(map(re.escape, words("street_words")), key=len, reverse=True))
    # (and no noun after the street's word: "the arrest of 12 Ikorodu Road touts" counts touts)
    + r")(?=[ \t]*(?:[^\w \t]|$)|[ \t]+(?:[A-Z0-9]|(?:in|and|on|at|near|off|of|where|when|while|before|after|with"
    r"|by|to|for|around|during|early|late|last|yesterday|was|were|is|are|has|had)\b))"
)
# A street's word written capitalised just before a number: the street's own number ("Clementi Avenue 4")
_STREET_NUMBERED_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, words("street_words")), key=len, reverse=True)) + r")[ \t]+$"
)
_PLATE_LETTER_BEFORE = re.compile(r"(?<![\w.])[A-Z] $")
_PLATE_LETTERS_AFTER = re.compile(r" [A-Z]{2,3}\b")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")
_CODE_BEFORE = re.compile(r"[A-Za-z][-‑]$")
_CODE_AFTER = re.compile(r"[-‑]?[A-Za-z]")
_HEAD_NOUN = re.compile(r"\s*(?:of\s+(?:the\s+)?)?((?:[A-Za-z%-]+\s+){0,4}[A-Za-z%]+)")
# Adjectives listed before one noun: "more than 150 federal, state and local officers", "300 customs and police
# officers"
_LISTED_ADJECTIVES_NOUN = re.compile(r"\s+((?:[a-z-]+,\s+)*[a-z-]+,?\s+(?:and|or)\s+[a-z-]+)\s+([a-z]+)\b")
# A bound the law sets, not an amount: "conspiracy to distribute 400 grams or more of a mixture"
_OR_MORE_AFTER = re.compile(r"\s+or\s+(?:more|less|greater|above|over|fewer)\b")


def _is_region(name: str) -> bool:
    """Whether the gazetteer holds ``name`` as a region (a continent or a named region: "Europe", "the Sahel")."""
    return places().get(place_key(name)) == "region"


# The words of a price on a market before a sum: "a street value of", "black-market value", "would fetch"
_MARKET_VALUE_BEFORE = re.compile(
    r"\b(?:street|market|retail|resale|wholesale|black[- ]market)[ \t]+(?:value|price)|\b(?:would|could)[ \t]+"
    r"(?:fetch|sell|be[ \t]+sold)|\bon[ \t]+the[ \t]+(?:street|market)",
    re.I,
)
_COPULA_AFTER = re.compile(r"[ \t]+(?:were|are)[ \t]+")
_ARRESTED_PARTICIPLES = frozenset({"held", "arrested", "detained", "nabbed", "apprehended"})
_HEAD_STOP = frozenset(
    "of and or in on at to by for from with during across into over under were was are is had have has".split()
    # (a clause's conjunction ends the words after a count: "Over 1,000 arrested as police crack down on gangs")
    + "as after when while amid since because but".split()
)
_BRACKETED = re.compile(r"\[\s*$")  # a citation "[12]"
# A person's noun, then the bracket of an age: "A man (42) was arrested", "two women (20s)"
_PERSON_AGE_PAREN = re.compile(
    r"\b(?:(?:wo)?m[ae]n|boys?|girls?|teenagers?|youths?|males?|females?)[ \t]*\([ \t]*$", re.I
)
_DECADE_PAREN_CLOSE = re.compile(r"s?[ \t]*\)")
_NAME_AGE_PAREN = re.compile(rf"([{UPPER}][\w'’.-]*)\s*\(\s*$")  # "Name (33)", "Chile (3)", "A. Š. (22)"
# "Family, 36,", "a Wollongong man, 34,", 'alias "Caracol", 41,', "M.A.K., 39,"
_NAME_AGE_COMMA = re.compile(
    rf"(?:[A-Z][\w'’.-]*[a-z][\w'’.-]*|(?:[{UPPER}]\.){{2,}}"
    # initials ("identified as TJ, 52,"), not a body after an article or preposition ("Across the EU, 38 were")
    rf"|(?<!the )(?<!The )(?<!in )(?<!of )\b[{UPPER}]{{2,3}}"
    r"|[\"”’]|\b(?:man|woman|men|women|boy|girl|driver|national"
    r"|citizen|resident|farmer|businessman|businesswoman|trader|mother|father|son|daughter|wife|husband"
    # ("One suspect, 51, who …")
    r"|suspect|accused|victim|passenger|courier|dealer|owner|worker|student|teacher|officer|person"
    r"|[Mm]ale|[Ff]emale))"  # a suspect list's "ZHANG Wei, male, 38, Chinese"
    r",[\"”’]?\s*$"  # 'alias "Bebang," 52,'
)
_COMMA_ENDS = (",", ',"', ",”", ",’")  # what ends every _NAME_AGE_COMMA match, blanks aside
_AGE_TAIL = re.compile(r"\s*(?:,|;|\)|\.(?!\d)|and\b|(?:were|was|is|are|had|has)\b)")  # ("…, 44; his nephew")
# A list of suspects a line each: "- Albert Ferrer, 37", 'alias "Tony," 44' (a line's end after a name of two
# words or more, or after a name in quotes; "- Kenyan, 37", "- Customs, 37" are a breakdown's lines)
_AGE_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_NAME_BEFORE_LINE_AGE = re.compile(
    r"(?:[A-Z][\w'’.-]*[a-z][\w'’-]*[ \t]+[A-Z][\w'’.-]*[a-z][\w'’-]*,|[\"”’],|\w,[\"”’])[ \t]*$"
)
_PAREN_CLOSE = re.compile(r"\s*\)")

# A market's price after "a kilo of …": "a kilogram of cocaine sells for", "a tonne of scales can fetch"
_PRICE_AFTER = re.compile(
    r"[^.;!?\n]{0,60}?\b(?:sells?|sold|costs?|fetch(?:es)?|retails?|trades?|goes\s+for|is\s+(?:worth|priced|valued)"
    r"|can\s+(?:be\s+)?(?:sold|fetch|bring|cost))\b"
)
# A dash and a hedge between an amount and the same amount in another unit
_DASH_GAP = re.compile(rf"\s*[—–-]\s*(?:{_HEDGE}\s+)?")
# Between a sum and the same sum in another currency: "USD 90,000 worth Rs 73 lakh"
_SUM_WORTH_GAP = re.compile(
    rf"\s+(?:worth|valued\s+at|equivalent\s+to|amounting\s+to)\s+(?:{_HEDGE}\s+)?"
    r"(?:[A-Z]{1,3}\$?|Rs\.?|₹|\$|€|£)?\s*"
)
# A note's face value: the sum, then the word for notes of it ("Rs 2,000 denomination", "$100 bills")
_FACE_VALUE_AFTER = re.compile(r"[ \t]*(?:-[ \t]*)?(?:denominations?|notes|bills|banknotes)\b", re.I)
# One unit's price stated before the sum: "the street price of a meth pill in Bangkok is around", "the price per
# gram is"
_UNIT_PRICE_BEFORE = re.compile(
    r"\bprices?\s+(?:(?:of|for)\s+(?:a|an|one|each|every|a\s+single)|per)\s+[^,.;:()\n\d]{0,50}?"
    r"\b(?:is|was|are|were|stands\s+at|stood\s+at|ranges?\s+from|of)\s+"
    rf"(?:(?:{_HEDGE}|between)\s+)?$",
    re.I,
)
_OF_THE = re.compile(r"\s*(?:of\s+(?:the\s+|them\s+|which\s+|these\s+(?![a-z]+ed\b)|those\s+(?![a-z]+ed\b))?)?")
_OPENING_QUOTES = ('"', "“", "‘", "'")
_QUOTED_LEAD = re.compile(r"[\"“‘']([^\W\d_][^\"”’'\n]{0,39})[\"”’']")
_CLAUSE_AFTER_QUOTE = re.compile(r"[ \t]+(?:who|which|that)\b")
_QUOTED_AFTER_OF = re.compile(r"(\bof[ \t]+)[\"“‘']([^\W\d_][^\"”’'\n]{0,39})[\"”’']")
# An item's name in quotes: a word or a few, letters first, closed soon ('"Ice"', "'shabu'", "“yaba”")
_QUOTED_ITEM = re.compile(
    r"[\"“‘']([^\W\d_][^\"”’'\n]{0,39})[\"”’']"
    r"(?=[ \t]*(?:[,.;:)\n]|$|(?:and|or|in|from|at|with|were|was|hidden|worth)\b))"
)
_WHAT_IS_BELIEVED = re.compile(
    r"what\s+(?:(?:is|are|was|were)\s+(?:believed|suspected|thought|alleged)\s+to\s+be"
    r"|(?:police|officers|officials|investigators)\s+(?:believe|believed|suspect|suspected|said)\s+(?:is|are|was|were))"
    r"\s+(?:an?\s+)?"
)
_OF_WHAT_IS_BELIEVED = re.compile(r"\s+of\s+" + _WHAT_IS_BELIEVED.pattern)
_WHOLE_AFTER_OF = re.compile(r"\d[\d,.]*\s+(?=[a-z])")
# A bullet: a dash or dot, a number, or (police posts on social media) an arrow, a geometric shape, an emoji or
# a pictograph ("▶️", "➡", "◆", "✅"), which may be glued to what it marks ("▶️23 illegal miners")
_BULLET_MARK = "[-•*–·\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?"
_PICTOGRAPH_MARK = "[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]\ufe0f?"
# (and the letters or small roman numerals of an official list: "a) 27 vehicles", "(b) 1 214 bales", "iv. …")
# (a round bullet may be glued to its line's first word, as a pictograph may: "•Eight (8) long firearms,")
_BULLET_LINE = re.compile(
    r"\s*(?:" + _PICTOGRAPH_MARK + r"\s*|•\s*"
    r"|(?:" + _BULLET_MARK + r"|\d{1,2}[.):]|\(?(?:[a-z]|[ivx]{1,4})\)|[a-z]\.)\s)"
)
# A line that opens a list by pointing at it: "Seized at the site 👇", "Results ⬇️".
_POINTING_END = re.compile("[\u2193\u2b07\U0001f447]\ufe0f?$")
_LINE_END = re.compile(r"[ \t]*[.;]?[ \t]*(?:\n|$)")
_BARE_LINE = re.compile(r"[ \t]*(?=[\d$€£¥₹₱]|[A-Z]{2,3}\$?[ \t]?\d)")  # a line that starts with its figure
# A list's line that opens on a hedge or a number word ("Seven leopard skins;", "More than 2,150 dried seahorses;",
# "Close to 900 live tortoises"): an item only where the line reads as one, closed by no full stop ("Five men were
# charged." and "More than 40 officers took part." are sentences that open paragraphs)
_BARE_WORD_LINE = re.compile(
    r"[ \t]*(?:(?i:more\s+than|over|about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to"
    r"|just\s+under|just\s+over|an\s+estimated)[ \t]+(?=[\d$€£¥₹₱]|[A-Za-z]+\b)|(?=(?i:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b))"
)
_ITEM_LINE_END = re.compile(r"[^\n]{0,150}?(?<![.!?])[ \t]*(?:\n|$)")


def _bare_line(text: str, line_start: int) -> re.Match[str] | None:
    """The lead of a list's line without a bullet that starts with its figure ("28.4 tonnes of cocaine",
    "Seven leopard skins;", "More than 2,150 dried seahorses;"): its end is where the figure starts."""
    bare = _BARE_LINE.match(text, line_start)
    if bare is None:
        bare = _BARE_WORD_LINE.match(text, line_start)
        if bare is None:
            return None
        if not _ITEM_LINE_END.match(text, bare.end()):
            # (the last item of a list closes it with a full stop: "…;\nMore than 2,600 plants.")
            # (a break past the 151st character makes the line as long as none: the search stops there)
            line_end = text.find("\n", line_start, line_start + 151)
            too_long = (len(text) if line_end < 0 else line_end) - line_start > 150
            if too_long or not text[max(0, line_start - 200) : line_start].rstrip().endswith(";"):
                return None
    return bare


_SEGMENT_LABEL = re.compile(r"[ \t]*([A-Za-z][A-Za-z \t-]{0,60}?)[ \t]*")
# (a label ends in a colon, a dash between blanks, a leader of dots or a table's gap of blanks: "Heroin –
# 3.265 kg", "Firearms - 11", "Cannabis sativa ........ 2,311.6kg", "Hashish            1,512 kg")
_LABEL_LINE = re.compile(
    r"\s*(?:[-•*–·▪]\s*)?([A-Za-z][^:\n]{0,60}?)\s*(?::|(?<=\s)[-–—](?=\s)|\.{3,}|…+|(?<=\S)[ \t]{3,}|\t)[ \t]*"
    # (a hedge before the number: "seized computer equipment – over 300 units")
    rf"(?:{_HEDGE}[ \t]+)?$"
)
# what every _LABEL_LINE match holds: one of its marks (a run of three blanks holds a tab or three spaces)
_LABEL_MARK_HINT = re.compile(r"[:\t…–—-]|\.\.\.| {3}")
_DIGIT = re.compile(r"\d")
_OF_THEM = re.compile(r"\s*(?:of them|of whom)")
_COUNTED_WORD = re.compile(r"\d[\d,.]*\s+\w")
_LIST_OPENER = re.compile(r"\b(?:includ(?:e|es|ed|ing)|following|such as|among them|comprising)\b|:")
_SCALED = re.compile(r"(?i:million|billion|bn|m|thousand)$")  # ("twenty thousand pounds": money)
_OF_NEXT = re.compile(r"\s+of\s")
# Between a number and the verb of the list it is in: list items only.
# After a semicolon, the next item of a list: an amount (or the number itself, right after it)
# A hedge and a currency's sign or letters, as a list's next item may open with them
_ITEM_HEDGE = r"(?:(?:about|around|some|over|nearly|approximately|approx\.?|almost)[ \t]+)"
_SUM_SIGN = r"(?:[A-Z]{1,3}[$¢]?|Rs\.?|Tk\.?|[$€£¥₹₦₱₫₩฿₽₺₴৳₵])"
# (a count in words too: "…; four bags of fentanyl precursor; five firearms; and two vehicles")
_ITEM_NUMBER_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + "|a dozen|dozens|hundreds"
_ITEM_AFTER_SEMICOLON = re.compile(
    rf"[ \t]*(?:and[ \t]+)?{_ITEM_HEDGE}?(?:{_SUM_SIGN}[ \t]?)?(?P<n>\d|$|(?i:{_ITEM_NUMBER_WORDS})(?=[ \t-]))"
)
# The arrests as the subject of a verb of actions: "Arrests were carried out across …", "arrests conducted in"
_ARRESTS_WERE_BEFORE = re.compile(r"(?i)\b(?:arrests|detentions|apprehensions)\s+(?:were\s+|have\s+been\s+)?$")
# A kind of papers, then the next count's kind and the papers both are: " arrest and 212 search warrants"
_SHARED_PAPERS_AFTER = re.compile(
    r"\s+(?:arrest|search|detention)\s+(?:and|or)\s+\d[\d,]*\s+(?:[a-z-]+\s+){1,3}?(warrants|orders|notices)\b"
)
# After a verb of arrest: one person, then the infinitive of moving people that the count after is the object of
_ONE_HELD_THEN_MOVED = re.compile(
    r"[ \t]+(?:a|an|one)[ \t]+[^,;.\d]{0,80}?\bto[ \t]+(?:smuggle|take|transport|traffic|bring|move|ferry|carry|sell)"
    r"[ \t]+(?:(?:a[ \t]+group[ \t]+of|about|some|at[ \t]+least)[ \t]+)?$"
)
# A past-tense verb of a new clause right before a count: "and warned another 69", ", and questioned 69"
_OWN_VERB_BEFORE = re.compile(
    r"(?:\band|,)\s+(?:also\s+)?([a-z]{3,}ed)\s+(?:(?:another|a\s+further|some|about|over|more\s+than|nearly)\s+)?$"
)
_NOT_VERBS = words("figure_adjective_participles")
# The verbs of the "other" cues whose objects are actions or checks, never goods ("carried out 41 raids",
# "inspected 300 containers" … not "destroyed 3 tonnes", "uncovered 40 kg")
_ACTIONS_COUNTED = words("figure_actions_counted")
# A participle used as an adjective: a lower-case word (no preposition, article or conjunction) after it
_ADJECTIVE_USE = re.compile(
    r"[ \t]+(?!(?:in|on|at|from|by|to|with|into|for|the|a|an|and|or|as|over|under|across|through|off|out|up|down"
    r"|via|since|during|after|before|near|inside|between|among|while|when|who|which|that|of)\b)[a-z][a-z-]+\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:of|a|an|the|some|its|their|his|her|all)[ \t]+$")
_BY_AGENT_AFTER = re.compile(r"[ \t]+by\b")
_PASSIVE_AUX_BEFORE = re.compile(r"\b(?:were|was|been|being)[ \t]+$")
_OBJECT_AFTER = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+)?([a-z]+)\b")


def _events_object_after(text: str, end: int) -> bool:
    """Whether the verb ending at ``end`` has a noun of events for its object: "carried out inspections at the
    port, and 200 kg … were seized" (the goods after are not what it counts)."""
    m = _OBJECT_AFTER.match(text, end)
    return m is not None and any(w in _EVENTS for w in m.group().split()[:2])


# A result's noun right before "involved": "the seizure involved", "the seizures, which involved"
_RESULT_NOUN_BEFORE = re.compile(
    r"\b(?:seizures?|hauls?|busts?|catch|recover(?:y|ies)|confiscations?)\b[ \t,]*(?:which\s+)?$"
)
# A word and the point after it (the abbreviations the sentence splitter knows end no sentence either).
_ABBREVIATION_POINT = re.compile(r"\b([A-Za-z]+(?:\.[A-Za-z])*)\.")


def _no_point(m: re.Match) -> str:
    return m.group(1).replace(".", " ") + " " if m.group(1).lower() in ABBREVIATIONS else m.group()


# A relative clause set off by commas inside a list: ", which was hidden in a bag,"
# (or a part of them with its own relative clause: "800 men and women, including 300 who were considered victims,
# have been rescued")
_RELATIVE_ASIDE = re.compile(r",\s*(?:(?:including|among\s+them)\s+\d[\d,]*\s+)?(?:which|that|who)\s+[^,;:()\d]{1,80},")
# Between a list's first item and the passive verb that closes it: a list of a dozen goods runs past 200
# characters ("12 grams of smack, 300 grams of opium, 450 capsules, … and 7 motorcycles were seized")
_LONG_LIST_BETWEEN = re.compile(r"(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,400}")
# The next amount after "and" and its unit: " and 1,250 pounds"
_UNIT_AFTER_NEXT = re.compile(r" and (?:about |some |nearly |over )?\d[\d,.]*\d?[ \t]?-?[ \t]?([A-Za-z]+)\b")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
# The passive that closes a list, at the clause's end: "… were recovered.", "… have been seized by the police"
_LIST_CLOSING_PASSIVE = re.compile(
    # (or the participle alone, as telegraphic lists write it: "…; 1.4 tonnes of scales seized at the port")
    r"\b(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:also\s+)?(?:seized|recovered|confiscated|found|intercepted"
    r"|impounded|taken|collected)\b[^;]*$"
)


# The count itself still free or held before, its verb right after it ("…, while 25 were already in custody and six
# are still being sought"; not "detained 8 people in the raid but two are still being sought")
_STILL_FREE_NOW = re.compile(
    r"(?:[ \t]+(?!(?:and|but|although|after|since|while|who|whose|as|because)\b)[A-Za-z-]+){0,2}[ \t]+"
    r"(?:(?:are|is|remain|remains|were|was)[ \t]+(?:still[ \t]+)?"
    r"(?:on[ \t]+the[ \t]+run|at[ \t]+large|being[ \t]+sought)"
    r"|(?:are|were)[ \t]+already[ \t]+(?:in[ \t]+(?:custody|jail|prison|detention)|behind[ \t]+bars|serving))\b",
    re.I,
)
# People not held, in the number's own clause (no other number, comma, "and" or "who" between): "Four more
# indicted individuals are still on the run", "… remain at large" (not "charged 6 men at large gatherings")
_STILL_FREE = re.compile(
    r"(?:(?!\band\b|\bwho\b)[^\d,;.]){0,60}?\b(?:(?:are|is|remain|remains|were|was)\s+(?:still\s+)?"
    r"(?:on\s+the\s+run|at\s+large)|(?:evaded|escaped|avoided)\s+arrest|managed\s+to\s+(?:evade|escape|avoid)\s+arrest)\b",
    re.I,
)
# Verbs of a clause of its own the finite-verb pattern does not know: "remain", "fled", "escaped"
_CLAUSE_VERB = re.compile(r"\b(?:remain|remains|fled|escaped|went|ran|were|was|are|is|will|would)\b")
_DIGIT_RUN = re.compile(r"[\d,.]*")
_CURRENCY_BEFORE_DIGIT = re.compile(rf"{_SUM_SIGN}[ \t]?\d")
# Between two items of one list: words, brackets, commas, semicolons, "and" (no sentence's end)
_LIST_ITEM_GAP = re.compile(rf"[^.!?:\n]{{0,80}}?(?:[,;]|\band)[ \t]+{_ITEM_HEDGE}?(?:{_SUM_SIGN}[ \t]?)?")
_LIST_BETWEEN = re.compile(r"(?:[^.;:!?()]|(?<=\d)\.(?=\d)){0,200}")  # a decimal point is no sentence's end
_VERB = re.compile(r"\b(?:had|has|have|were|was|are|is|\w+ed)\b")
# A verb of the sentence, not a participle describing an item ("cash obtained from the sale of drugs",
# "96 bank cards used for receiving payments") nor an -ed word right after a number ("14 mobile phones and
# 22 forged cards were seized"); with the verbs of reporting that do not end in -ed ("put the number at
# 769, and said another 1,150 …")
_FINITE_VERB = re.compile(
    r"\b(?:had|has|have|were|was|are|is|said|says|told|tells)\b"
    # (an -ed word after "of" or an article describes the goods: "212 rounds of assorted ammunition")
    # (nor one joined to an adjective by "and": "2.4t of raw and worked ivory")
    # (nor the second part of a hyphenated word: "so-called", "home-based", "Sinaloa-linked")
    r"|(?<!\d\s)(?<!\bof\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\band\s)(?<!\bor\s)(?<!-)\b\w+ed\b(?!\s+(?:from|for)\b)"
)
# An adverb of manner between an item's article or "of" and its participle: "26 kg of illicitly traded gold", "the
# illegally imported cigarettes" (the participle describes the goods as it would alone: "of traded gold")
_MANNER_ADVERB = re.compile(r"\b(of|the|a|an|and|or|\d)\s+[a-z]{3,}ly\s+(?=[a-z]+ed\b)")


def _without_manner_adverbs(between: str) -> str:
    return _MANNER_ADVERB.sub(r"\1 ", between) if "ly " in between else between


_NEW_CLAUSE = re.compile(r"[,;]|\band\b")
# between a cue written as a noun and its count: "the destruction of 13", "the inspection of some 300"
_NOUN_CUE_OF = re.compile(rf"\s+of\s+(?:(?:{_HEDGE}|a\s+total\s+of)\s+)?")
# a count right after a verb, its object: "seized 18,400 litres", "arrested another two", "seized EUR 126,500",
# "arrested the two drivers"
_OWN_OBJECT_AFTER = re.compile(
    rf"[ \t]+(?:(?:the|its|their|all)\s+)?(?:(?:{_HEDGE}|a\s+total\s+of|another|a\s+further|a\s+record)\s+)?"
    r"(?:\d|[A-Z]{0,3}[$€£¥₹]|[A-Z]{2,3}\s?\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|twenty|thirty|forty|fifty|hundreds|dozens|thousands|half\s+a)\b)"
)
# A list line's date before its count: "• December 2021: Six (6) pieces of rhino horn …" (when, not what)
_DATE_LABEL = re.compile(
    rf"\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?(?:\s+\d{{4}})?"
    r"\s*[:;,–—-]\s*"
    rf"(?i:{_HEDGE}|a\s+total\s+of)?\s*"
)
_HEDGE_ONLY = re.compile(
    r"\s*(?i:more than|over|about|around|nearly|almost|some|approximately|at least|up to|roughly|close to"
    r"|an estimated|a total of|just over|just under)\s*"
)
_LIST_GAP_END = re.compile(
    # ("as well as", "along with", "together with": the joiners a list of goods goes on with)
    r"(?:,|\band|,\s+and|\b(?:as\s+well\s+as|along\s+with|together\s+with))\s*"
    # (money named before its sum: "38 firearms, and cash amounting to THB 48.7 million")
    r"(?:(?:cash|money|currency|funds)\s+(?:amounting\s+to|totalling|totaling|worth|of)\s+)?"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|up\s+to|approximately|roughly)\s+)?$"
)
# (or goods named, each its amount in brackets: "heroin (659.43g), yaba pills (4.71g) and ketum water (23.75 litres)")
_BRACKET_LIST_GAP = re.compile(r"[^().;:\n]{0,40}\)(?:,|,?\s+and)\s+(?:the\s+)?[^\W\d_][^().;:\n]{0,40}\(\s*")
# the part's verb after "N of which/whom/them": "6 of which were arrested" (that part's verb, no other count's)
_PART_BEFORE_CUE = re.compile(
    r"\bof\s+(?:which|whom|them|these|those)\s+(?:(?:were|was|are|is|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?$"
)
_SHORT_ASIDE = re.compile(r"\([^()\n;]{0,40}\)")
_PARTS_IN_BRACKETS = re.compile(r"[^()\n]{0,60}(\((?=\d)[^()\n;]{0,240}\))")
# (a point between digits is a decimal one, no break: "227 rounds of 7.62mm ammunition, seven magazines")
_FINITE_OR_BREAK = re.compile(
    r"[;:!?()\n]|(?<!\d)\.|\.(?!\d)|\b(?:were|was|are|is|had|has|have|which|who|while|when)\b"
)
# ("the 16 suspects, made up of nine Ghanaians and seven Nigerians, …": the parts of the count before)
_SUB_COUNT_BEFORE = re.compile(
    r"(?:\bincluding|\bamong them|\bof (?:whom|them|which)|\bincl\.|\bmade up of|\bcomprising|\bconsisting of"
    r"|\bcomposed of)\s*$",
    re.I,
)
# A hedge after a word of weight: "weighing about", "weighed more than"
_WEIGHT_HEDGE = (
    r"(?:\s+(?:more than|over|about|around|nearly|almost|some|approximately|at least|up to|roughly|more or less))?"
)
_WEIGHING_BEFORE = re.compile(
    r"\b(?:weighing|weighed|(?:an?|the|its|their)\s+(?:(?:combined|total|gross|net|overall)\s+)?weight\s+of"
    r"|weighing a total of|totalling|totaling)"
    rf"{_WEIGHT_HEDGE}\s*$",
    re.I,
)
# The weight as the clause's own statement ("the contraband weighed", "had a combined weight of"), not a
# participle describing goods named elsewhere ("parcels of a substance weighing 96 kg, which tested positive for
# cocaine", "612 seizures totalling 4.9 tonnes")
_WEIGHED_VERB_BEFORE = re.compile(rf"\b(?:weighed|weight\s+of){_WEIGHT_HEDGE}\s*$", re.I)
# The good named right before a bracket that holds its amount: "marijuana (", "crystal meth ("
_GOOD_BEFORE_BRACKET = re.compile(r"(?<![\w'’-])([a-z][a-z-]+(?: [a-z][a-z-]+)?) ?\($")
_NOT_A_GOOD_BEFORE_BRACKET = frozenset(
    "and or of in at the a an with including includes included about weighing weighed totalling totaling worth".split()
)
_VICTIMS = re.compile(r"victims?\b")
# Victims "recovered" (US police write it for victims freed): the verb right after them
_RECOVERING = words("figure_recovering_verbs")
_RECOVERED_PEOPLE = re.compile(r"\b(?:victims?|children|minors|juveniles|girls|boys|teenagers|infants)\b(?!['’])")
_VICTIMS_RECOVERED_AFTER = re.compile(
    r"[^.;,:\d\n]{0,50}?\bvictims?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:recovered|retrieved)\b"
)
# What people were taken from, after their count's words: "… from harm", "from dangerous situations"
_FROM_HARM_AFTER = re.compile(
    r"[^.;:\d\n]{0,50}?\bfrom\s+(?:further\s+|immediate\s+|continued\s+)?"
    r"(?:harm|danger|dangerous|exploit\w*|abus\w*|situations?\s+of\s+exploit\w*)\b"
)
_ARREST_WORD = re.compile(r"arrest|detain|apprehend|custody", re.I)
_LEGAL_PAPERS = re.compile(r"\b(?:warrants?|notices?|diffusions?|indictments?|charges|summons(?:es)?)\b", re.I)
# Money a body collects or a state loses in revenue: "N312.4bn in revenue", "revenue of KES 2 billion"
_REVENUE_AFTER = re.compile(r"\s+(?:in|of)\s+(?:[a-z]+\s+)?revenues?\b", re.I)
_REVENUE_BEFORE = re.compile(r"\brevenues?\s+(?:of\s+|worth\s+|totall?ing\s+)?(?:[a-z]+\s+){0,3}$", re.I)
# Papers named a few words on, past an "and" the item stopped at: "57 search and seizure warrants".
_PAPERS_AHEAD = re.compile(
    r"\s+(?:(?!(?:on|of|for|whom|who|which|with|against|under|were|was)\b|\w+ed\b)[a-z][\w-]*\s+){1,3}?"
    r"(?:warrants?|notices?|summons(?:es)?)\b"
)
# (a hardware wallet is a device, seized as any other: "two hardware wallets")
_ACCOUNTS = re.compile(r"\b(?:accounts?|(?<!hardware )(?<!cold )wallets?)\b", re.I)
# Words of crypto-assets or of freezing, near a count of wallets: the accounts' kind, not the leather kind
_CRYPTO_OR_FROZEN = re.compile(
    r"(?i)\b(?:crypto\w*|bitcoins?|btc|usdt|tether|ether(?:eum)?|digital|virtual|blockchain|e-wallets?|mobile[ -]money"
    r"|froze|frozen|freez\w*|blocked)\b"
)


def _accounts_counted(item: str, text: str, lo: int, hi: int) -> bool:
    """Whether an item counts accounts or crypto wallets: wallets only where the item or the sentence around it
    (``text[lo:hi]``, a bounded window: a sentence of a megabyte is not read for each figure) speaks of crypto-assets
    or of freezing ("froze 41 wallets holding USDT"), not the leather kind ("40 leather wallets", "99 designer
    handbags and wallets")."""
    found = _ACCOUNTS.search(item)
    if found is None:
        return False
    return found.group().lower().startswith("account") or _CRYPTO_OR_FROZEN.search(text, lo, hi) is not None


# Money kept in accounts (or wallets) that were frozen or blocked: seized with them.
_ACCOUNTS_HOLDING = re.compile(r"\b(?:accounts?|wallets?)\s+(?:holding|containing|with)\s+(?:\S+\s+){0,2}$", re.I)
# "14 bank accounts were frozen, holding a total of", "had 67 accounts frozen, holding a combined"
_FROZEN_ACCOUNTS_HOLDING = re.compile(
    r"\baccounts?\b[^.;]{0,40}?\b(?:frozen|blocked|seized|suspended)\b,?\s+(?:holding|containing|with)\s+"
    r"(?:\S+\s+){0,3}$",
    re.I,
)
_ASSET_NAMED_AFTER = re.compile(
    r"\s+in\s+((?:crypto[\w-]*|bitcoins?|virtual\s+(?:assets|currenc(?:y|ies))|digital\s+(?:assets|currenc(?:y|ies))"
    r"|stablecoins?|tokens|gold|cash))\b",
    re.I,
)
_HELD_IN_ACCOUNTS = re.compile(
    r"\s+(?:held\s+|kept\s+|deposited\s+)?in\s+(?:(?:[\w,-]+\s+){0,3}(?:accounts?|wallets?)|them|those)\b", re.I
)  # ("frozen 14 accounts …, with about R5.8 million in them")
# The offence after an arrest verb, up to where the clause goes on to
# where, when or how: "… were arrested for assault GBH in Durban".
_TIME_NOUNS = (
    r"(?:weekend|weeks?|months?|years?|days?|hours?|nights?|fortnight|period|course|span|summer|winter|holidays?"
    r"|times?|Christmas|Easter)(?![\w-])"
)
_OFFENCE_TAIL = (
    # ("for being in the illegal possession of firearms": the offence is the possession)
    r"(?:(?:for|over)\s+(?:being\s+in\s+(?:the\s+)?(?=(?:illegal\s+|unlawful\s+)?possession\b))?"
    r"(?!questioning\b|allegedly\b|their\b|his\b|her\b|being\b|the\s+first\b|\d)"
    # (an article is no part of the offence; a time is no offence: "over the weekend", "over two days", "for
    # the second time", "over the Christmas period", "over the course of the operation"; "for the weekend
    # attack on a bank" and "for two murders" are offences)
    r"(?!(?:(?:the|an?)\s+)?(?:"
    # a time counted or placed ("four days pending trial", "the past week", "the second time")
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|past|last|next"
    r"|previous|coming|recent|same|first|second|third|fourth|fifth|final)\s+(?:[\w-]+\s+)?"
    + _TIME_NOUNS
    + r"|(?:[\w-]+\s+){0,2}?"
    + _TIME_NOUNS
    # a time alone, where the phrase ends or a preposition goes on ("the weekend attack on a bank" is an offence)
    + r"(?!\s+(?!of\b|in\b|at\b|on\b|and\b|to\b|from\b|across\b|during\b|before\b|after\b|when\b"
    r"|while\b|as\b|that\b|which\b|last\b|this\b)[a-z])))"
    r"(?:(?:the|an?)\s+)?(?!(?:the|an?)\s)"
    r"(?P<what>[a-z][\w-]*(?:\s+(?!in\b|at\b|on\b|after\b|during\b|while\b|and\b|from\b|across\b|with\b"
    r"|between\b|as\b|by\b|since\b|under\b|near\b|last\b|this\b|when\b|who\b|which\b|contrary\b"
    r"|in\s+violation\b)[\w-]+){0,4})"
    r"|on\s+(?P<charge>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+charges"
    r"|on\s+suspicion\s+of\s+(?P<suspicion>[a-z][\w-]*(?:\s+(?!in\b|at\b|and\b|after\b)[a-z][\w-]*){0,3}))"
    r"(?=\s*[.,;:()\n]|\s+[a-z]|\s*$)"
)
# The words an offence cut at its fifth word may end on: "robbery of a" is "robbery"
_OFFENCE_LOOSE_END = re.compile(
    r"(?:\s+(?:of|a|an|the|to|for|and|or|in|on|at|by|with|from|without|against|into|under|related|linked|off|near))+$",
    re.I,
)
_OFFENCE_AFTER = re.compile(
    r"[^.;:\n]{0,40}?\b(?:arrested|detained|apprehended|held|nabbed|charged|booked)\s+" + _OFFENCE_TAIL, re.I
)
# "arrested 14 suspects for drug trafficking": the verb came before the number
_OFFENCE_NEXT = re.compile(r"(?:\s+[a-z]+){0,2}?\s+" + _OFFENCE_TAIL, re.I)
# Arrests counted by what they were tied to: "42 arrests tied to firearms offences", "linked to trafficking" (the
# offence a noun of crime names, not a group or a case: "linked to a network supplying poachers")
_OFFENCE_LINKED = re.compile(
    r"\s+(?:tied|linked|related)\s+to\s+(?P<what>(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:offen[cs]es|crimes|trafficking|smuggling|fraud|poaching|terrorism|robbery|robberies|murders?|kidnapping))"
    r"(?P<charge>)(?P<suspicion>)\b"
)
_ON_CHARGE_NEXT = re.compile(r"\s+on\s+(?:suspicion\s+of\b|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+charges\b)")
# An offence right after a number: "47 for irregular stay", "five on suspicion of fraud".
_FOR_OFFENCE_HERE = re.compile(
    r"\s+(?:(?:for|over)\s+[a-z]|on\s+(?:suspicion\s+of|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+charges)\b)"
)
# A part's offence after it (and its letters in brackets) and a semicolon, up to the next part (its digits in
# brackets perhaps, written in words before them): ") for fraud; one hundred and seventy two (", " for precious
# metals; "
_OFFENCE_AFTER_TEXT = r"\)?\s+(?:for|over)\s+[A-Za-z]"
_OFFENCE_AFTER_PART = re.compile(_OFFENCE_AFTER_TEXT)
_OFFENCE_THEN_SEMICOLON = re.compile(
    _OFFENCE_AFTER_TEXT + r"[^.;:\n\d()]{0,60}(?:\([A-Z]{2,8}\))?;\s*(?:and\s+)?(?:[a-z][a-z -]{0,60}\()?"
)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|whom|those|the\s+\w+)")
# The word "offence" before the offence it names: "for the offense of drug trafficking" (not "offences of a sexual
# nature")
_OFFENCE_OF = re.compile(r"^(?:offen[cs]e|crime)\s+of\s+(?!(?:a|an|the)\b)")
_OFFENCE_WORDS = words("offence_words")


def _names_an_offence(what: str) -> bool:
    """Whether a phrase read as an offence names one: a word of offence or an -ing verb, and no time, share or
    reason ("drug possession", "illegally crossing the border"; not "the festive season", "every 10 searches")."""
    ws = what.lower().split()
    if not ws or ws[0] in ("what", "every", "each", "a", "the", "whole"):
        return False
    return any(w.strip(",.") in _OFFENCE_WORDS or (w.endswith("ing") and len(w) > 5) for w in ws)


# People counted by a generic noun, then their offence: "178 people for the offense of drug possession"
_PEOPLE_THEN_OFFENCE = re.compile(
    r"\s+(people|persons|individuals|suspects|men|women|others|arrests)(?=\s+(?:for|over|on|tied|linked|related)\s)"
)
_NUMBER_IN_OFFENCE = re.compile(r"\s+(?:over\s+|more\s+than\s+|about\s+)?\d")
# An offence's verb between an arrest and a number: what the number counts is what they did it to
_OFFENCE_GERUND_BEFORE = re.compile(
    r"\b(?:(?:for|over)\s+(?:allegedly\s+|illegally\s+)?(?!questioning\b)[a-z]{3,}ing\s+"
    # ("held in connection with the killing of six elephants": the offence's object, named as a noun)
    r"|(?:for|over|in\s+connection\s+with|linked\s+to|related\s+to)\s+the\s+(?:alleged\s+|illegal\s+)?"
    r"(?!questioning\b)[a-z]{3,}ing\s+of\s+)"
    r"(?:(?:over|more\s+than|about|around|nearly|almost|some|at\s+least|up\s+to)\s+)?$"
)
# A sum's currency written before its number, if any: "EUR ", "HK$", "Rs. ", "Sh"
_SUM_SIGN_BEFORE = r"(?:[A-Z]{3,5}\s*|[A-Z]{0,2}[$€£₹¥]\s*|Rs\.?\s*|K?Sh\s*)?"
# A sum laundered, right before it: "to launder HK$239 million", "laundering more than 8 million euros"
_LAUNDERED_BEFORE = re.compile(rf"(?i)\blaunder(?:s|ed|ing)?\s+(?:{_HEDGE}\s+)?{_SUM_SIGN_BEFORE}$")
# An income per year: "generated approximately €3 billion annually", "earns $2 million a year"
_EARNED_BEFORE = re.compile(r"(?i)\b(?:generat|earn|mak|made|rak|bring|brought|turn)\w*\s+(?:in\s+)?(?:\w+\s+)?$")
_YEARLY_AFTER = re.compile(r"(?i)\s+(?:annually|a\s+year|per\s+(?:year|annum)|each\s+year|every\s+year)\b")
# A vessel's identifier or name right before a number: "IMO Registration No: 8778275", "the F/V Jin Li 961"
_VESSEL_ID_BEFORE = re.compile(
    r"(?i:\b(?:IMO|MMSI)(?:\s+(?:registration|reg\.?|number|no\.?|n[o0]\.?|#))*\s*[:.]?\s*$)"
    r"|\b(?:[FM]/[VT]|" + "|".join(sorted(words("vessel_prefixes"), key=len, reverse=True)) + r")"
    r"(?:\s+[A-Z][\w'-]*){1,4}\s$"
)


def _capital_word_ends(window: str) -> bool:
    """Whether ``window`` ends in a blank after a word of a capital A to Z and letters, digits, "'" or "-" (what a
    vessel's name before its number needs: "the F/V Jin Li 961")."""
    if not window[-1:].isspace():
        return False
    last = window.rsplit(None, 1)
    if not last or not "A" <= last[-1][:1] <= "Z":
        return False
    rest = last[-1][1:].replace("'", "").replace("-", "").replace("_", "")
    return not rest or rest.isalnum()  # (the rest of the word in [\w'-])


_ARREST_VERB_BEFORE = re.compile(
    # (the verbs of arrest the cue list holds, in the past or as a gerund: "captured 2,318 people for …", "rounding
    # up more than 40 suspects for …")
    r"\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|nabb(?:ed|ing)|captur(?:ed|ing)|caught"
    r"|(?:rounded|rounding|picked|picking)\s+up|charged|booked)"
    r"\s+(?:(?:a\s+total\s+of|more\s+than|over|about|around|nearly|almost|some|at\s+least|up\s+to)\s+)?$",
    re.I,
)
# An aside inside a clause ("Ten firearms, including two rifles, were found")
_ASIDE = re.compile(
    r"\s*(?:including|among them|among which|of which|of whom|mostly|mainly|most of them"
    r"|(?:\w+|\d+)\s+of\s+(?:them|whom)"
    # where the goods were packed: "4.62 kg of weed, packed in 11 pouches, was found"
    r"|(?:packed|hidden|concealed|wrapped|stashed|packaged)\s+(?:in|inside|into|among)"
    # a phrase that describes them: "36 bags, containing cocaine …, were found", "Five men, aged 20 to 45,
    # were arrested", "Three firearms, believed to be stolen, were recovered", "400 parrots, bound for Europe,"
    r"|[a-z]+ing|aged|all|both|each|worth|bound\s+for"
    r"|[a-z]+ed\s+(?:to|for|at|in|from|by|as|with|on|into|inside|through|via|across|along))\b",
    re.I,
)
_ASIDE_END = re.compile(r"[,;()\n]|\.(?!\d)")
# What a vehicle stopped or searched was carrying: "a lorry stopped near N'Djamena was carrying 63 rifles"
_STOPPED_CARRYING = re.compile(
    r"\b(?:stopped|intercepted|searched|inspected|boarded)\b[^.;:\n]{0,60}\b(?:was|were)\s+carrying\s+"
    r"(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$",
    re.I,
)
# Goods a person or vehicle was caught with: "a van stopped with 42 kilos"
_WITH_BEFORE = re.compile(r"\bwith\s+(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$", re.I)
# What might have been, not what was done (a seizure's value is kept: money is not asked this)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|would|might)\s+(?:have\s+)?(?:been\s+)?(?:\w+\s+){0,2}?(?:yielded|produced|made|sold|supplied|"
    r"fetched|generated|produce|yield|make|supply|fetch|generate|sell)\b[^.;]*$",
    re.I,
)
_CONSIGNMENTS = words("figure_consignment_nouns")
_LOWER_WORDS_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,4}")
# What carries goods, after a consignment's noun in a compound: "cargo ship", "cargo plane"
_VEHICLES_AFTER_CARGO = words("figure_cargo_carriers")


def _may_be_hypothetical(lowered: str) -> bool:
    """Whether the lower-cased window holds what every _HYPOTHETICAL match does:
    "could", "would" or "might" ("ght": in ``re.I`` an "i" also matches "ı" and "İ",
    which ``str.lower`` does not turn into it)."""
    return "could" in lowered or "would" in lowered or "ght" in lowered


# An aim, not a result: "the force aims to dismantle at least 40 criminal structures".
_INTENT_BEFORE = re.compile(
    r"\b(?:aims?|aiming|plans?|planning|seeks?|seeking|intends?|intending|hopes?|hoping|expects?|expecting"
    r"|wants?|targets?|targeting|vowed|pledged|promised|promises|pledges|vows)\s+to\s+\w+(?:\s+[\w-]+){0,3}\s*$",
    re.I,
)
# A request to a court to hold people, not an arrest: "requests to place nine of
# them under arrest", "will ask the court to remand 11 of the suspects".
_CUSTODY_REQUEST = re.compile(
    r"\b(?:ask|asks|asked|request|requests|requested|seek|seeks|sought|apply|applies|applied|applications?)\b"
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:to\s+)?(?:remand|place|keep|hold|detain)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_CUSTODY_WORDS = ("remand", "place", "keep", "hold", "detain")  # one of them ends every custody request
# A participle used as an adjective: a noun follows it, not a preposition
_RELATIVE_PREPOSITION = re.compile(
    r"\s+(?:from|into|out\s+of|through|across|off|in|inside|aboard|on|by|via|to|under|within)\b"
)
_BY_AFTER = re.compile(r"\s+by\b")
# (where or when: "took down 18 servers located in Ukraine", "the 11 laboratories located during the operation")
_WHERE_AFTER = re.compile(r"\s+(?:in|at|on|inside|near|across|from|throughout|around|abroad|during)\b")
_ATTRIBUTIVE = re.compile(
    r"(?:\s+and\s+[a-z]+)?\s+(?!(?:by|from|in|at|on|during|over|since|between|across|through|with|to|for|and|or|"
    # (a preposition or a time after the participle makes it the verb: "442 weapons seized as a result of …",
    # "12 men arrested after a raid", "3 tonnes seized last week"; not "as" alone: "suspects identified as …")
    r"as\s+(?:a\s+result|part)|after|under|near|into|within|following|along|amid|inside|aboard|upon|throughout|off|when|while|last|"
    r"yesterday|today|earlier|recently|"
    r"was|were|is|are|had|has|have)\b)[a-z]"
)
# A participle before the goods a value follows: "stolen goods worth", "smuggled cigarettes valued at"
_ATTRIBUTIVE_BEFORE_VALUE = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:worth|valued)\b")
# What stands before an adjective, where a verb would have its subject: a list's dash, an article, "of"
_NO_SUBJECT_BEFORE = re.compile(r"(?:^|\n|[-•*–:;,(]|\b(?:the|a|an|of|some|and|its|their|with|recovered|seized))\s*$")
# Verbs of finding or taking: money they govern is seized ("resulted in", "led to" may be losses)
_TAKING_VERBS = words("figure_taking_verbs")
_PRONOUN_HEADS = frozenset(
    {"it", "its", "this", "that", "they", "these", "those", "which", "be", "been", "was", "were"}
)
_NOT_AN_ITEM = frozenset({"more", "others", "other", "those", "them", "further", "additional", "follow-up"})
_PLACE_VISITS = words("figure_place_visits")
_WHERE_BETWEEN = re.compile(r",?\s(?:where|in\s+which|inside\s+which)\s")
# A sentence whose subject is people already arrested.
_DETAINEES_SUBJECT = re.compile(
    r"\W*(?:[A-Z][\w ,.'’]{0,40}\s[–—-]\s+)?"  # a dateline
    # "Police said the suspects …", "The force said on Friday that the suspects …"
    r"(?:[A-Z][\w ,.'’-]{0,80}?\s(?:said|says|added|noted|stated)(?:(?:\s+\w+){0,3}?\s+that)?\s+)?"
    r"(?:The|the|These|these|All(?:\s+the)?)\s+(?:\w+\s+)?(?:detainees|arrestees|suspects\s+(?:arrested|detained|held)"
    r"|suspects(?=,|\s+(?:included|comprised|were|are)\b)|people\s+(?:arrested|detained|held))\b"
)
# Between the detainees named as a subject and one of their parts: a verb of being or of holding, then the parts
# before it ("… comprised 768 men and 353 women", "The detainees, 27 men, four women and …")
_DETAINEE_PARTS_BETWEEN = re.compile(
    r"(?:\s*,[^,.;:()]{1,40},)?"  # (an apposition between: "The suspects, aged 18 to 52, included 10 locals")
    r"\s*,?\s*(?:(?:were|are|was|is|comprised|comprise|comprising|included|include|including|consisted\s+of"
    r"|consist\s+of)\s+)?(?:(?:about|some|around|nearly|over)\s+)?"
    r"(?:(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:\s*\([^()]{0,20}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
)
# What a list of parts has said before the number read: items and commas, within its sentence ("The victims,
# 29 Nigerians, nine Burkinabes and …": the words after the group and before "nine")
# (a part's own bracket among them: "364 Two-way Permit holders (61 men and 303 women) and 42 …")
_PARTS_SO_FAR = r"(?:(?:[^.;:!?()]|\([^.;:!?()]{0,40}\)){0,100}?(?:,|\band))?\s*$"
# The people a story rescued, broken down in an apposition: "The victims, 29 Nigerians,
# nine Burkinabes and five Togolese, were …" (every number of the list is a part of them).
# The same victims as told by a speaker: "…, said the victims, 41 males and 16 females, were aged …"
_RESCUED_SUBJECT_SAID = re.compile(
    r"\b(?:said|says|added|noted|stated|explained)(?:\s+that)?\s+(?:the|these|all\s+the)\s+(?:\w+\s+)?"
    r"(?:victims|survivors|hostages|captives)\s*," + _PARTS_SO_FAR
)
# A part of those counted before, named by them: "nine of the victims were minors", "12 of the
# suspects are foreigners" (the metric of the group, what they were after "were")
_PARTITIVE = re.compile(r"\s+of\s+(?:those|the|these|all\s+those)\s+")
_PARTITIVE_PEOPLE = re.compile(
    r"\s+of\s+(?:those|these)\s+(?:arrested|detained|held|rescued|freed|intercepted|identified|apprehended)"
    r"(?:\s+as\s+((?:[\w-]+\s+){0,3}?(?:victims|survivors|minors|children|women|nationals|migrants|suspects)"
    r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?))?"
)
_GENERIC_DRUG_WORDS = words("figure_generic_drug_words")
_PLURAL_DRUG_WORDS = frozenset(w for w in _GENERIC_DRUG_WORDS if w.endswith("s"))
_PAYMENT_BEFORE = re.compile(
    r"\b(?:paid|promised|offered|receive|earn|charge|charged|charging|pay|paying)\s+"
    r"(?:(?:him|her|them|each|about|around|up\s+to|some|an?|the\s+sum\s+of)\s+){0,2}"
    # (the price's other form after "or": "charged about EUR 3,100 a person or EUR 8,500 for each family")
    r"(?:(?:[A-Z]{3}\s?|[$€£])\d[\d,.]*(?:\s+(?:per|a|each)\s+\w+)?\s+or\s+)?$",
    re.I,
)
# (and the packs they come in: "41,000 packs of tramadol 225mg", "strips of diazepam 10 mg")
_PILLS_OF_BEFORE = re.compile(
    r"\b(?:pills?|tablets?|capsules?|ampoules?|packs?|packets?|strips?|blisters?|bottles?|vials?)\s+of\s+[\w-]+\s+$",
    re.I,
)
_MILLIGRAMS = re.compile(r"\s?(?:mg|milligrams?|milligrammes?)\b", re.I)
_DOSE_AFTER = re.compile(r"\s*(?:tablets?|pills?|capsules?|ampoules?|doses?|strength)\b", re.I)
_ARE_WHO_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+((?:(?!and\b|or\b)[\w-]+\s+){0,2}(?!and\b|or\b)[\w-]+)")
_AND_GAP = re.compile(r"\b(?:and|while)\s*$")
_PART_THEN_COMMA = re.compile(r"\s+(?:are|were|is|was)\s+[^\d,.;:()\n]{1,40},\s*")
# A part of people counted before, said to be some of them: "26 of them were men", "nine of those were minors"
_OF_THEM_COPULA = re.compile(r"\s+of\s+(?:them|those|these)\s+(?:were|are)\s+(?:all\s+|also\s+)?")
# A hedge glued after a count's digits, then a blank: "100+ arrests", "4,500-plus grams" (not "12+3", "+254")
_PLUS_AFTER = re.compile(r"(?:\+|-(?i:plus))(?=[ \t])")
_PART_OF_IT_AFTER = re.compile(r"\s+of\s+(?:it|this)\b")  # (not "12 of them women": a sub-count)
# A clause of its own opened between two counts ("seized 20 firearms, while 300 rounds …")
_CLAUSE_OPENER = re.compile(r"\b(?:while|whereas|but|although|though|however|yet)\b")
# A verb after a count's goods: the count is its own clause's subject ("300 rounds of ammunition remain missing")
_OWN_VERB_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:and|or|of|in|at|on|from|for|with|by)\b)[\w'’-]+){0,5}?[ \t]+"
    r"(?:were|was|are|is|remain|remains|remained|have|has|had|will)\b"
)
# Another count after a preposition, in a phrase of place or means: "in two operations conducted by …" (not one in an
# aside: "six traffickers, four of them women, were"), or a part in a relative clause of its own, the verb's subject:
# "dismantled 56 drug trafficking structures, of which 6,559 people were arrested"
_ANOTHER_COUNT = re.compile(
    r"\b(?:in|at|on|from|across|during|over|under|of\s+(?:which|whom))\s+(?:\d|(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b)"
)
# A verb of finding right before a count: "found 19 migrants", "located another 12 victims"
_FINDING_VERB_BEFORE = re.compile(
    # (and their gerunds, and migrants intercepted: "They reported intercepting 13 irregular migrants")
    r"\b(?:found|discovered|located|detected|uncovered|intercepted|finding|discovering|locating|detecting"
    rf"|intercepting)\s+(?:(?:{_HEDGE}|another|a\s+further|a\s+total\s+of)\s+)?$"
)
_AND_BETWEEN_VERBS = re.compile(r",?\s+and\s+(?:then\s+|later\s+|subsequently\s+)?")
# Between two weights of one list: the first's goods, a comma or "and", and the next good's name right before its
# amount ("… of heroin, Hashish ", " and Kush "), or nothing ("…, 3kg")
_GOOD_THEN_AMOUNT_GAP = re.compile(
    r"(?:\s+(?:of\s+)?(?!\w+ed\b)[\w-]+(?:\s+(?!\w+ed\b)[\w-]+){0,3})?\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"((?!\w+ed\b)[A-Za-z][\w-]*(?:\s+(?!\w+ed\b)[A-Za-z][\w-]*)?)?\s*"
)
_NOT_BEFORE_DEMONYM = frozenset("in to from at by on for with into of as".split())
_DEMONYM_ENDS = ("ian", "ean", "can", "ese", "ish", "ic", "an", "i", "ch")


def _kind_of_people(item: str | None) -> bool:
    """Whether an item names people by their kind or nationality ("Chinese nationals", "Filipinos",
    "women"): a capitalised first word that is no place, or a noun of people last."""
    words = (item or "").split()
    return bool(words) and (
        (words[0][:1].isupper() and place_key(words[0]) not in places())
        or bool(_PEOPLE.intersection(_head_words(item or "")[-1:]))
    )


def _demonym(words: str) -> bool:
    """Whether ``words`` are a people's adjective or noun ("Colombian", "Iraqi", "Dutch", "Nigerians"), capitalised,
    with at most adjectives before it: no verb or preposition ("killed in Mali", "extradited to Pakistan") and no
    place."""
    split = words.split()
    last = split[-1] if split else ""
    # (a people's noun in the plural too: "2 Nigerians held", "41 Pakistanis")
    base = last[:-1] if last.endswith("s") and not last.endswith("ss") else last
    return (
        last[:1].isupper()
        and base.lower().endswith(_DEMONYM_ENDS)
        and not last.isupper()
        and last.lower() not in _GOODS  # (a drug capitalised in a list: "21.5 kg Hashish")
        and not any(w.lower() in _NOT_BEFORE_DEMONYM or w.lower().endswith("ed") for w in split[:-1])
        and place_key(last) not in places()
    )


# An offence done to people, just before a count of them: what the suspects did, no result ("arrested on suspicion
# of trafficking 23 girls"); the guide leaves descriptions of offenders' activity out
_OFFENCE_ON_PEOPLE_BEFORE = re.compile(
    r"\b(?:for|of)\s+(?:allegedly\s+|sexually\s+)?"
    r"(?:trafficking|smuggling|exploiting|kidnapping|abducting|recruiting|harbou?ring|defrauding)\s+"
    rf"(?:{_HEDGE}\s+)?$",
    re.I,
)
# A number to call: "call Crime Stop at 311", "dial the hotline on 112", "the tip line is 0800 …"
_PHONE_BEFORE = re.compile(
    r"\b(?:call|calling|dial|dialling|dialing|text|phone|ring|contact)\b[^.;\n\d]{0,30}\b(?:at|on)\s+$"
    r"|\b(?:(?:tip|toll-free|phone|telephone|contact|emergency|crime)[ \t-]*(?:line|number)|hotline|helpline)s?"
    r"\s+(?:at|on|is)\s+$",
    re.I,
)
# A count in a word: "hundreds of pangolin scales", "dozens of rifles"
_MANY_OF = re.compile(r"\b(?:hundreds|thousands|dozens|scores|millions|tens)\s+of\b", re.I)
# A part of the things just counted, before its count: "…, of which nearly 50,068 were seized"
_OF_WHICH_BEFORE = re.compile(
    rf"\b(?:of\s+which|of\s+these|of\s+them)\s+(?:{_HEDGE}\s+)?$",
    re.I,
)
_CLAUSE_IN_BRACKET = re.compile(r"\b(?:where|which|whom|that|from|were|was|is|are|with)\b|\b[a-z]{3,}ed\b")
_INCLUDING_OPEN = re.compile(r"\(\s*(?:including|incl\.|of\s+which|among\s+them|namely)\s", re.I)
# Verbs of taking down that, said of people, mean they were killed
_KILLING_CUES = words("figure_killing_cues")
# The people an operation's forces fight: those killed or neutralised are one of its outcomes
_FOUGHT = words("figure_fought_nouns")
# Every verb of killing: the cues of taking down said of people, and "killed" (a none cue: "a fire killed 40 migrants")
_KILLING_VERBS = _KILLING_CUES | {"killed", "kill", "kills"}
_KILLED_WORD = {"kill": "killed", "kills": "killed"}
_KILLING_NEAR = re.compile(r"\b(?:" + "|".join(sorted(_KILLING_VERBS, key=len, reverse=True)) + r")\b", re.I)
# A clause with its own subject opened after a verb: "included information that the network passed …"
_THAT_CLAUSE = re.compile(r"\bthat\s+(?:the|a|an|its|their|this|these|those|he|she|they|it|we)\s")
_RAIDS_ON_BEFORE = re.compile(r"\b(?:raids?|searches|search|swoops?)\s+(?:on|of|at|in)\s+(?:the\s+)?$", re.I)
# a preposition after the word "were" takes: "12 were found in a car" (what befell them, not their kind)
_PREPOSITION_AFTER_KIND = re.compile(r",?\s+(?:in|to|from|at|by|on|for|with|into)\b")
_SUSPECT_HEADS = words("figure_suspect_heads")
# People moved across a border rather than suspected: "undocumented foreigners", "irregular nationals"
_MOVED_PEOPLE = re.compile(r"\b(?:" + "|".join(sorted(words("figure_people_moved_words"))) + r")\b", re.I)
# People found or taken who are no suspects: victims and the vulnerable (figure_people_not_held.txt)
_NOT_HELD_HEADS = words("figure_people_not_held")
_SPEECH_WORDS = ("said", "says", "added", "noted", "stated", "explained")
_PART_OF_GROUP_AFTER = re.compile(
    r"\s+of\s+(?:the|those|these)\s+(?:\w+\s+)?(victims|survivors|hostages|captives|suspects|detainees|arrested)"
    r"\b(?:\s+(?:were|are)\s+((?:(?!and\b|or\b)[\w-]+\s+){0,2}(?!and\b|or\b)[\w-]+))?"
)
_RESCUED_SUBJECT = re.compile(
    r"\W*(?:The|These|All(?:\s+the)?)\s+(?:\w+\s+)?(?:victims|survivors|hostages|captives"
    r"|(?:people|children|women|workers|migrants|persons)\s+(?:rescued|freed|released|saved))"
    r"\s*," + _PARTS_SO_FAR
)
# Cue words that govern only a number beside them, in the same phrase ("closed 57 stalls",
# "39 pharmacies were closed"): premises closed or sealed.
_NEAR_ONLY_CUES = frozenset({"closed", "sealed"})
_FAR_FROM_CUE = re.compile(r"[;:()]|,(?!\d)|\S+(?:\s+\S+){6}")  # (not a number's own comma: "5,000 lines")
_UNITS_OF_GOODS = re.compile(r"\s*(?:[\w-]+\s+)?units\s+of\s+(?!the\b)[a-z]", re.I)
# "units" closing a line or a list's item: the goods were named before ("seized computer equipment – 300 units")
_UNITS_CLOSING = re.compile(r"[ \t]*units[ \t]*(?:$|[\n;,)])", re.I | re.M)
_COMPANIES = words("figure_company_nouns")
#: How many figures back "Of the 57, …" looks for the 57.
_PARENT_LOOKBACK = 40
# "Of the 57, 49 are …", "Of those 212, 40 were …", "Of the 27 suspects, eight are …", "Of that number, 127 are
# …": a part of a figure given before.
_OF_THE_GROUP = re.compile(
    r"\b[Oo]f\s+(?:the\s+(?:total|(?:(victims|survivors)|suspects|people|persons|detainees|arrestees|accused)"
    r"(?:\s+(?:held|arrested|detained|apprehended|nabbed|rescued|freed))?)|those\s+(?:held|arrested|detained"
    r"|apprehended|nabbed|rescued|freed)|these|those|them|(?:that|this)\s+number)\s*,\s*$"
)
_HELD_FOR_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?:arrested\s+|detained\s+|held\s+)?for\s+(?:offences|crimes|charges)\b"
)
# A sentence that opens on a partitive of people counted before: "Of the 74 arrested, …", "Out of these, …", "Among
# those held, …"
_PARTS_SENTENCE = re.compile(
    r"[\s\"“‘']*(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:the|those|these|them|whom)\b[^,;.\n]{0,50},"
)
# Between one part and the next: a list's comma or "and", "while", "whereas", "followed by", with the words of
# the part before (no number, no sentence's end): "42 were in the U.S., while 29", "drug addicts, followed by other
# offences (1,542"
_PARTS_GO_ON = re.compile(
    r"(?:[^\d.;:!?\n]|\.(?=\S)){0,80}?(?:,|\band|\bwhile|\bwhereas|\bfollowed\s+by)"
    r"(?P<category>(?:\s+(?!(?:were|are|was|and|while|whereas|followed|by)\b)[A-Za-z][\w'’-]*){0,4})\s*\(?\s*"
)
# What follows a part said of its own: "29 were in Nigeria", "(655)" after its category
_PART_SAID_AFTER = re.compile(r"\)|\s+(?:were|are|was|had|have)\b")
# A part's own verb after it, past its people's words, that says it was let go or got away: "155 were released",
# "6 had fled abroad", "56 were allowed to go" (not "29 were in Nigeria", "14 are under judicial control", "56 are
# suspected members of gangs", "11 were found to have pending warrants": what they are)
_PART_LET_GO_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?:were|are|was|is|had|have|has)\s+(?:(?:been|also|later|since|then|not|still)\s+)*"
    r"(?:released|freed|allowed|let|fled|escaped|discharged|acquitted|deported|repatriated|killed|shot|died|dead"
    r"|dismissed|cleared|bailed|granted|sent\s+home|at\s+large|on\s+the\s+run)\b"
)
_OF_THE_TOTAL = re.compile(
    r"\b[Oo]f\s+(?:the|those|these)\s+(\d[\d,]*)(?:\s+[a-z][\w-]*){0,2}"
    # (and where: "Of the 96 victims rescued in Ghana, 58 were Ghanaians")
    r"(?:\s+(?:in|at|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,\s*$"
)
# The words of a group of people counted before, whose parts a sentence goes on to list.
# (a boat's crew, too: what befell it is what the figure that counted it says)
_GROUP_WORDS = (
    r"(detainees|arrestees|arrested|detained|apprehended|netted|nabbed|suspects|held|rescued|freed|victims|survivors"
    r"|crew(?:\s+members|men)?)"
)
# "Among the detainees are …", "Among those rescued were …": parts of a group counted before.
_AMONG_SUBJECT = re.compile(
    r"\W*Among\s+(?:the|those|them|these)\s+(?:\w+\s+){0,2}?"
    + _GROUP_WORDS
    + r"(?:\s+(?:in|at|on|during)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"  # "Among those held in Kenya"
    r"(?:\s*,\s*there|\s+there)?"  # ("Among the arrestees, there were 364 …", as Hong Kong police write it)
    r"\s+(?:are|were|was|is)\s+" + _PARTS_SO_FAR,
    re.I,
)
# "Among them were 19 …": parts of the people the sentence before counted
_AMONG_THEM = re.compile(r"\W*Among\s+them\s+(?:are|were|was|is)\s+" + _PARTS_SO_FAR, re.I)
# "The victims included 612 Indonesians, …", "Those arrested comprised …": the group's parts, by the verb
# that lists them; "They included …" where the sentence before opens on the group ("The victims came
# from 28 countries. They included …").
_GROUP_INCLUDED = re.compile(
    # (after the one who says so: "He said the crew comprised 139 Vietnamese men and seven Indonesians")
    r"\W*(?:(?:\w+\s+){1,3}?(?:said|says|added|noted|explained|stated)\s+(?:that\s+)?)?"
    # (or the whole's own noun, as a pronoun: "The total includes 13 foreigners")
    rf"(?:(?:the|those|these)\s+(?:\w+\s+){{0,2}}?{_GROUP_WORDS}|(they|these|the\s+(?:total|figure|number|tally)))\s+"
    # (where and when they were taken: "Those nabbed in raids at 12 compounds across the north included")
    r"(?:(?:in|at|on|during|from|since|over)\s+[^.;:!?()\d]{0,60}?(?:\d[\d,]*\s+[^.;:!?()\d]{0,40}?)?)?"
    r"(?:included|include|includes|comprised|comprise|comprises)\s+" + _PARTS_SO_FAR,
    re.I,
)
_GROUP_OPENS = re.compile(rf"\W*(?:the|those|these)\s+(?:\w+\s+){{0,2}}?{_GROUP_WORDS}\b", re.I)
_RESCUED_GROUPS = frozenset({"rescued", "freed", "victims", "survivors"})
# A figure given before and now corrected: "not the 12 reported earlier", "rather than the 40 first announced".
_SUPERSEDED_BEFORE = re.compile(r"(?i)\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$")
_SUPERSEDED_AFTER = re.compile(
    r"(?i)(?:\s+\w+)?\s+(?:reported|announced|given|stated|cited|published)\s+"
    r"(?:earlier|previously|initially|at\s+first|before|this\s+morning)|(?:\s+\w+)?\s+(?:first|initially|earlier)\s+"
    r"(?:reported|announced|given)"
)
# An amount said to be some goods: "186.4 kg is marijuana", "71 kg were heroin".
_AMOUNT_IS = re.compile(r"\s+(?:is|are|was|were)\s+(?=[a-z])")
# A sentence that breaks down goods taken: "Of the narcotic substances withdrawn, …", "Of the drugs seized, …"
_OF_THE_GOODS = re.compile(
    r"\W*(?:[A-Z][\w ,.'’]{0,40}\s[–—-]\s+)?"  # a dateline
    r"Of\s+(?:the|these|this|that|all\s+the)\s+[^,.;:]{0,60}?,"
)
# A part of those counted, said to be someone: "11 are Indian nationals", "Three of those arrested were women".
_PART_IS = re.compile(
    r"(?:\s+of\s+(?:them|whom|those(?:\s+[a-z]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?))?"
    r"\s+(?:were|are|was|is)\s+(?:also\s+|all\s+)?(?=[a-zA-Z])"
)


# (and a clause about the goods: "for trafficking pharmaceutical drugs that are often misused")
_VALUE_IN_OFFENCE = re.compile(
    r"\s+(?:worth|valued|which|who|whose|that\s+(?:are|were|is|was|had|have|has|could|can|would|will))\b"
)
_GENERIC_OFFENCE = re.compile(r"(?:the\s+|these\s+|this\s+)?(?:crimes?|offen[cs]es?|incidents?)", re.I)
_GENERIC_PEOPLE = re.compile(r"(?:people|persons?|individuals?|suspects?|arrests|men|victims|offenders|accused)", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which|that)\b")
# Words for people arrested or accused as such, with at most a word that ranks them or hedges what they did: the
# arrests themselves, nothing an analyst would read as a kind ("12 defendants", "the five main suspects",
# "39 suspected criminals", "4 accused persons"; not "wanted suspects", "crew members", "Vietnamese men")
_ARRESTED_AS_SUCH = re.compile(
    r"(?:(?:main|prime|principal|key|chief|suspected|alleged|accused)\s+)?"
    rf"(?:{_GENERIC_PEOPLE.pattern}|defendants|culprits|criminals)",
    re.I,
)
_SAVED_FROM_DRUGS = re.compile(
    r"(?i)\bfrom\s+(?:(?:drug|narcotics?|substance)\s+(?:abuse|addiction|use)|addiction"
    r"|(?:the\s+)?(?:dangers?|threat|scourge)\s+of\s+(?:drugs|narcotics))\b"
)
_DUTY_TO_DECLARE_BEFORE = re.compile(
    r"\b(?:must|required\s+to|obliged\s+to|have\s+to|has\s+to|need\s+to|should)\s+declare\b[^.;]{0,100}$"
)
_RECORDS_SHOWING_BEFORE = re.compile(
    r"(?i)\b(?:showing|indicating|revealing|recording|documenting|detailing|evidencing)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|around|some|nearly|almost|transfers\s+of|payments\s+of)\s+)?$"
)
# The verbs of events in which goods are found ("arrested during raids conducted …, along with 2.6 kg")
_EVENT_VERBS = words("figure_event_verbs")
_CONTEXT_BEFORE = re.compile(r"\b(?:in|during|through|after|following|from)\s+(?:[\w-]+\s+){0,2}$")
_AND_THEN = re.compile(r"\s+and\s+(?:then\s+|later\s+|subsequently\s+)?")
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had)\s+$")
# (a perfect's auxiliary is the passive's: "… and 305 sheep had been recovered", not a verb of its own)
_PASSIVE = re.compile(
    # ("were all found", "were both later arrested": a quantifier or adverbs between)
    r"\b(?:(?:had|has|have|having)\s+been|were|was|are|is|been|being|be)\s+"
    r"(?:(?:\w+ly|also|then|later|either|all|both)\s+){0,2}$"
    # ("… and 70 motorcycles were among the items seized": the items of a list, then its verb)
    r"|\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
# The next smaller unit's part of one mass: " and 502 g", " and 400 grams" (after kilograms), " and 40 kg"
_SMALLER_MASS_PART = re.compile(r" and \d{1,3} ?(?:g|gm|gms|grams?|grammes?|kg|kgs|kilos?|kilograms?)\b")
_CLAUSE_END = re.compile(  # (a point or comma inside a number ends nothing: "Rs 1.08 crore", "1,460")
    r"[,.](?!\d)|[;:()\n–—]|" + dispatch(["and", "or", "but", "while", "whereas"], word_start=True) + r"\b"
)
# An adverb, then a participle and a noun: the participle describes the noun ("illegally held firearms")
_ADVERB_BEFORE_PARTICIPLE = re.compile(r"^\s*[a-z]{3,}ly\s+$")
# where it was made, a compound written without its hyphen: "four French made weapons", "two home made guns"
# (goods after it: not people, "four Kenyans made famous by the scam")
_MADE_WHERE_BEFORE = re.compile(r"^\s*(?:[A-Z][a-z]{2,}|home|hand|locally|factory)\s+$")
_NOUN_AFTER_PARTICIPLE = re.compile(r"\s+[a-z]{3,}")
# An arrow, a geometric shape, a symbol or an emoji: no word of an item
_PICTOGRAPH = re.compile("[\u2190-\u2bff\u2600-\u27bf\ufe0f\U0001f000-\U0001faff]")
_ITEM_STOP = re.compile(
    r"(?<![\w-])(?:were|was|are|is|had|have|has|in|from|at|with|during|across|worth|valued|"
    r"which|who|whose|whom|that|after|before|by|for|to|on|as|while|including|involving|between|through|into|"
    r"seized|arrested|rescued|identified|confiscated|recovered|dismantled|blocked|taken|"
    r"removed|intercepted|frozen|opened|initiated|launched|found|hidden|destined|bound|took|made|froze|"
    r"intended|headed|heading|arriving|coming|originating|travelling|traveling|"  # "cocaine arriving from Colombia"
    r"carried|conducted|used|held|issued|led|belonging|linked|suspected\s+(?:of|to)|accused\s+of|charged\s+with|namely|believed\s+to|allegedly|being|each|per|"
    r"weighing|totalling|totaling|amounting|estimated|bringing|making|resulting|plus|than|off|over|after|against|under|"
    r"about|since|until|till|without|within|upon|via|along|there|here|alone|too|also|today|yesterday|last|this|these|"
    r"carrying|containing|loaded|laden|transporting|holding|concealed|aged|resulted|yielded|netted|"
    r"laid|lodged|filed|"  # ("arrested 48 people and laid 406 charges": the next deed's verb)
    r"near|behind|outside|inside|beneath|beside|below|above|throughout|among|amid|towards?|"
    r"packed|fitted|stashed|stored|wrapped|disguised|labelled|labeled|marked|offline|so\s+far|a\s+day|a\s+week|"
    # ("76.1kg - compared with 51.36kg", "12 million pills earlier this year", "heroin aboard a vessel", "pills
    # apparently containing fentanyl", "10 sacks filled with pills")
    r"compared|versus|earlier(?![\w-])|aboard|apparently|reportedly|filled\s+with|due\s+to|we|they|he|she|now|besides|out\s+of|"
    r"overnight|rather|instead|respectively|alongside|"
    # (a verb of what became of them: "while 19 remain in custody", "28 face charges")
    # (not "face masks", "market stands": the verb only)
    r"remain|remained|remains\s+(?:in|at|on|under|behind|missing|unaccounted|detained|held)\b|faced|(?:face|faces)\s+(?:charges|trial|up|prosecution|life|court|a\s+fine|fines)|"
    r"stand\s+(?:trial|accused)|stood\s+trial|appeared|appear\s+in|await|awaiting|"
    # (the law a count's charge broke: "for drug trafficking offences contrary to the Laws of Zambia", "in
    # violation of sections 15 and 16")
    r"contrary|violation|"
    # (a participle's clause of motion after the noun: "two men visiting from Australia"; not a crime's noun,
    # "cigarette smuggling from Ghana")
    r"(?:visiting|travelling|traveling|coming|arriving|returning|fleeing|heading|moving|crossing|sailing|flying"
    r"|driving|walking|riding)(?=\s+(?:from|into|through|across)\b)|"
    # (what they are known for or as: "two ransomware operators known for their demands"; not "nine known drug
    # blocks")
    r"known(?=\s+(?:for|as|to|locally)\b)|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"  # "… marijuana Tuesday"
    r"when|where|whilst|because|although|though|whereas|once|unless|if)\b"  # "24 kilos of the drug when they searched"
    r"|[,;:()\n–—\"“”]|\.(?!\d)"  # (a dot between digits is a decimal point: "7.62mm ammunition")
    r"|\s--\s"  # a dash typed as two hyphens: "nine kg heroin -- total 21 kg" (not "Category - A drugs")
    # "and" ends the item when a new phrase starts after it: a number, a
    # hedge, an article, an action noun ("and the seizure of").
    # ("12 kilograms of ganja and Tk 3.75 lakh", "and RD$ 1,275,000", "and S/ 86,400")
    r"|\band\s+(?=[A-Z][A-Za-z]{0,2}(?:\.|/\.?)?\s?[$¢]?\s?\d)"
    r"|\band\s+(?=[\d$€£¥₹₦₱₫₩฿₽₺₴৳₵]|(?:the|a|an|its|their|his|her|some|several|more|over|nearly|almost|about|around|"
    r"they|he|she|it|we|"  # ("arrested five Kush dealers and they are in custody": a new clause)
    r"approximately|roughly|close|just|up|at|another|other|also|dozens?|hundreds|thousands|"
    # "three magazines and fifty rounds": the next item's count (capitalised too: "wraps of KUSH and Six (6) parcels")
    + "|".join(sorted(NUMBER_WORDS | {w.capitalize() for w in NUMBER_WORDS}))
    + r"|"
    r"USD|EUR|GBP|shut|took|took|put|set|made|froze|broke|brought|ran|caught|found|seized|sent|struck|hit|"
    # (a second verb of the same subject: "managed to arrest 108 smugglers and identify two cases")
    r"arrest|seize|identify|rescue|detain|dismantle|recover|confiscate|intercept|detect|free|take|close|block)\b"
    r"|\w+(?:ing|tion|ment|ure|als|ed)\b)"
)
# The rest of a list of sums: ", US$14,200, £820 and CAD$350"
_MORE_SUMS = re.compile(
    r"(?:\s*(?:,\s*and|,|and)\s+(?:[A-Z]{1,3}\$|[$€£¥₹₦₱]|[A-Z]{3}\s?)?\d+(?:[,.]\d+)*(?:\s?(?:million|billion|m|bn))?){1,8}"
)
# (a country's or the local currency; "virtual currency", "digital currency" are crypto-assets, not cash)
_CURRENCY_AS_CASH = re.compile(r"(?:(?:U\.S\.|US|local|foreign|[A-Z][a-z]+)\s+)?currency")
_MONEY_ITEM_AFTER = re.compile(
    r"\s+(?:in|of)\s+(?:the\s+form\s+of\s+)?((?:[\w.-]+\s+){0,3}?(?:cash|assets?|funds|currency|banknotes|notes|"
    r"[\"“]?supernotes|proceeds|cryptocurrenc(?:y|ies)|crypto(?:assets)?|bitcoins?|property|properties|money|"
    r"gold|jewell?ery|deposits|bank accounts?|accounts?|savings|valuables))\b",
    re.I,
)
# A sum's conversion in brackets right after it: "200 million reais ($35 million)", "KSh 4m (USD 31,000)"
_CONVERSION_IN_BRACKETS = re.compile(r"\s*\((?=[^()\n]{0,12}\d)[^()\n]{1,40}\)")
# A sum "in" goods: up to four words after "in" ("€2.14 million in suspected illegal cannabis"); the first goods
# noun among them, before a verb or a joint, names what the sum values
_GOODS_IN_AFTER = re.compile(r"\s+in\s+((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)")
_NOT_GOODS_WORDS = frozenset(
    "has have had was were is are be been and or with from to at on by for the a an its their this that".split()
)
# A verb of trying, planning or intent before "to": the infinitive after it ("tried to smuggle cocaine worth"; not
# a range, "from clothing to counterfeit perfumes worth")
_TRIED_TO = re.compile(
    r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|s(?:eek|eeks|ought|eeking)|plann?(?:ed|ing|s)?|plott(?:ed|ing)"
    r"|intend(?:s|ed|ing)?|conspir(?:ed|ing)|want(?:s|ed|ing)?|us(?:e|ed|ing))[ \t]+to[ \t]*$",
    re.I,
)
# A word of an earlier sum in the words before a value: a sum written with its sign ("Dhs134m"), or "worth"/"valued"
# ("… worth Dhs134m and")
_SUM_WORD = re.compile(r"^(?:worth|valued)$|^(?:[$€£¥₦₹₱]|[A-Z]{0,2}[$€£]|Dhs?|Rs\.?|K?Sh|RM|Rp|P|N|R)\d", re.I)
# Money goods made, and what goods travel or are kept in (see the two word lists): after "in", no goods' value
_EARNINGS = words("figure_earnings_nouns")
_CARRIERS = words("figure_carrier_nouns") | words("figure_haul_nouns")
# ("P400,000-worth of suspected shabu": the hyphen written between)
_WORTH_OF = re.compile(r"(?:\s+|-)worth\s+of\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_VALUED_NEXT = re.compile(r"\s+(?:worth|valued)\b")
_LAST_SENTENCE = re.compile(r"[.!?]\s+(?=[A-Z])|\n")
# A value word right before the sum: what comes after it (", cannabis herb worth …", ", €38,520 in
# cash") is the next item of a list, not what this sum counts.
_JUST_VALUED = re.compile(
    r"\b(?:worth|valued\s+at|value\s+of)\s+(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|"
    r"almost\s+|approximately\s+|roughly\s+|an\s+estimated\s+)?$",
    re.I,
)
# "The street value of the pills seized was put at about 1.1 billion baht"
# The goods after "value of": "value of the wildlife trophies at" (up to the verb or preposition after them)
_VALUE_OF_GOODS = re.compile(
    r"value\s+of\s+(?:the\s+|these\s+|all\s+the\s+)?(?:seized\s+|recovered\s+)?"
    r"((?!(?:about|around|over|some|nearly|approximately|more|up)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:at|in|on|is|was|were|are|to|of|exceeds?|would|will|could|put|placed|estimated)\b)[a-z][\w-]*){0,2})"
    r"(?=\s+(?:at|in|on|is|was|were|are|to|exceeds?|would|will|could|put|placed|estimated)\b)",
    re.I,
)
# A word that calls a sum a value: "an estimated value of", "valued the seized goods at", "put their value at"
# (a noun: after an article, an owner or an adjective of price, or before "of"; not "who value cash")
_VALUE_WORD = re.compile(
    r"\b(?:(?:the|its|their|an?|estimated|market|street|total|approximate|combined|declared)[ \t]+value\b"
    r"|value[ \t]+of\b|valued\b|valuation\b)",
    re.I,
)


def _goods_valued(text: str, s_start: int, at: int, figures: list[RawFigure]) -> str | None:
    """The goods a value in a sentence is of: those named after "value of" ("place the value of the wildlife
    trophies at"), the last word of goods before the value ("The heroin has an estimated value …", "valued the
    seized goods …"), else the goods of the last seizure within 600 characters ("He put their value on the
    street at …")."""
    of = _VALUE_OF_GOODS.search(text, at, at + 80)
    if of is not None:
        # (goods, not "the value of cooperation")
        if any(
            w in _DRUGS or w in _GOODS or w in _GENERIC_DRUG_WORDS or w in _MONEY_HEADS
            for w in _head_words(of.group(1))
        ):
            return of.group(1)
        return None
    named = [w for w in _head_words(text[max(s_start, at - 200) : at + 60]) if w in _DRUGS or w in _GOODS]
    if named:
        return named[-1]
    for f in reversed(figures[-_PARENT_LOOKBACK:]):
        if f.metric == "seized" and f.unit not in ("count",) and f.item and not f.item.endswith(" value"):
            if at - f.end < 600:
                return _goods_of(f.item) or f.item
            break
    return None


# A customs' duty-paid value before its sum: "DPV N1,218,400,000", "with a DPV of N14.6 billion", "duty-paid value of"
_DUTY_PAID_BEFORE = re.compile(r"\b(DPV|[Dd]uty[- ][Pp]aid [Vv]alue)\b(?:\s+\([A-Z]+\))?(?:\s+of)?\s*$")
_VALUE_OF_WAS = re.compile(
    # (or its cost: "the approximate cost of the seized drugs on the black market exceeds")
    r"\b(?:value|cost)\s+of\s+(?:the\s+|these\s+|this\s+|all\s+the\s+)?"
    # (their amount before them: "the street value of the 31 kilograms of Kush seized at …")
    r"(?:\d[\d.,]*\s+(?:[a-z]+\s+)?of\s+)?"
    r"([A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s+(?:seized\s+|recovered\s+|confiscated\s+|intercepted\s+|found\s+)?"
    # (where they were taken: "the value of the cannabis seized at the property is estimated to be", "… seized at
    # Bo Waterside is put at")
    r"(?:(?:at|in|on|from|during)\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,2}\s+)?"
    # ("… in regional markets is estimated to exceed")
    r"(?:(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?markets?\s+)?"
    r"(?:was|is|were|are|has\s+been|amounts?\s+to|amounted\s+to|totals?|totall?ed|stands\s+at|stood\s+at"
    # ("… exceeds USD 3.4 billion", "… would be around Tk 312 crore")
    r"|exceeds?|exceeded|reach(?:es|ed)?|(?:would|will|could|may)\s+be)\s+"
    r"(?:(?:put|estimated|set|pegged|placed|calculated|assessed)\s+(?:to\s+(?:exceed|be|reach|total)\s+)?)?"
    r"(?:at\s+)?"
    r"(?:about|around|some|over|more\s+than|nearly|almost|up\s+to|approximately|roughly|just\s+over|just\s+under"
    r"|close\s+to|well\s+over)?\s*$",
    re.I,
)
# "Authorities put the value of the fangs on the illegal market at about $96,000", "The statement
# put the value of the seized goods at": the goods are named after "value of", the sum after "at"
_PUT_VALUE_OF = re.compile(
    r"\b(?:put|puts|placed|places|set|sets|estimated|estimates|pegged|pegs|assessed)\s+(?:the|its|their)\s+"
    r"(?:(?:total|estimated|street|market|retail|black-market)\s+)?value\s+of\s+(?:the\s+|these\s+|this\s+|all\s+)?"
    # (whose they were before them: "estimated the total value of Antwerp's seizures to be")
    r"(?:[A-Z][\w-]*['’]s\s+)?"
    r"([a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    # (where they were taken: "the street value of the cocaine seized during the operation at")
    r"(?:\s+(?:seized|recovered|confiscated|found)\s+(?:during|in|at|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}markets?)?\s+(?:at|to\s+be)\s+"
    r"(?:about|around|some|over|more\s+than|nearly|almost|up\s+to|approximately|roughly|an\s+estimated)?\s*$",
    re.I,
)
_VALUE_CUE = re.compile(
    r"\b(?:worth|valued(?:\s+at)?|(?:an?\s+)?(?:estimated\s+)?(?:street\s+|market\s+|retail\s+|wholesale\s+)?"
    # (where the goods would sell may stand between: "a street value in Guyana of", "a value on the local market of")
    r"value\s+(?:(?:in|on)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:\([A-Z]{2,6}\)\s+)?(?:of|exceeding|above|is|was|were)|"
    # the Philippine drug agency's "standard drug price" (SDP) of what was seized (its short form may
    # stand in brackets before "of": "with a Standard Drug Price (SDP) of P10,200,000")
    r"(?:an?\s+)?(?:estimated\s+)?(?:standard\s+)?(?:drug\s+)?price\s+(?:\([A-Z]{2,6}\)\s+)?(?:of|is|was)|"
    r"(?:an?\s+)?(?:estimated\s+)?SDP\s+(?:of|is|was)|"  # (the short form alone: "with an SDP of P13,600,000.00")
    r"estimated\s+at|values?\s+at|valuing\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?at|valuing\b|totall?ing"
    r"|amounting\s+to"
    # where it would have been sold: "could have been sold for more than A$145 million", "would have fetched" (not
    # a market's price: "a kilo of gold can fetch up to $41,292")
    r"|sold\s+for|fetched|(?:would|could)\s+have\s+generated)"
    r"\s+(?:\w+\s+){0,3}$",  # (a hedge of three words between: "a street value of in excess of £120 million")
    re.I,
)
# (a word one of which every match of _VALUE_CUE holds)
_VALUE_CUE_LEADS = ("worth", "valu", "price", "sdp", "estimated", "total", "amounting", "sold", "fetched", "generated")
_MONEY_HEADS = words("figure_money_heads")
# Nouns of people who work that are also machines doing it, after a currency's name: "bitcoin miners"
_MACHINE_WORKERS = frozenset({"miners", "miner"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A word or a code with digits, whole: "9mm", "P80", "CPX-2" (not "mm" of "9mm")
_WORD_OR_CODE = re.compile(r"[A-Za-z0-9][\w'’-]*")
# A noun phrase and a comma just before a figure: it stands in apposition ("The largest single load, 1500kg …").
_APPOSITION_OPEN = re.compile(
    r"\b(?:the|a|its|their)\s+(?:[\w-]+\s+){0,3}(?P<head>[\w-]+)(?:(,)\s+|\s+([–—])\s+|\s+(\())(?:(?:about|some|nearly|over)\s+)?$",
    re.I,
)
# (the mark that closes an aside → the group of _APPOSITION_OPEN that opened it)
_APPOSITION_CLOSER = {",": ",", "–": "–", "—": "—", ")": "("}
# An aside on what the subject held, before a figure of it: "36 bags, containing cocaine valued at …"
_SINCE_BEFORE = re.compile(
    r"\b(?:since|until|before|after|when)\s+(?:the|it|its|they|their|he|she)\s+(?:[\w'’-]+\s+){0,2}$"
)
# Cue words that are past participles without "-ed": a headline's passive drops its "were"
# ("31.6kg of rhino horn found in luggage", "Three held after …")
_IRREGULAR_PARTICIPLES = words("figure_participles")
_CONTENTS_ASIDE = re.compile(
    r",\s*(?:containing|holding|carrying|filled\s+with|packed\s+with|stuffed\s+with|loaded\s+with|weighing)\b"
    r"[^,;.:()\n]*$",
    re.I,
)
_EACH_BEFORE = re.compile(r"\beach\s+[a-z]+\s+(?:(?:about|around|some|roughly|up\s+to|as\s+much\s+as)\s+)?$", re.I)
# Verbs of finding out: the goods they find are seized ("revealed 16 new crime trends" stays other).
_DISCOVERY_CUES = words("figure_discovery_cues")
# A list's number at the start of a line: "1. OCHIENG Dancan", "2) Fatuma Kamau"
_ENUMERATION_AFTER = re.compile(r"[.)][ \t]+(?=[A-Z])")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
# A sentence whose subject is a group counted before: "The migrants, including 23 children, …"
_SUBJECT_NOUN = re.compile(r"\W*The\s+(?:[a-z-]+\s+)?([a-z]+s)\b,")
# A change between periods: "down 164 kg from 2016", "up 12 on last year", "an increase of 40 kg over 2025"
_CHANGE_BEFORE = re.compile(
    # ("down"/"up" after a comma or a bracket: not a verb's particle, "rounded up 12 suspects from the area")
    r"(?i:(?:[,(–—]\s*(?:down|up)|\ba\s+(?:drop|fall|decrease|decline|rise|increase|jump)\s+of|\ban\s+increase\s+of)"
    r"\s+(?:by\s+)?)$"
)
_CHANGE_AFTER = re.compile(r"(?:[ \t]+[A-Za-z-]+){0,3}?[ \t]+(?:from|on|over|compared|than|versus)\b")
# The cover load of the vehicle the goods were hidden in: "cigarettes hidden in a truck transporting 24 tons of sand",
# "cocaine found hidden in a shipment of some 24 tons of fertilizers"
_COVER_LOAD_BEFORE = re.compile(
    # (goods hidden, not people found: "two suspects were found in a car carrying 3 kg of heroin")
    r"\b(?:hidden|concealed|stashed)\s+(?:in|inside|under|among)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:transporting|carrying|loaded\s+with|laden\s+with|(?:shipment|consignment|cargo|load|batch)\s+of)\s+"
    rf"(?:{_HEDGE}\s+)?$",
    re.I,
)
_DECLARED_BEFORE = re.compile(
    r"\b(?:declared|manifested|labelled|labeled|described)\s+(?:as\s+)?(?:carrying|containing|holding|being)?\s*$", re.I
)
_DECLARED_LEADS = ("declared", "manifested", "labelled", "labeled", "described")
# A day of the month in brackets after the day's word: "arrested yesterday (31)"
_DAY_IN_BRACKETS_BEFORE = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*\($", re.I
)
# People still sought, before their count: "a search is ongoing for three other suspects"
_SOUGHT_BEFORE = re.compile(
    r"\b(?:search|hunt|manhunt|looking)\s+(?:is\s+|was\s+)?(?:ongoing\s+|underway\s+|on\s+|continues\s+)?for\s+"
    r"(?:(?:the|another|other)\s+)?$",
    re.I,
)
# People who got away, after their count (a range's start too): "two to three others fled", "four more escaped"
_GOT_AWAY_AFTER = re.compile(
    r"(?:\s*(?:to|-|–|or)\s*[\w-]+)?\s+(?:(?:other|others|more|suspects|accomplices|men|people)\s+)?"
    r"(?:fled|escaped|(?:evaded|avoided)\s+arrest|managed\s+to\s+(?:flee|escape|(?:evade|avoid)\s+arrest)"
    r"|(?:are|were|remain|remained)\s+(?:still\s+)?"
    r"(?:at\s+large|on\s+the\s+run))\b"
)
# A law's threshold: "someone found guilty of trafficking more than 80 gram of drugs could be jailed for life"
# (and the next bound of its list: "convicted of smuggling over 600 grams of heroin or more than 2.5 kg of …")
_LAW_BOUND_BEFORE = re.compile(
    r"\b(?:guilty\s+of|convicted\s+of|charged\s+with|caught)\s+(?:[a-z]+ing\s+)(?:[^.;:\d]{0,30}\d[\d,.]*[^.;:\d]{0,30}?"
    r"\s+or\s+)?(?:more\s+than|over|at\s+least|above)\s+$",
    re.I,
)
_LAW_CONSEQUENCE_AFTER = re.compile(
    r"\b(?:could|can|may|would|will|faces?|shall)\s+(?:be\s+)?(?:jailed|sentenced|imprisoned|punished|face|fined)"
    r"|\b(?:is|are)\s+punishable\b"  # ("… are punishable by death")
)
_EACH_WEIGHING_BEFORE = re.compile(
    # (a verb of finding between: "25 sacks, each found to contain 200,000 pills")
    r"\beach\s+(?:(?:(?:found|said|believed|thought)\s+to\s+)?(?:weighing|weighed|of|containing|contain|holding|hold"
    r"|measuring)"
    # (the package named between: "each jerry can containing 25 litres", "each sack weighing 50 kg", "each of the
    # men's suitcases allegedly contained 20kg")
    r"|(?:of\s+(?:the\s+|their\s+|these\s+)?)?(?:[a-z][\w'’-]*\s+){1,3}(?:allegedly\s+|reportedly\s+)?"
    r"(?:weighing|weighed|containing|contains|contained|holding|holds|measuring|hid|hides|hiding|carried|carrying))"
    # (an average between: "each motor hid an average of around eight kilograms")
    r"(?:\s+an\s+average\s+of)?"
    r"\s+(?:(?:about|around|some|roughly|approximately|averagely|nearly|almost|up\s+to|over|more\s+than|between)\s+)?"
    r"(?:\d[\d,.]*\s*(?:to|-|–|and)\s*)?$",  # (a range's end too: "each containing approximately 25 to 35 blocks")
    re.I,
)
# (or after its goods: "112 bags packed with 1 kilogram of methamphetamine each")
_EACH_AFTER = re.compile(
    r"(?:[ \t]+of[ \t]+(?:[\w'’-]+[ \t]+){0,2}?[\w'’-]+(?=[ \t]+(?:each|apiece)[ \t]*(?:[.,;:)\n]|$)))?"
    r"\s+(?:each|apiece|a\s+head)\b(?![ \t]+(?:other|of)\b)",
    re.I,
)
_CALIBRE_AFTER = re.compile(r"\s*-?\s*(?:calibre|caliber|ammunition|cartridges?|rounds?)\b", re.I)
# A bore or calibre written after its number: "9mm", "7 MM rifles", "pistols of 32 bore", "12-gauge"
# ("40 pressure gauges": a count); an engine's power is a size too ("boat engines of 85 Hp each")
_MILLIMETRES_AFTER = re.compile(
    r"\s?(?:(?i:mm|millimet(?:er|re)s?|horsepower|(?:-|\s)?(?:bore|gauge|calibre|caliber))|hp|Hp)\b"
)
_OPEN_PAREN_END = re.compile(r"\(\s*$")
# A bracket's contents up to its close, on one line: "(29 for doping and 66 for medicines)"
_BRACKET_REST = re.compile(r"[^()\n]{0,120}\)")
_PLAIN_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?![\w.,]?\d)")
_RESTATED_IN_PAREN = re.compile(r"(?!\s+in\s)[ \t]+[A-Za-z][\w \t-]{0,30}\)")  # a noun after the number, not "(3)"
_FUNDS_CUES = words("figure_funds_cues")
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|that|whom)\b")
# The count's own passive verb, after its words and before the clause ends: "where 31 people| were employed"
_CLAUSE_PASSIVE_AFTER = re.compile(r"[^,;:.()\n]*?\b(?:were|was|had\s+been|have\s+been|are|is)\s+(?:\w+ly\s+)?([a-z]+)")
# People found where the police came: held, kept or locked up there
_PEOPLE_FOUND_HELD = words("figure_people_found_held")
# A relative word right before a count, which is then the subject of its clause: "a building where 31 people
# were employed", "… in which 12 officers took part"
_RELATIVE_SUBJECT_BEFORE = re.compile(rf"\b(?:where|when|whereby|in\s+which|at\s+which)\s+(?:(?:{_HEDGE})\s+)?$")
_CLAUSE_MARK = re.compile(r"[,;:.()]")
# A relative clause's own verb right before a count: the people it counts are that verb's object, not
# a result of the verb before the clause ("… arrested 55 suspects, including a recruiter who allegedly sent
# more than 200 persons across the border"; a cue inside the clause is nearer and is read as it is)
_RELATIVE_VERB_BEFORE = re.compile(
    rf"\b(?:who|which|whom|that)\s+(?:\w+ly\s+)?(?:(?:had|has|have|were|was|are|is)\s+(?:\w+ly\s+)?)?"
    # (not a verb that lists the group's parts or says what they are: "40 suspects who included 12 women")
    r"(?!(?:include[sd]?|including|comprise[sd]?|were|was|are|is|be|been|numbered|totall?ed)\b)[a-z]+\s+"
    rf"(?:(?:{_HEDGE})\s+)?$"
)
# Digits between a figure and a later cue that are no other figure: the goods' value ("1.21 kg of gold
# valued at Rs 1.08 crore was seized") or a measure in a compound adjective ("24-carat", "40-foot").
_NOT_A_FIGURE_BETWEEN = re.compile(
    # (and "with a combined value of $4.2 million" between the goods and their passive)
    r"\b(?:worth|valued\s+at|value\s+of)\s+(?:[a-z]+\s+){0,3}?[^\s\d]{0,4}\s?[\d.,]+"
    r"(?:\s*(?:million|billion|crore|lakh|bn|m)\b)?"
    r"|\b\d+-[a-z]+\b"
    # a distance: "intercepted a boat 40 nautical miles off Tumaco, carrying 1,084 kilos"
    r"|\b\d[\d,.]*\s*(?:nautical\s+miles|miles|km|kilometres|kilometers)\b"
    # the ages written between the people counted and the verb: "Eleven men and three women, aged between 19
    # and 58, were arrested" ("two men, aged 27 and 52, collect … where both were arrested" keeps its digits)
    r"|\baged\s+(?:between\s+)?\d{1,3}(?:\s*(?:,|and|to|-|–)\s*\d{1,3}\b)*"
    r"(?=,?\s+(?:(?:were|was|are|is|have|has|had)\s+(?:been\s+)?)?(?:\w+\s+)?$)"
    # a person's age set off by commas: "arrested a trader identified as <Name>, male aged 37, of Chawama, for
    # trafficking in 2.65 kilograms" (an age is never a figure, wherever it stands)
    r"|,\s*(?:(?:male|female)\s+)?aged\s+\d{1,3}(?=\s*,(?!\s*\d))"
)
# every match of _NOT_A_FIGURE_BETWEEN holds one of these (case and all)
_NOT_A_FIGURE_LEADS = ("worth", "value", "-", "miles", "km", "kilomet", "aged")


def _without_not_figures(between: str) -> str:
    """``between`` without the digits that are no figure (_NOT_A_FIGURE_BETWEEN), tried only where a word the
    pattern needs stands."""
    for w in _NOT_A_FIGURE_LEADS:
        if w in between:
            return _NOT_A_FIGURE_BETWEEN.sub("", between)
    return between


_BLOCKING = frozenset({"blocked", "blocking", "block", "blocks"})
_IN_CASH_AFTER = re.compile(r"\s+(?:in\s+)?(?:cash|banknotes)\b", re.I)
_TRANSFER_BEFORE = re.compile(r"\b(?:transfers?|payments?|transactions?)\s+of\s+(?:about\s+|some\s+)?$", re.I)
_TRANSFER_AFTER = re.compile(r"\s+(?:wire\s+)?(?:transfers?|payments?|transactions?)\b", re.I)
#: Nouns for goods taken as a whole: a value of one is a seizure's ("The load … was valued at 6.4 million pesos").
_HAUL_WORDS = words("figure_haul_nouns")
_WEIGHED_NOUNS = words("figure_weighed_nouns") | _HAUL_WORDS
#: Cues that state a value: what they value was seized or not by another verb.
_VALUE_CUES = frozenset({"worth", "valued at", "sold for", "fetched"})
_PASSIVE_AFTER_VALUE = re.compile(
    r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,50}?\b(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:seized|recovered|confiscated|found|intercepted|impounded|discovered)\b"
)
#: Every cue that states a value (the words of figure_cues_seized.txt that name one).
_VALUE_WORDS = _VALUE_CUES | frozenset(
    w for w in _CUE_METRIC if w.startswith("value ") or w.endswith(" value") or w == "value"
)
# A verb of arrest or charge before "over": the preposition of cause ("jailed over 5 kg of heroin"); not
# "detained" or "held", which customs also say of goods ("detained over 50,000 cigarettes": a hedge).
_CHARGED_OVER = re.compile(
    r"\b(?:charged|arrested|jailed|sentenced|convicted|indicted|questioned|quizzed|fined|probed)"
    r"\s+over\s+$",
    re.I,
)
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the|this|that)\s+$", re.I)


# A verb denied is no result: "those quantities were not seized", "never recovered".
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't|\bno longer)\s+(?:(?:been|be|yet|all|all\s+been)\s+)?$")


# A capitalised word right after "named": the name itself ("a woman named Barkha", "an operation named Jackal")
_NAME_AFTER = re.compile(r"[ \t]+[\"“‘']?[A-Z]")
# … after a noun with an indefinite article: the participle of naming, not a verb whose subject names people
# ("Police named Ahmed Khan and two others as suspects", "The court named Peter Otieno and three others" count them)
_NOUN_NAMED_BEFORE = re.compile(r"\b(?:an?|one|another)[ \t]+(?:[\w-]+[ \t]+){0,2}$")
# "two men, identified by their initials as A.A.K. and M.S.H.": a naming, not a count
_NAMING_AFTER = re.compile(r"\s+(?:only\s+)?(?:by\s+(?:their|his|her)\s+(?:initials|(?:first\s+)?names?)|as\s+[A-Z])")


#: Warrants or summonses near "served": the papers served, a result as warrants executed ("agents served 11 search
#: warrants", "25 search warrants served"); "served" alone is a sentence or a use ("served a nine-year term")
_WARRANTS_NEAR = re.compile(r"\b(?:warrants?|summons(?:es)?)\b")


class Cue(NamedTuple):
    start: int
    end: int
    word: str
    metric: str


#: Cue words that are verbs of telling too (figure_telling_cues.txt): before "that", what follows is what was told
_TELLING_CUES = words("figure_telling_cues")


#: Verbs of taking a place or a thing out of use: infrastructure or production sites so governed are dismantled
_TAKING_DOWN = ("destroyed", "destroys", "destroying", "closed")
# A verb of finding, then one of destroying: "discovered and destroyed", "uncovered and burnt"
_THEN_DESTROYED = re.compile(r"\s+(?:and|&)\s+(?:then\s+)?(?:destroyed|burnt|burned|demolished|dismantled)\b")
#: Participles of checks that are as often adjectives ("the investigated persons") or the offenders' doing ("the
#: gang controlled 40 mining sites"): cues only as the verb of what they follow
_CHECKING_PARTICIPLES = frozenset({"controlled", "investigated", "interrogated"})
_OBJECT_COUNT_NEXT = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|over|about|some|nearly|around|up\s+to)\s+)?"
    r"(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)


#: Cue words that value a seizure as the harm it does to crime (figure_cues_seized.txt): "The economic impact on
#: the criminal organizations is 95 million pesos", "The seizure represents an economic loss of 9.6 million dollars
#: for drug trafficking"; cues only where crime is what bears the harm, later in the sentence (a loss to victims
#: or businesses is none: the guide leaves losses suffered by victims out)
_HARM_CUES = frozenset({"economic impact", "economic loss", "affectation"})
_HARM_TO_CRIME = re.compile(
    r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,120}?\b(?:on|to|for)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:organi[sz]ed\s+crime|crime\s+(?:groups?|syndicates?|networks?|organi[sz]ations?)\b|drug\s+traffick|narco"
    r"|cartels?\b|gangs?\b|criminal\s+(?:organi[sz]ations?|groups?|gangs?|networks?|structures?|finances|economy"
    r"|economies|enterprises?|clans?|cells?|world)\b)"
)


def _harm_borne_by_crime(lowered: str, pos: int) -> bool:
    """Whether the harm words ending at ``pos`` of a lower-cased text say crime bears the harm, later in their
    sentence ("… on the criminal organizations is 95 million pesos"), not victims ("… to the victims of the gang")."""
    harmed = _HARM_TO_CRIME.match(lowered, pos)
    return harmed is not None and "victim" not in harmed.group()


def find_cues(text: str, start: int = 0, end: int | None = None, lowered: str | None = None) -> list[Cue]:
    """Every cue word in ``text`` (or in ``text[start:end]``), in order, with
    the metric its list gives (``charged`` and ``none`` included)."""
    if lowered is None:
        lowered = lower_same_length(text)
    stop = len(text) if end is None else end
    cues: list[Cue] = []
    for m in _CUE_RE.finditer(lowered, start, stop):
        at, word = m.start(), m.group()
        # (cheap tests first: the patterns would be tried at every position of their window)
        window = lowered[max(start, at - 20) : at]
        if ("no" in window or "n't" in window or "never" in window) and _NEGATED.search(
            lowered, max(start, at - 20), at
        ):
            continue
        if word == "identified" and _NAMING_AFTER.match(text, m.end()):
            continue
        if (
            word == "named"
            and _NAME_AFTER.match(text, m.end())
            and _NOUN_NAMED_BEFORE.search(lowered, max(0, at - 30), at)
        ):
            continue  # "a woman named Barkha was held with 27 grams of heroin": a name given, nobody counted
        if word in _TELLING_CUES and lowered.startswith(" that ", m.end()):
            continue  # "He revealed that the operation targeted 51 people": a verb of telling, its clause no result
        # a participle ending a compound adjective: "vacuum-sealed bags" ("re-arrested" is an arrest,
        # "black-market value" a value); the pattern ends in a hyphen, or a hyphen and a line break
        if (
            word.endswith(("ed", "en"))
            and "-" in lowered[max(0, at - 2) : at]
            and _COMPOUND_BEFORE.search(lowered, max(0, at - 12), at) is not None
        ):
            continue
        if word == "served" and _WARRANTS_NEAR.search(lowered, max(start, at - 60), min(stop, m.end() + 60)) is None:
            continue  # "had already served prison terms", "served as a staging post": only warrants served are a result
        if word in _CHECKING_PARTICIPLES and (
            _ATTRIBUTIVE.match(lowered, m.end()) is not None
            or lowered.startswith(" under ", m.end())
            or (word == "controlled" and _OBJECT_COUNT_NEXT.match(lowered, m.end()) is not None)
        ):
            # "the investigated persons", "a border controlled precursor": an adjective; "investigated under detention
            # orders": those held, read where arrests are; "the gang controlled 40 mining sites": the offenders' hold
            continue
        if word in _HARM_CUES and not _harm_borne_by_crime(lowered, m.end()):
            # "an economic loss of 3 million euros to the victims": a loss suffered, no seizure's value (its last
            # word's own cue stands: "loss", whose sums are none)
            tail = word.rsplit(" ", 1)[-1]
            if tail != word and tail in _CUE_METRIC:
                cues.append(Cue(m.end() - len(tail), m.end(), tail, _CUE_METRIC[tail]))
            continue
        if word == "bust" and lowered[at - 1 : at] == "-":
            continue  # "a buy-bust operation": the Philippine police's sting, a compound's part, no result's word
        if word.endswith(_NOMINAL_ENDINGS) and _COMPOUND_HEAD_AFTER.match(lowered, m.end()):
            continue  # a noun before the noun it qualifies: "identification numbers", "seizure warrants"
        if (
            word in _DESTROYING
            and cues
            and cues[-1].metric == "seized"
            and lowered[cues[-1].end : at] in (" and ", " & ", ", then ", " and then ")
        ):
            continue  # "seized and destroyed 40 kg", "confiscating and destroying over four tonnes": seized first
        cues.append(Cue(at, m.end(), word, _CUE_METRIC[word]))
    return cues


#: Verbs of destroying goods: after a verb of seizing and "and", the goods were seized first, then destroyed (the
#: cue words of figure_cues_other.txt among them)
_DESTROYING = frozenset(
    w
    for w in "destroyed destroying destroys burned burnt uprooted eradicated incinerated incinerating".split()
    if _CUE_METRIC.get(w) == "other"
)


def _cues_between(cues: list[Cue], starts: list[int], a: int, b: int) -> list[Cue]:
    return cues[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]


class _Spans:
    """Character spans, for asking fast whether a position falls in one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(spans):
            if a >= b:
                continue
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


def _head_words(phrase: str) -> list[str]:
    return list(_head_words_of(phrase))  # (a list of its own: a caller may change it)


_HEAD_ENDS = frozenset({"of", "containing", "with", "filled", "holding", "carrying", "loaded", "packed"})


def _head_noun(phrase: str) -> str:
    """The noun that heads ``phrase``, lower-cased: its last word before what the thing holds ("suitcases
    containing the narcotics", "boxes of cocaine" give the container; "boat owners" gives "owners")."""
    head = ""
    for w in _head_words(phrase):
        if w in _HEAD_ENDS:
            break
        head = w
    return head


@functools.lru_cache(maxsize=4096)
def _head_words_of(phrase: str) -> tuple[str, ...]:
    """The words of ``phrase``, lower-cased (once for a phrase: the same words are asked for again and again)."""
    return tuple(w.lower() for w in _WORD.findall(phrase))


_LIST_SEPARATOR = re.compile(r",|\band\b")
# The verb of people named in apposition: "…, were arrested" (an apposition holds names, ages and posts; a
# full stop, a bracket or a verb of its own ends it)
_APPOSITION_THEN_PASSIVE = re.compile(
    r",\s+(?:(?:have|had|has)\s+(?:also\s+)?been|were|was|are|got)\s+(?:also\s+)?(?:\w+ly\s+)?(?=[a-z])"
)
_RELATIVE_OPENS = re.compile(r"\s*who\s")
# A relative clause set off by commas right after a count's item, and the sentence's own verb after its closing
# comma: "400 kilos of marijuana, which police say was smuggled from the coast, have been seized"
_RELATIVE_ASIDE_OPEN = re.compile(r"[^,.;:()\n]{0,60},[ \t]*(?:which|that|who)\s")
_SENTENCE_BREAK = re.compile(r"[.;:()\n](?!\d)")
_AUX_ONLY = re.compile(
    r"[ \t]*(?:(?:had|has|have)[ \t]+been|were|was|are|is)[ \t]+(?:(?:\w+ly|also|then|later|all|both)[ \t]+){0,2}"
)
_APPOSITION_CLAUSE_MARK = re.compile(r"[,.;:()\n]")
_AGE_IN_BRACKETS = re.compile(r"[ \t]*\(\d{1,2}\)")
_APPOSITION_BREAK = re.compile(r"[.;:()\n]|\b(?:who|which|that|were|was|are|is|have|has|had|will|would)\b", re.I)


def _place_before_bracket(text: str, lo: int, pos: int, place_at_end: dict[int, int]) -> str | None:
    """The place written just before the bracket ``pos`` stands in, if the bracket
    opened less than 60 characters before and has not closed: "Honduras (214
    firearms, 131 arrests)" gives Honduras for both numbers."""
    opened = text.rfind("(", max(lo, pos - 60), pos)
    if opened < 0 or ")" in text[opened:pos]:
        return None
    k = opened
    while k > lo and text[k - 1] == " ":
        k -= 1
    start = place_at_end.get(k)
    return text[start:k] if start is not None else None


_PART_LABEL_JOINT = re.compile(r"(?:\(|[,;]|\band)\s*$")


#: The auxiliary of a clause before a colon: "Thirteen crew members were detained:" leads in to its parts
_LABEL_AUXILIARIES = frozenset({"were", "was", "are", "is", "been", "be"})


def _place_labelling_part(text: str, lo: int, pos: int, place_at_end: dict[int, int]) -> str | None:
    """The country that labels the count at ``pos`` in an open bracket of parts: "(Austria: 6, Bulgaria: 9, …)",
    "(Spain 6; Lithuania 4 and Ireland 1)" — the country right before the count (and its colon), itself right after
    the bracket or a joint of the list."""
    opened = text.rfind("(", max(lo, pos - 120), pos)
    if opened < 0 or ")" in text[opened:pos]:
        return None
    k = pos
    while k > opened and text[k - 1] in " \t":
        k -= 1
    if text[k - 1 : k] == ":":
        k -= 1
    start = place_at_end.get(k)
    if start is None or start <= opened or not _PART_LABEL_JOINT.search(text, opened, start):
        return None
    if place_key(text[start:k]) not in country_keys():
        return None  # (a country's part: not "12 vehicles (Toyota: 6, Nissan: 6)", a town's name and a maker's)
    return text[start:k]


def _names_goods(item: str | None, has_unit: bool) -> bool:
    """Whether a figure is an amount of goods, or a count whose last word is goods ("26 bricks of
    cocaine", "12 firearms"; not "487 counterfeit goods cases")."""
    words = _head_words(item or "")
    # (or its first word, the thing counted, before what it holds: "3,417,800 pills of tramadol 225mg")
    heads = {words[-1], words[0]} if words and " of " in (item or "") else set(words[-1:])
    return has_unit or any(w in _GOODS or w in _GOODS_SINGULAR for w in heads)


def _names_a_drug(item: str | None) -> bool:
    """Whether an item's head names a drug ("2.6 kg of 'Ice'", "41 kg of cannabis"; "ice" only written as a
    name, not "dry ice")."""
    words = _head_words(item or "")
    if not words or words[-1] not in _DRUGS:
        return False
    return words[-1] != "ice" or len(words) == 1 and (item or "")[:1] in "I'‘\"“"


_COUNT_THEN_WORDS = re.compile(r"(?<![\d.,])\d[\d,]*(?![\d,])((?:[ \t]+[\w'’-]+){1,3})")


def _other_people_counted(text: str, parent: RawFigure, end: int, figures: list[RawFigure]) -> bool:
    """Whether people other than ``parent``'s are counted between it and ``end``: a number followed by a noun of
    people that is no figure of the parent's metric read after it ("arrested 41 people. Officers interviewed 30
    witnesses, and 12 of them …"; not "rescued 43 people. The victims, 29 Nigerians, nine …, were aged between
    17 and 34. Eleven of them …")."""
    if end - parent.end > 2000:
        return True  # (read within a bounded window: a part that far from its whole is no part of it)
    own = {f.start for f in figures if f.start >= parent.end and f.metric == parent.metric}
    for m in _COUNT_THEN_WORDS.finditer(text, parent.end, end):
        if m.start() in own:
            continue
        head = _head_words(m.group(1))[:2]
        if _names_people(m.group(1)) or any(w in _STAFF_WORDS for w in head):
            return True
        if any(
            len(w) > 3
            and w.endswith("s")
            and w not in _GOODS
            and w not in _EVENTS
            and w not in _NOT_COUNTED
            and w not in _MASSES
            and w not in _VOLUMES
            for w in head
        ):
            return True  # any other plural counted ("30 witnesses", "500 tourists"), not goods, events or durations
    return False


def _names_people(item: str | None) -> bool:
    """Whether a counted item is people ("12 suspects", "three Nigerian nationals")."""
    return bool(item) and _people_among(_head_words(item))


def _people_among(words: Sequence[str]) -> bool:
    """Whether a noun of people is among the first three of an item's ``words`` (lower case), as the thing
    counted: not one English also writes as an adjective, before a plural noun of no people that it describes
    ("27,000 individual doses of heroin", "40 suspect packages"; figure_people_nouns_as_adjectives.txt)."""
    for k, w in enumerate(words[:3]):
        if w not in _PEOPLE:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if (
            w in _PEOPLE_AS_ADJECTIVES
            and len(after) > 3
            and after.endswith("s")
            and not after.endswith("ss")
            and after not in _PEOPLE
        ):
            continue
        return True
    return False


_PEOPLE_AS_ADJECTIVES = words("figure_people_nouns_as_adjectives")


def _counts_events(item: str) -> bool:
    """Whether an item names events ("seizures", "house searches"), by its first
    words or by the last of a short phrase ("cash movement checks")."""
    words = _head_words(item)
    return any(w in _EVENTS or w in _CHARGES for w in words[:2]) or (
        bool(words) and words[-1] in _EVENTS and (len(words) <= 3 or "of" not in words)
    )  # ("drugs and wildlife trafficking cases": a compound's head, not "kg of cocaine in 12 raids")


def _event_noun_closes(text: str, end: int, item: str) -> bool:
    """Whether a noun of events follows an item cut at its fifth word: the head of a long compound
    ("1,715 illegal drugs and wildlife trafficking cases" counts cases)."""
    if len(item.split()) < 5:
        return False
    at = text.find(item, end, end + 40 + len(item))
    nxt = _NEXT_WORD_AFTER.match(text, at + len(item)) if at >= 0 else None
    return nxt is not None and nxt.group(1).lower() in _EVENTS


_NEXT_WORD_AFTER = re.compile(r"[ \t]+([\w-]+)")


def _is_counted_noun(word: str) -> bool:
    return (
        word in _GOODS
        or word in _GOODS_SINGULAR
        or word in _PEOPLE
        or word in _EVENTS
        or word in _ONLINE
        or word in _INFRASTRUCTURE
    )


_FULL_MONTHS = frozenset(_MONTHS.split("|")[:12])  # the months written out


#: Reference words written short, with a full stop: "No. 5", "Art. 12", "pp. 4-6" (a full word
#: and a full stop end a phrase: "in Rio's North Zone. Nine people …").
_ABBREVIATED_REFERENCES = words("reference_abbreviations")


def _counted_right_after(after: str) -> bool:
    """Whether a noun of people or goods follows a number right away, as a count's does: "Cap 45 and 12 suspects"
    (not "aged 26, 31 and 44, are residents": the list goes on past it). Asked only of a number a list of references
    would take."""
    return (
        after[:1] == " "
        and after[1:2].isalpha()
        and (not _PEOPLE.isdisjoint(_head_words(after)[:2]) or not _GOODS.isdisjoint(_head_words(after)[:2]))
    )


def _reference_before(before: str, day: bool = True, listed_on: bool = True, after: str = "") -> bool:
    """Whether the word before a number makes it a reference or a bound:
    a month ("Mar. 14"), "Article 12", "page 4", "from 24", "#12", "+44". A month's list of days ("on March 3, 5
    and 9") holds only a number that may be a day (``day``: 1 to 31, written plainly) and goes on after it or
    before it (``listed_on``: a comma or "and" after it): "on November 23, 1,240kg was seized", "On November 23,
    12 people were arrested" list no days."""
    if _DATE_PART_BEFORE.search(before[-2:]):
        return True
    if before.endswith(("(", "[")):
        # "Article 114 paragraph (2)", "sub-section [3]": a reference's number in brackets
        bracketed = before[-25:-1].rsplit(None, 1)
        if bracketed and bracketed[-1].rstrip(".").lower() in _DOCUMENT_PARTS:
            return True
    last = before[-24:].rsplit(None, 1)  # the window's last run of non-blanks ("Mar.", "No.", "#12"), if any
    if not last:
        return False
    if "\n\n" in before[len(before.rstrip()) :]:
        return False  # a paragraph ends between them: "… to act\n\n40 kg of cocaine …" (a headline's last word)
    word = last[-1]
    if word[-1:] in "#+§":
        return True
    bare = word.rstrip(".,:")
    ends = word[len(bare) :]
    bare = bare.lstrip("([{\"'“‘")  # "yesterday (January 18)": the month inside a bracket
    # "Mar. 14", "Art. 12", "No. 5" are references; "in January. Seventeen people …",
    # "In March, 14 people …" end a phrase: the number starts another
    phrase_ended = (
        "," in ends
        or ":" in ends
        or (
            "." in ends
            and (
                len(bare) > 4
                or bare in _FULL_MONTHS
                or (bare not in _MONTH_WORDS and bare.lower() not in _ABBREVIATED_REFERENCES)
            )
        )
    )
    if not phrase_ended and (bare in _MONTH_WORDS or bare.lower() in _REFERENCE_WORDS):
        return True
    window = before[-80:]  # (room for labels in brackets: "Sections 5 (Sale), 11 (Possession) and")
    listed = _REFERENCE_LIST.search(window) if window.rstrip().endswith(_LIST_ENDS) else None
    if listed and (
        (
            listed.group(1) in _MONTH_WORDS
            and day
            and (listed_on or _AND_IN_LIST.search(listed.group()) is not None)
            and not _YEAR_IN_LIST.search(listed.group())
        )
        # (not a count of people or goods after it: "seized the goods under Cap 45 and 12 suspects were arrested")
        or (listed.group(1).lower() in _REFERENCE_WORDS and not _counted_right_after(after))
    ):
        return True  # "Sections 8, 20 and 21", "Articles 3 and 4", "on March 3, 5 and 9"
    low = before[-24:].lower()
    if low.rstrip().endswith("po box"):
        return True
    return "age" in low and _AGES_BEFORE.search(before[-24:]) is not None


# The force's own people arrested ("42 police officers had also been arrested", "arrested six customs
# officials"): arrests, though a count of officers taking part is none.
_STAFF_WORDS = words("figure_staff_words")
# Words that make victims counted ones found, not freed: "1,194 potential trafficking victims"
_POTENTIAL_WORDS = frozenset("potential possible presumed suspected likely".split())


def _staff_word_as_adjective(next_words: list[str]) -> bool:
    """Whether the words after a force's word ("police", "customs") are a deed's plural noun, with a word of its own
    before it or none ("police search warrants", "police raids"): the force's word is its adjective, and the number
    counts no people of the force ("police officers", "police and soldiers" do)."""
    for word in next_words:
        if not word.isalpha() or not word.islower() or word in _HEAD_STOP or word in _NOT_COUNTED or word in _PEOPLE:
            return False
        if word.endswith("s") and not word.endswith("ss"):
            return True  # a plural of no people nor unit of the force: "raids", "search warrants"
    return False


_STAFF = "(?:" + "|".join(sorted(_STAFF_WORDS, key=len, reverse=True)) + ")"
_STAFF_ARRESTED_AFTER = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?{_STAFF},?\s+(?:(?:were|was|had|have|has|are|is)\s+(?:also\s+|later\s+|since\s+)?"
    r"(?:been\s+)?)(?:arrested|detained|apprehended|taken\s+into\s+custody)\b",
    re.I,
)
_STAFF_ARRESTED_BEFORE = re.compile(
    r"\b(?:arrested|detained|apprehended|arrest\s+of|detention\s+of)\s+"
    r"(?:(?:more\s+than|over|about|around|nearly|almost|some|at\s+least|another|a\s+further)\s+)?$",
    re.I,
)


# People arrested, then a part of them: "17 suspects were taken into custody, among them | two border police
# officers", "arrested 40 people, including | three customs officers"
_PART_WORD_NEAR = re.compile(r"among|including|of whom", re.I)
# A count of the force's own people: "a team of 60 officers", "with the help of 300 troops"
_FORCE_COUNT = re.compile(
    r"(?:\d[\d,.]*|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|hundreds|thousands|dozens))\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:officers|officials|troops|soldiers|agents|personnel|policemen|guards|rangers|"
    r"investigators|detectives|staff|team|members)\b",
    re.I,
)
_AMONG_ARRESTED_BEFORE = re.compile(
    r"\b(?:arrested|detained|apprehended|custody|arrests|suspects)\b[^.;:!?]{0,50}?,\s+"
    r"(?:among\s+them|among\s+whom|including|of\s+whom)\s+(?:(?:at\s+least|some|about)\s+)?$",
    re.I,
)


def _staff_arrested(text: str, num: Number) -> bool:
    """Whether the people a number counts are the force's own, arrested (see _STAFF_ARRESTED_AFTER)."""
    return bool(
        _STAFF_ARRESTED_AFTER.match(text, num.end, min(len(text), num.end + 90))
        or _STAFF_ARRESTED_BEFORE.search(text, max(0, num.start - 40), num.start)
        or (
            text.startswith(" ", num.start - 1)
            and _PART_WORD_NEAR.search(text, max(0, num.start - 30), num.start) is not None  # (cheap test first)
            and (among := _AMONG_ARRESTED_BEFORE.search(text, max(0, num.start - 90), num.start)) is not None
            # (no other count between: "detained by a team of 60 officers, including 12 immigration officers"
            # are the force's)
            and not _FORCE_COUNT.search(among.group())
        )
    )


_LOWER_NOUN_AFTER = re.compile(r" [a-z]{3,}")


# A mass written with a leading zero, as Sri Lankan releases pad it: "01.284 kg", "03kg"
_LEADING_ZERO_MASS = re.compile(r"0\d(?:\.\d{1,3})?")
# A count and a make's name right before a number: "two Glock | 17 pistols", "a Beretta | 92 pistol", "one illegal
# Glock | 17 pistol" (lower-case words describing the weapon between), "266,750 Erimin | 5 pills", "107kg of Erimin |
# 5 pills"
_MODEL_BEFORE = re.compile(
    # (an amount in grams with its decimals before the make too: "283.61g of Erimin 5 pills")
    r"(?:^|[\s(])(?:(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d{1,3})?(?:kg|g)?|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
    r"|[Ee]ight|[Nn]ine|[Tt]en)(?:[ \t]+[a-z][a-z-]+){0,2}[ \t]+[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?[ \t]+$"
)
_MARK_BEFORE = re.compile(r"(?:^|[\s(,])(?:Mark|Mk\.?|MK|Type|Model)\s+$")
# A share, "one in five": the second number and no plural noun after it ("one pistol in two raids" is a count).
_SHARE_OF_BEFORE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+out\s+of\s+$", re.I)
_ONE_IN_N_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:in|out\s+of)\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"(?!\s+[a-z]+s\b)"
)


def _counts_migrants(head_words: list[str]) -> bool:
    """Whether a count's first head words say it counts migrants ("42 migrants"), not their smugglers
    ("14 migrant smugglers")."""
    first = head_words[:3]
    return bool(_MIGRANTS.intersection(first)) and not _SMUGGLERS.intersection(first)


def _not_goods_counted(counted: list[str]) -> bool:
    """Whether the head words after a count say it counts people, or anything that is no goods ("two
    hospitals"): what a relative clause's own verb does to them is no result of the verb before it."""
    return bool(counted) and (
        any(w in _PEOPLE for w in counted)
        or not any(w in _GOODS or w in _GOODS_SINGULAR or w in _DRUGS for w in counted)
    )


_LIST_MARK_AFTER = re.compile(r"[.)][ \t]+(?![\d$€£])")
_LIST_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*\(?$")


_NUMBER_RUN = re.compile(r"\d[\d,.]*")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d[,.]?")
_YEAR_RANGE_END = re.compile(r"(?:19|20)\d\d[-–/]$")  # "2025–26", "2024-25": the range's second year


def _people_after_copula(text: str, end: int, limit: int, hi: int) -> bool:
    """Whether a count is followed by "were"/"are" and people ("163 were women", "846 are Chinese nationals")."""
    copula = _PART_IS.match(text, end, limit)
    if copula is None:
        return False
    named = _item_after(text, copula.end(), min(hi, copula.end() + 60))
    return _names_people(named) or bool(named and _demonym(named.split()[0]))


def _unit_kind(unit: str) -> str:
    """What a unit measures: a count, a mass, a volume, or money (an ISO code)."""
    if unit in _MASSES:
        return "mass"
    if unit in _VOLUMES:
        return "volume"
    return "count" if unit == "count" else "money"


# "30 of these firearms", "12 of the rifles": a part of goods counted before, and what they are
_PART_OF_GOODS_AFTER = re.compile(
    r"\s+of\s+(?:these|those|the)\s+([a-z][\w-]*"
    r"(?:\s+(?!(?:were|was|are|is|had|have|has|been|in|at|on|from|with|and|or)\b)[a-z][\w-]*)?)"
)
# A count with no noun, then its passive: "while 23 were confiscated", "and 4 were recovered"
_ELLIPTICAL_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?([a-z]+ed)\b")
# A part's own noun, then its passive: "of which 6,559 people were arrested" (a relative clause about the part is
# not its verb: "including 20 minors who were trafficked")
_PART_PASSIVE_AFTER = re.compile(
    r"(?:\s+(?!who\b|which\b|that\b|whom\b)[a-z][\w-]*){0,2}?\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?"
    r"([a-z]+ed)\b"
)


# What leads a count written like a year: a hedge, or a verb of result right before it ("over 2000 domains",
# "seized 1950 pills")
_COUNT_LEAD_BEFORE = re.compile(
    r"\b(?:over|about|around|nearly|almost|some|more\s+than|at\s+least|up\s+to|seized|arrested|detained|recovered|"
    r"confiscated|rescued|identified|intercepted|dismantled|took\s+down|taken\s+down)\s+$"
)
# A plural noun in lower case right after a number: " domains", " pills", " firearms" (not " and", " was")
_LOWER_PLURAL_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+)?[a-z][\w-]*[^s\W]s\b")


_LIST_JOINT_BEFORE = re.compile(r"(?:,|\band)[ \t]+$")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[•·▪◦*\-–—][ \t]*$")
# A list's line with no bullet, under a lead-in's colon or after a line that opens on a number: "The week saw:\n
# 1965 arrests made\n325 knives seized"
_LIST_LINE_BEFORE = re.compile(r"(?::[ \t]*|\n[ \t]*\d[^\n]{0,100})\n(?:[ \t]*\n)?[ \t]*$")
_NUMBER_LINE = re.compile(r"[ \t]*\d")


def _under_lead_in(text: str, line_start: int, lines: int = 12, width: int = 200) -> bool:
    """Whether the line at ``line_start`` is one of a list under a lead-in ending on a colon, the lines between
    them opening on numbers ("officers arrested:\n61 suspects for …\n118 suspects for murder"); a line after a
    date or a headline's number is not. Looks back at most ``lines`` lines of at most ``width`` characters."""
    pos = line_start
    for _ in range(lines):
        if pos <= 0 or text[pos - 1] != "\n":
            return False
        end = pos - 1
        start = text.rfind("\n", max(0, end - width), end) + 1
        if start == 0 and end - width > 0:
            return False  # a line too long for a list's
        line = text[start:end].rstrip()
        if line.endswith(":"):
            return True
        if line and not _NUMBER_LINE.match(line):
            return False
        pos = start
    return False


_BULLET_PLURAL_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*[^s\W]s\b")
_PLURAL_AFTER = re.compile(r"[ \t]+(?:[A-Za-z][\w-]*[ \t]+)?([a-z][\w-]*[^s\W]s)\b")


def _goods_plural_after(after: str) -> bool:
    """Whether a plural noun of goods follows, after at most one word: " MDMA tablets", " pistols"."""
    plural = _PLURAL_AFTER.match(after)
    return plural is not None and plural.group(1) in _GOODS


# A part's count and "of the" just before a number: that number is the whole the part is drawn from ("Twenty-six of
# the 57 defendants", "12 of the 40 suspects")
_PART_OF_THE_BEFORE = re.compile(
    r"(?:(?<![\w,.])\d[\d,]*|\b(?i:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")(?:-[a-z]+)?)"
    r"\s+of\s+(?:the|those|these|all)\s+$"
)


_WHOLE_THEN_PARTS_VERB = re.compile(r"((?:[ \t]+[A-Za-z-]+){0,3}?)[ \t]+(?:were|are|was|is|have|has|had|will)\b")


# The enforcers' own craft counted ("two patrol boats", "12 naval patrol vessels"; not "5,387 patrol sorties")
_PATROL_CRAFT_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?patrol[ \t]+(?:boats?|vessels?|cars?|vehicles?|ships?|craft|aircraft|helicopters?)\b", re.I
)


# A noun and an amount in brackets after a number: "Eramin 5 |pills (261.62g)" (the make's number, then the goods'
# amount)
_AMOUNT_IN_BRACKETS_AFTER = re.compile(
    r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]*\([ \t]*\d[\d.,]*[ \t]*(?:g|kg|grams?|kilos?)?[ \t]*\)"
)


# A force's unit named by its number: "43 Division", "243 Recce Battalion", "the 3 Division" (a capitalised head, up
# to two capitalised words before it)
_NUMBERED_UNIT_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:Division|Brigade|Battalion|Regiment|Squadron|Corps|Precinct|Platoon"
    r"|Flotilla|Fleet|Wing)\b"
)


# Doses counted (after the number and its scale): lethal or deadly ones (group 1) are an estimate of harm
_DOSES_AFTER = re.compile(
    r"(?:[ \t]+(?:million|billion|thousand))?[ \t]+(?:(?:potentially|possibly)[ \t]+)?"
    r"(?:(lethal|deadly|fatal)[ \t]+|[\w-]+[ \t]+){0,2}?doses\b",
    re.I,
)
# The doses' own clause says they were kept off the market: "doses of cocaine were prevented from being marketed"
_PREVENTED_AFTER = re.compile(r"[^.;:\n]{0,40}?\bprevent", re.I)


def _larger_arrests_before(figures: list[RawFigure], num: Number, *, last: int, within: int | None = None) -> bool:
    """Whether one of the ``last`` figures found (``within`` characters before ``num``, if given) counts more arrests
    than ``num``: the whole a part of the arrests belongs to (only recent figures are asked, so a text stays linear)."""
    return any(
        f.metric == "arrests" and f.value > num.value and (within is None or num.start - f.end < within)
        for f in figures[-last:]
    )


def _skip_number(
    num: Number,
    after: str,
    before: str,
    *,
    has_unit: bool,
    staff_arrested: Callable[[], bool] | None = None,
    crops_destroyed: Callable[[], bool] | None = None,
) -> bool:
    """Numbers that are not operational figures: years, ordinals, dates,
    ages, durations, ranges, percentages, codes, phone and article
    numbers, citations, and counts of countries, agencies or officers
    (unless ``staff_arrested()``: the officers counted are those arrested; asked only when it matters), and areas
    of land (unless ``crops_destroyed()``: the crops on them were destroyed)."""
    if num.is_ordinal:
        return True
    low_before = _lowered_window(before)  # (for the cheap word tests before patterns)
    if (
        num.is_year
        and not (
            (has_unit and _UNIT_RE.match(after))  # (its own unit: "in 2024 and nearly 200 tonnes" lends it none)
            or (_COUNT_LEAD_BEFORE.search(before[-30:]) and _LOWER_PLURAL_AFTER.match(after))
            # an item of a list of goods: "715 LSD tabs, 170g of MDMA powder, 1954 MDMA tablets"
            or (_LIST_JOINT_BEFORE.search(before[-6:]) and _goods_plural_after(after))
            # a results list's bullet: "• 2052 drug related charges"
            or (_BULLET_BEFORE.search(before[-12:]) and _BULLET_PLURAL_AFTER.match(after))
            or (
                _LIST_LINE_BEFORE.search(before[-120:])
                and (plural := _PLURAL_AFTER.match(after)) is not None
                and (_is_counted_noun(plural.group(1)) or plural.group(1) in _CUE_METRIC)  # (or "arrests")
            )
        )
    ):
        # a year ("in 2019", "the 2024 operation"), unless an amount's unit or a count's lead word and noun
        # stand around it: "seized 2000 kg of cocaine", "took down over 2000 domains"
        return True
    if _SKIP_AFTER.match(after):
        return True
    if (
        not has_unit
        and not num.currency
        and _LIST_MARK_AFTER.match(after)
        and _LIST_LINE_START_BEFORE.search(before[-8:])
    ):
        return True  # "1. detained 19 persons", "6) arrested cryptocurrency assets": a list's number, not a count
    if (
        not has_unit
        and not num.currency
        and num.written[:1].isdigit()  # (a model's number is written in digits: not "Africa | Thirty-nine suspects")
        and _LOWER_NOUN_AFTER.match(after)
        # (the pattern ends in a word that opens with a capital, then blanks)
        and (last := before[-40:].rsplit(None, 1))
        and "A" <= last[-1][:1] <= "Z"
        # (nor is that word a place's name, a comma left out: "2,450 arrests in Nigeria 130 victims were rescued")
        and place_key(last[-1]) not in places()
        and (
            # (the pattern's last word is of letters A to Z, two joined by a hyphen at most: the cheap test first)
            (last[-1].isascii() and last[-1].replace("-", "", 1).isalpha() and _MODEL_BEFORE.search(before[-40:]))
            # (or a list's item whose amount stands in brackets after its noun: "…, Eramin 5 pills (261.62g), …")
            or (
                len(last) == 2
                and _LIST_JOINT_BEFORE.search(last[0][-6:] + " ")
                and _AMOUNT_IN_BRACKETS_AFTER.match(after)
            )
        )
    ):
        return True  # "two Glock 17 pistols", "three Boeing 737 aircraft": a make's model number, not a count
    if (
        not has_unit
        and not num.currency
        and before[-4:].rstrip().endswith(("at", "on", "is"))
        and _PHONE_BEFORE.search(before)
    ):
        return True  # "call Crime Stop at 311", "the tip line on 0800 555": a number to call, no count
    if not num.currency and (
        (after[:1] in ("×", "x") and after[1:2].isdigit()) or (before[-1:] in ("×", "x") and before[-2:-1].isdigit())
    ):
        return True  # "two 4×4 motorcycles", "a 20x40 container": a drive's or a size's numbers, no count
    if not has_unit and not num.currency and _STREET_NUMBERED_BEFORE.search(before[-30:]):
        return True  # "in the vicinity of Clementi Avenue 4", "Street 12": a street's number, part of its name
    if not has_unit and not num.currency and num.written.isdigit() and _NUMBERED_UNIT_AFTER.match(after):
        return True  # "Toronto Police's 43 Division", "the 3 Division, Nigerian Army", "243 Recce Battalion": a unit's
    if not has_unit and not num.currency and after[:1] == ")" and _SUBSECTION_BEFORE.search(before[-4:]):
        return True  # "contrary to Section 36 (1) and 71 (1) (b)": a section's subsection
    if not has_unit and not num.currency and _LOWER_NOUN_AFTER.match(after) and _MARK_BEFORE.search(before[-8:]):
        return True  # "Mark 2 short guns", "Type 56 rifles": a model's mark, not a count
    if not has_unit and not num.currency and before.endswith("out of ") and _SHARE_OF_BEFORE.search(before[-30:]):
        return True  # "four out of 10 fake pills contain a lethal dose": a share's whole, no count
    if num.value == 1 and not has_unit and _ONE_IN_N_AFTER.match(after):
        return True  # "one package in five opened", "one in three migrants": a share, not a count
    if (
        not has_unit
        and not num.currency
        and _may_hold(low_before and low_before[-12:], ("age",))
        and _AGE_WORD_BEFORE.search(before[-12:])
    ):
        return True  # "Cavel Carew, age 27 years", "aged 34", "Age: 41": a person's age
    if after[:2] in ("'s", "’s") and not num.currency:
        return True  # "the Hai Long 88's captain": a number in a name, in its possessive
    if not has_unit and not num.currency and before.endswith(_ADDRESS_OPENERS) and _STREET_AFTER.match(after):
        return True  # "arrested at 14 Kofi Annan Street": a house's number, not a count ("arrested 3 Main Street
        # dealers" is one)
    if (
        not has_unit
        and not num.currency
        # (the pattern's last word, case and all, ends the window but for blanks)
        and before[-40:].rstrip().endswith(("the", "those", "these", "all"))
        and (whole := _WHOLE_THEN_PARTS_VERB.match(after))
        and _PART_OF_THE_BEFORE.search(before[-40:])
        and not any(w.endswith("ed") for w in whole.group(1).split())
    ):
        # "Twenty-six of the 57 federal defendants were arrested": the whole the part is drawn from, the verb the
        # part's (not "Eight of the 23 arrested suspects were …", "two of the four people detained": the whole's)
        return True
    if not has_unit and not num.currency and _WHERE_NOUN_AFTER.match(after) and _ACROSS_BEFORE.search(before[-30:]):
        return True  # "975 arrests across 14 countries", "accounts across 14 banks": where, not what was done
    if (
        (
            _reference_before(
                before,
                day=len(num.written) <= 2 and num.written.isdigit() and 1 <= int(num.written) <= 31 and not has_unit,
                listed_on=_REFERENCE_LIST_GOES_ON.match(after) is not None,
                after=after,
            )
            # ("from" opens a range or a date, "from 24 to 30 September", or where goods were found, "from 2 boats";
            # not people, "recovered from two suspects", nor the drives results came from, "the successes came from
            # 609 operations conducted in the year")
            and not (
                before.endswith("from ")
                and not _RANGE_OR_DATE_AFTER.match(after)
                # (nor a change's first side: "grew from 45 raids last year to 80 raids this year")
                and not _CHANGE_FROM_BEFORE.search(before)
                and not _TO_A_NUMBER_AFTER.search(after)
                and (
                    (_PEOPLE.intersection(_head_words(after)[:3]) and _ARRESTED_AFTER.match(after))
                    or _ACTIONS_RESULTS_CAME_FROM.intersection(_head_words(after)[:2])
                )
            )
        )
        or (not num.currency and _PLATE_BEFORE.search(before[-8:]))
    ):
        # (a sum's sign is no plate's digits: "seized US $15,700")
        return True
    if (
        not has_unit
        and not num.currency
        and _may_hold(low_before, _DESCRIBED_LEADS)
        and _DESCRIBED_BEFORE.search(before[-60:])
        and not _PART_OF_WHOLE_AFTER.match(after)  # ("representing 45 of the 200 arrests": a part, counted)
    ):
        return True
    if not has_unit and _PLATE_LETTER_BEFORE.search(before[-3:]) and _PLATE_LETTERS_AFTER.match(after):
        return True  # a licence plate with one letter before its digits: "T 418 DXQ", "P 123 ABC"
    if (
        not has_unit
        and not num.currency
        # (the pattern needs "IMO" or "MMSI", or a last word opening on a capital then one blank: the cheap tests first)
        and (_may_hold(low_before, ("imo", "mmsi")) or _capital_word_ends(before[-60:]))
        and _VESSEL_ID_BEFORE.search(before[-60:])
    ):
        return True  # "IMO Registration No: 8778275", "the F/V Jin Li 961": a vessel's number or name
    if (
        not has_unit
        and not num.currency
        and before[-1:] in (" ", "-", "–")
        # (the pattern ends in its joint, then blanks)
        and before[-24:].rstrip().endswith(("to", "-", "–", "and", "through", "until", "till"))
        and _DAYS_SPAN_BEFORE.search(before[-24:])
    ):
        return True  # "in a week of operations from Nov. 10 to 16": the span's last day
    if _BRACKETED.search(before[-3:]) and after[:2].lstrip().startswith("]"):
        return True
    written = num.written
    if (
        written[:1] == "0"
        and len(written) > 1
        and written[1:2].isdigit()
        and not (len(written) == 2 and _LOWER_NOUN_AFTER.match(after))
        and not (has_unit and _LEADING_ZERO_MASS.fullmatch(written))
    ):
        # a leading zero: a code, a phone or a reference number (but "apprehended 02 suspects", "03 sacks":
        # two digits before a noun are a count, as South Asian releases write small ones; and "01.284 kg",
        # "05.150 kilos": a mass so written, two digits before the point)
        return True
    if not num.currency and not has_unit and (_RANGE_AFTER.match(after) or _CODE_AFTER.match(after)):
        return True  # a range "24 to 30 September"; a code "MS13", "COVID-19"
    if _CODE_BEFORE.search(before, max(0, len(before) - 2)):
        return True
    if _RATE_AFTER.match(after):
        return True
    if (
        not has_unit
        and not num.currency
        and before[-1:].isspace()
        and _may_hold(low_before and low_before[-30:], ("by",))
        and _AGENT_BEFORE.search(before[-30:])
        # ("boosted by 14 arrests", "accompanied by 12 seizures": events or goods counted are results)
        and not any(w in _EVENTS or w in _GOODS or w in _ARREST_NOUNS for w in _head_words(after)[:2])
    ):
        return True
    if not has_unit and not num.currency and _PATROL_CRAFT_AFTER.match(after):
        return True  # "Two patrol boats of the ministry detained two vessels": the enforcers' own craft
    listed = None if has_unit or num.currency else _LISTED_ADJECTIVES_NOUN.match(after)
    if (
        listed
        and listed.group(2) in _NOT_COUNTED
        and not any(_is_counted_noun(w.strip(",")) for w in listed.group(1).split())
        # (adjectives, no verb: not "monitored 24,000 flights and deployed officers")
        and not any(w.strip(",").endswith(("ed", "ing")) for w in listed.group(1).split())
    ):
        return True  # "more than 150 federal, state and local officers": who took part, not what was done
    head = _HEAD_NOUN.match(after)
    if head and not has_unit and not num.currency:
        head_words = head.group(1).split()
        for k, word in enumerate(head_words):
            low = word.lower()
            if low in _NOT_COUNTED:
                if low in _STAFF_WORDS and staff_arrested is not None and staff_arrested():
                    break  # "42 police officers had also been arrested": the force's own people, arrested
                if low in _STAFF_WORDS and _staff_word_as_adjective(head_words[k + 1 : k + 3]):
                    continue  # "21 police search warrants were carried out", "14 police raids": the force's deeds
                if low in _INFRASTRUCTURE and (_TAKEN_DOWN_BEFORE.search(before) or _TAKEN_DOWN_AFTER.match(after)):
                    # "dismantled two workshops", "shut down 14 call centres", "6 call centres shut down":
                    # workshops and centres taken down, not held for training or taking part
                    break
                if low in _AREAS and crops_destroyed is not None and crops_destroyed():
                    # "destroyed 255 hectares of cannabis farms", "66 acres of cultivated poppy were also destroyed":
                    # crops destroyed, an outcome (not "lost 1,900 hectares of forest", "coca covered 253,000 hectares")
                    break
                if low == "operations" and (
                    _ACTIONS_DONE_BEFORE.search(before)
                    or _ACTIONS_DONE_AFTER.search(after)
                    or _RESULTS_IN_OPERATIONS_BEFORE.search(before)
                    or (_OPERATIONS_LED_TO_AFTER.match(after) and not _OPERATIONS_TOLD_BEFORE.search(before))
                ):
                    # "carried out 7,412 operations", "11 operations conducted": actions done, counted; and those the
                    # results came in ("recovered 23.8 kg of drugs in six operations", "arrested following 27 anti-drug
                    # operations"), or that led to them ("PDEA said 60 operations resulted in the arrest of 87"; not
                    # "the two operations resulted in …", which names drives told before)
                    break
                if low == "units" and (_UNITS_OF_GOODS.match(after) or _UNITS_CLOSING.match(after)):
                    # "212 units of computer equipment", "seized computer equipment – over 300 units": a count of
                    # the goods ("12 units of the police" is not)
                    break
                return True
            if low == "and" and k and head_words[k - 1][:1].isupper() and head_words[k + 1 : k + 2] != []:
                if head_words[k + 1][:1].isupper():
                    continue  # "14 Latin American and Caribbean countries": adjectives joined
            if low in _HEAD_STOP or _is_counted_noun(low) or k >= 2 and not word[:1].isupper():
                break
    return False


# A calibre or gauge in brackets right after a count: "(7.62)", "(9mm)", "(5.56 mm)", "(.45)", "(12-gauge)"
_CALIBRE_IN_BRACKETS = re.compile(
    r"[ \t]*\((?:\d{1,2}(?:\.\d{1,3})?|\.\d{2,3})[ \t]?(?:mm|cal(?:ibre|iber)?|-?gauge)?\)[ \t]+(?=[A-Za-z])", re.I
)


# An adjective's endings ("international", "foreign", "male", "Nigerian", "domestic", "illegal")
_ADJECTIVE_SUFFIX = r"(?:[^s]al|ic|ive|ous|ian|ese|ish|ary|ern|ign|ale|able|ible)"
_ADJECTIVE_ENDING = re.compile(_ADJECTIVE_SUFFIX + "$")
# The next count of a pair and its own adjective, up to the noun both share: " and 14 regional "
_SHARED_NOUN_AFTER = re.compile(rf"\s+(?:and|or)\s+(?:\d[\d,.]*|[a-z]+)\s+([A-Za-z][a-z-]*{_ADJECTIVE_SUFFIX})\s+")


_ROLE_NOUNS_FOR_ITEMS = words("role_nouns")
# (an "of" after these opens no phrase of the goods: "gold bars out of the arrival area", "most of the money")
_NOT_BEFORE_ITS_OF = frozenset({"out", "most", "some", "all", "many", "one", "part", "rest", "much", "none", "each"})


def _people_word(word: str) -> bool:
    """A noun of people: "members", "leaders", "officers" (a post's plural)."""
    low = word.lower()
    return low in _PEOPLE or low in _ROLE_NOUNS_FOR_ITEMS or low[:-1] in TITLE_WORDS_LOWER


def _names_the_good(word: str) -> bool:
    """Whether a word before a bracketed amount may be the good's name: no small word, verb or participle."""
    return word not in _NOT_A_GOOD_BEFORE_BRACKET and not word.endswith(("ed", "ing")) and not _is_cue_word(word)


# A verb of its own right before the count, after "and" or a comma: "seized 97,204 kilos of cocaine and dismantled 56
# drug trafficking structures" (a word in -ed there is the next clause's verb; one that describes goods stands after an
# article or after the count: "and an estimated 56", "56 seized rifles")
_OWN_VERB_BEFORE_COUNT = re.compile(r"(?:,|\band)\s+(?!hundred\b)[a-z]+ed\s+$")


def _goods_list_gap(text: str, start: int, end: int) -> bool:
    """Whether the text between two counts of one list is the first's goods and a list's separator: a comma, "and"
    or a dash, with no verb of a clause of its own and no sentence's end."""
    gap = text[start:end]
    return (
        ("," in gap or " and " in gap or "–" in gap)
        and not any(c in gap for c in ".;:!?\n")
        and not _FINITE_VERB.search(gap)
        and not _CLAUSE_OPENER.search(gap)
        and not _OWN_VERB_BEFORE_COUNT.search(gap)
    )


def _own_clause_after(text: str, end: int) -> bool:
    """Whether a verb of its own follows the count's goods: "… while 300 rounds of ammunition remain missing"."""
    return _OWN_VERB_AFTER.match(text, end, min(len(text), end + 80)) is not None


# A letter or a digit (what str.isalnum holds: \w but the underscore)
_ALNUM_CHAR = re.compile(r"[^\W_]")
# Nouns ending in "-ly" that may close an item ("medical supply"): no adverbs
_LY_NOUNS = words("figure_ly_nouns")


def _item_after(text: str, pos: int, limit: int) -> str | None:
    """The short noun phrase written after a number (and its unit)."""
    tail = text[pos:limit]
    calibre = _CALIBRE_IN_BRACKETS.match(tail)
    if calibre:
        tail = tail[calibre.end() :]  # "21 (7.62) cartridges", "33 (9mm) rounds": a calibre, then the noun counted
    of = _OF_THE.match(tail)
    tail = tail[of.end() :]
    if tail.startswith("what ") and (believed := _WHAT_IS_BELIEVED.match(tail)):
        tail = tail[believed.end() :]  # "500kg of what is believed to be syabu": syabu
    elif "what " in tail[:40]:
        tail = _OF_WHAT_IS_BELIEVED.sub(" of ", tail, count=1)  # "159 packages of what is believed to be syabu"
    if of.end() and (whole := _WHOLE_AFTER_OF.match(tail)):
        tail = tail[whole.end() :]  # "eight of the 11 cocaine laboratories": the part counts the whole's noun
    if "of" in of.group() and tail[:1] in _OPENING_QUOTES and (quoted := _QUOTED_ITEM.match(tail)):
        # '510 grams of "Ice"', "2 kg of 'shabu' in …": the goods' name in its quotes (not "of 'joker' hashish": a
        # word before the noun)
        return quoted.group(1).strip()
    if (
        tail[:1] in _OPENING_QUOTES
        and (lead := _QUOTED_LEAD.match(tail))
        and (
            any(_is_counted_noun(w) for w in _head_words(tail[lead.end() : lead.end() + 30])[:2])
            # 'two "cooks" were caught', '38 "drop-men" who laid caches': the quoted word is the noun counted
            or _QUOTED_ITEM.match(tail)
            or _CLAUSE_AFTER_QUOTE.match(tail, lead.end())
        )
    ):
        tail = lead.group(1) + tail[lead.end() :]  # '50 kg of "high-quality" heroin': a word quoted before the noun
    if "of " in tail and ('"' in tail or "“" in tail or "‘" in tail or "'" in tail):  # (what the pattern needs)
        tail = _QUOTED_AFTER_OF.sub(r"\1\2", tail, count=1)  # "22 wraps of “KUSH”": the goods' name, unquoted
    m = _ITEM_STOP.search(tail)
    if (
        m
        and (
            _ADVERB_BEFORE_PARTICIPLE.search(tail, 0, m.start())
            or (
                m.group() == "made"
                and _MADE_WHERE_BEFORE.search(tail, 0, m.start())
                and _head_words(tail[m.end() : m.end() + 30])[:1] != []
                and _head_words(tail[m.end() : m.end() + 30])[0] in _GOODS
            )
        )
        and _NOUN_AFTER_PARTICIPLE.match(tail, m.end())
    ):
        m = _ITEM_STOP.search(tail, m.end())  # "8,263 illegally held firearms": an adjective's participle
    elif (
        m
        and not tail[: m.start()].strip()
        and m.group().lower() in _NOT_VERBS
        and any(_is_counted_noun(w) for w in _head_words(tail[m.end() : m.end() + 30])[:3])
    ):
        m = _ITEM_STOP.search(tail, m.end())  # "Three loaded handguns", "12 concealed weapons": an adjective
    phrase = tail[: m.start()] if m else tail
    if "[" in phrase:
        phrase = _EDITORS_BRACKETS.sub(_editors_words, phrase)
    if pictograph := _PICTOGRAPH.search(phrase):
        phrase = phrase[: pictograph.start()]  # "27 guns 🔫", "400+ charges ⚖️" in a police post: the words before
    phrase = phrase.lstrip("+ \t")  # ("400+ charges": the sign that the count is a floor)
    found = phrase.split()
    for k in range(1, len(found)):
        # (after a word in lower case that is no label of the number: not "iPhone 15 phones", "grade 4 heroin",
        # "bags of 50 kg rice", "packs of 20 cigarettes"; "3 kg cocaine 2 kg heroin" is a list)
        if (
            _BARE_NUMBER.fullmatch(found[k])
            and found[k - 1].rstrip(",").isalpha()
            and found[k - 1].islower()
            and found[k - 1].rstrip(",") not in _NUMBER_LABELS
            and (k + 1 == len(found) or found[k + 1].lower().strip(".,") not in _SIZE_WORDS)
        ):
            # "342 felony arrests 228 misdemeanor arrests": the next count of a list (not "Category 1")
            found = found[:k]
            while found and _HEDGE_ONLY.fullmatch(found[-1]):
                found.pop()  # "cocaine some 300 nautical miles off": the next number's hedge
            break
    if "called" in found[1:-1] and any(w in _GOODS for w in _head_words(" ".join(found[: found.index("called")]))):
        # "380 grams of the synthetic drug called « kush »", "1,250 tablets of pharmaceutical drugs called nitravat":
        # the goods by their name (the name alone: "a drug called shisha and cannabis")
        named = [w.strip("«»\"“”'‘’") for w in found[found.index("called") + 1 :]]
        named = named[: named.index("and")] if "and" in named else named
        if any(named):
            found = [w for w in named if w]
    if len(found) > 2 and found[1] == "and" and found[2][:1].isupper() and _GENERIC_PEOPLE.fullmatch(found[0]):
        found = found[:1]  # "arrested around 11 people and Detective Branch arrested six": people, a new clause after
    of_at = found.index("of", 1) if len(found) > 5 and "of" in found[1:4] else 0
    of_phrase = (
        of_at > 0
        and found[of_at + 1].lower() in ("a", "an", "the")
        and found[of_at - 1].lower() not in _NOT_BEFORE_ITS_OF
    )
    if of_phrase and (_people_word(found[of_at - 1]) or len(found) > 8):
        # people without the long "of" phrase that names their body, or anything before an "of" phrase too long to
        # keep, not cut on an adjective: "members" of "members of an international criminal organisation" (not
        # "members of an international criminal")
        found = found[:of_at]
    elif not (of_phrase and "and" not in found[:of_at]):
        found = found[:5]  # (goods keep a short "of" phrase whole: "doses of a counterfeit cancer medicine")
    if found and found[0] in ("and", "or", "but", "while"):
        return None  # "Kwale with 11 and Lamu with six": the next item of a list, not what 11 counts
    for i, word in enumerate(found):
        if word.lower() in _CUE_METRIC and (
            word.lower().endswith(("ed", "en")) or word.lower() in _IRREGULAR_PARTICIPLES
        ):
            if i + 1 < len(found) and _ATTRIBUTIVE.match(" " + " ".join(found[i + 1 :])):
                continue  # "53 stolen vehicles": an adjective before the noun counted
            found = found[:i]  # "370 nabbed": the verb is not what is counted
            break
    for i in range(1, len(found)):
        if found[i].endswith("ing") and len(found[i]) > 5 and found[i - 1].endswith("s"):
            found = found[:i]  # "two tugboats pulling rafts of logs": what they did is not what is counted
            break
        if (
            found[i - 1] == "and"
            and found[i].endswith("s")
            and found[i].lower() in _CUE_METRIC
            and _CUE_METRIC[found[i].lower()] not in ("none", "other")
        ):
            found = found[: i - 1]  # "impounds 3 trucks and disrupts 2 networks": the next verb of a headline's list
            break
    if m and len(found) > 1 and found[-1].endswith("ly") and found[-1].isalpha() and found[-1].islower():
        if found[-1] not in _LY_NOUNS and len(" ".join(found)) <= m.start():
            found.pop()  # "150 chira bundles carefully hidden in a pit": the adverb of the participle that ends it
    while found and found[-1].lower() in ("of", "and", "the", "a", "an", "or", "&", "-"):
        found.pop()
    phrase = " ".join(found).strip(" -'’")
    if _ALNUM_CHAR.search(phrase) is None:  # (no letter nor digit: one search, not a test of every character)
        return None  # a quote mark or a bracket alone is no item ("Rs6.8 million` in a Markdown file")
    return phrase


def _is_cue_word(word: str) -> bool:
    """A word that is a cue or the first word of one ("taken" of "taken down")."""
    low = word.lower()
    return low in _CUE_METRIC or low in _CUE_FIRST_WORDS


def _sizes_a_noun(text: str, end: int) -> bool:
    """Whether a hyphenated measure ending at ``end`` describes the noun after
    it ("a 15-tonne dhow", "25-litre drums"), rather than being the goods'
    own amount ("a 20-kilogram plastic bag of cocaine")."""
    words = _LOWER_WORDS_AFTER.match(text, end)
    if words is None:
        return False
    following = words.group().split()
    if following[0] in _CONSIGNMENTS and len(following) > 1 and following[1] in _VEHICLES_AFTER_CARGO:
        return True  # "a 32,000-ton cargo ship": the ship's size, "cargo" a word of its name
    # "a 500-kilo shipment was seized": the shipment is the goods' amount; "4053.25-kg hashish, 783-kg morphine",
    # "5,965-kg narcotics": a drug's own amount, as South Asian press writes it (a substance, no thing a size
    # describes)
    return (
        "of" not in following
        and following[0] not in _CONSIGNMENTS
        and following[0] not in _DRUGS
        and following[0] not in _PLURAL_DRUG_WORDS  # (not "a 40-ton drug vessel", "25-litre substance drums")
    )


def _describes(text: str, end: int, cue: Cue) -> bool:
    """Whether a "none" cue just after a number only describes what is counted
    ("53 stolen vehicles were recovered"), rather than saying what happened."""
    return (
        cue.metric == "none"
        and cue.start >= end
        and len(text[end : cue.start].split()) <= 3
        and not _PASSIVE.search(text, end, cue.start)
        and (
            _ATTRIBUTIVE.match(text, cue.end) is not None
            # a participle after the noun with where the goods came from, then the passive that befell them:
            # "9,000 cartridges smuggled from Spain were seized at the port"
            or _PARTICIPLE_PHRASE_THEN_PASSIVE.match(text, cue.end) is not None
        )
    )


def _describes_noun_after(text: str, end: int, cue: Cue) -> bool:
    """Whether a "none" cue after a number's words, between an article and a noun, describes a later item of the
    list rather than says what befell the number's goods: "2 guns, 9 magazines and a stolen vehicle were seized"."""
    if cue.metric != "none" or cue.start <= end:
        return False
    if _ADJECTIVE_USE.match(text, cue.end) is None and _LETTERS_NOUN_AFTER.match(text, cue.end) is None:
        return False  # (a noun after it, in letters too: "a stolen SUV")
    if _ARTICLE_BEFORE.search(text, max(0, cue.start - 5), cue.start):
        return True
    # (or a later count's: "20 magazines, 151 cartridges and six stolen vehicles were seized")
    count = _COUNT_JUST_BEFORE.search(text, max(end, cue.start - 24), cue.start)
    return count is not None and (count.group(1)[0].isdigit() or count.group(1).lower() in NUMBER_WORDS)


_LETTERS_NOUN_AFTER = re.compile(r"[ \t]+[A-Z]{2,6}s?\b")
# A count right before a word: "six stolen", "151 smuggled"
_COUNT_JUST_BEFORE = re.compile(r"(?<![\w,.])(\d[\d,.]*|[A-Za-z]+)[ \t]+$")


_AUXILIARIES_AT_END = re.compile(r"(?:\s+(?:will|would|shall|be|been|being|have|has|had|were|was|are|is|to))+$")
_FROM_BEING_BEFORE = re.compile(r"\bfrom\s+being\s+$")
# A sum right after a count's words: "charged 200 migrants $3,000 each"
_SUM_RIGHT_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w-]*){0,2}(?:[ \t]+(?:[A-Za-z]{1,3})?[$€£¥₦₹]|[ \t]+(?:USD|EUR|GBP)[ \t]?\d)"
)
# The count's own passive of another verb after its words: "2 others were cautioned"
_OWN_OTHER_PASSIVE = re.compile(
    r"(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?:were|was|are|is|have[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?!(?:charged|indicted|prosecuted|arraigned)\b)[a-z]+ed\b"
)
_TAKEN_BACK_BEFORE = re.compile(r"(?i)\b(?:recover|froze|frozen|freez|seiz|confiscat|return|restitut|retriev)\w*\b")
_IN_LOSSES_AFTER = re.compile(
    r"[ \t]+in[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:losses|damages?)\b"
    # (the state's loss: "could have cost the country Sh76 million in lost tax revenue", "$97 million in evaded duty")
    r"|[ \t]+in[ \t]+(?:lost|evaded|unpaid|forgone)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:revenues?|tax(?:es)?|dut(?:y|ies)|excise)\b"
)
# The state's loss named before the sum: "a tax loss of over €243,000", "the excise duty evaded is estimated at CZK 11
# million", "causing an estimated tax loss of EUR 58 million"
_STATE_LOSS_BEFORE = re.compile(
    r"(?i)\b(?:(?:tax|revenue|duty|excise)\s+loss(?:es)?\s+of|(?:dut(?:y|ies)|tax(?:es)?|excise)\s+evaded\s+"
    rf"(?:(?:is|are|was|were)\s+)?(?:(?:estimated|put|valued)\s+)?at)\s+(?:{_HEDGE}\s+)?{_SUM_SIGN_BEFORE}$"
)
_OF_WHICH = re.compile(r"\bof\s+(?:which|whom|them|these|those)\b")
_DOTTED_THOUSAND = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# a plural noun in lower case after a count, an adjective perhaps before it: "6.452 coins", "6.757 marble antiquities"
_COUNTED_PLURAL_AFTER = re.compile(
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+)?(?!(?:" + "|".join(sorted(words("figure_measure_plurals"))) + r")\b)[a-z][a-z-]*s\b"
)


def _on_the_list_line_before(text: str, line_start: int, prior: int) -> bool:
    """Whether position ``prior`` is on the list line just before the line at ``line_start`` (blank lines between
    allowed), a line that opens with a list's mark."""
    if line_start - prior > 400:
        return False  # (a list's lines are short: the text between is not sliced however far the figure stands)
    newline = text.find("\n", prior, line_start)
    if newline < 0 or text[newline:line_start].strip():
        return False
    prior_line = text.rfind("\n", max(0, prior - 200), prior)  # (a list's line is short: the search is bounded)
    return (prior_line >= 0 or prior < 200) and _BULLET_LINE.match(text, prior_line + 1) is not None


_PARTICIPLE_PHRASE_THEN_PASSIVE = re.compile(
    r"\s+(?:from|into|to|through|across|via|out\s+of)\s+[^.;:,()\d]{1,40}?\s+(?:were|was|had\s+been|have\s+been)\s+"
)


# An earlier figure's number, unit and "of" just before a participle: "26,400 litres of laundered diesel".
_FIGURE_BEFORE_ITEM = re.compile(r"(?<![\d,.])\d[\d,.]*(?:\s*(?:million|billion|[a-zA-Z]{1,12}))?\s+(?:of\s+)?$")


# An earlier figure's number and its few words of item just before a participle: "4,118 bank cards issued".
_FIGURE_AND_ITEM_BEFORE = re.compile(
    r"(?<![\d,.])\d(?:[\d,.]*\d)?(?:\s+(?:million|billion))?(?:\s+(?!(?:and|or)\b)[A-Za-z-]+){1,3}\s+$"
)


def _inside_earlier_item(text: str, cue: Cue) -> bool:
    """Whether a cue only describes an earlier figure's item, so that it governs
    none of the numbers after it: a "none" cue as an adjective ("26,400 litres
    of laundered diesel, 4.2 million cigarettes …"), or any cue as a participle
    saying by whom or where ("4,118 bank cards issued by eleven banks, 1,350 SIM
    cards …", "18 servers located in Ukraine, 40 domains …")."""
    # (the earlier figure on the cue's own line: a list's last line describes nothing in the paragraph after it,
    # "* 12 rifles\n\nThe economic impact on the criminal groups is 6.1 billion pesos")
    line = text.rfind("\n", max(0, cue.start - 40), cue.start) + 1
    if cue.metric == "none" and _ATTRIBUTIVE.match(text, cue.end) is not None:
        return _FIGURE_BEFORE_ITEM.search(text, max(line, cue.start - 30), cue.start) is not None
    if not (_BY_AFTER.match(text, cue.end) or _WHERE_AFTER.match(text, cue.end)):
        return False
    if _PASSIVE.search(text, max(0, cue.start - 30), cue.start) or _PERFECT_BEFORE.search(
        text, max(0, cue.start - 12), cue.start
    ):
        return False  # "14 people have been detained in Tbilisi, including three …": the verb of the clause
    return _FIGURE_AND_ITEM_BEFORE.search(text, max(line, cue.start - 40), cue.start) is not None


# What became of people already counted as arrested: held, tried, released.
_STATUS_AFTER_ARREST = re.compile(
    r"(?i)\b(?:(?:pre-?trial\s+)?detention|await(?:s|ing)?\s+trial|remanded|released|freed|bail|withdrawn|dropped"
    r"|acquitted|convicted|sentenced|in\s+custody|jailed|deported|extradited|prosecuted|indicted|tested\s+positive"
    r"|(?:to|into)\s+(?:[\w-]+\s+){0,2}custody"  # "sent 19 of them to CBI custody": a remand
    r"|under\s+(?:[\w-]+\s+){0,2}(?:custody|arrest))\b"  # "placed under preventive custody", "house arrest"
)
_STATUS_BEFORE = re.compile(
    r"(?i)\b(?:(?:(?:pre-?trial|preventive|remand)\s+detention|custody|bail|trial|sentences?|release|indictments?)"
    r"\s+(?:[\w-]+\s+){0,2}(?:for|against|of|on)"
    # ("ordered the 24-hour detention of 97 suspects": detained, so arrested)
    r"|detention\s+(?:[\w-]+\s+){0,2}(?:for|against|on))\s+$"
)
# (a word one of which every match of _STATUS_BEFORE holds)
_STATUS_LEADS = ("detention", "custody", "bail", "trial", "sentence", "release", "indictment")
_CLAUSE_STOP = re.compile(r"[,;:.!?]|\s(?:and|but|while|whereas)\s")


def _after_the_arrest(text: str, cue: Cue, start: int, end: int, s_end: int, before: str) -> bool:
    """Whether a number near an arrest cue counts what became of people
    already arrested rather than arrests: the cue stands in another clause
    ("Of the 52 arrested, 31 are in pre-trial detention", "charges against
    eight were withdrawn") or after the number it does not govern
    ("detention for four of the suspects arrested in Greece")."""
    if (
        before[-1:].isspace()
        and _may_hold(_lowered_window(before[-40:]), _STATUS_LEADS)  # (the cheap tests first)
        and _STATUS_BEFORE.search(before[-40:])
    ):
        return True
    of_them = _OF_THEM_AFTER.match(text, end)
    if of_them:  # "Eleven of them were remanded in custody"
        limit = min(s_end, of_them.end() + 120)
        stop = _CLAUSE_STOP.search(text, of_them.end(), limit)
        clause_end = stop.start() if stop else limit
        if _STATUS_AFTER_ARREST.search(text, of_them.end(), clause_end):
            return True  # (charged ones stay a sub-count of arrests, as the issue's metrics say)
    if cue.end > start or (cue.metric != "charged" and not _CLAUSE_STOP.search(text, cue.end, start)):
        return False  # "arrested 23 people, who were later released": 23 are arrests
    limit = min(s_end, end + 200)  # a clause, not the rest of a run-on text
    stop = _CLAUSE_STOP.search(text, end, limit)
    return _STATUS_AFTER_ARREST.search(text, end, stop.start() if stop else limit) is not None


# The words of a count's item alone, between the count and its participle ("316 investigations initiated"); and the
# joint of a list between one such participle and the next count (", ", " and ", ", and ")
_ITEM_WORDS_ONLY = re.compile(r"[ \t]+(?:[\w'’-]+[ \t]+){1,4}")
_LIST_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:some|about|around|over|nearly)[ \t]+)?")


_JUDICIAL_CONTROL = r"under[ \t]+judicial[ \t]+(?:control|supervision)"
# A count's people released under a court's conditions, as Turkish and Balkan police write it
_UNDER_JUDICIAL_CONTROL = re.compile(
    r"[ \t]+(?:others?[ \t]+|of[ \t]+them[ \t]+)?(?:were|are|was|is|have[ \t]+been|has[ \t]+been)[ \t]+"
    rf"((?:(?:placed|released|put|kept)[ \t]+)?{_JUDICIAL_CONTROL})"
)
# What befell a part of those held, after its noun: sent on to treatment, or held on for inquiry ("… drug addicts are
# to be sent for rehabilitation", "… suspects are being further investigated under detention orders")
_SENT_FOR_TREATMENT = re.compile(
    r"[ \t]+(?:[A-Za-z-]+[ \t]+){0,4}?(?:(?:were|are|was|is|have[ \t]+been|has[ \t]+been|will[ \t]+be|would[ \t]+be"
    r"|are[ \t]+to[ \t]+be|is[ \t]+to[ \t]+be)[ \t]+)?(?:being[ \t]+)?(?:further[ \t]+)?"
    r"((?:sent|directed|referred|admitted|committed)[ \t]+(?:for|to)[ \t]+(?:drug[ \t]+)?rehabilitation"
    r"|investigated[ \t]+(?:under|based[ \t]+on)[ \t]+detention[ \t]+orders?)"
)
# A count placed under a court's control by a verb before it: "placed 11 under judicial control"
_PLACED_BEFORE = re.compile(r"\b(?:placed|put|kept|released)\s+$")
_PLACED_UNDER_CONTROL = re.compile(rf"[ \t]+({_JUDICIAL_CONTROL})\b")
# Between a part of the people counted and "one", the last part: its words, then a comma or "and"
_LAST_PART_GAP = re.compile(r"[ \t]+[^\d,.;:()\n]{1,40}?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
#: What one person of a breakdown is called, where no demonym names them
_ONE_OF_PEOPLE = frozenset(("citizen", "national", "foreigner", "woman", "man", "minor", "girl", "boy", "child"))
# Who made a part of the arrests, right after its number (its noun and verb perhaps between): "16 persons were
# arrested by Karnataka Police", "seven by Delhi Police", "201 were held by the National Police Service"
_HELD_BY_AGENCY = re.compile(
    r"(?:[ \t]+(?:people|persons|suspects|individuals|men|others))?(?:[ \t]+(?:were|was|have[ \t]+been|had[ \t]+been))?"
    r"(?:[ \t]+(?:arrested|held|detained|apprehended|nabbed))?[ \t]+by[ \t]+"
    r"((?:the[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:(?:and|of|for)[ \t]+)?(?:[A-Z][\w'’.-]*|\d{1,2}\b)){0,6})"
)
# Men counted beside women, or women beside men: "536 men and 10 women", "seven men and one woman" (a breakdown by
# sex, its parts named)
_GENDER_PAIR = re.compile(
    r"\s+(?:(?:adult\s+)?men\s*(?:,|and)\s*(?:\w+\s+){0,1}\w+\s+(?:adult\s+)?wom[ae]n"
    r"|(?:adult\s+)?women\s*(?:,|and)\s*(?:\w+\s+){0,1}\w+\s+(?:adult\s+)?m[ae]n)\b",
    re.I,
)
# A part of those held, named as them, then what it is: "Five of those held are Colombian nationals", "Three of the
# detainees are minors" (the words of what it is stop before a preposition: "minors in conflict with the law")
_LINK_WORD = r"(?:and|or|in|at|on|from|by|for|of|to|with)\b"
_PART_OF_HELD_IS = re.compile(
    r"[ \t]+of[ \t]+(?:those|the)[ \t]+(?:held|arrested|detained|apprehended|detainees|arrestees)[ \t]+"
    r"(?:are|were|is|was)[ \t]+(?:also[ \t]+|all[ \t]+)?"
    rf"((?:(?!{_LINK_WORD})[\w-]+[ \t]+){{0,2}}(?!{_LINK_WORD})[\w-]+)"
)
# A count's partitive of people held: "850 of the suspects", "19 of them", "six of those detained"
_PART_OF_THOSE_HELD = re.compile(
    r"[ \t]+of[ \t]+(?:(?:the|these|those)[ \t]+)?(?:[\w-]+[ \t]+)?(?:suspects|detainees|arrestees|them|those|arrested"
    r"|people[ \t]+(?:arrested|detained|held))\b"
)
# An auxiliary before a charge's verb, perhaps an adverb or an earlier verb between: "have since been charged",
# "had appeared in court and charged", "were prosecuted"
_AUXILIARY_BEFORE_CHARGE = re.compile(r"\b(?:been|were|was|are|is|have|has|had|will\s+be)\b[^.;,\d]{0,30}$")


# A comma that ends an opening phrase before a count (not one that parts thousands, nor a list's)
# ("in Poland and Great Britain, ": words of its own after the participle; not a list's "searched, 573 people")
_INTRO_PHRASE_ENDS = re.compile(r"[ \t]+[^\d,;:.\s][^\d,;:.]*,[ \t]+")
# The sentence's opening phrase up to its participle (after a dateline, if any): a preposition opens it and no
# comma or count stands in it ("MADRID – In a series of raids carried out …"; not a clause's verb: "Searches were
# commenced at three premises, six …")
_OPENING_PHRASE_TO_CUE = re.compile(
    r"(?:^|[–—:]|\s-|--)[\s\"'“‘(]*(?:In|During|Following|After|Through|Throughout|Across|Over|From|Under|Within"
    r"|Since|As\s+part\s+of|As\s+a\s+result\s+of)\b[^,;:\d\n–—]*$"
)


def _governing_cue(text: str, pos: int, limit: int, cues: list[Cue], starts: list[int]) -> Cue | None:
    """After a number and its item, the verb that governs it: "30 servers
    used for the fraud were taken offline", "337 victims identified"."""
    end = _CLAUSE_END.search(text, pos, limit)
    aside_words = 0  # the words of an aside passed over: they do not part the number from its verb
    aside = (pos, pos)  # nor do its verbs govern the number ("Three firearms, believed to be stolen, were recovered")
    # past an aside, or two: "six suspected traffickers, four of them women, were arrested", "Four men, aged 34
    # to 60, located inside the residence, were arrested"
    if end and end.group() == ",":
        opens = end.end()
        for _ in range(2):
            if not _ASIDE.match(text, opens):
                break
            aside_end = _ASIDE_END.search(text, opens, limit)
            while aside_end and aside_end.group() == "(":
                # a short bracket inside the aside goes on with it: ", identified as Gadir Shahbazov (born 1985),"
                close = text.find(")", aside_end.end(), min(limit, aside_end.end() + 40))
                aside_end = _ASIDE_END.search(text, close + 1, limit) if close >= 0 else None
            if not (aside_end and aside_end.group() == ","):
                break
            aside_words += len(text[opens : aside_end.start()].split())
            aside = (end.end(), aside_end.end())
            opens = aside_end.end()
        if opens > end.end():
            end = _CLAUSE_END.search(text, opens, limit)
    clause_end = end.start() if end else limit
    most_words = 8
    for cue in _cues_between(cues, starts, pos, clause_end):
        if cue.end > clause_end:
            break
        if aside[0] <= cue.start < aside[1]:
            continue
        if _SINCE_BEFORE.search(text, max(pos, cue.start - 30), cue.start):
            break  # "lost $32 million since the hub opened": a time clause's verb governs nothing before it
        before = text[pos : cue.start]
        words_before = before.split()[: max(1, len(before.split()) - aside_words)] if aside_words else before.split()
        if len(words_before) > most_words:
            break
        if cue.word == "involved" and text.startswith(" in ", cue.end) and len(words_before) <= 2:
            most_words = 14  # "41 persons involved in drug trafficking were detained": who they are; the verb follows
            continue
        if cue.metric == "none" and _PARTICIPLE_PHRASE_THEN_PASSIVE.match(text, cue.end, limit):
            most_words = 14  # "9,000 cartridges smuggled from Spain were seized": where from; the verb follows
            continue
        passive = _PASSIVE.search(before)
        if passive and _FROM_BEING_BEFORE.search(before):
            continue  # "saved 30 children from being trafficked": what they were saved from, not what befell them
        if not passive and _RELATIVE_WORD.search(before):
            break  # "3 men who had stolen 40 cars": what they did, in a clause of its own
        participle = (
            cue.word.endswith(("ed", "en", "down", "offline", "street", "streets", "custody", "up"))
            or cue.word in _IRREGULAR_PARTICIPLES
        )
        if not passive and len(words_before) <= 3 and _ATTRIBUTIVE.match(text, cue.end):
            continue  # "53 stolen vehicles were recovered": an adjective, the verb comes later
        if passive or (participle and len(words_before) <= 5):
            return cue
    if end and end.group() == "," and _PEOPLE.intersection(_head_words(text[pos : end.start()])[:3]):
        # people counted, then named in apposition, then their verb: "two clearing agents, Ibrahim Lawal, 39,
        # and Tunde Okeowo, 51, were arrested", "Two men on board, a 44-year-old Fijian and a 39-year-old
        # man, were arrested"
        # (or a clause of their own set off by commas: "two women, who were allegedly supplying drugs to
        # students, were taken into custody")
        verb = _APPOSITION_THEN_PASSIVE.search(text, end.end(), limit)
        if verb is not None and (
            # (an age in brackets after each name is no break: "three suspects, Jamilu Haruna (22), Mohammed
            # Hassan (23) and Aminu Umar (50), were also arrested")
            not _APPOSITION_BREAK.search(_AGE_IN_BRACKETS.sub("", text[end.end() : verb.start()]))
            or (
                _RELATIVE_OPENS.match(text, end.end())
                and not _APPOSITION_CLAUSE_MARK.search(text, end.end(), verb.start())
            )
        ):
            k = bisect.bisect_left(starts, verb.end())
            if k < len(cues) and cues[k].start == verb.end() and cues[k].metric != "none":
                # ("identified as Abdul Wahid …": a verb that names them tells no result)
                between = [
                    c
                    for c in _cues_between(cues, starts, end.end(), verb.start())
                    if not text.startswith(" as ", c.end)
                ]
                if not between:
                    return cues[k]
    return None


def _previous_line(text: str, end: int, floor: int) -> tuple[int, str] | None:
    """The line ending just before ``end`` (a newline position), not before ``floor``."""
    if end <= floor:
        return None
    start = text.rfind("\n", floor, end) + 1
    if start == 0 and floor > 0:
        return None
    return start, text[start:end]


def _list_header(
    text: str, line_start: int, lowered: str, memo: dict[int, tuple[Cue | None, bool]]
) -> tuple[Cue | None, bool]:
    """For a line in a list, the cue of the line that opens the list
    ("Seizures reported so far include:", "led to the following arrests:"),
    and whether such a line opens it at all (a heading in capitals,
    "OVERALL RESULTS", opens a list and names no metric). ``memo`` keeps
    the answer for every list line walked over, so a long list is walked
    once, not once per line."""
    if line_start in memo:
        return memo[line_start]
    floor = max(0, line_start - _HEADER_REACH)
    cursor = line_start - 1
    walked = [line_start]
    answer: tuple[Cue | None, bool] = (None, False)
    for _ in range(60):
        found = _previous_line(text, cursor, floor)
        if found is None:
            break
        start, line = found
        if start in memo:
            answer = memo[start]
            break
        cursor = start - 1
        stripped = line.strip()
        if not stripped or _BULLET_LINE.match(line) or _LINE_FIGURE.match(line) or _bare_line(text, start):
            walked.append(start)
            continue
        if stripped.endswith(":") or _LIST_OPENER.search(stripped) or _POINTING_END.search(stripped):
            cues = [c for c in find_cues(text, start, start + len(line), lowered) if c.metric != "none"]
            # "The following were seized during the searches:": the result, not the events it came from
            results = [c for c in cues if c.metric != "other"]
            answer = ((results or cues)[-1] if cues else None, True)
        elif len(stripped) <= 60 and stripped.isupper():
            answer = (None, True)  # a heading in capitals
        break
    for start in walked:
        memo[start] = answer
    return answer


# A list line that states a figure after a label: "Fraud: 14", "- Cocaine: 40 kg".
_LINE_FIGURE = re.compile(
    r"\s*(?:[-•*–·▪]\s*)?[A-Za-z][^:\n]{0,60}?(?::|\s[-–—])\s*"
    # (a hedge before the number: "Black uniform cloth: Approximately 350 meters")
    r"(?:(?i:approximately|approx\.?|about|around|some|over|more\s+than|nearly|almost|at\s+least|up\s+to)\s+)?"
    r"[\d$€£]"
)


# The words that value a seizure as crime's loss, before the sum in its sentence (see _HARM_CUES)
_HARM_BEFORE = re.compile(r"\b(economic\s+(?:impact|loss)|affectation)\b(?:[^.;!?\n]|(?<=\d)\.(?=\d)){0,120}$", re.I)


def _money_item(before: str, after: str, earlier: str = "", text: str = "", at: int = 0) -> str | None:
    """What a sum counts: "$2.2 million in cash" → cash; "cocaine valued at
    USD 1.3 billion" → cocaine value; "$19 million worth of cocaine" →
    cocaine value; "assets worth USD 3 million" → assets."""
    if (
        _may_hold(_lowered_window(before[-200:]), ("economic", "affectation"))  # (the cheap test first)
        and (harm := _HARM_BEFORE.search(before[-200:]))
        and _harm_borne_by_crime((before[-200:][harm.end(1) :] + after[:160]).lower(), 0)
    ):
        # a seizure valued as the harm it does to crime: the value of the drugs the sentence names before it ("the
        # seized cocaine represents an affectation to the criminal finances of USD 980 million"), or as written
        told = before[-200:][: harm.start()]
        told = told[max(told.rfind(". "), told.rfind("\n"), told.rfind(";")) + 1 :]
        named = [w for w in _head_words(told) if w in _DRUGS]
        return f"{named[-1]} value" if named else "economic " + ("loss" if "loss" in harm.group(1) else "impact")
    if duty := _DUTY_PAID_BEFORE.search(before[-40:]):
        # Nigerian customs' "DPV N1.2 billion", "with a DPV of": goods valued, not cash (written out as the text has it)
        return "duty paid value" if duty.group(1) == "DPV" else duty.group(1).lower()
    converted = _CONVERSION_IN_BRACKETS.match(after)
    if converted:
        after = after[converted.end() :]  # "200 million reais ($35 million) in assets": the sum's goods after it
    m = _MONEY_ITEM_AFTER.match(after)
    if m:
        # ("$418,760 in U.S. currency", "in local currency": banknotes, which the guide calls cash)
        return "cash" if _CURRENCY_AS_CASH.fullmatch(m.group(1)) else m.group(1)
    goods_in = _GOODS_IN_AFTER.match(after)
    if goods_in:
        # "€2.14 million in suspected illegal cannabis has been seized", "$3m in cocaine": the goods' value
        # (not where the goods were, "$265 million in shipping containers", nor cases counted, "worth 15 million
        # baht in eight major drug cases")
        # (nor money the goods made: "$1.2 million in heroin profits")
        phrase_words = _head_words(goods_in.group(1))
        if not _MONEY_HEADS.intersection(phrase_words) and not _EARNINGS.intersection(phrase_words):
            for word in phrase_words:
                if word in _NOT_GOODS_WORDS or word in NUMBER_WORDS or word in _CARRIERS:
                    break
                if word in _GOODS and word not in _MONEY_HEADS:
                    return f"{word} value"
    valued = _JUST_VALUED.search(before[-40:]) is not None  # "cocaine worth €212,000, …": the cocaine's value
    more = None if valued else _MORE_SUMS.match(after)
    if more:  # "J$612,000, US$14,200, £820 and CAD$350 in cash": each sum of the list is cash
        m = _MONEY_ITEM_AFTER.match(after, more.end())
        if m:
            return m.group(1)
    m = _WORTH_OF.match(after)
    if m:
        goods = m.group(1)
        if " and " in goods and _VALUED_NEXT.match(after, m.end()):
            goods = goods[: goods.rindex(" and ")]  # "$19 million worth of heroin and assets worth …": two valued items
        if stop := _ITEM_STOP.search(goods, 1):
            goods = goods[: stop.start()].strip() or goods  # "worth of horse pills, which police …": the pills
        if _head_words(goods)[:1] and _head_words(goods)[0] in _MONEY_HEADS:
            return goods  # "EUR 50.8 million worth of cash and cryptocurrencies": the money itself
        return f"{goods} value"
    following = [] if valued or not after[:1].isspace() else _head_words(after[:30])[:2]
    if following and following[0] in _GOODS and following[0] not in _MONEY_HEADS:
        return f"{following[0]} value"  # "Sh4.2m heroin", "a $19m cocaine haul": the value of the goods
    stated = _VALUE_OF_WAS.search(before[-120:]) or _PUT_VALUE_OF.search(before[-120:])
    if stated:  # "The street value of the pills seized was put at": the goods are named after "value of"
        goods = stated.group(1).split()
        if "and" in goods[1:]:
            goods = goods[len(goods) - goods[::-1].index("and") :]  # "of the firearms and illicit drugs": the last
        goods = goods[-3:]
        while len(goods) > 1 and _VERB_FORM.fullmatch(goods[0]):
            goods = goods[1:]  # "the value of the recovered drugs": the drugs'
        pronoun = len(goods) == 1 and goods[0].lower() in _PRONOUN_HEADS
        if not pronoun and not set(_head_words(" ".join(goods))) <= _HAUL_WORDS:
            return f"{' '.join(goods)} value"
        if pronoun:
            # "12 laptops, the value of which is": the goods named last before the clause
            near = [w for w in _head_words(before[-WINDOW:]) if w in _GOODS and w not in _HAUL_WORDS]
            if near:
                return f"{near[-1]} value"
        # "the total value of Antwerp's seizures": the goods seized, named before ("the estimated value of which
        # is": the goods the clause is about)
        story = text[max(0, at - 6 * WINDOW) : at] if text else (earlier or before)
        named_before = [w for w in _head_words(story) if w in _DRUGS]
        if named_before:
            return f"{named_before[-1]} value"
        return "goods value" if pronoun else f"{' '.join(goods)} value"
    cue = (
        _VALUE_CUE.search(before[-80:])
        if before[-1:].isspace() and _may_hold(_lowered_window(before[-80:]), _VALUE_CUE_LEADS)  # (cheap tests first)
        else None
    )
    if cue:
        # the noun phrase just before the value words: "cocaine valued at"
        head = before[-80:][: cue.start()]
        head = _VALUE_HEAD_TRIM.sub("", head)
        cut = _VALUE_HEAD_START.search(head)
        phrase = head[cut.end() :] if cut else head
        found = phrase.split()[-5:]
        relative = next(
            (k for k, w in enumerate(found) if k and w.lower() in ("which", "that", "where", "whose")), None
        )
        if relative is not None and (
            found[relative].lower() == "where"
            or (found[relative].lower() == "that" and found[relative - 1].lower() in SPEECH_VERBS)
        ):
            # "an apartment in Dundalk, Co Louth where cannabis worth", "Enciso noted that these items alone have a
            # value of" (what was told, not who told it): the goods after
            found = found[relative + 1 :]
        elif relative is not None:
            found = found[:relative]  # "cocaine which could have been sold for": the goods before the clause
        # who said it, or whose the goods were, is no part of them: "the Netherlands said Rotterdam's haul was
        # worth" (the haul)
        said = next(
            (k for k in range(len(found) - 2, -1, -1) if found[k] in SPEECH_VERBS or found[k].endswith(("'s", "’s"))),
            None,
        )
        if said is not None:
            found = found[said + 1 :]
        if (
            "and" in found[1:-1]
            and all(w[:1].isupper() for w in found[: found.index("and")])
            and not any(w in _GOODS or w in _MONEY_HEADS for w in _head_words(" ".join(found[: found.index("and")])))
        ):
            found = found[found.index("and") + 1 :]  # "a house in Finglas and cannabis worth": the goods after "and"
        last_sum = next((k for k in range(len(found) - 1, -1, -1) if _SUM_WORD.search(found[k])), None)
        if last_sum is not None and last_sum < len(found) - 1:
            found = found[last_sum + 1 :]  # "heroin worth Dhs134m and crystal meth worth …": the goods after the sum
        if cut and len(found) > 1 and _TRIED_TO.search(cut.group()) and found[0].isalpha():
            found = found[1:]  # "tried to smuggle cocaine worth £2 million": the infinitive's verb is no part of it
        while found and found[0].lower() in ("and", "or", "&", "as"):
            # "three cars, and cash amounting to Rp3,557,000": the list's joint is no part of it ("declared as fish
            # maw were estimated to worth": nor the word naming the cover)
            found = found[1:]
        if found and found[0].lower() in _PRONOUN_HEADS:
            found = []  # "It was valued at", "could be worth": the goods are named before
        if found and set(_head_words(" ".join(found))) <= _HAUL_WORDS | {"the", "this", "that", "entire", "whole"}:
            found = []  # "The consignment is estimated to be worth": the goods named before it
        if found and (
            _GLUED_AMOUNT.fullmatch(found[-1])
            or (len(found) > 1 and _BARE_NUMBER.fullmatch(found[-2]) and _UNIT_RE.fullmatch(found[-1]))
        ):
            # an amount ends the words before the value, no goods: "sacks of pangolin scales weighing 1.2 tonnes
            # with a market value of" (the scales), "the bags were estimated to weigh 120kg with a street value of"
            # (the goods named before)
            found = found[: len(found) - (1 if _GLUED_AMOUNT.fullmatch(found[-1]) else 2)]
            while found and found[-1].lower() in _BEFORE_AN_AMOUNT:
                found = found[:-1]
            if not any(w in _GOODS or w in _MONEY_HEADS for w in _head_words(" ".join(found))):
                found = []
        generic = _head_words(" ".join(found))[-1:] if found else []
        if generic and generic[0] in _GENERIC_DRUG_WORDS:
            # "The drug would have been worth …": the drug named last before ("the drugs" keep "drugs value")
            # (the story's last 1,440 characters, sliced only here, where a generic drug word needs them)
            story = text[max(0, at - 6 * WINDOW) : at] if text else (earlier or before)
            named_before = [w for w in _head_words(story) if w in _DRUGS]
            if named_before and generic[0] in ("drug", "narcotic", "substance"):
                return f"{named_before[-1]} value"
        if not found or not any(w in _GOODS or w in _MONEY_HEADS for w in _head_words(" ".join(found))):
            # "cocaine, or 537.6 kilograms, with a street value of": the goods named earlier
            # ("… 700 kg of methamphetamine. It was valued at": in the sentence before)
            context = (earlier or before) if not found else before
            named_before = _head_words(context[-WINDOW:])
            if not found and len({w for w in _head_words(_LAST_SENTENCE.split(before)[-1]) if w in _DRUGS}) >= 2:
                return "drugs value"  # "82.86kg of methamphetamine, … and 2.5g of ketamine, worth a total of": of all
            for word in reversed(named_before):
                if word in _DRUGS:  # "The consignment is estimated to be worth": the drugs, not phones beside them
                    return f"{word} value"
            for word in reversed(named_before):
                if word in _MONEY_HEADS:
                    return word
                if word in _GOODS and word not in ("items", "goods", "products", "bags", "packages", "parcels"):
                    return f"{word} value"
        named = [w for w in _head_words(" ".join(found)) if w in _DRUGS]
        if len(named) >= 2:
            return "drugs value"  # "cocaine, heroin and marijuana with an estimated value of": of them all
        if "and" in found[1:] and any(w[:1].isdigit() for w in found[found.index("and", 1) :]):
            # "seized 43,000 Yaba Tablets and 568 grams heroin worth": the value of the amounts listed
            drugs = named or any(w in _GENERIC_DRUG_WORDS for w in _head_words(before[-200:]))
            return "drugs value" if drugs else "goods value"
        if found and cue.group().lower().startswith(("total", "amount")):
            return " ".join(found)  # "seizures totalling EUR 1.4 million" counts the seizures' sum
        if "of" in found[:-1]:
            found = found[found.index("of") + 1 :]  # "75,000 pieces of yaba worth": the yaba's value
        where = next((k for k in range(1, len(found)) if found[k].lower() in _GOODS_PLACED), None)
        if where is not None and any(w in _GOODS for w in _head_words(" ".join(found[:where]))):
            found = found[:where]  # "the entire haul of drugs from this operation was worth": the drugs
        if "weighing" in found[1:]:
            found = found[: found.index("weighing")]  # "sacks of sandalwood weighing 2.5 tonnes with a value of"
        amount = next((k for k in range(len(found) - 2, -1, -1) if _AMOUNT_WORD.fullmatch(found[k])), None)
        if amount is not None:
            # "seized approximately 2,500 kg contraband drugs worth", "6.5 million Captagon pills worth": the goods
            # after their amount, its scale and its unit
            goods = found[amount + 1 :]
            if len(goods) > 1 and _SCALE_WORD.fullmatch(goods[0]):
                goods = goods[1:]
            if len(goods) > 1 and _UNIT_RE.fullmatch(goods[0]):
                goods = goods[1:]
            while goods and goods[0].lower() in ("and", "or", "&"):
                goods = goods[1:]
            if goods:
                found = goods
        verb = next((k for k in range(len(found) - 2, -1, -1) if _VERB_FORM.fullmatch(found[k])), None)
        if verb is not None:
            # "The navy offloaded cocaine worth", "found transporting rosewood valued at": the goods after
            # the verb ("smuggled cigarettes worth" keeps its cigarettes)
            found = found[verb + 1 :]
            while found and found[0].lower() in ("and", "or", "&"):
                found = found[1:]  # "Police arrested and goods worth": the goods
        if found:
            if found[-1].lower() in _MONEY_HEADS:
                while len(found) > 1 and "and" in found:
                    found = found[found.index("and") + 1 :]  # "heroin and assets worth" → assets
                while len(found) > 1 and (found[0].lower() in _CUE_METRIC or found[0].lower().endswith("ed")):
                    found = found[1:]  # "froze cryptocurrency worth" → cryptocurrency
                return " ".join(found)
            return " ".join(found) + " value"
        return "goods value"
    return None


_BARE_NUMBER = re.compile(r"\d[\d,.]*")
_BEFORE_AN_AMOUNT = frozenset(
    "weigh weighs weighed weighing to of about around some over nearly approximately roughly almost".split()
)
_GLUED_AMOUNT = re.compile(r"\d[\d,.]*(?i:kg|kgs|g|t|tons?|tonnes?|kilos?|lbs?)")  # "120kg", "2.5t"
# An amount as one word, bare or with its unit glued or hyphenated: "2,500", "120kg", "5,965-kg"
# (grams in lower case only: "300 4G routers" counts routers)
_AMOUNT_WORD = re.compile(r"\d[\d,.]*(?:-?(?:(?i:kg|kgs|t|tons?|tonnes?|kilos?|lbs?|grams?|kilograms?)|g))?")
# A size after a number inside an item: "rifles of 16 bore", "gold of 24 karat purity" (no next count)
_SIZE_WORDS = words("figure_size_words")
# Words a number after them labels or sizes, not a next count: "packets of grade 4 heroin", "bags of 50 kg rice"
_NUMBER_LABELS = words("figure_number_labels")
_SCALE_WORD = re.compile(r"(?i:million|billion|thousand|crore|lakh|mn|bn|m)")
# Where goods came from or lay, after the goods a sum values ("drugs from this operation", "cannabis in the car")
_GOODS_PLACED = frozenset({"from", "in", "at", "on", "inside", "aboard"})
# A verb's form before the goods a sum values (a participle of six letters or more: not "red", "speed")
# ("carrying", "ferrying": a verb of moving goods; "fruiting tops", "fishing gear" keep their -ing)
_VERB_FORM = re.compile(
    r"[a-z]{4,}ed|(?:carry|ferry|transport|smuggl|traffick|sell|mov|haul|ship|contain|hold|export|import)ing"
)
_VALUE_HEAD_TRIM = re.compile(
    r"(?:\s+(?:alone|together|in total|combined|altogether|was|were|is|are|has|have|had|been|being|be|"
    r"could|would|might|may|will|an?|with|had an?|having|an? combined|an? total|"
    # ("seize assets for a total value of": the goods before the sum's preposition)
    r"to|for|estimated|believed|said|thought|reported))*\s*$",  # "seven vehicles estimated to be worth"
    re.I,
)
# Where the phrase before a value starts: after the last word that is not part of a noun phrase.
_VALUE_HEAD_START = re.compile(
    # (a comma between digits parts thousands, no phrases: "seized 80,000 yaba tablets worth")
    r".*(?:(?:^|\n)\s*[-•*–](?=\s)|,(?!\d{3})|[;:()\n]|\b(?:of|the|its|their|seized|seizing|confiscated|confiscating"
    r"|recovered|recovering|intercepted|intercepting|found|in|to|"
    r"discovered|and the|also|including|with|were|was|had|have|has|total|a|an|some|over|nearly|about|"
    r"more than|almost|around|containing|holding|carrying|contained|held"
    # (other verbs of taking: "Investigators froze assets worth €3.4 million": the assets)
    r"|froze|frozen|freezing|blocked|restrained|forfeited|impounded|impounding|netted|netting|yielded|nabbed"
    # (a headline's present tense: "Serbian authorities seize assets for a total value of")
    # (not "finds", "freezes", "nets": nouns as often, "illegal fishing nets worth")
    r"|seizes?|confiscates?|recovers?)\b|^)\s*",
    re.I | re.S,
)


def _is_attributive_sum(before: str, after: str) -> bool:
    """An attributive sum ("a $9 million pyramid scheme") sizes the noun after it."""
    if not _ARTICLE_BEFORE.search(before[-8:]):
        return False
    following = _head_words(after[:40])[:3]
    return any(w in _SCHEME for w in following)


def _has_result_subject(text: str, lo: int, verb_start: int) -> bool:
    words_before = _head_words(text[max(lo, verb_start - 80) : verb_start])
    return any(w in _RESULT_SUBJECTS for w in words_before[-6:])


# A count marked as an inventory marks it, the sign glued to the digits and a word after: "07x bags", "3× picks"
_TIMES_MARK = re.compile(r"[xX×][ \t]+(?=[^\W\d_])")
# A sign of times between a count and its goods, spaced, as military and police inventories write it: "2 x AK 47
# rifles" (a letter after it: not "a 2 x 4 truck")
_TIMES_SIGNS = ("x", "X", "×")
_INVENTORY_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:" + _BULLET_MARK + r"[ \t]*)?$")


_BREAKDOWN_NAME = re.compile(r"[A-Z]\S*(?<![,;:])")


def unit_of(text: str, num: Number) -> tuple[str, float, int]:
    """The unit of the amount ``num`` (a currency code, the guide's unit of
    mass or volume, or "count"), the factor converting the written unit into
    it (grams → kg), and where the amount ends."""
    unit, factor, end = num.currency or "count", 1.0, num.end
    if (
        not num.currency
        and text[num.end : num.end + 1] in _TIMES_SIGNS
        and _TIMES_MARK.match(text, num.end)
        and num.written.replace(",", "").isdigit()
        and _INVENTORY_LINE_BEFORE.search(text, max(0, num.start - 12), num.start)
    ):
        # an inventory's count, opening its line: "▶️07x bags of ore", "- 12X spades" (not "a 10x increase",
        # "30x zoom cameras": a multiple)
        return unit, factor, num.end + 1
    if not num.currency:
        at = num.end
        if (
            text[at : at + 1] == ")"
            and num.start > 1
            and text[num.start - 1] == "("
            and not _BREAKDOWN_NAME.fullmatch(text[max(0, num.start - 30) : num.start - 1].rstrip().rpartition(" ")[2])
        ):
            # an amount in brackets before its unit, as some police releases write it: "(494.30) grams of heroin"
            # (not a breakdown's part after a place: "Thailand (5)"; a list's next amount is: "Shabu, (2) kilos")
            at += 1
        um = _UNIT_RE.match(text, at)
        if um and at > num.end and not um.group(0)[:1].isspace():
            um = None  # ("(3)kg" is no such amount)
        if um:
            written = um.group(1).lower()
            if written == "mt" and not (um.group(1) in ("MT", "mt") and _MT_CLOSES.match(text, um.end(1))):
                pass  # "MT" is metric tonnes before "of" or a bracket: not "Mt Elgon", "2 MT vessels", "9 MT on Monday"
            elif written not in _LETTER_UNITS or (um.group(0).strip() == um.group(1) and not um.group(0)[:1] == "-"):
                unit, factor = UNITS[written]
                end = um.end() if len(written) <= 3 else um.end(1)  # "kg." and "lbs." keep their dot, "tonnes." not
                if written in ("pounds", "pound") and _SCALED.search(num.written) and not _OF_NEXT.match(text, end):
                    unit, factor = "GBP", 1.0  # "5 million pounds": money; "600 pounds of cannabis": mass
    return unit, factor, end


_MT_CLOSES = re.compile(r"\s*(?:of\b|\()")
# Milligrams right after a drug's name (figure_drug_nouns.txt) that counted packs or pills are "of", after a pill's
# word, or after "dosed at": a tablet's strength ("4,820 cartons of tramadol 225mg", "tablets dosed at 225
# milligrams"; not a drug weighed, "heroin and fentanyl 200 mg")
_DOSE_WORD_BEFORE = re.compile(r"(?i)(?:\b([a-z]+)s[ \t]+of[ \t]+)?\b(?:([a-z]+)|dosed[ \t]+at)[ \t]+$")
_PILL_WORDS = frozenset({"tablet", "tablets", "pill", "pills", "capsule", "capsules"})
_STRENGTH_AFTER = re.compile(r"[ \t]+(?:strength|dosage|dose)\b", re.I)
_SUSPECTED_TO_HAVE_BEEN = re.compile(r"\b(?:suspected|believed|thought|alleged|said|reported)\s+to\s+have\s+been\s+$")


def _describes_an_earlier_item(text: str, cue: Cue, near: list[Cue]) -> bool:
    """Whether a verb of no result before a number describes the item of a number just before it (a list goes
    on past it): the count's words end within 60 characters before the verb."""
    window = text[max(0, cue.start - 60) : cue.start]
    last = None
    for last in _COUNTED_WORD.finditer(window):  # noqa: B007 (the last count before the verb)
        pass
    if last is None:
        return False
    item_end = max(0, cue.start - 60) + last.end()
    return _describes_after(text, item_end, cue, near, cue.start)


def _describes_after(text: str, end: int, cue: Cue, near: list[Cue], at: int) -> bool:
    """Whether a verb of no result after the counted goods ("stolen from",
    "smuggled in") describes them rather than says what happened, where a
    result verb before the number says that ("recovered 603 litres of
    diesel stolen from contractors"). A passive is the sentence's own verb
    ("perfume worth EUR 410,000 had been stolen in"), unless a relative
    pronoun makes it a description again ("girls who had been recruited in")."""
    if _SUSPECTED_TO_HAVE_BEEN.search(text, max(end, cue.start - 40), cue.start):
        # "17 motorcycles suspected to have been stolen and used in robberies": what is believed of the goods
        return any(c.metric != "none" and c.word not in _VALUE_CUES and c.end <= at for c in near)
    if not _RELATIVE_PREPOSITION.match(text, cue.end):
        return False
    if _PASSIVE.search(text, end, cue.start) and not _RELATIVE_PRONOUN.search(text, end, cue.start):
        return False
    return any(c.metric != "none" and c.word not in _VALUE_CUES and c.end <= at for c in near)


def _in_verbs_list(text: str, pos: int, near: list[Cue]) -> bool:
    """Whether the number at ``pos`` is an item of a list a verb before it opened: "seized 14 trucks,
    6 tractors and 9 chainsaws, and 23 sawmills were embargoed" (6 and 9 are seized, not embargoed);
    not a list after a clause of its own ("raided three homes, and 2 tonnes …, 40 firearms … were seized")."""
    for cue in reversed(near):
        if cue.end > pos or cue.metric == "none":
            continue
        between = text[cue.end : pos]
        joint = between.rstrip()
        if joint.endswith(", and") or joint.endswith(" and"):
            joint = joint[: joint.rfind("and")]  # the list's last joint, with or without a serial comma
        return (
            _DIGIT.search(between) is not None
            and ", and " not in joint
            and ";" not in between
            and _LIST_BETWEEN.fullmatch(between) is not None
            and not _FINITE_VERB.search(between)
        )
    return False


_COUNTED_THINGS_ONLY = re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]{2,}s(?:[ \t]+of[ \t]+[\w -]{1,40})?")
_OF_THE_PART = re.compile(r"\s+of\s+(?:the|them|those|these)\b", re.I)


def _bare_item(text: str, a: int, b: int, *, in_list: bool = False) -> bool:
    """Whether the clause at ``a:b`` (after a ";") is a list's item: goods, an amount or a sum, and no verb of
    its own but the passive that closes a list ("…; 30 kg opium were recovered"); not a clause of its own
    ("…; 4 suspects remain at large", "…; Rs 1.2 million was still missing", "…; 12 people were questioned").
    ``in_list``: the clauses before it are a list's items already, and any count without a verb of its own
    goes on with them ("include 38t of bushmeat; 2.4t of ivory; 31 live primates; 17 big cats")."""
    clause = text[a:b].rstrip(" \t;.")
    passive = _LIST_CLOSING_PASSIVE.search(clause)
    head = clause[: passive.start()] if passive else clause
    if _FINITE_VERB.search(head) or _CLAUSE_VERB.search(head):
        return False
    num = _ITEM_AFTER_SEMICOLON.match(clause)
    rest = clause[num.start("n") :] if num else clause
    digits = len(_DIGIT_RUN.match(rest).group()) or (num.end("n") - num.start("n") if num else 0)
    counted = rest[digits:]
    if in_list:
        # (a count of people, or a part of something, is a clause of its own whatever its verb: "…; 2 suspects
        # still on the run", "…; 2 of the boats sank")
        return not (_PEOPLE.intersection(_head_words(counted)[:3]) or _OF_THE_PART.match(counted))
    if _UNIT_RE.match(rest, digits) or _CURRENCY_BEFORE_DIGIT.search(clause[: num.end()]):
        return True
    if _GOODS.intersection(_head_words(counted)[:2]):
        return True
    # a count of things no list of goods names, right after the number, and the clause no more than that:
    # "seized 2,829,950 cartridges of various calibers; 14,722 chargers; 128 long weapons …" (not "…; eight in
    # Dubai", "…; 4 suspects remain at large")
    head = _head_words(counted)[:3]
    return (
        _COUNTED_THINGS_ONLY.fullmatch(counted) is not None
        and not _PEOPLE.intersection(head)
        and not _OF_THE_PART.match(counted)
    )


def _join_semicolon_lists(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences with a list's items joined where ``;`` parts them ("recovered 5.1 kg heroin; 33.9 kg
    ganja; 3.3 kg charas and 30 kg opium"): the splitter cuts at every ``;``, but an item that opens on an
    amount, on the same line, belongs to the clause before it, whose verb governs it (and to the clause
    after, where the list's verb stands last: "…; 30 kg opium were recovered")."""
    out: list[tuple[int, int]] = []
    headline_end = text.find("\n")  # (a headline's ";" parts two clauses: "… seize 760kg meth; 8 Iranians held")
    joined = 0  # items joined to the sentence being built
    for a, b in sentences:
        if (
            out
            and a > headline_end >= 0
            and text[out[-1][1] - 1 : out[-1][1]] == ";"
            and "\n" not in text[out[-1][1] : a]
            and _ITEM_AFTER_SEMICOLON.match(text, a)
            and _bare_item(text, a, b, in_list=joined > 0)
        ):
            out[-1] = (out[-1][0], b)
            joined += 1
        else:
            out.append((a, b))
            joined = 0
    return out


#: Whether find_figures may drop a number before the text's first figure as soon as it is read (see
#: _nothing_to_count); a switch for the test that proves the results the same without it
_EARLY_EXIT = True
_EARLY_EXIT_SENTENCE = 5000  # the longest sentence whose cues the early exit reads first
# the words of an item that give a metric by themselves, or a count of papers (see "Metric" in find_figures)
_METRIC_FIRST_WORDS = frozenset({"arrests", "arrested", "detentions", "apprehensions", "rescues"})
_METRIC_LAST_WORDS = frozenset({"arrests", "detentions", "apprehensions"})
_PAPERS_FIRST_WORDS = frozenset({"arrest", "search", "detention"})


def _count_item_start(text: str, end: int) -> int:
    """Where the goods of a bare count (no unit, no money) ending at ``end`` begin: past a hedge in brackets
    ("4200(approx) tablets") or a spaced sign of times ("recovered 2 x AK 47 rifles, 3 X magazines": the sign is no
    part of the goods; a letter after it, not "a 2 x 4")."""
    if text.startswith("(", end) or text.startswith(" (", end):
        hedged = _HEDGED.match(text, end)
        return hedged.end() if hedged else end
    if text[end : end + 1] in (" ", "\t") and text[end + 1 : end + 2] in _TIMES_SIGNS:
        times = _TIMES_MARK.match(text, end + 1)
        if times:
            return times.end()
    return end


def _nothing_to_count(text: str, num: Number, end: int, before: str, hi: int, s_start: int) -> bool:
    """Whether a bare count (no unit, no money) in a sentence with no cue, before the text's first figure and on no
    list's line, can reach neither a metric nor a cue in find_figures: what it counts names nothing a rule reads
    ("中 1 Ж", "12 for fraud"), and none of the patterns that give an item or a metric without a cue or a figure
    before follows or opens it. Each test is the necessary part of a rule of find_figures, asked as that rule asks
    it (the same item, read from the same place), or more broadly."""
    item_from = _count_item_start(text, end)  # (as find_figures reads a bare count's item)
    if (
        _OF_ONE_GROUP.match(text, end, min(hi, end + 80))  # "22 of a drug trafficking racket": its members
        or _RESCUED_SUBJECT.match(text, s_start, num.start)  # "The victims, 29 Nigerians, …"
    ):
        return False
    item = _item_after(text, item_from, min(hi, item_from + 100))
    if item is None:
        # (an item found elsewhere: "Of the firearms, 31 were …", "Most of the heroin – 212 kg –"; a headline's
        # people held: "Three held after raid")
        return not (
            _AMOUNT_IS.match(text, end, min(len(text), end + 20))
            or _APPOSITION_OPEN.search(before[-40:])
            or _HEADLINE_HELD_AFTER.match(text, end, min(len(text), end + 90))
        )
    split = item.split()
    if not split:
        return False
    first, last = split[0].lower(), split[-1].lower()
    item_words = _head_words(item)
    return not (
        first in _METRIC_FIRST_WORDS
        or first in _PAPERS_FIRST_WORDS
        or last in _METRIC_LAST_WORDS
        or item in ("those", "these")  # ("318 of those detained as victims")
        # (a capitalised participle, "17 Held as Police Seize …"; an adjective before the next count's noun)
        or (" " not in item and (item.lower() in _ARRESTED_PARTICIPLES or _ADJECTIVE_ENDING.search(item)))
        or _counts_events(item)
        or _event_noun_closes(text, end, item)
        or _counts_migrants(item_words)
        or any(w in _GOODS or w in _GOODS_SINGULAR or w in _PEOPLE for w in item_words)
        or _demonym(item)
    )


def find_figures(
    text: str,
    exclude: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    places: list[tuple[int, int]] | None = None,
    numbers: list[Number] | None = None,
) -> list[RawFigure]:
    """Every operational figure in ``text``; spans in ``exclude`` (entity
    names) are skipped; ``places`` (location spans) let a breakdown by
    place ("Chile (3)", "9 in Moldova") carry its scope; ``numbers`` are the
    text's numbers when the caller has read them (``find_numbers``)."""
    exclude = exclude or []
    if sentences is None:
        sentences = sentence_spans(text)
    if ";" in text:
        sentences = _join_semicolon_lists(text, sentences)
    lowered = lower_same_length(text)
    first_break = text.find("\n")  # (the headline's line ends there: found once, not from the start for each number)
    place_at_start = {a: b for a, b in places or []}
    place_at_end = {b: a for a, b in places or []}
    name_ends = {b for _, b in exclude}  # where an operation's or a body's name ends
    sentence_cues: dict[tuple[int, int], tuple[list[Cue], list[int]]] = {}
    headers: dict[int, tuple[Cue | None, bool]] = {}
    # the lines of a results list whose label is a place ("• Ogun – 41 suspects, 6,870kg skunk"): the place
    listed_lines: dict[int, str] = {}
    figures: list[RawFigure] = []
    tabled = _table_figures(text, lowered, sentences, lambda a, b: place_at_start.get(a) == b)
    excluded = _Spans(exclude + [(f.start, f.end) for f in tabled])
    per_sentence: dict[int, int] = {}
    examined = 0
    for num in itertools.islice(iter_numbers(text) if numbers is None else numbers, 2 * MAX_PER_DOCUMENT):
        if excluded.holds(num.end - 1):
            continue  # a number inside a name ("Trigger 12"); "HK$" before a sum may be a name, its digits are not
        s_start, s_end = sentence_at(sentences, num.start)
        if not (s_start <= num.start < s_end):
            s_start, s_end = num.start, num.end
        seen_here = per_sentence[s_start] = per_sentence.get(s_start, 0) + 1
        examined += 1
        if seen_here > MAX_PER_SENTENCE:
            continue
        if examined > MAX_PER_DOCUMENT:
            break
        if text[num.end : num.end + 1] in ("+", "-") and (plus := _PLUS_AFTER.match(text, num.end)):
            # a hedge glued after the digits: "100+ arrests", "4,500-plus grams of cocaine" (the unit and the
            # goods are read after it; the value is the number written, as for "more than")
            num = replace(num, end=plus.end())
        lo, hi = max(s_start, num.start - WINDOW), min(s_end, num.end + WINDOW)
        in_segment = False
        if "|" in text[lo:hi]:
            # a line of parts set apart by bars ("Arrests 873 | Vehicles recovered 241"): each part its own clause
            bar = text.rfind("|", lo, num.start)
            if bar >= 0 and "\n" not in text[bar : num.start]:
                lo, in_segment = bar + 1, True
            bar = text.find("|", num.end, hi)
            if bar >= 0 and "\n" not in text[num.end : bar]:
                hi = bar
        after = text[num.end : hi]
        before = text[lo : num.start]
        unit, factor, end = unit_of(text, num)
        if (
            unit == "kg"
            and factor < 1e-5
            and (
                (
                    (dose := _DOSE_WORD_BEFORE.search(text, max(0, num.start - 40), num.start)) is not None
                    and (
                        dose.group(2) is None
                        or dose.group(2).lower() in _PILL_WORDS
                        or (dose.group(1) is not None and dose.group(2).lower() in _DRUGS)
                    )
                )
                or _STRENGTH_AFTER.match(text, end)
            )
        ):
            # "4,820 cartons of tramadol 225mg", "tablets dosed at 225 milligrams", "of 225mg strength": a tablet's
            # strength, no amount seized (W's gold never counts one, in 15 of 15)
            continue
        if figures and figures[-1].sentence_start == s_start and _PART_OF_IT_AFTER.match(text, end):
            continue  # "seized 4.5 tonnes of cocaine, about 2 tonnes of it hidden in bananas": a part, not more
        if end == num.end + 1 and unit == "count":
            after = text[end:hi]  # (an inventory's "07x bags": what follows the sign is what is counted)
        if unit == "count" and not num.currency and text.startswith(" and ", num.end):
            # the unit said once for two amounts: "seized 900 and 1,250 pounds, respectively" (not a range's
            # start: "between 2 and 5 kg")
            shared = _UNIT_AFTER_NEXT.match(text, num.end)
            if shared and not _BETWEEN_BEFORE.search(text, max(0, num.start - 10), num.start):
                written = shared.group(1).lower()
                if written in UNITS and written not in _LETTER_UNITS:
                    unit, factor = UNITS[written]
        money = bool(num.currency) or unit == "GBP"
        if (
            money
            and _IN_LOSSES_AFTER.match(text, end, min(len(text), end + 50))
            and not _TAKEN_BACK_BEFORE.search(text, max(0, num.start - 40), num.start)
        ):
            # "uncovered over $193 million in global financial losses": the victims' losses, no result (not
            # "recovered $1.2 million in losses for victims", "froze £3 million in potential losses")
            continue
        if money and _STATE_LOSS_BEFORE.search(before[-70:]):
            continue  # "the excise duty evaded is estimated at CZK 11 million": the state's loss, no result
        if money and _LAUNDERED_BEFORE.search(before[-50:]):
            continue  # "used 45 stooge accounts to launder HK$239 million": what the offenders did, no result
        if money and _EARNED_BEFORE.search(before[-60:]) and _YEARLY_AFTER.match(text, end):
            continue  # "This activity generated approximately €3 billion annually": the trade's income, no result
        if (
            unit == "count"
            and not money
            and _DOTTED_THOUSAND.fullmatch(num.written)
            and _COUNTED_PLURAL_AFTER.match(text, end)
        ):
            # a count has no fraction: "6.757 antiquities", "7.700 coins" are thousands parted by a stop, as
            # continental releases write them (one group; two or more, "1.250.000", are read so already)
            num = replace(num, value=float(num.written.replace(".", "")))
        if (
            unit == "count"
            and not money
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].unit in _WEIGHED_UNITS
            and _OF_WORD_AFTER.match(text, num.end)
            and _ITEM_THEN_JOINT.fullmatch(text, figures[-1].end, num.start)
            and _WHOLE_UNIT_WRITTEN.search(text, figures[-1].start, figures[-1].end)
        ):
            # the unit said once for two amounts: "202 kilograms of marijuana and 100 of hashish"
            unit = figures[-1].unit
        has_unit = unit != "count" and not money
        # A bare count before the text's first figure, on no list's line, in a sentence with no cue, whose item names
        # nothing a rule reads ("中 1 Ж", "12 for fraud; 12 for fraud; …"): every test below ends it at "no metric and
        # no cue", so it is dropped here, for speed only. This relies on what each rule below that gives a metric, a
        # cue or an item needs, and on what changes state a later number reads: a cue in reach (cues come from the
        # sentence's own, a label's or a list header's: no cue, no line start within WINDOW); a figure before (the
        # comparison's append, the list that goes on, the parent of a part, the bracketed conversion: none yet); a
        # unit or money (weights, fines, values: neither); the item (its own metric words, goods, people, events,
        # migrants, papers: see _nothing_to_count). A new rule that gives a metric without these must be added there
        # (tests/test_figures_early_exit.py compares the results with _EARLY_EXIT off).
        if (
            _EARLY_EXIT
            and not figures
            and not has_unit
            and not money
            and num.start >= WINDOW
            and text.rfind("\n", num.start - WINDOW, num.start) < 0
        ):
            found = sentence_cues.get((s_start, s_end))
            if found is None and s_end - s_start <= _EARLY_EXIT_SENTENCE:
                # (read once per sentence, as below; a long one's only where a number gets that far: "the operation
                # began in 2008 and …" a megabyte long holds only years, which go no further than _skip_number)
                cues = find_cues(text, s_start, s_end, lowered)
                found = sentence_cues[(s_start, s_end)] = (cues, [c.start for c in cues])
            if found is not None and not found[0] and _nothing_to_count(text, num, end, before, hi, s_start):
                continue
        if _OR_MORE_AFTER.match(text, end):
            continue  # "to distribute 400 grams or more of a mixture", "5 kilograms or more": a bound, not an amount
        if (
            money
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].unit.isupper()
            and figures[-1].unit != (num.currency or unit)
            and _SUM_WORTH_GAP.fullmatch(text, figures[-1].end, num.start)
        ):
            continue  # "USD 90,000 worth Rs 73 lakh was recovered": the sum just stated, in another currency
        if money and _FACE_VALUE_AFTER.match(text, end):
            continue  # "fake currency …, mostly of Rs 2,000 denomination", "in $100 bills": a note's face value
        if money and _UNIT_PRICE_BEFORE.search(before[-90:]):
            continue  # "the minimum street price of a meth pill in Bangkok is around 30 baht": one unit's price
        if num.written.lower() == "a" and _PRICE_AFTER.match(text, end):
            continue  # "a kilogram of cocaine sells for about €35,000": a market's price, no amount seized
        if has_unit and _EACH_AFTER.match(text, end):
            continue  # "9,340 bags of rice of 50kg each": the size of each, not an amount seized
        if "ach" in before and _EACH_HOLDS_BEFORE.search(before[-50:]):
            # "954 boxes. Each box contained 500 packets, each packet with 20 cigarettes": what one of them holds
            continue
        if has_unit and _PACKAGE_SIZE_BEFORE.search(before[-40:]):
            continue  # "3,112 bags of 50kg foreign parboiled rice", "jerrycans of 25 litres": each one's size
        if (
            has_unit
            and _MILLIGRAMS.match(text, num.end, end)
            and (
                _DOSE_AFTER.match(text, end)
                or _PILLS_OF_BEFORE.search(before[-40:])  # ("fentanyl 200 mg" alone is an amount seized)
            )
        ):
            continue  # "pills of tramadol 225mg", "100 mg tablets": the strength of a dose, not an amount seized
        calibre_shaped = "." in num.written or text[num.start - 1 : num.start] == "."
        if not money and calibre_shaped and _CALIBRE_AFTER.match(text, end):
            continue  # "9mm and 5.56 ammunition", ".50-calibre rifles": a calibre
        if not money and _MILLIMETRES_AFTER.match(text, num.end):
            continue  # "9mm ammunition", "40 mm rounds", "48 pistols of 32 bore": a size
        if has_unit and text[num.end : num.end + 1] == "-" and _sizes_a_noun(text, end):
            continue  # "the unflagged, 15-tonne dhow", "25-litre drums": a size, not an amount
        if has_unit and (
            (_EACH_PACKAGE_AFTER.match(text, end) and _PACKED_IN_BEFORE.search(text, max(0, num.start - 30), num.start))
            # (a count of packages before it: "12 20-litre jerrycans of fuel", "30 50kg bags of rice")
            or (_PACKAGE_AFTER.match(text, end) and _COUNT_RIGHT_BEFORE.search(text, max(0, num.start - 16), num.start))
        ):
            continue  # "packed in individual 1kg blocks", "500g packets": the size of each package, not an amount
        if _may_hold(
            _lowered_window(text[max(0, num.start - 24) : num.start]), ("compared", "versus", "vs", "from", "against")
        ) and _COMPARISON_BEFORE.search(text, max(0, num.start - 24), num.start):
            # "seized 1,126 kg of cocaine, compared with 842 kg during the whole of 2025", "arrested 212 people,
            # up from 168 over the same period last year": the other period's figure, of the kind of the one it
            # is compared with (that figure's metric and item; a unit of its own kind, or that figure's)
            # (the figure just before it, with no other number between: "generated N1.42 billion in revenue,
            # compared to N913 million" compares no figure; "34 boats and 402 crew, compared with 29 boats and
            # 355 crew" compares the boats, whose figure is not the one just before)
            if (
                # (what no figure is, compared or not: "up from 38% in 2025", "versus 4 kg per month")
                num.is_ordinal or num.is_year or _SKIP_AFTER.match(after[:40]) or _RATE_AFTER.match(after)
            ):
                continue
            own_item = _item_after(text, end, min(hi, end + 100))
            counted = unit == "count" and not money
            if counted and not (own_item and any(_is_counted_noun(w) for w in _head_words(own_item)[:3])):
                own_item = None  # "up from 168 a year earlier": no noun of its own, the base's item
            if not counted and own_item and not _GOODS.intersection(_head_words(own_item)):
                own_item = None  # "compared with 37.2 tonnes the year before": the base's goods
            # the figure compared with: the nearest before it in the sentence of the same kind, with only years and
            # the sentence's other figures between ("seized 612 illegal firearms and 14,908 rounds of ammunition,
            # compared with 588 firearms"; "5.2 tonnes … 1,042 suspects in 842 cases during the first nine months of
            # 2026, compared with 4.9 tonnes")
            starts_here = {f.start for f in figures if f.sentence_start == s_start}
            base = None
            for candidate in reversed(figures[-4:]):
                if candidate.sentence_start != s_start or num.start - candidate.end > 200:
                    break
                if (unit != "count" or money or candidate.unit != "count") and _unit_kind(unit) != _unit_kind(
                    candidate.unit
                ):
                    continue
                if (
                    counted
                    and own_item
                    and candidate.item
                    and not set(_head_words(own_item)) & set(_head_words(candidate.item))
                ):
                    continue  # another thing counted than this figure: not what it is compared with
                between = [
                    m
                    for m in _NUMBER_RUN.finditer(text, candidate.end, num.start)
                    if not _YEAR_ALONE.fullmatch(m.group())
                    and m.start() not in starts_here
                    and not _YEAR_RANGE_END.search(text, max(0, m.start() - 6), m.start())
                ]
                if not between:
                    base = candidate
                break
            if base is None:
                continue
            if counted:
                unit = base.unit
                value = num.value
            else:
                value = num.value if factor == 1.0 else float(f"{num.value * factor:.10g}")
            figures.append(
                RawFigure(
                    metric=base.metric,
                    value=value,
                    unit=unit,
                    item=own_item if own_item and not _DIGIT.search(own_item) else base.item,
                    qualifier=qualifier_before(text, num.start),
                    start=num.start,
                    end=end,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    compared_with=base.start,
                )
            )
            continue
        if (
            unit in _MASSES
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].unit in _MASSES
            and figures[-1].unit != unit
            and _DASH_GAP.fullmatch(text, figures[-1].end, num.start)
            and _same_kilograms(figures[-1].value * MASS_KG[figures[-1].unit], num.value * factor * MASS_KG[unit], 0.1)
        ):
            continue  # "32 kilograms — more than 70 pounds — of gold": the amount just stated, set off by dashes
        if (
            unit in _MASSES
            and (converted := _MASS_BEFORE.search(before[-60:]))
            and UNITS[converted.group(2).lower()][0] != unit
            and not (figures and figures[-1].end > num.start - len(before[-60:]) + converted.start())
            and _same_mass(converted.group(1), converted.group(2), num.value * factor, unit)
        ):
            # "536 kilos, or 1,181 lbs", "1.2 tonnes (2,645 pounds)": the amount just stated, in another unit, where
            # that amount is no figure (a restatement of one, a capacity): this one is none either (where it is one,
            # the conversion is read below: the figure takes the guide's unit)
            continue
        if (
            not has_unit
            and "doses" in after[:50]
            and (doses := _DOSES_AFTER.match(after)) is not None
            and (
                doses.group(1) is not None
                or _PREVENTED_AFTER.match(after, doses.end()) is not None
                or "prevent" in lowered[max(s_start, num.start - 80) : num.start]
            )
        ):
            # doses kept off the market or lethal doses are what the goods seized stand for, no goods of their own:
            # "prevented approximately 525 million doses from entering the market", "11,197,500 doses of cocaine
            # were prevented from being marketed", "57 million deadly doses of fentanyl removed from communities"
            continue
        # (the words before, even past a break the sentence splitter saw: "the Feb. 15 raids")
        if _skip_number(
            num,
            after[:40],
            text[max(0, num.start - 40) : num.start],
            has_unit=has_unit,
            staff_arrested=None if has_unit or money else functools.partial(_staff_arrested, text, num),
            crops_destroyed=functools.partial(_crops_destroyed, text, num, s_end),
        ):
            continue
        low_written = num.written.lower()
        if low_written.startswith("half") and not has_unit and not money:
            continue  # "half a tonne": the word number needs its unit
        if low_written == "one" and not has_unit:
            # (the counted noun among the next two words, or after a make's name or code: "one illegal AR-15
            # rifle", "one Glock 17 pistol")
            raw = _WORD_OR_CODE.findall(text[end : end + 60])[:6]
            made = 2
            while made < len(raw) and (raw[made - 1][:1].isupper() or any(c.isdigit() for c in raw[made - 1])):
                made += 1
            if made > 2:
                # (and a word between a make's code and the noun: "One CPX-2 9mm restricted pistol")
                made = min(len(raw), made + 1)
            nxt = [w.lower() for w in raw[:made]]
            breakdown = (
                figures
                and figures[-1].sentence_start == s_start
                and figures[-1].scope is not None
                and num.start - figures[-1].end < 60
                and (
                    text.startswith(" in ", num.end)
                    or ((each := _EACH_IN.match(text, num.end)) is not None and each.end() in place_at_start)
                )
            )  # "five in the Netherlands, three in Belgium and one in Romania": the last part of a breakdown
            if (
                not breakdown
                and text.startswith(" in ", num.end)
                and figures
                and figures[-1].sentence_start == s_start
                and not text.startswith(" of ", figures[-1].end)
            ):
                # the first part of one after its whole: "three workshops, one in Slovakia and two in Bulgaria",
                # "the arrest of six people — one in Colombia, one in Panama, …" (not of a part: "Two of the
                # people detained, one in Peru and one in Chile, were wanted")
                at = num.end + 4 + (4 if text.startswith("the ", num.end + 4) else 0)
                place_end = place_at_start.get(at)
                breakdown = place_end is not None and _NEXT_PLACE_PART.match(text, place_end) is not None
            if (
                not breakdown
                and raw
                and figures
                and figures[-1].sentence_start == s_start
                and figures[-1].metric in ("arrests", "rescued", "identified")
                and figures[-1].item
                and _LAST_PART_GAP.fullmatch(text, figures[-1].end, num.start) is not None
                and (
                    raw[0][:1].isupper()
                    or nxt[0] in _ONE_OF_PEOPLE
                    # ("seven by Delhi Police, two by Punjab Police and one by Andaman and Nicobar Police")
                    or (nxt[0] == "by" and figures[-1].item.startswith("by "))
                )
            ):
                # "eight are Argentine, two Paraguayan and one Bolivian", "four Egyptian nationals and one Syrian",
                # "two citizens of Armenia and one citizen of Azerbaijan": the last part of the people counted
                breakdown = True
            fought = (
                any(f"{w}s" in _FOUGHT for w in nxt)
                and _KILLING_NEAR.search(text, max(s_start, num.start - 40), min(s_end, num.end + 60)) is not None
            )  # "neutralised one criminal", "one terrorist was neutralized": one of those the forces fight, killed
            if (
                not breakdown
                and not fought
                and (not nxt or not any(_is_counted_noun(w) for w in nxt) or nxt[0] in ("of", "another"))
            ):
                continue  # a bare "one" is a pronoun far more often than a figure
        # fines and settlements paid or imposed are an outcome, the guide's `other` ("the nine vessels paid fines
        # totalling around USD 1.2 million", "the fines applied exceed R$ 34 million"); a law's bound is none
        fines = (
            _FINES_PAID_BEFORE.search(before[-110:])
            # (every match names its fine, settlement or penalty)
            if money and _may_hold(_lowered_window(before[-110:]), ("fine", "settlement", "penalt"))
            else None
        )
        if money and not fines and (_is_attributive_sum(before, after) or _PENALTY_BEFORE.search(before[-50:])):
            continue
        if money and _PENALTY_AFTER.match(after) and _PENALTY_RISKED_BEFORE.search(before[-80:]):
            continue  # "the defendants face up to life in prison and a possible $10 million fine": the law's bound
        if money and "declare" in before and _DUTY_TO_DECLARE_BEFORE.search(before[-120:]):
            continue  # "travellers must declare gold and cash worth more than KD 3,000": the law's bound
        if money and (_REVENUE_AFTER.match(text, end) or _REVENUE_BEFORE.search(before[-30:])):
            continue  # "generated N312.4bn in revenue", "revenue of KES 2 billion": a body's takings, not a result
        if money and _RECORDS_SHOWING_BEFORE.search(before[-40:]):
            continue  # "remittance slips showing at least PHP3.6 million received": what papers record, not money taken
        if money and (_EACH_BEFORE.search(before[-40:]) or _EACH_AFTER.match(after)):
            continue  # "charged each migrant about 1,500 dollars", "promised Dh50,000 each": a price
        if _ENUMERATION_AFTER.match(text, num.end) and _LINE_START_BEFORE.search(
            text, max(0, num.start - 8), num.start
        ):
            continue  # "1. OCHIENG Dancan Otieno, 44, …": a numbered list's number, not a count
        if text[num.end : num.end + 1] == ")" and _DAY_IN_BRACKETS_BEFORE.search(before[-16:]):
            continue  # "arrested in Kiriwewa yesterday (31)": the day of the month, as Sri Lankan press writes it
        low_before = _lowered_window(before[-100:])  # (for the cheap word tests before the patterns below)
        if (
            unit == "count"
            and not money
            and (
                _GOT_AWAY_AFTER.match(text, end)
                or (
                    _may_hold(low_before and low_before[-40:], ("search", "hunt", "looking"))
                    and _SOUGHT_BEFORE.search(before[-40:])
                )
            )
        ):
            continue  # "arrested the duo while two to three others fled": those who got away, no arrests
        if (
            _may_hold(low_before, ("guilty", "convicted", "charged", "caught"))
            and _LAW_BOUND_BEFORE.search(before[-100:])
        ) and _LAW_CONSEQUENCE_AFTER.search(text, end, min(len(text), end + 80)):
            continue  # "found guilty of trafficking more than 80 gram … could be jailed for life": the law's bound
        if _CHANGE_AFTER.match(text, end, min(len(text), end + 60)) and _CHANGE_BEFORE.search(before[-30:]):
            continue  # "totaled 283 kg in 2017, down 164 kg from 2016": the change between periods, no result
        if (
            unit == "count"
            and not money
            and _MEMBERS_OF_BEFORE.search(before[-24:])
            and not _DISMANTLED_LATER.search(text, end, min(s_end, end + 200))
        ):
            continue  # "6 members of 2 major scam gangs arrested": which groups the people counted belong to
        if _may_hold(low_before, ("hidden", "concealed", "stashed")) and _COVER_LOAD_BEFORE.search(before[-100:]):
            continue  # "cigarettes hidden in a truck transporting 24 tons of sand": the load the goods hid under
        if _may_hold(low_before and low_before[-50:], _DECLARED_LEADS) and _DECLARED_BEFORE.search(before[-50:]):
            continue  # "a container declared as carrying 1 800 carton boxes of chicken feet": the cover load
        if (
            _may_hold(low_before and low_before[-60:], ("each",))
            and (each := _EACH_WEIGHING_BEFORE.search(before[-60:])) is not None
            # (a sum in each package too: "49 bundles of currency, with each bundle containing about $100,000")
            and (not money or not each.group().rstrip().lower().endswith("of"))
        ):
            continue  # "300 slabs of cocaine, each weighing about 1kg": the size of each, not an amount seized
        if (
            not has_unit
            and not money
            and _OPEN_PAREN_END.search(before[-3:])
            and _RESTATED_IN_PAREN.match(after)
            and figures
            and figures[-1].sentence_start == s_start
            and num.start - figures[-1].end < 120
            and ")" not in text[figures[-1].end : num.start]  # (not the next bracket of a list: "…), Jamaica (88 …")
            and _place_before_bracket(text, lo, num.start, place_at_end) is None  # "in Jamaica (88 firearms)"
            # (not parts that add up to it: "95 judicial cases opened (29 for doping and 66 for medicines)")
            and _bracket_whole(text, num.start, figures) is None
        ):
            continue  # "11,740,000 cigarettes of various brands (587,000 packs)": the same goods counted again
        if _SUPERSEDED_AFTER.match(after) and _SUPERSEDED_BEFORE.search(before[-20:]):
            continue  # "15 people are now in custody, not the 12 reported earlier": a figure corrected
        near_before = before[-100:].lower()  # (cheap word tests first: the patterns are tried at every position)
        if not money and _may_be_hypothetical(near_before) and _HYPOTHETICAL.search(before[-70:]):
            continue  # "could have yielded up to 330 kg", "would have been sold as 2.4 million deals"
        if (
            (" to " in near_before[-70:] and _INTENT_BEFORE.search(before[-70:]))
            or (
                _may_hold(near_before, _CUSTODY_WORDS)
                and _may_hold(low_before, ("ask", "request", "seek", "sought", "appl"))  # (and one of these opens it)
                and _CUSTODY_REQUEST.search(before[-100:])
            )
        ):
            continue  # "aims to dismantle at least 40 …": a goal; "will ask the court to remand 11 …": a request
        if "(" in before[-12:] and (ages := _AGES_IN_BRACKETS.search(text, max(0, num.start - 12), num.end + 14)):
            if ages.start() < num.start < ages.end() and all(
                14 <= int(a) <= 99 for a in re.findall(r"\d+", ages.group())
            ):
                continue  # "two of North Macedonia (40 and 41) and three Albanians (26, 28 and 32)": their ages
        if (
            num.value < 130
            and "(" in before[-3:]
            and _PERSON_AGE_PAREN.search(before[-16:])
            and _DECADE_PAREN_CLOSE.match(after)
        ):
            continue  # "A man (42) was arrested", "a woman (30s)": an age, as Irish and British police write it
        # Ages and place breakdowns written as "Name (33)", "Chile (3)", "Family, 36,".
        breakdown_place: str | None = None
        near = before[-40:]
        near_end = near.rstrip()  # both patterns end at the window's last non-blank: "(" or ","
        paren = _NAME_AGE_PAREN.search(near) if near_end.endswith("(") else None
        if paren and _PAREN_CLOSE.match(after):
            word_end = num.start - (len(before[-40:]) - paren.end(1))
            place_start = place_at_end.get(word_end)
            if place_start is not None:
                breakdown_place = text[place_start:word_end]
            elif num.value < 130 and num.value == int(num.value):
                continue  # an age after a name
        elif (
            num.value < 130
            and near_end.endswith(_COMMA_ENDS)
            and (
                _AGE_TAIL.match(after) is not None
                or (_AGE_LINE_END.match(after) is not None and _NAME_BEFORE_LINE_AGE.search(near) is not None)
            )
            and _NAME_AGE_COMMA.search(near)
            # (a people's plural before the comma is a list's part, no name, where the count has its copula: "58
            # were Ghanaians, 27 were Nigerians"; not ages, "two Nigerians, 27 and 31, were held")
            and not (
                near_end[:-1].rstrip().endswith("s")
                and _COPULA_AFTER.match(after) is not None
                and _demonym(near_end[:-1].rsplit(None, 1)[-1] if near_end[:-1].split() else "")
            )
        ):
            comma = text.rfind(",", lo, num.start)
            name_end = comma - 1 if comma > 0 and text[comma - 1] in "\"”’»'" else comma  # (a quoted codename)
            if place_at_end.get(comma) is None and name_end not in name_ends:
                continue  # "<Given Family>, 36, was arrested" (not "During Operation Tormenta, 40 were arrested")
        if breakdown_place is None and "(" in near:
            # inside a place's bracket: "Honduras (214 firearms, 131 arrests)", "Jamaica (88 firearms)"
            breakdown_place = _place_before_bracket(text, lo, num.start, place_at_end)
        if breakdown_place is None and unit == "count" and not num.currency and "(" in before[-120:]:
            # a bracket of parts, each after its place: "27 arrests (Austria: 6, Bulgaria: 9, …)", "17 arrests
            # (Spain 6; Lithuania 4; …)"
            breakdown_place = _place_labelling_part(text, lo, num.start, place_at_end)
        # "9 in Moldova": a national part of the figure before it.
        in_place = _IN_THE.match(after) or (
            _FROM_THE.match(after) if unit == "count" and not num.currency and not has_unit else None
        )  # (people by where they come from: "131 from Canada, 72 from Brazil")
        if (
            in_place is None
            and unit == "count"
            and not num.currency
            and (people_from := _PEOPLE_FROM.match(after))
            and (place_end := place_at_start.get(num.end + people_from.end())) is not None
            and _NEXT_PART_COUNT.match(text, place_end)
        ):
            in_place = people_from
        if (
            in_place
            and num.end + in_place.end() in place_at_start
            # ("$418,760 in U.S. currency": the place names the money's kind, not where)
            and not _MONEY_NOUN_AFTER.match(text, place_at_start[num.end + in_place.end()])
        ):
            p = num.end + in_place.end()
            breakdown_place = text[p : place_at_start[p]]
        more_places: list[tuple[int, int]] = []  # (start, end) of each further place a part is told for
        if breakdown_place is None and (each_in := _EACH_IN.match(text, num.end)):
            # "two in Moldova and one each in Spain and Romania": a part of that size in each place named
            p = each_in.end()
            while p in place_at_start and len(more_places) < 12:
                more_places.append((p, place_at_start[p]))
                joint = _PLACE_JOINT.match(text, place_at_start[p])
                if joint is None:
                    break
                p = joint.end()
            if more_places:
                first = more_places.pop(0)
                breakdown_place = text[first[0] : first[1]]

        value = num.value if factor == 1.0 else float(f"{num.value * factor:.10g}")  # 144 g → 0.144 kg exactly
        found = sentence_cues.get((s_start, s_end))
        if found is None:
            # once per sentence; every use below takes only the cues near its number
            cues = find_cues(text, s_start, s_end, lowered)
            found = sentence_cues[(s_start, s_end)] = (cues, [c.start for c in cues])
        cues, starts = found
        item_from = end
        if has_unit or money:
            restated = _RESTATED_AMOUNT.match(text, end, min(len(text), end + 60))
            if restated:
                item_from = restated.end()  # "16,960 kilograms (37,400 pounds) of cocaine": the goods past the brackets
            elif unit in ("kg", "tonnes") and (part := _SMALLER_MASS_PART.match(text, end, min(len(text), end + 30))):
                item_from = part.end()  # "11 kg and 502 g of opium, smuggled …, were confiscated": one mass
        else:
            item_from = _count_item_start(text, end)
        # Metric: the nearest cue in the clause, looking both ways.
        semi = before.rfind(";")
        while semi >= 0 and _ITEM_AFTER_SEMICOLON.match(before, semi + 1):
            # "5.1 kg heroin; 33.9 kg ganja; 3.3 kg charas …": a semicolon before an amount parts a list's items,
            # not two clauses (the window bounds how many are read)
            semi = before.rfind(";", 0, semi)
        clause_start = lo + semi + 1 if semi >= 0 else lo
        if "while" in before or "whereas" in before:
            # "4,236 plants were destroyed, while 3.8 kilograms … were seized": a new clause with its own verb
            for contrast in _CONTRAST_CLAUSE.finditer(before):  # (the last one: the clause the number is in)
                clause_start = max(clause_start, lo + contrast.end())
        best: tuple[float, Cue] | None = None
        goods_counted = (
            unit == "count" and not money and bool(_GOODS.intersection(_head_words(text[end : end + 40])[:3]))
        )
        # The distance only grows away from the number, so the first cue
        # after it and the three nearest before it are all that can win.
        split = bisect.bisect_left(starts, num.start)
        near = cues[max(bisect.bisect_left(starts, clause_start), split - 3) : split]
        following = bisect.bisect_left(starts, end)
        if following < len(cues) and (
            cues[following].word in _VALUE_CUES
            or (
                cues[following].word in _VALUE_WORDS
                and _PASSIVE_AFTER_VALUE.match(text, cues[following].end, min(len(text), cues[following].end + 80))
            )
        ):
            # "140 loads worth $47 million", "37 kg of cocaine with a combined value of $4.2 million were seized": the
            # price describes the goods, it does not seize them (a value alone still tells a haul: "The pills,
            # weighing 21 kg, had a street value of …")
            following += 1
        while (
            following < len(cues)
            and cues[following].start < hi
            and cues[following].word in _VALUE_CUES
            and _DIGIT.search(text, end, cues[following].start)
        ):
            # "99 handbags, $4 million in cash, $5 million worth of properties and a car have been restrained": the
            # price of a later item of the list, not this count's verb
            following += 1
        if following < len(cues) and cues[following].start < hi:
            near.append(cues[following])
            if (
                following + 1 < len(cues)
                and cues[following + 1].start < hi
                and (
                    _describes(text, end, cues[following])
                    or _describes_noun_after(text, end, cues[following])
                    or cues[following].word == "involved"
                    # (a noun of events as a later item of the list: "164 shotguns and drugs and checks were seized")
                    or (cues[following].word in _EVENTS and " and " in text[end : cues[following].start])
                )
            ):
                near.append(cues[following + 1])  # "53 hijacked and stolen vehicles were recovered"
            elif (
                following + 1 < len(cues)
                and cues[following + 1].start < hi
                and cues[following + 1].metric != "none"
                and (aside := _RELATIVE_ASIDE_OPEN.match(text, end, cues[following].start))
                and (close := text.find(",", cues[following].end, cues[following + 1].start)) >= 0
                and not _SENTENCE_BREAK.search(text, aside.end(), cues[following + 1].start)
                and _AUX_ONLY.fullmatch(text, close + 1, cues[following + 1].start)
            ):
                # "400 kilos of marijuana, which police say was smuggled from the coast, have been seized": the verb
                # inside the aside tells of the goods; the sentence's own verb comes after it
                near.append(cues[following + 1])
        for cm in near:
            if cm.start < end and cm.end > num.start:
                continue
            if (
                cm.metric == "other"
                # (a noun of events, or a verb whose agent follows it: "an operation carried out by the police")
                and (
                    cm.word in _EVENTS
                    or (
                        cm.word in _ACTIONS_COUNTED
                        and (
                            _BY_AGENT_AFTER.match(text, cm.end)
                            or _events_object_after(text, cm.end)
                            # ("3,100 checks were carried out, in which 420 weapons … were seized")
                            or _PASSIVE_AUX_BEFORE.search(text, max(0, cm.start - 12), cm.start)
                            # (a noun of one event: "During the inspection of the package, 3,348 grams …")
                            or _DETERMINER_BEFORE.search(text, max(0, cm.start - 8), cm.start)
                        )
                    )
                )
                and cm.end <= num.start
                and (has_unit or money or goods_counted)
                # (not its own object: "the inspection of 40 kg", "inspected 214 fishing boats"; "During the
                # inspection of the package taken from him, 3,348 grams of drugs … were seized" inspected the package)
                and not _NOUN_CUE_OF.fullmatch(text, cm.end, num.start)
                and "," in text[cm.end : num.start]
                and any(c.start >= end and c.metric == "seized" for c in near)
            ):
                # "During a search drive carried out by the district police, 12 grams of smack, 450
                # capsules … were seized": a noun of events, or a verb of actions, counts events ("412
                # searches", "carried out 41 raids"), never goods after it
                continue
            if (
                cm.metric == "none"
                and cm.end <= num.start
                and cm.word.endswith("ed")
                and _ADJECTIVE_USE.match(text, cm.end)
                and _DETERMINER_BEFORE.search(text, max(0, cm.start - 8), cm.start)
                and (has_unit or money or goods_counted)  # (not "the defrauded victims, 300 people")
                and any(c.metric != "none" and c.end <= cm.start for c in near)
            ):
                continue  # "the seizure of a big haul of smuggled silver, weighing 8.4 kg": it describes the silver
            if cm.word in ("involved", "involving") and _RESULT_NOUN_BEFORE.search(
                text, max(0, cm.start - 24), cm.start
            ):
                continue  # "the haul involved 96.4 kilogrammes": what the seizure took in, the noun governs
            if cm.start > end and _SINCE_BEFORE.search(text, max(end, cm.start - 30), cm.start):
                continue  # "lost $32 million since the hub opened": a time clause's verb governs nothing
            if _describes(text, end, cm) or _describes_noun_after(text, end, cm):
                continue  # "53 stolen vehicles were recovered": "stolen" describes the vehicles
            if (
                cm.end <= num.start
                and _inside_earlier_item(text, cm)
                # (not where the number goes on a breakdown by place the participle began: "212 people arrested
                # in Kenya, 61 in Uganda, 14 in Rwanda")
                and not (breakdown_place is not None and _IN_PLACE_AFTER.match(text, cm.end))
            ):
                continue  # "26,400 litres of laundered diesel, 4.2 million cigarettes": it describes the diesel
            if (
                cm.metric == "none"
                and cm.word == "involved"
                and cm.start >= end
                and cm.start - end <= 30
                and text.startswith(" in ", cm.end)
                and _PEOPLE.intersection(_head_words(text[end : cm.start]))
            ):
                continue  # "41 persons involved in drug trafficking were detained": it says who they are
            if cm.metric == "none" and cm.start >= end and _describes_after(text, end, cm, near, num.start):
                continue  # "the recovery of 603 litres of diesel stolen from contractors": it describes the diesel
            if (
                cm.start >= end
                and cm.word in _EVENTS
                and _CONTEXT_BEFORE.search(text, max(end, cm.start - 40), cm.start)
                and any(c.metric != "none" and c.end <= num.start for c in near)
            ):
                continue  # "has seized … 164 firearms in drug investigations": the events it came in, not its verb
            if (
                cm.start >= end
                and _PARTITIVE.fullmatch(text, end, cm.start)
                and any(c.metric != "none" and c.end <= num.start for c in near)
            ):
                continue  # "identified 318 of those detained as victims": the group drawn from, not the verb
            if (
                cm.start >= end
                and cm.word in _EVENTS
                and (
                    len(text[end : cm.start].split()) > 3
                    or _CLAUSE_MARK.search(text, end, cm.start)
                    or " and " in text[end : cm.start]  # (another item of the list: "164 shotguns and checks were …")
                )
            ):
                continue  # a noun of events counts the number it is written with ("2,730 hits"), not one before it
            if cm.metric == "none" and cm.start >= end and _RELATIVE_PRONOUN.search(text, end, cm.start):
                continue  # "9 in Tanzania) were linked to a network that moved ivory": the network's deed, not the 9's
            if cm.metric == "none" and cm.end <= num.start and _describes_an_earlier_item(text, cm, near):
                # "recovered 137 head of cattle believed to have been stolen from herders, 11 kilogrammes of
                # bhang and …": the participle described the item before; the list's verb goes on
                continue

            if cm.word in _TAKEDOWN_NOUNS and not (
                cm.end <= num.start
                and _OF_BEFORE_COUNT.fullmatch(text, cm.end, num.start)
                and any(w in _INFRASTRUCTURE or w in _ONLINE for w in _head_words(after)[:3])
            ):
                continue  # "the takedown of 34 servers" (not "After the shutdown of 3 airports, 200 flights …")
            if cm.start >= end:
                dist: float = cm.start - end
                between = text[end : cm.start]
                if (
                    ("while" in between or "whereas" in between)
                    and not _RELATIVE_PRONOUN.search(between)
                    and _CONTRAST_AFTER.search(between)
                ):
                    continue  # "two smugglers fled the scene while a third was arrested": the other clause's verb
                part = _PART_BEFORE_CUE.search(between) if " of " in between else None
                if part and between[: part.start()].strip():
                    continue  # "targeted 83 camps and 225 people, 6 of which were arrested": the part's verb
                if "(" in between and has_unit:
                    # the amount's parts in brackets after it are no break between it and its verb: "3,348 grams of
                    # drugs (2,800 grams of heroin, 520 grams of methamphetamine …) were seized"
                    if parts := _PARTS_IN_BRACKETS.match(between):
                        between = between[: parts.start(1)] + between[parts.end(1) :]
                # (taking out text adds no digit: with none between, none is left)
                if (
                    _DIGIT.search(between)
                    and _DIGIT.search(_without_not_figures(between))
                    and not _OF_THEM.match(between)
                ):
                    # (a short aside in brackets is no break in the list: "4.1kg ice (crystal methamphetamine)
                    # and 16,800 tablets were recovered", "VND 740 million (US$29,100) in cash and four
                    # motorbikes were seized")
                    unaside = _SHORT_ASIDE.sub("", between) if "(" in between else between
                    if "." in unaside:
                        # (an abbreviation's point ends no list: "… and 3 cars etc. were seized", "40 pistols
                        # belonging to Dr. Khan and …", "heroin, i.e. brown sugar, …")
                        unaside = _ABBREVIATION_POINT.sub(_no_point, unaside)
                    if "which " in unaside or "that " in unaside or "who " in unaside:
                        # (nor does a relative clause set off by commas: "12 kg of heroin, which was hidden in a
                        # bag, 40 pistols and 3 cars were seized")
                        unaside = _RELATIVE_ASIDE.sub(",", unaside)
                    # (a ";" inside a sentence parts a list's items: see _join_semicolon_lists)
                    unaside = unaside.replace(";", ",")
                    passive = _PASSIVE.search(unaside)
                    if (
                        passive
                        and _LONG_LIST_BETWEEN.fullmatch(unaside)
                        # (read after the count's last digit: "12 loaded pistols and 300 cartridges were recovered",
                        # its -ed word describes the pistols)
                        and not _FINITE_VERB.search(
                            (plain := _without_manner_adverbs("0" + unaside)), 0, _PASSIVE.search(plain).start()
                        )
                        and not _in_verbs_list(text, num.start, near)
                    ):
                        dist = 60 + dist * 0.2  # "2 tonnes of cocaine, 40 firearms and USD 7,000 were seized"
                    elif (
                        "\n" not in between
                        and _LINE_END.match(text, cm.end)
                        and _LIST_BETWEEN.fullmatch(unaside)
                        and not _VERB.search(unaside)
                    ):
                        dist = 60 + dist * 0.2  # a list line closed by its participle: "4 boats and 3 cars seized"
                    else:
                        dist += 200  # a cue after a later number belongs to that number
                elif (
                    dist > 120
                    and _PASSIVE.search(between)
                    and _LONG_LIST_BETWEEN.fullmatch(between)
                    and not _FINITE_VERB.search(
                        (plain := _ADJECTIVE_PARTICIPLE.sub("x", _without_manner_adverbs("0" + between))),
                        0,
                        _PASSIVE.search(plain).start(),
                    )
                ):
                    # a long list of goods with no number in it, closed by its passive (a participle before a noun
                    # describes the goods: "three unlicensed firearms", "encrypted phones"): "over 2 million tablets
                    # containing pseudoephedrine or synthetic opioids, marijuana, amphetamines, three firearms, … and
                    # various types of ammunition were seized"
                    dist = 60 + dist * 0.2
                elif _NEW_CLAUSE.search(between) and not _PASSIVE.search(between):
                    dist += 80  # "dismantled 20 labs and 4 networks, and destroyed …": a new clause
                    if unit == "count" and not money and _OWN_OBJECT_AFTER.match(text, cm.end):
                        # "destroyed 67 dredges and 23 mining camps, and seized 18,400 litres": a verb with
                        # its own count after it governs that count, not the list before it (an amount or a
                        # sum keeps it: "shabu … with an SDP of P9,112,000, and arrested four" were seized)
                        dist += 120
            else:
                dist = (num.start - cm.end) * 1.2
                between = text[cm.end : num.start]
                if (
                    cm.metric == "other"
                    and _INTRO_PHRASE_ENDS.fullmatch(between)
                    and cm.start - s_start <= 200
                    and _OPENING_PHRASE_TO_CUE.search(text[s_start : cm.start]) is not None
                ):
                    # "In searches carried out across the country, 12 firearms and 3 vehicles were seized": a
                    # participle of the opening phrase tells of its own noun; a verb after the count, if any, is its
                    # (even after a long list: "In a series of raids carried out this Wednesday, seven vehicles, one
                    # small plane, 13 weapons, ammunition and cash were confiscated")
                    dist += 150
                if (
                    cm.metric == "arrests"
                    and unit == "count"
                    and " to " in between
                    and _ONE_HELD_THEN_MOVED.match(between)
                    and not _PEOPLE.isdisjoint(_head_words(text[end : end + 40])[:3])
                ):
                    # "arrested a man who tried to smuggle six migrants into Spain": one person held, and those he
                    # moved, no arrest of theirs
                    continue
                own = _OWN_VERB_BEFORE.search(between, max(0, len(between) - 60)) if "ed " in between else None
                if (
                    own
                    and not _is_cue_word(own.group(1))
                    and own.group(1).lower() not in _NOT_VERBS
                    # (the verb before has a count of its own first: "arrested 17 people and cautioned another 54";
                    # not "seized, weighed and photographed 40 kg", "seized a lorry and unloaded 4,000 cartons")
                    and (
                        own.group().startswith(",")  # (", according to the police, owned 22 fuel stations")
                        or _DIGIT.search(between, 0, own.start())
                    )
                ):
                    # "detained 17 people and cautioned another 54", "… and interviewed 12 others": the verb of the
                    # new clause, no result, governs its own count
                    continue
                if (
                    unit == "count"
                    and not money
                    and _RELATIVE_VERB_BEFORE.search(between[-80:])
                    and _not_goods_counted(_head_words(text[end : end + 40])[:3])
                ):
                    # "arrested 55 suspects, including a recruiter who allegedly sent more than 200 persons": the
                    # people the clause's verb counts ("who had hidden $243,000", "who were offering 14 pieces of
                    # ivory": the goods found on those arrested are seized)
                    continue
                if (
                    unit == "count"
                    and not money
                    and ("where" in between or "when" in between or "which" in between)
                    and _RELATIVE_SUBJECT_BEFORE.search(between[-40:])
                    and _not_goods_counted(_head_words(text[end : end + 40])[:3])
                    and not (
                        (own_verb := _CLAUSE_PASSIVE_AFTER.match(text, end, min(len(text), end + 80)))
                        and (own_verb.group(1) in _FINDING or own_verb.group(1) in _PEOPLE_FOUND_HELD)
                    )
                ):
                    # "seized 4.2 tonnes of cannabis in a building where 31 people were employed": the count opens
                    # a clause of its own, its subject; the verb before the clause does nothing to them (unless
                    # the clause says they were found there: "raided a farm where 24 men were held", "the largest
                    # rescue took place in Kumasi, where 34 girls were found")
                    continue
                if _DIGIT.search(between) and _COUNTED_WORD.search(_without_not_figures(between)):
                    dist += 60  # another figure sits between the cue and this one
                    if _LIST_OPENER.search(between):
                        # "Seizures included 20 pistols, 3 kg of heroin and …" (the nearer of two such cues wins)
                        dist = min(dist, 100 + (num.start - cm.end) / 1000)
            if best is None or dist < best[0]:
                best = (dist, cm)
        part_verb = _PART_VERB_AFTER.match(text, end)
        if part_verb and following < len(cues) and cues[following].start == part_verb.start(1):
            # "47 child victims identified, 16 of them rescued": the verb after "of them" says what befell the part
            best = (0, cues[following])
        governed = _governing_cue(text, item_from, min(hi, item_from + 120), cues, starts)
        claimed_before = None  # the words of the count before and its own participle, in a telegraphic list
        if governed and figures and figures[-1].sentence_start == s_start:
            k = bisect.bisect_left(starts, num.start) - 1
            if (
                k >= 0
                and cues[k].start >= figures[-1].end
                and _ITEM_WORDS_ONLY.fullmatch(text, figures[-1].end, cues[k].start)
                and _LIST_JOINT.fullmatch(text, cues[k].end, num.start)
            ):
                claimed_before = (figures[-1].start, cues[k].end)
        if (
            governed
            and (
                (governed.metric == "none" and _describes_after(text, item_from, governed, near, num.start))
                or (
                    governed.metric != "none"
                    and not _PASSIVE.search(text, item_from, governed.start)
                    and (
                        _WHERE_AFTER.match(text, governed.end)
                        # "seized 4,118 bank cards issued by eleven banks": who made the goods, not a result
                        # ("12 suspects arrested by the unit" is the verb)
                        or (_BY_AFTER.match(text, governed.end) and not _names_people(text[item_from : governed.start]))
                    )
                )
            )
            # (a verb before that takes the count as its object: "recovered 40 cars stolen from dealers"; a passive's
            # subject came before it, so a result verb after is the count's own: "A man was arrested and 3,900 rolls
            # of bhang recovered at …", while a participle of no result still describes: "was arrested with 4.08 kg
            # of hashish smuggled from Tajikistan")
            and any(
                c.metric != "none"
                and c.end <= num.start
                and (governed.metric == "none" or not _PASSIVE_AUX_BEFORE.search(text, max(0, c.start - 12), c.start))
                # (nor a verb a preposition parts from the count: "recovered from two suspects nabbed near …")
                and not _PREPOSITION_BETWEEN.fullmatch(text, c.end, num.start)
                # (nor the count before's own words, in a telegraphic list: "316 investigations initiated and 442
                # weapons seized in the operation" — each count's verb follows its own item)
                and not (claimed_before is not None and claimed_before[0] <= c.start and c.end <= claimed_before[1])
                for c in near
            )
            and not (
                # (a telegraphic list's own verb: "1,934 arrested, 2,870 victims rescued in the sweep", the verb
                # before governs the figure before, and people are what the participle after befell)
                governed.metric in ("rescued", "arrests", "identified")
                and figures
                and figures[-1].sentence_start == s_start
                and figures[-1].metric != governed.metric
                and _names_people(text[item_from : governed.start])
            )
        ):
            # "recovered 40 cars stolen from dealers", "took down 18 servers located in Ukraine":
            # the participle describes what is counted ("24 fugitives were located in Spain" is the verb)
            governed = None
        if (
            governed
            and governed.start > item_from
            and any(c.end <= num.start and c.metric != "none" for c in near)
            and _ANOTHER_COUNT.search(text, item_from, governed.start)
        ):
            # "the arrest of 19 drug traffickers in two operations conducted by the Navy": the participle after a
            # later count describes that count's noun; the verb before governs this one
            governed = None
        if governed and _PARTITIVE.fullmatch(text, end, governed.start) and any(c.end <= num.start for c in near):
            # "identified 318 of those detained as victims": the group the part is drawn from, not its verb
            governed = None
        if (
            governed
            and best is not None
            and best[1].end <= num.start
            and best[1].metric != "none"
            and best[0] < 30
            and governed.metric in ("other", "none")
            and _RELATIVE_WORD.search(text, item_from, governed.start)
        ):
            # "identified 2,380 potential victims who were screened and referred …": the verb right before the
            # count governs it; the relative clause's passive tells what befell them after (a result there still
            # governs: "identified 40 suspects who were arrested" are arrests)
            governed = None
        if governed:
            best = (0, governed)
        elif (
            best is not None
            and best[1].end <= num.start
            and unit == "count"
            and not money
            and (own := _OWN_PREDICATE_AFTER.match(text, item_from, min(hi, item_from + 60)))
            # (a passive of a verb no list holds keeps the list's verb: "arrested 3 men and 2 women were also held")
            and not _is_participle(_head_words(_ADVERBS_AFTER.sub("", text[own.end() : own.end() + 40]))[:1])
        ):
            best = None  # "38 have been arrested and 14 are under judicial control": the 14's own verb tells no result
        label_item: str | None = None
        listed = False
        # a list's line is told by the sentence that opens the list: its period, its source, its operation
        # ("According to the statistics, the department seized during 2026:" … "- 1.9 tonnes of hashish")
        list_context: int | None = None
        line_start = text.rfind("\n", max(0, num.start - WINDOW), num.start) + 1
        if line_start > 0 or num.start < WINDOW:
            # (the text's first line is its headline: "Phishing platform shut down: 17 arrests across Europe"
            # says what happened, it labels no count)
            label = (
                _LABEL_LINE.match(text, line_start, num.start)
                if line_start > 0 and _LABEL_MARK_HINT.search(text, line_start, num.start)
                else None
            )
            if label is None and in_segment:
                label = _SEGMENT_LABEL.fullmatch(text, lo, num.start)  # "| Firearms seized 119": a label without colon
            if (
                label
                and (len(label.group(1).split()) > 6 or _DIGIT.search(label.group(1)))
                and text[label.end(1) : num.start].strip()[:1] not in (".", "…", "")
            ):
                # a sentence that ends with a colon, not a label ("Police arrested 12 suspects: 9 …"); a
                # leader of dots or a gap of blanks is a table's ("Tramadol 225mg ...... 131,600 tablets")
                label = None
            bullet = _BULLET_LINE.match(text, line_start, num.start)
            if bullet is None and line_start > 0:
                bare = _bare_line(text, line_start)  # a list without bullets: "28.4 tonnes of cocaine"
                if bare is not None and (bare.end() == num.start or not text[line_start : num.start].strip()):
                    bullet = bare
            if label:
                label_text = label.group(1).strip()
                label_cues = [c for c in find_cues(text, label.start(1), label.end(1), lowered) if c.metric != "none"]
                if label_cues:
                    best = (0, label_cues[-1])
                    # "Firearms seized: 12" counts firearms
                    # the words before its verb: "Servers taken down", "Domains seized", "Crypto assets frozen"
                    words_ = label_text.split()
                    verb_at = next(
                        (k for k, w in enumerate(words_) if k and w.lower().endswith(("ed", "en")) and _is_cue_word(w)),
                        None,
                    )
                    rest = " ".join(words_[:verb_at]) if verb_at else ""
                    if not rest:
                        rest = " ".join(
                            w for w in words_ if w.lower() not in _CUE_METRIC and w.lower() not in _TOTAL_WORDS
                        )
                    label_item = rest or None
                    if (
                        words_[-1].lower() in _LISTING_VERBS
                        or (rest and rest.split()[-1].lower() in _GROUP_PRONOUNS)
                        or (rest and rest.split()[-1].lower() in _LABEL_AUXILIARIES)
                    ):
                        # a lead-in to a list, not a label of what is counted: "Those arrested include: 852 armed
                        # robbers, 865 murderers", "Thirteen crew members were detained: seven Colombians, three
                        # Ecuadorians" (each part names its own people)
                        label_item = None
                else:
                    header, opened = _list_header(text, line_start, lowered, headers)
                    if header:
                        best = (0, header)
                        list_context = header.start
                        if label.start(1) in place_at_start and place_at_start[label.start(1)] == label.end(1):
                            breakdown_place = label_text
                        else:
                            label_item = label_text
                    elif opened and (best is None or best[0] > 160):
                        # a results block under a heading: "Cannabis: 3.8 tonnes" (goods listed are seized)
                        listed = True
                        if (
                            label.start(1) in place_at_start
                            and place_at_start[label.start(1)] == label.end(1)
                            and by_place_heading(text, line_start)
                        ):
                            # a breakdown by place under its heading: "Breakdown of the results by state command
                            # shows that:" … "• Ogun – 41 suspects, 6,870kg skunk"
                            breakdown_place = listed_lines[line_start] = label_text
                        else:
                            label_item = label_text
            elif line_start in listed_lines and (best is None or best[0] > 160):
                listed, breakdown_place = True, listed_lines[line_start]  # the rest of a place's line
            elif bullet and (best is None or best[0] > 160):
                header, _ = _list_header(text, line_start, lowered, headers)
                if header:
                    best = (100, header)
                    list_context = header.start
                elif (
                    not text[bullet.end() : num.start].strip()
                    or _HEDGE_ONLY.fullmatch(text, bullet.end(), num.start)
                    or _DATE_LABEL.fullmatch(text, bullet.end(), num.start)
                ):
                    # a results list whose header names no metric ("the results were:"), its lines dated or not
                    # ("• December 2021: Six (6) pieces of rhino horn, weighing 4kg …")
                    listed = True
        item = _item_after(text, item_from, min(hi, item_from + 100))
        if item and " " not in item and _ADJECTIVE_ENDING.search(item):
            # "8 international and 14 regional drug trafficking channels", "12 male and 4 female victims":
            # an adjective alone before the next count names the kind of what that count's noun counts
            # (where the item is written as read, it is found within the words read; else anywhere after)
            at = text.find(item, item_from, min(hi, item_from + 100))
            if at < 0:
                at = text.find(item, item_from)
            shared = _SHARED_NOUN_AFTER.match(text, at + len(item)) if at >= 0 else None
            noun = _item_after(text, shared.end(), min(hi, shared.end() + 100)) if shared else None
            if noun and shared.group(1).lower() != item.lower() and not _ADJECTIVE_ENDING.search(noun.split()[0]):
                item = f"{item} {noun}"
        if item is None and has_unit and before.endswith("(") and _PAREN_CLOSE.match(text, end):
            # a good's amount in brackets after its name: "marijuana (398.6 kilogrammes), khat (30 kilogrammes)"
            named = _GOOD_BEFORE_BRACKET.search(before[-40:])
            written = named.group(1).split() if named else []
            if written and _names_the_good(written[-1]) and (written[-1] in _GOODS or written[-1] in _GOODS_SINGULAR):
                # the good and the word before it when that word is no verb or small word ("crystal meth"; not
                # "seized heroin", "containing heroin", "and cannabis")
                item = " ".join(written if all(map(_names_the_good, written)) else written[-1:])
        drawn_from = None  # "318 of those detained as victims": a part of people already counted
        if item in ("those", "these") and (drawn_from := _PARTITIVE_PEOPLE.match(text, end, min(hi, end + 120))):
            item = drawn_from.group(1)  # who the part is, when the text says: "… as victims of human trafficking"
        goods_part = False
        if item is None and has_unit:
            copula = _AMOUNT_IS.match(text, end, min(len(text), end + 20))
            named = _item_after(text, copula.end(), min(hi, copula.end() + 100)) if copula else None
            if named and any(w in _GOODS for w in _head_words(named)):
                # "Of the narcotic substances withdrawn, 186.4 kg is marijuana, 71 kg is heroin": parts by goods
                item, goods_part = named, bool(_OF_THE_GOODS.match(text, s_start, num.start))
        elif item is None and unit == "count" and not money:
            group = _OF_THE_GOODS.match(text, s_start, num.start)
            copula = _AMOUNT_IS.match(text, end, min(len(text), end + 20)) if group else None
            if copula and _GOODS.intersection(_head_words(group.group())):
                # "Of the firearms, 31 were homemade guns and 15 were factory-made": parts of the goods
                named = _item_after(text, copula.end(), min(hi, copula.end() + 100))
                goods = [w for w in _head_words(group.group()) if w in _GOODS]
                kind = (named or text[copula.end() : copula.end() + 40]).split()[0].rstrip(",.;")
                if named and _GOODS.intersection(_head_words(named)):
                    item, goods_part = named, True
                elif "-" in kind and not _PREPOSITION_AFTER_KIND.match(text, copula.end() + len(kind)):
                    # "15 were factory-made": the kind of the goods ("factory-made firearms"); not what
                    # befell them ("12 were later returned", "4 were found in a car")
                    item, goods_part = f"{kind} {goods[-1]}", True
        if (
            item is None
            and not money
            and (appos := _APPOSITION_OPEN.search(before[-40:]))
            # (not people counted after it: "Along with the heroin, 12 were arrested"; not a part of a total
            # given by number, "Of the 23 vessels detained, 14 were flagged abroad": a breakdown by kind)
            and not _ARREST_WORD.search(text, end, min(hi, end + 40))
            and not _OF_THE_TOTAL.search(before[-60:])
        ):
            # "Most of the heroin – 212 kg – was found", "Of the yaba tablets, nearly 4 lakh were recovered": the
            # goods the aside or the part counts (after the parts named by their kind, above)
            head = appos.group("head")
            if head.lower().endswith("ed") and _is_cue_word(head):
                # "Of the vehicles recovered, 412 were found in Montreal": the goods before their participle
                named = _WORD.findall(appos.group())
                if len(named) > 1 and named[-1] == head:
                    head = named[-2]
            low = head.lower()
            if (low in _GOODS or low in _GOODS_SINGULAR) and low not in _GENERIC_DRUG_WORDS:
                item = head
        hidden_in = (
            unit == "count"
            and not money
            and item
            and _may_hold(low_before and low_before[-40:], _HIDDEN_IN_LEADS)
            and _HIDDEN_IN_BEFORE.search(before[-40:])
        )
        if (
            hidden_in
            and _DRUG_UNITS.match(item)
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric == "seized"
            and figures[-1].unit in _WEIGHED_UNITS
            and num.start - figures[-1].end < 60
        ):
            continue  # "312 kg of cocaine hidden in 260 packages": the weighed goods' packing, not more goods
        if hidden_in and not _DRUG_UNITS.match(item):
            if not any(w in _PEOPLE for w in _head_words(item)[:3]):
                continue  # "pills found in two vehicles parked at a supermarket": where the goods were, not goods
        if unit == "count" and not money and item and _PACKAGING.match(item) and not _DRUG_UNITS.match(item):
            goods_just_before = (
                figures
                and figures[-1].sentence_start == s_start
                and figures[-1].metric == "seized"
                and num.start - figures[-1].end < 60
                and _IN_BEFORE.search(before[-12:])
                # (the units goods are sold in are counted too: "4,612,000 cigarettes, in 23,060 cartons")
                and not _SALE_UNITS.match(item)
            )
            if (
                (
                    _may_hold(low_before and low_before[-40:], _HIDDEN_IN_LEADS)
                    and _HIDDEN_IN_BEFORE.search(before[-40:])
                )
                or _HOLDING_A_FIGURE.match(text, end, min(len(text), end + 80))
                or _PACKAGES_OF_WEIGHED.match(text, end, min(len(text), end + 100))
                # "intercepted 146 live tortoises in two passenger suitcases": where the goods just counted were
                or goods_just_before
            ):
                # "185 kg of cocaine concealed in 16 bags of gypsum", "three sacks holding 120 kg of ice":
                # the packaging the goods were in; the goods are the figure
                continue
        metric: str | None = None
        if (
            unit == "count"
            and item
            and " " not in item
            and item[:1].isupper()
            and item.lower() in _ARRESTED_PARTICIPLES
        ):
            # a headline in title case: "Tanzania: 17 Held as Police Seize 1.4 Tonnes of Bhang" (the count's own
            # verb, capitalised, is no goods counted)
            metric, item, cue = "arrests", None, None
        first = item.split()[0].lower() if item else ""
        last = item.split()[-1].lower() if item and unit == "count" and not money else ""
        arrests_of_a_kind = False
        if (
            first in ("arrest", "search", "detention")
            and len(item.split()) == 1
            and (shared := _SHARED_PAPERS_AFTER.match(text, end, min(len(text), end + 80))) is not None
        ):
            # "serving 57 arrest and 212 search warrants": the papers the next count names, of this kind
            item = f"{first} {shared.group(1)}"
        if first in ("arrests", "arrested", "detentions", "apprehensions"):
            metric, item = "arrests", None
        elif last in ("arrests", "detentions", "apprehensions") and len(item.split()) <= 4:
            metric = arrests_of_a_kind = "arrests"  # "712 drug related arrests", "38 firearm arrests": of a kind
        elif first in ("rescues",):
            metric, item = "rescued", None
        elif (
            unit == "count"
            and item
            and (_counts_events(item) or _event_noun_closes(text, end, item))
            # ("seized 250 forged checks": cheques taken, not checks made)
            and not (_head_words(item)[-1:] == ["checks"] and best is not None and best[1].metric == "seized")
        ):
            metric = "other"  # "79 seizures", "152 busts", "500 cash movement checks": a count of events
        if (
            figures
            and figures[-1].sentence_start == s_start
            and (
                best is None
                or best[0] > 160
                # (not people after goods: "netted 2.6 million pills and 14 suspects" are arrests)
                or (best[1].end <= figures[-1].start and not _names_people(text[end : min(hi, end + 40)]))
                # (nor the verb of the next clause: "seized 1,300 phones, 212 computers and more than 400 SIM-card
                # boxes, and took down seven servers": the list's last goods are still seized)
                or (
                    best[1].start >= end
                    and _NEW_CLAUSE.search(text, end, best[1].start)
                    and not _PASSIVE.search(text[end : best[1].start])
                    and not _names_people(text[end : min(hi, end + 40)])
                )
            )
        ):
            # a list governed by one verb goes on past where distance alone would reach:
            # "seized 116 bales of hashish, three speedboats, nine vehicles, … and 325,400 euros in cash";
            # and the item before it is nearer than any cue before that ("During the searches, agents found
            # R$ 1.6 million and US$ 212,000 in cash, 14 luxury watches": not a count of searches)
            prior = figures[-1]
            gap_text = text[prior.end : num.start]
            if (
                (
                    # (people are no goods of the list: "After the shutdown of 3 labs, 20 chemists were questioned")
                    (prior.metric in ("seized", "dismantled") and not (item and _people_word(item.split()[-1])))
                    # sub-counts by offence: "of whom 212 for consumption, 47 for irregular stay, … and 985 for …"
                    or (prior.metric == "arrests" and _FOR_OFFENCE_HERE.match(text, end) is not None)
                    # the kinds of the people counted: "The migrants, including 23 children and 31 women, were …"
                    or (
                        prior.metric in ("arrests", "rescued") and _kind_of_people(prior.item) and _kind_of_people(item)
                    )
                    # a breakdown by place goes on: "Nigeria (142), Cameroon (97), … and Senegal (7)"
                    or (prior.scope is not None and breakdown_place is not None and (best is None or best[0] > 160))
                )
                and len(gap_text) <= 120
                and (
                    # (a short aside in brackets is no break: "4,800 litres (about 1,270 gallons) of liquid, 2,300 …")
                    (_LIST_GAP_END.search(gap_text) and not _FINITE_OR_BREAK.search(_SHORT_ASIDE.sub("", gap_text)))
                    # a breakdown in brackets: "Jamaica (88 firearms), … and Trinidad and Tobago (63 firearms)"
                    or _BRACKET_LIST_GAP.fullmatch(gap_text)
                )
                and bisect.bisect_left(starts, prior.end) == bisect.bisect_left(starts, num.start)
            ):
                best = (0, Cue(prior.start, prior.start, prior.item or "", prior.metric))
        if (
            (best is None or best[0] > 160)
            and unit == "count"
            and not money
            and figures
            and figures[-1].metric == "arrests"
            and num.start - figures[-1].end <= 120
            and _OFFENCE_AFTER_PART.match(text, end)
            and _OFFENCE_THEN_SEMICOLON.fullmatch(text, figures[-1].end, num.start)
        ):
            # arrests by offence, the parts set apart by semicolons: "173 for fraud; 172 for precious metals; 52 for
            # narcotics" (each semicolon ends a clause for the reader, not the list)
            prior = figures[-1]
            best = (0, Cue(prior.start, prior.start, prior.item or "", prior.metric))
        cue = best[1] if best and best[0] <= 160 else None
        if cue is not None and cue.metric in ("identified", "other") and cue.start >= end:
            # two verbs of one predicate, the result last: "14 networks were identified and dismantled", "12 victims
            # were located and rescued"
            later = next((c for c in cues if c.start > cue.end), None)
            if (
                later is not None
                and later.metric in ("dismantled", "seized", "arrests", "rescued")
                and _AND_BETWEEN_VERBS.fullmatch(text, cue.end, later.start)
            ):
                cue = later
        if (
            cue is not None
            and cue.metric in ("arrests", "rescued", "identified")
            and unit == "count"
            and not money
            and cue.end <= num.start
            and _PREPOSITION_BETWEEN.fullmatch(text, cue.end, num.start)
            and not _counts_events(_item_after(text, end, min(hi, end + 100)) or "")
        ):
            # "were arrested in 3 Newfoundland towns", "rescued from 12 brothels": where, not whom ("detained in 35
            # raids" counts the raids)
            continue
        if cue is not None and cue.metric == "identified":
            k = bisect.bisect_right(starts, cue.start)
            if (
                k < len(cues)
                and cues[k].metric == "arrests"
                and _AND_THEN.fullmatch(text, cue.end, cues[k].start) is not None
            ):
                cue = cues[k]  # "2 417 wanted suspects were traced and arrested": found, then arrested
        if (
            cue is not None
            and cue.word in _NEAR_ONLY_CUES
            and _FAR_FROM_CUE.search(text, *sorted((cue.end, num.start)))
        ):
            cue = (
                None  # "closed a factory producing azithromycin and favipiravir, two drugs used …": not what was closed
            )
        if money and cue is not None and cue.word in _VALUE_CUES and cue.end <= num.start:
            valued = [
                c
                for c in _cues_between(cues, starts, clause_start, cue.start)
                # (an adjective only describes the goods: "stolen goods worth $6.2 million" listed as seized)
                if c.word not in _VALUE_CUES
                and not (
                    c.metric == "none"
                    and _ATTRIBUTIVE_BEFORE_VALUE.match(text, c.end)
                    and _NO_SUBJECT_BEFORE.search(text, max(0, c.start - 12), c.start)
                )
            ]
            if valued and all(c.metric == "none" for c in valued):
                # "stole 140 loads worth $47 million": the value of what the offenders did is theirs too
                # ("recovered electronics stolen from containers, valued at J$96 million" is a seizure's)
                continue
        if cue is not None and cue.metric == "none" and cue.end <= num.start:
            if _RESULT_VERB_RE.search(lowered, cue.end, num.start):
                cue = None  # "The case involved a warehouse where police found 402kg of ice": the verb nearer governs
        # (its first words, or its head, the last: "96 Ethiopian and Ugandan nationals")
        item_words = _head_words(item or "")
        head_part = item_words[: item_words.index("of")] if "of" in item_words else item_words
        goods = has_unit or any(w in _GOODS for w in item_words)
        if goods and not has_unit and head_part[:1] == ["facts"]:
            goods = False  # "611 facts of drug sales": crime cases, as translated releases count them, no drugs
        if not goods and unit == "count" and head_part:
            goods = head_part[-1] in _GOODS_SINGULAR  # "one Taurus revolver": a singular only as the head
        if label_item and listed and not item:
            goods = goods or any(w in _GOODS for w in _head_words(label_item))
        of_group = _OF_ONE_GROUP.match(text, end, min(hi, end + 80)) if unit == "count" and not money else None
        members = of_group is not None
        if of_group is not None:
            # "22 of a drug trafficking racket were arrested": its members, whatever its trade
            goods = False
            item = " ".join(of_group.group().split()[2:]) + " members"
        people = (
            drawn_from is not None
            or members
            or (
                bool(item_words)
                and (
                    (
                        _people_among(item_words)
                        # (not where a group heads the words: "46 migrant smuggling networks"; "14 migrant reception
                        # centres" are no infrastructure of crime)
                        and not (head_part and head_part[-1] in _GROUP_PLURALS)
                    )
                    or (bool(head_part) and head_part[-1] in _PEOPLE and len(head_part) <= 5)
                    # a people's adjective alone, its noun left out: "29 Chinese, seven Thai and five Cambodian
                    # nationals"
                    or (len(item_words) == 1 and item is not None and _demonym(item))
                )
            )
        )
        if people and len(head_part) >= 2 and head_part[-1] in _MACHINE_WORKERS and head_part[-2] in _MONEY_HEADS:
            people = False  # "1,200 bitcoin miners": the machines that mine a currency (not "illegal gold miners")
        if people and cue is not None and cue.metric == "seized" and cue.end <= num.start and item:
            # "P13.6-M shabu seized, 5 drug personalities nabbed": the participle right after the people
            # counted says what befell them, not the goods' verb before them
            k = bisect.bisect_left(starts, end)
            if (
                k < len(cues)
                and cues[k].metric in ("arrests", "rescued")
                and cues[k].start - end <= 40
                and not _DIGIT.search(text, end, cues[k].start)
                and not _NEW_CLAUSE.search(text, end, cues[k].start)
            ):
                cue = cues[k]
        # (a participle after the item says what happened to it: "saw 121 vessels boarded" are boardings)
        # ("the destruction of 13 cannabis farms": a cue written as a noun just before its count governs it)
        weak_cue = (
            cue is None
            or (
                cue.metric == "other"
                and cue is not governed
                and not (cue.end <= num.start and _NOUN_CUE_OF.fullmatch(text, cue.end, num.start))
                # (goods destroyed are no goods found, whatever verb came first: "discovered and destroyed 54 dugout
                # pits, 66 boats, 138 storage tanks")
                and not (cue.end <= num.start and lowered[cue.start : cue.end] in _DESTROYING)
            )
        )
        if metric is None and weak_cue and (goods or people or money):
            verb = _RESULT_VERB_RE.search(lowered, clause_start, num.start)
            last_verb = None
            while verb:
                last_verb = verb
                verb = _RESULT_VERB_RE.search(lowered, verb.end(), num.start)
            if (
                last_verb is not None
                and last_verb.group() not in _FINDING
                and _THAT_CLAUSE.search(lowered, last_verb.end(), num.start)
            ):
                # "The statement included information that the network passed at least 7 tons of drugs …": the count
                # is in a clause of its own, whose verb is none of a result (what was found so is found: "it was
                # found that the woman had gulped 82 drug-filled capsules")
                last_verb = None
            if last_verb is not None and _THEN_DESTROYED.match(lowered, last_verb.end()):
                # "discovered and destroyed 54 dugout pits, 66 boats, … eight speedboats, 17 hoses": goods destroyed
                # are no goods found, however far down the list (the list's verb past its reach: see below)
                last_verb = None
            if last_verb is None:
                # passive, after the item: "17,000 tablets were discovered",
                # past an aside: "Ten firearms, including two rifles, were found"
                clause = _CLAUSE_END.search(text, item_from, hi)
                if clause and clause.group() == "," and _ASIDE.match(text, clause.end()):
                    clause = _ASIDE_END.search(text, clause.end(), hi)
                    clause = _CLAUSE_END.search(text, clause.end(), hi) if clause and clause.group() == "," else clause
                elif (
                    clause
                    and clause.group() == ","
                    and _CONTENTS_ASIDE.search(text, max(s_start, num.start - 120), num.start)
                ):
                    # the figure says what the subject held: "36 bags, containing cocaine valued at more than
                    # $18 million, were found": the verb after the aside governs it too
                    clause = _CLAUSE_END.search(text, clause.end(), hi)
                elif (
                    clause
                    and clause.group() in (",", "–", "—", ")")
                    and (opener := _APPOSITION_OPEN.search(before[-40:]))
                    and _APPOSITION_CLOSER[clause.group()] in opener.groups()[1:]
                ):
                    # the figure is itself the aside: "The largest load, 1500kg of cocaine, was found", "Most of
                    # the heroin – 212 kg – was found", "the cocaine (212 kg) was found"
                    clause = _CLAUSE_END.search(text, clause.end(), hi)
                tail_end = clause.start() if clause else hi
                for later in _RESULT_VERB_RE.finditer(lowered, item_from, min(tail_end, item_from + 100)):
                    if _PASSIVE.search(text, item_from, later.start()):
                        last_verb = later
                        break
                    if (
                        has_unit
                        and later.group() in _IRREGULAR_PARTICIPLES
                        and not _FINITE_VERB.search(text, item_from, later.start())
                        and len(text[item_from : later.start()].split()) <= 5
                    ):
                        last_verb = later  # "31.6kg of rhino horn found in luggage": a headline's passive
                        break
                    if (
                        people
                        and later.group() == "netted"
                        and not _FINITE_VERB.search(text, item_from, later.start())
                        and len(text[item_from : later.start()].split()) <= 3
                    ):
                        last_verb = later  # "76 poaching suspects netted as …": the press's passive, people held
                        break
                if last_verb is None and clause and clause.group() in (",", "and"):
                    # the first of a list closed by one passive verb: "18 kg of meth and 9 kg of hashish were found"
                    for later in _RESULT_VERB_RE.finditer(lowered, clause.end(), min(s_end, item_from + 160)):
                        between = text[item_from : later.start()]
                        passive = _PASSIVE.search(between)
                        if (
                            passive
                            # (the next item a count too, in digits or a word: "… and hundreds of pangolin scales")
                            and (_DIGIT.search(between) or _MANY_OF.search(between))
                            and _LIST_BETWEEN.fullmatch(between)
                            # (not a part of this count with its own verb: "searched 110 containers, 84 of which
                            # were found to hold …")
                            and not _OF_WHICH.search(between)
                            and not _FINITE_VERB.search(between, 0, passive.start())
                        ):
                            last_verb = later
                        break
            if last_verb is None and listed and goods and not people:
                metric = "seized"  # a results list: "28.4 tonnes of cocaine hydrochloride"
            elif (
                last_verb is None
                and listed
                and line_start in listed_lines
                and not goods
                and head_part
                and head_part[-1] in _SUSPECTS
            ):
                metric = "arrests"  # a results list: "Ogun – 41 suspects"
            if last_verb is None and goods and not people and _WITH_BEFORE.search(before[-30:]):
                last_verb = _WITH_BEFORE.search(before[-30:])  # "stopped with 42 kilos of ketamine": held, so seized
            if (
                last_verb
                and last_verb.group() == "stopped"
                and not (has_unit or _DRUGS.intersection(_head_words(item or "")))
            ):
                last_verb = (
                    None  # "stopped 14 vehicles" at checkpoints: checked, not seized ("stopped 61 tonnes of pork" is)
                )
            if last_verb is None and goods and not people:
                # "a lorry stopped near N'Djamena was carrying 63 assault rifles": what the stopped vehicle held
                last_verb = _STOPPED_CARRYING.search(before[-90:])
            if last_verb and (last_verb.group() != "produced" or _has_result_subject(text, lo, last_verb.start())):
                if goods and not people:
                    metric = "seized"  # "The raids yielded 40 kg of heroin"
                elif money and not people and last_verb.group() in _TAKING_VERBS:
                    metric = "seized"  # "they found J$612,000 and US$14,200 in cash": money found is taken
                elif people and (
                    last_verb.group() in ("netted", "netting", "nets")
                    or (
                        last_verb.group() in ("secured", "securing")
                        and _HEDGED_OBJECT.fullmatch(before, before.rfind(last_verb.group()) + len(last_verb.group()))
                    )
                ):
                    # "the sweep netted 14 suspects", "police secured 11 suspects" (Indonesian press; not "secured
                    # convictions against 118 traffickers")
                    metric = "arrests"
        if metric is None and cue is None and listed and money:
            metric = "seized"  # a results list: "USD 700,000 in cash"
        if metric is None and has_unit and _WEIGHING_BEFORE.search(before[-30:]):
            weighed = _head_words(before[-90:])
            counted = figures[-1] if figures and figures[-1].sentence_start == s_start else None
            drugs = [w for w in weighed[-12:] if w in _DRUGS]
            if drugs:
                metric = "seized"  # "a bag held parcels of cocaine weighing 14.8 kilograms": drugs at hand
                k = bisect.bisect_left(starts, num.start) - 1
                while k >= 0 and cues[k].start >= s_start and cues[k].metric == "none":
                    k -= 1
                if k >= 0 and cues[k].start >= s_start and lowered[cues[k].start : cues[k].end] in _DESTROYING:
                    metric = "other"  # "destroyed 2,317 bags of cannabis weighing 30,992kgs": drugs destroyed
                if item is None:
                    item = drugs[-1]  # "detections of methamphetamine, with a combined weight of 3.9 tonnes"
            elif counted is not None and counted.metric == "seized" and num.start - counted.end < 80:
                metric = "seized"  # "2,450 pieces of pangolin scales weighing 186kg": the weight of goods seized
            elif (
                _WEIGHED_VERB_BEFORE.search(before[-30:])
                and (general := [w for w in weighed[-12:] if w in _WEIGHED_NOUNS])
                # (no carrier or package after the goods: "concealed in a truck that weighed 12 tonnes", "the powder in
                # the bags weighed 2 kg")
                and not any(w in _CARRIERS for w in weighed[len(weighed) - weighed[::-1].index(general[-1]) :])
            ):
                metric = "seized"  # "The contraband weighed 294.49 kilograms": goods seized, named in general
                if item is None:
                    item = general[-1]
        if metric is None and goods_part:
            metric = "seized"
        if (
            metric is None
            and unit == "count"
            and figures
            and figures[-1].metric == "seized"
            and num.start - figures[-1].end < 400
            and before.endswith(("in ", "into "))
            and _PACKED_IN_BEFORE.search(before[-24:])
            and item
            and _DRUG_UNITS.match(item)
        ):
            # "2,310 kilograms of cocaine in 76 bales", "The drug, packed in 540 blocks": the units the drug
            # just seized came in are counted beside its weight (the corpus's convention); not the bags, boxes
            # or suitcases it was hidden in
            metric = "seized"
        if metric is None and unit == "count" and item and figures and (cue is None or cue.metric == "none"):
            group = figures[-1]
            subject = _SUBJECT_NOUN.match(text, s_start, num.start)
            if subject:  # "The migrants, including 23 children, …": the group counted as migrants, not the last figure
                noun = subject.group(1).lower()
                group = next(
                    (f for f in reversed(figures[-10:]) if f.item and noun in _head_words(f.item)), figures[-1]
                )
            among = _AMONG_SUBJECT.match(text, s_start, num.start)
            included = None if among else _GROUP_INCLUDED.match(text, s_start, num.start)
            if included and included.group(2):  # "They included …": the group the sentence before opens on
                previous = sentence_at(sentences, s_start - 1) if s_start else None
                opened = _GROUP_OPENS.match(text, previous[0], s_start) if previous and previous[0] < s_start else None
                group_word = opened.group(1) if opened else None
                if (
                    group_word is None
                    and previous
                    and item
                    and not _GENERIC_PEOPLE.fullmatch(item)
                    and figures
                    and figures[-1].sentence_start == previous[0]
                ):
                    # "… have nabbed twenty-two galamsey operators. They include twelve Ghanaians, nine Chinese …":
                    # the people the sentence before counted last (each part named: not "140 men and 80 women"
                    # read short)
                    last = figures[-1]
                    if last.metric in ("arrests", "rescued"):
                        group_word = "arrested" if last.metric == "arrests" else "rescued"
            else:
                group_word = included.group(1) if included else None
            if (among.group(1) if among else group_word or "").lower().startswith("crew"):
                # a crew's parts: what befell the crew counted before ("detained 11 boats together with 146
                # crew members" … "He said the crew comprised 139 Vietnamese men and seven Indonesians")
                metric = next(
                    (
                        f.metric
                        for f in reversed(figures[-10:])
                        if f.item
                        and "crew" in f.item.lower()
                        and f.metric in ("arrests", "rescued", "identified")
                        and f.sentence_start != s_start
                        and num.start - f.end <= 2000
                    ),
                    None,
                )
            elif among:
                # "Among the detainees are six citizens of Iran and two women", "Among those held in
                # Kenya were 11 registered pharmacists": whoever they are, they are among those counted
                metric = "rescued" if among.group(1).lower() in _RESCUED_GROUPS else "arrests"
            elif (
                _AMONG_THEM.match(text, s_start, num.start)
                and group.sentence_start != s_start
                and num.start - group.end <= 600
                and group.metric in ("arrests", "rescued", "identified")
            ):
                metric = group.metric  # "… arrested 128 suspects. Among them were 19 members of the Black Axe": a part
            elif group_word:
                if group_word.lower() not in _RESCUED_GROUPS:
                    metric = "arrests"
                elif any(
                    c.metric == "rescued" for c in find_cues(text, max(0, s_start - 6 * WINDOW), s_start, lowered)
                ):
                    metric = "rescued"  # (victims said to be rescued before: "The victims included …" are their parts)
            elif (
                people
                and _SUB_COUNT_BEFORE.search(before[-30:])
                and group.sentence_start != s_start
                and num.start - group.end <= 600
                and group.metric in ("arrests", "rescued", "identified")
            ):
                metric = group.metric  # "… freed 145 workers. The workers, among them 31 women, had been …"
        if metric is None and unit == "count":
            # (both patterns end in a comma and blanks: tried only where the window so ends)
            comma_last = before[-60:].rstrip().endswith(",")
            of_total = _OF_THE_TOTAL.search(before[-60:]) if comma_last else None
            if of_total:
                total = float(of_total.group(1).replace(",", ""))
                parent = next(  # among the last figures only: a long text's list is not walked for each part
                    (f for f in reversed(figures[-_PARENT_LOOKBACK:]) if f.value == total and f.unit == "count"), None
                )
                if parent is not None and parent.metric != "other":
                    metric = parent.metric  # "57 … were detained. Of the 57, 49 are Korean nationals": a part of them
            elif (
                comma_last
                and (of_group := _OF_THE_GROUP.search(before[-60:]))
                and (
                    people
                    or _people_after_copula(text, end, min(s_end, end + 60), hi)
                    # ("Of these, 2,904 were held for offences like robbery": held for what they did)
                    or _HELD_FOR_AFTER.match(text, end)
                )
            ):
                # "Of the total, 163 were women", "Of the suspects held, 846 are Chinese nationals": a part of the
                # people the text counted last (arrested, or rescued where it says victims)
                said = of_group.group()
                wanted = (
                    ("rescued",)
                    if of_group.group(1) or "rescued" in said or "freed" in said
                    else ("arrests",)
                    if _ARREST_WORD.search(said) or " held" in said or "nabbed" in said
                    else ("arrests", "rescued", "identified")
                )
                # (the last count larger than the part, whatever it counts: "arrested 1,200 people and seized 400
                # firearms. Of the total, 163 were rifles" is a part of the firearms, no arrests)
                parent = next(
                    (f for f in reversed(figures[-_PARENT_LOOKBACK:]) if f.unit == "count" and f.value > num.value),
                    None,
                )
                if parent is not None and parent.metric in wanted and s_start - parent.sentence_end < 600:
                    metric = parent.metric
            elif (
                cue is None
                and s_start > 0
                and (of_them := _OF_THEM_COPULA.match(text, end, min(s_end, end + 40)))
                and (named := _item_after(text, of_them.end(), min(s_end, of_them.end() + 60)))
                and (_PEOPLE.intersection(_head_words(named)[-1:]) or _demonym(named))
            ):
                # "Twenty-six of them were men and 15 were women": a part of the people the sentence before counted
                parent = next(
                    (f for f in reversed(figures[-_PARENT_LOOKBACK:]) if f.unit == "count" and f.value > num.value),
                    None,
                )
                if (
                    parent is not None
                    and parent.metric in ("arrests", "rescued")
                    and parent.sentence_start < s_start
                    and s_start - parent.sentence_end < 600
                    # (the people counted last before the part: no other people counted between, whom "them" could
                    # be, "… interviewed 30 witnesses, and 12 of them were women"; the parent's own parts may be)
                    and not _other_people_counted(text, parent, num.start, figures[-_PARENT_LOOKBACK:])
                ):
                    metric, item = parent.metric, named
        if (
            metric is None
            and cue is None
            and people
            and (subject := _DETAINEES_SUBJECT.match(text, s_start, num.start))
            # (the parts listed right after them, not people counted further on: "the suspects were members of a
            # network of 60 people")
            and num.start - subject.end() <= 120
            and _DETAINEE_PARTS_BETWEEN.fullmatch(text, subject.end(), num.start)
        ):
            metric = "arrests"  # "The detainees, 27 men and four women, …": parts of those arrested
        if (
            metric is None
            and unit == "count"
            and (cue is None or cue.metric == "none")
            and _RESCUED_SUBJECT.match(text, s_start, num.start)
            and any(c.metric == "rescued" for c in find_cues(text, max(0, s_start - 6 * WINDOW), s_start, lowered))
        ):
            metric = "rescued"  # "… rescued 43 foreign nationals. The victims, 29 Nigerians, nine …": their parts
        if metric is None and unit == "count" and (cue is None or cue.metric == "none") and figures:
            window = before[-160:]
            said = any(w in window for w in _SPEECH_WORDS) and _RESCUED_SUBJECT_SAID.search(
                text, max(s_start, num.start - 160), num.start
            )
            part = None if said else _PART_OF_GROUP_AFTER.match(text, end, min(s_end, end + 80))
            named = part.group(2) if part else None
            if part and not (
                named and (_head_words(named)[-1:] and _head_words(named)[-1] in _PEOPLE or _demonym(named))
            ):
                part = None  # "two of the suspects were released": what became of them, not who they are
            if said or part:
                wanted = (
                    "arrests" if part and part.group(1).lower() in ("suspects", "detainees", "arrested") else "rescued"
                )
                if any(f.metric == wanted for f in figures[-_PARENT_LOOKBACK:]):
                    metric = wanted  # "… said the victims, 41 males and 16 females, were …"; "nine of the victims"
                    if part:
                        item = named  # "… were minors": who the part are
        if (
            metric is None
            and unit == "count"
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric in ("arrests", "rescued")
            and (
                _AND_GAP.search(text, figures[-1].end, num.start)
                # (or a comma after the part before and its own copula: "58 were Ghanaians, 27 were Nigerians")
                or _PART_THEN_COMMA.fullmatch(text, figures[-1].end, num.start)
            )
            and (who := _ARE_WHO_AFTER.match(text, end, min(s_end, end + 60)))
            and (_PEOPLE.intersection(_head_words(who.group(1))[-1:]) or _demonym(who.group(1)))
        ):
            # "Fourteen of the detainees are Colombian and three are Venezuelan nationals": the next part
            metric, item = figures[-1].metric, who.group(1)
        if (
            metric is None
            and cue is None
            and unit == "count"
            and item
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric in ("arrests", "rescued", "identified")
            and figures[-1].item
            and _PART_IS.match(text, figures[-1].end, num.start)
            and _AND_GAP.search(text, figures[-1].end, num.start)
            and (_PEOPLE.intersection(_head_words(item)[-1:]) or _demonym(item))
        ):
            # "Of the total, 77 were males and 19 females", "64 are Tanzanians and 12 foreign nationals": the next
            # part, its verb left out
            metric = figures[-1].metric
        if fines:
            metric, item = "other", fines.group("what") or fines.group("what2")
        if (
            metric is None
            and unit == "count"
            and item
            and _counts_migrants(_head_words(item))
            and (_CARRYING_BEFORE.search(before[-40:]) or _FOUND_AFTER.match(text, end, min(s_end, end + 80)))
        ):
            metric = "identified"  # "stopped a lorry carrying 42 migrants", "36 migrants were found in the trailer"
        if (
            # (a cue after the count governs it where it rescues: "47 held in warehouse freed as police raid …")
            (metric is None or (cue is not None and cue.start > num.start and cue.metric != "rescued"))
            and unit == "count"
            and not money
            and not 0 <= first_break < num.start  # (the headline's line, either side of a ";")
            and (item is None or people)
            # (a verb in the same clause governs: "Police rescue 43 foreigners held in a house"; not one a comma
            # parts from it, "dismantles three labs, 17 held", nor one after the count, "Two held as DRI seizes …")
            and (
                cue is None
                or cue.metric == "none"
                or cue.start > num.start
                or _CLAUSE_MARK.search(text, min(cue.end, num.start), num.start)
            )
            and _HEADLINE_HELD_AFTER.match(text, end, min(len(text), end + 90))
        ):
            # a headline's "Three held after raid", "9 foreigners held in NCB-Navy operation": people held are
            # arrested (in a body "held" says where people or goods are kept, and is no cue)
            metric = "arrests"
        if (
            metric is None
            and cue is None
            and unit == "count"
            and people
            and not money
            and (
                (
                    _HELD_BEFORE.search(before[-60:])
                    and not _FOR_QUESTIONING_AFTER.match(text, end, min(s_end, end + 60))
                )
                or _BODY_HELD_AFTER.match(text, end, min(s_end, end + 90))
            )
            # (captives are held too: "the victims, who included four women, … had been held in the forest")
            and not _CAPTIVES.search(text, max(s_start, num.start - 60), min(s_end, end + 90))
        ):
            # in a body, people a force held, or who were held: "security forces held 87 migrants in boats",
            # "some 71 nationals who entered illegally were held in the last three days" (not kept somewhere:
            # "… were held at a reception centre", nor captives, nor people held for questioning)
            metric = "arrests"
        if (
            metric is None
            and cue is None
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric == "seized"
            and num.start - figures[-1].end <= 80
            and _LIST_ITEM_GAP.fullmatch(text, figures[-1].end, num.start)
            and not _FINITE_VERB.search(text, figures[-1].end, num.start)
            and "between" not in text[max(0, figures[-1].start - 16) : figures[-1].start]  # (a range's end)
        ):
            # an item of a long list whose verb stands out of reach ("including 5.1 kg heroin; … ; 30 kg poppy
            # husk and 4200 pills, were recovered"): what befell the item before it
            metric = "seized"
        if (
            metric is None
            and cue is None
            and breakdown_place is not None
            and figures
            and figures[-1].sentence_start < s_start
            and _IT_INCLUDED.match(text, s_start, num.start)
        ):
            # "… 240 suspects were detained overall. They included 131 from Canada, 72 from …": the
            # parts of the people the sentence before counted
            parent = next(
                (
                    f
                    for f in reversed(figures[-_PARENT_LOOKBACK:])
                    if f.unit == "count" and f.value > num.value and f.metric in ("arrests", "rescued", "identified")
                ),
                None,
            )
            if parent is not None and s_start - parent.sentence_end < 400:
                metric = parent.metric
        if (
            metric is None
            and cue is None
            and breakdown_place is not None
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].scope is not None
            and _BREAKDOWN_GAP.fullmatch(text, figures[-1].end, num.start)
        ):
            # a long breakdown by place whose verb is out of reach by its last parts ("arrested 52 facilitators (9
            # in Portugal, 14 in Poland, …, 5 in Albania and 6 in Serbia)"): a part as the one before
            metric = figures[-1].metric
            if item is None:
                item = figures[-1].item
        if (
            metric is None
            and cue is None
            and unit == "count"
            and breakdown_place is not None
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric in ("arrests", "rescued", "identified")
            and figures[-1].unit == "count"
            and num.value <= figures[-1].value
            and _PEOPLE_BREAKDOWN_GAP.fullmatch(text, figures[-1].end, num.start)
        ):
            # "They included 13 foreigners from Myanmar (1), Indonesia (4) and …": a breakdown by place in brackets
            # of the people just counted, whose verb ("included") tells no result of its own
            metric = figures[-1].metric
            if item is None:
                item = figures[-1].item
        if (
            unit == "count"
            and not money
            and item
            and _counts_migrants(_head_words(item))
            and _FINDING_VERB_BEFORE.search(before[-40:])
            # (unless what befell them after is said: "found 40 migrants in a forest and rescued them")
            and not (cue is not None and cue.start > num.start and cue.metric in ("rescued", "arrests"))
        ):
            # migrants found are identified, whatever verb the sentence had before: "two members were arrested, it
            # was then when the investigators found 19 migrants on board", "police found 19 migrants in a truck"
            metric = "identified"
        if (
            metric is None
            and not money
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric == "seized"
            and not _own_clause_after(text, end)
        ):
            # a list of goods seized goes on past its verb's reach (a clause of its own after the count keeps its verb:
            # "… while 300 rounds of ammunition remain missing")
            # (a number set alone in brackets is read from its bracket: "(18) kilos of Shabu, (2) kilos of hashish")
            gap_end = (
                num.start - 1
                if text[num.start - 1 : num.start] == "(" and text[num.end : num.end + 1] == ")"
                else num.start
            )
            if (
                unit in _MASSES
                and (named_first := _GOOD_THEN_AMOUNT_GAP.fullmatch(text, figures[-1].end, gap_end))
                and not _CLAUSE_OPENER.search(text, figures[-1].end, num.start)
            ):
                # weights, a good named before its amount: "had nine kg of heroin, 272 kg of cannabis, Hashish 989g,
                # Mawa 117 Kg, Hash 35Kg" (South Asian press)
                metric = "seized"
                named = named_first.group(1)
                if item is None and named and (named[:1].isupper() or named.split()[-1].lower() in _GOODS):
                    item = named  # (a good's name, not a hedge: "…, nearly 200 tonnes")
            elif (
                unit == "count"
                and item
                and num.start - figures[-1].end < 90
                and bool(_GOODS.intersection(_head_words(item)[:2]))
                and _goods_list_gap(text, figures[-1].end, gap_end)
            ):
                # counts of goods, each perhaps with whose it was: "…, Six (6) parcels of Tramadol, Lewis Kanu – Eighty
                # (80) Wraps of KUSH"
                metric = "seized"
        if (
            metric is None
            and unit == "count"
            and not money
            and not people
            and item
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric == "other"
            and figures[-1].unit == "count"
            and num.start - figures[-1].end < 90
            and _THEN_DESTROYED.search(lowered, max(s_start, figures[-1].start - 600), figures[-1].start)
            and _goods_list_gap(text, figures[-1].end, num.start)
            and not _own_clause_after(text, end)
        ):
            # a list of things found and destroyed goes on past its verb's reach, as one of goods seized does:
            # "discovered and destroyed 54 dugout pits, 66 boats, …, eight speedboats, 17 hoses and 18 drums"
            metric = "other"
        if (
            metric is None
            and listed
            and not people
            and figures
            and figures[-1].metric == "seized"
            and _on_the_list_line_before(text, line_start, figures[-1].start)
        ):
            # an item of a results list whose noun is no word of goods follows the seized items around it:
            # "• 23 live primates" … "• 30 big cats" … "• Almost 7,700 wildlife parts"
            metric = "seized"
        if (
            metric is None
            and cue is None
            and unit == "count"
            and not money
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric in ("arrests", "rescued")
            and figures[-1].unit == "count"
            and _PARTS_SENTENCE.match(text, s_start, num.start)
            and num.start - figures[-1].end <= 80
            and (goes_on := _PARTS_GO_ON.fullmatch(text, figures[-1].end, num.start))
            and (people or (said_after := _PART_SAID_AFTER.match(text, end, min(s_end, end + 12))))
            # (not a part with a verb of its own, which says what befell it: "45 were arrested, while 155 were
            # released after questioning", "whereas 6 had fled abroad")
            and not _PART_LET_GO_AFTER.match(text, end, min(s_end, end + 60))
        ):
            # a further part of the people a sentence opening on a partitive breaks down: "Of the 74 arrested, 42
            # were in the U.S., while 29 were in Nigeria and three were in Canada"; "Of the total, 2,272 were drug
            # addicts, followed by other offences (1,542), drug pushers (655) and wanted individuals (249)" (the
            # category before a bracketed count is what it counts)
            metric = figures[-1].metric
            if not people and said_after.group() == ")" and goes_on.group("category").strip():
                item = goes_on.group("category").strip()
        if (
            metric is None
            and cue is None
            and unit == "count"
            and not money
            and (
                judicial := _UNDER_JUDICIAL_CONTROL.match(text, num.end)
                or (_PLACED_BEFORE.search(before[-12:]) and _PLACED_UNDER_CONTROL.match(text, num.end))
            )
            # (arrests counted in its sentence, or in the one before where its own sentence says arrested too: "Nine
            # were apprehended. One was arrested, and 6 are under judicial control"; not "In a similar case last
            # year, 30 were placed under judicial control")
            and any(
                f.metric == "arrests"
                and (
                    f.sentence_start == s_start
                    or (s_start - f.sentence_end < 300 and _ARREST_WORD.search(text, s_start, num.start) is not None)
                )
                for f in figures[-4:]
            )
        ):
            # people a court leaves free under its conditions, beside those arrested: "One was arrested, and 6 are
            # under judicial control", "arrested 15 of the smugglers and placed 11 under judicial control" (the
            # guide's other outcome, as after a partitive)
            metric, item = "other", judicial.group(1)
        if (
            metric is None
            and cue is None
            and unit == "count"
            and people
            and (treated := _SENT_FOR_TREATMENT.match(text, num.end))
        ):
            metric, item = "other", treated.group(1)  # "Meanwhile, 95 arrestees have been directed for rehabilitation"
        if (
            metric is None
            and cue is None
            and listed
            and people
            and unit == "count"
            and item
            and (
                item.split()[-1].lower() == "suspects"
                or (item.split()[-1].lower() == "victims" and item.split()[0].lower() in _POTENTIAL_WORDS)
            )
            and (b := _BULLET_LINE.match(text, line_start, num.start)) is not None
            and not text[b.end() : num.start].strip()
        ):
            # a results list's bulleted suspects, or potential victims, with no verb: "- 205 additional suspects",
            # "- 1,194 potential trafficking victims" (those arrested or rescued the list says so: "- 158 arrests")
            metric = "identified"
        if (
            metric is None
            and cue is None
            and unit == "count"
            and not money
            and (held := _PART_OF_HELD_IS.match(text, end, min(s_end, end + 90))) is not None
            and not held.group(1).endswith("ed")  # (what befell them is another matter: "were released on bail")
            and _larger_arrests_before(figures, num, last=20)
        ):
            # "Five of those held are Colombian nationals", "Three of the detainees are minors": a part of the people
            # arrested before, said to be someone
            metric, item = "arrests", held.group(1)
        if metric is None:
            if cue is None:
                converted = figures[-1] if figures and figures[-1].sentence_start == s_start else None
                if not (
                    converted is not None
                    and converted.metric != "none"
                    and _same_kind(converted.unit, unit)
                    and (
                        _BRACKETED_CONVERSION_GAP.fullmatch(text, converted.end, num.start) is not None
                        # (or the first part of the goods' breakdown in brackets after them, on a results list's
                        # line with no verb: "Approx. 178.49 kg of Class A drugs (16.1kg crack, 11kg heroin, …)")
                        or (
                            _GOODS_THEN_BRACKET.fullmatch(text, converted.end, num.start) is not None
                            and _BREAKDOWN_GOES_ON.match(text, end, min(len(text), end + 60)) is not None
                            and _smaller_part(converted.unit, converted.value, unit, value)
                        )
                    )
                ):
                    continue
                # the amount again in brackets, in other units, where the verb is not in reach of it: "the 91,000
                # pounds (41,310 kilograms) of meth found there" (read below as the conversion it is)
                metric = converted.metric
            else:
                metric = cue.metric
            if (
                metric == "other"
                and cue.word in _ACTIONS_COUNTED
                and cue.start < num.start
                and _ARRESTS_WERE_BEFORE.search(text, max(s_start, cue.start - 40), cue.start)
            ):
                # "Arrests were carried out across Canada (98), Brazil (61), …": arrests, by place
                metric = "arrests"
        if (
            metric in ("none", "dismantled")
            and cue is not None
            and cue.word in _KILLING_VERBS
            and unit == "count"
            and item
            and (head := _head_noun(item)) is not None
            and (head in _FOUGHT or f"{head}s" in _FOUGHT)
        ):
            # "troops neutralised 70 terrorists", "two suspected kidnappers were killed": the people the forces fight,
            # killed in the operation, are one of its outcomes (the guide's other); anyone else killed is no result
            metric, item = "other", f"{item} {_KILLED_WORD.get(cue.word, cue.word)}"
        if metric == "none":
            continue
        if metric == "arrests" and unit == "count" and (judicial := _UNDER_JUDICIAL_CONTROL.match(text, num.end)):
            # "54 suspects were detained. Of these, 20 were arrested, 11 were placed under judicial control": released
            # under a court's conditions, no arrest (the guide's other outcome)
            metric, item = "other", judicial.group(1)
        if metric == "arrests" and unit == "count" and (treated := _SENT_FOR_TREATMENT.match(text, num.end)):
            # a part of those held sent on to treatment or held on for inquiry: "209 arrestees have been directed for
            # rehabilitation", "717 suspects are being further investigated based on detention orders" (the guide's
            # other outcome, as a court's control is)
            metric, item = "other", treated.group(1)
        if (
            metric == "arrests"
            and not arrests_of_a_kind
            and cue is not None
            and cue is not governed
            # (the label's head: "Firearms – 11" are goods, "Firearms trafficking: 97" an offence)
            and (goods or bool(label_item and _GOODS.intersection(_head_words(label_item)[-1:])))
            and not people
            and not money
        ):
            # goods under a heading of custody: "taken into custody: … Firearms – 11": taken, so seized
            metric = "seized"
        if metric == "charged" and (has_unit or (goods and not people)):
            metric = "seized"  # "charged after officers found 480kg of cocaine": the cocaine was seized
        if metric == "charged" and cue is not None and _after_the_arrest(text, cue, num.start, end, s_end, before):
            continue  # "charges against eight were withdrawn": no longer charged
        if (metric == "charged" and _STILL_FREE.match(text, end, s_end)) or (
            metric == "arrests" and _STILL_FREE_NOW.match(text, end, s_end)
        ):
            # "Four more indicted individuals are still on the run": charged, not held; "…, while 25 were already in
            # custody and six are still being sought": no arrest of this drive
            continue
        if metric == "charged":
            # a charge is an arrest only where the text says arrested
            # the text around it, past this sentence: "… were arrested. The charge for 850 of them …"
            # (this sentence or one beside it: "Six men have been charged … The arrests are the result of …";
            # an arrest told further off in the story is other people's)
            told_from = sentence_at(sentences, s_start - 1)[0] if s_start > 0 else s_start
            k = bisect.bisect_left(sentences, (s_end, -1))  # the sentence after this one
            told_to = sentences[k][1] if k < len(sentences) else s_end
            said_arrested = _ARREST_WORD.search(
                text, max(told_from, num.start - 2 * WINDOW), min(max(told_to, s_end), hi + 2 * WINDOW)
            )
            # a part of the people held, by the partitive: "the charge for 850 of the suspects", "19 of the suspects
            # were charged" (not the suspects counted anew: "38 suspects were arraigned", "charges filed against 19
            # suspects", which say no arrest)
            part_of_suspects = _PART_OF_THOSE_HELD.match(text, end) is not None
            # the arrests counted on their own just before: those charged are a part of them, another outcome
            # ("Of the more than 5,000 individuals arrested, approximately 1,057 have been charged", "397
            # suspects had been arrested and so far 308 had appeared in court and charged")
            counted_apart = (
                bool(said_arrested)
                and cue is not None
                and cue.word in ("charged", "prosecuted", "indicted")  # (not "arrested on … charges": a sub-count)
                # (the count's own verb, after its auxiliary: not "Among those arrested were 95 people charged with
                # homicide", a sub-count of the arrests by their charge)
                and _AUXILIARY_BEFORE_CHARGE.search(text, max(num.end, cue.start - 40), cue.start) is not None
                and any(
                    f.metric == "arrests" and f.sentence_start >= told_from and f.end <= num.start for f in figures[-6:]
                )
            )
            if counted_apart and any(f.metric == "arrests" and f.value == num.value for f in figures[-6:]):
                continue  # "Police arrested three people. The three suspects were also charged": the same people
            if (said_arrested or part_of_suspects) and not counted_apart:
                metric = "arrests"
            elif item and not _names_people(item):
                continue  # "40 mining sites charged": no people, no outcome read here
            elif _SUM_RIGHT_AFTER.match(text, end, min(len(text), end + 30)) or (
                cue is not None
                and cue.end <= num.start
                and _OWN_OTHER_PASSIVE.match(text, end, min(len(text), end + 60))
            ):
                # "the syndicate charged 200 migrants $3,000 each": a price asked; "CPS charged 4 suspects and 2
                # others were cautioned": the count's own verb says what befell it
                continue
            else:
                # people charged, no arrest said: another outcome of the drive ("charged 23 people", "64 people will
                # be charged"), what befell them in its item
                metric = "other"
                item = _AUXILIARIES_AT_END.sub("", item) if item else ""  # ("people will be" charged: "people")
                item = f"{item} charged" if item else "people charged"
        is_people = people
        if (
            item
            and unit == "count"
            and (
                (cue is not None and cue.word in _RECOVERING and metric == "seized" and _RECOVERED_PEOPLE.search(item))
                or (_VICTIMS.search(item) and _VICTIMS_RECOVERED_AFTER.match(text, end))
            )
        ):
            # "officers recovered 27 victims", "27 adult and juvenile victims recovered, including nine minors":
            # people recovered are freed
            metric = "rescued"
        if (
            metric == "other"
            and cue is not None
            and cue.word == "removed"
            and is_people
            and _FROM_HARM_AFTER.match(text, end, min(len(text), end + 80))
        ):
            # "officers removed 51 children from harm", "removed 6 persons from exploitative situations": freed, as
            # child-protection and anti-slavery releases write it (not "removed 43 websites")
            metric = "rescued"
        if (
            is_people
            and metric == "dismantled"
            and cue is not None
            and cue.word in ("bust", "busted")
            and cue.end <= num.start  # (the verb's object: not "a group … attacks on 1,800 victims was busted")
            and not members
            and not (item and _VICTIMS.match(item))
        ):
            metric = "arrests"  # "Police bust 12 suspects": the press's verb for a raid, its people arrested
        if (is_people and metric == "dismantled") or (item and _VICTIMS.match(item) and metric == "seized"):
            continue  # "a group responsible for attacks on 1,800 victims": what the offenders did
        if (
            cue is not None
            and cue.word == "intervened"
            and _PREPOSITION_NEXT.match(text, cue.end)
            # (the passive is Spanish releases' word for seized: "6 vehicles … have been intervened in the operation")
            and not _PASSIVE_JUST_BEFORE.search(text, max(0, cue.start - 20), cue.start)
        ):
            continue  # "intervened at 40 locations", "intervened on 3 occasions": acted, seized nothing
        if metric == "dismantled" and money:
            continue  # "dismantled a network suspected of laundering EUR 180 million": the crime's size, no result
        if metric == "identified" and money:
            # the guide identifies people: money detected is taken ("the detection of illicit cash flows of EUR 2.7
            # million"), money identified is only found out ("identified EUR 3 million in suspicious payments")
            if cue is None or cue.word not in _DISCOVERY_CUES:
                continue
            metric = "seized"
        if metric == "other" and cue is not None and cue.word in _DISCOVERY_CUES and _names_goods(item, has_unit):
            metric = "seized"  # "customs detected 40 kg of heroin", "the scan revealed 12 firearms": goods found
        if metric == "seized" and is_people:
            # ("took 19 suspects off the streets": suspects taken are arrested)
            heads = _head_words(item or "")
            # (people taken who are not victims were held: "intercepted three Sudanese nationals", "seized 24 drug
            # traffickers", "two women passengers were intercepted")
            suspects = bool(heads) and (
                heads[-1] in _SUSPECT_HEADS
                or (
                    heads[-1] not in _NOT_HELD_HEADS
                    and heads[-1] in _PEOPLE
                    and not _MOVED_PEOPLE.search(item or "")  # ("62 undocumented foreigners": migrants found)
                )
            )
            metric = "arrests" if suspects or _ARREST_WORD.search(text, lo, hi) else "other"
        papers = None if people else _PAPERS_AHEAD.match(text, end, min(len(text), end + 60))
        if papers and not (item and _LEGAL_PAPERS.search(item)):
            item = text[end : papers.end()].strip()  # "57 search and seizure warrants"
        if (item and _LEGAL_PAPERS.search(item)) or papers:
            metric = "other"  # "three arrest warrants were issued" counts warrants, not arrests
        if (
            metric == "seized"
            and item
            and unit == "count"
            and _accounts_counted(item, text, max(s_start, num.start - 300), min(s_end, end + 300))
        ):
            metric = "other"  # accounts are blocked or frozen; the money in them is seized
        if (
            metric == "other"
            and money
            and (_ACCOUNTS_HOLDING.search(before[-40:]) or _HELD_IN_ACCOUNTS.match(text, end, min(len(text), end + 60)))
        ):
            metric = "seized"  # "froze 14 accounts holding RM612,000", "blocked R$ 3.4 million held in 41 accounts"
        if (
            metric == "other"
            and money
            and not (cue and cue.word in _BLOCKING)
            # in a sentence about a seizure, or cash itself ("the court set bail at $50,000" is neither)
            and (any(c.metric == "seized" for c in cues) or _IN_CASH_AFTER.match(text, end))
            # "a USD 7.9 million transfer stopped", "a payment of USD 7.9 million": a transfer, as the guide has it
            and not _TRANSFER_AFTER.match(text, end)
            and not _TRANSFER_BEFORE.search(before[-30:])
        ):
            # a sum is no count of events or places: a nearer cue of those ("searches", "opened 97 investigations")
            # leaves it to what is done with money, which the guide calls seized ("blocked" transfers stay other)
            metric = "seized"
        if (
            metric == "other"
            and has_unit
            and cue is not None
            and (cue.word in _EVENTS or cue.word in _EVENT_VERBS)
            and _names_a_drug(item)
        ):
            # "arrested during raids conducted in the past 24 hours, along with … 2.6 kg of 'Ice'": a weight
            # of drugs is held, so seized, whatever event the nearest verb counts (burnt crops stay `other`)
            metric = "seized"
        if (
            metric == "other"
            and cue is not None
            and cue.word in _TAKING_DOWN
            and not people
            and _INFRASTRUCTURE.intersection(_head_words(item or "")[-2:])
        ):
            metric = "dismantled"  # "six illegal refineries destroyed", "17 deal lines closed": taken down
        if (
            metric in ("other", "seized", "identified")
            and unit == "count"
            and not people
            and cue is not None
            and (cue.word in _FINDING or cue.word in _TAKING_DOWN)
            and _PRODUCTION_SITES.intersection(_head_words(item or "")[-1:])  # (its head: not "lab technicians")
        ):
            metric = "dismantled"  # "2 drug labs were uncovered", "two laboratories were located": taken down
        if metric == "other" and cue and cue.word == "removed" and goods and not people:
            metric = "seized"  # "removed 2,400 firearms from illegal circulation" (websites removed stay `other`)
        if (
            metric == "other"
            and cue
            and cue.word == "removed"
            and people
            # (the people themselves, not what shows them: "removed 1,200 images of children from servers")
            and _head_noun(item or "") in _REMOVED_TO_SAFETY
            and (
                _FROM_EXPLOITATION.match(text, cue.end)
                # (or after them, the verb before: "removed 44 of those children from their alleged abusers")
                or (cue.end <= num.start and _FROM_EXPLOITATION.search(text, end, min(s_end, end + 60)))
            )
        ):
            # "58 children were removed from gold mining sites": taken out of exploitation (not "removed from the
            # school register", "from their parents by social services")
            metric = "rescued"
        if (
            metric == "other"
            and (goods or money)
            and not people
            and cue
            and cue.word in _PLACE_VISITS
            and cue.end <= num.start
            and _WHERE_BETWEEN.search(text, cue.end, num.start)
        ):
            metric = "seized"  # "raided two houses, where 412 kilos were hidden": goods found in the places raided
        if (
            metric == "other"
            and has_unit
            and not people
            and cue
            and cue.word in ("searched", "raided", "searches", "raids")
            and cue.end <= num.start
            and _LIST_SEPARATOR.search(text, cue.end, num.start) is not None  # its own item of a list, not the object
        ):
            metric = (
                "seized"  # "700 searched sites …, more than 8 tonnes of cocaine": places are searched, amounts taken
            )
        if metric == "other" and people and cue and cue.word in ("raided", "visited"):
            continue  # "raided a warehouse where more than 250 people …": the places are counted, not the people
        if metric == "identified" and item and not people and not _COMPANIES.intersection(_head_words(item)[:3]):
            # "detected 19 potential infringements": offences found, not people identified
            # (companies identified as suspects are identified, as the guide says;
            # goods detected are seized: "customs detected 40 kg of heroin")
            metric = (
                "seized"
                if cue is not None and cue.word in _DISCOVERY_CUES and _names_goods(item, has_unit)
                else "other"
            )
        if metric == "rescued" and goods and not people:
            metric = "seized"  # "rescued 37 live pangolins": animals are seized, as the guide has it
        if metric == "rescued" and _SAVED_FROM_DRUGS.search(text, end, min(s_end, end + 50)):
            continue  # "the seizure saved around 563,000 people from drug abuse": a claimed benefit, not a rescue
        if (
            metric == "arrests"
            and cue is not None
            and cue.word == "picked up"
            and item
            and _PICKED_UP_SAFE.intersection(_head_words(item)[:3])
        ):
            metric = "rescued"  # "a cargo ship picked up 37 survivors", "picked up 120 migrants in distress"
        if metric == "arrests" and (has_unit or money or (goods and not people and not arrests_of_a_kind)):
            metric = "seized"  # "arrested with 3 kg of heroin", "… with 8.7 million pills": they were seized
        if metric == "arrests" and not people and item and _head_noun(item) in _CARRIERS:
            metric = "seized"  # "the 12 detained were carrying 16 suitcases": what they carried is seized, not arrested
        if metric == "arrests" and not people and item and _INFRASTRUCTURE.intersection(_head_words(item)[:3]):
            metric = "dismantled"  # "take down 114 servers, arrest five": servers are not arrested
        if (
            metric in ("seized", "arrests", "rescued", "dismantled")
            and item
            and not people
            # (the place's noun after up to two words of its kind: "raids on 735 online gambling establishments")
            and _THINGS.intersection(_head_words(item)[:3])
            and _RAIDS_ON_BEFORE.search(before[-30:])
        ):
            metric = "other"  # "… and $86,500 in cash in raids on six properties": the places searched
        if (
            people
            and metric in ("arrests", "rescued", "identified")
            and _OFFENCE_ON_PEOPLE_BEFORE.search(before[-50:])
            # (not where a verb after them tells what befell them: "investigation of trafficking 17 suspects were
            # arrested", "suspected of smuggling 52 migrants, who were all rescued")
            and not (cue is not None and cue.start >= end)
        ):
            continue  # "arrested on suspicion of trafficking 23 girls", "for sexually exploiting 10 women": the offence
        if (
            metric == "seized"
            and figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric == "other"
            and (open_at := text.rfind("(", max(s_start, num.start - 200), num.start)) >= 0
            and ")" not in text[open_at : num.start]
            and _INCLUDING_OPEN.match(text, open_at)
            # (the parts listed, no clause of their own: "(including at 40 airports, where 120 kg of cocaine was
            # seized)" is a seizure)
            and not _CLAUSE_IN_BRACKET.search(text, open_at, num.start)
            and (whole := next((f for f in reversed(figures) if f.end <= open_at), None)) is not None
            and whole.sentence_start == s_start
            and whole.metric == "other"
        ):
            # "165 896 entities checked (including 63 649 persons, 9 564 locations, 20 556 vehicles …)": the
            # parts, in brackets, of things checked are checked, whatever they are
            metric = "other"
        if metric == "dismantled" and people and not members and cue is not None and cue.word in _KILLING_CUES:
            continue  # "troops eliminated 5 terrorists", "neutralised 11 militants": people killed, no result counted
        if (
            metric == "rescued"
            and cue is not None
            and cue.word in ("safeguarding", "safeguard")
            and _head_noun(item or "") not in _REMOVED_TO_SAFETY
        ):
            # "help safeguard 3,000 jobs", "safeguarding 450 million citizens' data": only victims safeguarded are
            # rescued ("safeguarding 12 potential victims")
            continue
        if metric == "rescued" and item and _SUSPECT_HEADS.intersection(_head_words(item)[-1:]):
            continue  # "two of the suspects were freed", "detainees released on bail": no victims rescued
        if metric in ("arrests", "rescued") and item and not people and _THINGS.intersection(_head_words(item)[:2]):
            continue  # "raided three compounds", "held two meetings" near an arrest, "in raids on two houses"
        if metric == "arrests" and cue is not None and _after_the_arrest(text, cue, num.start, end, s_end, before):
            continue  # "Of the 23 arrested, charges against eight were withdrawn": what became of people counted
        if (
            metric == "arrests"
            and cue is not None
            and cue.end <= num.start
            and num.start - cue.end < 120
            and _OFFENCE_GERUND_BEFORE.search(text, cue.end, num.start)
        ):
            continue  # "21 arrested in Spain for smuggling over 1,000 migrants": the offence's object, not arrests
        if (
            metric == "arrests"
            and item
            and _ARRESTED_AS_SUCH.fullmatch(item)
            and not (item.lower() in ("men", "women") and _GENDER_PAIR.match(text, num.end))
        ):
            item = None  # "40 suspects arrested": the arrests themselves (not men counted beside women)
        if metric in ("arrests", "rescued") and (item is None or item.split()[0].lower() in ("those", "them", "whom")):
            copula = _PART_IS.match(text, end, min(s_end, end + 60))
            if copula:
                at = copula.end() + (4 if text.startswith("the ", copula.end()) else 0)
                named = _item_after(text, at, min(s_end, at + 80))
                if named and not named.split()[0].lower().endswith("ed") and not _DIGIT.search(named):
                    item = named  # "of whom 5 were women", "Of the 19 arrested, 11 are Indian nationals"
            if item and item.lower() in ("whom", "which", "them", "those"):
                item = None  # "12 of whom were detained": a pronoun names nothing counted
        if metric in ("arrests", "rescued") and item and _head_words(item)[:1] and _head_words(item)[0] in _NOT_AN_ITEM:
            item = None  # "arrest six more", "3 more abroad", "those arrested": no item, only more of them
        if metric == "arrests" and item is None:
            # "209 suspects were arrested for murder", "… held on fraud charges":
            # the offence names what the (sub-)count of arrests is
            offence = _OFFENCE_AFTER.match(text, end, min(s_end, end + 90))
            if offence is None and _ARREST_VERB_BEFORE.search(before[-40:]):
                offence = _OFFENCE_NEXT.match(text, end, min(s_end, end + 70))
                if offence is not None and offence.group("what") and not _names_an_offence(offence.group("what")):
                    offence = None  # "picked up 3 people for transport to hospital": a purpose, no offence
            if offence is None and _FOR_OFFENCE_HERE.match(text, end):
                offence = _OFFENCE_NEXT.match(text, end, min(s_end, end + 90))  # "…, 47 for irregular stay"
            if (
                offence is None
                and (people_for := _PEOPLE_THEN_OFFENCE.match(text, end))
                and (
                    people_for.group(1) == "arrests"
                    or (figures and figures[-1].sentence_start == s_start and figures[-1].metric == "arrests")
                    # (or a bulleted list's line under arrests: "- 453 suspects arrested for rape" / "- 403 suspects for
                    # car hijacking")
                    or (
                        figures
                        and figures[-1].metric == "arrests"
                        and num.start - figures[-1].end < 300
                        and _BULLET_BEFORE.search(before[-12:]) is not None
                    )
                    # (or a list's line with no bullet, under its lead-in's colon: "police arrested:\n100 suspects for
                    # illegal possession of firearms\n124 suspects for murder")
                    or _under_lead_in(text, text.rfind("\n", max(0, num.start - 200), num.start) + 1)
                )
            ):
                # "…, 178 people for the offense of drug possession": a list's part, its verb left out; "42 arrests
                # tied to firearms offences": arrests by what they were for
                offence = _OFFENCE_NEXT.match(text, people_for.end(), min(s_end, end + 110))
                if offence is None and people_for.group(1) == "arrests":
                    offence = _OFFENCE_LINKED.match(text, people_for.end(), min(s_end, end + 110))
                if offence is not None and not _names_an_offence(offence.group("what") or "offence"):
                    offence = None  # "1,200 arrests over the festive season", "45 men over the age of 18"
            if (
                offence is None
                and (by := _HELD_BY_AGENCY.match(text, end, min(s_end, end + 120))) is not None
                and _larger_arrests_before(figures, num, last=5, within=400)
            ):
                # a part of the arrests by who made them: "16 persons were arrested by Karnataka Police, seven by Delhi
                # Police", "201 were held by the National Police Service"
                item = "by " + by.group(1).rstrip(".")
            if offence is None and item is None:
                of_them = _OF_THEM_AFTER.match(text, end)  # "…, nine of them on suspicion of …"
                if of_them:
                    offence = _OFFENCE_NEXT.match(text, of_them.end(), min(s_end, end + 90))
                elif _ON_CHARGE_NEXT.match(text, end):  # "… and five on suspicion of immigration offences"
                    offence = _OFFENCE_NEXT.match(text, end, min(s_end, end + 90))
            if offence:
                if offence.group("suspicion"):
                    item = f"on suspicion of {offence.group('suspicion')}"
                else:
                    item = offence.group("what") or f"{offence.group('charge')} charges"
                    item = _OFFENCE_LOOSE_END.sub("", item) or None  # "for the robbery of a" → "robbery"
                    if item:
                        item = _OFFENCE_OF.sub("", item) or item  # "for the offense of drug possession"
                    if item and _DIGIT.search(item):
                        item = _NUMBER_IN_OFFENCE.split(item)[0] or None  # "smuggling 300 migrants": the offence
                    if item and _GENERIC_OFFENCE.fullmatch(item):
                        item = None  # "arrested for the crime": no charge named
                    if item:
                        item = _VALUE_IN_OFFENCE.split(item)[0] or None  # "for trafficking drugs worth RM4.9 million"
        if (
            metric == "other"
            and item
            and {"search", "warrants"} <= set(item.lower().split())
            and (
                _WARRANTS_ASKED_BEFORE.search(before[-60:])
                or _WARRANTS_ASKED_AFTER.match(text, end, min(s_end, end + 60))
            )
        ):
            continue  # "applied for 30 search warrants", "Of the 40 search warrants requested": none carried out yet
        item_words = _head_words(item) if item else []
        if (
            metric == "dismantled"
            and cue is not None
            and cue.word == "exposed"
            and not _INFRASTRUCTURE.intersection(item_words[:3])
            and not (item and _ROUTE_CHANNELS.match(item))
        ):
            continue  # "the investigation exposed 12 shell companies": found out, not taken down
        if (
            metric in ("dismantled", "seized")
            and unit == "count"
            and any(w in _ONLINE for w in item_words)
            and not (item and _ROUTE_CHANNELS.match(item))  # "23 channels of illegal migration": smuggling routes
        ):
            if not any(w in _INFRASTRUCTURE for w in item_words):
                metric = "other"  # websites, links, domains and accounts taken down are `other`
        if money and _PAYMENT_BEFORE.search(before[-40:]):
            continue  # "who was to be paid N4.5 million on delivery", "promised 150,000 baht": a courier's fee
        if metric == "seized" and money:
            what = _money_item(
                before, text[end:hi], text[max(0, num.start - WINDOW) : num.start], text, num.start
            )  # after "pounds" when the unit said the money
            holding = _ACCOUNTS_HOLDING.search(before[-40:])
            if holding or _HELD_IN_ACCOUNTS.match(text, end, min(len(text), end + 60)):
                # "froze 33 bank accounts holding RM10.7mil": the money in them; what a wallet held, where the text
                # names it ("3 hardware wallets with about USD 1 million in cryptocurrencies")
                named = _ASSET_NAMED_AFTER.match(text, end, min(len(text), end + 60))
                if named:
                    item = named.group(1)
                elif holding and "wallet" in holding.group().lower():
                    item = "funds in wallets"
                else:
                    item = "funds in bank accounts"
            elif _FROZEN_ACCOUNTS_HOLDING.search(before[-100:]):
                item = "funds in frozen accounts"  # "14 bank accounts were frozen, holding a total of €218,600"
            elif what:
                if what.endswith(" value") and what.split()[0] in _SCHEME and what != "market value":
                    # "an industry valued at $1.7 trillion globally", "a trade worth $4 billion": what a sum sizes,
                    # no result (not "what we took off the market is worth …": the goods taken off it)
                    continue
                item = what
                base = figures[-1] if figures and figures[-1].sentence_start == s_start else None
                if (
                    what in ("duty paid value", "duty-paid value")
                    and base is not None
                    and base.metric == "seized"
                    and _unit_kind(base.unit) != "money"  # (not "generated N12 billion revenue and …")
                    and base.item
                    and not base.item.endswith(" value")
                    and num.start - base.end < 120
                    and not _DIGIT.search(text, base.end, num.start)
                ):
                    # "- 3,150 cartons of codeine-based cough syrup, DPV N1,218,400,000": the goods just counted
                    item = f"{_goods_of(base.item) or base.item} value"
                if (
                    base is not None
                    and base.metric == "seized"
                    and base.item
                    and what.endswith(" value")
                    and _PACKAGING.fullmatch(what[: -len(" value")])
                    and not _PACKAGING.match(base.item)
                ):
                    # "31 sacks of pangolin scales weighing 1.2 tonnes, with a market value of": the goods the sacks
                    # held, as the haul just counted names them
                    item = f"{base.item} value"
                if (
                    cue is not None
                    and cue.word in _VALUE_CUES
                    and not any(c.metric != "none" and c.word not in _VALUE_CUES for c in near)
                    and not listed
                    and not _GOODS.intersection(_head_words(what))
                    and not _DRUGS.intersection(_head_words(what))
                    and not _MONEY_HEADS.intersection(_head_words(what))
                    # (nor a seizure just reported: "31 tonnes of copper wire … The load was valued at …")
                    and not any(f.metric == "seized" and num.start - f.end < 400 for f in figures[-3:])
                    and not _HAUL_WORDS.intersection(_head_words(text[s_start : cue.start]))  # "The load was valued at"
                ):
                    # only a value word, and what it values is no goods: "whose exports were worth €72bn",
                    # "placed bets worth 28 million euros" (a seizure's value names the goods or a result verb)
                    continue
            elif item is None or item_words and item_words[0] in ("and", "or"):
                # an unnamed sum: money frozen, blocked or intercepted in transfers is funds, money taken is cash;
                # a sum its sentence calls a value is the value of goods: the goods it names before the sum, or
                # those seized last ("The heroin has an estimated value on the illicit market of 480 million
                # meticais", "He put their value on the street at about 14 million")
                valued = (
                    _VALUE_WORD.search(text, max(s_start, num.start - 200), num.start)
                    if (cue is None or cue.word not in _FUNDS_CUES)
                    else None
                )
                goods_valued = _goods_valued(text, s_start, valued.start(), figures) if valued else None
                if goods_valued:
                    item = f"{goods_valued} value"
                else:
                    item = "funds" if cue and cue.word in _FUNDS_CUES else "cash"
        if (
            unit == "count"
            and not money
            and metric not in ("rescued", "identified")
            and _counts_migrants(item_words)
            and (_CARRYING_BEFORE.search(before[-40:]) or (cue is not None and cue.word in _FOUND_CUES))
        ):
            # "stopped a lorry carrying 42 migrants", "intercepted two pirogues carrying 173 migrants", "36
            # migrants were found in the trailer": people smuggled, found where they were hidden, are identified
            # (the smugglers are the arrests)
            metric = "identified"
        counted_people = metric in ("arrests", "rescued", "identified", "dismantled")
        if label_item and (item in (None, "funds", "cash", "units", "pieces", "items") or counted_people):
            item = label_item  # "Crypto assets frozen: €70.4 million" counts crypto assets
            label_words = _head_words(item)
            if _LEGAL_PAPERS.search(item):
                metric = "other"  # "Arrest warrants: 10"
            elif metric in ("dismantled", "seized") and unit == "count" and any(w in _ONLINE for w in label_words):
                if not any(w in _INFRASTRUCTURE for w in label_words):
                    metric = "other"  # "Domains seized: 1,312"
        if metric in ("other", "seized") and not item and unit == "count" and not money:
            part = _PART_OF_GOODS_AFTER.match(text, end)
            if part and part.group(1) and _GOODS.intersection(_head_words(part.group(1))):
                item = part.group(1)  # "Forty of these rifles were seized in …": a part of the goods
            elif (
                figures
                and figures[-1].sentence_start == s_start
                and figures[-1].metric == metric
                and figures[-1].unit == "count"
                and figures[-1].item
                and (passive := _ELLIPTICAL_PASSIVE_AFTER.match(text, end)) is not None
                and _is_cue_word(passive.group(1))
            ):
                # "… seized in the Free State, while 17 were seized in Limpopo": the goods just counted
                item = figures[-1].item
            elif (
                figures
                and figures[-1].sentence_start == s_start
                and figures[-1].unit == "count"
                and figures[-1].item
                and figures[-1].value > num.value
                and figures[-1].metric != metric
                and _OF_WHICH_BEFORE.search(before[-30:])
            ):
                # "149,623 packages were inspected, of which nearly 50,068 were seized": a part of the things counted
                # that came to a result of its own (a part of goods seized, "of which 30 were found in a car", is
                # no more goods)
                item = figures[-1].item
        bare_count = metric in ("other", "seized") and not item and unit == "count"
        if bare_count and breakdown_place and figures and (whole := _whole_before_parts(figures, s_start)):
            if (
                whole.metric == metric
                and whole.unit == "count"
                and whole.item
                and whole.value > num.value
                and num.start - figures[-1].end < 80
                # (the whole has no place of its own before its first part: "five properties in Toronto, two in
                # Hastings" lists counts each with its place)
                and not _OWN_PLACE_AFTER.match(text, whole.end)
            ):
                # "seized 22 properties – 20 in Guatemala and two in Mexico": a part by place of the goods just
                # counted (not a list of counts each with its place: "five properties in Toronto, two in Hastings")
                item, bare_count = whole.item, False
        if (
            bare_count
            and figures
            and (whole := _bracket_whole(text, num.start, figures)) is not None
            and whole.metric == metric
            and whole.unit == "count"
            and whole.item
        ):
            # a part of the count just given, in a bracket whose parts add up to it: "95 judicial cases opened (29
            # for doping and 66 for medicines)", "536 doping inspections performed (148 in competition and 388 out of
            # competition)"
            item, bare_count = whole.item, False
        if bare_count and breakdown_place and cue and cue.word in _EVENTS:
            metric, item = "other", cue.word  # "Seizures were reported by Viet Nam (41), Malaysia (28)": events
        if metric in ("other", "seized") and not item and unit == "count":
            continue  # a count of nothing named: "3 held" after a seizure
        if metric in ("arrests", "rescued", "identified", "dismantled") and item and len(item_words) > 6:
            item = None
        if has_unit and "weigh" in before[-40:] and not (item and any(w in _GOODS for w in _head_words(item))):
            # (words after the weight that name no goods are no item: "weighing 186kg together with …")
            weighing = _WEIGHING_BEFORE.search(before[-30:])
            if weighing:
                # "confiscated shabu weighing 144 grams": the goods named before the weight
                ahead = before[: len(before) - len(before[-30:]) + weighing.start()]
                head = ahead[-30:]
                cut = _VALUE_HEAD_START.search(head)
                named = (head[cut.end() :] if cut else head).split()
                if (not cut or not cut.end()) and len(ahead) > 30 and ahead[-31].isalnum() and head[:1].isalnum():
                    named = named[1:]  # a word the window cuts into ("…arcotics type methamphetamine"): not read
                named = named[-3:]
                while named and (
                    named[0].lower() in ("and", "or", "with", "plus", "million", "billion", "thousand", "lakh", "crore")
                    or not named[0][0].isalpha()
                ):
                    # "… and smaller sachets weighing about 12 grams": the sachets; "8,640,000 Captagon pills
                    # weighing 1.44 tonnes": the pills, not the count's digits
                    named.pop(0)
                item = " ".join(named) or None
        qualifier = qualifier_before(text, num.start)
        if qualifier == "over" and not people and _CHARGED_OVER.search(before[-30:]):
            qualifier = None  # "Three charged over 480kg cocaine import": over is "because of", not a hedge
        previous = figures[-1] if figures and figures[-1].sentence_start == s_start else None
        if previous is not None and num.start - previous.end < 80:
            if _WEIGHING_BEFORE.search(before[-30:]) and has_unit and previous.metric == "seized":
                # "9,857 parcels of cannabis weighing 5,338 kg"
                metric, item = previous.metric, item or _goods_of(previous.item)
            elif (
                _SUB_COUNT_BEFORE.search(before[-30:])
                and metric != previous.metric
                and previous.metric != "other"
                # (not where a verb of its own stands between: "seized 40 kg of cocaine and arrested a gang comprising
                # 5 Albanians", "rescued 12 children and arrested a ring composed of 4 traffickers")
                and not any(previous.end <= c.start < num.start and c.metric != "none" for c in cues)
                # (nor where the part's own verb follows it: "386 recruiters, of which 228 were arrested")
                and not (
                    cue is not None
                    and cue.start >= end
                    and cue.metric not in ("none", "charged")
                    and (passive_after := _PART_PASSIVE_AFTER.match(text, end)) is not None
                    and passive_after.start(1) == cue.start
                )
                # (nor a part of those arrested whose own charge was read as another outcome: "arrested 6,976
                # suspected warriors, of whom 1,622 have been prosecuted in army courts")
                and not (metric == "other" and cue is not None and cue.metric == "charged" and cue.start >= end)
                # (nor one sent on to treatment: "1,200 suspects, of which 717 are being investigated under detention
                # orders")
                and not (metric == "other" and _SENT_FOR_TREATMENT.match(text, num.end))
            ):
                metric = previous.metric  # "rescued 68 victims, including 20 minors"
            elif (
                _CONVERSION_BEFORE.search(before[-20:])
                # (not after the previous amount's own bracket has closed: "marijuana (398.6 kilogrammes), khat (30
                # kilogrammes)", each good's amount in brackets after it)
                and ")" not in text[previous.end : num.start]
                # (nor a list's next good with its amount in brackets: "5,971.53g of ecstasy powder, syabu (334.01g),
                # heroin (659.43g)")
                and not _NAMED_ITEM_BRACKET.search(text, max(previous.end, num.start - 40), num.start)
                # (nor a number set alone in brackets, its unit after them: "(1) ton of Lyrica tablets, (35) kilos
                # of chemical", how some releases write every number)
                and not (
                    text[num.end : num.end + 1] == ")"
                    and end > num.end + 1
                    and not _WORDED_CONVERSION.search(before[-20:])  # ("(1,500) kilograms, or (1.5) tons": one)
                )
                # (a conversion changes the unit: "roughly 6 kilograms of chemical drugs, about 3.25 kilograms of
                # marijuana" is a list, not "1,185 pounds, or about 537.6 kilograms")
                and not (previous.unit == unit and not _CONVERSION_OPEN.search(before[-20:]))
                # (nor the first part of a breakdown in brackets, goods named after each amount: "178 kg of drugs
                # (16kg crack, 11kg heroin and 151kg cocaine)")
                and not (
                    "(" in before[-20:]
                    and _BREAKDOWN_GOES_ON.match(text, end, min(len(text), end + 60))
                    and _smaller_part(previous.unit, previous.value, unit, value)
                )
                # (nor a hedged sum of a list that goes on: "431 dollars, about four million CFA francs, 260 euros
                # and 30 pounds": each a sum seized, where a conversion ends its clause)
                # (a conversion is into a major currency: "12 million soles, about $3.2 million, and 40 kg")
                and not (
                    num.currency
                    and num.currency not in ("USD", "EUR", "GBP")
                    and "(" not in before[-20:]
                    and _MORE_SUMS.match(text, end)
                )
                and (
                    _same_kind(previous.unit, unit)
                    # "4,800 litres (about 1,270 gallons)": gallons: no unit of the guide, the litres converted
                    or (
                        previous.unit in _VOLUMES
                        and unit == "count"
                        and (item or "").split(" ")[0] in _VOLUME_WORDS
                        and "(" in before[-20:]
                    )
                    # and the other way round: "212,400 gallons (804,000 litres) of crude oil" (the bracket
                    # closing on the litres: "(about 150 litres were missing)" says something else)
                    or (
                        unit in _VOLUMES
                        and previous.unit == "count"
                        and (previous.item or "").split(" ")[0] in _VOLUME_WORDS
                        and "(" in before[-20:]
                        and _PAREN_CLOSE.match(text, end) is not None
                    )
                )
            ):
                if unit in _VOLUMES and previous.unit == "count":
                    # the text's own litres for a measure the guide has no unit for; the goods after the bracket
                    closed = _PAREN_CLOSE.match(text, end)
                    previous.value, previous.unit = value, unit
                    previous.item = _item_after(text, closed.end() if closed else end, min(hi, end + 100))
                    continue
                if (
                    previous.unit in _MASSES  # (not a sum in pounds: "270 million Egyptian pounds (Dh50.3 million)")
                    and _IMPERIAL.search(text, previous.start, previous.end)
                    and not _IMPERIAL.search(text, num.start, end)
                ):
                    # "2,200 pounds (998 kilograms)": the text's own metric figure, not our conversion
                    previous.value, previous.unit = value, unit
                    if previous.item is None:  # "(998 kilograms) of elephant tusks"
                        closed = _PAREN_CLOSE.match(text, end)
                        previous.item = _item_after(text, closed.end() if closed else end, min(hi, end + 100))
                continue  # "1,185 pounds of cocaine, or 537.6 kilograms", "HK$13 million (US$1.6 million)"
        if (
            figures
            and unit == "kg"
            and figures[-1].unit in _MASSES
            and figures[-1].metric == metric
            and _MASS_PARTS_GAP.fullmatch(text, figures[-1].end, num.start)
            # (not masses of a list: "4 tons, 600 kg and 250 kg", "2 tonnes and 40 kg respectively", "3 tons, 200 kg
            # of which was cocaine")
            and not _more_amounts_after(text, end, grams=bool(_GRAMS_WRITTEN.search(text, num.start, end)))
            and "respectively" not in text[end : end + 80]
            and (
                (
                    figures[-1].unit == "kg"
                    and value < 1
                    and _GRAMS_WRITTEN.search(text, num.start, end)
                    # (the first part in a larger unit: "1,310 grams and 905 grams" are two)
                    and not _GRAMS_WRITTEN.search(text, figures[-1].start, figures[-1].end)
                )
                or (figures[-1].unit == "tonnes" and value < 1000 and figures[-1].value == int(figures[-1].value))
            )
        ):
            # "37kg and 700g of Kerala cannabis", "62 kilograms and 400 grams", "2 tons, 312 kilograms, 450 grams":
            # one mass, written in descending units
            previous = figures[-1]
            whole = previous.value * 1000 if previous.unit == "tonnes" else previous.value
            # (the gap holds no word: an item the first part has was read from before it, the whole's too)
            previous.value, previous.unit, previous.end = round(whole + value, 6), "kg", end
            previous.item = item or previous.item
            continue
        if (
            figures
            and figures[-1].sentence_start == s_start
            and figures[-1].metric in ("seized", "dismantled")
            and metric != figures[-1].metric
            and unit == figures[-1].unit == "count"
            and _PART_OF_THEM_AFTER.match(text, num.end)
            and _PART_GAP.fullmatch(text, figures[-1].end, num.start)
        ):
            # "163 fishing vessels detained, 37 of them for fishing without a licence": a part of the goods before
            metric, item = figures[-1].metric, figures[-1].item
        if metric in ("identified", "dismantled") and unit in _MEASURES:
            # a weight or a volume is goods, and goods are neither identified nor dismantled: "soldiers found a
            # further 18 tonnes", "dismantled three drug kitchens together with 18 tonnes of meth" are hauls
            metric = "seized"
        if metric in ("arrests", "rescued") and money:
            # money is neither arrested nor rescued: "20 victims rescued, IDR 2.1 billion in cash seized onboard"
            metric = "seized"
        elif metric in ("arrests", "rescued") and value >= _MOST_PEOPLE:
            continue  # "Nine Arrested, 4.6 Billion/ – Trophies Seized": a sum without its sign, no people counted
        part_of = False
        if list_context is None and figures and figures[-1].sentence_start == s_start:
            # the parts of a figure are told where it is ("made 1,950 seizures in 2025, including 146 tonnes of
            # cocaine, 11 tonnes of heroin and …": that year's, as the whole is), and so is the rest of their list
            # (read in place, the text between not copied: the two may stand far apart in a long sentence)
            previous = figures[-1]
            if _PART_OF_BEFORE.fullmatch(text, previous.end, num.start) or (
                previous.context is not None
                and previous.part_of
                and previous.metric == metric
                and _LIST_GOES_ON.fullmatch(text, previous.end, num.start)
            ):
                list_context = previous.start if previous.context is None else previous.context
                part_of = True
        figures.append(
            RawFigure(
                metric=metric,
                value=value,
                unit=unit,
                item=item,
                qualifier=qualifier,
                start=num.start,
                end=end,
                sentence_start=s_start,
                sentence_end=s_end,
                # (a value "in Europe" is where it would sell, not a part of the results: "a street value of some
                # $250 million in Europe"; "cocaine worth $2 million in Spain and $1 million in Italy" are parts)
                scope=None
                if money
                and breakdown_place is not None
                and item
                and item.endswith(" value")
                and in_place
                and (_is_region(breakdown_place) or _MARKET_VALUE_BEFORE.search(before[-80:]) is not None)
                else breakdown_place,
                context=list_context,
                part_of=part_of,
            )
        )
        if breakdown_place and len(figures) > 1:
            _inherit_from_parent(text, figures)
        for p_start, p_end in more_places:
            # each further part stands at its place's name: one figure, one span (an analyst's correction of
            # one is kept by its span)
            figures.append(replace(figures[-1], scope=text[p_start:p_end], start=p_start, end=p_end))
    figures = _elided_parts(text, figures, place_at_start)
    _name_the_goods(figures, text)
    if tabled:
        figures = sorted(figures + tabled, key=lambda f: f.start)
    return figures


# A breakdown's next part with its verb and noun left out: "In Brazil, 221 people were arrested; in Colombia,
# 98; and in Peru, 40." (the separator, then a place, then a bare number ending the part)
_NEXT_PART = re.compile(r"[;,][ \t]+(?:and[ \t]+)?(?:in[ \t]+)?")
_FRONTED_IN = re.compile(r"\s*[Ii]n[ \t]+")
_PART_STOP = re.compile(r"[.!?](?=\s|\Z)|\n")  # the end of the whole sentence (a semicolon parts it further)
_ELIDED_NUMBER = re.compile(r",?[ \t]+(\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]*(?:[.;]|,?[ \t]+and\b|\Z))")


def _elided_parts(text: str, figures: list[RawFigure], place_at_start: dict[int, int]) -> list[RawFigure]:
    """The parts of a breakdown by place written without their verb and noun, after a part that has them:
    each is the same metric, unit and item as that part, with its own place and value. Only after a count
    with a place (its scope, or "In <place>," opening its sentence), only numbers that are no figure
    already, at most twelve per sentence."""
    last_in_sentence: dict[int, RawFigure] = {}
    for f in figures:
        last_in_sentence[f.sentence_start] = f
    starts = {f.start for f in figures}
    added: list[RawFigure] = []
    for f in last_in_sentence.values():
        if f.unit != "count":
            continue  # (a bare number after a mass or a sum says no unit: "…; in Portugal, 300")
        fronted = _FRONTED_IN.match(text, f.sentence_start, f.start)
        if f.scope is None and not (
            fronted and fronted.end() in place_at_start and text.startswith(",", place_at_start[fronted.end()])
        ):
            continue  # (a part of a breakdown: "In Brazil, 221 people were arrested", "221 in Brazil")
        pos = f.end
        stop = _PART_STOP.search(text, pos, pos + 400)
        limit = stop.start() if stop else min(len(text), pos + 400)
        for _ in range(12):
            sep = _NEXT_PART.search(text, pos, limit)
            if sep is None or sep.end() not in place_at_start:
                break
            place_end = place_at_start[sep.end()]
            num = _ELIDED_NUMBER.match(text, place_end, limit + 1)
            if num is None or num.start(1) in starts:
                break
            added.append(
                replace(
                    f,
                    value=float(num.group(1).replace(",", "")),
                    start=num.start(1),
                    end=num.end(1),
                    scope=text[sep.end() : place_end],
                    qualifier=None,
                    compared_with=None,
                )
            )
            pos = num.end()
    if not added:
        return figures
    return sorted(figures + added, key=lambda f: f.start)


_MORE_AMOUNTS_AFTER = re.compile(
    r"[ \t]*(?:(?:,[ \t]*)?and[ \t]+|,[ \t]*)(?:(\d[\d,.]*)[ \t]*([a-zA-Z]*)|of\s+which)|[ \t]+of[ \t]+which\b"
)


def _more_amounts_after(text: str, end: int, *, grams: bool) -> bool:
    """Whether another amount follows a mass as the next item of a list ("4 tons, 600 kg and 250 kg") or a
    part of it does ("…, 200 kg of which"), not the next smaller unit of one mass ("2 tons, 312 kilograms, 450
    grams": grams after kilograms go on with it; after grams, nothing smaller does: "2 kg, 800 grams and 650 grams"
    are a list). ``grams``: the mass before was written in grams."""
    m = _MORE_AMOUNTS_AFTER.match(text, end)
    if m is None:
        return False
    return m.group(1) is None or grams or not _GRAMS_WRITTEN.match(text, m.end(1) - 1)


_MASS_PARTS_GAP = re.compile(r"\s+and\s+|[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+")  # (or a blank: "1,204 kg 350 g")
# The unit said once for two amounts: "202 kilograms of marijuana and | 100 | of hashish" (the unit as written at
# the end of the amount before, not grams made kilograms)
_OF_WORD_AFTER = re.compile(r"[ \t]+of[ \t]+(?!(?:the|them|those|these|which|whom|a|an|its|their)\b)[a-z]")
_ITEM_THEN_JOINT = re.compile(r"[ \t]+of[ \t]+[\w' -]{1,40}?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
_WHOLE_UNIT_WRITTEN = re.compile(r"(?i)(?:kgs?|kilos?|kilogram(?:me)?s?|tonnes?|tons?|litres?|liters?)\.?$")
_PASSIVE_JUST_BEFORE = re.compile(r"\b(?:were|was|been|be|are|is)\s+$")
_PART_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|which|those|these)\b")
_PART_GAP = re.compile(r"[^.;:!?\d\n]{0,60},\s*")
_SUSPECTS = frozenset({"suspects", "suspect"})  # people a results list counts as arrested, its verb left out
# A heading that opens a breakdown by place ("Breakdown of the results by state command shows that:",
# "Results per country:"), not a list of the wanted or of where goods came from
_BY_PLACE_HEADING = re.compile(r"\b(?:by|per|breakdown|across|each)\b", re.I)
_NOT_RESULTS_HEADING = re.compile(r"\b(?:wanted|at\s+large|on\s+the\s+run|fugitives?|escaped|origins?|routes?)\b", re.I)


def by_place_heading(text: str, line_start: int) -> bool:
    """Whether the heading over a list's line (the last line before it that ends in a colon, within a few
    lines) opens a breakdown of results by place."""
    head_end = text.rfind(":\n", max(0, line_start - 600), line_start)
    if head_end < 0:
        return False
    heading = text[text.rfind("\n", max(0, head_end - 300), head_end) + 1 : head_end]
    return _BY_PLACE_HEADING.search(heading) is not None and _NOT_RESULTS_HEADING.search(heading) is None


# What stands between a figure and the first of its parts: "1,950 seizures in 2025, including", "44 people were
# arrested, among them" (no verb of another clause: a part follows its whole in one breath)
_PART_OF_BEFORE = re.compile(
    r"[^.;:()]{0,80}?,\s+(?:including|among\s+them|among\s+which|of\s+which|of\s+whom)\s+"
    r"(?:(?:some|about|around|nearly|almost|more\s+than|over|at\s+least)\s+)?"
)
# The rest of a list of parts: "of cocaine, ", " of heroin and "
_LIST_GOES_ON = re.compile(r"[^.;:(),\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)")
# The units a drug is packed in (counted beside its weight), as opposed to what it is hidden in
# (one of them too: "one packet of heroin weighing 2 kg")
_DRUG_UNITS = re.compile(r"(?:[\w-]+\s+){0,2}?(?:brick|bale|block|packet|parcel|package|pack|slab)s?\b", re.I)
_GRAMS_WRITTEN = re.compile(r"\d\s*(?:g|gm|gms|grams?|grammes?)\b")

#: Items that only point back at goods named before: "31 kilograms of the drug".
_ANAPHORIC_GOODS = words("figure_anaphoric_goods")
#: How far back (characters) the goods of an unnamed amount are looked for.
_GOODS_REACH = 1500


def _name_the_goods(figures: list[RawFigure], text: str) -> None:
    """A mass seized without its goods ("agents found 135 kilos hidden in a
    lorry", "31 kg of the drug") is of the goods the masses seized shortly
    before it were of: a story about cocaine says "kilos"."""
    near: deque[RawFigure] = deque()  # the masses seized with their goods, within reach of the next one
    counts: dict[str, int] = {}  # how often the story's masses name each goods so far
    valued: RawFigure | None = None  # the last sum seized that values named goods ("cocaine worth £2 million")
    last_drug: tuple[int, str] | None = None  # where the last figure naming a drug ends, and the drug
    for f in figures:
        if f.metric == "seized" and f.item and f.item.endswith(" value") and f.unit not in _MASSES:
            goods = f.item[: -len(" value")]
            if goods.lower() in _DRUGS:
                valued = f
            continue
        if f.metric == "seized" and f.item and (drug := [w for w in _head_words(f.item) if w in _DRUGS]):
            last_drug = (f.end, drug[-1])
        if f.metric != "seized" or f.unit not in _MASSES:
            continue
        while near and f.start - near[0].end > _GOODS_REACH:
            near.popleft()
        if f.item and _DRUG_CARRIERS.fullmatch(f.item) and not any(w in _DRUGS for w in _head_words(f.item)):
            # the weight of packets, pellets or capsules is the drug's: the drug named right after it ("55 pellets,
            # weighing approximately 800 grams, suspected to contain cocaine"), else the one named shortly before
            # ("a suspect carrying three packets of methamphetamine … seized 16 packets weighing 10.344 kilograms"),
            # unless other goods are named after it ("20 boxes weighing 400 kg containing counterfeit cigarettes") or
            # another case came between ("In a separate case, customs seized 12 boxes weighing 300 kg")
            if _GOODS_NAMED_AFTER.match(text, f.end):
                named = [w for w in _head_words(text[f.end : min(f.end + 80, f.sentence_end)]) if w in _DRUGS]
                if named:
                    f.item = named[0]
                    continue
            elif (
                last_drug is not None
                and f.start - last_drug[0] <= _GOODS_REACH
                and not _ANOTHER_CASE.search(text, last_drug[0], f.start)
                # (nor other goods the sentence named before: "seized ivory tusks in 6 bags weighing 90 kg")
                and not any(
                    w in _GOODS and w not in _DRUGS and not _DRUG_CARRIERS.fullmatch(w)
                    for w in _head_words(text[max(f.sentence_start, last_drug[0], f.start - 200) : f.start])
                )
            ):
                f.item = last_drug[1]
                continue
        if f.item is None or f.item.lower() in _ANAPHORIC_GOODS:
            if near:
                # the goods the story speaks of most (a cocaine story names cocaine again and
                # again, the cannabis found on the side once); ties go to the latest
                f.item = max(reversed(near), key=lambda g: counts[g.item]).item  # type: ignore[index]
            elif valued is not None and f.start - valued.end <= _GOODS_REACH and valued.item:
                # "cocaine worth £2 million … found 24 kilos of the drug": the drug the sum valued
                f.item = valued.item[: -len(" value")]
            continue
        if any(w in _GOODS for w in _head_words(f.item)):
            near.append(f)
            counts[f.item] = counts.get(f.item, 0) + 1


def _last_char_before(text: str, pos: int) -> int:
    """The position of the last non-blank character before ``pos`` (0 if none)."""
    k = pos - 1
    while k > 0 and text[k].isspace() and pos - k < 200:
        k -= 1
    return max(0, k)


def _table_figures(text: str, lowered: str, sentences: list[tuple[int, int]], is_place) -> list[RawFigure]:
    """The figures of plain-text tables (``store.extract.tables``): the
    column's name gives the metric, the row's label the item or the scope."""
    out: list[RawFigure] = []
    for cell in find_tables(text, is_place):
        nums = find_numbers(text[cell.start : cell.end])
        if not nums:
            continue
        num = nums[0]
        start, end = cell.start + num.start, cell.start + num.end
        unit, factor = num.currency or "count", 1.0
        um = _UNIT_RE.match(text, end)
        if um and not num.currency and um.end() <= cell.end:
            unit, factor = UNITS[um.group(1).lower()]
            end = um.end()
        value = num.value if factor == 1.0 else float(f"{num.value * factor:.10g}")
        column_cues = [c for c in find_cues(cell.column.lower()) if c.metric != "none"]
        label = cell.row.text.strip()
        column_rest = " ".join(w for w in cell.column.split() if w.lower() not in _CUE_METRIC) or None
        if column_cues and column_cues[-1].word in _EVENTS:
            metric = "other"  # "Seizures": a count of seizures of the row's goods
            item = column_cues[-1].word if cell.row_is_place else f"{label} {column_cues[-1].word}"
        elif column_cues:
            metric = column_cues[-1].metric
            item = column_rest if cell.row_is_place else label
            if metric == "arrests" and item and _GENERIC_PEOPLE.fullmatch(item):
                item = None  # "Suspects arrested": the arrests themselves
        elif not cell.row_is_place:
            metric, item = "seized", label  # "Quantity": what was seized of the row's goods
        else:
            continue
        s_start, s_end = sentence_at(sentences, start)
        out.append(
            RawFigure(
                metric=metric,
                value=value,
                unit=unit,
                item=item,
                qualifier=None,
                start=start,
                end=end,
                sentence_start=s_start,
                sentence_end=s_end,
                scope=label if cell.row_is_place else None,
                context=_last_char_before(text, cell.header_start),  # the text before the header introduces it
            )
        )
    return out


# What goods are packed in, and how a text says so.
_PACKS = r"parcels|packages|packets|bags|sacks|bales|bricks|cartons|boxes|jerry\s*cans|jerricans|sachets|wraps|bundles"
# A measure right before packages in the plural (no "of" between): the size of each ("in 1kg blocks", "500g packets",
# "50 kg bags"; "a 1kg block of cocaine" is one block's amount); and the same with a count just before the measure
_PACKAGE_WORDS_PLURAL = rf"(?:{_PACKS}|blocks|slabs|tins|jars|bottles|cans|drums|barrels|pouches|tubes|pellets)"
# (a word of the goods between, after "in": "packed in 1kg cocaine bricks")
# (blanks, a dash, blanks: written so a run of blanks is read one way only, linear however long it is)
_EACH_PACKAGE_AFTER = re.compile(rf"[ \t]*(?:-[ \t]*)?(?:[a-z]+[ \t]+)?{_PACKAGE_WORDS_PLURAL}\b(?![ \t]+of\b)", re.I)
_PACKAGE_AFTER = re.compile(rf"[ \t]*(?:-[ \t]*)?{_PACKAGE_WORDS_PLURAL}\b", re.I)
# What the goods were packed in, just before the measure: "packed in (individual) 1kg blocks", "divided into 500g
# packets" (not "seized 400 kg blocks" or "45 kg in bags": amounts)
_PACKED_IN_BEFORE = re.compile(r"\b(?:in|into)[ \t]+(?:(?:individual|separate|small|identical|plastic)[ \t]+)?$")
_COUNT_RIGHT_BEFORE = re.compile(r"(?<![\d.,])\d[\d,]*[ \t]+$")
# Channels of a trade, in translated releases, are its smuggling routes and the networks that run them, not
# messaging channels: "exposed 23 channels of illegal migration", "12 international drug trafficking channels
# were liquidated"
_TRADES = r"(?:illegal|irregular|drug|human|migrant|smuggling|trafficking|arms|weapons|narcotics?)"
_ROUTE_CHANNELS = re.compile(
    rf"(?:[\w-]+\s+){{0,2}}?channels?\s+(?:of|for)\s+(?:the\s+)?{_TRADES}\b"
    rf"|(?:[\w-]+\s+){{0,2}}?{_TRADES}\s+(?:[\w-]+\s+){{0,2}}?channels?\b",
    re.I,
)
_IN_BEFORE = re.compile(r"\b(?:in|inside|into)\s+$", re.I)
# (beside _DRUG_UNITS, which never reach that test)
_SALE_UNITS = re.compile(r"(?:[\w-]+\s+){0,2}?(?:cartons|sachets|wraps)\b", re.I)
# People smuggled, and how a text finds them: in a vehicle that carried them, or found, discovered, detected.
_MIGRANTS = words("figure_migrant_nouns")
# People "picked up" who are taken to safety, not arrested
_PICKED_UP_SAFE = words("figure_picked_up_safe")
_FROM_EXPLOITATION = re.compile(
    r"\s+from\s+(?:[\w-]+\s+){0,4}?(?:mines?|mining|sites?|brothels?|farms?|streets?|labou?r|fishing|boats?|plantations?"
    r"|factor(?:y|ies)|quarr(?:y|ies)|compounds?|camps?|bars?|clubs?|communities"
    r"|abusers?|traffickers?|exploiters?|captors?|pimps?)\b",
    re.I,
)
# People "removed" from where they were exploited (not migrants removed from a country: deported)
_REMOVED_TO_SAFETY = words("figure_removed_to_safety")
_SMUGGLERS = words("figure_smuggler_nouns")
_CARRYING_BEFORE = re.compile(r"\b(?:carrying|transporting|ferrying|crammed\s+with|packed\s+with)\s+(?:\w+\s+)?$", re.I)
_FOUND_CUES = words("figure_found_cues")
# What "held" says of people kept, not arrested: for ransom, as hostages, at bay, at a centre or a camp
_HELD_NOT_ARRESTED = (
    # ("held as hostages", "held as slaves"; not a clause after "as": "Five held as police bust drug ring")
    r"(?!\s+(?:in\s+)?(?:custody\s+)?(?:for|as\s+(?:an?\s+)?(?:hostages?|slaves?|captives?|prisoners?|human\s+shields?"
    r"|collateral|security|bargaining|ransom|witness(?:es)?)\b|at\s+bay|hostages?|captive)"
    r"|\s+(?:in|at)\s+(?:[\w-]+\s+){0,3}?(?:centres?|centers?|camps?|shelters?|facilit(?:y|ies))\b)"
)
# "held" right before a count of people, a force its subject: "security forces held 87 migrants" (not a vessel's
# or a building's size, "the boat, which held 90 migrants"; not a perfect's, "is thought to have held some 10,000")
_HELD_BEFORE = re.compile(
    r"\b(?:police|forces|troops|soldiers|officers|authorities|gendarmes|gendarmerie|guards?|agents|personnel|units?"
    r"|teams?|navy|army|customs|officials)\s+(?:[a-z]+\s+)?held\s+(?:(?:some|about|around|at\s+least|over|nearly)\s+)?$",
    re.I,
)
# A passive "held" after a count of people in a body: "71 nationals who entered illegally were held by …"
_BODY_HELD_AFTER = re.compile(
    r"(?:\s+[\w'’-]+,?){0,10}?\s+(?:were|was|have\s+been|had\s+been)\s+held\b" + _HELD_NOT_ARRESTED, re.I
)
_FOR_QUESTIONING_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+for\s+questioning\b", re.I)
# People held who are captives, not suspects: "the victims … had been held", "kidnappers held 14 passengers"
_CAPTIVES = re.compile(r"\b(?:victims?|hostages?|captives?|passengers|inmates|prisoners)\b", re.I)
# A headline's "held" after its count ("Three held after raid"), not "held for ransom", "held as hostages"
_HEADLINE_HELD_AFTER = re.compile(
    # (nor hostages, people kept at a centre, a verb with its object: "12 held hostage", "30 foreigners held in
    # Bangkok immigration centre", "2,000 people held a vigil")
    r"(?:\s+[\w-]+){0,2}?\s+held\b"
    + _HELD_NOT_ARRESTED
    + r"(?!\s+(?:a|an|the|talks|meetings?|vigils?|rall(?:y|ies)|protests?)\b)"
    # (nor people the same clause frees: "47 held in warehouse freed as police raid …")
    + r"(?![^,;.\n]{0,40}?\b(?:freed|rescued|released|saved|liberated)\b)",
    re.I,
)
_FOUND_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){0,4}?(?:were|was|had\s+been|have\s+been)\s+(?:found|discovered|detected|located)\b", re.I
)
# what goods are hidden in or held by (shipping containers are counted: not here)
_PACKAGING_PLURALS = rf"{_PACKS}|crates|suitcases|backpacks|drums|tins|jars|bottles|rolls|pouches|envelopes"
_PACKAGING_WORDS = rf"(?:{_PACKAGING_PLURALS})"
# The packages one at a time, as a count of one writes them: "one bag of methamphetamine weighing 18.2 kg" is
# packing as "10 bags of heroin weighing 209.3 kg" is (only before what it holds: "3 bottle caps" are caps; not
# where the plural alone is meant: "bags of 50kg" gives each one's size)
_ONE_PACKAGE = (
    r"(?:parcel|package|packet|bag|sack|bale|brick|carton|box|jerry\s*can|jerrican|sachet|wrap|bundle|crate"
    r"|suitcase|backpack|drum|tin|jar|bottle|roll|pouch|envelope)"
    r"(?=$|\s+(?:of|containing|holding|with|carrying|filled|packed|weighing)\b)"
)
_PACKAGES_ONE_OR_MORE = rf"(?:{_PACKAGING_PLURALS}|{_ONE_PACKAGE})"
_PACKAGING = re.compile(r"(?:[\w-]+\s+){0,2}?" + _PACKAGES_ONE_OR_MORE + r"\b", re.I)
_GOODS_NAMED_AFTER = re.compile(r",?\s+(?:containing|of|with|filled\s+with|holding|believed|suspected|thought)\b", re.I)
_ANOTHER_CASE = re.compile(r"(?i)\b(?:separate(?:ly)?|another|other|also|meanwhile|elsewhere)\b")
# What a drug is carried in, swallowed or not: the weight of "55 pellets" is the drug's
_DRUG_CARRIERS = re.compile(r"(?:[\w-]+\s+){0,2}?(?:" + _PACKAGING_WORDS + r"|pellets|capsules|balls)\b", re.I)
# What each of several things holds, right before the number: "each with 408 pieces", "Each box contained 500
# packets", "each weighing about 1 kg"
_EACH_HOLDS_BEFORE = re.compile(
    rf"(?i)\beach(?:\s+[a-z]+)?\s+(?:with|contain(?:s|ed|ing)?|hold(?:s|ing)?|held|weigh(?:s|ed|ing)?)\s+"
    rf"(?:{_HEDGE}\s+)?$"
)
# Packages in the plural, then "of" and an amount: the size of each package, not the amount seized
# ("3,112 bags of 50kg foreign parboiled rice"; "a bag of 2 kg" is the amount), and vessels for liquids ("16
# metal barrels of 200 liters", "4 plastic tubes of 1,000 liters", "containers of 20,000 litres")
_PACKAGE_SIZE_BEFORE = re.compile(
    rf"\b(?:{_PACKAGING_WORDS}|barrels|tubes|tanks|canisters|cylinders|jugs|cans|containers)\s+of\s+"
    r"(?:about\s+|some\s+|around\s+)?$",
    re.I,
)
_HIDDEN_IN_LEADS = (
    "concealed", "hidden", "packed", "stashed", "stuffed", "wrapped", "packaged", "divided", "split", "loaded",
    "found", "stored", "kept",
)  # fmt: skip
_HIDDEN_IN_BEFORE = re.compile(
    r"\b(?:concealed|hidden|packed|stashed|stuffed|wrapped|packaged|divided|split|loaded|found|stored|kept)\s+"
    r"(?:in|into|inside|among|across|under|beneath)\s+"
    # (a part of the container: "concealed in the false bottoms of two suitcases", "in the lining of")
    r"(?:the\s+(?:false\s+|hidden\s+|secret\s+|double\s+)?(?:bottoms?|linings?|walls?|floors?|compartments?|"
    r"tanks?|panels?|roofs?|chassis|soles?|frames?|sides?)\s+of\s+)?"
    r"(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+)?$",
    re.I,
)
_HOLDING_A_FIGURE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?" + _PACKAGES_ONE_OR_MORE + r"\s+(?:holding|containing|with|carrying|filled\s+with|"
    r"packed\s+with)\s+"
    # (the goods named, then their weight: "124 bags containing pangolin scales with total weight of 4,180kg")
    r"(?:(?:[\w-]+\s+){1,4}?(?:with\s+(?:a\s+)?(?:total\s+|combined\s+|gross\s+)?(?:weight|mass)\s+of|weighing|"
    r"totall?ing)\s+)?"
    r"(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?\d",
    re.I,
)
# Packages of goods, then the goods' weight: "23 bags of ivory chips weighing over 1.4 tonnes", "40 sacks of bhang
# weighing 1.2 tonnes" (the weight is the figure; the bags are what it came in)
_PACKAGES_OF_WEIGHED = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?" + _PACKAGES_ONE_OR_MORE + r"\s+of\s+(?:[\w-]+\s+){1,4}?"
    r"(?:weighing|with\s+(?:a\s+)?(?:total\s+|combined\s+|gross\s+)?(?:weight|mass)\s+of)\s+"
    r"(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|approximately\s+|around\s+)?\d",
    re.I,
)
_CONTAINERS = re.compile(
    rf"^(?:\w+\s+)?(?:{_PACKS}|blocks|slabs|kegs|cans|containers|pieces|units|consignments)\s+of\s+", re.I
)


_IMPERIAL = re.compile(r"(?i:pounds?|lbs?|ounces?|oz|short\s+tons?)\b")
# The same amount again in brackets, in other units: "(37,400 pounds)", "(about US$1.2 million)".
_HEDGE_IN_BRACKETS = r"[ \t]*\(+(?:approx\.?|approximately|about|around|estimated|est\.)\)"
_HEDGED = re.compile(_HEDGE_IN_BRACKETS)
_RESTATED_AMOUNT = re.compile(
    r"[ \t]*\((?:kg|g|kgs|l|m3|t)\)"  # the unit's abbreviation: "300 kilogrammes (kg) of syabu"
    # a hedge in brackets after the unit: "8.25 Kg(approx) Charas", "640 gm (approx.) Heroin"
    rf"|{_HEDGE_IN_BRACKETS}"
    r"|[ \t]*\((?:about|approximately|approx\.|some|around|roughly|nearly|over|more than|~)?[ \t]*"
    r"(?:[A-Z]{0,3}[$€£¥₹₱])?[ \t]?\d[\d,.]*[ \t]*(?:[A-Za-z.]{1,12}[ \t]?){0,2}\)"
)
# What says a conversion follows: "(", or words: "or", "i.e.", "equivalent to"
_WORDED_CONVERSION_OPENERS = r"(?:\bor|\bi\.e\.,?|\bequivalent to)"
_CONVERSION_OPENERS = rf"(?:\(|{_WORDED_CONVERSION_OPENERS})"
# A conversion said in words, perhaps with a bracket too: "(1,500) kilograms, or (1.5) tons"
_WORDED_CONVERSION = re.compile(rf"{_WORDED_CONVERSION_OPENERS}\s*\(?\s*$")
# Between an amount and the same amount in other units in brackets: "91,000 pounds (41,310 kilograms)",
# "120 pounds (approximately 54 kilograms)"
_BRACKETED_CONVERSION_GAP = re.compile(rf"[ \t]*\([ \t]*(?:(?:{_HEDGE}|approx\.)[ \t]+)?")
# A conversion said as one right before the amount (not a bare hedge)
_CONVERSION_OPEN = re.compile(rf"{_CONVERSION_OPENERS}\s*(?:[a-z]+\s+)?$")
# After a bracket's first amount, its goods and the next amount: a breakdown goes on ("(16kg crack, 11kg heroin"),
# where a conversion ends or gives the same amount again ("(about 1,270 gallons)", "(1,200 pounds, or 544 kg)")
_BREAKDOWN_GOES_ON = re.compile(r"[ \t]+[^\W\d_][^()\n\d,;]{0,40}?(?:,|\s+and)\s+(?:\d|(?:some|about|over)\s+\d)")
# Warrants asked for, argued over or refused, not carried out
_WARRANTS_ASKED_BEFORE = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)\s+for|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|needs?|needed|challeng(?:e|es|ed|ing)"
    r"|contest(?:s|ed|ing)?|refus(?:e|es|ed|ing))\b[^.;:\d]{0,30}$",
    re.I,
)
_WARRANTS_ASKED_AFTER = re.compile(
    r"[^.;:\d]{0,40}?\b(?:requested|sought|applied\s+for|pending|refused|denied|rejected|challenged)\b", re.I
)
# An editor's words in square brackets inside a phrase ("[forty]", "[sic]", "[Kalashnikov]", "[and]")
_EDITORS_BRACKETS = re.compile(r"\s*\[([^\[\]\n]{0,40})\](.*)|\s*\[.*", re.S)
_JOINT_WORDS = frozenset("and or but then while as the a an of to in".split())


def _editors_words(m: re.Match[str]) -> str:
    """A phrase without its editor's brackets: a joint or an unclosed bracket ends it ("18.6 tons of marijuana [and]
    reported …": the marijuana), other words are dropped and the phrase goes on ("15 AK-47 [Kalashnikov] rifles")."""
    if m.group(1) is None or m.group(1).strip().lower() in _JOINT_WORDS:
        return ""
    return m.group(2)


# The goods after an amount, up to the bracket that opens their breakdown: " of Class A drugs ("
_GOODS_THEN_BRACKET = re.compile(r"[ \t]+(?:of[ \t]+)?[^\W\d_][^()\n\d;:.]{0,50}\([ \t]*")
# A list's comma and a good's name right before a bracket: ", syabu (", ", heroin ("
_NAMED_ITEM_BRACKET = re.compile(
    # (not a worded conversion's opener: "(1,500) kilograms, or (1.5) tons")
    r",[ \t]*(?!(?:or|i\.e|equivalent|about|approximately|roughly|around|some|nearly|almost)\b)"
    r"[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,3}[ \t]*\($"
)
# The verbs that open a list of a group's parts, and the pronouns a label names a group by
_LISTING_VERBS = frozenset("include includes included including comprise comprises comprised comprising".split())
_GROUP_PRONOUNS = frozenset("those these they them all".split())
_CONVERSION_BEFORE = re.compile(
    rf"(?:{_CONVERSION_OPENERS}\s*"
    # a hedged conversion: "120 pounds (approximately 54 kilograms)", "12 million soles (about $3.2 million)"
    r"(?:(?:about|approximately|approx\.|roughly|some|around|nearly|almost|over|more\s+than|close\s+to)\s*)?"
    # (bare "about" after "and" goes on a list: "294 tonnes of drugs in 2024, and about 250 tonnes so far")
    r"|(?<!\band )(?:\babout|\broughly|\bsome))\s*$"
)
_MASSES = frozenset(MASS_KG)
_WEIGHED_UNITS = _MASSES | {"litres"}  # the units of goods weighed or measured, not counted
_MEASURES = _MASSES | {"litres", "m3"}
_VOLUMES = frozenset(VOLUME_LITRES)
_VOLUME_WORDS = words("figure_volume_words")


# An amount of mass just before, then a conversion's opener: "536 kilos, or ", "1.2 tonnes (about "
_MASS_BEFORE = re.compile(
    r"(\d(?:[\d,.]*\d)?)\s*("
    + "|".join(sorted((re.escape(w) for w, (u, _) in UNITS.items() if u in MASS_KG), key=len, reverse=True))
    + rf")(?![\w-])\.?\s*,?\s*{_CONVERSION_OPENERS}\s*"
    rf"(?:(?:{_HEDGE}|approx\.)\s+)?$",
    re.I,
)


def _same_mass(written: str, unit_word: str, value: float, unit: str) -> bool:
    """Whether the amount ``written`` in ``unit_word`` is ``value`` in ``unit``, within 5 %: "536 kilos, or
    1,181 lbs" (one amount twice), not "90 boxes of 20 kg (1.8 tonnes …)" (each box's size, then the whole)."""
    try:
        first = float(written.replace(",", ""))
    except ValueError:
        return False
    kind, factor = UNITS[unit_word.lower()]
    return _same_kilograms(first * factor * MASS_KG[kind], value * MASS_KG[unit], 0.05)


def _same_kilograms(a: float, b: float, tolerance: float) -> bool:
    """Whether two masses in kilograms are one amount, within ``tolerance`` of the larger."""
    return abs(a - b) <= tolerance * max(a, b)


def _smaller_part(whole_unit: str, whole: float, unit: str, value: float) -> bool:
    """Whether an amount is a part of the one before it, smaller in one unit (a conversion is the same amount:
    "2 tonnes of cannabis (2,000 kg …)", "30 pounds (roughly 13.6 kilograms …)")."""
    if whole_unit in MASS_KG and unit in MASS_KG:
        return value * MASS_KG[unit] < 0.9 * whole * MASS_KG[whole_unit]
    return unit == whole_unit and value < 0.9 * whole


def _same_kind(a: str, b: str) -> bool:
    """Both masses, or both sums of money: one can be the other converted."""
    if a in _MASSES and b in _MASSES:
        return True
    return a.isupper() and b.isupper() and a != b or (a == b and a.isupper())


def _goods_of(item: str | None) -> str | None:
    """What a count of containers holds: "parcels of cannabis sativa" → "cannabis sativa"."""
    if not item:
        return None
    m = _CONTAINERS.match(item)
    return item[m.end() :] if m else item


_TOTAL_WORDS = frozenset({"total", "totals", "overall", "all", "grand"})
_IN_THE = re.compile(r"\s+in\s+(?:the\s+)?")
_FROM_THE = re.compile(r"\s+from\s+(?:the\s+)?")
# People from a place as a breakdown's first part, the next part's count right after the place: "179 people from
# Myanmar, 177 from Vietnam" (not where people came from, "71 workers from Nepal and Bangladesh")
_PEOPLE_FROM = re.compile(
    r"\s+(?:people|persons|nationals|citizens|individuals|suspects|detainees|migrants|workers|victims)\s+from\s+"
    r"(?:the\s+)?"
)
# The next part of a breakdown by place after a place: ", four in France", " and two in Bulgaria"
_NEXT_PLACE_PART = re.compile(
    r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+in[ \t]"
)
_NEXT_PART_COUNT = re.compile(r",[ \t]*(?:and[ \t]+)?\d[\d,]*[ \t]+(?:[a-z]+[ \t]+)?from[ \t]")  # ", 177 from Vietnam"
# (the people just counted, by a pronoun or the whole's noun: "They included …", "The total includes …")
_IT_INCLUDED = re.compile(
    r"\W*(?:It|They|These|This|Those|The\s+(?:total|figure|number|tally|detainees|arrested))\s+"
    r"(?:included|includes|include|comprised|comprises)\s+"
)
_IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
# Between two parts of a breakdown by place: the place and a joint ("… in Greece, ", "… in Albania and ")
# Between the people counted (or a part of them) and the next part in a place's bracket: no verb, no other number
_PEOPLE_BREAKDOWN_GAP = re.compile(
    # (nor a verb of its own with its object: "detained 40 people and sealed houses in Dhaka (3)")
    r"(?:(?!\b(?:who|which|that|were|was|are|is|had|has|have|and[ \t]+[a-z]+ed)\b)[^.;:!?\n\d]){0,80}"
)
_BREAKDOWN_GAP = re.compile(r"[^.;:!?()\n\d]{0,60}?(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)")
_EACH_IN = re.compile(r"\s+each\s+in\s+(?:the\s+)?")
_PLACE_JOINT = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_MONEY_NOUN_AFTER = re.compile(r"\s+(?:currency|dollars|cash|money|banknotes|notes|bills|funds)\b")
_PARENT_GAP = re.compile(r"^[^.;!?]{0,120}$")


# After a count and its noun, before the next comma or dash: its own place ("five properties in the Greater Toronto
# Area, two in …"), which makes it one of a list of counts each with its place, not a whole broken down by place
_OWN_PLACE_AFTER = re.compile(r"[^,;:–—()\n]{0,60}?\b(?:in|at)[ \t]+(?:the[ \t]+)?[A-Z]")


def _bracket_whole(text: str, at: int, figures: list[RawFigure]) -> RawFigure | None:
    """The count that the bracket ``at`` stands in breaks down: the figure right before the bracket, where the
    bracket holds two counts or more, and nothing but counts and words, that add up to it ("95 judicial cases opened
    (29 for doping and 66 for medicines)")."""
    opened = text.rfind("(", max(0, at - 120), at)
    if opened < 0 or ")" in text[opened:at]:
        return None
    whole = next((f for f in reversed(figures[-4:]) if f.end <= opened), None)
    if whole is None or opened - whole.end > 80 or "\n" in text[whole.end : opened]:
        return None
    rest = _BRACKET_REST.match(text, opened + 1)
    if rest is None:
        return None
    counts = [int(m.group().replace(",", "")) for m in _PLAIN_COUNT.finditer(text, opened + 1, rest.end() - 1)]
    return whole if len(counts) >= 2 and sum(counts) == whole.value else None


def _whole_before_parts(figures: list[RawFigure], s_start: int) -> RawFigure | None:
    """The count of the sentence whose parts by place the figures after it are: the last figure before them with no
    place of its own ("22 properties – 20 in Guatemala and two in Mexico"), if every figure after it has one."""
    for k in range(len(figures) - 1, max(-1, len(figures) - 8), -1):
        f = figures[k]
        if f.sentence_start != s_start:
            return None
        if f.scope is None:
            return f
    return None


def _inherit_from_parent(text: str, figures: list[RawFigure]) -> None:
    """A place breakdown ("11 suspects (2 in Latvia, 9 in Moldova)",
    "arrests in Argentina (5), Chile (3)") states parts of the figure just
    before it: it takes that figure's metric, unit and item."""
    child = figures[-1]
    parent = None
    for k in range(len(figures) - 2, -1, -1):  # (no copy of the list: a long table calls this per row)
        prev = figures[k]
        if prev.sentence_start != child.sentence_start:
            break
        if prev.scope is None:
            parent = prev
            break
    if parent is None or not _PARENT_GAP.match(text[parent.end : child.start]):
        return
    if child.metric != parent.metric and find_cues(text, parent.end, child.start):  # (the cheap test first)
        return
    if child.unit != "count" and parent.unit != "count" and _unit_kind(child.unit) != _unit_kind(parent.unit):
        # "6 tonnes of cocaine with a street value of $250 million in Spain": a sum is no part of a mass; the next
        # sum of such a list is the first's kind ("worth 200 million dirhams in Tangier and 80 million in Nador")
        sibling = next(
            (
                f
                for f in reversed(figures[-_PARENT_LOOKBACK:-1])
                if f.sentence_start == child.sentence_start
                and f.unit == child.unit
                and f.item
                and f.item.endswith(" value")
            ),
            None,
        )
        if sibling is not None and child.item in (None, "cash", "funds"):
            child.metric, child.item = sibling.metric, sibling.item
        return
    child.metric, child.item = parent.metric, parent.item
    if child.unit == "count" and parent.unit != "count":
        child.unit = parent.unit
