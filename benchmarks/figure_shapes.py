"""Figure extraction on pathological inputs: time grows linearly with size.

    python -m benchmarks.figure_shapes [--size 1000000]

Each shape is a document of ``--size`` characters built by repeating a
short piece (one line with no punctuation, endless digit groups, 100,000
capitalised words, ``A-A-A-…``, a cue and a number over and over, list
lines, bracketed counts). Prints the seconds ``find_figures`` (sentence
splitting and number finding included) takes on each, on this one core.
"""

from __future__ import annotations

import argparse
import time

from store.extract.figures import find_figures

#: Name → the piece repeated to fill the document.
SHAPES: dict[str, str] = {
    "spaced ones": "1 ",
    "cue and number": "arrested 5 ",
    "digit groups": "1,000",
    "space groups": "123 ",
    "digits only": "1234567890",
    "words, no punctuation": "police seized cocaine and arrested suspects in the area ",
    "capitalised words": "Alpha ",
    "A-A-A": "A-",
    "seizures, commas": "seized 5 kg of cocaine, ",
    "wallets, commas": "seized 5 leather wallets, ",
    "bullet lines": "- 5 suspects arrested\n",
    "label lines": "Fraud: 14\n",
    "bracketed counts": "Chile (3), ",
    "money": "USD 5 million in cash and ",
    "number words": "twenty-one thousand ",
    "dates and ages": "On 2023-06-02 Jan Novak (33), ",
    "open brackets": "(",
}


def document(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def time_shape(piece: str, size: int) -> tuple[float, int]:
    text = document(piece, size)
    start = time.perf_counter()
    found = find_figures(text)
    return time.perf_counter() - start, len(found)


def main() -> None:
    parser = argparse.ArgumentParser(description="find_figures on pathological inputs.")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per document")
    args = parser.parse_args()
    worst = 0.0
    for name, piece in SHAPES.items():
        seconds, count = time_shape(piece, args.size)
        worst = max(worst, seconds)
        print(f"{name:<24}{seconds:>7.2f} s  {count:>6} figures")
    print(f"slowest: {worst:.2f} s for {args.size / 1e6:.1f} MB on one core")


if __name__ == "__main__":
    main()
