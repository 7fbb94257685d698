"""Scoring extraction against gold annotations (``shared/eval`` format).

The documents are ingested through the real ingest path into a temporary
store, and what the store holds (as the export reads it) is compared with
each ``STEM.json``:

- entities per type as sets of case-folded strings;
- figures matched one-to-one on (operation, metric, unit, value within
  0.5 %), and again ignoring the operation;
- strict figures: as the first figure score, and the item and qualifier
  must also agree. Items are free text, so they agree loosely: both absent,
  or sharing a content word (plural folded) with the prediction not much
  longer than the gold (see :func:`items_agree`). Qualifiers must be equal
  after case-folding (both absent counts as equal).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .db import create_store, open_writer
from .export import document_record
from .ingest import ingest_paths
from .queries import ENTITY_TYPES, Reader

__all__ = [
    "Score",
    "score_sets",
    "match_figures",
    "evaluate_dir",
    "score_store",
    "gold_figures",
    "predicted_figures",
    "items_agree",
]

VALUE_TOLERANCE = 0.005
COUNT_METRICS = {"arrests", "rescued", "identified", "dismantled"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def _op_name(name: str | None) -> str | None:
    if name is None:
        return None
    name = _fold(name)
    if name.startswith("operation "):
        name = name[len("operation ") :]
    return name


def score_sets(predicted: Iterable[str], gold: Iterable[str]) -> tuple[Score, set[str], set[str]]:
    """Score two sets of strings after case-folding; returns misses and false alarms."""
    p = {_fold(x) for x in predicted}
    g = {_fold(x) for x in gold}
    return Score(len(p & g), len(p - g), len(g - p)), g - p, p - g


Fig = tuple  # (operation, metric, unit, value) and, with detail, (…, item, qualifier)


def _stats(doc: dict[str, Any], detail: bool) -> list[Fig]:
    out: list[Fig] = []
    for op in doc.get("operations", []):
        for st in op.get("stats", []):
            if not isinstance(st, dict):
                continue
            fig: Fig = (_op_name(op.get("name")), st["metric"], st.get("unit") or "count", float(st["value"]))
            if detail:
                qualifier = st.get("qualifier")
                fig += (st.get("item") or None, _fold(qualifier) if qualifier else None)
            out.append(fig)
    return out


def gold_figures(gold: dict[str, Any], *, detail: bool = False) -> list[Fig]:
    """The gold figures as (operation, metric, unit, value), plus (item, qualifier) with ``detail``."""
    return _stats(gold, detail)


def predicted_figures(record: dict[str, Any], *, detail: bool = False) -> list[Fig]:
    """An export record's figures, in the shape of :func:`gold_figures`."""
    return _stats(record, detail)


# Words that say nothing about what an item counts.
_ITEM_FILLER = frozenset(
    "a an the of and or in on at to for with from by its their his her some other value worth".split()
)
_WORD = re.compile(r"[^\W_]+")
#: How much longer (in words) a predicted item may be than the gold one.
ITEM_SLACK_WORDS = 3


def _content_words(item: str) -> list[str]:
    out = []
    for word in _WORD.findall(item.casefold()):
        if word in _ITEM_FILLER or word.isdigit():
            continue
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]  # "firearms" and "firearm" agree
        out.append(word)
    return out


def items_agree(predicted: str | None, gold: str | None) -> bool:
    """Loose item agreement: both absent; or a shared content word, with the
    prediction at most :data:`ITEM_SLACK_WORDS` words longer than the gold
    (``"cocaine"`` agrees with ``"cocaine, cannabis and heroin"``; a run-on
    clause such as ``"people and the seizure of USD"`` does not agree with
    ``"people"``). A ``… value`` item agrees only with a ``… value`` item."""
    if not gold or not predicted:
        return not gold and not predicted
    if _is_value(predicted) != _is_value(gold):
        return False
    p, g = _content_words(predicted), _content_words(gold)
    if not p or not g:
        return not p and not g
    if len(predicted.split()) > len(gold.split()) + ITEM_SLACK_WORDS:
        return False
    return bool(set(p) & set(g))


def _is_value(item: str) -> bool:
    words = item.casefold().split()
    return bool(words) and words[-1] in ("value", "worth")


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b), 1e-9)


