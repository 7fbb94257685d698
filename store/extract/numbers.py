"""Numbers as reports write them: ``1,300``, ``14 260``, ``1.3 million``,
``eleven``, ``Forty-nine``, ``half a tonne``, ``€1.4m``, ``USD 5.7 billion``.

Pure functions: text in, :class:`Number` spans out.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..text import lower_same_length
from .dates import MONTH_WORDS
from .lexicon import iso_currency_codes
from .patterns import by_first_character, dispatch
from .wordlists import entries
from .wordlists import words as word_list

__all__ = ["Number", "find_numbers", "parse_word_number", "QUALIFIERS"]

# Patterns used inside loops, compiled once.
_DIGIT_SEPARATORS = re.compile(r"[,'’\s\u00a0\u202f\u2009]")
_YEAR_DIGITS = re.compile(r"(19|20)\d\d")
_PLAIN_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Number:
    """A number written in a text, with the span that states it."""

    value: float
    start: int
    end: int
    currency: str | None = None  # ISO code when the number is money
    is_year: bool = False
    is_ordinal: bool = False
    written: str = ""


_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
#: The number words a count can be written with ("eleven", "fifty"), scales aside.
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS)
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "thousand million": 1_000_000_000,  # the long scale's "mil millones", translated
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,  # only after a hyphen, in capitals: "P1.2-B"
    "mil": 1_000_000,
    "bil": 1_000_000_000,
    "mln": 1_000_000,
    "bln": 1_000_000_000,
    "k": 1_000,
    "dozen": 12,
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "cr": 10_000_000,  # South Asian press: "Tk 88.4 cr", "Rs 5 cr"
    "millions": 1_000_000,  # "nearly 6 millions pills"
    "billions": 1_000_000_000,
}
#: The scales written as words ("MILLION" shouted in a headline is no acronym)
SCALE_WORDS = frozenset(w for w in _SCALES if len(w) > 3)

_CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₩": "KRW",
    "฿": "THB",
    "₽": "RUB",
    "₺": "TRY",
    "₴": "UAH",
    "₵": "GHS",  # Ghana's cedi, also written "GH₵" or "GH¢"
    "¢": "GHS",  # "GH¢3.2 million" (a cent sign comes after its number: "50¢")
    "Rs": "INR",
    "Rp": "IDR",
    "Rp.": "IDR",
    "RM": "MYR",
    "Tk": "BDT",
    "Tk.": "BDT",
    "৳": "BDT",
    "Rs.": "INR",
    "KSh": "KES",
    "Ksh": "KES",
    "Sh": "KES",
    "PhP": "PHP",  # the Philippine press's own letters: "PhP 2.3 billion worth of …", "Php 22.3 million"
    "Php": "PHP",
    # the Gulf press's own letters before a sum: "KD 214,000", "BD 5,000", "QR 2 million", "SR 40,000", "RO 12,000"
    # the CFA franc's letters before a sum, as Francophone West and Central African press writes them: "FCFA 10
    # million" (XOF; the text's countries make it XAF, as for "CFA francs" after a sum)
    "CFA": "XOF",
    "FCFA": "XOF",
    "FCfa": "XOF",  # (as Senegal's press writes it: "worth FCfa 2 billion")
    "KD": "KWD",
    "BD": "BHD",
    "QR": "QAR",
    "SR": "SAR",
    "RO": "OMR",
    # Egypt's press writes the pound "LE" (livre égyptienne) or "E£" before a sum: "LE144 million"
    "LE": "EGP",
    "E£": "EGP",
    # Bolivia's boliviano ("Bs 214,000", "Bs. 1.2 million"; Venezuela's bolívar is written alike: currencies.py),
    # Vietnam's dong with its own letter ("VNĐ 740 million")
    "Bs": "BOB",
    "Bs.": "BOB",
    "VNĐ": "VND",
}
#: Dollars of other countries, written with letters glued before the "$".
_LOCAL_DOLLARS = {
    "HK": "HKD",
    "NZ": "NZD",
    "A": "AUD",
    "AU": "AUD",
    "C": "CAD",
    "CA": "CAD",
    "CAD": "CAD",
    "AUD": "AUD",
    "NZD": "NZD",
    "HKD": "HKD",
    "SGD": "SGD",
    "S": "SGD",
    "SG": "SGD",
    "NT": "TWD",
    "R": "BRL",
    "N": "NAD",
    "MX": "MXN",
    "J": "JMD",
    "TT": "TTD",
    "T&T": "TTD",
    "EC": "XCD",
    "RD": "DOP",  # Dominican peso: "RD$1.2 million"
    "BZ": "BZD",
    "FJ": "FJD",
    "SI": "SBD",  # Solomon Islands dollar
    "BDS": "BBD",  # Barbados dollar: "BDS$"
    "G": "GYD",  # Guyana dollar: "G$"
    "L": "LRD",  # Liberian dollar: "L$38,000,000"
    "LD": "LRD",  # Liberian dollar: "LD$3.8 million"
}
# ("T&T$167 million": Trinidad and Tobago's dollar; "Gy$26 million": some write the letters after the first small)
_LETTERS_BEFORE = re.compile(r"(T&T|[A-Z][A-Za-z]{0,2})$")
_SPACED_LETTERS_BEFORE = re.compile(r"(?<![\w.])([A-Z]{2,3}) $")


@functools.lru_cache(maxsize=256)
def _country_dollar(letters: str) -> str | None:
    """The dollar of the country whose two-letter code is glued before a "$"
    ("GY$", "LR$", "BS$"): ISO 4217 codes a country's currency by its
    ISO 3166 code and a letter, so the code is that and "D" when ISO names
    such a currency a dollar."""
    if len(letters) != 2:
        return None
    import pycountry

    currency = pycountry.currencies.get(alpha_3=letters + "D")
    return currency.alpha_3 if currency is not None and "Dollar" in currency.name else None


#: Currency signs written in letters glued before a scaled or grouped sum
#: (a bare "R40" is a road, "N12" a grid square: the sum must read as money).
# ("K86,500": Papua New Guinea's kina, Zambia's and Malawi's kwacha, Myanmar's kyat — currencies.py
# takes the one of the country the text names)
# ("Shs48.6 million", "UShs 2bn", "TShs 4m": East Africa's shilling, the country's where the letters do not say;
# "Q184,600": Guatemala's quetzal)
_GLUED_CURRENCY = {
    "P": "PHP",
    "R": "ZAR",
    "N": "NGN",
    "Dh": "AED",
    "Dhs": "AED",
    "K": "PGK",
    "Shs": "KES",
    "KShs": "KES",
    "UShs": "UGX",
    "USh": "UGX",
    "TShs": "TZS",
    "TSh": "TZS",
    "Tsh": "TZS",
    "Q": "GTQ",
    "B": "THB",  # the Thai press's baht: "B327 million", "Bt5 million"
    "Bt": "THB",
}
_GLUED_PREFIX = re.compile(r"(?<![\w$])(" + "|".join(sorted(_GLUED_CURRENCY, key=len, reverse=True)) + ")$")
# The one-letter signs of _GLUED_CURRENCY, and a sum of millions written with its groups ("3,400,000")
_SIGN_LETTERS = frozenset(k for k in _GLUED_CURRENCY if len(k) == 1)
_MILLIONS_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")
# Peru's sol, written "S/" (older "S/. "), before a sum; not inside a word or a path ("items/ 5", "S/S 40")
_SOL_BEFORE = re.compile(r"(?<![\w/])S/\.?\s?$")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_CURRENCY_CODES = {
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CHF",
    "CNY",
    "AUD",
    "CAD",
    "INR",
    "BRL",
    "ZAR",
    "NGN",
    "KES",
    "GHS",
    "MXN",
    "COP",
    "ARS",
    "PHP",
    "THB",
    "IDR",
    "MYR",
    "SGD",
    "HKD",
    "KRW",
    "AED",
    "SAR",
    "TRY",
    "RUB",
    "PKR",
    # more of ISO 4217, as releases from those countries write them (not
    # the codes that are English words: ALL, CUP, TOP, BOB …; MAD and PEN, in
    # capitals before a number, are Morocco's dirham and Peru's sol)
    "MAD",
    "PEN",
    "VND",
    "UAH",
    "PLN",
    "RON",
    "HUF",
    "CZK",
    "RSD",
    "SEK",
    "NOK",
    "DKK",
    "EGP",
    "TZS",
    "UGX",
    "ZMW",
    "XOF",
    "XAF",
    "ETB",
    "BDT",
    "LKR",
    "NPR",
    "MMK",
    "KHR",
    "CLP",
    "UYU",
    "PYG",
    "GTQ",
    "HNL",
    "DOP",
    "JMD",
    "TTD",
    "NZD",
    "TWD",
    "ILS",
    "IQD",
    "JOD",
    "KWD",
    "QAR",
    "OMR",
    "BHD",
    "LBP",
    "AFN",
    "KZT",
    "UZS",
    "AZN",
    "MKD",
    "XCD",
    "NAD",
    "BWP",
    "MZN",
    "AOA",
    "RWF",
    "CDF",
    "MWK",
    "GEL",
    "AMD",
    "KGS",
    "TJS",
    "BYN",
    "MDL",
    "MNT",
    "LAK",
    "BND",
    "FJD",
    "PGK",
    "SBD",
    "WST",
    "TND",
    "DZD",
    "MUR",
    "ISK",
}
_CURRENCY_CODES |= word_list("withdrawn_currency_codes")  # ("200,000 BGN": the lev, before the euro)
_CURRENCY_WORDS = {
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "rupees": "INR",
    "naira": "NGN",
    "shillings": "KES",
    "rand": "ZAR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "dirhams": "AED",
    "reais": "BRL",
    "pesos": "MXN",  # the peso most written; currencies.py takes the one of the country the text names
    "peso": "MXN",  # (after a scale, as translated releases write it: "3.5 million peso in cash")
    # one country's currency, so the word alone names it
    "lei": "RON",  # Romania's (Moldova's leu is written "Moldovan lei": MDL below)
    "moldovan lei": "MDL",
    "zloty": "PLN",
    "zlotys": "PLN",
    "kwacha": "ZMW",  # Zambia's and Malawi's (currencies.py takes the one of the country the text names)
    "złoty": "PLN",  # (as Poland writes it)
    "złotys": "PLN",
    "hryvnias": "UAH",
    "hryvnia": "UAH",
    "roubles": "RUB",
    "rubles": "RUB",
    "lira": "TRY",
    "liras": "TRY",  # (Turkish agencies' English: "11.4 million liras")
    "cedis": "GHS",
    "taka": "BDT",
    "kyat": "MMK",
    "kyats": "MMK",  # (the English plural: "15.92 billion kyats")
    "dong": "VND",
    "won": "KRW",
    "kuna": "HRK",
    "forints": "HUF",
    "koruna": "CZK",
    "dinars": "RSD",  # Serbia's in Balkan reporting; other dinars are written with their country
    "cfa francs": "XOF",  # West Africa's franc ("2 million CFA francs"; Central Africa's XAF is written alike)
    "fcfa": "XOF",  # the same, as Francophone press writes it ("500,000 FCFA")
    "f cfa": "XOF",  # the same, with a space
    "manats": "AZN",  # Azerbaijan's (releases of its interior ministry: "9.4 million manats")
    "manat": "AZN",
    "tenge": "KZT",  # Kazakhstan's
    "lari": "GEL",  # Georgia's
    "drams": "AMD",  # Armenia's
    "somoni": "TJS",  # Tajikistan's
    "yen": "JPY",  # Japan's
    "birr": "ETB",  # Ethiopia's
    "riels": "KHR",  # Cambodia's
    "afghanis": "AFN",  # Afghanistan's
    "soles": "PEN",  # Peru's ("12 million soles")
    "quetzales": "GTQ",  # Guatemala's
    "lempiras": "HNL",  # Honduras's
    "colones": "CRC",  # Costa Rica's
    "bolivianos": "BOB",  # Bolivia's
    "guaranies": "PYG",  # Paraguay's
    "guaraníes": "PYG",
    "kwanzas": "AOA",  # Angola's
    "meticais": "MZN",  # Mozambique's
    "dalasis": "GMD",  # the Gambia's
    "leones": "SLE",  # Sierra Leone's
    "soums": "UZS",  # Uzbekistan's ("2.4 billion soums")
    "soum": "UZS",
    "som": "KGS",  # Kyrgyzstan's (and the English plural of Uzbekistan's so'm: currencies.py takes the country's)
    "soms": "KGS",
    "tugriks": "MNT",  # Mongolia's
    "rials": "OMR",  # Oman's, Iran's and Yemen's (currencies.py takes the one of the country the text names)
    "riyals": "SAR",  # Saudi Arabia's and Qatar's (the same)
    "denars": "MKD",  # North Macedonia's
    "crowns": "CZK",  # the koruna, the krone and the krona in English (currencies.py takes the country's)
    "korunas": "CZK",
    "kroner": "DKK",  # Denmark's and Norway's (currencies.py)
    "kronor": "SEK",  # Sweden's
    "leva": "BGN",  # Bulgaria's lev, in the plural ("worth 2.3 million leva")
    "levs": "BGN",
}

#: The hedges the annotation guide keeps (``words/figure_qualifiers.txt``),
#: longest first so "just over" wins over "over".
QUALIFIERS = tuple(sorted((q for q, _ in entries("figure_qualifiers")), key=len, reverse=True))

# One to ninety-nine in words: a ten with or without a unit after it ("twenty-two", "forty"), or a
# unit or a teen alone ("two twelve-round rifles" is two rifles, not fourteen)
_WORD_ATOM = (
    "(?:(?:" + "|".join(_TENS) + r")(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    "|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
)
# (after a scale word a number goes on, with or without "and": "one thousand one hundred and forty")
_WORD_NUMBER = (
    rf"(?:{_WORD_ATOM}"
    r"(?:\s+(?:hundred|thousand|million|billion|dozen))*"
    rf"(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+(?:and\s+)?{_WORD_ATOM}"
    r"(?:\s+(?:hundred|thousand|million|billion)){0,2}){0,4}"
    r"|half\s+a(?=\s)|a\s+dozen|dozens|hundreds|thousands"
    # one of a unit, written "a": "seized over a ton of fentanyl pills", "a kilo of cocaine"
    # (not a part of one: "over a quarter of a ton of cannabis")
    r"|(?<!quarter\sof\s)(?<!quarters\sof\s)(?<!third\sof\s)(?<!thirds\sof\s)(?<!fraction\sof\s)"
    r"a(?=\s+(?:metric\s+)?(?:tonnes?|tons?|kilos?|kilogra(?:m|mme)s?)\s+of\s)"
    # one of a scale, written "a": "more than a million glass eels", "a thousand rounds" (the scale read after it)
    # (not a part of one, "a quarter of a million", nor a rate, "one in a thousand")
    r"|(?<!of\s)(?<!\bin\s)a(?=\s+(?:million|billion|thousand)\b(?!-)))"
)

_SEP_SPACE = "[ \u00a0\u202f\u2009]"
# (South Africa's rand written with blanks between its thousands, glued to its "R": "R23 450")
_GROUPED_RAND = re.compile(rf"\d{{1,3}}(?:{_SEP_SPACE}\d{{3}})+")
_DIGITS = (
    # a decimal comma before a scale word or a unit, as much of Europe writes it: "EUR 1,7 million", "2,5 bn",
    # "7,7 kg", "4,3 kilograms" (a group of thousands has three digits)
    # (or four to six decimals, never a group of thousands: "4,5365 gr of heroin")
    r"\d{1,3},(?:\d{1,2}|\d{4,6})(?=\s?(?:million|billion|mln|bln|bn|mn"
    r"|kgs?|kilos?|kilogra(?:m|mme)s?|grams?|grammes?|grs?|g|tonnes?|tons?|t|litres?|liters?|l)\b)"
    # South Asian grouping in lakhs and crores: "1,20,000" (120,000), "3,50,00,000"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?"
    rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d])"  # 1,300 / 27,500.5 (not "4,5365": no group has four digits)
    rf"|\d{{1,3}}(?:{_SEP_SPACE}\d{{3}})+(?![\d,.]\d)"  # 14 260
    # thousands parted by apostrophes, as Swiss and some international releases write them: "1’000 individuals"
    r"|\d{1,3}(?:['’]\d{3})+(?![\d,.'’]\d)"
    # thousands parted by stops, as continental European and Latin American releases write them: "1.250.000
    # pills", and a round thousand of a count or a sum, "40.000 pills", "3.000 euros" (not a weight or a volume:
    # Indian police write "2.000 kg" for two kilograms, to the gram; "2.500 kg" is a decimal either way)
    r"|\d{1,3}(?:\.\d{3}){2,}(?![\d,.]\d)"
    r"|(?P<thou>\d{1,3}\.000)(?![\d,.]\d)"
    r"(?!\s?(?i:kgs?|kilo|gram|gm|g\b|grs?\b|gr\b|mg|tonnes?|tons?|t\b|lit|l\b|ml|lb|pounds|ounces|oz))"
    # a comma and a blank between thousands, as some West and East African press sets them: "arrested 2, 175
    # suspects", "over 15, 345 animals" (a word in lower case after it; not a list, "110, 111 or 170")
    r"|(?P<spaced>\d{1,3},[ ]\d{3})(?=[ \u00a0]+(?-i:[a-z]))(?![ \u00a0]+(?:or|and|to|per|nor)\b)"
    r"|\d+(?:\.\d+)?"  # 1300 / 10.1
)
# A word that numbers what follows it: "day 2, 145 suspects", "week 3, 450", "the first 40, 120 others"
_ORDINAL_WORD_BEFORE = re.compile(
    r"(?i:\b(?:day|week|month|year|phase|round|stage|part|chapter|article|section|no|number|first|last|top|aged|ages"
    r"|page|pages|group|zone|district|unit|lot|batch|wave|step|level|grade|class|room|ward|block|line|item|items)"
    r"\.?[ \u00a0])$"
)
# A month's name right before a number: "April 24, 496 boats" is a date, then a count
_MONTH_BEFORE = re.compile(r"(?i:" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + r")\.?[ \u00a0]$")
# Goods counted or weighed after a bare number and a glued "m", as headlines write millions: "1.3m tramadol pills",
# "Police Seize 1.3m Tramadol Pills", "1.5m tons of waste" (a plural of goods or a unit of mass or volume, in the
# words before a preposition). A length has none, or is one thing's: "a 5m wall", "3m of cable", "a 40m drug tunnel",
# "two 12m containers", "cut into 2m pieces".
_MILLION_GOODS = frozenset(w for w in word_list("figure_goods_nouns") if w.endswith("s")) | frozenset(
    written for entry, _ in entries("figure_units") if len(written := entry.partition(" = ")[0].lower()) > 1
)
_WORDS_AFTER_M = re.compile(
    r"(?:[ \u00a0](?!(?i:of|in|at|on|from|to|for|and|or|with|by|into|near|was|were|is|are)\b)[A-Za-z]+){1,3}"
)
# One thing measured, or several: "a 40m tunnel", "two 12m containers", "into 2m pieces", "each 3m long"
_ONE_MEASURED_BEFORE = re.compile(
    r"(?i:\b(?:a|an|one|the|each|per|into|two|three|four|five|six|seven|eight|nine|ten|\d+)[ \t]+)$"
)


def _millions_of_goods(text: str, start: int, end: int) -> bool:
    if _ONE_MEASURED_BEFORE.search(text, max(0, start - 12), start):
        return False
    words = _WORDS_AFTER_M.match(text, end)
    return words is not None and any(w.lower() in _MILLION_GOODS for w in words.group().split())


_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_SCALE_WORD = (
    # ("6 millions pills": the plural a translated release writes after a number)
    # (a hyphen before a whole scale word, as some press writes a sum: "a $288-million stash")
    # (and a short scale after a hyphen, as the Philippine press writes a sum: "P6.8-M shabu", "P1.2-B")
    # ("482 thousand million pesos": a billion, as translated Latin American releases write "mil millones")
    r"(?:[\s-]?(?:millions?|billions?|trillion|thousand(?:[ ]million)?|lakh|lakhs|crore|crores)\b|\sdozen\b"
    # ("RM3.1bil", "RM500mil": the Malaysian press's short scales)
    r"|\s?(?:m|mn|mil|bil|mln|bln|bn|k|cr)\b(?![²³])"
    r"|-(?-i:M|B|Mn|Bn)\b(?![²³-])"
    # (a "b" glued to a sum with its currency before it, as headlines write billions: "RM1.04b", "$2.1b", "KSh 8.2B")
    r"|(?(pre)(?<=\d)(?-i:[bB])\b(?![²³-])|(?!)))"
)

_NUMBER_RE = re.compile(
    rf"""
    (?P<pre>(?:US\$|[$€£¥₹₦₱₫₩฿₽₺₴৳₵¢])\s?|(?:Rs\.?|Rp\.?|RM|Tk\.?|KSh|Ksh|Sh|Ph[pP]|KD|BD|QR|SR|RO|LE|E£|F?CFA|FCfa|Bs\.?|VNĐ)\s?|(?:{"|".join(sorted(_CURRENCY_CODES))})\s?)?
    (?:
        (?P<digits>(?:(?<![\w.,])|(?<=Rs)|(?<=Rs\.)|(?<=Rp)|(?<=Rp\.)|(?<=RM)|(?<=Tk)|(?<=Tk\.)|(?<=\b[PRNKQB])(?=[\d,.]+(?:\s?|-)(?:million|billion|m|bn|b)\b|\d{{1,3}}(?:,\d{{3}})+)|(?<=\bBt)(?=[\d,.]+(?:\s?|-)(?:million|billion|m|bn|b)\b|\d{{1,3}}(?:,\d{{3}})+)|(?<=\bR)(?=\d{{1,3}}(?:{_SEP_SPACE}\d{{3}})+(?![\d,.]\d)(?!\s?(?:k?m|metres|meters|kilomet(?:re|er)s)\b))|(?<=\bDh)|(?<=\bDhs)|(?<=Sh)|(?<=Shs)|(?<=Tsh)|(?<=\bLE)|(?<=E£)|(?(pre)(?<=[A-Z]{{3}})|(?!)))(?:{_DIGITS}))(?P<ord>st|nd|rd|th)?
      | (?P<words>(?<![\w-])(?:{_WORD_NUMBER}))(?![\w-])
    )
    (?P<scale>{_SCALE_WORD})?
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The same pattern for a number that starts on a digit, where no currency sign
# or code can begin: the group of those ("pre", its own line above) is kept but
# never matches, so ``re`` does not try a hundred and fifty codes before the
# digits. It matches exactly what _NUMBER_RE matches there (and is _NUMBER_RE
# itself should that line change shape).
_NUMBER_AT_DIGIT_RE = re.compile(
    re.sub(r"\(\?P<pre>[^\n]*\)\?\n", lambda _: "(?P<pre>(?!))?\n", _NUMBER_RE.pattern, count=1),
    _NUMBER_RE.flags,
)


