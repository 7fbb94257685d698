"""A PostgreSQL store made at an older schema version opens and is upgraded
by today's docket as a SQLite store is (issue #16): the same steps of
``store.db.MIGRATIONS``, written once and translated, in one transaction.

The old stores are built as docket built them at that version (SQLite's
schema at version N, translated as today's is), filled with the same rows
by the same statements on both engines, and opened with today's code."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.db import SCHEMA_VERSION, _build_schema, connect, open_writer
from store.engines import location
from store.engines import postgres as pg
from store.extract import extract
from store.maintenance import check_store
from tests.conftest import one
from tui.cli import cli

TEXTS = [
    "Operation Lionfish seizes cocaine\nLYON, France, 12 March 2021 – INTERPOL said Operation Lionfish led to "
    "the arrest of 52 people and the seizure of 3 tonnes of cocaine in Panama and Colombia.",
    "Europol backs Operation Lionfish\nTHE HAGUE, 14 March 2021 – Europol said Operation Lionfish ended with "
    "52 arrests across Spain and Portugal, and officers from the Guardia Civil took part.",
    # a copy of the first, as another site published it
    "Operation Lionfish seizes cocaine\nLYON, France, 12 March 2021 – INTERPOL said Operation Lionfish led to "
    "the arrest of 52 people and the seizure of 3 tonnes of cocaine in Panama and Colombia.\nShare this page",
]


def _fill(conn, version: int) -> None:
    """The rows an older docket (schema ``version``, 6 or later) wrote for
    TEXTS, in SQLite's dialect (the PostgreSQL connection translates them
    as it does all of docket's SQL)."""
    conn.execute("BEGIN IMMEDIATE")
    ids: dict[tuple[str, str], int] = {}
    for n, text in enumerate(TEXTS):
        result = extract(text)
        entities = [e for e in result.entities if e.key]
        doc = conn.execute(
            "INSERT INTO documents (sha256, title, source, text, ingested_at, entity_count, mention_count,"
            " figure_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                hashlib.sha256(text.encode()).hexdigest(),
                result.title,
                f"old/{n}.txt",
                text,
                "2026-01-01T00:00:00+00:00",
                len(entities),
                sum(len(e.mentions) for e in entities),
                len(result.figures),
            ),
        ).lastrowid
        for e in entities:
            if (e.type, e.key) not in ids:
                conn.execute(
                    "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, 0, 0)",
                    (e.type, e.name, e.key),
                )
                ids[(e.type, e.key)] = one_row(
                    conn, "SELECT id FROM entities WHERE type = ? AND key = ?", e.type, e.key
                )
            eid = ids[(e.type, e.key)]
            conn.execute(
                "UPDATE entities SET mention_count = mention_count + ?, document_count = document_count + 1"
                " WHERE id = ?",
                (len(e.mentions), eid),
            )
            conn.execute(
                "INSERT INTO document_entities (document_id, entity_id, name, mention_count, first_start)"
                " VALUES (?, ?, ?, ?, ?)",
                (doc, eid, e.name, len(e.mentions), e.mentions[0][0]),
            )
            for start, end in e.mentions:
                conn.execute(
                    'INSERT INTO mentions (document_id, entity_id, start, "end") VALUES (?, ?, ?, ?)',
                    (doc, eid, start, end),
                )
        for op in result.operations:
            key = next(k for (t, k) in ids if t == "OPERATION")
            conn.execute(
                "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year) VALUES (?, ?, ?)",
                (doc, ids[("OPERATION", key)], op.year),
            )
        op_id = next((i for (t, _), i in ids.items() if t == "OPERATION"), None)
        for f in result.figures:
            conn.execute(
                "INSERT INTO operation_stats (document_id, operation_id, metric, item, value, unit, qualifier,"
                ' scope, start, "end", sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (doc, op_id, f.metric, f.item, f.value, f.unit, f.qualifier, f.scope, f.start, f.end,
                 f.sentence_start, f.sentence_end),
            )  # fmt: skip
    if version < 7:  # the summaries' first shape
        conn.execute(
            "INSERT INTO operation_summary (operation_id, name, year, arrests, seizures, other, documents)"
            " SELECT id, name, NULL, 52, 1, 0, document_count FROM entities WHERE type = 'OPERATION'"
        )
    else:  # today's shape, made as today's docket makes it
        from store.summary import refresh_all_summaries

        refresh_all_summaries(conn)
    conn.execute("COMMIT")


