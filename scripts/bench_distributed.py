"""Distributed import benchmark (by hand; not part of the test suite):

    python scripts/bench_distributed.py                     # FOIA_TEST_POSTGRES_URL, or --postgres URL
    python scripts/bench_distributed.py --files 40 --pages 10 --workers 1 2    # a quicker run

Generates a release of text PDFs, then on one PostgreSQL server on this machine, each on a fresh
schema with its own archive:

- baseline: `foia import RELEASE --workers 1` (no queue), pages/s;
- for each N: N `foia worker` processes started and registered (the seconds that takes are shown
  apart), then `foia import --queue RELEASE` (identifies and archives every file, defers the jobs;
  timed), and pages/s from the first job started to the last one finished (Procrastinate's event
  times) with the speed-up over 1 worker, and the wall time from queueing to the queue empty;
- the archive of originals: milliseconds per page to write the release into a fresh directory
  archive (copy, fsync, rename) and to read it back checked, against copying the same files with
  their SHA-256 without and with fsync, measured alongside, and as a share of the import's time per page.

Prints the machine's cores and load average before and after: the workers share those cores with
PostgreSQL and with anything else running, so the speed-up cannot exceed the cores left."""

from __future__ import annotations

import argparse
import hashlib
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from foia.archive import DirectoryArchive
from tests.pdfs import write_text_pdf

PAGE = """From: Morgan Lee <mlee@vendor.example>
Sent: Tuesday, March {day}, 2018 9:14 AM
To: Sgt. Pat Kim <pkim@sheriff.example.gov>
Subject: RE: Face search estimate {number}

Sergeant Kim,
For the booking photo collection of {images:,} images Clearview AI charges ${price:,} per month.
Officers shall not run a search without a case number. Regards, Morgan"""


def make_release(root: Path, files: int, pages: int) -> int:
    counter = iter(range(10**9))
    for index in range(files):
        texts = []
        for _ in range(pages):
            n = next(counter)
            texts.append(PAGE.format(day=1 + n % 28, number=n, images=10_000 + n, price=100 + n))
        write_text_pdf(root / f"release-{index:04d}.pdf", texts, footer="PCSO {page:06d}")
    return files * pages


class Schema:
    """A fresh PostgreSQL schema, dropped afterwards."""

    def __init__(self, base: str) -> None:
        self.name = f"foia_bench_{uuid.uuid4().hex[:8]}"
        self.admin = create_engine(make_url(base).set(drivername="postgresql+psycopg"))
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{self.name}"'))
        self.url = make_url(base).set(drivername="postgresql+psycopg").update_query_dict(
            {"options": f"-csearch_path={self.name}"}).render_as_string(hide_password=False)

    def scalar(self, sql: str) -> object:
        engine = create_engine(self.url)
        try:
            with engine.connect() as connection:
                return connection.execute(text(sql)).scalar()
        finally:
            engine.dispose()

    def drop(self) -> None:
        with self.admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{self.name}" CASCADE'))
        self.admin.dispose()


