"""Resolution: candidates from every recogniser, one precedence table, propagation."""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable

from ..text import entity_key, find_words, lower_same_length
from .gazetteer import place_key, places
from .lexicon import KNOWN_ORGS, ORG_HEADS, SPEECH_VERBS, TITLE_WORDS
from .operations import operation_spans
from .organisations import (
    NEWS_AGENCIES,
    acronym_spans,
    acronyms_of_common_nouns,
    news_agencies_named,
    org_spans,
    thing_names,
)
from .people import person_spans
from .places import _PREP_BEFORE, context_place_spans, dateline_place_spans, joined_place_spans, place_spans
from .tokens import CALENDAR_WORDS, LOCATION, OPERATION, ORG, PERSON, Span, Token, chains, is_roman, tokenize
from .wordlists import entries, words

# Patterns used inside loops, compiled once.
_CURRENCY_AFTER = re.compile(r"[$¢₵]|\s+dollars?\b", re.I)  # "US$", "GH¢", "GH₵": a currency, not a country


def _dollar_may_follow(ch: str) -> bool:
    """Whether ``ch``, after a blank, lets "\\s+dollars?" match: "d", "D" or another blank."""
    return ch in ("d", "D") or ch.isspace()


_EDITION_END = re.compile(r"[ -](?:\d{1,4}|[IVX]{1,5})$")  # "Jade Current III", "Silver Dawn 2024", "FALCON-12"
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Z0-9]{1,7})\)")
_PROJECT_BEFORE = re.compile(r"\b(?:Project|Programme|Program|Initiative)\s+$")


# --------------------------------------------------------------------------- precedence

#: Which candidate wins where two overlap: higher first, then the longer,
#: then the earlier. Every rule that makes a candidate is listed here, and
#: nowhere else is an order between rules decided.
PRECEDENCE: dict[str, int] = {
    # The text itself says what the letters stand for: "World Customs Organization (WCO)".
    "acronym": 6,
    # A keyword or list that names an operation: "Operation Trigger V", "codenamed Sunbird".
    "operation-keyword": 5,
    "operation-before-keyword": 5,
    "operation-quoted-before": 5,
    "operation-list": 5,
    "operation-such-as": 5,
    "operation-repeat": 5,
    "operation-edition": 5,
    "operation-apposition": 5,
    # An action's letters and edition in brackets after its name: "European Money Mule Action (EMMA 5)".
    "operation-short-form": 5,
    # A name with a title, a speech verb or an apposition beside it.
    "person-cue": 5,
    # A body named by a list of what it covers: "Ministry of Women, Family and Children".
    "org-listing": 5,
    # A surname alone after a rank or title ("Det. Sup. Harrow").
    "person-surname": 4,
    # An organisation known by a phrase of its own ("Guardia Civil"); a longer
    # name around it ("European Union Agency for …") wins by length.
    "org-known-phrase": 4,
    # Shape alone: a capitalised word with a numeral, a chain ending in a head word.
    "operation-numeral": 4,
    # A series' name alone beside one of its editions ("the first Kifaru Watch" beside "Kifaru Watch 2024").
    "operation-series": 4,
    "org-head": 4,
    # A body's name in its own language, in brackets after its name in English: "Federal Criminal Police
    # Office (Bundeskriminalamt)", "General Police Directorate (Ravnateljstvo policije)".
    "org-native-name": 4,
    # A strong name (precedence 5 and up) found again where a unit's longer name opens on it: it yields to
    # that name ("the DRI Mumbai Zonal Unit" after "Directorate of Revenue Intelligence (DRI)").
    "repeat": 4,
    # A name before a company's legal form ("… S.A.", "… Sdn Bhd").
    "org-company": 4,
    # One known name, or a group named by its context ("members of the X cartel").
    "org-known": 3,
    "org-group": 3,
    # A group named by its ransomware: "the LockBit ransomware group", "ransomware collective LockBit".
    "org-ransomware": 3,
    # A company named by its context: "the payments firm Cendra", "partners included X, Y and Z".
    "org-listed": 3,
    # The gazetteers: a town's name is often someone's surname or part of a body's name.
    "place": 2,
    "place-feature": 2,
    "place-context": 2,
    # A dateline's place in capitals ("KINGSTON, Jamaica —"): never an acronym.
    "place-dateline": 2,
    # A known place inside a hyphenated word: "Kotor-based", "the Kenya-Somalia border".
    "place-joined": 2,
    # An all-caps word used as a name: the weakest evidence.
    "org-caps": 1,
    # A capitalised name after a Spanish plural article ("Los Gavilanes"): a gang where no place is so named.
    "org-article-plural": 1,
    # A later mention of a name already found, taken only where nothing else stands.
    "propagated": 0,
}
#: Rules whose names are trusted at every other occurrence in the text.
STRONG = 5


