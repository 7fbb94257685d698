"""The rule-based extractor on the seed, on evaluation reports, and on
text nobody wrote for it."""

from __future__ import annotations

import pytest

from store.extract import extract

from .conftest import dev_text


def _names(result, etype):
    return {e.name for e in result.entities if e.type == etype}


def _figures(result, operation):
    return {(f.metric, f.value, f.unit) for f in result.figures if f.operation == operation}


def test_seed_entities(seed_text):
    result = extract(seed_text)
    assert {"INTERPOL", "MS13", "Barrio18"} <= _names(result, "ORG")
    assert _names(result, "PERSON") == {"José de Gracia"}
    assert {"Colombia", "Honduras", "Spain", "VIENNA", "Austria"} <= _names(result, "LOCATION")
    assert _names(result, "OPERATION") == {"Lionfish", "Trigger V"}


def test_seed_operations_and_figures(seed_text):
    result = extract(seed_text)
    years = {op.name: op.year for op in result.operations}
    assert years == {"Lionfish": 2018, "Trigger V": None}
    assert _figures(result, "Lionfish") == {("arrests", 1300, "count")}
    assert _figures(result, "Trigger V") == {("seized", 850, "count"), ("arrests", 560, "count")}
    firearms = next(f for f in result.figures if f.metric == "seized")
    assert firearms.item == "firearms"


def test_seed_figures_carry_their_evidence(seed_text):
    result = extract(seed_text)
    arrests = next(f for f in result.figures if f.value == 1300)
    assert seed_text[arrests.start : arrests.end] == "1,300"
    sentence = seed_text[arrests.sentence_start : arrests.sentence_end]
    assert "Lionfish" in sentence and "1,300" in sentence


def test_trigger_vii_report():
    result = extract(dev_text("h002"))
    figs = _figures(result, "Trigger VII")
    assert ("arrests", 510, "count") in figs
    assert ("seized", 10.1, "tonnes") in figs
    assert ("seized", 3300, "count") in figs
    assert {op.name: op.year for op in result.operations}["Trigger VII"] == 2022


def test_two_operations_keep_their_own_figures():
    result = extract(dev_text("h011"))
    assert ("arrests", 422, "count") in _figures(result, "Lionfish II")
    assert ("seized", 2_200_000, "USD") in _figures(result, "Lionfish II")
    # the earlier operation, mentioned for comparison
    assert ("arrests", 142, "count") in _figures(result, "Lionfish")
    assert ("seized", 30, "tonnes") in _figures(result, "Lionfish")
    assert ("arrests", 142, "count") not in _figures(result, "Lionfish II")


def test_liberterra_report():
    result = extract(dev_text("h025"))
    figs = _figures(result, "Liberterra II")
    assert ("arrests", 2517, "count") in figs
    assert ("rescued", 3222, "count") in figs
    scoped = [f for f in result.figures if f.scope == "Türkiye"]
    assert {(f.metric, f.value) for f in scoped} >= {("rescued", 1500), ("arrests", 94)}


def test_figures_without_a_named_operation():
    text = (
        "Joint action days lead to 1 137 arrests\n"
        "THE HAGUE, Netherlands – Police forces arrested 1 137 suspects and seized "
        "730 kg of heroin and more than €1.4m in cash during joint action days."
    )
    result = extract(text)
    assert result.operations == []
    figs = {(f.operation, f.metric, f.value, f.unit, f.qualifier) for f in result.figures}
    assert (None, "arrests", 1137, "count", None) in figs
    assert (None, "seized", 730, "kg", None) in figs
    assert (None, "seized", 1_400_000, "EUR", "more than") in figs


def test_numbers_that_are_not_figures_are_ignored():
    text = (
        "Operation Blue Harbour ran for two weeks\n"
        "LYON, France – Officers from 39 countries took part in Operation Blue Harbour from "
        "24 to 30 September 2022. It led to 15 arrests. Victims had lost USD 2 million. "
        "A 32-year-old man was among those held."
    )
    result = extract(text)
    assert {(f.metric, f.value) for f in result.figures} == {("arrests", 15)}
    assert {op.name: op.year for op in result.operations} == {"Blue Harbour": 2022}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n\n",
        "[/]" * 50,
        "\x1b[2J\x1b]52;c;AAAA\x07 Operation \x9b Trigger 12,000,000,000,000 arrests",
        "Operation " * 200,
        "(" * 500 + "A" * 1000,
        "1," * 1000,
        "€$£" * 100,
    ],
)
def test_hostile_text_never_crashes(text):
    result = extract(text)
    for ent in result.entities:
        for start, end in ent.mentions:
            assert 0 <= start < end <= len(text)


def test_extraction_leaves_the_garbage_collector_as_it_found_it(monkeypatch):
    # extract() pauses Python's cyclic collector while it works (a speed matter):
    # the app and ingest must get it back as they had it, even after an error.
    import gc

    import store.extract as extraction

    assert gc.isenabled()
    extract("Police in Kenya arrested 5 suspects.")
    assert gc.isenabled()
    gc.disable()
    try:
        extract("Police in Kenya arrested 5 suspects.")
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(text):
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(extraction, "find_entities", broken)
    with pytest.raises(RuntimeError):
        extract("Police in Kenya arrested 5 suspects.")
    assert gc.isenabled()