_WORD_STARTS = sorted(
    list(_UNITS)
    + list(_TENS)
    + ["half", "a dozen", "dozens", "hundreds", "thousands"]
    + ["a ton", "a tonne", "a kilo", "a kilogram", "a kilogramme", "a metric ton", "a metric tonne"]
    + ["a million", "a billion", "a thousand"],
    key=len,
    reverse=True,
)
# Where a number may start: a digit, a currency sign or code, a number word.
# Scanning for these first and matching the full pattern only there is
# several times faster than running the full pattern at every position.
# Where a number may start: a digit, a currency sign or code (searched in
# the text), a number word (searched in the lower-cased text, which is
# several times faster than a case-insensitive pattern).
# Each pattern begins with one character class, which re can skip ahead to
# (see .patterns). A number never starts inside a run of digits, so a run
# is one candidate.
_CODE_FIRSTS, _CODE_REST = by_first_character(
    [
        "US",
        "Rs",
        "Rp",
        "RM",
        "Tk",
        "KSh",
        "Ksh",
        "Sh",
        "PhP",
        "Php",
        "KD",
        "BD",
        "QR",
        "SR",
        "RO",
        "LE",
        "E£",
        "CFA",
        "FCFA",
        "FCfa",
        "Bs",
        "VNĐ",
    ]
    + sorted(_CURRENCY_CODES)
)
_DIGIT_START = re.compile(
    rf"[$€£¥₹₦₱₫₩฿₽₺₴৳₵¢\d{_CODE_FIRSTS}](?:(?<=[$€£¥₹₦₱₫₩฿₽₺₴৳₵¢])|(?<=\d)\d*|(?<!\w.){_CODE_REST}(?:\b|(?<=s)\.|(?=\d)))"
)
_WORD_START = re.compile(dispatch(_WORD_STARTS, word_start=True) + r"\b")


