"""Turning a file's bytes into text: plain text, Markdown, HTML and PDF.

Pure functions (bytes in, text out) that never touch the network.
:func:`convert` is the one entry point: it refuses binary content, decodes
(strict UTF-8, then a byte-order mark, then a declared HTML charset when it
is a WHATWG label, then UTF-8 with replacement characters and a warning),
reads HTML as a browser would (an HTML5 parser: ``selectolax``'s lexbor,
linear in its input; nothing fetched) and a PDF's text layer with ``pypdf``
page by page, and caps what comes out: a document's text is cut at
``max_chars`` characters with a warning, a PDF is read up to ``max_pages``
pages and each page's content stream up to :data:`MAX_PAGE_CONTENT` bytes,
so a small file that expands to gigabytes cannot exhaust memory.

Warnings are returned with the text, never printed: ``pypdf``'s log
messages, which quote names from the file, are collected into them (the
display layer shows them through ``store.text.visible``).
"""

from __future__ import annotations

import codecs
import io
import logging
import re
import warnings as _warnings
import zlib
from dataclasses import dataclass, field

__all__ = [
    "Unreadable",
    "Converted",
    "convert",
    "decode",
    "html_to_text",
    "pdf_to_text",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "PDF_SUFFIXES",
    "DEFAULT_MAX_CHARS",
    "MAX_PDF_PAGES",
]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)

#: Text kept from one document at most (``--max-text`` changes it): the rest
#: is cut with a warning.
DEFAULT_MAX_CHARS = 10 * 1024 * 1024
#: Pages read from one PDF at most (a hostile file may claim millions).
MAX_PDF_PAGES = 2000
#: Bytes of one page's decoded content stream read at most: ``pypdf`` needs
#: tens of bytes of memory and ~5 µs per content byte, so a page is cut
#: here (with a warning) rather than let one stream of 70 MB take gigabytes.
MAX_PAGE_CONTENT = 1024 * 1024


class Unreadable(Exception):
    """Bytes that cannot be turned into text: ``reason`` (a few words, the
    summary counts by it) and an optional ``detail``."""

    def __init__(self, reason: str, detail: str | None = None) -> None:
        super().__init__(f"{reason} ({detail})" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class Note:
    """A warning about a document that was stored: ``kind`` (counted in the
    summary) and what happened."""

    kind: str
    message: str


@dataclass
class Converted:
    """A document's text and the warnings met while reading it."""

    text: str
    notes: list[Note] = field(default_factory=list)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Encoding labels of the WHATWG Encoding Standard that a page may declare,
#: mapped to Python codecs. Anything else (notably ``utf-7``, which can
#: smuggle markup past filters) is not honoured.
WHATWG_LABELS = {
    **dict.fromkeys(["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8"], "utf-8"),
    **dict.fromkeys(
        [
            "windows-1252",
            "cp1252",
            "x-cp1252",
            "iso-8859-1",
            "iso8859-1",
            "latin1",
            "l1",
            "ascii",
            "us-ascii",
            "iso_8859-1",
            "ansi_x3.4-1968",
            "cp819",
            "ibm819",
        ],
        "cp1252",
    ),
    **{f"windows-125{i}": f"cp125{i}" for i in range(9)},
    **{f"iso-8859-{i}": f"iso8859_{i}" for i in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "koi8-r": "koi8_r",
    "koi8-u": "koi8_u",
    "macintosh": "mac_roman",
    "shift_jis": "shift_jis",
    "sjis": "shift_jis",
    "euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "gbk": "gbk",
    "gb2312": "gbk",
    "gb18030": "gb18030",
    "big5": "big5",
    "euc-kr": "euc_kr",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "utf-16": "utf-16-le",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)


def decode(data: bytes, *, html: bool = False, max_chars: int | None = None) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not clean UTF-8.

    With ``max_chars``, a UTF-16 or UTF-32 text decodes only the bytes that
    can give that many characters (the caller cuts the rest)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            width = 4 if codec == "utf-32" else 2 if codec == "utf-16" else 4
            if max_chars is not None and len(data) > (max_chars + 2) * width:
                # An incremental decoder stops before a character cut in half.
                decoder = codecs.getincrementaldecoder(codec)()
                data = data[: (max_chars + 2) * width]
                try:
                    return decoder.decode(data, final=False), None
                except UnicodeDecodeError:
                    raise Unreadable(f"invalid {codec.upper()} text") from None
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                raise Unreadable(f"invalid {codec.upper()} text") from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    if html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            label = m.group(1).decode("ascii", "replace").strip().lower()
            codec = WHATWG_LABELS.get(label)
            if codec:
                return data.decode(codec, errors="replace"), None
            warning = f"declared charset {label!r} is not a WHATWG encoding label and was not honoured; "
        else:
            warning = ""
    else:
        warning = ""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(16, len(text) // 10):
        raise Unreadable("undecodable", "not UTF-8 text")
    return text, warning + f"not valid UTF-8: {bad} undecodable byte sequence(s) shown as \ufffd"


_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "hr",
    "main",
    "aside",
    "nav",
    "form",
    "address",
    "td",
    "th",
}


_HIDDEN = ["script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"]
_BLOCK_SELECTOR = ", ".join(sorted(_BLOCK))


#: Past this nesting depth a page is read flat (tags stripped, hidden
#: elements dropped): browsers stop nesting at a depth of 512 too.
MAX_HTML_DEPTH = 512
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})[^<>]{0,2000}?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|template|svg|math|iframe|object)\b", re.I)
_COMMENT_OPEN = re.compile(r"<!--")
_ANY_TAG = re.compile(r"<[^<>]{0,2000}>")


