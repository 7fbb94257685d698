"""Shapes found on a set of sixty real articles from outlets the project had not read before (Latin America and the
Caribbean, Europe and Central Asia, Africa and the Middle East, Asia-Pacific and North America), scored first as
unseen text and only then read. Each test text is written here, in the shape seen, with names and numbers of its
own: a standing taskforce named after its word, an action day's codename after "operation", a quoted codename that
ends on the word "Operation" with the stop inside the quotes, a quoted codename glossed in brackets before the
word, a lead's drive named late ("the take down – dubbed Operation X", "this operation, called "X""), a record
counted from a past event, dollars of other countries written with their own letters, and a verb of its own after
"and" in a list of counts."""

from __future__ import annotations

import pytest

from store.extract import extract


def ents(text: str, kind: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == kind}


def figs(text: str) -> set[tuple]:
    return {(f.operation, f.metric, f.value, f.unit) for f in extract(text).figures}


@pytest.mark.parametrize(
    "text",
    [
        "Detectives from Taskforce Cobalt executed nine search warrants across Perth on Tuesday.",
        "In Victoria, Taskforce Cobalt detectives charged three men with trafficking.",
        "Taskforce Cobalt, which brings together state and federal officers, was set up in 2023.",
    ],
)
def test_a_taskforce_named_after_its_word_is_a_body(text: str) -> None:
    assert "Taskforce Cobalt" in ents(text, "ORG")


def test_the_word_taskforce_alone_is_no_body() -> None:
    assert ents("A taskforce was formed and the Taskforce arrested three people.", "ORG") == set()


def test_an_action_days_codename_after_operation_drops_the_generic_words() -> None:
    text = (
        "Joint Action Day Borealis: 3.1 mln cigarettes seized at the border\n"
        "Customs and border guards of five countries took part in operation Joint Action Day Borealis, led by "
        "Estonia. Officers arrested 12 people and seized 3.1 million cigarettes."
    )
    assert ents(text, "OPERATION") == {"Borealis"}
    assert ("Borealis", "arrests", 12.0, "count") in figs(text)


def test_a_quoted_codename_ending_on_the_word_operation_with_the_stop_inside_the_quotes() -> None:
    text = (
        "Police in Abeokuta arrested 214 suspects in a dawn raid. They were picked up during a surprise sweep known "
        "as the ‘Night Heron Operation.’ Officers also seized 40 laptops."
    )
    assert ents(text, "OPERATION") == {"Night Heron"}
    assert ("Night Heron", "arrests", 214.0, "count") in figs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The suspects were detained as part of the “Ağ-27” (Net-27) operation, which ran in nine provinces.",
        'The gang was broken up in the "Kule-12" ("Tower-12" in English) operation held in Izmir.',
    ],
)
def test_a_quoted_codename_glossed_in_brackets_before_the_word_operation(text: str) -> None:
    assert ents(text, "OPERATION") & {"Ağ-27", "Kule-12"}


# Paragraphs of background with no figure and no operation, as long releases have them between the lead and the
# paragraph that names the drive (the lead then ends before the name)
_BACKGROUND = (
    "The agency said the networks had infected computers in dozens of countries and rented them out to other groups, "
    "who used them to spread ransomware and to steal the banking details of private users and small firms.\n"
    "The malicious software reached most devices through phishing messages: emails that look as if they come from a "
    "bank, a parcel service or a tax office, and that ask the reader to open an attachment or to follow a link.\n"
    "Investigators from several member states worked on the case for more than two years, the agency said, and "
    "prosecutors in three countries opened proceedings against the suspects, who face charges of fraud, extortion "
    "and membership of a criminal organisation.\n"
    "Officials urged the public to keep their devices up to date and to report any suspicious message to the police, "
    "adding that victims who paid a ransom rarely saw their files returned in full.\n"
)


def test_the_leads_drive_named_late_by_a_dash_and_dubbed_is_the_figures_operation() -> None:
    text = (
        "Botnet operators held in Moldova and Georgia\n"
        "Europol said on Friday that five ringleaders of several malware networks have been arrested.\n"
        + _BACKGROUND
        + "The agency said the take down – dubbed Operation Glass Harbour – is ongoing."
    )
    assert ("Glass Harbour", "arrests", 5.0, "count") in figs(text)


