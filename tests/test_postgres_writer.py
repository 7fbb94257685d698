"""The PostgreSQL writer sends a batch's statements without waiting for each
answer (psycopg's pipeline mode, issue #16): a failure the server reports
late still belongs to the document that caused it, which alone is rolled
back; the others are stored whole, and the store checks clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import open_writer
from store.engines import location, read_ahead
from store.ingest import ingest_paths
from store.maintenance import check_store
from tests.conftest import one, rows

TEXT = "Report {name}\nINTERPOL and Europol said 4 people were arrested in Lyon during Operation Pangea {n}."


def _folder(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(names):
        (folder / f"{i:02d}_{name}.txt").write_text(TEXT.format(name=name, n=i + 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_statement_the_server_refuses_late_skips_only_its_document(
    pg_store: str, tmp_path: Path, monkeypatch, where: str
):
    from store.ingest import write

    names = ["alpha", "bravo", "charlie"]
    boom = {"first": 0, "middle": 1, "last": 2}[where]
    names[boom] = "boom"
    real = write.write_extraction

    def refused_late(conn, doc_id, result, *args):
        real(conn, doc_id, result, *args)
        if "boom" in (result.title or ""):
            # queued in the pipeline (no answer read): operations that do not exist
            conn.executemany(
                "INSERT INTO document_operations (document_id, operation_id, year) VALUES (?, ?, ?)",
                [(doc_id, 10**12, None), (doc_id, 10**12 + 1, None)],
            )

    monkeypatch.setattr(write, "write_extraction", refused_late)
    store = location(pg_store)
    db = open_writer(store)
    try:
        report = ingest_paths(db, [_folder(tmp_path, names)], workers=1)
    finally:
        db.close()
    assert report.stored == 2
    (failed,) = report.messages
    assert Path(failed[0]).name == f"{boom:02d}_boom.txt"
    assert failed[1].startswith("could not be stored (ForeignKeyViolation:")
    assert sorted(r[0] for r in rows(store, "SELECT title FROM documents")) == sorted(
        f"Report {n}" for n in names if n != "boom"
    )
    # nothing of the refused document is left: its mentions, its operation, its counts
    assert one(store, "SELECT count(*) FROM documents") == one(store, "SELECT n FROM counts WHERE name = 'documents'")
    assert one(store, "SELECT count(DISTINCT document_id) FROM mentions") == 2
    assert one(store, "SELECT document_count FROM entities WHERE key = 'interpol'") == 2
    assert all(ok for ok, _ in check_store(store)), check_store(store)


def test_read_ahead_gives_each_read_its_own_rows_in_one_pipeline(pg_store: str):
    db = open_writer(location(pg_store))
    try:
        conn = db.conn
        answers = read_ahead(
            conn,
            [
                ("SELECT n FROM counts WHERE name = ?", ("documents",)),
                ("SELECT 1 WHERE 1 = 0", ()),
                ("SELECT 2, 3", ()),
            ],
        )
        assert [[tuple(r) for r in rows] for rows in answers] == [[(0,)], [], [(2, 3)]]
        assert read_ahead(conn, []) == []
    finally:
        db.close()


def test_the_writer_waits_on_the_server_a_few_times_per_document(pg_store: str):
    """The pipeline stays in place: about 5 round trips per document of the
    benchmark corpus (about 50 before; benchmarks/pg_writer.py)."""
    from benchmarks.pg_writer import RoundTrips, prepare, write_all

    ready, _ = prepare(40, 7)
    trips = RoundTrips()
    write_all(location(pg_store), ready, trips.counting)
    assert 0 < trips.count / len(ready) < 12, trips.count
    assert one(location(pg_store), "SELECT count(*) FROM documents") == len(ready)
