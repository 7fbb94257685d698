"""Expansion limits count what comes out (issue #12 item 4), HTML read in
linear time as browsers read it (item 5), and no library message reaches
the terminal raw (item 7)."""

from __future__ import annotations

import io
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from store.db import open_writer
from store.formats import MAX_PAGE_CONTENT, convert, html_to_text, pdf_to_text
from store.ingest import IngestReport, Limits, ingest_paths
from store.queries import Reader

REPO = Path(__file__).resolve().parents[1]


def ingest(db_path: Path, *paths: Path, **kwargs) -> IngestReport:
    db = open_writer(db_path)
    try:
        return ingest_paths(db, list(paths), **kwargs)
    finally:
        db.close()


def pdf_of(pages: list[bytes], page_extra: bytes = b"") -> bytes:
    """A PDF with one content stream per page, written by hand."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    font = 3
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for content in pages:
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        stream_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R %s >>" % (font, stream_id, page_extra)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page(text: str) -> bytes:
    return f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")


# --------------------------------------------------------------------------- output caps


def test_text_is_cut_at_the_cap_with_a_warning(db_path: Path, tmp_path: Path):
    (tmp_path / "big.txt").write_text("Report\n" + "INTERPOL met in Lyon. " * 150_000)  # 3.3 MB
    report = ingest(db_path, tmp_path / "big.txt", limits=Limits(max_chars=1024 * 1024))
    assert report.stored == 1
    assert len(Reader(db_path).document(1)["text"]) <= 1024 * 1024
    assert report.noted["text cut at the size limit"] == 1
    assert "1 warning(s) (1 text cut at the size limit)" in report.summary()


def test_a_utf16_file_is_capped_by_its_text_not_its_bytes(db_path: Path, tmp_path: Path):
    text = "Report\n" + "Europol met in The Hague. " * 100_000  # 2.6 M characters, 5.2 MB in UTF-16
    (tmp_path / "wide.txt").write_bytes(text.encode("utf-16"))
    report = ingest(db_path, tmp_path / "wide.txt", limits=Limits(max_chars=512 * 1024))
    assert report.stored == 1
    stored = Reader(db_path).document(1)["text"]
    assert 500_000 < len(stored) <= 512 * 1024 and stored.startswith("Report\nEuropol met")
    assert [why for _, why in report.warnings][0].startswith("only the first 0.5 MB of its text were kept")


def test_a_pdf_past_the_page_limit_says_so(db_path: Path, tmp_path: Path):
    (tmp_path / "long.pdf").write_bytes(pdf_of([page(f"Page {i} of the report.") for i in range(5)]))
    report = ingest(db_path, tmp_path / "long.pdf", limits=Limits(max_pages=3))
    assert report.stored == 1
    assert report.warnings == [(str(tmp_path / "long.pdf"), "only the first 3 of its 5 pages were read")]
    assert "1 PDF past the page limit" in report.summary()
    text = Reader(db_path).document(1)["text"]
    assert "Page 2 of" in text and "Page 3 of" not in text


SHARED_STREAM_PDF = """
import io, resource, sys, time
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