# A noun after the letters: "300 AMD processors", "40 SAR aircraft": a maker or a kind, not a currency
_NOUN_AFTER_CODE = re.compile(
    r"\s+(?!(?:in|and|or|of|worth|from|was|were|is|are|each|per|to|at|on|for|with|by|as|had|has|have|that|which"
    # (a preposition or an adverb after the code is no noun it labels: "1,500 billion VND through bank accounts")
    r"|through|into|via|over|under|after|before|during|since|across|between|within|out|abroad|overseas|annually"
    r"|yearly|monthly|daily|last|this|when|while|then|back|but|so|if|among|around|about|against)\b)"
    r"[a-z]"
)
_CODE_AFTER = re.compile(r"\s?(" + "|".join(sorted(_CURRENCY_CODES)) + r")\b")
# A dollar's ISO code after a sum written with a bare "$" (a country's two letters and "D": _country_dollar)
_DOLLAR_CODE_AFTER = re.compile(r"[ \t]?([A-Z]{2}D)\b")
# A bare "$" whose country is named after the sum: "$84,000 in Canadian currency", "$2.5 million Canadian.",
# "$86,350 in Australian dollars", "$250,000 in Mexican currency" (the country's words looked up with the unit word,
# else "dollars", else "pesos": "$84,000 in Toronto" is none; a place after "in" is where, not whose: "$1.3 million
# in Hong Kong")
_DOLLAR_COUNTRY_AFTER = re.compile(
    r"[ \t]+(?:in[ \t]+(?=[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:dollars|pesos|currency|cash|funds)\b))?"
    r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?:[ \t]+(dollars?|pesos?|currency|cash|funds)\b|(?=[.,;:)]|\n|$))"
)

