"""Query and export speed on a seeded database (see seed_synthetic.py). Run by hand:

    python scripts/bench_queries.py --db sqlite:////tmp/foia-scale.db
    python scripts/bench_queries.py --db postgresql://postgres@127.0.0.1:5432/foia_scale

Prints the median of several runs for the agency summary, a filtered cost query, full-text searches,
and the CSV export of every cost row, with the export's speed against the database's own CSV writer
(`sqlite3 -csv` / psql `\\copy ... csv`) running the same SQL in the same run. Goals (issue 6): summary
and filtered query under 100 ms, search under 200 ms, export at least half the native writer's speed."""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from foia.db import open_database  # noqa: E402
from foia.export import write_kind  # noqa: E402
from foia.query import KINDS, Filters, rows  # noqa: E402
from foia.search import search  # noqa: E402


def median_ms(action: Callable[[], Any], runs: int) -> tuple[float, Any]:
    result, timings = None, []
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), result


def report(label: str, ms: float, goal_ms: float, detail: str = "") -> None:
    verdict = "ok" if ms <= goal_ms else "OVER"
    print(f"{label:<48} {ms:9.1f} ms   goal {goal_ms:>5.0f} ms  {verdict}  {detail}")


def native_csv(url: str, sql: str, target: Path) -> float:
    """Seconds the database's own CSV writer takes for the same SQL."""
    parsed = make_url(url)
    started = time.perf_counter()
    if parsed.get_backend_name() == "sqlite":
        with target.open("w") as out:
            subprocess.run(["sqlite3", "-csv", "-header", parsed.database or "", sql], stdout=out, check=True)
    else:
        psql_url = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        flat = " ".join(sql.split())
        subprocess.run(["psql", psql_url, "-q", "-c", f"\\copy ({flat}) to '{target}' csv header"], check=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--agency", default="SCSO7", help="agency (name or alias) for the filtered queries")
    parser.add_argument("--sqlite-baseline", metavar="URL",
                        help="for a PostgreSQL run: also time `sqlite3 -csv` on the same query over this SQLite "
                             "database seeded the same way (the issue's baseline)")
    args = parser.parse_args()
    engine = open_database(args.db)
    print(f"database: {make_url(args.db).render_as_string(hide_password=True)}  ({engine.dialect.name})")

    ms, summary = median_ms(lambda: list(rows(engine, "agencies")), args.runs)
    report("agency summary (all agencies)", ms, 100, f"{len(summary)} agencies")
    ms, _ = median_ms(lambda: list(rows(engine, "agencies", Filters(agency=args.agency))), args.runs)
    report(f"agency summary (--agency {args.agency})", ms, 100)
    filters = Filters(agency=args.agency, since=dt.date(2017, 1, 1), until=dt.date(2017, 12, 31))
    ms, found = median_ms(lambda: list(rows(engine, "costs", filters, limit=50)), args.runs)
    report("costs --agency --since --until (first 50 rows)", ms, 100, f"{len(found)} rows")
    ms, found = median_ms(lambda: list(rows(engine, "costs", filters)), args.runs)
    report("costs --agency --since --until (all rows)", ms, 100, f"{len(found)} rows")
    for query in ("rekognition", "probable cause", "clearview OR neoface -bias", "babas"):
        ms, found = median_ms(lambda q=query: search(engine, q), args.runs)
        capped = f", ranked the newest {found.ranked:,} {' and '.join(found.capped)}" if found.capped else ""
        report(f"search {query}", ms, 200, f"{len(found.hits)} hits{capped}")

    with tempfile.TemporaryDirectory() as scratch:
        ours, theirs = Path(scratch) / "ours.csv", Path(scratch) / "native.csv"
        started = time.perf_counter()
        with ours.open("w", newline="") as out:
            count = write_kind(engine, "costs", out)
        ours_s = time.perf_counter() - started
        with Session(engine) as session:
            statement = KINDS["costs"].build(session, Filters())
            sql = str(statement.compile(engine, compile_kwargs={"literal_binds": True}))
        native_s = native_csv(args.db, sql, theirs)
        if args.sqlite_baseline:
            baseline = open_database(args.sqlite_baseline)
            with Session(baseline) as session:
                statement = KINDS["costs"].build(session, Filters())
                sqlite_sql = str(statement.compile(baseline, compile_kwargs={"literal_binds": True}))
            sqlite_s = native_csv(args.sqlite_baseline, sqlite_sql, Path(scratch) / "sqlite.csv")
            print(f"{'sqlite3 -csv, same query, SQLite seed':<48} {sqlite_s:.1f} s; foia on this database/"
                  f"sqlite3 speed {sqlite_s / ours_s:.2f} (goal >= 0.50)")
        print(
            f"{'CSV export of all costs':<48} {count:,} rows: foia {ours_s:.1f} s ({count / ours_s:,.0f} rows/s), "
            f"native {native_s:.1f} s; foia/native speed {native_s / ours_s:.2f} (goal >= 0.50), "
            f"sizes {Path(ours).stat().st_size / 1e6:.0f} MB / {Path(theirs).stat().st_size / 1e6:.0f} MB"
        )
    engine.dispose()


if __name__ == "__main__":
    main()
