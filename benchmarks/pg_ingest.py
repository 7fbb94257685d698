"""Concurrent ``docket ingest`` processes into one PostgreSQL store (issue #16,
item 3), beside one ingest into SQLite.

A generated corpus (``benchmarks/corpus.py``) is split round-robin into K
folders; K real ``docket ingest`` processes start together, each on its
folder, into a new PostgreSQL store (a server started from the pgserver
wheel in a temporary folder). Printed per K: wall time, documents/s and
MB/s of the whole run, and whether the store's JSONL export equals the
SQLite store's (ids and times aside)::

    python -m benchmarks.pg_ingest --n 1000 --processes 1,2,4

``--no-sqlite`` leaves out the SQLite ingest (half an hour at 100,000
documents here): each PostgreSQL store's export is then compared with the
first one's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import write_corpus

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-c", "from tui.cli import main; main()"]


def _export(where: str) -> list[dict]:
    out = subprocess.run([*CLI, "--db", where, "export"], cwd=REPO, capture_output=True, text=True, check=True).stdout

    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("id", "ingested_at", "document_id", "source")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return sorted((strip(json.loads(line)) for line in out.splitlines()), key=lambda r: r["sha256"])


def _differences(a, b, path: str = "") -> list[str]:
    if type(a) is not type(b) or not isinstance(a, (dict, list)):
        return [] if a == b else [f"{path}: {json.dumps(a)[:300]} != {json.dumps(b)[:300]}"]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)} items: {json.dumps(a)[:600]} != {json.dumps(b)[:600]}"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in _differences(x, y, f"{path}[{i}]")]
    keys = list(dict.fromkeys([*a, *b]))
    return [d for k in keys for d in _differences(a.get(k), b.get(k), f"{path}.{k}")]


def _explain(want: list[dict], got: list[dict], out: Path) -> None:
    """Which fields of which documents differ (the same sha256 on both sides)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    by_sha = {r["sha256"]: r for r in got}
    lines = []
    for a in want:
        b = by_sha.get(a["sha256"])
        if b is None:
            lines.append(f"{a['sha256'][:12]} missing")
            continue
        lines += [f"{a['sha256'][:12]} {d}" for d in _differences(a, b)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _split(files: list[Path], k: int, out: Path) -> list[Path]:
    folders = [out / f"part-{k}-{i}" for i in range(k)]
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for i, src in enumerate(files):
        shutil.copy(src, folders[i % k] / src.name)
    return folders


def _run(where: str, folders: list[Path]) -> float:
    t0 = time.monotonic()
    procs = [
        subprocess.Popen([*CLI, "--db", where, "ingest", "-q", str(f)], cwd=REPO, stderr=subprocess.PIPE, text=True)
        for f in folders
    ]
    for p in procs:
        _, err = p.communicate()
        if p.returncode not in (0, 1):
            raise SystemExit(f"ingest failed: {err.strip().splitlines()[-1:]}")
        if p.returncode:  # (1: some files not stored; the reason is on the last lines)
            print(f"ingest exited with 1: {' | '.join(err.strip().splitlines()[-3:])}", file=sys.stderr)
    return time.monotonic() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--diff", type=Path, default=None, help="Folder for a list of what differs from SQLite.")
    parser.add_argument("--no-sqlite", action="store_true", help="Compare with the first PostgreSQL run instead.")
    args = parser.parse_args()
    import pgserver
    import psycopg

    work = Path(tempfile.mkdtemp(prefix="docket-pg-bench-"))
    server = None
    try:
        corpus = work / "corpus"
        size = write_corpus(corpus, args.n, args.seed)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        mb = size / 1e6
        t0 = time.monotonic()
        server = pgserver.get_server(work / "pg", cleanup_mode="stop")
        started = time.monotonic() - t0
        base = f"postgresql://postgres@/{{}}?host={work / 'pg'}"
        print(f"{args.n:,} documents, {mb:.1f} MB of text; PostgreSQL server started in {started:.1f} s")
        want = None
        against = "the first run's" if args.no_sqlite else "SQLite's"
        print(f"| Store | Processes | Ingest s | Docs/s | MB/s | Export = {against} |")
        print("|---|---|---|---|---|---|", flush=True)
        if not args.no_sqlite:
            sqlite_store = work / "sqlite" / "docket.db"
            t_sqlite = _run(str(sqlite_store), [corpus])
            want = _export(str(sqlite_store))
            print(f"| SQLite | 1 | {t_sqlite:.1f} | {args.n / t_sqlite:.0f} | {mb / t_sqlite:.2f} | — |", flush=True)
        for k in [int(x) for x in args.processes.split(",")]:
            name = f"bench{k}"
            with psycopg.connect(base.format("postgres"), autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {name}")
            where = base.format(name)
            folders = _split(files, k, work)
            seconds = _run(where, folders)
            got = _export(where)
            if want is None:
                want, same = got, "—"
            else:
                same = str(got == want)
                if got != want and args.diff:
                    _explain(want, got, args.diff / f"diff-{k}.txt")
            row = f"| PostgreSQL | {k} | {seconds:.1f} | {args.n / seconds:.0f} | {mb / seconds:.2f} | {same} |"
            print(row, flush=True)
    finally:
        if server is not None:
            server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
