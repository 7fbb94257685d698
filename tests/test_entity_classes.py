"""Entity recognition on the shapes real releases use, one test per error class.

Every sentence here is written for these tests, in the shapes found in
police, customs, Europol and INTERPOL releases and wire stories (issue 11's
error classes); none is copied from a published text or from the corpora the
extractor is scored on.
"""

from __future__ import annotations

import pytest

from store.extract import extract
from store.extract.entities import find_entities
from store.extract.tokens import LOCATION, OPERATION, ORG, PERSON


def names(text: str, etype: str) -> set[str]:
    return {e.name for e in extract(text).entities if e.type == etype}


# --------------------------------------------------------------------------- people


@pytest.mark.parametrize(
    "text, expected",
    [
        # a suspect list with ages
        (
            "Officers detained Marek Zawadzki, 39, and Ilona Brzezińska, 44, at a warehouse in Gdynia.",
            {"Marek Zawadzki", "Ilona Brzezińska"},
        ),
        # ages in brackets, surname-first in capitals
        (
            "The court remanded BOGDAN Vasile-Ionuț (41) and CRĂCIUN Mirela (37) for 30 days.",
            {"BOGDAN Vasile-Ionuț", "CRĂCIUN Mirela"},
        ),
        # a name all in capitals in a bulleted list of the charged
        (
            "Charged:\n- PETER OYELARAN, 52, of Ikeja\n- GRACE ADEBOLA, 33, of Surulere",
            {"PETER OYELARAN", "GRACE ADEBOLA"},
        ),
        # a middle initial
        ("Special Agent Lorna T. Whitcombe said the seizure was the largest this year.", {"Lorna T. Whitcombe"}),
        # letters beyond Latin-1
        ("Tomasz Łęcki, who led the investigation, said the gang had sold forged permits.", {"Tomasz Łęcki"}),
        ("Major General Trịnh Văn Hùng told reporters the ring had been dismantled.", {"Trịnh Văn Hùng"}),
        # a title or a unit glued to the name is not part of it
        (
            "Coast Guard District Commander Rear Admiral Elsa P. Moraleda said patrols would continue.",
            {"Elsa P. Moraleda"},
        ),
        ("Eurojust National Member for Latvia Dace Ozoliņa said the case was closed.", {"Dace Ozoliņa"}),
        # a rank abbreviation is never part of a name; a surname after one is a person
        ("Det. Supt. Halloran said the container had been watched for weeks.", {"Halloran"}),
        ("Pol Lt Gen Anucha Srisombat said the network had 40 members.", {"Anucha Srisombat"}),
        # a byline
        ("By Nkechi Umeadi\nLAGOS – Police said on Monday that six men were held.", {"Nkechi Umeadi"}),
        # a list of names with one cue in it
        (
            "The suspects, Ahmad Faizal, Nur Aisyah Rahim and Koh Wei Jie, were remanded.",
            {"Ahmad Faizal", "Nur Aisyah Rahim", "Koh Wei Jie"},
        ),
    ],
)
def test_people_in_the_shapes_releases_write_them(text: str, expected: set[str]) -> None:
    assert expected <= names(text, "PERSON")


def test_things_that_look_like_names_are_not_people() -> None:
    text = (
        "The Directorate General of Marine Resources and Fisheries Surveillance took part. "
        "Raids took place in the Campo de Gibraltar and the Umoja Innercore estate. "
        "Speaking in Pontianak, West Kalimantan, by video link, the commander praised the crews."
    )
    people = names(text, "PERSON")
    assert not people & {"Marine Resources", "Fisheries Surveillance", "Campo de Gibraltar", "Umoja Innercore"}
    assert "West Kalimantan" not in people


def test_a_persons_age_is_not_a_figure() -> None:
    text = "Police detained Lò Văn Sính, 29, Vàng A Dế, 33, and Đỗ Minh Quân (45) with 12 kg of heroin."
    figures = {(f.metric, f.value) for f in extract(text).figures}
    assert not {v for _, v in figures} & {29.0, 33.0, 45.0}
    assert ("seized", 12.0) in figures


def test_a_surname_alone_joins_the_full_name() -> None:
    text = "Inspector Halina Wróbel led the raid. Wróbel said the lab had run for a year."
    people = [e for e in extract(text).entities if e.type == "PERSON"]
    assert [p.name for p in people] == ["Halina Wróbel"]
    assert len(people[0].mentions) == 2


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers raided a house in the village of Kasenyi near Entebbe.", {"Kasenyi"}),
        ("The boat was stopped off the Barrio Sucre neighbourhood of Cartagena.", {"Barrio Sucre"}),
        ("Containers were opened at the Rubavu border crossing.", {"Rubavu"}),
        ("Two trucks crossed from the U.S. into Mexico; another came from the U.K.", {"U.S.", "U.K."}),
        (
            "Agents met counterparts from Côte d’Ivoire and Bosnia & Herzegovina.",
            {"Côte d’Ivoire", "Bosnia & Herzegovina"},
        ),
        ("The ring ran safe houses in KwaZulu-Natal and East Java.", {"KwaZulu-Natal", "East Java"}),
        ("He was arrested at home in Homestead, Fla., on Tuesday.", {"Homestead", "Fla."}),
        ("Searches were carried out in Tirana, Durrës, Fier, Lushnjë and Elbasan.", {"Lushnjë", "Fier"}),
        ("The cargo left the Strait of Malacca for Port Klang.", {"Strait of Malacca", "Port Klang"}),
    ],
)
def test_places_named_as_releases_name_them(text: str, expected: set[str]) -> None:
    assert expected <= names(text, "LOCATION")


def test_two_compass_words_before_a_region_give_the_region_as_written() -> None:
    # (the first compass word names no place of its own: "West" is half of "West and Central Africa"; a fixed
    # name of one region stays whole: "the Near and Middle East", "the Western and Central Pacific")
    text = (
        "Report\nVIENNA – Seizures in West and Central Africa tripled, East and South-East Asia reported records "
        "and the Near and Middle East saw more; West Africa and Europe less. Across North, Central and South "
        "America and the Western and Central Pacific, patrols went on."
    )
    assert names(text, LOCATION) == {
        "VIENNA",
        "Central Africa",
        "South-East Asia",
        "Near and Middle East",
        "West Africa",
        "Europe",
        "South America",
        "Western and Central Pacific",
    }


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        ("The crew of the Coast Guard Cutter Ridgeline offloaded 16,960 kilograms of cocaine.", {"Coast Guard"}),
        ("Coast Guard Cutters Amberjack and Tarpon Cove returned to port.", {"Coast Guard"}),
        ("The Dutch navy ship HNLMS Groningen intercepted a go-fast boat.", set()),
    ],
)
def test_a_ships_name_is_no_organisation(sentence: str, orgs: set) -> None:
    assert names("Report\nMIAMI – " + sentence, ORG) == orgs


def test_an_agency_credited_in_a_byline_or_a_dateline_without_brackets_is_no_organisation() -> None:
    text = (
        "Police rescue 43 foreigners held in Kasoa house\nBy Efua Dadzie, GNA\n\n"
        "Kasoa, Nov. 25, GNA – The Ghana Police Service have rescued 43 foreign nationals."
    )
    assert names(text, ORG) == {"Ghana Police Service"}


@pytest.mark.parametrize(
    "text",
    [
        "Report\nHANOI – According to the BBC, police seized 3 tonnes of cocaine.\n",
        "Report\nBOSTON – NBC Boston reports the drugs were worth 2 million dollars.\n",
        "Report\nHANOI – Customs seized 40 kg of rhino horn (Source: VNA).\n",
        "Report\nLIMA – Officers raided the port. [Photo: Carlos Ruiz via AP]\n",
    ],
)
def test_letters_only_a_news_agency_goes_by_are_no_organisation_wherever_they_stand(text: str) -> None:
    # (annotators of real articles list none of them as a body; "AFP" is also the Australian Federal Police and the
    # Armed Forces of the Philippines, an outlet only where the text credits it)
    assert names(text, ORG) == set()
    assert names("Report\nSYDNEY – The AFP charged 11 men in Sydney.\n", ORG) == {"AFP"}


def test_a_place_name_with_a_lower_case_particle_inside() -> None:
    assert names("Report\nIRINGA – Six dealers were identified in Dar es Salaam on Monday.", LOCATION) == {
        "IRINGA",
        "Dar es Salaam",
    }


def test_a_possessive_does_not_join_two_places() -> None:
    places = names("Police searched flats in Ho Chi Minh City’s District 3.", "LOCATION")
    assert "Ho Chi Minh City" in places
    assert not any("’s" in p for p in places)


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The European Union Agency for Law Enforcement Cooperation supported the action.",
            {"European Union Agency for Law Enforcement Cooperation"},
        ),
        (
            "The Southern African Regional Police Chiefs Cooperation Organisation hosted the meeting.",
            {"Southern African Regional Police Chiefs Cooperation Organisation"},
        ),
        (
            "The case was handled by the Federal Public Prosecutor’s Office in Lisbon.",
            {"Federal Public Prosecutor’s Office"},
        ),
        ("Members of the Otavalo cartel and the Ruiz clan were among those held.", {"Otavalo cartel", "Ruiz clan"}),
        (
            "The Uganda Wildlife Authority and the Kenya Ports Authority took part.",
            {"Uganda Wildlife Authority", "Kenya Ports Authority"},
        ),
        (
            "Shipments were booked through Lembang Marine Logistics Sdn Bhd and Tarrow Shipping Co. last year.",
            {"Lembang Marine Logistics Sdn Bhd", "Tarrow Shipping Co."},
        ),
        (
            "Inspector Ruth Kaplan of the Israel National Police said the lab was closed.",
            {"Israel National Police"},
        ),
    ],
)
def test_organisations_as_releases_name_them(text: str, expected: set[str]) -> None:
    assert expected <= names(text, "ORG")


def test_what_is_not_an_organisation() -> None:
    text = (
        "Traffickers paid KES 2 million and PHP 400,000 in cash during the COVID-19 lockdowns.\n"
        "A van with plate KDA 417Q was stopped. Charges were filed under the NDPS Act.\n"
        "SOURCE: Kenya Police Service\n"
        "– AFP"
    )
    orgs = names(text, "ORG")
    assert not orgs & {"KES", "PHP", "COVID-19", "KDA", "NDPS", "SOURCE", "AFP"}
    assert "Kenya Police Service" in orgs


def test_letters_are_a_revenue_service_unless_a_word_of_illness_follows() -> None:
    # "SARS" in law-enforcement releases is South Africa's revenue service or Nigeria's anti-robbery squad
    text = "Officers from the Department of Home Affairs, SARS and the Border Management Authority searched 12 trucks."
    assert "SARS" in names(text, "ORG")
    text = "Fake masks sold during the SARS outbreak and fake SARS-CoV-2 test kits were seized at the port."
    assert "SARS" not in names(text, "ORG")


def test_a_colour_that_is_a_family_name_ends_a_person_s_name_but_not_a_notice_s() -> None:
    text = (
        "Assistant Chief Constable Chris Green, head of the regional unit, said Mary Black and Peter Silver were "
        "arrested. INTERPOL issued a Green Notice and a Silver Notice."
    )
    assert {"Chris Green", "Mary Black", "Peter Silver"} <= names(text, "PERSON")
    assert not {"Green Notice", "Silver Notice"} & (names(text, "PERSON") | names(text, "ORG"))


def test_a_region_written_with_its_compass_point_abbreviated_is_one_place() -> None:
    text = "The syndicate shipped methamphetamine from SE Asia to ports in NE Asia and Europe."
    places_found = names(text, "LOCATION")
    assert {"SE Asia", "NE Asia"} <= places_found
    assert "Asia" not in places_found


def test_a_country_possessive_stays_apart_from_the_body() -> None:
    text = "Pakistan’s Federal Investigation Agency arrested four agents."
    assert "Federal Investigation Agency" in names(text, "ORG")
    assert "Pakistan" in names(text, "LOCATION")


# --------------------------------------------------------------------------- operations


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Operation First Strike 2024 ended on Friday.", {"First Strike 2024"}),
        ("Operation Global Shield targeted precursor chemicals.", {"Global Shield"}),
        ("The sweep, codenamed Night Owl-3, ran for a week.", {"Night Owl-3"}),
        ("Officers took part in Operation Hold and Seek across the region.", {"Hold and Seek"}),
        ('In the "Silk Thread" operation, 14 people were held.', {"Silk Thread"}),
        ("It ended with Joint Action Days Amber Gate in six countries.", {"Amber Gate"}),
        ("OPERATION KUVUKA: 230 suspects arrested", {"KUVUKA"}),
        ("Operation Boreas 4 follows Boreas 3, held in 2022.", {"Boreas 4", "Boreas 3"}),
        ("Operation Mar de Plata II seized cocaine at sea.", {"Mar de Plata II"}),
        # the noun, as translated releases write it
        ('The inquiry, run under the codename "Szron", ended on Monday.', {"Szron"}),
        ("The case, given the code name Harbour Glass, began in 2024.", {"Harbour Glass"}),
        ('Agents working under the cryptonym "Wilga" arrested six.', {"Wilga"}),
    ],
)
def test_codenames_in_their_many_shapes(text: str, expected: set[str]) -> None:
    assert expected <= names(text, "OPERATION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The investigation, named the Joint Action Days (JAD) Danube 8, targeted border crime.", "Danube 8"),
        ("The EMPACT Joint Action Days Mobile 2026 led to 40 arrests.", "Mobile 2026"),
    ],
)
def test_a_codename_after_joint_action_days_without_quotes(text: str, expected: str) -> None:
    assert expected in names("Report\n\nTHE HAGUE – " + text + "\n", "OPERATION")


def test_one_title_case_word_after_a_plural_operations_in_a_headline_is_no_codename() -> None:
    text = "U.S.-Colombia Combined Operations Deal Blow to Narcotrafficking\n\nBOGOTA – The navy seized 2 tons.\n"
    assert names(text, "OPERATION") == set()
    assert names("Report\n\nLIMA – Earlier operations Trigger and Lionfish led to arrests.\n", "OPERATION") == {
        "Trigger",
        "Lionfish",
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police launched Operations Sandstorm in March and arrested 44 people.", {"Sandstorm"}),
        ("Operations Alpha Two saw 40 arrests in the north.", {"Alpha Two"}),
        ("Police ran the “Night Watch” sting in May and arrested 12.", {"Night Watch"}),
        # (a date after the action days is no codename)
        ("The EMPACT Joint Action Days Global Airport Action led to arrests.", {"Global Airport Action"}),
    ],
)
def test_one_name_after_a_plural_operations_outside_a_headline_is_a_codename(text: str, expected: set) -> None:
    assert names("Report\n\nLIMA – " + text + "\n", "OPERATION") == expected


def test_units_and_datelines_are_not_codenames() -> None:
    text = (
        "Cross-border raids in Borneo sea operation\nJakarta (ANTARA) - The Operations Directorate and the "
        "Tactical Operations Command coordinated the work."
    )
    ops = names(text, "OPERATION")
    assert not ops & {"Jakarta", "Directorate", "Command"}


def test_a_force_s_area_of_operations_is_no_codename() -> None:
    text = (
        "Troops arrest 39 in Plateau\nJOS – The suspects were arrested within the Joint Operation Area of Operation "
        "Safe Haven. Troops recovered 1 AK-47 rifle and 14 rounds of ammunition in the Joint Operations Area (JOA)."
    )
    assert names(text, "OPERATION") == {"Safe Haven"}
    assert {f.operation for f in extract(text).figures} == {"Safe Haven"}


def test_a_vessels_name_with_a_numeral_is_no_codename() -> None:
    text = (
        "Navy intercepts shabu off Zambales\nSUBIC BAY, Zambales — Eight crew were arrested on board the FB Ruby "
        "Star II, the agency said. The interdiction was part of Operation Kalasag Dagat, a maritime operation."
    )
    assert names(text, "OPERATION") == {"Kalasag Dagat"}


def test_the_same_codename_in_two_years_is_two_operations() -> None:
    text = (
        "Operation Kestrel, which ran in 2019, led to 40 arrests.\n"
        "In 2024, Operation Kestrel returned and 310 people were arrested."
    )
    result = extract(text)
    assert {(op.name, op.year) for op in result.operations} == {("Kestrel", 2019), ("Kestrel", 2024)}
    arrests = {(f.operation, f.operation_year, f.value) for f in result.figures if f.metric == "arrests"}
    assert ("Kestrel", 2019, 40.0) in arrests
    assert ("Kestrel", 2024, 310.0) in arrests


def test_an_operation_across_new_year_is_one() -> None:
    text = "Operation Tern ran from November 2023 to February 2024 and led to 12 arrests."
    assert [(op.name, op.year) for op in extract(text).operations] == [("Tern", 2024)]


def test_every_rule_has_a_place_in_the_precedence_table() -> None:
    text = (
        "Operation Ember II, led by Director Ana Ruiz of the Chile Police Investigations (PDI), "
        "hit the Lobo gang in Valparaíso, Chile; Ember III followed. INTERPOL said so."
    )
    for span in find_entities(text):
        assert span.rule, span  # resolution sorts by PRECEDENCE[span.rule]: a missing rule would raise


# --------------------------------------------------------------------------- the wild corpus


# Batches written to be scored once, unseen (tests/wild/README.md), are kept out of
# the floor until that score is taken, so the suite never runs the extractor on them
# first. `wd` to `yq` have been scored (on arrival, before any rule was written for them) and joined the floor.
HELD_OUT_BATCHES: tuple[str, ...] = ()


def test_entities_on_the_wild_corpus_hold_their_floor(tmp_path) -> None:
    """The original reports under tests/wild (the shapes of real releases from
    many outlets) keep entity scores an analyst can trust. The floors sit below
    today's scores, so a change that loses a class of names fails here."""
    import shutil
    from pathlib import Path

    from store.evaluate import evaluate_dir

    for pair in (Path(__file__).parent / "wild").iterdir():
        if pair.suffix in (".txt", ".json") and not (HELD_OUT_BATCHES and pair.name.startswith(HELD_OUT_BATCHES)):
            shutil.copy(pair, tmp_path / pair.name)
    result = evaluate_dir(tmp_path)
    per_type = {etype: score.f1 for etype, score in result.entities.items()}
    # (186 reports: entities 0.945, every type 0.91 or more, figures 0.902 and 0.828 strict today;
    # the floors leave room for a batch of harder names or figures joining)
    assert result.micro.f1 >= 0.93, per_type
    assert all(f1 >= 0.89 for f1 in per_type.values()), per_type
    # and the figures an analyst reads in the Operations pane
    assert result.figures.f1 >= 0.89, result.figures
    assert result.figures_strict.f1 >= 0.81, result.figures_strict


def test_wire_credits_after_the_last_sentence_or_in_a_dateline_are_not_organisations() -> None:
    for text in (
        "Report\nNew Delhi, Nov 15 (PTI) The Narcotics Control Bureau seized 700 kg.\n\nPTI ABS RHL\n",
        "Report\nLYON – INTERPOL said 2,000 were arrested. The operation was funded by Canada. — AFP\n",
        "Report\nMANILA – The agency urged the public to call its hotline. (PNA)\n",
    ):
        orgs = {s.name for s in find_entities(text) if s.type == ORG}
        assert not orgs & {"PTI", "ABS", "RHL", "AFP", "PNA"}, orgs


def test_a_place_with_a_possessive_inside_its_name_and_a_foreign_rank_before_a_name() -> None:
    spans = {(s.type, s.name) for s in find_entities("Report\nPolice in Cox’s Bazar, said Commissaire Awa Traoré.\n")}
    assert (LOCATION, "Cox’s Bazar") in spans
    assert (PERSON, "Awa Traoré") in spans


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Report\nThe raid was in Okada, Edo state, on Monday.\n", "Okada"),
        ("Report\nPolice raided a house in Port-Bouët, Abidjan.\n", "Port-Bouët"),
        ("Report\nSearches were made in the villages of Cioropcani and Sculeni.\n", "Sculeni"),
        ("Report\nHe flew from a field near the Prut river.\n", "Prut"),
        ("Report\nOfficers arrested him at Sabon Gari market in Kano.\n", "Sabon Gari"),
    ],
)
def test_small_places_the_text_names_as_places(text: str, place: str) -> None:
    assert place in names(text, LOCATION)


def test_people_of_an_agency_are_not_part_of_its_acronyms_long_form() -> None:
    text = "Report\nABUJA – Operatives of the National Drug Law Enforcement Agency (NDLEA) arrested 14 suspects.\n"
    assert names(text, ORG) == {"National Drug Law Enforcement Agency", "NDLEA"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cocaine found in car\nKINGSTON, Jamaica — Two men were held on Monday.\n", "KINGSTON"),
        ("Scanner results\nMARSASCALA, 14 February 2025 — Customs said on Friday …\n", "MARSASCALA"),
        ("Boat stopped\nBy a staff writer\n\nTUMACO, Colombia (EFE) — The navy said …\n", "TUMACO"),
        ("Ivory seized\nPORT-BOUËT (AFP) - Customs officers found …\n", "PORT-BOUËT"),
        ("Arrests\nSAN JUAN DE LURIGANCHO, Peru – Police said …\n", "SAN JUAN DE LURIGANCHO"),
    ],
)
def test_a_dateline_place_in_capitals_is_a_place_not_an_acronym(text: str, place: str) -> None:
    assert place in names(text, LOCATION)
    assert place not in names(text, ORG)


@pytest.mark.parametrize(
    "text",
    [
        "Customs in Asia make seizures\nFILE – Customs officers inspect a container at a port.\n",
        "Arrests\nNCB, Delhi — The bureau said …\n",
        "POLICE SEIZE 40 KG, ARREST FOUR — REPORT\nThe police said on Monday …\n",
    ],
)
def test_a_page_label_an_acronym_or_a_headline_in_capitals_is_no_dateline_place(text: str) -> None:
    assert not names(text, LOCATION) & {"FILE", "NCB", "POLICE SEIZE", "REPORT", "POLICE"}


def test_a_small_capital_city_is_a_known_place() -> None:
    assert "Valletta" in names("Report\nThe ship was searched in Valletta on Monday.\n", LOCATION)


def test_a_unit_before_a_body_its_acronym_spells_is_an_organisation_of_its_own() -> None:
    text = (
        "Report\nOperatives of the Kano Zonal Directorate of the Economic and Financial Crimes Commission (EFCC) "
        "arrested 12 suspects. Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) helped.\n"
    )
    assert {"Kano Zonal Directorate", "Economic and Financial Crimes Commission", "EFCC"} <= names(text, ORG)
    assert "Bureau of Alcohol, Tobacco, Firearms and Explosives" in names(text, ORG)


def test_a_known_body_and_another_are_two_organisations() -> None:
    text = "Report\nIn Spain, the Guardia Civil and Portuguese Customs intercepted a fishing vessel.\n"
    assert {"Guardia Civil", "Portuguese Customs"} <= names(text, ORG)


def test_a_military_unit_spelt_by_its_acronym_and_a_possessive_dateline() -> None:
    text = "Report\nCOX'S BAZAR, Oct 14 (UNB) – Members of the Special Security Battalion (SSB) arrested four.\n"
    assert {"Special Security Battalion", "SSB"} <= names(text, ORG)
    assert "COX'S BAZAR" in names(text, LOCATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nOfficers arrested nine suspects at Abrekum and Nsuta on Friday.\n", {"Abrekum", "Nsuta"}),
        ("Report\nA car was stopped near Kafr Saad, close to the border.\n", {"Kafr Saad"}),
        ("Report\nThe guns were found in a house in Palmera Baja, together with cash.\n", {"Palmera Baja"}),
        ("Report\nThe men are from Oakvale, Dunmore and Kelso Flats.\n", set()),  # "from": not where it happened
    ],
)
def test_a_name_nothing_else_claims_after_a_locative_preposition_is_a_place(text: str, expected: set) -> None:
    assert expected <= names(text, LOCATION)
    if not expected:
        assert not names(text, LOCATION) & {"Oakvale", "Dunmore"}


@pytest.mark.parametrize(
    "text",
    [
        "Report\nThe shabu was packed in Chinese tea bags inside a rented house.\n",
        "Report\nThe drugs were worth an estimated Rs 48 crore, in Rs notes.\n",
        "Report\nThe suspects were paid in Bitcoin transfers each week.\n",
        "Report\nIn the raids, Spanish, French and Dutch forces arrested six men.\n",
    ],
)
def test_an_adjective_or_an_amount_after_a_preposition_is_no_place(text: str) -> None:
    assert not names(text, LOCATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nArmed groups in Myanmar's Kachin State were named.\n", {"Myanmar", "Kachin State"}),
        ("Report\nPolice in Botswana's Ngami District arrested six.\n", {"Botswana", "Ngami District"}),
        ("Report\nThree men from South Florida were charged.\n", {"South Florida"}),
        ("Report\nA call centre in Ho Chi Minh City’s District 3 was raided.\n", {"Ho Chi Minh City", "District 3"}),
        (
            "Report\nLogs were rafted down the Barito River from Bhotekoshi Rural Municipality.\n",
            {"Barito River", "Bhotekoshi Rural Municipality"},
        ),
    ],
)
def test_a_feature_after_a_possessive_and_a_compass_word_before_a_state(text: str, expected: set) -> None:
    assert expected <= names(text, LOCATION)


def test_a_quoted_name_an_operation_is_given_or_set_beside_it_is_a_codename() -> None:
    text = (
        'Report\nThe operation, which the two navies named "Mar de Plata III", ran in March. The second phase of '
        'the operation, "Mar de Plata II", ended with 11 arrests. A shop called "Blue Harbour" was searched.\n'
    )
    assert {"Mar de Plata III", "Mar de Plata II"} == names(text, "OPERATION")


