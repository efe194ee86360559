"""The import progress bar counts files, pages read of pages known (a PDF's count is known when it
starts, an email's as it is read), names the file being read, and estimates the time left by bytes."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console

from foia.cli.progress import ImportBar, pdf_pages
from foia.orchestration.files import FileOutcome
from tests.pdfs import write_text_pdf


def test_pdf_page_counts_are_read_without_reading_pages(tmp_path: Path) -> None:
    pdf = write_text_pdf(tmp_path / "three.pdf", ["one", "two", "three"])
    assert pdf_pages(pdf) == 3
    (tmp_path / "note.eml").write_text("From: a@example.com\n\nhello\n")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n truncated")
    assert pdf_pages(tmp_path / "note.eml") == 0 and pdf_pages(tmp_path / "broken.pdf") == 0


def test_the_bar_shows_files_pages_and_the_file_being_read(tmp_path: Path) -> None:
    pdf = write_text_pdf(tmp_path / "thread.pdf", ["one", "two", "three", "four"])
    email = tmp_path / "note.eml"
    email.write_text("From: a@example.com\n\nhello\n")
    shown = io.StringIO()
    console = Console(file=shown, force_terminal=True, width=200)
    with ImportBar(console, [pdf, email]) as bar:
        callbacks = bar.callbacks()
        assert callbacks.on_start and callbacks.on_pages and callbacks.on_file
        callbacks.on_start(pdf)
        callbacks.on_pages(1)
        assert bar.pages_known == 4 and bar.pages_done == 1 and bar.reading == [pdf]
        fields = bar.progress.tasks[0].fields
        assert (fields["files"], fields["pages"], fields["current"]) == ("0/2 files", "1/4 pages", "thread.pdf")
        callbacks.on_pages(3)
        callbacks.on_file(FileOutcome(pdf, "imported", pages=4))
        callbacks.on_start(email)
        callbacks.on_file(FileOutcome(email, "imported", pages=2))  # a message and its attached page
        fields = bar.progress.tasks[0].fields
        assert (fields["files"], fields["pages"]) == ("2/2 files", "6/6 pages")
        task = bar.progress.tasks[0]
        assert task.total == pdf.stat().st_size + email.stat().st_size and task.completed == task.total
    assert "ETA" in shown.getvalue()
