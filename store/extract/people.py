"""PERSON mentions: capitalised names with a title, a speech verb or an apposition as cue."""

from __future__ import annotations

import re

from .gazetteer import place_key, places
from .lexicon import (
    COMMON_CAPS,
    KNOWN_ORGS,
    ORG_HEADS,
    SPEECH_VERBS,
    TITLE_WORDS,
    TITLE_WORDS_LOWER,
)
from .tokens import PERSON, Span, Token, chains

# Patterns used inside loops, compiled once.
_APPOSITION = re.compile(r",\s+(?:the\s+|an?\s+)?([^,.;()\n]{0,90})")
_WORDS = re.compile(r"[\w'’-]+")
_SPEECH_BEFORE = re.compile(r"(?:according to|said|says|by)\s+$")
_PAREN_AFTER = re.compile(r"\s*\((?:\d{2}|[A-Z])")


# --------------------------------------------------------------------------- people

_NAME_WORD = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ'’]+)*$|^(?:Al|El|Bin|Van|Von|De|Da|Di|Du|Le|La|Mac|Mc)(?:-[A-Z][a-z]+)?$|^Mc[A-Z][a-z]+$|^Al-[A-Z][a-z]+$"
)
_PERSON_CONNECTORS = frozenset("de del da do dos das la le du des di von van der den bin binti ibn al el".split())
_PERSON_CONNECTORS_AND = _PERSON_CONNECTORS | {"and"}


_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r"),\s*$")
_SPEECH_AFTER = re.compile(r"\s+(?:has |had |also |then |later |further )?(" + "|".join(sorted(SPEECH_VERBS)) + r")\b")


def person_spans(text: str, tokens: list[Token]) -> list[Span]:
    spans: list[Span] = []
    table = places()
    for i, j in chains(text, tokens, _PERSON_CONNECTORS_AND):
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
            spans.append(Span(PERSON, start, end, name, rule="person-cue", extra={"how": "cue"}))
    return spans
