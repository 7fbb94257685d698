"""Exports that other tools read. The JSON Lines shape is a contract (see
DESIGN.md and the README's version notes): change it only with a note."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from .queries import Reader

__all__ = ["document_record", "iter_records", "write_jsonl", "EXPORT_VERSION"]

#: Bumped when the record shape changes; see the README's version notes.
EXPORT_VERSION = 1


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def document_record(reader: Reader, doc_id: int) -> dict[str, Any]:
    """One document as the export contract describes it."""
    doc = reader.document(doc_id)
    if doc is None:
        raise KeyError(doc_id)
    text = doc["text"]
    entities = [
        {"type": e["type"], "name": e["name"], "mentions": e["mentions"]} for e in reader.document_entities(doc_id)
    ]
    figures = reader.document_figures(doc_id)
    operations: list[dict[str, Any]] = []
    by_id: dict[int | None, dict[str, Any]] = {}
    for op in reader.document_operations(doc_id):
        rec = {"name": op["name"], "year": op["year"], "stats": []}
        by_id[op["id"]] = rec
        operations.append(rec)
    for f in figures:
        rec = by_id.get(f["operation_id"])
        if rec is None:
            rec = {"name": f["operation"], "year": None, "stats": []}
            by_id[f["operation_id"]] = rec
            operations.append(rec)
        rec["stats"].append(
            {
                "metric": f["metric"],
                "item": f["item"],
                "value": _number(f["value"]),
                "unit": f["unit"],
                "qualifier": f["qualifier"],
                "scope": f["scope"],
                "evidence": {
                    "start": f["start"],
                    "end": f["end"],
                    "text": text[f["start"] : f["end"]],
                    "sentence": text[f["sentence_start"] : f["sentence_end"]],
                },
            }
        )
    return {
        "id": doc["id"],
        "title": doc["title"],
        "source": doc["source"],
        "sha256": doc["sha256"],
        "published": doc["published"],
        "entities": entities,
        "operations": operations,
    }


def iter_records(reader: Reader) -> Iterator[dict[str, Any]]:
    after = 0
    while True:
        ids = reader.document_ids(after)
        if not ids:
            return
        for doc_id in ids:
            yield document_record(reader, doc_id)
        after = ids[-1]


def write_jsonl(reader: Reader, out: TextIO) -> int:
    """Write every document as one JSON object per line; returns the count.

    ``ensure_ascii`` keeps control characters from documents escaped
    (``\\u001b``), so the output is safe to print to a terminal.
    """
    n = 0
    for record in iter_records(reader):
        out.write(json.dumps(record, ensure_ascii=True) + "\n")
        n += 1
    return n
