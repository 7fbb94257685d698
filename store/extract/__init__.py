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
import contextlib
import functools
import gc
import math
import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..text import entity_key, fold, operation_key, series_key
from ..units import MASS_KG, VOLUME_LITRES
from .currencies import LocalCurrencies
from .dates import published_date
from .entities import LOCATION, OPERATION, ORG, PERSON, Span, find_entities
from .figures import (
    _CASE_ODD,
    _DIGIT,
    _MONTHS,
    _RELATIVE_WORD,
    MAX_PER_DOCUMENT,
    METRICS,
    UNITS,
    RawFigure,
    _head_words,
    _names_people,
    by_place_heading,
    find_figures,
    unit_of,
)
from .gazetteer import place_key, places, weak_places
from .layout import Moves, as_spaces, join_hyphens, lift_indents, plain_spaces, soft_breaks
from .lexicon import ORG_HEADS
from .names import given_names
from .numbers import Number, find_numbers, qualifier_before
from .sentences import sentence_at, sentence_spans
from .tokens import CONNECTORS
from .truecase import truecase
from .wordlists import entries, words

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
# A place labelling its own figure, as in a table ("Chile: 3", "Lima – about 45 arrests"), not a dateline
# opening a sentence ("Madrid: Spanish police have arrested seven …")
_PLACE_LABEL = re.compile(r"\s*[–—:-]\s*(?:[a-z]+\s+){0,3}")
_LABEL_MARK = re.compile(r"[ \t]*[–—:-][ \t]")
_DIGIT_ON_LINE = re.compile(r"[^\n\d]{0,300}\d")
# An operation spoken of without its name: "an international operation", "a Europol-backed operation".
# (an indefinite article: "the operation" may be one named before the lead or elsewhere)
# ("a follow-up operation led to the arrest of his receiver", "a separate operation": a step apart, not the campaign)
_UNNAMED_OPERATION = re.compile(
    r"\ban?\s+(?!(?:follow-up|follow\s+up|separate|second|further|subsequent|later)\s)(?:[\w-]+\s+){0,3}"
    r"(?:operation|action|investigation|probe|campaign|crackdown|sweep|blitz|bust|sting)\b(?!\s+[\"“‘'A-Z])"
)
# A sentence opening on the drive the sentence before spoke of: "That operation, dubbed ", "That raid, code-named "
_THAT_OPERATION = re.compile(
    r"\s*(?:That|This)\s+(?:[\w-]+\s+)?(?:operation|takedown|raid|crackdown|sweep|bust|investigation),?\s+"
    r"(?:(?:code-?named|dubbed|called|named|known\s+as)\s+)?(?:[Oo]peration\s+)?[\"“‘']?"
)
# A drive spoken of as an earlier one: "the previous big raid on the gang two years ago", "a previous operation"
_EARLIER_DRIVE_SAID = re.compile(
    r"(?i)\b(?:last|previous|earlier|prior)\s+(?:[\w-]+\s+){0,3}?(?:operation|takedown|raid|crackdown|sweep|bust"
    r"|investigation)s?\b|\b(?:\d+|an?|one|two|three|four|five|six|several)\s+(?:months?|years?)\s+ago\b"
)
# The operation the text spoke of, named at last: "In the operation, code-named Tropik", "The operation, dubbed",
# "The investigation, known as Operation LANTANA-REEF"
_THE_OPERATION_NAMED = re.compile(
    # (set off by a dash as well as a comma: "the take down – dubbed Operation Endgame – is ongoing")
    # ("within the framework of this operation, called “Moby Dick”")
    r"(?i)\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:operation|investigation|inquiry|probe|case|crackdown|effort|bust|sting|sweep"
    r"|take-?down|take\s+down)(?:,|\s+[–—])?\s+"
    r"(?:code-?named|dubbed|called|named|known\s+as)\s+(?:operation\s+)?[\"“‘']?$"
)
# The sentence that names the lead's operation, opening on it in apposition: 'The operation, "Safe Harbour
# 2026", was coordinated by …', "The two-month operation, Tide Break, ran …".
_THE_OPERATION_IS = re.compile(
    r"(?i)\s*the\s+(?:[\w-]+\s+){0,3}?(?:operation|crackdown|campaign|drive|sweep|exercise),\s+[\"“‘']?"
)
# What may stand before an operation's name at the start of the sentence that turns to it:
# "The second operation, ", "A third raid, code-named ", "Operation ", "In the other operation, called "
_OPENS_ON_OPERATION = re.compile(
    r"\s*(?:(?:In\s+)?(?:(?i:the|a)\s+(?:second|third|fourth|fifth|other|next|latter|last|final|later)|[Aa]nother)\s+"
    r"(?:operation|raid|action|case|investigation|sweep|phase),?\s+(?:(?:code-?named|dubbed|called|named)\s+)?)?"
    r"(?:[Oo]peration\s+|OPERATION\s+)?[\"“‘']?"
)
# A sentence that names the operation while it refers back to what the text
# has reported ("The seizure was made under Operation X", "The raids were the
# latest phase of an investigation code-named X", "These arrests were part
# of Operation X"): what came before it was that operation's.
_REFERS_BACK = re.compile(
    # (in reported speech too: "The director said the seizures were part of Sapphire Net, …")
    r"\s*(?:(?:[\w.'’-]+\s+){1,5}?(?:said|says|added|noted|stated)\s+(?:that\s+)?)?"
    # (or a day's: "Thursday's sweep was the culmination of a four-year investigation dubbed Operation X")
    r"(?:(?:the|these|this|those|both|all|\w+['’]s)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:seizures?|arrests?|raids?|hauls?|finds?|interceptions?|discover(?:y|ies)|searches|busts?|rescues?"
    r"|detentions?|recover(?:y|ies)|operation|sweeps?|swoops?|crackdown|inquiry|investigation|probe)|it)\s+"
    # and how they relate: under, part of, a phase of the operation, not "the largest since", "not linked to"
    # ("The seizure took place in the framework of Operation X", "The arrests came as part of …")
    r"(?:(?:was|were|is|are|had\s+been|have\s+been)\s+(?:(?:made|carried\s+out|conducted|executed|effected|seized|found)\s+)?"
    r"|(?:took|take|have\s+taken|has\s+taken|had\s+taken)\s+place\s+|came\s+)"
    r"(?:under|as\s+part\s+of|part\s+of|during|within|in\s+the\s+(?:framework|course|context)\s+of"
    r"|the\s+(?:latest|first|second|third|fourth|final|last|new|main)\s+(?:phase|stage|step|round|part|result)\s+of"
    r"|the\s+(?:culmination|result|outcome|climax)\s+of)"
    # ("part of what the police have called Operation X", "what officials described as the X operation")
    r"\s+(?:what\s+(?:[\w-]+\s+){0,4}?(?:called|dubbed|named|termed|described\s+as|labell?ed)\s+)?"
    r"(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:operation|investigation|inquiry|probe)\s*,?\s+)?"
    r"(?:(?:code-?named|dubbed|called|named)\s+)?(?:operation\s+)?[\"“‘']?$",
    re.I,
)
# A codename's edition at its end: "Harmattan Shield-2", "Cold Furnace II", "Tridente Sur 2026"
_EDITION_END = re.compile(r"[ -](?:\d{1,4}|[IVX]{1,5})$")
_NOT_MONEY = frozenset({"count", *MASS_KG, *VOLUME_LITRES})
_PLACES_JOINED = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?")
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
    year: int | None = None  # an operation's year: "Lionfish" 2013 and 2018 are two entities


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
    operation_year: int | None = None  # which edition of ``operation``: Lionfish 2013 or Lionfish 2018


@dataclass(slots=True)
class Extraction:
    title: str
    published: str | None
    entities: list[Entity]
    figures: list[Figure]
    operations: list[Operation]


# The lines a release may open with before its headline: the issuing body's
# name, a label ("PRESS RELEASE", "Press release – Norwegian Customs"), a date.
_RELEASE_LABEL = re.compile(
    r"(?i)(?:(?:press|media|news)\s+(?:release|statement|note|notice|advisory|briefing|communiqu[eé])"
    r"|for\s+immediate\s+release|statement|communiqu[eé]|news)\b[\s:.|–—-]*"
)
# (a date, not only a year: "Sentinel Black 2021" is a headline)
_DATE_LINE = re.compile(
    r"(?i)(?:(?:dated?|published|posted|issued|updated|released)\b[\s:]*)?[^\n]{0,40}?"
    r"(?:\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d)\.?"
)
_SUBJECT_LABEL = re.compile(r"(?i)(?:subject|re|title)\s*:\s*")
_BODY_OPENING = re.compile(r"(?i)(?:ministry|office|department|directorate|headquarters|embassy)\s+of\b")
_HEAD_WORDS = frozenset(w.lower() for w in ORG_HEADS)
_NAME_CONNECTORS = frozenset("of for and on the de del la du des".split())
#: How far into a text its headline is looked for past a letterhead (non-blank lines).
_LETTERHEAD_LINES = 6


def _names_a_body(line: str) -> bool:
    """Whether a line is only a body's name: "ZIMBABWE REPUBLIC POLICE", "Norwegian
    Customs", "DRUG CONTROL AND ENFORCEMENT AUTHORITY (DCEA)", "MINISTRY OF
    INTERIOR OF THE REPUBLIC OF SERBIA" (no digits, no word in lower case but a
    connector, ending on a body's head word or opening on "Ministry of" …)."""
    words = re.sub(r"\s*\([A-Z][A-Za-z.&-]{1,12}\)\s*$", "", line).replace(",", " ").split()
    if not words or len(words) > 16 or any(c.isdigit() for c in line):
        return False
    if any(w[0].islower() and w not in _NAME_CONNECTORS for w in words):
        return False
    return words[-1].lower().strip(".") in _HEAD_WORDS or bool(_BODY_OPENING.match(line))


def _letterhead(line: str) -> bool:
    """Whether a line is what a release opens with before its headline (see :func:`_title`)."""
    if len(line) > 200:
        return False  # (a letterhead is short: a long line is read no further)
    label = _RELEASE_LABEL.match(line)
    if label:
        rest = line[label.end() :].strip(" –—-|:")
        return not rest or _names_a_body(rest) or bool(_DATE_LINE.fullmatch(rest))
    return bool(_DATE_LINE.fullmatch(line)) or _names_a_body(line) or line.lower().startswith("by ")


def _headline(text: str) -> tuple[int, str]:
    """Where the text's headline starts (its first word), and the line (blanks folded): its
    first line, unless it opens on a letterhead (the issuing body, a "PRESS
    RELEASE" label, a date) with a headline after it ("Subject: " taken off)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    while pos <= len(text) and len(lines) < _LETTERHEAD_LINES:  # (the first lines only, not the whole text split)
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        raw = text[pos:end]
        line = " ".join(raw.split())
        if line:
            lines.append((pos + len(raw) - len(raw.lstrip()), line))  # (where its first word starts: indented copy)
        pos = end + 1
    if not lines:
        return 0, ""
    at, line = lines[0]
    if _letterhead(line):
        for start, candidate in lines[1:]:
            candidate = candidate[m.end() :] if (m := _SUBJECT_LABEL.match(candidate)) else candidate
            if not _letterhead(candidate):
                if len(candidate) <= 160:
                    at, line = start, candidate  # (a long line is the body's first paragraph: no headline)
                break
    return at, line


def _title(text: str, line: str | None = None) -> str:
    """The text's headline (see :func:`_headline`; ``line`` when the caller has it), cut to 160 characters."""
    line = _headline(text)[1] if line is None else line
    if len(line) > 160:
        cut = re.search(r"[.!?](?=\s|[A-Z])", line[:160])
        line = line[: cut.start()] if cut and cut.start() > 20 else line[:157].rstrip() + "…"
    return line


def _published(text: str) -> str | None:
    """The document's own date from its first lines (see :mod:`.dates`)."""
    return published_date(text)


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


_WATER_KIND = re.compile(r" (?:Ocean|Sea|River|Lake)$")
_WATER_NAMES = words("water_names")  # (names the gazetteers hold as regions)
_FORMAL_PLACE = re.compile(
    r"(?:[Tt]he )?(?:[A-Z][\w'’-]* )*(?:Republic|Kingdom|Sultanate|Principality|Commonwealth|Emirate|Grand Duchy) "
    r"of (?:the )?(.+)"
)


def _group(text: str, spans: list[Span]) -> list[Entity]:
    by_key: dict[tuple[str, str], Entity] = {}
    for s in spans:
        canonical = s.alias_of if (s.alias_of and s.type == PERSON) else s.name
        key = (s.type, entity_key(canonical))
        ent = by_key.get(key)
        if ent is None:
            written = text[s.start : s.end]
            # the first mention's spelling, unless it stands for a longer name
            # ("the ninth edition of "Ñandutí Verde"" for Ñandutí Verde IX)
            name = written if s.alias_of is None and entity_key(written) == key[1] else canonical
            ent = by_key[key] = Entity(s.type, name)
        elif s.type != ORG and ent.name.isupper() and s.alias_of is None and len(ent.name) > 4:
            # a name first met in a headline in capitals takes the body's spelling ("BLACKTHORN" → "Blackthorn";
            # a body's capitals may be its own: "INTERPOL")
            written = text[s.start : s.end]
            if not written.isupper() and entity_key(written) == key[1]:
                ent.name = written
        elif (
            s.type in (OPERATION, PERSON)
            and s.alias_of is None
            and ent.name.isascii()
            and not (written := text[s.start : s.end]).isascii()
        ):
            # a codename or a person's name first met without its accents takes them where the text writes them
            # ("Operation Falcon" in an English headline, "Operation Falcón" in the body): the plain spelling is a
            # transliteration (a place keeps the English name first written: "Mexico" beside "Estado de México")
            if fold(written) == fold(ent.name) and written.isupper() == ent.name.isupper():
                ent.name = written
        if s.alias_of and s.type != PERSON and ent.alias_of is None:
            ent.alias_of = s.alias_of
        ent.mentions.append((s.start, s.end))
    entities = list(by_key.values())
    # A shorter organisation name inside a longer one ("General Assembly" in
    # "INTERPOL General Assembly") is the same body mentioned again.
    orgs = sorted((e for e in entities if e.type == ORG), key=lambda e: -len(e.name))
    # Which longer names hold each name as whole words, longest first.
    holders: dict[str, list[Entity]] = {}
    needles = {e.name for e in orgs if len(e.name.split()) >= 2}
    for long in orgs:
        # every run of whole words inside the longer name (a hyphen is a boundary)
        words = [(m.start(), m.end()) for m in _WORD_CHARS.finditer(long.name)]
        if len(words) < 3:
            continue  # a name held inside has two words or more, and is shorter
        found: dict[str, None] = {}
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + _MAX_NAME_WORDS)):
                part = long.name[words[i][0] : words[j][1]]
                if part in needles and part != long.name:
                    found[part] = None
        for short_name in found:
            holders.setdefault(short_name, []).append(long)
    merged: set[int] = set()
    for short in orgs:
        for long in holders.get(short.name, ()):
            if id(long) in merged or len(long.name) <= len(short.name):
                continue
            # a unit of the body is not the body again ("Federal Police" in "Federal Police Social
            # Communication Office", "European Union" in "European Union Border Assistance Mission to Moldova and
            # Ukraine"); one head word more is ("NSW Police" in "NSW Police Force")
            rest = long.name[len(short.name) :].split() if long.name.startswith(short.name + " ") else []
            if (
                len(rest) >= 2
                and any(w in ORG_HEADS for w in rest)
                # (not its own head word and where it is: "National Police Force of Timor-Leste")
                and not (
                    rest[0] in ORG_HEADS
                    and rest[1] in ("of", "in")
                    and not any(w in ORG_HEADS for w in rest[1:])
                    and place_key(" ".join(rest[2:]).removeprefix("the ")) in places()
                )
            ):
                continue
            long.mentions.extend(short.mentions)
            merged.add(id(short))
            break
    entities = [e for e in entities if id(e) not in merged]
    # A country's short name ("Korea", "Tanzania") in a text that gives its formal name ("the Republic of Korea",
    # "the United Republic of Tanzania") is the country named again: the guide lists the fullest form (not "the
    # State of Mexico", a state, nor "the Federation of Bosnia and Herzegovina", a part of its country)
    formal: dict[str, Entity] = {}
    # (and a water's name without its kind beside it with it: "the Atlantic" beside "the Atlantic Ocean", "the
    # Mekong" beside "the Mekong River")
    # (not a town's name beside its river's: "Narva" beside "the Narva River")
    for e in entities:
        if e.type == LOCATION and (water := _WATER_KIND.search(e.name)) and water.start() > 0:
            short = e.name[: water.start()]
            # (the short name a water's own, or an ocean's the gazetteers do not know: not "South China" beside "the
            # South China Sea", "Java" beside "the Java Sea", "the Caribbean" beside "the Caribbean Sea")
            if short in _WATER_NAMES or (
                water.group() == " Ocean" and place_key(short) not in places() and place_key(short) not in weak_places()
            ):
                formal.setdefault(entity_key(short), e)
    for e in entities:
        # (not a "Democratic" republic: "Congo" beside "the Democratic Republic of the Congo" may be the other Congo,
        # "Korea" the other Korea)
        if (
            e.type == LOCATION
            and " of " in e.name
            and "Democratic" not in e.name
            and (m := _FORMAL_PLACE.fullmatch(e.name))
            and m.group(1) != "China"  # (the Republic of China is Taiwan, another place than China)
        ):
            formal.setdefault(entity_key(m.group(1)), e)
    if formal:
        for e in entities:
            if e.type == LOCATION and (long := formal.get(entity_key(e.name))) is not None and long is not e:
                long.mentions.extend(e.mentions)
                merged.add(id(e))
        entities = [e for e in entities if id(e) not in merged]
    # A surname alone ("Det. Insp. Kowalczyk", "Mr Trần") is the person named in
    # full elsewhere in the text ("Anna Kowalczyk", "Trần Thị Mai").
    people = [e for e in entities if e.type == PERSON and len(e.name.split()) > 1]
    by_part: dict[str, Entity] = {}
    for e in people:
        words = e.name.split()
        for w in (words[-1], words[0]):
            by_part.setdefault(entity_key(w), e)
    # Two surnames alone ("Ledesma Quiroga said") are the person named in full ("Arturo Ledesma Quiroga").
    by_tail: dict[str, Entity] = {}
    # Given names alone, two or more ("Khairul Anuar said", "Mohd Faizal added"), are the person named in full
    # ("Datuk Seri Khairul Anuar Mohd Rashidi", "Mohd Faizal Rosli"): a Malay or Arabic name's short form.
    by_head: dict[str, Entity] = {}
    for e in people:
        words = e.name.split()
        for k in range(2, len(words)):
            by_tail.setdefault(entity_key(" ".join(words[-k:])), e)
            by_head.setdefault(entity_key(" ".join(words[:k])), e)
    for e in entities:
        if e.type == PERSON and len(e.name.split()) == 1:
            full = by_part.get(entity_key(e.name))
            if full is not None:
                full.mentions.extend(e.mentions)
                merged.add(id(e))
        elif e.type == PERSON and by_tail:
            full = by_tail.get(entity_key(e.name))
            # (not a name that starts with a given name: "Carlos Pérez" beside "Juan Carlos Pérez" may be another man)
            first = e.name.split()[0]
            introduced = _AGE_AFTER_NAME.match(text, e.mentions[0][1]) is not None if e.mentions else False
            if full is None or (
                first in given_names()
                # (a particle opens the family part, though a given name elsewhere: "Ole Kine" of "Samson Ole Kine";
                # not a mention that introduces itself with an age: "His brother Ole Hansen, 39,")
                and (first not in _PATRONYMIC_PARTICLES or introduced)
            ):
                full = by_head.get(entity_key(e.name))
            if full is not None and full is not e:
                full.mentions.extend(e.mentions)
                merged.add(id(e))
    entities = [e for e in entities if id(e) not in merged]
    for e in entities:
        e.mentions.sort()
        e.key = entity_key(e.name)
    entities.sort(key=lambda e: e.mentions[0])
    return entities


