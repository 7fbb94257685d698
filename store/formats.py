"""Turning a file's bytes into text: plain text, Markdown, HTML and PDF.

Pure functions (bytes in, text out) that never touch the network: HTML is
parsed with the standard library's tokenizer (no external fetch, no
nesting limit that silently drops text), and a PDF's text layer is read
with ``pypdf``. Decoding is strict UTF-8, then a byte-order mark, then a
declared HTML charset when it is a WHATWG label, then UTF-8 with
replacement characters and a warning.
"""

from __future__ import annotations

import codecs
import io
import re
from html.parser import HTMLParser

__all__ = ["Unreadable", "decode", "html_to_text", "pdf_to_text", "TEXT_SUFFIXES", "HTML_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
PDF_SUFFIXES = (".pdf",)


class Unreadable(Exception):
    """Bytes that cannot be turned into text, with the reason."""


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


def decode(data: bytes, *, html: bool = False) -> tuple[str, str | None]:
    """Text of ``data`` and a warning when it was not clean UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
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
        raise Unreadable("undecodable: not UTF-8 text")
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
_HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object"}


class _VisibleText(HTMLParser):
    """Collects what a browser would show; ``<title>`` becomes the first line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.parts.append(data)

    # comments, processing instructions and declarations are never shown
    def handle_comment(self, data: str) -> None:
        pass


def html_to_text(html: str) -> str:
    """The visible text of an HTML page: scripts, styles and comments
    dropped, blocks on their own lines, the title as the headline."""
    parser = _VisibleText()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError) as exc:  # malformed markup the tokenizer gives up on
        raise Unreadable(f"unparseable HTML ({exc})") from None
    lines = []
    for line in "".join(parser.parts).split("\n"):
        line = " ".join(line.split())
        if line:
            lines.append(line)
    title = " ".join("".join(parser.title).split())
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return "\n\n".join(lines)


#: Pages read from one PDF at most (a hostile file may claim millions).
MAX_PDF_PAGES = 2000


def pdf_to_text(data: bytes) -> str:
    """The text layer of a PDF, page by page. Control characters that
    ``pypdf`` returns are kept: the display layer shows them safely."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise Unreadable("PDF support needs the pypdf package") from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise Unreadable("encrypted PDF (a password is needed)")
            except Exception as exc:
                raise Unreadable(f"encrypted PDF ({exc})") from None
        pages = []
        for i, page in enumerate(reader.pages):
            if i >= MAX_PDF_PAGES:
                break
            pages.append(page.extract_text() or "")
        title = None
        try:
            title = reader.metadata.title if reader.metadata else None
        except Exception:
            title = None
    except Unreadable:
        raise
    except (PdfReadError, Exception) as exc:  # pypdf raises many kinds on damaged files
        raise Unreadable(f"damaged PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise Unreadable("PDF has no text layer (a scan needs OCR first)")
    if title and isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n{text}"
    return text