def _drop_between(text: str, opener: re.Pattern, closer: str | None) -> str:
    """``text`` without each span from an ``opener`` match to its ``closer``
    (``</name>`` of the element opened when None), or to the end when it is
    never closed: one pass, each character looked at a bounded number of times."""
    out: list[str] = []
    pos = 0
    lowered = text.lower() if closer is None else text
    while True:
        m = opener.search(text, pos)
        if m is None:
            out.append(text[pos:])
            return " ".join(out)
        out.append(text[pos : m.start()])
        close = closer if closer is not None else f"</{m.group(1).lower()}"
        end = lowered.find(close, m.end())
        if end < 0:
            return " ".join(out)
        gt = text.find(">", end)
        pos = len(text) if gt < 0 else gt + 1


def _too_deep(html: str) -> bool:
    """Whether elements nest deeper than :data:`MAX_HTML_DEPTH` (one pass)."""
    depth = 0
    for m in _TAG.finditer(html):
        if m.group(1):
            depth = max(0, depth - 1)
        elif m.group(3) or m.group(2).lower() in _VOID:
            continue
        else:
            depth += 1
            if depth > MAX_HTML_DEPTH:
                return True
    return False


def _flat_text(html: str) -> str:
    """A page too deeply nested to build a tree of: its text with comments,
    hidden elements and tags removed, in linear time."""
    import html as html_lib

    text = _drop_between(html, _COMMENT_OPEN, "-->")
    text = _drop_between(text, _HIDDEN_OPEN, None)
    text = _ANY_TAG.sub("\n", text)
    lines = [" ".join(line.split()) for line in html_lib.unescape(text).split("\n")]
    return "\n\n".join(line for line in lines if line)


