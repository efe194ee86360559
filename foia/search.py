"""Full-text search over page text and messages, ranked, with a snippet and a citation.

One query language on both engines, translated for each: words (all must match), "exact phrases",
OR between alternatives, and NOT or a leading - before a term to exclude it. SQLite runs it through
FTS5 (bm25 ranking), PostgreSQL through websearch_to_tsquery over stored tsvectors (ts_rank_cd)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from foia.query import QueryError

_TOKEN = re.compile(r'-?"[^"]*"|\S+')
SNIPPET_WORDS = 24


@dataclass(frozen=True)
class Term:
    text: str  # a word or phrase, without quotes
    negated: bool = False
    phrase: bool = False


@dataclass(frozen=True)
class SearchHit:
    source: str  # page | message
    document: str
    page: int | None
    bates: str | None
    message_id: int | None
    subject: str | None
    snippet: str
    rank: float


def parse_query(query: str) -> list[list[Term]]:
    """The query as OR-groups of AND-ed terms; raises QueryError with a reason a user can act on."""
    if query.count('"') % 2:
        raise QueryError(f"bad search {query!r}: a quote is not closed")
    groups: list[list[Term]] = [[]]
    negate_next = False
    for token in _TOKEN.findall(query):
        if token == "OR":
            if not groups[-1] or negate_next:
                raise QueryError(f"bad search {query!r}: OR needs a term on each side")
            groups.append([])
            continue
        if token in ("NOT", "-"):
            negate_next = True
            continue
        negated = negate_next or token.startswith("-")
        negate_next = False
        token = token.removeprefix("-")
        phrase = token.startswith('"')
        words = token.strip('"')
        if not re.search(r"\w", words):
            continue
        groups[-1].append(Term(words, negated, phrase))
    if negate_next or not groups[-1]:
        raise QueryError(f"bad search {query!r}: it ends with NOT or OR")
    for group in groups:
        if all(term.negated for term in group):
            raise QueryError(f"bad search {query!r}: NOT needs something to search for beside it")
    return groups


def _fts5(groups: list[list[Term]]) -> str:
    """FTS5 syntax: every term quoted (so punctuation cannot break the grammar), NOT as binary."""

    def quoted(term: Term) -> str:
        return '"' + term.text.replace('"', "") + '"'

    parts = []
    for group in groups:
        positive = " AND ".join(quoted(t) for t in group if not t.negated)
        negative = "".join(f" NOT {quoted(t)}" for t in group if t.negated)
        parts.append(f"({positive}{negative})")
    return " OR ".join(parts)


def _websearch(groups: list[list[Term]]) -> str:
    def rendered(term: Term) -> str:
        body = f'"{term.text}"' if term.phrase else term.text
        return f"-{body}" if term.negated else body

    return " or ".join(" ".join(rendered(t) for t in group) for group in groups)


# Rank first and cut to the best rows (FTS5 optimises ORDER BY rank LIMIT on its own table), then make
# snippets only for those: a snippet for every row of a common word would take seconds.
SQLITE_SEARCH = text(
    """
    WITH best_pages AS (SELECT rowid, rank FROM pages_fts WHERE pages_fts MATCH :query ORDER BY rank LIMIT :limit),
         best_messages AS (SELECT rowid, rank FROM messages_fts WHERE messages_fts MATCH :query
                           ORDER BY rank LIMIT :limit)
    SELECT * FROM (
      SELECT 'page' AS source, d.file_name, p.number, p.bates, NULL AS message_id, NULL AS subject,
             snippet(pages_fts, 0, '[', ']', '…', :words) AS snippet, best_pages.rank AS rank
      FROM pages_fts JOIN best_pages ON best_pages.rowid = pages_fts.rowid
      JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id
      WHERE pages_fts MATCH :query AND pages_fts.rowid IN (SELECT rowid FROM best_pages)
      UNION ALL
      SELECT 'message', d.file_name, m.page_start, mp.bates, m.id, m.subject,
             snippet(messages_fts, 1, '[', ']', '…', :words), best_messages.rank
      FROM messages_fts JOIN best_messages ON best_messages.rowid = messages_fts.rowid
      JOIN messages m ON m.id = messages_fts.rowid JOIN documents d ON d.id = m.document_id
      LEFT JOIN pages mp ON mp.document_id = m.document_id AND mp.number = m.page_start
      WHERE messages_fts MATCH :query AND messages_fts.rowid IN (SELECT rowid FROM best_messages)
    ) ORDER BY rank LIMIT :limit
    """
)

POSTGRES_SEARCH = text(
    """
    WITH q AS (SELECT websearch_to_tsquery('english', :query) AS query),
    hits AS (
      (SELECT 'page' AS source, p.document_id, p.number AS page, p.bates, NULL::int AS message_id,
              NULL::text AS subject, p.id AS page_id, ts_rank_cd(p.text_fts, q.query) AS rank
       FROM pages p CROSS JOIN q WHERE p.text_fts @@ q.query ORDER BY rank DESC LIMIT :limit)
      UNION ALL
      (SELECT 'message', m.document_id, m.page_start, mp.bates, m.id, m.subject, NULL, ts_rank_cd(m.body_fts, q.query)
       FROM messages m CROSS JOIN q
       LEFT JOIN pages mp ON mp.document_id = m.document_id AND mp.number = m.page_start
       WHERE m.body_fts @@ q.query ORDER BY 8 DESC LIMIT :limit)
    ),
    top AS (SELECT * FROM hits ORDER BY rank DESC LIMIT :limit)
    SELECT top.source, d.file_name, top.page, top.bates, top.message_id, top.subject,
           ts_headline('english', coalesce(p.text, m.body), q.query,
                       'StartSel=[, StopSel=], MaxWords=' || :words || ', MinWords=8, ShortWord=2') AS snippet,
           -top.rank AS rank
    FROM top JOIN documents d ON d.id = top.document_id
    LEFT JOIN pages p ON p.id = top.page_id LEFT JOIN messages m ON m.id = top.message_id
    CROSS JOIN q
    ORDER BY top.rank DESC
    """
)


def search(engine: Engine, query: str, limit: int = 20) -> Sequence[SearchHit]:
    groups = parse_query(query)
    if engine.dialect.name == "sqlite":
        statement, compiled = SQLITE_SEARCH, _fts5(groups)
    else:
        statement, compiled = POSTGRES_SEARCH, _websearch(groups)
    with engine.connect() as connection:
        try:
            result = connection.execute(statement, {"query": compiled, "limit": limit, "words": SNIPPET_WORDS})
        except OperationalError as exc:
            raise QueryError(f"bad search {query!r}: {str(exc.orig).strip()}") from None
        return [
            SearchHit(source, document, page, bates, message_id, subject, " ".join(snippet.split()), float(rank))
            for source, document, page, bates, message_id, subject, snippet, rank in result
        ]
