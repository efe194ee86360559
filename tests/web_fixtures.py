"""Releases and servers the `foia serve` tests share: the sample release, a hostile release, an email
carrying a PDF, and an application on a database (in-process, or served by uvicorn on a free port)."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import uvicorn
from sqlalchemy import Engine
from starlette.types import ASGIApp

from foia.web.app import ServeConfig, create_app
from tests.cli import run
from tests.pdfs import PdfPage, write_pdf, write_text_pdf

SAMPLE = Path(__file__).resolve().parents[1] / "records" / "sample-cedar-county-rekognition-emails.pdf"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_LINK = "javascript:alert(document.cookie)"
# A file name cannot hold a slash, so its script tag stays unclosed.
HOSTILE_NAME = f"{IMG}<script>alert(1).pdf"
HOSTILE_PAGE = f"""From: Mallory {SCRIPT} <mallory@vendor.example.com>
Sent: Monday, April 2, 2018 10:00 AM
To: Records {IMG} <records@cedarcounty-so.example.gov>
Subject: Quote {SCRIPT}

Hello {IMG}, click {JS_LINK} for details.
The annual license for the face search service is $5,000 per year.
"""


def import_sample(db_url: str, directory: Path) -> Path:
    """The sample release, copied (its path is where the original is read back from)."""
    target = directory / SAMPLE.name
    shutil.copy(SAMPLE, target)
    result = run(db_url, "import", str(target))
    assert result.exit_code == 0, result.stderr
    return target


def import_hostile(db_url: str, directory: Path) -> Path:
    """A release whose file name and text carry script, an onerror image and a javascript: link."""
    path = write_text_pdf(directory / HOSTILE_NAME, [HOSTILE_PAGE])
    result = run(db_url, "import", str(path))
    assert result.exit_code == 0, result.stderr
    return path


def email_with_pdf(directory: Path) -> Path:
    """An .eml carrying a one-page PDF with a cost and a redaction bar."""
    pdf = write_pdf(directory / "invoice-src.pdf", [PdfPage(
        "INVOICE\nFace search annual subscription: $2,400 per year.\nApproved by Sgt. Kim.",
        boxes=((20, 40, 60, 6),))])
    message = EmailMessage()
    message["From"] = "Billing <billing@vendor.example.com>"
    message["To"] = "Records <records@cedarcounty-so.example.gov>"
    message["Subject"] = "Invoice"
    message["Date"] = format_datetime(dt.datetime(2018, 5, 1, 9, 0, tzinfo=dt.UTC))
    message["Message-ID"] = "<invoice-1@vendor.example.com>"
    message.set_content("Invoice attached.\n")
    message.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename="invoice.pdf")
    pdf.unlink()
    path = directory / "invoice.eml"
    path.write_bytes(bytes(message))
    return path


def application(engine: Engine, cache: Path, **settings: object) -> ASGIApp:
    return create_app(ServeConfig(engine=engine, cache=cache, **settings))  # type: ignore[arg-type]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """The application served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="foia-serve-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