#: A page's furniture: its menus and search (always), and its banner,
#: footer, side columns and forms (around the story; inside it, only
#: those that are mostly links: "Related" lists, share buttons). By
#: element and by ARIA role: what a screen reader skips to reach the
#: content, as a reader's eye does.
_MENUS = "nav, [role=navigation], [role=search], [aria-hidden=true]"
_AROUND = "aside, footer, form, header, [role=banner], [role=contentinfo], [role=complementary]"
_STORY_HOLDERS = ("article", "main", "[role=main]")
#: The story itself when the page marks it: its main content, or its one article.
_STORY = ("main", "[role=main]", "article:not(article article)")  # (an article's comments may be articles)
#: A marked story shorter than this (characters of prose) is not the page's story.
_STORY_LEAST = 200
#: Past this many furniture elements a page is read whole: no page is built so.
_MOST_FURNITURE = 2000
_SITE_AFTER = re.compile(r"\s+[|\-–—:·•»]\s+\S.{0,80}")
_SITE_BEFORE = re.compile(r".{0,80}\S\s+[|\-–—:·•»]\s+")


def _titled(title: str, line: str) -> bool:
    """Whether a page's title is ``line``, alone or with the site's name
    (shorter than the line) before or after a separator ("Police seize
    1.2 tonnes of cocaine in Durban | The Daily Courier")."""
    if not line or line == title:
        return bool(line)
    if len(line) * 2 <= len(title):
        return False  # (a logo's or a kicker's few words are no headline the title holds)
    if title.startswith(line):
        return _SITE_AFTER.fullmatch(title, len(line)) is not None
    if title.endswith(line):
        return _SITE_BEFORE.fullmatch(title, 0, len(title) - len(line)) is not None
    return False


def _prose(node) -> int:
    """Characters of prose (paragraph text) in ``node``: what a story is made of, and a menu is not."""
    return sum(len(p.text(deep=True)) for p in node.css("p"))


def _text(node) -> int:
    return len(node.text(deep=True))


def _links(node) -> int:
    return sum(len(a.text(deep=True)) for a in node.css("a"))


def _story(root):
    """The part of a page that tells its story: the story alone when the
    page marks one (a ``<main>``, or a top-level ``<article>``) holding
    half the page's prose or more; in it or around it, the page's
    furniture left out — menus and search anywhere; a banner, footer, side
    column or form around the story; inside it, a side column or footer
    that is mostly links. Nothing that holds half the prose is furniture
    (a whole page inside one ``<form>``), and a page built of thousands of
    such elements is read whole. Decisions are made before anything is
    removed, and elements are removed innermost first. (A page that sets
    no text in paragraphs is measured by all its text.)"""
    measure = _prose
    whole = _prose(root)
    if whole < _STORY_LEAST:
        measure, whole = _text, _text(root)
    story = None
    for selector in _STORY:
        found = root.css(selector)
        if found:
            # the one that holds half the page's prose or more ("Related" cards beside the story are articles
            # too); none does on a list of stories, which is read whole
            held, best = max(((measure(node), k) for k, node in enumerate(found)), default=(0, 0))
            if held >= _STORY_LEAST and held * 2 >= whole:
                story = found[best]
            break
    scope = story if story is not None else root
    menus = scope.css(_MENUS)
    around = scope.css(_AROUND)
    if len(menus) + len(around) > _MOST_FURNITURE:
        return scope
    inside = set()  # (furniture inside a story: a fact box, the story's own header or footer)
    for holder in _STORY_HOLDERS:
        inside.update(n.mem_id for n in scope.css(f"{holder} aside, {holder} footer, {holder} header"))
    drop = []
    for node in menus:
        if measure(node) * 2 < whole:
            drop.append(node)
    for node in around:
        within = story is not None or node.mem_id in inside
        if node.tag == "header" and (within or node.css_first("h1, time") is not None):
            continue  # a story's own header: its headline, its date
        if measure(node) * 2 >= whole:
            continue
        if within and node.tag != "form":
            text = _text(node)
            if not text or _links(node) * 2 < text:
                continue  # a fact box, the story's footer ("Issued by …"): the story's
        drop.append(node)
    order = {n.mem_id: k for k, n in enumerate(scope.css(f"{_MENUS}, {_AROUND}"))}  # (one walk: document order)
    for node in sorted(drop, key=lambda n: order.get(n.mem_id, 0), reverse=True):
        node.decompose()  # (innermost first: nothing is touched after its ancestor is gone)
    return scope


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, read as a browser reads it: an
    HTML5 parser (lexbor, through ``selectolax``: linear time, any nesting
    depth, ``</head>`` optional), scripts, styles and comments dropped,
    blocks on their own lines, the title as the headline. Nothing is
    fetched: the parser only builds a tree."""
    from selectolax.lexbor import LexborHTMLParser

    if _too_deep(html):
        return _flat_text(html)  # lexbor's tree building grows with depth squared past a few thousand levels
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("head > title") or tree.css_first("title")
    title = " ".join(title_node.text(deep=True).split()) if title_node is not None else ""
    tree.strip_tags([*_HIDDEN, "title"])  # a stray <title> in the body is not shown twice
    root = tree.body if tree.body is not None else tree.root
    if root is not None:
        root = _story(root)
    for node in root.css(_BLOCK_SELECTOR) if root is not None else ():
        node.insert_before("\n")
        node.insert_after("\n")
    raw = root.text(deep=True, separator="") if root is not None else ""
    lines = []
    for line in raw.split("\n"):
        line = " ".join(line.split())
        if line:
            lines.append(line)
    # The title as the headline, unless the story's own headline is near the top and the title is that
    # headline with the site's name ("Police seize 1.2 tonnes … | The Daily Courier"): that line leads.
    if title:
        own = next((k for k, line in enumerate(lines[:5]) if _titled(title, line)), None)
        if own is None:
            lines.insert(0, title)
        elif own:
            lines.insert(0, lines.pop(own))
    return "\n\n".join(lines)


class _Collect(logging.Handler):
    """Keeps a library's log records as warnings instead of printing them."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.messages.append(record.getMessage())
        except Exception:  # a record whose arguments do not format
            self.messages.append(str(record.msg))