# The peso's word right after a sum written with "$" ("$29,000,000,000 pesos", "$3,500 Mexican pesos" is the
# pattern above's)
_PESOS_AFTER = re.compile(r"[ \u00a0]pesos?\b", re.I)


def _dollar_sign_country(country: re.Match) -> str | None:
    """The code of the currency written with "$" that the words after a bare "$" sum name ("in Canadian currency",
    "in Mexican pesos", "Canadian."): the unit word's own, else the country's dollar, else its peso (the other
    currencies written with "$")."""
    table = _named_currencies()
    words_ = " ".join(country.group(1).split()).lower()
    unit = (country.group(2) or "").lower()
    if unit in ("dollar", "dollars", "peso", "pesos"):
        return table.get((words_, unit.rstrip("s") + "s"))
    return table.get((words_, "dollars")) or table.get((words_, "pesos"))


# A currency written in words after a sum ("18.6 million tenge"): every word of _CURRENCY_WORDS but
# the pound's, which after a number is a weight ("176 pounds of cocaine")
_WORD_AFTER = re.compile(
    r"\s+("
    + "|".join(re.escape(w) for w in sorted(_CURRENCY_WORDS, key=len, reverse=True) if w not in ("pounds", "pound"))
    + r")\b",
    re.I,
)


# A currency named by its country after a sum: "96,000 Saudi riyals", "61 million Egyptian pounds",
# "2.35 million Turkish liras", "400,000 Hong Kong dollars" (one to three capitalised words, then the unit)
_NAMED_CURRENCY_AFTER = re.compile(r"\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+([a-z]+)\b")
# The unit word capitalised too, as South Asian and East African press write a currency's name: "1.2 billion
# Nepali Rupees", "40 million Kenya Shillings" (the capitalised words after the sum, up to four: which of them is
# the unit is asked of the table, last word first)
_CAPITALISED_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){2,4}")
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
# The same written before the sum, as East African releases write it: "Tanzanian shillings 23,400,000",
# "Kenya shillings 1.2 million" (a plural unit word: "Kenya shilling" alone names the currency, not a sum)
_NAMED_CURRENCY_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+([A-Za-z][a-z]*s)\s+$")
# Plurals and spellings of the unit words of ISO 4217 names, beyond an added "s"
_UNIT_FORMS = {
    "real": ("reais", "reals"),
    "lira": ("liras", "lire"),
    "krona": ("kronor", "kronur"),
    "krone": ("kroner",),
    "leu": ("lei",),
    "colon": ("colones", "colóns"),
    "sol": ("soles",),
    "rial": ("riyal", "riyals"),
    "riyal": ("rial", "rials"),
    "ruble": ("rouble", "roubles"),
    "sheqel": ("shekel", "shekels"),
    "cedi": ("cedis",),
    "naira": (),
    "rand": (),
}


