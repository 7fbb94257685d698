"""A real PostgreSQL server for the tests, started from the ``pgserver``
wheel (PostgreSQL 16 inside the wheel: nothing is downloaded).

One server per test session, in a temporary folder, reached over a Unix
socket only (it listens on no TCP port). Each test that asks for a store
gets a new database copied from a template that already holds docket's
schema (``CREATE DATABASE … TEMPLATE``), so tests never see each other's
rows. Without ``pgserver`` or ``psycopg`` installed the PostgreSQL tests
are skipped, saying why.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import time
import warnings
from pathlib import Path

import pytest

TEMPLATE = "docket_template"


class PostgresServer:
    def __init__(self, server, folder: Path, started_in: float) -> None:
        self.server = server
        self.folder = folder
        self.started_in = started_in
        self._n = itertools.count(1)

    def stop(self) -> None:
        """Stop at once, without a shutdown checkpoint: the data folder is
        deleted next."""
        from pgserver._commands import pg_ctl

        try:
            pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=self.folder, user=self.server.system_user)
        except Exception:  # pgserver's own cleanup below stops or kills it
            pass
        self.server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://postgres@/{database}?host={self.folder}"

    def admin(self):
        import psycopg

        return psycopg.connect(self.url("postgres"), autocommit=True)

    def new_database(self, template: str = "template0") -> str:
        name = f"t{next(self._n)}"
        with self.admin() as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8'")
        return self.url(name)

    def new_store(self) -> str:
        """The URL of a new store holding docket's empty schema."""
        return self.new_database(TEMPLATE)


def start_server() -> PostgresServer:
    try:
        import pgserver  # noqa: F401
        import psycopg  # noqa: F401
    except ImportError as exc:  # pragma: no cover - the test extra installs both
        pytest.skip(f"PostgreSQL tests need pgserver and psycopg ({exc.name} is not installed)")
    import pgserver

    # a folder of its own, outside pytest's (which pytest may lock down to
    # its owner while the server, started as another user under root, runs)
    folder = Path(tempfile.mkdtemp(prefix="docket-pg-"))
    t0 = time.monotonic()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs: no XDG_RUNTIME_DIR here
        server = pgserver.get_server(folder, cleanup_mode="stop")
    started = time.monotonic() - t0
    pg = PostgresServer(server, folder, started)
    from store.db import create_store
    from store.engines import location

    with pg.admin() as conn:
        # a throwaway server: nothing need survive a crash, so nothing waits for the disk
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = off")
        conn.execute("SELECT pg_reload_conf()")
        conn.execute(f"CREATE DATABASE {TEMPLATE} TEMPLATE template0 ENCODING 'UTF8'")
    create_store(location(pg.url(TEMPLATE)))
    return pg
