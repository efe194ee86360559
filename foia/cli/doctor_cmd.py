"""`foia doctor`: which optional tools are installed, so a missing OCR engine is no surprise."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

report = Console(highlight=False, soft_wrap=True)


def doctor_command() -> None:
    """Report the optional tools foia uses (Tesseract for OCR, pdftotext) and whether each is present."""
    from foia.ingest.ocr import optional_tools  # here, not at start-up: it brings the ingest package

    for tool in optional_tools():
        state = f"[green]found[/] {escape(tool.version or '')} at {escape(tool.path)}" if tool.path else "[yellow]not found[/]"
        report.print(f"{tool.name}: {state}; {escape(tool.detail)}")
