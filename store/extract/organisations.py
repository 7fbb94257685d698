"""ORG mentions: acronyms defined in the text, head-word chains, known bodies, criminal groups."""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace

from .gazetteer import MAX_PLACE_TOKENS, country_keys, place_key, places
from .lexicon import (
    COMMON_CAPS,
    KNOWN_ORG_PHRASE_SET,
    KNOWN_ORG_PHRASES,
    KNOWN_ORGS,
    NOT_ORG_CAPS,
    ORG_HEADS,
    ORG_LEADS,
    ORG_LOWER_TAILS,
    TITLE_ALTERNATION,
    TITLE_WORDS,
    TITLE_WORDS_LOWER,
    common_noun,
    name_shaped,
)
from .names import all_given_names, family_names, given_names
from .numbers import NUMBER_WORDS, SCALE_WORDS
from .operations import HEADLINE_VERBS, KEYWORD_WORDS, OP_STOP
from .patterns import UPPER, by_first_character, dispatch, matches_at_words
from .places import _COMPASS_WORDS, LOCATIVE_HEAD_AFTER, people_adjective
from .tokens import (
    CALENDAR_WORDS,
    CONNECTORS,
    FEAST_WORDS,
    JOINERS,
    LOCATION,
    ORG,
    PERSON,
    YEAR_WORD,
    Span,
    Token,
    ends_before_a_lone_the,
    gap,
    is_roman,
    joined,
    opens_its_line,
)
from .truecase import reports_result
from .wordlists import entries, words
from .wordlists import words as word_list

# Patterns used inside loops, compiled once.
_GANG_CONTEXT = re.compile(r"gang|cartel|mara|group|members|criminal|belonging")
_NAMED_THING_BEFORE = re.compile(r"(Project|Operation|programme|project)\s$")
#: The known bodies that are criminal groups (their reasons say so): a chapter's place may open their name
_KNOWN_GANGS = frozenset(
    entry
    for name in ("known_org_phrases", "known_orgs")
    for entry, why in entries(name)
    if any(w in why for w in ("gang", "mafia", "crime group", "confraternity"))
)
# One capitalised word right before a name, after a word in lower case or an article: "the Waikato Mongrel Mob"
_CHAPTER_PLACE_BEFORE = re.compile(r"(?:^|(?<=[a-z,] )|(?<=\n))([A-Z][a-z][\w'’-]*) $")
_LAW_WORDS = word_list("law_words")
_STATE_NOUNS = word_list("state_nouns")
# the plurals of a body's kind, which end no one body's name ("Courts" does: "Milimani Law Courts")
_PLURAL_KINDS = word_list("org_plural_kinds")
_STAFF_PLURALS = word_list("org_staff_plurals")
# a title-case headline's verbs ("Federal Police Conducts …", "Greek Police Announce …"; not "Against", which a
# body's name may hold: "Coalition Against Trafficking in Women")
_HEADLINE_VERBS = HEADLINE_VERBS - {"Against"}
_GENERAL = frozenset(("General", "Generale", "Générale", "General's"))  # after a head: "Directorate General"
#: Ranks (the title words whose reason says so), less "General", which follows a head in a body's name
_RANKS = frozenset(w for w, why in entries("title_words") if "rank" in why) - _GENERAL
_KNOWN_PHRASES_BY_LAST: dict[str, list[str]] = {}
for _phrase in KNOWN_ORG_PHRASES:
    _KNOWN_PHRASES_BY_LAST.setdefault(_phrase.rsplit(None, 1)[-1], []).append(_phrase)
_SENTENCE_GOES_ON = re.compile(r"[ \t]*(?:[,;:)]|[ \t][a-z0-9])")
_SUM_GOES_ON = re.compile(r"[,.]\d|\s?(?:million|billion|crore|lakh|mil|mln|bn|m|k)\b", re.I)
_DOMAIN_HEADS = words("org_domain_heads")
_PLACE_ACRONYM_HEADS = words("place_acronym_heads")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’.-]*)[ \t]+$")
_KNOWN_PHRASES = re.compile(dispatch([re.escape(p) for p in KNOWN_ORG_PHRASES], word_start=True) + r"\b")
_NAME_GOES_ON_AFTER = re.compile(rf" (?:de|del|da|do|di|de la) [{UPPER}0-9]")
# A post before "of" and a field with no article: "Director of | Police Services"
_POST_OF_BEFORE_NAME = re.compile(rf"\b(?:{TITLE_ALTERNATION})\s+(?:of|for)\s+$")
# Plural heads that name a field of work as well as a body: "Police Services", "Public Affairs"
_FIELD_HEADS = words("org_field_heads")
# The levels a post is named by: "Regional Police Commander", "County Police Commander"
_LEVEL_WORDS = words("org_post_level_words")
_GROUP_HEAD_AFTER = re.compile(r" (?:" + "|".join(entry for entry, _ in entries("group_head_words")) + r")\b")
_GANG_CODE = re.compile(r"[A-Z][A-Za-z]{1,10}-?\d{1,3}")
_ACRONYM_IN_BRACKETS = re.compile(r"\(([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})\)")
# The same, only where the character before the "(" is none of ".;:()": after one of them nothing of the bracket's
# sentence part stands before it (``_nothing_before``), and every loop over the brackets skips it. (Nothing inside
# a match is a "(", so skipping one does not move where the next may start: a line of "(NCB)(PTI)…" costs no
# Python per bracket.)
_ACRONYM_AFTER_WORDS = re.compile(r"\((?<![.;:()]\()([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})\)")
_SENTENCE_PART_BREAK = re.compile(r"[.;:()\n]|\s[–—-]\s")
_UNIT_CODE = re.compile(r"[A-Z]\d{2,3}")  # a ministry's department by its code: "C04", "A05"
_GANG_CODE_SHORT = re.compile(r"[A-Z]{1,4}-?\d{1,3}")
_CAPITALISED_TAIL = re.compile(r"((?:[A-Z][\w'’-]{1,40}\s+){1,4})$")
_CHAIN_OF_BEFORE = re.compile(r"((?:[A-Z][\w'’-]{0,40}\s)+(?:of|for|on)(?: the)?\s)$")
_CHAIN_OF_ENDS = ("of", "for", "on", "the")  # the last word of every _CHAIN_OF_BEFORE match
_POSSESSIVE_IN = re.compile(r"['’]s ")


# --------------------------------------------------------------------------- acronyms


def _long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst: the shortest ending of ``candidate`` that spells ``short``."""
    s = len(short) - 1
    lpos = len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalpha():
            s -= 1
            continue
        while lpos >= 0 and (candidate[lpos].lower() != c or (s == 0 and lpos > 0 and candidate[lpos - 1].isalnum())):
            lpos -= 1
        if lpos < 0:
            return None
        lpos -= 1
        s -= 1
    start = candidate.rfind(" ", 0, lpos + 1) + 1
    found = candidate[start:]
    if not _initials_spell(found, short):
        # the shortest ending may take letters from inside a word ("Corporate Communications Unit (CCU)"
        # gives "Communications Unit"): the few words before it whose initials spell the letters win
        words = candidate[:start].split()
        for k in range(1, min(len(words), len(short)) + 1):
            longer = " ".join(words[-k:] + [found])
            if _initials_spell(longer, short):
                return longer
        # or its first words spell them and a place or unit follows ("Philippine Drug Enforcement
        # Agency in Central Visayas (PDEA-7)": the agency; the region is its office's, not its name)
        own = found.split()
        for k in range(len(own) - 1, 1, -1):
            if own[k] in ("in", "for", "of") and _initials_spell(" ".join(own[:k]), short):
                return " ".join(own[:k])
        # or the letters spell the name's first words and leave out its last one or two ("Counter-Terrorism and
        # Organized Crime Investigation Branch (C-TOC)"): the whole name, not the ending the letters were
        # found in
        for k in range(1, min(len(words), len(short)) + 1):
            longer = " ".join(words[-k:] + [found])
            if _initials_open(longer, short):
                return longer
    return found


def _last_sentence_part(left: str) -> str:
    """``_SENTENCE_PART_BREAK.split(left)[-1]``, the part after the last break,
    split only from the last of ``.;:()``: such a character is a break of its
    own (never inside a spaced dash), so the split from just after it ends in
    the same part — and a line of "(NCB) (PTI) …" is not cut into pieces for
    every bracket."""
    cut = max(left.rfind("."), left.rfind(";"), left.rfind(":"), left.rfind("("), left.rfind(")"))
    return _SENTENCE_PART_BREAK.split(left[cut + 1 :])[-1]


def _nothing_before(text: str, pos: int) -> bool:
    """Whether the part of its sentence before a bracket at ``pos`` is empty, as
    ``_last_sentence_part`` finds it in the 160 characters before: only blanks
    there, or a break (``.;:()``) right before the blanks. Walked back over the
    blanks alone, so a line of "(NCB) (PTI) …" costs each bracket its blanks."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k <= max(0, pos - 160) or text[k - 1] in ".;:()"


#: What ends a sentence's part for ``_nothing_before``: right before a bracket, nothing is before it.
_BREAKS = frozenset(".;:()")


def _title_case_acronym(text: str, bracket: int, short: str) -> bool:
    """Whether a word written in title case in brackets is the short form of the words before it,
    as the press of several countries writes short forms ("the Anti-Money Laundering Office (Amlo)",
    "Narcotics Control Board (Oncb)"): the initials of the words just before spell it."""
    if not (3 <= len(short) <= 6 and short.isalpha() and short[0].isupper() and short[1:].islower()):
        return False
    words = text[max(0, bracket - 120) : bracket].split()
    return any(
        _initials_spell(" ".join(words[-k:]), short) for k in range(len(short), min(len(words), len(short) + 3) + 1)
    )


_PLURAL_ARTICLE_NAME = re.compile(
    rf"(?<![\w-])(?:Los|Las)[ \t]+([{UPPER}][a-záéíóúñü]+)(?:[ \t]+[{UPPER}][a-záéíóúñü]+)?"  # ("Los Halcones Negros")
    rf"(?:[ \t]+(?:de|del)[ \t]+(?:la[ \t]+|los[ \t]+)?[{UPPER}][\w]+)?"
)
_GROUP_WORDS_NEAR = re.compile(
    r"(?i)\b(?:gangs?|cartels?|groups?|clans?|members?|criminals?|criminal|organi[sz]ations?|factions?|syndicates?"
    r"|mafias?|terrorists?|terrorist|bands?|crime|drug\s+lords?|narco\w*)\b"
)


def _sentence_around(text: str, start: int, end: int, reach: int = 200) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end`` (at most ``reach`` characters either side)."""
    lo = max(0, start - reach)
    cut = max(
        text.rfind(".", lo, start), text.rfind("\n", lo, start), text.rfind("!", lo, start), text.rfind("?", lo, start)
    )
    hi = min(len(text), end + reach)
    ends = [k for k in (text.find(".", end, hi), text.find("\n", end, hi)) if k >= 0]
    return (cut + 1 if cut >= 0 else lo), (min(ends) if ends else hi)


_HEADLINE_NUMBERS = word_list("headline_number_words")  # ("Regional Division Seven": a unit's number, no verb)


def _result_verb_form(word: str) -> bool:
    """A verb of results in a headline's present tense: "Seizes", "Seize", "Intercepts", "Nabs" (not a past
    participle, which a body's name may hold: "Seized Assets Management Unit")."""
    low = word.lower()
    return not low.endswith("ed") and low not in _HEADLINE_NUMBERS and reports_result(low)


_OWNER_BODY_BEFORE = re.compile(r"([A-Z][\w-]*)(?:['’]s?|s['’])[ \t]+$")


def _owned_by_a_body(text: str, start: int) -> bool:
    """Whether a body's possessive stands right before ``start``: "the Ministry of Home Affairs’ | Indian Cyber Crime
    Coordination Centre (ICCC)" (the letters are the owned body's; the owner is a name of its own)."""
    m = _OWNER_BODY_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    chain = text[max(0, m.start() - 60) : m.end()]
    return any(w.strip("'’") in ORG_HEADS for w in chain.split())


_CODE_WORD = re.compile(r"(?<![\w-])[A-Z]\d{2,3}(?![\w-])")


def _code_counts(text: str) -> dict[str, int]:
    """How often each code of one letter and digits ("C04") stands in a text (counted once per text)."""
    counts: dict[str, int] = {}
    for code in _CODE_WORD.findall(text):
        counts[code] = counts.get(code, 0) + 1
    return counts


_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")


# A body's name joined to a participle of leading before another name: "Australian Federal Police-led |Australian
# Centre" (a body's head word or known name before the hyphen: not "Cyber-enabled Crime Unit", "Gender-based …")
_PARTICIPLE_COMPOUND = re.compile(r"(\w+)-(?:led|backed|funded|sponsored|supported|coordinated|run)\s+(?=[A-Z])")


def acronym_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    table = places()
    codes: dict[str, int] | None = None  # how often each code of a letter and digits stands, read where asked
    for m in _ACRONYM_AFTER_WORDS.finditer(text):
        short = m.group(1)
        if len(short) > 20:
            continue
        if (
            _UNIT_CODE.fullmatch(short)
            and (tail := _CAPITALISED_TAIL.search(text, max(0, m.start() - 160), m.start()))
            and tail.group(1).split()[-1] in ORG_HEADS
            # (the text calls the unit by it again: not a road's, a jet's or a form's code, "Highways Agency (M25)
            # closed the road")
            and (codes := codes if codes is not None else _code_counts(text)).get(short, 0) >= 2
        ):
            # "the Drug Crime Investigation Police Department (C04)": a unit's code of one letter and digits, its
            # name the body's before it (found as bodies are) and the code a body wherever written
            spans.append(Span(ORG, m.start(1), m.end(1), short, rule="acronym"))
            continue
        if sum(map(str.isupper, short)) < 2 and not _title_case_acronym(text, m.start(), short):
            continue
        if _AMOUNT_OF_AFTER.match(text, m.end(1)):
            continue  # "Standard Drug Price (SDP) of P27,404,000": a measure and its letters, not a body
        if text[m.start() - 1 : m.start()] in _BREAKS or _nothing_before(text, m.start()):
            continue  # "(NCB) (PTI)": no long form, no initials (found without copying the words before)
        # the words before "(" in the same sentence
        left = text[max(0, m.start() - 160) : m.start()].rstrip()
        left = _last_sentence_part(left)
        if not left:
            continue  # nothing before the bracket in its sentence: no long form, no initials ("(NCB) (PTI)")
        words = left.split()
        n_letters = sum(map(str.isalpha, short))
        candidate = " ".join(words[-min(len(words), n_letters + 5) :])
        long = _long_form(short, candidate)
        if long is None and 2 <= len(short) <= 3 and short.isalpha() and short.isupper():
            # "the Federal Police (PF)", "the National Police (PN)": a name in English, its letters in the order of
            # the name in its own language (Polícia Federal, Policía Nacional)
            ws = candidate.split()[-len(short) :]
            before_ws = candidate.split()[-len(short) - 1 : -len(short)]
            if (
                len(ws) == len(short)
                and all(w[:1].isupper() for w in ws)
                and "".join(w[0] for w in reversed(ws)) == short
                and ws[-1] in ORG_HEADS
                # (not a measure after its number, nor any such place after "a": "2,000 Tax Value Units (UVT)", "a
                # Detention Center (CD)")
                and not (before_ws and (before_ws[0][:1].isdigit() or before_ws[0].lower() in ("a", "an")))
            ):
                long = " ".join(ws)
        if long and " " not in long and long in ORG_HEADS and _CAPITAL_WORD_BEFORE.search(candidate[: -len(long)]):
            # "the Mozambique Revenue Authority (AT)": letters of the name in its own language (Autoridade
            # Tributária), whose first letter the head word alone spells; the name is the whole chain's, found as
            # bodies are, not its last word; its letters are the body's all the same
            spans.append(Span(ORG, m.start(1), m.end(1), short, rule="acronym"))
            continue
        gang_code = _GANG_CODE_SHORT.fullmatch(short) is not None  # "MS-13", "M18"; not "EC3" alone
        if gang_code and long and not any(w.strip(",") in ORG_HEADS for w in long.split()):
            long = None  # "Mara Salvatrucha (MS-13)": read below as a code of initials
        if not long:
            # "Mara Salvatrucha (MS-13)": a code whose letters are the initials
            # of the capitalised words before it.
            letters = "".join(c for c in short if c.isalpha())
            code = any(c.isdigit() for c in short)
            tail = _CAPITALISED_TAIL.search(left + " ")
            if not (code and letters and tail):
                continue
            words_before = tail.group(1).split()[-len(letters) :]
            if "".join(w[0] for w in words_before).upper() != letters.upper():
                continue
            long_name = " ".join(words_before)
            long_start = text.rfind(long_name, 0, m.start())
            spans.append(Span(ORG, long_start, long_start + len(long_name), long_name, rule="acronym"))
            spans.append(Span(ORG, m.start(1), m.end(1), short, rule="acronym", alias_of=long_name))
            continue
        long = long.strip(" ,")
        if ", the " in long:  # "Peru, the National Police of Peru (PNP)": the name is after the comma
            long = long.rsplit(", the ", 1)[1]
        lwords = long.split()
        while (
            lwords
            and (
                lwords[0].lower() in CONNECTORS
                or not lwords[0][0].isupper()
                # a sentence's opening word and its comma: "Simultaneously, Paraguay's National Anti-Drug
                # Secretariat (SENAD)" ("Bureau of Alcohol, Tobacco, …" has its comma later)
                or (
                    lwords[0].endswith(("ly,", "while,"))  # ("Zakat, Tax and Customs Authority" keeps its first word)
                    and len(lwords) > 1
                    and lwords[0][:-1] not in ORG_HEADS
                    and place_key(lwords[0][:-1]) not in places()
                )
            )
        ):
            lwords.pop(0)
        if not lwords or lwords[-1] == "Operation":
            continue  # "an Intelligence Based Operation (IBO)": a kind of operation and its letters, no body
        head_body, dash, rest = lwords[0].partition("-")
        if dash and rest[:1].isupper() and head_body in KNOWN_ORGS:
            # "the UNODC-World Customs Organization (WCO) Programme": two bodies, the letters the second's
            lwords[0] = rest
        long = " ".join(lwords)
        long_end = m.start()
        while long_end > 0 and text[long_end - 1].isspace():
            long_end -= 1  # before the blanks before "(" (walked back, not a copy of the text up to it)
        if text[long_end - 1 : long_end] == "," and not long.endswith(","):
            long_end -= 1  # "the Department of State Security Services, (DSS)": a stray comma before the letters
        if text[long_end - 2 : long_end] in ("'s", "’s") and long.endswith(text[long_end - 2 : long_end]):
            long = long[:-2]  # "U.S. Immigration and Customs Enforcement's (ICE) …": the owner, not its 's
            long_end -= 2
        elif text[long_end - 1 : long_end] in ("'", "’") and long.endswith(text[long_end - 1 : long_end]):
            long = long[:-1]  # "the Directorate of Criminal Investigations' (DCI) …": a plural owner's mark
            long_end -= 1
        long_start = text.rfind(long, 0, long_end + 1)
        if long_start < 0:
            continue
        if _IN_PLACE_GAP.fullmatch(text, long_start + len(long), long_end):
            long_end = long_start + len(long)  # "… Agency in Central Visayas (PDEA-7)": the region is no part of it
        # "Bureau of Alcohol, Tobacco, Firearms and Explosives": reach back over "Bureau of".
        chain_before = text[max(0, long_start - 60) : long_start]
        ext = (
            _CHAIN_OF_BEFORE.search(chain_before)
            if chain_before[-1:].isspace() and chain_before.rstrip().endswith(_CHAIN_OF_ENDS)
            else None  # (a window not ending in "of ", "for ", "on " or "the " is not searched)
        )
        if (
            ext
            and _initials_spell(text[long_start:long_end], short)
            and (
                not any(w in ORG_HEADS or w in ORG_LEADS for w in ext.group(1).split())
                or any(w in ORG_HEADS for w in text[long_start:long_end].split())
            )
        ):
            # "Operatives of the National Drug Law Enforcement Agency (NDLEA)": the letters are spelt;
            # "the Lagos Zonal Directorate of the Economic and Financial Crimes Commission (EFCC)":
            # spelt by a whole body's name, the unit before it is another organisation
            ext = None
        elif ext and not any(w in ORG_HEADS or w in ORG_LEADS or w in _ORG_FIRST_WORDS for w in ext.group(1).split()):
            # "Operatives of the Philippine Drug Enforcement Agency Regional Office 7 (PDEA-7)": people of the
            # body, not a body's name going on before it ("Bureau of Alcohol, …" has its head word)
            ext = None
        if not ext:
            # "Standing Committee on Operational | Cooperation on Internal Security (COSI)",
            # "National | Administration of Conservation Areas (ANAC)": the name's own
            # chain goes on before the letters the acronym spells.
            ext = None
            if not _initials_spell(text[long_start:long_end], short) and not _owned_by_a_body(text, long_start):
                ext = _CHAIN_BEFORE.search(text, max(0, long_start - 80), long_start)
            if ext and not any(w in ORG_HEADS or w in ORG_LEADS or w in _ORG_FIRST_WORDS for w in ext.group(1).split()):
                ext = None
        if ext:
            lead = ext.group(1).split()
            # (an owner named with a possessive keeps its own country word: "the Jamaica Constabulary
            # Force's Counter-Terrorism … Branch (C-TOC)"; the possessive is split off below)
            owner = len(lead) > 1 and lead[-1].endswith(("'s", "’s"))
            while lead and ((place_key(lead[0]) in country_keys() and not owner) or lead[0] in _CAPS_NOT_HEADS):
                if lead[0] in _ORG_FIRST_WORDS and place_key(lead[0]) not in country_keys():
                    break
                lead.pop(0)
            if lead and lead[0][0].isupper():
                long_start = text.rfind(" ".join(lead), 0, long_start)
        for phrase in _KNOWN_PHRASES_BY_LAST.get(text[long_start:long_end].rsplit(None, 1)[-1], ()):
            if len(phrase) > long_end - long_start and text.startswith(phrase, long_end - len(phrase)):
                # "the Pacific Islands Forum Fisheries Agency (FFA)": the letters spell the end of a known name
                long_start = long_end - len(phrase)
                break
        force = _FORCE_WORD_BEFORE.search(text, max(0, long_start - 24), long_start)
        if force and _initials_spell(text[long_start:long_end], short):
            # "the Police Special Task Force (STF)": the force's word opens the unit's name though its letters
            # leave it out (after "the" or a line's start only: "the Sri Lanka Police Special Task Force" is two)
            long_start = force.start(1)
        demonym = _DEMONYM_BEFORE.search(text, max(0, long_start - 24), long_start)
        if demonym and people_adjective(demonym.group(1)) and text[long_start : long_start + 1].isupper():
            # "the Kenyan Directorate of Criminal Investigations (DCI)": a nationality adjective written with the
            # name stays in it (the guide's "Brazilian Federal Police"), though the letters do not spell it
            long_start = demonym.start(1)
        long_text = text[long_start:long_end]
        # Long forms starting with a country ("US Homeland Security Investigations")
        first, second = (long_text.split() + [""])[:2]
        if (
            place_key(first) in country_keys()
            and len(long_text.split()) > 2
            and (first.isupper() or second in TITLE_WORDS)
        ):
            long_start += len(first) + 1
            long_text = text[long_start:long_end]
        led = max(
            (
                hit
                for hit in _PARTICIPLE_COMPOUND.finditer(long_text)
                # (a known body, or a body's head word closing a name of several words: "Federal Police-led"; not
                # "Intelligence-led Policing Unit", one name)
                if hit.group(1) in KNOWN_ORGS
                or (hit.group(1) in ORG_HEADS and long_text[: hit.start()].rstrip()[-1:].isalpha())
            ),
            key=lambda hit: hit.end(),
            default=None,
        )
        if led is not None:
            # "the Australian Federal Police-led Australian Centre to Counter Child Exploitation (ACCCE)": the body
            # that leads it is another
            long_start += led.end()
            long_text = text[long_start:long_end]
        kind = table.get(place_key(long_text))
        long_words = long_text.split()
        if not kind and (
            long_words[0] in TITLE_WORDS
            # a rank with its grade before it: "Senior Superintendent of Police (SSP)", "Additional
            # Commissioner of Customs (ACC)" (not "Police Commissioner …": a body's word opens it)
            or (
                len(long_words) > 2
                and long_words[1] in TITLE_WORDS
                and long_words[2] in ("of", "for")
                and long_words[0] not in ORG_HEADS
                and long_words[0] not in ORG_LEADS
            )
        ):
            continue  # "Inspector-General of Police (IGP)": a post, not a body
        if kind or (
            (
                long_words[-1] in _PLACE_ACRONYM_HEADS
                or (long_words[0] in _PLACE_ACRONYM_HEADS and long_words[1:2] == ["of"])
            )
            and not any(w.strip(",") in ORG_HEADS for w in long_words)
            and not _name_goes_on_before(text, long_start)
        ):
            # "Jomo Kenyatta International Airport (JKIA)": a place's letters, a place as its name is (whole:
            # "the Tarvo Special Administrative Region (SAR)" spells only part of the name, read as a place's)
            etype = LOCATION
        elif any(
            part in ORG_HEADS or part in ORG_LEADS
            # (a head word joined by a hyphen counts too: "Inter-Services Public Relations (ISPR)", "Maritime
            # Analysis and Operations Center-Narcotics (MAOC-N)")
            for w in long_text.split()
            for part in w.strip(",").split("-")
        ):
            etype = ORG
        else:
            continue  # programmes, systems, protocols: not entities
        parts = [(long_start, long_end)]
        poss = _POSSESSIVE_IN.search(long_text)
        if poss and etype == ORG and not _name_owner(long_text[: poss.start()]):
            poss = None  # "Prosecutor’s Office for …": the possessive is part of the name
        if poss and etype == ORG:
            cut = long_start + poss.start()
            parts = [(long_start, cut), (cut + 3, long_end)]
        for k, (s, e) in enumerate(parts):
            name = text[s:e]
            if name.split()[0] in _PLAIN_CAPS and len(name.split()) == 1:
                continue
            owner_kind = table.get(place_key(name)) if k == 0 and len(parts) > 1 else None
            if owner_kind:
                # "Mozambique's National Institute for Fisheries Inspection (INIP)": the owner is a
                # place, as the guide has "Pakistan's Federal Investigation Agency" give LOCATION Pakistan
                spans.append(Span(LOCATION, s, e, name, rule="place", extra={"kind": owner_kind}))
                continue
            spans.append(Span(etype, s, e, name, rule="acronym", extra={"how": "acronym-long"}))
        spans.append(
            Span(
                etype,
                m.start(1),
                m.end(1),
                short,
                rule="acronym",
                alias_of=text[parts[-1][0] : parts[-1][1]],
                extra={"how": "acronym"},
            )
        )
    # The letters first, the body's name in brackets after them: "NAPTIP (National Agency for the Prohibition of
    # Trafficking in Persons)" (a body's name: a head or lead word in it, its initials spelling the letters)
    if " (" in text:
        for m in _LETTERS_THEN_NAME.finditer(text):
            short, long = m.group(1), m.group(2)
            if not _spelt_by(long, short) or not any(w in ORG_HEADS or w in ORG_LEADS for w in long.split()):
                continue
            if _OPERATION_KEYWORD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                # "Operation CAGE (Central America Gang Enforcement)", "codenamed CAGE (…)": an operation's letters
                continue
            if _THING_ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # "through a VPN (Virtual Private Network)": a thing, not a body
            words_of_long = long.split()
            if words_of_long[-1] in _PLACE_ACRONYM_HEADS or place_key(long) in table:
                continue  # "the FCT (Federal Capital Territory) Command": a place's letters, found with it
            spans.append(Span(ORG, m.start(2), m.end(2), long, rule="acronym", extra={"how": "acronym-long"}))
            spans.append(
                Span(ORG, m.start(1), m.end(1), short, rule="acronym", alias_of=long, extra={"how": "acronym"})
            )
    return spans


