"""Rule-based recognition of PERSON, ORG, LOCATION and OPERATION mentions.

The rules follow how press releases write names: capitalised chains with
connectors ("Commission on Narcotic Drugs"), agency head words, acronyms
defined in parentheses, places from offline gazetteers, people by their
titles and speech verbs, operations by their keyword and numeral shape.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..text import find_word, lower_same_length
from .gazetteer import MAX_PLACE_TOKENS, country_keys, place_first_words, place_key, places
from .lexicon import (
    COMMON_CAPS,
    KNOWN_ORG_PHRASES,
    KNOWN_ORGS,
    NOT_ORG_CAPS,
    ORG_HEADS,
    ORG_LEADS,
    ORG_LOWER_TAILS,
    SPEECH_VERBS,
    TITLE_WORDS,
    TITLE_WORDS_LOWER,
)
from .patterns import dispatch, matches_at_words, split_alternatives

__all__ = ["Span", "find_entities", "Token", "tokenize"]

# Patterns used inside loops, compiled once.
_POSSESSIVE_AHEAD = re.compile(r"['’]\w\w")
_GANG_CONTEXT = re.compile(r"gang|cartel|mara|group|members|criminal|belonging")
_NAMED_THING_BEFORE = re.compile(r"(Project|Operation|programme|project)\s$")
_APPOSITION = re.compile(r",\s+(?:the\s+|an?\s+)?([^,.;()\n]{0,90})")
_WORDS = re.compile(r"[\w'’-]+")
_SPEECH_BEFORE = re.compile(r"(?:according to|said|says|by)\s+$")
_PAREN_AFTER = re.compile(r"\s*\((?:\d{2}|[A-Z])")
_PROJECT_BEFORE = re.compile(r"\b(?:Project|Programme|Program|Initiative)\s+$")


PERSON, ORG, LOCATION, OPERATION = "PERSON", "ORG", "LOCATION", "OPERATION"


class Token:
    """A word with its span; capitalisation worked out once."""

    __slots__ = ("text", "start", "end", "cap", "allcaps")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        c = text[0]
        self.cap = c.isupper() or (c in "'’" and len(text) > 1 and text[1].isupper())
        self.allcaps = self.cap and len(text) >= 2 and text.isupper() and not text[1].isdigit()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass(slots=True)
class Span:
    """A recognised mention: type, span, the canonical name it refers to."""

    type: str
    start: int
    end: int
    name: str
    priority: int = 0
    alias_of: str | None = None
    extra: dict = field(default_factory=dict)


_TOKEN = re.compile(r"\w+(?:[-&]\w+)*(?:['’](?![sS]\b)\w+)*")
_CONNECTORS = frozenset(
    "of for and on the de del da do dos das la le du des di von van der den y et bin binti ibn al el against".split()
)
_KEEP_LOWER = frozenset(
    "of for and on the de del da do dos das la le du des di von van der den y et bin binti ibn al el "
    "against unit units".split()
)
# Connectors that may join a place name, a person's name, an organisation name.
_PLACE_CONNECTORS = frozenset("of and the de del da do dos das la le du des di y et al el".split())
_KNOWN_PHRASES = re.compile(dispatch([re.escape(p) for p in KNOWN_ORG_PHRASES], word_start=True) + r"\b")
_GANG_CODE = re.compile(r"[A-Z][A-Za-z]{1,10}-?\d{1,3}")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_YEAR = re.compile(r"^(19|20)\d\d$")


# ``tokenize`` as one pattern: a match skips every lower-case word that
# is not kept (in the regex engine, not in Python), then takes one kept
# word (group 1) or any other word (group 2: capitalised words, numbers,
# and words in other scripts, which Python then checks). Words are
# ``_TOKEN`` matches either way, so spans are exactly ``_TOKEN``'s.
_TOKEN_REST = r"\w*(?:[-&]\w+)*(?:['’](?![sS]\b)\w+)*"
_KEPT_WORD = (
    "(?:"
    + "|".join(sorted(_KEEP_LOWER, key=len, reverse=True))
    + r")(?![\w]|[-&]\w|['’](?![sS]\b)\w)"  # the whole word, not its start
)
_KEPT_FIRSTS = "".join(sorted({w[0] for w in _KEEP_LOWER}))
_OTHER_LOWER = "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in _KEPT_FIRSTS) + "_ß-öø-ÿ"
_NEXT_TOKEN = re.compile(
    rf"\W*(?:(?:[{_OTHER_LOWER}]|(?!{_KEPT_WORD})[{_KEPT_FIRSTS}]){_TOKEN_REST}\W*)*"
    rf"(?:({_KEPT_WORD})|(\w{_TOKEN_REST})|\Z)"
)


def tokenize(text: str) -> list[Token]:
    """The words the recognisers look at, with their spans: capitalised
    words, numbers, and the lower-case words that may sit inside a name
    ("of", "and", "de", "unit"). Other words are left out, so two tokens
    that a skipped word separates are never joined into one name.
    Possessive 's is left out of the token."""
    tokens: list[Token] = []
    for m in _NEXT_TOKEN.finditer(text):
        word = m.group(2)
        if word is None:
            word = m.group(1)
            if word is not None:
                tokens.append(Token(word, m.start(1), m.end(1)))
        elif word[0].isupper() or word[0].isdigit():
            tokens.append(Token(word, m.start(2), m.end(2)))
    return tokens


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def _is_roman(word: str) -> bool:
    return word not in ("I", "MIX", "DIV", "CIVIL", "MD", "CV", "DC", "CC", "CD", "LI", "MI", "DI") and bool(
        _ROMAN.match(word)
    )


