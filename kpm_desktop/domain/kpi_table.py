"""The result of a KPI computation (scopes x KPIs) and KPI targets."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.kpi import KpiDefinition, KpiValue, ScopeLevel, kpi_definition
from kpm_desktop.domain.period import Period


@dataclass(frozen=True)
class KpiRow:
    """The KPI values of one staff member, one department or the company."""

    level: ScopeLevel
    code: str  # employee no., department code, or "" for the company
    name: str
    department: str
    values: dict[str, KpiValue]
    record_id: int = 0


@dataclass(frozen=True)
class KpiNote:
    """Something a reader of a KPI should know that its values do not show, such as data
    the KPI leaves out; `names` are the data values the note is about."""

    kpi: str
    text: UserText
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class KpiTable:
    period: Period
    definitions: tuple[KpiDefinition, ...]
    rows: tuple[KpiRow, ...]
    notes: tuple[KpiNote, ...] = ()

    def row(self, code: str) -> KpiRow:
        for row in self.rows:
            if row.code == code:
                return row
        raise KeyError(code)


@dataclass(frozen=True)
class KpiTarget:
    """A target of one KPI for one staff member or one department in one period."""

    period: str
    kpi: str
    value: Decimal
    staff_no: str | None = None
    department_code: str | None = None

    @classmethod
    def parse(
        cls,
        period: str,
        kpi: str,
        value: str | Decimal,
        *,
        staff_no: str | None = None,
        department_code: str | None = None,
    ) -> KpiTarget:
        """Check everything that needs no database."""
        parsed_period = Period.parse(period)
        definition = kpi_definition(kpi.strip())
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValidationError("target value '{value}' is not a number", value=value) from None
        if not number.is_finite() or number < 0:
            raise ValidationError("target value '{value}' must be 0 or more", value=value)
        staff = (staff_no or "").strip() or None
        department = (department_code or "").strip() or None
        if (staff is None) == (department is None):
            raise ValidationError("a target needs either a staff no. or a department")
        return cls(str(parsed_period), definition.key, number, staff, department)

    @property
    def owner(self) -> str:
        return self.staff_no or self.department_code or ""
