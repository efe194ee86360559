"""Two and four real `foia import` processes at once on one database (SQLite file, PostgreSQL), over
overlapping inputs: every distinct file is stored exactly once, no fact twice, every file is accounted
for (imported by one importer, a duplicate for the others), and no lock or integrity error reaches the
user. Also `foia import --queue` workers splitting a release between them."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from foia.models import (
    Agency,
    Cost,
    Document,
    ImportQueueItem,
    Page,
    Product,
    Request,
    Vendor,
)
from tests.cli import run
from tests.pdfs import write_text_pdf

FILES, PAGES, COPIES = 8, 2, 3
PAGE = (
    "From: Dana Ortiz <dortiz@pinal.example.gov>\n"
    "Sent: Monday, May 7, 2018 10:02 AM\n"
    "To: Lee Park <lpark@clearview.ai>\n"
    "Subject: Invoice {file}-{page}\n\n"
    "Lee, the Pinal County Sheriff's Office will pay Clearview AI ${amount:,} per month for "
    "invoice {file}-{page}. The Tucson Police Department pays Vigilant Solutions $500 per month."
)
SUMMARY = re.compile(r"imported (\d+), duplicates skipped (\d+), failed (\d+)")


def write_release(root: Path, files: int = FILES, pages: int = PAGES) -> list[Path]:
    """`files` distinct PDFs, each also copied under other names into other folders (same content)."""
    made = []
    for file in range(files):
        texts = [PAGE.format(file=file, page=page, amount=1000 + 10 * file + page) for page in range(pages)]
        made.append(write_text_pdf(root / "a" / f"box-{file:02d}.pdf", texts, footer="PCSO {page:06d}"))
    for copy in range(1, COPIES):
        for file in range(files):
            target = root / "abc"[copy] / f"copy{copy}-{file:02d}.pdf"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(made[file], target)
    return sorted(root.rglob("*.pdf"))


def start(db_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "foia", "--db", db_url, "import", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def finish(process: subprocess.Popen[str]) -> tuple[int, int, int]:
    out, err = process.communicate(timeout=180)
    output = out + err
    assert process.returncode == 0, output
    for bad in ("locked", "IntegrityError", "Traceback", "deadlock", "could not be stored"):
        assert bad not in output, output
    found = SUMMARY.search(output)
    assert found, output
    imported, duplicates, failed = (int(n) for n in found.groups())
    return imported, duplicates, failed


def assert_stored_once(engine: Engine, files: int = FILES, pages: int = PAGES) -> None:
    with Session(engine) as session:
        documents = session.scalars(select(Document)).all()
        assert len(documents) == files
        assert all(d.status == "imported" and d.page_count == pages == len(d.pages) for d in documents)
        # No fact stored twice, and every document (alike but for numbers) holds the same facts.
        costs = session.scalar(select(func.count()).select_from(Cost).join(Page)) or 0
        distinct = session.execute(select(Cost.page_id, Cost.char_start, Cost.char_end).distinct()).all()
        assert costs == len(distinct) >= files * pages
        per_document = session.execute(
            select(Page.document_id, func.count()).select_from(Cost).join(Page).group_by(Page.document_id)).all()
        assert len(per_document) == files and len({count for _, count in per_document}) == 1
        for model, column in ((Agency, Agency.name), (Vendor, Vendor.name), (Request, Request.reference)):
            names = session.scalars(select(column)).all()
            assert len(names) == len(set(names)), model
        products = session.execute(select(Product.vendor_id, Product.name)).all()
        assert len(products) == len(set(products))
        assert session.scalar(select(func.count()).select_from(Request)) <= 1


@pytest.mark.parametrize("importers", [2, 4])
def test_concurrent_importers_store_each_document_once(db_url: str, engine: Engine, tmp_path: Path, importers: int) -> None:
    all_files = write_release(tmp_path / "release")
    folders = sorted(p for p in (tmp_path / "release").iterdir())
    processes = []
    for index in range(importers):
        # Overlapping inputs in different orders: every importer sees every file.
        order = folders[index % len(folders):] + folders[: index % len(folders)]
        processes.append(start(db_url, *map(str, order), "--workers", str(4 // importers),
                               "--agency", "Pinal County Sheriff's Office", "--request", "R-2018-77"))
    results = [finish(process) for process in processes]
    assert sum(imported for imported, _, _ in results) == FILES
    assert all(failed == 0 for _, _, failed in results)
    assert all(imported + duplicates == len(all_files) for imported, duplicates, _ in results)
    assert_stored_once(engine)
    with Session(engine) as session:
        assert session.scalars(select(Request.reference)).all() == ["R-2018-77"]
        agency = session.scalars(select(Agency).where(Agency.name == "Pinal County Sheriff's Office")).one()
        assert session.scalar(select(func.count()).select_from(Document).where(Document.agency_id == agency.id)) == FILES


def test_queue_workers_split_a_release(db_url: str, engine: Engine, tmp_path: Path) -> None:
    all_files = write_release(tmp_path / "release", files=12, pages=2)
    release = tmp_path / "release"
    # Every worker enqueues the same release (overlap is harmless) and works the queue.
    processes = [start(db_url, "--queue", str(release), "--workers", str(1 + index)) for index in range(2)]
    results = [finish(process) for process in processes]
    assert sum(imported for imported, _, _ in results) == 12
    assert sum(imported + duplicates for imported, duplicates, _ in results) == len(all_files)
    assert all(failed == 0 for _, _, failed in results)
    assert_stored_once(engine, files=12, pages=2)
    with Session(engine) as session:
        items = session.scalars(select(ImportQueueItem)).all()
        assert len(items) == len(all_files)
        assert {item.status for item in items} == {"done"}
        assert sum(item.outcome == "imported" for item in items) == 12
        assert all(item.attempts == 1 for item in items)
    # Running again finds nothing new to queue or do.
    assert finish(start(db_url, "--queue", str(release))) == (0, 0, 0)


def test_killed_queue_worker_leaves_its_files_to_the_next(db_url: str, engine: Engine, tmp_path: Path) -> None:
    from tests.test_pdf_kill import FILES as KILL_FILES
    from tests.test_pdf_kill import _assert_whole_documents, _imported, _kill_after_first_document, _release

    release = _release(tmp_path / "release")
    done = _kill_after_first_document(start(db_url, "--queue", str(release), "--workers", "2"), engine)
    _assert_whole_documents(engine)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(ImportQueueItem)
                              .where(ImportQueueItem.status == "working")) >= 1  # claims of the dead worker

    imported, _duplicates, failed = finish(start(db_url, "--queue"))  # no paths: just work the queue
    assert failed == 0 and imported + done == KILL_FILES
    assert _imported(engine) == KILL_FILES
    _assert_whole_documents(engine)
    with Session(engine) as session:
        items = session.scalars(select(ImportQueueItem)).all()
        assert {item.status for item in items} == {"done"} and len(items) == KILL_FILES
        assert {item.outcome for item in items} <= {"imported", "duplicate"}
        assert any(item.attempts == 2 for item in items)


def test_a_failed_file_is_queued_again_when_its_path_is_given_again(db_url: str, engine: Engine, tmp_path: Path) -> None:
    release = tmp_path / "release"
    good = write_text_pdf(release / "good.pdf", [PAGE.format(file=1, page=0, amount=1200)])
    partial = release / "partial.pdf"
    partial.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # a download cut short
    first = run(db_url, "import", "--queue", str(release))
    assert first.exit_code == 1 and "partial.pdf" in first.stderr
    assert "queued 2 files" in first.stderr

    write_text_pdf(partial, [PAGE.format(file=2, page=0, amount=3400)])  # downloaded again, whole
    second = run(db_url, "import", "--queue", str(release))
    assert second.exit_code == 0, second.output
    assert "queued 1 file " in second.stderr and "imported 1, duplicates skipped 0, failed 0" in second.stderr
    with Session(engine) as session:
        items = {Path(item.path).name: item for item in session.scalars(select(ImportQueueItem))}
        assert (items["partial.pdf"].outcome, items["partial.pdf"].attempts) == ("imported", 1)
        assert items["good.pdf"].outcome == "imported"  # imported the first time, left alone since
        assert session.scalar(select(func.count()).select_from(Document).where(
            Document.file_name == "partial.pdf", Document.status == "imported")) == 1

    assert run(db_url, "import", "--queue", str(release)).stderr.count("queued 0 files") == 1


def test_importers_started_at_once_on_a_new_sqlite_file_take_turns_creating_it(tmp_path: Path) -> None:
    write_release(tmp_path / "release", files=3, pages=1)
    url = f"sqlite:///{tmp_path / 'new.db'}"  # not created yet: every importer finds no schema
    results = [finish(process) for process in [start(url, str(tmp_path / "release"), "--workers", "1") for _ in range(4)]]
    assert sum(imported for imported, _, _ in results) == 3
    assert all(imported + duplicates == 3 * COPIES for imported, duplicates, _ in results)