def foia(url: str, archive: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "FOIA_ARCHIVE": str(archive)}
    return subprocess.Popen([sys.executable, "-m", "foia", "--db", url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)


def finished(process: subprocess.Popen[str]) -> str:
    output = process.communicate()[0]
    if process.returncode != 0:
        raise SystemExit(f"foia failed:\n{output}")
    return output


def baseline(postgres: str, release: Path, folder: Path, pages: int) -> float:
    schema = Schema(postgres)
    try:
        finished(foia(schema.url, folder / "archive-baseline", "db", "upgrade"))
        started = time.monotonic()
        finished(foia(schema.url, folder / "archive-baseline", "import", str(release), "--workers", "1"))
        return pages / (time.monotonic() - started)
    finally:
        schema.drop()


def distributed(postgres: str, release: Path, folder: Path, workers: int, pages: int) -> dict[str, float]:
    """N workers started and registered first (their start-up is not the import's speed), then the
    release queued; pages/s from the first job started to the last one finished."""
    schema = Schema(postgres)
    archive = folder / f"archive-{workers}"
    try:
        finished(foia(schema.url, archive, "db", "upgrade"))
        started = time.monotonic()
        pool = [foia(schema.url, archive, "worker") for _ in range(workers)]
        while schema.scalar("SELECT count(*) FROM procrastinate_workers") != workers:
            time.sleep(0.05)
        ready = time.monotonic() - started
        started = time.monotonic()
        finished(foia(schema.url, archive, "import", "--queue", str(release)))
        queued = time.monotonic() - started
        while schema.scalar("SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"):
            time.sleep(0.05)
        wall = time.monotonic() - started
        for process in pool:
            process.send_signal(signal.SIGTERM)
        for process in pool:
            finished(process)
        busy = float(schema.scalar(  # type: ignore[arg-type]
            "SELECT EXTRACT(EPOCH FROM max(at) FILTER (WHERE type = 'succeeded') - min(at) FILTER (WHERE type = 'started')) "
            "FROM procrastinate_events"))
        stored = schema.scalar("SELECT count(*) FROM pages")
        if stored != pages:
            raise SystemExit(f"{workers} workers stored {stored} pages of {pages}")
        return {"ready_s": ready, "queue_s": queued, "wall_s": wall, "busy_s": busy, "pages_per_s": pages / busy}
    finally:
        schema.drop()


def archive_costs(release: Path, folder: Path, pages: int) -> dict[str, float]:
    """Seconds per page to archive the release and read it back checked, against copying the same files
    with their SHA-256, without and with the fsync that makes a copy durable."""
    files = sorted(release.iterdir())
    digests = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in files}
    archive = DirectoryArchive(folder / "archive-cost")
    started = time.monotonic()
    for path in files:
        archive.put_file(path, digests[path])
    write = time.monotonic() - started
    started = time.monotonic()
    for path in files:
        with archive.local_file(digests[path]) as original:
            original.stat()
    read = time.monotonic() - started

    def copy_all(target: Path, durable: bool) -> float:
        target.mkdir()
        began = time.monotonic()
        for path in files:
            data = path.read_bytes()
            hashlib.sha256(data).hexdigest()
            with (target / path.name).open("wb") as out:
                out.write(data)
                if durable:
                    out.flush()
                    os.fsync(out.fileno())
        return time.monotonic() - began

    copy, durable = copy_all(folder / "plain-copy", False), copy_all(folder / "fsynced-copy", True)
    return {"write_ms": 1000 * write / pages, "read_ms": 1000 * read / pages, "copy_ms": 1000 * copy / pages,
            "durable_ms": 1000 * durable / pages}


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    one, five, fifteen = os.getloadavg()
    return f"{cores} cores, load average {one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", default=os.environ.get("FOIA_TEST_POSTGRES_URL"))
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--pages", type=int, default=20, help="pages per file")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    args = parser.parse_args()
    if not args.postgres:
        parser.error("name a PostgreSQL server with --postgres or FOIA_TEST_POSTGRES_URL")
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        release = folder / "release"
        pages = make_release(release, args.files, args.pages)
        size = sum(p.stat().st_size for p in release.iterdir())
        print(f"release: {args.files} PDFs, {pages} pages, {size / 1e6:.1f} MB")
        base = baseline(args.postgres, release, folder, pages)
        print(f"baseline `foia import --workers 1` (no queue): {base:.1f} pages/s")
        print(f"{'workers':>8}{'ready s':>9}{'queue s':>9}{'busy s':>8}{'pages/s':>9}{'x 1 worker':>11}{'wall s':>8}")
        first = None
        for workers in args.workers:
            r = distributed(args.postgres, release, folder, workers, pages)
            first = first or r["pages_per_s"]
            print(f"{workers:>8}{r['ready_s']:>9.2f}{r['queue_s']:>9.2f}{r['busy_s']:>8.2f}{r['pages_per_s']:>9.1f}"
                  f"{r['pages_per_s'] / first:>11.2f}{r['wall_s']:>8.2f}", flush=True)
        costs = archive_costs(release, folder, pages)
        import_ms = 1000 / base
        print(f"archive, per page: write {costs['write_ms']:.3f} ms, checked read {costs['read_ms']:.3f} ms; copy + SHA-256 "
              f"{costs['copy_ms']:.3f} ms, with fsync {costs['durable_ms']:.3f} ms (the archive's write = "
              f"{costs['write_ms'] / costs['durable_ms']:.2f}x a durable copy); importing a page takes {import_ms:.1f} ms, "
              f"so archiving adds {100 * costs['write_ms'] / import_ms:.1f}%")
    print(f"machine after: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