def test_the_leads_drive_named_late_as_this_operation_called_is_the_figures_operation() -> None:
    text = (
        "Fraud ring broken up, 310 million euros frozen\n"
        "A ring behind a malware scheme was dismantled and assets worth 310 million euros were seized, prosecutors "
        "said on Monday.\n"
        + _BACKGROUND
        + "Three of the people arrested within the framework of this operation, called “White Whale”, were abroad."
    )
    found = figs(text)
    assert ("White Whale", "seized", 310000000.0, "EUR") in found
    assert ("White Whale", "arrests", 3.0, "count") in found


@pytest.mark.parametrize(
    ("written", "code", "value"),
    [("Gy$18 million", "GYD", 18_000_000.0), ("TOP$9,440", "TOP", 9440.0), ("GY$2,500,000", "GYD", 2_500_000.0)],
)
def test_dollars_of_other_countries_written_with_their_own_letters(written: str, code: str, value: float) -> None:
    assert (None, "seized", value, code) in figs(f"Police seized {written} in cash at the airport.")


def test_letters_that_are_no_currency_before_a_dollar_sign_leave_dollars() -> None:
    assert (None, "seized", 5_000_000.0, "USD") in figs("Police seized Tax$5 million in cash.")


def test_a_verb_of_its_own_after_and_in_a_list_of_counts_governs_its_count() -> None:
    text = (
        "Police seized 61,400 kilos of cocaine and dismantled 48 trafficking structures, of which 3,912 people were "
        "arrested, the ministry said."
    )
    found = figs(text)
    assert (None, "seized", 61400.0, "kg") in found
    assert (None, "dismantled", 48.0, "count") in found
    assert (None, "arrests", 3912.0, "count") in found


def test_a_list_of_goods_after_and_keeps_its_verb() -> None:
    found = figs("Officers seized 12 pistols, 40 rifles and 300 rounds of ammunition.")
    assert {v for _, m, v, _ in found if m == "seized"} == {12.0, 40.0, 300.0}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ('Prosecutors identified the three only as Pedro Luis "N", Ismael "N" and Ana Rosa "N".',
         {"Pedro Luis", "Ismael", "Ana Rosa"}),
        ("Those held include Ramiro “N,” police chief in Toluca; Sergio “N,” his deputy.", {"Ramiro", "Sergio"}),
        ("Agents detained the mayor of Tenango, Lucía Fernanda “N.” The operation goes on.", {"Lucía Fernanda"}),
    ],
)  # fmt: skip
def test_given_names_before_a_withheld_surnames_mark_are_the_persons_name(text: str, people: set[str]) -> None:
    assert ents(text, "PERSON") == people


def test_a_quoted_n_after_a_word_that_is_no_given_name_names_nobody() -> None:
    assert ents('Building "N" was raided and Plan "N" was adopted.', "PERSON") == set()


# Shapes from a second set of sixty articles (E: maritime interdictions, cyber and fraud, local police news,
# multi-country roundups), scored unseen first, then read.


def test_a_vessels_codename_is_no_operation() -> None:
    text = (
        "Navy intercepts dhow with 900 kg of heroin\n"
        "The navy intercepted a stateless dhow codenamed ‘MARLIN’ and seized 900 kilograms of heroin in an "
        "operation codenamed SEA SHIELD 2026.04, officials said."
    )
    assert ents(text, "OPERATION") == {"SEA SHIELD 2026.04"}
    assert ("SEA SHIELD 2026.04", "seized", 900.0, "kg") in figs(text)


def test_words_before_operation_that_the_text_then_gives_a_codename_are_no_codename() -> None:
    text = (
        "Police raid betting dens during the Asian Cup\n"
        "Police ran a four-week Asian Cup operation that carried out 640 raids and 910 arrests.\n"
        "The 2027 Asian Cup operation, codenamed Operation KICKOFF III, ran from June to July."
    )
    assert ents(text, "OPERATION") == {"KICKOFF III"}
    assert ("KICKOFF III", "arrests", 910.0, "count") in figs(text)


@pytest.mark.parametrize("word", ["Action", "Investigation"])
def test_a_drives_own_noun_after_the_keyword_is_no_codename(word: str) -> None:
    text = f"Border Guards Refuse Entry to 140 People in Joint Operation {word}\nOfficers refused entry to 140 people."
    assert ents(text, "OPERATION") == set()


