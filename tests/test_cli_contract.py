"""The CLI keeps its word (issue 14): exit codes, "did you mean", documents
found however a user names them, first launch, the audit trail, manifests
and the search syntax."""

from __future__ import annotations

import json
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.maintenance import check_store, read_audit
from store.queries import Reader, fts_query, fts_terms
from tui import cli as cli_module
from tui.cli import cli

from .conftest import store_with

pytestmark = pytest.mark.engines

DOCS = {
    "a.txt": "Operation Kestrel nets 40 arrests\nLYON, France – INTERPOL said Operation Kestrel led to 40 "
    "arrests and the seizure of 2 tonnes of cocaine.",
    "b.txt": "Heroin haul in Spain\nMADRID, Spain – Police arrested 3 people and seized heroin. "
    "INTERPOL training followed.",
    "c.txt": "Cocaine seizure at sea\nThe navy made a cocaine seizure near Spain; one suspect arrested.",
}


@pytest.fixture
def store(db_path: Path, tmp_path: Path) -> Path:
    return store_with(db_path, tmp_path / "docs", DOCS)


DOCKET = str(Path(sys.executable).parent / "docket")


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def titles(out: str) -> set[str]:
    return {row["title"] for row in json.loads(out)}


# ------------------------------------------------------------------ search


def test_search_syntax_phrase_or_not_and_prefix(store: Path):
    db = ["--db", str(store)]
    code, out = run("search", *db, "arrest", "--json")  # finds arrests, arrested
    assert code == 0 and titles(out) == {
        "Operation Kestrel nets 40 arrests",
        "Heroin haul in Spain",
        "Cocaine seizure at sea",
    }
    code, out = run("search", *db, '"cocaine seizure"', "--json")
    assert titles(out) == {"Cocaine seizure at sea"}  # not the seizure … of cocaine
    code, out = run("search", *db, "heroin OR kestrel", "--json")
    assert titles(out) == {"Heroin haul in Spain", "Operation Kestrel nets 40 arrests"}
    code, out = run("search", *db, "spain -heroin", "--json")
    assert titles(out) == {"Cocaine seizure at sea"}
    code, out = run("search", *db, "--", "-heroin")
    assert code == 2 and "nothing searchable" in out


def test_search_text_is_never_fts_syntax():
    assert fts_query("a NEAR(b) col:x (c)") == '"a" "NEAR"* "b" "col"* "x" "c"'
    assert fts_query('"unclosed phrase') == '"unclosed phrase"'
    assert fts_query("OR") is None and fts_query("-x -y") is None
    assert fts_query("x OR OR y") == '("x") OR ("y")'
    assert fts_terms('"cocaine seizure" -heroin arrest') == ["cocaine seizure", "arrest*"]


def test_nothing_matched_exits_1_with_a_message(store: Path):
    db = ["--db", str(store)]
    code, out = run("search", *db, "zebrafish")
    assert code == 1 and "no document matches 'zebrafish'" in out
    code, out = run("entities", *db, "--prefix", "zzz")
    assert code == 1 and "no entity matches" in out
    code, out = run("entities", *db, "--type", "PERSON", "--contains", "nobody")
    assert code == 1 and "no entity matches (PERSON containing 'nobody')" in out


# ------------------------------------------------------------ entity names


def test_entity_and_export_offer_close_names_for_a_typo(store: Path, tmp_path: Path):
    db = ["--db", str(store)]
    code, out = run("entity", *db, "interpl")
    assert code == 1 and "no entity matches 'interpl'; did you mean: INTERPOL (ORG)?" in out
    out_file = tmp_path / "x.jsonl"
    code, out = run("export", *db, "--entity", "interpl", "-o", str(out_file))
    assert code == 1 and "did you mean: INTERPOL (ORG)?" in out and not out_file.exists()
    code, out = run("export", *db, "--operation", "kestrl", "-o", str(out_file))
    assert code == 1 and "Kestrel (OPERATION)" in out
    code, out = run("entity", *db, "INTERPOL", "--json")
    assert code == 0 and json.loads(out)["entity"]["name"] == "INTERPOL"


def test_export_whose_filter_selects_nothing_writes_nothing_and_exits_1(store: Path, tmp_path: Path):
    out_file = tmp_path / "none.jsonl"
    code, out = run("export", "--db", str(store), "--search", "zebrafish", "-o", str(out_file))
    assert code == 1 and "no document matches --search 'zebrafish': nothing written" in out
    assert not out_file.exists()


# ------------------------------------------------------------------- show


