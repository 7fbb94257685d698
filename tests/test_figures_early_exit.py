"""find_figures's early exit (``_EARLY_EXIT``, ``_nothing_to_count``) drops only numbers the whole of its rules would
drop: the figures are the same with it and without it.

The exit is asked only of a bare count before a text's first figure, on no list's line (no line break within
``WINDOW`` before it), so each text here is one sentence of a report, on one line, after a neutral lead that
puts its numbers past ``WINDOW``: every number before the sentence's first figure is asked. A rule added to
find_figures that gives a metric, a cue or an item by something ``_nothing_to_count`` does not test fails here
where the reports have such a number."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import pytest

import store.extract.figures as figures_module
from benchmarks.extract_fingerprint import _LINEAR_PIECES
from benchmarks.figure_shapes import SHAPES
from store.extract.figures import WINDOW, find_figures
from store.extract.sentences import sentence_spans
from tests.conftest import DEV

WILD = Path(__file__).resolve().parent / "wild"
# a sentence with no number and no cue, long enough that the text's numbers stand past WINDOW
LEAD = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor. " * (WINDOW // 70 + 1)


def _sentences() -> list[str]:
    """Sentences with a number, drawn from a third of the wild corpus and the dev reports, each on one line."""
    found = []
    for path in sorted(WILD.glob("*.txt"))[::3] + sorted(DEV.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        said = (" ".join(text[a:b].split()) for a, b in sentence_spans(text))
        found += [s for s in said if any(c.isdigit() for c in s)]
    return random.Random(6).sample(found, min(len(found), 1500))


def _texts() -> list[str]:
    shapes = [(piece * (3000 // len(piece) + 1))[:3000] for piece in [*_LINEAR_PIECES, *SHAPES.values()]]
    return [LEAD + s for s in _sentences()] + shapes


def _figures(text: str, early: bool) -> list[dict]:
    figures_module._EARLY_EXIT = early
    try:
        return [dataclasses.asdict(f) for f in find_figures(text)]
    finally:
        figures_module._EARLY_EXIT = True


def test_the_early_exit_changes_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    asked = {"dropped": 0}
    nothing_to_count = figures_module._nothing_to_count

    def counted(*args, **kwargs) -> bool:
        dropped = nothing_to_count(*args, **kwargs)
        asked["dropped"] += dropped
        return dropped

    monkeypatch.setattr(figures_module, "_nothing_to_count", counted)
    changed = [text.removeprefix(LEAD)[:120] for text in texts if _figures(text, True) != _figures(text, False)]
    assert not changed, f"{len(changed)} texts' figures change with the early exit: {changed[:3]}"
    # (the exit is taken, so the comparison proves something)
    assert asked["dropped"] > 200, asked
