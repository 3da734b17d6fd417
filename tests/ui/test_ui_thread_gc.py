"""Python's cyclic garbage holding Qt objects is collected on the UI thread, never on the
pool thread of a background job that happens to allocate."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel

from kpm_desktop.ui.common.ui_thread_gc import UiThreadGarbageCollector, collect_due_generation


@pytest.fixture
def collecting_threads() -> Iterator[list[str]]:
    """The threads Python's collections run on, while the test runs."""
    threads: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    yield threads
    gc.callbacks.remove(record)


def _drop_a_dialog_in_a_reference_cycle(destroyed_on: list[str]) -> None:
    dialog = QDialog()
    QLabel("已关闭", dialog)
    dialog.itself = dialog  # type: ignore[attr-defined]  # as a lambda capturing it would
    dialog.destroyed.connect(
        lambda: destroyed_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )


def _allocate_on_a_pool_thread() -> None:
    """Garbage in reference cycles, as a job's work leaves: enough to cross the thresholds
    of automatic collection many times over."""

    def allocate() -> None:
        for _ in range(20_000):
            cycle: list[object] = []
            cycle.append(cycle)

    worker = threading.Thread(target=allocate, name="pool")
    worker.start()
    worker.join()


def test_the_collector_collects_on_its_thread_only(qtbot, collecting_threads) -> None:
    owner = QObject()
    UiThreadGarbageCollector(owner, interval_ms=10)
    assert not gc.isenabled()
    destroyed_on: list[str] = []
    _drop_a_dialog_in_a_reference_cycle(destroyed_on)
    _allocate_on_a_pool_thread()
    assert "pool" not in collecting_threads
    qtbot.waitUntil(lambda: bool(destroyed_on), timeout=10_000)
    assert destroyed_on == [threading.main_thread().name]
    assert set(collecting_threads) == {threading.main_thread().name}
    owner.deleteLater()


def test_why_automatic_collection_stays_off(collecting_threads) -> None:
    """Automatic collection runs on whichever thread allocates: a pool thread here, where
    it would find the Qt objects of closed windows."""
    gc.collect()
    collecting_threads.clear()
    gc.enable()
    try:
        _allocate_on_a_pool_thread()
    finally:
        gc.disable()
    assert "pool" in collecting_threads


def test_only_a_due_generation_is_collected(collecting_threads) -> None:
    gc.collect()
    collecting_threads.clear()
    assert collect_due_generation() == 0
    assert collecting_threads == []