def test_a_quoted_name_set_off_by_commas_after_an_operation_or_a_phase_is_a_codename() -> None:
    text = (
        "Report\nThe Gendarmerie ended the national operation against illegal logging in the north, "
        '"Hrast Sever 4", which ran for ten weeks. In the previous phase, "Hrast Sever 3", officers seized '
        '140 logs. The mayor, "Pleased", thanked them. A bar, "Old Mill", was shut by the inspectors.\n'
    )
    assert names(text, "OPERATION") == {"Hrast Sever 4", "Hrast Sever 3"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\nOfficers acted in an operation called 'Rompeolas' that ended with 31 arrests.\n", {"Rompeolas"}),
        ("Report\nIn an earlier operation, Ops Kapak Emas, in Johor in March, police seized 96kg.\n", {"Kapak Emas"}),
        ("Report\nOps Lembing Merah netted four suspects, while Special Ops teams stood by.\n", {"Lembing Merah"}),
    ],
)
def test_a_codename_in_straight_single_quotes_or_after_ops(text: str, expected: set) -> None:
    assert names(text, "OPERATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report\nOfficers of the Tanzania Intelligence and Security Service took part.\n",
            {"Tanzania Intelligence and Security Service"},
        ),
        (
            "Report\nThe raid involved officers of the Guard and Emergency Branch, the Coast Guard and others.\n",
            {"Guard and Emergency Branch", "Coast Guard"},
        ),
        ("Report\nMerseyside Police and Kent Police made the arrests.\n", {"Merseyside Police", "Kent Police"}),
    ],
)
def test_a_field_of_work_before_and_begins_one_body_and_two_forces_stay_two(text: str, expected: set) -> None:
    assert expected <= names(text, ORG)


@pytest.mark.parametrize(
    "text",
    [
        "Report\nThey found J$612,000, US$14,200 and £820 in cash.\n",
        "Report\nCrypto accounts holding about 2.4 million US dollars were frozen.\n",
        "Report\nThe couriers had been promised Dh50,000 each by the gang.\n",
    ],
)
def test_a_currencys_country_and_a_sum_are_no_entities(text: str) -> None:
    assert not {e.name for e in extract(text).entities} & {"US", "Dh50"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Report\nMANILA – The raids were part of Oplan "Bantay Ilog-2", police said.\n', {"Bantay Ilog-2"}),
        ("Report\nThe General Operations Force (GOF) raided the camp under Ops Rimba Sunyi 2.\n", {"Rimba Sunyi 2"}),
    ],
)
def test_oplan_is_a_keyword_and_a_unit_after_operations_is_no_codename(text: str, expected: set) -> None:
    assert names(text, "OPERATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report\nABIDJAN – Police ran an operation code-named « Rivage Sûr 4 » in Yopougon. The previous "
            "edition, « Rivage Sûr 3 », ended in May.\n",
            {"Rivage Sûr 4", "Rivage Sûr 3"},
        ),
        ('Report\nThe agency closed the operation "Ñu Guasu II" in Amambay.\n', {"Ñu Guasu II"}),
        ("Report\nOfficers in Gdańsk finished Operation Żuraw 3 on Friday.\n", {"Żuraw 3"}),
        ("Report\nIn 2023, Dubai Police's operation 'Hidden Hands' seized 3 kg.\n", {"Hidden Hands"}),
        ("Report\nThe Šibenik unit led Operation Đurđevac Shield with Croatia's customs.\n", {"Đurđevac Shield"}),
    ],
)
def test_a_codename_in_french_quotes_or_beginning_beyond_a_to_z(text: str, expected: set) -> None:
    assert names(text, "OPERATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report\nThe Directorate General of the National Police said 12 people were held.\n",
            {"Directorate General of the National Police"},
        ),
        (
            "Report\nOfficers of the Central Bureau of Investigation of the Police made the arrests.\n",
            {"Central Bureau of Investigation of the Police"},
        ),
        (
            "Report\nThe Antinarcotics Directorate of the Colombian National Police led the raid.\n",
            {"Antinarcotics Directorate", "Colombian National Police"},
        ),
    ],
)
def test_a_unit_of_a_body_named_only_by_its_kind_is_one_name(text: str, expected: set) -> None:
    assert names(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of its own name, of a body named by its kind in two words or more: both, as the body so named alone
        # is one ("the National Police conducted …"), as the annotators of our wild corpus and of real articles list it
        (
            "Report\nOfficers of the Cyber Police Department of the National Police blocked 40 sites.\n",
            {"Cyber Police Department", "National Police"},
        ),
        (
            "Report\nThe Air Intelligence Unit of the Customs Department stopped a passenger at the gate.\n",
            {"Air Intelligence Unit", "Customs Department"},
        ),
        # a unit whose first word names a field of work is a unit of its own, not its body's kind
        (
            "Report\nThe seizure was made by the Customs Division of the Ghana Revenue Authority on Monday.\n",
            {"Customs Division", "Ghana Revenue Authority"},
        ),
        (
            "Report\nOfficers of the Customs Department of the Liberia Revenue Authority found the parcel.\n",
            {"Customs Department", "Liberia Revenue Authority"},
        ),
        # stays one name: a unit named by its level, a one-word kind, a body's own name
        (
            "Report\nOfficials said the General Inspectorate of the Romanian Police took part.\n",
            {"General Inspectorate of the Romanian Police"},
        ),
        (
            "Report\nThe Central Forensic Laboratory of the Police examined the powder.\n",
            {"Central Forensic Laboratory of the Police"},
        ),
        ("Report\nHe spoke to the Head of the National Police on Friday.\n", {"National Police"}),
    ],
)
def test_a_named_unit_of_a_body_named_by_its_kind_gives_both(text: str, expected: set) -> None:
    assert names(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "unit", "place"),
    [
        (
            "Report\nThe Cyber Police Department of Ukraine's National Police blocked 40 sites.\n",
            "Cyber Police Department",
            "Ukraine",
        ),
        (
            "Report\nThe Information Team of Myanmar’s State Administration Council said 3 tonnes were seized.\n",
            "Information Team",
            "Myanmar",
        ),
    ],
)
def test_a_unit_of_a_places_body_ends_before_its_of(text: str, unit: str, place: str) -> None:
    got = extract(text).entities
    assert unit in {e.name for e in got if e.type == ORG}
    assert place in {e.name for e in got if e.type == LOCATION}
    assert not any(" of " in e.name for e in got if e.type == ORG)


def test_a_bodys_possessive_keeps_its_of() -> None:
    # "Ministry of Public Security" names no place: the whole is the owner
    text = "Report\nThe Ministry of Public Security's Drug Crime Investigation Police Department said.\n"
    assert "Ministry of Public Security" in names(text, ORG)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report\nPrivate partners supporting the operation included Corvid Labs, Northgate Security, "
            "Helix DNS Registry and Talvane Cloud, which traced the servers.\n",
            {"Corvid Labs", "Northgate Security", "Helix DNS Registry", "Talvane Cloud"},
        ),
        (
            "Report\nIndustry partners Brightmoor Security and the payments firm Cendra helped map it.\n",
            {"Brightmoor Security", "Cendra"},
        ),
        ("Report\nThe company said on Monday that partners in Kenya had helped.\n", set()),
    ],
)
def test_companies_named_by_their_context(text: str, expected: set) -> None:
    assert names(text, ORG) == expected


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Regional Commander DCOP Kwadwo Owusu-Ansah said the victims were safe.", "Kwadwo Owusu-Ansah"),
        ("PBGen Romeo Caramat said the drugs were seized.", "Romeo Caramat"),
        ("Kombes Pol Sustyo Wibowo Hadinata told reporters.", "Sustyo Wibowo Hadinata"),
    ],
)
def test_police_ranks_of_more_countries_are_no_part_of_the_name(sentence: str, person: str) -> None:
    assert names("Report\nACCRA – " + sentence, PERSON) == {person}


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("The money went to Andes Prime Capital S.A.C., a firm in Lima.", "Andes Prime Capital S.A.C."),
        ("It was sold to Pagamentos Ágeis do Cerrado Ltda. last year.", "Pagamentos Ágeis do Cerrado Ltda."),
        ("The scrapyard owned by Vaal Metals Recovery (Pty) Ltd was raided.", "Vaal Metals Recovery (Pty) Ltd"),
        ("The load belonged to Conductores Atoyac S.A. de C.V. and was insured.", "Conductores Atoyac S.A. de C.V."),
        ("Invoices of Hrnčiar Distribution s.r.o. were forged.", "Hrnčiar Distribution s.r.o."),
        ("Invoices of Vértes Trade Kft. were forged.", "Vértes Trade Kft."),
    ],
)
def test_companies_by_legal_forms_of_many_countries(sentence: str, company: str) -> None:
    assert names("Report\nLIMA – " + sentence, ORG) == {company}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Report\nPassing sentence, Judge Fiona Kerr-Lindsay KC said the men were guilty.\n", "Fiona Kerr-Lindsay"),
        ("Report\nDetective Superintendent Anna Reyes QPM said 12 were held.\n", "Anna Reyes"),
        ("Report\nAmong those held figures a certain TOURÉ Mamadou, 29 years old, a driver.\n", "TOURÉ Mamadou"),
        ("Report\nThe ringleader, named by judicial sources as Karim B., 52, was held in Tangier.\n", "Karim B."),
        ("Report\nAlso held was Tek Bahadur B.K., 28, of Sindhupalchok.\n", "Tek Bahadur B.K."),
    ],
)
def test_letters_after_a_name_end_it_and_are_no_organisation(text: str, person: str) -> None:
    assert names(text, PERSON) == {person}
    assert not names(text, ORG)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report\nProsecutors charged the owners, the Dar es Salaam-based Bahari Njema Fishing Co. Ltd, too.\n",
            {"Bahari Njema Fishing Co. Ltd"},
        ),
        ("Report\nThe Lagos-based Ocean Star Ltd was named.\n", {"Ocean Star Ltd"}),
        ("Report\nPolice named two men only by their initials as HS, 53, and AR, 47.\n", set()),
    ],
)
def test_a_company_without_the_place_it_is_based_in_and_initials_with_ages_are_no_body(
    text: str, expected: set
) -> None:
    assert names(text, ORG) == expected


def test_a_sentence_adverb_before_a_list_of_places_is_no_place() -> None:
    assert names("Report\nLater, Mozambique, Tanzania and Madagascar met in Maputo.\n", LOCATION) == {
        "Mozambique",
        "Tanzania",
        "Madagascar",
        "Maputo",
    }


def test_a_place_owning_a_body_spelt_by_its_acronym_is_a_place() -> None:
    text = "Report\nHe led a unit of Mozambique's National Institute for Fisheries Inspection (INIP) in Beira.\n"
    assert "Mozambique" in names(text, LOCATION)
    assert names(text, ORG) == {"National Institute for Fisheries Inspection", "INIP"}


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "Report\nBrigade commander SAC Awangku Ramli Awang Tengah said the raid was big.\n",
            "Awangku Ramli Awang Tengah",
            "SAC Awangku Ramli Awang Tengah",
        ),
        ("Report\nThe suspects include Jerry anak Jugah, 45, of Kapit.\n", "Jerry anak Jugah", None),
        (
            "Report\nThe kingpin, Alhaji Umaru Dan-Kwakuti, 52, was arrested.\n",
            "Umaru Dan-Kwakuti",
            "Alhaji Umaru Dan-Kwakuti",
        ),
    ],
)
def test_malaysian_ranks_iban_names_and_west_african_honorifics(text: str, person: str, not_person: str | None) -> None:
    people = names(text, PERSON)
    assert person in people and not_person not in people


def test_a_body_or_a_company_is_no_person_and_a_sentences_dot_is_not_the_companys() -> None:
    text = (
        "Report\nThe Customs and Excise Department said the men worked for Sparkle Auto Valet Ltd. "
        "A spokesman for Essequibo Hardwoods Ltd, Mark Hale, said the firm would cooperate.\n"
    )
    assert not names(text, PERSON) & {"Excise Department", "Essequibo Hardwoods Ltd"}
    assert {"Sparkle Auto Valet Ltd", "Essequibo Hardwoods Ltd"} <= names(text, ORG)


@pytest.mark.parametrize(
    "text",
    [
        "Cocaine seized\nBOGOTÁ, 12 Mar (EFE).– Police in Colombia seized 1.7 tonnes of cocaine on Monday.\n\nEFE\n",
        "Cocaine seized\nAgência Brasil\n\nThe Federal Police seized 2 tonnes of cocaine in Santos on Monday.\n",
        "Factories raided\n"
        + "Prosecutors said the factories were raided on Monday. " * 20
        + "\n\nAGERPRES (RO - author: I. Pop)\n",
    ],
)
def test_an_agency_credited_in_a_dateline_under_the_headline_or_on_the_last_line_is_no_organisation(text: str) -> None:
    assert not names(text, ORG) & {"EFE", "Agência Brasil", "AGERPRES"}


def test_the_tip_line_charity_and_a_patrol_force_with_its_office_after_a_possessive() -> None:
    text = (
        "Report\nAnyone with information should call Crime Stoppers. The Nevada Highway Patrol's Office of "
        "Criminal Investigations led the case.\n"
    )
    assert {"Crime Stoppers", "Nevada Highway Patrol", "Office of Criminal Investigations"} <= names(text, ORG)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Report\nA two-week sweep of Lake Turkana ended on Friday.\n", "Lake Turkana"),
        ("Report\nClimbers on Mount Elgon were held.\n", "Mount Elgon"),
        ("Report\nRangers in Kora arrested three suspected poachers.\n", "Kora"),
    ],
)
def test_a_lake_or_mount_and_a_place_before_a_verb(text: str, place: str) -> None:
    assert place in names(text, LOCATION)


def test_honorifics_are_not_part_of_a_name():
    result = extract(
        "Report\n\nCOP Gifty Boateng and Hajiya Binta Lawal-Adamu spoke in Accra. The seizure was made by "
        "Shri Mohammed Rafiq Abdul Kareem. Datuk Ayob Khan Mydin Pitchay said 14 were held in Sri Lanka.\n"
    )
    people = {e.name for e in result.entities if e.type == "PERSON"}
    assert people == {"Gifty Boateng", "Binta Lawal-Adamu", "Mohammed Rafiq Abdul Kareem", "Ayob Khan Mydin Pitchay"}
    assert "Sri Lanka" in {e.name for e in result.entities if e.type == "LOCATION"}


def test_a_legal_form_before_a_company_name_makes_it_a_company():
    result = extract(
        "Report\n\nThe timber belonged to PT Sinar Rimba Timur, a concession holder. Goods were seized from "
        "M/s Shree Ganesh Traders in Surat.\n"
    )
    assert {"PT Sinar Rimba Timur", "M/s Shree Ganesh Traders"} <= {e.name for e in result.entities if e.type == "ORG"}


def test_a_bodys_possessive_keeps_two_bodies_apart_an_office_holders_does_not():
    result = extract(
        "Report\n\nThe Ministry of Environment and Forestry's Directorate General of Forestry Law Enforcement "
        "led the raid. The Monroe County Sheriff's Office assisted.\n"
    )
    orgs = {e.name for e in result.entities if e.type == "ORG"}
    assert {"Ministry of Environment and Forestry", "Directorate General of Forestry Law Enforcement"} <= orgs
    assert "Monroe County Sheriff's Office" in orgs


def test_a_wires_credits_name_people():
    result = extract("Report\n\nPolice seized 4 kg.\n\n(Reporting by Donatus Rumbiak; Editing by Suharto Kusuma)\n")
    assert {"Donatus Rumbiak", "Suharto Kusuma"} <= {e.name for e in result.entities if e.type == "PERSON"}


def test_an_italian_company_closing_a_sentence_keeps_its_form_without_the_full_stop():
    result = extract("Report\n\nThe proceeds went through a fish-export company, Ittica Mediterranea Srl.\n")
    assert "Ittica Mediterranea Srl" in {e.name for e in result.entities if e.type == "ORG"}


def test_a_greater_city_is_one_place_and_a_name_with_its_short_form_is_no_place():
    result = extract(
        "Report\n\nGangs move drugs across Greater Manchester. Police froze $7.4 million, mostly in "
        "Tether (USDT). Greater Manchester Police led the raids.\n"
    )
    assert {e.name for e in result.entities if e.type == "LOCATION"} == {"Greater Manchester"}
    assert "Greater Manchester Police" in {e.name for e in result.entities if e.type == "ORG"}


def test_a_given_name_that_is_a_countrys_before_an_age_is_a_person():
    result = extract(
        "Report\n\nJordan McAllister, 19, of Rochdale Road, was charged. Police in Jordan said 4 were held.\n"
    )
    assert "Jordan McAllister" in {e.name for e in result.entities if e.type == "PERSON"}
    assert "Jordan" in {e.name for e in result.entities if e.type == "LOCATION"}


def test_companies_written_out_limited_or_beginning_with_a_particle():
    result = extract(
        "Report\n\nHe directed a company, Glory Harvest Trading Limited, which rented the space. Funds went to "
        "Al Wafra Heavy Equipment Trading LLC in Dubai. The Gendarmerie and An Garda Síochána took part.\n"
    )
    orgs = {e.name for e in result.entities if e.type == "ORG"}
    assert {"Glory Harvest Trading Limited", "Al Wafra Heavy Equipment Trading LLC", "Gendarmerie"} <= orgs
    assert "An Garda Síochána" in orgs


def test_reserves_valleys_judicial_districts_and_a_countrys_official_name_are_places():
    result = extract(
        "Report\n\nRangers patrol the Tambopata National Reserve. Raids took place in the Klang Valley. He was "
        "charged in the Southern District of Florida. Officers from the Russian Federation took part.\n"
    )
    places_ = {e.name for e in result.entities if e.type == "LOCATION"}
    assert {
        "Tambopata National Reserve",
        "Klang Valley",
        "Southern District of Florida",
        "Russian Federation",
    } <= places_
    assert not {e.name for e in result.entities if e.type == "ORG"}


def test_a_place_named_by_its_kind_and_a_bylines_post_are_no_people():
    result = extract(
        "Report\nBy Ama Mensah, Senior Reporter\n\nThe boat was bound for Surabaya's Tanjung Perak Port. Police in "
        "Central Kalimantan Province said Ji-hoon Park, 41, was held.\n"
    )
    assert {e.name for e in result.entities if e.type == "PERSON"} == {"Ama Mensah", "Ji-hoon Park"}


def test_a_day_or_month_after_a_connector_ends_a_name():
    result = extract("Report\n\nHe appeared before the Sigatoka Magistrates Court on Wednesday and in March.\n")
    assert {e.name for e in result.entities if e.type == "ORG"} == {"Sigatoka Magistrates Court"}


def test_a_person_cue_beats_a_place_word_ending_a_name_and_a_time_zone_is_no_company():
    result = extract(
        "Report\n\nDetective Sergeant Tom Lake said Mary Point, 36, was arrested. The hearing is at 9 a.m. PT Monday.\n"
    )
    assert {e.name for e in result.entities if e.type == "PERSON"} == {"Tom Lake", "Mary Point"}
    assert not [e for e in result.entities if e.type == "ORG"]


def test_a_unit_named_after_the_and_a_wing_are_bodies():
    result = extract(
        "Report\n\nThe Weapons and Explosives Unit found a pistol. The Police Maritime Wing intercepted a boat.\n"
    )
    orgs = {e.name for e in result.entities if e.type == "ORG"}
    assert orgs == {"Weapons and Explosives Unit", "Police Maritime Wing"}


def test_known_bodies_whose_names_open_on_a_place_or_end_on_a_dash_are_whole():
    text = (
        "Vessels were tracked by the Pacific Islands Forum Fisheries Agency (FFA) in Honiara. The Maritime "
        "Analysis and Operations Centre – Narcotics (MAOC-N) passed on the alert, and Police Scotland joined."
    )
    assert names(text, ORG) == {
        "Pacific Islands Forum Fisheries Agency",
        "FFA",
        "Maritime Analysis and Operations Centre – Narcotics",
        "MAOC-N",
        "Police Scotland",
    }
    assert names(text, LOCATION) == {"Honiara"}


def test_a_units_name_opening_on_a_defined_acronym_is_whole_and_a_law_named_after_a_body_is_none():
    text = (
        "The Directorate of Revenue Intelligence (DRI) seized gold worth Rs 4 crore. Officers of the DRI Mumbai "
        "Zonal Unit arrested two passengers, and the same DRI unit found more gold later. Under the Narcotics "
        "Control Commission Act, 2020, traffickers face ten years."
    )
    assert names(text, ORG) == {"Directorate of Revenue Intelligence", "DRI", "DRI Mumbai Zonal Unit"}
    assert names(text, LOCATION) == set()


def test_a_us_dateline_with_its_states_abbreviation_and_an_owners_acronym():
    text = (
        "Six charged in port smuggling scheme\n\nGULFPORT, Miss. — Six men were charged after an investigation led "
        "by U.S. Immigration and Customs Enforcement's (ICE) Homeland Security Investigations (HSI)."
    )
    assert {"GULFPORT", "Miss."} <= names(text, LOCATION)
    assert names(text, ORG) == {"Immigration and Customs Enforcement", "ICE", "Homeland Security Investigations", "HSI"}


def test_peoples_adjectives_and_languages_are_no_places():
    text = (
        "Police seized 4.2 tonnes of cocaine bound for the Belgian port of Antwerp, worth some 150 million "
        'dollars on the European market. They ran Operation Karvon ("caravan" in Uzbek) from Tashkent.'
    )
    assert names(text, LOCATION) == {"Antwerp", "Tashkent"}
    # an unknown region before "coast" stays a place
    assert "Makran" in names("Vessels left from the Makran coast with heroin.", LOCATION)
    # a people's adjective before any place word is none, whatever the word (its country's name opens it)
    text = (
        "A frigate stopped the boat off the Libyan coast, bound for the Italian island of Lampedusa; two more "
        "were traced to the Peruvian region of Madre de Dios and the Moroccan port of Tangier. A camp stood "
        "on the Malinowski river."
    )
    assert names(text, LOCATION) == {"Lampedusa", "Madre de Dios", "Tangier", "Malinowski"}
    # a list of languages after "in" (once read as a list of places), while a list of towns stays one
    text = "The callers read scripts in German, English, Italian and French to victims in Kilifi, Malindi and Lamu."
    assert names(text, LOCATION) == {"Kilifi", "Malindi", "Lamu"}
    assert names("The warning was broadcast in Swahili on local radio.", LOCATION) == set()


def test_a_post_and_its_body_before_a_name_say_a_person():
    text = (
        "The drugs came via the border, said spokesperson Superintendent of Police Gyanendra Bahadur Thapa Magar. "
        "The Comptroller-General of Customs, Adewale Bashir Olatunde-Adeyemi, ordered checks, and the Acting "
        "Inspector General of Police, Priyantha Wickramaratne, agreed. The court, presided over by Her Honour "
        "Abena Serwaa Manu, remanded them. According to the provincial delegate, Rosália Tembe Chiziane, the "
        "heroin was pure, the head of the unit, General PNP Óscar Huamaní Ccori, told reporters."
    )
    assert names(text, PERSON) == {
        "Gyanendra Bahadur Thapa Magar",
        "Adewale Bashir Olatunde-Adeyemi",
        "Priyantha Wickramaratne",
        "Abena Serwaa Manu",
        "Rosália Tembe Chiziane",
        "Óscar Huamaní Ccori",  # (a body's letters before a name are no surname in capitals)
    }
    # a body's own words after the post are no name
    text = (
        "It was announced by Taher Al Dhaheri, Director of the Criminal Security Sector at Abu Dhabi Police. "
        'Lee Dong-hwan, Director General of the National Investigation Headquarters, KNPA: "We will follow."'
    )
    assert names(text, PERSON) == {"Taher Al Dhaheri", "Lee Dong-hwan"}


def test_a_name_that_speaks_is_no_codename():
    found = extract("FFA director of fisheries operations Losana Tuilagi said the patrols worked.")
    assert {e.name for e in found.entities if e.type == PERSON} == {"Losana Tuilagi"}
    assert not found.operations


def test_a_posts_field_before_a_name_is_no_part_of_it_but_a_given_name_like_a_noun_is():
    text = (
        "The Minister for Immigration and Border Protection Peter Dutton spoke. AFP Assistant Commissioner ACCCE "
        "and Child Protection Lesa Gale said the results were good. Police spokesperson Patience Achieng Otieno "
        "said four were held."
    )
    assert names(text, PERSON) == {"Peter Dutton", "Lesa Gale", "Patience Achieng Otieno"}


def test_an_operation_named_after_its_capitalised_word_may_speak_but_a_post_of_it_is_no_codename():
    found = extract(
        "Lottery scam crackdown\n\nOperation Kingfish says it is now targeting seven suspects. Head of Operation "
        "Maria Silva said 4 were held. Operation Commander John Okafor said the raids went on."
    )
    assert {e.name for e in found.entities if e.type == OPERATION} == {"Kingfish"}
    assert {"Maria Silva", "John Okafor"} <= {e.name for e in found.entities if e.type == PERSON}
    # (a post's word or a given name after the keyword: a person speaks)
    for text in (
        "Operation Spokesperson Anna Weber said 22 people were arrested.",
        "Operation Lead Ahmed Musa said 14 suspects had been arrested.",
        "Deputy Head Operation Paul Mwangi said 13 people were held.",
    ):
        assert not [e for e in extract(text).entities if e.type == OPERATION], text


def test_an_ordinal_before_a_units_name_is_part_of_it():
    text = (
        "A team of the 4th Infantry Division and the 102nd Infantry Brigade raided the farm on 16th "
        "September; the case went to the 5th Federal Court of Santos. Delegates met at the 92nd INTERPOL "
        "General Assembly."
    )
    assert names(text, ORG) == {
        "4th Infantry Division",
        "102nd Infantry Brigade",
        "5th Federal Court of Santos",
        "INTERPOL General Assembly",  # (a session of a body named first, not a unit)
    }


