"""PERSON mentions: runs of name-shaped words with evidence that they name a person.

A candidate is a run of two to five name-shaped words joined by single spaces
(or ". " after an initial: "Dana R. Whitfield"), with name particles inside
("da", "van", "bin"): mixed-case words in any script ("Łukasz", "Nguyễn"),
and a surname in capitals beside mixed-case words ("MUNTEANU Cristian").
Titles, ranks, agencies and places written in front are trimmed off
("Southern Command Chief Admiral Dana R. Whitfield", "Eurojust National Member
for Portugal Rui Paiva Coelho"). A candidate is kept only with evidence:

- a title or rank before it, or a role noun ("suspect", "presiding judge");
- a speech verb after it ("said"), "according to" or a byline ("By") before;
- an apposition that holds a job title ("…, head of the border police");
- an age beside it (", 36," or "(52)"), as suspect lists write;
- a verb that takes a person right before it ("sentenced", "extradited");
- its first word a given name, or a family name next to a given name, from
  the offline name lists (``names``), with no agency or place word inside.

A surname alone is a person only after a rank or title ("Det. Sup. Harrow");
later surname-only mentions are linked to the full name in ``resolution``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Container
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ..text import text_words
from .figures import _MONTHS
from .gazetteer import place_key, places, weak_places
from .lexicon import (
    COMMON_CAPS,
    KNOWN_ORG_PHRASE_SET,
    KNOWN_ORGS,
    NOT_ORG_CAPS,
    ORG_HEADS,
    ORG_LEADS,
    POST_NOMINALS,
    SPEECH_VERBS,
    TITLE_WORDS,
    TITLE_WORDS_LOWER,
    common_noun,
    name_shaped,
)
from .names import all_given_names, family_names, given_names
from .operations import KEYWORD_WORDS
from .patterns import UPPER
from .tokens import ARTICLE_NAME_START, CALENDAR_WORDS, PERSON, Span, Token, opens_its_line
from .wordlists import entries, words

__all__ = ["person_spans"]

# Patterns used inside loops, compiled once.
_SPELLED_AGE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?-year-old")  # "Nineteen-year-old", "Twenty-seven-year-old"
_AGE_BEFORE_NAME = re.compile(r"\b\d{1,2}-year-old[ \t]+$")
_HONORIFICS = words("honorifics")
_APPOSITION = re.compile(r",\s+(?:the\s+|an?\s+|who\s+(?:is|was|heads|led|leads)\s+)?([^,.;()\n]{0,90})")
_WORDS = re.compile(r"[\w'’-]+")
_SPEECH_BEFORE = re.compile(r"(?:according to|said|says|told|quoted|quoting)\s+$")
_SPEECH_WORDS = ("according to", "said", "says", "told", "quoted", "quoting")  # what _SPEECH_BEFORE's blanks follow
# A byline ("By Ana Ruiz") or a wire's credits ("(Reporting by Ana Ruiz; Editing by Tom Hale)")
_BYLINE_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[Bb]y|BY|(?:[Bb]y|BY|WRITER|Writer|AUTHOR|Author|REPORTER|Reporter)[ \t]*:)"
    r"|\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Ee]dited|[Cc]ompiled|[Ww]ritten)\s+by"
    # a picture's or a translation's credit: "(Photo by …)", "Translation: …" ("Photo: Rescued grey parrots …"
    # is a caption)
    r"|\b(?:[Pp]hotos?|PHOTOS?|[Pp]ictures?|[Pp]hotograph|[Ii]llustration|[Tt]ranslated)\s+by"
    r"|\b[Tt]ranslation[ \t]*:"
    r"|\b[Ww]ith\s+(?:a\s+)?reports?\s+from)\s+$"  # "(With a report from Freddie Lazaro)"
)
_CREDIT_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\(|[-–—][ \t]*)?$")
_CREDIT_LINE_AFTER = re.compile(r"(?:\)|[ \t]*(/)[ \t]*[\w.-]{2,30})?[ \t]*(?:\n|$)")
_OUTLET_WORDS = words("outlet_words")
_BYLINE_DESK_WORDS = words("byline_desk_words")
_CREDIT_AFTER_SENTENCE = re.compile(r"[.!?”\"][ \t]+(\(|[-–—][ \t]*)?$")
# what _BYLINE_BEFORE's blanks follow ("WRITER: …", a byline label on a line of its own)
_BYLINE_WORDS = ("by", "By", "BY", ":", "from")
# A generation after a name: "Marco Antonio Quintana Jr.", "John Doe, Sr." (not "Tan Sri", "Srl")
# (or its numeral: "Juan Santos III")
_NUMERAL_GENERATION_AFTER = re.compile(r" (?:II|III|IV)(?![\w'’-])")
_GENERATION_AFTER = re.compile(rf",? (?:Jr|Sr|Jnr|Snr)\.?(?![\w'’-])|{_NUMERAL_GENERATION_AFTER.pattern}")
_GENERATION_NUMERAL = re.compile(r"II|III|IV")
_AGE_AFTER = re.compile(
    # (an alias may stand between the name and the age: "Lin Guohua, alias "Boss Lin", 47,")
    r"(?:,\s+(?:alias|a\.k\.a\.|aka|also known as|known as)\s+[\"“‘'][^\"”’'\n]{1,30}[\"”’']\s*)?"
    # (a suspect list may give the sex first: "ZHANG Wei, male, 38, Chinese"; Nigerian police write "‘m’")
    r"(?:,?\s*(?:[Mm]ale|[Ff]emale|[‘'][mfMF][’'])(?=,))?"
    # (the age may carry its unit: "Dantala Musa, 25 years,", "Ihechi Favour, ‘m’, 20 yrs, and")
    # (or "age": "Cavel Carew, age 27 years of Linden", as Caribbean police write it)
    # ("WANG Ming, male, 45 years old, Chinese": the sex, then the age in years old)
    r"(?:,\s*(?:aged?:?\s+)?\d{1,2}\s*(?:(?:years|yrs)\b\.?(?:[ \t-]old\b)?\s*)?"
    r"(?:,|\)|;|\.(?!\d)|$|[ \t]*\n|\s(?:and|of|from|were|was|is|are|who|–|-)(?:\s|\b))"
    r"|\s*\(\s*(?:aged\s+)?\d{1,2}(?:\s*(?:years?|yrs)\.?(?:[\s-]old)?)?\s*\)"  # ("(34)", "(34 years old)")
    # ("Chipo Mwansa aged 33 and …": no comma before "aged"; "…, a male aged 36", "…, male aged 24" as Zambia's
    # Drug Enforcement Commission writes it)
    r"|(?:,[ \t]+(?:an?[ \t]+)?(?:male|female|man|woman))?[ \t]+aged[ \t]+\d{1,2}\b(?![.,]\d))"
    r"|,\s*(?:aged\s+)?\d{1,2}[\s-]years?[\s-]old\b"  # "DIABATÉ Souleymane, 29 years old,"
    r"|,[ \t]*(?:[Mm]ale|[Ff]emale)(?=[ \t]*[,;)])"  # the sex alone in a suspect list: "CHEN Tang, male, Chinese."
    # a birth year: "G. Tursunaliev, born in 1991,", "Tran Van Hung (born 1979)"
    r"|(?:,\s*|\s*\(\s*)born\s+(?:in\s+|on\s+)?(?:\d{1,2}\s+[A-Za-z]+\s+)?(?:19|20)\d\d\b"
    # South Asian police releases: "Javed Iqbal r/o Okara" (resident of), "Abdul Wahid s/o Ghulam Rasool" (son of)
    r"|[ \t]+[srdw]/o[ \t]+[A-Z]"
)
_WHO_AFTER = re.compile(
    r",\s+who\s+(?:is|was|heads|headed|led|leads|coordinated|coordinates|ran|runs|manages|managed|oversees|oversaw|"
    r"said|says|told|added|noted)\b"
)
# An alias after a name says a person ("Jaswinder Singh, alias Jassa,", 'Ruiz, a.k.a. "El Flaco"'): bodies
# and places are not given nicknames this way.
_ALIAS_AFTER = re.compile(r",?\s+(?:alias|a\.k\.a\.|aka)\s+[\"“‘']?[^\W\d_]")
_PAREN_AFTER = re.compile(r"\s*\((?:\d{2}|[A-Z])")
# Another name after a name: "Pastors John Kiiza and Christopher Kato", "Sergeants Ali Musa, Juma Said and …"
_ANOTHER_NAME_AFTER = re.compile(r"(?:,|\s+and)\s+[A-Z][a-z]")
_TITLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r"),\s*$")
# A post written as a title and the body it serves, right before a name: "Superintendent of Police |
# Gyanendra …", "the Comptroller-General of Customs, | Adewale …" (the body's words end the run before
# the name, or stand before its comma)
# A post "of" a body or domain whose name runs on to the person's: "Minister of Fisheries and ", "Director General
# of Sri "
_POST_OF_RUN = re.compile(
    # ("Director of Fisheries and Marine Resources", and as Nigerian agencies write it: "Director, Media and Advocacy")
    r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")(?:[ \t]+General)?(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?|,[ \t]+)"
    r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&|of|for)[ \t]+)?){0,5}$"
)
_POST_OF_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")[ \t]+of[ \t]+(?:the[ \t]+)?$")
# A rank written out with its short form in brackets, right before a name: "Deputy Superintendent of
# Police (DSP) | Kwame …", "Assistant Inspector General of Police (AIG) | …" (the brackets end the run)
_SHORT_FORM = re.compile(r"\([A-Z][A-Za-z/.]{1,7}\)[ \t]*")


def _rank_short_form_before(text: str, start: int) -> bool:
    """Whether a rank written out and its short form in brackets stand right before ``start``."""
    opening = text.rfind("(", max(0, start - 12), start)
    if opening < 0 or not _SHORT_FORM.fullmatch(text, opening, start):
        return False
    ws = text[max(0, opening - 60) : opening].split()
    k = len(ws) - 1
    # the body the rank serves: "of [the] Police", "of the Anti-Narcotics Force" (up to three words)
    back = k
    while back >= 0 and k - back < 3 and ws[back][:1].isupper() and ws[back] not in TITLE_WORDS:
        back -= 1
    if back < k and back >= 1 and ws[back] == "the":
        back -= 1
    if back < k and back >= 1 and ws[back] == "of":
        k = back - 1
    return k >= 0 and ws[k] in TITLE_WORDS


# The name someone was identified by: "the driver, identified as | …", "was later named as | …"
# ("identified as", "named the man as", "identified the two suspects as", "named him as"; "the" and at most two
# more lower-case words, or a pronoun, between the verb and "as")
_NAMED_AS_BEFORE = re.compile(
    r"\b(?:identified|named)[ \t]+(?:(?:him|her|them)[ \t]+|the[ \t]+((?:[a-z-]+[ \t]+){1,3}))?as[ \t]+$"
)


def _named_as(before: str, roles: AbstractSet[str]) -> bool:
    """Whether the words before a name identify a person as it: "identified as", "named him as", "named the man
    as" (the object a person's noun: not "identified the vessel as")."""
    m = _NAMED_AS_BEFORE.search(before)
    if m is None:
        return False
    obj = m.group(1)
    return obj is None or obj.split()[-1] in roles