# --------------------------------------------------------------------------- resolution


# ("initial" as a noun; the list runs to the sentence's end; one character class first, see .patterns)
_INITIALS_LIST = re.compile(r"[Ii](?<!\w.)nitials?\b([^.;!?\n]{1,300})")


_ORDINAL_BEFORE = re.compile(r"(?<![\w.,])\d{1,3}(?:st|nd|rd|th) $")


def _among_initials(span: Span, starts: list[int], ends: list[int]) -> bool:
    """Whether ``span`` is two to four capitals inside a list of people's initials (the lists'
    ``starts`` and ``ends``, in text order, apart)."""
    if not (2 <= len(span.name) <= 4 and span.name.isalpha() and span.name.isupper()):
        return False
    k = bisect.bisect_right(starts, span.start) - 1  # the last list starting at or before the span
    return k >= 0 and span.end <= ends[k]


def _trim_capitals_codenames(text: str, candidates: list[Span]) -> None:
    """A codename in a headline in capitals runs on into the headline's words
    ("OPERATION BLACKTHORN ROBBERY RAIDS"): where the text names the operation
    in mixed case too ("Operation Blackthorn"), the capitals are cut to that name."""
    ops = [c for c in candidates if c.type == OPERATION]
    mixed = {entity_key(c.name) for c in ops if not c.name.isupper()}
    # (or in capitals on a line of its own, a heading: "OPERATION FAFO" above "OPERATION FAFO LEADS TO …")
    mixed |= {entity_key(c.name) for c in ops if c.name.isupper() and text[c.end : c.end + 1] in ("\n", "")}
    for c in ops:
        words = c.name.split()
        if len(words) < 2 or not c.name.isupper() or entity_key(c.name) in mixed or text[c.start : c.end] != c.name:
            continue
        for k in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:k])
            if (
                entity_key(prefix) in mixed
                and text.startswith(prefix, c.start)
                and not (words[k].isdigit() or is_roman(words[k]))  # "LIONFISH II" beside "LIONFISH": an edition
            ):
                c.end, c.name = c.start + len(prefix), prefix
                break


_CREDIT_DASH = re.compile(r"[ \t]*[-–—]")
# Words in brackets after a body's name: one to five, the first capitalised, letters only.
_NATIVE_NAME = re.compile(r"\(([A-Z][^\W\d_]*(?:[ '’-][^\W\d_]+){0,4})\)")


def _native_names(text: str, candidates: list[Span]) -> list[Span]:
    """A body's name in its own language written in brackets after its name
    in English, as Europol's and other international releases list the
    authorities involved ("Germany: Federal Police (Bundespolizei)"): the
    same body. Not a short form (letters in capitals: the acronym rule's), a
    known place ("Europol (The Hague)", "the Police (Antwerp division)") or
    a day or month."""
    table = places()
    found: list[Span] = []
    for c in candidates:
        if c.type != ORG or not text.startswith(" (", c.end):
            continue
        m = _NATIVE_NAME.match(text, c.end + 1)
        if m is None:
            continue
        if c.name.isupper() or _CREDIT_DASH.match(text, m.end()):
            continue  # "BUCHAREST (Reuters) -", "COLOMBO (Daily News) –": a dateline and its outlet
        name = m.group(1)
        first = name.split()[0]
        if name.isupper() or place_key(first) in table or place_key(name) in table or first in CALENDAR_WORDS:
            continue
        found.append(Span(ORG, m.start(1), m.end(1), name, rule="org-native-name", alias_of=c.name))
    return found


def _joins_listed_names(c: Span, listed: list[Span], starts: list[int]) -> bool:
    """Whether ``c``, a body's name no stronger than a list's, spans two or more names a list gives one by one
    (``listed`` in text order, ``starts`` their starts)."""
    if c.type != ORG or c.rule == "org-listed" or PRECEDENCE[c.rule] >= STRONG or " and " not in c.name:
        return False
    first, last = bisect.bisect_left(starts, c.start), bisect.bisect_left(starts, c.end)
    return sum(other.end <= c.end for other in listed[first:last]) >= 2