def test_show_finds_a_document_however_it_is_named(db_path: Path, tmp_path: Path, monkeypatch):
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "r1.txt").write_text("Kestrel report\nINTERPOL met in Lyon.", encoding="utf-8")
    (folder / "r2.txt").write_text("Tern report\nEuropol met in Rome.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _ = run("ingest", "--db", str(db_path), "cases")  # sources stored as given: cases/r1.txt
    assert code == 0
    reader = Reader(db_path)
    sha = reader.document(1)["sha256"]
    reader.close()
    for ref in ("1", sha[:8], "cases/r1.txt", "./cases/r1.txt", str(folder / "r1.txt"), "r1.txt"):
        code, out = run("show", "--db", str(db_path), ref)
        assert code == 0 and "Kestrel report" in out, ref
    monkeypatch.chdir(folder)
    code, out = run("show", "--db", str(db_path), "r2.txt")
    assert code == 0 and "Tern report" in out
    code, out = run("show", "--db", str(db_path), "r9.txt")
    assert code == 1 and "no document matches 'r9.txt'" in out
    other = tmp_path / "other"
    other.mkdir()
    (other / "r2.txt").write_text("Another tern report\nEuropol met in Oslo.", encoding="utf-8")
    assert run("ingest", "--db", str(db_path), str(other))[0] == 0
    monkeypatch.chdir(tmp_path)
    code, out = run("show", "--db", str(db_path), "r2.txt")
    assert code == 1 and "2 documents match 'r2.txt' (ids 2, 3)" in out


def test_show_header_on_a_terminal_has_no_newline_placeholders(store: Path):
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [DOCKET, "show", "--db", str(store), "1"],
        stdout=slave,
        stderr=slave,
        stdin=subprocess.DEVNULL,
        env=dict(os.environ, COLUMNS="100", TERM="xterm"),
        cwd=Path(__file__).resolve().parents[1],
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=60)
    os.close(master)
    out = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0, out
    assert "Operation Kestrel nets 40 arrests" in out and "sha256" in out
    assert "␤" not in out


# ------------------------------------------------------------ the app command


