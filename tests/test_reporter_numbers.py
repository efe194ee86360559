"""Amounts, counts and rules read as a reporter reads them: each row is one class of error the extractors
made before (issue 13's table), and the property tests hold the invariants behind them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from foia.extract.costs import find_costs
from foia.extract.counts import find_counts
from foia.extract.numbers import read_number
from foia.extract.policies import find_policies


def _one_cost(text: str):  # type: ignore[no-untyped-def]
    findings = list(find_costs(text))
    assert len(findings) == 1, findings
    assert text[findings[0].char_start : findings[0].char_end] == findings[0].quote
    return findings[0]


@pytest.mark.parametrize(("text", "low", "high", "currency"), [
    ("Total due: $500\nM. Reyes, Finance Division", "500", "500", "USD"),
    ("Phone support is $1,200 M-F for the Clearview seats.", "1200", "1200", "USD"),
    ("We spent $5 K-12 schools never see.", "5", "5", "USD"),
    ("The grant paid $40,000 K-9 unit costs.", "40000", "40000", "USD"),
    ("The council approved $1.18-million for the system.", "1180000", "1180000", "USD"),
    ("Roughly $5 mil over the term.", "5000000", "5000000", "USD"),
    ("We paid $10 000 for the licences.", "10000", "10000", "USD"),
    ("We paid $10\u202f000 for the licences.", "10000", "10000", "USD"),
    ("Licence fee €2.000,50 per site.", "2000.50", "2000.50", "EUR"),
    ("Invoice total USD 1.500,00 for the pilot.", "1500.00", "1500.00", "USD"),
    ("Invoice total 1,500 USD for the pilot.", "1500", "1500", "USD"),
    ("The ministry paid C$4,500 for the pilot.", "4500", "4500", "CAD"),
    ("A credit of -$250 was applied.", "-250", "-250", "USD"),
    ("Adjustment ($1,250.00) for the unused seats.", "-1250.00", "-1250.00", "USD"),
    ("The governor's budget gives it more than half a million dollars for facial recognition.", "500000", "500000", "USD"),
    ("The upgrade will cost $1-2 million.", "1000000", "2000000", "USD"),
    ("Quotes ranged from $500K-$1M.", "500000", "1000000", "USD"),
])
def test_amounts(text: str, low: str, high: str, currency: str) -> None:
    finding = _one_cost(text)
    assert (finding.amount_min, finding.amount_max, finding.currency) == (Decimal(low), Decimal(high), currency)


@pytest.mark.parametrize(("text", "period", "unit", "quantity", "billing", "term", "kind"), [
    ("Storage is $3 per month per camera.", "month", "camera", "1", None, None, None),
    ("between $6 and $12 a month per user, billed annually", "month", "user", "1", "annually", None, "license"),
    ("the first year is $10,000 and later years are lower", "year", None, None, None, "first year", None),
    ("Support runs $6,495 due each year.", "year", None, None, None, None, None),
    ("annual maintenance costs of $180,643", "year", None, None, None, None, "maintenance"),
    ("We signed a one-year contract with Clearview AI for $18,000.", "year", None, None, None, "1 year", None),
    ("paying a total of $10,000 for two years of use", None, None, None, None, "2 years", "total"),
    ("The rate is $1 per 1,000 images processed.", None, "image", "1000", None, None, None),
    ("Tokens cost $11 per month, per user.", "month", "user", "1", None, None, "license"),
    ("a one-time setup fee of $2,500", "one-time", None, None, None, None, "setup"),
    ("a $24,000 annual subscription", "year", None, None, None, None, "subscription"),
    ("Clearview wants $11,880 for another year.", "year", None, None, None, "1 year", None),
    ("Their quote is $17,250 for another 12 months.", "year", None, None, None, "12 months", None),
    ("We renew ROC Watch for one more year at $18,600.", "year", None, None, None, "1 year", None),
    ("Payments to Clearview AI were:\n   - FY2024: $13,200", "year", None, None, None, None, None),
    ("Pricing:\n  1 user ..................... $2,499 per year", "year", "user", "1", None, None, None),
    ("Not to exceed: $21,000.00 for the first contract year.", "year", None, None, None, "first year", "cap"),
    ("Kyle, see below. We paid $8,400 last year for 8 seats.", "year", None, None, None, None, None),
    ("Last year we paid $14,876.00 for the same 12 months.", "year", None, None, None, "12 months", None),
    ("The county pays $7,500 a year for Clearview.", "year", None, None, None, None, None),
])
def test_modifiers_in_any_order(text: str, period: str | None, unit: str | None, quantity: str | None,
                                billing: str | None, term: str | None, kind: str | None) -> None:
    finding = _one_cost(text)
    got = (finding.period, finding.unit, finding.unit_quantity, finding.billing, finding.term, finding.kind)
    assert got == (period, unit, Decimal(quantity) if quantity else None, billing, term, kind)


@pytest.mark.parametrize("text", [
    "First-year total                              $7,000.00",
    "Year 1 costs total $92,300 with the server licence and installation.",
    "TOTAL, YEAR 1                                 $47,800.00",
    "Year one costs $38,400 with the implementation fee.",
    "The first-year cost is therefore $63,000.",
])
def test_a_first_years_total_is_no_yearly_price(text: str) -> None:
    """It sums what that year costs, one-time charges included: the agency summary must not annualise it."""
    finding = _one_cost(text)
    assert (finding.period, finding.term) == (None, "first year")


def test_a_per_unit_price_is_never_a_flat_monthly_figure() -> None:
    from foia.extract.costs import monthly_usd

    finding = _one_cost("Storage is $3 per month per camera.")
    assert monthly_usd(finding.amount_max, finding.currency, finding.period, finding.unit) is None
    flat = _one_cost("Hosting is $300 per month.")
    assert monthly_usd(flat.amount_max, flat.currency, flat.period, flat.unit) == Decimal("300.000000")


@pytest.mark.parametrize(("text", "low", "high", "qualifier", "kind"), [
    ("The contract shall not exceed $100,000.", None, "100000", "at most", "cap"),
    ("a maximum amount of $1,218,516.00", None, "1218516.00", "at most", "cap"),
    ("up to $5,000 for training", None, "5000", "at most", None),
    ("nearly $2 million for the system", None, "2000000", "at most", None),
    ("about $40,000 for the pilot", "40000", "40000", "approximately", None),
    ("more than $3 million in contracts", "3000000", "3000000", "at least", None),
])
def test_bounds_and_qualifiers(text: str, low: str | None, high: str, qualifier: str, kind: str | None) -> None:
    finding = _one_cost(text)
    assert (finding.amount_min, finding.amount_max) == (Decimal(low) if low else None, Decimal(high))
    assert (finding.qualifier, finding.kind) == (qualifier, kind)


@pytest.mark.parametrize("text", [
    "a class-action settlement of $51.75 million in damages",
    "The insurance limit is $1,000,000 per occurrence.",
    "Parking at the training site is $20 a day.",
    "The records request fee is $25.",
    "a city share of $0",
    "The interview room camera upgrade ($4,600) is on a separate requisition for the face search unit.",
    "Genetec VMS maintenance is $8,240 but that's a separate PO, don't mix them with Clearview.",
    # what answering the records request cost, in a reply about face recognition records
    "Copies of 37 pages of the Clearview invoices at $0.15 a page come to $5.55.",
    "The Department could charge $63.75 for the face recognition records but has waived the fee.",
])
def test_money_about_something_else_is_no_cost(text: str) -> None:
    assert list(find_costs(text)) == []


@pytest.mark.parametrize(("text", "count", "count_max", "qualifier", "measure", "per", "category"), [
    ("They loaded 3 hundred thousand photos into the gallery.", 300000, None, "exact", "images", None, "usage"),
    ("There are two hundred users of the face recognition system.", 200, None, "exact", "users", None, "usage"),
    ("The city installed 20 4K cameras for face matching.", 20, None, "exact", "cameras", None, "equipment"),
    ("Analysts run 10 to 20 searches per day.", 10, 20, "range", "searches", "day", "usage"),
    ("a database of 40+ billion images", 40_000_000_000, None, "at least", "images", None, "usage"),
    ("The system led to 496 arrests last year.", 496, None, "exact", "arrests", "year", "outcome"),
    ("It returned 2,510 possible matches.", 2510, None, "exact", "matches", None, "outcome"),
    ("Each search returns 2 to 50 candidate photos.", 2, 50, "range", "images", None, "outcome"),
    ("Fifteen software licenses are included.", 15, None, "exact", "users", None, "usage"),
    ("against 36 million driver's license and identification photo images", 36_000_000, None, "exact", "images", None, "usage"),
    ("Seven investigators hold Clearview accounts.", 7, None, "exact", "users", None, "usage"),
    ("During the trial four detectives ran searches on the face recognition system.", 4, None, "exact", "users", None,
     "usage"),
    ("The Chief shall designate no more than three (3) members as facial recognition liaisons.", 3, None, "at most",
     "users", None, "usage"),
    ("Searches are run only by the six DCI facial examiners.", 6, None, "exact", "users", None, "usage"),
])
def test_counts(text: str, count: int, count_max: int | None, qualifier: str, measure: str, per: str | None,
                category: str) -> None:
    (finding,) = list(find_counts(text))
    assert text[finding.char_start : finding.char_end] == finding.quote
    got = (finding.count, finding.count_max, finding.qualifier, finding.measure, finding.per, finding.category)
    assert got == (count, count_max, qualifier, measure, per, category)


@pytest.mark.parametrize("text", [
    "Black people were 100 times more likely to be misidentified.",
    "The meeting is at 7 p.m. in Room 303.",
    "There are about 8 million adults in the state.",
    "The error rate was 3.8% in 2019.",
    "Every match is reviewed by two trained analysts before it is shared.",
    "Any possible match must be reviewed by one of the two trained facial examiners before release.",
    "Two trained examiners must review every candidate before a lead is released.",
    # people, not people with access to the system: staff, committees, travellers to a course
    "The Division has eleven sworn members and two civilian crime analysts for face recognition work.",
    "Six analysts will attend the facial comparison training in May.",
    "The evaluation committee (five members) scored the face recognition proposals.",
    "Airfare and lodging for two detectives attending the facial examiner course: $3,860.",
])
def test_numbers_that_are_not_counts(text: str) -> None:
    assert list(find_counts(text)) == []


@pytest.mark.parametrize(("text", "kind"), [
    ("There is no policy that prohibits the use of Clearview AI.", None),
    ("There are no state laws forbidding police from using facial recognition.", None),
    ("Officers are not prohibited from using face recognition on booking photos.", "permission"),
    ("Officers shall not use facial recognition on live video.", "prohibition"),
    ("A face recognition match alone does not establish probable cause.", "disclaimer"),
    ("Any misuse of the facial recognition software will be investigated and reviewed for criminality.", "consequence"),
    ("The facial recognition system would be used only for violent crimes.", None),
    ("If you are not the intended recipient of this face recognition email, any use of it is prohibited.", None),
    ("Contractors are required to provide login credentials for the face recognition portal.", None),
    ("Under what circumstances can facial recognition be used?", None),
    # what is not required, and rules proposed, drafted or recommended: not in effect
    ("Policy 612 does not require audits of face recognition searches.", None),
    ("Nothing in our policies prohibits it, but the Chief does not want Clearview facial recognition.", None),
    ("Nothing in the Longmont Municipal Code prohibits the use of facial recognition by the Department.", None),
    ("The grant requires no local match for the facial recognition project.", None),
    ("A draft revision circulated in March would also require a supervisor's approval before each face search.", None),
    ("Proposed 4.5   Patrol deputies may use Clearview Mobile in the field to identify a person.", None),
    ("By December 31, 2024, the Sheriff should amend Policy 612 to require an audit of face recognition searches.", None),
    ("Staff recommends amending Policy 426 to require a second examiner's review of every face search.", None),
])
def test_rules_read_with_their_negation_and_modality(text: str, kind: str | None) -> None:
    found = [finding.kind for finding in find_policies(text)]
    assert found == ([kind] if kind else [])


# -- invariants --------------------------------------------------------------------------------------

_DIGITS = st.from_regex(r"[1-9][0-9]{0,2}(,[0-9]{3}){0,2}", fullmatch=True)
_APART = st.sampled_from([" ", "\n", "  ", " - ", "\t"])
_LETTER = st.sampled_from(["K", "M", "B", "k", "m"])
_AFTER = st.sampled_from(["-12 schools", "-F support", ". Reyes", "-9 unit", " Street"])


@settings(max_examples=200, deadline=None)
@given(_DIGITS, _APART, _LETTER, _AFTER)
def test_a_scale_letter_must_touch_its_digits(digits: str, apart: str, letter: str, after: str) -> None:
    text = f"It costs ${digits}{apart}{letter}{after}"
    (finding,) = list(find_costs(text))
    assert finding.amount_max == Decimal(digits.replace(",", ""))


@settings(max_examples=200, deadline=None)
@given(_DIGITS, _LETTER)
def test_a_touching_scale_letter_scales(digits: str, letter: str) -> None:
    number = read_number(f"{digits}{letter} in licences", 0)
    scale = {"k": 1000, "m": 1_000_000, "b": 1_000_000_000}[letter.lower()]
    assert number is not None and number.value == Decimal(digits.replace(",", "")) * scale


_SUBJECTS = st.sampled_from(["Officers", "Deputies", "Analysts", "The department", "Investigators"])
_USES = st.sampled_from(["using facial recognition", "running face searches", "using Clearview AI"])


@settings(max_examples=100, deadline=None)
@given(_SUBJECTS, _USES, st.sampled_from(["prohibits", "forbids", "bans", "restricts"]))
def test_a_rule_said_not_to_exist_is_never_a_rule(subject: str, use: str, verb: str) -> None:
    text = f"There is no policy that {verb} {subject.lower()} from {use}."
    assert list(find_policies(text)) == []


@settings(max_examples=100, deadline=None)
@given(_SUBJECTS, _USES)
def test_not_prohibited_is_never_a_prohibition(subject: str, use: str) -> None:
    verb = "is" if subject.startswith("The") else "are"
    kinds = [finding.kind for finding in find_policies(f"{subject} {verb} not prohibited from {use}.")]
    assert "prohibition" not in kinds


def test_header_text_of_a_printed_message_is_no_fact() -> None:
    """Lotus Notes prints the sender's time beside the right-hand labels ("10:15 AM  bcc"): a header
    line is read as header, never as a count or a price."""
    from foia.analysis import analyse
    from foia.extract.entities import Gazetteer
    from foia.ingest import PageText

    thread = (
        "Kim Tran/Analysts/FDLE                To    Jordan Ellis <jellis@microsoft.com>\n"
        "03/06/2018 10:15 AM                   cc    2 analysts\n"
        "                                      bcc\n"
        "                                      Subject    15 licenses for the face recognition pilot\n\n"
        "Jordan, please send the renewal paperwork for our facial recognition seats.\n"
    )
    facts = analyse([PageText(1, thread, "layer")], Gazetteer.load()).facts
    assert [fact for fact in facts if fact.kind in ("usage", "costs")] == []


@pytest.mark.parametrize(("text", "amount", "period"), [
    ("Detectives paid $3,150 for the five seats last year.", "3150", "year"),
    ("Compared with $9,900 for ten seats, the $7,400 we paid this year is less.", "7400", "year"),
    ("Our budget line for the Clearview renewal this fiscal year is $6,000.", "6000", "year"),
    ("Council set aside $18,250 from the seized-asset fund for the first year.", "18250", "year"),
    # Not for what is bought once, nor where the clause speaks of a longer term.
    ("The county paid $9,000 for the workstation this year.", "9000", None),
    ("We paid $27,000 for the seats this year, the total of the three-year term.", "27000", None),
])
def test_the_year_an_amount_is_paid_in(text: str, amount: str, period: str | None) -> None:
    found = [finding for finding in find_costs(text) if finding.amount_min == Decimal(amount)]
    assert [finding.period for finding in found] == [period]
