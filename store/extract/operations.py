"""OPERATION mentions: codenames after a keyword, before one, with numerals, in lists."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import replace

from ..text import WordFinder, find_words, lower_same_length
from .dates import MONTH_WORDS, WEEKDAY_WORDS
from .gazetteer import place_key, places
from .lexicon import (
    COMMON_CAPS,
    KNOWN_ORG_PHRASE_SET,
    KNOWN_ORGS,
    NOT_ORG_CAPS,
    ORG_HEADS,
    ORG_LEADS,
    TITLE_ALTERNATION,
    TITLE_WORDS,
)
from .names import all_given_names, family_names, given_names
from .patterns import UPPER, dispatch, matches_at_words
from .places import people_adjective
from .tokens import (
    CALENDAR_WORDS,
    OPERATION,
    YEAR_WORD,
    Span,
    Token,
    is_roman,
    opens_a_line_or_sentence,
)
from .wordlists import entries, words

#: Words that number a part of a text or a thing ("Article II", "Schedule IV"), never a codename.
_REFERENCE_WORDS = words("figure_reference_words")
# The words before a model's numeral ("Mark X", "Mk III", "Type II"): a make's model, no codename
_MODEL_MARKS = frozenset({"Mark", "Mk", "MK", "Model", "Type"})
_COLOURS = words("colour_words")
_WATERS = words("operation_water_words")
# A colour and the capitalised word after it ("Black Axe", "Red Card"), and "operation" right after a name
# (a colour's first letter first, so re skips ahead to it, the "\b" before it a lookbehind after it: see .patterns)
_COLOUR_NAME = re.compile(rf"({dispatch(sorted(_COLOURS), word_start=True)} [{UPPER}][\w'’-]{{0,40}})(?![\w'’-])")
_OPERATION_NEXT = re.compile(r" [Oo]peration\b")
# Nouns of places and structures a numbered name may name ("the Nădlac II crossing", "Gitarama II prison")
_PLACE_NOUNS = words("structure_nouns") | words("place_unit_words")
_VESSEL_PREFIXES = words("vessel_prefixes")
# A noun of vessels before a name, or before a quoted name and "and": "the patrol vessels 'Colimbo II' and '"
_VESSEL_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:vessels?|ships?|boats?|cutters?|frigates?|corvettes?|trawlers?|tankers?|yachts?|craft)[ \t]+"
    r"(?:(?:named|called|christened)[ \t]+)?"
    r"(?:[\"'“‘«][^\"'”’»\n]{1,30}[\"'”’»],?[ \t]+(?:and[ \t]+)?)?[\"'“‘«]?$"
)
_PLACE_LEADS = words("place_leading_heads")
_LAST_WORD = re.compile(r"(\S+)[ \t]+$")


# A make's type code before a model's name: "PA-34-200T", "F-16", "MD500", "Mi-17" (not an ordinal, "4th", nor a
# disease's name, "COVID-19")
_TYPE_CODE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_NOT_A_TYPE_CODE = re.compile(r"\d+(?:st|nd|rd|th)|[A-Z]{4,}-\d{2}", re.I)


def _word_before(text: str, start: int) -> str:
    """The word written just before ``start`` on its line (within 12 characters), or ""."""
    m = _LAST_WORD.search(text, max(0, start - 12), start)
    return m.group(1) if m else ""


_LOWER_WORD_AFTER = re.compile(r"[ \t\u00a0]+([a-z]+)\b")
_OPERATION_TEAM_WORDS = words("operation_team_words")
_CAPITALISED_WORD_AFTER = re.compile(r"[ \t\u00a0]+([A-Z][a-z]+)\b")

# Patterns used inside loops, compiled once.
_POSSESSIVE_AHEAD = re.compile(r"['’]\w\w")


# --------------------------------------------------------------------------- operations

# Patterns below begin with a character class and assert the word boundary
# after it, as (?<!\w.): a leading \b makes re try them at every position.
#: "Operation" in other languages, kept before a codename ("Operação Lava Jato"); see words/operation_words.txt
FOREIGN_KEYWORDS = words("operation_words")
assert all(w.startswith("O") for w in FOREIGN_KEYWORDS), "operation_words.txt: the pattern below reads a leading O"
_OP_KEYWORD = re.compile(
    r"[OoCcDdJ](?<!\w.)(?:(?<=[Oo])perations?|(?<=O)PERATIONS?"
    # (in lower case too, as those languages write a common noun: "l'opération Tempête", "la operación "Tormenta"")
    rf"|(?<=[Oo])(?:{'|'.join(re.escape(w[1:]) for w in sorted(FOREIGN_KEYWORDS))})(?=[ \t\u00a0]+[\"“'‘«{UPPER}])"
    r"|(?<=O)ps?\.?(?=[ \t\u00a0]+[A-Z])"  # ("Op. Sentinel")
    # (a Philippine operation plan, or case operation plan, perhaps with a colon: "Oplan Tokhang", "Coplan: Fishnet")
    r"|(?:(?<=O)plan|(?<=C)oplan):?(?=[ \t\u00a0]+[\"“A-Z])"
    r"|(?<=J)oint [Aa]ction [Dd]ays?"
    # (the noun as well: "under the codename "Mgła"", "the code name Atlas", "the cryptonym "Ruta"")
    r"|(?i:(?<=c)odenamed|(?<=c)ode[ -]named|(?<=d)ubbed|(?<=c)ode[ -]?name|(?<=c)ryptonym)"
    # ("coded" after a drive's noun and before quotes, as translated releases write it: "the police operation coded
    # 'Last Snow'"; not "coded messages", 'coded "words"')
    r"|(?:(?<=\boperation c)|(?<=\boperations c)|(?<=\baction c)|(?<=\braid c))oded(?=[ \t\u00a0]+[\"“'‘«]))"
    r"[ \t\u00a0]+(?:[\"'“‘]|«[ \t\u00a0]?)?"
)
# A capitalised word, then an opening bracket: what follows in the brackets is that name's short form.
_ABBREVIATION_OF_NAME = re.compile(r"[A-Z]\w* \($")
# A compound modifier ends in a lower-case part: "Europol-backed", "INTERPOL-led", "EU-wide", "Kenya-based"
# (a codename's parts are capitalised or numerals: "Lionfish-Mayag", "Night Owl-3").
_MODIFIER_END = re.compile(r"-[a-z]+$")
# (a name particle may join its words, and a year or a number close it: "the Guardiões do Uraricoera
# operation", "the Nila Jaya 2026 operation")
_NAME_PARTICLE = "de|del|da|do|dos|das|di|du|des|la|le|los|las|van|von|al|el"
_OP_BEFORE_KEYWORD = re.compile(
    # (up to three words: "the Usalama Kwa Wote operation")
    rf"([{UPPER}](?<!\w.)[\w'’-]{{1,40}} (?:(?:(?:{_NAME_PARTICLE}) )?[{UPPER}][\w'’-]{{1,40}} ){{0,2}}(?:\d{{1,4}} )?)"
    # (the name's other form in brackets between, as a translated release gives it: "the MAK-2010 (Poppy-2010)
    # operation"; a name in words, or one with digits, never letters alone: "the DEA (Drug …) operation")
    # (not a phase's label: "the Atlantic (Phase II) operation")
    r"(?:\((?!(?:Phase|Stage|Part|Round|Step|Wave)\b)"
    rf"(?:[{UPPER}][a-z][\w'’-]*(?: [{UPPER}][\w'’-]*)?|[\w'’-]*\d[\w'’-]*)\) )?"
    # (a kind of operation between: "the Tirta Waspada 2026 joint sea operation")
    r"(?P<kind>(?:(?:joint|combined|sea|maritime|naval|border|multi-agency|multinational|international|regional"
    r"|special|security|police|anti-[a-z]+)\s+){0,2})"
    r"operation\b"
)
# The operation's name written right after the word: the capitalised words before it describe it
# (a comma only before a naming word: 'the Cobalt Tide operation, "the biggest in our history", …' quotes a remark;
# a capital after the quote: "operation's" is a possessive; blanks matched once, never backtracked over)
_NAMED_RIGHT_AFTER = re.compile(
    # (an adverb before the naming word, "the" after it: 'The operation, conventionally called the “Fuel Family,”')
    r"(?:[ \t]+|[ \t]*,[ \t]*(?=(?:[a-z]+ly[ \t]+)?(?:code|dubbed|called|named|known)))"
    r"(?:(?:[a-z]+ly[ \t]+)?(?:code-?named|dubbed|called|named|known[ \t]+as)[ \t]+(?:the[ \t]+)?)?"
    r"(?:[Oo]peration[ \t]+)?[\"“‘'«](?=[A-Z0-9])"
)
# A name the text puts somewhere ("along the Mekong", "in Sinaloa"): before "operation" it says where
# the operation ran ("Mekong operation intercepts …"), not what it is called. Found in one pass.
_LOCATIVE_NAME = re.compile(
    rf"\b(along|across|near|off|around|throughout|inside|in|on|from|into|within|through)\s+(the\s+)?"
    rf"([{UPPER}][\w'’-]{{1,40}}(?: [{UPPER}][\w'’-]{{1,40}})?)\b(?! operation)"
)
# a part of a place the gazetteer knows, named after it: "in Lagos's Ajegunle", "Manila's Tondo district"
# (this pattern and the next open on the capital, so re skips ahead to capitals, the "\b" a lookbehind after it)
_PART_OF_PLACE = re.compile(
    rf"([{UPPER}](?<!\w.)[\w-]{{1,40}})['’]s\s+([{UPPER}][\w'’-]{{1,40}})\b"
    r"(?!\s+(?:operation|campaign|crackdown|drive|offensive|sweep|investigation|case)\b)"
)
# a name followed by a lower-case noun of a place: "in Addu city", "Kaboko area", "Tondo district"
_NAMED_WITH_PLACE_NOUN = re.compile(
    rf"([{UPPER}](?<!\w.)[\w'’-]{{1,40}})[ \t]+(?:city|town|village|district|province|county|island|atoll|area|region"
    r"|municipality|governorate|prefecture|township)\b"
)
# (only these say "a place" of any name; after "in", "on", "from" a name is a place where a gazetteer
# knows it or "the" stands before it: "officers involved in Lionfish" names the operation)
_PLACE_PREPOSITIONS = frozenset("along across near off around throughout inside".split())
_OP_NUMERAL = re.compile(
    rf"([{UPPER}](?<!\w.)[\w'’]{{0,40}}(?:[ -][{UPPER}][\w'’]{{0,40}})?)[ -]([IVX]{{1,5}})\b(?![-'’.]?\w)"
    # (an inventory's times sign before a size is no edition: "210 Jerrycans X 20 Liters of fuel")
    r"(?!(?<=[ -]X)[ \t]+\d)"
)
_OP_LIST = re.compile(r"operations(?<!\woperations)\b[^.:\n]{0,120}:\s*([^.\n]+)")
_OP_SUCH_AS = re.compile(
    r"operation(?<!\woperation)s?,?\s+(?:such as|including|like|notably)\s+(?:(?:19|20)\d\d['’]s\s+)?([A-Z])"
)
# A straight single quote opens only before a capital; French quotes may stand a space off the name.
# (one character class first, so re skips ahead to a quote: see .patterns)
_OPEN_QUOTE = re.compile(rf"[\"“‘«'](?:(?<=[\"“‘])|(?<=«)[ \t\u00a0]?|(?<=')(?<![\w']')(?=[{UPPER}]))")
_CUE_BEFORE_QUOTE = re.compile(
    # ("the action "Koridor 2026"": translated releases call an operation an action)
    r"\b(?i:action days?|action weeks?|action|campaign|exercise|operation|sweep|crackdown|edition"
    # ("In the second phase, "Forca Verde 2"": a phase or edition of a series is named like the operation)
    r"|(?:phase|edition|stage|round)(?:\s+of(?:\s+the)?(?:\s+operation)?)?),?[ \t\u00a0]+$"
)
# 'the national operation against the cultivation of cannabis, "Forca Verde 3", which …': a quoted
# name set off by commas, after a clause about an operation (checked with _OPERATION_IN_CLAUSE)
_APPOSITION_BEFORE_QUOTE = re.compile(r"\w,[ \t\u00a0]+$")
_APPOSITION_CLOSED = re.compile(r"[\"”’»](?:[,.;:)]|[ \t]*(?:\n|$))|[,.][\"”’»]")
_NAMED_THINGS = words("operation_named_things")
# (the noun right before the verb: a passive's subject may be the drive itself, "The operation against the cartel was
# named "Tempestad"")
_WORD_BEFORE_NAMING = re.compile(r"\b([A-Za-z]+),?[ \t\u00a0]+$")


# Capitalised words before "operation" that the text then gives a codename: "The 2014 World Cup operation, codenamed
# Operation SOGA V" (the words say what the drive was about; a verb that names follows the word)
_DESCRIBED_THEN_NAMED = re.compile(
    rf"([{UPPER}0-9][\w'’-]*(?:[ \t][{UPPER}0-9][\w'’-]*){{0,4}})[ \t]+operation,?[ \t]+"
    r"(?:code-?named|code[ \t]named|dubbed|named|called|known[ \t]+as)\b"
    r"(?![ \t]+(?:after|for)\b)"  # (not "the Sentinel operation, named after the coastal watchtowers")
)


def _named_thing_before(text: str, at: int) -> bool:
    """Whether the noun right before the naming verb at ``at`` is a thing's that is no drive ("the marketplace
    called …", "a vessel named …")."""
    m = _WORD_BEFORE_NAMING.search(text, max(0, at - 30), at)
    return m is not None and m.group(1).lower() in _NAMED_THINGS


# 'The operation, which the two countries named "Mar de Fondo III", …': a
# naming verb before the quote, an operation spoken of just before it.
_NAMED_BEFORE_QUOTE = re.compile(
    r"\b(?<!so-)(?i:named|nicknamed|called|titled|christened|known\s+as)[ \t\u00a0]+$"  # (not 'so-called "booter"')
)
# The drive a naming verb names, right before it (a comma or a passive between): "The action was named "Chopin"",
# "the raid, called "Clean Sweep"" (any drive of operation_drive_nouns.txt but those whose names are often a
# programme's or an event's: a campaign, a plan, a day)
_NAMED_NOT_DRIVES = words("operation_named_not_drives")
_DRIVE_NAMED_BEFORE_QUOTE = re.compile(
    r"(?i)\b(?:"
    + "|".join(sorted(w for w in words("operation_drive_nouns") if w not in _NAMED_NOT_DRIVES))
    + r"),?\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?(?:named|nicknamed|called|titled|christened"
    r"|known\s+as)[ \t\u00a0]+(?:the[ \t\u00a0]+)?$"
)
# A codename written in lower case inside quotes after a word that names it ('nicknamed "low tide"',
# 'code-named "clean sweep"'): one to four words, none a verb or a function word of a quoted remark
_LOWER_QUOTED_NAME = re.compile(
    r"[ \t\u00a0]?([a-z][a-z0-9'’-]*(?:[ \t][a-z0-9][a-z0-9'’-]*){0,3})[ \t\u00a0]?(?=[\"”’»])"
)
_LOWER_STRAIGHT_QUOTED_NAME = re.compile(r"[ \t\u00a0]?([a-z][a-z0-9-]*(?:[ \t][a-z0-9][a-z0-9-]*){0,3})(?='(?!\w))")
_REMARK_WORDS = frozenset(
    "is was were are would will could should can has have had be been being not no to a an the it this that we "
    "they he she our their his her its very more most so".split()
)


