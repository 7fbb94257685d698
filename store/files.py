"""Files and folders docket creates: private to the user who runs it.

A store holds an analyst's case material, and so do its exports, backups
and manifests. Every file docket creates is made with mode 0600 and every
folder with mode 0700 from the first system call, whatever the umask, so
there is no moment at which another user could open them. Files and
folders that already exist keep the mode they have: docket never loosens
or tightens what the user set.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

__all__ = ["make_private_dirs", "create_private_file", "open_private"]

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and every missing folder above it with mode 0700.

    (``Path.mkdir(parents=True, mode=...)`` gives the parents the umask's
    default mode, not ``mode``.)
    """
    folder = Path(folder)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, DIR_MODE)
        except FileExistsError:
            if not path.is_dir():
                raise


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600; fails if it exists."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    os.close(fd)


def open_private(path: Path, mode: str = "w", **kwargs) -> IO:
    """``open(path, mode)`` for writing, a new file being created 0600.

    ``mode`` is ``"w"`` or ``"wb"`` (truncate) or ``"x"``/``"xb"`` (must be
    new); ``kwargs`` go to :func:`open` (encoding, newline).
    """
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    if mode.startswith("x"):
        flags |= os.O_EXCL
    elif mode.startswith("w"):
        flags |= os.O_TRUNC
    else:
        raise ValueError(f"open_private writes only: {mode!r}")
    fd = os.open(path, flags, FILE_MODE)
    try:
        return open(fd, mode.replace("x", "w"), **kwargs)
    except BaseException:
        os.close(fd)
        raise