_PATRONYMIC_PARTICLES = words("patronymic_particles")
_ANAPHOR_NOUNS = "operation|exercise|crackdown|raids|action days|action week|investigation|campaign|sweep"
# (the noun in lower case, in capitals, or capitalised where no capital follows it: "During the Operation, …";
# "the Environmental Investigation Agency" is a body's name)
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|this year's|the earlier|the latest)\s+(?:[\w-]+\s+){0,3}"
    rf"(?-i:{_ANAPHOR_NOUNS}|{_ANAPHOR_NOUNS.upper()}|(?:{_ANAPHOR_NOUNS.title()})(?![ \t]+[A-Z]))\b",
    re.I,
)
# Lookbehinds after the first two digits, so re can skip ahead to a 1 or 2.
_YEAR_RE = re.compile(r"((?:19|20)(?<![\w.]..)(?<!\d,..)\d\d)(?!\w|[,.]\d)")


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while one text is extracted.

    Extraction makes no reference cycles (everything it allocates is freed
    by reference counting), but a long text makes hundreds of thousands of
    short-lived tokens, spans and matches, and every collection they set off
    walks all of them still alive: a fifth of a 250 KB report's time, none of
    a short one's. The collector is left as it was found, whatever happens."""
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def extract(text: str) -> Extraction:
    """Entities, operations and figures of one document's normalised text."""
    with _collector_paused():
        return _extract(text)


