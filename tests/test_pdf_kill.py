"""Kill a real `foia import` (with worker processes) mid-batch: no half document is left, and running
the same command again finishes the job with every document stored exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from foia.models import Cost, Document, Page
from tests.pdfs import write_text_pdf

FILES, PAGES = 6, 30
PAGE = (
    "From: Dana Ortiz <dortiz@pinal.example.gov>\n"
    "Sent: Monday, May 7, 2018 10:02 AM\n"
    "To: Lee Park <lpark@vendor.example>\n"
    "Subject: Invoice {file}-{page}\n\n"
    "Lee, invoice {file}-{page} for the face search module comes to ${amount:,} this month."
)


def _release(root: Path) -> Path:
    for file in range(FILES):
        pages = [PAGE.format(file=file, page=page, amount=1000 + page) for page in range(PAGES)]
        write_text_pdf(root / f"box-{file:02d}.pdf", pages, footer="PCSO {page:06d}")
    return root


def _import(db_url: str, release: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "foia", "--db", db_url, "import", str(release), "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _imported(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Document).where(Document.status == "imported")) or 0


def _assert_whole_documents(engine: Engine) -> None:
    with Session(engine) as session:
        for document in session.scalars(select(Document)):
            assert document.status == "imported"
            assert document.page_count == PAGES == len(document.pages)
        costs = session.scalar(select(func.count()).select_from(Cost).join(Page))
        documents = session.scalar(select(func.count()).select_from(Document))
        assert costs == documents * PAGES


def _kill_after_first_document(process: subprocess.Popen[str], engine: Engine) -> int:
    """kill -9 the importer (and its workers) once one document is stored; returns how many are."""
    deadline = time.monotonic() + 60
    while _imported(engine) < 1 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    done = _imported(engine)
    assert 1 <= done < FILES, "the import finished before it could be killed"
    return done


def test_killed_import_leaves_no_partial_document_and_a_rerun_finishes(db_url: str, engine: Engine, tmp_path: Path) -> None:
    release = _release(tmp_path / "release")
    done_before = _kill_after_first_document(_import(db_url, release), engine)
    _assert_whole_documents(engine)

    rerun = _import(db_url, release)
    _, stderr = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, stderr
    assert f"imported {FILES - done_before}, duplicates skipped {done_before}, failed 0" in stderr
    assert _imported(engine) == FILES
    _assert_whole_documents(engine)
    with Session(engine) as session:
        names = session.scalars(select(Document.file_name).order_by(Document.file_name)).all()
    assert names == [f"box-{file:02d}.pdf" for file in range(FILES)]