# A count right before a name, no year: "3 Harley Davidsons", "two Toyota Corollas" (not "In 2019 Ahmed Khan …")
_COUNT_BEFORE = re.compile(
    r"(?:^|[ \t(])(?!(?:19|20)\d\d[ \t]+$)"
    r"(?:\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten)[ \t]+$"
)
_IN_BEFORE = re.compile(r"(?:^|[ \t])(?:in|near)[ \t]+$")
# An age written before the name: "34-year-old | Kemar Richards", "a 29-year-old | …"
_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ]years?[- ]old[ \t]+$")
# (but "a 46-year-old Fairfield West man": the place the person is from, before the noun for them)
_PERSON_NOUN_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(entry for entry, _ in entries("person_nouns_after_age")) + r")\b"
)
_POST_COMMA_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_WORDS)) + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}"
    r"[A-Z][\w'’-]*,[ \t]*$"
)
_SPEECH_AFTER = re.compile(
    r"\s+(?:has |had |also |then |later |further |previously |recently )?(" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
# "one" before a name, as South Asian and West African press write a person so called: "owned by one Somal Sood"
_BY_ONE_BEFORE = re.compile(r"\b(?:by|to|from|with|named|called|said|says)[ \t]+one[ \t]+$")
# A branch a South Asian police post serves, written between the post and the name ("SP City Hassan Raza",
# "SP Saddar …", "DSP Cantonment …")
_POST_BRANCH_WORDS = words("post_branch_words")
# "… of the National Crime Agency said", "… of the Narcotics Control Board (NCB) told": a body's name (up to
# seven words, with its small words) and a speech verb after a person's name (matched at one place, bounded)
_OF_BODY_SPEAKS_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?){0,6}?[A-Z][\w'’&-]*"
    r"(?:[ \t]+\([A-Z]{2,8}\))?,?[ \t]+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:from|in|of|at|near|to|into|across|around|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+)?$"
)
# What befalls a person, as a passive after the name (not "detained", "seized" or "rescued", which befall vessels too:
# "Ocean Star was detained at Durban")
_BEFALLS_A_PERSON = (
    r"\s+(?:also\s+|later\s+|subsequently\s+|reportedly\s+)?(?:arrested|apprehended|caught|nabbed|remanded|jailed"
    r"|extradited|deported|sentenced|convicted|acquitted|kidnapped|abducted|shot|killed)\b"
)
_PERSON_PASSIVE_AFTER = re.compile(rf"\s+(?:was|has\s+been|had\s+been){_BEFALLS_A_PERSON}")
# The same after the last of two or more names: "… and Manzoor Ahmed were arrested"
_PEOPLE_PASSIVE_AFTER = re.compile(rf"\s+(?:were|have\s+been|had\s+been){_BEFALLS_A_PERSON}")
# (and "were", "have been": a name in capitals is often one of two or three arrested together)
_CAPS_PERSON_PASSIVE_AFTER = re.compile(
    # (the other names of the list first: "DANIEL OKONJO and GRACE ADEYEMI were arrested")
    rf"(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)"
    rf"(?:[{UPPER}][{UPPER}'’-]+[ \t]+){{1,3}}[{UPPER}][{UPPER}'’-]+){{0,4}}"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|later\s+|subsequently\s+)?"
    r"(?:arrested|apprehended|caught|nabbed|remanded|jailed|extradited|deported|sentenced|convicted|charged)\b"
)
# Words that are titles before a full name but, before one word alone, open a body's or a place's name
_NOT_RANKS_ALONE = words("not_ranks_alone")
_FIELD_ADJECTIVE = re.compile(r"(?:ic|al|ive|ous|ary)$")  # "Economic", "Public", "Criminal", "Judiciary"
_ABBREVIATION_BEFORE_NAME = re.compile(rf"\.[ \t]+[{UPPER}]")
# Whose or where a name in capitals is: "the crew of GRACE STAR", "a spokesman for AMBER ALERT"
_OWNER_BEFORE = re.compile(r"\b(?i:of|for|from|with|aboard|at|in|on|by)\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"\b(?:the|The|a|an)\s+$")
_THE_WORDS = ("the", "The", "a", "an")  # what _THE_BEFORE's blanks follow
_COMMA_SPEECH_AFTER = re.compile(r",\s+(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
# Between two names of a list: a comma or "and", with the ages lists give ("Lò Văn Sính, 29, Vàng A Dế").
# What closes an item of a list parted by semicolons: the next semicolon, a stop, a comma or "and"
_ITEM_ENDS = re.compile(r"[ \t]*(?:[;.,]|\n|$)|[ \t]+and\b")
_LIST_GAP = re.compile(
    r"(?:,\s*\(?\d{1,2}\)?)?(?:,\s+(?:and\s+)?|\s+and\s+|\s*\(\d{1,2}\),?\s+(?:and\s+)?"
    # (items parted by semicolons, or numbered or bulleted a line each: "include: Kehinde Ilori; Osho Demola
    # Nurudeen; …", "1. Mark Johnson\n2. Abdu Razak Kakungulu")
    # (a courtesy title before the next after a semicolon: "…; Chuks Alowai; Mrs. Bola Kazeem and …")
    # (a blank line may stand between items: a web page's list, each item its own paragraph)
    r"|;[ \t]+(?:and[ \t]+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?"
    r"|[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:\d{1,3}[.)]|[-•*–])[ \t]+)"
)
_LOCATIVE_AFTER = re.compile(
    r"\s+(?:estate|district|neighbourhood|neighborhood|area|municipality|commune|village|county|province|region|"
    r"crossing|port|suburb|township|quarter|borough|street|road|avenue)\b"
)
_GROUP_AFTER = re.compile(
    r"[\"”’']?\s+(?:(?:criminal|crime|drug|drugs|armed|street|motorcycle|organi[sz]ed|trafficking|smuggling)\s+)?"
    r"(?:gang|group|network|cartel|clan|syndicate|mafia|ring|organi[sz]ation|outfit|faction)s?\b"
)
# English noun endings: a capitalised pair ending in one is a thing, not a person ("Marine Resources").
_PREPOSITIONS = frozenset("by in at on from with for to near of under after before during via".split())
_ROLE_COMMA_BEFORE = re.compile(r"([a-z][\w'’-]{1,20}),\s+$")
_LOWER_WORD_BEFORE = re.compile(r"([a-z][\w'’-]{1,20})[ \t]+$")
_PERSON_OF_NOUNS = words("person_of_nouns")
_PLURAL_NOUN_NEXT = re.compile(r"[ \t]+(?!(?:was|is|has|as|this|his|its|thus|plus)\b)[a-z]+s\b")
# Where a person lives or comes from, set off after the name: "Alieu Nyassi, a resident of New Yundum", "…, a native
# of Kano", "…, an Indian national from" (bodies and places are not residents)
_RESIDENT_AFTER = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:resident|native|citizen|national|indigene|inhabitant)\s+(?:of|from)\b"
)
# A person's parentage after the name, as South Asian press and charge sheets give it: "Ruhul Amin, son of Maju
# Boli", "Rina Akter, d/o late Abdul Karim" (bodies and places have no parents)
_PARENTAGE_AFTER = re.compile(
    r",?\s+(?:(?:son|daughter|wife|husband|widow)\s+of|[SsDdWw]/[Oo])\s+(?:(?:the\s+)?(?:late|deceased)\s+)?[A-Z]"
)
# The nouns for people that figures count, in the singular too: "a long-wanted human trafficker, | Ajmal Khan,"
_PEOPLE_NOUNS = frozenset(
    form for w in words("figure_people_nouns") for form in (w, w[:-1] if w.endswith(("ers", "ts", "ns")) else w)
)
_BE_OR_INCLUDE = frozenset(("were", "was", "are", "is", "include", "includes", "included"))

# Name particles that may sit inside a name ("Luiz da Silva", "van der Berg").
_HYPHENS = re.compile("[-\u2010\u2011]")
# ("anak", "son/daughter of", joins Iban names: "Jerry anak Jugah"; "ould" Hassaniya ones: "Mohamed ould Abdallah")
_PARTICLES = frozenset(
    "de del da do dos das la le du des di von van der den ter bin binti ibn al el y e anak ould".split()
)
_MAX_WORDS = 5
#: Last words of a place's name: without a person's cue, a name ending in one is a place's.
# (and a street's word: "Jones Avenue", "St Johns Road" — a person's name never ends in one)
_PLACE_HEADS = words("place_heads") | words("street_words")
_PLACE_LEADING_HEADS = words("place_leading_heads")
_PLACE_LEADING_HEADS_ENGLISH = words("place_leading_heads_english")
# A preposition and a local unit's lower-case word before a name: "in colonia Lomas de San Isidro", "from barangay
# Lusaran" (the press of some countries writes the unit first: place_units_before_name.txt)
_UNIT_WORD_BEFORE = re.compile(
    r"\b(?:in|at|from|of|near|to)[ \t]+(?:" + "|".join(sorted(words("place_units_before_name"))) + r")[ \t]+$"
)
# A place's kind or its people, then "of": what follows is a place ("the suburb of", "a resident of")
_PLACE_OF_BEFORE = re.compile(
    r"\b(?:village|town|city|suburb|municipality|commune|district|province|region|county|neighbou?rhood|township"
    r"|island|residents?|natives?)[ \t]+of[ \t]+$"
)
_RESIDENT_OF_BEFORE = re.compile(r"\b(?:residents?|natives?)[ \t]+of[ \t]+$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|across|off|around|outside|inside)\s+(?:the\s+)?$")
_COMPANY_ENDS = frozenset(entry.rstrip(".") for entry in words("company_suffixes"))


@functools.lru_cache(maxsize=65536)
def _is_mixed_name_word(w: str) -> bool:
    """ "Łukasz", "Kovačević-Horvat", "O’Brien", "McDonald": capital, then lower case;
    after an article in lower case, "al-Hashimi"."""
    article = ARTICLE_NAME_START.match(w)
    if article:
        w = w[article.end() - 1 :]
    if not w[0].isupper() or len(w) < 2:
        return False
    for k, part in enumerate(_HYPHENS.split(w)):
        if not part:
            return False
        if k == 0 and not part[0].isupper():
            return False
        rest = part[1:].replace("'", "").replace("’", "")
        if rest and not any(c.islower() for c in rest):
            return False
        if not all(c.isalpha() for c in rest):
            return False
    return True


@functools.lru_cache(maxsize=65536)
def _is_caps_name_word(w: str) -> bool:
    """ "MUNTEANU", "BĂLAN": a surname in capitals (letters only, three or more)."""
    return (
        len(w) >= 3
        and w.isupper()
        and all(c.isalpha() or c == "-" for c in w)
        and any(unicodedata.normalize("NFD", c)[0] in "AEIOUY" or c in "ÆØŒ" for c in w)
    )  # (a vowel: "PNP", "DCI" are a body's letters)


def _is_caps_surname(w: str) -> bool:
    """A family name in capitals: three letters or more, or two that are a
    known family name ("WU Meifang", "LI Wei"; "EU" and "UN" are not)."""
    return _is_caps_name_word(w) or (len(w) == 2 and w.isalpha() and w.isupper() and w.title() in family_names())


def _is_initial(text: str, tok: Token) -> bool:
    return len(tok.text) == 1 and tok.text.isupper() and text.startswith(". ", tok.end)


#: After an initial written with others ("W.M.", "A.B.C."): the rest of them, then a capitalised word.
_INITIALS_INTO_NAME = re.compile(r"(?:\.[A-Z]){0,4}\.[ \u00a0][A-Z]")  # (bounded: a run of initials is short)


_BRACKETED = re.compile(r"\(([^()\n]{1,40})\)")
# A Roman numeral of two letters or more: a grade after a title ("Director III", "Police Officer II"), or a
# name's last word ("Juan Cruz III"), never a word before a name's others
_GRADE_NUMERAL = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{1,3}")  # (not "X" alone: "Malcolm X Jones")
# The keywords before a codename, as written or in capitals ("Ops" and "Oplan" are Malaysian and Philippine
# forms of "Operation")
_OPERATION_WORDS = KEYWORD_WORDS | {w.upper() for w in KEYWORD_WORDS}


#: A name's word written short with a point ("Ma. Cristina", "Mohd. Faizal", "Sta. Ana"): joined like an initial
_NAME_ABBREVIATIONS = words("name_abbreviations")


def _words_after_letters(text: str, tokens: list[Token]) -> dict[str, set[str]]:
    """For each word of two capitals, the words written right after it: read once per text."""
    out: dict[str, set[str]] = {}
    for k, tok in enumerate(tokens):
        if tok.allcaps and len(tok.text) == 2:
            joined = k + 1 < len(tokens) and text[tok.end : tokens[k + 1].start] == " "
            out.setdefault(tok.text, set()).add(tokens[k + 1].text if joined else "")
    return out


def _initials_before_name(
    text: str, tokens: list[Token], k: int, a: int, ranks, table, after: Callable[[], dict[str, set[str]]]
) -> bool:
    """Whether token ``k`` is a person's initials written together without points, right after a title and before a
    name's word: "General SF Masemola", "Lt Col SM Ariful Islam" (not a rank's, a known body's or a place's letters:
    "IGP Egbetokun", "NCA Smith", "UK Border Force")."""
    w = tokens[k].text
    return (
        tokens[k].allcaps
        and len(w) == 2  # (three capitals are mostly a body's: "General PNP Óscar Huamaní Ccori")
        and w.isalpha()
        and k + 1 < len(tokens)
        and text[tokens[k].end : tokens[k + 1].start] == " "
        and _is_mixed_name_word(tokens[k + 1].text)
        and k > 0
        and (tokens[k - 1].text in TITLE_WORDS or tokens[k - 1].text in ranks)
        and w not in ranks
        and w not in KNOWN_ORGS
        and w not in NOT_ORG_CAPS
        and place_key(w) not in table
        # (the letters stand nowhere else but before the same name: a body's or a rank's letters recur on their
        # own or before other names, "General PNP Óscar …", "SG Katarzyna …, SG Tomasz …")
        and after().get(w) == {tokens[k + 1].text}
    )


