"""Headlines in title case, read in the case their words have in the body.

Many outlets capitalise every word of a headline ("Spanish Police Arrest 7,
Seize 1,100 Kg Of Cocaine In Joint Operation"). Capitals there say nothing
about names, and the recognisers, which read capitals as names, would take
the whole line for one ("Spanish Police Arrest 7", "Kenya Police Arrest
Three Suspects In Nairobi Drug Raid"). ``truecase`` gives the text back with
the same length and characters but for the first letter of such words: a
word of a title-case headline keeps its capital where the body writes it
with one inside a sentence, where it is a known place, or where it is all
capitals; the others are lower-cased. Only the top lines are looked at, and
only the body's first 50,000 characters are read for their words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .gazetteer import place_key, places
from .lexicon import KNOWN_ORG_PHRASE_SET, ORG_HEADS, ORG_LEADS, RESULT_CUES
from .wordlists import words

# How many lines from the top may be a headline or a sub-headline.
_HEAD_LINES = 4
_HEAD_REACH = 600
_HEADLINE_MOST = 300  # characters: a longer line is a paragraph, not a headline
# How much of the body is read for the case of the headline's words: a story names its headline's
# people, places and bodies early, and a long text costs no more than a short one.
_BODY_READ = 50_000
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_DIGIT = re.compile(r"\d")
#: Verbs of results and the small numbers written in words a headline reports with.
_RESULT_WORDS = RESULT_CUES | words("headline_number_words")


def _reads_as_a_headline(text: str, a: int, b: int, words: list[str], capital: set[str], lower: set[str]) -> bool:
    """Whether a capitalised line without a capitalised short word is a headline: it writes
    in capitals words the body writes only in lower case, and reports a result, by a verb
    ("Police Arrest Three Suspects", "Ecuadorean Police Confiscates Cocaine") or with a figure."""
    lower_only = sum(w.lower() in lower and w.lower() not in capital for w in words)
    verb = any(reports_result(w.lower()) for w in words)
    # (or, with its short words in lower case as an AP-style headline writes them, three words the body writes
    # only in lower case: "DEA Announces Results of Operation Copper Relay Targeting Sinaloa Cartel Fentanyl
    # Networks in the Southwest"; not a line of names, "Regional Police Chiefs … | Regional Bureau Harare")
    return (
        (verb and lower_only >= 1)
        or (lower_only >= 2 and _DIGIT.search(text, a, b) is not None)
        or (
            lower_only >= 3
            and any(w in _MINOR for w in _LOWER_WORD.findall(text, a, b))
            # (a letterhead is a body's name: "Economic and Financial Crimes Commission", "National Agency for
            # the Prohibition of Trafficking in Persons")
            and words[-1] not in ORG_HEADS
            and words[0] not in ORG_LEADS
        )
    )


_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def reports_result(word: str) -> bool:
    """A verb of results in any form a headline writes it: "Seize", "Seizes", "Confiscates", "Arrests"."""
    if word in _RESULT_WORDS:
        return True
    stems = (
        (word, word[:-1], word[:-2]) if word.endswith("es") else (word, word[:-1]) if word.endswith("s") else (word,)
    )
    return any(stem + "d" in _RESULT_WORDS or stem + "ed" in _RESULT_WORDS for stem in stems)


_NUMBER_WORDS = words("headline_number_words")
# An opening quote before a position, not closed since: inside a quoted name
_IN_QUOTES = re.compile(r"[\"“‘«][^\"”’»]*$")
# The capitalised words after "Operation" in a headline: its codename
_CODENAME_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z0-9][\w'’-]*))+")
# Short words a sentence-case headline writes in lower case; title case capitalises them.
_MINOR = words("headline_short_words")


def _capitalised_line(line: str) -> tuple[bool, list[str]] | None:
    """For a line that capitalises most of its longer words, whether it also
    capitalises a short word inside it ("… Of Cocaine In …", the surest sign
    of title case) and its capitalised words; None for any other line, for a
    line in capitals, and for a byline."""
    words = _WORD.findall(line)
    if len(words) < 4 or line.rstrip().endswith((".", ":")) or line.isupper() or words[0] == "By":
        return None
    inner = words[1:]
    longer = [w for w in inner if w.lower() not in _MINOR and len(w) >= 3]
    if len(longer) < 3 or sum(w[0].isupper() for w in longer) < 0.85 * len(longer):
        return None
    minor_capitalised = any(w[0].isupper() and w.lower() in _MINOR for w in inner)
    return minor_capitalised, [w for w in words if w[0].isupper() and not (len(w) > 1 and w.isupper())]


def _repeats(text: str, line: str, start: int) -> list[tuple[int, int]]:
    """Where the body from ``start`` writes a headline's ``line`` again (a photo's caption under it: "PNG Security
    Forces Step Up Fight … [photo supplied]"); none for a line too short to tell."""
    found: list[tuple[int, int]] = []
    at = text.find(line, start, start + _BODY_READ) if len(line) >= 20 else -1
    while at >= 0:
        found.append((at, at + len(line)))
        at = text.find(line, at + len(line), start + _BODY_READ)
    return found


