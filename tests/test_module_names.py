"""A module's constant is defined once: a second top-level assignment of the same name replaces the first for
every function of the module, silently (ruff does not flag it). This happened: a new pattern took the name of
one defined 140 lines above it in figures.py, and turned a count of machines destroyed into a seizure."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "store"


def _assigned_twice(source: str) -> list[str]:
    """Top-level names assigned more than once, where the later value does not read the name itself (a rewrite of
    the value, ``X = transform(X)``, is one definition)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        for target in targets:
            for name in (n.id for n in ast.walk(target) if isinstance(n, ast.Name)):
                if name in seen and name not in read:
                    twice.append(name)
                seen.add(name)
    return twice


@pytest.mark.parametrize("path", sorted(ROOT.rglob("*.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_constant_is_defined_once(path: Path):
    assert _assigned_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_second_definition_and_allows_a_rewrite():
    assert _assigned_twice("A = 1\nB = 2\nA = 3\n") == ["A"]
    assert _assigned_twice("A = {'x y': 1}\nA = {k.split()[0]: v for k, v in A.items()}\n") == []