def _runs(text: str, tokens: list[Token], ranks: frozenset[str]) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (index ranges) joined by a space, or by
    ". " after an initial or a rank ("Pol. Maj. Gen. Kittipong Sarasin")."""
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if not t.cap:
            i += 1
            continue
        j = i
        while j + 1 < n:
            cur, nxt = tokens[j], tokens[j + 1]
            gap = text[cur.end : nxt.start]
            if gap in (" ", "\u00a0"):
                if (
                    j > i
                    and _GENERATION_NUMERAL.fullmatch(nxt.text)
                    and (j + 2 >= n or not tokens[j + 2].cap or text[nxt.end : tokens[j + 2].start] != " ")
                ):
                    break  # "Serafin F. Petalio II said": a generation's numeral closes the name (see below)
                if (nxt.cap or nxt.text in _PARTICLES) and nxt.text not in POST_NOMINALS:
                    j += 1  # (but "Fiona Kerr-Lindsay KC": the letters end the name)
                    continue
            elif (
                gap == ". "
                and nxt.cap
                and (_is_initial(text, cur) or cur.text in ranks or cur.text in _NAME_ABBREVIATIONS)
            ):
                if nxt.text not in POST_NOMINALS:
                    j += 1
                    continue
            elif (
                gap == "."
                and len(cur.text) == 1
                and len(nxt.text) == 1
                and cur.text.isupper()
                and nxt.text.isupper()
                # (before a name only: "Suk Bahadur B.K., 28" ends on its initials; "U.S." is a place)
                and _INITIALS_INTO_NAME.match(text, nxt.end)
                and place_key(text[cur.start : nxt.end + 1]) not in places()
            ):
                j += 1  # initials written together: "W.M. Chaminda Bandara", "K.R. Srinivasan"
                continue
            break
        runs.append((i, j))
        i = j + 1
    return runs


# A body's head word and "of"/"for" just before a run ("Texas Department of | Public Safety said", "General
# Directorate of | Narcotics Control said"): the run is the body's domain
_BODY_OF_WORDS = (" of", " of the", " for", " for the")
_BODY_OF_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+(?:of|for)(?:[ \t]+the)?[ \t]+$")


@functools.cache
def _rank_pairs() -> frozenset[tuple[str, ...]]:
    """The ranks of two words, split: "Tan Sri" is a rank only before its second word."""
    return frozenset(tuple(r.split()) for r in words("rank_abbreviations") if " " in r)


def person_spans(text: str, tokens: list[Token]) -> list[Span]:
    from .places import people_adjective

    spans: list[Span] = []
    table = places()
    given = given_names()
    all_given = all_given_names()
    family = family_names()
    ranks = words("rank_abbreviations")
    rank_pairs = _rank_pairs()
    roles = words("role_nouns")
    verbs = words("person_verbs")
    shaped_names: list[tuple[int, int, bool]] = []  # every name-shaped run, and whether it had a cue
    makes = words("vehicle_makes")
    bracketed: set[str] | None = None  # what the text writes in brackets, read once where a name needs it
    after_letters: dict[str, set[str]] | None = None

    def letters_after() -> dict[str, set[str]]:
        nonlocal after_letters
        if after_letters is None:
            after_letters = _words_after_letters(text, tokens)
        return after_letters

    for i, j in _runs(text, tokens, ranks):
        if tokens[i].text in makes:
            continue  # "Toyota Alphard", "Porsche Panamera": a vehicle's make and model, no person
        if i == j:
            continue  # one word, no title before it in the run: no name here (a name in capitals has two or more)
        a, b = i, j
        lead_title = False
        day_given = -1  # where a day's name stands as a given name
        caps = None
        if tokens[a].allcaps:
            caps = _signature_name(text, tokens, a, b) or _caps_name(text, tokens, a, b, given, family)
        if caps is not None:
            spans.append(Span(PERSON, caps[0], caps[1], text[caps[0] : caps[1]], rule="person-cue"))
            continue
        shortened = _shortened_surname(text, tokens, a, b, ranks, given) if len(tokens[b].text) <= 2 else None
        if shortened is not None:
            # "Abdelilah B., 52,", "Suk Bahadur B.K., 28": a given name and the initial of a withheld surname
            spans.append(Span(PERSON, shortened[0], shortened[1], text[shortened[0] : shortened[1]], rule="person-cue"))
            continue
        # The name is the run's last words: walk back from its end while the
        # words are name-shaped, and stop at a title, a rank, an agency word
        # or a place ("Southern Command Chief Admiral | Dana R. Whitfield",
        # "National Member for Portugal | Rui Paiva Coelho").
        # (a family's initial after the name does, before an age: "Muhammed Shafeeq K, 44", as Kerala's press
        # writes it)
        initial_last = (
            b > a + 1
            and len(tokens[b].text) == 1
            and tokens[b].text.isupper()
            and text[tokens[b - 1].end : tokens[b].start] == " "
            and _AGE_AFTER.match(text, tokens[b].end) is not None
        )
        # (nor a particle's word written capitalised as the name's last, before an age: "Zhou Jing Bin, 43", a
        # Chinese given name; "Mohd Faizal Bin Abdullah" has it inside)
        particle_last = (
            b > a + 1
            and tokens[b].text[:1].isupper()
            and tokens[b].text.lower() in _PARTICLES
            and _AGE_AFTER.match(text, tokens[b].end) is not None
        )
        while (
            not initial_last
            and not particle_last
            and b >= a
            and (len(tokens[b].text) == 1 or tokens[b].text.lower() in _PARTICLES)
        ):
            b -= 1  # particles and initials never end a name
        k = b
        while k >= a:
            tok = tokens[k]
            w = tok.text
            if (
                w in TITLE_WORDS
                or ("-" in w and all(part in TITLE_WORDS for part in w.split("-") if part))  # "Sub-Inspector"
                # (a title's plural before the first of the names it is each one's: "Pastors John Kiiza and …";
                # not a place so named, "Kings Road", "Governors Island")
                or (
                    w.endswith("s")
                    and w[:-1] in TITLE_WORDS
                    and k == a
                    and k < b
                    and _ANOTHER_NAME_AFTER.match(text, tokens[b].end) is not None
                )
                or (
                    w in ranks or ("-" in w and _is_rank(w, ranks)) or (k < b and (w, tokens[k + 1].text) in rank_pairs)
                )
                and (text.startswith(".", tok.end) or k < b)
            ):
                lead_title = True
                break
            if _SPELLED_AGE.fullmatch(w):
                lead_title = True  # an age written out opens the name after it: "Sixty-year-old Maxine Walcott"
                break
            if (
                w in CALENDAR_WORDS
                and k < b
                and (
                    (k > 0 and tokens[k - 1].text in _HONORIFICS and tokens[k - 1].end + 1 == tok.start)
                    or _AGE_BEFORE_NAME.search(text, max(0, tok.start - 16), tok.start)
                    # (or an age after the name: "Sunday Agbo Egwu, 45, the driver")
                    or (k == a and b - k <= 3 and _AGE_AFTER.match(text, tokens[b].end) is not None)
                    # (or a list of names it goes on: "arrested Amos Mark, Luke Job, Monday Momoh and …")
                    or (
                        k == a
                        and b - k <= 2
                        and bool(shaped_names)
                        and _LIST_GAP.fullmatch(text, shaped_names[-1][1], tok.start) is not None
                    )
                )
            ):
                day_given = k  # a day's name as a given name after a courtesy title or an age: "Mr Friday Eboka",
                k -= 1  # "67-year-old Sunday Otulugbu"
                continue
            if (
                (w in KNOWN_ORGS or w in COMMON_CAPS)
                and not (len(w) == 1 and a < k < b)
                # (nor an initial with its dot, which no article has: "A.D. Wright", "A. Wright")
                and not (len(w) == 1 and _INITIALS_INTO_NAME.match(text, tok.end))
                # (nor an article's word that ends the run, where no noun can follow it: a given name, "Nguyễn Văn
                # An, 36,", "Trần Văn An and …")
                and not (w == "An" and k == b and k > a and _NO_NOUN_AFTER.match(text, tok.end))
                # (nor a colour that is a family name after a given name: "Chris Green, head of …")
                and not (k == b and k > a and _colour_family_name(text, tokens, k, all_given))
            ):
                break  # but a one-letter middle name stays: "Vàng A Dế"
            # (not a given or family name that is also a noun: "Man Bahadur Gurung", "Son Heung Min")
            if k < b - 1 and w[:1].isupper() and w.lower() in roles and w not in all_given and w not in family:
                lead_title = True  # a role noun opening a sentence names people: "Co-defendants Leon Walsh, 38, …"
                break
            if (
                w in ORG_HEADS
                and 2 <= b - k <= 3
                and tokens[k + 1].text in all_given
                and not any(t.text in ORG_HEADS or t.text.rstrip("s") in ORG_HEADS for t in tokens[k + 1 : b + 1])
                and not common_noun(tokens[b].text)
            ):
                # a unit's name, then a person's: "AFP Commander Eastern Command Karen Lindqvist", "Director of
                # the Criminal Investigation Department Mohamed Amin said" (the post before the unit names him)
                lead_title = True
                break
            if k < b - 1 and w in _COMPASS_WORDS and tokens[k + 1].text in given:
                break  # a district's compass words before a name: "DCP South West Sudhir Yadav", "SP North Ravi Kumar"
            if k < b and _GRADE_NUMERAL.fullmatch(w):
                break  # a grade's numeral ends the title before a name: "Director III Leonardo Ybañez"
            if w in _OPERATION_WORDS:
                break  # "Police said Ops Rimba was a success": an operation's keyword, then its codename
            if k == a and k < b - 1 and tok.allcaps and _POST_OF_BEFORE.search(text, max(0, tok.start - 60), tok.start):
                lead_title = True  # "Director of CID Ndegwa Muhoro": the post's body in letters, then the name
                break
            if k < b and _initials_before_name(text, tokens, k, a, ranks, table, letters_after):
                k -= 1  # initials written together without points: "General SF Masemola", "Comptroller HK Ejibunu"
                continue
            if tok.allcaps and not (
                _is_caps_surname(w)
                and (
                    (k < b and _is_mixed_name_word(tokens[k + 1].text))
                    or (k == b and k > a and _is_mixed_name_word(tokens[k - 1].text))
                )
            ):
                break
            if k < b:
                kind = table.get(place_key(w))
                if (
                    kind in ("country", "region")
                    and not (k == a and w in all_given and _AGE_AFTER.match(text[tokens[b].end : tokens[b].end + 30]))
                    # (nor one between a rank or a title and a surname, "said Lt. Cmdr. Jordan Bradford", or after a
                    # verb of saying and before a comma, '" …," said Chad Plantz, special agent in charge')
                    and not (
                        k == b - 1
                        and w in all_given
                        and (
                            (k > a and (tokens[k - 1].text in ranks or tokens[k - 1].text in TITLE_WORDS))
                            or (
                                k == a
                                and _SAID_RIGHT_BEFORE.search(text, max(0, tok.start - 12), tok.start) is not None
                                and text.startswith(",", tokens[b].end)
                                # (a place's word after it is a place's name: "said Chad Basin, the region worst hit")
                                and not common_noun(tokens[b].text)
                                and tokens[b].text not in _PLACE_HEADS
                            )
                        )
                        and name_shaped(tokens[b].text)
                        # (a surname may be a town's name, "Bradford"; not a country's or a region's)
                        and table.get(place_key(tokens[b].text)) not in ("country", "region")
                    )
                ):
                    break  # (but a given name that is also a country's, before an age: "Jordan McAllister, 19,")
                # a town before a given name, at the run's start: "in Cádiz José Antonio …"
                if kind and k == a and tokens[k + 1].text in given and w not in all_given and w not in family:
                    break
                # the place or the branch a post serves, between the post's letters and the name: "SHO Mumtazabad
                # Azhar Abbas", "SP City Hassan Raza", "CPO Multan Sadiq Ali Dogar" (South Asian police style)
                if (
                    k > 0
                    # (the post's letters, or its police station's: "SHO PS Muzaffarabad Muhammad Ramzan")
                    and (
                        tokens[k - 1].text in ranks
                        or (k > 1 and tokens[k - 1].text == "PS" and tokens[k - 2].text in ranks)
                    )
                    and (kind or w in _POST_BRANCH_WORDS)
                    # (a given name the tables know, or a name of two words or more after the place: "SHO Mumtazabad
                    # Azhar Abbas", "SP Cantonment Kainat Azhar")
                    and (
                        tokens[k + 1].text in all_given
                        or (b - k >= 2 and all(name_shaped(t.text) for t in tokens[k + 1 : b + 1]))
                    )
                    and w not in all_given
                    and w not in family
                ):
                    lead_title = True  # the post names the person after its place
                    break
            k -= 1
        if (
            not lead_title
            and a <= k <= b - 2
            and b - k <= 4
            and (tokens[k].text in COMMON_CAPS or tokens[k].text in KNOWN_ORGS)
            and _ends_a_body(tokens[k].text)
            and all(name_shaped(t.text) and not _ends_a_body(t.text) for t in tokens[k + 1 : b + 1])
            # (a place after the post is where it serves: "Head of Customs Operations Nairobi County")
            and tokens[b].text.split("-")[0] not in _PLACE_HEADS
            and place_key(text[tokens[k + 1].start : tokens[b].end]) not in table
            and place_key(tokens[k + 1].text) not in table
            and _POST_OF_RUN.search(text, max(0, tokens[k + 1].start - 80), tokens[k + 1].start)
        ):
            # a post whose domain ends in a common word, then the name: "Minister of Internal Security |
            # Kithure Kindiki", "Minister of Home Affairs | Tiran Alles"
            lead_title = True
        if (
            not lead_title
            and i <= k <= b - 2
            and all(t.text in KNOWN_ORGS or t.text in ORG_HEADS for t in tokens[i : k + 1])
            and not any(t.text in ORG_HEADS or t.text in COMMON_CAPS for t in tokens[k + 1 : b + 1])
            and _POST_OF_BEFORE.search(text, max(0, tokens[i].start - 60), tokens[i].start)
        ):
            lead_title = True  # "Superintendent of Police Gyanendra Bahadur Thapa Magar": the post, then the name
        if b - k >= 3:
            # a post's body or domain glued to the name: "Minister of Fisheries and Marine Resources | Nestor
            # Kiriau Ghiro", "Director General of Sri Lanka Customs | Nimal Prasanna Weerasinghe" (the name is
            # the words after the body's last word, two or more, none a common noun or a body's word)
            # (the leftmost such word with two to four name-shaped words after it: a given name may end like a
            # noun, "Minister of Home Affairs | Constance Mwape Banda")
            j = next(
                (
                    x
                    for x in range(k + 1, b - 1)
                    if _ends_a_body(tokens[x].text)
                    and len(tokens[x].text) > 1  # (an initial is no body's word: "Charge, A.D. Wright")
                    and 2 <= b - x <= 4
                    # (a middle initial among them: "… Border Protection | Troy A. Miller")
                    and all(name_shaped(t.text) or _is_initial(text, t) for t in tokens[x + 1 : b + 1])
                ),
                None,
            )
            if j is not None and _POST_OF_RUN.search(text, max(0, tokens[k + 1].start - 80), tokens[k + 1].start):
                k, lead_title = j, True
        a = k + 1
        # (a capitalised particle before two more words opens the surname: "Le Quoc Bao", "De Souza Lima")
        while (
            a <= b
            and tokens[a].text.lower() in _PARTICLES
            and tokens[a].text not in ("Al", "El")
            and not (tokens[a].text[0].isupper() and b - a >= 2)
        ):
            a += 1
        if a > b:
            continue
        initials_start = None  # where initials written together before the name begin, set aside to read it
        if a < b and _initials_before_name(text, tokens, a, a if lead_title else i, ranks, table, letters_after):
            initials_start, a = tokens[a].start, a + 1
        ws = [t.text for t in tokens[a : b + 1]]
        n_words = len(ws) - sum(map(_PARTICLES.__contains__, map(str.lower, ws))) + particle_last
        if n_words == 1:
            # A surname alone is a person only right after a rank or title: "Det. Sup. Harrow".
            # (a place the word ends with the word before it: "Sri Lanka", and its people: "Sri Lankan")
            joined = text[tokens[a - 1].start : tokens[a].end] if a > 0 else ""
            joined_place = bool(joined) and any(place_key(joined[: len(joined) - cut]) in table for cut in (0, 1, 2))
            title = tokens[a - 1].text if a > 0 else ""
            if (
                lead_title
                and a == j
                and _is_mixed_name_word(tokens[a].text)
                and tokens[a].text not in COMMON_CAPS
                and not joined_place
                # not a word of a body's or a place's name after a word that is also a title ("General Trading",
                # "King Cetshwayo", "Taman Sri Mulia"), nor a domain ("Director Narcotics")
                # (unless another title opens it: "Inspector General Egbetokun", "Major General Okoro")
                and (title not in _NOT_RANKS_ALONE or (a >= 2 and tokens[a - 2].text in TITLE_WORDS))
                and not common_noun(tokens[a].text)
                # not an abbreviation before the name's next word ("Ma. Cristina", "Dr. Ir. Sustyo")
                and not _ABBREVIATION_BEFORE_NAME.match(text, tokens[a].end)
                # not a place named after "of" or "in" ("the districts of Capitán Bado")
                and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, tokens[a - 1].start - 8), tokens[a - 1].start)
                # not a headline's common word the story writes in lower case ("Customs Seizes Major Arms Shipment"
                # … "a cache of arms"): a headline in title case capitalises every word
                and not (text.find("\n", 0, tokens[a].start) < 0 and tokens[a].text.lower() in text_words(text))
            ):
                w = tokens[a].text
                if w not in ORG_HEADS and w not in TITLE_WORDS:
                    first = tokens[a].start if initials_start is None else initials_start
                    spans.append(Span(PERSON, first, tokens[a].end, text[first : tokens[a].end], rule="person-surname"))
            continue
        if n_words > _MAX_WORDS:
            continue
        verdict = _name_words(
            tuple(ws),
            day_first=a == day_given,
            # (a full name of three words or more led by a known family name, as Vietnamese names are written:
            # not a city, a firm or a ministry, "Xi An", "Phu An", "Bộ Công An")
            last_is_name=(
                ws[-1] == "An"
                and len(ws) >= 3
                and ws[0] in family
                and _NO_NOUN_AFTER.match(text, tokens[b].end) is not None
            )
            # (a colour that is a family name after a given name, no noun after it: "Assistant Chief Constable
            # Chris Green, head of …", not "a Green Notice", "the Black Axe")
            or (len(ws) >= 2 and _colour_family_name(text, tokens, b, all_given)),
        )
        if verdict is None or verdict[0]:
            # a middle initial marks where a name begins: the word before it is its given name, after a
            # body or a post written before it ("Director of Investigations Callum J. Ashworth",
            # "Inspector General of Police Priyantha D. Weerasooriya")
            m = next((x for x in range(a + 2, b) if _is_initial(text, tokens[x])), None)
            if m is not None and _is_mixed_name_word(tokens[m - 1].text):
                retried = _name_words(tuple(t.text for t in tokens[m - 1 : b + 1]))
                if retried is not None and not retried[0] and not retried[1]:
                    a, lead_title, verdict = m - 1, True, retried
                    ws = [t.text for t in tokens[a : b + 1]]
        if verdict is None:
            continue  # not name-shaped, or a common word, title or body inside
        head_word, body, words_cue = verdict
        start, end = tokens[a].start if initials_start is None else initials_start, tokens[b].end
        name = text[start:end]
        if place_key(name) in table:
            continue
        numeral = _NUMERAL_GENERATION_AFTER.match(text, end)
        after = text[numeral.end() if numeral else end : end + 120]  # (what follows "… Petalio II")
        before = text[max(0, start - 40) : start]
        # Every test of ``before`` below is anchored at its end ("the ", "said ", "By ",
        # "partner, "): its last word, read once, rules most out before a pattern
        # searches the window, and a match can only start a word's length from the end.
        last = before.rstrip()
        blank_end = len(last) < len(before)
        blank_next = after[:1].isspace()  # what _LOCATIVE_AFTER and _SPEECH_AFTER begin with
        # a given name, a middle initial and one or two words more are a person's ("Priyantha D.
        # Weerasooriya"; not "Investigation J. Edgar Hoover Building", "Salt Lake Sector V. Eleven")
        cue = lead_title or (not head_word and not body and 2 <= b - a <= 3 and _is_initial(text, tokens[a + 1]))
        if not cue and blank_next and _LOCATIVE_AFTER.match(after):
            continue  # "Umoja Innercore estate": a place named by the word after it
        if not cue and _GROUP_AFTER.match(after):
            continue  # "the infamous Pink Panther criminal group", "the Johnny Wonder gang": a group named, no person
        if not lead_title and blank_end and last.endswith(_BODY_OF_WORDS):
            body_of = _BODY_OF_BEFORE.search(before)
            if body_of is not None and body_of.group(1) in ORG_HEADS:
                continue  # "the Department of Public Safety said": a body's domain, not a person's name
        if not cue and blank_end and last.endswith(_THE_WORDS) and _THE_BEFORE.search(before):
            continue  # "the Campo de Gibraltar": people are not written with an article
        if not lead_title and blank_end and last.endswith(" of") and _PLACE_OF_BEFORE.search(before):
            # (after a resident, an age says a person: "resident of Batumi Shmagi Sh, 25,", the town first; a
            # village is not aged: "two brothers from the village of Vicovu de Sus, aged 47 and 52")
            if not (_AGE_AFTER.match(after) and _RESIDENT_OF_BEFORE.search(before)):
                continue  # "the Sydney suburb of Georges Hall", "a resident of Mary Point": a place, whatever its shape
            town = next((k for k in (a + 1, a) if b - k >= 2 and place_key(text[start : tokens[k].end]) in table), -1)
            if town >= 0:
                ws, a = ws[town + 1 - a :], town + 1
                start = tokens[a].start
                name = text[start:end]
        if not cue:
            m = _APPOSITION.match(after)
            if m:
                found = _WORDS.findall(m.group(1))
                # ", head of …", ", Europol's Deputy Executive Director": not ", by BNN head …"
                if (
                    found
                    and found[0] not in _PREPOSITIONS
                    # (not ", Dr. Ezekiel Lilo, said": the apposition is another person's name)
                    and found[0] not in _HONORIFICS
                    and any(w in TITLE_WORDS or w in TITLE_WORDS_LOWER for w in found[:8])
                ):
                    cue = True
        if body:
            continue  # "Excise Department", "Iasi Territorial Service", "Essequibo Hardwoods Ltd": bodies
        if head_word and not cue:
            continue  # "Nicholas Court, Assistant Director": only a title beats a head word
        if not lead_title and (
            ws[0] in _PLACE_LEADING_HEADS
            or (
                ws[0] in _PLACE_LEADING_HEADS_ENGLISH
                and not _AGE_AFTER.match(after)
                and not (cue and not _PLACE_PREPOSITION_BEFORE.search(before))
            )
            or (ws[-1].split("-")[0] in _PLACE_HEADS and _LOCATIVE_BEFORE.search(before))
        ):
            # "near Isla de Malpelo", "in Central Kalimantan Province, an official said", "officials at Port
            # Qasim said": a place (an English head word yields to an age or a post: "Lake Ndlovu, 34,")
            continue
        if not lead_title and _UNIT_WORD_BEFORE.search(before):
            continue  # "a residence in colonia Lomas de San Isidro, according to …": a local unit's name
        if not cue and ws[-1].split("-")[0] in _PLACE_HEADS and not _AGE_AFTER.match(after):
            # "Central Kalimantan Province", "Tanjung Perak Port", "Rocky Point": places, unless a title or
            # an age says a person ("Detective Sergeant Tom Lake", "Mary Point, 36,"); a speech verb does
            # not ("Police in Central Kalimantan Province said …")
            continue
        if not cue and (
            (blank_next and _SPEECH_AFTER.match(after))
            or (blank_end and last.endswith(_SPEECH_WORDS) and _SPEECH_BEFORE.search(before))
            or (blank_end and last.endswith(_BYLINE_WORDS) and _BYLINE_BEFORE.search(before))
            or _AGE_AFTER.match(after)
            # "Kunle Adeyemo was caught carrying heroin": what befalls a person (a body's name has its head word)
            or (
                blank_next
                and not head_word
                and _PERSON_PASSIVE_AFTER.match(after)
                # (the subject, not a place in a phrase before the verb: "a man from Western Cape was arrested")
                and not _PREPOSITION_BEFORE.search(before)
                and place_key(name) not in table
            )
            # the last of names joined by "and", and what befalls them all: "Tassawar Hussain and Manzoor Ahmed were
            # arrested" (the names before it are a list with a person in it)
            or (
                blank_next
                and not head_word
                and blank_end
                and last.endswith(" and")
                and bool(shaped_names)
                and _LIST_GAP.fullmatch(text, shaped_names[-1][1], start) is not None
                and _PEOPLE_PASSIVE_AFTER.match(after)
                and place_key(name) not in table
            )
            or _WHO_AFTER.match(after)
            # "a property owned by one Somal Sood", "handed over by one Olagunju Abbas": "one" before a name says a
            # person so called (South Asian and West African usage)
            or (blank_end and last.endswith(" one") and _BY_ONE_BEFORE.search(before))
            # a speaker named with the body they speak for: "Tom Harlow of the National Crime Agency said"
            or (blank_next and not head_word and _OF_BODY_SPEAKS_AFTER.match(after))
            # a credit line closing the text, the name alone on it: "(Argyll Cyrus B. Geducos)", "– Rambo Talabong /
            # Rappler.com", "Ella Dionisio/DMS"
            or (
                len(text) - end < 120
                and (credit_after := _CREDIT_LINE_AFTER.match(after))
                and (
                    _CREDIT_LINE_BEFORE.search(before)
                    # (or after the last sentence, in brackets, after a dash or before an outlet's name)
                    or (
                        (credit_at := _CREDIT_AFTER_SENTENCE.search(before))
                        and (credit_at.group(1) or credit_after.group(1))
                    )
                )
                and not any(w in ORG_LEADS for w in ws)  # (a signature's office: "Dirección de Comunicación y Prensa")
                and ws[-1] not in _OUTLET_WORDS  # (the outlet's: "(Colombo Gazette)")
            )
            or _ALIAS_AFTER.match(after)
            or _PARENTAGE_AFTER.match(after)
            or _RESIDENT_AFTER.match(after)
            or (_COMMA_SPEECH_AFTER.match(after) and last.endswith(","))
            or (after.lstrip().startswith(",") and last.endswith(",") and _TITLE_BEFORE.search(before))
            or (last.endswith(",") and _POST_COMMA_BEFORE.search(text, max(0, start - 90), start))
            or (last.endswith(")") and _rank_short_form_before(text, start))
            or (blank_end and last.endswith(" as") and _named_as(before, roles))
            or (
                blank_end
                and last.endswith("old")
                and _AGE_BEFORE.search(before)
                and not _PERSON_NOUN_AFTER.match(after)
            )
        ):
            cue = True
        if (
            not lead_title
            and blank_end
            and last.endswith(_BYLINE_WORDS)
            and (
                not _BYLINE_DESK_WORDS.isdisjoint(ws)
                # (an outlet's word after a place's name or "Daily": not "By Emily Post", "By Li Sun")
                or (ws[-1] in _OUTLET_WORDS and (ws[0] in ("Daily", "The") or place_key(ws[0]) in table))
            )
            and _BYLINE_BEFORE.search(before)
        ):
            continue  # "By News Desk", "By: Staff Writer", "By Bangkok Post": a desk's or an outlet's credit
        if not cue:
            lw = _LOWER_WORD_BEFORE.search(before, max(0, len(last) - 21)) if blank_end else None
            if lw and (
                lw.group(1) in roles
                or lw.group(1) in verbs
                or lw.group(1) in TITLE_WORDS_LOWER
                # (a rank of two words joined: "police major-general Yerlan Seitkali", "lieutenant-colonel …")
                or ("-" in lw.group(1) and all(p in TITLE_WORDS_LOWER for p in lw.group(1).split("-")))
            ):
                cue = True
            elif (
                blank_end
                and last.endswith(",")
                and (rc := _ROLE_COMMA_BEFORE.search(before, max(0, len(last) - 22)))
                and (rc.group(1) in roles or rc.group(1) in _PEOPLE_NOUNS)
            ):
                cue = True  # "His partner, Zsófia Németh", "the two managers, Jeon Sung-ho and …"
            elif lw and lw.group(1) == "of" and (noun := _LOWER_WORD_BEFORE.search(before, 0, lw.start())):
                # "the arrests of Manzoor Ahmed", "son of Muslim Mia": a noun whose "of" takes a person
                # (not a body or a place before its people: "the killing of Westgate Mall guards")
                cue = noun.group(1) in _PERSON_OF_NOUNS and not _PLURAL_NOUN_NEXT.match(text, end)
            elif lw and lw.group(1) in _BE_OR_INCLUDE:
                # "Those arrested were Thabo Mokoena and …", "The suspects include Tevita Fifita": the people a
                # verb or a role noun just before names
                held = _LOWER_WORD_BEFORE.search(before, 0, lw.start())
                cue = held is not None and (held.group(1) in verbs or held.group(1) in roles)
        by_shape = False
        if not cue and not head_word:
            # a given name and a family name — not before a place's noun ("Mae Ai district")
            cue = by_shape = words_cue and not _PLACE_NOUN_AFTER.match(text, end)
            if by_shape and blank_end and last.endswith((" in", " near")) and _IN_BEFORE.search(before):
                # "seized two boats in Vila Real de Santo António and Tavira": where, by shape alone
                cue = by_shape = False
            if by_shape and blank_end and _AGE_BEFORE.search(before) and _PERSON_NOUN_AFTER.match(after):
                # "a 37-year-old Clayton South man": the town the person is from, whatever its words' shape
                cue = by_shape = False
            if by_shape and blank_end and _COUNT_BEFORE.search(before[-20:]):
                # "seized 3 Harley Davidsons": things counted, by their maker's name; people are not counted by theirs
                cue = by_shape = False
        if (
            cue
            and common_noun(ws[-1])
            and not any(part in all_given for part in ws[0].split("-"))  # ("Marie-Ève Lachance" is a person)
            # (after a rank only in a headline, where every word is capitalised, or after an adjective's word ("Joint
            # Commissioner Economic Offences", "Senior Superintendent Public Relations": a post's field), and where no
            # word is a known name: "Seizes Major Arms Shipment"; "Chief Inspector Tafadzwa Loveness said" is a person)
            and not (
                lead_title
                and (
                    (text.find("\n", 0, start) >= 0 and not _FIELD_ADJECTIVE.search(ws[0]))
                    or any(w in all_given or w in family for w in ws)
                )
            )
        ):
            cue = False  # "… and Sustainable Development said": words of a body's name, not a person's
        if cue and not lead_title and ((ws[-1] in _OUTLET_WORDS and ws[-1] not in family) or ws[0] == "Daily"):
            cue = False  # "Trinidad Express", "Daily Guide": a newspaper's name ("Li Sun" is a person)
        if cue and not lead_title and len(ws) == 2 and ws[0] in _COMPASS_WORDS and people_adjective(ws[1]):
            cue = False  # "Yonhap said South Korean police …", "North Korean hackers": a people's adjective
        if cue and len(ws) == 2 and _GRADE_NUMERAL.fullmatch(ws[-1]):
            # "congratulated Kodaeral III" where the text writes "(Kodaeral III)" after a body's name: its short name
            # (a king stays one: "Mswati III")
            if bracketed is None:
                bracketed = set(_BRACKETED.findall(text))
            cue = name not in bracketed
        shaped_names.append((start, end, cue))
        if not cue:
            continue
        suffix = _GENERATION_AFTER.match(text, end)
        if suffix:
            end = suffix.end()  # "Lamar T. Biggins Jr.": the generation is part of the name
            name = text[start:end]
        spans.append(Span(PERSON, start, end, name, rule="person-cue", extra={"how": "shape" if by_shape else "cue"}))
    # A list of names with one person in it is a list of people: "Those agents,
    # Muhammad Arshad, Sohail Ahmed Butt, Zulfiqar Ali and Mazhar Iqbal Khan, …".
    places_listed: set[tuple[int, int]] = set()
    k = 0
    while k < len(shaped_names):
        items = [k]
        while items[-1] + 1 < len(shaped_names):
            gap_text = text[shaped_names[items[-1]][1] : shaped_names[items[-1] + 1][0]]
            if not _LIST_GAP.fullmatch(gap_text):
                break
            if ";" in gap_text and not _ITEM_ENDS.match(text, shaped_names[items[-1] + 1][1]):
                break  # a clause after a semicolon, not an item: "…; Kisumu Central residents protested"
            items.append(items[-1] + 1)
        if len(items) >= 2 and _PLACE_NOUN_AFTER.match(text, shaped_names[items[-1]][1]):
            # "in Fang, Mae Ai and Chiang Saen districts": a list of places, whatever their words' shape
            places_listed.update(shaped_names[x][:2] for x in items)
        elif len(items) >= 2 and any(shaped_names[x][2] for x in items):
            for x in items:
                s, e, cue = shaped_names[x]
                if not cue and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, s - 14), s):
                    # (not a place or a unit after "at", "in": "the DSP at Makawanpur DPO, Rakesh Kumar Verma, said")
                    spans.append(Span(PERSON, s, e, text[s:e], rule="person-cue", extra={"how": "list"}))
        k = items[-1] + 1
    if places_listed:
        spans = [sp for sp in spans if (sp.start, sp.end) not in places_listed or sp.extra.get("how") != "shape"]
    spans += _caps_bylines(text)
    spans += _dated_bylines(text)
    spans += _bare_bylines(text)
    spans += _single_names_listed_with_ages(text, spans)
    spans += _names_listed_after_people(text, spans)
    spans += _one_word_names_named(text, spans)
    spans += _parentage_names(text, spans)
    spans += _names_around_nicknames(text, all_given)
    spans = _withheld_surname_marks(text, spans, all_given)
    spans = [_without_a_posts_field(text, sp, all_given) for sp in spans]
    # a nickname in quotes is no name of its own: 'Lin Guohua, alias "Boss Lin",'; a group known by a
    # phrase of its own is no one's name, whatever verb follows it ("Hayat Tahrir al-Sham seized the town")
    return [
        sp
        for sp in spans
        if not _ALIAS_BEFORE.search(text, max(0, sp.start - 24), sp.start) and sp.name not in KNOWN_ORG_PHRASE_SET
    ]


# The end of a capitalised run, or "and", right before a name: the post's words that the name's run went on from
_RUN_OR_AND_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|\band)[ \t]+$")


def _without_a_posts_field(text: str, sp: Span, all_given: AbstractSet[str]) -> Span:
    """A name of three words or more whose first word is a common noun, no given name, at the end of a post's
    words: the field the post is named by, then the person ("Minister for Immigration and Border Protection Peter
    Dutton", "Assistant Commissioner ACCCE and Child Protection Lesa Gale"): the person alone."""
    if sp.type != PERSON or sp.name.count(" ") < 2:
        return sp
    ws = sp.name.split(" ")
    # (the last such word before the name's last two: "Child Protection Lesa Gale")
    k = max((i for i in range(len(ws) - 2) if common_noun(ws[i]) and ws[i] not in all_given), default=-1)
    if k < 0 or _RUN_OR_AND_BEFORE.search(text, max(0, sp.start - 40), sp.start) is None:
        return sp
    cut = len(" ".join(ws[: k + 1])) + 1
    return replace(sp, start=sp.start + cut, name=sp.name[cut:])


# A nickname in quotes inside a name, the given names before it and the family names after it: 'Armando “El
# Inge” Bátiz Camarena', 'Salvatore "Toto" Riina' (Latin American and Italian press write a capo so)
_MOST_NICKNAMED = 50
# the given names right before the opening quote, the nickname, and the family names after the closing one
_GIVEN_BEFORE_QUOTE = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) $")
# the same in single quotes, the closing one followed by a blank (not an apostrophe inside a word: "O'Brien")
_SINGLE_QUOTED_THEN_FAMILY = re.compile(r"([A-Z][^'‘’\"“”\n]{0,24})['’] ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
_NICKNAME_THEN_FAMILY = re.compile(r"([A-Z][^\"“”\n]{0,24})[\"”] ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")


def _names_around_nicknames(text: str, all_given: AbstractSet[str]) -> list[Span]:
    """People named with a nickname in quotes inside the name, the whole as written (the guide's "full name as
    first written in full": 'Armando “El Inge” Bátiz Camarena', 'Salvatore "Toto" Riina'); the name's first word
    a known given name. Looked for at the opening quotes only, the first few hundred of them."""
    spans: list[Span] = []
    tried = 0
    for quote, then_family in (
        ('"', _NICKNAME_THEN_FAMILY),
        ("“", _NICKNAME_THEN_FAMILY),
        ("'", _SINGLE_QUOTED_THEN_FAMILY),
        ("‘", _SINGLE_QUOTED_THEN_FAMILY),
    ):
        at = text.find(quote)
        while at >= 0 and tried < 20 * _MOST_NICKNAMED and len(spans) < _MOST_NICKNAMED:
            tried += 1
            given = _GIVEN_BEFORE_QUOTE.search(text, max(0, at - 50), at)
            rest = then_family.match(text, at + 1) if given else None
            if given and rest and given.group(1).split()[0] in all_given and not common_noun(rest.group(2).split()[0]):
                spans.append(
                    Span(
                        PERSON,
                        given.start(),
                        rest.end(),
                        text[given.start() : rest.end()],
                        rule="person-cue",
                        extra={"how": "nickname"},
                    )
                )
            at = text.find(quote, at + 1)
    return spans


_COMPASS_WORDS = words("compass_words")
# (or a house's number: "Adrian Carew, age 55, of 38 Rainbow City Wismar Linden")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|from|near|of)[ \t]+(?:\d{1,5}[A-Za-z]?[ \t]+)?$")
# The noun of a place after a name: "… Chiang Saen districts", "Owan West local government area"
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:districts?|provinces?|areas?|villages?|communes?|municipalit(?:y|ies)|regions?|count(?:y|ies)|"
    r"neighbou?rhoods?|townships?|sub-districts?|subdistricts?|local\s+government\s+areas?|governorates?)\b"
)
# A byline in capitals: "By RAFAEL OCAMPO DÍAZ Associated Press", "BY ANA RUIZ, Lima", and after a dateline's
# date on its line: "PERU / 22 JUN 2017 BY JAMES BARGENT"
_CAPS_BYLINE = re.compile(
    r"(?m)^(?:[^\n]{0,40}?\b(?:19|20)\d\d,?[ \t]+)?[ \t]*(?:By|BY)[ \t]+"
    r"([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,5})"
)


