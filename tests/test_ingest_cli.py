"""What ``docket ingest`` says (issue #12 item 6, issue #14): one line and
never a traceback for a store that cannot be written (read-only media, a
full disk, a file-size limit) and for Ctrl-C, which has its own exit code;
a progress bar on a terminal, plain lines elsewhere."""

from __future__ import annotations

import errno
import os
import pty
import resource
import select
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import tui.cli as cli_module
from benchmarks.corpus import write_corpus
from store.db import create_store, open_writer
from store.maintenance import check_store
from store.queries import Reader
from tui.cli import EXIT_INTERRUPTED, EXIT_STORE, cli

REPO = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.engines


#: Enough generated reports that an ingest is stopped part-way (by a full
#: disk, a file-size limit, Ctrl-C) and finished by a re-run.
N_DOCS = 150


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, N_DOCS, seed=5)
    return folder


def consistent(db_path: Path) -> int:
    assert all(ok for ok, _ in check_store(db_path)), check_store(db_path)
    return Reader(db_path).count_documents()


def one_line_no_traceback(output: str) -> None:
    assert "Traceback" not in output and "Aborted!" not in output
    assert not any(line.startswith("  File ") for line in output.splitlines())


def test_disk_full_is_one_line_and_what_was_stored_stays_whole(tmp_path: Path, corpus: Path, monkeypatch):
    db_path = tmp_path / "s.db"
    create_store(db_path)
    pages = sqlite3.connect(db_path).execute("PRAGMA page_count").fetchone()[0]
    real_open = cli_module.open_writer

    def small_disk(path):
        db = real_open(path)
        db.conn.execute(f"PRAGMA max_page_count = {pages + 400}")  # SQLite's own "database or disk is full"
        return db

    monkeypatch.setattr(cli_module, "open_writer", small_disk)
    result = CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(db_path), str(corpus)])
    assert result.exit_code == EXIT_STORE, result.output
    one_line_no_traceback(result.output)
    errors = [line for line in result.output.splitlines() if line.startswith("docket:")]
    assert len(errors) == 1 and "the disk is full" in errors[0]
    assert "Stopped: " in result.output and "run the same command again to finish" in result.output
    stored = consistent(db_path)
    assert 0 < stored < N_DOCS
    assert f"Stopped: {stored} stored" in result.output
    monkeypatch.setattr(cli_module, "open_writer", real_open)
    again = CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(db_path), str(corpus)])
    assert again.exit_code == 0 and consistent(db_path) == N_DOCS


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_an_os_error_on_the_lock_is_one_line(tmp_path: Path, monkeypatch, code):
    db_path = tmp_path / "s.db"
    create_store(db_path)
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    import store.lock

    def failing_lock(path, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(store.lock, "ingest_lock", failing_lock)
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path), str(tmp_path / "a.txt")])
    assert result.exit_code == EXIT_STORE
    one_line_no_traceback(result.output)
    assert result.output.count("\n") == 1 and result.output.startswith("docket: cannot ingest into")