def _lower_case_quoted_name(text: str, pos: int, straight: bool = False) -> tuple[int, int] | None:
    m = (_LOWER_STRAIGHT_QUOTED_NAME if straight else _LOWER_QUOTED_NAME).match(text, pos)
    if m is None or not _REMARK_WORDS.isdisjoint(m.group(1).split()):
        return None
    return m.start(1), m.end(1)


# in the same sentence, before the quote ("The investigation, named « SOMNAMBULE »": French releases name the enquête)
_OPERATION_IN_CLAUSE = re.compile(
    r"(?i)\b(?:operation|investigation|inquiry|probe)\b[^.!?;\n]*$"
    # (the plural only with the naming word right after it: "one of the operations called "Mixtura"", not
    # "investigations into the gang known as "Los Rastrojos"")
    r"|\b(?:operations|investigations)\s+(?:called|named|dubbed|code-?named|known\s+as)[ \t\u00a0]*$"
)
_QUOTED_BEFORE_KEYWORD = re.compile(
    # (a plain single quote too, not after a letter: "during our 'Halilintar' sting"; inside the name only between
    # letters, as an apostrophe: "the 'Devil's Claw' case")
    # (one class of the opening quotes first, so re skips ahead to them; "not after a letter" asked after the quote)
    rf"[\"“‘«'](?<!\w')[ \t\u00a0]?([{UPPER}](?:[^\"“”‘’«»'\n]|(?<=\w)'(?=\w)){{0,60}}?)[ \t\u00a0]?[\"”’»']\s+"
    # (its words in another language glossed in brackets after it: 'the "Mahzen-34" ("Vault-34" in English)
    # operation', "“Kafes-31” (Cage-31) operation")
    r"(?:\([^()\n]{1,40}\)\s+)?"
    # (its kind between: 'the "Clean Coast" anti-drug operation', "the “Tormenta” joint naval operation")
    r"(?:(?:joint|international|police|nationwide|national|military|security|special|regional|naval|customs"
    r"|[a-z]+-[a-z]+)\s+){0,2}"
    # ("the 'Narkoçelik-31' operations", "the “Night Watch” sting", "this ‘Cordillera Azul’ offensive"; the word
    # capitalised as some write it after a quoted name: 'the "Fire Starter" Operation')
    r"(?:[Oo]perations?|investigation|case|action|crackdown|campaign|sting|offensive)\b"
)
_THE_BEFORE_QUOTE = re.compile(r"\b[Tt]he[ \t]+$")
_CAPITALISED_NAME_AFTER = re.compile(rf"[ \t]+[\"“‘']?[{UPPER}0-9]")
# What every _QUOTED_BEFORE_KEYWORD match ends with: a closing quote, up to two words, the word
_QUOTE_BEFORE_KEYWORD = re.compile(
    r"[\"”’»']\s+(?:\([^()\n]{1,40}\)\s+)?(?:[a-z-]+\s+){0,2}(?:[Oo]perations?|investigation|case|action|crackdown|campaign|sting|offensive)\b"
)
# A name the sentence goes on to call an operation in apposition: "the seizures were part of Sapphire Net, a
# nationwide operation by customs and police", "under Harbour Net, an operation run by the coast guard"
# (adjectives only between the article and the word: "an expert in the operation", "a partner in the operation"
# say what someone is to it)
_NAMED_BEFORE_APPOSITION = re.compile(
    # (quoted, and glossed in brackets: "under ‘Yukthiya’ (Justice), an island-wide operation launched in …")
    # (one character class first, so re skips ahead to where a lead may begin: see .patterns)
    rf"[pu](?<![\w\"“‘'].)(?:(?<=p)art\s+of|(?<=u)nder)\s+[\"“‘']?"
    rf"([{UPPER}][\w'’-]{{2,40}}(?: [{UPPER}\d][\w'’-]{{0,40}}){{0,2}})[\"”’']?"
    r"(?:[ \t]+\([^()\n]{1,40}\))?,[ \t]+an?[ \t]+"
    r"(?:(?!(?:in|of|the|for|to|at|on|by|with|and|from|into)\b)[\w-]+[ \t]+){0,3}?(?:operation|crackdown)\b"
)
# A quoted name the sentence then calls an operation, set off by a dash or a comma: "as “Will of Victory” – a combined
# operation of the Iraqi Army and …", "'Safe Corridor', a joint operation with Interpol" (the quotes make it a name)
_QUOTED_BEFORE_APPOSITION = re.compile(
    rf"[\"“‘']([{UPPER}][\w'’-]{{1,40}}(?: [\w'’-]{{1,40}}){{0,4}})[\"”’'][ \t]*[–—,][ \t]+an?[ \t]+"
    r"((?:(?!(?:in|of|the|for|to|at|on|by|with|and|from|into)\b)[\w-]+[ \t]+){0,3}?)(?:operation|crackdown)\b"
)
# The offenders' trade before "operation": a criminal enterprise, not a police one ('The gang, "Red Dragon", a smuggling
# operation, …')
_OFFENDERS_OPERATION_WORDS = re.compile(
    # (not after "anti-" or "counter-": "a joint anti-drug operation" is the police's)
    r"(?i)(?<!-)\b(?:smuggling|trafficking|drug|drugs|criminal|crime|laundering|fraud|scam|illegal|illicit|poaching"
    r"|counterfeit|gambling|piracy|mining|logging|narcotics?|cartel|gang|mafia|money)\b"
)
_NOT_APPOSITION_FIRST = words("operation_apposition_not_first")
_PROJECT_WORDS = words("project_words")
_KIND_WORDS = words("operation_kind_words")
_UNIT_WORDS = words("operation_unit_words")
_KEYWORD_CLOSES_QUOTE = re.compile(r"(?:peration|PERATION)[ \t\u00a0]?[\"”’»]")
# The word inside the quotes, after the name, as a naming word introduces it: 'the so-called "Harbour Shield
# Operation"', "dubbed “Clean Harbour operation”" (not 'a "Special Operation"': quoted words of kind)
_QUOTED_WITH_KEYWORD = re.compile(
    r"(?i:\b(?:so-called|dubbed|called|named|code-?named|known\s+as))[ \t\u00a0]+"
    rf"[\"“‘«][ \t\u00a0]?([{UPPER}][^\"“”‘’«»\n]{{0,60}}?)[ \t\u00a0]+(?:[Oo]peration|OPERATION)[ \t\u00a0]?[\"”’»]"
)
# ("The second operation, Ferrolho, targeted …", "The operation, known as Silver Thread V, ran …")
# ("… as part of the operation called Tenaza.", "in an operation known as Silver Thread V": the verb names it)
# A codename of up to four words, and where one a verb names may end: a stop, the line's end, a lower-case word.
_NAME_WORDS = rf"([{UPPER}][\w'’-]{{0,40}}(?: [{UPPER}0-9][\w'’-]{{0,40}}){{0,3}})"
_NAME_ENDS = r"(?=[,.;:)]|\s*$|\s+[a-z])"
_APPOSITION_AFTER_KEYWORD = re.compile(
    # (one character class first, so re skips ahead to where a noun may begin: see .patterns)
    # (after a hyphen too, "this mega-operation denominated Motún", but for "co-operation")
    r"[opesraci](?<!\w.)(?<!\b[Cc][Oo]-.)(?:"
    # ("This follows the first phase of the case, KARAVAN, in March 2025": a phase named like the operation)
    r"(?:(?<=o)perations?|(?:(?<=p)hase|(?<=e)dition|(?<=s)tage|(?<=r)ound)\s+of\s+the\s+(?:case|operation|investigation))"
    # (a verb names it, so the name may end on any word: "The operation, named Sokake after the tortoise, …")
    # (or a dash before it: "Tuesday's operation — called Perseus, after …")
    # (what it was against between: "The joint operation against human trafficking, named Global Chain, …")
    # (not a group named after it: "the operation against the cartel, known as Los Blancos, …")
    r"(?:(?:\s+(?:against|on|into|targeting)\s+(?!(?:an?|the|this|that|its|their)\b)(?:[\w-]+\s+){0,3}?"
    r"(?!(?:networks?|gangs?|cartels?|groups?|rings?|syndicates?|clans?|mafias?|cults?|organi[sz]ations?)\b)[\w-]+)?"
    rf"(?:,|\s+[—–])\s+(?:(?:known|referred\s+to)\s+as|called|named|denominated)\s+{_NAME_WORDS}{_NAME_ENDS}"
    rf"|,\s+{_NAME_WORDS},"
    # ("denominated", as releases translated from Spanish or Portuguese write "denominada": "this mega-operation
    # denominated Motún")
    r"|\s+(?:(?:known|referred\s+to)\s+as|called|named|titled|christened|baptized|baptised|denominated)\s+"
    rf"(?!(?i:operation)\b){_NAME_WORDS}{_NAME_ENDS})"
    # (a drive of another noun named by a verb set off after it: "The crackdown, called Safe Harbour, …", "the
    # raid — dubbed Black Tide —"; never a bare name after its comma, which is most often a place or a body)
    r"|(?:(?<=a)ctions?|(?<=r)aids?|(?<=c)rackdown|(?<=s)ting|(?<=i)nvestigation|(?<=p)robe|(?<=e)xercise)"
    r"(?:,|\s+[—–])\s+(?:(?:known|referred\s+to)\s+as|called|named|dubbed|code-?named)\s+"
    rf"{_NAME_WORDS}{_NAME_ENDS}"
    # (right after a drive's noun too, a verb of naming alone: "a crackdown named Shield", "the raid dubbed Black
    # Tide"; not an investigation's or a probe's, which name people: "the probe named John Moyo as a suspect")
    r"|(?:(?<=r)aids?|(?<=c)rackdown|(?<=s)ting|(?<=e)xercise)\s+(?:(?:known|referred\s+to)\s+as|called|named"
    rf"|dubbed|code-?named)\s+(?!(?i:operation)\b){_NAME_WORDS}{_NAME_ENDS}(?!\s+as\b|\s+and\s+[A-Z])"
    # (or a passive names it, of an action or a raid as well: "The operation was named Chopin", "The action was
    # code-named Black Sea")
    r"|(?:(?<=o)perations?|(?<=a)ctions?|(?<=r)aids?|(?<=c)rackdown|(?<=s)ting|(?<=i)nvestigation|(?<=p)robe"
    r"|(?<=e)xercise)\s+(?:was|were|is|has\s+been|had\s+been)\s+"
    r"(?:code-?named|named|called|dubbed|titled|christened|baptized|baptised)\s+"
    rf"(?!(?i:operation)\b){_NAME_WORDS}{_NAME_ENDS}"
    r")"
)
# Every _APPOSITION_AFTER_KEYWORD match opens on one of these: they are found with ``str.find`` and the pattern
# tried there alone (its first letters are among the commonest, so re stopped at half the text's positions)
_APPOSITION_WORDS = (
    "operation",
    "phase",
    "edition",
    "stage",
    "round",
    "action",
    "raid",
    "crackdown",
    "sting",
    "investigation",
    "probe",
    "exercise",
)
# (a season across two years is one edition: "Silver Tide 2024-2025" beside "Silver Tide 2023-2024")
_EDITION = re.compile(r" (?:19|20)\d\d[-–/](?:19|20)?\d\d$|[ -](?:\d{1,4}|[IVX]{1,5})$")
_EDITION_AFTER = re.compile(r" (?:19|20)\d\d[-–/](?:19|20)?\d\d\b(?![-'’]?\w)|[ -](?:\d{1,4}|[IVX]{1,5})\b(?![-'’]?\w)")
_ENDS_WITH_NUMERAL = re.compile(r"[ -](?:\d{1,4}|[IVX]{1,5})$")
_LIST_ITEM = re.compile(r",?\s+(?:and\s+|or\s+)?(?:the\s+)?")
_LIST_AHEAD = re.compile(
    r"(?:,|\s+and|\s+or)\s+(?:the\s+)?[A-Z][\w'’-]{0,40}(?: [A-Z0-9][\w'’-]{0,40}){0,3}(?:,|\s+and\s|\s+or\s|\b)"
)
# The numeral alone: _numeral_names finds these first (re skips ahead to
# a space or hyphen) and tries _OP_NUMERAL only at the words before them.
# "\boperation" in any case, written so re skips ahead to an "o" (see .patterns).
_OPERATION_WORD = re.compile(r"[oO](?<!\w.)peration", re.I)
# (a letter or digit after a hyphen makes it a code, not a numeral: "Barangay Anabu II-D", "Zone III-A")
_NUMERAL_AFTER = re.compile(r"[ -][IVX]{1,5}\b(?![-'’.]?\w)(?!(?<=[ -]X)[ \t]+\d)")


def _demonym_of_a_place(word: str) -> bool:
    """Whether ``word`` is a people's or a region's adjective: "Spanish", "Kenyan", "European" (Europe), "Asian"
    (Asia); not "Titan", "Trojan", "Pelican"."""
    from .places import people_adjective

    if " " in word:
        return False
    if people_adjective(word):
        return True
    table = places()
    return any(place_key(word[:-n]) in table for n in (1, 2, 3) if len(word) - n >= 4)


