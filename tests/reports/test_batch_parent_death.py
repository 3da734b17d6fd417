"""`kill -9` of a process rendering a batch in a pool leaves no worker and no resource
tracker behind (they end within 5 s), checked on a real process tree through /proc."""

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
RENDER_FOREVER = """
import dataclasses
from kpm_desktop.reports.batch import BatchOptions, render_many
from tests.reports.sample_sheets import supervisor_sheet

base = supervisor_sheet()
sheets = [dataclasses.replace(base, appraisal_id=i) for i in range(5000)]
for index, _ in render_many(sheets, BatchOptions(workers=2)):
    if index == 0:
        print("rendering", flush=True)
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting for a reaper (the process has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree in /proc")
def test_killing_the_parent_ends_every_pool_process() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", RENDER_FOREVER],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        ready, _, _ = select.select([parent.stdout], [], [], 90)
        assert ready and parent.stdout is not None
        assert parent.stdout.readline().strip() == "rendering"
        children = _children(parent.pid)
        assert len(children) >= 3  # two workers and the resource tracker
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5
        while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in children if _alive(pid)] == []
    finally:
        if parent.poll() is None:
            parent.kill()
        if parent.stdout is not None:
            parent.stdout.close()
