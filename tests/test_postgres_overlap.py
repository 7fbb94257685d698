"""Writers that overlap on PostgreSQL (issue #16, item 3): a batch writes its
documents without the store's write lock and takes the lock only for its
end (copies, counts, settling, corrections, summaries), so another
writer's batch can be written and committed meanwhile. Each test runs a
second writer to its commit while the first is between two of its
documents, then checks what an analyst would see: every document once,
counts right, copies and operation instances as one writer would leave
them."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from store import copies
from store.db import open_writer
from store.engines import location
from store.engines.postgres import counts_at_commit, repair_store
from store.extract import extract
from store.ingest.work import Converted
from store.ingest.write import Ready, Writer
from store.maintenance import check_store
from tests.conftest import one, rows, write


def _ready(name: str, text: str) -> Ready:
    return Ready(
        Path(name),
        hashlib.sha256(text.encode("utf-8")).hexdigest(),
        Converted(text),
        extract(text),
        signature=copies.sign(text),
    )


def _release(title: str, body: str) -> str:
    return f"{title}\n\n{body}\n"


class _Pausing(Writer):
    """A writer that, after its first document, lets ``meanwhile`` run to
    its end before writing the next (the second writer's whole batch)."""

    def __init__(self, db, meanwhile) -> None:
        super().__init__(db)
        self.meanwhile = meanwhile
        self.paused = False

    def _write_one(self, ready):
        outcome = super()._write_one(ready)
        if not self.paused:
            self.paused = True
            self.meanwhile()
        return outcome


def _second_writer(store, batch: list[Ready], timeout: float = 60.0):
    """A function that writes ``batch`` with a writer of its own (its own
    connection, its own thread) and waits for it; it fails if the batch is
    not committed within ``timeout`` seconds (it waited on the first writer)."""
    done: dict = {}

    def run() -> None:
        db = open_writer(store)
        try:
            done["outcomes"] = Writer(db).write(batch)
        except BaseException as exc:  # reported below, in the test's thread
            done["error"] = exc
        finally:
            db.close()

    def meanwhile() -> None:
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        thread.join(timeout)
        assert not thread.is_alive(), "the second writer waited for the first one's batch to end"
        if "error" in done:
            raise done["error"]

    return meanwhile, done


def _write(store, batch: list[Ready]) -> list:
    """``batch`` written by a writer of its own, alone."""
    db = open_writer(store)
    try:
        return Writer(db).write(batch)
    finally:
        db.close()


def _check(store) -> None:
    problems = [line for ok, line in check_store(store) if not ok]
    assert not problems, problems
    assert one(store, "SELECT n FROM counts WHERE name = 'documents'") == one(store, "SELECT count(*) FROM documents")
    assert one(store, "SELECT n FROM counts WHERE name = 'entities'") == one(store, "SELECT count(*) FROM entities")


def test_a_second_writer_commits_while_the_first_writes_its_documents(pg_store: str):
    store = location(pg_store)
    first = [
        _ready("a1.txt", _release("Raids in Tampere", "Finnish Customs arrested 4 people in Tampere.")),
        _ready("a2.txt", _release("Seizure in Oulu", "Finnish Customs seized 12 kg of cannabis in Oulu.")),
    ]
    second = [
        _ready("b1.txt", _release("Arrests in Ghent", "Belgian Federal Police arrested 7 suspects in Ghent.")),
        _ready("b2.txt", _release("Arrests in Liège", "Belgian Federal Police arrested 3 suspects in Liège.")),
    ]
    meanwhile, done = _second_writer(store, second)
    db = open_writer(store)
    try:
        assert counts_at_commit(db.conn)
        outcomes = _Pausing(db, meanwhile).write(first)
    finally:
        db.close()
    assert [type(o).__name__ for o in outcomes] == ["Stored", "Stored"]
    assert [type(o).__name__ for o in done["outcomes"]] == ["Stored", "Stored"]
    # the second writer's documents were committed first (their ids are
    # issued as rows are written, so they are not in that order)
    assert sorted(r[0] for r in rows(store, "SELECT source FROM documents")) == ["a1.txt", "a2.txt", "b1.txt", "b2.txt"]
    assert one(store, "SELECT document_count FROM entities WHERE key = 'finnish customs'") == 2
    assert one(store, "SELECT document_count FROM entities WHERE key = 'belgian federal police'") == 2
    _check(store)


def test_a_copy_written_meanwhile_by_another_writer_makes_the_later_commit_the_copy(pg_store: str):
    store = location(pg_store)
    body = (
        "The National Crime Agency said officers arrested 5 men and seized 40 kg of cocaine hidden in a "
        "consignment of bananas at the port of Felixstowe after a six-month investigation into an "
        "organised crime group that moved drugs through the south of England."
    )
    original = _release("Cocaine found in banana boxes", body)
    republished = _release("NCA: cocaine in fruit consignment", body + " The men will appear in court on Friday.")
    # the names both texts give are in the store already: a name new to the
    # store that two overlapping batches both give makes the second wait
    # for the first's commit (its row is the first's until then)
    db = open_writer(store)
    try:
        earlier = "The National Crime Agency opened a new border unit at Felixstowe, in the south of England."
        Writer(db).write([_ready("earlier.txt", _release("New unit", earlier))])
    finally:
        db.close()
    meanwhile, _ = _second_writer(store, [_ready("wire.txt", republished)])
    db = open_writer(store)
    try:
        _Pausing(db, meanwhile).write([_ready("agency.txt", original), _ready("other.txt", _release("Other", "x."))])
    finally:
        db.close()
    shown = dict(rows(store, "SELECT d.source, o.source FROM documents d LEFT JOIN documents o ON o.id = d.copy_of"))
    # the wire's text was committed first: it is the original, the agency's a copy of it
    assert shown["wire.txt"] is None
    assert shown["agency.txt"] == "wire.txt"
    _check(store)


def test_an_instance_another_writer_settles_away_meanwhile_is_kept_for_the_document_naming_it(pg_store: str):
    """The first writer's batch names "Operation Kestrel" without a year;
    meanwhile the second writer stores the year (2019), so its settling
    moves every yearless document to "Kestrel 2019" and would drop the
    yearless instance the first batch is about to name. Both end as one
    writer would leave them: every Kestrel document under the 2019 instance."""
    store = location(pg_store)
    _write(store, [_ready("p.txt", _release("Operation Kestrel", "Police arrested 2 people under Operation Kestrel."))])
    assert one(store, "SELECT count(*) FROM entities WHERE key = 'kestrel'") == 1
    meanwhile, _ = _second_writer(
        store,
        [_ready("y.txt", _release("Kestrel results", "Operation Kestrel 2019 led to 9 arrests in Leeds."))],
    )
    db = open_writer(store)
    try:
        outcomes = _Pausing(db, meanwhile).write(
            [
                _ready("n.txt", _release("Unrelated", "Customs seized 3 kg of heroin in Dover.")),
                _ready("k.txt", _release("Kestrel again", "Operation Kestrel officers arrested 4 more.")),
            ]
        )
    finally:
        db.close()
    assert [type(o).__name__ for o in outcomes] == ["Stored", "Stored"]
    instances = rows(store, "SELECT key, document_count FROM entities WHERE type = 'OPERATION' ORDER BY key")
    assert instances == [("kestrel 2019", 3)]
    _check(store)


def test_an_instance_held_by_a_document_stored_meanwhile_by_another_writer_is_settled_by_the_holder(pg_store: str):
    """As above, but the second writer also stores the very document the
    first one holds the yearless instance for: the first finds it stored
    (a duplicate), and its own settling removes the instance it kept alive."""
    store = location(pg_store)
    _write(store, [_ready("p.txt", _release("Operation Kestrel", "Police arrested 2 people under Operation Kestrel."))])
    again = _release("Kestrel again", "Operation Kestrel officers arrested 4 more.")
    meanwhile, done = _second_writer(
        store,
        [
            _ready("y.txt", _release("Kestrel results", "Operation Kestrel 2019 led to 9 arrests in Leeds.")),
            _ready("k-copy.txt", again),
        ],
    )
    db = open_writer(store)
    try:
        outcomes = _Pausing(db, meanwhile).write(
            [_ready("n.txt", _release("Unrelated", "Customs seized 3 kg of heroin in Dover.")), _ready("k.txt", again)]
        )
    finally:
        db.close()
    assert [type(o).__name__ for o in outcomes] == ["Stored", "Duplicate"]
    assert rows(store, "SELECT key, document_count FROM entities WHERE type = 'OPERATION' ORDER BY key") == [
        ("kestrel 2019", 3)
    ]
    _check(store)


def test_an_instance_kept_for_a_writer_that_then_stops_goes_with_the_next_batch_naming_the_codename(pg_store: str):
    """The first writer holds the yearless instance, the second settles
    around it, then the first stops before committing (Ctrl-C, a host
    lost): the instance is left with no document until the next batch
    that names the codename settles it."""
    store = location(pg_store)
    _write(store, [_ready("p.txt", _release("Operation Kestrel", "Police arrested 2 people under Operation Kestrel."))])
    meanwhile, _ = _second_writer(
        store, [_ready("y.txt", _release("Kestrel results", "Operation Kestrel 2019 led to 9 arrests in Leeds."))]
    )

    def then_stop() -> None:
        meanwhile()
        raise KeyboardInterrupt

    db = open_writer(store)
    try:
        with pytest.raises(KeyboardInterrupt):
            _Pausing(db, then_stop).write(
                [
                    _ready("n.txt", _release("Unrelated", "Customs seized 3 kg of heroin in Dover.")),
                    _ready("k.txt", _release("Kestrel again", "Operation Kestrel officers arrested 4 more.")),
                ]
            )
    finally:
        db.close()
    assert rows(store, "SELECT key, document_count FROM entities WHERE type = 'OPERATION' ORDER BY key") == [
        ("kestrel", 0),
        ("kestrel 2019", 2),
    ]
    db = open_writer(store)
    try:
        Writer(db).write([_ready("z.txt", _release("Kestrel ends", "Operation Kestrel 2019 closed in Hull."))])
    finally:
        db.close()
    assert rows(store, "SELECT key, document_count FROM entities WHERE type = 'OPERATION' ORDER BY key") == [
        ("kestrel 2019", 3)
    ]
    _check(store)


def test_a_store_that_counted_per_row_is_counted_per_statement_once_repaired(pg_store: str):
    """A store made before the counts were kept per statement (each row
    counted by a row trigger) is repaired to today's triggers and counts."""
    import psycopg

    store = location(pg_store)
    db = open_writer(store)
    try:
        Writer(db).write([_ready("a.txt", _release("Arrests in Split", "Police arrested 6 people in Split."))])
    finally:
        db.close()
    with psycopg.connect(pg_store, autocommit=True) as raw:
        raw.execute(_PER_ROW_COUNT)
    _check(store)
    done = repair_store(store)
    assert any("counted at commit" in line for line in done), done
    db = open_writer(store)
    try:
        Writer(db).write([_ready("b.txt", _release("Arrests in Zadar", "Police arrested 2 people in Zadar."))])
        db.conn.execute("BEGIN IMMEDIATE")
        for key in ("q", "r"):
            db.conn.execute(
                "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES ('ORG', ?, ?, 0, 0)",
                (key.upper(), key),
            )
        db.conn.execute("DELETE FROM entities WHERE key = 'q'")
        db.conn.execute("COMMIT")
    finally:
        db.close()
    assert one(store, "SELECT n FROM counts WHERE name = 'documents'") == 2
    assert one(store, "SELECT n FROM counts WHERE name = 'entities'") == one(store, "SELECT count(*) FROM entities")
    write(store, "DELETE FROM entities WHERE key = 'r'")
    _check(store)


_PER_ROW_COUNT = """
CREATE OR REPLACE FUNCTION docket_count() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE counts SET n = n + (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END) WHERE name = TG_ARGV[0];
  RETURN NULL;
END $$;
DROP TRIGGER documents_counted_at_commit ON documents;
DROP TRIGGER entities_counted_at_commit ON entities;
DROP TRIGGER documents_counted ON documents;
DROP TRIGGER documents_uncounted ON documents;
DROP TRIGGER entities_counted ON entities;
DROP TRIGGER entities_uncounted ON entities;
CREATE TRIGGER documents_counted AFTER INSERT ON documents FOR EACH ROW EXECUTE FUNCTION docket_count('documents');
CREATE TRIGGER documents_uncounted AFTER DELETE ON documents FOR EACH ROW EXECUTE FUNCTION docket_count('documents');
CREATE TRIGGER entities_counted AFTER INSERT ON entities FOR EACH ROW EXECUTE FUNCTION docket_count('entities');
CREATE TRIGGER entities_uncounted AFTER DELETE ON entities FOR EACH ROW EXECUTE FUNCTION docket_count('entities');
"""


def test_a_removal_started_while_a_batch_is_half_written_waits_for_its_commit(pg_store: str):
    """A write that is not an ingest batch (here `docket remove`, whose
    deletions could otherwise wait on a row the batch holds while the
    batch waits for it) holds the store's write lock alone: it starts once
    the batches in flight have committed, and new batches wait for it."""
    import time

    from store.remove import remove_documents

    store = location(pg_store)
    _write(store, [_ready("old.txt", _release("Arrests in Zadar", "Police arrested 2 people in Zadar."))])
    removal: dict = {}

    def remove() -> None:
        removal["started"] = time.monotonic()
        removal["removed"] = remove_documents(store, [one(store, "SELECT id FROM documents")])
        removal["ended"] = time.monotonic()

    thread = threading.Thread(target=remove, daemon=True)

    def meanwhile() -> None:
        thread.start()
        time.sleep(1.5)  # the removal would be done by now if it did not wait
        removal["done while the batch was half written"] = "ended" in removal

    db = open_writer(store)
    try:
        _Pausing(db, meanwhile).write(
            [
                _ready("a.txt", _release("Seizure in Zadar", "Customs seized 8 kg of cocaine in Zadar.")),
                _ready("b.txt", _release("Arrests in Split", "Police arrested 6 people in Split.")),
            ]
        )
        committed = time.monotonic()
    finally:
        db.close()
    thread.join(60)
    assert not thread.is_alive()
    assert removal["done while the batch was half written"] is False
    assert removal["ended"] >= committed - 0.05
    assert sorted(r[0] for r in rows(store, "SELECT source FROM documents")) == ["a.txt", "b.txt"]
    assert one(store, "SELECT document_count FROM entities WHERE key = 'zadar'") == 1
    _check(store)


def test_a_batch_the_server_stops_for_a_deadlock_is_written_again(pg_store: str, monkeypatch):
    import psycopg

    from store.ingest import write as write_module

    real = write_module.settle_operations
    calls = {"n": 0}

    def deadlocked_once(conn, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            conn.execute("SELECT 1")
            raise psycopg.errors.DeadlockDetected("deadlock detected")
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(write_module, "settle_operations", deadlocked_once)
    store = location(pg_store)
    db = open_writer(store)
    try:
        outcomes = Writer(db).write(
            [_ready(f"{i}.txt", _release(f"Report {i}", f"Police in Porto arrested {i + 2} people.")) for i in range(3)]
        )
    finally:
        db.close()
    assert calls["n"] == 2
    assert [type(o).__name__ for o in outcomes] == ["Stored"] * 3
    assert one(store, "SELECT count(*) FROM documents") == 3
    assert one(store, "SELECT document_count FROM entities WHERE key = 'porto'") == 3
    _check(store)


_STATEMENT_COUNT = """
CREATE OR REPLACE FUNCTION docket_count() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE counts SET n = n + (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END) * (SELECT count(*) FROM changed)
  WHERE name = TG_ARGV[0];
  RETURN NULL;
END $$;
DROP TRIGGER documents_counted_at_commit ON documents;
DROP TRIGGER entities_counted_at_commit ON entities;
"""


def test_a_store_that_counts_per_statement_makes_writers_take_turns_until_repaired(pg_store: str):
    """A store made before rows were counted at commit is right as it is:
    its writers take the lock for the whole batch, and `docket check
    --repair` brings it up to date."""
    import psycopg

    store = location(pg_store)
    with psycopg.connect(pg_store, autocommit=True) as raw:
        raw.execute(_STATEMENT_COUNT)
    _check(store)
    db = open_writer(store)
    try:
        assert not counts_at_commit(db.conn)
        assert not db.conn.begin_overlapping()
        Writer(db).write([_ready("a.txt", _release("Arrests in Split", "Police arrested 6 people in Split."))])
    finally:
        db.close()
    _check(store)
    assert any("take turns for whole batches" in line for _, line in check_store(store))
    done = repair_store(store)
    assert any("counted at commit" in line for line in done), done
    db = open_writer(store)
    try:
        assert counts_at_commit(db.conn)
        Writer(db).write([_ready("b.txt", _release("Arrests in Zadar", "Police arrested 2 people in Zadar."))])
    finally:
        db.close()
    assert repair_store(store) == []
    _check(store)
    assert any("write their documents side by side" in line for _, line in check_store(store))
    assert one(store, "SELECT n FROM counts WHERE name = 'documents'") == 2


@pytest.mark.parametrize("kept", [True, False])
def test_rows_added_in_a_savepoint_rolled_back_are_not_counted(pg_store: str, kept: bool):
    store = location(pg_store)
    db = open_writer(store)
    conn = db.conn
    try:
        conn.execute("BEGIN")
        conn.execute("SAVEPOINT s")
        conn.execute(
            "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES ('ORG', 'X', 'x', 0, 0)"
        )
        conn.execute("RELEASE s" if kept else "ROLLBACK TO s")
        conn.execute(
            "INSERT INTO entities (type, name, key, mention_count, document_count) VALUES ('ORG', 'Y', 'y', 0, 0)"
        )
        conn.execute("COMMIT")
    finally:
        db.close()
    assert one(store, "SELECT n FROM counts WHERE name = 'entities'") == (2 if kept else 1)
    assert one(store, "SELECT count(*) FROM entities") == (2 if kept else 1)
