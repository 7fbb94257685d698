"""The ``docket`` command line.

``docket`` alone opens the app; subcommands ingest, export and so on.
Textual is imported only by the command that opens the app, so scripted
commands start fast and run where no terminal is attached.

Exit codes: 0 success; 1 the run finished but some files were skipped (or
nothing matched); 2 a usage error (bad option or argument); 3 the store
cannot be used; 4 ``docket check`` found a problem.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.text import Text

from store.db import StoreError, create_store, default_store_path, open_writer, store_exists
from store.text import visible

from . import __version__

EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_STORE = 3
EXIT_CHECK = 4


def _fail(message: str, code: int = EXIT_STORE) -> None:
    click.echo(f"docket: {visible(message)}", err=True)
    sys.exit(code)


def _audit(db_path: Path, action: str, detail: str, outcome: str) -> None:
    """Append to the store's audit trail; say so when it cannot be written."""
    from store.maintenance import audit

    if not audit(db_path, action, detail, outcome):
        click.echo(f"docket: note: {action} not recorded in the audit trail (the store is read-only)", err=True)


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
@click.option("--read-only", is_flag=True, help="Open the app without ever writing to the store.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, read_only: bool) -> None:
    """docket: explore law-enforcement documents, the entities they mention
    and the figures of each operation, from the keyboard.

    Run without a command to open the app. The first run creates the store
    and fills it with the bundled seed documents.
    """
    ctx.obj = {"db_path": db_path}
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_cmd, db_path=db_path, read_only=read_only)


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
@click.option("--read-only", is_flag=True, help="Never write: no store created, no upgrade, no audit record.")
def open_cmd(db_path: Path, read_only: bool = False) -> None:
    """Open the app on the store (the default command)."""
    if read_only:
        if not store_exists(db_path):
            _fail(f"{db_path}: no such store (--read-only never creates one)")
    else:
        ensure_store(db_path)
    from store.db import connect

    try:
        connect(db_path).close()
        if not read_only:
            open_writer(db_path).close()  # upgrades an older schema, after a backup
    except StoreError as exc:
        _fail(str(exc))
    from .app import make_app

    if not read_only:
        _audit(db_path, "open", "app", "opened")
    make_app(db_path, read_only=read_only).run()


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
@click.option("--follow-links", is_flag=True, help="Follow links that point outside the folders given.")
def ingest(db_path: Path, paths: tuple[Path, ...], quiet: bool, max_size: int, follow_links: bool) -> None:
    """Add files and folders (.txt, .md, .html, .pdf) to the store.

    The same bytes are never stored twice, so running an ingest again
    finishes an interrupted one. Exits 1 when any file was skipped.
    """
    from store.ingest import ingest_paths

    if not store_exists(db_path):
        try:
            create_store(db_path)
        except OSError as exc:
            _fail(f"cannot create store {db_path}: {exc}")
    from store.maintenance import ingest_lock

    def waiting() -> None:
        click.echo("docket: another ingest is writing to this store; waiting for it to finish…", err=True)

    with ingest_lock(db_path, on_wait=waiting):
        try:
            db = open_writer(db_path)
        except StoreError as exc:
            _fail(str(exc))
        try:
            report = ingest_paths(
                db,
                paths,
                max_bytes=max_size * 1024 * 1024,
                on_file=_progress_printer(quiet),
                follow_links=follow_links,
            )
        finally:
            db.close()
    _audit(
        db_path,
        "ingest",
        " ".join(str(p) for p in paths)[:2000],
        f"{report.stored} stored, {report.duplicates} duplicate(s), {report.skipped_total} skipped",
    )
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


def open_reader(db_path: Path):
    """A Reader on an existing store, or one clear line and exit 3."""
    from store.db import connect
    from store.queries import Reader

    if not store_exists(db_path):
        _fail(f"{db_path}: no such store (create one with `docket ingest` or `docket`)")
    try:
        connect(db_path).close()
    except StoreError as exc:
        _fail(str(exc))
    reader = Reader(db_path)
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.call_on_close(reader.close)  # no connection outlives the command
    return reader


