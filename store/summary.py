"""An operation's headline figures, computed in one place.

``operation_summary`` holds one row per operation instance, written here
whenever a document that names the operation is stored or removed, so the
Operations pane sorts and pages on plain columns and never aggregates.

How the figures are read (see the annotation guide, shared/eval/README.md):

- Only operation-wide figures make a headline: a figure with a ``scope`` is
  a national or local part of the total and is never added in; an arrest
  figure with an ``item`` is a sub-count ("850 on trafficking charges").
- Within one document the operation-wide figure of a kind is its largest
  (the other ones are parts of it); across documents the same figure is
  never added up: each document's value is one *report* of it.
- When reports differ (``66`` vs ``over 60``; ``1,300`` vs ``1,290``) the
  figure is in *conflict*: the headline takes the most precise value (a
  flat figure beats a hedged one, a less round one beats a rounder one),
  then the one most documents give, and the conflict is counted and shown.

Which documents count is decided by :data:`COUNTED_DOCUMENTS` alone (a copy
of a release will count once by changing that one fragment).

The pure part (:func:`reconcile`, :func:`headline`, :func:`conflicts`)
knows nothing about SQLite and is tested directly.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .copies import COUNTED as COPIES_COUNTED
from .text import entity_key, series_key
from .units import MASS_KG, VOLUME_LITRES

__all__ = [
    "COUNTED_DOCUMENTS",
    "counted",
    "Figure",
    "Report",
    "Reconciled",
    "Headline",
    "Conflict",
    "reconcile",
    "headline",
    "conflicts",
    "format_number",
    "format_figure",
    "format_quantity",
    "refresh_operation_summaries",
    "refresh_all_summaries",
    "figures_of",
]

#: The documents whose figures count, as a subquery of ids. Every query of
#: headline figures, conflicts and document counts goes through it.
COUNTED_DOCUMENTS = "SELECT id FROM documents WHERE " + COPIES_COUNTED  # originals: a copy's figures count once


def counted(column: str) -> str:
    """An SQL condition: the document in ``column`` counts."""
    # One primary-key lookup per row. ("column IN (SELECT id …)" made SQLite
    # list every counted document for each statement: ingest grew with the
    # square of the store, 485 s for 10,000 reports.)
    return f"(SELECT {COPIES_COUNTED} FROM documents WHERE id = {column})"


@dataclass(frozen=True)
class Figure:
    """One extracted figure, as the headline reads it."""

    document_id: int
    metric: str
    item: str | None
    value: float
    unit: str
    qualifier: str | None = None
    scope: str | None = None


@dataclass(frozen=True)
class Report:
    """One value of a figure and the documents that give it."""

    value: float
    qualifier: str | None
    documents: tuple[int, ...]


@dataclass(frozen=True)
class Reconciled:
    """A figure as its reports agree (or not): the value the headline takes,
    and every report (the chosen one first)."""

    chosen: Report
    reports: tuple[Report, ...]

    @property
    def value(self) -> float:
        return self.chosen.value

    @property
    def qualifier(self) -> str | None:
        return self.chosen.qualifier

    @property
    def in_conflict(self) -> bool:
        return len({r.value for r in self.reports}) > 1

    def why(self) -> str:
        """Why the headline took this value, when reports differ ("" if they agree)."""
        if not self.in_conflict:
            return ""
        best, *rest = self.reports
        reasons = []
        if best.qualifier is None and any(r.qualifier for r in rest):
            reasons.append("stated flatly")
        if any(_roundness(r.value) > _roundness(best.value) for r in rest):
            reasons.append("most precise")
        if all(len(best.documents) > len(r.documents) for r in rest):
            reasons.append("most documents")
        return ", ".join(reasons) or "first reported"


def _roundness(value: float) -> int:
    """How round a number is: trailing zeros of a whole number, minus the
    decimals of a fraction (1,300 → 2; 1,290 → 1; 27.5 → -1)."""
    if not math.isfinite(value):
        return 0
    if float(value).is_integer():
        n = abs(int(value))
        if n == 0:
            return 0
        zeros = 0
        while n % 10 == 0:
            n //= 10
            zeros += 1
        return zeros
    text = f"{value:.6f}".rstrip("0")
    return -len(text.split(".")[1])


def reconcile(by_document: dict[int, tuple[float, str | None]]) -> Reconciled:
    """The reports of one figure (document → its value and qualifier) as
    one value: flat beats hedged, precise beats round, then most documents,
    then the larger value, then the earliest document."""
    grouped: dict[tuple[float, str | None], list[int]] = {}
    for doc, (value, qualifier) in sorted(by_document.items()):
        grouped.setdefault((round(value, 6), qualifier), []).append(doc)
    reports = [Report(v, q, tuple(docs)) for (v, q), docs in grouped.items()]
    reports.sort(key=lambda r: (r.qualifier is not None, _roundness(r.value), -len(r.documents), -r.value, r.documents))
    return Reconciled(reports[0], tuple(reports))


@functools.lru_cache(maxsize=4096)
def _item_key(item: str | None) -> str:
    return entity_key(item) if item else ""


#: Figure kinds a headline shows on its own: each reconciled over the
#: documents that give it (an arrest figure with an item is a sub-count).
def _headline_kind(f: Figure) -> str | None:
    if f.scope is not None or f.unit != "count":
        return None
    if f.metric == "arrests":
        return "arrest part" if f.item else "arrests"
    if f.metric == "rescued":
        return "rescued"
    return None


def _per_document(figures: Iterable[Figure], key_of) -> dict[Any, dict[int, tuple[float, str | None]]]:
    """key → document → (its largest value for that key, its qualifier)."""
    out: dict[Any, dict[int, tuple[float, str | None]]] = {}
    for f in figures:
        key = key_of(f)
        if key is None:
            continue
        docs = out.setdefault(key, {})
        have = docs.get(f.document_id)
        if have is None or f.value > have[0]:
            docs[f.document_id] = (f.value, f.qualifier)
    return out


def _figure_key(f: Figure) -> tuple[str, str, str, str]:
    """What makes two figures the same figure: metric, item, unit, scope."""
    return (f.metric, _item_key(f.item), f.unit, _item_key(f.scope))


@dataclass(frozen=True)
class Conflict:
    """Documents that report different values for the same figure."""

    metric: str
    item: str | None
    unit: str
    scope: str | None
    figure: Reconciled


@dataclass
class Headline:
    """What an analyst reads first about an operation instance."""

    arrests: Reconciled | None = None
    rescued: Reconciled | None = None
    seizures: list[tuple[str | None, Reconciled, str]] = field(default_factory=list)  # item, figure, unit
    seizure_figures: int = 0
    other_figures: int = 0
    conflicts: int = 0

    @property
    def main_seizures(self) -> str:
        """``cocaine 27.5 t · firearms 850 · drugs value USD 822m``."""
        return " · ".join(_seizure_text(item, fig, unit) for item, fig, unit in self.seizures)


MAIN_SEIZURES = 3
ITEM_WIDTH = 24


def _family(unit: str) -> tuple[int, float]:
    """The seizure's family, in the order the headline takes them (mass,
    count, money, volume), and the factor that makes values comparable."""
    if unit in MASS_KG:
        return 0, MASS_KG[unit]
    if unit == "count":
        return 1, 1.0
    if unit.isupper() and len(unit) == 3:
        return 2, 1.0
    return 3, VOLUME_LITRES.get(unit, 1.0)


def _short_item(item: str | None) -> str:
    item = " ".join((item or "").split())
    return item if len(item) <= ITEM_WIDTH else item[: ITEM_WIDTH - 1].rstrip() + "…"


def _seizure_text(item: str | None, fig: Reconciled, unit: str) -> str:
    quantity = format_quantity(fig.value, unit, fig.qualifier)
    short = _short_item(item)
    return f"{short} {quantity}" if short else quantity


def headline(figures: Sequence[Figure]) -> Headline:
    """The headline of one operation instance from its figures (those of
    documents that count)."""
    out = Headline()
    kinds = _per_document(figures, _headline_kind)
    # A document that states no total but a count with an item (a sub-count,
    # or a total whose item text ran on) still tells how many at least were
    # arrested: its largest such count, as "at least", which a flat total
    # from any document beats.
    totals = kinds.get("arrests", {})
    for doc, (value, _) in kinds.get("arrest part", {}).items():
        if doc not in totals:
            totals[doc] = (value, "at least")
    if totals:
        out.arrests = reconcile(totals)
    if "rescued" in kinds:
        out.rescued = reconcile(kinds["rescued"])
    same = _per_document(figures, _figure_key)
    reconciled = {key: reconcile(docs) for key, docs in same.items()}
    # a figure is counted once however many documents give it; the values
    # documents disagree on count as one figure (in conflict)
    values = {(*_figure_key(f), round(f.value, 6)) for f in figures}
    extra: dict[str, int] = {}
    for key, fig in reconciled.items():
        extra[key[0]] = extra.get(key[0], 0) + len({r.value for r in fig.reports}) - 1
    out.seizure_figures = sum(1 for v in values if v[0] == "seized") - extra.get("seized", 0)
    out.other_figures = sum(1 for v in values if v[0] not in ("arrests", "seized")) - sum(
        n for metric, n in extra.items() if metric not in ("arrests", "seized")
    )
    found = conflicts(figures, reconciled)
    out.conflicts = len(found)
    items = _shown(figures, "item")
    families: dict[int, list[tuple[float, str | None, Reconciled, str]]] = {}
    for key, fig in reconciled.items():
        metric, _, unit, scope = key
        if metric != "seized" or scope:
            continue
        family, factor = _family(unit)
        families.setdefault(family, []).append((fig.value * factor, items[key], fig, unit))
    for rows in families.values():
        rows.sort(key=lambda r: (-r[0], r[1] or ""))
    # one of each family (largest first), then the next of each, up to three
    while len(out.seizures) < MAIN_SEIZURES and any(families.values()):
        for family in sorted(families):
            if families[family] and len(out.seizures) < MAIN_SEIZURES:
                _, item, fig, unit = families[family].pop(0)
                out.seizures.append((item, fig, unit))
    return out


def _capitals(text: str) -> int:
    return sum(c.isupper() for c in text)


def _shown(figures: Sequence[Figure], field: str) -> dict[Any, str | None]:
    """For each figure key, the spelling of ``field`` (item or scope) shown for
    it: the one most of its figures give, then the one with fewest capitals
    (the body's "cigarettes" before a headline's "CIGARETTES"), then
    alphabetical — by rule, not by
    the order documents arrived in, so every store of the same documents
    shows the same."""
    spellings: dict[Any, dict[str | None, int]] = {}
    for f in figures:
        counts = spellings.setdefault(_figure_key(f), {})
        value = getattr(f, field)
        counts[value] = counts.get(value, 0) + 1
    out: dict[Any, str | None] = {}
    for key, counts in spellings.items():
        given = [v for v in counts if v]
        out[key] = min(given, key=lambda v, c=counts: (-c[v], _capitals(v), v)) if given else next(iter(counts))
    return out


def conflicts(figures: Sequence[Figure], reconciled: dict | None = None) -> list[Conflict]:
    """Every figure that documents report with different values, in the
    order metric, item, scope (the headline figures' own conflicts too).
    ``reconciled``: each figure key's reports, when the caller has them."""
    out: list[Conflict] = []
    item_of = _shown(figures, "item")
    scope_of = _shown(figures, "scope")
    if reconciled is None:
        reconciled = {key: reconcile(docs) for key, docs in _per_document(figures, _figure_key).items()}
    for key, fig in sorted(reconciled.items()):
        if fig.in_conflict:
            out.append(Conflict(key[0], item_of[key], key[2], scope_of[key], fig))
    # a headline kind reconciled across items (rescued) can disagree although no one item does
    kinds = _per_document(figures, _headline_kind)
    if "rescued" in kinds:
        fig = reconcile(kinds["rescued"])
        if fig.in_conflict and not any(c.metric == "rescued" and not c.scope for c in out):
            out.append(Conflict("rescued", None, "count", None, fig))
    return out


# ---------------------------------------------------------------- formatting

_HEDGE = {
    "more than": ">",
    "over": ">",
    "just over": ">",
    "in excess of": ">",
    "at least": "≥",
    "under": "<",
    "just under": "<",
    "less than": "<",
    "fewer than": "<",
    "up to": "≤",
}


def format_number(value: float) -> str:
    """``1300`` → ``1,300``; ``822000000`` → ``822m``; ``1.3e9`` → ``1.3bn``; ``27.5`` → ``27.5``."""
    if not math.isfinite(value):
        return "?"
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:,.2f}".rstrip("0").rstrip(".") + suffix
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_figure(value: float | None, qualifier: str | None = None) -> str:
    """A count as the headline shows it: ``975``, ``~300`` (about), ``>1,600`` (more than)."""
    if value is None:
        return "—"
    mark = _HEDGE.get(qualifier or "", "~") if qualifier else ""
    return mark + format_number(value)


