"""Ingest never stalls or dies on one document (issue #12, items 1–3):
crash isolation, a time budget per document, dead workers noticed, a dead
parent takes its workers with it. Faults are injected by replacing the
extractor (``store.ingest.work.extract``): worker processes are forked,
so they run the replacement."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.db import open_writer
from store.ingest import IngestReport, Limits, ingest_paths, work
from store.maintenance import check_store
from store.queries import Reader
from tests.conftest import one, rows
from tui.cli import cli

pytestmark = pytest.mark.engines

REPO = Path(__file__).resolve().parents[1]
real_extract = work.extract


def ingest(db_path: Path, *paths: Path, **kwargs) -> IngestReport:
    db = open_writer(db_path)
    try:
        return ingest_paths(db, list(paths), **kwargs)
    finally:
        db.close()


def reasons(report: IngestReport) -> dict[str, str]:
    return {Path(p).name: r for p, r in report.messages}


def folder_of(tmp_path: Path, names: list[str]) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i, name in enumerate(names):
        (folder / f"{i:02d}_{name}.txt").write_text(
            f"Report {name}\nINTERPOL led Operation Kite{i}, which led to {i + 3} arrests in Lyon. {name.upper()}"
        )
    return folder


def test_coordination_chain_of_a_thousand_names_does_not_recurse():
    # 19 KB of "X Police and": recursion used to raise RecursionError.
    text = "Report\n" + " ".join(f"{chr(65 + i % 26)} Police and" for i in range(1000)) + " Y Police."
    result = real_extract(text)
    assert result.entities


@pytest.mark.parametrize("workers", [1, 2])
def test_an_exception_in_extraction_skips_that_document_only(db_path: Path, tmp_path: Path, monkeypatch, workers):
    folder = folder_of(tmp_path, ["good", "boom", "fine", "also"])

    def failing(text):
        if "BOOM" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real_extract(text)

    monkeypatch.setattr(work, "extract", failing)
    report = ingest(db_path, folder, workers=workers)
    assert report.stored == 3
    assert reasons(report) == {"01_boom.txt": "extraction failed (RecursionError: maximum recursion depth exceeded)"}
    assert report.skipped["extraction failed"] == 1
    assert {r["name"] for r in Reader(db_path).operations()} == {"Kite0", "Kite2", "Kite3"}


def test_an_exception_while_writing_skips_that_document_only(db_path: Path, tmp_path: Path, monkeypatch):
    from store.ingest import write

    folder = folder_of(tmp_path, ["good", "boom", "fine"])
    real_write = write.write_extraction

    def failing(conn, doc_id, result, *args):
        if "boom" in result.title:
            raise ValueError("writer bug")
        return real_write(conn, doc_id, result, *args)

    monkeypatch.setattr(write, "write_extraction", failing)
    report = ingest(db_path, folder)
    assert report.stored == 2
    assert reasons(report) == {"01_boom.txt": "could not be stored (ValueError: writer bug)"}


def entity_counts(db_path: Path) -> dict[tuple[str, str], tuple[int, int]]:
    return {
        (t, n): (m, d) for t, n, m, d in rows(db_path, "SELECT type, name, mention_count, document_count FROM entities")
    }


def test_a_document_failing_after_its_entities_were_written_leaves_no_counts(tmp_path: Path, monkeypatch, make_store):
    # Entity counts are added once per batch; a document rolled back after
    # its entities were written must not leave its mentions in them, nor a
    # row for an entity only it named.
    from store.ingest import write

    def texts(folder: Path, names: list[str]) -> Path:
        folder.mkdir()
        for i, name in enumerate(names):
            only = " Ms Odalys Quenby of the Zarquon Bureau spoke in Tbilisi." if name == "boom" else ""
            (folder / f"{i:02d}_{name}.txt").write_text(
                f"Report {name}\nINTERPOL and Europol said 4 people were arrested in Lyon and Madrid.{only}"
            )
        return folder

    clean, failed = make_store("clean"), make_store("failed")
    ingest(clean, texts(tmp_path / "a", ["good", "fine", "last"]))
    real_write = write.write_extraction

    def failing_late(conn, doc_id, result, *args):
        real_write(conn, doc_id, result, *args)
        if "boom" in result.title:
            raise ValueError("writer bug")

    monkeypatch.setattr(write, "write_extraction", failing_late)
    report = ingest(failed, texts(tmp_path / "b", ["good", "boom", "fine", "last"]))
    assert report.stored == 3
    assert entity_counts(failed) == entity_counts(clean)
    assert entity_counts(clean)[("ORG", "INTERPOL")] == (3, 3)
    assert ("PERSON", "Odalys Quenby") not in entity_counts(failed)
    assert all(ok for ok, _ in check_store(failed)), check_store(failed)


def test_an_exception_while_converting_skips_that_document_only(db_path: Path, tmp_path: Path, monkeypatch):
    folder = folder_of(tmp_path, ["good", "odd"])
    real_convert = work.convert

    def converting(data, suffix, **kw):
        if b"ODD" in data:
            raise ValueError("converter bug")
        return real_convert(data, suffix, **kw)

    monkeypatch.setattr(work, "convert", converting)
    report = ingest(db_path, folder)
    assert report.stored == 1
    assert reasons(report) == {"01_odd.txt": "could not be read (ValueError: converter bug)"}


def test_a_document_over_its_time_budget_is_stored_searchable_flagged_and_retried(
    db_path: Path, tmp_path: Path, monkeypatch
):
    folder = folder_of(tmp_path, ["before", "slow", "after"])

    def slow(text):
        if "SLOW" in text:
            end = time.monotonic() + 120
            while time.monotonic() < end:  # computing, as a slow extraction does
                pass
        return real_extract(text)

    monkeypatch.setattr(work, "extract", slow)
    start = time.monotonic()
    report = ingest(db_path, folder, limits=Limits(seconds=1.5, per_mb=0))
    assert time.monotonic() - start < 60
    assert report.stored == 3 and report.skipped_total == 0
    assert [Path(p).name for p, _ in report.stopped] == ["01_slow.txt"]
    assert "without extraction (extraction stopped: too slow" in report.summary()
    reader = Reader(db_path)
    hits = reader.search("slow")
    assert [h["title"] for h in hits] == ["Report slow"]  # searchable
    assert {r["name"] for r in reader.operations()} == {"Kite0", "Kite2"}  # not extracted
    listed = [msg for ok, msg in check_store(db_path) if msg.strip().startswith("extraction stopped: too slow")]
    assert len(listed) == 1 and listed[0].endswith("01_slow.txt")
    assert CliRunner().invoke(cli, ["check", "--db", str(db_path)]).output.count("01_slow.txt") == 1
    # Re-ingesting the same folder retries it; now it is fast enough.
    monkeypatch.setattr(work, "extract", real_extract)
    again = ingest(db_path, folder)
    assert (again.stored, again.duplicates, again.reextracted) == (0, 2, 1)
    assert {r["name"] for r in Reader(db_path).operations()} == {"Kite0", "Kite1", "Kite2"}
    assert not [msg for ok, msg in check_store(db_path) if "01_slow" in msg]
    assert all(ok for ok, _ in check_store(db_path))
    assert one(db_path, "SELECT count(*) FROM documents WHERE extraction_stopped IS NOT NULL") == 0


def test_a_document_too_slow_even_to_read_is_skipped(db_path: Path, tmp_path: Path, monkeypatch):
    folder = folder_of(tmp_path, ["stuck", "fine"])
    real_convert = work.convert

    def stuck(data, suffix, **kw):
        if b"STUCK" in data:
            time.sleep(120)
        return real_convert(data, suffix, **kw)

    monkeypatch.setattr(work, "convert", stuck)
    start = time.monotonic()
    report = ingest(db_path, folder, limits=Limits(seconds=1, per_mb=0, wall=3))
    assert time.monotonic() - start < 60
    assert report.stored == 1
    # Stuck without computing: stopped at the budget's multiple in elapsed time.
    assert reasons(report)["00_stuck.txt"] == "too slow to read (over 3 s elapsed (its budget: 1 s))"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="CPU time of a worker is read from /proc")
def test_a_document_waiting_for_a_core_is_not_stopped_by_its_budget(db_path: Path, tmp_path: Path, monkeypatch):
    """A loaded machine (other ingests, a database server) makes a worker
    wait for a core: elapsed time runs, CPU time does not. The budget is
    CPU time, so the document is extracted as on an idle machine."""
    folder = folder_of(tmp_path, ["before", "waits", "after"])

    def waiting(text):
        if "WAITS" in text:
            time.sleep(4)  # elapsed time four times the budget, no CPU time
        return real_extract(text)

    monkeypatch.setattr(work, "extract", waiting)
    report = ingest(db_path, folder, limits=Limits(seconds=1, per_mb=0))
    assert (report.stored, report.skipped_total, report.stopped) == (3, 0, [])
    assert {r["name"] for r in Reader(db_path).operations()} == {"Kite0", "Kite1", "Kite2"}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_killed_worker_is_noticed_named_and_the_run_goes_on(db_path: Path, tmp_path: Path, monkeypatch, workers):
    folder = folder_of(tmp_path, [f"doc{i}" for i in range(6)] + ["poison"] + [f"late{i}" for i in range(6)])

    def dying(text):
        if "POISON" in text:
            os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
        return real_extract(text)

    monkeypatch.setattr(work, "extract", dying)
    start = time.monotonic()
    report = ingest(db_path, folder, workers=workers)
    assert time.monotonic() - start < 60
    assert report.stored == 12
    assert reasons(report) == {"06_poison.txt": "worker process died (killed by signal 9 (SIGKILL) while on this file)"}


def run_docket(script: str, *args: str, **kwargs) -> subprocess.Popen:
    """``docket`` in a child process, after ``script`` (which injects a fault)."""
    code = textwrap.dedent(script) + "\nfrom tui.cli import main\nmain()\n"
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


HANG = """
import time
from store.ingest import work
real = work.extract
def hang(text):
    if "HANG" in text:
        time.sleep(3600)
    return real(text)