def match_figures(predicted: list[Fig], gold: list[Fig], *, with_operation: bool = True, strict: bool = False):
    """One-to-one matching; returns (Score, missed gold, false alarms).

    With ``strict`` the figures carry (item, qualifier) as well (``detail``
    of :func:`gold_figures`) and those must agree too."""
    remaining = list(gold)
    false_alarms = []
    tp = 0
    for p in predicted:
        hit = None
        for i, g in enumerate(remaining):
            same_op = (p[0] == g[0]) if with_operation else True
            if same_op and p[1] == g[1] and p[2] == g[2] and _close(p[3], g[3]):
                if strict and not (p[5] == g[5] and items_agree(p[4], g[4])):
                    continue
                hit = i
                break
        if hit is None:
            false_alarms.append(p)
        else:
            remaining.pop(hit)
            tp += 1
    return Score(tp, len(false_alarms), len(remaining)), remaining, false_alarms


@dataclass
class EvalResult:
    entities: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in ENTITY_TYPES})
    figures: Score = field(default_factory=Score)
    figures_any_operation: Score = field(default_factory=Score)
    figures_strict: Score = field(default_factory=Score)
    documents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def micro(self) -> Score:
        total = Score()
        for s in self.entities.values():
            total.add(s)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "entities": {t: s.as_dict() for t, s in self.entities.items()},
            "entities_micro": self.micro.as_dict(),
            "figures": self.figures.as_dict(),
            "figures_any_operation": self.figures_any_operation.as_dict(),
            "figures_strict": self.figures_strict.as_dict(),
            "per_document": self.documents,
        }


def evaluate_dir(folder: Path, corrections: Any = None) -> EvalResult:
    """Ingest ``folder/*.txt`` into a temporary store and score it against
    ``*.json``. With ``corrections`` (the contents of a ``docket curate
    export`` file) they are imported into the store first, so the score is
    that of the extraction with an analyst's corrections applied."""
    folder = Path(folder)
    texts = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="docket-eval-") as tmp:
        db_path = Path(tmp) / "eval.db"
        create_store(db_path)
        db = open_writer(db_path)
        try:
            ingest_paths(db, texts)
            if corrections is not None:
                from .curate import import_curations

                import_curations(db.conn, corrections)
        finally:
            db.close()
        return score_store(db_path, texts)


def score_store(db_path: Path, texts: list[Path]) -> EvalResult:
    """Score the documents of the store at ``db_path`` ingested from ``texts``
    against the gold ``*.json`` beside each."""
    result = EvalResult()
    reader = Reader(db_path)
    try:
        by_source = {
            Path(r["source"]).name: r["id"]
            for r in reader._all("SELECT id, source FROM documents")  # noqa: SLF001
        }
        for txt in texts:
            gold_path = txt.with_suffix(".json")
            if not gold_path.exists():
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            doc_id = by_source.get(txt.name)
            record = document_record(reader, doc_id) if doc_id else {"entities": [], "operations": []}
            doc: dict[str, Any] = {"doc": txt.name, "entities": {}, "figures": {}}
            for etype in ENTITY_TYPES:
                predicted = [e["name"] for e in record["entities"] if e["type"] == etype]
                score, missed, extra = score_sets(predicted, gold.get("entities", {}).get(etype, []))
                result.entities[etype].add(score)
                doc["entities"][etype] = {"missed": sorted(missed), "false_alarms": sorted(extra)}
            pf, gf = predicted_figures(record), gold_figures(gold)
            score, missed, extra = match_figures(pf, gf)
            result.figures.add(score)
            loose, _, _ = match_figures(pf, gf, with_operation=False)
            result.figures_any_operation.add(loose)
            strict, strict_missed, strict_extra = match_figures(
                predicted_figures(record, detail=True), gold_figures(gold, detail=True), strict=True
            )
            result.figures_strict.add(strict)
            doc["figures"] = {"missed": missed, "false_alarms": extra}
            # Figures found with the right value whose item or qualifier is wrong.
            doc["figures_strict"] = {"missed": strict_missed, "false_alarms": strict_extra}
            result.documents.append(doc)
    finally:
        reader.close()
    return result