class _WrittenAlone:
    """Whether a text writes a name on its own somewhere: not before "operation", nor before another
    capitalised word ("Lionfish" alone, not only "Lionfish operation" or "Lionfish Task Force"). The
    capitalised words are indexed in one pass, the answer kept per name, and at most
    ``_WRITTEN_ALONE_LOOKS`` places looked at for each: a text repeating "the Lionfish operation" fifty
    thousand times is not searched once per mention (it was, in full: quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at: dict[str, list[int]] | None = None
        self.known: dict[str, bool] = {}

    def written(self, name: str, after: re.Pattern | None = None) -> bool:
        """Whether the text writes ``name`` alone (with ``after``: followed by what ``after`` matches)."""
        after = after or _ALONE_AFTER
        found = self.known.get(name) if after is _ALONE_AFTER else None
        if found is None and after is not _ALONE_AFTER:
            found = self.known.get(name + "\0" + after.pattern)
        if found is None:
            if self.at is None:
                self.at = {}
                for m in _CAPITALISED_WORD.finditer(self.text):
                    self.at.setdefault(m.group(), []).append(m.start())
            text, end = self.text, len(name)
            found = any(
                text.startswith(name, pos)
                and not (pos + end < len(text) and (text[pos + end].isalnum() or text[pos + end] == "_"))
                and after.match(text, pos + end) is not None
                for pos in self.at.get(name.split()[0], [])[:_WRITTEN_ALONE_LOOKS]
            )
            self.known[name if after is _ALONE_AFTER else name + "\0" + after.pattern] = found
        return found


_CAPITALISED_WORD = re.compile(rf"(?<!\w)[{UPPER}][\w'’-]*")
_ALONE_AFTER = re.compile(r"(?! operation)(?!\s+[A-Z])")
# The first character of a curly quote's UTF-8 bytes read as Windows-1252 or -1257 ("â€", "ā€"): glued to a name
_MOJIBAKE_LEADS = frozenset("âā")
# Words that name what follows them: "Branded GRYPHON II, …", "Dubbed Pangea XVI, …"
_NAMING_WORDS = frozenset({"branded", "dubbed", "named", "called", "codenamed", "code-named", "titled", "nicknamed"})
# Any of them, or another verb that names: the name after it may open on a title's word ("called Vice Grips 2")
_NAMING_VERB = re.compile(
    r"\b(?:"
    + "|".join(sorted(_NAMING_WORDS | {"known", "referred", "christened", "baptized", "baptised", "denominated"}))
    + r")\b"
)
# A word used as a noun: a stop, a comma, a quote or a verb after it ("… known as Pelican.", "Pelican was a
# success"; not "European countries")
_AS_A_NOUN_AFTER = re.compile(
    r"[ \t]*[,.;:)!?\"”’]|[ \t]+(?:was|were|is|are|has|had|have|will|would|led|began|ran|saw|targeted|involved"
    r"|netted|resulted|yielded|[a-z]\w*ed)\b"  # (a verb in lower case: not "Royal Canadian Mounted Police")
)
_WRITTEN_ALONE_LOOKS = 64


def _colour_names_apart(text: str) -> set[str]:
    """The names a colour opens ("Black Axe") that a text writes without "operation" after them (a group or a
    place of that name), found in one pass."""
    return {m.group(1) for m in _COLOUR_NAME.finditer(text) if not _OPERATION_NEXT.match(text, m.end())}


def _name_starts(text: str, end: int, starts: set[int]) -> int:
    """Add to ``starts`` where a capitalised word ending at ``end`` may begin
    (an A-Z with no word character before it); return where its run of
    word characters and apostrophes begins."""
    run = end
    while run > 0 and (text[run - 1].isalnum() or text[run - 1] in "_'’"):
        run -= 1
    # A name starts at the run's first character, or after an apostrophe
    # inside it ("O’Neill"): elsewhere a word character stands before it.
    if run < end and text[run].isupper():
        starts.add(run)
    if "'" in text[run:end] or "’" in text[run:end]:
        for c in range(run + 1, end):
            if text[c].isupper() and text[c - 1] in "'’":
                starts.add(c)
    return run


def _numeral_names(text: str):
    """What ``_OP_NUMERAL.finditer(text)`` gives ("Liberterra II", "HAECHI III")."""
    starts: set[int] = set()
    walked: dict[int, int] = {}  # a word's end → its run's start: in "X X X" each word is read once, not twice

    def run_ending(end: int) -> int:
        run = walked.get(end)
        if run is None:
            run = walked[end] = _name_starts(text, end, starts)
        return run

    # (where numerals are dense, "X X X …", one pass of the whole pattern costs less than a walk back from each)
    numerals: list[int] = []
    most = len(text) // 2000 + 16
    for q in _NUMERAL_AFTER.finditer(text):
        numerals.append(q.start())
        if len(numerals) > most:
            yield from _OP_NUMERAL.finditer(text)
            return
    for numeral in numerals:
        run = run_ending(numeral)  # the name's last word
        if run > 0 and text[run - 1] in " -":
            run_ending(run - 1)  # the word before it
    end = 0
    for pos in sorted(starts):
        if pos < end:
            continue
        m = _OP_NUMERAL.match(text, pos)
        if m is not None:
            end = m.end()
            yield m


# Letters and an edition in brackets: "(EMMA 5)", "(GAAD 2024)", "(SHIELD IV)"
_ACTION_WORDS = tuple(entry for entry, _ in entries("operation_action_name_words"))
_EDITION_LETTERS = re.compile(r"\(((?-i:([A-Z]{3,6}))[ \t-]?(?:\d{1,4}|[IVX]{1,5}))\)")
# The written-out name of an action or an operation right before them, ending on one of those words: "European
# Money Mule Action ", "Global Airport Action Days "
_ACTION_NAME_BEFORE = re.compile(r"\b((?:[A-Z][a-z]+[ \t]+){1,6}(?:" + "|".join(_ACTION_WORDS) + r"))[ \t]*$")
_SERIES_NOUNS = words("operation_series_nouns")
# An owner's possessive opening a run of capitalised words: "INTERPOL’s ", "Europol's "
_OWNER_BEFORE_NAME = re.compile(r"[\w-]+['’]s\s+(?=\S)")


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_OPERATION_APPOSITION_AFTER = re.compile(
    r",[ \t]+(?:its|an?|the|this|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:operation|edition|phase|drive|crackdown)"
    # (the apposition ends there: not "the operation's commander", "an operation planner")
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:against|that|which|launched|led|run|held|targeting|in|of|on|by|since)\b)"
)
# A given name, and a middle initial, right before a family name ("Serafin F. |Petalio II", "Juan |Reyes III")
_GIVEN_OR_INITIAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:[ \t]+[A-Z]\.)?[ \t]$")


def _lower_words(text: str) -> frozenset[str]:
    """Every word the text writes in lower case (one pass, for any number of names asked about)."""
    return frozenset(_LOWER_WORD.findall(text))


_OP_WORD = re.compile(r"\d{1,4}\.\d{1,2}(?!\d)|[\w'’-]{1,60}")  # "Cold Relay 2.0", "Bahari Safi 2025.01"
#: Capitalised words that start no name found by shape alone (before "operation",
#: with a numeral); after an explicit keyword only function words stop a name.
OP_STOP = COMMON_CAPS - {"Red", "Blue", "Green", "Black", "Orange", "Silver", "Purple", "Yellow"}
_ENGLISH_FUNCTION = frozenset("but it was is not for to that this which with were are be by or the a an".split())
# The rest of a quoted name up to its closing quote: words, commas, hyphens and apostrophes only
_QUOTED_NAME_GOES_ON = re.compile(r"([ ,\w’-]{0,60}?)[\"”’»'](?!\w)")
# The words of a sentence, which no slogan for a name holds: its verbs of being, pronouns and clause words
_SENTENCE_WORDS = frozenset("was is were are be been being it its but not that this which who has have had".split())
_QUOTE_CLOSES_AHEAD = re.compile(r"[^\"“”‘’«»\n.!?]{0,60}?[\"”’»]")
# A straight single quote that closes where no letter follows it, read only where one opened right before the keyword
# ("the 'Operation calm life' ongoing"; not "O'Brien", nor a remark quoted after the word: "called the operation
# 'unprecedented'")
_STRAIGHT_QUOTE_CLOSES_AHEAD = re.compile(r"[^\"“”‘’«»'\n.!?]{0,60}?'(?!\w)")
_OP_NAME_WORD = re.compile(
    rf"^(?:[{UPPER}][\w'’]{{0,40}}(?:-[\w]+)*|[{UPPER}0-9][{UPPER}0-9-]*|\d{{1,4}}|\d{{1,4}}\.\d{{1,2}}"
    # (a word in camel case with a lower-case start: "Operation eShield", "Operation iGuard")
    rf"|[a-z]{{1,3}}[{UPPER}][\w'’]{{1,40}})$"
)
_MODIFIER_SUFFIX = re.compile(r"[a-z]-(?:wide|based|led|linked|backed|bound|funded|owned|registered)$")
_OP_PARTICLES = frozenset("de del da do dos das la el di du des van von der of".split())
_CAPITAL_AFTER = re.compile(rf" [{UPPER}]")
# "to" and a codename's last word before lower-case words or a clause's end: "Too Hot to |Handle involved"
_TO_LAST_WORD = re.compile(rf" ([{UPPER}][a-z]+)(?=[ \t]+[a-z]|[,.;:)\"”’']|\s*$)")
# The particles a phrase of a codename that opens on a number may hold: "30 Days at Sea"
_PHRASE_PARTICLES = frozenset("at in on".split())
_CLOSING = ",.;:)\"”’'"  # (what may close the word after that number: 'dubbed “Operation 602 Exchange.”')
# The keyword written with its capital right before a name: "Operation ", "Op "
# (or a naming word: "Code named 30 Days at Sea, the operation …", "dubbed 602 Exchange")
_CAPITALISED_KEYWORD_BEFORE = re.compile(
    r"\b(?:Operation|OPERATION|Op|Ops|[Cc]ode[- ]?named|CODE[- ]?NAMED|[Dd]ubbed|DUBBED)[ \t]+[\"“‘']?$"
)
#: The words that name a codename after them ("Op", "Ops", "Oplan" and "Coplan": Malaysian and Philippine "Operation").
KEYWORD_WORDS = frozenset({"Operation", "Operations", "Op", "Ops", "Oplan", "Coplan"}) | FOREIGN_KEYWORDS
# the lower-case plural just before a name: "director of fisheries operations Lieutenant Commander …"
_OPERATIONS_BEFORE = re.compile(r"\soperations\s+$")
_LOWER_KEYWORD_BEFORE = re.compile(r"\boperations?\s+$")  # the keyword in lower case, right before a name
# After a day or a month: a time of day, a date's number, or no capitalised word going on with a name
_DATE_GOES_ON = re.compile(r"[ \t]+(?:morning|afternoon|evening|night|\d)|(?![ \t]+[A-Z])")
_QUOTES = "\"'“”‘’«»"
_OPENING_QUOTES = "\"'“‘«"
_MOST_ACTION_DAYS = 200  # (a text names a few; a megabyte of them is not read past this many)
# ("Joint Action Days Monday and Tuesday", "Joint Action Days In Spain": a date or a phrase, no codename)
_NOT_AFTER_ACTION_DAYS = CALENDAR_WORDS | words("function_caps") | frozenset({"Last", "Next", "This"})
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+$")
_JOINT_ACTION_DAYS = re.compile(r"\bJoint[ \t]+Action[ \t]+Days?[ \t]+(?:\(JADs?\)[ \t]+)?(?=[A-Z])")


# After an operation's name that ran over "the": the name ends there (a number, punctuation, a lower-case word)
# (or a preposition: "Operation Close the Gate between May and June", not "In Operation Sandstorm the Kenyan
# police arrested …", "Under Operation Dragon the Rangers were deployed": a verb after it leaves it the subject)
_LOWER_AFTER_NAME_WORD = re.compile(
    # (an edition's year or numeral after it ends a codename: "Operation Close the Gate 2026 led to …")
    r"[ \t]+(?:(?:19|20)\d\d|\d{1,3}|[IVX]{1,5})\b"
    r"|[,.;:)]|\s*$|[ \t]+(?:between|in|on|at|from|for|which|that|against|targeting)\b"
)


# One more capitalised word after the one the article brings: "Operation Down the Rabbit Hole, which …"
_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")


def _one_more_name_word_then_end(text: str, pos: int, table: dict) -> bool:
    """Whether one more capitalised word, no body's, post's or place's, follows ``pos`` and ends the name there."""
    more = _NAME_WORD_AFTER.match(text, pos)
    if more is None:
        return False
    w = more.group(1)
    if w in KNOWN_ORGS or w in ORG_HEADS or w in TITLE_WORDS or w in COMMON_CAPS or place_key(w) in table:
        return False
    return bool(_LOWER_AFTER_NAME_WORD.match(text, more.end()))


# Capitalised words and a year closing them, after a dash inside a codename: "Kanal – |Tien Shan 2026,"
# (the year goes on as a clause, not to a noun or a dash: not "Thunder – December 2026 – officers …", "Jackal – EFCC
# 2026 figures"; nor are the words a date's, a body's or a document's: "– May 2026", "– Europol Report 2026")
_DASHED_EDITION_AHEAD = re.compile(
    r"((?:[A-Z][\w'’-]*[ \t]+){1,2})(?:19|20)\d\d\b"
    r"(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:which|was|ran|saw|led|took|is|has|had|in|on|carried|conducted|targeted)\b)",
    re.M,
)
_NOT_AN_EDITION_WORD = words("operation_not_edition_words")


# A preposition right before the keyword, where a codename is named: "part of |Operation Team Player"
_PREPOSITION_BEFORE_KEYWORD = re.compile(
    r"\b(?:of|in|under|during|through|via|from|with|by|after|before|since|against|within|into|on)[ \t]+$"
)
# The word after a unit's word that opens a codename: "Operation Team |Player", "Operation Mission |Flat"
_NEXT_CAPITALISED = re.compile(rf"[ \t]([{UPPER}][a-z][\w'’-]*)")


def _codename_opens_on_unit_word(text: str, pos: int, end: int, w: str, not_names: frozenset[str], table: dict) -> bool:
    """Whether a unit's or a function's word right after "Operation" opens a codename ("part of Operation Team
    Player", "under Operation Mission Flat"): after a preposition and the singular keyword written with its capital,
    the word in title case and another going on in title case that is no unit's, post's, body's, place's, date's or
    given name's word. "Operations Centre Manager", "Operation Support Unit", "the Special Operation Squad Arrests
    12", "Operation Desk Officer" stay units, posts and headlines."""
    if (
        not (w[:1].isupper() and w[1:].islower())
        or text[max(0, pos - 10) : pos] != "Operation "
        # (a post's word is a post's: "Atalanta Operation Commander Antonio Martorell")
        or w in TITLE_WORDS
        # (only where a codename stands, after a preposition: "part of Operation Team Player", "under Operation
        # Mission Flat"; not a unit's name or a headline's words, "the Special Operation Squad Arrests 12",
        # "Operation Report Shows 40 Arrests", "the Operation Command Post")
        or not _PREPOSITION_BEFORE_KEYWORD.search(text, max(0, pos - 24), pos - 10)
    ):
        return False
    # (the words in title case that go on, up to three: a unit's or a post's word among them ends a unit's name or
    # a post, "Operation Room Duty Officer"; a person's given name after it is a post's holder)
    more = _NEXT_CAPITALISED.match(text, end)
    if more is None:
        return False
    for k in range(3):
        nxt = more.group(1).rstrip("'’-")
        if (
            nxt in not_names
            or nxt in ORG_HEADS
            or nxt in TITLE_WORDS
            or nxt in KNOWN_ORGS
            or (k == 0 and (nxt in CALENDAR_WORDS or place_key(nxt) in table or nxt in all_given_names()))
        ):
            return False
        more = _NEXT_CAPITALISED.match(text, more.end())
        if more is None:
            break
    return True


