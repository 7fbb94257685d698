"""Shapes of published releases that the extractor misread (each test text is written here, in the shape seen,
with names and numbers of its own): inventories with pictograph bullets and "06x" counts, a headline label
that is no roundup's section, a headline that runs on past the codename, words before "operation" that
describe it, a unit's name after a codename, and measures that are hauls whatever the verb."""

from __future__ import annotations

import pytest

from store.extract import extract


def ops(result) -> set[str]:
    return {e.name for e in result.entities if e.type == "OPERATION"}


def figs(result) -> set[tuple]:
    return {(f.operation, f.metric, f.value, f.unit) for f in result.figures}


def test_a_headline_label_is_no_roundup_section():
    # "UPDATED:" over a story: one line of "WORD: words" is no roundup, and the headline heads no section
    text = (
        "UPDATED: 37 held in dawn drugs sweep\n\n"
        "By A Staff Writer\n\n"
        "Officers swooped on homes across Port Vell early yesterday in a large operation that ended in the "
        "arrest of 37 suspects.\n\n"
        "Twenty-nine men and eight women were taken into custody.\n\n"
        "The operation, dubbed Tidal Sweep, was led by the island's drugs squad.\n"
    )
    result = extract(text)
    assert ops(result) == {"Tidal Sweep"}
    assert ("Tidal Sweep", "arrests", 37.0, "count") in figs(result)
    assert ("Tidal Sweep", "arrests", 29.0, "count") in figs(result)


def test_two_section_heads_still_make_a_roundup():
    text = (
        "Weekly roundup\n\n"
        "KORVA: Two arrested with heroin\n\n"
        "Officers arrested two men with 3 kg of heroin on Monday.\n\n"
        "DELMAR: Boat seized off the coast\n\n"
        "Marines seized a boat carrying 40 kg of cannabis, in an action code-named Steel Net.\n"
    )
    result = extract(text)
    by_value = {f.value: f.operation for f in result.figures}
    assert by_value[3.0] is None  # Korva's section names no operation
    assert by_value[40.0] == "Steel Net"


@pytest.mark.parametrize("bullet", ["\u25b6\ufe0f", "\u27a1", "\u25c6", "\u2705", "\u2192 ", "\u25aa "])
def test_pictograph_bullets_mark_a_list_even_glued(bullet: str):
    text = (
        "Provincial police arrest 61 in weekly sweep\n\n"
        "Officers across the province detained 61 people during Operation Dune Patrol.\n\n"
        "The arrests were made as follows:\n\n"
        f"{bullet}17 for unlicensed digging,\n\n"
        f"{bullet}44 for immigration breaches.\n"
    )
    assert {("Dune Patrol", "arrests", 17.0, "count"), ("Dune Patrol", "arrests", 44.0, "count")} <= figs(extract(text))


def test_an_inventorys_times_sign_marks_a_count():
    text = (
        "Police seize tools and drugs\n\n"
        "Officers confiscated the following items:\n\n"
        "- 07x bags of suspected chrome ore,\n\n"
        "- 41X sachets of cannabis,\n\n"
        "- 12\u00d7 shovels.\n"
    )
    got = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert got == {
        ("seized", 7.0, "bags of suspected chrome ore"),
        ("seized", 41.0, "sachets of cannabis"),
        ("seized", 12.0, "shovels"),
    }


def test_a_times_sign_between_digits_is_no_count_marker():
    # "4x4 vehicles", "3x3 metres": a size, not "four" of anything
    got = {(f.value, f.item) for f in extract("Police seize cars\n\nOfficers seized two 4x4 vehicles.\n").figures}
    assert got == {(2.0, "4x4 vehicles")}


@pytest.mark.parametrize("drug", ["Hashish", "Heroin", "Opium"])
def test_a_drug_capitalised_in_a_list_is_no_nationality(drug: str):
    text = f"Force seizes drugs\n\nVELL: The haul was made up of 21.5 kg {drug} and 3 kg Morphine.\n"
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 21.5), ("seized", 3.0)}


def test_a_nationality_still_names_people():
    text = "Force arrests smugglers\n\nVELL: Police arrested 4 Danish and 2 Turkish nationals at the port.\n"
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 4.0), ("arrests", 2.0)}


def test_a_bore_or_gauge_is_a_size_not_a_count():
    text = (
        "Force seizes arms\n\n"
        "VELL: Officers recovered six rifles of 16 bore, three 7 MM rifles, 48 pistols of 32 bore and a "
        "12-gauge shotgun.\n"
    )
    assert {(f.value, f.item) for f in extract(text).figures} == {
        (6.0, "rifles of 16 bore"),
        (3.0, "7 MM rifles"),
        (48.0, "pistols of 32 bore"),
    }


def test_a_headline_codename_running_on_is_cut_to_the_bodys():
    # the headline's capitals after "Operation" run on into its verb; the body names the operation
    text = (
        "31 Vellans held over phone scam as Operation Kestrel Reveals Regional Scam Network\n\n"
        "Across 14 countries the sweep, run under the name Operation Kestrel, ended with 512 arrests.\n"
    )
    result = extract(text)
    assert ops(result) == {"Kestrel"}
    assert {f.operation for f in result.figures} == {"Kestrel"}


@pytest.mark.parametrize("opening", ["Another", "Either", "Neither", "Any"])
def test_a_determiner_before_operation_is_no_codename(opening: str):
    text = (
        f"Navy finds drugs\n\nMarines seized 12 tonnes of meth. {opening} operation at the port turned up 3 tonnes.\n"
    )
    result = extract(text)
    assert ops(result) == set()
    assert {f.operation for f in result.figures} == {None}


def test_a_name_after_the_word_makes_the_words_before_it_a_description():
    text = (
        "Special operation 'Sentinel' ends first month\n\n"
        "Special operation 'Sentinel' launched by the police on March 3 has led to 4,120 arrests.\n\n"
        'Harbour Customs special operation codenamed "Bright Gate" seized 80 kg of cocaine.\n'
    )
    result = extract(text)
    assert ops(result) == {"Sentinel", "Bright Gate"}


def test_a_body_ending_in_s_before_operation_is_no_codename():
    # "Customs" ends in "s": only a possessive "'s" comes off before the word is looked up as a body's
    text = "Customs hit smugglers\n\nThe Port Vell Customs operation seized 90 kg of heroin at the docks.\n"
    assert ops(extract(text)) == set()


@pytest.mark.parametrize(
    ("written", "codename"),
    [
        ("Operation Harrier Taskforce", "Harrier"),
        ("Operation Harrier Task Force", "Harrier"),
        ("Operation Light Brigade", "Light Brigade"),  # other unit words may end a codename
        ("Operation Red Squad", "Red Squad"),
        ("Operation Baobab Guard 2026", "Baobab Guard 2026"),  # a codename may end on a body's word
    ],
)
def test_a_units_word_ends_a_codename(written: str, codename: str):
    text = f"Diggers held\n\nPolice say 40 unlicensed gold diggers were detained by {written} this month.\n"
    assert ops(extract(text)) == {codename}


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops dismantled three drug kitchens together with 18 tonnes of methamphetamine.",
        "Soldiers found another 18 tonnes at the second site.",
    ],
)
def test_a_weight_is_a_haul_not_a_dismantling_or_an_identification(sentence: str):
    text = f"Labs destroyed\n\nVELL: {sentence}\n"
    assert ("seized", 18.0, "tonnes") in {(f.metric, f.value, f.unit) for f in extract(text).figures}


def test_a_semicolon_list_goes_on_with_counts_of_any_kind():
    # once a list's items are joined across ";", a count with no verb of its own is its next item, whatever it
    # counts ("live primates", "big cats"), to the last one before the full stop
    text = (
        "Wildlife operation ends\n\n"
        "VELL – Seizures reported so far include 38t of bushmeat; 2.4t of raw and worked ivory; 31 live primates; "
        "17 big cats.\n"
    )
    got = {(f.value, f.unit) for f in extract(text).figures}
    assert got == {(38.0, "tonnes"), (2.4, "tonnes"), (31.0, "count"), (17.0, "count")}


def test_a_clause_after_a_semicolon_with_its_own_verb_is_no_item():
    text = (
        "Police seize drugs\n\n"
        "VELL – Officers recovered 4.2 kg heroin; 3.1 kg hashish; 4 suspects fled the scene and remain at large.\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert ("seized", 4.0) not in got and {("seized", 4.2), ("seized", 3.1)} <= got


@pytest.mark.parametrize(
    ("written", "codename"),
    [
        ('under the so-called "Harbour Shield Operation"', "Harbour Shield"),
        ("in what was dubbed \u201cClean Reef operation\u201d", "Clean Reef"),
        ('in an action code-named "Operation Clean Reef"', "Clean Reef"),
    ],
)
def test_the_word_inside_quotes_after_the_name_is_no_part_of_it(written: str, codename: str):
    text = f"Cocaine seized at sea\n\nThe navy seized 1,240 packets of cocaine {written}, officials said.\n"
    assert ops(extract(text)) == {codename}


@pytest.mark.parametrize("quoted", ['"Special Operation"', '"Big Operation"', '"Joint Operation"'])
def test_quoted_words_of_kind_before_operation_are_no_codename(quoted: str):
    text = f"Cocaine seized at sea\n\nOfficers called it a {quoted} and seized 40 kg of cocaine.\n"
    assert ops(extract(text)) == set()


@pytest.mark.parametrize(
    ("written", "kg"),
    [
        ("weighing 2 tons, 312 kilograms, 450 grams", 2312.45),
        ("of 3 tonnes and 40 kg", 3040.0),
        ("of 18 kg and 250 grams", 18.25),
    ],
)
def test_one_mass_written_in_descending_units_is_one_figure(written: str, kg: float):
    text = f"Cocaine seized\n\nVELL – Police seized packages of cocaine {written} at the port.\n"
    got = {(f.value, f.unit) for f in extract(text).figures if f.unit in ("kg", "tonnes")}
    assert got == {(kg, "kg")}


def test_two_masses_in_one_unit_stay_two():
    text = "Horns seized\n\nVELL – Police arrested two men with two horns weighing 1,310 grams and 905 grams.\n"
    got = sorted(f.value for f in extract(text).figures if f.unit == "kg")
    assert got == [0.905, 1.31]


def test_a_name_called_an_operation_in_apposition_is_a_codename_and_claims_the_lead():
    text = (
        "Meth and pills seized at the port\n\n"
        "At the port of Vell, customs officers arrested three men and took 31.5 kilograms of meth from them.\n\n"
        + "The men had hidden the drugs in the spare-tyre wells of two vans, officers said. "
        * 12
        + "\n\nThe director said the seizures were part of Sapphire Net, a nationwide operation run by customs "
        "and the police.\n"
    )
    assert text.index("Sapphire Net") > 1000  # named after the lead
    result = extract(text)
    assert ops(result) == {"Sapphire Net"}
    assert {(f.operation, f.value) for f in result.figures} >= {("Sapphire Net", 31.5), ("Sapphire Net", 3.0)}


@pytest.mark.parametrize(
    ("source", "operation"),
    [
        ("according to the organisation's preliminary figures", "Blue Tide"),
        ("according to the ministry's annual figures", None),
    ],
)
def test_a_drives_preliminary_figures_are_its_results_a_bodys_statistics_are_not(source: str, operation):
    text = f"Report\nLYON – Operation Blue Tide led to 40 arrests.\nIn all, 2,517 arrests were made, {source}.\n"
    assert {f.value: f.operation for f in extract(text).figures} == {40: "Blue Tide", 2517: operation}


@pytest.mark.parametrize(
    ("sentence", "operation"),
    [
        (
            "On July 3, officers raided a lab which has been operating since May 2019 and seized 6,750 pills.",
            "Nut Cracker",
        ),
        ("Officers have seized 6,750 pills since May 2019.", None),
    ],
)
def test_how_long_offenders_have_been_at_it_is_no_other_period_of_totals(sentence: str, operation):
    text = "Report\nKUCHING – Ops Nut Cracker busted two syndicates.\n" + sentence + "\n"
    assert {f.value: f.operation for f in extract(text).figures} == {2: "Nut Cracker", 6750: operation}


def test_an_inquiry_said_late_to_be_part_of_an_operation_gives_it_the_storys_figures():
    text = (
        "Eight held in drugs inquiry\n\n"
        "Detectives arrested eight men and seized 12 kilograms of cocaine in raids across the north.\n\n"
        + "The men had used encrypted phones to order the drugs, officers said. " * 14
        + "\n\nThe inquiry was part of Operation Harbour Lamp, which targets encrypted phone networks.\n"
    )
    assert text.index("Harbour Lamp") > 1000  # named after the lead
    assert {(f.operation, f.value) for f in extract(text).figures} == {("Harbour Lamp", 8.0), ("Harbour Lamp", 12.0)}


@pytest.mark.parametrize(
    "sentence",
    ["The raids were part of Lagos, a city-wide operation.", "The seizure came under INTERPOL, an operation."],
)
def test_a_place_or_a_body_in_apposition_to_an_operation_is_no_codename(sentence: str):
    assert ops(extract(f"Drugs seized\n\nVELL – Police seized 4 kg of heroin. {sentence}\n")) == set()


def test_a_breakdowns_small_counts_recur_as_figures_of_their_own():
    text = (
        "Border operation results\n\n"
        "In Varo, two shotguns and eight magazines were seized during Operation Dry Gulch.\n\n"
        "In Santa Rosa, two men were arrested. Officers seized one pistol, two magazines, two rifles and one "
        "satellite phone.\n\n"
        "In Loma, 18 sachets of cocaine were seized. Elsewhere, officers seized 18 machetes.\n"
    )
    got = sorted((f.value, f.item) for f in extract(text).figures if f.metric == "seized")
    assert got == sorted(
        [
            (1.0, "satellite phone"),
            (1.0, "pistol"),
            (2.0, "shotguns"),
            (2.0, "magazines"),
            (2.0, "rifles"),
            (8.0, "magazines"),
            (18.0, "machetes"),
            (18.0, "sachets of cocaine"),
        ]
    )


def test_a_count_restated_in_general_words_is_one_figure():
    text = (
        "Guns seized\n\n"
        "VELL – Police seized 14 pistols in a raid on Monday.\n\n"
        "The 14 weapons had been smuggled from the north, police said.\n"
    )
    assert [(f.value, f.item) for f in extract(text).figures] == [(14.0, "pistols")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers located two clandestine ketamine laboratories in the hills.",
        "On day one, rangers found two narco-camps and destroyed them.",
        "In all, 2 drug labs were uncovered during the raids.",
    ],
)
def test_a_lab_found_or_destroyed_is_taken_down(sentence: str):
    assert ("dismantled", 2.0) in {(f.metric, f.value) for f in extract(f"Labs\n\nVELL – {sentence}\n").figures}


def test_camps_or_groups_found_are_not_taken_down():
    text = "Mining\n\nVELL – Rangers found 23 illegal mining camps and 3 criminal groups in the reserve.\n"
    assert "dismantled" not in {f.metric for f in extract(text).figures}


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("US $15,700", 15700.0, "USD"),
        ("NZ $2.5 million", 2500000.0, "NZD"),
        ("HK $13 million", 13000000.0, "HKD"),
        ("a total duty-paid value of DPV N48,000,000", 48000000.0, "NGN"),
    ],
)
def test_a_sum_whose_sign_stands_apart_from_its_letters_is_no_plate(written: str, value: float, unit: str):
    text = f"Cash seized\n\nVELL – Officers seized {written} in cash at the port.\n"
    assert ("seized", value, unit) in {(f.metric, f.value, f.unit) for f in extract(text).figures}


def test_a_plate_is_still_no_figure():
    text = "Car seized\n\nVELL – Officers stopped the car KDA 456 and seized 3 kg of heroin.\n"
    assert {(f.value, f.unit) for f in extract(text).figures} == {(3.0, "kg")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Marines boarded a skiff roughly 32 feet long and seized 41 bales of cocaine.",
        "The navy stopped the vessel 32 nautical miles off the coast and seized 41 bales of cocaine.",
        "Officers found a 32-foot boat and seized 41 bales of cocaine.",
    ],
)
def test_a_length_or_distance_is_no_count(sentence: str):
    got = {(f.value, f.unit) for f in extract(f"Cocaine seized\n\nVELL – {sentence}\n").figures}
    assert got == {(41.0, "count")}


# An independent review of the rules above, with sentences of its own, found these over-reaches; each is held here.


@pytest.mark.parametrize(
    "sentence",
    [
        "The Coral Lantern operation's third phase led to 40 arrests in Vell.",
        'The Coral Lantern operation, "the biggest in our history", led to 40 arrests.',
        "The Coral Lantern operation 'was a success', the chief said after 40 arrests.",
    ],
)
def test_a_possessive_or_a_quoted_remark_after_operation_keeps_the_codename(sentence: str):
    result = extract(f"Police update\n\n{sentence}\n")
    assert ops(result) == {"Coral Lantern"}
    assert {f.operation for f in result.figures} == {"Coral Lantern"}


@pytest.mark.parametrize(
    ("text", "codename"),
    [
        (
            "Operation Thunder 2025 nets 500 arrests\n\nLYON – The latest edition of Operation Thunder led to 500 "
            "arrests.\n",
            "Thunder 2025",
        ),
        ("Operation Pangea XVII: 769 arrests\n\nLYON – Operation Pangea led to 769 arrests.\n", "Pangea XVII"),
    ],
)
def test_a_headline_codename_keeps_its_edition(text: str, codename: str):
    assert codename in ops(extract(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Border Guards operation at the crossing led to 14 arrests.",
        "The Armed Forces' operation in the hills led to the arrest of 14 rebels.",
        'Officers seized 40 kg of cocaine in the so-called "Special Operation" at the port.',
        'It was part of a so-called "Special Military Operation".',
        "Officers arrested 12 suspects. The team worked under Inspector Dana Mirel, an expert in the operation.",
        "The arrests came under Moll District, a focus of the operation.",
        "Officers arrested 12 suspects under Kenya Wildlife Service, a partner in the operation.",
        "The arrests were part of Friday, a day-long operation.",
        "The arrests were part of Project Safe Streets, a programme bringing police and communities together.",
        # months and a year say when, not what
        "The November-December 2024 operation led to 14 arrests.",
        "Police said operation May–June 2025 led to 14 arrests.",
    ],
)
def test_bodies_people_days_and_projects_are_no_codenames(sentence: str):
    assert ops(extract(f"Police update\n\n{sentence}\n")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The unit reported a 10x increase in seizures after officers seized 40 kg of cocaine.",
        "Drones with 30x zoom cameras helped officers seize 40 kg of cocaine.",
    ],
)
def test_a_multiple_is_no_inventory_count(sentence: str):
    assert [(f.value, f.unit) for f in extract(f"Police update\n\nVELL – {sentence}\n").figures] == [(40.0, "kg")]


@pytest.mark.parametrize(
    ("sentence", "masses"),
    [
        (
            "Police seized cannabis and cocaine weighing 2 tonnes and 40 kg respectively.",
            [(2.0, "tonnes"), (40.0, "kg")],
        ),
        ("The navy seized 3 tons, 200 kg of which was cocaine.", [(3.0, "tonnes"), (200.0, "kg")]),
        (
            "Customs found three loads weighing 4 tons, 600 kg and 250 kg.",
            [(4.0, "tonnes"), (600.0, "kg"), (250.0, "kg")],
        ),
        ("Police seized heroin weighing 2 kg, 800 grams and 650 grams.", [(2.0, "kg"), (0.8, "kg"), (0.65, "kg")]),
    ],
)
def test_masses_of_a_list_stay_apart(sentence: str, masses: list):
    text = f"Police update\n\nVELL – {sentence}\n"
    assert [(f.value, f.unit) for f in extract(text).figures if f.unit in ("kg", "tonnes")] == masses


@pytest.mark.parametrize(
    "last",
    ["2 suspects still on the run", "2 of the boats sank", "3 children among the passengers"],
)
def test_a_semicolon_lists_last_clause_of_people_or_parts_is_no_item(last: str):
    text = f"Police update\n\nVELL – Officers recovered 4.2 kg of heroin; 3.1 kg of hashish; {last}.\n"
    assert [(f.value, f.unit) for f in extract(text).figures] == [(4.2, "kg"), (3.1, "kg")]


def test_a_headline_place_label_heads_a_roundups_first_section():
    text = (
        "KORVA: Two held with cannabis\n\n"
        "Officers arrested two men with 5 kg of cannabis in Korva.\n\n"
        "DELMAR: Boat seized off the coast\n\n"
        "Marines seized a boat carrying 40 kg of cannabis, in an action code-named Steel Net.\n"
    )
    assert {f.value: f.operation for f in extract(text).figures} == {2.0: None, 5.0: None, 40.0: "Steel Net"}


def test_one_label_in_the_body_still_heads_a_section():
    text = (
        "Drugs sweep\n\n"
        "Officers seized 40 kg of cannabis during Operation Stone Wall in Vell.\n\n"
        "ELSEWHERE: Heroin found on bus in Moll\n\n"
        "In an unrelated case, officers in Moll seized 3 kg of heroin from a bus.\n"
    )
    assert {f.value: f.operation for f in extract(text).figures} == {40.0: "Stone Wall", 3.0: None}


def test_people_at_a_lab_are_not_taken_down():
    text = "Police update\n\nVELL – Police located 3 lab technicians who had fled the raid.\n"
    assert "dismantled" not in {f.metric for f in extract(text).figures}


def test_plural_gauges_are_counted():
    text = "Police update\n\nVELL – Officers seized 40 pressure gauges at the plant.\n"
    assert [(f.value, f.item) for f in extract(text).figures] == [(40.0, "pressure gauges")]


def test_list_lines_may_open_on_a_hedge_or_a_number_word():
    # a list without bullets whose lines open on "Seven", "Well over", "Close to" is still the list
    text = (
        "Customs haul across the region in Operation Marrow\n\n"
        "VALDORA - Customs services in nine countries took part.\n\n"
        "Seizures reported so far include:\n"
        "18 live parrots;\n"
        "Seven leopard skins;\n"
        "More than 2,150 dried seahorses;\n"
        "Close to 900 live tortoises and nearly 3,400 geckos;\n"
        "Almost 5,300 pieces of coral.\n\n"
        "Three men were charged. Almost 40 officers were on duty.\n"
    )
    got = figs(extract(text))
    for value in (18.0, 7.0, 2150.0, 900.0, 3400.0, 5300.0):
        assert ("Marrow", "seized", value, "count") in got
    assert not any(f[2] == 40.0 for f in got)  # a sentence opening a paragraph, not a list's line


def ents(result, etype: str) -> set[str]:
    return {e.name for e in result.entities if e.type == etype}


def test_an_operations_letters_are_no_body():
    text = (
        "Agents close phase six of child-safety sweep\n\n"
        "DENVER - Agents completed phase six of Operation Safe Harbour (OSH), which led to 40 arrests. OSH began "
        "in 2019. During OSH 6, field offices in four states took part with the Drug Enforcement Administration "
        "(DEA).\n"
    )
    result = extract(text)
    assert "OSH" not in ents(result, "ORG")
    assert "DEA" in ents(result, "ORG")


