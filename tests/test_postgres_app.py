"""The app at 80×24 on a PostgreSQL store: the same screens, the same keys."""

from __future__ import annotations

from seeds import seed_paths, source_name
from store.db import open_writer, store_location
from store.ingest import ingest_paths
from tui.app import make_app
from tui.paged_list import PagedList


async def settle(app, pilot) -> None:
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def names(widget: PagedList) -> list[str]:
    return [row["name"] for row in widget.loaded_rows()]


async def test_the_app_browses_and_searches_a_postgres_store(pg_store: str):
    db = open_writer(store_location(pg_store))
    try:
        ingest_paths(db, seed_paths(), source_name=source_name, workers=1)
    finally:
        db.close()
    app = make_app(pg_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        entities = app.screen.query_one("#entities", PagedList)
        documents = app.screen.query_one("#documents", PagedList)
        operations = app.screen.query_one("#operations", PagedList)
        assert entities.count and entities.count > 10
        assert documents.count == 1
        assert {"Lionfish", "Trigger V"} <= {row["name"] for row in operations.loaded_rows()}
        await pilot.press("e", *"pol")  # type-ahead: a substring of INTERPOL
        await settle(app, pilot)
        assert names(entities)[0] == "INTERPOL"
        await pilot.press("escape", "slash", *"firearms")
        await settle(app, pilot)
        results = app.screen.query_one("#search-results", PagedList)
        rows = results.loaded_rows()
        assert len(rows) == 1 and rows[0]["title"].startswith("VIENNA")
    app.reader.close()
