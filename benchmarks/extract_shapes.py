"""Whole extraction on the pathological shapes of the linearity tests, at 1 MB.

    python -m benchmarks.extract_shapes [--size 1000000] [--only TEXT] [--over 2.0]

Issue #11 asks that a 1 MB document of any shape extract in under 2 s on
one core. For every shape of ``tests/test_linear_entities.py`` and every
piece of ``tests/test_linear_extract.py`` (repeated to ``--size``
characters), and for the wild corpus's reports joined into one document
(as written, in capitals, in title case, without punctuation, on one
line: real text, as dense as real releases are), prints the CPU seconds
``store.extract.extract`` takes on it, marks those over ``--over`` seconds, and names the stages that cost most
(the stages of ``benchmarks.profile_ingest``; "entities' own" is what
``find_entities`` spends beyond its recognisers and propagation). CPU time
(``time.process_time``), since the machine is shared; the stage timers add
a few per cent.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from pathlib import Path

from store.extract import extract
from store.extract.gazetteer import places

from .extract_fingerprint import _LINEAR_PIECES, _repeat
from .profile_ingest import STAGES, stage_timers

ROOT = Path(__file__).resolve().parent.parent


def _shapes(size: int) -> list[tuple[str, str]]:
    sys.path.insert(0, str(ROOT))
    from tests.test_linear_entities import KINDS, _shape

    out = [(kind, _shape(kind, size, random.Random(7))) for kind in KINDS]
    out += [(repr(piece[:24]), _repeat(piece, size)) for piece in _LINEAR_PIECES]
    # Real reports made odd: the wild corpus joined into one document, then as a careless export
    # or a conversion leaves it (capitals, no punctuation, one line)
    wild = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "wild").glob("*.txt")))
    for label, odd in (
        ("wild reports joined", wild),
        ("wild, in capitals", wild.upper()),
        ("wild, in title case", wild.title()),
        ("wild, no punctuation", re.sub(r"[^\w\s]", "", wild)),
        ("wild, on one line", " ".join(wild.split())),
    ):
        out.append((label, _repeat(odd, size)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="extract() on 1 MB pathological shapes.")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per document")
    parser.add_argument("--only", default="", help="only the shapes whose name holds this text")
    parser.add_argument("--over", type=float, default=2.0, help="mark shapes slower than this many CPU s")
    args = parser.parse_args()
    places()
    extract("Warm-up: Ana López, 34, of the Kenya Police was arrested in Mombasa (PTI).")  # the name lists load once
    entity_stages = {label for label, module, _ in STAGES if module.endswith("resolution")}
    worst = 0.0
    with stage_timers() as times:
        for name, text in _shapes(args.size):
            if args.only not in name:
                continue
            times.clear()
            start = time.process_time()
            extract(text)
            seconds = time.process_time() - start
            worst = max(worst, seconds)
            times["entities' own"] = times.pop("find_entities", 0.0) - sum(times[s] for s in entity_stages)
            top = sorted(times.items(), key=lambda kv: -kv[1])[:4]
            costs = ", ".join(f"{label} {t:.2f}" for label, t in top)
            mark = "over" if seconds > args.over else ""
            print(f"{seconds:6.2f} s {mark:<5}{name:<28} {costs}", flush=True)
    print(f"slowest: {worst:.2f} CPU s for {args.size / 1e6:.1f} MB on one core (load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