def test_a_code_with_its_serial_is_no_body():
    text = (
        "Customs hold three containers\n\n"
        "APAPA - Officers held a 40-foot container (KLMU 5530127) and two more (RTXU 2209316 and BNVU 7781204) "
        "under Republic Act RA 10117, the Nigeria Customs Service (NCS) said.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert not orgs & {"KLMU", "RTXU", "BNVU", "RA"}
    assert "NCS" in orgs


def test_a_vehicles_make_and_model_is_a_product():
    text = (
        "Police seize cars in drug raid\n\n"
        "KUALA LUMPUR - Police seized a BMW 320i, a white Honda Jazz, an MPV and two Toyota Hilux pickups from "
        "the syndicate. A spokesman for Toyota Motor Corporation declined to comment.\n"
    )
    result = extract(text)
    names = ents(result, "ORG") | ents(result, "LOCATION") | ents(result, "PERSON")
    assert not names & {"BMW", "Honda Jazz", "Honda", "MPV", "Toyota Hilux", "Toyota"}
    assert "Toyota Motor Corporation" in ents(result, "ORG")


def test_the_outlet_a_speaker_told_is_no_party():
    text = (
        "Cocaine found on cargo ship\n\n"
        "DAKAR - Customs found 900 kg of cocaine on a cargo ship, a customs officer told AFP on Tuesday. The port "
        'authority did not answer questions from Reuters. "It is a record," an official told Reuters.\n\n'
        "SOURCE: AFP\n"
    )
    assert not ents(extract(text), "ORG") & {"AFP", "Reuters"}


def test_the_australian_police_are_still_a_body_beside_a_told():
    text = (
        "Police charge two over imported methamphetamine\n\n"
        'SYDNEY - The Australian Federal Police (AFP) charged two men. "This was a large seizure," a detective '
        "told AFP investigators later. The AFP said the men will face court.\n"
    )
    assert "AFP" in ents(extract(text), "ORG")


def test_a_news_agency_named_anywhere_is_the_outlet_not_a_party():
    text = (
        "Customs seize 60 kg of heroin at port\n\n"
        "(NEWSWIRE- Oman News Agency (ONA)) MUSCAT, May 3 (ONA) -- Customs officers seized 60 kg of heroin from a "
        "container, the Royal Oman Police said in a statement carried by the Kuwait News Agency. Xinhua and "
        "Bernama also ran the statement; the port's operator spoke to the News Agency of Nigeria about it.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert not orgs & {"Oman News Agency", "ONA", "Kuwait News Agency", "Xinhua", "Bernama", "News Agency of Nigeria"}
    assert "Royal Oman Police" in orgs


@pytest.mark.parametrize(
    "credit",
    [
        "(With inputs from PTI)",
        "Based on reporting by Interfax and AP",
        "Staff writer, with CNA",
        "The men will appear in court on Monday, according to AP News.",
        "Speaking to APP, a spokesman said the men would be charged.",
    ],
)
def test_letters_a_news_agency_writes_are_the_outlet_where_the_text_credits_them(credit: str):
    letters = next(
        w for w in ("PTI", "AP", "CNA", "APP") if f" {w}" in f" {credit}".replace("(", " ").replace(",", " ")
    )
    text = (
        "Police arrest six in heroin case\n\n"
        f"LAHORE - Police arrested six men and seized 12 kg of heroin in a raid on Sunday.\n\n{credit}\n"
    )
    assert letters not in ents(extract(text), "ORG")


def test_a_news_agency_s_letters_stay_a_body_that_acts_or_is_spelt_out():
    acting = (
        "Police charge man over cocaine import\n\n"
        "SYDNEY - AFP officers arrested a 41-year-old man at Sydney Airport, according to AFP.\n"
    )
    spelt = (
        "Party office raided\n\n"
        "KARACHI - Police searched an office of the Pakistan Tehreek-e-Insaf (PTI) and arrested two men, according "
        "to PTI.\n"
    )
    assert "AFP" in ents(extract(acting), "ORG")
    assert "PTI" in ents(extract(spelt), "ORG")


def test_programmes_systems_and_treaties_are_no_bodies_with_their_letters():
    text = (
        "Joint operation blocks 2,000 bank accounts\n\n"
        "LYON, France - Through its Global Rapid Intervention of Payments (I-GRIP) mechanism and the Anti-Money "
        "Laundering Rapid Response Protocol (ARRP), INTERPOL helped block 2,000 bank accounts. AIRCOP and CRIMJUST "
        "teams at airports, the Container Control Programme (CCP) and the WCO's CENcomm system supported the "
        "action. Suspects were charged under the Dangerous Drugs Act (DDA); CCP teams seized 40 kg of cocaine "
        "with the National Drug Law Enforcement Agency (NDLEA), the United Nations Development Programme (UNDP) "
        "and the Basel Convention, United Nations Environment Programme (UNEP) and the Customs Service.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert not orgs & {
        "Global Rapid Intervention of Payments",
        "I-GRIP",
        "ARRP",
        "AIRCOP",
        "CRIMJUST",
        "CCP",
        "CENcomm",
        "DDA",
    }
    assert {"INTERPOL", "WCO", "NDLEA", "UNDP", "UNEP"} <= orgs


@pytest.mark.parametrize("letters", ["GBL", "PMS", "SLR", "LPG"])
def test_the_letters_of_a_drug_fuel_or_weapon_are_no_body(letters: str):
    text = (
        "Officers make seizures in port raid\n\n"
        f"LAGOS - Officers found {letters} hidden in a truck and arrested two men, the police said.\n"
    )
    assert letters not in ents(extract(text), "ORG")


def money_items(text: str) -> dict[float, str | None]:
    return {f.value: f.item for f in extract(text).figures if f.unit not in ("count", "kg", "tonnes", "litres")}


@pytest.mark.parametrize(
    ("sentence", "value", "item"),
    [
        ("A navy frigate offloaded cocaine worth $310 million in Cartagena.", 310e6, "cocaine value"),
        (
            "Police arrested a lorry driver who was found transporting rosewood valued at Sh7 million near Maralal.",
            7e6,
            "rosewood value",
        ),
        (
            "Gendarmes found 640 kg of heroin in a bus, valuing the consignment at 21 billion CFA francs.",
            21e9,
            "heroin value",
        ),
        (
            "The street value of the recovered heroin in regional markets is estimated to exceed 2.1 billion tenge.",
            2.1e9,
            "heroin value",
        ),
        (
            "Rangers found 31 sacks of pangolin scales weighing 1.2 tonnes with a market value of Sh9 million.",
            9e6,
            "pangolin scales value",
        ),
    ],
)
def test_a_sums_goods_are_named_without_the_verb_before_them(sentence: str, value: float, item: str):
    got = money_items(f"Haul seized in border raid\n\nKITALE - Two men were arrested. {sentence}\n")
    assert got.get(value) == item


def test_a_groups_parts_after_where_they_were_taken():
    text = (
        "Scam compound raids go on\n\n"
        "VIENTIANE - Police arrested 96 suspects across three districts this week, a ministry spokesman said.\n\n"
        "The raids brought to 1,480 the number held since May.\n\n"
        "Those netted in raids at 12 compounds across the north included 212 Thais, 158 Chinese and 61 "
        "Malaysians, the statement said.\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert {("arrests", 212.0), ("arrests", 158.0), ("arrests", 61.0)} <= got


def test_a_value_between_the_goods_and_their_passive_seizes_nothing():
    text = (
        "Record drug haul in prairie raids\n\n"
        "HALIFAX - Officers said 18 kilograms of fentanyl and 37 kilograms of heroin with a combined value of $4.2 "
        "million were seized at a storage unit.\n\n"
        "The powder, weighing nearly 9 kilograms, carried a market value of $310,000.\n"
    )
    got = {(f.metric, f.value, f.unit) for f in extract(text).figures}
    assert {("seized", 18.0, "kg"), ("seized", 37.0, "kg"), ("seized", 9.0, "kg")} <= got


def test_a_difference_from_last_week_is_no_figure_and_no_other_period():
    text = (
        "Weekly crime sweep nets 9 400 suspects\n\n"
        "Through Operation Harbour Light, police arrested 9 400 suspects this week.\n\n"
        "Results for the week were as follows:\n"
        "  • 1 212 people were arrested on assault charges, 288 more arrests than in the previous week.\n"
        "  • 96 suspects were arrested for robbery.\n"
    )
    got = {(f.operation, f.value) for f in extract(text).figures}
    assert ("Harbour Light", 1212.0) in got
    assert not any(value == 288.0 for _, value in got)


def test_a_part_of_goods_counted_and_the_rest_without_a_noun():
    text = (
        "Weekly sweep results\n\n"
        "Officers seized 212 firearms during the week. Forty of these rifles were seized in the Free State, "
        "while 17 were seized in Limpopo.\n"
    )
    got = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert {("seized", 40.0, "rifles"), ("seized", 17.0, "rifles")} <= got


def test_a_count_without_a_noun_after_a_verb_that_is_no_result_stays_out():
    text = "Fisheries patrol ends\n\nPatrols boarded 96 vessels. Of the 23 vessels detained, 14 were flagged abroad.\n"
    assert not any(f.value == 14.0 for f in extract(text).figures)


def test_a_series_noun_before_a_codename_is_no_part_of_it():
    text = (
        "Navies seize cocaine in joint drive\n\n"
        "CARTAGENA - In the Naval Campaign Trident IV, a multinational operation that ran in October, 312 "
        "people were captured and "
        "27 vessels were seized, the navy said. Phase III of the plan starts in May.\n"
    )
    result = extract(text)
    assert ops(result) == {"Trident IV"}
    assert ("Trident IV", "arrests", 312.0, "count") in figs(result)


def test_a_long_breakdown_by_place_keeps_its_metric_to_the_last_part():
    text = (
        "Smuggling ring broken up\n\n"
        "VIENNA - Police arrested 52 facilitators (9 in Portugal, 14 in Poland, 11 in Greece, 1 in Malta, 6 in "
        "Croatia, 5 in Albania and 6 in Serbia), officials said.\n"
    )
    got = {(f.metric, f.value, f.scope) for f in extract(text).figures}
    for value, place in ((1.0, "Malta"), (5.0, "Albania"), (6.0, "Serbia")):
        assert ("arrests", value, place) in got


def test_a_price_in_two_forms_is_no_seizure():
    text = (
        "Smuggling ring broken up\n\n"
        "VIENNA - Police arrested 30 suspects. The gang charged about EUR 3,100 a person or EUR 8,500 for each "
        "family it moved to Belgium.\n"
    )
    assert not any(f.unit == "EUR" for f in extract(text).figures)


def test_south_asian_crore_abbreviated_a_mass_in_two_units_and_a_months_abbreviation():
    text = (
        "Border force seizes contraband worth Tk 88.4 cr in Oct\n\n"
        "Border guards seized contraband worth Tk 88.4 crore during October, officials said. Among "
        "the goods seized were 1,204 kg 350 g of cannabis and 6.2 kg of heroin.\n"
    )
    result = extract(text)
    got = {(f.value, f.unit) for f in result.figures}
    assert (884_000_000.0, "BDT") in got and (88.4, "BDT") not in got
    assert (1204.35, "kg") in got and (0.35, "kg") not in got
    assert "Oct" not in ents(result, "LOCATION")
    assert len([f for f in result.figures if f.unit == "BDT"]) == 1  # the headline's sum is the body's


def test_a_headings_common_word_before_operation_is_no_codename():
    text = (
        "Dark web vendors arrested\n\n"
        "Police said an operation called Nightfall ended with 120 arrests.\n\n"
        "Takedown operation\n\n"
        "Investigators said this takedown operation found 300 accounts.\n"
    )
    assert ops(extract(text)) == {"Nightfall"}


def test_latin_american_gangs_named_with_a_plural_article():
    text = (
        "Ecuador arrests gang members\n\n"
        "GUAYAQUIL - The suspects belong to the gangs Los Ruiseñores, Los Gavilanes and Los Toros del Puerto. "
        "They were caught in Los Angeles, in Los Ríos province and in the Las Palmas area.\n"
    )
    result = extract(text)
    assert {"Los Ruiseñores", "Los Gavilanes", "Los Toros del Puerto"} <= ents(result, "ORG")
    assert not ents(result, "ORG") & {"Los Angeles", "Los Ríos", "Las Palmas"}


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Narcotics Control Commission Seizes Heroin at Border Post", "Narcotics Control Commission"),
        ("Andean Forces Seize More than a Tonne of Cocaine", "Andean Forces"),
    ],
)
def test_a_title_case_headlines_verb_ends_the_body_before_it(headline: str, body: str):
    text = f"{headline}\n\nOfficers said on Monday that they had found the drugs in a lorry.\n"
    orgs = ents(extract(text), "ORG")
    assert body in orgs
    assert not any(o.startswith(body + " ") for o in orgs)


def test_a_part_of_those_arrested_after_of_these():
    text = (
        "Police crime sweep results\n\n"
        "WINDHOEK - Police arrested 4 812 suspects during Operation Dune Watch, the inspector-general told "
        "reporters.\n\n"
        "Of these, 2 904 were held for offences like robbery and assault. Out of these, 88 are foreign nationals.\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert {("arrests", 2904.0), ("arrests", 88.0)} <= got


def test_two_countries_joined_before_operation_name_none():
    text = "Traffickers captured in Peru-Chile operation\n\nLIMA - Police said 11 people were captured in the raids.\n"
    assert ops(extract(text)) == set()


def test_a_camel_case_codename_and_a_breakdown_a_participle_began():
    text = (
        "Joint crackdown on email fraud\n\n"
        '"Operation eShield" broke up several fraud rings, officials said.\n\n'
        "The sweep ended with 212 people arrested in Kenya, 61 in Uganda, most of them Kenyan citizens, 14 in "
        "Rwanda and 9 in Zambia.\n"
    )
    result = extract(text)
    assert ops(result) == {"eShield"}
    got = {(f.operation, f.value, f.scope) for f in result.figures if f.metric == "arrests"}
    assert {("eShield", 61.0, "Uganda"), ("eShield", 14.0, "Rwanda"), ("eShield", 9.0, "Zambia")} <= got


def test_arrests_carried_out_by_place_and_the_parts_of_a_total_by_origin():
    text = (
        "Dark web market shut down\n\n"
        "BERLIN - Police arrested 203 vendors in Operation Dusk Lantern. Arrests were carried out across Canada "
        "(98), Brazil (61), Spain (7) and Norway (2).\n\n"
        "Overall, 240 suspects were detained. They included 131 from Canada, 72 from Brazil and 37 from "
        "Chile.\n"
    )
    got = {(f.metric, f.value, f.scope) for f in extract(text).figures}
    for value, place in ((98.0, "Canada"), (61.0, "Brazil"), (2.0, "Norway"), (131.0, "Canada")):
        assert ("arrests", value, place) in got
    assert ("arrests", 37.0, "Chile") in got


def test_a_plural_possessive_does_not_join_a_place_to_the_next():
    text = (
        "Cocaine found at airport\n\n"
        "TUNIS - Officers at Tunis’ Carthage International Airport seized 4 kg of cocaine, and police in "
        "Laos' Savannakhet Province found more.\n"
    )
    places_found = ents(extract(text), "LOCATION")
    assert {"Carthage International Airport", "Savannakhet Province", "Tunis", "Laos"} <= places_found


def test_bags_of_weighed_goods_and_an_engines_power_are_no_counts():
    text = (
        "Rangers seize pangolin scales\n\n"
        "DOUALA - Officers seized 23 bags of ivory chips weighing over 1.4 tonnes and two boat engines of 85 Hp "
        "each.\n"
    )
    got = {(f.value, f.unit) for f in extract(text).figures}
    assert (1.4, "tonnes") in got
    assert not {(23.0, "count"), (85.0, "count")} & got


def test_arrests_of_a_kind_in_a_results_list_are_arrests():
    text = (
        "Week of action against drug supply\n\n"
        "CANBERRA - Police across the country made hundreds of arrests.\n\n"
        "Key national results include:\n"
        "  • 712 drug related arrests\n"
        "  • 38 firearm arrests\n"
        "  • 1.4 tonnes of drugs seized\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert {("arrests", 712.0), ("arrests", 38.0)} <= got
    assert not any(metric == "seized" and value in (712.0, 38.0) for metric, value in got)


def test_a_new_clauses_own_verb_governs_its_count():
    text = (
        "Cybercrime crackdown\n\n"
        "LEEDS - Detectives detained 17 people and cautioned another 54 young men, and interviewed 12 others, "
        "officers said. They seized 9 laptops and 4 phones.\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert ("arrests", 17.0) in got
    assert not any(value in (54.0, 12.0) and metric == "arrests" for metric, value in got)
    assert {("seized", 9.0), ("seized", 4.0)} <= got


def test_two_kinds_of_warrants_written_once():
    text = (
        "Police raid timber ring\n\n"
        "BRASILIA - Agents served 57 arrest and 212 search warrants across four states on Tuesday.\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert {("other", 57.0), ("other", 212.0)} <= got and ("arrests", 57.0) not in got


def test_the_office_of_a_posts_holders_in_the_plural_possessive():
    text = (
        "Fraud ring indicted\n\n"
        "TAINAN - The Tainan District Prosecutors’ Office said on Monday that 14 suspects were indicted.\n"
    )
    assert "Tainan District Prosecutors’ Office" in ents(extract(text), "ORG")


def test_a_person_named_by_what_befell_them():
    text = (
        "Drug couriers held at airport\n\n"
        "ABUJA - Officers said Kunle Adeyemo was caught carrying heroin at the airport. Bashiru Lawal was "
        "arrested at a bus park in Kano. A man from Western Australia was arrested too. Zenith Bank was fined.\n"
    )
    result = extract(text)
    assert {"Kunle Adeyemo", "Bashiru Lawal"} <= ents(result, "PERSON")
    assert not ents(result, "PERSON") & {"Western Australia", "Zenith Bank"}


def test_a_series_name_beside_its_one_edition_is_that_edition():
    text = (
        "Cultural goods recovered in customs operation\n\n"
        "BRUSSELS - Customs services ran the 2025 edition of Operation Lantern Gate across Europe. Active from "
        "June to October 2025, Operation Lantern Gate IV led to 52 arrests and the recovery of 31,000 artefacts.\n"
    )
    result = extract(text)
    assert ops(result) == {"Lantern Gate IV"}
    assert ("Lantern Gate IV", "arrests", 52.0, "count") in figs(result)


def test_a_series_name_told_as_an_earlier_edition_stays_apart():
    text = (
        "Second scam sweep ends\n\n"
        "LYON - The operation, code-named Coral Net, ran from August to October and led to 210 arrests.\n\n"
        "Coral Net follows 'Coral Net 2025', which last year led to 96 arrests.\n"
    )
    result = extract(text)
    assert {"Coral Net", "Coral Net 2025"} <= ops(result)
    assert ("Coral Net", "arrests", 210.0, "count") in figs(result)


def test_goods_smuggled_from_somewhere_take_the_passive_after():
    text = (
        "Ammunition seized at port\n\n"
        "MONTEVIDEO - About 9,000 cartridges smuggled from Spain were seized at the port, and 6,140 illegally "
        "held rifles were taken across the region.\n"
    )
    got = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert ("seized", 9000.0, "cartridges") in got
    assert ("seized", 6140.0, "illegally held rifles") in got


def test_a_bodys_record_over_the_years_is_no_operations_result():
    text = (
        "Container crackdown nets cocaine\n\n"
        "ROTTERDAM - Port teams in 30 countries seized 4,300 kilos of cocaine in Operation Harbour Lock-2, officials "
        "said.\n\n"
        "Since it began, the port programme has over the years helped seize 180 tons of cocaine and 520 shipments "
        "of fake medicines.\n"
    )
    by_value = {f.value: f.operation for f in extract(text).figures}
    assert by_value[4300.0] == "Harbour Lock-2"
    assert by_value[180.0] is None and by_value[520.0] is None


def test_a_figure_compared_with_last_years_stays_with_the_operation():
    text = (
        "Border screening operation ends\n\n"
        "DAKAR - During Operation Gate Watch 2026, officers arrested 48 people.\n\n"
        "Border teams ran more than 2.1 million database searches, up from 1.4 million last year.\n"
    )
    by_value = {f.value: f.operation for f in extract(text).figures}
    assert by_value[2_100_000.0] == "Gate Watch 2026"
    assert by_value.get(1_400_000.0) is None


def test_a_lower_bound_restates_a_rounded_lead_and_plural_millions_scale():
    text = (
        "Counterfeit medicine operation ends\n\n"
        "JAKARTA - Operation Tempest III ended with more than 40 arrests and the closure of 90 unlicensed clinics.\n\n"
        "Police later confirmed at least 44 arrests. Some 6 millions tablets of fake medicine were seized.\n"
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert ("arrests", 44.0) in got and ("arrests", 40.0) not in got
    assert ("other", 90.0) in got
    assert ("seized", 6_000_000.0) in got


def test_a_states_short_form_in_capitals_is_a_place():
    text = (
        "Child abuse network broken\n\n"
        "CANBERRA - Police said 19 men were charged in NSW and the ACT, and 6 children were taken to safety "
        "in QLD. ACT Policing and the NSW Police Force took part.\n"
    )
    result = extract(text)
    assert {"NSW", "ACT", "QLD"} <= ents(result, "LOCATION")
    assert {"ACT Policing", "NSW Police Force"} <= ents(result, "ORG")
    assert not {"NSW", "ACT", "QLD"} & ents(result, "ORG")


def test_more_short_forms_of_states_cities_and_regions_are_places_but_not_a_currencys_or_a_codes_letters():
    text = (
        "HK police arrest 41 in gambling raids\n\n"
        "Officers seized HK$2m and NT$9.3 million in cash. A year-long WA joint operation ended, and a man was "
        "held in Buffalo, NY. BC's Combined Forces Special Enforcement Unit took part. Pills were seized across "
        "MENA. The patrol ship KZN 20007 towed the boat. Officials in Hong Kong, Perth, the U.S. and Canada "
        "helped.\n"
    )
    result = extract(text)
    assert {"HK", "WA", "NY", "BC", "MENA"} <= ents(result, "LOCATION")
    assert not {"HK", "WA", "NY", "BC", "MENA", "NT"} & ents(result, "ORG")
    assert "NT" not in ents(result, "LOCATION")  # (the New Taiwan dollar's letters)
    assert "KZN" not in ents(result, "LOCATION")  # (a vessel's code, though the letters name a province)


@pytest.mark.parametrize(
    "text",
    [
        "The suspects coordinated the deliveries via WA and Telegram, police said.",
        "Police seized two HK rifles and 300 rounds of ammunition and arrested four men.",
        "Among the items seized were 12 NT banknotes and 3 mobile phones.",
        "The accused held a fake BC and was arrested with 2 kg of ganja.",
        "The artefacts, dating from 300 BC, were recovered in Canada, and two dealers arrested.",
        "Police seized coins from the 4th century BC in Vancouver.",
    ],
)
def test_short_forms_that_name_other_things_too_are_places_only_where_the_text_names_the_place(text: str):
    assert not {"WA", "HK", "NT", "BC"} & ents(extract(text), "LOCATION")


def test_a_pictures_and_a_translations_credit_name_people():
    text = (
        "Police seize cocaine\n\n"
        "LIMA - Police seized 2 tonnes of cocaine on Monday.\n\n"
        "Translation: Joaquim Baptiste - Edition: Renata Moura\n\n"
        "(Photo by Tiago Sarmento courtesy of the ministry)\n\n"
        "Photo: Rescued African grey parrots at the centre.\n"
    )
    people = ents(extract(text), "PERSON")
    assert {"Joaquim Baptiste", "Tiago Sarmento"} <= people
    assert not any("Rescued" in p for p in people)


def test_ages_at_a_lines_end_and_after_a_male_name_people():
    text = (
        "Suspects held in buy-bust\n\n"
        "MANILA - Agents arrested four suspects. They were:\n"
        "- Rodelia Manansala, 19\n"
        "- Ernesto Gabato, 27\n\n"
        "The second suspect is Thabo Kgositsile Moremi, a male aged 36 from Kanye.\n"
    )
    result = extract(text)
    assert {"Rodelia Manansala", "Ernesto Gabato", "Thabo Kgositsile Moremi"} <= ents(result, "PERSON")
    assert not any(f.value in (19.0, 27.0, 36.0) for f in result.figures)


def test_a_person_named_after_namely():
    text = (
        "Gold seized at airport\n\n"
        "CHENNAI - A lady passenger namely Rukhsana Begum Mahaboob arrived from Singapore. Two countries, namely "
        "Malaysia and Thailand, helped.\n"
    )
    result = extract(text)
    assert "Rukhsana Begum Mahaboob" in ents(result, "PERSON")
    assert {"Malaysia", "Thailand"} <= ents(result, "LOCATION")


def test_a_group_named_by_where_it_is_from_has_no_name():
    text = (
        "Gangs hit in raids\n\n"
        "NAIROBI - A Mombasa-based gang was broken up and members of a Chinese-led syndicate fled. The Black Axe "
        "gang was named.\n"
    )
    result = extract(text)
    assert not any("-based" in o or "-led" in o for o in ents(result, "ORG"))
    assert "Mombasa" in ents(result, "LOCATION")


# Over-reaches an independent review of this session's rules found (its sentences rewritten here).


def test_a_body_with_a_result_word_in_its_name_is_whole_outside_the_headline():
    text = (
        "Fishermen saved off the coast\n\n"
        "ACCRA - The Police Rescue Unit arrested 3 men and the Marine Police Rescue Team rescued 14 fishermen.\n"
    )
    assert {"Police Rescue Unit", "Marine Police Rescue Team"} <= ents(extract(text), "ORG")


@pytest.mark.parametrize(
    "sentences",
    [
        "Operation Anvil began in March and has led to 40 arrests. Operation Anvil 2 starts next year.",
        "Operation Reef Gate 2 seized 5 tonnes. Operation Reef Gate seized 2 tonnes last year.",
    ],
)
def test_a_series_name_with_its_own_time_stays_apart_from_the_edition(sentences: str):
    result = extract(f"Operations at sea\n\nLYON - {sentences}\n")
    assert len(ops(result)) == 2


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Police seized, weighed and photographed 40 kg of cannabis.", ("seized", 40.0)),
        ("Police seized a lorry and unloaded 4,000 cartons of cigarettes from it.", ("seized", 4000.0)),
        ("Police made more than 40 arrests on Monday and at least 44 on Tuesday.", ("arrests", 40.0)),
        ("Police seized 300 cr rounds of ammunition.", ("seized", 300.0)),
    ],
)
def test_figures_the_new_rules_must_not_lose(sentence: str, figure: tuple):
    got = {(f.metric, f.value) for f in extract(f"Raids\n\nLYON - {sentence}\n").figures}
    assert figure in got


def test_no_person_a_vessel_and_no_gang_without_one():
    text = (
        "Cocaine found on ship\n\n"
        "DURBAN - Ocean Pearl was detained at the port with 2 tonnes of cocaine. Los Pinos residents had warned "
        "the police. The gang known as Los Halcones Negros was named.\n"
    )
    result = extract(text)
    assert "Ocean Pearl" not in ents(result, "PERSON")
    orgs = ents(result, "ORG")
    assert "Los Pinos" not in orgs and "Los Halcones Negros" in orgs


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The riots followed a NATO-backed campaign in the north.", "NATO"),
        ("Two men were held over an Al-Qaeda-linked bombing in the east.", "Al-Qaeda"),
        ("The INTERPOL-coordinated checks ran for ten days at the border.", "INTERPOL"),
        ("A Europol-supported action day took place in Graz.", "Europol"),
    ],
)
def test_a_known_body_before_a_compounds_lower_case_word_is_named(sentence: str, body: str):
    assert body in ents(extract(sentence), "ORG")


def test_a_compound_of_a_word_that_names_no_body_names_nothing():
    # ("Brazil-bound": a place, never an organisation; "Zorvan-linked": an unknown word)
    orgs = ents(extract("A Brazil-bound cargo and a Zorvan-linked firm were searched in Sines."), "ORG")
    assert not orgs & {"Brazil", "Zorvan"}


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("He was a commander of al-Shabaab in the region, officials said.", "al-Shabaab"),
        ("Four men accused of joining the Islamic State were remanded in Kano.", "Islamic State"),
        ("Raids against Black Axe cells went on in Lagos and Accra.", "Black Axe"),
        ("He led a clique of Mara Salvatrucha in the port, police said.", "Mara Salvatrucha"),
    ],
)
def test_groups_known_without_a_head_word_are_organisations(sentence: str, group: str):
    result = extract(sentence)
    assert group in ents(result, "ORG")
    assert group not in ents(result, "LOCATION")


def test_a_group_head_after_a_known_name_stays_in_it():
    result = extract("Members of the Black Axe confraternity and of the Barrio 18 gang were held in Sula.")
    assert {"Black Axe confraternity", "Barrio 18 gang"} <= ents(result, "ORG")
    # "18" inside a gang's name is no count of anything
    assert not any(f.value == 18 for f in result.figures)


#: A total of the operation's arrests stated first, so that the counts after it are its parts: a part names what it
#: counts, an offence included; the total carries no item but the people it counts (test_figures_forms).
_IN_ALL = "Raids\n\nIn all, officers arrested 900 people in the sweep. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers arrested 40 people over the weekend in Tema.",
        "Officers arrested 40 people over the past week in Tema.",
        "Officers arrested 40 people over two days in Tema.",
        "Officers arrested 40 people for the second time in Tema.",
    ],
)
def test_a_time_after_an_arrest_is_no_offence(sentence: str):
    # (a part of more arrests, whose item would name an offence: see _IN_ALL)
    (figure,) = [f for f in extract(_IN_ALL + sentence).figures if f.value == 40]
    assert (figure.metric, figure.value, figure.item) == ("arrests", 40, None)


@pytest.mark.parametrize(
    ("sentence", "offence"),
    [
        ("Officers arrested 12 men for the robbery of a depot in Tema.", "robbery of a depot"),
        ("Officers arrested 12 men over an arson attack on a bus.", "arson attack"),
        ("Officers arrested 12 men for the illegal possession of firearms.", "illegal possession of firearms"),
        ("Officers arrested 12 men for smuggling gold without a permit.", "smuggling gold without a permit"),
    ],
)
def test_an_offence_after_an_arrest_reads_without_its_article_or_a_loose_end(sentence: str, offence: str):
    (figure,) = [f for f in extract(_IN_ALL + sentence).figures if f.value == 12]
    assert (figure.metric, figure.value, figure.item) == ("arrests", 12, offence)


@pytest.mark.parametrize(
    ("sentence", "place", "letters"),
    [
        ("Officers at Moravo International Airport (MIA) seized 12 kg of khat.", "Moravo International Airport", "MIA"),
        ("Customs at the Port of Elsund (PoE) held two containers.", "Port of Elsund", "PoE"),
        ("Rangers patrol the Tarvu Game Reserve (TGR) at night.", "Tarvu Game Reserve", "TGR"),
    ],
)
def test_the_letters_of_a_place_name_are_a_place(sentence: str, place: str, letters: str):
    result = extract(sentence + f" Later, officers at {letters} found more.")
    assert {place, letters} <= ents(result, "LOCATION")
    assert letters not in ents(result, "ORG")


def test_the_letters_of_a_body_named_for_a_port_stay_a_body():
    result = extract("The Elsund Ports Authority (EPA) and Elsund Port Police (EPP) searched the ship.")
    assert {"Elsund Ports Authority", "EPA", "EPP"} <= ents(result, "ORG")


def test_letters_that_spell_only_the_end_of_a_place_name_name_no_place():
    # ("the Tarvo Special Administrative Region (SAR)": the place is the whole name, not its last words)
    result = extract("Police of the Varda Special Administrative Region (SAR) joined the checks.")
    assert "Special Administrative Region" not in ents(result, "LOCATION")


@pytest.mark.parametrize("place", ["Port Vestra", "Mount Kelvo", "Mt Kelvo", "Lake Orvu", "Cape Tessin"])
def test_a_place_opening_on_its_english_head_word_is_no_speaker(place: str):
    result = extract(f"Customs officials at {place} said they had seized 40 kg of heroin.")
    assert place not in ents(result, "PERSON")


def test_a_title_before_a_name_like_a_place_still_makes_a_person():
    result = extract("Detective Inspector Port Lanvo said the boat was searched.")
    assert "Port Lanvo" in ents(result, "PERSON")


@pytest.mark.parametrize(
    ("sentence", "value", "item"),
    [
        ("Detectives located 6.3kg of heroin in a shed near Tarvo.", 6.3, "heroin"),
        ("Officers located 3 pistols in the boot of the car.", 3, "pistols"),
    ],
)
def test_goods_located_are_seized(sentence: str, value: float, item: str):
    (figure,) = extract(sentence).figures
    assert (figure.metric, figure.value, figure.item) == ("seized", value, item)


def test_people_located_are_still_identified():
    (figure,) = extract("Officers located 24 fugitives in the sweep.").figures
    assert (figure.metric, figure.value) == ("identified", 24)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Police said DANIEL OKONJO and GRACE ADEYEMI-BELLO were arrested in Ikeja.",
            {"DANIEL OKONJO", "GRACE ADEYEMI-BELLO"},
        ),
        ("Officers said MARY TSHABANGU was arrested at the border post.", {"MARY TSHABANGU"}),
        ("Officers said PETER WANYAMA, JOHN KIPRONO and MARY TSHABANGU were charged in court.", {"MARY TSHABANGU"}),
    ],
)
def test_a_name_in_capitals_is_a_person_by_the_arrest_after_it(sentence: str, names: set[str]):
    assert names <= ents(extract(sentence), "PERSON")


@pytest.mark.parametrize("sentence", ["JORDAN VALLEY was arrested.", "LAGOS STATE was hit by floods, officials said."])
def test_a_place_in_capitals_before_such_a_verb_is_no_person(sentence: str):
    assert not ents(extract(sentence), "PERSON")


def test_a_results_list_counts_bladed_weapons_and_smuggled_wares():
    text = (
        "Seized in the week of action:\n\n• 40 tyres\n• 7 hunting knives\n• 18 machetes\n"
        "• 600 pairs of shoes\n• 2.4kg of cannabis\n"
    )
    got = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert {
        ("seized", 7, "hunting knives"),
        ("seized", 18, "machetes"),
        ("seized", 40, "tyres"),
        ("seized", 600, "pairs of shoes"),
    } <= got


