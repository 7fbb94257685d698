"""The ingest lock: one ingest writes to a store at a time.

The lock is a file beside the store's real path (``STORE-ingest.lock``,
after every link is resolved), so an ingest through a link to a store and
one through its real path take the same lock. It is opened without
following a link (``O_NOFOLLOW``): a link planted at the lock's name is
refused, never followed to a file elsewhere. Callers check that the store
is a docket store before they take the lock, so no lock file is left
beside a file docket refuses.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from .db import StoreError

__all__ = ["ingest_lock", "lock_path", "IngestBusy"]


class IngestBusy(Exception):
    """Another ingest holds the store's write lock."""


def lock_path(store: Path) -> Path:
    """The lock file of ``store``: beside its real path."""
    return Path(f"{os.path.realpath(store)}-ingest.lock")


def _open_lock(path: Path) -> int:
    flags = os.O_CREAT | os.O_RDWR | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0) | os.O_NONBLOCK
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreError(f"{path}: the ingest lock is a link; docket does not follow links (remove it)") from None
        raise StoreError(f"{path}: cannot open the ingest lock ({exc.strerror or exc})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise StoreError(f"{path}: the ingest lock is not a regular file (remove it)")
    return fd


@contextlib.contextmanager
def ingest_lock(path: Path, *, wait: bool = True, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """One ingest at a time per store. A second one waits (``on_wait`` is
    told first) or, with ``wait=False``, raises :class:`IngestBusy`. A lock
    that is a link or not a regular file raises :class:`StoreError`.

    A PostgreSQL store needs no lock file: its writers take turns per
    transaction (an advisory lock), so ingests on any host run at once."""
    from .engines import is_postgres

    if is_postgres(path):
        yield
        return
    fd = _open_lock(lock_path(path))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not wait:
                raise IngestBusy(f"{path}: another docket ingest is writing to this store") from None
            if on_wait:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