def test_a_lead_of_separate_drives_is_no_operations_named_late() -> None:
    filler = (
        "Residents said the gang had struck homes in the estate for months before the raid, taking phones, cash and "
        "livestock, and that the arrests had brought relief to the area. Officers asked anyone with information on "
        "the remaining members to report to the nearest police station, and said patrols would continue at night. "
    )
    text = (
        "Three guns recovered and 11 suspects arrested in separate police operations\n"
        "Three guns were recovered in separate police operations that saw 11 suspects arrested.\n"
        "In the first raid, detectives arrested six suspects in an investigation that is ongoing. "
        + filler * 4
        + "\nThe county is among those covered by Operation Linda Mpaka, which targets illegal firearms."
    )
    found = figs(text)
    assert (None, "arrests", 11.0, "count") in found
    assert not any(operation == "Linda Mpaka" for operation, *_ in found)


def test_a_period_after_a_part_of_the_operation_is_that_parts() -> None:
    text = (
        "Police arrest 240 in fraud sweep\n"
        "The operation, codenamed Safe Wire II, led to the arrest of 240 suspects in 14 countries.\n"
        "The first phase of the operation last year resulted in 198 arrests across 11 countries."
    )
    found = figs(text)
    assert ("Safe Wire II", "arrests", 240.0, "count") in found
    assert (None, "arrests", 198.0, "count") in found


@pytest.mark.parametrize(("written", "code"), [("KSh 6.4B", "KES"), ("$1.5B", "USD")])
def test_a_capital_b_glued_to_a_sum_is_billions(written: str, code: str) -> None:
    value = float(written.split()[-1].lstrip("$")[:-1]) * 1e9
    assert (None, "seized", value, code) in figs(f"Navy intercepts vessel carrying methamphetamine valued {written}")


def test_a_capital_b_after_a_number_without_a_currency_is_no_scale() -> None:
    assert not any(v == 2e9 for *_, v, _ in figs("Police raided Block 2B and seized 2B doses of pills."))


def test_a_round_of_the_year_after_a_codenames_roman_numeral() -> None:
    assert ents("The navy seized two tankers in Operation Trisakti-II/24 off Natuna.", "OPERATION") == {
        "Trisakti-II/24"
    }


def test_places_listed_after_communities_to_include() -> None:
    text = (
        "The raids began at 3 a.m. and impacted several communities to include Greenvale Heights, Marlow Pen, "
        "Tamarind Ridge and Old Harbour Bay."
    )
    assert {"Greenvale Heights", "Tamarind Ridge"} <= ents(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("“It was a good day,” said Lt. Cmdr. Jordan Whitcombe, the cutter's commanding officer.", "Jordan Whitcombe"),
        ("“We seized it at dawn,” said Capt. Chad Okafor.", "Chad Okafor"),
    ],
)
def test_a_given_name_that_is_a_countrys_after_a_rank(text: str, person: str) -> None:
    assert person in ents(text, "PERSON")


def test_a_country_between_a_post_and_a_name_stays_a_place() -> None:
    text = "The Interior Minister of Jordan Ayman Qudah said 40 people were arrested."
    assert "Jordan" in ents(text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Director of Public Affairs of the Zambia Police Service, Inspector Ruth Banda, said so.",
         "Zambia Police Service"),
        ("The Head of Communications of the Kenya Prisons Service said 12 inmates were recaptured.",
         "Kenya Prisons Service"),
    ],
)  # fmt: skip
def test_a_posts_domain_before_the_body_it_serves_is_no_part_of_the_bodys_name(text: str, body: str) -> None:
    assert ents(text, "ORG") == {body}


def test_a_unit_named_before_its_body_after_a_post_stays_a_unit() -> None:
    text = "The head of the Anti-Narcotics Directorate of the Colombian National Police said 14 were arrested."
    assert {"Anti-Narcotics Directorate", "Colombian National Police"} <= ents(text, "ORG")


def test_a_remark_quoted_that_opens_on_the_operations_name_ends_the_name() -> None:
    text = "“Operation Larkspur has shaken some of our most seasoned officers,” the commissioner said."
    assert ents(text, "OPERATION") == {"Larkspur"}


def test_names_of_a_list_flattened_with_bullets_and_particles() -> None:
    text = (
        "The five suspects were identified as: • Rogelio Mabanta, • Dionisio de Leon, • Arvin Talosig, "
        "• Marites Ocampo, and • Venancio Duldulao."
    )
    assert {"Rogelio Mabanta", "Dionisio de Leon", "Arvin Talosig", "Venancio Duldulao"} <= ents(text, "PERSON")