_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _crown_at(tokens: list[Token], k: int) -> bool:
    """Whether a Crown body's name opens at token ``k``: "Her Majesty's …", "His Majesty's …"."""
    return tokens[k].text in ("Her", "His") and k + 1 < len(tokens) and tokens[k + 1].text.startswith("Majesty")


_FORCE_WORD_BEFORE = re.compile(r"(?:(?<![\w'’-])[Tt]he[ \t]+|^)(Police|Army|Navy|Gendarmerie)[ \t]+$", re.M)
_DEMONYM_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:an|ian|ese|ish|i|ic))[ \t]+$")
# An operation's keyword or naming word just before letters: the letters are its codename
_OPERATION_KEYWORD_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(map(re.escape, sorted(KEYWORD_WORDS)))}|ops?\.|project|code-?named|dubbed|called|named)"
    r"[ \t]+$"
)
_THING_ARTICLE_BEFORE = re.compile(r"(?i)\ban?[ \t]+$")
# Letters in capitals, then a name in brackets: up to fifteen words, the first capitalised
# (a capital first, so re skips ahead to capitals; the "\b" before it is the lookbehind after it)
_LETTERS_THEN_NAME = re.compile(r"([A-Z](?<!\w.)[A-Z&]{1,9})[ \t]+\(([A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){1,14})\)")


def _spelt_by(long: str, short: str) -> bool:
    """Whether the letters of ``short`` are the initials of ``long``'s words in order, every capitalised word
    giving its initial and a small word giving its own or none ("NAPTIP": National Agency for the Prohibition
    of Trafficking in Persons)."""
    letters = [c.lower() for c in short if c.isalpha()]
    reachable = {0}  # how many letters the words so far can have spelt
    for word in long.replace("-", " ").split():
        small = word.lower() in _ACRONYM_SKIPPED or not word[0].isupper()
        step = {k + 1 for k in reachable if k < len(letters) and letters[k] == word[0].lower()}
        reachable = step | reachable if small else step
        if not reachable:
            return False
    return len(letters) in reachable


# --------------------------------------------------------------------------- organisations


# After a group's supposed name, words that make it people's origin: "of Arab and Asian nationalities"
_NATIONALITIES_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]*)?\s+(?:nationalit(?:y|ies)|nationals?|origins?|descent|citizens?)\b"
)
# Capitalised function words that are neither an organisation's head word
# nor its lead ("The", "Some"): trimmed from the front of a name.
_PLAIN_CAPS = COMMON_CAPS - ORG_HEADS - ORG_LEADS
_CAPS_NOT_HEADS = COMMON_CAPS - ORG_HEADS
# Words that may begin an organisation's name though they are common capitals.
_ORG_FIRST_WORDS = words("org_first_words")


#: Posts whose holder's office is a body: "Sheriff's Office", "Prosecutor's Office".
_OFFICE_HOLDERS = TITLE_WORDS | words("office_holders")
_COLLECTIVE_OWNERS = words("org_collective_owners")
# A place named with its kind ("Broward County", "Giza Governorate"): its possessive is a place's
_PLACE_HEAD_WORDS = words("place_heads")


def _possessive_joined(text: str, tokens: list[Token], chains: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Chains joined across a possessive that belongs to the name: "Federal Public
    Prosecutor’s Office", "Attorney General’s Office" — but not a place's or a
    known body's possessive ("Morocco’s Directorate-General", "Europol’s …")
    or one whose name holds a head word ("the Ministry of Forestry's
    Directorate …"), which the guide keeps apart."""
    if "’s " not in text and "'s " not in text:
        return list(chains)  # no possessive to join across
    table = places()
    out: list[tuple[int, int]] = []
    for i, j in chains:
        if out:
            pi, pj = out[-1]
            left, right = tokens[pj], tokens[i]
            if (
                pj + 1 == i
                and text[left.end : right.start] in ("’s ", "'s ")
                and right.text in ORG_HEADS
                and not left.allcaps
                and left.text not in KNOWN_ORGS
                and left.text not in _STATE_NOUNS  # "the Kingdom’s Customs Authority": a country's own word
                and left.text not in _PLACE_HEAD_WORDS  # "Broward County's Commission on …": a place's body
                # a body's own possessive: "Ministry of Environment and Forestry's Directorate General of …"
                # is two bodies ("Monroe County Sheriff's Office": the office of a post holder, one); so is a body
                # known by one word of its own ("Revenue’s Customs Service"): only a post holder's or a collective
                # owner's possessive opens a name ("People's Liberation Army")
                and (
                    left.text in _OFFICE_HOLDERS
                    or (not any(t.text in ORG_HEADS for t in tokens[pi : pj + 1]) and left.text in _COLLECTIVE_OWNERS)
                )
                and place_key(left.text) not in table
                and place_key(text[tokens[pi].start : left.end]) not in table
            ):
                out[-1] = (pi, j)
                continue
        out.append((i, j))
    return out


def _glued_acronym(words: list[str]) -> bool:
    """Whether a body's last word is the short form of the words before it, written without brackets
    ("Cuerpo Técnico de Investigación CTI", "Directorate of Criminal Investigations DCI")."""
    short = words[-1]
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = [w[0] for w in words[:-1] if w[:1].isalpha()]
    return short in ("".join(i for i in initials if i.isupper()), "".join(initials).upper())


def _generic_body(tokens: list[Token], a: int, b: int, *, unit: bool = False) -> bool:
    """Whether tokens[a..b] name a body only by its kind ("the Police", "the National
    Police", "the Border Police"): no name of its own to stand apart from the unit
    before it, as in "Directorate General of the National Police". A ``unit`` before
    "of the" may also say its level ("Directorate General", "Territorial Inspectorate"); one whose first word
    names a field of work is a unit of its own ("the Customs Division of the Ghana Revenue Authority")."""
    if unit and b > a and tokens[a].text in _DOMAIN_HEADS:
        return False
    return b - a < 3 and all(
        t.text in ORG_HEADS or t.text in ORG_LEADS or (unit and t.text in _UNIT_LEVELS) for t in tokens[a : b + 1]
    )


# the words of a unit's level, which name no unit apart ("Directorate General", "Territorial Inspectorate")
_UNIT_LEVELS = words("org_level_words")
_POST_NOUNS = words("org_post_nouns")
_PLACE_LETTERS = words("place_abbreviations")


def _chapter_start(text: str, start: int, name: str) -> int:
    """Where a known criminal group's name starts, its chapter's place included: "the Waikato Mongrel Mob",
    "the Sydney Comancheros" (a group's name holds the place word inside it, the guide says)."""
    if name not in _KNOWN_GANGS:
        return start
    before = _CHAPTER_PLACE_BEFORE.search(text, max(0, start - 30), start)
    if before and place_key(before.group(1)) in places() and before.group(1) not in COMMON_CAPS:
        return before.start(1)
    return start


def _place_then_head(tokens: list[Token], i: int, b: int) -> bool:
    """Whether a place's name of one to three words starts at ``tokens[i]`` and a body's head word follows it
    within ``tokens[i..b]`` ("Nepal Police", "Delhi Police", "Sri Lanka Customs")."""
    if not tokens[i].cap:
        return False  # ("of the …": the other split's)
    if place_key(tokens[i].text) in country_keys() and i + 1 <= b and tokens[i + 1].text in ORG_HEADS:
        return True
    table = places()
    for last in range(i, min(b - 1, i + 2) + 1):
        if tokens[last + 1].text in ORG_HEADS and place_key(" ".join(t.text for t in tokens[i : last + 1])) in table:
            return True
    return False


_TWO_LETTERS_IN_BRACKETS = re.compile(r"\(([A-Z]{2})\)")


def _letters_of_no_place(token: Token) -> bool:
    """Whether a word is letters in capitals that name no place ("NPF", "NCB"; not "NSW", "FCT", "USA")."""
    return (
        token.allcaps
        and len(token.text) >= 2
        and token.text not in _PLACE_LETTERS
        and place_key(token.text) not in places()
    )


def _split_of_the(tokens: list[Token], a: int, b: int, bracketed_pairs: AbstractSet[str]) -> list[tuple[int, int]]:
    """Split "Antinarcotics Directorate of the Colombian National Police" into the
    unit and the body it belongs to: at "of the", when the left side is two or
    more words holding a head word and the right side holds a head word.

    One pass from the right, so a chain of a thousand "X of the Y" costs a
    thousand steps (no recursion, no rescans)."""
    if b - a < 4:
        return [(a, b)]  # too short to split: two words, "of the", one word at the least
    heads_after = [False] * (b - a + 2)  # heads_after[k - a]: a head word in tokens[k..b]
    for k in range(b, a - 1, -1):
        heads_after[k - a] = tokens[k].text in ORG_HEADS or heads_after[k - a + 1]
    pieces: list[tuple[int, int]] = []
    start = a
    head_seen = False  # a head word in tokens[start..k-1]
    k = a
    while k <= b:
        unit_start = start + (tokens[start].text == "The")  # (the unit's own words: "The Lucknow Zonal Unit of …")
        if (
            k >= start + 2
            and k + 2 <= b
            and tokens[k].text == "of"
            and tokens[k + 1].text == "the"
            and head_seen
            # (or a body's letters alone after it: "Intelligence Response Team of the NPF")
            and (
                heads_after[k + 2 - a]
                or (
                    # (a unit's own name of three words or more, and a body's letters, not a place's or a post's:
                    # not "Office of the IGP", "High Court of the FCT")
                    k + 2 == b and k - start >= 3 and _letters_of_no_place(tokens[b])
                )
            )
            and not _generic_body(tokens, k + 2, b)
            # "General Inspectorate of the Romanian Police": a unit named only by its kind is no body apart
            and not _generic_body(tokens, start, k - 1, unit=True)
        ):
            pieces.append((start, k - 1))
            start, head_seen, k = k + 2, False, k + 2
            continue
        if (
            k >= start + 2
            and k + 2 <= b
            and tokens[k].text == "of"
            and tokens[k + 1].text == "the"
            and head_seen
            and k + 3 <= b
            and _generic_body(tokens, k + 2, b)
            # (a force's or a customs body's kind: not "the National Assembly", "the Federal Court", "the Royal Navy")
            and (tokens[b].text == "Police" or any(t.text == "Customs" for t in tokens[k + 2 : b + 1]))
            and not _generic_body(tokens, unit_start, k - 1, unit=True)
        ):
            # "the Cyber Police Department of the National Police": a unit of its own name, of a body named by its
            # kind in two words or more: both, as a body so named alone is one ("the National Police conducted …")
            # (not "Directorate General of the National Police", a unit named only by its level, nor "the Central
            # Bureau of Investigation of the Police", one body's whole name)
            pieces.append((start, k - 1))
            pieces.append((k + 2, b))
            return pieces
        if (
            k >= start + 2
            and k + 1 == b
            and tokens[k].text == "of"
            and head_seen
            and len(tokens[b].text) <= 6
            and _letters_of_no_place(tokens[b])
            # (two letters are a body's only where the text gives them in brackets: "of UP", "of KP" are states)
            and (len(tokens[b].text) >= 3 or tokens[b].text in bracketed_pairs)
            and not _generic_body(tokens, unit_start, k - 1, unit=True)
        ):
            # "The Lucknow Zonal Unit of NCB", "the Air Intelligence Unit of DRI": a unit, then its body's letters
            pieces.append((start, k - 1))
            pieces.append((b, b))
            return pieces
        if (
            k >= start + 2
            and k + 2 <= b
            and tokens[k].text == "of"
            and head_seen
            and _place_then_head(tokens, k + 1, b)
        ):
            # "Central Investigation Bureau of Nepal Police", "Special Cell of Delhi Police", "Revenue Task Force
            # of Sri Lanka Customs": a unit of a body named by its country or its place
            pieces.append((start, k - 1))
            start, head_seen, k = k + 1, False, k + 1
            continue
        head_seen = head_seen or tokens[k].text in ORG_HEADS
        k += 1
    pieces.append((start, b))
    return pieces


_VESSEL_PREFIXES = words("vessel_prefixes")
# The head words of a body's part, not of a body ("Cyber Police Department", "Information Team", "Zonal Unit")
_UNIT_HEADS = words("org_unit_heads")
# An indefinite article before a station named only by its force's word, maybe with its town: "at a Garda Station",
# "at a Limerick city Garda Station" (one of many, no body's name)
_A_STATION_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]|[Aa]n)[ \t]+(?:[\w-]+[ \t]+){0,2}$")
_STREET_WORDS = words("street_words")
_IDENTIFIED_AS_BEFORE = re.compile(r"\bidentified(?:\s+only)?\s+as\s+$|\binitials\s+(?:as\s+)?$")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")


# An airline's name (or two, joined by "and") between an article and "flight(s)"
_AIRLINE_FLIGHT = re.compile(
    # (or a preposition, as South Asian and Gulf releases write it: "arrived by Air Arabia flight", "on Emirates
    # flight EK648")
    r"\b(?:an?|the|separate|two|three|its|their|his|her|by|on|aboard|via)[ \t]+"
    r"((?:[A-Z][\w'’-]*[ \t]+){1,3}?(?:and[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}?)?)flights?\b"
)
_AIRLINE_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
_AIRCRAFT_AND_CLASS_WORDS = words("vehicle_makes") | words("aircraft_and_cabin_words")
_TRAVEL_WORDS = re.compile(
    r"\b(?:passengers?|travell?ers?|arrived|arriving|landed|flew|flying|boarded|departed|departing|aboard|transit"
    r"|disembarked|airport|returning|returned|travell?ing)\b",
    re.I,
)


_LONE_BODY_WORDS = words("lone_body_words")
_LONE_AGENT_AFTER = re.compile(
    r"[ \t]+(?:officers?|officials?|staff|teams?|said|says|seized|seizes|seize|detected|detects|intercepted|"
    r"intercepts|found|arrested|has|have|had|also|and)\b"
)
_LONE_AGENT_BEFORE = re.compile(r"\b(?:by|with|and)[ \t]+$")
_LONE_CAPITAL_NEXT = re.compile(r"(?:['’]s)?[ \t]+[A-Z]")
_LONE_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")


