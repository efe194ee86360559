"""Printed dates: every layout read to the minute, OCR slips tolerated, a zone applied only when stated."""

from __future__ import annotations

import datetime as dt

import pytest

from foia.messages.dates import parse_date_only, parse_sent

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "utc", "local"),
    [
        ("Tuesday, March 6, 2018 9:14 AM", None, dt.datetime(2018, 3, 6, 9, 14)),
        ("Tue, Mar 6, 2018 at 9:14 PM", None, dt.datetime(2018, 3, 6, 21, 14)),
        ("9/21/18, 4)18 PM", None, dt.datetime(2018, 9, 21, 16, 18)),
        ("Tue, Mar 6, 2018 at O9:14 AM", None, dt.datetime(2018, 3, 6, 9, 14)),
        ("03/06/2018 09:14:22 AM PST", dt.datetime(2018, 3, 6, 17, 14, 22, tzinfo=UTC), dt.datetime(2018, 3, 6, 9, 14, 22)),
        ("Tue, 6 Mar 2018 09:14:00 -0800", dt.datetime(2018, 3, 6, 17, 14, tzinfo=UTC), dt.datetime(2018, 3, 6, 9, 14)),
        ("Monday, March 5, 2018 4:02 PM (GMT-08:00)", dt.datetime(2018, 3, 6, 0, 2, tzinfo=UTC), dt.datetime(2018, 3, 5, 16, 2)),
        ("March 6, 2018 at 9.14 a.m. EDT", dt.datetime(2018, 3, 6, 13, 14, tzinfo=UTC), dt.datetime(2018, 3, 6, 9, 14)),
        ("2018-03-06 12:00", None, dt.datetime(2018, 3, 6, 12, 0)),
        ("12/6/2018 12:05 AM", None, dt.datetime(2018, 12, 6, 0, 5)),
        # The date rows of issue 13: a stated zone is applied, a two-digit year is never in the future.
        ("2018-03-06T09:14:00Z", dt.datetime(2018, 3, 6, 9, 14, tzinfo=UTC), dt.datetime(2018, 3, 6, 9, 14)),
        ("3/5/99 2:14 PM", None, dt.datetime(1999, 3, 5, 14, 14)),
        ("3/5/18 2:14 PM", None, dt.datetime(2018, 3, 5, 14, 14)),
        ("March 5, 2018 2:14 PM Pacific Standard Time", dt.datetime(2018, 3, 5, 22, 14, tzinfo=UTC),
         dt.datetime(2018, 3, 5, 14, 14)),
        ("Tuesday, April 14, 2020 at 9:28:53 AM Eastern Daylight Time", dt.datetime(2020, 4, 14, 13, 28, 53, tzinfo=UTC),
         dt.datetime(2020, 4, 14, 9, 28, 53)),
        ("Mon, 5 Mar 2018 14:14:00 CST", dt.datetime(2018, 3, 5, 20, 14, tzinfo=UTC), dt.datetime(2018, 3, 5, 14, 14)),
        ("03/05/2018 02:14 PM MDT", dt.datetime(2018, 3, 5, 20, 14, tzinfo=UTC), dt.datetime(2018, 3, 5, 14, 14)),
        ("2018-03-06T09:14:00.250+05:30", dt.datetime(2018, 3, 6, 3, 44, tzinfo=UTC), dt.datetime(2018, 3, 6, 9, 14)),
        # A zone named without standard or daylight: the offset the law gave that date.
        ("July 4, 2018 9:14 AM Eastern Time", dt.datetime(2018, 7, 4, 13, 14, tzinfo=UTC), dt.datetime(2018, 7, 4, 9, 14)),
        ("Jan 4, 2018 9:14 AM PT", dt.datetime(2018, 1, 4, 17, 14, tzinfo=UTC), dt.datetime(2018, 1, 4, 9, 14)),
        ("Mar 6, 2O18 9:14 AM", None, dt.datetime(2018, 3, 6, 9, 14)),  # OCR reads 0 as O in the year too
    ],
)
def test_dates_to_the_minute(text: str, utc: dt.datetime | None, local: dt.datetime) -> None:
    assert parse_sent(text) == (utc, local)


@pytest.mark.parametrize("text", ["Thursday, December 21, 2017", "February 30, 2018 9:00 AM", "13:75 PM", "soon", ""])
def test_no_time_or_impossible_dates_stay_unknown(text: str) -> None:
    assert parse_sent(text) == (None, None)


def test_date_only_labels() -> None:
    assert parse_date_only("Thursday, December 21, 2017") == dt.date(2017, 12, 21)
