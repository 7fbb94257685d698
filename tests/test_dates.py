"""A document's published date: read from its dateline or first lines in
the ways releases write it, stored as ISO, never taken from the body;
shown, sorted and filtered by (`docket search --since`).

The texts here are written for these tests; none is taken from a release.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from store.extract import extract
from store.extract.dates import published_date
from tui.cli import cli

from .conftest import store_with

pytestmark = pytest.mark.engines

BODY = (
    "Police in four countries arrested 41 suspects during a week of raids against a network that moved "
    "stolen vehicles across the region, the agency said.\n\nOfficers seized 19 cars and EUR 300,000 in cash."
)


@pytest.mark.parametrize(
    "head",
    [
        "30 September 2024",
        "September 30, 2024",
        "Sept. 30, 2024",
        "Sep 30 2024",
        "30 Sep 2024",
        "30 Sept. 2024",
        "30th September 2024",
        "September 30th, 2024",
        "2024-09-30",
        "2024-09-30T08:15:00Z",
        "30/09/2024",
        "30.09.2024",
        "09/30/2024",
        "Monday, 30 September 2024",
        "Monday 30 September 2024",
        "MONDAY, 30 SEPTEMBER 2024",
        "Published: 30 September 2024",
        "Date: 2024-09-30",
        "Published on Monday, September 30, 2024 by the press office",
    ],
)
def test_each_way_a_release_writes_its_date(head: str):
    text = f"Car theft network taken apart in four countries\n{head}\n\n{BODY}"
    assert published_date(text) == "2024-09-30"
    assert extract(text).published == "2024-09-30"


@pytest.mark.parametrize(
    "dateline",
    [
        "VALLETTA, Malta, 30 September 2024 – Police in four countries",
        "VALLETTA (Malta) – 30/09/2024 – Police in four countries",
        "Valletta, Monday, September 30, 2024 — Police in four countries",
    ],
)
def test_a_date_in_the_dateline_of_the_first_paragraph(dateline: str):
    text = f"Car theft network taken apart\n\n{dateline} arrested 41 suspects during a week of raids " + "x " * 80
    assert published_date(text) == "2024-09-30"


@pytest.mark.parametrize("head", ["04/05/2024", "05.04.2024", "12/11/2023", "01/01/2024"])
def test_a_numeric_date_that_could_be_either_order_is_not_guessed(head: str):
    assert published_date(f"Title\n{head}\n\n{BODY}") is None


@pytest.mark.parametrize(
    "head",
    ["31 February 2024", "30/02/2024", "2024-13-01", "2023-02-29", "32 March 2024", "September 31, 2024", "0 May 2024"],
)
def test_an_impossible_date_is_no_date(head: str):
    assert published_date(f"Title\n{head}\n\n{BODY}") is None


def test_a_leap_day_is_a_date():
    assert published_date("Title\n29 February 2024\n\nText.") == "2024-02-29"


def test_a_date_inside_a_sentence_is_the_bodys_not_the_documents():
    lead = (
        "VALLETTA, Malta – The operation ran from 3 May to 30 September 2024 in four countries and led to "
        "41 arrests, the agency said in a statement issued to the press on its closing day."
    )
    assert published_date(f"Car theft network taken apart\n\n{lead}\n\n{BODY}") is None


def test_a_date_past_the_first_lines_is_ignored():
    text = "Car theft network taken apart\n\nFirst paragraph.\n\nSecond paragraph.\n\n30 September 2024\n\n" + BODY
    assert published_date(text) is None
    far = "Car theft network taken apart\n" + "word " * 100 + "\n30 September 2024\n"
    assert published_date(far) is None  # past the first 400 characters


def test_no_date_at_all_is_none():
    assert published_date("") is None
    assert published_date(BODY) is None
    assert extract(BODY).published is None


@pytest.mark.parametrize(
    "odd",
    [
        # (400 KB each, CI's time: a backtracking pattern takes minutes here too)
        "1" * 400_000,
        "12/" * 133_334,
        "1.2." * 100_000,
        "30 September " * 32_000,
        "September 30, " * 28_000,
        "2024-" * 80_000,
        "Aaaa " * 80_000,
        "A-" * 200_000,
        "30/09/" * 68_000,
        " " * 400_000,
        "\n" * 400_000,
        "3 3 3 " * 68_000,
    ],
    ids=[
        "digits",
        "slashes",
        "dots",
        "day-months",
        "month-days",
        "iso-runs",
        "caps",
        "dashes",
        "dmy",
        "spaces",
        "nl",
        "3s",
    ],
)
def test_odd_one_line_texts_are_quick(odd: str):
    from store.extract.dates import _DATE

    start = time.perf_counter()
    assert published_date(odd) is None
    list(_DATE.finditer(odd))  # the pattern itself over the whole text, not only the head
    assert time.perf_counter() - start < 10  # a generous bound: catches backtracking, not speed


def test_control_characters_and_markup_around_a_date():
    assert published_date("\x1b[31mTitle\x1b[0m\n[b]30 September 2024[/b]\n\ntext") == "2024-09-30"
    assert published_date("Title\n\u202e30 September 2024\n") == "2024-09-30"


# ------------------------------------------------------------------ store and CLI


def _dated_store(db_path: Path, tmp_path: Path) -> Path:
    return store_with(
        db_path,
        tmp_path / "in",
        {
            "old.txt": f"Timber smuggling ring broken up\n12 March 2023\n\n{BODY}",
            "new.txt": "Port checks find stolen cars\nPublished: 2024-09-30\n\nOfficers opened 40 containers.",
            "none.txt": "Training course for border officers\n\nOfficers from six countries met for a week.",
        },
    )


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_dates_are_stored_as_iso(db_path: Path, tmp_path: Path):
    from store.queries import Reader

    reader = Reader(_dated_store(db_path, tmp_path))
    try:
        rows = {r["source"].rsplit("/", 1)[-1]: r["published"] for r in reader.documents()}
        assert rows == {"old.txt": "2023-03-12", "new.txt": "2024-09-30", "none.txt": None}
        by_date = [r["published"] for r in reader.documents(sort="date")]
        assert by_date == ["2024-09-30", "2023-03-12", None]  # newest first, undated last
    finally:
        reader.close()


def test_search_since_and_until(db_path: Path, tmp_path: Path):
    db = str(_dated_store(db_path, tmp_path))
    code, out = run("search", "--db", db, "officers", "--json")
    assert code == 0 and len(json.loads(out)) == 3
    code, out = run("search", "--db", db, "officers", "--since", "2024-01-01", "--json")
    assert code == 0 and [r["published"] for r in json.loads(out)] == ["2024-09-30"]
    code, out = run("search", "--db", db, "officers", "--until", "2024-09-29", "--json")
    assert code == 0 and [r["published"] for r in json.loads(out)] == ["2023-03-12"]  # undated: in no range
    code, out = run("search", "--db", db, "officers", "--since", "2024-10-01")
    assert code == 1 and "--since 2024-10-01" in out
    code, out = run("search", "--db", db, "arrested OR officers", "--since", "2023-03-12", "--until", "2023-03-12")
    assert code == 0 and "Timber smuggling" in out and "Port checks" not in out


@pytest.mark.parametrize("bad", ["2024-02-30", "yesterday", "2024-9-1", "30/09/2024", "", "2024-01-01\x1b[2J"])
def test_a_bad_date_is_one_clear_usage_error(db_path: Path, tmp_path: Path, bad: str):
    db = str(_dated_store(db_path, tmp_path))
    result = CliRunner().invoke(cli, ["search", "--db", db, "officers", "--since", bad])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "\x1b" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error")]
    assert len(errors) == 1 and "--since" in errors[0] and "YYYY-MM-DD" in errors[0]


def test_since_after_until_is_a_usage_error(db_path: Path, tmp_path: Path):
    db = str(_dated_store(db_path, tmp_path))
    code, out = run("search", "--db", db, "officers", "--since", "2025-01-01", "--until", "2024-01-01")
    assert code == 2 and "after --until" in out


def test_export_since(db_path: Path, tmp_path: Path):
    db = str(_dated_store(db_path, tmp_path))
    code, out = run("export", "--db", db, "--since", "2024-01-01")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["title"] for r in records] == ["Port checks find stolen cars"]
    code, out = run("export", "--db", db, "--since", "2030-01-01")
    assert code == 1 and "no document matches" in out
    code, _ = run("export", "--db", db, "--until", "nope")
    assert code == 2


def test_an_inferred_year_fits_its_operations_column():
    from tui.main import operations_header, render_operation_row

    row = {
        "name": "Kestrel Run",
        "year": 2025,
        "year_inferred": 1,
        "arrests": 66,
        "rescued": None,
        "documents": 2,
        "main_seizures": "cocaine 1,290 kg",
        "conflicts": 1,
    }
    for width in (78, 198):
        line = render_operation_row(row, width)
        assert "2025?" in line.plain
        assert line.cell_len <= width and not line.plain.rstrip().endswith("…")
        assert operations_header(width).cell_len == line.cell_len
