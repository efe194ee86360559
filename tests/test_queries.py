"""Queries, search and exports through the real CLI, on records imported the way a user would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from foia.models import Cost, Message, Page
from tests.cli import csv_rows, run
from tests.pdfs import write_text_pdf

WCSO_THREAD = [
    """From: Morgan Lee <mlee@amazon.com>
Sent: Tuesday, March 6, 2018 9:14 AM
To: Sgt. Pat Kim <pkim@co.washington.or.us>
Subject: Rekognition estimate

Sergeant Kim,
For the booking photo collection we estimate between $6 and $12 a month for Rekognition.""",
    """From: Sgt. Pat Kim <pkim@co.washington.or.us>
Sent: Friday, June 1, 2018 2:40 PM
To: Morgan Lee <mlee@amazon.com>
Subject: RE: Rekognition estimate

Thanks. The sheriff approved $24,000/yr for Rekognition storage next year.""",
]
ORLANDO_THREAD = [
    """From: Alex Ruiz <aruiz@amazon.com>
Sent: Monday, January 8, 2018 10:00 AM
To: Officer Jo Park <jpark@orlando.gov>
Subject: Orlando pilot

Officer Park,
The Orlando Police pilot of Rekognition video will cost $7/mo per stream during the test.
Please keep the streams to the eight designated cameras downtown."""
]




@pytest.fixture
def loaded(db_url: str, tmp_path: Path) -> str:
    release = tmp_path / "release"
    write_text_pdf(release / "wcso-rekognition.pdf", WCSO_THREAD, footer="WCSO {page:06d}")
    write_text_pdf(release / "orlando-pilot.pdf", ORLANDO_THREAD)
    result = run(db_url, "import", str(release))
    assert result.exit_code == 0, result.stderr
    return db_url


def test_costs_filter_by_agency_alias_and_dates(loaded: str) -> None:
    everything = csv_rows(run(loaded, "costs", "--format", "csv").stdout)
    assert {row["document"] for row in everything} == {"wcso-rekognition.pdf", "orlando-pilot.pdf"}

    wcso = csv_rows(run(loaded, "costs", "--agency", "WCSO", "--format", "csv").stdout)
    assert {row["quote"] for row in wcso} == {"between $6 and $12 a month", "$24,000/yr"}
    assert all(row["agency"] == "Washington County Sheriff's Office (OR)" for row in wcso)
    assert all(row["id"].startswith("C") and row["id"][1:].isdigit() for row in wcso)

    spring = csv_rows(run(loaded, "costs", "--agency", "wcso", "--until", "2018-03-31", "--format", "csv").stdout)
    assert [row["quote"] for row in spring] == ["between $6 and $12 a month"]
    summer = csv_rows(run(loaded, "costs", "--since", "2018-06-01", "--format", "csv").stdout)
    assert [row["quote"] for row in summer] == ["$24,000/yr"]


def test_unknown_agency_and_bad_date_are_one_line_errors(loaded: str) -> None:
    result = run(loaded, "costs", "--agency", "Washington County Sherif")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no agency named 'Washington County Sherif'")
    assert "did you mean" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    bad_date = run(loaded, "costs", "--since", "March 2018")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr


def test_json_and_ndjson_carry_ids_and_exact_numbers(loaded: str) -> None:
    as_json = json.loads(run(loaded, "costs", "--agency", "WCSO", "--format", "json").stdout)
    monthly = next(row for row in as_json if row["period"] == "month")
    assert (monthly["amount_min"], monthly["amount_max"], monthly["monthly_usd_max"]) == (6, 12, 12)
    assert monthly["id"].startswith("C")
    yearly = next(row for row in as_json if row["period"] == "year")
    assert yearly["monthly_usd_min"] == 2000
    lines = run(loaded, "costs", "--format", "ndjson").stdout.splitlines()
    assert len(lines) == len(csv_rows(run(loaded, "costs", "--format", "csv").stdout))
    assert all(json.loads(line)["document"] for line in lines)


def test_agency_summary(loaded: str) -> None:
    rows = {row["agency"]: row for row in csv_rows(run(loaded, "agencies", "--format", "csv").stdout)}
    wcso = rows["Washington County Sheriff's Office (OR)"]
    assert wcso["vendors"] == "Amazon Web Services"
    assert wcso["products"] == "Amazon Rekognition"
    assert (wcso["monthly_usd_min"], wcso["monthly_usd_max"]) == ("6", "2000")
    assert (wcso["first_record"], wcso["last_record"]) == ("2018-03-06", "2018-06-01")
    assert (wcso["documents"], wcso["messages"]) == ("1", "2")
    orlando = rows["Orlando Police Department"]
    assert (orlando["documents"], orlando["messages"], orlando["first_record"]) == ("1", "1", "2018-01-08")


def test_table_output_counts_rows(loaded: str) -> None:
    result = run(loaded, "costs", "--limit", "1")
    assert result.exit_code == 0
    assert "showing 1" in result.stderr


def test_a_table_sent_to_a_file_or_pager_is_laid_out_wide_enough_to_read(loaded: str) -> None:
    table = run(loaded, "agencies").stdout  # not a terminal here, as in `foia agencies > file`
    header = next(line for line in table.splitlines() if "agency" in line)
    assert "monthly" in header and "most images" in header and "records" in header and "contract value" in header
    assert any("Washington County Sheriff's Office (OR)" in line for line in table.splitlines())


def test_search_phrases_booleans_and_bad_syntax(loaded: str) -> None:
    hits = csv_rows(run(loaded, "search", '"designated cameras"', "--format", "csv").stdout)
    assert hits and all(hit["document"] == "orlando-pilot.pdf" for hit in hits)
    assert all("[designated" in hit["snippet"] and "cameras]" in hit["snippet"] for hit in hits)
    page_hit = next(hit for hit in hits if hit["source"] == "page")
    assert page_hit["page"] == "1"

    either = csv_rows(run(loaded, "search", "sheriff OR downtown", "--format", "csv").stdout)
    assert {hit["document"] for hit in either} == {"wcso-rekognition.pdf", "orlando-pilot.pdf"}
    excluded = csv_rows(run(loaded, "search", "rekognition -orlando", "--format", "csv").stdout)
    assert {hit["document"] for hit in excluded} == {"wcso-rekognition.pdf"}

    for bad in ('"unclosed phrase', "OR rekognition", "NOT rekognition"):
        result = run(loaded, "search", bad)
        assert result.exit_code == 2, bad
        assert result.stderr.startswith("error: bad search"), result.stderr
        assert "Traceback" not in result.output


def test_a_search_matching_too_many_pages_ranks_the_newest_and_says_so(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = [f"Briefing note {n}: the Rekognition pilot continues." for n in range(1, 7)]
    pages[1] = "Briefing note 2: Rekognition, Rekognition and Rekognition pricing, per the sheriff."
    write_text_pdf(tmp_path / "notes.pdf", pages)
    assert run(db_url, "import", str(tmp_path / "notes.pdf")).exit_code == 0

    def page_hits(*args: str) -> tuple[list[str], str]:
        result = run(db_url, "search", *args, "--format", "csv")
        assert result.exit_code == 0, result.output
        return [hit["page"] for hit in csv_rows(result.stdout) if hit["source"] == "page"], result.stderr

    ranked, note = page_hits("rekognition")
    assert ranked[0] == "2" and sorted(ranked) == ["1", "2", "3", "4", "5", "6"] and note == ""

    monkeypatch.setattr("foia.search.RANKED_MATCHES", 3)
    newest, note = page_hits("rekognition")
    assert sorted(newest) == ["4", "5", "6"]
    assert note.startswith("note: more than 3 pages") and "most recently imported" in note
    narrowed, note = page_hits("rekognition pricing")
    assert narrowed == ["2"] and note == ""


def test_search_looks_only_in_one_requests_or_agencys_documents(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_text_pdf(tmp_path / "wcso" / "wcso-rekognition.pdf", WCSO_THREAD)
    write_text_pdf(tmp_path / "orlando" / "orlando-pilot.pdf", ORLANDO_THREAD)
    assert run(db_url, "import", str(tmp_path / "wcso"), "--request", "WCSO-2018-01",
               "--agency", "Washington County Sheriff's Office").exit_code == 0
    assert run(db_url, "import", str(tmp_path / "orlando"), "--request", "ORL-2018-7").exit_code == 0

    def documents(*args: str) -> set[str]:
        result = run(db_url, "search", "rekognition", "--format", "csv", *args)
        assert result.exit_code == 0, result.output
        return {hit["document"] for hit in csv_rows(result.stdout)}

    assert documents() == {"wcso-rekognition.pdf", "orlando-pilot.pdf"}
    assert documents("--request", "WCSO-2018-01") == {"wcso-rekognition.pdf"}
    assert documents("--request", "ORL-2018-7") == {"orlando-pilot.pdf"}
    assert documents("--agency", "WCSO") == {"wcso-rekognition.pdf"}  # an alias
    assert documents("--agency", "WCSO", "--request", "ORL-2018-7") == set()
    # Capped ranking counts matches inside the scope: the newest match overall (Orlando's) is not the floor.
    monkeypatch.setattr("foia.search.RANKED_MATCHES", 1)
    assert documents("--request", "WCSO-2018-01") == {"wcso-rekognition.pdf"}
    unknown = run(db_url, "search", "rekognition", "--agency", "Washington Cnty Sherif")
    assert unknown.exit_code == 2 and "no agency named" in unknown.stderr and "did you mean" in unknown.stderr
    for command in (("search", "rekognition"), ("costs",), ("costs", "--format", "csv"), ("export", "costs"),
                    ("messages",), ("documents",), ("redactions",)):
        mistyped = run(db_url, *command, "--request", "WCSO-2018-1")  # a typo must not look like an empty release
        assert mistyped.exit_code == 2 and mistyped.stdout == "", command  # not even a header row
        assert "no request with reference 'WCSO-2018-1'; did you mean 'WCSO-2018-01'" in mistyped.stderr, command
    costs = csv_rows(run(db_url, "costs", "--request", "ORL-2018-7", "--format", "csv").stdout)
    assert costs and {row["document"] for row in costs} == {"orlando-pilot.pdf"}


def test_export_all_writes_a_data_package(loaded: str, tmp_path: Path) -> None:
    out = tmp_path / "newsroom"
    assert run(loaded, "export", "all", "--out", str(out)).exit_code == 0
    package = json.loads((out / "datapackage.json").read_text())
    assert package["profile"] == "tabular-data-package"
    for resource in package["resources"]:
        header = (out / resource["path"]).read_text().splitlines()[0].split(",")
        assert header == [field["name"] for field in resource["schema"]["fields"]]
        assert all(field["description"] for field in resource["schema"]["fields"])
    required = {
        "costs": "document, page, agency, vendor, product, amount_min, amount_max, currency, period, unit, monthly_usd_min, "
                 "monthly_usd_max, date, quote, status",
        "usage": "document, page, agency, vendor, product, count, qualifier, measure, per, date, quote, status",
        "policies": "document, page, agency, kind, statement, date, status",
        "messages": "document, page_start, page_end, sender, recipients, cc, sent_at, subject",
        "documents": "document, sha256, pages, status, error",
    }
    for kind, columns in required.items():
        header = (out / f"{kind}.csv").read_text().splitlines()[0].split(",")
        assert set(columns.split(", ")) <= set(header), kind
    assert "quote" in (out / "README.md").read_text()


def test_rejected_facts_are_left_out_of_exports_but_not_queries(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session, session.begin():
        session.execute(update(Cost).where(Cost.quote == "$24,000/yr").values(review_status="rejected"))
    exported = csv_rows(run(loaded, "export", "costs").stdout)
    assert "$24,000/yr" not in {row["quote"] for row in exported}
    assert "$24,000/yr" in {row["quote"] for row in csv_rows(run(loaded, "export", "costs", "--include-rejected").stdout)}
    assert "$24,000/yr" in {row["quote"] for row in csv_rows(run(loaded, "costs", "--format", "csv").stdout)}
    assert "$24,000/yr" not in {
        row["quote"] for row in csv_rows(run(loaded, "costs", "--exclude-rejected", "--format", "csv").stdout)
    }
    verified = csv_rows(run(loaded, "costs", "--status", "rejected", "--format", "csv").stdout)
    assert [row["quote"] for row in verified] == ["$24,000/yr"]


def test_agency_summary_follows_every_change(loaded: str, engine, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    def wcso() -> dict[str, str]:
        rows = csv_rows(run(loaded, "agencies", "--agency", "WCSO", "--format", "csv").stdout)
        assert len(rows) == 1
        return rows[0]

    assert wcso()["monthly_usd_max"] == "2000"
    with Session(engine) as session, session.begin():  # a bulk statement, as a reviewer's tool might issue
        session.execute(update(Cost).where(Cost.quote == "$24,000/yr").values(review_status="rejected"))
    assert (wcso()["monthly_usd_max"], wcso()["last_record"]) == ("12", "2018-06-01")
    write_text_pdf(tmp_path / "more" / "wcso-2019.pdf", [WCSO_THREAD[1].replace("June 1, 2018", "May 2, 2019")])
    assert run(loaded, "import", str(tmp_path / "more")).exit_code == 0
    after = wcso()
    assert (after["documents"], after["messages"], after["last_record"]) == ("2", "3", "2019-05-02")
    # The new document says "$24,000/yr" again: a copy of the rejected fact, which is counted neither in
    # the sums nor twice, while its document is one more about the agency.
    assert after["monthly_usd_max"] == "12"
    with Session(engine) as session, session.begin():  # a message alone changes: marked as a copy, then redated
        newest = session.scalars(select(Message).order_by(Message.id.desc()).limit(1)).one()
        session.execute(update(Message).where(Message.id == newest.id).values(duplicate_of_id=newest.id - 1))
    assert (wcso()["messages"], wcso()["last_record"]) == ("2", "2018-06-01")
    with Session(engine) as session, session.begin():
        session.execute(update(Message).where(Message.duplicate_of_id.is_not(None)).values(duplicate_of_id=None))
        session.execute(update(Message).where(Message.sent_at_local >= dt.datetime(2019, 1, 1))
                        .values(sent_at_local=dt.datetime(2020, 2, 3, 9, 0)))
    assert (wcso()["messages"], wcso()["last_record"]) == ("3", "2020-02-03")


def _add_costs(engine, quotes_and_amounts: list[tuple[str, Decimal]]) -> None:  # type: ignore[no-untyped-def]
    with Session(engine) as session, session.begin():
        page_id = session.scalar(select(Page.id).order_by(Page.id).limit(1))
        session.execute(
            insert(Cost),
            [
                dict(page_id=page_id, char_start=0, char_end=1, quote=quote, extractor="test", extractor_version="0",
                     confidence=0.5, review_status="unreviewed", amount_min=amount, amount_max=amount, currency="USD")
                for quote, amount in quotes_and_amounts
            ],
        )


def test_hostile_cells_are_inert_and_negative_numbers_stay_numbers(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    hostile = ['=HYPERLINK("http://example.com","x")', "+1+1", "@SUM(A1)", "-2+3", "\tTAB"]
    _add_costs(engine, [(value, Decimal("-5.25")) for value in hostile])
    rows = csv_rows(run(loaded, "export", "costs").stdout)
    added = [row for row in rows if row["amount_min"] == "-5.25"]
    assert sorted(row["quote"] for row in added) == sorted("'" + value for value in hostile)
    assert all(row["amount_max"] == "-5.25" for row in added)


def test_quotes_with_line_breaks_quote_marks_and_accents_survive_export(loaded: str, engine) -> None:  # type: ignore[no-untyped-def]
    awkward = ['"$6 to $12",\nper month', "Señor Núñez: €9\r\nmonthly", 'a ""quoted"" word', "trailing newline\n"]
    _add_costs(engine, [(value, Decimal("-7.5")) for value in awkward])
    exported = run(loaded, "export", "costs").stdout_bytes.decode()  # .stdout would turn CRLF into LF
    rows = list(csv.DictReader(io.StringIO(exported, newline="")))
    assert sorted(row["quote"] for row in rows if row["amount_min"] == "-7.5") == sorted(awkward)
    # Outside quoted cells every line ends with CRLF (RFC 4180); inside them the text is untouched.
    outside = exported.split('"')[::2]
    assert all("\n" not in part.replace("\r\n", "") for part in outside)
    assert exported.endswith("\r\n")


def test_piping_a_large_export_into_head_prints_no_traceback(db_url: str, tmp_path: Path, engine) -> None:  # type: ignore[no-untyped-def]
    write_text_pdf(tmp_path / "one.pdf", WCSO_THREAD)
    assert run(db_url, "import", str(tmp_path / "one.pdf")).exit_code == 0
    _add_costs(engine, [(f"${n}", Decimal(n)) for n in range(30_000)])  # far more than a pipe buffer holds
    env = {**os.environ, "FOIA_DATABASE_URL": db_url}
    pipeline = subprocess.run(
        f'"{sys.executable}" -m foia export costs | head -n 2', shell=True, env=env, capture_output=True, text=True
    )
    assert pipeline.stdout.startswith("id,document,page")
    assert len(pipeline.stdout.splitlines()) == 2
    assert pipeline.stderr == ""
    whole = tmp_path / "all.csv"
    assert run(db_url, "export", "costs", "--out", str(whole)).exit_code == 0
    exported = csv_rows(whole.read_text())
    assert len(exported) == 30_000 + 2  # every row streamed, none lost between batches
    assert len({row["id"] for row in exported}) == len(exported)