def _lone_bodies(text: str, word: str) -> list[Span]:
    """The places ``word`` (a lone body's word, lone_body_words.txt) stands alone: no capitalised word right
    before or after it ("Revenue officers seized …", not "the Mozambique Revenue Authority")."""
    spans: list[Span] = []
    if re.search(
        rf"\b{re.escape(word)}[ \t]+(?:Authority|Agency|Service|Commission|Administration|Department)\b", text
    ):
        return spans  # "the Ghana Revenue Authority … Revenue officers": the word is that body's short form
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (
            (at == 0 or not text[at - 1].isalnum())
            and not text[end : end + 1].isalnum()
            and not _LONE_CAPITAL_NEXT.match(text, end)
            and not _LONE_CAPITAL_BEFORE.search(text, max(0, at - 40), at)
            # (as the one who acts: "Revenue officers seized …", "Revenue said", "seized by Revenue"; not the
            # noun: "Revenue from the sales", "its Revenue target")
            and (_LONE_AGENT_AFTER.match(text, end) or _LONE_AGENT_BEFORE.search(text, max(0, at - 8), at))
        ):
            spans.append(Span(ORG, at, end, word, rule="org-listed", extra={"how": "lone body"}))
        at = text.find(word, end)
    return spans


def org_spans(text: str, tokens: list[Token], chains: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    ckeys = country_keys()
    n_tokens = len(tokens)
    headline_end = text.find("\n") % (len(text) + 1)  # (the text's first line; all of it where it has one line)
    ranks = word_list("rank_abbreviations")
    inside_place: dict[tuple[str, int, int, int, int], bool] = {}  # (_split_coordination's answers, for all chains)
    # two letters the text gives in brackets, "(UP)": found once, not looked for in the whole text per name
    bracketed_pairs = frozenset(_TWO_LETTERS_IN_BRACKETS.findall(text)) if "(" in text else frozenset()
    for i, j in _possessive_joined(text, tokens, chains):
        while (
            j > i
            and tokens[j].text in ranks
            and not tokens[j].allcaps
            and text.startswith(".", tokens[j].end)
            and _CAPITAL_NEXT.match(text, tokens[j].end + 1)
        ):
            # "Coast Guard Lt. Peter Hutchison": an abbreviated rank opens the name after it, ends no body
            # ("the Dominican Rep. arrested", "the Polícia Militar de SP. Officers …" are no rank)
            j -= 1
        for k in range(i + 1, j):
            if (
                tokens[k].text in ranks
                and not tokens[k].allcaps
                and tokens[k - 1].text in ORG_HEADS
                # (a name after it, not a unit's word: "Force Gen Headquarters")
                and tokens[j].text not in ORG_HEADS
                and tokens[j].text.lower() not in _PLACE_UNITS
            ):
                # "the Anti-Narcotics Force Maj Gen Ali Khan": a rank without its dot right after the body's head
                # opens the name after it too
                j = k - 1
                break
        if i == j and (j + 1 == n_tokens or tokens[j + 1].text not in ORG_LOWER_TAILS):
            continue  # one capitalised word and no "unit" after it: a known name, found below, or none
        # A lower-case "unit" closes a name: "Criminal Networks unit".
        tail_end = tokens[j].end
        has_tail = (
            j + 1 < len(tokens)
            and tokens[j + 1].text in ORG_LOWER_TAILS
            and not tokens[j + 1].text.endswith("s")  # ("Turkish Coast Guard units": several units of the body)
            and not (i == j and tokens[j].text in NOT_ORG_CAPS)  # ("a GPS unit", "its VMS unit": a device)
            and joined(gap(text, tokens[j], tokens[j + 1]))
        )
        if has_tail:
            tail_end = tokens[j + 1].end
        elif i == j:
            continue  # one capitalised word: a known name, found below, or none
        words = [t.text for t in tokens[i : j + 1]]
        if not CALENDAR_WORDS.isdisjoint(words):
            continue  # "Bank Holiday Monday", "the Christmas Eve raids": a date, not a body
        cut = next(
            (k for k in range(1, len(words) - 1) if words[k] == "Operation" and words[k - 1] in ("on", "in", "for")),
            None,
        )
        if cut is not None:
            # "South African Police Service on Operation Shanela": the body ends before the operation it works on
            j, has_tail = i + cut - 2, False
            if j <= i:
                continue
            words, tail_end = words[: cut - 1], tokens[j].end
        if (
            not has_tail
            and ORG_HEADS.isdisjoint(words[1:])
            and not (words[0] in ORG_LEADS and len(words) > 1 and words[0] not in ("Federal", "National", "Royal"))
        ):
            if not (len(words) > 1 and words[-1] in ORG_HEADS):
                continue
        # Split "Europol and the Drug Enforcement Administration".
        pieces = [
            part
            for a, b in _split_coordination(text, tokens, i, j, inside_place)
            for part in _split_of_the(tokens, a, b, bracketed_pairs)
        ]
        for a, b in pieces:
            end = tokens[b].end if b != j else tail_end
            piece_tail = b == j and has_tail
            # Trim leading function words and countries (not demonyms) — but a
            # name written after "the" keeps its first word ("the Last Great Ape
            # Organization"), and a country written out before a descriptive name
            # stays ("Kenya Wildlife Service", "Kenya Bureau of Standards"), where an
            # abbreviation or a country before a title does not ("US Drug Enforcement
            # Administration").
            # (or after its owner: "its Weapons and Explosives Unit", "INTERPOL's Crimes against Children Unit")
            after_the = text.endswith(("the ", "The ", "its ", "'s ", "’s "), 0, tokens[a].start)
            # "the AFP-led Criminal Asset Confiscation Taskforce", "the Dong Nai Province-based Coast Guard …": the
            # words up to a compound modifier are who leads it or where it is, not its name
            # (no hyphen between the piece's first word and its last: no compound modifier, no word to test)
            led = (
                max((k for k in range(a, b) if "-" in tokens[k].text and _led_by_a_name(tokens[k].text)), default=-1)
                if text.find("-", tokens[a].start, tokens[b].start) >= 0
                else -1
            )
            if led >= a:
                a = led + 1
            # (a Crown body's "Majesty" stands among the piece's words, or none opens in it)
            crown = (
                next((k for k in range(a + 1, b) if _crown_at(tokens, k)), None)
                if text.find("Majesty", tokens[a].start, tokens[b].end) >= 0
                else None
            )
            if crown is not None:
                a = crown  # "The United Kingdom Her Majesty's Revenue & Customs": the country, then the Crown's body
            if tokens[a].text in _PLAIN_CAPS and any(
                a + size - 1 < b and place_key(text[tokens[a].start : tokens[a + size - 1].end]) in places()
                for size in (2, 3)
            ):
                # "New Zealand Police", "New South Wales Police", "New Jersey State Police": "New" is the place's
                # first word
                after_the = True
            while (
                a <= b
                # (a kind in capitals goes all the same: "the NGO Mbisa Wildlife Justice Network")
                and not (
                    after_the
                    and tokens[a].text in _PLAIN_CAPS
                    and tokens[b].text in ORG_HEADS
                    and not tokens[a].allcaps
                )
                # (the Crown's bodies keep their first word: "Her Majesty's Revenue and Customs")
                and not (a < b and _crown_at(tokens, a))
                and (
                    tokens[a].text in _PLAIN_CAPS
                    # (a particle's word that is a place's name stays: "the Van Provincial Gendarmerie Command")
                    or (
                        tokens[a].text.lower() in CONNECTORS
                        and not (tokens[a].cap and place_key(tokens[a].text) in places())
                    )
                    or ("-" in tokens[a].text and _led_by_a_name(tokens[a].text))  # "Lagos-based Ocean Star Ltd"
                    or (
                        place_key(tokens[a].text) in ckeys
                        and b - a >= 2
                        and tokens[a].text not in ORG_HEADS
                        and (tokens[a].allcaps or tokens[a + 1].text in TITLE_WORDS)
                    )
                )
            ):
                if tokens[a].text in _ORG_FIRST_WORDS:
                    break
                after_the = tokens[a].text in (
                    "The",
                    "the",
                )  # "(of) the Weapons and Explosives Unit": its first word stays
                a += 1
            # "in Italy the Carabinieri", "Meanwhile Police the Coast Guard": "the" alone after a capitalised word
            # (no "of", "for", "on" before it) opens the body's name, what is before it is another word's
            # (after a date's word, a function word or a place only: "Save the Rhino Trust" is one name)
            lone_the = None
            for k in range(a + 1, b):
                if (
                    tokens[k].text == "the"
                    and tokens[k - 1].cap
                    and (
                        ends_before_a_lone_the(text, tokens[k - 1])
                        # (a verb's -ing form opening the run, its object after: "Highlighting the Guardia Civil's
                        # strategy", "Praising the National Police")
                        or (k == a + 1 and tokens[a].text.endswith("ing") and len(tokens[a].text) > 5)
                    )
                ):
                    lone_the = k
            if lone_the is not None and any(t.text in ORG_HEADS for t in tokens[lone_the + 1 : b + 1]):
                a = lone_the + 1
            # "Kittipong Sarasin of the Royal Thai Police": a person (or anything
            # without a head word) before "of the" is not part of the body's name.
            # (one pass: once a head or lead word is seen, no later "of" can open the name)
            for k in range(a + 1, b - 1):
                if tokens[k - 1].text in ORG_HEADS or tokens[k - 1].text in ORG_LEADS:
                    break
                if tokens[k].text == "of":
                    if k == a + 1 and tokens[a].text in _PLACE_HEAD_WORDS:
                        break  # "the City of London Police", "Province of Buenos Aires Police": a place's own words
                    if any(t.text in ORG_HEADS for t in tokens[k + 1 : b + 1]):
                        a = k + 2 if tokens[k + 1].text == "the" else k + 1
                    break
            if a > b:
                continue
            pw = [t.text for t in tokens[a : b + 1]]
            if (
                len(pw) >= 3
                and pw[0] in _LEVEL_WORDS
                and pw[1] in ORG_HEADS
                and pw[2] in TITLE_WORDS
                and (len(pw) == 3 or pw[3] in ("for", "of"))
            ):
                # "the Regional Police Commander, Coast", "the County Police Commander for Kisumu": a post named
                # by its level, no body of that name
                continue
            verb_at = (
                next(
                    (
                        k
                        for k, w in enumerate(pw)
                        # (the head may stand a word before: "Brazilian Police Operation Arrests More Than 400")
                        if k
                        and (
                            pw[k - 1] in ORG_HEADS
                            or (k > 1 and pw[k - 2] in ORG_HEADS and pw[k - 1] in KEYWORD_WORDS)
                            # (or the operation's word after other words: "Peru Police Port Operation Shows …")
                            or (k > 1 and pw[k - 1] in KEYWORD_WORDS and w in _HEADLINE_VERBS)
                        )
                        and (_result_verb_form(w) or w in _HEADLINE_VERBS)
                    ),
                    None,
                )
                # (a headline's only: "the Police Rescue Unit arrested" is a body; the verb needs a head before it)
                if tokens[a].start < headline_end and not ORG_HEADS.isdisjoint(pw[:-1])
                else None
            )
            if verb_at is not None:
                # a title-case headline's verb after the body's head: "Narcotics Control Commission Seizes Heroin",
                # "Andean Forces Seize More than …" (a body's name has no verb)
                if pw[verb_at - 1] in KEYWORD_WORDS:
                    verb_at -= 1  # (the operation's word is the body's drive, no part of its name)
                b = a + verb_at - 1
                end = tokens[b].end
                pw = pw[:verb_at]
            if (
                len(pw) >= 2
                and pw[-1] == "Station"
                and all(w in ORG_HEADS or w in ORG_LEADS for w in pw[:-1])
                and _A_STATION_BEFORE.search(text, max(0, tokens[a].start - 40), tokens[a].start)
            ):
                continue  # "detained at a Garda Station in Dublin", "a Limerick city Garda Station": any station
            if not _VESSEL_PREFIXES.isdisjoint(pw):
                vessel_at = next(k for k, w in enumerate(pw) if w in _VESSEL_PREFIXES)
                # "Coast Guard Cutter Ridgeline": the body ends before its ship's name
                if vessel_at == 0:
                    continue
                # (and before the word that joins it: "Combined Task Force 150 and HMS Diamond")
                while vessel_at > 1 and pw[vessel_at - 1] in ("and", "&", "the", "of", "or"):
                    vessel_at -= 1
                b, end, piece_tail = a + vessel_at - 1, tokens[a + vessel_at - 1].end, False
                pw = pw[:vessel_at]
            of_at = next((k for k in range(max(1, len(pw) - 4), len(pw) - 1) if pw[k] == "of"), None)
            if (
                of_at is not None
                and of_at >= 2
                and pw[of_at - 1] in _UNIT_HEADS  # (a body's own name keeps its country: "the Central Bank of
                # Nigeria's Financial Intelligence Unit", "the Security Service of Ukraine's …")
                and text.startswith(("'s ", "’s "), end)
                and _CAPITAL_NEXT.match(text, end + 2)
                and place_key(" ".join(pw[of_at + 1 :])) in places()
            ):
                # "the Cyber Police Department of Ukraine's National Police": the place owns the body after it,
                # the unit's name ends before its "of"
                b, end, piece_tail = a + of_at - 1, tokens[a + of_at - 1].end, False
                pw = pw[:of_at]
            # "INTERPOL Executive Director of Police Services": a job title,
            # the organisation (if any) is what comes before it.
            # ("General" right after a head is part of the name: "Directorate General of …"; a rank there is
            # not: "the Ministry of Internal Affairs Colonel of Police Aidos Zhumabekov")
            title_at = (
                None
                if TITLE_WORDS.isdisjoint(pw)
                else next(
                    (
                        k
                        for k, w in enumerate(pw)
                        if w in TITLE_WORDS
                        and not (k and pw[k - 1] in ORG_HEADS and w in _GENERAL)
                        and k + 1 < len(pw)
                        and (
                            pw[k + 1] in TITLE_WORDS
                            or pw[k + 1] in ("of", "for")
                            # a post right after the body's head, then a person's name: "Federal Police Delegate
                            # Marcos Tavares", "Kenya Police Commissioner John Mwangi"
                            # (a body its lead word names: "Coast Regional Police Commander X" is the post, as
                            # Kenyan releases write it)
                            # (the rest of the run two to four words: a long run is not sliced at every post)
                            or (
                                k
                                and 2 <= len(pw) - k - 1 <= 4
                                and pw[0] in ORG_LEADS
                                and pw[k - 1] in ORG_HEADS
                                and _names_a_person(pw[k + 1 :])
                            )
                            # ("Kenya Wildlife Service Director John Mwangi": any body's head of three words or more,
                            # a post, then a name; not "Police" before the post, which makes it one: "Kajiado County
                            # Police Commander X"; "NCA Branch Commander X", "Customs Investigations Manager X" are
                            # posts)
                            or (
                                k >= 3
                                and 2 <= len(pw) - k - 1 <= 4
                                and pw[k - 1] in ORG_HEADS
                                and pw[k - 1] != "Police"
                                and _names_a_person(pw[k + 1 :])
                            )
                            # (a body named with "of" its head opens: "the Federal Bureau of Investigation Director
                            # Kash Patel", "Minnesota Bureau of Criminal Apprehension Superintendent Drew Evans")
                            or (
                                k >= 3
                                and 2 <= len(pw) - k - 1 <= 4
                                and "of" in pw[1 : k - 1]
                                and pw[pw.index("of") - 1] in ORG_HEADS
                                and _names_a_person(pw[k + 1 :])
                            )
                        )
                    ),
                    None,
                )
            )
            if title_at is None and not TITLE_WORDS.isdisjoint(pw) and "’s " not in text[tokens[a].start : end]:
                # a post written straight before the body it is held in, without "of": "Public Relations Officer
                # Uganda Wildlife Authority", "Director General Uganda Revenue Authority" (African and South Asian
                # press): the post's words hold no body's head, the words after it do
                # ("General" opens a body's name, "General Administration of Customs", but not after a post's word
                # the run has left out: "Director | General Uganda Revenue Authority")
                after_post = a > 0 and tokens[a - 1].text in TITLE_WORDS and tokens[a - 1].end + 1 == tokens[a].start
                k = next((k for k, w in enumerate(pw) if w in _POST_NOUNS or (w in _GENERAL and after_post)), len(pw))
                while k + 1 < len(pw) and pw[k + 1] in TITLE_WORDS:
                    k += 1
                if (
                    k + 2 < len(pw)
                    # (a rank is a word of the name here: "Major Organised Crime … Agency", "Essex Major Crimes Unit")
                    and pw[k] not in _RANKS
                    and ORG_HEADS.isdisjoint(pw[: k + 1])
                    and pw[0] not in ORG_LEADS
                    and "'s " not in text[tokens[a].start : end]
                    and pw[k + 1][:1].isupper()
                    and not ORG_HEADS.isdisjoint(pw[k + 2 :])
                ):
                    a += k + 1
                    pw = pw[k + 1 :]
            # (a post between the body and a person's name ends the body, whatever word opens it)
            person_after = (
                title_at is not None
                and title_at > 0
                and pw[title_at - 1] in ORG_HEADS
                and _names_a_person(pw[title_at + 1 :])
            )
            if (
                title_at is not None
                and not (
                    not person_after
                    and pw[0] in ORG_LEADS
                    and title_at > 1
                    # (a rank after a name's word starts a person's style: "the Ministry of Internal Affairs
                    # Colonel of Police Aidos Zhumabekov"; "Office of the Inspector General" keeps its post)
                    and not (pw[title_at] in _RANKS and pw[title_at - 1] not in CONNECTORS)
                )
                and "’s " not in text[tokens[a].start : end]
                and "'s " not in text[tokens[a].start : end]  # a possessive: "… Prosecutor’s Office"
            ):
                if title_at == 0:
                    # a post, then the body it is held in: "Assistant Chief Constable for Wiltshire Police"
                    body_at = _body_after_post(pw)
                    if body_at is None:
                        continue
                    a += body_at
                    pw = pw[body_at:]
                else:
                    b = a + title_at - 1
                    end = tokens[b].end
                    piece_tail = False
                    pw = pw[:title_at]
            if not piece_tail and ORG_HEADS.isdisjoint(pw[1:]) and pw[0] not in ORG_LEADS:
                continue
            post_at = (
                None
                if TITLE_WORDS.isdisjoint(pw)
                else next(
                    (
                        k
                        for k, w in enumerate(pw[1:-1], 1)
                        if w in TITLE_WORDS
                        and w not in _GENERAL  # ("INTERPOL General Secretariat": a word of the name)
                        and pw[k + 1] not in ("of", "for")
                        and pw[k + 1] not in TITLE_WORDS
                    ),
                    None,
                )
            )
            if (
                post_at is not None
                # (a body's acronym before the post: "Essex Major Crimes Unit", "Federal Executive Council" are
                # one body's words)
                and all(w.isupper() and len(w) > 1 for w in pw[:post_at])
                and ORG_HEADS.isdisjoint(pw[:post_at])
                and not ORG_HEADS.isdisjoint(pw[post_at + 1 :])
                # ("Public Prosecutor's Office", "Attorney General's Office": the post's office is the body)
                and "'s " not in text[tokens[a].start : end]
                and "’s " not in text[tokens[a].start : end]
            ):
                # "AFP Commander Eastern Command Karen Lindqvist": a post between two bodies' names; the unit named
                # after the post is the body here (the one before is found on its own)
                a += post_at + 1
                pw = pw[post_at + 1 :]
            # (a name needs two or three words after the last head: none where the piece ends on a head)
            named_at = (
                _person_after_head(pw, lambda start=tokens[a].start: _post_before(text, start))
                if len(pw) >= 3 and pw[-1] not in ORG_HEADS
                else None
            )
            if named_at is not None:
                # "Head of the Cyber Police Department Oleksandr Voronenko said": the body ends at its head word,
                # the person named after it is no part of its name, and is a person
                person_start, person_end = tokens[a + named_at].start, tokens[a + len(pw) - 1].end
                name = text[person_start:person_end]
                spans.append(
                    Span(PERSON, person_start, person_end, name, rule="person-cue", extra={"how": "after a body"})
                )
                b = a + named_at - 1
                end = tokens[b].end
                piece_tail = False
                pw = pw[:named_at]
            if len(pw) > 2 and pw[0] in _STAFF_PLURALS and pw[1] == "of":
                # "Members of Parliament", "Officers of the Ministry of Environment": people of a body, which is what
                # follows "of" (a name of its own only where more than a bare head is left)
                skip = 3 if pw[2] == "the" else 2
                a += skip
                pw = pw[skip:]
                piece_tail = False
                if not pw or (len(pw) == 1 and pw[0] not in KNOWN_ORGS):
                    continue
            if len(pw) > 3 and pw[0] in _PLURAL_KINDS and pw[1] == "of" and pw[2] == "the":
                # "Units of the Colombian Navy", "Units of the Tumaco Coast Guard Station": several parts of a body,
                # which is what follows "of the"
                a += 3
                pw = pw[3:]
                piece_tail = False
                if len(pw) == 1 and pw[0] not in KNOWN_ORGS and pw[0] not in ORG_HEADS:
                    continue
            if "against" in pw and (at := pw.index("against")) and " ".join(pw[at + 1 :]) in KNOWN_ORGS:
                if not ORG_HEADS.intersection(pw[:at]):
                    # "Checks against Interpol's databases yielded …": an action against a known body, which is all
                    # the name ("Crimes against Children Unit", "Coalition Against Trafficking" name no known body)
                    a += at + 1
                    pw = pw[at + 1 :]
                    piece_tail = False
            of_at = pw.index("of") if "of" in pw else -1
            if (
                2 <= of_at <= 3
                and of_at + 1 < len(pw)
                and pw[0] in all_given_names()
                and pw[0] not in ORG_LEADS
                and all(w[:1].isupper() and w not in ORG_HEADS and w not in ORG_LEADS for w in pw[:of_at])
            ):
                # "David Counter of Interpol", "Ama Owusu of the Narcotics Control Commission": a person of the body,
                # which is what follows "of"
                skip = of_at + 2 if pw[of_at + 1] == "the" and of_at + 2 < len(pw) else of_at + 1
                person_end = tokens[a + of_at - 1].end
                spans.append(
                    Span(
                        PERSON,
                        tokens[a].start,
                        person_end,
                        text[tokens[a].start : person_end],
                        rule="person-cue",
                        extra={"how": "of a body"},
                    )
                )
                a += skip
                pw = pw[skip:]
                piece_tail = False
                if len(pw) == 1 and pw[0] not in KNOWN_ORGS and pw[0] not in ORG_HEADS:
                    continue
            if (
                len(pw) > 2
                and pw[-2] in ("on", "the")
                and all(part and people_adjective(part) for part in pw[-1].split("-"))
                and _LOWER_WORD_AFTER.match(text, end)
            ):
                # "the Customs Criminal Service on the Lithuanian-Polish border": a people's adjective before a
                # lower-case noun says where, no part of the name
                cut = len(pw) - 2 - (pw[-2] == "the" and pw[-3] in ("on", "of", "for"))
                if cut >= 1:
                    b = a + cut - 1
                    end = tokens[b].end
                    pw = pw[:cut]
                    piece_tail = False
            if len(pw) >= 3 and pw[-1] in _STAFF_PLURALS and pw[-2] in ORG_HEADS and "of" not in pw and not piece_tail:
                # "Public Ministry Officers found …", "Federal Police Agents": the body's people, not its name (an
                # association of them keeps them: "Association of Chief Police Officers")
                b -= 1
                end = tokens[b].end
                pw = pw[:-1]
            if len(pw) > 2 and pw[-1] in TITLE_WORDS and pw[-2] not in ORG_HEADS and "of" not in pw:
                # "the Central Regional Police Public Relations Officer": a post ("Office of the Prosecutor": a body)
                continue
            if (
                len(pw) >= 2
                and pw[-1] in TITLE_WORDS
                and pw[-2] in ORG_HEADS
                and pw[-1] not in ("General", "Generale", "General's")
                and "of" not in pw
                and not piece_tail
            ):
                # "the Federal Police Inspector", "the National Guard Commander": the body, not its post
                b -= 1
                end = tokens[b].end
                pw = pw[:-1]
            if len(pw) == 1 and not piece_tail and pw[0] not in KNOWN_ORGS:
                continue
            # Names of job titles ("Director of Cybercrime") are not organisations.
            if pw[0] in TITLE_WORDS and not any(w in ORG_HEADS for w in pw):
                continue
            # nor the field of work after a post ("INTERPOL's Director of Police Services"); a body after "of the"
            # is one ("Director of the Federal Bureau of Investigation")
            if pw[-1] in _FIELD_HEADS and _POST_OF_BEFORE_NAME.search(
                text, max(0, tokens[a].start - 40), tokens[a].start
            ):
                continue  # ("Head of Communication Unit": a unit's name after the post)
            if not _LAW_WORDS.isdisjoint(pw) and any(
                w in _LAW_WORDS and pw[k - 1] in ORG_HEADS for k, w in enumerate(pw) if k
            ):
                continue  # "the Narcotics Control Commission Act": a law named after the body, no body
            start = tokens[a].start
            name = text[start:end]
            if place_key(name) in ckeys:
                continue  # "the Russian Federation": a country's name, whatever its last word
            if pw[-1] in _STREET_WORDS:
                continue  # "along Bishop's Court Road": a street named after a body's word, an address
            if pw[-1] == "Platform" and name not in KNOWN_ORGS:
                # "the Cybercrime Reporting Platform", "the Telegram Platform": a system or a service ends so; a
                # platform of agencies has its purpose after the word ("the Platform for the Fight against …")
                continue
            if (
                pw[-1] in _PLURAL_KINDS
                and "of" not in pw
                and "for" not in pw
                and not piece_tail
                and name not in KNOWN_ORGS
            ):
                # "Regional Police Commands", "Financial Intelligence Units", "Public Prosecutors": a kind of body,
                # several of them, no one body's name ("Department of Correctional Services" is one; a unit named by
                # its field is: "Criminal Networks unit")
                continue
            if not piece_tail and b - a >= 2 and _glued_acronym(pw):
                # "the Cuerpo Técnico de Investigación CTI": the name, then its short form without brackets
                spans.append(Span(ORG, tokens[b].start, tokens[b].end, pw[-1], rule="org-head", extra={"how": "head"}))
                end = tokens[b - 1].end
                name = text[start:end]
            spans.append(Span(ORG, start, end, name, rule="org-head", extra={"how": "head"}))
    # Companies by their legal form: "Importadora Costa Azul S.A.", "Teraju Kredit Sdn Bhd".
    suffixes = word_list("company_suffixes")
    lower_forms = any(form in text for form in _FORMS_IN_LOWER_CASE)
    for f in (_COMPANY_FORM if lower_forms else _CAPITALISED_COMPANY_FORM).finditer(text):
        form = f.group()
        if form not in suffixes:
            continue
        m = _COMPANY_NAME_BEFORE.search(text, max(0, f.start() - 200), f.start())
        if m is None:
            continue
        name_words = m.group(1).split()
        # never across another company's legal form: "… Sdn Bhd and Tarrow Shipping Co."
        cut = max((k for k, w in enumerate(name_words) if w in suffixes), default=-1)
        name_words = name_words[cut + 1 :]
        while name_words and (
            name_words[0] in _PLAIN_CAPS
            or (name_words[0].lower() in CONNECTORS and name_words[0] not in _NAME_PARTICLES)
            or _led_by_a_name(name_words[0])
        ):
            name_words.pop(0)  # "the Dar es Salaam-based Bahari Njema Fishing Co. Ltd": the place is no part of it
        if not name_words:
            continue
        start = m.start(1) + m.group(1).index(name_words[0])
        end = f.end()
        second = _COMPANY_FORM.match(text, end + 1) if text[end : end + 1] == " " else None
        if second is not None and second.group() in suffixes:
            end, form = second.end(), second.group()  # "Bahari Njema Fishing Co. Ltd": two forms, one name
        if form in ("Ltd.", "Limited.", "Srl.") and _SENTENCE_GOES_ON.match(text, end) is None:
            end -= 1  # "… Sparkle Auto Valet Ltd. The": the dot ends the sentence ("Ltd" is written without one)
        spans.append(Span(ORG, start, end, text[start:end], rule="org-company", extra={"how": "company"}))
    # Companies by a legal form written before the name: "PT Sinar Rimba Timur".
    for f in _company_prefix().finditer(text):
        name_words = f.group(1).split()
        while name_words and name_words[-1] in CALENDAR_WORDS:
            name_words.pop()  # "9 a.m. PT Monday": a time zone and a day, not a company
        if not name_words or _TIME_BEFORE.search(text, max(0, f.start() - 8), f.start()):
            continue
        end = f.start(1) + len(" ".join(name_words))
        spans.append(Span(ORG, f.start(), end, text[f.start() : end], rule="org-company", extra={"how": "company"}))
    # Known single names, alphanumeric gang names ("MS13", "Barrio18") and
    # other all-caps acronyms ("OCTRIS"), found in one pass over the tokens.
    known: list[Span] = []
    body_end = len(text.rstrip())
    two_letters: dict[str, int] = {}  # how often each two capitals stand alone as a word (counted once per text)
    codes: list[Span] = []
    caps: list[Span] = []
    lower_seen: dict[str, bool] = {}
    for idx, tok in enumerate(tokens):
        if not tok.cap:
            continue
        word = tok.text
        if "-" in word and word not in KNOWN_ORGS:
            head = _known_before_compound(word)
            if head:
                # "a NATO-backed campaign", "an Al-Qaeda-linked cell", "the INTERPOL-coordinated
                # operation": the body named before a compound's lower-case word
                known.append(
                    Span(ORG, tok.start, tok.start + len(head), head, rule="org-known", extra={"how": "known"})
                )
                continue
            parts = word.split("-")
            if len(parts) > 1 and all(part in KNOWN_ORGS for part in parts):
                # "INTERPOL-AFRIPOL", "Europol-Eurojust": the bodies that joined, each its own
                at = tok.start
                for part in parts:
                    known.append(Span(ORG, at, at + len(part), part, rule="org-known", extra={"how": "known"}))
                    at += len(part) + 1
                continue
        if (word in KNOWN_ORGS or (len(word) > 5 and word[-3:].lower() == "pol")) and not (
            tok.allcaps and _names_a_thing(text, tok.start, tok.end)  # "crystal meth (ICE)": not the agency
        ):
            start = tok.start
            if (
                start > 0
                and text[start - 1] in "'’‘"  # (the mark written as either curly quote: "‘Ndrangheta")
                and (start == 1 or not text[start - 2].isalnum())
                and "'" + word in KNOWN_ORGS
                and text[tok.end : tok.end + 1] not in ("'", "’")
            ):
                start -= 1  # "'Ndrangheta": the elided article is part of the name (not a quote around it)
            start = _chapter_start(text, start, word)
            known.append(Span(ORG, start, tok.end, text[start : tok.end], rule="org-known", extra={"how": "known"}))
        if word[-1].isdigit():
            letters = word.rstrip("0123456789").rstrip("-")
            if _SUM_GOES_ON.match(text, tok.end):
                continue  # "Dh50,000", "Rs48 crore", "RM7.4mil": a sum, not a gang's code
            if _GANG_CODE.fullmatch(word) and not YEAR_WORD.search(word[-4:]) and letters.upper() not in NOT_ORG_CAPS:
                if _GANG_CONTEXT.search(text[max(0, tok.start - 120) : tok.end + 120].lower()):
                    codes.append(Span(ORG, tok.start, tok.end, word, rule="org-group", extra={"how": "group"}))
        elif (
            tok.allcaps
            and len(word) <= 10
            and word.isalpha()
            and (
                len(word) > 2
                or _written_again(text, word, two_letters)
                or _OWNER_OF_A_NAME.match(text, tok.end) is not None  # "the PJ's National Unit to Combat …"
            )
            and _is_caps_name(text, tokens, idx, body_end, lower_seen)
            # (not a hashtag, "#GYE"; nor a unit shouted, "more than 3 TONS of alkaloids")
            and text[tok.start - 1 : tok.start] != "#"
            and word.lower() not in _mass_and_volume_units()
        ):
            caps.append(Span(ORG, tok.start, tok.end, word, rule="org-caps", extra={"how": "caps"}))
    spans += known
    for m in _KNOWN_PHRASES.finditer(text):
        if _NAME_GOES_ON_AFTER.match(text, m.end()):
            continue  # "in Barrio 18 de Julio": a longer name (a street, a district) that opens on the phrase
        # (a group's head word after it is part of the name, as for any group: "the Black Axe confraternity")
        head = _GROUP_HEAD_AFTER.match(text, m.end())
        end = head.end() if head else m.end()
        start = _chapter_start(text, m.start(), m.group())
        spans.append(Span(ORG, start, end, text[start:end], rule="org-known-phrase", extra={"how": "known"}))
    # Criminal groups named by their context.
    for m in matches_at_words(_GROUP_CUE, text, _GROUP_CUE_WORDS):
        name = m.group(1).strip()
        if (
            text.startswith(".", m.start(1) + len(name))
            and text[m.start(1) + len(name) + 1 : m.start(1) + len(name) + 2].isupper()
        ):
            continue  # "members of the U.S. Coast Guard": a dotted abbreviation's first letter, no group's name
        words = name.split()
        while words and (words[-1] in COMMON_CAPS or words[-1].lower() in CONNECTORS):
            words.pop()
        start = m.start(1)
        if len(kept := _after_owner(words)) < len(words):
            start += len(" ".join(words[: len(words) - len(kept)])) + 1
            words = kept
        if not words or words[0] in OP_STOP or words[0] in TITLE_WORDS or words[0] in CALENDAR_WORDS | FEAST_WORDS:
            continue  # ("linked to the Christmas Eve attacks": a date, not a group)
        if any(_COMPOUND_MODIFIER.search(w) for w in words):
            # "including the Oslo-based firm …", "linked to the INTERPOL-led …", "linked to the Australian-based
            # Italian mafia": a modifier, no name
            continue
        name = " ".join(words)
        if place_key(name) in places() or name in KNOWN_ORGS:
            continue
        if people_adjective(words[-1]) and all(w in _COMPASS_WORDS for w in words[:-1]):
            # "a notorious Chinese syndicate", "members of Albanian gangs", "a notorious West African criminal
            # network": where they are from, no name
            continue
        rest = text[start + len(name) : start + len(name) + 40]
        if _NATIONALITIES_AFTER.match(rest):
            continue  # "members of Arab and Asian nationalities": where people come from, not a group's name
        spans.append(Span(ORG, start, start + len(name), name, rule="org-group", extra={"how": "group"}))
        # "belonging to MS13 and Barrio18": the coordinated second name too.
        # (not a dotted abbreviation's first letter: "… and the U.S. Drug Enforcement Administration")
        m2 = re.match(
            r"\s+(?:and|or)\s+(?:the\s+)?([A-Z][\w'’-]{0,40}(?:\s+[A-Z][\w'’-]{0,40}){0,3})(?![.][A-Z])", rest
        )
        if m2:
            s2 = start + len(name) + m2.start(1)
            n2 = m2.group(1)
            if n2.split()[0] not in COMMON_CAPS and place_key(n2) not in places():
                spans.append(Span(ORG, s2, s2 + len(n2), n2, rule="org-group", extra={"how": "group"}))
    place_asked: dict[str, bool] = {}
    for m in _GROUP_NAMED.finditer(text) if any(w in text for w in _GROUP_NAMED_WORDS) else ():
        words = m.group(1).split()
        while words and (words[0] in OP_STOP or words[0] in KNOWN_ORGS):
            words.pop(0)
        words = _after_owner(words)
        if not words or any(w in OP_STOP for w in words):
            continue
        s = m.start(1) + m.group(1).index(words[0])
        if any(_COMPOUND_MODIFIER.search(w) for w in words):
            continue  # "a Kenya-based gang", "the Australian-based Italian mafia": where it is from, no name
        if all(w.isdigit() for w in words):
            continue  # "With 22 criminal groups dismantled": a count of groups, no name
        if len(words) == 1 and "-" in words[0] and all(place_key(p) in places() for p in words[0].split("-")):
            continue  # "an India-Afghanistan syndicate", "the Kenya-Uganda cartel": its route, no name
        if len(words) == 1 and opens_its_line(text, s, also="\"'“‘"):
            continue  # a capitalised first word: '"Super cartel" …'
        if people_adjective(words[-1]) and all(w in _COMPASS_WORDS for w in words[:-1]) and m.group(2).islower():
            continue  # "an Italian mafia family", "a Mexican cartel": where it is from, no name ("Sicilian Mafia" is)
        if _INDEFINITE_BEFORE.search(text, max(0, s - 4), s) and not _MEMBER_AFTER.match(text, m.end(2)):
            # "a South LA gang", "a Perth syndicate", "A SPECIALISED gang": a description, no group's name (the article
            # of a member's noun after it is not the group's: "a Sinaloa cartel member", "an 18th Street gang leader")
            continue
        name = " ".join(words)
        if m.group(2).startswith("criminal"):
            # "the Black Axe criminal network": the description is not the name
            if place_key(name) in places():
                continue
            end = s + len(name)
        elif m.group(2) == "gang" and (words[0] in _COMPASS_WORDS or _named_as_a_place(text, name, place_asked)):
            continue  # "violent South LA gang", "a Bay Area gang … in parts of the Bay Area": a place's gangs
        elif m.group(2) == "gang" and place_key(name) not in places() and not people_adjective(words[-1]):
            # a gang's own name before the word is the name ("the Trinitarios gang", "members of the 18th Street
            # gang", "the Stone Crusher gang"), as annotators of real articles list all six such gangs; a clan,
            # a cartel or a mafia is named with its word, as a place's is ("the Kavač clan", "the Sinaloa cartel")
            end = s + len(name)
        else:
            end = m.end(2)
        spans.append(Span(ORG, s, end, text[s:end], rule="org-group", extra={"how": "group"}))
    # Groups' names listed before their plural noun or after it: "the Sinaloa, Juárez, Pacific and Jalisco New
    # Generation cartels", "the Di Lauro, Amato-Pagano and Carfora clans", "a range of gangs, including the
    # Comancheros, Mongrel Mob, Black Power and Nomads": each name is a group's
    if any(w in text for w in _GROUP_PLURALS):
        for m in itertools.chain(_GROUP_LIST_BEFORE.finditer(text), _GROUP_LIST_AFTER.finditer(text)):
            parts = [
                part
                for part in _LIST_PART.finditer(m.group(1))
                if not (part.group(1) in COMMON_CAPS or part.group(1) in TITLE_WORDS or part.group(1) in KNOWN_ORGS)
                # (where they are from, no name: "the Colombian, Mexican and Albanian cartels", "the Balkan and
                # South American cartels", "the US and Mexican cartels")
                and not any(people_adjective(w) or w in _COMPASS_WORDS for w in part.group(1).split()[-1:])
                and part.group(1) not in _REGION_ADJECTIVES_FOR_GROUPS
                and place_key(part.group(1)) not in country_keys()
            ]
            named_for_places = all(place_key(part.group(1)) in places() for part in parts)
            if named_for_places and not m.group().rstrip().endswith("cartels"):
                # "the Eastern Cape, Western Cape and Gauteng gangs": the provinces they work in (cartels are named
                # after their places: "the Gulf and Sinaloa cartels")
                continue
            for part in parts:
                at = m.start(1) + part.start(1)
                name = part.group(1)
                spans.append(Span(ORG, at, at + len(name), name, rule="org-group", extra={"how": "group-list"}))
    # Latin American gangs named with a plural article ("Los Ruiseñores", "Los Gavilanes", "Los Toros del Puerto"):
    # the weakest evidence, so a place the text or the gazetteers name so ("in Los Olivos", "Los Ríos") wins
    if "Los " in text or "Las " in text:
        for m in _PLURAL_ARTICLE_NAME.finditer(text):
            name = m.group()
            if (
                place_key(name) in places()
                or place_key(m.group(1)) in places()
                or m.group(1) in COMMON_CAPS
                or LOCATIVE_HEAD_AFTER.match(text, m.end())
                # (a group's word in its sentence: "belong to the gangs Los …", "the Los … cartel";
                # not "Los Pinos residents reported …")
                or not _GROUP_WORDS_NEAR.search(text, *_sentence_around(text, m.start(), m.end()))
            ):
                continue
            spans.append(Span(ORG, m.start(), m.end(), name, rule="org-article-plural", extra={"how": "group"}))
    # Airlines named by the flight they ran: "an Air Arabia flight from Sharjah", "separate Jazeera and Air Arabia
    # flights", "an Emirates flight" (not a place's flight: "the Dubai flight")
    if " flight" in text:
        for m in _AIRLINE_FLIGHT.finditer(text):
            for name_m in _AIRLINE_NAME.finditer(m.group(1)):
                name = name_m.group()
                if (
                    place_key(name) in places()
                    or name.split()[0] in COMMON_CAPS
                    or name in KNOWN_ORGS
                    or _COMPOUND_MODIFIER.search(name.split()[-1])  # "a Lagos-bound flight"
                    # (an aircraft's make or a cabin's class: "a Cessna flight", "a Business Class flight")
                    or name.split()[0] in _AIRCRAFT_AND_CLASS_WORDS
                    or name.split()[-1] in _AIRCRAFT_AND_CLASS_WORDS
                    # (a flight someone took: a traveller's words around it, not "a Navy flight", "a Hajj flight")
                    or not _TRAVEL_WORDS.search(text, max(0, m.start() - 160), min(len(text), m.end() + 160))
                ):
                    continue
                start = m.start(1) + name_m.start()
                spans.append(Span(ORG, start, start + len(name), name, rule="org-listed", extra={"how": "flight"}))
    # Companies named by their context: "the payments firm Cendra", "private partners
    # included Corvid Labs, Northgate Security and Talvane Cloud".
    listed: set[str] = set()  # each name once: its other mentions are found as any name's are
    for m in matches_at_words(_COMPANY_CUE, text, _COMPANY_CUE_WORDS):
        pos = m.end()
        for _ in range(_MOST_LISTED):
            item = _COMPANY_NAME.match(text, pos)
            if item is None:
                break
            words = item.group(1).rstrip(".").split()
            while words and words[-1] in TITLE_WORDS:
                words.pop()  # "the firm Meridian Director …"
            name = " ".join(words)
            if (
                words
                and name not in listed
                # (not a people's adjective before a noun: "whose owners are Chinese nationals", "include Mexican
                # cartels")
                and not (
                    len(words) == 1
                    and people_adjective(name)
                    and _MODIFIES_A_NOUN.match(text, item.start(1) + len(name))
                )
                and words[0] not in OP_STOP
                and words[0] not in TITLE_WORDS
                and place_key(name) not in places()
                and not _COMPOUND_MODIFIER.search(words[-1])  # "including the Oslo-based firm …": a modifier
            ):
                listed.add(name)
                start = item.start(1)
                spans.append(Span(ORG, start, start + len(name), name, rule="org-listed", extra={"how": "listed"}))
            if not (m.group("many") or m.group("opening")):
                break  # "the firm Cendra": one name
            more = _LIST_NEXT.match(text, item.end(1))
            if more is None:
                break
            pos = more.end()
    if "Zone" in text or "Region" in text:
        spans += _zones_of_bodies(text)
    spans += codes
    if "Operation (" in text or "operation (" in text:
        # "an Intelligence Based Operation (IBO) … another IBO": the letters of a kind of operation, no body's
        kinds = set(_OPERATION_KIND_LETTERS.findall(text))
        caps = [sp for sp in caps if sp.name not in kinds]
    spans += caps
    spans += _listing_names(text)
    if "ransomware" in text:
        spans += _ransomware_groups(text)
    for word in _LONE_BODY_WORDS:
        if word in text:
            spans += _lone_bodies(text, word)
    outlets = _outlets_credited(text)
    if outlets:
        spans = [sp for sp in spans if sp.name not in outlets]
    if "Lab" in text[:headline_end]:
        # (a headline's: "The Drugs Laboratory of the Ministry of Health" in a story is a body)
        spans = [sp for sp in spans if not (sp.start < headline_end and _drug_laboratory(sp.name))]
    if " of the " in text:
        spans = [_without_a_posts_domain(text, sp) for sp in spans]
    for sp in spans:
        if sp.name.endswith(" No") and (numbered := _NUMBER_AFTER_NO.match(text, sp.end)):
            # "the Central Court of Instruction No. 5": a body numbered among its kind, its number part of its name
            sp.end = numbered.end()
            sp.name = text[sp.start : sp.end]
    return spans


_NUMBER_AFTER_NO = re.compile(r"\.[ \t]?\d{1,3}\b")

# A post's domain, then the body it serves, right after the post's title: "the Director of Public Affairs of the Ghana
# Police Service", "the Head of Communications of the Kenya Police Service" (a domain inside a job title is no body,
# as the guide has "Director of Cybercrime"; the body is what follows "of the")
_DOMAIN_OF_THE = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,3}?)of[ \t]+the[ \t]+(?=[A-Z])")
_WORD_OF_BEFORE = re.compile(r"([A-Z][\w-]*)[ \t]+of[ \t]+$")


