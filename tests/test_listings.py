"""Listings and exports as a reporter meets them, through the real CLI on both databases: agency ORI and
state on every fact, copies of a record counted once, outcomes kept apart from usage, amounts in words,
--sort, dates for documents, attachments and search, suggestions for misspelled names, and the
per-agency figures with what was and was not added."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from foia.query import KINDS
from tests.cli import csv_rows, run
from tests.pdfs import write_text_pdf

PRICING = """From: Sam Okafor <sokafor@amazon.com>
Sent: Tuesday, May 7, 2019 10:15 AM
To: Lt. Carla Mendes <cmendes@madisoncountyal.gov>
Subject: Rekognition pricing for the Madison County Sheriff's Office

Lieutenant Mendes,
For the Madison County Sheriff's Office, image analysis with Amazon Rekognition is $1 per 1,000 images.
Face storage is between $6 and $12 a month. Setup is a one-time fee of $400.
The agreement may not exceed $50,000.
Your office searched approximately 305,000 booking photos last year, and the matches led to 496 arrests.
Sam Okafor, Amazon Web Services"""

LETTER = """Madison County Sheriff's Office
Procurement note

The annual Rekognition license renewal is $18,000 per year, billed annually."""


def _email_with_attachment(letter_pdf: Path) -> bytes:
    message = EmailMessage()
    message["From"] = "Sam Okafor <sokafor@amazon.com>"
    message["To"] = "Lt. Carla Mendes <cmendes@madisoncountyal.gov>"
    message["Subject"] = "Renewal letter"
    message["Date"] = format_datetime(dt.datetime(2019, 2, 14, 16, 30, tzinfo=dt.UTC))
    message["Message-ID"] = "<renewal-1@amazon.com>"
    message.set_content("Lieutenant Mendes,\nThe renewal letter is attached.\nSam")
    message.add_attachment(letter_pdf.read_bytes(), maintype="application", subtype="pdf", filename="renewal-letter.pdf")
    return bytes(message)


@pytest.fixture
def release(db_url: str, tmp_path: Path) -> str:
    folder = tmp_path / "release"
    write_text_pdf(folder / "madison-pricing.pdf", [PRICING], footer="MCSO {page:06d}")
    letter = write_text_pdf(tmp_path / "letter" / "renewal-letter.pdf", [LETTER])
    (folder / "renewal.eml").write_bytes(_email_with_attachment(letter))
    result = run(db_url, "import", str(folder))
    assert result.exit_code == 0, result.stderr
    return db_url


def _costs(db_url: str, *args: str) -> list[dict[str, str]]:
    return csv_rows(run(db_url, "costs", "--format", "csv", *args).stdout)


def _by_quote(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {" ".join(row["quote"].split()): row for row in rows}


def test_fact_exports_carry_ori_state_and_the_values_as_written(release: str) -> None:
    exported = run(release, "export", "costs")
    assert exported.stdout.splitlines()[0] == ",".join(column.name for column in KINDS["costs"].columns)
    costs = _by_quote(csv_rows(exported.stdout))
    per_unit = costs["$1 per 1,000 images"]
    assert (per_unit["agency"], per_unit["agency_ori"], per_unit["agency_state"]) == (
        "Madison County Sheriff's Office (AL)", "AL0470000", "AL")
    assert (per_unit["unit"], per_unit["unit_quantity"], per_unit["monthly_usd_max"]) == ("image", "1000", "")
    cap = costs["may not exceed $50,000"]
    assert (cap["amount_min"], cap["amount_max"], cap["qualifier"], cap["kind"]) == ("", "50000", "at most", "cap")
    renewal = costs["$18,000 per year, billed annually"]
    assert (renewal["period"], renewal["billing"]) == ("year", "annually")
    assert all(row["duplicate_of"] == "" for row in costs.values())
    usage = csv_rows(run(release, "export", "usage", "--category", "all").stdout)
    assert {"count_max", "category", "agency_ori", "agency_state", "duplicate_of"} <= set(usage[0])


def test_the_table_shows_date_bates_and_the_amount_in_words(release: str) -> None:
    table = run(release, "costs").stdout
    for words in ("$1 per 1,000 images", "$6-$12 a month", "$400 one-time", "up to $50,000",
                  "$18,000 a year, billed annually", "MCSO 000001", "2019-05-07", "2019-02-14"):
        assert words in table, words
    result = run(release, "agencies")
    assert result.stderr.strip().endswith("agencies") and "agency" in result.stdout
    one = run(release, "documents", "--status", "failed")
    assert one.stderr.strip() == "0 documents"
    assert run(release, "vendors").stderr.strip() == "1 vendor"


def test_a_copy_of_a_record_is_listed_and_summed_once(release: str, tmp_path: Path) -> None:
    before = _costs(release)
    agencies_before = csv_rows(run(release, "agencies", "--format", "csv").stdout)
    copy = tmp_path / "again" / "madison-pricing (1).pdf"
    copy.parent.mkdir()
    shutil.copyfile(tmp_path / "release" / "madison-pricing.pdf", copy)
    with copy.open("ab") as handle:
        handle.write(b"\n% re-saved by the records office\n")
    assert run(release, "import", str(copy.parent)).exit_code == 0

    assert _costs(release) == before
    with_copies = _costs(release, "--include-copies")
    copies = [row for row in with_copies if row["duplicate_of"]]
    assert len(copies) == len([row for row in before if row["document"] == "madison-pricing.pdf"])
    originals = {row["quote"]: row["id"] for row in before}
    assert all(row["duplicate_of"] == originals[row["quote"]] for row in copies)
    assert "copy of" in run(release, "costs", "--include-copies").stdout
    agencies_after = csv_rows(run(release, "agencies", "--format", "csv").stdout)
    for old, new in zip(agencies_before, agencies_after, strict=True):
        assert (new["costs"], new["monthly_usd_max"], new["contract_usd_max"]) == (
            old["costs"], old["monthly_usd_max"], old["contract_usd_max"])
    vendors = csv_rows(run(release, "vendors", "--format", "csv").stdout)
    assert int(vendors[0]["facts"]) == len(before) + len(csv_rows(run(release, "usage", "--format", "csv",
                                                                         "--category", "all").stdout))


def test_usage_lists_usage_and_keeps_outcomes_apart(release: str) -> None:
    usage = csv_rows(run(release, "usage", "--format", "csv").stdout)
    assert {row["category"] for row in usage} == {"usage"}
    assert any(row["measure"] == "images" and row["count"] == "305000" for row in usage)
    outcomes = csv_rows(run(release, "usage", "--category", "outcome", "--format", "csv").stdout)
    assert [(row["count"], row["measure"]) for row in outcomes] == [("496", "arrests")]
    everything = csv_rows(run(release, "usage", "--category", "all", "--format", "csv").stdout)
    assert len(everything) == len(usage) + len(outcomes)
    agencies = csv_rows(run(release, "agencies", "--format", "csv").stdout)
    assert {row["largest_image_count"] for row in agencies} <= {"305000", ""}


def test_sort_by_any_column_either_way(release: str) -> None:
    descending = _costs(release, "--sort", "-amount_max")
    assert [Decimal(row["amount_max"]) for row in descending] == sorted(
        (Decimal(row["amount_max"]) for row in descending), reverse=True)
    assert descending[0]["amount_max"] == "50000"
    ascending = _costs(release, "--sort=amount_max")
    assert [row["id"] for row in ascending] == [row["id"] for row in reversed(descending)]
    by_id = _costs(release, "--sort", "-id")
    assert [int(row["id"][1:]) for row in by_id] == sorted((int(row["id"][1:]) for row in by_id), reverse=True)
    documents = csv_rows(run(release, "documents", "--sort", "-first_date", "--format", "csv").stdout)
    assert documents[0]["document"] == "madison-pricing.pdf"
    messages = csv_rows(run(release, "messages", "--sort", "-sent_at", "--format", "csv").stdout)
    assert [row["sent_at"][:10] for row in messages] == ["2019-05-07", "2019-02-14"]
    assert run(release, "vendors", "--sort", "-facts").exit_code == 0
    bad = run(release, "costs", "--sort", "price")
    assert bad.exit_code == 2 and bad.stderr.startswith("error: cannot sort costs by 'price'")
    assert "amount_max" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_attachments_are_dated_from_their_email_and_documents_filter_by_date(release: str) -> None:
    letter = _by_quote(_costs(release))["$18,000 per year, billed annually"]
    assert (letter["document"], letter["date"]) == ("renewal-letter.pdf", "2019-02-14")
    documents = {row["document"]: row for row in csv_rows(run(release, "documents", "--format", "csv").stdout)}
    assert documents["renewal-letter.pdf"]["first_date"] == "2019-02-14"
    assert documents["renewal-letter.pdf"]["parent"] == "renewal.eml"
    assert documents["madison-pricing.pdf"]["first_date"] == "2019-05-07"
    spring = csv_rows(run(release, "documents", "--since", "2019-05-01", "--format", "csv").stdout)
    assert [row["document"] for row in spring] == ["madison-pricing.pdf"]
    winter = csv_rows(run(release, "documents", "--until", "2019-02-14", "--format", "csv").stdout)
    assert sorted(row["document"] for row in winter) == ["renewal-letter.pdf", "renewal.eml"]
    assert [row["quote"] for row in _costs(release, "--until", "2019-03-01")] == ["$18,000 per year, billed annually"]


def test_search_filters_by_date_and_shows_it(release: str) -> None:
    every = csv_rows(run(release, "search", "Rekognition", "--format", "csv").stdout)
    assert {hit["document"] for hit in every} == {"madison-pricing.pdf", "renewal-letter.pdf"}
    early = csv_rows(run(release, "search", "Rekognition", "--until", "2019-03-01", "--format", "csv").stdout)
    assert early and {(hit["document"], hit["date"]) for hit in early} == {("renewal-letter.pdf", "2019-02-14")}
    late = csv_rows(run(release, "search", "Rekognition", "--since", "2019-05-07", "--format", "csv").stdout)
    assert {hit["document"] for hit in late} == {"madison-pricing.pdf"}
    assert all(hit["date"] == "2019-05-07" for hit in late)
    assert csv_rows(run(release, "search", "Rekognition", "--since", "2020-01-01", "--format", "csv").stdout) == []


@pytest.mark.parametrize(("option", "typed", "meant"), [
    ("--agency", "Madison County Sheriff", "Madison County Sheriff's Office (AL)"),
    ("--agency", "Madisson County Sheriffs Office", "Madison County Sheriff's Office (AL)"),
    ("--vendor", "amazn", "Amazon Web Services"),
    ("--product", "rekogniton", "Amazon Rekognition"),
])
def test_a_misspelled_name_gets_suggestions(release: str, option: str, typed: str, meant: str) -> None:
    result = run(release, "costs", option, typed)
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1
    assert line.startswith(f"error: no {option[2:]} named") and "did you mean" in line and meant in line


def test_agency_figures_say_what_was_added(release: str) -> None:
    rows = csv_rows(run(release, "agencies", "--format", "csv").stdout)
    costs = _costs(release)
    assert sum(int(row["costs"]) for row in rows) == sum(1 for row in costs if row["agency"])
    with_figures = [row for row in rows if row["contract_usd_max"] or row["annual_usd_max"]]
    assert with_figures
    for row in with_figures:
        assert row["cost_note"]
        if row["annual_usd_max"]:
            assert row["annual_document"] in row["cost_note"]
    notes = " ".join(row["cost_note"] for row in rows)
    assert "per-unit price" in notes and "cap or upper bound" in notes
    annual = [Decimal(row["annual_usd_max"]) for row in rows if row["annual_usd_max"]]
    assert Decimal(18000) in annual  # the renewal letter: $18,000 a year, from its own document


def test_the_data_package_holds_every_usage_category(release: str, tmp_path: Path) -> None:
    assert run(release, "export", "all", "--out", str(tmp_path / "package")).exit_code == 0
    usage = csv_rows((tmp_path / "package" / "usage.csv").read_text())
    assert {row["category"] for row in usage} == {"usage", "outcome"}
    assert "category" in (tmp_path / "package" / "README.md").read_text()