def _extract(stored: str) -> Extraction:
    # The recognisers read the text with its layout's accidents undone (no-break spaces, indented lines,
    # lines wrapped at a width, words hyphenated at a line's end: see .layout) and a title-case headline in
    # its body case; names are taken from the text as written but for those accidents. Offsets are mapped
    # back to the stored text at the end.
    spaced = plain_spaces(stored)
    lifted, breaks, indents = lift_indents(spaced, soft_breaks(spaced))
    joined, breaks, joins = join_hyphens(lifted, breaks)
    original = as_spaces(joined, breaks)
    text = as_spaces(truecase(joined), breaks)  # (the headline is found on the lines as written)
    head_at, head_line = _headline(joined)
    spans = find_entities(text)
    entities = _group(original, spans)
    op_spans = [s for s in spans if s.type == OPERATION]
    sentences = sentence_spans(text)

    published = _published(text)
    ops = _OperationMentions(text, op_spans, sentences, int(published[:4]) if published else None)
    entities = _operation_instances(entities, ops)
    entities, edition_of = _series_beside_its_edition(text, entities)
    # each instance under one name: a name alone found to be an edition takes the edition's name
    shown = {e.key: e.name for e in entities if e.type == OPERATION}
    shown.update({key: name for key, (name, _) in edition_of.items()})

    def canonical(name: str | None, year: int | None) -> str | None:
        return shown.get(operation_key(name, year), name) if name else name

    def edition_year(name: str | None, year: int | None) -> int | None:
        found = edition_of.get(operation_key(name, year)) if name else None
        return found[1] if found else year

    operations = list(
        {
            (canonical(o.name, o.year), edition_year(o.name, o.year)): Operation(
                canonical(o.name, o.year), edition_year(o.name, o.year)
            )
            for o in ops.instances()
        }.values()
    )

    def focus_at(pos: int) -> tuple[str | None, int | None]:
        name, year = ops.focus_at(pos)
        return canonical(name, year), edition_year(name, year)

    def compared_focus(pos: int, base: RawFigure | None) -> tuple[str | None, int | None]:
        base_name, base_year = (base.operation, base_year_at.get(base.start)) if base is not None else (None, None)
        name, year = ops.compared_at(pos, base_name, base_year)
        return canonical(name, year), edition_year(name, year)

    exclude = [(s.start, s.end) for s in spans if s.type in (OPERATION, ORG)]
    # A number right after a person's name is their age ("Vàng A Dế, 33, and …", "Ana Ruiz (41)").
    for s in spans:
        if s.type == PERSON:
            m = _AGE_AFTER_NAME.match(text, s.end)
            if m:
                exclude.append((m.start(1), m.end(1)))
    exclude.sort()
    locations = [s for s in spans if s.type == LOCATION]
    numbers = find_numbers(text, limit=2 * MAX_PER_DOCUMENT)  # read once: the figures and the restatements look
    raw = find_figures(text, exclude, sentences, places=[(s.start, s.end) for s in locations], numbers=numbers)
    place_starts = [s.start for s in locations]
    # a roundup by place: two or more lines open on a place and a colon or dash ("Nairobi: …", "Mombasa: …"), where
    # a city's line labels its figures as a country's does (a single one is a dateline)
    # (lines after the headline whose figures follow: not "Nairobi: press office" contact lines)
    roundup = (
        sum(
            1
            for loc in locations[:5000]
            if loc.start > head_at + len(head_line)
            and text[loc.start - 1] == "\n"
            and _LABEL_MARK.match(text, loc.end)
            and _DIGIT_ON_LINE.match(text, loc.end)
        )
        >= 2
    )
    figures: list[Figure] = []
    seen: dict[tuple, int] = {}
    scoped_seen: dict[tuple, int] = {}  # each placed figure by its key without the place
    currencies = LocalCurrencies(
        text, [text[s.start : s.end] for s in locations[:5000]], _dateline(text, locations, head_at + len(head_line))
    )
    in_headline: set[int] = set()  # figures the headline states too, merged into the body's statement
    headline_figures: dict[tuple, int] = {}  # the headline's figures by (operation, metric, unit, value)
    raw_at: dict[int, RawFigure] = {}  # each figure read so far by where it starts (a comparison's base)
    base_year_at: dict[int, int | None] = {}
    for f in raw:
        if f.unit not in _NOT_MONEY:
            f.unit = currencies.of(text[f.start : f.end], f.unit)
        if f.compared_with is not None:
            f.operation, operation_year = compared_focus(f.start, raw_at.get(f.compared_with))
        else:
            f.operation, operation_year = focus_at(f.start if f.context is None else f.context)
        raw_at[f.start] = f
        base_year_at[f.start] = operation_year
        if f.scope is None:
            f.scope = _scope(text, f, locations, place_starts, roundup)
        key = (f.operation, operation_year, f.metric, f.unit, round(f.value, 6), f.scope)
        if key not in seen and f.sentence_start != 0:
            # (and a headline that names no operation: "184 searches in 21 counties" … "in an action code-named X")
            for headline_key in (
                key[:-1] + (None,),
                (f.operation, None) + key[2:-1] + (None,),
                (None, None) + key[2:-1] + (None,),
            ):
                if headline_key in seen and figures[seen[headline_key]].sentence_start == 0:
                    # the headline's figure the body places ("Police Arrest Three …" … "Police in Nairobi have
                    # arrested three") or dates ("Operation Vuthela nets 13 962" … "arrested 13 962 … November
                    # 2026"): one figure, with the body's place and year
                    prev = figures[seen[headline_key]]
                    prev.operation, prev.scope, prev.operation_year = f.operation, f.scope, operation_year
                    seen[key] = seen[headline_key]
                    break
            else:
                # the headline places it too, elsewhere ("… arrest 7 in Kapsabet crackdown" … "Police in Nandi
                # County have arrested seven"): one figure, the body's
                at = headline_figures.get((f.operation, f.metric, f.unit, round(f.value, 6)))
                if at is None:
                    at = headline_figures.get((None, f.metric, f.unit, round(f.value, 6)))
                # (once: a headline figure the body already stated stays that statement's, "Police in Kapsabet have
                # arrested seven" … "In Eldoret, police arrested 7 more")
                # (or dates it otherwise: "Pangea XIV: 277 arrested" read in the series' first year, the body's
                # "in May 2021 led to 277 arrests" in its own)
                if (
                    at is not None
                    and figures[at].sentence_start == 0
                    and (figures[at].scope is not None or figures[at].operation_year != operation_year)
                ):
                    prev = figures[at]
                    prev.operation, prev.scope, prev.operation_year = f.operation, f.scope, operation_year
                    seen[key] = at
        if key not in seen and f.scope is None and f.sentence_start != 0:
            # the body's restatement without the place of a figure it placed before ("Police in Casablanca … arrested
            # three people" … "Police officers arrested the three suspects"): one figure, where the restatement says
            # "the" or "there" (after that place, "In Ecuador, … Nine people were detained there"), names no other
            # place and says nothing of more (not "The 8 suspects arrested in Cape Town …", "… there as well, in a
            # second raid", nor "Ugandan police arrested 5 people near the border with Kenya")
            # (read within 300 characters of the figure: a sentence without end is not copied for each figure)
            scoped = scoped_seen.get(key[:-1])
            if scoped is not None and scoped >= 0:
                lo, hi = max(f.sentence_start, f.start - 300), min(f.sentence_end, f.end + 300)
                around = text[lo:hi]
                place = figures[scoped].scope or ""
                first = bisect.bisect_left(place_starts, lo)
                # (a place people came from is no other place: "The four suspects, two of them from Tanzania")
                other_place = any(
                    text[loc.start : loc.end] != place
                    and not _FROM_BEFORE.search(text, max(0, loc.start - 6), loc.start)
                    for loc in locations[first : bisect.bisect_left(place_starts, hi)][:20]
                )
                said_again = _SAID_AGAIN.search(text, max(lo, f.start - 60), min(hi, f.end + 60)) is not None
                # ("Of the eight suspects arrested, five were caught at a warehouse in Al Qusais": the whole restated
                # before its parts, whatever places the parts name)
                whole_of = _OF_THE_WHOLE.fullmatch(text, f.sentence_start, f.start) is not None
                if (
                    whole_of
                    or (
                        not other_place
                        and not said_again
                        and (
                            text[max(0, f.start - 4) : f.start].lower() == "the "
                            # ("arrested three people in the Casablanca raid": where the placed figure was)
                            or _in_place(around, place)
                            or (
                                _has_word(around, "there")
                                and _has_word(text[max(0, f.sentence_start - 300) : f.sentence_start], place)
                            )
                        )
                    )
                ):
                    seen[key] = scoped
        same = figures[seen[key]] if key in seen else None
        if (
            same is not None
            and same.sentence_start == f.sentence_start != 0
            and same.item
            and f.item
            and same.item.lower() != f.item.lower()
        ):
            del seen[key]  # "seized one revolver and one shotgun": one sentence does not restate itself
        elif (
            same is not None
            and same.sentence_start != f.sentence_start
            and 0 not in (same.sentence_start, f.sentence_start)
            # (said to be more, where the first was not: a headline's "four more arrests" is the body's "arrested four
            # more suspects")
            and _said_to_be_another(text, f.sentence_start, f.start, f.end)
            and not _said_to_be_another(text, same.sentence_start, same.start, same.end)
        ):
            del seen[key]  # "Ten poachers were arrested. Ten more were arrested for poaching": another ten
        elif (
            same is not None
            and same.sentence_start != f.sentence_start
            and 0 not in (same.sentence_start, f.sentence_start)
            and f.unit == "count"
            and _items_clash(same.item, f.item, people=f.metric in ("arrests", "rescued", "identified"))
            and not _general_item(same.item)
            and not _general_item(f.item)
        ):
            # "seized 2 shotguns" … "seized one pistol and two magazines": a breakdown's small counts recur, and
            # counts of particular things that share no word are two (a restatement names them in general:
            # "The two weapons were …")
            del seen[key]
        if key in seen:
            prev = figures[seen[key]]
            if prev.item is None and f.item:
                prev.item = f.item
            if prev.qualifier is None and f.qualifier:
                prev.qualifier = f.qualifier
            if prev.sentence_start == 0 and f.sentence_start != 0:
                # the headline's figure the body states again: the body's statement is the figure (the
                # reader shows its sentence, and a headline's rounding is no question for it)
                prev.start, prev.end = f.start, f.end
                prev.sentence_start, prev.sentence_end = f.sentence_start, f.sentence_end
                if f.item:
                    prev.item = f.item  # a headline's words are clipped: "fentanyl pills stopped"
                prev.qualifier = f.qualifier  # the body's hedge: "Over 1000 plants seized" … "More than 1,000"
                in_headline.add(seen[key])
            continue
        seen[key] = len(figures)
        if f.scope is not None:
            # (two places' equal figures leave a placeless one to neither: -1)
            scoped_seen[key[:-1]] = -1 if key[:-1] in scoped_seen else len(figures)
        if f.sentence_start == 0:
            headline_figures.setdefault((f.operation, f.metric, f.unit, round(f.value, 6)), len(figures))
        figures.append(
            Figure(
                operation=f.operation,
                operation_year=operation_year,
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
    # (the headline after a letterhead: "DRUG CONTROL … AUTHORITY\nPRESS RELEASE\n\nDCEA SEIZES 3.6 TONNES …")
    head = sentence_at(sentences, head_at)[0] if sentences else 0
    compared = {f.start for f in raw if f.compared_with is not None}
    figures = _drop_rounded_repeats(figures, in_headline, head, compared, text)
    figures = _charged_the_arrested(figures)
    _precise_restatement(text, figures, sentences, raw, numbers[:MAX_PER_DOCUMENT])
    _total_arrests_without_item(text, figures, {f.start for f in raw if f.part_of})
    for f in figures:
        if f.item and _DOUBLE_QUOTES.search(f.item):
            # an item reads without the quotes the text put around its word ("counterfeit "supernotes"" →
            # counterfeit supernotes), never with one of them left open
            f.item = " ".join(_DOUBLE_QUOTES.sub(" ", f.item).split()) or None
        if f.item and f.item.isupper() and (" " in f.item or _in_capitals(text, f.start)):
            f.item = _item_from_capitals(f.item)
        if f.item and (tail := _AUXILIARY_TAIL.search(f.item)) and tail.start() > 0:
            f.item = f.item[: tail.start()]  # "38 suspects will be charged": the suspects
        elif f.item and f.item.endswith(" value") and f.item[:-6].isupper() and " " in f.item[:-6]:
            f.item = f"{_item_from_capitals(f.item[:-6]) or 'goods'} value"  # "SHABU SEIZED value"
    if indents.starts or joins.starts:
        _to_stored([joins, indents], entities, figures)
    return Extraction(
        title=_title(original, head_line),
        published=published,
        entities=entities,
        figures=figures,
        operations=operations,
    )


# What follows a dateline's place: "COLOMBO –", "Siliguri, Nov. 28", "KARACHI:", "Lagos (Reuters)"
_DATELINE_MARK = re.compile(r"[ \t]*(?:,|:|–|—|-(?=\s)|\()")


def _dateline(text: str, locations: list[Span], body_at: int) -> str | None:
    """The place a story's dateline names: the first place that opens a line near the body's start, a comma, dash,
    colon or bracket after it."""
    for loc in locations[:50]:
        if loc.start < body_at:
            continue
        if loc.start > body_at + 400:
            break
        if (loc.start == 0 or text[loc.start - 1] == "\n") and _DATELINE_MARK.match(text, loc.end):
            return text[loc.start : loc.end]
    return None


def _charged_the_arrested(figures: list[Figure]) -> list[Figure]:
    """People charged whom the story also counts as arrested, as many, are the same people: one fact, its arrests
    ("Three charged over 480kg cocaine import" … "officers arrested the three men at the property", "All six were
    charged with importing …"; the guide annotates a fact stated twice once). A count of people charged with no
    such arrest stays another outcome. (Two groups of one size, one charged and the other arrested, would be read
    as one: W's gold has 14 of the first kind and none of the second.)"""
    arrested = {(f.operation, f.value) for f in figures if f.metric == "arrests"}
    if not arrested:
        return figures
    return [
        f
        for f in figures
        if not (f.metric == "other" and f.item and f.item.endswith(" charged") and (f.operation, f.value) in arrested)
    ]


# An item's last words that are the next verb's auxiliaries or a joint, not the thing counted: "suspects will be",
# "Indian boats would be", "handlers abroad and will be"
_AUXILIARY_TAIL = re.compile(
    r"(?:\s+(?:will|would|shall|could|may|might|must|were|was|are|is|have|has|had|having|been|be|and|or))+$", re.I
)


def _in_capitals(text: str, at: int) -> bool:
    """Whether the line ``at`` stands on is written in capitals (a headline so set: "41.8KG OF HEROIN RECOVERED")."""
    start = text.rfind("\n", max(0, at - 300), at) + 1
    end = text.find("\n", at, at + 300)
    line = text[start : end if end >= 0 else min(len(text), at + 300)]
    return line.isupper()


_ITEM_EDGE_WORDS = frozenset("of in at on for to from by with and or the a an".split())


def _item_from_capitals(item: str) -> str | None:
    """An item read off a line in capitals (words in capitals, or a word on a line in capitals: an acronym alone in
    the body stays, "MDMA"), as the body would write it: in lower case, without the words the capitals kept at its
    edges ("OF HEROIN" → heroin, "SLABS OF COMPRESSED CANNABIS AT" → slabs of compressed cannabis); none where it is
    a place or a reason, not a thing ("IN FOUR PROVINCES FOR TRAFFICKING")."""
    words = item.lower().split()
    if words[0] in _ITEM_EDGE_WORDS and words[0] != "of":
        return None
    while words and words[0] in _ITEM_EDGE_WORDS:
        words = words[1:]
    while words and words[-1] in _ITEM_EDGE_WORDS:
        words = words[:-1]
    return " ".join(words) or None


def _total_arrests_without_item(text: str, figures: list[Figure], parts: set[int]) -> None:
    """The arrests an operation reports in all ("The operation led to the arrest of 18 suspects for crimes ranging
    from poaching to …") carry no item but the people they count: a reason or a circumstance after them is a part's
    item (the guide: "a sub-count gets its own entry with an item", "850 … on trafficking charges"), not the whole's.

    The largest arrests figure of each operation (and edition; of the figures no operation holds, too) is its total,
    unless it is one of a list of parts with no whole stated: another arrests figure in its sentence that is no part
    of it ("50 people were arrested for drug trafficking, 178 for drug possession"), one told on as more ("A further
    12 were arrested for fraud") or placed ("In Lagos, officers arrested 20"), a label before it on its line ("Fraud:
    14") or a list's bullet ("• 45 for drug trafficking"); or a place's part itself. Its item
    stays where it is the noun the number counts ("arrested 19 drug traffickers", "22 of a drug trafficking
    racket") and goes where it is read from words further on ("arrested 18 suspects for crimes ranging …",
    "arrested 26 people over a year-long investigation"). ``parts`` holds where the figures start that are parts of
    the one before them ("arrested 12 people, five of them on firearms charges")."""
    arrests: dict[tuple[str | None, int | None], list[Figure]] = {}
    for f in figures:
        if f.metric == "arrests":
            arrests.setdefault((f.operation, f.operation_year), []).append(f)
    for group in arrests.values():
        f = max(group, key=lambda g: g.value)
        if not f.item or f.scope is not None:
            continue  # (a place's part: "In Kano, 30 were arrested for drug trafficking. In Lagos, …")
        line_start = text.rfind("\n", 0, f.start) + 1
        if f.item.lower() in text[line_start : f.start].lower() or _LIST_LINE.match(text, line_start):
            continue  # a label's count ("Fraud: 14", "Drug trafficking      45") or a list's line ("• 45 for fraud")
        if any(
            g is not f
            and (
                (g.sentence_start == f.sentence_start and g.start not in parts)
                or g.scope is not None
                or _ANOTHER_PART_BEFORE.search(text, max(g.sentence_start, g.start - 60), g.start)
            )
            for g in group
        ):
            # one of a list of parts, in its sentence, by place ("… In Lagos, officers arrested 20 for fraud") or
            # told on as more ("A further 12 were arrested for fraud", "They also arrested 12 for fraud"): no whole
            continue
        after = _COUNTED_NOUN_OPENING.sub("", text[f.end : f.end + 80], count=1).lower()
        said = f.item.lower().split()
        if (
            not after.startswith(said[0])
            # (people called by what they are held for, in general: "arrested 27 suspected traffickers", "the arrest
            # of 2,175 suspected kidnappers")
            or said[0] in ("suspected", "alleged")
            or said[-1] in _OFFENDER_NOUNS
        ):
            f.item = None


#: People called by what they are held for (figure_offender_nouns.txt): an operation's total of them carries no item
_OFFENDER_NOUNS = words("figure_offender_nouns")
_DOUBLE_QUOTES = re.compile(r'["“”„«»]')
# A list's line: a bullet, a dash or a number before its words
_LIST_LINE = re.compile(r"[ \t]*(?:[-–—•*·▪●]|\d{1,2}[.)])[ \t]")
# Words that tell a count as more of the same, not a part of one before ("a further 12", "they also arrested")
_ANOTHER_PART_BEFORE = re.compile(r"\b(?:another|further|additional|also|in addition)\b", re.I)


# What may stand between a count and the noun it counts: blanks, a bracket ("five (5) suspects"), "arrests of",
# "of a" ("22 of a drug trafficking racket")
_COUNTED_NOUN_OPENING = re.compile(r"^[\s()]*(?:arrests?\s+)?(?:of\s+(?:the\s+|an?\s+)?)?")


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def _in_place(haystack: str, place: str) -> bool:
    """Whether ``haystack`` says "in <place>" or "in the <place> …" ("in the Casablanca raid")."""
    return bool(place) and (_has_word(haystack, "in " + place) or _has_word(haystack, "in the " + place))


_OF_THE_WHOLE = re.compile(r"\W*Of\s+(?:the|these|those|all\s+the)\s+")
# Words that make an equal count another one: "… there as well, in a second raid", "arrested 20 people again"
_SAID_AGAIN = re.compile(r"(?i)\b(?:again|another|second|separate(?:ly)?|further|other)\b")
# A lead's several drives: "in separate police operations", "in different operations"
_SEPARATE_DRIVES = re.compile(
    r"(?i)\b(?:separate|several|different|various|multiple)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:operations|raids|investigations|incidents)\b"
)
# Operations counted in a sentence: "as a result of two major operations", "both operations"
_SEVERAL_OPERATIONS = re.compile(r"(?i)\b(?:two|three|four|five|six|both|[2-9])\s+(?:[\w-]+\s+){0,3}?operations\b")
# Many fronts told as one: "troops operating in various theatres of operation killed 286 suspected terrorists" (a
# roundup's totals, before the operations it goes on to name one by one; not "several operations", which one named
# operation may hold: "Police conducted several operations … The operations were all part of Operation Storm")
_MANY_FRONTS = re.compile(
    r"(?i)\b(?:various|several|multiple|different|numerous)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:theatres|theaters|fronts|operational\s+(?:areas|zones|sectors))\b"
)
_EDITION_YEAR = re.compile(r"(?:19|20)\d\d")
_EARLIER_EDITION_CUE = re.compile(
    r"(?i)\b(?:last\s+year|previous|earlier|a\s+year\s+(?:ago|earlier|before)|first\s+edition|"
    r"last\s+edition|the\s+(?:19|20)\d\d\s+edition)\b"
)
_BORN_BEFORE = re.compile(r"(?i)\b(?:born|b\.)(?:\s+(?:in|on))?\s+$")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")
# A law's title before its year: "the Dangerous Drugs Act 1985", "Act of 2019", "Penal Code, 2008", "Law No. 12 of 2021"
_LAW_BEFORE_YEAR = re.compile(
    r"\b(?:Act|Acts|Code|Law|Ordinance|Decree|Regulations|Rules|Convention|Protocol)"
    r"(?:\s+(?:No\.?\s*)?\d{1,5})?(?:,|\s+of)?\s+$"
)
# A recurring series' start: "began coordinating this annual operation in |2008", "first held in |2011"
_SERIES_BEGAN_BEFORE = re.compile(
    r"(?i)\b(?:began|begun|started|first\s+(?:held|run|launched|organi[sz]ed))\b[^.\n]*\bin\s+$"
)
_RECURS = re.compile(r"(?i)\b(?:annual|annually|yearly|every\s+year|each\s+year)\b")


def _operation_instances(entities: list[Entity], ops: _OperationMentions) -> list[Entity]:
    """Split each OPERATION entity by the instance each of its mentions belongs to;
    a name alone that turns out to be an edition named with its year elsewhere
    ("Kinga Pori" in 2026, "Kinga Pori 2026") is one entity, named with its year."""
    year_at = {(s.start, s.end): y for s, y in zip(ops.spans, ops.instance_year, strict=True)}
    out: list[Entity] = []
    for e in entities:
        if e.type != OPERATION:
            out.append(e)
            continue
        by_year: dict[int | None, Entity] = {}
        for mention in e.mentions:
            year = year_at.get(mention)
            inst = by_year.get(year)
            if inst is None:
                inst = by_year[year] = Entity(OPERATION, e.name, [], e.alias_of, operation_key(e.name, year), year)
            inst.mentions.append(mention)
        out.extend(by_year.values())
    by_key: dict[str, Entity] = {}
    merged: list[Entity] = []
    for e in out:
        first = by_key.get(e.key) if e.type == OPERATION else None
        if first is None:
            if e.type == OPERATION:
                by_key[e.key] = e
            merged.append(e)
            continue
        first.mentions = sorted(first.mentions + e.mentions)
        if e.year is not None and str(e.year) in e.name.split() and str(e.year) not in first.name.split():
            first.name = e.name  # the name that states the year
    merged.sort(key=lambda x: x.mentions[0])
    return merged


# Words before a series' name that make it an earlier edition: "the first Kifaru Watch", "the first phase of
# the operation, Jaalbhed", "follows Operation Escudo Pacífico", "last year's Operation Kit Locker"
_EARLIER_EDITION_BEFORE = re.compile(
    r"(?i)\b(?:first|1st|initial|original|previous|earlier|prior|predecessor|last\s+year['’]?s?|a\s+year\s+ago"
    r"|follow(?:s|ed|ing|-up)?|builds?\s+on|built\s+on|continuation|succeed(?:s|ed|ing)?|one\s+year\s+on\s+from)\b"
    # (the word's own noun before the name, not another's: "the first phase of the operation, Jaalbhed", not "in the
    # country's first year participating in Operation Pangea")
    r"(?!\s+(?:year|years|time|day|days|week|weeks|month|months)\b)"
)


_OTHER_EDITION_AFTER = re.compile(
    r"(?i)[^.;!?\n]*?\b(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|previously|earlier|next\s+year|will|"
    r"planned|upcoming|starts?|begins?|launche[sd]\s+in\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d)\b"
)


def _series_beside_its_edition(
    text: str, entities: list[Entity]
) -> tuple[list[Entity], dict[str, tuple[str, int | None]]]:
    """A series' name written beside its one edition ("Operation Lantern Gate" … "Operation Lantern Gate IV", "phase
    six of Operation Safe Harbour" … "Safe Harbour 6") is that edition, as the guide lists it, unless
    the text makes the name alone an earlier edition: a year of its own, or words before it that say so ("the
    first Kifaru Watch, in 2019", "follows Operation Escudo Pacífico"). Returns the entities with such names
    folded into their edition, and each folded instance's key → (the edition's name, its year)."""
    ops = [e for e in entities if e.type == OPERATION]
    if len(ops) < 2:
        return entities, {}
    editions: dict[str, list[Entity]] = {}
    for e in ops:
        m = _EDITION_END.search(e.name)
        if m and m.start() > 0:
            editions.setdefault(e.name[: m.start()].casefold(), []).append(e)
    folded: dict[str, tuple[str, int | None]] = {}
    gone: set[int] = set()
    for e in ops:
        eds = editions.get(e.name.casefold())
        if not eds or len(eds) != 1:
            continue  # no edition, or several (or one edition in several years): which one is not told
        edition = eds[0]
        if e.year is not None and e.year != edition.year and edition.year is not None:
            continue  # a year of its own: another edition ("Lionfish" in 2013, "Lionfish II" in 2014)
        # (a year the edition has none of is not told against it: "Operation Northern Spotlight VI" beside "Operation
        # Northern Spotlight took place … 2017", "Operation Pangea, which has run every year since 2008" beside
        # "Pangea XVII"; the edition keeps its own, untold, year)
        if any(
            _EARLIER_EDITION_BEFORE.search(text, max(0, a - 60), a)
            or _RAN_IN_YEAR.match(text, b)
            # (or after it, in its clause: "… seized 2 tonnes last year", "Operation Shield 2 starts next year")
            or _OTHER_EDITION_AFTER.match(text, b, min(len(text), b + 80))
            for a, b in e.mentions + edition.mentions
        ):
            # the name alone, or the edition, is told as an earlier one: "the first Kifaru Watch", "follows
            # 'Danube Gate 2025'", "An earlier phase of the operation, Backdam Sweep I" (two editions)
            continue
        edition.mentions = sorted(edition.mentions + e.mentions)
        folded[e.key] = (edition.name, edition.year)
        gone.add(id(e))
    if not folded:
        return entities, {}
    return [e for e in entities if id(e) not in gone], folded


# The words that make an operation named right after them the whole of which the operation named before is a part
_PHASE_OF_BEFORE = re.compile(r"(?i)\b(?:phase|stage|leg|round)\s+of\s+(?:the\s+)?(?:operation\s+)?[\"“‘']?$")
# A sentence that goes on about an earlier drive just named: "That earlier operation …", "The first operation …",
# "A year earlier, …", "In 2025, …", "The 2025 operation …", "During the first operation, …"
_EARLIER_ONE_RECALLED = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:That|This|The)\s+(?:earlier|first|previous|original|initial|prior|(?:19|20)\d\d)\s+"
    r"(?:operation|edition|phase|drive|one)\b|(?:In|During)\s+(?:that|the)\s+(?:first|earlier|previous)\s+"
    r"(?:operation|edition|phase)\b|A\s+year\s+(?:earlier|before)\b|Back\s+then\b|Last\s+year\b|"
    r"In\s+(?:19|20)\d\d\b)",
    re.M,
)
# Words between two editions' names that make the first the one going on from the second
_CONTINUES_BETWEEN = re.compile(
    r"\b(?:continuation|continues|follows|follow-up|builds\s+on|built\s+on|successor|sequel)\b", re.I
)
_FOLLOWED_BY = re.compile(r"\b(?:followed|succeeded|preceded)\s+by\b", re.I)
_EDITION_NUMBER = re.compile(r"[-\s](\d{1,4}|[IVX]{1,5})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _edition_number(name: str) -> int:
    """The number a codename's edition ends on ("Red Dial-2" 2, "Pangea XVII" 17, "Thunder 2026" 2026; 0 for none)."""
    m = _EDITION_NUMBER.search(name)
    if m is None:
        return 0
    n = m.group(1)
    if n.isdigit():
        return int(n)
    total = 0
    for k, c in enumerate(n):
        v = _ROMAN_VALUES[c]
        total += -v if k + 1 < len(n) and _ROMAN_VALUES[n[k + 1]] > v else v
    return total


_ASIDE_PARAGRAPH = re.compile(
    r"(?im)^[ \t]*(?:separately"
    # (another matter unless the paragraph speaks of the operation: see _OperationMentions; not "Last week's raids")
    r"|(?P<recent>on\s+(?:a|another)\s+(?:related|separate|different)\s+(?:subject|note|matter|issue)"
    r"|in\s+other\s+news|last\s+(?:week|weekend|month)|earlier\s+this\s+(?:week|month))(?!['’])"
    # ("Meanwhile" before another body named: "Meanwhile, the Kenya Wildlife Service said its rangers …"; in real
    # releases the other "Meanwhile" paragraphs go on with the story: "Meanwhile, the remaining two suspects …",
    # "Meanwhile, police have held 31 people …", "Meanwhile, DSP Adiku said 35 of the 213 suspects …")
    r"|meanwhile(?=,?\s+the\s+(?-i:[A-Z]))"
    r"|in\s+(?:a|another)\s+(?:separate|related|unrelated|different)\s+"
    r"(?:case|operation|incident|investigation|development|raid)|in\s+another\s+(?:case|operation|incident|raid)|"
    r"in\s+separate\s+(?:cases|operations|incidents|investigations|raids)|"
    r"last\s+year|earlier\s+this\s+year|so\s+far\s+this\s+year|since\s+(?:january|the\s+start\s+of\s+the\s+year)|"
    # (a country's side is another matter, "On the Ukrainian side of the border, …"; the operation's own strand is
    # not: "On the wildlife side, officers seized:", "On the timber side of the operation, …")
    r"in\s+the\s+first\s+\w+\s+(?:months|weeks)|on\s+the\s+(?-i:[A-Z])\w+\s+side)\b"
)
# A step of the story's own drive, right after an aside's opening words: "In a separate raid during the operation"
_DURING_THE_OPERATION = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:during|as\s+part\s+of|under|in\s+the\s+course\s+of|within)\s+the\s+(?:same\s+)?"
    r"(?:operation|crackdown|drive|campaign|sweep|exercise)\b(?!\s+of\b)"  # (not "the operation of a border post")
)
# A paragraph that opens on a drive told with "a": "In a joint operation, …", "In parallel, a security operation in …"
_ANOTHER_DRIVE_PARAGRAPH = re.compile(
    r"(?im)^[ \t]*(?:in\s+parallel,\s+)?(?:in\s+)?an?\s+"
    # (not a step of the story's own drive: "In a linked operation in Auckland", "A follow-up operation on …")
    r"(?!(?:[\w-]+\s+)?(?:linked|related|connected|follow-up|follow|coordinated|simultaneous|parallel|subsequent"
    r"|second|further|later|final|first)\b)"
    r"(?:[\w-]+\s+){0,3}?operation\b(?=,|\s+(?:in|at|on|led|by|involving)\b)"
)
# The same people or drive as the story's: "the same team arrested two foreign nationals"
_SAME_ONES = re.compile(
    r"(?i)\bthe\s+same\s+(?:team|unit|officers|detectives|operation|crackdown|drive|squad|task\s*force)\b"
)
# The line that ends a release's story: "***", "* * *", "###", "-ENDS-", "Notes to editors"
_END_OF_STORY = re.compile(
    r"(?im)^[ \t]*(?:\*[ \t]*\*[ \t]*\*[ \t*]*|#{3,}|-?ends?-?|notes?\s+(?:to|for)\s+editors?:?)[ \t]*$"
)
# A period named by the sentence before: "In the same period we arrested 389" (not "the same period last year",
# "of 2025": a period of its own)
_SAME_PERIOD = re.compile(
    r"(?i)\b(?:in|during|over|within)\s+the\s+same\s+(?:period|time|months?|weeks?)\b"
    r"(?!\s+(?:of|last|in\s+(?:19|20)\d\d)\b)"
)
# Between two operations named together: "Cold Harbour and Northern Vault", "X, Y"
_COORDINATED = re.compile(r"\s*(?:,|and|&|,\s+and)\s+(?:(?:Operation|operation)\s+)?")
# Between a figure and an operation named after it: the figure is compared with that operation's
# ("162 boardings, up from 118 during last year's operation, X"; "more than during Operation X")
_COMPARED_AFTER = re.compile(
    r"(?i)\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bas\s+against\b"
    r"|\bthan\s+(?:in|during|at|last|the\s+(?:previous|last|first))\b"  # (not the hedge "more than 1,200")
)
# A sentence about a period's totals or another drive: "seized 131 tonnes so
# far this year", "Rs 9,400 crore in the whole of 2024", "the previous
# week's P380 million", "a similar drive in 2023 had led to 61 arrests".
_COMPARED_WITH = re.compile(
    r"(?i)\b(?:more|fewer|less|higher|lower)\s+(?:[a-z]+\s+){0,2}?than\s+(?:(?:in|during|for|over)\s+)?(?:the\s+)?$"
)
# A compared figure right before a period: "up from 910,000 in 2025", "compared with 842 kg the previous year"
_UP_FROM_FIGURE_BEFORE = re.compile(
    r"(?i)\b(?:(?:up|down|rising|falling|increased?|decreased?)\s+from|compared\s+(?:with|to))"
    r"\s+(?:about\s+|some\s+)?[\d,.]+(?:\s+(?:million|billion|thousand))?(?:\s+[a-z]+)?\s+(?:in\s+|during\s+)?$"
)
# a year's totals to a date: "In the 12 months to 30 June 2026, the AFP seized …", "over the past twelve months"
_TWELVE_MONTHS_TEXT = r"(?:in|over|during)\s+the\s+(?:past\s+|last\s+|previous\s+)?(?:12|twelve)\s+months"
_OVER_THE_YEARS_TEXT = (
    r"over\s+the\s+years|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,2}|few|several)\s+)?(?:years|decades?)"
)
_YEAR_SPAN_TEXT = r"(?:between|from)\s+(?:19|20)\d\d\s+(?:and|to|until|through)\s+(?:19|20)\d\d"
# A quarter of a year: a body's totals for it, or an operation's own where its sentence speaks of the operation
_QUARTER_TEXT = (
    r"(?:in|within|during|for|over)\s+the\s+"
    r"(?:(?:last|past|previous|current|first|second|third|fourth|same)\s+)?quarter"
)
# Since a post holder took office: the holder's record, or the operation's where the sentence speaks of it
_TENURE_TEXT = (
    r"since\s+(?:(?:he|she|they|I|we)\s+(?:assumed|took|entered)\s+office|(?:assuming|taking)\s+office"
    r"|(?:his|her|their|my)\s+appointment|(?:he|she|I)\s+was\s+appointed)"
)
_SINCE_A_YEAR_TEXT = r"since\s+(?:19|20)\d\d\b"  # (its own pattern tells a record since a year in a relative clause)
# A span of months: "between January and November", "from March to" (another period's totals, unless a clause of
# what offenders did holds it)
_MONTH_SPAN_TEXT = (
    r"(?:from|between)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+(?:to|until|through|and)\s"
)
_OTHER_PERIOD = re.compile(
    r"(?i)\b(?:so\s+far\s+(?:this\s+year|in\s+(?:19|20)\d\d)|(?:in|for)\s+the\s+whole\s+of\s+"
    r"|since\s+(?:january|the\s+(?:start|beginning)\s+of\s+(?:(?:the\s+|this\s+)?(?:fiscal\s+|financial\s+)?year"
    r"|(?:19|20)\d\d))"  # "since the beginning of 2026"
    # a date the totals run from: "Since 1 April 2026, DRI has seized …", "since April this year" (the
    # operation's own, "Since 10 November, the operation has led to …", is told by its sentence: see
    # _OPERATION_SAID)
    r"|since\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:february|march|april|may|june|july|august|september|october"
    r"|november|december)\b"
    r"|year[- ]to[- ]date"
    # a record since a year: "Authorities have confiscated more than 500 tons of drugs since 2021" (an operation's
    # own, "Since 2021 the operation has …", is told by its sentence)
    rf"|{_SINCE_A_YEAR_TEXT}"
    r"|(?:in|for|during)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?\s+)?(?:(?:current|present|last|past|previous)\s+)?"
    r"(?:fiscal|financial)\s+year"
    # a force's record for the year so far, or for the whole country: "In what goes of 2026, the National Police has
    # seized 742 tons of cocaine", "In the course of the year 2025, …", "… seized 198 tons of drugs in the national
    # territory" (Spanish releases' "en lo que va del año", "en el territorio nacional")
    r"|in\s+what\s+goes\s+of\s+(?:the\s+year|(?:19|20)\d\d)|(?:in|during)\s+the\s+course\s+of\s+the\s+year"
    r"|in\s+the\s+(?:whole\s+)?national\s+territory|in\s+the\s+whole\s+(?:country|national\s+territory)"
    # a quarter's totals: "the items intercepted within the quarter include …"
    rf"|{_QUARTER_TEXT}"
    # "In 2026 alone, the agency has uncovered 731 cases": a year's total
    r"|(?:in\s+(?:19|20)\d\d|this\s+year)\s+alone"
    # a year's totals up to a day: "from 149 operations carried out this year until Nov 17"
    r"|this\s+year\s+(?:until|till|up\s+to|through)\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:the\s+)?previous\s+(?:week|month|year)(?:'s|’s)?|(?:last|earlier\s+this)\s+(?:fiscal\s+|financial\s+)?year"
    # a body's record since it began: "since its establishment in 2015", "since the NCLCC was set up in 2019"
    r"|since\s+its\s+(?:establishment|creation|founding|inception)"
    # ("Set up in 2011, the unit … has since taken 95 tonnes of drugs off the market": its record)
    r"|(?:established|founded|set\s+up|created)\s+in\s+(?:19|20)\d\d\s*,"
    r"|since\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+was\s+(?:set\s+up|established|created|founded)"
    r"|(?:in|during|over|for|within)\s+the\s+first\s+\w+\s+(?:months|weeks)\s+of"
    r"(?!\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:operation|campaign|crackdown|drive|exercise|sweep|offensive))"
    # a year's report so far: "For the period January to October 2026" (a month's, "within the month of November",
    # may be the drive's own)
    r"|the\s+period\s+(?:from\s+)?(?:1(?:st)?\s+)?jan(?:uary|\.)?(?:\s+1(?:st)?)?\s+(?:to|until|through|[-–])"
    rf"|{_TWELVE_MONTHS_TEXT}"
    rf"|{_MONTH_SPAN_TEXT}\s*\w+"  # ("between January and November 2026 the Authority seized …")
    # a year's total so far, from its first day: "From Jan 1 to Nov 30 this year, the state police arrested …",
    # "from 1 January to 30 November" (a span from another day may be the operation's own: "From April 7 to
    # November 6, DEA and its partners made 1,028 arrests")
    r"|(?:from|between)\s+(?:1(?:st)?\s+)?jan(?:uary|\.)?(?:\s+1(?:st)?)?,?\s+(?:to|until|till|through|and)\s+\w+"
    r"|an?\s+(?:similar|earlier|previous|separate|unrelated)\s+(?:operation|drive|crackdown|campaign|exercise|sweep)"
    r"|(?:in|during|under)\s+another\s+(?:operation|drive|crackdown|campaign|exercise|sweep)"
    # a post holder's record: "270 suspects had been taken into custody since he assumed office"
    rf"|{_TENURE_TEXT}"
    # another matter told beside the story's: "In a separate matter last week, customs …", "Separately, …",
    # "In a separate case last month, police …" (a roundup's "In a separate case, …" is one of its own cases)
    r"|an?\s+(?:separate|unrelated)\s+(?:matter|development|investigation|probe)|an?\s+unrelated\s+case"
    r"|an?\s+separate\s+case\s+(?:last|earlier|this)\s+(?:week|month|year)|an?\s+separate\s+case\s+in\s+(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)"
    r"|described\s+as\s+a\s+separate\s+case"
    r"|separately\s*,|separately\s+(?:reported|said|announced|stated)"
    # an earlier edition's results: "The previous edition of the operation, in 2025, resulted in 97 arrests", "The
    # first two editions of the operation … led to a combined 210 arrests" (an edition names itself otherwise)
    # (the edition told as what had results, not as a time: "profiles built after the previous edition to select …")
    r"|(?:(?:the|its|their)\s+(?:previous|earlier|prior|past|last\s+year(?:'s|’s))\s+(?:(?:two|three|four|five)\s+)?"
    r"editions?|(?:the|its|their)\s+(?:first|previous|earlier|past|last)\s+(?:two|three|four|five|six|seven|eight"
    r"|nine|ten)\s+editions"
    # the same of an offensive's earlier phases or rounds: "In the three earlier phases of the offensive this year,
    # troops had dismantled 38 labs" (not "the first phase", which may be the operation's own)
    r"|(?:the|its|their)\s+(?:(?:two|three|four|five)\s+)?(?:previous|earlier|prior|past)\s+(?:(?:two|three|four"
    r"|five)\s+)?(?:phases|rounds|stages|phase|round|stage))"
    r"(?:\s+of\s+the\s+(?:operation|campaign|exercise|drive|crackdown|offensive))?(?:\s+(?:this|last)\s+year)?"
    r"(?=\s*,|\s+(?:in|led|resulted|saw|netted|yielded|produced|brought|had|recorded)\b)"
    # the body's totals for the year it is in: "during the current year seized 19.8 tonnes"
    r"|(?:during|in|throughout|over)\s+(?:the\s+)?(?:current|present)\s+year"
    # a record over years: "over the years the programme has helped seize 95 tonnes", "in the past
    # five years" (an operation's own years are told by a sentence that speaks of it: see _RUNNING_PERIOD)
    rf"|{_OVER_THE_YEARS_TEXT})\b"
)
#: A word every match of ``_OTHER_PERIOD`` holds one of (one for each of its alternatives: "so far", "the whole of",
#: "since", "year", "quarter", "alone", "previous", "established", "founded", "set up", "created", "the first …
#: months", "twelve months", "the period", "from", "between", "a similar/earlier/separate/unrelated …", "another",
#: "decades", "edition", "phase", "round", "stage", "goes", "territory"), and a word every match of
#: ``_STATISTICS_SOURCE`` holds ("according", or "show", "indicat", "reveal"), in lower case: a sentence without any
#: of them is not searched. A new alternative of either pattern needs its word here.
_PERIOD_LEADS = (
    "since", "year", "previous", "separate", "from", "between", "quarter", "far", "whole", "alone", "established",
    "founded", "set", "created", "first", "months", "similar", "earlier", "unrelated", "another", "decade",
    "according", "period", "edition", "show", "indicat", "reveal", "goes", "territory", "phase", "round", "stage",
)  # fmt: skip
_TWELVE_MONTHS = re.compile(_TWELVE_MONTHS_TEXT, re.I)
_MONTH_SPAN = re.compile(_MONTH_SPAN_TEXT, re.I)
# What people are accused of, right before a span of months it holds (a relative word alone is not enough: "the
# chief, who was also present, said police had arrested 14,718 people from January until last week")
_ACCUSED_OF = re.compile(r"\b(?:accused\s+of|suspected\s+of|alleged(?:ly)?\s+to\s+have|charged\s+with)\b")
_SINCE_A_YEAR = re.compile(_SINCE_A_YEAR_TEXT, re.I)
# A relative clause of what offenders or their places have been doing, right before "since": "a lab which have been
# operating since …", "a gang that has been extorting traders since …"
_DOING_SINCE_BEFORE = re.compile(r"(?i)\b(?:which|that|who)\s+(?:have|has|had)\s+been\s+[a-z]+ing\s+$")
# A period an operation may have run over itself ("Since 10 November", "over the past twelve months"): its own
# when the sentence speaks of the operation, another period's totals when not.
_RUNNING_PERIOD = re.compile(
    r"(?i)since\s+(?:\d|january|february|march|april|may|june|july|august|september|october|november|december)"
    rf"|{_TENURE_TEXT}"  # ("The operation, which he has led since taking office, also seized 12 rifles")
    rf"|{_QUARTER_TEXT}"
    rf"|{_TWELVE_MONTHS_TEXT}|{_OVER_THE_YEARS_TEXT}"
    # (a span of months the operation ran: "Conducted between June and July 2024, the operation resulted in …")
    r"|(?:from|between)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+(?:to|until|through|and)\s"
)
# A span of years a figure is told with: "at least 206 tonnes were seized worldwide between 2016 and 2019" (read
# near the figure only: "the gang had trafficked 200 women between 2019 and 2023, and police recovered $300,000"
# tells the gang's deeds, not the recovery's period)
_YEAR_SPAN = re.compile(_YEAR_SPAN_TEXT, re.I)
# The operation itself, named by its common noun, in a sentence: its totals are its own.
# ("In that case, running since July, border police detained six": the one just named, by its noun)
_OPERATION_SAID = re.compile(
    r"\b(?:(?:the|this|that)\s+(?:operation|campaign|crackdown|drive|exercise|sweep|offensive)"
    r"|(?:in|under|during)\s+that\s+(?:case|investigation))\b",
    re.I,
)
# An earlier drive named as the one the operation builds on or follows.
_EARLIER_DRIVE_BEFORE = re.compile(
    r"(?i)\b(?:builds?\s+on|built\s+on|follow(?:s|ed|ing)?(?:\s+on\s+from)?|after|like|similar\s+to"
    r"|succeed(?:s|ed|ing)|predecessor|previous|earlier|prior|last\s+year's)\b[^.;\n]{0,30}$"
)
# The words that name a drive as an earlier one, just before its name, where the figures told before it are
# another's: "is derived from an earlier one, Operation X", "follows Operation Y", "its predecessor, Z" (not
# "after" or "following": "15 were arrested after Operation X" are X's)
_EARLIER_DRIVE_NAMED = re.compile(
    r"(?i)\b(?:builds?\s+on|built\s+on|follows(?:\s+on\s+from)?|similar\s+to|succeed(?:s|ed)|predecessor"
    r"|previous|earlier|prior|last\s+year's|(?:derived?|derives|stems?|stemmed|grew|arose)\s+(?:out\s+)?(?:of|from)"
    # (or one named as an example of a kind: "major drug busts like Operation Nestegg, which saw five arrests")
    r"|(?<=[a-z]s\s)(?<!operations\s)(?:like|such\s+as)"
    # (a drive that followed others: "Europol said the operation followed two investigations, Operation X and …")
    # (not "The investigation that followed, Operation X": a later drive)
    r"|(?:operation|investigation|action|crackdown|probe)\s+(?:(?!that\b|which\b)[\w-]+\s+)?followed(?=\s+\w))"
    # (nor another part of the same drive: "The previous phase of Operation X netted 8")
    r"\b(?![^.;!?\n]*\b(?:phase|stage|round|wave|leg|part)\s+of\b)[^.;!?\n]{0,45}$"
)
# "…, which INTERPOL ran in 2024", ", held in 2025": a drive dated by the clause after its name.
_RAN_IN_YEAR = re.compile(r"(?i)[^.;\n]{0,30}\b(?:ran|run|held|conducted|carried\s+out)\s+in\s+(?:19|20)\d\d\b")
# A heading of a text's own part: a line of one to eight words opening on a capital, with no stop or colon
# at its end, alone between blank lines ("Ecuador port checks", "Operation Whirlwind", "Comparison").
_HEADING_LINE = re.compile(r"\n[ \t]*\n[ \t]*([A-Z][^\n.!?:;,]{0,80}?[^\s.!?:;,\"”’)])[ \t]*\n[ \t]*\n")
# The header of a roundup's section: a place in capitals, a colon, a short
# headline on a line of its own ("MIGORI: Two arrested with bhang").
_SECTION_HEADER = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]{2,}(?:[ \t][A-Z][A-Z'’.-]+){0,2}):[ \t]([^\n.!?]{3,90})[ \t]*\n[ \t]*\n"
)
# A headline's word in lower case ("arrested", "nets"): what a byline ("WRITER: Wassana Pongsiri and
# Kittipong Rattanachai") or a credit line of names has none of but the connectors names hold.
_LOWER_WORD = re.compile(rf"\b(?!(?:{'|'.join(sorted(CONNECTORS))})\b)[a-z]{{2,}}")
# A roundup's section headed by a place alone on a line, in capitals
# ("TRINIDAD AND TOBAGO", "KISUMU"), after a blank line.
_PLACE_HEADER = re.compile(r"\n[ \t]*\n[ \t]*([A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z][A-Z'’.&-]*){0,5})[ \t]*\n[ \t]*\n")
# An operation named only to set figures apart from it.
_APART_FROM = re.compile(
    r"(?i:\b(?:separate(?:ly)?\s+from|unrelated\s+to|apart\s+from|independent(?:ly)?\s+of|not\s+(?:part|linked|"
    r"connected|related)\s+(?:of|to|with)|outside(?:\s+of)?|besides)\s+(?:the\s+)?(?:operation\s+)?)$"
)
# An operation named as the time since which: "the largest since the first “Operation Pangea” conducted in 2008",
# "the most since Operation Trigger began": a point in time, whose sentence's figures are not its own
# (after a superlative it compares: "Since Operation Fiach was launched, gardaí have seized …" are Fiach's)
_SUPERLATIVE_SINCE_BEFORE = re.compile(
    r"(?i)\b(?:largest|biggest|highest|greatest|most|first|record)\b[^.;:!?\n]{0,40}?"
    r"\bsince\s+(?:the\s+)?(?:(?:first|launch\s+of|start\s+of|beginning\s+of|inception\s+of)\s+(?:the\s+)?)?"
    r"[\"“‘']?(?:operation\s+)?[\"“‘']?$"
)
# A clause after such an operation that tells its own results: "… since Operation Tora Grande in 2023, when police
# seized some 36,000 cubic metres"
_ITS_OWN_CLAUSE = re.compile(r"(?i)\b(?:when|which|where|during\s+which|in\s+which)\b")
# Another drive, not named, that the sentence turns to after naming the operation, with a clause of its
# own that tells its results: "Harmattan Shield follows a similar operation carried out in 2025, which led
# to 306 arrests" (the figure is that drive's; "Operation Atlas, a separate operation run by the state
# police, led to 41 arrests" and "larger than the previous operation and netted 300 arrests" are Atlas's).
_OTHER_DRIVE = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:similar|earlier|previous|separate|prior)\s+"
    r"(?:operation|drive|crackdown|campaign|exercise|sweep|edition|phase)\b[^.;:()\n]{0,60}?,?\s+"
    r"(?:which|that)\s+(?:had\s+)?(?:led|resulted|netted|saw|yielded|produced|ended|brought)\b[^.;:()\n]{0,60}$"
)
# A sentence that opens on a year: "In 2023, …", "Back in 2019 …", "In the year 2025, …".
_SENTENCE_YEAR = re.compile(r"\s*(?:(?:In|Back\s+in|During|Throughout)\s+)(?:the\s+year\s+)?((?:19|20)\d\d)\b")
# A figure whose own words end on a year: "44 tonnes of cocaine in 2025." (no other number, no clause
# break before it, and the sentence or its clause ends there)
_YEAR_AFTER_FIGURE = re.compile(
    r"\S+[^\d;:()\n,]{0,70}?\b(?:in|during|throughout)\s+((?:19|20)\d\d)(?=\s*(?:[.;,]|$|\s+(?:alone|and\b)))"
)
# A year as a period, not a day, closing a sentence's short opening phrase (six words or fewer, no figure):
# "Earlier, in November 2025, a team confiscated …", "Across the four operations held in 2025, officers
# conducted …" (not "on 3 March 2025", nor a year in a clause of the sentence's own: "The team recovered
# icons stolen from a church in 2019, and seized …")
_FRONTED_YEAR = re.compile(
    r"\s*(?:[^\d\s]+\s+){0,6}?(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+)?"
    rf"(?:(?:{_MONTHS})\.?\s+|the\s+year\s+)?"
    # (a comma closes the phrase, or the clause's subject follows: "He indicated that in 2025 the department seized")
    r"((?:19|20)\d\d)(?:,|\s+(?:the|this|these|its|their|our|it|they|we|he|she)\s)"
)
# A whole year as the period of a sentence's figures, wherever it stands: "seized 46.7 million pills and 2.9
# tonnes of other drugs during 2024, and arrested 1,389" ("during" marks a period, not an event's date)
_YEAR_OF_FIGURE_BEFORE = re.compile(
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,4}?(?:in|during|throughout)\s+((?:19|20)\d\d)\s*,?\s+and\s+(?:[a-z]+\s+){1,3}$"
)
_CONTRAST = re.compile(r"\b(?:while|whereas|but)\b|;")
# "in 2025" as when a sentence's events were (a year's span or a date is not: "in 2024-25", "in 2025/26")
_IN_YEAR = re.compile(
    r"\b(?:[Ii]n|[Aa]t\s+the\s+(?:end|start|beginning)\s+of|[Bb]y\s+the\s+end\s+of)\s+(?:the\s+year\s+)?"
    r"((?:19|20)\d\d)\b(?![-–/]\d)"
)
# An event of a year told before its noun: "a 2024 case in the same province had recovered only 600 kilograms", "the
# November 2024 interception of a boat, when the Coast Guard recovered over 6,000kg"
_YEAR_EVENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?((?:19|20)\d\d)\s+(?:case|seizure|raid|interception|bust|haul|review|report|study|survey)\b"
)
# Words that make a year date something else than the results: a birth, an offence, a founding, a law
_DATED_BEFORE = re.compile(
    r"\b(?:born|stolen|committed|founded|established|created|built|opened|launched|began|started|introduced"
    r"|enacted|passed|adopted|signed|convicted|sentenced|issued|registered|wanted|disappeared|died|killed|murdered"
    r"|kidnapped|abducted|escaped|fled|arrived|since|until|till|before|after)\b[^.;:\d]{0,40}$"
)
_DURING_YEAR = re.compile(
    r"\b(?:[Dd]uring|[Tt]hroughout)\s+(?:the\s+whole\s+of\s+)?(?:the\s+year\s+)?((?:19|20)\d\d)\b(?![-–/]\d)"
)
# Totals credited to a body's statistics: "according to official figures", "According to NCB data", "according
# to the data of the National Agency …" (not results as announced: "according to figures released by INTERPOL")
_STATISTICS_SOURCE = re.compile(
    # (not a drive's first tally: "according to the organisation's preliminary figures")
    r"(?i)\baccording\s+to\s+(?!(?:[\w'’.&-]+\s+){0,5}?(?:preliminary|provisional|initial)\s)"
    r"(?:[\w'’.&-]+\s+){0,6}?(?:figures|statistics|data|(?:annual|yearly)\s+(?:[\w-]+\s+){0,3}report)\b"
    r"(?!\s+(?:(?:from|of)\s+the\s+operation|released|published|issued|provided|given|announced)\b)"
    # the same as a sentence's subject: "UNODC figures show that a record 236 tonnes …", "Chinese police data show
    # that more than 57,000 …" (not "figures from the operation show …")
    # (a body's, not the story's own: "The final figures show 2,733 arrests")
    r"|(?<!the\s)(?<!final\s)(?<!latest\s)(?<!these\s)(?<!its\s)(?<!their\s)(?<!new\s)"
    r"\b(?:figures|statistics|data)\s+(?!(?:from|of)\s+the\s+operation\b)(?:(?:from|of)\s+(?:[\w'’.&()-]+\s+){1,8}?)?"
    r"(?:show|shows|showed|indicate|indicates|indicated|reveal|reveals|revealed)\b"
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_LINE_BREAK = re.compile(r"\n")
# The biggest of several cases, named: "in the biggest operation conducted under the title", "The biggest single
# case of the year,"
# (of the operations or cases a text totals, not of results: "the biggest seizure in Portuguese history, dubbed
# Operation Atlantic Wave" is the text's own operation)
_BIGGEST_OF_THEM = re.compile(
    r"(?i)\b(?:biggest|largest|most\s+significant)\s+(?:single\s+)?(?:operation|case)\b[^.;\n]{0,60}$"
)
# A text's totals over many cases: "conducted 11 operations", "presented the department's annual statistics"
_MANY_CASES = re.compile(
    r"(?i)\b(?:(?:[2-9]|\d[\d,]+)|two|three|four|five|six|seven|eight|nine|ten|several|various|multiple|separate)"
    r"\s+(?:\w+\s+)?(?:operations|cases)\b"
    r"|\b(?:annual|yearly|monthly|quarterly)\s+(?:statistics|figures|report)\b"
)
LEAD_CHARS = 1000


def _paragraph_breaks(text: str) -> re.Pattern[str]:
    """What parts a text's paragraphs: a blank line where its opening holds one, else each line break (a text set
    one paragraph to a line, as a page's text is often copied)."""
    return _PARAGRAPH_BREAK if "\n\n" in text[:4000] else _LINE_BREAK


def _lead_end(text: str) -> int:
    """Where a text's lead ends: its headline and first two paragraphs, and
    at least its first LEAD_CHARS characters. Figures before an operation is
    first named belong to it only when it is named in the lead."""
    breaks = _paragraph_breaks(text)
    end = 0
    for i, m in enumerate(breaks.finditer(text)):
        end = m.end()
        if i == 2:
            break
    else:
        end = len(text)
    return max(LEAD_CHARS, end)


class _OperationMentions:
    """Operation mentions, the year each refers to, and the operation the
    text is talking about at any position.

    An operation is a codename and the year it ran: "Lionfish" in 2013 and
    "Lionfish" in 2018 are two instances. A mention takes its year from its
    name ("Thunder 2022"), a year written just before it ("2018's Lionfish"),
    or a year in its sentence ("In 2014, Operation X …", "Operation X in
    2013"); one without a year belongs to the instance mentioned last. Years
    a year apart are one instance that spans them (it takes the later one).
    Everything is looked up by bisection, so the work grows with the number
    of mentions and sentences, never with their product."""

    def __init__(
        self, text: str, op_spans: list[Span], sentences: list[tuple[int, int]], published_year: int | None = None
    ) -> None:
        self.text = text
        self.spans = op_spans
        self.starts = [s.start for s in op_spans]
        self.sentences = sentences
        self.names: dict[str, None] = dict.fromkeys(s.name for s in op_spans)
        historical = {s.name for s in op_spans if s.extra.get("how") == "list"}
        # next_current[i]: the first mention at or after i that is not a past operation in a list
        nxt = [len(op_spans)] * (len(op_spans) + 1)
        for i in range(len(op_spans) - 1, -1, -1):
            nxt[i] = i if op_spans[i].name not in historical else nxt[i + 1]
        self.next_current = nxt
        self.lead_end = _lead_end(text)
        # Paragraphs that turn to another matter ("Separately, …", "In the
        # first ten months of the year, …"): their figures belong to an
        # operation only when the paragraph names one.
        self.aside_starts: list[int] = []
        self.aside_ends: list[int] = []
        for m in _ASIDE_PARAGRAPH.finditer(text):
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            if m.group("recent") and (_ANAPHOR.search(text, m.end(), end) or _SAME_ONES.search(text, m.end(), end)):
                # "Last week, officers carrying out the crackdown raided 14 dens", "On a related note, the operation
                # also rescued 14 children": the story's own drive, told on
                continue
            if _DURING_THE_OPERATION.match(text, m.end(), min(end, m.end() + 60)):
                continue  # "In a separate raid during the operation, officers found …": a step of the story's drive
            self.aside_starts.append(m.start())
            self.aside_ends.append(end)
        # A paragraph past the lead that opens on another drive, told with "a" after the operation was named: "In
        # parallel, a successful security operation in Isiolo County led to …", "In a joint operation, units of
        # SENAD and the Navy seized …" (an operation of its own unless the paragraph names one)
        if op_spans and "peration" in text:
            known = set(self.aside_starts)
            more = []
            for m in _ANOTHER_DRIVE_PARAGRAPH.finditer(text, max(self.lead_end, op_spans[0].start + 1)):
                if m.start() not in known:
                    end = text.find("\n", m.end())
                    more.append((m.start(), len(text) if end < 0 else end))
            if more:  # (merged once, in order: a long text may open a thousand paragraphs so)
                merged = sorted([*zip(self.aside_starts, self.aside_ends, strict=True), *more])
                self.aside_starts = [a for a, _ in merged]
                self.aside_ends = [b for _, b in merged]
        # A release's end marker ("***", "###", "Notes to editors"): what follows is about the body that
        # wrote it ("Set up in 2011, the unit has since taken 95 tonnes of drugs off the market"), not the
        # operation, unless it names one
        end_mark = _END_OF_STORY.search(text, int(len(text) * 0.6))  # (a mark in the story's body parts its sections)
        if end_mark is not None:
            k = bisect.bisect_left(self.aside_starts, end_mark.start())
            self.aside_starts[k:] = [end_mark.start()]
            self.aside_ends[k:] = [len(text)]
        self._period_of: dict[int, bool] = {}
        self._stated_period_of: dict[int, bool] = {}
        self._case_odd: bool | None = None  # (whether the text holds a character of _CASE_ODD: asked once)
        self._during_of: dict[int, re.Match | None] = {}
        self._in_year_of: dict[int, re.Match | None] = {}
        self._anaphor_of: dict[int, bool] = {}
        self._since_only: dict[int, bool] = {}
        self._years_by_key: dict[str, set[int]] | None = None
        self._lead_unnamed: bool | None = None
        self._series_count: int | None = None
        self._many_fronts: bool | None = None
        self._recalled_at: list[int] | None = None  # where sentences recalling an earlier drive end
        self.published_year = published_year
        # The text's main operation: the first named in its lead (None if none is).
        # (by key: a heading in capitals, "OPERATION CAIS OCULTO", names the same operation as "Cais Oculto")
        self.keys = [entity_key(s.name) for s in op_spans]
        # how often each mention's operation has been named up to it ("named once in passing" so far)
        self.named_so_far: list[int] = []
        counts: dict[str, int] = {}
        for key in self.keys:
            counts[key] = counts.get(key, 0) + 1
            self.named_so_far.append(counts[key])
        self.main_key = self.keys[0] if op_spans and op_spans[0].start < self.lead_end else None
        self.main_index = [i for i, key in enumerate(self.keys) if key == self.main_key]
        self.main_starts = [op_spans[i].start for i in self.main_index]
        self.paragraph_starts = [m.end() for m in _paragraph_breaks(text).finditer(text)]
        # A roundup's sections, each its own story: "KISUMU: 1,650 nets burnt on the beach"
        table = places()
        # (a headline's label heads a section only where the body has sections too: "UPDATED: 37 held in dawn
        # drugs sweep" over a story is no roundup; "KORVA: Two held with cannabis" over "DELMAR: …" is one)
        first_line_end = text.find("\n")
        sections: list[int] = []
        headline_label: int | None = None
        for m in _SECTION_HEADER.finditer(text):
            if place_key(m.group(1)) in table or _LOWER_WORD.search(m.group(2)):
                if m.start() <= first_line_end and place_key(m.group(1)) not in table:
                    headline_label = m.start()
                else:
                    sections.append(m.start())
        # (two or more: a place alone on its line once, under the headline, is a dateline: "by Anadolu Agency" …
        # "ISTANBUL" … "Interpol arrested at least 200 people …")
        place_headers = [m.start(1) for m in _PLACE_HEADER.finditer(text) if place_key(m.group(1)) in table]
        if len(place_headers) >= 2:
            sections += place_headers
        if headline_label is not None and sections:
            sections.append(headline_label)
        self.section_starts = sorted(sections)
        # Headings of a text's own parts ("Ecuador port checks", "Details of the operation"): a line of a few
        # words, no closing stop, between blank lines
        self.heading_starts = [m.start(1) for m in _HEADING_LINE.finditer(text)]
        self.one_of_many = self._one_of_many()
        self.paragraphs_of: dict[str, set[int]] = {}
        for key, span in zip(self.keys, self.spans, strict=True):
            self.paragraphs_of.setdefault(key, set()).add(self._paragraph_of(span.start))
        self.mention_year: list[int | None] = [None] * len(op_spans)
        self._find_years()
        self.instance_year = self._resolve_instances()

    # ----------------------------------------------------------------- lookups

    def _in(self, start: int, end: int) -> range:
        """Indexes of mentions that start in [start, end)."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def _focus_index(self, pos: int, *, years_read: bool = True) -> int | None:
        """The mention in focus at ``pos``. ``years_read`` is False while the operations' years are
        being read: a sentence opening on a year then tells the year, not an earlier period."""
        s_start, s_end = sentence_at(self.sentences, pos)
        k = bisect.bisect_right(self.aside_starts, pos) - 1
        if k >= 0 and pos < self.aside_ends[k] and not self._in(self.aside_starts[k], max(pos, s_end)):
            return None  # an aside that names no operation
        here = self._in(s_start, s_end)
        around = pos
        if (
            here
            and self._names_only_since(s_start, here)
            and not (
                self.starts[here.start] < pos
                # (the clause opens right after the name: read up to 160 characters, not to each figure)
                and _ITS_OWN_CLAUSE.search(
                    self.text, self.spans[here.start].end, min(pos, self.spans[here.start].end + 160)
                )
                is not None
            )
        ):
            # "… web links removed, the largest since the first “Operation Pangea” conducted in 2008, the arrest of
            # 277 suspects": the sentence names an operation only as a time; its figures are those of the operation
            # in focus where it opens
            here, around = range(0), s_start
        # "carried out 162 boardings, up from 118 during last year's operation, Vaka Moana 2024": the operation
        # named only in the comparison after the figure is the one compared with, not the figure's
        # (only an earlier edition named soon after the comparison: "compared with 118 in 2024, under Operation
        # Beta" is Beta's; the search is bounded, so a long sentence is not rescanned for each figure)
        compared = (
            bool(here)
            and pos < self.starts[here.start] <= pos + 200
            and _COMPARED_AFTER.search(self.text, pos, self.starts[here.start]) is not None
            and _EARLIER_EDITION_CUE.search(self.text, max(pos, self.starts[here.start] - 40), self.starts[here.start])
            is not None
        )
        if here and not compared:
            before = bisect.bisect_right(self.starts, pos, here.start, here.stop)
            i = before - 1 if before > here.start else here.start
            if _APART_FROM.search(self.text, max(s_start, self.starts[i] - 40), self.starts[i]):
                return None  # "112 arrests statewide, separate from Operation Jackknife": not its figures
            if self.spans[i].end < pos and _OTHER_DRIVE.search(self.text, max(self.spans[i].end, pos - 160), pos):
                return None  # "X follows a similar operation in 2025, which led to 306 arrests": that drive's
            return i
        if (
            not compared
            and _YEAR_SPAN.search(self.text, max(s_start, pos - 16), min(s_end, pos + 110))
            and not _OPERATION_SAID.search(self.text, s_start, s_end)
        ):
            return None  # "… 206 tonnes were seized worldwide between 2016 and 2019": another period's
        if not compared and self._other_period(s_start, s_end):
            # another period's totals or another drive, and no operation named (the period a figure is compared
            # with is not the figure's: "162 boardings, up from 118 during last year's operation")
            return None
        i = self._focus_index_outside(around)
        year = _SENTENCE_YEAR.match(self.text, s_start, s_end)
        if year is None and i is not None and years_read:
            # "customs seized 44 tonnes of cocaine in 2025": the year the figure's own clause ends on
            year = _YEAR_AFTER_FIGURE.match(self.text, pos, min(s_end, pos + 90))
            if year is None:
                # "Earlier, in November 2025, a team confiscated …", "Across the four operations held in 2025,
                # officers conducted …": a period before the figure, in a sentence that does not speak of the
                # operation ("The operation, launched in November 2025, has led to …" tells its own year)
                year = (
                    _FRONTED_YEAR.match(self.text, s_start, pos)
                    or self._during_year(s_start, s_end)
                    # the one year a sentence's figures are told in: "Security forces destroyed 1,020 dredges and
                    # arrested 611 people in anti-mining actions across the country in 2025" (not when a year
                    # dates something else: "icons stolen from a church in 2019", "born in 1988")
                    or self._in_year(s_start, s_end, pos)
                    # the year an earlier figure's own words end on, its verb's next object after "and": "… had
                    # arrested 1,932 suspects in 2025 and seized 6.7 tonnes of narcotics" (the tonnes are 2025's
                    # too; not "icons stolen from a church in 2019, and confiscated 480 …": the theft's year)
                    or _YEAR_OF_FIGURE_BEFORE.search(self.text, max(s_start, pos - 120), pos)
                )
                if year is not None and (
                    int(year.group(1)) in self._stated_years(i) or self._anaphor_in(s_start, s_end)
                ):
                    year = None
        if year and i is not None and years_read:
            # the operation's year, else the year the text was published in; where the text tells neither,
            # a figure it dates is another period's (a story tells its own events by day: "on Thursday")
            current = self.instance_year[i] if self.instance_year[i] is not None else self.published_year
            if current is None or int(year.group(1)) < current:
                return None  # "In 2023, the force seized 86 million pills": an earlier year than the operation's
        return i

    def _names_only_since(self, s_start: int, here: range) -> bool:
        """Whether every operation a sentence names is named as the time since which (once per sentence)."""
        if s_start not in self._since_only:
            self._since_only[s_start] = all(
                _SUPERLATIVE_SINCE_BEFORE.search(self.text, max(s_start, self.starts[j] - 100), self.starts[j])
                for j in here
            )
        return self._since_only[s_start]

    def _anaphor_in(self, s_start: int, s_end: int) -> bool:
        """Whether a sentence speaks of "the operation" (looked for once per sentence)."""
        if s_start not in self._anaphor_of:
            self._anaphor_of[s_start] = _ANAPHOR.search(self.text, s_start, s_end) is not None
        return self._anaphor_of[s_start]

    def _during_year(self, s_start: int, s_end: int) -> re.Match | None:
        """The whole year a sentence's figures ran in ("… during 2024, …"), looked for once per sentence:
        a long sentence is not rescanned for each of its figures."""
        if s_start not in self._during_of:
            self._during_of[s_start] = _DURING_YEAR.search(self.text, s_start, s_end)
        return self._during_of[s_start]

    def _in_year(self, s_start: int, s_end: int, pos: int) -> re.Match | None:
        """The one year a sentence says its events were in ("… in 2025"), where no word before it dates something
        else (looked for once per sentence; none where the sentence names two years or more), if the figure at
        ``pos`` is in its clause: not past a contrast ("…, while in Pakistan, 31 people were arrested")."""
        found = self._sentence_in_year(s_start, s_end)
        if found is None or abs(pos - found.start()) > 300:
            return None  # (a clause's reach: a long sentence is not rescanned for each of its figures)
        if _CONTRAST.search(self.text, min(pos, found.end()), max(pos, found.start())):
            return None
        return found

    def _sentence_in_year(self, s_start: int, s_end: int) -> re.Match | None:
        if s_start not in self._in_year_of:
            found = None
            dated = [*_IN_YEAR.finditer(self.text, s_start, s_end), *_YEAR_EVENT.finditer(self.text, s_start, s_end)]
            for m in sorted(dated, key=lambda m: m.start()):
                if _DATED_BEFORE.search(self.text, max(s_start, m.start() - 60), m.start()):
                    continue
                if found is not None and found.group(1) != m.group(1):
                    found = None
                    break
                found = m
            self._in_year_of[s_start] = found
        return self._in_year_of[s_start]

    def _stated_years(self, i: int) -> set[int]:
        """The years the text states for mention ``i``'s operation (by its name, before it or in its sentences)."""
        if self._years_by_key is None:
            self._years_by_key = {}
            for key, year in zip(self.keys, self.mention_year, strict=True):
                if year is not None:
                    self._years_by_key.setdefault(key, set()).add(year)
        return self._years_by_key.get(self.keys[i], set())

    def _focus_index_outside(self, pos: int) -> int | None:
        """The operation in focus at ``pos`` when its sentence names none."""
        i = self._focus_index_around(pos)
        if (
            i is not None
            and self.keys[i] in self.one_of_many
            and self._paragraph_of(pos) not in self.paragraphs_of[self.keys[i]]
        ):
            return None  # a roundup's one named case: the other paragraphs tell the other cases
        return i

    def _one_of_many(self) -> set[str]:
        """Operations a roundup names as the biggest of the cases it totals ("ANF conducted 11 operations …
        In the biggest operation, conducted under the title "Operation Sea Wall-II", …"; "arrested 3,418
        suspects last year … The biggest single case of the year, Operation Silent Harbour, …"): the lead's
        totals and the other paragraphs' cases are not theirs."""
        found: set[str] = set()
        if not self.spans:
            return found
        first = self.spans[0]
        s_start = sentence_at(self.sentences, first.start)[0]
        if _BIGGEST_OF_THEM.search(self.text, max(s_start, first.start - 100), first.start) and _MANY_CASES.search(
            self.text, 0, s_start
        ):
            found.add(self.keys[0])
        return found

    def _earlier_one_recalled_between(self, start: int, end: int) -> bool:
        """Whether a sentence between ``start`` and ``end`` opens on "That earlier operation" and the like (the
        text's such sentences found once, then looked up)."""
        if self._recalled_at is None:
            self._recalled_at = [m.end() for m in _EARLIER_ONE_RECALLED.finditer(self.text)]
        k = bisect.bisect_left(self._recalled_at, start)
        return k < len(self._recalled_at) and self._recalled_at[k] <= end

    def _focus_index_around(self, pos: int) -> int | None:
        earlier = bisect.bisect_left(self.starts, pos)
        k = bisect.bisect_right(self.section_starts, pos) - 1
        if k >= 0 and (not earlier or self.starts[earlier - 1] < self.section_starts[k]):
            # A roundup's section ("MIGORI: Two arrested with bhang"): its figures belong to an
            # operation it names later in the same paragraph ("…, code-named Steel Shutter 3"), else none.
            later = self.next_current[earlier]
            if later < len(self.spans) and self._paragraph_of(self.starts[later]) == self._paragraph_of(pos):
                return later
            return None
        if earlier:
            last = earlier - 1
            if (
                last > 0
                and series_key(self.spans[last].name) == series_key(self.spans[last - 1].name)
                and self.keys[last] != self.keys[last - 1]
                # (the later edition named first, the words between saying it goes on from the other: "NEW, the
                # continuation of OLD", "NEW follows OLD"; not "OLD was followed by NEW")
                and _edition_number(self.spans[last - 1].name) > _edition_number(self.spans[last].name)
                and _CONTINUES_BETWEEN.search(self.text, self.spans[last - 1].end, self.starts[last])
                and not _FOLLOWED_BY.search(self.text, self.spans[last - 1].end, self.starts[last])
                and sentence_at(self.sentences, self.starts[last]) == sentence_at(self.sentences, self.starts[last - 1])
                # (unless the text goes on about the earlier one: "… built on the first Lionfish operation. That
                # earlier operation produced nearly 30 tons …")
                and not self._earlier_one_recalled_between(self.spans[last].end, pos)
            ):
                # "In the framework of operation "Red Dial-2", which is the continuation of the operation "Red
                # Dial" conducted in 2025, …": the earlier edition is recalled; what follows is the new one's
                last -= 1
            if (
                last > 0
                and self.keys[last] != self.keys[last - 1]
                and _PHASE_OF_BEFORE.search(self.text, max(0, self.starts[last] - 40), self.starts[last])
            ):
                # "The Federal Police launched Operation Aluir … This is the 3rd phase of Operation Colossus": the
                # operation the text named first is a phase of the one named after it; what follows is the phase's
                last -= 1
            if k >= 0 and self.starts[last] >= self.section_starts[k]:
                return last  # the operation the roundup's section named: the section goes on about it
            main = self._main_before(last)
            if (
                last > 0
                and self.main_key is not None
                and self.keys[last] != self.main_key
                and self.keys[last - 1] == self.main_key
                and _COORDINATED.fullmatch(self.text, self.spans[last - 1].end, self.starts[last])
            ):
                # "Cold Harbour and Northern Vault were two halves of the same picture": the text's main
                # operation named together with another; what follows goes on about the main one (not "X built
                # on the first Y operation", after which "That earlier operation …" is Y's)
                return last - 1
            h = bisect.bisect_right(self.heading_starts, pos) - 1
            if (
                main is not None
                and self._paragraph_of(self.starts[last]) != self._paragraph_of(pos)
                # (but an operation named under a heading of its own is that part's story: "Ecuador port checks" …
                # "in what officials described as the Gran Fénix operation" … "since the operation began")
                and not (
                    h >= 0
                    and self.starts[last] > self.heading_starts[h] > self.starts[main]
                    # (named in the part's first paragraph: its topic, not a past drive it goes on to recall)
                    and self._paragraph_of(self.starts[last]) == self._paragraph_of(self.heading_starts[h]) + 1
                    # (another edition of the main one's series is named to compare: "Its previous season, …")
                    and series_key(self.spans[last].name) != series_key(self.spans[main].name)
                    # (nor an earlier drive the part recalls: "The operation builds on Operation Lionfish, which
                    # INTERPOL ran in 2024")
                    and not _EARLIER_DRIVE_BEFORE.search(self.text, max(0, self.starts[last] - 40), self.starts[last])
                    and not _EARLIER_EDITION_CUE.search(_clause_after(self.text, self.spans[last].end))
                    and not _RAN_IN_YEAR.match(_clause_after(self.text, self.spans[last].end))
                )
            ):
                # "It ended with Joint Action Days Blue Lotus, …" named once in passing: the
                # paragraphs after it go on about the text's main operation
                return main
            return last
        later = self.next_current[earlier]
        if later >= len(self.spans):
            return None
        s_start, s_end = sentence_at(self.sentences, pos)
        if self._several_series() and (
            (s_start > 0 and _SEVERAL_OPERATIONS.search(self.text, s_start, s_end))
            or self._many_fronts_before_the_first()
        ):
            # "Some 700 firearms … were recovered as a result of two major operations" … "Operation KOLUMBI" …
            # "Operation ARMES 72": a total of the operations the text goes on to name, neither one's (not the
            # headline's, whose figures the body gives to each); or the totals of many fronts told before the first
            # name ("troops operating in various theatres of operation killed 286 …"), one of which it then names
            return None
        if self._recalls_an_earlier_drive(later):
            return None  # "… after the previous big raid on the gang two years ago. That raid, code-named X, …"
        if _EARLIER_DRIVE_NAMED.search(self.text, max(0, self.starts[later] - 60), self.starts[later]):
            # "The present operation is derived from an earlier one, Operation X, in which 13 were arrested": the
            # figures told before it are the unnamed drive's the text reports, not the earlier one's
            return None
        if self.spans[later].start >= self.lead_end and not (
            self._lead_speaks_of_the_only_operation() and not self._in_aside(self.spans[later].start)
        ):
            # An operation first named late in a text is one of its later
            # topics ("Separately, … Operation X"), not what its lead reports.
            return None
        return later

    def _many_fronts_before_the_first(self) -> bool:
        """Whether the text, before it names its first operation, tells of many fronts at once ("troops operating
        in various theatres of operation killed 286 …"): where it names operations of two series or more, what it
        reports there is the roundup's total, not the first-named operation's (read once)."""
        if self._many_fronts is None:
            first = self.starts[0] if self.starts else 0
            self._many_fronts = _MANY_FRONTS.search(self.text, 0, first) is not None
        return self._many_fronts

    def _several_series(self) -> bool:
        """Whether the text names operations of two or more series (editions of one series are one)."""
        if self._series_count is None:
            self._series_count = len({series_key(s.name) for s in self.spans})
        return self._series_count >= 2

    def _recalls_an_earlier_drive(self, i: int) -> bool:
        """Whether mention ``i`` names a drive the sentence before recalls as an earlier one: "Police say the
        arrests come after the previous big raid on the gang two years ago. That raid, code-named X, led
        to …" (its sentence opens on "That operation"): not what the text's lead reports."""
        s_start = sentence_at(self.sentences, self.starts[i])[0]
        if not _THAT_OPERATION.fullmatch(self.text, s_start, self.starts[i]) or s_start == 0:
            return False
        before = sentence_at(self.sentences, s_start - 1)
        return before[0] < s_start and _EARLIER_DRIVE_SAID.search(self.text, before[0], before[1]) is not None

    def _in_aside(self, pos: int) -> bool:
        """Whether ``pos`` stands in a paragraph that turns to another matter ("Separately, …")."""
        k = bisect.bisect_right(self.aside_starts, pos) - 1
        return k >= 0 and pos < self.aside_ends[k]

    def _lead_speaks_of_the_only_operation(self) -> bool:
        """Whether the lead reports an operation without naming it ("arrested
        nine men as part of an international operation") and the text names
        one operation only (one series: its editions are one): the one named later is the one the lead
        reports."""
        if self._lead_unnamed is None:
            # one series: its earlier editions ("Harmattan Shield-1" beside "-2", "Tridente Sur 2024" beside
            # "2026") are background the text compares with, not other operations its lead could report
            # (an operation named only in paragraphs that turn to another matter is not one: "Separately, the
            # police said its own exercise, Operation Steel Harbour, had led to 412 arrests")
            told = {s.name for s in self.spans if not self._in_aside(s.start)}
            series = {_EDITION_END.sub("", name) for name in told}
            first = self.spans[0].start if self.spans else 0
            opening = sentence_at(self.sentences, first)[0]
            # "In the operation, code-named Tropik, …", 'The operation, "Safe Harbour 2026", was …': the text
            # names late what its lead reported, whatever other operations it goes on to
            named_back = (
                _THE_OPERATION_NAMED.search(self.text, max(0, first - 60), first) is not None
                or _REFERS_BACK.fullmatch(self.text, opening, first) is not None
                or _THE_OPERATION_IS.fullmatch(self.text, opening, first) is not None
            )
            self._lead_unnamed = bool(self.spans) and (
                named_back
                or (
                    len(series) == 1
                    and bool(_UNNAMED_OPERATION.search(self.text, 0, self.lead_end))
                    # (not a lead that reports several drives: "Four guns were recovered and 16 suspects arrested in
                    # separate police operations" names none of them by the one named late)
                    and not _SEPARATE_DRIVES.search(self.text, 0, self.lead_end)
                )
            )
        return self._lead_unnamed

    def _main_before(self, last: int) -> int | None:
        """When mention ``last`` is of an operation named only once so far and not the
        one the text's lead names, the latest mention of the lead's operation
        before it (None otherwise) — unless its sentence opens on it, as a text
        turns to its next story ("The second operation, "Cumbre Verde", took
        place …", "Operation Cobalt, run in March, …"): the paragraphs after
        it go on about that one."""
        if self.main_key is None or self.keys[last] == self.main_key or self.named_so_far[last] > 1:
            return None
        k = bisect.bisect_right(self.main_starts, self.starts[last]) - 1
        main = self.main_index[k] if k >= 0 else None
        s_start = sentence_at(self.sentences, self.starts[last])[0]
        if _OPENS_ON_OPERATION.fullmatch(self.text, s_start, self.starts[last]) and not (
            # (an earlier edition of the main one's series is a comparison, wherever its sentence opens:
            # "Operation Canopy 2025 resulted in 418 arrests" in a report on Canopy 2026)
            main is not None and self._earlier_edition_of(last, main)
        ):
            return None
        return main

    def _earlier_edition_of(self, i: int, main: int) -> bool:
        """Whether mention ``i`` names an earlier edition of mention ``main``'s series (by the years in
        their names)."""
        a, b = self.spans[i].name, self.spans[main].name
        year_a, year_b = _name_year(a), _name_year(b)
        return series_key(a) == series_key(b) and year_a is not None and year_b is not None and year_a < year_b

    def _paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos)

    def _other_period(self, s_start: int, s_end: int) -> bool:
        """Whether a sentence speaks of another period or drive (once per sentence), itself or, where it
        says "in the same period", the sentence before it ("Since January the brigade conducted 163
        operations. In the same period we arrested 389 individuals")."""
        found = self._period_of.get(s_start)
        if found is None:
            found = self._states_other_period(s_start, s_end)
            if not found and s_start > 0 and _SAME_PERIOD.search(self.text, s_start, s_end):
                before = sentence_at(self.sentences, s_start - 1)
                found = before[0] < s_start and self._states_other_period(*before)
            self._period_of[s_start] = found
        return found

    def _states_other_period(self, s_start: int, s_end: int) -> bool:
        """Whether a sentence's own words speak of another period or drive."""
        found = self._stated_period_of.get(s_start)
        if found is None:
            found = False
            # (no word every match opens or holds: neither pattern can match, and the sentence is not searched)
            if not self._may_state_period(s_start, s_end):
                self._stated_period_of[s_start] = found
                return found
            # (the sentence's own words are read once, not at each period it names: a sentence of a megabyte may
            # name thousands)
            said: bool | None = None  # whether the sentence speaks of the operation
            relative: re.Match[str] | None = None  # its first relative word, once looked for
            relative_read = False
            for m in _OTHER_PERIOD.finditer(self.text, s_start, s_end):
                if _RUNNING_PERIOD.match(m.group()):
                    if said is None:
                        said = _OPERATION_SAID.search(self.text, s_start, s_end) is not None
                    if said:
                        continue  # "Since 10 November, the operation has led to …": the operation's own period
                if (
                    _MONTH_SPAN.match(m.group())
                    and _ACCUSED_OF.search(self.text, max(s_start, m.start() - 160), m.start()) is not None
                ):
                    # "eight individuals alleged to be members of a syndicate accused of using fake notes to swindle six
                    # residents between March and July": when they did it, not another period's totals
                    continue
                if _DOING_SINCE_BEFORE.search(self.text, max(s_start, m.start() - 60), m.start()):
                    continue  # "an illegal lab which have been operating since September 2019": how long they did it
                if _TWELVE_MONTHS.match(m.group()) or _SINCE_A_YEAR.match(m.group()):
                    if not relative_read:
                        relative, relative_read = _RELATIVE_WORD.search(self.text, s_start, s_end), True
                    if relative is not None and relative.start() < m.start():
                        # "arrested 300 people who had imported drugs over the past twelve months", "a gang which
                        # has been demanding protection money since 2024": their deeds, not another period's totals
                        continue
                # ("246 arrested, 58 more than the previous week": compared with that period, not of it;
                # "fewer than the previous week's 54.2 kilos" are that week's)
                if (
                    not _COMPARED_WITH.search(self.text, max(s_start, m.start() - 40), m.start())
                    # ("2.1 million searches, up from 1.4 million a year earlier": the compared figure's period)
                    and not _UP_FROM_FIGURE_BEFORE.search(self.text, max(s_start, m.start() - 40), m.start())
                ) or m.group().endswith(("'s", "’s")):
                    found = True
                    break
            if not found and _STATISTICS_SOURCE.search(self.text, s_start, s_end):
                # "…, according to interior ministry figures": a body's statistics, not the operation's results
                # unless the sentence speaks of it ("the operation has led to …, according to figures …")
                found = not self._anaphor_in(s_start, s_end)
            self._stated_period_of[s_start] = found
        return found

    def _may_state_period(self, s_start: int, s_end: int) -> bool:
        """Whether a sentence holds, in any case, one of the words of ``_PERIOD_LEADS``: False only where neither
        ``_OTHER_PERIOD`` nor ``_STATISTICS_SOURCE`` can match in it. (Both ignore case: where a character of
        ``_CASE_ODD`` stands in the text, one of them may match a word the lower-cased text does not hold.)"""
        if self._case_odd is None:
            self._case_odd = any(c in self.text for c in _CASE_ODD)
        if self._case_odd:
            return True
        low = self.text[s_start:s_end].lower()
        for w in _PERIOD_LEADS:  # (a loop of ``in``: ten times cheaper than the patterns on a sentence without one)
            if w in low:
                return True
        return False

    def compared_at(self, pos: int, base_name: str | None, base_year: int | None) -> tuple[str | None, int | None]:
        """The operation of a figure another is compared with: an earlier edition named right after it in its
        sentence ("up from 118 during last year's operation, Vaka Moana 2024"), else none (another period's;
        not the compared figure's own operation: "up from 300 a year earlier, Operation Usalama commander …")."""
        s_end = sentence_at(self.sentences, pos)[1]
        k = bisect.bisect_left(self.starts, pos)
        if k >= len(self.spans) or self.starts[k] >= min(s_end, pos + 120):
            return None, None
        name, year = self.spans[k].name, self.instance_year[k]
        if base_name is not None and series_key(name) == series_key(base_name):
            earlier = year is not None and base_year is not None and year < base_year
        else:
            earlier = _EARLIER_EDITION_CUE.search(self.text, pos, self.starts[k]) is not None
        return (name, year) if earlier else (None, None)

    def focus_at(self, pos: int) -> tuple[str | None, int | None]:
        """The operation (name, instance year) the text is talking about at ``pos``."""
        i = self._focus_index(pos)
        if i is None:
            return None, None
        return self.spans[i].name, self.instance_year[i]

    # ----------------------------------------------------------------- years

    def _find_years(self) -> None:
        text, spans, years = self.text, self.spans, self.mention_year
        for i, s in enumerate(spans):
            stated = _name_year(s.name)
            if stated is not None:
                years[i] = stated
                continue
            m = _YEAR_POSSESSIVE_BEFORE.search(text[max(0, s.start - 10) : s.start])
            if m:
                years[i] = int(m.group(1))
        for s_start, s_end in self.sentences:
            sentence = text[s_start:s_end]
            if not _HAS_YEAR_DIGITS.search(sentence):
                continue
            here = self._in(s_start, s_end)
            by_name: dict[str, list[int]] = {}
            recurs: bool | None = None  # whether the sentence calls the drive annual, asked where a year needs it
            for ym in _YEAR_RE.finditer(sentence):
                pos = s_start + ym.start()
                k = bisect.bisect_right(self.starts, pos) - 1
                if k >= 0 and pos < spans[k].end:
                    continue  # inside a name: "Thunder 2022"
                if _POSSESSIVE_S.match(text[pos + 4 : pos + 6]):
                    continue
                if _BORN_BEFORE.search(sentence, max(0, ym.start() - 12), ym.start()):
                    continue  # "Elnur Həsənli, born in 1991, … during the operation": a birth year
                if _LAW_BEFORE_YEAR.search(sentence, max(0, ym.start() - 30), ym.start()):
                    continue  # "investigated under the Dangerous Drugs Act 1985": the year of a law's name
                year = int(ym.group(1))
                if here:
                    prior = bisect.bisect_right(self.starts, pos, here.start, here.stop) - 1
                    if prior >= here.start and spans[prior].end <= pos:
                        target = prior
                    elif spans[here.start].start - pos <= 40:
                        target = here.start  # "in 2014, Operation X …"
                    else:
                        continue  # "The 2018 action days follow … Archimedes in 2014"
                    # every mention of that name in the sentence ran that year (applied below,
                    # once per sentence, so a long sentence costs its years plus its mentions)
                    by_name.setdefault(spans[target].name, []).append(year)
                else:
                    if not self._anaphor_in(s_start, s_end):
                        continue
                    if _SINCE_BEFORE.search(sentence, max(0, ym.start() - 8), ym.start()):
                        continue  # "According to the investigation, since 2023 the group recruited": a deed began
                    if _SERIES_BEGAN_BEFORE.search(sentence, max(0, ym.start() - 120), ym.start()):
                        if recurs is None:
                            recurs = _RECURS.search(sentence) is not None  # (asked once a sentence)
                        if recurs:
                            # "… since INTERPOL began coordinating this annual operation in 2008": when the series
                            # began, not the year of the edition the text is about
                            continue
                    target = self._focus_index(pos, years_read=False)
                    if target is not None and not _YEAR_IN_NAME.search(spans[target].name):
                        y = years[target]
                        years[target] = max(y, year) if y is not None and _near(y, year) else (y or year)
            folded: dict[tuple[str, int | None], int | None] = {}  # the same name and start fold alike
            for j in here:
                stated = by_name.get(spans[j].name)
                if stated and not _YEAR_IN_NAME.search(spans[j].name):
                    key = (spans[j].name, years[j])
                    if key not in folded:
                        y = years[j]
                        for year in stated:
                            y = max(y or year, year) if _near(y, year) else year
                        folded[key] = y
                    years[j] = folded[key]

    def _resolve_instances(self) -> list[int | None]:
        """The instance year of every mention."""
        spans, years = self.spans, self.mention_year
        by_name: dict[str, list[int]] = {}  # (by the name's key: a headline in capitals names the same operation)
        for i, s in enumerate(spans):
            by_name.setdefault(entity_key(s.name), []).append(i)
        out: list[int | None] = [None] * len(spans)
        for idxs in by_name.values():
            stated = sorted({years[i] for i in idxs if years[i] is not None})
            if not stated:
                continue
            # years a year apart are one operation across a new year
            groups: list[list[int]] = [[stated[0]]]
            for y in stated[1:]:
                if y - groups[-1][-1] <= 1:
                    groups[-1].append(y)
                else:
                    groups.append([y])
            group_of = {y: g[-1] for g in groups for y in g}
            if len(groups) == 1:
                for i in idxs:
                    out[i] = groups[0][-1]
                continue
            current: int | None = None
            for i in idxs:
                if years[i] is not None:
                    current = group_of[years[i]]
                out[i] = current
            first = next(out[i] for i in idxs if out[i] is not None)
            for i in idxs:
                if out[i] is None:
                    out[i] = first  # mentioned before any year: the first instance named
        # A name alone beside its editions named with their years ("the Kinga Pori operation" …
        # "Operation Kinga Pori 2026" … "last year's edition, Kinga Pori 2025") is the latest edition:
        # the one the text reports; earlier editions are named to set them apart.
        latest: dict[str, int] = {}  # each name's latest edition named with its year
        for other in by_name:
            if len(other) > 5 and other[-5] == " " and _EDITION_YEAR.fullmatch(other, len(other) - 4):
                base = other[:-5]
                latest[base] = max(latest.get(base, 0), int(other[-4:]))
        for name, idxs in by_name.items():
            if name in latest and all(out[i] is None for i in idxs):
                # ("Operation Sahel Propre" in a text dated 2026 beside "Last year, during Operation Sahel
                # Propre 2025": the edition of the text's year, not the earlier one it is compared with; a
                # text of January 2026 on "Pangea 2025" and "Pangea" reports that one edition)
                year: int | None = latest[name]
                if any(
                    _EARLIER_EDITION_CUE.search(self.text, max(0, spans[k].start - 60), spans[k].start)
                    or _EARLIER_EDITION_CUE.search(_clause_after(self.text, spans[k].end))
                    for k in by_name.get(f"{name} {year}", ())
                ):
                    # the edition named with its year is an earlier one ("The first edition, Sentinel Gold 2025,
                    # …", "Danube Gate follows 'Danube Gate 2025', which last year led to …"): the name alone is
                    # the text's own edition, of the year it was published in where it tells one
                    if self.published_year is not None and year is not None and year < self.published_year:
                        year = self.published_year
                    elif self.published_year is None:
                        year = None
                for i in idxs:
                    out[i] = year
        return out

    def instances(self) -> list[Operation]:
        """One Operation per (name, year), in order of first mention."""
        seen: dict[tuple[str, int | None], str] = {}  # (key, year) → the name as first written
        for s, y in zip(self.spans, self.instance_year, strict=True):
            seen.setdefault((entity_key(s.name), y), s.name)
        return [Operation(name, year) for (_, year), name in seen.items()]