def _without_a_posts_domain(text: str, sp: Span) -> Span:
    """``sp`` without a post's domain before the body it names, where a title stands right before it."""
    if " of the " not in sp.name or (m := _DOMAIN_OF_THE.match(sp.name)) is None:
        return sp
    title = _WORD_OF_BEFORE.search(text, max(0, sp.start - 30), sp.start)
    if title is None or title.group(1) not in TITLE_WORDS:
        return sp
    if any(w in ORG_HEADS or w in ORG_LEADS or w in KNOWN_ORGS for w in m.group(1).split()):
        return sp  # "the Head of the Criminal Investigations Department of the …": a unit of the body, named
    rest = sp.name[m.end() :]
    if not any(w in ORG_HEADS for w in rest.split()):
        return sp
    return replace(sp, start=sp.start + m.end(), name=rest)


_FUNCTION_CAPS = words("function_caps")


# A body's letters, a place and "Zone" or "Region": the body's office there ("FIA Lahore Zone", "CBSA Quebec Region")
_ZONE_OF_A_BODY = re.compile(r"\b([A-Z]{2,6})[ \t]+((?:[A-Z][a-z]+[ \t]+){1,2})(?:Zone|Region)\b")


def _zones_of_bodies(text: str) -> list[Span]:
    """A body's office in a place, named by its letters, the place and "Zone" or "Region" ("the FIA Lahore Zone
    arrested …", "NCCIA Karachi Zone"): a unit of the body, not the place (nor "USA Eastern Region": a
    country's letters)."""
    found = []
    for m in _ZONE_OF_A_BODY.finditer(text):
        letters, place = m.group(1), m.group(2).strip()
        if letters in NOT_ORG_CAPS or place_key(letters) in places() or place_key(place) not in places():
            continue
        found.append(Span(ORG, m.start(), m.end(), m.group(), rule="org-head", extra={"how": "head"}))
    return found


