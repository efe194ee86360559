"""One family for every failure foia expects and can explain in a line (as Aleph's ingest-file does):
the command line catches `FoiaError` once and prints its message; anything else is a bug and is
allowed to crash loudly.

    FoiaError
    ├── InputError        a file or an argument foia cannot use (IngestError, FactRefError, ...)
    ├── DatabaseError     the database cannot be opened, migrated or used
    ├── ExtractionError   reading a page (OCR) or a fact failed
    ├── QueryError        a filter or search the database cannot answer
    └── MissingToolError  a program foia needs for this job is not installed (OcrUnavailable)

The classes a module raises are defined beside it (IngestError in foia.ingest, QueryError here),
each subclassing one of these."""

from __future__ import annotations


class FoiaError(Exception):
    """A failure foia can explain in one line, fit to show a user."""


class InputError(FoiaError):
    """A file or an argument that foia cannot use: the message names it and says why."""


class DatabaseError(FoiaError):
    """The database cannot be opened or used; the message is fit to show a user."""


class ExtractionError(FoiaError):
    """Reading text or facts from a page failed (an OCR process that crashed or timed out)."""


class QueryError(FoiaError):
    """A filter the database cannot answer (unknown agency, bad search syntax); fit to show a user."""


class MissingToolError(FoiaError):
    """A program this job needs (Tesseract) is not installed."""