def _clause_after(text: str, end: int) -> str:
    """The words right after a name, up to the end of their clause ("', which last year led to 118")."""
    window = text[end : end + 40]
    stop = min((i for i in (window.find("."), window.find(";"), window.find("\n")) if i >= 0), default=len(window))
    return window[:stop]


def _near(a: int | None, b: int) -> bool:
    return a is None or abs(a - b) <= 1


_AGE_AFTER_NAME = re.compile(
    # (after the quoted initial Mexican releases give for a suspect's family name: 'José “N,” 31', 'Luis "N", 21')
    r"(?:[ \t]+[“\"‘'][A-Z]\.?,[”\"’'][ \t]+(?:aged\s+)?"
    r"|(?:[ \t]+[“\"‘'][A-Z]\.?[”\"’'])?(?:,\s*(?:aged\s+)?|\s*\(\s*(?:aged\s+)?))"
    r"(\d{1,2})(?!\d|[.,]\d|\s*(?:kg|tonnes?|per ?cent|%))"
)
_WORD_CHARS = re.compile(r"\w+")
#: The longest organisation name looked for inside another, in words.
_MAX_NAME_WORDS = 16
_YEAR_IN_NAME = re.compile(r"\b((?:19|20)\d\d)\b")
# A year in a name, or a season across two: "Thunder 2022", "Silver Tide 2024-2025", "Silver Tide 2024-25"
_NAME_YEARS = re.compile(r"\b((?:19|20)\d\d)(?:[-–/]((?:19|20)\d\d|\d\d))?\b")