_LABORATORY_WORDS = words("org_laboratory_words")
# What a drug laboratory is named by in a title-case headline: "Synthetic Opioid Laboratory", "Fentanyl Lab"
_DRUG_LAB_WORDS = words("figure_drug_nouns") | frozenset(
    "synthetic opioid opioids drug drugs narcotics narcotic clandestine illegal illicit secret underground".split()
)


def _drug_laboratory(name: str) -> bool:
    """Whether a body's name is a drug laboratory's, title-cased in a headline ("Largest ever Synthetic Opioid
    Laboratory in Poland Dismantled", "Arrested in Fentanyl Laboratory"): a place where drugs are made, no body
    ("the Forensic Science Laboratory" is one)."""
    words_ = name.split()
    k = next((k for k, w in enumerate(words_) if w in _LABORATORY_WORDS), 0)
    return (
        k > 0
        and all(w.lower() in _DRUG_LAB_WORDS for w in words_[:k])
        and not any(w in ORG_HEADS for w in words_[k + 1 :])  # ("the Clandestine Laboratory Response Team" is one)
    )


NEWS_AGENCIES = word_list("news_agencies")
NEWS_AGENCY_LETTERS = word_list("news_agency_letters")
_SHARED_AGENCY_LETTERS = word_list("news_agency_letters_shared")
_NEWS_AGENCY_HEAD = re.compile(r"(?:^|\s)(?:News|Press)\s+Agency$|^News\s+Agency\s+of\s|\sNews\s+(?:Service|Network)$")


def is_news_agency(name: str) -> bool:
    """Whether a name is a news agency's: a wire service no body shares a name with ("Reuters", "Kuwait News
    Agency", "News Agency of Nigeria"), the outlet that carried the story and never a party to it."""
    return name in NEWS_AGENCIES or _NEWS_AGENCY_HEAD.search(name) is not None


_DEFINED_LETTERS = re.compile(r"[ \t]*\(([A-Z][A-Za-z]{1,5})\)")


def news_agencies_named(text: str, orgs: list[Span]) -> set[str]:
    """The names among ``orgs`` (bodies found in ``text``) that are news agencies': a wire service's own name,
    the letters such a name is given ("Saudi Press Agency (SPA)"), and letters a news agency writes where the
    text credits them ("(With inputs from PTI)", "according to AP", "Speaking to APP", "Staff writer, with CNA",
    a dateline's "…, 2023, SPA --") and never spells out a body with them or lets them act."""
    named = {name for name in {sp.name for sp in orgs} if is_news_agency(name)}  # (each name asked once)
    for sp in orgs:
        if sp.name in named and (m := _DEFINED_LETTERS.match(text, sp.end)):
            named.add(m.group(1))
    for letters in {sp.name for sp in orgs if sp.name in NEWS_AGENCY_LETTERS} - named:
        if letters not in _SHARED_AGENCY_LETTERS:
            # letters only a news agency goes by are its wherever they stand ("according to the BBC", "NBC Boston
            # reports", "[… via AP]", "(Source: VNA)"): annotators of real articles list none of them as a body
            if not _expanded(text, letters):
                named.add(letters)
            continue
        # (every place the letters stand, found or not as a body there: a dateline's "…, 2023, SPA --" may be
        # no mention the resolver kept)
        at = text.find(letters)
        while at >= 0:
            end = at + len(letters)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                if _credited_at(text, at, end):
                    if not _expanded(text, letters):
                        named.add(letters)
                    break
            at = text.find(letters, end)
    return named


# A news agency credited for the story: in a dateline's brackets ("COLOMBO, May 4 (LNA) -", "ALMATY,
# March 2 (KNB, Dana Serikova) -"), named as one ("news agency ANI reported", "the Xinhua news agency"),
# or quoted ("the director said as quoted by NTRA"). Looked for by the cheap words first.
_DATELINE_CREDIT_NAME = re.compile(
    r"(?m)^[^\n()]{0,60}\d[^\n()]{0,12}\(([A-Z][A-Za-z]{1,9})"
    r"(?:[,/][^()\n]{0,40}|[ \t]+[-–—][^()\n]{0,60})?\)"
    # (then a dash, or the line's end, or the date again as a web page prints it: "Phnom Penh, Feb 24 (AFP) Feb 24,
    # 2025")
    r"(?:[ \t]*[-–—:.]|(?:[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4})?[ \t]*$"
    # (or the story's first sentence at once: "Taipei, Sept. 22 (CNA) The Coast Guard said …")
    r"|[ \t]+(?=[A-Z][a-z]))"
)
_AGENCY_NAMED = re.compile(
    r"\b(?:news|press|wire)\s+agency,?\s+([A-Z][A-Za-z]{1,9})\b|\b([A-Z][A-Za-z]{1,9})\s+news\s+agency\b"
    r"|\bquoted\s+by\s+([A-Z]{2,9})\b"
)


# Where a news agency's letters are credited, by the words before them ("(With inputs from PTI)", "according to
# AP", "Based on reporting by Interfax and AP", a byline's "Staff writer, with CNA", a dateline's "Riyadh, June 6,
# 2023, SPA --") or after them ("AP News"); each tried at the letters' mentions only, over a few words
_CREDIT_WORDS_BEFORE = re.compile(
    r"\b(?:[Ii]nputs?[ \t]+from|[Rr]eporting[ \t]+by|[Aa]ccording[ \t]+to|[Ss]peaking[ \t]+to|[Ss]ent[ \t]+to"
    r"|[Qq]uoted[ \t]+by)[ \t]+(?:[A-Za-z-]{2,12}[ \t]*(?:,|and)[ \t]+)?$"
)
# A name or a word for people right after letters ("PTI spokesman", "PTI Ali Raza"): a party's or a body's, no outlet's
_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]|[a-z]+\b)")
_PEOPLE_WORDS = words("role_nouns") | TITLE_WORDS_LOWER | words("figure_people_nouns")
_BYLINE_WITH_BEFORE = re.compile(r",[ \t]+with[ \t]+$")
_LINE_ENDS_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_DATELINE_DATE_BEFORE = re.compile(r"(?:^|\n)[^\n]{0,60}\d{4},[ \t]*$")
_CREDIT_DASH_AFTER = re.compile(r"[ \t]*[-–—]")
_NEWS_AFTER = re.compile(r"[ \t]+News\b")
_REPORTS_AFTER = re.compile(r"[ \t]+(?:reports|reported|said)[ \t]*[.;]")
_CREDIT_MAY_PRECEDE = frozenset(" \t\n")  # (not "": a text's first letters have no words before them)
_CREDIT_MAY_FOLLOW = frozenset(" \t-–—\n])")
# A photograph's credit: "PHOTO: AFP", "Photograph: NCA/PA", "[Image: Reuters]" (the letters end the credit)
_PHOTO_LABEL_BEFORE = re.compile(
    r"\b(?:PHOTO|Photo|PHOTOGRAPH|Photograph|PICTURE|Picture|IMAGE|Image)[ \t]*:[ \t]*(?:[^\n:]{0,40}/)?$"
)
_CREDIT_ENDS_AFTER = re.compile(r"[ \t]*(?:\n|$|[\])])")


def _post_or_name_after(text: str, end: int) -> bool:
    """Whether a name or a word for people follows the letters that end at ``end``."""
    m = _WORD_AFTER.match(text, end)
    word = m.group(1) if m else ""
    return bool(word) and (word[0].isupper() or word in _PEOPLE_WORDS or word.removesuffix("s") in _PEOPLE_WORDS)


def _credited_at(text: str, start: int, end: int) -> bool:
    """Whether the letters at ``start``–``end`` stand where a text credits its outlet."""
    # Every test below needs a blank (or a line break, before which "$" matches) just before the letters, or a
    # blank or a dash just after them: letters in brackets, "(PTI)", are asked no more
    if text[start - 1 : start] not in _CREDIT_MAY_PRECEDE and text[end : end + 1] not in _CREDIT_MAY_FOLLOW:
        return False
    lo = max(0, start - 40)
    return (
        # (not where a post or a name follows the letters: "According to PTI spokesman Ali Raza Khan")
        (_CREDIT_WORDS_BEFORE.search(text, lo, start) is not None and not _post_or_name_after(text, end))
        or _NEWS_AFTER.match(text, end) is not None
        # a sentence's closing credit: "…, RNZ reports.", "…, AP reported."
        or (text[max(0, start - 2) : start] == ", " and _REPORTS_AFTER.match(text, end) is not None)
        or (_BYLINE_WITH_BEFORE.search(text, lo, start) is not None and _LINE_ENDS_AFTER.match(text, end) is not None)
        or (
            _PHOTO_LABEL_BEFORE.search(text, max(0, start - 60), start) is not None
            and _CREDIT_ENDS_AFTER.match(text, end) is not None
        )
        or (
            _CREDIT_DASH_AFTER.match(text, end) is not None
            and _DATELINE_DATE_BEFORE.search(text, max(0, start - 80), start) is not None
        )
    )


_TOLD_OUTLET = re.compile(r"\btold\s+([A-Z][A-Za-z]{1,9}(?:\d{1,3})?)(?=[.,;]|\s+(?:on|in|by|that|late|earlier)\b)")
# ("SOURCE: AFP", "SOURCE:TRT Afrika": the agency's letters, then its edition's name)
_SOURCE_LINE = re.compile(
    r"(?m)^[ \t]*(?:SOURCE|Source)[ \t]*:[ \t]*([A-Z][A-Za-z]{1,9})(?:[ \t]+[A-Z][A-Za-z]{1,12}){0,2}[ \t]*$"
)
_CITY_CREDIT = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’-]{1,30}(?:,[^\n()]{0,40})?[ \t]+\((?:[^()\n]{0,40}/)?([A-Z][A-Za-z]{1,9})\)[ \t]*[-–—:]"
)
_PIPE_CREDIT = re.compile(r"(?m)^[ \t]*([A-Z]{2,6})[ \t]*\|[ \t]*[A-Z]")
_VIA_CREDIT = re.compile(r"[\[(]via[ \t]+([A-Z][A-Za-z]{1,9})[\])]")
_NEWS_DASH_CREDIT = re.compile(r"(?m)^[ \t]*([A-Z]{2,6})[ \t]+News[ \t]*[-–—][ \t]")
_REPORTS_CREDIT = re.compile(r",[ \t]+([A-Z]{2,6})[ \t]+(?:reports|reported)[ \t]*[.;]")
# An agency's letters alone on the text's last line: "AFP"
_LAST_LINE_AGENCY = re.compile(r"\n[ \t]*([A-Z]{2,6})[ \t]*\s*$")


# A byline that names an agency's or an outlet's letters alone, or with its desk or staff (the desk words people.py
# reads in bylines too): "By WAM", "By APP Published: 3 May", "By WAFB Staff", "By: PNA News Desk"
_DESK_AFTER_LETTERS = "|".join(
    sorted(map(re.escape, words("byline_desk_words") | {"Published", "Updated", "Posted"}), key=len, reverse=True)
)
_AGENCY_BYLINE = re.compile(
    rf"(?m)^[ \t]*(?:By|BY)[ \t]*:?[ \t]+([A-Z]{{2,6}})\b"
    rf"(?![ \t]+(?!(?:News[ \t]+)?(?:{_DESK_AFTER_LETTERS})\b)[A-Z][a-z])"
)


def _outlets_credited(text: str) -> frozenset[str]:
    """The news agencies a text credits (never a body the gazetteer knows: "LYON, France (INTERPOL) –" is the
    body's own release, and INTERPOL goes on to act in it)."""
    found: set[str] = set()
    if "(" in text[:2000]:
        found.update(m.group(1) for m in _DATELINE_CREDIT_NAME.finditer(text, 0, 2000))
    found.update(_AGENCY_BYLINE.findall(text, 0, 2000))
    if "agency" in text or "quoted by" in text:
        for m in _AGENCY_NAMED.finditer(text):
            found.add(m.group(m.lastindex or 1))
    if "told " in text:
        # "…, the spokesman told AFP.", "told Reuters on Tuesday": the outlet a speaker talked to (not a body a
        # witness told: "told Parliament", "told the court")
        found.update(name for name in _TOLD_OUTLET.findall(text) if name not in ORG_HEADS)
    if "ource" in text or "OURCE" in text:
        found.update(_SOURCE_LINE.findall(text))  # "SOURCE: AFP" on a line of its own
    # a dateline city's bracket, an outlet's edition before a slash perhaps: "BANGKOK (The Nation Thailand/ANN):";
    # "USPA News - Police in Tanzania …"; "…, the press service said, UNN reports." (letters the text writes only
    # there: a body that acts in the story is named again, "NAIROBI (KPS) - The KPS said …")
    credited = _CITY_CREDIT.findall(text, 0, 2000) + _NEWS_DASH_CREDIT.findall(text, 0, 2000)
    credited += _PIPE_CREDIT.findall(text, 0, 2000)  # "PTI | New Delhi | Updated: 21-11-2024"
    if "via" in text:
        credited += _VIA_CREDIT.findall(text)  # "[via WWD]", "(via AP)"
    if "report" in text:
        credited += _REPORTS_CREDIT.findall(text)
    found.update(
        name
        for name in credited
        if name in NEWS_AGENCY_LETTERS or len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) == 1
    )
    last = _LAST_LINE_AGENCY.search(text, max(0, len(text) - 20))
    if last:
        found.add(last.group(1))  # "AFP" alone on the last line: the story's credit
    # (a text credits one or two agencies; at most eight are weighed, each by one pass over the text)
    named = sorted(name for name in found if name not in KNOWN_ORGS)[:8]
    return frozenset(name for name in named if not _expanded(text, name))


_NEWS_WORDS = re.compile(r"\b(?:News|Press|Agency|Agencia|Agência|Agence|Wire|Service|Television|Radio)\b")
_CAPITALISED_RUN = re.compile(rf"[{UPPER}][\w'’-]*(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*[{UPPER}][\w'’-]*)+")


def _name_word(word: str) -> bool:
    """Whether a word in mixed case may be part of a person's name (``name_shaped``, letters only), and is no
    body's lead word, common noun or place."""
    return (
        name_shaped(word)
        and word[1:].isalpha()
        and word not in ORG_LEADS
        and not common_noun(word)
        and place_key(word) not in places()
    )


