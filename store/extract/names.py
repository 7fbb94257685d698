"""Personal names from an offline data package.

Given and family names come from Faker's person providers: name lists for
86 locales (Polish, Romanian, Vietnamese, Thai, Brazilian, Nigerian, …),
shipped in the wheel, nothing fetched; South Asian given names, which those
lists hold in Devanagari, Bengali or Sinhala script only, come from
``words/given_names_south_asia.txt`` and ``family_names_south_asia.txt``. A word found there is evidence that a
capitalised pair is a person ("Heike Schramm"), never proof on its own:
"Kenya", "Paris" and "Justice" are given names too, so words that are places,
agency words or common capitals are left out of these sets.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import unicodedata

from .gazetteer import place_key, places
from .lexicon import COMMON_CAPS
from .tablecache import cached_table, is_lists_of_str

__all__ = ["given_names", "family_names", "all_given_names"]

_GIVEN_ATTRS = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
    "first_romanized_names",
)
_FAMILY_ATTRS = ("last_names", "last_romanized_names")


def _words(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, (list, tuple, set, frozenset)):
        return []
    return [w for w in value if isinstance(w, str) and w[:1].isupper() and " " not in w]


@functools.cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    given, family, all_given = cached_table("names", _build_lists, is_lists_of_str(3))
    return frozenset(given), frozenset(family), frozenset(all_given)


# Latin letters that do not decompose into a base letter and a mark
_UNDECOMPOSED = str.maketrans(
    {"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss", "Æ": "Ae", "æ": "ae"}
)


def _unaccented(name: str) -> str | None:
    """A name without its accents, where it has any and is then plain ASCII letters (else None)."""
    if name.isascii():
        return None
    bare = "".join(
        c for c in unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)) if not unicodedata.combining(c)
    )
    if not (bare.isascii() and bare.replace("-", "").replace("'", "").isalpha()) or len(bare) < 2:
        return None
    # (not where the bare name is a common capitalised word: "Över" is "Over", "Fífa" "Fifa")
    return None if bare in COMMON_CAPS else bare


def _build_lists() -> list[list[str]]:
    """Given names (not places, not common words), family names, and every given name."""
    given: set[str] = set()
    family: set[str] = set()
    try:
        import faker.providers.person as person
    except ImportError:  # names are evidence, not a requirement: the rules still run
        return [[], [], []]
    for info in pkgutil.iter_modules(person.__path__):
        try:
            provider = getattr(importlib.import_module(f"{person.__name__}.{info.name}"), "Provider", None)
        except Exception:  # a locale module that fails to import costs only its names
            continue
        if provider is None:
            continue
        for attr in _GIVEN_ATTRS:
            given.update(_words(getattr(provider, attr, None)))
        for attr in _FAMILY_ATTRS:
            family.update(_words(getattr(provider, attr, None)))
    from .wordlists import words

    # (South Asian names, which the lists hold only in their own scripts: given_names_south_asia.txt)
    given.update(words("given_names_south_asia"))
    family.update(words("family_names_south_asia"))
    # (and each name as the press writes it without its accents: "Nguyen Trung Hieu" for "Nguyễn Trung Hiếu",
    # "Lukasz" for "Łukasz", "Simic" for "Šimić")
    given.update(filter(None, map(_unaccented, list(given))))
    family.update(filter(None, map(_unaccented, list(family))))
    table = places()
    not_names = words("not_personal_names")

    def keep(word: str) -> bool:
        return len(word) > 1 and word not in not_names and place_key(word) not in table

    return [sorted(w for w in given if keep(w)), sorted(w for w in family if keep(w)), sorted(given)]


def given_names() -> frozenset[str]:
    """Given names of many languages, less words that are also places or common words."""
    return _lists()[0]


def all_given_names() -> frozenset[str]:
    """Every given name of the lists, places and common words included ("Tyler", "Lourdes")."""
    return _lists()[2]


def family_names() -> frozenset[str]:
    """Family names of many languages, less words that are also places or common words."""
    return _lists()[1]