_VESSEL_PREFIXES = words("vessel_prefixes")
_OPERATION_AFTER = " Operation"
_DIVISION_HEADS = words("place_division_heads")
_GOODS_NOUNS = words("figure_goods_nouns")
_GOODS_WORD_AFTER = re.compile(r"[ \t]([a-z][a-z-]*)\b")
# A forest's word after its name, and no noun after it that the forest names ("Ipele forest", not "Kaptipada forest
# range", "Ogbese forest reserve" or "forest officials")
_FOREST_AFTER = re.compile(
    r"[ \t]+[Ff]orest\b(?!['’-])"
    r"(?![ \t]+(?!(?:on|in|at|near|where|and|or|of|which|that|to|from|during|between|for)\b)[a-zA-Z])"
)


_SHIP_LETTERS_BEFORE = re.compile(r"\bShips?[ \t]*\([ \t]*$")
_SHIP_OF_A_FORCE = re.compile(r"^(.*\b(?:Navy|Naval\s+Forces?|Coast\s+Guard|Marine\s+Police))\s+Ship\b")


def _without_its_ship(c: Span) -> Span:
    """A force's name before "Ship" and a vessel's name is the force: "Kenya Navy Ship Shupavu", "Pakistan Navy
    Ship (PNS) Zulfiquar" (the ship is no body the guide lists)."""
    m = _SHIP_OF_A_FORCE.match(c.name)
    if m is None:
        return c
    force = m.group(1)
    return Span(ORG, c.start, c.start + len(force), force, rule=c.rule, extra=c.extra)


def _without_its_operation(c: Span) -> Span:
    """A body's name with "Operation" written after it is the body, the word its drive ("The Combined Maritime
    Forces Operation seized …", "Massive Italian Police Operation leads to …"); a body of one word stays whole."""
    if c.type != ORG or not c.name.endswith(_OPERATION_AFTER) or " " not in c.name[: -len(_OPERATION_AFTER)]:
        return c
    cut = len(_OPERATION_AFTER)
    return Span(ORG, c.start, c.end - cut, c.name[:-cut], rule=c.rule, extra=c.extra)


