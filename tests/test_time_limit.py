"""The per-file time limit stops a reading even when the alarm lands where Python cannot raise (a
weakref callback run by the garbage collector, as PDFium's and pdfplumber's objects have), and says
nothing about the alarms it lost."""

from __future__ import annotations

import ctypes
import sys
import time
import weakref
from pathlib import Path

import pytest

from foia.extract.entities import Gazetteer
from foia.orchestration import process
from foia.orchestration.files import file_info
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


def test_an_alarm_a_library_wraps_in_its_own_error_still_ends_the_file_as_timed_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ctypes turns an exception raised while it converts an argument into ArgumentError: a reader
    interrupted there must fail the file as timed out, not as a reader bug."""

    def wrapping_reader(*_args: object, **_kwargs: object) -> None:
        while True:
            try:
                time.sleep(0.05)
            except BaseException as exc:  # noqa: BLE001 - what ctypes does with the alarm
                raise ctypes.ArgumentError(f"argument 1: {type(exc).__name__}: ") from None

    monkeypatch.setattr(process, "ingest_file", wrapping_reader)
    path = tmp_path / "slow.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    processed = process.process_file(path, file_info(path), Gazetteer.load(), timeout=0.3)
    assert processed.failure is not None and processed.failure.startswith("gave up after 0.3 s")


def test_pdfium_pages_collected_after_their_document_print_no_traceback_once_a_read_was_cut_short(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """pypdfium2's finalizer asserts that a page's document is open; after a read the time limit cut short,
    its pages may be collected after their document. That says nothing to a user: no traceback. Any other
    error in a finalizer is still reported."""
    reported: list[type[BaseException] | None] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda lost: reported.append(lost.exc_type))
    namespace: dict[str, object] = {}
    exec(compile("def close_page():\n    assert False\n", "/site-packages/pypdfium2/internal/bases.py", "exec"), namespace)
    with pytest.raises(_TimedOut), _time_limit(0.05):
        time.sleep(1)
    page = _Page()
    weakref.finalize(page, namespace["close_page"])
    del page
    weakref.finalize(_Page(), lambda: 1 / 0)
    assert reported == [ZeroDivisionError]