def _names_a_known_place_or_body(text: str, pos: int) -> bool:
    """Whether the capitalised word at ``pos`` opens a place the gazetteer knows or a known body ("at Lagos",
    "at INTERPOL"): where an operation was, not a word of its name."""
    word = _OP_WORD.match(text, pos)
    if word is None:
        return False
    w = word.group()
    return place_key(w) in places() or w in KNOWN_ORGS or w in ORG_HEADS or w in CALENDAR_WORDS


def _operation_name_at(
    text: str,
    pos: int,
    max_tokens: int = 5,
    *,
    after_keyword: bool = False,
    quoted: bool = False,
    allow_and: bool = False,
) -> tuple[int, int] | None:
    """The operation name that starts at ``pos`` ("Trigger V", "Lionfish-Mayag III",
    "First Strike 2024", "Lock and Key").

    After an explicit keyword ("Operation", "codenamed") any capitalised word
    but a function word may start it; "and" may join two of its words when the
    second is no known body or place ("Lock and Key", not "Lionfish and INTERPOL").
    Inside quotes the name runs to the closing quote."""
    function_words = words("function_caps")
    not_names = words("operation_not_names")
    table = places()
    found: list[tuple[int, int]] = []
    cursor = pos
    pending_and: tuple[int, int] | None = None
    the_inside = particle_inside = digit_first = False
    while len(found) < max_tokens:
        m = _OP_WORD.match(text, cursor)
        if (
            not m
            and quoted
            and found
            and text[cursor : cursor + 2] in ("– ", "— ")
            and _QUOTE_CLOSES_AHEAD.match(text, cursor)
        ):
            cursor += 2  # a dash inside the quoted name: '"Kanal – Steppe Route 2026"'
            continue
        if (
            not m
            and after_keyword
            and found
            and text[cursor : cursor + 2] in ("– ", "— ")
            and (edition := _DASHED_EDITION_AHEAD.match(text, cursor + 2))
            and not any(
                w in CALENDAR_WORDS or w in KNOWN_ORGS or w in ORG_HEADS or w in _NOT_AN_EDITION_WORD or w.isupper()
                for w in edition.group(1).split()
            )
        ):
            cursor += 2  # a dash before the edition's name and year: "Operation Kanal – Tien Shan 2026, which …"
            continue
        if not m:
            break
        w = m.group().rstrip("'’-")
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        if (
            (w in _OP_PARTICLES or (w in _PHRASE_PARTICLES and digit_first))
            and found
            and _CAPITAL_AFTER.match(text, m.end())
            and not (digit_first and _names_a_known_place_or_body(text, m.end() + 1))
        ):
            pending_and = (m.start(), m.end())  # "Mar de Fondo III": a particle inside the name
            particle_inside = True
            cursor = m.end() + 1
            continue
        if w == "the" and found and (after_keyword or quoted) and _CAPITAL_AFTER.match(text, m.end()):
            # "Operation Close the Gate 2026", "Operation Break the Chain": an article inside the name (not
            # "During Operation Lionfish the Navy seized …": a body or a place after it ends the name)
            pending_and, the_inside = (m.start(), m.end()), True
            cursor = m.end() + 1
            continue
        if (
            w == "to"
            and found
            and (after_keyword or quoted)
            and (last := _TO_LAST_WORD.match(text, m.end()))
            and not _body_word(last.group(1))
            and last.group(1) not in TITLE_WORDS
            and not _title_case_line(text, pos)
        ):
            # "Operation Too Hot to Handle involved …": "to" and one last word the clause goes on after in lower
            # case (not "… Operation Lionfish to Begin in March", a title-case headline's verb)
            found.append((m.start(), m.end()))
            cursor = m.end() + 1
            continue
        if w == "and" and found and (allow_and or quoted) and not _ENDS_WITH_NUMERAL.search(text[pos : found[-1][1]]):
            pending_and = (m.start(), m.end())
            cursor = m.end() + 1
            if text[m.end() : m.end() + 1] != " ":
                break
            continue
        if found and _MODIFIER_SUFFIX.search(w):
            break  # "arrests for Operation Ironside Australia-wide": a place made a modifier ends the name
        if not _OP_NAME_WORD.match(w):
            # inside quotes a lower-case word goes on a name the quote closes soon after: 'code-named
            # "Modrá kapka"' (names in other languages are written in sentence case)
            if not (
                quoted
                and found
                and w.isalpha()
                and w not in _ENGLISH_FUNCTION
                and _QUOTE_CLOSES_AHEAD.match(text, m.start())
            ):
                break
        if w.isupper() and len(w) > 1 and w.title() in function_words:
            w_function = True  # a headline in capitals: "SPECIAL OPERATIONS IN DAR ES SALAAM"
        else:
            w_function = w in function_words
        if (
            w_function
            and quoted
            and w[:1].isupper()
            and (found or w not in ("Of", "And", "Or"))  # (no name opens on these: '"Operation Of The Year" award')
            and _QUOTE_CLOSES_AHEAD.match(text, m.start())
        ):
            w_function = False  # a title-case word inside quotes that close soon: '"Operation Over The Line"'
        if found and not quoted and w in _HEADING_NOUNS:
            break  # a section's heading: "Operation Serengeti Achievements" is Serengeti's
        if not quoted and (w in HEADLINE_VERBS or (w.isupper() and w.title() in HEADLINE_VERBS)):
            # a headline's verb: "Operation Thunder Seizes 2 Tonnes", "Gippsland Operation Seizes Drugs"
            if not found:
                return None
            break
        if not found:
            digit_first = (
                after_keyword
                and w.isdigit()
                and not YEAR_WORD.match(w)
                and _CAPITALISED_KEYWORD_BEFORE.search(text, max(0, pos - 16), pos) is not None
                and _CAPITAL_AFTER.match(text, m.end()) is not None
                and (next_word := text[m.end() + 1 : m.end() + 41].split(None, 1)[0].rstrip(_CLOSING))
                and _OP_NAME_WORD.match(next_word) is not None
                # (not a unit's number and its head word: "Operation 66 Division's unit")
                and not _body_word(next_word)
            )
            if (
                w_function
                # (a number alone the quotes close on is the name: 'an operation called "Operation 66"')
                # (a number opening a phrase after the capitalised keyword is: "Operation 602 Exchange", "Operation
                # 30 Days at Sea")
                or (
                    w.isdigit()
                    and not YEAR_WORD.match(w)
                    and not (quoted and _closes_quote(text, m.end()))
                    and not digit_first
                )
                or w in KEYWORD_WORDS
            ):
                return None  # "codenamed Operation Cronos": the keyword match reads the name
            if (
                not quoted
                and len(w) >= 6
                and w.endswith("ed")
                and _PREPOSITION_AFTER.match(text, m.end())
                and _in_headline(text, pos)
            ):
                # a headline's participle right after the word: "Money Laundering Operation Unraveled with 23
                # Arrests", "Operation Launched in Lagos" (in a sentence, "Operation Seabed with 14 agencies seized …"
                # is a codename)
                return None
            if not after_keyword and w in OP_STOP:
                return None
            if (
                after_keyword
                and (w in not_names or (w in ORG_HEADS and not quoted))
                and not _codename_opens_on_unit_word(text, pos, m.end(), w, not_names, table)
            ):
                return None  # "Operations Directorate", "General Operations Force": a unit, not a codename
            if (
                w in CALENDAR_WORDS
                and not quoted
                and _LOWER_KEYWORD_BEFORE.search(text, max(0, pos - 12), pos)
                and _DATE_GOES_ON.match(text, m.end())
            ):
                # "in an operation Saturday morning", "an operation March 3": a date, no codename (not "operation
                # Sunday Service", a name going on in capitals)
                return None
            if (
                after_keyword
                and w in TITLE_WORDS
                and not quoted
                and _OPERATIONS_BEFORE.search(text, max(0, pos - 16), pos) is not None
            ):
                # "director of fisheries operations Lieutenant Commander Sione …": a post, then a rank and a name
                # (not "Operation General Strike": the keyword itself names a codename)
                return None
        elif w_function:
            break
        elif after_keyword and not quoted and w in _UNIT_WORDS and pending_and is None:
            break  # "Operation Harrier Taskforce", "the Operation Sentinel Command": the body running it follows
        elif after_keyword and not quoted and w in TITLE_WORDS and pending_and is None:
            break  # "Operation LEEDSTRUM Commander, Assistant Commissioner …": the operation's post follows
        if pending_and is not None:
            if not quoted and (
                w in KNOWN_ORGS
                or place_key(w) in table
                or w in COMMON_CAPS
                # (a body after a particle runs it: "Operação Costeau da Polícia Federal")
                or (particle_inside and w in ORG_HEADS)
                or (
                    the_inside
                    and (
                        w in ORG_HEADS
                        or w in TITLE_WORDS
                        or w.isupper()
                        or not (
                            _LOWER_AFTER_NAME_WORD.match(text, m.end())
                            or _one_more_name_word_then_end(text, m.end(), table)
                        )
                    )
                )
            ):
                break  # "Operation Lionfish and INTERPOL": the name ended before "and"
            pending_and, the_inside, particle_inside = None, False, False
        if found and not quoted and w in _CAPTION_WORDS and text.startswith(":", m.end()):
            break  # "during Operation Turfe Photo: Disclosure / Federal Police": a caption's credit glued on
        found.append((m.start(), m.start() + len(w)))
        if m.start() + len(w) < m.end():
            break  # possessive or trailing hyphen ends the name
        if text[m.end() : m.end() + 1] != " ":
            break
        cursor = m.end() + 1
    if not found:
        return None
    end = found[-1][1]
    if (
        quoted
        and (rest := _QUOTED_NAME_GOES_ON.match(text, end))
        and rest.group(1).strip(" ,")
        # (a remark quoted, not a slogan: '"Operation Tidewall was a success"', '"Vigilant but it was not enough"')
        and _SENTENCE_WORDS.isdisjoint(rest.group(1).lower().split())
    ):
        # a slogan for a name runs to its closing quote, lower-case words and commas and all: "the operation
        # ‘Scam done, justice a run’", "‘Chikorokoza Ngachipere and No to machete wielding gangs’"
        end += len(rest.group(1).rstrip(" ,"))
    if (text[end - 1 : end].isdigit() or _ROMAN_EDITION_END.search(text, max(0, end - 6), end)) and (
        round_of := _ROUND_OF_YEAR.match(text, end)
    ):
        end = round_of.end()  # a round of the year: "Op Bersepadu Khazanah 4/2026", "Operation Trisula-I/21"
    return found[0][0], end


# A year right after a name said again ("Kurukuru 2014 covered …"), not a date's or a range's ("2014-15", "2014/15")
_YEAR_RIGHT_AFTER = re.compile(r" ((?:19|20)\d\d)(?![\w/–-]|[.,]\d)")
#: A title-case headline's verbs, which end a name read before them ("Operation Thunder Seizes …").
HEADLINE_VERBS = words("operation_headline_verbs")
_HEADING_NOUNS = words("operation_heading_nouns")


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in the text's headline: its first line, of at most 200 characters and not ending
    as a sentence does (the recognisers read a title-case headline in its body case, see .truecase, so its case
    tells nothing here)."""
    if pos > 200:
        return False
    end = text.find("\n", pos, 201)
    if end < 0:
        if len(text) > 200:
            return False
        end = len(text)
    return not text[:end].rstrip().endswith((".", "!", "?"))  # (a sentence, not a headline)


# (a particle may come between: "Operation Carried Out in 49 Provinces")
_PREPOSITION_AFTER = re.compile(
    r"(?:[ \t]+(?i:out|up|off|down))?[ \t]+(?i:with|in|after|across|as|by|against|at|on|for|amid|over)\b"
)
# An indefinite article opening a line, before a word in capitals: "A COORDINATED operation against …" (a newspaper's
# paragraph set in capitals at its start; "The INVINCIBLE operation" names its codename)
_ARTICLE_OPENS_LINE = re.compile(r"(?:^|\n)[ \t]*(?:A|An)[ \t]+$")
# The endings of English adjectives ("Significant", "Massive", "Successful", "Coordinated"): one such word opening
# a sentence before a lower-case "operation" describes it, its capital is the sentence's
# (endings codenames share, "Trident", "Serpent", "Atlantic", only on long words: "Significant", "Coordinated")
_ADJECTIVE_ENDING = re.compile(r"(?:ful|ous|ive|able|ible|ical)$|^(?=\w{9,}$)\w*(?:ant|ent|ic|ed)$")


# A plural noun right after "operation", the object of a verb before it, closing its phrase: "operation details,"
_PLURAL_OBJECT_AFTER = re.compile(r"[ \t]+[a-z]{3,}s[ \t]*,")
_DRIVE_NOUNS = words("operation_drive_nouns")
_GENERIC_DRIVE_NOUNS = words("operation_generic_drive_nouns")


# A dateline before a sentence's first word: a place in capitals, perhaps its country, and a dash
_DATELINE_CLAUSE = re.compile(rf"\s*[{UPPER}][{UPPER}'’. -]+(?:,[ \t]+[{UPPER}][\w'’. -]*)?[ \t]*[–—-][ \t]*")


def _dubs_a_drive(text: str, pos: int) -> bool:
    """Whether what "dubbed" at ``pos`` names is a drive: a noun of one in the clause before it (at most 250
    characters back: "the crackdown, dubbed …", and a long subject's "The operation which was conducted by the Zambia
    Police Service, the Drug Enforcement Commission, … dubbed ‘Muzakule’"), not goods, a gang or a place ('abalone -
    dubbed "white gold"')."""
    clause = text[max(0, pos - 250) : pos]
    clause = clause[max(clause.rfind(c) for c in ".!?;\n") + 1 :]
    if not clause.strip(" \t\"“‘'(") or (text[pos] == "D" and _DATELINE_CLAUSE.fullmatch(clause)):
        # "Dubbed "Clean Sweep", the week-long crackdown …": the sentence opens on it, the drive is named after
        # (after a dateline too: "KINGSTON, Jamaica – Dubbed Iron Gate, the operation …"; not a title-case
        # headline's "Gang Dubbed Black Axe Targeted …")
        clause = text[pos : pos + 120]
        clause = clause[: min((i for i in (clause.find(c) for c in ".!?;\n") if i >= 0), default=len(clause))]
    return any(w.strip(",'’\"“”()-").lower() in _DRIVE_NOUNS for w in clause.split())


# A list of places opened by a plural noun of places, up to the name: "in barangays Lusaran, Sudlon II, "
_PLACE_LIST_NOUNS = "|".join(entry for entry, _ in entries("operation_place_list_nouns"))
_PLACE_LIST_BEFORE = re.compile(
    r"\b(?:" + _PLACE_LIST_NOUNS + r")\s+(?:[A-Z][\w'’-]*(?:\s+(?:[IVX]{1,5}|[A-Z][\w'’-]*))*\s*,\s*(?:and\s+)?)*$"
)
_PLACE_LIST_WORD = re.compile(r"(?:" + _PLACE_LIST_NOUNS + r")\s")  # (one of _PLACE_LIST_BEFORE's words and a blank)
_CAPTION_WORDS = words("operation_caption_words")
# A round and its year written with a slash after a codename's numeral: "4/2026", "2/25".
_ROUND_OF_YEAR = re.compile(r"/(?:19|20)?\d\d(?![\w/])")
# A Roman numeral closing a codename, after a hyphen or a blank: "Trisula-I", "Pangea XVI"
_ROMAN_EDITION_END = re.compile(r"[-\s][IVX]{1,4}$")


def _closes_quote(text: str, end: int) -> bool:
    """Whether a quote closes at ``end`` (French quotes a space off: "X »")."""
    if text[end : end + 1] in " \u00a0":
        return text[end + 1 : end + 2] == "»"
    if text[end : end + 1] in ",." and text[end + 1 : end + 2] in _QUOTES:
        return True  # American punctuation inside the quotes: 'named "Fierce Winter," while …'
    return text[end : end + 1] in _QUOTES


# A verb of saying right after a name: its speaker, not a codename.
_SPEAKS_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|stated|explained|noted)\b")
# A post's "of"/"for", or a post's word, right before a capitalised "Operation": "Head of Operation Silva said",
# "Deputy Head Operation Paul Mwangi said" (a title's field, then a person)
_TITLE_BEFORE_OPERATION = re.compile(rf"\b(?:of|for|{TITLE_ALTERNATION})[ \t]+Operation[ \t]+$")
# A capitalised word or "of" just before "Operations": part of a title or a unit's name
# A title's "of" (and the capitalised words of a field) just before "Operations": "Director of Fisheries
# Operations Kalolaine …", "Head of operations John Smith" (not "INTERPOL's Operations Trigger and …")
# A post's title before "of"/"for" and the plural: "Director of Fisheries Operations …", "Deputy Commissioner for
# Operations …" (not "the results of Operations Pangea XVII and Trigger IX": no post before "of")
_TITLE_BEFORE_OPERATIONS = re.compile(
    rf"\b(?:{TITLE_ALTERNATION})"
    r"(?:[ \t]+(?:[A-Z][\w'’-]*|General))?[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}$"
)
# A police rank's letters just before "Operations" (South Asian style: "SSP Operations", "DIG Operations"; the
# ranks in capitals of rank_abbreviations.txt)
_RANK_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(sorted((w for w in words("rank_abbreviations") if w.isupper() and w.isalpha()), key=len, reverse=True))
    + r")[ \t]+$"
)
_ANY_OP_KEYWORD_BEFORE = re.compile(r"(?i:operation|codenamed|code-named|dubbed)[ \t\u00a0]+[\"'“‘«]?[ \t\u00a0]?$")
_ORDINAL_EDITION_BEFORE = re.compile(
    r"(?i)\b(\w+)\s+(?:edition|phase|round|iteration)\s+of\s+(?:the\s+)?(?:operation\s+)?[\"'“‘«]?[ \t\u00a0]?$"
)
# The edition's words of _ORDINAL_EDITION_BEFORE, as it reads them: every match holds one
_EDITION_NOUN = re.compile(r"(?i)edition|phase|round|iteration")
_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
_ORDINAL_DIGITS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