def _caps_bylines(text: str) -> list[Span]:
    """The name of a byline written in capitals, up to the first word that is not
    (the outlet's name after it, a comma): two to four words, none a body's word."""
    spans: list[Span] = []
    if "By " not in text[:2000] and "BY " not in text[:2000]:
        return spans
    for m in _CAPS_BYLINE.finditer(text, 0, 2000):  # a byline stands near the top
        words: list[str] = []
        for w in m.group(1).split():
            bare = w.rstrip(",")
            title = bare.title()
            if not bare.isupper() or title in ORG_HEADS or bare in KNOWN_ORGS or title in COMMON_CAPS:
                break  # ("BY THE NEWSROOM", "BY REUTERS STAFF": no person)
            if title in TITLE_WORDS:
                break
            words.append(bare)
            if w.endswith(","):
                break
        if not 2 <= len(words) <= 4 or all(len(w.strip(".")) == 1 for w in words):
            continue
        start = m.start(1)
        end = start + len(" ".join(words))
        if text[start:end] != " ".join(words):
            continue  # (tabs or double spaces inside: not read)
        spans.append(Span(PERSON, start, end, text[start:end], rule="person-cue", extra={"how": "byline"}))
    return spans


# One item of a list of people with their ages: "Rafiq Mia, 28, Sohel, 20, Jamal Uddin, 32, and Liton, 25"
# (a name starts a word: tried inside a long capitalised word, each of its letters rescanned the rest of it)
# (the capital first, so re skips ahead to capitals, and the lookbehind after it: see .patterns)
_AGED_ITEM = re.compile(
    rf"([{UPPER}](?<![\w'’-].)[\w'’-]+(?:[ \t][{UPPER}][\w'’-]+){{0,3}}),[ \t]+\d{{1,2}}(?=,|[ \t]+and\b|\.)"
)
_AGED_LIST_GAP = re.compile(r",?[ \t]+(?:and[ \t]+)?")
# An _AGED_ITEM match's tail (its comma and age): each match holds one, at a comma of its own
_AGE_TAIL = re.compile(r",[ \t]+\d{1,2}(?=,|[ \t]+and\b|\.)")
_MOST_AGED_ITEMS = 2000  # (a megabyte of them is not read past this many)


