"""The command line as a user runs it: help, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import one
from tui.cli import cli

pytestmark = pytest.mark.engines

COMMANDS = ["open", "ingest", "export", "eval"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("docket, version ")


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help(runner, command):
    args = [command, "--help"] if command else ["--help"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert "--db" in result.output or command in (None, "eval")
    # a summary line, not just the usage
    assert len([line for line in result.output.splitlines() if line.strip()]) > 3


def test_ingest_then_export(runner, tmp_path: Path, store_to_be: str):
    db = store_to_be
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "r.txt").write_text(
        "Operation Delta nets 70 arrests\nLYON, France – INTERPOL said Operation Delta led to 70 arrests."
    )
    result = runner.invoke(cli, ["--db", str(db), "ingest", str(docs)])
    assert result.exit_code == 0, result.output
    assert "Summary: 1 stored, 0 duplicate(s), 0 skipped" in result.output
    again = runner.invoke(cli, ["ingest", "--db", str(db), str(docs)])
    assert "Summary: 0 stored, 1 duplicate(s), 0 skipped" in again.output
    out = tmp_path / "out.jsonl"
    exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "-o", str(out)])
    assert exported.exit_code == 0
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    (delta,) = record["operations"]
    assert delta["name"] == "Delta"
    assert [(s["metric"], s["value"]) for s in delta["stats"]] == [("arrests", 70)]


def test_skipped_files_set_exit_status_one(runner, tmp_path: Path, store_to_be: str):
    db = store_to_be
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(cli, ["ingest", "--db", str(db), str(tmp_path / "empty.txt"), str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert "skipped: " in result.output and "empty file" in result.output
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_file_names_with_controls_are_shown_visibly(runner, tmp_path: Path):
    name = tmp_path / "evil\x1b]0;pwned\x07.txt"
    name.write_text("")
    result = runner.invoke(cli, ["ingest", "--db", str(tmp_path / "s.db"), str(name)])
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "evil␛]0;pwned␇.txt" in result.output


def test_export_of_a_missing_or_foreign_store_is_one_line(runner, tmp_path: Path):
    missing = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 3
    assert missing.output.strip().count("\n") == 0 and "no such store" in missing.output
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    foreign = runner.invoke(cli, ["export", "--db", str(other)])
    assert foreign.exit_code == 3
    assert "not a docket store" in foreign.output and "Traceback" not in foreign.output


def test_installed_console_script_runs_from_any_folder(tmp_path: Path, store_to_be: str):
    """`docket` finds its bundled seeds wherever it runs from."""
    env = dict(os.environ, DOCKET_DB=store_to_be)
    code = "import sys; from tui.cli import ensure_store; from store.db import store_location;"
    code += "ensure_store(store_location(sys.argv[1]))"
    proc = subprocess.run(
        [sys.executable, "-c", code, env["DOCKET_DB"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Ingesting 1 bundled seed document" in proc.stderr
    assert "Seeds: 1 stored." in proc.stderr
    from store.db import store_location

    assert one(store_location(store_to_be), "SELECT source FROM documents").startswith("seeds/")