def test_people_of_a_body_before_its_acronym_are_no_part_of_its_name():
    text = (
        "Operatives of the Philippine Drug Enforcement Agency Regional Office 7 (PDEA-7) arrested two men. "
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) helped."
    )
    assert names(text, ORG) == {
        "Philippine Drug Enforcement Agency Regional Office 7",
        "PDEA-7",
        "Bureau of Alcohol, Tobacco, Firearms and Explosives",
        "ATF",
    }


def test_a_compass_word_before_a_weak_place_name_makes_a_region():
    text = "Patrols ran in the waters off East Kalimantan and North Sulawesi, and in South Sumatra."
    assert names(text, LOCATION) == {"East Kalimantan", "North Sulawesi", "South Sumatra"}
    assert names("The East Java Regional Police said so.", LOCATION) == set()


def test_a_number_inside_a_groups_name_is_part_of_it():
    text = (
        "Among those detained were 61 members of the Barrio 18 and Mara Salvatrucha gangs. Police captured "
        "27 alleged members of the Calle 18 gang; members of 41 criminal groups were held."
    )
    assert names(text, ORG) == {"Barrio 18", "Mara Salvatrucha", "Calle 18"}
    assert 18 not in {f.value for f in extract(text).figures}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gang's own name before the word is its name, as annotators of real articles list gangs
        ("Report\nThe men are suspected members of the Trinitarios gang.\n", {"Trinitarios"}),
        ("Report\nLeaders of the Stone Crusher gang were held in St. James.\n", {"Stone Crusher"}),
        # a place's cartel or a family's clan is named with its word
        ("Report\nThe Sinaloa cartel and the Scalisi clan were named.\n", {"Sinaloa cartel", "Scalisi clan"}),
        # an indefinite article describes a gang, a compass word or a place written on its own says where it is
        ("Report\nLeaders of a Perth syndicate and a Koroni gang were held.\n", set()),
        ("Report\nMembers of a violent South Harlowe gang were held.\n", set()),
        ("Report\nThe Koroni gang ran drugs in parts of Koroni.\n", set()),
    ],
)
def test_a_gang_is_named_without_its_word_a_description_is_no_name(text: str, expected: set) -> None:
    assert names(text, ORG) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article of a member's noun after the group is not the group's
        ("Report\nA Sinaloa cartel member was arrested in Culiacan.\n", {"Sinaloa cartel"}),
        ("Report\nAn 18th Street gang leader was arrested on Monday.\n", {"18th Street"}),
        # a gang's name said again on its own is still its name, not a place's
        ("Report\nThe Clansman gang was dismantled. Clansman had operated since 2019.\n", {"Clansman"}),
    ],
)
def test_a_named_gang_stays_named_beside_its_members_and_its_name_alone(text: str, expected: set) -> None:
    assert names(text, ORG) == expected


def test_a_count_of_groups_or_a_modifier_of_where_they_are_from_names_no_group() -> None:
    text = (
        "Report\nWith 22 criminal groups dismantled, the drive ended. "
        "They were linked to the Perth-based Italian mafia.\n"
    )
    assert names(text, ORG) == set()
    # (the number a group's name was read from is a figure again)
    assert ("dismantled", 22) in {(f.metric, f.value) for f in extract(text).figures}


def test_places_inside_hyphenated_words():
    text = (
        "Smuggling along the Kenya-Somalia and Kenya-Tanzania borders rose, officials said. The clan split from "
        "a larger Kotor-based group; a Dar es Salaam-based trader was held beside the Tajik-Afghan border."
    )
    assert names(text, LOCATION) == {"Kenya", "Somalia", "Tanzania", "Kotor", "Dar es Salaam"}
    # and a way between two places
    text = "Raids ran along the Kano-Katsina and Kano-Maiduguri corridors and the Nairobi-Mombasa highway."
    assert names(text, LOCATION) == {"Kano", "Katsina", "Maiduguri", "Nairobi", "Mombasa"}


def test_a_codename_is_no_person_and_a_title_ending_in_operations_is_no_keyword():
    text = (
        'Operation Jade Current III ran for two months. "We shared data in real time, as we did during Jade '
        'Current," she said. Director of Fisheries Operations Kalolaine Fifita-Moengangongo said the results were good.'
    )
    found = extract(text)
    assert {e.name for e in found.entities if e.type == PERSON} == {"Kalolaine Fifita-Moengangongo"}
    assert {o.name for o in found.operations} == {"Jade Current III"}
    # a list after "Operations" at a sentence's start is still a list of codenames
    assert {o.name for o in extract("During Operations Kestrel and Hawk, police arrested four men.").operations} == {
        "Kestrel",
        "Hawk",
    }


def test_bodies_joined_by_and_split_where_a_modifier_is_said_again_and_regions_do_not_swallow_a_name():
    assert names("The Finnish Border Guard and Finnish Customs took part in the searches.", ORG) == {
        "Finnish Border Guard",
        "Finnish Customs",
    }
    text = "The agency works with the Directorate General of Customs and Excise and the Maritime Security Agency."
    assert names(text, ORG) == {"Directorate General of Customs and Excise", "Maritime Security Agency"}
    text = "A network moved migrants from the Middle East and South Asia. In West and Central Africa, police acted."
    assert names(text, LOCATION) == {"Middle East", "South Asia", "Central Africa"}
    # the title-holder named after a body is not part of it, nor is the body a person
    text = "The Permanent Secretary of the Ministry of Fisheries and Marine Resources, Dr. Ezekiel Lilo, said so."
    assert names(text, PERSON) == {"Ezekiel Lilo"}
    assert names(text, ORG) == {"Ministry of Fisheries and Marine Resources"}


def test_each_place_after_a_plural_administrative_unit_is_a_place():
    text = "Patrols searched the coastal areas of the wilayats of Khasab, Bukha and Dibba Al Baya last week."
    assert names(text, LOCATION) >= {"Khasab", "Bukha", "Dibba Al Baya"}


def test_a_plural_place_word_set_in_capitals_after_a_list_is_no_part_of_its_last_name():
    text = (
        "Searches were held in Odesa, Poltava, Sumy and Zolotonosha Regions. Teams covered Bomi and Margibi Counties."
    )
    places = names(text, LOCATION)
    assert {"Zolotonosha", "Bomi", "Margibi"} <= places
    assert not {"Zolotonosha Regions", "Margibi Counties"} & places
    # (a country's name with a plural word stays whole)
    assert names("Officials of the United States and the Federated States of Micronesia met.", LOCATION) >= {
        "United States"
    }
    # federal states after a list, set in capitals; not a country known whole, nor a common word before the plural
    states = names(
        "Smugglers moved fuel through Enugu and Ebonyi States and talks between Chile and United States.", LOCATION
    )
    assert {"Enugu", "Ebonyi", "Chile", "United States"} <= states and "Ebonyi States" not in states
    assert "Member" not in names("Officials from Latvia and Member States agreed.", LOCATION)


@pytest.mark.parametrize(
    "text, etype, expected",
    [
        # an unknown place ending in -an before a place word stays a place
        ("Police raided the Taman port overnight.", LOCATION, {"Taman"}),
        # a place after a quoted name is a place; only a gloss in brackets names a language
        ('Police boarded the vessel "Ocean Star" in Zorbavia on Monday.', LOCATION, {"Zorbavia"}),
        # "a division of" a company is no place; plural units in -es are
        ("The company is a division of Halliburton.", LOCATION, set()),
        ("Patrols searched the parishes of Zorbavia and Quellin.", LOCATION, {"Zorbavia", "Quellin"}),
        # a body's name before a compass region does not take it
        ("INTERPOL's West and Central Africa bureau led the raids.", LOCATION, {"Central Africa"}),
        # "Operations" after a possessive or "Joint" still names codenames; after a title's "of" it does not
        ("INTERPOL's Operations Trigger and Lionfish led to 300 arrests.", OPERATION, {"Trigger", "Lionfish"}),
        ("Joint Operations Kestrel and Hawk netted 40 kg of cocaine.", OPERATION, {"Kestrel", "Hawk"}),
        ("Head of operations John Smith said 12 people were arrested.", PERSON, {"John Smith"}),
    ],
)
def test_shapes_an_independent_review_found_misread(text, etype, expected):
    found = extract(text)
    if etype == OPERATION:
        assert {o.name for o in found.operations} == expected
    else:
        assert {e.name for e in found.entities if e.type == etype} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's purpose after "to", in its name
        (
            "The case went to the National Unit to Combat Drug Trafficking of the Judicial Police on Monday.",
            {"National Unit to Combat Drug Trafficking", "Judicial Police"},
        ),
        ("Reports reach the Special Force to Fight Crime every week.", {"Special Force to Fight Crime"}),
        # a rank after a body's name starts a person's style, not more of the name
        (
            "Head of the Ministry of Internal Affairs Colonel of Police Aidos Zhumabekov said 287 were detained.",
            {"Ministry of Internal Affairs"},
        ),
        # a body known by a phrase after "and" stands apart
        (
            "It was a joint investigation by Revenue and An Garda Síochána at the port.",
            {"Revenue", "An Garda Síochána"},
        ),
        # … after its owner's name too
        (
            "The head of the PJ's National Unit to Combat Drug Trafficking spoke.",
            {"PJ", "National Unit to Combat Drug Trafficking"},
        ),
        # an advocacy body's head word
        ("The Forest Watch Collective said the logs had been cut illegally.", {"Forest Watch Collective"}),
        # a kind in capitals before the name is not part of it
        ("Funding came from the NGO Amani Wildlife Justice Network last year.", {"Amani Wildlife Justice Network"}),
        # a unit named only by its kind belongs to the body after "of the"
        (
            "Detectives from the National Brigade of the Judicial Police searched the flat.",
            {"National Brigade of the Judicial Police"},
        ),
    ],
)
def test_long_and_descriptive_names_of_bodies(text: str, expected: set[str]) -> None:
    assert names("Report\nDAKAR, Senegal – " + text, ORG) == expected


def test_a_headline_in_title_case_does_not_join_a_body_to_its_verb() -> None:
    text = "Kenya Police to Combat Rising Crime in Slums\nNAIROBI, Kenya – The police said four were held."
    assert "Kenya Police" in names(text, ORG)
    assert not any("Combat" in n for n in names(text, ORG))


def test_a_title_case_headlines_word_after_a_bodys_head_is_its_verb_not_its_name() -> None:
    text = (
        "West African Customs Organisation Collaborate In Crackdown On Routes\n"
        "DAKAR, Senegal – The West African Customs Organisation and police seized 2 tonnes of fake medicines in a "
        "crackdown on routes.\n"
    )
    assert "West African Customs Organisation" in names(text, ORG)
    assert not any("Collaborate" in n for n in names(text, ORG))


def test_a_caption_that_repeats_a_title_case_headline_is_read_as_the_headline() -> None:
    headline = "Island Security Forces Step Up Fight Against Illegal Guns in Highlands"
    text = (
        headline + "\nPORT MORESBY – Troops and police seized 14 guns in the Highlands this week.\n"
        " " + headline + " [photo supplied]\nThe Island Security Forces said the drive goes on.\n"
    )
    found = names(text, ORG)
    assert "Island Security Forces" in found
    assert not any("Step" in n or "Fight" in n for n in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers stopped a lorry near Kostino Pole carrying 42 migrants.", {"Kostino Pole"}),
        ("Cars were stopped at the Dobrevo and Kalnik border crossings.", {"Dobrevo", "Kalnik"}),
        ("Officers found it at the Mirovo checkpoint before dawn.", {"Mirovo"}),
    ],
)
def test_small_places_named_by_what_is_there(text: str, expected: set[str]) -> None:
    assert names("Report\nSOFIA, Bulgaria – " + text, LOCATION) == {"SOFIA", "Bulgaria"} | expected


def test_a_participle_after_a_language_is_no_place() -> None:
    assert names("Report\nSOFIA, Bulgaria – The pills were packed in English wrapping paper.", LOCATION) == {
        "SOFIA",
        "Bulgaria",
    }


def test_a_word_capitalised_by_its_sentence_before_a_place_word_is_no_place() -> None:
    text = (
        "Report\nSOFIA, Bulgaria – Raids followed.\n"
        "Private sector partners included two banks. State border guards helped."
    )
    assert names(text, LOCATION) == {"SOFIA", "Bulgaria"}


@pytest.mark.parametrize(
    ("text", "etype", "absent"),
    [
        ("Funds were held at Fibank according to prosecutors.", LOCATION, "Fibank"),
        ("Representatives of Civil Society attended the meeting.", ORG, "Civil Society"),
        ("Officials met representatives of the Banking sector in Sofia.", LOCATION, "Banking"),
        ("Nigeria Police to Combat Kidnapping in the north, says minister", ORG, "Nigeria Police to Combat Kidnapping"),
    ],
)
def test_names_an_independent_review_found_misread_today(text: str, etype: str, absent: str) -> None:
    assert absent not in names("Report\nSOFIA, Bulgaria – " + text, etype)


def test_crypto_tickers_vehicles_and_explosives_in_capitals_are_no_bodies() -> None:
    text = (
        "Report\nSOFIA, Bulgaria – The gang laundered EUR 4 million, mostly in Tether (USDT) and BTC. "
        "Officers seized an armoured SUV and 60 kg of TNT."
    )
    assert names(text, ORG) == set()


def test_a_place_named_before_operation_is_where_it_ran_not_its_codename() -> None:
    text = (
        "Delta operation seizes 3 tonnes of heroin\n"
        "BANGKOK – Operation Lotus Gate ran for six weeks at crossings along the Irrawaddy Delta and in Shan State.\n"
        "The Irrawaddy operation was the largest of its kind."
    )
    assert names(text, OPERATION) == {"Lotus Gate"}
    # a codename before the word still counts where the text never puts it anywhere
    assert names("Officers of the first Kestrel operation arrested 40 people in Lagos.", OPERATION) == {"Kestrel"}


def test_an_owner_named_with_a_possessive_keeps_its_country_word() -> None:
    text = "The Barbados Police Service's Counter-Narcotics and Gang Branch (CNG) traced the payments."
    assert names(text, ORG) == {"Barbados Police Service", "Counter-Narcotics and Gang Branch", "CNG"}
    assert names(text, LOCATION) == set()
    # a country that owns the body is still a place of its own
    text = "Officers of Ghana's Economic and Organised Crime Office (EOCO) searched the premises."
    assert names(text, ORG) == {"Economic and Organised Crime Office", "EOCO"} and names(text, LOCATION) == {"Ghana"}


@pytest.mark.parametrize("city", ["Kingston", "Bristol", "Richmond", "Wellington"])
def test_cities_that_are_also_surnames_are_places_without_a_preposition_to_say_so(city: str) -> None:
    assert names(f"{city} detectives said two men were held after a raid on a storage unit.", LOCATION) == {city}
    # before "police" in lower case the city says whose police: a place, no body's name and no person
    text = f"{city} police said two men were held after a raid on a storage unit."
    assert names(text, ORG) == set() and names(text, PERSON) == set()


def test_an_adverb_opening_a_sentence_is_neither_a_body_nor_a_place() -> None:
    text = "Police seized rifles. Separately, Bolivia's Special Force Against Drug Trafficking (FELCN) held two men."
    assert names(text, ORG) == {"Special Force Against Drug Trafficking", "FELCN"}
    text = "Police seized four rifles. Simultaneously, Chile's Investigations Police (PDI) searched 12 homes."
    assert names(text, LOCATION) == {"Chile"} and "Investigations Police" in names(text, ORG)


def test_an_acronym_whose_letters_hide_inside_a_word_takes_the_words_that_spell_it() -> None:
    text = "A statement from the Corporate Communications Unit (CCU) said two men were held."
    assert names(text, ORG) == {"Corporate Communications Unit", "CCU"}


def test_page_labels_bylines_and_end_marks_of_news_sites() -> None:
    text = "PUBLISHED : 2 Dec 2026 at 09:15\nWRITER: Kittipong Saelim\n\nPolice arrested two men in Chiang Rai.\n(END)"
    assert names(text, PERSON) == {"Kittipong Saelim"}
    assert names(text, ORG) == set()


def test_names_listed_before_a_place_noun_are_places_whatever_their_shape() -> None:
    text = "Arrests were also made in Wiang Pa Pao, Mae Ai and Phaya Mengrai districts."
    assert names(text, PERSON) == set()
    assert {"Wiang Pa Pao", "Mae Ai", "Phaya Mengrai"} <= names(text, LOCATION)
    # people listed with a cue stay people
    assert names("Police said Mary Jones and Peter Smith were held in the area.", PERSON) == {
        "Mary Jones",
        "Peter Smith",
    }


def test_quoted_codenames_in_sentence_case_and_actions_named_in_quotes() -> None:
    text = 'The operation, code-named "Zelený most", ended with raids in Brno and Ostrava.'
    assert names(text, OPERATION) == {"Zelený most"}
    text = 'Police have completed the action "Kapija 2026", aimed at groups smuggling migrants.'
    assert names(text, OPERATION) == {"Kapija 2026"}
    # an unclosed quote does not carry a name into the sentence
    assert names('The operation, code-named "Zelený most ran for months in Brno.', OPERATION) <= {"Zelený"}


def test_foreign_police_heads_a_unit_of_a_country_named_body_and_a_surname_that_is_also_an_honorific() -> None:
    assert names("The Sûreté du Québec (SQ) said 12 cars were recovered.", ORG) == {"Sûreté du Québec", "SQ"}
    text = "Officers of the Anti-Narcotics Bureau of Nepal Police arrested two men in Pokhara."
    assert names(text, ORG) == {"Anti-Narcotics Bureau", "Nepal Police"}
    text = "Assistant Superintendent Tan Wei Ming, head of the unit, said the drugs were seized."
    assert names(text, PERSON) == {"Tan Wei Ming"}
    text = "The Inspector-General of Police, Tan Sri Faizal Rahman, said 40 people were held."
    assert names(text, PERSON) == {"Faizal Rahman"}


def test_a_date_in_capitals_at_a_releases_foot_is_no_body() -> None:
    assert names("Officers arrested 14 people in the raids.\n\nISSUED ON 3 DECEMBER 2026\n", ORG) == set()


def test_places_with_lower_case_particles_and_after_a_compass_word() -> None:
    text = "Raids in Plzeň, Most and Ústí nad Labem followed a seizure at Frankfurt am Main airport."
    assert {"Ústí nad Labem", "Frankfurt am Main"} <= names(text, LOCATION)
    assert names("Labs in western Bohemia were dismantled by the police.", LOCATION) == {"Bohemia"}
    text = "The raids were coordinated with the Police of the Slovak Republic and Europol."
    assert "Europol" in names(text, ORG) and not any("Europol" in n and n != "Europol" for n in names(text, ORG))


def test_findings_of_the_review_of_the_days_extraction_rules() -> None:
    # a currency word that describes a noun is no currency; a fund unit or a metal is no cash
    found = extract("Investigators froze 14 Brazilian real estate properties and 12 Zimbabwean gold bars.").figures
    assert [f.unit for f in found] == ["count", "count"]
    # a building named after a known body is no body of its own
    assert names("The meeting was held at INTERPOL Headquarters in Lyon.", ORG) == {"INTERPOL"}
    # a codename said after "in" is not a place
    text = "Officers involved in Lionfish seized 2 tonnes of cocaine. The Lionfish operation was led by INTERPOL."
    assert names(text, OPERATION) == {"Lionfish"}
    # a quoted slogan stops at English function words
    text = 'Officers took part in the operation "Vigilant but it was not enough", the chief said.'
    assert names(text, OPERATION) == {"Vigilant"}
    # a part that was killed in or extradited to a country is no part named by nationality
    text = "Troops rescued 20 hostages. Four of the hostages were killed in Mali before the raid."
    assert [(f.metric, f.value) for f in extract(text).figures] == [("rescued", 20.0)]


def test_a_short_form_in_title_case_whose_initials_the_words_before_spell() -> None:
    text = "Assets were handed to the Anti-Money Laundering Office (Amlo) for examination."
    assert names(text, ORG) == {"Anti-Money Laundering Office", "Amlo"}
    assert names("He was flown to the Royal Hospital (Riyadh) for treatment.", ORG) == set()


def test_a_chain_ending_in_a_post_is_no_body() -> None:
    text = "Speaking in Ho, the Volta Regional Police Public Relations Officer, ASP Efia Tenge, said 12 were held."
    assert names(text, ORG) == set()
    assert names("The Office of the Prosecutor opened a case.", ORG) == {"Office of the Prosecutor"}


def test_a_unit_named_after_its_body_does_not_swallow_the_body() -> None:
    text = (
        "The Federal Police (PF) raided 40 homes. The PF said 12 were held.\n\n"
        "Federal Police Press and Communication Office in Recife\n"
    )
    assert names(text, ORG) >= {"Federal Police", "Federal Police Press and Communication Office"}
    text = "The NSW Police Force seized the boat. An NSW Police spokesman said the INTERPOL General Assembly met."
    assert names(text, ORG) == {"NSW Police Force", "INTERPOL General Assembly"}
    # a head word inside the rest makes it a unit too, whatever ends it
    text = (
        "The operation was led by the African Union Mechanism for Police Cooperation (AFRIPOL). "
        "Funding came from the African Union and the European Union."
    )
    assert names(text, ORG) >= {"African Union Mechanism for Police Cooperation", "African Union", "European Union"}
    # (a body's office is a unit of it, the body named alone beside it another: "United Nations" beside its office)
    text = "Report\nThe United Nations Office on Drugs and Crime helped. The United Nations said more was needed."
    assert names(text, ORG) == {"United Nations Office on Drugs and Crime", "United Nations"}
    # (its own head word again, then where it is, is the body: "The National Police said …" names it again)
    text = (
        "Report\nThe National Police Force of Timor-Leste seized 3 kg. The National Police said the drugs came by boat."
    )
    assert names(text, ORG) == {"National Police Force of Timor-Leste"}


def test_a_name_a_post_introduces_that_ends_on_a_place_word_is_a_place() -> None:
    text = (
        "Report\nThe Head of the Public Affairs Unit, Western Region, Deputy Superintendent Olivia Adiku, said the "
        "suspects would be screened."
    )
    assert "Western Region" in names(text, LOCATION)
    assert names(text, PERSON) == {"Olivia Adiku"}


def test_the_netherlands_is_listed_without_its_article_and_the_hague_with_it() -> None:
    text = "Report\nThe drugs were taken by lorry to The Netherlands. Officers met in The Hague, The Netherlands."
    assert names(text, LOCATION) == {"Netherlands", "The Hague"}
    assert "The Gambia" in names("Report\nOfficers from Senegal and The Gambia met.", LOCATION)


def test_a_dotted_province_after_a_preposition_is_a_place() -> None:
    text = "Report\nDrugs were seized in Alberta, while cash and vehicles were seized in B.C.\nA lab in D.C. closed."
    assert names(text, LOCATION) == {"Alberta", "B.C.", "D.C."}


def test_a_name_before_a_noun_of_goods_or_animals_is_no_person() -> None:
    text = (
        "Report\nThe patrol protected 6.98 lakh Olive Ridley turtles on the beach, and police seized two Harley "
        "Davidson motorcycles, Inspector General Anil Kumar said."
    )
    assert names(text, PERSON) == {"Anil Kumar"}


def test_peoples_inside_an_official_name_is_no_owner() -> None:
    text = "Officers said the Kenya People's Defence Force navy and China's People's Armed Police met in Mombasa."
    assert names(text, ORG) == {"Kenya People's Defence Force", "People's Armed Police"}
    assert names("The Dubai Police's operation ended.", ORG) == {"Dubai Police"}


def test_a_surname_with_an_apostrophe_then_a_hyphen_is_one_word() -> None:
    text = "Report\nAoife O'Donnell-Byrne, 29, and Seán Mac Giolla-O'Brien, 33, were charged in Cork.\n"
    assert {"Aoife O'Donnell-Byrne", "Seán Mac Giolla-O'Brien"} <= names(text, PERSON)


def test_a_codename_in_a_headline_in_capitals_stops_where_the_body_names_it() -> None:
    text = (
        "POLICE CHARGE NINE IN OPERATION HAWTHORN BURGLARY RAIDS\n\n"
        "Operation Hawthorn, begun in May, looked at 31 burglaries in Leeds. Nine people were charged.\n"
    )
    assert names(text, "OPERATION") == {"Hawthorn"}


def test_a_graded_rank_with_its_acronym_is_a_post_not_a_body() -> None:
    text = "Spokesman Senior Superintendent of Police (SSP) Nimal Rathnayake said 40 were held in Galle."
    assert names(text, ORG) == set()
    text = "Officers of the Regional Directorate of Customs (RDC) and the Police Commission of Kandy (PCK) met."
    assert names(text, ORG) >= {"Regional Directorate of Customs", "RDC"}


def test_an_elided_article_is_part_of_a_known_name_but_a_quote_is_not() -> None:
    assert names("Police arrested 40 members of the 'Ndrangheta in Calabria.", ORG) == {"'Ndrangheta"}
    assert names("Police arrested 40 members of the 'Ndrangheta' in Calabria.", ORG) == {"Ndrangheta"}


def test_agency_credits_in_a_dotted_dateline_and_after_the_last_sentence() -> None:
    text = "Quito, Nov. 3, 2026 (ANDES). Police seized 2 tonnes of cocaine at the port.\n"
    assert names(text, ORG) == set()
    text = "Bogota, Dec 2, 2026 (EFE).- Police seized 2 tonnes.\n\nThey face 20 years in prison. EFE\n\nab/xy\n"
    assert names(text, ORG) == set()


def test_a_codename_after_operation_known_as() -> None:
    text = "The operation, known as Glass Eel, ran from November to April and led to 33 arrests in Spain."
    assert names(text, OPERATION) == {"Glass Eel"}
    assert [f.operation for f in extract(text).figures] == ["Glass Eel"]


