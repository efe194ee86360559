"""Reliability run (by hand; not part of the test suite):

    python scripts/reliability.py                                     # SQLite only
    python scripts/reliability.py --postgres postgresql://postgres@127.0.0.1:5432/test
    python scripts/reliability.py --pages 500 --workers 1 2          # a quicker run

Generates a ~2,000-page mixed corpus (born-digital PDFs, .eml messages, some carrying PDF attachments,
six one-page scans for OCR, repeated files under other names) plus the hostile corpus of
tests/test_hostile_inputs.py, then for each engine and each worker count N runs, on a fresh database, N
`foia import` processes at once over the whole corpus, each taking its folders in another order
(SQLite), or N `foia import --queue` processes queueing the whole corpus at once and N `foia worker`
processes (PostgreSQL), and prints:
inputs tried, failures recorded, crashes (must be 0), duplicates (must be 0), lost documents (must be 0)
and pages per second; then the same for the hostile corpus (its pages/s mean nothing: one file has
10,000). Exits 1 when a must-be-zero figure is not zero."""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from foia.db import open_database
from foia.models import FACT_MODELS, Document, Page
from tests.pdfs import PdfPage, write_pdf, write_text_pdf
from tests.test_hostile_inputs import build_corpus

PAGE = """From: Morgan Lee <mlee@vendor.example>
Sent: Tuesday, March {day}, 2018 9:14 AM
To: Sgt. Pat Kim <pkim@sheriff.example.gov>
Subject: RE: Face search estimate {number}

Sergeant Kim,
For the booking photo collection of {images:,} images Clearview AI charges ${price:,} per month.
Officers shall not run a search without a case number. Regards, Morgan"""