def test_packages_a_weighed_haul_was_hidden_in_are_no_more_goods():
    got = {(f.value, f.unit) for f in extract("Agents seized 412 kilograms of cocaine hidden in 390 packages.").figures}
    assert got == {(412, "kg")}


def test_packages_counted_alone_are_the_haul():
    (figure,) = extract("Agents seized 390 packages of cocaine at the port.").figures
    assert (figure.metric, figure.value, figure.item) == ("seized", 390, "packages of cocaine")


@pytest.mark.parametrize(
    "sentence",
    [
        "CHINA MOBILE said its staff were not involved.",
        "Police in AUSTIN TEXAS said 3 men were arrested.",
        "The crew of GRACE STAR were arrested in Dorvia.",
        "Two employees of VICTORIA EXPRESS were arrested in Dorvia.",
        "MORGAN STANLEY said it would cooperate with investigators.",
        "A spokesman for AMBER ALERT said the boy was found.",
    ],
)
def test_companies_vessels_and_places_in_capitals_are_no_people(sentence: str):
    assert not ents(extract(sentence), "PERSON")


@pytest.mark.parametrize("name", ["Lake Ndlovu", "Cape Mwangi", "Mount Kiprono"])
def test_a_person_whose_name_opens_like_a_place_is_told_by_an_age(name: str):
    assert name in ents(extract(f"{name}, 34, was arrested in Dorvia on Friday."), "PERSON")


@pytest.mark.parametrize("codename", ["Lake Guardian III", "Cape Fury II", "Mount Sentinel III"])
def test_a_codename_may_open_on_a_places_english_head_word(codename: str):
    result = extract(f"The {codename} operation resulted in 25 arrests in Dorvia.")
    assert codename in ents(result, "OPERATION")
    assert {(f.operation, f.metric, f.value) for f in result.figures} == {(codename, "arrests", 25)}


@pytest.mark.parametrize(
    ("sentence", "letters"),
    [
        ("Shops used Point of Sale (POS) terminals.", "POS"),
        ("Troops patrol the Area of Responsibility (AOR) daily.", "AOR"),
        ("In the Local Government Area (LGA), officers arrested 4 men.", "LGA"),
    ],
)
def test_the_letters_of_a_generic_term_are_no_place(sentence: str, letters: str):
    assert letters not in ents(extract(sentence), "LOCATION")


@pytest.mark.parametrize("opening", ["At", "The"])
def test_a_sentences_opening_word_is_no_part_of_an_airports_name(opening: str):
    result = extract(f"{opening} Jorvik Norvale International Airport (JNIA) officers seized 4 kg of heroin.")
    assert "JNIA" in ents(result, "LOCATION")


@pytest.mark.parametrize(
    ("sentence", "offence"),
    [
        ("Police arrested 5 men for two murders in Dorvia.", "two murders"),
        ("Police arrested 5 men for three counts of robbery.", "three counts of robbery"),
        ("Police arrested 5 men for the weekend attack on a bank.", "weekend attack"),
        ("Police arrested 5 men for the murder of a security guard in Ibara.", "murder of a security guard"),
        ("Police arrested 5 men over the Christmas period.", None),
        ("Police arrested 5 men over a three-day period.", None),
        ("Police arrested 5 men over thirty days of raids.", None),
        ("Police arrested 5 men, held for four days pending trial.", None),
        ("Police arrested 5 men over the course of the operation.", None),
    ],
)
def test_an_offence_may_open_on_a_number_and_a_time_is_no_offence(sentence: str, offence: str | None):
    (figure,) = [f for f in extract(_IN_ALL + sentence).figures if f.value == 5]
    assert (figure.metric, figure.value, figure.item) == ("arrests", 5, offence)


def test_a_known_bodys_letters_in_an_everyday_compound_name_no_body():
    assert "ICE" not in ents(extract("The fish was kept in ICE-cold storage boxes at Tema."), "ORG")


def test_a_known_phrase_opening_a_longer_place_name_names_no_group():
    result = extract("The raid took place in Barrio 18 de Julio, police said.")
    assert "Barrio 18" not in ents(result, "ORG")


@pytest.mark.parametrize(
    "sentence",
    [
        "Goods were imported through Dorvan General Trading LLC, officials said.",
        "The suspects were charged under the law on General Health.",
        "Regional Director Ma. Teresa V. Olanday-Cruz said the lab was closed.",
        "Acting Director Narcotics, Senior Superintendent Joni Vakalau, said.",
        "Among them was a Sri Lankan national, police said.",
        "Plantations in the districts of Capitán Ortiz were cut down.",
    ],
)
def test_a_word_after_a_title_like_word_is_no_surname_of_its_own(sentence: str):
    persons = ents(extract(sentence), "PERSON")
    assert not persons & {"Trading", "Health", "Ma", "Narcotics", "Lankan", "Ortiz"}


def test_a_surname_alone_after_a_rank_is_still_a_person():
    assert "Harrow" in ents(extract("Det. Sup. Harrow, who led the raids, told reporters."), "PERSON")


@pytest.mark.parametrize(
    ("sentence", "surname"),
    [
        ("A freight agent, TOLULOPE Adewale Bankole, was arrested at the airport.", "TOLULOPE"),
        ("Suspects included Musa Bello Garba, 34, and Aminu ZUBAIRU Danjuma, 22, of Lambata.", "ZUBAIRU"),
        ("General Rodrigo VALDIVIA Tello, who heads the unit, said the group was dismantled.", "VALDIVIA"),
    ],
)
def test_a_surname_in_capitals_inside_a_mixed_case_name_is_no_body(sentence: str, surname: str):
    assert surname not in ents(extract(sentence), "ORG")


def test_a_bodys_letters_before_its_post_and_officer_stay_a_body():
    result = extract("The NDLEA Chairman Buba Marwa said 40 suspects were arrested by the NDLEA.")
    assert "NDLEA" in ents(result, "ORG")


@pytest.mark.parametrize(
    "text",
    [
        "MEDIA RELEASE: RESULTS OF OPERATION DRY RIDGE (PHASE 2)\n\nPolice arrested 12 people.",
        "FOURTEEN people were arrested in Drogheda, gardaí said.",
        "Fuel crackdown: 14 ARRESTED in Mombasa and Kilifi",
    ],
)
def test_a_common_word_or_number_in_capitals_is_no_body(text: str):
    assert not ents(extract(text), "ORG") & {"PHASE", "FOURTEEN", "ARRESTED"}


def test_a_states_letters_in_brackets_after_a_town_are_a_place():
    result = extract("Agents served warrants in Curitiba and Uberlândia (MG), and in Salvador (BA).")
    assert {"MG", "BA"} <= ents(result, "LOCATION")
    assert not ents(result, "ORG") & {"MG", "BA"}


def test_a_wires_letters_after_a_dateline_are_no_place():
    result = extract("ROME (AP) — Italian police arrested 12 people in Bari.")
    assert "AP" not in ents(result, "LOCATION")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilias Moreau, INTERPOL's Acting Director of Police Services, said the checks worked.",
        "The Regional Police Commander, Coast, Mr. Josphat Kimani, said 12 were held.",
        "The County Police Commander for Kisumu, Ann Wairimu, said 12 were held.",
    ],
)
def test_a_field_or_a_level_in_a_post_is_no_body(sentence: str):
    assert not ents(extract(sentence), "ORG") & {"Police Services", "Regional Police", "County Police"}


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Head of Communication Unit Jane Achieng said the raid was planned.", "Communication Unit"),
        ("The Director of the Federal Bureau of Investigation said 12 were held.", "Federal Bureau of Investigation"),
    ],
)
def test_a_unit_after_a_post_stays_a_body(sentence: str, unit: str):
    assert unit in ents(extract(sentence), "ORG")


@pytest.mark.parametrize(
    ("sentence", "codename"),
    [
        ("Police dismantled the ring in an operation nicknamed ‘low tide’, arresting 13.", "low tide"),
        ('The operation, dubbed "clean sweep", led to 40 arrests.', "clean sweep"),
        ('The operation code-named "sea shield" led to 40 arrests.', "sea shield"),
        # the keyword inside straight single quotes ("O'Brien" is no closing quote)
        ("Police held 43 suspects in the second leg of the 'Operation calm life' in the region.", "calm life"),
        # a number alone the quotes close on
        ("Police seized the pills in an operation called “Operation 66”, arresting four.", "66"),
        # lower case inside straight single quotes after a naming verb
        ("Police held 40 men in an operation codenamed 'safe streets' on Friday.", "safe streets"),
        ("The crackdown, dubbed 'zero tolerance', led to 40 arrests.", "zero tolerance"),
        # "coded" after a drive's noun, as translated releases write it
        ("The police operation coded ‘Last Snow’ led to the seizure of 613 kg of cocaine.", "Last Snow"),
    ],
)
def test_a_codename_in_lower_case_inside_quotes_after_a_naming_word(sentence: str, codename: str):
    assert codename in ents(extract(sentence), "OPERATION")


@pytest.mark.parametrize(
    "sentence",
    [
        'Police said the operation "would continue" in 2027.',
        'The action targeted so-called "booter" services in Tarvo.',
        'Officers called it "a great day" for the force.',
        "Officers of Operation 66 Division's unit met O'Brien's team.",
        "Police said Operation 12 would follow.",
        'The gang used coded messages and coded "words" during the operation.',
        # (nor after a word that only ends in the drive's noun, nor before a code in lower case)
        'Each transaction coded "gift" hid a bribe, and their cooperation coded "blue" ran for a year.',
        'The operation coded "red" for priority ended on Friday.',
        # a remark in straight single quotes after the word is no codename
        "The minister called the operation 'unprecedented' after 40 arrests.",
        "Officers said the operation was 'on track' in the north.",
        # "Co-operation" in capitals names no drive
        "The Regional Co-operation, known as Harare Accord, led to 12 arrests.",
        # a thing a naming verb names in a clause about the operation: its own name
        "The operation targeted the dark web marketplace called “Monopoly Market” and its buyers.",
        'During the operation, officers boarded a fishing vessel named "Sea Star" off the coast.',
    ],
)
def test_a_quoted_remark_in_lower_case_is_no_codename(sentence: str):
    assert not ents(extract(sentence), "OPERATION")


@pytest.mark.parametrize(
    "sentence",
    ["During Operation Tormenta, 40 were arrested in Lima.", 'Under operation "Tormenta", 40 were arrested.'],
)
def test_a_count_after_a_codename_and_a_comma_is_no_age(sentence: str):
    assert {(f.operation, f.metric, f.value) for f in extract(sentence).figures} == {("Tormenta", "arrests", 40)}


def test_an_age_after_a_persons_name_is_still_no_count():
    assert not extract("Juan Perez, 40, was arrested in Lima.").figures


def test_a_breakdowns_parts_without_verb_and_noun_are_the_same_figure_elsewhere():
    result = extract("In Kenya, 214 people were arrested; in Uganda, 87; and in Tanzania, 36.")
    got = {(f.metric, f.value, f.scope) for f in result.figures}
    assert got == {("arrests", 214, "Kenya"), ("arrests", 87, "Uganda"), ("arrests", 36, "Tanzania")}


@pytest.mark.parametrize(
    "sentence",
    [
        "In Spain, officers seized 1.2 tonnes of cocaine; in Portugal, 300.",
        "Police arrested 221 people in total; in 2024, 98.",
    ],
)
def test_a_bare_number_after_a_mass_or_a_year_is_no_part(sentence: str):
    assert len(extract(sentence).figures) == 1


def test_people_freed_in_a_raid_are_rescued():
    result = extract("Police raided a gaming hub in Tarlac, freeing 188 foreign workers and arresting 61 people.")
    assert {(f.metric, f.value) for f in result.figures} == {("rescued", 188), ("arrests", 61)}


def test_a_year_an_earlier_figure_of_the_sentence_was_given_holds_for_the_rest_of_it():
    text = (
        "Operation Kestrel 4 led to 40 arrests in Hanoi.\n\n"
        "In its yearly statistics, the department said it had arrested 1,932 suspects in 2025 and seized "
        "6.7 tonnes of narcotics."
    )
    got = {(f.operation, f.metric, f.value) for f in extract(text).figures}
    assert got == {("Kestrel 4", "arrests", 40), (None, "arrests", 1932), (None, "seized", 6.7)}


def test_a_figure_in_a_sentence_of_the_operation_keeps_it_whatever_year_is_told():
    text = "Operation Kestrel 4, launched in 2025, led to 40 arrests and the seizure of 6.7 tonnes of heroin."
    assert {f.operation for f in extract(text).figures} == {"Kestrel 4"}


@pytest.mark.parametrize(
    "sentence",
    [
        "In the current financial year alone, police have recovered 9 210 firearms, according to the force.",
        "According to him, the items intercepted within the quarter include 412 parcels of cannabis.",
        "In East Asia, authorities seized 190 tons of methamphetamine, according to the agency's annual drugs report.",
    ],
)
def test_a_bodys_totals_for_a_year_or_a_quarter_are_no_operations(sentence: str):
    text = "Operation Kestrel 4 led to 40 arrests in Tema.\n\n" + sentence
    ops = {(f.operation, f.value) for f in extract(text).figures}
    assert ("Kestrel 4", 40) in ops
    assert all(op is None for op, value in ops if value != 40)


def test_the_operations_own_quarter_stays_its_own():
    text = "Operation Kestrel 4 ran in Tema. Within the quarter, the operation led to 40 arrests."
    assert {(f.operation, f.value) for f in extract(text).figures} == {("Kestrel 4", 40)}


@pytest.mark.parametrize(
    "sentence",
    [
        "In a separate matter last week, customs officers at Walvis Bay found 2.1 tonnes of abalone.",
        "In a separate case in October, cyber police in Lviv detained 17 operators.",
        "The interior ministry separately reported that its unit had dismantled 9 call centres.",
    ],
)
def test_another_matter_told_beside_the_story_is_no_part_of_its_operation(sentence: str):
    text = "Operation Kestrel 4 led to 40 arrests in Tema.\n\n" + sentence
    ops = {(f.operation, f.value) for f in extract(text).figures}
    assert ("Kestrel 4", 40) in ops
    assert all(op is None for op, value in ops if value != 40)


def test_a_roundups_separate_case_stays_the_operations():
    text = (
        "Operation Kestrel 4 led to 40 arrests in Tema. In a separate case, officers seized 12 kg of heroin "
        "at the port during the operation."
    )
    assert {f.operation for f in extract(text).figures} == {"Kestrel 4"}


@pytest.mark.parametrize(
    ("sentence", "codenames"),
    [
        ("The results of Operations Pangea XVII and Trigger IX were announced in Lyon.", {"Pangea XVII", "Trigger IX"}),
        ("The results of operations Pangea and Trigger were announced.", {"Pangea", "Trigger"}),
        ("Under Op. Sentinel, officers arrested 12 people.", {"Sentinel"}),
    ],
)
def test_codenames_after_of_operations_and_after_op_with_a_dot(sentence: str, codenames: set[str]):
    assert ents(extract(sentence), "OPERATION") == codenames


@pytest.mark.parametrize(
    "sentence",
    [
        "Director of Fisheries Operations Kalo Fifita said 12 vessels were boarded.",
        "Deputy Commissioner for Operations John Kamau said 12 were held.",
        "See op. cit. for the figures.",
    ],
)
def test_a_posts_operations_and_a_citation_name_no_codename(sentence: str):
    assert not ents(extract(sentence), "OPERATION")


@pytest.mark.parametrize(
    "text",
    [
        "“PROJECT LARKSPUR” DISMANTLES DRUG RING\nOfficers arrested 14 people and seized 3 kg of cocaine.",
        "Police said the drive, code-named Programme Safe Harbour, led to 40 arrests.",
        "Lionfish II was funded through Project Fortaleza, INTERPOL's initiative, and led to 14 arrests.",
        # a launch or "as a result of" is a programme's as often (review)
        "INTERPOL launched Project Stadia to help police. Officers made 14 arrests.",
        "As a result of Project Safe Neighborhoods, 14 offenders were arrested.",
        # a programme's noun between the investigation's and the naming word: the programme is named
        "The investigation was funded by a programme named Project Wisdom and led to 14 arrests.",
        "Project Safe Childhood is a nationwide initiative. Officers made 14 arrests.",
        # a sentence opening on a programme tells what it funds or trains, not results (the arrests come later)
        "Under Project Wildnet, officers from nine countries were trained. Officers made 14 arrests.",
        "Through Project Safe Streets, the city funded 20 youth centres. Officers made 14 arrests.",
        # police work named so, but a programme's noun between them
        "A police effort was backed by a scheme called Project Wisdom. Officers made 14 arrests.",
        # (review) a programme's sentence that also tells results, or of what it funds
        "Under Project Safe Neighborhoods, federal prosecutors charged 40 people with firearms offences.",
        "Under Project Safe Neighborhoods, the programme that funds outreach, police arrested 14 people in May.",
        "Through Project Safe Streets, the city funded 20 youth centres, and police separately arrested 14 people.",
        "In Project Guardian, a partnership with schools, officers recovered 12 stolen bicycles.",
        "The police operation was funded by the province, and the grant was named Project Guardian. Officers made 14 "
        "arrests.",
        "In a police crackdown on fraud this spring, detectives worked alongside a charity known as Project Hope. "
        "Officers made 14 arrests.",
    ],
)
def test_a_named_project_or_programme_is_no_operation(text: str):
    result = extract(text)
    assert not ents(result, "OPERATION") - {"Lionfish II"}
    assert {f.operation for f in result.figures} <= {None, "Lionfish II"}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The investigation, dubbed Project Larkspur, led to 14 arrests and the seizure of 3 kg of cocaine.",
            "Larkspur",
        ),
        ("The RCMP launched an investigation named Project Ossington, which led to 14 arrests.", "Ossington"),
        ("Project Hammer, a year-long investigation into gun crime, led to 14 arrests.", "Hammer"),
        ("The arrests were part of Project Vigil, a long-running operation, which led to 14 arrests.", "Vigil"),
        # set off after the investigation's noun, or told by its results as police tell an investigation's
        ("The provincial police investigation, Project Tamarack, began in May and led to 14 arrests.", "Tamarack"),
        ("Project Larkspur results in record seizure\n\nOfficers made 14 arrests, police said.", "Larkspur"),
        ("Project Larkspur dismantled a drug ring\n\nOfficers made 14 arrests, police said.", "Larkspur"),
        # named by a naming word with the investigation's noun earlier in the sentence, or said to be one
        (
            "Detectives concluded a long-term drug investigation in the town and its surrounding area dubbed "
            "Project K-LARKSPUR. Officers made 14 arrests.",
            "K-LARKSPUR",
        ),
        ("“Project Tamarack” was a lengthy investigation by the gang unit. Officers made 14 arrests.", "Tamarack"),
        # (the comma inside the quotes, as American style writes it)
        ('Dubbed "Project Tamarack," the police probe lasted a year. Officers made 14 arrests.', "Tamarack"),
        # told by what was taken in it, before its name
        ("Drugs, guns seized in Project Larkspur\n\nOfficers made 14 arrests, police said.", "Larkspur"),
        ("Firearms seized by OPP in Project Larkspur\n\nOfficers made 14 arrests, police said.", "Larkspur"),
        # a sentence that opens on it and tells its results
        ("Through Project Larkspur, the 43 Division said it made 14 arrests and laid 109 charges.", "Larkspur"),
        ("During Project Larkspur, detectives arrested 14 people.", "Larkspur"),
        # police work, named so later in its sentence
        (
            "The seizure is part of a combined police effort to target gang violence in the region, dubbed Project "
            "Larkspur. Officers made 14 arrests.",
            "Larkspur",
        ),
    ],
)
def test_a_police_investigation_named_as_a_project_is_an_operation(text: str, name: str):
    # (Canadian and other police name investigations "Project X"; the guide's "Project Fortaleza" is a programme)
    result = extract(text)
    assert ents(result, "OPERATION") == {name}
    assert {f.operation for f in result.figures if f.metric == "arrests"} == {name}


def test_an_operation_keyword_before_project_keeps_the_codename():
    result = extract("Operation Project Spring ended with 12 arrests.")
    assert ents(result, "OPERATION") == {"Project Spring"}


def test_every_private_partner_of_a_long_list_is_a_body():
    text = (
        "The operation was supported by private partners at national and international level including "
        "Arvenna, Blucrest, Coldmere, Dravik Labs, Eastwell, Fenmoor, Glasshook, Harrowgate Cyber, Istrel, "
        "Jolvane and Kestrum."
    )
    names = ents(extract(text), "ORG")
    assert {"Arvenna", "Harrowgate Cyber", "Istrel", "Jolvane", "Kestrum"} <= names


def test_collaborators_a_list_includes_are_bodies():
    text = "Other private sector collaborators include Visa, Mastercard, Talvane and Paypal."
    assert {"Visa", "Mastercard", "Talvane", "Paypal"} <= ents(extract(text), "ORG")


def test_two_listed_names_joined_by_and_stay_two():
    text = "It thanked partners including Corvid Labs, Norhaven Networks Unit 42 and Trend Micro for their support."
    names = ents(extract(text), "ORG")
    assert {"Norhaven Networks Unit 42", "Trend Micro"} <= names
    assert not any(" and " in n for n in names)


def test_a_body_named_with_and_in_a_list_stays_one():
    text = "The partners included Talvane, Corvid Labs and the Ministry of Justice and Public Security."
    assert {"Talvane", "Corvid Labs", "Ministry of Justice and Public Security"} <= ents(extract(text), "ORG")


def test_a_day_after_operation_in_lower_case_is_a_date_not_a_codename():
    result = extract("Customs announced a seizure in an operation Saturday morning in Agadir, taking 4 kg of heroin.")
    assert not ents(result, "OPERATION")
    assert {f.operation for f in result.figures} == {None}
    assert ents(extract("Police launched Operation Saturday Night in Lagos."), "OPERATION") == {"Saturday Night"}


def test_a_posts_grade_and_a_generations_numeral_are_no_codenames():
    text = (
        "In a separate operation, Public Information Officer III Dalia Ramos said a man was arrested with 5 sachets "
        "of shabu. The regional director, Arnel Tumbaga III, told reporters 3 suspects were held. Operation Pangea "
        "XVII had ended."
    )
    assert ents(extract(text), "OPERATION") == {"Pangea XVII"}


def test_a_capitals_headline_codename_is_cut_to_its_heading():
    text = (
        "OPERATION TIDEWALL\n\nOPERATION TIDEWALL LEADS TO OVER 100 ARRESTS IN STING\n"
        "The sting led to the arrest of over 100 people."
    )
    assert ents(extract(text), "OPERATION") == {"TIDEWALL"}
    edition = "OPERATION TIDEWALL\n\nOPERATION TIDEWALL II NETS 40 ARRESTS\nThe sting led to 40 arrests."
    assert "TIDEWALL II" in ents(extract(edition), "OPERATION")


def test_a_codename_in_plain_single_quotes_before_the_word():
    text = (
        "Customs seize meth in Riau\n\n\"We arrested five smugglers during our 'Kilatbumi' sting and seized 159 "
        'kilograms of methamphetamine," he said.'
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"Kilatbumi"}
    assert {f.operation for f in result.figures} == {"Kilatbumi"}


def test_a_series_in_quotes_beside_its_editions_is_not_listed():
    text = (
        "Navy's 'Meridian' campaign nets 94 tonnes of cocaine\n\n"
        "The Navy seized 94.2 tonnes of cocaine in the latest phase of the operation, officially designated "
        "Meridian XVI. "
        "The previous edition, Meridian XV, ended with 88 tonnes seized."
    )
    assert ents(extract(text), "OPERATION") == {"Meridian XVI", "Meridian XV"}


def test_the_keyword_inside_quotes_lets_the_name_open_on_a_function_word():
    text = (
        'ATF arrests nine\n\nAs part of an effort dubbed "Operation Over The Line," agents arrested nine '
        "people in Nevada."
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"Over The Line"}
    assert {f.operation for f in result.figures} == {"Over The Line"}
    assert ents(extract('Head\n\nPolice said "Operation Tidewall was a success" after 9 arrests.'), "OPERATION") == {
        "Tidewall"
    }


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The inspector general said 270 suspected kidnappers had been taken into custody since he assumed office.",
            270,
        ),
        ("Since taking office in January, the commissioner has overseen the arrest of 412 suspects.", 412),
        ("During another operation on July 17, agents seized 425 kg of cocaine in Toro Pampa.", 425),
    ],
)
def test_a_post_holders_record_and_another_operation_are_not_the_storys_operation(sentence: str, value: int):
    figures = extract(f"Operation Kestrel Dawn led to 40 arrests in Kaduna. {sentence}").figures
    assert {f.operation for f in figures if f.value == value} == {None}
    assert {f.operation for f in figures if f.value == 40} == {"Kestrel Dawn"}


def test_a_word_before_an_amount_after_a_preposition_is_no_place():
    result = extract("Counterfeit goods valued at Ksh 50 million were seized in Gikomba market.")
    assert "Ksh" not in ents(result, "LOCATION")
    assert "Gikomba" in ents(result, "LOCATION")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Police in St. John's said two men were arrested.", "St. John's"),
        ("Officials of the People’s Republic of China said 12 people were held.", "People’s Republic of China"),
        (
            "Drugs were moved from the Lao People's Democratic Republic into Viet Nam.",
            "Lao People's Democratic Republic",
        ),
    ],
)
def test_a_places_name_keeps_its_own_possessive(sentence: str, place: str):
    assert place in ents(extract(sentence), "LOCATION")


def test_a_possessive_after_a_place_stays_out_of_its_name():
    assert {"Kenya", "Lagos"} <= ents(extract("Kenya's police and officers in Lagos's port seized 4 kg."), "LOCATION")


def test_a_weakly_known_place_paired_with_a_known_one_is_a_place():
    assert "Michoacán" in ents(extract("The boat was seized off the coasts of Guerrero and Michoacán."), "LOCATION")
    assert "Morris" not in ents(extract("Police in Kenya and Morris said 3 were held."), "LOCATION")


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents seized enough fentanyl to kill 14 million people.",
        "The pills seized could potentially kill more than 700,000 Americans.",
    ],
)
def test_what_seized_goods_could_have_done_is_no_figure(sentence: str):
    assert not {f.value for f in extract(sentence).figures} & {14_000_000, 700_000}


def test_people_charged_but_still_free_are_no_arrests():
    figures = extract("Police arrested 35 suspects. Four more indicted individuals are still on the run.").figures
    assert {(f.metric, f.value) for f in figures} == {("arrests", 35)}
    kept = extract("In all, police laid 95 charges against 11 persons, seven of whom are in custody.").figures
    assert 95 in {f.value for f in kept}


def test_pimps_counted_with_a_passive_arrest_are_arrests():
    text = "Altogether, 82 juveniles were recovered and 239 pimps and other individuals were arrested."
    assert ("arrests", 239) in {(f.metric, f.value) for f in extract(text).figures}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("In a separate operation in Cesme district, security forces held 87 migrants in boats.", 87),
        ("Some 71 nationals who entered the country illegally were held in the last three days by police.", 71),
        ("In Kars province, 16 more undocumented nationals, including nine children, were held by a police team.", 16),
        ("In Kenya alone, 29 suspects were held, 11 of them alleged members of the syndicate.", 29),
    ],
)
def test_people_held_in_a_body_are_arrests(sentence: str, value: int):
    assert ("arrests", value) in {(f.metric, f.value) for f in extract(sentence).figures}


