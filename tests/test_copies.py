"""Copies of one release: the same text republished by several outlets is
one document in lists and figures, every copy still searchable.

The republished variants are made here from the project's own dev reports
and generated reports (another headline, a byline, an extra paragraph).
"""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.corpus import report
from store import copies
from store.db import APPLICATION_ID, _build_schema, open_writer
from store.ingest import ingest_paths
from store.queries import Reader
from store.remove import remove_documents
from tui.cli import cli

from .conftest import dev_text, one, rows, store_with

pytestmark = pytest.mark.engines

EXTRA = (
    "Regional police chiefs will meet next month to review the results and plan a follow-up phase, "
    "with training for customs officers at land borders and a shared list of vehicles reported stolen."
)


def republished(text: str, how: str) -> str:
    """``text`` as another outlet runs it."""
    paragraphs = text.split("\n\n")
    lines = paragraphs[0].split("\n")
    if how in ("headline", "all"):
        lines[0] = "Police round-up: what the latest regional operation found"
    if how in ("byline", "all"):
        lines.insert(1, "By a staff writer, regional news desk")
    paragraphs[0] = "\n".join(lines)
    if how in ("extra", "all"):
        paragraphs.insert(2, EXTRA)
    return "\n\n".join(paragraphs)


def other_release(i: int) -> str:
    """A generated report: same template, agencies and vocabulary as every
    other, about another operation."""
    return report(random.Random(f"release-{i}"), 3_300)


#: The first values of one sentence's signature, as every docket since
#: schema 9 computes them.
PINNED_SIGNATURE_HEAD = [40931616, 119566017, 712570257, 1283658679]


@pytest.fixture
def release() -> str:
    return dev_text("h002")


# ----------------------------------------------------------------- similarity


def _exact(a: str, b: str) -> float:
    x, y = copies.shingles(a), copies.shingles(b)
    return len(x & y) / len(x | y)


@pytest.mark.parametrize("how", ["headline", "extra", "all"])
def test_similarity_estimates_the_shingles_jaccard(how: str):
    for i in range(5):
        text = other_release(i)
        copy = republished(text, how)
        estimate = copies.similarity(copies.signature(text), copies.signature(copy))
        assert abs(estimate - _exact(text, copy)) < 0.15  # 128 values: a standard error of about 0.04


def test_a_signature_is_the_same_in_every_process_and_version():
    """Stored signatures are compared with new ones: the hash functions may
    never drift (a change of scheme is a migration that re-signs the store)."""
    sig = copies.signature("Police in Lyon seized 40 kg of cocaine and arrested three suspects.")
    assert sig is not None and sig.dtype.name == "uint32" and len(sig) == copies.NUM_PERM
    assert [int(v) for v in sig[:4]] == PINNED_SIGNATURE_HEAD
    assert copies.signature("one") is not None and copies.signature("one two") is not None


@pytest.mark.parametrize("how", ["headline", "byline", "extra", "all"])
def test_a_republished_release_is_alike(release: str, how: str):
    original, copy = copies.signature(release), copies.signature(republished(release, how))
    assert copies.similarity(original, copy) >= copies.THRESHOLD
    short = report(random.Random("short"), 1_100)  # the shortest reports are the hardest case
    assert copies.similarity(copies.signature(short), copies.signature(republished(short, how))) >= copies.THRESHOLD


def test_releases_of_one_template_about_different_operations_are_not_alike():
    signatures = [copies.signature(other_release(i)) for i in range(40)]
    worst = max(copies.similarity(a, b) for i, a in enumerate(signatures) for b in signatures[i + 1 :])
    assert worst < copies.THRESHOLD / 2


def test_two_dev_releases_of_one_agency_are_not_alike():
    a, b = copies.signature(dev_text("h002")), copies.signature(dev_text("h005"))  # both INTERPOL, LYON
    assert copies.similarity(a, b) < 0.1


@pytest.mark.parametrize("text", ["", "   \n\t", "!!! ??? ...", "\x1b\x00\x07 ␛ —"])
def test_a_text_without_words_has_no_signature(text: str):
    assert copies.signature(text) is None


