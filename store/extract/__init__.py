"""Rule-based extraction: text in, plain dataclasses out.

Nothing here touches SQLite, the file system or Textual, so it is fast to
test and can be swapped for another extractor with the same shape::

    result = extract(text)
    result.entities   # [Entity(type="ORG", name="INTERPOL", mentions=[(10, 18), ...]), ...]
    result.figures    # [Figure(operation="Trigger V", metric="seized", value=850.0, ...), ...]
    result.operations # [Operation(name="Trigger V", year=None), ...]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..text import entity_key
from .entities import LOCATION, OPERATION, ORG, PERSON, Span, find_entities
from .figures import METRICS, RawFigure, find_figures
from .sentences import sentence_at, sentence_spans

__all__ = [
    "extract",
    "Extraction",
    "Entity",
    "Figure",
    "Operation",
    "ENTITY_TYPES",
    "METRICS",
]

# Patterns used inside loops, compiled once.
_YEAR_POSSESSIVE_BEFORE = re.compile(r"((?:19|20)\d\d)['’]s\s+$")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_IN_PLACE_LEAD = re.compile(r"\s*(?:[-•*]\s*)?(?:In|in|Within|Across)\s+(?:the\s+)?")
_PLACE_LABEL = re.compile(r"\s*[–—:-]\s*")
_AUTHORITIES_IN = re.compile(r"\b(?:police|authorities|officers|officials|investigators)\s+in\s+(?:the\s+)?$", re.I)


ENTITY_TYPES = (PERSON, ORG, LOCATION, OPERATION)


@dataclass(slots=True)
class Entity:
    """An entity as one document mentions it."""

    type: str
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    alias_of: str | None = None  # the long form an acronym stands for
    key: str = ""  # the matching key (``store.text.entity_key``), set by extract()


@dataclass(slots=True)
class Operation:
    name: str
    year: int | None = None


@dataclass(slots=True)
class Figure:
    """One stated figure, with the span that states it and its sentence."""

    operation: str | None
    metric: str
    value: float
    unit: str
    item: str | None
    qualifier: str | None
    scope: str | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int


@dataclass(slots=True)
class Extraction:
    title: str
    published: str | None
    entities: list[Entity]
    figures: list[Figure]
    operations: list[Operation]


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}


_DATE = re.compile(r"(\d(?<!\w\d)\d?) (" + "|".join(m.capitalize() for m in _MONTHS) + r") ((?:19|20)\d\d)\b")


def _title(text: str) -> str:
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line:
            if len(line) > 160:
                cut = re.search(r"[.!?](?=\s|[A-Z])", line[:160])
                line = line[: cut.start()] if cut and cut.start() > 20 else line[:157].rstrip() + "…"
            return line
    return ""


def _published(text: str) -> str | None:
    head = text[:400]
    m = _DATE.search(head)
    if m:
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    return None


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


def _has_word(haystack: str, needle: str) -> bool:
    """Whether ``needle`` stands in ``haystack`` with no word character on either side."""
    pos = haystack.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        if (pos == 0 or not _is_word_char(haystack[pos - 1])) and (
            end == len(haystack) or not _is_word_char(haystack[end])
        ):
            return True
        pos = haystack.find(needle, pos + 1)
    return False


def _group(text: str, spans: list[Span]) -> list[Entity]:
    by_key: dict[tuple[str, str], Entity] = {}
    for s in spans:
        canonical = s.alias_of if (s.alias_of and s.type == PERSON) else s.name
        key = (s.type, entity_key(canonical))
        ent = by_key.get(key)
        if ent is None:
            ent = by_key[key] = Entity(s.type, text[s.start : s.end] if s.alias_of is None else canonical)
        if s.alias_of and s.type != PERSON and ent.alias_of is None:
            ent.alias_of = s.alias_of
        ent.mentions.append((s.start, s.end))
    entities = list(by_key.values())
    # A shorter organisation name inside a longer one ("General Assembly" in
    # "INTERPOL General Assembly") is the same body mentioned again.
    orgs = sorted((e for e in entities if e.type == ORG), key=lambda e: -len(e.name))
    merged: set[int] = set()
    for i, short in enumerate(orgs):
        for long in orgs[:i]:
            if id(long) in merged or len(short.name.split()) < 2:
                continue
            if short.name != long.name and _has_word(long.name, short.name):
                long.mentions.extend(short.mentions)
                merged.add(id(short))
                break
    entities = [e for e in entities if id(e) not in merged]
    for e in entities:
        e.mentions.sort()
        e.key = entity_key(e.name)
    entities.sort(key=lambda e: e.mentions[0])
    return entities


_ANAPHOR = re.compile(
    r"\b(?:the|this|that|this year's|the earlier|the latest)\s+(?:[\w-]+\s+){0,3}"
    r"(?:operation|exercise|crackdown|raids|action days|action week|investigation|campaign|sweep)\b",
    re.I,
)
# Lookbehinds after the first two digits, so re can skip ahead to a 1 or 2.
_YEAR_RE = re.compile(r"((?:19|20)(?<![\w.]..)(?<!\d,..)\d\d)(?!\w|[,.]\d)")


def extract(text: str) -> Extraction:
    """Entities, operations and figures of one document's normalised text."""
    spans = find_entities(text)
    entities = _group(text, spans)
    op_spans = [s for s in spans if s.type == OPERATION]
    sentences = sentence_spans(text)

    # Operations in order of first mention, and how each was found.
    op_names: list[str] = []
    for s in op_spans:
        if s.name not in op_names:
            op_names.append(s.name)
    found_by = {s.name: s.extra.get("how") for s in op_spans if s.extra.get("how")}
    historical = {n for n, how in found_by.items() if how == "list"}

    def focus_at(pos: int) -> str | None:
        """The operation the text is talking about at ``pos``."""
        s_start, s_end = sentence_at(sentences, pos)
        here = [s for s in op_spans if s_start <= s.start < s_end]
        if here:
            before = [s for s in here if s.start <= pos]
            return (before[-1] if before else here[0]).name
        earlier = [s for s in op_spans if s.start < pos]
        if earlier:
            return earlier[-1].name
        later = [s for s in op_spans if s.start >= pos and s.name not in historical]
        return later[0].name if later else None

    # Years: in the name, "2018's Lionfish", or a sentence about the operation.
    years: dict[str, set[int]] = {n: set() for n in op_names}
    for name in op_names:
        m = re.search(r"\b((?:19|20)\d\d)\b", name)
        if m:
            years[name].add(int(m.group(1)))
    for s in op_spans:
        m = _YEAR_POSSESSIVE_BEFORE.search(text[max(0, s.start - 10) : s.start])
        if m:
            years[s.name].add(int(m.group(1)))
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        here = [s for s in op_spans if s_start <= s.start < s_end]
        for ym in _YEAR_RE.finditer(sentence):
            pos = s_start + ym.start()
            if any(s.start <= pos < s.end for s in op_spans):
                continue
            if _POSSESSIVE_S.match(text[pos + 4 : pos + 6]):
                continue
            if here:
                prior = [s for s in here if s.end <= pos]
                if prior:
                    target = prior[-1].name
                elif here[0].start - pos <= 40:
                    target = here[0].name  # "in 2014, Operation X …"
                else:
                    continue  # "The 2018 action days follow … Archimedes in 2014"
            elif _ANAPHOR.search(sentence):
                target = focus_at(pos)
            else:
                continue
            if target:
                years[target].add(int(ym.group(1)))
    operations = [Operation(n, max(years[n]) if years[n] else None) for n in op_names]

    exclude = [(s.start, s.end) for s in spans if s.type in (OPERATION, ORG)]
    locations = [s for s in spans if s.type == LOCATION]
    raw = find_figures(text, exclude, sentences, places=[(s.start, s.end) for s in locations])
    place_starts = [s.start for s in locations]
    figures: list[Figure] = []
    seen: dict[tuple, int] = {}
    for f in raw:
        f.operation = focus_at(f.start)
        if f.scope is None:
            f.scope = _scope(text, f, locations, place_starts)
        key = (f.operation, f.metric, f.unit, round(f.value, 6), f.scope)
        if key in seen:
            prev = figures[seen[key]]
            if prev.item is None and f.item:
                prev.item = f.item
            if prev.qualifier is None and f.qualifier:
                prev.qualifier = f.qualifier
            continue
        seen[key] = len(figures)
        figures.append(
            Figure(
                operation=f.operation,
                metric=f.metric,
                value=f.value,
                unit=f.unit,
                item=f.item,
                qualifier=f.qualifier,
                scope=f.scope,
                start=f.start,
                end=f.end,
                sentence_start=f.sentence_start,
                sentence_end=f.sentence_end,
            )
        )
    figures = _drop_rounded_repeats(figures)
    return Extraction(
        title=_title(text),
        published=_published(text),
        entities=entities,
        figures=figures,
        operations=operations,
    )