@pytest.mark.parametrize(
    "sentence",
    [
        "The largest compound is thought to have held some 10,000 workers at its peak.",
        "The victims, who included four women, had been held in the forest for weeks.",
        "30 migrants were held at a reception centre in the port.",
        "12 tourists were held hostage by the gang.",
    ],
)
def test_people_held_as_a_size_captives_or_kept_are_no_arrests(sentence: str):
    assert "arrests" not in {f.metric for f in extract(sentence).figures}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Customs operation nabs 1,715 illegal drugs and wildlife trafficking cases\n\nIt ran for months.",
            1715,
        ),
        ("The scheme resulted in the seizure of 1,715 drugs and wildlife trafficking cases.", 1715),
        ("Naval personnel seized a total of 420 kg of cannabis on 13 occasions this year.", 13),
        ("Liaison offices exchanged information on 312 occasions during the operation.", 312),
    ],
)
def test_a_compound_whose_head_counts_events_is_other(text: str, value: int):
    assert {f.metric for f in extract(text).figures if f.value == value} == {"other"}


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("The National Guard and INM detained 40 migrants.", {"National Guard", "INM"}),
        ("The Aerospace Forces of Colombia and U.S. agencies seized 3 tonnes.", {"Aerospace Forces of Colombia"}),
        (
            "The Lesotho Mounted Police Service Senior Superintendent Thabo Mokoena said 12 were held.",
            {"Lesotho Mounted Police Service"},
        ),
        (
            "The Directorate of Criminal Investigation and INTERPOL (DIJIN) took part.",
            {"Directorate of Criminal Investigation and INTERPOL"},
        ),
    ],
)
def test_a_bodys_name_ends_before_other_letters_and_a_graded_post(sentence: str, bodies: set[str]):
    names = ents(extract(sentence), "ORG")
    assert bodies <= names
    assert not any(n.startswith(tuple(bodies)) and n not in bodies for n in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "The boat, which held 90 migrants, capsized off Lampedusa.",
        "Kidnappers held 14 passengers in the forest for a week.",
        "The cartel held 11 hostages in a ranch.",
        "Victims, 14 of them women, were held in the forest for weeks before the raid.",
        "Police held 12 people for questioning.",
        "The prison held 2,000 inmates.",
    ],
)
def test_people_a_place_holds_captives_and_people_questioned_are_no_arrests(sentence: str):
    assert "arrests" not in {f.metric for f in extract(sentence).figures}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Investigators gathered enough evidence for 14 arrests, which were made on Tuesday in Accra.", 14),
        ("A total of 9 wanted fugitives who had been at large for years were arrested in Spain.", 9),
        ("Officers arrested and charged 6 men at large gatherings in Harare.", 6),
        ("Twelve suspects were charged and later arrested after a year on the run.", 12),
    ],
)
def test_evidence_and_people_once_free_still_count_as_arrests(sentence: str, value: int):
    assert ("arrests", value) in {(f.metric, f.value) for f in extract(sentence).figures}


def test_a_post_holders_tenure_in_a_sentence_about_the_operation_is_the_operations():
    text = (
        "Operation Kestrel Dawn led to 40 arrests in Kaduna. The operation, which he has led since taking office, "
        "also seized 12 rifles."
    )
    assert {f.operation for f in extract(text).figures} == {"Kestrel Dawn"}


@pytest.mark.parametrize(
    ("sentence", "place", "not_places"),
    [
        ("The suspects were arrested in Gatundu 2 days ago, police said.", "Gatundu", set()),
        ("The statement was signed by the ministers of Mexico and Garcia.", "Mexico", {"Garcia"}),
        ("He is a supporter of Liverpool and Chelsea.", "Liverpool", {"Chelsea"}),
    ],
)
def test_a_small_count_and_a_name_paired_with_a_place_are_read_as_they_are(
    sentence: str, place: str, not_places: set[str]
):
    places = ents(extract(sentence), "LOCATION")
    assert place in places
    assert not places & not_places


def test_an_adjective_after_a_company_cue_is_no_company():
    text = "Police said the two companies whose owners are Chinese nationals were shut down."
    assert "Chinese" not in ents(extract(text), "ORG")


def test_a_day_that_opens_a_codename_in_capitals_stays_a_codename():
    assert ents(extract("Police said operation Sunday Service led to 40 arrests in Lagos."), "OPERATION") == {
        "Sunday Service"
    }


def test_of_never_opens_a_codename_inside_quotes():
    assert not ents(extract('Head\n\nShe won the "Operation Of The Year" award after 12 arrests.'), "OPERATION")


def test_they_include_after_people_counted_gives_their_parts():
    text = (
        "The Police at Tarkwa in the Western Region have nabbed twenty-two illegal miners.\n\n"
        "They include twelve Ghanaians, nine Chinese and a Togolese national."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert {("arrests", 22), ("arrests", 12), ("arrests", 9)} <= got


def test_a_bodys_letters_then_its_name_in_brackets():
    text = (
        "A joint operation by NAPTIP (National Agency for the Prohibition of Trafficking in Persons) and the "
        "Defence Intelligence Agency (DIA) rescued 20 victims."
    )
    result = extract(text)
    assert {"NAPTIP", "National Agency for the Prohibition of Trafficking in Persons"} <= ents(result, "ORG")
    assert "Persons" not in ents(result, "LOCATION")
    codename = (
        "Gang sweep nets 221\n\nOfficers executed Operation CAGE (Central America Gang Enforcement), a high impact "
        "enforcement operation, leading to 221 arrests."
    )
    assert ents(extract(codename), "OPERATION") == {"CAGE"}


def test_a_territorys_letters_are_a_place():
    result = extract("Raids took place across the Federal Capital Territory (FCT), Osun and Nasarawa states.")
    assert {"Federal Capital Territory", "FCT"} <= ents(result, "LOCATION")
    assert not {"Federal Capital Territory", "FCT"} & ents(result, "ORG")


def test_a_currency_code_iso_withdrew_is_still_money():
    result = extract("Officers found 26,155 boxes of cigarettes, worth about 200,000 BGN. Most were hidden in a van.")
    assert "BGN" not in ents(result, "ORG")
    assert ("seized", 200000, "BGN") in {(f.metric, f.value, f.unit) for f in result.figures}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Officials from the Customs Intelligence and Investigation Unit of the Metropolitan Customs House made a "
            "check.",
            "Customs Intelligence and Investigation Unit",
        ),
        (
            "The seizure was made through the Regional Office of Customs and Excise of Aceh, with the police.",
            "Regional Office of Customs and Excise of Aceh",
        ),
    ],
)
def test_a_domain_pair_before_the_body_it_belongs_to_stays_one_name(sentence: str, body: str):
    assert body in ents(extract(sentence), "ORG")


def test_a_quoted_name_called_after_the_plural_operations():
    text = (
        "Police arrest four\n\nThe arrests are part of the operations called “Parcel” which started in March, "
        "when police seized 99 guns."
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"Parcel"}
    assert ("Parcel", 99) in {(f.operation, f.value) for f in result.figures}


def test_a_codename_spelt_with_a_letter_doubled_is_one_operation():
    text = (
        "Operation Kubela: Police arrest 1,400 suspects\n\n"
        "The suspects were arrested during Operation Kubella last week. Operation Kubela continues."
    )
    assert ents(extract(text), "OPERATION") == {"Kubela"}
    editions = "Operation Hilo Rojo III followed Operation Hilo Rojo II, which led to 219 arrests."
    assert ents(extract(editions), "OPERATION") == {"Hilo Rojo III", "Hilo Rojo II"}


def test_a_compass_word_alone_is_no_place():
    result = extract(
        "Gold traffic: 28 gold miners arrested in South by Army\nThe army said 28 were held in Tamanrasset."
    )
    assert "South" not in ents(result, "LOCATION")
    assert "Tamanrasset" in ents(result, "LOCATION")


@pytest.mark.parametrize(
    ("text", "entity", "kind"),
    [
        (
            'Police report\n\nJoint investigations into the gang known as "Los Rastrojos" led to 40 arrests.',
            "Los Rastrojos",
            "OPERATION",
        ),
        (
            "Police report\n\nFighters of the Islamic State West Africa Province (ISWAP) attacked the base.",
            "ISWAP",
            "LOCATION",
        ),
        (
            "Police report\n\nThe operation, codenamed CAGE (Central America Gang Enforcement), led to 221 arrests.",
            "CAGE",
            "ORG",
        ),
        (
            "Police report\n\nThe suspects used a VPN (Virtual Private Network) to hide.",
            "VPN",
            "ORG",
        ),
        (
            "Police report\n\nOfficers of the FCT (Federal Capital Territory) Command arrested 4.",
            "Federal Capital Territory",
            "ORG",
        ),
        (
            "Police report\n\nThe Philippine Coast Guard and Bureau of Customs seized 4 kg.",
            "Philippine Coast Guard and Bureau of Customs",
            "ORG",
        ),
    ],
)
def test_what_the_second_reviews_sentences_are_not(text: str, entity: str, kind: str):
    assert entity not in ents(extract(text), kind)


def test_two_codenames_a_doubled_letter_apart_each_with_figures_may_stay_two():
    text = "Police report\n\nOperation Anna led to 4 arrests. Operation Ana led to 9 arrests."
    assert ents(extract(text), "OPERATION") == {"Anna", "Ana"}


def test_a_list_of_regions_opened_by_a_compass_word_keeps_its_places():
    text = "Police report\n\nRaids took place in Central, Eastern and Western provinces of Zambia."
    assert {"Central", "Eastern", "Western"} <= ents(extract(text), "LOCATION")


def test_crypto_miners_seized_are_machines():
    assert ("seized", 1200) in {(f.metric, f.value) for f in extract("Police seized 1,200 bitcoin miners.").figures}


def test_a_part_they_include_needs_its_own_noun():
    figures = extract("Police arrested 220 people. They include 140 men and 80 women.").figures
    assert (140, None) not in {(f.value, f.item) for f in figures}


def test_a_withdrawn_currency_after_an_amount_is_money():
    figures = extract("Customs seized cigarettes worth about 500,000 LTL.").figures
    assert ("seized", 500000, "LTL") in {(f.metric, f.value, f.unit) for f in figures}


def test_a_body_named_with_a_two_word_place_after_and_is_its_own():
    text = "Officers from the Department of Corrections and New Zealand Customs Service seized 4 kg."
    assert {"Department of Corrections", "New Zealand Customs Service"} <= ents(extract(text), "ORG")


def test_places_joined_before_a_groups_word_are_its_route_not_its_name():
    result = extract("The drugs came through an India-Afghanistan syndicate that has been busted.")
    assert {"India", "Afghanistan"} <= ents(result, "LOCATION")
    assert not ents(result, "ORG")


def test_a_calibre_in_brackets_after_a_count_leaves_the_noun_counted():
    figures = extract("Police seized 21 (7.62mm) cartridges and 33 (9mm) rounds of ammunition.").figures
    got = {(f.metric, f.value, f.item) for f in figures}
    assert {("seized", 21, "cartridges"), ("seized", 33, "rounds of ammunition")} <= got
    assert not {f.value for f in figures} & {7.62, 9}


def test_a_large_citys_other_name_is_a_place_where_the_text_says_so():
    result = extract("They drove a party to the coast from Chittagong and returned with 10,000 pills.")
    assert "Chittagong" in ents(result, "LOCATION")
    thai = extract("Police arrested two Thai nationals in the raid.")
    assert "Thai" not in ents(thai, "LOCATION")


def test_a_known_body_joined_by_a_hyphen_before_a_long_form_is_no_part_of_it():
    text = "It was held under the UNODC-World Customs Organization (WCO) Container Control Programme."
    names = ents(extract(text), "ORG")
    assert {"World Customs Organization", "WCO"} <= names
    assert "UNODC-World Customs Organization" not in names


def test_platform_and_payment_companies_named_alone_are_bodies():
    text = "Police said on Twitter that Google and Mastercard had helped to take down 400 websites."
    assert {"Twitter", "Google", "Mastercard"} <= ents(extract(text), "ORG")


def test_a_lone_the_after_a_capitalised_word_opens_the_body_s_name():
    text = (
        "Raids in three countries\n\n"
        "RIGA - In Lithuania the Criminal Police Bureau searched 12 premises. In Italy the Carabinieri arrested "
        "four people, and Though the Navy helped, the Organisation for the Prohibition of Chemical Weapons was not "
        "involved.\n"
    )
    result = extract(text)
    orgs = ents(result, "ORG")
    assert {"Criminal Police Bureau", "Carabinieri"} <= orgs
    assert not {name for name in orgs if " the " in name and not name.startswith("Organisation for")}
    assert {"Lithuania", "Italy"} <= ents(result, "LOCATION")


@pytest.mark.parametrize("before", ["On Monday", "Meanwhile", "On 12 May"])
@pytest.mark.parametrize("body", ["National Police", "Gendarmería Nacional", "Dangerous Drugs Board"])
def test_a_body_after_a_date_or_a_function_word_and_the_is_found(before: str, body: str):
    text = f"Police act\n\nLIMA - {before} the {body} arrested four men, the statement said.\n"
    assert body in ents(extract(text), "ORG")


@pytest.mark.parametrize(
    "body", ["Carabineros", "Bundespolizei", "Koninklijke Marechaussee", "Receita Federal", "Hawks", "Bea Cukai"]
)
def test_national_bodies_named_untranslated_are_bodies(body: str):
    text = (
        "Police act on smuggling ring\n\n"
        f"BERLIN - Four men were arrested by the {body} on Monday. The {body} said more arrests would follow.\n"
    )
    assert body in ents(extract(text), "ORG")


@pytest.mark.parametrize("mark", ["'", "’", "‘"])
def test_the_elided_article_of_a_mafia_s_name_is_part_of_it_in_any_quote(mark: str):
    text = f"Mafia raids\n\nROME - Police arrested 14 people linked to the {mark}Ndrangheta, officials said.\n"
    assert f"{mark}Ndrangheta" in ents(extract(text), "ORG")


@pytest.mark.parametrize("group", ["Los Choneros", "Latin Kings", "Mongrel Mob", "Cartel de los Soles", "Bloods"])
def test_crime_groups_named_without_a_head_word_are_bodies(group: str):
    text = f"Gang raids\n\nQUITO - Police said the 11 suspects belonged to the {group}, officials said.\n"
    assert group in ents(extract(text), "ORG")


@pytest.mark.parametrize(
    "body",
    ["Texas Department of Public Safety", "General Directorate of Narcotics Control", "Ministry of Indigenous Peoples"],
)
def test_a_body_s_domain_before_a_speech_verb_is_no_person(body: str):
    text = f"Police act\n\nNAIROBI - A spokesman for the {body} said four men were arrested on Monday.\n"
    result = extract(text)
    assert body in ents(result, "ORG")
    assert not ents(result, "PERSON")


@pytest.mark.parametrize(
    "body", ["Bureau of Alcohol, Tobacco, Firearms and Explosives", "Zakat, Tax and Customs Authority"]
)
def test_a_listed_body_s_name_before_its_owner_s_mark_is_whole_without_it(body: str):
    text = f"Police act\n\nLAGOS - Officers from the {body}'s special unit arrested four men.\n"
    assert body in ents(extract(text), "ORG")


def test_customs_and_border_protection_is_a_body_without_its_country():
    text = "Border seizure\n\nLAREDO - Customs and Border Protection officers seized 40 kg of cocaine on Monday.\n"
    assert "Customs and Border Protection" in ents(extract(text), "ORG")


@pytest.mark.parametrize(
    "sentence",
    [
        "The court remanded {n} in custody until next month.",
        "Those arrested were {n} and two other men, police said.",
        "The suspects include {n}, a driver.",
        "A magistrate jailed {n} for six years.",
    ],
)
@pytest.mark.parametrize("name", ["Thabo Mokoena", "Tevita Fifita", "Somchai Prasert"])
def test_a_name_a_verb_or_a_role_before_it_holds_is_a_person(sentence: str, name: str):
    text = "Police act\n\nLAGOS - " + sentence.format(n=name) + "\n"
    assert name in ents(extract(text), "PERSON")


@pytest.mark.parametrize("verb", ["named the man as", "identified the two suspects as", "named him as"])
def test_a_name_given_as_a_person_s_after_its_object_is_a_person(verb: str):
    text = f"Police act\n\nLAGOS - Police {verb} Tevita Fifita, a businessman from the city.\n"
    assert "Tevita Fifita" in ents(extract(text), "PERSON")


@pytest.mark.parametrize("headline", ["Police act", "Customs seize drugs in March", "Raids reported on page"])
def test_a_headline_s_last_word_is_no_reference_for_the_number_opening_the_body(headline: str):
    text = f"{headline}\n\n40 kg of cocaine was seized at the port on Monday.\n"
    figures = extract(text).figures
    assert [(f.metric, f.value, f.unit) for f in figures] == [("seized", 40, "kg")]


def test_what_a_crime_deals_in_stays_inside_a_body_s_name():
    text = (
        "Girls rescued\n\n"
        "ABUJA - The National Agency for the Prohibition of Trafficking in Persons rescued 12 girls, and the Main "
        "Department for Combating Trafficking in Human Beings helped. Police in Lagos arrested two men.\n"
    )
    result = extract(text)
    orgs = ents(result, "ORG")
    assert "National Agency for the Prohibition of Trafficking in Persons" in orgs
    assert "Main Department for Combating Trafficking in Human Beings" in orgs
    assert not {"Persons", "persons", "Human Beings"} & ents(result, "LOCATION")
    assert "Lagos" in ents(result, "LOCATION")


def test_private_partners_listed_after_a_capitalised_plural_are_bodies():
    text = "Takedown\n\nLYON - Companies including Microsoft, Trend Micro and Group-IB helped the investigators.\n"
    assert {"Microsoft", "Trend Micro", "Group-IB"} <= ents(extract(text), "ORG")


@pytest.mark.parametrize("role", ["The deceased", "The driver", "A woman", "The owner"])
def test_a_name_in_apposition_to_a_role_noun_is_a_person(role: str):
    text = f"Police act\n\nLAGOS - {role}, Tunde Bakare, was known to the police.\n"
    assert "Tunde Bakare" in ents(extract(text), "PERSON")


def test_a_sum_in_goods_is_the_goods_value_not_cash():
    text = (
        "Cannabis seized\n\n"
        "DUBLIN - Two men have been arrested and €2.14 million in suspected illegal cannabis has been seized. "
        "Officers also seized $3 million in cocaine hidden in shipping containers, €40,000 in cash and assets worth "
        "15 million baht in eight drug cases.\n"
    )
    items = {f.value: f.item for f in extract(text).figures if f.unit != "count"}
    assert items[2140000] == "cannabis value"
    assert items[3000000] == "cocaine value"
    assert items[40000] == "cash"
    assert items[15000000] == "assets"


def test_a_headline_amount_the_body_states_in_another_unit_is_one_figure():
    text = (
        "Seven held with three tonnes of hashish in sea raid\n\n"
        "KARACHI - Seven smugglers were apprehended at sea and 3,000 kilogrammes of hashish was seized from a boat.\n"
    )
    seized = [(f.value, f.unit) for f in extract(text).figures if f.metric == "seized"]
    assert seized == [(3000, "kg")]


def test_a_nickname_after_alias_is_no_place():
    text = (
        'Police act\n\nMANILA - Police identified the suspects as Jomar Dela Cruz alias "Bong", 34, Mario Santos '
        "a.k.a. Tondo, 29, and a man nicknamed 'Davao'. They were held in Manila.\n"
    )
    result = extract(text)
    assert not {"Bong", "Tondo", "Davao"} & ents(result, "LOCATION")
    assert {"Jomar Dela Cruz", "Mario Santos"} <= ents(result, "PERSON")


def test_a_region_s_adjective_before_a_noun_is_no_place():
    text = (
        "Police act\n\nVIENNA - The network used the Balkan route and ports in the Baltic states, police said. The "
        "Balkans and the Baltic Sea were watched.\n"
    )
    places = ents(extract(text), "LOCATION")
    assert not {"Balkan", "Baltic"} & places
    assert {"Balkans", "Baltic Sea"} <= places


@pytest.mark.parametrize(
    "headline",
    [
        "DRI seizes 9.8 kg gold at Chennai airport; two held",
        "Two held as DRI seizes gold at Chennai airport",
        "Gold worth Rs 6 crore seized, two held",
    ],
)
def test_a_headline_s_count_held_is_arrests_beside_another_clause(headline: str):
    text = f"{headline}\n\nCHENNAI: Officers seized 9.8 kg of gold from two passengers on Friday.\n"
    arrests = [f.value for f in extract(text).figures if f.metric == "arrests"]
    assert arrests == [2]


def test_people_held_as_hostages_in_a_headline_are_no_arrests():
    text = "12 held as hostages in raid on village\n\nLAGOS - Gunmen took 12 villagers on Monday, police said.\n"
    assert not [f for f in extract(text).figures if f.metric == "arrests"]


def test_a_role_noun_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = (
        "Three jailed\n\nLONDON - Co-defendants Leon Walsh, 38, and Gary Fields, 51, received 12 years each. "
        "Accused Thabo Mokoena denied the charges.\n"
    )
    people = ents(extract(text), "PERSON")
    assert {"Leon Walsh", "Gary Fields", "Thabo Mokoena"} <= people
    assert not {name for name in people if name.startswith(("Co-defendants", "Accused"))}


def test_items_read_past_an_infinitive_and_stop_at_a_subordinate_clause():
    text = (
        "Three jailed over cocaine in banana boxes\n\n"
        "LONDON - Three men who tried to smuggle cocaine worth £2 million into the UK have been jailed. Border "
        "Force officers found 24 kilos of the drug when they searched a lorry, and police dismantled two workshops "
        "where pistols were made.\n"
    )
    items = {(f.metric, f.value): f.item for f in extract(text).figures}
    assert items[("seized", 2000000)] == "cocaine value"
    assert items[("seized", 24)] == "cocaine"
    assert items[("dismantled", 2)] == "workshops"


def test_a_sum_s_money_is_read_past_its_conversion_and_worth_of_money_is_no_value():
    text = (
        "Gold ring dismantled\n\n"
        "BRASÍLIA - Police arrested 11 people and froze 200 million reais ($35 million) in assets. Officers also "
        "seized more than EUR 5 million worth of cash and cryptocurrencies.\n"
    )
    items = {(f.value, f.unit): f.item for f in extract(text).figures if f.unit != "count"}
    assert items[(200000000, "BRL")] == "assets"
    assert items[(5000000, "EUR")].startswith("cash") and not items[(5000000, "EUR")].endswith("value")


def test_a_later_mention_from_a_patronymic_particle_on_is_the_person_named_in_full():
    text = (
        "Police recover guns\n\nKAPSABET - County Police Commander Samson Ole Kine said seven suspects were "
        'arrested. "We also seized 120 litres of chang\'aa," Ole Kine told reporters.\n'
    )
    people = ents(extract(text), "PERSON")
    assert people == {"Samson Ole Kine"}


def test_a_headline_figure_placed_elsewhere_than_the_body_s_is_one_figure():
    text = (
        "Police recover 3 guns, arrest 7 in Kapsabet crackdown\n\n"
        "Police in Nandi County have arrested seven suspects and recovered three firearms during a two-day "
        "crackdown.\n"
    )
    figures = [(f.metric, f.value) for f in extract(text).figures]
    assert sorted(figures) == [("arrests", 7), ("seized", 3)]


def test_a_place_labelling_a_bulleted_line_is_its_figures_scope():
    text = (
        "Operation Thunder results\n\nLYON - Operation Thunder 2025 led to 365 arrests.\n\n"
        "Highlights by country:\n• Nigeria: 12 arrests and 900 kg of pangolin scales seized\n- Kenya – 4 arrests\n"
    )
    scopes = {(f.metric, f.value): f.scope for f in extract(text).figures}
    assert scopes[("arrests", 365)] is None
    assert scopes[("arrests", 12)] == "Nigeria"
    assert scopes[("seized", 900)] == "Nigeria"
    assert scopes[("arrests", 4)] == "Kenya"


@pytest.mark.parametrize(
    "sentence, person",
    [
        ("Harris County Sheriff Leonard Castaneda said four men were arrested.", "Leonard Castaneda"),
        ("John A. Torres, Special Agent-in-Charge of the ATF, said four men were arrested.", "John A. Torres"),
        ("Deputy Commissioners Ana Tiai-Keti and Ben Logoiti said four men were arrested.", "Ana Tiai-Keti"),
    ],
)
def test_a_sheriff_s_and_a_plural_rank_are_no_part_of_the_name(sentence: str, person: str):
    people = ents(extract(f"Police act\n\nRENO - {sentence}\n"), "PERSON")
    assert person in people
    assert not {name for name in people if name.split()[0] in ("Sheriff", "Special", "Commissioners", "Harris")}


def test_a_post_s_body_in_letters_before_a_name_is_no_part_of_it():
    text = (
        "Police act\n\nNAIROBI - Director of CID Ndegwa Muhoro visited the port. The suspects were OCHIENG Dancan "
        "Otieno and WANJIKU Mary Njeri.\n"
    )
    people = ents(extract(text), "PERSON")
    assert {"Ndegwa Muhoro", "OCHIENG Dancan Otieno", "WANJIKU Mary Njeri"} <= people
    assert "CID Ndegwa Muhoro" not in people


def test_what_a_trade_deals_in_is_no_place():
    text = (
        "Ivory seized\n\nNAIROBI - The ivory trade is banned under the Convention on International Trade in "
        "Endangered Species of Wild Fauna and Flora (CITES). Trafficking in Kenya rose.\n"
    )
    places = ents(extract(text), "LOCATION")
    assert "Endangered Species" not in places
    assert {"NAIROBI", "Kenya"} <= places


# Cases an independent review of the rules above found them to break; each passed before those rules.


