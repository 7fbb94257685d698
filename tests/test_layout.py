"""Text as it arrives from e-mail, PDFs and web pages: lines wrapped at a
width and no-break spaces read as the same report written plainly
(``store.extract.layout``), with every offset still pointing into the
stored text."""

from __future__ import annotations

import textwrap

import pytest

from store.extract import extract
from store.extract.layout import as_spaces, join_hyphens, lift_indents, plain_spaces, soft_breaks

HEADLINE = "Coast guard and police arrest 14 in Operation Tide Break off Mombasa"
PARAGRAPHS = [
    "MOMBASA, Kenya – Officers of the Kenya Coast Guard Service and the Directorate of Criminal "
    "Investigations arrested 14 suspects and seized 312 kilograms of heroin during Operation Tide Break, "
    "a five-day sweep of the Likoni and Kilindini channels that ended on Friday, a spokesperson said.",
    "The team also recovered six firearms, 240 rounds of ammunition and KES 4.2 million in cash from a "
    "warehouse near the Port of Mombasa, according to Deputy Inspector General Amina Wekesa Otieno, "
    "who led the operation together with Commander Baraka Mwangi Kiprono of the Coast Guard.",
    "Those arrested include two Tanzanian nationals and a Somali citizen. They will be charged with "
    "trafficking in narcotic drugs at the Shanzu Law Courts on Monday, Otieno told reporters at the "
    "Kenya Ports Authority offices, adding that more than 40 officers took part.",
    "The United Nations Office on Drugs and Crime, which trained the boarding teams under its Global "
    "Maritime Crime Programme, welcomed the results of Operation Tide Break.",
]
PLAIN = HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def _wrapped(width: int) -> str:
    body = "\n\n".join(textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in PARAGRAPHS)
    return HEADLINE + "\n\n" + body + "\n"


def _reading(text: str) -> tuple[set, set]:
    result = extract(text)
    entities = {(e.type, e.name, e.year) for e in result.entities}
    figures = {(f.operation, f.metric, f.value, f.unit, f.item, f.qualifier) for f in result.figures}
    return entities, figures


def test_the_plain_report_is_read_as_expected() -> None:
    """The baseline the wrapped and spaced forms are compared with reads its people, bodies and figures."""
    entities, figures = _reading(PLAIN)
    names = {name for _, name, _ in entities}
    assert {"Amina Wekesa Otieno", "Baraka Mwangi Kiprono", "Tide Break"} <= names
    assert ("Tide Break", "arrests", 14.0, "count", None, None) in {f[:6] for f in figures}


@pytest.mark.parametrize("width", [60, 66, 72, 80, 100])
def test_a_report_wrapped_at_a_width_reads_as_it_does_written_plainly(width: int) -> None:
    wrapped = _wrapped(width)
    assert len(wrapped.splitlines()) > len(PLAIN.splitlines()) + 5  # it is wrapped
    assert _reading(wrapped) == _reading(PLAIN)


def test_wrapping_splits_names_over_lines_and_each_mention_still_points_at_its_name() -> None:
    split = 0
    for width in (60, 66, 72, 80, 100):
        wrapped = _wrapped(width)
        for entity in extract(wrapped).entities:
            for start, end in entity.mentions:
                written = wrapped[start:end]
                split += "\n" in written
                # the stored text keeps its lines; the mention covers the name (or a surname, an acronym) across them
                forms = (entity.name.casefold(), (entity.alias_of or "").casefold())
                assert any(" ".join(written.split()).casefold() in form for form in forms), (written, entity)
    assert split >= 3  # names were cut by a line end, and found whole


def test_no_break_spaces_read_as_spaces_but_group_digits() -> None:
    spaced = (
        PLAIN.replace("Operation Tide Break", "Operation\u00a0Tide\u00a0Break")
        .replace("Amina Wekesa", "Amina\u00a0Wekesa")
        .replace("312 kilograms", "312\u202fkilograms")
    )
    assert _reading(spaced) == _reading(PLAIN)
    grouped = PLAIN.replace("312 kilograms", "1\u00a0312 kilograms")
    assert ("Tide Break", "seized", 1312.0, "kg") in {f[:4] for f in _reading(grouped)[1]}
    assert plain_spaces("Operation\u00a0Kite 4\u00a0408\u202fkg") == "Operation Kite 4\u00a0408 kg"


