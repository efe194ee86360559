"""Full-text search over page text and messages, ranked, with a snippet and a citation.

One query language on both engines, translated for each: words (all must match), "exact phrases",
OR between alternatives, and NOT or a leading - before a term to exclude it. SQLite runs it through
FTS5 (bm25 ranking), PostgreSQL through websearch_to_tsquery over stored tsvectors (ts_rank_cd).

Ranking reads every match, and a word found on nearly every page ("Rekognition" in a Rekognition
release) has hundreds of thousands of them: 0.6 s on SQLite and 1-2 s on PostgreSQL for 200,000. So at
most RANKED_MATCHES pages and as many messages are ranked: all of them when there are fewer, else the
most recently imported ones, and the result says so. Narrowing the search (more words, or a Scope of
one request's or agency's documents) ranks every match again."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, TextClause, bindparam, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from foia.errors import QueryError
from foia.models import Agency, AgencyAlias
from foia.names import request_id, resolve

_TOKEN = re.compile(r'-?"[^"]*"|\S+')
SNIPPET_WORDS = 24
RANKED_MATCHES = 5_000


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
    document_id: int = 0  # for links (`foia serve`): file names are not unique
    date: dt.date | None = None  # the message's date; a page's: its message's, or its email's for an attachment


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    # Sources ("pages", "messages") with more than `ranked` matches, of which only the `ranked` most
    # recently imported were ranked.
    capped: tuple[str, ...]
    ranked: int


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
SQLITE_SEARCH = """
    WITH best_pages AS (SELECT rowid, rank FROM pages_fts WHERE pages_fts MATCH :query AND rowid >= :page_floor
                        {page_scope} ORDER BY rank LIMIT :limit),
         best_messages AS (SELECT rowid, rank FROM messages_fts WHERE messages_fts MATCH :query
                           AND rowid >= :message_floor {message_scope} ORDER BY rank LIMIT :limit)
    SELECT * FROM (
      SELECT 'page' AS source, d.file_name, p.number, p.bates, NULL AS message_id, NULL AS subject,
             snippet(pages_fts, 0, '[', ']', '…', :words) AS snippet, best_pages.rank AS rank, d.id AS document_id,
             date(coalesce((SELECT min(coalesce(pm.sent_at_local, pm.sent_at)) FROM messages pm
                            WHERE pm.document_id = p.document_id AND pm.page_start <= p.number
                              AND coalesce(pm.page_end, pm.page_start) >= p.number),
                           (SELECT min(coalesce(em.sent_at_local, em.sent_at)) FROM attachments a
                            JOIN messages em ON em.id = a.message_id WHERE a.document_id = p.document_id))) AS date
      FROM pages_fts JOIN best_pages ON best_pages.rowid = pages_fts.rowid
      JOIN pages p ON p.id = pages_fts.rowid JOIN documents d ON d.id = p.document_id
      WHERE pages_fts MATCH :query AND pages_fts.rowid IN (SELECT rowid FROM best_pages)
      UNION ALL
      SELECT 'message', d.file_name, m.page_start, mp.bates, m.id, m.subject,
             snippet(messages_fts, 1, '[', ']', '…', :words), best_messages.rank, d.id,
             date(coalesce(m.sent_at_local, m.sent_at))
      FROM messages_fts JOIN best_messages ON best_messages.rowid = messages_fts.rowid
      JOIN messages m ON m.id = messages_fts.rowid JOIN documents d ON d.id = m.document_id
      LEFT JOIN pages mp ON mp.document_id = m.document_id AND mp.number = m.page_start
      WHERE messages_fts MATCH :query AND messages_fts.rowid IN (SELECT rowid FROM best_messages)
    ) ORDER BY rank LIMIT :limit
    """

POSTGRES_SEARCH = """
    WITH q AS (SELECT websearch_to_tsquery('english', :query) AS query),
    hits AS (
      (SELECT 'page' AS source, p.document_id, p.number AS page, p.bates, NULL::int AS message_id,
              NULL::text AS subject, p.id AS page_id, ts_rank_cd(p.text_fts, q.query) AS rank
       FROM pages p CROSS JOIN q WHERE p.text_fts @@ q.query AND p.id >= :page_floor {page_scope}
       ORDER BY rank DESC LIMIT :limit)
      UNION ALL
      (SELECT 'message', m.document_id, m.page_start, mp.bates, m.id, m.subject, NULL, ts_rank_cd(m.body_fts, q.query)
       FROM messages m CROSS JOIN q
       LEFT JOIN pages mp ON mp.document_id = m.document_id AND mp.number = m.page_start
       WHERE m.body_fts @@ q.query AND m.id >= :message_floor {message_scope} ORDER BY 8 DESC LIMIT :limit)
    ),
    top AS (SELECT * FROM hits ORDER BY rank DESC LIMIT :limit)
    SELECT top.source, d.file_name, top.page, top.bates, top.message_id, top.subject,
           ts_headline('english', coalesce(p.text, m.body), q.query,
                       'StartSel=[, StopSel=], MaxWords=' || :words || ', MinWords=8, ShortWord=2') AS snippet,
           -top.rank AS rank, d.id AS document_id,
           CAST(CASE WHEN m.id IS NOT NULL THEN coalesce(m.sent_at_local, m.sent_at)
                ELSE coalesce((SELECT min(coalesce(pm.sent_at_local, pm.sent_at)) FROM messages pm
                               WHERE pm.document_id = p.document_id AND pm.page_start <= p.number
                                 AND coalesce(pm.page_end, pm.page_start) >= p.number),
                              (SELECT min(coalesce(em.sent_at_local, em.sent_at)) FROM attachments a
                               JOIN messages em ON em.id = a.message_id WHERE a.document_id = p.document_id)) END
                AS date) AS date
    FROM top JOIN documents d ON d.id = top.document_id
    LEFT JOIN pages p ON p.id = top.page_id LEFT JOIN messages m ON m.id = top.message_id
    CROSS JOIN q
    ORDER BY top.rank DESC
    """


# The id below which matches go unranked: the (RANKED_MATCHES + 1)th newest match's id + 1, or 0 when
# there are not that many. Newest-first walks stop early on a common word (FTS5 reads its index
# backwards; PostgreSQL walks the primary key), and a rare word has few matches to sort.
SQLITE_FLOORS = {
    "pages": "SELECT rowid + 1 FROM pages_fts WHERE pages_fts MATCH :query {page_scope} "
             "ORDER BY rowid DESC LIMIT 1 OFFSET :cap",
    "messages": "SELECT rowid + 1 FROM messages_fts WHERE messages_fts MATCH :query {message_scope} "
                "ORDER BY rowid DESC LIMIT 1 OFFSET :cap",
}
POSTGRES_FLOORS = {
    "pages": "SELECT p.id + 1 FROM pages p WHERE p.text_fts @@ websearch_to_tsquery('english', :query) {page_scope} "
             "ORDER BY p.id DESC LIMIT 1 OFFSET :cap",
    "messages": "SELECT m.id + 1 FROM messages m WHERE m.body_fts @@ websearch_to_tsquery('english', :query) "
                "{message_scope} ORDER BY m.id DESC LIMIT 1 OFFSET :cap",
}
# Narrowing to some documents (--request, --agency): the documents released under that request, or
# imported for that agency. SQLite names FTS rows by rowid; PostgreSQL's queries have p. and m. rows.
_SCOPED_DOCUMENTS = "SELECT d.id FROM documents d WHERE {conditions}"
SQLITE_SCOPE = {
    "page_scope": "AND rowid IN (SELECT p.id FROM pages p WHERE p.document_id IN ({documents}))",
    "message_scope": "AND rowid IN (SELECT m.id FROM messages m WHERE m.document_id IN ({documents}))",
}
POSTGRES_SCOPE = {
    "page_scope": "AND p.document_id IN ({documents})",
    "message_scope": "AND m.document_id IN ({documents})",
}
# Narrowing to dates (--since, --until): a message by its own date; a page by the date of a message on
# it, or (an attachment) of the email it came with. {page} and {message} name the row in each statement.
_IN_RANGE = "{moment} >= :scope_since AND {moment} < :scope_before"
_PAGE_DATED = (
    "(EXISTS (SELECT 1 FROM messages dm WHERE dm.document_id = {page}.document_id AND dm.page_start <= {page}.number "
    "AND coalesce(dm.page_end, dm.page_start) >= {page}.number AND {in_message}) "
    "OR EXISTS (SELECT 1 FROM attachments da JOIN messages dp ON dp.id = da.message_id "
    "WHERE da.document_id = {page}.document_id AND {in_parent}))"
)
SQLITE_DATED = {
    "page_scope": "AND rowid IN (SELECT p.id FROM pages p WHERE {page_dated})",
    "message_scope": "AND rowid IN (SELECT m.id FROM messages m WHERE {message_dated})",
}
POSTGRES_DATED = {"page_scope": "AND {page_dated}", "message_scope": "AND {message_dated}"}


@dataclass(frozen=True)
class Scope:
    """Which documents a search looks in: all of them, or those of one request and/or agency; and which
    dates: messages dated in the range, and pages of such messages (or attached to such an email)."""

    request: str | None = None
    agency: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None


def _moment(row: str) -> str:
    return _IN_RANGE.format(moment=f"coalesce({row}.sent_at_local, {row}.sent_at)")


def _dates_sql(engine: Engine, scope: Scope) -> tuple[dict[str, str], dict[str, Any]]:
    """The date fragments to add to the scope, and their parameters (none without dates)."""
    if scope.since is None and scope.until is None:
        return {"page_scope": "", "message_scope": ""}, {}
    since = dt.datetime.combine(scope.since or dt.date(1, 1, 1), dt.time.min)
    before = dt.datetime.combine(scope.until + dt.timedelta(days=1), dt.time.min) if scope.until else dt.datetime(9999, 1, 1)
    sqlite = engine.dialect.name == "sqlite"
    # SQLite keeps datetimes as ISO text ("2018-03-06 09:14:00.000000"): compared as text of the same shape.
    params: dict[str, Any] = ({"scope_since": since.isoformat(sep=" "), "scope_before": before.isoformat(sep=" ")}
                              if sqlite else {"scope_since": since, "scope_before": before})
    page_dated = _PAGE_DATED.format(page="p", in_message=_moment("dm"), in_parent=_moment("dp"))
    fragments = SQLITE_DATED if sqlite else POSTGRES_DATED
    return {name: fragment.format(page_dated=page_dated, message_dated=_moment("m"))
            for name, fragment in fragments.items()}, params


def _scope_sql(engine: Engine, scope: Scope) -> tuple[dict[str, str], dict[str, Any]]:
    """The scope fragments to put into the statements, and their parameters."""
    conditions: list[str] = []
    params: dict[str, Any] = {}
    with Session(engine) as session:
        if scope.request:
            params["scope_request"] = request_id(session, scope.request)
            conditions.append("d.request_id = :scope_request")
        if scope.agency:
            params["scope_agencies"] = resolve(session, Agency, AgencyAlias, scope.agency)
            conditions.append("d.agency_id IN :scope_agencies")
    if not conditions:
        return {"page_scope": "", "message_scope": ""}, params
    documents = _SCOPED_DOCUMENTS.format(conditions=" AND ".join(conditions))
    fragments = SQLITE_SCOPE if engine.dialect.name == "sqlite" else POSTGRES_SCOPE
    return {name: fragment.format(documents=documents) for name, fragment in fragments.items()}, params


def _statement(sql: str, fragments: dict[str, str], params: dict[str, Any]) -> TextClause:
    statement = text(sql.format(**fragments))
    if "scope_agencies" in params:
        statement = statement.bindparams(bindparam("scope_agencies", expanding=True))
    return statement


def search(engine: Engine, query: str, limit: int = 20, scope: Scope | None = None) -> SearchResult:
    groups = parse_query(query)
    if engine.dialect.name == "sqlite":
        sql, floors, compiled = SQLITE_SEARCH, SQLITE_FLOORS, _fts5(groups)
    else:
        sql, floors, compiled = POSTGRES_SEARCH, POSTGRES_FLOORS, _websearch(groups)
    fragments, scoped = _scope_sql(engine, scope or Scope())
    dated, dates = _dates_sql(engine, scope or Scope())
    fragments = {name: f"{fragments[name]} {dated[name]}".strip() for name in fragments}
    scoped = {**scoped, **dates}
    with engine.connect() as connection:
        try:
            floor = {
                source: connection.execute(_statement(floor_sql, fragments, scoped),
                                           {"query": compiled, "cap": RANKED_MATCHES, **scoped}).scalar() or 0
                for source, floor_sql in floors.items()
            }
            result = connection.execute(_statement(sql, fragments, scoped), {
                "query": compiled, "limit": limit, "words": SNIPPET_WORDS,
                "page_floor": floor["pages"], "message_floor": floor["messages"], **scoped,
            })
        except OperationalError as exc:
            raise QueryError(f"bad search {query!r}: {str(exc.orig).strip()}") from None
        hits = [
            SearchHit(source, document, page, bates, message_id, subject, " ".join(snippet.split()), float(rank),
                      document_id, dt.date.fromisoformat(date) if isinstance(date, str) else date)
            for source, document, page, bates, message_id, subject, snippet, rank, document_id, date in result
        ]
    return SearchResult(hits, tuple(source for source, value in floor.items() if value), RANKED_MATCHES)
