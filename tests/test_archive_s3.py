"""The archive in an S3-compatible bucket (FOIA_ARCHIVE=s3://bucket/prefix), against a real local S3
server the test starts (moto's server mode), reached over HTTP through s3fs with the usual AWS
variables: imports write originals there, reads are checked, and a damaged object is an error."""

from __future__ import annotations

import hashlib
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from foia.archive import BucketArchive, archive_for, open_archive
from foia.models import Document
from tests.cli import run
from tests.pdfs import write_text_pdf
from tests.web_fixtures import email_with_pdf

pytest.importorskip("s3fs")
boto3 = pytest.importorskip("boto3")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def s3_server() -> Iterator[str]:
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, "the S3 server did not start"
                time.sleep(0.1)
        yield endpoint
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def bucket(s3_server: str, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> str:
    for name, value in {"AWS_ENDPOINT_URL": s3_server, "AWS_ACCESS_KEY_ID": "newsroom", "AWS_SECRET_ACCESS_KEY": "secret",
                        "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(name, value)
    name = f"originals-{abs(hash(request.node.nodeid)) % 10**8}"
    boto3.client("s3", endpoint_url=s3_server).create_bucket(Bucket=name)
    url = f"s3://{name}/newsroom"
    monkeypatch.setenv("FOIA_ARCHIVE", url)
    open_archive.cache_clear()
    return url


def test_originals_go_to_the_bucket_and_come_back_checked(bucket: str, db_url: str, engine: Engine, tmp_path: Path) -> None:
    pdf = write_text_pdf(tmp_path / "release" / "quote.pdf", ["The face search module is $2,400 per month."])
    email_with_pdf(tmp_path / "release")
    result = run(db_url, "import", str(tmp_path / "release"), "--workers", "2")
    assert result.exit_code == 0, result.output
    archive = archive_for(engine)
    assert isinstance(archive, BucketArchive) and archive.location == bucket
    with Session(engine) as session:
        stored = {d.file_name: d for d in session.scalars(select(Document))}
    assert set(stored) == {"quote.pdf", "invoice.eml", "invoice.pdf"}
    client = boto3.client("s3")
    name = bucket.removeprefix("s3://").split("/")[0]
    keys = sorted(item["Key"] for item in client.list_objects_v2(Bucket=name)["Contents"])
    assert keys == sorted(f"newsroom/{d.sha256[:2]}/{d.sha256[2:4]}/{d.sha256}" for d in stored.values())

    quote = stored["quote.pdf"]
    saved = run(db_url, "show", "document", str(quote.id), "--save", str(tmp_path / "out.pdf"))
    assert saved.exit_code == 0, saved.output
    assert (tmp_path / "out.pdf").read_bytes() == pdf.read_bytes()
    assert "3 originals present and intact, 0 missing, 0 damaged" in run(db_url, "doctor").stdout

    client.put_object(Bucket=name, Key=f"newsroom/{quote.sha256[:2]}/{quote.sha256[2:4]}/{quote.sha256}",
                      Body=pdf.read_bytes() + b"\n% appended by someone")
    damaged = run(db_url, "show", "document", str(quote.id), "--save", str(tmp_path / "again.pdf"))
    assert damaged.exit_code == 2 and "is damaged" in damaged.stderr and not (tmp_path / "again.pdf").exists()
    doctor = run(db_url, "doctor")
    assert doctor.exit_code == 1 and f"damaged: document {quote.id} (quote.pdf, imported)" in doctor.stdout
    assert archive.put_bytes(b"attachment") == hashlib.sha256(b"attachment").hexdigest()


def test_queued_files_reach_workers_through_the_bucket(bucket: str, db_url: str, engine: Engine, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the job queue lives in PostgreSQL")
    email_with_pdf(tmp_path / "laptop")
    queued = run(db_url, "import", "--queue", str(tmp_path / "laptop"))
    assert queued.exit_code == 0 and f"originals in {bucket}" in queued.stderr, queued.output
    shutil.rmtree(tmp_path / "laptop")  # the worker's machine has only the database and the bucket
    worker = subprocess.run([sys.executable, "-m", "foia", "--db", db_url, "worker", "--until-empty"],
                            capture_output=True, text=True, timeout=240)
    assert worker.returncode == 0, worker.stderr
    assert "imported invoice.eml (2 pages)" in worker.stderr
    with Session(engine) as session:
        stored = {d.file_name: d.sha256 for d in session.scalars(select(Document))}
    assert set(stored) == {"invoice.eml", "invoice.pdf"}
    assert all(archive_for(engine).verify(sha) is None for sha in stored.values())  # the attachment too