# ISO 4217 codes that are no cash a release counts: funds and accounting units ("Unidad de Valor Real"
# would read "Colombian real estate"), metals ("Zimbabwe Gold" would read "Zimbabwean gold bars")
_NOT_CASH = frozenset(
    "USN XXX XTS COU CLF UYW UYI CHE CHW MXV BOV XAU XAG XPD XPT XSU XUA XDR XAD XBA XBB XBC XBD ZWG".split()
)


@functools.cache
def _iso_cash_names() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(ISO code, the words of its name) for every currency a release may count as cash, from
    pycountry's ISO 4217 table; the unit word last ("Rial Omani" is read "Omani Rial")."""
    import pycountry

    out = []
    for currency in pycountry.currencies:
        if currency.alpha_3 in _NOT_CASH or "(" in currency.name:
            continue
        words = currency.name.replace("’", "'").split()
        if words[-1] == "Omani":  # ISO writes "Rial Omani"
            words = ["Omani", "Rial"]
        out.append((currency.alpha_3, tuple(words)))
    return tuple(out)


@functools.cache
def _unique_units() -> tuple[re.Pattern, dict[str, str]]:
    """A unit word that belongs to one ISO 4217 currency only names it alone after a sum ("46.5 million
    kip", "3 million ariary", "12,000 pula"), with its plural; ``words/currency_units_not_alone.txt`` keeps
    out those with another sense ("mark", "real", "sum"). Built from pycountry's table on first use."""
    owners: dict[str, set[str]] = {}
    for code, words in _iso_cash_names():
        owners.setdefault(words[-1].lower(), set()).add(code)
    excluded = {entry for entry, _ in entries("currency_units_not_alone")}
    table: dict[str, str] = {}
    for unit, codes in owners.items():
        if len(codes) == 1 and unit not in excluded and unit not in _CURRENCY_WORDS:
            for form in (unit, unit + "s", *_UNIT_FORMS.get(unit, ())):
                if len(owners.get(form, codes)) == 1 and form not in _CURRENCY_WORDS:  # ("rial" is not only Saudi)
                    table.setdefault(form, next(iter(codes)))
    pattern = re.compile(
        r"\s+(" + "|".join(re.escape(u) for u in sorted(table, key=len, reverse=True)) + r")\b(?![-'’]\w)", re.I
    )
    return pattern, table