def find_entities(text: str) -> list[Span]:
    """Every entity mention in ``text``, non-overlapping, in text order."""
    tokens = tokenize(text)
    token_chains = chains(text, tokens)
    candidates: list[Span] = []
    candidates += operation_spans(text, tokens)
    candidates += acronym_spans(text)
    candidates += person_spans(text, tokens)
    candidates += org_spans(text, tokens, token_chains)
    candidates += place_spans(text, tokens)
    candidates += context_place_spans(text, tokens)
    candidates += dateline_place_spans(text, tokens)
    candidates += joined_place_spans(text)
    # A ship named with its prefix ("HMAS Warramunga", "USS Cole") is no person
    # (nor is a wire credited in a byline: "with report from Agence France-Presse")
    candidates = [
        c
        for c in candidates
        if not (c.type == PERSON and (c.name.split()[0] in _VESSEL_PREFIXES or c.name in NEWS_AGENCIES))
    ]
    candidates = [_without_its_operation(c) if c.name.endswith(_OPERATION_AFTER) else c for c in candidates]
    if "orest" in text:
        # a forest named by its word after an unknown name, as a place is ("raided Ipele forest", "in the Ala
        # forest"): the word is the name's, as "Forest Reserve" is (not "the Kaptipada forest range", "Kenya forest
        # officials", nor a place the gazetteer knows: "the Kalimantan forest")
        table = places()
        candidates = [
            Span(LOCATION, c.start, m.end(), c.name + text[c.end : m.end()], rule=c.rule, extra=c.extra)
            if c.type == LOCATION and (m := _FOREST_AFTER.match(text, c.end)) and place_key(c.name) not in table
            else c
            for c in candidates
        ]
    # A name right before a noun of goods or animals is what kind they are ("Olive Ridley turtles", "Michael Kors
    # handbags"): no person
    candidates = [
        c
        for c in candidates
        if not (c.type == PERSON and (m := _GOODS_WORD_AFTER.match(text, c.end)) and m.group(1) in _GOODS_NOUNS)
    ]
    # A name a post introduces whose last word is a place's ("Head of Public Affairs Unit, Western Region, …",
    # "the commander, Kisoro District, said"): a place, no person (no person's name ends so)
    candidates = [
        Span(LOCATION, c.start, c.end, c.name, rule="place-feature")
        if c.type == PERSON and " " in c.name and c.name.rsplit(None, 1)[-1] in _DIVISION_HEADS
        else c
        for c in candidates
    ]
    if " Headquarters" in text:
        # a known body's headquarters is its seat, the body itself: "at INTERPOL Headquarters in Lyon"
        cut = len(" Headquarters")
        candidates = [
            Span(ORG, c.start, c.end - cut, c.name[:-cut], rule=c.rule, extra=c.extra)
            if c.type == ORG and c.name.endswith(" Headquarters") and c.name[:-cut] in KNOWN_ORGS
            else c
            for c in candidates
        ]
    if " Ship" in text:
        # (and a ship's letters defined after it are a vessel's prefix: "Pakistan Navy Ship (PNS) Zulfiquar")
        candidates = [
            _without_its_ship(c) if c.type == ORG and " Ship" in c.name else c
            for c in candidates
            if not (c.type == ORG and _SHIP_LETTERS_BEFORE.search(text, max(0, c.start - 12), c.start))
        ]
    # A place the gazetteer knows whose name opens on a title ("Prince Edward Island", "General Santos City"): the
    # words after the title are no person
    titled = sorted(
        (c.start, c.end)
        for c in candidates
        if c.type == LOCATION and c.rule in ("place", "place-feature") and c.name.split(None, 1)[0] in TITLE_WORDS
    )
    if titled:
        # (each person looked up by bisection: the furthest end of the places that start before it)
        titled_starts = [a for a, _ in titled]
        furthest = list(itertools.accumulate((b for _, b in titled), max))

        def inside_titled(c: Span) -> bool:
            k = bisect.bisect_left(titled_starts, c.start) - 1  # the last place starting before the person
            return k >= 0 and c.end <= furthest[k]

        candidates = [c for c in candidates if not (c.type == PERSON and inside_titled(c))]
    # A short form the text gives a common noun ("a cordon and search operation (CASO)") is no body
    things = acronyms_of_common_nouns(text)
    if things:
        candidates = [c for c in candidates if c.type != ORG or c.name not in things]
    # People named by their initials ("identified only by their initials, MR, AS alias Ucok, TH and IW"):
    # the letters to the end of that sentence are people's, not bodies'
    lists = list(_INITIALS_LIST.finditer(text)) if "nitial" in text else []  # (no match without "nitial")
    if lists:
        starts, ends = [m.start(1) for m in lists], [m.end(1) for m in lists]
        candidates = [c for c in candidates if not (c.type == ORG and _among_initials(c, starts, ends))]
    # A name the text gives an operation ("Operation Jade Current III"), or its series' name, is no
    # person where it stands alone ("as they did during Jade Current")
    codenames = {c.name for c in candidates if c.type == OPERATION}
    if codenames:
        # "Operation Safe Harbour (OSH)": the letters an operation's name is given are the operation's, never a
        # body's, wherever the text uses them ("During OSH 8, …")
        # (spelt by the name's initials, with the keyword's or without: not "Operation Lionfish (UNODC)")
        short_forms = {
            m.group(1)
            for c in candidates
            if c.type == OPERATION
            and (m := _SHORT_FORM_AFTER.match(text, c.end)) is not None
            and m.group(1).rstrip("0123456789") in _initials_with_keyword(c.name)
        }
        if short_forms:
            candidates = [c for c in candidates if c.type != ORG or c.name not in short_forms]
        # (nor a body's letters where the name is a series the text numbers editions of: "several DEMETER
        # operations" beside "Operation DEMETER VI")
        series = {_EDITION_END.sub("", name).casefold() for name in codenames if _EDITION_END.search(name)}
        codenames |= {_EDITION_END.sub("", name) for name in codenames}
        candidates = [c for c in candidates if c.type != PERSON or c.name not in codenames]
        if series:
            candidates = [
                c
                for c in candidates
                if not (c.type == ORG and c.name.isupper() and c.name.casefold() in series and c.name not in KNOWN_ORGS)
            ]
        _trim_capitals_codenames(text, candidates)

    # An ordinal before a body's name is part of it: "the 4th Infantry Division", "the 5th Federal Court of
    # Santos" (a unit numbered among its kind; not a session of a body named first, "the 92nd INTERPOL
    # General Assembly")
    for c in candidates:
        if (
            c.type == ORG
            and c.start > 2
            and text[c.start - 1] == " "
            and text[c.start - 2] in "tdh"
            and not c.name.split()[0].isupper()
        ):
            m = _ORDINAL_BEFORE.search(text, max(0, c.start - 7), c.start)
            if m:
                c.start, c.name = m.start(), text[m.start() : c.start] + c.name

    # A vehicle's make written as the vehicle ("stopped a BMW", "a silver Toyota", "two Hyundai cars") is
    # neither the carmaker nor a town of its name; where the text lets the maker act ("BMW said") it stays
    # (a make's name first: _names_a_vehicle asks nothing else of any other)
    candidates = [
        c for c in candidates if not (c.type in (ORG, LOCATION) and c.name in _MAKES and _names_a_vehicle(text, c))
    ]
    candidates += _native_names(text, candidates)
    candidates += _numbered_units(text, candidates)
    # Names a list gives one by one are not one name joined by "and": "partners including Group-IB, Palo Alto
    # Networks Unit 42 and Trend Micro" (a head word's chain would take the last two as one body)
    listed = sorted((c for c in candidates if c.rule == "org-listed"), key=lambda c: c.start)
    if len(listed) > 1:
        starts = [c.start for c in listed]
        candidates = [c for c in candidates if not _joins_listed_names(c, listed, starts)]

    # Every occurrence of a name recognised with confidence is a candidate
    # too, so a later "CARICOM IMPACS" beats the bare "CARICOM" inside it.
    strong = {c.name: (c.type, c.rule) for c in candidates if PRECEDENCE[c.rule] >= STRONG and c.type != OPERATION}
    unit_names: dict[int, int] = {}  # where an organisation's name found by its head word starts → its end
    for c in candidates:
        if c.rule == "org-head" and unit_names.get(c.start, -1) < c.end:
            unit_names[c.start] = c.end
    for name, hits in find_words(text, strong).items():
        etype, rule = strong[name]
        for start, end in hits:
            # (yields to a unit's name that opens on it and goes on two words or more: "the DRI Mumbai Zonal
            # Unit", "the DEA El Paso Field Division"; not "SARS Customs", "the same RAB unit")
            longer = unit_names.get(start)
            yields = longer is not None and len(text[end:longer].split()) >= 2
            candidates.append(Span(etype, start, end, name, rule="repeat" if yields else rule))
    candidates += _surnames_speaking(text, candidates)
    candidates.sort(key=_precedence_order(len(text)))
    occupied = Occupied(len(text))
    # each candidate takes its characters if they are still free, in this order (Occupied.claim, inlined)
    marks = occupied.marks
    chosen: list[Span] = []
    for cand in candidates:
        if marks.find(1, cand.start, cand.end) < 0:
            marks[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)

    chosen = _propagate(text, tokens, chosen, occupied)
    # An organisation alone on the line under the headline or on the last line
    # ("Agência Brasil", "Andina"): the outlet credited, not a party to the story.
    credit_lines = _credit_lines(text)
    projects = "Pro" in text or "Ini" in text  # (_project_before finds nothing in a text without either)
    kept: list[Span] = []
    for c in chosen:
        if c.type != OPERATION:
            if c.type == ORG and (c.start, c.end) in credit_lines:  # the whole of a credit line
                continue
            # "US$14,200", "GH¢3.2 million", "2.4 million US dollars": a currency's country, not a mention
            # of it (the pattern starts with a currency sign or a blank: most names skip the match)
            after = text[c.end : c.end + 1]
            if (
                after
                and (after in "$¢₵" or (after.isspace() and _dollar_may_follow(text[c.end + 1 : c.end + 2])))
                and _CURRENCY_AFTER.match(text, c.end)
            ):
                continue
            # Named projects and programmes are not entities ("Project Fortaleza").
            if projects and _project_before(text[max(0, c.start - 12) : c.start]):
                continue
            if c.name.partition(" ")[0] in _MAKES and _vehicle(text, c):
                continue
            if (
                c.type == LOCATION
                and text[c.start - 4 : c.start] == " in "  # (the cheap test first: most places have no "in" before)
                and (m := _IN_AFTER_WORD.search(text, max(0, c.start - 16), c.start))
            ):
                if m.group(1) in _NAME_IN_WORDS and place_key(c.name) not in places():
                    # "Trade in Endangered Species", "Trafficking in Persons": what is dealt in, no place ("Trafficking
                    # in Kenya" is one: a place known on sight)
                    continue
            if (
                c.type == LOCATION
                and c.name.lower() in _DRUG_NOUNS
                and (text[c.start].islower() or _DRUG_CONTEXT_AFTER.match(text, c.end))
            ):
                continue  # "Ganja worth Rs 1.2 crore seized": the drug, not the Azerbaijani city
            if c.type == LOCATION and c.name in _REGION_ADJECTIVES and _LOWER_WORD_AFTER.match(text, c.end):
                continue  # "the Balkan route", "the Baltic states": a region's adjective, not a place
            if c.type == LOCATION and _NICKNAME_BEFORE.search(text, max(0, c.start - 14), c.start):
                continue  # 'Jomar Dela Cruz alias "Bong"', "a.k.a. Tondo": a person's nickname, not a place
        kept.append(c)
    chosen = kept
    # A news agency named or credited ("Reuters", "the Kenya News Agency", "(With inputs from PTI)"): the outlet
    # that carried the story, not a party to it
    outlets = news_agencies_named(text, [c for c in chosen if c.type == ORG])
    # A programme's, a system's or a treaty's name and letters ("the Container Control Programme (CCP)",
    # "AIRCOP"): the guide lists no such thing as an entity
    outlets |= thing_names(text)
    if outlets:
        chosen = [c for c in chosen if c.type != ORG or c.name not in outlets]
    chosen.sort(key=_START)
    return chosen


