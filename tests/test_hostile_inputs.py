"""A corpus of broken and hostile files, generated here, imported by a real `foia import`: truncated,
corrupt and encrypted PDFs, 10,000 pages, absurd object nesting, a gigantic MediaBox, decompression
bombs, MIME with unknown charsets, attachment names with ../ and absolute paths. Each file ends as a
recorded one-line failure or a safe import; nothing is written outside the data directory; memory and
time stay bounded (the per-document time limit stops the 10,000-page file)."""

from __future__ import annotations

import gzip
import hashlib
import re
import resource
import subprocess
import sys
import uuid
import zlib
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from foia.db import open_database
from foia.ingest.ocr import tesseract_path
from foia.ingest.pdf import MAX_RENDER_PIXELS, _render
from foia.models import Attachment, Document, Message
from tests.pdfs import PdfPage, write_pdf, write_text_pdf


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data: bytes, *, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def page_pdf(pages: int = 1, *, media: bytes = b"[0 0 612 792]", extra: bytes = b"", content: bytes | None = None,
             text: bytes = b"Invoice: the county pays $1,000 per month") -> bytes:
    """`pages` pages that are all one page object (cheap to make, costly to read)."""
    text = b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"
    return raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join([b"3 0 R"] * pages) + b"] /Count %d >>" % pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + media
        + b" /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R" + extra + b" >>",
        content if content is not None else stream(text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def bomb_pdf(megabytes: int) -> bytes:
    """A content stream that inflates to `megabytes` MB from a few tens of KB."""
    return page_pdf(content=stream(b"BT /F1 12 Tf 72 700 Td (bomb) Tj ET\n" + b" " * (megabytes << 20), compress=True))


def email_bytes(attachments: list[tuple[str, bytes, str]], *, charset_body: bytes | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "Dana Ortiz <dortiz@pinal.example.gov>"
    message["To"] = "lpark@vendor.example"
    message["Subject"] = "Records"
    message["Date"] = "Mon, 7 May 2018 10:02:00 -0700"
    message.set_content("See attached.")
    for name, data, subtype in attachments:
        maintype, _, sub = subtype.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=sub, filename=name)
    data = message.as_bytes()
    if charset_body is not None:  # a part that claims a charset no codec knows
        data = data.replace(b'charset="utf-8"', b'charset="x-no-such-charset"', 1).replace(b"See attached.", charset_body, 1)
    return data


def build_corpus(root: Path, escape: Path) -> dict[str, str]:
    """Hostile files by name, each with the outcome it must end in: imported, failed or either."""
    root.mkdir(parents=True)
    good = write_text_pdf(root / "good.pdf", ["Invoice: the county pays Clearview AI $2,000 per month."] * 3)
    (root / "truncated.pdf").write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    (root / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 64)
    (root / "empty.pdf").write_bytes(b"")
    (root / "not-really.pdf").write_bytes(b"\x89PNG\r\n\x1a\nthis is no picture")
    write_pdf(root / "encrypted.pdf", [PdfPage("secret text")], user_password="hunter2")
    (root / "pages-10000.pdf").write_bytes(page_pdf(10_000))
    # The same five times over with a text that leaves 50,000 facts to extract: far more than the time limit
    # allows on any machine (10,000 such pages took 4 s on a fast one, the limit itself).
    (root / "slow-50000.pdf").write_bytes(page_pdf(50_000, text=b"Invoice: $1,000 per month"))
    (root / "nested.pdf").write_bytes(page_pdf(extra=b" /Deep " + b"[" * 100_000 + b"]" * 100_000))
    (root / "nested-dicts.pdf").write_bytes(page_pdf(extra=b" /Deep " + b"<< /A " * 50_000 + b"1" + b" >>" * 50_000))
    (root / "huge-mediabox.pdf").write_bytes(page_pdf(media=b"[0 0 14400 14400]", content=stream(b"")))
    (root / "bomb.pdf").write_bytes(bomb_pdf(64))
    escapes = [f"../../../../../../{escape.relative_to('/')}-rel.pdf", f"{escape}-abs.pdf", "..\\..\\..\\windows.pdf"]
    (root / "traversal.eml").write_bytes(email_bytes([(name, good.read_bytes(), "application/pdf") for name in escapes]))
    zeros = gzip.compress(b"\0" * (200 << 20))
    (root / "bombs.eml").write_bytes(email_bytes([("bomb.pdf", bomb_pdf(32), "application/pdf"),
                                                  ("zeros.gz", zeros, "application/gzip")]))
    (root / "charset.eml").write_bytes(email_bytes([], charset_body=b"Caf\xe9 invoice: $3,000 per month."))
    (root / "mime-garbage.eml").write_bytes(b"From: a@x.gov\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n"
                                            b"Content-Type: text/plain; charset=utf-16\r\n"
                                            b"Content-Transfer-Encoding: base64\r\n\r\n"
                                            b"!!!not base64\xff\xfe\r\n--B")
    return {
        "good.pdf": "imported", "truncated.pdf": "either", "garbage.pdf": "failed", "empty.pdf": "failed",
        "not-really.pdf": "either", "encrypted.pdf": "failed", "pages-10000.pdf": "either", "slow-50000.pdf": "failed",
        "nested.pdf": "either",
        "nested-dicts.pdf": "either", "huge-mediabox.pdf": "either", "bomb.pdf": "imported or timed out",
        "traversal.eml": "imported", "bombs.eml": "imported", "charset.eml": "imported", "mime-garbage.eml": "either",
    }


def _files_under(root: Path) -> set[Path]:
    return {path for path in root.rglob("*") if path.is_file()}


def test_hostile_corpus_fails_cleanly_and_stays_in_its_box(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOIA_ARCHIVE")  # the archive of originals by default: foia-archive/ beside the database
    escape = tmp_path / f"escaped-{uuid.uuid4().hex[:8]}"
    corpus, data, work = tmp_path / "corpus", tmp_path / "data", tmp_path / "work"
    expected = build_corpus(corpus, escape)
    data.mkdir()
    work.mkdir()
    url = f"sqlite:///{data / 'foia.db'}"
    open_database(url).dispose()
    before = _files_under(tmp_path)
    process = subprocess.run(
        [sys.executable, "-m", "foia", "--db", url, "import", str(corpus), "--workers", "2", "--timeout", "4"],
        check=False, capture_output=True, text=True, timeout=180, cwd=work,
    )
    output = process.stdout + process.stderr
    assert "Traceback" not in output, output
    assert process.returncode == 1, output  # some files failed, reported as such
    # Bounded memory: the largest process (a reader of the bombs) stayed well under a gigabyte.
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1_200_000, "KB"

    # Nothing written anywhere but the data directory: the database, its WAL files, and the archive of
    # originals, whose objects are named by their SHA-256 alone (never by an attachment's name).
    written = _files_under(tmp_path) - before
    archive = data / "foia-archive"
    assert all(path.parent == data or (path.parent.parent.parent == archive and re.fullmatch(r"[0-9a-f]{64}", path.name))
               for path in written), written
    assert not list(tmp_path.glob(f"{escape.name}*")) and not Path("/windows.pdf").exists()

    engine = create_engine(url)
    with Session(engine) as session:
        # Every file recorded, found by its content (one row per content: the empty file's failure may
        # be recorded under an empty attachment of the same, empty, content).
        by_sha = {d.sha256: d for d in session.scalars(select(Document))}
        documents = {name: by_sha[hashlib.sha256((corpus / name).read_bytes()).hexdigest()] for name in expected}
        for name, outcome in expected.items():
            document = documents[name]
            if outcome == "imported or timed out":  # 64 MB of page content: 4 s is enough unless the machine is busy
                assert document.status == "imported" or "time limit" in (document.error or ""), (name, document.error)
            elif outcome != "either":
                assert document.status == outcome, (name, document.error)
            if document.status == "failed":
                assert document.error and "\n" not in document.error and "Traceback" not in document.error
                assert name in output  # reported to the user too
        assert "time limit" in (documents["slow-50000.pdf"].error or "")
        pages = documents["pages-10000.pdf"]
        assert pages.page_count == 10_000 if pages.status == "imported" else "time limit" in (pages.error or "")
        assert documents["garbage.pdf"].error == "unreadable PDF (data format error; qpdf could not repair it either)"
        encrypted_error = (documents["encrypted.pdf"].error or "").lower()
        assert "password" in encrypted_error or "encrypt" in encrypted_error
        # The attachments named ../../.. and /abs/...: linked under names with no directories in them
        # (all three carry good.pdf's content, so they point at that document).
        names = session.scalars(select(Attachment.file_name).join(Message)
                                .where(Message.document_id == documents["traversal.eml"].id)).all()
        assert len(names) == 3
        assert all("/" not in name and "\\" not in name and ".." not in name for name in names), names
        bombs = {c.file_name: c for c in session.scalars(select(Document).where(Document.parent_id == documents["bombs.eml"].id))}
        assert bombs["bomb.pdf"].status == "imported" and bombs["zeros.gz"].status == "failed"
        charset = documents["charset.eml"]
        assert charset.messages and "invoice" in charset.messages[0].body
    engine.dispose()


@pytest.mark.skipif(tesseract_path() is None, reason="needs pdfium only, but runs with OCR installs")
def test_gigantic_page_renders_within_the_pixel_cap(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    path = tmp_path / "huge.pdf"
    path.write_bytes(page_pdf(media=b"[0 0 14400 14400]"))  # 200 inches square: 3.6 gigapixels at 300 dpi
    document = pdfium.PdfDocument(str(path))
    try:
        image = _render(document, 0)
        assert image.width * image.height <= MAX_RENDER_PIXELS
        assert image.width > 1000
    finally:
        document.close()
