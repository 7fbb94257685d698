"""An operation is a codename and the year it ran: in the store, the export
and the CLI, two editions of one codename are two operations."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.export import write_jsonl
from store.extract import extract
from store.queries import Reader
from tests.conftest import store_with
from tui.cli import cli

pytestmark = pytest.mark.engines

TEXTS = {
    "a.txt": (
        "Kestrel returns\nLONDON, 3 May 2024 - Operation Kestrel, which ran in 2019, led to 40 arrests.\n"
        "In 2024, Operation Kestrel returned and 310 people were arrested.\n"
    ),
    "b.txt": "Old Kestrel\nOperation Kestrel in 2019 seized 50 kg of cocaine.\n",
}


def test_two_years_of_one_codename_are_two_operations(db_path: Path, tmp_path: Path) -> None:
    store_with(db_path, tmp_path / "docs", TEXTS)
    result = CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    kestrel = sorted((r["year"], r["arrests"], r["documents"]) for r in rows if r["name"] == "Kestrel")
    assert kestrel == [(2019, 40, 2), (2024, 310, 1)]


def _exported(db_path: Path) -> list[dict]:
    """The store's documents as the JSON Lines export writes them."""
    reader = Reader(db_path)
    try:
        out = io.StringIO()
        write_jsonl(reader, out, None)
    finally:
        reader.close()
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_the_export_keeps_each_edition_with_its_figures(db_path: Path, tmp_path: Path) -> None:
    store_with(db_path, tmp_path / "docs", TEXTS)
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in _exported(db_path)}
    ops = {(o["name"], o["year"]): [(s["metric"], s["value"]) for s in o["stats"]] for o in docs["a.txt"]["operations"]}
    assert ops == {("Kestrel", 2019): [("arrests", 40)], ("Kestrel", 2024): [("arrests", 310)]}
    old = {(o["name"], o["year"]) for o in docs["b.txt"]["operations"]}
    assert old == {("Kestrel", 2019)}


def test_an_operation_is_found_by_its_name_or_its_name_and_year(db_path: Path, tmp_path: Path) -> None:
    store_with(db_path, tmp_path / "docs", TEXTS)
    reader = Reader(db_path)
    try:
        assert reader.find_entity("Kestrel 2024", "OPERATION")["key"] == "kestrel 2024"
        assert reader.find_entity("Kestrel", "OPERATION")["key"] in {"kestrel 2019", "kestrel 2024"}
        assert reader.find_entity("kestrel", None)["type"] == "OPERATION"
    finally:
        reader.close()
    labels = {r["label"] for r in Reader(db_path).metric_by_operation("arrests")}
    assert labels == {"Kestrel 2019", "Kestrel 2024"}  # the chart tells the editions apart


GATE = {
    "plain.txt": "Police end Gate Night\n\nLONDON – Operation Gate Night ended with 12 arrests, police said.\n",
    "yeared.txt": "Gate Night 2014 results\n\nLONDON – Operation Gate Night 2014 led to 40 arrests across the city.\n",
}


def _ingest_in_order(db_path: Path, folder: Path, order: list[str]) -> list[tuple]:
    from store.db import create_store, open_writer
    from store.ingest import ingest_paths

    create_store(db_path)
    folder.mkdir(parents=True)
    for name in order:  # one document at a time, in this order
        (folder / name).write_text(GATE[name], encoding="utf-8")
        db = open_writer(db_path)
        ingest_paths(db, [folder / name])
        db.close()
    result = CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    return sorted((r["name"], r["year"], r["documents"]) for r in json.loads(result.output))


def test_which_instance_a_document_joins_does_not_depend_on_the_order_of_arrival(tmp_path: Path) -> None:
    first = _ingest_in_order(tmp_path / "a.db", tmp_path / "a", ["plain.txt", "yeared.txt"])
    second = _ingest_in_order(tmp_path / "b.db", tmp_path / "b", ["yeared.txt", "plain.txt"])
    assert first == second == [("Gate Night 2014", 2014, 2)]


SENTINEL = {
    "plain-1.txt": "Sentinel Black ends\n\nLAGOS – Operation Sentinel Black ended with 12 arrests, police said.\n",
    "plain-2.txt": "More from Sentinel Black\n\nACCRA – In Operation Sentinel Black, 40 kg of cannabis was seized.\n",
    "y2020.txt": "Sentinel Black in 2020\n\nOperation Sentinel Black, which ran in 2020, led to 70 arrests.\n",
    "y2021.txt": "Sentinel Black 2021\n\nOperation Sentinel Black 2021 led to 90 arrests across the region.\n",
}