def test_a_series_name_in_capitals_beside_its_editions_is_no_body() -> None:
    text = (
        "Operation HARVESTER VI: 88 seizures of illegal waste\n"
        "Customs ran Operation HARVESTER VI in 60 countries. It follows several HARVESTER operations since 2011."
    )
    assert "HARVESTER" not in ents(text, "ORG")


def test_a_paragraphs_opening_words_in_capitals_name_no_codename() -> None:
    text = (
        "Fake drinks seized\n\nA COORDINATED operation against counterfeiters has led to 120 arrests in 30 countries."
    )
    assert ents(text, "OPERATION") == set()


def test_a_bodys_letters_stay_a_body_beside_a_codename_with_a_year() -> None:
    text = (
        "Operation Kanal – Altai 2027 ran on the territory of the member states of the Collective Security Treaty "
        "Organization (CSTO) from 3 to 14 May. The coordination was carried out by the CSTO Secretariat. Officers "
        "seized 1.4 tonnes of drugs."
    )
    assert "CSTO" in ents(text, "ORG")


def test_a_given_name_that_is_a_countrys_after_a_verb_of_saying_before_a_post() -> None:
    text = "“We will keep these drugs off our streets,” said Chad Okonjo, special agent in charge of the office."
    assert "Chad Okonjo" in ents(text, "PERSON")
    assert "Chad" not in ents(text, "LOCATION")


def test_countries_listed_after_a_verb_of_saying_stay_places() -> None:
    assert {"Chad", "Niger"} <= ents("The minister said Chad, Niger and Mali signed the accord.", "LOCATION")


# Guards from an independent review of the rules above: texts in the rules' shapes that must keep their reading.


@pytest.mark.parametrize("word", ["Blitz", "Takedown", "Crackdown", "Sweep", "Surge", "Manhunt"])
def test_a_codename_that_is_a_drives_word_stays_a_codename(word: str) -> None:
    text = f"Police launched Operation {word} in Leeds on Monday, arresting 40 people."
    assert ents(text, "OPERATION") == {word}
    assert (word, "arrests", 40.0, "count") in figs(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The crackdown, dubbed "Operation Not In My Community," led to 64 arrests.', "Not In My Community"),
        ("Police said the sweep, code-named “Operation Crime Has No Hiding Place,” led to 51 arrests.",
         "Crime Has No Hiding Place"),
    ],
)  # fmt: skip
def test_a_slogan_codename_after_a_naming_verb_runs_to_its_quote(text: str, name: str) -> None:
    assert ents(text, "OPERATION") == {name}


def test_an_operation_named_after_something_keeps_its_codename() -> None:
    text = "Police concluded the Sentinel operation, named after the coastal watchtowers, with 45 arrests."
    assert ("Sentinel", "arrests", 45.0, "count") in figs(text)


def test_a_codename_in_capitals_after_the_stays_a_codename() -> None:
    text = "The INVINCIBLE operation, led by the Guardia Civil, ended with 45 arrests in Málaga."
    assert ("INVINCIBLE", "arrests", 45.0, "count") in figs(text)


def test_a_campaign_against_boats_code_named_is_the_campaigns_codename() -> None:
    text = "Authorities began a campaign against illegal dhows, code-named ‘Kinga Bahari’, which led to 14 arrests."
    assert ents(text, "OPERATION") == {"Kinga Bahari"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Netanyahu told Israel Hayom, the daily newspaper, that 40 suspects had been arrested.", "Israel"),
        ("Officials said Chad Basin, the region worst hit, recorded 40 abductions.", "Chad"),
    ],
)
def test_a_country_after_told_or_before_a_places_word_is_no_given_name(text: str, place: str) -> None:
    assert not any(name.startswith(place) for name in ents(text, "PERSON"))


@pytest.mark.parametrize(
    "headline", ["IN ALL $3.4 MILLION IN CASH WAS SEIZED DURING THE RAIDS", "DRUGS WORTH TOP $2 MILLION SEIZED"]
)
def test_words_in_capitals_before_a_spaced_dollar_sign_are_no_currency_code(headline: str) -> None:
    assert all(unit == "USD" for *_, unit in figs(headline) if unit not in ("count", "kg"))


