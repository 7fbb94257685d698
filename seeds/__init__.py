"""The seed documents shipped with docket, ingested into a new store."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["seed_paths", "source_name"]


def seed_paths() -> list[Path]:
    """Paths of the bundled seed documents, wherever docket is installed."""
    folder = resources.files(__name__)
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".txt", ".md")))


def source_name(path: Path) -> str:
    """How a seed is named in the store: ``seeds/<file>``."""
    return f"seeds/{path.name}"
