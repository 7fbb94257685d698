"""The least rights a role needs on a PostgreSQL store (``docket grants
ROLE``, shown in docs/postgres.md): an
analyst role ingests and searches; a read-only role searches (and is
audited) but cannot write, and is told so in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

psycopg = pytest.importorskip("psycopg")

REPO = Path(__file__).resolve().parents[1]


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


def test_an_analyst_role_writes_and_a_reader_role_only_reads(pg_store: str, tmp_path: Path):
    with psycopg.connect(pg_store, autocommit=True) as owner:
        for role, write in (("analyst", True), ("reader", False)):
            exists = owner.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
            if not exists:
                owner.execute(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
            printed = run("--db", pg_store, "grants", role, *([] if write else ["--read-only"]))
            assert printed.returncode == 0, printed.stderr
            owner.execute(printed.stdout)  # what `docket grants` prints, run by the owner
    analyst = pg_store.replace("postgres@", "analyst@")
    reader = pg_store.replace("postgres@", "reader@")
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("wa01.txt", "wb01.txt"):
        shutil.copy(REPO / "tests" / "wild" / name, folder / name)
    ingested = run("--db", analyst, "ingest", "-q", str(folder))
    assert ingested.returncode == 0, ingested.stderr
    assert run("--db", analyst, "check").returncode == 0
    assert run("--db", reader, "search", "police").returncode == 0
    assert run("--db", reader, "export").returncode == 0
    (folder / "new.txt").write_text("A new report\nINTERPOL met Europol in Lyon.", encoding="utf-8")
    refused = run("--db", reader, "ingest", "-q", str(folder))
    assert refused.returncode == 3, refused.stderr
    assert "the role lacks the right to write" in refused.stderr and "Traceback" not in refused.stderr
    audit = run("--db", reader, "audit")
    assert "search" in audit.stdout and "export" in audit.stdout and "ingest" in audit.stdout
    import socket

    assert f"@{socket.gethostname()} (role reader)" in audit.stdout  # who, from where, as which role
    with psycopg.connect(reader, autocommit=True) as raw:  # the reader cannot edit the trail either
        try:
            raw.execute("UPDATE audit SET outcome = 'x'")
        except psycopg.errors.InsufficientPrivilege:
            pass
        else:
            raise AssertionError("the reader rewrote the audit trail")


def test_grants_name_the_role_safely_and_refuse_a_sqlite_store(pg_store: str, tmp_path: Path):
    printed = run("--db", pg_store, "grants", 'x"; DROP TABLE documents; --')
    assert printed.returncode == 0
    assert 'TO "x""; DROP TABLE documents; --";' in printed.stdout  # one quoted name, nothing run
    refused = run("--db", str(tmp_path / "case.db"), "grants", "analyst")
    assert refused.returncode == 2 and "file permissions" in refused.stderr
