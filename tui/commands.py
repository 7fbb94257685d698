"""Command palette (ctrl+p): docket's own finder, not the framework's
generic commands. Entities and operations by name (typo-tolerant),
documents by title, id or file name, then by full text, and docket's
views. Queries run in a thread so the palette never waits."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from .display import safe_text, type_badge

__all__ = ["StoreCommands"]

#: Views the palette offers (name, app action, help).
VIEWS = [
    ("Search documents", "search", "Full-text search of titles and text ( / )"),
    ("Chart a metric", "chart", "Arrests, rescued, seizures… by operation or year ( c )"),
    ("Keys and help", "help", "Every key ( ? )"),
    ("Refresh", "refresh", "Show documents ingested since docket opened ( r )"),
]


class StoreCommands(Provider):
    """Entities, operations and documents of the store, and docket's views."""

    def _entity_hit(self, row: dict, score: float, year: int | None = None) -> Hit:
        app = self.app
        label = type_badge(row["type"])
        label.append_text(safe_text(row["name"]))
        if year:  # "Lionfish 2013" and "Lionfish 2018" are two operations
            label.append(f" {year}")
        if row["type"] == "OPERATION":
            action = partial(app.open_operation, row["id"], row["name"])  # type: ignore[attr-defined]
            help_text = "Operation: its figures, each with its evidence"
        else:
            action = partial(app.open_entity, row["id"])  # type: ignore[attr-defined]
            help_text = f"{row['mention_count']} mentions in {row['document_count']} document(s)"
        return Hit(score, label, action, text=label.plain, help=help_text)

    def _document_hit(self, row: dict, score: float, query: str | None = None) -> Hit:
        label = Text(f"DOCUMENT {row['id']}  ", style="dim", end="")
        label.append_text(safe_text(row["title"]))
        return Hit(
            score,
            label,
            partial(self.app.open_document, row["id"], query),  # type: ignore[attr-defined]
            text=label.plain,
            help=safe_text(row.get("source") or "").plain,
        )

    async def discover(self) -> Hits:
        """What the palette shows before anything is typed."""
        for name, action, help_text in VIEWS:
            yield DiscoveryHit(name, partial(self.app.run_action, action), help=help_text)
        reader = self.app.reader  # type: ignore[attr-defined]
        try:
            operations = await asyncio.to_thread(reader.operations, 0, 5)
            entities = await asyncio.to_thread(reader.entities, "", None, 0, 5)
        except Exception:
            return
        app = self.app
        for row in operations:
            label = type_badge("OPERATION")
            label.append_text(safe_text(row["name"]))
            if row.get("year"):  # "Lionfish 2013" and "Lionfish 2018" are two operations
                label.append(f" {row['year']}")
            yield DiscoveryHit(
                label,
                partial(app.open_operation, row["id"], row["name"]),  # type: ignore[attr-defined]
                text=label.plain,
                help=f"{row['documents']} document(s)",
            )
        for row in entities:
            label = type_badge(row["type"])
            label.append_text(safe_text(row["name"]))
            yield DiscoveryHit(
                label,
                partial(app.open_entity, row["id"]),  # type: ignore[attr-defined]
                text=label.plain,
                help=f"{row['mention_count']} mentions in {row['document_count']} document(s)",
            )

    @staticmethod
    def _operation_years(reader: Any, rows: list[dict]) -> dict[int, int | None]:
        """The year of each operation among ``rows`` (an operation's id is its entity's)."""
        out = {}
        for row in rows:
            if row["type"] == "OPERATION":
                op = reader.operation(row["id"])
                out[row["id"]] = op["year"] if op else None
        return out

    async def search(self, query: str) -> Hits:
        reader = self.app.reader  # type: ignore[attr-defined]
        if not query.strip():
            return
        matcher = self.matcher(query)
        for name, action, help_text in VIEWS:
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(self.app.run_action, action), help=help_text)
        try:
            entities = (await asyncio.to_thread(reader.match_entities, query))[:8]
            if not entities:
                entities = await asyncio.to_thread(reader.fuzzy_entities, query, None, 8)
            years = await asyncio.to_thread(self._operation_years, reader, entities)
            documents = await asyncio.to_thread(reader.find_documents, query, 5)
            by_text = await asyncio.to_thread(reader.search, query, 0, 5)
        except Exception:
            return
        for i, row in enumerate(entities):
            yield self._entity_hit(row, 1.0 - i * 0.01, years.get(row["id"]))
        seen = set()
        for i, row in enumerate(documents):
            seen.add(row["id"])
            yield self._document_hit(row, 0.8 - i * 0.01)
        for i, row in enumerate(by_text):
            if row["id"] not in seen:
                yield self._document_hit(row, 0.5 - i * 0.01, query)