def _store_of(db_path: Path, folder: Path, texts: dict[str, str], order: list[str], batches: list[int]) -> list:
    """Ingest ``order`` in runs of the given sizes (each run one ingest), and
    return the export with ids and times left out."""
    from store.db import create_store, open_writer
    from store.ingest import ingest_paths

    create_store(db_path)
    folder.mkdir(parents=True)
    at = 0
    for size in batches:
        run = order[at : at + size]
        at += size
        for name in run:
            (folder / name).write_text(texts[name], encoding="utf-8")
        db = open_writer(db_path)
        ingest_paths(db, [folder / name for name in run])
        db.close()
    return _export(db_path)


def _export(db_path: Path) -> list:
    reader = Reader(db_path)
    try:
        out = io.StringIO()
        write_jsonl(reader, out, None)
    finally:
        reader.close()

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "ingested_at", "source")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return sorted((strip(json.loads(line)) for line in out.getvalue().splitlines()), key=lambda r: r["sha256"])


def _operations(db_path: Path) -> list[tuple]:
    result = CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [(r["name"], r["year"], r["documents"], r["arrests"]) for r in json.loads(result.output)]
    return sorted(rows, key=lambda r: (r[0], r[1] or 0))


def test_a_store_is_the_same_whatever_the_order_and_batches_documents_arrive_in(tmp_path: Path) -> None:
    names = list(SENTINEL)
    orders = [
        (names, [4]),  # all at once
        (names, [1, 1, 1, 1]),  # the yearless ones first, one at a time: they join 2020, then must leave it
        (list(reversed(names)), [1, 1, 1, 1]),
        (["plain-1.txt", "y2021.txt", "plain-2.txt", "y2020.txt"], [2, 2]),
    ]
    stores = []
    for i, (order, batches) in enumerate(orders):
        stores.append(_store_of(tmp_path / f"{i}.db", tmp_path / f"d{i}", SENTINEL, order, batches))
    assert all(s == stores[0] for s in stores[1:])
    # two years known: the documents without a year stay an operation of their own
    assert _operations(tmp_path / "1.db") == [
        ("Sentinel Black", None, 2, 12),
        ("Sentinel Black", 2020, 1, 70),
        ("Sentinel Black 2021", 2021, 1, 90),
    ]


def test_a_headline_in_capitals_names_the_operation_its_text_dates_whatever_the_order(tmp_path: Path) -> None:
    # The headline wrote the codename in capitals and gave no year: it was an operation of its own in
    # its document, merged into the year's one or not depending on what the store held when it arrived
    # (four concurrent PostgreSQL ingests of 10,000 reports differed from one SQLite ingest by that).
    texts = {
        "a.txt": (
            "OPERATION KESTREL WATCH: 40 ARRESTS AND 2 TONNES OF COCAINE SEIZED\n\nLYON, France – Police "
            "made 40 arrests in Operation Kestrel Watch, which ran from 3 to 25 May 2015.\n"
        ),
        "b.txt": "Operation Kestrel Watch, run in 2012, led to 12 arrests in Spain.\n",
    }
    first = _store_of(tmp_path / "ab.db", tmp_path / "ab", texts, ["a.txt", "b.txt"], [1, 1])
    second = _store_of(tmp_path / "ba.db", tmp_path / "ba", texts, ["b.txt", "a.txt"], [1, 1])
    assert first == second
    assert sorted((o["name"].upper(), o["year"]) for r in first for o in r["operations"]) == [
        ("KESTREL WATCH", 2012),
        ("KESTREL WATCH", 2015),
    ]