# Many pages sharing one content stream that inflates to tens of MB: the file is small.
line = b"BT /F1 12 Tf 72 720 Td (INTERPOL seized cocaine in Lyon today) Tj ET\\n"
content = DecodedStreamObject()
content.set_data(line * (40_000_000 // len(line)))
writer = PdfWriter()
ref = writer._add_object(content.flate_encode(level=9))
font = writer._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"),
    NameObject("/Subtype"): NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/Helvetica")}))
for _ in range(1000):
    p = writer.add_blank_page(612, 792)
    p[NameObject("/Contents")] = ref
    p[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
out = io.BytesIO()
writer.write(out)
data = out.getvalue()
assert len(data) < 1_000_000, len(data)
from store.formats import convert
start = time.monotonic()
converted = convert(data, ".pdf", max_chars=4 * 1024 * 1024)
# This process's own peak: VmHWM belongs to its memory map, made new by exec. (ru_maxrss
# is carried over from the parent by fork and exec: a large test worker's peak, not ours.)
try:
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(len(data), len(converted.text), peak_kb // 1024, round(time.monotonic() - start, 1))
print("|".join(n.message for n in converted.notes))
"""


def test_a_small_pdf_sharing_one_huge_stream_stays_bounded_in_memory():
    proc = subprocess.run(
        [sys.executable, "-c", SHARED_STREAM_PDF], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    sizes, notes = proc.stdout.splitlines()
    size, chars, peak_mb, seconds = sizes.split()
    assert int(chars) <= 4 * 1024 * 1024
    assert int(peak_mb) < 400, f"peak RSS {peak_mb} MB"
    assert "reading stopped at page" in notes and "only the first 1,024 KB of the content" in notes


def test_pdf_pages_are_read_until_the_text_cap():
    data = pdf_of([page("A line of the report. " * 20) for _ in range(40)])
    text, notes = pdf_to_text(data, max_chars=2000)
    assert len(text) < 5000
    assert any(n.kind == "text cut at the size limit" for n in notes)


# --------------------------------------------------------------------------- HTML


def test_html_without_head_end_keeps_its_body():
    page = "<!doctype html><html><head><title>Raid in Lyon</title><meta charset=utf-8><p>INTERPOL met in Lyon.</p>"
    assert html_to_text(page) == "Raid in Lyon\n\nINTERPOL met in Lyon."
    assert html_to_text("<p>Body</p><title>Late title</title>") == "Late title\n\nBody"


def test_unclosed_tag_runs_parse_in_linear_time():
    start = time.monotonic()
    html_to_text("<a" * 500_000)  # 1 MB; the standard library's parser took minutes
    html_to_text("<p>" + "<a href=x>" * 100_000 + "text")
    assert time.monotonic() - start < 10


def test_deeply_nested_html_is_read_flat_in_linear_time():
    start = time.monotonic()
    page = "<html><body>" + "<div>" * 100_000 + "Raid in Lyon &amp; Lagos" + "</div>" * 100_000
    page += "<script>steal()</script><!-- note --></body></html>"
    assert html_to_text(page) == "Raid in Lyon & Lagos"
    html_to_text("<div>" * 1000 + "<script>" * 200_000)  # never closed: dropped to the end, once
    assert time.monotonic() - start < 10


def test_html_blocks_hidden_elements_and_title():
    page = (
        "<html><head><title>T &amp; x</title><style>a{}</style><script>x()</script></head>"
        "<body><div><p>first</p>second</div><template>tp</template><noscript>ns</noscript>"
        "<!-- comment -->tail<br>next<svg><text>drawn</text></svg></body></html>"
    )
    assert html_to_text(page).split("\n\n") == ["T & x", "first", "second", "tail", "next"]


# --------------------------------------------------------------------------- library warnings

HOSTILE_NAME = b"/Evil#1B#5B2J#1B#5D52;c;aGk=#07#9B31m#C2#9B"


def test_pdf_library_warnings_never_reach_the_terminal_raw(tmp_path: Path):
    # A duplicated key makes pypdf warn, quoting the key: ESC[2J, an OSC 52
    # clipboard write, BEL and C1 codes.
    data = pdf_of([page("INTERPOL met in Lyon.")], page_extra=HOSTILE_NAME + b" 1 " + HOSTILE_NAME + b" 2")
    (tmp_path / "crafted.pdf").write_bytes(data)
    converted = convert(data, ".pdf")
    assert any(n.kind == "pypdf warning" for n in converted.notes)
    db_path = tmp_path / "s.db"
    proc = subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", "ingest", "--db", str(db_path)]
        + [str(tmp_path / "crafted.pdf")],
        cwd=REPO,
        capture_output=True,
        timeout=120,
    )
    for stream in (proc.stdout, proc.stderr):
        assert b"\x1b" not in stream and b"\x07" not in stream
        text = stream.decode("utf-8")  # C1 codes would be U+0080–U+009F, category Cc
        assert not [c for c in text if unicodedata.category(c) == "Cc" and c != "\n"]
    err = proc.stderr.decode()
    assert "warning: " in err and "Multiple definitions" in err and "␛[2J" in err
    assert "1 stored" in err and "1 warning(s) (1 pypdf warning)" in err


def test_a_library_that_prints_in_a_worker_is_silenced(db_path: Path, tmp_path: Path, monkeypatch, capfd):
    from store.ingest import work

    real = work.extract

    def noisy(text):
        import logging
        import warnings

        sys.stderr.write("\x1b[2J raw stderr\n")
        logging.getLogger("somelib").warning("log \x1b]52;c;aGk=\x07")
        warnings.warn("warn \x9b31m", stacklevel=1)
        return real(text)

    monkeypatch.setattr(work, "extract", noisy)
    (tmp_path / "a.txt").write_text("Report\nINTERPOL met in Lyon.")
    report = ingest(db_path, tmp_path / "a.txt")
    out, err = capfd.readouterr()
    assert not [c for c in out + err if unicodedata.category(c) == "Cc" and c != "\n"]
    assert report.stored == 1
    assert any("somelib: log" in why for _, why in report.warnings)


def test_html_conversion_is_bytes_to_text_with_warnings():
    converted = convert(b"<p>caf\xe9</p>", ".html")
    assert converted.text == "caf\ufffd" and converted.notes[0].kind == "not valid UTF-8"
    assert io  # keep the import used


def _pdf_with_a_shared_form(pages: int, form_bytes: int) -> bytes:
    """Pages that each draw one form XObject whose content is ``form_bytes`` of text."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    form = DecodedStreamObject()
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([FloatObject(0), FloatObject(0), FloatObject(600), FloatObject(800)])
    form[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    line = b"BT /F1 12 Tf 10 10 Td (INTERPOL seized cocaine in Lyon) Tj ET\n"
    form.set_data(line * (form_bytes // len(line)))
    form_ref = writer._add_object(form)
    for _ in range(pages):
        page = writer.add_blank_page(600, 800)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/XObject"): DictionaryObject({NameObject("/Fm1"): form_ref})}
        )
        content = DecodedStreamObject()
        content.set_data(b"/Fm1 Do\n")
        page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_text_inside_a_shared_form_is_bounded_like_page_content():
    pages = 3
    data = _pdf_with_a_shared_form(pages=pages, form_bytes=5_000_000)  # 15 MB of drawing if each page took it whole
    start = time.monotonic()
    text, notes = pdf_to_text(data)
    assert time.monotonic() - start < 60
    assert "INTERPOL seized cocaine in Lyon" in text
    assert any(n.kind == "PDF page content cut" for n in notes)
    # Each page read at most MAX_PAGE_CONTENT bytes of the form (half of each
    # drawn line is text): a form read whole would give 2.5 M characters a page.
    assert len(text) < pages * MAX_PAGE_CONTENT