def _name_goes_on_before(text: str, start: int) -> bool:
    """Whether a capitalised word that may be part of a name stands just before
    ``start`` (not "The", "At", "In": a sentence's opening word)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1) not in COMMON_CAPS


def _known_before_compound(word: str) -> str | None:
    """The known body that opens a compound with a participle after it
    ("NATO-backed", "Al-Qaeda-linked", "Europol-supported", "INTERPOL-led"),
    or None ("ICE-cold" is no agency's). The word is split once and only its
    first three parts are tried: a long hyphenated run is not rejoined per hyphen."""
    parts = word.split("-", 3)
    last = parts[-1]
    if not (last.endswith("ed") or last in ("led", "run", "wide")) or not last.islower():
        return None
    for k in range(min(3, len(parts) - 1), 0, -1):
        head = "-".join(parts[:k])
        if head in KNOWN_ORGS:
            return head if all(part.islower() for part in parts[k:]) else None
    return None


_BODY_ACTS_AFTER = re.compile(
    r"\s+(?:agents|officers|operatives|personnel|teams?|units?|seized|arrested|raided|dismantled|rescued|intercepted"
    r"|recovered)\b"
)


def _is_upper_letter(ch: str) -> bool:
    """Whether ``ch`` is in ``[{UPPER}]``: a capital below U+1F00."""
    return ch < "\u1f00" and ch.isupper()


def _word_before_bracketed(text: str, letters: str) -> Iterator[tuple[int, int]]:
    """What ``re.finditer(rf"([{UPPER}][\\w'’-]*)[ \\t]+\\({letters}\\)", text)`` finds, as (start, end)
    spans: "(letters)" is found with ``str.find`` and the word before it read backwards, not the pattern
    tried at every capital of the text. A match starts at the first capital of the run of word characters,
    apostrophes and hyphens before the blanks (none starts before that run, any capital in it can start
    one, and the leftmost wins); ")" is no such character, so the matches never overlap."""
    needle = f"({letters})"
    at = text.find(needle)
    while at >= 0:
        blanks = at
        while blanks > 0 and text[blanks - 1] in " \t":
            blanks -= 1
        run = blanks
        while run > 0 and (text[run - 1].isalnum() or text[run - 1] in "_'’-"):  # (``\\w`` is isalnum() or "_")
            run -= 1
        start = next((k for k in range(run, blanks) if _is_upper_letter(text[k])), -1)
        if blanks < at and start >= 0:
            yield start, at + len(needle)
        at = text.find(needle, at + len(needle))


def _expanded(text: str, letters: str) -> bool:
    """Whether the text spells out a body whose letters these are, or defines them in brackets after its name
    ("The Narcotics Control Commission (NACOC) seized …", "the Central Narcotics Bureau … as quoted by CNB"): a
    body that acts in the story, though the dateline credits it."""
    if not letters.isupper():
        return False
    for start, end in _word_before_bracketed(text, letters):
        word = text[start : end - len(letters) - 2].rstrip(" \t")
        # (not "Jakarta (ANTARA) –": a dateline's place and the agency it credits)
        if (
            place_key(word) not in places()
            and word not in CALENDAR_WORDS  # ("Bogotá, 12 May (EFE) –")
            and not _NEWS_WORDS.search(text, max(0, start - 40), end)
        ):
            return True  # (not "the Emirates News Agency (WAM)": an agency defined is still an outlet)
    # "PDEA agents seized 4 kg": the body acts in the story (the letters found with ``str.find``, a word of their
    # own, and the words after them matched there: no pattern compiled for them and tried at every position)
    at = text.find(letters)
    while at >= 0:
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")) and _BODY_ACTS_AFTER.match(
            text, at + len(letters)
        ):
            return True
        at = text.find(letters, at + 1)
    for m in _CAPITALISED_RUN.finditer(text):
        initials = "".join(w[0] for w in m.group().split() if w[:1].isupper() and w not in ("The", "A", "An"))
        if (initials == letters or (len(letters) >= 4 and letters in initials)) and not _NEWS_WORDS.search(m.group()):
            return True
    return False


# A body named by a list of what it covers, with commas ("Ministry of Women, Family and Children",
# "Department of Forestry, Fisheries and the Environment", "Zakat, Tax and Customs Authority",
# "Standards, Utilities and Wildlife Court"). Lists are bounded (six items), so a long run of commas
# is not rescanned from each of its words.
_ITEM = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_LISTED_BODY_WORDS = "|".join(sorted(map(re.escape, word_list("listed_body_heads")), key=len, reverse=True))
_LISTED_HEAD = re.compile(_LISTED_BODY_WORDS)


def _lines_naming_a_listed_head(text: str) -> list[tuple[int, int]]:
    """The lines where ``_LISTING_NAME`` may match, in order: a match holds a
    head word, a comma and "and" (or "&"), and never a line break, so the pattern
    (tried at every capital it meets) runs over those lines alone."""
    lines: list[tuple[int, int]] = []
    pos = 0
    while (head := _LISTED_HEAD.search(text, pos)) is not None:
        start = text.rfind("\n", 0, head.start()) + 1
        end = text.find("\n", head.end())
        if end < 0:
            end = len(text)
        if text.find(", ", start, end) >= 0 and (
            text.find(" and ", start, end) >= 0 or text.find(" & ", start, end) >= 0
        ):
            lines.append((start, end))
        pos = end
    return lines


_LISTING_NAME = re.compile(
    # a head, "of"/"for"/"on", then the list: "… Authority for Identity, Citizenship, Customs and Port Security"
    rf"(?<![\w'’-])(?P<lead>(?:[A-Z][\w'’-]+ ){{0,2}}(?:{_LISTED_BODY_WORDS}) (?:of|for|on) (?:the )?)"
    rf"(?P<list>{_ITEM}(?:, {_ITEM}){{1,5}},? (?:and|&) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}})"
    # or the list, then the head: "Zakat, Tax and Customs Authority"
    rf"|(?<![\w'’-])(?P<before>[A-Z][\w'’-]+(?:, [A-Z][\w'’-]+){{1,5}},? (?:and|&) (?:[A-Z][\w'’-]+ ){{1,2}}"
    rf"(?:{_LISTED_BODY_WORDS}))(?![\w-]|['’](?![sS]\b))"  # (its owner's mark after it: "… Authority's")
)


def _names_a_person(words: list[str]) -> bool:
    """Whether the words after a post name a person: two to four capitalised words, none a body's, a title's, a
    connector or a common capitalised word ("Marcos Aurélio Tavares"; not "Training School")."""
    return 2 <= len(words) <= 4 and all(name_shaped(w) and w.lower() not in CONNECTORS for w in words)


_WORD_BEFORE_OF = re.compile(r"([A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?$")


def _post_before(text: str, start: int) -> bool:
    """Whether a post's title and "of" or "for" (and "the") stand right before ``start`` ("Chief Constable of |
    Wiltshire Police"): the word before "of" is looked up among the titles, only where the text ends so."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(("of ", "for ", "the ")):
        return False
    m = _WORD_BEFORE_OF.search(before)
    return m is not None and m.group(1) in TITLE_WORDS


def _body_after_post(words: list[str]) -> int | None:
    """Where the body starts after a post held in it, in a run that opens on the post's title and "of" or "for"
    ("Assistant Chief Constable for | Wiltshire Police", "Commissioner of the | Metropolitan Police"): None where
    what follows names no body (a post's field: "Director of Cybercrime") or another post."""
    of_at = next((k for k, w in enumerate(words) if w in ("of", "for")), None)
    if of_at is None or not all(w in TITLE_WORDS or w.lower() in CONNECTORS for w in words[:of_at]):
        return None
    at = of_at + 1 + (words[of_at + 1 : of_at + 2] == ["the"])
    body = words[at:]
    if not body or ORG_HEADS.isdisjoint(body) or not TITLE_WORDS.isdisjoint(body):
        return None
    return at


_PLACE_UNITS = words("place_unit_words") | words("structure_nouns")
_PLACE_LEADS = words("place_leading_heads")


def _person_after_head(words: list[str], after_post: Callable[[], bool] | None = None) -> int | None:
    """Where a person's name starts in a body's words, when two or three
    words after its last head word name one ("… Police Department Oleksandr
    Voronenko"): a known given name first, no head word or connector after;
    or any two or three name-shaped words where a post before the body says a
    person is named ("Chief Constable of Wiltshire Police Kier Pritchard")."""
    heads = [k for k, w in enumerate(words) if w in ORG_HEADS]
    if not heads:
        return None
    k = heads[-1] + 1
    rest = words[k:]
    if not 2 <= len(rest) <= 3:
        return None
    if (
        rest[0] not in given_names()
        and not (
            # (a known family name last, after a word shaped as a given name: "… Drug Control Agency Rustam Nazarov")
            len(rest) == 2
            and rest[1] in family_names()
            and rest[0].isalpha()
            and rest[0][:1].isupper()
            and rest[0][1:].islower()
            and rest[0] not in COMMON_CAPS
            and rest[0].lower() not in _PLACE_UNITS  # ("Coast Guard District Seven": a unit's district)
            and rest[1].lower() not in NUMBER_WORDS
            and place_key(" ".join(rest)) not in places()  # ("Federal Police Santa Cruz": where the unit is)
            and rest[0] not in _PLACE_LEADS
        )
        and not (
            after_post is not None
            and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in rest)
            and after_post()
        )
    ):
        return None
    if any(w.lower() in CONNECTORS or w in ORG_HEADS or not w[:1].isupper() for w in rest):
        return None
    return k


def _listing_names(text: str) -> list[Span]:
    """Bodies named by a list with commas (``_LISTING_NAME``), where no item is a
    known place ("Police in Lagos, Abuja and Kano" is no name) and the name
    does not open with a function word ("The")."""
    spans: list[Span] = []
    if ", " not in text:
        return spans
    for m in (m for start, end in _lines_naming_a_listed_head(text) for m in _LISTING_NAME.finditer(text, start, end)):
        listed = m.group("list") or m.group("before")
        items = [
            w.strip().removeprefix("the ")
            for part in listed.split(",")
            for w in re.split(r" and | & ", part)
            if w.strip()
        ]
        if any(place_key(item) in places() for item in items):
            continue
        # a list of bodies is no body's name: "the Department of Justice, Homeland Security and the FBI",
        # "the Ministry of Interior, Customs and the Coast Guard", "Europol, Eurojust and European Anti-Fraud Office"
        own = items if m.group("list") else items[:-1]  # (the last item before a head holds the head itself)
        # (after "for", the list says what the body is for: "… Authority for Identity, Citizenship, Customs and
        # Port Security"; a head word there is a field, not another body)
        purposes = m.group("list") is not None and m.group("lead").rstrip().endswith((" for", " for the"))
        if any(
            item in KNOWN_ORGS
            or item.isupper()
            or (not purposes and (item in ORG_HEADS or item.split()[-1] in ORG_HEADS))
            for item in own
        ):
            continue
        start, end = m.start(), m.end()
        words = text[start:end].split()
        while words and (
            words[0] in ("The", "A", "An", "This")
            or place_key(words[0]) in country_keys()
            or words[0].endswith(("'s", "’s"))
        ):
            start += len(words.pop(0)) + 1  # ("US Bureau of …", "Mexico's Ministry of …": the country is a place)
        if len(words) < 4:
            continue
        if text.endswith(("'s", "’s"), start, end):
            end -= 2  # "the Bureau of Alcohol, Tobacco, Firearms and Explosives's agents": the owner's mark is no part
        spans.append(Span(ORG, start, end, text[start:end], rule="org-listing"))
    return spans


_COMPANY_CUE_WORDS = (
    "firm",
    "compan",
    "partner",
    "provider",
    "collaborator",
    "Firms",
    "Compan",
    "Partners",
    "Providers",
)
_LIST_OPENER = r"(?:such\s+as|including|includes?|included|like|were|are|namely)"
_COMPANY_CUE = re.compile(
    r"(?:(?:firm|company|provider|(?P<many>firms|companies|providers|partners|collaborators))"
    # ("private partners at national and international level including …": a few words of where or which)
    rf"(?:(?:\s+[a-z][\w-]*){{0,6}}?,?\s+{_LIST_OPENER})?"
    # the plural opening a sentence, its list word written: "Companies including Microsoft, …"
    rf"|(?P<opening>Firms|Companies|Providers|Partners)(?:(?:\s+[a-z][\w-]*){{0,6}}?,?\s+{_LIST_OPENER}))"
    r":?\s+(?:the\s+)?(?=[A-Z])"
)
_MOST_LISTED = 20  # names read from one list (a release thanks a dozen or more private partners)
# One name of a list: one to five capitalised words ("Helix DNS Registry"), an
# ampersand or "and" inside none of them.
_COMPANY_NAME = re.compile(r"([A-Z][\w'’.-]{1,40}(?: [A-Z0-9][\w'’.-]{0,40}){0,4})(?=[,;.:)\s]|$)")
_MODIFIES_A_NOUN = re.compile(
    r"[ \t]+(?!(?:and|or|as|were|was|are|is|in|of|for|with|to|on|at|among|have|has|had|which|who|that|also|all"
    r"|both|together|through|via|from|by)\b)[a-z]"
)
_LIST_NEXT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=[A-Z])")


# A legal form after a word ("S.A.", "Co.", "GmbH", "Sdn Bhd"), from the word list,
# and the capitalised name before it.
# The form's first letter comes first, so re skips ahead to it; the
# lookbehind after it asks for "a word and a space" before (see .patterns).
_FORMS = [e for e, _ in sorted(entries("company_suffixes"), key=lambda e: -len(e[0]))]
_FORM_FIRSTS, _FORM_RESTS = by_first_character([re.escape(e) for e in _FORMS])
_COMPANY_FORM = re.compile(rf"[{_FORM_FIRSTS}](?<=[\w.)] .){_FORM_RESTS}(?![\w.])")  # (")": "(Pty) Ltd")
# The same, of the forms that open on a capital: where the text holds none of the others ("plc", "d.o.o."), it
# finds what _COMPANY_FORM does, without stopping at every "a", "d", "p" and "s" after a blank
_FORMS_IN_LOWER_CASE = tuple(e for e in _FORMS if not e[0].isupper())
_CAPITAL_FIRSTS, _CAPITAL_RESTS = by_first_character([re.escape(e) for e in _FORMS if e[0].isupper()])
_CAPITALISED_COMPANY_FORM = re.compile(rf"[{_CAPITAL_FIRSTS}](?<=[\w.)] .){_CAPITAL_RESTS}(?![\w.])")
_COMPANY_NAME_BEFORE = re.compile(
    rf"((?:[{UPPER}][\w'’&-]{{0,40}} (?:(?:&|and|de|del|da|do|dos|das) )?){{1,6}}(?:\((?:Pty|Pvt|Private)\) )?)$"
)  # "Pagamentos Ágeis do Cerrado Ltda.", "Vaal Metals Recovery (Pty) Ltd"
#: Capitalised particles that begin a company's name ("Al Wafra Heavy Equipment Trading LLC", "El Dorado Cargo S.A.").
_NAME_PARTICLES = words("name_particles")


@functools.cache
def _company_prefix() -> re.Pattern:
    """A legal form written before a company's name (company_prefixes.txt), then one to five
    capitalised words ("PT Maju Jaya Abadi", "M/s Shree Ganesh Traders")."""
    # (the forms' first letters first, so re skips ahead to them, and the lookbehind after the letter: see .patterns)
    firsts, rests = by_first_character(
        [re.escape(f) for f in sorted(word_list("company_prefixes"), key=len, reverse=True)]
    )
    return re.compile(
        rf"[{firsts}](?<![\w/].){rests}\.? ((?:[{UPPER}][\w'’&-]{{0,40}})(?: [{UPPER}][\w'’&-]{{0,40}}){{0,4}})"
    )


_TIME_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?)\s*$", re.I)  # "at 9 a.m. PT": a time zone
_CHAIN_BEFORE = re.compile(r"((?:[A-Z][\w'’-]{0,40} (?:(?:of|on|for|the|de|del|da) )*){1,6})$")
_LABEL_AFTER = re.compile(r"(?: [A-Z]{2,})?:(?:\s|$)")
_CREDIT_BEFORE = re.compile(r"[ \t]*(?:[-–—][ \t]*|\(|\[)?")
_STORY_END = re.compile(r"\s*(?:[a-z]{2,4}(?:/[a-z]{2,4})+\s*)?\Z")  # blank, or a wire's editors' initials
_IN_PLACE_GAP = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_DATELINE_CREDIT = re.compile(r"\)\s*\.?\s*[-–—:]")  # "(Reuters) -", "(EFE).–"
# Letters a text gives a kind of operation: "an Intelligence Based Operation (IBO)"
_OPERATION_KIND_LETTERS = re.compile(r"\b[Oo]peration[ \t]*\(([A-Z]{2,6})\)")
# A dateline of a city in capitals and a colon, no date: "SIALKOT: (APP) …"
_CAPS_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'-]{1,30}:[ \t]*")
# The rest of a dateline's credit between slashes after its first word: " Telbec/ -" of "/CNW Telbec/ -"
_SLASH_CREDIT_REST = re.compile(r"(?:[ \t]+[A-Z][\w-]*){1,2}/[ \t]*[-–—]")
# Agencies' letters parted by slashes or commas in a dateline's brackets: "(VNS/VNA)", "(AFP/Reuters)"
_CREDITS_BRACKET = re.compile(r"\((?:[A-Z][A-Za-z]{1,9}[ \t]*[/,][ \t]*){1,3}[A-Z][A-Za-z]{1,9}\)")
# An outlet's name: letters, then "News" and what a reporter does ("ARY News reported", "ITV News Correspondent")
_OUTLET_NEWS_AFTER = re.compile(
    r"[ \t]+News(?:[ \t]+(?:reported|reports|said|says|quoted|Correspondent|correspondent|reporter)\b"
    r"|,[ \t]+citing\b)"
)


def _in_credits_bracket(text: str, start: int, end: int) -> bool:
    """Whether the letters at ``start``–``end`` are a news agency's, credited in a dateline's bracket of credits
    ("Hai Phong (VNS/VNA) –"): the bracket right after the dateline's place (and date) at its line's start, a dash
    or a colon after it ("Manila (PNA/PDEA) –" credits PNA; PDEA is the body that acted; "A joint team (NCB/DRI) –"
    is no dateline)."""
    if text[start:end] not in NEWS_AGENCY_LETTERS:
        return False
    lo = max(0, start - 120)  # (a dateline is short: the line's start is looked for that far back only)
    newline = text.rfind("\n", lo, start)
    if newline < 0 and lo > 0:
        return False
    line_start = newline + 1
    opening = text.rfind("(", line_start, start + 1)
    if opening < 0 or opening - line_start > 80:
        return False
    head = text[line_start:opening].replace(",", " ").split()
    if not head or not all(w[:1].isupper() or w[:1].isdigit() for w in head):
        return False
    m = _CREDITS_BRACKET.match(text, opening)
    return m is not None and m.end() > end and _DATELINE_CREDIT.match(text, m.end() - 1) is not None


_NEAR = 200  # how far a caps word's line is looked for
_ONLY_SPACE = re.compile(r"\s*\Z")
_CREDIT_AFTER_SENTENCE = re.compile(r"[.!?\"”’][ \t]*(?:[-–—][ \t]*|\(|\[)$")
# ("PTI ABS RHL"; "(END) AGR/JOT": editors' initials parted by slashes after the wire's end mark)
_CREDIT_LINE = re.compile(r"[ \t]*(?:\((?:END|FIN|FIM)\)[ \t]*)?[A-Z]{2,5}(?:(?:[ \t]+|/)[A-Z]{2,4}){1,4}[ \t]*")
_DASH_AFTER = re.compile(r"[ \t]*[-–—][ \t]")
_DATED_HEAD = re.compile(r"[^\n;]{0,40}?\d{1,4}[ \t]*")  # "Kasoa, Nov. 25": a place and a date
_DATELINE_CREDIT_OPEN = re.compile(r"\)\.?[ \t]+[A-Z][a-z]")  # ("Lima, Dec. 1, 2026 (ANDINA). More than …")
# "New Delhi, Nov 15 ", "KOLKATA, 2 March ", "Lima, Dec. 1, 2026 " (a month's short form keeps its dot)
_DATELINE_HEAD = re.compile(r"(?:[^\n.;]|(?<=[A-Z][a-z]{2})\.){0,40}\d[^\n.;]{0,10}[ \t]*")
_PLATE_AFTER = re.compile(r"[ -]\d{1,4}[A-Z]{0,2}\b")
_SERIAL_AFTER = re.compile(r"[ -]\d{5,}\b")
_PLATE_BEFORE = re.compile(r"[A-Z]{1,3}[ -]\d{2,4}[ -]$")
_NAMED_THING_AFTER = re.compile(r"\s(" + "|".join(entry for entry, _ in entries("named_thing_words_after")) + r")\b")


def _named_thing_before(before: str) -> bool:
    # Each word _NAMED_THING_BEFORE looks for holds "ject", "ation" or "amme": most words skip the search.
    return ("ject" in before or "ation" in before or "amme" in before) and bool(_NAMED_THING_BEFORE.search(before))


def _led_by_a_name(word: str) -> bool:
    """Whether a compound modifier says where a body is or who runs it: "Lagos-based", "AFP-led", "United
    Kingdom-led" (a name before the hyphen), not "Intelligence-led Policing Unit" (a common word describing it)."""
    m = _WHERE_FROM.search(word)
    if not m:
        return False
    if not m.group().endswith(("led", "backed", "funded", "supported")):
        return True  # "-based", "-registered", "-owned": where it is, whatever the word before
    owner = word[: m.start()]
    return owner.isupper() or owner in KNOWN_ORGS or place_key(owner) in places() or owner.lower() not in _LOWER_OWNERS


# Common words written before "-led": a way of working, not who leads ("intelligence-led", "community-led")
_LOWER_OWNERS = words("led_modifier_common_words")


_WHERE_FROM = re.compile(r"-(?:based|registered|owned|headquartered|linked|flagged|led|backed|funded|supported)$")
_AGE_NEXT = re.compile(r",\s*(?:aged\s+)?\d{1,2}\s*(?:,|;|\.(?!\d)|\)|\s+(?:and|of|from)\b)|\s*\(\d{1,2}\)")


