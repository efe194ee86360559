"""Page furniture and redaction markers on realistic page texts (no database, no PDF)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from foia.cleanup import clean_pages
from foia.ingest.pdf import has_usable_text
from foia.redactions import REDACTED, _markers, markers_in_text


def _thread_pages(count: int) -> list[str]:
    return [
        f"Pinal County Sheriff's Office\nPublic Records Release 2019-0412\n"
        f"From: Dana Ortiz <dortiz@pinal.example.gov>\nSubject: Quote {number}\n"
        f"The renewal for the face search module is $18,500 for year {number}.\n"
        f"Page {number} of {count}\nAZ-{14950 + number:06d}"
        for number in range(1, count + 1)
    ]


def test_repeated_headers_page_numbers_and_bates_are_removed_and_bates_kept() -> None:
    cleaned = clean_pages(_thread_pages(4))
    assert [page.bates for page in cleaned] == ["AZ-014951", "AZ-014952", "AZ-014953", "AZ-014954"]
    assert cleaned[1].text == (
        "From: Dana Ortiz <dortiz@pinal.example.gov>\nSubject: Quote 2\n"
        "The renewal for the face search module is $18,500 for year 2."
    )


def test_a_templated_line_with_changing_amounts_is_content() -> None:
    pages = [f"Monthly statement\nSearches run: {n * 310}\nTotal due: ${n * 1200:,}.00" for n in range(1, 6)]
    cleaned = clean_pages(pages)
    assert [page.text.split("\n")[-1] for page in cleaned] == [f"Total due: ${n * 1200:,}.00" for n in range(1, 6)]
    assert all(page.text.startswith("Searches run:") for page in cleaned)


def test_email_headers_repeating_on_every_page_are_content_not_furniture() -> None:
    pages = [f"From: Morgan Lee <mlee@amazon.com>\nSubject: RE: estimate\nReply number {n} with the figures.\nWCSO {n:06d}"
             for n in range(1, 6)]
    cleaned = clean_pages(pages)
    assert all(page.text.startswith("From: Morgan Lee <mlee@amazon.com>\nSubject: RE: estimate") for page in cleaned)
    assert cleaned[4].bates == "WCSO 000005"


def test_a_number_in_the_body_is_not_a_bates_stamp_and_a_single_page_keeps_its_stamp() -> None:
    body = "Invoice 20180315\nTotal due: $4,200.00\nThank you for your business, remit within thirty days."
    assert clean_pages([body])[0].text == body
    only = clean_pages([body + "\nCITY-PD 0000412"])[0]
    assert only.bates == "CITY-PD 0000412"
    assert only.text == body


def test_a_page_holding_only_a_stamp_has_no_usable_text() -> None:
    assert not has_usable_text("WCSO 000117\n")
    assert not has_usable_text("  \n Page 3 of 17 \n")
    assert has_usable_text("From: Dana Ortiz\nThe license is $24,000 a year.")


def test_exemption_markers_standing_for_withheld_text_are_counted() -> None:
    page = "From: (b)(6)\nTo: (b) (6), (b)(7)(C)\nCell: b6\nThe suspect's name is [REDACTED] and [ REDACTED ].\n(b7c)"
    assert markers_in_text(page) == {"(b)(6)": 3, "(b)(7)(C)": 2, REDACTED: 2}


def test_statute_citations_in_running_text_are_not_redactions() -> None:
    page = (
        "Records were withheld pursuant to 5 U.S.C. 552(b)(1) and (b)(3).\n"
        "The agency cites exemptions (b)(6) and (b)(7)(C) for personnel files.\n"
        "Under section (b)(5) deliberative material is exempt.\n"
        "Please complete Form B6 and return it to the clerk with the remaining schedules."
    )
    assert markers_in_text(page) == {}


def test_a_state_cite_alone_where_text_was_withheld_is_a_redaction() -> None:
    page = ("Officer: \nRCW 42.56.240(1)\nBadge number [RCW 42.56.250(4)]\n"
            "NRS 481.063 governs the release of DMV records in Nevada.")
    assert markers_in_text(page) == {"RCW 42.56.240(1)": 1, "RCW 42.56.250(4)": 1}


# Every kind of marker, on lines of their own or in running text, for the quick check before reading lines.
_MARKERS = ["(b)(6)", "(b) (7)(C)", "b6", "B7C", "(b7c)", "b7(C)", "[REDACTED]", "< Redacted >", "redacted]", "RCW 42.56.240(1)",
            "[NRS 481.063]", "ORS 192.345(3)", "MCL 15.243", "ARS 39.121", "A.R.S. 39.121", "G.S. 132.1", "F.S. 119.07",
            "Fla. Stat. 119.07", "Gov. Code § 6254(f)", "Government Code §6254", "5 ILCS 140/7(1)(c)"]
_AROUND = ["", "Name: ", "withheld under ", "ſ", "İ", " and more text after it", "x"]


@given(st.lists(st.tuples(st.sampled_from(_AROUND), st.sampled_from(_MARKERS), st.sampled_from(_AROUND)), max_size=4))
def test_the_quick_check_for_markers_passes_over_no_page_that_has_one(lines: list[tuple[str, str, str]]) -> None:
    page = "\n".join("".join(line) for line in lines)
    assert markers_in_text(page) == _markers(page)


def test_the_quick_check_passes_over_no_kind_of_marker() -> None:
    for marker in _MARKERS:
        assert markers_in_text(marker) == _markers(marker) != {}


def _footed_pages(footer: str, count: int = 5) -> list[str]:
    return [f"From: Dana Ortiz <dortiz@pinal.example.gov>\nSubject: Quote {n}\nThe renewal is ${n},500 for year {n}.\n"
            + footer.format(n=n, count=count, bates=f"WCSO {116 + n:06d}") for n in range(1, count + 1)]


def test_bates_beside_page_x_of_y_on_one_footer_line_is_kept() -> None:
    cleaned = clean_pages(_footed_pages("Page {n} of {count}    {bates}"))
    assert [page.bates for page in cleaned] == [f"WCSO {116 + n:06d}" for n in range(1, 6)]
    assert cleaned[2].text.endswith("The renewal is $3,500 for year 3.")


def test_bates_before_a_date_and_a_repeated_legend_is_kept() -> None:
    cleaned = clean_pages(_footed_pages("{bates}  Produced to ACLU of Arizona  03/06/2019"))
    assert [page.bates for page in cleaned] == [f"WCSO {116 + n:06d}" for n in range(1, 6)]
    assert "Produced to" not in cleaned[0].text


def test_bates_in_a_header_line_with_a_print_time_is_kept() -> None:
    pages = [f"{n}/6/19, 9:1{n} AM  AZ-{14950 + n:06d}\nFrom: Dana Ortiz\nBody of page {n}, quoting $1,{n}00." for n in range(1,
                                                                                                                              5)]
    assert [page.bates for page in clean_pages(pages)] == [f"AZ-{14950 + n:06d}" for n in range(1, 5)]


def test_a_constant_stamp_like_number_is_not_a_bates_number() -> None:
    """A form number or year that is the same on every page is furniture, never a Bates number."""
    pages = [f"Quote {n}: the module is ${n},000.\nForm SO 2018  Page {n} of 4" for n in range(1, 5)]
    assert [page.bates for page in clean_pages(pages)] == [None] * 4


def test_a_stamp_shaped_code_inside_content_is_not_a_bates_number() -> None:
    pages = [f"Ticket ABC 00{n}12 was opened for the face search outage and escalated to tier two.\n"
             f"From: Dana\nThe fix costs ${n}00." for n in range(1, 5)]
    assert [page.bates for page in clean_pages(pages)] == [None] * 4


def test_a_heading_with_a_number_on_a_single_page_is_not_a_bates_number() -> None:
    (page,) = clean_pages(["PURCHASE ORDER 4471\nClearview AI face search licence: $9,500 per year."])
    assert page.bates is None and page.text.startswith("PURCHASE ORDER 4471")


def test_a_running_header_naming_a_body_is_read_once_where_it_first_heads_a_page() -> None:
    """The letterhead that heads every page says whose document it is: kept on the first page it heads (so
    the document's agency is known), cut where it repeats; a header naming no body is cut everywhere."""
    cleaned = clean_pages(_thread_pages(4))
    assert cleaned[0].text.startswith("Pinal County Sheriff's Office\nFrom: Dana Ortiz")
    assert all("Pinal County" not in page.text and "Public Records Release" not in page.text for page in cleaned[1:])