@functools.cache
def _named_currencies() -> dict[tuple[str, str], str]:
    """(the words naming the country, the unit word) → ISO code, from ISO 4217's names ("Egyptian
    Pound", "Saudi Riyal", "Pakistan Rupee") and the names and adjectives of the country whose code
    begins the currency's ("Pakistani rupees", "Sri Lankan rupees", "Ugandan shillings")."""
    import pycountry

    table: dict[tuple[str, str], str] = {}
    for code, words in _iso_cash_names():
        unit = words[-1].lower()
        units = {unit, unit + "s", *_UNIT_FORMS.get(unit, ())}
        # (a name of one word, "Dong", "Kwacha": the country's names and adjectives alone say whose)
        names = {" ".join(words[:-1])} if len(words) > 1 else set()
        country = pycountry.countries.get(alpha_2=code[:2])
        if country is not None:
            for attr in ("name", "common_name"):
                value = getattr(country, attr, None)
                if value and "," not in value and "(" not in value:
                    names.add(value)
        for name in list(names):
            # the adjective of a country's name: Pakistan → Pakistani, Kenya → Kenyan, Nepal → Nepalese
            names.update({name + "i", name + "n", name + "an", name + "ian", name + "ese"})
            if name.endswith(("a", "e", "y")):
                names.add(name[:-1] + "ian")
        for name in names:
            for u in units:
                table.setdefault((name.lower(), u), code)
    return table


def _people_adjective_then_currency(named: re.Match) -> str | None:
    """The currency of a sum's unit word after a people's adjective ISO's names do not pair it with ("Thai baht":
    ISO names the baht alone; "Czech crowns": the koruna in English), where the unit word alone names one; the
    adjective is one word, a people's ("Thai", "Czech"), not a body's or a place's name."""
    words_ = named.group(1).split()
    unit = named.group(2).lower()
    if len(words_) != 1 or unit not in _CURRENCY_WORDS or _NOUN_AFTER_CODE.match(named.string, named.end()):
        return None
    from .places import people_adjective  # (places reads numbers' tables: imported on use)

    return _CURRENCY_WORDS[unit] if people_adjective(words_[0]) else None


def _capitalised_currency(text: str, end: int) -> tuple[str, int] | None:
    """The code and end of a currency named in capitals after a sum ("Nepali Rupees", "Kenya Shillings")."""
    run = _CAPITALISED_WORDS_AFTER.match(text, end)
    if run is None:
        return None
    found = list(_CAPITALISED_WORD.finditer(text, end, run.end()))
    table = _named_currencies()
    for k in range(len(found) - 1, 0, -1):
        name = " ".join(m.group() for m in found[:k]).lower()
        code = table.get((name, found[k].group().lower()))
        if code and not _NOUN_AFTER_CODE.match(text, found[k].end()):
            return code, found[k].end()
    return None


@functools.cache
def _named_units() -> frozenset[str]:
    """The plural unit words of :func:`_named_currencies` ("shillings", "rupees", "dollars")."""
    return frozenset(u for _, u in _named_currencies() if u.endswith("s"))


def _candidates(text: str) -> list[int]:
    lowered = lower_same_length(text)  # (the extractor's one lowered copy of the text, not another)
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    starts += [m.start() for m in _WORD_START.finditer(lowered)]
    starts.sort()
    return _without_dense_runs(starts)


#: A run of more than DENSE_RUN numbers each at most DENSE_GAP characters
#: after the one before ("1 1 1 1 …", "3 4 5 6 …") is a table or a data
#: dump, not prose: none of its numbers is read.
DENSE_RUN = 16
DENSE_GAP = 4


def _without_dense_runs(starts: list[int]) -> list[int]:
    kept: list[int] = []
    run_begin = 0
    for i in range(1, len(starts) + 1):
        if i < len(starts) and starts[i] - starts[i - 1] <= DENSE_GAP:
            continue
        if i - run_begin <= DENSE_RUN:
            kept.extend(starts[run_begin:i])
        run_begin = i
    return kept


def parse_word_number(words: str) -> float | None:
    """``"Forty-nine"`` → 49, ``"eight million"`` → 8000000, ``"half a"`` → 0.5."""
    w = words.lower().replace("-", " ")
    parts = w.split()
    if not parts:
        return None
    if parts[:2] == ["half", "a"]:
        return 0.5
    if parts == ["a", "dozen"]:
        return 12
    if parts == ["a"]:
        return 1  # "a ton of …", "a kilo of …" (read only before a unit and "of")
    if parts[0] in ("dozens", "hundreds", "thousands"):
        return None  # vague: "hundreds of queries" is not a figure
    total = 0.0
    current = 0.0
    seen = False
    for part in parts:
        if part in _UNITS:
            current += _UNITS[part]
            seen = True
        elif part in _TENS:
            current += _TENS[part]
            seen = True
        elif part == "hundred":
            current = (current or 1) * 100
        elif part == "dozen":
            current = (current or 1) * 12
        elif part in ("thousand", "million", "billion"):
            total += (current or 1) * _SCALES[part]
            current = 0
        elif part == "and" and seen:
            continue  # "two hundred and eight"
        else:
            return None
    return total + current if seen else None


# The digits of a number written in words, in brackets after it (legal and police style): "two (2)"
_RESTATED_DIGITS = re.compile(r" ?\((\d{1,3}(?:,\d{3})*|\d+)\)")
_DECIMAL_COMMA = re.compile(r"\d{1,3},(?:\d{1,2}|\d{4,6})")


