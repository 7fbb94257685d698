"""Word lists the rule-based extractor reasons with.

These are words of the domain (what an agency or a job title is called),
not names taken from any document docket is scored on.
"""

from __future__ import annotations

import functools
import re

from .wordlists import entries, words


@functools.cache
def iso_currency_codes() -> frozenset[str]:
    """ISO 4217 codes ("KES", "BRL", "PLN"): money, never an organisation."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


#: Words that end (or start) the name of an organisation.
ORG_HEADS = words("org_heads")
#: Head words that start an organisation name ("Ministry of Interior").
ORG_LEADS = words("org_leads")
#: Lower-case words that may close an organisation name ("Criminal Networks unit").
ORG_LOWER_TAILS = frozenset({"unit", "units"})

#: Organisations known by one name everywhere: international bodies and the
#: agencies and criminal groups that reports name without a head word.
KNOWN_ORGS = words("known_orgs")
KNOWN_ORG_PHRASES = tuple(entry for entry, _ in entries("known_org_phrases"))
#: The same, to look a whole name up in
KNOWN_ORG_PHRASE_SET = frozenset(KNOWN_ORG_PHRASES)

#: All-caps words that are not organisations (words/not_org_caps.txt, plus ISO 4217 currency codes and the codes
#: withdrawn from it).
NOT_ORG_CAPS = words("not_org_caps") | iso_currency_codes() | words("withdrawn_currency_codes") | words("post_nominals")

#: Letters after a person's name ("KC", "OBE"): they end the name (words/post_nominals.txt).
POST_NOMINALS = words("post_nominals")

#: Words of a job title; a name next to one is a person.
TITLE_WORDS = words("title_words")

TITLE_WORDS_LOWER = frozenset(w.lower() for w in TITLE_WORDS) | words("title_words_lower")

#: Verbs of speech that follow a person's name.
SPEECH_VERBS = words("speech_verbs")

#: Capitalised words that start sentences or headlines and are not names.
COMMON_CAPS = words("common_caps")

#: The one-word cues of the results a headline or a figure reports ("arrested", "seize", "dismantled", "rescues").
RESULT_CUES = frozenset(
    w
    for name in ("figure_cues_arrests", "figure_cues_seized", "figure_cues_rescued", "figure_cues_dismantled")
    for w in words(name)
    if " " not in w
)


def name_shaped(word: str) -> bool:
    """Whether a word may be part of a person's name: capitalised, not all in capitals, and no body's, post's or
    common capitalised word ("Nestor", "Tavares"; not "Customs", "Delegate", "Affairs")."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and word not in ORG_HEADS
        and word not in COMMON_CAPS
        and word not in TITLE_WORDS
        and word not in KNOWN_ORGS
    )


NOUN_ENDING = re.compile(
    r"(?:tion|tions|sion|sions|ment|ments|ness|ities|ity|acy|ance|ances|ence|ences|ship|ces|ings|ism|ists|ology|ics|ures)$"
)


def common_noun(word: str) -> bool:
    """Whether a capitalised word has the ending of an English common noun ("Surveillance", "Resources")."""
    return len(word) > 6 and bool(NOUN_ENDING.search(word))


#: Every post's title as one alternation, longest first ("Assistant Director" before "Director")
TITLE_ALTERNATION = "|".join(sorted(map(re.escape, TITLE_WORDS), key=len, reverse=True))
