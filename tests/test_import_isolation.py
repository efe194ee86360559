"""One file never stops a batch: a reader's exception, a page PDFium cannot draw, a worker process
that dies, each becomes that one file's recorded failure (or its page's recorded problem) and the
other files import. Workers die with the importer that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

import foia.ingest.pdf
from foia.ingest import ReadOptions
from foia.ingest.ocr import OcrSettings, tesseract_path
from foia.models import Document
from foia.orchestration.batch import import_paths
from foia.orchestration.options import ImportOptions
from foia.orchestration.workers import WORKER_DIED
from tests.cli import run
from tests.pdfs import write_text_pdf
from tests.test_hostile_inputs import page_pdf, raw_pdf, stream

INVOICE = "Invoice: the county pays Clearview AI $2,000 per month for face search."


def _release(root: Path, names: list[str]) -> Path:
    for name in names:
        write_text_pdf(root / name, [f"{INVOICE} ({name})"])
    return root


def _statuses(engine: Engine) -> dict[str, tuple[str, str | None]]:
    with Session(engine) as session:
        return {d.file_name: (d.status, d.error) for d in session.scalars(select(Document))}


def crop_box_outside_media_box_pdf() -> bytes:
    """Three pages; the third is a scan-like page (no text layer) whose CropBox lies outside its
    MediaBox, so PDFium sees a 0 x 0 page and its renderer refuses to draw it."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>"]
    for extra, content in ((b"", 6), (b"", 6), (b" /CropBox [700 900 800 1000]", 7)):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]" + extra
                       + b" /Resources << /Font << /F1 8 0 R >> >> /Contents %d 0 R >>" % content)
    objects += [
        stream(b"BT /F1 14 Tf 72 700 Td (" + INVOICE.encode() + b") Tj ET"),
        stream(b"BT /F1 36 Tf 72 600 Td (PURCHASE ORDER 4471) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return raw_pdf(objects)


@pytest.mark.ocr
@pytest.mark.skipif(tesseract_path() is None, reason="needs tesseract")
def test_page_with_crop_box_outside_media_box_is_ocrd_from_its_media_box(engine: Engine, tmp_path: Path) -> None:
    release = _release(tmp_path / "release", ["after.pdf"])
    (release / "cropped.pdf").write_bytes(crop_box_outside_media_box_pdf())
    report = import_paths(engine, [release], options=ImportOptions(workers=1))
    assert [o.status for o in report.outcomes] == ["imported", "imported"], report.outcomes
    with Session(engine) as session:
        document = session.scalars(select(Document).where(Document.file_name == "cropped.pdf")).one()
        third = document.pages[2]
        assert third.text_source == "ocr" and "PURCHASE ORDER" in third.text and third.problem is None


def test_unrenderable_page_is_recorded_on_the_page_and_the_document_imports(engine: Engine, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever PDFium refuses to draw, the page keeps the reason and the rest of the file imports."""
    if tesseract_path() is None:
        pytest.skip("rendering for OCR happens only with tesseract installed")

    def refuse(document: object, index: int) -> None:
        raise ValueError("Crop exceeds page dimensions")

    monkeypatch.setattr(foia.ingest.pdf, "_render", refuse)
    (tmp_path / "cropped.pdf").write_bytes(crop_box_outside_media_box_pdf())
    report = import_paths(engine, [tmp_path / "cropped.pdf"], options=ImportOptions(workers=1))
    assert report.outcomes[0].status == "imported"
    with Session(engine) as session:
        pages = session.scalars(select(Document)).one().pages
        assert [p.problem for p in pages[:2]] == [None, None]
        assert pages[2].needs_ocr
        assert pages[2].problem == "page cannot be rendered for OCR (ValueError: Crop exceeds page dimensions)"


@pytest.mark.parametrize("workers", [1, 2])
def test_reader_exception_fails_only_its_file_with_the_reason(engine: Engine, tmp_path: Path, workers: int,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    real = foia.ingest.pdf.PdfHandler.ingest

    def flaky(self: foia.ingest.pdf.PdfHandler, source: Path | bytes, name: str, options: ReadOptions) -> object:
        if name == "b.pdf":
            raise ValueError("Crop exceeds page dimensions")
        return real(self, source, name, options)

    monkeypatch.setattr(foia.ingest.pdf.PdfHandler, "ingest", flaky)  # forked workers inherit it
    release = _release(tmp_path / "release", ["a.pdf", "b.pdf", "c.pdf", "d.pdf"])
    report = import_paths(engine, [release], options=ImportOptions(workers=workers, ocr=OcrSettings(mode="never")))
    assert sorted(o.status for o in report.outcomes) == ["failed", "imported", "imported", "imported"]
    statuses = _statuses(engine)
    assert statuses["b.pdf"] == ("failed", "the reader failed on this file (ValueError: Crop exceeds page dimensions)")
    assert {statuses[name][0] for name in ("a.pdf", "c.pdf", "d.pdf")} == {"imported"}


def test_worker_that_dies_fails_only_the_file_it_was_reading(engine: Engine, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed outright (as the out-of-memory killer or a segfault in a native library would)
    breaks the whole pool; the files it held are read again one at a time, so only the file that kills
    its reader again fails."""
    real = foia.ingest.pdf.PdfHandler.ingest

    def deadly(self: foia.ingest.pdf.PdfHandler, source: Path | bytes, name: str, options: ReadOptions) -> object:
        if name == "crash.pdf":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, source, name, options)

    monkeypatch.setattr(foia.ingest.pdf.PdfHandler, "ingest", deadly)
    release = _release(tmp_path / "release", [f"{n}.pdf" for n in ("a", "b", "crash", "d", "e", "f")])
    report = import_paths(engine, [release], options=ImportOptions(workers=2, ocr=OcrSettings(mode="never")))
    statuses = _statuses(engine)
    assert statuses.pop("crash.pdf") == ("failed", WORKER_DIED)
    assert set(statuses.values()) == {("imported", None)} and len(statuses) == 5
    assert sorted(o.status for o in report.outcomes) == ["failed"] + ["imported"] * 5


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found.update(int(child) for child in task.read_text().split())
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("files", [4, 1])  # one file: the workers are a page pool sharing its pages
def test_workers_exit_when_the_importer_is_killed(tmp_path: Path, files: int) -> None:
    release = tmp_path / "release"
    release.mkdir()
    for number in range(files):  # each takes many seconds to read: the workers are busy when the kill comes
        (release / f"slow-{number}.pdf").write_bytes(page_pdf(10_000, text=b"Invoice %d: $1,000 per month" % number))
    process = subprocess.Popen(
        [sys.executable, "-m", "foia", "--db", f"sqlite:///{tmp_path / 'foia.db'}", "import", str(release),
         "--workers", "2", "--ocr", "never"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers := _children(process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(workers) >= 2, "the importer never started its workers"
        time.sleep(0.5)
        process.kill()  # the importer alone, as `kill -9 PID` does: not its process group
        process.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers), "workers outlived the importer"
    finally:
        process.kill()
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_empty_directory_imports_nothing_and_says_so(db_url: str, tmp_path: Path) -> None:
    (tmp_path / "empty" / ".hidden").mkdir(parents=True)
    (tmp_path / "empty" / "Thumbs.db").write_bytes(b"\0")
    result = run(db_url, "import", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert "nothing to import: no files under" in result.output
