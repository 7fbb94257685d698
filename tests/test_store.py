"""The store: creation, ingest, dedupe, atomicity, export."""

from __future__ import annotations

import json
import sqlite3
import stat
from io import StringIO
from pathlib import Path

import pytest

from seeds import seed_paths
from store.db import APPLICATION_ID, SCHEMA_VERSION, StoreError, connect, open_writer
from store.export import write_jsonl
from store.ingest import ingest_paths
from store.ingest import work as ingest_module
from store.queries import Reader
from tests.conftest import one

pytestmark = pytest.mark.engines


def _counts(where) -> dict[str, int]:
    return {
        t: one(where, f"SELECT count(*) FROM {t}")
        for t in ("documents", "entities", "mentions", "operation_stats", "document_entities")
    }


@pytest.mark.sqlite_only("a SQLite file's permissions, journal mode and header")
def test_new_store_is_private_wal_and_versioned(db_path: Path):
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_ingest_stores_seed_with_entities_and_figures(seeded_db: Path):
    counts = _counts(seeded_db)
    assert counts["documents"] == 1
    assert counts["entities"] >= 15
    assert counts["operation_stats"] == 3
    reader = Reader(seeded_db)
    names = {r["name"] for r in reader.entities(limit=500)}
    assert {"INTERPOL", "José de Gracia", "Trigger V", "Lionfish"} <= names
    assert reader.entities("jose")[0]["name"] == "José de Gracia"
    assert reader.entities("pol")[0]["name"] == "INTERPOL"


def test_same_bytes_are_stored_once(db_path: Path, tmp_path: Path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed_paths()[0].read_bytes())
    db = open_writer(db_path)
    first = ingest_paths(db, [*seed_paths(), copy])
    again = ingest_paths(db, [*seed_paths(), copy])
    db.close()
    assert (first.stored, first.duplicates) == (1, 1)
    assert (again.stored, again.duplicates) == (0, 2)
    assert _counts(db_path)["documents"] == 1


def test_entity_counts_are_kept_up_to_date(db_path: Path, tmp_path: Path):
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"Report {i}\nINTERPOL and Europol met in Lyon. INTERPOL said so.")
    db = open_writer(db_path)
    ingest_paths(db, [tmp_path])
    db.close()
    row = Reader(db_path).entities("interpol")[0]
    assert (row["mention_count"], row["document_count"]) == (6, 3)


def test_failing_document_leaves_nothing_behind(db_path: Path, tmp_path: Path, monkeypatch):
    good = tmp_path / "a_good.txt"
    good.write_text("Good report\nINTERPOL led Operation Alpha, which resulted in 20 arrests.")
    bad = tmp_path / "b_bad.txt"
    bad.write_text("Bad report\nEuropol led Operation Beta, which resulted in 30 arrests.")
    real = ingest_module.extract

    def exploding(text):
        result = real(text)
        if "Beta" in text:
            result.figures[0].metric = "not-a-metric"  # violates the CHECK constraint mid-write
        return result

    monkeypatch.setattr(ingest_module, "extract", exploding)
    db = open_writer(db_path)
    report = ingest_paths(db, [tmp_path], workers=1)
    db.close()
    assert report.stored == 1
    assert [(Path(p).name, r.split(" (")[0]) for p, r in report.messages] == [("b_bad.txt", "could not be stored")]
    counts = _counts(db_path)
    assert counts["documents"] == 1
    reader = Reader(db_path)
    assert reader.entities("europol") == []  # its entities were rolled back too
    assert reader.entities("beta") == []


def test_bad_files_are_skipped_with_a_reason(db_path: Path, tmp_path: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b"  \n\n")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (tmp_path / "nul.txt").write_bytes(b"text" + b"\x00\x01\x02\x00" * 8)
    (tmp_path / "stray.txt").write_bytes(b"Report\nINTERPOL met in Lyon.\x00 A stray NUL is kept.")
    (tmp_path / "latin.txt").write_bytes(bytes(range(0x80, 0x100)) * 4)
    (tmp_path / "fine.txt").write_text("Fine\nINTERPOL met.")
    (tmp_path / "ignored.png").write_bytes(b"\x89PNG")
    db = open_writer(db_path)
    report = ingest_paths(db, [tmp_path, tmp_path / "missing.txt"])
    db.close()
    reasons = dict((Path(p).name, r) for p, r in report.messages)
    assert report.stored == 2  # fine.txt, and stray.txt with its one NUL kept
    assert reasons["empty.txt"] == "empty file"
    assert reasons["blank.md"] == "empty file"
    assert reasons["binary.txt"].startswith("binary content")
    assert reasons["nul.txt"].startswith("binary content")
    assert reasons["latin.txt"].startswith("undecodable")
    assert reasons["missing.txt"] == "no such file or folder"
    assert "ignored.png" not in reasons
    assert report.skipped_total == 6