def _name_year(name: str) -> int | None:
    """The year an operation's name states: a season's end, as the guide has an operation across two years
    ("Silver Tide 2024-2025" and "Silver Tide 2024-25" both ran in 2025); None where it states none."""
    found = None
    for m in _NAME_YEARS.finditer(name):
        start, end = m.group(1), m.group(2)
        found = int(start) if end is None else int(end) if len(end) == 4 else int(start[:2] + end)
    return found


_HAS_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


# A hedge that rounds a precise figure, and how far (as a share of the
# rounded value) the precise one may lie from it, below and above.
_ROUNDING_HEDGES = {
    "more than": (0.0, 0.25),
    "over": (0.0, 0.25),
    "just over": (0.0, 0.1),
    "in excess of": (0.0, 0.25),
    "upwards of": (0.0, 0.25),
    "upward of": (0.0, 0.25),
    "at least": (0.0, 0.25),
    "nearly": (0.2, 0.0),
    "almost": (0.2, 0.0),
    "just under": (0.1, 0.0),
    "close to": (0.2, 0.0),
    "about": (0.15, 0.15),
    "around": (0.15, 0.15),
    "some": (0.15, 0.15),
    "approximately": (0.15, 0.15),
    "approx.": (0.15, 0.15),  # (as written, with its dot)
    "roughly": (0.15, 0.15),
}


