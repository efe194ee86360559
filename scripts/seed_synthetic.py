"""Build a synthetic foia database for scale benchmarks: by default 100,000 documents (one page and one
message each) and 1,150,000 facts (1,000,000 costs, 100,000 usage counts, 50,000 policies), spread
over 300 agencies and 40 vendors. Deterministic (fixed random seed). Run by hand:

    python scripts/seed_synthetic.py --db sqlite:////tmp/foia-scale.db
    python scripts/seed_synthetic.py --db postgresql://postgres@127.0.0.1:5432/foia_scale

The schema comes from the migrations as usual; rows go in through the driver's bulk path
(executemany on SQLite, COPY on PostgreSQL), because the ORM would take an hour for this."""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from foia.db import open_database  # noqa: E402

# Each domain term appears in about 3% of pages, like a specific word in a real release, inside
# Zipf-distributed filler whose commonest words appear on nearly every page (the worst case for search).
DOMAIN_TERMS = [
    "rekognition", "pricing", "estimate", "invoice", "contract", "renewal", "booking", "photos", "deputies",
    "investigators", "probable", "cause", "facial", "recognition", "camera", "stream", "pilot", "council",
    "grant", "license", "subscription", "mugshot", "surveillance", "warrant", "accuracy", "bias", "audit",
    "retention", "clearview", "dataworks", "neoface", "idemia", "cognitec",
]
SYLLABLES = ("ba", "co", "de", "fi", "gu", "ha", "ki", "lo", "me", "no", "pa", "ri", "sa", "te", "vu", "we")
FILLER = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in ("", "n", "r", "s", "t", "l", "m", "d")]
FILLER_WEIGHTS = [1 / (rank + 1) for rank in range(len(FILLER))]
PERIODS = ("month", "year", "one-time", None, "month", "month")
MEASURES = ("images", "searches", "users", "cameras", "faces", "matches")
POLICY_KINDS = ("prohibition", "requirement", "permission", "disclaimer", "other")


def words(rng: random.Random, count: int) -> str:
    chosen = rng.choices(FILLER, FILLER_WEIGHTS, k=count)
    for index in range(count):
        if rng.random() < 0.003:
            chosen[index] = rng.choice(DOMAIN_TERMS)
    return " ".join(chosen)


def page_text(rng: random.Random, agency: str, vendor: str) -> str:
    body = words(rng, 300)
    domain = "".join(ch for ch in agency.lower() if ch.isalnum())
    return f"From: analyst@{domain}.example.gov\nSubject: {vendor} {words(rng, 2)}\n{body}"


