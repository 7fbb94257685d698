"""Hostile and awkward files (issue #6): formats, decoding, refusals."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from store.db import open_writer
from store.formats import decode, html_to_text
from store.ingest import ingest_paths
from store.queries import Reader

pytestmark = pytest.mark.engines


def ingest(db_path: Path, *paths: Path, **kwargs):
    db = open_writer(db_path)
    try:
        return ingest_paths(db, list(paths), **kwargs)
    finally:
        db.close()


def reasons(report) -> dict[str, str]:
    return {Path(p).name: r for p, r in report.messages}


def minimal_pdf(text: str, title: str | None = None) -> bytes:
    """A one-page PDF with a text layer, written by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if title:
        objects.append(f"<< /Title ({title}) >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    info = b" /Info %d 0 R" % len(objects) if title else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref)
    return bytes(out)


def test_html_keeps_visible_text_only(db_path: Path, tmp_path: Path):
    page = tmp_path / "release.html"
    page.write_text(
        "<html><head><title>Operation Hawk nets 12 arrests</title>"
        "<style>body{color:red}</style><script>fetch('http://evil/x')</script>"
        "<link rel=stylesheet href='http://evil/s.css'></head><body>"
        "<!-- hidden comment INTERPOL -->"
        "<p>LYON, France – INTERPOL said Operation Hawk led to 12 arrests.</p>"
        "<img src='http://evil/pixel.png'><noscript>enable js</noscript>"
        "<p>Officers &amp; analysts met in <b>Madrid</b>.</p></body></html>",
        encoding="utf-8",
    )
    report = ingest(db_path, page)
    assert report.stored == 1
    doc = Reader(db_path).document(1)
    assert doc["title"] == "Operation Hawk nets 12 arrests"
    text = doc["text"]
    assert "INTERPOL said Operation Hawk led to 12 arrests." in text
    assert "Officers & analysts met in Madrid." in text
    for hidden in ("fetch(", "color:red", "hidden comment", "enable js", "http://evil"):
        assert hidden not in text
    assert doc["sha256"] == __import__("hashlib").sha256(page.read_bytes()).hexdigest()


def test_html_charset_utf7_is_not_honoured_but_whatwg_labels_are():
    utf7 = b'<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4- caf\xe9</p>'
    text, warning = decode(utf7, html=True)
    assert "<script>" not in text and "+ADw-script" in text
    assert warning and "utf-7" in warning
    latin = b'<meta charset="windows-1252"><p>caf\xe9 \x93quoted\x94</p>'
    text, warning = decode(latin, html=True)
    assert "café “quoted”" in html_to_text(text) and warning is None


def test_deeply_nested_html_keeps_all_its_text():
    html = "<div>" * 5000 + "deep text survives" + "</div>" * 5000
    assert "deep text survives" in html_to_text(html)


def test_pdf_text_layer_is_read(db_path: Path, tmp_path: Path):
    (tmp_path / "report.pdf").write_bytes(minimal_pdf("INTERPOL said Operation Falcon led to 30 arrests.", "Falcon"))
    report = ingest(db_path, tmp_path / "report.pdf")
    assert report.stored == 1, report.messages
    doc = Reader(db_path).document(1)
    assert doc["title"] == "Falcon"
    assert "Operation Falcon led to 30 arrests" in doc["text"]
    assert Reader(db_path).operations()[0]["arrests"] == 30


def test_damaged_and_fake_pdfs_are_refused(db_path: Path, tmp_path: Path):
    good = minimal_pdf("Some text here")
    (tmp_path / "truncated.pdf").write_bytes(good[: len(good) // 3])
    (tmp_path / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (tmp_path / "notpdf.pdf").write_bytes(b"just text pretending")
    (tmp_path / "pdf-as-text.txt").write_bytes(good)
    report = ingest(db_path, tmp_path)
    r = reasons(report)
    assert report.stored == 0
    assert r["truncated.pdf"].startswith(("damaged PDF", "PDF has no text"))
    assert r["garbage.pdf"].startswith(("damaged PDF", "PDF has no text"))
    assert r["notpdf.pdf"] == "damaged PDF (no PDF header)"
    assert r["pdf-as-text.txt"] == "binary content (a PDF under a text name)"


@pytest.mark.parametrize(
    "data, expected",
    [
        ("Report\nJosé met INTERPOL.".encode("utf-16"), "José met INTERPOL."),
        ("Report\nJosé met INTERPOL.".encode("utf-32"), "José met INTERPOL."),
        ("Report\nJosé met INTERPOL.".encode("utf-8-sig"), "José met INTERPOL."),
    ],
)
def test_byte_order_marks_are_honoured(db_path: Path, tmp_path: Path, data: bytes, expected: str):
    (tmp_path / "bom.txt").write_bytes(data)
    report = ingest(db_path, tmp_path / "bom.txt")
    assert report.stored == 1
    assert expected in Reader(db_path).document(1)["text"]


def test_lone_surrogates_never_reach_sqlite(db_path: Path, tmp_path: Path):
    (tmp_path / "sur.txt").write_bytes(b"Report\nINTERPOL met \xed\xa0\x80 in Lyon with its partners today. " * 3)
    report = ingest(db_path, tmp_path / "sur.txt")
    assert report.stored == 1 and report.warnings
    text = Reader(db_path).document(1)["text"]
    assert "\ufffd" in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def test_size_cap(db_path: Path, tmp_path: Path):
    (tmp_path / "big.txt").write_text("INTERPOL " * 2000)
    report = ingest(db_path, tmp_path / "big.txt", max_bytes=1000)
    assert reasons(report)["big.txt"].startswith("too large")


def test_fifos_and_devices_are_never_opened(db_path: Path, tmp_path: Path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = {}

    def run():
        result["report"] = ingest(db_path, tmp_path, fifo, Path("/dev/null"))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "ingest blocked on a FIFO"
    report = result["report"]
    messages = [(Path(p).name, r) for p, r in report.messages]
    assert ("pipe.txt", "not a regular file (a FIFO; never opened)") in messages
    assert ("null", "not a regular file (a device; never opened)") in messages


def test_links_loops_and_cycles(db_path: Path, tmp_path: Path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("A report\nINTERPOL met in Lyon.")
    outside = tmp_path / "outside.txt"
    outside.write_text("Outside\nEuropol met in Rome.")
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "out.txt").symlink_to(outside)
    (root / "sub" / "back").symlink_to(root)  # a folder cycle
    (root / "inside.txt").symlink_to(root / "sub" / "a.txt")
    report = ingest(db_path, root)
    r = reasons(report)
    assert r["dangling.txt"] == "dangling link"
    assert r["loop.txt"] == "symlink loop"
    assert r["out.txt"].startswith("link points outside the folder")
    assert any(reason.startswith("folder cycle") for reason in r.values())
    assert report.stored == 1 and report.duplicates >= 1  # inside.txt is a.txt again
    followed = ingest(db_path, root, follow_links=True)
    assert followed.stored == 1  # outside.txt, now that links are followed


def test_binary_content_under_text_names(db_path: Path, tmp_path: Path):
    samples = {
        "elf.txt": b"\x7fELF" + bytes(100),
        "png.md": b"\x89PNG\r\n\x1a\n" + bytes(50),
        "gz.txt": b"\x1f\x8b\x08" + bytes(50),
        "zip.txt": b"PK\x03\x04" + bytes(50),
        "bz.txt": b"BZh91AY&SY" + bytes(50),
        "nul.txt": b"a\x00b\x00c\x00d\x00" * 20,
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
    report = ingest(db_path, tmp_path)
    assert report.stored == 0
    assert all(reason.startswith("binary content") for reason in reasons(report).values())
    assert report.skipped["binary content"] == len(samples)


def test_unreadable_file_is_reported(db_path: Path, tmp_path: Path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    f = tmp_path / "secret.txt"
    f.write_text("x")
    f.chmod(0)
    report = ingest(db_path, f)
    assert reasons(report)["secret.txt"].startswith("cannot read")


@pytest.mark.sqlite_only("SQLite's integrity and foreign-key checks of the file")
def test_store_stays_consistent_after_hostile_batch(db_path: Path, tmp_path: Path):
    (tmp_path / "ok.txt").write_text("Fine\nINTERPOL led Operation Kite, which led to 5 arrests.")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 broken")
    ingest(db_path, tmp_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