def format_quantity(value: float, unit: str, qualifier: str | None = None) -> str:
    """``27.5 t``, ``~30 t``, ``850``, ``USD 822m``, ``313 m3``."""
    number = format_figure(value, qualifier)
    if unit == "count":
        return number
    if unit.isupper() and len(unit) == 3:
        mark = number[: len(number) - len(format_number(value))]
        return f"{mark}{unit} {format_number(value)}"
    return f"{number} {({'tonnes': 't', 'litres': 'L'}).get(unit, unit)}"


# ---------------------------------------------------------------- the store

# (one statement for an operation and one for none: "operation_id IS ?" reads as IS NOT DISTINCT FROM on
# PostgreSQL, which no index serves, and every summary refreshed scanned the whole table)
_FIGURES_SQL = (
    "SELECT document_id, metric, item, value, unit, qualifier, scope FROM operation_stats"
    f" WHERE operation_id = ? AND {counted('document_id')}"
)
_UNNAMED_FIGURES_SQL = (
    "SELECT document_id, metric, item, value, unit, qualifier, scope FROM operation_stats"
    f" WHERE operation_id IS NULL AND {counted('document_id')}"
)


def figures_of(conn, operation_id: int | None) -> list[Figure]:
    """The counted figures of an operation (None: of no named operation)."""
    if operation_id is None:
        return [Figure(*row) for row in conn.execute(_UNNAMED_FIGURES_SQL)]
    return [Figure(*row) for row in conn.execute(_FIGURES_SQL, (operation_id,))]