def chunks(rows: Iterator[Sequence[Any]], size: int = 20_000) -> Iterator[list[Sequence[Any]]]:
    batch: list[Sequence[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert(connection: Any, dialect: str, table: str, columns: Sequence[str], rows: Iterator[Sequence[Any]]) -> int:
    count = 0
    if dialect == "sqlite":
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        cursor = connection.cursor()
        for batch in chunks(rows):
            cursor.executemany(sql, batch)
            count += len(batch)
    else:
        with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
                count += 1
    return count


def seed(url: str, documents: int, costs: int, usage: int, policies: int, agencies: int, vendors: int) -> None:
    engine = open_database(url)
    dialect = engine.dialect.name
    rng = random.Random(20181105)
    raw = engine.raw_connection()
    connection = raw.driver_connection
    started = time.perf_counter()
    agency_names = [f"Synthetic County {n} Sheriff's Office" for n in range(1, agencies + 1)]
    vendor_names = [f"Synthetic Vision {n}" for n in range(1, vendors + 1)]
    insert(connection, dialect, "agencies", ("id", "name"), ((i + 1, n) for i, n in enumerate(agency_names)))
    insert(connection, dialect, "agency_aliases", ("agency_id", "alias"),
           ((i + 1, f"SCSO{i + 1}") for i in range(agencies)))
    insert(connection, dialect, "vendors", ("id", "name"), ((i + 1, n) for i, n in enumerate(vendor_names)))
    insert(connection, dialect, "products", ("id", "vendor_id", "name"),
           ((i + 1, i + 1, f"{n} Match") for i, n in enumerate(vendor_names)))
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    doc_agency = [rng.randrange(agencies) + 1 for _ in range(documents)]
    doc_vendor = [rng.randrange(vendors) + 1 for _ in range(documents)]
    insert(connection, dialect, "documents",
           ("id", "sha256", "file_name", "media_type", "size_bytes", "page_count", "status", "agency_id",
            "imported_at", "extractor_version"),
           ((d + 1, hashlib.sha256(str(d).encode()).hexdigest(), f"release-{d + 1:06d}.pdf", "application/pdf",
             40_000, 1, "imported", doc_agency[d], now, "synthetic") for d in range(documents)))
    insert(connection, dialect, "pages", ("id", "document_id", "number", "text", "text_source", "needs_ocr", "bates"),
           ((d + 1, d + 1, 1, page_text(rng, agency_names[doc_agency[d] - 1], vendor_names[doc_vendor[d] - 1]),
             "layer", False, f"SYN {d + 1:06d}") for d in range(documents)))
    first = dt.datetime(2016, 1, 1)
    insert(connection, dialect, "messages",
           ("id", "document_id", "position", "page_start", "page_end", "sender_name", "sent_at_local",
            "sent_at_text", "subject", "body", "sender_agency_id"),
           ((d + 1, d + 1, 0, 1, 1, "Synthetic Analyst", first + dt.timedelta(minutes=rng.randrange(5_000_000)),
             "synthetic", f"{vendor_names[doc_vendor[d] - 1]} {words(rng, 3)}", words(rng, 120),
             doc_agency[d]) for d in range(documents)))
    provenance = ("page_id", "message_id", "char_start", "char_end", "quote", "extractor", "extractor_version",
                  "confidence", "review_status", "agency_id", "vendor_id", "product_id", "agency_source", "needs_rereview")

    def fact_base(d: int) -> tuple[Any, ...]:
        status = "verified" if rng.random() < 0.1 else "unreviewed"
        return (d + 1, d + 1, 10, 30, "synthetic quote", "synthetic", "0", round(rng.random(), 3), status,
                doc_agency[d], doc_vendor[d], doc_vendor[d], "sentence", False)

    def cost_rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(costs):
            d = rng.randrange(documents)
            low = rng.randrange(1, 50_000)
            high = low + rng.choice((0, 0, 6, 100))
            period = rng.choice(PERIODS)
            monthly = {"month": 1, "year": 1 / 12}.get(period or "")
            yield (*fact_base(d), low, high, "USD", period,
                   round(low * monthly, 6) if monthly else None, round(high * monthly, 6) if monthly else None)

    inserted = insert(connection, dialect, "costs",
                      (*provenance, "amount_min", "amount_max", "currency", "period", "monthly_usd_min", "monthly_usd_max"),
                      cost_rows())
    inserted += insert(connection, dialect, "usage_counts", (*provenance, "count", "qualifier", "measure"),
                       ((*fact_base(d), rng.randrange(1, 2_000_000), "approximately", rng.choice(MEASURES))
                        for d in (rng.randrange(documents) for _ in range(usage))))
    inserted += insert(connection, dialect, "policies", (*provenance, "statement", "kind"),
                       ((*fact_base(d), "Investigators must not rely on a match alone.", rng.choice(POLICY_KINDS))
                        for d in (rng.randrange(documents) for _ in range(policies))))
    connection.commit()
    if dialect == "postgresql":
        with connection.cursor() as cursor:
            for table in ("agencies", "agency_aliases", "vendors", "products", "documents", "pages", "messages",
                          "costs", "usage_counts", "policies"):
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            cursor.execute("ANALYZE")
        connection.commit()
    else:
        connection.execute("ANALYZE")
        connection.commit()
    raw.close()
    engine.dispose()
    print(f"seeded {documents:,} documents and {inserted:,} facts in {time.perf_counter() - started:.1f} s ({url})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="database URL (an empty database)")
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--costs", type=int, default=1_000_000)
    parser.add_argument("--usage", type=int, default=100_000)
    parser.add_argument("--policies", type=int, default=50_000)
    parser.add_argument("--agencies", type=int, default=300)
    parser.add_argument("--vendors", type=int, default=40)
    args = parser.parse_args()
    seed(args.db, args.documents, args.costs, args.usage, args.policies, args.agencies, args.vendors)


if __name__ == "__main__":
    main()