def test_places_opening_on_villa_puerto_ciudad_are_no_people() -> None:
    text = "The cocaine was stored in Villa Montes, and the trucks were loaded in Puerto Quijarro."
    assert names(text, PERSON) == set() and {"Villa Montes", "Puerto Quijarro"} <= names(text, LOCATION)


def test_a_customs_rank_is_no_part_of_the_name() -> None:
    text = "The Area Controller, Comptroller Bashir Adeyemi Lawal, said the goods were seized at Seme."
    assert names(text, PERSON) == {"Bashir Adeyemi Lawal"}


def test_a_dateline_city_in_capitals_whose_words_are_also_names_is_a_place() -> None:
    text = "Report\n\nSANTO DOMINGO. – The navy seized 600 kilos of cocaine from a speedboat on Tuesday."
    assert "SANTO DOMINGO" in names(text, LOCATION) and names(text, PERSON) == set()


def test_a_regional_office_s_short_form_after_the_agency_and_its_region() -> None:
    text = "Agents of the Philippine Drug Enforcement Agency in Eastern Visayas (PDEA-8) seized 2 kilos of shabu."
    assert names(text, ORG) == {"Philippine Drug Enforcement Agency", "PDEA-8"}
    assert "Eastern Visayas" in names(text, LOCATION)


def test_a_series_name_in_a_text_of_a_later_year_is_that_years_edition() -> None:
    text = (
        "Gendarmes seize 2 tonnes of cannabis\n"
        "(Translated from French) GAROUA, 20 November 2026 – Gendarmes seized 2 tonnes of cannabis during "
        "Operation Bénoué Propre, launched on 3 November.\n\n"
        "Last year, during Operation Bénoué Propre 2025, the legion seized 900 kilograms."
    )
    result = extract(text)
    assert result.published == "2026-11-20"
    assert {(e.name, e.year) for e in result.entities if e.type == OPERATION} == {
        ("Bénoué Propre", 2026),
        ("Bénoué Propre 2025", 2025),
    }
    assert [(f.operation, f.value) for f in result.figures] == [("Bénoué Propre", 2.0), ("Bénoué Propre 2025", 900.0)]


def test_review_of_the_late_commits() -> None:
    # a text of January on last year's edition reports that edition, not one of its own year
    text = (
        "BRUSSELS, 14 January 2026 – The results of Operation Kestrel Net 2025 are now in. Operation Kestrel "
        "Net involved 40 countries and led to 212 arrests."
    )
    assert {(e.name, e.year) for e in extract(text).entities if e.type == OPERATION} == {("Kestrel Net 2025", 2025)}
    # a body followed by its post is the body
    text = "The Immigration Service Officer and the Federal Police Inspector seized 3 kilograms of heroin."
    assert names(text, ORG) == {"Immigration Service", "Federal Police"}


@pytest.mark.parametrize(
    "text, person",
    [
        ("Officers took 12 kg of opium from Harjeet Sandhu, alias Bittu, at his farm.", "Harjeet Sandhu"),
        ('Detectives later held Osvaldo Peralta a.k.a. "El Zurdo" in a safe house.', "Osvaldo Peralta"),
    ],
)
def test_a_name_given_an_alias_is_a_person(text: str, person: str) -> None:
    assert person in names(text, "PERSON")


def test_a_short_form_of_words_in_lower_case_is_no_organisation() -> None:
    text = (
        "Troops mounted a cordon and search operation (CASO) in two villages and found three improvised "
        "explosive devices (IEDs). The CASO ended at noon and the IEDs were defused. Officers of the Anti-Narcotics "
        "Force (ANF) also seized new psychoactive substances (NPS); the ANF said the NPS came by post."
    )
    orgs = names(text, "ORG")
    assert "Anti-Narcotics Force" in orgs and "ANF" in orgs
    assert not {"CASO", "IEDs", "IED", "NPS"} & orgs


def test_editors_initials_after_a_wires_end_mark_are_no_organisations() -> None:
    text = "Police in Lima seized 40 kg of cocaine, officials said.\n\n(END) MRZ/PLQ"
    assert not {"MRZ", "PLQ"} & names(text, "ORG")


@pytest.mark.parametrize(
    "text, person",
    [
        ("Customs Director of Enforcement Rowan T. Achterberg said the agency had acted.", "Rowan T. Achterberg"),
        ("Deputy Inspector General of Police Anura K. Jayasekera ordered daily reports.", "Anura K. Jayasekera"),
        ("Police detained three men, including a chemist, Harish P. Nandwani.", "Harish P. Nandwani"),
        # initials written together before the name
        ("Police spokesman H.M.K. Dissanayake said the raids would go on.", "H.M.K. Dissanayake"),
        ("The case officer, T.R. Venkatesan, told the court the men were held.", "T.R. Venkatesan"),
    ],
)
def test_a_middle_initial_marks_a_persons_name_after_a_post_or_body(text: str, person: str) -> None:
    assert person in names(text, "PERSON")


def test_a_generation_after_a_name_is_part_of_it() -> None:
    text = (
        "Special Agent in Charge Lamar T. Biggins Jr. said the ring's leader, Marco Antonio Quintana Jr., 44, "
        "was arrested. Police Tan Sri Razarudin Husain welcomed the result."
    )
    assert names(text, "PERSON") == {"Lamar T. Biggins Jr.", "Marco Antonio Quintana Jr.", "Razarudin Husain"}


def test_a_building_or_place_with_an_initial_inside_is_no_person() -> None:
    text = "Delegates met at the Federal Bureau of Investigation J. Edgar Hoover Building and at Lake Ona B. Station."
    assert not {n for n in names(text, "PERSON") if "Building" in n or "Station" in n}


def test_people_named_by_their_initials_are_no_organisations() -> None:
    text = (
        "BNN said the suspects, identified only by their initials, RK, DS alias Botak, FH and YT, and two "
        "Thai nationals, SP and KW, were held in Medan. The NCB in Jakarta was told."
    )
    orgs = names(text, "ORG")
    assert not {"RK", "DS", "FH", "YT", "SP", "KW"} & orgs
    assert {"BNN", "NCB"} <= orgs


@pytest.mark.parametrize(
    "text, person",
    [
        # a rank written out, its short form in brackets, then the name (West African and South Asian
        # police releases), with or without a speech verb after it
        ("Deputy Superintendent of Police (DSP) Kwame Osei-Tutu led the team to the farm.", "Kwame Osei-Tutu"),
        (
            "The Regional Commander, Assistant Inspector General of Police (AIG) Baimba Tarawally Koroma, said "
            "the raids would go on.",
            "Baimba Tarawally Koroma",
        ),
        ("Signed:\nAssistant Superintendent of Police (ASP) Isatu Conteh-Sesay\nHead of Media", "Isatu Conteh-Sesay"),
        # a rank in one hyphenated word is no part of the name
        ("Station officer Sub-Inspector Nkosana Dube Mhlanga told reporters the men had fled.", "Nkosana Dube Mhlanga"),
        # "aged" with no comma before it, in a list of two
        ("Officers arrested two women, Chipo Mwansa aged 33 and Lulu Kanyanta aged 51, at their home.", "Chipo Mwansa"),
        (
            "Officers arrested two women, Chipo Mwansa aged 33 and Lulu Kanyanta aged 51, at their home.",
            "Lulu Kanyanta",
        ),
        # the name a person was identified or named as
        ("The driver, identified as Tiyamike Gondwe Nyirenda, a trader, was arrested.", "Tiyamike Gondwe Nyirenda"),
        ("The second suspect was later named as Rorisang Letsie by the court.", "Rorisang Letsie"),
    ],
)
def test_a_rank_with_its_short_form_an_age_or_an_identification_marks_a_name(text: str, person: str) -> None:
    people = names(text, "PERSON")
    assert person in people
    assert not {p for p in people if p != person and person in p}  # the rank or the age is no part of it


@pytest.mark.parametrize(
    "text, expected",
    [
        # every name of a list before a plural place word, the first ones too
        ("The suspects come from the Nakaru, Ulawun and Kimbe areas.", {"Nakaru", "Ulawun", "Kimbe"}),
        # the administrative units of regional releases
        ("Recruiters toured the Gurage and Silte zones of the region.", {"Gurage", "Silte"}),
        ("Officers raided homes in the Kawempe and Nakawa wards on Friday.", {"Kawempe", "Nakawa"}),
        # a relative pronoun after a list of places does not make the names adjectives
        ("He thanked the elders in Kenema and Kailahun whose tips led to the arrests.", {"Kenema", "Kailahun"}),
    ],
)
def test_names_listed_before_a_plural_place_word_or_after_a_preposition_are_places(
    text: str, expected: set[str]
) -> None:
    assert expected <= names(text, "LOCATION")


@pytest.mark.parametrize(
    "headline",
    [
        "DCEA SEIZES 1,027 KILOGRAMS OF DRUGS IN SPECIAL OPERATIONS IN DAR ES SALAAM, TANGA AND ARUSHA",
        "POLICE LAUNCH OPERATION ACROSS KANO AND KADUNA",
        "CUSTOMS OPERATION AT TEMA PORT NETS 12",
    ],
)
def test_a_preposition_after_operation_in_a_headline_in_capitals_starts_no_codename(headline: str) -> None:
    text = headline + "\n\nOfficers seized 40 kilograms of cannabis, the agency said."
    assert names(text, "OPERATION") == set()
    # a codename in capitals is still one
    assert names("OPERATION SILVER DAWN NETS 40 IN LAGOS\n\nOfficers seized drugs.", "OPERATION")


def test_a_bodys_own_name_in_brackets_after_its_english_name_is_the_same_body() -> None:
    text = (
        "Participating authorities:\n"
        "- Austria: Federal Criminal Police Office (Bundeskriminalamt)\n"
        "- Croatia: General Police Directorate (Ravnateljstvo policije)\n"
        "- Peru: Anti-Drug Directorate (Dirandro)\n"
    )
    assert {"Bundeskriminalamt", "Ravnateljstvo policije", "Dirandro"} <= names(text, "ORG")
    # not a dateline's outlet, a place or a unit named by its place
    story = "BUCHAREST (Reuters) - Europol (The Hague) said the Police (Antwerp division) acted on Tuesday."
    assert not {"Reuters", "The Hague", "Antwerp division"} & names(story, "ORG")


def test_a_wires_sign_off_between_dashes_on_the_last_line_is_no_organisation() -> None:
    text = (
        "Police cripple syndicate\nKLANG, Nov 24 (Bernama) -- Police have crippled a drug syndicate with the "
        "arrest of 17 people, the Royal Malaysia Police said.\n\n-- BERNAMA\n"
    )
    assert names(text, "ORG") == {"Royal Malaysia Police"}


def test_an_age_written_before_a_name_marks_a_person_but_not_before_a_place_and_its_noun() -> None:
    text = (
        "Police arrested Dwayne Brown, 22, and 34-year-old Tavoy Whitlock of Old Harbour. "
        "A 46-year-old Fairfield West man was also charged."
    )
    people = names(text, "PERSON")
    assert "Tavoy Whitlock" in people and "Fairfield West" not in people


def test_a_name_shaped_place_after_in_is_no_person() -> None:
    text = "Police seized two boats in Vila Nova de Santa Luzia and Tavira, and a man near Borg Meghezel."
    assert not {"Vila Nova de Santa Luzia", "Borg Meghezel"} & names(text, "PERSON")
    # a person named after "in" by a cue still is one
    assert "Ana Ruiz" in names("The case was led in part by prosecutor Ana Ruiz, 41, of Seville.", "PERSON")


def test_two_bodies_joined_by_a_hyphen_are_two_bodies_and_no_codename() -> None:
    text = (
        "INTERPOL-AFRIPOL operation nets 287 arrests across the Sahel\n\n"
        "LYON - A Europol-Eurojust team supported the operation, which ran in nine countries."
    )
    assert names(text, "OPERATION") == set()
    assert {"INTERPOL", "AFRIPOL", "Europol", "Eurojust"} <= names(text, "ORG")
    assert not {n for n in names(text, "ORG") if "-" in n}
    # a body's acronym or head word joined to another's: whose operation ("NCB-Navy", "Police-Army")
    for headline in ("Eight held in NCB-Navy operation off Gujarat", "Police-Army operation nets 40 in the hills"):
        assert names(headline + "\n\nThe suspects were taken to Porbandar.", "OPERATION") == set()


@pytest.mark.parametrize(
    ("text", "not_orgs", "orgs"),
    [
        (
            "Officers held Rafael Dimaano, 41, a listed high-value individual (HVI), and seized "
            "2.3 kg of crystal meth (ICE) from a rented room in Davao.",
            {"HVI", "ICE"},
            set(),
        ),
        (
            "The gang had evaded a value-added tax (VAT) for years; agents of the tax "
            "directorate (DNRED) and the police (SAPS) shared what they found.",
            {"VAT"},
            {"DNRED", "SAPS"},
        ),
        (
            "Agents seized 4 kg of shabu with a Standard Drug Price (SDP) of P27,404,000.00; the second pack "
            "had an SDP of P3,400,000, and Customs put the rest at a DPV of N14.6 billion for the NCB of Nepal.",
            {"SDP", "DPV", "Standard Drug Price"},
            {"NCB"},
        ),
        (
            "In the barn the team found 1,240 litres of BMK, 60kg of TNT and 3 drums of "
            "acetone, and arrested two men wanted by ICE.",
            {"BMK", "TNT"},
            {"ICE"},
        ),
    ],
)
def test_the_capitals_of_a_term_or_a_substance_are_no_organisation(text: str, not_orgs: set, orgs: set) -> None:
    """Letters in brackets after a term written in lower case spell the
    term, not a body (a body named in lower case ends in its head word:
    "the police (SAPS)"); capitals weighed or measured are a substance."""
    found = names(text, "ORG")
    assert not found & not_orgs, found
    assert orgs <= found, found


@pytest.mark.parametrize(
    "text",
    [
        'The suspect was identified as Noel Ybañez Catubig, alias "Boboy", 41, a resident of Barangay Lahug, '
        "Talisay City, who is listed as a high-value target.",
        "Kamal Hakim, 29, of Kampung Sungai Ramal, was held with two others, who were later released.",
    ],
)
def test_a_village_or_city_named_with_its_word_is_no_person(text: str) -> None:
    """A place named with its leading word ("Barangay", "Kampung") or its
    last ("City") stays a place, even in a list after a suspect's name and
    age, and before "who"."""
    people = names(text, "PERSON")
    assert not any(word in name for name in people for word in ("Barangay", "Kampung", "City")), people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name particle inside, a year or a number at its end: still the name before the word
        ("Report\nThe haul was made in the Samudra Jaya 2026 operation off Aceh.\n", {"Samudra Jaya 2026"}),
        ("Report\nDubbed the Guardiões do Xingu operation, the action led to 22 arrests.\n", {"Guardiões do Xingu"}),
        # three words, as names in Swahili, Punjabi or Malay often are: the whole name, not its last two words
        ("Report\nSince the launch of the Usalama Kwa Wote operation, 817 guns were seized.\n", {"Usalama Kwa Wote"}),
        # a place, a month or a body with a year is whose or when, not a codename
        ("Report\nThe Lagos 2026 operation led to 5 arrests; the December 2025 operation to 3.\n", set()),
        ("Report\nThe Interpol 2024 operation and the Rio de Janeiro operation ended.\n", set()),
        # a colour opens a codename of two words; alone, or naming a sea, it is none
        ("Report\nIn 2024, the Black Dune operation led to 16 arrests.\n", {"Black Dune"}),
        ("Report\nThe Red operation ended.\n", set()),
        # (not a body a colour opens, written elsewhere without the word: an operation against it)
        ("Report\nMembers of Black Stone were held. The Black Stone operation led to 16 arrests.\n", set()),
    ],
)
def test_a_codename_before_the_word_with_a_particle_or_a_year(text: str, expected: set) -> None:
    assert names(text, "OPERATION") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted name before the word, the word capitalised as some releases write it
        ("Report\nIt went on from the “Fire Starter” Operation, which led to 6 arrests.\n", {"Fire Starter"}),
        ('Report\nThe "Silent Reef" Operations ended in May.\n', {"Silent Reef"}),
        # a remark quoted before the keyword of the name after it is no name
        ("Report\n“Ghana played a strong role in” Operation Weka, a drive on smuggling.\n", {"Weka"}),
    ],
)
def test_a_quoted_name_before_the_capitalised_word(text: str, expected: set) -> None:
    assert names(text, "OPERATION") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a quoted remark or slogan before a capitalised word that opens what follows is no codename
        'Report\nThe slogan was "Safe Streets For All"\nOperations began in March and led to 40 arrests.\n',
        'Report\nHe closed with "Thank You Kenya" Operation teams then arrested 12 people.\n',
        # nor a title-case headline's "Dubbed"
        "Gang Dubbed Black Axe Targeted In Police Operation\nABUJA – Police said so.\n",
    ],
)
def test_no_codename_from_a_remark_or_a_headlines_capitals(text: str) -> None:
    assert names(text, "OPERATION") == set()


def test_a_place_before_a_codename_before_the_word_stays_a_place() -> None:
    text = "Report\nThe Kenya Red Card operation led to 12 arrests.\n"
    assert names(text, "OPERATION") == {"Red Card"} and names(text, LOCATION) == {"Kenya"}
    assert names("Report\nThe joint Kenya Uganda Tanzania operation ended.\n", "OPERATION") == set()


def test_a_sentence_opening_on_dubbed_after_a_dateline_names_the_drive_after_it() -> None:
    text = "Report\nKINGSTON, Jamaica – Dubbed Iron Gate, the operation led to 12 arrests.\n"
    assert names(text, "OPERATION") == {"Iron Gate"}
    # (a gang or goods dubbed so are no drive: "Abalone – dubbed White Gold – sells well")
    assert names("Report\nKINGSTON – Abalone, dubbed White Gold, sells well in Asia.\n", "OPERATION") == set()


def test_a_grades_numeral_after_a_title_is_not_part_of_the_name() -> None:
    text = "Report\n\nRegional Director, Director III Leonardo Villaceran Ybañez, said the port was watched."
    assert names(text, PERSON) == {"Leonardo Villaceran Ybañez"}
    # a numeral that ends a name is its own
    assert names("Report\n\nThe suspect, Juan Dela Cruz III, was arrested.", PERSON) == {"Juan Dela Cruz III"}


def test_a_unit_named_for_its_crime_area_after_its_forces_possessive() -> None:
    text = "Report\n\nElsewhere, the Ghana Police Service's Cybercrime Unit recovered GH₵2.4 million in Accra."
    assert names(text, ORG) == {"Ghana Police Service", "Cybercrime Unit"}


def test_a_post_word_inside_a_bodys_name_does_not_part_it() -> None:
    for name in ("Essex Major Crimes Unit", "Federal Executive Council", "Special Agent Division"):
        assert names(f"Report\n\nOfficers of the {name} arrested 4 men.", ORG) == {name}


def test_words_of_a_bodys_name_before_a_speech_verb_are_no_person() -> None:
    text = "Report\n\nThe Ministry of Environment and Sustainable Development said the timber was cut in the park."
    assert (names(text, ORG), names(text, PERSON)) == ({"Ministry of Environment and Sustainable Development"}, set())
    # a person's surname may end like a noun where the given name says a person
    for person in ("Marie-Ève Lachance", "John Clement"):
        assert names(f'Report\n\n"It is new," said {person}, a criminologist.', PERSON) == {person}


def test_a_person_named_right_after_a_units_name_is_not_part_of_it() -> None:
    text = 'Report\n\n"We will go on," said Director of the Criminal Investigation Department Mohamed Amin.'
    assert (names(text, ORG), names(text, PERSON)) == ({"Criminal Investigation Department"}, {"Mohamed Amin"})
    # a post between two bodies' names: the unit after it is the body, the person after that is the person
    text = "Report\n\nAFP Commander Eastern Command Karen Lindqvist said the syndicate planned it."
    assert (names(text, ORG), names(text, PERSON)) == ({"AFP", "Eastern Command"}, {"Karen Lindqvist"})
    # a given name that is also a word of a body's name stays in it; so does a post's office
    text = "Report\n\nPolice worked with the Division Forest Offices in Bardiya and the Attorney General's Office."
    assert names(text, PERSON) == set()
    assert "Attorney General's Office" in names(text, ORG)


def test_groups_names_listed_before_or_after_their_plural_noun_are_each_a_group() -> None:
    text = "Report\n\nOfficials said the Sonora, Pacific, Beltrán Ruiz and Golfo Azul cartels operated there."
    assert names(text, ORG) == {"Sonora", "Pacific", "Beltrán Ruiz", "Golfo Azul"}
    text = "Report\n\nThe suspects are tied to the Di Marco, Amato-Russo and Carfini clans, which operate near Naples."
    assert names(text, ORG) == {"Di Marco", "Amato-Russo", "Carfini"}
    text = "Report\n\nPolice targeted a range of gangs, including the Ironclads, Black Reef, Night Owls and Tribesmen."
    assert names(text, ORG) == {"Ironclads", "Black Reef", "Night Owls", "Tribesmen"}
    # where they come from or work is no group's name (review)
    assert names("Report\n\nThey work for the Colombian, Mexican and Albanian cartels.", ORG) == set()
    assert names("Report\n\nPolice fought the Eastern Cape, Western Cape and Gauteng gangs.", ORG) == set()
    assert names("Report\n\nThe US and Mexican cartels trade guns.", ORG) == set()
    assert names("Report\n\nThe Balkan and South American cartels share ports.", ORG) == set()
    assert names("Report\n\nOfficials said the Gulf and Sinaloa cartels fight.", ORG) == {"Gulf", "Sinaloa"}
    # the same list before another plural noun names no group
    assert names("Report\n\nOfficials said the Sonora, Pacific and Golfo Azul regions were hit.", ORG) == set()


def test_a_body_named_for_a_list_of_fields_keeps_a_field_that_is_a_head_word() -> None:
    text = "Report\n\nThe Federal Authority for Identity, Citizenship, Customs and Port Security said on Monday."
    assert names(text, ORG) == {"Federal Authority for Identity, Citizenship, Customs and Port Security"}
    assert names(text, LOCATION) == set()
    # after "of", a list of bodies is no body's name
    text = "Report\n\nThe Ministry of Interior, Customs and the Coast Guard took part."
    assert names(text, ORG) == {"Ministry of Interior", "Coast Guard"}


def test_an_operation_named_by_a_verb_after_the_word() -> None:
    for text, name in [
        ("Agents captured 27 gang members on Saturday, as part of the operation called Tenaza.", "Tenaza"),
        ("Agents captured 27 suspects in an operation known as Silver Thread V in March.", "Silver Thread V"),
        # set off by a comma, the name the verb gives may end on any word
        ("The operation, named Sokake after a local word, led to 27 arrests.", "Sokake"),
        ("The operation, called Dry Season in French, led to 27 arrests.", "Dry Season"),
        # a title's word opening a name a verb gives is the name's ("Vice" is no rank here)
        ("The operation, called Vice Grips 2, led to 27 arrests in 16 ports.", "Vice Grips 2"),
        # a crackdown, a raid or an investigation named by a verb set off after it
        ("The crackdown, called Safe Harbour, led to 27 arrests.", "Safe Harbour"),
        ("The raid — dubbed Black Tide — led to 27 arrests.", "Black Tide"),
        ("Police launched a crackdown named Shield and made 27 arrests.", "Shield"),
        # as releases translated from Spanish write "denominada"
        ("Agents captured 27 suspects in an operation denominated Motún.", "Motún"),
        ("The operation, denominated Tenaza, led to 27 arrests.", "Tenaza"),
        # (a drive's word after a hyphen: "mega-operation", "anti-drug operation")
        ("As a result of this mega-operation denominated Motún, 27 suspects were arrested.", "Motún"),
        ("The anti-drug operation, named Tenaza, led to 27 arrests.", "Tenaza"),
        # (a passive's subject is the drive, whatever noun ends its clause)
        ("The operation against the cartel was named “Tempestad” and led to 27 arrests.", "Tempestad"),
    ]:
        result = extract("Report\n\n" + text)
        assert [e.name for e in result.entities if e.type == OPERATION] == [name]
        assert [(f.value, f.operation) for f in result.figures] == [(27, name)]
    # a verb with no name after it names nothing; "known as OPERATION X" is read by the keyword
    assert names("Report\n\nAn operation called for by the ministry began.", OPERATION) == set()
    assert names("Report\n\nThe operation, named after a local word, led to 27 arrests.", OPERATION) == set()
    assert names("Report\n\nIts operation known as OPERATION THIBA ran all week.", OPERATION) == {"THIBA"}
    # a probe's naming verb names people; a crackdown's may name places
    assert names("Report\n\nThe probe named John Moyo as a suspect.", OPERATION) == set()
    assert names("Report\n\nThe crackdown named Eastleigh and Kibera as hotspots.", OPERATION) == set()
    # a bare name after a crackdown's comma is a body or a place, not its codename
    assert names("Report\n\nThe crackdown, Kenya Police said, led to 27 arrests.", OPERATION) == set()


def test_an_ordinal_right_before_a_series_names_the_edition_the_text_numbers() -> None:
    text = (
        "Customs foil 412 kg meth shipment in second Laut Biru operation\n\n"
        "JAKARTA - Officers seized 412 kg of methamphetamine during Operation Laut Biru II, the agency said."
    )
    assert names(text, OPERATION) == {"Laut Biru II"}
    assert {f.operation for f in extract(text).figures} == {"Laut Biru II"}


def test_a_quoted_codename_runs_past_a_dash_to_its_closing_quote() -> None:
    text = 'Report\n\nThe interregional operation "Kanal – Steppe Route 2026" was carried out in five regions.'
    assert names(text, OPERATION) == {"Kanal – Steppe Route 2026"}


