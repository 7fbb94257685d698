"""Type-ahead on PostgreSQL through ``pg_trgm`` (issue #16, item 2): where
the server has the extension, a store gets a GIN trigram index on entity
keys; where it has not, or the role may not create it, the store is made
without it and type-ahead works all the same. Either way it finds what
SQLite's finds (prefixes, substrings, typos), for the same documents.

The pgserver wheel has no ``pg_trgm``; the tests with it run on the
system's PostgreSQL (tests/postgres_server.py), skipped where none is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.db import create_store, open_writer
from store.engines import location
from store.engines import postgres as pg
from store.ingest import ingest_paths
from store.maintenance import check_store
from store.queries import Reader
from tests.postgres_server import start_system_server

REPO = Path(__file__).resolve().parents[1]
#: What an analyst types: prefixes, substrings from inside a name, typos
#: (answered by the fuzzy path), two letters, nothing found, LIKE's own
#: wildcards and escapes (literal here).
QUERIES = [
    "pol", "interpol", "inter", "erpo", "gracia", "jose", "de g", "lion", "fish", "trigger", "gger v",
    "interpl", "europl", "lionfsh", "in", "zz", "zzqqxx", "%", "_ol", "a%b", "\\", "pol'", "ol",
]  # fmt: skip


@pytest.fixture(scope="module")
def trgm_server():
    server = start_system_server()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs")
    shutil.copy(REPO / "seeds" / "000_9285dadc5717e343.txt", out / "seed.txt")
    for src in sorted((REPO / "tests" / "wild").glob("*.txt"))[:6]:
        shutil.copy(src, out / src.name)
    return out


def fill(where, folder: Path):
    db = open_writer(where)
    try:
        ingest_paths(db, [folder], workers=1)
    finally:
        db.close()
    return where


@pytest.fixture(scope="module")
def sqlite_answers(tmp_path_factory, folder: Path) -> dict:
    path = tmp_path_factory.mktemp("sqlite") / "docket.db"
    create_store(path)
    return answers(fill(path, folder))


def answers(where) -> dict:
    reader = Reader(where)
    try:
        out = {}
        for q in QUERIES:
            out[q] = [(r["type"], r["name"], r["mention_count"]) for r in reader.match_entities(q)]
            out["~" + q] = [(r["type"], r["name"]) for r in reader.fuzzy_entities(q)]
        return out
    finally:
        reader.close()


def trigram_index(where) -> bool:
    conn = pg.connect(where)
    try:
        return pg.has_trigram_index(conn)
    finally:
        conn.close()


def assert_same_type_ahead(where, folder: Path, sqlite_answers: dict) -> None:
    got = answers(fill(where, folder))
    for q in QUERIES:
        assert got[q] == sqlite_answers[q], q
        assert got["~" + q] == sqlite_answers["~" + q], "typo " + q
    assert sqlite_answers["pol"][0][1] == "INTERPOL" and sqlite_answers["~interpl"][0][1] == "INTERPOL"
    assert all(ok for ok, _ in check_store(where)), check_store(where)


def test_a_server_with_pg_trgm_gets_the_trigram_index_and_the_same_answers(trgm_server, folder, sqlite_answers):
    where = location(trgm_server.new_database())
    create_store(where)
    assert trigram_index(where)
    assert_same_type_ahead(where, folder, sqlite_answers)
    assert "Type-ahead by substring: a trigram index (pg_trgm)" in [m for _, m in check_store(where)]


def test_the_trigram_index_answers_substrings_of_many_entities(trgm_server):
    """The index answers ``%…%`` (the planner takes it over a scan once
    the table is large: forced here, at 20,000 rows), and it follows
    inserts and key changes as the table does."""
    where = location(trgm_server.new_database())
    create_store(where)
    db = open_writer(where)
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO entities (type, name, key) VALUES ('PERSON', ?, ?)",
        [(f"Name {i:05d} Qx{i % 997:03d}", f"name {i:05d} qx{i % 997:03d}") for i in range(20_000)],
    )
    conn.execute("UPDATE entities SET key = 'renamed zyxwv', name = 'Renamed Zyxwv' WHERE key = 'name 00007 qx007'")
    conn.execute("COMMIT")
    conn.raw.execute("ANALYZE entities")
    conn.raw.execute("SET enable_seqscan = off")
    plan = "\n".join(r[0] for r in conn.raw.execute("EXPLAIN SELECT id FROM entities WHERE key ILIKE '%qx123%'"))
    db.close()
    assert pg.TRIGRAM_INDEX in plan, plan
    reader = Reader(where)
    try:
        found = reader.match_entities("qx123")
        assert len(found) == 20 and all("Qx123" in r["name"] for r in found)
        assert [r["name"] for r in reader.match_entities("yxwv")] == ["Renamed Zyxwv"]
        assert reader.match_entities("00007 qx007") == []
    finally:
        reader.close()


def test_a_role_refused_the_extension_still_gets_type_ahead(trgm_server, folder, sqlite_answers):
    """A role that may create tables in the schema but not extensions in the
    database: the store is made without the index, and answers the same."""
    url = trgm_server.new_database()
    database = url.rsplit("/", 1)[1].split("?")[0]
    with trgm_server.admin() as admin:
        admin.execute("DROP ROLE IF EXISTS docket_maker")
        admin.execute("CREATE ROLE docket_maker LOGIN")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("GRANT CREATE ON SCHEMA public TO docket_maker")
    where = location(url.replace("postgres@", "docket_maker@"))
    create_store(where)
    assert not trigram_index(where)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'").fetchone()[0] == 0
    assert database
    assert_same_type_ahead(where, folder, sqlite_answers)
    assert any("a bounded scan" in m for _, m in check_store(where))


def test_a_server_without_pg_trgm_still_gets_type_ahead(pg_server, folder, sqlite_answers):
    """The pgserver wheel's PostgreSQL has no pg_trgm."""
    where = location(pg_server.new_store())
    assert not trigram_index(where)
    assert_same_type_ahead(where, folder, sqlite_answers)


def test_check_repair_adds_the_trigram_index_to_a_store_made_without_it(trgm_server, folder, sqlite_answers):
    """A store made before the server had pg_trgm (here: made by a role
    refused the extension, then repaired by the database's owner) gains the
    index from `docket check --repair`, and answers as before."""
    from click.testing import CliRunner

    from tui.cli import cli

    url = trgm_server.new_database()
    with trgm_server.admin() as admin:
        admin.execute("DROP ROLE IF EXISTS docket_maker2")
        admin.execute("CREATE ROLE docket_maker2 LOGIN")
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("GRANT CREATE ON SCHEMA public TO docket_maker2")
    maker = location(url.replace("postgres@", "docket_maker2@"))
    create_store(maker)
    fill(maker, folder)
    assert not trigram_index(maker)
    with psycopg.connect(url, autocommit=True) as conn:  # the tables go to the owner who may make extensions
        conn.execute("REASSIGN OWNED BY docket_maker2 TO postgres")
    owner = location(url)
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(owner), "check", "--repair"])
    assert result.exit_code == 0, result.output
    assert "repaired  made the trigram index entities_key_trigram (pg_trgm)" in result.output
    assert trigram_index(owner)
    assert any("a trigram index (pg_trgm)" in m for _, m in check_store(owner))
    # nothing more to do the second time
    again = runner.invoke(cli, ["--db", str(owner), "check", "--repair"])
    assert again.exit_code == 0 and "Schema: nothing to repair" in again.output
    assert_same_type_ahead(owner, folder, sqlite_answers)  # the same folder again: nothing new