def test_a_document_without_a_year_joins_the_one_instance_and_leaves_it_when_a_second_year_arrives(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "s.db"
    _store_of(db_path, tmp_path / "d", SENTINEL, ["plain-1.txt", "plain-2.txt", "y2020.txt"], [1, 1, 1])
    assert [r[:3] for r in _operations(db_path)] == [("Sentinel Black", 2020, 3)]
    doc = next(d for d in _export(db_path) if d["title"] == "Sentinel Black ends")
    # the document itself gave no year, and says so in the export
    assert [(o["name"], o["year"], o["headline"]["documents"]) for o in doc["operations"]] == [
        ("Sentinel Black", None, 3)
    ]

    from store.db import open_writer
    from store.ingest import ingest_paths

    (tmp_path / "d" / "y2021.txt").write_text(SENTINEL["y2021.txt"], encoding="utf-8")
    db = open_writer(db_path)
    ingest_paths(db, [tmp_path / "d" / "y2021.txt"])
    db.close()
    assert _operations(db_path) == [
        ("Sentinel Black", None, 2, 12),
        ("Sentinel Black", 2020, 1, 70),
        ("Sentinel Black 2021", 2021, 1, 90),
    ]


def test_removing_the_second_year_brings_the_documents_without_a_year_back(tmp_path: Path) -> None:
    from store.remove import remove_documents

    db_path = tmp_path / "s.db"
    _store_of(db_path, tmp_path / "d", SENTINEL, list(SENTINEL), [4])
    assert len(_operations(db_path)) == 3
    reader = Reader(db_path)
    try:
        gone = [d["id"] for d in reader.documents(limit=10) if d["title"] == "Sentinel Black 2021"]
    finally:
        reader.close()
    assert remove_documents(db_path, gone) == 1
    assert [r[:3] for r in _operations(db_path)] == [("Sentinel Black", 2020, 3)]
    without = _store_of(tmp_path / "t.db", tmp_path / "e", SENTINEL, ["plain-1.txt", "plain-2.txt", "y2020.txt"], [3])
    assert _export(db_path) == without  # as if the removed document had never come


def test_an_instance_is_named_by_its_documents_not_by_the_first_to_arrive(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Gate Night\n\nOperation Gate Night, run in 2014, led to 3 arrests.\n",
        "b.txt": "Gate Night again\n\nOperation Gate Night 2014 seized 2 kg of heroin.\n",
        "c.txt": "Gate Night once more\n\nOperation Gate Night of 2014 seized 9 kg of heroin.\n",
    }
    first = _store_of(tmp_path / "1.db", tmp_path / "1", texts, ["a.txt", "b.txt", "c.txt"], [1, 1, 1])
    second = _store_of(tmp_path / "2.db", tmp_path / "2", texts, ["c.txt", "b.txt", "a.txt"], [1, 1, 1])
    assert first == second
    # the name that states the instance's year wins over the more common one without it
    assert [r[:3] for r in _operations(tmp_path / "1.db")] == [("Gate Night 2014", 2014, 3)]


def test_seasons_across_two_years_are_editions_that_ran_in_their_end_year() -> None:
    result = extract(
        "Eels seized\n\nOperation Silver Tide 2025-2026 seized 4 tonnes of eels. Its previous season, Silver Tide "
        "2024-2025, led to 191 arrests.\n"
    )
    assert [(e.name, e.year) for e in result.entities if e.type == "OPERATION"] == [
        ("Silver Tide 2025-2026", 2026),
        ("Silver Tide 2024-2025", 2025),
    ]
    assert [(f.value, f.operation) for f in result.figures] == [
        (4, "Silver Tide 2025-2026"),
        (191, "Silver Tide 2024-2025"),
    ]


def test_a_report_that_names_an_earlier_edition_by_its_year_keeps_its_own_edition_apart(
    db_path: Path, tmp_path: Path
) -> None:
    """ "Danube Gate follows 'Danube Gate 2025', which last year led to 118
    arrests": the name alone is the report's own edition, not the earlier one
    its year names, in the extraction and in the store (which moves a name
    given without a year to the one edition of it the store knows by year,
    but not where the document told the two apart itself)."""
    text = (
        "Danube Gate nets 143\nTHE HAGUE - Operation Danube Gate led to 143 arrests in nine countries.\n\n"
        "Danube Gate follows 'Danube Gate 2025', which last year led to 118 arrests.\n"
    )
    result = extract(text)
    assert {(f.operation, f.value) for f in result.figures} == {("Danube Gate", 143), ("Danube Gate 2025", 118)}
    store_with(db_path, tmp_path / "docs", {"d.txt": text})
    (doc,) = _exported(db_path)
    ops = {(o["name"], o["year"]): [s["value"] for s in o["stats"]] for o in doc["operations"]}
    assert ops == {("Danube Gate", None): [143], ("Danube Gate 2025", 2025): [118]}


def test_each_document_exports_its_operations_as_it_writes_them(db_path: Path, tmp_path: Path) -> None:
    """One operation spelt two ways (an accent, a year) is one instance in the
    store, but each document's record names it as that document writes it,
    with the instance's name beside it."""
    texts = {
        "accent.txt": "Orión XVI ends\n\nOperation Orión XVI, run in 2025, led to 12 arrests.\n",
        "plain.txt": "Orion XVI results\n\nOperation Orion XVI seized 4 tonnes of cocaine in 2025.\n",
        "dated.txt": "Orion XVI again\n\nOperation Orion XVI 2025 seized 2 tonnes of cocaine.\n",
    }
    store_with(db_path, tmp_path / "docs", texts)
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in _exported(db_path)}
    named = {src: [(o["name"], o["instance"]) for o in d["operations"]] for src, d in docs.items()}
    instance = named["dated.txt"][0][1]
    assert named == {
        "accent.txt": [("Orión XVI", instance)],
        "plain.txt": [("Orion XVI", instance)],
        "dated.txt": [("Orion XVI 2025", instance)],
    }
    assert [o["stats"][0]["value"] for o in docs["accent.txt"]["operations"]] == [12]


