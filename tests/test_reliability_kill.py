"""kill -9 a real `foia reextract` and a real `foia ocr` mid-way: every document finished before the
kill is whole, none is half done, and running the command again finishes the rest exactly once.
(`foia import` has the same test in test_pdf_kill.py.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from foia import EXTRACTOR_VERSION
from foia.ingest.ocr import OcrSettings, tesseract_path
from foia.models import Cost, Document, Page
from foia.orchestration.batch import import_paths
from foia.orchestration.options import ImportOptions
from tests.pdfs import PdfPage, write_pdf, write_text_pdf
from tests.test_pdf_kill import PAGE

DOCUMENTS, PAGES = 8, 40


def _run(db_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "foia", "--db", db_url, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def _kill_when(process: subprocess.Popen[str], done: Callable[[], int]) -> None:
    deadline = time.monotonic() + 120
    while done() < 1 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _costs_per_document(engine: Engine) -> dict[int, int]:
    with Session(engine) as session:
        rows = session.execute(select(Page.document_id, func.count(Cost.id)).select_from(Page)
                               .outerjoin(Cost, Cost.page_id == Page.id).group_by(Page.document_id))
        return dict(rows.all())


def test_killed_reextract_leaves_every_document_whole(db_url: str, engine: Engine, tmp_path: Path) -> None:
    for file in range(DOCUMENTS):
        pages = [PAGE.format(file=file, page=page, amount=1000 + page) for page in range(PAGES)]
        write_text_pdf(tmp_path / "release" / f"box-{file:02d}.pdf", pages, footer="PCSO {page:06d}")
    report = import_paths(engine, [tmp_path / "release"], options=ImportOptions(workers=1))
    assert report.count("imported") == DOCUMENTS
    before = _costs_per_document(engine)
    assert set(before.values()) == {PAGES}
    with Session(engine) as session, session.begin():  # as if the extractor had changed since
        session.execute(update(Document).values(extractor_version="0-old"))

    def redone() -> int:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(Document)
                                  .where(Document.extractor_version == EXTRACTOR_VERSION)) or 0

    _kill_when(_run(db_url, "reextract"), redone)
    finished = redone()
    assert 1 <= finished < DOCUMENTS, "reextract finished before it could be killed"
    assert _costs_per_document(engine) == before  # no document lost or doubled its facts

    rerun = _run(db_url, "reextract")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, out + err
    assert f"re-extracted {DOCUMENTS - finished} documents" in out + err
    assert redone() == DOCUMENTS
    assert _costs_per_document(engine) == before


@pytest.mark.skipif(tesseract_path() is None, reason="needs tesseract")
def test_killed_ocr_leaves_every_document_whole(db_url: str, engine: Engine, tmp_path: Path) -> None:
    files = 3
    for file in range(files):
        pages = [PdfPage(PAGE.format(file=file, page=page, amount=1000 + page), scanned=True) for page in range(2)]
        write_pdf(tmp_path / "release" / f"scan-{file}.pdf", pages)
    options = ImportOptions(workers=1, ocr=OcrSettings(mode="never"))
    assert import_paths(engine, [tmp_path / "release"], options=options).count("imported") == files

    def filled() -> int:
        with Session(engine) as session:
            waiting = select(Page.document_id).where(Page.needs_ocr.is_(True))
            return session.scalar(select(func.count()).select_from(Document).where(Document.id.not_in(waiting))) or 0

    def assert_whole() -> None:
        with Session(engine) as session:
            for document in session.scalars(select(Document)):
                states = {page.needs_ocr for page in document.pages}
                assert len(states) == 1, f"{document.file_name} is half OCR'd"
                costs = session.scalar(select(func.count()).select_from(Cost).join(Page)
                                       .where(Page.document_id == document.id))
                if states == {True}:
                    assert costs == 0
                else:
                    assert all("invoice" in page.text.lower() for page in document.pages)
                    assert costs and costs <= 2

    _kill_when(_run(db_url, "ocr", "--workers", "1"), filled)
    done = filled()
    assert 1 <= done < files, "ocr finished before it could be killed"
    assert_whole()
    with Session(engine) as session:
        costs_before = session.scalar(select(func.count()).select_from(Cost))

    rerun = _run(db_url, "ocr", "--workers", "2")
    out, err = rerun.communicate(timeout=180)
    assert rerun.returncode == 0, out + err
    assert f"in {files - done} documents, failed 0" in out + err
    assert filled() == files
    assert_whole()
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Cost)) > costs_before
        assert session.scalar(select(func.count()).select_from(Document)) == files