_MAKES = words("vehicle_makes")
_REGION_ADJECTIVES = words("region_adjectives")
_DRUG_NOUNS = words("figure_drug_nouns")
# What follows a drug's name where the name is the drug: "Ganja worth Rs 1.2 crore seized", "ganja plants"
_DRUG_CONTEXT_AFTER = re.compile(
    r"[ \t]+(?:worth|valued|seized|recovered|haul|plants?|cultivation|farms?|smuggl\w*|trafficking|consignment"
    r"|packets|bags|sachets|was|were|weighing)\b|[ \t]*[–:-][ \t]*\d"  # (or a list's label: "Ganja – 11.4 kg")
)
_NAME_IN_WORDS = words("name_in_words")
_IN_AFTER_WORD = re.compile(r"\b([A-Z][a-z]+)[ \t]+in[ \t]+$")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")
_NICKNAME_BEFORE = re.compile(r"(?i)\b(?:alias|a\.k\.a\.?|aka|nicknamed)[ \t]+[\"“‘']?$")
_MODEL_AFTER = re.compile(r"[ -](?:[A-Z][\w-]*|\d[\w-]*)(?![\w-])")
_ARTICLE_OR_COUNT_BEFORE = re.compile(r"(?i)(?:\b(?:a|an|the|one|two|three|four|five|six)|\d)[ \t]+(?:[a-z]+[ \t]+)?$")