def test_a_malaysian_op_with_its_round_and_year_and_no_codename_in_a_compound() -> None:
    text = "Report\n\nThe operation, codenamed Op Bersepadu Khazanah 4/2026, was carried out in Pahang."
    assert names(text, OPERATION) == {"Bersepadu Khazanah 4/2026"}
    assert names("Report\n\nOfficers seized 12 kg in Op Tiram Senja in Sabah.", OPERATION) == {"Tiram Senja"}
    # the capitalised part of a compound modifier names no operation
    text = "Report\n\nPolice took part last week in a pan-European operation against labour exploitation."
    assert names(text, OPERATION) == set()


def test_a_codename_before_a_kind_of_operation() -> None:
    text = "Report\n\nThe seizure was made under the Tirta Waspada 2026 joint sea operation, which ran for weeks."
    assert names(text, OPERATION) == {"Tirta Waspada 2026"}
    # one word before a kind of operation says what kind, not a codename
    assert names("Report\n\nAndean police operation nets 40 suspects.", OPERATION) == set()
    # the words before "police" say whose police, however many: a region, not a codename
    text = "Heroin and $90,000 cash seized in South Coast police operation\n\nOperation Lantern ran for a month."
    assert names(text, OPERATION) == {"Lantern"}
    # (a codename before "police operation" stays one; months name none, a holiday does)
    assert names("Report\n\nThe Usalama Watch police operation led to 40 arrests.", OPERATION) == {"Usalama Watch"}
    assert names("Report\n\nOperation Holiday 2023 led to 44 arrests.", OPERATION) == {"Holiday 2023"}


def test_ops_and_oplan_name_operations_with_their_numerals() -> None:
    # Malaysian and Philippine releases write "Ops" and "Oplan" for "Operation"
    text = "Report\n\nCodenamed Ops Rimba III, the operation was coordinated by ASEANAPOL."
    assert names(text, OPERATION) == {"Rimba III"}
    text = "Report\n\nPolice said Ops Rimba was a success."
    assert (names(text, OPERATION), names(text, PERSON)) == ({"Rimba"}, set())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\n\nThe operation ended. Officers at the Nădlac II crossing found 38 migrants.\n", set()),
        ("Report\n\nThe operation reached the Kamoto II mine and the Gitarama III prison.\n", set()),
        ("Report\n\nThe operation reached Ward IV district.\n", set()),
        # (a codename with its numeral, then a verb or a common noun of its own, stays one)
        ("Report\n\nThe operation, Liberterra II, ran in May. Liberterra II results were shared.\n", {"Liberterra II"}),
    ],
)
def test_a_numbered_name_before_a_noun_of_a_place_names_the_place_not_an_operation(text: str, expected: set) -> None:
    assert names(text, OPERATION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Report\n\nIn this operation, named Operesheni Bahari Njema, 40 suspects were arrested.\n", {"Bahari Njema"}),
        ("Report\n\nFederal police launched Operação Maré Alta against money laundering.\n", {"Maré Alta"}),
        ('Report\n\nThe raids, part of Operasi "Lintas Jaya 2026", ended on Friday.\n', {"Lintas Jaya 2026"}),
        ("Report\n\nThe Operativo Relámpago del Sur ran in Tucumán.\n", {"Relámpago del Sur"}),
        # the word alone, or before a word in lower case, names nothing
        ("Report\n\nThe Operación was a success, the ministry said.\n", set()),
        ("Report\n\nThe Operasi ended on Friday.\n", set()),
    ],
)
def test_operation_in_the_agencys_own_language_names_the_codename_after_it(text: str, expected: set) -> None:
    # translated releases and regional press keep the agency's word for "Operation" before the codename
    assert names(text, OPERATION) == expected
    assert not {n for n in names(text, PERSON) if n.split()[0].startswith("Oper")}


def test_people_named_in_the_shapes_of_translated_and_regional_releases() -> None:
    # a capitalised particle opening a three-word name is its surname ("Le", "De"), not a particle to drop
    text = "Report\n\nThe suspects, Nguyen Thi Lan (born 1986) and Le Quoc Bao (born 1991), were detained."
    assert names(text, PERSON) == {"Nguyen Thi Lan", "Le Quoc Bao"}
    # a name set off by commas before any verb of saying, "informed" among them; a commodore's rank
    text = (
        "Report\n\nThe head of the department, Serhii Holovchenko, informed that the network was stopped. "
        "The Director General, Sulaiman Abdulrahman Al-Fahad, praised the inspectors. Navy commander Commodore "
        'Semi Koroilavesau-Naisoro said boats were boarded. "We watch," Cdre Koroilavesau-Naisoro said.'
    )
    assert names(text, PERSON) == {"Serhii Holovchenko", "Sulaiman Abdulrahman Al-Fahad", "Semi Koroilavesau-Naisoro"}


def test_a_codename_of_operations_in_the_plural() -> None:
    text = (
        "Türkiye detains 1,124 drug suspects in nationwide 'Narkoçelik-31' operations\n"
        "The operations, named Narkoçelik-31, were conducted over two weeks and led to 782 arrests."
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.type == OPERATION] == ["Narkoçelik-31"]
    assert {f.operation for f in result.figures} == {"Narkoçelik-31"}
    # operations described, not named
    assert names("Report\n\nThe operations, carried out in five provinces, led to 40 arrests.", OPERATION) == set()


def test_an_earlier_phase_named_in_apposition() -> None:
    text = (
        "Smugglers held\n\nThe investigation, codenamed Operation KARAVAN II, started in 2024. This action follows "
        "the first phase of the case, KARAVAN, in March 2025, when 12 drivers were arrested."
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.type == OPERATION] == ["KARAVAN II", "KARAVAN"]
    assert [(f.value, f.operation) for f in result.figures] == [(12, "KARAVAN")]


def test_a_rank_after_a_post_in_operations_is_no_codename() -> None:
    text = "Report\n\nFFA director of fisheries operations Lieutenant Commander Sione Vainikolo Fifita said so."
    assert (names(text, OPERATION), names(text, PERSON)) == (set(), {"Sione Vainikolo Fifita"})
    # the keyword itself still names codenames that open on a rank's word
    assert names("Report\n\nOperation General Strike led to 4 arrests.", OPERATION) == {"General Strike"}


def test_review_mends_on_names() -> None:
    # "cooperation" is no operation; a rank in apposition after "operation," is a person's
    text = "Report\n\nThe cooperation known as Five Eyes Alliance shares data. Police arrested 12 people."
    assert names(text, OPERATION) == set()
    text = "Report\n\nDuring the first phase of the operation, Colonel Juan Perez, the commander, arrested 12 people."
    assert (names(text, OPERATION), names(text, PERSON)) == (set(), {"Juan Perez"})
    # "X" alone is no grade's numeral
    text = "Report\n\nMalcolm X Jones told reporters the raid was over. Officer Juan X Cruz said more."
    assert names(text, PERSON) == {"Malcolm X Jones", "Juan X Cruz"}
    # a season written short ends in the same year
    result = extract("Report\n\nOperation Silver Tide 2024-25 led to 50 arrests.")
    assert [(e.name, e.year) for e in result.entities if e.type == OPERATION] == [("Silver Tide 2024-25", 2025)]


def test_a_rank_of_two_words_joined_by_a_hyphen_before_a_name() -> None:
    text = "Report\n\nThe operation was led by police major-general Yerlan Seitkali."
    assert names(text, PERSON) == {"Yerlan Seitkali"}
    assert names("Report\n\nA well-known Yerlan Seitkali came.", PERSON) == set()


def test_a_birth_year_after_a_name_says_a_person() -> None:
    text = "Report\n\nIts organizer, a citizen of a neighbouring state, G. Tursunaliev, born in 1991, was detained."
    assert names(text, PERSON) == {"G. Tursunaliev"}
    assert names("Report\n\nThe Kyrgyz Republic, born in 1991, grew.", PERSON) == set()


def test_a_plural_owners_mark_and_peoples_origin_are_no_part_of_a_bodys_name() -> None:
    text = "Report\n\nIn Kenya, officers of the Directorate of Criminal Investigations' (DCI) Cyber Crime Unit acted."
    assert "Directorate of Criminal Investigations" in names(text, ORG)
    assert names("Report\n\nA gang of 9 members of Arab and Asian nationalities was caught.", ORG) == set()


def test_words_of_a_laws_title_are_no_places() -> None:
    for text in (
        "Report\n\nThey were charged under the Prevention of Trafficking in Persons Act 2024.",
        "Report\n\nOwners were charged under the Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act.",
    ):
        assert names(text, LOCATION) == set(), text
    # a place before a body's name that holds "Regulations" is still one
    text = (
        "Report\n\nThe Unit handed over the scales intercepted at Idiroko to the National Environmental Standards "
        "and Regulations Enforcement Agency."
    )
    assert "Idiroko" in names(text, LOCATION)


@pytest.mark.parametrize(
    ("text", "people", "bodies"),
    [
        # a post's body or domain runs on into the name: the name is the words after the body's last word
        (
            "Solomon Islands Minister of Fisheries and Marine Resources Nestor Kiriau Ghiro said the patrols worked.",
            {"Nestor Kiriau Ghiro"},
            set(),
        ),
        (
            "Director General of Sri Lanka Customs Nimal Prasanna Weerasinghe said the port was busy.",
            {"Nimal Prasanna Weerasinghe"},
            None,
        ),
        # a post between a body its lead word opens and a person: the body, the post, the person
        (
            "Federal Police Delegate Marcos Aurélio Tavares, who led the case, said the gang was large.",
            {"Marcos Aurélio Tavares"},
            {"Federal Police"},
        ),
        ("Federal Police Commissioner John Mbeki said the gang was large.", {"John Mbeki"}, {"Federal Police"}),
        # a post whose domain ends in a common word (Security, Affairs, Prosecutions), then a two-word name
        ("The plan came on the advice of Minister of Public Security Tiran Alles.", {"Tiran Alles"}, None),
        ("Minister of Internal Security Kithure Kindiki visited the port on Friday.", {"Kithure Kindiki"}, None),
        ("The file went to Director of Public Prosecutions Renson Ingonga last week.", {"Renson Ingonga"}, None),
        # (a unit's own name after such a post is no person)
        ("It was led by the Director General of the National Investigation Headquarters.", set(), None),
        # a middle initial in the name after a post's domain
        (
            "The Acting Commissioner of Customs and Border Protection Troy A. Miller said in a release.",
            {"Troy A. Miller"},
            None,
        ),
        # a post written with a comma, as Nigerian agencies write it, and a domain ending in -acy
        ("NDLEA Director, Media and Advocacy Femi Babafemi announced this on Sunday.", {"Femi Babafemi"}, None),
        # (a place after such a post is where it serves)
        ("The Head of Customs Operations Nairobi County said the port was busy.", set(), None),
        # an abbreviated rank between a body and a name belongs to neither
        ("“It worked,” said Coast Guard Lt. Peter Hutchison.", {"Peter Hutchison"}, {"Coast Guard"}),
        ("“It worked,” said Border Police Insp. Anna Kovac on Monday.", {"Anna Kovac"}, {"Border Police"}),
        # a name set off by commas after a long post, before a verb of saying West African papers use
        (
            "The agency's Director of Media and Advocacy, Olufemi Adesanya, disclosed this in a statement.",
            {"Olufemi Adesanya"},
            None,
        ),
    ],
)
def test_a_post_glued_to_a_name_gives_the_person_alone(text: str, people: set, bodies: set | None) -> None:
    doc_text = "Report\n\nLIMA – " + text + "\n"
    assert names(doc_text, PERSON) == people
    if bodies is not None:
        assert names(doc_text, ORG) == bodies


@pytest.mark.parametrize(
    "text",
    [
        "Partners helped, including the Oslo-based threat intelligence firm Halvard Security.",
        "The suspects were members of the Chennai-based network that smuggled gold.",
    ],
)
def test_a_compound_modifier_in_a_list_or_after_a_group_cue_is_no_body(text: str) -> None:
    doc_text = "Report\n\nLIMA – " + text + "\n"
    assert not any(name.endswith("-based") for name in names(doc_text, ORG))
    assert {"Oslo", "Chennai"} & names(doc_text, LOCATION)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # South Asian releases write "r/o" (resident of) and "s/o" (son of) after a suspect's name
        ("Police arrested its driver, Javed Iqbal r/o Okara, at the bypass.", {"Javed Iqbal"}),
        # a Fijian chiefly title is no part of the name
        ("Police Commissioner Ratu Josefa Naivalu said the patrols worked.", {"Josefa Naivalu"}),
        # Nigerian police releases give the sex in quotes and the age with its unit
        (
            "Operatives nabbed two suspects namely; Ihechi Favour, ‘m’, 20 yrs, and Bright Chimezie, ‘m’, 18 years.",
            {"Ihechi Favour", "Bright Chimezie"},
        ),
        # an Asian release's numbered suspect list gives the sex, then the age in years old or the nationality
        (
            "The suspects are:\n\n1. WANG MING HUA, male, 45 years old, Chinese.\n\n2. CHEN SHEN TANG, male, Chinese.",
            {"WANG MING HUA", "CHEN SHEN TANG"},
        ),
        # a particle's word written capitalised ends a name before its age: a Chinese or Vietnamese given name
        (
            "Those held were Zhou Jing Bin, 43, Nguyen Van Le, 34, and Mohd Faizal Bin Abdullah, 40.",
            {"Zhou Jing Bin", "Nguyen Van Le", "Mohd Faizal Bin Abdullah"},
        ),
    ],
)
def test_people_marked_as_regional_releases_mark_them(text: str, expected: set) -> None:
    assert names("Report\n\nSUVA – " + text + "\n", PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # initials glued with their dots, the first an "A" (no article has a dot after it)
        ("DEA Special Agent in Charge, A.D. Wright, said the group adapted.", {"A.D. Wright"}),
        ("The agent, A.B. Okafor, said so.", {"A.B. Okafor"}),
    ],
)
def test_initials_opening_on_a_are_part_of_the_name(text: str, expected: set) -> None:
    assert names("Report\n\nMIAMI - " + text + "\n", PERSON) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Yonhap said South Korean police had investigated the ring for two years.",
        "The agency said North Korean hackers stole the funds.",
    ],
)
def test_a_compass_word_and_a_people_s_adjective_are_no_person(text: str) -> None:
    assert names("Report\n\nSEOUL - " + text + "\n", PERSON) == set()


def test_a_vietnamese_given_name_an_ends_a_name_before_a_bracket_or_a_preposition() -> None:
    text = "Report\n\nHANOI - Police arrested model Nguyen Thi An (An Tay) on Monday and Tran Van An on Friday.\n"
    assert {"Nguyen Thi An", "Tran Van An"} <= names(text, PERSON)


def test_a_pass_or_a_passage_ends_a_place_s_name_not_a_person_s() -> None:
    text = "Report\n\nMIAMI - A cutter detected a go-fast in the waters south of Mona Pass on Monday.\n"
    assert names(text, LOCATION) - {"MIAMI"} == {"Mona Pass"}
    assert names(text, PERSON) == set()


def test_a_byline_in_capitals_after_the_dateline_s_date_is_a_person() -> None:
    text = "Police raid port\nPERU / 22 JUN 2017 BY JAMES BARGENT\nA police operation took place in Lima.\n"
    assert names(text, PERSON) == {"JAMES BARGENT"}


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a house in Tyreso, south of the Swedish capital, on Monday.",
        "The suspects were caught near the Ugandan border with 40 kg of khat.",
        "Officers patrolled north of the Kenyan coast.",
    ],
)
def test_a_people_s_adjective_before_its_noun_is_no_place_after_of_or_a_preposition(text: str) -> None:
    found = names("Report\n\nNAIROBI - " + text + "\n", LOCATION)
    assert not found & {"Swedish", "Ugandan", "Kenyan"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an agency's short name, then the town its office is in
        ("ANF Karachi recovered 52 kg of hashish from a container.", {"Karachi"}),
        ("HSI Miami agents arrested two men.", {"Miami"}),
        # (not a surname written in capitals before the second surname, nor a ship's prefix)
        ("Police captured Jhon Fredy CÁRDENAS Mosquera, alias Caracol.", set()),
        ("The Dutch patrol ship HNLMS Zeeland took part.", set()),
    ],
)
def test_a_town_after_an_agencys_acronym_is_a_place(text: str, places: set) -> None:
    assert names("Report\n\nRAWALPINDI – " + text + "\n", LOCATION) - {"RAWALPINDI"} == places


def test_an_abbreviation_before_a_verb_is_no_rank_cut_from_a_body() -> None:
    assert "National Police of the Dominican Rep" in names(
        "Report\n\nLIMA – The National Police of the Dominican Rep. arrested 12 suspects.\n", ORG
    )


def test_a_street_named_after_a_body_is_no_body() -> None:
    text = "Report\n\nOWERRI – Operatives intercepted a minibus along Bishop’s Court Road, Owerri, on Monday.\n"
    assert not {n for n in names(text, ORG) if "Court" in n}


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        ("Alongside Bangladesh, Australia and Brunei took part in the operation.", LOCATION, "Bangladesh"),
        ("Besides Kenya, three other countries sent officers.", LOCATION, "Kenya"),
        ("Unlike Europol, the agency has no powers of arrest.", ORG, "Europol"),
        ("Near Mombasa, police arrested 40 people.", LOCATION, "Mombasa"),
    ],
)
def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it(text: str, etype: str, expected: str):
    assert expected in names("Report\n\nLIMA – " + text + "\n", etype)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers from Ajman police, the Ministry of Interior and Dubai Customs took part.",
            {"Ministry of Interior", "Dubai Customs"},
        ),
        (
            "It involved the Ministry of Interior and Kenya Revenue Authority.",
            {"Ministry of Interior", "Kenya Revenue Authority"},
        ),
        # (a domain after "and" stays inside the body's name)
        (
            "It involved the Ministry of Foreign Affairs and International Cooperation.",
            {"Ministry of Foreign Affairs and International Cooperation"},
        ),
    ],
)
def test_a_place_and_a_head_after_and_are_a_body_of_their_own(text: str, expected: set) -> None:
    assert expected <= names("Report\n\nDUBAI – " + text + "\n", ORG)


def test_a_suspects_initials_after_identified_as_are_no_body() -> None:
    text = "Report\n\nJAKARTA – On June 18, police arrested another man, identified as SD, and seized 2.5 kilograms.\n"
    assert "SD" not in names(text, ORG)
    assert "NCB" in names("Report\n\nLIMA – The agency, known as NCB, said so.\n", ORG)


def test_a_vehicles_make_and_model_is_no_person() -> None:
    text = (
        "Report\n\nGEORGE TOWN – He said seven vehicles, including Porsche Panamera, Toyota Alphard and "
        "Mercedes-Benz, were also seized, police chief Mohd Shuhaily Mohd Zain said.\n"
    )
    assert names(text, PERSON) == {"Mohd Shuhaily Mohd Zain"}


def test_a_name_ending_in_a_streets_or_a_neighbourhoods_word_is_no_person() -> None:
    text = (
        "Report\n\nKINGSTON – The operations impacted several communities including St Jago Heights, Jones "
        "Avenue, Rivoli and Buck Town in the parish, Superintendent Tom Lake said.\n"
    )
    assert names(text, PERSON) == {"Tom Lake"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Customs launched Operation Close the Gate between May and June.", {"Close the Gate"}),
        ("Police launched Operation Break the Chain in March.", {"Break the Chain"}),
        ("Under Operation Save the Children, 40 minors were rescued.", {"Save the Children"}),
        # a body, a people's adjective or a place after "the" ends the name
        ("During Operation Lionfish the Navy seized 3 tonnes of cocaine.", {"Lionfish"}),
        ("In Operation Sandstorm the Kenyan police arrested five men.", {"Sandstorm"}),
        # two words after the article, the name ending there
        (
            "The four-year investigation, dubbed Operation Down the Rabbit Hole, found the gang's routes.",
            {"Down the Rabbit Hole"},
        ),
        ("During Operation Lionfish the Coast Guard, the Navy and police arrested 12 people.", {"Lionfish"}),
    ],
)
def test_an_article_inside_a_codename(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nLYON – " + sentence + "\n", "OPERATION") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officers said Operation Too Hot to Handle involved 300 weapons.", {"Too Hot to Handle"}),
        ("The children were found during Operation Back to School, which ran for a month.", {"Back to School"}),
        # a body or a post after "to" is not the name's: the operation was handed to it
        ("Detectives credited Operation Lionfish to Police Scotland.", {"Lionfish"}),
        ("The file on Operation Lionfish went to Commissioner Ruto.", {"Lionfish"}),
    ],
)
def test_to_inside_a_codename(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nLYON – " + sentence + "\n", "OPERATION") == expected


def test_a_title_case_headline_s_to_is_no_codename_s() -> None:
    text = "Operation Lionfish to Begin in March Across Seven Countries\n\nLYON – Police planned the drive.\n"
    assert names(text, "OPERATION") == {"Lionfish"}


def test_a_title_case_headlines_operation_word_is_no_codename_where_the_body_names_its_own() -> None:
    text = (
        "INTERPOL-Led Operation Targets Organised Crime Across Southeast Asia\n\n"
        "LYON – Operation Close the Gate 2026 led to 48 arrests in nine countries.\n"
    )
    assert names(text, "OPERATION") == {"Close the Gate 2026"}
    # a headline's codename the body writes again stays, and so does one where the body names no other
    repeated = (
        "Police Launch Operation Kifaru Shield Across Kenya\n\nNAIROBI – Operation Kifaru Shield led to 60 arrests.\n"
    )
    assert names(repeated, "OPERATION") == {"Kifaru Shield"}
    alone = "Police Launch Operation Kifaru Shield Across Kenya\n\nNAIROBI – Police arrested 60 people.\n"
    assert names(alone, "OPERATION") == {"Kifaru Shield"}


def test_a_part_of_a_known_place_before_operation_is_where_it_ran() -> None:
    text = (
        "Report\n\nLAGOS – Police held 140 people in a week-long security sweep across Lagos's Ajegunle.\n\n"
        "The commissioner said the Ajegunle operation would move to two more districts.\n"
    )
    assert names(text, "OPERATION") == set()


def test_a_place_with_a_roman_numeral_after_a_place_word_is_no_codename() -> None:
    text = "Report\n\nMANILA – Agents then raided a house in Barangay San Isidro III, Antipolo, and held two men.\n"
    assert names(text, "OPERATION") == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # South Asian names, which the offline name lists hold only in their own scripts
        (
            "According to the Deputy Superintendent at Makwanpur DPO, Rakesh Kumar Verma, the gold was hidden.",
            {"Rakesh Kumar Verma"},
        ),
        ("The accused namely Imran Qureshi, resident of Multan, was arrested at the airport.", {"Imran Qureshi"}),
        ("A team led by Sub-Inspector Nuwan Perera intercepted the lorry.", {"Nuwan Perera"}),
        # a district's compass words between a post and a name are the post's
        ("Police said DCP North West Sudhir Yadav led the drive.", {"Sudhir Yadav"}),
    ],
)
def test_south_asian_names_and_the_posts_before_them(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nNEW DELHI – " + sentence + "\n", "PERSON") == expected


def test_a_unit_after_at_in_a_list_with_a_person_is_no_person() -> None:
    text = "Report\n\nHETAUDA – According to the DSP at Makwanpur DPO, Rakesh Kumar Verma, police seized gold.\n"
    assert names(text, "PERSON") == {"Rakesh Kumar Verma"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('The "Harbour Veil" anti-drug operation has led to 12 arrests.', {"Harbour Veil"}),
        ("This specific ‘Cordillera Azul’ offensive led to the capture of five men.", {"Cordillera Azul"}),
        ("The “Tormenta” joint naval operation seized two tonnes.", {"Tormenta"}),
    ],
)
def test_a_quoted_codename_before_the_kind_of_operation(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nBANGKOK – " + sentence + "\n", "OPERATION") == expected


def test_a_quote_before_other_words_is_no_codename() -> None:
    text = 'Report\n\nBANGKOK – He said "The Best Is Yet" in an interview about the case.\n'
    assert names(text, "OPERATION") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Headline\nDHAKA, March 31, 2026 (BNA) - The Rapid Action Battalion seized pills. Confirming it to BNA, an "
        "officer said the suspects fled.\n",
        "Headline\nMOSCOW, February 10 (RLNA, Anna Petrova) - More than 400 arrests were made, RLNA reported.\n",
        "Headline\nPolice arrested five people in Pune, news agency KNA reported.\n",
        "Headline\nThe haul was the largest this year, the director said as quoted by NTRA on Tuesday.\n",
    ],
)
def test_a_news_agency_credited_anywhere_is_no_organisation_anywhere(text: str) -> None:
    assert not {"BNA", "RLNA", "KNA", "NTRA"} & names(text, "ORG")


def test_a_body_crediting_its_own_release_stays_an_organisation() -> None:
    text = "Headline\nLYON, France (INTERPOL) – INTERPOL said 300 suspects were arrested.\n"
    assert "INTERPOL" in names(text, "ORG")


def test_a_name_the_text_calls_a_city_or_district_is_where_the_operation_ran() -> None:
    text = (
        "Drugs seized in Gan operation\n\nMALE – Police seized 41 kg of heroin during a raid "
        "in Gan city, police said. The Gan operation followed months of surveillance.\n"
    )
    assert names(text, "OPERATION") == set()
    # a codename before "operation" elsewhere in such a text stays one
    other = text.replace("The Gan operation", "The Blue Reef operation")
    assert names(other, "OPERATION") == {"Blue Reef"}


