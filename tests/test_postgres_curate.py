"""Analysts' corrections, re-extraction and seed removal on a PostgreSQL
store: the same commands on a SQLite store and a PostgreSQL store of the
same documents leave the same exports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from seeds import seed_paths, source_name
from store.db import create_store, open_writer, store_location
from store.ingest import ingest_paths
from tui.cli import cli

REPO = Path(__file__).resolve().parents[1]


def run(store: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", store, *args])
    assert result.exit_code == 0, (args, result.output)
    return result.output


def exported(store: str) -> list[dict]:
    """The export without times, and without figure ids: once figures are
    extracted again SQLite reuses freed ids where PostgreSQL issues new ones
    (corrections name a figure by its document and span, never its id)."""

    def strip(value, top=False):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "ingested_at" and (top or k != "id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return [strip(json.loads(line), True) for line in run(store, "export").splitlines() if line.startswith("{")]


def test_corrections_reextract_and_remove_seeds_agree_on_both_engines(pg_store: str, tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for src in sorted((REPO / "tests" / "fixtures").glob("*.txt")):
        shutil.copy(src, folder / src.name)
    sqlite_store = str(tmp_path / "store.db")
    stores = [sqlite_store, pg_store]
    for store in stores:
        if not store.startswith("postgresql:"):
            create_store(Path(store))
        db = open_writer(store_location(store))
        try:  # the seeds as `docket` stores them on first launch
            ingest_paths(db, seed_paths(), source_name=source_name, workers=1)
        finally:
            db.close()
        run(store, "ingest", "-q", str(folder))
    assert exported(sqlite_store) == exported(pg_store)
    doc = json.loads(run(sqlite_store, "show", "1", "--json"))
    mention = doc["mentions"][0]
    figure = doc["operations"][0]["stats"][0] if doc["operations"][0]["stats"] else None
    steps = [
        ["curate", "rename", "ORG", "Interpol", "INTERPOL (Lyon)"],
        ["curate", "merge", "LOCATION", "Spain", "Colombia"],
        ["curate", "reject", "ORG", "MS13"],
        ["curate", "year", "Lionfish 2018", "2017"],
        ["curate", "undo", "1"],
        ["curate", "split", "LOCATION", "Spain"],
        ["curate", "retype", "ORG", "Barrio18", "PERSON"],
        ["curate", "alias", "ORG", "INTERPOL", "I.C.P.O."],
        ["curate", "reject-mention", "1", str(mention["start"]), str(mention["end"])],
        ["curate", "add-mention", "1", "ORG", "police body"],
        ["reextract"],
    ]
    if figure is not None:
        steps.insert(4, ["curate", "reject-figure", "1"])
    for step in steps:
        outputs = [run(store, *step) for store in stores]
        assert outputs[0].replace(sqlite_store, "S") == outputs[1].replace(pg_store, "S"), step
        assert exported(sqlite_store) == exported(pg_store), step
    for store in stores:  # a name no entity has: the same one line on both engines
        result = CliRunner().invoke(cli, ["--db", store, "curate", "rename", "ORG", "No Such Agency", "X"])
        assert result.exit_code == 1 and "No Such Agency" in result.output, result.output
    listed = [json.loads(run(store, "curate", "list", "--json")) for store in stores]
    for rows in listed:
        for row in rows:
            row.pop("at", None), row.pop("uid", None)
    assert listed[0] == listed[1]
    for store in stores:
        run(store, "remove-seeds")
    assert exported(sqlite_store) == exported(pg_store)
    assert "PROBLEM" not in run(pg_store, "check")