def _single_names_listed_with_ages(text: str, spans: list[Span]) -> list[Span]:
    """The one-word names of a list of people with their ages, where the list holds a person found by the
    other rules: South Asian releases name many suspects by one word ("Md Mainuddin, 28, Sohel, 20,
    Jawad, 24, …"). A list of places with counts ("Kenya, 37, Uganda, 12") holds no person."""
    if ", " not in text:
        return []
    # (a list is three items or more, and each item holds an age's tail of its own: a text with fewer tails than
    # three holds no list, and is not scanned at every capital for one)
    tails = _AGE_TAIL.finditer(text)
    if next(tails, None) is None or next(tails, None) is None or next(tails, None) is None:
        return []
    found = {(sp.start, sp.end) for sp in spans}
    from .places import people_adjective

    roles = words("role_nouns") | TITLE_WORDS_LOWER | words("figure_people_nouns")
    out: list[Span] = []
    run: list[re.Match] = []
    table = places()

    def close() -> None:
        people_found = sum((m.start(1), m.end(1)) in found for m in run)
        # (half the list or more found as people: "Rajesh Kumar, 37, Gaya, 12, Nalanda, 9" is a list of districts)
        if len(run) >= 3 and people_found and 2 * people_found >= len(run) - 1:
            for m in run:
                w = m.group(1)
                if " " in w or (m.start(1), m.end(1)) in found:
                    continue
                if (
                    name_shaped(w)
                    and place_key(w) not in table
                    and not w.isupper()
                    and w.lower() not in roles
                    and w.lower() + "s" not in roles
                    and not people_adjective(w)
                ):
                    out.append(Span(PERSON, m.start(1), m.end(1), w, rule="person-cue", extra={"how": "list"}))
        run.clear()

    for k, m in enumerate(_AGED_ITEM.finditer(text)):
        if k >= _MOST_AGED_ITEMS:
            break
        if run and not _AGED_LIST_GAP.fullmatch(text, run[-1].end(), m.start()):
            close()
        run.append(m)
    close()
    return out