def make_corpus(root: Path, pages: int) -> Path:
    """About `pages` pages: 80% in text PDFs of 20 pages, the rest in emails (a quarter carrying a
    2-page PDF), 6 scanned pages, and every tenth PDF copied under another name."""
    counter = iter(range(10**9))

    def page() -> str:
        n = next(counter)
        return PAGE.format(day=1 + n % 28, number=n, images=10_000 + n, price=100 + n)

    pdf_pages = int(pages * 0.8) // 20
    for index in range(pdf_pages):
        path = write_text_pdf(root / "pdf" / f"release-{index:04d}.pdf", [page() for _ in range(20)], footer="PCSO {page:06d}")
        if index % 10 == 0:
            shutil.copy(path, root / "pdf" / f"copy-of-{index:04d}.pdf")
    for index in range(6):
        write_pdf(root / "scans" / f"scanned-{index}.pdf", [PdfPage(page(), scanned=True)])
    left = pages - pdf_pages * 20 - 6
    emails = max(left * 2 // 3, 1)
    (root / "mail").mkdir(parents=True)
    for index in range(emails):
        message = EmailMessage()
        message["From"], message["To"] = "Sgt. Pat Kim <pkim@sheriff.example.gov>", "mlee@vendor.example"
        message["Subject"], message["Date"] = f"Estimate {index}", "Tue, 6 Mar 2018 09:14:00 -0700"
        message.set_content(page())
        if index % 4 == 0:
            attachment = write_text_pdf(root / "tmp" / f"a{index}.pdf", [page(), page()])
            message.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf", filename=f"quote-{index}.pdf")
        (root / "mail" / f"message-{index:04d}.eml").write_bytes(message.as_bytes())
    shutil.rmtree(root / "tmp", ignore_errors=True)
    return root


def fresh_database(kind: str, postgres: str | None, folder: Path) -> tuple[str, callable]:
    if kind == "sqlite":
        path = folder / f"reliability-{uuid.uuid4().hex[:6]}.db"
        return f"sqlite:///{path}", lambda: None
    schema = f"foia_reliability_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(postgres).set(drivername="postgresql+psycopg"))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(postgres).set(drivername="postgresql+psycopg").update_query_dict({"options": f"-csearch_path={schema}"})

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return url.render_as_string(hide_password=False), drop


def _foia(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "foia", "--db", url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _queue_empty(url: str) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return not connection.execute(text("SELECT 1 FROM procrastinate_jobs WHERE status IN ('todo', 'doing')")).first()
    finally:
        engine.dispose()


def _run_importers(kind: str, url: str, corpus: Path, workers: int, timeout: float) -> list[subprocess.Popen[str]]:
    """SQLite: N `foia import` processes over the whole corpus at once. PostgreSQL: N `foia import
    --queue` processes queueing the whole corpus at once, and N `foia worker` processes running the jobs."""
    if kind == "sqlite":
        # Each importer takes the folders in another order, so they mostly meet only at the end.
        folders = sorted(p for p in corpus.iterdir() if p.is_dir()) or [corpus]
        orders = [folders[i % len(folders):] + folders[: i % len(folders)] for i in range(workers)]
        importers = [_foia(url, "import", *map(str, order), "--workers", "1", "--timeout", str(timeout)) for order in orders]
        for process in importers:
            process.wait()
        return importers
    pool = [_foia(url, "worker") for _ in range(workers)]
    queuers = [_foia(url, "import", "--queue", str(corpus), "--timeout", str(timeout)) for _ in range(workers)]
    for process in queuers:
        process.wait()
    while not _queue_empty(url):
        time.sleep(0.2)
    for process in pool:
        process.send_signal(signal.SIGTERM)
        process.wait()
    return queuers + pool


def run(kind: str, url: str, corpus: Path, workers: int, timeout: float) -> dict[str, float]:
    open_database(url).dispose()  # migrate once, as a team does before starting workers
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    contents = {hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    started = time.monotonic()
    processes = _run_importers(kind, url, corpus, workers, timeout)
    outputs = [process.communicate()[0] for process in processes]
    elapsed = time.monotonic() - started
    crashes = sum(1 for process, output in zip(processes, outputs, strict=True)
                  if process.returncode not in (0, 1) or "Traceback" in output or "locked" in output)
    engine = create_engine(url)
    with Session(engine) as session:
        stored = session.scalars(select(Document.sha256)).all()
        failed = session.scalar(select(func.count()).select_from(Document).where(Document.status == "failed"))
        pages = session.scalar(select(func.count()).select_from(Page)) or 0
        duplicates = len(stored) - len(set(stored))
        for model in FACT_MODELS.values():
            rows = session.execute(select(model.page_id, model.char_start, model.char_end, func.count())
                                   .group_by(model.page_id, model.char_start, model.char_end).having(func.count() > 1)).all()
            duplicates += sum(count - 1 for *_, count in rows)
    engine.dispose()
    lost = len(contents - set(stored))
    return {"inputs": len(files), "failures": failed, "crashes": crashes, "duplicates": duplicates, "lost": lost,
            "pages": pages, "seconds": elapsed, "pages_per_s": pages / elapsed}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--postgres", default=os.environ.get("FOIA_TEST_POSTGRES_URL"))
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()
    engines = ["sqlite"] + (["postgresql"] if args.postgres else [])
    bad = 0
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FOIA_ARCHIVE"] = str(Path(folder) / "archive")  # the importers' and workers' archive
        corpus = make_corpus(Path(folder) / "mixed", args.pages)
        hostile = Path(folder) / "hostile"
        build_corpus(hostile, Path(folder) / "escaped")
        print(f"mixed corpus: {sum(1 for p in corpus.rglob('*') if p.is_file())} files, ~{args.pages} pages; "
              f"hostile corpus: {sum(1 for p in hostile.rglob('*') if p.is_file())} files (tests/test_hostile_inputs.py)")
        print(f"{'engine, corpus':<19}{'workers':>8}{'inputs':>8}{'failures':>10}{'crashes':>9}{'dupes':>7}{'lost':>6}"
              f"{'pages':>7}{'seconds':>9}{'pages/s':>9}")
        for kind in engines:
            runs = [*(("mixed", corpus, n) for n in args.workers), ("hostile", hostile, max(args.workers))]
            for label, source, workers in runs:
                url, drop = fresh_database(kind, args.postgres, Path(folder))
                try:
                    r = run(kind, url, source, workers, args.timeout)
                finally:
                    drop()
                bad += r["crashes"] + r["duplicates"] + r["lost"]
                print(f"{kind + ' ' + label:<19}{workers:>8}{r['inputs']:>8}{r['failures']:>10}{r['crashes']:>9}"
                      f"{r['duplicates']:>7}{r['lost']:>6}{r['pages']:>7}{r['seconds']:>9.1f}{r['pages_per_s']:>9.1f}",
                      flush=True)
    print("OK: no crashes, duplicates or lost documents" if not bad else "FAILED: crashes, duplicates or lost documents above")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
