"""Hard stops (issue #6): kill -9 mid-ingest, concurrent writers and
readers, read-only stores, migrations, the audit trail, no network."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.corpus import write_corpus
from store.db import _SCHEMA, SCHEMA_VERSION, StoreError, create_store, open_writer
from store.lock import lock_path
from store.maintenance import check_store
from store.queries import Reader
from tui.cli import cli

REPO = Path(__file__).resolve().parents[1]


def docket(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", "from tui.cli import main; main()", *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def whole_documents_only(db_path: Path) -> int:
    """The store passes the integrity and foreign-key checks and every
    document has all its rows; returns the document count."""
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    findings = check_store(db_path)
    assert all(ok for ok, _ in findings), findings
    return Reader(db_path).count_documents()


#: Documents in the module's corpus: enough for several of ingest's batches
#: (50, 75, 112: the fourth is open when the corpus ends).
CORPUS_SIZE = 250


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, CORPUS_SIZE, seed=3)
    return folder


@pytest.mark.parametrize("kill_after", [1, 125])  # in the first batch, and halfway
def test_kill_9_mid_ingest_leaves_a_consistent_store_that_a_rerun_completes(tmp_path: Path, corpus: Path, kill_after):
    db_path = tmp_path / "s.db"
    proc = docket("ingest", "--db", str(db_path), str(corpus))
    stored = 0
    for line in proc.stderr:
        if "] stored:" in line:
            stored += 1
            if stored >= kill_after:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = whole_documents_only(db_path)
    assert kill_after <= partial < CORPUS_SIZE
    rerun = docket("ingest", "--db", str(db_path), str(corpus), "--quiet")
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{CORPUS_SIZE - partial} stored, {partial} duplicate(s), 0 skipped" in err
    assert whole_documents_only(db_path) == CORPUS_SIZE


def test_readers_never_see_database_is_locked_while_ingest_writes(tmp_path: Path, corpus: Path):
    db_path = tmp_path / "s.db"
    create_store(db_path)
    errors: list[Exception] = []
    reads = 0
    stop = threading.Event()

    def read_loop():
        nonlocal reads
        reader = Reader(db_path)
        while not stop.is_set():
            try:
                reader.count_documents()
                reader.entities("a", limit=20)
                reader.operations(limit=20)
                reads += 1
            except Exception as exc:  # "database is locked" would land here
                errors.append(exc)
        reader.close()

    thread = threading.Thread(target=read_loop)
    thread.start()
    proc = docket("ingest", "--db", str(db_path), str(corpus), "--quiet")
    proc.communicate(timeout=300)
    stop.set()
    thread.join()
    assert proc.returncode == 0
    assert errors == [] and reads > 10


def until_locked(db_path: Path, proc: subprocess.Popen, timeout: float = 60) -> None:
    """Return once ``proc`` holds the store's ingest lock (probed without
    waiting: a probe that gets the lock lets it go at once)."""
    fd = os.open(lock_path(db_path), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            fcntl.flock(fd, fcntl.LOCK_UN)
            time.sleep(0.02)
    finally:
        os.close(fd)
    raise AssertionError("the first ingest never took the lock")


def test_a_second_ingest_waits_for_the_first(tmp_path: Path, corpus: Path):
    db_path = tmp_path / "s.db"
    create_store(db_path)
    first = docket("ingest", "--db", str(db_path), str(corpus), "--quiet")
    until_locked(db_path, first)  # a fixed pause let a slow start of the first lose the race
    second = docket("ingest", "--db", str(db_path), str(corpus), "--quiet")
    _, err2 = second.communicate(timeout=300)
    first.communicate(timeout=300)
    assert first.returncode == 0 and second.returncode == 0
    assert "another ingest is writing to this store; waiting" in err2
    assert whole_documents_only(db_path) == CORPUS_SIZE


def test_backup_is_a_complete_copy(tmp_path: Path, corpus: Path):
    db_path = tmp_path / "s.db"
    proc = docket("ingest", "--db", str(db_path), str(corpus / "0000"), "--quiet")
    proc.communicate(timeout=300)
    dest = tmp_path / "copy.db"
    result = CliRunner().invoke(cli, ["backup", "--db", str(db_path), str(dest)])
    assert result.exit_code == 0, result.output
    assert not Path(f"{dest}-wal").exists() or Path(f"{dest}-wal").stat().st_size == 0
    assert whole_documents_only(dest) == whole_documents_only(db_path) == CORPUS_SIZE
    again = CliRunner().invoke(cli, ["backup", "--db", str(db_path), str(dest)])
    assert again.exit_code == 3 and "already exists" in again.output


def test_check_reports_in_plain_words(seeded_db: Path):
    result = CliRunner().invoke(cli, ["check", "--db", str(seeded_db)])
    assert result.exit_code == 0
    assert "SQLite integrity check: ok" in result.output
    conn = sqlite3.connect(seeded_db)
    conn.execute("UPDATE entities SET mention_count = mention_count + 1 WHERE id = 1")
    conn.commit()
    conn.close()
    broken = CliRunner().invoke(cli, ["check", "--db", str(seeded_db)])
    assert broken.exit_code == 4
    assert "PROBLEM  Entity counts match their mentions: 1 entities disagree" in broken.output


def test_read_commands_never_create_a_store(tmp_path: Path):
    typo = tmp_path / "tpyo.db"
    for args in (["search", "x"], ["entities"], ["stats"], ["export"], ["check"], ["audit"], ["open", "--read-only"]):
        result = CliRunner().invoke(cli, [*args, "--db", str(typo)])
        assert result.exit_code == 3, (args, result.output)
        assert "no such store" in result.output
        assert not typo.exists()


def test_newer_and_foreign_stores_get_a_clear_message(tmp_path: Path):
    newer = tmp_path / "newer.db"
    create_store(newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    result = CliRunner().invoke(cli, ["stats", "--db", str(newer)])
    assert result.exit_code == 3 and "made by a newer docket" in result.output
    corrupt = tmp_path / "corrupt.db"
    create_store(corrupt)
    data = bytearray(corrupt.read_bytes())
    data[100:4000] = os.urandom(3900)
    corrupt.write_bytes(bytes(data))
    result = CliRunner().invoke(cli, ["stats", "--db", str(corrupt)])
    assert result.exit_code == 3 and "Traceback" not in result.output


def test_an_older_schema_is_migrated_after_a_backup(tmp_path: Path):
    path = tmp_path / "old.db"
    create_store(path)
    conn = sqlite3.connect(path)  # make it look like a schema-1 store holding a document
    conn.executescript(
        "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete; DROP TABLE audit;"
        "DROP TRIGGER entities_trigram_ai; DROP TABLE entities_trigram;"
        "DROP TRIGGER documents_counted; DROP TRIGGER documents_uncounted; DROP TRIGGER entities_counted;"
        "DROP TRIGGER entities_uncounted; DROP TABLE counts; DROP INDEX entities_type_rank;"
        "DROP INDEX documents_extraction_stopped; ALTER TABLE documents DROP COLUMN extraction_stopped;"
        "DROP INDEX documents_copy_of; DROP INDEX documents_published; ALTER TABLE documents DROP COLUMN copy_of;"
        "DROP TABLE document_signatures; DROP TABLE document_bands;"
        "DROP TABLE operation_summary;"
        "DROP TABLE curation_effects; DROP TABLE curations; ALTER TABLE documents DROP COLUMN extractor;"
    )
    # schema 1's operation summary (counts of figures), as _SCHEMA builds it
    conn.executescript(
        ";".join(
            part for part in _SCHEMA.split(";") if "ON operation_summary" in part or "TABLE operation_summary" in part
        )
    )
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO entities (type, name, key) VALUES ('ORG', 'Europol', 'europol')")
    conn.commit()
    conn.close()
    db = open_writer(path)
    db.close()
    assert Path(f"{path}.v1.backup").exists()
    assert sqlite3.connect(f"{path}.v1.backup").execute("PRAGMA user_version").fetchone()[0] == 1
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 0
    # the new trigram index was filled from the entities already there
    assert [r["name"] for r in Reader(path).match_entities("rop")] == ["Europol"]
    assert Reader(path).count_entities() == 1  # counts start from the rows already there


def test_audit_trail_records_and_is_append_only(db_path: Path, tmp_path: Path):
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    runner = CliRunner()
    runner.invoke(cli, ["ingest", "--db", str(db_path), str(tmp_path / "a.txt")])
    runner.invoke(cli, ["search", "--db", str(db_path), "lyon"])
    runner.invoke(cli, ["export", "--db", str(db_path), "-o", str(tmp_path / "out.jsonl")])
    result = runner.invoke(cli, ["audit", "--db", str(db_path), "--json"])
    records = json.loads(result.output)
    assert [r["action"] for r in records] == ["export", "search", "ingest"]
    assert all(r["user"] and r["at"].endswith("+00:00") for r in records)
    assert records[1]["detail"] == "lyon" and records[2]["outcome"].startswith("1 stored")
    conn = sqlite3.connect(db_path)
    for statement in ("UPDATE audit SET outcome = 'x'", "DELETE FROM audit"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)


def test_read_only_media(tmp_path: Path, seeded_db: Path):
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        # a consistent single-file copy, then the mount made read-only
        CliRunner().invoke(cli, ["backup", "--db", str(seeded_db), str(mount / "s.db")])
        assert subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True).returncode == 0
        runner = CliRunner()
        for args in (["stats"], ["search", "interpol"], ["entities"], ["check"], ["export"]):
            result = runner.invoke(cli, [*args, "--db", str(mount / "s.db")])
            assert result.exit_code == 0, (args, result.output)
        assert (
            "not recorded in the audit trail"
            in runner.invoke(cli, ["search", "--db", str(mount / "s.db"), "interpol"]).output
        )
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


NO_NETWORK = textwrap.dedent(
    """
    import socket, sys
    def refuse(event, args):
        # asyncio's own self-pipe is an AF_UNIX socket pair: local, allowed.
        if event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError(f"network use: {event} {args[1]}")
        if event in ("socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
                     "socket.sendto", "socket.gethostbyaddr"):
            if not (event in ("socket.connect", "socket.bind") and isinstance(args[1], (str, bytes))):
                raise RuntimeError(f"network use: {event}")
    sys.addaudithook(refuse)
    """
)


#: Every command, run one after another in one process under the hook
#: (a process per command cost CI a minute); ingest first, into an empty store.
COMMANDS = [
    ["ingest", "{docs}"],
    ["export"],
    ["export", "--format", "ftm"],
    ["search", "interpol"],
    ["entities"],
    ["entity", "INTERPOL"],
    ["operations"],
    ["show", "1"],
    ["stats"],
    ["check"],
    ["audit"],
]


def test_no_command_opens_a_socket(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Report\nINTERPOL led Operation Wren, which led to 4 arrests in Lyon.")
    db_path = tmp_path / "s.db"
    create_store(db_path)
    commands = [[a.format(docs=docs) for a in args] + ["--db", str(db_path)] for args in COMMANDS]
    code = NO_NETWORK + textwrap.dedent(
        f"""
        from tui.cli import main
        for args in {commands!r}:
            print("=== " + args[0], file=sys.stderr, flush=True)
            sys.argv = ["docket", *args]
            try:
                main()
                status = 0
            except SystemExit as exc:
                status = exc.code if isinstance(exc.code, int) else 1
            print(f"=== {{args[0]}} exit {{status}}", flush=True)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert "network use" not in proc.stderr, proc.stderr
    statuses = [line for line in proc.stdout.splitlines() if line.startswith("=== ")]
    assert len(statuses) == len(COMMANDS), (proc.stdout[-2000:], proc.stderr[-2000:])
    for args, line in zip(COMMANDS, statuses, strict=True):
        assert line.split()[1] == args[0] and line.split()[-1] in ("0", "1"), (line, proc.stderr[-2000:])
    # the ingest really stored the report, so the later commands had something to read
    assert Reader(db_path).count_documents() == 1


def test_the_app_opens_no_socket(seeded_db: Path):
    script = NO_NETWORK + textwrap.dedent(
        f"""
        import asyncio
        from tui.app import make_app
        async def main():
            app = make_app({str(seeded_db)!r})
            async with app.run_test(size=(80, 24)) as pilot:
                await app.workers.wait_for_complete()
                for key in ("enter", "escape", "slash", "i", "escape", "c", "escape", "question_mark", "escape"):
                    await pilot.press(key)
                    await app.workers.wait_for_complete()
        asyncio.run(main())
        print("app ran")
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert "network use" not in proc.stderr, proc.stderr
    assert "app ran" in proc.stdout, proc.stderr


def test_store_error_is_one_line_without_traceback(tmp_path: Path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite" * 500)
    with pytest.raises(StoreError):
        open_writer(junk)
    proc = subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", "stats", "--db", str(junk)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 3
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
