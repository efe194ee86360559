"""Pages of one document seen as a single text, so a message or a sentence that crosses a page
break can be read whole while every offset still maps back to its page."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from foia.ingest import PageText

PAGE_SEPARATOR = "\n"


@dataclass(frozen=True)
class DocumentText:
    text: str
    page_numbers: tuple[int, ...]
    page_starts: tuple[int, ...]

    @classmethod
    def from_pages(cls, pages: Sequence[PageText]) -> DocumentText:
        starts, parts, offset = [], [], 0
        for page in pages:
            starts.append(offset)
            parts.append(page.text)
            offset += len(page.text) + len(PAGE_SEPARATOR)
        return cls(PAGE_SEPARATOR.join(parts), tuple(p.number for p in pages), tuple(starts))

    def page_at(self, offset: int) -> int:
        """The page number holding the character at `offset` in the joined text."""
        index = max(bisect.bisect_right(self.page_starts, offset) - 1, 0)
        return self.page_numbers[index]
