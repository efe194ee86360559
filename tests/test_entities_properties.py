"""Properties of the gazetteer on arbitrary text built from agency-name fragments: every mention's
offsets slice back to its printed text, mentions never overlap, find() is mentions() deduplicated, every
state clue slices back too; and the scan grows linearly (a text four times longer takes about four times
as long, measured against itself in the same run, not against a clock)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foia.extract.entities import Gazetteer

GAZETTEER = Gazetteer.load()
FRAGMENTS = st.sampled_from([
    "Washington", "County", " County ", "Sheriff's", "Sherif's", "Offce", "Office", " Office", "Police", " Police ",
    "P0lice", "Department", "Departrnent", "Dept.", " PD", "State", " State Police", "Highway Patrol", "City of ",
    "Town of ", "Office of the ", " of ", "Department of Motor Vehicles", " of Vermont", "Attorney General", "'s",
    "’s", "WASHINGTON COUNTY SHERIFF'S OFFICE", "Clerk ", "Chief of the ", "Mead", "Anaheim", "Oregon", "Texas",
    "Hillsboro, OR 97124", "(503) 846-2700", "503.846.2700", "pkim@co.washington.or.us", "www.keysso.net",
    "@", ".gov", ".us", "Clearview AI", "WCSO", "ICE", "\n", " ", ", ", "-", "(", ")", "Regional Intelligence Center",
    "Division of Police", "Bureau of Investigation", "Akron police", "Secretary of State",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=6)), max_size=60).map("".join)
CHECKED = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@CHECKED
@given(TEXTS)
def test_mentions_slice_back_and_do_not_overlap(text: str) -> None:
    mentions = GAZETTEER.mentions(text)
    end = 0
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.start >= end
        end = mention.end
        assert mention.entity.name.strip() == mention.entity.name and mention.entity.name
    distinct = []
    for mention in mentions:
        if mention.entity not in distinct:
            distinct.append(mention.entity)
    assert GAZETTEER.find(text) == distinct


@CHECKED
@given(TEXTS)
def test_state_clues_slice_back(text: str) -> None:
    for clue in GAZETTEER.state_clues(text):
        assert text[clue.start:clue.end] == clue.text
        assert len(clue.state) == 2 and clue.state.isupper()


COLUMN_NAMES = st.sampled_from([
    "City of Chattanooga", "Chattanooga Police Department", "Accounts Payable", "Real Time Intelligence Center",
    "Marion County Sheriff's Office", "Bill To:", "Service For:", "Town of Paradise Valley", "Oregon State Police",
    "Salem Police Department", "Purchasing Division", "COUNTY OF ERIE", "ERIE COUNTY SHERIFF'S OFFICE",
])


@CHECKED
@given(st.lists(st.tuples(COLUMN_NAMES, COLUMN_NAMES), min_size=1, max_size=4), st.integers(3, 30))
def test_no_name_runs_across_the_gap_between_two_columns(rows: list[tuple[str, str]], gap: int) -> None:
    """A two-column letterhead or form ("City of Chattanooga      Chattanooga Police Department"): every
    mention lies within one column."""
    width = max(len(left) for left, _ in rows) + gap
    text = "\n".join(left.ljust(width) + right for left, right in rows) + "\n"
    for mention in GAZETTEER.mentions(text):
        line_start = text.rfind("\n", 0, mention.start) + 1
        column = width if mention.start - line_start >= width else 0
        assert mention.end - line_start <= (width - gap if column == 0 else len(text)), mention


HOSTILE = ["Police ", "Washington County Sheriff's Office ", "Department of ", "Abc ", "City of ", "Sherif's Offce P0lice ",
           "503-846-", "a", "9", "Orlando PD ", "Oregon State Police ", "x@y.", "Hillsboro, "]


@pytest.mark.parametrize("fragment", HOSTILE)
def test_scanning_grows_linearly(fragment: str) -> None:
    """Four times the text costs about four times the time (a quadratic scan would cost sixteen); the
    best of three runs each, so a busy machine only adds noise to both."""
    def best(size: int) -> float:
        text = (fragment * (size // len(fragment) + 1))[:size]
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            GAZETTEER.mentions(text)
            GAZETTEER.state_clues(text)
            runs.append(time.perf_counter() - started)
        return min(runs)

    small, large = best(10_000), best(40_000)
    assert large < 10 * max(small, 0.002), f"{fragment!r}: {small:.3f} s for 10 kB, {large:.3f} s for 40 kB"