# (each item may follow a bullet, as a list flattened into one line is written: "identified as: • Melchor Herrera,
# • Niño Carangan, … and • Reynante Alcazar")
_BULLET = r"(?:[•·▪◦][ \t]+)?"
# What opens a list of people by name: a plural noun of people set off by a comma, a colon or nothing ("arrested
# three traffickers, Habib, Milton and Samad", "two dealers Waheed and Abdul Ghaffar"), "identified as", or "the
# rescued are" (a plural's last letter before a capital is found first, then its word looked up: one pattern of
# many words tried at every position cost 0.09 s a megabyte, this 0.02 s)
# (each branch opens on its word's first letter, so re skips ahead to those letters, with the word's "\b" a
# lookbehind after it; a branch opening on "\b" was tried at every position of the text: the group holds the rest
# of the word, ``_opening_word`` the whole)
_WORD_BEFORE_CAPITAL = re.compile(
    rf"s[,:–-]?[ \t]+{_BULLET}(?=[{UPPER}])"
    rf"|a(?<!\w.)(s|re|ccused)[,:]?[ \t]+{_BULLET}(?=[{UPPER}])"
    rf"|w(?<!\w.)(ere)[,:]?[ \t]+{_BULLET}(?=[{UPPER}])"
    rf"|i(?<!\w.)(ncluding)[,:]?[ \t]+{_BULLET}(?=[{UPPER}])"
    rf"|n(?<!\w.)(amely)[,:]?[ \t]+{_BULLET}(?=[{UPPER}])"
)


def _opening_word(opener: re.Match[str]) -> str | None:
    """The word a ``_WORD_BEFORE_CAPITAL`` match names ("as", "including"), or None for a plural's last letter."""
    group = opener.lastindex
    return None if group is None else opener.string[opener.start() : opener.end(group)]


# The people a list after "including" or "namely" names: "arrested 32 accused including Munir, Afzal, …"
_PEOPLE_BEFORE_INCLUDING = re.compile(r"\b([a-z]+)[,]?[ \t]+$")
_LAST_WORD = re.compile(r"[a-z]+$")
_PEOPLE_PLURALS = frozenset(w for w in words("figure_people_nouns") if w.endswith("s")) | {"accused"}
# ("identified as", "identified the accused as", "identified the two men as")
_LISTED_AS_BEFORE = re.compile(
    r"\bidentified(?:[ \t]+(?:the|them|him|her|two|three|four|five|six|accused|suspects|men|women|persons|people"
    r"|victims|culprits|arrestees|deceased|duo|trio|detainees)){0,3}[ \t]+$"
)
_LISTED_ARE_BEFORE = re.compile(r"\b(?:rescued|arrested|detained|victims|suspects|accused)[ \t]+$")
# (a particle inside a name: "Crizaldo de Guzman", "Jan van Dijk")
_LISTED_NAME = re.compile(
    rf"[{UPPER}][\w'’-]+(?:[ \t](?:(?:{'|'.join(sorted(_PARTICLES, key=len, reverse=True))})[ \t])?"
    rf"[{UPPER}][\w'’-]+){{0,3}}"
)
# (each name may carry where the person is from and an age: "Shankar from Cuddalore, Ramprabhu of Paramakudi and
# Kumaravel of Salem", "Farooq (27), Shariful Islam (21) and …")
_LISTED_NAME_GAP = re.compile(
    rf"(?:[ \t]+(?:of|from)[ \t]+[{UPPER}][\w'’-]+(?:[ \t][{UPPER}][\w'’-]+)?)?(?:[ \t]*\(\d{{1,2}}\))?"
    rf"(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+){_BULLET}"
)
_MOST_LISTED = 12
# What may follow a list of names: a stop, a bracket, a dash or a word going on with the clause (not a noun the
# names qualify: "Dhaka and Chittagong networks", nor a possessive: "Selina Begum's daughters")
_LISTED_NAMES_END = re.compile(
    r"[ \t]*(?:[,.;:)!?(\n–—]|$)|[ \t]+(?:were|was|are|is|who|whom|whose|had|have|has|from|of|aged|in|at|on|to|for|with"
    r"|all|both|after|while|when|during|near|as|respectively|also|remain|remained|and|but|alias|allegedly|then"
    r"|besides|before|since|till|until)\b"
)
# The people that "identified as" names: "the suspects were identified as …", "the three men, identified as …"
# (the nouns of people the figures read, and a few of kin and number)
_PEOPLE_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            words("figure_people_nouns")
            | {"arrestees", "culprits", "brothers", "sisters", "couple", "duo", "trio"}
            # ("Those arrested have been identified as …")
            | {"arrested", "detained", "apprehended", "held"},
            key=len,
            reverse=True,
        )
    )
    + r")\b[^.;!?\n]{0,60}$"
)
# (a month's, a day's or a role's word is no name: "suspects, Monday and Tuesday")
_LIST_NOT_NAME_WORDS = frozenset(w.lower() for w in CALENDAR_WORDS) | words("role_nouns")


# A person named by one word after a noun for a person and "named" or "called" ("another individual named Wasim"),
# or after "one" ("contacted by one Oratha"): the name alone, no other capitalised word after it
_NAMED_ONE_WORD = re.compile(
    rf"\b([a-z]+)[ \t]+(?:named|called|one)[ \t]+([{UPPER}][\w'’-]+)(?![\w'’-]|[ \t]+[{UPPER}])"
    # (or identified so: "The driver, identified only as Suthin, …", "the suspect was identified as Sutthiphong")
    rf"|\b([a-z]+)(?:,[ \t]+|[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+)identified[ \t]+(?:only[ \t]+)?as[ \t]+"
    rf"([{UPPER}][\w'’-]+)(?![\w'’-]|[ \t]+[{UPPER}])"
)
# After a plural noun, "identified as" names one of several only where an age or the next name follows
_AGE_OR_NAME_NEXT = re.compile(rf",[ \t]*\d{{1,2}}[ \t]*[,.;)]|[ \t]+and[ \t]+[{UPPER}]")
_PLURAL_PEOPLE = words("plural_people_nouns")
# What every _NAMED_ONE_WORD match holds: the word and a capital after it (a blank before the word)
_NAMED_ONE_WORD_CORE = re.compile(rf"[ \t](?:named|called|one|identified[ \t]+(?:only[ \t]+)?as)[ \t]+[{UPPER}]")


# A lower-case noun right after the word: it qualifies the noun ("one Nigerian national"), no name (a clause word
# after a name does not count: "named Wasim who fled")
_LOWER_NOUN_NEXT = re.compile(r"[ \t]+(?!(?:and|or|who|was|were|had|has|is|said|told|fled|in|at|of|from)\b)[a-z]+\b")


def _one_word_names_named(text: str, spans: list[Span]) -> list[Span]:
    if "named" not in text and "called" not in text and " one " not in text and "identified" not in text:
        return []
    # (the core is searched from a blank, the whole pattern at every word: most texts hold no core)
    if _NAMED_ONE_WORD_CORE.search(text) is None:
        return []
    from .places import people_adjective

    found = {(sp.start, sp.end) for sp in spans}
    table = places()
    roles = words("role_nouns")
    out: list[Span] = []
    for m in _NAMED_ONE_WORD.finditer(text):
        k = 1 if m.group(1) else 3  # (named or called, or identified)
        noun, name = m.group(k), m.group(k + 1)
        # ("one" says a person so called after the words _BY_ONE_BEFORE reads, as West African and South Asian press
        # write it)
        one = k == 1 and text[m.end(1) : m.start(2)].strip() == "one"
        if k == 3 and (
            name in roles
            or name.lower() in roles
            or (
                (noun.endswith("s") or noun in _PLURAL_PEOPLE)
                and not _AGE_OR_NAME_NEXT.match(text, m.end(4))  # ("The two drivers, identified only as Somchai, 34,")
            )
        ):
            # one person identified so, not several ("The victims, identified as Rohingya", "the men, identified as
            # Tiv": a people) nor a role ("identified as Suspect")
            continue
        if (
            (_BY_ONE_BEFORE.search(text, m.start(1), m.start(2)) if one else noun in roles or noun in _PEOPLE_NOUNS)
            and (m.start(k + 1), m.end(k + 1)) not in found
            and name_shaped(name)
            and place_key(name) not in table
            and name not in COMMON_CAPS
            and name not in KNOWN_ORGS
            # (not a people's adjective before its noun: "sold to one Nigerian national")
            and not people_adjective(name)
            and not _LOWER_NOUN_NEXT.match(text, m.end(k + 1))
        ):
            out.append(Span(PERSON, m.start(k + 1), m.end(k + 1), name, rule="person-cue", extra={"how": "named"}))
    return out


