"""A deterministic generator of press-release-like reports, for benchmarks.

The same (n, seed) always gives the same bytes. Reports have a headline, a
dateline, operations with numerals or years, agencies, officials with
titles, participating countries and figures written the ways real reports
write them. Names are drawn from small built-in lists and made-up codenames,
so a large corpus has many distinct entities, as real corpora do.

    python -m benchmarks.corpus OUT_DIR --n 1000 --seed 7
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator
from pathlib import Path

CITIES = [
    ("LYON", "France"),
    ("THE HAGUE", "Netherlands"),
    ("SINGAPORE", "Singapore"),
    ("VIENNA", "Austria"),
    ("BUENOS AIRES", "Argentina"),
    ("NAIROBI", "Kenya"),
    ("MADRID", "Spain"),
    ("BRASILIA", "Brazil"),
    ("KUALA LUMPUR", "Malaysia"),
    ("ABUJA", "Nigeria"),
    ("WASHINGTON", "United States"),
    ("CANBERRA", "Australia"),
]
COUNTRIES = [
    "Albania",
    "Argentina",
    "Belgium",
    "Benin",
    "Bolivia",
    "Brazil",
    "Cameroon",
    "Canada",
    "Chile",
    "Colombia",
    "Costa Rica",
    "Ecuador",
    "Egypt",
    "France",
    "Germany",
    "Ghana",
    "Greece",
    "India",
    "Indonesia",
    "Italy",
    "Jamaica",
    "Kenya",
    "Malaysia",
    "Mexico",
    "Morocco",
    "Nigeria",
    "Pakistan",
    "Panama",
    "Peru",
    "Philippines",
    "Portugal",
    "Romania",
    "Senegal",
    "South Africa",
    "Spain",
    "Thailand",
    "Tunisia",
    "Türkiye",
    "Uganda",
    "Ukraine",
    "United Kingdom",
    "Viet Nam",
    "Zambia",
]
REGIONS = [
    "West Africa",
    "Southeast Asia",
    "South America",
    "Central America",
    "Eastern Europe",
    "the Middle East",
    "the Caribbean",
    "East Africa",
]
BODIES = ["INTERPOL", "Europol", "UNODC", "AFRIPOL", "Eurojust", "World Customs Organization"]
AGENCY_HEADS = [
    "Police",
    "Customs Service",
    "Anti-Narcotics Agency",
    "Bureau of Investigation",
    "Financial Intelligence Unit",
    "Coast Guard",
    "Border Police",
]
ADJ = {
    "Brazil": "Brazilian",
    "Spain": "Spanish",
    "Kenya": "Kenyan",
    "Nigeria": "Nigerian",
    "Italy": "Italian",
    "Portugal": "Portuguese",
    "Colombia": "Colombian",
    "Ghana": "Ghanaian",
    "Peru": "Peruvian",
    "Philippines": "Philippine",
    "Mexico": "Mexican",
    "India": "Indian",
}
FIRST = [
    "Maria",
    "Ahmed",
    "Julia",
    "Kenji",
    "Olusegun",
    "Ana",
    "Pierre",
    "Fatima",
    "Lars",
    "Chen",
    "Amara",
    "Diego",
    "Irina",
    "Samuel",
    "Leila",
    "Tomás",
    "Grace",
    "Rahul",
    "Nadia",
    "Omar",
]
LAST = [
    "Okafor",
    "Silva",
    "Bentley",
    "Tanaka",
    "Haddad",
    "Novak",
    "García",
    "Mensah",
    "Kowalski",
    "Dubois",
    "Rahman",
    "Costa",
    "Ivanova",
    "Mwangi",
    "Lindqvist",
    "Moreau",
    "Adeyemi",
    "Santos",
]
TITLES = [
    "Director of Organized and Emerging Crime",
    "Executive Director of Police Services",
    "Head of the Drugs Unit",
    "Assistant Director of the Criminal Networks unit",
    "Secretary General",
    "Chief of Operations",
]
SYLLABLES = [
    "li",
    "on",
    "fish",
    "trig",
    "ger",
    "pan",
    "gea",
    "thun",
    "der",
    "jack",
    "al",
    "sen",
    "ti",
    "nel",
    "an",
    "chor",
    "haech",
    "mar",
    "lin",
    "kes",
    "trel",
    "vor",
    "tex",
    "orca",
    "sab",
    "re",
    "storm",
    "fal",
    "con",
    "ty",
    "phoon",
    "ser",
    "pent",
]
ROMAN = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XVI"]
GOODS = [
    ("cocaine", "tonnes"),
    ("cannabis", "tonnes"),
    ("heroin", "kg"),
    ("methamphetamine", "kg"),
    ("firearms", None),
    ("rounds of ammunition", None),
    ("counterfeit medicines", None),
    ("pangolin scales", "kg"),
    ("timber", "cubic metres"),
    ("fuel", "litres"),
    ("vehicles", None),
]
WORDS = ["eleven", "twelve", "Forty-nine", "twenty-three", "eight"]
HEDGES = ["more than", "nearly", "about", "some", "almost", "over", ""]
FILLER = [
    "Officers worked from intelligence packages prepared in advance and checked names, documents "
    "and vehicles against international databases in real time.",
    "The operation also shed light on new smuggling techniques, with goods hidden in shipping "
    "containers, courier parcels and private vehicles.",
    "Further arrests and prosecutions may follow as the evidence gathered is analysed.",
    "Participating agencies shared information through secure channels and coordinated raids "
    "across borders during the action week.",
    "Investigators say the same routes are used to move drugs, weapons and people, and that "
    "criminal groups adapt quickly to enforcement pressure.",
    "Many of the items seized are not produced locally but arrive concealed in shipping "
    "containers, barrels, vehicles and courier parcels, which makes checks at ports and border "
    "crossings essential to the work of frontline officers.",
    "Training sessions held before the operation helped officers recognise forged documents, "
    "identify the indicators of human trafficking and use the tools available to them for "
    "checking travellers, vessels and goods against international records.",
    "Officials stressed that the results were still preliminary, and that the analysis of seized "
    "phones, ledgers and financial records would take several months before cases reach the courts.",
    "Small island states and coastal countries face a particular challenge: long coastlines and "
    "busy sea lanes expose them to traffickers who move goods in both directions between producer "
    "and consumer markets.",
    "The organization also called on member countries to share data on seized items, so that "
    "investigators can trace where goods came from and which networks moved them.",
]


def _codename(rng: random.Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    style = rng.random()
    if style < 0.5:
        return f"{name} {rng.choice(ROMAN)}"
    if style < 0.8:
        return f"{name} {rng.randint(2012, 2025)}"
    return name


def _number(rng: random.Random, low: int, high: int) -> str:
    value = rng.randint(low, high)
    if value >= 1000 and rng.random() < 0.2:
        return f"{value // 1000} {value % 1000:03d}"
    return f"{value:,}"


def _figure(rng: random.Random) -> str:
    hedge = rng.choice(HEDGES)
    hedge = f"{hedge} " if hedge else ""
    kind = rng.random()
    if kind < 0.3:
        return f"{hedge}{_number(rng, 10, 3000)} arrests"
    if kind < 0.45:
        return f"the rescue of {hedge}{_number(rng, 5, 900)} victims of human trafficking"
    if kind < 0.55:
        return f"the seizure of {hedge}USD {rng.randint(1, 90)}.{rng.randint(1, 9)} million in cash"
    goods, unit = rng.choice(GOODS)
    if unit:
        return f"the seizure of {hedge}{rng.randint(1, 900)}.{rng.randint(0, 9)} {unit} of {goods}"
    return f"the seizure of {hedge}{_number(rng, 10, 20000)} {goods}"


def report(rng: random.Random, index: int) -> str:
    city, country = rng.choice(CITIES)
    op = _codename(rng)
    earlier = _codename(rng)
    body = rng.choice(BODIES)
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    surname = person.split()[-1]
    countries = rng.sample(COUNTRIES, rng.randint(4, 14))
    national = rng.choice(countries)
    adj = ADJ.get(national)
    agency = f"{adj} {rng.choice(AGENCY_HEADS)}" if adj else f"National {rng.choice(AGENCY_HEADS)}"
    figures = [_figure(rng) for _ in range(rng.randint(2, 4))]
    year = rng.randint(2012, 2025)
    paragraphs = [
        f"Operation {op}: {figures[0]} in {rng.choice(REGIONS)}",
        f"{city}, {country} – A coordinated operation led by {body} against organized crime networks "
        f"in {len(countries)} countries has resulted in {', '.join(figures[:-1])} and {figures[-1]}.",
        f"Operation {op} ran in {rng.choice(['March', 'June', 'October', 'November'])} {year} "
        f"and involved police, customs and border agencies in {', '.join(countries[:-1])} and "
        f"{countries[-1]}.",
        f"In {national}, the {agency} arrested {rng.choice(WORDS)} suspects and seized "
        f"{rng.randint(2, 90)} kg of cocaine hidden in a shipping container.",
        rng.choice(FILLER),
        f"{person}, {body}'s {rng.choice(TITLES)}, said the results showed the value of "
        f"international police cooperation. {surname} added that the networks would be pursued.",
        f"The operation built on Operation {earlier}, which in {year - 1} led to {_number(rng, 20, 900)} arrests.",
        *rng.sample(FILLER, rng.randint(4, 7)),
    ]
    return "\n\n".join(paragraphs[:1] + [paragraphs[1]] + paragraphs[2:]) + "\n"


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``n`` reports; the same arguments give the same texts."""
    rng = random.Random(seed)
    for i in range(n):
        yield f"report-{i:06d}.txt", report(rng, i)


def write_corpus(folder: Path, n: int, seed: int = 0, per_folder: int = 1000) -> int:
    """Write ``n`` reports under ``folder`` (in sub-folders of ``per_folder``); returns bytes written."""
    folder = Path(folder)
    total = 0
    for i, (name, text) in enumerate(generate(n, seed)):
        sub = folder / f"{i // per_folder:04d}"
        if i % per_folder == 0:
            sub.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (sub / name).write_bytes(data)
        total += len(data)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    size = write_corpus(args.out, args.n, args.seed)
    print(f"wrote {args.n} reports, {size / 1e6:.1f} MB, to {args.out}")


if __name__ == "__main__":
    main()