def _vehicle(text: str, c: Span) -> bool:
    """Whether a name that opens with a vehicle's make (asked of those only) goes on with its model: "a BMW 320i",
    "a Honda Jazz", "two Toyota Hilux pickups" (a product, not a company or a place; "Toyota Motor Corporation" is
    a body)."""
    rest = c.name.partition(" ")[2]
    if rest:
        model = not any(w in ORG_HEADS for w in rest.split())
    else:
        model = _MODEL_AFTER.match(text, c.end) is not None
    return model and _ARTICLE_OR_COUNT_BEFORE.search(text, max(0, c.start - 24), c.start) is not None


# What stands before a make written as the vehicle: an article, a number, a colour or a state ("a BMW", "a silver
# Toyota", "the stolen Honda"), or after it: a vehicle's noun ("Hyundai cars", "a Toyota pick-up")
_VEHICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|their|two|three|four|five|several|silver|black|white|red|blue|grey|gray|green|"
    r"dark|stolen|rented|luxury|new|used|its)[ \t]+$",
    re.I,
)
_VEHICLE_AFTER = re.compile(
    r"[ \t]+(?:cars?|vehicles?|sedans?|saloons?|SUVs?|trucks?|lorr(?:y|ies)|vans?|pick-?ups?|jeeps?|"
    r"motorcycles?|bikes?|buses|bus)\b"
)