work.extract = hang
"""


def children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(p) for p in (task / "children").read_text().split()]
        except FileNotFoundError:
            continue  # a thread that ended between the listing and the read
    return out


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs /proc")
def test_killing_the_ingest_takes_its_workers_with_it(db_path: Path, tmp_path: Path):
    folder = folder_of(tmp_path, ["hang", "hang2"])
    (folder / "01_hang2.txt").write_text("Report\nHANG too")
    proc = run_docket(HANG, "ingest", "--db", str(db_path), str(folder), "--time-budget", "600")
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 1:
        time.sleep(0.2)
        workers = children(proc.pid)
    assert workers, "no worker started"
    time.sleep(0.5)
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(alive(w) for w in workers):
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "workers outlived their parent"


def test_a_dead_worker_in_the_cli_releases_the_lock_and_exits_1(db_path: Path, tmp_path: Path):
    folder = folder_of(tmp_path, ["a", "poison", "b"])
    script = """
    import os, signal
    from store.ingest import work
    real = work.extract
    def dying(text):
        if "POISON" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(text)
    work.extract = dying
    """
    proc = run_docket(script, "ingest", "--db", str(db_path), str(folder))
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err
    assert "skipped: " in err and "01_poison.txt: worker process died" in err
    assert "2 stored, 0 duplicate(s), 1 skipped (1 worker process died)" in err
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path), str(folder / "00_a.txt")])
    assert "waiting" not in result.output and result.exit_code == 0


def test_no_worker_process_at_all_stops_with_one_line(db_path: Path, tmp_path: Path, monkeypatch):
    from store.ingest import IngestStopped, supervise

    folder = folder_of(tmp_path, ["a"])

    def no_fork(self):
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(supervise.Supervisor, "_spawn", no_fork)
    with pytest.raises(IngestStopped, match="cannot start a worker process"):
        ingest(db_path, folder)
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db_path), str(folder)])
    assert result.exit_code == 3 and "Traceback" not in result.output
    assert "cannot start a worker process (Resource temporarily unavailable)" in result.output
