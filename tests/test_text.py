"""Display safety and key folding: pure functions, tested directly."""

from store.text import entity_key, fold, normalise_document, visible


def test_visible_replaces_every_terminal_control():
    hostile = "a\x1b[31mred\x1b]52;c;ZXZpbA==\x07\x9b2J\x00\x7f\u202eevil\r\x08"
    shown = visible(hostile)
    assert "\x1b" not in shown and "\x9b" not in shown and "\x00" not in shown
    assert "\x7f" not in shown and "\u202e" not in shown and "\r" not in shown
    assert "␛[31mred" in shown
    assert "<9B>" in shown
    assert "<U+202E>" in shown
    assert "␍" in shown and "␈" in shown and "␀" in shown and "␡" in shown


def test_visible_keeps_plain_text_and_optionally_newlines():
    assert visible("José [b]x[/b]") == "José [b]x[/b]"
    assert visible("a\nb") == "a␤b"
    assert visible("a\nb", keep_newlines=True) == "a\nb"


def test_keys_fold_case_accents_and_punctuation():
    assert fold("José") == "jose"
    assert entity_key("José de Gracia") == entity_key("JOSE DE GRACIA") == "jose de gracia"
    assert entity_key("MS-13") == entity_key("MS 13")


def test_normalise_unifies_line_ends_and_drops_lone_surrogates():
    assert normalise_document("a\r\nb\rc") == "a\nb\nc"
    assert normalise_document("x\ud800y") == "x\ufffdy"


def test_visible_replaces_exactly_the_characters_it_names_and_fast():
    import time

    from store.text import _REPLACED, _needs_placeholder, _placeholder

    astral = range(0x10000, 0x110000, 97)
    for code in [*range(0x10000), *astral]:
        ch = chr(code)
        named = _needs_placeholder(ch) or ch == "\t"
        assert bool(_REPLACED.match(ch)) == named, hex(code)
        if named and ch not in "\t\n":
            assert visible(ch) == visible(ch, keep_newlines=True) == _placeholder(ch)
    assert visible("a\tb\nc\x1b", keep_newlines=True) == "a    b\nc␛" and visible("a\tb\nc") == "a b␤c"
    # a long text with line breaks (never printable as a whole) is one C pass, not a loop over characters
    text = "A line of a report, with a number: 1,300.\n" * 100_000
    t0 = time.perf_counter()
    assert visible(text, keep_newlines=True) == text
    print(f"visible(): 4 MB of lines in {time.perf_counter() - t0:.3f} s")
