"""Tokens and capitalised chains: the words every recogniser looks at."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .gazetteer import place_key, places
from .lexicon import ORG_HEADS
from .wordlists import words

PERSON, ORG, LOCATION, OPERATION = "PERSON", "ORG", "LOCATION", "OPERATION"


class Token:
    """A word with its span; capitalisation worked out once."""

    __slots__ = ("text", "start", "end", "cap", "allcaps")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        c = text[0]
        self.cap = (
            c.isupper()
            or (c in "'’" and len(text) > 1 and text[1].isupper())
            # "al-Mutairi", "el-Masri" (an article of two letters or more, a hyphen and a capital: "of", "and", "the"
            # are too short to be asked)
            or (c.islower() and len(text) >= 4 and ARTICLE_NAME_START.match(text) is not None)
        )
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
    rule: str = "propagated"  # the rule that found it: its precedence is PRECEDENCE[rule]
    alias_of: str | None = None
    extra: dict = field(default_factory=dict)


# (hyphens and apostrophes in any order: "O'Sullivan-Rhodes", "Abu-l'Hassan")
_TOKEN = re.compile(r"\w+(?:(?:[-\u2010\u2011&]|['’](?![sS]\b))\w+)*")
CONNECTORS = frozenset(
    "of for and on the de del da do dos das la le du des di von van der den y et bin binti ibn al el against".split()
)
_KEEP_LOWER = frozenset(
    "of for and on the de del da do dos das la le du des di von van der den y et bin binti ibn al el "
    # ("anak" joins Iban names: "Jerry anak Jugah", "ould" Hassaniya ones: "Mohamed ould Abdallah";
    # "es": "Dar es Salaam"; "nad", "pod", "am", "upon":
    # "Ústí nad Labem", "Frankfurt am Main", "Newcastle upon Tyne")
    "against unit units anak es nad pod am upon ould".split()
)
# Connectors that may join a place name, a person's name, an organisation name.
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_PURPOSE_VERBS = words("org_purpose_verbs")
_NAME_POSSESSIVES = words("name_possessives")
YEAR_WORD = re.compile(r"^(19|20)\d\d$")


# ``tokenize`` as one pattern: a match skips every lower-case word that
# is not kept (in the regex engine, not in Python), then takes one kept
# word (group 1) or any other word (group 2: capitalised words, numbers,
# and words in other scripts, which Python then checks). Words are
# ``_TOKEN`` matches either way, so spans are exactly ``_TOKEN``'s.
_TOKEN_REST = r"\w*(?:(?:[-\u2010\u2011&]|['’](?![sS]\b))\w+)*"
# An Arabic family name written with its article in lower case and a hyphen ("Tahir al-Dhaheri",
# "Khalid el-Masri"; the article's sun-letter forms "ad-", "ash-", "at-"…): a capitalised word, kept
# whole. The articles are data (name_articles.txt); the word after the hyphen must be capitalised.
_NAME_ARTICLES = words("name_articles")
_ARTICLE_NAME = "(?:" + "|".join(sorted(_NAME_ARTICLES, key=len, reverse=True)) + r")[-\u2010\u2011][A-ZÀ-ÖØ-Þ]"
ARTICLE_NAME_START = re.compile(_ARTICLE_NAME)
_KEPT_WORD = (
    "(?:"
    + _ARTICLE_NAME
    + _TOKEN_REST
    + "|"
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


def opens_its_line(text: str, pos: int, also: str = "") -> bool:
    """Whether only blanks (and characters in ``also``, such as opening quotes)
    stand between ``pos`` and the start of its line: walked back over those
    alone, so a long line is not rescanned for every word in it."""
    k = pos
    while k > 0 and text[k - 1] != "\n" and (text[k - 1].isspace() or text[k - 1] in also):
        k -= 1
    return k == 0 or text[k - 1] == "\n"


# A sentence's end and blanks right before a word: ". ", '." ', ": " (or the text's start)
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?:]['’\"”)]?)[ \t]*$")


def opens_a_line_or_sentence(text: str, pos: int, also: str = "") -> bool:
    """Whether the word at ``pos`` opens the text, a line or a sentence (its capital says nothing of it);
    one of the characters in ``also`` (an opening quote) may stand right before it. Looked back six
    characters at most, never to the line's start: a long line is not read again per word."""
    if opens_its_line(text, pos, also):
        return True
    k = pos - 1 if pos > 0 and text[pos - 1] in also else pos
    line_start = text.rfind("\n", max(0, k - 6), k) + 1
    return _SENTENCE_END_BEFORE.search(text, max(line_start, k - 6), k) is not None


