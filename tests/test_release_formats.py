"""Releases that come as something other than PDF and email: zip archives (members as child
documents, bombs and traversal names refused or made harmless), scanned images (multi-page TIFF,
JPEG, PNG through OCR), Word (.docx) and spreadsheets (.xlsx, .csv) whose rows reach the page text
and `PageText.tables`. Every format is recognised by its content, not its extension."""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from PIL import Image, ImageDraw, ImageFont
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import foia.ingest.zip_archive
from foia.ingest import IngestError, ingest_bytes, sniff_media_type
from foia.ingest.ocr import OcrSettings, tesseract_path
from foia.models import Cost, Document
from foia.orchestration.batch import import_paths
from foia.orchestration.options import ImportOptions
from foia.orchestration.process import MAX_ATTACHMENT_DEPTH
from tests.pdfs import write_text_pdf
from tests.test_email_native import make_email

QUOTE = "Amazon Web Services - estimate for Washington County\nRekognition image analysis: $1,200 per month."


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def quote_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return write_text_pdf(tmp_path_factory.mktemp("pdf") / "quote.pdf", [QUOTE]).read_bytes()


def _children(session: Session, parent: Document) -> dict[str, Document]:
    return {d.file_name: d for d in session.scalars(select(Document).where(Document.parent_id == parent.id))}


def _import(engine: Engine, path: Path) -> Document:
    report = import_paths(engine, [path], options=ImportOptions(workers=1, ocr=OcrSettings(mode="never")))
    assert report.outcomes[0].status == "imported", report.outcomes
    with Session(engine) as session:
        return session.scalars(select(Document).where(Document.parent_id.is_(None))).one()


def test_stored_zip_holding_a_pdf_is_a_zip_whose_member_imports(engine: Engine, tmp_path: Path, quote_pdf: bytes) -> None:
    data = _zip({"release/quote.pdf": quote_pdf}, zipfile.ZIP_STORED)
    assert b"%PDF-" in data[:1024]  # what made it look like a PDF before
    assert sniff_media_type(data[:65536], "release.pdf") == "application/zip"
    (tmp_path / "release.pdf").write_bytes(data)
    archive = _import(engine, tmp_path / "release.pdf")
    with Session(engine) as session:
        member = _children(session, archive)["release/quote.pdf"]
        assert member.status == "imported" and member.media_type == "application/pdf"
        cost = session.scalars(select(Cost).where(Cost.page_id.in_([p.id for p in member.pages]))).one()
        assert cost.quote == "$1,200 per month"


def test_zip_holding_two_files_imports_both_and_counts_them(engine: Engine, tmp_path: Path, quote_pdf: bytes) -> None:
    (tmp_path / "release.zip").write_bytes(_zip({"quote.pdf": quote_pdf, "mail/estimate.eml": bytes(make_email())}))
    report = import_paths(engine, [tmp_path / "release.zip"], options=ImportOptions(workers=1))
    assert (report.outcomes[0].status, report.children, report.failed_children) == ("imported", 2, 0)
    with Session(engine) as session:
        archive = session.scalars(select(Document).where(Document.parent_id.is_(None))).one()
        children = _children(session, archive)
        assert {name: d.media_type for name, d in children.items()} == {
            "quote.pdf": "application/pdf", "mail/estimate.eml": "message/rfc822"}
        assert children["mail/estimate.eml"].messages[0].subject == "Rekognition estimate"


def test_zip_member_names_with_traversal_are_display_names_only(engine: Engine, tmp_path: Path, quote_pdf: bytes) -> None:
    names = ["../../../../tmp/escape.pdf", "/etc/cron.d/x.pdf", "C:\\Windows\\y.pdf", "a/./../b/..\\..\\z.pdf"]
    data = _zip({name: quote_pdf + name.encode() for name in names})
    (tmp_path / "in" / "release.zip").parent.mkdir()
    (tmp_path / "in" / "release.zip").write_bytes(data)
    before = set(tmp_path.rglob("*"))
    archive = _import(engine, tmp_path / "in" / "release.zip")
    written = set(tmp_path.rglob("*")) - before - {tmp_path / "foia.db", tmp_path / "foia.db-wal", tmp_path / "foia.db-shm"}
    # Only the archive of originals besides the database, its objects named by SHA-256 alone.
    archived = {path for path in written if path.is_file()}
    assert all(re.fullmatch(r"[0-9a-f]{64}", path.name) for path in archived) and len(archived) == 5
    assert all(path.is_dir() or path in archived for path in written)
    with Session(engine) as session:
        assert sorted(_children(session, archive)) == ["Windows/y.pdf", "a/b/z.pdf", "etc/cron.d/x.pdf", "tmp/escape.pdf"]


