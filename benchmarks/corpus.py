"""A deterministic generator of press-release-like reports, for benchmarks.

The same (n, seed) always gives the same bytes. The reports are meant to be
as dense as real releases (issue #11, item 8): a headline, a dateline, one
current operation and earlier or related ones (codenames with numerals,
years, hyphens), international bodies and national agencies with long names
and acronyms, officials with titles, suspects with ages, criminal groups
named by context, lists of participating countries, districts and towns,
and figures written the many ways releases write them (hedged counts,
seizures with units and values, bullet results, per-category breakdowns,
per-country counts in brackets, number words).

Lengths are realistic: most reports are 1-10 KB, a few in a hundred run to
tens of KB (situation reports with a section per country) and a few in ten
thousand to about 1 MB. Names come from built-in lists and are also made up
(codenames, surnames, groups, agencies), so a large corpus has many
distinct entities, as real corpora do. Every sentence here is written for
this generator; none is taken from a published text.

    python -m benchmarks.corpus OUT_DIR --n 1000 --seed 7
"""

from __future__ import annotations

import argparse
import math
import random
from collections.abc import Callable, Iterator
from pathlib import Path

# --------------------------------------------------------------------------- vocabulary

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
    ("BOGOTA", "Colombia"),
    ("LIMA", "Peru"),
    ("QUITO", "Ecuador"),
    ("PANAMA CITY", "Panama"),
    ("MEXICO CITY", "Mexico"),
    ("SANTO DOMINGO", "Dominican Republic"),
    ("ACCRA", "Ghana"),
    ("DAKAR", "Senegal"),
    ("LAGOS", "Nigeria"),
    ("KAMPALA", "Uganda"),
    ("DAR ES SALAAM", "Tanzania"),
    ("LUSAKA", "Zambia"),
    ("HARARE", "Zimbabwe"),
    ("JOHANNESBURG", "South Africa"),
    ("MAPUTO", "Mozambique"),
    ("ADDIS ABABA", "Ethiopia"),
    ("CAIRO", "Egypt"),
    ("RABAT", "Morocco"),
    ("TUNIS", "Tunisia"),
    ("BANGKOK", "Thailand"),
    ("MANILA", "Philippines"),
    ("JAKARTA", "Indonesia"),
    ("HANOI", "Viet Nam"),
    ("PHNOM PENH", "Cambodia"),
    ("NEW DELHI", "India"),
    ("COLOMBO", "Sri Lanka"),
    ("DHAKA", "Bangladesh"),
    ("ISLAMABAD", "Pakistan"),
    ("SEOUL", "Korea"),
    ("TOKYO", "Japan"),
    ("BUCHAREST", "Romania"),
    ("SOFIA", "Bulgaria"),
    ("SKOPJE", "North Macedonia"),
    ("SARAJEVO", "Bosnia and Herzegovina"),
    ("BELGRADE", "Serbia"),
    ("CHISINAU", "Moldova"),
    ("KYIV", "Ukraine"),
    ("WARSAW", "Poland"),
    ("VILNIUS", "Lithuania"),
    ("LISBON", "Portugal"),
    ("ROME", "Italy"),
    ("ATHENS", "Greece"),
    ("BERLIN", "Germany"),
    ("BRUSSELS", "Belgium"),
    ("STOCKHOLM", "Sweden"),
    ("DUBLIN", "Ireland"),
    ("ANKARA", "Türkiye"),
    ("AMMAN", "Jordan"),
    ("DOHA", "Qatar"),
]
#: Towns, districts and ports by country, for local colour in highlights.
TOWNS = {
    "Spain": ["Algeciras", "Valencia", "Malaga", "Huelva", "Cadiz"],
    "Netherlands": ["Rotterdam", "Amsterdam", "Utrecht", "Eindhoven"],
    "Belgium": ["Antwerp", "Ghent", "Liege", "Charleroi"],
    "Italy": ["Naples", "Gioia Tauro", "Palermo", "Milan", "Reggio Calabria"],
    "Brazil": ["Santos", "Sao Paulo", "Recife", "Manaus", "Foz do Iguacu"],
    "Colombia": ["Cartagena", "Medellin", "Cali", "Buenaventura", "Santa Marta"],
    "Ecuador": ["Guayaquil", "Esmeraldas", "Manta", "Machala"],
    "Mexico": ["Culiacan", "Tijuana", "Manzanillo", "Veracruz"],
    "Kenya": ["Mombasa", "Kisumu", "Nakuru", "Eldoret", "Malindi"],
    "Nigeria": ["Kano", "Port Harcourt", "Ibadan", "Onitsha", "Apapa"],
    "Ghana": ["Tema", "Kumasi", "Takoradi", "Tamale"],
    "South Africa": ["Durban", "Cape Town", "Pretoria", "Port Elizabeth"],
    "Philippines": ["Cebu", "Davao", "Zamboanga", "Quezon City"],
    "Thailand": ["Chiang Mai", "Pattaya", "Songkhla", "Chiang Rai"],
    "Viet Nam": ["Ho Chi Minh City", "Hai Phong", "Da Nang", "Can Tho"],
    "India": ["Mumbai", "Chennai", "Kolkata", "Amritsar", "Kochi"],
    "Pakistan": ["Karachi", "Lahore", "Peshawar", "Quetta"],
    "Romania": ["Constanta", "Cluj-Napoca", "Iasi", "Timisoara"],
    "Poland": ["Gdansk", "Krakow", "Lodz", "Wroclaw"],
    "Ukraine": ["Odesa", "Lviv", "Kharkiv", "Dnipro"],
    "Türkiye": ["Istanbul", "Mersin", "Izmir", "Gaziantep"],
    "Peru": ["Callao", "Arequipa", "Trujillo", "Cusco"],
    "Indonesia": ["Surabaya", "Medan", "Batam", "Makassar"],
    "Malaysia": ["Penang", "Johor Bahru", "Kota Kinabalu", "Kuching"],
}
COUNTRIES = sorted(
    {c for _, c in CITIES}
    | {
        "Albania",
        "Algeria",
        "Angola",
        "Antigua and Barbuda",
        "Armenia",
        "Azerbaijan",
        "Bahamas",
        "Barbados",
        "Belize",
        "Benin",
        "Bolivia",
        "Botswana",
        "Burkina Faso",
        "Cameroon",
        "Canada",
        "Chile",
        "Costa Rica",
        "Côte d’Ivoire",
        "Croatia",
        "Cyprus",
        "Czechia",
        "Denmark",
        "El Salvador",
        "Estonia",
        "Finland",
        "Gabon",
        "Georgia",
        "Guatemala",
        "Guinea",
        "Guyana",
        "Honduras",
        "Hungary",
        "Jamaica",
        "Kazakhstan",
        "Kosovo",
        "Latvia",
        "Lebanon",
        "Luxembourg",
        "Madagascar",
        "Malawi",
        "Mali",
        "Mauritius",
        "Montenegro",
        "Namibia",
        "Nepal",
        "Nicaragua",
        "Niger",
        "Norway",
        "Paraguay",
        "Rwanda",
        "Sierra Leone",
        "Slovakia",
        "Slovenia",
        "Suriname",
        "Switzerland",
        "Togo",
        "Trinidad and Tobago",
        "United Kingdom",
        "Uruguay",
        "Venezuela",
    }
)
REGIONS = [
    "West Africa",
    "Southeast Asia",
    "South America",
    "Central America",
    "Eastern Europe",
    "the Middle East",
    "the Caribbean",
    "East Africa",
    "Southern Africa",
    "the Western Balkans",
    "the Sahel",
    "Central Asia",
    "the Gulf of Guinea",
    "the Mediterranean",
    "the Asia-Pacific region",
]
#: International bodies: (name, acronym or None, long form or None).
BODIES = [
    ("INTERPOL", None, "International Criminal Police Organization"),
    ("Europol", None, "European Union Agency for Law Enforcement Cooperation"),
    ("UNODC", "UNODC", "United Nations Office on Drugs and Crime"),
    ("WCO", "WCO", "World Customs Organization"),
    ("AFRIPOL", None, "African Union Mechanism for Police Cooperation"),
    ("Eurojust", None, "European Union Agency for Criminal Justice Cooperation"),
    ("Frontex", None, "European Border and Coast Guard Agency"),
    ("SARPCCO", "SARPCCO", "Southern African Regional Police Chiefs Cooperation Organisation"),
    ("EAPCCO", "EAPCCO", "Eastern Africa Police Chiefs Cooperation Organization"),
    ("AMERIPOL", None, "Police Community of the Americas"),
    ("ASEANAPOL", None, "ASEAN Chiefs of National Police"),
    ("CARICOM IMPACS", "IMPACS", "CARICOM Implementation Agency for Crime and Security"),
]
PARTNERS = [
    "the European Commission",
    "the Egmont Group",
    "the Financial Action Task Force",
    "the International Organization for Migration",
    "the World Bank",
    "the African Union",
    "the Organization for Security and Co-operation in Europe",
    "the United Nations Environment Programme",
    "the CITES Secretariat",
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
    "France": "French",
    "Germany": "German",
    "Netherlands": "Dutch",
    "Belgium": "Belgian",
    "Romania": "Romanian",
    "Poland": "Polish",
    "Ukraine": "Ukrainian",
    "Thailand": "Royal Thai",
    "Malaysia": "Royal Malaysian",
    "Indonesia": "Indonesian",
    "South Africa": "South African",
    "Uganda": "Ugandan",
    "Zambia": "Zambian",
    "Ecuador": "Ecuadorian",
    "Argentina": "Argentine",
    "Pakistan": "Pakistani",
    "Morocco": "Moroccan",
    "Türkiye": "Turkish",
}
#: Heads of national agency names; joined to an adjective or a country.
AGENCY_HEADS = [
    "National Police",
    "Federal Police",
    "Customs Service",
    "Customs and Excise Department",
    "Anti-Narcotics Agency",
    "Drug Enforcement Administration",
    "Bureau of Investigation",
    "Financial Intelligence Unit",
    "Coast Guard",
    "Border Police",
    "Revenue Authority",
    "Wildlife Service",
    "Forestry Commission",
    "Directorate of Criminal Investigations",
    "Anti-Corruption Commission",
    "Immigration Service",
    "Gendarmerie",
    "Maritime Police",
    "Economic and Financial Crimes Commission",
    "Drug Law Enforcement Agency",
    "Office of the Attorney General",
    "Ministry of the Interior",
    "Ministry of Public Security",
]
UNITS = [
    "Organized Crime Unit",
    "Anti-Kidnapping Unit",
    "Cybercrime Directorate",
    "Environmental Security Unit",
    "Counter Terrorism Command",
    "Special Investigations Division",
    "Port Control Unit",
    "Criminal Networks unit",
    "Transnational Organized Crime Unit",
    "Serious Crime Squad",
    "Anti-Trafficking Task Force",
    "Asset Recovery Office",
]
COMPANIES = [
    "Meridian Shipping Lines",
    "Kestrel Logistics",
    "Atlas Freight Services",
    "Bluewave Telecom",
    "Coral Bank",
    "Northgate Payments",
    "Sable Express",
    "Orion Container Terminals",
    "Helix Security Labs",
    "Tamarind Air Cargo",
]
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
    "Łukasz",
    "Ivana",
    "Mihai",
    "Thandiwe",
    "Kwame",
    "Siti",
    "Arjun",
    "Mei",
    "Jorge",
    "Catalina",
    "Yusuf",
    "Aisha",
    "Dmytro",
    "Oksana",
    "Hamza",
    "Nkechi",
    "Rosa",
    "Andrés",
    "Ngozi",
    "Bogdan",
    "Elif",
    "Hiroshi",
    "Wanjiru",
    "Farid",
    "Sofía",
    "Tuan",
    "Ewa",
    "Adebayo",
    "Marek",
    "Lucía",
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
    "Šimić",
    "Nguyễn",
    "Țîrlea",
    "Popescu",
    "Kovalenko",
    "Oyelaran",
    "Achieng",
    "Chaudhry",
    "Pereira",
    "Suárez",
    "Yilmaz",
    "Nakamura",
    "Boateng",
    "Wiśniewski",
    "Petrov",
    "Mahlangu",
    "Fernández",
    "Osei",
    "Hoang",
    "Kariuki",
    "Van der Berg",
    "Abubakar",
]
#: Syllables for made-up surnames, so a large corpus has many distinct people.
NAME_SYLLABLES = ["ka", "ro", "mi", "le", "sa", "do", "ve", "na", "ri", "to", "bu", "an", "el", "os", "ib", "ur"]
NAME_ENDINGS = ["ski", "ez", "ou", "ani", "enko", "sson", "ovic", "ana", "ita", "oye", "ema", "ard", "ier", "an"]
TITLES = [
    "Director of Organized and Emerging Crime",
    "Executive Director of Police Services",
    "Head of the Drugs Unit",
    "Assistant Director of the Criminal Networks unit",
    "Secretary General",
    "Chief of Operations",
    "Deputy Commissioner of Police",
    "Director General",
    "Head of the European Serious and Organised Crime Centre",
    "Regional Coordinator for the Americas",
    "Commissioner of Customs",
    "Inspector General of Police",
    "Director of Public Prosecutions",
    "Deputy Director of the National Central Bureau",
]
RANKS = [
    "Commissioner",
    "Superintendent",
    "Chief Inspector",
    "Colonel",
    "General",
    "Captain",
    "Police spokesperson",
    "Deputy Commissioner",
    "Prosecutor",
    "Minister",
    "Brigadier",
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
CODE_WORDS = [
    "Silver",
    "Night",
    "Iron",
    "Blue",
    "Desert",
    "Northern",
    "Crimson",
    "Black",
    "Jade",
    "Summer",
    "Coastal",
    "Eagle",
    "Golden",
    "Shadow",
    "Thunder",
    "Sentinel",
    "Harbour",
    "Falcon",
    "Boreas",
    "Trident",
    "Dawn",
    "Owl",
    "Shield",
    "Net",
    "Wave",
    "Gate",
    "Ridge",
    "Lance",
    "Compass",
    "Storm",
]
ROMAN = ["II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIV", "XVI"]
GROUP_WORDS = ["Scorpion", "Viper", "Jaguar", "Cobra", "Wolf", "Falcon", "Lion", "Panther", "Shark", "Raven"]
GROUP_KINDS = ["cartel", "clan", "gang", "network", "syndicate", "mafia"]
COLOURS = ["Red", "Black", "White", "Green", "Blue", "Golden"]

# (item, units it is counted in, low, high): None as the unit is a count.
GOODS = [
    ("cocaine", ["kg", "tonnes", "kilos", "kilograms"], 1, 900),
    ("cannabis", ["kg", "tonnes", "kilograms"], 1, 900),
    ("cannabis resin", ["kg", "tonnes"], 1, 500),
    ("heroin", ["kg", "grams"], 1, 400),
    ("methamphetamine", ["kg", "tonnes", "grams"], 1, 700),
    ("synthetic drugs", ["kg"], 1, 300),
    ("ecstasy pills", [None], 500, 90000),
    ("captagon tablets", [None], 1000, 900000),
    ("firearms", [None], 5, 2000),
    ("handguns", [None], 2, 400),
    ("rounds of ammunition", [None], 100, 90000),
    ("counterfeit medicines", [None], 100, 50000),
    ("pangolin scales", ["kg", "tonnes"], 1, 900),
    ("elephant ivory", ["kg"], 1, 900),
    ("rhino horns", [None], 2, 60),
    ("timber", ["cubic metres"], 10, 9000),
    ("fuel", ["litres"], 500, 900000),
    ("cigarettes", [None], 10000, 9000000),
    ("vehicles", [None], 2, 300),
    ("mobile phones", [None], 5, 900),
    ("precursor chemicals", ["litres", "kg", "tonnes"], 1, 900),
    ("gold", ["kg"], 1, 200),
]
CURRENCIES = ["USD", "EUR", "GBP", "KES", "NGN", "BRL", "INR", "ZAR"]
MONEY_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£"}
CRIMES = [
    "Drug trafficking",
    "Migrant smuggling",
    "Firearms trafficking",
    "Document fraud",
    "Trafficking in human beings",
    "Money laundering",
    "Online fraud",
    "Illegal wildlife trade",
    "Outstanding arrest warrants",
    "Environmental crime",
    "Cigarette smuggling",
]
NUMBER_WORDS = ["Two", "Three", "Four", "Five", "Six", "Eight", "Ten", "Eleven", "Twelve", "Fifteen", "Twenty"]
HEDGES = ["more than", "nearly", "about", "some", "almost", "over", "at least", "approximately", "", "", ""]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
OUTLETS = ["– AFP", "(IPS)", "– Reuters", "(Xinhua)", "– Staff reporter", "SOURCE: press office"]

# Background sentences, built from parts so they vary the way releases do.
_BG_SUBJECT = [
    "Investigators",
    "Analysts at the coordination centre",
    "Officers at ports and airports",
    "Border guards",
    "Customs officers",
    "Prosecutors in several countries",
    "Financial investigators",
    "Specialised units",
]
_BG_VERB = [
    "checked passengers, containers and parcels against international databases",
    "traced payments through money service businesses and crypto-asset exchanges",
    "followed up on leads generated during earlier joint investigations",
    "exchanged operational information through secure channels around the clock",
    "focused on routes used to move drugs, weapons and people across borders",
    "mapped the finances of the networks behind the shipments",
    "searched vessels, warehouses and vehicles identified as high risk",
    "profiled shipments arriving from known source countries",
]
_BG_TAIL = [
    "during the action week.",
    "before and during the operational phase.",
    "in close cooperation with the private sector.",
    "as part of a wider strategy against organised crime.",
    "while analysis of seized devices continues.",
    "with support from liaison officers deployed to the region.",
    "and further arrests are expected as cases progress.",
    "under the supervision of national prosecutors.",
]
_BG_STANDALONE = [
    "Concealment methods ranged from false compartments in trucks to goods hidden among fruit shipments.",
    "Several of the suspects are believed to hold senior positions in the networks concerned.",
    "The results remain provisional while evidence is examined and cases are prepared for court.",
    "Training delivered before the action helped frontline officers spot forged travel documents.",
    "The networks targeted are known to switch routes quickly when enforcement pressure rises.",
    "Part of the proceeds was moved through shell companies registered in several jurisdictions.",
    "Officials warned that online marketplaces are increasingly used to advertise illicit goods.",
    "A second phase of the operation is planned for next year, with more countries expected to join.",
]

_SAID = [
    "We saw the same concealment methods on three continents",
    "Cooperation at this scale was unthinkable ten years ago",
    "The arrests are only the first step; the money is what keeps these groups alive",
    "Frontline officers made the difference",
    "Our priority now is to identify the victims and support them",
]


# --------------------------------------------------------------------------- parts


class _Doc:
    """The cast of one report: its operations, agencies, people and places."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.city, self.country = rng.choice(CITIES)
        self.body, self.body_acronym, self.body_long = rng.choice(BODIES)
        self.year = rng.randint(2012, 2025)
        self.op = _codename(rng)
        self.ops_related = [_codename(rng) for _ in range(rng.randint(1, 4))]
        self.countries = rng.sample(COUNTRIES, rng.randint(4, 22))
        self.used_long_form = False


def _codename(rng: random.Random) -> str:
    style = rng.random()
    if style < 0.35:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    elif style < 0.7:
        name = f"{rng.choice(CODE_WORDS)} {rng.choice(CODE_WORDS)}"
    elif style < 0.8:
        name = f"{rng.choice(CODE_WORDS).upper()}-{rng.randint(1, 30)}"
    else:
        name = rng.choice(CODE_WORDS) + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 2)))
    suffix = rng.random()
    if suffix < 0.3:
        return f"{name} {rng.choice(ROMAN)}"
    if suffix < 0.55:
        return f"{name} {rng.randint(2012, 2025)}"
    if suffix < 0.65 and "-" not in name:
        return f"{name} {rng.randint(2, 9)}"
    return name


def _surname(rng: random.Random) -> str:
    if rng.random() < 0.55:
        return rng.choice(LAST)
    stem = "".join(rng.choice(NAME_SYLLABLES) for _ in range(rng.randint(1, 2)))
    return (stem + rng.choice(NAME_ENDINGS)).capitalize()


def _person(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), _surname(rng)
    if rng.random() < 0.12:
        return f"{first} {rng.choice('ABCDEJKLMPRST')}. {last}"
    return f"{first} {last}"


def _agency(rng: random.Random, country: str) -> tuple[str, str | None]:
    """A national agency's name and, sometimes, its acronym."""
    head = rng.choice(AGENCY_HEADS)
    adj = ADJ.get(country)
    style = rng.random()
    if adj and style < 0.45:
        name = f"{adj} {head}"
    elif style < 0.7 and not head.startswith(("Ministry", "Office")):
        name = f"{country} {head}"
    else:
        name = f"{head} of {country}"
    words = [w for w in name.replace("-", " ").split() if w[0].isupper() and w not in ("The",)]
    acronym = "".join(w[0] for w in words) if rng.random() < 0.5 and len(words) >= 3 else None
    return name, acronym


def _group(rng: random.Random, place: str) -> str:
    style = rng.random()
    kind = rng.choice(GROUP_KINDS)
    if style < 0.3:
        return f"the {_surname(rng)} {kind}"
    if style < 0.55:
        return f"members of the {rng.choice(COLOURS)} {rng.choice(GROUP_WORDS)}s {kind}"
    if style < 0.75:
        return f"the {place} {kind}"
    stem = "".join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()
    return f"a {kind} known as {stem}"


def _int(rng: random.Random, low: int, high: int) -> str:
    value = rng.randint(low, high)
    if value >= 1000:
        style = rng.random()
        if style < 0.25:
            return f"{value // 1000} {value % 1000:03d}"
        if style < 0.35:
            return str(value)
    return f"{value:,}"


def _hedge(rng: random.Random) -> str:
    h = rng.choice(HEDGES)
    return f"{h} " if h else ""


def _amount(rng: random.Random, goods: tuple) -> str:
    item, units, low, high = goods
    unit = rng.choice(units)
    if unit is None:
        return f"{_int(rng, low, high)} {item}"
    if unit == "grams":
        return f"{rng.randint(10, 990)} grams of {item}"
    if unit == "tonnes":
        return f"{rng.randint(1, 40)}.{rng.randint(0, 9)} tonnes of {item}"
    value = rng.randint(low, high)
    if unit in ("kg", "kilos", "kilograms") and rng.random() < 0.15:
        return f"{value}kg of {item}"
    if rng.random() < 0.3:
        return f"{value:,}.{rng.randint(1, 99):02d} {unit} of {item}"
    return f"{value:,} {unit} of {item}"


def _money(rng: random.Random) -> str:
    cur = rng.choice(CURRENCIES)
    style = rng.random()
    if cur in MONEY_PREFIX and style < 0.4:
        return f"{MONEY_PREFIX[cur]}{rng.randint(1, 90)}.{rng.randint(1, 9)} million"
    if style < 0.7:
        return f"{cur} {rng.randint(1, 900)}.{rng.randint(1, 9)} million"
    return f"{cur} {_int(rng, 10000, 990000)}"


def _seizure_list(rng: random.Random, k: int) -> str:
    parts = [_hedge(rng) + _amount(rng, g) for g in rng.sample(GOODS, k)]
    if rng.random() < 0.5:
        parts.append(f"{_money(rng)} in cash")
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _join(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]


def _date(rng: random.Random, year: int) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year}"


