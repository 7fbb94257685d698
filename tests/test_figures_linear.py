"""Figure extraction stays linear on pathological inputs (issue #11).

The bound is generous on purpose (a shared machine moves timings a lot):
it catches a quadratic blow-up, which on these inputs takes minutes at
1 MB and still tens of seconds at the 400 KB tested here (CI's time). The
timings at 1 MB are printed by ``python -m benchmarks.figure_shapes``."""

from __future__ import annotations

import time  # CPU time of this process: other work on a shared machine does not count

import pytest

from benchmarks.figure_shapes import SHAPES, document
from store.extract.figures import find_figures
from tests.conftest import fastest_of_three

SIZE = 400_000
BOUND_S = 10.0


@pytest.mark.parametrize("name", list(SHAPES))
def test_a_long_text_of_any_shape_is_read_in_bounded_time(name):
    text = document(SHAPES[name], SIZE)
    start = time.process_time()
    found = find_figures(text)
    elapsed = time.process_time() - start
    assert elapsed < BOUND_S, f"{name}: {elapsed:.1f} s for {SIZE // 1000} KB"
    for f in found:
        assert 0 <= f.start < f.end <= len(text)


def test_time_grows_linearly_with_size():
    """Four times the text takes about four times as long, far from the
    sixteen times a quadratic step would take (fastest of three runs, so a
    busy machine does not decide)."""
    piece = "seized 5 kg of cocaine and arrested 4 suspects. "
    t_small = fastest_of_three(find_figures, document(piece, 125_000))
    t_large = fastest_of_three(find_figures, document(piece, 500_000))
    assert t_large < 12 * max(t_small, 0.02), (t_small, t_large)
