"""Exports that other tools read. The JSON Lines shape is a contract (see
DESIGN.md and the README's version notes): change it only with a note."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from .db import utc_now
from .files import make_private_dirs, open_private
from .queries import Reader
from .text import spreadsheet_safe, visible

__all__ = [
    "document_record",
    "iter_records",
    "write_jsonl",
    "write_csv",
    "write_ftm",
    "ftm_entities",
    "write_manifest",
    "select_documents",
    "EXPORT_VERSION",
]

#: Bumped when the record shape changes; see the README's version notes.
EXPORT_VERSION = 4


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


#: The headline figures of an operation instance, as every export names them
#: (the columns of ``operation_summary``; see store/summary.py).
HEADLINE_FIELDS = (
    "arrests",
    "arrests_qualifier",
    "rescued",
    "rescued_qualifier",
    "main_seizures",
    "documents",
    "seizure_figures",
    "other_figures",
    "conflicts",
)


def headline_record(row: dict[str, Any] | None) -> dict[str, Any] | None:
    """An operation's headline figures across the whole store (every
    document that reports it), or None for figures of no named operation."""
    if row is None or row.get("id") is None:
        return None
    out = {key: row.get(key) for key in HEADLINE_FIELDS}
    for key in ("arrests", "rescued"):
        if out[key] is not None:
            out[key] = _number(out[key])
    return out


def _entity_record(e: dict[str, Any], marks: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {"type": e["type"], "name": e["name"], "mentions": e["mentions"]}
    mark = marks.entity(e["type"], e["key"]) if marks is not None else None
    if mark:
        rec["curated"] = True
        rec["original"] = mark["original"]
        if mark["aliases"]:
            rec["aliases"] = mark["aliases"]
    return rec


def document_record(reader: Reader, doc_id: int, marks: Any = None) -> dict[str, Any]:
    """One document as the export contract describes it; an entity or figure
    an analyst corrected carries ``curated: true`` and the extractor's
    ``original`` values (``marks``: ``reader.curation_marks()``, read once
    per export; read here when not given)."""
    doc = reader.document(doc_id)
    if doc is None:
        raise KeyError(doc_id)
    if marks is None:
        marks = reader.curation_marks()
    text = doc["text"]
    entities = [_entity_record(e, marks) for e in reader.document_entities(doc_id)]
    figures = reader.document_figures(doc_id)
    operations: list[dict[str, Any]] = []
    by_id: dict[int | None, dict[str, Any]] = {}
    for op in reader.document_operations(doc_id):
        rec = {
            "name": op["name"],
            "instance": op["instance"],
            "year": op["year"],
            "headline": headline_record(reader.operation(op["id"])),
            "stats": [],
        }
        by_id[op["id"]] = rec
        operations.append(rec)
    for f in figures:
        rec = by_id.get(f["operation_id"])
        if rec is None:
            head = headline_record(reader.operation(f["operation_id"])) if f["operation_id"] is not None else None
            rec = {"name": f["operation"], "instance": f["instance"], "year": None, "headline": head, "stats": []}
            by_id[f["operation_id"]] = rec
            operations.append(rec)
        stat = {
            "id": f["id"],
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
        mark = marks.figure(doc["sha256"], f["start"], f["end"])
        if mark:
            stat["curated"] = True
            stat["original"] = {
                k: _number(v) if k == "value" and v is not None else v for k, v in mark["original"].items()
            }
        rec["stats"].append(stat)
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
    marks = reader.curation_marks()
    while True:
        ids = reader.document_ids(after)
        if not ids:
            return
        for doc_id in ids:
            yield document_record(reader, doc_id, marks)
        after = ids[-1]


def write_json_lines(items: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many were written.

    ``ensure_ascii`` keeps control characters from documents escaped
    (``\\u001b``), so the output is safe to print to a terminal.
    """
    n = 0
    for item in items:
        out.write(json.dumps(item, ensure_ascii=True) + "\n")
        n += 1
    return n


def write_jsonl(reader: Reader, out: TextIO, ids: list[int] | None = None) -> int:
    """The documents ``ids`` selects (all by default) in the JSON Lines contract."""
    return write_json_lines(iter_selected(reader, ids), out)


# --------------------------------------------------------------------- selection


