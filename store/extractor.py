"""Which extractor wrote a document's rows: a fingerprint of ``store/extract``.

There is no hand-kept version number to forget to bump: the fingerprint is
the sha256 of every source and word-list file of the extractor, so any
change to its rules gives a new one. ``documents.extractor`` records it at
ingest and ``docket reextract --changed-only`` re-runs the documents whose
fingerprint differs from the running code's.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

__all__ = ["extractor_version"]

_EXTRACT = Path(__file__).resolve().parent / "extract"


@functools.cache
def extractor_version() -> str:
    """16 hex digits naming the extractor's code and word lists."""
    digest = hashlib.sha256()
    for path in sorted(_EXTRACT.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(path.relative_to(_EXTRACT).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]
