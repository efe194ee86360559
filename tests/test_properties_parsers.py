"""Property-based tests for every parser of text: on arbitrary and adversarial strings none crashes
or hangs, every finding's quote is the exact substring at its offsets, and a megabyte-long line of
digits and dollar signs is read in bounded time (no catastrophic regex backtracking)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foia.analysis import analyse
from foia.extract.costs import find_costs
from foia.extract.counts import find_counts
from foia.extract.entities import Gazetteer
from foia.extract.policies import find_policies
from foia.extract.sentences import sentence_spans
from foia.ingest import IngestError, PageText, ingest_bytes
from foia.messages.dates import parse_date_only, parse_sent
from foia.messages.printed import find_headers, split_printed_thread
from foia.messages.senders import find_address, split_sender

FAST = settings(max_examples=80, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

MONEY = st.sampled_from([
    "$", "$$", "USD ", "1", "12", "1,000", "1,2,3", ".", ".50", "99.999", " million", " billion", "k", "K",
    " per month", " per year", "/mo", " a year", " per search", " per user", " each", "-", " to ", "–",
    "approximately ", "about ", "over ", "up to ", " searches", " images", " officers", " licenses",
    "face recognition", "Clearview AI", " shall not ", " must ", " may ", "policy", ". ", "\n", " ", "(b)(6)",
])
HEADERS = st.sampled_from([
    "From: ", "Sent: ", "To: ", "Cc: ", "Subject: ", "Date: ", "> ", ">> ", "On ", " wrote:", "\n", "\n\n",
    "Dana Reyes ", "<d@x.gov>", "d@x.gov", "Tue, Mar 6, 2018 at 9:14 AM", "03/06/2018 09:14 AM",
    "Monday, May 7, 2018 10:02 AM", "2018-05-07T10:02:00Z", " PST", " -0700", " (UTC-07:00)",
    "-----Original Message-----", "Reyes, Dana", "CN=Dana Reyes/O=PCSO", "@", "<", ">", '"', ",", ";",
    # Lotus Notes columns, a portal's stamp, Gmail's banner and OCR's specks
    "Dana Reyes/IT/X", "   To ", "  cc", " bcc", "Subject ", "03/06/2018 09:14", "\nAM ", "6/15/2021 8:47:33 AM\n",
    "7 messages\n", "‘", " : ", " _ ", "*", "Qn ", ">>> ",
])


def texts(fragments: st.SearchStrategy[str], size: int = 60) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(fragments, st.text(max_size=10)), max_size=size).map("".join)


def assert_quotes_exact(text: str, findings) -> None:  # type: ignore[no-untyped-def]
    for finding in findings:
        assert 0 <= finding.char_start < finding.char_end <= len(text)
        assert text[finding.char_start : finding.char_end] == finding.quote


@FAST
@given(texts(MONEY))
def test_costs_quote_exact_substrings(text: str) -> None:
    findings = list(find_costs(text))
    assert_quotes_exact(text, findings)
    for finding in findings:
        assert finding.amount_min is None or finding.amount_min <= finding.amount_max
        negative = finding.kind == "credit" or any(sign in finding.quote for sign in "-−(")
        assert finding.amount_max >= 0 or negative, finding
        assert 0.0 <= finding.confidence <= 1.0


@FAST
@given(texts(MONEY))
def test_counts_quote_exact_substrings(text: str) -> None:
    findings = list(find_counts(text))
    assert_quotes_exact(text, findings)
    assert all(finding.count >= 0 for finding in findings)


@FAST
@given(texts(MONEY))
def test_policies_quote_exact_substrings(text: str) -> None:
    assert_quotes_exact(text, list(find_policies(text)))


@FAST
@given(texts(MONEY | HEADERS))
def test_sentence_spans_cover_the_text_in_order(text: str) -> None:
    end = 0
    for start, stop in sentence_spans(text):
        assert end <= start <= stop <= len(text)
        end = stop


@FAST
@given(texts(HEADERS, 20))
def test_dates_never_crash_and_utc_is_aware(text: str) -> None:
    utc, local = parse_sent(text)
    assert utc is None or utc.tzinfo is not None
    assert local is None or local.tzinfo is None or utc is not None
    parse_date_only(text)


@FAST
@given(texts(HEADERS))
def test_headers_lie_inside_the_text(text: str) -> None:
    for header in find_headers(text)[1]:
        assert 0 <= header.start <= header.end <= len(text)


@FAST
@given(texts(HEADERS, 12))
def test_senders_never_crash(value: str) -> None:
    _name, address = split_sender(value)
    assert address is None or "@" in address
    found = find_address(value)
    assert found is None or "@" in found


@FAST
@given(texts(HEADERS | MONEY, 80))
def test_thread_splitting_keeps_offsets_in_order(text: str) -> None:
    end = 0
    for position, message in enumerate(split_printed_thread(text)):
        assert message.position == position
        assert end <= message.char_start < message.char_end <= len(text)
        end = message.char_end


_GAZETTEER = Gazetteer.load()


@settings(max_examples=60, deadline=4000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts(HEADERS | MONEY, 40), min_size=1, max_size=3))
def test_analysis_facts_quote_their_page(pages: list[str]) -> None:
    page_texts = [PageText(number=i + 1, text=text, text_source="layer") for i, text in enumerate(pages)]
    analysis = analyse(page_texts, _GAZETTEER)
    for fact in analysis.facts:
        text = pages[fact.page_number - 1]
        assert text[fact.char_start : fact.char_end] == fact.quote


MIME = st.sampled_from([
    b"From: a@x.gov\r\n", b"To: b@y.com\r\n", b"Subject: =?utf-8?b?SGVsbG8=?=\r\n", b"Subject: =?bogus-8?q?x=FF?=\r\n",
    b"Content-Type: text/plain; charset=\"x-unknown-charset\"\r\n", b"Content-Type: text/plain; charset=utf-8\r\n",
    b"Content-Type: multipart/mixed; boundary=\"B\"\r\n", b"--B\r\n", b"--B--\r\n", b"\r\n",
    b"Content-Transfer-Encoding: base64\r\n", b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"Content-Disposition: attachment; filename=\"../../etc/passwd\"\r\n",
    b"Content-Disposition: attachment; filename=\"/abs/path.pdf\"\r\n", b"Content-Type: message/rfc822\r\n",
    b"\xff\xfe\x00bad bytes\x80\x81", b"=E9t=E9 =\r\n", b"SGVsbG8gd29ybGQ=\r\n", b"%PDF-1.4\r\n",
    b"Date: Mon, 7 May 2018 10:02:00 -0700\r\n",
])


@settings(max_examples=100, deadline=4000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(MIME, st.binary(max_size=12)), min_size=1, max_size=40).map(b"".join))
def test_email_bytes_read_or_fail_cleanly(data: bytes) -> None:
    try:
        document = ingest_bytes(b"From: a@x.gov\r\n" + data, "message.eml")
    except IngestError as exc:
        assert str(exc)
        return
    for attachment in document.attachments:
        assert "/" not in attachment.file_name and "\\" not in attachment.file_name
        assert attachment.file_name not in ("", ".", "..")


MEGABYTE = 1_000_000
HOSTILE_LINES = {
    "dollars": "$" * MEGABYTE,
    "digits": "1" * MEGABYTE,
    "dollar-digit": ("$1" * MEGABYTE)[:MEGABYTE],
    "digit-comma": ("1," * MEGABYTE)[:MEGABYTE],
    "digit-dot": ("1." * MEGABYTE)[:MEGABYTE],
    "mixed": ("$12,345.67 $$ 1,2,3 $1 99999 " * MEGABYTE)[:MEGABYTE],
}
PARSERS = {
    "costs": lambda text: list(find_costs(text)),
    "counts": lambda text: list(find_counts(text)),
    "policies": lambda text: list(find_policies(text)),
    "sentences": sentence_spans,
    "dates": parse_sent,
}
# Work that grows linearly takes 4 times as long on 4 times the text; quadratic work 16 times. The ratio is
# checked, not a wall time, so a busy machine does not fail the test (about 0.7 s per megabyte here when
# idle); an absolute ceiling still catches anything pathological.
LINEAR_RATIO = 8
CEILING_SECONDS = 10.0


def _seconds(parser: str, text: str) -> float:
    started = time.perf_counter()
    PARSERS[parser](text)
    return time.perf_counter() - started


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_megabyte_line_of_digits_and_dollars_is_fast(parser: str) -> None:
    for name, line in HOSTILE_LINES.items():
        quarter = _seconds(parser, line[: len(line) // 4])
        whole = _seconds(parser, line)
        assert whole < CEILING_SECONDS, f"{parser} took {whole:.2f} s on a 1 MB line ({name})"
        assert whole < LINEAR_RATIO * quarter + 0.3, (
            f"{parser}: {whole:.2f} s on 1 MB against {quarter:.2f} s on 250 KB ({name}): not linear")