def test_zip_bomb_member_is_refused_unread_and_the_rest_imports(engine: Engine, tmp_path: Path, quote_pdf: bytes) -> None:
    data = _zip({"zeros.pdf": b"\0" * (20 * 1024 * 1024), "quote.pdf": quote_pdf})
    assert len(data) < 100_000
    (tmp_path / "bomb.zip").write_bytes(data)
    archive = _import(engine, tmp_path / "bomb.zip")
    with Session(engine) as session:
        children = _children(session, archive)
        assert children["quote.pdf"].status == "imported"
        assert children["zeros.pdf"].status == "failed" and "decompression bomb" in (children["zeros.pdf"].error or "")


def test_zip_with_more_members_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(foia.ingest.zip_archive, "MAX_MEMBERS", 5)
    with pytest.raises(IngestError, match="holds 6 files"):
        ingest_bytes(_zip({f"{n}.txt": b"x" for n in range(6)}), "many.zip")


def test_zip_member_larger_than_its_header_says_is_refused() -> None:
    """A central directory that understates a member's size (the classic bomb's lie): the read stops
    at the declared size and the member fails; the archive still opens."""
    data = bytearray(_zip({"report.csv": b"a,b\n" * 5000}))
    directory = data.rfind(b"PK\x01\x02")
    data[directory + 24 : directory + 28] = struct.pack("<I", 100)  # uncompressed size: 100 bytes
    (member,) = ingest_bytes(bytes(data), "liar.zip").attachments
    with pytest.raises(IngestError, match="zip member"):
        member.content()


def test_zips_nested_past_the_depth_limit_stop_there(engine: Engine, tmp_path: Path, quote_pdf: bytes) -> None:
    data = quote_pdf
    for level in range(MAX_ATTACHMENT_DEPTH + 1):
        data = _zip({f"level-{level}.{'pdf' if level == 0 else 'zip'}": data})
    (tmp_path / "deep.zip").write_bytes(data)
    report = import_paths(engine, [tmp_path / "deep.zip"], options=ImportOptions(workers=1))
    (where, reason), = report.outcomes[0].failed_children
    assert where.endswith("#level-0.pdf") and reason == f"attachment nested deeper than {MAX_ATTACHMENT_DEPTH} levels"


def _scan(lines: list[str], size: tuple[int, int] = (1400, 500)) -> Image.Image:
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=44)
    for number, line in enumerate(lines):
        draw.text((60, 60 + number * 90), line, fill=0, font=font)
    return image


@pytest.mark.ocr
@pytest.mark.skipif(tesseract_path() is None, reason="needs tesseract")
def test_multi_page_tiff_is_ocrd_page_by_page(engine: Engine, tmp_path: Path) -> None:
    first = _scan(["PURCHASE ORDER 4471", "Clearview AI face search"])
    second = _scan(["Total due: $9,500 per year", "Sheriff's Office"])
    first.save(tmp_path / "scan.tif", save_all=True, append_images=[second], compression="tiff_lzw", dpi=(150, 150))
    report = import_paths(engine, [tmp_path / "scan.tif"], options=ImportOptions(workers=1))
    assert report.outcomes[0].status == "imported" and report.outcomes[0].pages == 2
    with Session(engine) as session:
        document = session.scalars(select(Document)).one()
        assert document.media_type == "image/tiff"
        one, two = document.pages
        assert one.text_source == two.text_source == "ocr" and one.ocr_confidence
        assert "PURCHASE ORDER 4471" in one.text and "$9,500" in two.text


@pytest.mark.parametrize(("kind", "media_type"), [("PNG", "image/png"), ("JPEG", "image/jpeg")])
def test_png_and_jpeg_scans_wait_for_ocr_when_it_is_off(engine: Engine, tmp_path: Path, kind: str, media_type: str) -> None:
    buffer = io.BytesIO()
    _scan(["Invoice 12"]).save(buffer, format=kind)
    (tmp_path / "scan.dat").write_bytes(buffer.getvalue())
    document = _import(engine, tmp_path / "scan.dat")
    with Session(engine) as session:
        document = session.get_one(Document, document.id)
        (page,) = document.pages
        assert (document.media_type, page.text_source, page.needs_ocr) == (media_type, "none", True)


def test_truncated_image_fails_with_a_reason() -> None:
    buffer = io.BytesIO()
    _scan(["Invoice 12"]).save(buffer, format="PNG")
    with pytest.raises(IngestError, match="unreadable image"):
        ingest_bytes(buffer.getvalue()[:200], "cut.png")


