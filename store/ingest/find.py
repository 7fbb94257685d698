"""Step 1 of an ingest: finding the files to read, from files and folders
as given. Nothing is opened here; problems found on the way (dangling
links, loops, FIFOs) travel with the candidate."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..formats import HTML_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES

__all__ = ["Candidate", "iter_candidates", "SUPPORTED_SUFFIXES"]

SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES


@dataclass(frozen=True)
class Candidate:
    path: Path
    named: bool  # given on the command line rather than found in a folder
    problem: tuple[str, str | None] | None = None  # (reason, detail): why it is not read


def special(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def iter_candidates(paths: Iterable[str | Path], *, follow_links: bool = False) -> Iterator[Candidate]:
    """Files to read, from files and folders as given.

    Folders are walked in name order. Links inside a folder are followed
    only when they stay inside it (``follow_links`` lifts that); dangling
    links, link loops and folder cycles are reported and the walk goes on.
    FIFOs and devices are reported, never opened.
    """
    for raw in paths:
        path = Path(raw)
        try:
            st = path.stat()
        except FileNotFoundError:
            kind = "dangling link" if path.is_symlink() else "no such file or folder"
            yield Candidate(path, True, (kind, None))
            continue
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                yield Candidate(path, True, ("symlink loop", None))
            else:
                yield Candidate(path, True, ("cannot read", str(exc.strerror or exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield from _walk(path, follow_links)
        elif stat.S_ISREG(st.st_mode):
            yield Candidate(path, True)
        else:
            yield Candidate(path, True, ("not a regular file", f"{special(st.st_mode)}; never opened"))


def _walk(root: Path, follow_links: bool) -> Iterator[Candidate]:
    root_real = root.resolve()
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            key = (st.st_dev, st.st_ino)
            if key in visited:
                yield Candidate(folder, True, ("folder cycle", "already walked"))
                continue
            visited.add(key)
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Candidate(folder, True, ("cannot read folder", str(exc.strerror or exc)))
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = Path(entry.path)
            wanted = p.suffix.lower() in SUPPORTED_SUFFIXES
            try:
                if entry.is_symlink():
                    try:
                        target = p.resolve(strict=True)
                    except FileNotFoundError:
                        yield Candidate(p, True, ("dangling link", None))
                        continue
                    except (RuntimeError, OSError):
                        yield Candidate(p, True, ("symlink loop", None))
                        continue
                    if not follow_links and not _inside(target, root_real):
                        yield Candidate(p, True, ("link points outside the folder", "--follow-links follows it"))
                        continue
                    mode = p.stat().st_mode
                    if stat.S_ISDIR(mode):
                        subdirs.append(p)
                    elif stat.S_ISREG(mode):
                        if wanted:
                            yield Candidate(p, False)
                    elif wanted:
                        yield Candidate(p, True, ("not a regular file", f"{special(mode)}; never opened"))
                    continue
                if entry.is_dir(follow_symlinks=False):
                    subdirs.append(p)
                elif entry.is_file(follow_symlinks=False):
                    if wanted:
                        yield Candidate(p, False)
                elif wanted:
                    mode = entry.stat(follow_symlinks=False).st_mode
                    yield Candidate(p, True, ("not a regular file", f"{special(mode)}; never opened"))
            except OSError as exc:
                yield Candidate(p, True, ("cannot read", str(exc.strerror or exc)))
        stack.extend(reversed(subdirs))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False
