"""Shared fixtures: stores built in temporary folders (or databases of a
throwaway PostgreSQL server), never the user's.

**Both engines.** A test module marked ``pytestmark = pytest.mark.engines``
runs each test that takes a store (``db_path``, ``seeded_db``, or the
``engine`` fixture itself) twice: on a SQLite file and on a PostgreSQL
database of its own (tests/postgres_server.py). ``db_path`` is then a
:class:`~pathlib.Path` or a :class:`~store.engines.postgres.PostgresLocation`;
tests pass it on (``Reader(db_path)``, ``--db str(db_path)``) and read
rows through :func:`rows`, never ``sqlite3`` directly. A test about SQLite
itself (a file's bytes, PRAGMAs, hostile store files) is marked
``@pytest.mark.sqlite_only("why")`` and runs once; so does one whose store
is incidental (keys, layout, colours: ``@pytest.mark.once("why")``), to
keep CI's time: every command and query runs on both. Without pgserver or
psycopg the PostgreSQL half is skipped, saying why.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

# PYTHONDONTWRITEBYTECODE, where the machine sets it, would make every test
# process (each xdist worker, each `docket` a test starts) compile the
# checkout's modules from source again: the tests may write its __pycache__.
sys.dont_write_bytecode = False

from seeds import seed_paths, source_name  # noqa: E402 (after the bytecode setting)
from store.db import create_store, open_writer  # noqa: E402
from store.ingest import ingest_paths  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
#: The evaluation reports live in ../shared/eval/dev beside the repository.
DEV = REPO.parent / "shared" / "eval" / "dev"
ENGINES = ("sqlite", "postgres")


def pytest_xdist_auto_num_workers(config) -> int:
    """Two test processes per core (at most eight): a third of the suite's time
    is spent waiting (subprocesses, the PostgreSQL server, the app's timers),
    so one process per core leaves the cores idle that long (measured on 2
    cores: 545 s with 2 processes, 393 s with 4)."""
    return max(2, min(8, 2 * (os.cpu_count() or 1)))


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "engines: run the module's store tests on SQLite and on PostgreSQL")
    config.addinivalue_line("markers", "sqlite_only(reason): a test about SQLite itself, run on SQLite only")
    config.addinivalue_line(
        "markers", "once(reason): the store is incidental (keys, layout, colours): run on SQLite only, for CI's time"
    )


def pytest_collection_finish(session) -> None:
    """Each test process loads the gazetteer once and moves it, with the
    modules imported so far, out of the garbage collector's scans, as
    ingest does before it forks its workers: otherwise every full collection
    walks it again (a fifth of the app tests' CPU time, measured with
    ``/usr/bin/time`` on tests/test_app.py and tests/test_consistency.py:
    70 s → 53 s)."""
    import gc

    from store.extract.gazetteer import places

    places()
    gc.collect()
    gc.freeze()


def pytest_generate_tests(metafunc) -> None:
    if "engine" not in metafunc.fixturenames or metafunc.definition.get_closest_marker("engines") is None:
        return
    once = any(metafunc.definition.get_closest_marker(m) is not None for m in ("sqlite_only", "once"))
    engines = ("sqlite",) if once else ENGINES
    metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request) -> str:
    """The engine of the test's store: "sqlite" unless the module runs on both."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def seed_text() -> str:
    return seed_paths()[0].read_text(encoding="utf-8")


def new_location(request, engine: str, path: Path):
    """Where a new, empty store is: ``path`` (SQLite, created there) or a new
    PostgreSQL database holding docket's empty schema."""
    if engine == "postgres":
        from store.engines import location

        return location(request.getfixturevalue("pg_server").new_store())
    create_store(path)
    return path


@pytest.fixture
def db_path(request, engine: str, tmp_path: Path):
    """A new, empty store: a SQLite file, or a PostgreSQL database (see above)."""
    return new_location(request, engine, tmp_path / "store" / "docket.db")


@pytest.fixture
def store_to_be(request, engine: str, tmp_path: Path) -> str:
    """Where the first ``docket ingest`` makes a store, as ``--db`` takes it:
    a file not yet made (SQLite) or an empty PostgreSQL database."""
    if engine == "postgres":
        return request.getfixturevalue("pg_server").new_database()
    return str(tmp_path / "store" / "docket.db")


@pytest.fixture
def make_store(request, engine: str, tmp_path: Path):
    """Makes more new, empty stores of the test's engine: ``make_store("name")``."""

    def make(name: str):
        return new_location(request, engine, tmp_path / name / "docket.db")

    return make


@pytest.fixture
def seeded_db(db_path):
    """A store holding the bundled seeds."""
    db = open_writer(db_path)
    ingest_paths(db, seed_paths(), source_name=source_name)
    db.close()
    return db_path


def rows(where, sql: str, params: tuple = ()) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (SQLite's dialect, ``?`` placeholders) read from the
    store at ``where`` on either engine, as plain tuples."""
    from store.db import connect

    conn = connect(where, verify=False)
    try:
        return [tuple(r) for r in conn.execute(sql, params).fetchall()]
    finally:
        conn.close()


def write(where, sql: str, params: tuple = ()) -> None:
    """Run one statement (SQLite's dialect) on the store at ``where`` and commit."""
    db = open_writer(where)
    try:
        db.conn.execute(sql, params)
        if db.conn.in_transaction:
            db.conn.commit()
    finally:
        db.close()


def one(where, sql: str, params: tuple = ()) -> Any:
    """The first value of the first row of ``sql`` (None when no row)."""
    found = rows(where, sql, params)
    return found[0][0] if found else None


def dev_text(stem: str) -> str:
    path = DEV / f"{stem}.txt"
    if not path.exists():
        pytest.skip(f"evaluation reports not found at {DEV}")
    return path.read_text(encoding="utf-8")


def store_with(db_path, folder: Path, texts: dict[str, str]):
    """The store ``db_path`` holding ``texts`` (file name → text), ingested
    from ``folder`` through the real ingest."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = open_writer(db_path)
    ingest_paths(db, [folder])
    db.close()
    return db_path


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server per test process (each xdist worker), started
    on first use (tests/postgres_server.py)."""
    from tests.postgres_server import start_server

    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_store(pg_server):
    """The URL of a new PostgreSQL store, empty, in a database of its own."""
    return pg_server.new_store()


def fastest_of_three(read, text: str) -> float:
    """CPU seconds of the fastest of three ``read(text)`` (a busy machine
    does not decide a linearity test)."""
    import time

    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        read(text)
        best = min(best, time.process_time() - start)
    return best