def test_a_megabyte_document_is_signed_in_bounded_memory():
    import time

    text = " ".join(f"word{i % 50_000}" for i in range(170_000))  # about 1.5 MB, 170,000 shingles
    start = time.perf_counter()
    sig = copies.signature(text)
    assert sig is not None and len(sig) == copies.NUM_PERM
    assert time.perf_counter() - start < 60  # a generous bound against a blow-up
    assert copies.signature("one") is not None  # shorter than a shingle: the text is its one shingle


# ---------------------------------------------------------------------- store


def _rows(db: Path) -> dict[str, int | None]:
    return {Path(s).name: c for s, c in rows(db, "SELECT source, copy_of FROM documents ORDER BY id")}


def _three_copies(db_path: Path, tmp_path: Path, release: str) -> Path:
    return store_with(
        db_path,
        tmp_path / "in",
        {
            "a.txt": release,
            "b.txt": republished(release, "headline"),
            "c.txt": republished(release, "all"),
            "d.txt": dev_text("h005"),
        },
    )


def test_a_folder_holding_one_release_three_times_lists_it_once(db_path: Path, tmp_path: Path, release: str):
    db = _three_copies(db_path, tmp_path, release)
    assert _rows(db) == {"a.txt": None, "b.txt": 1, "c.txt": 1, "d.txt": None}
    reader = Reader(db)
    try:
        rows = reader.documents()
        assert [(Path(r["source"]).name, r["copies"]) for r in rows] == [("a.txt", 2), ("d.txt", 0)]
        assert reader.count_listed_documents() == 2 and reader.count_documents() == 4
        group = reader.document_group(3)
        assert [(r["id"], r["copy_of"]) for r in group] == [(1, None), (2, 1), (3, 1)]
        # every copy is still found by full-text search
        assert {Path(r["source"]).name for r in reader.search("Caribbean", 0, 10)} >= {"a.txt", "b.txt", "c.txt"}
        assert reader.count_search("staff writer") == 1
        # its figures count once: the operation's arrests are the release's, not three times them
        op = next(o for o in reader.operations() if o["name"].startswith("Trigger"))
        assert op["arrests"] == 510
    finally:
        reader.close()


def test_stats_say_how_many_documents_are_copies(db_path: Path, tmp_path: Path, release: str):
    db = _three_copies(db_path, tmp_path, release)
    result = CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"])
    assert result.exit_code == 0
    stats = json.loads(result.output)
    assert stats["documents"] == 4 and stats["copies"] == 2
    table = CliRunner().invoke(cli, ["stats", "--db", str(db)]).output
    assert "copies" in table


def test_a_copy_arriving_in_a_later_ingest_joins_its_group(db_path: Path, tmp_path: Path, release: str):
    store_with(db_path, tmp_path / "first", {"a.txt": release, "d.txt": dev_text("h005")})
    store_with(db_path, tmp_path / "second", {"b.txt": republished(release, "byline")})
    store_with(db_path, tmp_path / "third", {"c.txt": republished(release, "extra"), "e.txt": other_release(3)})
    assert _rows(db_path) == {"a.txt": None, "d.txt": None, "b.txt": 1, "c.txt": 1, "e.txt": None}


def test_different_releases_never_group(db_path: Path):
    """The copy step over generated reports of one template: no grouping."""
    db = open_writer(db_path)
    conn = db.conn
    try:
        grouped = 0
        for i in range(150):
            doc_id = conn.execute(
                "INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES (?, '', '', '', '')", (str(i),)
            ).lastrowid
            grouped += copies.assign_copy(conn, doc_id, other_release(i)) is not None
        assert grouped == 0
    finally:
        db.close()


def test_removing_an_original_promotes_its_oldest_copy(db_path: Path, tmp_path: Path, release: str):
    db = _three_copies(db_path, tmp_path, release)
    assert remove_documents(db, [1]) == 1
    assert _rows(db) == {"b.txt": None, "c.txt": 2, "d.txt": None}
    reader = Reader(db)
    try:
        assert [(Path(r["source"]).name, r["copies"]) for r in reader.documents()] == [("b.txt", 1), ("d.txt", 0)]
        op = next(o for o in reader.operations() if o["name"].startswith("Trigger"))
        assert op["arrests"] == 510
    finally:
        reader.close()
    assert one(db, "SELECT count(*) FROM document_signatures WHERE document_id = 1") == 0
    assert one(db, "SELECT count(*) FROM document_bands WHERE document_id = 1") == 0
    # a copy arriving now joins the promoted original
    store_with(db, tmp_path / "later", {"f.txt": republished(release, "byline")})
    assert _rows(db)["f.txt"] == 2