@functools.lru_cache(maxsize=65536)
def _caps_word_may_name(word: str) -> bool:
    """Whether an all-caps word may be a name wherever it stands: not a page
    label, a Roman numeral, a rank or a ship's prefix ("HNLMS Groningen").
    It depends on the word alone, so it is remembered."""
    return not (
        word in NOT_ORG_CAPS
        or is_roman(word)
        or word in words("rank_abbreviations")
        or word in _VESSEL_PREFIXES
        or word.capitalize() in CALENDAR_WORDS  # a date in capitals: "28 NOVEMBER 2026"
        # a common word or a number shouted in a headline or a label: "PHASE 2", "FOURTEEN people",
        # "14 ARRESTED", "OPERATION X NETS 38 ARRESTS"
        or word.capitalize() in COMMON_CAPS
        or word.lower() in _PLAIN_WORDS
    )


#: Number words and the verbs and nouns of results ("ARRESTED", "NETS", "SEIZED"): never a body's letters
_PLAIN_WORDS = (
    NUMBER_WORDS
    | SCALE_WORDS  # "4.5 MILLION cigarettes"
    | frozenset(w.lower() for w in words("figure_result_verbs") if " " not in w)
    | frozenset(
        w.lower()
        for metric in ("arrests", "seized", "rescued", "identified", "dismantled")
        for w in words(f"figure_cues_{metric}")
        if " " not in w
    )
)


def _body_before_bracket(text: str, bracket: int) -> bool:
    """Whether the words before a bracket end in a body's head word and hold no title ("Fisheries
    Surveillance Centre (CSP)"; not "the Inspector-General of Police (IGP)", a post)."""
    before = text[max(0, bracket - 80) : bracket].split()
    return (
        bool(before)
        and before[-1] in ORG_HEADS
        and not any(w in TITLE_WORDS or w.split("-")[0] in TITLE_WORDS for w in before[-6:])
    )


def _written_in_lower_case(text: str, word: str, seen: dict[str, bool]) -> bool:
    """Whether ``text`` also writes the all-caps ``word`` as a lower-case word
    ("The police also arrested …"): a common word, not an acronym. The text's
    lower-case words are collected once, on the first question (kept in
    ``seen`` under the empty key), so any number of such words costs one pass."""
    if "" not in seen:
        seen.update(dict.fromkeys(_LOWER_CASE_WORD.findall(text), True))
        seen[""] = True
    return word.lower() in seen


_LOWER_CASE_WORD = re.compile(r"(?<![\w-])[^\W\d_A-Z]\w*(?![\w-])")


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around a word at [start, end), looked for only nearby: every
    test that reads it needs a short line or a short stretch of it, and a text
    of one long line must not be scanned again for each of its words. A
    bound further than ``_NEAR`` is put just beyond it (no test can match)."""
    line_start = text.rfind("\n", max(0, start - _NEAR), start) + 1
    if line_start == 0 and start > _NEAR:
        line_start = start - _NEAR - 1  # far: no test below can match
    line_end = text.find("\n", end, end + _NEAR)
    if line_end < 0:
        line_end = len(text) if len(text) - end <= _NEAR else end + _NEAR + 1
    return line_start, line_end


# (a body's own last word after "and" still opens a second body: "… Narcotics Control Board and Royal Thai Police")
_BODY_ENDS = words("org_body_ends")
_BODIES_OF_DOMAINS = words("org_bodies_of_domains")


def _domain_of_body(tokens: list[Token], start: int, k: int) -> bool:
    """Whether tokens ``start``..``k`` open on a ministry's or department's word and "of" (its domain follows)."""
    first = start + (tokens[start].text in ("The", "the"))
    return first + 1 < k and tokens[first].text in _BODIES_OF_DOMAINS and tokens[first + 1].text == "of"


def _credit_bracket_closes(text: str, end: int) -> bool:
    """Whether what follows the ")" at ``end`` may go on as both dateline credit
    patterns need (_DATELINE_CREDIT_OPEN, _DATELINE_CREDIT): a blank, a dot, a dash or a colon."""
    second = text[end + 1 : end + 2]
    return second != "" and (second.isspace() or second in ".-–—:")


# The lower-case word just before a "(" (searched in a window ending at it).
_LOWER_WORD_BEFORE_BRACKET = re.compile(r"(?<![\w'’.-])([a-z][a-z'’-]*) ?$")
_LOWER_WORD_LAST = frozenset("abcdefghijklmnopqrstuvwxyz'’-")
_LOWER_WORD_OR_BLANK = _LOWER_WORD_LAST | {" ", "\n"}  # (what _lower_word_may_end reads first)


def _lower_word_may_end(text: str, end: int) -> bool:
    """Whether ``_LOWER_WORD_BEFORE_BRACKET`` may match in a window ending at ``end``: its word's last character
    ends the window, or stands before a blank, a line break ("$" matches before one at the end), or both. Most
    letters in brackets follow a capital or another bracket, and the window is not searched at each of its
    positions for them."""
    k = end - 1
    if k >= 0 and text[k] == "\n":
        k -= 1
    if k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and text[k] in _LOWER_WORD_LAST


# " of " and an amount after letters: "SDP of P3,400,000", "(DPV) of N14.6 billion", "of $2m".
_AMOUNT_OF_AFTER = re.compile(r"\)? of (?:[A-Z]{1,3}|[^\w\s]{1,2}|Rs\.?)? ?\d")
# A number and a unit written just before " of " (searched in a window ending there).
_NUMBER_UNIT_BEFORE = re.compile(r"\d ?([A-Za-z³]{1,12})\.?$")


@functools.cache
def _mass_and_volume_units() -> frozenset[str]:
    return frozenset(entry.partition(" = ")[0].lower() for entry, _ in entries("figure_units"))


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` are a term's or a substance's
    letters rather than a body's, by the words around them."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if before == "(" and after == ")" and _lower_word_may_end(text, start - 1):
        term = _LOWER_WORD_BEFORE_BRACKET.search(text, max(0, start - 48), start - 1)
        if term and not _heads_a_body(term.group(1)):
            # "a listed high-value individual (HVI)", "crystal meth (ICE)", "a value-added tax
            # (VAT)": the letters of a term written in lower case, not of a body's name (a body
            # named in lower case ends in its head word: "the police (SAPS)", "the court (JIRS)")
            return True
    if text.startswith(" of ", end + (after == ")")) and _AMOUNT_OF_AFTER.match(text, end):
        return True  # "an SDP of P3,400,000", "a DPV of N14.6 billion": a measure's letters, an amount after
    # "1,240 litres of BMK", "60 kg of TNT": a substance weighed or measured
    return before == " " and text[start - 4 : start] == " of " and _measured(text, start - 4)


def _heads_a_body(word: str) -> bool:
    """Whether a lower-case word may end a body's name ("police", "court", "unit")."""
    return word in ORG_LOWER_TAILS or word.capitalize() in ORG_HEADS or word in ORG_HEADS


def _measured(text: str, end: int) -> bool:
    """Whether a number and a unit of mass or volume end at ``end`` (before " of ")."""
    m = _NUMBER_UNIT_BEFORE.search(text, max(0, end - 20), end)
    return m is not None and m.group(1).lower() in _mass_and_volume_units()


# An owner's possessive before a capitalised name: "'s National Unit"
_OWNER_OF_A_NAME = re.compile(r"['’]s\s+[A-Z][a-z]")
_TWO_CAPITALS = re.compile(r"(?<![\w.&'’-])[A-Z]{2}(?![\w&'’-]|\.\w)")


def _written_again(text: str, word: str, counts: dict[str, int]) -> bool:
    """Whether two capitals alone ("PF", "MP", "GP") stand as a word more than once in ``text``: two letters
    written once are an initialism of anything (a doctor, a title, a grade, a car); a body's are repeated."""
    if not counts:
        counts.update(Counter(_TWO_CAPITALS.findall(text)))
        counts.setdefault("", 0)  # (counted: an empty text's table is not counted again)
    return counts.get(word, 0) >= 2


# A word of illness after a body's letters makes them a disease's ("the SARS outbreak", "SARS-CoV-2")
_ILLNESS_AFTER = re.compile(
    r"(?:-CoV\b|\s+(?:outbreak|outbreaks|pandemic|epidemic|virus|viruses|infection|infections|vaccine|vaccines"
    r"|patients|symptoms|coronavirus)\b)"
)


def _is_caps_name(text: str, tokens: list[Token], idx: int, body_end: int, lower_seen: dict[str, bool]) -> bool:
    """Whether the all-caps word ``tokens[idx]`` is used as a name.
    ``body_end`` is ``len(text.rstrip())``: where only blanks follow.

    Every test here only rules the word out, so their order does not change
    the answer; each is asked only where the characters around the word
    allow it to match, so most words pass after a few character tests."""
    tok = tokens[idx]
    if not _caps_word_may_name(tok.text) and not (
        tok.text in words("rank_abbreviations")
        and text[tok.start - 1 : tok.start] == "("
        and text[tok.end : tok.end + 1] == ")"
        and _body_before_bracket(text, tok.start - 1)
    ):
        # (a rank's letters in brackets after a body are its short name: "Fisheries Surveillance Centre (CSP)")
        return False
    start, end = tok.start, tok.end
    # The characters either side: each test below needs one of a few there.
    before = text[start - 1 : start]
    after = text[end : end + 1]
    # a run of capitals is a shouted headline or dateline, not an acronym
    # (the words joined by one of JOINERS, each a single character)
    if before in JOINERS and idx > 0 and tokens[idx - 1].end == start - 1 and tokens[idx - 1].allcaps:
        return False
    if after in JOINERS and idx + 1 < len(tokens) and tokens[idx + 1].start == end + 1 and tokens[idx + 1].allcaps:
        return False
    if after in (" ", ":") and _LABEL_AFTER.match(text, end):
        return False  # "SOURCE: Europol", "FILE PHOTO: …": a page label
    if after in (" ", "-") and _ILLNESS_AFTER.match(text, end):
        return False  # "the SARS outbreak", "SARS-CoV-2", "MERS virus": a disease called by its letters
    # a surname in capitals inside a name written otherwise in mixed case, as French, Spanish and West
    # African releases write it: "Aminu SHUAIBU Danjuma", "OLUWASEUN Adebayo Tijani", "General Rodolfo
    # ARANCIBIA Tello" (not "NDLEA Chairman …", "EFCC Lagos office": a post, a place after a body's letters)
    if (
        before == " "
        and after == " "
        and idx > 0
        and idx + 1 < len(tokens)
        and tokens[idx - 1].end == start - 1
        and tokens[idx + 1].start == end + 1
        and _name_word(tokens[idx - 1].text)
        and _name_word(tokens[idx + 1].text)
    ) or (
        after == " "
        and idx + 2 < len(tokens)
        and tokens[idx + 1].start == end + 1
        and tokens[idx + 2].start == tokens[idx + 1].end + 1
        and _name_word(tokens[idx + 1].text)
        and _name_word(tokens[idx + 2].text)
    ):
        return False
    if len(tok.text) <= 3 and (after in (",", "(") or after.isspace()) and _AGE_NEXT.match(text, end):
        return False  # "identified by their initials as HS, 53, and AR, 47": people, not bodies
    if len(tok.text) <= 3 and before == " " and _IDENTIFIED_AS_BEFORE.search(text, max(0, start - 40), start):
        return False  # "another man, identified as SD, and …": a suspect's initials (Indonesian police write them)
    # The tests of the word's line: they need the line to end soon after the word
    # (a line break within 16 characters, or only blanks after the line), or a
    # dateline's "(" … ")" or ", " around the word.
    near_line_end = body_end <= end + _NEAR + 1 or text.find("\n", end, end + 17) >= 0 or len(text) - end <= 16
    bracketed = before == "(" and after == ")" and _credit_bracket_closes(text, end)
    comma_before = before == " " and text[start - 2 : start] == ", "
    if near_line_end or bracketed or comma_before:
        line_start, line_end = _line_bounds(text, start, end)
        closes_line = line_end - end <= 16 and not text[end:line_end].strip(" )]/")
        if closes_line and _CREDIT_BEFORE.fullmatch(text, line_start, start):
            return False  # "– AFP", "(IPS)" closing the text: the outlet credited, not a party to the story
        if closes_line and _CREDIT_AFTER_SENTENCE.search(text, max(line_start, start - 8), start):
            return False  # "… and Germany. — AFP", "… app. (PNA)": the credit after the last sentence
        if closes_line and text[start - 2 : start] == ". " and _STORY_END.match(text, line_end):
            return False  # "… up to 25 years in prison. EFE" then only the editors' initials ("mpr/jgb")
        if _CREDIT_LINE.fullmatch(text, line_start, line_end) and _ONLY_SPACE.match(text, line_end):
            return False  # "PTI ABS RHL": the agency and its editors' initials closing a wire story
        if (
            line_start > 0
            and _ONLY_SPACE.match(text, line_end)
            and not text[line_start:start].strip()
            and not text[line_start:line_end].rstrip().endswith(".")
        ):
            return False  # "EFE", "AGERPRES (RO - author: …)": the agency credited on the story's last line
        if (
            bracketed
            and _DATELINE_CREDIT_OPEN.match(text, end)
            and start - line_start < 60
            and (
                _DATELINE_HEAD.match(text, line_start, start - 1)
                or (tok.text in NEWS_AGENCY_LETTERS and _CAPS_DATELINE_HEAD.fullmatch(text, line_start, start - 1))
            )
        ):
            # "New Delhi, Nov 15 (PTI) The Narcotics …", "SIALKOT: (APP) Federal …": a dateline credit without a dash
            return False
        if (
            comma_before
            and start - line_start < 60
            and _DASH_AFTER.match(text, end)
            and _DATED_HEAD.fullmatch(text, line_start, start - 2)
        ):
            return False  # "Kasoa, Nov. 25, GNA – The Police …": the agency's credit in the dateline
        if closes_line and text.startswith("By ", line_start) and comma_before:
            return False  # "By Efua Dadzie, GNA": the byline's agency
        if bracketed and _DATELINE_CREDIT.match(text, end) and start - line_start < 80:
            return False  # "BUCHAREST (Reuters) -", "MEXICO CITY (AP) —"
    if before == "/" and (after == "/" or _SLASH_CREDIT_REST.match(text, end)):
        # "Chisinau, Mar. 14 /MOLDPRES/ –", "MONTREAL, Jan. 16, 2012 /CNW Telbec/ -": a news agency's (or a
        # release wire's) dateline credit, its edition's name after it
        return False
    if (before == "/" or after == "/") and _in_credits_bracket(text, start, end):
        return False  # "Hai Phong (VNS/VNA) – Customs officers …": the agencies credited in a dateline
    if after == " " and _OUTLET_NEWS_AFTER.match(text, end):
        return False  # "ARY News reported", "ITV News Correspondent": an outlet's name, not a party to the story
    # (_names_a_thing needs a lower-case word or a blank two characters before letters in brackets, " of " after
    # them, or a blank before them: "(NCB)(PTI)" is not asked)
    if (
        before == " "
        or (before == "(" and after == ")" and text[start - 2 : start - 1] in _LOWER_WORD_OR_BLANK)
        or text.startswith(" of ", end + (after == ")"))
    ) and _names_a_thing(text, start, end):
        return False
    if (before in ("\n", "") or start == 0) and after == " " and _written_in_lower_case(text, tok.text, lower_seen):
        return False  # "POLICE from Central Division seized …": a paragraph's first word set in capitals
    if len(tok.text) <= 3 and (
        (after in (" ", "-") and _PLATE_AFTER.match(text, end))
        or (before in (" ", "-", "\n") and _PLATE_BEFORE.search(text, max(0, start - 8), start))
    ):
        return False  # a licence plate: "C AB 512", "KDH 482Q", "LND 582 GM"
    if after in (" ", "-") and _SERIAL_AFTER.match(text, end):
        return False  # a code and its serial: a container's "KLMU 5530127", a law's "RA 10591", an account's
    if (before.isspace() and _named_thing_before(text[max(0, start - 12) : start])) or (
        after.isspace() and _NAMED_THING_AFTER.match(text, end, end + 14)
    ):
        return False
    return True


_COMPOUND_MODIFIER = re.compile(r"-[a-z]+$")


def _after_owner(words: list[str]) -> list[str]:
    """A group's name without the place a possessive puts before it: "Mexico’s Sinaloa cartel" is the Sinaloa
    cartel (the guide drops a possessive country prefix); "Mexico’s cartel" names none ("the Hell's Angels" keeps
    its word)."""
    owner = max((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
    if owner < 0 or place_key(" ".join(words[: owner + 1])[:-2]) not in places():
        return words
    return words[owner + 1 :]


# A list of groups' names (two to twelve, each of up to four capitalised words) before their plural noun, or after it
_REGION_ADJECTIVES_FOR_GROUPS = words("region_adjectives")
_GROUP_PLURALS = ("cartels", "clans", "gangs", "mafias", "syndicates", "crime families")
_LISTED_NAME = r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:de|del|la|los)[ \t]+)?[A-Z][\w'’-]*){0,3}"
_GROUP_LIST_BEFORE = re.compile(
    rf"\b[Tt]he[ \t]+({_LISTED_NAME}(?:[ \t]*,[ \t]*{_LISTED_NAME}){{0,10}}[ \t]*,?[ \t]+(?:and|&)[ \t]+{_LISTED_NAME})"
    r"[ \t]+(?:cartels|clans|gangs|mafias|syndicates|crime[ \t]+families)\b"
)
_GROUP_LIST_AFTER = re.compile(
    r"\b(?:cartels|clans|gangs|mafias|syndicates|crime[ \t]+families)[ \t]*,?[ \t]+"
    r"(?:including|such[ \t]+as|like|namely)"
    rf"[ \t]+((?:the[ \t]+)?{_LISTED_NAME}(?:[ \t]*,[ \t]*(?:the[ \t]+)?{_LISTED_NAME}){{0,10}}"
    rf"[ \t]*,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?{_LISTED_NAME})"
)
# One name of such a list, its article left out
_LIST_PART = re.compile(rf"(?:^|,|\band\b|&)[ \t]*(?:the[ \t]+)?({_LISTED_NAME})")
_GROUP_CUE = re.compile(
    dispatch(
        [
            "members? of",
            "belonging to",
            "affiliated (?:with|to)",
            "linked to",
            "notorious",
            *(
                f"{noun} (?:such as|including|like)"
                for noun in ("gangs?", "groups?", "cartels?", "mafias?", "syndicates?", "organizations?")
            ),
            "including the",
        ],
        word_start=True,
    )
    + r"\s+(?:the\s+)?"
    # (a number inside the name after its first word: "Barrio 18", "Calle 18")
    r"([A-Z][\w'’-]{0,40}(?:\s+(?:de|del|da|do|la)\s+|\s+)?(?:(?:[A-Z][\w'’-]{0,40}|\d{1,3}\b)(?:\s+(?:de|del|da|do|la)\s+|\s+)?){0,3})"
)
# Every _GROUP_CUE match begins with one of these.
_GROUP_CUE_WORDS = (
    "member",
    "belonging",
    "affiliated",
    "linked",
    "notorious",
    "gang",
    "group",
    "cartel",
    "mafia",
    "syndicate",
    "organization",
    "including",
)
# A ransomware's name is its group's, as releases write it: "the LockBit ransomware group", "the ColdVault ransomware",
# "ransomware collective LockBit" (not a malware's or an infostealer's: their names are the tools')
# (no point inside: "… Executive. Friday ransomware attacks"; not before the attacks, payments or variants a
# ransomware names, "Windows ransomware variants", "Bitcoin ransomware demands")
_BEFORE_RANSOMWARE = re.compile(
    r"(?<![\w'’.-])([A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30})?)(?= ransomware\b"
    r"(?! (?:attacks?|demands?|payments?|protections?|variants?|strains?|infections?|threats?|incidents?|groups"
    r"|gangs|operators|attackers|actors|families)\b))"
)
# What makes the name before "ransomware" a group's: a group's word after it ("the LockBit ransomware gang",
# "… operation", "… servers"), or "the" before it ("deploying the ColdVault ransomware"); not "Windows ransomware
# and Linux ransomware variants", "Email ransomware rose"
_RANSOMWARE_GROUP_WORDS = r"group|gang|collective|crew|operation|organi[sz]ation|cartel"
_GROUP_AFTER_RANSOMWARE = re.compile(
    rf" ransomware (?:{_RANSOMWARE_GROUP_WORDS}|affiliates?|servers|infrastructure|leak site|site|network|syndicate)\b"
)
_THE_BEFORE_NAME = re.compile(r"\b[Tt]he[ \t]+$")
_AFTER_RANSOMWARE = re.compile(rf"\bransomware (?:{_RANSOMWARE_GROUP_WORDS}) ([A-Z][\w'’-]{{1,30}})")


# An adjective of a people, a region or a language: "European", "Asian", "Russian-speaking", "Chinese"
_ADJECTIVE_OF_PEOPLE = re.compile(r"(?:an|ese|ish|ic|speaking|based)$")


def _ransomware_groups(text: str) -> list[Span]:
    """The groups named by their ransomware (see _BEFORE_RANSOMWARE): not a common capital, a people's adjective
    or a place ("The ransomware", "Russian ransomware", "Moscow ransomware")."""
    out: list[Span] = []
    for pattern in (_BEFORE_RANSOMWARE, _AFTER_RANSOMWARE):
        for m in pattern.finditer(text):
            name, start = m.group(1), m.start(1)
            if (
                pattern is _BEFORE_RANSOMWARE
                and _GROUP_AFTER_RANSOMWARE.match(text, m.end(1)) is None
                and _THE_BEFORE_NAME.search(text, max(0, start - 6), start) is None
                and not name.startswith(("The ", "the "))
            ):
                continue
            words = name.split()
            if len(words) == 2 and words[0] in _FUNCTION_CAPS:
                name, start = words[1], start + len(words[0]) + 1  # "The ColdVault ransomware": the name after it
            if name.endswith(("'s", "’s")):
                name = name[:-2]  # "LockBit's ransomware": the group, not its possessive
            first = name.split()[0]
            if (
                all(w in COMMON_CAPS for w in name.split())
                or name in COMMON_CAPS
                or people_adjective(first)
                or _ADJECTIVE_OF_PEOPLE.search(first) is not None
                or place_key(name) in places()
                or name.lower() == "ransomware"
            ):
                continue
            out.append(Span(ORG, start, start + len(name), name, rule="org-ransomware"))
    return out


def _named_as_a_place(text: str, name: str, asked: dict[str, bool]) -> bool:
    """Whether the text writes ``name`` as a place: on its own after a preposition of place ("in parts of the Bay
    Area", "from Kayole") or before a place's noun ("the Doi Luang district"), in its first 20,000 characters (a
    gang's name repeated alone, "Clansman had operated since 2019", is the gang's). ``asked`` holds the answers so
    far: each name is looked for once, and no more than 50 names are (past them a name is taken for a gang's, as
    most are)."""
    if name in asked:
        return asked[name]
    if len(asked) >= 50:
        return False
    found = False
    pos = text.find(name, 0, 20_000)
    while pos >= 0:
        end = pos + len(name)
        glued = text[end : end + 1].isalnum() or text[pos - 1 : pos].isalnum()
        if (
            not glued
            and not text.startswith(" gang", end)
            and (
                _PLACE_PREPOSITION_BEFORE.search(text, max(0, pos - 16), pos)
                or LOCATIVE_HEAD_AFTER.match(text, end)  # "Chiang Rai's Doi Luang district"
            )
        ):
            found = True
            break
        pos = text.find(name, end, 20_000)
    asked[name] = found
    return found


_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|across|around|near|throughout|at)[ \t]+(?:the[ \t]+)?$")
# A member's noun after a group's word: the article before the group is that noun's ("a Sinaloa cartel member")
_MEMBER_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(words("group_member_nouns"), key=len, reverse=True)) + r")\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|An?)[ \t]+$")
# "the Pelúas clan", "members of the Jalisco cartel", "the 14K triad": the head
# word is part of the name (and a place word inside it is no place of its own).
_GROUP_NAMED = re.compile(
    # a number alone is no name: "dismantled 41 criminal groups" ("14K", "18th Street" are)
    r"([A-Z0-9](?<!\w.)(?![\d.,]+ )[\w'’-]{1,40} (?:(?:[A-Z][\w'’-]{1,40}|\d{1,3}) ){0,2})"
    r"((?:gang|cartel|mafia|clan|syndicate|confraternity|"
    r"cult|triad|crime family)(?!s)\b|(?:criminal (?:group|network|organi[sz]ation))s?\b)"
)