_EARLIER_BEFORE = re.compile(
    r"(?i)\b(?:first|earlier|previous|original|inaugural|last\s+year['’]s)\s+(?:[\w-]+\s+){0,2}$"
)
_YEAR_AFTER = re.compile(r",?\s+(?:in|of|from)\s+(?:19|20)\d\d\b")


def _earlier_edition(text: str, start: int, end: int) -> bool:
    """Whether a series' name written alone speaks of an earlier edition: "the
    first Kifaru Watch", "its first phase, Tridente Austral, ran in 2025", "the
    Pangea of 2019" — not the series itself ("the Asclepia series") nor the
    edition in hand ("Drina Shield shows what cooperation can do")."""
    if text[end : end + 1] in "-‐‑–" or _ANY_OP_KEYWORD_BEFORE.search(text, max(0, start - 12), start):
        return False
    before = text[max(0, start - 40) : start]
    if _EARLIER_BEFORE.search(before) or _EARLIER_BEFORE.search(before.rstrip(", ") + " "):
        return True
    return _YEAR_AFTER.match(text, end, min(len(text), end + 12)) is not None


def _bare_series_name(head: str) -> bool:
    """Whether a series' name may stand for one of its editions when written
    alone: two words or more, or one word that is no common capitalised word."""
    return " " in head.strip() or (head not in COMMON_CAPS and head not in OP_STOP)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += letters
            n -= value
    return out


def _ordinal_editions(text: str, spans: list[Span]) -> None:
    """A series named after an ordinal edition is that edition, renamed in place:
    'the ninth edition of the operation "Ñandutí Verde"' beside "Ñandutí Verde IX"."""
    names = {s.name for s in spans}
    # (in a text dense with names, searched only where one of its nouns starts in the window: the nouns' starts
    # found in one pass cost less than sixty characters searched back from each name)
    nouns = [m.start() for m in _EDITION_NOUN.finditer(text)] if len(spans) > len(text) // 100 else None
    for s in spans:
        if nouns is not None and not (
            (k := bisect.bisect_left(nouns, s.start - 60)) < len(nouns) and nouns[k] < s.start
        ):
            m = None
        else:
            m = _ORDINAL_EDITION_BEFORE.search(text, max(0, s.start - 60), s.start)
        if m:
            word = m.group(1).lower()
        else:
            # the ordinal right before the name: "in second Laut Biru operation", "the ninth Ñandutí Verde operation"
            before = text[max(0, s.start - 16) : s.start]
            if not before.endswith(" "):
                continue
            words_before = before.split()
            if not words_before:
                continue
            word = words_before[-1].lower()
        digits = _ORDINAL_DIGITS.fullmatch(word)
        n = int(digits.group(1)) if digits else _ORDINALS.get(word)
        if not n:
            continue
        for candidate in (f"{s.name} {_roman(n)}", f"{s.name} {n}", f"{s.name}-{n}", f"{s.name}-{_roman(n)}"):
            if candidate in names:
                s.name = candidate
                break


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _title_case_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is set in title case, as a headline is (its first 400 characters either side
    read: a line of a megabyte is no headline)."""
    start = max(text.rfind("\n", max(0, pos - 400), pos) + 1, pos - 400)
    end = text.find("\n", pos, pos + 400)
    return _in_title_case(text, start, end if end >= 0 else pos + 400)


def _in_title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is set in title case: four long words or more, four in five of them capitalised."""
    long_words = _LONG_WORD.findall(text, start, end)
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _body_word(word: str) -> bool:
    """Whether a word is a body's head word, as written, without a possessive, or as the plural of one
    ("Customs", "Police's", "Guards", "Forces'")."""
    bare = word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")
    return bare in ORG_HEADS or (bare.endswith("s") and bare[:-1] in ORG_HEADS)


def _edition_word(word: str) -> bool:
    """Whether a word marks an edition: a number, a year, a Roman numeral ("2", "2025", "XVII")."""
    return word.isdigit() or is_roman(word)


def _without_title_case_headline_words(text: str, spans: list[Span]) -> list[Span]:
    """Without the names read after "Operation" in a title-case headline that the body never writes,
    where the body names its own operation: "INTERPOL-Led Operation Targets Organised Crime Across
    Southeast Asia" over a story about Operation Close the Gate (the headline's capitals are its style,
    not a codename's)."""
    headline_end = text.find("\n")
    if headline_end <= 0 or not spans or spans[0].start >= headline_end:
        return spans
    # A headline's name that runs on past the body's own ("… as Operation Kestrel Reveals Regional Scam
    # Network" over a body that writes "Operation Kestrel"): the body's name, whatever the headline's case
    body_words = {s.name: s.name.split() for s in spans if s.start > headline_end}
    lowered = text[headline_end:].lower()
    for s in spans:
        if s.start >= min(headline_end, 400):
            continue  # (a headline's first 400 characters: a first line of a megabyte is no headline)
        if s.name.lower() in lowered:
            continue
        words = s.name.split()
        found = max(
            (name for name, bw in body_words.items() if len(bw) < len(words) and words[: len(bw)] == bw),
            key=len,
            default=None,
        )
        if found is not None and _edition_word(words[len(body_words[found])]):
            continue  # "Operation Thunder 2025 nets 500 arrests" over "Operation Thunder": the edition is its name
        if found is not None and text.startswith(found, s.end - len(s.name)):
            s.end, s.name = s.end - len(s.name) + len(found), found
    if not _in_title_case(text, 0, min(headline_end, 400)):
        return spans
    body_names = {s.name for s in spans if s.start > headline_end}
    if not body_names:
        return spans
    return [s for s in spans if s.start > headline_end or s.name in body_names or s.name.lower() in lowered]


_DOUBLED = re.compile(r"(\w)\1+")


def _one_spelling(spans: list[Span]) -> None:
    """A codename spelt two ways in one text, one with a letter doubled, the other way only once ("Operation
    Shanela" … once "Operation Shanella"): a typo of the same operation, named as otherwise written (as first
    written where each is written once). Names of six letters or more: "Ana" and "Anna", "Polo" and "Pollo"
    may be two operations."""
    count: dict[str, int] = {}
    key_of: dict[str, str] = {}  # casefolded name → its spelling key (numerals read as written)
    for s in spans:
        folded = s.name.casefold()
        count[folded] = count.get(folded, 0) + 1
        if folded not in key_of:
            key_of[folded] = _spelling_key(s.name)
    groups: dict[str, list[str]] = {}
    for folded, key in key_of.items():
        if len(key.replace(" ", "")) >= 6:
            groups.setdefault(key, []).append(folded)
    rename: dict[str, str] = {}
    for names in groups.values():
        if len(names) == 2:
            rare, usual = sorted(names, key=lambda n: count[n])
            if count[rare] == 1 and count[usual] > 1:
                rename[rare] = usual
            elif count[rare] == count[usual] == 1:
                rename[names[1]] = names[0]  # (each once: the later spelling yields to the first)
    if not rename:
        return
    written = {s.name.casefold(): s.name for s in sorted(spans, key=lambda s: s.start)}
    for s in spans:
        usual = rename.get(s.name.casefold())
        if usual is not None:
            s.name = written[usual]


@functools.lru_cache(maxsize=4096)  # (a pure function of a short name; the same names recur across texts)
def _spelling_key(name: str) -> str:
    """A name with its doubled letters single, its numerals as written ("Lionfish II" is no "Lionfish III")."""
    return " ".join(
        w.casefold() if is_roman(w) or any(c.isdigit() for c in w) else _DOUBLED.sub(r"\1", w.casefold())
        for w in name.split()
    )


# The verbs that give a drive its name, after its noun or right before the name
_NAMING_VERB_WORDS = r"(?:dubbed|named|called|code-?named|known\s+as|titled)"
# A police investigation named as a project: an investigation's noun before the naming word ("the investigation,
# dubbed Project Coyote", "an investigation named Project Ossington"), or one in apposition after the name
# ("Project Hammer, a year-long investigation into …", "Project Vigil, a long-running operation"); not a programme
# that funds or trains ("funded through Project Fortaleza, INTERPOL's initiative")
_INVESTIGATION_NAMING_BEFORE = re.compile(
    # (the naming word right after the noun, or after its comma: not "The operation, part of a programme named …")
    r"(?i:\b(?:investigation|probe|inquiry|operation|crackdown|sweep|case)s?,?\s+"
    rf"{_NAMING_VERB_WORDS})[ \t]+[\"“‘'«]?$"
)
_INVESTIGATION_APPOSITION_AFTER = re.compile(
    # (or said of it: "“Project Falter” was a lengthy investigation by …")
    # (the comma inside the quotes too, as American style writes it: 'Dubbed "Project O'Hara," the police probe …')
    r"(?:,[\"”’'»]|[\"”’'»]?,?)[ \t]+(?:(?:was|is)[ \t]+)?(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:investigation|probe|inquiry|operation)\b"
)
# A naming word right before the name, with an investigation's noun earlier in its sentence: "a long-term drug
# trafficking investigation in Cold Lake and surrounding area dubbed Project K-NANOSECOND" (not a programme's:
# "an initiative of the ministry called Project Safe Streets")
_NAMING_RIGHT_BEFORE = re.compile(rf"(?i:\b{_NAMING_VERB_WORDS})[ \t]+[\"“‘'«]?$")
_INVESTIGATION_EARLIER = re.compile(
    # (or police work said so: "a combined police effort to target gang violence …, dubbed Project Treachery")
    r"(?i:\b(?:investigation|probe|inquiry)s?\b|\bpolice[ \t]+(?:effort|crackdown|operation)s?\b)(?=[^.;:!?\n]*$)"
)
_PROGRAMME_NOUNS = r"programmes?|programs?|initiatives?|schemes?|campaigns?|projects?"
_PROGRAMME_BETWEEN = re.compile(rf"(?i:\b(?:{_PROGRAMME_NOUNS})\b)")


# (not the force's own words after it: "Strike Force Commander", "Strike Force detectives")
_NOT_STRIKE_FORCE_NAME = r"(?!(?:Strike|Force|Command|Commander|Team|Unit|Officers?|Detectives?)\b)"
_STRIKE_FORCE_NAME = re.compile(
    rf"\bStrike[ \t]+Force[ \t]+{_NOT_STRIKE_FORCE_NAME}[{UPPER}][a-z][\w'’-]*"
    rf"(?:[ \t]{_NOT_STRIKE_FORCE_NAME}[{UPPER}][a-z][\w'’-]*)?"
)
_PROJECT_NAME = re.compile(rf"\bProject[ \t]+([{UPPER}][\w'’-]*(?:[ \t][{UPPER}][\w'’-]*){{0,2}})")


