"""Figures in the shapes real releases and news stories write them.

Every text here is written for these tests (no sentence is taken from a
published article); each test holds one class of form, trap or metric and
asserts what an analyst would read in the Operations pane: metric, value,
unit, item and qualifier."""

from __future__ import annotations

import pytest

from store.evaluate import items_agree
from store.extract import extract
from store.extract.sentences import sentence_spans


def figs(text: str) -> list[tuple]:
    return [(f.metric, f.value, f.unit, f.item, f.qualifier, f.scope) for f in extract(text).figures]


def values(text: str) -> set[float]:
    return {f.value for f in extract(text).figures}


def metric_values(body: str) -> list[tuple[str, float]]:
    """(metric, value) of each figure in ``body`` under a report's headline and dateline."""
    return [(f[0], f[1]) for f in figs(doc(body))]


def operation_by_value(text: str) -> dict[float, str | None]:
    """The operation each figure's value is attributed to."""
    return {f.value: f.operation for f in extract(text).figures}


def doc(body: str) -> str:
    return "Report\nMADRID, Spain – " + body


#: A total of the operation's arrests stated first: the counts after it are its parts, and a part's item names what
#: it counts (the total itself carries none; see test_the_total_arrests_carry_no_item_but_the_people_counted).
IN_ALL = "In all, officers arrested 900 people in the sweep. "


def part(text: str, value: float) -> tuple:
    """The figure of ``value`` in a report whose arrests are ``IN_ALL``'s parts."""
    [found] = [f for f in figs(doc(IN_ALL + text)) if f[1] == value]
    return found


# ------------------------------------------------------------------ forms


def test_label_lines_under_a_header_are_sub_counts_of_its_metric():
    text = doc("The week of raids led to the following arrests:\nFraud: 14\nDrug trafficking: 9\nMoney laundering: 3")
    assert figs(text) == [
        ("arrests", 14, "count", "Fraud", None, None),
        ("arrests", 9, "count", "Drug trafficking", None, None),
        ("arrests", 3, "count", "Money laundering", None, None),
    ]


def test_a_leader_of_dots_ends_a_tables_label():
    text = doc(
        "Officers seized drugs in the three-week operation.\n\nBREAKDOWN OF SEIZURES\n"
        "Cannabis sativa .................. 2,311.6kg\nTramadol 225mg ................... 131,600 tablets\n"
        "Methamphetamine .................. 4.7kg\nCash (suspected proceeds) ........ N3,275,000"
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("seized", 2311.6, "kg"),
        ("seized", 131_600, "count"),
        ("seized", 4.7, "kg"),
        ("seized", 3_275_000, "NGN"),
    ]


def test_two_digits_with_a_leading_zero_before_a_noun_are_a_count():
    # South Asian releases write small counts so: "apprehended 02 suspects", "recovered 03 sacks"
    text = doc("The Navy apprehended 02 suspects and recovered 03 sacks of cannabis. Police nabbed 07 persons.")
    assert metric_values(text) == [("arrests", 2), ("seized", 3), ("arrests", 7)]
    # longer numbers with a leading zero are codes and phone numbers
    assert metric_values("Call 0800 555 111 or quote case 0042 suspects file.") == []


def test_a_mass_in_kilograms_and_grams_is_one_figure():
    # as Sri Lankan releases write weights: "about 37kg and 700g", "62 kilograms and 400 grams"
    text = doc(
        "The Navy seized about 37kg and 700g of Kerala cannabis. Officers recovered 62 kilograms and 400 "
        "grams of hashish, and 5 kg of cocaine and 300 g of heroin."
    )
    assert [(f[1], f[3], f[4]) for f in figs(text)] == [
        (37.7, "Kerala cannabis", "about"),
        (62.4, "hashish", None),
        (5, "cocaine", None),
        (0.3, "heroin", None),
    ]


def test_of_the_total_and_its_noun_opens_a_part_of_it():
    text = doc(
        "Police arrested 27 suspects. Of the 27 suspects, eight are Congolese and three are South Sudanese "
        "nationals. Officers freed 40 victims. Of the 40 people freed, 12 were children."
    )
    assert metric_values(text) == [("arrests", 27), ("arrests", 8), ("arrests", 3), ("rescued", 40), ("rescued", 12)]


def test_a_gap_of_blanks_ends_a_tables_label():
    text = doc(
        "The force recovered 1,846 kg of narcotics. According to the spokesman, the drugs included:\n\n"
        "Hashish            1,512 kg\nHeroin               214 kg\nOpium\t108 kg\n\nPolice  arrested 4 men."
    )
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 1846, "narcotics"),
        ("seized", 1512, "Hashish"),
        ("seized", 214, "Heroin"),
        ("seized", 108, "Opium"),
        ("arrests", 4, None),  # (two blanks inside a sentence are no table's gap)
    ]


def test_separate_raids_told_after_an_operation_are_not_its_results():
    text = (
        "Report\nRAWALPINDI, November 30, 2026: The Anti Narcotics Force recovered 1,846 kg of narcotics "
        "under Operation Sarhad Seal and arrested two suspects.\n\n"
        "In separate raids elsewhere in the country during the week, ANF teams recovered 396.4 kg of drugs "
        "and arrested 26 suspects."
    )
    assert operation_by_value(text) == {1846: "Sarhad Seal", 2: "Sarhad Seal", 396.4: None, 26: None}


LEAD_OF_RED_HAWK = (
    "Report\nNAIROBI – Operation Red Hawk yielded 110 rifles and 1,231 rounds of ammunition in Marsabit.\n\n"
    + ("Officers said the drive would go on for weeks, and thanked the public for its help. " * 6 + "\n\n") * 3
)


@pytest.mark.parametrize(
    ("paragraph", "operation"),
    [
        ("In parallel, a security operation in Isiolo County led to the recovery of 201 camels.", None),
        ("In a joint operation, units of the navy seized 201 kg of cannabis at the coast.", None),
        # (a step of the story's own drive, or a paragraph that names it, is still its own)
        ("In a follow-up operation in Isiolo County, officers recovered 201 camels.", "Red Hawk"),
        ("In a joint operation, Operation Red Hawk units seized 201 kg of cannabis.", "Red Hawk"),
    ],
)
def test_a_later_paragraph_opening_on_another_drive_told_with_a_is_its_own(paragraph: str, operation):
    assert operation_by_value(LEAD_OF_RED_HAWK + paragraph) == {110: "Red Hawk", 1231: "Red Hawk", 201: operation}


def test_drugs_taken_off_the_market_or_out_of_illegal_circulation_are_seized():
    # as Central Asian releases write it in English
    text = doc(
        "Since the stage began, officers have taken 2.9 tonnes of drugs off the market. Since January, "
        "446 kilograms of narcotics have been withdrawn from illegal circulation."
    )
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [("seized", 2.9, "drugs"), ("seized", 446, "narcotics")]


def test_the_units_a_drug_is_packed_in_are_counted_beside_its_weight():
    text = doc(
        "Sailors found 2,310 kilograms of cocaine in 76 bales hidden under the catch. The drug, packed in 540 "
        "blocks behind cartons, was worth USD 80 million. Officers also found 185 kg of heroin concealed in 16 "
        "bags of gypsum."
    )
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 2310, "cocaine"),
        ("seized", 76, "bales"),
        ("seized", 540, "blocks"),
        ("seized", 80_000_000, "cocaine value"),
        ("seized", 185, "heroin"),  # (the bags it was hidden in are not counted)
    ]


def test_a_package_word_naming_another_thing_is_no_packing():
    # "bottle" before "caps" says what the caps are, no bottle holding the cocaine
    assert [(f[0], f[1], f[2]) for f in figs(doc("Police seized 2 kg of cocaine, in 3 bottle caps."))] == [
        ("seized", 2, "kg"),
        ("seized", 3, "count"),
    ]


def test_one_package_whose_weight_is_given_is_not_counted_beside_it():
    # the singular as the plural: "one bag of … weighing 18.2 kg" is the weighed drug's packing
    text = doc(
        "Officers found 10 bags of heroin weighing 209.3 kg, one bag of methamphetamine weighing 18.2 kg and "
        "one sack of cannabis weighing 41 kg."
    )
    assert [(f[0], f[1], f[2], f[3]) for f in figs(text)] == [
        ("seized", 209.3, "kg", "heroin"),
        ("seized", 18.2, "kg", "methamphetamine"),
        ("seized", 41, "kg", "cannabis"),
    ]


def test_a_label_that_names_the_metric_gives_it():
    text = doc("Totals for the month.\nArrests: 31\nFirearms seized: 12")
    assert ("arrests", 31, "count", None, None, None) in figs(text)
    assert ("seized", 12, "count", "Firearms", None, None) in figs(text)


def test_bullets_take_the_metric_of_each_line_or_of_the_header():
    text = doc(
        "The action days led to these seizures:\n- 318 additional suspects identified\n- 42 firearms\n- 12 kg of heroin"
    )
    assert figs(text) == [
        ("identified", 318, "count", "additional suspects", None, None),
        ("seized", 42, "count", "firearms", None, None),
        ("seized", 12, "kg", "heroin", None, None),
    ]


def test_a_round_bullet_glued_to_its_line_still_marks_a_list_line():
    # (as some police releases set their lists: no blank after the bullet, the count in words and digits)
    text = doc(
        "In both searches the following were found and seized:\n\n•Eight (8) long firearms,\n"
        "•Thirteen (13) revolvers,\n•Two thousand (2000) euro and\n•One (1) notebook with notes."
    )
    assert [(m, v, u) for m, v, u, *_ in figs(text)] == [
        ("seized", 8, "count"),
        ("seized", 13, "count"),
        ("seized", 2000, "EUR"),
        ("seized", 1, "count"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Seizures included 20 pistols, 3 kg of heroin and 500 rounds of ammunition.",
        "Items seized included: 20 pistols, 3 kg of heroin and 500 rounds of ammunition.",
        "Officers seized several items, including 20 pistols, 3 kg of heroin and 500 rounds of ammunition.",
    ],
)
def test_include_lists_carry_the_seizure_to_every_item(sentence):
    assert figs(doc(sentence)) == [
        ("seized", 20, "count", "pistols", None, None),
        ("seized", 3, "kg", "heroin", None, None),
        ("seized", 500, "count", "rounds of ammunition", None, None),
    ]


def test_a_breakdown_in_brackets_gives_national_parts_of_the_figure():
    got = figs(doc("Officers arrested 11 suspects (2 in Latvia, 9 in Moldova) during the week."))
    assert got == [
        ("arrests", 11, "count", None, None, None),
        ("arrests", 2, "count", None, None, "Latvia"),
        ("arrests", 9, "count", None, None, "Moldova"),
    ]


@pytest.mark.parametrize(
    ("line", "whole", "parts"),
    [
        ("- 58 criminal cases opened (21 for smuggling and 37 for forgery)", 58, {21, 37}),
        ("- 412 vehicle inspections carried out (250 at ports and 162 on highways)", 412, {250, 162}),
    ],
)
def test_counts_in_a_bracket_that_add_up_to_the_count_before_it_are_its_parts(line, whole, parts):
    got = {f[1]: f for f in figs(doc("Results of the week:\n" + line + "\n"))}
    assert {whole} | parts <= set(got)
    for value in parts:  # (the whole's metric and item, not a count of nothing named, nor the whole restated)
        assert got[value][0] == got[whole][0] == "other"
        assert got[value][3] == got[whole][3]


def test_a_count_in_brackets_that_is_not_a_sum_of_parts_is_the_figure_restated():
    line = "- 58 criminal cases opened (21 for smuggling and 30 for forgery)"
    assert values(doc("Results of the week:\n" + line + "\n")) == {58}


def test_each_goods_amount_in_brackets_after_its_name_in_a_list_is_its_own_seizure():
    got = figs(doc("Officers seized 2,310.5g of cannabis, shabu (412.07g), heroin (95.3g) and a pistol."))
    assert [(f[0], round(f[1], 5), f[2], f[3]) for f in got if f[2] == "kg"] == [
        ("seized", 2.3105, "kg", "cannabis"),
        ("seized", 0.41207, "kg", "shabu"),
        ("seized", 0.0953, "kg", "heroin"),
    ]
    # (a conversion in brackets right after its amount is still the same amount)
    assert values(doc("Officers seized 2,200 pounds (998 kilograms) of ivory.")) == {998}


def test_a_lead_in_that_lists_a_groups_parts_is_no_label_of_what_they_are():
    got = figs("Report\nLAGOS – Those arrested include: 214 armed robbers, 96 kidnappers and 31 cultists.\n")
    assert [(f[0], f[1], f[3]) for f in got] == [
        ("arrests", 214, "armed robbers"),
        ("arrests", 96, "kidnappers"),
        ("arrests", 31, "cultists"),
    ]
    # (a label that names the goods still gives the item)
    assert figs("Report\nResults:\nFirearms seized: 12\n")[0][3] == "Firearms"


def test_a_drugs_amount_joined_to_its_unit_by_a_hyphen_is_its_seizure_not_a_size():
    got = figs(doc("The seized drugs include 412.5-kg hashish, 83-kg heroin and 7.160-kg methamphetamine."))
    assert [(f[0], f[1], f[2], f[3]) for f in got] == [
        ("seized", 412.5, "kg", "hashish"),
        ("seized", 83, "kg", "heroin"),
        ("seized", 7.16, "kg", "methamphetamine"),
    ]
    # (a hyphenated measure before a vessel or a container still sizes it)
    assert values(doc("Police seized a 15-tonne dhow and 40 kg of heroin.")) == {40}


@pytest.mark.parametrize(("sign", "code"), [("P", "PHP"), ("N", "NGN")])
def test_a_one_letter_currency_sign_set_apart_before_millions_names_the_sum(sign: str, code: str):
    got = figs(doc(f"Around {sign} 6,800,000 worth of illegal drugs were seized from two dealers."))
    assert [(f[0], f[1], f[2]) for f in got] == [("seized", 6_800_000, code)]


def test_arrests_by_offence_set_apart_by_semicolons_are_each_a_part():
    body = (
        "Officers arrested 612 suspects: 214 for fraud; ninety six (96) for illegal mining; 51 for Cash in Transit "
        "robberies (CIT); and 40 for corruption."
    )
    assert [(m, v) for m, v in metric_values(body)] == [
        ("arrests", 612),
        ("arrests", 214),
        ("arrests", 96),
        ("arrests", 51),
        ("arrests", 40),
    ]
    # (a part with a verb of its own after the semicolon is not read as a further part)
    assert metric_values("Officers arrested 40 for fraud; 12 were released for lack of evidence.") == [("arrests", 40)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of them, 95 are being investigated under detention orders.",
        "Meanwhile, 95 arrested drug users are to be sent for rehabilitation.",
        "Also, 95 arrestees have been directed for rehabilitation.",
    ],
)
def test_those_held_sent_on_to_treatment_or_inquiry_are_another_outcome(sentence: str):
    assert metric_values("Police arrested 1,460 suspects in the sweep. " + sentence) == [
        ("arrests", 1460),
        ("other", 95),
    ]


def test_a_mass_padded_with_a_leading_zero_is_still_a_mass():
    got = figs(doc("Officers arrested a suspect for possession of 03kg and 600g of local cannabis."))
    assert [(f[0], f[1], f[2]) for f in got] == [("seized", 3.6, "kg")]


def test_a_count_in_brackets_after_a_country_is_its_part():
    got = figs(doc("Arrests were made in Argentina (5), Chile (3) and Peru (4)."))
    assert got == [
        ("arrests", 5, "count", None, None, "Argentina"),
        ("arrests", 3, "count", None, None, "Chile"),
        ("arrests", 4, "count", None, None, "Peru"),
    ]


def test_number_words_at_a_sentence_start():
    text = doc(
        "One tonne of cocaine was found in a banana container. Ten firearms were seized in a second raid. "
        "Police arrested two dozen suspects. One of them was a customs clerk."
    )
    assert figs(text) == [
        ("seized", 1, "tonnes", "cocaine", None, None),
        ("seized", 10, "count", "firearms", None, None),
        ("arrests", 24, "count", None, None, None),
    ]


@pytest.mark.parametrize(
    "written, value",
    [("1500kg", 1500), ("62kg", 62), ("80 kilos", 80), ("1,204.5 kgs", 1204.5), ("35 kilogrammes", 35)],
)
def test_kilograms_however_written(written, value):
    assert figs(doc(f"Officers seized {written} of cannabis.")) == [("seized", value, "kg", "cannabis", None, None)]


def test_grams_become_kilograms():
    ((metric, value, unit, item, _, _),) = figs(doc("Agents confiscated 250 grams of heroin."))
    assert (metric, unit, item) == ("seized", "kg", "heroin")
    assert value == pytest.approx(0.25)


@pytest.mark.parametrize(
    "written, value, unit",
    [("3 pounds", 3, "lb"), ("1,185 lbs", 1185, "lb"), ("12 ounces", 12, "oz"), ("2 oz", 2, "oz")],
)
def test_pounds_and_ounces_stay_as_written(written, value, unit):
    # the guide has no unit for them and says to convert only tons and kilograms: annotators keep what a US
    # release writes ("350 pounds of marijuana" is 350 lb, not 158.757 kg)
    ((metric, got, got_unit, item, _, _),) = figs(doc(f"Agents confiscated {written} of heroin."))
    assert (metric, got, got_unit, item) == ("seized", value, unit, "heroin")


def test_pounds_with_their_kilograms_in_brackets_are_one_figure_in_kilograms():
    for text in (
        "Customs officers found 2,200 pounds (998 kilograms) of elephant tusks.",
        "The crew offloaded approximately 16,960 kilograms (37,400 pounds) of cocaine.",
    ):
        assert [(f[2], f[1]) for f in figs(doc(text))] in ([("kg", 998)], [("kg", 16960)])
    # a rounded lead in pounds is the list's precise kilograms
    text = doc(
        "Close to 190 pounds of ganja were seized during the operation, police said.\n\n"
        "The items seized were:\n- 86.2 kilograms (190 pounds) of compressed ganja\n- 412 rounds of ammunition\n"
    )
    assert [(f[1], f[2]) for f in figs(text) if f[0] == "seized"] == [(86.2, "kg"), (412, "count")]


def test_tons_become_tonnes_without_conversion():
    assert figs(doc("The navy seized 16.5 tons of cocaine.")) == [("seized", 16.5, "tonnes", "cocaine", None, None)]


# ------------------------------------------------------------------ verbs


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The searches yielded 40 kg of methamphetamine.", ("seized", 40, "kg", "methamphetamine")),
        ("Detectives recovered 14 firearms.", ("seized", 14, "count", "firearms")),
        ("The unit took 30 guns off the streets.", ("seized", 30, "count", "guns")),
        ("Customs intercepted 2 tonnes of tramadol.", ("seized", 2, "tonnes", "tramadol")),
        ("Inspectors confiscated 900 counterfeit watches.", ("seized", 900, "count", "counterfeit watches")),
        ("The sweep netted 17 suspects.", ("arrests", 17, "count", None)),
        ("Officers dismantled 3 drug laboratories.", ("dismantled", 3, "count", "drug laboratories")),
        ("Police shut down 2 clandestine factories.", ("dismantled", 2, "count", "clandestine factories")),
        ("The operation produced 6 tonnes of cannabis.", ("seized", 6, "tonnes", "cannabis")),
        # every form of a cue verb, not only the one a text happened to use first
        ("Detectives moved quickly, restraining $4 million in property.", ("seized", 4_000_000, "USD", "property")),
        ("Coast Guard interdicts 2 tons of cocaine off Aruba", ("seized", 2, "tonnes", "cocaine")),
        ("Officers spent the day impounding 14 vehicles.", ("seized", 14, "count", "vehicles")),
        ("The prosecutor freezes 3 vessels.", ("seized", 3, "count", "vessels")),
        ("Police are rounding up 40 suspects.", ("arrests", 40, "count", None)),
        ("Task force moves to liberate 30 victims of abuse.", ("rescued", 30, "count", "victims of abuse")),
    ],
)
def test_verbs_beyond_the_obvious(sentence, expected):
    assert [f[:4] for f in figs(doc(sentence))] == [expected]


def test_a_verb_of_telling_before_that_is_no_result():
    # "revealed" counts what a search turned up ("16 new crime trends revealed"), not what someone told
    assert figs(doc("He revealed that the operation targeted 51 people in the province.")) == []
    assert [f[:2] for f in figs(doc("The analysis revealed 16 new crime trends."))] == [("other", 16)]
    # a verb of a result before "that" or "this" still counts (figure_telling_cues.txt holds the verbs of telling)
    assert [f[:3] for f in figs(doc("Police seized this 40 kg shipment of cocaine at the port."))] == [
        ("seized", 40, "kg")
    ]
    assert [f[:2] for f in figs(doc("Police said 14 suspects were arrested that same day."))] == [("arrests", 14)]
    assert [f[:2] for f in figs(doc("Twenty-six of the 57 defendants were arrested this morning."))] == [
        ("arrests", 26)
    ]


@pytest.mark.parametrize("plus", ["+", "-plus"])
def test_a_hedge_glued_after_the_digits_keeps_the_unit_and_goods_after_it(plus):
    # US and Australian press: "100+ arrests", "4,500-plus grams of cocaine"; the value is the number written
    text = doc(f"Police arrested 120{plus} people and seized 4,500{plus} grams of cocaine and 40{plus} firearms.")
    assert [f[:4] for f in figs(text)] == [
        ("arrests", 120, "count", None),
        ("seized", 4.5, "kg", "cocaine"),
        ("seized", 40, "count", "firearms"),
    ]
    # a sign before the digits is no hedge: a phone's "+254"
    assert values(doc("For tips call +254 700 000 000.")) == set()


# ------------------------------------------------------------------ traps


@pytest.mark.parametrize(
    "sentence",
    [
        "Peter Mwangi (33) and Grace Achieng (41) were arrested with 3 kg of heroin.",
        "Peter Mwangi, 33, and Grace Achieng, 41, were arrested with 3 kg of heroin.",
        "Two men aged 19 and 31 were arrested with 3 kg of heroin.",
        "A 19-year-old was arrested with 3 kg of heroin.",
    ],
)
def test_ages_are_not_figures(sentence):
    assert values(doc(sentence)) - {2} == {3}


@pytest.mark.parametrize(
    "sentence",
    [
        "The log dated 2023-06-02 lists 3 kg of heroin seized.",
        "On Mar. 14 officers seized 3 kg of heroin.",
        "On 14/03 officers seized 3 kg of heroin.",
    ],
)
def test_dates_are_not_figures(sentence):
    assert values(doc(sentence)) == {3}


@pytest.mark.parametrize(
    "sentence",
    [
        "Under Article 12 of the code, police seized 3 kg of heroin.",
        "Under section 5, police seized 3 kg of heroin.",
        "Police seized 3 kg of heroin. The seizure is in line with the Customs Act, Cap 45 LFN 2004 as amended.",
        "As the annual report notes [14], police seized 3 kg of heroin.",
        "The car with plate KDA 456 carried 3 kg of heroin, which was seized.",
        "Police seized 3 kg of heroin; call 0800 555 111 with tips.",
        "Police seized 3 kg of heroin at the 150-year-old farm.",
    ],
)
def test_article_numbers_citations_plates_phones_and_history_are_not_figures(sentence):
    assert values(doc(sentence)) == {3}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 3 suspects at 14 Kofi Annan Street on Monday.",
        "Officers arrested 3 men at Plot 1202 News Engineering Estate, Dawaki.",
        "A trader was nabbed with 3 kg of cannabis at 7 Nnajiego Lane, Umuode road.",
    ],
)
def test_a_house_number_is_not_a_figure(sentence):
    assert values(doc(sentence)) == {3}


def test_a_number_before_a_streets_name_without_a_place_preposition_is_a_count():
    assert values(doc("Police seized 14 pistols and arrested 3 Main Street dealers.")) == {14, 3}


@pytest.mark.parametrize(
    "sentence",
    [
        # (guards from the fifth review: a street's name before the noun counted)
        "The arrest of 12 Ikorodu Road touts sparked protests.",
        "The seizure of 12 Main Street warehouses followed the raid.",
    ],
)
def test_a_count_of_things_named_by_their_street_is_a_figure(sentence):
    assert values(doc(sentence)) == {12}


def test_the_size_of_a_scheme_is_not_a_figure():
    assert figs(doc("Police arrested 8 people over a $9 million pyramid scheme and seized $400,000 in cash.")) == [
        ("arrests", 8, "count", None, None, None),
        ("seized", 400_000, "USD", "cash", None, None),
    ]


def test_production_capacity_is_not_a_figure():
    text = doc("The laboratory can produce up to 50 kg a day. Troops seized 120 kg of methamphetamine there.")
    assert figs(text) == [("seized", 120, "kg", "methamphetamine", None, None)]


def test_losses_and_sums_defrauded_are_not_figures():
    text = doc("The gang defrauded 300 victims of USD 2 million. Victims lost EUR 400,000. Police arrested 5 suspects.")
    assert figs(text) == [("arrests", 5, "count", None, None, None)]


def test_counts_of_officers_countries_agencies_durations_and_shares_are_not_figures():
    text = doc("Some 2,000 officers from 40 countries and 12 agencies took part over 10 days; 15% of checks hit.")
    assert figs(text) == []


def test_a_rounded_lead_repeated_precisely_is_one_figure_the_precise_one():
    text = "Over 80 arrested in port sweep\nMOMBASA, Kenya – Police arrested 83 suspects in the port sweep."
    assert figs(text) == [("arrests", 83, "count", None, None, None)]


def test_different_figures_are_not_merged_as_roundings():
    text = doc("Police arrested more than 80 suspects in March and 250 in April.")
    assert {f[1] for f in figs(text)} == {80, 250}
    # "around 260" rounds what lies near its last digit: 263 is it stated precisely, 290 another figure
    text = doc("Police seized around 260 weapons in the raids. Later, a cache of 290 weapons was found near Tuzla.")
    assert {f[1] for f in figs(text)} == {260, 290}
    text = doc("Police seized around 260 weapons in the raids. In all, officers seized 263 weapons.")
    assert {f[1] for f in figs(text)} == {263}


# ---------------------------------------------------------------- metrics


def test_a_count_of_seizures_is_other():
    assert figs(doc("The unit made 79 seizures in May and arrested 4 suspects.")) == [
        ("other", 79, "count", "seizures", None, None),
        ("arrests", 4, "count", None, None, None),
    ]


def test_money_intercepted_or_frozen_is_seized_accounts_frozen_are_other():
    got = figs(doc("Investigators intercepted USD 2.5 million and froze EUR 800,000. Police froze 120 bank accounts."))
    assert [f[:3] for f in got] == [("seized", 2_500_000, "USD"), ("seized", 800_000, "EUR"), ("other", 120, "count")]


def test_charged_is_not_an_arrest_unless_the_text_says_arrested():
    # people charged, no arrest said: another outcome, what befell them in its item (real annotators agree)
    assert figs(doc("Police charged 12 people with drug offences.")) == [
        ("other", 12, "count", "people charged", None, None)
    ]
    expected = [("other", 64, "count", "people charged", None, None)]
    assert figs(doc("As a result, 64 people will be charged.")) == expected
    # (a charge of no people is no outcome read; nor a price asked, nor people whose own verb follows)
    assert figs(doc("Police said 40 mining sites were charged.")) == []
    assert figs(doc("The syndicate charged 200 migrants $3,000 each.")) == []
    assert 2 not in values(doc("Prosecutors charged 4 men and 2 others were cautioned."))
    # those charged out of the arrests just counted are another outcome, as every real article's annotator has it
    # (the same people said again are no new figure)
    got = figs(doc("Police arrested 20 people; 12 of them were charged with drug offences."))
    assert [f[:2] for f in got] == [("arrests", 20), ("other", 12)]
    got = figs(doc("Police arrested three people. The three suspects were also charged with smuggling."))
    assert [f[:2] for f in got] == [("arrests", 3)]
    # suspects counted anew when charged are no arrest said; a part of the suspects held is ("the specific charge
    # for 850 of the suspects", the dev's reading)
    assert [f[:2] for f in figs(doc("Charges have been filed against 19 suspects after the sting."))] == [("other", 19)]
    assert [f[:2] for f in figs(doc("The court said 38 suspects were arraigned and charged with fraud."))] == [
        ("other", 38)
    ]


def test_infrastructure_taken_down_is_dismantled_websites_and_domains_are_other():
    got = figs(doc("Police took down 100 servers and 2,000 domains, and removed 43 websites."))
    assert [f[:4] for f in got] == [
        ("dismantled", 100, "count", "servers"),
        ("other", 2000, "count", "domains"),
        ("other", 43, "count", "websites"),
    ]


def test_a_street_value_is_a_seizure_whose_item_says_what_it_values():
    got = figs(
        doc(
            "Officers seized 5 tonnes of cocaine. The cocaine was valued at almost USD 1.3 billion. "
            "They also seized $19 million worth of heroin and assets worth EUR 2 million."
        )
    )
    assert ("seized", 1_300_000_000, "USD", "cocaine value", "almost", None) in got
    assert ("seized", 19_000_000, "USD", "heroin value", None, None) in got
    assert ("seized", 2_000_000, "EUR", "assets", None, None) in got


# ------------------------------------------------------------------ items


def test_items_are_short_noun_phrases_never_run_on_clauses():
    got = figs(
        doc(
            "The operation led to the arrest of 975 people and the seizure of USD 12 million, "
            "and to 1,137 suspects and the opening of 1,026 investigations. "
            "Officers seized 6,000 malicious links and decrypted six ransomware variants."
        )
    )
    for _metric, value, _unit, item, *_ in got:
        assert item is None or len(item.split()) <= 4, (value, item)
        assert not item or " and the " not in item
    assert ("arrests", 975, "count", None, None, None) in got
    assert ("other", 1026, "count", "investigations", None, None) in got


@pytest.mark.parametrize(
    "predicted, gold, agree",
    [
        ("cocaine", "cocaine, cannabis, ecstasy and heroin", True),
        ("firearm", "firearms", True),
        ("people and the seizure of USD", "people", False),
        (None, None, True),
        ("suspects", None, False),
        ("cocaine", "cocaine value", False),
        ("cocaine value", "drugs value", False),
        ("heroin value", "heroin and cocaine value", True),
    ],
)
def test_strict_item_agreement(predicted, gold, agree):
    assert items_agree(predicted, gold) is agree


# ------------------------------------------------ conversions and sub-counts


def test_a_conversion_beside_a_figure_is_the_same_figure():
    got = figs(
        doc("Agents seized 1,185 pounds of cocaine, or 537.6 kilograms, with a street value of about $38 million.")
    )
    assert [(m, round(v, 1), u, i, q) for m, v, u, i, q, _ in got] == [
        ("seized", 537.6, "kg", "cocaine", None),  # the text's own metric figure
        ("seized", 38_000_000, "USD", "cocaine value", "about"),
    ]


def test_dollars_of_other_countries_are_not_usd_and_a_bracketed_conversion_is_dropped():
    got = figs(doc("Police seized 225 kg of cocaine, worth HK$13 million (US$1.6 million), and arrested two men."))
    assert got == [
        ("seized", 225, "kg", "cocaine", None, None),
        ("seized", 13_000_000, "HKD", "cocaine value", None, None),
        ("arrests", 2, "count", None, None, None),
    ]


def test_pounds_with_a_scale_word_are_money():
    assert figs(doc("Officers froze 5 million pounds held by the gang.")) == [
        ("seized", 5_000_000, "GBP", "funds", None, None)
    ]


def test_a_weight_after_a_count_of_parcels_weighs_their_contents():
    got = figs(doc("Customs intercepted 9,857 parcels of cannabis weighing 5,338 kg."))
    assert got == [
        ("seized", 9857, "count", "parcels of cannabis", None, None),
        ("seized", 5338, "kg", "cannabis", None, None),
    ]


def test_including_gives_a_sub_count_of_the_figure_before_it():
    got = figs(doc("Police rescued 68 victims, including 20 minors, and arrested 14 suspected traffickers."))
    assert got == [
        ("rescued", 68, "count", "victims", None, None),
        ("rescued", 20, "count", "minors", None, None),
        ("arrests", 14, "count", None, None, None),  # people held for what, in general: the total has no item
    ]


def test_a_list_before_its_passive_verb_takes_that_verb():
    got = figs(doc("90 people were arrested; 2.3 tonnes of cocaine, 40 firearms and USD 700,000 were seized."))
    assert [f[:4] for f in got] == [
        ("arrests", 90, "count", None),
        ("seized", 2.3, "tonnes", "cocaine"),
        ("seized", 40, "count", "firearms"),
        ("seized", 700_000, "USD", "cash"),
    ]


def test_an_active_verb_in_a_new_clause_does_not_reach_back():
    got = figs(
        doc("The operation dismantled 20 laboratories and 4 criminal networks, and destroyed 300 tonnes of coca.")
    )
    assert [f[:2] for f in got][:2] == [("dismantled", 20), ("dismantled", 4)]


def test_a_headline_figure_rounded_with_other_words_is_the_body_figure():
    text = "Over 300 guns seized in sweep\nBELGRADE, Serbia – Police seized 318 weapons and arrested 734 people."
    assert [f[:4] for f in figs(text)] == [("seized", 318, "count", "weapons"), ("arrests", 734, "count", None)]


def test_south_asian_and_east_african_sums_and_weights():
    got = figs(doc("Officers seized 4.5 kg of heroin worth Rs 2 crore and confiscated shabu weighing 144 grams."))
    assert got == [
        ("seized", 4.5, "kg", "heroin", None, None),
        ("seized", 20_000_000, "INR", "heroin value", None, None),
        ("seized", 0.144, "kg", "shabu", None, None),
    ]
    assert figs(doc("Detectives seized cocaine worth KSh 11 million.")) == [
        ("seized", 11_000_000, "KES", "cocaine value", None, None)
    ]


def test_a_verb_is_not_part_of_the_item_and_a_count_of_nothing_is_no_figure():
    text = "Heroin worth Rs 2 crore seized, 3 held\nCHENNAI – Police arrested 370 persons, 370 nabbed in all."
    got = figs(text)
    assert ("arrests", 370, "count", None, None, None) in got
    # a seized or other count with nothing named is no figure; the headline's "3 held" are people arrested
    assert [m for m, v, *_ in got if v == 3] == ["arrests"]


def test_a_figure_compared_with_is_another_periods_figure_of_the_same_kind_and_no_operations():
    """The guide does not leave comparisons out: "up from 30 last year" is last year's arrests, a figure of no
    named operation (or of the earlier edition named with it)."""
    text = doc("Operation Dry Port led to 45 arrests, up from 30 last year and compared with 300 in 2022.")
    assert [(f.operation, f.metric, f.value) for f in extract(text).figures] == [
        ("Dry Port", "arrests", 45),
        (None, "arrests", 30),
        (None, "arrests", 300),
    ]
    text = doc("Police seized 1,126 kg of cocaine, compared with 842 kg during the whole of 2025.")
    assert [(f[0], f[1], f[2], f[3]) for f in figs(text)] == [
        ("seized", 1126, "kg", "cocaine"),
        ("seized", 842, "kg", "cocaine"),
    ]
    # a hedged figure is not the rounding of the one it is compared with
    text = doc("Ecuador seized more than 190 tonnes of drugs this year, compared with 221 tonnes in 2025.")
    assert [f[1] for f in figs(text)] == [190, 221]
    # the earlier edition named with it owns it
    text = doc(
        "Operation Vaka Moana 2026 carried out 162 boardings, up from 118 during last year's operation, "
        "Vaka Moana 2024."
    )
    assert operation_by_value(text) == {162.0: "Vaka Moana 2026", 118.0: "Vaka Moana 2024"}
    # a comparison of no figure (a price) is none; one of a list's things is compared with that thing, past the
    # list's other figures
    assert figs(doc("A gram sells for 500 baht in Phuket, compared with about 150 baht in Bangkok.")) == []
    text = doc("Officers detained 34 fishing boats and 402 crew members, compared with 29 boats and 355 crew in 2025.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 34), ("arrests", 402), ("seized", 29), ("arrests", 355)]


def test_a_table_line_led_by_a_place_is_scoped_to_it():
    text = doc("Results by region:\nLima – 45 arrests, 120 kg of cocaine\nCusco – 12 arrests\nTotal arrests: 57")
    assert figs(text) == [
        ("arrests", 45, "count", None, None, "Lima"),
        ("seized", 120, "kg", "cocaine", None, "Lima"),
        ("arrests", 12, "count", None, None, "Cusco"),
        ("arrests", 57, "count", None, None, None),
    ]


def test_a_verb_before_a_passive_verb_keeps_the_list_rule_from_reaching_over_it():
    got = figs(doc("Some 1,500 addicts had surrendered and 400 were arrested."))
    assert ("arrests", 400, "count", None, None, None) in got
    assert not any(v == 1500 and m == "arrests" and i is None for m, v, _, i, *_ in got)


def test_currency_glued_to_its_number_and_a_sum_before_goods_is_their_value():
    text = (
        "Police seize Sh4.2m heroin\nKISUMU, Kenya – Detectives arrested five suspects aged between 24 and 37 "
        "and recovered 1.4 kilograms of heroin worth Sh4.2 million."
    )
    assert figs(text) == [
        ("seized", 4_200_000, "KES", "heroin value", None, None),
        ("arrests", 5, "count", None, None, None),
        ("seized", 1.4, "kg", "heroin", None, None),
    ]


def test_people_checked_are_other():
    got = figs(doc("Officers checked 18,000 travellers against the databases, generating 95 hits."))
    assert got == [("other", 18000, "count", "travellers", None, None), ("other", 95, "count", "hits", None, None)]


def test_the_value_of_several_drugs_is_a_drugs_value_and_a_total_names_what_it_sums():
    got = figs(doc("It seized 30 tonnes of cocaine, heroin and marijuana with an estimated value of $822 million."))
    assert ("seized", 822_000_000, "USD", "drugs value", None, None) in got
    got = figs(doc("Four investigations resulted in seizures and recoveries totalling almost EUR 1.4 million."))
    assert got == [
        ("other", 4, "count", "investigations", None, None),
        ("seized", 1_400_000, "EUR", "seizures and recoveries", "almost", None),
    ]


@pytest.mark.parametrize(
    ("body", "item"),
    [
        ("Officers said 318 suspects were arrested for burglary across the province.", "burglary"),
        ("Of those, 27 people were detained for cattle rustling in the north.", "cattle rustling"),
        ("Detectives arrested 14 suspects for armed robbery on Tuesday.", "armed robbery"),
        ("The task force said 61 men were arrested on money laundering charges.", "money laundering charges"),
        # (any verb of arrest before the count, and a hedge between them)
        ("Since March the unit has captured 318 people for extortion and related crimes.", "extortion"),
        ("Officers rounded up more than 214 people for cattle theft in the district.", "cattle theft"),
    ],
)
def test_an_offence_after_the_arrest_names_what_the_count_of_arrests_is(body: str, item: str):
    value = next(int(w) for w in body.split() if w.isdigit())
    (metric, _value, _unit, got, _q, _scope) = part(body, value)
    assert metric == "arrests"
    assert got == item


def test_a_list_under_its_lead_in_names_each_line_s_offence():
    text = doc(
        "Police arrested 2 410 suspects for various crimes during the week.\nIn addition, officers arrested:\n"
        "61 suspects for illegal possession of firearms\n118 suspects for murder\n97 suspects for house robbery\n"
    )
    got = [(m, v, i) for m, v, _u, i, _q, _s in figs(text)]
    assert got == [
        ("arrests", 2410, None),
        ("arrests", 61, "illegal possession of firearms"),
        ("arrests", 118, "murder"),
        ("arrests", 97, "house robbery"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Officers arrested 12 people for questioning in Kumasi.",
        "Police said 40 suspects were arrested in Kumasi on Monday.",
        "Some 31 people were detained for allegedly smuggling fuel.",
    ],
)
def test_an_arrest_without_an_offence_has_no_item(body: str):
    [(metric, _value, _unit, item, _q, _scope)] = figs(doc(body))
    assert (metric, item) == ("arrests", None)


@pytest.mark.parametrize(
    ("body", "value", "item"),
    [
        # people called only what arrest or a court makes them, ranked or hedged at most: a part of the arrests
        # with nothing to tell it by
        ("In Kumasi, officers detained 12 defendants.", 12, None),
        ("In Tamale, detectives arrested the 5 main suspects.", 5, None),
        ("In Accra, police apprehended 39 suspected criminals.", 39, None),
        ("In Ho, officers arrested 4 accused persons.", 4, None),
        # (people of a kind keep it)
        ("In Kumasi, officers detained 12 wanted suspects.", 12, "wanted suspects"),
        ("In Tema, the navy detained 9 crew members.", 9, "crew members"),
    ],
)
def test_a_part_of_arrests_called_only_suspects_has_no_item(body: str, value: int, item: str | None):
    (metric, _value, _unit, got, _q, _scope) = part(body, value)
    assert (metric, got) == ("arrests", item)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Two couriers were arrested with 3.2 million pills near the border.", ("seized", 3200000, "pills")),
        ("Items found at the point of arrest include 52 mobile phones.", ("seized", 52, "mobile phones")),
        ("Police take down 87 servers behind a botnet and arrest six.", ("dismantled", 87, "servers")),
    ],
)
def test_things_near_an_arrest_are_not_arrests(body: str, expected: tuple):
    found = [(m, v, i) for m, v, _u, i, _q, _s in figs(doc(body))]
    assert expected in found
    assert not [f for f in found if f[0] == "arrests" and f[1] == expected[1]]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an aside between the count and its verb
        ("Ten firearms, including two assault rifles, were found in a flat.", ("seized", 10, "firearms")),
        # goods someone was caught or stopped with
        ("A lorry was stopped near Dover with 42 kilos of ketamine.", ("seized", 42, "ketamine")),
        # verbs of police work beyond "seized"
        ("Officers retrieved 99 excavators from the mining sites.", ("seized", 99, "excavators")),
        ("They secured nearly 8 kg of heroin packed for sale.", ("seized", 8, "heroin")),
        ("Customs thwarted attempts to smuggle 130.5 kilograms of cocaine.", ("seized", 130.5, "cocaine")),
    ],
)
def test_seizures_written_without_the_word_seized(body: str, expected: tuple):
    found = [(m, v, i) for m, v, _u, i, _q, _s in figs(doc(body))]
    assert expected in found


def test_a_list_under_a_header_that_says_retrieved_is_seizures():
    text = doc("Police retrieved the following exhibits:\n\n- 99 excavators and 3 bulldozers\n- 11 water pumps\n")
    assert [(m, v, i) for m, v, _u, i, _q, _s in figs(text)] == [
        ("seized", 99, "excavators"),
        ("seized", 3, "bulldozers"),
        ("seized", 11, "water pumps"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The nine men arrested, aged between 19 and 52, appeared in court.",
        "Officers charged a Leeds man, 34, with supplying drugs.",
        'The courier, known as "Raton", 41, was arrested at the airport.',
        "The alleged ringleader, K.T.M., 39, was arrested at home.",
    ],
)
def test_ages_after_a_person_word_initials_or_alias_are_not_figures(body: str):
    assert not [f for f in figs(doc(body)) if f[1] in (19, 52, 34, 41, 39)]


def test_goods_found_before_a_charge_are_a_seizure():
    found = figs(doc("Police charged two men after officers found 300kg of cocaine in a container."))
    assert ("seized", 300, "kg", "cocaine", None, None) in found


@pytest.mark.parametrize(
    "body",
    [
        "He said the Feb. 15 raids had already cut one route.",
        "Cases were registered under Sections 8, 20 and 21 of the Narcotics Act.",
        "They face charges under Republic Act 9165.",
        "A truck carrying Schedule 5 medicines was stopped.",
        "Officers carried out raids in Cluj and 21 counties.",
        "The liquid could have yielded up to 330 kg of the drug.",
        # what the offenders did, earned or moved, and its value
        "The crew stole at least 140 loads worth about $47 million between 2023 and this year.",
        "Investigators believe the network trafficked at least 9 tonnes of cocaine worth EUR 270 million since 2019.",
        "The conspirators are alleged to have sold converters worth more than $22 million.",
        "The man is suspected of recruiting more than 200 students as money mules.",
        "Prosecutors estimate the group took in at least 70 million euros.",
        "The cell had moved at least 230 bitcoin through exchange accounts since 2024.",
    ],
)
def test_references_reach_what_might_have_been_and_the_offenders_deeds_are_not_figures(body: str):
    assert figs(doc(body)) == []


def test_the_texts_own_metric_figure_beats_a_conversion():
    assert figs(doc("Officers found 2,200 pounds (998 kilograms) of elephant tusks.")) == [
        ("seized", 998, "kg", "elephant tusks", None, None)
    ]


def test_a_partitive_sentences_further_parts_are_parts_of_the_same_people():
    body = (
        "Police arrested 74 people. Of the 74 arrested, 42 were in the U.S., while 29 were in Nigeria and three "
        "were in Canada. Police later arrested 4,718 people. Of the total, 2,272 were drug addicts, followed by "
        "drug pushers (655) and wanted individuals (249)."
    )
    got = [(f[0], f[1], f[3]) for f in figs(doc(body))]
    assert got == [
        ("arrests", 74, None),
        ("arrests", 42, None),
        ("arrests", 29, None),
        ("arrests", 3, None),
        ("arrests", 4718, None),
        ("arrests", 2272, "drug addicts"),
        ("arrests", 655, "drug pushers"),
        ("arrests", 249, "wanted individuals"),
    ]


def test_parts_of_the_suspects_a_speaker_describes_after_saying_when_are_arrests():
    body = (
        "Police arrested 1,121 suspects. The force said on Friday that the suspects comprised 768 men and 353 "
        "women, aged 14 to 89."
    )
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 1121), ("arrests", 768), ("arrests", 353)]


def test_out_of_these_opens_a_partitive_sentence_too():
    body = "Police apprehended 29 organizers. Out of these, 18 have been arrested, and 5 are under judicial control."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 29), ("arrests", 18), ("other", 5)]


def test_people_left_under_judicial_control_beside_those_arrested_are_the_other_outcome():
    body = (
        "Nine organizers were apprehended. One was arrested, and 6 are under judicial control. Authorities "
        "arrested 15 of the smugglers and placed 11 under judicial control."
    )
    got = [(f[0], f[1]) for f in figs(doc(body))]
    assert ("other", 6) in got and ("other", 11) in got
    assert ("arrests", 15) in got
    # (no arrest counted near it: a court's order alone is no result here)
    assert figs(doc("The court placed 4 under judicial control.")) == []


def test_a_part_of_those_arrested_who_were_prosecuted_since_is_another_outcome():
    body = "Raids led to the arrest of 6,976 suspected warriors, of whom 1,622 have been prosecuted in army courts."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 6976), ("other", 1622)]
    # (a part arrested on a charge is a part of the arrests)
    assert [(f[0], f[1]) for f in figs(doc("Police arrested 40 suspects, including 12 charged with murder."))] == [
        ("arrests", 40),
        ("arrests", 12),
    ]


@pytest.mark.parametrize(
    "body, parts",
    [
        ("Of the 200 people screened, 45 were arrested, while 155 were released after questioning.", [45]),
        ("Of the 70 workers checked, 14 were arrested, while 56 were allowed to go.", [14]),
        (
            "Police detained 15 men. Among those named in the warrant, 9 were arrested, whereas 6 had fled abroad.",
            [15, 9],
        ),
    ],
)
def test_a_further_part_with_a_verb_of_its_own_is_no_part_of_the_arrests(body: str, parts: list[int]):
    assert [f[1] for f in figs(doc(body)) if f[0] == "arrests"] == parts


def test_people_counted_further_on_after_the_suspects_are_no_parts_of_them():
    body = (
        "Police arrested 9 people. Police said on Tuesday that the suspects were members of a network of 60 people "
        "operating in 5 countries."
    )
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 9)]


def test_people_under_judicial_control_in_another_case_are_not_this_ones():
    body = "Police arrested 5 people on Monday. In a similar case last year, 30 were placed under judicial control."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 5)]


def test_a_reference_list_ends_before_a_count_of_people_or_goods():
    body = (
        "Customs seized the goods under Cap 45 and 12 suspects were arrested. The goods were forfeited under Cap. "
        "45, and 3 men were arrested."
    )
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 12), ("arrests", 3)]


def test_a_span_of_months_in_what_the_people_are_accused_of_is_no_other_period():
    text = (
        "Triad raids\n\nPolice arrested 119 people in Operation Rousewit, which ran from 21 July to 3 August. Among "
        "those arrested were eight members of a syndicate accused of using fake notes to swindle six residents "
        "between March and July. From January to November, police arrested 14,718 people for drug offences.\n"
    )
    got = [(f.operation, f.value) for f in extract(text).figures if f.metric == "arrests"]
    assert got == [("Rousewit", 119), ("Rousewit", 8), (None, 14718)]


def test_a_count_after_a_partitive_of_other_things_is_no_part_of_the_people():
    body = "Police arrested 40 people and seized 30 guns. Of them, 12 were rifles, and 3 kg of heroin was found."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 40), ("seized", 30), ("seized", 3)]


def test_a_subject_with_its_article_that_names_people_counts_them():
    body = "The court named Peter Otieno and three others as the owners."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("identified", 3)]


def test_a_person_named_is_no_one_identified_but_a_count_named_is():
    body = (
        "In another case, a woman named Barkha was held with 27 grams of heroin. Police named Ahmed Khan, 34, and "
        "two others as suspects. Customs named nine suspects."
    )
    assert [(f[0], f[1], f[2]) for f in figs(doc(body))] == [
        ("seized", 0.027, "kg"),
        ("identified", 2, "count"),
        ("identified", 9, "count"),
    ]


def test_the_texts_own_metric_figure_beats_a_conversion_where_the_verb_comes_after_the_goods():
    body = (
        "The army said the 91,000 pounds (41,310 kilograms) of meth found there was a record. Another 28,000 "
        "pounds (12,705 kilograms) of chemicals were found, the army said."
    )
    assert [(f[0], f[1], f[2], f[3]) for f in figs(doc(body))] == [
        ("seized", 41310, "kg", "meth"),
        ("seized", 12705, "kg", "chemicals"),
    ]


def test_places_searched_near_an_arrest_are_not_arrests():
    found = figs(doc("Three men were arrested in a raid on a warehouse and at two flats in Sharjah."))
    assert [(m, v) for m, v, *_ in found] == [("arrests", 3)]


def test_servers_taken_offline_are_dismantled():
    found = figs(doc("Agencies took more than 100 servers offline."))
    assert found == [("dismantled", 100, "count", "servers", "more than", None)]


def test_a_headline_figure_rounded_without_a_hedge_is_the_bodys_precise_one():
    text = "Agency seizes drugs worth Rs 48 crore\nNEW DELHI – Officers seized drugs worth Rs 48.3 crore on Monday."
    values = [f.value for f in extract(text).figures]
    assert values == [483_000_000]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police said 53 stolen vehicles were recovered.", ("seized", 53, "stolen vehicles")),
        ("Police said 17 hijacked and stolen cars were recovered.", ("seized", 17, "hijacked and stolen cars")),
        ("Rangers stopped a minibus and found 11 leopard skins.", ("seized", 11, "leopard skins")),
        ("Two dozen mobile phones fitted with encrypted apps were also found.", ("seized", 24, "mobile phones")),
    ],
)
def test_a_participle_before_the_noun_describes_it_and_goods_found_are_seized(body: str, expected: tuple):
    assert expected in [(m, v, i) for m, v, _u, i, _q, _s in figs(doc(body))]


# ------------------------------------------------ which operation a figure belongs to

_FILLER = (
    "The agency said its officers worked with local councils and customs staff, and urged the public to "
    "report suspicious parcels through its hotline. "
)


def test_figures_before_an_operation_named_only_late_belong_to_no_operation():
    text = (
        "Agency arrests 14 in weekly raids\nABUJA – Officers arrested 14 suspects and seized 318 kg of cannabis "
        "in raids across five states.\n\n" + _FILLER * 4 + "\n\n" + _FILLER * 3 + "\n\n"
        "Separately, the second phase of Operation Dune Wind led to the arrest of 23 persons.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[14] is None and by_value[318] is None
    assert by_value[23] == "Dune Wind"


def test_figures_before_an_operation_named_in_the_lead_belong_to_it():
    text = (
        "Police arrest 14 in weekly raids\nABUJA – Officers arrested 14 suspects and seized 318 kg of cannabis "
        "in raids across five states.\n\nThe operation, code-named Dune Wind, ran for a week.\n\n" + _FILLER * 6
    )
    assert {f.value: f.operation for f in extract(text).figures} == {14: "Dune Wind", 318: "Dune Wind"}


def test_an_aside_paragraph_that_names_no_operation_keeps_its_figures_apart():
    text = (
        "Customs break smuggling ring\nCHISINAU – Under Operation Black Leaf, officers seized 216,400 cigarettes "
        "and detained 11 people.\n\n"
        "On the Ukrainian side of the border, guards found 3,900 packs of cigarettes near the river.\n\n"
        "In the first ten months of the year, the border police seized 1.9 million cigarettes.\n\n"
        "Separately, the second phase of Operation Grey Reed led to 23 arrests.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[216_400] == "Black Leaf" and by_value[11] == "Black Leaf"
    assert by_value[3_900] is None and by_value[1_900_000] is None
    assert by_value[23] == "Grey Reed"


def test_a_results_list_without_bullets_or_a_metric_in_its_header():
    text = doc(
        "The agency gave its results.\n\nAccording to the police, the results were:\n"
        "12.5 tonnes of cocaine hydrochloride\n1,200 litres of liquid ketamine\n41 people captured\n"
        "4 boats and 3 vehicles immobilized\nUSD 300,000 in cash\n"
    )
    assert [(m, v, u, i) for m, v, u, i, _q, _s in figs(text)] == [
        ("seized", 12.5, "tonnes", "cocaine hydrochloride"),
        ("seized", 1200, "litres", "liquid ketamine"),
        ("arrests", 41, "count", None),
        ("seized", 4, "count", "boats"),
        ("seized", 3, "count", "vehicles"),
        ("seized", 300_000, "USD", "cash"),
    ]


def test_a_count_inside_a_bullet_sentence_is_not_a_list_figure():
    text = doc("Results:\n- A factory making fake antibiotics, two drugs used against fever, was closed.\n")
    assert figs(text) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("In the flat they found J$612,000 and US$14,200 in cash.", ("seized", 14_200, "USD")),
        ("Half a million pounds in cash was found in a lock-up.", ("seized", 500_000, "GBP")),
        ("Agents also took USD 48,300 in cash and six satellite phones.", ("seized", 48_300, "USD")),
    ],
)
def test_money_found_or_taken_is_seized(body: str, expected: tuple):
    assert expected in [(m, v, u) for m, v, u, *_ in figs(doc(body))]


def test_money_lost_is_not_seized():
    assert figs(doc("The fraud resulted in losses of USD 5 million for victims.")) == []


def test_label_lines_name_what_they_count_before_their_verb():
    text = doc(
        "The results were:\n\nServers taken down: 104\nDomains seized: 1,312\nArrests: 4\nArrest warrants: 10\n"
        "Crypto assets frozen: €70.4 million\n"
    )
    assert [(m, v, i) for m, v, _u, i, _q, _s in figs(text)] == [
        ("dismantled", 104, "Servers"),
        ("other", 1312, "Domains"),
        ("arrests", 4, None),
        ("other", 10, "warrants"),
        ("seized", 70_400_000, "Crypto assets"),
    ]


def test_wallets_and_domains_taken_are_other():
    found = metric_values("Investigators froze 99 crypto wallets and seized 2,350 domains.")
    assert found == [("other", 99), ("other", 2350)]


def test_a_continent_is_not_a_figures_scope_and_a_headline_repeat_is_dropped():
    text = (
        "Botnet taken down\nTHE HAGUE – Police in Europe and North America have taken down more than 100 servers "
        "and frozen more than 70 million euros.\n\nThe results were:\n\nServers taken down: 104\n"
        "Crypto assets frozen: €70.4 million\n"
    )
    found = [(f.metric, f.value, f.scope) for f in extract(text).figures]
    assert found == [("dismantled", 104, None), ("seized", 70_400_000, None)]


def test_a_value_in_the_next_sentence_values_the_goods_named_before():
    found = figs(doc("Police seized 700 kg of methamphetamine on the boat. It was valued at about USD 35 million."))
    assert ("seized", 35_000_000, "USD", "methamphetamine value", "about", None) in found


@pytest.mark.parametrize(
    "body", ["Saudi partners arrest six more in follow-up raids.", "Police arrested 3 more abroad."]
)
def test_more_of_them_is_not_an_item(body: str):
    [(metric, _v, _u, item, _q, _s)] = figs(doc(body))
    assert (metric, item) == ("arrests", None)


# ------------------------------------------------- numbers that are no result


@pytest.mark.parametrize(
    "body",
    [
        "Officers stopped the van at about 4:40 p.m. and arrested two men with 12 kg of cocaine.",
        "Officers stopped the van at 23:15 and arrested two men with 12 kg of cocaine.",
        "Officers stopped the van shortly after 6 pm and arrested two men with 12 kg of cocaine.",
    ],
)
def test_a_time_of_day_is_not_a_figure(body: str):
    assert values(doc(body)) == {2, 12}


@pytest.mark.parametrize(
    "body",
    [
        "The illegal timber trade in the region is worth more than USD 1 billion a year. Rangers seized 40 logs.",
        "Dealers paid about EUR 30,000 per kilo. Officers seized 40 kg of cocaine.",
        "The new scanner can examine up to 25 containers an hour. Officers seized 40 kg of cocaine.",
    ],
)
def test_a_rate_a_price_or_a_capacity_is_not_a_result(body: str):
    assert values(doc(body)) == {40}


@pytest.mark.parametrize(
    "body",
    [
        "Officers seized 40 kg of cocaine a day after the raid.",
        "Police arrested 40 people in a week-long operation.",
        "Police rescued 40 children in a week of raids.",
    ],
)
def test_a_time_after_a_figure_is_no_rate(body: str):
    assert values(doc(body)) == {40}


@pytest.mark.parametrize(
    "body",
    [
        "Importers of undeclared goods may be fined up to EUR 250,000. Customs seized 300 kg of cocaine.",
        "A judge set bail of USD 50,000 for the 300 kg of cocaine case; customs seized 300 kg of cocaine.",
        "Customs seized 300 kg of cocaine, and a fine of GBP 40,000 was imposed on the shipping agent.",
    ],
)
def test_a_fine_bail_or_reward_is_not_seized(body: str):
    assert values(doc(body)) == {300}


def test_a_denied_verb_is_no_result():
    text = doc("The crew had dumped 2 tonnes of cocaine at sea, which was not recovered. Police arrested 4 men.")
    assert ("arrests", 4) in {(f.metric, f.value) for f in extract(text).figures}
    assert 2 not in values(text)


def test_a_list_of_sections_with_subsections_is_a_reference():
    text = doc("The crew was arrested under sections 8(c), 22 and 29 of the Act. Police seized 300 kg of heroin.")
    assert values(text) == {300}


def test_an_age_after_a_quoted_alias_is_not_a_figure():
    text = doc('Police arrested a trader, alias "Bongo," 52, in Cebu City and seized 50 grams of shabu.')
    assert values(text) == {0.05}


def test_events_broken_down_by_place_count_those_events():
    text = doc("Seizures were reported by, among others, Viet Nam (41), Malaysia (28) and Fiji (6).")
    assert figs(text) == [
        ("other", 41, "count", "seizures", None, "Viet Nam"),
        ("other", 28, "count", "seizures", None, "Malaysia"),
        ("other", 6, "count", "seizures", None, "Fiji"),
    ]


def test_drugs_weighed_without_a_verb_are_seized_and_a_finer_hedged_figure_replaces_the_rounded_lead():
    text = doc(
        "Two men were held and close to 12 kilograms of heroin was seized. A holdall in the boot held parcels "
        "of heroin weighing approximately 11.6 kilograms, police said."
    )
    assert [f for f in figs(text) if f[0] == "seized"] == [("seized", 11.6, "kg", "heroin", "approximately", None)]


def test_two_hedged_figures_of_the_same_fineness_both_stay():
    text = doc("Officers seized about 40 kg of cocaine in May and nearly 38 kg of heroin in June.")
    assert {f[1] for f in figs(text)} == {40, 38}


def test_a_sentence_about_another_period_or_drive_keeps_its_figures_apart():
    text = (
        "Navy seizes cocaine\nBOGOTA – Under Operation Cold Tide, the navy seized 4 tonnes of cocaine and "
        "arrested 12 people. The navy says it has seized 131 tonnes of cocaine so far this year. A similar drive "
        "in 2023 had led to 61 arrests. The week's haul was below the previous week's, when 54 kilos were seized, "
        "and Operation Cold Tide also found 7 firearms.\n"
    )
    found = {f.value: (f.operation, f.item) for f in extract(text).figures}
    assert found[4][0] == "Cold Tide" and found[12][0] == "Cold Tide" and found[7][0] == "Cold Tide"
    assert found[131] == (None, "cocaine") and found[61][0] is None


def test_an_operation_named_once_in_passing_does_not_take_the_paragraphs_after_it():
    text = (
        "GREY OWL-4 ends with 900 arrests\nSINGAPORE – Police in 12 countries arrested 900 suspects during "
        "Operation GREY OWL-4, a three-month crackdown on online fraud.\n\n"
        "The operation ended with Joint Action Days Red Fern, two days of raids in Cambodia.\n\n"
        "Results reported by the countries include:\n- 900 arrests\n- 41 servers taken down\n\n"
        "In Thailand, officers arrested 37 people in Chiang Mai.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[41] == "GREY OWL-4" and by_value[37] == "GREY OWL-4" and by_value[900] == "GREY OWL-4"


def test_a_second_operation_named_again_keeps_its_paragraphs():
    text = (
        "Two operations\nLYON – Operation Amber Gate led to 50 arrests in Spain.\n\n"
        "Separately, Operation Birch Line targeted firearms. Operation Birch Line officers seized 30 rifles.\n\n"
        "Officers also seized 12 pistols.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[50] == "Amber Gate" and by_value[30] == "Birch Line" and by_value[12] == "Birch Line"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police also froze 14 bank accounts holding EUR 612,000.", {("other", 14), ("seized", 612_000)}),
        ("The courts blocked BRL 3.4 million held in 41 bank accounts.", {("seized", 3_400_000), ("other", 41)}),
        ("The service says it removed 2,400 firearms from illegal circulation.", {("seized", 2_400)}),
        ("Two foreign longliners were apprehended and 137 vessels were boarded.", {("seized", 2), ("other", 137)}),
        ("Boarding teams detected 19 potential infringements.", {("other", 19)}),
        ("Two men, identified by their initials as A.K. and M.S., were arrested.", {("arrests", 2)}),
    ],
)
def test_money_in_frozen_accounts_goods_removed_vessels_and_offences_found(body: str, expected: set):
    assert {(f.metric, f.value) for f in extract(doc(body)).figures} == expected


def test_a_long_list_after_one_verb_keeps_its_metric_to_the_end():
    text = doc(
        "In total, officers seized 116 bales of hashish, three speedboats with six outboard engines, nine "
        "vehicles, 4,800 litres of petrol stored in drums, two pistols and 325,400 euros in cash."
    )
    assert {f.value for f in extract(text).figures if f.metric == "seized"} >= {9, 4_800, 2, 325_400}


@pytest.mark.parametrize(
    "body",
    [
        "Agents seized 940 laptops, 61 routers and more than 2,700 SIM cards, and shut down 12 servers abroad.",
        "Rangers confiscated 18 tusks, 7 leopard skins and 5 vehicles, and dismantled 3 camps in the reserve.",
    ],
)
def test_the_last_goods_of_a_list_keep_its_verb_when_a_new_clause_follows_with_its_own(body: str):
    found = {(f.metric, f.value) for f in extract(doc(body)).figures}
    assert ("dismantled", 12) in found or ("dismantled", 3) in found  # the next clause's own count
    assert {2_700, 5} & {v for m, v in found if m == "seized"}  # the list's last item, not the next verb's
    assert not {2_700, 5} & {v for m, v in found if m != "seized"}


@pytest.mark.parametrize("joiner", ["as well as", "along with", "together with"])
def test_a_list_of_goods_goes_on_after_as_well_as(joiner: str):
    text = doc(
        "Detectives seized 36 assault rifles of several calibres, 4,100 rounds of ammunition, 12 bulletproof vests, "
        f"two armoured pick-up trucks and USD 88,000 in cash, {joiner} three drones."
    )
    assert ("seized", 3) in {(f.metric, f.value) for f in extract(text).figures}


def test_a_list_closed_by_a_perfect_passive_is_the_passives_and_a_verb_of_saying_ends_a_list():
    text = doc("The commander said 640 cattle, 215 goats and 98 sheep had been recovered from the raiders.")
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 640), ("seized", 215), ("seized", 98)}
    text = doc(
        "Nearly 500 people were arrested. The agency later put the exact number at 487, and said another 900 "
        "suspects had been identified."
    )
    found = {(f.metric, f.value) for f in extract(text).figures}
    assert ("arrests", 487) in found and ("identified", 900) in found and ("identified", 487) not in found


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The inspector said 17 police officers had also been arrested for taking bribes.", {("arrests", 17)}),
        ("Investigators arrested six customs officials at the port.", {("arrests", 6)}),
        ("Some 300 officers took part in the raids, in which 12 suspects were arrested.", {("arrests", 12)}),
        ("More than 400 police officers were deployed across the city.", set()),
        ("Officers said 30 suspects were detained over 2 days in the north.", {("arrests", 30)}),
    ],
)
def test_the_forces_own_people_arrested_are_arrests_and_those_deployed_no_figure(body: str, expected: set):
    assert {(f.metric, f.value) for f in extract(doc(body)).figures} == expected


def test_a_list_closed_by_a_passive_goes_past_goods_described_by_an_ed_word():
    text = doc("He said Rs 3.2 lakh in cash, 11 mobile phones and 19 forged passports were seized from the accused.")
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("seized", 320_000), ("seized", 11), ("seized", 19)}


@pytest.mark.parametrize(
    "body",
    [
        "The port command generated N214.6bn in revenue in the first ten months of the year.",
        "Smuggling cost the state Sh80 billion a year in lost revenue, he said.",
        "The ring denied the Treasury revenue of more than KES 3 billion.",
    ],
)
def test_revenue_collected_or_lost_is_no_figure(body: str):
    assert extract(doc(body)).figures == []


def test_a_peoples_adjective_alone_counts_people_and_a_sentence_with_a_colon_is_no_label():
    text = doc("Police held 38 suspects. The suspects comprised 21 Vietnamese, ten Laotian and seven Thai nationals.")
    got = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert {("arrests", 21, "Vietnamese"), ("arrests", 10, "Laotian"), ("arrests", 7, "Thai nationals")} <= got
    text = doc("Police arrested 12 suspects: 9 Nigerians and 3 Ghanaians.")
    assert ("arrests", 9, "Nigerians") in {(f.metric, f.value, f.item) for f in extract(text).figures}


def test_a_rounded_headline_after_a_letterhead_is_the_bodys_precise_figure():
    text = (
        "COASTAL REVENUE AUTHORITY (CRA)\nPRESS RELEASE\n\nCRA SEIZES 2.4 TONNES OF KHAT AT THE BORDER\n\n"
        "VELL, 3 March 2026 - Officers of the authority seized a total of 2,412.6 kilograms of khat in the "
        "border operation, the authority said.\n"
    )
    assert [(f.metric, f.value, f.unit) for f in extract(text).figures] == [("seized", 2412.6, "kg")]


def test_a_list_does_not_carry_its_metric_past_a_new_clause():
    text = doc(
        "Officers seized 40 kg of heroin in a warehouse on the edge of the industrial estate, and the court was "
        "later told by prosecutors that the gang had run 12 boats from the harbour."
    )
    assert ("seized", 12) not in {(f.metric, f.value) for f in extract(text).figures}


def test_places_and_people_searched_are_searches():
    text = doc("Officers searched 22 homes, and 318 drivers were stopped and searched at roadblocks.")
    assert {(f.metric, f.value) for f in extract(text).figures} == {("other", 22), ("other", 318)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The raid led to the recovery of 603 litres of diesel stolen from contractors.", {("seized", 603)}),
        ("Police recovered 40 cars stolen from dealers in Spain.", {("seized", 40)}),
        ("Investigators said USD 4 million was stolen from the victims.", set()),
    ],
)
def test_goods_taken_back_that_had_been_stolen_are_seized_and_a_theft_alone_is_no_result(body: str, expected: set):
    assert {(f.metric, f.value) for f in extract(doc(body)).figures} == expected


@pytest.mark.parametrize(
    "body",
    ["Police arrested 3 men who had stolen 40 cars from dealers.", "Police arrested 3 men who defrauded 40 victims."],
)
def test_a_relative_clause_says_what_the_people_did_not_what_happened_to_them(body: str):
    assert ("arrests", 3) in {(f.metric, f.value) for f in extract(doc(body)).figures}


def test_people_a_force_is_holding_are_arrests_and_goods_held_in_a_bag_are_seized():
    text = doc("Police are holding 27 people after the raids. Officers found a bag holding 2 kg of cocaine.")
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 27), ("seized", 2)}


def test_a_hedge_at_the_start_of_a_bullet_keeps_it_in_the_results_list():
    text = doc(
        "In the cache, officers found:\n\n• more than 60 kg of TNT;\n• a sniper rifle;\n"
        "• more than 13,000 rounds of ammunition.\n"
    )
    assert [(f[0], f[1], f[4]) for f in figs(text)] == [("seized", 60, "more than"), ("seized", 13_000, "more than")]


def test_a_sentence_that_opens_on_another_year_or_a_span_of_months_is_not_the_operations():
    text = (
        "Pills seized\nDUBAI – Operation Glass Reed 2025 ended with the seizure of 4 million Captagon pills.\n\n"
        "In 2023, the force seized 86 million pills in a single case.\n\n"
        "From January to May this year, the police arrested 5,214 people nationwide.\n\n"
        "He added that between January and November the force seized a total of 9,310 kg of drugs.\n\n"
        "In 2025, officers also found 12 firearms.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[4_000_000] == "Glass Reed 2025" and by_value[12] == "Glass Reed 2025"
    assert by_value[86_000_000] is None and by_value[5_214] is None and by_value[9_310] is None


@pytest.mark.parametrize(
    "span", ["From Jan 1 to Nov 30 this year", "From 1 January to 30 November", "Between Jan. 1 and Nov. 30"]
)
def test_a_years_totals_from_its_first_day_are_not_the_operations(span: str):
    text = (
        "Syndicate crippled\nJOHOR BAHRU – Police crippled a syndicate in Operation Kristal Selatan, seizing "
        f"40 kg of syabu.\n\n{span}, the state police arrested 11,482 people for drug offences.\n\n"
        "From April 7 to November 6, officers of the operation also seized 18 firearms.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[40] == "Kristal Selatan" and by_value[18] == "Kristal Selatan"
    assert by_value[11_482] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("A coast guard ship intercepted the unflagged, 15-tonne dhow about 180 nautical miles out.", set()),
        ("Officers seized 4,800 litres of petrol stored in 25-litre drums.", {4_800}),
        ("Police seized a 20-kilogram plastic bag of cocaine.", {20}),
        ("Police seized a 500-kilo shipment at the port.", {500}),
        ("The force aims to dismantle at least 40 criminal structures by 2027.", set()),
    ],
)
def test_a_size_and_an_aim_are_no_results(body: str, expected: set):
    assert values(doc(body)) == expected


def test_a_list_of_sums_in_cash_and_the_goods_a_value_counts():
    text = doc(
        "They found J$612,000, US$14,200 and £820 in cash. A patrol seized 75,000 pieces of yaba worth Tk 2.25 crore."
    )
    items = {(f.unit, f.item) for f in extract(text).figures if f.unit != "count"}
    assert items == {("JMD", "cash"), ("USD", "cash"), ("GBP", "cash"), ("BDT", "yaba value")}


def test_a_figure_in_apposition_takes_the_passive_verb_after_it():
    text = doc("The largest single load, 1500kg of cocaine hydrochloride, was found on a semisubmersible.")
    assert figs(text) == [("seized", 1500, "kg", "cocaine hydrochloride", None, None)]


def test_a_count_of_operations_is_no_result():
    text = doc("Federal police launched two operations against cocaine trafficking and arrested 14 people.")
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 14)}


def test_a_verb_past_an_aside_of_them_governs_the_count():
    text = doc("Nineteen children were rescued and six suspected traffickers, four of them women, were arrested.")
    assert {(f.metric, f.value) for f in extract(text).figures} >= {("rescued", 19), ("arrests", 6)}


def test_figures_set_apart_from_a_named_operation_are_not_its():
    text = (
        "Cargo thefts\nTAMPA – Operation Box Cutter led to 14 arrests.\n\nThe highway patrol said its cargo unit "
        "made 112 arrests statewide in 2025, separate from Operation Box Cutter.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[14] == "Box Cutter" and by_value[112] is None


def test_a_roundups_sections_keep_their_figures_apart_from_an_operation_named_before():
    text = (
        "CRIME WATCH: the week's crackdowns\n\nNAIROBI: Fake goods seized\n\n"
        "Under Operation Linda Soko II, officers seized goods worth Sh84.6 million.\n\n"
        "MIGORI: Two arrested with bhang\n\nPolice arrested two men with 46 kilogrammes of bhang.\n\n"
        "KISUMU: Nets burnt under Okoa Ziwa-2\n\nIn Operation Okoa Ziwa-2, officers seized 1,650 nets.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[84_600_000] == "Linda Soko II" and by_value[1_650] == "Okoa Ziwa-2"
    assert by_value[46] is None and by_value[2] is None


def test_a_heading_in_capitals_that_names_the_second_operation_gives_it_the_figures_below():
    text = (
        "Customs opens Operations Lantern Bay and Quiet Keel against tobacco smuggling\n\n"
        "Six arrested in Riga as warehouses searched\n\n"
        "RIGA, 3 March 2026 - The State Revenue Service opened two operations on Tuesday.\n\n"
        "OPERATION LANTERN BAY\n\nOfficers searched 14 warehouses in Riga and arrested 6 people. The "
        "investigation began in 2025.\n\n"
        "OPERATION QUIET KEEL\n\nIn Liepaja, officers searched a ship at the port. Four crew members were "
        "arrested and 9.5 million cigarettes were seized.\n"
    )
    by_value = operation_by_value(text)
    # (the subheadline's six too: the second operation had only been listed by then)
    assert {f.operation for f in extract(text).figures if f.value == 6} == {"Lantern Bay"}
    assert by_value[4] == "Quiet Keel" and by_value[9_500_000] == "Quiet Keel"


def test_a_roundups_place_headers_make_sections_whose_figures_go_to_the_operation_they_name():
    text = (
        "AROUND THE ISLANDS: this week's raids\n\nGRENADA\n\n"
        "Officers arrested five men and seized 40 kilogrammes of cocaine in St George's under Operation Reef Gate.\n\n"
        "DOMINICA\n\n"
        "Nine firearms were seized and three men arrested in Roseau, police said. The sweep, code-named Calm Tide 2, "
        "ran for two days.\n\n"
        "ANTIGUA AND BARBUDA\n\n"
        "Customs officers found 18 kilogrammes of cannabis in a container at St John's.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[5] == "Reef Gate" and by_value[40] == "Reef Gate"
    assert by_value[9] == "Calm Tide 2" and by_value[3] == "Calm Tide 2"
    assert by_value[18] is None


def test_people_convicted_are_an_other_outcome():
    text = doc("Since it started, officers have made 61 arrests, and 19 people have been convicted.")
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 61), ("other", 19)}


def test_a_plain_text_table_gives_each_number_its_columns_metric_and_its_rows_item_or_place():
    text = doc(
        "Since January, the unit has rescued 300 children. It gave the following breakdown:\n\n"
        "Region              Children rescued   Suspects arrested\n"
        "Central Luzon              71                 28\n"
        "Eastern Visayas            54                 22\n\n"
        "Customs published these results for the year:\n\n"
        "Goods              Seizures   Quantity\n"
        "Cocaine                   9   1,312 kg\n"
        "Cannabis resin            4     408 kg\n"
    )
    found = {(f.metric, f.value, f.unit, f.item, f.scope) for f in extract(text).figures}
    assert {
        ("rescued", 71, "count", "Children", "Central Luzon"),
        ("arrests", 28, "count", None, "Central Luzon"),
        ("rescued", 54, "count", "Children", "Eastern Visayas"),
        ("other", 9, "count", "Cocaine seizures", None),
        ("seized", 1312, "kg", "Cocaine", None),
        ("seized", 408, "kg", "Cannabis resin", None),
    } <= found
    # the breakdown belongs to the period its introduction speaks of, not to an operation
    assert all(f.operation is None for f in extract(text).figures)


def test_a_table_set_apart_by_bars_reads_like_an_aligned_one():
    text = doc(
        "Results by country were published on Friday.\n\n"
        "Country | Arrests | Firearms seized | Seizures\n"
        "Kenya | 132 | 14 | 48\n"
        "Uganda | 64 | 6 | 22\n\n"
        "| Goods | Quantity |\n"
        "|---|:---:|\n"
        "| Heroin | 212 kg |\n"
        "| Cigarettes | 3.1 million |\n"
    )
    found = {(f.metric, f.value, f.unit, f.item, f.scope) for f in extract(text).figures}
    assert {
        ("arrests", 132, "count", None, "Kenya"),
        ("seized", 14, "count", "Firearms", "Kenya"),
        ("other", 48, "count", "seizures", "Kenya"),
        ("arrests", 64, "count", None, "Uganda"),
        ("seized", 212, "kg", "Heroin", None),
        ("seized", 3_100_000, "count", "Cigarettes", None),
    } <= found


def test_a_tables_cell_may_give_the_size_of_each_package():
    # "6,412 bags of 50kg": a count of the packages; the row's goods are what it counts, its value another column
    text = doc(
        "A breakdown of the major seizures is as follows:\n\n"
        "Item | Quantity | DPV\n"
        "Foreign parboiled rice | 6,412 bags of 50kg | N742.6m\n"
        "Premium Motor Spirit (PMS) | 187,500 litres | N198.4m\n"
    )
    found = {(f.metric, f.value, f.unit, f.item) for f in extract(text).figures}
    assert {
        ("seized", 6412, "count", "Foreign parboiled rice"),
        ("seized", 742_600_000, "NGN", "Foreign parboiled rice"),
        ("seized", 187_500, "litres", "Premium Motor Spirit (PMS)"),
    } <= found


def test_a_line_with_bars_between_labels_and_numbers_is_no_table():
    text = doc("Officers deployed: about 4,800 | Border posts covered: 62\nContact: Harare office | Tel. 700 410\n")
    assert not [f for f in extract(text).figures if f.metric == "seized"]


def test_goods_listed_under_a_heading_in_capitals_are_seized():
    text = doc(
        "The operation ended on Sunday.\n\nOVERALL RESULTS\nArrests: 311\n"
        "Rounds of ammunition: 5,930\nCannabis: 3.8 tonnes\nOfficers deployed: 4,800\n"
    )
    found = {(f.metric, f.value, f.unit, f.item) for f in extract(text).figures}
    assert {
        ("arrests", 311, "count", None),
        ("seized", 5_930, "count", "Rounds of ammunition"),
        ("seized", 3.8, "tonnes", "Cannabis"),
    } <= found
    assert 4_800 not in {f.value for f in extract(text).figures}  # officers are no goods


def test_parts_of_a_line_set_apart_by_bars_each_keep_their_label():
    text = doc("Last year's edition (2025): Arrests 873 | Vehicles recovered 241 | Firearms seized 119\n")
    found = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert found == {("arrests", 873, None), ("seized", 241, "Vehicles"), ("seized", 119, "Firearms")}


def test_an_amount_restated_in_brackets_leaves_the_goods_after_it():
    text = doc(
        "The cutter's crew offloaded approximately 16,960 kilograms (37,400 pounds) of cocaine and "
        "950 kilograms (2,100 pounds) of marijuana Tuesday at the port."
    )
    assert figs(text) == [
        ("seized", 16_960, "kg", "cocaine", "approximately", None),
        ("seized", 950, "kg", "marijuana", None, None),
    ]


def test_the_victims_broken_down_after_a_rescue_are_its_parts():
    text = doc(
        "Police rescued 43 foreign nationals held in a house. "
        "The victims, 29 Nigerians, nine Burkinabes and five Togolese, were aged between 17 and 34."
    )
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("rescued", 43, "foreign nationals"),
        ("rescued", 29, "Nigerians"),
        ("rescued", 9, "Burkinabes"),
        ("rescued", 5, "Togolese"),
    ]
    # victims of a fraud, with no rescue in the story, are no one rescued
    fraud = doc("The scheme took savings from pensioners. The victims, 212 retirees, lost their money.")
    assert not [f for f in extract(fraud).figures if f.metric == "rescued"]


def test_a_cue_word_ending_a_compound_adjective_is_no_cue():
    text = doc("Tests confirmed the pumps held 647.3kg of methamphetamine in vacuum-sealed bags.")
    assert not [f for f in extract(text).figures if f.metric == "other"]
    again = doc("Two fugitives were re-arrested on Monday.")
    assert [(f.metric, f.value) for f in extract(again).figures] == [("arrests", 2)]


def test_warrants_named_past_an_and_are_warrants():
    text = doc("Officers served 6 temporary arrest warrants and 57 search and seizure warrants in four states.")
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("other", 6, "temporary arrest warrants"),
        ("other", 57, "search and seizure warrants"),
    ]
    served = doc("Police arrested 57 people and served warrants at 12 addresses.")
    assert ("arrests", 57) in {(f.metric, f.value) for f in extract(served).figures}


def test_goods_stopped_are_seized_vehicles_stopped_are_not():
    assert figs(doc("Officers also stopped 61 tonnes of pork from countries hit by swine fever.")) == [
        ("seized", 61, "tonnes", "pork", None, None)
    ]
    assert figs(doc("Some 410,000 fentanyl pills were stopped at the border.")) == [
        ("seized", 410_000, "count", "fentanyl pills", "some", None)
    ]
    assert figs(doc("Police stopped 14 vehicles at checkpoints on the highway.")) == []


def test_the_suspects_broken_down_after_a_said_clause_are_arrests():
    text = doc("Ten people were arrested. Investigators said the suspects included 6 locals and four foreigners.")
    assert ("arrests", 6, "count", "locals", None, None) in figs(text)
    assert ("arrests", 4, "count", "foreigners", None, None) in figs(text)


def test_the_packaging_goods_were_hidden_in_is_no_figure():
    assert figs(doc("A car was found with three sacks holding 120 kilogrammes of ice.")) == [
        ("seized", 120, "kg", "ice", None, None)
    ]
    assert figs(doc("Officers recovered 185 kg of cocaine concealed in 16 bags of gypsum powder.")) == [
        ("seized", 185, "kg", "cocaine", None, None)
    ]
    # packages that are the seizure stay, and so do shipping containers intercepted
    assert figs(doc("Police seized 40 bags of cannabis.")) == [("seized", 40, "count", "bags of cannabis", None, None)]
    found = figs(doc("Customs intercepted four containers holding 112 tonnes of sugar."))
    assert ("seized", 4, "count", "containers", None, None) in found


def test_detention_ordered_is_an_arrest_pre_trial_detention_is_not():
    assert figs(doc("By the evening, prosecutors had ordered the 24-hour detention of 97 suspects.")) == [
        ("arrests", 97, "count", None, None, None)
    ]
    remand = doc("Of the 30 arrested, the court ordered the pre-trial detention of 12 suspects.")
    assert [(f.metric, f.value) for f in extract(remand).figures] == [("arrests", 30)]


def test_who_a_part_of_the_arrested_are_is_its_item_and_a_total_of_offenders_has_none():
    # (annotators leave an operation's total of "drug traffickers" without an item three times in four; a kind of
    # people by trade keeps it)
    assert figs(doc("The bureau arrested 19 drug traffickers in three states.")) == [
        ("arrests", 19, "count", None, None, None)
    ]
    assert figs(doc("The bureau arrested 19 truck drivers in three states.")) == [
        ("arrests", 19, "count", "truck drivers", None, None)
    ]
    text = doc("Police arrested 23 persons, of whom 5 were women. Of the 23 arrested, 11 are Indian nationals.")
    found = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert {("arrests", 23, None), ("arrests", 5, "women"), ("arrests", 11, "Indian nationals")} <= found
    red = doc("Forty people were detained. Twelve of those arrested were the subjects of INTERPOL Red Notices.")
    found = {(f.metric, f.value, f.item) for f in extract(red).figures}
    assert ("arrests", 12, "subjects of INTERPOL Red Notices") in found
    # what became of them is no part of them
    bail = doc("Police arrested 14 people; 9 were released on bail.")
    assert [(f.metric, f.value) for f in extract(bail).figures] == [("arrests", 14)]


def test_a_mass_without_its_goods_is_of_the_goods_seized_just_before():
    text = doc(
        "Police seized 1.7 tonnes of cocaine. In Cali, agents found 135 kilos hidden in a lorry. "
        "Customs intercepted 31 kilograms of the drug at the port."
    )
    assert [(f.value, f.unit, f.item) for f in extract(text).figures] == [
        (1.7, "tonnes", "cocaine"),
        (135, "kg", "cocaine"),
        (31, "kg", "cocaine"),
    ]


def test_the_value_of_goods_stated_before_the_sum_names_them():
    text = doc("Police seized 22 million pills. The street value of the pills seized was put at about 1.1bn baht.")
    assert ("seized", 1_100_000_000, "THB", "pills value", "about", None) in figs(text)


def test_money_in_accounts_frozen_crypto_and_a_consignments_value_are_named():
    found = figs(doc("Officers searched 21 homes and froze cryptocurrency worth EUR 3.5 million."))
    assert ("seized", 3_500_000, "EUR", "cryptocurrency", None, None) in found
    found = figs(doc("Police also froze 14 bank accounts holding RM612,000."))
    assert ("seized", 612_000, "MYR", "funds in bank accounts", None, None) in found
    text = doc(
        "They seized 712.6 kg of methamphetamine, two satellite phones and a GPS set. "
        "The consignment is estimated to be worth about Rs 3,500 crore."
    )
    assert ("seized", 35_000_000_000, "INR", "methamphetamine value", "about", None) in figs(text)


def test_items_end_where_another_sum_or_what_the_goods_did_begins():
    found = figs(doc("Police seized 12 kilograms of ganja and Tk 3.75 lakh in cash."))
    assert ("seized", 12, "kg", "ganja", None, None) in found
    # (a sum whose sign is not a dollar's: the cedi's "GH¢", the peso's "₱")
    for cash in ("GH¢ 20,000", "₱2 million", "৳50,000"):
        found = figs(doc(f"Police seized 5 kg of heroin and {cash} in cash."))
        assert ("seized", 5, "kg", "heroin", None, None) in found, cash
    # (and a list's next item after a semicolon may open on such a sign)
    found = figs(doc("Police seized 5.1 kg heroin; GH¢ 20,000 in cash; 33.9 kg ganja and 2 pistols."))
    assert [(f[1], f[2]) for f in found] == [(5.1, "kg"), (20000, "GHS"), (33.9, "kg"), (2, "count")]
    found = figs(doc("Officers confiscated 37 chainsaws and two tugboats pulling rafts of logs downstream."))
    assert ("seized", 2, "count", "tugboats", None, None) in found
    found = figs(doc("Police rescued 14 kidnap victims and arrested nine crew members of a smuggling vessel."))
    assert ("rescued", 14, "count", "kidnap victims", None, None) in found
    # (who they are, without the long "of" phrase that would be cut on an adjective)
    assert ("arrests", 9, "count", "crew members", None, None) in found


def test_a_list_header_names_the_result_not_the_events_it_came_from():
    text = doc(
        "The following were seized during the searches:\n– 84,350 euros in cash;\n– 6 vehicles;\n– 11 kg of cannabis."
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 84_350), ("seized", 6), ("seized", 11)}


def test_a_month_that_ends_a_phrase_does_not_make_the_next_number_a_date():
    assert figs(doc("The case was opened in March. Seventeen individuals were apprehended.")) == [
        ("arrests", 17, "count", None, None, None)
    ]
    assert figs(doc("In March, 14 people were arrested.")) == [("arrests", 14, "count", None, None, None)]
    assert 14 not in values(doc("Police said on Mar. 14 that the raids had ended."))


def test_people_involved_in_a_crime_are_still_counted_by_the_verb_after():
    text = doc("From 3 to 24 November, 41 persons involved in the illegal trafficking of drugs were detained.")
    assert figs(text) == [("arrests", 41, "count", None, None, None)]
    assert 4_000 not in values(doc("The operation involved 4,000 officers."))


def test_goods_taken_broken_down_by_what_each_amount_is():
    text = doc("Of the narcotics withdrawn, 71 kg is heroin, 38.7 kg is methamphetamine and 16.5 kg is opium.")
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("seized", 71, "heroin"),
        ("seized", 38.7, "methamphetamine"),
        ("seized", 16.5, "opium"),
    ]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The black-market value of the drugs is estimated at 9.4 million manats.", "AZN"),
        ("Officers seized 4.6 million yen in cash.", "JPY"),
        ("Police seized 12 million tenge in cash.", "KZT"),
    ],
)
def test_more_currencies_written_as_words(sentence, unit):
    assert [f.unit for f in extract(doc(sentence)).figures] == [unit]


def test_a_social_media_post_lists_results_after_emoji():
    text = doc("3/6 Seized at the site \U0001f447\n\U0001f4f1 212 mobile phones\n\U0001f4bb 48 laptops\n")
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("seized", 212, "mobile phones"),
        ("seized", 48, "laptops"),
    ]


def test_of_the_total_a_part_takes_the_totals_metric():
    text = doc("In the raid, 57 members of a fraud ring were detained. Of the 57, 49 are Korean nationals.")
    assert ("arrests", 49, "count", "Korean nationals", None, None) in figs(text)


def test_a_participle_describing_an_item_does_not_break_the_list_before_its_verb():
    text = doc(
        "During the searches, 21,300 manats in cash obtained from the sale of drugs, 5 cars, 11 electronic scales "
        "and 96 bank cards used for receiving payments were also found and seized."
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {
        ("seized", 21_300),
        ("seized", 5),
        ("seized", 11),
        ("seized", 96),
    }


def test_parts_of_a_group_counted_in_an_earlier_sentence():
    text = doc("Police detained 41 people. Among the detainees are six citizens of Iran and two women.")
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 41), ("arrests", 6), ("arrests", 2)}
    text = doc("Police freed 145 farmworkers. Prosecutors said the workers, among them 31 women, had been recruited.")
    assert ("rescued", 31, "count", "women", None, None) in figs(text)


def test_a_figure_corrected_later_in_the_text_is_not_a_result():
    text = doc("Police say 15 people are now in custody, not the 12 reported earlier: three more were arrested.")
    assert 12 not in values(text) and 15 in values(text)
    assert 40 not in values(doc("Police arrested 15 people rather than the 40 first announced."))


def test_aligned_prose_is_no_table():
    text = doc("The raid was large.  Officers said  it went well.\nAbout  12 people  were there.\nNo more  than 3.\n")
    assert all(f.value not in (12, 3) or f.metric != "seized" for f in extract(text).figures)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police in 14 Latin American and Caribbean countries freed 1,183 people.", {("rescued", 1_183)}),
        ("The court will rule on requests to place nine of them under arrest for 30 days.", set()),
        ("Prosecutors will ask the court to remand 11 of the suspects for 30 days.", set()),
        ("Police detained 17 people for 24 hours.", {("arrests", 17)}),
    ],
)
def test_countries_named_by_adjectives_and_requests_to_hold_people_are_no_results(body: str, expected: set):
    assert {(f.metric, f.value) for f in extract(doc(body)).figures} == expected


def test_places_raided_or_visited_are_counted_as_other_and_people_found_there_are_not():
    text = doc(
        "Officers raided 17 warehouses and shops in Eastleigh, and visited 31 addresses. "
        "Police raided a compound where more than 300 workers had been held."
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("other", 17), ("other", 31)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The clan charged each migrant about 1,500 dollars for a place on a truck.", set()),
        ("The couriers were promised EUR 5,000 each.", set()),
        ("Officers seized 11,740,000 cigarettes of various brands (587,000 packs).", {("seized", 11_740_000)}),
        ("Police arrested 11 people (5 in Spain) in Chile (3) and Peru (3).", {("arrests", 11), ("arrests", 5)}),
    ],
)
def test_a_price_each_and_a_restatement_in_brackets_are_no_new_figures(body: str, expected: set):
    assert expected <= {(f.metric, f.value) for f in extract(doc(body)).figures}
    assert not {(f.metric, f.value) for f in extract(doc(body)).figures} & {("seized", 587_000), ("other", 1_500)}


@pytest.mark.parametrize(
    ("body", "item"),
    [
        ("Officers seized EUR 48,300 during the raids.", "cash"),
        ("Investigators froze EUR 48,300 held by the gang.", "funds"),
        ("Police recovered EUR 48,300 from the suspects.", "funds"),
    ],
)
def test_an_unnamed_sum_taken_is_cash_and_one_frozen_or_recovered_is_funds(body: str, item: str):
    assert [f.item for f in extract(doc(body)).figures] == [item]


def test_sub_counts_of_arrests_on_suspicion_of_an_offence_name_it():
    text = doc(
        "Fourteen people were arrested, nine of them on suspicion of modern slavery offences "
        "and five on suspicion of immigration offences."
    )
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("arrests", 14, None),
        ("arrests", 9, "on suspicion of modern slavery offences"),
        ("arrests", 5, "on suspicion of immigration offences"),
    ]


def test_a_sentence_opening_on_a_year_before_the_one_the_text_was_published_is_not_the_operations():
    text = (
        "Pills seized\nDUBAI, 14 March 2025 – Under Operation Glass Reed, police seized 4 million pills.\n\n"
        "In 2023, the force seized 86 million pills in a single case.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[4_000_000] == "Glass Reed" and by_value[86_000_000] is None


def test_a_year_opening_a_sentence_that_speaks_of_the_operation_is_read_without_an_error():
    # (the operation's year is being read when "In 2023, the operation …" is met: it once asked for
    # the years not yet read, and the document failed to extract)
    text = "Operation Blue Harbour ended on 3 May 2024.\n\nIn 2023, the operation led to 40 arrests.\n"
    result = extract(text)
    assert [(o.name, o.year) for o in result.operations] == [("Blue Harbour", 2024)]
    assert [(f.metric, f.value, f.operation) for f in result.figures] == [("arrests", 40, None)]


def test_ages_between_the_people_counted_and_their_verb_hide_no_count():
    text = doc("Eleven men and three women, aged between 19 and 58, were arrested in the raids.")
    assert sorted((f[0], f[1]) for f in figs(text)) == [("arrests", 3), ("arrests", 11)]
    # ages before another verb: the count is not the arrest's ("both" is)
    text = doc("Police watched two men, aged 27 and 52, collect the parcel and drive off; both were later arrested.")
    assert [(f[0], f[1]) for f in figs(text)] == []


def test_the_investigation_named_late_as_the_texts_own_owns_the_figures_before():
    # the story's own case named at its end, past the lead: "The investigation, known as Operation X"
    text = (
        "Two men charged after 310kg of cocaine found in a shipment of tiles\n\n"
        "Border officers found about 310kg of cocaine in a shipment of floor tiles at the port.\n\n"
        + "The men appeared in court yesterday and were remanded in custody to reappear in January. "
        * 10
        + "\n\nPolice then searched three properties, seizing about $95,000 in cash.\n\n"
        "The investigation, known as Operation Tern Harbour, is continuing.\n"
    )
    assert len(text.split("Operation Tern")[0]) > 1000  # (named past the lead)
    by_value = operation_by_value(text)
    assert by_value[310] == "Tern Harbour" and by_value[95_000] == "Tern Harbour"


def test_a_bound_the_law_sets_and_the_officers_taking_part_are_no_results():
    text = doc(
        "Thirteen were arrested when more than 150 federal, state and local officers executed 22 search warrants. "
        "Each is charged with conspiracy to distribute 400 grams or more of a mixture containing fentanyl."
    )
    assert sorted((f[0], f[1]) for f in figs(text)) == [("arrests", 13), ("other", 22)]


def test_a_sum_in_a_countrys_currency_is_cash_and_the_country_no_scope():
    result = extract(doc("Agents seized 27 firearms and $418,760 in U.S. currency."))
    assert [(f.value, f.item, f.scope) for f in result.figures] == [(27, "firearms", None), (418_760, "cash", None)]
    # a virtual currency is no cash
    frozen = extract(doc("Agents froze $5 million in virtual currency.")).figures
    assert [f.item for f in frozen] == ["virtual currency"]


def test_a_month_or_currency_abbreviated_before_a_number_ends_no_sentence():
    text = (
        "Officials said so. Since the start of fiscal year 2027 on Oct. 1, crews have seized 27,700 kilograms. "
        "The operation ended in Oct. The next one starts. Assets worth Rs. 1.2 billion were frozen."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Officials said so.",
        "Since the start of fiscal year 2027 on Oct. 1, crews have seized 27,700 kilograms.",
        "The operation ended in Oct.",
        "The next one starts.",
        "Assets worth Rs. 1.2 billion were frozen.",
    ]
    # so a period's total stays apart from the operation, and a span's last day is no count
    text = (
        "Cocaine seized\n\nMIAMI — Crews seized 3,100 kilograms of cocaine from Nov. 10 to 16 as part of "
        "Operation Blue Meridian.\n\nSince the start of fiscal year 2027 on Oct. 1, crews have seized more than "
        "27,700 kilograms of cocaine.\n"
    )
    assert operation_by_value(text) == {3_100: "Blue Meridian", 27_700: None}


def test_a_rounded_count_given_its_exact_number_later_is_the_exact_one():
    text = doc(
        "Officers arrested more than 300 suspects; INTERPOL's final count puts the figure at 318. Nearly 800 "
        "people were identified. The agency later put the exact number at 769."
    )
    assert sorted((f[0], f[1], f[4]) for f in figs(text)) == [("arrests", 318, None), ("identified", 769, None)]


def test_the_gulf_presss_currency_letters_and_a_declaration_bound():
    text = doc(
        "Customs seized gold bars worth about KD 214,000 and QR 2 million in cash. Travellers must declare gold "
        "and cash worth more than KD 3,000 on arrival."
    )
    assert sorted((f[0], f[1], f[2]) for f in figs(text)) == [("seized", 214_000, "KWD"), ("seized", 2_000_000, "QAR")]


def test_a_list_of_the_kinds_of_people_rescued_goes_on_with_its_verb():
    text = doc(
        "Police rescued 112 migrants from a house in Tapachula. The migrants, including 23 children and 31 women, "
        "were from Honduras and Guatemala, the prosecutor said."
    )
    assert sorted((f[0], f[1]) for f in figs(text)) == [("rescued", 23), ("rescued", 31), ("rescued", 112)]


def test_a_decimal_point_inside_an_item_does_not_end_it():
    text = doc("Items recovered included 78 rounds of 7.62mm live ammunition and four motorcycles.")
    assert ("seized", 78, "rounds of 7.62mm live ammunition") in {(f[0], f[1], f[3]) for f in figs(text)}


def test_a_participle_inside_an_earlier_items_phrase_governs_no_later_number():
    text = doc(
        "They seized 26,400 litres of laundered diesel, 4.2 million cigarettes, more than £180,000 in cash "
        "and nine vehicles."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("seized", 26_400), ("seized", 4_200_000), ("seized", 180_000), ("seized", 9)}
    # a sum the offenders laundered is still no result
    assert not extract(doc("The gang laundered 3 million euros through shell firms.")).figures


def test_a_number_alone_before_criminal_groups_is_a_count_not_a_gang_name():
    text = doc("Investigators dismantled 41 criminal networks and 12 criminal groups; the 14K triad was named.")
    result = extract(text)
    assert {(f.metric, f.value) for f in result.figures} == {("dismantled", 41), ("dismantled", 12)}
    assert {e.name for e in result.entities if e.type == "ORG"} == {"14K triad"}


def test_goods_withdrawn_from_circulation_are_seized_and_laboratories_liquidated_dismantled():
    text = doc(
        "In total, from illegal circulation were withdrawn 2.7 tonnes of narcotic drugs. "
        "Six drug laboratories were liquidated."
    )
    got = {(f.metric, f.value, f.unit) for f in extract(text).figures}
    assert got == {("seized", 2.7, "tonnes"), ("dismantled", 6, "count")}


@pytest.mark.parametrize(
    ("body", "value", "currency"),
    [
        ("Counterfeit medicines worth an estimated GH¢3.2 million were seized at the port.", 3_200_000, "GHS"),
        ("Customs officers seized GH₵450,000 in undeclared cash.", 450_000, "GHS"),
        ("Officers seized 2,500,000 FCFA in cash during the raid.", 2_500_000, "XOF"),
        ("The gendarmes seized 12 million CFA francs.", 12_000_000, "XOF"),
    ],
)
def test_cedis_and_cfa_francs_are_money_and_their_letters_no_organisation(body: str, value: float, currency: str):
    result = extract(doc(body))
    assert [(f.value, f.unit) for f in result.figures] == [(value, currency)]
    assert not [e for e in result.entities if e.type == "ORG"]


def test_what_became_of_people_already_arrested_is_no_further_arrest():
    text = doc(
        "Of the 23 people arrested, charges against eight were withdrawn and three await trial. "
        "Of the 52 arrested in the raids, 31 are in pre-trial detention and 12 were women. "
        "The judge ordered detention for four of the suspects arrested in Greece. "
        "Police arrested 17 people, who were later released on bail. "
        "Six of them were remanded in custody."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("arrests", 23), ("arrests", 52), ("arrests", 12), ("arrests", 17)}


def test_a_series_named_alone_as_an_earlier_edition_keeps_that_editions_figures():
    text = (
        "Rangers end Kifaru Watch 2024\n\n"
        "NAIROBI – Operation Kifaru Watch 2024 ended with 9 arrests, the wildlife service said.\n\n"
        "The first Kifaru Watch, in 2019, recovered 14 rhino horns and led to the arrest of 11 people. "
        "The Kifaru Watch series has run every year since.\n"
    )
    result = extract(text)
    by_value = {f.value: f.operation for f in result.figures}
    assert by_value == {9: "Kifaru Watch 2024", 14: "Kifaru Watch", 11: "Kifaru Watch"}


def test_a_series_after_an_ordinal_edition_is_that_edition():
    text = (
        'Agency: 3,000 tonnes of cannabis destroyed in the ninth edition of the operation "Ñu Verde"\n\n'
        'ASUNCIÓN – The agency concluded the operation "Ñu Verde IX" on Friday, with 6 people detained. '
        'In the previous edition, "Ñu Verde VIII", 11 people were detained.\n'
    )
    result = extract(text)
    operations = {e.name: len(e.mentions) for e in result.entities if e.type == "OPERATION"}
    assert operations == {"Ñu Verde IX": 2, "Ñu Verde VIII": 1}
    assert {f.value: f.operation for f in result.figures}[6] == "Ñu Verde IX"


def test_users_customers_and_companies_identified_are_identified_offences_are_other():
    text = doc(
        "Investigators identified 1,870 platform users, 41 foreign customers and 68 companies linked to the "
        "scheme. They also detected 19 potential infringements."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("identified", 1_870), ("identified", 41), ("identified", 68), ("other", 19)}


def test_goods_found_where_a_place_was_raided_are_seized():
    text = doc(
        "Agents raided two houses in the canton, where 412 kilos were hidden under false floors. "
        "Police raided a warehouse where more than 250 people were working."
    )
    got = {(f.metric, f.value, f.unit) for f in extract(text).figures}
    assert got == {("other", 2, "count"), ("seized", 412, "kg")}


def test_sub_counts_of_arrests_by_offence_run_to_the_end_of_their_list():
    text = doc(
        "- 1,284 persons apprehended, of whom 212 for drug use, 47 for irregular stay, 31 for carrying "
        "bladed weapons, 9 for theft and 985 for identity verification;"
    )
    got = {(f.metric, f.value, f.item) for f in extract(text).figures}
    assert got == {
        ("arrests", 1_284, None),
        ("arrests", 212, "drug use"),
        ("arrests", 47, "irregular stay"),
        ("arrests", 31, "carrying bladed weapons"),
        ("arrests", 9, "theft"),
        ("arrests", 985, "identity verification"),
    }


def test_parts_of_a_sentences_detainees_are_arrests_and_what_suspects_did_is_not():
    text = doc(
        "The detainees, 27 men and four women aged between 19 and 63, were brought before a judge. "
        "The suspects, aged 18 to 52, included 10 locals and seven foreigners. "
        "The suspects recruited 40 women as couriers."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("arrests", 27), ("arrests", 4), ("arrests", 10), ("arrests", 7)}


def test_units_of_goods_are_counted_and_units_of_a_force_are_not():
    text = doc(
        "Officers seized 212 units of computer equipment and more than 2.4 million units of slimming medicines. "
        "Twelve units of the police took part, and 30 units were deployed."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("seized", 212), ("seized", 2_400_000)}


def test_a_decimal_point_does_not_end_a_list_closed_by_its_participle():
    got = {
        (f.value, f.item)
        for f in extract(doc("Some 640 tonnes of fish and 2.5 tonnes of shark fins were seized.")).figures
    }
    assert got == {(640, "fish"), (2.5, "shark fins")}


def test_the_first_of_a_list_closed_by_one_passive_finding_verb_is_seized():
    text = doc("A further 18 kg of crystal meth, three pistols and 9 kg of hashish were found at a warehouse.")
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("seized", 18), ("seized", 3), ("seized", 9)}


def test_a_series_after_phase_of_and_its_numbered_phases_are_operations():
    text = (
        "Police seize 9.4m pills as 'Rain Gate 2' targets border routes\n\n"
        "BANGKOK – Narcotics police seized 9.4 million pills and arrested 19 suspects under the second phase "
        'of "Rain Gate".\n\n'
        "The first phase, 'Rain Gate 1', led to the arrest of 212 suspects last year.\n"
    )
    result = extract(text)
    assert {e.name for e in result.entities if e.type == "OPERATION"} == {"Rain Gate 2", "Rain Gate 1"}
    by_value = {f.value: f.operation for f in result.figures}
    assert by_value[19] == "Rain Gate 2" and by_value[212] == "Rain Gate 1"


def test_a_participle_with_a_place_after_the_item_describes_it():
    text = doc("Cyber police blocked 1,342 domain names and took down 18 servers located in Latvia.")
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("other", 1_342), ("dismantled", 18)}
    assert {(f.metric, f.value) for f in extract(doc("Police said 24 fugitives were located in Spain.")).figures} == {
        ("identified", 24)
    }


def test_a_law_part_a_complaint_count_and_a_number_in_a_name_are_no_results():
    text = doc(
        "Thirty-four people were arrested, including the Hai Long 88's captain. They were notified of suspicion "
        "under Part 5 of Article 190. A rights body said it had received 146 complaints of arbitrary arrest."
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("arrests", 34)}


def test_a_finding_verb_nearer_the_number_governs_it_over_a_participation_word():
    text = doc(
        "The third case involved a warehouse where police found 402kg of ice packed in tea bags and 48kg of "
        "heroin. The operation involved 500 officers."
    )
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 402), ("seized", 48)}


def test_premises_closed_or_sealed_and_suspects_named_are_counted_near_their_verb_only():
    text = doc(
        "In Lima, 39 clandestine pharmacies were closed. Officers sealed 11 sawmills and named nine suspects. "
        "Police closed a factory making azithromycin and favipiravir, two drugs used against COVID-19."
    )
    got = {(f.metric, f.value) for f in extract(text).figures}
    assert got == {("other", 39), ("other", 11), ("identified", 9)}


def test_a_place_kicker_on_the_headline_is_no_scope_and_its_rounded_figure_is_restated():
    text = (
        "Morocco: 18 tonnes of chira seized in Tangier Med, 14 suspects arrested\n\n"
        "RABAT – Police seized 18.24 tonnes of chira and arrested 14 suspects, the DGSN said.\n"
    )
    assert {(f.value, f.scope) for f in extract(text).figures} == {(18.24, None), (14, None)}


def test_a_headline_amount_in_tonnes_is_the_bodys_precise_amount_in_kilos():
    text = (
        "Two countries seize 1.7 tonnes of cocaine; 14 arrested\n\n"
        "BOGOTÁ – Police in Colombia and Ecuador seized more than 1.7 tonnes of cocaine and arrested 14 people.\n\n"
        "The total seized in the operation reached 1,711 kilos, the police said.\n"
    )
    got = {(f.metric, f.value, f.unit, f.scope) for f in extract(text).figures}
    # one seizure, precise, and no country as its scope: both countries' police made it together
    assert got == {("seized", 1711, "kg", None), ("arrests", 14, "count", None)}


def test_a_headline_amount_the_body_states_precisely_without_a_verb_moves_to_the_body():
    text = (
        "Three charged over 480kg cocaine import hidden in tile shipment\n\n"
        "SYDNEY – Three men have been charged after officers found blocks of white powder packed inside boxes "
        "of tiles. Forensic testing later established a total weight of 482.6 kilograms.\n"
    )
    seized = [f for f in extract(text).figures if f.metric == "seized"]
    assert [(f.value, f.unit, f.qualifier) for f in seized] == [(482.6, "kg", None)]
    assert text[seized[0].start : seized[0].end] == "482.6 kilograms"  # the reader shows the body's sentence
    assert "cocaine" in seized[0].item


def test_a_headline_amount_the_body_states_flatly_stays_whatever_else_the_body_weighs():
    text = (
        "Customs seize 2 tonnes of cocaine at the port\n\n"
        "LISBON – Customs officers seized 2 tonnes of cocaine in a container of bananas on Monday. "
        "Had it reached the streets, 2.9 tonnes of cut product could have been sold.\n"
    )
    assert [(f.value, f.unit) for f in extract(text).figures if f.metric == "seized"] == [(2, "tonnes")]


def test_over_after_a_charge_is_the_cause_not_a_hedge():
    def hedge(body: str, metric: str) -> str | None:
        return next(q for m, _v, _u, _i, q, _s in figs(doc(body)) if m == metric)

    assert hedge("Two men were charged over 40 kg of heroin found in a van.", "seized") is None
    assert hedge("Officers seized over 40 kg of heroin in a van.", "seized") == "over"
    assert hedge("Officers arrested over 30 people in the raids.", "arrests") == "over"


def test_assets_restrained_or_forfeited_are_seized():
    got = figs(doc("Three people have been charged and more than $4 million in assets restrained."))
    assert ("seized", 4_000_000, "USD") in [(m, v, u) for m, v, u, *_ in got]
    got = figs(doc("The taskforce said $641,980 in cash was forfeited to the Commonwealth."))
    assert ("seized", 641_980, "USD") in [(m, v, u) for m, v, u, *_ in got]


def test_a_value_follows_the_goods_it_values():
    got = {(m, v, u) for m, v, u, *_ in figs(doc("Police seized 4.3 million pills worth an estimated Dh412 million."))}
    assert got == {("seized", 4_300_000, "count"), ("seized", 412_000_000, "AED")}
    got = {(m, v, u) for m, v, u, *_ in figs(doc("Drugs worth Rs 48 crore were seized in the raids."))}
    assert got == {("seized", 480_000_000, "INR")}
    # goods stolen, then recovered: the value is the recovery's
    body = "Detectives recovered electronics and tyres stolen from containers, valued at J$96 million."
    assert ("seized", 96_000_000, "JMD") in [(m, v, u) for m, v, u, *_ in figs(doc(body))]


@pytest.mark.parametrize(
    ("sentence", "value", "item"),
    [
        # a headline's present tense and the sum's preposition are no part of the goods
        ("Albanian police seize assets for a total value of about EUR 5 million", 5_000_000, "assets"),
        # who told it is no part of what was told
        (
            "Police seized 400 cartons of cigarettes. Chief Dela Cruz noted that these items alone have an estimated "
            "value of P125 million.",
            125e6,
            "cigarettes value",
        ),
        # "valuing" as "valued at", after a drug's amount hyphenated to its unit
        ("Rangers seized 2,410-kg narcotics valuing Rs950 million in Quetta.", 950e6, "narcotics value"),
        ("Rangers seized 2,410-kg narcotics valuing Rs950 million in Quetta.", 2410, "narcotics"),
        # an editor's words in square brackets end the goods
        ("He said officers seized 12.4 tons of cocaine [and] reported 96 arrests.", 12.4, "cocaine"),
    ],
)
def test_the_goods_a_sum_or_an_amount_names_are_read_clean(sentence: str, value: float, item: str) -> None:
    found = [i for _m, v, _u, i, _q, _s in figs(doc(sentence)) if v == value]
    assert found == [item]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police seized 40 kg of cocaine smuggled in a truck.", [("seized", 40)]),
        (
            "Agents seized 2,000 pounds (907 kilograms) of copper wire that had been stolen from a rail yard.",
            [("seized", 907)],
        ),
        (
            "Police freed 164 people, including 37 teenage girls who had been recruited in Cusco.",
            [("rescued", 164), ("rescued", 37)],
        ),
    ],
)
def test_a_verb_of_no_result_after_the_goods_describes_them(sentence: str, expected: list):
    assert metric_values(sentence) == expected


def test_a_passive_verb_of_no_result_is_the_sentences_verb():
    assert figs(doc("In one case, a load of perfume worth 410,000 euros had been stolen in a single night.")) == []


def test_ages_after_initials_and_age_bounds_are_not_figures():
    assert metric_values(
        "Arrested are M. Š. (45) and his son A. Š. (22) from Novi Pazar, who were found with 3 rifles."
    ) == [("seized", 3)]
    assert metric_values("Officers arrested 87 people, 31 of them aged under 18.") == [("arrests", 87), ("arrests", 31)]


def test_a_deed_in_a_relative_clause_after_a_breakdown_is_not_the_breakdowns():
    body = (
        "Police made 40 arrests. Eleven of the arrests (2 in Mozambique, 9 in Tanzania) were linked to a "
        "single network that moved ivory through the port of Beira."
    )
    assert ("arrests", 9) in metric_values(body)


def test_a_roundups_section_goes_on_about_the_operation_it_named_past_a_paragraph():
    text = (
        "CRIME WATCH: the week's crackdowns\n\nNAIROBI: Fake goods seized\n\n"
        "Officers raided 17 shops in what the authority called Operation Linda Chapa II, and seized goods worth "
        "Sh84.6 million.\n\n"
        "KISUMU: Nets burnt on the beach\n\n"
        "Officers seized 1,650 nets in a two-week sweep of Lake Victoria dubbed Okoa Ziwa-2.\n\n"
        "The team inspected 214 fishing boats and 31 fishermen were arrested.\n"
    )
    by_value = operation_by_value(text)
    assert by_value[1_650] == "Okoa Ziwa-2" and by_value[31] == "Okoa Ziwa-2"


def test_a_paragraph_ends_a_sentence_even_after_a_numeral_and_a_full_stop():
    text = doc(
        "The rescue was carried out during clearance operations under Operation Farauta-4.\n\n"
        "According to her, the victims, who included four women and two children, had been held for nine days."
    )
    from store.extract.sentences import sentence_spans

    assert any(text[a:b].startswith("According to her") for a, b in sentence_spans(text))
    initial = doc("Police spoke to J. Smith and arrested 3 men.")
    assert any("J. Smith" in initial[a:b] for a, b in sentence_spans(initial))  # an initial ends no sentence


def test_the_nearer_of_two_cues_opening_a_list_governs_it():
    body = (
        "Stolen goods were recovered, including 1,460 pallets of goods, 2,900 car tyres and nearly 18 tonnes "
        "of copper cable."
    )
    assert metric_values(body) == [("seized", 1460), ("seized", 2900), ("seized", 18)]


def test_the_goods_value_and_a_measure_in_an_adjective_do_not_part_the_goods_from_their_verb():
    got = figs(doc("On extraction, 1.21 kg of 24-carat gold valued at Rs 1.08 crore was seized."))
    assert [(m, v, u) for m, v, u, *_ in got] == [("seized", 1.21, "kg"), ("seized", 10_800_000, "INR")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Officers recovered 7 kilograms of gold and some USD 310,000 in cash, and opened 97 new investigations.",
            ("seized", 310_000, "USD"),
        ),
        (
            "During the searches, 312,000 euros in cash, three vehicles and 14 watches were seized.",
            ("seized", 312_000, "EUR"),
        ),
        (
            "Police have frozen 14 bank accounts linked to the ring, with about R5.8 million in them.",
            ("seized", 5_800_000, "ZAR"),
        ),
    ],
)
def test_a_sum_near_a_count_of_events_is_seized_not_other(body: str, expected: tuple):
    assert expected in [(m, v, u) for m, v, u, *_ in figs(doc(body))]


def test_a_transfer_blocked_stays_other_as_the_guide_has_it():
    got = figs(doc("Investigators blocked a USD 7.9 million transfer to the accounts."))
    assert [(m, v, u) for m, v, u, *_ in got] == [("other", 7_900_000, "USD")]
    got = figs(doc("Officers searched 20 homes and the court set bail at $50,000."))
    assert ("seized", 50_000, "USD") not in [(m, v, u) for m, v, u, *_ in got]  # bail is no seizure


def test_animals_rescued_are_seized_victims_rescued_are_rescued():
    assert metric_values("Police rescued 37 live pangolins from a warehouse and 14 children from a farm.") == [
        ("seized", 37),
        ("rescued", 14),
    ]


def test_people_sent_to_custody_are_a_remand_and_pouches_are_packaging():
    body = (
        "The arrested accused were produced before a special court in Delhi, which sent 19 of them to CBI "
        "custody till December 6. In his bag, 4.62 kg of weed, packed in 11 vacuum-sealed pouches, was found concealed "
        "under clothes."
    )
    assert metric_values(body) == [("seized", 4.62)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy's farm sector, whose exports were worth €72bn last year, relies on seasonal workers.",
        "Officers seized 9,340 bags of rice of 50kg each at the border.",
        "He had received a call demanding GH¢20,000 for his son's release.",
        "The suspects confessed it was part of a N10 million ransom paid for the release of a trader.",
        "Weapons seized will be tested to see whether they were used in any of the 1,140 homicides recorded.",
    ],
)
def test_values_of_no_goods_sizes_of_each_ransoms_and_harm_are_not_results(sentence: str):
    assert all(v not in (72_000_000_000, 50, 20_000, 10_000_000, 1140) for _m, v, *_ in figs(doc(sentence)))


def test_an_amount_after_packages_in_the_plural_is_the_size_of_each():
    body = (
        "The items intercepted include 3,112 bags of 50kg foreign parboiled rice and 1,247 jerrycans of 25 litres "
        "of petrol. In a second raid officers found a bag of 2 kg of cocaine."
    )
    got = [(m, v, u) for m, v, u, *_ in figs(doc(body))]
    assert got == [("seized", 3112, "count"), ("seized", 1247, "count"), ("seized", 2, "kg")]


def test_calibres_and_sizes_in_millimetres_are_not_counts_and_a_value_after_a_haul_is_seized():
    assert metric_values("They recovered a pistol and 261 rounds of 9mm and 5.56 ammunition.") == [("seized", 261)]
    got = figs(doc("They took more than twenty thousand pounds out of their hands."))
    assert [(v, u) for _m, v, u, *_ in got] == [(20_000, "GBP")]
    assert metric_values(
        "Police found a stolen truck near Puebla. The load was valued at about 6.4 million pesos."
    ) == [("seized", 6_400_000)]


def test_the_bodys_flat_restatement_of_a_rounded_headline_figure_is_no_figure_of_its_own():
    text = (
        "Police foil smuggling of 4.2 million Captagon pills hidden in pumps, nine gang members arrested\n"
        "DUBAI – Police foiled a bid to bring 4,212,600 Captagon tablets into the country and arrested nine members "
        'of the gang. The commander said: "The 4.2 million pills that we seized today would have harmed many."\n'
    )
    assert sorted((f.metric, f.value) for f in extract(text).figures) == [("arrests", 9), ("seized", 4_212_600)]


def test_a_headline_figure_the_body_repeats_exactly_is_no_rounding_of_another():
    text = "Police arrest 10 in drug raids\n\nLAGOS – Police arrested 10 men in Ikeja. Later, 17 more were arrested.\n"
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 10), ("arrests", 17)]
    text = "Police seize 1 tonne of cocaine\n\nLAGOS – Officers found 1,400 kg of cannabis in a truck.\n"
    assert [(f.value, f.unit) for f in extract(text).figures] == [(1, "tonnes"), (1400, "kg")]


def test_only_a_weighing_or_a_total_restates_a_rounded_amount():
    text = (
        "Police seize 480kg of cocaine\n\nSYDNEY – Officers found cocaine on a vessel. The vessel, which can "
        "carry up to 487 kg, was towed. The gang had earned $4.3 million from sales.\n"
    )
    assert [(f.value, f.unit) for f in extract(text).figures] == [(480, "kg")]


def test_detained_over_is_a_hedge_for_goods():
    assert figs(doc("Border Force officers detained over 50,000 cigarettes."))[0][4] == "over"


def test_places_named_in_a_list_make_no_national_scope():
    got = figs(doc("In Colombia, Ecuador and Peru, police arrested 40 people. In Spain, police arrested 9."))
    assert [(v, s) for _m, v, _u, _i, _q, s in got] == [(40, None), (9, "Spain")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last fiscal year, the bureau arrested 186 people in 94 wildlife crime cases.",
        "Since the start of fiscal year 2027, crews have seized more than 27,700 kilograms of cocaine.",
        "The unit has handled 1,984 cases since its establishment in 2015.",
        "Since the NCLCC was set up in 2019, more than 5,000 county lines have been closed.",
        "Authorities have confiscated more than 500 tonnes of drugs since 2021.",
    ],
)
def test_a_bodys_record_over_another_period_is_not_the_operations(sentence: str):
    text = doc("Under Operation Kilnstone, officers arrested 87 people. " + sentence)
    assert all(f.operation is None for f in extract(text).figures if f.value != 87)


def test_since_a_year_in_a_relative_clause_tells_the_offenders_deeds_not_another_period():
    # (the gang's years of extortion; the arrests are the operation's)
    text = doc(
        "Under Operation Kilnstone, officers arrested 11 suspects believed to belong to a gang which has been "
        "demanding protection money from taxi owners since 2024."
    )
    assert [(f.operation, f.value) for f in extract(text).figures] == [("Kilnstone", 11)]


def test_who_the_arrested_were_is_their_item_where_a_role_names_them_not_where_a_generic_noun_does():
    # (the annotators' practice on real releases: "19 fishermen" says who they are; "2,517 people" nothing, nor
    # does a total of people held for what, in general: "19 drug traffickers"; a place's part keeps its item)
    got = figs(doc("Police arrested 2,517 people. In Türkiye, authorities arrested 94 suspected smugglers."))
    assert [(v, i, s) for _m, v, _u, i, _q, s in got] == [(2517, None, None), (94, "suspected smugglers", "Türkiye")]
    got = figs(doc("Police arrested 19 fishermen."))
    assert [(v, i) for _m, v, _u, i, *_ in got] == [(19, "fishermen")]
    got = figs(doc("Police arrested 19 drug traffickers."))
    assert [(v, i) for _m, v, _u, i, *_ in got] == [(19, None)]


def test_a_distance_parts_no_goods_from_the_verb_that_seized_them():
    body = (
        "The Navy intercepted a go-fast boat 40 nautical miles off Tumaco, in the department of Nariño, "
        "carrying 1,084 kilos of cocaine hydrochloride."
    )
    assert metric_values(body) == [("seized", 1084)]


def test_ages_in_a_list_of_names_closed_by_a_semicolon_or_a_full_stop_are_not_figures():
    body = 'Police identified the suspects as Reynaldo Macaraeg alias "Bong", 44; his nephew, Jayson Tolentino, 27.'
    assert metric_values(body) == []
    assert metric_values("Police arrested 12 people in Lagos, 4 in Abuja.") == [("arrests", 12), ("arrests", 4)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five men, aged 20 to 45, were arrested.", ("arrests", 5.0)),
        ("Three firearms, believed to be stolen, were recovered.", ("seized", 3.0)),
        ("Some 36 bags, containing cocaine, were found in a suitcase.", ("seized", 36.0)),
    ],
)
def test_an_aside_between_the_goods_and_their_verb_parts_them_not(sentence: str, expected: tuple):
    # the aside's own verb ("stolen") governs nothing outside it
    assert metric_values(sentence) == [expected]


def test_a_value_inside_an_aside_on_what_was_held_is_the_seized_goods_value():
    text = doc("Officers said 36 bags, containing cocaine valued more than $18 million on the street, were found.")
    assert figs(text) == [
        ("seized", 36, "count", "bags", None, None),
        ("seized", 18_000_000, "USD", "cocaine value", "more than", None),
    ]


def test_a_dateline_with_a_colon_is_no_scope_and_the_title_case_headline_is_the_bodys_figure():
    text = (
        "Spanish Police Arrest 7, Seize 1,100 Kg Of Cocaine In Joint Operation\n"
        "Madrid: Spanish national police have arrested seven people and seized 1,100 kg of cocaine in a joint "
        "operation, the Interior Ministry said."
    )
    assert figs(text) == [
        ("arrests", 7, "count", None, None, None),
        ("seized", 1100, "kg", "cocaine", None, None),
    ]


def test_places_listed_with_the_before_a_name_are_one_joint_total():
    text = doc("Police in Poland, the Czech Republic, Armenia and Cyprus have arrested 19 people.")
    assert figs(text) == [("arrests", 19, "count", None, None, None)]


def test_a_hedged_conversion_in_brackets_is_no_figure_of_its_own():
    assert figs(doc("Lawmen found 120 pounds (approximately 54 kilograms) of compressed ganja.")) == [
        ("seized", 54, "kg", "compressed ganja", None, None)
    ]
    # a currency of one country named in words, converted in brackets
    assert figs(doc("Police confiscated gold and cash worth 12 million soles (about $3.2 million).")) == [
        ("seized", 12_000_000, "PEN", "cash", None, None)
    ]


def test_a_headline_writes_its_passive_without_were():
    text = "Three in court after 31.6kg of rhino horn found in luggage\nBy A Reporter\n\nThree men appeared in court."
    assert figs(text) == [("seized", 31.6, "kg", "rhino horn", None, None)]


def test_who_is_among_those_held_somewhere_is_a_sub_count_of_the_arrests():
    text = doc("Police arrested 40 people. Among those held in Kenya were 11 registered pharmacists and a nurse.")
    assert metric_values(text.split("– ", 1)[1]) == [("arrests", 40), ("arrests", 11)]


def test_stolen_goods_listed_as_seized_keep_their_value_and_a_thiefs_cargo_does_not():
    text = doc(
        "Officers executed 31 warrants. The following were seized:\n"
        "- stolen goods worth about $6.2 million, including televisions;\n"
        "- 14 stolen shipping containers;"
    )
    assert ("seized", 6_200_000, "USD", "stolen goods value", "about", None) in figs(text)
    assert figs(doc("They stole cargo worth $47 million.")) == []


def test_a_decimal_comma_before_a_scale_word_and_a_value_exceeding():
    text = doc("Officers seized 18 gold bars with a value exceeding EUR 1,7 million.")
    assert figs(text) == [
        ("seized", 18, "count", "gold bars", None, None),
        ("seized", 1_700_000, "EUR", "gold bars value", None, None),
    ]
    assert values(doc("Police arrested 1,234 people.")) == {1234}


def test_money_detected_is_seized_and_checks_are_events():
    text = doc(
        "The operation resulted in over 500 cash movement checks and the detection of illicit cash flows of "
        "almost EUR 2.7 million in cash."
    )
    assert figs(text) == [
        ("other", 500, "count", "cash movement checks", "over", None),
        ("seized", 2_700_000, "EUR", "cash", "almost", None),
    ]


def test_the_weight_of_goods_counted_just_before_is_seized_with_them():
    text = doc(
        "Officers recovered 2,450 pieces of pangolin scales weighing 186kg together with 11 pieces of ivory "
        "weighing 38.5 kilograms from a store."
    )
    assert figs(text) == [
        ("seized", 2450, "count", "pieces of pangolin scales", None, None),
        ("seized", 186, "kg", "pangolin scales", None, None),
        ("seized", 11, "count", "pieces of ivory", None, None),
        ("seized", 38.5, "kg", "ivory", None, None),
    ]


def test_a_hardware_wallet_is_a_device_seized_and_a_crypto_wallet_an_account():
    assert metric_values("Police seized three cars, as well as two hardware wallets.") == [
        ("seized", 3),
        ("seized", 2),
    ]
    assert metric_values("Police froze 12 crypto wallets.") == [("other", 12)]


def test_those_placed_under_custody_are_no_new_arrests_and_a_time_clause_governs_nothing():
    assert metric_values(
        "Police arrested 143 people. The prosecutor said 38 of those detained had been placed under preventive custody."
    ) == [("arrests", 143)]
    assert metric_values("The victims had lost at least $32 million since the hub opened in 2025.") == []
    # a time clause that holds the number is its own clause: its verb governs the number
    assert metric_values("It began in March, when the authorities arrested three company directors.") == [
        ("arrests", 3)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs officers yesterday (January 18) arrested a man in Tsing Yi.",  # a date in brackets
        "Customs selected a container, declared as carrying 1 800 carton boxes of chicken feet, for inspection.",
        "One of the main suspects earned cryptocurrency worth at least $74 million by renting out servers.",
    ],
)
def test_a_bracketed_date_a_declared_cover_load_and_proceeds_earned_are_not_figures(sentence: str):
    assert figs(doc(sentence)) == []


def test_the_size_of_each_is_no_amount_and_goods_found_out_are_seized():
    assert figs(doc("Officers found 300 slabs of cocaine, each weighing about 1kg, concealed in boxes.")) == [
        ("seized", 300, "count", "slabs of cocaine", None, None)
    ]
    assert metric_values("Customs detected 40 kg of heroin in a truck. The scan revealed 12 firearms.") == [
        ("seized", 40),
        ("seized", 12),
    ]
    assert metric_values("The operation revealed 16 new crime trends and detected 487 counterfeit goods cases.") == [
        ("other", 16),
        ("other", 487),
    ]


def test_the_value_is_names_the_goods_before_it():
    text = doc("Officers seized 135 pounds of cocaine on Tuesday. Officials say the estimated value is $1.5 million.")
    assert ("seized", 1_500_000, "USD", "cocaine value", None, None) in figs(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Many of the children, between the ages of 11 to 16, had been forced to work.",
        "The seized drugs are estimated to potentially supply approximately 3.2 million users.",
        "The pills were found in two vehicles parked at a supermarket.",
    ],
)
def test_ages_of_a_range_what_drugs_could_supply_and_where_goods_were_are_not_figures(sentence: str):
    assert figs(doc(sentence)) == []


def test_a_units_abbreviation_in_brackets_and_worth_after_estimated_to_be():
    text = doc(
        "Police seized 300 kilogrammes (kg) of syabu. They also seized seven vehicles estimated to be worth RM456,000."
    )
    assert figs(text) == [
        ("seized", 300, "kg", "syabu", None, None),
        ("seized", 7, "count", "vehicles", None, None),
        ("seized", 456_000, "MYR", "seven vehicles value", None, None),
    ]


def test_those_arrested_who_tested_positive_are_no_new_arrests():
    assert metric_values("Police arrested eight people. Six of them tested positive for methamphetamine.") == [
        ("arrests", 8)
    ]


def test_a_compound_with_made_is_one_item_and_no_fewer_than_is_one_hedge():
    assert figs(doc("A search uncovered five Israeli-made AK-47 rifles and 40 home-made pistols.")) == [
        ("seized", 5, "count", "Israeli-made AK-47 rifles", None, None),
        ("seized", 40, "count", "home-made pistols", None, None),
    ]
    assert figs(doc("The police have apprehended no fewer than 63 suspects.")) == [
        ("arrests", 63, "count", None, "no fewer than", None)
    ]


def test_where_goods_were_coming_from_ends_their_item():
    assert figs(doc("Police seized 191.7 kg of cocaine arriving from Colombia.")) == [
        ("seized", 191.7, "kg", "cocaine", None, None)
    ]


def test_a_lead_reporting_an_operation_reports_the_series_named_later_whatever_its_editions():
    text = (
        "Police rescue 1,142 trafficking victims in West Africa\n\n"
        "LYON, France – Police in eight countries have rescued 1,142 victims and arrested 219 suspects in a regional "
        "operation coordinated by INTERPOL.\n\nThe results were announced on Friday in Lyon by the organisation, "
        "which said the victims were in shelters.\n\n"
        # (a long middle: the codename comes well after the lead)
        + "Officers checked markets, bus stations and border posts in every country taking part, and the results "
        "were shared with prosecutors in each of them. "
        * 6
        + "\n\nThe operation, codenamed Harmattan Shield-2, ran for three weeks. Harmattan Shield-1 in 2025 led to "
        "640 rescues."
    )
    assert operation_by_value(text)[1142] == "Harmattan Shield-2"
    assert operation_by_value(text)[219] == "Harmattan Shield-2"
    # an operation a paragraph turning to another matter names is none the lead could report
    plain = text.replace("The operation, codenamed Harmattan Shield-2, ran", "Operation Harmattan Shield-2 ran")
    aside = plain + "\n\nSeparately, police said their own drive, Operation Dry Season, had led to 412 arrests."
    assert [operation_by_value(aside)[v] for v in (1142, 219, 412)] == ["Harmattan Shield-2"] * 2 + ["Dry Season"]
    # (named in the story's own paragraphs, it is another candidate: the lead's figures stay unclaimed)
    other = plain + "\n\nPolice said their own drive, Operation Dry Season, had led to 412 arrests."
    assert operation_by_value(other)[1142] is None


def test_a_paragraph_of_last_week_or_month_is_another_matter():
    # "Last week, …", "Earlier this month, …": an earlier event the story recalls; an operation it names is no
    # name for the lead's figures, and its own figures are that operation's
    lead = (
        "Navy seizes drugs worth $145 million\n\n"
        "The navy has seized about 2,000 kilograms of hashish and 370kg of ice during a counter-narcotics operation "
        "at sea, officials said on Monday.\n\nThe drugs were handed over to the anti-narcotics force.\n\n"
        # (a long middle: the codename comes after the lead)
        + "The consignment was found in the hold of a fishing boat, and its crew were handed over for questioning. "
        * 10
        + "\n\n"
    )
    for opener in ("Last week", "Last month", "Earlier this month"):
        text = lead + f"{opener}, a patrol ship seized 1.3 tonnes of hashish from a boat while taking part "
        text += 'in Operation "Harbour Lantern".\n'
        found = operation_by_value(text)
        assert (found[2000], found[370], found[1.3]) == (None, None, "Harbour Lantern"), opener
    # (a paragraph that does not open so is the story's own)
    text = lead + 'The ship took part in Operation "Harbour Lantern".\n'
    assert operation_by_value(text)[2000] == "Harbour Lantern"
    # (nor one that speaks of the story's own drive or people: "Last week, officers carrying out the crackdown …")
    body = (
        "Police arrested 12 people in Operation Kinga Bahari, a crackdown on drug dens, officials said.\n\n"
        + "Officers searched homes, bars and kiosks across the county over the two weeks of the crackdown. " * 10
        + "\n\n"
    )
    for later in (
        "Last week, officers carrying out the crackdown raided 14 dens.",
        "Last week's raids under the operation led to 14 arrests.",
        "Earlier this week, the same team arrested 14 foreign nationals.",
        "On a related note, the operation also rescued 14 children.",
    ):
        assert operation_by_value(body + later + "\n")[14] == "Kinga Bahari", later


def test_meanwhile_turns_to_another_matter_only_before_another_body_named():
    body = (
        "Police arrested 12 suspects in Operation Dry Gulch, a crackdown on illegal mining in the province.\n\n"
        + "Officers searched shafts, camps and vehicles along the river over the four days of the crackdown. " * 10
        + "\n\n"
    )
    # "Meanwhile, the remaining …": the same story's figures
    text = body + "Meanwhile, the remaining two suspects were arrested for possession of mining equipment.\n"
    assert operation_by_value(text)[2] == "Dry Gulch"
    # "Meanwhile, the <another body named> …": another matter
    text = body + "Meanwhile, the Wildlife Service said its rangers had arrested two men with seven tusks.\n"
    assert operation_by_value(text)[2] is None
    # (in real releases the other "Meanwhile" paragraphs go on with the story)
    text = body + "Meanwhile, police have held two more people in connection with the mining.\n"
    assert operation_by_value(text)[2] == "Dry Gulch"


def test_the_states_lost_revenue_and_what_each_holds_are_no_results():
    body = (
        "Customs intercepted 9.5 million cigarettes valued at Sh200 million that could have cost the country Sh76 "
        "million in lost tax revenue. The excise duty evaded was valued at CZK 11 million. The consignment was in "
        "954 boxes; each box contained 500 packets, each packet with 20 cigarettes. Police seized 12 bags, each "
        "weighing about 2 kg."
    )
    assert metric_values(body) == [
        ("seized", 9_500_000),
        ("seized", 200_000_000),
        ("seized", 12),
    ]


def test_an_operation_named_as_an_example_takes_none_of_the_leads_figures():
    text = (
        "93 arrests in lockdown crackdown on gangs\n\n"
        "There were 93 arrests made and $4.4 million seized in a crackdown on organised crime during the lockdown, "
        "police said.\n\n"
        + "Officers executed search warrants across the country and seized firearms and drugs from gang members. "
        * 10
        + "\n\nPolice said they kept to the health rules even while carrying out major drug busts like Operation "
        "Nestegg, which saw five arrests earlier this month.\n"
    )
    found = operation_by_value(text)
    assert (found[93], found[4_400_000]) == (None, None)
    # (named as the lead's own drive, it takes them)
    own = text.replace("major drug busts like Operation Nestegg, which", "the crackdown, Operation Nestegg, which")
    assert operation_by_value(own)[93] == "Nestegg"
    # (one of the operations the lead's arrests were made in, it takes them)
    own = text.replace("major drug busts like Operation Nestegg", "operations such as Operation Nestegg")
    assert operation_by_value(own)[93] == "Nestegg"


def test_on_a_related_subject_turns_to_another_matter():
    text = (
        "80 illegally felled logs seized\n\n"
        "SIBU: Police seized 80 timber logs and arrested two men during the operation dubbed Ops Libas.\n\n"
        "On a related subject, he said the force had made 412 arrests in 149 operations this year.\n"
    )
    found = operation_by_value(text)
    assert (found[80], found[412]) == ("Libas", None)


def test_a_vessels_number_and_an_offences_object_are_no_arrests():
    body = (
        "The campaign was made public after the arrest of two trawlers, the F/V Jin Li 961 and F/V Jin Li 962, "
        "fishing illegally. A vessel with IMO Registration No: 8778275 was arrested near the river. Police were "
        "holding three suspected poachers in connection with the killing of six elephants in the park."
    )
    assert metric_values(body) == [("seized", 2), ("arrests", 3)]


def test_an_editions_number_with_a_point_is_part_of_the_codename():
    text = doc("The dhow was captured under Operation Bahari Safi 2025.01, a joint effort, and 6 crew were arrested.")
    result = extract(text)
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ["Bahari Safi 2025.01"]
    assert [(f.metric, f.value) for f in result.figures] == [("arrests", 6)]


def test_sums_laundered_and_a_trades_yearly_income_are_no_results():
    body = (
        "The gang laundered €3m through 50 other groups, and the ring laundered more than 8 million euros. This "
        "activity generated approximately €3 billion annually. Police seized $2 million in cash."
    )
    assert metric_values(body) == [("seized", 2_000_000)]


def test_a_bullets_count_that_looks_like_a_year_is_a_count():
    body = (
        "Police released the results.\n\nKey national results include:\n\n  • 990 drug related arrests\n"
        "  • 2052 drug related charges\n\nIn 2025 the force seized more drugs than ever."
    )
    assert metric_values(body) == [("arrests", 990), ("other", 2052)]


def test_a_name_said_again_with_its_year_is_listed_with_it():
    text = (
        "Report\nThe navy took part in Operation Kurukuru, a maritime surveillance exercise.\n\n"
        "Kurukuru 2014 covered 30 million square kilometres and led to 12 vessels being seized.\n"
    )
    result = extract(text)
    assert [(e.name, e.year) for e in result.entities if e.type == "OPERATION"] == [("Kurukuru 2014", 2014)]
    assert [(f.operation, f.value) for f in result.figures] == [("Kurukuru 2014", 12)]
    # (a range or a date after it is no part of the name)
    text = "Report\nOperation Kurukuru ran again. Kurukuru 2014-15 led to 12 vessels being seized.\n"
    assert [e.name for e in extract(text).entities if e.type == "OPERATION"] == ["Kurukuru"]


def test_first_before_another_noun_makes_no_series_name_an_earlier_edition():
    text = (
        "Report\nINTERPOL said the action, known as Operation Pangea X, targeted the online sale of medicines.\n\n"
        "In the country's first year participating in Operation Pangea, authorities confiscated 650 kg of pills.\n"
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ["Pangea X"]
    assert [(f.operation, f.value) for f in result.figures] == [("Pangea X", 650)]
    # ("the first Pangea" is an earlier edition still)
    text = text.replace("In the country's first year participating in Operation Pangea", "During the first Pangea")
    assert {e.name for e in extract(text).entities if e.type == "OPERATION"} == {"Pangea X", "Pangea"}


def test_goods_interdicted_at_sea_are_seized():
    body = (
        "The cutter interdicted 2,000 kg of cocaine off Colombia, and another crew interdicted a vessel carrying "
        "1.3 tonnes of hashish."
    )
    assert metric_values(body) == [("seized", 2000), ("seized", 1.3)]


def test_a_breakdown_in_brackets_goes_on_to_its_last_place():
    text = doc(
        "The operation led to the seizure of 1,037 firearms. By country, the largest seizures were in Honduras "
        "(214 firearms, 131 arrests), El Salvador (102 firearms), Jamaica (88 firearms), the Dominican Republic "
        "(71 firearms) and Trinidad and Tobago (63 firearms)."
    )
    assert [(m, v) for m, v in metric_values(text.split("– ", 1)[1])] == [
        ("seized", 1037),
        ("seized", 214),
        ("arrests", 131),
        ("seized", 102),
        ("seized", 88),
        ("seized", 71),
        ("seized", 63),
    ]


def test_lakh_grouping_a_numbered_list_and_deaths():
    assert figs(doc("RAB arrested three traders with 1,20,000 yaba tablets.")) == [
        ("arrests", 3, "count", "traders", None, None),
        ("seized", 120_000, "count", "yaba tablets", None, None),
    ]
    text = "Report\n\nThe following suspects were arrested:\n1. OCHIENG Dancan Otieno, 44;\n2. Hassan Abdi, 39.\n"
    assert figs(text) == []
    assert figs(doc("A fire at a detention center killed 40 migrants in 2023.")) == []


def test_a_headline_in_the_present_tense_and_a_total_since_the_start_of_a_year():
    assert metric_values("Mexico frees 87 kidnapped migrants in border raid.") == [("rescued", 87)]
    assert metric_values("Customs seizes 1.2 tonnes of cocaine in banana container.") == [("seized", 1.2)]
    text = doc(
        "Customs teams seized 1,218 kilograms of cocaine in Operation Tropik.\n\nSince the beginning of 2026, "
        "customs teams have seized 4.7 tonnes of cocaine."
    )
    assert operation_by_value(text) == {1218: "Tropik", 4.7: None}
    # "free" stays an adjective: a toll-free line is no rescue
    assert metric_values("Call the toll-free line 0800 900 110 or the free number 170.") == []


def test_a_sub_count_belongs_to_the_group_its_sentence_names():
    assert metric_values(
        "Soldiers freed 87 migrants and arrested nine suspects on Monday. The migrants, including 23 children, "
        "were from Honduras and Guatemala."
    ) == [("rescued", 87), ("arrests", 9), ("rescued", 23)]


def test_an_amount_of_goods_next_to_places_searched_is_seized():
    text = doc("More than 800 arrests, 700 searched sites and more than 8 tonnes of cocaine were the results.")
    assert ("seized", 8, "tonnes", "cocaine", "more than", None) in figs(text)


def test_goods_each_with_its_amount_in_brackets_are_one_list_under_its_verb():
    text = doc(
        "During the raids officers also seized heroin (659.43g), cannabis (2,324.42g), Eramin 5 pills (261.62g), "
        "yaba pills (4.71g) and ecstasy pills (1,336.80g)."
    )
    got = [(m, round(v, 6), u, i) for m, v, u, i, _q, _s in figs(text)]
    assert got[-2:] == [("seized", 0.00471, "kg", "yaba pills"), ("seized", 1.3368, "kg", "ecstasy pills")]
    assert len(got) == 5


def test_a_breakdown_in_brackets_after_goods_gives_every_part_and_a_conversion_none():
    got = figs(doc("Officers seized 178 kg of drugs (16kg crack, 11kg heroin and 151kg cocaine) in the raids."))
    assert [(v, i) for _m, v, _u, i, _q, _s in got] == [(178, "drugs"), (16, "crack"), (11, "heroin"), (151, "cocaine")]
    got = figs(doc("Customs seized 2,200 pounds (998 kilograms) of elephant tusks and 3 cars."))
    assert [(v, u, i) for _m, v, u, i, _q, _s in got] == [(998, "kg", "elephant tusks"), (3, "count", "cars")]
    # a results list's line with no verb, its hedge abbreviated (and kept as written)
    text = doc(
        "The week of action saw:\n1965 arrests made\nApprox. 178.49 kg of Class A drugs (16.1kg crack, 11kg heroin, "
        "151.3kg cocaine)\n325 knives seized\n"
    )
    assert [(m, v, i, q) for m, v, _u, i, q, _s in figs(text)] == [
        ("arrests", 1965, None, None),
        ("seized", 178.49, "Class A drugs", "approx."),
        ("seized", 16.1, "crack", None),
        ("seized", 11, "heroin", None),
        ("seized", 151.3, "cocaine", None),
        ("seized", 325, "knives", None),
    ]


def test_parts_in_brackets_after_places_are_scoped_and_cargo_inspected_or_money_identified_is_no_seizure():
    text = doc("Police seized 200 firearms in Jamaica (88 firearms), Haiti (12 firearms) and Barbados (9 firearms).")
    assert figs(text) == [
        ("seized", 200, "count", "firearms", None, None),
        ("seized", 88, "count", "firearms", None, "Jamaica"),
        ("seized", 12, "count", "firearms", None, "Haiti"),
        ("seized", 9, "count", "firearms", None, "Barbados"),
    ]
    assert metric_values("Customs officials inspected 3,500 tonnes of timber.") == [("other", 3500)]
    assert metric_values("The ship, carrying 40 tonnes of fertiliser, was searched.") != [("seized", 40)]
    assert figs(doc("Investigators identified EUR 3 million in suspicious payments.")) == []
    assert metric_values("Police seized 250 forged checks.") == [("seized", 250)]


def test_a_long_table_line_keeps_its_place():
    text = doc(
        "Results by country:\nColombia: 1,200 kg of cocaine, 35 firearms, 4 speedboats, 2 light aircraft and 35 "
        "arrests of suspected members of the Gulf Clan and its allies"
    )
    assert {f[5] for f in figs(text)} == {"Colombia"}


def test_a_lead_named_late_as_the_operation_is_that_operation():
    text = (
        "1.2 tonnes of cocaine seized in banana container\n\n"
        "Customs teams seized 1,218 kilograms of cocaine hidden in a refrigerated container at Mersin port.\n\n"
        + "The container was flagged by the risk analysis unit because of the importer's records. " * 14
        + "\n\nIn the operation, codenamed Tropik, six suspects were detained."
    )
    assert operation_by_value(text)[1218] == "Tropik"


def test_a_participle_saying_who_made_the_goods_does_not_govern_the_list():
    # "issued by eleven banks" describes the cards: the banks are no figure, and the list stays seized
    text = doc(
        "During searches at 31 addresses, officers seized 4,118 bank cards issued by eleven banks, 1,350 SIM "
        "cards, 62 mobile phones and nine laptops. Investigators said the service was used by some 2,500 "
        "subscribers."
    )
    assert metric_values(text) == [("other", 31), ("seized", 4118), ("seized", 1350), ("seized", 62), ("seized", 9)]
    # a verb of the clause with its auxiliary still governs what follows
    text = doc("Fourteen people have been detained in Tbilisi, including three foreign nationals.")
    assert metric_values(text) == [("arrests", 14), ("arrests", 3)]
    # and a count after "followed by" is one
    assert ("arrests", 12) in metric_values("The raids were followed by 12 arrests in Spain.")


def test_a_cue_written_as_a_noun_before_another_noun_counts_nothing():
    # "identification numbers", "seizure warrants": compound nouns, not an identification or a seizure
    text = doc(
        "Officers seized 27 vehicles, 41 sets of forged documents, equipment for altering identification "
        "numbers and GEL 186,000 in cash. Agents also served 12 seizure warrants on banks."
    )
    found = figs(text)
    assert ("seized", 186000, "GEL", "cash", None, None) in found
    assert not any(f[0] == "identified" for f in found)
    assert not any(f[0] == "seized" and f[1] == 12 for f in found)


def test_the_value_of_goods_that_amounts_to_a_sum_is_their_value():
    text = doc("The value of the recovered vehicles amounts to approximately GEL 2.9 million.")
    assert figs(text) == [("seized", 2.9e6, "GEL", "vehicles value", "approximately", None)]


def test_a_weight_of_drugs_is_seized_whatever_event_the_nearest_verb_counts():
    text = doc(
        "Police said 1,132 suspects were arrested during special raids conducted in the past 24 hours, along "
        "with 1.9 kg of heroin, 2.6 kg of 'Ice' and 41 kg of cannabis."
    )
    assert metric_values(text) == [("arrests", 1132), ("seized", 1.9), ("seized", 2.6), ("seized", 41)]


def test_counts_of_boardings_and_infringements_are_events():
    text = doc("The 2025 edition saw 118 boardings and five infringements, and led to the detention of one vessel.")
    assert ("other", 118) in metric_values(text)
    assert ("other", 5) in metric_values(text)
    assert not any(m == "arrests" for m, _ in metric_values(text))


def test_a_difference_from_an_earlier_week_is_no_figure_and_leaves_the_week_its_own():
    text = (
        "Operation Kwela nets 1 200 suspects\n\nSINGAPORE – Operation Kwela, the weekly crackdown, led to the "
        "arrest of 1 200 suspects from 23 to 29 November 2026.\n\n246 drug dealers were arrested, 58 more than "
        "the previous week."
    )
    found = [(f.operation, f.metric, f.value) for f in extract(text).figures]
    assert found == [("Kwela", "arrests", 1200), ("Kwela", "arrests", 246)]
    # the headline's figure is the body's, in the year the body gives it
    assert extract(text).figures[0].operation_year == 2026


def test_initials_with_an_age_a_bracketed_paragraph_and_lives_saved_from_drugs_are_no_results():
    text = doc(
        "A team raided a house and arrested a fifth suspect, identified as TJ, 52, who financed the network. "
        "The suspects face charges under Article 114 paragraph (2) of the narcotics law. The agency said the "
        "seizure had saved around 563,000 people from drug abuse."
    )
    assert metric_values(text) == []
    # a rescue from traffickers is one
    assert metric_values("Police rescued 12 victims from drug traffickers.") == [("rescued", 12)]


def test_a_years_total_and_attempts_foiled_are_not_the_operations():
    text = (
        "Police seize 40 kg in Operation Saka\n\nJAKARTA – Officers seized 40 kg of methamphetamine in "
        "Operation Saka, arresting four suspects.\n\nIn 2026 alone, the agency has uncovered 731 drug cases "
        "nationwide and arrested 1,046 suspects. In the 2025-26 financial year, officers made 2,614 detections "
        "at the border. Since the beginning of 2026 it had foiled 318 attempts to smuggle tobacco."
    )
    found = {f.value: (f.operation, f.metric) for f in extract(text).figures}
    assert found[40] == ("Saka", "seized") and found[4] == ("Saka", "arrests")
    assert found[731] == (None, "other") and found[1046] == (None, "arrests")
    assert found[2614] == (None, "other") and found[318] == (None, "other")


def test_currencies_written_in_words_of_central_asia_and_the_gulf():
    found = figs("Police in Tashkent seized 2.4 billion soums. Omani customs seized 40,000 rials in Muscat.")
    assert [(f[1], f[2]) for f in found] == [(2.4e9, "UZS"), (40000, "OMR")]
    assert figs("Qatari police seized 3 million riyals in Doha.")[0][1:3] == (3e6, "QAR")
    # pounds after a number stay a weight
    assert figs("Police seized 176 pounds of cocaine.")[0][2] == "lb"


def test_a_combined_weight_of_drugs_detected_and_what_stopped_parcels_held_are_seized():
    text = doc(
        "Officers made 2,614 detections of methamphetamine at the border, with a combined weight of about 3.9 tonnes."
    )
    assert ("seized", 3.9, "tonnes", "methamphetamine", "about", None) in figs(text)
    text = doc(
        "Customs stopped 2,214 parcels at the postal terminal. The parcels held a total of 118,460 tablets and "
        "capsules, around 1,900 ampoules and vials of steroids, and approximately 41 kilograms of powder."
    )
    seized = [(f[1], f[2]) for f in figs(text) if f[0] == "seized"]
    assert seized == [(118460, "count"), (1900, "count"), (41, "kg")]
    # people held are not counted by it
    assert metric_values("Police held 12 people for questioning.") == []


def test_a_lead_reporting_an_unnamed_action_reports_the_operation_named_later():
    text = (
        "Six held in Finland in smuggling action\n\nHelsinki Times – Six people were arrested in Finland on Tuesday "
        "in a coordinated action against a smuggling network. Officers searched eleven addresses and seized four "
        "vehicles.\n\nAccording to the detective in charge, the Finnish cell arranged cars and drivers to move "
        "migrants from the border areas in the south-east to Helsinki and on to ferries for Sweden, and the "
        "suspects are held on suspicion of aggravated arrangement of illegal immigration.\n\nThe offence carries "
        "a sentence of up to six years. Lawyers for two of the suspects said their clients denied any part in the "
        "scheme and would contest the charges in court, while the others have not yet been heard by the court in "
        "the capital, which is expected to rule on their detention later this week, a spokesperson said. The "
        "network is believed to have moved hundreds of people across the eastern border over two years, charging "
        "each of them thousands of euros for the journey.\n\n"
        "Migrant smugglers on the northern route targeted in six countries: more than 20 arrests\n\nBelow is the "
        "press release issued by Europol.\n\nThe action day was the high point of Operation Pohjantahti, run "
        "by a joint team."
    )
    assert {f.operation for f in extract(text).figures} == {"Pohjantahti"}


def test_a_currency_code_glued_to_its_sum_and_the_standard_drug_price():
    text = doc(
        "Recovered from the boat were 42.6 kilos of shabu with a standard drug price of PHP289.68 million, two "
        "satellite phones and PHP38,500 in cash. The standard drug price is computed at PHP6.8 million per kilo."
    )
    assert figs(text) == [
        ("seized", 42.6, "kg", "shabu", None, None),
        ("seized", 289.68e6, "PHP", "shabu value", None, None),
        ("seized", 2, "count", "satellite phones", None, None),
        ("seized", 38500, "PHP", "cash", None, None),
    ]
    # letters glued to digits that are no currency stay a code
    assert values("A car with plate KDA456 was seized.") == set()


def test_a_numbered_office_money_received_and_sums_that_papers_show_are_no_results():
    text = doc(
        "PDEA Regional Office 9 director Ferdinand Tangkal said the gang had received PHP 4 million from buyers. "
        "Investigators recovered remittance slips showing at least USD 3.6 million sent from abroad."
    )
    assert figs(text) == []


def test_traced_and_arrested_are_arrests_and_a_hedged_last_item_stays_in_the_list():
    assert metric_values(doc("During the week 2 417 wanted suspects were traced and arrested for murder.")) == [
        ("arrests", 2417)
    ]
    assert metric_values(doc("Police identified 40 victims and arrested 12 suspects.")) == [
        ("identified", 40),
        ("arrests", 12),
    ]
    text = doc("Officers found 38 boats, 44 outboard engines and more than 2,100 life jackets.")
    assert figs(text)[-1] == ("seized", 2100, "count", "life jackets", "more than", None)
    # two days of a month are no figure
    assert metric_values(doc("The arrests were made on 24 and 25 November 2026 in Kent.")) == []


def test_the_events_goods_were_seized_in_do_not_govern_them():
    text = doc(
        "This year, the service has seized more than 19 kilograms of fentanyl and 164 firearms in drug investigations."
    )
    assert metric_values(text) == [("seized", 19), ("seized", 164)]
    # counted on their own, investigations are events
    assert metric_values(doc("Prosecutors opened 140 investigations.")) == [("other", 140)]


def test_places_of_manufacture_and_lines_taken_down_are_dismantled_and_websites_stay_other():
    text = doc("Police dismantled nine production sites: five in the Netherlands, three in Belgium and one in Romania.")
    assert metric_values(text) == [("dismantled", 9), ("dismantled", 5), ("dismantled", 3), ("dismantled", 1)]
    assert metric_values(
        doc("Six illegal refineries were destroyed. A total of 17 deal lines have been closed down.")
    ) == [
        ("dismantled", 6),
        ("dismantled", 17),
    ]
    assert metric_values(doc("Police took down 40 phishing sites.")) == [("other", 40)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun cue before a verb in -s keeps its figure
        ("The seizure contains 200 kg of cocaine.", [("seized", 200)]),
        ("The seizure comprises 12 firearms and 3,000 rounds of ammunition.", [("seized", 12), ("seized", 3000)]),
        # events or goods counted after "by" are results
        ("The total was boosted by 14 arrests in Mombasa.", [("arrests", 14)]),
        # a body after an article before a count is no one's initials
        ("Across the EU, 38 were arrested.", [("arrests", 38)]),
        # a verb joined by "and" is no participle of the item before it
        ("Police raided 5 houses and seized at the scene 4 firearms.", [("other", 5), ("seized", 4)]),
        # a place numbered in brackets is a breakdown, not a reference
        ("Arrests by district: Kisumu district (14), Siaya district (9).", [("arrests", 14), ("arrests", 9)]),
        # a weight of drugs examined or of dry ice is no seizure by that rule
        ("Officers inspected 40 kg of dry ice used to pack fish.", [("other", 40)]),
        # a code followed by a noun is a maker, not a currency
        ("Customs seized 300 AMD processors.", [("seized", 300)]),
    ],
)
def test_shapes_an_independent_review_found_misread(text, expected):
    assert metric_values(text) == expected


#: A report whose figures come first, with paragraphs after its lead.
_FIGURES_FIRST = (
    "Heroin found in air cargo\nNAIROBI, Kenya – Customs officers at the cargo terminal seized 48 kg of heroin "
    "hidden in tea chests and arrested three couriers on Friday, the revenue authority said.\n\n"
    "The chests had been declared as black tea bound for Dubai. Scanners showed dense packages under the leaves, "
    "and a search of the consignment confirmed the find.\n\n"
    "The couriers, who travelled on Tanzanian passports, will appear in court in Nairobi on Monday. Their lawyer "
    "said they had been hired in Dar es Salaam to accompany the freight and did not know what it held.\n\n"
    "Heroin reaching East Africa by sea from the Makran coast is increasingly moved on by air to Europe and the "
    "Gulf, the authority said, and cargo terminals have been told to scan every consignment of tea, coffee and "
    "spices bound for those markets. Officers at the terminal have had training in reading scanner images, and "
    "dogs trained to find heroin and cocaine now work the night shifts, when most freight for the Gulf leaves.\n\n"
    "Heroin use has grown along the coast, where treatment centres in Mombasa and Kilifi say they cannot take all "
    "who ask for help, and the authority urged shippers and freight agents to report consignments that look out "
    "of place.\n\n"
)


@pytest.mark.parametrize(
    "naming",
    [
        "The seizure was made under Operation Grey Heron, a joint effort of customs and airport police.",
        "These arrests were part of Operation Grey Heron, which customs have run since June.",
        "The raids were the latest phase of an investigation code-named Operation Grey Heron.",
        "The seizure was part of what the police have called Operation Grey Heron, a crackdown on the coast.",
        "The arrests were part of what officials described as the Grey Heron operation.",
        "The seizure took place in the framework of Operation Grey Heron, which customs run with INTERPOL.",
        "The arrests came as part of Operation Grey Heron, a crackdown on the coast.",
    ],
)
def test_a_sentence_naming_the_operation_of_what_was_reported_claims_the_figures_before_it(naming):
    """Figures first, then the one operation named late, in a sentence that
    refers back to them (the seizure, the arrests, the raids): they are its."""
    assert operation_by_value(_FIGURES_FIRST + naming) == {48.0: "Grey Heron", 3.0: "Grey Heron"}


def test_that_case_running_since_a_month_is_the_operation_just_named():
    text = doc(
        "Police in Arad detained 23 people in Operation Podul Verde on Tuesday.\n\n"
        'The raids come a week after a separate operation, dubbed "Fum Alb", against cigarette smuggling. In that '
        "case, running since July 2026, border police detained six people and seized 9 drones.\n\n"
        "Since July, border police across the country have detected 2,140 migrants."
    )
    assert operation_by_value(text) == {23.0: "Podul Verde", 6.0: "Fum Alb", 9.0: "Fum Alb", 2140.0: None}


def test_a_years_totals_to_a_date_are_another_periods_unless_the_sentence_speaks_of_the_operation():
    text = doc(
        "Operation Halvard led to the seizure of 600 kg of cocaine at Port Botany.\n\n"
        "In the 12 months to 30 June 2026, the AFP and its partners seized more than 41 tonnes of drugs."
    )
    assert operation_by_value(text) == {600.0: "Halvard", 41.0: None}
    past = text.replace("In the 12 months to 30 June 2026,", "Over the past twelve months")
    assert operation_by_value(past)[41.0] is None
    own = text.replace("the AFP and its partners seized", "the operation seized")
    assert operation_by_value(own)[41.0] == "Halvard"


def test_a_span_of_years_is_another_periods_unless_the_sentence_speaks_of_the_operation():
    text = doc(
        "Operation Halvard led to the seizure of 600 kg of cocaine at Port Botany.\n\n"
        "According to the UNODC, at least 41 tonnes of cocaine were seized in the region between 2016 and 2019."
    )
    assert operation_by_value(text) == {600.0: "Halvard", 41.0: None}
    assert operation_by_value(text.replace("between 2016 and 2019", "from 2016 to 2019"))[41.0] is None
    own = text.replace("at least 41 tonnes of cocaine were seized in the region", "the operation seized 41 tonnes")
    assert operation_by_value(own)[41.0] == "Halvard"


def test_an_operation_named_late_without_referring_back_does_not_claim_the_lead():
    text = _FIGURES_FIRST + "Last year, Operation Grey Heron targeted counterfeit medicines in Mombasa."
    assert operation_by_value(text) == {48.0: None, 3.0: None}


def test_a_short_aside_in_brackets_does_not_break_a_list_and_gallons_are_the_litres_converted():
    text = doc(
        "In the raids, agents seized 9,100 bottles of rum, 3,600 litres (about 950 gallons) of liquid in plastic "
        "drums, 1,700 counterfeit labels and RD$ 840,000 in cash."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("seized", 9100.0, "count"),
        ("seized", 3600.0, "litres"),
        ("seized", 1700.0, "count"),
        ("seized", 840000.0, "DOP"),
    ]
    assert figs(text)[2][3] == "counterfeit labels"  # the item stops before the next sum


@pytest.mark.parametrize(
    ("written", "unit"),
    [("RD$2.5 million", "DOP"), ("G$ 400,000", "GYD"), ("BZ$ 90,000", "BZD"), ("FJ$1.1 million", "FJD")],
)
def test_dollars_of_other_countries(written, unit):
    assert [(f[0], f[2]) for f in figs(doc(f"Police seized {written} in cash."))] == [("seized", unit)]


def test_intervened_in_translated_releases_is_a_seizure():
    assert metric_values("The agents have intervened 4 semi-rigid boats, 7 outboard engines and 2 firearms.") == [
        ("seized", 4.0),
        ("seized", 7.0),
        ("seized", 2.0),
    ]


def test_people_counted_by_their_roles_or_named_by_their_head_noun():
    assert metric_values("Police arrested 58 suspected compound managers and guards, and seized 3,400 phones.") == [
        ("arrests", 58.0),
        ("seized", 3400.0),
    ]
    assert metric_values("Officers identified 96 Ethiopian and Ugandan nationals being moved to the border.") == [
        ("identified", 96.0)
    ]


def test_workshops_taken_down_are_dismantled_and_workshops_held_are_nothing():
    assert metric_values("Authorities dismantled two workshops where craft weapons were assembled.") == [
        ("dismantled", 2.0)
    ]
    assert metric_values("The agency held two workshops for prosecutors and judges.") == []


def test_a_count_after_across_says_where_not_what_was_done():
    assert metric_values("Investigators identified 1,870 mule accounts across 14 banks and 26 suspects.") == [
        ("other", 1870.0),
        ("identified", 26.0),
    ]
    assert metric_values("The raids led to 975 arrests across 14 regions.") == [("arrests", 975.0)]


def test_the_verb_after_of_them_says_what_befell_the_part():
    body = "The week's results: 47 child victims identified, 16 of them rescued from ongoing abuse."
    assert metric_values(body) == [("identified", 47.0), ("rescued", 16.0)]
    assert metric_values("Police arrested 40 people, 12 of whom were later released.") == [("arrests", 40.0)]


def test_a_headline_figure_without_an_operation_is_the_bodys_figure_of_the_operation_named_there():
    text = (
        "DIICOT: 52 held after 160 searches in 19 counties\n\n"
        "Bucharest, 26 November 2026 – Prosecutors and police officers carried out on Wednesday 160 house searches "
        'in 19 counties, in an action code-named "Bastion", aimed at groups trafficking drugs.\n\n'
        "Prosecutors ordered the detention of 52 suspects for 24 hours."
    )
    found = [(f.operation, f.metric, f.value) for f in extract(text).figures]
    assert sorted(found) == [("Bastion", "arrests", 52.0), ("Bastion", "other", 160.0)]


def test_a_sum_under_a_network_dismantled_is_the_crimes_size_not_a_result():
    body = "Authorities dismantled a network suspected of laundering at least EUR 180 million and arrested 14 people."
    assert metric_values(body) == [("arrests", 14.0)]


def test_a_contrast_clause_has_its_own_verb():
    """ ", while …" opens a clause of its own: the verb before it does not govern the numbers after it."""
    body = "Officers destroyed 4,236 plants on site, while 3.8 kilograms of dried leaves were kept for analysis."
    assert metric_values(body) == [("other", 4236.0)]
    body = "Officers destroyed 4,236 plants, while customs seized 40 kg of heroin at the port."
    assert metric_values(body) == [("other", 4236.0), ("seized", 40.0)]


def test_affiliates_of_a_gang_are_people():
    assert metric_values("Investigators identified 37 affiliates who rented the malware.") == [("identified", 37.0)]


@pytest.mark.parametrize(
    "closing",
    [
        "The seizure is the largest since Operation Grey Heron in 2019, when 1.2 tonnes were found in Mombasa.",
        "The arrests were not linked to Operation Grey Heron, a separate inquiry into fuel smuggling.",
        "The seizure was the second this year after Operation Grey Heron uncovered 90 kg at the same port.",
    ],
)
def test_a_sentence_comparing_with_another_operation_does_not_claim_the_figures(closing):
    """An independent review's finds: only a sentence saying how the reported events relate to the operation
    (under it, part of it, a phase of it) gives them to it; comparing with it does not."""
    by_value = operation_by_value(_FIGURES_FIRST + closing)
    assert by_value[48.0] is None and by_value[3.0] is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a count after "across" that is what was done, not where
        ("Police executed search warrants across 40 addresses in the city.", [("other", 40.0)]),
        # the head of "X of the Y" is X
        ("Police seized 12 cars of the ringleaders.", [("seized", 12.0)]),
        # gallons that are goods of their own, not a conversion in brackets
        (
            "Agents seized 500 litres of ethanol and some 200 gallons of methanol.",
            [("seized", 500.0), ("seized", 200.0)],
        ),
        # "intervened" with a preposition acted on a place, seized nothing
        ("Officers intervened at 40 locations and arrested 22 people.", [("arrests", 22.0)]),
        # physical keys are goods
        ("Officers seized 40 car keys and 12 vehicles.", [("seized", 40.0), ("seized", 12.0)]),
    ],
)
def test_shapes_an_independent_review_found_misread_today(body, expected):
    assert metric_values(body) == expected


def test_a_value_on_the_street_is_the_seizures_value():
    body = "The coast guard seized 1.2 tonnes of cannabis. Its value on the street was estimated at €18.5 million."
    assert metric_values(body) == [("seized", 1.2), ("seized", 18500000.0)]


def test_what_a_stopped_vehicle_was_carrying_is_seized():
    body = "In Chad, a lorry stopped near the border was carrying 63 assault rifles hidden in cattle feed."
    assert metric_values(body) == [("seized", 63.0)]
    assert metric_values("A bus carrying 40 passengers arrived at the border post.") == []


def items_of_money(body: str) -> list[tuple[float, str | None]]:
    return [(f[1], f[3]) for f in figs(doc(body)) if f[2] not in ("count", "kg", "tonnes", "litres", "m3")]


def test_each_value_in_a_list_of_goods_worth_sums_is_its_own_goods_value():
    body = "Officers seized heroin worth €84,000, cannabis resin worth €31,500, €12,700 in cash and two vans."
    assert items_of_money(body) == [
        (84000.0, "heroin value"),
        (31500.0, "cannabis resin value"),
        (12700.0, "cash"),
    ]


def test_a_value_put_on_the_goods_names_the_goods_after_value_of():
    body = (
        "Rangers seized 31 elephant tusks and 6 leopard skins. Officials put the value of the tusks on the "
        "black market at about $240,000. A second statement put the value of the recovered skins at KES 1.9 million."
    )
    assert items_of_money(body) == [(240000.0, "tusks value"), (1900000.0, "skins value")]


def test_money_in_accounts_frozen_is_funds_in_frozen_accounts():
    body = "Investigators seized €46,000 in cash. Nine bank accounts were frozen, holding a combined €1.3 million."
    assert items_of_money(body) == [(46000.0, "cash"), (1300000.0, "funds in frozen accounts")]
    assert items_agree("funds in frozen accounts", "frozen")
    assert items_agree("funds in frozen accounts", "money in frozen bank accounts")


@pytest.mark.parametrize(
    "written, unit",
    [
        ("84,000 Saudi riyals", "SAR"),
        ("12 million Egyptian pounds", "EGP"),
        ("3.4 million Turkish liras", "TRY"),
        ("1.9 million liras", "TRY"),
        ("650,000 Hong Kong dollars", "HKD"),
        ("2 million Pakistani rupees", "PKR"),
        ("7.5 million Sri Lankan rupees", "LKR"),
        ("900,000 Ugandan shillings", "UGX"),
        ("45,000 Qatari rials", "QAR"),
        ("1.2 million Brazilian reais", "BRL"),
        ("300,000 Swedish kronor", "SEK"),
    ],
)
def test_a_currency_named_by_its_country_after_the_sum(written, unit):
    assert figs(f"Customs officers seized {written} in cash from two travellers.")[0][1:3][1] == unit


def test_a_country_word_after_a_count_is_no_currency():
    assert [f[2] for f in figs("Police arrested 14 Egyptian nationals and seized 9 Toyota pickups.")] == [
        "count",
        "count",
    ]


def test_parts_of_a_group_counted_before_take_its_metric():
    body = (
        "Officers rescued 38 young people from a compound near the port.\n\n"
        "Phones and ledgers were taken away for examination, a spokesperson said.\n\n"
        "Addressing journalists in the regional capital on Tuesday, the deputy police commander for the area, "
        "Chief Inspector Ama Boateng, said the victims, 26 males and 12 females, were aged 16 to 30. "
        "She said five of the victims were minors."
    )
    assert [f[:4:3] + (f[1],) for f in figs(doc(body))] == [
        ("rescued", "young people", 38.0),
        ("rescued", "males", 26.0),
        ("rescued", "females", 12.0),
        ("rescued", "minors", 5.0),
    ]
    arrested = (
        "Police arrested 31 suspects. Seven of the suspects were foreign nationals; two of the suspects were freed."
    )
    assert [(f[0], f[1], f[3]) for f in figs(doc(arrested))] == [
        ("arrests", 31.0, None),
        ("arrests", 7.0, "foreign nationals"),
    ]


def test_houses_raided_near_a_rescue_are_no_rescued_people():
    # (the houses are the places searched: `other`, as in the wild gold's "houses raided")
    assert metric_values("Officers rescued 23 women in raids on four houses in the old town.") == [
        ("rescued", 23.0),
        ("other", 4.0),
    ]


def test_a_part_drawn_from_those_detained_takes_the_verb_before_it():
    body = (
        "Police detained 512 people in raids on four compounds. Officers identified 207 of those detained "
        "as victims of forced labour. Police said 36 of those detained were minors."
    )
    assert [(f[0], f[1], f[3]) for f in figs(doc(body))] == [
        ("arrests", 512.0, None),
        ("other", 4.0, "compounds"),
        ("identified", 207.0, "victims of forced labour"),
        ("arrests", 36.0, "minors"),
    ]
    # "of them" and "of those were …" still say what befell the part
    assert metric_values("Officers identified 47 child victims, 16 of them rescued.") == [
        ("identified", 47.0),
        ("rescued", 16.0),
    ]


def test_the_drug_worth_a_sum_is_the_drug_named_before():
    body = (
        "Agents found 2,140 kilos of cocaine in sacks of rice at a warehouse near the port. They also seized "
        "four pistols, two trucks and USD 61,000 in cash. The drug would have been worth more than USD 80 million "
        "in Europe, investigators said."
    )
    assert items_of_money(body) == [(61000.0, "cash"), (80000000.0, "cocaine value")]
    # "the drugs" of several kinds keep their plural
    body = "Officers seized 3 kg of heroin and 9 kg of cannabis. The drugs were worth an estimated $120,000."
    assert items_of_money(body) == [(120000.0, "drugs value")]


def test_a_couriers_fee_and_a_pills_strength_are_no_seizures():
    body = (
        "Officers seized 3.1 kg of heroin from a courier, who was to be paid N2.8 million on delivery and will "
        "be charged. In Kano, 640,000 capsules of tramadol 120mg were recovered from a lorry, and 9,500 packs "
        "of diazepam 10mg from a shop."
    )
    assert metric_values(body) == [("seized", 3.1), ("seized", 640000.0), ("seized", 9500.0)]


def test_a_follow_up_operation_in_the_lead_is_no_campaign_named_later():
    text = (
        "Agency seizes heroin at Lagos airport\n\n"
        "Officers seized 6.2 kilograms of heroin concealed in the linings of three suitcases at the airport. "
        "A passenger was arrested, and a follow-up operation led to the arrest of his receiver.\n\n"
        "The agency's spokesman said in a statement on Sunday in Abuja that the consignment was found during "
        "the inward clearance of passengers on a flight from Addis Ababa, and that the passenger, a trader who "
        "claimed to deal in spare parts, had travelled through three countries before he reached Lagos.\n\n"
        "He said the receiver was traced to a hotel on the mainland, where he had checked in two days before "
        "the flight landed, and that both men would be charged once investigations were concluded.\n\n"
        "The chairman of the agency commended the officers at the airport for their vigilance and urged "
        "travellers to report anyone who asks them to carry bags for strangers, warning that couriers are "
        "often promised money that is never paid and are left to face the courts alone.\n\n"
        "The agency said its commands in Kano and Jigawa, working under Operation Dry Harmattan, arrested 51 "
        "suspects and recovered 1,900 kilograms of cannabis in the past week."
    )
    assert text.index("Operation Dry") > 1000  # named after the lead
    found = [(f.operation, f.metric, f.value) for f in extract(text).figures]
    assert found == [
        (None, "seized", 6.2),
        ("Dry Harmattan", "arrests", 51.0),
        ("Dry Harmattan", "seized", 1900.0),
    ]


def test_a_list_after_a_noun_cue_takes_the_verb_of_the_items_before_it():
    body = (
        "Agents served 9 arrest warrants. During the searches, agents found R$ 2.3 million and US$ 48,000 in "
        "cash, 9 designer handbags and two pistols."
    )
    assert metric_values(body) == [
        ("other", 9.0),
        ("seized", 2300000.0),
        ("seized", 48000.0),
        ("seized", 9.0),
        ("seized", 2.0),
    ]
    # people after goods keep their own verb
    body = "Three other cases in the north netted 1.2 million pills and 11 suspects, among them two village chiefs."
    assert metric_values(body) == [("other", 3.0), ("seized", 1200000.0), ("arrests", 11.0), ("arrests", 2.0)]


def test_parts_of_the_detained_named_by_nationality():
    body = "Police detained 23 people in raids. Nineteen of the detainees are Peruvian and four are Bolivian nationals."
    assert [(f[0], f[1], f[3]) for f in figs(doc(body))] == [
        ("arrests", 23.0, None),
        ("arrests", 19.0, "Peruvian"),
        ("arrests", 4.0, "Bolivian nationals"),
    ]


def test_parts_of_the_goods_and_the_kina_sign():
    body = (
        "Police in Mount Hagen seized 27 firearms and K41,300 in cash at checkpoints. Of the firearms, "
        "19 were homemade shotguns and 8 were factory-made."
    )
    assert [(f[0], f[1], f[2], f[3]) for f in figs(doc(body))] == [
        ("seized", 27.0, "count", "firearms"),
        ("seized", 41300.0, "PGK", "cash"),
        ("seized", 19.0, "count", "homemade shotguns"),
        ("seized", 8.0, "count", "factory-made firearms"),
    ]
    assert figs("Lusaka police seized K1.6 million in cash from a trader in Zambia.")[0][2] == "ZMW"
    assert all(f[2] == "count" for f in figs("A K9 team found 12 kits of 1,200 rounds in a van."))  # no kina


def test_a_hedged_count_counted_precisely_later_is_the_precise_count():
    body = (
        "Officers found more than 2.4 million contraband cigarettes in a lorry at the border. A sniffer dog had "
        "reacted to the trailer. Officers then counted 2,437,600 cigarettes packed in 244 boxes."
    )
    assert [(f[0], f[1], f[4]) for f in figs(doc(body))][:1] == [("seized", 2437600.0, None)]
    body = "Police seized over 9 million pills in six raids. The pills, 9,140,000 in all, were sent for testing."
    assert [(f[0], f[1], f[4]) for f in figs(doc(body))][:1] == [("seized", 9140000.0, None)]
    # (or as the consignment holding them: "a consignment of 937 cartons, containing 9,370,000 sticks")
    body = (
        "Customs intercepted over 9.3 million sticks of contraband cigarettes at the port. Officers of the Port "
        "Police, the standards bureau and the port authority confirmed a consignment of 937 cartons, containing "
        "9,370,000 sticks of cigarettes."
    )
    assert [(f[0], f[1], f[4]) for f in figs(doc(body))][:1] == [("seized", 9370000.0, None)]


def test_places_counted_after_raids_on_are_what_was_searched():
    body = "Officers seized three rifles, 22 phones and $41,000 in cash in raids on nine properties in Cali."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [
        ("seized", 3.0),
        ("seized", 22.0),
        ("seized", 41000.0),
        ("other", 9.0),
    ]


def test_what_a_place_can_hold_is_its_capacity():
    body = "Rangers seized 40 parrots from a trader. The rescue centre near the park can hold up to 3,000 animals."
    assert metric_values(body) == [("seized", 40.0)]


def test_decryption_keys_recovered_are_data_and_servers_seized_stay_seized():
    # (servers "taken down" are dismantled; "seized" ones are seized, as the blind wv batch has it)
    body = "Police arrested 4 suspects, seized 27 servers and recovered 1,380 decryption keys for the victims."
    assert metric_values(body) == [("arrests", 4.0), ("seized", 27.0), ("other", 1380.0)]


def test_review_findings_on_counts_doses_and_parts_of_the_goods():
    # a sample tested is not the seizure counted again
    body = "Police seized about 5,000 ecstasy tablets. Laboratory tests on 4,950 tablets confirmed MDMA."
    assert [(f[1], f[4]) for f in figs(doc(body))] == [(5000.0, "about")]
    # what became of a part of the goods is no part of them: goods returned are the guide's `other` (as the wild
    # gold has "41 cattle were returned to their owners"), not more goods seized
    body = "Police seized 46 firearms. Of the firearms, 12 were later returned to their owners."
    assert metric_values(body) == [("seized", 46.0), ("other", 12.0)]
    # fentanyl weighed in milligrams is an amount seized, not a dose
    assert ("seized", 0.0002) in metric_values("Police seized 4 kg of heroin and fentanyl 200 mg in the raid.")
    # raids in the course of which goods were found are counted, not hidden places
    assert metric_values("The weapons were found in the course of 45 raids across the country.") == [("other", 45.0)]


def test_a_list_numbered_with_colons_is_a_list_of_goods():
    text = doc(
        "Customs officers searched the lorry on Monday.\n\nItems seized:\n\n"
        "1: 3,150 ecstasy tablets\n2: 3 cars and 1 motorbike\n3: EUR 7,250 and 2,600,000 riels in cash\n"
        "4: Precursor liquids, 40 litres\n"
    )
    got = {(f[0], f[1], f[2], f[3]) for f in figs(text)}
    assert {
        ("seized", 3150.0, "count", "ecstasy tablets"),
        ("seized", 3.0, "count", "cars"),
        ("seized", 1.0, "count", "motorbike"),
        ("seized", 7250.0, "EUR", "cash"),
        ("seized", 2600000.0, "KHR", "cash"),
        ("seized", 40.0, "litres", None),
    } <= got
    assert not {f for f in got if f[1] in (1.0, 2.0, 3.0, 4.0) and f[3] is None}  # the list's own numbers


def test_a_suspect_list_giving_sex_and_age_gives_people_not_counts():
    text = doc(
        "Anti-drug officers arrested four suspects in a raid on a warehouse. The suspects were identified as:\n\n"
        "1. WANG LI NA, female, 34, Chinese;\n2. PHAM DUC THANH, male, 41, Vietnamese;\n"
        "3. Sok Dara, male, 27, Cambodian;\n4. KHAMPHOUI Souk, male, 52, Laotian.\n"
    )
    result = extract(text)
    assert [(f.metric, f.value) for f in result.figures] == [("arrests", 4.0)]
    people = {e.name for e in result.entities if e.type == "PERSON"}
    assert {"WANG LI NA", "PHAM DUC THANH", "Sok Dara", "KHAMPHOUI Souk"} <= people


def test_a_text_that_turns_to_its_second_operation_gives_it_the_figures_after():
    text = (
        "Two blows to drug gangs\nQuito, 4 March.\n\n"
        'The first operation, called "Marea Gris", targeted a warehouse at the port of Guayaquil.\n\n'
        "Officers found 310 kilograms of cocaine there. Four people were arrested.\n\n"
        'The second operation, "Selva Alta", was carried out on 2 March in Sucumbíos province.\n\n'
        "There, agents destroyed a laboratory, seized 95 kilograms of coca paste and arrested six people."
    )
    by_value = operation_by_value(text)
    assert by_value[310.0] == by_value[4.0] == "Marea Gris"
    assert by_value[95.0] == by_value[6.0] == "Selva Alta"
    # named once in passing, an operation does not take the figures after it
    passing = (
        "Ports hit in joint sweep\nLisbon, 4 March.\n\n"
        "Operation Cabo Norte targeted cocaine shipments through Portuguese ports.\n\n"
        "It ended with Joint Action Days Vento Sul in three countries.\n\n"
        "Officers seized 2.1 tonnes of cocaine and arrested 14 people."
    )
    assert operation_by_value(passing)[14.0] == "Cabo Norte"


def test_perus_sol_written_s_slash():
    got = figs(doc("Agents seized 41 kilograms of cocaine paste and S/ 52,300 in cash in Ayacucho."))
    assert ("seized", 41.0, "kg", "cocaine paste", None, None) in got
    assert ("seized", 52300.0, "PEN", "cash", None, None) in got
    assert not any(f[0] == "arrests" for f in got)


def test_a_list_of_labels_and_dashes_gives_the_goods_taken():
    text = doc(
        "Police said 412 suspects were arrested and the following were taken into custody:\n"
        "Heroin – 2.118 kg\nCannabis – 96.4 kg\nIce – 640 grams\nIllicit liquor - 1,800 litres\nFirearms – 7\n"
        "Cannabis plants – 12,400\n"
    )
    got = {(f[0], f[1], f[2], f[3]) for f in figs(text)}
    assert {
        ("arrests", 412.0, "count", None),
        ("seized", 2.118, "kg", "Heroin"),
        ("seized", 96.4, "kg", "Cannabis"),
        ("seized", 0.64, "kg", "Ice"),
        ("seized", 1800.0, "litres", "Illicit liquor"),
        ("seized", 7.0, "count", "Firearms"),
        ("seized", 12_400.0, "count", "Cannabis plants"),  # (plants are goods, not people taken)
    } <= got
    # an offence named as a label is no goods: arrests by offence stay arrests
    offences = doc("Arrests by offence:\nDrug trafficking – 58\nFirearms trafficking – 21\n")
    assert [(f[0], f[1]) for f in figs(offences)] == [("arrests", 58.0), ("arrests", 21.0)]


def test_counts_of_a_charge_and_shares_are_no_figures():
    body = (
        "Officers arrested three men. One of them was charged with four counts of supplying class A drugs. "
        "Police dismantled 86 laboratories, three quarters of them in the north."
    )
    assert metric_values(body) == [("arrests", 3.0), ("dismantled", 86.0)]


def test_an_age_in_a_suspects_apposition_does_not_part_the_goods_from_the_arrest():
    body = (
        "The Commission arrested a Tanzanian trader identified as Baraka Mollel Kimaro, male aged 37, of "
        "Chawama, for trafficking in 2.65 kilograms of crystal methamphetamine and 410 grams of heroin."
    )
    assert metric_values(body) == [("seized", 2.65), ("seized", 0.41)]
    # (a list of ages before the verb is still passed over: the three are arrested)
    assert metric_values("Three men, aged 29, 35 and 52, were arrested and charged.") == [("arrests", 3.0)]


def test_a_single_weapon_a_makes_model_number_and_a_share_in_a_seizure_list():
    body = (
        "Seized were two Glock 17 pistols, one Taurus revolver and one shotgun. "
        "Officers said one package in five opened at the depot held pills."
    )
    got = [(f[0], f[1], f[3]) for f in figs(doc(body))]
    # the make's model number (17) is no count, and "one … in five" is a share
    assert got == [("seized", 2.0, "Glock 17 pistols"), ("seized", 1.0, "Taurus revolver"), ("seized", 1.0, "shotgun")]
    # a singular goods noun counts only as what is counted, not before another noun
    assert metric_values("Inspectors visited 12 hand car washes and arrested two men.") == [
        ("other", 12.0),
        ("arrests", 2.0),
    ]


def test_an_adjective_ending_in_ed_inside_a_list_is_no_verb_between_it_and_its_participle():
    assert metric_values("Five illegal firearms and 212 rounds of assorted ammunition were seized.") == [
        ("seized", 5.0),
        ("seized", 212.0),
    ]


def test_a_quote_mark_alone_is_no_item():
    # (a Markdown file's backticks around a figure: "`Rs6.8 million` recovered")
    got = figs(doc("Officers said `Rs6.8 million` recovered and 12 `` seized in the raids."))
    assert got and all(f[3] is None or any(c.isalnum() for c in f[3]) for f in got)


def test_a_mass_written_with_a_leading_zero_is_read():
    # (Sri Lankan police releases write small masses so: "01.284 kg", "05.150 kilos")
    text = doc("Heroin seized - 01.284 kg\nIce seized - 02.917 kg\nThe raid ended at 06.00 a.m. on Friday.\n")
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("seized", 1.284, "kg"), ("seized", 2.917, "kg")]


def test_a_philippine_buy_bust_release():
    # (the shapes of Philippine drug-agency releases: "drug personalities", a weight "more or less", the
    # standard drug price with its short form in brackets, a goods verb before the people's own participle)
    text = (
        "P9.1-M shabu seized, 4 drug personalities nabbed in Iloilo ops\n"
        "ILOILO CITY - Agents seized from the suspects one knot-tied plastic bag containing white crystalline "
        "substance believed to be shabu, weighing more or less 1,340 grams with a Standard Drug Price (SDP) of "
        "P9,112,000, and arrested four drug personalities."
    )
    got = [(f[0], f[1], f[2]) for f in figs(text)]
    assert ("seized", 1.34, "kg") in got and ("seized", 9_112_000.0, "PHP") in got
    assert ("arrests", 4.0, "count") in got and not [g for g in got if g[0] == "other"]


def test_a_currency_named_before_the_sum_and_a_one_letter_licence_plate():
    body = (
        "The suspect was found with cash amounting to Tanzanian shillings 23,400,000, which was seized together "
        "with two motor vehicles with registration numbers T 418 DXQ and T 772 EEB."
    )
    got = [(f[0], f[1], f[2]) for f in figs(doc(body))]
    assert got == [("seized", 23_400_000.0, "TZS"), ("seized", 2.0, "count")]
    assert [(f[1], f[2]) for f in figs(doc("Officers seized Kenya shillings 1,200,000 in cash."))] == [
        (1_200_000.0, "KES")
    ]


def test_a_figure_whose_clause_ends_on_an_earlier_year_is_not_the_operations():
    text = (
        "Operation Zwaluw: 12 arrests\nBRUSSELS, 3 December 2026 - Police in Operation Zwaluw arrested 12 "
        "people on Tuesday. The prosecutor recalled that customs at the port seized 44 tonnes of cocaine in 2025."
    )
    assert operation_by_value(text) == {12.0: "Zwaluw", 44.0: None}
    # the operation's own year keeps its figure
    same = text.replace("in 2025.", "in 2026.")
    assert operation_by_value(same) == {12.0: "Zwaluw", 44.0: "Zwaluw"}


def test_a_dated_figure_in_a_text_that_tells_no_year_of_its_own_is_another_periods():
    # no date line and no year for the operation: the story tells its own events by day ("on Tuesday"),
    # the figures it dates are the background it compares with
    text = (
        "Operation Zwaluw: 12 arrests\nPolice in Operation Zwaluw arrested 12 people on Tuesday and seized "
        "3 kg of heroin. Customs at the port seized 44 tonnes of cocaine in 2025, a record.\n\n"
        "In 2024, officers seized 9 tonnes.\n"
    )
    assert operation_by_value(text) == {12.0: "Zwaluw", 3.0: "Zwaluw", 44.0: None, 9.0: None}


def test_totals_credited_to_a_bodys_statistics_are_not_the_operations():
    text = (
        "Raids net 40\nBANGKOK, 28 November 2026 - Police arrested 40 people in Operation Pha Kao on Monday.\n\n"
        "From Oct 1 to Nov 27, police nationwide arrested 4,806 suspects in drug cases, according to NSB figures.\n"
        "Since then the operation has led to 12 more arrests, according to police data.\n"
    )
    assert operation_by_value(text) == {40.0: "Pha Kao", 4806.0: None, 12.0: "Pha Kao"}
    # results as announced are the operation's: "according to figures released by INTERPOL"
    text = (
        "Victims freed\nNEW DELHI, 4 October 2025 – The operation, codenamed Silent Harbour II, ran for three weeks."
        "\n\nAccording to figures released by INTERPOL in Lyon, officers rescued 1,127 victims and arrested 348 "
        "suspects.\n"
    )
    assert operation_by_value(text) == {1127.0: "Silent Harbour II", 348.0: "Silent Harbour II"}


def test_a_bodys_name_is_no_anaphor_and_a_year_a_deed_began_is_no_operations_year():
    # "the Environmental Investigation Agency" names a body, not "the investigation": its year is no edition's
    text = (
        "Scales seized as Thunder operation ends\n\nOfficers seized 3.7 tonnes of pangolin scales. The operation, "
        'Thunder 2026, ran through September. "Thunder shows what customs can do," she said. A 2025 review by the '
        "Environmental Investigation Agency found that just 11 were convicted.\n\nThunder 2025, the previous "
        "edition, resulted in 2,170 seizures.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[3.7], by_value[2170.0]) == ("Thunder 2026", "Thunder 2025")
    # "since 2023 the members of the group recruited …" tells when the crime began, not the operation's year
    text = (
        "Ring dismantled\nCHISINAU, 22 October 2026 – Police dismantled a trafficking ring in Operation Capcana.\n\n"
        "According to the investigation, since 2023 the members of the group recruited young women.\n\n"
        "We remind that in 2025, police officers identified 187 victims of trafficking.\n"
    )
    assert operation_by_value(text)[187.0] is None


def test_an_operation_named_under_a_heading_of_its_own_is_that_parts_story():
    lead = (
        "Navy campaign nets 94 tonnes\nBOGOTA – The Navy seized 94.2 tonnes of cocaine during Operation Orion XVI, its "
        "latest campaign.\n\nThe campaign ran for seven weeks and 412 people were captured.\n\n"
    )
    part = (
        "Ecuador port checks\n\nIn Ecuador, police said separately that they had seized 22.7 tonnes of cocaine "
        "at the ports, in what officials described as the Gran Fenix operation.\n\nThe police commander said 63 "
        "people had been detained since the operation began.\n"
    )
    by_value = operation_by_value(lead + part)
    assert (by_value[412.0], by_value[22.7], by_value[63.0]) == ("Orion XVI", "Gran Fenix", "Gran Fenix")
    # without the heading, an operation named once in passing leaves the story to the main one
    assert operation_by_value(lead + part.replace("Ecuador port checks\n\n", ""))[63.0] == "Orion XVI"
    # an earlier edition of the main one named under a heading is a comparison, not the part's story
    earlier = (
        "A growing campaign\n\nIts previous edition, Orion XV, led to the capture of 287 people.\n\n"
        "In Panama, officers arrested seven people in April.\n"
    )
    assert operation_by_value(lead + earlier)[7.0] == "Orion XVI"


def test_a_bodys_totals_for_the_current_year_are_no_operations():
    text = (
        "Police foil smuggling\nABU DHABI – Police seized 4,215,600 Captagon tablets in Operation Stone Veil.\n\n"
        "He added that the Anti-Narcotics Directorate during the current year seized 19.8 tonnes of narcotics and "
        "arrested 1,372 accused.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[4_215_600.0], by_value[19.8], by_value[1372.0]) == ("Stone Veil", None, None)


def test_a_year_closing_a_sentences_opening_phrase_dates_its_figures():
    text = (
        "Timber seized\nJAKARTA, 2 March 2026 - Operation Rimba Jaya seized 210 logs this week.\n\n"
        "Earlier, in November 2025, a team in the same province confiscated 480 cubic metres of timber.\n"
        "Across the four patrols held in 2025, officers conducted 731 boardings.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[210.0], by_value[480.0], by_value[731.0]) == ("Rimba Jaya", None, None)
    # the operation's own start, told by the sentence ("the operation, launched in …"), is its own
    told = text.replace("Earlier, in November 2025, a team", "Launched in November 2025, the operation")
    assert operation_by_value(told)[480.0] == "Rimba Jaya"
    # a year inside the clause that tells the figure is no period of it
    inside = text.replace(
        "Earlier, in November 2025, a team in the same province confiscated 480",
        "The team recovered icons stolen from a church in 2019, and confiscated 480",
    )
    assert operation_by_value(inside)[480.0] == "Rimba Jaya"
    # after a reporting verb, with the clause's subject right after the year and no comma
    said = text.replace("Earlier, in November 2025, a team", "He indicated that in 2025 the team")
    assert operation_by_value(said)[480.0] is None
    # "in the year 2025", as official English often writes it
    year = text.replace("Earlier, in November 2025, a team", "He added that in the year 2025 the team")
    assert operation_by_value(year)[480.0] is None
    assert operation_by_value(text.replace("Earlier, in November 2025,", "In the year 2025,"))[480.0] is None
    # a year that is the operation's own stays its ("in 2026 the team"), and a date is no period
    assert operation_by_value(text.replace("Earlier, in November 2025, a team", "In 2026 the team"))[480.0] == (
        "Rimba Jaya"
    )


def test_a_list_lettered_a_b_c_a_date_with_its_year_before_a_count_and_bales_of_goods():
    text = doc(
        "Police recovered the following items:\n\na) 27 vehicles used in smuggling;\nb) 1 214 bales of "
        "second-hand clothing;\nc) US$48 610 in cash.\n\nOn 23rd November 2026, 164 people were arrested "
        "countrywide. The suspects were found with 42 bales of clothing. The raids ran on November 3, 5 and 9."
    )
    got = [(f[0], f[1]) for f in figs(text)]
    assert got == [("seized", 27.0), ("seized", 1214.0), ("seized", 48_610.0), ("arrests", 164.0), ("seized", 42.0)]


def test_a_currency_whose_iso_name_is_one_word_and_us_dollars_with_dots():
    # ISO 4217 names the dong and the kwacha by one word: the country's adjective still says whose
    text = doc("Officers seized cash worth nearly 14 billion Vietnamese dong and 2 million U.S. dollars.")
    assert [(f[1], f[2]) for f in figs(text)] == [(14e9, "VND"), (2e6, "USD")]


def test_totals_since_a_date_are_another_period_unless_the_sentence_speaks_of_the_operation():
    text = (
        "Operation Swarn Kavach nets 14\nNEW DELHI, 3 December 2026 - Officers arrested 14 people in Operation "
        "Swarn Kavach on Monday. Since 1 April 2026, the agency has seized 1,041 kg of smuggled gold. "
        "Since 10 November, the operation has led to the seizure of 212 kg of gold."
    )
    assert operation_by_value(text) == {14.0: "Swarn Kavach", 1041.0: None, 212.0: "Swarn Kavach"}


def test_rand_written_with_blanks_between_its_thousands():
    # (South African releases: "R23 450"; a road's number before metres is no money)
    text = doc("Cash amounting to R23 450 was confiscated on the R61 200 metres from the toll plaza.")
    assert [(f[1], f[2]) for f in figs(text)] == [(23_450.0, "ZAR")]


def test_an_unnamed_earlier_drive_the_sentence_turns_to_keeps_its_own_figures():
    text = (
        "Operation Dry Reed ends with 61 arrests\nACCRA, Ghana, 2 December 2026 – Police arrested 61 suspects in "
        "Operation Dry Reed this week. Dry Reed follows a similar operation carried out in 2025, which led to "
        "240 arrests. Dry Reed also led to 18 arrests in Kumasi."
    )
    assert operation_by_value(text) == {61.0: "Dry Reed", 240.0: None, 18.0: "Dry Reed"}
    # an earlier drive only spoken of, with no clause of its own telling results: the figures are the named one's
    for sentence, value in (
        ("Operation Atlas, a separate operation run by the state police, led to 41 arrests in Kano.", 41.0),
        ("Operation Atlas was larger than the previous operation and netted 300 arrests in Kano.", 300.0),
        ("Operation Atlas, which replaced an earlier crackdown on dealing, led to 88 arrests in Kano.", 88.0),
        ("Operation Atlas built on the previous edition's methods and resulted in 769 arrests.", 769.0),
    ):
        assert operation_by_value("Atlas ends\nABUJA, 2 December 2026 – " + sentence) == {value: "Atlas"}, sentence


def test_a_short_aside_in_brackets_does_not_break_a_list_closed_by_its_verb():
    text = doc(
        "A total of 310.5kg charas, 44kg opium, 6.2kg ice (crystal methamphetamine) and 9,400 tablets "
        "were recovered, as well as 1,500 litres of acetic anhydride."
    )
    assert [(f[0], f[1], f[2], f[3]) for f in figs(text)] == [
        ("seized", 310.5, "kg", "charas"),
        ("seized", 44.0, "kg", "opium"),
        ("seized", 6.2, "kg", "ice"),
        ("seized", 9400.0, "count", "tablets"),
        ("seized", 1500.0, "litres", "acetic anhydride"),
    ]


def test_gallons_given_with_their_litres_in_brackets_are_the_litres():
    # the guide has no gallons: a count of them is no figure; the litres beside them are
    text = doc("Coast guards recovered 52,000 gallons (196,800 litres) of stolen diesel from two barges.")
    assert [(f[0], f[1], f[2], f[3]) for f in figs(text)] == [("seized", 196_800.0, "litres", "stolen diesel")]


def test_the_leads_unnamed_operation_named_back_in_apposition_keeps_its_figures_beside_another_operation():
    background = (
        "The compounds, most of them in border towns, held workers recruited with offers of jobs in customer "
        "service and made to defraud strangers abroad through fake investment and romance schemes. "
    ) * 4
    text = (
        "Over 900 victims freed as regional operation ends\n\n"
        "WRITER: Somchai Boonmee and Ananya Srisuk\n\n"
        "Police in six countries freed 912 victims of trafficking and arrested 388 suspects in a two-month "
        "regional operation, the police said on Friday. " + background + "\n\n"
        'The operation, "Clear Water 2026", was coordinated by INTERPOL and ran from September to November.\n\n'
        "In a separate case, Operation Red Lotus led to 14 arrests in Chiang Mai.\n"
    )
    assert text.index("Clear Water") > 1000  # named after the lead
    assert operation_by_value(text) == {912.0: "Clear Water 2026", 388.0: "Clear Water 2026", 14.0: "Red Lotus"}
    # a roundup's section is headed by a place or a headline, not by a byline of names
    roundup = text.replace("WRITER: Somchai Boonmee and Ananya Srisuk", "BANGKOK: Victims freed in border raids")
    assert operation_by_value(roundup)[388.0] is None  # (its section names no operation in its paragraph)


def test_a_group_counted_before_listed_by_its_parts_with_included():
    lead = "Clear Water frees 1,600\nBANGKOK, 3 December 2026 – Police freed 1,600 victims of trafficking in a raid. "
    for body in (
        "The victims included 612 Indonesians, 437 Vietnamese and 96 Kenyans.",
        "The victims came from 28 countries. They included 612 Indonesians, 437 Vietnamese and 96 Kenyans.",
    ):
        assert [(f[0], f[1], f[3]) for f in figs(lead + body)][1:] == [
            ("rescued", 612.0, "Indonesians"),
            ("rescued", 437.0, "Vietnamese"),
            ("rescued", 96.0, "Kenyans"),
        ]
    # victims of a fraud are no people rescued; suspects listed are parts of those arrested
    fraud = "Fraud ring held\nLONDON – Police arrested 4 men over a scheme that defrauded 300 people. "
    assert [f[0] for f in figs(fraud + "The victims included 12 pensioners and 40 students.")] == ["arrests"]
    assert [(f[0], f[1]) for f in figs(fraud + "The suspects included 2 Nigerians and 1 Briton.")][1:] == [
        ("arrests", 2.0),
        ("arrests", 1.0),
    ]


def test_drugs_taken_off_our_streets_and_a_bound_restated_under_the_drugs_street_name():
    # an official's own streets are the phrase's streets; the precise amount replaces the hedged one
    text = (
        "Police net 47\nMOMBASA – Forty-seven suspects have been arrested and more than 38 kilogrammes of heroin "
        'seized in a crackdown, officers said.\n\n"We have taken 38.6 kilos of heroin off our streets," '
        "the commander said.\n"
    )
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 47), ("seized", 38.6)]
    # "more than 600 kilograms of ice" for 647.3 kg of methamphetamine: the drug's street name restates it
    text = (
        'Meth seized\nAUCKLAND – Police seized 647.3kg of methamphetamine at the port.\n\n"More than 600 '
        'kilograms of ice are now off our streets," the commander said.\n'
    )
    assert [(f.metric, f.value, f.unit) for f in extract(text).figures] == [("seized", 647.3, "kg")]


def test_about_after_and_goes_on_a_list_and_after_a_comma_converts():
    text = doc("Authorities seized 294 tonnes of drugs in 2024, and about 250 tonnes so far this year.")
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("seized", 294, "tonnes"), ("seized", 250, "tonnes")]
    # the same amount converted: one figure, in the guide's unit
    text = doc("Police seized 1,185 pounds of cocaine, about 537 kilograms.")
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("seized", 537, "kg")]


def test_apartments_raided_and_nationalities_counted_are_no_arrests():
    text = doc(
        "The six suspects were arrested in a coordinated raid on the warehouse and two apartments in Al Qusais. "
        "Police said they had arrested 1,742 suspects of 57 nationalities since the start of the year."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 6), ("arrests", 1742)]


def test_call_centres_shut_down_are_dismantled_raided_are_other_and_centres_taking_part_are_nothing():
    text = doc(
        "Police shut down 14 fraudulent call centres in Kyiv. In Sofia, officers raided four call centres. "
        "The 3 scam centres were closed on Monday. Staff from 6 centres took part in the training."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("dismantled", 14), ("other", 4), ("dismantled", 3)]
    assert [(f[0], f[1]) for f in figs(doc("Results:\n- 6 call centres shut down\n"))] == [("dismantled", 6)]


def test_suspects_picked_up_are_arrests_and_the_parts_they_are_made_up_of_too():
    text = doc("The 16 suspects, made up of nine Ghanaians and seven Nigerians, were picked up in raids in Accra.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("arrests", 16, None),
        ("arrests", 9, "Ghanaians"),
        ("arrests", 7, "Nigerians"),
    ]
    assert [(f[0], f[1]) for f in figs(doc("Police picked up 12 suspects in dawn raids."))] == [("arrests", 12)]


def test_a_noun_of_events_counts_only_the_number_written_with_it():
    text = doc(
        'Police seized 1.1 tonnes of cocaine. "This is 1.1 tonnes of cocaine that will not reach our streets, '
        'and more than five million hits of a drug," he said. Checks against the databases produced 2,730 hits.'
    )
    got = [(f[0], f[1], f[2]) for f in figs(text)]
    assert [g for g in got if g[2] == "tonnes"] == [("seized", 1.1, "tonnes")]  # the quote restates the seizure
    assert ("other", 2730, "count") in got


def test_migrants_found_in_a_vehicle_are_identified_and_their_smugglers_arrested():
    text = doc(
        "Police stopped a lorry near Gevgelija carrying 34 migrants in a sealed trailer; the driver was arrested. "
        "Gendarmes intercepted two pirogues carrying 173 migrants and arrested four suspected smugglers. "
        "In Austria, 36 migrants were found in the trailer of a lorry."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [
        ("identified", 34),
        ("seized", 2),
        ("identified", 173),
        ("arrests", 4),
        ("identified", 36),
    ]
    # migrants taken from the sea are rescued as the verb says
    text = doc("The coast guard rescued 61 migrants from a sinking boat.")
    assert [(f[0], f[1]) for f in figs(text)] == [("rescued", 61)]


def test_people_held_in_a_headline_are_arrests():
    for headline, expected in [
        ("Three held after raid in Mombasa", [("arrests", 3)]),
        ("CBS dismantles three drug labs, 17 held including Dutch cooks", [("dismantled", 3), ("arrests", 17)]),
        ("Police rescue 43 foreigners held in recruitment house", [("rescued", 43)]),
    ]:
        got = [(f.metric, f.value) for f in extract(headline + "\n\nThe police said the work went on.\n").figures]
        assert got == expected, headline
    # in a body, people or goods "held" are where they are kept: no cue
    assert figs(doc("The 30 migrants held at the centre were given food.")) == []


def test_channels_of_illegal_migration_exposed_or_liquidated_are_dismantled_messaging_channels_are_not():
    text = doc(
        "Officers exposed 23 channels of illegal migration and 4 organized criminal groups. In the second stage, "
        "18 channels of drug trafficking were liquidated. Police also blocked 40 Telegram channels."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [
        ("dismantled", 23),
        ("dismantled", 4),
        ("dismantled", 18),
        ("other", 40),
    ]


def test_containers_the_goods_came_in_and_things_a_clause_does_are_no_figures():
    text = doc("Officers at the airport intercepted 146 live tortoises in two passenger suitcases.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 146)]
    # the units goods are sold in are counted beside them
    text = doc("Inspectors found a total of 4,612,000 cigarettes, in 23,060 cartons, in three warehouses.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 4_612_000), ("seized", 23_060)]
    # what a relative clause's verb did to things that are no goods is none of the result
    text = doc("Officers seized servers linked to a ransomware gang that had attacked two hospitals.")
    assert figs(text) == []
    assert figs(doc('"The scale of these seizures tells us two things," he said.')) == []


def test_the_verb_right_before_a_count_beats_a_relative_clauses_passive_after_it():
    text = doc("Authorities identified 2,380 potential victims who were screened and referred to protection services.")
    assert [(f[0], f[1]) for f in figs(text)] == [("identified", 2380)]
    # with no verb before, the clause's passive still says what befell them
    text = doc("Some 2,380 potential victims, who were rescued from compounds, were referred to shelters.")
    assert [f[0] for f in figs(text)] == ["rescued"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a part of a count after "comprising" is the count's, but not across a verb of its own
        ("They seized 40 kg of cocaine and arrested a gang comprising 5 Albanians.", [("seized", 40), ("arrests", 5)]),
        ("They rescued 12 children and arrested a ring composed of 4 traffickers.", [("rescued", 12), ("arrests", 4)]),
        # people picked up from the sea are taken to safety
        ("A passing cargo ship picked up 37 survivors after the dinghy sank.", [("rescued", 37)]),
        # a result in a relative clause still governs the count before it
        ("Police identified 40 suspects who were arrested in dawn raids.", [("arrests", 40)]),
        ("Officers located 14 children who were rescued from the cocoa farm.", [("rescued", 14)]),
        # a relative clause that lists a group's parts is no clause of its own verb
        ("Police arrested 40 suspects who included 12 women.", [("arrests", 40), ("arrests", 12)]),
        # two round seizures on two days are two seizures
        (
            "Officers seized more than 50 kg of heroin on Monday. On Tuesday, a second team seized 72 kg of heroin.",
            [("seized", 50), ("seized", 72)],
        ),
        # smugglers of migrants are no migrants; companies exposed are found out, not taken down
        ("Twelve migrant smugglers were found guilty by the court.", []),
        ("The investigation exposed 12 shell companies used to launder money.", []),
    ],
)
def test_review_of_the_session_s_rules(body: str, expected: list) -> None:
    assert [(f[0], f[1]) for f in figs(doc(body))] == expected


def test_a_headline_s_held_is_no_arrest_of_hostages_a_vigil_or_people_kept_at_a_centre():
    for headline in (
        "Kenya: 12 held hostage in Lagos bank siege",
        "30 foreigners held in Bangkok immigration centre go on hunger strike",
        "More than 2,000 people held a vigil outside the court",
    ):
        assert extract(headline + "\n\nThe story went on.\n").figures == [], headline


def test_an_earlier_edition_opening_its_sentence_is_a_comparison_not_the_next_story():
    text = (
        "Canopy ends\nLYON - Operation Canopy 2026 led to 612 arrests in 38 countries.\n\n"
        "Compared with the 2025 edition, arrests rose by half. Operation Canopy 2025 resulted in 418 arrests.\n\n"
        "Breakdown by country\n\nIn Nigeria, customs officers intercepted two containers holding 3.2 tonnes of "
        "pangolin scales.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[612.0], by_value[418.0], by_value[3.2]) == ("Canopy 2026", "Canopy 2025", "Canopy 2026")
    # another operation opening its sentence is the text's next story
    story = text.replace("Operation Canopy 2025 resulted", "Operation Thicket resulted")
    assert operation_by_value(story)[3.2] == "Thicket"


def test_a_capitalised_anaphor_and_an_earlier_drive_under_a_heading():
    text = (
        "Atlas ends\nOperation Atlas was launched in March across the region.\n\nDuring the Operation, police "
        "seized 4 tonnes of cocaine in 2025 and arrested 40 people.\n"
    )
    assert {f.operation for f in extract(text).figures} == {"Atlas"}
    text = (
        "Thunder ends\nLYON - Operation Thunder 2026 led to 500 seizures.\n\nBackground\n\nThe operation builds on "
        "Operation Lionfish, which INTERPOL ran in 2024.\n\nDuring the operation, officers arrested 300 suspects.\n"
    )
    assert operation_by_value(text)[300.0] == "Thunder 2026"


def test_a_list_of_goods_goes_on_to_cash_named_before_its_sums():
    text = doc(
        "The agencies also seized 9,400 mobile phones, 2,130 computers and laptops, 38 firearms, and cash "
        "amounting to THB 48.7 million, PHP 12 million and USD 1.3 million."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)][3:] == [
        ("seized", 48_700_000, "THB"),
        ("seized", 12_000_000, "PHP"),
        ("seized", 1_300_000, "USD"),
    ]


def test_people_a_relative_clause_counts_are_its_verbs_not_the_arrests_before_it():
    text = doc(
        "Police arrested 55 suspects, including a recruiter who allegedly sent more than 200 persons across the "
        "border, and a driver for a network that moved 1,000 people in a year."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 55)]
    # goods the clause counts were found on those arrested: still seized
    text = doc("We arrested three suspects who were offering 14 pieces of ivory for sale to officers.")
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 3), ("seized", 14)]


def test_people_counted_as_the_subject_of_a_relative_clause_are_no_result_of_the_verb_before_it():
    text = doc("Officers seized 3.1 tonnes of khat at a depot where 27 people were employed to pack the leaves.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 3.1)]
    text = doc("The parrots were taken to a rescue centre, where 12 of them later died.")
    assert figs(text) == []
    # people the clause says were found or held there are the operation's result still
    text = doc("The largest rescue took place in Tamale, where 21 children were found in two houses.")
    assert [(f[0], f[1]) for f in figs(text)] == [("rescued", 21)]


def test_a_crew_counted_before_listed_by_its_parts_takes_what_befell_it():
    lead = (
        "Boats held\nKUALA TERENGGANU – The agency detained 11 foreign fishing boats together with 146 crew members "
        "for fishing without a permit in Malaysian waters, its director said in a statement on Friday. All the "
        "boats were held at distances of between 68 and 112 nautical miles from the coast. "
    )
    parts = "He said the crew comprised 139 Vietnamese men and seven Indonesians."
    assert [(f[0], f[1]) for f in figs(lead + parts)] == [
        ("seized", 11.0),
        ("arrests", 146.0),
        ("arrests", 139.0),
        ("arrests", 7.0),
    ]
    rescued = "Rescue at sea\nMANILA – The coast guard rescued 21 crew members after their boat sank. "
    assert [(f[0], f[1]) for f in figs(rescued + "The crew included 12 Filipinos and 9 Indonesians.")] == [
        ("rescued", 21.0),
        ("rescued", 12.0),
        ("rescued", 9.0),
    ]
    # a crew no figure counted is no result
    assert figs("Ferry sails\nMANILA – The ferry left on time. The crew included 12 Filipinos.") == []


def test_a_verb_with_its_own_count_after_it_does_not_take_the_list_before():
    text = doc("Teams destroyed 67 dredges, 112 motor pumps and 23 mining camps, and seized 18,400 litres of fuel.")
    assert [(f[0], f[1]) for f in figs(text)] == [("other", 67), ("other", 112), ("other", 23), ("seized", 18_400)]
    # a list a verb opened stays that verb's though a passive of another clause closes the sentence
    text = doc("Agents also seized 14 trucks, 6 tractors and 9 chainsaws, and 23 sawmills were embargoed.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 14), ("seized", 6), ("seized", 9), ("other", 23)]
    # a verb whose own object is counted after it with a determiner ("arrested the two drivers") governs that
    # (the migrants the van carried are identified: see the test on migrants found)
    text = doc("In Hungary, police stopped a van carrying 29 migrants and arrested the two drivers.")
    assert [(f[0], f[1]) for f in figs(text)] == [("identified", 29), ("arrests", 2)]
    # (a list that follows a clause of its own is the passive's: "2 tonnes …, 40 firearms … were seized")
    text = doc("Police raided three homes, and 2 tonnes of cocaine, 40 firearms and USD 7,000 were seized.")
    assert [(f[0], f[1]) for f in figs(text)][1:] == [("seized", 2), ("seized", 40), ("seized", 7000)]


def test_goods_destroyed_or_put_out_of_use_where_they_stood_are_other_outcomes():
    # the guide's `other` ("firearms destroyed"): plants uprooted or eradicated, equipment disabled, premises
    # embargoed, the destruction of camps, nets burnt; containers profiled are checks
    for sentence, value in [
        ("The operation led to the destruction of 13 cannabis farms and the arrest of 23 persons.", 13),
        ("Police uprooted 4,800 marijuana plants in the hills.", 4800),
        ("Over six days, the forces eradicated 312,600 marijuana plants.", 312_600),
        ("Officers also disabled 214 engines and pumps at the site.", 214),
        ("The agents also seized 14 trucks, and 23 sawmills were embargoed.", 23),
        ("On the beach, 1,650 monofilament nets were burnt.", 1650),
        ("Officers profiled some 5,200 containers at the port.", 5200),
    ]:
        assert ("other", value) in [(f[0], f[1]) for f in figs(doc(sentence))], sentence


def test_a_count_of_what_goods_are_tied_to_or_would_serve_is_no_result():
    text = doc("Officers seized assets worth 1.12 billion baht linked to 26 trafficking networks.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 1.12e9)]
    text = doc("The 40 kg of fentanyl seized was enough for an estimated 106 million potentially lethal doses.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 40)]


def test_suspects_taken_off_the_streets_are_arrests():
    text = doc("'In the first week alone we took 19 suspects off the streets,' the commander said.")
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 19)]


def test_a_breakdown_by_place_gives_no_item_from_the_next_place():
    text = doc("Mombasa accounted for most arrests, followed by Kilifi with 17, Kwale with 11 and Lamu with six.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("arrests", 17, None),
        ("arrests", 11, None),
        ("arrests", 6, None),
    ]


def test_sections_listed_with_their_labels_in_brackets_are_references():
    text = doc(
        "Police arrested 11 people. Charges for violation of Sections 5 (Sale), 11 (Possession) and "
        "12 (Possession of Drug Paraphernalia) of Article II of Republic Act 9165 are being prepared."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 11)]


def test_an_amount_set_between_dashes_or_brackets_after_its_goods_is_the_verbs_after():
    for sentence in (
        "Most of the heroin – 212 kg – was found in a single raid on a warehouse.",
        "Most of the heroin (212 kg) was found in a single raid on a warehouse.",
        "Most of the heroin, 212 kg, was found in a single raid on a warehouse.",
    ):
        assert [(f[0], f[1], f[2], f[3]) for f in figs(doc(sentence))] == [("seized", 212, "kg", "heroin")], sentence
    # a part of goods counted after "Of the …" names them when the part names no kind of its own
    text = doc("Of the yaba tablets, nearly 4 lakh were recovered in Teknaf.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [("seized", 400_000, "tablets")]
    text = doc("Of the drugs, 1,842 kg was cannabis.")
    assert [(f[1], f[3]) for f in figs(text)] == [(1842, "cannabis")]


def test_an_operation_named_only_in_a_comparison_after_the_figure_is_not_its():
    text = (
        "Patrols end\nSUVA, 22 September 2025 – Operation Vaka Moana 2025 ran from 8 to 21 September.\n\n"
        "According to the FFA, officers carried out 162 boardings and inspections at sea, up from 118 during "
        "last year's operation, Vaka Moana 2024, which detected 12 potential violations.\n"
    )
    assert operation_by_value(text)[162.0] == "Vaka Moana 2025"
    # a hedge is no comparison: "more than 1,200 rounds … in the first weeks of Operation X"
    text = "Guns seized\n\nPolice seized 46 firearms and more than 1,200 rounds in the weeks of Operation Rot Klia."
    assert operation_by_value(text)[46.0] == "Rot Klia"


def test_live_animals_rescued_or_found_are_seized():
    text = doc("Officers rescued 3,900 songbirds from trucks and found 23 Bengal slow lorises in a house.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 3900), ("seized", 23)]


def test_the_main_operation_named_together_with_another_keeps_the_story():
    text = (
        'Precursor ring broken\nVANCOUVER, 4 December 2026 – The operation, dubbed "Cold Harbour", targeted '
        "networks that imported precursor chemicals.\n\n"
        "U.S. investigators said a parallel investigation, Operation Northern Vault, had led to the arrest of 14 "
        "people.\n\n"
        '"Cold Harbour and Northern Vault were two halves of the same picture," an agent said.\n\n'
        "The RCMP said it had also identified 19 companies in Canada that had been used to import the chemicals.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[14.0], by_value[19.0]) == ("Northern Vault", "Cold Harbour")
    # the other named after the main one, not beside it, is what the next sentences speak of
    text = text.replace("Cold Harbour and Northern Vault were two halves of", "Cold Harbour built on Northern Vault,")
    assert operation_by_value(text)[19.0] == "Northern Vault"


def test_among_them_lists_parts_of_the_people_counted_before():
    text = doc("Police arrested 128 suspects in raids. Among them were 19 suspected members of a confraternity.")
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 128), ("arrests", 19)]
    text = doc("Police rescued 212 victims. Among them were 73 women and 5 minors.")
    assert [(f[0], f[1]) for f in figs(text)] == [("rescued", 212), ("rescued", 73), ("rescued", 5)]


def test_the_philippine_standard_drug_price_by_its_short_form_is_a_value():
    text = doc("Agents seized 2,000 grams of shabu with an SDP of P13,600,000.00.")
    assert [(f[0], f[1], f[2], f[3]) for f in figs(text)] == [
        ("seized", 2.0, "kg", "shabu"),
        ("seized", 13_600_000, "PHP", "shabu value"),
    ]


def test_elsewhere_goes_on_with_the_operations_other_places():
    # "Elsewhere" tells other places of the same story, not another matter ("Separately", "Meanwhile")
    text = (
        "Scam sweep\nNAIROBI, 2 September 2025 – The operation, codenamed Sentinel Gate II, ran in 19 African "
        "countries, and officers arrested 306 people.\n\n"
        "Elsewhere, police in Nigeria arrested 52 suspects and seized 19 vehicles.\n\n"
        "Separately, police in Mombasa arrested 4 men over a robbery.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[52.0], by_value[19.0], by_value[4.0]) == ("Sentinel Gate II", "Sentinel Gate II", None)


def test_in_the_same_period_takes_the_period_of_the_sentence_before():
    text = (
        "Logs seized\nSIBU, 3 March 2026 – Police seized 214 logs in raids under Ops Khazanah this weekend.\n\n"
        "Meanwhile, the commander said that since January this year the brigade had conducted 163 operations.\n\n"
        '"In the same period we arrested 389 individuals," he said.\n\n'
        "The operation ran for three days. In the same period officers arrested 5 loggers.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[214.0], by_value[389.0], by_value[5.0]) == ("Khazanah", None, "Khazanah")


def test_a_results_line_in_units_after_a_hedge_counts_its_labels_goods():
    text = doc(
        "Results of the operation:\n\nseized computer equipment – over 300 units\nseized mobile phones – 184\n"
        "Laptops seized: 41 units\n"
    )
    assert [(f[0], f[1], f[3], f[4]) for f in figs(text)] == [
        ("seized", 300, "computer equipment", "over"),
        ("seized", 184, "mobile phones", None),
        ("seized", 41, "Laptops", None),
    ]
    # units of a body are no goods
    assert figs(doc("Twelve units of the police took part; officers seized 4 kg of heroin.")) == [
        ("seized", 4, "kg", "heroin", None, None)
    ]


def test_bags_holding_goods_whose_weight_is_given_are_packaging():
    text = doc(
        "Officers discovered that inside the container were 124 bags containing pangolin scales with total weight "
        "of 4,180kg."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("seized", 4180, "kg")]


def test_a_headline_with_a_colon_labels_no_count():
    text = (
        "Phishing-as-a-service platform shut down: 17 arrests across Europe\n"
        "THE HAGUE – Police took the platform down on Tuesday.\n\n"
        "Results:\n\n- 17 arrests (6 in Spain, 11 in Romania);\n"
    )
    got = [(f.metric, f.value, f.item) for f in extract(text).figures if f.value == 17]
    assert got == [("arrests", 17, None)]


def test_ages_listed_before_years_old_and_vessels_sighted():
    text = doc("Police detained two residents of the village, 34 and 41 years old, who carried 1.3 tons of marijuana.")
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 2), ("seized", 1.3)]
    text = doc("During the patrols 143 vessels were sighted from the air.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [("other", 143, "vessels")]


def test_the_sides_to_a_joint_operation_are_not_counted():
    text = doc("In the first round, police from the three sides captured 2,360 suspects.")
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 2360)]


def test_review_mends_on_comparisons_asides_and_serial_commas():
    # a comparison names the operation compared with only where an earlier edition is named just after it
    text = (
        "Ops\n\nOperation Alpha ran in May across the region.\n\n"
        "Officers made 162 arrests, compared with 118 in 2024, under Operation Beta."
    )
    assert operation_by_value(text)[162.0] == "Beta"
    # goods named before a comma are no item of people arrested after it
    text = doc("Police seized 300 kg of heroin. Along with the heroin, 12 were arrested.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [("seized", 300, "heroin"), ("arrests", 12, None)]
    # a serial comma before a list's last item keeps the list the verb's
    text = doc("Police seized 14 trucks, 6 tractors, and 9 chainsaws, and 23 sawmills were embargoed.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 14), ("seized", 6), ("seized", 9), ("other", 23)]


def test_a_hedged_count_stated_exactly_later_is_the_exact_one():
    text = (
        "Pills seized\nDUBAI – Police seized more than 27 million Captagon pills in a shipment of olive oil tins.\n\n"
        "The official said exactly 27,318,400 tablets had been counted by forensic experts.\n"
    )
    assert [(f[1], f[4]) for f in figs(text)] == [(27_318_400, None)]


def test_fines_and_settlements_paid_are_other_outcomes_a_laws_bound_is_none():
    for sentence, value, unit, item in [
        (
            "The owners agreed to pay fines and settlements totalling FJ$1.45 million.",
            1_450_000,
            "FJD",
            "fines and settlements",
        ),
        ("The president said the fines applied during the operation exceed R$ 34 million.", 34_000_000, "BRL", "fines"),
        ("The vessel's owners agreed to pay a settlement of AUD 1.2 million.", 1_200_000, "AUD", "settlement"),
    ]:
        assert [(f[0], f[1], f[2], f[3]) for f in figs(doc(sentence))] == [("other", value, unit, item)], sentence
    assert figs(doc("Each faces a fine of up to EC$150,000 or ten years in prison.")) == []


def test_a_whole_year_during_which_figures_ran_is_their_period_wherever_it_stands():
    text = (
        "Pills seized\nDUBAI, 2 March 2025 – Police seized 8.6 million pills in Operation Al Kameen 2.\n\n"
        "He said Dubai Police seized 46.7 million pills and 2.9 tonnes of other drugs during 2024, and arrested 1,389 "
        "suspects.\n"
    )
    by_value = operation_by_value(text)
    assert (by_value[8_600_000], by_value[46_700_000], by_value[1389.0]) == ("Al Kameen 2", None, None)


def test_a_part_of_goods_named_with_their_participle_counts_those_goods():
    text = doc("Police recovered 598 stolen vehicles. Of the vehicles recovered, 412 were found in Montreal.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [("seized", 598, "stolen vehicles"), ("seized", 412, "vehicles")]
    # a breakdown by kind of a total given by number is no count of its own
    text = doc("Officers detained 23 vessels. Of the 23 vessels detained, 14 were flagged from outside the region.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 23)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # children "removed from" where they were exploited are rescued (migrants removed are not)
        (
            "In Mali, 58 children were removed from artisanal gold mining sites in the Kayes region.",
            [("rescued", 58.0, "children")],
        ),
        ("The website was removed and 40 links were removed from the platform.", [("other", 40.0, "links")]),
        # FIRs are the cases South Asian police register
        (
            "The police arrested 1,486 drug peddlers and registered 1,093 FIRs under the NDPS Act.",
            [("arrests", 1486.0, None), ("other", 1093.0, "FIRs")],
        ),
        # a court's sequestration of property is a seizure
        ("The court ordered the sequestration of 14 properties.", [("seized", 14.0, "properties")]),
        # the channels of a trade that are liquidated are its networks, not messaging channels
        (
            "In the operation, 12 international drug trafficking channels were liquidated.",
            [("dismantled", 12.0, "international drug trafficking channels")],
        ),
        # a part of a whole counts the whole's noun, and a participle that says when describes it
        (
            "The police dismantled eight of the 11 cocaine laboratories located during the operation.",
            [("dismantled", 8.0, "cocaine laboratories"), ("dismantled", 11.0, "cocaine laboratories")],
        ),
    ],
)
def test_verbs_and_nouns_of_translated_and_regional_releases_give_their_metrics(body: str, expected: list) -> None:
    assert [(f[0], f[1], f[3]) for f in figs(doc(body))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two suspects, Ibrahim Lawal, 39, and Tunde Okeowo, 51, were arrested at the port.",
            [("arrests", 2.0)],
        ),
        (
            "Two men on board, a 44-year-old Fijian national and a 39-year-old man from the Gold Coast, were "
            "arrested at sea.",
            [("arrests", 2.0)],
        ),
        (
            "In the second raid, 2.4 kg of heroin was recovered from a bus and two accused, identified as Abdul "
            "Wahid r/o Chaghi and Naseebullah r/o Nushki, were arrested.",
            [("seized", 2.4), ("arrests", 2.0)],
        ),
        (
            "In a separate raid, 12 kg of hashish was recovered from a house and two women, who were allegedly "
            "supplying drugs to students, were taken into custody.",
            [("seized", 12.0), ("arrests", 2.0)],
        ),
        # after goods the sentence's verb took, the people take their own verb
        (
            "The 74 kg of hashish was recovered near Landi Kotal and two accused, residents of Bara, were netted.",
            [("seized", 74.0), ("arrests", 2.0)],
        ),
        (
            "Officers found 9.6 million pills in 48 sacks. The two drivers, identified only as Somchai, 34, and "
            "Aphisit, 27, were arrested, while a third escaped.",
            [("seized", 9_600_000.0), ("arrests", 2.0)],
        ),
        # goods in apposition are not people named
        ("Two trucks, a Volvo and a Scania, were inspected at the border.", [("other", 2.0)]),
    ],
)
def test_people_counted_then_named_in_apposition_take_the_verb_after_the_names(body: str, expected: list) -> None:
    assert metric_values("Police gave details on Friday. " + body) == expected


def test_goods_suspected_to_have_been_stolen_are_still_the_goods_seized():
    text = doc(
        "Officers also seized 1,460 rounds of ammunition and 17 motorcycles suspected to have been stolen and used "
        "in robberies."
    )
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 1460.0, "rounds of ammunition"),
        ("seized", 17.0, "motorcycles"),
    ]
    # the theft told as what happened, with no result verb before, is no figure
    assert figs(doc("Police said 17 motorcycles were stolen in the county last month.")) == []


def test_a_lists_lines_are_told_by_the_sentence_that_opens_the_list():
    text = (
        "Annual drug figures released\n\nKUWAIT CITY – The department arrested 3,418 suspects last year.\n\n"
        "According to the statistics, the department seized during 2026:\n\n"
        "- 1.9 tonnes of hashish\n- 462 kilograms of crystal methamphetamine\n\n"
        "The biggest case, Operation Still Water in August, seized 9.2 million pills at Shuwaikh Port.\n"
    )
    assert operation_by_value(text) == {3418.0: None, 1.9: None, 462.0: None, 9_200_000.0: "Still Water"}
    # a list the operation's own sentence opens is the operation's
    own = text.replace("According to the statistics, the department", "Operation Still Water")
    assert operation_by_value(own)[1.9] == "Still Water"


def test_a_roundups_biggest_case_named_keeps_only_its_own_paragraph():
    text = (
        "Drug force recovers 1,631 kg in 11 operations\n\n"
        "RAWALPINDI – The force has conducted 11 operations across the country and recovered 1,631 kg of "
        "narcotics, arresting 14 accused.\n\n"
        'In the biggest operation, conducted under the title "Operation Sea Wall-II" near Pasni, the team '
        "recovered 1,180 kg of hashish and arrested five crew members.\n\n"
        "At Lahore airport, 1.8 kg of ice was recovered from a passenger bound for Doha.\n\n"
        'The director said that under "Operation Sea Wall-II" drugs worth more than Rs 21 billion had been '
        "recovered so far.\n"
    )
    by_value = operation_by_value(text)
    assert [by_value[v] for v in (1631.0, 14.0, 1180.0, 5.0, 1.8, 21e9)] == [
        None,
        None,
        "Sea Wall-II",
        "Sea Wall-II",
        None,
        "Sea Wall-II",
    ]
    # the text's own operation, called its biggest ever, keeps the lead: no totals over many cases before it
    own = text.replace("conducted 11 operations across the country and ", "").replace(" in 11 operations", "")
    assert operation_by_value(own)[1631.0] == "Sea Wall-II"


def test_the_numbers_of_a_numbered_list_are_no_figures():
    text = (
        "Report\n\nKYIV – As a result of the operation, police:\n1. detained 19 persons;\n2) conducted 40 searches;\n"
        "7. dismantled the network's call centres.\n3. 400 kg of cocaine was seized.\n"
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 19.0), ("other", 40.0), ("seized", 400.0)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Police arrested 1,200 people. Of the total, 163 were women.", [("arrests", 1200.0), ("arrests", 163.0)]),
        (
            "Police arrested 1,200 people. Of the suspects held, 846 are Chinese nationals.",
            [("arrests", 1200.0), ("arrests", 846.0)],
        ),
        (
            "Police rescued 40 victims and arrested 3 men. Of the victims, 12 were children.",
            [("rescued", 40.0), ("arrests", 3.0), ("rescued", 12.0)],
        ),
        # the words of the group say which count it is part of
        (
            "Police identified 90 suspects and arrested 50. Of those arrested, 38 were detained in Dubai.",
            [("identified", 90.0), ("arrests", 50.0), ("arrests", 38.0)],
        ),
        (
            "Police detained 300 people. Of that number, 112 are local citizens, while the rest are foreigners.",
            [("arrests", 300.0), ("arrests", 112.0)],
        ),
    ],
)
def test_a_part_of_the_total_or_of_the_people_held_is_a_part_of_that_count(body: str, expected: list) -> None:
    assert metric_values(body) == expected


def test_a_list_goes_on_past_an_items_description():
    text = doc(
        "Officers also recovered 137 head of cattle believed to have been stolen from herders in Marigat, "
        "11 kilogrammes of bhang and KSh 1.2 million in cash."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("seized", 137.0, "count"),
        ("seized", 11.0, "kg"),
        ("seized", 1_200_000.0, "KES"),
    ]


# An independent review of the night's rules wrote sentences of its own where each should not fire; each case
# here failed on the rules as first written.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text's own operation called the biggest seizure keeps the lead (no totals over many cases before)
        (
            "Cocaine haul\n\nLISBON – Judiciary Police seized 6.5 tonnes of cocaine from a semi-submersible this "
            "week, the largest maritime haul this year.\n\nThe biggest seizure in Portuguese history, dubbed "
            "Operation Atlantic Wave, also led to 3 arrests.\n",
            {6.5: "Atlantic Wave", 3.0: "Atlantic Wave"},
        ),
        # a percentage or a rate compared with is no figure
        ("Report\n\nLIMA – Police arrested 450 suspects, up from 38% in 2025.\n", {450.0: None}),
        ("Report\n\nLIMA – Police seized 40 kg of heroin, versus 4 kg per month on average.\n", {40.0: None}),
        # last year's figure is of no operation, not of the one named after it that is the figure's own
        (
            "Report\n\nLIMA – Operation Usalama 2026 led to 450 arrests, up from 300 a year earlier, Operation "
            "Usalama commander Joseph Kamau said.\n",
            {450.0: "Usalama 2026", 300.0: None},
        ),
        # a generic operation in the agency's language is no codename and claims nothing
        ("Report\n\nDENPASAR – Police carried out Operasi Gabungan in Bali and arrested 14 people.\n", {14.0: None}),
        # a part of "the total" is a part of the last count, whatever it counts
        (
            "Report\n\nLIMA – Police arrested 1,200 people and seized 400 firearms. Of the total, 163 were "
            "high-powered rifles.\n",
            {1200.0: None, 400.0: None},
        ),
        # a twelve-month period in a relative clause tells the suspects' deeds, not the figure's period
        (
            "Report\n\nLIMA – Operation Ironside began in March. Police arrested 300 people who had imported "
            "drugs over the past twelve months.\n",
            {300.0: "Ironside"},
        ),
        # people removed from their parents or a register were not rescued (no figure)
        ("Report\n\nLIMA – The court heard 14 children were removed from the school register.\n", {}),
    ],
)
def test_the_nights_rules_do_not_fire_on_the_reviews_sentences(text: str, expected: dict) -> None:
    got = {f.value: f.operation for f in extract(text).figures if f.metric != "other"}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Minister of Home Affairs Constance Mwape Banda said the patrols worked.", "Constance Mwape Banda"),
        ("Minister for the Interior Clement Kwasi Mensah said it would go on.", "Clement Kwasi Mensah"),
    ],
)
def test_a_given_name_ending_like_a_noun_stays_in_the_name_after_a_post(text: str, person: str) -> None:
    names = {e.name for e in extract("Report\n\nLUSAKA – " + text + "\n").entities if e.type == "PERSON"}
    assert names == {person}


@pytest.mark.parametrize(
    ("sentence", "first_item"),
    [
        ("The pistol, three magazines and fifty rounds of ammunition were also seized.", "magazines"),
        ("Officers seized four rifles and seventeen pistols from the house.", "rifles"),
        ("Police recovered two boats and twenty outboard engines at the landing site.", "boats"),
    ],
)
def test_an_item_ends_where_the_next_items_number_word_begins(sentence: str, first_item: str) -> None:
    found = figs(doc(sentence))
    assert len(found) == 2
    assert found[0][3] == first_item


def test_the_parts_of_another_periods_total_are_that_periods_too():
    text = (
        "Customs seize precursors\nKARACHI – During the Indus Gate operation, officers seized 52 tonnes of "
        "precursor chemicals and arrested 44 people, among them 9 foreign nationals. Globally, the programme's "
        "units made 1,950 seizures in 2025, including 146 tonnes of cocaine, 11 tonnes of heroin and 1,300 "
        "tonnes of precursor chemicals.\n"
    )
    found = operation_by_value(text)
    assert found[52] == found[44] == found[9] == "Indus Gate"
    assert found[1950] is None and found[146] is None and found[11] is None and found[1300] is None


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Prosecutors said 17 suspects were taken into custody for 24 hours, among them two border police "
            "officers accused of tipping off the smugglers.",
            "border police officers",
        ),
        ("Police arrested 40 people in the raids, including three customs officers.", "customs officers"),
    ],
)
def test_officers_among_the_people_arrested_are_a_part_of_the_arrests(sentence: str, item: str):
    found = figs(doc(sentence))
    assert [(f[0], f[1], f[3]) for f in found][1:] == [("arrests", found[1][1], item)]
    assert found[1][1] in (2, 3)


def test_officers_among_the_officers_deployed_are_no_figure():
    assert figs(doc("The operation involved 400 officers, including 30 customs officers.")) == []


def test_one_each_in_two_places_is_a_part_in_each():
    found = figs(doc("Seven people were arrested: three in Ukraine, two in Moldova and one each in Spain and Romania."))
    assert [(f[0], f[1], f[5]) for f in found] == [
        ("arrests", 7, None),
        ("arrests", 3, "Ukraine"),
        ("arrests", 2, "Moldova"),
        ("arrests", 1, "Spain"),
        ("arrests", 1, "Romania"),
    ]


def test_a_results_list_by_place_counts_its_suspects_and_goods_without_verbs():
    text = (
        "Agency arrests 214 in Operation Hammer Strike II\nABUJA – Operatives arrested 214 suspects and seized "
        "38.6 tonnes of drugs in Operation Hammer Strike II across five states.\n\n"
        "Breakdown of the results by state command shows that:\n"
        "• Ogun – 41 suspects, 6,870kg skunk and 120,400 pills of tramadol;\n"
        "• Osun – 33 suspects, 3,915kg.\n"
    )
    found = [(f.metric, f.value, f.unit, f.scope) for f in extract(text).figures][2:]
    assert found == [
        ("arrests", 41, "count", "Ogun"),
        ("seized", 6870, "kg", "Ogun"),
        ("seized", 120400, "count", "Ogun"),
        ("arrests", 33, "count", "Osun"),
        ("seized", 3915, "kg", "Osun"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 1,934 suspects were arrested and 2,870 victims rescued in the sweep.",
        "Police said 1,934 arrested, 2,870 victims rescued in the global sweep.",
    ],
)
def test_people_a_participle_after_them_befell_take_its_verb_in_a_telegraphic_list(sentence: str):
    assert [(f[0], f[1]) for f in figs(doc(sentence))] == [("arrests", 1934), ("rescued", 2870)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sting ended with 163 people arrested and 27 adult and juvenile victims recovered, including nine "
            "minors, officials said.",
            [("arrests", 163), ("rescued", 27), ("rescued", 9)],
        ),
        ("Deputies recovered 27 victims in two weeks, the sheriff said.", [("rescued", 27)]),
        # (the victims' data recovered is no one freed)
        ("Police said 17 people were arrested and 9,400 victims' data recovered.", [("arrests", 17)]),
    ],
)
def test_victims_recovered_are_rescued(sentence: str, expected: list):
    assert [(f[0], f[1]) for f in figs(doc(sentence))][: len(expected)] == expected
    assert ("rescued", 9400) not in [(f[0], f[1]) for f in figs(doc(sentence))]


def test_a_part_of_goods_counted_before_is_counted_as_they_are():
    found = figs(doc("Results included 163 fishing vessels detained, 37 of them for fishing without a licence."))
    assert [(f[0], f[1], f[3]) for f in found] == [
        ("seized", 163, "fishing vessels"),
        ("seized", 37, "fishing vessels"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eight suspects were detained by a team of 60 officers, including 12 immigration officers.",
        "After the arrests, 200 officers, among them 40 soldiers, remained at the border post.",
        "The suspects opened fire on 12 officers, among them 3 customs officers, before fleeing.",
    ],
)
def test_officers_among_the_force_are_no_part_of_the_arrests(sentence: str):
    assert not [f for f in figs(doc(sentence)) if f[0] == "arrests" and f[1] in (12, 40, 3)]


def test_one_each_in_what_is_no_place_and_a_list_of_places_that_ends():
    assert [(f[1], f[5]) for f in figs(doc("Four were arrested: three in Lima and one each in May and June."))] == [
        (4, None),
        (3, "Lima"),
    ]
    found = figs(
        doc("Five were held: four in Moldova and one each in Spain and Romania, and in Italy two were questioned.")
    )
    assert "Italy" not in [f[5] for f in found]


def test_the_rest_of_a_list_of_parts_ends_with_its_clause():
    text = (
        "Customs seize precursors\nKARACHI – During the Indus Gate operation, officers seized 52 tonnes of "
        "precursor chemicals and arrested 44 people, among them 9 foreign nationals. Globally, the programme's "
        "units made 1,950 seizures in 2025, including 146 tonnes of cocaine, while in Pakistan, 31 people "
        "were arrested.\n"
    )
    found = operation_by_value(text)
    assert found[1950] is None and found[146] is None and found[31] == "Indus Gate"


def test_a_list_of_the_wanted_or_of_origins_by_place_is_no_breakdown_of_results():
    text = (
        "Agency report\n\nABUJA – Officers arrested 214 suspects in Operation Hammer Strike II.\n\n"
        "Suspects still at large, by state:\n• Ogun – 41 suspects;\n\n"
        "Origin of the drugs:\n• Colombia – 3 tonnes of cocaine\n"
    )
    found = [(f.metric, f.value, f.scope) for f in extract(text).figures]
    assert ("arrests", 41, "Ogun") not in found and not any(scope for _, _, scope in found)


def test_ages_in_a_list_of_suspects_a_line_each_are_no_counts():
    body = (
        "They seized the shabu and arrested the following:\n"
        '- Hu Li Yue, alias "Cai Olewat," 54\n- alias "Tony," 44\n- Albert Ferrer, 37\n- Bealyn Abaja, 18\n'
        "Yue and Tony are both Chinese nationals."
    )
    assert figs(doc(body)) == []


def test_an_item_ends_before_a_second_verb_of_the_same_subject():
    found = figs(doc("Police managed to arrest 108 crew members and identify two cases of trafficking."))
    assert found[0][:2] == ("arrests", 108) and found[0][3] == "crew members"


def test_people_charged_are_arrests_only_where_the_sentence_or_one_beside_it_speaks_of_arrest():
    told_after = (
        "Six men charged after cocaine found at port\nSYDNEY – Six men have been charged over a plot to import "
        "a tonne of cocaine.\n\nThe arrests are the result of a joint investigation, police said.\n"
    )
    assert ("arrests", 6) in [(f.metric, f.value) for f in extract(told_after).figures]
    told_apart = (
        "Customs seize heroin at port\nMOMBASA – Police arrested two port workers on Monday. The port was closed "
        "for a day. Officials met on Tuesday. Divers searched the hull of the ship.\n\nSeparately, over the year "
        "the courts charged 214 people with trafficking offences, the report said.\n"
    )
    assert 214 not in [f.value for f in extract(told_apart).figures if f.metric == "arrests"]


def test_parts_told_for_each_of_several_places_have_a_span_each():
    found = extract(
        doc("Seven people were arrested: three in Ukraine, two in Moldova and one each in Spain and Romania.")
    ).figures
    spans = [(f.start, f.end) for f in found]
    assert len(spans) == len(set(spans)) == 5


def test_people_named_in_apposition_with_ages_in_brackets_take_the_verb_after():
    found = figs(
        doc(
            "Babafemi added that three suspects, Jamilu Haruna (22), Mohammed Hassan (23) and Aminu Umar (50), "
            "were also arrested with 57kg of Indian hemp."
        )
    )
    assert [(f[0], f[1]) for f in found] == [("arrests", 3), ("seized", 57)]


@pytest.mark.parametrize(
    "sentence",
    [
        "One suspect, 51, who was staying in the country illegally, was arrested at the warehouse.",
        "The courier, 34, was arrested with 3 kg of heroin at the airport.",
    ],
)
def test_an_age_after_a_noun_for_one_person_is_no_count(sentence: str):
    assert not [f for f in figs(doc(sentence)) if f[1] in (51, 34)]


def test_an_item_ends_before_resulting():
    found = figs(doc("Agents seized nearly 2,396 pounds of fentanyl powder resulting in millions of doses removed."))
    assert found[0][3] == "fentanyl powder"


@pytest.mark.parametrize(
    "body",
    [
        "Arrests by nationality:\n- Kenyan, 37\n- Ugandan, 12\n",
        "Suspects arrested by agency:\n- Customs, 37\n- Police, 12\n",
    ],
)
def test_a_breakdowns_lines_are_no_ages(body: str):
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 37), ("arrests", 12)]


def test_a_sums_item_after_a_list_has_no_joint_word():
    found = figs(doc("The police confiscated four cellphones, three cars, and cash amounting to Rp3,557,000."))
    assert found[-1][3] == "cash"


def test_goods_that_have_been_intervened_are_seized():
    found = figs(
        doc(
            "About 5 tons of hashish, 6 vehicles and 50,785 euros have been intervened in the operation, "
            "the Civil Guard said."
        )
    )
    assert [(f[0], f[1]) for f in found] == [("seized", 5), ("seized", 6), ("seized", 50785)]
    assert figs(doc("Officers intervened at 40 locations across the city.")) == []


def test_a_unit_said_once_for_two_amounts_is_both_amounts_unit():
    found = figs(doc("Agents seized 202 kilograms of marijuana and 100 of hashish."))
    assert [(f[1], f[2], f[3]) for f in found] == [(202, "kg", "marijuana"), (100, "kg", "hashish")]
    # (a part of people counted, or grams made kilograms, take no unit from the amount before)
    assert ("arrests", 12) in [
        (f[0], f[1]) for f in figs(doc("Agents seized 3 tonnes of cocaine and 12 of the suspects were arrested."))
    ]
    assert ("seized", 100, "count") in [
        f[:3] for f in figs(doc("Agents seized 202 grams of marijuana and 100 of hashish."))
    ]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Police made the seizure of more than 500kg of what is believed to be syabu.", "syabu"),
        ("Police seized 159 packages of what is believed to be syabu.", "packages of syabu"),
        ("Officers found 3 kg of what police believe is cocaine.", "cocaine"),
    ],
)
def test_an_item_told_as_what_is_believed_to_be_is_what_it_is_believed_to_be(sentence: str, item: str):
    assert figs(doc(sentence))[-1][3] == item


# ------------------------------------------------------------------ lists parted by semicolons


@pytest.mark.parametrize(
    "body",
    [
        "Officers recovered 4.2 kg of heroin; 31.5 kg of ganja; 2.8 kg of charas and 12 kg of opium from the house.",
        "The items recovered include 4.2 Kg Heroin; 31.5 Kg Ganja; 2.8 Kg Charas; and 12 Kg Opium.",
        "In the raids, 4.2 kg heroin; 31.5 kg ganja; 2.8 kg charas and 12 kg opium were recovered.",
    ],
)
def test_a_list_parted_by_semicolons_is_one_list_under_its_verb(body):
    """South Asian releases part a list's items with semicolons: every item is seized, not only the first."""
    assert [(f[0], f[1], f[2], f[3].lower()) for f in figs(doc(body))] == [
        ("seized", 4.2, "kg", "heroin"),
        ("seized", 31.5, "kg", "ganja"),
        ("seized", 2.8, "kg", "charas"),
        ("seized", 12.0, "kg", "opium"),
    ]


def test_a_semicolon_before_a_clause_of_its_own_still_parts_it():
    assert metric_values("Police arrested 5 men; 3 kg of heroin was found in their car.") == [
        ("arrests", 5.0),
        ("seized", 3.0),
    ]
    # a headline's semicolon parts two clauses: the second's people are not goods seized
    text = "Coast Guard seize 760kg meth off Gujarat coast; 8 Iranians held\nAHMEDABAD – The crew was questioned."
    assert ("seized", 8.0) not in [(f[0], f[1]) for f in figs(text)]


def test_a_long_lists_later_items_are_seized_like_the_first():
    """A statement's list runs far past the verb's reach: its later items are what befell the first."""
    items = "; ".join(
        f"{n}.5 kg(approx) {drug}"
        for n, drug in enumerate(
            ["heroin", "ganja", "charas", "mephedrone", "smack", "opium", "tramadol", "hash oil", "poppy husk"], start=1
        )
    )
    text = doc(f"The statement said illicit drugs including {items} and 640 (approx) pills were recovered.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", n + 0.5, drug)
        for n, drug in enumerate(
            ["heroin", "ganja", "charas", "mephedrone", "smack", "opium", "tramadol", "hash oil", "poppy husk"],
            start=1,
        )
    ] + [("seized", 640.0, "pills")]


@pytest.mark.parametrize(
    "body",
    [
        "The largest farm, with 268 plants spread across six rooms, was found in a terraced house.",
        "Smugglers charged between EUR 2,500 and EUR 6,000 a seat, investigators found.",
    ],
)
def test_numbers_inside_an_item_or_a_range_are_no_further_items(body):
    found = [(f[0], f[1]) for f in figs(doc(body))]
    assert ("seized", 5.0) not in found and ("seized", 6.0) not in found and ("seized", 6000.0) not in found


def test_grams_written_gm_and_hedges_in_brackets():
    assert [(f[1], f[2], f[3]) for f in figs(doc("Police recovered 640 gm (approx) heroin and 12.50gm smack."))] == [
        (0.64, "kg", "heroin"),
        (0.0125, "kg", "smack"),
    ]


def test_that_operation_named_after_an_earlier_drive_is_recalled_not_reported():
    text = (
        "Police arrest seven in drug bust\nMONTREAL – Provincial police arrested seven men and seized 113 kg of "
        "cocaine.\nPolice say the arrests come after the previous big raid on the gang two years ago.\n"
        "That raid, code-named Corvo Nero, put its founders behind bars.\n"
    )
    assert operation_by_value(text) == {7.0: None, 113.0: None}
    # the lead's own operation named the same way is its own
    own = text.replace("the previous big raid on the gang two years ago", "weeks of surveillance")
    assert operation_by_value(own) == {7.0: "Corvo Nero", 113.0: "Corvo Nero"}


def test_after_a_releases_end_marker_the_bodys_record_is_no_operations():
    text = doc(
        'Customs in 44 countries took part in operation "Kit Bag-3", which led to the seizure of 5,814 kg of '
        "cocaine.\n\n***\n\nThe programme's port units have seized 95 tonnes of cocaine and 4 tonnes of heroin."
    )
    assert operation_by_value(text) == {5814.0: "Kit Bag-3", 95.0: None, 4.0: None}
    # a body's record since it was set up is no operation's, wherever it stands
    founded = text.replace("\n\n***\n\nThe programme's", "\n\nSet up in 2011, the programme's")
    assert operation_by_value(founded) == {5814.0: "Kit Bag-3", 95.0: None, 4.0: None}


def test_a_discovery_of_goods_is_a_seizure_and_of_people_an_identification():
    text = doc(
        "The checks, which involved officers from 30 countries, ended in the discovery of some 3,100 tortoises, "
        "more than 600 snakes and 1.8 tonnes of ivory."
    )
    assert [(f[0], f[1], f[4]) for f in figs(text)] == [
        ("seized", 3100.0, "some"),
        ("seized", 600.0, "more than"),
        ("seized", 1.8, None),
    ]
    assert metric_values("The search led to the discovery of 14 migrants in a lorry.") == [("identified", 14.0)]
    # goods counted by their packs, then what the packs hold
    assert metric_values("An examination at the port led to the discovery of 3,417,800 pills of tramadol 225mg.") == [
        ("seized", 3417800.0)
    ]


def test_what_a_seizure_involved_is_seized():
    assert [(f[0], f[1], f[2]) for f in figs(doc("He said the haul involved 96.4 kg and 1,450 litres of drugs."))] == [
        ("seized", 96.4, "kg"),
        ("seized", 1450.0, "litres"),
    ]
    assert metric_values("The operation, involving 200 officers, seized 3 kg of heroin.") == [("seized", 3.0)]


def test_a_long_list_closed_by_its_passive_verb_after_an_operation_carried_out():
    text = doc(
        "During a search drive carried out by the district police, 12 grams of smack, 300 grams "
        "of raw opium, 450 sedative capsules, 800 sedative tablets, 18,500 ml country liquor, 200 gram "
        "brown powder, three tractors with trailers and 7 motorcycles without number plates were "
        "seized by the police."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("seized", 0.012, "kg"),
        ("seized", 0.3, "kg"),
        ("seized", 450.0, "count"),
        ("seized", 800.0, "count"),
        ("seized", 18.5, "litres"),
        ("seized", 0.2, "kg"),
        ("seized", 3.0, "count"),
        ("seized", 7.0, "count"),
    ]
    # a verb of checks keeps its own object
    assert metric_values("The team inspected 214 fishing boats and seized 3 nets.") == [
        ("other", 214.0),
        ("seized", 3.0),
    ]


def test_an_average_is_no_count():
    text = doc("Officers found 120 sacks, each sack containing an average of seventy (70) slabs of cannabis.")
    assert [f[1] for f in figs(text)] == [120.0]


def test_a_participle_describing_the_goods_does_not_govern_their_weight():
    text = doc(
        "The raid led to the seizure of a big haul of smuggled silver bars, weighing about 8.4 kg and valued at "
        "Rs 6 crore, along with 5 vehicles."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("seized", 8.4, "kg"),
        ("seized", 60000000.0, "INR"),
        ("seized", 5.0, "count"),
    ]
    # a verb with its own object still governs nothing after it: "a gang that smuggled cocaine … along with eight"
    assert metric_values("Police arrested a man suspected of leading a gang that smuggled boys as young as nine.") == []


@pytest.mark.parametrize(
    ("written", "value"),
    [("LE144 million", 144000000.0), ("LE 3.5 million", 3500000.0), ("E£2.5 million", 2500000.0)],
)
def test_egyptian_pounds_as_the_egyptian_press_writes_them(written, value):
    assert [(f[0], f[1], f[2]) for f in figs(doc(f"The drugs seized were valued at {written}."))] == [
        ("seized", value, "EGP")
    ]


def test_counts_of_interdictions_and_operations_are_events_and_a_yield_is_seized():
    text = doc(
        "The haul represents 19 smuggling vessel interdictions and two bale recovery operations. The cutter "
        "was responsible for six cases, yielding some 1.7 tons of cocaine."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("other", 19.0, "count"),
        ("other", 2.0, "count"),
        ("other", 6.0, "count"),
        ("seized", 1.7, "tonnes"),
    ]


def test_a_unit_said_once_after_two_amounts():
    text = doc("The cutters seized 900 and 1,250 pounds of cocaine, respectively.")
    assert [(f[0], round(f[1], 1), f[2]) for f in figs(text)] == [("seized", 900, "lb"), ("seized", 1250, "lb")]
    # a range is no pair of amounts
    assert [f[1] for f in figs(doc("Each package weighed between 2 and 5 kg."))] != [2.0, 5.0]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause of its own after ";" is no list item
        ("The force seized 12 kg hashish; 4 suspects remain at large, police said.", [("seized", 12.0)]),
        ("The team seized Rs 450,000 in cash; Rs 1.2 million was still missing.", [("seized", 450000.0)]),
        ("Police recovered 4 kg heroin; 3 of the accused have previous convictions.", [("seized", 4.0)]),
        (
            "Police recovered 4 kg heroin; 12 people were questioned and 3 were arrested.",
            [("seized", 4.0), ("arrests", 3.0)],
        ),
        # a verb of checks with its own objects keeps them; goods found after are seized
        (
            "Customs inspected 1,200 containers, 45 tonnes of cargo and 300 vehicles, and 2 kg of cocaine were seized.",
            [("other", 1200.0), ("other", 45.0), ("other", 300.0), ("seized", 2.0)],
        ),
        (
            "Customs carried out inspections at the port, and 200 kg of hashish and 4,000 pills were seized.",
            [("seized", 200.0), ("seized", 4000.0)],
        ),
        # a participle describing people is no cue to skip
        (
            "Police arrested 12 suspects and said the defrauded victims, 300 people, lost $2 million.",
            [("arrests", 12.0)],
        ),
        # "or" is no unit said once
        ("Customs found 4 or 5 tonnes of cocaine in banana crates.", [("seized", 5.0)]),
    ],
)
def test_findings_of_the_review_of_this_sessions_figure_rules(body, expected):
    assert metric_values(body) == expected


def test_a_span_of_years_told_of_the_offenders_is_not_the_recoverys_period():
    text = doc(
        "Police arrested 30 suspects in Operation Safe Haven.\n\nThe gang had trafficked more than 200 women "
        "between 2019 and 2023, and police recovered $300,000 from its accounts."
    )
    assert operation_by_value(text)[300000.0] == "Safe Haven"


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("drugs worth 1.2 billion Nepali Rupees", "NPR"),
        ("drugs worth 40 million Kenya Shillings", "KES"),
        ("drugs worth Kenya Shillings 40 million", "KES"),
        ("drugs worth 1.2 billion Indian Rupees", "INR"),
        ("drugs worth 3 million Hong Kong Dollars", "HKD"),
    ],
)
def test_a_currency_named_in_capitals_is_that_currency(written, unit):
    # South Asian and East African press capitalise a currency's name; the sum is money, not a count of "Rupees"
    [fig] = figs(doc(f"Police seized {written} on Monday."))
    assert (fig[0], fig[2], fig[3]) == ("seized", unit, "drugs value")


def test_a_currency_whose_country_is_written_is_not_the_texts_own():
    # a report from Nepal that values a haul in Indian rupees: the sum says whose rupees, not the dateline
    text = "Drug haul\nKATHMANDU, Nepal – Police seized heroin worth 1.2 billion Indian rupees in Nepal on Monday."
    assert [f.unit for f in extract(text).figures] == ["INR"]
    text = "Drug haul\nKATHMANDU, Nepal – Police seized heroin worth Rs 1.2 billion in Nepal on Monday."
    assert [f.unit for f in extract(text).figures] == ["NPR"]


def test_an_adverb_before_the_goods_participle_keeps_the_list_under_its_verb():
    assert metric_values("Over 26 kg of illicitly mined gold and 170 kg of explosives were seized.") == [
        ("seized", 26.0),
        ("seized", 170.0),
    ]
    assert metric_values("The 400 illegally imported cigarettes and 3 cars were seized.") == [
        ("seized", 400.0),
        ("seized", 3.0),
    ]
    # an adverb before a verb of its own clause still parts it
    assert metric_values("Police found 26 kg of gold and later arrested 3 men.") == [("seized", 26.0), ("arrests", 3.0)]


def test_the_weight_of_goods_named_in_general_is_seized():
    assert figs(doc("Two men were held. The contraband weighed 294.49 kilograms, the spokesman said."))[-1][:4] == (
        "seized",
        294.49,
        "kg",
        "contraband",
    )
    assert figs(doc("The parcels tested positive for drugs and had a combined weight of 5.46 kg."))[-1][:4] == (
        "seized",
        5.46,
        "kg",
        "drugs",
    )
    # a vessel's or a bag's weight is no haul
    assert figs(doc("Two men were held. The boat weighed 3 tonnes.")) == [("arrests", 2.0, "count", None, None, None)]


def test_each_goods_amount_in_brackets_after_its_name():
    # "drug (amount), drug (amount)": each bracket is its own good's amount, not a conversion of the one before
    assert figs(
        doc("Police seized drugs, including heroin (18 grammes), marijuana (398.6 kilogrammes), khat (30 kilogrammes).")
    ) == [
        ("seized", 0.018, "kg", "heroin", None, None),
        ("seized", 398.6, "kg", "marijuana", None, None),
        ("seized", 30.0, "kg", "khat", None, None),
    ]
    # a conversion right after its amount is still one figure
    assert [(f[1], f[2]) for f in figs(doc("Police seized 2,200 pounds (998 kilograms) of cocaine."))] == [
        (998.0, "kg")
    ]
    assert [(f[1], f[2]) for f in figs(doc("Police seized 5 kg (11 lb) of cocaine and 3 kg (6.6 lb) of heroin."))] == [
        (5.0, "kg"),
        (3.0, "kg"),
    ]


def test_a_list_of_seized_weights_goes_on_with_each_good_named_before_its_amount():
    text = doc(
        "The narcotics that were seized had nine kg of heroin, 272 kg of cannabis and 944,651 cannabis plants, "
        "Hashish 989g, Mawa 117 Kg, Hash 35Kg, Thule 3kg, Kush 532 grams and 65,024 narcotic pills."
    )
    got = [(f[1], f[2], f[3]) for f in figs(text) if f[0] == "seized"]
    for weight in [(0.989, "kg", "Hashish"), (117.0, "kg", "Mawa"), (35.0, "kg", "Hash"), (3.0, "kg", "Thule")]:
        assert weight in got
    assert (0.532, "kg", "Kush") in got
    # a hedge before the next amount is no good's name
    text = doc("Customs seized 12 kg of cocaine in March and, in a second search, nearly 200 kg.")
    assert all(f[3] != "nearly" for f in figs(text))


def test_of_two_verbs_of_one_predicate_the_result_counts():
    assert metric_values("Additionally 14 organised crime networks were identified and dismantled.") == [
        ("dismantled", 14.0)
    ]
    assert metric_values("Police said 12 victims were located and rescued.") == [("rescued", 12.0)]
    # two clauses keep their own verbs
    assert metric_values("Officers identified 30 suspects and arrested 12.") == [
        ("identified", 30.0),
        ("arrests", 12.0),
    ]


def test_a_hedged_amount_of_the_same_unit_after_another_is_the_next_item_not_a_conversion():
    assert figs(
        doc("Authorities confiscated roughly 6 kilograms of chemical drugs, about 3.25 kilograms of marijuana.")
    ) == [
        ("seized", 6.0, "kg", "chemical drugs", "roughly", None),
        ("seized", 3.25, "kg", "marijuana", "about", None),
    ]
    assert [f[1] for f in figs(doc("The seizure of more than 506 kg of ivory, some 29 kg of synthetic drugs."))] == [
        506.0,
        29.0,
    ]
    # a conversion changes the unit, or says it is one
    assert [(f[1], f[2]) for f in figs(doc("Police seized 1,185 pounds of cocaine, or about 537.6 kilograms."))] == [
        (537.6, "kg")
    ]
    assert [(f[1], f[2]) for f in figs(doc("They seized 2 tonnes (about 2,000 kg) of cannabis."))] == [(2.0, "tonnes")]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        # a weight to the gram, as Indian police write it, is not a thousand
        ("2.000 kg of ganja", 2.0),
        ("1.000 gram of heroin", 0.001),
        ("1.250.000 pills", 1_250_000.0),
        ("40.000 pills", 40_000.0),
        ("3.000 euros", 3000.0),
        # a decimal as English writes it stays one
        ("2.500 kg of cocaine", 2.5),
        ("10.5 kg of cocaine", 10.5),
    ],
)
def test_thousands_parted_by_stops_as_continental_releases_write_them(written, value):
    assert [f[1] for f in figs(doc(f"Police seized {written}."))] == [value]


def test_migrants_and_victims_found_are_identified():
    assert metric_values("Police found 19 migrants in a truck. Officers located 12 victims in a brothel.") == [
        ("identified", 19.0),
        ("identified", 12.0),
    ]
    # whatever verb the sentence had before
    body = (
        "The boat was stopped and two members of the group were arrested, it was then when the investigators "
        "found 19 migrants on board."
    )
    assert metric_values(body) == [("arrests", 2.0), ("identified", 19.0)]
    # suspects found and held are arrests
    assert metric_values("Police found 3 suspects hiding and arrested them.") == [("arrests", 3.0)]


def test_a_list_of_goods_by_whose_they_were_goes_on_past_its_verb():
    body = (
        "The team arrested the following suspects and exhibits, Abu Sillah – Twenty Two (22) wraps of “KUSH”, "
        "Fatmata Kalokoh – Twenty (20) wraps of KUSH and Six (6) parcels of Tramadol, Lewis Kanu – Eighty (80) "
        "Wraps of KUSH, Six (6) parcels of Cannabis Sativa."
    )
    got = [(f[0], f[1], f[3]) for f in figs(doc(body))]
    assert got == [
        ("seized", 22.0, "wraps of KUSH"),
        ("seized", 20.0, "wraps of KUSH"),
        ("seized", 6.0, "parcels of Tramadol"),
        ("seized", 80.0, "Wraps of KUSH"),
        ("seized", 6.0, "parcels of Cannabis Sativa"),
    ]
    # a pronoun after "and" starts a clause, not more of the item
    assert figs(doc("Police have arrested five drivers and they are in custody."))[0][3] == "drivers"


def test_a_crore_in_a_title_case_headline():
    text = "Drugs Worth Rs 12,000 Cr Seized in Indian Waters\nNEW DELHI – The NCB seized drugs worth Rs 12,000 crore."
    assert [(f.value, f.unit) for f in extract(text).figures] == [(120_000_000_000.0, "INR")]


def test_a_participle_after_a_later_count_describes_that_count_not_the_one_before():
    body = "The operation ended with the arrest of 19 drug traffickers in two operations conducted by the Navy."
    assert metric_values(body)[0] == ("arrests", 19.0)
    # a participle right after the count still describes it
    assert metric_values("Police recovered 40 cars stolen from dealers in Lagos.") == [("seized", 40.0)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause of its own after "while" keeps its own verb
        ("Police seized 20 firearms, while 300 rounds of ammunition remain missing.", [("seized", 20.0)]),
        ("Police seized 3 kg of shabu, while 2 kg of marijuana were destroyed.", [("seized", 3.0), ("other", 2.0)]),
        # migrants found, then rescued, are rescued
        ("Border police found 40 migrants in a forest and rescued them.", [("rescued", 40.0)]),
        # a part of a haul is no more goods; a sub-count of people stays
        ("Police seized 4.5 tonnes of cocaine, about 2 tonnes of it hidden in bananas.", [("seized", 4.5)]),
        ("Police arrested 40 suspects, 12 of them women.", [("arrests", 40.0), ("arrests", 12.0)]),
        # a carrier's or a bag's weight is no haul
        ("Two men were held. The contraband was concealed in a truck that weighed 12 tonnes.", [("arrests", 2.0)]),
        ("Two men were held. The powder in the bags weighed 2 kg but tested negative.", [("arrests", 2.0)]),
    ],
)
def test_guards_from_the_review_of_this_sessions_figure_rules(body, expected):
    assert metric_values(body) == expected


def test_the_verb_before_a_bracketed_good_is_no_part_of_its_item():
    assert [f[3] for f in figs(doc("Police seized heroin (2 kg) and hashish (5 kg)."))] == ["heroin", "hashish"]
    assert [f[3] for f in figs(doc("They found a bag containing heroin (2 kg)."))] == ["heroin"]


# ------------------------------------------------------------------ forms of 2026-12-05, afternoon


def test_thousands_parted_by_apostrophes_are_one_number():
    text = doc("The action led to the arrest of more than 1’000 suspects and the closure of 2'350 bank accounts.")
    assert [(f[0], f[1], f[4]) for f in figs(text)] == [("arrests", 1000, "more than"), ("other", 2350, None)]


def test_an_amount_more_or_less_than_another_periods_is_a_difference_not_a_haul():
    text = doc("Officers seized 33 kilograms of opium, 3 kilograms more than last year, and 20 kg of heroin.")
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("seized", 33, "kg"), ("seized", 20, "kg")]
    # "more than once" is no comparison
    assert ("arrests", 25) in metric_values("Police arrested 25 people more than once during the week.")


def test_an_amount_of_goods_each_is_the_size_of_one_package():
    assert values(doc("Customs found 112 bags packed with 1 kilogram of methamphetamine each.")) == set()
    assert values(doc("The two couriers carried 5 kg of cocaine each.")) == set()


def test_a_model_number_after_a_described_make_is_no_count():
    text = doc("Officers found and seized one illegal Glock 17 pistol and one loaded AR-15 rifle.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 1, "illegal Glock 17 pistol"),
        ("seized", 1, "loaded AR-15 rifle"),
    ]


def test_one_vest_found_and_seized_is_a_count():
    text = doc("Checks were made nearby, and one bulletproof vest was also found and seized.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [("seized", 1, "bulletproof vest")]


def test_a_semicolon_list_of_counts_in_words_goes_on_with_its_verb():
    text = doc(
        "Authorities also confiscated two kilos of a cutting agent; four bags of fentanyl precursor; five firearms; "
        "and two vehicles."
    )
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [
        ("seized", 2, "kg"),
        ("seized", 4, "count"),
        ("seized", 5, "count"),
        ("seized", 2, "count"),
    ]
    # a clause of its own after the semicolon stays apart
    assert metric_values("Police seized 5 kg of heroin; two suspects remain at large.") == [("seized", 5)]


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("Three loaded handguns", "loaded handguns"),
        ("22 used vehicles", "used vehicles"),
        ("112 frozen pangolins", "frozen pangolins"),
    ],
)
def test_a_describing_participle_before_the_goods_is_part_of_the_item(line: str, item: str):
    text = doc(f"Officers seized the following:\n• {line}\n• 36 rounds of ammunition")
    assert (figs(text)[0][0], figs(text)[0][3]) == ("seized", item)


def test_a_verb_after_a_bare_count_is_no_describing_participle():
    text = doc("Nineteen passengers were stopped. Of them, 11 carried gold paste, and eight carried gold bars.")
    assert ("seized", 8) not in metric_values(text)


def test_dozens_written_with_digits_are_multiplied():
    assert ("other", 24) in metric_values("Approximately 2 dozen raids were carried out at the same time.")


def test_either_end_of_a_fines_range_is_a_penalty_not_a_seizure():
    text = doc("If convicted, they face fines from P500,000 to P10 million. Agents seized P2 million in cash.")
    assert [(f[0], f[1], f[2]) for f in figs(text)] == [("seized", 2_000_000, "PHP")]


def test_a_part_of_a_list_by_nationality_does_not_absorb_a_rounded_total_of_another_sentence():
    text = doc(
        "Authorities continued their crackdown, arresting at least 500 suspects in two provinces.\n"
        "Those held in raids so far included 429 Vietnamese, 271 Indonesians, 589 Chinese and 57 Koreans."
    )
    assert ("arrests", 500) in metric_values(text)
    # a total beside its parts still states a rounded lead precisely
    lead = doc(
        "More than 400 workers were freed on Thursday.\n"
        "Officials said 412 workers were rescued, among them 187 Vietnamese, 96 Indonesians and 61 Chinese."
    )
    assert [v for m, v in metric_values(lead) if m == "rescued"] == [412, 187, 96, 61]


def test_the_noun_of_a_takedown_or_shutdown_counts_what_was_dismantled():
    text = doc(
        "More than 200 people were arrested, resulting in the shutdown of 13 call centres. "
        "The case has also led to the takedown of 34 servers and 12 websites."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [
        ("arrests", 200),
        ("dismantled", 13),
        ("dismantled", 34),
        ("other", 12),
    ]


def test_a_decimal_comma_with_four_decimals_is_no_group_of_thousands():
    text = doc("They seized 11,331 gr of a substance that held 4,5365 gr of heroin, and 1,250 kg of cocaine.")
    assert [(f[1], f[2]) for f in figs(text)] == [(11.331, "kg"), (0.0045365, "kg"), (1250, "kg")]


def test_a_value_after_a_count_with_thousands_names_the_goods_not_the_digits():
    text = doc("Border guards arrested a man and seized 80,000 yaba tablets worth around Tk 2.4 crore.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 80_000, "yaba tablets"),
        ("seized", 24_000_000, "yaba tablets value"),
    ]
    lead = doc("Police began the year confiscating drugs and illegal cigarettes with a street value of more than R1m.")
    assert figs(lead)[0][3] == "drugs and illegal cigarettes value"


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Police seized 12 million meth pills earlier this year.", "meth pills"),
        ("The navy seized over 100 kilograms of heroin aboard an incoming vessel.", "heroin"),
        ("Soldiers also found 816,486 pills apparently containing fentanyl.", "pills"),
        ("Customs detained 18 containers due to trademark breaches.", "containers"),
    ],
)
def test_an_item_ends_before_a_comparison_a_time_a_place_or_a_hedge(sentence: str, item: str):
    assert figs(doc(sentence))[0][3] == item


def test_an_amount_set_apart_before_its_comparison_has_no_comparison_for_its_item():
    text = doc("Heroin and cannabis seized from January to June - 76.1kg - compared with 51.36kg last year.")
    assert not any("compared" in (f[3] or "") for f in figs(text))


def test_a_verb_in_the_clause_after_while_governs_no_count_before_it():
    text = doc("As officers entered, two smugglers fled the scene while a third was arrested.")
    assert ("arrests", 2) not in metric_values(text)
    assert metric_values("Officers arrested 12 people while conducting raids in the city.") == [("arrests", 12)]


def test_the_whole_of_a_share_is_no_count():
    text = doc(
        "Police seized 2 kg of fentanyl; since four out of 10 fake pills hold a lethal dose, it could kill many."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 2)]


def test_a_value_after_a_hedge_of_three_words_names_the_goods():
    text = doc(
        "Officers seized 1.6 tonnes of cocaine. The drugs would have had a street value of in excess of £120 million."
    )
    assert figs(text)[1][:5] == ("seized", 120_000_000, "GBP", "drugs value", "in excess of")


def test_a_value_names_the_goods_after_a_place_and_and_or_where():
    text = doc(
        "A search was conducted at a house in Finglas and cannabis worth €38,000 was seized. A further search was "
        "carried out at an apartment in Dundalk, Co Louth where cannabis worth €200,000 was seized."
    )
    assert [f[3] for f in figs(text)] == ["cannabis value", "cannabis value"]
    listed = doc("Police seized 43,000 yaba tablets and 568 grams heroin worth ₹12 crores in the past day.")
    assert figs(listed)[-1][3] == "drugs value"


def test_two_amounts_of_one_list_are_two_figures_whatever_their_hedges():
    text = doc('The bureau seized about 50 kg of "high-quality" heroin, 47 kg of other drugs and Rs 30 lakh in cash.')
    assert [(f[1], f[3], f[4]) for f in figs(text)] == [
        (50, "high-quality heroin", "about"),
        (47, "other drugs", None),
        (3_000_000, "cash", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Behind the 3 million fentanyl pills we seized are crimes thwarted.", "fentanyl pills"),
        ("Officers recovered 420 grams of ice besides netting five accused.", "ice"),
    ],
)
def test_an_item_ends_before_a_pronoun_or_besides(sentence: str, item: str):
    assert figs(doc(sentence))[0][3] == item


def test_what_the_goods_would_be_able_to_do_is_no_count():
    text = doc("Police seized pills worth RM4.06 million that would be able to feed the addiction of 384,791 addicts.")
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 4_060_000)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time or a distance after a count is no comparison of amounts
        ("Police arrested 3 men less than an hour after the robbery.", [("arrests", 3)]),
        ("Officers rescued 40 migrants more than 100 nautical miles off the coast.", [("rescued", 40)]),
        # "each" before more words is no package's size
        ("Officers found 24 kg of cocaine each wrapped in black plastic.", [("seized", 24)]),
        # "filled" describing goods, "due" and "earlier" opening other words
        ("Officers seized two pistols and three filled magazines.", [("seized", 2), ("seized", 3)]),
        # a fine and then a seizure joined by "and"
        ("He was fined €2,000 and €15,000 in cash was confiscated.", [("seized", 15_000)]),
        ("Those convicted face a fine of Rs 500,000 to Rs 1 million.", []),
        # a "while" inside a relative clause or a participle's phrase
        ("Five suspects who fled while an officer chased them were later arrested.", [("arrests", 5)]),
        ("Six people injured while a bomb exploded were rescued by police.", [("rescued", 6)]),
        # the noun of a takedown governs only what is taken down right after it
        ("The takedown of the botnet, which had infected 9 million computers, was led by the FBI.", []),
    ],
)
def test_guards_from_the_review_of_the_afternoons_figure_rules(sentence: str, expected: list):
    assert metric_values(sentence) == expected


def test_a_list_part_of_the_same_goods_still_states_a_rounded_lead():
    text = doc("Police seized about 300 firearms.\nThe haul included 298 firearms, 1,200 rounds and 400 magazines.")
    assert [v for m, v in metric_values(text)] == [298, 1200, 400]


def test_the_gerund_of_destroying_counts_what_was_destroyed():
    text = doc("Police cracked down on growers, destroying more than 1.7 million plants so far this year.")
    assert [(f[0], f[1], f[4]) for f in figs(text)] == [("other", 1_700_000, "more than")]


def test_soms_are_the_som_of_the_country_the_text_names():
    assert figs(doc("Authorities in Uzbekistan intercepted jewelry worth 5.7 billion soms."))[0][2] == "UZS"
    assert figs(doc("Police in Bishkek, Kyrgyzstan, seized 2 million soms in cash."))[0][2] == "KGS"


def test_kyats_are_myanmar_money_and_a_conversion_in_brackets_is_no_second_figure():
    text = doc("Myanmar seized narcotics worth over 15.92 billion kyats (over 7.5 million USD) in Shan state.")
    assert [(f[1], f[2], f[3]) for f in figs(text)] == [(15_920_000_000, "MMK", "narcotics value")]


def test_what_each_package_was_found_to_contain_is_no_haul():
    text = doc("Police found 25 abandoned sacks, each found to contain 200,000 methamphetamine pills.")
    assert 200_000 not in values(text)


def test_a_laws_threshold_is_no_seizure():
    text = doc(
        "Anyone found guilty of trafficking more than 80 gram of drugs could be jailed for life. Police seized 32 kg."
    )
    assert [(f[1], f[2]) for f in figs(text)] == [(32, "kg")]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "Police seized 200 kg of cannabis. The street value of the cannabis seized at the property is "
            "estimated to be $39.9 million.",
            "cannabis value",
        ),
        (
            "Two men used a truck of fruit to carry more than RM750,000 worth of horse pills, which police "
            "confiscated.",
            "horse pills value",
        ),
        (
            "The haul comprised 82.86kg of methamphetamine, 2.78g of ecstasy pills and 2.5g of ketamine, worth a "
            "total of RM2,735,000, he said.",
            "drugs value",
        ),
    ],
)
def test_the_goods_a_value_names(sentence: str, item: str):
    assert figs(doc(sentence))[-1][3] == item


def test_the_base_form_of_find_is_a_verb_of_seizure():
    assert metric_values("The officers then went on to find 59 plants and an air rifle.") == [("seized", 59)]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The previous day, Tuesday, November 23, 1,240kg was equally seized at a warehouse.", 1240.0, "kg"),
        ("On November 23, 240kg of cannabis was seized at a warehouse.", 240.0, "kg"),
        ("On November 23, 12 people were arrested at the border.", 12.0, "count"),
    ],
)
def test_a_number_after_a_date_without_its_year_is_no_day_of_a_list(sentence: str, value: float, unit: str):
    # (a month's list of days goes on: "raids on March 3, 5 and 9" lists days, and gives no figure)
    text = "Police seized 200 kg of heroin on Monday.\n" + sentence + "\n"
    assert value in {f.value for f in extract(text).figures if f.unit == unit}
    listed = extract("Police seized 200 kg of heroin. Raids on March 3, 5 and 9 followed.\n").figures
    assert {f.value for f in listed} == {200.0}


def test_one_arrest_count_stated_by_its_charge_and_by_its_people_is_one_figure():
    text = (
        "Agency rescues 104 victims\n\n"
        "Operatives have arrested eight suspects for human trafficking and rescued 104 victims.\n"
        'He said: "No fewer than 104 victims have been rescued and eight suspected traffickers nabbed by the Agency."\n'
    )
    assert [f.value for f in extract(text).figures if f.metric == "arrests"] == [8.0]


def test_numbers_set_alone_in_brackets_are_each_an_amount_of_the_list():
    # as some Gulf releases write every number: "(35) kilos", not a conversion of the ton before it
    text = (
        "Officers found more than (1) ton of pregabalin tablets, (35) kilos of chemicals, (18) kilos of shabu, "
        "(2) kilos of hashish and (3) kilos of marijuana.\nArrests: Thailand (5), Laos (3).\n"
    )
    found = {(f.metric, f.value, f.unit, f.scope) for f in extract(text).figures}
    assert {("seized", 35.0, "kg", None), ("seized", 2.0, "kg", None), ("seized", 3.0, "kg", None)} <= found
    assert ("arrests", 5.0, "count", "Thailand") in found
    # a conversion in brackets is still one amount: "€70 million (about $76 million)"
    converted = extract("Police seized cocaine worth €70 million (about $76 million).\n").figures
    assert len([f for f in converted if f.metric == "seized"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers intercepted 1,577 jerry cans of petrol, totaling 39,425 liters "
        "(each jerry can containing 25 liters).",
        "The cannabis was packed in 124 sacks each containing averagely 81 pieces, and 10,000 pieces were seized.",
    ],
)
def test_what_each_named_package_holds_is_no_haul(sentence: str):
    values = {f.value for f in extract(sentence + "\n").figures}
    assert not values & {25.0, 81.0}


def test_liberian_dollars_are_their_own_money_and_a_conversion_into_them_is_no_second_sum():
    text = (
        "Officers discovered one kilogram of kush, valued at approximately US$20,000 (equivalent to LD$3.8 million).\n"
        "The seized substance weighed 10 kilograms, with a street value of US$200,000 or L$38,000,000.\n"
    )
    money = [(f.value, f.unit) for f in extract(text).figures if f.unit not in ("kg", "count")]
    assert money == [(20000.0, "USD"), (200000.0, "USD")]


def test_a_value_of_an_amount_of_goods_taken_at_a_named_place_is_those_goods_value():
    text = (
        "Officers seized 31 kilograms of kush at the border.\n"
        "The street value of the 31 kilograms of kush seized at Bo Waterside is put at US$620,000.\n"
    )
    assert ("seized", 620000.0, "USD", "kush value") in {
        (f.metric, f.value, f.unit, f.item) for f in extract(text).figures
    }


def test_goods_held_in_drums_are_a_seizure_whatever_arrest_came_before():
    text = (
        "She was arrested after being found with five drums ( totaling 210 liters) and two small buckets of cannabis.\n"
    )
    found = {(f.metric, f.value, f.unit) for f in extract(text).figures}
    assert ("seized", 5.0, "count") in found and ("arrests", 5.0, "count") not in found


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        (
            "The Commission has arrested five (5) people for various drug trafficking offences contrary to the law.",
            "various drug trafficking offences",
        ),
        ("Police seized another 12 kg heroin, after seizing nine kg heroin -- total 21 kg heroin so far.", "heroin"),
    ],
)
def test_an_item_ends_at_the_law_it_broke_or_at_a_typed_dash(sentence: str, item: str):
    text = IN_ALL + sentence + "\n"
    assert item in {f.item for f in extract(text).figures}
    assert not any(f.item and ("contrary" in f.item or "--" in f.item) for f in extract(text).figures)


def test_lives_the_goods_could_destroy_are_no_figure():
    text = "Officers seized 2 kg of heroin, enough to destroy 10,000 lives.\n"
    assert {f.value for f in extract(text).figures} == {2.0}


def test_a_values_goods_are_neither_who_said_it_nor_whose_they_were():
    text = (
        "Shipments totalling 89,450kg of cocaine were intercepted in Antwerp.\n"
        "Belgian police estimated the total value of Antwerp's seizures to be €13 billion, while the Netherlands "
        "said Rotterdam's haul was worth €5 billion.\n"
    )
    items = {f.value: f.item for f in extract(text).figures if f.unit == "EUR"}
    assert items == {13e9: "cocaine value", 5e9: "cocaine value"}


def test_what_people_are_known_for_is_no_part_of_the_item():
    text = "Police arrested two prolific ransomware operators known for their extortionate ransom demands.\n"
    assert [f.item for f in extract(text).figures] == ["prolific ransomware operators"]
    # (an adjective before the noun stays: "nine known drug blocks")
    assert "known drug blocks" in {f.item for f in extract("Officers searched nine known drug blocks.\n").figures}


@pytest.mark.parametrize(
    ("sentence", "arrests", "item"),
    [
        ("21 arrested in Spain for smuggling over 1,000 migrants into the EU", 21.0, None),
        ("Police arrested 5 men for smuggling 300 migrants.", 5.0, None),
    ],
)
def test_what_the_arrested_did_it_to_is_no_arrest(sentence: str, arrests: float, item: str | None):
    # (the arrests in all: what they were arrested for is no item of theirs, see IN_ALL)
    found = [(f.metric, f.value, f.item) for f in extract(sentence + "\n").figures]
    assert found == [("arrests", arrests, item)]


def test_what_a_part_of_the_arrested_did_it_to_is_their_offence_and_no_arrest():
    text = IN_ALL + "Police arrested 5 men for smuggling 300 migrants.\n"
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("arrests", 900, None),
        ("arrests", 5, "smuggling"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrests in all: a reason or a circumstance read after them is no item of theirs
        ("Police arrested 18 suspects for crimes ranging from poaching to fraud.", [(18, None)]),
        ("Police arrested 26 people over a year-long investigation into the ring.", [(26, None)]),
        ("Officers arrested 12 men for the robbery of a depot in Tema.", [(12, None)]),
        # … but the people they count are, where a kind of people (not those held for what, in general: annotators
        # leave the total of "suspected smugglers" or "drug traffickers" without an item three times in four)
        ("Police arrested 19 fishermen in the port.", [(19, "fishermen")]),
        ("Officers arrested nine crew members at the border.", [(9, "crew members")]),
        ("Police arrested 19 drug traffickers in the port.", [(19, None)]),
        ("Officers arrested five (5) suspected smugglers at the border.", [(5, None)]),
        ("Police arrested 40 people, including 12 suspected traffickers.", [(40, None), (12, "suspected traffickers")]),
        # a part of them names what it counts
        (
            "Police arrested 12 people, five of them on firearms charges.",
            [(12, None), (5, "firearms charges")],
        ),
        # parts listed without their whole keep theirs, the largest too: in one sentence, told on as more, by
        # place, or on a list's lines
        (
            "Police arrested 50 people for fraud, 178 for drug possession and 14 for robbery.",
            [(50, "fraud"), (178, "drug possession"), (14, "robbery")],
        ),
        (
            "Police arrested 45 suspects for drug trafficking. A further 12 were arrested for fraud.",
            [(45, "drug trafficking"), (12, "fraud")],
        ),
        (
            "Police arrested 45 suspects for drug trafficking. They also arrested 12 for fraud.",
            [(45, "drug trafficking"), (12, "fraud")],
        ),
        (
            "In Kano, police arrested 30 people for drug trafficking. In Lagos, officers arrested 20 for fraud.",
            [(30, "drug trafficking"), (20, "fraud")],
        ),
        ("Arrests:\n• 45 for drug trafficking\n• 12 for fraud\n", [(45, "drug trafficking"), (12, "fraud")]),
    ],
)
def test_the_total_arrests_carry_no_item_but_the_people_counted(text: str, expected: list):
    assert [(f.value, f.item) for f in extract(doc(text)).figures if f.metric == "arrests"] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Each of the men's suitcases allegedly contained 20kg of cocaine.",
        "Police discovered 49 bundles of currency, with each bundle containing about $100,000.",
    ],
)
def test_what_each_of_the_packages_held_is_no_haul_in_goods_or_money(sentence: str):
    text = sentence + " Officers seized 40kg of cocaine and 49 bundles of cash.\n"
    assert not {f.value for f in extract(text).figures} & {20.0, 100000.0}


def test_a_value_of_a_list_of_goods_with_a_hedge_of_two_words_is_the_goods_value():
    text = (
        "Police seized 106 firearms and a variety of drugs.\n"
        "The estimated street value of the firearms and illicit drugs seized in Ontario is just over $3 million.\n"
    )
    money = [(f.item, f.qualifier) for f in extract(text).figures if f.unit == "USD"]
    assert money == [("illicit drugs value", "just over")]


def test_a_participles_clause_of_motion_ends_the_item():
    assert [f.item for f in extract("Police arrested two men visiting from Australia.\n").figures] == [None]
    # (a crime's noun is no participle: "cases of cigarette smuggling from Ghana")
    text = "Customs opened 30 cases of cigarette smuggling from Ghana.\n"
    assert "cases of cigarette smuggling" in {f.item for f in extract(text).figures}


@pytest.mark.parametrize(
    "sentence",
    [
        "The container held 60 electric motors, and each motor hid an average of around eight kilograms of meth.",
        "Police said the seizure is estimated to produce roughly 10 million doses.",
    ],
)
def test_what_each_package_hid_on_average_or_what_the_goods_could_make_is_no_haul(sentence: str):
    text = "Customs seized 469 kg of methamphetamine.\n" + sentence + "\n"
    assert [f.value for f in extract(text).figures] == [469.0]


def test_what_a_wallet_held_is_named_by_the_text_and_what_victims_invested_is_no_figure():
    text = (
        "Fake crypto call centres taken down\n"
        "The criminal organisations lured German victims to invest over EUR 2 million in bogus investment websites\n"
        "Seizures include 3 hardware wallets with about USD 1 million in cryptocurrencies on it and 40 websites.\n"
    )
    found = {(f.metric, f.value, f.unit, f.item) for f in extract(text).figures}
    assert ("seized", 1e6, "USD", "cryptocurrencies") in found
    assert not any(value == 2e6 for _, value, _, _ in found)
    # (a bank account's money stays the account's)
    assert "funds in bank accounts" in {
        f.item for f in extract("Police froze 33 bank accounts holding RM10.7mil.\n").figures
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized 3 shotguns. Officers also seized 3 shotgun cartridges.", 2),
        ("Ten poachers were arrested in the park. Ten more were arrested for poaching in the reserve.", 2),
        ("Police arrested 30 people for smuggling and 12 for robbery.", 2),
        ("Police detained for questioning 15 people suspected of links to the gang.", 1),
        ("Police arrested for smuggling the 3 suspects found in the truck.", 1),
        ("Customs seized (1,500) kilograms, or (1.5) tons, of hashish.", 1),
        ("The gang threatened to destroy 2 bridges.", 0),
        ("Floods destroy 200 homes in Kisumu.", 0),
    ],
)
def test_guards_from_the_review_of_the_figure_rules(text: str, expected: int):
    assert len(extract("Report\n\n" + text + "\n").figures) == expected


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Police opened 12 cases of cattle rustling across Baringo.", "cases of cattle rustling"),
        ("Police seized 50 kg of Category - A drugs.", "Category - A drugs"),
        ("The total value of the seizures in Lagos was put at N3 billion.", "seizures value"),
    ],
)
def test_guards_from_the_review_of_the_item_rules(sentence: str, item: str):
    assert item in {f.item for f in extract(sentence + "\n").figures}


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        (
            "Heroin taken into custody by the STF in Kiriwewa yesterday (31) weighed approximately 53.65 kilograms.",
            {53.65},
        ),
        ("A RAB team chased and arrested the duo while two to three others fled during an operation.", set()),
        ("Police arrested 4 suspects while two others escaped.", {4.0}),
        ("Police arrested 12 people. Three suspects remain at large.", {12.0}),
    ],
)
def test_a_day_in_brackets_and_people_who_got_away_are_no_figures(sentence: str, values: set):
    assert {f.value for f in extract(sentence + "\n").figures} == values


def test_ampules_caught_with_a_man_are_goods_seized_not_arrests():
    text = "Drugs seized\n\nHe was caught with 300 ampules of buprenorphine and 250 ampules of diazepam.\n"
    assert {(f.metric, f.value) for f in extract(text).figures} == {("seized", 300.0), ("seized", 250.0)}


def test_trinidad_dollars_a_range_in_each_package_and_people_sought():
    text = (
        "TTPS seizes drugs\n\n"
        "Officers found 67 crocus bags, each containing approximately 25 to 35 blocks of high-grade marijuana.\n"
        "The marijuana weighed 1,521 kilograms, with an estimated street value of T&T$167 million.\n"
        "Two people have been detained, and a search is ongoing for three other suspects.\n"
    )
    found = {(f.metric, f.value, f.unit, f.item) for f in extract(text).figures}
    assert ("seized", 167e6, "TTD", "marijuana value") in found
    assert not {value for _, value, _, _ in found} & {35.0, 3.0}
    assert ("arrests", 2.0, "count", None) in found


@pytest.mark.parametrize(
    ("sentence", "value", "item"),
    [
        # a relative clause's value: the goods the clause is about, not "which"
        ("Officers seized over 7.5 kilos of heroin, the estimated value of which is $340,000.", 340000, "heroin value"),
        ("Agents seized 12 laptops, the value of which is $3,000.", 3000, "laptops value"),
        # the goods after their amount, scale and unit, not the amount itself
        ("The bureau seized about 2,500 kg contraband drugs worth $40 million.", 40_000_000, "contraband drugs value"),
        ("Customs seized 6.5 million Captagon pills worth $30 million.", 30_000_000, "Captagon pills value"),
        # where the goods came from is no part of them
        ("The entire haul of drugs from this three-day operation was worth more than $128,000.", 128000, "drugs value"),
        # a weighed item and its value joined by "and"
        ("Gold weighing 486 grams and worth $35,000 was seized from the two women.", 35000, "Gold value"),
    ],
)
def test_a_values_goods_are_named_without_their_amount_a_pronoun_or_their_place(sentence: str, value: float, item: str):
    got = {f.value: f.item for f in extract(doc(sentence)).figures}
    assert got[value] == item


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        # a list without commas: each count's item ends where the next number starts
        (
            "Results: 570 arrests 342 felony arrests 228 misdemeanor arrests 13 juveniles",
            {342: "felony arrests", 228: "misdemeanor arrests", 13: "juveniles"},
        ),
        # ... and the next number's hedge with it
        ("The navy boarded a dhow carrying 200 kg of cocaine some 300 nautical miles off the coast.", {200: "cocaine"}),
        # a number inside a name is no next count
        ("Police seized 40 Category 1 drugs and 3 Glock 19 pistols.", {40: "Category 1 drugs", 3: "Glock 19 pistols"}),
        # people, then a new clause's subject after "and"; "till date" is no part of them either
        (
            "The CID arrested 22 people, Rab arrested 11 people and Detective Branch arrested six people till date.",
            {22: None, 11: None, 6: None},
        ),
        # people and things counted together keep both
        ("Officers checked over 310,000 people and vehicles at the border.", {310000: "people and vehicles"}),
    ],
)
def test_an_item_ends_at_the_next_count_and_at_a_new_clause(sentence: str, items: dict):
    got = {f.value: f.item for f in extract(doc(sentence)).figures}
    for value, item in items.items():
        assert got[value] == item, (value, got)


def test_a_list_closed_by_a_passive_verb_with_all_between():
    text = doc(
        "Six thousand rounds of ammunition, 347 cartridges, 27 percussion caps and two military helmets were all "
        "found with the suspects."
    )
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 6000, "rounds of ammunition"),
        ("seized", 347, "cartridges"),
        ("seized", 27, "percussion caps"),
        ("seized", 2, "military helmets"),
    ]


def test_a_models_mark_and_where_goods_were_made_are_no_counts():
    text = doc("Weapons found included one G3 rifle, Mark 2 shotguns, four French made pistols and two revolvers.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("seized", 1, "G3 rifle"),
        ("seized", 4, "French made pistols"),
        ("seized", 2, "revolvers"),
    ]


def test_whose_ends_the_item():
    text = doc("Twenty-nine suspects, including two women whose names were withheld, were arrested.")
    assert (("arrests", 2, "women")) in [(f[0], f[1], f[3]) for f in figs(text)]


def test_a_hedged_sum_in_a_list_of_sums_is_seized_not_a_conversion():
    text = doc("Officers found 57 million cedis, 431 dollars, about four million CFA francs and 260 euros on him.")
    assert [(f[1], f[2], f[4]) for f in figs(text)] == [
        (57_000_000, "GHS", None),
        (431, "USD", None),
        (4_000_000, "XOF", "about"),
        (260, "EUR", None),
    ]
    # a conversion still closes its clause
    assert [(f[1], f[2]) for f in figs(doc("Police seized HK$13 million, about US$1.6 million, in cash."))] == [
        (13_000_000, "HKD")
    ]


def test_a_sections_subsections_are_no_figures():
    body = (
        "Police arrested two men. They will be charged with unlawful possession contrary to Section 36 (1) and "
        "71 (1) (b) of the Wildlife Act."
    )
    assert metric_values(body) == [("arrests", 2)]


def test_a_count_restated_in_brackets_is_no_subsection():
    body = "The NDLEA arrested 3(3) suspects. Customs seized 1,200(1) cartons of cigarettes."
    assert [(f[0], f[1]) for f in figs(doc(body))] == [("arrests", 3), ("seized", 1200)]


def test_a_section_written_with_its_subsection_after_a_list_is_no_figure():
    body = (
        "Police arrested 38 people for buying lottery tickets under Sections 4A (a) and 9(1) of the Common Gaming "
        "Houses Act 1953. Another 12 people were arrested under Section 15(1)(a) of the Dangerous Drugs Act."
    )
    assert metric_values(body) == [("arrests", 38), ("arrests", 12)]


def test_arrests_for_the_crime_name_no_charge_and_restate_the_count():
    text = doc(
        "At least five suspects were arrested for the crime on Sunday. Officers also arrested five people. Five "
        "suspects aged between 26 and 44 were arrested for contravening the Customs Act."
    )
    assert [(f[0], f[1], f[4]) for f in figs(text)] == [("arrests", 5, "at least")]


def test_a_rounded_headline_figure_of_the_storys_own_country_is_the_bodys_precise_one():
    text = (
        "Tanzania seizes close to 100 kilograms of drugs in June\n\n"
        "Tanzania's anti-narcotics authorities seized 99.33 kg of various drugs in June and arrested eight suspects.\n"
    )
    assert [(f.metric, f.value) for f in extract(text).figures] == [("seized", 99.33), ("arrests", 8)]
    # a national part the headline does not name stays apart
    other = (
        "Police seize close to 100 kilograms of drugs in regional sweep\n\n"
        "Police seized 40 kg of drugs across the region. In Kenya's ports, officers seized 99.5 kg of drugs.\n"
    )
    assert {f.value for f in extract(other).figures} >= {100, 99.5}


def test_a_sum_in_a_countrys_pounds_is_no_weight_its_conversion_aside():
    text = doc(
        "Authorities thwarted an attempt to smuggle around 10 tonnes of drugs with an estimated value of nearly "
        "270 million Egyptian pounds (Dh50.3 million)."
    )
    assert [(f[1], f[2], f[4]) for f in figs(text)] == [(10, "tonnes", "around"), (270_000_000, "EGP", "nearly")]


def test_a_city_dateline_before_a_sentence_is_no_table_label():
    text = (
        "Police seize cannabis resin\n"
        "The drugs were buried in a pit, officials said.\n"
        "Rabat – Police seized today August 7, 5.2 tons of cannabis resin and arrested three people.\n"
    )
    assert {f.scope for f in extract(text).figures} == {None}
    # a city's table line still labels its figures, and a roundup's country its paragraph
    table = "Results by city\n\nLima – 45 arrests, 120 kg of cocaine\nCusco – 12 arrests\n"
    assert {(f.value, f.scope) for f in extract(table).figures if f.metric == "arrests"} == {
        (45, "Lima"),
        (12, "Cusco"),
    }


def test_a_placed_figure_restated_without_its_place_is_one_figure():
    text = doc(
        "Police in Casablanca arrested three people and seized 5.2 tons of cannabis resin. Officers arrested the "
        "three suspects at a farm and seized a vehicle."
    )
    assert [(f[0], f[1]) for f in figs(text) if f[0] == "arrests"] == [("arrests", 3)]
    there = doc(
        "Police arrested 14 people (five in Colombia, nine in Ecuador). In Ecuador, agents raided two houses. Nine "
        "people were detained there."
    )
    assert sorted(f[1] for f in figs(there) if f[0] == "arrests") == [5, 9, 14]
    # a later phase's equal count stays its own
    apart = doc(
        "Police arrested five suspects: four in Ukraine and one in Armenia. An earlier phase had led to four arrests."
    )
    assert sorted(f[1] for f in figs(apart) if f[0] == "arrests") == [1, 4, 4, 5]


def test_a_sum_hyphened_to_worth_values_the_goods_after_it():
    text = doc("Roughly P400,000-worth of suspected methamphetamine hydrochloride was seized in a buy-bust operation.")
    assert [(f[1], f[2], f[3], f[4]) for f in figs(text)] == [
        (400_000, "PHP", "suspected methamphetamine hydrochloride value", "roughly")
    ]


def test_people_from_a_place_open_a_breakdown_the_next_parts_go_on():
    text = (
        "Report\n\nPolice arrested 2,044 foreigners on Saturday.\n\n"
        "The ministry said the other detainees included 179 people from Myanmar, 177 from Vietnam, and 5 from Taiwan.\n"
    )
    assert [(f.value, f.scope) for f in extract(text).figures if f.metric == "arrests"] == [
        (2044, None),
        (179, "Myanmar"),
        (177, "Vietnam"),
        (5, "Taiwan"),
    ]
    # where people came from is no part of the operation by place
    origin = doc("Officers identified 71 workers from Nepal and Bangladesh who were housed in containers.")
    assert [f[5] for f in figs(origin)] == [None]


def test_the_weight_of_packets_is_the_drug_they_held():
    text = doc(
        "Officers detained a suspect carrying three packets of methamphetamine. In total, authorities seized 16 "
        "packets weighing 10.344 kilograms."
    )
    assert [(f[1], f[2], f[3]) for f in figs(text)][-1] == (10.344, "kg", "methamphetamine")


def test_a_laws_bounds_listed_with_or_are_no_figures():
    body = (
        "Police seized 10 cakes of heroin. Those convicted of smuggling over 600 grams of heroin or more than 2.5 kg "
        "of methamphetamine are punishable by death."
    )
    assert metric_values(body) == [("seized", 10)]


def test_an_offences_item_ends_before_the_value_of_the_goods():
    text = doc(IN_ALL + "Police arrested five people for trafficking drugs worth RM4.9 million in several raids.")
    assert [(f[0], f[1], f[3]) for f in figs(text)] == [
        ("arrests", 900, None),
        ("arrests", 5, "trafficking drugs"),
        ("seized", 4_900_000, "drugs value"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a change between periods is no result
        ("Seized stimulants totaled 283 kg in 2017, down 164 kg from 2016.", [("seized", 283)]),
        ("Arrests rose to 212, up 44 on the previous year.", [("arrests", 212)]),
        ("The force recorded 90 arrests (up 12 from last year).", [("arrests", 90)]),
        # … but a verb's "up" is no change
        ("Police seized 40 kg of cocaine and rounded up 12 suspects from the area.", [("seized", 40), ("arrests", 12)]),
        # a price per person is no sum seized
        ("The smugglers charged USD 10,000 for each person. Police seized 12 phones.", [("seized", 12)]),
        # the load of the truck the goods hid under is no seizure
        (
            "Customs found 1.9 million cigarettes hidden in a truck transporting 24 tons of sand.",
            [("seized", 1_900_000)],
        ),
        # nor is the shipment they hid in
        (
            "Police found 2 tonnes of cocaine hidden in a shipment of some 24 tons of fertilizers.",
            [("seized", 2)],
        ),
    ],
)
def test_a_change_a_price_and_a_cover_load_are_no_results(body: str, expected: list):
    assert metric_values(body) == expected


def test_an_offences_item_ends_before_where_it_happened():
    text = (
        "Ten arrested for possession of hashish off the coast of Cadiz\n\nGuardia Civil officers arrested ten people. "
        "In all, 40 people were arrested in the province.\n"
    )
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("arrests", 10, "possession of hashish"),
        ("arrests", 40, None),
    ]


def test_the_weight_of_pellets_is_the_drug_named_before_and_cases_end_at_involving():
    body = (
        "Customs seized about 1.4 kg of suspected cocaine in two cases of drug smuggling involving air passengers. "
        "A total of 55 pellets, weighing approximately 800 grams, were recovered from the man."
    )
    got = [(f[0], f[1], f[2], f[3]) for f in figs(doc(body))]
    assert ("seized", 0.8, "kg", "cocaine") in got
    assert ("other", 2, "count", "cases of drug smuggling") in got


def test_articles_joined_by_juncto_or_or_are_references():
    body = "The 22 suspects have been detained by police and will face sanctions under Article 81 jo 83 of the law."
    assert metric_values(body) == [("arrests", 22)]
    other = "Officers detained 12 suspects, who will be charged under Sections 5 or 6 of the Penal Code."
    assert metric_values(other) == [("arrests", 12)]


@pytest.mark.parametrize(
    ("body", "values"),
    [
        # equal counts of other events, where the later sentence names another place or says "again"
        (
            "Police in Mombasa seized 20 kg of heroin on Monday. On Wednesday, Tanzanian marines seized 20 kg of "
            "heroin from a dhow heading to Mombasa.",
            [20, 20],
        ),
        ("Police in Kenya arrested 5 people. Ugandan police arrested 5 people near the border with Kenya.", [5, 5]),
        (
            "Police in Durban arrested 8 suspects. The 8 suspects arrested in Cape Town belonged to another gang.",
            [8, 8],
        ),
        (
            "In Ecuador, police detained 9 suspects in a port raid. Nine people were detained there on Friday as "
            "well, in a second raid.",
            [9, 9],
        ),
        ("Police in Quito arrested 20 people in 2024. In 2025, police arrested 20 people again in Quito.", [20, 20]),
    ],
)
def test_guards_from_the_review_of_the_placed_restatement(body: str, values: list):
    assert [f.value for f in extract("Report\n\n" + body + "\n").figures] == values


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        # the next-count cut only after a plural noun, a hedge or a joint: not inside a name, a grade or a size
        ("Officers seized 40 iPhone 15 phones.", "iPhone 15 phones"),
        ("Officers seized 5 packets of grade 4 heroin.", "packets of grade 4 heroin"),
        ("Officers seized 300 bottles of 750 ml whisky.", "bottles of 750 ml whisky"),
        ("Officers seized 1,000 packs of 20 cigarettes.", "packs of 20 cigarettes"),
        # "made" after people is no place of making
        ("Police detained 4 Kenyans made famous by the scam.", "Kenyans"),
    ],
)
def test_guards_from_the_review_of_the_item_cuts(sentence: str, item: str):
    assert figs(doc(sentence))[0][3] == item


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        # people's origin before a part that is no breakdown by place
        ("Police rescued 30 victims from Kenya, 12 of them minors.", None),
        ("Police arrested 15 suspects from Lagos, 3 of whom were women.", None),
    ],
)
def test_guards_from_the_review_of_people_from_a_place(sentence: str, scope):
    assert figs(doc(sentence))[0][5] == scope


def test_guards_from_the_review_of_sums_and_weights():
    # a hedged sum in a major currency is a conversion, whatever follows
    got = [(f[1], f[2]) for f in figs(doc("Police seized 12 million soles, about $3.2 million, and 40 kg of cocaine."))]
    assert got == [(12_000_000, "PEN"), (40, "kg")]
    # packets' weight is no drug named before when other goods or another case come between
    separate = doc(
        "Police seized 2 kg of heroin. Separately, customs seized 20 boxes weighing 400 kg containing counterfeit "
        "cigarettes. Officers seized 3 kg of cocaine. Officers seized ivory tusks in 6 bags weighing 90 kg."
    )
    assert [(f[1], f[3]) for f in figs(separate) if f[2] == "kg"] == [
        (2, "heroin"),
        (400, "boxes"),
        (3, "cocaine"),
        (90, "bags"),
    ]
    # an unrelated crime's count of the same size is another figure
    crimes = "Police arrested 3 men for stealing cattle. Police also arrested 3 men for an unrelated crime on Tuesday."
    assert metric_values(crimes) == [("arrests", 3), ("arrests", 3)]


def test_a_short_name_in_brackets_after_an_operations_name_is_its_codename():
    text = (
        "Report\n\nPolice launched Operation Mercury (Mercury III), arresting 45 people. Mercury III ran two weeks.\n"
    )
    assert "Mercury III" in {e.name for e in extract(text).entities if e.type == "OPERATION"}


def test_a_roundup_by_city_labels_its_lines():
    text = (
        "Roundup\n\nNairobi: Officers from the unit arrested 15 people and seized 40 kg of bhang.\n"
        "Mombasa: Officers from the unit arrested 9 people and seized 22 kg of bhang.\n"
    )
    assert {(f.value, f.scope) for f in extract(text).figures if f.unit == "kg"} == {(40, "Nairobi"), (22, "Mombasa")}


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        # goods named by what they are called
        ("Police seized 380 grams of the synthetic drug called « kush » and 2,600 tablets of tramadol.", "kush"),
        ("Police confiscated more than 1,250 tablets of pharmaceutical drugs called nitravat.", "nitravat"),
        # a value's goods end at "whose"; an offence's at a clause about the goods
        ("Police confiscated a large cache of drugs whose estimated market value is nearly $60,000.", "drugs value"),
        (
            "Police arrested seven people for trafficking pharmaceutical drugs that are often misused. In all, 80 "
            "people were arrested.",
            "trafficking pharmaceutical drugs",
        ),
    ],
)
def test_goods_by_their_name_and_clauses_about_them(sentence: str, item: str):
    assert figs(doc(sentence))[0][3] == item


def test_the_whole_restated_before_its_parts_is_the_placed_figure():
    text = (
        "Report\n\nPolice in Dubai arrested eight men from an international gang. Of the eight suspects arrested, "
        "five were caught at a warehouse in Al Qusais and three were detained in Sharjah.\n"
    )
    assert sorted(f.value for f in extract(text).figures if f.metric == "arrests") == [3, 5, 8]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # people found in a vehicle carrying drugs: the drugs are seized, no cover load
        ("Two suspects were found in a car carrying 3 kg of heroin.", [("seized", 3)]),
        # a law named before a count is no reference
        ("Since the new law 300 people have been arrested.", [("arrests", 300)]),
        # a placed figure restated with "the", its place, or people's origin
        (
            "Police in Casablanca arrested three people. The three suspects were also charged with smuggling.",
            [("arrests", 3)],
        ),
        (
            "Police in Casablanca arrested three people. Officers arrested three people in the Casablanca raid.",
            [("arrests", 3)],
        ),
        (
            "Police in Nairobi arrested four suspects. The four suspects, two of them from Tanzania, are in custody.",
            [("arrests", 4), ("arrests", 2)],
        ),
    ],
)
def test_guards_from_the_second_review(body: str, expected: list):
    assert [(f.metric, f.value) for f in extract("Report\n\n" + body + "\n").figures] == expected


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("Police seized 3 kg cocaine 2 kg heroin 40 kg cannabis.", ["cocaine", "heroin", "cannabis"]),
        ("Police arrested 20 men 15 women in the raid.", [None, "women"]),
        ("Police seized 60 Texas made rifles.", ["Texas made rifles"]),
        (
            "Police arrested seven people for possessing that type of explosive. In all, 80 people were arrested.",
            ["possessing that type of explosive", None],
        ),
    ],
)
def test_guards_from_the_second_review_of_items(sentence: str, items: list):
    assert [f[3] for f in figs(doc(sentence))] == items


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # members of one group, whatever goods its description names
        (
            "Police said 22 of a drug trafficking racket were arrested on Monday.",
            ("arrests", 22, "drug trafficking racket members"),
        ),
        ("Officers held five of the gang in Kano.", ("arrests", 5, "gang members")),
        # a plural is a part of the groups themselves
        ("Police arrested 12 people. Three of the networks were dismantled.", ("dismantled", 3, "networks")),
    ],
)
def test_a_count_drawn_from_one_group_counts_its_members(sentence: str, expected: tuple):
    got = {(f.metric, f.value, f.item) for f in extract(sentence + "\n").figures}
    assert expected in got


@pytest.mark.parametrize(
    "sentence",
    [
        "796 people were arrested, 316 investigations initiated and 442 weapons seized as a result of the operation.",
        "316 investigations initiated and 442 weapons seized in the operation.",
        "Officers opened 316 investigations; 316 investigations initiated, 442 weapons seized during the action days.",
    ],
)
def test_each_count_of_a_telegraphic_list_takes_the_participle_after_its_own_item(sentence: str):
    got = {f.value: f.metric for f in extract(sentence + "\n").figures}
    assert got[316] == "other"
    assert got[442] == "seized"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Police said 12 men arrested after a raid in Kisumu were charged.", "arrests"),
        ("Customs said 3 tonnes seized last week were burnt.", "seized"),
        # a participle that names them is no result: they were arrested before
        ("The raid led to the arrest of four more suspects identified as the alleged receivers.", "arrests"),
    ],
)
def test_a_participle_followed_by_a_preposition_or_a_time_is_the_verb(sentence: str, metric: str):
    assert [f.metric for f in extract(sentence + "\n").figures] == [metric]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cocaine was packaged in individual 1kg blocks.", set()),
        ("The heroin was wrapped in 500g packets.", set()),
        ("Police found 51 bales of cocaine packed in 1kg blocks.", {("seized", 51, "count")}),
        # a count of packages, then each one's size
        ("Police seized 30 50kg bags of rice.", {("seized", 30, "count")}),
        ("Officers seized 12 20-litre jerrycans of fuel.", {("seized", 12, "count")}),
        # one package's amount, or the goods' amount in packages, stays an amount
        ("Police seized a 1kg block of cocaine.", {("seized", 1, "kg")}),
        ("Police seized 5 kg of heroin in bags.", {("seized", 5, "kg")}),
    ],
)
def test_a_measure_before_packages_in_the_plural_is_each_ones_size(sentence: str, expected: set):
    assert {(f.metric, f.value, f.unit) for f in extract(sentence + "\n").figures} == expected


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("Police said 150 cannabis bundles carefully hidden in a pit were seized.", "cannabis bundles"),
        ("Officers seized 20 packets neatly wrapped in plastic.", "packets"),
        ("Police said 8,263 illegally held firearms were recovered.", "illegally held firearms"),
        ("Police seized 5 boxes of medical supply hidden in a truck.", "boxes of medical supply"),
    ],
)
def test_an_item_ends_before_the_adverb_of_the_participle_after_it(sentence: str, item: str):
    assert [f.item for f in extract(sentence + "\n").figures] == [item]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Police take down syndicate, seize RM1.04b in narcotics", 1.04e9, "MYR"),
        ("Police seized $2.1b of cocaine.", 2.1e9, "USD"),
    ],
)
def test_a_b_glued_to_a_sum_is_billions(sentence: str, value: float, unit: str):
    assert [(f.value, f.unit) for f in extract(sentence + "\n").figures] == [(value, unit)]


def test_a_b_after_a_bare_number_is_no_scale():
    assert {f.value for f in extract("Police seized 12 kg in block 5b.\n").figures} == {12}


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Police seized over 3.8 million złoty in cash.", 3.8e6, "PLN"),
        ("Zambian police seized 2 million kwacha in cash in Lusaka.", 2e6, "ZMW"),
        ("Malawi police seized 2 million kwacha in cash in Lilongwe.", 2e6, "MWK"),
        # the Thai press's baht letters glued to a scaled or grouped sum
        ("Police seized assets worth B327 million.", 327e6, "THB"),
        ("Police seized Bt5 million in cash.", 5e6, "THB"),
    ],
)
def test_currencies_written_by_name_or_letter(sentence: str, value: float, unit: str):
    assert [(f.value, f.unit) for f in extract(sentence + "\n").figures] == [(value, unit)]


def test_a_b_before_a_bare_number_is_no_baht():
    assert extract("The B52 bombers flew over the base.\n").figures == []


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Police seized 1,500 billion VND through the suspects' bank accounts.", "VND"),
        ("Officers froze 2 million EUR abroad and seized 3 kg of cocaine.", "EUR"),
        ("Police seized 500 USD bonds.", "count"),  # a noun after the code: the code labels it
    ],
)
def test_a_currency_code_before_a_preposition_or_an_adverb_is_the_sums(sentence: str, unit: str):
    assert extract(sentence + "\n").figures[0].unit == unit


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an amount in packages, or of goods in blocks, is the amount seized
        ("Police seized 45 kg in bags.", {("seized", 45, "kg")}),
        ("Police seized 20 kg cocaine bricks.", {("seized", 20, "kg")}),
        # goods drawn from a group's stock are no members
        ("Police seized 50 of a network of illegal gambling machines.", {("seized", 50, "count")}),
        ("Police seized 30 of a cell phone shipment.", {("seized", 30, "count")}),
    ],
)
def test_guards_from_the_review_amounts_and_goods_stay_what_they_are(sentence: str, expected: set):
    assert {(f.metric, f.value, f.unit) for f in extract(sentence + "\n").figures} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five of a gang of 12 were arrested in Mombasa.", ("arrests", 5)),
        ("The cocaine was packed in 1kg cocaine bricks.", None),
    ],
)
def test_guards_from_the_second_review_members_and_packages(sentence: str, expected: tuple | None):
    got = [(f.metric, f.value) for f in extract(sentence + "\n").figures]
    assert (expected in got) if expected else got == []


def test_a_headlines_present_tense_verbs_give_their_metrics_and_end_the_item_before():
    text = "Agents arrest 29 people in 8 states, identifies 15 potential victims\n\nAgents arrested 29 people.\n"
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 29), ("identified", 15)]
    got = extract(doc("The unit seizes 40 kg of cocaine, impounds 3 trucks and disrupts 2 networks.")).figures
    assert [(f.metric, f.value, f.item) for f in got] == [
        ("seized", 40, "cocaine"),
        ("seized", 3, "trucks"),
        ("dismantled", 2, "networks"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "So far, more than 400 kilos of cannabis, which police say was smuggled over the hills, have been "
            "seized in the inquiry.",
            ("seized", 400, "kg"),
        ),
        ("Some 52 rifles, which were smuggled out of an army depot, were recovered.", ("seized", 52, "count")),
        ("The 9 men, who had smuggled heroin through the port, were detained on Monday.", ("arrests", 9, "count")),
    ],
)
def test_a_relative_aside_after_the_item_leaves_the_sentences_own_verb(sentence: str, expected: tuple):
    assert [(f.metric, f.value, f.unit) for f in extract(doc(sentence)).figures] == [expected]


def test_a_relative_clause_with_its_own_result_is_still_read_and_no_verb_after_it_is_borrowed():
    # the aside's verb tells what befell the goods when the sentence goes on with no verb of its own
    got = extract(doc("Officers found 30 kg of cannabis, which was seized, and a pistol in the car.")).figures
    assert [(f.metric, f.value) for f in got] == [("seized", 30)]
    # a verb after a full stop belongs to the next sentence
    text = "They counted 30 kg of cannabis, which was smuggled from the coast. 4 men were arrested."
    got = extract(doc(text)).figures
    assert ("seized", 30) not in [(f.metric, f.value) for f in got]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Police arrested 96 suspects. Of the total, 77 were males and 19 females.", [(77, "males"), (19, "females")]),
        (
            "Police arrested 76 suspects. Of the 76 suspects, 64 are Tanzanians and 12 foreign nationals, he said.",
            [(64, "Tanzanians"), (12, "foreign nationals")],
        ),
        (
            "Police detained 41 people on Monday. Twenty-six of them were men and 15 were women.",
            [(26, "men"), (15, "women")],
        ),
    ],
)
def test_the_parts_of_people_arrested_each_an_arrests_sub_count(text: str, parts: list):
    got = [(f.value, f.item) for f in extract(doc(text)).figures if f.metric == "arrests"]
    assert got[1:] == parts


def test_what_became_of_some_of_those_arrested_or_what_some_goods_were_is_no_part():
    for text in (
        "Police detained 41 people on Monday. Nine of them were released on bail.",
        "Police seized 41 rifles on Monday. Nine of them were pistols.",
        "Police arrested 76 suspects. Of the 76 suspects, 64 are Tanzanians and 12 rifles were seized.",
    ):
        got = [(f.metric, f.value) for f in extract(doc(text)).figures]
        assert ("arrests", 9) not in got and ("arrests", 12) not in got


def test_a_breakdown_by_place_of_people_a_list_verb_counted_takes_their_metric():
    text = (
        "Police arrested 530 people in the sweep. They included 13 foreigners from Laos (1), Chad (4), Peru (5), "
        "Fiji (1) and Nepal (2), he said."
    )
    got = [(f.metric, f.value, f.scope) for f in extract(doc(text)).figures]
    assert got[2:] == [
        ("arrests", 1, "Laos"),
        ("arrests", 4, "Chad"),
        ("arrests", 5, "Peru"),
        ("arrests", 1, "Fiji"),
        ("arrests", 2, "Nepal"),
    ]
    # a clause of its own between the people and the bracket is no breakdown of them
    text = "Police arrested 530 people in the sweep. They included 13 foreigners who were held at Tanjung (2)."
    assert [f.value for f in extract(doc(text)).figures] == [530, 13]


def test_facts_counted_as_crime_cases_are_other_and_never_drugs_or_arrests():
    # translated Central Asian releases count crime cases as "facts"
    text = (
        "During the operation 486 drug-related crimes were revealed, including 137 facts of drug sale and 22 facts "
        "of smuggling, and 301 persons were detained."
    )
    got = [(f.metric, f.value) for f in extract(doc(text)).figures]
    assert ("other", 137) in got and ("other", 22) in got and ("arrests", 301) in got


@pytest.mark.parametrize(
    "text",
    [
        # "them" are the people counted last, not those arrested before them
        "Police arrested 41 people. Officers interviewed 30 witnesses, and 12 of them were women.",
        "Police arrested 120 suspects in the sweep. Some 300 officers took part; 40 of them were women.",
        "120 suspects were arrested. The unit has 40 detectives. Ten of them are women.",
        # a bracket after another verb's object counts that object
        "Police detained 40 people and sealed houses in Dhaka (3), Khulna (4).",
    ],
)
def test_guards_from_the_review_parts_belong_to_the_people_counted_last(text: str):
    got = extract(doc(text)).figures
    assert len([f for f in got if f.metric == "arrests"]) == 1


def test_a_list_of_arrests_by_offence_gives_each_part_its_offence():
    text = (
        "A total of 50 people were arrested for the offense of drug trafficking, 178 people for the offense of "
        "drug possession and 302 addicts were questioned. Checks led to 42 arrests tied to firearms offences."
    )
    got = [(f.value, f.item) for f in extract(doc(text)).figures if f.metric == "arrests"]
    assert got == [(50, "drug trafficking"), (178, "drug possession"), (42, "firearms offences")]
    # what the arrested are linked to is no offence unless a word of crime names one
    text = "Police made 19 arrests linked to a network supplying poachers."
    assert [(f.value, f.item) for f in extract(doc(text)).figures] == [(19, None)]
    # a count of its own with its verb keeps no offence the text does not tie to a list
    text = "Officers arrested more than 2,100 people over gang-related offences this year."
    assert [(f.value, f.item) for f in extract(doc(text)).figures] == [(2100, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's noun heads the words, whatever people its description names
        ("Police dismantled 46 migrant smuggling networks.", ("dismantled", 46, "migrant smuggling networks")),
        ("Some 12 child trafficking rings were disrupted.", ("dismantled", 12, "child trafficking rings")),
        ("Police rescued 46 migrant workers.", ("rescued", 46, "migrant workers")),
        # a number's own comma is no break between a verb that governs only what is beside it and its count
        ("More than 5,000 county lines have been closed.", ("dismantled", 5000, "county lines")),
        ("In 2025, 1,200 pharmacies were closed.", ("other", 1200, "pharmacies")),
        # a headline's present tense
        ("Police destroys 43 drug factories and laboratories.", ("dismantled", 43, "drug factories and laboratories")),
    ],
)
def test_groups_and_production_sites_taken_down_are_dismantled(text: str, expected: tuple):
    assert [(f.metric, f.value, f.item) for f in extract(doc(text)).figures] == [expected]


def test_parts_of_people_rescued_in_a_place_listed_by_nationality():
    text = (
        "Police rescued 96 victims in Ghana. Of the 96 victims rescued in Ghana, 58 were Ghanaians, 27 were "
        "Nigerians and 11 were Togolese, she said."
    )
    got = [(f.metric, f.value, f.item) for f in extract(doc(text)).figures]
    assert got[1:] == [("rescued", 58, "Ghanaians"), ("rescued", 27, "Nigerians"), ("rescued", 11, "Togolese")]
    # a name's age after its comma stays no count
    text = "Police arrested John Smith, 36, and Peter Jones, 41, in Accra."
    assert extract(doc(text)).figures == []


def test_a_count_whose_own_clause_names_another_country_is_that_countrys_part():
    text = (
        "Head\nIn Pakistan, 614 suspects were arrested, while 33 were detained in India.\n"
        "In Croatia, police arrested 40 people and 9 suspects were held in Split.\n"
    )
    got = [(f.value, f.scope) for f in extract(text).figures]
    assert got == [(614, "Pakistan"), (33, "India"), (40, "Croatia"), (9, "Croatia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "facts" in English counts nothing
        ("The fact sheet lists 4 facts about the 2 tonnes of cocaine seized in Guayaquil.", [("seized", 2, "cocaine")]),
        # a time, a share or a reason after "over"/"for" is no offence of the arrests
        ("Police made 1,200 arrests over the festive season.", [("arrests", 1200, None)]),
        ("Police made 4 arrests for every 10 searches.", [("arrests", 4, None), ("other", 10, "searches")]),
        (
            IN_ALL + "They arrested 14 men for offences of a sexual nature.",
            [("arrests", 900, None), ("arrests", 14, "offences of a sexual nature")],
        ),
    ],
)
def test_guards_from_the_second_review_facts_and_offences(text: str, expected: list):
    assert [(f.metric, f.value, f.item) for f in extract(doc(text)).figures] == expected


def test_a_clause_opened_by_in_a_place_before_its_count_is_that_places_part():
    text = (
        "Head\nIn Ghana, officers freed 96 women from a brothel, while in Senegal 41 suspects were detained.\n"
        "In Cali, in Valle del Cauca, agents found 135 kilos of cocaine in a lorry.\n"
    )
    got = [(f.value, f.scope) for f in extract(text).figures]
    assert got == [(96, "Ghana"), (41, "Senegal"), (135, "Cali")]


def test_where_a_seizure_would_sell_is_no_scope_of_its_value():
    text = "Police seized six tonnes of cocaine with a street value of some $250 million in Europe."
    got = [(f.metric, f.unit, f.scope) for f in extract(doc(text)).figures]
    assert got == [("seized", "tonnes", None), ("seized", "USD", None)]


def test_a_fine_the_law_allows_named_after_its_sum_is_no_result():
    text = (
        "Agents seized nine firearms. If convicted, the defendants face up to life in prison and a possible "
        "$10 million fine."
    )
    assert [(f.metric, f.value) for f in extract(doc(text)).figures] == [("seized", 9)]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Over 1,000 arrested as police crack down on gangs", [("arrests", 1000)]),
        ("Tanzania: 17 Held as Police Seize 1.4 Tonnes of Bhang in Arumeru", [("arrests", 17), ("seized", 1.4)]),
    ],
)
def test_a_headlines_count_ends_its_words_at_a_conjunction_and_its_capitalised_verb_is_no_item(
    headline: str, expected: list
):
    text = headline + "\n\nThe operation ran last week.\n"
    assert [(f.metric, f.value) for f in extract(text).figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a value split by country keeps each part's country; only a market's place is no scope
        (
            "Police seized cocaine worth $2 million in Spain and $1 million in Italy.",
            [("seized", 2000000, "Spain"), ("seized", 1000000, "Italy")],
        ),
        (
            "Results by country: Honduras (cocaine worth $3 million in total, 131 arrests), Guatemala (88 firearms).",
            [("seized", 3000000, "Honduras"), ("arrests", 131, "Honduras"), ("seized", 88, "Guatemala")],
        ),
        # "fine" and "bond" as goods' words, and "May" the month, say no penalty
        ("In May, customs seized gold worth $4 million in fine jewellery at the airport.", [("seized", 4000000, None)]),
        ("In May, police seized $300,000 in bond notes in Harare.", [("seized", 300000, None)]),
        # centres of care are no infrastructure of crime, whatever people they serve
        ("Authorities closed 14 migrant reception centres after the raids.", [("other", 14, None)]),
    ],
)
def test_guards_from_the_third_review_scopes_fines_and_centres(text: str, expected: list):
    assert [(f.metric, f.value, f.scope) for f in extract(doc(text)).figures] == expected


def test_guards_from_the_third_review_the_first_age_after_a_peoples_plural_stays_an_age():
    # (the later ages of such a list are read as counts, as they were before: a known fault, left)
    got = [f.value for f in extract(doc("Police arrested three Ghanaians, 25, 31 and 40, at the border.")).figures]
    assert 3 in got and 25 not in got


def test_a_sum_in_a_place_is_no_part_of_a_mass_before_it():
    text = "Police seized six tonnes of cocaine with a street value of some $250 million in Spain."
    got = [(f.unit, f.item) for f in extract(doc(text)).figures]
    assert got == [("tonnes", "cocaine"), ("USD", "cocaine value")]


def test_a_headlines_count_is_one_figure_with_the_bodys_though_the_body_dates_it_otherwise():
    text = (
        "Pangea XIV: 277 arrested as police shut down illicit pharmacy links\n\n"
        "LYON, France – Since the first Pangea in 2008, the operation has grown. Dubbed Pangea XIV, the week of "
        "action in May 2021 led to 277 arrests worldwide.\n"
    )
    assert [(f.metric, f.value, f.operation_year) for f in extract(text).figures] == [("arrests", 277, 2021)]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The market value of the seized drugs would be around Tk 312 crore, said Captain Rashid.", "drugs value"),
        ("The estimated street value of the drugs seized exceeds USD 3.4 billion.", "drugs value"),
        ("The approximate cost of the seized drugs on the black market exceeds 2.6 billion tenge.", "drugs value"),
        (
            "Police estimated the street value of the cocaine seized during the operation at $14 million.",
            "cocaine value",
        ),
    ],
)
def test_the_value_of_goods_stated_with_any_verb_before_its_sum_is_their_value(sentence: str, item: str):
    got = extract(doc("Police seized 40 kg of drugs. " + sentence)).figures
    assert got[-1].item == item


def test_a_customs_duty_paid_value_is_the_goods_value_not_cash():
    text = (
        "Report\nLAGOS – He listed the seizures as follows:\n"
        "- 3,150 cartons of codeine-based cough syrup, DPV N1,218,400,000;\n"
        "- 460 used car tyres, DPV N164,050,000.\n"
        "The unit recorded 1,204 seizures with a DPV of N14.6 billion.\n"
    )
    got = [f.item for f in extract(text).figures if f.unit == "NGN"]
    assert got == ["codeine-based cough syrup value", "used car tyres value", "duty paid value"]


@pytest.mark.parametrize(
    ("sentence", "item"),
    [
        ("The heroin has an estimated value on the illicit market of 480 million meticais.", "heroin value"),
        ("He put their value on the street at about 14 million meticais.", "heroin value"),
        (
            "Preliminary estimates place the value of the wildlife trophies at KES 318 million.",
            "wildlife trophies value",
        ),
        ("Officers also seized $40,000.", "cash"),
    ],
)
def test_an_unnamed_sum_its_sentence_calls_a_value_is_the_goods_value(sentence: str, item: str):
    got = extract(doc("Police seized 40 kg of heroin. " + sentence)).figures
    assert got[-1].item == item


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "Navy units seized 14 tonnes of hashish worth 200 million dirhams in Tangier and 80 million dirhams in "
            "Nador.",
            ["hashish", "hashish value", "hashish value"],
        ),
        ("The value of cooperation was clear, officials said, as donors gave 4 million euros.", ["cash"]),
        ("The suspects, who value cash, had 2 million euros on them when arrested.", ["cash"]),
        ("The command generated N12 billion revenue and intercepted goods with a DPV of N3 billion.", None),
    ],
)
def test_guards_from_the_fourth_review_values(text: str, items: list | None):
    got = [f.item for f in extract(doc(text)).figures]
    if items is None:
        assert got[-1] == "duty paid value"
    else:
        assert got == items


def test_one_opening_a_breakdown_by_place_is_its_first_part():
    got = [
        (f.value, f.scope)
        for f in extract(doc("Police dismantled three workshops, one in Slovakia and two in Bulgaria.")).figures
    ]
    assert got == [(3, None), (1, "Slovakia"), (2, "Bulgaria")]
    # a pronoun "one" before a place opens no breakdown
    assert extract(doc("One in Spain said so, and two in France agreed.")).figures == []


def test_a_verb_of_what_became_of_those_counted_ends_their_item():
    text = (
        "Customs seized 63,418 face masks and 12 market stands. Police said 28 of the suspects have been charged, "
        "while 19 remain in custody and 7 face charges."
    )
    got = [(f.value, f.item) for f in extract(doc(text)).figures]
    assert got == [(63418, "face masks"), (12, "market stands"), (28, None), (19, None), (7, None)]


def test_guards_from_the_last_review_remains_as_goods_stay_in_the_item():
    got = [
        (f.value, f.item)
        for f in extract(doc("Wildlife officers seized 30 kg of lion remains and 4 leopard skins.")).figures
    ]
    assert got == [(30, "lion remains"), (4, "leopard skins")]


def test_an_amount_restated_in_another_unit_is_one_figure_even_where_the_first_is_no_figure():
    # the body restates the headline's seizure ("amounted to" is no verb of a result): its pounds are no new figure
    text = (
        "Cocaine bust at Vergenoegen\nGEORGETOWN – Officers seized 536 kilograms of cocaine on Friday. The total, when "
        "weighed, amounted to 536 kilos, or 1,181 lbs, with a street value in Guyana of US$2.6 million."
    )
    got = figs(text)
    assert [(m, v, u) for m, v, u, *_ in got] == [("seized", 536.0, "kg"), ("seized", 2_600_000.0, "USD")]
    # the market named between "value" and "of" leaves the sum a value of the goods, not cash
    assert "value" in got[1][3]
    # a conversion of a figure still gives the guide's unit (read by the figure before)
    assert [(m, v, u) for m, v, u, *_ in figs(doc("Police seized 3,310 pounds (1,501 kilograms) of cocaine."))] == [
        ("seized", 1501.0, "kg")
    ]


def test_a_haul_that_includes_goods_in_the_present_tense_counts_them():
    text = doc(
        "Customs officers discovered an arms shipment at the port. According to the authorities, this cargo "
        "includes, among others, the following materials: 150 firearms, 9 shotguns and 2,450 cartridges."
    )
    assert [(m, v, i) for m, v, _, i, *_ in figs(text)] == [
        ("seized", 150.0, "firearms"),
        ("seized", 9.0, "shotguns"),
        ("seized", 2450.0, "cartridges"),
    ]


def test_places_raided_and_things_carried_near_an_arrest_are_not_arrests():
    text = doc("The police say 804 people were detained in raids on 735 online gambling establishments.")
    assert metric_values(text.split(" – ", 1)[1]) == [("arrests", 804.0), ("other", 735.0)]
    text = doc("The 12 who were detained were carrying 16 suitcases containing the narcotics.")
    assert [(m, v, i) for m, v, _, i, *_ in figs(text)] == [("arrests", 12.0, None), ("seized", 16.0, "suitcases")]
    # people counted with the noun of a vehicle are people: "boat owners" stay arrests
    assert metric_values("Police arrested 2 boat owners at the jetty.") == [("arrests", 2.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In Cameroon, three suspects were arrested on suspicion of trafficking 23 young girls to the Gulf.",
        "In Serbia, three suspects were arrested for sexually exploiting 23 women.",
    ],
)
def test_people_an_offence_was_done_to_are_no_result(sentence: str):
    assert metric_values(sentence) == [("arrests", 3.0)]


def test_a_number_to_call_is_no_count():
    text = doc(
        "Police seized 18 guns. The police urge anyone with information that can lead to the arrest of gunmen to "
        "call Crime Stop at 311, the tip line at 811, or the nearest police station."
    )
    assert metric_values(text.split(" – ", 1)[1]) == [("seized", 18.0)]


def test_people_who_evaded_arrest_are_not_arrested():
    body = "Rangers arrested one suspect, while seven others managed to evade arrest by fleeing the scene."
    assert metric_values(body) == [("arrests", 1.0)]
    assert metric_values("Police arrested 3 men; four others avoided arrest.") == [("arrests", 3.0)]


def test_children_removed_from_their_abusers_are_rescued():
    body = "Officers identified 123 victims and removed 44 of those children from their alleged abusers."
    assert metric_values(body) == [("identified", 123.0), ("rescued", 44.0)]
    # removed from somewhere that is no exploitation: no rescue
    assert ("rescued", 3.0) not in metric_values("Social workers removed 3 children from school.")


def test_subjects_arrested_said_again_in_other_words_are_one_figure():
    body = (
        "Federal authorities seized 1,700 kilograms of cocaine and arrested four subjects. The Navy reported "
        "the seizure of the cocaine and the arrest of four alleged transgressors of the law."
    )
    assert [m for m in metric_values(body) if m[0] == "arrests"] == [("arrests", 4.0)]


def test_a_bound_rounds_only_what_lies_near_its_last_digit():
    # "nearly 730 kilograms" is the whole, its parts later (600 + 130) are no precise form of it
    text = (
        "Officers foil attempts to smuggle 730 kg drugs into Kuwait\nKUWAIT: Customs officers seized nearly 730 "
        "kilograms of drugs. The officers seized 600 kilograms of hashish on the boat. In another case, officers "
        "seized 130 kilograms of shabu."
    )
    assert sorted(f.value for f in extract(text).figures) == [130.0, 600.0, 730.0]
    # a precise form near the bound still states it
    assert sorted(values(doc("Police seized nearly 730 kg of drugs. The drugs weighed 727.4 kg in all."))) == [727.4]


def test_a_count_in_a_that_clause_after_a_result_verb_takes_the_clauses_verb():
    body = (
        "Police arrested 23 suspects. The statement included information that the network passed at least 7 tons of "
        "drugs through ports in Europe in 2020."
    )
    assert metric_values(body) == [("arrests", 23.0)]
    # what was found to be so was found: the goods are seized
    body = "After investigation, it was found that the woman had gulped 82 drug-filled capsules."
    assert metric_values(body) == [("seized", 82.0)]


def test_a_list_closed_by_one_passive_verb_may_go_on_with_a_count_in_words():
    body = "More than 700 pieces of ivory and hundreds of pangolin scales have been discovered inside hollowed logs."
    assert figs(doc(body))[0][:5] == ("seized", 700.0, "count", "pieces of ivory", "more than")


def test_one_units_price_is_no_sum_seized():
    body = (
        "Police seized 50 million pills. A study reports that the minimum street price of a meth pill in Bangkok is "
        "around 30 baht, meaning the haul was worth upward of 1.5 billion baht."
    )
    got = figs(doc(body))
    assert [(m, v, u) for m, v, u, *_ in got] == [("seized", 50_000_000.0, "count"), ("seized", 1.5e9, "THB")]
    assert got[1][4] == "upward of"  # (the American form of the hedge)


def test_a_streets_own_number_is_no_count():
    body = "Officers arrested a man in the vicinity of Clementi Avenue 4 with 12 grams of heroin."
    assert metric_values(body) == [("seized", 0.012)]


def test_the_whole_named_as_a_pronoun_opens_a_breakdown_of_the_people_before():
    body = (
        "Police arrested 530 people. “The total includes 13 foreigners from Myanmar (1), Indonesia (4), Thailand "
        "(5), Laos (1) and Bangladesh (2),” he said."
    )
    assert metric_values(body) == [
        ("arrests", 530.0),
        ("arrests", 13.0),
        ("arrests", 1.0),
        ("arrests", 4.0),
        ("arrests", 5.0),
        ("arrests", 1.0),
        ("arrests", 2.0),
    ]


def test_a_notes_face_value_is_no_sum_seized():
    body = "The police recovered fake currency worth Rs 8.48 lakh, mostly of Rs 2,000 denomination."
    assert metric_values(body) == [("seized", 848_000.0)]
    assert metric_values("Agents seized $48,000 in $100 bills.") == [("seized", 48_000.0)]


def test_fish_caught_illegally_are_goods_seized_not_people():
    body = (
        "Coast Guard crew seized a lancha and 297 illegally caught fish, and detained a crew of 4 Mexican nationals. "
        "They had caught 272 red snapper, four mackerel and 21 blacktip shark."
    )
    got = [(m, v) for m, v, *_ in figs(doc(body))]
    assert ("seized", 297.0) in got and ("seized", 272.0) in got and ("seized", 21.0) in got
    assert ("arrests", 4.0) in got and ("arrests", 297.0) not in got and ("arrests", 272.0) not in got


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower bound in the headline, the precise count in the body: one figure, the precise one
        ("Over 250 Arrested In Regional Drug Sweep\nLAGOS – Police arrested 273 suspects.", [("arrests", 273.0)]),
        ("More than 45 arrested in raids\nDUBLIN – Gardaí arrested 49 people.", [("arrests", 49.0)]),
        (
            "Over 2.5 million pills seized\nBEIRUT – Customs seized 2.8 million captagon pills.",
            [("seized", 2_800_000.0)],
        ),
        # a precise form coarser than the bound states another sum
        (
            "Cigarettes seized\nCOLOMBO – Officers found cigarettes worth Rs. 4 million. A businessman smuggling "
            "cigarettes worth over Rs. 3.8 million was arrested.",
            [("seized", 4_000_000.0), ("seized", 3_800_000.0)],
        ),
        # a box's size, then the whole load in another unit: the load is a figure
        (
            "Captagon found\nAMMAN – Customs found 90 boxes of 20 kg (1.8 tonnes of captagon pills) in a truck.",
            [("seized", 1.8)],
        ),
        # a count after an offence's noun that its own verb follows
        (
            "Trafficking ring\nKYIV – In the course of the investigation into cases of trafficking 17 suspects "
            "were arrested.",
            [("arrests", 17.0)],
        ),
        (
            "Migrants saved\nATHENS – Police arrested three men suspected of smuggling 52 migrants, who were all "
            "rescued from a sinking boat.",
            [("arrests", 3.0), ("rescued", 52.0)],
        ),
        # what shows children is no child rescued; a number someone put on a count is no number to call
        (
            "Abuse material\nLYON – Investigators removed 1,200 images of children from servers used by abusers.",
            [("other", 1200.0)],
        ),
        ("Migrants rescued\nROME – Officials put the number at 380 migrants rescued.", [("rescued", 380.0)]),
    ],
)
def test_guards_from_the_sixth_review(text: str, expected: list):
    got = [(f.metric, f.value) for f in extract(text).figures]
    for pair in expected:
        assert pair in got
    assert len(got) == len(expected)


def test_victims_safeguarded_are_rescued():
    body = "Officers raided 11 addresses, arresting four people and safeguarding 12 potential victims."
    assert metric_values(body) == [("other", 11.0), ("arrests", 4.0), ("rescued", 12.0)]


def test_a_part_of_things_counted_that_came_to_a_result_of_its_own_names_them():
    body = "Some 149,623 packages were inspected by Customs, of which nearly 50,068 were seized."
    assert figs(doc(body))[1][:5] == ("seized", 50068.0, "count", "packages", "nearly")
    # a part of goods seized, found somewhere, is no more goods
    body = "Police arrested 40 suspects and seized 200 parcels, of which 30 were found in a car."
    assert metric_values(body) == [("arrests", 40.0), ("seized", 200.0)]


def test_an_amount_restated_in_another_currency_or_set_off_by_dashes_is_one_figure():
    body = "Customs intercepted a man and USD 90,000 worth Rs 73 lakh was recovered from his possession."
    assert metric_values(body) == [("seized", 90_000.0)]
    body = "Officials found 32 kilograms — more than 70 pounds — of gold in the man's possession."
    assert metric_values(body) == [("seized", 32.0)]
    # other goods after a dash are more goods; a sum worth another is not one
    assert metric_values("Police seized 40 kg of cocaine – 12 kg of heroin was also found.") == [
        ("seized", 40.0),
        ("seized", 12.0),
    ]
    assert len(metric_values("Police seized $20,000 in cash and drugs worth $1 million.")) == 2


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Police arrested 11 loan sharks and seized RM45,000 in cash.", [("arrests", 11.0), ("seized", 45_000.0)]),
        ("The customs hub will help safeguard 3,000 jobs.", []),
        ("The new rules safeguarding 450 million citizens' data came into force.", []),
        (
            "Police arrested more than 120 suspects in the first phase. In the second phase, in May, 146 people were "
            "arrested.",
            [("arrests", 120.0), ("arrests", 146.0)],
        ),
    ],
)
def test_guards_from_the_seventh_review_figures(body: str, expected: list):
    assert metric_values(body) == expected


def test_the_parts_in_brackets_of_things_checked_are_checked():
    body = "165 896 entities checked (including 63 649 persons, 9 564 locations, 20 556 vehicles and 76 670 documents)"
    assert [m for m, _ in metric_values(body)] == ["other"] * 5
    # the parts of goods seized are seized
    assert [m for m, _ in metric_values("Police seized 40 firearms (including 12 rifles).")] == ["seized", "seized"]
    assert metric_values("Police identified 160 perpetrators.") == [("identified", 160.0)]


def test_channels_and_laboratories_eliminated_are_dismantled_and_people_eliminated_are_killed():
    body = "The Committee eliminated 30 drug trafficking channels, as well as 29 drug laboratories."
    assert metric_values(body) == [("dismantled", 30.0), ("dismantled", 29.0)]
    # (the people the forces fight, killed, are an outcome of their own: the next test)
    assert metric_values("Troops eliminated 5 terrorists in the clash.") == [("other", 5.0)]
    assert metric_values("Police arrested 7 militants.") == [("arrests", 7.0)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Troops of the task force neutralised 14 insurgents, arrested 22 others and rescued 9 hostages.",
            [("other", 14.0, "insurgents neutralised"), ("arrests", 22.0, None), ("rescued", 9.0, "hostages")],
        ),
        ("Soldiers killed 31 bandits in the forest on Tuesday.", [("other", 31.0, "bandits killed")]),
        (
            "At least three suspected kidnappers were killed in the exchange of fire.",
            [("other", 3.0, "suspected kidnappers killed")],
        ),
        ("During the raid, one terrorist was neutralized.", [("other", 1.0, "terrorist neutralized")]),
        (
            "The troops also neutralised one criminal and recovered two rifles.",
            [("other", 1.0, "criminal neutralised"), ("seized", 2.0, "rifles")],
        ),
        # anyone else killed is no result, nor are groups neutralised other than dismantled
        ("A fire at the depot killed 40 migrants in 2023.", []),
        ("Eleven civilians and one vigilante were killed by bandits during the week.", []),
        ("Police neutralised 6 cells of the network.", [("dismantled", 6.0, "cells of the network")]),
        ("One suspected kidnapper died from gunshot wounds.", []),
    ],
)
def test_the_people_the_forces_fight_killed_are_an_outcome_with_an_item_saying_so(body: str, expected: list):
    assert [(f.metric, f.value, f.item) for f in extract(body).figures] == expected


def test_a_drives_numbers_are_no_count():
    body = "Police found 24 automobiles and two 4×4 motorcycles."
    assert metric_values(body) == [("seized", 24.0), ("seized", 2.0)]


def test_a_seizure_in_a_bracket_after_things_checked_stays_a_seizure():
    body = "Officers ran 9 000 checks (including at 40 airports, where 120 kg of cocaine was seized)."
    assert ("seized", 120.0) in metric_values(body)


def test_east_africas_shilling_mark_after_a_sum_is_money_of_the_country():
    body = "Police in Tanzania seized 53 pieces of ivory worth 285m/- and 2.1m/- in cash."
    assert [f[:4] for f in figs(doc(body))[1:]] == [
        ("seized", 285_000_000, "TZS", "ivory value"),
        ("seized", 2_100_000, "TZS", "cash"),
    ]
    assert figs(doc("Police in Kenya seized 8,000/= in cash."))[0][1:3] == (8000, "KES")


def test_money_is_neither_arrested_nor_rescued_and_no_operation_arrests_a_billion():
    body = "Indonesia – 8 vessels detained, 20 victims rescued, IDR 2.1 billion in cash seized onboard."
    assert ("seized", 2_100_000_000) in metric_values(body)
    assert ("rescued", 2_100_000_000) not in metric_values(body)
    text = "Nine Arrested, 4.6 Billion/ – Trophies Seized\n\nPolice arrested nine suspects."
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 9)]


def test_a_products_number_after_a_grouped_count_or_a_glued_mass_is_no_count():
    body = "Police seized 266,750 Erimin 5 pills, then 107kg of Erimin 5 pills and 63kg of syabu."
    assert metric_values(body) == [("seized", 266_750), ("seized", 107), ("seized", 63)]
    # a headline's last capitalised word then a number written in words on the next line is no model
    text = "Raids net 1,184 arrests across Africa\nThirty-nine suspects were arrested in Ghana."
    assert (("arrests", 39)) in [(f.metric, f.value) for f in extract(text).figures]


def test_what_the_goods_would_equate_to_is_no_result():
    body = "Police seized 2.3 tonnes of cocaine, with the potential to equate to 11.7 million street deals."
    assert metric_values(body) == [("seized", 2.3)]


def test_a_years_totals_so_far_are_no_operations_figures():
    lead = "Police report\nMANILA – Operation Tanglaw Cabuco led to 26 arrests in Cavite.\n\n"
    text = lead + "For the period January to October 2026, the office recorded 1,214 arrests."
    assert operation_by_value(text)[26] == "Tanglaw Cabuco" and operation_by_value(text)[1214] is None
    text = lead + "During the first nine months of 2026, police arrested 1,412 suspects."
    assert operation_by_value(text)[1412] is None


def test_a_million_written_with_a_is_a_million():
    assert metric_values("Police seized more than a million glass eels.") == [("seized", 1_000_000)]
    assert metric_values("Customs seized a thousand rounds of ammunition.") == [("seized", 1000)]
    # an adjective of price is no count
    assert metric_values("Police seized a million-dollar yacht and 4 cars.") == [("seized", 4)]


def test_interviews_are_events_and_the_groups_members_belong_to_are_no_count():
    body = "The operation led to 422 arrests, 155 voluntary interviews and the seizure of cash."
    assert metric_values(body) == [("arrests", 422), ("other", 155)]
    text = "6 members of 2 major scam gangs arrested\n\nSix members of two scam gangs were arrested in Bangkok."
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 6)]


def test_what_goods_represent_is_no_result():
    body = "Police seized over 1 tonne of pangolin scales, representing approximately 1,700 killed pangolins."
    assert metric_values(body) == [("seized", 1)]


def test_mt_after_an_amount_is_metric_tonnes():
    body = "Customs found containers carrying 263.78 MT of diesel."
    assert [f[:3] for f in figs(doc(body))] == [("seized", 263.78, "tonnes")]


def test_a_date_before_a_comma_and_people_arrested_is_no_count():
    assert metric_values("On June 28, two couriers were arrested.") == [("arrests", 2)]
    assert metric_values("In Zone 3 suspects were detained after the raid.") == []


def test_as_many_as_is_a_hedge():
    assert figs(doc("The navy seized as many as 135 plastic sacks of meth."))[0][4] == "as many as"


def test_a_bust_named_late_is_the_operation_its_lead_reports():
    # (the name past the lead: the lead's "bust" reports the one operation the text names; "The effort, dubbed …"
    # names it back)
    text = (
        "Missing children found in sweep across Texas\n"
        "Nearly four dozen children were found in Texas this month as part of a multi-agency trafficking bust led "
        "by federal agents, officials said Monday.\n"
        "Of the 45 victims who were recovered in the Houston area, nine were being exploited when they were found, "
        "according to the agency. Three victims were recovered more than once during the investigation, officials "
        "said, a pattern that investigators say is common in cases of this kind across the state.\n"
        "“Victims who are rescued often go back to the people who exploited them, by choice or by force,” the "
        "agency said in a statement. “This cycle makes our work harder and puts the children at further risk.”\n"
        "Several other children found this month had run away from care homes and were considered at risk. One of "
        "them had been taken by a parent without custody, according to the statement released on Monday. Social "
        "workers and volunteers from several charities helped the officers find shelter and care for all of them.\n"
        "The effort, dubbed “Operation Lone Star Rescue,” resulted in the arrest of one suspected trafficker."
    )
    assert operation_by_value(text)[45] == "Lone Star Rescue"


@pytest.mark.parametrize(
    "body, expected",
    [
        # "MT" is metric tonnes only before "of" or a bracket
        ("Rangers arrested 12 Mt Elgon poachers.", [("arrests", 12)]),
        ("The navy seized 2 MT vessels.", [("seized", 2)]),
        ("Coast guards seized 50 mt of smuggled rice.", [("seized", 50)]),
        # a part of a million, a rate, is no million
        ("Customs seized a quarter of a million cigarettes.", []),
        ("One in a thousand parcels was inspected.", []),
        # groups said dismantled are counted though named after "members of"
        (
            "Police arrested 45 members of 6 criminal networks, which were dismantled.",
            [("arrests", 45), ("dismantled", 6)],
        ),
        # a part after ", representing" is a part, counted
        ("Spain made the most arrests, representing 45 of the 200 in total.", [("arrests", 45), ("arrests", 200)]),
        # a place's name before a number, a comma left out, makes no model's number
        ("Police made 2,450 arrests in Nigeria 130 victims were rescued.", [("arrests", 2450), ("rescued", 130)]),
    ],
)
def test_guards_from_the_ninth_review_figures(body: str, expected: list):
    assert metric_values(body) == expected


def test_the_whole_units_mark_takes_the_currency_of_the_country_named():
    assert figs(doc("Police in New Delhi seized cash of 2,50,000/- from a car."))[0][1:3] == (250000, "INR")
    assert figs(doc("Police in Dhaka recovered gold worth 45,00,000/- from a bag."))[0][1:3] == (4500000, "BDT")


def test_a_count_hedged_in_dozens_is_the_rounded_form_of_the_precise_one():
    text = doc(
        "Nearly three dozen children were rescued in California this month.\n"
        "Of the 33 victims who were recovered in the Los Angeles area, eight were being exploited."
    )
    assert [(f.metric, f.value) for f in extract(text).figures if f.metric == "rescued"] == [("rescued", 33)]
    # people of two kinds in one sentence stay two figures
    assert metric_values("Police rescued about 40 women and 33 children.") == [("rescued", 40), ("rescued", 33)]


def test_an_operation_named_as_a_phase_of_another_keeps_the_figures_that_follow():
    text = doc(
        "The Federal Police launched Operation Aluir on Thursday. This is the 3rd phase of Operation Colossus, "
        "which revealed a billion-dollar scheme.\nFederal agents served five search warrants and arrested 2 suspects."
    )
    assert operation_by_value(text)[2] == "Aluir"
    # an operation the text goes on to, not a phase's whole, takes what follows
    text = doc("Operation Aluir ended on Monday. Operation Colossus then began.\nAgents arrested 2 suspects.")
    assert operation_by_value(text)[2] == "Colossus"


def test_a_years_totals_up_to_a_day_are_no_operations():
    text = doc(
        "Police seized 80 logs in Ops Libas on Monday.\n"
        "The force had recorded 412 arrests from 149 operations carried out this year until Nov 17."
    )
    assert operation_by_value(text)[80] == "Libas" and operation_by_value(text)[412] is None


def test_thousands_set_with_a_comma_and_a_blank():
    # some African press sets a blank after the comma of a thousands group
    assert metric_values("Police said they arrested 2, 175 suspected robbers and recovered 19, 009 rounds.") == [
        ("arrests", 2175),
        ("seized", 19009),
    ]
    # not a list of numbers, nor a date then a count, nor a day's or a rank's number then a count
    assert 111 not in values(doc("Report crimes on 110, 111 or 170."))
    assert metric_values("Since April 24, 496 boats were inspected.") == [("other", 496)]
    assert metric_values("On day 2, 145 suspects were arrested.") == [("arrests", 145)]
    assert metric_values("Of the first 40, 120 others were arrested.") == [("arrests", 120)]


def test_a_participle_before_a_later_items_noun_leaves_the_list_to_its_passive():
    text = "In the town, two long guns, nine magazines, 135 cartridges and a stolen vehicle were seized."
    assert metric_values(text) == [("seized", 2), ("seized", 9), ("seized", 135)]
    text = "Elsewhere 20 magazines, 151 cartridges, eight radios and six stolen cars were seized."
    assert metric_values(text) == [("seized", 20), ("seized", 151), ("seized", 8), ("seized", 6)]
    # a participle of the number's own goods still describes them
    assert metric_values("Officers recovered 53 stolen vehicles.") == [("seized", 53)]
    # (the later item's noun in capitals too)
    assert metric_values("Police said 5 phones and a stolen SUV were seized.") == [("seized", 5)]


def test_an_item_of_a_results_list_follows_the_seized_items_around_it():
    text = doc(
        "The operation led to 412 seizures, including:\n\n  • 31 live macaques\n\n  • 12 big cats\n\n"
        "  • 260 pieces of raw ivory and an additional 88 kg of worked ivory\n\n  • Nearly 900 wildlife parts"
    )
    assert metric_values(text)[1:] == [("seized", 31), ("seized", 12), ("seized", 260), ("seized", 88), ("seized", 900)]
    # people listed stay no seizure
    text = doc("Results:\n\n  • 31 live macaques\n\n  • 12 foreign nationals")
    assert ("seized", 12) not in metric_values(text)


def test_a_count_written_with_a_stop_before_three_digits_is_thousands():
    text = doc("Police recovered a total of 4.318 antiquities as well as 2.905 coins, and seized 1.250 tonnes of ore.")
    assert metric_values(text) == [("seized", 4318), ("seized", 2905), ("seized", 1.25)]
    # a measure's plural keeps its decimals
    assert 2125 not in values(doc("Police seized diamonds weighing 2.125 carats."))


def test_people_removed_from_harm_are_rescued_repatriated_or_interviewed_are_other():
    assert metric_values("Officers removed 51 children from harm during the operation.") == [("rescued", 51)]
    assert metric_values("The operation removed 6 persons from exploitative situations.") == [("rescued", 6)]
    assert metric_values("Police removed 43 websites from the internet.") == [("other", 43)]
    assert metric_values("The cutter repatriated 196 people to Haiti.") == [("other", 196)]
    assert metric_values("Police interviewed 324 individuals at risk of exploitation.") == [("other", 324)]


def test_sizes_losses_and_turnovers_are_no_results():
    # a carrier's size, though a consignment's noun opens its name
    assert values(doc("The cocaine was found aboard a 32,000-ton cargo ship at the port.")) == set()
    assert metric_values("Police seized a 500-kilo cargo of cocaine.") == [("seized", 500)]
    # the victims' losses a drive uncovered, a trade's turnover (money recovered or frozen stays taken)
    assert values(doc("The operation uncovered over $193 million in global financial losses.")) == set()
    assert metric_values("Police recovered $1.2 million in losses for victims.") == [("seized", 1_200_000)]
    assert metric_values("Police seized a 300-kilo cargo shipment of heroin.") == [("seized", 300)]
    text = "The street value of the drugs was $40 million, which points to an annual turnover of $5 billion."
    assert metric_values(text) == [("seized", 40_000_000)]
    # a part of a count with its own verb leaves the count its own: searched, not seized
    text = "Inspectors searched 110 shipping containers, 84 of which were found to hold fake medicines."
    assert ("other", 110) in metric_values(text) and ("seized", 110) not in metric_values(text)


def test_people_named_by_their_part_in_the_trade_are_people():
    assert metric_values("The police also detained 11 suspected drug manufacturers.") == [("arrests", 11)]
    assert metric_values("The squad had identified 23 cannabis growers in two districts.") == [("identified", 23)]
    # a company named by its trade stays a company
    text = doc("Customs found irregularities at a fruit importer, Frutas del Sol Andaluz S.L., and seized 4 kg.")
    assert "Frutas del Sol Andaluz S.L." in {e.name for e in extract(text).entities if e.type == "ORG"}


def test_a_value_s_goods_after_a_verb_of_freezing_leave_the_verb_out():
    got = figs(doc("Investigators froze assets worth €3.4 million and seized 12 luxury vehicles."))
    assert got[0][:4] == ("seized", 3_400_000, "EUR", "assets")
    got = figs(doc("The exchange froze digital assets worth over $1.7 million."))
    assert got[0][3] == "digital assets"


def test_what_a_scheme_yielded_or_netted_is_no_seizure():
    # ("yielded" was tried as a verb of taking and withdrawn after review: offenders' gains are written so too)
    assert values(doc("The scheme netted the fraudsters $2 million.")) == set()
    assert values(doc("The fraud yielded the gang $4 million in profits.")) == set()


def test_deaths_in_a_headline_once_and_what_people_were_saved_from_are_no_results():
    text = (
        "Troops rescue 252, kill 38, arrest 40 in 2 weeks\n\n"
        "Troops have killed 38 fighters, arrested 40 and rescued 252 captives within two weeks.\n"
    )
    # (the fighters killed are an outcome, counted once: the headline's "kill 38" names no one)
    assert sorted(metric_values_of(text)) == [("arrests", 40), ("other", 38), ("rescued", 252)]
    assert metric_values("Officers saved 30 children from being trafficked.") == [("rescued", 30)]
    assert metric_values("During the same period, 2,232 illegal immigrants were deported.") == [("other", 2232)]


def metric_values_of(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract(text).figures]


def test_a_span_of_months_the_operation_ran_is_its_own_and_an_industry_s_size_no_result():
    text = doc(
        "INTERPOL led an operation, codenamed Green Table, against illegal betting.\n"
        "Conducted between June and July 2024, the operation resulted in over 5,100 arrests."
    )
    assert operation_by_value(text)[5100] == "Green Table"
    text = doc("The gang ran illegal betting, an industry valued at $1.7 trillion. Police seized $59 million.")
    assert metric_values(text.split("\n", 1)[1]) == [("seized", 59_000_000)]
    # what police took off the market is theirs
    text = "What we took off the market is worth around $740 million, the minister said."
    assert metric_values(text) == [("seized", 740_000_000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In searches carried out across the country, 12 firearms and 3 vehicles were seized.",
        "During the inspections conducted in the port and on the highway, 12 firearms and 3 vehicles were seized.",
    ],
)
def test_a_participle_in_an_opening_phrase_does_not_govern_the_counts_after_it(sentence: str):
    # (the participle tells of the searches; the verb after the list tells of what it counts)
    assert metric_values(sentence) == [("seized", 12), ("seized", 3)]


def test_a_participle_in_an_opening_phrase_does_not_govern_a_long_list_after_it():
    # (the verb closing the list is far from its first counts, the participle close: it still governs none)
    sentence = (
        "In a series of raids carried out on Wednesday, seven vehicles, one small plane, 13 weapons, "
        "ammunition, cash and jewellery were confiscated, according to the ministry."
    )
    assert metric_values(sentence) == [("seized", 7), ("seized", 1), ("seized", 13)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause's own verb before a list of counts parted by commas governs all of them
        (
            "Searches were then carried out at three business premises, six homes and two farms.",
            [("other", 3), ("other", 6), ("other", 2)],
        ),
        (
            "The troops have destroyed nine excavators, 127 water pumps, and one fuel pump.",
            [("other", 9), ("other", 127), ("other", 1)],
        ),
    ],
)
def test_a_verb_before_a_list_of_word_and_digit_counts_governs_them_all(sentence: str, expected: list):
    assert metric_values(sentence) == expected


def test_counts_after_a_list_of_clauses_keep_their_own_verbs():
    # (a comma right after a verb parts clauses of one list, it ends no opening phrase)
    sentence = "A total of 255 vessels were intercepted and searched, 573 people questioned and 3 vessels detained."
    assert ("other", 573) in metric_values(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "During the action a total of 8 persons were deprived of liberty in Sarajevo.",
        "Officers deprived of liberty 8 members of the group.",
        "The 8 suspects were deprived of their liberty and taken to the prosecutor.",
    ],
)
def test_people_deprived_of_liberty_are_arrested(sentence: str):
    # (the police English of the Western Balkans and Eastern Europe)
    assert metric_values(sentence) == [("arrests", 8)]


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        # a people's adjective before a unit word ISO names alone, or names in English another way
        ("Military police also confiscated 5,270 Thai baht and eight cars.", "THB", 5270),
        ("Officers seized 405,500 Czech crowns in the flat.", "CZK", 405500),
        # the CFA franc's letters as Senegal's press writes them
        ("Customs intercepted cocaine worth FCfa 2 billion in Kaolack.", "XOF", 2_000_000_000),
        # the P sign: Botswana's pula in a story from Botswana, the Philippine peso where no pula country is named
        ("Police in Botswana seized dagga with a street value of P318,000.", "BWP", 318_000),
        ("Police in Cebu seized shabu with a street value of P318,000.", "PHP", 318_000),
    ],
)
def test_currencies_as_regional_press_writes_them(sentence: str, unit: str, value: float):
    assert (unit, value) in [(u, v) for _, v, u, *_ in figs(doc(sentence))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers seized and destroyed 40 kg of cannabis at the farm.",
        "The unit dismantled a network, confiscating and destroying 40 kg of cannabis.",
        "Troops confiscated and burned 40 kg of cannabis.",
    ],
)
def test_goods_seized_and_then_destroyed_were_seized(sentence: str):
    # (the first verb tells what the police took; destroying them came after)
    assert [(m, v, u) for m, v, u, *_ in figs(doc(sentence))] == [("seized", 40, "kg")]
    # (destroyed alone is the guide's other outcome)
    assert metric_values("Officers destroyed 40 kg of cannabis at the farm.") == [("other", 40)]


def test_a_rounded_amount_named_again_with_the_article_is_stated_precisely():
    # (the lead rounds it, a later sentence names the same haul exactly: one figure, the precise one)
    text = (
        "Cocaine seized\n\nGEORGETOWN - The unit dismantled a trafficking network, confiscating over four tonnes "
        "of cocaine.\nThe operation took place near the border.\nThe 4.4 tonnes of cocaine, believed to come from "
        "a neighbouring country, is a major blow to the traffickers.\n"
    )
    assert [(f.metric, f.value, f.unit) for f in extract(text).figures] == [("seized", 4.4, "tonnes")]


def test_a_people_adjective_before_a_noun_is_no_currency():
    assert [
        (m, v, u) for m, v, u, *_ in figs(doc("Police arrested 3 Thai nationals and seized 40 Thai baht notes."))
    ] == [
        ("arrests", 3, "count"),
        ("seized", 40, "count"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 47 illegal gold miners in the forest reserve.",
        "Officers arrested 47 suspected illegal gold panners at a farm.",
        "Soldiers detained 47 illegal diamond diggers near the river.",
    ],
)
def test_miners_of_gold_arrested_are_people_not_gold(sentence: str):
    # (illegal mining stories: the gold names the miners' trade, the count is of people)
    assert metric_values(sentence) == [("arrests", 47)]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # the custody's keeper named between the words
        ("Police said 14 suspects were taken into police custody on Friday.", "arrests"),
        ("Police said 14 suspects are in police custody.", "arrests"),
        ("The court remanded 14 accused in judicial custody.", "arrests"),
        # children placed in the state's care, or taken to safety, are rescued
        ("Police said 14 children were taken into protective custody.", "rescued"),
        ("Police said 14 victims were taken to safety.", "rescued"),
    ],
)
def test_custody_by_its_keeper_and_protective_custody(sentence: str, metric: str):
    assert metric_values(sentence) == [(metric, 14)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # those charged out of the arrests counted just before: another outcome, not more arrests
        (
            "Of the more than 5,000 individuals arrested, approximately 1,057 have been charged with federal offences.",
            [("arrests", 5000), ("other", 1057)],
        ),
        (
            "A total of 967 people were arrested, of which more than 450 people have since been charged.",
            [("arrests", 967), ("other", 450)],
        ),
        # a sub-count of the arrests by their charge stays an arrest, as does a count arrested and charged at once
        (
            "Among those arrested were 95 people charged with homicide and 68 for sexual assault.",
            [("arrests", 95), ("arrests", 68)],
        ),
        ("Police arrested 611 people on trafficking charges.", [("arrests", 611)]),
        ("Six men were arrested and charged with trafficking.", [("arrests", 6)]),
    ],
)
def test_those_charged_out_of_the_arrests_counted_before(sentence: str, expected: list):
    assert metric_values(sentence) == expected


def test_the_enforcers_own_craft_are_no_seizure():
    # (the boats and vessels that patrol are the force's; what they stop is seized; patrol sorties are actions)
    assert metric_values("Two patrol boats of the ministry detained three foreign fishing vessels.") == [("seized", 3)]
    assert metric_values("The navy deployed 12 naval patrol vessels and seized 3 boats.") == [("seized", 3)]
    assert metric_values("The coast guard has carried out over 5,387 surface patrol sorties.") == [("other", 5387)]


@pytest.mark.parametrize(
    ("body", "qualifier"),
    [
        ("More than 1,000 plants believed to be marijuana were seized in the raid.", "more than"),
        ("Officers seized 1,000 plants believed to be marijuana in the raid.", None),
    ],
)
def test_the_headlines_figure_said_again_in_the_body_takes_the_bodys_hedge(body: str, qualifier: str | None):
    # (the body's statement is the figure: its hedge, or its flat statement, not the headline's)
    text = "Over 1000 marijuana plants seized\nMADRID, Spain – " + body
    found = [(f[0], f[1], f[4]) for f in figs(text)]
    assert found == [("seized", 1000, qualifier)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the press's bust: what it took in is seized, groups it broke are dismantled, people it took arrested
        ("The country's biggest drug bust, involving more than 600kg of cocaine, has been hailed.", [("seized", 600)]),
        ("The bust involved more than 600kg of cocaine.", [("seized", 600)]),
        ("Police bust 37 drug rings in a joint crackdown.", [("dismantled", 37)]),
        ("Police bust 12 suspects in a raid.", [("arrests", 12)]),
        # the Philippine police's sting is no bust of anything counted; the users kept from drugs are no result
        (
            "Officers recovered 125 kilograms of shabu worth P850 million during a buy-bust operation.",
            [
                ("seized", 125),
                ("seized", 850_000_000),
            ],
        ),
        ("He said the seizure likely prevented these drugs from reaching more than 1.3 million people.", []),
    ],
)
def test_a_bust_and_the_users_drugs_were_kept_from(sentence: str, expected: list):
    assert metric_values(sentence) == expected


@pytest.mark.parametrize(
    "verb", ["crippled", "disbanded", "wiped out", "demolished", "deactivated", "torn down", "put out of action"]
)
def test_more_verbs_of_networks_and_sites_dismantled(verb: str):
    assert metric_values(f"Police said 14 drug trafficking networks were {verb} during the operation.") == [
        ("dismantled", 14)
    ]


def test_a_day_s_sweep_said_to_be_the_culmination_of_a_named_investigation_gives_it_the_leads_figures():
    text = (
        "Dozens held in gang sweep\nLOS ANGELES – A total of 28 people were arrested on Thursday, and the task "
        "force seized 47 firearms and 199 kilograms of methamphetamine.\n\nThe indictments name 41 members and "
        "associates of the gang, which is linked to a prison gang and runs drugs across the region, officials said, "
        "adding that three of those indicted were already in custody and that the others would be sought in the "
        "coming weeks by the marshals and the local police departments of the county.\n\nProsecutors said the "
        "defendants face charges that carry long sentences, and that the gang had used parcels, couriers and rented "
        "homes across three counties to move its drugs, guns and cash, with proceeds sent abroad through exchange "
        "houses and shell firms that investigators spent many months tracing across several states. A judge will "
        "hear the first of the cases next month, and more arrests are expected as the task force goes through the "
        "phones and the papers it took from the homes it searched.\n\n"
        "Thursday's sweep was the "
        "culmination of a four-year investigation dubbed Operation Down the Rabbit Hole, which traced the gang's "
        "parcels.\n"
    )
    assert text.index("Operation Down") > 1000  # (named past the lead: only its words say the lead is its)
    assert {f.operation for f in extract(text).figures} == {"Down the Rabbit Hole"}


def test_a_whole_broken_down_into_ones_by_place_gives_each_part():
    text = doc(
        "The operation led to the arrest of six people — one in Colombia, one in Panama, one in Belgium, "
        "one in Spain, and two in Dubai."
    )
    parts = [(f[0], f[1], f[5]) for f in figs(text)]
    assert parts[0][:2] == ("arrests", 6)
    assert [(v, scope) for _, v, scope in parts[1:]] == [
        (1, "Colombia"),
        (1, "Panama"),
        (1, "Belgium"),
        (1, "Spain"),
        (2, "Dubai"),
    ]
    # (a part of a part is not broken down again: the whole counted is itself a sub-count)
    text = doc("Two of the people detained, one in Peru and one in Chile, were wanted under Red Notices.")
    assert all(scope is None for *_, scope in figs(text))


def test_a_value_after_an_amount_is_of_the_goods_named_before_not_of_the_amount():
    # (the words before "with a street value of" are a weighing, no goods: the goods are the dagga)
    text = doc(
        "Officers found dagga in seven bags at the border post. The seven bags were estimated to weigh 120kg "
        "with a street value of R318,000."
    )
    values_items = {(f[1], f[3]) for f in figs(text) if f[2] == "ZAR"}
    assert values_items == {(318_000, "dagga value")}


def test_an_age_in_brackets_after_a_man_or_a_woman_is_no_count():
    # (Irish and British police write a suspect's age so: "A man (42) was arrested", "a woman (30s)")
    text = doc(
        "A man (42) was arrested in Santry and a woman (30s) was detained in Cork. Officers seized 20kg of heroin."
    )
    assert [(m, v) for m, v, *_ in figs(text)] == [("seized", 20)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police arrested a man who tried to smuggle six migrants into Spain.", []),
        ("Police arrested a trafficker believed to be attempting to take six migrants to the UK.", []),
        # (goods he moved were seized; people held are still arrests)
        ("Police arrested a man attempting to smuggle 40 kg of cocaine.", [("seized", 40)]),
        ("Police arrested six migrants and a smuggler.", [("arrests", 6)]),
    ],
)
def test_people_a_lone_suspect_moved_are_not_arrested_with_him(sentence: str, expected: list):
    assert metric_values(sentence) == expected


def test_labs_destroyed_in_the_gerund_are_dismantled_and_addresses_taken_down_are_other():
    # (the guide: laboratories dismantled; websites, links and domains taken down are `other`, and so are the
    # addresses a part of them counts: "593 of these addresses")
    text = doc("The teams disrupted production by destroying 168 drug labs, the Navy said.")
    assert [(m, v, i) for m, v, _, i, *_ in figs(text)] == [("dismantled", 168, "drug labs")]
    text = doc("A total of 690 IP addresses were flagged. By Friday, 593 of these addresses had been taken down.")
    assert ("other", 593, "addresses") in [(m, v, i) for m, v, _, i, *_ in figs(text)]


def test_a_count_of_goods_broken_down_by_place_gives_each_part_its_goods():
    text = doc("Authorities seized 22 properties – 20 in Guatemala and two in Mexico – valued at $2 million.")
    assert [(v, i, scope) for m, v, u, i, q, scope in figs(text) if u == "count"] == [
        (22, "properties", None),
        (20, "properties", "Guatemala"),
        (2, "properties", "Mexico"),
    ]
    # (counts each with its own place are a list, no whole and its parts)
    text = doc("The court ordered the seizure of five properties in Toronto, two in Hastings County and one in Ottawa.")
    assert [v for m, v, u, *_ in figs(text) if u == "count"] == [5]


def test_parts_among_the_arrestees_after_there_were_are_arrests():
    # (Hong Kong police releases: "Among the arrestees, there were …", each part with its own bracket of men and women)
    text = doc(
        "A total of 1 588 persons were arrested. Among the arrestees, there were 364 Two-way Permit holders "
        "(61 men and 303 women) and 42 illegal immigrants (17 men and 25 women)."
    )
    assert metric_values(text.split("– ", 1)[1]) == [("arrests", 1588), ("arrests", 364), ("arrests", 42)]


def test_a_police_post_s_emoji_and_plus_sign_are_no_words_of_an_item():
    text = doc("Seized in the project:\n\n22 arrests 🚔\n\n400+ charges ⚖️\n\n27 guns 🔫\n\n$160,000+ in cash 💵")
    assert [(m, v, i) for m, v, u, i, *_ in figs(text)] == [
        ("arrests", 22, None),
        ("other", 400, "charges"),
        ("seized", 27, "guns"),
        ("seized", 160_000, "cash"),
    ]


def test_a_part_with_its_own_relative_clause_does_not_part_the_whole_from_its_verb():
    text = doc(
        "Since October, more than 800 men and women, including 300 who were considered victims of trafficking, "
        "have been rescued from scam centres."
    )
    assert ("rescued", 800) in metric_values(text.split("– ", 1)[1])


def test_suspects_placed_under_judicial_control_are_no_arrests():
    # (Turkish and Balkan police English: released under a court's conditions, the guide's other outcome)
    text = doc(
        "A total of 54 suspects were detained. Of these, 20 were arrested, 11 were placed under judicial control."
    )
    assert [(m, v, i) for m, v, _, i, *_ in figs(text)] == [
        ("arrests", 54, None),
        ("arrests", 20, None),
        ("other", 11, "placed under judicial control"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Authorities reported intercepting 13 irregular migrants.",
        "The patrol, detecting 13 irregular migrants, called the coast guard.",
        "Border guards intercepted 13 migrants at sea.",
    ],
)
def test_migrants_intercepted_or_detected_in_any_form_are_identified(sentence: str):
    assert metric_values(sentence) == [("identified", 13)]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ('Police seized USD 1.2 million in counterfeit "supernotes" and froze 100 accounts.', "counterfeit supernotes"),
        (
            "Officers raided 12 houses. “Illicit drugs worth R8.2 million were seized,” the spokesperson said.",
            "Illicit drugs value",
        ),
    ],
)
def test_an_item_reads_without_the_quotes_around_its_words(text: str, item: str):
    items = {f.item for f in extract(doc(text)).figures}
    assert item in items
    assert not any(i and any(c in i for c in '"“”') for i in items)


def test_a_decimal_point_in_a_lists_item_does_not_end_the_list():
    # a calibre or a weight written with a decimal point ("7.62mm", "1.5-litre") is no sentence's end: the verb
    # before the list still governs every count after it
    text = doc(
        "Soldiers recovered 12 AK-47 rifles, four pistols, 310 rounds of 7.62mm ammunition, nine magazines, "
        "three 1.5-litre jerrycans and one motorcycle."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [
        ("seized", 12),
        ("seized", 4),
        ("seized", 310),
        ("seized", 9),
        ("seized", 3),
        ("seized", 1),
    ]


def test_one_before_a_makes_name_and_codes_counts_the_weapon():
    # "One" at a list line's start, then a make and its model codes ("9mm", "P80", "CPX-2") before the noun
    text = doc(
        "Officers seized the following items:\n"
        "- One Beretta 9mm pistol\n"
        "- One Norinco KX-7 7.62mm assault rifle\n"
        "- Four shotguns\n"
        "- One of the vehicles was a stolen van\n"
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("seized", 1), ("seized", 1), ("seized", 4)]


def test_a_people_noun_written_as_an_adjective_counts_no_people():
    # "individual" and "suspect" before a plural noun of things describe it: doses and packages seized, no arrests
    text = doc(
        "Police arrested six people and seized more than 14,000 individual doses of fentanyl and 35 suspect "
        "parcels at the depot."
    )
    assert [(f[0], f[1]) for f in figs(text)] == [("arrests", 6), ("seized", 14000), ("seized", 35)]
    # a victim's noun before a plural still counts victims
    victims = doc("Investigators identified 310 victim companies across Europe.")
    assert [(f[0], f[1]) for f in figs(victims)] == [("identified", 310)]


def test_a_spaced_sign_of_times_is_no_part_of_the_goods():
    # (military and police inventories: "2 x AK 47 rifles, 3 X magazines")
    found = figs(doc("Troops recovered 2 x AK 47 rifles, 3 X magazines and 4 × pump action cartridges."))
    assert [(f[1], f[3]) for f in found] == [(2, "AK 47 rifles"), (3, "magazines"), (4, "pump action cartridges")]


def test_a_dollars_code_after_a_bare_sign_names_the_currency():
    text = doc("Investigators seized $240,000 CAD in cash, $1.2 million AUD in assets and $900 in coins.")
    assert [(f[1], f[2]) for f in figs(text)] == [(240000, "CAD"), (1200000, "AUD"), (900, "USD")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Officers seized two vehicles and $86,350 in Canadian currency.", "CAD"),
        ("Officers seized 100,000 plants and $2.5 million Canadian.", "CAD"),
        ("Officers seized $40,000 in Australian dollars at the airport.", "AUD"),
        ("Officers seized $40,000 New Zealand cash at the port.", "NZD"),
        # (the peso is written with "$" too)
        ("Officers seized $250,000 in Mexican currency at the border.", "MXN"),
        ("Officers seized $5,000 in Colombian pesos and two phones.", "COP"),
        # a place after "in" is where the sum was found, not whose dollars they are
        ("Officers seized $1.3 million in Hong Kong, officials said.", "USD"),
        ("Officers seized $84,000 in Toronto on Monday.", "USD"),
    ],
)
def test_a_country_named_after_a_bare_dollar_sign_names_its_dollar(body: str, expected: str):
    assert [f[2] for f in figs(doc(body)) if f[0] == "seized" and f[2] != "count"] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a unit named by its number is no count
        ("Toronto Police's 43 Division has arrested 48 people.", [("arrests", 48.0)]),
        ("The 3 Division, Nigerian Army arrested 12 suspects.", [("arrests", 12.0)]),
        ("Soldiers of the 64 Battalion seized 300 kg of cannabis.", [("seized", 300.0)]),
        ("The 243 Recce Battalion seized 27 sacks of cannabis.", [("seized", 27.0)]),
    ],
)
def test_a_unit_s_number_is_no_count(body: str, expected: list) -> None:
    assert metric_values(body) == expected


def test_the_next_deed_s_verb_ends_a_count_s_item():
    assert [(f[0], f[1], f[3]) for f in figs(doc("Police arrested 48 people and laid 406 charges."))] == [
        ("arrests", 48.0, None),
        ("other", 406.0, "charges"),
    ]


def test_a_count_that_looks_like_a_year_on_a_list_s_line_is_a_count():
    text = "Police target drug gangs\n\nThe week of action saw:\n\n1965 arrests made\n\n2011 knives seized\n"
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 1965.0), ("seized", 2011.0)]
    # a year opening a line of prose stays a year
    text = "Police results\n\nThe results for 2023 and 2024:\n2024 figures show 300 arrests.\n"
    assert [(f.metric, f.value) for f in extract(text).figures] == [("arrests", 300.0)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a force's word before a deed's noun is its adjective: the deeds are counted
        ("More than 21 police search warrants were carried out in the region.", [("other", 21.0)]),
        ("Agents were executing 27 search and seizure warrants in three states.", [("other", 27.0)]),
        # warrants served are executed; "served" alone is a prison term or a use
        ("Six search warrants were served on the suspects in Queens.", [("other", 6.0)]),
        (
            "Officers served 19 arrest warrants and 46 search warrants in five states.",
            [("other", 19.0), ("other", 46.0)],
        ),
        ("Four of the detainees had already served prison terms for the same crime.", []),
        # search warrants counted are searches done, whatever verb or noun tells it
        ("The inquiry ended with the execution of 16 search warrants in Durham Region.", [("other", 16.0)]),
        ("In March the partners completed 168 search warrants.", [("other", 168.0)]),
        # (people arrested on warrants are arrests, not warrants)
        ("Of those arrested, 165 were held on open warrants.", [("arrests", 165.0)]),
        # the force's own people are not, however their kinds are listed
        ("About 300 customs and police officers took part and 40 people were arrested.", [("arrests", 40.0)]),
        ("About 300 police and soldiers took part and 40 people were arrested.", [("arrests", 40.0)]),
        ("Four state police contingents carried out the raids.", []),
        # (any plural that counts no people nor unit of the force: goods marked as the force's)
        ("Officers seized 2 police reflector jackets and 3 radios.", [("seized", 2.0), ("seized", 3.0)]),
        # (a verb after "and" lists no adjectives: the flights are counted)
        ("Authorities monitored nearly 24,000 flights and deployed officers to hotspots.", [("other", 24000.0)]),
    ],
)
def test_a_force_s_word_before_a_noun_counts_its_deeds_not_its_people(body: str, expected: list) -> None:
    assert metric_values(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what goods could yield is no result (the guide's capacity figures)
        (
            "Agents destroyed cannabis crops, enough to produce at least 57 tons of the illegal substance.",
            [],
        ),
        (
            "Police seized 49 kilograms of MDMA along with the chemicals to make another 80 kilograms.",
            [("seized", 49.0)],
        ),
        ("Soldiers seized 35 tons of meth and enough chemicals to produce 41 additional tons.", [("seized", 35.0)]),
        # (goods used to produce a drug are seized; "went on to make 14 arrests" are arrests)
        (
            "Police seized 9.6 tonnes of chemicals used to produce methamphetamine and arrested 73 people.",
            [("seized", 9.6), ("arrests", 73.0)],
        ),
        ("Officers went on to make 14 arrests.", [("arrests", 14.0)]),
    ],
)
def test_what_goods_could_produce_is_no_result(body: str, expected: list) -> None:
    assert metric_values(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the quoted initial Mexican releases give for a suspect's family name, then the age
        "The two suspects were arrested and identified as José “N,” 31, and Luis “N,” 21.",
        'The suspects, Carlos "N", 45, and Ana "N", 38, were detained.',
    ],
)
def test_an_age_after_a_name_with_a_quoted_initial_is_no_count(body: str) -> None:
    assert [v for _, v in metric_values(body) if v in (31, 21, 45, 38)] == []


def test_a_list_goes_on_past_a_line_whose_number_a_hedge_opens():
    text = doc(
        "The explosives and materials recovered from the operation included:\nGelatin sticks: 784\n"
        "Black uniform cloth: Approximately 350 meters\nGunpowder: 1 kg\nBatteries: 4\nMobile chargers: 2\n"
    )
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("seized", 784.0, "Gelatin sticks"),
        ("seized", 1.0, "Gunpowder"),
        ("seized", 4.0, "Batteries"),
        ("seized", 2.0, "Mobile chargers"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # goods destroyed where they were found: the verb of destroying governs every item of its list
        (
            "The troops discovered and destroyed 54 dugout pits, 66 boats, 138 storage tanks and 253 cooking ovens.",
            [("other", 54.0), ("other", 66.0), ("other", 138.0), ("other", 253.0)],
        ),
        # (goods taken after the destroying are seized)
        (
            "Troops destroyed 12 camps and recovered 3 rifles and 40 rounds of ammunition.",
            [("other", 12.0), ("seized", 3.0), ("seized", 40.0)],
        ),
    ],
)
def test_goods_found_and_destroyed_are_destroyed(body: str, expected: list) -> None:
    assert metric_values(body) == expected


def test_the_weight_of_drugs_destroyed_is_destroyed():
    assert metric_values("Officers arrested 11 suspects and destroyed 2,317 bags of cannabis weighing 30,992kgs.") == [
        ("arrests", 11.0),
        ("other", 30992.0),
    ]
    # (drugs seized after something destroyed are seized)
    assert metric_values("Officers destroyed a farm and seized 20 bags of cannabis weighing 300 kg.") == [
        ("seized", 300.0)
    ]


def test_a_results_list_s_bulleted_suspects_with_no_verb_are_identified():
    text = doc(
        "The operation resulted in:\n- 158 arrests\n- 205 additional suspects\n- 1,194 potential trafficking victims\n"
        "The operation was coordinated by INTERPOL.\n"
    )
    assert [(f.metric, f.value) for f in extract(text).figures] == [
        ("arrests", 158.0),
        ("identified", 205.0),
        ("identified", 1194.0),
    ]
    # (a place's line of victims keeps the list's own verb; a dateline's dash opens no list)
    text = doc(
        "Results by country:\n- Ghana: 164 victims rescued, 27 arrests.\n- Senegal: 88 victims and 17 arrests.\n"
    )
    assert ("identified", 88.0) not in [(f.metric, f.value) for f in extract(text).figures]


def test_a_make_s_number_after_an_amount_with_decimals_is_no_count():
    body = "Police seized 255.54g of ketamine, 283.61g of Erimin 5 pills and 39.49g of ecstasy pills."
    assert [(f[0], f[1], f[2], f[3]) for f in figs(doc(body))] == [
        ("seized", 0.25554, "kg", "ketamine"),
        ("seized", 0.28361, "kg", "Erimin 5 pills"),
        ("seized", 0.03949, "kg", "ecstasy pills"),
    ]


def test_a_make_s_number_in_a_list_whose_items_carry_their_amounts_in_brackets_is_no_count():
    body = "Police seized syabu (334.01g), heroin (659.43g), Eramin 5 pills (261.62g) and cannabis (2,324.42g)."
    got = [(f[0], f[1], f[2]) for f in figs(doc(body))]
    assert ("seized", 5.0, "count") not in got
    assert ("seized", 0.26162, "kg") in got
    # (a place before a count is no make: "In Lagos, Ikeja 5 suspects (aged 20) were arrested")
    assert metric_values("In Lagos, Ikeja 5 suspects (aged 20) were arrested.") == [("arrests", 5.0)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # convictions secured are an outcome the guide counts as other, as people convicted are
        (
            "The agency arrested 14,872 suspects and secured the conviction of 2,936 drug offenders.",
            [("arrests", 14872.0), ("other", 2936.0)],
        ),
        ("A total of 2,180 convictions were secured in court within the same period.", [("other", 2180.0)]),
        (
            "The unit secured 19 convictions and seized 31 tonnes of pangolin scales.",
            [("other", 19.0), ("seized", 31.0)],
        ),
        # a law's bound is none
        ("The maximum penalty upon conviction is a fine of $5 million and life imprisonment.", []),
        # someone's record, or an earlier round, is no result of this one
        ("He had 12 previous convictions. Police seized 4 kg of cocaine.", [("seized", 4.0)]),
        ("The driver had two prior arrests for drug trafficking, police said.", []),
        ("The gang had made six earlier shipments that were never checked.", []),
        # (a former post is no record: the people are counted)
        ("Police arrested 2 former employees of the port.", [("arrests", 2.0)]),
    ],
)
def test_convictions_secured_are_counted_and_a_record_is_not(body: str, expected: list) -> None:
    assert metric_values(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # doses kept off the market, or lethal doses, are what the goods seized stand for: no goods of their own
        (
            "The drugs confiscated in Durango prevented approximately 525 million doses from entering the market.",
            [],
        ),
        ("Thanks to the Navy, 11,197,500 doses of cocaine were prevented from being marketed.", []),
        (
            "Agents seized 4.7 million fentanyl pills, or more than 57 million deadly doses of fentanyl.",
            [("seized", 4700000.0)],
        ),
        # doses seized are goods
        ("Officers seized 41 million doses of illicit medicines.", [("seized", 41000000.0)]),
        ("Police seized 97 doses of marijuana and 24 doses of methamphetamine.", [("seized", 97.0), ("seized", 24.0)]),
    ],
)
def test_doses_kept_off_the_market_are_no_goods_seized(body: str, expected: list) -> None:
    assert metric_values(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # both ends of an age range, however it is said, are ages
        ("The men, whose ages range from 24 to 49, were arrested on suspicion of drug trafficking.", []),
        ("Police arrested 12 men between the ages of 20 and 45.", [("arrests", 12.0)]),
        ("Police arrested 12 men, ages ranging from 19 to 40.", [("arrests", 12.0)]),
        ("Children under the age of 18 were among 30 people rescued.", [("rescued", 30.0)]),
        # a difference from another period, its noun however long, is no result
        (
            "329 drug dealers were arrested, 101 more drug dealers behind bars than the previous week.",
            [("arrests", 329.0)],
        ),
    ],
)
def test_an_age_range_and_a_difference_are_no_counts(body: str, expected: list) -> None:
    assert metric_values(body) == expected


def test_the_users_seized_drugs_could_have_fed_are_no_count():
    body = "Police seized 5 kg of syabu. The seized items could feed 32,814 addicts, he said."
    assert metric_values(body) == [("seized", 5.0)]
    body = "The 1,380g of heroin seized is enough to feed the addiction of about 650 abusers for a week."
    assert metric_values(body) == [("seized", 1.38)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a part of those arrested before, said to be someone, is a part of the arrests
        (
            "Police arrested 13 people in raids. Five of those held are Colombian nationals, police said.",
            [("arrests", 13.0, None), ("arrests", 5.0, "Colombian nationals")],
        ),
        (
            "Police arrested 16 people. Three of the detainees are minors in conflict with the law.",
            [("arrests", 16.0, None), ("arrests", 3.0, "minors")],
        ),
        # what befell some of them is not who they are; nobody arrested before, no part
        ("Police arrested 16 people. Three of the detainees were released on bail.", [("arrests", 16.0, None)]),
        ("Police questioned 16 people. Three of the detainees are minors.", []),
    ],
)
def test_a_part_of_those_held_said_to_be_someone_is_a_part_of_the_arrests(body: str, expected: list) -> None:
    assert [(f[0], f[1], f[3]) for f in figs(doc(body))] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # "one" after the parts of the people counted is their last part
        (
            "Police arrested 11 people: eight are Argentine, two Paraguayan and one Bolivian.",
            [("arrests", 11.0), ("arrests", 8.0), ("arrests", 2.0), ("arrests", 1.0)],
        ),
        (
            "Five crew members, four Egyptian nationals and one Syrian, were arrested on arrival.",
            [("arrests", 5.0), ("arrests", 4.0), ("arrests", 1.0)],
        ),
        (
            "Among those detained are two citizens of Armenia and one citizen of Azerbaijan.",
            [("arrests", 2.0), ("arrests", 1.0)],
        ),
        # a bare "one" is a pronoun
        ("Police arrested 3 men and one said he was innocent.", [("arrests", 3.0)]),
        (
            "Police arrested 12 people, including two women. One of them is a lawyer.",
            [("arrests", 12.0), ("arrests", 2.0)],
        ),
    ],
)
def test_one_after_the_parts_of_the_people_counted_is_their_last_part(body: str, expected: list) -> None:
    assert metric_values(body) == expected


def test_an_arrest_for_being_in_possession_is_one_for_the_possession():
    body = (
        "This week, 1 640 suspects were arrested. 1 621 suspects were arrested for being in possession of drugs. "
        "109 suspects were arrested for being in the illegal possession of firearms."
    )
    assert [(f[1], f[3]) for f in figs(doc(body))] == [
        (1640, None),
        (1621, "possession of drugs"),
        (109, "illegal possession of firearms"),
    ]


def test_a_bulleted_line_of_arrests_without_its_verb_names_its_offence():
    body = (
        "Police arrested 47 848 suspects for various crimes:\n- 453 suspects arrested for rape\n"
        "- 403 suspects for car hijacking\n- 3 894 for assault GBH\n"
    )
    assert [(f[1], f[3]) for f in figs(doc(body))] == [
        (47848, None),
        (453, "rape"),
        (403, "car hijacking"),
        (3894, "assault GBH"),
    ]


def test_a_part_of_the_arrests_by_who_made_them_is_named_by_them():
    body = (
        "Twenty-six cyber criminals have been arrested. The CBI said 16 persons were arrested by Karnataka Police, "
        "seven by Delhi Police, two by Punjab Police and one by Andaman and Nicobar Police."
    )
    assert [(f[1], f[3]) for f in figs(doc(body))] == [
        (26, None),
        (16, "by Karnataka Police"),
        (7, "by Delhi Police"),
        (2, "by Punjab Police"),
        (1, "by Andaman and Nicobar Police"),
    ]
    # the whole, made by one force, is no part
    assert [(f[1], f[3]) for f in figs(doc("Police said 45 suspects were arrested by the Nigeria Police Force."))] == [
        (45, None)
    ]


def test_men_counted_beside_women_are_named_as_men():
    body = "Police arrested 546 people. Those arrested comprised 536 men and 10 women aged between 19 and 65."
    assert [(f[1], f[3]) for f in figs(doc(body))] == [(546, None), (536, "men"), (10, "women")]
    assert [(f[1], f[3]) for f in figs(doc("Authorities arrested seven men and one woman in the raid."))] == [
        (7, "men"),
        (1, "woman"),
    ]
    # men alone are the arrests themselves
    assert [(f[1], f[3]) for f in figs(doc("Police arrested 12 men in the raid."))] == [(12, None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the operations results came in are counted, as operations carried out are
        (
            "The ANF in Punjab recovered 23.861 kg drugs in six operations while arrested five persons.",
            [("seized", 23.861), ("other", 6.0), ("arrests", 5.0)],
        ),
        (
            "The police reported the arrest of 44 individuals following 27 anti-drug operations.",
            [("arrests", 44.0), ("other", 27.0)],
        ),
        # operations that took part are not
        ("Officers from 12 operations units took part.", []),
    ],
)
def test_the_operations_results_came_in_are_counted(body: str, expected: list) -> None:
    assert metric_values(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Operatives destroyed a total of 255 hectares of cannabis farms across five districts.",
            [("other", 255.0, "count")],
        ),
        ("Moreover, 66 acres of cultivated poppy were also destroyed.", [("other", 66.0, "count")]),
        ("Agents found over 30 hectares of irrigated cannabis farms destroyed and burnt.", [("other", 30.0, "count")]),
        # land lost, covered or grown on is no result
        ("The reserve has lost some 11,000 hectares of forest to mining since 2015.", []),
        ("Coca cultivation reached an estimated 271,000 hectares in 2024.", []),
        ("The Border Service destroyed wild hemp on an area of 312 hectares.", []),
        (
            "He said 1,310kg of cannabis grown on 5.7 hectares of farmland was destroyed.",
            [("other", 1310.0, "kg")],
        ),
    ],
)
def test_crops_destroyed_are_counted_by_their_area_and_other_land_is_not(body: str, expected: list):
    assert [(f.metric, f.value, f.unit) for f in extract(body).figures] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # checks, as releases and their translations write them, are the guide's other outcome
        (
            "In the operation, 3,336 vehicles and 8,202 people were controlled at checkpoints.",
            [("other", 3336.0, "vehicles"), ("other", 8202.0, "people")],
        ),
        (
            "Over 508,000 people and nearly 310,000 vehicles were investigated during the campaign.",
            [("other", 508000.0, "people"), ("other", 310000.0, "vehicles")],
        ),
        (
            "The unit arrested 78 suspects and interrogated 34,694 individuals.",
            [("arrests", 78.0, None), ("other", 34694.0, "individuals")],
        ),
        # an adjective, or the offenders' hold, is no check
        (
            "The court froze up to R$ 890 million in assets of the investigated persons.",
            [("seized", 890000000.0, "assets")],
        ),
        ("The persons investigated obtained illicit gains of over EUR 1.8 million.", []),
        ("The gang controlled at least 40 illegal mining sites.", []),
        (
            "Officers seized 20.8 kilograms of a border controlled precursor.",
            [("seized", 20.8, "a border controlled precursor")],
        ),
    ],
)
def test_people_and_vehicles_controlled_investigated_or_interrogated_are_checks(body: str, expected: list):
    assert [(f.metric, f.value, f.item) for f in extract(body).figures] == expected


def test_a_dated_line_of_a_results_list_after_its_total_is_read_as_the_list_s():
    text = (
        "Between July 2020 and December 2021, a total of 125 pieces of rhino horn were seized at the airport.\n"
        "  • December 2021: Six (6) pieces of rhino horn, weighing 4kg, bound for China.\n"
        "  • 3 July 2021: Thirty-Two (32) pieces of rhino horn, weighing 160kg, bound for Malaysia.\n"
    )
    got = [(f.metric, f.value, f.unit) for f in extract(text).figures]
    assert got == [
        ("seized", 125.0, "count"),
        ("seized", 6.0, "count"),
        ("seized", 4.0, "kg"),
        ("seized", 32.0, "count"),
        ("seized", 160.0, "kg"),
    ]


def test_a_list_of_things_secured_parted_by_semicolons_is_one_list():
    text = (
        "Army seizes arsenal\n"
        "The elements managed to secure 2,829,950 cartridges of various calibers; 14,722 chargers; 128 long "
        "weapons; 89 grenades; 12 tactical vests; 8 vehicles; 10 kilograms of marijuana.\n"
    )
    got = [(f.metric, f.value, f.item) for f in extract(text).figures]
    assert got == [
        ("seized", 2829950.0, "cartridges of various calibers"),
        ("seized", 14722.0, "chargers"),
        ("seized", 128.0, "long weapons"),
        ("seized", 89.0, "grenades"),
        ("seized", 12.0, "tactical vests"),
        ("seized", 8.0, "vehicles"),
        ("seized", 10.0, "marijuana"),
    ]
    # a part of the people, or a clause of its own, after a semicolon is no item of such a list
    text = "Police report\nOf the 27 suspects, 16 were arrested in Abu Dhabi; eight in Dubai; and three in Sharjah.\n"
    got = extract(text).figures
    assert 16.0 in [f.value for f in got if f.metric == "arrests"]
    assert [f for f in got if f.metric != "arrests"] == []
    text = "Police report\nOfficers seized 12 kg of hashish; 4 suspects remain at large.\n"
    assert [(f.metric, f.value) for f in extract(text).figures] == [("seized", 12.0)]


def test_illegal_refining_sites_destroyed_are_dismantled_as_refineries_are():
    body = "Troops of the task force have destroyed 34 illegal refining sites and arrested 59 suspected oil thieves."
    assert metric_values(body) == [("dismantled", 34.0), ("arrests", 59.0)]


def test_a_list_of_things_found_and_destroyed_stays_destroyed_past_its_verb_s_reach():
    text = (
        "Troops report\nThe troops discovered and destroyed 54 dugout pits, 66 boats, 138 storage tanks, 253 cooking "
        "ovens, two pumping machines, eight speedboats, 17 hoses, 18 drums and two cylinders in the operations.\n"
    )
    got = [(f.metric, f.value) for f in extract(text).figures]
    assert got == [("other", v) for v in (54.0, 66.0, 138.0, 253.0, 2.0, 8.0, 17.0, 18.0, 2.0)]
    # goods found and then seized stay seized however long the list
    text = (
        "Police report\nOfficers found 54 rifles, 66 pistols, 138 magazines, 253 rounds, two grenades, eight "
        "machetes, 17 radios, 18 phones and two vehicles in the house.\n"
    )
    assert {f.metric for f in extract(text).figures} == {"seized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Operation Iron Gate 2026 arrested 40 people. The previous edition of the operation, in 2025, "
            "resulted in 97 arrests and the seizure of 880 firearms.",
            [("Iron Gate 2026", 40.0), (None, 97.0), (None, 880.0)],
        ),
        (
            "Officers in Operation Sahraa III seized 2 tonnes. The first two editions of the operation led to more "
            "than 500 arrests.",
            [("Sahraa III", 2.0), (None, 500.0)],
        ),
        # an edition told as a time, not as what had results, leaves the figures to the operation in focus
        (
            "Operation Canopy 2026 ran in 40 countries. Officers used risk profiles built after the previous edition "
            "to select 4,900 containers for inspection.",
            [("Canopy 2026", 4900.0)],
        ),
    ],
)
def test_an_earlier_edition_s_results_are_no_figures_of_the_operation_in_focus(text: str, expected: list):
    assert [(f.operation, f.value) for f in extract(doc(text)).figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one year a sentence's events are told in, earlier than the operation's, is another period's
        (
            "Police in Operation Bagh Suraksha 2026 arrested 4 poachers. The forest departments had seized 11 tiger "
            "skins and 94 kg of tiger bones in Maharashtra and Madhya Pradesh in 2025, officials said.",
            [("Bagh Suraksha 2026", 4.0), (None, 11.0), (None, 94.0)],
        ),
        (
            "Operation Storm 4 ran in 2026 and led to 40 arrests. In its annual statistics, the department said it "
            "had arrested 1,932 suspects across the country in 2025, according to the ministry.",
            [("Storm 4", 40.0), (None, 1932.0)],
        ),
        # a year that dates something else leaves the figures to the operation
        (
            "Operation Lazurite II ran in 2026. In Georgia, police recovered 312 ancient coins and icons that had "
            "been stolen from a church in Kakheti in 2019.",
            [("Lazurite II", 312.0)],
        ),
        (
            "Operation Black Poppy ran in 2026. Officers detained two citizens, one of them born in 1988.",
            [("Black Poppy", 2.0)],
        ),
        # an event of a year told before its noun
        (
            "Operation Red Canopy in 2026 led to 12 arrests. He noted that a 2024 case in the same province had "
            "recovered only 600 kilograms of scales.",
            [("Red Canopy", 12.0), (None, 600.0)],
        ),
        (
            "Operation Neel Kavach ran in 2026 and led to 9 arrests. The biggest seizure remains the November 2024 "
            "interception of a boat, when the Coast Guard recovered over 6,000kg of methamphetamine.",
            [("Neel Kavach", 9.0), (None, 6000.0)],
        ),
    ],
)
def test_the_one_year_a_sentence_is_told_in_dates_its_figures(text: str, expected: list):
    assert [(f.operation, f.value) for f in extract(doc(text)).figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Operation Safe Mekong ran in 2026 and led to 40 arrests. UNODC figures show that a record 236 tonnes "
            "of methamphetamine were seized in East Asia.",
            [("Safe Mekong", 40.0), (None, 236.0)],
        ),
        (
            "Operation Border Shield led to 40 arrests. Chinese police data show that more than 57,000 nationals "
            "suspected of fraud have been repatriated.",
            [("Border Shield", 40.0), (None, 57000.0)],
        ),
        # the story's own figures, or the operation's, stay its
        (
            "Police arrested more than 2,700 people in Operation Clear Sky 2025. The final figures show 2,733 arrests.",
            [("Clear Sky 2025", 2733.0)],
        ),
        (
            "Operation Border Shield ran in May. Figures from the operation show that police arrested 400 people.",
            [("Border Shield", 400.0)],
        ),
    ],
)
def test_a_body_s_figures_shown_as_a_sentence_s_subject_are_its_statistics(text: str, expected: list):
    assert [(f.operation, f.value) for f in extract(doc(text)).figures] == expected


@pytest.mark.parametrize(
    "record",
    [
        "In what goes of 2026, the National Police has seized 742 tonnes of cocaine in the whole national territory.",
        "In the course of the year 2025, the National Police has seized 612 tonnes of cocaine, a record.",
        "In the year 2026, the National Police has seized more than 198 tonnes of drugs in the national territory.",
        "In fiscal year 2025, the Coast Guard removed more than 204,000 kilograms of cocaine at sea.",
    ],
)
def test_a_force_s_record_for_the_year_or_the_country_is_no_figure_of_the_operation(record: str):
    text = f"Operation Cordillera 2026 led to 40 arrests in two provinces. {record}"
    got = [(f.operation, f.value) for f in extract(doc(text)).figures]
    assert got[0] == ("Cordillera 2026", 40.0)
    assert [op for op, _ in got[1:]] == [None]


def test_a_paragraph_on_the_operation_s_own_strand_keeps_its_figures_and_one_on_a_country_s_side_does_not():
    text = (
        'Title\nThe operation, code-named "Mbangala II", took place in six countries.\n\n'
        "On the wildlife side, officers seized:\n- 1.2 tonnes of pangolin scales;\n- 46 elephant tusks.\n\n"
        "On the Ukrainian side of the border, guards detained 12 people.\n"
    )
    got = [(f.operation, f.value) for f in extract(text).figures]
    assert got == [("Mbangala II", 1.2), ("Mbangala II", 46.0), (None, 12.0)]


def test_people_netted_in_a_headline_s_passive_are_arrests_and_their_parts_follow():
    text = (
        "76 poaching suspects netted as Kinga Pori operation sweeps Ruaha\n\n"
        "Rangers seized 53 pieces of ivory. Of the 76 suspects, 64 are Tanzanians and 12 foreign nationals.\n"
    )
    got = [(f.metric, f.value) for f in extract(text).figures]
    assert got == [("arrests", 76.0), ("seized", 53.0), ("arrests", 64.0), ("arrests", 12.0)]
    # goods netted are no people: the active verb with its goods stays a seizure
    assert metric_values("The raids netted 40 kg of heroin and 12 suspects.") == [("seized", 40.0), ("arrests", 12.0)]


def test_drugs_incinerated_are_destroyed_and_those_seized_first_stay_seized():
    assert metric_values("The force also incinerated 173 kg of cocaine in Santa Cruz on February 3.") == [
        ("other", 173.0)
    ]
    assert metric_values("Police seized and incinerated 40 kg of cannabis.") == [("seized", 40.0)]


def test_a_strike_force_s_name_is_its_investigation_s_codename_and_takes_its_figures():
    text = (
        "Police report\nStrike Force Pinnacle was formed in March to investigate the supply of drugs in Sydney's "
        "west. Detectives from Strike Force Pinnacle arrested 15 people and seized 2 kg of cocaine.\n"
    )
    result = extract(text)
    assert [(e.type, e.name) for e in result.entities if e.type == "OPERATION"] == [
        ("OPERATION", "Strike Force Pinnacle")
    ]
    assert [(f.operation, f.value) for f in result.figures] == [
        ("Strike Force Pinnacle", 15.0),
        ("Strike Force Pinnacle", 2.0),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dozens of IEDs were destroyed as “Will of Victory” – a combined operation of the Iraqi Army – enters its "
            "fourth day. Troops killed 4 ISIS suspects.",
            ("Will of Victory", [("Will of Victory", 4.0)]),
        ),
        (
            "Police launched 'Safe Corridor', a joint operation with Interpol, and arrested 12 people.",
            ("Safe Corridor", [("Safe Corridor", 12.0)]),
        ),
        (
            "Troops launched “Sea Shield” – a joint anti-drug operation – and seized 4 kg of cocaine.",
            ("Sea Shield", [("Sea Shield", 4.0)]),
        ),
        # a quoted remark, a kind, or the offenders' enterprise before the word names no operation
        ('He said "We will win", a statement made before the operation began.', (None, [])),
        ('The gang, "Red Dragon", a smuggling operation, was dismantled.', (None, [])),
        ('The minister called it "Special", a military operation, and 40 people were held.', (None, [(None, 40.0)])),
    ],
)
def test_a_quoted_name_the_sentence_then_calls_an_operation_is_its_codename(text: str, expected: tuple):
    result = extract(doc(text))
    name, figures = expected
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ([name] if name else [])
    assert [(f.operation, f.value) for f in result.figures] == figures


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a tablet's strength is no amount seized
        ("Customs intercepted 2,140 cartons of Tramadol 225mg and codeine-based cough syrup.", [("seized", 2140.0)]),
        ("Police seized 1.6 million tablets of tramadol of 225mg strength.", [("seized", 1600000.0)]),
        ("The tablets, many of them dosed at 225 milligrams, were seized at the port.", []),
        # milligrams of a drug are
        ("Two persons were held with 650mg of heroin.", [("arrests", 2.0), ("seized", 0.00065)]),
        ("Police seized 650 mg heroin from the suspect.", [("seized", 0.00065)]),
    ],
)
def test_a_tablet_s_strength_is_no_amount_seized(body: str, expected: list):
    assert metric_values(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a seizure valued as the harm it does to crime is the seizure's value, named by the drugs the sentence names
        (
            "Troops seized 32 tonnes of cocaine. The seized cocaine represents an affectation to the criminal "
            "finances of approximately USD 980 million.",
            [("seized", 32.0, "cocaine"), ("seized", 980000000.0, "cocaine value")],
        ),
        (
            "Soldiers seized 400 kg of methamphetamine. The economic impact on the criminal organizations is almost "
            "1.90 million pesos.",
            [("seized", 400.0, "methamphetamine"), ("seized", 1900000.0, "economic impact")],
        ),
        (
            "Police seized 3.5 tonnes of cocaine. The seizure represents an economic loss of more than 9.6 million "
            "dollars for drug trafficking.",
            [("seized", 3.5, "cocaine"), ("seized", 9600000.0, "economic loss")],
        ),
        (
            "The Navy seized 120 tonnes of cocaine. The cocaine seized would have generated about $6.4 billion for "
            "the gangs.",
            [("seized", 120.0, "cocaine"), ("seized", 6400000000.0, "cocaine value")],
        ),
        # a loss suffered by victims or businesses is no result (the guide leaves it out)
        ("The scheme caused an economic loss of 3 million euros to the victims of the gang.", []),
        (
            "Police arrested 5 people. The fraud had an economic impact of 2 million dollars on local firms.",
            [("arrests", 5.0, None)],
        ),
    ],
)
def test_a_seizure_valued_as_crime_s_economic_loss_is_its_value(body: str, expected: list):
    assert [(f[0], f[1], f[3]) for f in figs(doc(body))] == expected


_TILES = (
    "SYDNEY – A joint taskforce has dismantled a syndicate that hid cocaine in a shipment of floor tiles from "
    "Brazil. The shipment arrived at Port Botany in October and was examined by Border Force.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a headline says were charged are those the story counts as arrested: one fact, its arrests
        (
            "Three charged over 480kg cocaine import\n" + _TILES + "Officers arrested the three men at a property in "
            "Botany on Tuesday and seized 480 kg of cocaine.",
            [("arrests", 3.0), ("seized", 480.0)],
        ),
        # people charged whom no arrest of as many counts stay another outcome
        (
            "Five charged over 480kg cocaine import\n" + _TILES + "Officers arrested three men at a property in "
            "Botany on Tuesday and seized 480 kg of cocaine.",
            [("arrests", 3.0), ("other", 5.0), ("seized", 480.0)],
        ),
    ],
)
def test_people_charged_whom_the_story_counts_as_arrested_are_its_arrests(text: str, expected: list):
    assert sorted((f.metric, f.value) for f in extract(text).figures) == expected


def test_a_list_s_last_line_is_not_what_the_next_paragraph_s_cue_describes():
    # the cue after "* 12 rifles" is the new paragraph's verb, not a participle describing the rifles
    text = (
        "Army seizes drugs in Sinaloa\nThe forces had seized:\n\n* 1 tonne of methamphetamine\n* 12 rifles\n\n"
        "The economic impact on the criminal groups is 6.1 billion pesos."
    )
    assert [(f.metric, f.value, f.item) for f in extract(text).figures] == [
        ("seized", 1.0, "methamphetamine"),
        ("seized", 12.0, "rifles"),
        ("seized", 6100000000.0, "economic impact"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The action day led to 27 arrests (Austria: 6, Bulgaria: 9, Germany: 4, Hungary: 3, Romania: 2, Serbia: 3).",
        "The action day resulted in 27 arrests (Austria 6, Bulgaria 9, Germany 4, Hungary 3, Romania 2 and Serbia 3).",
    ],
)
def test_a_bracket_of_parts_each_after_its_place_gives_each_part_its_place(body: str):
    # each part is a national part of the arrests, so two countries' equal parts are two figures
    assert [(f.metric, f.value, f.scope) for f in extract(doc(body)).figures] == [
        ("arrests", 27.0, None),
        ("arrests", 6.0, "Austria"),
        ("arrests", 9.0, "Bulgaria"),
        ("arrests", 4.0, "Germany"),
        ("arrests", 3.0, "Hungary"),
        ("arrests", 2.0, "Romania"),
        ("arrests", 3.0, "Serbia"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an item read off a headline in capitals reads as the body would write it
        (
            "PRESS RELEASE\n\nNACOC INTERCEPTS 8,400 SLABS OF COMPRESSED CANNABIS AT TEMA\n\nMore follows.",
            (
                8400.0,
                "slabs of compressed cannabis",
            ),
        ),
        (
            "PRESS RELEASE\n\n847 SUSPECTS ARRESTED, 41.8KG OF HEROIN RECOVERED IN COAST CRACKDOWN\n\nMore follows.",
            (
                41.8,
                "heroin",
            ),
        ),
        # an acronym in the body stays as written
        ("Report\nLONDON – Officers seized 49 kilograms of MDMA at the port.", (49.0, "MDMA")),
    ],
)
def test_an_item_read_off_a_line_in_capitals_reads_as_the_body_would_write_it(text: str, expected: tuple):
    value, item = expected
    assert [f.item for f in extract(text).figures if f.value == value] == [item]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause before a colon leads in to parts that name their own people
        (
            "Navy intercepts vessel\nBOGOTA – The Navy intercepted a fishing vessel with 2 tonnes of cocaine.\n"
            "Thirteen crew members were detained: seven Colombians, three Ecuadorians and three Venezuelans.",
            [(2.0, "cocaine"), (13.0, "crew members"), (7.0, "Colombians"), (3.0, "Ecuadorians"), (3.0, "Venezuelans")],
        ),
        # an item never ends on the next verb's auxiliaries
        (
            "Report\nKUALA LUMPUR – Police seized 40 kg of syabu in Ops Tapis.\nHe added those detained were aged "
            "between 18 and 71.\n“A total of 38 suspects will be prosecuted under the Dangerous Drugs Act,” he said.",
            [(40.0, "syabu"), (38.0, "suspects")],
        ),
    ],
)
def test_an_item_is_the_thing_counted_not_a_lead_in_or_the_next_verb(text: str, expected: list):
    assert [(f.value, f.item) for f in extract(text).figures] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offensive's earlier phases are other drives than the phase the story is about
        (
            "Soldiers dismantle labs in Sinaloa\nCULIACÁN – Soldiers dismantled five labs in Operation Tizón 4 and "
            "arrested 3 people. In the three earlier phases of the offensive this year, troops had dismantled 38 labs "
            "and arrested 26 people, the ministry said.",
            [("Tizón 4", 5.0), ("Tizón 4", 3.0), (None, 38.0), (None, 26.0)],
        ),
        # a separate raid during the operation is one of its own steps; a separate raid last month is not
        (
            "Police seize heroin in Dien Bien\nDIEN BIEN – Police arrested 4 people in Operation Cloud Gate.\n"
            "In a separate raid during the operation, officers found 2.4 kg of heroin buried in a garden.",
            [("Cloud Gate", 4.0), ("Cloud Gate", 2.4)],
        ),
        (
            "Police seize heroin in Dien Bien\nDIEN BIEN – Police arrested 4 people in Operation Cloud Gate.\n"
            "In a separate raid last month, officers found 2.4 kg of heroin buried in a garden.",
            [("Cloud Gate", 4.0), (None, 2.4)],
        ),
    ],
)
def test_an_earlier_phase_is_another_drive_and_a_raid_during_the_operation_its_own(text: str, expected: list):
    assert [(f.operation, f.value) for f in extract(text).figures] == expected


@pytest.mark.parametrize(
    "body",
    [
        # a loss to banks or to the justice system is no seizure's value, whatever else the sentence counts
        "Police arrested 12 members of a criminal gang that caused an economic loss of 4 million euros to banks.",
        "Police arrested 12 people. The gang's fraud had an economic impact on the criminal justice system of 4 "
        "million euros.",
    ],
)
def test_a_loss_to_others_than_crime_is_no_seizure_s_value(body: str):
    assert metric_values(body) == [("arrests", 12.0)]


def test_a_bracket_of_parts_labelled_by_what_is_not_a_country_gives_them_no_place():
    figures = extract(doc("Police seized 12 vehicles (Toyota: 6, Nissan: 6).")).figures
    assert [(f.value, f.scope) for f in figures] == [(12.0, None), (6.0, None)]


def test_the_operation_of_a_border_post_is_no_step_of_the_story_s_drive():
    text = (
        "Heroin\nDIEN BIEN – Police arrested 4 people in Operation Cloud Gate.\nIn a separate case during the "
        "operation of a border post, customs found 2.4 kg of heroin."
    )
    assert [(f.operation, f.value) for f in extract(text).figures] == [("Cloud Gate", 4.0), (None, 2.4)]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a glued "m" before goods counted or weighed is millions of them, as headlines write them
        ("NDLEA recovers 1.3m tramadol pills in Kano", [("seized", 1_300_000.0, "count")]),
        ("Border forces seize 6.2m speed pills in Chiang Rai sweep", [("seized", 6_200_000.0, "count")]),
        ("Crackdown leads to seizure of 1.5m tons of illegal waste", [("seized", 1_500_000.0, "tonnes")]),
        # a length stays a length: no goods after it, or "of" first
        ("Police seize 4 tonnes of cannabis behind a 5m wall", [("seized", 4.0, "tonnes")]),
        ("Police seize 3m of cable and 4 tonnes of cannabis", [("seized", 4.0, "tonnes")]),
        ("Police seize 4 tonnes of cannabis from a 12m boat", [("seized", 4.0, "tonnes")]),
    ],
)
def test_a_glued_m_before_goods_is_millions_of_them(headline: str, expected: list):
    assert [(f[0], f[1], f[2]) for f in figs(headline + "\nBody text follows.")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the peso's word after a sum with "$", the peso of the country the text names
        ("Police in Cartagena, Colombia, seized goods valued at $29,000,000,000 pesos.", (29e9, "COP")),
        ("Police in Manila seized $3,500 pesos in cash.", (3500.0, "PHP")),
        # "peso" after a scale, as translated releases write it
        ("Police in Sinaloa seized 3.5 million peso in cash.", (3_500_000.0, "MXN")),
        # a thousand million is the long scale's billion ("mil millones")
        ("Police in Bogota seized assets valued at 482 thousand million pesos.", (482e9, "COP")),
    ],
)
def test_pesos_written_with_a_dollar_sign_a_singular_or_the_long_scale(body: str, expected: tuple):
    assert [(f[1], f[2]) for f in figs(body) if f[2] != "count"] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the Philippine press's letters for the peso, and the Malaysian press's short billion
        ("MANILA – The BOC seized PhP 2.3 billion worth of smuggled rice.", (2.3e9, "PHP")),
        ("MANILA – The BOC seized Php 22.3 million worth of cigarettes.", (22.3e6, "PHP")),
        ("KUALA LUMPUR: Police seized drugs worth RM3.1bil this year.", (3.1e9, "MYR")),
    ],
)
def test_a_peso_written_php_and_a_billion_written_bil(body: str, expected: tuple):
    assert [(f[1], f[2]) for f in figs("Seizures\n" + body)] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the operations results came from, after "from", and those that led to them, are counted
        (
            "The director said the successes came from 609 operations conducted this year, in which 737 were nabbed.",
            [("other", 609.0), ("arrests", 737.0)],
        ),
        ("PDEA said 60 operations resulted in the arrest of 87 suspects.", [("other", 60.0), ("arrests", 87.0)]),
        # not drives named before ("the two operations"), a range's cases, nor where goods were found
        ("The two operations resulted in the arrest of 87 suspects.", [("arrests", 87.0)]),
        ("The agency's caseload grew from 202 cases in its first year. Police arrested 5.", [("arrests", 5.0)]),
        ("Officers recovered 130 kg of methamphetamine from 3 cases in Medan.", [("seized", 130.0)]),
    ],
)
def test_operations_results_came_from_or_that_led_to_them_are_counted(body: str, expected: list):
    assert metric_values(body) == expected


def test_a_finer_figure_hedged_alike_after_a_rounded_one_restates_it_but_not_one_told_before():
    # "Over 1,300" in the headline, "over 1,345" in the body: one figure, the finer
    text = (
        "Crackdown: Over 1,300 Arrested, 425 Excavators Seized\n"
        "ACCRA – Over 1,345 individuals have been arrested and 425 excavators seized since the operation began."
    )
    assert [(f.metric, f.value, f.qualifier) for f in extract(text).figures] == [
        ("seized", 425.0, None),
        ("arrests", 1345.0, "over"),
    ]
    # a coarser hedged figure after a finer one is a part of the total told first
    text = (
        "Navy seizes cannabis\nCOLOMBO – Navy operations led to the seizure of over 106kg of cannabis this week. "
        "The Northern Command recovered over 100kg of cannabis in a dinghy."
    )
    assert [(f.value, f.qualifier) for f in extract(text).figures] == [(106.0, "over"), (100.0, "over")]
    # a headline's bound the body states as an estimate within it: one figure, the body's
    text = (
        "Partners arrest over 65 in Operation Safe Harbour 4\n"
        "OTTAWA – The fourth phase of Operation Safe Harbour led to the arrest of approximately 68 suspects."
    )
    assert [(f.value, f.qualifier) for f in extract(text).figures] == [(68.0, "approximately")]


def test_a_later_item_s_price_is_no_verb_of_a_list_closed_by_its_passive():
    # the passive at the end is every item's verb; "worth" belongs to the sum before it
    body = (
        "Ninety-nine designer handbags and wallets, $4 million in cash, $5 million worth of residential properties, "
        "$600,000 in casino chips, $10,000 worth of jewellery and a Lamborghini have been restrained."
    )
    assert metric_values(body) == [
        ("seized", 99.0),
        ("seized", 4_000_000.0),
        ("seized", 5_000_000.0),
        ("seized", 600_000.0),
        ("seized", 10_000.0),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # wallets listed with other goods are the leather kind, seized; crypto wallets are accounts, other
        ("Customs officers seized 99 handbags and wallets at the port.", "seized"),
        ("Customs officers seized 152 bags, wallets and watches at the port.", "seized"),
        ("Investigators froze 41 crypto wallets used by the gang.", "other"),
        ("Investigators froze 52 bank accounts and crypto wallets used by the gang.", "other"),
    ],
)
def test_wallets_among_goods_are_goods_and_crypto_wallets_accounts(body: str, expected: str):
    assert [m for m, _ in metric_values(body)] == [expected]


def test_a_long_list_with_no_other_number_closed_by_its_passive_gives_its_first_item_that_verb():
    body = (
        "During the operation, over 2 million tablets containing pseudoephedrine or synthetic opioids, marijuana, "
        "amphetamines, three firearms, including a machine gun with a homemade silencer and various types of "
        "ammunition were seized."
    )
    assert metric_values(body) == [("seized", 2_000_000.0), ("seized", 3.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's cases: a length of one thing measured stays a length, goods in title case are millions
        ("Tunnel found\nAgents discovered a 40m drug tunnel and seized 4 tonnes of cannabis.", [(4.0, "tonnes")]),
        ("Ivory\nOfficers seized a 2.4m ivory tusk and 4 tonnes of cannabis.", [(4.0, "tonnes")]),
        ("Timber\nRangers found timber cut into 2m pieces and seized 4 tonnes of cannabis.", [(4.0, "tonnes")]),
        ("Police Seize 1.3m Tramadol Pills In Kano\nThe pills were found in a truck.", [(1_300_000.0, "count")]),
    ],
)
def test_a_glued_m_of_one_thing_measured_is_a_length(text: str, expected: list):
    assert [(f.value, f.unit) for f in extract(text).figures if f.metric == "seized"] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two hedged figures of the body are two statements, not a rounding and its restatement
        (
            "Over 100 people were arrested in Nairobi. Over 120 people were arrested in Mombasa.",
            [("arrests", 100.0), ("arrests", 120.0)],
        ),
        (
            "On Monday, officers arrested more than 200 people. On Tuesday, more than 230 people were arrested.",
            [("arrests", 200.0), ("arrests", 230.0)],
        ),
        # a part of the operations counted before is no count of its own, nor a change's first side
        (
            "The PDEA conducted 120 operations in May. Of these, 45 operations resulted in the arrest of 87 suspects.",
            [("other", 120.0), ("arrests", 87.0)],
        ),
        ("The number of raids grew from 45 raids last year to 80 raids this year.", [("other", 80.0)]),
        # a participle before its noun in a long list is no verb of its own
        (
            "During the operation, over 2 million tablets containing pseudoephedrine, marijuana, amphetamines, three "
            "unlicensed firearms, including a machine gun with a homemade silencer and various types of ammunition "
            "were seized.",
            [("seized", 2_000_000.0), ("seized", 3.0)],
        ),
        # wallets are accounts only where crypto-assets or freezing are told
        ("Police seized 40 leather wallets at the market.", [("seized", 40.0)]),
        ("Investigators froze 41 wallets holding USDT.", [("other", 41.0)]),
    ],
)
def test_the_review_s_negatives_for_restatements_operations_lists_and_wallets(body: str, expected: list):
    assert metric_values(body) == expected


# ------------------------------------------------------------------ shapes a review of the session's rules raised


@pytest.mark.parametrize(
    "body",
    [
        "In Tema, officers picked up 3 people for transport to hospital.",
        "In Ho, officers rounded up 300 people for deportation.",
        "In Accra, police detained 30 people for verification.",
    ],
)
def test_a_purpose_after_an_arrest_is_no_offence(body: str) -> None:
    value = next(float(w) for w in body.split() if w.isdigit())
    (metric, _value, _unit, item, _q, _scope) = part(body, value)
    assert (metric, item) == ("arrests", None)


@pytest.mark.parametrize(
    "body",
    [
        "Investigators have applied for 30 search warrants, which a judge is still reviewing.",
        "Of the 40 search warrants requested, only nine were granted by the court.",
        "Prosecutors sought 25 search warrants, but the court refused them.",
    ],
)
def test_search_warrants_asked_for_are_no_searches_done(body: str) -> None:
    assert [v for m, v in metric_values(body) if m == "other"] == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a vessel's or a press's size is no amount seized, though a drug word describes it
        ("Coast guards seized a 40-ton drug vessel carrying 2 tonnes of cocaine.", [(2, "tonnes", "cocaine")]),
        # nouns that end like a present tense are goods ("nets", "finds")
        (
            "Fisheries officers confiscated illegal fishing nets worth Rs 300,000.",
            [(300_000, "INR", "illegal fishing nets value")],
        ),
        # an editor's word in brackets is dropped, the goods go on
        ("Officers seized 40 [forty] firearms and 2 vehicles.", [(40, "count", "firearms"), (2, "count", "vehicles")]),
        ("Officers seized 15 AK-47 [Kalashnikov] rifles.", [(15, "count", "AK-47 rifles")]),
        # a conversion in brackets is the same amount, not a part of it
        (
            "Police seized 2 tonnes of cannabis (2,000 kg in bales, 4 vans) at the farm.",
            [(2, "tonnes", "cannabis"), (4, "count", "vans")],
        ),
        (
            "Agents seized 1,185 pounds, or 537 kilograms of marijuana and 40 kg of cocaine.",
            [(537, "kg", "marijuana"), (40, "kg", "cocaine")],
        ),
        (
            "Troopers found 30 pounds of fentanyl (roughly 13.6 kilograms in vacuum-sealed bricks and 2 pistols).",
            [(13.6, "kg", "fentanyl"), (2, "count", "pistols")],
        ),
    ],
)
def test_sizes_nouns_editors_words_and_conversions_near_goods(body: str, expected: list) -> None:
    assert [(v, u, i) for _m, v, u, i, _q, _s in figs(doc(body))] == expected


def test_a_generation_is_no_gram_in_a_value_s_goods():
    got = figs(doc("Officers seized 300 4G routers worth $15,000 at the port."))
    assert ("seized", 15_000, "USD", "4G routers value") in [(m, v, u, i) for m, v, u, i, _q, _s in got]


def test_a_headline_s_abbreviated_estimate_is_restated_by_the_body():
    text = (
        "Police seize approx. 45 kg of cannabis in Kumasi\n"
        "KUMASI – Officers seized 44.6 kg of cannabis from a warehouse on Monday."
    )
    assert [(f.value, f.qualifier) for f in extract(text).figures] == [(44.6, None)]
