"""LOCATION mentions: places from the offline gazetteers and named features."""

from __future__ import annotations

import functools
import itertools
import re
import string

from ..text import find_word, text_words
from .gazetteer import MAX_PLACE_TOKENS, place_first_words, place_key, place_prefixes, places, weak_places
from .lexicon import (
    COMMON_CAPS,
    KNOWN_ORGS,
    NOT_ORG_CAPS,
    ORG_HEADS,
    RESULT_CUES,
    TITLE_WORDS,
)
from .names import all_given_names, family_names
from .patterns import UPPER, by_first_character, dispatch, matches_at_words, split_alternatives
from .tokens import LOCATION, Span, Token, gap, is_roman, joined, opens_a_line_or_sentence, opens_its_line
from .wordlists import entries
from .wordlists import words as word_list

# Patterns used inside loops, compiled once.
_ELIDED = re.compile(r"[dl]['’][A-Z]")  # "Côte d’Ivoire"
# ("es": "Dar es Salaam")
_PLACE_CONNECTORS = frozenset("of and the de del da do dos das la le du des di y et al el es nad pod am upon".split())


# --------------------------------------------------------------------------- places


_PLACE_KEYS: dict[str, str] = {}  # word → place_key(word): the same words recur in every report


def _word_key(tok: Token) -> str:
    """``place_key`` of a capitalised word or a connector ("" for any other
    word), remembered across texts. Asked only of the words a place could
    start with or hold, not of every word."""
    word = tok.text
    if not (tok.cap or word in _PLACE_CONNECTORS):
        return ""
    key = _PLACE_KEYS.get(word)
    if key is None:
        key = place_key(word)
        if len(_PLACE_KEYS) < 100_000:
            _PLACE_KEYS[word] = key
    return key


@functools.cache
def _weak_first_words() -> frozenset[str]:
    """The first word of every weak place name's key."""
    return frozenset(key.split(" ", 1)[0] for key in weak_places())


_AGENCY_ACRONYM = re.compile(r"[A-Z]{2,4}")


_POSSESSIVES = ("'s", "’s", "'S", "’S")  # (in capitals too: a dateline's "ST. JOHN'S, Antigua")
# A list of regions going on after a name: "in Central, Eastern and Western provinces", "in Northern and Upper
# East regions" (not "in 14 West and Central African countries")
_LIST_GOES_ON = re.compile(
    r"(?:,|\s+(?:and|&))\s[^.;:\n]{0,60}?\b(?:regions|provinces|states|districts|counties|divisions|departments)\b"
)
# An amount after a word ("Ksh 50 million", "Rs 4,500", "P 1.2"), not a small count ("in Gatundu 2 days ago")
_AMOUNT_AFTER = re.compile(
    r" \d[\d,.]*\s*(?:million|billion|thousand|bn|mn|lakh|crore)\b| \d{1,3}(?:,\d{3})+| \d+\.\d| \d{3,}", re.I
)
_APPOSITION_NEXT = re.compile(r"[ \t]*,[ \t]*(?:the|a|an|who|whose|his|her)\b", re.I)
_PAIR_END = re.compile(r"[ \t]*(?:[,.;:)]|\n|$)")  # (a lower-case word after may be a noun the pair qualifies)