def test_un_bodies_and_bodies_with_a_thing_after_their_letters_stay_bodies():
    text = (
        "Regional drive\n\nNAIROBI - In Nairobi the United Nations Environment Programme (UNEP) and trucks of the "
        "UN's World Food Programme (WFP) helped, under the European Multidisciplinary Platform Against Criminal "
        "Threats (EMPACT) initiative. Ministers of the Southern African Development Community (SADC) initiative met; "
        "the Financial Reporting Centre (FRC) system flagged 12 accounts and the Organized Crime and Corruption "
        "Reporting Project (OCCRP) published them. Save the Rhino Trust said so.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert {"UNEP", "WFP", "EMPACT", "SADC", "FRC", "OCCRP", "Save the Rhino Trust"} <= orgs


def test_a_headline_figure_merges_with_one_body_statement_only():
    text = (
        "Police arrest 7 in Kapsabet crackdown\n\n"
        "Police in Kapsabet have arrested seven suspects. In Eldoret, police arrested 7 more people.\n"
    )
    arrests = sorted(f.scope or "" for f in extract(text).figures if f.metric == "arrests" and f.value == 7)
    assert arrests == ["Eldoret", "Kapsabet"]


def test_named_as_needs_a_person_s_noun_and_a_brother_with_an_age_is_his_own_man():
    text = (
        "Police act\n\nOSLO - Officials identified the vessel as Ocean Pearl. Per Ole Hansen, 44, was arrested. His "
        "brother Ole Hansen, 39, was arrested in Bergen. Man Bahadur Gurung, 45, and Son Heung Min, a Korean "
        "national, were held.\n"
    )
    people = ents(extract(text), "PERSON")
    assert {"Per Ole Hansen", "Ole Hansen", "Man Bahadur Gurung", "Son Heung Min"} <= people
    assert "Ocean Pearl" not in people


def test_a_body_s_place_after_in_and_a_group_after_aka_and_a_party_s_spokesman():
    text = (
        "Police act\n\nDAKAR - The Central Office for the Repression of Drug Trafficking in Senegal seized 40 kg. "
        "Police arrested a financier of the Islamic State, a.k.a. ISIS. According to PTI spokesman Ali Raza Khan, "
        "police raided the party office.\n"
    )
    result = extract(text)
    orgs = ents(result, "ORG")
    assert "Central Office for the Repression of Drug Trafficking" in orgs
    assert {"ISIS", "PTI"} <= orgs
    assert "Senegal" in ents(result, "LOCATION")


def test_money_goods_made_is_cash_a_range_is_no_infinitive_and_people_freed_are_no_arrests():
    text = (
        "47 held in warehouse freed as police raid traffickers' den\n\n"
        "LAGOS - Police rescued 47 women held in a warehouse and arrested 3 suspects. Prosecutors seized $1.2 million "
        "in heroin profits and goods ranging from clothing to counterfeit perfumes worth $300,000.\n"
    )
    figures = extract(text).figures
    assert not [f for f in figures if f.metric == "arrests" and f.value == 47]
    items = {f.value: f.item for f in figures if f.unit == "USD"}
    assert items[1200000] == "cash"
    assert items[300000] == "counterfeit perfumes value"


@pytest.mark.parametrize(
    "sentence",
    [
        "The operation, code named Sims, began with information from neighbours.",
        "The operation was code named Sims by the investigators.",
        "Tuesday's operation — called Sims, after a street — ended in the town.",
    ],
)
def test_a_codename_after_code_named_with_a_space_or_after_a_dash_and_called(sentence: str):
    text = f"Police act\n\nMALAGA - {sentence} Police arrested 3 people.\n"
    result = extract(text)
    assert "Sims" in ents(result, "OPERATION")
    assert [f.operation for f in result.figures] == ["Sims"]


def test_a_second_value_in_a_list_of_values_names_its_own_goods():
    text = (
        "Dubai Police seize drugs\n\nDUBAI - Police seized 268kg of heroin worth Dhs134m and crystal meth worth "
        "Dhs144 million.\n"
    )
    items = {f.value: f.item for f in extract(text).figures if f.unit == "AED"}
    assert items == {134000000: "heroin value", 144000000: "crystal meth value"}


@pytest.mark.parametrize("written, value", [("$288-million", 288_000_000), ("Rs 5,800-crore", 58_000_000_000)])
def test_a_scale_word_after_a_hyphen_scales_the_sum(written: str, value: int):
    text = f"Meth seized\n\nSYDNEY - Police seized a massive {written} stash of meth on Monday.\n"
    assert [f.value for f in extract(text).figures if f.unit != "count"] == [value]


def test_a_body_named_by_a_list_joined_by_an_ampersand_is_whole():
    text = "Police act\n\nTORONTO - The Bureau of Alcohol, Tobacco, Firearms & Explosives arrested four men.\n"
    assert "Bureau of Alcohol, Tobacco, Firearms & Explosives" in ents(extract(text), "ORG")


def test_a_name_with_a_nickname_in_quotes_inside_it_is_one_person_as_written():
    text = (
        "Cartel figures held\n\nMEXICO CITY - Troops arrested Armando “El Inge” Bátiz Camarena and Francisco "
        '"El Jaguar" Arvizu Márquez on Monday. Police said "Operation Storm" ended.\n'
    )
    people = ents(extract(text), "PERSON")
    assert {"Armando “El Inge” Bátiz Camarena", 'Francisco "El Jaguar" Arvizu Márquez'} <= people
    assert not {"Bátiz Camarena", "Arvizu Márquez"} & people


def test_a_local_government_area_s_short_form_is_part_of_the_place_not_a_body():
    # (the place is listed by its name: annotators leave the short form out in 9 of the 10 mentions seen)
    text = "Police act\n\nBENIN CITY - Officers raided farms in Owan West LGA and Ovia South West LGA on Monday.\n"
    result = extract(text)
    assert {"Owan West", "Ovia South West"} <= ents(result, "LOCATION")
    assert "LGA" not in ents(result, "ORG")


def test_the_council_of_holders_of_a_post_is_one_body_with_their_plural_possessive():
    text = "Police act\n\nLONDON - The National Police Chiefs' Council and the Police Officers' Association said so.\n"
    assert {"National Police Chiefs' Council", "Police Officers' Association"} <= ents(extract(text), "ORG")


def test_a_court_numbered_among_its_kind_keeps_its_number():
    text = "Police act\n\nMADRID - The Central Court of Instruction No. 5 ordered the arrest of 12 people.\n"
    result = extract(text)
    assert "Central Court of Instruction No. 5" in ents(result, "ORG")
    assert [(f.metric, f.value) for f in result.figures] == [("arrests", 12)]


def test_an_ed_word_right_after_a_count_in_a_list_describes_its_goods():
    text = (
        "Arms unit busted\n\nMUNGER - Police said 2 rifles, 4 finished pistols and 300 live cartridges were "
        "recovered from the spot.\n"
    )
    found = sorted((f.metric, f.value) for f in extract(text).figures)
    assert found == [("seized", 2), ("seized", 4), ("seized", 300)]


def test_a_drug_that_is_also_a_city_s_name_is_the_drug_where_the_text_seizes_it():
    text = (
        "Ganja worth Rs 1.2 crore seized; four held\n\nVISAKHAPATNAM - Police seized 600 kg of ganja from a lorry.\n"
        "Seized items:\nGanja – 11.4 kg\n\nSellers in Baku and Ganja through stash points were also traced.\n"
    )
    result = extract(text)
    ganja = [e for e in result.entities if e.name.lower() == "ganja"]
    assert [e.type for e in ganja] == ["LOCATION"] and len(ganja[0].mentions) == 1  # the Azerbaijani city, once


def test_an_arabic_family_name_with_its_article_in_lower_case_is_part_of_the_name():
    text = (
        "Smuggling ring held\n\nAMMAN - Police said Tariq Nasser al-Hamdani, 44, and Yousef el-Sharif were "
        "detained, while Karim ould Ahmedou fled. Officers named the third man as Samir ad-Dawsari.\n"
    )
    people = ents(extract(text), "PERSON")
    assert {"Tariq Nasser al-Hamdani", "Yousef el-Sharif", "Karim ould Ahmedou", "Samir ad-Dawsari"} <= people
    assert not {"Tariq Nasser", "Yousef"} & people


def test_a_lower_case_article_before_a_lower_case_word_is_no_name():
    text = "Raid at port\n\nDUBAI - Customs seized 40 kg of cannabis at al-waha market, said Omar Haddad.\n"
    result = extract(text)
    assert "Omar Haddad" in ents(result, "PERSON")
    assert not any("al-waha" in e.name for e in result.entities)


def test_a_group_known_by_its_phrase_is_no_person_whatever_verb_follows_it():
    text = "Clashes\n\nIDLIB - Hayat Tahrir al-Sham seized the town on Friday, officials said.\n"
    result = extract(text)
    assert "Hayat Tahrir al-Sham" in ents(result, "ORG")
    assert not ents(result, "PERSON")


def test_an_agency_known_by_its_short_name_is_a_body_not_a_place():
    text = "Drugs seized\n\nJAKARTA - Bareskrim said 12 people were held and 40 kg of crystal meth seized.\n"
    result = extract(text)
    assert "Bareskrim" in ents(result, "ORG")
    assert "Bareskrim" not in ents(result, "LOCATION")


def test_a_title_case_headline_s_verb_after_operation_is_no_codename():
    for headline, names in (
        ("Coastal Operation Seizes Drugs, Firearms From Gang", set()),
        ("Joint Operation Leads To 12 Arrests", set()),
        ("Operation Kingfisher Nets 40 Suspects Across Region", {"Kingfisher"}),
        ("OPERATION KINGFISHER NETS 40 SUSPECTS", {"KINGFISHER"}),
        ("Lima Port Operation Shows Reach Of Drug Gangs", set()),
        ("Border Operation Unearths Arms Cache In Hills", set()),
        # (a plural subject's verb ends a body's name before it too)
        ("Thai Police Crack Down On Smugglers In Operation Tamarind", {"Tamarind"}),
    ):
        text = f"{headline}\n\nPolice said 12 people were arrested during the operation on Monday.\n"
        result = extract(text)
        assert ents(result, "OPERATION") == names, headline
        # (nor is the headline's run a body's name: the verb ends it)
        assert not any(len(name.split()) > 3 for name in ents(result, "ORG")), headline


def test_a_codename_or_a_name_written_with_and_without_its_accents_takes_the_accented_spelling():
    text = (
        "Extraditables among those held in Operation Falcon\n\nSANTO DOMINGO - Police arrested 6 people in "
        "Operation Falcón on Thursday and seized 20 firearms. Prosecutor Jose Pena said Jose Peña had fled.\n"
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"Falcón"}
    assert {f.operation for f in result.figures} == {"Falcón"}
    assert ents(result, "PERSON") == {"Jose Peña"}
    # (a place keeps the English name first written; an apostrophe's form is no accent)
    text = "Raids\n\nMEXICO CITY - Police in Mexico said the Estado de México unit and the Sheriff's Office helped.\n"
    assert "Mexico" in ents(extract(text), "LOCATION")


def test_south_asian_ranks_and_a_trailing_initial_give_the_officer_s_name():
    text = (
        "Ganja seized\n\nGUNTUR - Ganja was found by Tenali CI P Venkata Ramana at a check post, said Guntur "
        "SP Arif Hafeez K.\n\nThe report was sent to Maj. Rosa Lim, provincial police director OIC, on Monday.\n"
    )
    result = extract(text)
    people = ents(result, "PERSON")
    assert {"P Venkata Ramana", "Arif Hafeez K", "Rosa Lim"} <= people
    assert "OIC" not in ents(result, "ORG")


def test_a_trailing_initial_before_a_speech_verb_is_part_of_the_name():
    text = "Raid\n\nMYSURU - SP Arun Kumar K said four were held in the raid near the town.\n"
    assert "Arun Kumar K" in ents(extract(text), "PERSON")


def test_an_adjective_alone_before_the_next_count_takes_the_noun_both_share():
    text = (
        "Channels closed\n\nASTANA - The committee said 6 international and 11 regional smuggling routes were "
        "liquidated, and border guards detained 3 local and 5 foreign nationals.\n"
    )
    items = {(f.value, f.item) for f in extract(text).figures}
    assert {(6, "international smuggling routes"), (11, "regional smuggling routes")} <= items
    assert {(3, "local nationals"), (5, "foreign nationals")} <= items


def test_counts_of_different_goods_sharing_only_a_drug_modifier_are_two_facts():
    text = (
        "Channels closed\n\nASTANA - As a result, 8 international and 14 regional drug trafficking channels were "
        "liquidated, the service said.\n\nTo date, 8 large-scale drug laboratories have been dismantled.\n"
    )
    eights = sorted(f.item for f in extract(text).figures if f.value == 8)
    assert eights == ["international drug trafficking channels", "large-scale drug laboratories"]


def test_foiling_an_attempt_to_smuggle_goods_stops_them_but_foil_alone_is_a_wrapping():
    text = (
        "Pills stopped\n\nRIYADH - Customs officers were able to foil an attempt to smuggle 403,125 pregabalin "
        "pills hidden in a container.\n\nThe suspect carried 3 packets wrapped in foil, police said.\n"
    )
    found = [(f.metric, f.value, f.item) for f in extract(text).figures]
    assert ("seized", 403125, "pregabalin pills") in found
    assert not any(v == 3 for _, v, _ in found)


def test_the_goods_before_a_weight_are_named_without_the_count_s_digits_or_a_cut_word():
    text = (
        "Haul\n\nDUBAI - Police foiled a bid to smuggle 8,640,000 Captagon pills weighing 1.44 tonnes.\n\n"
        "Officers succeeded to thwart the smuggling of narcotics type methamphetamine weighing 1,196 kilograms.\n\n"
        "Rangers recovered 36 elephant tusks weighing 212 kg.\n"
    )
    items = {(f.unit, f.value): f.item for f in extract(text).figures}
    assert items[("tonnes", 1.44)] == "Captagon pills"
    assert items[("kg", 212)] == "elephant tusks"
    assert not items[("kg", 1196)].startswith("arcotics")


def test_an_aside_a_participle_opens_does_not_part_the_count_from_its_verb():
    text = (
        "Opium seized\n\nSAMARKAND - During the operation, 11 kg and 502 g of opium, smuggled through clandestine "
        "routes, were confiscated from the group.\n\nAt the border, two residents of Lankaran, identified as Emil "
        "Qasimov (born 1985) and Ruslan Aliyev (born 1986), were detained.\n"
    )
    found = sorted((f.metric, f.value, f.unit) for f in extract(text).figures)
    assert found == [("arrests", 2, "count"), ("seized", 11.502, "kg")]


def test_respectively_is_no_part_of_what_is_counted():
    text = "Drugs\n\nLIMA - Police and customs seized 2 tonnes and 40 kg of cocaine respectively in the port.\n"
    assert [f.item for f in extract(text).figures] == ["cocaine", "cocaine"]


def test_a_hyphenated_word_ending_in_ed_is_no_verb_that_breaks_a_list():
    text = (
        "Drugs\n\nTBILISI - During a search, 1 package of amphetamine, 8 packages of a psychoactive substance - "
        "so-called Bio and 2 packages of marijuana were seized.\n"
    )
    assert sorted(f.value for f in extract(text).figures if f.metric == "seized") == [1, 2, 8]


def test_an_abbreviation_s_point_or_a_relative_aside_inside_a_list_ends_no_list():
    for middle in (
        "12 kg of heroin, 40 pistols and 3 cars etc.",
        "12 kg of heroin, i.e. brown sugar, 40 pistols and 3 cars",
        "12 kg of heroin, 40 pistols belonging to Dr. Khan and 3 cars",
        "12 kg of heroin, which was hidden in a bag, 40 pistols and 3 cars",
    ):
        text = f"Raid\n\nPESHAWAR - During the raid, {middle} were seized.\n"
        found = sorted((f.value, f.unit) for f in extract(text).figures if f.metric == "seized")
        assert found == [(3, "count"), (12, "kg"), (40, "count")], middle


def test_a_whole_number_and_its_fraction_are_one_amount():
    text = (
        "Drugs\n\nDENVER - Officers seized 2½ kg of heroin and 3 1/2 tonnes of cannabis, and a search revealed "
        "bundles weighing 14 ½ pounds of fentanyl. The shop runs 24/7.\n"
    )
    found = sorted((f.unit, round(f.value, 3)) for f in extract(text).figures)
    assert found == [("kg", 2.5), ("lb", 14.5), ("tonnes", 3.5)]


def test_a_street_block_number_is_an_address_not_a_figure():
    text = "Search\n\nOLIVER - Officers searched a home in the 7000 block of Highway 97 and seized 40 kg of cocaine.\n"
    assert [(f.value, f.unit) for f in extract(text).figures] == [(40, "kg")]


def test_two_asides_in_a_row_do_not_part_the_count_from_its_verb():
    text = (
        "Raid\n\nOLIVER - Four men, aged 34 to 60, located inside the residence, were arrested and later "
        "released, police said.\n"
    )
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 4)]


def test_an_owner_s_possessive_before_a_numbered_codename_is_not_part_of_it():
    text = (
        "Interpol’s HAECHI III Operation Results in 975 Arrests\n\nLYON - Operation HAECHI III blocked 2,800 "
        "accounts.\n"
    )
    assert ents(extract(text), "OPERATION") == {"HAECHI III"}


def test_a_post_after_a_codename_ends_it():
    text = (
        "Fishers held\n\nDARWIN - Operation LEEDSTRUM Commander, Assistant Commissioner Kate Rendall, said 30 "
        "illegal fishers were arrested.\n"
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"LEEDSTRUM"}
    assert [(f.operation, f.value) for f in result.figures] == [("LEEDSTRUM", 30)]


def test_an_amount_in_brackets_before_its_unit_is_read_with_the_unit():
    text = (
        "Drugs\n\nIPOH - The seizure included (494.30) grams of heroin and (55.75) liters of ketum liquid.\n\n"
        "Police arrested 13 foreigners from Myanmar (1), Indonesia (4) and Thailand (8) kg.\n"
    )
    found = {(f.unit, f.value) for f in extract(text).figures}
    assert {("kg", 0.4943), ("litres", 55.75)} <= found
    assert ("count", 8) in found and ("kg", 8) not in found


def test_a_number_before_a_superlative_picks_out_places_and_counts_no_result():
    text = (
        "Fraud ring\n\nPORT VILA - Raids in the country's two largest towns identified 50 cases of fraud, and "
        "police arrested 3 most wanted fugitives.\n"
    )
    found = sorted((f.metric, f.value) for f in extract(text).figures)
    assert found == [("arrests", 3), ("other", 50)]


def test_two_capitals_written_once_are_no_body_but_a_body_s_repeated_letters_are():
    once = "Raid\n\nLONDON - A local GP alerted officers, who seized 4 kg of cocaine from a flat.\n"
    assert "GP" not in ents(extract(once), "ORG")
    twice = (
        "Raid\n\nBRASILIA - The PF said agents seized 40 kg of cocaine. According to the PF, four people were "
        "arrested.\n"
    )
    assert "PF" in ents(extract(twice), "ORG")


def test_a_town_named_like_a_common_word_opening_a_headline_is_the_word():
    text = "Man held over cannabis farm\n\nLEEDS - Police said a man was arrested and 4 kg of cannabis seized.\n"
    assert "Man" not in ents(extract(text), "LOCATION")
    isle = "Isle of Man police seize cocaine\n\nDOUGLAS - A man was arrested with 2 kg of cocaine.\n"
    assert "Isle of Man" in ents(extract(isle), "LOCATION")


def test_a_kenyan_commander_s_post_before_a_name_is_a_rank():
    text = "Bhang seized\n\nTHIKA - According to Thika West OCPD Willy Kamau, police seized 40 rolls of bhang.\n"
    result = extract(text)
    assert "Willy Kamau" in ents(result, "PERSON")
    assert "OCPD" not in ents(result, "ORG")


def test_british_and_canadian_police_ranks_in_short_are_no_part_of_the_name():
    text = (
        "Raid\n\nLEEDS - DS Mark Patel, DCI Paul Grant and PCSO Lee Ward led the search, ACC Ian Moss said. "
        "Cst. Jane Roy of the RCMP said 4 kg of cocaine was seized.\n"
    )
    people = ents(extract(text), "PERSON")
    assert {"Mark Patel", "Paul Grant", "Lee Ward", "Ian Moss", "Jane Roy"} <= people
    assert not any(p.split()[0] in ("DS", "DCI", "PCSO", "ACC", "Cst") for p in people)


def test_a_saint_s_short_form_with_its_point_opens_the_place_s_name():
    text = "Raid\n\nBRIDGETOWN - Officers searched a storage locker in St. James and seized 3 kg of cannabis.\n"
    places_found = ents(extract(text), "LOCATION")
    assert "St. James" in places_found and "James" not in places_found


def test_a_number_written_like_a_year_is_an_amount_with_its_unit_or_a_count_s_lead_and_noun():
    text = (
        "Haul\n\nROTTERDAM - Customs seized 2000 kg of cocaine in 2021, and the operation took down over 2000 "
        "domains. In 2019 seizures rose; in 2024 and nearly 200 tonnes so far this year.\n"
    )
    found = sorted((f.value, f.unit) for f in extract(text).figures)
    assert (2000, "kg") in found and (2000, "count") in found
    assert not any(v in (2019, 2021, 2024) for v, _ in found)


def test_an_offender_s_earnings_are_no_seizure():
    text = "Botnets\n\nTHE HAGUE - Police arrested 4 people, one suspect allegedly earning €69 million in crypto.\n"
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 4)]


def test_a_part_with_its_own_passive_verb_takes_that_verb_s_metric():
    text = (
        "Mules\n\nTHE HAGUE - The action led to the identification of 3833 money mules alongside 386 recruiters, "
        "of which 228 were arrested.\n"
    )
    found = sorted((f.metric, f.value, f.item) for f in extract(text).figures)
    assert ("arrests", 228, None) in found
    assert ("identified", 3833, "money mules") in found


def test_a_pronoun_after_a_part_names_nothing_counted():
    text = "Held\n\nNAIROBI - Officers identified 50 suspects, 12 of whom were detained on Friday.\n"
    assert [(f.metric, f.value, f.item) for f in extract(text).figures if f.value == 12] == [("arrests", 12, None)]