def _library_notes(messages: list[str], library: str, limit: int = 3) -> list[Note]:
    """A few distinct library messages as notes (the rest counted)."""
    distinct = list(dict.fromkeys(" ".join(m.split()) for m in messages))
    notes = [Note(f"{library} warning", f"{library}: {m[:200]}") for m in distinct[:limit]]
    if len(distinct) > limit:
        notes.append(Note(f"{library} warning", f"{library}: {len(distinct) - limit} more warning(s)"))
    return notes


def _capped_data(stream, room: int) -> tuple[bytes, bool]:
    """A stream's decoded bytes, at most ``room`` (cut at a line break, not
    inside an operator), and whether it was cut. Flate streams are inflated
    only as far as needed."""
    filters = stream.get("/Filter")
    if isinstance(filters, list) and len(filters) == 1:
        filters = filters[0]
    if filters is None:
        data = bytes(stream._data)[: room + 1]
    elif filters == "/FlateDecode" and not stream.get("/DecodeParms"):
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(bytes(stream._data), room + 1)
        except zlib.error:
            data = stream.get_data()[: room + 1]
    else:
        data = stream.get_data()[: room + 1]
    if len(data) > room:
        nl = data.rfind(b"\n", 0, room)
        return data[: nl if nl > 0 else room], True
    return data, False