# (or set off after the noun: "The OPP investigation, Project Moffatt, began in May")
_INVESTIGATION_SET_OFF_BEFORE = re.compile(r"(?i:\b(?:investigation|probe|inquiry|operation)s?)[ \t]*[,:–—][ \t]*$")
# The project told by its results, as police tell an investigation's: the name the subject of a result's verb
# ("Project Collector dismantled …", a headline's "Project Bourbon results in …"; not a launch or "as a result of",
# which programmes share: "INTERPOL launched Project Stadia", "As a result of Project Safe Neighborhoods")
_PROJECT_RESULTS_AFTER = re.compile(
    r"[ \t]+(?:has[ \t]+|have[ \t]+)?(?:results?[ \t]+in|resulted[ \t]+in|led[ \t]+to|leads[ \t]+to|netted|nets"
    r"|dismantled|dismantles|busts|busted|smashed|smashes)\b"
)


# The project told by what was taken in it, before its name: "drugs, guns seized in Project Monarch", "firearms
# seized by OPP in Project Moffatt", "12 people were arrested during Project Hammer" (a programme funds or trains:
# "funded through Project Fortaleza")
_PROJECT_RESULTS_BEFORE = re.compile(
    r"\b(?:seized|arrested|charged|recovered|confiscated|dismantled|detained|laid|made)"
    r"(?:[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3})?"
    r"[ \t]+(?:in|during|under)[ \t]+[\"“‘']?$"
)


# The project a sentence opens on, its results told next: "Through Project Community, the 43 Division said it
# conducted 18 arrests, laid 109 charges …", "During Project Larkspur, detectives arrested 14 people" (only these
# two: "Under/With/In Project X" opens a programme's sentences as often, "Under Project Safe Neighborhoods, federal
# prosecutors charged 40 people"; and a programme's clause tells what it funds or trains: "Through Project Safe
# Streets, the city funded 20 youth centres, and police separately arrested 14 people")
_PROJECT_FRAMES_BEFORE = re.compile(r"(?:^|[.!?:\n][ \t]*)(?:Through|During)[ \t]+$")
_RESULTS_IN_SENTENCE = re.compile(
    r",([^.;!?\n]{0,150}?)\b(?:arrested|seized|recovered|confiscated|dismantled|detained|rescued"
    r"|(?:conducted|made|carried[ \t]+out)[ \t]+\d[\d,]*[ \t]+arrests"
    r"|laid[ \t]+\d[\d,]*[ \t]+(?:criminal[ \t]+)?charges)\b"
)
# Words of a programme, a fund or a partnership, not of police work ("the grant was named Project Guardian", "a
# charity known as Project Hope", "officers … were trained")
_PROGRAMME_WIDE = re.compile(
    rf"(?i:\b(?:{_PROGRAMME_NOUNS}|grants?|charit(?:y|ies)|partnerships?|funds?|funded|funding|trained|training)\b)"
)
# A new clause or a verb of its own between police work and the name it is given: "The police operation was funded
# by the province, and the grant was named …"
_CLAUSE_BETWEEN = re.compile(r"(?i:\b(?:was|were|is|are|has|have|had|which|that|who)\b|,[ \t]+and\b)")


def _police_work_between(words: str) -> bool:
    """Whether the words between police work and what is said of it hold no programme's, fund's or partner's word
    and open no new clause."""
    return _PROGRAMME_WIDE.search(words) is None and _CLAUSE_BETWEEN.search(words) is None


def _results_told_after(text: str, end: int) -> bool:
    """Whether the clause after a project's comma tells a police result (no programme's words, no new clause first)."""
    told = _RESULTS_IN_SENTENCE.match(text, end, end + 300)
    return told is not None and _police_work_between(told.group(1))


def _names_an_investigation(text: str, start: int, end: int) -> bool:
    """Whether the project named at ``text[start:end]`` is told as a police investigation."""
    return bool(
        _INVESTIGATION_NAMING_BEFORE.search(text, max(0, start - 80), start)
        or _PROJECT_RESULTS_BEFORE.search(text, max(0, start - 60), start)
        or _INVESTIGATION_SET_OFF_BEFORE.search(text, max(0, start - 20), start)
        or _INVESTIGATION_APPOSITION_AFTER.match(text, end)
        or _named_in_an_investigations_sentence(text, start)
        or _PROJECT_RESULTS_AFTER.match(text, end)
        or (
            _PROJECT_FRAMES_BEFORE.search(text, max(0, start - 12), start) is not None
            and _results_told_after(text, end)
        )
    )


def _named_in_an_investigations_sentence(text: str, start: int) -> bool:
    """A naming word right before ``start`` and an investigation's noun earlier in its sentence, no programme's
    noun between them."""
    naming = _NAMING_RIGHT_BEFORE.search(text, max(0, start - 20), start)
    if not naming:
        return False
    earlier = _INVESTIGATION_EARLIER.search(text, max(0, naming.start() - 100), naming.start())
    if earlier is None:
        return False
    if earlier.group().lower().startswith("police"):
        # police work said in other words than an investigation's: named in the same clause, no fund or partner
        # between ("a combined police effort to target gang violence …, dubbed Project Treachery"; not "The police
        # operation was funded by the province, and the grant was named Project Guardian")
        return _police_work_between(text[earlier.end() : naming.start()])
    return not _PROGRAMME_BETWEEN.search(text, earlier.end(), naming.start())


# The language a name in brackets is in, after it: " in Spanish", ", in Portuguese"
_IN_A_LANGUAGE = re.compile(r"[\"”’»']?[ \t]*,?[ \t]+in[ \t]+([A-Z][a-z]+)[ \t]*")
# A body's people after a capitalised word: " officers seized", " agents"
_STAFF_AFTER_NAME = re.compile(
    r"[ \t]+(?:officers|officials|agents|personnel|staff|investigators|detectives|troops|soldiers|inspectors)\b"
)
# A body's name or letters and "and" right before a capitalised word: "GNDOCB and ", "Police & "
_BODY_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[ \t]+(?:and|&)[ \t]+$")
# An opening bracket and perhaps an operation's keyword in any language, right before a name: " (Operação "
_BRACKET_OPENS_BEFORE = re.compile(r"[ \t]*\([ \t]*[\"“‘'«]?(?:(?:[Oo]p[eé]ra\w*|[Oo]p\.?|[Oo]ps)[ \t]+)?[\"“‘'«]?$")
_COMPASS_OPENERS = words("compass_words")
# A force's level written before "police": "Provincial police", "Metropolitan police"
_FORCE_ADJECTIVES = words("police_level_words")
# (not every calendar word: "Operation Holiday 2023" is a codename)
_MONTHS_AND_DAYS = MONTH_WORDS | WEEKDAY_WORDS
_PLACE_HEAD_WORDS = words("place_heads")
_CALENDAR_PARTS = re.compile(r"[\s\-‐‑–—/]+")


def _only_calendar(name: str) -> bool:
    """Whether a name is only months or days and digits, two words at least ("November-December 2024")."""
    parts = [p for p in _CALENDAR_PARTS.split(name) if p]
    calendar = [p for p in parts if not p.isdigit()]
    return len(parts) > 1 and bool(calendar) and all(p.lower().rstrip(".") in _MONTHS_AND_DAYS for p in calendar)