# --------------------------------------------------------------------------- sections


def _headline(d: _Doc) -> str:
    rng = d.rng
    region = rng.choice(REGIONS)
    shapes = [
        f"Operation {d.op}: {_int(rng, 20, 3000)} arrests and {_amount(rng, rng.choice(GOODS))} seized in {region}",
        f"{_int(rng, 20, 1500)} arrested in {d.body}-led crackdown across {len(d.countries)} countries",
        f"{d.body} operation nets {_amount(rng, rng.choice(GOODS))} and {_money(rng)} in {region}",
        f"{rng.choice(d.countries)}: police dismantle trafficking network, {rng.randint(3, 60)} held",
        f"'{d.op}' operation hits criminal networks in {region}",
        f"{rng.choice(NUMBER_WORDS)} tonnes of drugs seized as {d.body} targets routes into {region}",
    ]
    line = rng.choice(shapes)
    return line.upper() if rng.random() < 0.05 else line


def _dateline(d: _Doc) -> str:
    rng = d.rng
    style = rng.random()
    if style < 0.55:
        return f"{d.city}, {d.country} – "
    if style < 0.75:
        return f"{d.city}, {d.country}, {_date(rng, d.year)} – "
    if style < 0.9:
        return f"{d.city.title()} ({d.country}) – "
    return f"{d.city} – "