def test_invalid_utf8_is_kept_with_a_warning(db_path: Path, tmp_path: Path):
    (tmp_path / "mostly.txt").write_bytes(b"Report\nINTERPOL met in Lyon. " * 20 + b"\xff")
    db = open_writer(db_path)
    report = ingest_paths(db, [tmp_path])
    db.close()
    assert report.stored == 1
    assert report.warnings and "not valid UTF-8" in report.warnings[0][1]


def test_opening_something_that_is_not_a_store(tmp_path: Path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a docket store"):
        connect(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a docket store|cannot open"):
        connect(junk)


def test_export_follows_the_contract(seeded_db: Path):
    out = StringIO()
    assert write_jsonl(Reader(seeded_db), out) == 1
    (line,) = out.getvalue().splitlines()
    record = json.loads(line)
    assert set(record) >= {"id", "title", "source", "sha256", "entities", "operations"}
    assert record["source"].startswith("seeds/")
    interpol = next(e for e in record["entities"] if e["name"] == "INTERPOL")
    assert interpol == {"type": "ORG", "name": "INTERPOL", "mentions": 5}
    ops = {op["name"]: op for op in record["operations"]}
    assert ops["Lionfish"]["year"] == 2018
    assert [(s["metric"], s["value"], s["unit"]) for s in ops["Lionfish"]["stats"]] == [("arrests", 1300, "count")]
    trigger = {(s["metric"], s["item"], s["value"]) for s in ops["Trigger V"]["stats"]}
    assert trigger == {("seized", "firearms", 850), ("arrests", None, 560)}
    evidence = ops["Trigger V"]["stats"][0]["evidence"]
    assert evidence["text"] == "850" and "Trigger V" in evidence["sentence"]


def test_operations_summary_counts_each_figure_once(db_path: Path, tmp_path: Path):
    body = "INTERPOL led Operation Gamma, which resulted in 40 arrests and the seizure of 12 firearms."
    (tmp_path / "one.txt").write_text("First report\n" + body)
    # another outlet's own story of the same results (not a copy of the release)
    (tmp_path / "two.txt").write_text(
        "Second report\nProsecutors said on Friday that Operation Gamma, which INTERPOL coordinated in several "
        "countries over many weeks, ended with 40 arrests; officers also took 12 firearms off the streets."
    )
    # and the release republished as it was: a copy, counted once
    (tmp_path / "three.txt").write_text("Republished\n" + body + " More to come.")
    db = open_writer(db_path)
    ingest_paths(db, [tmp_path])
    db.close()
    (gamma,) = [r for r in Reader(db_path).operations() if r["name"] == "Gamma"]
    assert (gamma["arrests"], gamma["seizure_figures"], gamma["documents"]) == (40, 1, 2)
    assert gamma["main_seizures"] == "firearms 12"


def test_a_documents_entities_sharing_a_key_are_merged_without_changing_the_extraction():
    """A document written twice (a batch the server stopped and the writer
    wrote again) gives the same rows: merging two entities that came to
    share a key makes a new one and leaves the extraction as it was."""
    from store.extract import Entity
    from store.ingest.write import _merge_same_keys

    first = Entity("ORG", "Europol", [(0, 7)], key="europol")
    second = Entity("ORG", "EUROPOL", [(40, 47)], key="europol")
    other = Entity("LOCATION", "Lyon", [(20, 24)], key="lyon")
    extraction = [first, second, other]
    for _ in range(2):
        merged = _merge_same_keys(extraction)
        assert [(e.name, e.mentions) for e in merged] == [("Europol", [(0, 7), (40, 47)]), ("Lyon", [(20, 24)])]
    assert first.mentions == [(0, 7)] and second.mentions == [(40, 47)]