def test_removing_a_copy_leaves_its_group(db_path: Path, tmp_path: Path, release: str):
    db = _three_copies(db_path, tmp_path, release)
    remove_documents(db, [2])
    assert _rows(db) == {"a.txt": None, "c.txt": 1, "d.txt": None}


def test_remove_seeds_keeps_a_users_copy_of_a_seed(db_path: Path, tmp_path: Path):
    from seeds import seed_paths, source_name

    db = open_writer(db_path)
    ingest_paths(db, seed_paths(), source_name=source_name)
    db.close()
    seed = seed_paths()[0].read_text(encoding="utf-8")
    store_with(db_path, tmp_path / "mine", {"mine.txt": "Wire copy\n\n" + seed})
    assert _rows(db_path)["mine.txt"] == 1
    result = CliRunner().invoke(cli, ["remove-seeds", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert _rows(db_path) == {"mine.txt": None}


# ------------------------------------------------------------------ migration


def test_a_schema_6_store_gets_dates_copies_and_inferred_years(tmp_path: Path, release: str):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    _build_schema(conn, 6)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    texts = [
        f"Vehicle thieves held in Operation Kestrel\n30 September 2024\n\n{release}",
        republished(release, "byline"),
        release,
        "Border course\n\nNo date here.",
    ]
    for i, text in enumerate(texts):
        conn.execute(
            "INSERT INTO documents (sha256, title, source, text, ingested_at) VALUES (?, ?, ?, ?, '')",
            (str(i), text.split("\n")[0], f"{i}.txt", text),
        )
    conn.execute("INSERT INTO entities (type, name, key, document_count) VALUES ('OPERATION', 'Kestrel', 'kestrel', 1)")
    conn.execute("INSERT INTO document_operations (document_id, operation_id, year) VALUES (1, 1, NULL)")
    conn.execute("INSERT INTO operation_summary (operation_id, name, year, documents) VALUES (1, 'Kestrel', NULL, 1)")
    conn.close()

    open_writer(path).close()
    assert Path(f"{path}.v6.backup").exists()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 7
        rows = conn.execute("SELECT id, published, copy_of FROM documents ORDER BY id").fetchall()
        # 2 and 3 are the release again: copies of document 1 (whose dated headline is all that differs)
        assert rows == [(1, "2024-09-30", None), (2, None, 1), (3, None, 1), (4, None, None)]
        assert conn.execute("SELECT year, year_inferred FROM operation_summary").fetchone() == (2024, 1)
        assert conn.execute("SELECT count(DISTINCT document_id) FROM document_signatures").fetchone()[0] == 4
    finally:
        conn.close()


def test_a_schema_8_store_is_signed_anew_and_keeps_its_groups(tmp_path: Path, release: str):
    """Schema 9 changed the hash scheme: signatures made before never agree
    with new ones, so the upgrade signs every stored document again."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    _build_schema(conn, 8)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for i, text in enumerate([release, republished(release, "byline")], start=1):
        conn.execute(
            "INSERT INTO documents (sha256, title, source, text, ingested_at, copy_of) VALUES (?, 't', ?, ?, '', ?)",
            (str(i), f"{i}.txt", text, None if i == 1 else 1),
        )
        conn.execute("INSERT INTO document_signatures VALUES (?, ?)", (i, bytes(4 * copies.NUM_PERM)))  # old scheme
        conn.execute("INSERT INTO document_bands VALUES (?, ?)", (1000 + i, i))
    conn.close()

    open_writer(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 9
        signed = conn.execute(
            "SELECT d.text, s.signature FROM documents d JOIN document_signatures s ON s.document_id = d.id"
        ).fetchall()
        assert len(signed) == 2 and all(blob == copies.sign(text) for text, blob in signed)
        assert conn.execute("SELECT count(*) FROM document_bands WHERE band > 1000 AND band < 1010").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM document_bands").fetchone()[0] == 2 * copies.BANDS
        assert conn.execute("SELECT copy_of FROM documents ORDER BY id").fetchall() == [(None,), (1,)]
    finally:
        conn.close()
    # a third copy ingested now finds the group through the new bands
    third = tmp_path / "in" / "third.txt"
    third.parent.mkdir()
    third.write_text(republished(release, "headline"), encoding="utf-8")
    db = open_writer(path)
    try:
        ingest_paths(db, [third])
    finally:
        db.conn.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT copy_of FROM documents WHERE source LIKE '%third.txt'").fetchone() == (1,)
    finally:
        conn.close()


def test_a_year_from_the_text_is_not_marked_inferred(db_path: Path, tmp_path: Path):
    store_with(
        db_path,
        tmp_path / "in",
        {
            "a.txt": "Kestrel nets car thieves\n12 March 2023\n\nOperation Kestrel led to 41 arrests in Spain.",
            "b.txt": "Falcon 2021 results\n12 March 2023\n\nOperation Falcon 2021 led to 12 arrests in Spain.",
        },
    )
    reader = Reader(db_path)
    try:
        ops = {o["name"]: (o["year"], o["year_inferred"]) for o in reader.operations()}
    finally:
        reader.close()
    assert ops["Kestrel"] == (2023, 1)
    assert ops["Falcon 2021"] == (2021, 0)
    result = CliRunner().invoke(cli, ["operations", "--db", str(db_path)])
    assert "2023?" in result.output
    data = json.loads(CliRunner().invoke(cli, ["operations", "--db", str(db_path), "--json"]).output)
    assert {(r["year"], r["year_inferred"]) for r in data} >= {(2023, True), (2021, False)}


# ------------------------------------------------------------------------ app


async def _settle(app, pilot) -> None:
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def _lines(widget) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def test_the_documents_pane_shows_dates_copies_and_sorts_by_date(db_path: Path, tmp_path: Path, release: str):
    from tui.app import make_app
    from tui.paged_list import PagedList

    store_with(
        db_path,
        tmp_path / "in",
        {
            "a.txt": release,
            "b.txt": republished(release, "headline"),
            "c.txt": republished(release, "all"),
            "d.txt": "Timber ring broken up\n12 March 2023\n\nOfficers seized 40 tonnes of timber in two ports.",
            "e.txt": "Port checks find stolen cars\nPublished: 2024-09-30\n\nCustoms opened 40 containers.",
        },
    )
    app = make_app(db_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await _settle(app, pilot)
        documents = app.screen.query_one("#documents", PagedList)
        assert documents.count == 3  # the release once, the two others
        title = str(app.screen.query_one("#documents-pane").border_title)
        assert "3" in title and "+2 copies" in title
        text = "\n".join(_lines(documents))
        assert "3 copies" in text and "2024-09-30" in text and "2023-03-12" in text and "undated" in text
        assert app.focused is documents
        await pilot.press("s")
        await _settle(app, pilot)
        assert [r["published"] for r in documents.loaded_rows()] == ["2024-09-30", "2023-03-12", None]
        assert "date" in str(app.screen.query_one("#documents-pane").border_subtitle)
        await pilot.press("s")
        await _settle(app, pilot)
        assert [r["id"] for r in documents.loaded_rows()] == [1, 4, 5]


async def test_the_reader_names_a_releases_copies_and_their_sources(db_path: Path, tmp_path: Path, release: str):
    from textual.widgets import Static

    from tui.app import make_app
    from tui.reader import ReaderScreen

    _three_copies(db_path, tmp_path, release)
    app = make_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(app, pilot)
        await pilot.press("enter")
        await _settle(app, pilot)
        assert isinstance(app.screen, ReaderScreen)
        header = str(app.screen.query_one("#reader-header", Static).content)
        assert "3 copies of this release" in header
        assert "a.txt" in header and "b.txt" in header and "c.txt" in header
        assert "first stored" in header and "this one" in header


async def test_an_inferred_year_is_marked_in_the_operations_pane(db_path: Path, tmp_path: Path):
    from tui.app import make_app
    from tui.paged_list import PagedList

    store_with(
        db_path,
        tmp_path / "in",
        {"a.txt": "Kestrel nets car thieves\n12 March 2023\n\nOperation Kestrel led to 41 arrests in Spain."},
    )
    app = make_app(db_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await _settle(app, pilot)
        operations = app.screen.query_one("#operations", PagedList)
        assert any("Kestrel" in line and "2023?" in line for line in _lines(operations))
