"""An operation is a codename and the year it ran: in the store, the export
and the CLI, two editions of one codename are two operations."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.export import write_jsonl
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


def test_the_export_keeps_each_edition_with_its_figures(db_path: Path, tmp_path: Path) -> None:
    store_with(db_path, tmp_path / "docs", TEXTS)
    reader = Reader(db_path)
    try:
        out = io.StringIO()
        write_jsonl(reader, out, None)
    finally:
        reader.close()
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in map(json.loads, out.getvalue().splitlines())}
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
