"""A digest of every extraction result, to prove a speed change alters none.

    python -m benchmarks.extract_fingerprint record  [--out FILE] [--big]
    python -m benchmarks.extract_fingerprint compare [--out FILE] [--big]

Runs ``store.extract.extract`` over the dev reports (``../shared/eval/dev``),
the wild corpus (``tests/wild``), 2,000 benchmark-corpus reports
(``benchmarks.corpus.generate(2000, 1)``) and the pathological shapes of the
linearity tests (each at 100 KB, or at 1 MB with ``--big``), and hashes each
result: title, date, every entity (type, name, key, alias, year, every
mention span), every figure (every field) and every operation. ``record``
writes one digest per input to ``--out`` (a JSON file, not committed);
``compare`` recomputes them and lists every input whose result changed, with
the first field that differs, and exits non-zero if any did. It runs with
``PYTHONHASHSEED=0`` (it restarts itself so): a few results depend on the
order of a set of strings.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from store.extract import extract
from store.extract.gazetteer import places

from .corpus import generate
from .figure_shapes import SHAPES

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
WILD = ROOT / "tests" / "wild"
DEFAULT_OUT = Path("/tmp") / f"extract-fingerprint-{ROOT.name}.json"

# The pieces of tests/test_linear_extract.py, repeated to a length.
_LINEAR_PIECES = [
    "1 ",
    "arrested 5 ",
    "A-",
    "Lionfish-Trigger-",
    "Operation ",
    "operations: ",
    "Kenya Police and ",
    "seized 1,204.5 kg of cocaine ",
    "the suspects were ",
    "Ana María López, 34, ",
    "(2 in Latvia, 9 in Moldova) ",
    "- 318 ",
    "INTERPOL ",
    "Чернігів 中国 بغداد ",
    "$9 million ",
    "2023-06-02 ",
    "12 ",
    "III ",
    "“",
    "in the village of ",
    "Previous operations: " + "X " * 40 + ". ",
    "Police seized 5/- cash. ",
    "the operation began in 2008 and officers arrested people ",
    # (arrests by offence set apart by semicolons: each number a part that goes the whole way through the figures)
    "12 for fraud; ",
    # (a named drive, then paragraphs opening on another: each one an aside)
    "Operation Ab seized 5 kg.\nIn a big operation in Cd, 4 were held.\n",
    # ("to" inside a codename: whether its line is a title-case headline, read near it)
    "Operation Ab to Cd to Ef to Gh to ",
    # (a bracket of parts, each after its place: every number a national part of the arrests before it)
    "27 arrests (Austria: 6, Bulgaria: 9, Germany: 4, Hungary: 3, Romania: 2, Serbia: 3). ",
    # (a seizure valued as the harm done to crime: the harm's words looked for after each cue)
    "The economic impact on the criminal organizations is almost 1.90 million pesos. ",
]


def _repeat(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def inputs(big: bool = False) -> Iterator[tuple[str, str]]:
    """(label, text) of every input the digest covers."""
    for path in sorted(DEV.glob("*.txt")):
        yield f"dev/{path.name}", path.read_text(encoding="utf-8")
    for path in sorted(WILD.glob("*.txt")):
        yield f"wild/{path.name}", path.read_text(encoding="utf-8")
    for i, (_, text) in enumerate(generate(2000, 1)):
        yield f"corpus/{i:04d}", text
    size = 1_000_000 if big else 100_000
    sys.path.insert(0, str(ROOT))
    from tests.test_linear_entities import KINDS, _shape

    for kind in KINDS:
        yield f"linear-entities/{kind}", _shape(kind, size, random.Random(7))
    for n, piece in enumerate(_LINEAR_PIECES):
        yield f"linear-extract/{n:02d}", _repeat(piece, size // 5)
    for i, a in enumerate(_LINEAR_PIECES[:8]):
        for b in _LINEAR_PIECES[8:16]:
            yield f"linear-pairs/{i:02d}-{b[:12]}", _repeat(a + b, 20_000)
    for name, piece in SHAPES.items():
        yield f"figure-shapes/{name}", _repeat(piece, size // 2)


def _canonical(result) -> dict:
    return dataclasses.asdict(result)


def _digest(canonical: dict) -> str:
    return hashlib.sha256(repr(canonical).encode("utf-8")).hexdigest()


def fingerprint(big: bool = False) -> tuple[dict[str, str], dict[str, dict], float]:
    places()
    digests: dict[str, str] = {}
    results: dict[str, dict] = {}
    cpu = 0.0
    for label, text in inputs(big):
        start = time.process_time()
        result = extract(text)
        cpu += time.process_time() - start
        canonical = _canonical(result)
        digests[label] = _digest(canonical)
        results[label] = canonical
    return digests, results, cpu


def _first_difference(a, b, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in a.keys() | b.keys():
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
    return f"{path}: {str(a)[:200]!r} != {str(b)[:200]!r}"


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Some results depend on the order of a set of strings (a few of the 2,000
        # reports change with the hash seed), so the digest is taken with one fixed seed.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, "-m", "benchmarks.extract_fingerprint", *sys.argv[1:]], env)
    parser = argparse.ArgumentParser(description="Digest of every extraction result.")
    parser.add_argument("what", choices=["record", "compare"])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--big", action="store_true", help="pathological shapes at 1 MB, not 100 KB")
    parser.add_argument("--show", type=int, default=30, help="changed results shown of each kind (dev, wild, …)")
    args = parser.parse_args()
    out = args.out.with_suffix(".big.json") if args.big else args.out
    digests, results, cpu = fingerprint(args.big)
    total = hashlib.sha256("".join(f"{k}={v}\n" for k, v in sorted(digests.items())).encode()).hexdigest()
    print(f"{len(digests)} inputs, digest {total[:16]}, extraction {cpu:.1f} CPU s")
    if args.what == "record":
        out.write_text(json.dumps({"digests": digests, "results": results}, ensure_ascii=False))
        print(f"recorded in {out}")
        return
    recorded = json.loads(out.read_text())
    changed = [k for k in recorded["digests"].keys() | digests.keys() if recorded["digests"].get(k) != digests.get(k)]
    by_kind: dict[str, list[str]] = {}
    for label in sorted(changed):
        by_kind.setdefault(label.split("/")[0], []).append(label)
    for labels in by_kind.values():  # the first few of each kind: a change to the corpus hides none to the wild
        for label in labels[: args.show]:
            old = recorded["results"].get(label)
            new = json.loads(json.dumps(results.get(label), ensure_ascii=False))
            print(f"CHANGED {label}: {_first_difference(old, new)}")
    if changed:
        print(", ".join(f"{kind} {len(labels)}" for kind, labels in by_kind.items()))
        print(f"{len(changed)} of {len(digests)} results changed")
        sys.exit(1)
    print("every result identical")


if __name__ == "__main__":
    main()
