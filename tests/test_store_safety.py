"""A store file is data, not code; nothing from a document reaches a
spreadsheet unescaped; files docket makes are private (issue #12, items
8–12): CSV formula guard, schema verification and repair, the hash-chained
audit trail, file modes, the ingest lock."""

from __future__ import annotations

import csv
import io
import json
import os
import pwd
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.audit import GENESIS, row_hash
from store.db import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SchemaError,
    _build_schema,
    connect,
    create_store,
    expected_schema,
    open_writer,
    read_schema,
)
from store.lock import IngestBusy, ingest_lock, lock_path
from store.maintenance import check_store, read_audit
from store.text import spreadsheet_safe
from tui.cli import cli
from tui.output import csv_cell

REPO = Path(__file__).resolve().parents[1]
FORMULA = '=HYPERLINK("http://x","y")'


def run(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), **kwargs)


def docket(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def tamper(db_path: Path, script: str) -> None:
    conn = sqlite3.connect(db_path)
    try:
        conn.executescript(script)
    finally:
        conn.close()


@pytest.fixture
def private_umask():
    """Tests of file modes run under the usual umask 022."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def formula_db(db_path: Path, tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(f"{FORMULA}\nINTERPOL led Operation Wren in Lyon: 4 arrests.\n")
    (docs / "b.txt").write_text("+44 20 7946 0000\nEuropol met in The Hague.\n")
    result = run("ingest", "--db", str(db_path), str(docs))
    assert result.exit_code == 0, result.output
    return db_path


# ------------------------------------------------------------------ 8. CSV


@pytest.mark.parametrize(
    "cell",
    [FORMULA, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "  =1+1", "\uff1dcmd", "-1"],
)
def test_formula_like_text_cells_get_a_leading_quote(cell: str):
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "INTERPOL", "1,300", "a=b", "e-mail", " ", "'quoted"])
def test_other_text_cells_are_left_alone(cell: str):
    assert spreadsheet_safe(cell) == cell


def test_numbers_stay_numbers_and_text_that_looks_negative_is_quoted():
    assert csv_cell(-1) == -1 and csv_cell(-2.5) == -2.5 and csv_cell(850.0) == 850
    assert csv_cell("-1") == "'-1"
    assert csv_cell("=1", raw=True) == "=1"
    assert csv_cell("\x1b[2J=1") == "␛[2J=1"  # made visible first: no longer starts with =


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_csv_export_neutralises_a_formula_title(formula_db: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert run("export", "--db", str(formula_db), "--format", "csv", "-o", str(out)).exit_code == 0
    docs = read_csv(out / "documents.csv")
    titles = {d["title"] for d in docs}
    assert "'" + FORMULA in titles and FORMULA not in titles
    assert "'+44 20 7946 0000" in titles
    assert all(d["id"].isdigit() and d["characters"].isdigit() for d in docs)  # numeric columns unquoted
    raw = tmp_path / "raw"
    assert run("export", "--db", str(formula_db), "--format", "csv", "-o", str(raw), "--raw-csv").exit_code == 0
    assert FORMULA in {d["title"] for d in read_csv(raw / "documents.csv")}


def test_search_csv_neutralises_a_formula_title(formula_db: Path):
    result = run("search", "--db", str(formula_db), "interpol", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["title"] == "'" + FORMULA and rows[0]["id"] == "1"
    raw = run("search", "--db", str(formula_db), "interpol", "--csv", "--raw-csv")
    assert list(csv.DictReader(io.StringIO(raw.stdout)))[0]["title"] == FORMULA


def test_every_csv_output_is_guarded(formula_db: Path):
    """`audit --csv` carries text the user typed: a search for "=cmd|..."."""
    run("search", "--db", str(formula_db), "=cmd interpol")
    result = run("audit", "--db", str(formula_db), "--csv")
    details = [r["detail"] for r in csv.DictReader(io.StringIO(result.stdout))]
    assert "'=cmd interpol" in details
    for command in (["entities"], ["operations"], ["stats"], ["entity", "INTERPOL"]):
        out = run(*command, "--db", str(formula_db), "--csv")
        assert out.exit_code == 0, (command, out.output)
        for row in csv.reader(io.StringIO(out.stdout)):
            assert not any(cell[:1] in ("=", "+", "@") for cell in row), (command, row)


# --------------------------------------------------------- 9. planted schema

PLANTED = {
    "rewrites text": "CREATE TRIGGER planted AFTER INSERT ON documents "
    "BEGIN UPDATE documents SET text = 'planted words' WHERE id = new.id; END;",
    "wipes the audit": "DROP TRIGGER audit_no_delete; "
    "CREATE TRIGGER planted AFTER INSERT ON audit BEGIN DELETE FROM audit WHERE id < new.id; END;",
    "hangs on write": "CREATE TRIGGER planted BEFORE INSERT ON documents BEGIN SELECT count(*) FROM "
    "(WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i FROM r); END;",
    "hangs on read": "CREATE VIEW planted AS WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
    "SELECT count(*) FROM r;",
    "altered docket trigger": "DROP TRIGGER documents_ai; CREATE TRIGGER documents_ai AFTER INSERT ON documents "
    "BEGIN INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, 'nothing'); END;",
}


@pytest.mark.parametrize("what", PLANTED)
def test_a_store_with_planted_objects_is_refused_for_writing_and_reading(what: str, seeded_db: Path, tmp_path: Path):
    tamper(seeded_db, PLANTED[what])
    before = sqlite3.connect(seeded_db).execute("SELECT count(*), group_concat(sha256) FROM documents").fetchone()
    (tmp_path / "new.txt").write_text("Report\nEuropol met in The Hague.\n")
    name = "documents_ai" if what == "altered docket trigger" else "planted"
    for args in (["ingest", str(tmp_path / "new.txt")], ["search", "interpol"], ["stats"], ["export"]):
        proc = docket(*args, "--db", str(seeded_db), timeout=60)  # a hang fails here
        assert proc.returncode == 3, (args, proc.stderr)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert "schema is not docket's" in lines[0] and name in lines[0], lines[0]
    with pytest.raises(SchemaError):
        open_writer(seeded_db)
    conn = sqlite3.connect(seeded_db)
    assert conn.execute("SELECT count(*), group_concat(sha256) FROM documents").fetchone() == before
    assert "planted words" not in (conn.execute("SELECT group_concat(text) FROM documents").fetchone()[0] or "")
    conn.close()


@pytest.mark.parametrize("what", PLANTED)
def test_check_names_planted_and_altered_objects_and_repair_removes_them(what: str, seeded_db: Path, private_umask):
    tamper(seeded_db, PLANTED[what])
    proc = docket("check", "--db", str(seeded_db))
    assert proc.returncode == 4, proc.stdout + proc.stderr
    kind, name = ("altered", "documents_ai") if what == "altered docket trigger" else ("unknown", "planted")
    assert f"PROBLEM  Schema: {kind} " in proc.stdout and name in proc.stdout
    if what == "wipes the audit":
        assert "PROBLEM  Schema: missing trigger audit_no_delete" in proc.stdout
    repaired = docket("check", "--repair", "--db", str(seeded_db))
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Schema: every table, index, trigger and view is docket's own" in repaired.stdout
    backups = list(seeded_db.parent.glob("docket.db.repair-*.backup"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    assert read_schema(sqlite3.connect(backups[0])) != expected_schema()  # the backup keeps the evidence
    assert run("search", "--db", str(seeded_db), "interpol").exit_code == 0
    assert read_audit(seeded_db)[0]["action"] == "search"
    assert read_audit(seeded_db)[1]["action"] == "repair"


def test_repair_refuses_an_altered_table_and_changes_nothing(seeded_db: Path):
    tamper(seeded_db, "ALTER TABLE documents ADD COLUMN planted TEXT DEFAULT 'x';")
    data = seeded_db.read_bytes()
    proc = docket("check", "--repair", "--db", str(seeded_db))
    assert proc.returncode == 3
    assert "cannot repair safely: altered table documents" in proc.stderr
    assert seeded_db.read_bytes() == data
    assert not list(seeded_db.parent.glob("*.repair-*.backup"))


def test_check_on_a_store_whose_table_became_a_hanging_view_does_not_hang(db_path: Path):
    tamper(
        db_path,
        "DROP TABLE operation_summary; CREATE VIEW operation_summary AS WITH RECURSIVE r(i) AS "
        "(SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT i AS operation_id FROM r;",
    )
    proc = docket("check", "--db", str(db_path), timeout=60)
    assert proc.returncode == 4
    assert "missing table operation_summary" in proc.stdout and "unknown view operation_summary" in proc.stdout
    assert "Other checks skipped" in proc.stdout


def test_every_connection_starts_with_an_untrusted_schema(seeded_db: Path):
    conn = connect(seeded_db)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn.close()
    unverified = connect(seeded_db, verify=False)
    assert unverified.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    unverified.close()


def test_expected_schema_is_what_create_store_builds(db_path: Path):
    conn = sqlite3.connect(db_path)
    assert read_schema(conn) == expected_schema()
    assert {"audit_no_update", "audit_no_delete", "audit_append_only"} <= {
        name for (kind, name) in expected_schema() if kind == "trigger"
    }


# ----------------------------------------------------------------- 10. audit


def chain_findings(db_path: Path) -> list[str]:
    return [message for ok, message in check_store(db_path) if message.startswith("Audit trail")]


def store_with_audit(db_path: Path, tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    run("ingest", "--db", str(db_path), str(tmp_path / "a.txt"))
    run("search", "--db", str(db_path), "lyon")
    run("search", "--db", str(db_path), "interpol")
    run("export", "--db", str(db_path), "-o", str(tmp_path / "out.jsonl"))
    return db_path


def test_the_audit_chain_holds_and_check_says_so(db_path: Path, tmp_path: Path):
    store_with_audit(db_path, tmp_path)
    assert check_store(db_path) and all(ok for ok, _ in check_store(db_path))
    assert chain_findings(db_path)[0].startswith("Audit trail: 4 record(s), hash chain intact up to record 4")
    rows = sqlite3.connect(db_path).execute("SELECT id, at, user, action, detail, outcome, hash FROM audit").fetchall()
    previous = GENESIS
    for row in rows:
        assert row[6] == row_hash(previous, row[:6])
        previous = row[6]


def test_replace_into_audit_is_refused_by_the_guard(db_path: Path, tmp_path: Path):
    store_with_audit(db_path, tmp_path)
    conn = sqlite3.connect(db_path)
    for statement in (
        "REPLACE INTO audit (id, at, user, action, detail, outcome, hash) VALUES (2, 'x', 'x', 'x', 'x', 'x', 'x')",
        "INSERT INTO audit (at, user, action, detail, outcome, hash) VALUES ('x', 'x', 'x', 'x', 'x', 'x')",
        "UPDATE audit SET outcome = 'x'",
        "DELETE FROM audit WHERE id = 4",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)


TAMPERING = {
    "replace": (
        "REPLACE INTO audit (id, at, user, action, detail, outcome, hash) "
        "SELECT id, at, user, action, 'nothing to see', outcome, hash FROM audit WHERE id = 2",
        "row 2 does not match its hash",
    ),
    "update": ("UPDATE audit SET user = 'someone' WHERE id = 3", "row 3 does not match its hash"),
    "delete a middle row": ("DELETE FROM audit WHERE id = 2", "row 2 removed"),
    "delete the last row": ("DELETE FROM audit WHERE id = 4", "row 4 removed"),
    "rewrite the hash too": (
        "UPDATE audit SET outcome = 'x', hash = '" + "1" * 64 + "' WHERE id = 2",
        "row 3 does not match its hash",
    ),
}


@pytest.mark.parametrize("how", TAMPERING)
def test_check_names_the_row_that_was_rewritten_or_removed(how: str, db_path: Path, tmp_path: Path):
    store_with_audit(db_path, tmp_path)
    statement, finding = TAMPERING[how]
    tamper(
        db_path,
        f"DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; DROP TRIGGER audit_append_only;{statement};",
    )
    result = run("check", "--db", str(db_path))
    assert result.exit_code == 4
    assert f"PROBLEM  Audit trail: {finding}" in result.output, result.output
    assert "PROBLEM  Schema: missing trigger audit_no_delete" in result.output
    # putting the guards back does not hide what was done
    assert run("check", "--repair", "--db", str(db_path)).exit_code == 4
    assert f"PROBLEM  Audit trail: {finding}" in run("check", "--db", str(db_path)).output


def test_the_user_comes_from_the_os_not_the_environment(db_path: Path, tmp_path: Path):
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    env = {"USER": "mallory", "LOGNAME": "mallory", "USERNAME": "mallory", "LNAME": "mallory"}
    run("ingest", "--db", str(db_path), str(tmp_path / "a.txt"), env=env)
    assert read_audit(db_path)[0]["user"] == pwd.getpwuid(os.getuid()).pw_name


def test_the_full_query_is_recorded_with_controls_made_visible(seeded_db: Path):
    query = "interpol " + "x" * 700 + " \x1b[2J\x9b end"
    run("search", "--db", str(seeded_db), query)
    detail = read_audit(seeded_db)[0]["detail"]
    assert detail == "interpol " + "x" * 700 + " ␛[2J<9B> end"


def test_failed_and_interrupted_actions_are_recorded(seeded_db: Path, tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("export", "--db", str(seeded_db), "-o", str(blocker / "out.jsonl"))
    assert result.exit_code == 1
    assert read_audit(seeded_db)[0]["outcome"].startswith("failed: cannot write")
    run("search", "--db", str(seeded_db), "***")
    assert read_audit(seeded_db)[0]["outcome"].startswith("failed: nothing searchable in that query")

    import store.ingest

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    monkeypatch.setattr(store.ingest, "ingest_paths", interrupted)
    run("ingest", "--db", str(seeded_db), str(tmp_path / "a.txt"))
    assert read_audit(seeded_db)[0]["outcome"] == "interrupted"
    monkeypatch.setattr(store.ingest, "ingest_paths", broken)
    run("ingest", "--db", str(seeded_db), str(tmp_path / "a.txt"))
    record = read_audit(seeded_db)[0]
    assert record["action"] == "ingest" and record["outcome"] == "failed: RuntimeError: boom"
    assert all(ok for ok, _ in check_store(seeded_db))


def make_old_store(path: Path, version: int) -> None:
    """A store as an older docket made it, at schema ``version``."""
    conn = sqlite3.connect(path, isolation_level=None)
    _build_schema(conn, version)
    conn.execute("INSERT INTO meta (key, value) VALUES ('store_id', 'old'), ('created_at', 'then')")
    conn.close()


def test_migration_to_6_chains_the_existing_audit_rows(tmp_path: Path, private_umask):
    path = tmp_path / "old.db"
    make_old_store(path, 4)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    for i in range(3):
        conn.execute(
            "INSERT INTO audit (at, user, action, detail, outcome) VALUES (?, 'ann', 'search', ?, 'ok')",
            (f"2026-01-0{i + 1}T00:00:00+00:00", f"query {i}"),
        )
    conn.commit()
    conn.close()
    open_writer(path).close()
    assert mode(Path(f"{path}.v4.backup")) == 0o600
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert read_schema(conn) == expected_schema()
    assert [r[0] for r in conn.execute("SELECT detail FROM audit ORDER BY id")] == ["query 0", "query 1", "query 2"]
    conn.close()
    [finding] = chain_findings(path)
    assert finding.startswith("Audit trail: 3 record(s), hash chain intact up to record 3 ")
    assert run("search", "--db", str(path), "x").exit_code in (0, 1)
    assert read_audit(path)[0]["id"] == 4 and all(ok for ok, _ in check_store(path))


def test_an_export_manifest_anchors_the_audit_head(seeded_db: Path, tmp_path: Path):
    run("search", "--db", str(seeded_db), "interpol")
    head = sqlite3.connect(seeded_db).execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    out = tmp_path / "out.jsonl"
    assert run("export", "--db", str(seeded_db), "-o", str(out), "--manifest").exit_code == 0
    manifest = json.loads((tmp_path / "out.jsonl.manifest.json").read_text())  # named after the export
    assert manifest["audit_head"] == {"id": head[0], "hash": head[1]}


# ------------------------------------------------------------- 11. file modes


def test_exports_and_their_folders_are_private(seeded_db: Path, tmp_path: Path, private_umask):
    jsonl = tmp_path / "new" / "deeper" / "all.jsonl"
    assert run("export", "--db", str(seeded_db), "-o", str(jsonl), "--manifest").exit_code == 0
    assert mode(jsonl) == 0o600 and mode(jsonl.parent / "all.jsonl.manifest.json") == 0o600
    assert mode(tmp_path / "new") == 0o700 and mode(tmp_path / "new" / "deeper") == 0o700
    folder = tmp_path / "csv" / "case" / "out"
    assert run("export", "--db", str(seeded_db), "--format", "csv", "-o", str(folder), "--manifest").exit_code == 0
    for path in (tmp_path / "csv", tmp_path / "csv" / "case", folder):
        assert mode(path) == 0o700, path
    files = sorted(folder.iterdir())
    assert [p.name for p in files] == [
        "MANIFEST.json",
        "documents.csv",
        "entities.csv",
        "figures.csv",
        "mentions.csv",
        "operations.csv",
    ]
    assert all(mode(p) == 0o600 for p in files)
    ftm = tmp_path / "f.ftm.json"
    assert run("export", "--db", str(seeded_db), "--format", "ftm", "-o", str(ftm)).exit_code == 0
    assert mode(ftm) == 0o600


def test_every_folder_made_above_a_store_is_private(tmp_path: Path, private_umask):
    path = tmp_path / "a" / "b" / "c" / "docket.db"
    create_store(path)
    assert mode(path) == 0o600
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert mode(folder) == 0o700, folder


def test_backups_are_private(seeded_db: Path, tmp_path: Path, private_umask):
    dest = tmp_path / "copy.db"
    assert run("backup", "--db", str(seeded_db), str(dest)).exit_code == 0
    assert mode(dest) == 0o600


# ------------------------------------------------------------- 12. the lock


def test_the_lock_is_keyed_on_the_real_path(db_path: Path, tmp_path: Path):
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    assert lock_path(link) == lock_path(db_path) == Path(f"{os.path.realpath(db_path)}-ingest.lock")
    with ingest_lock(db_path):
        with pytest.raises(IngestBusy):
            with ingest_lock(link, wait=False):
                pass
    with ingest_lock(link):
        with pytest.raises(IngestBusy):
            with ingest_lock(db_path, wait=False):
                pass


def test_ingest_through_a_link_waits_for_an_ingest_through_the_real_path(db_path: Path, tmp_path: Path):
    link = tmp_path / "link.db"
    link.symlink_to(db_path)
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    # The holder keeps the lock until told (or a minute passes), so a slow start
    # of the second process under load cannot find the lock already free.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, select; from store.lock import ingest_lock\n"
            f"with ingest_lock({str(db_path)!r}):\n"
            "    print('held', flush=True); select.select([sys.stdin], [], [], 60)",
        ],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        proc = subprocess.Popen(
            [sys.executable, "-c", "from tui.cli import main; main()"]
            + ["ingest", "--db", str(link), str(tmp_path / "a.txt")],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        first = proc.stderr.readline()  # blocks until it waits (or, wrongly, ends)
        holder.stdin.write("go\n")
        holder.stdin.close()
        _, err = proc.communicate(timeout=60)
        holder.wait(timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
    assert proc.returncode == 0, first + err
    assert "another ingest is writing to this store; waiting" in first
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_lock_that_is_a_link_is_never_followed(db_path: Path, tmp_path: Path):
    victim = tmp_path / "victim"
    Path(f"{db_path}-ingest.lock").symlink_to(victim)
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    proc = docket("ingest", "--db", str(db_path), str(tmp_path / "a.txt"))
    assert proc.returncode == 3
    assert len(proc.stderr.strip().splitlines()) == 1 and "is a link" in proc.stderr
    assert not victim.exists()


def test_no_lock_file_beside_a_file_docket_refuses(tmp_path: Path):
    foreign = tmp_path / "notes.txt"
    foreign.write_text("my notes " * 100)
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    result = run("ingest", "--db", str(foreign), str(tmp_path / "a.txt"))
    assert result.exit_code == 3 and "notes.txt: cannot open store (file is not a database)" in result.output
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    result = run("ingest", "--db", str(other), str(tmp_path / "a.txt"))
    assert result.exit_code == 3 and "not a docket store" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "notes.txt", "other.db"]


def test_the_full_text_index_is_the_one_sqlite_utils_makes():
    """docket writes the FTS5 table and triggers itself (so verification does
    not depend on the installed sqlite-utils) in the shape sqlite-utils
    makes, so `sqlite-utils search` and Datasette keep understanding it."""
    import sqlite_utils

    from store.db import _SCHEMA

    conn = sqlite3.connect(":memory:")
    conn.executescript(_SCHEMA)
    sqlite_utils.Database(conn)["documents"].enable_fts(["title", "text"], create_triggers=True)

    def fts(key) -> bool:  # the full-text table, its shadow tables and the triggers that feed it
        return "fts" in key[1] or key[1] in ("documents_ai", "documents_ad", "documents_au")

    theirs = {k: v.normalised for k, v in read_schema(conn).items() if fts(k)}
    ours = {k: v.normalised for k, v in expected_schema().items() if k in theirs}
    assert ours == theirs
    assert sqlite_utils.Database(conn)["documents"].detect_fts() == "documents_fts"


def test_repair_rebuilds_the_full_text_index_an_altered_trigger_fed_wrongly(seeded_db: Path):
    tamper(seeded_db, PLANTED["altered docket trigger"])
    # a row written by another tool while the altered trigger was in place
    tamper(
        seeded_db,
        "INSERT INTO documents (sha256, title, source, text, ingested_at) "
        "VALUES ('ff', 'Planted', 'x.txt', 'Carabinieri seized zebrafish', '2026-01-01');",
    )
    assert docket("check", "--repair", "--db", str(seeded_db)).returncode == 0
    result = run("search", "--db", str(seeded_db), "zebrafish", "--json")
    assert result.exit_code == 0 and [r["title"] for r in json.loads(result.stdout)] == ["Planted"]
