"""``docket migrate --to``: a SQLite store copied into PostgreSQL and back,
checked by comparing exports (issue #16, item 5)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from store.db import create_store, open_writer
from store.ingest import ingest_paths

REPO = Path(__file__).resolve().parents[1]
WILD = REPO / "tests" / "wild"


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


def export(where: str) -> list[dict]:
    out = run("--db", where, "export")
    assert out.returncode == 0, out.stderr
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_a_sqlite_store_copied_to_postgres_and_back_exports_the_same(pg_server, tmp_path: Path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for src in sorted(WILD.glob("w[ab]0*.txt")):
        shutil.copy(src, folder / src.name)
    original = tmp_path / "original.db"
    create_store(original)
    db = open_writer(original)
    try:
        ingest_paths(db, [folder], workers=1)
    finally:
        db.close()
    assert run("--db", str(original), "search", "police").returncode == 0  # an audit record to carry over
    team = pg_server.new_database()  # an empty database, as a DBA makes it
    result = run("--db", str(original), "migrate", "--to", team)
    assert result.returncode == 0, result.stderr
    assert export(team) == export(str(original))  # ids and times too: the rows are copied as they are
    check = run("--db", team, "check")
    assert check.returncode == 0, check.stdout
    assert "hash chain intact" in check.stdout
    # new documents get new ids after the copied ones
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text("A new report\nINTERPOL and Europol met in Lyon.", encoding="utf-8")
    assert run("--db", team, "ingest", "-q", str(extra)).returncode == 0
    ids = [r["id"] for r in export(team)]
    assert len(ids) == len(set(ids)) and ids[-1] == max(ids)
    back = tmp_path / "back.db"
    result = run("--db", team, "migrate", "--to", str(back))
    assert result.returncode == 0, result.stderr
    assert export(str(back)) == export(team)
    assert run("--db", str(back), "check").returncode == 0
    # a store is never copied over another
    again = run("--db", str(original), "migrate", "--to", team)
    assert again.returncode == 3 and "already holds a store" in again.stderr