#: Hedges a figure written to three or more significant digits may carry
#: and still be the precise statement of a rounded one.
_FINE_HEDGES = frozenset(
    {"approximately", "approx.", "about", "around", "some", "roughly", "nearly", "almost", "close to"}
)
# A lower bound written finer than a rounded figure states it ("more than 30 arrests" … "at least 33 arrests")
_LOWER_BOUNDS = frozenset({"at least", "no fewer than", "not less than", "no less than"})
_PRECISE_HEDGES = _FINE_HEDGES | _LOWER_BOUNDS


def _general_item(item: str | None) -> bool:
    """Whether an item names goods or people in general (``words/figure_general_nouns.txt``)."""
    words_ = (item or "").lower().split()
    return bool(words_) and words_[-1] in _GENERAL_NOUNS


_GENERAL_NOUNS = words("figure_general_nouns")


def _items_clash(a: str | None, b: str | None, people: bool = False) -> bool:
    if not a or not b or "funds" in (a, b) or "cash" in (a, b):
        return False  # what an unnamed sum is called ("funds", "cash"): it clashes with nothing
    words_a, words_b = _item_words(a), _item_words(b)
    if not (words_a and words_b) or words_a & words_b:
        return False
    if people:
        # people counted, by any word of their kind: "eight Iranians" and "eight Iranian crew members"
        return not ({_stem(_stem_plural(w)) for w in words_a} & {_stem(_stem_plural(w)) for w in words_b})
    # the head nouns, their plural or their doer's or deed's ending aside, may name one thing ("suspected
    # traffickers" and "human trafficking", "fishermen" and "fisherman"); a head and a modifier do not ("3
    # shotguns" and "3 shotgun cartridges")
    return _stem(_stem_plural(a.lower().split()[-1])) != _stem(_stem_plural(b.lower().split()[-1]))


