"""Shared fixtures: stores built in temporary folders, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from seeds import seed_paths, source_name
from store.db import create_store, open_writer
from store.ingest import ingest_paths

REPO = Path(__file__).resolve().parents[1]
#: The evaluation reports live in ../shared/eval/dev beside the repository.
DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.fixture
def seed_text() -> str:
    return seed_paths()[0].read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A new, empty store."""
    path = tmp_path / "store" / "docket.db"
    create_store(path)
    return path


@pytest.fixture
def seeded_db(db_path: Path) -> Path:
    """A store holding the bundled seeds."""
    db = open_writer(db_path)
    ingest_paths(db, seed_paths(), source_name=source_name)
    db.close()
    return db_path


def dev_text(stem: str) -> str:
    path = DEV / f"{stem}.txt"
    if not path.exists():
        pytest.skip(f"evaluation reports not found at {DEV}")
    return path.read_text(encoding="utf-8")


def store_with(db_path: Path, folder: Path, texts: dict[str, str]) -> Path:
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
    """One PostgreSQL server for the session (tests/postgres_server.py)."""
    from tests.postgres_server import start_server

    server = start_server()
    yield server
    server.stop()


@pytest.fixture
def pg_store(pg_server):
    """The URL of a new PostgreSQL store, empty, in a database of its own."""
    return pg_server.new_store()