def test_single_names_in_a_list_of_people_with_ages() -> None:
    text = (
        "Headline\nDHAKA – The arrestees are Rafiqul Islam, 28, Sohel, 20, Jamal, 24, Nazmul Hasan, 32, and "
        "Liton, 25.\n"
    )
    assert {"Sohel", "Jamal", "Liton", "Rafiqul Islam", "Nazmul Hasan"} <= names(text, "PERSON")
    # a list of places with counts holds no person
    places_listed = "Headline\nLYON – Arrests by country: Kenya, 37, Uganda, 12, Tanzania, 9.\n"
    assert names(places_listed, "PERSON") == set()


def test_bylines_with_their_page_dates() -> None:
    text = "Headline\nAdil Rehmani Published October 23, 2026 | 12:10 PM\nPolice seized 4 kg of heroin.\n"
    assert names(text, "PERSON") == {"Adil Rehmani"}
    agency = "Headline\n\nBy QNA Published: Sun 13 Sep 2026, 5:33 PM\n\nCustoms seized 4 kg of heroin, QNA said.\n"
    assert names(agency, "PERSON") == set() and "QNA" not in names(agency, "ORG")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Ministry of Human Services and Social Security said 12 victims were rescued.",
            {"Ministry of Human Services and Social Security"},
        ),
        ("The Department of Health and Human Services said so.", {"Department of Health and Human Services"}),
        # a second body after "and" stays apart
        (
            "Thailand's Office of the Narcotics Control Board and Royal Thai Police seized 3 kg.",
            {"Office of the Narcotics Control Board", "Royal Thai Police"},
        ),
    ],
)
def test_a_ministrys_domains_joined_by_and_are_one_name(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nGEORGETOWN – " + sentence + "\n", "ORG") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Report\n\nROME – A European operation with Italy and Germany led to 155 arrests in European countries.\n",
        "Report\n\nAN ANTI-SMUGGLING operation led by the Italian police has led to 330 arrests.\n",
    ],
)
def test_an_adjective_or_a_paragraphs_capitals_before_operation_are_no_codename(text: str) -> None:
    assert names(text, "OPERATION") == set()


def test_a_codename_that_looks_like_a_demonym_is_one_where_the_text_writes_it_as_a_noun() -> None:
    text = "Report\n\nLIMA – The Pelican operation led to 15 arrests. Officers said Pelican was a success.\n"
    assert names(text, "OPERATION") == {"Pelican"}


def test_places_named_by_their_residents_or_a_point_of_the_compass() -> None:
    text = (
        "Report\n\nCOLOMBO – The navy, patrolling the sea north of Kudapaduwa, Karaitivu and Pesalai, held 25 "
        "fishermen. They were identified as residents of Erukkalampiddy, Pesalai and Thalaiady.\n"
    )
    assert {"Kudapaduwa", "Karaitivu", "Pesalai", "Erukkalampiddy", "Thalaiady"} <= names(text, "LOCATION")
    # an address, and a people's adjective, are no places
    other = "Report\n\nCOLOMBO – The residents of Marine Drive Road and a resident of Syrian nationality spoke.\n"
    assert not {"Marine Drive Road", "Syrian"} & names(other, "LOCATION")


def test_a_place_off_which_something_happened_but_no_road() -> None:
    text = (
        "Report\n\nMUSCAT – The boat was stopped about 20 nautical miles off Sadah, and another off Hasik. A "
        "truck was searched at a stop off Interstate 10 and a shed off Mile Gully Road.\n"
    )
    found = names(text, "LOCATION")
    assert {"Sadah", "Hasik"} <= found
    assert not {"Interstate", "Mile Gully Road"} & found


@pytest.mark.parametrize(
    ("text", "etype", "expected"),
    [
        (
            "Report\n\nKABUL – During Operation Jackal the Taliban were targeted and 40 fighters held.\n",
            "OPERATION",
            {"Jackal"},
        ),
        ("Report\n\nLIMA – Under Operation Dragon the Rangers were deployed.\n", "OPERATION", {"Dragon"}),
        ("Report\n\nMEXICO CITY – Mexico's Tlaloc operation led to 80 arrests.\n", "OPERATION", {"Tlaloc"}),
        (
            "Report\n\nCEBU – The Titan operation led to 40 arrests. Police said Titan in Cebu ran three weeks.\n",
            "OPERATION",
            {"Titan"},
        ),
        (
            "Report\n\nLIMA – The police said.\n\nTHUNDER operation seized 30 tonnes of timber, officials said.\n",
            "OPERATION",
            {"THUNDER"},
        ),
        (
            "Report\n\nKARACHI – Officers detained Asif Ali, 31, Constable, 28, and Driver, 45.\n",
            "PERSON",
            {"Asif Ali"},
        ),
        ("Report\n\nKABUL – Those held were Imran Khan, 35, Afghan, 28, and Iranian, 40.\n", "PERSON", {"Imran Khan"}),
        (
            "Police seize heroin\nWeb Desk Published October 23, 2026 | 12:10 PM\nLAHORE – Police seized 4 kg.\n",
            "PERSON",
            set(),
        ),
    ],
)
def test_findings_of_the_review_of_this_sessions_entity_rules(text: str, etype: str, expected: set[str]) -> None:
    assert names(text, etype) == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Headline\nACCRA, June 3 (NACOC) – The Narcotics Control Commission (NACOC) seized 40 kg.\n", "NACOC"),
        ("Headline\nMANILA, June 3 (PDEA) – PDEA agents seized 4 kg of shabu in Cavite.\n", "PDEA"),
        ("Headline\nThe Central Narcotics Bureau seized 4 kg, the director said as quoted by CNB.\n", "CNB"),
    ],
)
def test_a_body_crediting_its_own_release_acts_in_it(text: str, body: str) -> None:
    assert body in names(text, "ORG")


def test_places_listed_with_numerals_and_a_caption_glued_to_a_codename() -> None:
    listed = (
        "Report\n\nCEBU – The drive ran in barangays Tabunan, Lahug II, Lahug I, Busay and Guba, police said. "
        "Operation Bantay III led to 5 arrests.\n"
    )
    assert names(listed, "OPERATION") == {"Bantay III"}
    caption = (
        "Report\n\nASUNCION – Cars were seized during Operation Ribeira Photo: Federal Police. "
        "Operation Ribeira ended.\n"
    )
    assert names(caption, "OPERATION") == {"Ribeira"}


def test_the_keyword_inside_a_quoted_codename_is_no_part_of_it() -> None:
    text = (
        "Report\n\nGUWAHATI – The special operation 'OPS Falcon' to verify suspicious persons ran across the "
        "state. The special operation OPS Falcon ended at 4 pm.\n"
    )
    assert names(text, "OPERATION") == {"Falcon"}
    assert "OPS" not in names(text, "ORG")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # Spanish and French lists of bodies joined by "y la", "et la": two bodies, as "and the" makes them
        (
            "Informe\n\nLa operación contó con la coordinación del Ministerio Público y la DEA.\n",
            {"Ministerio Público", "DEA"},
            {"Ministerio Público y la DEA"},
        ),
        (
            "Informe\n\nLa Guardia Civil y la Agencia Tributaria han desarticulado la red.\n",
            {"Guardia Civil", "Agencia Tributaria"},
            {"Guardia Civil y la Agencia Tributaria"},
        ),
        (
            "Rapport\n\nDes agents de la Police nationale et la Gendarmerie nationale ont saisi 12 kg de cocaïne.\n",
            {"Police nationale", "Gendarmerie nationale"},
            {"Police nationale et la Gendarmerie nationale"},
        ),
        # a body's own name that joins its domains without an article stays whole
        (
            "Informe\n\nParticiparon agentes del Ministerio de Justicia y Derechos Humanos en el operativo.\n",
            {"Ministerio de Justicia y Derechos Humanos"},
            set(),
        ),
    ],
)
def test_bodies_listed_with_a_foreign_and_the_stand_apart(text: str, expected: set, not_expected: set) -> None:
    got = names(text, ORG)
    assert expected <= got
    assert not (not_expected & got)


@pytest.mark.parametrize("place", ["Kisauni Subcounty", "Nyamarunde Sub-County"])
def test_a_sub_county_is_a_place(place: str) -> None:
    text = f"Report\n\nPolice arrested two men in {place} on Friday.\n"
    assert names(text, LOCATION) == {place}
    assert names(text, PERSON) == set()


def test_guards_from_the_second_review_of_names() -> None:
    # a king's name with its numeral is a person; a name like an adverb stays a name
    assert "Mswati III" in names("Report\n\nPolice said Mswati III met the officers.\n", PERSON)
    assert "Hence Mbeki" in names("Report\n\nPolice arrested Hence Mbeki, 34, in Durban.\n", PERSON)


@pytest.mark.parametrize(
    ("text", "operations"),
    [
        # a body's short name with a numeral is no codename where the text names it again
        (
            "BNN praises Navy\n\nThe agency praised the Navy's Naval Region III (Kodaeral III) for intercepting 10 kg "
            "of methamphetamine. Its head congratulated Kodaeral III for the successful operation.\n",
            set(),
        ),
        # nor the body's name before it
        (
            "Report\n\nThe Navy's Naval Forces Command III (Koarmada III) seized 20 tonnes of fuel in the operation. "
            "Officials congratulated Koarmada III.\n",
            set(),
        ),
        # a model's name after its type code is no codename
        (
            "Police seize plane\n\nPolice seized a Piper PA-34-200T Seneca II aircraft and 476 kg of cocaine in the "
            "operation.\n",
            set(),
        ),
        # a codename with a numeral in a text about operations still is one, after a year or an ordinal too
        ("Report\n\nThe arrests came under Sea Shield III, a regional operation.\n", {"Sea Shield III"}),
        ("Report\n\nThe operation went on. In 2024, Sea Shield III led to 12 arrests.\n", {"Sea Shield III"}),
        ("Report\n\nThe 4th Shield II phase of the operation led to 30 arrests.\n", {"Shield II"}),
    ],
)
def test_names_with_a_numeral_that_are_and_are_not_codenames(text: str, operations: set) -> None:
    assert names(text, OPERATION) == operations


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a name written without its accents, as the press often writes it
        ("Police arrested Lukasz Nowicki, 41, at the border.", "Lukasz Nowicki"),
        # family name first, a known middle name, a last name the lists do not hold
        ("Notable arrests include popular singer Nguyen Trung Kiet.", "Nguyen Trung Kiet"),
        ("Police arrested Tran Thi Hoa and Le Van Tuan.", "Tran Thi Hoa"),
    ],
)
def test_a_name_without_its_accents_or_family_first_is_a_person(sentence: str, person: str):
    found = {e.name for e in extract(sentence + "\n").entities if e.type == "PERSON"}
    assert person in found


@pytest.mark.parametrize("city", ["Hà Nội", "Hải Phòng", "Ha Noi"])
def test_a_vietnamese_city_stays_a_place(city: str):
    result = extract(f"Police in {city} arrested 5 people in {city} on Monday.\n")
    assert city in {e.name for e in result.entities if e.type == "LOCATION"}
    assert city not in {e.name for e in result.entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "sentence",
    [
        "He said Bukit Aman's anti-money laundering team also froze the assets.",
        "The timber was shipped from Tanjung Perak Port to Surabaya.",
    ],
)
def test_a_malay_place_word_opens_no_persons_name(sentence: str):
    assert names(sentence + "\n", PERSON) == set()


@pytest.mark.parametrize(
    ("sentence", "org", "person"),
    [
        ("Kenya Wildlife Service Director John Mwangi said 5 were held.", "Kenya Wildlife Service", "John Mwangi"),
        ("The Anti-Narcotics Force Maj Gen Ali Khan said 5 were held.", "Anti-Narcotics Force", "Ali Khan"),
        (
            "The director of Tajik Drug Control Agency Rustam Nazarov praised the results.",
            "Tajik Drug Control Agency",
            "Rustam Nazarov",
        ),
    ],
)
def test_a_body_ends_where_a_post_a_rank_or_a_persons_name_follows_it(sentence: str, org: str, person: str):
    assert org in names(sentence + "\n", ORG)
    assert person in names(sentence + "\n", PERSON)


@pytest.mark.parametrize(
    "sentence",
    [
        "Coast Regional Police Commander Peter Kimani said 5 were held.",
        "NCA Branch Commander Siobhan Partridge said the group was dismantled.",
        "The Coast Guard District Seven cutter returned to port.",
    ],
)
def test_a_post_of_a_short_or_police_name_is_no_body_and_a_numbered_district_no_person(sentence: str):
    got = names(sentence + "\n", ORG) | names(sentence + "\n", PERSON)
    assert not {n for n in got if n.endswith(("Regional Police", "NCA Branch"))}
    assert "District Seven" not in got


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The drug test was led by Provincial Director PCol. Serafin F. Petalio II.", "Serafin F. Petalio II"),
        ("Director Serafin Petalio II said 5 were held.", "Serafin Petalio II"),
        ("Juan Reyes III was arrested.", "Juan Reyes III"),
    ],
)
def test_a_generations_numeral_closes_a_persons_name_and_makes_no_codename(sentence: str, person: str):
    text = sentence + " The operation went on.\n"
    assert person in names(text, PERSON)
    assert names(text, OPERATION) == set()


@pytest.mark.parametrize(
    ("sentence", "kind", "name"),
    [
        (
            "Police said Amber Shield III, the latest edition of the operation, led to 5 arrests.",
            OPERATION,
            "Amber Shield III",
        ),
        ("Jade Storm II, its annual operation, led to 5 arrests.", OPERATION, "Jade Storm II"),
        ("Officers of the Federal Police Santa Cruz arrested 5 people.", ORG, "Federal Police Santa Cruz"),
        ("La operación Bogotá terminó con 5 detenidos.", LOCATION, "Bogotá"),
    ],
)
def test_guards_from_the_review_codenames_bodies_and_places_stay(sentence: str, kind: str, name: str):
    assert name in names(sentence + "\n", kind)
    assert not {n for n in names(sentence + "\n", PERSON) if n in name}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Detectives at Forbes Border Post in Mutare arrested three people.", "Forbes Border Post"),
        ("Officers at Kazungula One-Stop Border Post intercepted a haulage truck.", "Kazungula One-Stop Border Post"),
        ("Officers at the Eagle Pass Port of Entry found 20 kg of methamphetamine.", "Eagle Pass Port of Entry"),
        ("The vessel was escorted to the Lisbon Naval Base for a deep search.", "Lisbon Naval Base"),
        ("The pills were found at the Al-Batha Border Crossing on Sunday.", "Al-Batha Border Crossing"),
        ("The officers, at Camino Real International Bridge, inspected a car.", "Camino Real International Bridge"),
        ("They examined two containers at the Queen Elizabeth II Quay.", "Queen Elizabeth II Quay"),
    ],
)
def test_border_posts_crossings_bases_and_quays_are_places(sentence: str, place: str) -> None:
    assert place in names("Report\n" + sentence + "\n", LOCATION)


@pytest.mark.parametrize(
    ("byline", "person"),
    [
        ("By: Hafsatu Z Bangura", "Hafsatu Z Bangura"),
        ("By Hafsatu Bangura", "Hafsatu Bangura"),
        ("By News Desk", None),
        ("By: Staff Writer", None),
        ("By Messenger Staff", None),
        ("By: Manila Bulletin", None),
        ("By Bangkok Post", None),
        # the author's desk after the name, as African and Asian papers print it
        ("Victor Maphosa Herald Correspondent", "Victor Maphosa"),
        ("Jane Wanjiru Senior Reporter", "Jane Wanjiru"),
        ("Our Correspondent", None),
    ],
)
def test_a_byline_names_a_person_and_never_a_desk_or_an_outlet(byline: str, person: str | None) -> None:
    text = f"Police seize drugs\n{byline}\nPolice in Lagos arrested 3 men on Monday.\n"
    assert names(text, PERSON) == ({person} if person else set())
    assert names(text, ORG) == set()


@pytest.mark.parametrize("byline", ["By WAFB Staff", "By: PNA Desk", "By: NAN"])
def test_an_outlets_letters_in_a_byline_are_no_body(byline: str) -> None:
    text = f"Police seize drugs\n{byline}\nPolice in Lagos arrested 3 men on Monday.\n"
    assert names(text, ORG) == set()
    assert names(text, PERSON) == set()


@pytest.mark.parametrize(
    ("sentence", "orgs"),
    [
        ("He was detained at a Garda Station in North County Dublin.", set()),
        ("They are being held at a Limerick city Garda Station.", set()),
        ("He was held at Store Street Garda Station on Friday.", {"Store Street Garda Station"}),
    ],
)
def test_a_station_named_only_by_its_force_after_an_article_is_no_body(sentence: str, orgs: set) -> None:
    assert names("Report\n" + sentence + "\n", ORG) == orgs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Report\nThe Narcotics Control Bureau (NCB) said so. The Lucknow Zonal Unit of NCB on October 16 "
            "intercepted 3 persons at Kanpur.\n",
            {"Narcotics Control Bureau", "NCB", "Lucknow Zonal Unit"},
        ),
        ("Report\nOfficers of the Air Intelligence Unit of DRI stopped him.\n", {"Air Intelligence Unit", "DRI"}),
        ("Report\nHe met the Director General of NCB on Monday.\n", {"NCB"}),
    ],
)
def test_a_unit_then_of_and_its_bodys_letters_is_the_unit_and_the_body(text: str, expected: set) -> None:
    assert names(text, ORG) == expected


# Guards from the fifth review (410 inputs of its own against the rules above): each shape here regressed once.
@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a body's own name that ends in its country keeps it before a possessive
        (
            "Report\nThe Central Bank of Nigeria's Financial Intelligence Unit traced the funds.\n",
            "Central Bank of Nigeria",
        ),
        (
            "Report\nThe Security Service of Ukraine's Main Investigative Department said.\n",
            "Security Service of Ukraine",
        ),
        # a generic body that is no force keeps its place in the name
        (
            "Report\nThe Standing Committee of the National Assembly met on Monday.\n",
            "Standing Committee of the National Assembly",
        ),
        (
            "Report\nThe Special Boat Service of the Royal Navy boarded the vessel.\n",
            "Special Boat Service of the Royal Navy",
        ),
    ],
)
def test_review_guards_whole_names_stay_whole(text: str, org: str) -> None:
    assert org in names(text, ORG)


@pytest.mark.parametrize(
    ("text", "place_letters"),
    [
        ("Report\nThe Anti-Terrorism Squad of UP arrested two men.\n", "UP"),
        ("Report\nThe Counter Terrorism Department of KP arrested two men.\n", "KP"),
    ],
)
def test_review_guards_two_letters_after_a_unit_are_no_body_unless_the_text_defines_them(
    text: str, place_letters: str
) -> None:
    assert place_letters not in names(text, ORG)
    assert not any(name.endswith(" Squad") or name.endswith(" Department") for name in names(text, ORG))


@pytest.mark.parametrize("byline", ["By Emily Post", "By Li Sun", "By: Yoon Sun", "By: Hassan Wire"])
def test_review_guards_a_person_whose_name_holds_an_outlets_word(byline: str) -> None:
    text = f"Police seize drugs\n{byline}\nPolice in Lagos arrested 3 men on Monday.\n"
    assert names(text, PERSON) == {byline.removeprefix("By").lstrip(": ")}


def test_review_guards_a_one_stop_border_post_without_a_name_is_no_place() -> None:
    assert names("Report\nOfficers at the One-Stop Border Post in Chirundu seized 3 kg.\n", LOCATION) == {"Chirundu"}


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        (
            "The arrested are Kabir Hossain, son of deceased Tajer Mulluk; Salamatullah, son of deceased "
            "Habibullah; and Ruhul Amin, son of Maju Boli.",
            {"Kabir Hossain", "Tajer Mulluk", "Salamatullah", "Habibullah", "Ruhul Amin", "Maju Boli"},
        ),
        ("Police arrested Rashed, son of late Kamal Uddin, on Monday.", {"Rashed", "Kamal Uddin"}),
        ("The Ministry of Health, son of nobody, said so.", set()),
    ],
)
def test_a_child_and_a_parent_named_by_parentage_are_people_of_one_word_too(sentence: str, people: set) -> None:
    assert names("Report\n" + sentence + "\n", PERSON) == people


def test_a_home_town_between_an_age_and_man_or_woman_is_a_place():
    text = (
        "Arrests\n\nA 29-year-old Marrickville man and a 46-year-old Glenfield Park man were charged. A 52-year-old "
        "Kellyburn woman was arrested at her home in Kellyburn, as was a 43-year-old Nukus resident."
    )
    assert names(text, LOCATION) >= {"Glenfield Park", "Kellyburn", "Nukus"}
    # a people's, a faith's or a group's word there is no place
    text = (
        "Arrests\n\nA 31-year-old Ukrainian man, a 30-year-old Muslim woman, a 41-year-old Aboriginal man and a "
        "20-year-old Ghanaian-British man were held. A 35-year-old Fulani man and a 30-year-old Hmong woman too."
    )
    assert names(text, LOCATION) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officers raided a warehouse in the Mirdif industrial area.", {"Mirdif"}),
        ("The khat was intercepted at the Taveta border on Friday.", {"Taveta"}),
        ("They crossed through the Kotabari border point at night.", {"Kotabari"}),
        ("Teams were posted at the Sanka and Ebubu border posts.", {"Sanka", "Ebubu"}),
        # (two places a border parts, and a participle opening a sentence, are no one name)
        ("Patrols went along the Thai-Myanmar border.", {"Myanmar"}),
        ("Reinforced border controls led to 12 arrests.", set()),
    ],
)
def test_a_name_before_a_border_or_an_industrial_area_is_a_place(sentence: str, expected: set[str]) -> None:
    got = names("Report\n\n" + sentence, LOCATION)
    assert expected <= got
    assert not {name for name in got if "-" in name or name == "Reinforced"}


def test_standing_bodies_that_releases_name_in_their_closing_notes():
    text = (
        "Funding\n\nThe action was carried out under EMPACT, the European Multidisciplinary Platform Against "
        "Criminal Threats. It was funded by Global Affairs Canada and the UK Foreign, Commonwealth and "
        "Development Office."
    )
    assert names(text, ORG) == {
        "EMPACT",
        "European Multidisciplinary Platform Against Criminal Threats",
        "Global Affairs Canada",
        "Foreign, Commonwealth and Development Office",
    }
    assert "Commonwealth" not in names(text, LOCATION)


def test_a_platform_of_agencies_is_a_body_by_its_name_though_its_letters_spell_another_language():
    text = "Abidjan\n\nThe Platform for the Fight against Cybercrime (PLCC) of the National Police arrested 12 people."
    assert {"Platform for the Fight against Cybercrime", "PLCC"} <= names(text, ORG)


def test_a_bodys_common_word_written_alone_is_the_body():
    text = "Seizure\n\nRevenue officers seized 70kg of cannabis. It was seized by Revenue at Rosslare Europort."
    assert "Revenue" in names(text, ORG)
    # (not a word of another body's name, nor the common noun)
    text = "Seizure\n\nOfficers of the Kenya Revenue Authority seized it. The gang's revenue came from fuel."
    assert "Revenue" not in names(text, ORG)


def test_a_units_code_of_a_letter_and_digits_after_its_name_is_the_unit():
    text = (
        "HANOI – The Drug Crime Investigation Police Department (C04) under the Ministry of Public Security seized "
        "400 kg of heroin. According to C04, the ring ran for months."
    )
    assert names(text, ORG) >= {"Drug Crime Investigation Police Department", "C04", "Ministry of Public Security"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Officers of the Weapons and Explosives Unit seized 4 rifles.", "Weapons and Explosives Unit"),
        ("The head of its Weapons and Explosives Unit spoke.", "Weapons and Explosives Unit"),
        ("It was coordinated by INTERPOL's Crimes against Children Unit.", "Crimes against Children Unit"),
    ],
)
def test_a_units_first_plain_word_after_the_or_its_owner_stays_in_its_name(sentence: str, body: str) -> None:
    assert body in names("Report\n\n" + sentence, ORG)


def test_a_persons_surname_alone_before_a_verb_of_speech_is_the_person_not_a_town():
    text = (
        "Report\n\nSecurity Secretary Rodrigo Alán Ibarra Cházaro said the forces had seized 3 tonnes. "
        "Ibarra said 40 were held. Commander Fausto Rubén Salinas spoke in Quito. Salinas told reporters more."
    )
    assert names(text, PERSON) == {"Rodrigo Alán Ibarra Cházaro", "Fausto Rubén Salinas"}
    assert names(text, LOCATION) == {"Quito"}
    # (the town named on its own stays a place)
    assert "Salinas" in names("Report\n\nCommander Fausto Rubén Salinas spoke. Raids in Salinas went on.", LOCATION)


def test_a_countrys_short_name_beside_its_formal_name_is_listed_once_in_the_fullest_form():
    text = (
        "Report\n\nThe Republic of Moldova reported the largest haul. Moldova also seized 40 kg. In the United "
        "Republic of Tanzania, officers acted. Tanzania said so."
    )
    assert names(text, LOCATION) == {"Republic of Moldova", "United Republic of Tanzania"}
    # (beside a "Democratic" republic the short name may be the other country)
    text = "Report\n\nIvory came from the Democratic Republic of the Congo and from Congo."
    assert names(text, LOCATION) == {"Democratic Republic of the Congo", "Congo"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        # a name's word written short with a point joins the words after it
        ("By Ma. Teresa D. Villanueva", "Ma. Teresa D. Villanueva"),
        ("The carrier, Mohd. Arif Hakim (29), was held.", "Mohd. Arif Hakim"),
        ("Regional Director Jose R. Sta. Maria identified the suspects.", "Jose R. Sta. Maria"),
        # a day's name as a given name before an age, and a family's initial after the name before one
        ("The driver, Sunday Obinna Eze, 45, was arrested.", "Sunday Obinna Eze"),
        ("Police held Friday Nwosu, 29, at the depot.", "Friday Nwosu"),
        ("The kingpin, Muhammed Ashraf K, 44, was held.", "Muhammed Ashraf K"),
    ],
)
def test_names_written_with_short_words_days_or_a_family_initial(sentence: str, person: str) -> None:
    assert person in names("Report\n\n" + sentence, PERSON)


