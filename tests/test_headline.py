"""Headline figures of an operation instance, series and conflicts: the
rules tested directly, then through the real ingest, removal and migration."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.db import SCHEMA_VERSION, _build_schema, open_writer, schema_problems
from store.queries import Reader
from store.remove import remove_documents
from store.summary import (
    Figure,
    conflicts,
    format_figure,
    format_number,
    format_quantity,
    headline,
    reconcile,
)
from store.text import series_key
from tests.conftest import DEV, store_with

pytestmark = pytest.mark.engines


def fig(doc: int, metric: str, value: float, item: str | None = None, unit: str = "count", **kw) -> Figure:
    return Figure(doc, metric, item, value, unit, kw.get("qualifier"), kw.get("scope"))


# ------------------------------------------------------------------ series


@pytest.mark.parametrize(
    ("name", "series"),
    [
        ("Lionfish", "lionfish"),
        ("Lionfish II", "lionfish"),
        ("Lionfish V", "lionfish"),
        ("Lionfish-Mayag III", "lionfish"),
        ("LIONFISH ii", "lionfish"),
        ("Thunder 2021", "thunder"),
        ("Pangea XIV", "pangea"),
        ("HAECHI III", "haechi"),
        ("Screen West Africa 2025", "screen west africa"),
        ("Blue Amber", "blue amber"),
        ("Mix", "mix"),  # a word that reads as a numeral is the name, not an edition
        ("Civil Shield", "civil shield"),
        ("2021", "2021"),  # never an empty series
    ],
)
def test_series_is_the_codename_before_its_edition(name: str, series: str):
    assert series_key(name) == series


def test_series_rule_is_linear_on_odd_names():
    import time

    for odd in ("A-" * 100_000, "II " * 100_000, "x" * 300_000, "Lionfish" + "-" * 100_000):
        t = time.perf_counter()
        series_key(odd)
        assert time.perf_counter() - t < 2


# --------------------------------------------------------------- reconciling


def test_a_flat_figure_beats_a_hedged_one_and_the_conflict_is_kept():
    got = reconcile({1: (66, None), 2: (60, "over")})
    assert (got.value, got.qualifier) == (66, None)
    assert got.in_conflict and [r.value for r in got.reports] == [66, 60]
    assert "stated flatly" in got.why()


def test_a_precise_figure_beats_a_round_one():
    got = reconcile({1: (1300, None), 2: (1290, None)})
    assert got.value == 1290 and got.in_conflict and "most precise" in got.why()


def test_between_equally_precise_values_the_most_cited_wins():
    got = reconcile({1: (975, None), 2: (975, None), 3: (973, None)})
    assert got.value == 975 and got.chosen.documents == (1, 2) and "most documents" in got.why()


def test_the_same_value_from_several_documents_is_no_conflict():
    got = reconcile({1: (975, None), 2: (975, None)})
    assert not got.in_conflict and got.why() == ""


# ----------------------------------------------------------------- headline


def test_national_parts_subcounts_and_repeats_are_never_added():
    figures = [
        fig(1, "arrests", 49),
        fig(1, "arrests", 13, scope="Spain"),
        fig(1, "arrests", 10),  # a part of the 49, stated without a place
        fig(1, "arrests", 6, "high-value targets"),  # a sub-count
        fig(2, "arrests", 49),  # the same figure, another document
        fig(2, "arrests", 940, scope="Dubai"),
    ]
    head = headline(figures)
    assert head.arrests.value == 49 and not head.arrests.in_conflict
    assert head.conflicts == 0


def test_a_document_with_only_a_counted_part_gives_a_lower_bound():
    """The arrest figure whose item ran on (or a sub-count alone) is not
    dropped: the headline says at least that many."""
    head = headline([fig(1, "arrests", 975, "suspects in a run-on item text that goes on"), fig(1, "other", 3, "x")])
    assert (head.arrests.value, head.arrests.qualifier) == (975, "at least")
    assert format_figure(head.arrests.value, head.arrests.qualifier) == "≥975"
    both = headline([fig(1, "arrests", 850, "on trafficking charges"), fig(2, "arrests", 975)])
    assert (both.arrests.value, both.arrests.qualifier) == (975, None)  # a stated total wins
    same_doc = headline([fig(1, "arrests", 850, "on trafficking charges"), fig(1, "arrests", 975)])
    assert (same_doc.arrests.value, same_doc.arrests.qualifier) == (975, None)
    assert same_doc.conflicts == 0


def test_rescued_is_the_operation_wide_figure_whatever_its_item():
    head = headline([fig(1, "rescued", 3222, "potential victims"), fig(1, "rescued", 1500, scope="Türkiye")])
    assert head.rescued.value == 3222


def test_main_seizures_are_quantities_with_units_one_of_each_kind_first():
    figures = [
        fig(1, "seized", 27.5, "cocaine", "tonnes", qualifier="more than"),
        fig(1, "seized", 850, "firearms"),
        fig(1, "seized", 822_000_000, "drugs value", "USD"),
        fig(1, "seized", 8, "chemical precursors", "tonnes"),
        fig(1, "seized", 900, "ecstasy pills", scope="Panama"),  # a national part: not a headline
        fig(2, "seized", 850, "Firearms"),  # the same figure again
    ]
    head = headline(figures)
    assert head.main_seizures == "cocaine >27.5 t · firearms 850 · drugs value USD 822m"
    assert head.seizure_figures == 5  # cocaine, firearms, value, precursors, the Panama part; firearms once


def test_the_item_shown_is_chosen_by_rule_not_by_the_order_documents_came_in():
    body, head = fig(1, "seized", 7_850_000, "cigarettes"), fig(2, "seized", 7_850_000, "CIGARETTES")
    assert headline([body, head]).main_seizures == headline([head, body]).main_seizures == "cigarettes 7.85m"
    parts = [fig(3, "seized", 12, "rifles", scope="LAGOS"), fig(4, "seized", 14, "rifles", scope="Lagos")]
    assert [c.scope for c in conflicts(parts)] == [c.scope for c in conflicts(parts[::-1])] == ["Lagos"]


def test_figure_counts_count_a_disputed_figure_once():
    head = headline([fig(1, "seized", 1300, "cocaine", "kg"), fig(2, "seized", 1290, "cocaine", "kg")])
    assert head.seizure_figures == 1 and head.conflicts == 1
    assert head.main_seizures == "cocaine 1,290 kg"


def test_conflicts_name_the_figure_and_every_report():
    found = conflicts([fig(1, "arrests", 66), fig(2, "arrests", 60, qualifier="over"), fig(2, "arrests", 5, "x")])
    (c,) = found
    assert (c.metric, c.item, c.unit, c.scope) == ("arrests", None, "count", None)
    assert [(r.value, r.qualifier, r.documents) for r in c.figure.reports] == [(66, None, (1,)), (60, "over", (2,))]


def test_an_item_told_two_ways_within_one_document_is_no_conflict():
    assert conflicts([fig(1, "other", 720, "bank accounts"), fig(1, "other", 100, "bank accounts")]) == []


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "shown"),
    [
        (975, "count", None, "975"),
        (300, "count", "around", "~300"),
        (1600, "count", "more than", ">1,600"),
        (27.5, "tonnes", None, "27.5 t"),
        (1_300_000_000, "USD", "almost", "~USD 1.3bn"),
        (2_150_000, "EUR", None, "EUR 2.15m"),
        (313, "m3", None, "313 m3"),
    ],
)
def test_quantities_read_as_an_analyst_writes_them(value, unit, qualifier, shown):
    assert format_quantity(value, unit, qualifier) == shown


def test_numbers_and_missing_figures():
    assert format_figure(None) == "—"
    assert format_number(float("inf")) == "?"
    assert format_number(14260) == "14,260"


# --------------------------------------------------------------- in a store

KESTREL_A = (
    "Kestrel arrests\nLYON, France – INTERPOL said Operation Kestrel, which ran in 2021, resulted in 66 arrests "
    "and the seizure of 1,300 kg of cocaine. In Spain, 12 arrests were made."
)
KESTREL_B = (
    "Kestrel wrap-up\nMADRID – Police said Operation Kestrel in 2021 led to more than 60 arrests and the "
    "seizure of 1,290 kg of cocaine. Officers also rescued 14 victims."
)


def kestrel(reader: Reader) -> dict:
    (row,) = [r for r in reader.operations() if r["name"] == "Kestrel"]
    return row


def test_two_documents_that_disagree_show_both_and_the_headline_says_which(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "docs", {"a.txt": KESTREL_A, "b.txt": KESTREL_B})
    reader = Reader(db_path)
    row = kestrel(reader)
    assert (row["arrests"], row["arrests_qualifier"], row["rescued"], row["year"]) == (66, None, 14, 2021)
    assert row["main_seizures"] == "cocaine 1,290 kg"
    assert (row["conflicts"], row["documents"], row["seizure_figures"]) == (2, 2, 1)
    figures = reader.operation_figures(row["id"])
    arrests = [f for f in figures if f["metric"] == "arrests" and not f["scope"]]
    assert [(f["value"], f["chosen"]) for f in arrests] == [(66, True), (60, False)]
    note = arrests[0]["conflict"]
    assert note == "66 in Kestrel arrests · >60 in Kestrel wrap-up; headline takes 66 (stated flatly, most precise)"
    spain = next(f for f in figures if f["scope"] == "Spain")
    assert spain["conflict"] is None
    reader.close()


def test_removing_a_document_puts_the_headline_right(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "docs", {"a.txt": KESTREL_A, "b.txt": KESTREL_B})
    reader = Reader(db_path)
    b_id = next(d["id"] for d in reader.documents() if d["title"] == "Kestrel wrap-up")
    remove_documents(db_path, [b_id])
    row = kestrel(reader)
    assert (row["arrests"], row["rescued"], row["conflicts"], row["documents"]) == (66, None, 0, 1)
    assert row["main_seizures"] == "cocaine 1,300 kg"
    reader.close()


def test_a_report_added_later_joins_the_headline(db_path: Path, tmp_path: Path):
    store_with(db_path, tmp_path / "one", {"b.txt": KESTREL_B})
    assert (kestrel(Reader(db_path))["arrests_qualifier"], kestrel(Reader(db_path))["conflicts"]) == ("more than", 0)
    store_with(db_path, tmp_path / "two", {"a.txt": KESTREL_A})
    row = kestrel(Reader(db_path))
    assert (row["arrests"], row["arrests_qualifier"], row["conflicts"]) == (66, None, 2)


def test_series_lists_every_edition_and_year(db_path: Path, tmp_path: Path):
    texts = {
        "l13.txt": "Lionfish\nINTERPOL said Operation Lionfish in 2013 led to 142 arrests.",
        "l14.txt": "Lionfish II\nINTERPOL said Operation Lionfish II in 2014 led to 422 arrests.",
        "l18.txt": "Lionfish 2018\nINTERPOL said Operation Lionfish in 2018 led to 1,300 arrests.",
        "lm.txt": "Mayag\nINTERPOL said Operation Lionfish-Mayag III in 2021 led to 80 arrests.",
        "t.txt": "Trigger\nINTERPOL said Operation Trigger V in 2019 led to 560 arrests.",
    }
    store_with(db_path, tmp_path / "docs", texts)
    reader = Reader(db_path)
    ops = {(r["name"], r["year"]): r["id"] for r in reader.operations()}
    got = [(r["name"], r["year"], r["arrests"]) for r in reader.series(ops[("Lionfish II", 2014)])]
    assert got == [
        ("Lionfish", 2013, 142),
        ("Lionfish II", 2014, 422),
        ("Lionfish 2018", 2018, 1300),  # (the headline writes its year: the fullest form)
        ("Lionfish-Mayag III", 2021, 80),
    ]
    assert [r["name"] for r in reader.series(ops[("Trigger V", 2019)])] == ["Trigger V"]
    reader.close()


def test_dev_reports_headlines(tmp_path: Path):
    if not DEV.exists():
        pytest.skip("evaluation reports not found")
    from store.db import create_store
    from store.ingest import ingest_paths

    path = tmp_path / "dev.db"
    create_store(path)
    db = open_writer(path)
    ingest_paths(db, [DEV])
    db.close()
    rows = {(r["name"], r["year"]): r for r in Reader(path).operations(limit=500)}
    assert rows[("HAECHI III", 2022)]["arrests"] == 975
    assert rows[("Lionfish II", 2014)]["arrests"] == 422
    assert rows[("Lionfish", 2013)]["arrests"] == 142 and rows[("Lionfish", 2018)]["arrests"] == 1300
    assert rows[("Liberterra II", 2024)]["rescued"] == 3222
    assert rows[("Trigger V", None)]["main_seizures"] == "firearms 850"
    assert rows[("Lionfish II", 2014)]["main_seizures"].startswith("cocaine >27.5 t")
    assert rows[("Desert Light", None)]["arrests"] == 49  # not 49 + 13 + 6 + …


# ---------------------------------------------------------------- migration


def test_an_older_store_gets_its_headlines_on_upgrade(tmp_path: Path):
    """A store at schema 7 (before headline figures), with figures, is
    upgraded in place and its summaries are recomputed without re-ingesting."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    _build_schema(conn, 7)  # the schema before headlines
    conn.execute("INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES ('a', 't', 's', 'x', 'now')")
    conn.execute("INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES ('b', 'u', 's', 'y', 'now')")
    conn.execute("INSERT INTO entities (type, name, key, document_count) VALUES ('OPERATION', 'Kestrel', 'kestrel', 2)")
    for doc in (1, 2):
        conn.execute("INSERT INTO document_entities VALUES (?, 1, 'Kestrel', 1, 0)", (doc,))
    conn.executemany(
        "INSERT INTO operation_stats (document_id, operation_id, metric, item, value, unit, qualifier, scope,"
        ' start, "end", sentence_start, sentence_end) VALUES (?, 1, ?, ?, ?, ?, ?, ?, 0, 1, 0, 1)',
        [
            (1, "arrests", None, 66, "count", None, None),
            (2, "arrests", None, 60, "count", "over", None),
            (1, "seized", "cocaine", 2.5, "tonnes", None, None),
        ],
    )
    conn.execute(
        "INSERT INTO operation_summary (operation_id, name, arrests, seizures, other, documents)"
        " VALUES (1, 'Kestrel', 66, 1, 0, 2)"
    )
    conn.close()
    open_writer(path).close()  # upgrades, after a backup
    assert (tmp_path / "old.db.v7.backup").exists()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert schema_problems(check) == []
    check.close()
    (row,) = Reader(path).operations()
    assert (row["arrests"], row["conflicts"], row["main_seizures"]) == (66, 1, "cocaine 2.5 t")
    assert row["series"] == "kestrel"