def test_a_unit_of_a_body_named_by_its_place_is_two_bodies():
    text = (
        "Drugs\n\nNEW DELHI - The Special Cell of Delhi Police and the Revenue Task Force of Sri Lanka Customs "
        "seized 4 kg of heroin.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert {"Special Cell", "Delhi Police", "Revenue Task Force", "Sri Lanka Customs"} <= orgs


def test_a_known_gang_s_chapter_place_opens_its_name():
    text = (
        "Gangs\n\nHAMILTON - Police raided the Waikato Mongrel Mob and the Sydney Comancheros, and members of the "
        "Mongrel Mob fled. In Auckland officers seized 3 firearms.\n"
    )
    result = extract(text)
    orgs = ents(result, "ORG")
    assert {"Waikato Mongrel Mob", "Sydney Comancheros"} <= orgs
    assert "Auckland" in ents(result, "LOCATION")


def test_a_place_s_first_word_that_is_a_common_word_stays_in_the_body_s_name():
    text = (
        "Drugs\n\nSYDNEY - Officers from Victoria Police and New South Wales Police seized cocaine. New Jersey "
        "State Police said so.\n"
    )
    assert {"New South Wales Police", "New Jersey State Police"} <= ents(extract(text), "ORG")


def test_a_broadcaster_s_letters_credited_as_the_story_s_source_are_no_party():
    text = (
        "Meth seized\n\nWELLINGTON - Customs seized 40 kg of methamphetamine at the port, RNZ reports.\n\n"
        "By Dana Miller · CBC News\n"
    )
    assert not {"RNZ", "CBC"} & ents(extract(text), "ORG")


def test_an_outlet_credited_in_a_photo_line_a_city_s_bracket_or_a_closing_report_is_no_party():
    # letters of any outlet, listed as a news agency or not: where they stand says they credit the story
    text = (
        "Drugs seized\n\nSURABAYA (Java Daily/JDN): Police seized 40 kg of methamphetamine at the port.\n"
        "The seizure was confirmed by the provincial police, KRT reports.\n\nPHOTO: AFP\n"
    )
    assert not {"JDN", "KRT", "AFP"} & ents(extract(text), "ORG")
    text = "Drugs seized\nKNX News - Police in Tanzania seized 40 kg of heroin at the port.\n"
    assert "KNX" not in ents(extract(text), "ORG")
    # a desk's pipe line, a "via" credit, a source line naming a news network, a time zone after a clock time
    text = (
        "Drugs seized\nKNT | Ahmedabad | Updated: 21-11-2024\n\nPolice seized 40 kg of heroin at 17:52 SAST. "
        "[via DRW]\nSource: Lakeside News Network (LNN)\n"
    )
    assert not {"KNT", "DRW", "Lakeside News Network", "LNN", "SAST"} & ents(extract(text), "ORG")
    # a body in a photo credit or a dateline's bracket that acts in the story keeps its name
    text = "Drugs seized\n\nThe Australian Federal Police (AFP) seized 40 kg of heroin.\n\nPHOTO: AFP\n"
    assert "AFP" in ents(extract(text), "ORG")
    assert "KPS" in ents(extract("Arrests\nNAIROBI (KPS) - The KPS said it arrested 20 people.\n"), "ORG")


def test_a_make_written_as_the_vehicle_is_neither_a_body_nor_a_town():
    text = (
        "Drugs\n\nHAMBURG - Police stopped a BMW and a silver Toyota and found 4 kg of cocaine in two Hyundai cars.\n"
    )
    result = extract(text)
    assert not {"BMW", "Toyota", "Hyundai"} & {e.name for e in result.entities}
    acting = "Recall\n\nMUNICH - BMW said it would cooperate with police in Toyota, Japan.\n"
    found = {(e.type, e.name) for e in extract(acting).entities}
    assert ("ORG", "BMW") in found and ("LOCATION", "Toyota") in found


def test_english_names_of_regions_and_places_written_without_their_own_letters_are_places():
    text = (
        "Raids\n\nHAMBURG - Searches took place in Lower Saxony (3), Mecklenburg-Western Pomerania (3) and "
        "Bavaria, and police in Dien Bien and Nam Dinh seized 4 kg of heroin.\n"
    )
    result = extract(text)
    assert {"Lower Saxony", "Mecklenburg-Western Pomerania", "Bavaria", "Dien Bien", "Nam Dinh"} <= ents(
        result, "LOCATION"
    )
    assert not ents(result, "PERSON")


def test_a_letter_no_decomposition_reaches_is_read_as_the_press_writes_it_in_a_place_s_key():
    from store.extract.gazetteer import place_key

    assert place_key("Điện Biên") == place_key("Dien Bien") and place_key("Łódź") == place_key("Lodz")


def test_a_headline_s_ing_verb_after_operation_is_no_codename():
    text = "DEA Operation Targeting Notorious Cartel Nets 670 Arrests\n\nAgents arrested 670 people in the sweep.\n"
    result = extract(text)
    assert not ents(result, "OPERATION")
    assert [(f.operation, f.value) for f in result.figures] == [(None, 670)]


def test_a_scaled_amount_restated_in_digits_in_brackets_is_one_number():
    text = "Drugs\n\nLAGOS - Officers recovered 1.4 million (1,400,000) pills of tramadol from a warehouse.\n"
    assert [(f.value, f.item) for f in extract(text).figures] == [(1_400_000, "pills of tramadol")]


def test_the_cfa_franc_s_letters_before_a_sum_and_codes_that_are_words_in_capitals_are_currencies():
    west = "Raid\n\nDAKAR - Gendarmes seized CFA 5 million in cash.\n"
    assert [(f.value, f.unit) for f in extract(west).figures] == [(5_000_000, "XOF")]
    central = "Raid\n\nDOUALA, Cameroon - Police in Cameroon seized FCFA 10 million in cash.\n"
    assert [(f.value, f.unit) for f in extract(central).figures] == [(10_000_000, "XAF")]
    dirham = "Raid\n\nTANGIER - Customs seized MAD 1 million in cash.\n"
    assert [(f.value, f.unit) for f in extract(dirham).figures] == [(1_000_000, "MAD")]


def test_people_caught_are_arrested_and_caught_is_no_item():
    text = "Raid\n\nMOMBASA - Police said 14 suspects were caught on Monday, and two men caught with 40 kg of heroin.\n"
    found = sorted((f.metric, f.value, f.item) for f in extract(text).figures)
    assert ("arrests", 14, None) in found and ("seized", 40, "heroin") in found


def test_caribbean_islands_named_alone_and_a_capital_s_possessive_in_capitals_are_places():
    text = (
        "Drugs seized\n\nST. JOHN'S, Antigua - Police in Trinidad and in Tobago arrested 4 men.\n\n"
        "PORT MORESBY, PNG - Police seized 12 kg of cannabis.\n"
    )
    result = extract(text)
    assert {"ST. JOHN'S", "Antigua", "Trinidad", "Tobago", "PNG"} <= ents(result, "LOCATION")
    assert not ents(result, "ORG") and "S" not in ents(result, "LOCATION")


def test_counties_police_forces_are_named_after_are_places():
    text = "Raid\n\nLIVERPOOL - Officers in Merseyside, West Yorkshire and Lanarkshire seized 4 kg of cocaine.\n"
    assert {"Merseyside", "West Yorkshire", "Lanarkshire"} <= ents(extract(text), "LOCATION")


def test_a_body_named_after_a_post_held_in_it_is_a_body_and_the_name_after_it_a_person():
    text = (
        "Raid\n\nSWINDON - Chief Constable of Wiltshire Police Kier Pritchard said the Assistant Chief Constable "
        "for Avon and Somerset Police had led it. Head of Kenya Wildlife Service Erustus Kanga agreed.\n"
    )
    result = extract(text)
    assert {"Wiltshire Police", "Avon and Somerset Police", "Kenya Wildlife Service"} <= ents(result, "ORG")
    assert {"Kier Pritchard", "Erustus Kanga"} <= ents(result, "PERSON")


def test_a_body_ends_before_the_operation_it_works_on():
    text = (
        "South African Police Service on Operation Shanela for week 12\n\nPRETORIA - During Operation Shanela, "
        "police arrested 40 people.\n"
    )
    result = extract(text)
    assert "South African Police Service" in ents(result, "ORG")
    assert ents(result, "OPERATION") == {"Shanela"}


def test_a_car_s_make_and_model_is_no_person():
    text = "Chase\n\nMORWELL - Detectives observed a silver Ford Falcon sedan and a Holden Commodore speeding away.\n"
    assert not ents(extract(text), "PERSON")


def test_one_word_after_operation_in_another_language_is_a_codename_unless_it_says_the_kind():
    for text, names in (
        ("Police act\n\nBOGOTÁ - Operación Relámpago netted 12 suspects.\n", {"Relámpago"}),
        ("Police act\n\nJAKARTA - Operasi Gabungan netted 12 suspects.\n", set()),
        ("Police act\n\nSÃO PAULO - The Operação Policial netted 12 suspects.\n", set()),
    ):
        assert ents(extract(text), "OPERATION") == names, text


def test_a_nickname_in_single_quotes_inside_a_name_is_part_of_it():
    text = "Police act\n\nPALERMO - The leader, Salvatore 'Toto' Rinaldi, and Sarah O'Brien were named.\n"
    assert {"Salvatore 'Toto' Rinaldi", "Sarah O'Brien"} <= ents(extract(text), "PERSON")


def test_an_action_s_letters_and_edition_in_brackets_after_its_name_are_its_codename():
    text = (
        "Mules\n\nTHE HAGUE - The fifth European Money Mule Action (EMMA 5) took place in 2019, resulting in 228 "
        "arrests. The World Health Organization (WHO 2) report was cited.\n"
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"EMMA 5"}
    assert [(f.operation, f.value) for f in result.figures] == [("EMMA 5", 228)]


def test_headline_shapes_with_a_people_s_noun_a_present_tense_verb_and_a_hyphenated_short_scale():
    for headline, want in (
        ("2 Nigerians held with 5kg meth", {("arrests", 2), ("seized", 5)}),
        ("RAB detains 6 with 20,000 yaba pills", {("arrests", 6), ("seized", 20000)}),
        ("PDEA seizes P6.8-M shabu in Cebu", {("seized", 6_800_000)}),
    ):
        text = f"{headline}\n\nThe operation was carried out on Monday, police said.\n"
        assert {(f.metric, f.value) for f in extract(text).figures} == want, headline


def test_a_count_with_its_own_verb_of_state_is_no_result_of_the_verb_before():
    text = (
        "Smugglers held\n\nANKARA - Of the suspects, 38 have been arrested and 14 are under judicial control. "
        "Police detained 9 people on Friday; 4 remain at large. Of those arrested, 29 were Peruvian.\n"
    )
    # (no arrests: the 14 are the guide's other outcome, released under a court's conditions; the 4 no result)
    assert {(f.metric, f.value) for f in extract(text).figures} == {
        ("arrests", 38),
        ("other", 14),
        ("arrests", 9),
        ("arrests", 29),
    }


def test_a_decimal_comma_before_a_unit_and_grams_written_gr():
    text = (
        "Drugs seized\n\nSOFIA - Officers seized 7,7 kg of heroin, 11,331 gr of cannabis and 4,3 kilograms of "
        "rhino horn worth 46 million leva.\n"
    )
    assert {(f.value, f.unit) for f in extract(text).figures} == {
        (7.7, "kg"),
        (11.331, "kg"),
        (4.3, "kg"),
        (46_000_000, "BGN"),
    }


def test_the_parts_of_an_amount_in_brackets_do_not_part_it_from_its_verb():
    text = (
        "Drugs seized\n\nBAKU - During the inspection of the package taken from him, 3,348 grams of drugs (2,800 "
        "grams of heroin, 520 grams of methamphetamine, and 28 grams of marijuana) were seized.\n"
    )
    by_value = {f.value: f.metric for f in extract(text).figures}
    assert by_value[3.348] == "seized"
    assert "other" not in by_value.values()


def test_a_calibre_in_millimetres_is_no_count():
    text = "Guns seized\n\nMADRID - Agents seized two firearms of 38 and 9 millimeter caliber.\n"
    assert {f.value for f in extract(text).figures} == {2}


def test_a_result_verb_after_goods_governs_them_when_the_verb_before_is_a_passive():
    text = (
        "Bhang found\n\nKILIFI - An unidentified man was arrested and 3,900 rolls of bhang recovered at a house. "
        "A woman was arrested with 4.08 kg of hashish smuggled from Tajikistan.\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 3900), ("seized", 4.08)}


def test_a_year_shaped_count_in_a_list_of_goods_and_millilitres_written_mls():
    text = (
        "Mail seizures\n\nBRISBANE - Officers seized 715 LSD tabs, 1954 MDMA tablets and 1390 mls of liquids in "
        "2019 and 2020.\n"
    )
    assert {(f.value, f.unit) for f in extract(text).figures} == {(715, "count"), (1954, "count"), (1.39, "litres")}


def test_a_part_s_verb_after_of_which_is_no_verb_of_the_counts_before_it():
    text = (
        "Mining camps\n\nLIMA - The operation targeted 83 camps and 225 people, 6 of which were arrested. "
        "Thirty-one engines and 11 generators were either confiscated or destroyed.\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 6), ("seized", 31), ("seized", 11)}


def test_a_country_s_own_noun_as_owner_and_a_short_form_without_brackets_are_no_part_of_a_body():
    text = (
        "Drugs seized\n\nRIYADH - Figures released by the Kingdom’s Customs Authority were cited. The Directorate "
        "of Criminal Investigations DCI acted.\n"
    )
    assert {"Customs Authority", "Directorate of Criminal Investigations", "DCI"} <= ents(extract(text), "ORG")
    assert not {"Kingdom’s Customs Authority", "Directorate of Criminal Investigations DCI"} & ents(
        extract(text), "ORG"
    )


def test_a_place_named_like_a_name_particle_opens_a_body_s_name():
    text = "Smugglers held\n\nANKARA - The Van Provincial Gendarmerie Command apprehended 14 organizers.\n"
    assert "Van Provincial Gendarmerie Command" in ents(extract(text), "ORG")


def test_an_embassy_or_a_consulate_is_a_body():
    text = "Nationals held\n\nDUBAI - The Nigerian Embassy and the Indian Consulate were informed of the arrests.\n"
    assert {"Nigerian Embassy", "Indian Consulate"} <= ents(extract(text), "ORG")


def test_a_title_case_headline_s_verb_after_a_body_ends_its_name():
    text = "Greek Police Announce Takedown of Major Cocaine Importing Gang\n\nATHENS - Four men were held.\n"
    assert "Greek Police" in ents(extract(text), "ORG")
    assert not any("Takedown" in name for name in ents(extract(text), "ORG"))


def test_letters_in_brackets_after_a_name_with_no_body_s_word_name_a_thing():
    text = (
        "Drugs seized\n\nLONDON - Officers seized 2g of New Psychoactive Substances (NPS) on a Joint Action Day (JAD) "
        "with the International Justice Mission (IJM), the Jabatan Siasatan Jenayah Narkotik (JSJN) and the Drug "
        "Enforcement Administration (DEA). NPS and JAD figures were cited.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert {"International Justice Mission", "IJM", "Jabatan Siasatan Jenayah Narkotik", "JSJN", "DEA"} <= orgs
    assert not {"NPS", "JAD", "New Psychoactive Substances", "Joint Action Day"} & orgs


def test_a_plural_of_a_body_s_kind_names_no_one_body():
    text = (
        "Migrants rescued\n\nIZMIR - Turkish Coast Guard units rescued 137 migrants. Regional Police Commands and "
        "Financial Intelligence Units acted with the Department of Correctional Services and the Milimani Law Courts.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert {"Turkish Coast Guard", "Department of Correctional Services", "Milimani Law Courts"} <= orgs
    assert not {"Turkish Coast Guard units", "Regional Police Commands", "Financial Intelligence Units"} & orgs
    # (kinds of criminal body set in capitals, as US releases write them; a unit named by its field stays one)
    text = (
        "Cocaine offloaded\n\nMIAMI - The crews disrupt Foreign Terrorist Organizations, Transnational Criminal "
        "Organizations and Organised Crime Groups, with the Criminal Networks unit of INTERPOL.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert "Criminal Networks unit" in orgs
    assert (
        not {"Foreign Terrorist Organizations", "Transnational Criminal Organizations", "Organised Crime Groups"} & orgs
    )


def test_a_people_s_adjective_before_a_group_s_word_names_no_group():
    text = (
        "Mafia held\n\nROME - Two members of an Italian mafia family, a notorious Chinese syndicate and the Sicilian "
        "Mafia were held with members of the Sinaloa cartel.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert {"Sicilian Mafia", "Sinaloa cartel"} <= orgs
    assert not {"Italian mafia", "Italian", "Chinese syndicate", "Chinese"} & orgs


def test_a_dateline_credit_with_the_date_again_after_it_is_the_outlet_not_a_body():
    text = (
        "Cambodia raids scam centres\nPhnom Penh, Feb 24 (AFP) Feb 24, 2025\nCambodian police said they raided "
        "three compounds. Workers told of abuse, and AFP has interviewed several of them.\n"
    )
    assert "AFP" not in ents(extract(text), "ORG")


def test_an_age_written_out_before_a_name_and_a_day_s_name_as_a_given_name():
    text = (
        "Three charged\n\nKINGSTON - They are:\n• Sixty-year-old Maxine Walcott, a vendor; and\n"
        "• Twenty-seven-year-old Christopher Cole, of Clarks Town.\nThe Commissioner, Mr Friday Eboka, said "
        "67-year-old Sunday Otulugbu was held on Sunday.\n"
    )
    assert ents(extract(text), "PERSON") == {"Maxine Walcott", "Christopher Cole", "Friday Eboka", "Sunday Otulugbu"}


@pytest.mark.parametrize(
    "credit, person",
    [
        ("(With a report from Freddie Lazaro)", "Freddie Lazaro"),
        ("Police said so. (Argyll Cyrus B. Geducos)", "Argyll Cyrus B. Geducos"),
        ("Police said so. – Rambo Talabong / Rappler.com", "Rambo Talabong"),
        ("(Colombo Gazette)", None),
    ],
)
def test_a_reporter_s_credit_closing_the_story_names_a_person(credit: str, person: str | None):
    text = f"Drugs seized\n\nMANILA - Police seized 4 kg of shabu in a raid.\n{credit}\n"
    assert ents(extract(text), "PERSON") == ({person} if person else set())


def test_a_count_after_a_people_verb_and_a_preposition_is_where_not_whom():
    text = (
        "Raids\n\nOTTAWA - Police arrested in 3 Newfoundland towns. In Panama, 21 people were detained in 35 raids. "
        "Officers rescued from 12 brothels.\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 21), ("other", 35)}


def test_a_known_body_s_one_word_after_and_is_a_body_of_its_own():
    text = (
        "Raids\n\nMIAMI - The Department of Homeland Security and Interpol helped. The Directorate of Criminal "
        "Investigation and Interpol (DIJIN) acted.\n"
    )
    orgs = ents(extract(text), "ORG")
    assert {"Department of Homeland Security", "Interpol", "Directorate of Criminal Investigation and Interpol"} <= orgs


def test_a_bracket_of_ages_after_the_people_counted_holds_no_count():
    text = (
        "Arrests\n\nBERLIN - The officers also arrested two of North Macedonia (40 and 41) and three Albanians "
        "(26, 28 and 32).\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 2), ("arrests", 3)}


def test_a_count_of_offences_or_charges_is_other_not_arrests():
    text = (
        "Charges laid\n\nBRISBANE - The operation resulted in 12 people charged with 61 offences. Six men face "
        "charges.\n"
    )
    by_value = {f.value: f.metric for f in extract(text).figures}
    assert by_value[61] == "other"
    # people charged (no arrest said) are another outcome too, never arrests
    assert by_value[12] == "other" and by_value.get(6) == "other"


def test_a_noun_of_events_as_a_later_item_of_a_list_does_not_part_it_from_its_verb():
    text = (
        "Raids\n\nISTANBUL - During the raids, 161 guns, 164 shotguns, two long-barreled guns, a large amount of "
        "ammunition, and various amounts of drugs and checks/bills were also seized.\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 161), ("seized", 164), ("seized", 2)}


def test_a_list_closed_by_were_among_the_items_seized():
    text = "Goods held\n\nDHAKA - Police said 5 trucks, 8 pickups and 70 motorcycles were among the items seized.\n"
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 5), ("seized", 8), ("seized", 70)}


def test_people_goods_were_recovered_from_then_arrested_and_a_verb_parted_by_its_object():
    text = (
        "Drugs seized\n\nISLAMABAD - 2.4 kg hashish was recovered from two suspects nabbed near M-1 Islamabad. The "
        "busts took place on Sunday, with authorities taking seven people into custody. The operation ran from "
        "24 to 30 September.\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 2.4), ("arrests", 2), ("arrests", 7)}


def test_operations_conducted_are_counted_and_operations_launched_are_not():
    text = (
        "Drug war\n\nLA PAZ - So far this year the police have carried out 7,412 operations. Some 300 operations were "
        "staged by the two nations. Police launched two operations in Rio.\n"
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("other", 7412), ("other", 300)}


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Police seized Shs48.6 million in cash in Kampala, Uganda.", 48_600_000, "UGX"),
        ("Agents also confiscated Bs 214,000 in cash in Bolivia.", 214_000, "BOB"),
        ("Agents seized Q184,600 in cash in Guatemala.", 184_600, "GTQ"),
        ("Detectives seized 8.4 million crowns in cash in Prague.", 8_400_000, "CZK"),
        ("Police seized 4 million kroner in cash in Oslo, Norway.", 4_000_000, "NOK"),
        ("Police seized VNĐ 740 million in cash in Hanoi.", 740_000_000, "VND"),
    ],
)
def test_local_currency_signs_and_words(sentence: str, value: float, unit: str):
    figures = extract(f"Cash seized\n\n{sentence}\n").figures
    assert [(f.value, f.unit) for f in figures] == [(value, unit)]


def test_a_quarter_s_letter_is_no_quetzal():
    assert not extract("Results\n\nThe Q4 results and Q3 2024 were good.\n").figures


def test_what_seized_drugs_would_have_sold_for_is_their_value():
    text = (
        "Ice seized\n\nAPIA - Police seized 486 kilograms of cocaine which could have been sold for more than "
        "A$145 million on the streets. A kilo of gold can fetch up to $41,292.81 in the market.\n"
    )
    values = {(f.value, f.unit, f.item) for f in extract(text).figures if f.unit != "kg"}
    assert values == {(145_000_000, "AUD", "cocaine value")}


def test_a_long_breakdown_by_place_in_brackets_goes_on_to_its_last_place():
    text = (
        "Arrests\n\nLYON - Arrests were made in Nigeria (142), Cameroon (97), Ghana (88), Chad (71), Niger (64), "
        "Mali (52), Burkina Faso (41), Benin (23), Togo (17), Côte d'Ivoire (12) and Senegal (7).\n"
    )
    scopes = {f.scope for f in extract(text).figures if f.metric == "arrests"}
    assert {"Togo", "Côte d'Ivoire", "Senegal"} <= scopes


def test_people_secured_right_after_the_verb_are_arrests_convictions_secured_are_not():
    text = (
        "Arrests\n\nJAKARTA - Police secured 11 suspects, including the captain. The unit secured convictions "
        "against 118 traffickers.\n"
    )
    # (the people convicted are no arrests: convictions are an outcome the guide counts as other)
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 11), ("other", 118)}


def test_a_figure_compared_with_is_the_nearest_of_its_kind_past_the_sentence_s_other_figures_and_years():
    text = (
        "Seizures\n\nKINGSTON - This year, the security forces have seized 612 illegal firearms and 14,908 rounds of "
        "ammunition, compared with 588 firearms for the same period last year. The AFP seized 41.6 tonnes of illicit "
        "drugs in the 2025–26 financial year, compared with 37.2 tonnes the year before.\n"
    )
    got = {(f.value, f.item) for f in extract(text).figures if f.value in (588, 37.2)}
    assert got == {(588, "firearms"), (37.2, "illicit drugs")}


def test_a_newspaper_s_name_is_no_person():
    text = (
        "Drugs seized\n\nPORT OF SPAIN - Peter Post and Li Sun were held, the Trinidad Express and Daily Guide said.\n"
    )
    assert ents(extract(text), "PERSON") == {"Peter Post", "Li Sun"}


def test_an_amount_restated_as_its_equivalent_is_no_second_figure():
    text = (
        "Drugs seized\n\nKYIV - Police seized more than 125 kilograms of mephedrone, equivalent to 630,000 single "
        "doses, and 3,500 bags of rice (equivalent to six trailer loads).\n"
    )
    assert {f.value for f in extract(text).figures} == {125, 3500}


def test_a_device_s_unit_and_a_collector_s_post_are_no_bodies():
    text = (
        "Boat held\n\nMANILA - The vessel had its VMS unit turned off, and a GPS unit was seized. Collector of "
        "Customs (Enforcement) Saima Anwar and District Collector Marites Lacson spoke.\n"
    )
    result = extract(text)
    assert not {"VMS unit", "GPS unit", "Collector of Customs"} & ents(result, "ORG")
    assert "Marites Lacson" in ents(result, "PERSON")


def test_a_list_half_of_known_places_makes_its_other_names_places():
    result = extract("Officers searched homes in Lusaka, Ndola, Chikanta, Mbovolo, Kitwe and Kabwe on Friday.")
    assert {"Chikanta", "Mbovolo"} <= ents(result, "LOCATION")
    # a list of names sharing a plural body's word names bodies, not places
    result = extract("He thanked the officers of the Kano, Edo, Lagos and Ruvolo Commands for the seizure.")
    assert not any("Commands" in name for name in ents(result, "LOCATION"))
    assert "Ruvolo" in ents(result, "LOCATION")  # the last name of the list, without the bodies' word


def test_a_drive_named_as_an_earlier_one_takes_no_figures_told_before_it():
    text = (
        "Border guards arrested nine people and seized 14 boats in a new operation against fuel smuggling. "
        "The present operation grew out of an earlier one, Operation Kestrel Reach, in which 6 were arrested."
    )
    found = figs(extract(text))
    assert (None, "arrests", 9, "count") in found
    assert (None, "seized", 14, "count") in found
    text = (
        "Europol said 12 suspects were arrested. Europol said the operation followed two investigations, Operation "
        "Dunmore and Operation Calloway."
    )
    assert (None, "arrests", 12, "count") in figs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 12 suspects. The investigation that followed, Operation Calloway, charged them.",
        "Police arrested 12 suspects in dawn raids. The previous phase of Operation Calloway netted 8.",
    ],
)
def test_a_later_drive_or_another_phase_keeps_the_figures_told_before_it(text: str):
    assert ("Calloway", "arrests", 12, "count") in figs(extract(text))


def test_a_lead_telling_of_an_investigation_the_text_names_later_gives_it_the_lead_s_figures():
    text = (
        "Seven homes and cash frozen in fraud probe\n"
        "More than $4 million worth of assets have been frozen and a man charged as part of an international "
        "money laundering investigation.\n"
        "Officers seized more than $900,000 in cash hidden in one house.\n"
        "A 41-year-old man was charged with two counts of dealing with the proceeds of crime.\n"
        "He was granted bail and will appear in court again at a later date, where prosecutors will allege he "
        "moved the money through shell companies, property purchases and accounts held in relatives' names.\n"
        "It will also be alleged that the man held a large number of assets bought with the proceeds of crime, "
        "including houses, cars and jewellery registered to other people.\n"
        "The charge he faces carries a maximum penalty of ten years in prison, and the court may order that the "
        "assets be forfeited to the state once the case is decided.\n"
        "A spokesperson said financial investigators had spent many months tracing the transfers through banks "
        "in several countries before the warrants were sought.\n"
        "The search warrants, seizures and arrest were part of Operation Tallowood, which began in 2022 when "
        "two banks reported suspicious transfers.\n"
    )
    found = figs(extract(text))
    assert ("Tallowood", "seized", 4_000_000, "USD") in found
    assert ("Tallowood", "seized", 900_000, "USD") in found


@pytest.mark.parametrize(
    "sentence, names",
    [
        (
            "Police later arrested three more smugglers, Habib, Milton and Samad, at the border.",
            {"Habib", "Milton", "Samad"},
        ),
        ("The rescued are Tanjila, Morium, Shapla and Ruma.", {"Tanjila", "Morium", "Shapla", "Ruma"}),
        ("The suspects were identified as Jabed, Rokon, Saiful, and Mintu.", {"Jabed", "Rokon", "Saiful", "Mintu"}),
        ("Officers detained two peddlers Tonmoy and Abdul Kader near the bus stand.", {"Tonmoy", "Abdul Kader"}),
    ],
)
def test_one_word_names_listed_after_people_are_people(sentence: str, names: set[str]):
    assert names <= ents(extract(sentence), "PERSON")


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve foreign nationals, Kenyans and Ugandans, were held at the border.",
        "The suspects, Lagos and Abuja residents, were held at the station.",
        "Police arrested four suspects, Monday and Tuesday, in raids near the port.",
        # names that qualify a noun after them, or a possessive
        "The traffickers Dhaka and Chittagong networks were busted.",
        "The players, Arsenal and Chelsea youngsters, were questioned.",
        "The scam targeted customers, Barclays and Lloyds account holders.",
        # "identified as" naming things, not people
        "The hotspots were identified as Rampura, Badda and Khilgaon.",
        "The seized pills were identified as Yaba and Tapentadol.",
        # plurals
        "The victims were suspects, Hindus and Muslims alike.",
    ],
)
def test_a_list_after_people_of_places_peoples_or_days_names_no_one(sentence: str):
    assert not ents(extract(sentence), "PERSON")


def test_quoted_names_of_vessels_are_no_codenames():
    text = (
        "The operation used the patrol vessels 'Halcón II' and 'Garza IV', both based in Almería, and ended with "
        "the seizure of 2,100 kg of hashish."
    )
    assert not ops(extract(text))
    assert not ops(extract("The vessel named 'Ocean Pearl II' was searched and 40 kg of cocaine was seized."))


@pytest.mark.parametrize(
    "sentence, codename",
    [
        ("Operation Seabed with 14 agencies seized 2 tonnes of cocaine.", "Seabed"),
        ("Police said Operation Blessed in Kano led to 20 arrests.", "Blessed"),
    ],
)
def test_a_codename_ending_in_ed_before_a_preposition_stays_in_a_sentence(sentence: str, codename: str):
    assert ops(extract(sentence)) == {codename}


def test_a_headline_s_participle_after_the_word_is_no_codename():
    text = "Cross-Border Fraud Operation Dismantled with 14 Arrests in Three Countries\n\nPolice arrested 14 people."
    result = extract(text)
    assert not ops(result)
    assert (None, "arrests", 14, "count") in figs(result)


def test_a_quoted_name_holding_the_word_is_the_name_after_it():
    text = "Dubbed “Joint Operation Amber Tide,” the sweep led to 31 arrests across the state."
    result = extract(text)
    assert ops(result) == {"Amber Tide"}
    assert ("Amber Tide", "arrests", 31, "count") in figs(result)


def test_a_speaker_named_with_the_body_they_speak_for_is_a_person():
    result = extract("Speaking to reporters, Tom Harlow of the National Crime Agency said the gang was dismantled.")
    assert "Tom Harlow" in ents(result, "PERSON")
    assert "National Crime Agency" in ents(result, "ORG")


def test_a_person_of_a_body_is_no_part_of_its_name():
    result = extract("The case was handled by David Counter of Interpol.")
    assert ents(result, "ORG") == {"Interpol"}
    assert ents(result, "PERSON") == {"David Counter"}


def test_a_peoples_adjective_before_a_lower_case_noun_ends_a_body_s_name():
    result = extract("Officers from the Border Revenue Service on the Hungarian-Serbian border seized 300 kg.")
    assert "Border Revenue Service" in ents(result, "ORG")
    assert not any("Hungarian" in name for name in ents(result, "ORG"))


def test_a_name_after_by_one_is_a_person():
    result = extract("The parcel was handed to the courier at the airport by one Adewale Ogunbiyi, who fled.")
    assert "Adewale Ogunbiyi" in ents(result, "PERSON")
    assert not ents(extract("The drugs were sold to one Nigerian national."), "PERSON")


def test_the_names_after_places_including_are_places():
    result = extract("Raids were carried out in communities including Mbokoro, Tavuni Heights and Kesselwick.")
    assert {"Mbokoro", "Tavuni Heights", "Kesselwick"} <= ents(result, "LOCATION")


@pytest.mark.parametrize(
    "sentence",
    [
        "One of them is said to be a former leader of the infamous Rosa Martin criminal group.",
        'Another suspect, a member of the "Rosa Martin" gang, was held in Belgrade.',
    ],
)
def test_a_name_before_a_group_noun_is_no_person(sentence: str):
    assert "Rosa Martin" not in ents(extract(sentence), "PERSON")


def test_a_locality_written_before_its_town_without_a_comma_is_its_own_place():
    result = extract("Police recovered 20 kg of hashish from three suspects held in Manzoor Goth Hyderabad.")
    assert {"Manzoor Goth", "Hyderabad"} <= ents(result, "LOCATION")
    # a county's word stays with the town's name
    assert "North County" not in ents(extract("Searches were made in North County Dublin."), "LOCATION")


def test_a_codename_ending_in_a_country_with_its_letters_stays_an_operation():
    result = extract("Police arrested 40 suspects in Operation Clean Nigeria (OCN), the force said.")
    assert ops(result) == {"Clean Nigeria"}
    assert ("Clean Nigeria", "arrests", 40, "count") in figs(result)


def test_a_possessive_after_a_listed_name_makes_it_no_list_of_people():
    result = extract("The victims, Jorina and Selina Begum's daughters, were rescued from the boat.")
    assert "Jorina" not in ents(result, "PERSON")
    assert not any(name.endswith("'s") for name in ents(result, "PERSON"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Police smashed 4 drug rings and arrested 20 people in the sweep.",
        "The raids resulted in the smashing of 12 gambling dens and 3 drug dens.",
    ],
)
def test_rings_or_dens_smashed_are_dismantled(sentence: str):
    result = extract(sentence)
    assert any(f.metric == "dismantled" and f.value in (4, 12) for f in result.figures)


def test_goods_named_in_quotes_after_of_are_the_item():
    result = extract('Officers seized 520 grams of heroin, 510 grams of "Ice", and 2 kg of ‘shabu’ in the raid.')
    items = {f.item for f in result.figures}
    assert {"heroin", "Ice", "shabu"} <= items


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("Soldiers seized over a ton of fentanyl pills in two raids.", 1, "tonnes"),
        ("Police seized a kilo of heroin and arrested a man.", 1, "kg"),
        ("A truck belonging to one courier contained 59 additional kilograms of the drug.", 59, "kg"),
    ],
)
def test_one_of_a_unit_written_a_and_a_unit_after_more_are_amounts(sentence: str, value: float, unit: str):
    assert any(f.value == value and f.unit == unit and f.metric == "seized" for f in extract(sentence).figures)


def test_a_market_price_for_a_kilo_is_no_amount_seized():
    result = extract("The haul is worth millions in Europe, where a kilogram of cocaine sells for about €35,000.")
    assert not any(f.unit == "kg" for f in result.figures)


def test_a_rounded_lead_placed_by_its_country_is_the_precise_amount_told_later():
    text = (
        "Navy seizes a tonne of meth\n"
        "BATAM: Indonesia's navy seized more than a tonne of crystal methamphetamine this week.\n"
        "The drugs were hidden in 41 rice sacks, weighing 1,029 kilograms (2,260 pounds)."
    )
    masses = [f for f in extract(text).figures if f.unit in ("kg", "tonnes")]
    assert [(f.value, f.unit) for f in masses] == [(1029, "kg")]


def test_the_size_of_each_barrel_or_tube_is_no_amount_seized():
    text = (
        "In the other truck officers found 4 plastic tubes of 1,000 liters and 6 metal barrels of 200 liters, "
        "containing a total of 5,200 liters of fuel."
    )
    litres = {f.value for f in extract(text).figures if f.unit == "litres"}
    assert litres == {5200}


def test_a_dateline_before_the_lead_is_no_scope_and_the_lead_s_figures_are_not_doubled():
    text = (
        "Two million meth pills seized in Thai highway bust\n"
        "Phitsanulok: Authorities intercepted a major drug shipment on Highway 12 in Wang Thong district, seizing "
        "two million methamphetamine pills and arresting three suspects.\n"
        "A search of the pick-up revealed 10 sacks filled with two million methamphetamine pills."
    )
    pills = [f for f in extract(text).figures if f.value == 2_000_000]
    assert len(pills) == 1 and pills[0].scope is None


def test_a_national_paragraph_of_a_roundup_keeps_its_scope():
    text = (
        "Operation Blue Harbour results\n"
        "Police in five countries took part in the operation, which ended on Friday.\n"
        "Cambodia: Authorities raided three compounds in Sihanoukville, rescuing 246 people and arresting 118."
    )
    assert {f.scope for f in extract(text).figures if f.metric == "arrests"} == {"Cambodia"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers from Her Majesty's Revenue and Customs seized the goods at Dover.",
        "The United Kingdom Her Majesty's Revenue and Customs took part in the operation.",
    ],
)
def test_the_crowns_bodies_keep_their_majesty(sentence: str):
    assert "Her Majesty's Revenue and Customs" in ents(extract(sentence), "ORG")


def test_a_police_posts_place_or_branch_is_no_part_of_the_officers_name():
    text = "CPO Multan Sadiq Ali Dogar commended SSP Operations Kamran Amir Khan and SP City Hassan Raza for the raids."
    result = extract(text)
    assert {"Sadiq Ali Dogar", "Kamran Amir Khan", "Hassan Raza"} <= ents(result, "PERSON")
    assert not ops(result)


def test_a_nationality_adjective_before_a_defined_name_stays_in_it():
    result = extract("A team of the Kenyan Directorate of Criminal Investigations (DCI) made the arrests.")
    assert {"Kenyan Directorate of Criminal Investigations", "DCI"} <= ents(result, "ORG")


def test_a_headline_participle_with_its_particle_after_operation_is_no_codename():
    text = (
        "2.5 Tonnes of Drugs Seized in Operation Carried Out in 49 Provinces\n"
        "Police seized 2.5 tonnes of drugs in an operation carried out in 49 provinces.\n"
    )
    assert ops(extract(text)) == set()
    # a codename in a sentence stays one
    assert ops(extract("Drugs\n\nOperation Carried Away ended with 12 arrests in Izmir.\n")) == {"Carried Away"}


def test_an_adjective_opening_a_sentence_before_operation_is_no_codename():
    for text in (
        "Significant operation in 43 countries deemed a great success\n\nPolice arrested 4 men in the operation.\n",
        "Raids\n\nMassive operation nets 40 suspects. Police arrested 40 men.\n",
    ):
        assert ops(extract(text)) == set()
    # a codename there, or an adjective inside a sentence before a capitalised name, is read as before
    assert ops(extract("Raids\n\nThe Sanu operation ended. Pangea operation results were published.\n")) == {
        "Sanu",
        "Pangea",
    }


def test_dubbed_names_a_codename_only_where_a_drive_was_dubbed():
    text = (
        'Abalone ring broken\n\nDestined for restaurants, abalone - dubbed "white gold" after its pearly flesh - '
        'fetches a high price. Police arrested 4 men in a crackdown dubbed "Clean Sweep". A gang dubbed '
        '"The Family" ran the trade.\n'
    )
    assert ops(extract(text)) == {"Clean Sweep"}
    assert ops(extract('Raids\n\nThe probe, dubbed "Lava Jato", led to 12 arrests.\n')) == {"Lava Jato"}