def _docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("Memorandum of understanding: face search pilot")
    table = document.add_table(rows=2, cols=3)
    for row, values in enumerate([["Item", "Qty", "Price"], ["Face search licence", "1", "$9,500.00"]]):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_page_break()
    document.add_paragraph("Signed for the Sheriff's Office.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_tables_and_page_breaks() -> None:
    data = _docx()
    assert sniff_media_type(data[:65536], "memo.zip") == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    one, two = ingest_bytes(data, "memo").pages
    assert one.text == "Memorandum of understanding: face search pilot\nItem  Qty  Price\nFace search licence  1  $9,500.00"
    assert one.tables == [[["Item", "Qty", "Price"], ["Face search licence", "1", "$9,500.00"]]]
    assert (two.number, two.text, two.tables) == (2, "Signed for the Sheriff's Office.", [])


def test_docx_whose_xml_inflates_like_a_bomb_is_refused() -> None:
    data = bytearray(_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["word/document.xml"] += b" " * (20 * 1024 * 1024)
    with pytest.raises(IngestError, match="decompression bomb"):
        ingest_bytes(_zip(parts), "bomb.docx")


def _xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    invoices = workbook.active
    invoices.title = "Invoices"
    invoices.append(["Vendor", "Amount", "Date", "Share"])
    invoices.append(["Clearview AI", 9500, dt.datetime(2019, 3, 1), 0.25])
    invoices.append([])
    invoices.append(["Amazon Web Services", 1200.5, dt.datetime(2019, 4, 1, 13, 30), 0.75])
    invoices["B2"].number_format = invoices["B4"].number_format = '"$"#,##0.00'
    invoices["D2"].number_format = invoices["D4"].number_format = "0%"
    notes = workbook.create_sheet("Notes")
    notes.append(["Approved by the county board"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_cells_read_as_shown_with_rows_as_tables() -> None:
    data = _xlsx()
    assert sniff_media_type(data[:65536], "book.bin") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    invoices, notes = ingest_bytes(data, "book.bin").pages
    rows = [["Vendor", "Amount", "Date", "Share"], ["Clearview AI", "$9,500.00", "2019-03-01", "25%"],
            ["Amazon Web Services", "$1,200.50", "2019-04-01 13:30:00", "75%"]]
    assert invoices.tables == [rows]
    assert invoices.text == "Sheet: Invoices\n" + "\n".join("  ".join(row) for row in rows)
    assert (notes.number, notes.text) == (2, "Sheet: Notes\nApproved by the county board")


def test_long_sheet_is_paged_by_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    workbook = openpyxl.Workbook()
    for number in range(250):
        workbook.active.append([f"Invoice {number}", number])
    buffer = io.BytesIO()
    workbook.save(buffer)
    pages = ingest_bytes(buffer.getvalue(), "long.xlsx").pages
    assert [len(page.tables[0]) for page in pages] == [100, 100, 50]
    assert pages[2].tables[0][0] == ["Invoice 200", "200"]


def test_csv_in_windows_1252_with_semicolons_reads_as_rows() -> None:
    data = "Fournisseur;Montant;Note\nClearview AI;9 500 €;licence café\nIdemia;1 200 €;\n".encode("cp1252")
    assert sniff_media_type(data, "export.txt") == "text/csv"
    (page,) = ingest_bytes(data, "export.txt").pages
    assert page.tables == [[["Fournisseur", "Montant", "Note"], ["Clearview AI", "9 500 €", "licence café"], ["Idemia",
                                                                                                              "1 200 €"]]]
    assert page.text.splitlines()[1] == "Clearview AI  9 500 €  licence café"


def test_csv_with_quoted_commas_keeps_each_cell_whole() -> None:
    (page,) = ingest_bytes(b'vendor,amount\r\n"Clearview AI, Inc.","$9,500.00"\r\n', "x.csv").pages
    assert page.tables == [[["vendor", "amount"], ["Clearview AI, Inc.", "$9,500.00"]]]


@pytest.mark.parametrize("text", [
    b"Dear records officer,\nThank you, again, for the release.\nRegards, Dana\n",
    b"one line only, with, commas\n",
    bytes(make_email()),
])
def test_prose_and_email_are_not_taken_for_csv(text: bytes) -> None:
    assert sniff_media_type(text, "notes.csv") != "text/csv"


def test_spreadsheet_zip_and_docx_in_one_release_all_import(engine: Engine, tmp_path: Path, quote_pdf: bytes) -> None:
    release = tmp_path / "release"
    release.mkdir()
    (release / "book.xlsx").write_bytes(_xlsx())
    (release / "memo.docx").write_bytes(_docx())
    (release / "list.csv").write_bytes(b"vendor,amount\nClearview AI,$9500\n")
    (release / "more.zip").write_bytes(_zip({"quote.pdf": quote_pdf}))
    report = import_paths(engine, [release], options=ImportOptions(workers=2))
    assert sorted(o.status for o in report.outcomes) == ["imported"] * 4 and report.children == 1
    with Session(engine) as session:
        types = {d.file_name: (d.media_type, d.page_count) for d in session.scalars(select(Document))}
    assert types == {
        "book.xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 2),
        "memo.docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", 2),
        "list.csv": ("text/csv", 1), "more.zip": ("application/zip", 0), "quote.pdf": ("application/pdf", 1),
    }


def test_opendocument_package_is_refused_whole_not_exploded_into_xml_parts() -> None:
    package = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office:document/>",
                    "META-INF/manifest.xml": b"<manifest/>"}, zipfile.ZIP_STORED)
    with pytest.raises(IngestError, match=r"document package of type application/vnd.oasis.opendocument.text"):
        ingest_bytes(package, "plan.odt")