def test_docket_without_a_terminal_says_so_and_creates_nothing(tmp_path: Path):
    db = tmp_path / "new" / "docket.db"
    proc = subprocess.run(
        [DOCKET, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.returncode == 2
    assert "needs a terminal" in proc.stderr and "\x1b" not in proc.stdout + proc.stderr
    assert not db.exists()


class FakeApp:
    def __init__(self, calls: list, **kwargs) -> None:
        calls.append(kwargs)

    def run(self) -> None:
        pass


@pytest.fixture
def fake_app(monkeypatch) -> list[dict]:
    """The app command up to the point where the app would take the terminal."""
    calls: list[dict] = []
    monkeypatch.setattr(cli_module, "_has_terminal", lambda: True)
    monkeypatch.setattr("tui.app.make_app", lambda db, **kw: FakeApp(calls, db=db, **kw))
    return calls


def test_first_launch_says_the_store_is_new_and_empty_leaves_out_the_seeds(tmp_path: Path, fake_app):
    seeded = tmp_path / "a" / "docket.db"
    code, out = run("--db", str(seeded))
    assert code == 0 and "Creating a new store" in out
    assert fake_app[-1]["new_store"] == 1  # the first screen says so (see test_consistency)
    assert Reader(seeded).count_documents() == 1
    code, out = run("--db", str(seeded))
    assert fake_app[-1]["new_store"] is None  # a later run: nothing to say
    empty = tmp_path / "b" / "docket.db"
    code, out = run("--db", str(empty), "--empty")
    assert code == 0 and "empty" in out
    assert fake_app[-1]["new_store"] == 0 and Reader(empty).count_documents() == 0


def test_remove_seeds_takes_them_out_and_keeps_the_store_consistent(seeded_db: Path, tmp_path: Path, engine: str):
    store_with(seeded_db, tmp_path / "docs", DOCS)
    code, out = run("remove-seeds", "--db", str(seeded_db))
    assert code == 0 and "Removed 1 seed document(s)" in out
    reader = Reader(seeded_db)
    assert reader.count_documents() == 3
    assert reader.find_entity("José de Gracia") is None  # only the seed named him
    assert reader.find_entity("INTERPOL")["document_count"] == 2
    assert "Lionfish" not in {r["name"] for r in reader.operations()}
    reader.close()
    assert all(ok for ok, _ in check_store(seeded_db)), check_store(seeded_db)
    if engine == "sqlite":  # the FTS5 trigram table follows its entities
        conn = sqlite3.connect(seeded_db)
        conn.execute("INSERT INTO entities_trigram (entities_trigram) VALUES ('integrity-check')")
        conn.close()
    code, out = run("remove-seeds", "--db", str(seeded_db))
    assert code == 1 and "no seed document" in out


# ------------------------------------------------------------------ audit


def test_read_commands_are_in_the_audit_trail(store: Path, tmp_path: Path, fake_app, monkeypatch):
    db = ["--db", str(store)]
    monkeypatch.chdir(tmp_path)
    assert run("show", *db, "1")[0] == 0
    assert run("entity", *db, "interpol")[0] == 0
    assert run("backup", *db, "copy.db")[0] == 0
    assert run("export", *db, "-o", "rel.jsonl")[0] == 0
    assert run("--read-only", *db)[0] == 0
    assert fake_app[-1]["read_only"] and fake_app[-1]["audit"]
    rows = read_audit(store, 20)
    actions = [r["action"] for r in rows]
    for action in ("show", "entity", "backup", "export", "open"):
        assert action in actions, action
    by_action = {r["action"]: r for r in reversed(rows)}
    assert str(tmp_path / "copy.db") in by_action["backup"]["detail"]
    assert f"output={tmp_path / 'rel.jsonl'}" in by_action["export"]["detail"]
    assert by_action["open"]["detail"] == "app (read-only)"


def test_failed_lookups_are_in_the_audit_trail_too(store: Path):
    db = ["--db", str(store)]
    assert run("show", *db, "no-such-report.txt")[0] == 1
    assert run("entity", *db, "zzqqxx")[0] == 1
    rows = {r["action"]: r for r in reversed(read_audit(store, 20))}
    assert rows["show"]["detail"] == "'no-such-report.txt'"
    assert rows["show"]["outcome"].startswith("failed: no document matches")
    assert rows["entity"]["outcome"].startswith("failed: no entity matches")


@pytest.mark.sqlite_only("a store file's permissions")
def test_read_only_session_on_a_read_only_store_is_not_recorded(store: Path, fake_app):
    os.chmod(store, 0o400)
    try:
        if os.access(store, os.W_OK):
            pytest.skip("running as a user who can write any file")
        assert run("--read-only", "--db", str(store))[0] == 0
        assert fake_app[-1]["audit"] is False
    finally:
        os.chmod(store, 0o600)


# --------------------------------------------------------------- manifest


def test_manifest_is_named_after_its_export_and_records_the_filter(store: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    db = ["--db", str(store)]
    assert run("export", *db, "-o", str(out / "all.jsonl"), "--manifest")[0] == 0
    assert run("export", *db, "--entity", "kestrel", "-o", str(out / "kestrel.jsonl"), "--manifest")[0] == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "all.jsonl",
        "all.jsonl.manifest.json",
        "kestrel.jsonl",
        "kestrel.jsonl.manifest.json",
    ]
    everything = json.loads((out / "all.jsonl.manifest.json").read_text())
    kestrel = json.loads((out / "kestrel.jsonl.manifest.json").read_text())
    assert everything["selection"] == {} and kestrel["selection"] == {"entity": "kestrel"}
    assert [f["name"] for f in kestrel["files"]] == ["kestrel.jsonl"]


# -------------------------------------------------------------------- eval


def test_eval_on_a_folder_without_gold_pairs_is_an_error(tmp_path: Path):
    (tmp_path / "only.txt").write_text("A report with no gold annotations.", encoding="utf-8")
    code, out = run("eval", str(tmp_path))
    assert code == 2 and "no gold pairs" in out
    assert "1.000" not in out


def test_remove_seeds_keeps_a_copy_the_user_ingested(db_path: Path, tmp_path: Path):
    from seeds import seed_paths

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "report.txt").write_bytes(seed_paths()[0].read_bytes())
    assert run("ingest", "--db", str(db_path), str(mine))[0] == 0
    code, out = run("remove-seeds", "--db", str(db_path))
    assert code == 1 and "no seed document" in out
    assert Reader(db_path).count_documents() == 1


def test_entity_types_are_spelled_one_way_in_options_and_errors(store: Path):
    code, out = run("entities", "--db", str(store), "--type", "location", "--json")
    assert code == 0 and {r["type"] for r in json.loads(out)} == {"LOCATION"}
    code, out = run("entities", "--db", str(store), "--type", "persn")
    assert code == 2 and "use PERSON, ORG, LOCATION or OPERATION (did you mean PERSON?)" in out
    code, out = run("entities", "--help")
    assert "[PERSON|ORG|LOCATION|OPERATION]" in out
    code, out = run("stats", "--db", str(store))
    assert "entities LOCATION" in out and "entities_location" not in out


def test_a_full_standard_output_is_one_line(seeded_db: Path):
    import os

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-c", "from tui.cli import main; main()", "stats", "--db", str(seeded_db)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            cwd=Path(__file__).resolve().parents[1],
        )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == ["docket: cannot write standard output: No space left on device"]