def test_a_dotted_abbreviation_without_its_last_dot_is_the_place_not_a_letter_of_the_body():
    got = extract("Drugs\n\nCBP and U.S Coast Guard air assets tracked the vessel. J.R.R. Tolkien said.\n")
    assert ents(got, "ORG") == {"CBP", "Coast Guard"}
    assert "U.S" in ents(got, "LOCATION")
    assert "J.R.R. Tolkien" in ents(got, "PERSON")


def test_an_and_inside_a_known_bodys_name_does_not_split_the_longer_name_it_opens():
    got = extract(
        "Drugs\n\nAgents of U.S. Customs and Border Protection Office of Air and Marine seized 40 kg of cocaine.\n"
    )
    assert ents(got, "ORG") == {"Customs and Border Protection Office of Air and Marine"}
    # two bodies joined by "and" still part
    got = extract("Drugs\n\nThe Department of Homeland Security and Interpol seized 40 kg of cocaine.\n")
    assert ents(got, "ORG") == {"Department of Homeland Security", "Interpol"}


def test_a_bodys_parts_or_people_written_around_its_name_are_no_part_of_it():
    got = extract(
        "Drugs\n\nOperations carried out by Units of the Colombian Navy led to the interdiction. After a search, "
        "DNCD and Public Ministry Officers found 1,500 packages, and Federal Police Agents found 40 kg more.\n"
    )
    assert ents(got, "ORG") == {"Colombian Navy", "DNCD", "Public Ministry", "Federal Police"}


def test_a_unit_named_only_by_its_kind_and_level_is_one_name_with_the_body_after_its_of_the():
    got = extract(
        "Drugs\n\nIt was carried out by the Directorate General of the Turkish National Police, and the "
        "Territorial Inspectorate of the Sighetu Border Police said 40 kg were seized.\n"
    )
    assert ents(got, "ORG") == {
        "Directorate General of the Turkish National Police",
        "Territorial Inspectorate of the Sighetu Border Police",
    }
    # a unit with a name of its own stays apart from its body
    got = extract("Drugs\n\nIt was seized by the Antinarcotics Directorate of the Colombian National Police.\n")
    assert ents(got, "ORG") == {"Antinarcotics Directorate", "Colombian National Police"}


def test_a_bodys_name_does_not_take_the_whole_part_of_a_decimal_after_it():
    got = extract("Drugs\n\nIn Izmir, the Izmir Provincial Gendarmerie Command 2.5 kg of cocaine were seized.\n")
    assert "Izmir Provincial Gendarmerie Command" in ents(got, "ORG")
    assert {(f.value, f.unit) for f in got.figures} == {(2.5, "kg")}


def test_people_a_seizing_verb_takes_are_held_unless_they_are_the_crimes_victims():
    def metrics(sentence: str) -> list[tuple[str, float]]:
        return [(f.metric, f.value) for f in extract(f"Drugs\n\n{sentence}\n").figures]

    assert metrics("DRI officials intercepted three Sudanese nationals at the station.") == [("arrests", 3)]
    assert metrics("Police have seized a total of 24 drug traffickers with 39 kilograms of cocaine.") == [
        ("arrests", 24),
        ("seized", 39),
    ]
    # the vulnerable so taken are no suspects
    assert metrics("Police recovered 12 missing children in the raid.") == [("rescued", 12)]
    assert ("arrests", 40) not in metrics("Officers intercepted 40 migrants at sea.")


def test_names_listed_by_semicolons_or_numbered_lines_with_a_person_among_them_are_people():
    got = extract(
        "Suspects held\n\nThose arrested include: Kehinde Ilori; Osho Demola Nurudeen; Chuks Alowai; Mrs. Bola "
        "Kazeem and Kehinde Ogunleye.\n"
    )
    assert {"Kehinde Ilori", "Osho Demola Nurudeen", "Chuks Alowai", "Bola Kazeem", "Kehinde Ogunleye"} <= ents(
        got, "PERSON"
    )
    got = extract(
        "Suspects held\n\nPolice named the suspects.\nDetained suspects\n1. Mark Johnson\n2. Kevin Musazi\n"
        "3. Shafik Musoke\n4. Bosco Tanzi\nBackground\nThe law was passed in 2015.\n"
    )
    assert {"Mark Johnson", "Kevin Musazi", "Shafik Musoke", "Bosco Tanzi"} <= ents(got, "PERSON")
    # a body and its officer after a comma stay what they are
    got = extract(
        "Fish\n\nThe Permanent Secretary of the Ministry of Fisheries and Marine Resources, Dr. Ezekiel Lilo, "
        "said so.\n"
    )
    assert "Marine Resources" not in ents(got, "PERSON")


def test_outlets_credited_in_a_dateline_a_source_line_a_last_line_or_as_told_are_no_bodies():
    got = extract(
        "Drugs seized\n\nTaipei, Sept. 22 (CNA) The Coast Guard Administration said it detained four men. The chief "
        "told Kurdistan24 that they confiscated three kilos.\n\nSOURCE:TRT Afrika\n"
    )
    assert ents(got, "ORG") == {"Coast Guard Administration"}
    got = extract("Drugs seized\n\nPolice seized 4 kg of heroin in Lagos.\n\nAFP\n")
    assert ents(got, "ORG") == set()


def test_a_country_opening_a_bodys_name_after_a_ministry_and_and_parts_the_two():
    got = extract(
        "Raids\n\nThe army, Department of State Security and Nigeria Security and Civil Defence Corps raided camps.\n"
    )
    assert {"Department of State Security", "Nigeria Security and Civil Defence Corps"} <= ents(got, "ORG")
    got = extract("Raids\n\nThe Ministry of Human Services and Social Security said.\n")
    assert ents(got, "ORG") == {"Ministry of Human Services and Social Security"}


def test_the_whole_a_part_is_drawn_from_and_people_still_sought_are_no_arrests():
    def metrics(sentence: str) -> list[tuple[str, float]]:
        return [(f.metric, f.value) for f in extract(f"Raids\n\n{sentence}\n").figures]

    got = metrics(
        "Twenty-six of the 57 federal defendants were arrested this morning, while 25 were already in custody "
        "and six are still being sought."
    )
    assert got == [("arrests", 26)]
    assert metrics("Seven of the nine targets were arrested; two are considered fugitives.") == [("arrests", 7)]
    # the whole is the figure where its own verb counts it
    assert ("arrests", 23) in metrics("Police arrested 23 people. Eight of the 23 arrested suspects were linked.")


def test_a_day_of_a_month_an_age_with_a_suspended_hyphen_and_a_part_of_a_ton_are_no_figures():
    def metrics(sentence: str) -> list[tuple[str, float, str]]:
        return [(f.metric, f.value, f.unit) for f in extract(f"Raids\n\n{sentence}\n").figures]

    assert metrics("Police arrested a man on Tuesday 8 of May after seizing 1.9 kilograms of heroin.") == [
        ("seized", 1.9, "kg")
    ]
    assert metrics("The officers identified themselves as 14- and 15-year-olds, the men still engaged.") == []
    assert metrics("Over a quarter of a ton of cannabis and 600,000 kroner in cash were seized in Oslo.") == [
        ("seized", 600000, "NOK")
    ]
    assert metrics("Police seized a ton of cocaine.") == [("seized", 1, "tonnes")]
    assert metrics("Police seized three quarters of a tonne of cocaine.") == []


def test_a_name_with_its_age_written_after_age_is_a_person_and_the_age_no_figure():
    got = extract(
        "Two held\n\nAdrian Carew, age 55 years of 38 Rainbow City Wismar Linden and Cavel Carew, age 27 years of "
        "Linden, were arrested. Police also arrested Kweku Mensah, age: 34, at the port.\n"
    )
    assert {"Adrian Carew", "Cavel Carew", "Kweku Mensah"} <= ents(got, "PERSON")
    assert "Rainbow City Wismar Linden" not in ents(got, "PERSON")
    assert 34 not in [f.value for f in got.figures]


def test_guards_from_the_review_of_the_rules_above():
    def metrics(sentence: str) -> list[tuple[str, float, str]]:
        return [(f.metric, f.value, f.unit) for f in extract(f"Raids\n\n{sentence}\n").figures]

    # others still sought, or held before, in a clause of their own leave the arrests as they are
    assert metrics("Officers detained 8 people in the raid but two are still being sought.") == [
        ("arrests", 8, "count")
    ]
    assert ("arrests", 12, "count") in metrics("Twelve suspects were arrested but the kingpin is still on the run.")
    # two hauls in two units are two figures; a bracket's equivalent is the same one
    got = metrics(
        "Police seized about 11 pounds of cannabis in Tucson. Separately, officers seized 5 kilograms of cannabis "
        "in Phoenix."
    )
    assert got == [("seized", 11, "lb"), ("seized", 5, "kg")]
    # a codename dubbed at a sentence's opening, and codenames with an adjective's ending
    assert ops(extract('Raids\n\nDubbed "Clean Sweep", the week-long crackdown led to 40 arrests.\n')) == {
        "Clean Sweep"
    }
    assert ops(extract("Trident operation nets 40 arrests in Kenya\n\nPolice arrested 40 men.\n")) == {"Trident"}
    # goods keep their "of" phrase; an association of officers keeps its name; a clause after a semicolon is no
    # list item; migrants found are not held; a name after "of May" is no date
    doses = extract("Seizure\n\nCustoms officers seized 12,000 doses of a counterfeit cancer medicine.\n").figures
    assert doses[0].item.startswith("doses of a counterfeit")
    got = extract("Raids\n\nThe Association of Chief Police Officers said 40 were arrested.\n")
    assert ents(got, "ORG") == {"Association of Chief Police Officers"}
    got = extract("Raids\n\nPolice arrested Jane Wanjiru; Kisumu Central residents protested; traders closed shops.\n")
    assert ents(got, "PERSON") == {"Jane Wanjiru"}
    assert metrics("Officers intercepted 62 undocumented foreigners in a lorry.")[0][0] != "arrests"
    assert metrics("Officers arrested 12 of May Ling's associates.") == [("arrests", 12, "count")]


def test_a_posts_station_or_branch_before_a_name_the_tables_do_not_know_is_no_part_of_it():
    got = extract(
        "Raids\n\nSHO PS Muzaffarabad Muhammad Ramzan led a team and arrested two dealers. The CPO commended "
        "SP City Hassan Raza and SP Cantonment Kainat Azhar.\n"
    )
    assert {"Muhammad Ramzan", "Hassan Raza", "Kainat Azhar"} <= ents(got, "PERSON")
    assert not any(name.startswith(("Cantonment", "Muzaffarabad")) for name in ents(got, "PERSON"))


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # a noun whose "of" takes a person, and the names joined to it
        (
            "The two raids led to the arrests of Manzoor Ahmed and Tassawar Hussain.",
            {"Manzoor Ahmed", "Tassawar Hussain"},
        ),
        # a suspect's parentage, as South Asian press gives it
        (
            "The arrested are Zahid Hossain, son of Muslim Mia of Kutubzom; and Ruhul Amin, son of Maju Boli.",
            {"Zahid Hossain", "Muslim Mia", "Ruhul Amin", "Maju Boli"},
        ),
        # what befalls the last of names joined by "and" befalls them all
        ("Tassawar Hussain and Manzoor Ahmed were arrested.", {"Tassawar Hussain", "Manzoor Ahmed"}),
        (
            "Tassawar Hussain, Ruhul Amin and Manzoor Ahmed were later arrested.",
            {"Tassawar Hussain", "Ruhul Amin", "Manzoor Ahmed"},
        ),
        # a name set off by commas after a noun for people that figures count
        ("A long-wanted human trafficker, Ajmal Khan, was finally arrested.", {"Ajmal Khan"}),
        # not people: a body's staff, a place, a place joined to a body
        ("The arrest of Kenya Airways staff followed.", set()),
        ("Police welcomed the arrest of Mexico City police officers.", set()),
        ("Officers from Punjab and Sindh Rangers were arrested.", set()),
    ],
)
def test_people_named_after_what_befalls_them(body, people):
    assert ents(extract("Arrests\nLAHORE – " + body), "PERSON") == people


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        # a post written straight before the body it is held in, without "of"
        (
            "John Gesa, the Public Relations Officer Uganda Wildlife Authority says the boxes were opened.",
            {"Uganda Wildlife Authority"},
        ),
        ("Director General Uganda Revenue Authority John Musinguzi said.", {"Uganda Revenue Authority"}),
        # a rank or "General" opening a body's own name stays in it
        (
            "The Major Organised Crime and Anti-Corruption Agency said.",
            {"Major Organised Crime and Anti-Corruption Agency"},
        ),
        ("The General Administration of Customs said.", {"General Administration of Customs"}),
    ],
)
def test_a_post_written_before_its_body_is_no_part_of_its_name(body, bodies):
    assert ents(extract("Tusks\nKAMPALA – " + body), "ORG") == bodies


def test_a_wires_lower_case_compass_word_before_a_continent_names_a_region():
    text = (
        "Seizure\nNAIROBI – Heroin trafficked through east Africa is rising, in southern Africa and southeast Asia too."
    )
    assert {"east Africa", "southern Africa", "southeast Asia"} <= ents(extract(text), "LOCATION")
    # not before a country: "northern Iraq" is Iraq
    text = "Seizure\nNAIROBI – Fighting in northern Iraq and central Kenya went on."
    assert ents(extract(text), "LOCATION") == {"NAIROBI", "Iraq", "Kenya"}


def test_harbours_and_seaports_are_places():
    text = (
        "Seizure\nLUSAKA – Cocaine was found at the Tema Harbour. Officers at the Apapa seaport seized pills. "
        "Richard Banda, a male aged 44 of Garden House Compound, and Joseph Phiri of Kuku were held."
    )
    got = ents(extract(text), "LOCATION")
    assert {"Tema Harbour", "Apapa"} <= got
    assert {"Richard Banda", "Joseph Phiri"} <= ents(extract(text), "PERSON")
    # a compound is a chemical's as often as a place's: no place by that word alone
    text = "Seizure\nLUSAKA – Labs tested a Fentanyl compound and the Xylazine compound."
    assert ents(extract(text), "LOCATION") == {"LUSAKA"}
    # a body named after a harbour is still a body
    assert ents(extract("Seizure\nLUSAKA – The Hong Kong Harbour Police said."), "ORG") == {"Hong Kong Harbour Police"}


def test_one_word_names_listed_after_people_including_or_namely():
    text = (
        "Arrests\nLAHORE – Qaboola police station arrested 32 accused including Munir, Afzal, Fayyaz and Wajid "
        "besides registering 32 cases. City police arrested 28 accused including Aslam, Shakeel, Latif and others."
    )
    assert {"Munir", "Afzal", "Fayyaz", "Wajid", "Aslam", "Shakeel", "Latif"} <= ents(extract(text), "PERSON")
    # goods listed after "including" are no people
    text = "Drugs\nLAHORE – Police seized drugs including Yaba, Ice and Heroin."
    assert ents(extract(text), "PERSON") == set()


@pytest.mark.parametrize(
    ("body", "people"),
    [
        # each listed name may carry where the person is from, or an age in brackets
        (
            "Four passengers- Suresh Kumar of Chennai, Shankar from Cuddalore, Ramprabhu of Paramakudi and "
            "Kumaravel of Salem- were arrested.",
            {"Suresh Kumar", "Shankar", "Ramprabhu", "Kumaravel"},
        ),
        (
            "Those arrested have been identified as Farooq (27), Shariful Islam (21) and Mukhtiar Ahmed (28).",
            {"Farooq", "Shariful Islam", "Mukhtiar Ahmed"},
        ),
        # "identified" with its object before "as"
        ("The police identified the accused as Mohit, Vinay and Neeraj Gupta.", {"Mohit", "Vinay", "Neeraj Gupta"}),
        # one word after a noun for a person and "named"
        ("The items came from another individual named Wasim.", {"Wasim"}),
        # not people: places identified, a ship or a group named
        ("The hotspots were identified as Rampura, Badda and Khilgaon.", set()),
        ("A ship named Ocean and a group called Hamas were seen.", set()),
    ],
)
def test_people_listed_with_where_they_are_from_and_their_ages(body, people):
    assert ents(extract("Arrests\nCHENNAI – " + body), "PERSON") == people


def test_a_body_owned_by_another_keeps_its_own_letters():
    text = (
        "Arrests\nDELHI – The details were shared with the Ministry of Home Affairs’ Indian Cyber Crime "
        "Coordination Centre (ICCC). ICCC is a centre. The Attorney General's Office (AGO) said."
    )
    got = ents(extract(text), "ORG")
    assert {"Ministry of Home Affairs", "Indian Cyber Crime Coordination Centre", "ICCC"} <= got
    assert "Attorney General's Office" in got


@pytest.mark.parametrize(
    ("body", "people", "places"),
    [
        # an age in brackets with its unit; a Nigerian local government area is a place (its name, as annotators
        # list it without the short "LGA")
        (
            "The suspects include Emu Larry Chidiebere (34 years old), a resident of Ika North East LGA in Delta "
            "State; Babatunde Femi (30 years old), from Ogun State.",
            {"Emu Larry Chidiebere", "Babatunde Femi"},
            {"Ika North East", "Delta State", "Ogun State"},
        ),
        # where a person lives, set off after the name
        ("Alieu Nyassi, a resident of New Yundum was also arrested.", {"Alieu Nyassi"}, set()),
        # "one" before a one-word name
        ("She said she was contacted by one Oratha, a Liberian.", {"Oratha"}, set()),
        # an Arab state's governorate is a place, whatever speaks after it
        ("A boat was seized in Dhofar Governorate, said an official.", set(), {"Dhofar Governorate"}),
    ],
)
def test_people_described_by_age_residence_or_one(body, people, places):
    result = extract("Arrests\nLAGOS – " + body)
    assert ents(result, "PERSON") == people
    assert places <= ents(result, "LOCATION")


@pytest.mark.parametrize(
    ("body", "bodies"),
    [
        # an airline named by the flight it ran
        ("He flew in on an Air Arabia flight from Sharjah.", {"Air Arabia"}),
        ("They arrived on separate Jazeera and Air Arabia flights.", {"Jazeera", "Air Arabia"}),
        ("He arrived on an Emirates flight from Dubai.", {"Emirates"}),
        # (with no article: "by Air Arabia flight", "on Emirates flight EK648")
        ("Two passengers arrived from Sharjah by Air Arabia flight.", {"Air Arabia"}),
        ("He was returning from Dubai on Emirates flight EK648 when stopped.", {"Emirates"}),
        # not a place's or a day's flight
        ("He took the Dubai flight on the Monday flight, a Lagos-bound flight.", set()),
        ("He arrived by Monday flight and left on Lagos flight 12.", set()),
        # a unit of a body written by its letters: two bodies
        (
            "Operatives of the Intelligence Response Team of the NPF arrested him.",
            {"Intelligence Response Team", "NPF"},
        ),
    ],
)
def test_airlines_by_their_flights_and_units_of_a_body_by_its_letters(body, bodies):
    assert ents(extract("Arrests\nLAGOS – " + body), "ORG") == bodies


def test_a_gerund_and_its_object_opening_a_sentence_is_no_codename():
    text = (
        "Arms\nCHANDIGARH – Police arrested two men and recovered six pistols.\n"
        "Sharing operation details, the commissioner said teams moved in. Lightning operation nets 40 suspects."
    )
    result = extract(text)
    assert ents(result, "OPERATION") == {"Lightning"}
    assert "Sharing" not in {f.operation for f in result.figures}


def test_a_route_of_cities_and_a_countrys_formal_name_are_places():
    text = (
        "Drugs\nACCRA – She was to fly to Doha-Bangkok via Qatar. It was loaded from Kpeve towards the Republic "
        "of Togo. Flights from Guinea-Bissau were checked."
    )
    got = ents(extract(text), "LOCATION")
    assert {"Doha", "Bangkok", "Republic of Togo", "Guinea-Bissau"} <= got
    assert "Togo" not in got and "Guinea" not in got


@pytest.mark.parametrize(
    ("body", "etype", "expected"),
    [
        # a title word opening a body's own name stays in it
        ("The Specialist Crime Command said.", "ORG", {"Specialist Crime Command"}),
        ("Vice Narcotics Division said.", "ORG", {"Vice Narcotics Division"}),
        ("King County Metro Police said.", "ORG", {"King County Metro Police"}),
        ("Prime Minister Delivery Unit said.", "ORG", {"Prime Minister Delivery Unit"}),
        # an act's "of" before a body's or a place's people names no person
        ("The killing of Westgate Mall guards shocked the town.", "PERSON", set()),
        ("The conviction of Lafarge Holcim executives followed.", "PERSON", set()),
        # an aircraft, a cabin or a service before "flight" is no airline; nor is a flight no one travelled on
        ("The smuggler was aboard a Cessna flight.", "ORG", set()),
        ("Passengers on a Business Class flight were searched.", "ORG", set()),
        ("A Navy flight patrolled the coast.", "ORG", set()),
        # "of the" and letters that are a post's or a place's keep the body whole
        ("The Office of the IGP said.", "ORG", {"Office of the IGP"}),
        # places identified are no people
        ("The suspects identified the hideouts as Aminabad, Chowk and Hazratganj.", "PERSON", set()),
    ],
)
def test_guards_from_the_review_of_this_sessions_rules(body, etype, expected):
    assert ents(extract("Report\nLAGOS – " + body), etype) == expected


def test_a_gerund_after_a_datelines_dash_is_no_codename():
    assert not ents(
        extract("Arms\nLONDON – Sharing operation details, the commissioner said teams moved in."), "OPERATION"
    )


def test_a_codenames_other_form_in_brackets_before_the_word():
    result = extract(
        "Report\nBISHKEK – Also, 471 kilograms of drugs were seized during the MAK-2010 (Poppy-2010) operation.\n"
        "During the operation, 81 people were detained."
    )
    assert ops(result) == {"MAK-2010"}
    assert {(f.operation, f.value) for f in result.figures} == {("MAK-2010", 471), ("MAK-2010", 81)}
    # a body's short form in brackets makes no codename
    assert ops(extract("Report\nThe Drug Enforcement Administration (DEA) operation seized 40 kg.")) == set()


@pytest.mark.parametrize(
    ("sentence", "org", "other"),
    [
        (
            "The AFP-led Criminal Asset Confiscation Taskforce restrained the assets.",
            "Criminal Asset Confiscation Taskforce",
            None,
        ),
        (
            "The United Kingdom-led Combined Task Force 150 seized the drugs.",
            "Combined Task Force 150",
            "United Kingdom",
        ),
        (
            "The Dong Nai Province-based Coast Guard Intelligence Division seized five boats.",
            "Coast Guard Intelligence Division",
            "Dong Nai Province",
        ),
    ],
)
def test_who_leads_a_body_or_where_it_is_based_is_no_part_of_its_name(sentence: str, org: str, other: str | None):
    ents = {(e.type, e.name) for e in extract("Report\n" + sentence).entities}
    assert ("ORG", org) in ents
    assert not any(t == "ORG" and n != org and org in n for t, n in ents)
    if other:
        assert ("LOCATION", other) in ents


def test_a_places_possessive_before_a_body_parts_the_two():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Report\nBroward County's Commission on Behavioral Health and Drug Prevention helped. "
            "Monroe County Sheriff's Office said it took part."
        ).entities
    }
    assert {
        ("LOCATION", "Broward County"),
        ("ORG", "Commission on Behavioral Health and Drug Prevention"),
        ("ORG", "Monroe County Sheriff's Office"),
    } <= ents


def test_an_irish_county_written_before_its_name():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Report\nA man from County Wicklow was held after searches across County Kerry and in Co Clare. "
            "He appeared in County Court."
        ).entities
    }
    assert {("LOCATION", "County Wicklow"), ("LOCATION", "County Kerry"), ("LOCATION", "Co Clare")} <= ents
    assert ("LOCATION", "County Court") not in ents


def test_a_local_units_word_before_its_name_makes_a_place():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Report\nA checkpoint in tambon Robwiang found the pills. He was held in barangay Lusaran after a raid "
            "in kampung Sungai Ramal. Sales in town Alone rose."
        ).entities
    }
    assert {("LOCATION", "Robwiang"), ("LOCATION", "Lusaran"), ("LOCATION", "Sungai Ramal")} <= ents
    assert ("LOCATION", "Alone") not in ents


def test_a_list_of_areas_as_the_subject_of_included_is_a_list_of_places():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Report\nSome of the areas covered included Bukit Merah, Ghim Moh, Joo Chiat and Toa Payoh."
        ).entities
    }
    assert {("LOCATION", n) for n in ("Bukit Merah", "Ghim Moh", "Joo Chiat", "Toa Payoh")} <= ents


def test_a_ship_named_after_a_body_and_and_is_neither_part_of_it_nor_a_person():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Report\nHe praised the work done by Combined Task Force 150 and HMS Diamond in stopping the drugs. "
            "He thanked Task Force 151 and USS Cole, Commander John Smith said."
        ).entities
    }
    assert {("ORG", "Combined Task Force 150"), ("ORG", "Task Force 151"), ("PERSON", "John Smith")} <= ents
    assert not any(n.endswith(" and") or "Cole" in n or "Diamond" in n for _, n in ents)


def test_a_title_case_headlines_verb_after_a_bodys_operation_ends_the_body():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Brazilian Police Operation Arrests More Than 400 People Linked to Narcotrafficking\n"
            "BRASILIA - The Brazilian Federal Police arrested 400 people.\n"
        ).entities
    }
    assert not any("Arrests" in n or n.endswith("Operation") for _, n in ents)


def test_a_weekday_written_short_before_its_date_is_no_place():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Two arrested at Dublin Port\nMon, 10 Oct, 2022 - 21:01\nPolice in Mon State seized drugs on Sun 4 May."
        ).entities
    }
    assert ("LOCATION", "Mon") not in ents and ("LOCATION", "Sun") not in ents
    assert ("LOCATION", "Mon State") in ents


def test_two_bodies_named_department_of_joined_by_and_are_two():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Report\nIt was a joint investigation between the AFP, Department of Federal Police Brazil and "
            "Department of Federal Revenue of Brazil. The Department of Health and Human Services helped."
        ).entities
    }
    assert {
        ("ORG", "Department of Federal Police Brazil"),
        ("ORG", "Department of Federal Revenue of Brazil"),
        ("ORG", "Department of Health and Human Services"),
    } <= ents


def test_capitals_that_are_a_unit_a_hashtag_or_a_vehicles_make_are_no_body():
    ents = {
        (e.type, e.name)
        for e in extract(
            'Report\n"We seized more than 3 TONS of alkaloids at #GYE," police said. Five vehicles - a Range Rover, '
            "BMW, Nissan X-Trail and Honda Civic - were confiscated. The NDLEA also took part."
        ).entities
    }
    assert not {n for t, n in ents if t == "ORG"} & {"TONS", "GYE", "BMW"}
    assert ("ORG", "NDLEA") in ents


def test_a_posts_in_charge_is_no_place_and_an_operation_no_body():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Massive Italian Police Operation leads to over 200 Arrests\n"
            "SEATTLE - acting Special Agent in Charge of the DEA Seattle Field Division Jacob D. Galvan said. "
            "The case went to the Public Prosecutor in Abidjan-Plateau."
        ).entities
    }
    assert ("LOCATION", "Charge") not in ents
    assert ("LOCATION", "Abidjan-Plateau") in ents
    assert not any(n.endswith("Operation") for _, n in ents)


def test_the_greater_toronto_areas_short_form_is_a_place():
    ents = {(e.type, e.name) for e in extract("Report\nNine warrants executed in the GTA led to 12 arrests.").entities}
    assert ("LOCATION", "GTA") in ents


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        (
            "The Combined Maritime Forces Operation seized 2 tonnes of heroin.",
            ("ORG", "Combined Maritime Forces"),
            ("ORG", "Combined Maritime Forces Operation"),
        ),
        (
            "He was taken to County Prison after a raid across County Kerry.",
            ("LOCATION", "County Kerry"),
            ("LOCATION", "County Prison"),
        ),
        ("The suspects were taken to Mon, 15 km from the border.", ("LOCATION", "Mon"), None),
        (
            "The Intelligence-led Policing Unit arrested 12 suspects.",
            ("ORG", "Intelligence-led Policing Unit"),
            ("ORG", "Policing Unit"),
        ),
    ],
)
def test_guards_from_the_review_of_the_afternoons_entity_rules(sentence: str, present: tuple, absent):
    ents = {(e.type, e.name) for e in extract("Report\n" + sentence).entities}
    assert present in ents
    if absent:
        assert absent not in ents


def test_a_phase_in_brackets_before_operation_is_no_codename():
    assert ops(extract("Report\nIn the Atlantic (Phase II) operation, 40 boats were checked.")) == set()


