"""Operation figures: arrests, seizures, rescues and other counted outcomes.

Each figure is a number in the text with the metric its nearest cue word
gives it ("arrested", "seizure of", "rescued"), the unit and item written
after it, the hedge before it, the place it is scoped to, and the
operation the text is talking about at that point.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..text import lower_same_length
from .lexicon import NOT_FIGURE_NOUNS
from .numbers import Number, find_numbers, qualifier_before
from .patterns import dispatch
from .sentences import sentence_at, sentence_spans

__all__ = ["RawFigure", "find_figures", "METRICS"]

# Patterns used inside loops, compiled once.
_OF_THE = re.compile(r"^\s*(?:of\s+(?:the\s+|them\s+)?)?")
_BULLET_LINE = re.compile(r"\s*[-•*–]\s")
_BULLET = re.compile(r"[-•*–]\s")
_DIGIT = re.compile(r"\d")
_OF_THEM = re.compile(r"\s*(?:of them|of whom)")
_COUNTED_WORD = re.compile(r"\d[\d,.]*\s+\w")
_VICTIMS = re.compile(r"victims?\b")
_ARREST_WORD = re.compile(r"arrest|detain", re.I)
_LEGAL_PAPERS = re.compile(r"\b(?:warrants?|notices?|diffusions?|indictments?|charges)\b", re.I)
_ACCOUNTS = re.compile(r"\baccounts?\b", re.I)
_GENERIC_PEOPLE = re.compile(r"(?:people|persons|individuals|suspects|arrests|men|victims|offenders)", re.I)
_FOUND_WORD = re.compile(r"intercept|found|discovered|uncovered", re.I)
_IN_CASH = re.compile(r"\bin cash\b")


METRICS = ("arrests", "seized", "rescued", "identified", "dismantled", "other")


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


# Cue words and the metric each gives. Verb and noun forms both.
_CUES: list[tuple[str, str]] = [
    (
        r"arrest(?:s|ed|ing)?|detain(?:ed|ing)?|detentions?|apprehend(?:ed|ing)?|apprehensions?|"
        r"taken into custody|in custody|charged|charges?",
        "arrests",
    ),
    (
        r"seiz(?:ed|ing|ure|ures|e)|confiscat(?:ed|ing|ion|ions)|recover(?:ed|ing|y|ies)|"
        r"froze(?:n)?|freez(?:e|ing)|impound(?:ed)?|valued at|worth|value of|estimated value",
        "seized",
    ),
    (r"rescu(?:ed|ing|es?)|freed|liberat(?:ed|ion)|saved|safeguarded|removed from harm", "rescued"),
    (r"identif(?:ied|ying|ication|y)|detect(?:ed|ing|ion)|located|traced", "identified"),
    (r"dismantl(?:ed|ing|ement)|disrupt(?:ed|ing|ion)|shut down|broken up|busted", "dismantled"),
    (
        r"taken down|took down|taken offline|blocked|removed|suspended|initiated|opened|launched|"
        r"checks?|queries|searches|hits|inspect(?:ed|ions?)|screened|monitor(?:ed|ing)|decrypted|"
        r"restored|uncovered|resolved|solved|shut|intercepted|destroyed|returned|investigations|"
        r"cases|websites|accounts|links|domains|generated|revealed|issued",
        "other",
    ),
    # Cues that make a number not an operational figure at all.
    (
        r"defraud(?:ed|ing)?|scamm(?:ed|ing)|stole|stolen|loss(?:es)?|lost|budget|funding|fund(?:ed|s)?|"
        r"donat(?:ed|ions?)|contribut(?:ed|ions?)|invest(?:ed|ment)|capacity|can carry|"
        r"participat(?:ed|ing|ion)|involv(?:ed|ing)|joined|attended|trained|deployed|aged|"
        r"sentenced|years? old",
        "none",
    ),
]
# One pattern over lower-cased text finds every cue (a lookahead skips
# non-letters fast); each match is then classified by its own group.
_CUE_RE = re.compile(r"\b(?=[a-z])(?:" + "|".join(pat for pat, _ in _CUES) + r")\b")
_CUE_CLASSES = [(re.compile(rf"(?:{pat})"), metric) for pat, metric in _CUES]
_CUE_METRIC: dict[str, str] = {}  # cue word → metric, filled as words are met


class Cue(NamedTuple):
    start: int
    end: int
    word: str
    metric: str


def find_cues(text: str, start: int = 0, end: int | None = None, lowered: str | None = None) -> list[Cue]:
    """Every cue word in ``text`` (or in ``text[start:end]``), in order, with
    the metric it gives. ``lowered`` is ``lower_same_length(text)`` when the
    caller has it already."""
    if lowered is None:
        lowered = lower_same_length(text)
    cues = []
    for m in _CUE_RE.finditer(lowered, start, len(text) if end is None else end):
        word = m.group()
        metric = _CUE_METRIC.get(word)
        if metric is None:
            metric = next((metric for pat, metric in _CUE_CLASSES if pat.fullmatch(word)), "other")
            if len(_CUE_METRIC) < 10_000:
                _CUE_METRIC[word] = metric
        cues.append(Cue(m.start(), m.end(), word, metric))
    return cues


def _cues_between(cues: list[Cue], starts: list[int], a: int, b: int) -> list[Cue]:
    return cues[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]


_MASS = {
    "tonnes": "tonnes",
    "tonne": "tonnes",
    "tons": "tonnes",
    "ton": "tonnes",
    "t": "tonnes",
    "metric tons": "tonnes",
    "metric tonnes": "tonnes",
    "kg": "kg",
    "kilograms": "kg",
    "kilogram": "kg",
    "kilogrammes": "kg",
    "kilos": "kg",
    "kilo": "kg",
    "grams": "g",
    "gram": "g",
    "g": "g",
    "litres": "litres",
    "liters": "litres",
    "litre": "litres",
    "liter": "litres",
    "l": "litres",
    "cubic metres": "m3",
    "cubic meters": "m3",
    "m3": "m3",
    "m³": "m3",
}
_UNIT_RE = re.compile(
    r"\s*(?:-\s*)?(" + "|".join(sorted(map(re.escape, _MASS), key=len, reverse=True)) + r")\b\.?", re.I
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_PEOPLE = re.compile(
    r"^(?:people|persons|individuals|suspects?|men|women|children|minors|girls|boys|victims?|"
    r"migrants?|members|fugitives|offenders|traffickers|smugglers|nationals|workers|"
    r"passengers|travellers|travelers|criminals|gang members)\b",
    re.I,
)
_GOODS = re.compile(
    r"\b(?:drugs?|cocaine|heroin|cannabis|marijuana|methamphetamine|meth|ecstasy|MDMA|"
    r"fentanyl|opium|amphetamines?|captagon|tramadol|khat|hashish|precursors?|chemicals?|"
    r"firearms?|weapons?|guns?|pistols?|rifles?|revolvers?|ammunition|rounds|cartridges|"
    r"explosives?|grenades?|vehicles?|cars?|vessels?|boats?|ships?|containers?|cash|"
    r"currency|gold|ivory|timber|wood|rosewood|scales|tusks?|horns?|pangolins?|animals?|"
    r"birds?|reptiles?|turtles?|tortoises?|specimens?|medicines?|pills?|tablets?|"
    r"cigarettes?|tobacco|alcohol|fuel|phones?|devices?|computers?|laptops?|"
    r"documents?|passports?|counterfeit|fake)\b",
    re.I,
)
_ONLINE = re.compile(
    r"\b(?:links?|websites?|sites?|domains?|accounts?|listings?|pages?|advertisements?|ads|"
    r"servers?|URLs?|apps?|profiles?|channels?)\b",
    re.I,
)
_RESULT_VERB = re.compile(
    r"\b(?:produced|yielded|netted|resulted in|led to|included|including|results|uncovered|"
    r"found|discovered)\b",
    re.I,
)
_ITEM_STOP = re.compile(
    r"\band\s+(?:some\s+|about\s+|more than\s+|nearly\s+|almost\s+)?[\d$€£]|"
    r"\b(?:were|was|are|is|had|have|has|in|from|at|with|during|across|worth|valued|"
    r"which|who|that|after|before|by|for|to|on|as|while|including|between|through|into|"
    r"seized|arrested|rescued|identified|confiscated|recovered|dismantled|blocked|taken|"
    r"removed|intercepted|frozen|opened|initiated|launched|found|hidden|destined|bound|took|made|froze|"
    r"blocked|carried|conducted|used|held|issued|led)\b"
    r"|[,;:.()\n–—]"
)


def _item_after(text: str, pos: int, limit: int) -> str | None:
    """The short noun phrase written after a number (and its unit)."""
    tail = text[pos:limit]
    tail = _OF_THE.sub("", tail)
    m = _ITEM_STOP.search(tail)
    phrase = tail[: m.start()] if m else tail
    words = phrase.split()[:6]
    if words and words[-1].lower() in ("of", "and", "the", "a", "an"):
        words = words[:-1]
    phrase = " ".join(words).strip(" -")
    return phrase or None


_SKIP_AFTER = re.compile(
    r"\s*(?:%|per ?cent|percent)"
    rf"|\s*(?:{_MONTHS})\b"
    r"|-?\s*(?i:year|month|week|day|hour|minute)s?[-\s]?(?:old|long)?\b"
    r"|\s*(?i:times|fold|out of)\b"
)
_SKIP_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s*$|(?i:\bfrom|\bbetween|\baged|\bage|\bNo\.?|\bnumber|#)\s*$")
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d")
_CODE_BEFORE = re.compile(r"[A-Za-z][-‑]$")
_CODE_AFTER = re.compile(r"[-‑]?[A-Za-z]")
_HEAD_NOUN = re.compile(r"\s*(?:of\s+(?:the\s+)?)?((?:[A-Za-z%-]+\s+){0,2}[A-Za-z%]+)")


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


def _skip_number(text: str, num: Number, after: str, before: str, *, has_unit: bool = False) -> bool:
    """Numbers that are not operational figures: years, ordinals, dates,
    ages, durations, ranges, percentages, codes, and counts of countries,
    agencies or officers."""
    if num.is_year or num.is_ordinal:
        return True
    if _SKIP_AFTER.match(after):
        return True
    # The patterns before a number end the text they look at: they are
    # tried only where they can start (the longest word is "September").
    stripped = before.rstrip()
    if _SKIP_BEFORE.search(stripped, max(0, len(stripped) - 10)):
        return True
    if not num.currency and (_RANGE_AFTER.match(after) or _CODE_AFTER.match(after)):
        return True  # a range "24 to 30 September"; a code "MS13", "COVID-19"
    if _CODE_BEFORE.search(before, max(0, len(before) - 2)):
        return True
    # "39 countries", "19 African countries", "116 countries and territories"
    head = _HEAD_NOUN.match(after)
    if head and not has_unit:
        for word in head.group(1).split():
            if word.lower() in NOT_FIGURE_NOUNS:
                return True
            if word.lower() in ("of", "and", "or", "in", "were", "was"):
                break
    return False


# After a number and its item, the verb that governs it: "30 servers used
# for the fraud were taken offline", "337 trafficking victims identified".
_CLAUSE_END = re.compile(r"[,;:.()\n–—]|" + dispatch(["and", "or", "but", "while", "whereas"], word_start=True) + r"\b")


_PASSIVE = re.compile(r"\b(?:were|was|are|is|been|being)\s+(?:\w+ly\s+)?$")


def _governing_cue(text: str, pos: int, limit: int, cues: list[Cue], starts: list[int]) -> str | None:
    end = _CLAUSE_END.search(text, pos, limit)
    clause_end = end.start() if end else limit
    for cue in _cues_between(cues, starts, pos, clause_end):
        if cue.end > clause_end:
            break
        before = text[pos : cue.start]
        words_before = before.split()
        if len(words_before) > 8:
            break
        passive = _PASSIVE.search(before)
        participle = cue.word.endswith(("ed", "en", "down", "offline"))
        if passive or (participle and len(words_before) <= 5):
            return cue.metric
    return None


def _list_header_cue(text: str, pos: int) -> str | None:
    """For a figure in a bulleted list, the cue of the line that opens the
    list ("Seizures reported so far include:")."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _BULLET_LINE.match(text[line_start:pos]):
        return None
    cursor = line_start - 1
    for _ in range(60):
        if cursor <= 0:
            return None
        prev_start = text.rfind("\n", 0, cursor) + 1
        line = text[prev_start:cursor].strip()
        cursor = prev_start - 1
        if not line or _BULLET.match(line):
            continue
        if line.endswith(":"):
            found = find_cues(line)
            return found[0].metric if found else None
        return None
    return None


