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
  now says it belongs to (back out again when a second year arrives), but
  for a document that names an edition of the codename with its year beside
  the name alone: it told the two apart itself;
- drops the instances no document names any more;
- recounts the instances whose documents changed and names each by rule — the name most of its
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


_INSTANCES_SQL = "SELECT id, key, name FROM entities WHERE type = 'OPERATION' AND key >= ? AND key < ?"


def _instances_of(base: str, rows) -> dict[str, tuple[int, str]]:
    """key → (id, name) of the operation entities of one codename: the name
    alone and the name with a year (``rows``: :data:`_INSTANCES_SQL`'s)."""
    return {k: (i, name) for i, k, name in rows if k == base or (_YEAR_END.fullmatch(k, len(base)))}


def _in(n: int) -> str:
    return ", ".join("?" * n)


def settle_operations(
    conn, bases: Iterable[str], changed: Iterable[int] | None = None
) -> tuple[set[int], set[int], set[int]]:
    """Settle the instances of each codename in ``bases`` (see the module
    docstring), inside the caller's transaction. Returns (the instances whose
    summary must be refreshed, the instances dropped, the documents moved).

    ``changed``: the instances whose rows the caller changed (a batch's
    documents). When given, only those and the instances documents moved
    between are recounted, named and returned: the other instances of a
    codename kept their rows, so their counts, names and summaries stand (a
    codename recurring over the years has many; refreshing them all made
    every batch's work grow with the store). Without it, every instance of
    each codename.

    Codenames share no entity, so each step is taken for every codename at
    once, and the reads of a step are sent together (:func:`read_ahead`:
    one round trip on PostgreSQL, where one per codename and step made the
    writer wait on the server)."""
    from .engines import read_ahead

    names = sorted(b for b in set(bases) if b)
    # a range on the (type, key) index: "base" itself and "base 2013"
    found = read_ahead(conn, [(_INSTANCES_SQL, (base, base + " :")) for base in names])
    instances = {base: inst for base, rows in zip(names, found, strict=True) if (inst := _instances_of(base, rows))}
    names = [base for base in names if base in instances]
    key_of = {base: {i: k for k, (i, _) in instances[base].items()} for base in names}
    found = read_ahead(
        conn,
        [
            (
                f"SELECT document_id, operation_id, year FROM document_operations"
                f" WHERE operation_id IN ({_in(len(key_of[base]))})",
                list(key_of[base]),
            )
            for base in names
        ],
    )
    rows_of = dict(zip(names, found, strict=True))
    curated = _curated_documents(
        conn, sorted({doc for base in names for doc, _, year in rows_of[base] if year is None})
    )
    touched: set[int] = set()
    moved_docs: set[int] = set()
    changed_ids = None if changed is None else set(changed)
    for base in names:  # in the codenames' order, as new instances get their ids
        keys, rows = key_of[base], rows_of[base]
        # the years the documents themselves give: the instances a yearless document may join
        yeared = {keys[op] for _, op, year in rows if year is not None and keys[op] != base}
        target_key = next(iter(yeared)) if len(yeared) == 1 else base
        # (a document that names an edition with its year beside the name alone told the two apart itself:
        # "Danube Gate follows 'Danube Gate 2025', which last year …" is not last year's operation)
        dated_in_doc = {doc for doc, _, year in rows if year is not None}
        to_move = [
            (doc, op)
            for doc, op, year in rows
            if year is None and keys[op] != target_key and doc not in curated and doc not in dated_in_doc
        ]
        touched |= set(keys) if changed_ids is None else set(keys) & changed_ids
        if to_move:
            target = instances[base].get(target_key)
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
                instances[base][target_key] = (target_id, name[0] if name else base)
                keys[target_id] = target_key
                touched.add(target_id)
            else:
                target_id = target[0]
            touched.add(target_id)
            for doc, op in to_move:
                move_entity_rows(conn, doc, op, target_id)
                move_operation_rows(conn, doc, op, target_id)
                touched.add(op)
            moved_docs |= {doc for doc, _ in to_move}
    # and an instance no document names at all (another writer held it while
    # this codename was settled, then did not commit a document naming it)
    named = {op for base in names for _, op, _ in rows_of[base]}
    orphans = {i for base in names for i in key_of[base] if i not in named}
    dropped = drop_unused_entities(conn, touched | orphans)
    live = sorted(touched - dropped)
    recount_entities(conn, live)
    key_base = {eid: (key, base) for base in names for eid, key in key_of[base].items()}
    _name_by_rule(conn, [(eid, *key_base[eid]) for eid in live])
    return touched - dropped, dropped, moved_docs


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


def _name_by_rule(conn, instances: list[tuple[int, str, str]]) -> None:
    """Each instance's shown name (``instances``: id, key, codename): the
    one most of its documents give, a name stating its year first; ties
    alphabetical. An analyst's rename stays."""
    from .engines import read_ahead

    answers = read_ahead(
        conn,
        [
            q
            for eid, key, _ in instances
            for q in (
                (
                    "SELECT 1 FROM curations WHERE action = 'rename' AND entity_type = 'OPERATION'"
                    " AND entity_key = ? LIMIT 1",
                    (key,),
                ),
                ("SELECT name, count(*) FROM document_entities WHERE entity_id = ? GROUP BY name", (eid,)),
            )
        ],
    )
    for n, (eid, key, base) in enumerate(instances):
        renamed, names = answers[2 * n], answers[2 * n + 1]
        if renamed or not names:
            continue
        year = key[len(base) :].strip()
        name = min(names, key=lambda r, y=year: (not _states_year(r[0], y), -r[1], r[0]))[0]
        conn.execute("UPDATE entities SET name = ? WHERE id = ? AND name <> ?", (name, eid, name))


def _states_year(name: str, year: str) -> bool:
    return bool(year) and entity_key(name).endswith(" " + year)