def test_low_opening_quotes_read_as_quotes() -> None:
    # („D Day” in a Romanian release, ‚Kobra‘ in an Austrian one: the name between them is a codename)
    text = "Report\nIn the „D Day” operation, more than 9.2 kg of drugs were seized.\n"
    result = extract(text)
    assert [e.name for e in result.entities if e.type == "OPERATION"] == ["D Day"]
    assert [(f.operation, f.value) for f in result.figures] == [("D Day", 9.2)]
    assert plain_spaces("„D Day” ‚Kobra‘") == "“D Day” ‘Kobra‘"


def test_lines_ended_on_purpose_are_left_as_they_are() -> None:
    table = (
        "Seizures in 2025\n\nGoods              Seizures   Quantity\nCocaine                   9   1,312 kg\n"
        "Cannabis resin            4     408 kg\nCigarettes               21   47.7 million\n"
        "Fine-cut tobacco          6   3.4 tonnes\n"
    )
    results = (
        "Police results for the week\nThe results were:\n28.4 tonnes of cocaine hydrochloride\n"
        "3.1 tonnes of marijuana\n1,836 litres of liquid ketamine\n38 people captured\n4 boats immobilised\n"
    )
    one_per_line = HEADLINE + "\n" + "\n".join(PARAGRAPHS) + "\n"  # paragraphs a line each, as web pages copy
    for text in (table, results, one_per_line, PLAIN):
        assert soft_breaks(text) == []
    # Wrapped prose with a bulleted list and a headline: the list's and the headline's breaks stay.
    text = _wrapped(66).replace(
        "\n\nThose arrested",
        "\n\nThe haul included:\n- 312 kilograms of heroin\n- six firearms\n- KES 4.2 million in cash"
        "\n\nThose arrested",
    )
    read = as_spaces(text, soft_breaks(text))
    assert read.startswith(HEADLINE + "\n")
    assert "included:\n- 312 kilograms of heroin\n- six firearms\n- KES" in read
    assert "Amina Wekesa Otieno" in read
    assert len(read) == len(text)


def test_soft_breaks_are_line_ends_and_only_line_ends() -> None:
    text = _wrapped(60)
    breaks = soft_breaks(text)
    assert breaks and all(text[b] == "\n" for b in breaks)
    assert as_spaces(text, breaks).count("\n") == text.count("\n") - len(breaks)


def test_an_indented_copy_reads_as_written_and_its_offsets_point_into_the_stored_text() -> None:
    """Web pages copied as text keep their indentation on every line (and blanks on empty lines)."""
    plain = extract(PLAIN)
    said = sorted(PLAIN[a:b] for e in plain.entities for a, b in e.mentions)
    stated = [(PLAIN[f.start : f.end], PLAIN[f.sentence_start : f.sentence_end]) for f in plain.figures]
    for pad in ("    ", "\t", "            "):
        indented = "\n".join(pad + line if line else pad for line in PLAIN.split("\n"))
        assert _reading(indented) == _reading(PLAIN)
        result = extract(indented)
        # every mention and figure points at the same words in the stored (indented) text
        assert sorted(indented[a:b] for e in result.entities for a, b in e.mentions) == said
        assert [(indented[f.start : f.end], indented[f.sentence_start : f.sentence_end]) for f in result.figures] == (
            stated
        )


def test_lifting_indents_moves_blanks_within_their_line_and_maps_back() -> None:
    text = "Head\n    Police arrested 5.\n\n  - 3 kg of heroin\n   \nend"
    read, _, indents = lift_indents(text)
    assert read == "Head\nPolice arrested 5.    \n\n- 3 kg of heroin  \n   \nend"
    assert len(read) == len(text) and read.count("\n") == text.count("\n")
    for word in ("Police", "5", "heroin", "end"):
        at = read.index(word)
        assert text[indents.stored(at) : indents.stored(at + len(word))] == word