def gap(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


@functools.lru_cache(maxsize=65536)
def is_roman(word: str) -> bool:
    return word not in ("I", "MIX", "DIV", "CIVIL", "MD", "CV", "DC", "CC", "CD", "LI", "MI", "DI") and bool(
        _ROMAN.match(word)
    )


#: Days and months: a connector never joins one to a name ("… Court on Wednesday", "… Lyon in March").
CALENDAR_WORDS = words("calendar_words")
#: Feasts: like calendar words for connectors and groups, but a body's or a place's name may start with one.
FEAST_WORDS = words("feast_words")
# Two tokens belong to one name when only a space or hyphen separates them.
JOINERS = frozenset((" ", "-", "\u00a0"))


def joined(gap: str) -> bool:
    return gap in JOINERS


# --------------------------------------------------------------------------- chains


_PLURAL_POSSESSIVE = frozenset({"' ", "’ "})
_HOLDERS = words("title_words") | words("office_holders")  # posts whose holders' office is a body


def _short_name_after(text: str, tokens: list[Token], k: int) -> bool:
    """Whether one or two capitalised words follow a plural possessive ("Magistrates' | Court",
    "Patients' | Rights Alliance"): a longer name after it, a "unit" after it, or one going on with a connector, is a
    body of its own, the possessor's ("the Hawks' | Endangered Species Protection Unit", "the
    Islands' | Ministry of Fisheries")."""
    end = k
    while end + 1 < len(tokens) and end - k < 2 and text[tokens[end].end : tokens[end + 1].start] == " ":
        nxt = tokens[end + 1]
        if not nxt.cap:
            if nxt.text in ("unit", "units"):
                return False  # "the Hawks' Organised Crime unit": the possessor's unit, a body of its own
            after = tokens[end + 2] if end + 2 < len(tokens) else None
            goes_on = (
                nxt.text in CONNECTORS
                and after is not None
                and after.cap
                and after.text not in CALENDAR_WORDS  # ("… Court on Monday": a date, not more name)
                and after.text not in FEAST_WORDS
                and text[nxt.end : after.start] == " "
            )
            return not goes_on
        end += 1
    return end - k <= 1


_FUNCTION_CAPS = words("function_caps")
_NAME_IN_WORDS = words("name_in_words")


def ends_before_a_lone_the(text: str, cur: Token) -> bool:
    """Whether a name cannot go on over "the" alone after ``cur``: a date's word, a function word or a place's
    name ends there ("On Monday the …", "Meanwhile the …", "In Italy the …"; "Save the Children" goes on)."""
    return cur.text in CALENDAR_WORDS or cur.text in _FUNCTION_CAPS or place_key(cur.text) in places()


_DECIMAL_GOES_ON = re.compile(r"[.,]\d")
#: Months written short, as US releases date things ("on Oct. 14"); a date only with its day after
_SHORT_MONTHS = words("short_month_words")
_DAY_AFTER = re.compile(r"\.?[ \t]\d{1,2}\b")
# Every gap between two tokens over which ``chains`` may go on: a joiner (which the connectors also need before
# them), " & ", " in ", a possessive, a plural possessive or " to ". Any other gap ends the chain at once.
_CHAIN_GAPS = JOINERS | {" & ", " in ", "'s ", "’s ", " to ", ". "} | _PLURAL_POSSESSIVE
# Short forms written with a point that open a place's name inside a body's: "St. James", "Mt. Kenya"
_DOTTED_LEADS = words("dotted_place_leads")


def chains(text: str, tokens: list[Token], connectors=CONNECTORS) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (with connectors inside), as token index ranges.

    Tokens that are not capitalised are numbers or the exact lower-case
    words ``tokenize`` keeps, so connectors are looked up as written."""
    chains: list[tuple[int, int]] = []
    i, n = 0, len(tokens)
    joined = JOINERS
    while i < n:
        if not tokens[i].cap:
            i += 1
            continue
        start = tokens[i].start
        if tokens[i].end - start == 1 and start >= 2 and text[start - 1] == "." and text[start - 2].isupper():
            i += 1  # the last letter of a dotted abbreviation written without its last dot: "U.S Coast Guard"
            continue
        j = i
        while j + 1 < n:
            cur, nxt = tokens[j], tokens[j + 1]
            between = text[cur.end : nxt.start]
            if between not in _CHAIN_GAPS:
                break  # (every test below needs one of these gaps: "(NCB) (PTI)" is not tried nine ways)
            if between == ". ":
                if cur.text in _DOTTED_LEADS and nxt.cap:
                    j += 1  # "the St. James Operations Support Unit", "the Mt. Kenya Forest Service"
                    continue
                break
            if (
                (between in joined or between == " & ")
                and (nxt.cap or nxt.text[0].isdigit())
                # (not a number's whole part: "the Izmir Gendarmerie Command 2.5 kg of cocaine")
                and not (nxt.text[0].isdigit() and _DECIMAL_GOES_ON.match(text, nxt.end))
            ):
                j += 1  # "Kestrel Cargo & Logistics Ltd"
                continue
            # (not before a place: "… Repression of Drug Trafficking in Senegal" names the body, then where it is)
            if between == " in " and cur.text in _NAME_IN_WORDS and nxt.cap and place_key(nxt.text) not in places():
                j += 1  # what a crime deals in, inside a body's name: "… Prohibition of Trafficking in Persons"
                continue
            if between in ("'s ", "’s ") and cur.text in _NAME_POSSESSIVES and nxt.cap:
                j += 1  # a possessive inside an official name: "Tanzania People's Defence Force"
                continue
            if between in _PLURAL_POSSESSIVE and nxt.text in ORG_HEADS and cur.text[:-1] in _HOLDERS:
                # the office or council of holders of a post: "Tainan District Prosecutors’ Office", "National Police
                # Chiefs' Council", "Police Officers' Association"
                j += 1
                continue
            if (
                between in _PLURAL_POSSESSIVE
                and nxt.cap
                and cur.text[-1] == "s"
                and cur.text[0].isupper()
                and not cur.allcaps
                # (the possessor's last words only, so a long chain is not read again at each word)
                and place_key(text[tokens[max(i, j - 2)].start : cur.end]) not in places()  # "the Philippines'"
                and not any(t.text in ORG_HEADS or t.allcaps for t in tokens[max(i, j - 3) : j + 1])
                and _short_name_after(text, tokens, j + 1)
            ):
                j += 1  # a plural possessive inside a name: "Leeds Magistrates' Court", "Patients' Rights Alliance"
                continue
            if (
                between == " to "
                and nxt.cap
                and nxt.text in _PURPOSE_VERBS
                and cur.text in ORG_HEADS
                # a body named with its article or its owner, as a sentence names it ("the National Unit to
                # Combat …", "the PJ's National Unit to Combat …"): a headline drops them ("Kenya Police to Fight …")
                and (
                    tokens[i].text == "The"
                    or text[max(0, tokens[i].start - 4) : tokens[i].start] in ("the ", "The ")
                    or text[max(0, tokens[i].start - 3) : tokens[i].start] in ("'s ", "’s ")
                )
            ):
                j += 1  # a body's purpose in its name: "National Unit to Combat Drug Trafficking"
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
            if k == j + 2 and tokens[j + 1].text == "the" and ends_before_a_lone_the(text, cur):
                break  # "On Monday the National Police", "In Italy the Carabinieri": the name starts after "the"
            if (
                k > j + 1
                and k < n
                and tokens[k].cap
                and tokens[k].text not in CALENDAR_WORDS  # "the Magistrates Court on Wednesday": a date, not a name
                and tokens[k].text not in FEAST_WORDS
                # (nor a month written short, its day after it: "the Office of the United States Attorneys on Oct. 14")
                and not (tokens[k].text in _SHORT_MONTHS and _DAY_AFTER.match(text, tokens[k].end))
                and text[tokens[k - 1].end : tokens[k].start] in joined
            ):
                j = k
                continue
            break
        chains.append((i, j))
        i = j + 1
    return chains
