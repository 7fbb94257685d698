"""LOCATION mentions: places from the offline gazetteers and named features."""

from __future__ import annotations

import re

from .gazetteer import MAX_PLACE_TOKENS, place_first_words, place_key, places
from .lexicon import (
    COMMON_CAPS,
    ORG_HEADS,
)
from .patterns import dispatch, split_alternatives
from .tokens import LOCATION, Span, Token, gap, is_roman, joined

# Patterns used inside loops, compiled once.
_PLACE_CONNECTORS = frozenset("of and the de del da do dos das la le du des di y et al el".split())


# --------------------------------------------------------------------------- places


_PLACE_KEYS: dict[str, str] = {}  # word → place_key(word): the same words recur in every report


def place_spans(text: str, tokens: list[Token]) -> list[Span]:
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
            if text[tokens[k].end : tokens[k + 1].start] not in (" ", "-", ". ", ".", "\u00a0", " & "):
                break
            inner = tokens[k + 1]
            if not inner.cap and inner.text.lower() not in _PLACE_CONNECTORS:
                break
            last_ok = k + 1
        best = None
        for j in range(last_ok, i - 1, -1):
            last = tokens[j]
            if not (last.cap or is_roman(last.text)):
                continue
            parts = [first]
            for k in range(i + 1, j + 1):
                if text[tokens[k - 1].end : tokens[k].start] == " & ":
                    parts.append("and")  # "Bosnia & Herzegovina"
                parts.append(keys[k])
            kind = table.get(" ".join(parts))
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
            if (after and after.cap and joined(gap(text, tokens[j], after))) or (
                before and before.cap and joined(gap(text, before, tok)) and before.text not in COMMON_CAPS
            ):
                i = j + 1
                continue
        spans.append(Span(LOCATION, start, end, name, rule="place", extra={"kind": kind}))
        i = j + 1
    # Dotted abbreviations: "U.S.", "U.K.", "U.A.E."
    for m in _DOTTED.finditer(text):
        if table.get(m.group().replace(".", "").lower()) == "country":
            spans.append(Span(LOCATION, m.start(), m.end(), m.group(), rule="place", extra={"kind": "country"}))
    # Islands, airports, ports, seas: named features a gazetteer of towns lacks.
    if not _FEATURE_WORD.search(text):
        return spans
    for m in _FEATURE.finditer(text):
        name = m.group()
        words = name.split()
        if words[0] in COMMON_CAPS and len(words) > 1:
            m = _FEATURE.match(text, m.start() + len(words[0]) + 1)  # "In District 7": from the next word
            if m is None:
                continue
            name = m.group()
            words = name.split()
        if words[0] in COMMON_CAPS or any(w in ORG_HEADS for w in words):
            continue
        if "’s " in name or "'s " in name:
            continue  # "Ho Chi Minh City’s District 1": a possessive joins two places
        spans.append(Span(LOCATION, m.start(), m.start() + len(name), name, rule="place-feature"))
    return spans


_FEATURE_WORDS = (
    r"Islands?|International Airport|Airport|Seaport|Sea|Ocean|Strait|Channel|Peninsula|Desert|Province|"
    r"Region|State|District|County|Special Economic Zone|Free Trade Zone|Economic Zone"
)
# "Strait of Gibraltar", "Bay of Kotor", "Port of Spain": a feature named by what follows.
_OF_FEATURES = "Port of|Strait of|Straits of|Bay of|Gulf of|Sea of|Isle of|Island of|Lake of"
_DOTTED = re.compile(r"[A-Z](?<![\w.].)\.(?:[A-Z]\.){1,3}")
_FEATURE_WORD = re.compile(dispatch([*split_alternatives(_FEATURE_WORDS), *_OF_FEATURES.split("|")]))
# "Canary Islands", "Port of Spain"; the whole match is the name.
_FEATURE = re.compile(
    r"[A-Z](?<!\w.)(?:[\w'’-]{1,40} (?:[A-Z][\w'’-]{1,40} ){0,2}"
    rf"(?:{_FEATURE_WORDS})\b"
    r"|(?<=[PSBGIL])(?:ort|traits?|ay|ulf|ea|sle|sland|ake) of [A-Z][\w'’-]{1,40}(?: [A-Z][\w'’-]{1,40})?"
    r"|(?<=D)istrict \d{1,2}\b)"
)