# A person's parentage, as South Asian press and charge sheets give it: "Salamatullah, son of deceased Habibullah",
# "Kabir Hossain, son of late Tajer Mulluk" (read from the phrase: a name of one word is a person here too)
_PARENTAGE_CORE = re.compile(
    r"[ \t](?:son|daughter|wife|husband|widow)[ \t]+of[ \t]+(?:(?:the[ \t]+)?(?:late|deceased)[ \t]+)?"
)
_CHILD_BEFORE = re.compile(rf"(?<![\w'’.-])([{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,3}}),?$")
# What a match of _CHILD_BEFORE can hold (a comma only last), matched on the window before "son of" reversed: no
# match starts before the run it finds, so the search starts there, not at each of the window's 80 positions
_CHILD_CHARS_BACKWARDS = re.compile(r",?[\w'’ \t-]*")
_CONNECTOR_BEFORE = re.compile(r"\b(?:of|the|for|and|de|del|da)[ \t]+$")
_PARENT_AFTER = re.compile(rf"[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,3}}(?![\w'’-])")


def _parentage_names(text: str, spans: list[Span]) -> list[Span]:
    """The child and the parent of "X, son of Y", of one word or more, where no other rule found them."""
    if " of " not in text or _PARENTAGE_CORE.search(text) is None:
        return []
    from .places import people_adjective

    table = places()
    # (where the spans found reach: a candidate overlaps one when the furthest end of those starting before its
    # end lies past its start; bisect, not a scan of every span per candidate)
    ordered = sorted((sp.start, sp.end) for sp in spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))
    out: list[Span] = []
    for m in _PARENTAGE_CORE.finditer(text):
        lo, at = max(0, m.start() - 80), m.start()
        if text[at - 1 : at] != "\n":  # ("$" matches before a last line break too: there, the whole window)
            lo = at - _CHILD_CHARS_BACKWARDS.match(text[lo:at][::-1]).end()
        child = _CHILD_BEFORE.search(text, lo, at)
        parent = _PARENT_AFTER.match(text, m.end())
        for found in (child, parent):
            if found is None:
                continue
            start, end = found.span(1) if found is child else found.span()
            name = text[start:end]
            ws = name.split()
            if (
                ((k := bisect.bisect_left(starts, end)) and reach[k - 1] > start)
                # (a body's or a place's last words: "the Ministry of Health, son of …")
                or (found is child and _CONNECTOR_BEFORE.search(text, max(0, start - 8), start))
                or not all(name_shaped(w) for w in ws)
                or place_key(name) in table
                or ws[0] in COMMON_CAPS
                or name in KNOWN_ORGS
                or people_adjective(ws[0])
                or any(w in ORG_HEADS for w in ws)
            ):
                continue
            out.append(Span(PERSON, start, end, name, rule="person-cue", extra={"how": "parentage"}))
    return out


def _names_listed_after_people(text: str, spans: list[Span]) -> list[Span]:
    """The names of a list of people the text introduces as people ("three more traffickers, Habib, Milton and
    Samad", "The rescued are Sohagi, Shirin and Riya", "identified as Wahid, Mohsin, and Hanif"): South Asian and
    African releases name many people by one word, which no name table knows. The list must close on "and" and
    hold mostly names no gazetteer knows, no body's or post's word and no people's adjective ("nationals, Kenyans
    and Ugandans")."""
    from .places import people_adjective

    found = {(sp.start, sp.end) for sp in spans}
    table = places()
    verdict_of: dict[str, bool | None] = {}  # (the same names recur: each is judged once)
    out: list[Span] = []
    for opener in _WORD_BEFORE_CAPITAL.finditer(text):
        word = _opening_word(opener)
        if word is None:  # a plural's last letter: the word it ends
            last = _LAST_WORD.search(text, max(0, opener.start() - 20), opener.start() + 1)
            word = last.group() if last else ""
        if word in ("including", "namely"):
            people = _PEOPLE_BEFORE_INCLUDING.search(text, max(0, opener.start() - 24), opener.start())
            if people is None or people.group(1) not in _PEOPLE_PLURALS:
                continue  # "seized drugs including Yaba and Ice": no people
        elif word in ("as", "are", "were"):
            before = _LISTED_AS_BEFORE if word == "as" else _LISTED_ARE_BEFORE
            if not before.search(text, max(0, opener.start() - 40), opener.start()):
                continue
            if word == "as" and not _PEOPLE_IDENTIFIED_BEFORE.search(text, max(0, opener.start() - 90), opener.start()):
                continue  # "The hotspots were identified as Rampura, Badda and Khilgaon": not people
        elif word not in _PEOPLE_PLURALS:
            continue
        items: list[re.Match] = []
        pos = opener.end()
        closed = False
        while len(items) < _MOST_LISTED:
            m = _LISTED_NAME.match(text, pos)
            if m is None:
                break
            items.append(m)
            if closed:
                break
            gap = _LISTED_NAME_GAP.match(text, m.end())
            if gap is None:
                break
            closed = "and" in gap.group()
            pos = gap.end()
        if len(items) < 2 or not closed or _LISTED_NAME.match(text, items[-1].end()) is not None:
            continue
        if not _LISTED_NAMES_END.match(text, items[-1].end()):
            # "the traffickers Dhaka and Chittagong networks", "Selina Begum's daughters": the names qualify a noun
            continue
        verdicts = [_listed_item(m.group(), table, verdict_of, people_adjective) for m in items]
        if None in verdicts:
            continue
        # (some people's names are towns' too, "Habib, Milton and Samad"; a list mostly of them is of places)
        if 2 * sum(verdicts) > len(items):
            continue
        # (names are seldom plurals: not "Hindus and Muslims", "Christians, Jews and Druze")
        if sum(m.group().endswith("s") and not m.group().endswith("ss") for m in items) >= 2:
            continue
        for m in items:
            if (m.start(), m.end()) not in found:
                out.append(Span(PERSON, m.start(), m.end(), m.group(), rule="person-cue", extra={"how": "people list"}))
    return out


def _listed_item(
    name: str,
    table: Container[str],
    verdict_of: dict[str, bool | None],
    people_adjective: Callable[[str], bool],
) -> bool | None:
    """A listed name's verdict: None where it cannot be a person's (a body's, post's, month's or role's word, a
    people's adjective: "Kenyans"), else whether the gazetteers know it as a place."""
    if name not in verdict_of:
        if (
            any(not name_shaped(w) or w.lower() in _LIST_NOT_NAME_WORDS for w in name.split() if w not in _PARTICLES)
            or people_adjective(name)
            or (name.endswith("s") and people_adjective(name[:-1]))  # "Kenyans", "Ugandans"
        ):
            verdict_of[name] = None
        else:
            verdict_of[name] = place_key(name) in table
    return verdict_of[name]


# A byline without "By", its page date after it: "Adil Rehmani Published October 23, 2026 | 12:10 PM"
# (or the page's date after a bar or on the next line: "Sao Sokunthea | Publication date 29 November 2026",
# "Daryna Melnyk⏎November 30, 2026", "Shaliza Ramdeen-Baptiste⏎Posted Dec 2, 2026")
# Words of a place's feature: a heading naming a port or a lake before a date is no byline
_PLACE_FEATURE_WORDS = words("place_feature_words")
_BYLINE_WORD = rf"(?!(?:Published|Updated|Posted|Publication)\b)[{UPPER}][\w'’.-]+"
_DATED_BYLINE = re.compile(
    # (the author's handle may follow the name: "Fahad Shabbir (@FahadShabbir) Published August 15, 2022")
    rf"(?m)^[ \t]*({_BYLINE_WORD}(?:[ \t]{_BYLINE_WORD}){{1,3}})(?:[ \t]*\(@[\w.]{{1,40}}\))?"
    rf"(?:[ \t]*[|·•][ \t]*|[ \t]*\n[ \t]*|[ \t]+)"
    rf"(?:(?P<marker>Published|Updated|Posted|Publication[ \t]+date)|(?:{_MONTHS})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+(?:{_MONTHS})[ \t]+\d{{4}})\b"
)


_DESK_WORDS = words("dated_byline_desk_words")


def _dated_bylines(text: str) -> list[Span]:
    """The name of a byline that its page date follows, near the top: two to four name-shaped words."""
    spans: list[Span] = []
    for m in _DATED_BYLINE.finditer(text, 0, 2000):
        words = m.group(1).split()
        if not _byline_name(m.group(1), words):
            continue  # "News Desk Posted …", "Police Scotland⏎November 30, 2026", "Bangkok Post | …": no person's
        if not m.group("marker") and not any(w in given_names() or w in family_names() for w in words):
            continue  # a bare date after a heading's words ("Scam Compounds Raided | 30 November 2026"): a name only
        spans.append(Span(PERSON, m.start(1), m.end(1), m.group(1), rule="person-cue", extra={"how": "byline"}))
    return spans


def _byline_name(name: str, words: list[str]) -> bool:
    """Whether a byline's words may be a person's name: every word of a name's shape (no body's, post's or common
    capitalised word), none a desk's ("News Desk"), an outlet's ("Bangkok Post") or a place's feature ("Tema
    Harbour"), and the whole no place a gazetteer holds."""
    return (
        all(name_shaped(w) for w in words)
        and not any(w in _DESK_WORDS or w in _OUTLET_WORDS or w in _PLACE_FEATURE_WORDS for w in words)
        and place_key(name) not in places()
        and place_key(name) not in weak_places()
    )


# The line after the headline, alone: an author's name, as news sites print it without "By" ("Hertta-Maria
# Amutenja", "Novita Rahmawati") — two to four words of a name's shape, the body on the lines after
_BARE_BYLINE = re.compile(
    rf"\A[^\n]*\n(?:[ \t]*\n)*[ \t]*({_BYLINE_WORD}(?:[ \t]{_BYLINE_WORD}){{1,3}})[ \t]*\n(?=[ \t]*\S|[ \t]*\n)"
)


# The same with the author's desk after the name, as African and Asian papers print it: "Victor Maphosa Herald
# Correspondent", "Jane Wanjiru Senior Reporter" (the name is the words before the outlet's or the post's)
_ROLE_BYLINE = re.compile(
    rf"\A[^\n]*\n(?:[ \t]*\n)*[ \t]*({_BYLINE_WORD}(?:[ \t]{_BYLINE_WORD}){{1,2}})"
    rf"[ \t]+(?:[{UPPER}][\w'’.-]+[ \t]+){{0,2}}(?:Correspondent|Reporter|Writer|Editor|Journalist)s?[ \t]*\n"
)


def _bare_bylines(text: str) -> list[Span]:
    """The author's name on the line after the headline, without "By" or a date: every word name-shaped, none a
    word of a body, a post, an outlet, a desk or a place's feature, none written in lower case elsewhere in the text
    (a standfirst's words are: "Drugs Seized Overnight" … "the drugs"), and neither the whole nor a word a place
    ("Santa Marta", "Agência Brasil"). The author's desk may follow the name ("… Herald Correspondent"): the name is
    then its first two words, or three where the third is a name's too."""
    m = _BARE_BYLINE.match(text, 0, 2000)
    if m is not None and _bare_byline_name(text, m.group(1).split()):
        return [Span(PERSON, m.start(1), m.end(1), m.group(1), rule="person-cue", extra={"how": "byline"})]
    role = _ROLE_BYLINE.match(text, 0, 2000)
    if role is None:
        return []
    ws = role.group(1).split()
    if len(ws) == 3 and not (ws[2] in family_names() or ws[2] in given_names()):
        ws = ws[:2]  # "Victor Maphosa Herald": the outlet's word after the name
    if not _bare_byline_name(text, ws):
        return []
    name = " ".join(ws)
    return [Span(PERSON, role.start(1), role.start(1) + len(name), name, rule="person-cue", extra={"how": "byline"})]


def _bare_byline_name(text: str, words: list[str]) -> bool:
    """Whether a bare byline's words are a person's name (see ``_bare_bylines``)."""
    lower = text_words(text)
    strong = places()
    return _byline_name(" ".join(words), words) and not any(
        w.lower() in lower or place_key(w) in strong or w.endswith(".") for w in words
    )


_ALIAS_BEFORE = re.compile(r"\b(?:alias|a\.k\.a\.|aka|known\s+as|nicknamed|called)\s+[\"“‘']$", re.I)


