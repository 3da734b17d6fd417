"""How long tickets wait for a first response and for resolution, counted in buckets.

The bucket edges are part of the domain so that the SQL that counts and the chart that
labels agree on them; a distribution is counted in the database, never ticket by ticket.
"""

from __future__ import annotations

from dataclasses import dataclass

MINUTE = 60
HOUR = 3600

# Upper edges (exclusive) in seconds; a last open bucket holds everything above.
RESPONSE_EDGES: tuple[int, ...] = tuple(m * MINUTE for m in (5, 15, 30, 60, 120, 240, 480))
RESOLUTION_EDGES: tuple[int, ...] = tuple(h * HOUR for h in (1, 4, 8, 24, 48, 72, 168))


@dataclass(frozen=True)
class TimeDistribution:
    """counts[i] tickets took less than edges[i] seconds (and at least edges[i - 1]);
    counts[-1] took edges[-1] seconds or more."""

    edges: tuple[int, ...]
    counts: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.counts) != len(self.edges) + 1:
            raise ValueError("a distribution has one more count than it has edges")

    @property
    def total(self) -> int:
        return sum(self.counts)