def test_an_inventorys_times_sign_before_a_size_is_no_edition():
    result = extract(
        "Fuel seized\nItems seized include:\n210 Jerrycans X 20 Liters of fuel\n11 Jerrycans X 20 Liters of oil\n"
        "Operation Trigger X seized 40 guns."
    )
    assert ops(result) == {"Trigger X"}


def test_a_wire_credited_in_a_byline_is_no_person():
    ents = {
        (e.type, e.name)
        for e in extract(
            "Boat capsizes\nThe boat was carrying about 70 people. — Reporting by Ana Reyes with report from "
            "Agence France-Presse"
        ).entities
    }
    assert ("PERSON", "Agence France-Presse") not in ents


def test_a_place_named_before_police_written_as_a_name_is_a_body():
    # "Police" capitalised after a place is the force's written name; in lower case see the test below
    assert "Telangana Police" in ents(extract("The Telangana Police on Friday rescued 12 women."), "ORG")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Kenya police seized 40 kg of heroin at the port.", "Kenya"),
        ("New Zealand police said the men were arrested.", "New Zealand"),
        ("In Costa Rica police arrested four suspects on Monday.", "Costa Rica"),
        ("Four were held, while in Tanzania police dismantled a laboratory.", "Tanzania"),
        ("Myanmar's police said 12 people were held.", "Myanmar"),
    ],
)
def test_a_countrys_police_or_where_police_acted_is_the_place_alone(sentence: str, place: str):
    result = extract(sentence)
    assert place in ents(result, "LOCATION")
    assert not {n for n in ents(result, "ORG") if "police" in n}


@pytest.mark.parametrize(
    "sentence",
    [
        "Spanish police arrested 21 people in Madrid.",
        "European police forces took part.",
        "Southeast Asian police rescued 150 victims.",
        "Philippine police said the raid was over.",
        "Traffic police stopped the lorry at a checkpoint.",
        "Riot police dispersed the crowd.",
        "The Dutch and Belgian police seized 3 tonnes of cocaine.",
        "The Lyon-based police organisation said so.",
        "Asean police met in Manila.",
        # a place before "police" in lower case says whose police, as "Kenya police" does (the annotators of real
        # articles list 3 of 19 such mentions as ORG, the wild corpus's writers none)
        "Harlowe police say officers seized two handguns in a raid on Monday.",
        "The Telangana police on Friday rescued 12 women from a flat.",
        "Sadar Korvana police arrested 48 suspects during the crackdown.",
        "A case was registered at Maheshpur police station on Monday.",
        "In a joint raid, the RCMP, Durham police and the border agency arrested five men.",
        # nor does a kind of police, an adverb, a feast, an outlet told or a region's
        "Undercover police bought 2 kg of cocaine from the suspects.",
        "Eventually police arrived at the scene.",
        "Uniformed police stood by as the crowd left.",
        "During Ramadan police arrested 120 beggars in Lahore.",
        "A spokesman told Reuters police had arrested five men.",
        "Women police station officials arrested 2 men.",
        "Gulf police chiefs met in Muscat.",
        "Dar es Salaam police seized 3 kg of heroin.",
        "Houthi police detained the crew.",
    ],
)
def test_a_peoples_or_a_kinds_or_a_places_police_in_lower_case_is_no_body(sentence: str):
    assert not {n for n in ents(extract(sentence + "\n"), "ORG") if "police" in n}


def test_a_place_is_never_found_again_in_a_word_written_in_lower_case():
    # later mentions of a place are matched in any case ("LYON" … "Lyon"), but a word all in lower case is a
    # common word: "us" is no "US", "forest officials" no "Forest"
    text = (
        "US agents seized 40 kg of cocaine in Miami.\n"
        "'They told us the boat was coming,' an officer said, and US officials confirmed the arrests.\n"
    )
    mentions = [m for e in extract(text).entities if e.name == "US" for m in e.mentions]
    assert [text[a:b] for a, b in mentions] == ["US", "US"]


def test_a_posts_domain_after_of_is_no_place():
    text = "The Principal Chief Conservator of Forest (PCCF) Wildlife Shashi Paul said forest officials found it."
    result = extract(text)
    assert "Forest" not in ents(result, "LOCATION") and "Shashi Paul" in ents(result, "PERSON")
    assert "Lagos" in ents(extract("The Governor of Lagos said 12 people were held."), "LOCATION")


def test_a_titles_plural_before_names_is_each_ones_title():
    people = ents(extract("Pastors John Kiiza and Christopher Kato were arrested on Monday.\n"), "PERSON")
    assert people == {"John Kiiza", "Christopher Kato"}


def test_a_south_asian_directors_letters_are_a_post_not_a_body():
    text = "Director General of Punjab Police (DGP) Gaurav Yadav said 12 kg of heroin was seized. DGP Yadav said so."
    assert "DGP" not in ents(extract(text), "ORG")


def test_a_cabinet_secretarys_letters_before_a_name_are_a_post():
    # Kenyan press writes "CS" for a cabinet secretary ("CM", a chief minister in India, is left out: centimetres
    # in capitals, "30 CM Wide", would make a person of the word after)
    assert ents(extract("Interior CS Kithure Kindiki met with security chiefs in Nakuru."), "PERSON") == {
        "Kithure Kindiki"
    }
    assert ents(extract("The bag was 30 CM Wide and 40 CM Long."), "PERSON") == set()


def test_a_place_made_a_modifier_ends_a_codename():
    text = "Officers made arrests for Operation Ironside Australia-wide, the agency said.\n"
    assert ops(extract(text)) == {"Ironside"}
    assert ops(extract("Operation Sea-Based Shield 2 ended with 40 arrests.\n")) == {"Sea-Based Shield 2"}


def test_a_heavy_goods_vehicle_is_no_body():
    assert ents(extract("The driver was arrested when his HGV was stopped in Folkestone.\n"), "ORG") == set()


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The man lived on Kings Road near the market and was arrested there.", "Kings Road"),
        ("The District Commissioner of Kilosa said 4 people were held.", "Kilosa"),
    ],
)
def test_guards_from_the_review_a_place_stays_a_place(sentence: str, place: str):
    result = extract(sentence + "\n")
    assert "Road" not in ents(result, "PERSON")
    assert place in ents(result, "LOCATION") or place == "Kings Road"


def test_a_leads_total_of_two_operations_named_later_is_neither_ones():
    text = (
        "Coordinated hit against gun-running networks\n"
        "Some 700 firearms were recovered last week as a result of two major operations supported by Europol.\n"
        "Operation Kolumbo\n"
        "Some forty weapons were seized in Slovenia and 33 suspects detained in coordinated raids.\n"
        "Operation Armes 72\n"
        "Over 600 gendarmes took part; 30 suspects were arrested and over 700 weapons seized.\n"
    )
    figures = extract(text).figures
    lead = [f for f in figures if f.start < text.index("Operation Kolumbo")]
    assert [(f.metric, f.value, f.operation) for f in lead] == [("seized", 700, None)]
    by_value = {(f.metric, f.value): f.operation for f in figures if f not in lead}
    assert by_value[("arrests", 33)] == "Kolumbo"
    assert by_value[("arrests", 30)] == "Armes 72"
    assert by_value[("seized", 700)] == "Armes 72"


def test_a_roundups_totals_across_many_fronts_are_none_of_the_operations_it_names_after():
    # (a defence roundup: the week's totals on every front first, then each operation's own)
    text = (
        "Troops neutralise 286 terrorists in a week\n"
        "Troops operating in various theatres of operation killed 286 suspected terrorists and arrested 244 others "
        "in the last week, the Defence Headquarters said.\n"
        "He said the troops rescued 122 hostages and recovered 587 assorted weapons.\n"
        "In the North-East, troops of Operation Lantern Gate arrested 31 suspects and rescued 27 hostages.\n"
        "In the North-Central, troops of Operation Quiet River arrested 68 suspects.\n"
    )
    by_value = {(f.metric, f.value): f.operation for f in extract(text).figures}
    assert by_value[("arrests", 244)] is None
    assert by_value[("rescued", 122)] is None
    assert by_value[("seized", 587)] is None
    assert by_value[("arrests", 31)] == "Lantern Gate"
    assert by_value[("arrests", 68)] == "Quiet River"
    # one operation named after the lead is still what the lead reports
    one = text.replace("In the North-Central, troops of Operation Quiet River arrested 68 suspects.\n", "")
    assert {(f.metric, f.value): f.operation for f in extract(one).figures}[("arrests", 244)] == "Lantern Gate"


@pytest.mark.parametrize(
    "text",
    [
        # (review) the many operations are the one named: its figures stay its own
        "Police conducted several operations last week and arrested 40 suspects. The operations were all part of "
        "Operation Storm, police said.",
        "Police arrested 40 suspects and seized 12 kg of cocaine in various operations across the province. The "
        "arrests were made under Operation Storm, which began in March.",
        "40 arrested in multiple operations\nPolice arrested 40 people this week. Operation Storm, launched in "
        "January, targets dealers in the north.",
    ],
)
def test_several_operations_before_the_one_named_are_still_its(text: str):
    assert {(f.metric, f.value): f.operation for f in extract(text).figures}[("arrests", 40)] == "Storm"


@pytest.mark.parametrize(
    ("sentence", "codename"),
    [
        # translated releases call an operation an action, a raid or a crackdown, and name it with a verb
        (
            "The action was named “Mirador” and was backed by Spanish police. Officers seized 70 kg of cocaine.",
            "Mirador",
        ),
        ('During the action called "Kestrel Run", police arrested 5 people.', "Kestrel Run"),
        ('The raid, called "Clean Ledger", led to 5 arrests.', "Clean Ledger"),
        ('The crackdown, nicknamed "Dry Season", led to 5 arrests.', "Dry Season"),
        # a passive names it without quotes
        ("The operation was named Tamarind. It led to 5 arrests.", "Tamarind"),
        ("The investigation was code-named Grey Heron and led to 5 arrests.", "Grey Heron"),
        # the word for it in the release's own language, written in lower case as that language writes a noun
        ("L'opération Tempête a permis d'interpeller 5 personnes.", "Tempête"),
        ("L'operazione Tempesta ha portato a 5 arresti.", "Tempesta"),
        ('La Guardia Civil, en la operación "Tormenta", detuvo a 5 personas.', "Tormenta"),
        ("La PNP, en el operativo Relámpago, detuvo a 5 personas.", "Relámpago"),
        # a body after a particle is the one that ran it, no part of the name
        ("É alvo da Operação Costeau da Polícia Federal, que prendeu 5 pessoas.", "Costeau"),
        ("A Operação Mar de Fundo prendeu 5 pessoas.", "Mar de Fundo"),
    ],
)
def test_a_codename_a_verb_or_the_releases_own_language_names(sentence: str, codename: str):
    assert ops(extract(sentence + "\n")) == {codename}
    assert {f.operation for f in extract(sentence + "\n").figures} <= {codename}


@pytest.mark.parametrize(
    "sentence",
    [
        'On the same day, a man named "Hai" was arrested with 5 kg of heroin.',
        'A gang called "The Family" was dismantled and 5 people were arrested.',
        'The campaign, called "Safe Streets", led to 5 arrests.',
        "The raid was called off after 5 arrests.",
        "The operation was named after the river that runs through the town.",
        "La PNP, en el operativo Conjunto, detuvo a 5 personas.",
        "Una operación Policial terminó con 5 detenidos.",
    ],
)
def test_a_name_given_to_a_person_a_gang_or_a_campaign_is_no_codename(sentence: str):
    assert ops(extract(sentence + "\n")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        # a gang's or a market's name quoted before the trade it runs: its operation, no codename
        "Police said the ‘Black Axe’ fraud operation had branches in 14 countries.",
        "Detectives said the 'Hells Angels' drug operation was dismantled.",
        'The "Silk Road" drug operation sold narcotics online.',
    ],
)
def test_a_quoted_name_before_a_trade_and_operation_is_no_codename(sentence: str):
    assert ops(extract(sentence + "\n")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        'Police named "Blue Fin" and the operation began.',
        'He said "we will win" and the operation began with 5 arrests.',
        'He shouted "Stop Now" during the operation.',
    ],
)
def test_a_quote_then_a_clause_about_the_operation_is_no_codename(sentence: str):
    assert ops(extract(sentence + "\n")) == set()


@pytest.mark.parametrize(
    ("sentence", "codename"),
    [
        (
            "Police held 803 more suspects under ‘Yukthiya’ (Justice), an island-wide operation launched in May.",
            "Yukthiya",
        ),
        ("Police arrested 5 people under “Clean Slate”, a two-week crackdown on gangs.", "Clean Slate"),
    ],
)
def test_a_quoted_name_set_off_as_an_operation_is_a_codename(sentence: str, codename: str):
    result = extract(sentence + "\n")
    assert ops(result) == {codename}
    assert {f.operation for f in result.figures} == {codename}


@pytest.mark.parametrize(
    "sentence",
    [
        # a launch verb's object, a quoted remark or a name between hyphens is no codename set off as an operation
        "The agency launched Friday, a day-long operation against gangs, arresting 5.",
        "The officers began Monday, a two-day operation.",
        "Police launched Christmas Eve, a holiday operation, arresting 5.",
        "“Yesterday, an operation in the north led to 5 arrests,” the chief said.",
        'The gang, "Red Dragon", a smuggling operation, was dismantled.',
        "The corridor - named Kenya - Uganda Border Watch - runs along the lake.",
    ],
)
def test_a_day_a_remark_or_a_launched_thing_set_off_as_an_operation_is_no_codename(sentence: str):
    assert ops(extract(sentence + "\n")) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The COVID-19 security operation led to 5 arrests.",
        "The Christmas security operation led to 5 arrests.",
        "The Qatar-2022 security operation led to 5 arrests.",
        "The OPLAN ORDER was signed by the regional director.",
    ],
)
def test_an_event_a_feast_or_a_plan_before_kind_words_is_no_codename(sentence: str):
    assert ops(extract(sentence + "\n")) == set()


def test_a_headlines_codename_before_operation_stays_where_the_body_names_it():
    text = "Lionfish operation: 40 arrested\nPolice said Operation Lionfish netted 40 suspects.\n"
    assert ops(extract(text)) == {"Lionfish"}


@pytest.mark.parametrize(
    ("text", "codename"),
    [
        (
            "Lionfish operation: 40 arrested\nDuring Lionfish, police also worked with Operation Atlas teams.\n",
            "Lionfish",
        ),
        ("Sunrise operation: 9 arrested in Kisumu\nOfficers arrested 9 people, after Operation Dawn.\n", "Sunrise"),
        ("The operation, called August Storm, led to 5 arrests.\n", "August Storm"),
    ],
)
def test_guards_from_the_second_review_codenames_stay(text: str, codename: str):
    assert codename in ops(extract(text))


def test_a_persons_generation_before_a_post_in_the_operation_stays_a_person():
    text = "Juan Santos III, the operation's commander, said 5 were arrested.\n"
    assert ops(extract(text)) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The ringleader had ties to Mexico’s Sinaloa cartel, prosecutors said.",
        "Twelve members of Mexico's Sinaloa cartel were held in a raid.",
    ],
)
def test_a_country_s_possessive_before_a_group_named_by_its_kind_is_a_place_not_part_of_the_name(sentence: str):
    result = extract("Ring broken\n\n" + sentence + "\n")
    assert "Sinaloa cartel" in ents(result, "ORG")
    assert not any("Mexico" in name for name in ents(result, "ORG"))
    assert "Mexico" in ents(result, "LOCATION")


def test_a_possessive_that_is_no_place_stays_in_a_group_s_name():
    assert "Hell's Angels" in ents(extract("Raid\n\nSix members of the Hell's Angels were held.\n"), "ORG")


@pytest.mark.parametrize(
    ("text", "outlet", "body"),
    [
        ("Ivory seized\nHai Phong (VNS/VNA) – Customs officers seized 2 tonnes of ivory at the port.\n", "VNS", None),
        ("Ivory seized\nHai Phong (VNS/VNA) – Customs officers seized 2 tonnes of ivory at the port.\n", "VNA", None),
        (
            "Smugglers held\nSIALKOT: (APP) Federal Investigation Agency (FIA) has arrested 3 men.\n",
            "APP",
            "Federal Investigation Agency",
        ),
        ("Raid in Karachi\nPolice arrested 16 suspects in Sohrab Goth, ARY News reported on Friday.\n", "ARY", None),
        ("Bust\nITV News Correspondent Jane Roe said the NCA arrested 4 men.\n", "ITV", "NCA"),
        (
            "Gold seized\nBy Express News Service\nKOCHI: Customs officers seized 5 kg of gold.\n",
            "Express News Service",
            None,
        ),
    ],
)
def test_an_outlet_credited_in_a_dateline_byline_or_report_is_no_body(text: str, outlet: str, body: str | None):
    orgs = ents(extract(text), "ORG")
    assert outlet not in orgs
    if body:
        assert body in orgs


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Met officers working with the City of London Police seized the cash.", "City of London Police"),
        ("The City of Edinburgh Council closed the premises.", "City of Edinburgh Council"),
        ("In Lahore, the FIA Lahore Zone arrested a travel agent.", "FIA Lahore Zone"),
        ("Officers of the CBSA Quebec Region seized 40 kg of cocaine.", "CBSA Quebec Region"),
    ],
)
def test_a_body_named_after_a_place_with_its_kind_or_its_zone_keeps_its_whole_name(sentence: str, body: str):
    assert body in ents(extract("Seizure\n\n" + sentence + "\n"), "ORG")


def test_a_person_before_of_the_body_is_still_no_part_of_its_name():
    orgs = ents(extract("Visit\n\nKittipong Sarasin of the Royal Thai Police spoke.\n"), "ORG")
    assert orgs == {"Royal Thai Police"}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("He lived in the Sydney suburb of Georges Hall.", "Georges Hall"),
        ("Alieu Nyassi, a resident of New Yundum, was also arrested.", "New Yundum"),
        ("In Sariosiyo district, a 56-year-old man was detained.", "Sariosiyo"),
        ("The accused were identified as Mohammed Sagir of Bahraich and Mohammed Alam of Barabanki.", "Barabanki"),
        ("The accused were identified as Mohammed Sagir of Bahraich and Mohammed Alam of Barabanki.", "Bahraich"),
        # a one-word name in a list of suspects, and a parent named after a child ("son of (late) …")
        ("The arrested were identified as Rofikul from Kandorpur and Jasimuddin from Khulna.", "Kandorpur"),
        ("The arrested men, Habibor of Chorpara and Nasiruddin of Sylhet, were held.", "Chorpara"),
        ("Police arrested Nurul Amin, 28, son of Sultan Ahmed of Pathorghata, and two others.", "Pathorghata"),
        ("Police arrested Nurul Amin, 28, son of late Abdus Salam of Baliadanga; and two others.", "Baliadanga"),
    ],
)
def test_a_place_named_by_its_kind_its_people_or_a_persons_home_is_a_place(sentence: str, place: str):
    result = extract("Arrests\n\n" + sentence + "\n")
    assert place in ents(result, "LOCATION")
    assert place not in ents(result, "PERSON")


def test_a_firm_or_a_party_after_a_suspects_name_is_no_home():
    text = "Arrests\n\nThe arrested were identified as Babu from Robi and Kalam from Bkash agent point."
    assert ents(extract(text), "LOCATION") == set()
    text = "Arrests\n\nPolice arrested Rahim Uddin, 31, son of Haji Anwar of Awami League, and two others."
    assert "Awami League" not in ents(extract(text), "LOCATION")


def test_a_laws_words_in_a_list_are_no_persons_home():
    text = (
        "Arrests\n\nThe suspects were charged under the Law on the Prevention and Eradication of Forest Destruction.\n"
    )
    assert ents(extract(text), "LOCATION") == set()


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Director John Smith of Acme Holdings Group said 4 were held.", "Acme Holdings Group"),
        ("At Interpol, staff said 4 were held.", "Interpol"),
    ],
)
def test_a_body_after_a_persons_of_or_an_opening_preposition_stays_a_body(sentence: str, body: str):
    result = extract("Arrests\n\n" + sentence + "\n")
    assert body in ents(result, "ORG")
    assert body not in ents(result, "LOCATION")


def test_a_place_of_a_village_before_the_ages_of_people_stays_a_place():
    text = "Gang held\n\nThe group was run by two brothers from the village of Vicovu de Sus, aged 47 and 52.\n"
    result = extract(text)
    assert "Vicovu de Sus" in ents(result, "LOCATION")
    assert "Vicovu de Sus" not in ents(result, "PERSON")


def test_a_residents_name_and_age_after_their_town_stays_an_age():
    text = (
        "Drugs seized\n\nOfficers detained a resident of Batumi Shmagi Sh, 25, on August 31 for possession of drugs.\n"
    )
    assert 25 not in {f.value for f in extract(text).figures}


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        (
            "Militants held\n\nThe Counter Terrorism Department (CTD) arrested two men in an Intelligence Based "
            "Operation (IBO) in Okara. A second IBO was carried out in Multan.\n",
            "IBO",
        ),
        (
            "Militants held\n\nThe Counter Terrorism Department (CTD) arrested two men in an Intelligence Based "
            "Operation (IBO) in Okara.\n",
            "Intelligence Based",
        ),
        (
            "Gang held\n\nPolice held 300 people tied to Black Axe, a notorious West African criminal network.\n",
            "West African",
        ),
        (
            "Largest ever Synthetic Opioid Laboratory in Poland Dismantled\n\nPolice acted.\n",
            "Synthetic Opioid Laboratory",
        ),
    ],
)
def test_a_kind_of_operation_a_regions_people_or_a_drug_laboratory_is_no_body(text: str, not_a_body: str):
    assert not any(not_a_body in name for name in ents(extract(text), "ORG"))


def test_a_laboratory_that_is_a_body_stays_one():
    text = "Tests\n\nSamples went to the Forensic Science Laboratory and the Drug Testing Laboratory.\n"
    assert {"Forensic Science Laboratory", "Drug Testing Laboratory"} <= ents(extract(text), "ORG")


def test_a_team_named_after_drug_laboratories_stays_a_body():
    text = "Lab found\n\nThe site was made safe by the Clandestine Laboratory Response Team.\n"
    assert "Clandestine Laboratory Response Team" in ents(extract(text), "ORG")


def test_a_residents_town_and_name_with_an_age_are_a_place_and_a_person():
    text = (
        "Drugs seized\n\nOfficers detained a resident of Batumi Shmagi Sh, 25, on August 31 for possession of drugs.\n"
    )
    result = extract(text)
    assert "Shmagi Sh" in ents(result, "PERSON")
    assert "Batumi" in ents(result, "LOCATION")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Pills seized\n\nThe driver, identified only as Suthin, a 29-year-old, told police he was paid.\n", "Suthin"),
        ("Pills seized\n\nThe suspect was identified as Sutthiphong and was charged.\n", "Sutthiphong"),
    ],
)
def test_a_person_identified_by_one_name_is_a_person(text: str, person: str):
    assert person in ents(extract(text), "PERSON")


@pytest.mark.parametrize(
    "sentence",
    [
        "The substance was identified as Methamphetamine by the laboratory.",
        "The men were identified as Nigerians.",
        "The vessel, identified as Ocean Star, was escorted to port.",
    ],
)
def test_a_thing_or_a_people_identified_as_something_is_no_person(sentence: str):
    assert ents(extract("Seizure\n\n" + sentence + "\n"), "PERSON") == set()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Shabu seized\n\nManila (PNA/PDEA) – Agents seized 1 kg of shabu in Pasig City.\n", "PDEA"),
        ("Cocaine seized\n\nA joint team (NCB/DRI) – formed last year – seized 5 kg of cocaine.\n", "DRI"),
        ("Cocaine seized\n\nISLAMABAD: (ANF) Anti-Narcotics Force officials seized 5 kg of heroin.\n", "ANF"),
        (
            "Forum\n\nThe Asia-Pacific Economic Cooperation (APEC) forum discussed drugs. APEC leaders met in Lima.\n",
            "APEC",
        ),
        ("Tests\n\nThe Drugs Laboratory of the Ministry of Health confirmed the finding.\n", "Drugs Laboratory"),
    ],
)
def test_guards_from_the_third_review_bodies_stay_bodies(text: str, body: str):
    assert body in ents(extract(text), "ORG")


@pytest.mark.parametrize(
    "sentence",
    [
        "The court heard from Mark Taylor of HSBC and Sarah Jones of Barclays.",
        "The panel included Sarah Brown of Transparency International and Tom Hill of Oxfam.",
        "Oleg Ivanov from Rosneft was not charged.",
    ],
)
def test_guards_from_the_third_review_a_persons_firm_is_no_home(sentence: str):
    assert ents(extract("Hearing\n\n" + sentence + "\n"), "LOCATION") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The victims, identified as Rohingya, were taken to a shelter.",
        "The suspects, identified as Pakistanis, were deported.",
        "The men, identified as Tiv, were attacked.",
        "The suspect, identified as Suspect, was held.",
    ],
)
def test_guards_from_the_fourth_review_a_people_or_a_role_identified_is_no_person(sentence: str):
    assert ents(extract("Held\n\n" + sentence + "\n"), "PERSON") == set()


def test_the_first_of_people_identified_by_one_name_each_with_an_age_is_a_person():
    text = "Pills seized\n\nThe two drivers, identified only as Somchai, 34, and Aphisit, 27, were arrested.\n"
    assert "Somchai" in ents(extract(text), "PERSON")


@pytest.mark.parametrize(
    "dateline",
    [
        "Chisinau, Mar. 14, 2026 /MOLDPRES/ – ",
        "HALIFAX, Nov. 3, 2026 /CNW/ - ",
        # (a release wire's credit with its edition's name)
        "QUEBEC CITY, Jan. 16, 2026 /CNW Telbec/ - ",
    ],
)
def test_a_credit_between_slashes_in_a_dateline_is_no_body(dateline):
    got = ents(
        extract("Seizure\n\n" + dateline + "Border Services Agency officers seized 7.5 kilos of cocaine.\n"), "ORG"
    )
    assert got == {"Border Services Agency"}


def test_figures_after_an_edition_said_to_continue_an_earlier_one_are_the_new_editions():
    text = (
        'Call centres shut\n\n2. Operation "Blue Wire-2"\n\nIn the framework of operation "Blue Wire-2", which is '
        'the continuation of the operation "Blue Wire" conducted in 2025, police exposed a call centre in Kyiv. '
        "About 2,100 victims were identified.\n\nDuring 24 searches officers seized 130 mobile phones.\n"
    )
    got = {(f.metric, f.value): f.operation for f in extract(text).figures}
    assert got[("identified", 2100)] == "Blue Wire-2"
    assert got[("seized", 130)] == "Blue Wire-2"


@pytest.mark.parametrize(
    ("text", "value", "operation"),
    [
        # the earlier edition's own figures stay its own
        (
            "Raids\n\nOperation Sentinel II follows Operation Sentinel, run in 2025. A year earlier, the operation "
            "led to 700 arrests.\n",
            700,
            "Sentinel",
        ),
        # a new edition named second ("OLD was followed by NEW") keeps the figures after it
        (
            "Raids\n\nOperation Jaguar 2025 was succeeded by Operation Jaguar 2026. Police rescued 45 victims.\n",
            45,
            "Jaguar 2026",
        ),
    ],
)
def test_second_review_guards_for_editions(text: str, value: int, operation: str) -> None:
    got = {f.value: f.operation for f in extract(text).figures}
    assert got[value] == operation


def test_an_operation_named_as_the_time_since_which_takes_no_figures_of_its_sentence():
    text = (
        "Operation Pangea XIV targets fake medicines\n\nLYON – Code-named Operation Pangea XIV, the exercise was "
        "coordinated by INTERPOL. It resulted in 113,020 web links being closed down, the largest since the first "
        "“Operation Pangea” conducted in 2008, the arrest of 277 suspects and seizures worth over $23 million.\n"
    )
    got = {(f.value, f.operation) for f in extract(text).figures}
    assert got == {(113020.0, "Pangea XIV"), (277.0, "Pangea XIV"), (23000000.0, "Pangea XIV")}
    # the operation's own results, in a clause of its own, stay its own; so do those of the period since it began
    text = (
        "Loggers raided\n\nBELÉM – Police seized 12,000 cubic metres of logs. The raid is the largest since Operation "
        "Tora Grande in 2023, when police seized some 36,000 cubic metres of logs and arrested 22 people.\n"
    )
    assert {(f.value, f.operation) for f in extract(text).figures if f.value in (36000.0, 22.0)} == {
        (36000.0, "Tora Grande"),
        (22.0, "Tora Grande"),
    }
    text = (
        "Drugs seized\n\nDUBLIN – Since Operation Fiach was launched, gardaí have seized drugs worth more than "
        "€2.3 million and made 167 arrests.\n"
    )
    assert {f.operation for f in extract(text).figures} == {"Fiach"}
