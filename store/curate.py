"""Analysts' corrections ("curation", issue #15), kept apart from extraction.

A correction is a row of ``curations``, keyed by what survives a new
extraction: an entity by its type and key (``store.text.entity_key``), a
figure by its document's sha256 and character span. Each row carries the OS
user, the UTC time, an optional reason, the corrected value and the
extractor's original value, and is recorded in the audit trail in the same
transaction. Rows are never changed or deleted: an undo (or the split of a
merge) is a new row naming the one it reverses.

:func:`apply_curations` applies every correction in force on top of what
the extractor wrote, for some documents or all; it runs after ingest
writes a batch, after ``docket reextract``, and whenever a correction is
made or undone. ``curation_effects`` records the documents where each
correction took effect; a correction in force in no document (its target
vanished) is an *orphan*: listed, never dropped, and applied again as soon
as its target comes back.

Every SQL statement here runs on a writer connection; the caller owns
nothing: the public functions that change the store open and commit their
own transaction.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .audit import append_in, os_user
from .db import utc_now
from .reextract import move_entity_rows, move_operation_rows
from .text import entity_key, operation_key, visible

__all__ = [
    "CurationError",
    "NotFound",
    "Curation",
    "ENTITY_ACTIONS",
    "FIGURE_ACTIONS",
    "FIGURE_FIELDS",
    "apply_curations",
    "curations",
    "active_curations",
    "orphans",
    "resolve_entity",
    "resolve_figure",
    "correct_entity",
    "correct_figure",
    "undo",
    "split",
    "reject_mention",
    "add_mention",
    "add_figure",
    "figure_guess",
    "export_curations",
    "import_curations",
    "ImportReport",
    "EXPORT_FORMAT",
    "Marks",
    "curation_marks",
]

ENTITY_TYPES = ("PERSON", "ORG", "LOCATION", "OPERATION")
ENTITY_ACTIONS = ("rename", "merge", "reject", "retype", "alias", "year")
FIGURE_ACTIONS = ("figure", "reject-figure", "add-figure")
MENTION_ACTIONS = ("reject-mention", "add-mention")
REVERSALS = ("undo", "split")
#: What ``docket curate figure`` can correct.
FIGURE_FIELDS = ("value", "unit", "metric", "item", "qualifier", "operation")
METRICS = ("arrests", "seized", "rescued", "identified", "dismantled", "other")
#: The longest selection :func:`figure_guess` reads (characters).
GUESS_LIMIT = 2000
#: The ``format`` of a file written by :func:`export_curations`.
EXPORT_FORMAT = "docket-curations/1"


_DEL_DOC_OP = "DELETE FROM document_operations WHERE document_id = ? AND operation_id = ?"
_UNSET_OP = "UPDATE operation_stats SET operation_id = NULL WHERE document_id = ? AND operation_id = ?"
_EFFECT_DOCS = "SELECT document_id FROM curation_effects WHERE curation_id = ?"


class CurationError(Exception):
    """A correction that cannot be made, with one line for the user."""


class NotFound(CurationError):
    """What a correction names is not in the store (no such entity, figure or correction)."""


@dataclass
class Curation:
    id: int
    uid: str
    at: str
    user: str
    reason: str | None
    action: str
    entity_type: str | None
    entity_key: str | None
    sha256: str | None
    start: int | None
    end: int | None
    value: dict[str, Any]
    original: dict[str, Any]
    undoes: int | None
    origin: str | None
    undone_by: int | None = None
    documents: int = 0  # documents where it takes effect now
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> str:
        if self.action in REVERSALS:
            return "reverses #" + str(self.undoes)
        if self.undone_by is not None:
            return f"undone by #{self.undone_by}"
        return "in force" if self.documents else "orphan"

    def target(self) -> str:
        """What it corrects, in words."""
        if self.entity_type is not None:
            return f"{self.entity_type} {self.original.get('name') or self.entity_key}"
        if self.sha256 is not None:
            what = self.original.get("summary") or self.original.get("text") or ""
            kind = "mention" if self.action in MENTION_ACTIONS else "figure"
            return f"{kind} {self.sha256[:12]}:{self.start}-{self.end}" + (f" ({what})" if what else "")
        return "?"

    def change(self) -> str:
        """What it changes, in words."""
        v = self.value
        if self.action == "rename":
            return f"name → {v.get('name')}"
        if self.action == "merge":
            return f"merged into {v.get('into_name')}"
        if self.action == "retype":
            return f"type → {v.get('type')}"
        if self.action == "alias":
            return f"alias {v.get('alias')}"
        if self.action == "year":
            return f"year → {v.get('year')}"
        if self.action == "reject":
            return "not an entity"
        if self.action == "reject-figure":
            return "not a figure"
        if self.action == "reject-mention":
            return "not a mention"
        if self.action == "add-mention":
            n = len(v.get("spans") or [])
            return f"mention of {v.get('type')} {v.get('name')} added" + (f" ({n} places)" if n > 1 else "")
        if self.action == "add-figure":
            return "figure added: " + ", ".join(f"{k} {v[k]}" for k in ("metric", "value", "unit", "item") if v.get(k))
        if self.action == "figure":
            parts = []
            for k in FIGURE_FIELDS:
                if k in v:
                    shown = v.get("operation_name") if k == "operation" else v[k]
                    parts.append(f"{k} → {'none' if shown is None else shown}")
            return ", ".join(parts)
        if self.action in REVERSALS:
            return f"{self.action} of #{self.undoes}"
        return self.action

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uid": self.uid,
            "at": self.at,
            "user": self.user,
            "reason": self.reason,
            "action": self.action,
            "entity_type": self.entity_type,
            "entity_key": self.entity_key,
            "sha256": self.sha256,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "original": self.original,
            "undoes": self.undoes,
            "origin": self.origin,
            "status": self.status,
            "documents": self.documents,
            "target": self.target(),
            "change": self.change(),
        }


_COLUMNS = (
    'id, uid, at, user, reason, action, entity_type, entity_key, sha256, start, "end", value, original, undoes, origin'
)


def _row(r: tuple) -> Curation:
    return Curation(*r[:11], json.loads(r[11] or "{}"), json.loads(r[12] or "{}"), r[13], r[14])  # type: ignore[misc]


def curations(conn: sqlite3.Connection, *, with_effects: bool = True) -> list[Curation]:
    """Every correction, undos included, oldest first, with its status."""
    out = [_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM curations ORDER BY id")]  # noqa: S608
    undone = {c.undoes: c.id for c in out if c.action in REVERSALS}
    for c in out:
        c.undone_by = undone.get(c.id)
    if with_effects and out:
        counts = dict(conn.execute("SELECT curation_id, count(*) FROM curation_effects GROUP BY curation_id"))
        for c in out:
            c.documents = counts.get(c.id, 0)
    return out


def active_curations(conn: sqlite3.Connection) -> list[Curation]:
    """The corrections in force (not reversals, not undone), oldest first."""
    return [
        _row(r)
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM curations c WHERE action NOT IN ('undo', 'split')"  # noqa: S608
            " AND NOT EXISTS (SELECT 1 FROM curations u WHERE u.undoes = c.id) ORDER BY id"
        )
    ]


def orphans(conn: sqlite3.Connection) -> list[Curation]:
    """Corrections in force whose target is in no document of the store."""
    return [c for c in curations(conn) if c.status == "orphan"]


# ------------------------------------------------------------------ applying


def _entity_id(conn: sqlite3.Connection, etype: str, key: str) -> int | None:
    row = conn.execute("SELECT id FROM entities WHERE type = ? AND key = ?", (etype, key)).fetchone()
    return row[0] if row else None


def _make_entity(conn: sqlite3.Connection, etype: str, name: str, key: str) -> int:
    cur = conn.execute(
        "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES (?, ?, ?, 0, 0)",
        (etype, name, key),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _docs_of(conn: sqlite3.Connection, eid: int, doc_ids: set[int] | None) -> list[int]:
    docs = [r[0] for r in conn.execute("SELECT document_id FROM document_entities WHERE entity_id = ?", (eid,))]
    return docs if doc_ids is None else [d for d in docs if d in doc_ids]


class _Applier:
    """One pass of the corrections in force over a set of documents."""

    def __init__(self, conn: sqlite3.Connection, doc_ids: set[int] | None) -> None:
        self.conn = conn
        self.doc_ids = doc_ids
        self.touched: set[int] = set()  # operations whose summary must be refreshed
        self.entities: set[int] = set()  # entities whose counts must be recounted
        self.dropped: set[int] = set()  # entities that may be left with no document
        self.documents: set[int] = set()  # documents whose counts must be recounted
        self.effects: list[tuple[int, int]] = []
        self.changed = False

    def effect(self, c: Curation, docs: Iterable[int]) -> None:
        for d in docs:
            self.effects.append((c.id, d))
            self.changed = True

    def _op(self, etype: str, eid: int) -> None:
        if etype == "OPERATION":
            self.touched.add(eid)

    def rename(self, c: Curation) -> None:
        assert c.entity_type and c.entity_key
        eid = _entity_id(self.conn, c.entity_type, c.entity_key)
        if eid is None:
            return
        docs = _docs_of(self.conn, eid, self.doc_ids)
        name = c.value["name"]
        self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, eid))
        self.conn.executemany(
            "UPDATE document_entities SET name = ? WHERE entity_id = ? AND document_id = ?",
            [(name, eid, d) for d in docs],
        )
        self._op(c.entity_type, eid)
        self.effect(c, docs)

    def reject(self, c: Curation) -> None:
        assert c.entity_type and c.entity_key
        eid = _entity_id(self.conn, c.entity_type, c.entity_key)
        if eid is None:
            return
        docs = _docs_of(self.conn, eid, self.doc_ids)
        for d in docs:
            self.conn.execute("DELETE FROM mentions WHERE document_id = ? AND entity_id = ?", (d, eid))
            self.conn.execute("DELETE FROM document_entities WHERE document_id = ? AND entity_id = ?", (d, eid))
            if c.entity_type == "OPERATION":
                self.conn.execute(_DEL_DOC_OP, (d, eid))
                self.conn.execute(_UNSET_OP, (d, eid))
        self._op(c.entity_type, eid)
        self.entities.add(eid)
        self.dropped.add(eid)
        self.documents.update(docs)
        self.effect(c, docs)

    def move(self, c: Curation, dst_type: str, dst_key: str, dst_name: str, rename_rows: bool) -> None:
        """Every mention of the entity ``c`` targets, in the documents at
        hand, becomes a mention of (dst_type, dst_key) (made when missing)."""
        assert c.entity_type and c.entity_key
        conn = self.conn
        src = _entity_id(conn, c.entity_type, c.entity_key)
        if src is None:
            return
        dst = _entity_id(conn, dst_type, dst_key)
        if dst == src:
            return
        docs = _docs_of(conn, src, self.doc_ids)
        if not docs:
            return
        if dst is None:
            dst = _make_entity(conn, dst_type, dst_name, dst_key)
        shown = conn.execute("SELECT name FROM entities WHERE id = ?", (dst,)).fetchone()[0]
        for d in docs:
            move_entity_rows(conn, d, src, dst, shown if rename_rows else None)
            if c.entity_type == "OPERATION":
                if dst_type == "OPERATION":
                    move_operation_rows(conn, d, src, dst)
                else:
                    conn.execute(_UNSET_OP, (d, src))
                    conn.execute(_DEL_DOC_OP, (d, src))
            elif dst_type == "OPERATION":
                conn.execute(
                    "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year) VALUES (?, ?, NULL)",
                    (d, dst),
                )
        self._op(c.entity_type, src)
        self._op(dst_type, dst)
        self.entities.update((src, dst))
        self.dropped.add(src)
        self.documents.update(docs)
        self.effect(c, docs)

    def merge(self, c: Curation) -> None:
        assert c.entity_type
        self.move(c, c.entity_type, c.value["into_key"], c.value["into_name"], rename_rows=True)

    def year(self, c: Curation) -> None:
        """The operation's mentions become those of its instance in another
        year (made when missing), whose documents record that year."""
        self.move(c, "OPERATION", c.value["into_key"], c.value["into_name"], rename_rows=False)
        dst = _entity_id(self.conn, "OPERATION", c.value["into_key"])
        if dst is not None:
            self.conn.execute("UPDATE document_operations SET year = ? WHERE operation_id = ?", (c.value["year"], dst))
            self.touched.add(dst)
            # in force where the instance is (also when it already had this key: the year alone changed)
            self.effect(c, _docs_of(self.conn, dst, self.doc_ids))

    def retype(self, c: Curation) -> None:
        assert c.entity_type and c.entity_key
        src = _entity_id(self.conn, c.entity_type, c.entity_key)
        if src is None:
            return
        name = self.conn.execute("SELECT name FROM entities WHERE id = ?", (src,)).fetchone()[0]
        self.move(c, c.value["type"], c.entity_key, name, rename_rows=False)

    def alias(self, c: Curation) -> None:
        assert c.entity_type and c.entity_key
        eid = _entity_id(self.conn, c.entity_type, c.entity_key)
        if eid is None:
            return
        other = _entity_id(self.conn, c.entity_type, entity_key(c.value["alias"]))
        if other is not None and other != eid:
            self.conn.execute("INSERT OR IGNORE INTO entity_aliases (entity_id, alias_id) VALUES (?, ?)", (eid, other))
        self.effect(c, _docs_of(self.conn, eid, self.doc_ids))

    def _figure_row(self, c: Curation) -> tuple | None:
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (c.sha256,)).fetchone()
        if row is None or (self.doc_ids is not None and row[0] not in self.doc_ids):
            return None
        doc = row[0]
        fig = self.conn.execute(
            'SELECT id, operation_id FROM operation_stats WHERE document_id = ? AND start = ? AND "end" = ?'
            " ORDER BY metric = ? DESC, id LIMIT 1",
            (doc, c.start, c.end, c.original.get("metric")),
        ).fetchone()
        return None if fig is None else (doc, *fig)

    def figure(self, c: Curation) -> None:
        found = self._figure_row(c)
        if found is None:
            return
        doc, fig, op = found
        sets = {k: c.value[k] for k in ("value", "unit", "metric", "item", "qualifier") if k in c.value}
        if "operation" in c.value:
            key = c.value["operation"]
            new_op = None if key is None else _entity_id(self.conn, "OPERATION", key)
            if key is None or new_op is not None:
                sets["operation_id"] = new_op
                if new_op is not None:
                    self.touched.add(new_op)
        if sets:
            assignments = ", ".join(f"{k} = ?" for k in sets)  # fixed column names
            self.conn.execute(f"UPDATE operation_stats SET {assignments} WHERE id = ?", (*sets.values(), fig))  # noqa: S608
        if op is not None:
            self.touched.add(op)
        self.effect(c, [doc])

    def reject_figure(self, c: Curation) -> None:
        found = self._figure_row(c)
        if found is None:
            return
        doc, fig, op = found
        self.conn.execute("DELETE FROM operation_stats WHERE id = ?", (fig,))
        if op is not None:
            self.touched.add(op)
        self.documents.add(doc)
        self.effect(c, [doc])

    def _document(self, c: Curation) -> int | None:
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ?", (c.sha256,)).fetchone()
        if row is None or (self.doc_ids is not None and row[0] not in self.doc_ids):
            return None
        return row[0]

    def reject_mention(self, c: Curation) -> None:
        doc = self._document(c)
        if doc is None:
            return
        row = self.conn.execute(
            'SELECT id, entity_id FROM mentions WHERE document_id = ? AND start = ? AND "end" = ?',
            (doc, c.start, c.end),
        ).fetchone()
        if row is None:
            return
        mention, eid = row
        self.conn.execute("DELETE FROM mentions WHERE id = ?", (mention,))
        self._fix_document_entity(doc, eid)
        self.entities.add(eid)
        self.dropped.add(eid)
        self.documents.add(doc)
        self.effect(c, [doc])

    def _fix_document_entity(self, doc: int, eid: int) -> None:
        """A document's row for an entity after its mentions changed."""
        n, first = self.conn.execute(
            "SELECT count(*), min(start) FROM mentions WHERE document_id = ? AND entity_id = ?", (doc, eid)
        ).fetchone()
        if n == 0:
            self.conn.execute("DELETE FROM document_entities WHERE document_id = ? AND entity_id = ?", (doc, eid))
            self._touch_type(eid)
            return
        self.conn.execute(
            "UPDATE document_entities SET mention_count = ?, first_start = ? WHERE document_id = ? AND entity_id = ?",
            (n, first, doc, eid),
        )

    def _touch_type(self, eid: int) -> None:
        row = self.conn.execute("SELECT type FROM entities WHERE id = ?", (eid,)).fetchone()
        if row and row[0] == "OPERATION":
            self.touched.add(eid)

    def add_mention(self, c: Curation) -> None:
        doc = self._document(c)
        if doc is None:
            return
        etype, name = c.value["type"], c.value["name"]
        key = entity_key(name)
        eid = _entity_id(self.conn, etype, key)
        if eid is None:
            eid = _make_entity(self.conn, etype, name, key)
        spans = [tuple(s) for s in c.value.get("spans") or [[c.start, c.end]]]
        added = False
        for start, end in spans:
            taken = self.conn.execute(
                'SELECT 1 FROM mentions WHERE document_id = ? AND start < ? AND "end" > ?', (doc, end, start)
            ).fetchone()
            if taken:
                continue
            self.conn.execute(
                'INSERT INTO mentions (document_id, entity_id, start, "end") VALUES (?, ?, ?, ?)',
                (doc, eid, start, end),
            )
            added = True
        if (
            not added
            and not self.conn.execute(
                "SELECT 1 FROM mentions WHERE document_id = ? AND entity_id = ?", (doc, eid)
            ).fetchone()
        ):
            self.dropped.add(eid)
            self.entities.add(eid)
            return
        n, first = self.conn.execute(
            "SELECT count(*), min(start) FROM mentions WHERE document_id = ? AND entity_id = ?", (doc, eid)
        ).fetchone()
        self.conn.execute(
            "INSERT INTO document_entities (document_id, entity_id, name, mention_count, first_start)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (document_id, entity_id)"
            " DO UPDATE SET mention_count = excluded.mention_count, first_start = excluded.first_start",
            (doc, eid, name, n, first),
        )
        if etype == "OPERATION":
            self.conn.execute(
                "INSERT OR IGNORE INTO document_operations (document_id, operation_id, year) VALUES (?, ?, NULL)",
                (doc, eid),
            )
            self.touched.add(eid)
        self.entities.add(eid)
        self.documents.add(doc)
        self.effect(c, [doc])

    def add_figure(self, c: Curation) -> None:
        doc = self._document(c)
        if doc is None:
            return
        v = c.value
        if self.conn.execute(
            'SELECT 1 FROM operation_stats WHERE document_id = ? AND start = ? AND "end" = ? AND metric = ?',
            (doc, c.start, c.end, v["metric"]),
        ).fetchone():
            self.effect(c, [doc])  # the extractor finds it now
            return
        op = _entity_id(self.conn, "OPERATION", v["operation"]) if v.get("operation") else None
        sentence = v.get("sentence") or [c.start, c.end]
        self.conn.execute(
            "INSERT INTO operation_stats (document_id, operation_id, metric, item, value, unit, qualifier, scope,"
            ' start, "end", sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)',
            (doc, op, v["metric"], v.get("item"), v["value"], v["unit"], v.get("qualifier"), c.start, c.end, *sentence),
        )
        if op is not None:
            self.touched.add(op)
        self.documents.add(doc)
        self.effect(c, [doc])

    def run(self, todo: list[Curation]) -> None:
        handlers = {
            "reject-mention": self.reject_mention,
            "add-mention": self.add_mention,
            "add-figure": self.add_figure,
            "rename": self.rename,
            "reject": self.reject,
            "merge": self.merge,
            "retype": self.retype,
            "alias": self.alias,
            "year": self.year,
            "figure": self.figure,
            "reject-figure": self.reject_figure,
        }
        for c in todo:
            handler = handlers.get(c.action)
            if handler is not None:
                handler(c)
        from .reextract import drop_unused_entities, recount_documents, recount_entities

        self.conn.executemany(
            "INSERT OR IGNORE INTO curation_effects (curation_id, document_id) VALUES (?, ?)", self.effects
        )
        recount_entities(self.conn, self.entities)
        recount_documents(self.conn, self.documents)
        gone = drop_unused_entities(self.conn, self.dropped)
        if gone:
            self.changed = True
        # a dropped operation's summary row goes (summary_values finds no entity)


