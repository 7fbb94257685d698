"""Extraction speed across commits, on the same texts: where the extractor got slower.

    python -m benchmarks.speed_history COMMIT [COMMIT ...] [--n 400] [--seed 1] [--passes 2]
    python -m benchmarks.speed_history --every 70 --since 2026-11-30

For each commit, ``git archive`` writes its tree to a temporary folder, and a fresh Python process imports that
tree's ``store.extract`` and times ``extract`` over the same reports: this tree's benchmark corpus
(``benchmarks.corpus.generate(n, seed)``), written once to a file, so every commit reads identical text whatever its
own corpus generator was. Prints MB per CPU second (``time.process_time``, the best of ``--passes`` passes, after
one warm-up document): the CPU time of one core, which the machine's other work moves less than wall time. A
commit whose tree cannot extract (a missing dependency, an older layout) prints its error's last line instead.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .corpus import generate

ROOT = Path(__file__).resolve().parent.parent

# Run inside the archived tree: its own store.extract, the shared texts, the best pass.
_TIMER = """
import gc, json, sys, time
texts = json.load(open(sys.argv[1], encoding="utf-8"))
passes = int(sys.argv[2])
from store.extract import extract
try:
    from store.extract.gazetteer import places
    places()
except ImportError:
    pass
extract(texts[0])
gc.freeze()
size = sum(len(t.encode("utf-8")) for t in texts)
times = []
for _ in range(passes):
    start = time.process_time()
    for text in texts:
        extract(text)
    times.append(time.process_time() - start)
print(f"{size / 1e6 / min(times):.3f}")
"""


def _commits(every: int, since: str) -> list[str]:
    out = subprocess.run(
        ["git", "log", "--format=%h", "--reverse", f"--since={since}"], cwd=ROOT, capture_output=True, text=True
    )
    commits = out.stdout.split()
    picked = commits[::every] if every > 0 else commits
    if commits and picked[-1] != commits[-1]:
        picked.append(commits[-1])
    return picked


def measure_commit(commit: str, texts_file: Path, passes: int) -> str:
    """MB per CPU second of ``commit``'s extractor over the texts in ``texts_file``, or its error's last line."""
    with tempfile.TemporaryDirectory() as tree:
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, capture_output=True)
        if archive.returncode != 0:
            return "no such commit"
        subprocess.run(["tar", "-x", "-C", tree], input=archive.stdout, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _TIMER, str(texts_file), str(passes)],
            cwd=tree,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": tree, "PYTHONHASHSEED": "0"},
        )
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines()
            return "failed: " + (lines[-1] if lines else f"exit {done.returncode}")
        return done.stdout.strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Extraction speed across commits, on the same texts.")
    parser.add_argument("commits", nargs="*", help="commits to time (default: see --every)")
    parser.add_argument("--n", type=int, default=400, help="benchmark-corpus reports to extract")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--passes", type=int, default=2, help="passes per commit; the fastest is reported")
    parser.add_argument("--every", type=int, default=0, help="without commits: every Nth commit since --since")
    parser.add_argument("--since", default="2026-11-30")
    args = parser.parse_args(argv)
    commits = args.commits or _commits(args.every, args.since)
    with tempfile.TemporaryDirectory() as scratch:
        texts_file = Path(scratch) / "texts.json"
        texts_file.write_text(json.dumps([text for _, text in generate(args.n, args.seed)]), encoding="utf-8")
        for commit in commits:
            date = subprocess.run(
                ["git", "log", "-1", "--format=%ad", "--date=format:%Y-%m-%d %H:%M", commit],
                cwd=ROOT,
                capture_output=True,
                text=True,
            ).stdout.strip()
            print(
                f"{commit} {date or '?':16} {measure_commit(commit, texts_file, args.passes)} MB per CPU s", flush=True
            )


if __name__ == "__main__":
    main()
