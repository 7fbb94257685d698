"""Operation instances, settled over the whole store.

An operation is a codename and the year it ran ("Lionfish" 2013 and 2018
are two operations). A document that gives an operation's year is stored
under that instance; one that names the operation without a year belongs
to the one instance of that name the store holds with a year, and stays
an operation without a year when the store holds none or several.

That depends on every document in the store, not on the ones before it:
settled one document at a time, as each arrived, the answer changed with
the order of arrival (a document arriving before the second year was
known joined the first; after, it stayed apart), so two ingests of the
same files — or several ingest processes writing one PostgreSQL store at
once — gave different stores. So each document is written under the key
its own text gives (``operation_key(name, year)``), and
:func:`settle_operations` then, once per written batch, for every codename
the batch touched:

- moves each document that gave no year to the instance the whole store
  now says it belongs to (back out again when a second year arrives);
- drops the instances no document names any more;
- recounts the instances and names each by rule — the name most of its
  documents give, a name that states the instance's year first, then
  alphabetical — never the spelling of whichever document came first.

Documents an analyst corrected about an operation (a correction in force
on them, ``curation_effects``) are left where the correction put them, and
an instance an analyst renamed keeps its name. Each batch runs inside the
writer's transaction (on PostgreSQL under the store's write lock), so a
settled codename is never seen half-moved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .reextract import drop_unused_entities, move_entity_rows, move_operation_rows, recount_entities
from .text import entity_key

__all__ = ["operation_base", "settle_operations"]

# A year at the end of an instance's key ("kestrel 2019").
_YEAR_END = re.compile(r" ([12][0-9]{3})\Z")


def operation_base(key: str) -> str:
    """The codename part of an instance's key: ``"kestrel 2019"`` → ``"kestrel"``."""
    m = _YEAR_END.search(key)
    return key[: m.start()] if m and m.start() > 0 else key


def bases_of(conn, operation_ids: Iterable[int]) -> set[str]:
    """The codenames (keys without a year) of the operation entities ``operation_ids``."""
    ids = sorted(set(operation_ids))
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        found.update(
            operation_base(k)
            for (k,) in conn.execute(
                f"SELECT key FROM entities WHERE type = 'OPERATION' AND id IN ({', '.join('?' * len(chunk))})", chunk
            )
        )
    return found


def _instances(conn, base: str) -> dict[str, tuple[int, str]]:
    """key → (id, name) of the operation entities of one codename: the name
    alone and the name with a year."""
    # A range on the (type, key) index: "base" itself and "base 2013"
    rows = conn.execute(
        "SELECT id, key, name FROM entities WHERE type = 'OPERATION' AND key >= ? AND key < ?", (base, base + " :")
    ).fetchall()
    return {k: (i, name) for i, k, name in rows if k == base or (_YEAR_END.fullmatch(k, len(base)))}


def settle_operations(conn, bases: Iterable[str]) -> tuple[set[int], set[int], set[int]]:
    """Settle the instances of each codename in ``bases`` (see the module
    docstring), inside the caller's transaction. Returns (the instances whose
    summary must be refreshed, the instances dropped, the documents moved)."""
    touched: set[int] = set()
    dropped: set[int] = set()
    moved_docs: set[int] = set()
    for base in sorted(set(bases)):
        if not base:
            continue
        t, d, m = _settle(conn, base)
        touched |= t
        dropped |= d
        moved_docs |= m
    return touched - dropped, dropped, moved_docs


def _settle(conn, base: str) -> tuple[set[int], set[int], set[int]]:
    instances = _instances(conn, base)
    if not instances:
        return set(), set(), set()
    key_of = {i: k for k, (i, _) in instances.items()}
    marks = ", ".join("?" * len(key_of))
    rows = conn.execute(
        f"SELECT document_id, operation_id, year FROM document_operations WHERE operation_id IN ({marks})",
        list(key_of),
    ).fetchall()
    # the years the documents themselves give: the instances a yearless document may join
    yeared = {key_of[op] for _, op, year in rows if year is not None and key_of[op] != base}
    target_key = next(iter(yeared)) if len(yeared) == 1 else base
    curated = _curated_documents(conn, [doc for doc, _, year in rows if year is None])
    to_move = [(doc, op) for doc, op, year in rows if year is None and key_of[op] != target_key and doc not in curated]
    touched = set(key_of)
    if to_move:
        target = instances.get(target_key)
        if target is None:
            name = conn.execute(
                "SELECT name FROM document_entities WHERE document_id = ? AND entity_id = ?", to_move[0]
            ).fetchone()
            cur = conn.execute(
                "INSERT INTO entities (type, name, key, mention_count, document_count)"
                " VALUES ('OPERATION', ?, ?, 0, 0)",
                (name[0] if name else base, target_key),
            )
            target_id = cur.lastrowid
            assert target_id is not None
            instances[target_key] = (target_id, name[0] if name else base)
            key_of[target_id] = target_key
            touched.add(target_id)
        else:
            target_id = target[0]
        for doc, op in to_move:
            move_entity_rows(conn, doc, op, target_id)
            move_operation_rows(conn, doc, op, target_id)
    dropped = drop_unused_entities(conn, touched)
    live = sorted(touched - dropped)
    recount_entities(conn, live)
    for eid in live:
        _name_by_rule(conn, eid, key_of[eid], base)
    return touched, dropped, {doc for doc, _ in to_move}


def _curated_documents(conn, docs: list[int]) -> set[int]:
    """Those of ``docs`` where an analyst's correction about an operation is in force."""
    found: set[int] = set()
    for i in range(0, len(docs), 500):
        chunk = docs[i : i + 500]
        found.update(
            r[0]
            for r in conn.execute(
                "SELECT ce.document_id FROM curation_effects ce JOIN curations c ON c.id = ce.curation_id"
                f" WHERE c.entity_type = 'OPERATION' AND ce.document_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
        )
    return found


def _name_by_rule(conn, eid: int, key: str, base: str) -> None:
    """The instance's shown name: the one most of its documents give, a name
    stating its year first; ties alphabetical. An analyst's rename stays."""
    if conn.execute(
        "SELECT 1 FROM curations WHERE action = 'rename' AND entity_type = 'OPERATION' AND entity_key = ? LIMIT 1",
        (key,),
    ).fetchone():
        return
    names = conn.execute(
        "SELECT name, count(*) FROM document_entities WHERE entity_id = ? GROUP BY name", (eid,)
    ).fetchall()
    if not names:
        return
    year = key[len(base) :].strip()

    def states_year(name: str) -> bool:
        return bool(year) and entity_key(name).endswith(" " + year)

    name = min(names, key=lambda r: (not states_year(r[0]), -r[1], r[0]))[0]
    conn.execute("UPDATE entities SET name = ? WHERE id = ? AND name <> ?", (name, eid, name))
