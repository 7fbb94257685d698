"""How often each recogniser and each cue word is right, on gold-annotated reports.

    python -m benchmarks.rule_precision [FOLDER ...] [--min 5] [--examples 4]

Every folder holds reports in the dev format (``NAME.txt`` beside ``NAME.json``;
default: ``../shared/eval/dev`` and ``tests/wild``). Two tables, least precise
first:

* **entities by rule**: each extracted entity is credited to the rules of the
  spans that found it (``Span.rule``, with its ``how`` where it has one;
  mentions found again by propagation are left aside). An entity one rule
  alone found is that rule's: dropping the rule drops it. It is right when the
  gold lists its name (case aside) under its type.
* **figures by cue word**: each extracted figure is credited to the cue word
  nearest its number in its sentence that gives the figure's metric
  (``(none)`` where no such word stands there). It is right when the gold
  holds a figure of its metric, unit and value anywhere in the report: the
  operation it is filed under is attribution, not the cue's doing.

A rule or a word whose precision stays well under the extractor's F1 on
articles it was not written from costs more than it finds; the examples
after each row are its misses. Looking at real articles this way (rather
than at one sentence at a time) is how a rule is judged here.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import store.extract as extract_module
from store.evaluate import gold_figures
from store.extract.figures import find_cues
from store.text import entity_key, visible

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = [ROOT.parent / "shared" / "eval" / "dev", ROOT / "tests" / "wild"]


@contextlib.contextmanager
def _spans_seen() -> Iterator[list]:
    """While open, the spans ``find_entities`` returns for each text, appended to the list it yields."""
    seen: list = []
    original = extract_module.find_entities

    def recorded(text: str):
        spans = original(text)
        seen.append(spans)
        return spans

    extract_module.find_entities = recorded
    try:
        yield seen
    finally:
        extract_module.find_entities = original


def measure(folders: list[Path]) -> tuple[dict, dict]:
    """(entity rows, figure rows): each maps a (type or metric, rule or word) to [right, wrong, examples]."""
    entities: dict = defaultdict(lambda: [0, 0, []])
    figures: dict = defaultdict(lambda: [0, 0, []])
    with _spans_seen() as seen:
        for folder in folders:
            for gold_path in sorted(folder.glob("*.json")):
                text_path = gold_path.with_suffix(".txt")
                if not text_path.exists():
                    continue
                gold = json.loads(gold_path.read_text(encoding="utf-8"))
                text = text_path.read_text(encoding="utf-8")
                seen.clear()
                result = extract_module.extract(text)
                rules: dict[tuple[str, str], set[str]] = defaultdict(set)
                for span in seen[-1] if seen else []:
                    if span.rule == "propagated":
                        continue
                    how = (span.extra or {}).get("how")
                    name = span.alias_of if (span.alias_of and span.type == "PERSON") else span.name
                    rules[(span.type, entity_key(name))].add(span.rule + (f":{how}" if how else ""))
                for entity in result.entities:
                    found_by = rules.get((entity.type, entity_key(entity.name))) or {"?"}
                    if len(found_by) != 1:
                        continue
                    listed = {name.casefold() for name in gold.get("entities", {}).get(entity.type, [])}
                    row = entities[(entity.type, next(iter(found_by)))]
                    right = entity.name.casefold() in listed
                    row[0 if right else 1] += 1
                    if not right:
                        row[2].append(visible(f"{gold_path.stem}: {entity.name}"))
                # (the gold's figures as docket eval reads them, the operation aside: see the module's docstring)
                stated = Counter((metric, unit, round(value, 6)) for _, metric, unit, value in gold_figures(gold))
                for fig in result.figures:
                    key = (fig.metric, fig.unit, round(fig.value, 6))
                    right = stated[key] > 0
                    if right:
                        stated[key] -= 1
                    cues = [c for c in find_cues(text, fig.sentence_start, fig.sentence_end) if c.metric == fig.metric]
                    word = min(cues, key=lambda c: abs(c.start - fig.start)).word if cues else "(none)"
                    row = figures[(fig.metric, word)]
                    row[0 if right else 1] += 1
                    if not right:
                        row[2].append(visible(f"{gold_path.stem}: {text[fig.start : fig.end]}"))
    return dict(entities), dict(figures)


def _table(title: str, rows: dict, least: int, examples: int) -> list[str]:
    out = [title, f"{'':10} {'rule or word':42} {'right':>6} {'wrong':>6} {'precision':>9}"]
    kept = [(key, row) for key, row in rows.items() if row[0] + row[1] >= least]
    for (kind, rule), (right, wrong, misses) in sorted(kept, key=lambda kv: (kv[1][0] / (kv[1][0] + kv[1][1]), kv[0])):
        line = f"{kind:10} {rule[:42]:42} {right:6} {wrong:6} {right / (right + wrong):9.2f}"
        if examples and misses:
            line += "   e.g. " + "; ".join(misses[:examples])
        out.append(line)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description="Precision of each recogniser and cue word on gold reports.")
    parser.add_argument("folders", nargs="*", type=Path, help="folders of NAME.txt + NAME.json")
    parser.add_argument("--min", type=int, default=5, help="leave out rules with fewer results than this")
    parser.add_argument("--examples", type=int, default=4, help="misses shown per row")
    args = parser.parse_args()
    folders = args.folders or [f for f in DEFAULT_FOLDERS if f.is_dir()]
    entities, figures = measure(folders)
    lines = _table("entities by rule (found by that rule alone)", entities, args.min, args.examples)
    lines += [""] + _table("figures by cue word", figures, args.min, args.examples)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