# A fraction after a whole number: a vulgar fraction sign (glued or after a space), or a common one written
# with a slash after a space ("3 1/2", not "24/7" nor a date's "3/4/2025")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_FRACTIONS.update({"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3})
# A half after a whole number, in words: "three and a half", "2-and-a-half"
# (not before a scale, whose half it would be: "one and a half million", "two and a half dozen")
# (nor a half-something of its own: "seven and a half-hour later")
_AND_A_HALF = re.compile(
    r"[ -]and[ -]a[ -]half\b(?!-)(?![ -](?:dozen|hundred|thousand|million|billion|lakh|crore)s?\b)"
)
_FRACTION_AFTER = re.compile(r" ?([½¼¾⅓⅔⅛])(?![\d/])| (1/2|1/4|3/4|1/3|2/3)(?![\d/])")


def _digits_value(raw: str) -> float:
    if raw.isascii() and raw.isdigit():
        return float(raw)
    if _DECIMAL_COMMA.fullmatch(raw):
        return float(raw.replace(",", "."))  # "1,7 million" (only ever matched before a scale word)
    if "." in raw and _DOTTED_THOUSANDS.fullmatch(raw):
        return float(raw.replace(".", ""))  # "1.250.000 pills"
    return float(_DIGIT_SEPARATORS.sub("", raw))


def find_numbers(text: str, limit: int | None = None) -> list[Number]:
    """Every number written in ``text``, with currency and scale applied
    (the first ``limit`` of them when given)."""
    return list(itertools.islice(iter_numbers(text), limit))


