"""The CLI as a toolchain piece (issue #7): queries, exports, provenance,
and the store as an ordinary SQLite file."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tui.cli import cli

from .conftest import store_with

DOCS = {
    "a.txt": "Operation Kestrel nets 40 arrests\nLYON, France – INTERPOL said Operation Kestrel led to 40 "
    "arrests and the seizure of 2 tonnes of cocaine. Anna Berg, Director of the Swedish Police "
    "Authority, said cocaine trafficking grew.",
    "b.txt": "Kestrel follow-up\nTHE HAGUE, Netherlands – Europol confirmed that Operation Kestrel led "
    "to 40 arrests. Europol and INTERPOL worked together in Spain.",
    "c.txt": "Evil \x1b]52;c;ZXZpbA==\x07 title\nINTERPOL met in Vienna \x1b[2J about \u202e fraud.",
}


@pytest.fixture
def store(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", DOCS)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_search_json_and_csv(store: Path):
    code, out = run("search", "--db", str(store), "cocaine", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["title"] for r in rows] == ["Operation Kestrel nets 40 arrests"]
    assert "«cocaine»" in rows[0]["snippet"]
    code, out = run("search", "--db", str(store), "kestrel", "--csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert {r["title"] for r in table} == {"Operation Kestrel nets 40 arrests", "Kestrel follow-up"}


def test_entities_filters(store: Path):
    code, out = run("entities", "--db", str(store), "--type", "org", "--json")
    assert code == 0
    assert {r["type"] for r in json.loads(out)} == {"ORG"}
    code, out = run("entities", "--db", str(store), "--prefix", "euro", "--json")
    assert [r["name"] for r in json.loads(out)] == ["Europol"]
    code, out = run("entities", "--db", str(store), "--limit", "2", "--json")
    assert len(json.loads(out)) == 2


def test_entity_documents_and_cooccurrence(store: Path):
    code, out = run("entity", "--db", str(store), "europol", "--json")
    data = json.loads(out)
    assert data["entity"]["name"] == "Europol"
    assert [d["title"] for d in data["documents"]] == ["Kestrel follow-up"]
    assert "Europol confirmed" in data["documents"][0]["context"]
    assert "INTERPOL" in {c["name"] for c in data["cooccurring"]}
    code, out = run("entity", "--db", str(store), "nobody-at-all")
    assert code == 1 and "no entity matches" in out


def test_operations_and_stats(store: Path):
    code, out = run("operations", "--db", str(store), "--json")
    (kestrel,) = [r for r in json.loads(out) if r["name"] == "Kestrel"]
    assert kestrel["arrests"] == 40 and kestrel["documents"] == 2
    code, out = run("stats", "--db", str(store), "--json")
    stats = json.loads(out)
    assert stats["documents"] == 3 and stats["entities_by_type"]["ORG"] >= 3


def test_show_marks_mentions_and_never_emits_controls(store: Path):
    code, out = run("show", "--db", str(store), "1")
    assert "«INTERPOL»[ORG]" in out and "«Kestrel»[OPERATION]" in out
    code, out = run("show", "--db", str(store), "3")
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "␛]52;c;ZXZpbA==␇" in out and "<U+202E>" in out
    code, out = run("show", "--db", str(store), "3", "--json")
    assert "\\u001b" in out and "\x1b" not in out
    code, out = run("show", "--db", str(store), "999")
    assert code == 1 and "no document matches" in out


def test_plain_and_csv_output_escape_controls(store: Path):
    for fmt in ([], ["--csv"]):
        code, out = run("search", "--db", str(store), "evil", *fmt)
        assert code == 0
        assert "\x1b" not in out and "\x07" not in out
        assert "␛" in out


def test_csv_export_with_manifest(store: Path, tmp_path: Path):
    out_dir = tmp_path / "csv"
    code, out = run("export", "--db", str(store), "--format", "csv", "-o", str(out_dir), "--manifest")
    assert code == 0, out
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["MANIFEST.json", "documents.csv", "entities.csv", "figures.csv", "mentions.csv", "operations.csv"]
    figures = list(csv.DictReader(open(out_dir / "figures.csv", encoding="utf-8")))
    arrests = [f for f in figures if f["metric"] == "arrests"]
    assert {f["operation"] for f in arrests} == {"Kestrel"}
    assert all(f["evidence_text"] == "40" and "Kestrel" in f["evidence_sentence"] for f in arrests)
    manifest = json.loads((out_dir / "MANIFEST.json").read_text())
    assert manifest["store_id"] and manifest["docket_version"]
    import hashlib

    for entry in manifest["files"]:
        digest = hashlib.sha256((out_dir / entry["name"]).read_bytes()).hexdigest()
        assert digest == entry["sha256"]


def test_export_filters_select_documents(store: Path, tmp_path: Path):
    code, out = run("export", "--db", str(store), "--entity", "Europol")
    assert [json.loads(line)["title"] for line in out.splitlines()] == ["Kestrel follow-up"]
    code, out = run("export", "--db", str(store), "--operation", "Kestrel")
    assert len(out.splitlines()) == 2
    code, out = run("export", "--db", str(store), "--search", "vienna")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [3]


def test_ftm_export(store: Path, tmp_path: Path):
    target = tmp_path / "out.ftm.json"
    code, out = run("export", "--db", str(store), "--format", "ftm", "-o", str(target))
    assert code == 0, out
    entities = [json.loads(line) for line in target.read_text().splitlines()]
    schemas = {e["schema"] for e in entities}
    assert {"PlainText", "Person", "Organization", "Address", "Event", "Mention"} <= schemas
    by_id = {e["id"]: e for e in entities}
    for mention in (e for e in entities if e["schema"] == "Mention"):
        assert mention["properties"]["document"][0] in by_id
        assert mention["properties"]["resolved"][0] in by_id
    person = next(e for e in entities if e["schema"] == "Person")
    assert person["properties"]["name"] == ["Anna Berg"]


def test_ftm_export_loads_with_followthemoney(store: Path, tmp_path: Path):
    model = pytest.importorskip("followthemoney").model
    code, out = run("export", "--db", str(store), "--format", "ftm")
    for line in out.splitlines():
        proxy = model.get_proxy(json.loads(line), cleaned=False)
        assert proxy.schema is not None and proxy.id


def test_sqlite_utils_search_works_on_a_store(store: Path):
    """The store is an ordinary SQLite file: sqlite-utils' own search and views work."""
    proc = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "search", str(store), "documents", "cocaine", "-c", "title"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Operation Kestrel nets 40 arrests" in proc.stdout
    import sqlite_utils

    db = sqlite_utils.Database(store)
    assert {"figures_per_operation", "documents_per_entity"} <= set(db.view_names())
    rows = list(db["figures_per_operation"].rows_where("operation = ?", ["Kestrel"]))
    assert {r["value"] for r in rows if r["metric"] == "arrests"} == {40}