# Two tokens belong to one name when only a space or hyphen separates them.
_JOINERS = frozenset((" ", "-", "\u00a0"))


def _joined(gap: str) -> bool:
    return gap in _JOINERS


# --------------------------------------------------------------------------- chains


def _chains(text: str, tokens: list[Token], connectors=_CONNECTORS) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with connectors inside), as token index ranges.

    Tokens that are not capitalised are numbers or the exact lower-case
    words ``tokenize`` keeps, so connectors are looked up as written."""
    chains: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    joined = _JOINERS
    while i < n:
        if not tokens[i].cap:
            i += 1
            continue
        j = i
        while j + 1 < n:
            cur, nxt = tokens[j], tokens[j + 1]
            if text[cur.end : nxt.start] in joined and (nxt.cap or nxt.text[0].isdigit()):
                j += 1
                continue
            # connectors: "Commission on Narcotic Drugs", "Trinidad and Tobago"
            k = j + 1
            while (
                k < n
                and not tokens[k].cap
                and tokens[k].text in connectors
                and text[tokens[k - 1].end : tokens[k].start] in joined
            ):
                k += 1
            if k > j + 1 and k < n and tokens[k].cap and text[tokens[k - 1].end : tokens[k].start] in joined:
                j = k
                continue
            break
        chains.append((i, j))
        i = j + 1
    return chains


# --------------------------------------------------------------------------- places


_PLACE_KEYS: dict[str, str] = {}  # word → place_key(word): the same words recur in every report


def _place_spans(text: str, tokens: list[Token]) -> list[Span]:
    table = places()
    starts = place_first_words()
    spans: list[Span] = []
    n = len(tokens)
    known = _PLACE_KEYS
    keys = []
    for t in tokens:
        word = t.text
        if not (t.cap or word in _PLACE_CONNECTORS):
            keys.append("")
            continue
        key = known.get(word)
        if key is None:
            key = place_key(word)
            if len(known) < 100_000:
                known[word] = key
        keys.append(key)
    i = 0
    while i < n:
        tok = tokens[i]
        if not tok.cap:
            i += 1
            continue
        first = "st" if keys[i] == "saint" else keys[i]
        if first not in starts:
            i += 1
            continue
        # Grow the window while tokens are joined and capitalised (or connectors).
        last_ok = i
        for k in range(i, min(n, i + MAX_PLACE_TOKENS) - 1):
            if text[tokens[k].end : tokens[k + 1].start] not in (" ", "-", ". ", ".", "\u00a0"):
                break
            inner = tokens[k + 1]
            if not inner.cap and inner.text.lower() not in _PLACE_CONNECTORS:
                break
            last_ok = k + 1
        best = None
        for j in range(last_ok, i - 1, -1):
            last = tokens[j]
            if not (last.cap or _is_roman(last.text)):
                continue
            kind = table.get(" ".join([first, *keys[i + 1 : j + 1]]))
            if kind:
                best = (j, kind)
                break
        if best is None:
            i += 1
            continue
        j, kind = best
        start, end = tok.start, tokens[j].end
        name = text[start:end]
        if name.upper() == name and len(name) <= 3 and kind != "country":
            i = j + 1
            continue
        if kind in ("city", "subdivision") and j == i:
            # A one-word town inside a longer capitalised run is a surname or
            # part of an organisation ("Lincoln Smith", "Bristol Police").
            before = tokens[i - 1] if i > 0 else None
            after = tokens[j + 1] if j + 1 < n else None
            if (after and after.cap and _joined(_gap(text, tokens[j], after))) or (
                before and before.cap and _joined(_gap(text, before, tok)) and before.text not in COMMON_CAPS
            ):
                i = j + 1
                continue
        spans.append(Span(LOCATION, start, end, name, priority=2, extra={"kind": kind}))
        i = j + 1
    # Islands, airports, ports, seas: named features a gazetteer of towns lacks.
    if not _FEATURE_WORD.search(text):
        return spans
    for m in _FEATURE.finditer(text):
        name = m.group()
        words = name.split()
        if words[0] in COMMON_CAPS or any(w in ORG_HEADS for w in words):
            continue
        spans.append(Span(LOCATION, m.start(), m.start() + len(name), name, priority=2))
    return spans


_FEATURE_WORDS = (
    r"Islands?|International Airport|Airport|Seaport|Sea|Ocean|Strait|Channel|Peninsula|Desert|Province|"
    r"Region|State|District|County"
)
_FEATURE_WORD = re.compile(dispatch([*split_alternatives(_FEATURE_WORDS), "Port of"]))
# "Canary Islands", "Port of Spain"; the whole match is the name.
_FEATURE = re.compile(
    r"[A-Z](?<!\w.)(?:[\w'’-]+ (?:[A-Z][\w'’-]+ ){0,2}"
    rf"(?:{_FEATURE_WORDS})\b"
    r"|(?<=P)ort of [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


# --------------------------------------------------------------------------- operations

# Patterns below begin with a character class and assert the word boundary
# after it, as (?<!\w.): a leading \b makes re try them at every position.
_OP_KEYWORD = re.compile(
    r"[OoCcDd](?<!\w.)(?:(?<=[Oo])perations?|(?i:(?<=c)odenamed|(?<=c)ode-named|(?<=d)ubbed))\s+[\"'“‘]?"
)
_OP_BEFORE_KEYWORD = re.compile(r"([A-Z](?<!\w.)[\w'’-]+ (?:[A-Z][\w'’-]+ )?)operation\b")
_OP_NUMERAL = re.compile(r"([A-Z](?<!\w.)[\w'’]*(?:[ -][A-Z][\w'’]*)?)[ -]([IVX]{1,5})\b(?!['’.]?\w)")
_OP_LIST = re.compile(r"operations(?<!\woperations)\b[^.:\n]{0,120}:\s*([^.\n]+)")
_OP_SUCH_AS = re.compile(
    r"operation(?<!\woperation)s?,?\s+(?:such as|including|like|notably)\s+(?:(?:19|20)\d\d['’]s\s+)?([A-Z])"
)
# The numeral alone: _numeral_names finds these first (re skips ahead to
# a space or hyphen) and tries _OP_NUMERAL only at the words before them.
_NUMERAL_AFTER = re.compile(r"[ -][IVX]{1,5}\b(?!['’.]?\w)")


def _name_starts(text: str, end: int, starts: set[int]) -> int:
    """Add to ``starts`` where a capitalised word ending at ``end`` may begin
    (an A-Z with no word character before it); return where its run of
    word characters and apostrophes begins."""
    run = end
    while run > 0 and (text[run - 1].isalnum() or text[run - 1] in "_'’"):
        run -= 1
    for c in range(run, end):
        if "A" <= text[c] <= "Z" and (c == 0 or not (text[c - 1].isalnum() or text[c - 1] == "_")):
            starts.add(c)
    return run


def _numeral_names(text: str):
    """What ``_OP_NUMERAL.finditer(text)`` gives ("Liberterra II", "HAECHI III")."""
    starts: set[int] = set()
    for q in _NUMERAL_AFTER.finditer(text):
        run = _name_starts(text, q.start(), starts)  # the name's last word
        if run > 0 and text[run - 1] in " -":
            _name_starts(text, run - 1, starts)  # the word before it
    end = 0
    for pos in sorted(starts):
        if pos < end:
            continue
        m = _OP_NUMERAL.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


_OP_WORD = re.compile(r"[\w'’-]+")
_OP_STOP = COMMON_CAPS - {"Red", "Blue", "Green", "Black", "Orange", "Silver", "Purple", "Yellow"}
_OP_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’]*(?:-[\w]+)*|[A-Z0-9][A-Z0-9-]*|\d{1,4})$")


def _operation_name_at(text: str, pos: int, max_tokens: int = 5) -> tuple[int, int] | None:
    """The operation name that starts at ``pos`` ("Trigger V", "Lionfish-Mayag III")."""
    words: list[re.Match] = []
    cursor = pos
    while len(words) < max_tokens:
        m = _OP_WORD.match(text, cursor)
        if not m:
            break
        w = m.group().rstrip("'’-")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if not _OP_NAME_WORD.match(w):
            break
        if not words and (w in _OP_STOP or w.isdigit() and not _YEAR.match(w)):
            return None
        if words and w in ("The", "In", "On", "At", "And", "Of"):
            break
        words.append(m)
        end = m.start() + len(w)
        if end < m.end():
            break  # possessive or trailing hyphen ends the name
        nxt = text[m.end() : m.end() + 1]
        if nxt != " ":
            break
        cursor = m.end() + 1
    if not words:
        return None
    start = words[0].start()
    last = words[-1]
    w = last.group().rstrip("'’-")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    end = last.start() + len(w)
    return start, end


def _operation_spans(text: str, tokens: list[Token]) -> list[Span]:
    spans: list[Span] = []

    def add(start: int, end: int, how: str, priority: int = 5) -> None:
        name = text[start:end].strip(" -'’\"“”‘")
        end = start + len(name)
        if not name or name in KNOWN_ORGS or name.upper() in NOT_ORG_CAPS:
            return
        if place_key(name) in places() and how != "keyword":
            return
        spans.append(Span(OPERATION, start, end, name, priority=priority, extra={"how": how}))

    for m in _OP_KEYWORD.finditer(text):
        got = _operation_name_at(text, m.end())
        if got:
            add(*got, how="keyword")
    # "the first Lionfish operation": a capitalised name before a lower-case "operation"
    for m in _OP_BEFORE_KEYWORD.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in COMMON_CAPS or words[0] in KNOWN_ORGS):
            words.pop(0)
        if not words or any(w in COMMON_CAPS or w in KNOWN_ORGS for w in words):
            continue
        name = " ".join(words)
        if place_key(name) in places() or name.endswith(("-led", "-coordinated")):
            continue
        if name.lower().endswith(("an", "ian", "ese", "ish", "ic")) and not re.search(
            rf"\b{re.escape(name)}\b(?! operation)", text
        ):
            continue  # a demonym: "Caribbean operation", "Spanish operation"
        start = m.start(1) + m.group(1).index(words[0])
        add(start, start + len(name), how="before-keyword")
    # A capitalised word with a Roman numeral ("Liberterra II", "HAECHI III"),
    # in a text that speaks of operations.
    if re.search(r"\boperation", text, re.I):
        for m in _numeral_names(text):
            head, numeral = m.group(1), m.group(2)
            if not _is_roman(numeral) or numeral == "I" or head.split()[-1] in COMMON_CAPS:
                continue
            if head.split()[0] in COMMON_CAPS:
                continue
            add(m.start(), m.end(), how="numeral", priority=4)
    # "earlier operations ...: Archimedes in 2014, Blue Amber in 2015 and Dragon in 2017"
    for m in _OP_LIST.finditer(text):
        items = re.split(r",\s*|\s+and\s+", m.group(1))
        cursor = m.start(1)
        for item in items:
            pos = text.find(item, cursor)
            cursor = pos + len(item)
            im = re.fullmatch(r"((?:[A-Z][\w'’-]+ ?){1,3}?)\s*(?:in|\()\s*((?:19|20)\d\d)\)?", item.strip())
            if im and im.group(1).split()[0] not in _OP_STOP:
                s = pos + item.index(im.group(1))
                add(s, s + len(im.group(1).strip()), how="list")
    # "operations, such as 2018's Lionfish"
    for m in _OP_SUCH_AS.finditer(text):
        got = _operation_name_at(text, m.start(1), max_tokens=3)
        if got:
            add(*got, how="such-as")
    # Every further occurrence of a name found above.
    names = sorted({s.name for s in spans}, key=len, reverse=True)
    if names:
        lowered = lower_same_length(text)
        for name in names:
            for start, end in find_word(lowered, name.lower()):
                if _POSSESSIVE_AHEAD.match(text, end):
                    continue
                spans.append(Span(OPERATION, start, end, name, priority=5))
    return spans


# --------------------------------------------------------------------------- acronyms


def _long_form(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst: the shortest ending of ``candidate`` that spells ``short``."""
    s = len(short) - 1
    lpos = len(candidate) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while lpos >= 0 and (candidate[lpos].lower() != c or (s == 0 and lpos > 0 and candidate[lpos - 1].isalnum())):
            lpos -= 1
        if lpos < 0:
            return None
        lpos -= 1
        s -= 1
    start = candidate.rfind(" ", 0, lpos + 1) + 1
    return candidate[start:]


