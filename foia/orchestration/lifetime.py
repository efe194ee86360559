"""Worker processes that die with the importer that started them."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>


def exit_with_parent(parent_pid: int) -> None:
    """A worker must not outlive the importer that started it (a `kill -9` of `foia import` left its
    workers idle for minutes). On Linux the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG);
    everywhere, a thread checks once a second that the parent is still ours."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent_pid:  # the parent died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watchdog", daemon=True).start()
