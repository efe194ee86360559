"""Bulk inserts hand back each row's id in the rows' order, whether matched by key or sorted by SQLAlchemy."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from foia.db import transaction
from foia.models import Cost, Document, Page
from foia.store import inserted_ids


def _page_rows(document_id: int, numbers: list[int]) -> list[dict[str, Any]]:
    return [dict(document_id=document_id, number=number, text=f"page {number}", text_source="layer", needs_ocr=False)
            for number in numbers]


def test_store_ids_match_rows_by_key_and_when_keys_repeat(engine: Engine) -> None:
    with transaction(engine) as session:
        document = Document(sha256="0" * 64, file_name="a.pdf", source_path="a.pdf", size_bytes=1, status="imported")
        session.add(document)
        session.flush()
        numbers = [3, 1, 2]
        ids = inserted_ids(session, Page, _page_rows(document.id, numbers), ("number",))
        assert ids == sorted(ids)  # inserted in the rows' order
        stored = dict(session.execute(select(Page.id, Page.number).where(Page.document_id == document.id)).all())
        assert [stored[page_id] for page_id in ids] == numbers
        costs = [dict(page_id=ids[0], char_start=0, char_end=4, quote=quote, extractor="test", extractor_version="1",
                      confidence=0.5, review_status="unreviewed", amount_max=1, currency="USD")
                 for quote in ("one", "two")]  # the same key twice: inserted the sorted way
        cost_ids = inserted_ids(session, Cost, costs, ("page_id", "char_start", "char_end"))
        quotes = dict(session.execute(select(Cost.id, Cost.quote).where(Cost.id.in_(cost_ids))).all())
        assert [quotes[cost_id] for cost_id in cost_ids] == ["one", "two"]