def test_the_same_operation_last_year_is_the_earlier_editions() -> None:
    text = (
        "Operation Thunder 2025 led to 365 arrests across 40 countries.\n"
        "The same operation last year resulted in 200 arrests."
    )
    assert (None, "arrests", 200.0, "count") in figs(text)


def test_totals_since_the_operations_own_launch_are_the_operations() -> None:
    text = (
        "Operation Lantern was launched in 2021. In the three years since, officers have arrested 1,200 people and "
        "rescued 85 children."
    )
    assert ("Lantern", "arrests", 1200.0, "count") in figs(text)


def test_goods_in_a_lead_are_no_separate_drives() -> None:
    filler = (
        "Residents said the smugglers had used the route for months, and that the seizure had brought relief to the "
        "traders of the border town. Officers asked anyone with information on the network to come forward. "
    )
    text = (
        "Fuel and whisky seized at the border\n"
        "Officers seized 3,000 litres of fuel and two cases of whisky in a crackdown at the border, arresting 9.\n"
        + filler * 6
        + "\nThe crackdown is part of Operation Linda Mpaka, which targets smuggling."
    )
    assert ("Linda Mpaka", "arrests", 9.0, "count") in figs(text)


def test_a_currency_code_apart_from_the_dollar_sign_in_a_sentence() -> None:
    assert (None, "seized", 48300.0, "FJD") in figs("Officers also seized FJD $48,300 in cash at the port.")


def test_a_vessel_codenamed_after_a_comma_is_the_vessels_name() -> None:
    text = (
        "Navy seizes methamphetamine off the coast\n\n"
        "The vessel, codenamed MARLIN, was seized 600 km offshore with 1,024 kg of methamphetamine."
    )
    assert ents(text, "OPERATION") == set()


@pytest.mark.parametrize(
    ("text", "codename"),
    [
        (
            "Customs seized 4,100 fake jerseys under Operation Team Player, an annual effort before the final.",
            "Team Player",
        ),
        ("Police made 14 arrests in three provinces under Operation Mission Clear Sky.", "Mission Clear Sky"),
        ("Officers arrested 22 people during Operation Trust Nobody last week.", "Trust Nobody"),
    ],
)
def test_a_codename_may_open_on_a_units_word(text: str, codename: str) -> None:
    assert ents(text, "OPERATION") == {codename}


@pytest.mark.parametrize(
    "text",
    [
        "The Operations Centre Manager said five people were held.",
        "The Operation Support Unit arrested five people in Kisumu.",
        "The Operation Room Duty Officer said five people were held.",
        "The Operation Centre Bangkok said five people were held.",
        "Operation Team Monday briefings resumed.",
        "For the Atalanta Operation Commander Luis Ferrer, the arrests show the mission works.",
        # (a unit's name or a headline's words around the keyword: no codename without a preposition before it)
        "Special Operation Squad Arrests 12 Robbery Suspects in Enugu\n\nThe squad said the suspects were held.",
        "Operation Report Shows 40 Arrests\n\nThe report said 40 people were held.",
        "Officers from the Operation Command Post said 12 people were held.",
        "The Operation Team Lead said 12 people were held.",
        "Staff of the Joint Operation Centre Bosaso said 12 people were held.",
    ],
)
def test_a_units_word_after_operation_still_names_a_unit_or_a_post(text: str) -> None:
    assert ents(text, "OPERATION") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Police said Corporal Amina Sule of the provincial unit arrested the pair.",
        "State Trooper Amina Sule found 12 kilograms of cocaine in the trunk.",
        "Vice Chancellor Amina Sule said the campus had been searched.",
        "The raid followed a request by Congresswoman Amina Sule.",
    ],
)
def test_a_rank_or_post_before_a_name_is_not_the_name(text: str) -> None:
    assert ents(text, "PERSON") == {"Amina Sule"}


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held at Chancellor House in Johannesburg.",
        "He lives on Trooper Lane, police said.",
        "The Premier League club denied any wrongdoing.",
    ],
)
def test_a_rank_before_one_word_of_a_place_or_a_body_is_no_persons_title(text: str) -> None:
    assert ents(text, "PERSON") == set()


def test_a_grade_before_a_plural_word_is_no_persons_title() -> None:
    text = "Members of the Vice Lords and the Grape Street Crips were among those arrested."
    assert ents(text, "PERSON") == set()
    assert ents("Vice Admiral Okoro said five suspects were held.", "PERSON") == {"Okoro"}