def format_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--json`` / ``--csv`` on every query command."""
    fn = click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values, for spreadsheets.")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="JSON, for scripts.")(fn)
    return fn


def _fmt(as_json: bool, as_csv: bool) -> str | None:
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else None


ENTITY_TYPE = click.Choice(["PERSON", "ORG", "LOCATION", "OPERATION"], case_sensitive=False)


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "ftm"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one document per line (the contract in the README); csv: documents, entities, "
    "mentions and figures files (needs -o FOLDER); ftm: FollowTheMoney entities for Aleph.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (a folder for --format csv); standard output if omitted.",
)
@click.option("--entity", default=None, help="Only documents that mention this entity.")
@click.option("--operation", default=None, help="Only documents that mention this operation.")
@click.option("--search", "search_query", default=None, help="Only documents matching this full-text search.")
@click.option(
    "--manifest",
    is_flag=True,
    help="Also write MANIFEST.json beside the output: every file with its sha256, "
    "the docket version and the store's identity.",
)
def export(
    db_path: Path,
    fmt: str,
    output: Path | None,
    entity: str | None,
    operation: str | None,
    search_query: str | None,
    manifest: bool,
) -> None:
    """Export documents with their entities, figures and evidence."""
    from store.export import select_documents, write_csv, write_ftm, write_jsonl, write_manifest

    if fmt == "csv" and output is None:
        raise click.UsageError("--format csv writes four files: give a folder with -o")
    if manifest and output is None:
        raise click.UsageError("--manifest needs -o")
    reader = open_reader(db_path)
    ids = select_documents(reader, entity=entity, operation=operation, search=search_query)
    writer = write_ftm if fmt == "ftm" else write_jsonl
    try:
        if fmt == "csv":
            files = write_csv(reader, output, ids)
            manifest_path = output / "MANIFEST.json"
            click.echo(f"Exported {len(files)} files to {visible(str(output))}", err=True)
        elif output:
            with open(output, "w", encoding="utf-8") as fh:
                n = writer(reader, fh, ids)
            files = [output]
            manifest_path = output.with_name("MANIFEST.json")
            what = "entities" if fmt == "ftm" else "document(s)"
            click.echo(f"Exported {n} {what} to {visible(str(output))}", err=True)
        else:
            writer(reader, sys.stdout, ids)
            files = []
        if manifest:
            write_manifest(reader, files, manifest_path, version=__version__, fmt=fmt)
            click.echo(f"Manifest: {visible(str(manifest_path))}", err=True)
        filters = {"entity": entity, "operation": operation, "search": search_query}
        detail = f"format={fmt} output={output or 'stdout'} " + " ".join(f"{k}={v!r}" for k, v in filters.items() if v)
        _audit(db_path, "export", detail, f"{'all' if ids is None else len(ids)} document(s)")
    except BrokenPipeError:
        # The reader went away (`docket export | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_SKIPPED)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_SKIPPED)
    finally:
        reader.close()


@cli.command()
@db_option
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many results.")
@format_options
def search(db_path: Path, query: str, limit: int, as_json: bool, as_csv: bool) -> None:
    """Full-text search of titles and text, best first.

    Words are searched as typed (FTS syntax such as AND, quotes or col:term
    is plain text); a trailing * asks for a prefix: docket search 'cocain*'.
    """
    from store.queries import HIT_END, HIT_START, fts_query

    from .output import emit

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    if fts_query(query) is None:
        click.echo("docket: nothing searchable in that query: type letters or digits", err=True)
        sys.exit(EXIT_USAGE)
    rows = reader.search(query, 0, limit)
    _audit(db_path, "search", query[:500], f"{len(rows)} result(s) shown")
    for row in rows:
        snippet = (row["snippet"] or "").replace(HIT_START, "«").replace(HIT_END, "»")
        row["snippet"] = " ".join(snippet.split())
    columns = [("id", "Id"), ("title", "Title"), ("source", "Source"), ("snippet", "Snippet")]
    emit(rows, columns, fmt, title=f"{reader.count_search(query)} match(es)")


@cli.command()
@db_option
@click.option("--type", "etype", type=ENTITY_TYPE, default=None, help="Only this type.")
@click.option("--prefix", default=None, help="Names that start with this (case- and accent-insensitive).")
@click.option("--contains", default=None, help="Names that contain this.")
@click.option(
    "--sort",
    type=click.Choice(["mentions", "documents", "name"]),
    default="mentions",
    show_default=True,
    help="Order of the list.",
)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="How many entities.")
@format_options
def entities(
    db_path: Path,
    etype: str | None,
    prefix: str | None,
    contains: str | None,
    sort: str,
    limit: int,
    as_json: bool,
    as_csv: bool,
) -> None:
    """List entities with their mention and document counts."""
    from .output import emit

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    etype = etype.upper() if etype else None
    if prefix:
        rows = reader.entities_with_prefix(prefix, etype, limit)
    else:
        rows = reader.entities(contains or "", etype, limit=limit, sort=sort)
    columns = [
        ("id", "Id"),
        ("type", "Type"),
        ("name", "Name"),
        ("mention_count", "Mentions"),
        ("document_count", "Documents"),
    ]
    emit(rows, columns, fmt)


@cli.command()
@db_option
@click.argument("name")
@click.option("--type", "etype", type=ENTITY_TYPE, default=None, help="Only an entity of this type.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="How many documents and co-occurring entities.",
)
@format_options
def entity(db_path: Path, name: str, etype: str | None, limit: int, as_json: bool, as_csv: bool) -> None:
    """One entity: the documents that mention it (with the sentence) and the
    entities found with it."""
    from .output import emit, emit_json

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    row = reader.find_entity(name, etype.upper() if etype else None)
    if row is None:
        _fail(f"no entity matches {name!r}", EXIT_SKIPPED)
    docs = reader.entity_documents(row["id"], 0, limit)
    cooc = reader.cooccurring(row["id"], limit)
    if fmt == "json":
        emit_json({"entity": row, "documents": docs, "cooccurring": cooc})
        return
    doc_cols = [("id", "Id"), ("title", "Title"), ("mentions", "Mentions"), ("context", "Context")]
    if fmt == "csv":
        emit(docs, doc_cols, "csv")
        return
    click.echo(
        visible(f"{row['type']} {row['name']}: {row['mention_count']} mentions in {row['document_count']} document(s)")
    )
    emit(docs, doc_cols, None, title="Documents")
    emit(cooc, [("type", "Type"), ("name", "Name"), ("shared", "Shared documents")], None, title="Found with")


@cli.command()
@db_option
@click.option(
    "--sort",
    type=click.Choice(["documents", "name", "year", "arrests", "seizures", "other"]),
    default="documents",
    show_default=True,
    help="Order of the list.",
)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="How many operations.")
@format_options
def operations(db_path: Path, sort: str, limit: int, as_json: bool, as_csv: bool) -> None:
    """Operations with their year, arrests, seizure and other figures, and
    documents. A figure reported by several documents counts once."""
    from .output import emit

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    rows = reader.operations(limit=limit, sort=sort)
    columns = [
        ("id", "Id"),
        ("name", "Operation"),
        ("year", "Year"),
        ("arrests", "Arrests"),
        ("seizures", "Seizures"),
        ("other", "Other"),
        ("documents", "Documents"),
    ]
    emit(rows, columns, fmt)


@cli.command()
@db_option
@click.argument("doc")
@click.option("--json", "as_json", is_flag=True, help="The document, its mentions and figures as JSON.")
def show(db_path: Path, doc: str, as_json: bool) -> None:
    """Print one document (by id, sha256 prefix or source) with its mentions
    marked: styled on a terminal, «name»[TYPE] when piped."""
    from store.export import document_record

    from .output import console, emit_json

    reader = open_reader(db_path)
    doc_id = reader.resolve_document(doc)
    if doc_id is None:
        _fail(f"no document matches {doc!r} (give an id, a sha256 prefix or a source)", EXIT_SKIPPED)
    row = reader.document(doc_id)
    mentions = reader.document_mentions(doc_id)
    if as_json:
        record = document_record(reader, doc_id)
        record["text"] = row["text"]
        record["mentions"] = mentions
        emit_json(record)
        return
    text = row["text"]
    if sys.stdout.isatty():
        from .reader import highlighted_text

        out = console()
        out.print(Text(visible(f"{row['title']}\n{row['source']} · sha256 {row['sha256']}\n"), style="bold"))
        out.print(highlighted_text(text, mentions).text)
        return
    parts, pos = [], 0
    for m in mentions:
        if m["start"] < pos:
            continue
        parts.append(visible(text[pos : m["start"]], keep_newlines=True))
        parts.append(f"«{visible(text[m['start'] : m['end']])}»[{m['type']}]")
        pos = m["end"]
    parts.append(visible(text[pos:], keep_newlines=True))
    sys.stdout.write("".join(parts) + "\n")


@cli.command()
@db_option
@format_options
def stats(db_path: Path, as_json: bool, as_csv: bool) -> None:
    """How much the store holds: documents, entities by type, mentions, figures."""
    from .output import emit, emit_json

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    counts = reader.stats()
    counts.update({f"entities_{k.lower()}": v for k, v in reader.entity_type_counts().items()})
    if fmt == "json":
        emit_json(counts)
        return
    emit([{"what": k, "count": v} for k, v in counts.items()], [("what", "What"), ("count", "Count")], fmt)


@cli.command()
@db_option
def check(db_path: Path) -> None:
    """Check a store: SQLite integrity, foreign keys, the full-text index,
    and that every count agrees with the mentions and figures behind it.
    Exits 4 when something is wrong."""
    from store.maintenance import check_store

    open_reader(db_path).close()
    findings = check_store(db_path)
    for ok, message in findings:
        click.echo(f"{'ok     ' if ok else 'PROBLEM'}  {visible(message)}")
    if not all(ok for ok, _ in findings):
        sys.exit(EXIT_CHECK)


@cli.command()
@db_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
def backup(db_path: Path, dest: Path) -> None:
    """Copy the store, with what its -wal file holds, to DEST (a new file),
    using SQLite's backup API: safe while the app or an ingest is running."""
    from store.maintenance import backup_store

    open_reader(db_path).close()
    try:
        backup_store(db_path, dest)
    except (StoreError, OSError) as exc:
        _fail(str(exc) if isinstance(exc, StoreError) else f"cannot write {dest}: {exc.strerror or exc}")
    click.echo(f"Backed up {visible(str(db_path))} to {visible(str(dest))}", err=True)