def _lead(d: _Doc) -> str:
    rng = d.rng
    who = d.body if not d.body_long or rng.random() < 0.6 else f"the {d.body_long} ({d.body})"
    if who != d.body:
        d.used_long_form = True
    figures = [
        f"{_hedge(rng)}{_int(rng, 20, 3000)} arrests",
        f"the seizure of {_seizure_list(rng, rng.randint(2, 4))}",
    ]
    if rng.random() < 0.5:
        figures.append(f"the rescue of {_hedge(rng)}{_int(rng, 5, 900)} victims of trafficking")
    if rng.random() < 0.4:
        figures.append(f"the dismantling of {rng.randint(2, 60)} criminal networks")
    shapes = [
        f"An operation coordinated by {who} across {len(d.countries)} countries has led to {_join(figures)}.",
        f"Police, customs and border agencies in {len(d.countries)} countries took part in Operation {d.op}, "
        f"which resulted in {_join(figures)}, {who} said.",
        f"{_join(figures).capitalize()} are the results of Operation {d.op}, a {rng.randint(2, 12)}-week "
        f"effort supported by {who}.",
        f"Law enforcement officers from {len(d.countries)} countries, codenamed {d.op} and backed by {who}, "
        f"have made {_join(figures)}.",
    ]
    return _dateline(d) + rng.choice(shapes)


