"""Start-up stays light (issue 16): help and a listing on an empty database load neither the readers (PDFium,
pdfplumber, Pillow, NumPy), nor the extractors, nor the web stack; help loads no SQLAlchemy either. Each
command runs in a fresh interpreter, which then names what it imported. Checked by what is imported,
not by time (scripts/bench_startup.py times it), so a busy machine cannot fail it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from foia.catalogue import LISTINGS
from foia.query import KINDS

# What no command should load before it needs to read a file, extract facts or serve pages.
READERS_AND_EXTRACTORS = (
    "PIL", "numpy", "pypdfium2", "pdfplumber", "pikepdf", "openpyxl", "docx", "extract_msg", "phonenumbers",
    "starlette", "jinja2", "uvicorn", "procrastinate", "alembic",
    "foia.analysis", "foia.attribution", "foia.extract", "foia.ingest", "foia.store", "foia.web", "foia.review",
)
# What no command needs at all: pydantic (Typer 0.29 validates options with it), Rich's help panels and Markdown.
NEVER = ("pydantic", "markdown_it", "typer.rich_utils")
# What help alone does not need: the database layer.
DATABASE = ("sqlalchemy", "foia.db", "foia.models", "foia.query", "foia.export", "foia.show")

RUN_AND_LIST_MODULES = """
import json, sys
from foia.cli import main
sys.argv = ["foia", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""


def imported_by(*args: str, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run([sys.executable, "-c", RUN_AND_LIST_MODULES, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, check=True)
    return set(json.loads(done.stderr.rsplit("MODULES ", 1)[1]))


def loaded(modules: set[str], heavy: tuple[str, ...]) -> list[str]:
    """The heavy packages (or any of their submodules) among `modules`."""
    return sorted(name for name in heavy if any(m == name or m.startswith(name + ".") for m in modules))


@pytest.mark.parametrize("args", [("--help",), ("costs", "--help"), ("import", "--help"), ("export", "costs", "--help"),
                                  ("review", "--help"), ("show", "fact", "--help")])
def test_startup_help_loads_no_database_layer_reader_or_extractor(args: tuple[str, ...]) -> None:
    modules = imported_by(*args)
    assert "foia.cli" in modules
    assert loaded(modules, READERS_AND_EXTRACTORS + DATABASE + NEVER) == []


def test_startup_listing_on_an_empty_database_loads_no_reader_or_extractor(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    subprocess.run([sys.executable, "-m", "foia", "--db", url, "db", "upgrade"], capture_output=True, check=True)
    modules = imported_by("--db", url, "costs")
    assert "foia.query" in modules  # it did list
    assert loaded(modules, READERS_AND_EXTRACTORS + NEVER) == []


def test_startup_catalogue_lists_the_kinds_foia_query_builds() -> None:
    """The help is built from foia.catalogue; every kind it lists has its SQL in foia.query, in the same order."""
    assert list(LISTINGS) == list(KINDS)
    for name, kind in KINDS.items():
        assert (kind.description, kind.columns) == (LISTINGS[name].description, LISTINGS[name].columns)


def test_startup_import_of_a_text_pdf_loads_no_numpy(tmp_path: Path) -> None:
    """NumPy is for scans (their redaction bars): a born-digital PDF is read without it; and an import
    into SQLite loads no PostgreSQL dialect."""
    from tests.pdfs import write_text_pdf

    url = f"sqlite:///{tmp_path / 'text.db'}"
    subprocess.run([sys.executable, "-m", "foia", "--db", url, "db", "upgrade"], capture_output=True, check=True)
    pdf = write_text_pdf(tmp_path / "release.pdf", ["From: Pat Kim <pkim@sheriff.example.gov>\nSubject: Estimate\n\n"
                                                    "We estimate $6 a month for face search."])
    modules = imported_by("--db", url, "import", str(pdf), "--workers", "1", "--ocr", "never")
    assert "foia.analysis" in modules  # it did read and extract
    assert loaded(modules, ("numpy", "sqlalchemy.dialects.postgresql")) == []
