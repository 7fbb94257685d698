"""Text helpers shared by every layer: normalising documents, folding keys,
and making untrusted text safe to show.

Nothing here knows about SQLite or Textual.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import accumulate

__all__ = [
    "normalise_document",
    "fold",
    "entity_key",
    "visible",
    "widened",
    "spreadsheet_safe",
    "lower_same_length",
    "find_word",
    "find_words",
    "WordFinder",
    "operation_key",
    "series_key",
]

_SURROGATES = re.compile("[\ud800-\udfff]")


def normalise_document(text: str) -> str:
    """The canonical form of a document's text, that all offsets refer to.

    NFC, line endings unified to ``\\n``, lone surrogates replaced (SQLite
    cannot store them). Control characters are kept as they are: they are
    evidence, and :func:`visible` shows them safely.
    """
    text = _SURROGATES.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", m.group()) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case- and accent-folded text, for matching what a user types.

    Decomposition and the removal of combining marks happen character by
    character, so only the runs of non-ASCII characters need them: mostly
    ASCII text folds at the speed of ``casefold``."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _NON_ASCII_RUN.sub(_fold_run, folded)


_PUNCT_RUN = re.compile(r"[\W_]+", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def entity_key(name: str) -> str:
    """The matching key of an entity name: folded, punctuation squeezed.

    ``"José de Gracia"`` and ``"JOSE DE GRACIA"`` share a key; so do
    ``"MS-13"`` and ``"MS 13"``.
    """
    return _PUNCT_RUN.sub(" ", fold(name)).strip()


# Code points that would act on a terminal or reorder text if emitted raw.
_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}


def _placeholder(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, e.g. ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code <= 0x9F:
        return f"<{code:02X}>"
    return f"<U+{code:04X}>"


def _needs_placeholder(ch: str) -> bool:
    code = ord(ch)
    return (
        code < 0x20
        or 0x7F <= code <= 0x9F
        or code in _BIDI
        or 0xD800 <= code <= 0xDFFF
        or code in (0x2028, 0x2029, 0xFFFE, 0xFFFF)
    )


# What visible() replaces: every character _needs_placeholder names, and the
# tab. A test checks the class against _needs_placeholder over all of Unicode.
_REPLACED = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff\ufffe\uffff]"
)


@functools.lru_cache(maxsize=1024)
def _shown(ch: str, keep_newlines: bool) -> str:
    if ch == "\n" and keep_newlines:
        return ch
    if ch == "\t":
        return "    " if keep_newlines else " "
    if _needs_placeholder(ch):
        return "\u2424" if ch == "\n" else _placeholder(ch)
    return ch


def _shown_keeping_lines(m: re.Match[str]) -> str:
    return _shown(m.group(), True)


def _shown_on_one_line(m: re.Match[str]) -> str:
    return _shown(m.group(), False)


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character replaced by a visible placeholder.

    ESC becomes ``␛``, CR ``␍``, C1 codes ``<9B>``, bidi overrides
    ``<U+202E>``. Tabs become spaces. With ``keep_newlines`` a ``\\n`` stays a
    line break (for the reader); otherwise it becomes ``␤``.
    This is the one function every piece of untrusted text passes through
    before it reaches a terminal.
    """
    if text.isprintable() and "\t" not in text:
        return text
    return _REPLACED.sub(_shown_keeping_lines if keep_newlines else _shown_on_one_line, text)


