"""The ``docket`` command line.

``docket`` alone opens the app; subcommands ingest, export and so on.
Textual is imported only by the command that opens the app, so scripted
commands start fast and run where no terminal is attached.

Exit codes: 0 success; 1 the run finished but some files were skipped (or
nothing matched: search, entities, entity, show, an export whose filter
selects nothing); 2 a usage error (bad option or argument, nothing to
search, no gold pairs for eval, no terminal for the app); 3 the store
cannot be used (or written: read-only, disk full, file-size limit;
including a store whose schema is not docket's); 4 ``docket check`` found
a problem; 5 interrupted (Ctrl-C or SIGTERM) — what was stored stays
stored, and running the same command again finishes.

Ingest, search, export, repair and the commands that read case material
are recorded in the store's audit trail however they end (:func:`audited`).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
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
EXIT_INTERRUPTED = 5


#: The last one-line failure, for the audit record of the action it ended.
_last_failure: str | None = None


def _fail(message: str, code: int = EXIT_STORE) -> None:
    global _last_failure
    _last_failure = message
    click.echo(f"docket: {visible(message)}", err=True)
    sys.exit(code)


def _audit(db_path: Path, action: str, detail: str, outcome: str, *, quiet: bool = False) -> None:
    """Append to the store's audit trail; say so when it cannot be written
    (unless ``quiet``: a failed action has already said what went wrong)."""
    from store.maintenance import audit

    if not audit(db_path, action, detail, outcome) and not quiet:
        click.echo(f"docket: note: {action} not recorded in the audit trail (the store is read-only)", err=True)


class Audited:
    """The record an :func:`audited` action leaves: set ``outcome``."""

    def __init__(self) -> None:
        self.outcome: str | None = None
        #: the action has said why it stopped (the store cannot be written): an audit trail it cannot write
        #: either gets no second line
        self.quiet = False


@contextlib.contextmanager
def audited(db_path: Path, action: str, detail: str) -> Iterator[Audited]:
    """Record ``action`` in the audit trail however it ends: the outcome the
    body set, ``failed: REASON`` when it raised or failed with a message,
    ``interrupted`` on Ctrl-C."""
    global _last_failure
    _last_failure = None
    record = Audited()
    try:
        yield record
    except KeyboardInterrupt:
        _audit(db_path, action, detail, "interrupted", quiet=True)
        raise
    except SystemExit as exc:
        if record.outcome is not None:
            _audit(db_path, action, detail, record.outcome)
        elif exc.code not in (0, None):
            _audit(db_path, action, detail, f"failed: {_last_failure or f'exit code {exc.code}'}", quiet=True)
        raise
    except BaseException as exc:
        _audit(db_path, action, detail, f"failed: {type(exc).__name__}: {exc}", quiet=True)
        raise
    else:
        _audit(db_path, action, detail, record.outcome or "done", quiet=record.quiet)


class StoreParam(click.ParamType):
    """``--db``: a store file, or a PostgreSQL store's ``postgresql://`` URL
    (never with a password in it: PGPASSWORD or ~/.pgpass give it)."""

    name = "store"
    _path = click.Path(dir_okay=False, path_type=Path)

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "PATH|URL"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from store.engines import is_postgres, is_postgres_url, location

        if is_postgres(value):
            return value
        if isinstance(value, str) and is_postgres_url(value):
            try:
                return location(value)
            except StoreError as exc:
                self.fail(str(exc), param, ctx)
        return self._path.convert(value, param, ctx)


STORE = StoreParam()
DB_HELP = (
    "Store file, or postgresql://USER@HOST/DATABASE for a team store (default: $DOCKET_DB, "
    "else $XDG_DATA_HOME/docket/docket.db)."
)


def _store_location(db_path: Any) -> Any:
    """The store the command names (one line and exit 2 for a bad $DOCKET_DB)."""
    if db_path is None:
        try:
            db_path = default_store_path()
        except StoreError as exc:
            _fail(f"DOCKET_DB: {exc}", EXIT_USAGE)
    return db_path


def db_option(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--db PATH|URL`` on every command (``DOCKET_DB`` sets it too)."""

    @click.option("--db", "db_path", type=STORE, default=None, help=DB_HELP)
    @click.pass_context
    @functools.wraps(fn)
    def wrapper(ctx: click.Context, db_path: Path | None, **kwargs: Any) -> Any:
        if db_path is None:
            db_path = (ctx.obj or {}).get("db_path")
        db_path = _store_location(db_path)
        return ctx.invoke(fn, db_path=db_path, **kwargs)

    return wrapper


@click.group(
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "-V", "--version", prog_name="docket")
@click.option("--db", "db_path", type=STORE, default=None, help=DB_HELP)
@click.option(
    "--read-only",
    is_flag=True,
    help="Open the app without changing the store (the opening is still audited when the file is writable).",
)
@click.option("--empty", is_flag=True, help="When the store does not exist, create it without the seed documents.")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, read_only: bool, empty: bool) -> None:
    """docket: explore law-enforcement documents, the entities they mention
    and the figures of each operation, from the keyboard.

    Run without a command to open the app. The first run creates the store
    and fills it with the bundled seed documents (--empty: without them;
    `docket remove-seeds` takes them out later).
    """
    ctx.obj = {"db_path": db_path}
    if ctx.invoked_subcommand is None:
        ctx.invoke(open_cmd, db_path=db_path, read_only=read_only, empty=empty)


