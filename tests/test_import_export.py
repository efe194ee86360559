"""The thin end-to-end path through the real CLI: a printed email thread in, cited cost rows out."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from foia.cli import app
from foia.models import Cost, Document, Message, Page, Policy, UsageCount
from tests.cli import csv_rows, run
from tests.pdfs import write_text_pdf

THREAD_PAGES = [
    """From: Morgan Lee <mlee@amazon.com>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sgt. Pat Kim <pkim@co.washington.or.us>
Subject: Rekognition estimate

Sergeant Kim,
For the booking photo collection we estimate between $6 and $12 a month for Rekognition.""",
    """From: Sgt. Pat Kim <pkim@co.washington.or.us>
Sent: Tuesday, March 6, 2018 2:40 PM
To: Morgan Lee <mlee@amazon.com>
Subject: RE: Rekognition estimate

Thanks. Our jail vendor charges a $400 setup fee to export the photos.""",
]




@pytest.fixture
def thread_pdf(tmp_path: Path) -> Path:
    return write_text_pdf(tmp_path / "release" / "wcso-emails.pdf", THREAD_PAGES, footer="WCSO {page:06d}")


def test_import_then_export_costs_with_citations(db_url: str, thread_pdf: Path, engine) -> None:  # type: ignore[no-untyped-def]
    result = run(db_url, "import", str(thread_pdf.parent))
    assert result.exit_code == 0, result.output
    assert "imported 1" in result.stderr

    exported = run(db_url, "export", "costs", "--format", "csv", "--out", "-")
    assert exported.exit_code == 0
    rows = csv_rows(exported.stdout)
    by_quote = {row["quote"]: row for row in rows}
    assert set(by_quote) == {"between $6 and $12 a month", "$400"}
    monthly = by_quote["between $6 and $12 a month"]
    assert monthly["document"] == "wcso-emails.pdf"
    assert monthly["page"] == "1"
    assert (monthly["amount_min"], monthly["amount_max"], monthly["currency"], monthly["period"]) == ("6", "12", "USD", "month")
    assert monthly["agency"] == "Washington County Sheriff's Office (OR)"
    assert monthly["vendor"] == "Amazon Web Services"
    assert monthly["product"] == "Amazon Rekognition"
    assert monthly["date"] == "2018-03-06"
    assert monthly["status"] == "unreviewed"
    setup = by_quote["$400"]
    assert (setup["page"], setup["period"], setup["kind"]) == ("2", "one-time", "setup")

    with Session(engine) as session:
        costs = session.scalars(select(Cost)).all()
        assert {(c.amount_min, c.amount_max) for c in costs} == {(Decimal(6), Decimal(12)), (Decimal(400), Decimal(400))}


def test_every_fact_quote_is_the_exact_page_text_at_its_offsets(db_url: str, thread_pdf: Path, engine) -> None:  # type: ignore[no-untyped-def]
    assert run(db_url, "import", str(thread_pdf)).exit_code == 0
    with Session(engine) as session:
        facts = [*session.scalars(select(Cost)), *session.scalars(select(UsageCount)), *session.scalars(select(Policy))]
        assert facts
        for fact in facts:
            page = session.get(Page, fact.page_id)
            assert page.text[fact.char_start : fact.char_end] == fact.quote


def test_messages_and_documents_exports(db_url: str, thread_pdf: Path) -> None:
    run(db_url, "import", str(thread_pdf))
    messages = csv_rows(run(db_url, "export", "messages").stdout)
    assert [(m["sender"], m["sent_at"], m["subject"], m["page_start"], m["page_end"]) for m in messages] == [
        ("Morgan Lee <mlee@amazon.com>", "2018-03-06T09:14:00", "Rekognition estimate", "1", "1"),
        ("Sgt. Pat Kim <pkim@co.washington.or.us>", "2018-03-06T14:40:00", "RE: Rekognition estimate", "2", "2"),
    ]
    assert messages[0]["recipients"] == "Sgt. Pat Kim <pkim@co.washington.or.us>"
    documents = csv_rows(run(db_url, "export", "documents").stdout)
    assert len(documents) == 1
    assert documents[0]["document"] == "wcso-emails.pdf"
    assert documents[0]["pages"] == "2"
    assert documents[0]["status"] == "imported"
    assert len(documents[0]["sha256"]) == 64


def test_reimport_is_a_reported_duplicate_and_changes_nothing(db_url: str, thread_pdf: Path, engine) -> None:  # type: ignore[no-untyped-def]
    run(db_url, "import", str(thread_pdf))
    copy = thread_pdf.with_name("renamed-copy.pdf")
    copy.write_bytes(thread_pdf.read_bytes())
    again = run(db_url, "import", str(thread_pdf), str(copy))
    assert again.exit_code == 0
    assert "imported 0, duplicates skipped 2" in again.stderr
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1
        assert session.scalar(select(func.count()).select_from(Message)) == 2
        assert session.scalar(select(func.count()).select_from(Cost)) == 2


def test_bad_inputs_get_one_line_each_and_are_recorded(db_url: str, thread_pdf: Path, tmp_path: Path, engine) -> None:  # type: ignore[no-untyped-def]
    not_pdf = tmp_path / "release" / "notes.pdf"
    not_pdf.write_text("This is a plain text file with a .pdf name.\n")
    truncated = tmp_path / "release" / "truncated.pdf"
    truncated.write_bytes(thread_pdf.read_bytes()[:400])
    empty = tmp_path / "release" / "empty.pdf"
    empty.write_bytes(b"")
    missing = tmp_path / "nowhere.pdf"

    result = run(db_url, "import", str(tmp_path / "release"), str(missing))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("failed")]
    assert len(errors) == 4, result.stderr
    assert any("notes.pdf: not a supported format" in line for line in errors)
    assert any("truncated.pdf: truncated PDF (no end-of-file marker" in line for line in errors)
    assert any("empty.pdf: empty file" in line for line in errors)
    assert any("nowhere.pdf: no such file or directory" in line for line in errors)
    assert "imported 1, duplicates skipped 0, failed 4" in result.stderr

    with Session(engine) as session:
        failed = {d.file_name: d.error for d in session.scalars(select(Document).where(Document.status == "failed"))}
    assert set(failed) == {"notes.pdf", "truncated.pdf", "empty.pdf"}
    assert all(failed.values())


def test_bad_database_url_is_one_clear_line(tmp_path: Path, thread_pdf: Path) -> None:
    for url in ("nonsense://", "definitely not a url", f"sqlite:///{tmp_path}/no/such/dir/foia.db"):
        result = CliRunner().invoke(app, ["--db", url, "import", str(thread_pdf)])
        assert result.exit_code == 2, (url, result.output)
        assert result.stderr.startswith("error:"), result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.output


def test_export_to_file_and_excel_bom(db_url: str, thread_pdf: Path, tmp_path: Path) -> None:
    run(db_url, "import", str(thread_pdf))
    out = tmp_path / "costs.csv"
    assert run(db_url, "export", "costs", "--out", str(out), "--excel").exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert len(csv_rows(raw.decode("utf-8-sig"))) == 2
    assert not list(tmp_path.glob(".*.partial"))