def _acronym_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    table = places()
    for m in re.finditer(r"\(([A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,2})\)", text):
        short = m.group(1)
        if sum(c.isupper() for c in short) < 2 or len(short) > 20:
            continue
        # the words before "(" in the same sentence
        left = text[max(0, m.start() - 160) : m.start()].rstrip()
        left = re.split(r"[.;:()\n]|\s[–—-]\s", left)[-1]
        words = left.split()
        n_letters = sum(c.isalpha() for c in short)
        candidate = " ".join(words[-min(len(words), n_letters + 5) :])
        long = _long_form(short, candidate)
        if not long:
            # "Mara Salvatrucha (MS-13)": a code whose letters are the initials
            # of the capitalised words before it.
            letters = "".join(c for c in short if c.isalpha())
            code = any(c.isdigit() for c in short)
            tail = re.search(r"((?:[A-Z][\w'’-]+\s+){1,4})$", left + " ")
            if not (code and letters and tail):
                continue
            words_before = tail.group(1).split()[-len(letters) :]
            if "".join(w[0] for w in words_before).upper() != letters.upper():
                continue
            long_name = " ".join(words_before)
            long_start = text.rfind(long_name, 0, m.start())
            spans.append(Span(ORG, long_start, long_start + len(long_name), long_name, priority=6))
            spans.append(Span(ORG, m.start(1), m.end(1), short, priority=6, alias_of=long_name))
            continue
        long = long.strip(" ,")
        lwords = long.split()
        while lwords and (lwords[0].lower() in _CONNECTORS or not lwords[0][0].isupper()):
            lwords.pop(0)
        if not lwords:
            continue
        long = " ".join(lwords)
        long_end = m.start() - (len(text[: m.start()]) - len(text[: m.start()].rstrip()))
        long_start = text.rfind(long, 0, long_end + 1)
        if long_start < 0:
            continue
        # "Bureau of Alcohol, Tobacco, Firearms and Explosives": reach back over "Bureau of".
        ext = re.search(r"((?:[A-Z][\w'’-]*\s)+(?:of|for|on)(?: the)?\s)$", text[max(0, long_start - 60) : long_start])
        if ext:
            lead = ext.group(1).split()
            while lead and (place_key(lead[0]) in country_keys() or lead[0] in _CAPS_NOT_HEADS):
                lead.pop(0)
            if lead and lead[0][0].isupper():
                long_start = text.rfind(" ".join(lead), 0, long_start)
        long_text = text[long_start:long_end]
        # Long forms starting with a country ("US Homeland Security Investigations")
        first = long_text.split()[0]
        if place_key(first) in country_keys() and len(long_text.split()) > 2:
            long_start += len(first) + 1
            long_text = text[long_start:long_end]
        kind = table.get(place_key(long_text))
        if kind:
            etype = LOCATION
        elif any(w.strip(",") in ORG_HEADS or w.strip(",") in ORG_LEADS for w in long_text.split()):
            etype = ORG
        else:
            continue  # programmes, systems, protocols: not entities
        parts = [(long_start, long_end)]
        poss = re.search(r"['’]s ", long_text)
        if poss and etype == ORG:
            cut = long_start + poss.start()
            parts = [(long_start, cut), (cut + 3, long_end)]
        for s, e in parts:
            name = text[s:e]
            if name.split()[0] in _PLAIN_CAPS and len(name.split()) == 1:
                continue
            spans.append(Span(etype, s, e, name, priority=6, extra={"how": "acronym-long"}))
        spans.append(
            Span(
                etype,
                m.start(1),
                m.end(1),
                short,
                priority=6,
                alias_of=text[parts[-1][0] : parts[-1][1]],
                extra={"how": "acronym"},
            )
        )
    return spans