def test_a_series_name_with_a_year_its_one_edition_lacks_is_that_edition():
    text = (
        "Police arrest 14 in trafficking probe\n\n"
        "Police arrested 14 people during Operation Northern Spotlight VI. Operation Northern Spotlight took place "
        "from October 11 to 15, 2017, and 21 charges were laid."
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ["Northern Spotlight VI"]
    assert {f.operation for f in result.figures} == {"Northern Spotlight VI"}


def test_an_operation_s_name_in_its_own_language_in_brackets_is_the_same_operation():
    text = (
        "Record seizure\n\nThe Federal Police launched Operation Black Tide (Operação Maré Negra) on Monday. "
        "Agents served 19 search warrants and arrested 5 people.\n"
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ["Black Tide"]
    assert {f.operation for f in result.figures} == {"Black Tide"}
    # an edition in brackets stays the edition it names
    text = "Report\n\nPolice ran Operation Lionfish (Operation Lionfish III) and seized 4 kg of cocaine.\n"
    assert [e.name for e in extract(text).entities if e.type == "OPERATION"] == ["Lionfish III"]


def test_an_operation_s_other_language_name_said_again_alone_is_still_that_operation():
    text = "Report\n\nPolice ran Operation Black Sea (Opération Mer Noire) in May. Later, Mer Noire teams arrested 4.\n"
    result = extract(text)
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ["Black Sea"]
    assert {f.operation for f in result.figures} == {"Black Sea"}


def test_the_year_a_recurring_series_began_is_no_editions_year():
    # a headline that reads on into its lead, which tells when the annual series began: one edition, the body's year
    text = (
        "Pangea XX: 310 arrested as police shut down illicit pharmacy links\n"
        "LYON, France – Regulators in 90 countries took part, the most since INTERPOL began coordinating this "
        "annual operation in 2008\n\n"
        "Dubbed Pangea XX, the week of action in June 2025 led to 310 arrests worldwide.\n"
    )
    result = extract(text)
    assert [(o.name, o.year) for o in result.operations] == [("Pangea XX", 2025)]
    # a drive that is no series began in its own year
    once = extract("Operation Ferrule\n\nThe operation began in 2013 and led to 142 arrests.\n")
    assert [(o.name, o.year) for o in once.operations] == [("Ferrule", 2013)]


def test_a_text_set_one_paragraph_to_a_line_reads_as_its_blank_line_twin():
    # a page's text copied one paragraph to a line, no blank lines: the earlier edition the lead compares with is
    # named in passing, and the paragraphs after it report the text's own edition, as with blank lines between them
    lines = [
        "Operation Stormgate IX shuts 41,000 illegal pharmacy links",
        "Code-named Operation Stormgate IX, the week of action was coordinated by customs in 70 countries.",
        "The operation led to 41,000 links being removed, the most since the first Operation Stormgate in 2011, "
        "and the arrest of 190 suspects.",
        "In Portugal, officers seized 2,300 boxes of counterfeit tablets and shut down 18 websites.",
        "Customs in Italy recovered 450,000 fake test kits.",
    ]
    for sep in ("\n", "\n\n"):
        result = extract(sep.join(lines) + "\n")
        later = [(f.operation, f.value) for f in result.figures if f.value in (2300, 18, 450000)]
        assert later == [("Stormgate IX", 2300), ("Stormgate IX", 18), ("Stormgate IX", 450000)], sep


def test_the_year_in_a_law_s_title_is_no_operation_s_year():
    text = (
        "Police arrest 120 in Operation Kelambu\n\n"
        "KUCHING, Oct 2: Police arrested 120 people during Operation Kelambu, which ran over three days.\n\n"
        "The operation also led to the arrest of four dealers, investigated under Section 39B of the Dangerous "
        "Drugs Act 1952 and the Customs Act, 1967.\n"
    )
    result = extract(text)
    assert [(o.name, o.year) for o in result.operations] == [("Kelambu", None)]
    assert {(f.value, f.operation_year) for f in result.figures} == {(120, None), (4, None)}


def test_a_dateline_alone_on_its_line_opens_no_roundup_section():
    # a wire story's dateline on a line of its own, between blank lines: the story goes on, no roundup by place
    text = (
        "Police arrest at least 90 in three countries during operations against illegal logging\n\n"
        "by Staff Reporter\n\nNAIROBI\n\n"
        "Police arrested at least 90 people in three countries as part of operations against illegal logging, "
        "officials said on Tuesday.\n\n"
        "The operations, code-named Mti Salama, ran from June to October.\n"
    )
    result = extract(text)
    assert [(f.operation, f.value) for f in result.figures] == [("Mti Salama", 90)]
