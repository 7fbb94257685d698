"""Whether a layer learned from gold reports beats the rules it sits on.

    python -m benchmarks.learned_layers --train DIR [DIR ...] --test DIR [DIR ...] [--epochs 30]

Issue #11 allows a statistical backend if it beats the rules. Before building one, this measures the cheapest
kind: a logistic model over features the rules already compute, trained on the ``--train`` folders (reports in the
dev format, ``NAME.txt`` beside ``NAME.json``) and judged on the ``--test`` folders, for the three decisions that
cost most on real articles:

1. **attribution**: for each figure whose metric, unit and value a gold figure has, which of the text's operations
   (or none) it belongs to. A choice among candidates (a softmax); the features are the rules' own choice, whether
   the operation is named in the figure's sentence, paragraph or lead, how far its nearest mention before and after
   is, whether it is the one named last, and its share of the mentions. Printed: how many the rules and the model
   give the gold's operation (figures whose gold operation the text never names as an operation are left out: no
   choice can mend them).
2. **false alarms**: whether each figure the extractor found is one of the gold's (any operation), from the words
   around its number and in its sentence, its metric, unit and item. Printed: figure F1 (any operation) of the
   rules, and of the rules with the figures the model doubts dropped, at several thresholds.
3. **numbers passed over**: of the numbers no figure holds (years aside), which state a gold figure the rules
   missed, from the words around them. Printed: how many the model flags at several thresholds, and how many of
   those have a missed gold figure's value (an upper bound: the metric and unit would still have to be right).

Pure Python (stochastic gradient descent with an L2 penalty, a fixed seed), so it needs nothing beyond the
project's dependencies. docs/benchmarks.md records what it found on real articles.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from store.evaluate import _close, _op_name, gold_figures, match_figures
from store.extract import _PARAGRAPH_BREAK, OPERATION, _lead_end, extract
from store.extract.numbers import find_numbers

_WORD = re.compile(r"[a-z]+")
THRESHOLDS = (0.3, 0.5, 0.7)


@dataclass
class Report:
    text: str
    mentions: dict[str | None, list[int]]  # each operation's mention starts, by its scored name
    lead_end: int
    paragraphs: list[int]
    figures: list[dict]  # the extractor's figures
    labels: dict[int, str | None] = field(default_factory=dict)  # figure index -> the gold operation of its match
    passed_over: list[tuple[float, int, int, bool]] = field(default_factory=list)  # (value, start, end, missed)
    n_gold: int = 0
    missed_values: list[float] = field(default_factory=list)


def read(folders: Iterable[str]) -> list[Report]:
    reports = []
    for folder in folders:
        for txt in sorted(Path(folder).glob("*.txt")):
            gold_path = txt.with_suffix(".json")
            if gold_path.exists():
                reports.append(_report(txt.read_text(encoding="utf-8"), json.loads(gold_path.read_text("utf-8"))))
    return reports


def _report(text: str, gold: dict) -> Report:
    result = extract(text)
    mentions: dict[str | None, list[int]] = {}
    for e in result.entities:
        if e.type == OPERATION:
            mentions.setdefault(_op_name(e.name), []).extend(start for start, _ in e.mentions)
    for starts in mentions.values():
        starts.sort()
    figures = [
        {
            "op": _op_name(f.operation),
            "metric": f.metric,
            "unit": f.unit or "count",
            "value": f.value,
            "item": f.item or "",
            "start": f.start,
            "end": f.end,
            "ss": f.sentence_start,
            "se": f.sentence_end,
        }
        for f in result.figures
    ]
    golds = gold_figures(gold)
    report = Report(text, mentions, _lead_end(text), [m.end() for m in _PARAGRAPH_BREAK.finditer(text)], figures)
    report.n_gold = len(golds)
    # each figure's gold match, its own operation's first, then any
    remaining = list(golds)
    for same_operation in (True, False):
        for i, f in enumerate(figures):
            if i in report.labels:
                continue
            for k, g in enumerate(remaining):
                if (
                    (not same_operation or g[0] == f["op"])
                    and (g[1], g[2]) == (f["metric"], f["unit"])
                    and _close(g[3], f["value"])
                ):
                    report.labels[i] = g[0]
                    remaining.pop(k)
                    break
    predicted = [(f["op"], f["metric"], f["unit"], f["value"]) for f in figures]
    _, missed, _ = match_figures(predicted, golds, with_operation=False)
    report.missed_values = [g[3] for g in missed]
    held = sorted((f["start"], f["end"]) for f in figures)
    for n in find_numbers(text):
        k = bisect.bisect_right(held, (n.start, n.end))
        inside = any(s < n.end and n.start < e for s, e in held[max(0, k - 2) : k + 2])
        if not n.is_year and not inside:
            hit = any(_close(v, n.value) for v in report.missed_values)
            report.passed_over.append((n.value, n.start, n.end, hit))
    return report


# --- the models -------------------------------------------------------------------------------------------------


def _dot(w: dict[str, float], x: dict[str, float]) -> float:
    return sum(w.get(k, 0.0) * v for k, v in x.items())


def _sgd_steps(n: int, epochs: int) -> Iterator[tuple[int, float]]:
    """(row, learning rate) of stochastic gradient descent over ``n`` rows: each epoch in a new order (a fixed seed),
    the rate falling by epoch."""
    rng = random.Random(7)
    order = list(range(n))
    for epoch in range(epochs):
        rng.shuffle(order)
        for i in order:
            yield i, 0.5 / (1 + epoch)


def _step(w: dict[str, float], x: dict[str, float], gradient: float, rate: float, l2: float) -> None:
    for k, v in x.items():
        w[k] = w.get(k, 0.0) * (1 - rate * l2) - rate * gradient * v


def probability(w: dict[str, float], x: dict[str, float]) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, _dot(w, x)))))


def train_binary(rows: list[tuple[dict[str, float], int]], epochs: int, l2: float = 1e-3) -> dict[str, float]:
    w: dict[str, float] = {}
    for i, rate in _sgd_steps(len(rows), epochs):
        x, y = rows[i]
        _step(w, x, probability(w, x) - y, rate, l2)
    return w


def train_choice(rows: list[tuple[list[dict[str, float]], int]], epochs: int, l2: float = 1e-3) -> dict[str, float]:
    w: dict[str, float] = {}
    for i, rate in _sgd_steps(len(rows), epochs):
        candidates, y = rows[i]
        scores = [_dot(w, x) for x in candidates]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        for j, x in enumerate(candidates):
            _step(w, x, exps[j] / total - (1.0 if j == y else 0.0), rate, l2)
    return w


# --- features ---------------------------------------------------------------------------------------------------


def _candidate_features(r: Report, f: dict, name: str | None) -> dict[str, float]:
    p, ss, se = f["start"], f["ss"], f["se"]
    paragraph = bisect.bisect_right(r.paragraphs, p)
    if name is None:
        every = sorted(x for starts in r.mentions.values() for x in starts)
        k = bisect.bisect_left(every, p)
        before = every[k - 1] if k else None
        return {
            "none": 1.0,
            "none: the rules' choice": float(f["op"] is None),
            "none: two or more operations": float(len(r.mentions) >= 2),
            "none: in the headline": float(ss == 0),
            "none: no operation named before": float(before is None),
            "none: an operation in its sentence": float(any(ss <= x < se for x in every[max(0, k - 3) : k + 3])),
            "none: an operation in its paragraph": float(
                before is not None and bisect.bisect_right(r.paragraphs, before) == paragraph
            ),
            "none: where in the text": p / max(1, len(r.text)),
            "none: metric " + f["metric"]: 1.0,
        }
    starts = r.mentions[name]
    k = bisect.bisect_left(starts, p)
    before = starts[k - 1] if k else None
    after = starts[k] if k < len(starts) else None
    last_before = {key: v[bisect.bisect_left(v, p) - 1] for key, v in r.mentions.items() if bisect.bisect_left(v, p)}
    first = min(r.mentions, key=lambda key: r.mentions[key][0])
    return {
        "the rules' choice": float(f["op"] == name),
        "named first": float(name == first),
        "named first, in the lead": float(name == first and starts[0] < r.lead_end),
        "named in the lead": float(starts[0] < r.lead_end),
        "named in its sentence": float((before is not None and before >= ss) or (after is not None and after < se)),
        "named before": float(before is not None),
        "named after": float(after is not None),
        "distance before": math.log1p(p - before) / 8 if before is not None else 0.0,
        "distance after": math.log1p(after - p) / 8 if after is not None else 0.0,
        "named before, same paragraph": float(
            before is not None and bisect.bisect_right(r.paragraphs, before) == paragraph
        ),
        "named after, same paragraph": float(
            after is not None and bisect.bisect_right(r.paragraphs, after) == paragraph
        ),
        "the one named last": float(bool(last_before) and max(last_before, key=last_before.__getitem__) == name),
        "its share of the mentions": len(starts) / sum(len(v) for v in r.mentions.values()),
    }


def _words_around(text: str, start: int, end: int, sentence: tuple[int, int] | None = None) -> dict[str, float]:
    x: dict[str, float] = {"bias": 1.0}
    for w in _WORD.findall(text[max(0, start - 60) : start].lower())[-5:]:
        x["before " + w] = 1.0
    for w in _WORD.findall(text[end : end + 60].lower())[:5]:
        x["after " + w] = 1.0
    lo, hi = sentence if sentence else (max(0, start - 200), min(len(text), end + 200))
    for w in set(_WORD.findall(text[lo:hi].lower())):
        x["sentence " + w] = 1.0
    return x


def _figure_features(r: Report, f: dict) -> dict[str, float]:
    x = _words_around(r.text, f["start"], f["end"], (f["ss"], f["se"]))
    x["metric " + f["metric"]] = 1.0
    x["unit " + f["unit"]] = 1.0
    x["in the headline"] = float(f["ss"] == 0)
    x["magnitude"] = math.log10(max(1.0, f["value"])) / 5
    for w in _WORD.findall(f["item"].lower()):
        x["item " + w] = 1.0
    return x


def _frequent(rows: Iterable[dict[str, float]], at_least: int = 3) -> set[str]:
    counts: Counter[str] = Counter(k for x in rows for k in x)
    return {k for k, n in counts.items() if n >= at_least}


def _keep(x: dict[str, float], vocabulary: set[str]) -> dict[str, float]:
    return {k: v for k, v in x.items() if k in vocabulary}


# --- the three measures -----------------------------------------------------------------------------------------


def attribution(train: list[Report], test: list[Report], epochs: int) -> str:
    def rows(reports: list[Report]) -> list[tuple[list[dict[str, float]], int, int]]:
        out = []
        for r in reports:
            names: list[str | None] = [*sorted(n for n in r.mentions if n is not None), None]
            for i, gold_name in r.labels.items():
                if gold_name not in names:
                    continue
                f = r.figures[i]
                rules = names.index(f["op"]) if f["op"] in names else -1
                out.append(([_candidate_features(r, f, n) for n in names], names.index(gold_name), rules))
        return out

    tr, te = rows(train), rows(test)
    w = train_choice([(c, y) for c, y, _ in tr], epochs)
    model = sum(1 for c, y, _ in te if max(range(len(c)), key=lambda j: _dot(w, c[j])) == y)
    rules = sum(1 for _, y, chosen in te if chosen == y)
    return f"attribution: of {len(te)} figures, the rules give the gold's operation to {rules}, the model to {model}"


def false_alarms(train: list[Report], test: list[Report], epochs: int) -> str:
    def rows(reports: list[Report]) -> list[tuple[dict[str, float], int]]:
        return [(_figure_features(r, f), int(i in r.labels)) for r in reports for i, f in enumerate(r.figures)]

    tr, te = rows(train), rows(test)
    vocabulary = _frequent(x for x, _ in tr)
    w = train_binary([(_keep(x, vocabulary), y) for x, y in tr], epochs)
    gold = sum(r.n_gold for r in test)
    right = sum(y for _, y in te)
    parts = [f"false alarms: figures (any operation) F1 {2 * right / (len(te) + gold):.3f} by the rules"]
    for threshold in THRESHOLDS:
        kept = [(x, y) for x, y in te if probability(w, _keep(x, vocabulary)) >= threshold]
        right_kept = sum(y for _, y in kept)
        parts.append(
            f"{2 * right_kept / (len(kept) + gold):.3f} dropping those under {threshold}"
            f" ({len(te) - len(kept)} dropped, {right - right_kept} of them right)"
        )
    return "; ".join(parts)


def passed_over(train: list[Report], test: list[Report], epochs: int) -> str:
    def rows(reports: list[Report]) -> list[tuple[dict[str, float], int]]:
        out = []
        for r in reports:
            for value, start, end, hit in r.passed_over:
                x = _words_around(r.text, start, end)
                x["magnitude"] = math.log10(max(1.0, value)) / 5
                out.append((x, int(hit)))
        return out

    tr, te = rows(train), rows(test)
    vocabulary = _frequent(x for x, _ in tr)
    w = train_binary([(_keep(x, vocabulary), y) for x, y in tr], epochs)
    missed = sum(len(r.missed_values) for r in test)
    parts = [f"numbers passed over: {len(te)} in the test reports, {missed} gold figures missed by the rules"]
    for threshold in THRESHOLDS:
        flagged = [y for x, y in te if probability(w, _keep(x, vocabulary)) >= threshold]
        parts.append(f"{len(flagged)} flagged at {threshold}, {sum(flagged)} with a missed figure's value")
    return "; ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description="A learned layer over the rules, against the rules.")
    parser.add_argument("--train", nargs="+", required=True, help="folders of gold reports to learn from")
    parser.add_argument("--test", nargs="+", required=True, help="folders of gold reports to judge on")
    parser.add_argument("--epochs", type=int, default=30)
    args = parser.parse_args()
    train, test = read(args.train), read(args.test)
    print(f"{len(train)} reports to learn from, {len(test)} to judge on")
    for measure in (attribution, false_alarms, passed_over):
        print(measure(train, test, args.epochs), flush=True)


if __name__ == "__main__":
    main()
