"""`docket reextract`: the extracted layer rebuilt from stored text, each
document whole or untouched, counts and summaries right afterwards; the
schema 9 → 10 upgrade that records which extractor wrote a document."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.db import SCHEMA_VERSION, _build_schema, open_writer, schema_problems
from store.extract import extract
from store.extractor import extractor_version
from store.ingest import ingest_paths
from store.maintenance import check_store
from store.queries import Reader
from store.reextract import reextract
from tests.conftest import DEV, one, rows, write
from tui.cli import cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_9285dadc5717e343.txt"
pytestmark = pytest.mark.engines


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    for extra in (REPO / "tests" / "fixtures").glob("*.txt"):  # the project's own: the tests hold without ../shared
        shutil.copy(extra, folder / extra.name)
    for name in ("h002", "h005", "h011"):
        if (DEV / f"{name}.txt").exists():
            shutil.copy(DEV / f"{name}.txt", folder / f"{name}.txt")
    return folder


@pytest.fixture
def store(db_path: Path, tmp_path: Path) -> Path:
    db = open_writer(db_path)
    ingest_paths(db, [_folder(tmp_path)])
    db.close()
    return db_path


def problems(path: Path) -> list[str]:
    return [message for ok, message in check_store(path) if not ok]


def snapshot(path: Path) -> tuple:
    return (
        rows(path, "SELECT type, key, name, mention_count, document_count FROM entities ORDER BY type, key"),
        rows(
            path,
            'SELECT document_id, metric, value, unit, item, start, "end" FROM operation_stats'
            " ORDER BY document_id, start",
        ),
        rows(path, "SELECT * FROM operation_summary ORDER BY operation_id"),
    )


def test_ingest_records_the_extractor_that_wrote_each_document(store: Path):
    assert {r[0] for r in rows(store, "SELECT extractor FROM documents")} == {extractor_version()}
    assert len(extractor_version()) == 16


def test_reextract_rebuilds_the_same_rows_and_keeps_the_store_consistent(store: Path):
    before = snapshot(store)
    db = open_writer(store)
    report = reextract(db)
    db.close()
    assert report.reextracted >= 2 and not report.skipped
    after = snapshot(store)
    assert after[0] == before[0]  # the same extractor finds the same entities with the same counts
    assert after[1] == before[1]
    assert [r[1:] for r in after[2]] == [r[1:] for r in before[2]]  # operation ids may be reused
    assert problems(store) == []


def test_a_broken_document_is_skipped_and_left_untouched(store: Path):
    reader = Reader(store)
    (seed,) = [d for d in reader.document_ids() if reader.document(d)["source"].endswith("seed.txt")]
    before = (reader.document_mentions(seed), reader.document_figures(seed), reader.document(seed))
    reader.close()
    seed_text = SEED.read_text(encoding="utf-8")

    def flaky(text: str):
        if text[:200] == seed_text[:200]:
            raise ValueError("a broken rule")
        return extract(text)

    db = open_writer(store)
    report = reextract(db, extract_fn=flaky)
    db.close()
    assert [(doc_id, why) for doc_id, _, why in report.skipped] == [
        (seed, "extraction failed: ValueError: a broken rule")
    ]
    assert report.reextracted >= 1
    reader = Reader(store)
    assert (reader.document_mentions(seed), reader.document_figures(seed), reader.document(seed)) == before
    reader.close()
    assert problems(store) == []


def test_changed_only_leaves_documents_of_this_extractor_alone(store: Path):
    write(store, "UPDATE documents SET extractor = 'older' WHERE id = 1")
    db = open_writer(store)
    report = reextract(db, changed_only=True)
    db.close()
    assert report.reextracted == 1 and report.unchanged >= 1
    assert one(store, "SELECT count(*) FROM documents WHERE extractor != ?", (extractor_version(),)) == 0


def test_the_command_prints_progress_and_a_summary_and_is_audited(store: Path):
    runner = CliRunner()
    result = runner.invoke(cli, ["reextract", "--db", str(store)])
    assert result.exit_code == 0, result.output
    assert "re-extracted:" in result.output
    assert result.output.strip().splitlines()[-1].startswith("Summary: ")
    again = runner.invoke(cli, ["reextract", "--db", str(store), "--changed-only", "-q"])
    assert again.exit_code == 0 and "0 re-extracted" in again.output and "already current" in again.output
    audit = runner.invoke(cli, ["audit", "--db", str(store), "--json"])
    assert "reextract" in audit.output


def test_the_command_names_a_document_it_cannot_find(store: Path):
    result = CliRunner().invoke(cli, ["reextract", "--db", str(store), "no-such-doc.txt"])
    assert result.exit_code == 1
    assert "no document matches 'no-such-doc.txt'" in result.output
    assert "Traceback" not in result.output


def test_a_store_at_schema_9_is_upgraded_and_can_be_reextracted(tmp_path: Path):
    """An old store: a backup, the curation tables, documents marked as
    written by an unknown extractor, which --changed-only re-runs."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    _build_schema(conn, 9)
    text = SEED.read_text(encoding="utf-8")
    conn.execute(
        "INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES ('a' , 't', 'seed.txt', ?, 'now')",
        (text,),
    )
    conn.close()
    db = open_writer(path)  # upgrades, after a backup
    assert (tmp_path / "old.db.v9.backup").exists()
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 10
    assert schema_problems(db.conn) == []
    assert db.conn.execute("SELECT extractor FROM documents").fetchone()[0] is None
    assert db.conn.execute("SELECT count(*) FROM curations").fetchone()[0] == 0
    report = reextract(db, changed_only=True)
    db.close()
    assert report.reextracted == 1
    reader = Reader(path)
    names = {e["name"] for e in reader.document_entities(1)}
    reader.close()
    assert "INTERPOL" in names
    assert problems(path) == []
