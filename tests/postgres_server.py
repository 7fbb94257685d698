"""A real PostgreSQL server for the tests, started from the ``pgserver``
wheel (PostgreSQL 16 inside the wheel: nothing is downloaded).

One server per test process (each xdist worker starts its own, once, on
the first test that asks), in a temporary folder, reached over a Unix
socket only (it listens on no TCP port). Each test that asks for a store
gets a new database copied from a template that already holds docket's
schema (``CREATE DATABASE … TEMPLATE``), so tests never see each other's
rows. Without ``pgserver`` or ``psycopg`` installed the PostgreSQL tests
are skipped, saying why.

The wheel's server has no ``pg_trgm``. The tests of type-ahead through
``pg_trgm`` start the system's PostgreSQL instead, where one with
``pg_trgm`` is installed (Debian's ``postgresql`` package, as on the
project's machines: :func:`start_system_server`), and are skipped, saying
why, where none is.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
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
        import logging

        from pgserver._commands import pg_ctl

        logging.getLogger("pgserver").setLevel(logging.CRITICAL)  # its cleanup below finds it stopped
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
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs: no XDG_RUNTIME_DIR here
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


def _system_binaries() -> Path | None:
    """The bin folder of an installed PostgreSQL whose server has pg_trgm
    (Debian's layout: /usr/lib/postgresql/N/bin), newest first."""
    found = []
    for bin_dir in Path("/usr/lib/postgresql").glob("*/bin"):
        if not (bin_dir / "postgres").exists() or not (bin_dir / "pg_config").exists():
            continue
        try:
            share = subprocess.run(
                [str(bin_dir / "pg_config"), "--sharedir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            continue
        if (Path(share) / "extension" / "pg_trgm.control").exists():
            found.append(bin_dir)
    return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0) if found else None


class SystemServer(PostgresServer):
    """The system's PostgreSQL (with pg_trgm), run by its binaries in a
    temporary folder, as the ``pgserver`` user when we are root (the
    server refuses to run as root)."""

    def __init__(self, bin_dir: Path, folder: Path, user: str | None, started_in: float) -> None:
        super().__init__(None, folder, started_in)
        self.bin_dir = bin_dir
        self.user = user

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [str(self.bin_dir / "pg_ctl"), "-D", str(self.folder), *args],
            user=self.user,
            check=True,
            capture_output=True,
            timeout=60,
        )

    def stop(self) -> None:
        try:
            self.pg_ctl("-w", "-m", "immediate", "stop")
        except (OSError, subprocess.SubprocessError):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def start_system_server() -> SystemServer:
    """A server with pg_trgm, from the system's PostgreSQL; the test is
    skipped, saying why, where there is none."""
    try:
        import psycopg  # noqa: F401
    except ImportError:  # pragma: no cover
        pytest.skip("PostgreSQL tests need psycopg")
    bin_dir = _system_binaries()
    if bin_dir is None:
        pytest.skip("no installed PostgreSQL server with pg_trgm (Debian: apt-get install postgresql)")
    user = None
    if os.geteuid() == 0:
        try:
            from pgserver.utils import ensure_user_exists
        except ImportError:  # pragma: no cover - the test extra installs it
            pytest.skip("running the system's PostgreSQL as root needs pgserver (it makes the server's user)")
        user = "pgserver"
        ensure_user_exists(user)
    folder = Path(tempfile.mkdtemp(prefix="docket-pgsys-"))
    if user is not None:
        import pwd

        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    t0 = time.monotonic()
    subprocess.run(
        [str(bin_dir / "initdb"), "-D", str(folder), "--auth=trust", "--encoding=utf8", "-U", "postgres"],
        user=user,
        check=True,
        capture_output=True,
        timeout=120,
    )
    server = SystemServer(bin_dir, folder, user, 0.0)
    server.pg_ctl(
        "-w",
        "-o",
        "-h '' -c fsync=off -c synchronous_commit=off",
        "-o",
        f"-k {folder}",
        "-l",
        str(folder / "log"),
        "start",
    )
    server.started_in = time.monotonic() - t0
    return server
