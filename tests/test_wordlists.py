"""Every word list keeps its one-entry-one-reason shape."""

from importlib import resources

import pytest

from store.extract import wordlists


def _names() -> list[str]:
    folder = resources.files("store.extract").joinpath("words")
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", _names())
def test_every_entry_has_a_reason(name: str) -> None:
    pairs = wordlists.entries(name)
    assert pairs, f"{name} is empty"
    seen: set[str] = set()
    for entry, reason in pairs:
        assert entry not in seen, f"{name}: {entry!r} listed twice"
        seen.add(entry)
        assert len(reason) >= 5, f"{name}: {entry!r} needs a real reason"


def test_an_entry_without_a_reason_is_refused(tmp_path, monkeypatch) -> None:
    words = tmp_path / "words"
    words.mkdir()
    (words / "bad.txt").write_text("# header\nPolice\n", encoding="utf-8")

    class _Files:
        def joinpath(self, *parts):
            return tmp_path.joinpath(*parts)

    monkeypatch.setattr(wordlists.resources, "files", lambda _pkg: _Files())
    wordlists.entries.cache_clear()
    try:
        with pytest.raises(wordlists.WordListError, match="line 2"):
            wordlists.entries("bad")
    finally:
        wordlists.entries.cache_clear()
