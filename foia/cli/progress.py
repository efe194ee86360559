"""The import progress bar: files done of files found, pages read of pages known, the file being read,
and the time left.

The time left is estimated from bytes (every file's size is known before the first is read; a page
count is not), and pages known grow as files are opened: a PDF's page count is read from its
cross-reference table when it starts (no page is rendered), an email's pages as they are read."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from foia.orchestration.options import Progress as ImportProgress
from foia.wording import plural

if TYPE_CHECKING:
    from foia.orchestration.files import FileOutcome


def pdf_pages(path: Path) -> int:
    """A PDF's page count without reading its pages (0 for anything else, or a file PDFium refuses:
    its reader will say why)."""
    try:
        with path.open("rb") as handle:
            if handle.read(1024).find(b"%PDF-") < 0:
                return 0
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(str(path))
        try:
            return len(document)
        finally:
            document.close()
    except Exception:  # noqa: BLE001 - any failure here only leaves the estimate to the reader
        return 0


class ImportBar:
    """Keeps the counts the bar shows, fed by the batch's callbacks (foia.orchestration.options.Progress)."""

    def __init__(self, console: Console, files: list[Path] | None) -> None:
        self.sizes = {path: _size(path) for path in files or []}
        self.files_total = len(files) if files is not None else None
        self.files_done = self.pages_done = self.pages_known = self.pages_stored = 0
        self.estimates: dict[Path, int] = {}
        self.reading: list[Path] = []
        self.progress = Progress(
            TextColumn("importing"),
            BarColumn(),
            TextColumn("{task.fields[files]}"),
            TextColumn("{task.fields[pages]}"),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[current]}"),
            console=console,
            transient=True,
        )
        total = sum(self.sizes.values()) if files is not None else None
        self.task = self.progress.add_task("importing", total=total or None, files="", pages="", current="")
        self._show()

    def __enter__(self) -> ImportBar:
        self.progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)

    def callbacks(self) -> ImportProgress:
        return ImportProgress(on_file=self.finished, on_pages=self.pages_read, on_warning=self.warn,
                              on_start=self.started)

    def started(self, path: Path) -> None:
        self.reading.append(path)
        self.estimates[path] = pdf_pages(path)
        self.pages_known += self.estimates[path]
        self._show()

    def pages_read(self, count: int) -> None:
        self.pages_done += count
        self._show()

    def finished(self, outcome: FileOutcome) -> None:
        self.files_done += 1
        self.pages_stored += outcome.pages
        if outcome.path in self.reading:
            self.reading.remove(outcome.path)
        # Pages the estimate did not know (an email's, attachments') were read without being reported.
        unreported = outcome.pages - self.estimates.pop(outcome.path, 0)
        if unreported > 0:
            self.pages_known += unreported
            self.pages_done += unreported
        if outcome.status == "failed":
            self.progress.console.print(f"[red]failed[/]: {escape(str(outcome.path))}: {escape(outcome.reason or '')}")
        for where, reason in outcome.failed_children:
            self.progress.console.print(f"[red]failed attachment[/]: {escape(where)}: {escape(reason)}")
        self.progress.update(self.task, advance=self.sizes.get(outcome.path, 0))
        self._show()

    def warn(self, message: str) -> None:
        self.progress.console.print(f"[yellow]warning[/]: {escape(message)}")

    def _show(self) -> None:
        files = f"{self.files_done:,}/{self.files_total:,} files" if self.files_total is not None else plural(
            self.files_done, "file")
        known = max(self.pages_known, self.pages_done)
        pages = f"{self.pages_done:,}/{known:,} pages" if known else ""
        current = escape(self.reading[0].name) if self.reading else ""
        if len(self.reading) > 1:
            current += f" (+{len(self.reading) - 1})"
        self.progress.update(self.task, files=files, pages=pages, current=current)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