@cli.command("audit")
@db_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="How many records, newest first."
)
@format_options
def audit_cmd(db_path: Path, limit: int, as_json: bool, as_csv: bool) -> None:
    """Show the audit trail: every ingest, search, export and app opening,
    with the OS user, UTC time and outcome. It is append-only."""
    from store.maintenance import read_audit

    from .output import emit

    fmt = _fmt(as_json, as_csv)
    open_reader(db_path).close()
    try:
        rows = read_audit(db_path, limit)
    except StoreError as exc:
        _fail(str(exc))
    columns = [
        ("at", "When (UTC)"),
        ("user", "User"),
        ("action", "Action"),
        ("detail", "Detail"),
        ("outcome", "Outcome"),
    ]
    emit(rows, columns, fmt)


@cli.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List each document's misses and false alarms.")
def eval_cmd(folder: Path, as_json: bool, verbose: bool) -> None:
    """Score extraction against gold annotations.

    Ingests FOLDER/*.txt into a temporary store and compares what it holds
    with each FOLDER/*.json (the shared/eval format): precision, recall and
    F1 per entity type and for operation figures (also strictly: with the
    item and qualifier right as well).
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
    rows += [("figures, item+qualifier", result.figures_strict)]
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
            loose_extra = {tuple(f) for f in doc["figures"]["false_alarms"]}
            for fig in doc["figures_strict"]["false_alarms"]:
                if tuple(fig[:4]) not in loose_extra:
                    click.echo(f"  figure item/qualifier off: {visible(str(fig))}")


def main() -> None:
    """Console-script entry point."""
    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("docket: interrupted", err=True)
        sys.exit(130)