def _stem_plural(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 4 else word


def _item_words(item: str) -> set[str]:
    """An item's words, a drug's street names as the drug ("ice" is methamphetamine: ``drug_names.txt``),
    without the words that join or qualify any goods ("of", "drug"): "rounds of ammunition" and
    "bags of heroin", "drug trafficking channels" and "drug laboratories" share no goods."""
    names = _drug_names()
    return {names.get(w, w) for w in item.lower().split() if w not in _ITEM_GLUE}


# A count said to be another, not the same again: "Ten more were arrested", "another 20", "in a separate operation"
_ANOTHER_COUNT_BEFORE = re.compile(r"\b(?:another|separate|further|additional)\b", re.I)
_MORE_AFTER = re.compile(r"[ \t]+more\b(?![ \t]+than)")


def _said_to_be_another(text: str, sentence_start: int, start: int, end: int) -> bool:
    return bool(
        _ANOTHER_COUNT_BEFORE.search(text, max(sentence_start, start - 40), start) or _MORE_AFTER.match(text, end)
    )


_STEM_ENDINGS = ("ings", "ing", "ers", "er")


def _stem(word: str) -> str:
    """A word without the ending of its doer or deed ("traffickers", "trafficking" → "traffick"; "smugglers",
    "smuggling" → "smuggl"), so two items that name one act by different words share it (a plural stays:
    "3 shotguns" and "3 shotgun cartridges" are two)."""
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


# Words any two items may share without naming the same goods.
_ITEM_GLUE = frozenset("of the a an and or in on with for from by to at drug".split())


@functools.cache
def _drug_names() -> dict[str, str]:
    return {name: drug for entry, _ in entries("drug_names") for name, _, drug in [entry.partition(" = ")]}


def _significant_digits(value: float) -> int:
    """How many significant digits a value was written with: 480000000 → 2, 1.7 → 2, 51.2 → 3."""
    digits = f"{value:.10g}".replace(".", "").lstrip("0").split("e")[0].rstrip("0")
    return max(1, len(digits))


def _round_significant(value: float, digits: int) -> float:
    return float(f"{value:.{digits}g}")


#: Units of one kind, each with the factor that brings it to the first:
#: "1.7 tonnes" in a headline and "1,711 kilos" in the body are one amount.
# (pounds and ounces are kept as written, but compared as the masses they are)
_UNIT_KINDS = {unit: ("mass", factor) for unit, factor in MASS_KG.items()}
# What introduces an amount that states a rounded one precisely: a weighing or a total.
_RESTATING_BEFORE = re.compile(
    r"\b(?:weigh(?:ed|ing|t|s)|total(?:led|ed|ling|ing|s)?|came\s+to|amount(?:ed|ing|s)?\s+to|reached|"
    r"established|confirmed|in\s+all|in\s+total)\b[^.;\n]{0,50}$",
    re.I,
)


# The article before an amount that names again what was found ("… over four tonnes of cocaine" … "The 4.4 tonnes
# of cocaine, believed to come from …"): the same amount, stated precisely
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _to_base(unit: str, value: float) -> tuple[str, float]:
    """A unit's kind, and ``value`` in that kind's base unit (1.7 tonnes → mass, 1700)."""
    kind, factor = _UNIT_KINDS.get(unit, (unit, 1.0))
    return kind, value if factor == 1.0 else float(f"{value * factor:.10g}")


def _in_base(f: Figure) -> tuple[str, float]:
    """The figure's kind of unit, and its value in that kind's base unit."""
    return _to_base(f.unit, f.value)


def _headline_form(precise: float, rounded: float) -> bool:
    """Whether a headline's unhedged ``rounded`` is ``precise`` cut to the
    digits the headline writes: rounded ("Rs 48 crore" for Rs 48.3 crore,
    "480kg" for 482.6 kg) or, written with two digits or more, truncated
    ("640kg" for 647.3 kg; one digit truncated would take 10 for 17)."""
    if precise == rounded or precise <= rounded / 2 or rounded <= 0:
        return False
    digits = _significant_digits(rounded)
    if _round_significant(precise, digits) == rounded:
        return True
    if digits < 2:
        return False
    step = 10 ** (math.floor(math.log10(rounded)) - digits + 1)
    return rounded <= precise < rounded + step * (1 - 1e-9)


def _restates(
    precise: float,
    p_qualifier: str | None,
    rounded: float,
    r_qualifier: str | None,
    *,
    headline: bool = True,
    dozens: bool = False,
) -> bool:
    """Whether a figure of value ``precise`` states precisely the figure
    written ``rounded`` with its hedge (both in one base unit; ``dozens``: written in dozens, "nearly three dozen",
    which rounds to half a dozen, not to a unit)."""
    band = _ROUNDING_HEDGES.get(r_qualifier or "")
    if band is None:
        return r_qualifier is None and _headline_form(precise, rounded)
    if rounded <= 0 or precise == rounded:
        return False
    if not rounded * (1 - band[0]) <= precise <= rounded * (1 + band[1]):
        return False
    # "about 260" rounds what lies within one and a half units of its last digit (245–275), not 290; an upper bound
    # does the same below it ("nearly 730 kilograms" is no rounding of a later 600 kg, "nearly 2 tonnes" may be
    # 1.7); a lower bound is a round number under the precise one, its band as given ("over 250" … 273)
    # (a lower bound in the body is a statement of its own unless as near: "more than 120 suspects in the first
    # phase … in the second, 146", two figures; "Over 250 Arrested" over a body's 273 is one)
    digits = _significant_digits(rounded)
    if band[0] or not headline:
        unit = 4 if dozens else 10 ** (math.floor(math.log10(rounded)) - digits + 1)
        if abs(precise - rounded) > 1.5 * unit:
            return False
    if _significant_digits(precise) < digits:
        return False  # (a precise form is no coarser than the bound: "over Rs 3.8 million" is no "Rs 4 million")
    # two hedged figures, the one no finer than the other, are two statements (but a headline's bound the body
    # states as an estimate within it is one: "arrest over 85" … "the arrest of approximately 88")
    if headline and p_qualifier in _FINE_HEDGES and r_qualifier not in _FINE_HEDGES:
        return True
    return not (p_qualifier and _significant_digits(precise) <= _significant_digits(rounded))


def _to_stored(moves: list[Moves], entities: list[Entity], figures: list[Figure]) -> None:
    """Offsets into the text read (lines begun at their first word, hyphenated words joined) made offsets
    into the stored text: ``moves`` undone from the last made to the first."""

    def at(pos: int) -> int:
        for m in moves:
            pos = m.stored(pos)
        return pos

    for e in entities:
        e.mentions = [(at(a), at(b)) for a, b in e.mentions]
    for f in figures:
        f.start, f.end = at(f.start), at(f.end)
        f.sentence_start, f.sentence_end = at(f.sentence_start), at(f.sentence_end)


def _bracket_gives(text: str, end: int, value: float) -> bool:
    """Whether a bracket right after ``end`` writes ``value``: "86.2 kilograms (190 pounds)"."""
    bracket = _BRACKET_AFTER.match(text, end, min(len(text), end + 60))
    if bracket is None:
        return False
    written = {f"{value:g}", f"{value:,.0f}" if value == int(value) else f"{value:,}"}
    return any(w in bracket.group(1) for w in written)


_BRACKET_AFTER = re.compile(r"[^()\n]{0,30}?\(([^()\n]{1,30})\)")


def _drop_rounded_repeats(
    figures: list[Figure],
    in_headline: AbstractSet[int] = frozenset(),
    head: int = 0,
    compared: AbstractSet[int] = frozenset(),
    text: str = "",
) -> list[Figure]:
    """A figure stated rounded and again precisely (``over 80`` … ``83``,
    "1.7 tonnes" in a headline … "1,711 kilos") is one figure: the precise
    one stays, with the item either gives. ``in_headline`` holds the indexes
    of figures the headline states too (its words may differ from the
    body's). Figures are grouped by (operation, metric, kind of unit),
    so the work stays linear for any number of figures of different kinds."""
    groups: dict[tuple, list[int]] = {}
    base: list[float] = []
    for i, f in enumerate(figures):
        kind, value = _in_base(f)
        base.append(value)
        groups.setdefault((f.operation, f.metric, kind), []).append(i)
    dropped: set[int] = set()
    line_end = text.find("\n", head)
    headline_text = text[head : line_end if line_end >= 0 else min(len(text), head + 300)][:300]
    for members in groups.values():
        if len(members) < 2 or len(members) > 50:
            continue
        # a part of a list of three or more of one kind in its sentence ("included 429 Vietnamese, 271 Indonesians,
        # 589 Chinese …") states no figure of another sentence precisely ("arresting at least 500 suspects"), unless
        # the list parts by place and the part is that figure's place
        # (the list's total, where one stands beside its parts, is no part: "412 workers were rescued, among them 187
        # Vietnamese, 96 Indonesians …")
        by_sentence: dict[int, list[float]] = {}
        for i in members:
            by_sentence.setdefault(figures[i].sentence_start, []).append(base[i])
        list_parts = {
            i
            for i in members
            if len(values := by_sentence[figures[i].sentence_start]) >= 3
            and not (base[i] == max(values) and 2 * base[i] >= 0.9 * sum(values))
        }
        # precise: unhedged, or hedged but written finer than the rounded one
        # ("close to 15 kg" … "approximately 14.8 kg"; ``_restates`` compares the digits)
        # (a figure another is compared with is another period's, never a restatement: "more than 190 tonnes so
        # far this year, compared with 221 tonnes in the whole of 2025")
        # (a hedged figure after a headline's hedged alike, "Over 1,300 Arrested" … "over 1,345 individuals", is
        # precise where its digits are finer, ``_restates`` asks that of two hedged figures; in the body two such
        # are two statements, "Over 100 people were arrested in Nairobi. Over 120 … in Mombasa", or a total and its
        # part, "over 106kg in all" … "over 100kg in a dinghy")
        precise = [
            i
            for i in members
            if (
                figures[i].qualifier is None
                or figures[i].qualifier in _PRECISE_HEDGES
                or figures[i].qualifier in _ROUNDING_HEDGES
            )
            and figures[i].start not in compared
        ]
        for i in members:
            rounded = figures[i]
            if rounded.start in compared:
                continue
            # (or the body's flat restatement of the headline's figure: "The 4.2 million pills that we seized")
            headline = (rounded.sentence_start == head or i in in_headline) and rounded.qualifier is None
            if not headline and rounded.qualifier not in _ROUNDING_HEDGES:
                continue  # a flat figure outside the headline is as written
            for j in precise:
                p = figures[j]
                if j in dropped or j == i or (headline and p.sentence_start == head):
                    continue
                if (
                    p.qualifier in _ROUNDING_HEDGES
                    and p.qualifier not in _PRECISE_HEDGES
                    and (p.start < rounded.start or not (rounded.sentence_start == head or i in in_headline))
                ):
                    continue
                if p.qualifier in _LOWER_BOUNDS and p.sentence_start == rounded.sentence_start:
                    continue  # "more than 40 arrests on Monday and at least 44 on Tuesday": two figures
                if p.sentence_start == rounded.sentence_start and not headline and p.start > rounded.end + 3:
                    # "about 50 kg of heroin, 47 kg of other drugs and …": two items of one list (a precise form
                    # right after the rounded one, "about 50 kg (47.3 kg)", still states it)
                    continue
                if (
                    j in list_parts
                    and p.scope is None
                    and rounded.sentence_start not in (head, p.sentence_start)
                    and i not in in_headline
                    # (a list's part of the same goods states it: "about 300 firearms" … "298 firearms, 1,200 rounds")
                    and not (rounded.item and p.item and _item_words(rounded.item) & _item_words(p.item))
                ):
                    continue  # (a place's part of such a list may restate that place's figure: "Bulgaria (73)")
                if (
                    p.scope is not None
                    and p.scope != rounded.scope
                    # (unless the headline names that place: "Tanzania seizes close to 100 kilograms" … "Tanzania's
                    # authorities seized 99.33 kg", the story's own country)
                    and not (
                        (rounded.sentence_start == head or i in in_headline)
                        and rounded.scope is None
                        and _has_word(headline_text, p.scope)
                    )
                ):
                    continue  # "over 80 arrests" … "In Kenya, 83": a national part (a lead's place read as its scope
                    # does not part it from the body's precise figure: "Indonesia's navy seized more than a tonne")
                # (the same amount in another unit: "2.3 tonnes of skunk" in the headline, "2,300 kilograms" in
                # the body; "close to 190 pounds of ganja" … "86.2 kilograms (190 pounds)", converted to a hair)
                # (a body's amount in another unit only where the precise one gives it in brackets: two hauls
                # apart, "about 11 pounds in Tucson … 5 kilograms in Phoenix", are two)
                same_amount = (
                    p.unit != rounded.unit
                    and abs(base[j] - base[i]) <= 0.005 * max(base[j], base[i])
                    and (headline or _bracket_gives(text, p.end, rounded.value))
                )
                if not same_amount and not _restates(
                    base[j],
                    p.qualifier,
                    base[i],
                    rounded.qualifier,
                    headline=rounded.sentence_start == head or i in in_headline,
                    dozens="dozen" in text[rounded.start : rounded.end].lower(),
                ):
                    continue
                from_headline = rounded.sentence_start == head or i in in_headline
                coarse = rounded.qualifier is None and _significant_digits(base[i]) < 2
                # (people counted by two words of one kind are not two kinds: "nearly three dozen children" … "Of the
                # 33 victims")
                kin = (
                    rounded.metric in ("rescued", "identified", "arrests")
                    and _names_people(rounded.item)
                    and _names_people(p.item)
                )
                if not kin and _items_clash(rounded.item, p.item) and (not from_headline or coarse):
                    # a headline's words may differ from the body's ("over 300 guns" … "318 weapons"), but a
                    # one-digit amount is no rounding of other goods ("1 tonne of cocaine" … "1,400 kg of cannabis")
                    continue
                if p.item is None and rounded.item:
                    p.item = rounded.item
                dropped.add(i)
                break
    return [f for i, f in enumerate(figures) if i not in dropped]


def _precise_restatement(
    text: str, figures: list[Figure], sentences: list[tuple[int, int]], read: list[RawFigure], numbers: list[Number]
) -> None:
    """An amount stated rounded (in the headline, or hedged: "about 480kg")
    that the text states precisely later only where no figure was read
    ("Forensic testing established a total weight of 482.6 kilograms"): the
    figure is the precise statement, so it moves there, with its metric and
    item. Only an amount a weighing or a total introduces is such a
    statement (not "a vessel which can carry up to 487 kg"), and amounts of
    mass and money only: a headline rounds those, and writes counts as they
    are. ``read`` holds every figure read (those merged into another too);
    ``numbers`` the text's numbers."""
    if not sentences or sentences[0][0] != 0:
        return
    _precise_count(text, figures, sentences, read, numbers)
    head_end = sentences[0][1]
    restated = {(r.unit, r.value) for r in read if r.start >= head_end}  # the body says the same: nothing to move
    rounded = [
        f
        for f in figures
        if f.unit != "count"
        and f.value > 0
        and (
            f.qualifier in _ROUNDING_HEDGES  # "about 480kg", wherever it stands
            or (f.sentence_start == 0 and f.qualifier is None and (f.unit, f.value) not in restated)
        )
    ]
    if not rounded:
        return
    taken = {r.start for r in read}  # amounts read as figures, kept or merged: not restatements
    amounts: list[tuple[str, float, float, Number, str, int]] = []
    for num in numbers:
        if num.start < head_end or num.start in taken or num.is_year or num.is_ordinal:
            continue
        if not _RESTATING_BEFORE.search(text, max(0, num.start - 80), num.start) and not _DEFINITE_BEFORE.search(
            text, max(0, num.start - 5), num.start
        ):
            continue
        if _AMOUNT_THEN_BRACKET.search(text, max(0, num.start - 40), num.start):
            continue  # "weighing 1,029 kilograms (2,260 pounds)": the same amount in other units, no restatement
        unit, factor, end = unit_of(text, num)
        if unit == "count":
            continue
        value = num.value if factor == 1.0 else float(f"{num.value * factor:.10g}")
        amounts.append((*_to_base(unit, value), value, num, unit, end))
    for f in rounded:
        kind, value = _in_base(f)
        for a_kind, a_base, a_value, num, unit, end in amounts:
            if a_kind != kind or num.start in taken or num.start < f.end:
                continue
            if not _restates(a_base, None, value, f.qualifier):
                continue
            taken.add(num.start)
            f.value, f.unit = a_value, unit
            f.qualifier = qualifier_before(text, num.start)
            f.start, f.end = num.start, end
            f.sentence_start, f.sentence_end = sentence_at(sentences, num.start)
            break


# An amount, then a bracket opening: what the bracket holds is that amount in other units (the written units of
# figure_units.txt)
_AMOUNT_THEN_BRACKET = re.compile(
    r"\d\s*(?:" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)) + r")\.?\s*\(\s*$", re.I
)
# (or held by the consignment the text names: "a consignment of 937 cartons, containing 9,370,000 sticks")
_COUNTED_BEFORE = re.compile(
    r"\b(?:counted|tallied|numbered|a\s+total\s+of|in\s+total|in\s+all|altogether|containing|comprising)\s+$", re.I
)
_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether)\b", re.I)
# The exact number given for a rounded one: "INTERPOL's final count puts the figure at 318", "later put the
# exact number at 769", "the exact number was 1,212"
_EXACT_NUMBER_BEFORE = re.compile(
    r"\b(?:(?:put|puts|putting|placed|places|set|sets)\s+the\s+(?:(?:exact|final|precise|actual|official)\s+)?"
    r"(?:number|count|figure|total|tally)\s+at"
    r"|(?:exact|final|precise|actual|official)\s+(?:number|count|figure|total|tally)\s+(?:is|was|stood\s+at|came\s+to|of)"
    r"|exactly|precisely)"  # ("The official said exactly 27,318,400 tablets had been counted")
    r"\s+$",
    re.I,
)