def apply_curations(conn: sqlite3.Connection, doc_ids: Iterable[int] | None, touched: set[int] | None = None) -> bool:
    """Apply every correction in force to the documents ``doc_ids`` (None:
    wherever its target is), inside the caller's transaction. Operations
    whose summary changes are added to ``touched`` (refreshed by the
    caller); without ``touched`` they are refreshed here. Returns whether
    anything was changed. Cheap in a store without corrections."""
    if conn.execute("SELECT 1 FROM curations LIMIT 1").fetchone() is None:
        return False
    todo = active_curations(conn)
    if not todo:
        return False
    applier = _Applier(conn, None if doc_ids is None else set(doc_ids))
    applier.run(todo)
    if touched is None:
        from .summary import refresh_operation_summaries

        refresh_operation_summaries(conn, applier.touched)
    else:
        touched.update(applier.touched)
    return applier.changed


# --------------------------------------------------------------- resolving


def _operation_instances(conn: sqlite3.Connection, key: str) -> list[tuple[int, str, str]]:
    return [
        r
        for r in conn.execute(
            "SELECT id, name, key FROM entities WHERE type = 'OPERATION' AND key GLOB ? ORDER BY key",
            (key + " [12][0-9][0-9][0-9]",),
        )
    ]


def resolve_entity(conn: sqlite3.Connection, etype: str, name: str) -> dict[str, Any]:
    """The entity of type ``etype`` that ``name`` designates: its key, its
    displayed name, a (curated) alias, or an operation's name without its
    year when the store holds one instance of it. CurationError otherwise."""
    if etype not in ENTITY_TYPES:
        raise CurationError(f"{visible(etype)!r} is not an entity type (PERSON, ORG, LOCATION or OPERATION)")
    key = entity_key(name)
    if not key:
        raise CurationError(f"{visible(name)!r} is not a name (no letter or digit)")
    cols = "id, type, name, key, mention_count, document_count"
    row = conn.execute(f"SELECT {cols} FROM entities WHERE type = ? AND key = ?", (etype, key)).fetchone()
    if row is None and etype == "OPERATION":
        found = _operation_instances(conn, key)
        if len(found) > 1:
            years = ", ".join(k.rsplit(" ", 1)[1] for _, _, k in found)
            raise CurationError(
                f"{visible(name)!r} names {len(found)} operations ({years}): give the year too, as in"
                f" {visible(name + ' ' + years.split(', ')[0])!r}"
            )
        if found:
            row = conn.execute(f"SELECT {cols} FROM entities WHERE id = ?", (found[0][0],)).fetchone()
    if row is None:
        same = conn.execute(
            f"SELECT {cols} FROM entities WHERE type = ? AND name = ? COLLATE NOCASE ORDER BY key LIMIT 3",
            (etype, name.strip()),
        ).fetchall()
        if len(same) > 1:
            raise CurationError(
                f"{visible(name)!r} is the name of several {etype} entities: give another of their names"
            )
        row = same[0] if same else None
    if row is None:
        for c in active_curations(conn):
            if c.action == "alias" and c.entity_type == etype and entity_key(c.value.get("alias", "")) == key:
                row = conn.execute(
                    "SELECT id, type, name, key, mention_count, document_count FROM entities"
                    " WHERE type = ? AND key = ?",
                    (etype, c.entity_key),
                ).fetchone()
                if row:
                    break
    if row is None:
        close = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM entities WHERE type = ? AND key >= ? AND key < ? ORDER BY mention_count DESC LIMIT 3",
                (etype, key[:3], key[:3] + "\uffff"),
            )
        ]
        hint = f"; did you mean {', '.join(repr(visible(n)) for n in close)}?" if close else ""
        raise NotFound(f"no {etype} is called {visible(name)!r}{hint}")
    return dict(zip(("id", "type", "name", "key", "mention_count", "document_count"), row, strict=True))


