"""The per-file time limit stops a reading even when the alarm lands where Python cannot raise (a
weakref callback run by the garbage collector, as PDFium's and pdfplumber's objects have), and says
nothing about the alarms it lost."""

from __future__ import annotations

import time
import weakref

import pytest

from foia.orchestration.process import _time_limit, _TimedOut


class _Page:
    """Stands for a reader's object with a finaliser that takes a while (closing a native handle)."""


def test_an_alarm_lost_in_a_weakref_callback_is_followed_by_another(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    with pytest.raises(_TimedOut), _time_limit(0.2):
        page = _Page()
        finaliser = weakref.ref(page, lambda _ref: time.sleep(0.5))  # the alarm at 0.2 s lands in here
        del page
        assert finaliser() is None
        while time.monotonic() - started < 10:  # then the reading goes on, outside any callback
            time.sleep(0.01)
    assert time.monotonic() - started < 5
    assert "_TimedOut" not in capsys.readouterr().err


def test_the_limit_is_lifted_after_the_block() -> None:
    with _time_limit(0.05):
        pass
    time.sleep(0.3)  # no stray alarm arrives afterwards