def _written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` in lower case as a word of its own (a common noun's use)."""
    low = word.lower()
    return low != word and low in text_words(text)


_SAINT_WORDS = word_list("saint_words")
_WEEKDAYS_SHORT = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
# (a day and a month, or a month and a day: not "taken to Mon, 15 km from the border")
_MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE_AFTER_WEEKDAY = re.compile(
    rf"\.?,?[ \t]+(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+{_MONTH_SHORT}(?![a-z])|{_MONTH_SHORT}[ \t]+\d)"
)


# A particle and a capitalised word after a town's name, which go on with it: " de los Caballeros", " de Goiânia"
_PARTICLE_NAME_AFTER = re.compile(
    rf"[ \u00a0](?:de|del|da|do|dos|das)(?:[ \u00a0](?:la|las|los))?[ \u00a0]([{UPPER}][\w'’-]*[a-zà-ÿ])(?![\w'’-])"
)


def place_spans(text: str, tokens: list[Token]) -> list[Span]:
    table = places()
    starts = place_first_words()
    prefixes = place_prefixes()
    spans: list[Span] = []
    n = len(tokens)
    known = _PLACE_KEYS
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.cap:
            i += 1
            continue
        first = known.get(tok.text)
        if first is None:
            first = _word_key(tok)
        if first == "saint":
            first = "st"
        if " " in first and table.get(first) and not (first.count(" ") == 1 and tok.text.isupper()):
            # one hyphenated token that is a place: "KwaZulu-Natal", "Asia-Pacific"
            spans.append(Span(LOCATION, tok.start, tok.end, tok.text, rule="place", extra={"kind": table[first]}))
            i += 1
            continue
        # (a possessive the tokens leave out may belong to the name: "People's Republic of China", "St. John's")
        poss_end = tok.end + 2 if text.startswith(_POSSESSIVES, tok.end) else -1
        if poss_end > 0 and first + "'s" in starts:
            first += "'s"
        else:
            poss_end = -1
        if first not in starts and not (" " in first and first in prefixes):
            # (a hyphenated word may open a longer name: "Mecklenburg-Western Pomerania")
            i += 1
            continue
        # Grow the name while tokens are joined and capitalised (or connectors)
        # and its key begins a place's; the longest that is a place wins.
        key = first
        kind = table.get(key)
        best = (i, kind, poss_end) if kind else None
        k = i
        stop = min(n, i + MAX_PLACE_TOKENS)
        while k + 1 < stop:
            between = text[max(tokens[k].end, poss_end) : tokens[k + 1].start]
            if between not in (" ", "-", ". ", ".", "\u00a0", " & "):
                break
            inner = tokens[k + 1]
            if not inner.cap and inner.text.lower() not in _PLACE_CONNECTORS and not _ELIDED.match(inner.text):
                break
            # (the gazetteer writes "Bosnia & Herzegovina" with "and")
            key = key + (" and " if between == " & " else " ") + _word_key(inner)
            poss_end = -1
            if text.startswith(_POSSESSIVES, inner.end) and key + "'s" in prefixes:
                key, poss_end = key + "'s", inner.end + 2
            if key not in prefixes:
                break  # no place's key begins so: no longer name is one
            k += 1
            if inner.cap or is_roman(inner.text):
                kind = table.get(key)
                if kind:
                    best = (k, kind, poss_end)
        if best is None:
            i += 1
            continue
        j, kind, poss_end = best
        start, end = tok.start, max(tokens[j].end, poss_end)
        name = text[start:end]
        if name.upper() == name and len(name) <= 3 and kind != "country":
            i = j + 1
            continue
        if (
            kind == "city"
            and j == i
            and not tok.allcaps
            and opens_a_line_or_sentence(text, tok.start, "\"“‘'")
            and _written_in_lower_case(text, tok.text)
        ):
            # a town named like a common word, opening a sentence or a headline, where the text writes the word
            # in lower case too: "Man held over cannabis farm" … "a man was arrested" (Man, Côte d'Ivoire)
            i = j + 1
            continue
        if j == i and tok.text in _WEEKDAYS_SHORT and _DATE_AFTER_WEEKDAY.match(text, tok.end):
            i = j + 1
            continue  # "Mon, 10 Oct, 2022", "Sun 4 May": a day's short name before its date (not Myanmar's Mon State)
        if kind in ("city", "subdivision") and j == i:
            # A one-word town inside a longer capitalised run is a surname or
            # part of an organisation ("Lincoln Smith", "Bristol Police").
            before = tokens[i - 1] if i > 0 else None
            after = tokens[j + 1] if j + 1 < n else None
            if before is not None and before.text in _SAINT_WORDS and gap(text, before, tok) in (". ", " ", "."):
                # a saint's name before the town's: "St. Elizabeth" (a parish of Jamaica), "St Mary's Park", never
                # the town "Elizabeth"; the whole is a place where a gazetteer knows it, though only as a weak name
                # (not in a possessive: "St Mary's Park", "St. Joseph's Hospital" name a park, a hospital)
                whole = text[before.start : end]
                if place_key(whole) in weak_places() and not text.startswith(_POSSESSIVES, end):
                    spans.append(Span(LOCATION, before.start, end, whole, rule="place", extra={"kind": "subdivision"}))
                i = j + 1
                continue
            if (
                before is not None
                and after is not None
                and before.text == "Greater"
                and after.text == "Area"
                and joined(gap(text, before, tok))
                and joined(gap(text, tok, after))
            ):
                # "the Greater Toronto Area": a city's metropolitan area named with its word, one place
                spans.append(Span(LOCATION, before.start, after.end, text[before.start : after.end], rule="place"))
                i = j + 2
                continue
            if (after and after.cap and joined(gap(text, tokens[j], after))) or (
                before
                and before.cap
                and joined(gap(text, before, tok))
                and before.text not in COMMON_CAPS
                and before.text not in _COMPASS_WORDS  # "South Florida": joined below
                and before.text != "Greater"  # "Greater Manchester": joined below
                # (an agency's short name, then the town its office is in: "ANF Karachi recovered", "HSI Miami")
                # (an acronym of two to four letters: not a surname in capitals, "CÁRDENAS Mosquera", nor a
                # ship's prefix, "HNLMS Zeeland")
                and not (_AGENCY_ACRONYM.fullmatch(before.text) and tok.text != tok.text.upper())
            ):
                i = j + 1
                continue
        if (
            kind != "country"
            and (particle := _PARTICLE_NAME_AFTER.match(text, end))
            # (not a family name after its particle: "Lima de Souza", "Paz da Silva" are people)
            and particle.group(1) not in family_names()
        ):
            # a Spanish or Portuguese town's name goes on with a particle and a capitalised word: "Santiago de los
            # Caballeros", "Santo Domingo de los Tsáchilas", "Aparecida de Goiânia" (the gazetteer has its first part)
            end = particle.end()
            name = text[start:end]
        spans.append(Span(LOCATION, start, end, name, rule="place", extra={"kind": kind}))
        i = j + 1
    # A compass word before a place is part of its name: "East Java", "North Sumatra".
    joined_spans = []
    for sp in spans:
        s = sp.start
        m = _compass_before(text, s)
        if m and (sp.extra.get("kind") in ("subdivision", "country", "city", "region")):
            start = m.start()
            if (second := _compass_before(text, start)) is not None and second.group().strip() in _POINTS:
                start = second.start()  # two compass words: "North West England", "South East Asia"
            sp = Span(LOCATION, start, sp.end, text[start : sp.end], rule="place", extra=sp.extra)
        elif (
            sp.extra.get("kind") == "country"
            and text[max(0, s - 12) : s].endswith("Republic of ")
            and (republic := _REPUBLIC_OF_BEFORE.search(text, max(0, s - 60), s))
        ):
            # a country's formal name where the gazetteer holds only its short one: "the Republic of Togo", "the
            # Democratic Republic of Timor-Leste" (one place, as "Republic of Korea" is)
            sp = Span(LOCATION, republic.start(), sp.end, text[republic.start() : sp.end], rule="place", extra=sp.extra)
        elif (low := _LOWER_COMPASS_BEFORE.search(text, max(0, s - 12), s)) is not None:
            # a wire's lower-case compass word before a place names a region the gazetteer holds: "east Africa",
            # "southern Africa", "southeast Asia", "north Wales" (not "northern Iraq": no region of that name)
            region = text[low.start() : sp.end]
            if places().get(place_key(region)) in ("region", "subdivision"):
                sp = Span(LOCATION, low.start(), sp.end, region, rule="place", extra=sp.extra)
        joined_spans.append(sp)
    spans = joined_spans
    # A compass word before a place the gazetteers hold only as a weak name is a region: "East Kalimantan",
    # "North Sulawesi" (the word alone needs a context; the compass word is one)
    weak = weak_places()
    weak_first = _weak_first_words()
    # (the compass words picked out first, in one pass: most texts hold a few)
    for k in [k for k, tok in enumerate(tokens) if tok.text in _COMPASS_WORDS and k < n - 1]:
        tok = tokens[k]
        if text[tok.end : tokens[k + 1].start] != " ":
            continue
        if _word_key(tokens[k + 1]) not in weak_first:
            continue
        for j in range(min(n - 1, k + 3), k, -1):  # the longest weak name after it, up to three words
            if not all(t.cap for t in tokens[k + 1 : j + 1]) or any(
                text[tokens[x].end : tokens[x + 1].start] != " " for x in range(k + 1, j)
            ):
                continue
            name_key = place_key(text[tokens[k + 1].start : tokens[j].end])
            if name_key in weak and name_key not in table:
                spans.append(Span(LOCATION, tok.start, tokens[j].end, text[tok.start : tokens[j].end], rule="place"))
                break
    # State and province abbreviations after a town: "Homestead, Fla.", "Kamloops, B.C."
    dotted = word_list("dotted_places")
    for m in itertools.chain(_DOTTED_STATE.finditer(text), _DOTTED_STATE_AFTER_PREPOSITION.finditer(text)):
        if m.group(1) in dotted:
            spans.append(Span(LOCATION, m.start(1), m.end(1), m.group(1), rule="place", extra={"kind": "subdivision"}))
    # A state's, region's or city's short form in capitals where it stands alone: "in NSW and the ACT", "in KZN"
    named_in_text: dict[str, bool] = {}  # (asked once per short form: a long text is not read again per match)
    for m in _PLACE_ABBREVIATION.finditer(text):
        short = m.group()
        if short in _NAMED_ABBREVIATIONS:
            if short not in named_in_text:
                named_in_text[short] = any(find_word(text, name) for name in _NAMED_ABBREVIATIONS[short])
            if not named_in_text[short]:
                continue  # "via WA and Telegram", "two HK rifles": no Australia, no Hong Kong in the text
        spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place", extra={"kind": "subdivision"}))
    # "Port Botany", "Port Harcourt": a port named by what follows; "Lake Victoria", "Mount Elgon"
    for m in _PORT_OF_NAME.finditer(text):
        if any(w in TITLE_WORDS or w in ORG_HEADS or w.lower() in _RESULT_VERBS for w in m.group().split()[1:]):
            continue  # "CBP Port Director", "the Port Authority": a post or a body, not a port ("… at Port Seized")
        spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place-feature"))
    # (every match opens on "Lake " or "Mount ": a text without either is not scanned at every capital L and M)
    for m in _FEATURE_BEFORE_NAME.finditer(text) if "Lake " in text or "Mount " in text else ():
        spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place-feature"))
    # An Irish or Northern Irish county written short after a place word: "in Co Clare", "Newtownabbey, Co Antrim"
    if "Co" in text:
        for m in _COUNTY_SHORT.finditer(text):
            last = m.group().split()[-1]
            if _COUNTY_SHORT_BEFORE.search(text, max(0, m.start() - 12), m.start()) and not (
                last in TITLE_WORDS
                or last in _COMPANY_SUFFIXES  # "Smith and Co Ltd"
                or last in ORG_HEADS  # "appeared in County Court": a body
                or last in _COUNTY_FACILITIES  # "taken to County Prison"
            ):
                spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place-feature"))
    # French names with an elided particle: "Côte d’Ivoire", "Val-d’Oise"
    elided = "d'" in text or "l'" in text or "d’" in text or "l’" in text
    for m in _ELIDED_NAME.finditer(text) if elided else ():
        kind = table.get(place_key(m.group()))
        if kind:
            spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place", extra={"kind": kind}))
    # Names with a possessive inside them: "Cox's Bazar", "King's Lynn", "Hawke's Bay"
    possessive = "'s " in text or "’s " in text
    for m in _POSSESSIVE_NAME.finditer(text) if possessive else ():
        kind = table.get(place_key(m.group()))
        if kind:
            spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place", extra={"kind": kind}))
    # Dotted abbreviations: "U.S.", "U.K.", "U.A.E."
    for m in _DOTTED.finditer(text):
        if table.get(m.group().replace(".", "").lower()) == "country":
            spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place", extra={"kind": "country"}))
    # Islands, airports, ports, seas: named features a gazetteer of towns lacks.
    if not any(word in text for word in _FEATURE_WORD_TEXTS):
        return spans
    for m in _FEATURE.finditer(text):
        name = m.group()
        words = name.split()
        if words[0] in COMMON_CAPS and len(words) == 2 and words[0] in _COLOURS and words[1] in ("Sea", "River"):
            pass  # "the Black Sea", "the Red Sea", "the White River": a colour names the water
        elif words[0] in COMMON_CAPS and len(words) > 1:
            m = _FEATURE.match(text, m.start() + len(words[0]) + 1)  # "In District 7": from the next word
            if m is None:
                continue
            name = m.group()
            words = name.split()
        poss = _POSSESSIVE_IN.search(name)
        if poss:  # "Myanmar's Shan State", "Ho Chi Minh City’s District 1": two places; the feature is after it
            m = _FEATURE.match(text, m.start() + poss.end())
            if m is None:
                continue
            name = m.group()
            words = name.split()
        if (
            (
                words[0] in COMMON_CAPS
                and not (len(words) == 2 and words[0] in _COLOURS and words[1] in ("Sea", "River"))
            )
            or any(w in ORG_HEADS for w in words)
            or _POSSESSIVE_IN.search(name)
            or _ONE_STOP_ONLY.fullmatch(name)  # "the One-Stop Border Post in Chirundu": a kind of post, no name
        ):
            continue
        if name.endswith(" LGA"):
            # "Bokkos LGA", "Owan West LGA": Nigeria's short form of "Local Government Area" after the area's name,
            # as annotators list it (the name alone; the form written out stays whole: "Gurara Local Government Area")
            name = name[:-4]
        spans.append(Span(LOCATION, m.start(), m.start() + len(name), name, rule="place-feature"))
    return spans


_COLOURS = word_list("colour_words")
_ONE_STOP_ONLY = re.compile(r"One[- ]Stop Border Post")
_FEATURE_WORDS = (
    # border posts, crossings and ports of entry, bases, quays ("Kazungula One-Stop Border Post", "the Al-Batha
    # Border Crossing", "the Eagle Pass Port of Entry", "the Lisbon Naval Base", "Queen Elizabeth II Quay")
    r"One[- ]Stop Border Post|Border Post|Border Crossing Point|Border Crossing|Crossing Point|Port of Entry|"
    r"Naval Base|Air Base|International Bridge|Quay|"
    r"Islands?|International Airport|Airport|Seaport|Sea|Gulf|Ocean|Strait|Channel|Peninsula|Desert|Province|"
    r"Region|State|District|County|Special Economic Zone|Free Trade Zone|Economic Zone|Port|National Park|"
    r"Game Reserve|Nature Reserve|Container Terminal|Terminal|City|River|Rural Municipality|Municipality|"
    # parks and reserves of wildlife reporting, and areas named by their kind
    r"National Reserve|Forest Reserve|Wildlife Reserve|Tiger Reserve|Wildlife Sanctuary|Conservation Area|Marine Park|"
    r"Local Government Area|LGA|Prefecture|Valley|"  # ("Owan West LGA": Nigeria's short form of the area)
    # settlements named by their kind ("Chase Village", "Ikota Villa Estate", "Soshanguve Township")
    r"Village|Township|Estate|Harbour|Harbor|Governorate"
)
# "Strait of Gibraltar", "Bay of Kotor", "Port of Spain": a feature named by what follows.
_OF_FEATURES = "Port of|Strait of|Straits of|Bay of|Gulf of|Sea of|Isle of|Island of|Lake of"
_COMPASS_BEFORE = re.compile(
    r"(?<![\w-])(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-East|North-West|South-East|"
    r"South-West|Northeast|Northwest|Southeast|Southwest|Greater) $"
)  # ("Greater Manchester", "Greater Accra": a city's metropolitan area, one place)
_COMPASS = (
    r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-East|North-West|South-East|"
    r"South-West|Northeast|Northwest|Southeast|Southwest|Near)"
)
# The other half of a region named with two compass words after the first: "West| and Central Africa",
# "North|, Central and South America"
_COMPASS_PAIR_AFTER = re.compile(rf"(?:,\s+{_COMPASS})*,?\s+and\s+{_COMPASS}\s+[A-Z]")
_REPUBLIC_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:Democratic|Islamic|Federal|Federative|United|Socialist|Arab|Bolivarian|Cooperative|People['’]s)"
    r"[ \t]+)*Republic[ \t]+of[ \t]+$"
)
_COMPASS_WORDS = word_list("compass_words")
_POINTS = frozenset({"North", "South", "East", "West"})  # (the first of two compass words: "North West")
# A wire's compass word in lower case right before a name: "east Africa", "southern Africa"
_LOWER_COMPASS_BEFORE = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted((w.lower() for w in _COMPASS_WORDS), key=len, reverse=True)) + r") $"
)


#: The last two letters of every word _COMPASS_BEFORE ends in ("North", "East", "Central", "Northern", "Greater").
_COMPASS_ENDINGS = ("th", "st", "al", "rn", "er")


def _compass_before(text: str, pos: int) -> re.Match[str] | None:
    """``_COMPASS_BEFORE.search(text, max(0, pos - 12), pos)``, searched only where
    it can match: a compass word or "Greater" (ending in "th", "st", "al", "rn"
    or "er") and a space right before ``pos`` (or a space and a line break,
    which ``$`` allows)."""
    before = text[max(0, pos - 4) : pos]
    if not (before[-3:-1] in _COMPASS_ENDINGS and before[-1:] == " ") and not (
        before[-4:-2] in _COMPASS_ENDINGS and before[-2:] == " \n"
    ):
        return None
    return _COMPASS_BEFORE.search(text, max(0, pos - 12), pos)


# Short forms that are a place only where the text names it or its country (place_abbreviations_named.txt):
# short form → the names
_NAMED_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    short: tuple(names.split("|"))
    for short, _, names in (entry.partition(" = ") for entry, _ in entries("place_abbreviations_named"))
}
# (the abbreviations' first letters first, so re skips ahead to them, and the lookbehind after the letter: see
# .patterns; a pattern opening on a lookbehind is tried at every position of the text)
_ABBREVIATION_FIRSTS, _ABBREVIATION_RESTS = by_first_character(
    [
        re.escape(w)
        for w in sorted(word_list("place_abbreviations") | _NAMED_ABBREVIATIONS.keys(), key=len, reverse=True)
    ]
)
_PLACE_ABBREVIATION = re.compile(
    rf"[{_ABBREVIATION_FIRSTS}](?<![\w.&-].)(?<!\d .)(?<!century .)"  # (not an era's: "300 BC", "4th century BC")
    rf"{_ABBREVIATION_RESTS}(?![\w&$-])"  # (not a currency's: "HK$2m", "NT$9.3m")
    r"(?![ \t]+[A-Z])"  # (not a body's first word: "ACT Policing", "NSW Police Force")
    r"(?![ \t]+\d)"  # (nor a code's letters: "the patrol ship BC 20007")
)
_POSSESSIVE_IN = re.compile(r"['’]s |(?<=s)['’] ")  # ("Myanmar's Shan State", "Lagos’ Murtala Muhammed Airport")
_ELIDED_NAME = re.compile(r"[A-Z](?<!\w.)\w{1,20}[ -][dl]['’][A-Z]\w{1,20}")
_POSSESSIVE_NAME = re.compile(r"[A-Z](?<!\w.)\w{1,20}['’]s [A-Z]\w{1,20}")
_DOTTED_STATE = re.compile(r",\s((?:[A-Z][a-z]{0,4}\.){1,3})(?!\w)")
# (or after a preposition, a short form of two letters and two points: "seized in B.C.", "based in D.C.")
_DOTTED_STATE_AFTER_PREPOSITION = re.compile(r"\b(?:in|across|from|throughout|to|of)\s((?:[A-Z]\.){2})(?!\w)")
_FEATURE_BEFORE_NAME = re.compile(
    r"(?:L(?<![\w-].)ake|M(?<![\w-].)ount) [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?(?![\w-])"
)
# ("Co" after a preposition or a town's comma only: "Smith & Co", "Co Ltd" are companies)
# (or written out before its name, as Irish releases write it: "across County Wicklow")
_COUNTY_SHORT = re.compile(r"C(?<!\w.)(?:o\.?|ounty) [A-Z][a-z]{2,20}(?![\w-])")
_COMPANY_SUFFIXES = word_list("company_suffixes")
_COUNTY_FACILITIES = word_list("county_facility_words")
_COUNTY_SHORT_BEFORE = re.compile(r"(?:\b(?:in|of|at|near|from|and|across|throughout|around|to) |, )$")
_PORT_OF_NAME = re.compile(r"P(?<![\w-].)ort [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?(?![\w-])")
# (the last dot may be missing before a capital: "U.S Coast Guard")
_DOTTED = re.compile(r"[A-Z](?<![\w.].)\.(?:[A-Z]\.){0,2}[A-Z](?:\.|(?=[ \t][A-Z]))")
# Every _FEATURE match holds one of these words (all plain text, "Islands?" read as
# "Island"): a text without any is not scanned. ``str.find`` looks for each far
# faster than a pattern tried at every capital ("INTERPOL INTERPOL …").
_FEATURE_WORD_TEXTS = tuple(
    alt.removesuffix("s?") for alt in [*split_alternatives(_FEATURE_WORDS), *_OF_FEATURES.split("|")]
)
# "Canary Islands", "Port of Spain"; the whole match is the name.
_FEATURE = re.compile(
    # (any capital opens the name: "Đồng Nai Province", "Şırnak Province")
    rf"[{UPPER}](?<!\w.)(?:"
    # a judicial district named by its state: "the Southern District of Florida" (before "… District" alone)
    r"(?<=[NSEWCM])(?:orthern|outhern|astern|estern|entral|iddle) District of [A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?"
    rf"|[\w'’-]{{1,40}} (?:[{UPPER}][\w'’-]{{1,40}} ){{0,2}}"
    rf"(?:{_FEATURE_WORDS})\b"
    # a name opening on initials: "O.R. Tambo International Airport", "J. F. Kennedy International Airport"
    # (two initials at least: "Terminal B. Jomo Kenyatta International Airport" ends a sentence on one letter)
    rf"|\.(?:[ \t]?[A-Z]\.){{1,2}}[ \t]?[{UPPER}][\w'’-]{{1,40}} (?:[{UPPER}][\w'’-]{{1,40}} ){{0,2}}"
    rf"(?:{_FEATURE_WORDS})\b"
    r"|(?<=[PSBGIL])(?:ort|traits?|ay|ulf|ea|sle|sland|ake) of [A-Z][\w'’-]{1,40}(?: [A-Z][\w'’-]{1,40})?"
    r"|(?<=D)istrict \d{1,2}\b)"
)


# --------------------------------------------------------------------------- places by context

_PLACE_PARTICLES = frozenset("da de del do dos das la el al di".split())
#: Lower-case words after a name that say it is a place ("the Ferentari neighbourhood").
_LOCATIVE_HEADS = (
    "district|districts|neighbourhood|neighborhood|area|municipality|commune|village|county|province|region|"
    "crossing|border crossing|port|favela|estate|suburb|township|quarter|borough|department|prefecture|"
    "governorate|oblast|parish|state|island|islands|coast|valley|mountains|hills|city|"
    "river|lake|lagoon|creek|bay|forest|market|junction|roundabout|jetty|seaport|harbour|harbor|"
    "checkpoint|border post|free port|"  # ("the Mirovo checkpoint", "a free port")
    "informal settlement|slum|slums|"  # ("the Kibera informal settlement", "Mathare slums"; not "ward", "settlement":
    # "the Maternity ward", "a Roma settlement")
    # (a border town's crossing, an industrial area's name: "the Tatopani border point", "at the Paga border",
    # "a warehouse in the Mussafah industrial area")
    "border point|border gate|border area|border|industrial area|industrial estate|industrial zone|industrial park"
)
_HEAD_AFTER = re.compile(rf"\s+(?:{_LOCATIVE_HEADS})\b")
# A capitalised word and a short lower-case particle right before a name: "Mukuru kwa| Njenga"
_INFIX_NAME_BEFORE = re.compile(
    r"[A-Z][\w'’-]+[ \t]+(?:kwa|wa|ya|na|la|de|da|do|di|del|dos|das|van|von|bin|ibn)[ \t]+$"
)
#: A locative noun after a name: "the Ferentari neighbourhood", "the Bregana crossing".
LOCATIVE_HEAD_AFTER = _HEAD_AFTER
_PLURAL_HEAD_AFTER = re.compile(
    r"\s+(?:" + "|".join(entry for entry, _ in entries("place_plural_kinds_after")) + r")\b"
)
_BORDER_AFTER = re.compile(r"\s+border\b")
_INDUSTRIAL_AFTER = re.compile(r"\s+industrial\b")
_PLURAL_HEADS_CAPITALISED = word_list("place_plural_heads")


def _plural_head_shared(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Whether the plural place word closing the run ``i..j`` is shared by a list's names, not the last word of
    one name: not a place known whole ("Mexico and United States") nor a common word before it ("Poland and
    Member States")."""
    return tokens[j - 1].text not in COMMON_CAPS and place_key(text[tokens[i].start : tokens[j].end]) not in places()


# A person's age, and maybe what they do, before "of" or "from" and their home: "Fatuma Ali, 39, of",
# "Ssemakula Joseph, 45, a boat operator from"
_HOMETOWN_BEFORE = re.compile(r"\b\d{1,2},\s+(?:an?\s+(?:[\w-]+\s+){1,3})?(?:of|from)\s+$")


def _plural(word: str) -> str:
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("sh", "ch", "s", "x")) else word + "s"


# The place words before "of" and a place's name: "the village of Borki", "the wilayats of Khasab, Bukha and …"
_PLACE_OF_WORDS = sorted(
    set(word_list("place_of_words"))
    | (set(word_list("place_unit_words")) - {"union", "ward", "division"}),  # ("a division of Halliburton")
    key=len,
    reverse=True,
)
_AGE_NEXT = re.compile(r",[ \t]*\d{1,2}[ \t]*[,.;)]")
_LOWER_NOUN_AFTER = re.compile(r"[ \t]+[a-z]{3,}")
_NATIONALITY_AFTER = re.compile(r"[ \t]+(?:nationality|origin|descent|citizenship|extraction)\b")
_ROAD_LEADS = word_list("road_leads")  # "off Interstate 75": a road
_STREET_WORDS = word_list("street_words")
_COMPASS_OF = r"(?:north|south|east|west)(?:-?(?:east|west))?"
_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(_PLACE_OF_WORDS + [_plural(w) for w in _PLACE_OF_WORDS])
    + r"|neighbourhood|neighborhood|suburb|outskirts|area"
    # people of a place and a point of the compass from it: "residents of Talaimannar", "north of Kalpitiya"
    + r"|residents?|natives?|"
    + _COMPASS_OF
    + r")\s+of\s+(?:the\s+)?$"
)
_PLURAL_OF_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(_plural(w) for w in _PLACE_OF_WORDS)
    + r"|residents|natives|"
    + _COMPASS_OF
    + r")\s+of\s+(?:the\s+)?$"
)
_COUNTY_WORDS = frozenset(_PLACE_OF_WORDS) | {"co", "metro", "greater"}
_PLURAL_INCLUDING_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(_plural(w) for w in _PLACE_OF_WORDS)
    + r"|areas|neighbourhoods|neighborhoods|suburbs|localities|communities|settlements|townships)"
    # (or as the list's subject: "Some of the areas covered included Bukit Merah, Ghim Moh and Toa Payoh")
    r"(?:\s+(?:covered|raided|searched|targeted|visited|affected))?"
    # ("impacted several communities to include St. Jago Heights, Jones Avenue, Rivoli": "to include", as US and
    # Caribbean police write a list)
    r",?\s+(?:including|included|(?:to\s+)?include|includes|such\s+as|like|namely)\s+$"
)
_PREP_BEFORE = re.compile(r"\b(?:in|at|near|outside|from|to|around|across|between|via|towards|into|of|off)\s+$")
_COMMA_PLACE_AFTER = re.compile(r",\s+")
_LIST_GAPS = (", ", " and ", ", and ")
#: Prepositions after which a name nothing else claims is where something
#: happened ("arrested at Akrokerri", "a house in Palmones", "near Ramtha").
_LOCATIVE_PREPOSITIONS = frozenset("in at near outside around off".split())  # ("off Tumaco": at sea near it)
#: Words that may follow a place named after a locative preposition; any
#: other lower-case word makes the name an adjective ("in Chinese tea bags").
_AFTER_A_PLACE = frozenset(
    "of and or in on at to by for from with during across into over under near where which who whom whose when that "
    "after before while since until as was were is are had have has but than then "
    # (a place's surroundings or way after it: "at Yawkrom and Takorase along the River Offin")
    "along alongside beside towards toward through via within outside inside around off".split()
)
# A time after a name: "in Penang earlier this month", "in Lagos last week" (not after a language or a
# people's name: "published in English today", "written in French last year")
_TIME_WORDS = word_list("place_time_words")
_LANGUAGE_ENDINGS = ("ish", "ese", "ic", "ian", "i", "ch")
# How most adjectives of peoples end ("Belgian", "Asian", "Congolese", "Turkish", "Baltic"): an unknown
# word so ended before a place word qualifies it ("the Belgian port of Antwerp")
_DEMONYM_ENDINGS = ("ian", "ean", "can", "ese", "ish", "ic")  # (not any "-an": "the Taman port")
# (the place words a people's adjective stands before: not "coast" or "valley", which unknown regions
# ending so name too, "the Makran coast")
_ADJECTIVE_HEAD_AFTER = re.compile(r"\s+(?:port|market|city|state|capital|border crossing|crossing|side)\b")
# A word glossed in brackets before "in" and a language: 'Operation Karvon ("caravan" in Uzbek)'
_GLOSS_BEFORE = re.compile(r"\(\s*[\"“'‘][^\"”'’()]{1,40}[\"”'’]\s+$")
# Lower-case names of administrative units written after a place's name: "of Ukhia upazila", "of Hnila union"
_ADMINISTRATIVE_UNITS = word_list("place_unit_words")
_UNITS_BEFORE_NAME = word_list("place_units_before_name")
_TITLE_BEFORE_IN = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")[ \t]+$")
_PREPOSITION_WORDS = frozenset("in at near outside from to around across between via towards into of off".split())
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")
_RANK_ABBREVIATIONS = word_list("rank_abbreviations")
# Locative prepositions as a sentence's first word writes them
_OPENING_LOCATIVES = frozenset("In At Near Outside Around Off".split())


# words in -ing that are prepositions, not participles: "at Fibank according to prosecutors"
_PREPOSITIONAL_ING = frozenset(
    "according following including regarding concerning excluding pending during notwithstanding "
    "considering involving barring".split()
)
_NEXT_WORD = re.compile(r"[ \t]([^\W\d_][\w'’-]*)")


_SHORT_FORM_AFTER = re.compile(r" \([A-Z]{2,8}\)")


@functools.cache
def _languages() -> frozenset[str]:
    """The names of the world's major languages (ISO 639-1, from pycountry), one word each, that no gazetteer
    holds as a place: "in German, English, Italian and French" names languages, not places."""
    import pycountry

    names: set[str] = set()
    for language in pycountry.languages:
        if not hasattr(language, "alpha_2"):
            continue
        for part in language.name.split(";"):  # "Spanish; Castilian"
            name = part.split("(")[0].split(",")[0].strip()  # "Greek, Modern (1453-)", "Malay (macrolanguage)"
            if name.isalpha():
                names.add(name)
    strong, weak = places(), weak_places()
    return frozenset(n for n in names if place_key(n) not in strong and place_key(n) not in weak)


#: How adjectives of peoples end: "Peruvian", "Libyan", "Chinese", "Turkish", "Omani".
_PEOPLE_ADJECTIVE_ENDINGS = ("ian", "an", "ese", "ish", "i")


@functools.cache
def _country_prefixes() -> frozenset[str]:
    """Every opening (four letters or more) of every word of every country's
    names (pycountry), lower-cased: "liby", "libya", "peru", "mexic", …"""
    import pycountry

    out: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            for word in (getattr(country, attr, None) or "").split():
                if word[:1].isupper():
                    word = word.lower()
                    out.update(word[:n] for n in range(4, len(word) + 1))
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def people_adjective(word: str) -> bool:
    """Whether an unknown word is a people's adjective: a language's name
    ("Thai", "Italian"), or a word that is a country's name, or the opening
    of one, with such an adjective's ending ("Libyan", "Peruvian", "Mexican",
    "Omani"; not "Makran" or "Malinowski", which open no country's name)."""
    if word in _languages():
        return True
    low = word.lower()
    for ending in _PEOPLE_ADJECTIVE_ENDINGS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            if stem in _country_prefixes() or stem[:-1] in _country_prefixes():
                return True
    return False


def _regional_adjective(word: str) -> bool:
    """Whether an unknown word is the adjective of a state or region the gazetteer holds: "Sicilian" (Sicily),
    "Calabrian" (Calabria), "Tuscan" (Tuscany), "Texan" (Texas)."""
    low = word.lower()
    for ending in ("ian", "an"):
        stem = low[: -len(ending)]
        if low.endswith(ending) and len(stem) >= 3:
            return any(places().get(stem + tail) in _ADJECTIVE_KINDS for tail in _STEM_TAILS)
    return False


_ADJECTIVE_KINDS = frozenset({"country", "subdivision", "region"})
_STEM_TAILS = ("", "y", "ia", "a", "e", "o", "s", "any", "as")


def _named_as_a_place(text: str, tokens: list[Token], i: int, j: int, prev: str) -> bool:
    """Whether an unknown name after ``prev`` reads as a place: a locative
    preposition before it, letters only (not "in Rs 48 crore", "P102"), and
    no noun after it that it would qualify ("in Chinese tea bags")."""
    return prev in _LOCATIVE_PREPOSITIONS and _plain_name(text, tokens, i, j)


@functools.lru_cache(maxsize=65536)
def _letters_only(word: str) -> bool:
    return word.replace("-", "").isalpha()


def _plain_name(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """Letters only, three or more, and no lower-case noun after it."""
    if len(tokens[i].text) < 3 or not all(_letters_only(t.text) for t in tokens[i : j + 1]):
        return False
    nxt = _NEXT_WORD.match(text, tokens[j].end)  # (the tokens leave most lower-case words out)
    if nxt and nxt.group(1).endswith("ed"):
        return True  # "rangers in Tsavo arrested three poachers": a verb, not a noun the name qualifies
    if (
        nxt
        and len(nxt.group(1)) > 5
        and nxt.group(1).endswith("ing")
        and nxt.group(1) not in _PREPOSITIONAL_ING
        and _word_before(text, tokens[i].start)[0] in ("near", "outside", "around", "in", "at")
        and not tokens[j].text.endswith(_LANGUAGE_ENDINGS)
    ):
        return True  # "a lorry stopped near Kapitan Andreevo carrying 42 migrants": a participle, not a noun
    if nxt and nxt.group(1) in _TIME_WORDS:
        return not tokens[j].text.endswith(_LANGUAGE_ENDINGS)
    return not (
        nxt
        and nxt.group(1)[:1].islower()
        and nxt.group(1) not in _AFTER_A_PLACE
        and nxt.group(1) not in _ADMINISTRATIVE_UNITS
    )


_COMPASS_LOWER = word_list("compass_words_lower")
# A word joined by a hyphen to a lower-case word that ends it: an adjective ("US-assisted", "Lagos-bound"; not
# "Stratford-upon-Avon")
_COMPOUND_ADJECTIVE = re.compile(r"-[a-z]+$")
#: Verbs of results in the past ("seized", "dismantled"): a headline in capitals writes them after a place's name
_RESULT_VERBS = frozenset(w for w in RESULT_CUES if w.endswith("ed"))


_ASCII_LETTERS = string.ascii_letters


def _word_before(text: str, pos: int) -> tuple[str, int]:
    """The lower-case word that ends just before the spaces before ``pos`` ("" if none), and where it starts."""
    j = pos
    while j > 0 and text[j - 1] in " \t\n\u00a0":
        j -= 1
    if j == pos:
        return "", pos
    # (the word is the letters that end the 20 characters before: in ASCII, what ``rstrip`` of the letters takes
    # off, in C; a character by character walk only where another script may hold letters)
    window = text[max(0, j - 20) : j]
    if window.isascii():
        k = j - (len(window) - len(window.rstrip(_ASCII_LETTERS)))
        return text[k:j], k
    k = j
    while k > 0 and text[k - 1].isalpha() and j - k < 20:
        k -= 1
    return text[k:j], k


def _preposition_before(text: str, prev: str, prev_start: int, pos: int) -> bool:
    """``_PREP_BEFORE.search(text, max(0, pos - 40), pos)`` given the word before
    ``pos`` (``_word_before``): that word is a preposition, whole (no word
    character before it), and within the 40 characters searched. Only blanks
    stand between it and ``pos``, so nothing else can match."""
    return (
        prev in _PREPOSITION_WORDS
        and prev_start >= pos - 40
        and (prev_start == 0 or not (text[prev_start - 1].isalnum() or text[prev_start - 1] == "_"))
    )


_DOTTED_PLACE_LEADS = word_list("dotted_place_leads")


#: Prepositions that open a sentence before a place's name: "In Sariosiyo district, …", "At Kpeve, …"
_OPENING_PREPOSITIONS = frozenset("In At From Near Outside Around Across Inside".split())
#: Common words that open places' names ("New Yundum", "Upper Nile"): a run they open may name a place
_PLACE_OPENING_WORDS = word_list("place_opening_words")


def _place_runs(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of one to three capitalised mixed-case words joined by single spaces
    (with particles inside: "Complexo da Penha"), as token index ranges."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not t.cap or t.allcaps or not t.text[0].isalpha():
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and (
                text[tokens[j].end : tokens[j + 1].start] == " "
                # a saint's or a mountain's short form with its point: "St. James", "Ste. Foy", "Mt. Elgon"
                or (j == i and t.text in _DOTTED_PLACE_LEADS and text[tokens[j].end : tokens[j + 1].start] == ". ")
            )
        ):
            nxt = tokens[j + 1]
            if nxt.cap and not nxt.allcaps:
                j += 1
            elif nxt.text in _PLACE_PARTICLES and j + 2 < n and tokens[j + 2].cap:
                j += 2
            else:
                break
        if j > i and t.text in _OPENING_PREPOSITIONS and place_key(text[t.start : tokens[j].end]) not in places():
            i += 1  # "In Sariosiyo district, …": a sentence's first preposition, then the name (not "In Salah")
        runs.append((i, j))
        i = j + 1
    return runs


# The plurals of a body's kind ("the Tincan, Kano, Edo and Kogi Commands"): a run holding one names bodies
_BODY_PLURALS = word_list("org_plural_kinds")
_POST_GRADES = word_list("not_ranks_alone")  # ("Acting", "Senior": grades a post's title opens on)
# People counted in the plural ("Children", "Women", "Migrants"): no place's name
_PEOPLE_PLURALS = frozenset(w for w in word_list("figure_people_nouns") if w.endswith(("s", "men", "ren", "ple")))
_RUN_STATUS: dict[tuple[str, ...], str] = {}  # (name, its words) → status: the same names recur in every report
#: The longest joint ``context_place_spans`` asks about between two runs (", and ")
_LONGEST_JOINT = max(len(g) for g in (*_LIST_GAPS, ", ", " and ", ", and ", " or "))


def _run_status(name: str, words: tuple[str, ...], strong: dict[str, str], weak: dict[str, str]) -> str:
    """Whether a run of words (``_place_runs``) written ``name`` is a place the
    gazetteers know ("strong"), one they know but too often something else
    ("weak"), unknown (""), or not a name at all ("no"). It depends on the
    name and its words alone, so it is remembered."""
    key = (name, *words)
    st = _RUN_STATUS.get(key)
    if st is None:
        if any(
            (w in COMMON_CAPS and not (k == 0 and len(words) > 1 and w in _PLACE_OPENING_WORDS))
            or w in ORG_HEADS
            or w in KNOWN_ORGS
            or w in _BODY_PLURALS
            for k, w in enumerate(words)
        ) or (
            # people in the plural alone ("… Especially Women and Children"), or a post's words alone ("in Accra,
            # Acting Director-General of the CSA"), where no gazetteer holds the name ("Fishers", "Kafr El Sheikh",
            # "Isla Mayor", "Boys Town" are places)
            (
                (len(words) == 1 and words[0].lower() in _PEOPLE_PLURALS)
                or all(
                    w in TITLE_WORDS or w in _POST_GRADES or all(part in TITLE_WORDS for part in w.split("-"))
                    for w in words
                )
            )
            and place_key(name) not in strong
            and place_key(name) not in weak
        ):
            st = "no"
        else:
            place = place_key(name)
            st = "strong" if place in strong else "weak" if place in weak else ""
        if len(_RUN_STATUS) < 100_000:
            _RUN_STATUS[key] = st
    return st


# The last word of a law's title, and a title going on to it: "… Trafficking in Persons Act", "in Persons and
# Anti-Smuggling of Migrants Act" (capitalised words and the title's small words, to its law word)
# (the law words of bodies' names, and "Law")
_LAW_TITLE_WORDS = word_list("law_words") | {"Law"}
_IN_LAW_TITLE = re.compile(
    r"(?:[ \t]+(?:and|of|the|in|on|for|against|[A-Z][\w'’-]*)){0,8}?[ \t]+"
    # (the title ends there: not "… Standards and Regulations Enforcement Agency")
    rf"(?:{'|'.join(sorted(_LAW_TITLE_WORDS, key=len, reverse=True))})\b(?![ \t]+[A-Z][a-z])"
)


# What stands before a person named with their home: a list's joint, "as", a dash
_PERSON_LISTED_BEFORE = re.compile(r"(?:,|\band|\bas|[-–—:])[ \t]+$")
# An abstract noun's ending: no one-word name of a person ends so
_ABSTRACT_NOUN_END = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ing|ure)$")
# Words of bodies a person belongs to, which no place's name ends in: "of Awami League", "of the Liberal Party"
_GROUPS_JOINED = word_list("groups_joined")
_HOME_IN_LIST = re.compile(r"\b(?:of|from)[ \t]+([A-Z][\w'’-]+)")
# A parent named after a child: "Nurul Amin, 28, son of (late) Sultan Ahmed of Jaliapara"
_PARENT_BEFORE = re.compile(r"\b(?:son|daughter|wife|husband|widow)\s+of\s+(?:(?:the\s+)?late\s+|deceased\s+)?$")
# The people a list names with their homes are suspects: "identified as …", "arrested …", "the accused, …"
_SUSPECTS_BEFORE = re.compile(
    r"\b(?:identified|arrested|accused|suspects?|detained|held|nabbed|apprehended|charged|culprits|traffickers"
    r"|smugglers|couriers|passengers)\b[^.;!?\n]*$"
)
# What ends a home's name after a person's: a list going on, the clause ending, a verb ("Kumaravel of Salem- were")
_HOME_ENDS_AFTER = re.compile(r"[ \t]*(?:[,.;)–—-]|and\b|in\b|were\b|was\b|who\b|have\b|has\b)")


def _named_person_from(text: str, tokens: list[Token], person: tuple[int, int], start: int, j: int) -> bool:
    """Whether the run at ``start`` (to token ``j``) is a person's home, written right after their name and "of"
    or "from" in a list of people ("identified as Mohammed Sagir of Bahraich and Mohammed Alam of Barabanki"): the
    run before is two to four words, one a known given or family name, after a list's joint, "as" or a line's
    start; and the home ends there (not "John Smith of Acme Holdings Group", where a body's word follows)."""
    a, b = person
    gap = text[tokens[b].end : start]
    if gap not in (" of ", " from ") or not 0 <= b - a <= 3 or not _HOME_ENDS_AFTER.match(text, tokens[j].end):
        return False
    words = [t.text for t in tokens[a : b + 1]]
    if any(
        w in TITLE_WORDS or w in ORG_HEADS or w in COMMON_CAPS or w in KNOWN_ORGS or place_key(w) in places()
        for w in words
    ):
        return False  # (not "Solomon Islands Minister of Fisheries": a post's domain)
    home = text[start : tokens[j].end]
    if any(w in ORG_HEADS or w in KNOWN_ORGS or w in _GROUPS_JOINED for w in home.split()) or home in KNOWN_ORGS:
        return False  # "son of Haji Anwar of Awami League": a body the person belongs to, no home
    if _PARENT_BEFORE.search(text, max(0, tokens[a].start - 24), tokens[a].start):
        return True  # "son of (late) Sultan Ahmed of Jaliapara": the parentage says a person, then the home
    given, family = all_given_names(), family_names()
    if b > a and not any(w in given or w in family for w in words):
        return False
    if b == a and (_ABSTRACT_NOUN_END.search(words[0]) or not _plain_name(text, tokens, a, b)):
        return False  # (not a law's words: "the Prevention and Eradication of Forest Destruction")
    if (
        b == a
        and place_key(home) not in places()
        and place_key(home) not in weak_places()
        and not any(
            place_key(m.group(1)) in places()
            for m in _HOME_IN_LIST.finditer(text, max(0, tokens[a].start - 150), min(len(text), tokens[j].end + 150))
        )
    ):
        # a name alone before an unknown name, in a list that gives no known home: "Babu from Robi and Kalam from
        # Bkash" may be firms' men ("Ramprabhu of Paramakudi", beside "Suresh Kumar of Chennai", is a home)
        return False
    return (
        _PERSON_LISTED_BEFORE.search(text, max(0, tokens[a].start - 12), tokens[a].start) is not None
        # (a list of suspects, not of a panel's or a firm's people: "Sarah Brown of Oxfam and Tom Hill of …"; one
        # word there is a name the list gives alone: "identified as Abdurrehman from Taxila", "Ramprabhu of
        # Paramakudi and Kumaravel of Salem")
        and _SUSPECTS_BEFORE.search(text, max(0, tokens[a].start - 150), tokens[a].start) is not None
    )


# The law's words that no other begins with ("Act" for "Act" and "Acts"): one is at the start of every law's word
_LAW_WORD_STARTS = sorted(w for w in _LAW_TITLE_WORDS if not any(w != v and w.startswith(v) for v in _LAW_TITLE_WORDS))


# (a number closing the name, not one that counts what follows: "in Gatundu 2 days ago" stays a place)
_NUMBERED_PART_WORDS = word_list("numbered_part_words")
_NUMBER_AFTER_WORD = re.compile(
    r"[ \t]+\d{1,3}\b(?![.,]\d)(?=[ \t]*(?:[,.;:)]|$|(?:of|in|and|at|on|near|where)\b))", re.M
)


# A word shortened with an apostrophe, no name: "I’d", "We’ll", "They’re"
_CONTRACTION = re.compile(r"['’](?:d|m|ll|re|ve|t)$")


def context_place_spans(text: str, tokens: list[Token]) -> list[Span]:
    """Places the gazetteers miss or cannot take on sight, named so by the text:
    a locative word after ("the Ferentari neighbourhood", "the Bregana crossing")
    or before ("the village of Borki"), a preposition before a known small town
    ("in Barbate"), a known place after a comma ("Myawaddy, Myanmar"), or a list
    of places ("Budva, Kotor, Bar, Sarajevo and Split")."""
    strong = places()
    weak = weak_places()
    runs = _place_runs(text, tokens)
    spans: list[Span] = []
    starts = [tokens[i].start for i, _ in runs]
    # What stands between each run and the next, read once for the several passes below (each asks only whether it
    # is one of a few short joints: ", ", " and ", ", and ", " or "); a longer stretch is kept as "", no joint
    gaps = [
        text[tokens[j].end : nxt] if nxt - tokens[j].end <= _LONGEST_JOINT else ""
        for (_, j), nxt in zip(runs, starts[1:], strict=False)
    ]
    status: dict[int, str] = {}  # per run, when asked: "strong", "weak", "" (unknown), "no" (not a name)

    def status_of(r: int) -> str:
        st = status.get(r)
        if st is None:
            i, j = runs[r]
            words = (tokens[i].text,) if i == j else tuple(t.text for t in tokens[i : j + 1])
            st = status[r] = _run_status(text[tokens[i].start : tokens[j].end], words, strong, weak)
        return st

    def add(i: int, j: int, why: str) -> None:
        if i == j and (
            tokens[i].text in _RANK_ABBREVIATIONS  # "In Hong Kong, Det. Supt. Wong …": a rank, no place of a list
            or len(tokens[i].text) == 1  # a lone letter: an initial, or a name an excerpt cuts off ("…, Lebanon, M")
            or _CONTRACTION.search(tokens[i].text)  # "Mexico and South Korea, and I’d like to thank …"
            or _AMOUNT_AFTER.match(text, tokens[i].end)  # "of Ksh 281.1 million": a currency's sign before its sum
        ):
            return
        if j > i and tokens[j].text.endswith("ed") and tokens[j].text.lower() in _RESULT_VERBS:
            j -= 1  # "Drug Lab in Poland Dismantled", "… at Tema Port Seized": a headline's verb closes no name
        if any(_COMPOUND_ADJECTIVE.search(tokens[k].text) for k in range(i, j + 1)):
            return  # "in US-assisted Actions", "from Kenya-based Firms": a compound adjective, not a place's name
        if (
            i < j
            and tokens[j].text in _PLURAL_HEADS_CAPITALISED
            and (text.endswith(", ", 0, tokens[i].start) or text.endswith(" and ", 0, tokens[i].start))
            and _plural_head_shared(text, tokens, i, j)
        ):
            j -= 1  # a list's last name before its plural word set in capitals: "Chernivtsi and Mykolayiv| Regions"
        if why in ("of", "preposition") and i < j and tokens[j].text in _STREET_WORDS or tokens[i].text in _ROAD_LEADS:
            return  # "the residents of Mary Street": an address, no place the guide lists
        if why == "of" and _NATIONALITY_AFTER.match(text, tokens[j].end):
            return  # "a resident of Syrian nationality": a people's adjective
        if (
            why in ("of", "preposition")
            and i == j
            and _LOWER_NOUN_AFTER.match(text, tokens[j].end)
            and people_adjective(tokens[i].text)
        ):
            return  # "south of the Swedish capital", "near the Ugandan border": a people's adjective before its noun
        if why == "of" and i < j and _AGE_NEXT.match(text, tokens[j].end):
            # "a resident of Batumi Shmagi Sh, 25,", "a resident of Mexico City Juan Perez, 34,": the town, then the
            # resident's name and age
            town = next(
                (k for k in (i + 1, i) if k < j and place_key(text[tokens[i].start : tokens[k].end]) in strong), -1
            )
            if town >= 0:
                j = town
        if (
            why == "preposition"
            and i == j
            and tokens[i].text in _COMPASS_WORDS
            and not _LIST_GOES_ON.match(text, tokens[j].end)
        ):
            return  # "28 gold miners arrested in South by Army": a compass word alone after "in" names no place
        if i == j and tokens[i].text in _COMPASS_WORDS and _COMPASS_PAIR_AFTER.match(text, tokens[j].end):
            return  # "in West and Central Europe", "Mexico and Central and South America": half of a pair of regions
        if (
            j - i >= 2
            and text[tokens[j - 1].end : tokens[j].start] == " "
            and place_key(tokens[j].text) in strong
            and tokens[j - 1].text not in place_first_words()
            # ("North County Dublin", "Balbriggan Co Dublin": the county's word goes with the town's name)
            and tokens[j - 1].text.rstrip(".").lower() not in _COUNTY_WORDS
            and tokens[j - 1].text not in _PLACE_PARTICLES
            and place_key(text[tokens[i].start : tokens[j].end]) not in strong
            and place_key(text[tokens[i].start : tokens[j].end]) not in weak
        ):
            # "held in Sohrab Goth Karachi", "near Lakpas Toll Plaza Quetta": a locality of two words or more written
            # before its town without a comma, and the town
            town = tokens[j]
            spans.append(Span(LOCATION, town.start, town.end, town.text, rule="place-context", extra={"kind": why}))
            j -= 1
        start, end = tokens[i].start, tokens[j].end
        spans.append(Span(LOCATION, start, end, text[start:end], rule="place-context", extra={"kind": why}))

    # Inside "the villages of Cioropcani and Sculeni" or "at Akrokerri and
    # Kwapea": each name of the list is a place (the rule that opened it).
    listing: str | bool = False
    # (every _IN_LAW_TITLE match ends on a blank and a law's word: none can start after the text's last such blank,
    # found with ``str.rfind``; a tab only where the text holds one)
    blanks = " \t" if "\t" in text else " "
    last_law_word = max(text.rfind(blank + word) for word in _LAW_WORD_STARTS for blank in blanks)
    for r, (i, j) in enumerate(runs):
        start, end = tokens[i].start, tokens[j].end
        if (
            tokens[j].text in _LAW_TITLE_WORDS or (end <= last_law_word and _IN_LAW_TITLE.match(text, end))
        ) and status_of(r) != "strong":
            # "the Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act": words of a law's title
            listing = False
            continue
        if listing and r and gaps[r - 1] in (", ", " and ", ", and "):
            if (
                status_of(r) not in ("no", "strong")
                and (listing == "of" or _plain_name(text, tokens, i, j))
                and not (i == j and tokens[i].text in _languages() and status_of(r) == "")
            ):
                add(i, j, listing)
            continue
        listing = False
        prev, prev_start = _word_before(text, start)  # the patterns below end in a word and spaces
        if (
            prev in _OPENING_LOCATIVES
            and opens_a_line_or_sentence(text, prev_start)
            # (not a heading of two words on a line of its own: "In Summary")
            and not _LINE_ENDS.match(text, tokens[j].end)
        ):
            prev = prev.lower()  # "In Frontera, a suspect was arrested": the sentence's preposition, capitalised
        if prev in _COMPASS_LOWER:
            # "in western Bohemia", "across northern Mozambique": the preposition before the compass word
            before_compass, before_start = _word_before(text, prev_start)
            if _preposition_before(text, before_compass, before_start, prev_start):
                prev, prev_start = before_compass, before_start
        comma = text.startswith(", ", end) and r + 1 < len(runs) and starts[r + 1] == end + 2
        if _HEAD_AFTER.match(text, end, end + 25):
            if _INFIX_NAME_BEFORE.search(text, max(0, start - 30), start):
                continue  # "the Mukuru kwa Njenga slum": a longer name with a particle this reads no further into
            why = "head"
        elif prev in ("of", "the") and _OF_BEFORE.search(text, max(0, start - 40), start):
            why = "of"
            listing = "of" if _PLURAL_OF_BEFORE.search(text, max(0, start - 40), start) else False
        elif prev in (
            "including",
            "included",
            "include",
            "includes",
            "as",
            "like",
            "namely",
        ) and _PLURAL_INCLUDING_BEFORE.search(text, max(0, start - 50), start):
            # "in areas including Tommaso Natale, San Lorenzo, and Pagliarelli", "villages such as …": each name of
            # the list is a place
            why = listing = "of"
        elif (
            prev in ("of", "from")
            and _HOMETOWN_BEFORE.search(text, max(0, start - 60), start)
            and _plain_name(text, tokens, i, j)
        ):
            why = "hometown"  # "Fatuma Said Ali, 39, of Likoni", "Ssemakula Joseph, 45, a boat operator from Bugala"
        elif prev in ("of", "from") and r and _named_person_from(text, tokens, runs[r - 1], start, j):
            why = "hometown"  # "Mohammed Sagir of Bahraich and …", "identified as Talha from Okara.": a person's home
        elif _preposition_before(text, prev, prev_start, start):
            why = "preposition"
            if (
                prev == "in"
                and tokens[i].text in ("Charge", "Command")
                and _TITLE_BEFORE_IN.search(text, max(0, prev_start - 30), prev_start)
            ):
                continue  # "Special Agent in Charge", "Second in Command": a post's words, no place
        elif prev in _UNITS_BEFORE_NAME and _preposition_before(text, *_word_before(text, prev_start), prev_start):
            why = "unit"  # "in tambon Robwiang", "from barangay Lusaran": a unit's word before its name
        elif comma:
            why = "comma"
        else:
            continue
        st = status_of(r)
        if (
            st == "weak"
            and why == "preposition"
            and prev == "of"
            and _TITLE_BEFORE_IN.search(text, max(0, prev_start - 30), prev_start)
            and i == j
            and tokens[i].text.lower() in text_words(text)
        ):
            # "Principal Chief Conservator of Forest … forest officials": a post's domain, a word the text also
            # writes in lower case, no place ("the District Commissioner of Kilosa" stays one)
            continue
        if st == "" and i == j and why in ("preposition", "comma") and tokens[i].text in _languages():
            continue  # "scripts in German, English and French", "published in Urdu": a language, not a place
        if (
            why == "head"
            and _BORDER_AFTER.match(text, end)
            and (
                "-" in text[start:end]
                or (i == j and tokens[i].text.endswith("ed") and opens_a_line_or_sentence(text, start))
            )
        ):
            # "the Thai-Myanmar border", "Reinforced border controls": two places a border parts (found on their
            # own), a participle opening a sentence
            continue
        if (
            why == "head"
            and (_BORDER_AFTER.match(text, end) or _INDUSTRIAL_AFTER.match(text, end))
            and all(
                w in _PERSON_GROUP_WORDS or w in _COMPASS_WORDS or w in KNOWN_ORGS or people_adjective(w)
                for w in text[start:end].split()
            )
        ):
            continue  # "Greek border police", "the Southern border", "Arab border tribes": whose or which border
            # (not a name holding such a word: "the Lao Bao border area")
        if st == "" and i == j:
            if why == "head" and (
                (tokens[i].text.endswith(_DEMONYM_ENDINGS) and _ADJECTIVE_HEAD_AFTER.match(text, end, end + 25))
                or people_adjective(tokens[i].text)
                or _regional_adjective(tokens[i].text)
            ):
                # "the Belgian port of Antwerp", "the Asian market", "the Greek island of Crete", "off the
                # Libyan coast": a people's adjective before a place word
                continue
            if (
                why == "preposition"
                and prev == "in"
                and text[end : end + 1] in (")", ",")
                and _GLOSS_BEFORE.search(text, max(0, prev_start - 50), prev_start)
            ):
                continue  # 'Operation Karvon ("caravan" in Uzbek)': a word's language, not a place
        if why == "preposition" and st != "no" and prev in _LOCATIVE_PREPOSITIONS:
            # "at Akrokerri and Kwapea", "in Lekki, Ajah and Ikorodu": the list goes on with places
            last = r
            while last + 1 < len(runs) and gaps[last] in _LIST_GAPS:
                last += 1
            # (not "in Dubai, Spanish, French and Dutch forces": a noun after the last makes them adjectives)
            if (st in ("strong", "weak") or _plain_name(text, tokens, i, j)) and _plain_name(text, tokens, *runs[last]):
                listing = "preposition"
        if st in ("no", "strong"):
            continue
        if why == "preposition" and st != "weak" and not (st == "" and _named_as_a_place(text, tokens, i, j, prev)):
            if not comma:
                continue
            why = "comma"  # "in Okada, Edo state": unknown after a preposition, but a known place follows
        if why == "comma" and status_of(r + 1) != "strong":
            continue
        if (
            why == "comma"
            and st == ""
            and i == j
            and tokens[i].text.endswith("ly")
            and (start == 0 or text[max(0, start - 4) : start].rstrip()[-1:] in ("", ".", "!", "?", "\n"))
        ):
            continue  # "Simultaneously, Paraguay's …": an adverb opening its sentence, not "Town, Country"
        if st == "" and _SHORT_FORM_AFTER.match(text, end):
            continue  # "mostly in Tether (USDT)": a name given with its short form is a body's or a thing's
        if st == "" and why == "preposition" and text[end : end + 1] == " " and _AMOUNT_AFTER.match(text, end):
            continue  # "goods valued at Ksh 50 million": a currency or a unit before its amount, not a place
        add(i, j, why)
    # A place the gazetteers know but would not take on sight, paired by "and" with one they take ("off the
    # coasts of Guerrero and Michoacán", "Sinaloa and Durango"): a place too, where nothing but a blank or a
    # stop follows it (not "Lagos and Ikeja Police", "Kenya and Morris said")
    placed = {(sp.start, sp.end) for sp in spans}  # (the runs read as places above)
    for r in range(1, len(runs)):
        if gaps[r - 1] not in (" and ", ", and "):
            continue
        i, j = runs[r]
        pi, pj = runs[r - 1]
        if (
            _PAIR_END.match(text, tokens[j].end)
            and (
                status_of(r) == "weak"
                # (one no gazetteer holds, where a preposition of place opens the pair: "moved to Sadao and Sungai
                # Kolok, two border towns", "seizures at Newry and Warrenpoint, Co Down")
                or (
                    status_of(r) == ""
                    and _plain_name(text, tokens, i, j)
                    # (not a name an apposition describes: "to London and Barclays, the bank, froze it",
                    # "to Chumphon and Chatchai, a police major,")
                    and not _APPOSITION_NEXT.match(text, tokens[j].end)
                    and _preposition_before(
                        text, *_word_before(text, tokens[runs[r - 1][0]].start), tokens[runs[r - 1][0]].start
                    )
                )
            )
            and (
                status_of(r - 1) == "strong"
                # (or, for a name no gazetteer holds, one read as a place above: "at Newry and Warrenpoint")
                or (status_of(r) == "" and (tokens[pi].start, tokens[pj].end) in placed)
            )
            # (not a person's or a club's name: "the ministers of Mexico and Garcia", "Liverpool and Chelsea")
            and not (
                any(tokens[k].text in family_names() or tokens[k].text in all_given_names() for k in range(i, j + 1))
            )
        ):
            add(i, j, "list")
    # Names sharing a plural place word: "Nairobi's Eastleigh and Kamukunji areas", "the Malinowski and
    # Tambopata rivers", "the Wosera, Maprik and Telefomin areas" (the list's earlier names too).
    for r in range(len(runs) - 1):
        if gaps[r] not in (" and ", ", and "):
            continue
        i2, j2 = runs[r + 1]
        # (the plural word capitalised as a heading's is the run's last word: "Chernivtsi and Mykolayiv Regions")
        capitalised_head = (
            j2 > i2 and tokens[j2].text in _PLURAL_HEADS_CAPITALISED and _plural_head_shared(text, tokens, i2, j2)
        )
        if capitalised_head or _PLURAL_HEAD_AFTER.match(text, tokens[j2].end, tokens[j2].end + 25):
            first = r
            while first > 0 and gaps[first - 1] == ", ":
                first -= 1
            for k in range(first, r + 2):
                if k == r + 1 and capitalised_head:
                    add(i2, j2 - 1, why="head")  # (a known name too: the capitals join it to the plural word)
                elif status_of(k) not in ("no", "strong"):
                    add(*runs[k], why="head")
    # Lists: items between commas and a final "and"; most of them known places.
    r = 0
    while r < len(runs):
        items = [r]
        while items[-1] + 1 < len(runs):
            if gaps[items[-1]] not in (", ", " and ", ", and ", " or "):
                break
            items.append(items[-1] + 1)
        if len(items) >= 3:
            known = sum(1 for k in items if status_of(k) in ("strong", "weak"))
            if known >= 2 and known * 2 >= len(items):
                for k in items:
                    if status_of(k) in ("weak", "") and runs[k][1] - runs[k][0] <= 1:
                        add(*runs[k], why="list")
                i, j = runs[items[-1]]
                if i < j and tokens[j].text in _BODY_PLURALS and status_of(items[-1]) == "no":
                    # "the Kisumu, Nakuru and Machakos Stations": the last name before the bodies' plural is a place
                    # as the others are
                    name = text[tokens[i].start : tokens[j - 1].end]
                    if _run_status(name, tuple(t.text for t in tokens[i:j]), strong, weak) != "no":
                        add(i, j - 1, why="list")
        r = items[-1] + 1
    # "Uberlândia (MG)", "Salvador (BA)": a state's two letters in brackets after a town the text or the
    # gazetteers name (not a wire's credit after a dateline: "ROME (AP) —")
    if " (" in text:
        token_at_end = {tok.end: k for k, tok in enumerate(tokens)}
        for m in _STATE_IN_BRACKETS.finditer(text):
            k = token_at_end.get(m.start())
            if k is None:
                continue
            one = place_key(tokens[k].text)
            two = place_key(text[tokens[k - 1].start : tokens[k].end]) if k > 0 else ""
            if one in strong or one in weak or two in strong or two in weak:
                spans.append(
                    Span(LOCATION, m.start(1), m.end(1), m.group(1), rule="place-context", extra={"kind": "state"})
                )
    if "year" in text and "old " in text:
        spans.extend(_aged_homes(text))
    # (a word numbered after it is a numbered part, not a place of that name: "in Sector 15 of Chandigarh", "in Ward
    # 12" gave "Sector", "Ward")
    # (only a common noun of a numbered part: a proper name before a number stays, "in Mathare 4", "in Kyuso 7")
    return [
        sp
        for sp in spans
        if " " in sp.name or sp.name.lower() not in _NUMBERED_PART_WORDS or not _NUMBER_AFTER_WORD.match(text, sp.end)
    ]


# A person's home town before "man" or "woman" after their age: "a 29-year-old Bankstown man", "a 46-year-old
# Fairfield West man", "a 43-year-old Termez resident" (the wire style of Australian, New Zealand and US police)
_AGED_HOME = re.compile(
    rf"\b\d{{1,3}}[- ]year[- ]old[ \t]+([{UPPER}][\w'’-]+(?:[ \t][{UPPER}][\w'’-]+){{0,2}})[ \t]+"
    r"(?:man|woman|men|women|resident|boy|girl|youth|teenager)\b"
)
_AFTER_PREPOSITION = re.compile(r"\b(?:in|from|at|near|of)[ \t]+([A-Z][\w'’-]+)")
_PERSON_GROUP_WORDS = word_list("person_group_adjectives") | word_list("people_adjectives_irregular")


def _aged_homes(text: str) -> list[Span]:
    """The home towns written between a person's age and "man" or "woman" (not a people's, a faith's or a
    group's word: "a 31-year-old Ukrainian man", "a 30-year-old Muslim woman")."""
    spans: list[Span] = []
    # (one unknown word there may be a people's or a group's no list holds, "a 35-year-old Fulani man": a place
    # only where the text names it so elsewhere, after a preposition; those names read once per text)
    named_after_preposition: set[str] | None = None
    for m in _AGED_HOME.finditer(text):
        name = m.group(1)
        if any(
            w in COMMON_CAPS
            or w in TITLE_WORDS
            or w in ORG_HEADS
            or w in KNOWN_ORGS
            or any(part in _PERSON_GROUP_WORDS or people_adjective(part) for part in w.split("-"))
            for w in name.split()
        ):
            continue
        if " " not in name and place_key(name) not in places() and place_key(name) not in weak_places():
            if named_after_preposition is None:
                named_after_preposition = set(_AFTER_PREPOSITION.findall(text))
            if name not in named_after_preposition:
                continue
        spans.append(Span(LOCATION, m.start(1), m.end(1), name, rule="place-context", extra={"kind": "home"}))
    return spans


_STATE_IN_BRACKETS = re.compile(r" \(([A-Z]{2})\)(?![ \t]*[-–—:])")


# --------------------------------------------------------------------------- datelines

#: How far into a text a dateline may stand (a headline, a byline, a
#: kicker line before it).
_DATELINE_CHARS = 600
# What follows a dateline's place on its line, before the story starts: a
# dash ("KINGSTON —"), a comma then a country, region or date and a dash
# ("VALLETTA, 14 February 2025 —", "TUMACO, Colombia (EFE) —"), or a wire
# credit in brackets or slashes ("HARARE (Reuters) -", "CHISINAU /MOLDPRES/"); a US state's abbreviation
# keeps its points ("GULFPORT, Miss. —", "ALBUQUERQUE, N.M. –").
_DATELINE_TAIL = re.compile(
    r"[ \t]*(?:[—–]|-[ \t]|\(|/|,(?:[^\n.!?]|\.(?=[A-Z]|[ \t]*(?:[—–(/]|-[ \t]))){1,60}?(?:[—–]|[ \t]-[ \t]|\(|/))"
)


# A place joined to a word by a hyphen: "a Kotor-based clan", "a Dar es Salaam-bound truck" (the name
# may be of a few words: the longest the gazetteers know is taken) ...
# (any participle: "-based", "-led", "-flagged", "-assisted", "-linked"; and "-born", "-bound", "-made", "-run",
# "-wide")
_JOINED_WORD = re.compile(r"-(?:born|bound|made|run|wide|[a-z]+ed)\b")
# (any capital letter: "the Đồng Nai Province-based unit", "the Şanlıurfa-based gang")
_NAME_BEFORE_HYPHEN = re.compile(
    rf"(?<![\w'’.])((?:[{UPPER}][\w'’.]*[ \t](?:[a-z]{{2,3}}[ \t])?){{0,3}}[{UPPER}][\w'’.]*)$"
)
# ... and two or more places joined before a border or a way between them: "the Kenya-Somalia border",
# "along the Kenya-Somalia and Kenya-Tanzania borders", "the Kano-Maiduguri corridor", "the Nairobi-Mombasa
# highway" (the words are found first, then the names before them: a pattern tried at every capital
# cost 5 % of all extraction)
# (or a group or drive the places are joined to name: "an India-Afghanistan syndicate", "the Kenya-Uganda
# operation", country names used attributively, as the guide lists them)
_WAY_WORD = re.compile(
    r"(?:b(?:orders?|oundary)|frontiers?|corridors?|highways?|r(?:oads?|outes?|ailway|ings?)|syndicates?|cartels?"
    r"|gangs?|networks?|connections?|operations?)\b"
)
# Every _WAY_WORD match opens on one of these: found with ``str.find``, the pattern tried there alone (its first
# letters are among the commonest, so re stopped at a third of the text's positions)
_WAY_WORDS = (
    "border",
    "boundary",
    "frontier",
    "corridor",
    "highway",
    "road",
    "route",
    "railway",
    "ring",
    "syndicate",
    "cartel",
    "gang",
    "network",
    "connection",
    "operation",
)
_JOINED_BEFORE_A_WAY = re.compile(
    # (the first place may have words before its hyphen: "along the Mae Sot-Myawaddy border")
    # (and the last may have words after it: "along the Botswana-South Africa border")
    r"(?<![\w'’-])((?:[A-Z][\w'’]*[ \t]){0,2}[A-Z][\w'’]*(?:-[A-Z][\w'’]*(?:[ \t][A-Z][\w'’]*){0,2})+)[ \t]"
    r"(?:and[ \t]([A-Z][\w'’]*(?:-[A-Z][\w'’]*)+)[ \t])?$"
)


# (the words' first letters first, so re skips ahead to them: see .patterns)
_ROUTE_AFTER_TRAVEL = re.compile(
    dispatch(["to", "from", "via", "between"], word_start=True) + r"[ \t]+([A-Z][\w'’]*(?:-[A-Z][\w'’]*)+)(?![\w'’-])"
)


def _known_place(name: str) -> bool:
    key = place_key(name)
    return key in places() or key in weak_places()


def joined_place_spans(text: str) -> list[Span]:
    """Places the gazetteers know inside a hyphenated word, where the word
    around them says place: "-based", "-bound" after a place, a border
    between two places (names of peoples or unknown words are left: "the
    Tajik-Afghan border")."""
    spans: list[Span] = []
    for w in _JOINED_WORD.finditer(text):
        m = _NAME_BEFORE_HYPHEN.search(text, max(0, w.start() - 80), w.start())
        if m is None:
            continue
        words = m.group(1).split()
        for k in range(len(words)):  # the longest name the gazetteers know, ending at the hyphen
            name = " ".join(words[k:])
            if _known_place(name):
                spans.append(Span(LOCATION, w.start() - len(name), w.start(), name, rule="place-joined"))
                break
    for w in matches_at_words(_WAY_WORD, text, _WAY_WORDS):
        if text[w.start() - 1 : w.start()] not in (" ", "\t") or "-" not in text[max(0, w.start() - 60) : w.start()]:
            continue
        m = _JOINED_BEFORE_A_WAY.search(text, max(0, w.start() - 120), w.start())
        if m is None:
            continue
        for g in (1, 2):
            if m.group(g) is None:
                continue
            pos = m.start(g)
            for part in m.group(g).split("-"):
                # (the longest known name ending at the hyphen: "Mae Sot" of "the Thai Mae Sot-…")
                words_ = part.split()
                for k in range(len(words_)):
                    name = " ".join(words_[k:])
                    if _known_place(name):
                        spans.append(
                            Span(LOCATION, pos + len(part) - len(name), pos + len(part), name, rule="place-joined")
                        )
                        break
                pos += len(part) + 1
    # a route of cities joined by hyphens after a word of travel: "was to fly to Doha-Bangkok"; each part a city the
    # gazetteers know, the whole no place of its own
    if "-" in text:
        for m in _ROUTE_AFTER_TRAVEL.finditer(text):
            joined = m.group(1)
            parts = joined.split("-")
            # (cities: countries so joined are often one, "Bosnia-Herzegovina", "Timor-Leste")
            if _known_place(joined) or not all(places().get(place_key(part)) == "city" for part in parts):
                continue
            pos = m.start(1)
            for part in parts:
                spans.append(Span(LOCATION, pos, pos + len(part), part, rule="place-joined"))
                pos += len(part) + 1
    return spans


def dateline_place_spans(text: str, tokens: list[Token]) -> list[Span]:
    """The place of a dateline written in capitals at the start of a line
    near the top ("KINGSTON, Jamaica — Two men …", "VALLETTA, 14 February
    2025 — …"): a place whether or not the gazetteers know it (in capitals
    it would otherwise pass for an acronym). The first line, the headline,
    is not a dateline."""
    spans: list[Span] = []
    first_break = text.find("\n")
    if first_break < 0:
        return spans
    n = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.start >= _DATELINE_CHARS:
            break
        if tok.start <= first_break or not tok.allcaps or not opens_its_line(text, tok.start):
            continue
        j = i
        while j + 1 < n and j - i < 3:
            gap_text = text[tokens[j].end : tokens[j + 1].start]
            if gap_text == " " and tokens[j + 1].allcaps:
                j += 1
            elif gap_text in ("'", "’") and tokens[j + 1].text == "S" and j + 2 < n and tokens[j + 2].allcaps:
                j += 2  # "COX'S BAZAR, Oct 14 —"
            else:
                break
        name = text[tok.start : tokens[j].end]
        if sum(c.isalpha() for c in name) < 4 and places().get(place_key(name)) not in ("city", "town"):
            continue  # "NCB, Delhi —": three letters are an acronym's, not a town's (unless a town's: "JOS –", "UYO –")
        if any(t.text in KNOWN_ORGS or t.text in NOT_ORG_CAPS for t in tokens[i : j + 1]):
            continue  # a body or a page label: "FILE – Customs officers inspect …"
        if not _DATELINE_TAIL.match(text, tokens[j].end):
            continue
        spans.append(Span(LOCATION, tok.start, tokens[j].end, name, rule="place-dateline"))
        break  # one dateline
    return spans