# --------------------------------------------------------------------------- organisations


# Capitalised function words that are neither an organisation's head word
# nor its lead ("The", "Some"): trimmed from the front of a name.
_PLAIN_CAPS = COMMON_CAPS - ORG_HEADS - ORG_LEADS
_CAPS_NOT_HEADS = COMMON_CAPS - ORG_HEADS
# Words that may begin an organisation's name though they are common capitals.
_ORG_FIRST_WORDS = frozenset(
    """
    National Federal Royal Border Financial Criminal Drug Drugs Cyber Organized
    Organised Security Intelligence Customs Justice Interior Home Foreign Human Environmental
    Maritime Joint Regional International Global United Counter Strategic Transnational Specialized
    Anti Law Defence Defense Finance General Secretary Executive Money Wildlife
    Digital Crime Emerging Specialised Terrorism Counter-terrorism Smuggling Trafficking Fraud Online
    Data Tactical Member Republic State States Nations
    """.split()
)


def _org_spans(text: str, tokens: list[Token], chains: list[tuple[int, int]]) -> list[Span]:
    spans: list[Span] = []
    ckeys = country_keys()
    for i, j in chains:
        # A lower-case "unit" closes a name: "Criminal Networks unit".
        tail_end = tokens[j].end
        has_tail = (
            j + 1 < len(tokens)
            and tokens[j + 1].text in ORG_LOWER_TAILS
            and _joined(_gap(text, tokens[j], tokens[j + 1]))
        )
        if has_tail:
            tail_end = tokens[j + 1].end
        elif i == j:
            continue  # one capitalised word: a known name, found below, or none
        words = [t.text for t in tokens[i : j + 1]]
        if (
            not has_tail
            and not any(w in ORG_HEADS for w in words[1:])
            and not (words[0] in ORG_LEADS and len(words) > 1 and words[0] not in ("Federal", "National", "Royal"))
        ):
            if not (len(words) > 1 and words[-1] in ORG_HEADS):
                continue
        # Split "Europol and the Drug Enforcement Administration".
        pieces = _split_coordination(text, tokens, i, j)
        for a, b in pieces:
            pw = [t.text for t in tokens[a : b + 1]]
            end = tokens[b].end if b != j else tail_end
            piece_tail = b == j and has_tail
            # Trim leading function words and countries (not demonyms).
            while a <= b and (
                tokens[a].text in _PLAIN_CAPS
                or tokens[a].text.lower() in _CONNECTORS
                or (place_key(tokens[a].text) in ckeys and b - a >= 2 and tokens[a].text not in ORG_HEADS)
            ):
                if tokens[a].text in _ORG_FIRST_WORDS:
                    break
                a += 1
            if a > b:
                continue
            pw = [t.text for t in tokens[a : b + 1]]
            # "INTERPOL Executive Director of Police Services": a job title,
            # the organisation (if any) is what comes before it.
            title_at = next(
                (
                    k
                    for k, w in enumerate(pw)
                    if w in TITLE_WORDS
                    and k + 1 < len(pw)
                    and pw[k + 1] in TITLE_WORDS
                    or w in TITLE_WORDS
                    and k + 1 < len(pw)
                    and pw[k + 1] in ("of", "for")
                ),
                None,
            )
            if title_at is not None and not (pw[0] in ORG_LEADS and title_at > 1):
                if title_at == 0:
                    continue
                b = a + title_at - 1
                end = tokens[b].end
                piece_tail = False
                pw = pw[:title_at]
            if not piece_tail and not any(w in ORG_HEADS for w in pw[1:]) and pw[0] not in ORG_LEADS:
                continue
            if len(pw) == 1 and not piece_tail and pw[0] not in KNOWN_ORGS:
                continue
            # Names of job titles ("Director of Cybercrime") are not organisations.
            if pw[0] in TITLE_WORDS and not any(w in ORG_HEADS for w in pw):
                continue
            start = tokens[a].start
            name = text[start:end]
            spans.append(Span(ORG, start, end, name, priority=4, extra={"how": "head"}))
    # Known single names, alphanumeric gang names ("MS13", "Barrio18") and
    # other all-caps acronyms ("OCTRIS"), found in one pass over the tokens.
    known: list[Span] = []
    codes: list[Span] = []
    caps: list[Span] = []
    for idx, tok in enumerate(tokens):
        if not tok.cap:
            continue
        word = tok.text
        if word in KNOWN_ORGS or (len(word) > 5 and word[-3:].lower() == "pol"):
            known.append(Span(ORG, tok.start, tok.end, word, priority=3, extra={"how": "known"}))
        if word[-1].isdigit():
            if _GANG_CODE.fullmatch(word) and not _YEAR.search(word[-4:]):
                if _GANG_CONTEXT.search(text[max(0, tok.start - 120) : tok.end + 120].lower()):
                    codes.append(Span(ORG, tok.start, tok.end, word, priority=3, extra={"how": "group"}))
        elif tok.allcaps and len(word) <= 10 and word.isalpha() and _is_caps_name(text, tokens, idx):
            caps.append(Span(ORG, tok.start, tok.end, word, priority=1, extra={"how": "caps"}))
    spans += known
    for m in _KNOWN_PHRASES.finditer(text):
        spans.append(Span(ORG, m.start(), m.end(), m.group(), priority=5, extra={"how": "known"}))
    # Criminal groups named by their context.
    for m in matches_at_words(_GROUP_CUE, text, _GROUP_CUE_WORDS):
        name = m.group(1).strip()
        words = name.split()
        while words and (words[-1] in COMMON_CAPS or words[-1].lower() in _CONNECTORS):
            words.pop()
        if not words or words[0] in _OP_STOP or words[0] in TITLE_WORDS:
            continue
        name = " ".join(words)
        if place_key(name) in places() or name in KNOWN_ORGS:
            continue
        spans.append(Span(ORG, m.start(1), m.start(1) + len(name), name, priority=3, extra={"how": "group"}))
        # "belonging to MS13 and Barrio18": the coordinated second name too.
        rest = text[m.start(1) + len(name) : m.start(1) + len(name) + 40]
        m2 = re.match(r"\s+(?:and|or)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})", rest)
        if m2:
            s2 = m.start(1) + len(name) + m2.start(1)
            n2 = m2.group(1)
            if n2.split()[0] not in COMMON_CAPS and place_key(n2) not in places():
                spans.append(Span(ORG, s2, s2 + len(n2), n2, priority=3, extra={"how": "group"}))
    for m in _GROUP_NAMED.finditer(text):
        words = m.group(1).split()
        while words and (words[0] in _OP_STOP or words[0] in KNOWN_ORGS):
            words.pop(0)
        if not words or any(w in _OP_STOP for w in words):
            continue
        name = " ".join(words)
        if place_key(name) in places():
            continue
        s = m.start(1) + m.group(1).index(words[0])
        line_start = text.rfind("\n", 0, s) + 1
        if len(words) == 1 and not text[line_start:s].strip(" \"'“‘"):
            continue  # a capitalised first word: '"Super cartel" …'
        spans.append(Span(ORG, s, s + len(name), name, priority=3, extra={"how": "group"}))
    spans += codes
    spans += caps
    return spans