# ------------------------------------------------------------------- exports


def test_exports_and_the_cli_carry_the_same_headline(db_path: Path, tmp_path: Path):
    import csv
    import json
    from io import StringIO

    from click.testing import CliRunner

    from store.export import write_csv, write_jsonl
    from tui.cli import cli

    store_with(db_path, tmp_path / "docs", {"a.txt": KESTREL_A, "b.txt": KESTREL_B})
    reader = Reader(db_path)
    out = StringIO()
    write_jsonl(reader, out)
    heads = [op["headline"] for line in out.getvalue().splitlines() for op in json.loads(line)["operations"]]
    assert len(heads) == 2 and heads[0] == heads[1]  # each document: the operation's headline across the store
    assert heads[0] == {
        "arrests": 66,
        "arrests_qualifier": None,
        "rescued": 14,
        "rescued_qualifier": None,
        "main_seizures": "cocaine 1,290 kg",
        "documents": 2,
        "seizure_figures": 1,
        "other_figures": 1,
        "conflicts": 2,
    }
    write_csv(reader, tmp_path / "csv", None)
    (row,) = list(csv.DictReader(open(tmp_path / "csv" / "operations.csv", encoding="utf-8")))
    assert (row["name"], row["year"], row["arrests"], row["main_seizures"], row["conflicts"]) == (
        "Kestrel",
        "2021",
        "66",
        "cocaine 1,290 kg",
        "2",
    )
    reader.close()
    result = CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--json"])
    (listed,) = json.loads(result.output)
    assert {k: listed[k] for k in heads[0]} == heads[0]
    plain = CliRunner().invoke(cli, ["operations", "--db", str(db_path)]).output.splitlines()
    assert plain[0].split("\t") == [
        "Id", "Operation", "Year", "Arrests", "Rescued", "Main seizures", "Docs", "Figures", "Conflicts"
    ]  # fmt: skip
    assert plain[1].split("\t")[1:] == ["Kestrel", "2021", "66", "14", "cocaine 1,290 kg", "2", "2", "2"]


def test_cli_lists_conflicts_and_says_when_there_are_none(db_path: Path, tmp_path: Path):
    from click.testing import CliRunner

    from tui.cli import cli

    store_with(db_path, tmp_path / "one", {"a.txt": KESTREL_A})
    none = CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--conflicts"])
    assert none.exit_code == 1
    assert none.output.strip().splitlines() == [
        "docket: no conflicting figures: no two documents report different values for the same figure"
    ]
    store_with(db_path, tmp_path / "two", {"b.txt": KESTREL_B})
    got = CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--conflicts"])
    assert got.exit_code == 0
    lines = [line.split("\t") for line in got.output.splitlines()]
    assert lines[0] == ["Id", "Operation", "Year", "Metric", "Item", "Scope", "Unit", "Reports", "Headline takes"]
    arrests = next(line for line in lines if line[3] == "arrests")
    assert arrests[7] == "66 in doc 1 · >60 in doc 2" and arrests[8] == "66 (stated flatly, most precise)"
    cocaine = next(line for line in lines if line[4] == "cocaine")
    assert cocaine[8] == "1,290 kg (most precise)"