def _precise_count(
    text: str,
    figures: list[Figure],
    sentences: list[tuple[int, int]],
    read: list[RawFigure],
    numbers: list[Number],
) -> None:
    """A count stated hedged ("more than 1.2 million contraband cigarettes", "more than 300 suspects") that
    the text states precisely later where no figure was read: the figure is the precise one. A large count
    of goods is restated by counting them ("Officers then counted 1,264,000 cigarettes", "the pills,
    22,384,000 in all": the same goods after "counted" or "a total of", or just before "in all"); any count
    by its exact number ("INTERPOL's final count puts the figure at 318")."""
    rounded = [f for f in figures if f.unit == "count" and f.qualifier in _ROUNDING_HEDGES]
    if not rounded:
        return
    taken = {r.start for r in read}
    nums = [n for n in numbers if n.start not in taken and not n.is_year]
    starts = [n.start for n in nums]
    for f in rounded:
        heads = _head_words(f.item or "")
        # (a large count of goods restated by counting them; any count by "the exact number")
        head = (heads[-1][:-1] if heads[-1].endswith("s") else heads[-1]) if heads and f.value >= 1000 else None
        # (the numbers of the next 3,000 characters only: a long text is not walked for every figure)
        first, last = bisect.bisect_left(starts, f.end), bisect.bisect_left(starts, f.end + 3000)
        for num in nums[first:last]:
            if num.start in taken or num.currency:
                continue
            if not _restates(num.value, None, f.value, f.qualifier):
                continue
            exact = _EXACT_NUMBER_BEFORE.search(text, max(0, num.start - 60), num.start) is not None
            if head is None and not exact:
                continue
            after = text[num.end : num.end + 40].lower()
            in_all = (
                head is not None
                and _IN_ALL_AFTER.match(text, num.end)
                and head in text[max(0, num.start - 40) : num.start].lower()
            )
            counted = (
                head is not None
                and _COUNTED_BEFORE.search(text, max(0, num.start - 40), num.start)
                and any(w.startswith(head) for w in after.split()[:3])
            )
            if not (counted or in_all or exact):
                continue  # ("Laboratory tests on 4,950 tablets": a sample, not the count restated)
            taken.add(num.start)
            f.value, f.qualifier = num.value, qualifier_before(text, num.start)
            f.start, f.end = num.start, num.end
            f.sentence_start, f.sentence_end = sentence_at(sentences, num.start)
            break


def _labels_its_figures(text: str, label_end: int, figure_start: int, country: bool = True) -> bool:
    """Whether a place opening a line labels the figures after it, as in a
    table ("Chile: 3", "Lima – 45 arrests, 120 kg of cocaine"), rather than
    being a dateline before a sentence ("Madrid: Spanish police have …")."""
    if _PLACE_LABEL.fullmatch(text, label_end, figure_start):
        return True
    label = _PLACE_LABEL.match(text, label_end, figure_start)
    if label is None:
        return False
    line_end = text.find("\n", label_end, label_end + _TABLE_LINE_MOST)
    digit = _DIGIT.search(text, label.end(), figure_start)  # another figure of the line before it
    return (
        (line_end >= 0 or len(text) - label_end < _TABLE_LINE_MOST)
        and digit is not None
        # (a sentence of its own before that number, on the line after the headline, is a dateline's:
        # "Phitsanulok: Authorities intercepted a major drug shipment on Highway 12 …, seizing two million pills")
        and not (len(text[label.end() : digit.start()].split()) >= 8 and _first_body_line(text, label_end))
        # (nor a city's dateline before a sentence whose first number comes after a verb and its words: "Rabat –
        # Moroccan police in Casablanca seized today August 7, 5.222 tons", "Cairo: Authorities thwarted an attempt
        # to smuggle around 10 tonnes"; a city's table line gives its figure at once, "Lima – 45 arrests, 120 kg",
        # and a roundup's country opens its paragraph, "Cambodia: Authorities raided three compounds, …")
        and (country or len(text[label.end() : digit.start()].split()) < 3)
    )


_TABLE_LINE_MOST = 400


def _first_body_line(text: str, pos: int) -> bool:
    """Whether ``pos`` stands on the first line after the headline (blank lines apart), where a dateline is
    written (looked for within the text's first 600 characters)."""
    line_start = text.rfind("\n", 0, pos) + 1 if pos <= 600 else -1
    return 0 < line_start and text[:line_start].strip().count("\n") == 0


_BULLET_ONLY = re.compile(r"[ \t]*[-•*–·▪][ \t]*")


# A clause's opening "in" before a place: ", while in", "; in", " and in"
# (not a bare comma: "In Cali, in Valle del Cauca, agents found …" names the city's region)
_CLAUSE_IN_BEFORE = re.compile(
    r"(?:[,;][ \t]*(?:while|whereas|and|but)|;|\b(?:while|whereas))[ \t]+in[ \t]+(?:the[ \t]+)?$"
)
# From such a place to its count: a comma at most, or a few lower-case words ("in Senegal 41", "in Mali, police
# arrested 12")
_UP_TO_COUNT = re.compile(r",?[ \t]+(?:[a-z]+[ \t]+){0,2}(?:[\w$€£]{0,4}[ \t]*)?")
# A count's own verb and where it befell them: " were detained in India", " had been arrested in the UK"
_VERB_IN_PLACE_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:were|was|are|is|have[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:[a-z]+ed|held|caught|found|taken|kept)"
    r"[ \t]+in[ \t]+(?:the[ \t]+)?"
)


def _scope(
    text: str, f: RawFigure, locations: list[Span], place_starts: list[int], roundup: bool = False
) -> str | None:
    """The place a figure is limited to ("In Pakistan, 614 suspects…")."""
    first = bisect.bisect_left(place_starts, f.sentence_start)
    last = bisect.bisect_left(place_starts, f.start)
    near = locations[first:last][:20]
    # Places named together ("Police in Colombia and Ecuador", "In Colombia, Ecuador and Peru"): a joint
    # total, no national part. A run of places joined by commas counts only where an "and" closes it.
    paired: set[int] = set()
    run = near[:1]
    closed = False
    for a, b in zip(near, near[1:], strict=False):
        if _PLACES_JOINED.fullmatch(text, a.end, b.start):
            run.append(b)
            closed = True
        elif text[a.end : b.start] in (", ", ", the "):  # "Poland, the Czech Republic, Armenia and Cyprus"
            run.append(b)
        else:
            if closed:
                paired.update(p.start for p in run)
            run, closed = [b], False
    if closed:
        paired.update(p.start for p in run)
    if near and near[-1].extra.get("kind") != "region" and near[-1].start not in paired:
        # a clause of its own opened by "in <place>" right before the count: "In Ghana, officers freed 96 women,
        # while in Senegal 41 suspects were detained" (Senegal's part, not the sentence's first place's)
        last_place = near[-1]
        if (
            last_place is not near[0]
            and _CLAUSE_IN_BEFORE.search(text, max(f.sentence_start, last_place.start - 16), last_place.start)
            and _UP_TO_COUNT.fullmatch(text, last_place.end, f.start)
        ):
            return text[last_place.start : last_place.end]
    for loc in near:
        if loc.extra.get("kind") == "region":
            continue  # "Police in Europe and North America": a part is national or local, never a continent
        if loc.start in paired:
            continue
        lead = text[f.sentence_start : loc.start]
        if len(lead) < 80 and _IN_PLACE_LEAD.fullmatch(lead):
            # (unless the figure's own clause names where, after its verb: "In Pakistan, 614 suspects were
            # arrested, while 33 were detained in India")
            # (another country only: "In Croatia, 9 were arrested in Split" is Croatia's part)
            own = _VERB_IN_PLACE_AFTER.match(text, f.end) if loc.extra.get("kind") == "country" else None
            if own is not None:
                k = bisect.bisect_left(place_starts, own.end())
                if (
                    k < len(locations)
                    and locations[k].start == own.end()
                    and locations[k].extra.get("kind") == "country"
                ):
                    return text[locations[k].start : locations[k].end]
            return text[loc.start : loc.end]
        name = text[loc.start : loc.end]
        if (
            # (after a list's bullet too: "• Nigeria: 12 arrests and 900 kg of pangolin scales seized")
            # (under a heading of a breakdown by place: not "Origin of the drugs:", "Still at large, by state:")
            (
                loc.start == f.sentence_start
                or (
                    _BULLET_ONLY.fullmatch(text, f.sentence_start, loc.start)
                    and by_place_heading(text, f.sentence_start)
                )
            )
            and f.sentence_start > 0  # (a headline's "Morocco: 18 tonnes of chira seized" is its kicker)
            and not name.isupper()
            and _labels_its_figures(text, loc.end, f.start, roundup or loc.extra.get("kind") in ("country", None))
        ):
            return text[loc.start : loc.end]  # a table line: "Lima – 45 arrests", "Chile: 3"
        between = text[loc.end : f.start]
        if len(between) < 60 and _POSSESSIVE_S.match(between) and "," not in between:
            return text[loc.start : loc.end]
        if _AUTHORITIES_IN.search(text, max(f.sentence_start, loc.start - 60), loc.start):
            return text[loc.start : loc.end]
    return None