# One of these stands in every _GROUP_NAMED match: a text without them is not scanned.
_GROUP_NAMED_WORDS = (
    "gang",
    "cartel",
    "mafia",
    "clan",
    "syndicate",
    "confraternity",
    "cult",
    "triad",
    "crime family",
    "criminal ",
)


def _own_words(tokens: list[Token], start: int, end: int) -> int:
    """How many of the tokens ``start``..``end`` come before an "of" or "for" among their first four (all of
    them if none); a side that opens on a body's head or lead word ("Bureau of Customs", "Ministry of
    Interior") is a body's whole name, counted whole."""
    if tokens[start].text in ORG_HEADS or tokens[start].text in ORG_LEADS:
        return end - start + 1
    for k in range(start, min(end, start + 3) + 1):
        if tokens[k].text in ("of", "for"):
            return k - start
    return end - start + 1


# "and the" in Spanish and French bodies' lists: "la Guardia Civil y la Agencia Tributaria", "la Police
# nationale et la Gendarmerie" (a body's own name joins its domains without an article: "Justicia y Derechos Humanos")
_AND_ABROAD = frozenset({"y", "et"})
_JOINT_WORDS = _AND_ABROAD | {"and"}  # (the words ``joint`` in _split_coordination may take)
_THE_ABROAD = frozenset({"la", "el", "los", "las", "le", "les"})  # (not Portuguese "a", "o": English words too)


def _region_pair(text: str, tokens: list[Token], start: int, k: int, right_start: int, j: int, table) -> bool:
    """Whether the "and" at token ``k`` joins two places a body's name is for or of, the chain ending with the
    second ("Regional Office for Asia and the Pacific", "Regional Bureau for the Middle East and North Africa")."""
    if j - right_start >= MAX_PLACE_TOKENS or place_key(text[tokens[right_start].start : tokens[j].end]) not in table:
        return False
    for m in range(k - 1, max(start, k - MAX_PLACE_TOKENS - 2), -1):
        if tokens[m].text in ("for", "of"):
            first = m + 1 + (tokens[m + 1].text == "the")
            return (
                first < k
                and m > start
                and any(t.text in ORG_HEADS for t in tokens[start:m])
                and place_key(text[tokens[first].start : tokens[k - 1].end]) in table
            )
    return False


def _split_coordination(
    text: str,
    tokens: list[Token],
    i: int,
    j: int,
    inside_place: dict[tuple[str, int, int, int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Split a chain at "and"/"and the" when both sides stand as names of their own.

    One pass over the chain; a side is looked up as a known name or a place
    only while it is short enough to be one, so a chain of a thousand
    "X Police and" costs a thousand steps. ``inside_place`` holds the text's
    answers of ``_and_inside_place`` (one dict for all its chains: a text may
    repeat "Officers and U.S" in a thousand chains)."""
    pieces: list[tuple[int, int]] = []
    start, k = i, i + 1
    table = places()
    if inside_place is None:
        inside_place = {}

    def joint(m: int) -> bool:
        """Whether token ``m`` joins two bodies: "and", or "y la", "et la" (its article after it)."""
        word = tokens[m].text
        return word == "and" or (word in _AND_ABROAD and m < j and tokens[m + 1].text in _THE_ABROAD)

    while k < j:
        if tokens[k].text not in _JOINT_WORDS or not joint(k):  # (the set first: most tokens are no joint's)
            k += 1
            continue
        right_start = k + 1
        if right_start <= j and (tokens[right_start].text == "the" or tokens[right_start].text in _THE_ABROAD):
            right_start += 1
        if right_start > j:
            k += 1
            continue
        # Whether the sides stand apart (the cheapest tests first): a head before "and" ends
        # a name, unless both sides are short ("Tanzania Intelligence and Security Service",
        # "Guard and Emergency Branch" are one body).
        # (the right side runs to the next "and": "Customs and Excise and the Maritime Security Agency")
        right_end = right_start
        while right_end < j and not joint(right_end + 1):
            right_end += 1
        if right_end == j and _region_pair(text, tokens, start, k, right_start, j, table):
            k += 1  # "… Office for Asia and the Pacific": the body's region is two places, one name
            continue
        split = (
            tokens[k + 1].text == "the"
            or tokens[k + 1].text in _THE_ABROAD  # "la Guardia Civil y la Agencia Tributaria": two bodies
            # letters alone after "and": another body's ("the National Guard and INM") or a place's ("… of
            # Colombia and U.S. agencies")
            # (not a name its short form in brackets names whole: "Directorate of Criminal Investigation and INTERPOL
            # (DIJIN)")
            or (
                right_start == right_end
                and tokens[right_start].text.isupper()
                and not text.startswith(" (", tokens[right_start].end)
            )
            # a known body's one word after "and": "the Department of Homeland Security and Interpol" (not a name its
            # short form in brackets names whole)
            or (
                right_start == right_end
                and tokens[right_start].text in KNOWN_ORGS
                and not text.startswith(" (", tokens[right_start].end)
            )
            # a body known by a phrase after "and": "Revenue and An Garda Síochána"
            or (
                right_end - right_start < 6
                and text[tokens[right_start].start : tokens[right_end].end] in KNOWN_ORG_PHRASE_SET
            )
            # a known body after "and" and a place before it: "the Police of the Czech Republic and Europol"
            # ("Directorate of Criminal Investigation and INTERPOL" is one body's name)
            or (
                right_end - right_start < 4
                and text[tokens[right_start].start : tokens[right_end].end] in KNOWN_ORGS
                and any(
                    place_key(text[tokens[m].start : tokens[k - 1].end]) in table for m in range(max(start, k - 3), k)
                )
            )
            or (
                tokens[k - 1].text in ORG_HEADS
                # (the right side's own words, before a body it belongs to: "Customs Intelligence and Investigation
                # Unit | of the Metropolitan Customs House")
                and not (tokens[k - 1].text in _DOMAIN_HEADS and _own_words(tokens, right_start, right_end) <= 2)
                # a ministry's domains joined by "and": "Ministry of Human Services and Social Security",
                # "Department of Health and Human Services"
                and not (
                    right_end - right_start + 1 <= 3
                    and tokens[right_end].text not in _BODY_ENDS
                    and _domain_of_body(tokens, start, k)
                )
                # "Finnish Border Guard and Finnish Customs": a modifier said again opens a second body
                or (
                    tokens[k - 1].text in ORG_HEADS
                    and right_end > right_start
                    and tokens[right_start].text == tokens[start + (tokens[start].text in ("The", "the"))].text
                )
            )
            or (
                j - right_start < MAX_PLACE_TOKENS
                and place_key(text[tokens[right_start].start : tokens[j].end]) in table
            )
            # a country after "and" that opens a body's name running to the chain's end, after a body's name of its
            # own: "the Department of State Security and Nigeria Security and Civil Defence Corps"
            or (
                k - start >= 3
                and any(
                    tokens[m].text in _BODIES_OF_DOMAINS and tokens[m + 1].text == "of"
                    for m in range(max(start, k - 6), k - 2)
                )
                and tokens[j].text in ORG_HEADS
                and j - right_start <= 7
                and place_key(tokens[right_start].text) in country_keys()
            )
            # a body named "<Department> of …" after one named so: "Department of Federal Police Brazil and
            # Department of Federal Revenue of Brazil"
            or (
                right_start < j
                and tokens[right_start].text in _BODIES_OF_DOMAINS
                and tokens[right_start + 1].text == "of"
                and any(
                    tokens[m].text in _BODIES_OF_DOMAINS and tokens[m + 1].text == "of" for m in range(start, k - 1)
                )
            )
            # a place and a head after "and", a body's whole name: "the Ministry of Interior and Dubai Customs",
            # "… and Kenya Revenue Authority"
            # (a place of two words too: "the Department of Corrections and New Zealand Customs Service")
            or (
                1 <= right_end - right_start <= 4
                and tokens[right_end].text in ORG_HEADS
                and tokens[right_start].text not in ORG_HEADS
                and (
                    place_key(tokens[right_start].text) in table
                    or place_key(text[tokens[right_start].start : tokens[right_start + 1].end]) in table
                )
            )
        )
        if not split and k - start <= MAX_PLACE_TOKENS:
            # (a sentence's capitalised article is no part of the left side: "The AFP and Victoria Police")
            left = [t.text for t in tokens[start + (tokens[start].text == "The" and k - start > 1) : k]]
            split = (
                " ".join(left) in KNOWN_ORGS
                or " ".join(left) in KNOWN_ORG_PHRASE_SET  # "Guardia Civil and French Customs"
                or (len(left) == 1 and (left[0].isupper() or left[0] in KNOWN_ORGS))
                or place_key(" ".join(left)) in table
            )
        # (an "and" inside a place never splits: "Prosecutor’s Office of Bosnia and Herzegovina"; nor one inside a known
        # body's name that the chain goes on from: "Customs and Border Protection Office of Air and Marine")
        if (
            split
            and not _and_inside_place(text, tokens, k, table, inside_place)
            and not _and_inside_known(text, tokens, k, start)
        ):
            pieces.append((start, k - 1))
            start = right_start
            k = right_start + 1
            continue
        k += 1
    pieces.append((start, j))
    return pieces


# The known bodies' names with "and" inside, by their first word ("Customs and Border Protection")
_KNOWN_WITH_AND: dict[str, list[str]] = {}
for _phrase in KNOWN_ORG_PHRASES:
    if " and " in _phrase:
        _KNOWN_WITH_AND.setdefault(_phrase.split()[0], []).append(_phrase)


def _and_inside_known(text: str, tokens: list[Token], k: int, start: int) -> bool:
    """Whether the "and" at token ``k`` is inside a known body's name opening at one of the three tokens before it."""
    for m in range(max(start, k - 3), k):
        for phrase in _KNOWN_WITH_AND.get(tokens[m].text, ()):
            if text.startswith(phrase, tokens[m].start) and tokens[m].start + len(phrase) > tokens[k].end:
                return True
    return False


def _and_inside_place(
    text: str, tokens: list[Token], k: int, table: dict[str, str], seen: dict[tuple[str, int, int, int, int], bool]
) -> bool:
    """Whether the "and" at ``tokens[k]`` is inside a place name ("Trinidad and
    Tobago"): one or two words either side. ``seen`` holds the answers for the
    words around an "and" already asked about (a text may repeat "Police and
    Customs" a thousand times); they are the whole of what the answer reads."""
    lo, hi = max(0, k - 2), min(len(tokens) - 1, k + 2)
    base = tokens[lo].start
    # the words around and where the ones next to "and" start and end: all the four names read
    around = (text[base : tokens[hi].end], k - lo, hi - k, tokens[k - 1].start - base, tokens[k + 1].end - base)
    found = seen.get(around)
    if found is None:
        found = False
        for left in range(1, 3):
            for right in range(1, 3):
                if k - left < 0 or k + right >= len(tokens):
                    continue
                if place_key(text[tokens[k - left].start : tokens[k + right].end]) in table:
                    found = True
        seen[around] = found
    return found


def _name_owner(words_before: str) -> bool:
    """Whether a possessive's owner is a place or a known body ("Pakistan's …",
    "Europol’s …"), which the guide keeps apart from the name that follows."""
    owner = words_before.strip()
    last = owner.split()[-1] if owner.split() else ""
    return (
        place_key(owner) in places()
        or place_key(last) in places()
        or last in KNOWN_ORGS
        or last in ORG_HEADS  # "the Caribbean Community's Implementation Agency": two bodies
        or last in _PLACE_HEAD_WORDS  # "Broward County's …"
        or last.isupper()
    )


_ACRONYM_SKIPPED = frozenset("of on for and the de del da do des du di la le y et".split())


def acronyms_of_common_nouns(text: str) -> frozenset[str]:
    """Short forms the text gives words in lower case: "a cordon and search operation (CASO)",
    "improvised explosive devices (IEDs)", "new psychoactive substances (NPS)" — a thing's short form,
    never a body's, wherever the text uses it. (The initials may count the small words or not: "CASO",
    "NPS".)"""
    found: set[str] = set()
    for m in _ACRONYM_AFTER_WORDS.finditer(text):
        short = m.group(1)
        letters = short[:-1] if short.endswith("s") else short  # "IEDs"
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) or _nothing_before(text, m.start()):
            continue
        words = _last_sentence_part(text[max(0, m.start() - 120) : m.start()].rstrip()).split()
        for k in range(min(len(letters), len(words)), min(len(words), len(letters) + 3) + 1):
            tail = words[-k:]
            if not tail or any(w[:1].isupper() or not w[:1].isalpha() for w in tail):
                break  # a capital, a digit or a sign: a name's words, not a common noun's
            every = "".join(w[0] for w in " ".join(tail).replace("-", " ").split())
            if every.lower() == letters.lower() or _initials_spell(" ".join(tail), letters):
                found.update((short, letters))
                break
    return frozenset(found)


_THING_HEADS = word_list("thing_heads")
# A public body's head words (a company's, "Payments", "Logistics", names a business, whose system is a product)
_BODY_HEADS = frozenset(entry for entry, why in entries("org_heads") if "company" not in why)
_THING_NOUNS_AFTER = word_list("thing_nouns_after")
KNOWN_THINGS = word_list("known_things")
_THING_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_UN_BODY_OPENINGS = ("United Nations ", "UN ", "UN's ", "UN’s ", "U.N. ", "World ")
_NAME_JOINERS = frozenset(("of", "for", "and", "on", "the", "against", "in"))


def _name_before(text: str, pos: int) -> str:
    """The capitalised name that ends just before ``pos`` (a bracket), small joining words inside it, walked back
    word by word over at most 120 characters ("" when the word before is not capitalised)."""
    words = text[max(0, pos - 120) : pos].split()
    k = len(words)
    while (
        k > 0
        and (words[k - 1][:1].isupper() or (words[k - 1] in _NAME_JOINERS and k < len(words)))
        and (k == len(words) or not words[k - 1].endswith((",", ";", ":", ".")))  # (a list's comma ends it)
    ):
        k -= 1
    while k < len(words) and words[k] in _NAME_JOINERS:
        k += 1
    return " ".join(words[k:])


def thing_names(text: str) -> frozenset[str]:
    """Names the text gives things, not bodies: a programme's, a protocol's, a system's or a treaty's name and
    the letters in brackets after it ("the Container Control Programme (CCP)", "the Global Rapid Intervention of
    Payments (I-GRIP) mechanism"), and the international programmes and systems releases name alone ("AIRCOP",
    "CENcomm"). The guide lists none of them as an entity, wherever the text uses them."""
    found: set[str] = {name for name in KNOWN_THINGS if name in text}
    if "(" not in text:
        return frozenset(found)
    for m in _ACRONYM_AFTER_WORDS.finditer(text):
        short = m.group(1)
        if len(short) > 12 or _nothing_before(text, m.start()):
            continue
        long = _name_before(text, m.start())
        owner = max((k for k, w in enumerate(long.split()[:-1]) if w.endswith(("'s", "’s"))), default=-1)
        if owner >= 0:
            long = " ".join(long.split()[owner + 1 :])  # "Interpol’s | Global Rapid Intervention of Payments (I-GRIP)"
        if not long or short in KNOWN_ORGS or any(f" {opening}" in f" {long} " for opening in _UN_BODY_OPENINGS):
            # (the United Nations Environment Programme, "the UN's World Food Programme": UN bodies, wherever the
            # name starts; EMPACT is a body the guide names)
            continue
        last = long.split()[-1]
        after = _THING_NOUN_AFTER.match(text, m.end())
        words = long.split()
        if (
            len(words) >= 2
            and words[-1] != "Project"  # (a body may be named so: "Organized Crime and Corruption Reporting Project")
            and _initials_spell(long, short)
            and not any(
                v in ORG_HEADS or v in ORG_LEADS or v in KNOWN_ORGS
                # (a body's word joined by a hyphen counts too: "Inter-Services Public Relations (ISPR)")
                for w in words
                for part in w.split("-")
                for v in (part, part.capitalize())
            )
            and not any(place_key(w) in places() for w in words if w[:1].isupper())
        ):
            # a name with no word of a body's in it, spelt by the letters after it: "New Psychoactive Substances
            # (NPS)", "Joint Action Day (JAD)", "High-Intensity Drug Trafficking Area (HIDTA)" name things
            found.update((short, long))
            continue
        if last in _THING_HEADS or (
            # (not a body's name with its own thing after it: "the Southern African Development Community (SADC)
            # initiative", "the Financial Reporting Centre (FRC) system")
            after is not None and after.group(1) in _THING_NOUNS_AFTER and last not in _BODY_HEADS
        ):
            found.update((short, long))
    return frozenset(found)


def _initials_and_letters(long: str, short: str) -> tuple[str, str]:
    """The initials of ``long``'s words (small words aside, a hyphen parting words) and ``short``'s letters."""
    initials = "".join(w[0] for w in long.replace("-", " ").split() if w.lower() not in _ACRONYM_SKIPPED)
    return initials, "".join(c for c in short if c.isalpha())


def _initials_open(long: str, short: str) -> bool:
    """Whether the initials of ``long``'s words open with ``short``'s letters, one or two words of the name left
    over (the letters of three or more)."""
    initials, letters = _initials_and_letters(long, short)
    return len(letters) >= 3 and 0 < len(initials) - len(letters) <= 2 and initials.lower().startswith(letters.lower())


def _initials_spell(long: str, short: str) -> bool:
    """Whether the initials of ``long``'s words (small words aside) spell ``short``."""
    initials, letters = _initials_and_letters(long, short)
    return initials.lower() == letters.lower()
