"""One large file imported with more workers than files: its pages are read and their facts extracted
in a page pool, and what is stored is what one worker stores, in page order, in one transaction."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.extract.entities import Gazetteer
from foia.ingest import ReadOptions
from foia.ingest.ocr import OcrSettings
from foia.models import Cost, Document, Page, Policy, UsageCount
from foia.orchestration.page_pool import PagePool
from foia.orchestration.process import process_file
from foia.processed import FileInfo
from tests.cli import run
from tests.pdfs import write_text_pdf

NEVER = OcrSettings(mode="never")


def _release(path: Path, pages: int = 150) -> Path:
    """Printed emails with costs, counts and policies, some running over a page break, and an overflow
    page with only its footer now and then."""
    texts = []
    for number in range(pages):
        if number % 37 == 36:
            texts.append("")
            continue
        texts.append(
            f"From: Morgan Lee <mlee@vendor.example>\nSent: Tuesday, March {number % 28 + 1}, 2018 9:14 AM\n"
            f"To: Sgt. Pat Kim <pkim@co.washington.or.us>\nSubject: RE: Face search estimate {number}\n\n"
            f"For the booking photo collection of {1000 + number:,} images we estimate ${6 + number % 5} a month "
            f"for Amazon Rekognition.\nPer department policy, a face search result is an investigative lead only "
            f"and must not be used as the sole basis for an arrest.\n"
            + ("The training for 12 detectives costs $2,400, and the\n" if number % 3 == 0 else "Regards,\nMorgan"))
    return write_text_pdf(path, texts, footer="WCSO {page:06d}")


def _info(path: Path) -> FileInfo:
    return FileInfo(path.name, str(path), hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_size)


def test_the_pool_reads_and_extracts_what_one_process_does(tmp_path: Path) -> None:
    release = _release(tmp_path / "release.pdf")
    gazetteer = Gazetteer.load()
    alone = process_file(release, _info(release), gazetteer, ReadOptions(ocr=NEVER))
    pool = PagePool(2)
    try:
        shared = process_file(release, _info(release), gazetteer, ReadOptions(ocr=NEVER, spread=pool))
    finally:
        pool.close()
    assert alone.failure is None and shared.failure is None
    assert alone.ingested is not None and shared.ingested is not None and alone.analysis is not None
    assert shared.ingested.pages == alone.ingested.pages
    assert shared.analysis == alone.analysis
    assert len(alone.analysis.facts) > 300


def _stored(engine: Engine) -> list[tuple[str, int, str]]:
    with Session(engine) as session:
        facts = []
        for kind, model in (("costs", Cost), ("usage", UsageCount), ("policies", Policy)):
            rows = session.execute(select(Page.number, model.quote).join(Page, Page.id == model.page_id).order_by(model.id))
            facts += [(kind, number, quote) for number, quote in rows]
        assert session.scalars(select(Document.status)).all() == ["imported"]
        return facts


def test_one_file_with_two_workers_stores_the_facts_one_worker_stores_in_page_order(
        db_url: str, engine: Engine, tmp_path: Path) -> None:
    release = _release(tmp_path / "release.pdf")
    result = run(db_url, "import", str(release), "--workers", "2", "--ocr", "never")
    assert result.exit_code == 0, result.output
    alone = process_file(release, _info(release), Gazetteer.load(), ReadOptions(ocr=NEVER))
    assert alone.analysis is not None
    expected = [(fact.kind, fact.page_number, fact.quote) for fact in alone.analysis.facts]
    stored = _stored(engine)
    for table in ("costs", "usage", "policies"):
        assert [fact for fact in stored if fact[0] == table] == [fact for fact in expected if fact[0] == table]
    assert [number for table, number, _ in stored if table == "costs"] == sorted(
        number for table, number, _ in stored if table == "costs")


def _doubled_in_a_worker_only(value: int) -> int:
    if os.getpid() != _PARENT:
        os._exit(1)  # the worker dies, as it would in a native library's crash
    return value * 2


_PARENT = os.getpid()


def test_tasks_of_a_dead_worker_are_done_here() -> None:
    pool = PagePool(2)
    try:
        assert list(pool(_doubled_in_a_worker_only, [1, 2, 3])) == [2, 4, 6]
        assert list(pool(_doubled_in_a_worker_only, [4])) == [8]  # a new pool after the broken one
    finally:
        pool.close()