def _names_a_vehicle(text: str, c: Span) -> bool:
    """Whether a make of vehicles alone, found as a body or a place, stands for the vehicle it made (a make
    and its model: ``_vehicle``)."""
    if c.name not in _MAKES:
        return False
    if _VEHICLE_BEFORE.search(text, max(0, c.start - 12), c.start) or _VEHICLE_AFTER.match(text, c.end):
        return True
    # (or listed among other makes: "a Range Rover, Land Rover, BMW, Nissan X-Trail and Honda Civic")
    listed = _LIST_JOINT_BEFORE.search(text, max(0, c.start - 6), c.start) or _LIST_JOINT_AFTER.match(text, c.end)
    # (two others at least: "BMW and Toyota said they would help" names two bodies)
    # (within its sentence: "… and Honda Civic were seized. BMW and Toyota said …")
    before = _SENTENCE_MARK.split(text[max(0, c.start - 40) : c.start])[-1]
    after = _SENTENCE_MARK.split(text[c.end : c.end + 40])[0]
    others = {w for w in _WORD_RUN.findall(before + " " + after) if w in _MAKES}
    return bool(listed) and len(others - {c.name}) >= 2


_LIST_JOINT_BEFORE = re.compile(r"(?:,|\band|\bor)[ \t]+$")
_LIST_JOINT_AFTER = re.compile(r"[ \t]*(?:,|and\b|or\b)")
_WORD_RUN = re.compile(r"[A-Z][\w-]+")
_SENTENCE_MARK = re.compile(r"[.!?\n]\s")


def _initials_with_keyword(name: str) -> tuple[str, str]:
    initials = "".join(w[0] for w in name.split() if w[0].isalpha()).upper()
    return initials, "O" + initials


_START = operator.attrgetter("start")
_TOP = max(PRECEDENCE.values())


def _precedence_order(size: int) -> Callable[[Span], int]:
    """The sort key of candidates in a text of ``size`` characters: higher
    precedence first, then the longer, then the earlier. One integer with the
    three as its digits in base ``size + 2`` (each lies in 0..size + 1; a
    start is -1 where a long form was not found again), which sorts as the
    tuple of them would, at a third of the cost."""
    base = size + 2

    def key(s: Span) -> int:
        return ((_TOP - PRECEDENCE[s.rule]) * base + size - (s.end - s.start)) * base + s.start + 1

    return key


def _project_before(before: str) -> bool:
    # Every word _PROJECT_BEFORE looks for holds "Pro" or "Ini": most names skip the search.
    return ("Pro" in before or "Ini" in before) and _PROJECT_BEFORE.search(before) is not None


def _credit_lines(text: str) -> list[tuple[int, int]]:
    """The text's second line (under the headline) and its last non-blank line,
    as (start, end): where an outlet's credit stands alone. Found once per text,
    so a long one-line text is not rescanned for every name in it."""
    lines: list[tuple[int, int]] = []
    first_end = text.find("\n")
    if first_end >= 0:
        second_end = text.find("\n", first_end + 1)
        lines.append((first_end + 1, len(text) if second_end < 0 else second_end))
    body_end = len(text.rstrip())
    if body_end:
        lines.append((text.rfind("\n", 0, body_end) + 1, body_end))
    # each line without the blanks at its ends
    out = []
    for start, end in lines:
        line = text[start:end]
        # (a wire's sign-off between dashes: "-- BERNAMA", "— AFP —")
        stripped = line.strip().strip("-–— ").strip()
        if stripped:
            lead = start + line.index(stripped)
            out.append((lead, lead + len(stripped)))
    return out


class Occupied:
    """Characters already taken by a chosen mention: one byte each, so a
    check and a take cost the mention's length, whatever the text holds."""

    def __init__(self, size: int) -> None:
        self.marks = bytearray(size)

    def claim(self, start: int, end: int) -> bool:
        """Take [start, end) if it is free; whether it was."""
        marks = self.marks
        if marks.find(1, start, end) >= 0:
            return False
        marks[start:end] = b"\x01" * (end - start)
        return True


_UNIT_BEFORE = re.compile(r"(?:\b(?:of|by|from|with|and)[ \t]+(?:the[ \t]+)?|(?:^|\n)[ \t]*)$")
_UNIT_AFTER = re.compile(
    r"[ \t]*[,;)]|[ \t]+(?:" + "|".join(entry for entry, _ in entries("numbered_unit_words_after")) + r")\b"
)
_CODE_OF_A_THING_BEFORE = re.compile(r"\b(?:flight|registration|route|highway|road|model|on[ \t]+the)[ \t]+$", re.I)
_NUMBERED_UNIT = re.compile(r"(?<![\w-])([A-Z]{2,6})-(\d{1,3})(?![\w-])")