# A hedge that rounds a precise figure, and how far (as a share of the
# rounded value) the precise one may lie from it, below and above.
_ROUNDING_HEDGES = {
    "more than": (0.0, 0.25),
    "over": (0.0, 0.25),
    "just over": (0.0, 0.1),
    "in excess of": (0.0, 0.25),
    "upwards of": (0.0, 0.25),
    "at least": (0.0, 0.25),
    "nearly": (0.2, 0.0),
    "almost": (0.2, 0.0),
    "just under": (0.1, 0.0),
    "close to": (0.2, 0.0),
    "about": (0.15, 0.15),
    "around": (0.15, 0.15),
    "some": (0.15, 0.15),
    "approximately": (0.15, 0.15),
    "roughly": (0.15, 0.15),
}


def _items_clash(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return not (set(a.lower().split()) & set(b.lower().split()))


def _drop_rounded_repeats(figures: list[Figure]) -> list[Figure]:
    """A figure stated rounded and again precisely (``over 80`` … ``83``)
    is one figure: the precise one stays, with the item either gives.
    Figures are grouped by (operation, metric, unit, scope), so the work
    stays linear for any number of figures of different kinds."""
    groups: dict[tuple, list[int]] = {}
    for i, f in enumerate(figures):
        groups.setdefault((f.operation, f.metric, f.unit, f.scope), []).append(i)
    dropped: set[int] = set()
    for members in groups.values():
        if len(members) < 2 or len(members) > 50:
            continue
        precise = [i for i in members if figures[i].qualifier is None]
        for i in members:
            rounded = figures[i]
            band = _ROUNDING_HEDGES.get(rounded.qualifier or "")
            if band is None or rounded.value <= 0:
                continue
            low, high = rounded.value * (1 - band[0]), rounded.value * (1 + band[1])
            for j in precise:
                p = figures[j]
                if j in dropped or p.value == rounded.value or not (low <= p.value <= high):
                    continue
                if _items_clash(rounded.item, p.item) and rounded.sentence_start != 0:
                    continue  # a headline's words differ from the body's: "over 300 guns" … "318 weapons"
                if p.item is None and rounded.item:
                    p.item = rounded.item
                dropped.add(i)
                break
    return [f for i, f in enumerate(figures) if i not in dropped]


def _scope(text: str, f: RawFigure, locations: list[Span], place_starts: list[int]) -> str | None:
    """The place a figure is limited to ("In Pakistan, 614 suspects…")."""
    first = bisect.bisect_left(place_starts, f.sentence_start)
    last = bisect.bisect_left(place_starts, f.start)
    for loc in locations[first:last][:20]:
        lead = text[f.sentence_start : loc.start]
        if len(lead) < 80 and _IN_PLACE_LEAD.fullmatch(lead):
            return text[loc.start : loc.end]
        name = text[loc.start : loc.end]
        if loc.start == f.sentence_start and not name.isupper() and _PLACE_LABEL.match(text, loc.end, f.start):
            return text[loc.start : loc.end]  # a table line: "Lima – 45 arrests", "Chile: 3"
        between = text[loc.end : f.start]
        if len(between) < 60 and _POSSESSIVE_S.match(between) and "," not in between:
            return text[loc.start : loc.end]
        if _AUTHORITIES_IN.search(text, max(f.sentence_start, loc.start - 60), loc.start):
            return text[loc.start : loc.end]
    return None
