"""Command palette (ctrl+p): find entities, operations and documents by
name and jump there. Queries run in a thread so the palette never waits."""

from __future__ import annotations

import asyncio
from functools import partial

from rich.text import Text
from textual.command import Hit, Hits, Provider

from .display import TYPE_BADGES, safe_text

__all__ = ["StoreCommands"]


class StoreCommands(Provider):
    """Entities and operations by name, documents by full-text search."""

    async def search(self, query: str) -> Hits:
        app = self.app
        reader = app.reader  # type: ignore[attr-defined]
        if not query.strip():
            return
        entities = (await asyncio.to_thread(reader.match_entities, query))[:8]
        if not entities:
            entities = await asyncio.to_thread(reader.fuzzy_entities, query, None, 8)
        for row in entities:
            label = Text(f"{TYPE_BADGES.get(row['type'], row['type'])} ", style="dim", end="")
            label.append_text(safe_text(row["name"]))
            if row["type"] == "OPERATION":
                yield Hit(
                    1.0,
                    label,
                    partial(app.open_operation, row["id"], row["name"]),  # type: ignore[attr-defined]
                    help="Operation: its figures",
                )
            else:
                yield Hit(
                    0.9,
                    label,
                    partial(app.open_entity, row["id"]),  # type: ignore[attr-defined]
                    help=f"{row['mention_count']} mentions in {row['document_count']} documents",
                )
        docs = await asyncio.to_thread(reader.search, query, 0, 5)
        for row in docs:
            label = Text("DOC ", style="dim", end="")
            label.append_text(safe_text(row["title"]))
            yield Hit(
                0.5,
                label,
                partial(app.open_document, row["id"], query),  # type: ignore[attr-defined]
                help="Document",
            )