def resolve_figure(conn: sqlite3.Connection, figure_id: int) -> dict[str, Any]:
    """The figure ``figure_id`` (its id as ``docket export`` and ``docket
    show --json`` give it), with its document's sha256."""
    row = conn.execute(
        'SELECT s.id, d.sha256, s.start, s."end", s.metric, s.item, s.value, s.unit, s.qualifier,'
        " s.operation_id, e.key, e.name, d.id"
        " FROM operation_stats s JOIN documents d ON d.id = s.document_id"
        " LEFT JOIN entities e ON e.id = s.operation_id WHERE s.id = ?",
        (figure_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no figure has id {figure_id} (docket export or docket show --json list figure ids)")
    keys = (
        "id",
        "sha256",
        "start",
        "end",
        "metric",
        "item",
        "value",
        "unit",
        "qualifier",
        "operation_id",
        "operation",
        "operation_name",
        "document_id",
    )
    return dict(zip(keys, row, strict=True))


def _summary(fig: dict[str, Any]) -> str:
    value = fig["value"]
    shown = int(value) if float(value).is_integer() else value
    item = f" {fig['item']}" if fig.get("item") else ""
    return f"{fig['metric']} {shown} {fig['unit']}{item}"


# ---------------------------------------------------------------- recording


def _insert(
    conn: sqlite3.Connection,
    action: str,
    *,
    entity_type: str | None = None,
    key: str | None = None,
    sha256: str | None = None,
    start: int | None = None,
    end: int | None = None,
    value: dict[str, Any] | None = None,
    original: dict[str, Any] | None = None,
    reason: str | None = None,
    undoes: int | None = None,
    user: str | None = None,
    at: str | None = None,
    uid: str | None = None,
    origin: str | None = None,
) -> int:
    cur = conn.execute(
        'INSERT INTO curations (uid, at, user, reason, action, entity_type, entity_key, sha256, start, "end",'
        " value, original, undoes, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid or uuid.uuid4().hex,
            at or utc_now(),
            user or os_user(),
            reason or None,
            action,
            entity_type,
            key,
            sha256,
            start,
            end,
            json.dumps(value or {}, ensure_ascii=True, sort_keys=True),
            json.dumps(original or {}, ensure_ascii=True, sort_keys=True),
            undoes,
            origin,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


def _one(conn: sqlite3.Connection, cid: int) -> Curation:
    for c in curations(conn):
        if c.id == cid:
            return c
    raise KeyError(cid)


def _audit(conn: sqlite3.Connection, c: Curation, outcome: str) -> None:
    detail = f"#{c.id} {c.action} {c.target()}: {c.change()}" + (f" (reason: {c.reason})" if c.reason else "")
    append_in(conn, utc_now(), os_user(), "curate", visible(detail)[:2000], visible(outcome)[:500])


def _write(conn: sqlite3.Connection, fn) -> Curation:
    """Run ``fn(conn)`` (which records a correction and applies it) in one
    write transaction with its audit record."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        c = fn(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return c


def _record_and_apply(conn: sqlite3.Connection, cid: int) -> Curation:
    apply_curations(conn, None)
    c = _one(conn, cid)
    _audit(conn, c, f"in force in {c.documents} document(s)" if c.documents else "orphan: its target is in no document")
    return c


def correct_entity(
    conn: sqlite3.Connection,
    action: str,
    etype: str,
    name: str,
    value: str | None = None,
    *,
    reason: str | None = None,
    entity_id: int | None = None,
) -> Curation:
    """Record and apply one entity correction: ``rename`` (value: the new
    name), ``merge`` (value: the name of the entity it goes into),
    ``reject``, ``retype`` (value: the new type), ``alias`` (value: the
    alias), ``year`` (an operation; value: the year it ran)."""
    if action not in ENTITY_ACTIONS:
        raise CurationError(f"{action!r} is not an entity correction")

    def run(conn: sqlite3.Connection) -> Curation:
        if entity_id is not None:  # the app names the row under the cursor
            found = conn.execute(
                "SELECT id, type, name, key, mention_count, document_count FROM entities WHERE id = ?", (entity_id,)
            ).fetchone()
            if found is None:
                raise NotFound("that entity is no longer in the store (r re-reads it)")
            ent = dict(zip(("id", "type", "name", "key", "mention_count", "document_count"), found, strict=True))
        else:
            ent = resolve_entity(conn, etype, name)
        etype_ = ent["type"]
        original: dict[str, Any] = {"name": ent["name"], "type": ent["type"]}
        new: dict[str, Any] = {}
        if action == "rename":
            if not value or not value.strip() or not entity_key(value):
                raise CurationError("the new name is empty")
            new = {"name": " ".join(value.split())}
        elif action == "merge":
            into = resolve_entity(conn, etype_, value or "")
            if into["id"] == ent["id"]:
                raise CurationError(f"{visible(ent['name'])!r} and {visible(value or '')!r} are the same entity")
            new = {"into_key": into["key"], "into_name": into["name"]}
        elif action == "retype":
            wanted = (value or "").strip().upper()
            if wanted not in ENTITY_TYPES:
                raise CurationError(
                    f"{visible(value or '')!r} is not an entity type: use PERSON, ORG, LOCATION or OPERATION"
                )
            if wanted == etype_:
                raise CurationError(f"{visible(ent['name'])!r} is already a {etype_}")
            new = {"type": wanted}
        elif action == "alias":
            if not value or not entity_key(value):
                raise CurationError("the alias is empty")
            new = {"alias": " ".join(value.split())}
        elif action == "year":
            if etype_ != "OPERATION":
                raise CurationError(f"only an operation has a year; {visible(ent['name'])!r} is a {etype_}")
            written = (value or "").strip()
            if not (written.isdigit() and len(written) == 4 and 1900 <= int(written) <= 2100):
                raise CurationError(f"{visible(written)!r} is not a year (four digits, 1900-2100)")
            year = int(written)
            base = ent["name"]
            if base.endswith(f" {year}"):
                base = base[: -len(f" {year}")]
            into = operation_key(base, year)
            known = conn.execute(
                "SELECT max(year) FROM document_operations WHERE operation_id = ?", (ent["id"],)
            ).fetchone()[0]
            if known == year:
                raise CurationError(f"{visible(ent['name'])!r} is already the operation of {year}")
            original["year"] = known
            new = {"year": year, "into_key": into, "into_name": base}
        cid = _insert(conn, action, entity_type=etype_, key=ent["key"], value=new, original=original, reason=reason)
        return _record_and_apply(conn, cid)

    return _write(conn, run)


def _figure_original(conn: sqlite3.Connection, fig: dict[str, Any]) -> dict[str, Any]:
    """What the extractor found for a figure: the original of an earlier
    correction of the same span, else the figure as it stands."""
    for c in active_curations(conn):
        if c.sha256 == fig["sha256"] and c.start == fig["start"] and c.end == fig["end"] and c.original:
            return c.original
    out = {k: fig[k] for k in ("metric", "item", "value", "unit", "qualifier")}
    out["operation"] = fig["operation"]
    out["operation_name"] = fig["operation_name"]
    out["summary"] = _summary(fig)
    return out


def correct_figure(
    conn: sqlite3.Connection, figure_id: int, changes: dict[str, Any] | None, *, reason: str | None = None
) -> Curation:
    """Record and apply a figure correction; ``changes`` None rejects the
    figure. Keys of ``changes``: value, unit, metric, item, qualifier, and
    operation (an operation's name, None for no operation)."""

    def run(conn: sqlite3.Connection) -> Curation:
        fig = resolve_figure(conn, figure_id)
        original = _figure_original(conn, fig)
        where = {"sha256": fig["sha256"], "start": fig["start"], "end": fig["end"]}
        if changes is None:
            cid = _insert(conn, "reject-figure", **where, original=original, reason=reason)
            return _record_and_apply(conn, cid)
        new: dict[str, Any] = {}
        for k, v in changes.items():
            if k not in FIGURE_FIELDS:
                raise CurationError(f"{k!r} is not a field of a figure ({', '.join(FIGURE_FIELDS)})")
            if k == "value":
                try:
                    v = float(v)
                except (TypeError, ValueError):
                    raise CurationError(f"{visible(str(v))!r} is not a number") from None
                if v != v or v in (float("inf"), float("-inf")) or v < 0:
                    raise CurationError(f"{v!r} is not a figure's value (a number, 0 or more)")
            elif k == "metric":
                if v not in METRICS:
                    raise CurationError(f"{visible(str(v))!r} is not a metric: use {', '.join(METRICS)}")
            elif k == "unit":
                if not v or not str(v).strip():
                    raise CurationError("the unit is empty")
                v = str(v).strip()
            elif k == "operation":
                if v is not None:
                    op = resolve_entity(conn, "OPERATION", v)
                    new["operation_name"] = op["name"]
                    v = op["key"]
                else:
                    new["operation_name"] = None
            elif v is not None:
                v = " ".join(str(v).split()) or None
            new[k] = v
        if not new:
            raise CurationError("nothing to correct: give a value, unit, metric, item, qualifier or operation")
        cid = _insert(conn, "figure", **where, value=new, original=original, reason=reason)
        return _record_and_apply(conn, cid)

    return _write(conn, run)


def _document_row(conn: sqlite3.Connection, doc_id: int) -> tuple[str, str]:
    row = conn.execute("SELECT sha256, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise NotFound(f"no document has id {doc_id}")
    return row[0], row[1]


def reject_mention(
    conn: sqlite3.Connection, doc_id: int, start: int, end: int, *, reason: str | None = None
) -> Curation:
    """Record and apply: the mention at ``start``–``end`` of document ``doc_id`` is wrong."""

    def run(conn: sqlite3.Connection) -> Curation:
        sha, text = _document_row(conn, doc_id)
        row = conn.execute(
            "SELECT e.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id"
            ' WHERE m.document_id = ? AND m.start = ? AND m."end" = ?',
            (doc_id, start, end),
        ).fetchone()
        if row is None:
            raise NotFound(f"no mention at {start}-{end} of document {doc_id}")
        original = {"type": row[0], "name": row[1], "text": text[start:end]}
        cid = _insert(conn, "reject-mention", sha256=sha, start=start, end=end, original=original, reason=reason)
        return _record_and_apply(conn, cid)

    return _write(conn, run)


def _check_span(text: str, doc_id: int, span: tuple[int, int], needle: str) -> tuple[int, int]:
    """``span`` as ints, when document ``doc_id`` reads ``needle`` there."""
    try:
        start, end = (int(span[0]), int(span[1]))
    except (TypeError, ValueError, IndexError):
        raise CurationError(f"{visible(str(span))!r} is not a span of characters (start, end)") from None
    if not 0 <= start < end <= len(text):
        raise CurationError(f"characters {start}-{end} are not in document {doc_id} ({len(text)} characters)")
    if text[start:end] != needle:
        raise CurationError(f"characters {start}-{end} of document {doc_id} do not read {visible(needle)[:60]!r}")
    return start, end


def figure_guess(text: str, start: int, end: int) -> dict[str, Any]:
    """What the figure parser reads in ``text[start:end]`` (a selection in
    the reader), to offer as the fields of a missed figure: metric, value,
    unit, item, qualifier (None where it reads nothing).

    The extractor's reading of the sentence when it finds a figure in the
    span; otherwise the first number of the span, the words after it as the
    item, the hedge before it and the metric of the nearest cue word of the
    sentence. Pure: looks at no more than the sentence around the span."""
    from .extract.figures import find_cues, find_figures
    from .extract.numbers import find_numbers, qualifier_before
    from .extract.sentences import sentence_at, sentence_spans

    start = max(0, start)
    end = min(len(text), end, start + GUESS_LIMIT)  # a figure is a few words: a long selection is cut
    guess: dict[str, Any] = {"metric": None, "value": None, "unit": "count", "item": None, "qualifier": None}
    if start >= end:
        return guess
    lo, hi = max(0, start - 600), min(len(text), end + 600)
    window = text[lo:hi]
    a, b = sentence_at(sentence_spans(window), start - lo)
    if not a <= start - lo < b:
        a, b = start - lo, end - lo
    b = max(b, end - lo)
    for f in find_figures(window[a:b]):
        if lo + a + f.start < end and lo + a + f.end > start:
            guess.update(metric=f.metric, value=f.value, unit=f.unit, item=f.item, qualifier=f.qualifier)
            return guess
    numbers = [n for n in find_numbers(text[start:end], limit=20) if not n.is_year] or find_numbers(
        text[start:end], limit=1
    )
    if numbers:
        n = numbers[0]
        guess.update(value=n.value, unit=n.currency or "count", qualifier=qualifier_before(text, start + n.start))
        after = " ".join(text[start + n.end : end].split()[:6]).strip(" .,;:")
        if any(c.isalpha() for c in after):
            guess["item"] = after
    cues = [c for c in find_cues(window, a, b) if c.metric in METRICS]
    if cues:
        guess["metric"] = min(cues, key=lambda c: abs(lo + c.start - start)).metric
    return guess


def _occurrences(text: str, needle: str, limit: int = 200) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = text.find(needle)
    while pos >= 0 and len(out) < limit:
        out.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + len(needle))
    return out


def add_mention(
    conn: sqlite3.Connection,
    doc_id: int,
    etype: str,
    text_span: str,
    *,
    name: str | None = None,
    reason: str | None = None,
    span: tuple[int, int] | None = None,
) -> Curation:
    """Record and apply a mention the extractor missed: every place
    ``text_span`` stands in document ``doc_id`` (as written there) that no
    mention covers, as an entity of ``etype`` called ``name`` (the text by default).

    With ``span`` (start, end: a selection in the reader) only there, where
    the document must read ``text_span`` exactly."""
    if etype not in ENTITY_TYPES:
        raise CurationError(f"{visible(etype)!r} is not an entity type (PERSON, ORG, LOCATION or OPERATION)")
    needle = text_span if span is not None else text_span.strip()
    if not entity_key(needle):
        raise CurationError("give the text of the mention as it stands in the document")

    def run(conn: sqlite3.Connection) -> Curation:
        sha, text = _document_row(conn, doc_id)
        taken = [(s, e) for s, e in conn.execute('SELECT start, "end" FROM mentions WHERE document_id = ?', (doc_id,))]
        if span is not None:
            start, end = _check_span(text, doc_id, span, needle)
            if any(a < end and b > start for a, b in taken):
                raise CurationError(
                    f"characters {start}-{end} of document {doc_id} are already part of a mention"
                    " (- removes a wrong one first)"
                )
            spans = [(start, end)]
        else:
            spans = [(s, e) for s, e in _occurrences(text, needle) if not any(a < e and b > s for a, b in taken)]
        if not spans:
            where = "is not in" if needle not in text else "is already a mention everywhere in"
            raise NotFound(f"{visible(needle)!r} {where} document {doc_id}")
        shown = " ".join((name or needle).split())
        value = {"type": etype, "name": shown, "spans": [list(s) for s in spans]}
        cid = _insert(
            conn,
            "add-mention",
            sha256=sha,
            start=spans[0][0],
            end=spans[0][1],
            value=value,
            original={"text": needle},
            reason=reason,
        )
        return _record_and_apply(conn, cid)

    return _write(conn, run)


def add_figure(
    conn: sqlite3.Connection,
    doc_id: int,
    evidence: str,
    fields: dict[str, Any],
    *,
    reason: str | None = None,
    span: tuple[int, int] | None = None,
) -> Curation:
    """Record and apply a figure the extractor missed, stated by the first
    place ``evidence`` stands in document ``doc_id`` (with ``span``: there,
    where the document must read ``evidence`` exactly); ``fields``: metric,
    value, unit (count by default), item, qualifier, operation (a name)."""
    needle = evidence if span is not None else evidence.strip()
    if not needle.strip():
        raise CurationError("give the text that states the figure, as it stands in the document")

    def run(conn: sqlite3.Connection) -> Curation:
        from .extract.sentences import sentence_at, sentence_spans

        sha, text = _document_row(conn, doc_id)
        found = [_check_span(text, doc_id, span, needle)] if span is not None else _occurrences(text, needle, 1)
        if not found:
            raise NotFound(f"{visible(needle)!r} is not in document {doc_id}")
        start, end = found[0]
        metric = fields.get("metric")
        if metric not in METRICS:
            raise CurationError(f"{visible(str(metric))!r} is not a metric: use {', '.join(METRICS)}")
        try:
            number = float(str(fields.get("value")).replace(",", ""))
        except ValueError:
            raise CurationError(f"{visible(str(fields.get('value')))!r} is not a number") from None
        if number != number or number in (float("inf"), float("-inf")) or number < 0:
            raise CurationError("a figure's value is a number, 0 or more")
        unit = str(fields.get("unit") or "count").strip() or "count"
        value: dict[str, Any] = {
            "metric": metric,
            "value": number,
            "unit": unit,
            "item": (str(fields["item"]).strip() or None) if fields.get("item") else None,
            "qualifier": (str(fields["qualifier"]).strip() or None) if fields.get("qualifier") else None,
            "operation": None,
            "operation_name": None,
            "sentence": list(sentence_at(sentence_spans(text), start)),
        }
        if fields.get("operation"):
            op = resolve_entity(conn, "OPERATION", str(fields["operation"]))
            value["operation"], value["operation_name"] = op["key"], op["name"]
        if not value["sentence"][0] <= start < value["sentence"][1]:
            value["sentence"] = [start, end]
        cid = _insert(
            conn, "add-figure", sha256=sha, start=start, end=end, value=value, original={"text": needle}, reason=reason
        )
        return _record_and_apply(conn, cid)

    return _write(conn, run)


def _rebuild(conn: sqlite3.Connection, doc_ids: list[int]) -> None:
    """Re-extract ``doc_ids`` from their stored text and apply every
    correction in force to them (an undone correction's documents)."""
    from .extract import extract
    from .instances import bases_of, settle_operations
    from .reextract import drop_unused_entities, rebuild_document
    from .summary import refresh_operation_summaries

    touched: set[int] = set()
    entities: set[int] = set()
    for doc_id in sorted(set(doc_ids)):
        row = conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is not None:
            rebuild_document(conn, doc_id, extract(row[0]), touched, entities)
    # which instance a document without a year joins, settled again (store/instances.py)
    settled, dropped, moved = settle_operations(conn, bases_of(conn, touched))
    touched = (touched - dropped) | settled
    apply_curations(conn, set(doc_ids) | moved, touched)
    touched -= drop_unused_entities(conn, entities)
    refresh_operation_summaries(conn, touched)


def _reverse(conn: sqlite3.Connection, target: Curation, action: str, reason: str | None) -> Curation:
    docs = [r[0] for r in conn.execute("SELECT document_id FROM curation_effects WHERE curation_id = ?", (target.id,))]
    cid = _insert(
        conn,
        action,
        entity_type=target.entity_type,
        key=target.entity_key,
        sha256=target.sha256,
        start=target.start,
        end=target.end,
        value=target.value,
        original=target.original,
        undoes=target.id,
        reason=reason,
    )
    conn.execute("DELETE FROM curation_effects WHERE curation_id = ?", (target.id,))
    if target.action in ("rename", "alias"):
        # no re-extraction for a name: the extractor's name back (or a later rename's)
        eid = _entity_id(conn, target.entity_type or "", target.entity_key or "")
        if eid is not None and target.action == "rename":
            name = target.original.get("name") or ""
            conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, eid))
            conn.execute("UPDATE document_entities SET name = ? WHERE entity_id = ?", (name, eid))
            from .summary import refresh_operation_summaries

            refresh_operation_summaries(conn, {eid} if target.entity_type == "OPERATION" else set())
        elif eid is not None:
            other = _entity_id(conn, target.entity_type or "", entity_key(target.value.get("alias", "")))
            if other is not None:
                conn.execute("DELETE FROM entity_aliases WHERE entity_id = ? AND alias_id = ?", (eid, other))
        apply_curations(conn, docs)
    else:
        _rebuild(conn, docs)
    c = _one(conn, cid)
    _audit(conn, c, f"{len(docs)} document(s) restored")
    return c


def undo(conn: sqlite3.Connection, curation_id: int, *, reason: str | None = None) -> Curation:
    """Reverse correction ``curation_id`` with a new row (never a delete):
    the documents it changed are extracted again and every other
    correction applied to them."""

    def run(conn: sqlite3.Connection) -> Curation:
        target = next((c for c in curations(conn, with_effects=False) if c.id == curation_id), None)
        if target is None:
            raise NotFound(f"no correction has id {curation_id} (docket curate list shows them)")
        if target.action in REVERSALS:
            raise CurationError(f"#{curation_id} is itself an {target.action}: make the correction again instead")
        if target.undone_by is not None:
            raise CurationError(f"#{curation_id} is already undone (by #{target.undone_by})")
        return _reverse(conn, target, "undo", reason)

    return _write(conn, run)


def split(conn: sqlite3.Connection, etype: str, name: str, *, reason: str | None = None) -> Curation:
    """Split ``name`` back out of the entity it was merged into."""

    def run(conn: sqlite3.Connection) -> Curation:
        key = entity_key(name)
        merges = [c for c in active_curations(conn) if c.action == "merge" and c.entity_type == etype]
        found = [c for c in merges if c.entity_key == key] or [
            c for c in merges if (c.entity_key or "").rsplit(" ", 1)[0] == key
        ]
        if not found:
            raise NotFound(f"no {etype} called {visible(name)!r} was merged into another (docket curate list)")
        return _reverse(conn, found[-1], "split", reason)

    return _write(conn, run)


# ------------------------------------------------------- sharing between stores


def export_curations(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every correction (undos too), for :func:`import_curations` in another
    store of the same documents."""
    rows = curations(conn, with_effects=False)
    uid_of = {c.id: c.uid for c in rows}
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    out = []
    for c in rows:
        out.append(
            {
                "uid": c.uid,
                "at": c.at,
                "user": c.user,
                "reason": c.reason,
                "action": c.action,
                "entity_type": c.entity_type,
                "entity_key": c.entity_key,
                "sha256": c.sha256,
                "start": c.start,
                "end": c.end,
                "value": c.value,
                "original": c.original,
                "undoes": uid_of.get(c.undoes) if c.undoes is not None else None,
                "origin": c.origin or meta.get("store_id"),
            }
        )
    return {"format": EXPORT_FORMAT, "store_id": meta.get("store_id"), "exported_at": utc_now(), "curations": out}


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)
    already: int = 0
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(self.imported)} imported", f"{self.already} already here"]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflict(s) not imported")
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts)


def _same_target(a: Curation, b: dict[str, Any]) -> bool:
    if a.entity_type is not None:
        return a.entity_type == b.get("entity_type") and a.entity_key == b.get("entity_key")
    return a.sha256 == b.get("sha256") and a.start == b.get("start") and a.end == b.get("end")


def _conflicts_with(here: Curation, row: dict[str, Any]) -> bool:
    """Two analysts corrected the same thing differently."""
    if not _same_target(here, row):
        return False
    action, value = row["action"], row.get("value") or {}
    if here.entity_type is not None:
        exclusive = {"rename": "name", "merge": "fate", "reject": "fate", "retype": "fate"}
        if action not in exclusive or here.action not in exclusive:
            return False
        if exclusive[action] != exclusive[here.action]:
            return False
        return (here.action, here.value) != (action, value)
    if action == "reject-figure" or here.action == "reject-figure":
        return here.action != action
    return any(k in here.value and here.value[k] != v for k, v in value.items() if k != "operation_name")


def _check_row(row: Any) -> dict[str, Any]:
    """One imported correction, checked field by field (a file from
    elsewhere is untrusted input): CurationError names what is wrong."""
    import math

    if not isinstance(row, dict):
        raise CurationError("a correction is not an object")
    action = row.get("action")
    if action not in ENTITY_ACTIONS + FIGURE_ACTIONS + MENTION_ACTIONS + REVERSALS:
        raise CurationError(f"unknown action {visible(str(action))[:40]!r}")
    for k in ("uid", "at", "user"):
        if not isinstance(row.get(k), str) or not row[k] or len(row[k]) > 200:
            raise CurationError(f"{k} missing or not a short text")
    row = {**row, "value": row.get("value") or {}, "original": row.get("original") or {}}
    if not isinstance(row["value"], dict) or not isinstance(row["original"], dict):
        raise CurationError("value and original must be objects")
    value = row["value"]
    if action in ENTITY_ACTIONS or (action in REVERSALS and row.get("entity_type") is not None):
        if row.get("entity_type") not in ENTITY_TYPES or not isinstance(row.get("entity_key"), str):
            raise CurationError("an entity correction needs entity_type and entity_key")
        need = {"rename": "name", "merge": "into_key", "retype": "type", "alias": "alias"}.get(action)
        if need and (not isinstance(value.get(need), str) or not entity_key(value[need])):
            raise CurationError(f"a {action} needs value.{need}")
        if action == "retype" and value["type"] not in ENTITY_TYPES:
            raise CurationError("a retype needs a known type")
        if action == "merge" and not isinstance(value.get("into_name"), str):
            raise CurationError("a merge needs value.into_name")
    else:
        if not isinstance(row.get("sha256"), str) or not all(
            isinstance(row.get(k), int) and not isinstance(row.get(k), bool) for k in ("start", "end")
        ):
            raise CurationError("a figure or mention correction needs sha256, start and end")
        if action == "add-mention":
            spans = value.get("spans")
            if value.get("type") not in ENTITY_TYPES or not isinstance(value.get("name"), str):
                raise CurationError("an added mention needs value.type and value.name")
            if not entity_key(value["name"]) or not isinstance(spans, list) or not spans:
                raise CurationError("an added mention needs a name and its spans")
            for span in spans:
                if not (
                    isinstance(span, list)
                    and len(span) == 2
                    and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0 for x in span)
                    and span[0] < span[1]
                ):
                    raise CurationError("a span is two offsets, start before end")
            return row
        if action == "add-figure":
            sentence = value.get("sentence")
            if not (
                isinstance(sentence, list)
                and len(sentence) == 2
                and all(isinstance(x, int) and not isinstance(x, bool) for x in sentence)
            ):
                raise CurationError("an added figure needs its sentence span")
            if "metric" not in value or "value" not in value or not isinstance(value.get("unit"), str):
                raise CurationError("an added figure needs metric, value and unit")
            value = {k: v for k, v in value.items() if k != "sentence"}
        if any(k not in (*FIGURE_FIELDS, "operation_name") for k in value):
            raise CurationError("unknown figure field")
        if "metric" in value and value["metric"] not in METRICS:
            raise CurationError("unknown metric")
        if "value" in value:
            v = value["value"]
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v) or v < 0:
                raise CurationError("a figure's value must be a number, 0 or more")
        if "unit" in value and (not isinstance(value["unit"], str) or not value["unit"].strip()):
            raise CurationError("a figure's unit must be a text")
        for k in ("item", "qualifier", "operation", "operation_name"):
            if value.get(k) is not None and not isinstance(value[k], str):
                raise CurationError(f"a figure's {k} must be a text or null")
    return row


def import_curations(conn: sqlite3.Connection, data: Any) -> ImportReport:
    """Add the corrections of an exported file (see :func:`export_curations`)
    that this store does not hold, keeping their analyst and time; a
    correction of a target this store's analysts corrected differently is
    listed as a conflict, not imported. One transaction, audited."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT or not isinstance(data.get("curations"), list):
        raise CurationError(f"not a corrections file (format {EXPORT_FORMAT} expected)")
    report = ImportReport()

    def run(conn: sqlite3.Connection) -> ImportReport:
        known = {r[0]: r[1] for r in conn.execute("SELECT uid, id FROM curations")}
        for n, raw in enumerate(data["curations"], 1):
            try:
                row = _check_row(raw)
            except CurationError as exc:
                report.skipped.append(f"correction {n}: {exc}")
                continue
            if row["uid"] in known:
                report.already += 1
                continue
            origin = row.get("origin") if isinstance(row.get("origin"), str) else data.get("store_id")
            fields = {
                "entity_type": row.get("entity_type"),
                "key": row.get("entity_key"),
                "sha256": row.get("sha256"),
                "start": row.get("start"),
                "end": row.get("end"),
                "value": row.get("value") or {},
                "original": row.get("original") or {},
                "reason": row.get("reason") if isinstance(row.get("reason"), str) else None,
                "user": row["user"],
                "at": row["at"],
                "uid": row["uid"],
                "origin": str(origin) if origin else None,
            }
            if row["action"] in REVERSALS:
                target = known.get(row.get("undoes"))
                if target is None:
                    report.skipped.append(f"correction {n}: it reverses one this store does not hold")
                    continue
                here = next(c for c in curations(conn, with_effects=False) if c.id == target)
                if here.undone_by is not None:
                    report.already += 1
                    continue
                cid = _insert(conn, row["action"], undoes=target, **fields)
                docs = [r[0] for r in conn.execute(_EFFECT_DOCS, (target,))]
                conn.execute("DELETE FROM curation_effects WHERE curation_id = ?", (target,))
                if here.action == "rename":
                    eid = _entity_id(conn, here.entity_type or "", here.entity_key or "")
                    if eid is not None:
                        name = here.original.get("name") or ""
                        conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, eid))
                        conn.execute("UPDATE document_entities SET name = ? WHERE entity_id = ?", (name, eid))
                    apply_curations(conn, docs)
                elif here.action == "alias":
                    apply_curations(conn, docs)
                else:
                    _rebuild(conn, docs)
            else:
                clash = [c for c in active_curations(conn) if _conflicts_with(c, row)]
                if clash:
                    c = clash[0]
                    report.conflicts.append(
                        f"{visible(row['user'])} {row['action']} of {c.target()} conflicts with #{c.id} by "
                        f"{visible(c.user)} ({c.change()})"
                    )
                    continue
                cid = _insert(conn, row["action"], **fields)
            known[row["uid"]] = cid
            report.imported.append(cid)
            c = _one(conn, cid)
            when = f"imported: made by {c.user} at {c.at}" + (f" in store {c.origin}" if c.origin else "")
            _audit(conn, c, when)
        apply_curations(conn, None)
        source = f"from store {visible(str(data.get('store_id')))}"
        append_in(conn, utc_now(), os_user(), "curate import", source, report.summary())
        return report

    conn.execute("BEGIN IMMEDIATE")
    try:
        run(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return report


# ------------------------------------------------------------------ marks


@dataclass
class Marks:
    """What the corrections in force changed, for exports and the app: per
    entity (type, key) and per figure (sha256, start, end), the extractor's
    original values and the ids of the corrections."""

    entities: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    figures: dict[tuple[str, int, int], dict[str, Any]] = field(default_factory=dict)

    def entity(self, etype: str, key: str) -> dict[str, Any] | None:
        return self.entities.get((etype, key))

    def figure(self, sha256: str, start: int, end: int) -> dict[str, Any] | None:
        return self.figures.get((sha256, start, end))


def curation_marks(conn: sqlite3.Connection) -> Marks:
    """The marks of every correction in force (empty in a store without any)."""
    marks = Marks()
    if conn.execute("SELECT 1 FROM curations LIMIT 1").fetchone() is None:
        return marks

    def entity(etype: str, key: str) -> dict[str, Any]:
        return marks.entities.setdefault((etype, key), {"original": {}, "curations": [], "aliases": []})

    for c in active_curations(conn):
        if c.entity_type is not None and c.entity_key is not None:
            if c.action == "rename":
                m = entity(c.entity_type, c.entity_key)
                m["original"].setdefault("name", c.original.get("name"))
            elif c.action == "merge":
                m = entity(c.entity_type, c.value["into_key"])
                m["original"].setdefault("merged", []).append(c.original.get("name"))
            elif c.action == "retype":
                m = entity(c.value["type"], c.entity_key)
                m["original"].setdefault("type", c.entity_type)
            elif c.action == "alias":
                m = entity(c.entity_type, c.entity_key)
                m["aliases"].append(c.value["alias"])
            else:
                continue
            m["curations"].append(c.id)
        elif c.action == "add-mention":
            m = entity(c.value["type"], entity_key(c.value["name"]))
            m["original"]["added_mentions"] = m["original"].get("added_mentions", 0) + len(c.value.get("spans") or [])
            m["curations"].append(c.id)
        elif c.action == "add-figure" and c.sha256 is not None and c.start is not None and c.end is not None:
            m = marks.figures.setdefault((c.sha256, c.start, c.end), {"original": {}, "curations": []})
            m["original"]["added"] = True  # the extractor did not find it
            m["curations"].append(c.id)
        elif c.sha256 is not None and c.start is not None and c.end is not None and c.action == "figure":
            m = marks.figures.setdefault((c.sha256, c.start, c.end), {"original": {}, "curations": []})
            for k in c.value:
                if k == "operation":
                    m["original"].setdefault("operation", c.original.get("operation_name"))
                elif k != "operation_name":
                    m["original"].setdefault(k, c.original.get(k))
            m["curations"].append(c.id)
    return marks
