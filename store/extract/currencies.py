"""The currency of a sum written with a word or sign several countries share.

"Rs 4.2 crore" is Indian, Pakistani or Sri Lankan rupees, "Sh9.2 billion"
Kenyan, Tanzanian or Ugandan shillings, "1.8 million pesos" Mexican,
Colombian or Philippine pesos: the written form names a family of currencies,
and the text names the country. A sum so written takes the currency of the
family's country the text names most, counting its main cities (a dateline
names a city; not a nationality before "nationals" or "citizens", who
are foreigners where the story happens) and the first named on a tie;
where it names none, the
family's first (the one ``numbers`` gives). Both tables are
word lists (``currency_shared_forms.txt``, ``currency_countries.txt``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .gazetteer import place_countries, place_key
from .patterns import by_first_character, dispatch
from .wordlists import entries

__all__ = ["LocalCurrencies"]


@cache
def _tables() -> tuple[re.Pattern, dict[str, str], dict[str, tuple[re.Pattern, dict[str, str], str]]]:
    forms = {}
    for entry, _ in entries("currency_shared_forms"):
        written, _, family = entry.partition(" = ")
        forms[written.lower()] = family
    form_re = re.compile(
        r"(?<![\w.])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![A-Za-z])", re.I
    )
    by_family: dict[str, list[tuple[list[str], str]]] = {}
    for entry, _ in entries("currency_countries"):
        names, _, rest = entry.partition(" = ")
        family, code = rest.split()
        by_family.setdefault(family, []).append(([n.strip() for n in names.split(" | ")], code))
    families = {}
    for family, countries in by_family.items():
        code_of: dict[str, str] = {}
        for names, code in countries:
            for name in names:
                code_of[name.lower()] = code  # (the last listed wins, as it always has)
        # (one character class first, so re skips ahead to where a name may begin: see .patterns)
        alternation = dispatch([re.escape(n) for n in sorted(code_of, key=len, reverse=True)], word_start=True)
        # (a demonym in the plural too: "41 Pakistanis")
        # (any case: a dateline writes its city in capitals, "KARACHI –")
        families[family] = (re.compile(rf"({alternation})s?(?!\w)", re.I), code_of, countries[0][1])
    return form_re, forms, families


@cache
def _any_country() -> re.Pattern:
    """Where a name of any family's countries begins (each family's pattern
    matches only where this does): one pass over a text finds them all, and
    each family's pattern is tried there alone."""
    names = sorted({name for _, code_of, _ in _tables()[2].values() for name in code_of}, key=len, reverse=True)
    firsts, body = by_first_character([re.escape(n) for n in names])
    # (the first character consumed, the rest looked ahead at: one start per word, never one name hiding another)
    return re.compile(rf"[{firsts}](?<!\w.)(?={body}s?(?!\w))", re.I)


# Bangladesh named, by its name or its capital: a sum written "45,00,000/-" is in taka
_TAKA_COUNTRY = re.compile(r"\b(?:Bangladesh|Dhaka|Chattogram|Chittagong)\b")
# After a nationality: the people are foreigners where the story happens.
_FOREIGNERS_AFTER = re.compile(r"\s+(?:nationals?|citizens?|passport[ -]holders?)\b", re.I)


class LocalCurrencies:
    """The currencies of one text's sums (see the module's doc): each
    family's answer is worked out once per text, when a sum first asks."""

    def __init__(self, text: str, places: Sequence[str] = (), dateline: str | None = None) -> None:
        self.text = text
        self.places = places  # the places the text names, as written (a town counts for its country)
        self.dateline = dateline  # the place the story is told from ("COLOMBO –", "Siliguri, Nov. 28")
        self.codes: dict[str, str] = {}
        self.starts: list[int] | None = None  # where a country's name may begin, found on first need

    def of(self, written: str, unit: str) -> str:
        """The currency of a sum written ``written`` (its text, sign or word
        and all) that ``numbers`` read as ``unit``."""
        form_re, forms, families = _tables()
        m = form_re.search(written)
        if written.endswith(("/-", "/=")):
            return self._slash_dash(families)
        if m is None:
            return unit
        family = forms.get(m.group(1).lower())
        if family not in families:
            return unit
        pattern, code_of, default = families[family]
        if unit != default:
            return unit  # written out another way ("PKR 5 million", "Moldovan lei"): as written
        named = pattern.search(written)
        if named is not None:
            return code_of[named.group(1).lower()]  # the sum names its country: "1.2 billion Indian rupees"
        code = self.codes.get(family)
        if code is None:
            code = self.codes[family] = self._most_named(pattern, code_of) or default
        return code

    def _slash_dash(self, families: dict) -> str:
        """The currency of a sum written with the mark of whole units after it ("4.6bn/-", "2,50,000/-"): East
        Africa's shillings and South Asia's rupees and taka are so written; the country the text names says which
        (the shilling's family's first where it names none)."""
        for family in ("shilling", "rupee"):
            pattern, code_of, default = families[family]
            code = self.codes.get(family)
            if code is None:
                code = self.codes[family] = self._most_named(pattern, code_of) or ""
            if code:
                return code
        taka = self.codes.get("taka")
        if taka is None:
            taka = self.codes["taka"] = "BDT" if _TAKA_COUNTRY.search(self.text) else ""
        return taka or families["shilling"][2]

    def _most_named(self, pattern: re.Pattern, code_of: dict[str, str]) -> str | None:
        """The code of the family's country named most (what ``pattern.finditer``
        over the text finds: tried only where some country's name begins)."""
        text = self.text
        if self.dateline:
            # the story is told from where its dateline says: "Siliguri, Nov. 28 … Rs 4.6 lakh" (India's), whatever
            # countries the story goes on to name
            key = place_key(self.dateline)
            c = code_of.get(key) or _code_of_country(tuple(code_of.items())).get(place_countries().get(key, ""))
            if c is not None:
                return c
        if self.starts is None:
            self.starts = [hit.start() for hit in _any_country().finditer(text)]
        counts: dict[str, int] = {}
        end = 0
        for pos in self.starts:
            if pos < end:
                continue
            hit = pattern.match(text, pos)
            if hit is None:
                continue
            end = hit.end()
            if _FOREIGNERS_AFTER.match(text, end):
                continue  # "six Indian nationals were arrested": foreigners, named where they are not at home
            c = code_of[hit.group(1).lower()]
            counts[c] = counts.get(c, 0) + 1  # (dicts keep the order of first mention: ties go to the first)
        if self.places and not counts:
            # where the names above say nothing, the towns and districts the text names count for their country,
            # each once ("raids in Wattala and Ja-Ela": Sri Lanka's rupees); any country or main city named
            # outweighs them ("Police in Colombo seized Rs 5 million from couriers linked to Chennai, Madurai …")
            code_of_country = _code_of_country(tuple(code_of.items()))
            where = place_countries()
            # (each place once, in the text's order, so a tie goes to the first named: a product may be named for
            # one, "Kerala cannabis" four times)
            for key in dict.fromkeys(place_key(place) for place in self.places):
                if key in code_of:
                    continue
                c = code_of_country.get(where.get(key, ""))
                if c is not None:
                    counts[c] = counts.get(c, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None


@cache
def _code_of_country(code_of: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """A family's currency codes by the ISO alpha-2 code of their country ("IN" → INR), from its countries' names
    (``code_of``: the family's (name, code) pairs)."""
    out: dict[str, str] = {}
    where = place_countries()
    for name, code in code_of:
        country = where.get(place_key(name))
        if country is not None:
            out.setdefault(country, code)
    return out
