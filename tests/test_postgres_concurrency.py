"""Several ``docket ingest`` processes writing one PostgreSQL store at once
(issue #16, item 3): no document twice, nothing lost, counts right, and the
same export as one ingest into SQLite. Real processes, a real server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from store.db import create_store, open_writer
from store.engines import location
from store.ingest import ingest_paths
from store.queries import Reader

REPO = Path(__file__).resolve().parents[1]
WILD = REPO / "tests" / "wild"


def _folder(tmp_path: Path, name: str, prefixes: tuple[str, ...]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for src in sorted(WILD.glob("*.txt")):
        if src.stem.startswith(prefixes):
            shutil.copy(src, folder / src.name)
    return folder


def _cli(*args: str):
    """``docket ARGS`` in this process (the ingests are real processes)."""
    from click.testing import CliRunner

    from tui.cli import cli

    return CliRunner().invoke(cli, list(args))


def _export(where: str) -> list[dict]:
    result = _cli("--db", where, "export")
    assert result.exit_code == 0, result.output
    out = result.stdout

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "ingested_at", "document_id")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    rows = [strip(json.loads(line)) for line in out.splitlines()]
    for row in rows:  # the folders differ: the file names do not
        row["source"] = Path(row["source"]).name
    return sorted(rows, key=lambda r: r["sha256"])


def test_two_ingest_processes_of_overlapping_folders_store_each_document_once(pg_store: str, tmp_path: Path):
    first = _folder(tmp_path, "first", ("wa0", "wb0"))
    second = _folder(tmp_path, "second", ("wb0", "wc0"))
    unique = {p.name for p in first.iterdir()} | {p.name for p in second.iterdir()}
    overlap = {p.name for p in first.iterdir()} & {p.name for p in second.iterdir()}
    assert overlap and len(unique) > len(overlap)
    cmd = [sys.executable, "-c", "from tui.cli import main; main()", "--db", pg_store, "ingest", "-q"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    procs = [
        subprocess.Popen([*cmd, str(f)], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for f in (first, second)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    reader = Reader(pg_store)
    try:
        assert reader.stats()["documents"] == len(unique)
        assert reader.count_documents() == len(unique)  # the count the triggers keep
    finally:
        reader.close()
    stored = duplicates = 0
    for _, err in results:
        summary = err.strip().splitlines()[-1]
        stored += int(summary.split("Summary: ")[1].split(" stored")[0])
        duplicates += int(summary.split("stored, ")[1].split(" duplicate")[0])
    assert stored == len(unique) and duplicates == len(overlap)
    check = _cli("--db", pg_store, "check")
    assert check.exit_code == 0, check.stdout
    assert "Documents stored twice: 0" in check.stdout
    # the same store as one ingest of every file into SQLite, ids and times aside
    both = tmp_path / "both"
    shutil.copytree(first, both)
    for src in second.iterdir():
        shutil.copy(src, both / src.name)
    sqlite_store = tmp_path / "store" / "docket.db"
    create_store(sqlite_store)
    db = open_writer(location(sqlite_store))
    try:
        ingest_paths(db, [both], workers=1)
    finally:
        db.close()
    assert _export(pg_store) == _export(str(sqlite_store))
