"""The extractor's tables are read from the user's cache folder when a good
file is there, built when none is, and never taken from a file that is not
what it should be (the folder is the user's, but a file there is data only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.extract import tablecache
from store.extract.gazetteer import _build_places

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "docket"


def test_a_table_is_written_once_and_read_back_the_same(cache_home: Path):
    built = []

    def build():
        built.append(1)
        return {"lyon": "city"}

    assert tablecache.cached_table("t", build, tablecache.is_str_map) == {"lyon": "city"}
    assert tablecache.cached_table("t", build, tablecache.is_str_map) == {"lyon": "city"}
    assert built == [1]
    (written,) = cache_home.glob("t-*.json")
    assert json.loads(written.read_text(encoding="utf-8")) == {"lyon": "city"}


@pytest.mark.parametrize(
    "content",
    ["", "{not json", '{"lyon": 3}', '["a", "b"]', "[" * 100_000, '{"__class__": "os.system"}\x00'],
)
def test_a_bad_or_hostile_cache_file_is_rebuilt_not_trusted(cache_home: Path, content: str):
    tablecache.cached_table("t", lambda: {"x": "y"}, tablecache.is_str_map)
    (path,) = cache_home.glob("t-*.json")
    path.write_text(content, encoding="utf-8")
    assert tablecache.cached_table("t", lambda: {"lyon": "city"}, tablecache.is_str_map) == {"lyon": "city"}
    assert json.loads(path.read_text(encoding="utf-8")) == {"lyon": "city"}


def test_a_folder_that_cannot_be_written_costs_only_the_build(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert tablecache.cached_table("t", lambda: {"a": "b"}, tablecache.is_str_map) == {"a": "b"}


def test_the_place_table_from_the_cache_is_the_built_one(tmp_path: Path):
    # two fresh processes: the first builds and writes, the second reads; both give the built table
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    script = "import json; from store.extract.gazetteer import places; print(json.dumps(places(), sort_keys=True))"
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert json.loads(first.stdout) == json.loads(second.stdout) == _build_places()
    assert len(list((tmp_path / "docket").glob("places-*.json"))) == 1


def test_no_home_at_all_costs_only_the_build(monkeypatch):
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert tablecache.cached_table("t", lambda: {"a": "b"}, tablecache.is_str_map) == {"a": "b"}
