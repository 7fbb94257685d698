"""Analysts' corrections (issue #15): kept apart from extraction, applied on
top of it, attributed, audited, undoable, surviving `docket reextract` and
re-ingest, shared between stores with conflicts listed, marked in exports."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from store import curate
from store.audit import os_user, verify_chain
from store.db import create_store, open_writer
from store.engines import database_errors
from store.ingest import ingest_paths
from store.maintenance import check_store
from store.queries import Reader
from store.reextract import reextract
from tests.conftest import DEV, one, rows
from tui.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_9285dadc5717e343.txt"
DEV_DOCS = ("h002", "h005", "h011")
FIXTURES = REPO / "tests" / "fixtures"
pytestmark = pytest.mark.engines


def make_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    shutil.copy(SEED, folder / "seed.txt")
    for extra in FIXTURES.glob("*.txt"):  # the project's own: the tests hold without ../shared
        shutil.copy(extra, folder / extra.name)
    for name in DEV_DOCS:
        if (DEV / f"{name}.txt").exists():
            shutil.copy(DEV / f"{name}.txt", folder / f"{name}.txt")
    return folder


def new_store(path, folder: Path):
    """The store at ``path`` (a new file, or an empty store of either engine) holding ``folder``."""
    if isinstance(path, Path):
        create_store(path)
    db = open_writer(path)
    ingest_paths(db, [folder])
    db.close()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return make_folder(tmp_path)


@pytest.fixture
def store(db_path, folder: Path) -> Path:
    return new_store(db_path, folder)


def problems(path: Path) -> list[str]:
    return [message for ok, message in check_store(path) if not ok]


def entity(path: Path, etype: str, key: str) -> tuple | None:
    found = rows(
        path, "SELECT name, mention_count, document_count FROM entities WHERE type = ? AND key = ?", (etype, key)
    )
    return found[0] if found else None


def figure_id(path: Path, value: float, item: str | None = None) -> int:
    if item is None:
        found = rows(path, "SELECT id FROM operation_stats WHERE value = ? ORDER BY id", (value,))
    else:
        found = rows(path, "SELECT id FROM operation_stats WHERE value = ? AND item = ? ORDER BY id", (value, item))
    assert found, f"no figure {value}"
    return found[0][0]


def figure_at(path: Path, value: float) -> tuple:
    """(value, item, operation name) of the seed figure first stated as ``value``."""
    found = rows(
        path,
        "SELECT s.value, s.item, e.name FROM operation_stats s LEFT JOIN entities e ON e.id = s.operation_id"
        " JOIN documents d ON d.id = s.document_id WHERE d.source LIKE '%seed.txt' AND substr(d.text, s.start + 1,"
        ' s."end" - s.start) = ?',
        (value,),
    )
    return found[0] if found else None


def writer(path: Path):
    return open_writer(path)


# ---------------------------------------------------------------- the store


def test_entity_corrections_are_applied_and_kept_apart(store: Path):
    db = writer(store)
    c = curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL", reason="house style")
    assert (c.user, c.reason, c.status, c.original) == (
        os_user(),
        "house style",
        "in force",
        {"name": "INTERPOL", "type": "ORG"},
    )
    assert c.at.endswith("+00:00")
    honduras, colombia = entity(store, "LOCATION", "honduras"), entity(store, "LOCATION", "colombia")
    curate.correct_entity(db.conn, "merge", "LOCATION", "Honduras", "Colombia")
    curate.correct_entity(db.conn, "reject", "LOCATION", "Vienna")
    curate.correct_entity(db.conn, "retype", "LOCATION", "West Africa", "ORG")
    db.close()
    assert entity(store, "ORG", "interpol")[0] == "ICPO-INTERPOL"
    assert entity(store, "LOCATION", "honduras") is None
    merged = entity(store, "LOCATION", "colombia")
    assert merged[1] == honduras[1] + colombia[1]
    assert entity(store, "LOCATION", "vienna") is None
    assert entity(store, "LOCATION", "west africa") is None and entity(store, "ORG", "west africa") is not None
    # the extractor's rows are what changed, the corrections are rows of their own
    assert one(store, "SELECT count(*) FROM curations") == 4
    assert problems(store) == []


def test_figure_corrections_fix_move_and_reject(store: Path):
    db = writer(store)
    curate.correct_figure(db.conn, figure_id(store, 850, "firearms"), {"value": 900, "qualifier": "about"})
    curate.correct_figure(db.conn, figure_id(store, 560), {"operation": "Lionfish 2018"})
    curate.correct_figure(db.conn, figure_id(store, 1300), None)
    db.close()
    assert figure_at(store, "850") == (900.0, "firearms", "Trigger V")
    assert figure_at(store, "560")[2] == "Lionfish"
    assert figure_at(store, "1,300") is None
    reader = Reader(store)
    lionfish = reader.find_entity("Lionfish 2018", "OPERATION")
    assert reader.operation(lionfish["id"])["arrests"] == 560  # the summary follows the move
    reader.close()
    assert problems(store) == []


def test_corrections_survive_reextract_and_reingest(store: Path, folder: Path):
    db = writer(store)
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL")
    curate.correct_entity(db.conn, "merge", "LOCATION", "Honduras", "Colombia")
    curate.correct_entity(db.conn, "reject", "LOCATION", "Vienna")
    curate.correct_figure(db.conn, figure_id(store, 850, "firearms"), {"value": 900})
    curate.correct_figure(db.conn, figure_id(store, 560), {"operation": "Lionfish 2018"})
    before = [(c.id, c.status, c.documents) for c in curate.curations(db.conn)]
    report = reextract(db)
    assert report.reextracted >= 2
    ingest_paths(db, [folder])  # the same files again: nothing is stored twice
    after = [(c.id, c.status, c.documents) for c in curate.curations(db.conn)]
    db.close()
    assert after == before
    assert entity(store, "ORG", "interpol")[0] == "ICPO-INTERPOL"
    assert entity(store, "LOCATION", "honduras") is None and entity(store, "LOCATION", "vienna") is None
    assert figure_at(store, "850")[0] == 900
    assert figure_at(store, "560")[2] == "Lionfish"
    assert problems(store) == []


def test_a_new_document_gets_the_corrections_in_force(store: Path, tmp_path: Path):
    db = writer(store)
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL")
    curate.correct_entity(db.conn, "reject", "LOCATION", "Vienna")
    late = tmp_path / "late"
    late.mkdir()
    (late / "late.txt").write_text(
        "INTERPOL meeting in Vienna\n\nINTERPOL and Europol met in Vienna, Austria, on Monday.\n", encoding="utf-8"
    )
    ingest_paths(db, [late])
    db.close()
    reader = Reader(store)
    doc = [d for d in reader.document_ids() if reader.document(d)["source"].endswith("late.txt")][0]
    names = {(e["type"], e["name"]) for e in reader.document_entities(doc)}
    reader.close()
    assert ("ORG", "ICPO-INTERPOL") in names
    assert not any(t == "LOCATION" and n.lower() == "vienna" for t, n in names)
    assert problems(store) == []


def test_undo_and_split_are_new_rows_that_restore_the_extraction(store: Path):
    honduras = entity(store, "LOCATION", "honduras")
    db = writer(store)
    rename = curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL")
    curate.correct_entity(db.conn, "merge", "LOCATION", "Honduras", "Colombia")
    fix = curate.correct_figure(db.conn, figure_id(store, 850, "firearms"), {"value": 900})
    undone = curate.undo(db.conn, rename.id, reason="wrong style")
    split = curate.split(db.conn, "LOCATION", "Honduras")
    curate.undo(db.conn, fix.id)
    with pytest.raises(curate.CurationError, match="already undone"):
        curate.undo(db.conn, rename.id)
    with pytest.raises(curate.NotFound):
        curate.undo(db.conn, 999)
    rows = curate.curations(db.conn)
    db.close()
    assert (undone.action, undone.undoes, undone.reason) == ("undo", rename.id, "wrong style")
    assert split.action == "split"
    assert [c.status for c in rows][:3] == ["undone by #4", "undone by #5", "undone by #6"]
    assert entity(store, "ORG", "interpol")[0] == "INTERPOL"
    assert entity(store, "LOCATION", "honduras") == honduras
    assert figure_at(store, "850")[0] == 850
    assert problems(store) == []


def test_corrections_are_never_changed_or_deleted_in_place(store: Path):
    db = writer(store)
    curate.correct_entity(db.conn, "reject", "LOCATION", "Vienna")
    for sql in ("UPDATE curations SET user = 'someone else'", "DELETE FROM curations"):
        with pytest.raises(database_errors()):
            db.conn.execute(sql)
    db.close()


def test_every_correction_is_in_the_audit_trail(store: Path):
    db = writer(store)
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL", reason="style")
    c = curate.correct_figure(db.conn, figure_id(store, 560), {"operation": None})
    curate.undo(db.conn, c.id)
    rows = db.conn.execute("SELECT user, action, detail FROM audit WHERE action = 'curate' ORDER BY id").fetchall()
    assert verify_chain(db.conn).problems == []
    db.close()
    assert [r[0] for r in rows] == [os_user()] * 3
    assert "rename ORG INTERPOL: name → ICPO-INTERPOL (reason: style)" in rows[0][2]
    assert "operation → none" in rows[1][2]
    assert "undo" in rows[2][2]


def test_orphans_are_listed_never_dropped(store: Path, tmp_path: Path, folder: Path, make_store):
    db = writer(store)
    curate.correct_figure(db.conn, figure_id(store, 850, "firearms"), {"value": 900})
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL")
    data = curate.export_curations(db.conn)
    db.close()
    # a store that holds only one of the documents: the seed's figure is not there
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(folder / "h002.txt", other / "h002.txt") if (folder / "h002.txt").exists() else None
    (other / "x.txt").write_text("INTERPOL said so.\n\nINTERPOL met in Lyon.\n", encoding="utf-8")
    second = new_store(make_store("b"), other)
    db = writer(second)
    report = curate.import_curations(db.conn, data)
    lonely = curate.orphans(db.conn)
    db.close()
    assert len(report.imported) == 2
    assert [c.action for c in lonely] == ["figure"]
    assert entity(second, "ORG", "interpol")[0] == "ICPO-INTERPOL"
    result = CliRunner().invoke(cli, ["curate", "--orphans", "--db", str(second)])
    assert result.exit_code == 0
    assert "orphan" in result.output and "figure" in result.output


def test_import_lists_conflicts_and_does_not_overwrite(store: Path, tmp_path: Path, folder: Path, make_store):
    second = new_store(make_store("b"), folder)
    db = writer(store)
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL")
    curate.correct_figure(db.conn, figure_id(store, 850, "firearms"), {"value": 900})
    curate.correct_entity(db.conn, "reject", "LOCATION", "Vienna")
    data = curate.export_curations(db.conn)
    db.close()
    db = writer(second)
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "Interpol (Lyon)")
    curate.correct_figure(db.conn, figure_id(second, 850, "firearms"), {"value": 950})
    report = curate.import_curations(db.conn, data)
    again = curate.import_curations(db.conn, data)
    db.close()
    assert len(report.conflicts) == 2 and len(report.imported) == 1
    assert again.imported == [] and again.already == 1 and len(again.conflicts) == 2
    assert entity(second, "ORG", "interpol")[0] == "Interpol (Lyon)"
    assert figure_at(second, "850")[0] == 950
    assert entity(second, "LOCATION", "vienna") is None


def test_import_lists_a_missed_mention_added_differently_as_a_conflict(
    store: Path, tmp_path: Path, folder: Path, make_store
):
    second = new_store(make_store("b"), folder)
    db = writer(store)
    curate.add_mention(db.conn, seed_id(store), "ORG", "Worldwide Drug Trafficking")
    data = curate.export_curations(db.conn)
    db.close()
    db = writer(second)
    curate.add_mention(db.conn, seed_id(second), "OPERATION", "Worldwide Drug Trafficking")
    report = curate.import_curations(db.conn, data)
    db.close()
    assert report.imported == [] and len(report.conflicts) == 1
    assert "add-mention" in report.conflicts[0]


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"format": "something else", "curations": []},
        {"format": curate.EXPORT_FORMAT, "curations": "no"},
    ],
)
def test_a_file_that_is_not_a_corrections_file_is_refused(store: Path, data):
    db = writer(store)
    with pytest.raises(curate.CurationError, match="not a corrections file"):
        curate.import_curations(db.conn, data)
    db.close()


def test_hostile_rows_in_an_import_are_skipped_with_a_reason(store: Path):
    rows = [
        {"uid": "1", "at": "t", "user": "u", "action": "drop table", "value": {}},
        {"uid": "2", "at": "t", "user": "u", "action": "rename", "entity_type": "ORG", "entity_key": "interpol"},
        {"uid": "3", "at": "t", "user": "u", "action": "figure", "sha256": "x", "start": "0", "end": 1},
        {"uid": "4", "at": "t", "user": "u", "action": "figure", "sha256": "x", "start": 0, "end": 1,
         "value": {"value": "1e999"}},
        {"uid": "5", "at": "t", "user": "u", "action": "retype", "entity_type": "ORG", "entity_key": "a",
         "value": {"type": "SHIP"}},
        "not an object",
        {"uid": "6", "at": "t", "user": "\x1b[31mred", "action": "rename", "entity_type": "ORG",
         "entity_key": "interpol", "value": {"name": "[bold]I[/bold]\x1b[2J"}},
    ]  # fmt: skip
    db = writer(store)
    report = curate.import_curations(db.conn, {"format": curate.EXPORT_FORMAT, "curations": rows})
    audit = db.conn.execute("SELECT detail, outcome FROM audit ORDER BY id DESC LIMIT 2").fetchall()
    db.close()
    assert len(report.skipped) == 6 and len(report.imported) == 1
    assert entity(store, "ORG", "interpol")[0] == "[bold]I[/bold]\x1b[2J"  # stored as data
    assert all("\x1b" not in cell for row in audit for cell in row)  # shown visibly in the audit trail
    listed = CliRunner().invoke(cli, ["curate", "list", "--db", str(store)])
    assert "\x1b" not in listed.output and "[bold]I[/bold]" in listed.output


def seed_id(path: Path) -> int:
    reader = Reader(path)
    try:
        return next(d for d in reader.document_ids() if reader.document(d)["source"].endswith("seed.txt"))
    finally:
        reader.close()


def test_mentions_removed_and_added_and_a_missed_figure_survive_reextract(store: Path):
    doc = seed_id(store)
    reader = Reader(store)
    vienna = next(m for m in reader.document_mentions(doc) if m["name"] == "VIENNA")
    reader.close()
    db = writer(store)
    gone = curate.reject_mention(db.conn, doc, vienna["start"], vienna["end"], reason="a dateline")
    added = curate.add_mention(db.conn, doc, "ORG", "Worldwide Drug Trafficking", name="WDT")
    figure = curate.add_figure(db.conn, doc, "62nd session", {"metric": "other", "value": 62, "item": "sessions"})
    with pytest.raises(curate.NotFound, match="is not in document"):
        curate.add_mention(db.conn, doc, "ORG", "Nowhere In This Text")
    with pytest.raises(curate.CurationError, match="not a metric"):
        curate.add_figure(db.conn, doc, "62nd", {"metric": "stolen", "value": 1})
    assert (gone.status, added.status, figure.status) == ("in force",) * 3
    reextract(db)
    rows = curate.curations(db.conn)
    db.close()
    assert [(c.action, c.status) for c in rows] == [
        ("reject-mention", "in force"),
        ("add-mention", "in force"),
        ("add-figure", "in force"),
    ]
    reader = Reader(store)
    spans = {(m["start"], m["end"]): m["name"] for m in reader.document_mentions(doc)}
    figures = reader.document_figures(doc)
    reader.close()
    assert (vienna["start"], vienna["end"]) not in spans
    assert "WDT" in spans.values()
    assert any(f["value"] == 62 and f["item"] == "sessions" for f in figures)
    assert problems(store) == []
    result = run("export", "--db", str(store))
    seed = next(json.loads(line) for line in result.output.splitlines() if "seed.txt" in line)
    assert any(e["name"] == "WDT" and e["curated"] for e in seed["entities"])
    stats = [s for op in seed["operations"] for s in op["stats"]]
    assert any(s["value"] == 62 and s["original"] == {"added": True} for s in stats)


def test_mention_corrections_from_the_cli(store: Path):
    db = str(store)
    added = run("curate", "add-mention", "--db", db, "seed.txt", "org", "Worldwide Drug Trafficking")
    assert "mention of ORG Worldwide Drug Trafficking added" in added.output
    shown = json.loads(run("show", "--db", db, "seed.txt", "--json").output)
    first = shown["mentions"][0]
    run("curate", "reject-mention", "--db", db, "seed.txt", str(first["start"]), str(first["end"]))
    run("curate", "add-figure", "--db", db, "seed.txt", "62nd session", "--metric", "other", "--value", "62")
    missing = run("curate", "reject-mention", "--db", db, "seed.txt", "0", "1", ok=False)
    assert missing.exit_code == 1 and "no mention at 0-1" in missing.output
    nodoc = run("curate", "add-mention", "--db", db, "nope.txt", "ORG", "X", ok=False)
    assert nodoc.exit_code == 1 and "no document matches 'nope.txt'" in nodoc.output
    rows = json.loads(run("curate", "list", "--db", db, "--json").output)
    assert [r["action"] for r in rows] == ["add-mention", "reject-mention", "add-figure"]
    assert problems(store) == []


# ------------------------------------------------------------------ exports


def test_exports_mark_what_was_corrected_beside_the_original(store: Path, tmp_path: Path):
    db = writer(store)
    curate.correct_entity(db.conn, "rename", "ORG", "INTERPOL", "ICPO-INTERPOL")
    curate.correct_figure(db.conn, figure_id(store, 850, "firearms"), {"value": 900, "item": "guns"})
    db.close()
    runner = CliRunner()
    out = tmp_path / "all.jsonl"
    assert runner.invoke(cli, ["export", "--db", str(store), "-o", str(out)]).exit_code == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    seed = next(r for r in records if r["source"].endswith("seed.txt"))
    (interpol,) = [e for e in seed["entities"] if e.get("curated")]
    assert interpol == {"type": "ORG", "name": "ICPO-INTERPOL", "mentions": 5, "curated": True,
                        "original": {"name": "INTERPOL"}}  # fmt: skip
    stats = [s for op in seed["operations"] for s in op["stats"]]
    (fixed,) = [s for s in stats if s.get("curated")]
    assert (fixed["value"], fixed["item"], fixed["original"]) == (900, "guns", {"value": 850, "item": "firearms"})
    assert all("id" in s for s in stats)
    assert not any("curated" in e for r in records for e in r["entities"] if e["name"] != "ICPO-INTERPOL")
    folder = tmp_path / "csv"
    assert runner.invoke(cli, ["export", "--db", str(store), "--format", "csv", "-o", str(folder)]).exit_code == 0
    with open(folder / "figures.csv", encoding="utf-8") as fh:
        figures = list(csv.DictReader(fh))
    (row,) = [f for f in figures if f["curated"] == "true"]
    assert row["value"] == "900" and json.loads(row["original"]) == {"item": "firearms", "value": 850}
    assert {f["curated"] for f in figures} == {"true", "false"}
    with open(folder / "entities.csv", encoding="utf-8") as fh:
        entities = list(csv.DictReader(fh))
    assert [e["name"] for e in entities if e["curated"] == "true"] == ["ICPO-INTERPOL"]


def test_eval_scores_a_store_with_corrections_applied(tmp_path: Path):
    if not (DEV / "h002.txt").exists():
        pytest.skip("evaluation reports not found")
    gold = tmp_path / "gold"
    gold.mkdir()
    for ext in ("txt", "json"):
        shutil.copy(DEV / f"h002.{ext}", gold / f"h002.{ext}")
    store = new_store(tmp_path / "s" / "docket.db", gold)
    expected = json.loads((gold / "h002.json").read_text())
    reader = Reader(store)
    doc = reader.document_ids()[0]
    found = {e["name"] for e in reader.document_entities(doc) if e["type"] == "LOCATION"}
    reader.close()
    gold_names = {n.casefold() for n in expected["entities"].get("LOCATION", [])}
    right = sorted(n for n in found if n.casefold() in gold_names)
    assert right, "the extractor found no LOCATION of h002's gold"
    db = writer(store)
    curate.correct_entity(db.conn, "reject", "LOCATION", right[0])  # a wrong correction: the score must drop
    fixes = tmp_path / "fixes.json"
    fixes.write_text(json.dumps(curate.export_curations(db.conn)))
    db.close()
    result = CliRunner().invoke(cli, ["eval", str(gold), "--corrections", str(fixes), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["corrected"] is True
    before, after = scores["extractor_alone"]["entities"]["LOCATION"], scores["entities"]["LOCATION"]
    assert (after["tp"], after["fn"]) == (before["tp"] - 1, before["fn"] + 1)
    table = CliRunner().invoke(cli, ["eval", str(gold), "--corrections", str(fixes)])
    assert "ΔF1" in table.output and "-0.0" in table.output
    bad = CliRunner().invoke(cli, ["eval", str(gold), "--corrections", str(tmp_path / "none.json")])
    assert bad.exit_code == 2 and "no such file" in bad.output


# ---------------------------------------------------------------------- CLI


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(cli, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["rename", "PERSON", "Nobody At All", "X"], 1, "no PERSON is called 'Nobody At All'"),
        (["merge", "ORG", "INTERPOL", "Nowhere Org"], 1, "no ORG is called 'Nowhere Org'"),
        (["merge", "ORG", "INTERPOL", "interpol"], 2, "are the same entity"),
        (["retype", "ORG", "INTERPOL", "SHIP"], 2, "'SHIP' is not an entity type"),
        (["rename", "SHIP", "INTERPOL", "X"], 2, "is not an entity type"),
        (["rename", "ORG", "INTERPOL", " "], 2, "the new name is empty"),
        (["figure", "99999", "--value", "3"], 1, "no figure has id 99999"),
        (["figure", "1", "--value", "many"], 2, "'many' is not a number"),
        (["figure", "1", "--value", "-3"], 2, "is not a figure's value"),
        (["figure", "1", "--metric", "stolen"], 2, "'stolen' is not a metric"),
        (["figure", "1", "--operation", "Nope"], 1, "no OPERATION is called 'Nope'"),
        (["figure", "1", "--operation", "Lionfish"], 2, "'Lionfish' names 2 operations (2013, 2018): give the year"),
        (["figure", "1"], 2, "nothing to correct"),
        (["figure", "1", "--operation", "X", "--no-operation"], 2, "choose one of"),
        (["figure", "abc"], 2, "is not a valid integer"),
        (["reject-figure", "99999"], 1, "no figure has id 99999"),
        (["undo", "42"], 1, "no correction has id 42"),
        (["split", "ORG", "INTERPOL"], 1, "was merged into another"),
        (["import", "/no/such/file.json"], 2, "no such file"),
    ],
)
def test_user_errors_get_one_line_and_a_non_zero_exit(store: Path, args, code, message):
    result = run("curate", *args[:1], "--db", str(store), *args[1:], ok=False)
    assert result.exit_code == code, result.output
    assert message in result.output


def test_an_alias_finds_the_entity(store: Path):
    run("curate", "alias", "--db", str(store), "ORG", "INTERPOL", "Intl Criminal Police Org")
    found = run("entity", "--db", str(store), "Intl Criminal Police Org", "--json")
    assert json.loads(found.output)["entity"]["name"] == "INTERPOL"
    db = writer(store)
    assert curate.resolve_entity(db.conn, "ORG", "intl. criminal police org")["key"] == "interpol"
    db.close()


def test_list_and_export_of_a_store_without_corrections(store: Path, tmp_path: Path):
    empty = run("curate", "list", "--db", str(store), ok=False)
    assert empty.exit_code == 1 and "no correction in this store" in empty.output
    assert run("curate", "--orphans", "--db", str(store)).exit_code == 0
    out = tmp_path / "none.json"
    run("curate", "export", "--db", str(store), str(out))
    assert json.loads(out.read_text())["curations"] == []


def test_a_bad_store_gets_one_line(tmp_path: Path):
    result = run("curate", "rename", "--db", str(tmp_path / "none.db"), "ORG", "A", "B", ok=False)
    assert result.exit_code == 3 and "no such store" in result.output


def test_end_to_end_a_new_users_session(tmp_path: Path, folder: Path):
    """Ingest; rename, merge, reject, fix a figure, move a figure;
    reextract; re-ingest the same folder; export the corrections and import
    them into a fresh store of the same documents: every correction is
    there, attributed and marked, and the audit trail lists them."""
    a = str(tmp_path / "a.db")
    run("ingest", "--db", a, "-q", str(folder))
    run("curate", "rename", "--db", a, "ORG", "INTERPOL", "ICPO-INTERPOL", "--reason", "house style")
    run("curate", "merge", "--db", a, "LOCATION", "Honduras", "Colombia")
    run("curate", "reject", "--db", a, "LOCATION", "Vienna")
    fix = run("curate", "figure", "--db", a, str(figure_id(Path(a), 850, "firearms")), "--value", "900")
    assert "value → 900" in fix.output and "in force in 1 document(s)" in fix.output
    run("curate", "figure", "--db", a, str(figure_id(Path(a), 560)), "--operation", "Lionfish 2018")
    run("reextract", "--db", a, "-q")
    again = run("ingest", "--db", a, "-q", str(folder))
    assert "0 stored" in again.output
    listed = json.loads(run("curate", "list", "--db", a, "--json").output)
    assert [c["status"] for c in listed] == ["in force"] * 5
    exported = tmp_path / "fixes.json"
    run("curate", "export", "--db", a, str(exported))
    assert exported.stat().st_mode & 0o777 == 0o600

    b = str(tmp_path / "b.db")
    run("ingest", "--db", b, "-q", str(folder))
    imported = run("curate", "import", "--db", b, str(exported))
    assert "5 imported" in imported.output
    for store in (a, b):
        rows = json.loads(run("curate", "list", "--db", store, "--json").output)
        assert [(c["action"], c["status"], c["user"]) for c in rows] == [
            ("rename", "in force", os_user()),
            ("merge", "in force", os_user()),
            ("reject", "in force", os_user()),
            ("figure", "in force", os_user()),
            ("figure", "in force", os_user()),
        ]
        assert rows[0]["reason"] == "house style"
        path = Path(store)
        assert entity(path, "ORG", "interpol")[0] == "ICPO-INTERPOL"
        assert entity(path, "LOCATION", "honduras") is None and entity(path, "LOCATION", "vienna") is None
        assert figure_at(path, "850")[0] == 900 and figure_at(path, "560")[2] == "Lionfish"
        records = [json.loads(line) for line in run("export", "--db", store).output.splitlines() if line.strip()]
        seed = next(r for r in records if r["source"].endswith("seed.txt"))
        assert any(e.get("curated") and e["name"] == "ICPO-INTERPOL" for e in seed["entities"])
        stats = [s for op in seed["operations"] for s in op["stats"] if s.get("curated")]
        assert sorted(
            s["original"].get("value", s["original"].get("operation")) for s in stats if "value" in s["original"]
        ) == [850]
        audit = json.loads(run("audit", "--db", store, "--json", "--limit", "200").output)
        curated = [r for r in audit if r["action"] == "curate"]
        assert len(curated) == 5 and {r["user"] for r in curated} == {os_user()}
        assert problems(path) == []


def _operation_years(path: Path, name: str) -> set:
    reader = Reader(path)
    try:
        return {row["year"] for row in reader.operations() if row["name"] == name}
    finally:
        reader.close()


def test_an_operations_year_is_set_survives_reextract_and_reingest_and_undoes(store: Path, folder: Path):
    db = writer(store)
    before = _operation_years(store, "Lionfish")
    assert before, "the seed names Lionfish"
    target = max(y for y in before if y) + 1 if any(before) else 2019
    c = curate.correct_entity(db.conn, "year", "OPERATION", "Lionfish " + str(max(y for y in before if y)), str(target))
    assert c.documents >= 1 and c.change() == f"year → {target}"
    assert target in _operation_years(store, "Lionfish")
    reextract(db)
    ingest_paths(db, [folder])
    assert target in _operation_years(store, "Lionfish")
    curate.undo(db.conn, c.id)
    db.close()
    assert target not in _operation_years(store, "Lionfish")
    assert problems(store) == []


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["curate", "year", "Lionfish 2018", "19x"], 2, "is not a year"),
        (["curate", "year", "No Such Operation", "2019"], 1, "no OPERATION is called"),
    ],
)
def test_a_bad_year_or_an_unknown_operation_gets_one_line(store: Path, args, code, message):
    result = CliRunner().invoke(cli, [*args, "--db", str(store)])
    assert result.exit_code == code and message in result.output and "Traceback" not in result.output
