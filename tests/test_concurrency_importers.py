"""Two and four real `foia import` processes at once on one database (SQLite file, PostgreSQL), over
overlapping inputs: every distinct file is stored exactly once, no fact twice, every file is accounted
for (imported by one importer, a duplicate for the others), and no lock or integrity error reaches the
user. (`foia import --queue` and `foia worker` splitting a release: test_queue.py.)"""

from __future__ import annotations

import fcntl
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from foia.models import (
    Agency,
    Cost,
    Document,
    Page,
    Product,
    Request,
    Vendor,
)
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


def test_importers_started_at_once_on_a_new_sqlite_file_take_turns_creating_it(tmp_path: Path) -> None:
    write_release(tmp_path / "release", files=3, pages=1)
    url = f"sqlite:///{tmp_path / 'new.db'}"  # not created yet: every importer finds no schema
    results = [finish(process) for process in [start(url, str(tmp_path / "release"), "--workers", "1") for _ in range(4)]]
    assert sum(imported for imported, _, _ in results) == 3
    assert all(imported + duplicates == 3 * COPIES for imported, duplicates, _ in results)


def waiting_for_flock(pid: int, timeout: float = 60.0) -> bool:
    """Whether process `pid` comes to wait for a flock within `timeout` (Linux lists waiters in /proc/locks)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any("->" in line and "FLOCK" in line and f" {pid} " in line
               for line in Path("/proc/locks").read_text().splitlines()):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc/locks to see who waits")
def test_an_importer_on_a_new_sqlite_file_waits_for_the_one_creating_it_before_connecting(tmp_path: Path) -> None:
    """The file is created, and WAL mode set, by one process at a time: an importer that finds no file
    waits for the lock beside it before its first connection (another importer holds it here)."""
    write_release(tmp_path / "release", files=1, pages=1)
    database = tmp_path / "new.db"
    with (tmp_path / "new.db-lock").open("a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        process = start(f"sqlite:///{database}", str(tmp_path / "release"), "--workers", "1")
        assert waiting_for_flock(process.pid)
        assert not database.exists()
        fcntl.flock(lock, fcntl.LOCK_UN)
    assert finish(process) == (1, COPIES - 1, 0)
    assert database.stat().st_size > 0
