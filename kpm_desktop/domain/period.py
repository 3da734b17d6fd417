"""Appraisal and reporting periods: month, quarter (the default), half-year, year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kpm_desktop.domain.errors import ValidationError


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


_MONTHS_PER_KIND = {
    PeriodKind.MONTH: 1,
    PeriodKind.QUARTER: 3,
    PeriodKind.HALF: 6,
    PeriodKind.YEAR: 12,
}

_PATTERNS: tuple[tuple[re.Pattern[str], PeriodKind], ...] = (
    (re.compile(r"^(\d{4})[Qq]([1-4])$"), PeriodKind.QUARTER),
    (re.compile(r"^(\d{4})[Hh]([12])$"), PeriodKind.HALF),
    (re.compile(r"^(\d{4})-?(?:M)?(\d{2})$"), PeriodKind.MONTH),
    (re.compile(r"^(\d{4})$"), PeriodKind.YEAR),
)


@dataclass(frozen=True, order=True)
class Period:
    """A calendar period; `index` counts months, quarters or halves from 1 (1 for a year)."""

    year: int
    kind: PeriodKind
    index: int

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse `2026Q3`, `2026H1`, `2026-07` (or `202607`) and `2026`."""
        cleaned = text.strip()
        for pattern, kind in _PATTERNS:
            match = pattern.match(cleaned)
            if match is None:
                continue
            year = int(match.group(1))
            index = int(match.group(2)) if kind is not PeriodKind.YEAR else 1
            if kind is PeriodKind.MONTH and not 1 <= index <= 12:
                break
            return cls(year, kind, index)
        raise ValidationError(
            "'{text}' is not a period: use 2026Q3 (quarter), 2026-07 (month), 2026H1 (half-year) "
            "or 2026 (year)",
            text=text,
        )

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        return cls(day.year, PeriodKind.QUARTER, (day.month - 1) // 3 + 1)

    @property
    def months(self) -> int:
        return _MONTHS_PER_KIND[self.kind]

    @property
    def start(self) -> date:
        return date(self.year, (self.index - 1) * self.months + 1, 1)

    @property
    def end(self) -> date:
        """The last day inside the period."""
        return self.next().start - timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def shifted(self, steps: int) -> Period:
        per_year = 12 // self.months
        zero_based = self.year * per_year + (self.index - 1) + steps
        return Period(zero_based // per_year, self.kind, zero_based % per_year + 1)

    def next(self) -> Period:
        return self.shifted(1)

    def previous(self) -> Period:
        return self.shifted(-1)

    def __str__(self) -> str:
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}Q{self.index}"
        if self.kind is PeriodKind.HALF:
            return f"{self.year}H{self.index}"
        if self.kind is PeriodKind.MONTH:
            return f"{self.year}-{self.index:02d}"
        return f"{self.year}"
