"""A docket store on a real PostgreSQL server (tests/postgres_server.py):
schema, ingest, queries, full-text search, audit trail, check, export.

No mocks: every test talks to PostgreSQL 16 started from the pgserver wheel.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from seeds import seed_paths, source_name
from store.db import SchemaError, StoreError, create_store, open_writer
from store.engines import location
from store.engines import postgres as pg
from store.ingest import ingest_paths
from store.queries import HIT_END, HIT_START, Reader

REPO = Path(__file__).resolve().parents[1]
WILD = REPO / "tests" / "wild"


def wild_folder(tmp_path: Path, names: list[str] | None = None) -> Path:
    """A folder of the wild corpus's reports (their gold JSON left out)."""
    folder = tmp_path / "wild"
    folder.mkdir(exist_ok=True)
    for src in sorted(WILD.glob("*.txt")):
        if names is None or src.stem in names:
            shutil.copy(src, folder / src.name)
    return folder


def ingest(where, paths, **kw):
    db = open_writer(location(where))
    try:
        return ingest_paths(db, paths, workers=1, **kw)
    finally:
        db.close()


def docket(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def run(*args: str):
    """``docket ARGS`` in this process (faster than a new one): exit code,
    standard output and error as ``subprocess`` gives them."""
    from types import SimpleNamespace

    from click.testing import CliRunner

    from tui.cli import cli

    result = CliRunner().invoke(cli, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return SimpleNamespace(returncode=result.exit_code, stdout=result.stdout, stderr=result.stderr)


@pytest.fixture
def seeded_pg(pg_store: str) -> str:
    ingest(pg_store, seed_paths(), source_name=source_name)
    return pg_store


# ------------------------------------------------------------------ schema


def test_an_operations_figures_are_read_through_the_index_on_postgres(seeded_pg: str):
    # Every batch refreshes the summaries of the operations it touched; "operation_id IS ?" became
    # IS NOT DISTINCT FROM, which no index serves: each refresh read the whole figures table, and a
    # 10,000-document ingest slowed as the store grew. The plan, with sequential scans priced out:
    from store.summary import _FIGURES_SQL, _UNNAMED_FIGURES_SQL

    conn = pg.connect(location(seeded_pg))
    try:
        conn.execute("SET enable_seqscan = off")
        for sql, params in ((_FIGURES_SQL, (1,)), (_UNNAMED_FIGURES_SQL, ())):
            plan = "\n".join(row[0] for row in conn.execute("EXPLAIN " + sql, params))
            assert "Seq Scan on operation_stats" not in plan, plan
    finally:
        conn.close()


def test_schema_has_sqlites_tables_and_columns_and_its_version(pg_store: str):
    from store.db import SCHEMA_VERSION, expected_schema

    conn = pg.connect(location(pg_store))
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        cols: dict[str, list[str]] = {}
        for table, column in conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ):
            cols.setdefault(table, []).append(column)
        assert pg.schema_problems(conn) == []
    finally:
        conn.close()
    assert version == SCHEMA_VERSION
    mem = sqlite3.connect(":memory:")
    for (kind, name), obj in expected_schema().items():
        if kind != "table" or name.startswith(("documents_fts", "entities_trigram")):
            continue
        mem.execute(obj.sql)
        want = [r[1] for r in mem.execute(f'PRAGMA table_info("{name}")')]
        assert cols.get(name) == want, name


def test_schema_creation_is_done_once_and_a_planted_trigger_is_refused_then_repaired(pg_server):
    url = pg_server.new_database()  # an empty database: docket builds its schema
    where = location(url)
    assert not pg.store_exists(where)
    create_store(where)
    create_store(where)  # a second creation finds it made
    assert pg.store_exists(where)
    ingest(url, seed_paths(), source_name=source_name)
    import psycopg

    with psycopg.connect(url, autocommit=True) as raw:
        raw.execute("CREATE FUNCTION planted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
        raw.execute("CREATE TRIGGER planted AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION planted()")
    with pytest.raises(SchemaError) as caught:
        open_writer(where)
    assert "unknown trigger planted" in str(caught.value)
    result = run("--db", url, "check")
    assert result.returncode == 4
    assert "PROBLEM  Schema: unknown trigger planted" in result.stdout
    # our own objects gone too: a count trigger, the full-text trigger, an index, a view
    with psycopg.connect(url, autocommit=True) as raw:
        raw.execute("DROP TRIGGER documents_counted ON documents")
        raw.execute("DROP TRIGGER documents_fts_write ON documents")
        raw.execute("DELETE FROM documents_fts")
        raw.execute("DROP INDEX entities_rank")
        raw.execute("DROP VIEW documents_per_entity")
    repaired = run("--db", url, "check", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    for line in (
        "dropped unknown trigger planted",
        "dropped unknown function planted",
        "rebuilt trigger documents_counted",
        "rebuilt index entities_rank",
        "rebuilt view documents_per_entity",
        "rebuilt the full-text index",
    ):
        assert f"repaired  {line}" in repaired.stderr
    assert "PROBLEM" not in repaired.stdout and "Full-text index: 1 of 1" in repaired.stdout
    assert run("--db", url, "check", "--repair").stderr.startswith("Schema: nothing to repair")
    reader = Reader(url)
    try:
        assert reader.search("firearms") and reader.count_documents() == 1
    finally:
        reader.close()


# ------------------------------------------------------------ ingest, read


def test_ingest_then_every_read_query_answers(seeded_pg: str):
    reader = Reader(seeded_pg)
    try:
        stats = reader.stats()
        assert stats["documents"] == 1 and stats["entities"] > 10 and stats["figures"] == 3
        assert reader.count_documents() == 1 and reader.count_entities() == stats["entities"]
        docs = reader.documents()
        assert docs[0]["title"].startswith("VIENNA")
        assert [e["name"] for e in reader.match_entities("pol")][:1] == ["INTERPOL"]
        assert [e["name"] for e in reader.match_entities("terp")] == ["INTERPOL"]  # a substring
        assert [e["name"] for e in reader.fuzzy_entities("interpl")] == ["INTERPOL"]
        interpol = reader.find_entity("Interpol")
        assert interpol and interpol["type"] == "ORG"
        context = reader.entity_documents(interpol["id"])[0]["context"]
        assert "INTERPOL" in context
        assert reader.cooccurring(interpol["id"])
        ops = {o["name"]: o for o in reader.operations()}
        assert ops["Lionfish"]["arrests"] == 1300 and ops["Lionfish"]["year"] == 2018
        assert ops["Trigger V"]["main_seizures"] == "firearms 850"
        assert reader.find_entity("lionfish")["name"] == "Lionfish"
        assert reader.document_operations(docs[0]["id"])
        assert reader.series(ops["Lionfish"]["id"])
        assert [d["id"] for d in reader.find_documents("vienna")] == [docs[0]["id"]]  # case ignored, as on SQLite
        assert reader.resolve_documents("000_9285dadc5717e343.txt") == [docs[0]["id"]]
    finally:
        reader.close()


def test_full_text_search_is_ranked_and_highlighted(pg_store: str, tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Cocaine seizure in Spain\nPolice seized cocaine. Cocaine again.", encoding="utf-8")
    (folder / "b.txt").write_text("Weapons report\nOfficers found weapons and a little cocaine.", encoding="utf-8")
    (folder / "c.txt").write_text("Training day\nNothing was arrested.", encoding="utf-8")
    ingest(pg_store, [folder])
    reader = Reader(pg_store)
    try:
        hits = reader.search("cocaine")
        assert [h["title"] for h in hits] == ["Cocaine seizure in Spain", "Weapons report"]
        assert f"{HIT_START}cocaine{HIT_END}" in hits[0]["snippet"]
        assert reader.count_search("cocaine") == 2
        assert [h["title"] for h in reader.search("arrest")] == ["Training day"]  # a prefix: arrested
        assert [h["title"] for h in reader.search("cocaine -weapons")] == ["Cocaine seizure in Spain"]
        assert [h["title"] for h in reader.search('"little cocaine"')] == ["Weapons report"]
        assert len(reader.search("training OR weapons")) == 2
        assert reader.search("cocaine", since="2030-01-01") == []
    finally:
        reader.close()


HOSTILE = [
    '"',
    '""',
    "'",
    "''",
    "*",
    "**",
    "-",
    "--",
    ":",
    "a:b",
    "title:cocaine",
    "[/]",
    "[",
    "]",
    "\x00",
    "co\x00caine",
    "(",
    ")",
    "()",
    "& | ! <->",
    "!cocaine",
    "cocaine:*",
    "cocaine:A",
    "'cocaine' & 'x'",
    "\\",
    "\\'",
    "NEAR(a b)",
    "AND OR NOT",
    "OR",
    "-cocaine",
    '-"a b"',
    "%_%",
    "   ",
    "",
    "\u202e\u200b",
    "a" * 5000,
    " ".join(["cocaine"] * 3000),
    "x" + "-x" * 2000,
]


def test_hostile_queries_never_fail(seeded_pg: str):
    import random

    rng = random.Random(16)
    alphabet = "ab cocaine\"'*-:[]/\\()&|!<>%_\x00\x1b\u00e9\u202e\n\t"
    queries = HOSTILE + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(300)]
    reader = Reader(seeded_pg)
    try:
        for q in queries:
            assert isinstance(reader.search(q, 0, 5), list), repr(q)
            assert reader.count_search(q) >= 0
            assert isinstance(reader.match_entities(q), list)
            assert isinstance(reader.entities(q, limit=3), list)
        assert reader.search("interpol'") and reader.search("INTERPOL:*")
    finally:
        reader.close()


# -------------------------------------------------------- CLI, audit, check


def test_cli_commands_on_a_postgres_store_and_the_audit_chain(pg_store: str, tmp_path: Path):
    folder = wild_folder(tmp_path, ["wa01", "wa02", "wb01"])
    result = run("--db", pg_store, "ingest", "-q", str(folder))
    assert result.returncode == 0, result.stderr
    assert "3 stored" in result.stderr
    again = run("--db", pg_store, "ingest", "-q", str(folder))
    assert "3 duplicate" in again.stderr
    for args in (["stats"], ["entities", "--limit", "3"], ["operations"], ["search", "police"], ["show", "1"]):
        out = run("--db", pg_store, *args)
        assert out.returncode == 0, (args, out.stderr)
        assert out.stdout.strip()
    check = run("--db", pg_store, "check")
    assert check.returncode == 0, check.stdout
    assert "hash chain intact" in check.stdout and "Full-text index: 3 of 3" in check.stdout
    audit = run("--db", pg_store, "audit", "--json")
    actions = [r["action"] for r in json.loads(audit.stdout)]
    assert actions[:3] == ["show", "search", "operations"] or "search" in actions
    import psycopg

    with psycopg.connect(pg_store, autocommit=True) as raw:
        for statement in ("UPDATE audit SET outcome = 'x'", "DELETE FROM audit", "TRUNCATE audit"):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                raw.execute(statement)
        # someone with the owner's rights edits a record behind the triggers' back
        raw.execute("ALTER TABLE audit DISABLE TRIGGER audit_no_update")
        raw.execute("UPDATE audit SET outcome = 'nothing' WHERE id = 2")
        raw.execute("ALTER TABLE audit ENABLE TRIGGER audit_no_update")
    check = run("--db", pg_store, "check")
    assert check.returncode == 4
    assert "Audit trail: row 2 does not match its hash" in check.stdout


def test_a_password_is_never_taken_from_the_command_line_nor_shown(pg_server, tmp_path: Path):
    secret = "s3cr3t-Pa55"
    url = pg_server.url("t_nowhere").replace("postgres@", f"postgres:{secret}@")
    for env in ({}, {"DOCKET_DB": url}):
        args = ["stats"] if env else ["--db", url, "stats"]
        result = docket(*args, env=env)
        assert result.returncode == 2
        assert secret not in result.stdout + result.stderr
        assert "password" in result.stderr and "PGPASSWORD" in result.stderr
        assert "Traceback" not in result.stderr
    # a server that refuses: one line, naming the store without credentials
    missing = pg_server.url("no_such_database")
    result = docket("--db", missing, "stats", env={"PGPASSWORD": secret})
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("docket: postgresql://postgres@/")
    assert secret not in result.stderr and "Traceback" not in result.stderr


def test_backup_of_a_postgres_store_is_a_sqlite_file_that_exports_the_same(seeded_pg: str, tmp_path: Path):
    dest = tmp_path / "copy.db"
    result = run("--db", seeded_pg, "backup", str(dest))
    assert result.returncode == 0, result.stderr
    assert run("--db", str(dest), "export").stdout == run("--db", seeded_pg, "export").stdout
    again = run("--db", seeded_pg, "backup", str(dest))
    assert again.returncode == 3 and again.stderr.count("\n") == 1 and "already exists" in again.stderr


# ---------------------------------------------------------------- export


def _comparable(jsonl: str) -> list[dict]:
    """Export lines without what differs by engine: ids and times."""

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "ingested_at", "document_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return sorted((strip(json.loads(line)) for line in jsonl.splitlines()), key=lambda r: r["sha256"])


def test_export_is_the_same_as_from_a_sqlite_store_of_the_same_folder(pg_store: str, tmp_path: Path):
    folder = wild_folder(tmp_path)
    sqlite_store = tmp_path / "store" / "docket.db"
    create_store(sqlite_store)
    ingest(sqlite_store, [folder])
    ingest(pg_store, [folder])
    from_sqlite = run("--db", str(sqlite_store), "export")
    from_pg = run("--db", pg_store, "export")
    assert from_sqlite.returncode == 0 and from_pg.returncode == 0, from_pg.stderr
    a, b = _comparable(from_sqlite.stdout), _comparable(from_pg.stdout)
    assert len(a) == len(list(WILD.glob("*.txt")))
    assert a == b


def test_a_bad_store_url_is_one_line(tmp_path: Path):
    result = docket("--db", "postgresql://user@[bad/db", "stats")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_store_location_is_never_confused_with_a_path():
    assert isinstance(location("postgresql://u@h/db"), pg.PostgresLocation)
    assert isinstance(location("postgres://u@h:5433/db?sslmode=verify-full"), pg.PostgresLocation)
    assert isinstance(location("postgresql.db"), Path)
    with pytest.raises(StoreError, match="password"):
        location("postgresql://u:pw@h/db")
    with pytest.raises(StoreError, match="password"):
        location("postgresql://u@h/db?password=pw")


def test_hostile_documents_are_stored_and_searchable(pg_store: str, tmp_path: Path):
    """A text PostgreSQL cannot hold as is (NUL) and one too varied for one
    tsvector (2 MB of distinct words): both stored, both found."""
    import random
    import string

    rng = random.Random(16)
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(9)) for _ in range(200_000)]
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "varied.txt").write_text("Distinct words\n" + " ".join(words), encoding="utf-8")
    (folder / "nul.txt").write_bytes(b"A report with a NUL\nPolice in Spain\x00 seized cocaine.")
    report = ingest(pg_store, [folder])
    assert report.stored == 2, report.summary()
    reader = Reader(pg_store)
    try:
        assert [h["title"] for h in reader.search(words[0])] == ["Distinct words"]
        assert [h["title"] for h in reader.search("cocaine")] == ["A report with a NUL"]
        text = reader.document(reader.search("cocaine")[0]["id"])["text"]
        assert "\x00" not in text and text.index("seized") == text.index("Spain") + len("Spain") + 2
    finally:
        reader.close()


def test_a_bulk_insert_counts_once_per_statement_and_the_counts_stay_right(pg_store: str):
    """The row counts follow every insert and delete, a statement of many rows
    included (a migration's bulk copy once took minutes: one count update per row)."""
    import psycopg

    where = location(pg_store)
    create_store(where)
    with psycopg.connect(pg_store) as raw:  # one transaction
        raw.execute(
            "INSERT INTO entities (type, name, key, mention_count, document_count)"
            " SELECT 'PERSON', 'N' || g, 'n' || g, 0, 0 FROM generate_series(1, 20000) AS g"
        )
        raw.execute("DELETE FROM entities WHERE key IN ('n1', 'n2', 'n3')")
    with psycopg.connect(pg_store) as raw:
        counted = raw.execute("SELECT n FROM counts WHERE name = 'entities'").fetchone()[0]
        actual = raw.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert counted == actual == 19_997
    result = run("--db", pg_store, "check")  # (the entities name no document: that is the one problem it lists)
    assert "ok       Row counts kept by triggers: right" in result.stdout, result.stdout
