"""Figure extraction stays linear on pathological 1 MB inputs (issue #11).

The bound is generous on purpose (a shared machine moves timings a lot):
it catches a quadratic blow-up, which on these inputs takes minutes. The
timings themselves are printed by ``python -m benchmarks.figure_shapes``."""

from __future__ import annotations

import time

import pytest

from benchmarks.figure_shapes import SHAPES, document
from store.extract.figures import find_figures

SIZE = 1_000_000
BOUND_S = 20.0


@pytest.mark.parametrize("name", list(SHAPES))
def test_a_megabyte_of_any_shape_is_read_in_bounded_time(name):
    text = document(SHAPES[name], SIZE)
    start = time.perf_counter()
    found = find_figures(text)
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND_S, f"{name}: {elapsed:.1f} s for 1 MB"
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


def test_time_grows_linearly_with_size():
    """A quarter of the text takes about a quarter of the time, never the
    sixteenth a quadratic step would give it."""
    piece = "seized 5 kg of cocaine and arrested 4 suspects. "
    small, large = document(piece, SIZE // 4), document(piece, SIZE)
    t0 = time.perf_counter()
    find_figures(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    find_figures(large)
    t_large = time.perf_counter() - t0
    assert t_large < 10 * max(t_small, 0.05), (t_small, t_large)