_SUMMARY_INSERT = (
    "INSERT OR REPLACE INTO operation_summary (operation_id, name, year, year_inferred, series, arrests,"
    " arrests_qualifier, rescued, rescued_qualifier, main_seizures, seizure_figures, other_figures, conflicts,"
    " documents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# The year no text gives: the earliest year the operation's counted documents
# were published in, shown as inferred (issue #13, item 5).
_OPERATION_SQL = (
    "SELECT o.name, (SELECT max(year) FROM document_operations WHERE operation_id = o.id),"
    " (SELECT min(CAST(substr(d.published, 1, 4) AS INTEGER)) FROM document_operations x"
    " JOIN documents d ON d.id = x.document_id"
    " WHERE x.operation_id = o.id AND d.published IS NOT NULL AND " + counted("d.id") + "),"
    " (SELECT count(*) FROM document_entities WHERE entity_id = o.id AND " + counted("document_id") + ")"
    " FROM entities o WHERE o.id = ? AND o.type = 'OPERATION'"
)


def summary_values(conn, operation_id: int) -> tuple | None:
    """The summary row of one operation, as :data:`_SUMMARY_INSERT` takes it."""
    row = next(iter(conn.execute(_OPERATION_SQL, (operation_id,))), None)
    if row is None:
        return None
    return _summary_row(operation_id, row, figures_of(conn, operation_id))


def _summary_row(operation_id: int, row, figures: Sequence[Figure]) -> tuple:
    name, text_year, published_year, documents = row
    year, inferred = (text_year, 0) if text_year is not None else (published_year, int(published_year is not None))
    head = headline(figures)
    arrests, rescued = head.arrests, head.rescued
    return (
        operation_id,
        name,
        year,
        inferred,
        series_key(name),
        arrests.value if arrests else None,
        arrests.qualifier if arrests else None,
        rescued.value if rescued else None,
        rescued.qualifier if rescued else None,
        head.main_seizures,
        head.seizure_figures,
        head.other_figures,
        head.conflicts,
        documents,
    )


#: Operations whose summaries are read together.
_READ_AHEAD = 500


def refresh_operation_summaries(conn, operation_ids: Iterable[int]) -> None:
    """Recompute the summary row of each operation a document touched (an
    operation no longer in the store loses its row)."""
    from .engines import read_ahead

    rows, gone = [], []
    ids = sorted(set(operation_ids))
    for start in range(0, len(ids), _READ_AHEAD):
        chunk = ids[start : start + _READ_AHEAD]
        # each operation's row and figures, read together (PostgreSQL: one round trip)
        reads = [q for op_id in chunk for q in ((_OPERATION_SQL, (op_id,)), (_FIGURES_SQL, (op_id,)))]
        answers = read_ahead(conn, reads)
        for i, op_id in enumerate(chunk):
            found, figures = answers[2 * i], answers[2 * i + 1]
            if not found:
                gone.append((op_id,))
            else:
                rows.append(_summary_row(op_id, found[0], [Figure(*f) for f in figures]))
    conn.executemany("DELETE FROM operation_summary WHERE operation_id = ?", gone)
    conn.executemany(_SUMMARY_INSERT, rows)


def refresh_all_summaries(conn) -> None:
    """Every operation's summary row again (a migration, ``docket check --repair``)."""
    conn.execute("DELETE FROM operation_summary")
    ids = [r[0] for r in conn.execute("SELECT id FROM entities WHERE type = 'OPERATION'")]
    refresh_operation_summaries(conn, ids)
