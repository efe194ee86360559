"""The distributed import on Procrastinate, with real `foia import --queue` and `foia worker` processes
on a real PostgreSQL: three workers over 60 files queued three times over (0 duplicates, 0 lost); a
worker killed with -9 mid-file (the file imported exactly once after its job is taken over); a worker
whose source folder is gone (it reads the archive); a job that fails for good (a failed document with
the reason); old `import_queue` rows carried over by the migration; SQLite refusing `--queue` in one
line."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from foia.archive import archive_for
from foia.models import Cost, Document, Page
from tests.cli import run
from tests.pdfs import write_text_pdf

PAGE = (
    "From: Dana Ortiz <dortiz@pinal.example.gov>\n"
    "Sent: Monday, May 7, 2018 10:02 AM\n"
    "To: Lee Park <lpark@vendor.example>\n"
    "Subject: Invoice {file}-{page}\n\n"
    "Lee, invoice {file}-{page} for the face search module comes to ${amount:,} this month."
)
STALLED_AFTER = "2"  # seconds: how soon a killed worker's jobs are taken over, kept short for the tests


@pytest.fixture
def pg_url(db_url: str) -> str:
    if not db_url.startswith("postgresql"):
        pytest.skip("the job queue lives in PostgreSQL")
    return db_url


def foia(db_url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "foia", "--db", db_url, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def worker(db_url: str, *args: str) -> subprocess.Popen[str]:
    return foia(db_url, "worker", "--stalled-after", STALLED_AFTER, *args)


def finish(process: subprocess.Popen[str], timeout: float = 240) -> str:
    out, err = process.communicate(timeout=timeout)
    assert "Traceback" not in out + err, out + err
    return out + err


def stop(process: subprocess.Popen[str]) -> str:
    """SIGTERM: the worker lets its running jobs finish, then exits cleanly."""
    process.send_signal(signal.SIGTERM)
    output = finish(process, timeout=120)
    assert process.returncode == 0, output
    return output


def wait_for(condition: Callable[[], bool], seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "gave up waiting"
        time.sleep(0.1)


def jobs(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return dict(connection.execute(text("SELECT status::text, count(*) FROM procrastinate_jobs GROUP BY status")).all())


def email_with_attachment(path: Path, number: int) -> Path:
    attachment = write_text_pdf(path.with_suffix(".src.pdf"), [PAGE.format(file=f"att{number}", page=0, amount=500 + number)])
    message = EmailMessage()
    message["From"], message["To"] = "Lee Park <lpark@vendor.example>", "Dana Ortiz <dortiz@pinal.example.gov>"
    message["Subject"], message["Message-ID"] = f"Quote {number}", f"<quote-{number}@vendor.example>"
    message["Date"] = format_datetime(dt.datetime(2018, 5, 1, 9, number % 60, tzinfo=dt.UTC))
    message.set_content(f"Dana, quote {number} attached: the face search module is ${700 + number:,} per month.\n")
    message.add_attachment(attachment.read_bytes(), maintype="application", subtype="pdf", filename=f"quote-{number}.pdf")
    attachment.unlink()
    path.write_bytes(bytes(message))
    return path


def release(root: Path, files: int) -> list[Path]:
    """`files` distinct small files: one-page PDFs, and every fifth an email carrying a PDF."""
    root.mkdir(parents=True, exist_ok=True)
    return [email_with_attachment(root / f"mail-{n:02d}.eml", n) if n % 5 == 0 else
            write_text_pdf(root / f"box-{n:02d}.pdf", [PAGE.format(file=n, page=0, amount=1000 + n)])
            for n in range(files)]


def test_three_workers_over_overlapping_queued_inputs_import_each_file_once(pg_url: str, engine: Engine,
                                                                             tmp_path: Path) -> None:
    made = release(tmp_path / "all", 60)
    # Three overlapping selections, queued at once by three importers (copies under other names too).
    folders = []
    for name, chosen in (("first", made[:40]), ("second", made[20:]), ("third", made[::2])):
        folder = tmp_path / name
        folder.mkdir()
        for path in chosen:
            shutil.copy(path, folder / f"{name}-{path.name}")
        folders.append(folder)
    workers = [worker(pg_url) for _ in range(3)]
    try:
        queued = [foia(pg_url, "import", "--queue", str(folder)) for folder in folders]
        outputs = [finish(process) for process in queued]
        assert all(process.returncode == 0 for process in queued), outputs
        wait_for(lambda: jobs(engine).get("todo", 0) + jobs(engine).get("doing", 0) == 0)
    finally:
        logs = [stop(process) for process in workers]
    with Session(engine) as session:
        documents = session.execute(select(Document.sha256, Document.status, Document.parent_id)).all()
        top = [sha for sha, _, parent in documents if parent is None]
        assert len(top) == len(set(top)) == 60, "0 duplicates, 0 lost"
        assert {status for _, status, _ in documents} == {"imported"}
        assert sum(parent is not None for _, _, parent in documents) == 12  # the emails' attachments
        assert session.scalar(select(func.count()).select_from(Cost)) == session.scalar(
            select(func.count(func.distinct(Cost.quote))))  # no fact stored twice
    assert set(jobs(engine)) == {"succeeded"}
    assert sum(log.count("imported ") for log in logs) >= 60 and all(re.search(r"worker stopped", log) for log in logs)
    assert sum(1 for log in logs if re.search(r"imported [1-9]", log)) >= 2, "the work was shared"
    archive = archive_for(engine)
    assert all(archive.verify(sha) is None for sha, _, _ in documents)  # attachments archived too


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_worker_killed_mid_file_leaves_it_to_another_which_imports_it_once(pg_url: str, engine: Engine,
                                                                              tmp_path: Path) -> None:
    big = write_text_pdf(tmp_path / "release" / "big.pdf",
                         [PAGE.format(file="big", page=p, amount=1000 + p) for p in range(1500)])
    assert finish(queued := foia(pg_url, "import", "--queue", str(big))) and queued.returncode == 0
    first = worker(pg_url)
    wait_for(lambda: jobs(engine).get("doing", 0) == 1)
    time.sleep(0.5)  # reading the 1,500 pages is under way
    readers = _children(first.pid)
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0, "killed before it stored the file"
    os.kill(first.pid, signal.SIGKILL)  # the worker only: its reader must die with it
    first.communicate()
    assert readers and all(wait_for(lambda pid=pid: not _alive(pid), 30) is None for pid in readers)

    second = worker(pg_url)
    try:
        wait_for(lambda: jobs(engine) == {"succeeded": 1})
    finally:
        log = stop(second)
    assert "will retry big.pdf: its worker stopped; taken over" in log and "imported big.pdf (1500 pages)" in log
    with Session(engine) as session:
        (document,) = session.scalars(select(Document)).all()
        assert (document.status, document.page_count) == ("imported", 1500)
        assert session.scalar(select(func.count()).select_from(Page)) == 1500
    with engine.connect() as connection:
        # Runs ended: the one killed with its worker, and the one that stored the file.
        assert connection.execute(text("SELECT attempts FROM procrastinate_jobs")).scalar() == 2


def test_a_worker_without_the_source_folder_imports_from_the_archive(pg_url: str, engine: Engine, tmp_path: Path) -> None:
    made = release(tmp_path / "downloads", 3)
    result = run(pg_url, "import", "--queue", str(tmp_path / "downloads"))
    assert result.exit_code == 0, result.output
    assert "queued 3 files for `foia worker`" in result.stderr
    sources = {path.name: str(path.absolute()) for path in made}
    shutil.rmtree(tmp_path / "downloads")  # as on a machine that never saw the download folder
    output = finish(process := worker(pg_url, "--until-empty", "--concurrency", "2"))
    assert process.returncode == 0, output
    assert "imported 3, duplicates skipped 0, failed 0" in output
    with Session(engine) as session:
        stored = {d.file_name: d for d in session.scalars(select(Document).where(Document.parent_id.is_(None)))}
    assert {name: d.source_path for name, d in stored.items()} == sources  # recorded as where it was queued from
    assert all(d.status == "imported" for d in stored.values())
    status = run(pg_url, "queue")
    assert status.exit_code == 0 and "import jobs: 0 waiting, 0 running, 0 failed, 3 done" in status.stdout
    again = run(pg_url, "import", "--queue", str(tmp_path / "none"))  # a path that does not exist
    assert again.exit_code == 1 and "no such file or directory" in again.stderr


def test_a_job_that_fails_for_good_becomes_a_failed_document_with_its_reason(pg_url: str, engine: Engine,
                                                                             tmp_path: Path) -> None:
    (path,) = release(tmp_path / "release", 1)
    assert run(pg_url, "import", "--queue", str(path)).exit_code == 0
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    archive_for(engine).path(sha256).unlink()  # type: ignore[attr-defined]  # lost from the archive
    with engine.begin() as connection:  # as if the job had already been tried twice
        connection.execute(text("UPDATE procrastinate_jobs SET attempts = 2"))
    output = finish(process := worker(pg_url, "--until-empty"))
    assert process.returncode == 0, output
    assert "failed: mail-00.eml: the import stopped 3 times; last: " in output
    with Session(engine) as session:
        document = session.scalars(select(Document)).one()
    assert document.status == "failed"
    assert document.error is not None and document.error.startswith("the import stopped 3 times; last: archive ")
    assert f"has no object {sha256}" in document.error
    assert jobs(engine) == {"failed": 1}
    status = run(pg_url, "queue")
    assert "failed: mail-00.eml (job " in status.stdout and "the import stopped 3 times" in status.stdout


def test_old_import_queue_rows_become_jobs(pg_url: str, tmp_path: Path) -> None:
    from alembic import command

    from foia.db import alembic_config, make_engine, open_database

    (path,) = release(tmp_path / "release", 1)
    engine = make_engine(pg_url)
    try:
        command.upgrade(alembic_config(engine), "0015")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO import_queue (path, status) VALUES (:p, 'queued'), ('/gone.pdf', 'done')"),
                               {"p": str(path)})
        open_database(pg_url).dispose()  # migrates to head
        with engine.connect() as connection:
            assert connection.execute(text("SELECT to_regclass('import_queue')")).scalar() is None
            rows = connection.execute(text("SELECT task_name, args->>'path', status::text FROM procrastinate_jobs")).all()
        assert rows == [("foia.import_file", str(path), "todo")]
        output = finish(process := worker(pg_url, "--until-empty"))
        assert process.returncode == 0 and "imported mail-00.eml (2 pages)" in output, output
        assert archive_for(engine).verify(hashlib.sha256(path.read_bytes()).hexdigest()) is None
    finally:
        engine.dispose()


def test_queue_on_sqlite_is_one_line_saying_what_to_use(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'foia.db'}"
    (path,) = release(tmp_path / "release", 1)
    for args in (("import", "--queue", str(path)), ("worker",), ("queue",)):
        result = run(url, *args)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and "needs a PostgreSQL database" in result.stderr
        assert "foia import PATH... --workers N" in result.stderr


def test_migration_0013_applies_the_newest_procrastinate_schema() -> None:
    """Migration 0013 applied Procrastinate's schema as of its 3.4.0 migration; a newer Procrastinate
    that brings SQL migrations of its own needs a foia migration applying them before it can be used."""
    from procrastinate.schema import SchemaManager

    newest = sorted(p.name for p in Path(SchemaManager.get_migrations_path()).glob("*.sql"))[-1]
    assert newest == "03.04.00_50_post_add_retry_failed_job_procedure.sql"


def test_files_waiting_in_an_old_sqlite_queue_are_named_when_it_goes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from alembic import command

    from foia.db import alembic_config, make_engine, open_database

    url = f"sqlite:///{tmp_path / 'foia.db'}"
    engine = make_engine(url)
    try:
        command.upgrade(alembic_config(engine), "0015")
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO import_queue (path, status) VALUES ('/releases/a.pdf', 'queued'), "
                                    "('/releases/b.pdf', 'working'), ('/releases/c.pdf', 'done')"))
        open_database(url).dispose()
        with engine.connect() as connection:
            assert not connection.execute(text("SELECT name FROM sqlite_master WHERE name = 'import_queue'")).first()
    finally:
        engine.dispose()
    warning = capsys.readouterr().err
    assert "2 files were still waiting in it" in warning and "/releases/a.pdf\n  /releases/b.pdf" in warning
    assert "c.pdf" not in warning