def one_row(conn, sql: str, *params):
    return conn.execute(sql, params).fetchone()[0]


def _old_sqlite(path: Path, version: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    _build_schema(conn, version)
    conn.execute("INSERT INTO meta (key, value) VALUES ('store_id', 'old'), ('created_at', 'then')")
    _fill(conn, version)
    conn.close()
    return path


def _old_postgres(url: str, version: int):
    where = location(url)
    raw = pg._connect_raw(where, read_only=False)
    conn = pg.PgConnection(raw, where, read_only=False)
    try:
        raw.execute("BEGIN")
        pg._build(conn, version)
        raw.execute("COMMIT")
        _fill(conn, version)
    finally:
        conn.close()
    return where


def _export(where) -> list[dict]:
    result = CliRunner().invoke(cli, ["--db", str(where), "export"])
    assert result.exit_code == 0, result.output

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "ingested_at", "document_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return sorted((strip(json.loads(line)) for line in result.stdout.splitlines()), key=lambda r: r["sha256"])


def _pg_version(where) -> int:
    return int(one(where, "SELECT value FROM meta WHERE key = 'schema_version'"))


@pytest.mark.parametrize("version", [6, 9])
def test_an_older_postgres_store_is_upgraded_as_a_sqlite_store_is(pg_server, tmp_path: Path, version: int):
    lite = _old_sqlite(tmp_path / "old.db", version)
    where = _old_postgres(pg_server.new_database(), version)
    assert _pg_version(where) == version
    # read as it is (verified against its own version's schema), as on SQLite
    connect(where).close()
    assert _pg_version(where) == version
    found = check_store(where)
    assert all(ok for ok, _ in found), found
    assert f"Schema version {version}: older than {SCHEMA_VERSION}" in "\n".join(line for _, line in found)
    open_writer(lite).close()
    open_writer(where).close()  # today's docket upgrades it
    assert _pg_version(where) == SCHEMA_VERSION
    conn = pg.connect(where)
    try:
        assert pg.schema_problems(conn) == []
    finally:
        conn.close()
    assert all(ok for ok, _ in check_store(where)), check_store(where)
    assert all(ok for ok, _ in check_store(lite)), check_store(lite)
    got = _export(where)
    assert got == _export(lite)
    if version < 7:  # dates, copies and summaries made by the steps that are functions
        assert {r["published"] for r in got} == {"2021-03-12", "2021-03-14"}
        for store in (where, lite):
            assert one(store, "SELECT count(*) FROM documents WHERE copy_of IS NOT NULL") == 1
            assert one(store, "SELECT count(*) FROM document_signatures") == len(TEXTS)
    # and it is a store like any other: a new document, a search
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "new.txt").write_text("Operation Lionfish again\nMADRID, 2 May 2021 – The Guardia Civil arrested 9.")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(where), "ingest", "-q", str(folder)]).exit_code == 0
    assert one(where, "SELECT count(*) FROM documents") == 4
    assert runner.invoke(cli, ["--db", str(where), "search", "Lionfish"]).exit_code == 0


def test_two_processes_opening_an_old_store_upgrade_it_once(pg_server):
    where = _old_postgres(pg_server.new_database(), 9)
    first, second = open_writer(where), open_writer(where)
    first.close()
    second.close()
    assert _pg_version(where) == SCHEMA_VERSION
    assert one(where, "SELECT count(*) FROM documents") == len(TEXTS)


def test_an_upgrade_that_fails_changes_nothing(pg_server, tmp_path: Path, monkeypatch):
    from store import db

    where = _old_postgres(pg_server.new_database(), 9)
    steps = dict(db.MIGRATIONS)
    steps[9] = [*steps[9], "CREATE TABLE curations (id INTEGER PRIMARY KEY)"]  # already made: refused
    monkeypatch.setattr(db, "MIGRATIONS", steps)
    (tmp_path / "new.txt").write_text("Operation Lionfish again\nMADRID, 2 May 2021 – The Guardia Civil arrested 9.")
    result = CliRunner().invoke(cli, ["--db", str(where), "ingest", str(tmp_path / "new.txt")])
    assert result.exit_code != 0
    assert "cannot upgrade the store from schema 9" in result.output
    assert "Traceback" not in result.output
    assert _pg_version(where) == 9
    assert one(where, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'curations'") == 0