@pytest.mark.sqlite_only("a store file on read-only media")
def test_store_on_read_only_media(tmp_path: Path, seeded_db: Path):
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        CliRunner().invoke(cli, ["backup", "--db", str(seeded_db), str(mount / "s.db")])
        assert subprocess.run(["mount", "-o", "remount,ro", str(mount)], capture_output=True).returncode == 0
        (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
        proc = subprocess.run(
            [sys.executable, "-c", "from tui.cli import main; main()", "ingest", "--db", str(mount / "s.db")]
            + [str(tmp_path / "a.txt")],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == EXIT_STORE
        one_line_no_traceback(proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1 and "read-only" in proc.stderr.lower()
    finally:
        if subprocess.run(["umount", str(mount)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_file_size_limit_is_one_line(tmp_path: Path, corpus: Path):
    db_path = tmp_path / "s.db"
    create_store(db_path)
    limit = db_path.stat().st_size + 150_000

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    proc = subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", "ingest", "--quiet", "--db", str(db_path)]
        + [str(corpus)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=small_files,
    )
    assert proc.returncode == EXIT_STORE, proc.stderr  # not killed by SIGXFSZ
    one_line_no_traceback(proc.stderr)
    errors = [line for line in proc.stderr.splitlines() if line.startswith("docket:")]
    assert len(errors) == 1 and "file-size limit" in errors[0]
    consistent(db_path)


def test_a_stopped_ingest_whose_audit_cannot_be_written_says_one_line(tmp_path: Path, monkeypatch):
    # the store took no more (here: a file-size limit), so its audit trail cannot be written either: the stop's
    # own line says why, and no second line calls the store read-only
    import store.ingest
    import store.maintenance
    from store.ingest import IngestStopped
    from store.ingest.outcomes import IngestReport

    def stopped(*args, **kwargs):
        raise IngestStopped("cannot write to the store: a file-size limit is set (ulimit -f)", IngestReport())

    monkeypatch.setattr(store.ingest, "ingest_paths", stopped)
    monkeypatch.setattr(store.maintenance, "audit", lambda *args, **kwargs: False)
    (tmp_path / "in").mkdir()
    result = CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(tmp_path / "s.db"), str(tmp_path / "in")])
    assert result.exit_code == EXIT_STORE
    lines = [line for line in result.stderr.splitlines() if line.startswith("docket:")]
    assert len(lines) == 1 and "file-size limit" in lines[0], result.stderr


SLOW = """
import time
from store.ingest import work
real = work.extract
def slow(text):
    time.sleep(0.06)
    return real(text)
work.extract = slow
"""


def as_a_shell_starts_a_job() -> None:
    """Ctrl-C's signal at its default, unblocked, as an interactive shell
    leaves it for a job it starts (a test process may have inherited it
    ignored, and Python then never raises KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def signal_masks(pid: int) -> dict[str, int]:
    """The process's signal masks as the kernel shows them (SigBlk, SigIgn, SigCgt)."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        fields = (line.split(":", 1) for line in fh if line.startswith(("SigBlk", "SigIgn", "SigCgt")))
        return {name: int(value, 16) for name, value in fields}


def run_in_pty(args: list[str], script: str = "") -> tuple[subprocess.Popen, int]:
    master, slave = pty.openpty()
    code = textwrap.dedent(script) + "\nfrom tui.cli import main\nmain()\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        start_new_session=True,  # its own process group, as a shell gives a job
        preexec_fn=as_a_shell_starts_a_job,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"},
    )
    os.close(slave)
    return proc, master


def read_until(master: int, proc: subprocess.Popen, until: float, want: bytes | None = None) -> bytes:
    out = b""
    while time.monotonic() < until:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            if want is not None and want in out:
                break
        elif proc.poll() is not None:
            break
    return out


def stored_now(db_path: Path) -> int:
    """Documents committed so far, read as another process would, without waiting on the writer: a
    read-only connection to a SQLite file (opening the store's reader could wait on its lock), the
    store's reader on PostgreSQL."""
    if str(db_path).startswith("postgresql"):
        reader = Reader(db_path)
        try:
            return reader.count_documents()
        finally:
            reader.close()
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_ctrl_c_in_a_terminal_gives_a_summary_and_the_interrupted_code(db_path: Path, corpus: Path):
    proc, master = run_in_pty(["ingest", "--db", str(db_path), str(corpus)], SLOW)
    try:
        out = read_until(master, proc, time.monotonic() + 120, want=b"files/s")
        assert b"Ingesting" in out and b"ETA" in out  # the progress bar, with rate and time left
        # Ctrl-C once a first batch is stored (waited for, not timed: under load a fixed pause
        # let the whole ingest finish first, or none of it)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and stored_now(db_path) == 0:
            out += read_until(master, proc, time.monotonic() + 0.05)
        # (a run that ends before a batch is seen, or a signal that is not caught, says so here)
        assert proc.poll() is None, f"the ingest ended before Ctrl-C: {stored_now(db_path)} stored"
        masks = signal_masks(proc.pid)
        assert masks["SigCgt"] & (1 << (signal.SIGINT - 1)), f"the ingest does not catch SIGINT: {masks}"
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole foreground group
        out += read_until(master, proc, time.monotonic() + 60)
        proc.wait(30)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    text = out.decode("utf-8", "replace")
    assert proc.returncode == EXIT_INTERRUPTED, text
    one_line_no_traceback(text)
    assert "KeyboardInterrupt" not in text
    assert "Interrupted: " in text and "run the same command again to finish" in text
    stored = consistent(db_path)
    assert 0 < stored < N_DOCS
    assert f"Interrupted: {stored} stored" in text
    rerun = CliRunner().invoke(cli, ["ingest", "--quiet", "--db", str(db_path), str(corpus)])
    assert rerun.exit_code == 0 and f"{N_DOCS - stored} stored, {stored} duplicate(s)" in rerun.output
    assert consistent(db_path) == N_DOCS


def test_sigterm_is_handled_like_ctrl_c(db_path: Path, corpus: Path):
    code = textwrap.dedent(SLOW) + "\nfrom tui.cli import main\nmain()\n"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "ingest", "--db", str(db_path), str(corpus)],
        cwd=REPO,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr:
        if "] stored:" in line:
            break
    proc.terminate()
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_INTERRUPTED
    one_line_no_traceback(err)
    assert "Interrupted: " in err


def test_plain_lines_when_not_a_terminal(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    (tmp_path / "b.txt").write_bytes(b"")
    db_path = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path), str(tmp_path)])
    lines = result.output.splitlines()
    assert "\x1b" not in result.output
    assert any(line.startswith("[") and "] stored: " in line and line.endswith("a.txt") for line in lines)
    assert any(line.startswith("skipped: ") and line.endswith("b.txt: empty file") for line in lines)
    assert lines[-1] == "Summary: 1 stored, 0 duplicate(s), 1 skipped (1 empty file)"
    assert result.exit_code == 1


def test_the_exit_codes_are_documented():
    readme = (REPO / "README.md").read_text()
    assert f"| {EXIT_INTERRUPTED} | interrupted" in readme


def test_options_reach_the_limits(tmp_path: Path, monkeypatch):
    seen = {}
    import store.ingest

    def fake(db, paths, *, limits, **kwargs):
        seen["limits"] = limits
        return store.ingest.IngestReport()

    monkeypatch.setattr(store.ingest, "ingest_paths", fake)
    monkeypatch.setenv("DOCKET_TIME_BUDGET", "3")
    (tmp_path / "a.txt").write_text("x")
    CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "s.db"), "--max-text", "2", str(tmp_path / "a.txt")])
    limits = seen["limits"]
    assert (limits.seconds, limits.per_mb, limits.max_chars) == (3.0, 5.0, 2 * 1024 * 1024)
    assert limits.budget(2 * 1024 * 1024) == 13.0
    db = open_writer(tmp_path / "s.db")
    db.close()
