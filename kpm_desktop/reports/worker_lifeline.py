"""Pool workers that end with their parent: a `kill -9` of the parent leaves no worker
(and so no multiprocessing resource tracker, which ends when its last writer is gone).

On Linux the kernel sends the worker SIGKILL when its parent dies (prctl
PR_SET_PDEATHSIG); everywhere a daemon thread also checks every half second whether the
parent is still the process that started the worker, and ends the worker if not.
The kernel's signal follows the parent *thread* that started the worker; in
`reports/batch.py` that thread (the caller's) waits for the pool to shut down, so it
outlives the workers in normal operation.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def watch_parent(parent_pid: int) -> None:
    """Pool initializer: tie this worker's life to the process `parent_pid`."""
    if sys.platform.startswith("linux"):
        _die_with_parent_linux()
    if os.getppid() != parent_pid:  # the parent died before the tie was made
        os._exit(1)
    threading.Thread(
        target=_poll_parent, args=(parent_pid,), name="kpm-parent-watch", daemon=True
    ).start()


def _die_with_parent_linux() -> None:
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return
    libc = ctypes.CDLL(libc_name, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)


def _poll_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL_SECONDS)
    os._exit(1)  # no clean-up: the parent that wanted the results is gone