def test_an_ocean_or_a_river_named_alone_and_with_its_kind_is_one_place():
    text = (
        "Sea\n\nThe boat was crossing the Atlantic from Brazil. It was stopped in the Atlantic Ocean. Patrols along "
        "the Mekong seized 40 kg; the Mekong River is a route."
    )
    assert names(text, LOCATION) >= {"Atlantic Ocean", "Mekong River", "Brazil"}
    assert not {"Atlantic", "Mekong"} & names(text, LOCATION)
    # (a town beside its river is a place of its own)
    assert {"Narva", "Narva River"} <= names("Border\n\nGuards in Narva watched the Narva River.", LOCATION)


def test_a_post_in_a_body_of_border_control_ends_before_the_persons_name():
    text = "Report\n\nThe Commissioner for Customs and Border Control Grace Wanjiku Otieno said 40 kg were seized."
    assert names(text, PERSON) == {"Grace Wanjiku Otieno"}


@pytest.mark.parametrize(
    "head",
    [
        "Raids net 74\n\nOksana Hrytsenko\nNovember 30, 2026\n\n",
        "Raids net 74\nKanha Sovann | Publication date 29 November 2026 | 17:05 ICT\n\n",
        "Raids net 74\n\nMarisa Ramkissoon-Baptiste\nPosted Dec 2, 2026\n\n",
    ],
)
def test_a_byline_name_before_the_pages_date_is_a_person(head: str) -> None:
    got = names(head + "Police in the region detained 74 people.", PERSON)
    assert len(got) == 1 and got <= {"Oksana Hrytsenko", "Kanha Sovann", "Marisa Ramkissoon-Baptiste"}
    # (a body's or a heading's words there are none)
    assert names("Raids\n\nPolice Scotland\nNovember 30, 2026\n\nOfficers detained 74.", PERSON) == set()


def test_a_codename_whose_edition_follows_a_dash_with_its_year():
    text = "Report\n\nDuring the operation Kanal – Pamir Route 2026, which ran in May, police seized 40 kg of heroin."
    assert names(text, OPERATION) == {"Kanal – Pamir Route 2026"}
    # (an aside after a dash is no part of the name)
    assert names("Report\n\nOperation Lionfish – a joint action – seized 40 kg.", OPERATION) == {"Lionfish"}


@pytest.mark.parametrize(
    ("text", "etype", "absent"),
    [
        # guards from an independent review of this session's rules
        ("Arrest\n\nA 35-year-old Fulani man and a 30-year-old Hmong woman were questioned.", LOCATION, "Fulani"),
        ("Arrests\n\nGreek border police arrested 4 men; Arab border tribes trade fuel.", LOCATION, "Greek"),
        ("Troops\n\nMexico deployed troops to the Southern border.", LOCATION, "Southern"),
        (
            "Report\n\nVictims reported it through the Cybercrime Reporting Platform.",
            ORG,
            "Cybercrime Reporting Platform",
        ),
        ("Report\n\nRevenue from the sale of the drugs was laundered abroad.", ORG, "Revenue"),
        ("Report\n\nThe Ghana Revenue Authority said Revenue officers seized 4 kg.", ORG, "Revenue"),
        ("Roads\n\nThe Highways Agency (M25) closed the road for 4 hours.", ORG, "M25"),
        ("Report\n\nCarlos Salinas is a prosecutor. Police in Salinas said 40 were held.", PERSON, "Salinas"),
        ("Report\n\nPirates attacked a tanker in the South China Sea. Police in South China held 4.", LOCATION, None),
        ("Report\n\nTaiwan, officially the Republic of China, seized 40 kg bound for China.", LOCATION, None),
    ],
)
def test_review_guards_for_this_sessions_rules(text: str, etype: str, absent: str | None) -> None:
    got = names(text, etype)
    if absent is not None:
        assert absent not in got
    elif "South China" in text:
        assert {"South China Sea", "South China"} <= got
    else:
        assert "China" in got


@pytest.mark.parametrize(
    ("text", "etype", "absent"),
    [
        # guards from a second review: a heading's, a place's or an outlet's words before a date are no byline
        ("Port\n\nTema Harbour\nNovember 29, 2026\n\nPolice seized 4 kg.", PERSON, "Tema Harbour"),
        ("Report\n\nKhaleej Times | 2 December 2026\n\nPolice seized 4 kg.", PERSON, "Khaleej Times"),
        ("Report\n\nScam Compounds Raided | 30 November 2026\n\nPolice held 4.", PERSON, "Scam Compounds Raided"),
        # a date, a body or a document after a codename's dash is no edition of it
        (
            "Raids\n\nDuring Operation Thunder – December 2026 – officers seized 900 kg.",
            OPERATION,
            "Thunder – December 2026",
        ),
        ("Raids\n\nOperation Jackal – EFCC 2026 figures show 40 arrests.", OPERATION, "Jackal – EFCC 2026"),
        (
            "Raids\n\nOperation Albatross – Europol Report 2026 shows 40 arrests.",
            OPERATION,
            "Albatross – Europol Report 2026",
        ),
    ],
)
def test_second_review_guards(text: str, etype: str, absent: str) -> None:
    assert absent not in names(text, etype)


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        ("Brasília – The Federal Police (PF) launched an operation on Tuesday.", {"Federal Police", "PF"}),
        ("Officers and prosecutors of the Public Ministry (MP) carried out 38 raids.", {"Public Ministry", "MP"}),
        ("Troops and the National Guard (GN) patrolled the border.", {"National Guard", "GN"}),
    ],
)
def test_a_translated_name_before_its_letters_in_the_original_order(sentence: str, bodies: set[str]) -> None:
    assert bodies <= names("Report\n\n" + sentence, ORG)


def test_a_bodys_letters_joined_to_a_number_are_its_numbered_unit():
    text = "Report\n\nThe Rapid Action Battalion (RAB) said a team of RAB-15 intercepted the trawler near Teknaf."
    assert {"RAB", "RAB-15"} <= names(text, ORG)
    # (letters no body of the text has are no unit: a model's or a road's code)
    assert names("Report\n\nThe truck turned onto the NH-44 near Kochi.", ORG) == set()


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # guards from a third review: a code of a craft, a road, a flight or a bloc is no numbered unit
        ("Report\n\nThe United Nations (UN) said its UN-2 helicopter was hit in Gao.", "UN-2"),
        ("Report\n\nThe National Highways Authority (NH) said the truck was stopped on the NH-44 near Kochi.", "NH-44"),
        ("Report\n\nPakistan International Airlines (PIA) said it was found on flight PIA-302.", "PIA-302"),
        ("Report\n\nThe European Union (EU) said the EU-27 would fund new scanners.", "EU-27"),
        # and letters after a measure or a facility named with "a" spell no body in another order
        ("Report\n\nCustoms fined the importer 2,000 Tax Value Units (UVT) after the find.", "Tax Value Units"),
        ("Report\n\nThe migrants were taken to a Detention Center (CD) in Tapachula.", "CD"),
    ],
)
def test_third_review_guards(text: str, absent: str) -> None:
    assert absent not in names(text, ORG)


def test_letters_in_the_original_language_after_a_bodys_name_leave_the_name_whole():
    text = "Seizure\n\nOfficers of the Mozambique Revenue Authority (AT) seized it. AT said 4 were held."
    assert names(text, ORG) == {"Mozambique Revenue Authority", "AT"}


def test_a_place_the_press_names_for_a_headquarters_is_a_place():
    text = "Report\n\nThe suspects were taken to Bukit Aman for questioning, police said."
    assert "Bukit Aman" in names(text, LOCATION)


def test_subdivisions_whose_kind_is_two_words_are_known_places():
    # ISO 3166-2 kinds of two words ("Union territory", "Autonomous province", "Geographical unit") were never read;
    # their names of several words are places on sight
    text = (
        "A boat carrying 900 kg of methamphetamine was stopped near Andaman and Nicobar Islands. Police in "
        "Republika Srpska and Nusa Tenggara traced the others. Avon and Somerset Police and Devon and Cornwall "
        "Police helped."
    )
    assert names(text, LOCATION) == {"Andaman and Nicobar Islands", "Republika Srpska", "Nusa Tenggara"}
    assert names(text, ORG) == {"Avon and Somerset Police", "Devon and Cornwall Police"}
    # their one-word names, often in the country's own language, are places only where the text says so: never a
    # club's, a brand's, a ship's or a person's name
    for text in (
        "Two fans of FK Vojvodina were arrested after the match.",
        "Thieves stole 17 vintage Jawa motorcycles from a museum, police said.",
        "The ferry Normandie was searched and 400 kg of cannabis were found.",
        "The victim, Kriti, 19, was rescued from a house in Gurugram.",
    ):
        assert names(text, LOCATION) <= {"Gurugram"}
    # nor is a people's name that is also a region's lost where the text says a place
    assert names("Police in the Afar region seized 1,500 rifles smuggled from Djibouti.", LOCATION) == {
        "Afar",
        "Djibouti",
    }


def test_interpols_national_central_bureaus_named_together_are_one_body_and_other_plurals_none():
    text = (
        "Checks were shared through INTERPOL's National Central Bureaus in each country. The National Central "
        "Bureau in Nairobi led, with Police Divisions and Regional Police Commands across the country."
    )
    assert names(text, ORG) == {"INTERPOL", "National Central Bureaus", "National Central Bureau"}


def test_a_forces_word_opening_a_units_name_stays_though_its_letters_leave_it_out():
    text = (
        "The Police Special Task Force (STF) arrested three suspects with the Army Special Forces Brigade (SFB). "
        "The Sri Lanka Police Special Task Force (STF) searched the boat."
    )
    assert names(text, ORG) == {"Police Special Task Force", "STF", "Army Special Forces Brigade", "SFB"}
    # a force named by its country before it is not that unit's first word
    assert names("The Sri Lanka Police Special Task Force (STF) searched the boat.", ORG) == {
        "Special Task Force",
        "STF",
    }


def test_a_citys_greater_area_named_with_its_word_is_one_place():
    text = "They moved drugs from the Greater Toronto Area to London and from Greater Manchester to Leeds."
    assert names(text, LOCATION) == {"Greater Toronto Area", "London", "Greater Manchester", "Leeds"}


def test_a_given_name_and_a_withheld_surnames_initial_set_apart_is_a_person():
    text = (
        "The group was headed by a 52-year-old resident of Piaseczno, Tomasz K., who had served a sentence. It was "
        "run by a man identified only as Marek S. under privacy rules. Officials met Garrett W. Pruitt in Warsaw."
    )
    assert names(text, PERSON) == {"Tomasz K.", "Marek S.", "Garrett W. Pruitt"}


def test_a_place_opening_on_a_capital_beyond_ascii_keeps_it_before_its_kind_or_a_hyphen():
    text = (
        "The Đồng Nai Province-based Coast Guard Intelligence Division led it, with police in Şırnak Province. "
        "The Şanlıurfa-based gang moved the drugs."
    )
    assert names(text, LOCATION) == {"Đồng Nai Province", "Şırnak Province", "Şanlıurfa"}


def test_a_given_name_spelt_as_an_article_ends_a_name_where_no_noun_follows():
    text = "The suspects, Nguyễn Văn An and Đặng Thị Hoa, were held. Trần Văn An, 36, was charged."
    assert names(text, PERSON) == {"Nguyễn Văn An", "Đặng Thị Hoa", "Trần Văn An"}
    # the article before a noun opens no name
    assert names("Officials in An Giang said An officer had seen it.", PERSON) == set()


@pytest.mark.parametrize(
    "text",
    [
        "They were held in the maximum-security block, Wing C.",
        "The suspects met in the second hall, Hall B., before the raid.",
        "The storm, named Lily A., hit the coast.",
        "Chinese police in Xi An said 16 suspects were held.",
        "Bộ Công An said 1,200 suspects were arrested.",
    ],
)
def test_guards_from_the_second_review_no_person_in_places_storms_or_bodies(text: str):
    assert names(text, PERSON) == set()


def test_a_group_named_by_its_ransomware_is_an_organisation():
    text = (
        "Police took down servers used by the LockBit ransomware group. The ransomware gang Hive was disrupted, "
        "and Black Basta ransomware affiliates were held. The ColdVault ransomware hit 40 firms."
    )
    assert names(text, ORG) == {"LockBit", "Hive", "Black Basta", "ColdVault"}
    # a people's adjective, a common capital or the word itself names no group; a malware is a tool
    text = "The Russian ransomware attack hit. New ransomware strains spread. The Qakbot malware was removed."
    assert names(text, ORG) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a member of a Russian-speaking ransomware gang.",
        "The Guardia Civil said Windows ransomware and Linux ransomware variants spread.",
        "Email ransomware and Android ransomware rose in 2023.",
        "Bitcoin ransomware demands grew.",
    ],
)
def test_guards_from_the_fourth_review_no_group_in_a_ransomwares_platform_or_people(text: str):
    assert names(text, ORG) <= {"Guardia Civil"}


def test_a_common_word_numbered_after_it_is_no_place_of_that_name():
    text = "Police raided houses in Ward 12 in Harare and in Sector 15 of Chandigarh, and in Kasese 12 men were held."
    assert names(text, LOCATION) == {"Harare", "Chandigarh", "Kasese"}


def test_guards_from_the_last_review_a_proper_name_before_a_number_stays_a_place():
    text = (
        "Arrests: in Mwingi 4, in Kyuso 7, in Tseikuru 2. Officers also arrested suspects in Kariobangi 1 of Nairobi."
    )
    assert {"Kyuso", "Tseikuru", "Kariobangi", "Nairobi"} <= names(text, LOCATION)


def test_a_saints_name_before_a_towns_is_no_town_of_that_name():
    # a Jamaican parish the gazetteers hold only as a weak name: the whole, never the US city inside it
    text = "Eight guns were seized, with St. Elizabeth and Clarendon together accounting for five of them."
    assert "St. Elizabeth" in names(text, LOCATION)
    assert "Elizabeth" not in names(text, LOCATION)
    # a saint's name in a possessive names a park or a hospital: no place called "Mary"
    assert "Mary" not in names("The body was found near St Mary's Park on Sunday.", LOCATION)


def test_a_bodys_name_that_goes_on_after_a_numeral_is_no_codename():
    text = "Customs intercepted the arms at the Port Harcourt Area II Command in Onne, Rivers State."
    assert names(text, OPERATION) == set()
    assert "Port Harcourt Area II Command" in names(text, ORG)
    # a codename with its numeral, then a lower-case word, stays one
    assert names("Operation Weka II rescued 700 victims.", OPERATION) == {"Weka II"}


def test_a_rank_before_common_words_of_a_title_case_headline_names_no_person():
    text = (
        "Nigeria Customs Seizes Major Arms Shipment in Onne Port\n"
        "LAGOS – Officers found a cache of arms bound for the National Centre for the Control of Small Arms.\n"
    )
    assert names(text, PERSON) == set()
    text = "Army Major Clement Onoja Arrested Over Arms Deal\nABUJA – The officer was held on Monday.\n"
    assert names(text, PERSON) == {"Clement Onoja"}


def test_a_grade_before_one_word_is_a_post_not_a_surname():
    text = "245 arrested in child abuse operation\nBy Carol Cratty\nCNN Senior Producer\nWASHINGTON – Officials spoke."
    assert names(text, PERSON) == {"Carol Cratty"}
    # a rank before one word still gives the surname
    assert names("Det. Sup. Harrow said 3 kg were seized.", PERSON) == {"Harrow"}


def test_an_action_against_a_known_body_is_no_body_of_that_name():
    text = "Checks against Interpol's global databases yielded 12 matches."
    assert names(text, ORG) == {"Interpol"}
    assert "Crimes against Children Unit" in names("INTERPOL's Crimes against Children Unit took part.", ORG)


def test_a_gulf_named_by_its_word_is_a_place():
    text = "Victims were rescued across Africa and the Arabian Gulf."
    assert names(text, LOCATION) == {"Africa", "Arabian Gulf"}
    assert names("Members of the Gulf Cartel were arrested.", LOCATION) == set()


@pytest.mark.parametrize(
    "line, person",
    [
        ("Hertta-Maria Amutenja", True),
        ("Novita Rahmawati", True),
        ("Santa Marta", False),  # a dateline's place on its own line
        ("Agência Brasil", False),  # an outlet, named by its country
        ("Press Release", False),
        ("Drugs Seized Overnight", False),  # a standfirst: its words are the story's, in lower case
        ("News Desk", False),
    ],
)
def test_the_line_after_the_headline_may_be_its_authors_name(line: str, person: bool):
    text = (
        f"Poachers flee as officials confiscate 24 elephant tusks\n{line}\n"
        "Rangers seized 24 tusks and drugs seized overnight were destroyed, the ministry said.\n"
        "The suspects fled across the river before the rangers reached the camp, and a search continues.\n"
    )
    assert (line in names(text, PERSON)) is person


def test_a_bodys_own_possessive_is_no_part_of_the_name_after_it():
    assert names("Officers of Revenue’s Customs Service seized cannabis.", ORG) == {"Customs Service"}
    # a post holder's or a collective owner's possessive opens the name
    text = "The Attorney General's Office and the Monroe County Sheriff's Office spoke."
    assert names(text, ORG) == {"Attorney General's Office", "Monroe County Sheriff's Office"}
    assert "People's Liberation Army Navy" in names("The People's Liberation Army Navy took part.", ORG)


def test_a_features_name_may_open_on_initials():
    assert names("Rhino horns were seized at O.R. Tambo International Airport.", LOCATION) == {
        "O.R. Tambo International Airport"
    }
    assert "J. F. Kennedy International Airport" in names("Officers at J. F. Kennedy International Airport.", LOCATION)


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "During a press briefing in Accra, Acting Director-General of the CSA, Divine Agbeti, spoke.",
            "Acting Director-General",
        ),
        ("The protocol to punish trafficking in Persons Especially Women and Children was cited.", "Children"),
    ],
)
def test_posts_and_people_are_no_places(text: str, wrong: str):
    assert wrong not in names(text, LOCATION)


def test_a_town_named_with_a_posts_word_first_stays_a_place():
    text = "Troops destroyed plantations in the districts of Capitán Bado, Ypejhú and Corpus Christi."
    assert "Capitán Bado" in names(text, LOCATION)


@pytest.mark.parametrize(
    "text, codename",
    [
        ("Pangea XVI Task Force Shuts 13,000 Websites\nLYON – The operation ended.", "Pangea XVI"),
        ("INTERPOL said the Lionfish III Team seized 8 tonnes of cocaine during the operation.", "Lionfish III"),
    ],
)
def test_a_codename_before_its_task_forces_word_stays_a_codename(text: str, codename: str):
    assert codename in names(text, OPERATION)


def test_names_with_a_common_nouns_ending_after_a_rank_in_the_body_are_people():
    text = (
        "Drugs seized\nLILONGWE – 12 suspects were arrested, Detective Inspector Wongani Blessings said on Monday. "
        "Chief Inspector Tafadzwa Loveness told reporters."
    )
    assert names(text, PERSON) == {"Wongani Blessings", "Tafadzwa Loveness"}


def test_people_of_a_body_and_a_bodys_level_name_no_body_and_no_codename():
    assert names("Police arrested people posing as officials, including Members of Parliament.", ORG) == set()
    assert "European Parliament" in names("Members of the European Parliament visited Europol.", ORG)
    text = "Federal operation rescues 593 workers\nBRASÍLIA – The fourth edition of Operation Rescue freed 593 people."
    assert "Federal" not in names(text, OPERATION)
    assert names("Airport bust uncovers 4.5 MILLION cigarettes\nMELBOURNE – ABF officers arrested a man.", ORG) == {
        "ABF"
    }


def test_a_section_headings_noun_after_a_codename_is_no_part_of_it():
    text = (
        "Cybercrime arrests\nLYON – Operation Serengeti (September 2–October 31) targeted criminals.\n"
        "Operation Serengeti Achievements\nPolice arrested 1,006 suspects.\n"
    )
    assert names(text, OPERATION) == {"Serengeti"}


def test_a_body_named_with_of_then_its_holders_post_and_name():
    text = "Minnesota Bureau of Criminal Apprehension Superintendent Drew Evans said the sting freed 59 victims."
    assert names(text, ORG) == {"Minnesota Bureau of Criminal Apprehension"}
    assert names(text, PERSON) == {"Drew Evans"}


def test_a_warrant_officers_rank_and_an_authors_handle_are_no_part_of_the_name():
    assert names("Led by WO1 Odei Nyarko, the taskforce seized 30 excavators.", PERSON) == {"Odei Nyarko"}
    text = (
        "Customs seizes four oil tankers\nFahad Shabbir (@FahadShabbir) Published August 15, 2022 | 03:00 PM\n"
        "QUETTA – Customs seized four oil tankers carrying smuggled fuel.\n"
    )
    assert names(text, PERSON) == {"Fahad Shabbir"}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Police seized 50 kilograms of hashish in Kafr El Sheikh governorate.", "Kafr El Sheikh"),
        ("Police in Fishers arrested a 24-year-old man with 2,000 fentanyl pills.", "Fishers"),
        ("Officers raided a barn near Boys Town on Monday.", "Boys Town"),
    ],
)
def test_places_named_with_a_posts_word_or_a_plural_of_people_stay_places(text: str, place: str):
    assert place in names(text, LOCATION)


def test_guards_from_the_seventh_review_entities():
    # one letter and a dot end a sentence, no initials
    text = "A man was arrested at Terminal B. Jomo Kenyatta International Airport police said he carried cocaine."
    assert "Jomo Kenyatta International Airport" in names(text, LOCATION)
    # a body's name going on after a numeral
    text = "Soldiers of the Division II Command arrested 11 suspected bandits during an operation."
    assert names(text, OPERATION) == set() and "Division II Command" in names(text, ORG)
    assert (
        names("Police arrested 9 people during an operation near the Hassan II University campus.", OPERATION) == set()
    )
    # a post's field after a rank is no person
    assert names("Joint Commissioner Economic Offences said 14 people had been arrested.", PERSON) == set()


def test_an_unknown_name_paired_with_a_known_place_after_a_preposition_is_a_place():
    assert "Phattalung" in names("The victims will be taken by bus to Chumphon and Phattalung.", LOCATION)
    # (or with one the text makes a place: "Newry" is a weak name, read so after "at")
    text = "They made seizures at Newry and Warrenpoint, Co Down."
    assert {"Newry", "Warrenpoint"} <= names(text, LOCATION)
    # not a person's name, nor words of a body's, nor a speaker
    assert names("The ministers of Mexico and Garcia met.", LOCATION) == {"Mexico"}
    assert names("Talks were held in Nairobi and Kamau said so.", LOCATION) == {"Nairobi"}


def test_a_place_of_several_words_joined_by_a_hyphen_before_a_border():
    text = "Trafficking along the Mae Sot-Myawaddy border towns continued."
    assert {"Mae Sot", "Myawaddy"} <= names(text, LOCATION)


def test_a_short_months_name_after_on_ends_a_bodys_name():
    text = "The operation was announced by the Office of the United States Attorneys on Oct. 14 in Los Angeles."
    assert names(text, ORG) == {"Office of the United States Attorneys"}


def test_guards_from_the_eighth_review():
    # a name an apposition describes after "and" is no place
    text = "The money went to London and Barclays, the bank, froze it."
    assert names(text, LOCATION) == {"London"}
    # a short month opens names too; only with its day after it is a date
    assert "Dec Robertson Foundation" in names("The Dec Robertson Foundation on Monday donated funds.", ORG)
    assert "Nov Group" in names("The Nov Group on Tuesday was named.", ORG)


def test_a_headlines_verb_of_results_after_a_place_is_no_part_of_its_name():
    text = "Drug Lab in Poland Dismantled\n\nPolice said seven people were arrested."
    assert names(text, LOCATION) == {"Poland"}
    assert names("Cocaine at Tema Port Seized\n\nOfficers said.", LOCATION) == {"Tema Port"}
    # an unknown town before such a verb is still read as a place
    assert "Kwapea" in names("Two Arrested in Kwapea\n\nOfficers arrested two men in Kwapea on Monday.", LOCATION)


def test_a_place_joined_to_a_participle_is_the_place_alone():
    text = "Police raided US-assisted teams, Kenya-based firms and Bangkok-linked gangs in a Europe-wide action."
    assert names(text, LOCATION) == {"US", "Kenya", "Bangkok", "Europe"}
    headline = "700 Gang Members Arrested in US-assisted Actions\n\nProsecutors charged them on Friday."
    assert names(headline, LOCATION) == {"US"}


def test_a_regions_adjective_before_a_place_word_is_no_place():
    assert names("Two clans operating in this Sicilian region were hit.", LOCATION) == set()
    assert names("Smugglers used the Calabrian port for years.", LOCATION) == set()
    # an unknown name before such a word stays a place
    assert names("Smugglers landed on the Makran coast.", LOCATION) == {"Makran"}


def test_a_possessive_then_a_letter_alone_is_no_codename():
    text = "Operation Narkokapan-9 ended. Footage posted on the minister's X account showed police at work."
    assert names(text, OPERATION) == {"Narkokapan-9"}
    assert names("The operation was led by INTERPOL's HAECHI III team.", OPERATION) == {"HAECHI III"}


def test_an_operation_named_after_what_it_was_against():
    text = "The joint operation against human trafficking, named Global Chain, led to 219 arrests."
    assert names(text, OPERATION) == {"Global Chain"}


def test_a_headings_words_after_and_are_no_part_of_a_codename_the_text_writes_alone():
    text = "Report\n\nDetails of Operation Guacatal and Charges\nThe inquiry, named Operation Guacatal, ended."
    assert names(text, OPERATION) == {"Guacatal"}
    text = "Report\n\nDetails of Operation Hold and Seek\nThe inquiry, named Operation Hold and Seek, ended."
    assert names(text, OPERATION) == {"Hold and Seek"}