def _body_capitals(
    text: str, start: int, wanted: set[str], skip: Sequence[tuple[int, int]] = ()
) -> tuple[set[str], set[str]]:
    """Of the ``wanted`` words (lower case), those the body from ``start``
    writes with a capital inside a sentence, and those it writes in lower case;
    not inside the ``skip`` ranges (lines that repeat a headline, see ``_repeats``)."""
    capital: set[str] = set()
    lower: set[str] = set()
    if not wanted:
        return capital, lower
    pattern = re.compile(
        r"(?<![\w'’-])(?:" + "|".join(re.escape(w) for w in sorted(wanted, key=len, reverse=True)) + r")(?![\w'’-])",
        re.I,
    )
    skip = sorted(skip)
    skip_starts = [a for a, _ in skip]
    for m in pattern.finditer(text, start, start + _BODY_READ):
        if skip and (k := bisect.bisect_right(skip_starts, m.start()) - 1) >= 0 and m.start() < skip[k][1]:
            continue  # (the repeats are found apart, never overlapping: the one starting last before is the only one)
        word = m.group()
        key = word.lower()
        if word[0].islower():
            lower.add(key)
            continue
        k = m.start() - 1
        while k >= start and text[k] in " \t\"“‘'(":
            k -= 1
        if k >= start and text[k] not in ".!?:\n•-–—*":
            capital.add(key)  # capitalised inside a sentence: a name's word
    return capital, lower


def _codename_end(text: str, start: int, run: str, body: int) -> int:
    """Where a title-case headline's codename ends: as far as the body writes
    the same words after the keyword ("Operation Copper Relay Targeting
    Sinaloa Cartel …" where the body has "Operation Copper Relay, a …"), the
    whole capitalised run where the body never writes it so."""
    found = list(re.finditer(r"\S+", run))
    words = [w.group() for w in found]
    window = text[body : body + _BODY_READ]
    # (one pass over the body for the name's first word after the keyword, each mention then read word by word)
    following = [re.compile(rf"\s+{re.escape(w)}(?![\w'’-])") for w in words[1:]]
    most = 0
    for m in re.finditer(rf"(?i:\b(?:operation|op))\s+{re.escape(words[0])}(?![\w'’-])", window):
        k, pos = 1, m.end()
        while k < len(words) and (nxt := following[k - 1].match(window, pos)) is not None:
            k, pos = k + 1, nxt.end()
        most = max(most, k)
    if most == 0 or most == len(words):
        return start + len(run)
    return start + found[most - 1].end()


def truecase(text: str) -> str:
    """``text`` with the words of a title-case headline in their body case."""
    candidates: list[tuple[int, int, bool, list[str]]] = []
    pos = head_end = 0
    for _ in range(_HEAD_LINES):
        if pos >= len(text) or pos > _HEAD_REACH:
            break
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        found = _capitalised_line(text[pos:end]) if end - pos <= _HEADLINE_MOST else None
        if found is not None:
            candidates.append((pos, end, *found))
            head_end = end
        pos = end + 1
    if not candidates:
        return text
    # (each headline's repeats in the body, found once: skipped when reading the body's case, read as the headline)
    repeats = {(a, b): _repeats(text, text[a:b].strip(), head_end) for a, b, *_ in candidates}
    capital, lower = _body_capitals(
        text,
        head_end,
        {w.lower() for *_, words in candidates for w in words},
        [r for found in repeats.values() for r in found],
    )
    heads = [
        (a, b)
        for a, b, minor_capitalised, words in candidates
        # without a capitalised short word, a line of names ("Regional Police Chiefs Cooperation
        # Organisation | INTERPOL Regional Bureau") is title case only where the body writes several of
        # its words in lower case alone ("Police Arrest Three Suspects")
        # and that reports a result in words or figures ("Arrest", "Seize", "Three", "7")
        if minor_capitalised or _reads_as_a_headline(text, a, b, words, capital, lower)
    ]
    # (a line of the body that repeats a headline, as a photo's caption does, is read as the headline is)
    heads = sorted([*heads, *(r for head in heads for r in repeats[head])])
    known = places()
    pieces: list[str] = []
    done = 0
    for a, b in heads:
        named_until = a  # the words after "Operation" (and inside quotes) are a codename: kept as written
        before = ""  # the word before, where only a blank stands between
        for m in _WORD.finditer(text, a, b):
            word, previous = m.group(), before
            before = word if text.startswith(" ", m.end()) else ""
            key = word.lower()
            if key in ("operation", "op") or _IN_QUOTES.search(text, a, m.start()):
                following = _CODENAME_AFTER.match(text, m.end(), b)
                until = following.end() if following else m.end()
                if following and key in ("operation", "op"):
                    until = _codename_end(text, m.end(), following.group(), head_end)
                named_until = max(named_until, until)
                if following or _IN_QUOTES.search(text, a, m.start()):
                    continue
            if m.start() < named_until:
                continue
            if not word[0].isupper() or (len(word) > 1 and word.isupper()):
                continue  # lower already, or capitals: an acronym
            if key in capital and key not in _MINOR:
                continue
            if key not in lower and place_key(word) in known:
                continue
            # Only what says it is no name goes to lower case: a short word, a word the body writes in
            # lower case alone, a verb of results or a number word ("Arrest", "Seize", "Three"). A word
            # the body never writes stays as it is: it may be a name the headline alone gives.
            if not (
                key in _MINOR
                or key in lower
                or reports_result(key)
                or key in _NUMBER_WORDS
                # (a word right after a body's head word that is no head itself: the headline's verb, "… World
                # Customs Organization Collaborate In …", "Security Forces Step Up …")
                # (not a known body's next word: "Guardia Civil")
                or (
                    previous in ORG_HEADS and word not in ORG_HEADS and f"{previous} {word}" not in KNOWN_ORG_PHRASE_SET
                )
            ):
                continue
            pieces += [text[done : m.start()], word[0].lower()]
            done = m.start() + 1
    pieces.append(text[done:])
    return "".join(pieces)
