"""Step 2 of an ingest: reading a candidate's bytes and hashing them, in
the writing process. An unchanged file costs a read and a hash, nothing
more: whether it needs extracting is decided from its sha256."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .find import SUPPORTED_SUFFIXES, Candidate, special
from .outcomes import Skipped

__all__ = ["Read", "read_file", "read_bytes", "DEFAULT_MAX_BYTES"]

#: Files larger than this are refused (``--max-size`` changes it).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Read:
    """A file's bytes and their sha256 (which identifies the document)."""

    path: Path
    sha256: str
    data: bytes


class _Refused(Exception):
    def __init__(self, reason: str, detail: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A regular file's bytes, refusing what is not one or is too large
    (raises ``_Refused``; :func:`read_file` turns that into a Skipped)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _Refused("cannot read", str(exc.strerror or exc)) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _Refused("not a regular file", f"{special(st.st_mode)}; never read")
        if st.st_size > max_bytes:
            raise _Refused("too large", f"{st.st_size:,} bytes; the limit is {max_bytes:,}")
        # Ask for what fstat reported plus one byte, to notice a file that
        # grew (asking for max_bytes would allocate that much each time),
        # then read on to the end, never past the limit.
        parts = []
        got = 0
        want = min(st.st_size, max_bytes) + 1
        while got <= max_bytes:
            part = os.read(fd, want)
            if not part:
                break
            parts.append(part)
            got += len(part)
            want = min(1 << 20, max_bytes + 1 - got)
        data = parts[0] if len(parts) == 1 else b"".join(parts)
    except OSError as exc:
        raise _Refused("cannot read", str(exc.strerror or exc)) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _Refused("too large", f"over {max_bytes:,} bytes")
    if not data.strip():
        raise _Refused("empty file")
    return data


def read_file(cand: Candidate, max_bytes: int = DEFAULT_MAX_BYTES) -> Read | Skipped:
    """Read and hash one candidate, or say why it is not read."""
    path = cand.path
    if cand.problem:
        return Skipped(path, *cand.problem)
    if cand.named and path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return Skipped(path, "unsupported file type", repr(path.suffix or "(no suffix)"))
    try:
        data = read_bytes(path, max_bytes)
    except _Refused as refused:
        return Skipped(path, refused.reason, refused.detail)
    return Read(path, hashlib.sha256(data).hexdigest(), data)