def _numbered_units(text: str, candidates: list[Span]) -> list[Span]:
    """A body's letters joined to a number, where the text names the body by its letters: "RAB-15" beside "the
    Rapid Action Battalion (RAB)", "PDEA-7" beside "PDEA" (a numbered battalion or regional office)."""
    if "-" not in text:
        return []
    letters = {c.name for c in candidates if c.type == ORG and c.name.isupper() and 2 <= len(c.name) <= 6}
    if not letters:
        return []
    return [
        Span(ORG, m.start(), m.end(), m.group(), rule="org-known")
        for m in _NUMBERED_UNIT.finditer(text)
        if m.group(1) in letters
        # (as a unit stands: "a team of RAB-15", "seized by RAB-15", "RAB-15 arrested", "the BGB-2 battalion",
        # "PDEA-7, …"; not a craft's, a road's or a flight's code: "its UN-2 helicopter", "on the NH-44",
        # "flight PIA-302", "the EU-27 would fund")
        and (_UNIT_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _UNIT_AFTER.match(text, m.end()))
        and not _CODE_OF_A_THING_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ]


_SPEECH_AFTER = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+)?([a-z]+)\b")


def _surnames_speaking(text: str, candidates: list[Span]) -> list[Span]:
    """A surname of a person the text names in full, alone before a verb of speech ("… Ibarra said", "Salinas
    told reporters"): that person, though a town has the name. The last word of the name is the surname, and the
    one before it where the name has three words or more (a Spanish name's first surname: "Rodrigo Alán Ibarra
    Cházaro" is "Ibarra" later)."""
    surnames: dict[str, str] = {}
    for c in candidates:
        if c.type != PERSON or PRECEDENCE[c.rule] < STRONG:
            continue
        parts = c.name.split()
        if len(parts) < 2:
            continue
        for word in parts[-2:] if len(parts) >= 3 else parts[-1:]:
            if len(word) >= 3 and word[0].isupper() and word[1:].islower():
                surnames.setdefault(word, c.name)
    if not surnames:
        return []
    found: list[Span] = []
    for word, hits in find_words(text, surnames).items():
        for start, end in hits:
            verb = _SPEECH_AFTER.match(text, end)
            if verb and verb.group(1) in SPEECH_VERBS and not _PREP_BEFORE.search(text, max(0, start - 8), start):
                # (not after a place's preposition: "Police in Salinas said …")
                found.append(Span(PERSON, start, end, surnames[word], rule="person-surname", alias_of=surnames[word]))
    return found


def _propagate(text: str, tokens: list[Token], chosen: list[Span], occupied: Occupied) -> list[Span]:
    """Find further occurrences of names already recognised, and link
    surname-only references and shorter forms to the full name.
    ``occupied`` holds the characters ``chosen`` takes; the mentions found
    here take theirs too."""
    out = list(chosen)
    lowered: str | None = None

    marks = occupied.marks  # (Occupied.claim, inlined: most hits are the mentions already chosen)

    def add_all(entries: dict[str, tuple[str, str, str | None]], haystack: str, capitalised: bool = False) -> None:
        hits = find_words(haystack, entries)
        for needle in sorted(hits, key=len, reverse=True):
            etype, name, alias = entries[needle]
            for start, end in hits[needle]:
                if capitalised and text[start:end].islower():
                    continue  # (a word in lower case is a common noun: "forest officials", "told us")
                if marks.find(1, start, end) < 0:
                    out.append(Span(etype, start, end, name, alias_of=alias))
                    marks[start:end] = b"\x01" * (end - start)

    # Later full occurrences of every ORG / PERSON / LOCATION name; places in
    # any case, so a dateline "LYON" also covers a later "Lyon" (never one all in lower case).
    exact = {s.name: (s.type, s.name, None) for s in chosen if s.type in (ORG, PERSON)}
    add_all(exact, text)
    folded = {s.name.lower(): (s.type, s.name, None) for s in chosen if s.type == LOCATION}
    if folded:
        lowered = lower_same_length(text)
        add_all(folded, lowered, capitalised=True)
    # Surnames: "Stock said" → Jürgen Stock.
    surnames = {
        s.name.split()[-1]: (PERSON, s.name, s.name)
        for s in chosen
        if s.type == PERSON and len(s.name.split()[-1]) >= 3
    }
    add_all(surnames, text)
    return out
