"""Accents in full-text search on PostgreSQL (issue #16): `Malaga` finds
`Málaga`, as SQLite's FTS5 (``remove_diacritics``) finds it, with no
extension on the server (the pgserver wheel has no ``unaccent``); a store
made before accents were folded still finds words as written, and
``docket check --repair`` folds them."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from store.db import create_store, open_writer
from store.engines import location
from store.engines import postgres as pg
from store.ingest import ingest_paths
from store.maintenance import check_store
from store.queries import Reader
from tui.cli import cli

DOCS = {
    "a.txt": "Raid in Málaga\nPolice in MÁLAGA seized 40 kg of hashish at the port.",
    "b.txt": "Raid in Malaga\nThe Guardia Civil said the Malaga port raid found cash.",
    "c.txt": "Łódź port check\nOfficers in Łódź and Kraków checked 12 lorries.",
    "d.txt": "Ciudad de México\nA cartel cell in Ciudad de México was dismantled; São Paulo police helped.",
    "e.txt": "Zürich bank\nThe Zurich and Zürich banks froze accounts of Renée O'Brién.",
}
QUERIES = [
    "Malaga", "Málaga", "MALAGA", "malag", "Malaga -port", "Málaga -hashish", '"Ciudad de Mexico"',
    '"ciudad de méxico"', "Mexico", "Sao Paulo", "São", "Lodz", "Łódź", "lodz", "Krakow", "Zurich", "Zürich",
    "Renee", "O'Brien", "brien", "Malaga OR Zurich", "é", "ü*",
]  # fmt: skip


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _fill(where, folder: Path):
    db = open_writer(where)
    try:
        ingest_paths(db, [folder], workers=1)
    finally:
        db.close()
    return where


def _found(where) -> dict[str, list[str]]:
    reader = Reader(where)
    try:
        return {q: sorted(r["title"] for r in reader.search(q)) for q in QUERIES}
    finally:
        reader.close()


@pytest.fixture(scope="module")
def sqlite_found(tmp_path_factory) -> dict[str, list[str]]:
    tmp = tmp_path_factory.mktemp("lite")
    path = tmp / "docket.db"
    create_store(path)
    return _found(_fill(path, _folder(tmp)))


def test_search_folds_accents_as_sqlite_does(pg_store: str, tmp_path: Path, sqlite_found):
    where = _fill(location(pg_store), _folder(tmp_path))
    assert _found(where) == sqlite_found
    assert sqlite_found["Malaga"] == ["Raid in Malaga", "Raid in Málaga"]
    assert sqlite_found["Malaga -port"] == []
    assert sqlite_found["Lodz"] == []  # ł has no accent to remove, on SQLite as here
    assert any("accents folded" in m for _, m in check_store(where))


def test_a_store_made_before_accents_were_folded_is_folded_by_repair(pg_store: str, tmp_path: Path, sqlite_found):
    where = location(pg_store)
    conn = pg.connect(where, verify=False)
    conn.close()
    # the trigger as stores were made before: words indexed as written
    import psycopg

    url = pg_store
    with psycopg.connect(url, autocommit=True) as raw:
        body = raw.execute("SELECT prosrc FROM pg_proc WHERE proname = 'docket_fts'").fetchone()[0]
        start, end = body.index("  -- docket fold"), body.index("  INSERT INTO documents_fts")
        raw.execute(
            "CREATE OR REPLACE FUNCTION docket_fts() RETURNS trigger LANGUAGE plpgsql"
            " SECURITY DEFINER SET search_path FROM CURRENT AS $body$" + body[:start] + body[end:] + "$body$"
        )
    _fill(where, _folder(tmp_path))
    assert any("words as written" in m for _, m in check_store(where))
    before = _found(where)
    assert before["Málaga"] == ["Raid in Malaga", "Raid in Málaga"]  # as written, or without its accent
    assert before["Malaga"] == ["Raid in Malaga"]  # as such a store answered
    result = CliRunner().invoke(cli, ["--db", pg_store, "check", "--repair"])
    assert result.exit_code == 0, result.output
    assert "repaired  rebuilt the full-text index with accents folded" in result.output
    assert _found(where) == sqlite_found
    assert all(ok for ok, _ in check_store(where))


def test_fold_is_sqlites_for_the_latin_letters():
    assert pg.fold_accents("Málaga São Zürich Ærø Łódź ÉCOLE naïve") == "Malaga Sao Zurich Ærø Łodz ECOLE naive"
    assert len(pg.FOLD_FROM) == len(pg.FOLD_TO) and pg.FOLD_TO.isascii()
