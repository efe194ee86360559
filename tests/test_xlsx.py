"""Spreadsheets as newsrooms share them: `--format xlsx` writes numbers as numbers, dates as dates, every
text cell as text (never a formula), and a citation column; LibreOffice opens the file and keeps all
of that when it saves it again."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from foia.models import Cost, Page
from foia.query import KINDS
from tests.cli import run
from tests.pdfs import write_text_pdf

THREAD = """From: Sam Okafor <sokafor@amazon.com>
Sent: Tuesday, May 7, 2019 10:15 AM
To: Lt. Carla Mendes <cmendes@madisoncountyal.gov>
Subject: Rekognition pricing

Lieutenant Mendes,
Image analysis with Amazon Rekognition is $1 per 1,000 images.
Face storage is between $6 and $12 a month.
Sam Okafor, Amazon Web Services"""
HOSTILE = ['=HYPERLINK("http://example.com","x")', "+1+1", "@SUM(A1)", "-2+3", "#REF!", "bell\x07ringing"]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def loaded(db_url: str, tmp_path: Path, engine) -> str:  # type: ignore[no-untyped-def]
    write_text_pdf(tmp_path / "release" / "pricing.pdf", [THREAD], footer="MCSO {page:06d}")
    assert run(db_url, "import", str(tmp_path / "release")).exit_code == 0
    with Session(engine) as session, session.begin():
        page_id = session.scalar(select(Page.id).order_by(Page.id).limit(1))
        session.execute(insert(Cost), [
            dict(page_id=page_id, char_start=0, char_end=1, quote=quote, extractor="test", extractor_version="0",
                 confidence=0.5, review_status="unreviewed", amount_min=Decimal("-5.25"), amount_max=Decimal("-5.25"),
                 currency="USD", kind="credit")
            for quote in HOSTILE
        ])
    return db_url


def _sheet(data: bytes | Path) -> tuple[list[str], list[dict[str, object]], list[dict[str, str]]]:
    """Header, values and cell types of the first sheet."""
    book = load_workbook(io.BytesIO(data) if isinstance(data, bytes) else data)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows())
    header = [str(cell.value) for cell in rows[0]]
    values = [dict(zip(header, (cell.value for cell in row), strict=True)) for row in rows[1:]]
    types = [dict(zip(header, (cell.data_type for cell in row), strict=True)) for row in rows[1:]]
    return header, values, types


def _check(header: list[str], values: list[dict[str, object]], types: list[dict[str, str]]) -> None:
    assert header == ["citation", *(column.name for column in KINDS["costs"].columns)]
    monthly = next(row for row in values if row["period"] == "month")
    assert (monthly["amount_min"], monthly["amount_max"]) == (6, 12)
    assert isinstance(monthly["date"], dt.datetime) and monthly["date"].date() == dt.date(2019, 5, 7)
    assert monthly["citation"] == "pricing.pdf, page 1, Bates MCSO 000001"
    hostile = {str(row["quote"]): (row, kinds) for row, kinds in zip(values, types, strict=True) if row["kind"] == "credit"}
    assert set(hostile) == {value.replace("\x07", " ") for value in HOSTILE}
    for row, kinds in hostile.values():
        assert kinds["quote"] == "s"  # text, never a formula ("f") or an error code ("e")
        assert row["amount_max"] == pytest.approx(-5.25) and kinds["amount_max"] == "n"


def test_export_writes_numbers_dates_text_and_citations(loaded: str, tmp_path: Path) -> None:
    out = tmp_path / "costs.xlsx"
    result = run(loaded, "export", "costs", "--format", "xlsx", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr and not list(tmp_path.glob(".*.partial"))
    _check(*_sheet(out))


def test_a_listing_writes_the_same_spreadsheet_to_standard_output(loaded: str) -> None:
    result = run(loaded, "costs", "--format", "xlsx")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"PK")
    _check(*_sheet(result.stdout_bytes))
    limited = _sheet(run(loaded, "costs", "--format", "xlsx", "--limit", "1").stdout_bytes)[1]
    assert len(limited) == 1


@pytest.mark.skipif(SOFFICE is None, reason="needs LibreOffice (Debian: libreoffice-calc-nogui)")
def test_libreoffice_opens_it_and_keeps_numbers_and_text(loaded: str, tmp_path: Path) -> None:
    out = tmp_path / "costs.xlsx"
    assert run(loaded, "export", "costs", "--format", "xlsx", "--out", str(out)).exit_code == 0
    saved = tmp_path / "libreoffice"
    profile = tmp_path / "profile"  # its own profile: no clash with another LibreOffice running
    assert SOFFICE is not None
    converted = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx", "--outdir",
         str(saved), str(out)], capture_output=True, text=True, timeout=180)
    assert converted.returncode == 0, converted.stderr
    _check(*_sheet(saved / "costs.xlsx"))
    as_text = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv", "--outdir",
         str(saved), str(out)], capture_output=True, text=True, timeout=180)
    assert as_text.returncode == 0, as_text.stderr
    text = (saved / "costs.csv").read_text(encoding="utf-8", errors="replace")
    assert "HYPERLINK" in text and "+1+1" in text  # shown as written, not computed