def test_a_peoples_adjective_before_operation_is_no_codename_beside_a_bodys_name():
    text = "The Canadian operation took place in October, Royal Canadian Mounted Police officers said."
    assert names(text, OPERATION) == set()


def test_a_place_opening_on_a_title_names_no_person():
    text = "Officers from Alberta, Quebec and Prince Edward Island took part."
    assert "Prince Edward Island" in names(text, LOCATION) and names(text, PERSON) == set()


def test_a_body_joined_to_a_participle_leads_another_and_is_no_part_of_its_name():
    text = "The Australian Federal Police-led Australian Centre to Counter Child Exploitation (ACCCE) said so."
    assert names(text, ORG) >= {"Australian Centre to Counter Child Exploitation", "ACCCE"}
    assert not any("Police-led" in n for n in names(text, ORG))


def test_dept_is_a_bodys_head_word():
    assert names("Operation a big success for Forest Dept\n\nThe Forest Dept said so.", ORG) == {"Forest Dept"}


def test_a_naming_word_opening_a_sentence_is_no_part_of_the_codename():
    text = "Customs seized 729 million cigarettes.\nBranded GRYPHON II, the operation focused on tobacco."
    assert names(text, OPERATION) == {"GRYPHON II"}


def test_a_codename_in_quotes_after_called_the():
    text = "The operation, conventionally called the “Fuel Family,” served to seize assets worth 300 million euros."
    assert names(text, OPERATION) == {"Fuel Family"}


def test_a_college_is_a_bodys_head_word_and_a_report_is_no_body():
    text = "The auction was held at the Customs Training College, Ikeja."
    assert names(text, ORG) == {"Customs Training College"}
    text = "According to the Financial Intelligence Report (RIF), obtained from the Council (Coaf), 9 firms moved."
    assert "Financial Intelligence Report" not in names(text, ORG) and "RIF" not in names(text, ORG)


def test_an_owners_possessive_before_a_mechanisms_name_leaves_it_a_thing():
    text = "The operation used Interpol’s Global Rapid Intervention of Payments (I-GRIP) mechanism to trace funds."
    assert names(text, ORG) == {"Interpol"}


def test_two_codenames_each_after_its_keyword_joined_by_and():
    text = "Police seized drugs in Ops Kelawar and Ops Water Crest, arresting 23."
    assert names(text, OPERATION) == {"Kelawar", "Water Crest"}


def test_a_garbled_closing_quote_is_no_part_of_a_codename():
    text = 'In the 27-day operation codenamed "Pathfinderā€¯, customs officers arrested 1,203 people.'
    assert names(text, OPERATION) == {"Pathfinder"}
    assert names("Police in Tanzania said Operation Usalama ended.", OPERATION) == {"Usalama"}


def test_a_place_or_a_group_called_the_something_is_no_codename():
    text = 'The operation hit gangs in what is commonly called the "Golden Triangle", police said.'
    assert names(text, OPERATION) == set()
    text = "The operation against the cartel, known as Los Blancos, ended with 12 arrests."
    assert names(text, OPERATION) == set()


def test_guards_from_the_ninth_review_entities():
    # a participle compound inside one name leaves it whole
    assert "Intelligence-led Policing Unit" in names("The Intelligence-led Policing Unit (ILPU) arrested 9.", ORG)
    # a programme named as a project is none, though an operation is spoken of before it
    assert names("The operation, part of a programme named Project Wisdom, led to 85 arrests.", OPERATION) == set()


def test_a_name_before_a_settlement_a_slum_or_a_ward_is_a_place() -> None:
    assert names("Report\n\nPolice in the Kawangware informal settlement arrested 4.", LOCATION) == {"Kawangware"}
    assert names("Report\n\nPolice in Majengo slums arrested 4.", LOCATION) == {"Majengo"}
    # a hospital's ward, a people's settlement and a name this reads no further into are no places (review)
    assert names("Report\n\nPolice in the Maternity ward arrested 4.", LOCATION) == set()
    assert names("Report\n\nPolice raided a Roma settlement.", LOCATION) == set()
    assert names("Report\n\nPolice raided the Mukuru kwa Njenga slum.", LOCATION) == set()


def test_a_list_of_places_goes_on_past_a_preposition_of_the_surroundings() -> None:
    text = "Report\n\nThe raids were conducted at Yawkrom, Adwenase and Takorase along the River Offin.\n"
    assert {"Yawkrom", "Adwenase", "Takorase"} <= names(text, LOCATION)
    text = "Report\n\nSoldiers found 60,000 pills abandoned at Naitong Para around midnight.\n"
    assert "Naitong Para" in names(text, LOCATION)
    # a list of people's adjectives after a place stays none
    assert names("Report\n\nIn Dubai, Spanish, French and Dutch forces took part.", LOCATION) == {"Dubai"}


def test_a_surname_after_a_rank_of_two_titles_is_a_person() -> None:
    assert names("Report\n\nInspector General Adeyinka said the officers did well.", PERSON) == {"Adeyinka"}
    assert names("Report\n\nMajor General Okonjo led the operation.", PERSON) == {"Okonjo"}
    # "General" alone opens a company's name, not a rank
    assert names("Report\n\nThe company General Trading said it would cooperate.", PERSON) == set()


def test_a_force_s_ship_named_after_it_is_the_force() -> None:
    text = "Report\n\nNigerian Navy Ship (NNS) Okpabana interdicted a vessel carrying 1.3 tonnes of hashish.\n"
    assert names(text, ORG) == {"Nigerian Navy"}
    assert names("Report\n\nThe Kenya Navy Ship Jasiri intercepted the dhow.\n", ORG) == {"Kenya Navy"}


def test_a_force_s_headquarters_named_so_is_a_body() -> None:
    text = "Report\n\nThe Defence Headquarters (DHQ) said troops arrested 40 suspects.\n"
    assert names(text, ORG) == {"Defence Headquarters", "DHQ"}
    text = "Report\n\nThe Terengganu State Maritime Headquarters said 6 boats were held.\n"
    assert names(text, ORG) == {"Terengganu State Maritime Headquarters"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Philippine case operation plan names its codename as "Oplan" does, with a colon perhaps
        ("Under its Coplan: Fishnet, officers rescued 16 victims.", {"Fishnet"}),
        ("Under Coplan Armado the unit arrested 13 men.", {"Armado"}),
        # a slogan in quotes is the whole name, lower-case words and commas and all
        (
            "The unit seized $15 million in its operation ‘Scam done, justice a run’, police said.",
            {"Scam done, justice a run"},
        ),
        (
            "Police made 300 arrests in the operation ‘Clean Hands and No to illegal mining’.",
            {"Clean Hands and No to illegal mining"},
        ),
        ("Police launched Operation “Lionfish” and INTERPOL said 40 were arrested.", {"Lionfish"}),
        # a model's mark is no codename
        ("Officers found a Toyota Alphard and a Toyota Mark X abandoned during the operation.", set()),
    ],
)
def test_operation_keywords_quotes_and_models(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nMANILA – " + sentence + "\n", "OPERATION") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quantifier opening a sentence is no word of the body's name after it
        ("Multiple Coast Guard units responded to the call.", {"Coast Guard"}),
        ("Numerous Kenya Police officers attended the scene.", {"Kenya Police"}),
        ("Various INTERPOL member countries took part.", {"INTERPOL"}),
    ],
)
def test_a_quantifier_opening_a_sentence_is_no_part_of_a_body(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\nLYON – Officers met.\n" + sentence + "\n", ORG) == expected


def test_a_quantifier_may_open_a_codename() -> None:
    assert names("Report\n\nLYON – Operation Multiple Strike led to 40 arrests.\n", OPERATION) == {"Multiple Strike"}


def test_letters_that_spell_a_bodys_first_words_give_its_whole_name() -> None:
    # (the letters leave out the name's last words: the name is not the ending they were found in)
    text = (
        "Report\n\nKINGSTON – The Anti-Lottery Scam Unit (ALSU) of the Counter-Terrorism and Organized Crime "
        "Investigation Branch (C-TOC) seized $15 million.\n"
    )
    assert names(text, ORG) == {
        "Anti-Lottery Scam Unit",
        "ALSU",
        "Counter-Terrorism and Organized Crime Investigation Branch",
        "C-TOC",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A yacht was intercepted off the coast of the Azores carrying cocaine.", {"Azores"}),
        ("Smugglers crossing Lake Victoria and the Aegean were held.", {"Lake Victoria", "Aegean"}),
        (
            "Cattle raiders in Karamoja and militias in Darfur and the Niger Delta were targeted.",
            {
                "Karamoja",
                "Darfur",
                "Niger Delta",
            },
        ),
        (
            "Smugglers landed on Lampedusa and in the Algarve; a barge moved along the Danube.",
            {
                "Lampedusa",
                "Algarve",
                "Danube",
            },
        ),
        (
            "The gang ran its business on the Costa del Sol and across the Western Hemisphere.",
            {
                "Costa del Sol",
                "Western Hemisphere",
            },
        ),
    ],
)
def test_regions_the_security_press_names(sentence: str, expected: set[str]) -> None:
    # (archipelagos, lakes, seas and regions no package lists: words/named_regions.txt)
    assert names("Report\n\nLISBON – " + sentence + "\n", LOCATION) - {"LISBON"} == expected


def test_a_drive_named_after_a_long_subject_of_bodies() -> None:
    # (the drive's noun opens a subject that lists the bodies running it, the naming verb after them)
    text = (
        "Report\n\nLUSAKA – Police arrested 303 people.\n\nThe operation which was conducted by the Zambia Police "
        "Service, the Drug Enforcement Commission, Department of Immigration and Department of National Parks and "
        "Wildlife dubbed ‘Muzakule’ started at 01:00 hours.\n"
    )
    assert names(text, OPERATION) == {"Muzakule"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Raids were carried out across South East Queensland on Monday.", "South East Queensland"),
        ("Gangs from North West England supplied the drugs.", "North West England"),
    ],
)
def test_two_compass_words_before_a_place_are_both_its_name(text: str, place: str) -> None:
    assert place in names("Report\n\nLONDON - " + text + "\n", LOCATION)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a minister's portfolio ends on a domain noun glued to the name
        ("Minister of Homeland Security and Technology Ali Ihusaan praised the initiative.", "Ali Ihusaan"),
        ("Director of Fraud and Law Enforcement Nia Okoro said so.", "Nia Okoro"),
        # (a given name that is also a noun stays one: "Florence", "Clement")
        ("The region's Permanent Coordinator, Florence Akinyi Owuor, said so.", "Florence Akinyi Owuor"),
        ("Minister for the Interior Clement Kwasi Mensah said it would go on.", "Clement Kwasi Mensah"),
    ],
)
def test_a_portfolio_s_domain_noun_is_no_part_of_the_minister_s_name(text: str, person: str) -> None:
    assert names("Report\n\nMALE - " + text + "\n", PERSON) == {person}


def test_a_creek_or_a_fort_in_a_list_of_towns_is_no_speaker() -> None:
    text = "Report\n\nVICTORIA - The group ran in Fort St. John, Dawson Creek, and Fort Nelson,” said Cpl. Ana Ruiz.\n"
    assert names(text, PERSON) == {"Ana Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        "A pursuit led to a residence in colonia Lomas de San Isidro, according to the state secretary.",
        "Officers raided a house in barangay Santa Rosa Norte, police said.",
    ],
)
def test_a_local_unit_s_word_before_a_name_makes_it_a_place_whatever_follows(text: str) -> None:
    found = names("Report\n\nTIJUANA - " + text + "\n", LOCATION)
    assert {"Lomas de San Isidro", "Santa Rosa Norte"} & found
    assert names("Report\n\nTIJUANA - " + text + "\n", PERSON) == set()


@pytest.mark.parametrize(
    "text, long_form, letters",
    [
        (
            "Report\nThe raids were backed by the Standing Forum on Wildlife Crime (SFWC), which shared the files.\n",
            "Standing Forum on Wildlife Crime",
            "SFWC",
        ),
        (
            "Report\nOfficers of the Coastal Child Exploitation Teams (CCET) searched four homes in Oshawa.\n",
            "Coastal Child Exploitation Teams",
            "CCET",
        ),
    ],
)
def test_a_forum_or_teams_spelt_by_its_letters_is_an_organisation(text: str, long_form: str, letters: str) -> None:
    # "Forum" and the plural "Teams" name a body as "Union" and "Units" do: the long form and its letters
    # are both the body's
    assert {long_form, letters} <= names(text, ORG)


def test_a_head_word_joined_by_a_hyphen_makes_a_spelt_long_form_a_body() -> None:
    text = (
        "Report\nTroops seized 80 kg of hashish, the Inter-Services Media Relations (ISMR) said. The Coastal "
        "Analysis and Patrol Center-Narcotics (CAPC-N) traced the boat.\n"
    )
    bodies = {"Inter-Services Media Relations", "ISMR", "Coastal Analysis and Patrol Center-Narcotics"}
    assert bodies <= names(text, ORG)
    assert "Center-Narcotics" not in names(text, OPERATION)


def test_a_country_of_two_words_after_a_borders_hyphen_is_whole():
    text = "Report\nPolice patrolled the Malawi-South Africa border and the Lesotho-South Africa frontier.\n"
    places = names(text, LOCATION)
    assert {"Malawi", "South Africa", "Lesotho"} <= places
    assert "Africa" not in places


@pytest.mark.parametrize(
    "text, person",
    [
        ("Report\nSACP Tumaini Mrosso, the regional commander, said 14 suspects were held.", "Tumaini Mrosso"),
        ("Report\nADGP Vikram Sethi said the ring had been broken up.", "Vikram Sethi"),
        ("Report\nSACP Mrosso said the suspects would be charged.", "Mrosso"),
    ],
)
def test_a_police_ranks_letters_are_no_part_of_the_name(text: str, person: str) -> None:
    assert names(text, PERSON) == {person}
    assert not {"SACP", "ADGP"} & names(text, ORG)


def test_a_stray_comma_before_a_bodys_letters_is_no_part_of_its_name() -> None:
    text = "Report\nThe courier was handed over by the National Intelligence Directorate, (NID), an official said.\n"
    assert {"National Intelligence Directorate", "NID"} <= names(text, ORG)
    assert not any(name.endswith(",") for name in names(text, ORG))


def test_a_towns_name_goes_on_with_its_particle_and_capitalised_word() -> None:
    text = "Report\nTroops raided farms near Santiago de los Caballeros and Santo Domingo de los Tsáchilas.\n"
    assert {"Santiago de los Caballeros", "Santo Domingo de los Tsáchilas"} <= names(text, LOCATION)
    # (a family name after the particle makes a person of it, no longer town)
    assert "Lima de Souza" not in names("Report\nPolice said Lima de Souza, 41, was held.\n", LOCATION)


@pytest.mark.parametrize("language", ["in Spanish", ", in Portuguese"])
def test_a_codename_in_brackets_in_another_language_is_the_same_operation(language: str) -> None:
    text = (
        "Report\nAs part of Operation Green Harvest XXII (Operación Escudo Norte XXII"
        + language
        + ") agents destroyed 40 hectares of crops and seized 310 kg of cannabis.\n"
    )
    assert names(text, OPERATION) == {"Green Harvest XXII"}
    assert {f.operation for f in extract(text).figures} == {"Green Harvest XXII"}
    # (a bracket naming where the other operation ran is not a language: two operations)
    other = "Report\nUnder Operation Green Harvest IV (Operation Dry Leaf in Bolivia) agents seized 310 kg.\n"
    assert names(other, OPERATION) == {"Green Harvest IV", "Dry Leaf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint Garda and Revenue operation seized 5 kg of cannabis.",
        "The joint GNDOCB and Revenue operation seized 5 kg of cannabis.",
        "During the course of this operation Revenue officers seized 5 kg of cannabis.",
    ],
)
def test_a_body_beside_another_or_before_its_officers_is_no_codename(sentence: str) -> None:
    assert names("Report\nDUBLIN – " + sentence + "\n", OPERATION) == set()
    # (a codename after the word stays one)
    assert names("Report\nDUBLIN – Under operation Lionfish, officers seized 5 kg.\n", OPERATION) == {"Lionfish"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Regional Liaison Office for Asia and the Pacific shared alerts.",
            "Regional Liaison Office for Asia and the Pacific",
        ),
        (
            "The Regional Bureau for the Middle East and North Africa shared alerts.",
            "Regional Bureau for the Middle East and North Africa",
        ),
    ],
)
def test_a_bodys_region_of_two_places_joined_by_and_is_part_of_its_name(sentence: str, body: str) -> None:
    text = "Report\nLYON – " + sentence + "\n"
    assert body in names(text, ORG)
    assert names(text, LOCATION) == {"LYON"}
    # (two bodies still stand apart: a known body after "and")
    assert names("Report\nLYON – The Police of Spain and INTERPOL shared alerts.\n", ORG) >= {"INTERPOL"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Officers from Spain, Italy, Cyprus and M",  # (an excerpt cut mid-name: a lone letter)
        "We thank Mexico and South Korea, and I’d like to thank Canada too.",
        "The taxes come to Ksh 83,393,000, made up of Ksh 38,417,000 in Excise Duty and Ksh 44,976,000 in Sales Tax.",
    ],
)
def test_a_lone_letter_a_contraction_or_a_currencys_sign_is_no_place(sentence: str) -> None:
    found = names("Report\nMOMBASA – " + sentence + "\n", LOCATION)
    assert not found & {"M", "I’d", "Ksh"}


def test_a_sentences_opening_preposition_names_the_place_after_it() -> None:
    text = "Report\nPolice said.\nIn Frontera, a suspect was arrested. At Tsavo, two poachers were held.\n"
    assert {"Frontera", "Tsavo"} <= names(text, LOCATION)
    # (not a heading alone on its line, nor a rank after a place and its comma)
    assert names("Report\nIn Summary\nPolice held 3.\n", LOCATION) == set()
    assert "Det" not in names("Report\nIn Hong Kong, Det. Supt. Wong Ka-ming said 3 were held.\n", LOCATION)


@pytest.mark.parametrize(
    ("sentence", "codename"),
    [
        ("Officers under Operation 412 Crossing made 54 arrests.", "412 Crossing"),
        ("The probe was dubbed “Operation 412 Crossing.” Officers made 54 arrests.", "412 Crossing"),
        ("Operation 40 Nights at Sea 2.0 led to 54 arrests.", "40 Nights at Sea 2.0"),
    ],
)
def test_a_codename_opening_on_a_number_after_the_capitalised_keyword(sentence: str, codename: str) -> None:
    assert names("Report\nLYON – " + sentence + "\n", OPERATION) == {codename}
    # (no name after the keyword in lower case, nor a place or a body after "at")
    assert names("Report\nLYON – In the operation 12 Kenyans were held.\n", OPERATION) == set()
    assert names("Report\nLYON – Operation 40 Nights at Lagos made 54 arrests.\n", OPERATION) == {"40 Nights"}


@pytest.mark.parametrize(
    "body",
    ["St. James Operations Support Unit", "Royal St. Lucia Police Force", "Mt. Elgon Forest Service"],
)
def test_a_saints_or_mountains_short_form_with_its_point_stays_in_a_bodys_name(body: str) -> None:
    assert body in names("Report\nKINGSTON – The " + body + " seized 4 guns.\n", ORG)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("National Commissioner General SF Masemola said 40 were held.", "SF Masemola"),
        ("Comptroller HK Ejibunu said 40 were held.", "HK Ejibunu"),
        ("Lt Col SM Ariful Islam said 40 were held.", "SM Ariful Islam"),
    ],
)
def test_initials_written_together_after_a_title_open_the_name(sentence: str, person: str) -> None:
    assert names("Report\nPRETORIA – " + sentence + "\n", PERSON) == {person}
    # (a body's letters that stand on their own elsewhere in the text are no initials)
    text = "Report\nLIMA – General PNP Óscar Huamaní Ccori said 40 were held. The PNP seized 4 kg.\n"
    assert names(text, PERSON) == {"Óscar Huamaní Ccori"}


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
def test_a_bulleted_list_of_names_reads_alike_with_blank_lines_between_its_items(sep: str) -> None:
    # a web page's list comes out of the HTML reader as one paragraph per item
    items = ["• Marie-Ève Bolduc", "• Nicolas Gagné", "• Yann-Éric Dufresne", "• Jason-Benoit Lacasse", "• Omar Benali"]
    text = (
        "Eleven charged in gun probe\n\nMONTREAL – Police charged eleven people on Tuesday.\n\n"
        "The following suspects are due back in court:" + sep + sep.join(items) + sep
    )
    assert names(text, PERSON) == {
        "Marie-Ève Bolduc",
        "Nicolas Gagné",
        "Yann-Éric Dufresne",
        "Jason-Benoit Lacasse",
        "Omar Benali",
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Operatives stormed Ipele forest where they arrested two men.", {"Ipele forest"}),
        ("It began at Ogbese forest on 15 February.", {"Ogbese forest"}),
        ("A farm was destroyed at Utte and Okuluse forest, police said.", {"Utte", "Okuluse forest"}),
        # a noun after the word that the forest names, or a place the gazetteer knows, keeps the name alone
        ("Two men were held in the Kaptipada forest range.", {"Kaptipada"}),
        ("Loggers cleared the Kalimantan forest last year.", {"Kalimantan"}),
    ],
)
def test_a_forest_s_word_after_an_unknown_name_is_the_place_s(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\n" + sentence + "\n", LOCATION) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Code named 30 Days at Sea, the operation saw 276 agencies detect 500 offences.", {"30 Days at Sea"}),
        ("The operation, codenamed 30 Days at Sea, saw 276 agencies detect 500 offences.", {"30 Days at Sea"}),
        ('Dubbed "30 Days at Sea 3.0", the operation saw 276 agencies take part.', {"30 Days at Sea 3.0"}),
        # a number after "dubbed" that opens no name stays a number
        ("Police dubbed 30 Armed Men a threat to the region.", set()),
    ],
)
def test_a_codename_opening_on_a_number_after_a_naming_word(sentence: str, expected: set[str]) -> None:
    assert names("Report\n\n" + sentence + "\n", OPERATION) == expected


def test_a_local_government_area_written_short_is_its_name_and_no_body() -> None:
    text = (
        "Troops arrest 39\nJOS – Members of a drug syndicate operating in Bassa LGA were nabbed, and a "
        "kidnapper was captured in Bokkos LGA of Plateau State. Farms in Akure North Local Government Area burned."
    )
    assert names(text, "LOCATION") == {"JOS", "Bassa", "Bokkos", "Plateau State", "Akure North Local Government Area"}
    assert "LGA" not in names(text, "ORG")


def test_a_town_of_three_letters_in_capitals_opens_a_dateline() -> None:
    assert "UYO" in names("Police seize drugs\nUYO – Police seized 4 kg of cannabis in Akwa Ibom.", "LOCATION")
    # letters that are no town stay a body's
    assert names("Police seize drugs\nNCB, Delhi – Officers seized 4 kg of heroin.", "ORG") == {"NCB"}


def test_a_verb_s_ing_form_before_the_is_no_part_of_the_body_it_governs() -> None:
    text = (
        "Lorries stopped\nMADRID – Highlighting the Guardia Civil’s strategy against hashish smuggling, two lorries "
        "were stopped. Praising the National Police for its work, the minister spoke."
    )
    assert names(text, "ORG") == {"Guardia Civil", "National Police"}


def test_a_day_s_name_opening_a_name_in_a_list_of_names_is_a_given_name() -> None:
    text = (
        "Farms destroyed\nAKURE – Operatives arrested Amos Mark, Luke Job, Monday Momoh and Otunuya Waya while "
        "19 hectares were destroyed. On Monday police spoke."
    )
    assert names(text, "PERSON") == {"Amos Mark", "Luke Job", "Monday Momoh", "Otunuya Waya"}


def test_a_name_before_its_sex_and_age_is_a_person_s() -> None:
    text = (
        "Drugs seized\nLUSAKA – Kingsley Dominic Uche, male aged 36, a Nigerian national residing in Lusaka, was "
        "arrested."
    )
    assert names(text, "PERSON") == {"Kingsley Dominic Uche"}


def test_a_home_town_shaped_like_a_person_s_name_between_an_age_and_man_is_a_place() -> None:
    # a town whose words read as a given name and a family name ("Clayton South") is still where the person is from
    text = (
        "Detectives charged a 37-year-old Clayton South man and a 21-year-old Marlow Heath woman. "
        "Police said 29-year-old Kemar Richards was also arrested."
    )
    assert {"Clayton South", "Marlow Heath"} <= names(text, "LOCATION")
    assert names(text, "PERSON") == {"Kemar Richards"}


def test_an_acronym_then_and_opens_no_joint_name_with_the_body_after_it() -> None:
    # a sentence's capital "The" before the acronym is no word of its name
    text = "The AFP and Victoria Police arrested 27 people in Melbourne."
    assert names(text, "ORG") == {"AFP", "Victoria Police"}


def test_things_counted_by_their_maker_s_name_are_no_people() -> None:
    text = "Police seized 3 Harley Davidsons and two Toyota Corollas. In 2019 Ahmed Khan founded the gang."
    assert names(text, "PERSON") == {"Ahmed Khan"}


@pytest.mark.parametrize(
    "text",
    [
        # a dotted country's first letter after a group's cue is no group: the place, then the body
        "The interdictions are led and conducted by members of the U.S. Coast Guard.",
        "The probe was supported by partners including the Canada Border Services Agency and the U.S. Coast Guard.",
    ],
)
def test_a_dotted_country_s_first_letter_is_no_group_s_name(text: str) -> None:
    assert "U" not in names(text, "ORG")
    assert "Coast Guard" in names(text, "ORG") and "U.S." in names(text, "LOCATION")
