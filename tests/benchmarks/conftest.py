"""The benchmarks' figures, collected during the session and written at its end."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.bench_report import Figure, write

DOCS = Path(__file__).resolve().parents[2] / "docs"
_FIGURES = pytest.StashKey[list[Figure]]()


@pytest.fixture
def bench_figures(request: pytest.FixtureRequest) -> list[Figure]:
    """Append a `Figure` here; docs/benchmarks.{json,md} get it when the session ends."""
    return request.config.stash.setdefault(_FIGURES, [])


def pytest_sessionfinish(session: pytest.Session) -> None:
    figures = session.config.stash.get(_FIGURES, [])
    if figures:
        write(figures, DOCS / "benchmarks.json", DOCS / "benchmarks.md")
