"""The project's own source holds no control characters.

A pattern written through a shell or a script can carry one unseen ("\b" turned into a backspace byte): the
pattern then never matches, and nothing else fails. Every Python file and word list is read for them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FILES = sorted(
    p
    for folder in ("store", "tui", "benchmarks", "tests")
    for p in (ROOT / folder).rglob("*")
    if p.suffix in (".py", ".txt") and "__pycache__" not in p.parts and p.parent.name != "wild"
)


def test_there_are_files_to_read() -> None:
    assert len(FILES) > 100


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(text.count("\n", 0, m.start()) + 1, repr(m.group())) for m in _CONTROL.finditer(text)]
    assert not found, f"{path.relative_to(ROOT)}: control characters at lines {found[:5]}"
