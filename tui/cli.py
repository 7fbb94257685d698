"""The ``docket`` command line.

``docket`` alone opens the app; subcommands ingest, export and so on.
Textual is imported only by the command that opens the app, so scripted
commands start fast and run where no terminal is attached.

Exit codes: 0 success; 1 the run finished but some files were skipped;
2 a usage error (bad option or argument); 3 the store cannot be used.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from store.db import StoreError, create_store, default_store_path, open_writer, store_exists
from store.text import visible

from . import __version__

EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_STORE = 3


def _fail(message: str, code: int = EXIT_STORE) -> None:
    click.echo(f"docket: {visible(message)}", err=True)
    sys.exit(code)


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db PATH`` on every command (``DOCKET_DB`` sets it too)."""

    @click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Store file (default: $DOCKET_DB, else $XDG_DATA_HOME/docket/docket.db).",
    )
    @click.pass_context
    @functools.wraps(fn)
    def wrapper(ctx: click.Context, db_path: Path | None, **kwargs: Any) -> Any:
        if db_path is None:
            db_path = (ctx.obj or {}).get("db_path") or default_store_path()
        return ctx.invoke(fn, db_path=db_path, **kwargs)

    return wrapper


@click.group(
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "-V", "--version", prog_name="docket")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Store file (default: $DOCKET_DB, else $XDG_DATA_HOME/docket/docket.db).",
)
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None) -> None:
    """docket: explore law-enforcement documents, the entities they mention
    and the figures of each operation, from the keyboard.

    Run without a command to open the app. The first run creates the store
    and fills it with the bundled seed documents.
    """
    ctx.obj = {"db_path": db_path}
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_cmd, db_path=db_path)


def _progress_printer(quiet: bool) -> Callable[[int, int, Path, str], None]:
    def show(done: int, total: int, path: Path, outcome: str) -> None:
        if outcome in ("stored", "duplicate"):
            if not quiet:
                click.echo(f"[{done}/{total}] {outcome}: {visible(str(path))}", err=True)
        else:
            click.echo(f"skipped: {visible(str(path))}: {visible(outcome)}", err=True)

    return show


def ensure_store(db_path: Path, *, quiet: bool = False) -> None:
    """Create the store and ingest the bundled seeds when it does not exist."""
    if store_exists(db_path):
        return
    from seeds import seed_paths, source_name

    click.echo(f"Creating a new store at {visible(str(db_path))}", err=True)
    try:
        create_store(db_path)
        db = open_writer(db_path)
    except (OSError, StoreError) as exc:
        _fail(f"cannot create store {db_path}: {exc}")
    from store.ingest import ingest_paths

    paths = seed_paths()
    click.echo(f"Ingesting {len(paths)} bundled seed document(s)…", err=True)
    report = ingest_paths(db, paths, on_file=_progress_printer(quiet), source_name=source_name)
    db.close()
    click.echo(f"Seeds: {report.stored} stored.", err=True)


@cli.command("open")
@db_option
def open_cmd(db_path: Path) -> None:
    """Open the app on the store (the default command)."""
    ensure_store(db_path)
    from store.db import connect

    try:
        connect(db_path).close()
    except StoreError as exc:
        _fail(str(exc))
    from .app import make_app

    make_app(db_path).run()


@cli.command()
@db_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only skipped files and the summary.")
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Refuse files larger than this many megabytes.",
)
def ingest(db_path: Path, paths: tuple[Path, ...], quiet: bool, max_size: int) -> None:
    """Add files and folders (.txt, .md) to the store.

    The same bytes are never stored twice, so running an ingest again
    finishes an interrupted one. Exits 1 when any file was skipped.
    """
    from store.ingest import ingest_paths

    if not store_exists(db_path):
        try:
            create_store(db_path)
        except OSError as exc:
            _fail(f"cannot create store {db_path}: {exc}")
    try:
        db = open_writer(db_path)
    except StoreError as exc:
        _fail(str(exc))
    report = ingest_paths(db, paths, max_bytes=max_size * 1024 * 1024, on_file=_progress_printer(quiet))
    db.close()
    for path, warning in report.warnings:
        click.echo(f"warning: {visible(path)}: {visible(warning)}", err=True)
    parts = [f"{report.stored} stored", f"{report.duplicates} duplicate(s)"]
    skipped = f"{report.skipped_total} skipped"
    if report.skipped:
        skipped += " (" + ", ".join(f"{n} {reason}" for reason, n in report.skipped.most_common()) + ")"
    parts.append(skipped)
    click.echo("Summary: " + ", ".join(parts), err=True)
    if report.skipped_total:
        sys.exit(EXIT_SKIPPED)


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl"]),
    default="jsonl",
    show_default=True,
    help="Output format (JSON Lines: one document per line).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
def export(db_path: Path, fmt: str, output: Path | None) -> None:
    """Export every document with its entities and operation figures."""
    from store.export import write_jsonl
    from store.queries import Reader

    if not store_exists(db_path):
        _fail(f"{db_path}: no such store")
    try:
        reader = Reader(db_path)
        reader.stats()
    except StoreError as exc:
        _fail(str(exc))
    try:
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                n = write_jsonl(reader, fh)
            click.echo(f"Exported {n} document(s) to {visible(str(output))}", err=True)
        else:
            write_jsonl(reader, sys.stdout)
    except BrokenPipeError:
        # The reader went away (`docket export | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_SKIPPED)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_SKIPPED)
    finally:
        reader.close()


@cli.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List each document's misses and false alarms.")
def eval_cmd(folder: Path, as_json: bool, verbose: bool) -> None:
    """Score extraction against gold annotations.

    Ingests FOLDER/*.txt into a temporary store and compares what it holds
    with each FOLDER/*.json (the shared/eval format): precision, recall and
    F1 per entity type and for operation figures.
    """
    import json

    from store.evaluate import evaluate_dir

    result = evaluate_dir(folder)
    if as_json:
        click.echo(json.dumps(result.as_dict(), indent=2, ensure_ascii=True))
        return
    click.echo(f"{len(result.documents)} document(s) scored in {visible(str(folder))}\n")
    click.echo(f"{'':<28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}")
    rows = [(t, s) for t, s in result.entities.items()]
    rows += [("entities (micro)", result.micro)]
    rows += [("figures", result.figures), ("figures, any operation", result.figures_any_operation)]
    for label, s in rows:
        click.echo(f"{label:<28}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    if verbose:
        for doc in result.documents:
            click.echo(f"\n== {visible(doc['doc'])}")
            for etype, d in doc["entities"].items():
                if d["missed"] or d["false_alarms"]:
                    click.echo(f"  {etype}: missed {visible(str(d['missed']))}")
                    click.echo(f"  {etype}: false alarms {visible(str(d['false_alarms']))}")
            for what in ("missed", "false_alarms"):
                for fig in doc["figures"][what]:
                    click.echo(f"  figure {what.replace('_', ' ')}: {visible(str(fig))}")


def main() -> None:
    """Console-script entry point."""
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("docket: interrupted", err=True)
        sys.exit(130)