_NAMED_THING_AFTER = re.compile(r"\s(programme|program|project|initiative|system|database|notice|platform|app)\b")


def _is_caps_name(text: str, tokens: list[Token], idx: int) -> bool:
    """Whether the all-caps word ``tokens[idx]`` is used as a name."""
    tok = tokens[idx]
    if tok.text in NOT_ORG_CAPS or _is_roman(tok.text):
        return False
    before = text[max(0, tok.start - 12) : tok.start]
    if _NAMED_THING_BEFORE.search(before) or _NAMED_THING_AFTER.match(text, tok.end, tok.end + 14):
        return False
    # a run of capitals is a shouted headline or dateline, not an acronym
    if idx > 0 and tokens[idx - 1].allcaps and text[tokens[idx - 1].end : tok.start] in _JOINERS:
        return False
    if idx + 1 < len(tokens) and tokens[idx + 1].allcaps and text[tok.end : tokens[idx + 1].start] in _JOINERS:
        return False
    return True


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
    r"((?:[A-Z][\w'’-]*(?:\s+(?:de|del|da|do|la)\s+|\s+)?){1,4})"
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
_GROUP_NAMED = re.compile(
    r"([A-Z](?<!\w.)[\w'’-]+ (?:[A-Z][\w'’-]+ ){0,2})(?:gang|cartel|mafia|clan|syndicate|confraternity|cult|"
    r"triad|crime family|criminal (?:group|network|organi[sz]ation))s?\b"
)