# The characters that ``visible(…, keep_newlines=True)`` draws wider than
# one character: a tab (4 spaces), C1 codes (``<9B>``), bidi controls and the
# rest of ``_needs_placeholder`` above 0x9F (``<U+202E>``). A test checks
# this class against ``visible`` over the whole Basic Multilingual Plane.
_WIDENED = re.compile("[\t\x80-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def widened(text: str) -> Iterator[tuple[int, int]]:
    """Where ``visible(text, keep_newlines=True)`` grows: the offset in
    ``text`` of each character drawn wider than one character, with the
    width it is drawn (``<U+202E>``: 8), in text order. Every other
    character is drawn as one (``␛`` for ESC), so these alone map an offset
    of the text to one of its visible form and back."""
    widths: dict[str, int] = {}
    for m in _WIDENED.finditer(text):
        ch = m.group()
        width = widths.get(ch)
        if width is None:
            width = widths[ch] = len(visible(ch, keep_newlines=True))
        yield m.start(), width


# What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection"),
# with the full-width forms some locales of Excel also take.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def spreadsheet_safe(cell: str) -> str:
    """A text cell a spreadsheet will show as text, never run as a formula.

    A cell whose first character — or first after leading spaces — is
    ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a single
    quote in front (``'=HYPERLINK(…)``), as OWASP recommends; every other
    cell is returned as it is. Only text goes through here: numbers (a
    negative figure, an offset) are written as numbers and stay numbers.
    """
    if not cell:
        return cell
    first = cell[0]
    if first == " ":
        stripped = cell.lstrip(" ")
        first = stripped[0] if stripped else ""
    return "'" + cell if first in _FORMULA_START else cell


#: The last text ``lower_same_length`` lowered, and the result: the recognisers
#: and the figure finder each ask for the same document's lowered text.
_LAST_LOWERED: tuple[str, str] = ("", "")


def lower_same_length(text: str) -> str:
    """``text`` lower-cased without changing any offset (a few characters,
    such as "İ", grow when lower-cased; those are left as they are)."""
    global _LAST_LOWERED
    last = _LAST_LOWERED  # one read: another thread may replace it
    if last[0] is text:
        return last[1]
    lowered = text.lower()
    if len(lowered) != len(text):
        # the few characters that grow kept as they are, the pieces between them lowered
        # (not character by character: a 1 MB text with one "İ" took half a second so)
        grows = "".join(c for c in set(text) if len(c.lower()) != 1)
        pieces = re.split(f"([{re.escape(grows)}])", text)
        lowered = "".join(piece if k % 2 else piece.lower() for k, piece in enumerate(pieces))
    _LAST_LOWERED = (text, lowered)
    return lowered


def find_word(haystack: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    """Offsets of ``needle`` in ``haystack`` as a whole word (not inside a
    longer word or hyphenated name). Plain ``str.find``: no pattern to build."""
    found: list[tuple[int, int]] = []
    if not needle:
        return found
    n = len(needle)
    last = len(haystack)
    pos = haystack.find(needle, start)
    while pos >= 0:
        end = pos + n
        if pos > 0:
            c = haystack[pos - 1]
            if c.isalnum() or c == "_" or c == "-":
                pos = haystack.find(needle, pos + 1)
                continue
        if end < last:
            c = haystack[end]
            if c.isalnum() or c == "_" or c == "-":
                pos = haystack.find(needle, pos + 1)
                continue
        found.append((pos, end))
        pos = haystack.find(needle, pos + 1)
    return found


#: The separator after a word and the word after it, in one match.
_GAP_AND_WORD = re.compile(r"(\W+)(\w+)")
#: Up to this many distinct first words, ``WordFinder.find`` scans with
#: ``str.find`` once per word; above it, once over the text's words.
_FEW_FIRST_WORDS = 48


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


_PIECES = re.compile(r"(\w+)")


def find_words(haystack: str, needles: Iterable[str], *, hyphen_joins: bool = True) -> dict[str, list[tuple[int, int]]]:
    """``find_word(haystack, n)`` for every needle ``n`` at once, in one pass
    (see ``WordFinder``)."""
    needles = list(dict.fromkeys(needles))  # in the order given: a set's order changes with the hash seed
    if len(needles) <= _FEW_FIRST_WORDS:
        found: dict[str, list[tuple[int, int]]] = {}
        for needle in needles:
            hits = _find_bounded(haystack, needle, hyphen_joins)
            if hits:
                found[needle] = hits
        return found
    return WordFinder(needles, hyphen_joins=hyphen_joins).find(haystack)


class WordFinder:
    """Many needles, each found as a whole word, in one pass over a text.

    The needles are walked as a trie of their word and separator pieces from
    each word that starts in the text, so the time grows with the text's
    length times the longest needle's number of pieces, never with the number
    of needles. With ``hyphen_joins`` (as ``find_word``) a hyphen counts as
    part of a word, so "Kenya" is not found inside "Kenya-based"; without it
    a hyphen is a boundary like a space. Build once, ``find`` in many texts."""

    def __init__(self, needles: Iterable[str], *, hyphen_joins: bool = True) -> None:
        self.hyphen_joins = hyphen_joins
        self.trie: dict = {}
        self.odd: list[str] = []  # no word character at the start ("'Ndrangheta"): searched alone
        for needle in dict.fromkeys(needles):  # in the order given, whatever the hash seed
            pieces = _PIECES.split(needle)
            if len(pieces) < 2 or pieces[0]:
                if needle:
                    self.odd.append(needle)
                continue
            if not pieces[-1]:
                pieces.pop()
            node = self.trie
            for piece in pieces[1:]:
                node = node.setdefault(piece, {})
            node[None] = needle

    def find(self, haystack: str) -> dict[str, list[tuple[int, int]]]:
        """Each needle found in ``haystack``, with its (start, end) offsets in order."""
        found: dict[str, list[tuple[int, int]]] = {}
        for needle in self.odd:
            hits = _find_bounded(haystack, needle, self.hyphen_joins)
            if hits:
                found[needle] = hits
        trie = self.trie
        if not trie:
            return found
        last = len(haystack)
        joiners = "_-" if self.hyphen_joins else "_"

        def add(start: int, end: int, needle: str) -> None:
            if start > 0:
                c = haystack[start - 1]
                if c.isalnum() or c in joiners:
                    return
            if end < last:
                c = haystack[end]
                if c.isalnum() or c in joiners:
                    return
            found.setdefault(needle, []).append((start, end))

        def walk(start: int, end: int, node: dict) -> None:
            """Follow the trie from the word ending at ``end``, reading the text's
            next separators and words as it goes."""
            while node is not None:
                for piece, child in node.items():
                    if piece is None:
                        add(start, end, child)
                    elif None in child and not piece[0].isalnum() and haystack.startswith(piece, end):
                        add(start, end + len(piece), child[None])  # closing on punctuation: "U.S."
                step = _GAP_AND_WORD.match(haystack, end)
                if step is None:
                    return  # the text ends, in separators or not
                gap, word = step.groups()
                nxt = node.get(gap)
                if nxt is None:
                    return
                node = nxt.get(word)
                end = step.end()

        if len(trie) <= _FEW_FIRST_WORDS:
            # Few first words: let str.find jump to each (C speed), then walk.
            for first, node in trie.items():
                pos = haystack.find(first)
                n = len(first)
                while pos >= 0:
                    end = pos + n
                    if (pos == 0 or not _is_word(haystack[pos - 1])) and (end == last or not _is_word(haystack[end])):
                        walk(pos, end, node)
                    pos = haystack.find(first, pos + 1)
        else:
            # Many first words: walk from each of the text's words that is one, in
            # text order. The text's words are listed once per text (see _word_runs),
            # so the several finders run over one document share that work.
            words, starts, vocabulary = _word_runs(haystack)
            present = trie.keys() & vocabulary
            # A needle of one word that begins no longer one ("Kenya" alone) needs
            # no walk: its hits are the word's, where no hyphen joins it on.
            alone = {w: trie[w][None] for w in present if len(trie[w]) == 1 and None in trie[w]}
            for first, pos in [(w, s) for w, s in zip(words, starts, strict=True) if w in present]:
                needle = alone.get(first)
                if needle is None:
                    walk(pos, pos + len(first), trie[first])
                else:
                    add(pos, pos + len(first), needle)
        for hits in found.values():
            hits.sort()
        return found


#: The texts ``_word_runs`` listed last, with their lists: a document's text and
#: its lower-cased copy are each searched by several finders in turn.
_LAST_RUNS: tuple[tuple[str, tuple[list[str], list[int], frozenset[str]]], ...] = ()


def text_words(haystack: str) -> frozenset[str]:
    """Every run of word characters in ``haystack`` (what ``\\w+`` matches), as a set: listed once per text
    and shared with the finders run over it."""
    return _word_runs(haystack)[2]


def _word_runs(haystack: str) -> tuple[list[str], list[int], frozenset[str]]:
    """The runs of word characters in ``haystack`` (what ``\\w+`` matches, in
    order), the offset of each, and the set of them. Found by one split and a
    running sum of the pieces' lengths, both in C, and kept for the last two
    texts asked about."""
    global _LAST_RUNS
    cached = _LAST_RUNS  # one read: another thread may replace it
    for text, runs in cached:
        if text is haystack:
            return runs
    pieces = _PIECES.split(haystack)  # separator, word, separator, word, …, separator
    words = pieces[1::2]
    ends = list(accumulate(map(len, pieces)))  # ends[k]: where pieces[k] ends
    runs = (words, ends[0 : 2 * len(words) : 2], frozenset(words))  # a word starts where the separator before ends
    _LAST_RUNS = ((haystack, runs), *cached[:1])
    return runs


def _find_bounded(haystack: str, needle: str, hyphen_joins: bool) -> list[tuple[int, int]]:
    """``find_word``, with a hyphen as a boundary unless ``hyphen_joins``."""
    if hyphen_joins:
        return find_word(haystack, needle)
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    last = len(haystack)
    pos = haystack.find(needle)
    while pos >= 0:
        end = pos + len(needle)
        before = haystack[pos - 1] if pos > 0 else " "
        after = haystack[end] if end < last else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            out.append((pos, end))
        pos = haystack.find(needle, pos + 1)
    return out


#: An edition mark at the end of a codename: a number, a year, or a Roman
#: numeral up to L ("II", "xiv"); "mix" or "civil" are words, not numerals.
_ROMAN = re.compile(r"(?:l|xl|x{0,3})(?:ix|iv|v?i{0,3})")
_HYPHEN_BASE = re.compile(r"\s*([^\W\d_]{3,})\s*[-‐‑–]")


def _edition_mark(token: str) -> bool:
    return token.isdigit() or (token.isascii() and bool(_ROMAN.fullmatch(token)))


def series_key(name: str) -> str:
    """The series an operation's codename belongs to: its name before an
    edition mark. The rule: take the part before a hyphen that follows the
    first word ("Lionfish-Mayag III" → lionfish), then drop trailing
    numbers, years and Roman numerals ("Lionfish II", "Thunder 2021",
    "Pangea XIV" → lionfish, thunder, pangea), never the name's only word.
    ``Lionfish``, ``Lionfish II``, ``Lionfish V`` and ``Lionfish-Mayag III``
    are one series; ``Blue Amber`` is its own."""
    m = _HYPHEN_BASE.match(fold(name))
    tokens = entity_key(m.group(1) if m else name).split()
    while len(tokens) > 1 and _edition_mark(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def operation_key(name: str, year: int | None) -> str:
    """The matching key of an operation instance: its name's key, and its year
    when known ("lionfish 2013"), so two editions in different years are two
    entities in the store while a name with its year in it keeps one key."""
    key = entity_key(name)
    if year is None or str(year) in key.split():
        return key
    return f"{key} {year}"
