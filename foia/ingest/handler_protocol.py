"""The handler protocol every format follows: a class that scores how well a file's first bytes match
its format (the best score wins, as in Aleph's ingest-file) and reads the file with explicit options.

Temporary home: the base class and `ReadOptions` move to `foia/ingest/__init__.py` with the handler
registry's rewrite. Until then `registered` adapts a class handler to the module-style registry, and
`reading` carries the options to handlers that are called without them."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from foia.ingest.ocr import OcrSettings

if TYPE_CHECKING:
    from foia.ingest import IngestedDocument


@dataclass(frozen=True)
class ReadOptions:
    """What reading a file needs besides the file: OCR settings and a page-progress callback."""

    ocr: OcrSettings = field(default_factory=OcrSettings)
    on_pages: Callable[[int], None] | None = None  # told how many more pages were read


_options: ContextVar[ReadOptions | None] = ContextVar("read_options", default=None)


@contextmanager
def reading(options: ReadOptions) -> Iterator[None]:
    """Read files with these options inside the block."""
    token = _options.set(options)
    try:
        yield
    finally:
        _options.reset(token)


def current_options() -> ReadOptions:
    return _options.get() or ReadOptions()


class Handler(ABC):
    """One file format."""

    media_type: ClassVar[str]
    description: ClassVar[str]

    @abstractmethod
    def score(self, head: bytes, name: str) -> int:
        """0: not this format; otherwise how sure the content makes it (the highest score wins)."""

    @abstractmethod
    def ingest(self, source: Path | bytes, name: str, options: ReadOptions) -> IngestedDocument:
        """Read the file (a path on disk, or an attachment's bytes); raises IngestError when it cannot."""


@dataclass(frozen=True)
class Registered:
    """A class handler seen through the module-style registry (MEDIA_TYPE, DESCRIPTION, matches, ingest)."""

    handler: Handler

    @property
    def MEDIA_TYPE(self) -> str:  # noqa: N802 - the module registry's attribute name
        return self.handler.media_type

    @property
    def DESCRIPTION(self) -> str:  # noqa: N802
        return self.handler.description

    def matches(self, head: bytes, name: str) -> bool:
        return self.handler.score(head, name) > 0

    def ingest(self, source: Path | bytes, name: str) -> IngestedDocument:
        return self.handler.ingest(source, name, current_options())


def registered(*modules: str) -> list[Registered]:
    """The handler class each named module of foia.ingest exports as `HANDLER`, in the registry's shape."""
    import importlib

    return [Registered(importlib.import_module(f"foia.ingest.{module}").HANDLER) for module in modules]