@functools.lru_cache(maxsize=65536)
def _name_words(
    ws: tuple[str, ...], day_first: bool = False, last_is_name: bool = False
) -> tuple[bool, bool, bool] | None:
    """What a candidate name's words alone say (so it is remembered for them):
    None if they are not name-shaped or hold a common word, a title or a known
    body; else whether they hold an agency's head word, whether they name a
    body ("Excise Department", "Essequibo Hardwoods Ltd"), and whether a given
    name and a family name make them a person's name. ``day_first``: the first
    word, a day's name, is a given name ("Mr Friday Eboka"); ``last_is_name``:
    the last word, a common capital, is a given name (an "An" no noun follows)."""
    shaped = all(
        _is_mixed_name_word(w)
        or w.lower() in _PARTICLES
        or (len(w) == 1 and w.isupper())
        or ((k == 0 or k == len(ws) - 1) and _is_caps_surname(w))  # "MUNTEANU Cristian", "Mateusz ŻUREK"
        for k, w in enumerate(ws)
    )
    if not shaped:
        return None
    if any(
        (w in COMMON_CAPS and len(w) > 1 and not (k == 0 and day_first) and not (k == len(ws) - 1 and last_is_name))
        or w in TITLE_WORDS
        or w in KNOWN_ORGS
        for k, w in enumerate(ws)
    ):
        return None
    given = given_names()
    family = family_names()
    head_word = any(w in ORG_HEADS for w in ws)
    body = (ws[-1] in ORG_HEADS and ws[0] not in given) or ws[-1].rstrip(".") in _COMPANY_ENDS
    first, last = ws[0], ws[-1]
    if first in given and (last in family or last not in given or len(ws) > 2) and not common_noun(last):
        words_cue = True
    elif _is_caps_surname(first) and any(w in given for w in ws[1:]):
        words_cue = True  # "MUNTEANU Cristian-Florin"
    else:
        # "Nguyễn Văn Thành", "Tanaka Hiroshi"; a middle name given where the last is not known: "Nguyen Trung Hieu"
        words_cue = first in family and (last in given or (len(ws) >= 3 and ws[1] in given))
    return head_word, body, words_cue


def _caps_name(
    text: str, tokens: list[Token], a: int, b: int, given: frozenset[str], family: frozenset[str]
) -> tuple[int, int] | None:
    """A name written all in capitals ("JAMES HARGREAVES, 44, of Bootle"): two to
    four words, with an age after it, a given and a family name in it, or a
    given name and an arrest told right after it."""
    if not 1 <= b - a <= 3:
        return None
    # (a syllable of two letters after the first word is a name's too: "ZHANG YU HANG", "NGUYEN VAN AN";
    # such a name needs its age after it)
    short = [t.text for t in tokens[a + 1 : b + 1] if len(t.text) == 2 and t.text.isalpha() and t.text.isupper()]
    if not all(
        _is_caps_name_word(t.text) or t.text in ("DE", "DA", "VAN") or t.text in short for t in tokens[a : b + 1]
    ):
        return None
    ws = [t.text.title() for t in tokens[a : b + 1]]
    if any(w in COMMON_CAPS or w in ORG_HEADS or w in TITLE_WORDS for w in ws):
        return None
    start, end = tokens[a].start, tokens[b].end
    if _AGE_AFTER.match(text, end, end + 40):
        return start, end
    if short:
        return None
    if place_key(text[start:end]) in places() or ws[-1] in _PLACE_HEADS:
        return None  # a dateline in capitals whose words are also names: "SANTO DOMINGO. –"
    if ws[0] in given and ws[-1] in family:
        return start, end
    if (
        ws[0] in all_given_names()
        and _CAPS_PERSON_PASSIVE_AFTER.match(text, end)
        and not any(place_key(w) in places() for w in ws[1:])
        and places().get(place_key(ws[0])) not in ("country", "region")
        and not _OWNER_BEFORE.search(text, max(0, start - 12), start)
    ):
        # a given name (the lists leave out those that are also places: "Mary") and an arrest after it:
        # "… and MARY ADEBAYO were arrested" (not "the crew of GRACE STAR were arrested": a vessel's crew)
        return start, end
    return None


def _signature_name(text: str, tokens: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A release's signature line in capitals: a rank or post, then the name, alone on the line
    ("DEPUTY COMMISSIONER KAUNA N. SHIKWAMBI", "ASSISTANT COMMISSIONER T. CHIKOMBA")."""
    k = a
    while k <= b and k - a < 4 and tokens[k].text.title() in TITLE_WORDS:
        k += 1
    if k == a or not 1 <= b - k <= 3 or not opens_its_line(text, tokens[a].start):
        return None
    line_end = text.find("\n", tokens[b].end)
    if text[tokens[b].end : len(text) if line_end < 0 else line_end].strip(" .\t"):
        return None  # more on the line: a headline, not a signature
    names = tokens[k : b + 1]
    if not all(t.allcaps or (len(t.text) == 1 and t.text.isupper()) for t in names):
        return None
    if len(names[-1].text) < 3 or any(t.text.title() in TITLE_WORDS or t.text.title() in ORG_HEADS for t in names):
        return None
    return names[0].start, names[-1].end


# What follows a word that cannot be an article: a clause's punctuation, or a lower-case word of the sentence
#: Colours of the common capitals that are family names too ("Chris Green", "Jack Black", "Nate Silver")
_COLOUR_SURNAMES = frozenset({"Green", "Black", "Silver"})


def _colour_family_name(text: str, tokens: list[Token], k: int, all_given: AbstractSet[str]) -> bool:
    """Whether ``tokens[k]``, a colour of the common capitals, is a family name: after a given name, with no noun after
    it ("Assistant Chief Constable Chris Green, head of …"; not "a Green Notice", "the Black Axe")."""
    return (
        tokens[k].text in _COLOUR_SURNAMES
        and tokens[k - 1].text in all_given
        and _NO_NOUN_AFTER.match(text, tokens[k].end) is not None
    )


_NO_NOUN_AFTER = re.compile(
    r"(?:[,.;:)]|[ \t]+\("
    r"|[ \t]+(?:and|or|was|were|is|are|has|had|said|told|who|of|from|in|at|to|on|for|with|by|after)\b)"
)
_INITIALS_END = re.compile(r"(?:\.[A-Z]{1,2})*\.")
# A given name and an initial alone, set apart as the text's subject: a comma or "as" before ("a resident of
# Płock, Marek S., …", "identified only as Marek S."), no capitalised word after (a middle initial's surname)
# What may stand before a given name and an initial that name a person ("a resident of Płock, Marek S.", "a man
# named Paweł W.", "the driver as Marek S.", "three people: Marcin P."): a word of people before a comma or a
# colon, or a word of people or naming within a few words before "as" or "named" (not "the block, Wing C.", "the
# storm, named Lily A.")
_WITHHELD_BEFORE = re.compile(
    r"(?:(?P<words>(?:[\w'’-]+[ \t]+){0,3}?)(?:as|named)|(?P<noun>[\w'’-]+)[ \t]*[,:]"
    # (the next in a list of such names: "Marcin P., Agnieszka W. and Tomasz K.")
    r"|\b[A-Z]\.(?P<listed>[ \t]*,|[ \t]+and))[ \t]+$"
)
_NAMING_WORDS = frozenset({"identified", "named", "name", "names", "listed", "described"})


def _withheld_name_context(text: str, start: int) -> bool:
    """Whether the words before ``start`` introduce a person named by a given name and an initial."""
    m = _WITHHELD_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    people = _people_words()
    if m.group("listed") is not None:
        return True
    if m.group("noun") is not None:
        noun = m.group("noun").lower()
        # (a resident of a place: "a resident of Piaseczno, Tomasz K.")
        return noun in people or _RESIDENT_OF_COMMA.search(text, max(0, m.start() - 60), m.end()) is not None
    return any(w.lower() in people or w.lower() in _NAMING_WORDS for w in m.group("words").split())


_RESIDENT_OF_COMMA = re.compile(r"\b(?:resident|native|citizen)s?[ \t]+of[ \t]+[^,.;:\n]{1,40},[ \t]*$")


@functools.cache
def _people_words() -> frozenset[str]:
    """Nouns of people and of roles people hold, in lower case."""
    return frozenset(
        w.lower() for w in words("role_nouns") | words("figure_people_nouns") | words("figure_staff_words")
    )


_WITHHELD_AFTER = re.compile(r"(?:[,;)]|[ \t]+(?:\(|[a-z])|\.?[ \t]*$)", re.M)
# What may follow a name's trailing initial: a clause's end or a speech verb ("… SP Saravana Vivek M.",
# "M, who", "K said").
_CLAUSE_ENDS = re.compile(r"(?:[.;]?\s*$|[.;]?\s*\n|[,;:)]|\.\s+(?:[A-Z\"“]|$)| (?:said|says|told|added)\b)", re.M)


def _shortened_surname(
    text: str, tokens: list[Token], a: int, b: int, ranks: AbstractSet[str], given: AbstractSet[str] = frozenset()
) -> tuple[int, int] | None:
    """A name whose surname is cut to its initial(s), as releases that withhold
    it write it, with an age after it: "Abdelilah B., 52," "Suk Bahadur B.K., 28";
    or a known given name and one initial set apart by a comma or a clause, as
    Polish, German and Czech releases name a suspect: "a resident of Piaseczno,
    Tomasz K., who", "identified only as Marek S. under privacy rules";
    or a name with its initial after it, as South Indian names are written,
    after a rank and before a clause's end: "said SP Saravana Vivek M."."""
    last = tokens[b]
    if b == a or not (1 <= len(last.text) <= 2 and last.text.isupper()):
        return None
    dots = _INITIALS_END.match(text, last.end)
    if dots is not None and _AGE_AFTER.match(text, dots.end(), dots.end() + 40):
        first = a
        while first < b and not _is_mixed_name_word(tokens[first].text):
            first += 1  # a rank or an acronym before it
        end = dots.end()
    elif (
        dots is not None
        and b == a + 1
        and len(last.text) == 1
        and dots.end() == last.end + 1  # (one initial: "Victoria B.C." is a province's letters)
        and tokens[a].text in given
        and tokens[a].end + 1 == last.start
        and _withheld_name_context(text, tokens[a].start)
        and _WITHHELD_AFTER.match(text, dots.end())
    ):
        first, end = a, dots.end()
    elif len(last.text) == 1 and tokens[b - 1].end + 1 == last.start and _CLAUSE_ENDS.match(text, last.end):
        # the name runs from the rank before it ("Berhampur SP Saravana Vivek M": not the town)
        rank = next((k for k in range(b - 1, a - 1, -1) if tokens[k].text in ranks and tokens[k].allcaps), None)
        if rank is None or b - rank < 3:
            return None
        first, end = rank + 1, last.end  # (the dot after it may be the sentence's: not the name's)
    else:
        return None
    if first >= b or tokens[first].text in COMMON_CAPS or tokens[first].text in TITLE_WORDS:
        return None
    if not all(_is_mixed_name_word(t.text) for t in tokens[first:b]):
        return None
    return tokens[first].start, end


# A surname withheld by the letter N in quotes, as Mexican prosecutors and press write a suspect's name: 'Omar "N"',
# 'María Elena “N.”', 'Rodolfo “N,”' (the stop or comma inside the quotes is the sentence's)
_WITHHELD_MARK = re.compile(
    rf"(?<![\w'’-])([{UPPER}][\w'’-]+(?:[ \t][{UPPER}][\w'’-]+){{0,3}})[ \t]?[\"“‘']N\.?[,.;]?[\"”’']"
)


def _withheld_surname_marks(text: str, spans: list[Span], given: AbstractSet[str]) -> list[Span]:
    """The given names before a withheld surname's mark ('José Luis "N"'), as the person's name: from the first
    known given name of the words before it (a post or a title before it is no part of the name: 'the mayor of
    Amanalco, María Elena “N.”'); a name read across the mark is dropped for it."""
    if not any(quote + "N" in text for quote in "\"“'‘"):
        return spans
    found: list[Span] = []
    for m in _WITHHELD_MARK.finditer(text):
        names = m.group(1).split()
        first = next((k for k, w in enumerate(names) if w in given), None)
        if first is None or any(w in TITLE_WORDS or w in COMMON_CAPS for w in names[first:]):
            continue
        start = m.start(1) + len(" ".join(names[:first])) + (1 if first else 0)
        found.append(Span(PERSON, start, m.end(1), text[start : m.end(1)], rule="person-cue"))
    if not found:
        return spans
    # (a name read across a mark ends past a mark's names and starts before its quotes close: the marks' ends, in the
    # text's order, are looked up by bisection, so a text of many marks is not rescanned for each name)
    ends = [f.end for f in found]
    kept = []
    for sp in spans:
        k = bisect.bisect_right(ends, sp.start - 6)
        if not (k < len(ends) and ends[k] < sp.end):
            kept.append(sp)
    return kept + found


_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|added)[ \t]+$")  # (not "told": its object is who was told)


def _is_rank(word: str, ranks: frozenset[str]) -> bool:
    """A rank or honorific, abbreviated or hyphenated: "Gen", "Lt-Col", "COP", "Datuk"."""
    if word in ranks:
        return True
    return "-" in word and all(part in ranks for part in word.split("-") if part)  # without one: the word itself


def _ends_a_body(word: str) -> bool:
    """Whether a capitalised word can end a body's or a domain's name ("Customs", "Police", "Resources",
    "Investigation"; a common noun in the plural or with an ending no given name has: "Constance", "Clement",
    "Florence" are given names)."""
    return (
        word in ORG_HEADS
        or word in COMMON_CAPS
        # ("Homeland Security and Technology | Ali Ihusaan", "Counter-Terrorism"; not "-ence", "-ance" or "-ment",
        # which given names end in: "Florence", "Constance", "Clement")
        or (common_noun(word) and word.endswith(("s", "tion", "sion", "ity", "acy", "ship", "ing", "logy", "ism")))
    )