def _participants(d: _Doc) -> str:
    rng = d.rng
    cs = d.countries
    style = rng.random()
    month = rng.choice(MONTHS)
    if style < 0.4:
        return (
            f"Operation {d.op} ran from {rng.randint(1, 14)} to {rng.randint(15, 28)} {month} {d.year} and "
            f"involved authorities in {_join(cs)}."
        )
    if style < 0.7:
        half = max(1, len(cs) // 2)
        partners = rng.sample(PARTNERS, 2)
        return (
            f"The operation brought together:\n"
            f"Member countries: {', '.join(cs[:half])}.\n"
            f"Partner countries: {', '.join(cs[half:]) or cs[0]}.\n"
            f"International partners: {d.body}, {partners[0][4:]}, {partners[1][4:]}."
        )
    return (
        f"Participating countries were {_join(cs)}. The {rng.choice(['two-week', 'month-long', 'five-day'])} "
        f"action in {month} {d.year} was run from a coordination centre in {rng.choice(CITIES)[0].title()}, "
        f"with support from {rng.choice(PARTNERS)}."
    )


def _results(d: _Doc) -> str:
    rng = d.rng
    style = rng.random()
    if style < 0.35:
        rows = [
            f"- {_int(rng, 10, 2000)} individuals arrested",
            f"- {_int(rng, 5, 400)} new investigations opened",
            f"- {_amount(rng, rng.choice(GOODS))} seized",
            f"- {_int(rng, 1000, 900000)} checks on persons and vehicles",
        ]
        if rng.random() < 0.6:
            rows.append(f"- {_int(rng, 2, 300)} victims rescued")
        wanted = ""
        if rng.random() < 0.5:
            wanted = (
                f"\n\nAmong those arrested was {_person(rng)}, {rng.randint(21, 60)}, wanted by "
                f"{rng.choice(d.countries)} under a Red Notice."
            )
        return "Results of the action days include:\n" + "\n".join(rows) + wanted
    if style < 0.65:
        crimes = rng.sample(CRIMES, rng.randint(4, 7))
        rows = [f"{c}: {rng.randint(1, 120)}" for c in crimes]
        return "The arrests break down as follows:\n" + "\n".join(rows)
    picks = rng.sample(d.countries, min(len(d.countries), rng.randint(2, 4)))
    counts = ", ".join(f"{c} ({rng.randint(1, 90)})" for c in picks)
    more = " and ".join(f"{rng.randint(1, 40)} in {c}" for c in rng.sample(d.countries, 2))
    return (
        f"Most arrests were made in {counts}. Another {rng.randint(10, 400)} suspects were identified "
        f"({more}), and {_hedge(rng)}{_int(rng, 2, 90)} weapons were taken off the street."
    )


def _capital(country: str) -> str:
    for city, c in CITIES:
        if c == country:
            return city.title()
    return country


def _highlight(d: _Doc) -> str:
    """What one country's agencies did, with its people, places and groups."""
    rng = d.rng
    country = rng.choice(d.countries)
    agency, acronym = _agency(rng, country)
    named = f"the {agency} ({acronym})" if acronym else f"the {agency}"
    town = rng.choice(TOWNS.get(country) or [_capital(country)])
    where = f"{town}, {country}" if town != country else country
    local = town != country
    group = _group(rng, town if local and rng.random() < 0.5 else rng.choice(GROUP_WORDS))
    area = f"the {town} area"
    if not local:
        town = area = "the capital"
    ages = [f"{_person(rng)}, {rng.randint(19, 66)}" for _ in range(rng.randint(1, 3))]
    suspects = ages[0] if len(ages) == 1 else ", ".join(ages[:-1]) + ", and " + ages[-1]
    style = rng.random()
    if style < 0.25:
        return (
            f"In {country}, {named} arrested {_hedge(rng)}{rng.randint(2, 80)} suspects linked to {group} "
            f"in raids in and around {town}, seizing {_seizure_list(rng, rng.randint(1, 2))}."
        )
    if style < 0.45:
        return (
            f"{rng.choice(NUMBER_WORDS)} people were detained in {where}, where officers of {named} "
            f"intercepted {_amount(rng, rng.choice(GOODS))} hidden in a container of "
            f"{rng.choice(['bananas', 'scrap metal', 'frozen fish', 'furniture', 'coffee'])} shipped from "
            f"{rng.choice(COUNTRIES)}. Those held include {suspects}, said to belong to {group}."
        )
    if style < 0.65:
        return (
            f"{rng.choice(RANKS)} {_person(rng)} said {agency} officers recovered "
            f"{_amount(rng, rng.choice(GOODS))} during searches in {area}. {suspects}, "
            f"{'were' if len(ages) > 1 else 'was'} charged with trafficking offences and remanded in "
            f"custody in {town}."
        )
    if style < 0.85:
        return (
            f"Acting on intelligence from {d.body}, {named} and the {rng.choice(UNITS)} dismantled {group} "
            f"in {where}. {rng.randint(2, 40)} people were arrested, while assets worth {_money(rng)} were frozen "
            f"in {rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)}."
        )
    other, other_acr = _agency(rng, country)
    return (
        f"In {where}, a joint team of {named} and the {other}{f' ({other_acr})' if other_acr else ''} "
        f"followed a shipment from {rng.choice(COUNTRIES)} through {rng.choice(COUNTRIES)} before arresting "
        f"{suspects}, in {town} as part of Operation {d.op}."
    )


def _routes(d: _Doc) -> str:
    """Where goods and people moved: a paragraph dense in places, light in figures."""
    rng = d.rng
    a, b, c = rng.sample(COUNTRIES, 3)
    town = rng.choice(TOWNS[rng.choice(list(TOWNS))])
    shapes = [
        f"Shipments leaving {a} and {b} were traced through {rng.choice(REGIONS)} to ports such as "
        f"{town}, with {c} used as a transit country.",
        f"Analysts mapped routes running from {a} across {rng.choice(REGIONS)} into {b}, and a second corridor "
        f"through {c} towards {town}.",
        f"Victims recruited in {a} and {b} were moved through {c} and exploited in {town}, investigators said.",
        f"Networks active in {a}, {b} and {c} relied on couriers flying into {town} and on road freight "
        f"through {rng.choice(REGIONS)}.",
    ]
    text = rng.choice(shapes)
    if rng.random() < 0.4:
        text += f" “The routes change, the people behind them do not,” said {_person(rng)}, {rng.choice(TITLES)}."
    return text


def _quote(d: _Doc) -> str:
    rng = d.rng
    person = _person(rng)
    surname = person.split()[-1]
    title = rng.choice(TITLES)
    unit = rng.choice(UNITS)
    style = rng.random()
    if style < 0.25:
        return (
            f"{person}, {d.body}'s {title}, said the results of Operation {d.op} showed what sharing "
            f"intelligence across borders can achieve. {surname} added that the {unit} would keep "
            f"pursuing the networks behind the shipments."
        )
    if style < 0.45:
        return (
            f"“No single country can take on these networks alone,” said {person}, {title} at {d.body}. "
            f"“{d.op} shows what {rng.choice(REGIONS)} achieves when information moves as fast as the criminals.”"
        )
    if style < 0.65:
        return (
            f"According to {title} {person}, the {unit} will share the intelligence gathered with "
            f"{rng.choice(d.countries)} and {rng.choice(d.countries)} so that investigations can continue."
        )
    if style < 0.8:
        return (
            f"{d.body} {title} {person} thanked the participating countries and said a follow-up "
            f"operation was already being planned with {rng.choice(PARTNERS)}."
        )
    agency, _ = _agency(rng, rng.choice(d.countries))
    return (
        f"{rng.choice(RANKS)} {person} of the {agency} said the operation had disrupted supply "
        f"routes into {rng.choice(REGIONS)}, and that the {unit} was still analysing phones and ledgers."
    )


def _history(d: _Doc) -> str:
    rng = d.rng
    parts = []
    for op in d.ops_related:
        year = rng.randint(2010, max(2011, d.year - 1))
        shape = rng.random()
        if shape < 0.3:
            parts.append(
                f"Operation {op}, carried out in {year}, led to {_hedge(rng)}{_int(rng, 20, 2000)} arrests "
                f"in {rng.choice(d.countries)} and {rng.choice(d.countries)}."
            )
        elif shape < 0.55:
            parts.append(f"The previous edition, codenamed {op}, identified {_int(rng, 5, 700)} victims in {year}.")
        elif shape < 0.8:
            parts.append(f"It follows the '{op}' operation of {year}, which dismantled {rng.randint(2, 40)} networks.")
        else:
            parts.append(f"Operation {op} ({year}) focused on {rng.choice(REGIONS)} and {rng.choice(d.countries)}.")
    lead = rng.choice(
        [
            f"Operation {d.op} builds on earlier actions.",
            f"{d.op} is the latest in a series.",
            "The action is not the first.",
        ]
    )
    return lead + " " + " ".join(parts)


def _background(d: _Doc) -> str:
    rng = d.rng
    sentences = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.4:
            sentences.append(rng.choice(_BG_STANDALONE))
        else:
            sentences.append(f"{rng.choice(_BG_SUBJECT)} {rng.choice(_BG_VERB)} {rng.choice(_BG_TAIL)}")
    if rng.random() < 0.3:
        said = rng.choice(_SAID)
        sentences.append(f"“{said},” said {_person(rng)}, {rng.choice(TITLES)}.")
    return " ".join(sentences)


def _partners(d: _Doc) -> str:
    rng = d.rng
    companies = rng.sample(COMPANIES, rng.randint(2, 4))
    return (
        f"Private partners including {_join(companies)} supported the operation with data and analysis. "
        f"Funding came from {rng.choice(PARTNERS)} and the governments of {_join(rng.sample(COUNTRIES, 2))}."
    )


def _notes(d: _Doc) -> str:
    rng = d.rng
    if d.body_long and not d.used_long_form:
        return f"About {d.body}: the {d.body_long} supports its member countries in fighting serious crime."
    return rng.choice(OUTLETS)


#: Middle sections, drawn with these weights until a report reaches its length.
_BODY_SECTIONS: list[tuple[Callable[[_Doc], str], int]] = [
    (_highlight, 3),
    (_routes, 2),
    (_results, 1),
    (_quote, 3),
    (_history, 1),
    (_background, 7),
    (_partners, 1),
]


def _target_length(rng: random.Random) -> int:
    """Bytes a report aims at: mostly 1-10 KB (median about 3.5 KB), about
    4 in 100 longer (10-30 KB), 2 in 1,000 up to 300 KB and 4 in 10,000 up
    to 1 MB (situation reports)."""
    u = rng.random()
    if u < 0.0004:
        return rng.randint(300_000, MAX_BYTES - 20_000)
    if u < 0.0024:
        return rng.randint(30_000, 300_000)
    if u < 0.04:
        return rng.randint(10_000, 30_000)
    return int(min(9_800, max(1_100, math.exp(rng.gauss(math.log(3_300), 0.55)))))


#: The largest report, in characters: no report grows past it.
MAX_BYTES = 1_000_000


def report(rng: random.Random, target: int = 3_300) -> str:
    """One report of about ``target`` characters."""
    d = _Doc(rng)
    paragraphs = [_headline(d), _lead(d), _participants(d), _results(d), _highlight(d)]
    if rng.random() < 0.6:
        paragraphs.append(_history(d))
    size = sum(len(p) + 2 for p in paragraphs)
    sections, weights = zip(*_BODY_SECTIONS, strict=True)
    tail = _notes(d)
    while size + len(tail) < target:
        # A long report turns into a situation report: new countries join.
        if size > 10_000 and rng.random() < 0.1:
            d.countries = rng.sample(COUNTRIES, rng.randint(5, 28))
            d.ops_related = [_codename(rng) for _ in range(rng.randint(1, 3))]
            section = f"Update from {rng.choice(REGIONS)}, {_date(rng, d.year)}\n\n{_participants(d)}"
        else:
            section = rng.choices(sections, weights)[0](d)
        if size + len(section) + len(tail) > MAX_BYTES:
            break
        paragraphs.append(section)
        size += len(section) + 2
    paragraphs.append(tail)
    return "\n\n".join(paragraphs) + "\n"


def generate(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``n`` reports; the same arguments give the same texts.
    Lengths come from a stream of their own, so the tail of long reports
    does not shift when the wording changes."""
    rng = random.Random(seed)
    lengths = random.Random(f"lengths-{seed}")
    for i in range(n):
        yield f"report-{i:06d}.txt", report(rng, _target_length(lengths))


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