def _split_coordination(text: str, tokens: list[Token], i: int, j: int) -> list[tuple[int, int]]:
    """Split a chain at "and"/"and the" when both sides stand as names of their own.

    A loop, not recursion: a chain of a thousand "X Police and" names is
    split without growing the stack."""
    pieces: list[tuple[int, int]] = []
    while True:
        for k in range(i + 1, j):
            if tokens[k].text == "and":
                left = [t.text for t in tokens[i:k]]
                right_start = k + 1
                if right_start <= j and tokens[right_start].text == "the":
                    right_start += 1
                if right_start > j:
                    continue
                left_known = (
                    " ".join(left) in KNOWN_ORGS
                    or (len(left) == 1 and (left[0].isupper() or left[0] in KNOWN_ORGS))
                    or place_key(" ".join(left)) in places()
                )
                right = text[tokens[right_start].start : tokens[j].end]
                if left_known or tokens[k + 1].text == "the" or left[-1] in ORG_HEADS or place_key(right) in places():
                    pieces.append((i, k - 1))
                    i = right_start
                    break
        else:
            pieces.append((i, j))
            return pieces


# --------------------------------------------------------------------------- people

_NAME_WORD = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*$|^(?:Al|El|Bin|Van|Von|De|Da|Di|Du|Le|La|Mac|Mc)(?:-[A-Z][a-z]+)?$|^Mc[A-Z][a-z]+$|^Al-[A-Z][a-z]+$"
)
_PERSON_CONNECTORS = frozenset("de del da do dos das la le du des di von van der den bin binti ibn al el".split())
_PERSON_CONNECTORS_AND = _PERSON_CONNECTORS | {"and"}


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r"),\s*$")
_SPEECH_AFTER = re.compile(r"\s+(?:has |had |also |then |later |further )?(" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def _person_spans(text: str, tokens: list[Token]) -> list[Span]:
    spans: list[Span] = []
    table = places()
    for i, j in _chains(text, tokens, _PERSON_CONNECTORS_AND):
        if i == j:
            continue  # one word is never a name here: a name has two or more
        # split at "and" (two people: "Kang Kitaek and Nicholas Court")
        sub: list[tuple[int, int]] = []
        a = i
        for k in range(i, j + 1):
            if tokens[k].text == "and":
                sub.append((a, k - 1))
                a = k + 1
        sub.append((a, j))
        for a, b in sub:
            lead_title = False
            # Strip titles and organisation names from the front.
            while a <= b and (
                tokens[a].text in TITLE_WORDS
                or tokens[a].text in KNOWN_ORGS
                or tokens[a].text in COMMON_CAPS
                or tokens[a].allcaps
            ):
                if tokens[a].text in TITLE_WORDS:
                    lead_title = True
                a += 1
            if b - a < 1 or b - a > 4:
                continue
            words = [t.text for t in tokens[a : b + 1]]
            if not all(_NAME_WORD.match(w) or w.lower() in _PERSON_CONNECTORS for w in words):
                continue
            if words[0].lower() in _PERSON_CONNECTORS and words[0] not in ("Al", "El"):
                continue
            if any(w in COMMON_CAPS or w in TITLE_WORDS for w in words):
                continue
            start, end = tokens[a].start, tokens[b].end
            name = text[start:end]
            if table.get(place_key(name)):
                continue
            after = text[end : end + 120]
            before = text[max(0, start - 40) : start]
            cue = lead_title
            m = _APPOSITION.match(after)
            if m:
                ws = _WORDS.findall(m.group(1))
                if any(w in TITLE_WORDS or w in TITLE_WORDS_LOWER for w in ws[:8]):
                    cue = True
            # "Nicholas Court, Assistant Director": a title beats the head word
            if any(w in ORG_HEADS for w in words) and not cue:
                continue
            if _SPEECH_AFTER.match(after):
                cue = True
            if _SPEECH_BEFORE.search(before):
                cue = True
            # "Europol's Executive Director, Catherine De Bolle, said …"
            if after.lstrip().startswith(",") and _TITLE_BEFORE.search(before):
                cue = True
            if _PAREN_AFTER.match(after) and not cue:
                cue = False
            if not cue:
                continue
            spans.append(Span(PERSON, start, end, name, priority=5, extra={"how": "cue"}))
    return spans


# --------------------------------------------------------------------------- resolution


def find_entities(text: str) -> list[Span]:
    """Every entity mention in ``text``, non-overlapping, in text order."""
    tokens = tokenize(text)
    chains = _chains(text, tokens)
    candidates: list[Span] = []
    candidates += _operation_spans(text, tokens)
    candidates += _acronym_spans(text)
    candidates += _person_spans(text, tokens)
    candidates += _org_spans(text, tokens, chains)
    candidates += _place_spans(text, tokens)

    # Every occurrence of a name recognised with confidence is a candidate
    # too, so a later "CARICOM IMPACS" beats the bare "CARICOM" inside it.
    strong = {c.name: (c.type, c.priority) for c in candidates if c.priority >= 5 and c.type != OPERATION}
    for name, (etype, priority) in strong.items():
        for start, end in find_word(text, name):
            candidates.append(Span(etype, start, end, name, priority=priority))
    # Higher priority first, then longer.
    candidates.sort(key=lambda s: (-s.priority, -(s.end - s.start), s.start))
    chosen: list[Span] = []
    occupied = _Occupied([])
    for cand in candidates:
        if occupied.free(cand.start, cand.end):
            chosen.append(cand)
            occupied.take(cand.start, cand.end)

    chosen = _propagate(text, tokens, chosen)
    # Named projects and programmes are not entities ("Project Fortaleza").
    chosen = [
        c for c in chosen if c.type == OPERATION or not _PROJECT_BEFORE.search(text[max(0, c.start - 12) : c.start])
    ]
    chosen.sort(key=lambda s: s.start)
    return chosen


class _Occupied:
    """Non-overlapping spans already taken, for fast overlap checks."""

    def __init__(self, spans: list[Span]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for sp in sorted(spans, key=lambda s: s.start):
            self.starts.append(sp.start)
            self.ends.append(sp.end)

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i == 0 or self.ends[i - 1] <= start

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _propagate(text: str, tokens: list[Token], chosen: list[Span]) -> list[Span]:
    """Find further occurrences of names already recognised, and link
    surname-only references and shorter forms to the full name."""
    out = list(chosen)
    occupied = _Occupied(out)
    lowered: str | None = None

    def add_all(entries: dict[str, tuple[str, str, str | None]], haystack: str) -> None:
        for needle in sorted(entries, key=len, reverse=True):
            etype, name, alias = entries[needle]
            for start, end in find_word(haystack, needle):
                if occupied.free(start, end):
                    out.append(Span(etype, start, end, name, priority=0, alias_of=alias))
                    occupied.take(start, end)

    # Later full occurrences of every ORG / PERSON / LOCATION name; places in
    # any case, so a dateline "LYON" also covers a later "Lyon".
    exact = {s.name: (s.type, s.name, None) for s in chosen if s.type in (ORG, PERSON)}
    add_all(exact, text)
    folded = {s.name.lower(): (s.type, s.name, None) for s in chosen if s.type == LOCATION}
    if folded:
        lowered = lower_same_length(text)
        add_all(folded, lowered)
    # Surnames: "Stock said" → Jürgen Stock.
    surnames = {
        s.name.split()[-1]: (PERSON, s.name, s.name)
        for s in chosen
        if s.type == PERSON and len(s.name.split()[-1]) >= 3
    }
    add_all(surnames, text)
    return out