def _cap_forms(resources, cache: dict, depth: int = 0) -> bool:
    """Replace each form XObject a page draws with a copy whose content is cut
    at :data:`MAX_PAGE_CONTENT` bytes (shared forms decoded once, through
    ``cache``), so text inside forms is bounded like page content. Returns
    whether any was cut."""
    from pypdf.generic import DecodedStreamObject, IndirectObject, NameObject

    if resources is None or depth > 4:
        return False
    resources = resources.get_object()
    xobjects = resources.get("/XObject") if hasattr(resources, "get") else None
    if xobjects is None:
        return False
    xobjects = xobjects.get_object()
    cut = False
    for name in list(xobjects.keys()):
        ref = xobjects.raw_get(name) if hasattr(xobjects, "raw_get") else xobjects[name]
        key = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else None
        if key is not None and key in cache:
            xobjects[NameObject(name)] = cache[key]
            continue
        form = ref.get_object()
        if not hasattr(form, "get") or form.get("/Subtype") != "/Form":
            continue
        data, was_cut = _capped_data(form, MAX_PAGE_CONTENT)
        cut = cut or was_cut
        copy = DecodedStreamObject()
        for k, v in form.items():
            if k not in ("/Filter", "/DecodeParms", "/Length"):
                copy[NameObject(k)] = v
        copy.set_data(data)
        if key is not None:
            cache[key] = copy
        xobjects[NameObject(name)] = copy
        cut = _cap_forms(form.get("/Resources"), cache, depth + 1) or cut
    return cut


def _page_content(page) -> tuple[object, bytes, bool]:
    """A page's decoded content stream, at most MAX_PAGE_CONTENT bytes: its
    identity (pages that share one stream share it), the bytes, and whether
    it was cut. Flate streams are inflated only as far as needed."""
    from pypdf.generic import ArrayObject, IndirectObject

    raw = page.get("/Contents")
    if raw is None:
        return None, b"", False
    key = (raw.idnum, raw.generation) if isinstance(raw, IndirectObject) else None
    obj = raw.get_object()
    streams = list(obj) if isinstance(obj, ArrayObject) else [obj]
    if key is None and isinstance(obj, ArrayObject):
        ids = tuple((s.idnum, s.generation) for s in obj if isinstance(s, IndirectObject))
        key = ids if len(ids) == len(obj) else None
    parts: list[bytes] = []
    room = MAX_PAGE_CONTENT
    cut = False
    for item in streams:
        if room <= 0:
            cut = True
            break
        data, was_cut = _capped_data(item.get_object(), room)
        cut = cut or was_cut
        parts.append(data)
        parts.append(b"\n")
        room -= len(data) + 1
    return key, b"".join(parts), cut


def pdf_to_text(
    data: bytes, *, max_chars: int = DEFAULT_MAX_CHARS, max_pages: int = MAX_PDF_PAGES
) -> tuple[str, list[Note]]:
    """The text layer of a PDF, page by page, and warnings about it.

    Bounded in memory and work: at most ``max_pages`` pages, each page's
    content stream cut at :data:`MAX_PAGE_CONTENT` bytes, a stream shared by
    many pages read once, and reading stops once ``max_chars`` characters
    are in hand. Control characters that ``pypdf`` returns are kept: the
    display layer shows them safely. ``pypdf``'s log messages and warnings
    become notes; none is printed.
    """
    try:
        from pypdf import PdfReader
        from pypdf.generic import DecodedStreamObject, NameObject
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise Unreadable("PDF support needs the pypdf package") from None
    collect = _Collect()
    logger = logging.getLogger("pypdf")
    old_propagate = logger.propagate
    logger.addHandler(collect)
    logger.propagate = False
    notes: list[Note] = []
    try:
        with _warnings.catch_warnings(record=True) as caught:
            _warnings.simplefilter("always")
            text, title = _read_pdf(data, max_chars, max_pages, notes, PdfReader, DecodedStreamObject, NameObject)
    finally:
        logger.removeHandler(collect)
        logger.propagate = old_propagate
    notes.extend(_library_notes(collect.messages + [str(w.message) for w in caught], "pypdf"))
    text = "\n\n".join(p.strip() for p in text if p.strip())
    if not text.strip():
        raise Unreadable("PDF has no text layer", "a scan needs OCR first")
    if title and isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n{text}"
    return text, notes


