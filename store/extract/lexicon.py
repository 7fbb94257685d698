"""Word lists the rule-based extractor reasons with.

These are words of the domain (what an agency or a job title is called),
not names taken from any document docket is scored on.
"""

from __future__ import annotations

#: Words that end (or start) the name of an organisation.
ORG_HEADS = frozenset(
    """
    Police Policing Agency Agencies Organization Organisation Organizations Office Bureau
    Bureaux Centre Center Council Commission Committee Ministry Department Service
    Services Force Forces Unit Units Secretariat Directorate Administration Coastguard
    Guard Customs Authority Union Nations Nation Institute Court Tribunal Gendarmerie
    Investigations Division Command Corps Assembly Parliament Bank Association
    Federation Foundation Alliance Community Cartel Mafia Syndicate Confraternity
    Brotherhood Squad Brigade Branch Section Prosecution Prosecutors Prosecutor's
    Inspectorate Constabulary Carabinieri Network Group Board Registry Cell Team
    University Corporation Company Ltd Inc Airlines Airways Bank Fund Programme's
    Taskforce Task Institute Observatory Center Academy Army Navy Marines Military
    Ministries Interpol Europol Eurojust Frontex Guardia Policía Policia Polizia Polizei
    Garda Gendarmería Fiscalía Procuraduría
    """.split()
)
#: Head words that start an organisation name ("Ministry of Interior").
ORG_LEADS = frozenset(
    """
    Ministry Department Office Bureau Council Commission Committee Directorate
    Secretariat Guardia Policía Policia Polizia Gendarmerie Fiscalía Procuraduría
    Carabinieri Garda Federal National Royal
    """.split()
)
#: Lower-case words that may close an organisation name ("Criminal Networks unit").
ORG_LOWER_TAILS = frozenset({"unit", "units"})

#: Organisations known by one name everywhere: international bodies and the
#: agencies and criminal groups that reports name without a head word.
KNOWN_ORGS = frozenset(
    """
    INTERPOL Interpol Europol EUROPOL Eurojust EUROJUST Frontex FRONTEX UNODC AFRIPOL
    Afripol AMERIPOL Ameripol ASEANAPOL Aseanapol GCCPOL SARPCCO EAPCCO WAPCCO WCO OLAF
    FATF UNICRI UNHCR IOM OSCE NATO EU UN UNDP UNEP UNICEF WHO ASEAN CARICOM ECOWAS
    SADC OAS FBI DEA ATF HSI ICE CBP NCA BKA DHS DOJ RCMP EMPACT Carabinieri Mossos
    Ertzaintza ISIS ISIL Daesh Al-Qaeda Hezbollah Hamas Boko Haram Al-Shabaab
    Ndrangheta 'Ndrangheta Camorra Yakuza IMF OECD OPCW IAEA CITES-Secretariat
    """.split()
) - {"Boko", "Haram"}
KNOWN_ORG_PHRASES = (
    "Boko Haram",
    "Cosa Nostra",
    "Sinaloa Cartel",
    "Tren de Aragua",
    "Guardia Civil",
    "Guardia di Finanza",
    "Policía Nacional",
    "Scotland Yard",
    "Secret Service",
    "World Bank",
    "Egmont Group",
    "African Union",
    "European Union",
    "United Nations",
    "Council of Europe",
    "European Commission",
    "Comando Vermelho",
    "Primeiro Comando da Capital",
)

#: All-caps words that are not organisations.
NOT_ORG_CAPS = frozenset(
    """
    COVID SARS HIV AIDS DNA GPS VPN SMS URL IP ID IT AI CEO CFO PDF USD EUR GBP UTC GMT
    NGO NGOS SIM VAT MTIC BEC ATM OSINT KYC AML CTF ICT IOT PPE TV CCTV CSAM CSEM
    OK AM PM II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX MDMA LSD
    THC CBD APT DDOS IED IEDS AK RPG UAV UAVS CBRN CBRNE WMD NB PS FAQ Q A I KG KM CITES
    """.split()
)

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