def find_figures(
    text: str,
    exclude: list[tuple[int, int]] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[RawFigure]:
    """Every operational figure in ``text``; spans in ``exclude`` (entity names) are skipped."""
    exclude = exclude or []
    if sentences is None:
        sentences = sentence_spans(text)
    # A figure's cues are looked for in its own sentence only, so cue words
    # are found sentence by sentence, in the sentences that hold a number.
    lowered = lower_same_length(text)
    sentence_cues: dict[tuple[int, int], tuple[list[Cue], list[int]]] = {}
    figures: list[RawFigure] = []
    excluded = _Spans(exclude)
    for num in find_numbers(text):
        if excluded.holds(num.start):
            continue
        s_start, s_end = sentence_at(sentences, num.start)
        if not (s_start <= num.start < s_end):
            s_start, s_end = num.start, num.end
        after = text[num.end : s_end]
        before = text[s_start : num.start]
        has_unit = not num.currency and bool(_UNIT_RE.match(text, num.end))
        if _skip_number(text, num, after[:30], before[-30:], has_unit=has_unit):
            continue
        found = sentence_cues.get((s_start, s_end))
        if found is None:
            cues = find_cues(text, s_start, s_end, lowered)
            found = sentence_cues[(s_start, s_end)] = (cues, [c.start for c in cues])
        cues, starts = found
        value = num.value
        unit = num.currency or "count"
        end = num.end
        item_from = end
        if not num.currency:
            um = _UNIT_RE.match(text, end)
            if um and (um.group(1).lower() not in ("t", "l", "g") or um.group(0).strip() == um.group(1)):
                unit = _MASS[um.group(1).lower()]
                end = um.end()
                if unit == "g":
                    value, unit = value / 1000, "kg"
                item_from = end
        # "half a tonne": the word number needs its unit
        if num.written.lower().startswith("half") and unit == "count":
            continue
        # Metric: the nearest cue in the clause, looking both ways.
        clause_start = max(s_start, before.rfind(";") + s_start + 1 if ";" in before else s_start)
        best: tuple[int, str] | None = None
        for cm in _cues_between(cues, starts, clause_start, s_end):
            if cm.start < num.end and cm.end > num.start:
                continue
            if cm.start >= num.end:
                dist = cm.start - end
                # a cue after a later number belongs to that number
                between = text[end : cm.start]
                if _DIGIT.search(between) and not _OF_THEM.match(between):
                    dist += 200
            else:
                dist = (num.start - cm.end) * 1.2
                between = text[cm.end : num.start]
                if _COUNTED_WORD.search(between):
                    dist += 60  # another figure sits between the cue and this one
            metric = cm.metric
            if best is None or dist < best[0]:
                best = (dist, metric)
        governed = _governing_cue(text, item_from, s_end, cues, starts)
        if governed:
            best = (0, governed)
        elif best is None or best[0] > 160:
            header = _list_header_cue(text, num.start)
            if header:
                best = (100, header)
        item = _item_after(text, item_from, s_end)
        noun_metric = None
        if item:
            first = item.split()[0].lower()
            if first in ("arrests", "arrested", "detentions"):
                noun_metric, item = "arrests", None
            elif first in ("rescues",):
                noun_metric, item = "rescued", None
        goods = unit not in ("count",) or bool(item and _GOODS.search(item))
        if noun_metric:
            metric = noun_metric
        elif (
            (best is None or best[0] > 160 or best[1] == "other")
            and goods
            and not num.currency
            and (_RESULT_VERB.search(text, s_start, s_end))
        ):
            metric = "seized"  # "It produced nearly 30 tons of cocaine"
        elif best is None or best[0] > 160:
            continue
        else:
            metric = best[1]
        if metric == "none":
            continue
        is_people = bool(item and _PEOPLE.match(item))
        if is_people and metric == "dismantled" or item and _VICTIMS.match(item) and metric == "seized":
            continue  # "a group responsible for attacks on 1,800 victims": what the offenders did
        if metric == "seized" and is_people:
            metric = "arrests" if _ARREST_WORD.search(text, s_start, s_end) else "other"
        if item and _LEGAL_PAPERS.search(item):
            metric = "other"  # "three arrest warrants were issued" counts warrants, not arrests
        if metric == "seized" and item and _ACCOUNTS.search(item) and unit == "count":
            metric = "other"  # accounts are blocked or frozen; the money in them is seized
        if metric == "arrests" and unit not in ("count",):
            metric = "seized"
        if metric in ("arrests", "rescued", "identified", "dismantled") and item:
            generic = _GENERIC_PEOPLE.fullmatch(item)
            if generic:
                item = None
        if metric == "other" and (unit in ("kg", "tonnes", "litres", "m3") or bool(item and _GOODS.search(item))):
            if _FOUND_WORD.search(text, s_start, s_end):
                metric = "seized"  # goods intercepted are seized; people intercepted are not
        if metric == "dismantled" and item and _ONLINE.search(item):
            metric = "other"  # links and sites are taken down, not dismantled
        if metric == "other" and not item and unit == "count":
            continue
        if metric == "seized" and not item and unit in ("USD", "EUR", "GBP"):
            if _IN_CASH.search(text[num.end : num.end + 12]):
                item = "cash"
        qualifier = qualifier_before(text, num.start)
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
            )
        )
    return figures