def select_documents(
    reader: Reader,
    *,
    entity: str | None = None,
    operation: str | None = None,
    search: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[int] | None:
    """Ids of the documents a filter selects, or None for every document;
    ``since`` / ``until`` keep those published in that range (ISO dates)."""
    ids: set[int] | None = None

    def narrow(found: set[int]) -> None:
        nonlocal ids
        ids = found if ids is None else ids & found

    if entity is not None:
        row = reader.find_entity(entity)
        narrow(set(reader.entity_document_ids(row["id"])) if row else set())
    if operation is not None:
        row = reader.find_entity(operation, "OPERATION")
        narrow(set(reader.entity_document_ids(row["id"])) if row else set())
    if search is not None:
        narrow(set(reader.search_ids(search)))
    if since is not None or until is not None:
        narrow(set(reader.dated_ids(since, until)))
    return None if ids is None else sorted(ids)


def iter_selected(reader: Reader, ids: list[int] | None) -> Iterator[dict[str, Any]]:
    if ids is None:
        yield from iter_records(reader)
    else:
        marks = reader.curation_marks()
        for doc_id in ids:
            yield document_record(reader, doc_id, marks)


# --------------------------------------------------------------------------- CSV


def csv_cell(value: Any, *, raw: bool = False) -> Any:
    """One CSV cell. Text is written with control characters made visible
    (␛, <9B>), so a CSV file printed to a terminal cannot drive it, and —
    unless ``raw`` — with a formula-like start neutralised by
    :func:`store.text.spreadsheet_safe`. Numbers stay numbers."""
    if not isinstance(value, str):
        return value
    value = visible(value)
    return value if raw else spreadsheet_safe(value)


def write_csv(reader: Reader, folder: Path, ids: list[int] | None, *, raw: bool = False) -> list[Path]:
    """documents.csv, entities.csv, mentions.csv, figures.csv (with evidence)
    and operations.csv (each operation the documents name, with its headline
    figures across the store).

    The folder (and any made above it) is created 0700, the files 0600.
    Text cells go through :func:`csv_cell` (``raw`` keeps formula-like
    starts as they are)."""
    make_private_dirs(folder)
    headers = {
        "documents": ["id", "sha256", "title", "source", "published", "ingested_at", "characters"],
        "entities": ["id", "type", "name", "mention_count", "document_count", "curated", "original"],
        "mentions": ["document_id", "entity_id", "type", "name", "start", "end", "text"],
        "figures": [
            "figure_id",
            "document_id",
            "operation",
            "metric",
            "item",
            "value",
            "unit",
            "qualifier",
            "scope",
            "evidence_start",
            "evidence_end",
            "evidence_text",
            "evidence_sentence",
            "curated",
            "original",
        ],
        "operations": ["id", "name", "year", "series", *HEADLINE_FIELDS],
    }
    paths = {name: folder / f"{name}.csv" for name in headers}
    handles = {name: open_private(path, "w", encoding="utf-8", newline="") for name, path in paths.items()}
    try:
        writers = {name: csv.writer(fh) for name, fh in handles.items()}

        def row(table: str, *values: Any) -> None:
            writers[table].writerow([csv_cell(v, raw=raw) for v in values])

        for name, header in headers.items():
            writers[name].writerow(header)
        marks = reader.curation_marks()

        def curated(mark: dict[str, Any] | None) -> tuple[str, str]:
            if not mark:
                return "false", ""
            return "true", json.dumps(mark["original"], ensure_ascii=True, sort_keys=True)

        seen_entities: set[int] = set()
        seen_operations: set[int] = set()
        for doc_id in ids if ids is not None else reader.all_document_ids():
            doc = reader.document(doc_id)
            if doc is None:
                continue
            text = doc["text"]
            row(
                "documents",
                doc["id"],
                doc["sha256"],
                doc["title"],
                doc["source"],
                doc["published"],
                doc["ingested_at"],
                len(text),
            )
            for m in reader.document_mentions(doc_id):
                row(
                    "mentions",
                    doc_id,
                    m["entity_id"],
                    m["type"],
                    m["name"],
                    m["start"],
                    m["end"],
                    text[m["start"] : m["end"]],
                )
                if m["entity_id"] not in seen_entities:
                    seen_entities.add(m["entity_id"])
                    e = reader.entity(m["entity_id"])
                    if e:
                        row(
                            "entities",
                            e["id"],
                            e["type"],
                            e["name"],
                            e["mention_count"],
                            e["document_count"],
                            *curated(marks.entity(e["type"], e["key"])),
                        )
            named = [op["id"] for op in reader.document_operations(doc_id)]
            for op_id in named:
                if op_id not in seen_operations:
                    seen_operations.add(op_id)
                    op = reader.operation(op_id)
                    if op is not None:
                        row("operations", op["id"], op["name"], op["year"], op["series"], *headline_record(op).values())
            for f in reader.document_figures(doc_id):
                row(
                    "figures",
                    f["id"],
                    doc_id,
                    f["instance"],
                    f["metric"],
                    f["item"],
                    _number(f["value"]),
                    f["unit"],
                    f["qualifier"],
                    f["scope"],
                    f["start"],
                    f["end"],
                    text[f["start"] : f["end"]],
                    text[f["sentence_start"] : f["sentence_end"]],
                    *curated(marks.figure(doc["sha256"], f["start"], f["end"])),
                )
    finally:
        for fh in handles.values():
            fh.close()
    return list(paths.values())


# ------------------------------------------------------------ FollowTheMoney


def _ftm_id(*parts: object) -> str:
    return "docket-" + hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()


_FTM_SCHEMA = {"PERSON": "Person", "ORG": "Organization", "LOCATION": "Address", "OPERATION": "Event"}


def _country_code(name: str) -> str | None:
    try:
        import pycountry

        return pycountry.countries.lookup(name).alpha_2.lower()
    except LookupError:
        return None


def ftm_entities(reader: Reader, ids: list[int] | None) -> Iterator[dict[str, Any]]:
    """FollowTheMoney entities: a PlainText per document, a Person,
    Organization, Address or Event per entity, and a Mention linking each
    entity to each document that names it. Loads into Aleph / OpenAleph."""
    emitted: set[str] = set()
    doc_ids = ids if ids is not None else reader.all_document_ids()
    for doc_id in doc_ids:
        doc = reader.document(doc_id)
        if doc is None:
            continue
        doc_ftm_id = _ftm_id("document", doc["sha256"])
        entities = reader.document_entities(doc_id)
        props: dict[str, list[str]] = {
            "title": [doc["title"]],
            "fileName": [doc["source"]],
            "contentHash": [doc["sha256"]],
            "bodyText": [doc["text"]],
            "peopleMentioned": [e["name"] for e in entities if e["type"] == "PERSON"],
            "companiesMentioned": [e["name"] for e in entities if e["type"] == "ORG"],
            "namesMentioned": [e["name"] for e in entities if e["type"] in ("PERSON", "ORG")],
        }
        if doc["published"]:
            props["publishedAt"] = [doc["published"]]
        yield {"id": doc_ftm_id, "schema": "PlainText", "properties": {k: v for k, v in props.items() if v}}
        for e in entities:
            full = reader.entity(e["id"])
            if full is None:
                continue
            ent_id = _ftm_id("entity", full["type"], full["key"])
            schema = _FTM_SCHEMA[full["type"]]
            if ent_id not in emitted:
                emitted.add(ent_id)
                eprops: dict[str, list[str]] = {"name": [full["name"]]}
                if schema == "Address":
                    eprops["full"] = [full["name"]]
                    code = _country_code(full["name"])
                    if code:
                        eprops["country"] = [code]
                yield {"id": ent_id, "schema": schema, "properties": eprops}
            yield {
                "id": _ftm_id("mention", doc["sha256"], full["type"], full["key"]),
                "schema": "Mention",
                "properties": {
                    "document": [doc_ftm_id],
                    "resolved": [ent_id],
                    "name": [e["name"]],
                    "detectedSchema": [schema],
                },
            }


def write_ftm(reader: Reader, out: TextIO, ids: list[int] | None = None) -> int:
    return write_json_lines(ftm_entities(reader, ids), out)


# ------------------------------------------------------------------ manifest


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(
    reader: Reader,
    files: list[Path],
    manifest: Path,
    *,
    version: str,
    fmt: str,
    selection: dict[str, str] | None = None,
    audit_head: dict | None = None,
) -> None:
    """A manifest of an export, for carrying it across an air gap: every
    file with its size and sha256, the filter that chose the documents
    (``{}``: all of them), the docket version, the store's identity and the
    head of its audit trail (id and hash of the last record), which anchors
    the hash chain outside the store. Created 0600."""
    meta = reader.store_meta()
    record = {
        "docket_version": version,
        "export_version": EXPORT_VERSION,
        "format": fmt,
        "selection": dict(selection or {}),
        "store_id": meta.get("store_id"),
        "store_created_at": meta.get("created_at"),
        "exported_at": utc_now(),
        "audit_head": audit_head,
        "files": [{"name": p.name, "bytes": p.stat().st_size, "sha256": sha256_file(p)} for p in files],
    }
    with open_private(manifest, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(record, indent=2, ensure_ascii=True) + "\n")