def test_a_name_hyphenated_at_a_wrapped_lines_end_is_read_whole() -> None:
    para = (
        "Officers of the Kenya Coast Guard Service arrested 14 suspects and seized 312 kilograms of heroin "
        "during Operation Tide Break, said Chief Inspector Wanjiru Mwangi-Otieno, who led the sweep of the port "
        "with the Directorate of Criminal Investigations and teams from the Port of Mombasa and the police of the "
        "coast, who searched every container that had arrived from the Gulf of Aden since May."
    )
    for width in (58, 85):  # (widths at which the wrapper breaks the name at its hyphen)
        text = "Coast guard arrests 14\n\n" + textwrap.fill(para, width, break_on_hyphens=True) + "\n"
        assert "Mwangi-\nOtieno" in text
        result = extract(text)
        people = {e.name: e.mentions for e in result.entities if e.type == "PERSON"}
        assert list(people) == ["Wanjiru Mwangi-Otieno"]
        (start, end), *_ = people["Wanjiru Mwangi-Otieno"]
        assert text[start:end] == "Wanjiru Mwangi-\nOtieno"  # the stored text, as written
        read, _, moves = join_hyphens(text, soft_breaks(text))
        assert "Mwangi-Otieno,  who" in read and len(read) == len(text)  # (the break read as a space, after it)
        at = read.index("Otieno")
        assert text[moves.stored(at) : moves.stored(at + 6)] == "Otieno"


def test_moved_blanks_map_back_where_they_stood_and_a_tab_indent_is_no_column_gap() -> None:
    text = "  ab cd\n\tx (PNA)\nend"
    read, _, moves = lift_indents(text)
    assert read == "ab cd  \nx (PNA) \nend"
    assert [moves.stored(p) for p in (0, 5, 6)] == [2, 7, 1]  # a word's start and end; a moved blank
    assert [moves.stored(p) for p in range(len(read) + 1)][-4:] == [17, 18, 19, 20]
    # a wire credit closing a tab-indented line is no organisation, as it is on a line not indented
    body = "Police in Manila seized 4 kg of shabu on Monday, the agency said. (PNA)\n"
    for indent in ("", "\t", "    "):
        orgs = {e.name for e in extract("Head\n\n" + indent + body).entities if e.type == "ORG"}
        assert "PNA" not in orgs, indent


def test_lines_longer_than_the_wrappers_width_were_set_on_their_own() -> None:
    release = textwrap.fill(" ".join(PARAGRAPHS[:2]), 72)
    signature = (
        "Detective Chief Inspector Rebecca Thornton-Hughes, Senior Investigating Officer, Coast Region\n"
        "Kenya Police Service Regional Organised Crime Unit, Mombasa Central Police Station, Makadara\n"
    )
    text = HEADLINE + "\n\n" + release + "\n\n" + signature
    read = as_spaces(text, soft_breaks(text))
    assert "Coast Region\nKenya Police Service" in read  # a signature's lines stay apart
    assert read.count("\n") < text.count("\n")  # while the release's wrapped lines are joined


def _copied(text: str, how: str) -> str:
    """A report as it arrives copied out of a page, an e-mail or a PDF (deterministic)."""
    if how == "no-break spaces":  # before a capital or a digit at every third position
        return "".join(
            "\u00a0" if c == " " and text[i + 1 : i + 2].isalnum() and i % 3 == 0 else c for i, c in enumerate(text)
        )
    if how == "wrapped at 72":
        return "\n".join(textwrap.fill(p, 72, break_on_hyphens=True) if p else p for p in text.split("\n"))
    if how == "indented":
        return "\n".join("      " + line if line.strip() else "   " for line in text.split("\n"))
    if how == "wrapped and indented":  # a quoted e-mail, a PDF's margin
        return _copied(_copied(text, "wrapped at 72"), "indented")
    raise ValueError(how)


def test_wild_reports_copied_with_their_layout_score_as_they_do_written_plainly(tmp_path) -> None:
    """Sixty wild reports (every ninth), and the same reports wrapped, indented and given no-break spaces:
    the scores an analyst relies on hold within a point."""
    import shutil
    from pathlib import Path

    from store.evaluate import evaluate_dir

    wild = sorted((Path(__file__).parent / "wild").glob("*.txt"))[::9]
    scores = {}
    for how in ("plain", "no-break spaces", "wrapped at 72", "indented", "wrapped and indented"):
        folder = tmp_path / how.replace(" ", "-")
        folder.mkdir()
        for txt in wild:
            text = txt.read_text(encoding="utf-8")
            (folder / txt.name).write_text(text if how == "plain" else _copied(text, how), encoding="utf-8")
            shutil.copy(txt.with_suffix(".json"), folder / txt.with_suffix(".json").name)
        result = evaluate_dir(folder)
        scores[how] = (result.micro.f1, result.figures.f1, result.figures_strict.f1)
    plain = scores.pop("plain")
    for how, got in scores.items():
        assert all(g >= p - 0.01 for g, p in zip(got, plain, strict=True)), (how, got, plain)