def _read_pdf(data, max_chars, max_pages, notes, PdfReader, DecodedStreamObject, NameObject):
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise Unreadable("encrypted PDF", "a password is needed")
            except Unreadable:
                raise
            except Exception as exc:
                raise Unreadable("encrypted PDF", type(exc).__name__) from None
        pages: list[str] = []
        got = 0
        seen: dict[object, str] = {}
        forms: dict[object, object] = {}  # form XObjects already cut, by object id
        count = len(reader.pages)
        cut_pages = []
        for i in range(count):
            if i >= max_pages:
                notes.append(
                    Note("PDF past the page limit", f"only the first {max_pages:,} of its {count:,} pages were read")
                )
                break
            page = reader.pages[i]
            key, content, cut = _page_content(page)
            if key is not None and key in seen:
                page_text = seen[key]
            else:
                if cut:
                    cut_pages.append(i + 1)
                stream = DecodedStreamObject()
                stream.set_data(content)
                page[NameObject("/Contents")] = stream
                if _cap_forms(page.get("/Resources"), forms) and i + 1 not in cut_pages:
                    cut_pages.append(i + 1)
                page_text = page.extract_text() or ""
                if key is not None:
                    seen[key] = page_text
            pages.append(page_text)
            got += len(page_text) + 2
            if got >= max_chars:
                if i + 1 < count:
                    notes.append(Note("text cut at the size limit", f"reading stopped at page {i + 1:,} of {count:,}"))
                break
        if cut_pages:
            shown = ", ".join(str(n) for n in cut_pages[:5]) + (" …" if len(cut_pages) > 5 else "")
            notes.append(
                Note(
                    "PDF page content cut",
                    f"only the first {MAX_PAGE_CONTENT // 1024:,} KB of the content of page(s) {shown} were read",
                )
            )
        title = None
        try:
            title = reader.metadata.title if reader.metadata else None
        except Exception:
            title = None
    except Unreadable:
        raise
    except (MemoryError, RecursionError) as exc:
        raise Unreadable("damaged PDF", type(exc).__name__) from None
    except Exception as exc:  # pypdf raises many kinds on damaged files
        raise Unreadable("damaged PDF", type(exc).__name__) from None
    return pages, title


_MAGIC = (
    (b"\x7fELF", "an ELF executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "a zip archive"),
    (b"BZh", "bzip2 data"),
    (b"%PDF", "a PDF under a text name"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"SQLite format 3\x00", "a SQLite file"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"MZ", "a Windows executable"),
)


def convert(
    data: bytes, suffix: str, *, max_chars: int = DEFAULT_MAX_CHARS, max_pages: int = MAX_PDF_PAGES
) -> Converted:
    """The text of a file's bytes (not yet normalised), by its suffix, with
    warnings; :class:`Unreadable` when there is none to be had."""
    suffix = suffix.lower()
    notes: list[Note] = []
    if suffix in PDF_SUFFIXES:
        if not data.startswith(b"%PDF"):
            raise Unreadable("damaged PDF", "no PDF header")
        text, notes = pdf_to_text(data, max_chars=max_chars, max_pages=max_pages)
    else:
        for magic, what in _MAGIC:
            if data.startswith(magic):
                raise Unreadable("binary content", what)
        nuls = data.count(b"\x00")
        if nuls and nuls * 10 > len(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            # A stray NUL in text is kept (and shown as ␀); many are binary data.
            raise Unreadable("binary content", "NUL bytes")
        html = suffix in HTML_SUFFIXES
        text, warning = decode(data, html=html, max_chars=None if html else max_chars)
        if warning:
            notes.append(Note("not valid UTF-8" if "UTF-8" in warning else "charset not honoured", warning))
        if html:
            text = html_to_text(text)
    if len(text) > max_chars:
        notes.append(
            Note(
                "text cut at the size limit",
                f"only the first {max_chars / 1048576:g} MB of its text were kept (--max-text)",
            )
        )
        text = text[:max_chars]
    return Converted(text, notes)