def iter_numbers(text: str) -> Iterator[Number]:
    """``find_numbers`` one at a time, read as they are asked for: a reader
    that stops early does not pay for the numbers after."""
    pos = 0
    for start in _candidates(text):
        if start < pos:
            continue
        m = (_NUMBER_AT_DIGIT_RE if text[start].isdigit() else _NUMBER_RE).match(text, start)
        if m is None or m.end() == m.start():
            continue
        pos = m.end()
        pre, digits, words, scale, ordinal = m.group("pre", "digits", "words", "scale", "ord")
        if m.group("spaced") and (
            _MONTH_BEFORE.search(text, max(0, start - 11), start)
            or _ORDINAL_WORD_BEFORE.search(text, max(0, start - 12), start)
        ):
            # "April 24, 496 boats", "on day 2, 145 suspects", "Of the first 40, 120 others": a day or a rank, then
            # a count of its own
            pos = start + m.group("spaced").index(",")
            continue
        currency = None
        local_start = None
        lead = m.start()
        if pre and pre.strip().isalpha() and not pre.strip()[0].isupper():
            pre = None  # "try 5", "cop 3": a currency code is written in capitals
            lead = m.start("digits") if digits else m.start("words")
        if pre:
            p = pre.strip()
            currency = _CURRENCY_SYMBOLS.get(p) or (p.upper() if p.upper() in _CURRENCY_CODES else None)
            if p == "$":
                local = _LETTERS_BEFORE.search(text, max(0, start - 4), start)
                if local is None and start > 0 and text[start - 1] == " ":
                    # written apart: "NZ $5 million", "US $15,700" (two letters at least: "A $500 bribe" is an article)
                    local = _SPACED_LETTERS_BEFORE.search(text, max(0, start - 5), start)
                if local and (local.start() == 0 or not text[local.start() - 1].isalpha()):
                    # "HK$13 million", "GY$3,250,000" are not USD
                    letters = local.group(1).upper()
                    glued = (
                        _LOCAL_DOLLARS.get(letters)
                        or _country_dollar(letters)
                        # (a currency's code glued to the sign, "TOP$12,058", or apart from it in a sentence in lower
                        # case, "seized FJD $48,300"; in a headline set in capitals the letters are words: "IN ALL
                        # $3.4 MILLION", "WORTH TOP $2 MILLION")
                        or (
                            letters
                            if letters in iso_currency_codes()
                            and (
                                local.end(1) == start
                                or any(c.islower() for c in text[max(0, local.start() - 12) : local.start()])
                            )
                            else None
                        )
                    )
                    if glued:
                        currency, local_start = glued, local.start()
            if p in ("¢", "₵") and text[max(0, start - 2) : start] == "GH":
                local_start = start - 2  # "GH¢3.2 million": the letters are part of the sign
            if p.upper() in _CURRENCY_CODES and not pre[-1].isspace() and p.isalpha():
                # "USD5" is fine; "EUR" glued to a word is not a currency.
                pass
        if (
            not currency
            and digits
            and lead > 0
            and text[lead - 1].isalpha()
            and (scale or _GROUPED.fullmatch(digits) or (text[lead - 1] == "R" and _GROUPED_RAND.fullmatch(digits)))
        ):
            glued = _GLUED_PREFIX.search(text, max(0, lead - 4), lead)
            if glued:  # the local press's sign glued to a sum: "P102 million", "R4.2m", "Dh210 million", "N2.5bn"
                currency, local_start = _GLUED_CURRENCY[glued.group(1)], glued.start(1)
        if (
            not currency
            and digits
            and lead > 1
            and text[lead - 1] == " "
            and text[lead - 2] in _SIGN_LETTERS
            and (lead == 2 or not (text[lead - 3].isalnum() or text[lead - 3] in "'’.-"))
            and (scale or _MILLIONS_GROUPED.fullmatch(digits))
        ):
            # the sign set apart by a blank, before millions: "a standard drug price of P 3,400,000", "N 2.5 billion"
            currency, local_start = _GLUED_CURRENCY[text[lead - 2]], lead - 2
        if (
            not currency
            and digits
            and lead > 1
            and text[lead - 1] == " "
            and text[lead - 2] == "s"
            # (the word before the sum, from a window of its own length: never a slice back to the text's start)
            and text[max(0, lead - 16) : lead - 1].rsplit(None, 1)[-1].lower() in _named_units()
        ):
            named = _NAMED_CURRENCY_BEFORE.search(text, max(0, lead - 50), lead)
            code = named and _named_currencies().get((" ".join(named.group(1).split()).lower(), named.group(2).lower()))
            if code:
                currency, local_start = code, named.start()
        if not currency and digits and lead >= 2 and text[lead - 1] in "/. " and "S/" in text[max(0, lead - 4) : lead]:
            sol = _SOL_BEFORE.search(text, max(0, lead - 5), lead)
            if sol:  # Peru's sol: "S/ 86,400", "S/. 1,200"
                currency, local_start = "PEN", sol.start()
        shilling_end = None
        if not currency and digits and text.startswith(("/-", "/="), m.end()):
            # the mark of whole units after a sum: "4.6bn/-", "285m/-", "2,50,000/-" (East Africa's shillings, South
            # Asia's rupees or taka: the country the text names says which, see currencies.py)
            currency, shilling_end = "KES", m.end() + 2
        if digits:
            value = float(digits.replace(".", "")) if m.group("thou") else _digits_value(digits)
            is_year = not pre and not scale and not ordinal and _YEAR_DIGITS.fullmatch(digits) is not None
            is_ordinal = ordinal is not None
            if is_ordinal and not _PLAIN_DIGITS.fullmatch(digits):
                continue
        else:
            parsed = parse_word_number(words)
            if parsed is None:
                continue  # a bare "one" is kept: figures.py reads it only before a counted noun
            value = parsed
            is_year = False
            is_ordinal = False
        if scale:
            key = scale.strip().lstrip("-").lower()
            # "m" after a bare number is metres unless money is involved or goods follow it ("1.3m tramadol pills");
            # "cr" is a crore only after a sum's sign,
            # as South Asian press writes it ("Tk 88.4 cr", a title-case headline's "Rs 12,000 Cr"; "12 CR cartridges"
            # is no crore)
            if (key == "m" and not currency and not (scale == "m" and _millions_of_goods(text, lead, m.end()))) or (
                key == "cr" and (not currency or scale.strip() not in ("cr", "Cr"))
            ):
                scale = None
            else:
                value = float(f"{value * _SCALES[key]:.12g}")  # 4.1 million is 4100000, not 4099999.9999999995
        end = m.end() if scale else m.end("digits") if digits else m.end("words")
        if ordinal and digits:
            end = m.end("ord")
        elif digits and not scale and not pre and digits.isdigit() and end < len(text) and text[end] in " ½¼¾⅓⅔⅛":
            fraction = _FRACTION_AFTER.match(text, end)
            if fraction:
                # "14 ½ pounds", "2½ kg", "3 1/2 tonnes": a whole number and a fraction, one amount
                value += _FRACTIONS[fraction.group(1) or fraction.group(2)]
                end = pos = fraction.end()
        if (
            not scale
            and not ordinal
            and end < len(text)
            and text[end] in " -"
            and (half := _AND_A_HALF.match(text, end))
        ):
            # "Three and a half tonnes", "in two and a half years": the whole and its half
            value += 0.5
            end = pos = half.end()
        if (words and not digits) or (scale and text.startswith(" (", end)):
            restated = _RESTATED_DIGITS.match(text, end)
            if restated and _digits_value(restated.group(1)) == value:
                # "Thirty-six (36) pistols", "1.4 million (1,400,000) pills": one number, written twice
                end = pos = restated.end()
        start = lead if local_start is None else local_start
        if shilling_end is not None:
            end = pos = shilling_end
        # A currency word after the number: "5 million dollars".
        if not currency:
            named = _NAMED_CURRENCY_AFTER.match(text, end)
            code = named and _named_currencies().get((" ".join(named.group(1).split()).lower(), named.group(2)))
            if code and _NOUN_AFTER_CODE.match(text, named.end()):
                code = None  # "14 Brazilian real estate properties", "3 Canadian dollar bills": the noun counted
            tail = None if code else _WORD_AFTER.match(text, end)
            unique = None
            if not code and not tail and text[end : end + 1].isspace():
                pattern, units = _unique_units()
                unique = pattern.match(text, end)
            if code:
                currency, end = code, named.end()
            elif named and (adjective := _people_adjective_then_currency(named)):
                currency, end = adjective, named.end()  # "5,270 Thai baht", "405,500 Czech crowns"
            elif text[end : end + 1].isspace() and (capitalised := _capitalised_currency(text, end)):
                currency, end = capitalised
            elif tail:
                currency = _CURRENCY_WORDS[tail.group(1).lower()]
                end = tail.end()
            elif unique and not _NOUN_AFTER_CODE.match(text, unique.end()):
                currency, end = units[unique.group(1).lower()], unique.end()
            else:
                tail = _CODE_AFTER.match(text, end)
                if tail and not _NOUN_AFTER_CODE.match(text, tail.end()):
                    currency = tail.group(1)
                    end = tail.end()
        elif currency == "USD" and pre and pre.strip() == "$" and (dollar := _DOLLAR_CODE_AFTER.match(text, end)):
            # a bare "$" whose country's code follows the sum: "$165,000 CAD", "$2.5 million AUD"
            # (the sign has made it money: a noun after the code names that money, "$40,000 CAD currency")
            if _country_dollar(dollar.group(1)[:2]) == dollar.group(1):
                currency, end = dollar.group(1), dollar.end()
        elif (
            currency == "USD"
            and pre
            and pre.strip() == "$"
            and (country := _DOLLAR_COUNTRY_AFTER.match(text, end))
            and (code := _dollar_sign_country(country))
        ):
            currency = code  # (the words stay the item's to read: "cash", "Canadian currency")
        elif currency == "USD" and pre and pre.strip() == "$" and (peso := _PESOS_AFTER.match(text, end)):
            # "$" is the peso's sign too, and the word after the sum says so: "$29,000,000,000 pesos" (the peso of
            # the country the text names: currencies.py)
            currency, end = "MXN", peso.end()
        yield Number(
            value=value,
            start=start,
            end=end,
            currency=currency,
            is_year=is_year,
            is_ordinal=is_ordinal,
            written=text[start:end],
        )


# Hedges by their last three letters: the window before a number is
# compared with the few that could end it, not with all of them.
_QUALIFIERS_BY_TAIL: dict[str, list[str]] = {}
for _q in QUALIFIERS:
    _QUALIFIERS_BY_TAIL.setdefault(_q[-3:], []).append(_q)


def qualifier_before(text: str, start: int) -> str | None:
    """The hedge written just before position ``start`` ("more than"), if any."""
    window = text[max(0, start - 24) : start].lower()
    window = window.rstrip()
    for q in _QUALIFIERS_BY_TAIL.get(window[-3:], ()):
        if window.endswith(q):
            before = window[: -len(q)]
            if not before or not before[-1].isalpha():
                return q  # (as written: "approx." keeps its dot, as annotators copy it)
    return None