def operation_spans(text: str, tokens: list[Token]) -> list[Span]:
    spans: list[Span] = []

    def add(start: int, end: int, how: str) -> None:
        name = text[start:end].strip(" -'’\"“”‘")
        if name[-1:] in _MOJIBAKE_LEADS and text.startswith("€", start + len(name)):
            # a closing quote garbled by a wrong decoding ('codenamed "Pathfinderā€¯', '“Guardianâ€'): no letter
            name = name[:-1].rstrip()
        start += text[start:end].index(name[:1]) if name else 0
        first, _, rest = name.partition(" ")
        if rest and (first in KEYWORD_WORDS or first.title() in KEYWORD_WORDS):
            # the keyword inside the quotes: "the special operation 'OPS Eagle'" names Eagle
            start += len(first) + 1
            name = rest
        elif " " in rest:
            # the keyword further in: 'Dubbed "Mexican Operation Diablo Express"' names Diablo Express
            found_words = name.split(" ")
            k = next((k for k in range(1, len(found_words) - 1) if found_words[k] in KEYWORD_WORDS), None)
            if k is not None and k >= 2 and found_words[k - 1] == "and":
                # two codenames, each after its keyword: "in Ops Kelawar and Ops Water Crest"
                add(start, start + len(" ".join(found_words[: k - 1])), how)
            if k is not None:
                cut = len(" ".join(found_words[: k + 1])) + 1
                start += cut
                name = name[cut:]
        head, _, last = name.rpartition(" ")
        closing = start + len(name) + (text[start + len(name) : start + len(name) + 1] in (".", ","))
        if head and last.lower() == "operation" and text[closing : closing + 1] in _QUOTES:
            # 'dubbed "Clean Harbour Operation"', "known as the ‘Eagle Flush Operation.’": the name, without the word
            # the quote closes on (a stop or a comma may stand inside the quote, as English quotes set them)
            name = head
        if (action_days := _JOINT_ACTION_DAYS.match(name)) is not None:
            # "operation Joint Action Day Arktos": the action day's codename is what follows its generic words
            start += action_days.end()
            name = name[action_days.end() :]
        end = start + len(name)
        if not name or name in KNOWN_ORGS or name.upper() in NOT_ORG_CAPS:
            return
        if " " not in name and name.lower() in _GENERIC_DRIVE_NOUNS:
            return  # "Joint Operation Action" (a title-case headline): a drive's generic noun, no codename
        if name.partition(" ")[0].title() in _PROJECT_WORDS and _word_before(text, start).title() not in KEYWORD_WORDS:
            first, _, rest = name.partition(" ")
            if not (rest and first.title() == "Project" and _names_an_investigation(text, start, end)):
                return  # 'funded through Project Fortaleza', '"PROJECT HARRINGTON"': a programme, no entity
            # a police investigation named so ("the investigation, dubbed Project Coyote", "Project Hammer, a year-long
            # investigation"): its codename, the word dropped as "Operation" is
            start += len(first) + 1
            name = rest
        if _SPEAKS_AFTER.match(text, end + (how == "numeral" and text.startswith(",", end))) and not (
            # (the keyword itself right before, capitalised and alone: "Operation Kingfish says it is now targeting
            # seven suspects" is the operation's team speaking by its name)
            how == "keyword"
            and _word_before(text, start) == "Operation"
            and not _TITLE_BEFORE_OPERATION.search(text, max(0, start - 50), start)
            # (no post's word and no given name in it: "Operation Spokesperson Anna Weber said", "Operation Lead
            # Ahmed Musa said" are people)
            and not any(w in TITLE_WORDS or w in all_given_names() for w in name.split())
        ):
            # "director of fisheries operations Losana Tuilagi said": a person speaks, an operation does not (a
            # numeral closing an apposition is a generation's: "the regional director, Benjamin Reyes III, told")
            return
        if place_key(name) in places() and how not in ("keyword", "quoted-before"):
            return
        spans.append(Span(OPERATION, start, end, name, rule=f"operation-{how}", extra={"how": how}))

    for m in _OP_KEYWORD.finditer(text):
        quoted = m.group().rstrip(" \t\u00a0")[-1] in _QUOTES
        if m.group()[0] in "Oo" and m.group().lower().startswith("operations") and not quoted:
            if _TITLE_BEFORE_OPERATIONS.search(text, max(0, m.start() - 50), m.start()):
                continue  # "Director of Fisheries Operations Kalolaine …", "Special Operations Wing": a title, a unit
            if _RANK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "SSP Operations Kamran Amir Khan": the branch a post serves, then the officer's name
            got = _operation_name_at(text, m.end(), max_tokens=3, after_keyword=True)
            listed = False
            # "operations Trigger, Lionfish and Sunbird": every name of the list
            while got and _LIST_AHEAD.match(text, got[1]):
                add(*got, how="keyword")
                listed = True
                nxt = _LIST_ITEM.match(text, got[1])
                got = _operation_name_at(text, nxt.end(), max_tokens=3, after_keyword=True) if nxt else None
            if (
                got
                and not listed
                and m.group()[0] == "O"
                and _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            ):
                # the plural before one name, inside a run of capitalised words, is a title-case headline's word,
                # not a codename's keyword ("U.S.-Colombia Combined Operations Deal Blow to Narcotrafficking";
                # "Police launched Operations Sandstorm" names one)
                got = None
        else:
            # (a straight single quote after a naming verb closes a name: "codenamed 'safe streets'", "dubbed 'zero
            # tolerance'"; after the word "operation" it may quote a remark: "called the operation 'unprecedented'")
            straight = quoted and m.group().rstrip(" \t\u00a0")[-1] == "'" and m.group()[:1] not in "Oo"
            if not quoted and m.start() and text[m.start() - 1] in _OPENING_QUOTES and m.group()[:1] in "Oo":
                # the keyword inside the quotes: 'an effort dubbed "Operation Over The Line,"' (not a remark quoted
                # that opens on the name: '“Operation Arkstone has shaken some of our most seasoned officers,”')
                closes = _QUOTE_CLOSES_AHEAD.match(text, m.end())
                quoted = closes is not None and (
                    # (a quote that opens a sentence or a line is a remark where a sentence's word stands in it; after a
                    # naming verb it is a name: 'dubbed "Operation Not In My Community,"')
                    not opens_a_line_or_sentence(text, m.start() - 1)
                    or _SENTENCE_WORDS.isdisjoint(text[m.end() : closes.end()].lower().replace(",", " ").split())
                )
                if not quoted and text[m.start() - 1] == "'" and m.group()[:1] == "O":
                    # (a straight single quote: "the 'Operation calm life' ongoing")
                    quoted = straight = _STRAIGHT_QUOTE_CLOSES_AHEAD.match(text, m.end()) is not None
            got = _operation_name_at(text, m.end(), after_keyword=True, quoted=quoted, allow_and=True)
            if got is None and quoted and not m.group().lower().startswith("coded"):
                # ('coded "red" for priority': a code, not a codename, unless it reads as a name)
                got = _lower_case_quoted_name(text, m.end(), straight)  # 'the operation code-named "clean sweep"'
            if got and m.group()[:1] in "Dd" and not _dubs_a_drive(text, m.start()):
                continue  # 'abalone, dubbed "white gold"', 'a gang dubbed "the Family"': no drive is named
            if (
                got
                and m.group()[:1] in "Cc"
                and _named_thing_before(text, m.start())
                # (a drive spoken of in the clause is what is named: "a campaign against illegal dhows, code-named …")
                and not _dubs_a_drive(text, m.start())
            ):
                continue  # "a non-registered dhow codenamed ‘IGOR’": a vessel's name, no drive's
            if (
                got
                and not quoted
                and m.group()[:1] in "Oo"
                and m.group().split()[0].capitalize() in FOREIGN_KEYWORDS
                and " " not in text[got[0] : got[1]].strip()
                and text[got[0] : got[1]].strip().lower() in _KIND_WORDS
            ):
                # "Operasi Gabungan", "Operativo Conjunto", "Operação Policial": the language's word for a joint,
                # police or special operation (operation_kind_words.txt), no codename; any other word is one
                # ("Operación Relámpago", "Operação Maré Vermelha")
                got = None
            if (
                got
                and not quoted
                and m.group()[:1] == "o"
                and m.group().split()[0].capitalize() in FOREIGN_KEYWORDS
                and (
                    not ORG_HEADS.isdisjoint(text[got[0] : got[1]].split())
                    or place_key(text[got[0] : got[1]]) in places()
                )
            ):
                # in lower case, the language's common noun: a body or a place after it is who ran the operation or
                # where ("el operativo Montreal Police montó", "la operación Bogotá"), not its codename
                got = None
            if got and not quoted and m.group()[:1] == "o" and _STAFF_AFTER_NAME.match(text, got[1]):
                # "during the course of this operation Revenue officers seized …": a body's people open the next
                # clause, no codename
                got = None
        if got:
            add(*got, how="keyword")
    # '"Iron Corridor 4"' after "Joint Action Days", "campaign", "exercise": a quoted codename
    for q in _OPEN_QUOTE.finditer(text):
        if q.start() == 0 or text[q.start() - 1] not in " \t\u00a0":
            continue  # both cues end in a blank before the quote: most quotes are ruled out here
        apposition = False
        if not _CUE_BEFORE_QUOTE.search(text, max(0, q.start() - 24), q.start()):
            named = _NAMED_BEFORE_QUOTE.search(text, max(0, q.start() - 24), q.start()) or (
                # (the drive's noun right before the naming word, "the" after it: 'The operation, conventionally
                # called the “Fuel Family,”'; not 'in what is commonly called the "Golden Triangle"')
                text.startswith("the", q.start() - 4)
                and _DRIVE_NAMED_BEFORE_QUOTE.search(text, max(0, q.start() - 60), q.start())
            )
            if isinstance(named, re.Match) and _named_thing_before(text, named.start()):
                continue  # 'the dark web marketplace called "Monopoly Market"': the thing's name, no codename
            apposition = not named and bool(_APPOSITION_BEFORE_QUOTE.search(text, max(0, q.start() - 4), q.start()))
            if not (named or apposition) or not (
                _OPERATION_IN_CLAUSE.search(text, max(0, q.start() - 100), q.start())
                or (named and _DRIVE_NAMED_BEFORE_QUOTE.search(text, max(0, q.start() - 60), q.start()))
            ):
                continue
        got = _operation_name_at(text, q.end(), max_tokens=6, after_keyword=True, quoted=True)
        if got is None and not apposition:
            got = _lower_case_quoted_name(text, q.end())  # 'an operation nicknamed "low tide"'
        if got and _closes_quote(text, got[1]):
            if apposition and not _APPOSITION_CLOSED.match(text, got[1]):
                continue  # (set off by commas on both sides, or ending the sentence: not the start of a quote)
            add(*got, how="keyword")
    # "Joint Action Days Danube 8", "EMPACT Joint Action Day (JAD) Mobile": Europol's and Frontex's action days
    # are named as operations are, without quotes
    # (the pattern cannot match without "Joint"; it opens on \b, which re cannot skip ahead to)
    for m in itertools.islice(_JOINT_ACTION_DAYS.finditer(text), _MOST_ACTION_DAYS) if "Joint" in text else ():
        got = _operation_name_at(text, m.end(), max_tokens=4, after_keyword=True)
        if got and text[got[0] : got[1]].split()[0] not in _NOT_AFTER_ACTION_DAYS:
            add(*got, how="keyword")
    # 'the "Rompeolas" operation', 'the “Silk Road” case': a quoted name before the word
    # (looked for only where a closing quote stands before the word: the whole pattern is tried at every quote)
    for m in _QUOTED_BEFORE_KEYWORD.finditer(text) if _QUOTE_BEFORE_KEYWORD.search(text) else ():
        if m.group(0).rsplit(None, 1)[-1][:1] == "O":
            # the word capitalised: a name in title case after "the" and on the word's line, the word no keyword
            # of a name after it ('“Morocco played a strong role in” Operation Weka' quotes a remark, then names
            # Weka; 'the slogan was "Safe Streets For All"\nOperations began …' ends a sentence before a line's)
            if (
                _CAPITALISED_NAME_AFTER.match(text, m.end())
                or any(len(w) > 3 and w[:1].islower() for w in m.group(1).split())
                or "\n" in m.group(0)
                or not _THE_BEFORE_QUOTE.search(text, max(0, m.start() - 5), m.start())
            ):
                continue
        got = _operation_name_at(text, m.start(1), max_tokens=6, after_keyword=True, quoted=True)
        if got and got[1] == m.end(1):
            add(*got, how="quoted-before")
    for m in _NAMED_BEFORE_APPOSITION.finditer(text):
        name_words = m.group(1).split()
        if (
            name_words[0] in _NOT_APPOSITION_FIRST
            or name_words[0] in TITLE_WORDS
            or any(w in CALENDAR_WORDS or _body_word(w) for w in name_words)
        ):
            continue  # "part of Friday, a day-long operation", "under Kenya Wildlife Service, a partner …"
        quoted = text[m.start(1) - 1 : m.start(1)] in _OPENING_QUOTES
        got = _operation_name_at(text, m.start(1), max_tokens=3, after_keyword=True, quoted=quoted)
        if got and got == (m.start(1), m.end(1) - (quoted and text[m.end(1) - 1] in "’'")):
            add(*got, how="apposition")
    found_at = {(sp.start, sp.end) for sp in spans}  # (a name another rule took there is not read again)
    for m in _QUOTED_BEFORE_APPOSITION.finditer(text) if "peration" in text or "rackdown" in text else ():
        if (m.start(1), m.end(1)) in found_at:
            continue
        if m.group(1).split()[0] in TITLE_WORDS or all(w.lower() in _KIND_WORDS for w in m.group(1).split()):
            continue  # '"Special", a military operation': a kind, no name
        if _OFFENDERS_OPERATION_WORDS.search(m.group(2)):
            continue  # 'The gang, "Red Dragon", a smuggling operation, was dismantled': the offenders' enterprise
        got = _operation_name_at(text, m.start(1), max_tokens=6, after_keyword=True, quoted=True)
        if got and got == (m.start(1), m.end(1)):
            add(*got, how="apposition")
    # (looked for only where the word closes a quote: the naming words' alternation is slow to try everywhere)
    # (the word in either case found with ``in`` first: the pattern tried at each "p" of a text without it cost more)
    closes = ("peration" in text or "PERATION" in text) and _KEYWORD_CLOSES_QUOTE.search(text)
    for m in _QUOTED_WITH_KEYWORD.finditer(text) if closes else ():
        if all(w.lower() in _KIND_WORDS for w in m.group(1).split()):
            continue  # 'the so-called "Special Operation"', '"Special Military Operation"': its kind, no name
        # (the quote runs on over the keyword: the name is what stands before it)
        got = _operation_name_at(text, m.start(1), max_tokens=7, after_keyword=True, quoted=True)
        if got and got[0] == m.start(1) and got[1] >= m.end(1):
            add(m.start(1), m.end(1), how="keyword")
    # "The second operation, Ferrolho, targeted …": a name in apposition
    for m in matches_at_words(_APPOSITION_AFTER_KEYWORD, text, _APPOSITION_WORDS):
        g = m.lastindex or 0  # (the one name group that took part)
        if m.group(g) in CALENDAR_WORDS:
            continue  # "The operation was called Monday, after …": a day, no name ("August Storm" is one)
        if m.group(g).split()[0] in TITLE_WORDS and not _NAMING_VERB.search(text, m.start(), m.start(g)):
            # "During the first phase of the operation, Colonel Juan Perez, the commander, …": a person (not a name a
            # verb gives: "The operation, called Vice Grips 2, …")
            continue
        got = _operation_name_at(text, m.start(g), max_tokens=4, after_keyword=True)
        if got and got[1] == m.end(g):
            add(*got, how="keyword")
    # A police investigation named as a project, without a naming word's quotes ("an investigation named Project
    # Ossington", "Project Hammer, a year-long investigation into …"): its codename
    for m in _PROJECT_NAME.finditer(text) if "Project " in text else ():
        if _names_an_investigation(text, m.start(), m.end()):
            add(m.start(1), m.end(1), how="apposition")
    # A strike force's name, as Australian state police name an investigation ("Strike Force Pinnacle was formed to
    # investigate …"): the codename with its words, as the press lists it
    for m in _STRIKE_FORCE_NAME.finditer(text) if "Strike Force " in text else ():
        add(m.start(), m.end(), how="keyword")
    # "the first Lionfish operation": a capitalised name before a lower-case "operation"
    located: set[str] | None = None
    apart: set[str] | None = None  # the colour names written without "operation" after them, read once
    alone = _WrittenAlone(text)
    lower_words: frozenset[str] | None = None  # the text's words in lower case, read once where asked
    described: list[str] | None = None  # the words before "operation" where a codename is then given, read once
    # (every match ends on "operation" in lower case: a text without the word is not scanned at each capital)
    for m in _OP_BEFORE_KEYWORD.finditer(text) if "operation" in text else ():
        if text[m.start(1) - 1 : m.start(1)] in ("-", "\u2010", "\u2011"):
            continue  # "a pan-European operation", "a trans-Saharan operation": a compound's part, no codename
        words = m.group(1).split()
        if _NAMED_RIGHT_AFTER.match(text, m.end()):
            continue  # "Special operation ‘Sentinel’", "a special operation codenamed "Bright Gate"": named after it
        lead = text[max(0, m.start(1) - 8) : m.start(1)].rstrip(" \t")
        if (
            words[0] in ("A", "AN", "THE", "THIS", "ONE")
            and all(w.isupper() for w in words)
            and (lead.endswith("\n") or (not lead and m.start(1) <= 8))
        ):
            continue  # "AN ANTI-SMUGGLING operation led by …": a paragraph's opening words set in capitals
        # (a sentence's first word, a body or a place before a name of two: "The Black Stone operation", "the Kenya
        # Red Card operation" read as "Black Stone" and "Red Card" did, the place left a place)
        while (
            len(words) > 2
            and words[0] not in _COLOURS
            and (words[0] in COMMON_CAPS or words[0] in KNOWN_ORGS or place_key(words[0]) in places())
        ):
            words.pop(0)
        if len(words) > 1 and all(place_key(w) in places() for w in words):
            continue  # "the joint Kenya Uganda Tanzania operation": where it ran, no codename
        # (a colour opens a codename of two words: "the Black Dune operation", "the Red Card operation")
        # (not the water a colour names: "the Black Sea operation")
        coloured = (
            len(words) >= 2
            and words[0] in _COLOURS
            and words[1][:1].isupper()
            and words[1] not in COMMON_CAPS
            and words[1] not in _WATERS
            # (nor a body a colour opens: "the Black Axe operation" is an operation against the group)
        )
        if coloured:
            if apart is None:
                apart = _colour_names_apart(text)
            pair = " ".join(words[:2])
            if pair in KNOWN_ORGS or pair in KNOWN_ORG_PHRASE_SET or pair in apart:
                continue  # "the Black Axe operation": an operation against a body a colour opens, no codename
        while not coloured and words and (words[0] in COMMON_CAPS or words[0] in KNOWN_ORGS):
            words.pop(0)
        while (
            len(words) > 1
            and words[0].endswith(("'s", "’s"))
            and (
                place_key(words[0][:-2]) in places()
                or words[0][:-2] in KNOWN_ORGS
                or (len(words[0]) > 4 and words[0][:-2].isupper())
            )
        ):
            words.pop(0)  # "Mexico's Tlaloc operation", "INTERPOL’s HAECHI III operation": whose, then its name
        if not words or any(
            (w in COMMON_CAPS and not (coloured and k == 0)) or w in KNOWN_ORGS for k, w in enumerate(words)
        ):
            continue
        if len(words) == 1 and (
            (_ADJECTIVE_ENDING.search(words[0]) and opens_a_line_or_sentence(text, m.start(1), "\"“‘'"))
            # (or a paragraph's first words set in capitals, as newspapers open one: "A COORDINATED operation
            # against …")
            or (
                words[0].isupper()
                and _ADJECTIVE_ENDING.search(words[0].lower())
                and _ARTICLE_OPENS_LINE.search(text, max(0, m.start(1) - 8), m.start(1))
            )
        ):
            continue  # "Significant operation in 43 countries", "Massive operation nets …": a sentence's capital
        if (
            len(words) == 1
            and len(words[0]) >= 6
            and words[0].endswith("ing")
            and _PLURAL_OBJECT_AFTER.match(text, m.end())
            and (
                opens_a_line_or_sentence(text, m.start(1), "\"“‘'")
                or text[max(0, m.start(1) - 3) : m.start(1)].rstrip(" \t")[-1:] in ("–", "—", "-")  # a dateline's dash
            )
        ):
            continue  # "Sharing operation details, the commissioner said": a verb and its object, no codename
        if m.group("kind") and len(words) < 2:
            continue  # "Andean police operation", "the Christmas security operation": what kind, not a codename
        if re.search(r"\bpolice\b", m.group("kind")) and (
            words[0] in _COMPASS_OPENERS
            or words[-1] in _PLACE_HEAD_WORDS
            or words[-1] in _FORCE_ADJECTIVES  # ("the Gauteng Provincial police operation")
            or all(place_key(w) in places() for w in words)  # ("a joint Kenya Uganda police operation")
        ):
            # "in North Island police operation": a region's name before "police" says whose police (a codename
            # stays one: "the Usalama Watch police operation")
            continue
        if any(
            "-" in w
            and (
                any(part in KNOWN_ORGS or part in ORG_HEADS for part in w.split("-"))
                # (or two countries' or places' names: "a Colombia-US operation", "the Kenya-Uganda operation")
                or all(place_key(part) in places() for part in w.split("-"))
            )
            for w in words
        ):
            # "INTERPOL-AFRIPOL operation", "a Europol-Eurojust operation", "NCB-Navy operation", "a Police-Army
            # operation": whose operation, not its name
            continue
        name = " ".join(words)
        core = " ".join(words[:-1]) if words[-1].isdigit() else name  # ("Lagos 2026": a place and a year)
        if not core or place_key(core) in places() or core.endswith(("'s", "’s")):
            continue  # "Dubai Police's operation 'Hidden Hands'": whose operation, not its name
        if _MODIFIER_END.search(name):
            continue  # "a Europol-backed operation", "an EU-wide operation": a compound modifier, not a codename
        if any(_body_word(w) for w in words):
            # (a possessive's "'s" off, not every final "s": "Customs"; a plural's: "Border Guards", "Forces'")
            continue  # "the Customs operation", "a Police operation": a body, not a codename
        if len(words) == 1 and words[0] in ORG_LEADS:
            continue  # "Federal operation rescues 593", "a National operation": a body's level, not a codename
        if (
            len(words) == 1
            and (joint := _BODY_AND_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))) is not None
            and (
                (len(joint.group(1)) >= 2 and joint.group(1).isupper())
                or joint.group(1) in KNOWN_ORGS
                or _body_word(joint.group(1))
            )
        ):
            continue  # "a joint GNDOCB and Revenue operation", "the Garda and Revenue operation": two bodies' drive
        if located is None:
            located = set()
            for prep, the, g in _LOCATIVE_NAME.findall(text):
                if prep not in _PLACE_PREPOSITIONS and not the and place_key(g) not in places():
                    continue
                located.add(g)
                located.update(g.split())  # "the Irrawaddy operation" beside "along the Irrawaddy Delta"
            # "the Addu operation" in a text that says "in Addu city"
            located.update(_NAMED_WITH_PLACE_NOUN.findall(text))
            for whole, part in _PART_OF_PLACE.findall(text):
                if place_key(whole) in places():
                    located.add(part)  # "the Ajegunle operation" in a text that says "in Lagos's Ajegunle"
        if name in located:
            continue  # "Mekong operation …" in a text that says "along the Mekong": where, not a codename
        if name.lower().endswith(("an", "ian", "ese", "ish", "ic")) and (
            not alone.written(name)
            # (a people's or a region's adjective, "European operation", needs the text to use it as a noun)
            or (_demonym_of_a_place(name) and not alone.written(name, _AS_A_NOUN_AFTER))
        ):
            # a demonym: "Caribbean operation", "Spanish operation" (the word elsewhere only inside a longer
            # name, "European operation" beside "European Anti-Fraud Office", is the adjective still)
            continue
        if described is None:
            described = [" " + d.group(1) for d in _DESCRIBED_THEN_NAMED.finditer(text)] if "named" in text else []
        if any(d.endswith(" " + name) for d in described):
            # "The 2014 World Cup operation, codenamed Operation SOGA V": what the drive was about, the codename
            # given after it (its every mention so: "a six-week World Cup operation carrying out 1,000 raids")
            continue
        start = m.start(1) + m.group(1).index(words[0])
        if (
            len(words) == 1
            and name[1:].islower()
            and opens_a_line_or_sentence(text, start)
            and name.lower() in (lower_words := _lower_words(text) if lower_words is None else lower_words)
        ):
            continue  # a heading's "Takedown operation" where the text writes "this takedown operation": a word
        add(start, start + len(name), how="before-keyword")
    # A capitalised word with a Roman numeral ("Liberterra II", "HAECHI III"),
    # in a text that speaks of operations.
    if _OPERATION_WORD.search(text):
        numbered = list(_numeral_names(text))
        # (each _PLACE_LIST_BEFORE match holds one of its nouns: a text of many names without one is looked
        # through once, not 120 characters back from each name)
        place_lists = len(numbered) < 16 or _PLACE_LIST_WORD.search(text) is not None
        # a body's short name in brackets anywhere ("the Navy's Naval Region III (Kodaeral III)") is no codename
        # where the text names it again ("congratulated Kodaeral III for the successful operation")
        # (not an operation's own short form: "Operation Mercury (Mercury III)")
        short_names = {
            text[m.start(1) : m.end()]
            for m in numbered
            if text.startswith(")", m.end())
            and _ABBREVIATION_OF_NAME.search(text, max(0, m.start() - 40), m.start())
            and not _OPERATION_WORD.search(text, max(0, m.start() - 40), m.start())
        }
        for m in numbered:
            if short_names and text[m.start(1) : m.end()] in short_names:
                continue
            if (
                short_names
                and text.startswith(" (", m.end())
                and (close := text.find(")", m.end() + 2, m.end() + 42)) >= 0
                and text[m.end() + 2 : close] in short_names
            ):
                continue  # "Naval Forces Command III (Koarmada III)": the body its short name stands for
            if place_lists and _PLACE_LIST_BEFORE.search(text, max(0, m.start() - 120), m.start()):
                continue  # "in barangays Lusaran, Sudlon II, Sudlon I, Pamutan": places listed, not codenames
            head, numeral = m.group(1), m.group(2)
            last_word = head.split()[-1]
            if not is_roman(numeral) or numeral == "I" or last_word in COMMON_CAPS or is_roman(last_word):
                continue
            if last_word in TITLE_WORDS:
                continue  # "Public Information Officer III Blaine Canlas": a post's grade, not a codename
            if last_word.lower() in _REFERENCE_WORDS:
                continue  # "Article II of Republic Act 9165", "Schedule IV", "Part III": a reference, not a codename
            if last_word in _MODEL_MARKS:
                continue  # "a Toyota Mark X", "a Lee-Enfield Mk III": a make's model, not a codename
            if head.split()[0] in COMMON_CAPS:
                continue
            if head.split()[0] in _PLACE_LEADS or _word_before(text, m.start(1)) in _PLACE_LEADS:
                continue  # "a second raid in Barangay San Isidro III": a place's name, not a codename
            if _word_before(text, m.start(1)) in _VESSEL_PREFIXES or _VESSEL_NOUN_BEFORE.search(
                text, max(0, m.start(1) - 60), m.start(1)
            ):
                # "the FB Ruby Star II", "MV Nordic Star III", "the patrol vessels 'Colimbo II' and 'Fénix III'": a
                # vessel's name, not a codename
                continue
            if head.split()[0] in KEYWORD_WORDS:
                continue  # "Ops Rimba III", "Operation Sandstorm II": the keyword's own match reads the name
            if " " not in head and (
                given := _GIVEN_OR_INITIAL_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
            ):
                if given.group(1) in all_given_names():
                    continue  # "PCol. Serafin F. Petalio II": a person's generation, no codename
            if (
                head.count(" ") == 1
                and head.split()[0] in given_names()
                # (a known family name, or any but a common word: "Santos" is a place too)
                and (head.split()[1] in family_names() or head.split()[1] not in COMMON_CAPS)
                # (an apposition says it is an operation: "Jade Storm II, its annual operation, …")
                and not _OPERATION_APPOSITION_AFTER.match(text, m.end())
                and not _OPERATION_WORD.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "Juan Santos III": a given and a family name, then the generation
            code = _word_before(text, m.start(1))
            if _TYPE_CODE.fullmatch(code) and not _NOT_A_TYPE_CODE.fullmatch(code):
                continue  # "a Piper PA-34-200T Seneca II": a model's name after its type code, not a codename
            lead = next((k for k, w in enumerate(head.split()) if w in _SERIES_NOUNS), None)
            if lead is not None:
                if lead == len(head.split()) - 1:
                    continue  # "Phase III": a stage, no name
                # "the Naval Campaign Trident IV": the codename is what follows the series' noun
                skip = head.split()[lead]
                start = text.index(skip, m.start(1)) + len(skip) + 1
                add(start, m.end(), how="numeral")
                continue
            if text.startswith(")", m.end()) and _ABBREVIATION_OF_NAME.search(text, max(0, m.start() - 40), m.start()):
                continue  # "the Navy's Eastern Fleet Command (Koarmada III)": the body's short name in brackets
            after = _LOWER_WORD_AFTER.match(text, m.end())
            if after and after.group(1) in _PLACE_NOUNS:
                continue  # "at the Nădlac II crossing", "Kamoto II mine": a place's name, not a codename
            if (
                (head_after := _CAPITALISED_WORD_AFTER.match(text, m.end()))
                and head_after.group(1) in ORG_HEADS
                and head_after.group(1) not in _OPERATION_TEAM_WORDS
            ):
                # "the Port Harcourt Area II Command", "the Division II Command", "Hassan II University": a body's name
                # goes on after the numeral ("the Lionfish III Team", "Pangea XVI Task Force" are an operation's)
                continue
            owner = _OWNER_BEFORE_NAME.match(text, m.start(), m.end())
            if owner and owner.end() >= m.start(2):
                continue  # "Yerlikaya's X account": the owner's possessive, then a letter alone, no codename
            # "INTERPOL’s HAECHI III": whose operation, then its name
            add(owner.end() if owner else m.start(), m.end(), how="numeral")
    # "earlier operations ...: Archimedes in 2014, Blue Amber in 2015 and Dragon in 2017"
    for m in _OP_LIST.finditer(text):
        items = re.split(r",\s*|\s+and\s+", m.group(1))
        cursor = m.start(1)
        for item in items:
            pos = text.find(item, cursor)
            cursor = pos + len(item)
            im = re.fullmatch(r"((?:[A-Z][\w'’-]{1,40} ?){1,3}?)\s*(?:in|\()\s*((?:19|20)\d\d)\)?", item.strip())
            if im and im.group(1).split()[0] not in OP_STOP:
                s = pos + item.index(im.group(1))
                add(s, s + len(im.group(1).strip()), how="list")
    # "operations, such as 2018's Lionfish"
    for m in _OP_SUCH_AS.finditer(text):
        got = _operation_name_at(text, m.start(1), max_tokens=3, after_keyword=True)
        if got:
            add(*got, how="such-as")
    # Other editions of a series found above: "Tidemark 9" beside "Operation
    # Tidemark 10", "Clear Sky 2023" beside "Clear Sky 2025".
    heads: dict[str, None] = {}
    for s in spans:
        m = _EDITION.search(s.name)
        if m and m.start() > 0:
            heads[s.name[: m.start()]] = None
        elif not m and " " in s.name:
            heads[s.name] = None  # "Mae Kok Sweep" found: "Mae Kok Sweep 2" is one of its editions
    known_names = {s.name for s in spans}
    if heads:
        for head, found in WordFinder(heads, hyphen_joins=False).find(text).items():
            bare_ok = head not in known_names and _bare_series_name(head)
            for start, end in found:
                m = _EDITION_AFTER.match(text, end)
                if m and text[start : m.end()] not in known_names:
                    add(start, m.end(), how="edition")
                elif not m and bare_ok and _earlier_edition(text, start, end):
                    # "The first Kifaru Watch, in 2019, …" beside "Kifaru Watch 2024": the series
                    # named alone is an earlier edition of it
                    add(start, end, how="series")
    _ordinal_editions(text, spans)
    # An action's or an operation's own letters with its edition, in brackets after its written-out name: "the
    # fifth European Money Mule Action (EMMA 5)", "the Global Airport Action Days (GAAD 2024)": the codename the
    # text goes on to use (the letters spell the name's capitals)
    if "(" in text:
        for m in _EDITION_LETTERS.finditer(text):
            if not text[max(0, m.start() - 12) : m.start()].rstrip().endswith(_ACTION_WORDS):
                continue  # (the name's last word is looked at first: most brackets follow no action's name)
            named = _ACTION_NAME_BEFORE.search(text, max(0, m.start() - 90), m.start())
            if named and "".join(w[0] for w in named.group(1).split() if w[0].isupper()) == m.group(2):
                add(m.start(1), m.end(1), how="short-form")
    spans = _without_title_case_headline_words(text, spans)
    _one_spelling(spans)
    # A naming word opening a sentence before a numeral's codename: "Branded GRYPHON II, the operation focused on …"
    spans = [
        replace(s, start=s.start + len(first) + 1, name=rest)
        if s.rule == "operation-numeral"
        and " " in s.name
        and (first := s.name.split(" ", 1)[0]).lower() in _NAMING_WORDS
        and (rest := s.name.split(" ", 1)[1])
        else s
        for s in spans
    ]
    # A codename with "and" where the text names its first part alone after the keyword too: a heading's "Details of
    # Operation Guacatal and Charges" beside "named Operation Guacatal, …" is the codename and a word of the
    # heading ("Hold and Seek", written so each time, stays whole)
    alone = {s.name for s in spans if s.rule == "operation-keyword" and " and " not in s.name}
    if alone:
        spans = [
            replace(s, end=s.start + len(first), name=first)
            if s.rule == "operation-keyword" and " and " in s.name and (first := s.name.split(" and ", 1)[0]) in alone
            else s
            for s in spans
        ]
    # A series' name in quotes before the word ("the Navy's 'Orión' campaign") where the text names an edition
    # of it with its numeral ("Orión XVI"): the series, which the guide does not list beside its editions
    if any(s.rule == "operation-quoted-before" for s in spans):
        heads = {s.name[: m.start()] for s in spans if (m := _EDITION.search(s.name)) and m.start() > 0}
        spans = [s for s in spans if s.rule != "operation-quoted-before" or s.name not in heads]
    # A name in brackets right after another's, with its own keyword perhaps: the same operation in the language of
    # the body that ran it ("Operation White Sand (Operação Areia Branca)"), named as the text first names it
    aliases: dict[str, str] = {}
    if "(" in text:
        by_end = {s.end: s for s in spans}
        for s in spans:
            bracket = _BRACKET_OPENS_BEFORE.search(text, max(0, s.start - 24), s.start)
            first = by_end.get(bracket.start()) if bracket else None
            closes = text.find(")", s.end, s.end + 30)
            if (
                first is not None
                and closes >= 0
                and (
                    not text[s.end : closes].strip(" \t\"”’»'")
                    # (the language it is in, said after it: "(Operación Nueva Alianza XXII in Spanish)")
                    or (
                        (language := _IN_A_LANGUAGE.fullmatch(text, s.end, closes)) is not None
                        and people_adjective(language.group(1))
                    )
                )
                and s.name.split()[0] != first.name.split()[0]  # (not an edition: "Lionfish (Lionfish II)")
            ):
                aliases[s.name] = first.name
        if aliases:
            spans = [replace(s, name=aliases[s.name]) if s.name in aliases else s for s in spans]
    # A name of months or days and a year alone is when, not what: "the November-December 2024 operation",
    # "operation May–June" (two words at least: a codename of one such word is read where it is found)
    spans = [s for s in spans if not _only_calendar(s.name)]
    # Every further occurrence of a name found above.
    # longest first, names of one length in text order (a set's order would change with the hash seed)
    names = sorted(dict.fromkeys(s.name for s in spans), key=len, reverse=True)
    # (a name in the body's own language, said again alone, is the operation it stands for: see aliases above)
    written = names + sorted(set(aliases) - set(names), key=len, reverse=True)
    if names:
        lowered = lower_same_length(text)
        hits = find_words(lowered, [name.lower() for name in written])
        for name in written:
            for start, end in hits.get(name.lower(), ()):
                if _POSSESSIVE_AHEAD.match(text, end):
                    continue
                said = aliases.get(name, name)
                if (year := _YEAR_RIGHT_AFTER.match(text, end)) and not YEAR_WORD.match(said.rsplit(None, 1)[-1]):
                    # the name said again with its year: "Operation Kurukuru" … "Kurukuru 2014 covered …" (the
                    # fullest form, as the guide lists it)
                    end, said = year.end(), f"{said} {year.group(1)}"
                spans.append(Span(OPERATION, start, end, said, rule="operation-repeat"))
    return spans