class IngestOutput:
    """What ``docket ingest`` shows while it runs.

    On a terminal: a progress bar with the rate and the time left (rich),
    one line per problem above it, then the summary. Elsewhere (a pipe, a
    log): plain lines, one per file unless ``quiet``. Every path and reason
    goes through :func:`visible` and reaches rich as a ``Text``, never as
    markup.
    """

    def __init__(self, quiet: bool, *, bar: bool | None = None) -> None:
        self.quiet = quiet
        self.bar = (sys.stderr.isatty() and not quiet) if bar is None else bar
        self.progress = None
        self.task = None

    def __enter__(self) -> IngestOutput:
        if self.bar:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.progress = Progress(
                TextColumn("Ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=Console(stderr=True, highlight=False),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("ingest", total=None, rate="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def line(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(Text(text), soft_wrap=True)
        else:
            click.echo(text, err=True)

    def __call__(self, done: int, total: int, outcome) -> None:
        from store.ingest import Duplicate, Reextracted, Skipped, Stored

        path = visible(str(outcome.path))
        if isinstance(outcome, Skipped):
            self.line(f"skipped: {path}: {visible(outcome.message)}")
        else:
            for note in getattr(outcome, "notes", ()):
                self.line(f"warning: {path}: {visible(note.message)}")
            stopped = getattr(outcome, "stopped", None)
            if stopped:
                self.line(
                    f"extraction stopped: {visible(stopped)}: {path} "
                    "(stored searchable without extraction; retried on the next ingest)"
                )
            elif not self.quiet and self.progress is None:
                word = {Stored: "stored", Duplicate: "duplicate", Reextracted: "re-extracted"}[type(outcome)]
                self.line(f"[{done}/{total}] {word}: {path}")
        if self.progress is not None:
            task = self.progress.tasks[0]
            speed = task.speed
            self.progress.update(self.task, completed=done, total=total, rate=f"{speed:,.0f} files/s" if speed else "")


def ensure_store(db_path: Path, *, quiet: bool = False, empty: bool = False) -> int | None:
    """Create the store when it does not exist and ingest the bundled seeds
    into it (not with ``empty``). Returns how many seeds were stored in a
    new store, 0 for a new empty one, None when the store already existed."""
    if store_exists(db_path):
        return None
    from seeds import seed_paths, source_name

    click.echo(f"Creating a new store at {visible(str(db_path))}", err=True)
    try:
        create_store(db_path)
        db = open_writer(db_path)
    except (OSError, StoreError) as exc:
        _fail(f"cannot create store {db_path}: {exc}")
    if empty:
        db.close()
        click.echo("The store is empty (--empty): add documents with docket ingest PATH", err=True)
        return 0
    from store.ingest import IngestInterrupted, IngestStopped, ingest_paths

    paths = seed_paths()
    click.echo(f"Ingesting {len(paths)} bundled seed document(s)…", err=True)
    try:
        with IngestOutput(quiet) as output:
            report = ingest_paths(db, paths, on_file=output, source_name=source_name)
    except IngestInterrupted:
        click.echo("docket: interrupted; run docket again to finish adding the seed documents", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except IngestStopped as exc:
        _fail(f"{db_path}: {exc.reason}")
    finally:
        db.close()
    click.echo(f"Seeds: {report.stored} stored.", err=True)
    return report.stored


def _has_terminal() -> bool:
    """Whether the app can run here: standard input and output are a terminal."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def _store_writable(db_path: Path) -> bool:
    """Whether a read-only session can still leave its audit record: the
    file and its folder are writable and the schema is current (recording
    must never upgrade a store that was opened read-only). On PostgreSQL
    the role's rights decide: a record it may not write is not written."""
    from store.engines import is_postgres

    if is_postgres(db_path):
        return True
    if not (os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK)):
        return False
    from store.db import SCHEMA_VERSION, connect

    try:
        conn = connect(db_path)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        finally:
            conn.close()
    except Exception:  # any doubt: no record rather than a write
        return False


@cli.command("open")
@db_option
@click.option(
    "--read-only",
    is_flag=True,
    help="Never change the documents: no store created, no upgrade (opening is still recorded "
    "in the audit trail when the store file can be written).",
)
@click.option("--empty", is_flag=True, help="When the store does not exist, create it without the seed documents.")
def open_cmd(db_path: Path, read_only: bool = False, empty: bool = False) -> None:
    """Open the app on the store (the default command)."""
    if read_only and not store_exists(db_path):
        _fail(f"{db_path}: no such store (--read-only never creates one)")
    if not _has_terminal():  # before any store is created
        _fail(
            "the app needs a terminal (standard input and output are not one); "
            "for scripts use a command such as `docket search`, see `docket --help`",
            EXIT_USAGE,
        )
    seeded: int | None = None
    if not read_only:
        seeded = ensure_store(db_path, empty=empty)
    from store.db import connect

    try:
        connect(db_path).close()
        if not read_only:
            open_writer(db_path).close()  # upgrades an older schema, after a backup
    except StoreError as exc:
        _fail(str(exc))
    from .app import make_app

    audit_ok = not read_only or _store_writable(db_path)
    if audit_ok:
        _audit(db_path, "open", "app (read-only)" if read_only else "app", "opened")
    make_app(db_path, read_only=read_only, audit=audit_ok, new_store=seeded).run()


@cli.command()
@db_option
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the summary (no progress bar).")
@click.option(
    "--max-size",
    type=click.IntRange(min=1),
    default=20,
    show_default=True,
    help="Refuse files larger than this many megabytes.",
)
@click.option(
    "--max-text",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    envvar="DOCKET_MAX_TEXT",
    help="Keep at most this many megabytes of text per document (the rest is cut, with a warning). "
    "[env: DOCKET_MAX_TEXT]",
)
@click.option(
    "--time-budget",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    envvar="DOCKET_TIME_BUDGET",
    help="CPU seconds one document may take to read and extract, plus --time-per-mb for each MB; "
    "past it the document is stored searchable without extraction. [env: DOCKET_TIME_BUDGET]",
)
@click.option(
    "--time-per-mb",
    type=click.FloatRange(min=0.0),
    default=5.0,
    show_default=True,
    envvar="DOCKET_TIME_PER_MB",
    help="Seconds added to the time budget per MB of the file. [env: DOCKET_TIME_PER_MB]",
)
@click.option("--follow-links", is_flag=True, help="Follow links that point outside the folders given.")
def ingest(
    db_path: Path,
    paths: tuple[Path, ...],
    quiet: bool,
    max_size: int,
    max_text: int,
    time_budget: float,
    time_per_mb: float,
    follow_links: bool,
) -> None:
    """Add files and folders (.txt, .md, .html, .pdf) to the store.

    The same bytes are never stored twice, so running an ingest again
    finishes an interrupted one, and retries documents whose extraction
    was stopped. Exits 1 when any file was skipped or stored without
    extraction, 3 when the store cannot be written, 5 when interrupted.
    """
    with _ingest_signals():
        try:
            _ingest(db_path, paths, quiet, max_size, max_text, time_budget, time_per_mb, follow_links)
        except KeyboardInterrupt:
            click.echo(
                "docket: interrupted; what was stored is stored whole; run the same command again to finish",
                err=True,
            )
            sys.exit(EXIT_INTERRUPTED)


@contextlib.contextmanager
def _ingest_signals():
    """SIGTERM ends an ingest as Ctrl-C does (a summary, no traceback), and
    past a file-size limit (``ulimit -f``) a write fails with EFBIG and gets
    a clear line instead of SIGXFSZ killing the process. The previous
    handlers come back afterwards."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum, frame):
        raise KeyboardInterrupt

    old = {signal.SIGTERM: signal.signal(signal.SIGTERM, terminate)}
    if hasattr(signal, "SIGXFSZ"):
        old[signal.SIGXFSZ] = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        yield
    finally:
        for signum, handler in old.items():
            signal.signal(signum, handler)


def _ingest(db_path, paths, quiet, max_size, max_text, time_budget, time_per_mb, follow_links) -> None:
    from store.db import connect
    from store.ingest import IngestInterrupted, IngestStopped, Limits, ingest_paths
    from store.ingest.write import store_write_error
    from store.lock import ingest_lock

    if not store_exists(db_path):
        try:
            create_store(db_path)
        except OSError as exc:
            _fail(f"cannot create store {db_path}: {store_write_error(exc) or exc}")
    try:
        connect(db_path).close()  # a store docket refuses gets no lock file beside it
    except StoreError as exc:
        _fail(str(exc))

    def waiting() -> None:
        click.echo("docket: another ingest is writing to this store; waiting for it to finish…", err=True)

    limits = Limits(
        max_bytes=max_size * 1024 * 1024,
        max_chars=max_text * 1024 * 1024,
        seconds=time_budget,
        per_mb=time_per_mb,
    )
    stopped = None
    with audited(db_path, "ingest", " ".join(str(p) for p in paths)) as record:
        try:
            with ingest_lock(db_path, on_wait=waiting):
                try:
                    db = open_writer(db_path)
                except StoreError as exc:
                    _fail(str(exc))
                try:
                    with IngestOutput(quiet) as output:
                        report = ingest_paths(db, paths, limits=limits, on_file=output, follow_links=follow_links)
                except IngestInterrupted as exc:
                    report = exc.report
                except IngestStopped as exc:
                    report, stopped = exc.report, exc.reason
                finally:
                    db.close()
        except StoreError as exc:  # the lock, or the store, refused
            _fail(str(exc))
        except OSError as exc:  # the lock file: read-only media, a full disk, no permission
            _fail(f"cannot ingest into {db_path}: {store_write_error(exc) or exc}")
        prefix = "interrupted: " if report.interrupted else f"stopped ({stopped}): " if stopped else ""
        record.outcome = prefix + report.summary()
        record.quiet = stopped is not None  # (its own line below says why the store took no more)
    if stopped:
        click.echo(f"docket: {visible(str(db_path))}: {visible(stopped)}", err=True)
        click.echo(
            f"Stopped: {report.summary()}. What is stored is whole; "
            "once the store can be written, run the same command again to finish.",
            err=True,
        )
        sys.exit(EXIT_STORE)
    if report.interrupted:
        click.echo(
            f"Interrupted: {report.summary()}. The documents counted as stored are stored whole; "
            "run the same command again to finish the job (nothing is stored twice).",
            err=True,
        )
        sys.exit(EXIT_INTERRUPTED)
    click.echo("Summary: " + report.summary(), err=True)
    if report.skipped_total or report.stopped:
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


def _set_raw_csv(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    from .output import RAW_CSV

    ctx.meta[RAW_CSV] = value
    return value


RAW_CSV_HELP = (
    "Write CSV text cells as they are: no leading ' on cells that start with = + - @ "
    "(which a spreadsheet would run as a formula)."
)


def format_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--json`` / ``--csv`` / ``--raw-csv`` on every query command."""
    fn = click.option("--raw-csv", is_flag=True, expose_value=False, callback=_set_raw_csv, help=RAW_CSV_HELP)(fn)
    fn = click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values, for spreadsheets.")(fn)
    fn = click.option("--json", "as_json", is_flag=True, help="JSON, for scripts.")(fn)
    return fn


def _fmt(as_json: bool, as_csv: bool) -> str | None:
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    return "json" if as_json else "csv" if as_csv else None


#: The entity types, named as everywhere else (app, help, export).
ENTITY_TYPES = ("PERSON", "ORG", "LOCATION", "OPERATION")


class EntityType(click.ParamType):
    """PERSON, ORG, LOCATION or OPERATION, in any case; a wrong one is
    answered with the four names spelled as everywhere else."""

    name = "TYPE"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "[" + "|".join(ENTITY_TYPES) + "]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        wanted = str(value).strip().upper()
        if wanted in ENTITY_TYPES:
            return wanted
        close = [t for t in ENTITY_TYPES if t.startswith(wanted[:3])] if wanted else []
        hint = f" (did you mean {close[0]}?)" if len(close) == 1 else ""
        self.fail(f"{value!r} is not an entity type: use PERSON, ORG, LOCATION or OPERATION{hint}", param, ctx)


ENTITY_TYPE = EntityType()


class IsoDate(click.ParamType):
    """A calendar date written ``YYYY-MM-DD`` (2024-09-30); anything else,
    31 February included, is a usage error in one line."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        import re
        from datetime import date

        text = str(value).strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return date.fromisoformat(text).isoformat()
            except ValueError:
                pass
        self.fail(f"{visible(str(value))!r} is not a date: write it YYYY-MM-DD, e.g. 2024-01-31", param, ctx)


ISO_DATE = IsoDate()


def date_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--since`` / ``--until``: documents published in a range of dates."""
    fn = click.option("--until", type=ISO_DATE, default=None, help="Only documents published on or before this date.")(
        fn
    )
    fn = click.option(
        "--since",
        type=ISO_DATE,
        default=None,
        help="Only documents published on or after this date (YYYY-MM-DD; undated documents are left out).",
    )(fn)
    return fn


def _check_range(since: str | None, until: str | None) -> None:
    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}: no date is in that range")


def _find_entity_or_fail(reader: Any, name: str, etype: str | None = None, *, option: str = "") -> dict[str, Any]:
    """The entity ``name`` designates, or one line, close names offered, and exit 1."""
    row = reader.find_entity(name, etype)
    if row is not None:
        return row
    close = reader.fuzzy_entities(name, etype, 5)
    what = f"no {etype or 'entity'} matches {visible(name)!r}{option}"
    if close:
        names = ", ".join(visible(f"{r['name']} ({r['type']})") for r in close)
        _fail(f"{what}; did you mean: {names}?", EXIT_SKIPPED)
    _fail(f"{what} (try docket entities --contains ...)", EXIT_SKIPPED)
    raise AssertionError  # _fail exits


@cli.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "ftm"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one document per line (the contract in the README); csv: documents, entities, "
    "mentions, figures and operations files (needs -o FOLDER); ftm: FollowTheMoney entities for Aleph.",
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
@date_options
@click.option(
    "--manifest",
    is_flag=True,
    help="Also write a manifest beside the output (OUT.manifest.json; MANIFEST.json inside a csv folder): "
    "every file with its sha256, the filter used, the docket version, the store's identity and the head "
    "of its audit trail.",
)
@click.option("--raw-csv", is_flag=True, help=RAW_CSV_HELP)
def export(
    db_path: Path,
    fmt: str,
    output: Path | None,
    entity: str | None,
    operation: str | None,
    search_query: str | None,
    since: str | None,
    until: str | None,
    manifest: bool,
    raw_csv: bool,
) -> None:
    """Export documents with their entities, figures and evidence. Files
    and folders are created private (0600 / 0700). Exits 1 (writing
    nothing) when a filter selects no document."""
    if fmt == "csv" and output is None:
        raise click.UsageError("--format csv writes five files: give a folder with -o")
    if manifest and output is None:
        raise click.UsageError("--manifest needs -o")
    _check_range(since, until)
    reader = open_reader(db_path)
    filters = {"entity": entity, "operation": operation, "search": search_query, "since": since, "until": until}
    chosen = {k: v for k, v in filters.items() if v is not None}
    where = str(output.absolute()) if output else "stdout"
    detail = f"format={fmt} output={where} " + " ".join(f"{k}={v!r}" for k, v in chosen.items())
    if manifest and output is not None:
        detail += f" manifest={_manifest_path(fmt, output).absolute()}"
    try:
        with audited(db_path, "export", detail.strip()) as record:
            _export(reader, record, fmt, output, chosen, manifest, raw_csv)
    finally:
        reader.close()


def _manifest_path(fmt: str, output: Path) -> Path:
    """Where an export's manifest goes: inside a csv folder, beside a file."""
    return output / "MANIFEST.json" if fmt == "csv" else output.with_name(output.name + ".manifest.json")


def _export(
    reader: Any, record: Audited, fmt: str, output: Path | None, chosen: dict, manifest: bool, raw_csv: bool
) -> None:
    from store.export import select_documents, write_csv, write_ftm, write_jsonl, write_manifest
    from store.files import make_private_dirs, open_private
    from store.maintenance import audit_head

    if chosen.get("entity") is not None:
        _find_entity_or_fail(reader, chosen["entity"], option=" (--entity)")
    if chosen.get("operation") is not None:
        _find_entity_or_fail(reader, chosen["operation"], "OPERATION", option=" (--operation)")
    ids = select_documents(
        reader,
        entity=chosen.get("entity"),
        operation=chosen.get("operation"),
        search=chosen.get("search"),
        since=chosen.get("since"),
        until=chosen.get("until"),
    )
    if ids is not None and not ids:
        record.outcome = "no document selected"
        shown = ", ".join(f"--{k} {v!r}" for k, v in chosen.items())
        _fail(f"no document matches {shown}: nothing written", EXIT_SKIPPED)
    writer = write_ftm if fmt == "ftm" else write_jsonl
    try:
        if fmt == "csv":
            assert output is not None
            files = write_csv(reader, output, ids, raw=raw_csv)
            manifest_path = output / "MANIFEST.json"
            click.echo(f"Exported {len(files)} files to {visible(str(output))}", err=True)
        elif output:
            make_private_dirs(output.parent)
            with open_private(output, "w", encoding="utf-8") as fh:
                n = writer(reader, fh, ids)
            files = [output]
            manifest_path = output.with_name(output.name + ".manifest.json")
            what = "entities" if fmt == "ftm" else "document(s)"
            click.echo(f"Exported {n} {what} to {visible(str(output))}", err=True)
        else:
            writer(reader, sys.stdout, ids)
            files = []
        if manifest:
            head = audit_head(reader.path)
            write_manifest(
                reader, files, manifest_path, version=__version__, fmt=fmt, selection=chosen, audit_head=head
            )
            click.echo(f"Manifest: {visible(str(manifest_path))}", err=True)
        record.outcome = f"{'all' if ids is None else len(ids)} document(s)"
    except BrokenPipeError:
        # The reader went away (`docket export | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        record.outcome = "stopped: the output pipe closed"
        sys.exit(EXIT_SKIPPED)
    except OSError as exc:
        _fail(f"cannot write {output or 'standard output'}: {exc.strerror or exc}", EXIT_SKIPPED)


@cli.command()
@db_option
@click.argument("query")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many results.")
@date_options
@format_options
def search(
    db_path: Path, query: str, limit: int, since: str | None, until: str | None, as_json: bool, as_csv: bool
) -> None:
    """Full-text search of titles and text, best first. Exits 1 when
    nothing matches.

    A word also finds longer words that start with it (arrest: arrests,
    arrested); "two words" in quotes match as a phrase; -word leaves out
    documents that hold it; OR between words matches either:
    docket search '"cocaine seizure" OR heroin -training'. Other FTS syntax
    (NEAR, col:term, parentheses) is plain text.
    """
    from store.queries import HIT_END, HIT_START, fts_query

    from .output import emit

    fmt = _fmt(as_json, as_csv)
    _check_range(since, until)
    reader = open_reader(db_path)
    dates = "".join(f" --{k} {v}" for k, v in (("since", since), ("until", until)) if v)
    with audited(db_path, "search", query + dates) as record:  # the full query, control characters made visible
        if fts_query(query) is None:
            _fail("nothing searchable in that query: type letters or digits (not only -words)", EXIT_USAGE)
        rows = reader.search(query, 0, limit, since=since, until=until)
        total = reader.count_search(query, since=since, until=until) if rows else 0
        record.outcome = f"{total} match(es), {len(rows)} shown"
        if not rows:
            _fail(f"no document matches {query!r}{dates}", EXIT_SKIPPED)
    for row in rows:
        snippet = (row["snippet"] or "").replace(HIT_START, "«").replace(HIT_END, "»")
        row["snippet"] = " ".join(snippet.split())
    columns = [
        ("id", "Id"),
        ("title", "Title"),
        ("published", "Published"),
        ("source", "Source"),
        ("snippet", "Snippet"),
    ]
    emit(rows, columns, fmt, title=f"{total} match(es)")


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
    """List entities with their mention and document counts. Exits 1 when
    none matches."""
    from .output import emit

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    etype = etype.upper() if etype else None
    if prefix:
        rows = reader.entities_with_prefix(prefix, etype, limit)
    else:
        rows = reader.entities(contains or "", etype, limit=limit, sort=sort)
    if not rows:
        what = " ".join(
            part
            for part in (
                etype or "",
                f"starting with {prefix!r}" if prefix else "",
                f"containing {contains!r}" if contains else "",
            )
            if part
        )
        click.echo(f"docket: no entity matches{' (' + visible(what) + ')' if what else ''}", err=True)
        sys.exit(EXIT_SKIPPED)
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
    entities found with it. NAME is matched like the app's search box
    (case, accents and punctuation ignored; a name that contains it); a
    typo gets "did you mean"."""
    from .output import emit, emit_json

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    with audited(db_path, "entity", repr(name)) as record:  # a failed lookup is recorded too
        row = _find_entity_or_fail(reader, name, etype.upper() if etype else None)
        record.outcome = f"{row['type']} {row['name']}"
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


#: ``docket operations`` on a terminal or piped: what an analyst reads first.
OPERATION_COLUMNS = [
    ("id", "Id"),
    ("name", "Operation"),
    ("year", "Year"),
    ("arrests_shown", "Arrests"),
    ("rescued_shown", "Rescued"),
    ("main_seizures", "Main seizures"),
    ("documents", "Docs"),
    ("figures", "Figures"),
    ("conflicts", "Conflicts"),
]
#: ``--json`` / ``--csv``: the same headline, numbers as numbers.
OPERATION_FIELDS = [
    ("id", "Id"),
    ("name", "Operation"),
    ("year", "Year"),
    ("year_inferred", "Year inferred"),
    ("series", "Series"),
    ("arrests", "Arrests"),
    ("arrests_qualifier", "Arrests qualifier"),
    ("rescued", "Rescued"),
    ("rescued_qualifier", "Rescued qualifier"),
    ("main_seizures", "Main seizures"),
    ("documents", "Documents"),
    ("seizure_figures", "Seizure figures"),
    ("other_figures", "Other figures"),
    ("conflicts", "Conflicts"),
]


@cli.command()
@db_option
@click.option(
    "--sort",
    type=click.Choice(["documents", "name", "year", "arrests", "rescued", "seizures", "other"]),
    default="documents",
    show_default=True,
    help="Order of the list (seizures, other: by how many such figures).",
)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="How many operations.")
@click.option(
    "--conflicts",
    "show_conflicts",
    is_flag=True,
    help="List the figures that documents report with different values, and the value each headline takes. "
    "Exits 1 when there are none.",
)
@format_options
def operations(db_path: Path, sort: str, limit: int, show_conflicts: bool, as_json: bool, as_csv: bool) -> None:
    """Operation instances (codename and year) with their headline figures:
    arrests and rescued (~ about, > more than), the main seizures as
    quantities, documents, and how many figures and conflicts each has. A
    figure reported by several documents counts once; national parts and
    sub-counts are never added in; where documents disagree the headline
    takes the flat, most precise, most cited value."""
    from store.summary import format_figure

    from .display import format_year
    from .output import emit

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    if show_conflicts:
        _operation_conflicts(reader, limit, fmt)
        return
    rows = reader.operations(limit=limit, sort=sort)
    if fmt is not None:
        for row in rows:
            row["year_inferred"] = bool(row["year_inferred"])
        emit(rows, OPERATION_FIELDS, fmt)
        return
    for row in rows:
        # 2024? where the year is the documents' publication year (no text gives it)
        row["year"] = format_year(row["year"], row["year_inferred"]) if row["year"] is not None else None
        row["arrests_shown"] = format_figure(row["arrests"], row["arrests_qualifier"])
        row["rescued_shown"] = format_figure(row["rescued"], row["rescued_qualifier"])
        row["figures"] = row["seizure_figures"] + row["other_figures"]
        row["main_seizures"] = row["main_seizures"] or "—"
    emit(rows, OPERATION_COLUMNS, None)


CONFLICT_FIELDS = [
    ("operation_id", "Id"),
    ("operation", "Operation"),
    ("year", "Year"),
    ("metric", "Metric"),
    ("item", "Item"),
    ("scope", "Scope"),
    ("unit", "Unit"),
    ("reports", "Reports"),
    ("headline", "Headline takes"),
]


def _operation_conflicts(reader: Any, limit: int, fmt: str | None) -> None:
    from store.summary import format_quantity

    from .output import emit, emit_json

    rows: list[dict[str, Any]] = []
    structured: list[dict[str, Any]] = []
    for op in reader.conflicted_operations(limit):
        titles = {}
        for c in reader.operation_conflicts(op["id"]):
            fig = c.figure
            reports = []
            for r in fig.reports:
                docs = []
                for doc_id in r.documents:
                    if doc_id not in titles:
                        titles[doc_id] = (reader.document(doc_id) or {}).get("title", "")
                    docs.append({"id": doc_id, "title": titles[doc_id]})
                reports.append({"value": r.value, "qualifier": r.qualifier, "documents": docs})
            base = {
                "operation_id": op["id"],
                "operation": op["name"],
                "year": op["year"],
                "metric": c.metric,
                "item": c.item,
                "scope": c.scope,
                "unit": c.unit,
            }
            structured.append(
                {
                    **base,
                    "headline": {"value": fig.value, "qualifier": fig.qualifier, "why": fig.why()},
                    "reports": reports,
                }
            )
            rows.append(
                {
                    **base,
                    "reports": " · ".join(
                        f"{format_quantity(r['value'], c.unit, r['qualifier'])} in "
                        + ", ".join(f"doc {d['id']}" for d in r["documents"])
                        for r in reports
                    ),
                    "headline": f"{format_quantity(fig.value, c.unit, fig.qualifier)} ({fig.why()})",
                }
            )
    if not rows:
        _fail("no conflicting figures: no two documents report different values for the same figure", EXIT_SKIPPED)
    if fmt == "json":
        emit_json(structured)
        return
    emit(rows, CONFLICT_FIELDS, fmt, title=f"{len(rows)} conflicting figure(s)")


@cli.command()
@db_option
@click.argument("doc")
@click.option("--json", "as_json", is_flag=True, help="The document, its mentions and figures as JSON.")
def show(db_path: Path, doc: str, as_json: bool) -> None:
    """Print one document with its mentions marked: styled on a terminal,
    «name»[TYPE] when piped. DOC is its id, a sha256 prefix (6+ digits),
    its path as ingested, an absolute path, or its bare file name."""
    from store.export import document_record

    from .output import console, emit_json

    reader = open_reader(db_path)
    with audited(db_path, "show", repr(doc)) as record:  # a failed lookup is recorded too
        found = reader.resolve_documents(doc, Path.cwd())
        if not found:
            _fail(
                f"no document matches {doc!r} (give an id, a sha256 prefix, its path or its file name)",
                EXIT_SKIPPED,
            )
        if len(found) > 1:
            _fail(
                f"{len(found)} documents match {doc!r} (ids {', '.join(str(i) for i in found[:10])}"
                f"{', …' if len(found) > 10 else ''}): give the id or more of the path",
                EXIT_SKIPPED,
            )
        doc_id = found[0]
        record.outcome = f"document {doc_id}"
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
        head = Text(visible(row["title"]), style="bold")
        head.append("\n" + visible(f"{row['source']} · sha256 {row['sha256']}") + "\n", style="dim")
        out.print(head)
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
    by_type = reader.entity_type_counts()
    if fmt == "json":
        emit_json({**counts, "entities_by_type": {t: by_type.get(t, 0) for t in ENTITY_TYPES}})
        return
    rows = [{"what": k, "count": v} for k, v in counts.items()]
    at = [r["what"] for r in rows].index("entities") + 1
    rows[at:at] = [{"what": f"entities {t}", "count": by_type.get(t, 0)} for t in ENTITY_TYPES]
    emit(rows, [("what", "What"), ("count", "Count")], fmt)


@cli.command()
@db_option
@click.option(
    "--repair",
    is_flag=True,
    help="First give the store docket's schema back, after a backup: drop unknown triggers, views, indexes "
    "and tables; rebuild altered or missing triggers, views and indexes.",
)
def check(db_path: Path, repair: bool) -> None:
    """Check a store: SQLite integrity, foreign keys, that its schema is
    docket's own (no planted trigger or view), the audit trail's hash
    chain, the full-text index, and that every count agrees with the
    mentions and figures behind it. Exits 4 when something is wrong."""
    from store.db import connect
    from store.maintenance import check_store, repair_store

    if not store_exists(db_path):
        _fail(f"{db_path}: no such store (create one with `docket ingest` or `docket`)")
    try:
        connect(db_path, verify=False).close()
        if repair:
            report = repair_store(db_path)
            if report.backup is None and not report.done:
                click.echo("Schema: nothing to repair", err=True)
            else:
                if report.backup is not None:
                    click.echo(f"Backed up to {visible(str(report.backup))}", err=True)
                for line in report.done:
                    click.echo(f"repaired  {visible(line)}", err=True)
                _audit(db_path, "repair", f"backup {report.backup or 'none (PostgreSQL)'}", "; ".join(report.done))
        findings = check_store(db_path)
    except StoreError as exc:
        _fail(str(exc))
    for ok, message in findings:
        click.echo(f"{'ok     ' if ok else 'PROBLEM'}  {visible(message)}")
    if not all(ok for ok, _ in findings):
        sys.exit(EXIT_CHECK)


@cli.command()
@db_option
@click.option(
    "--to",
    "dest",
    type=STORE,
    required=True,
    help="The new store: a file that does not exist yet, or postgresql://USER@HOST/DATABASE (an empty database).",
)
def migrate(db_path: Path, dest: Any) -> None:
    """Copy the whole store into a new one on the other engine: a SQLite
    file into PostgreSQL for a team (--to postgresql://…), or a PostgreSQL
    store into a file (--to case.db). Ids, corrections and the audit trail
    (its hash chain intact) come along; the copy is whole or absent."""
    from store.migrate import copy_store

    if not store_exists(db_path):
        _fail(f"{db_path}: no such store (create one with `docket ingest` or `docket`)")
    with audited(db_path, "migrate", f"to {dest}") as record:
        try:
            copied = copy_store(db_path, dest, on_table=lambda t, n: click.echo(f"{t}: {n:,} row(s)", err=True))
        except StoreError as exc:
            _fail(str(exc))
        record.outcome = f"{copied.get('documents', 0)} document(s) copied"
    _audit(dest, "migrate", f"from {db_path}", record.outcome or "copied")
    click.echo(f"Copied {copied.get('documents', 0):,} document(s) to {visible(str(dest))}", err=True)


@cli.command()
@db_option
@click.argument("dest", type=click.Path(dir_okay=False, path_type=Path))
def backup(db_path: Path, dest: Path) -> None:
    """Copy the store, with what its -wal file holds, to DEST (a new file),
    using SQLite's backup API: safe while the app or an ingest is running.
    A PostgreSQL store is copied whole, from one snapshot, into DEST as a
    SQLite store (`docket migrate --to` puts it back); pg_dump backs up
    the server itself."""
    from store.db import connect
    from store.maintenance import backup_store

    if not store_exists(db_path):
        _fail(f"{db_path}: no such store (create one with `docket ingest` or `docket`)")
    try:
        connect(db_path, verify=False).close()  # a suspect store can be copied before a repair
    except StoreError as exc:
        _fail(str(exc))
    try:
        backup_store(db_path, dest)
    except (StoreError, OSError) as exc:
        _fail(str(exc) if isinstance(exc, StoreError) else f"cannot write {dest}: {exc.strerror or exc}")
    _audit(db_path, "backup", str(dest.absolute())[:2000], "copied")
    click.echo(f"Backed up {visible(str(db_path))} to {visible(str(dest))}", err=True)


@cli.command()
@db_option
@click.argument("role")
@click.option("--read-only", is_flag=True, help="Rights to read and search only (searches are still audited).")
def grants(db_path: Path, role: str, read_only: bool) -> None:
    """Print the SQL that gives a database ROLE the least rights docket
    needs on a PostgreSQL store (for its owner to run: psql -f). Analysts
    who ingest and correct get write rights on the data tables; with
    --read-only, reading and the audit trail only."""
    from store.maintenance import grants as grant_statements

    try:
        statements = grant_statements(db_path, role, write=not read_only)
    except StoreError as exc:
        _fail(str(exc), EXIT_USAGE)
    click.echo("".join(f"{s};\n" for s in statements), nl=False)


@cli.command("remove-seeds")
@db_option
def remove_seeds(db_path: Path) -> None:
    """Take the bundled seed documents (put in a new store so that there is
    something to explore) out of the store, with every entity and figure
    only they held. Documents you ingested stay."""
    from store.remove import remove_documents, seed_document_ids

    open_reader(db_path).close()
    try:
        ids = seed_document_ids(db_path)
        removed = remove_documents(db_path, ids)
    except StoreError as exc:
        _fail(str(exc))
    _audit(db_path, "remove-seeds", f"documents {ids}"[:2000], f"{removed} removed")
    if not removed:
        click.echo("docket: the store holds no seed document", err=True)
        sys.exit(EXIT_SKIPPED)
    click.echo(f"Removed {removed} seed document(s) from {visible(str(db_path))}", err=True)


@cli.command("audit")
@db_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="How many records, newest first."
)
@format_options
def audit_cmd(db_path: Path, limit: int, as_json: bool, as_csv: bool) -> None:
    """Show the audit trail: every ingest, search, export, show, entity,
    reextract, correction (curate), backup, repair and app opening, with the OS user, UTC time, full detail
    and outcome (failed and interrupted actions too). It is append-only and
    hash-chained: `docket check` names any record rewritten or removed."""
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


# ------------------------------------------------------------- re-extraction


@cli.command()
@db_option
@click.argument("docs", nargs=-1)
@click.option(
    "--changed-only",
    is_flag=True,
    help="Only documents written by another version of the extractor (or stored without extraction).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only problems and the summary.")
def reextract(db_path: Path, docs: tuple[str, ...], changed_only: bool, quiet: bool) -> None:
    """Run the current extractor again over the stored text of every
    document (or of DOCS: ids, sha256 prefixes, paths or file names, as
    `docket show` takes them), replacing what was extracted; analysts'
    corrections (`docket curate`) are applied again on top. Each document
    is rebuilt whole or left as it was. Exits 1 when a document was
    skipped, 5 when interrupted."""
    from store.ingest.write import StoreWriteError
    from store.lock import ingest_lock
    from store.reextract import reextract as run

    reader = open_reader(db_path)
    ids: list[int] | None = None
    if docs:
        ids = []
        for ref in docs:
            found = reader.resolve_documents(ref, Path.cwd())
            if len(found) != 1:
                why = "no document matches" if not found else f"{len(found)} documents match"
                _fail(f"{why} {ref!r} (give an id, a sha256 prefix, its path or its file name)", EXIT_SKIPPED)
            ids.append(found[0])
    reader.close()
    detail = ("--changed-only " if changed_only else "") + (" ".join(docs) if docs else "all documents")

    def progress(done: int, total: int, doc_id: int, source: str, why: str | None) -> None:
        if why:
            click.echo(f"skipped: document {doc_id} {visible(source)}: {visible(why)}", err=True)
        elif not quiet:
            click.echo(f"[{done}/{total}] re-extracted: {doc_id} {visible(source)}", err=True)

    with audited(db_path, "reextract", detail) as record:
        try:
            with _ingest_signals(), ingest_lock(db_path):
                db = open_writer(db_path)
                try:
                    report = run(db, ids, changed_only=changed_only, on_document=progress)
                finally:
                    db.close()
        except (StoreError, StoreWriteError) as exc:
            _fail(str(exc))
        except OSError as exc:
            _fail(f"cannot write {db_path}: {exc.strerror or exc}")
        record.outcome = ("interrupted: " if report.interrupted else "") + report.summary()
    click.echo(("Interrupted: " if report.interrupted else "Summary: ") + report.summary(), err=True)
    if report.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


# ---------------------------------------------------------------- curation


def _curation_writer(db_path: Path):
    """A writer on an existing store for a correction, or one line and exit 3."""
    if not store_exists(db_path):
        _fail(f"{db_path}: no such store (create one with `docket ingest` or `docket`)")
    try:
        return open_writer(db_path)
    except StoreError as exc:
        _fail(str(exc))
    raise AssertionError


def _curate(db_path: Path, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(conn)`` on the store; a correction that cannot be made is
    one line and exit 1 (what it names is not there) or 2 (a bad value)."""
    import sqlite3

    from store.curate import CurationError, NotFound

    db = _curation_writer(db_path)
    try:
        return fn(db.conn)
    except NotFound as exc:
        _fail(str(exc), EXIT_SKIPPED)
    except CurationError as exc:
        _fail(str(exc), EXIT_USAGE)
    except sqlite3.DatabaseError as exc:
        from store.ingest.write import store_write_error

        _fail(f"{db_path}: {store_write_error(exc) or exc}")
    finally:
        db.close()


def _done(c: Any) -> None:
    where = f"in force in {c.documents} document(s)" if c.documents else "orphan: its target is in no document"
    click.echo(visible(f"#{c.id} {c.action} {c.target()}: {c.change()} ({where})"))


reason_option = click.option("--reason", default=None, help="Why (kept with the correction and in the audit trail).")


@cli.group(invoke_without_command=True)
@click.option("--orphans", is_flag=True, help="List the corrections whose target is in no document of the store.")
@click.option("--db", "db_path", type=STORE, default=None, help=DB_HELP)
@click.pass_context
def curate(ctx: click.Context, orphans: bool, db_path: Path | None) -> None:
    """Correct what the extractor found. Corrections are kept apart from
    extraction, attributed (OS user, UTC time, reason), audited, undoable,
    and survive `docket reextract` and re-ingest. Exits 1 when what a
    correction names is not in the store, 2 for a bad value."""
    if db_path is not None:
        ctx.obj = {**(ctx.obj or {}), "db_path": db_path}
    if ctx.invoked_subcommand is None:
        if not orphans:
            click.echo(ctx.get_help())
            return
        ctx.invoke(curate_list, orphans_only=True)


def _entity_correction(action: str):
    def command(db_path: Path, etype: str, name: str, value: str | None = None, reason: str | None = None) -> None:
        from store.curate import correct_entity

        _done(_curate(db_path, lambda conn: correct_entity(conn, action, etype, name, value, reason=reason)))

    return command


@curate.command("rename")
@db_option
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("name")
@click.argument("new_name")
@reason_option
def curate_rename(db_path: Path, etype: str, name: str, new_name: str, reason: str | None) -> None:
    """Show entity NAME as NEW_NAME."""
    _entity_correction("rename")(db_path, etype, name, new_name, reason)


@curate.command("merge")
@db_option
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("name")
@click.argument("into")
@reason_option
def curate_merge(db_path: Path, etype: str, name: str, into: str, reason: str | None) -> None:
    """Make NAME one entity with INTO (its mentions become INTO's)."""
    _entity_correction("merge")(db_path, etype, name, into, reason)


@curate.command("split")
@db_option
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("name")
@reason_option
def curate_split(db_path: Path, etype: str, name: str, reason: str | None) -> None:
    """Split NAME back out of the entity it was merged into."""
    from store.curate import split

    _done(_curate(db_path, lambda conn: split(conn, etype, name, reason=reason)))


@curate.command("reject")
@db_option
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("name")
@reason_option
def curate_reject(db_path: Path, etype: str, name: str, reason: str | None) -> None:
    """Mark NAME as not an entity (its mentions go)."""
    _entity_correction("reject")(db_path, etype, name, None, reason)


@curate.command("retype")
@db_option
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("name")
@click.argument("new_type", metavar="NEW_TYPE", type=ENTITY_TYPE)
@reason_option
def curate_retype(db_path: Path, etype: str, name: str, new_type: str, reason: str | None) -> None:
    """Make NAME an entity of NEW_TYPE."""
    _entity_correction("retype")(db_path, etype, name, new_type, reason)


@curate.command("alias")
@db_option
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("name")
@click.argument("alias")
@reason_option
def curate_alias(db_path: Path, etype: str, name: str, alias: str, reason: str | None) -> None:
    """Give NAME another name it is known by (MS-13 / Mara Salvatrucha)."""
    _entity_correction("alias")(db_path, etype, name, alias, reason)


@curate.command("year")
@db_option
@click.argument("name")
@click.argument("year")
@reason_option
def curate_year(db_path: Path, name: str, year: str, reason: str | None) -> None:
    """Set or correct the year operation NAME ran (its figures and documents
    go with it; an operation of that year already in the store is joined)."""
    _entity_correction("year")(db_path, "OPERATION", name, year, reason)


@curate.command("figure")
@db_option
@click.argument("figure_id", type=int)
@click.option("--value", default=None, help="The number (1300, 2.5).")
@click.option("--unit", default=None, help="count, kg, tonnes, litres, USD, EUR, …")
@click.option("--metric", default=None, help="arrests, seized, rescued, identified, dismantled or other.")
@click.option("--item", default=None, help="What was seized (an empty string: none).")
@click.option("--qualifier", default=None, help="more than, about, … (an empty string: none).")
@click.option("--operation", default=None, help="Move the figure to this operation.")
@click.option("--no-operation", is_flag=True, help="Move the figure to no operation.")
@reason_option
def curate_figure(
    db_path: Path,
    figure_id: int,
    value: str | None,
    unit: str | None,
    metric: str | None,
    item: str | None,
    qualifier: str | None,
    operation: str | None,
    no_operation: bool,
    reason: str | None,
) -> None:
    """Correct figure FIGURE_ID (its id in `docket export` and `docket show --json`)."""
    from store.curate import correct_figure

    if operation is not None and no_operation:
        raise click.UsageError("choose one of --operation and --no-operation")
    changes: dict[str, Any] = {}
    for k, v in (("value", value), ("unit", unit), ("metric", metric)):
        if v is not None:
            changes[k] = v
    for k, v in (("item", item), ("qualifier", qualifier)):
        if v is not None:
            changes[k] = v.strip() or None
    if operation is not None:
        changes["operation"] = operation
    if no_operation:
        changes["operation"] = None
    if not changes:
        raise click.UsageError("nothing to correct: give --value, --unit, --metric, --item, --qualifier or --operation")
    _done(_curate(db_path, lambda conn: correct_figure(conn, figure_id, changes, reason=reason)))


@curate.command("reject-figure")
@db_option
@click.argument("figure_id", type=int)
@reason_option
def curate_reject_figure(db_path: Path, figure_id: int, reason: str | None) -> None:
    """Mark figure FIGURE_ID as not a figure."""
    from store.curate import correct_figure

    _done(_curate(db_path, lambda conn: correct_figure(conn, figure_id, None, reason=reason)))


def _one_document(db_path: Path, doc: str) -> int:
    reader = open_reader(db_path)
    try:
        found = reader.resolve_documents(doc, Path.cwd())
    finally:
        reader.close()
    if len(found) != 1:
        why = "no document matches" if not found else f"{len(found)} documents match"
        _fail(f"{why} {doc!r} (give an id, a sha256 prefix, its path or its file name)", EXIT_SKIPPED)
    return found[0]


#: What --at means to add-mention and add-figure.
AT_HELP = "The character offset where TEXT stands (as `docket show DOC --json` counts): that place only."


@curate.command("add-mention")
@db_option
@click.argument("doc")
@click.argument("etype", metavar="TYPE", type=ENTITY_TYPE)
@click.argument("text")
@click.option("--name", default=None, help="The entity's name, when not the text as written (the default).")
@click.option("--at", "at", type=click.IntRange(min=0), default=None, help=AT_HELP)
@reason_option
def curate_add_mention(
    db_path: Path, doc: str, etype: str, text: str, name: str | None, at: int | None, reason: str | None
) -> None:
    """Mark TEXT, every place it stands in DOC that no mention covers (with
    --at: there only), as a mention of a TYPE entity (one the extractor missed)."""
    from store.curate import add_mention

    doc_id = _one_document(db_path, doc)
    span = None if at is None else (at, at + len(text))
    _done(_curate(db_path, lambda conn: add_mention(conn, doc_id, etype, text, name=name, reason=reason, span=span)))


@curate.command("reject-mention")
@db_option
@click.argument("doc")
@click.argument("start", type=click.IntRange(min=0))
@click.argument("end", type=click.IntRange(min=0))
@reason_option
def curate_reject_mention(db_path: Path, doc: str, start: int, end: int, reason: str | None) -> None:
    """The mention at characters START–END of DOC (as `docket show DOC --json` gives them) is wrong."""
    from store.curate import reject_mention

    doc_id = _one_document(db_path, doc)
    _done(_curate(db_path, lambda conn: reject_mention(conn, doc_id, start, end, reason=reason)))


@curate.command("add-figure")
@db_option
@click.argument("doc")
@click.argument("text")
@click.option("--metric", required=True, help="arrests, seized, rescued, identified, dismantled or other.")
@click.option("--value", required=True, help="The number (1300, 2.5).")
@click.option("--unit", default="count", show_default=True, help="count, kg, tonnes, litres, USD, EUR, …")
@click.option("--item", default=None, help="What was seized.")
@click.option("--qualifier", default=None, help="more than, about, …")
@click.option("--operation", default=None, help="The operation it belongs to (none by default).")
@click.option("--at", "at", type=click.IntRange(min=0), default=None, help=AT_HELP)
@reason_option
def curate_add_figure(
    db_path: Path,
    doc: str,
    text: str,
    metric: str,
    value: str,
    unit: str,
    item: str | None,
    qualifier: str | None,
    operation: str | None,
    at: int | None,
    reason: str | None,
) -> None:
    """Add a figure the extractor missed, stated where TEXT first stands in DOC (with --at: there)."""
    from store.curate import add_figure

    doc_id = _one_document(db_path, doc)
    fields = {"metric": metric, "value": value, "unit": unit, "item": item, "qualifier": qualifier}
    fields["operation"] = operation
    span = None if at is None else (at, at + len(text))
    _done(_curate(db_path, lambda conn: add_figure(conn, doc_id, text, fields, reason=reason, span=span)))


CURATION_COLUMNS = [
    ("id", "Id"),
    ("at", "When (UTC)"),
    ("user", "User"),
    ("action", "Action"),
    ("target", "Target"),
    ("change", "Change"),
    ("reason", "Reason"),
    ("status", "Status"),
]


@curate.command("list")
@db_option
@click.option("--orphans", "orphans_only", is_flag=True, help="Only corrections whose target is in no document.")
@format_options
def curate_list(db_path: Path, orphans_only: bool = False, as_json: bool = False, as_csv: bool = False) -> None:
    """Every correction, undos included, with who made it, when, why and
    whether it is in force, undone or an orphan."""
    from .output import emit, emit_json

    fmt = _fmt(as_json, as_csv)
    reader = open_reader(db_path)
    rows = reader.curations()  # none in a store not upgraded to corrections yet
    reader.close()
    if orphans_only:
        rows = [c for c in rows if c.status == "orphan"]
    if fmt == "json":
        emit_json([c.as_dict() for c in rows])
        return
    if not rows:
        click.echo("docket: no " + ("orphaned " if orphans_only else "") + "correction in this store", err=True)
        if orphans_only:
            return
        sys.exit(EXIT_SKIPPED)
    emit([c.as_dict() for c in rows], CURATION_COLUMNS, fmt)


@curate.command("undo")
@db_option
@click.argument("curation_id", type=int)
@reason_option
def curate_undo(db_path: Path, curation_id: int, reason: str | None) -> None:
    """Reverse correction CURATION_ID (a new, audited correction: nothing is deleted)."""
    from store.curate import undo

    c = _curate(db_path, lambda conn: undo(conn, curation_id, reason=reason))
    click.echo(visible(f"#{c.id} undoes #{c.undoes} ({c.target()})"))


@curate.command("export")
@db_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def curate_export(db_path: Path, file: Path) -> None:
    """Write every correction to FILE (JSON, created 0600), for `docket curate
    import` in a store of the same documents."""
    import json
    import sqlite3

    from store.curate import export_curations
    from store.db import connect
    from store.files import make_private_dirs, open_private

    open_reader(db_path).close()
    conn = connect(db_path)
    try:
        data = export_curations(conn)
    except sqlite3.OperationalError:  # a store not upgraded to corrections yet: it has none
        data = {"format": "docket-curations/1", "store_id": None, "exported_at": None, "curations": []}
    finally:
        conn.close()
    try:
        make_private_dirs(file.parent)
        with open_private(file, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(data, indent=1, ensure_ascii=True) + "\n")
    except OSError as exc:
        _fail(f"cannot write {file}: {exc.strerror or exc}", EXIT_SKIPPED)
    _audit(db_path, "curate export", str(file.absolute()), f"{len(data['curations'])} correction(s)")
    click.echo(f"Exported {len(data['curations'])} correction(s) to {visible(str(file))}", err=True)


@curate.command("import")
@db_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def curate_import(db_path: Path, file: Path) -> None:
    """Add the corrections of FILE (from `docket curate export`), keeping who
    made them and when. A correction of something this store's analysts
    corrected differently is listed as a conflict and not imported (exit 1)."""
    import json

    from store.curate import import_curations

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        _fail(f"{file}: no such file", EXIT_USAGE)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        _fail(f"{file}: not a corrections file ({exc})", EXIT_USAGE)
    report = _curate(db_path, lambda conn: import_curations(conn, data))
    for line in report.conflicts:
        click.echo(f"conflict: {visible(line)}", err=True)
    for line in report.skipped:
        click.echo(f"skipped: {visible(line)}", err=True)
    click.echo(f"Summary: {report.summary()}", err=True)
    if report.conflicts or report.skipped:
        sys.exit(EXIT_SKIPPED)


@cli.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List each document's misses and false alarms.")
@click.option(
    "--corrections",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A `docket curate export` file: score with these corrections applied, beside the extractor alone.",
)
def eval_cmd(folder: Path, as_json: bool, verbose: bool, corrections: Path | None) -> None:
    """Score extraction against gold annotations.

    Ingests FOLDER/*.txt into a temporary store and compares what it holds
    with each FOLDER/*.json (the shared/eval format): precision, recall and
    F1 per entity type and for operation figures (also strictly: with the
    item and qualifier right as well). With --corrections, the scores with
    an analyst's corrections applied, and how much they moved each one.
    """
    import json

    from store.curate import CurationError
    from store.evaluate import evaluate_dir

    pairs = [t for t in sorted(folder.glob("*.txt")) if t.with_suffix(".json").is_file()]
    if not pairs:
        _fail(
            f"{folder}: no gold pairs to score (a NAME.txt with its NAME.json annotations beside it)",
            EXIT_USAGE,
        )
    fixes = None
    if corrections is not None:
        try:
            fixes = json.loads(corrections.read_text(encoding="utf-8"))
        except FileNotFoundError:
            _fail(f"{corrections}: no such file", EXIT_USAGE)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            _fail(f"{corrections}: not a corrections file ({exc})", EXIT_USAGE)
    base = evaluate_dir(folder)
    result = base
    if fixes is not None:
        try:
            result = evaluate_dir(folder, fixes)
        except CurationError as exc:
            _fail(f"{corrections}: {exc}", EXIT_USAGE)
    if as_json:
        out = result.as_dict()
        if fixes is not None:
            out = {**out, "corrected": True, "extractor_alone": base.as_dict()}
        click.echo(json.dumps(out, indent=2, ensure_ascii=True))
        return
    click.echo(f"{len(result.documents)} document(s) scored in {visible(str(folder))}")
    if fixes is not None:
        click.echo(f"with the corrections of {visible(str(corrections))} applied; ΔF1: change from the extractor alone")
    click.echo("")
    delta = f"{'ΔF1':>7}" if fixes is not None else ""
    click.echo(f"{'':<28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>6}{'FP':>6}{'FN':>6}{delta}")

    def rows_of(r: Any) -> list[tuple[str, Any]]:
        rows = [(t, s) for t, s in r.entities.items()]
        rows += [("entities (micro)", r.micro)]
        rows += [("figures", r.figures), ("figures, any operation", r.figures_any_operation)]
        rows += [("figures, item+qualifier", r.figures_strict)]
        return rows

    for (label, s), (_, b) in zip(rows_of(result), rows_of(base), strict=True):
        moved = f"{s.f1 - b.f1:>+7.3f}" if fixes is not None else ""
        click.echo(f"{label:<28}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}{moved}")
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
    except StoreError as exc:  # a store that cannot be reached (a PostgreSQL server down, refused)
        click.echo(f"docket: {visible(str(exc))}", err=True)
        sys.exit(EXIT_STORE)
    except KeyboardInterrupt:
        click.echo("docket: interrupted", err=True)
        sys.exit(130)
    except OSError as exc:  # standard output on a full disk, a closed terminal
        try:
            click.echo(f"docket: cannot write standard output: {exc.strerror or exc}", err=True)
        finally:
            sys.exit(EXIT_SKIPPED)
    except Exception as exc:
        from store.engines import server_error

        why = server_error(exc)
        if why is None:
            raise
        click.echo(f"docket: the PostgreSQL store failed: {visible(why)}", err=True)
        sys.exit(EXIT_STORE)
