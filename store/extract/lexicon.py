"""Word lists the rule-based extractor reasons with.

These are words of the domain (what an agency or a job title is called),
not names taken from any document docket is scored on.
"""

from __future__ import annotations

import functools

from .wordlists import entries, words


@functools.cache
def _iso_currency_codes() -> frozenset[str]:
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

#: All-caps words that are not organisations (words/not_org_caps.txt, plus ISO 4217 currency codes).
NOT_ORG_CAPS = words("not_org_caps") | _iso_currency_codes()

#: Words of a job title; a name next to one is a person.
TITLE_WORDS = frozenset(
    """
    Director Secretary Minister Commissioner Chief Head President Vice Officer
    Coordinator Co-ordinator Spokesperson Spokesman Spokeswoman Ambassador Commander
    Inspector Superintendent Prosecutor Attorney Judge Chair Chairman Chairperson
    Chairwoman Governor Mayor Adviser Advisor Manager Deputy Assistant Executive Agent
    Leader Representative Envoy Consul Attaché Analyst Expert Specialist Senator
    Sergeant Lieutenant Captain Colonel Major General Admiral Brigadier Marshal
    Detective Constable Counsellor Councillor Professor Dr Mr Mrs Ms Miss Sir Dame Lord
    Lady Prince Princess King Queen Sheikh Excellency Investigator Official Founder
    Partner Rapporteur Registrar Undersecretary Under-Secretary Magistrate
    """.split()
)
TITLE_WORDS_LOWER = frozenset(w.lower() for w in TITLE_WORDS) | {
    "spokesperson",
    "official",
    "officer",
    "head",
    "chief",
    "director",
    "minister",
    "expert",
    "investigator",
    "agent",
    "analyst",
    "coordinator",
}

#: Verbs of speech that follow a person's name.
SPEECH_VERBS = frozenset(
    """
    said says added noted stated explained told stressed warned commented highlighted
    emphasized emphasised welcomed pointed announced urged remarked underlined
    underscored observed declared affirmed confirmed praised thanked acknowledged
    argued insisted called concluded recalled reiterated described
    """.split()
)

#: Capitalised words that start sentences or headlines and are not names.
COMMON_CAPS = frozenset(
    """
    The A An In On At For During Under With By From Its Their This That These Those
    Both All Other Officers Police Officials Authorities According After Before
    Across Among Between Through Throughout Since While When Where Which Who What
    Following Meanwhile However Also Further Furthermore Moreover Many Some Several
    Most More Such Each Every One Two Three Four Five Six Seven Eight Nine Ten
    Results Operation Operations It He She They We Our His Her As If But And Or So
    Of To Over Nearly Almost About Around Global International Regional National
    Joint Recent New First Second Third Last Previous Earlier Participating Member
    Countries Agencies Investigators Customs Officers Suspects Victims Why How Guns
    Small Large Major Minor Total Overall Separately Elsewhere Here There Today
    Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November
    December Representatives Delegates Participants Speaking Asked Notably Together
    Drug Drugs Cocaine Heroin Cannabis Firearms Weapons Cash Dangerous Illegal
    Illicit Criminal Crime Crimes Organized Organised Human Trafficking Smuggling
    Cyber Cybercrime Online Digital Financial Fraud Money Laundering Wildlife
    Environmental Maritime Border Security Strategic Tactical Intelligence Data
    Secretary General Director Executive Assistant Deputy Chief Head President Minister
    Commissioner Mr Ms Mrs Dr Ambassador Partners Conference Summit Meeting Forum Event
    Week Day Days Month Year Years Notice Notices Red Yellow Blue Green Black Purple
    Orange Silver Diffusion Diffusions Project Programme Program Initiative Protocol
    System Platform Database Databases Report Reports Action Plan Strategy Framework
    Phase Stage Unit Team Centre Center Office Bureau Note Editor Editors Contact
    Media Press Release Statement Source Sources Photo Video Image Annex Appendix
    Under-Secretary Nations United Kingdom Republic State States Member States
    Transnational Emerging Specialized Specialised Anti Counter Counter-terrorism
    Dubbed Codenamed Code-named Named Called Known Terrorism Terrorist Terrorists
    Gang Gangs Group Groups Network Networks Cartel
    Cartels Mafia Trafficker Traffickers Smugglers Ministries Governments Government
    Law Enforcement Justice Interior Foreign Affairs Home Defence Defense Finance
    """.split()
)

#: Nouns after a number that make it not an operational figure.
NOT_FIGURE_NOUNS = frozenset(
    """
    countries country nations nation territories territory states agencies agency
    officers officer officials official participants investigators experts
    prosecutors judges partners organizations organisations institutions delegates
    representatives police staff personnel members-states member days day weeks
    week months month years year hours hour minutes minute seconds decades decade
    per percent % times editions edition phases phase stages stage sessions session
    languages regions continents cities provinces ministries partners units teams
    hubs centres centers offices bureaus steps pillars priorities areas sectors
    kilometres kilometers km miles metres meters nautical hectares
    """.split()
)
