"""The printed evaluation sheet as pure data, and the SHA-256 that identifies its content.

`EvaluationSheet` is everything one printed sheet states, already computed: the renderer
(`kpm_desktop.reports`) only lays it out, and `content_hash` fingerprints it so that a
printed sheet can be checked against the database later (`kpm verify --pdf`).

Canonical form hashed by `content_hash` (format "kpm-sheet/2"):
- the sheet as a JSON object whose keys are the dataclass field names, nested objects for
  nested dataclasses, arrays for tuples, in declaration order of the elements;
- `Decimal` as a plain decimal string without exponent and without trailing zeros
  (`Decimal("30.00")` and `Decimal("30")` both give `"30"`), so the scale a database
  returns does not change the hash; dates as ISO `YYYY-MM-DD`; enums as their value;
  `None` as `null`; strings as they are (Unicode, not escaped);
- the fields `acknowledged_on`, `acknowledgement` (the employee's agree / disagree and
  comment) and `signatories` are left out: they record signing, which
  happens after the sheet is printed, and must not invalidate the hash of a signed paper;
  so is `chain_anchor`, the audit chain head at print time (a print-time anchor, not
  content: printing the same record twice gives the same hash), and `state`, the workflow
  state the footer prints (it moves on after printing, e.g. finalized to acknowledged);
- an indicator's `scale_rule` is left out: it follows from the template version the sheet
  names (hashed), and sheets printed before it was shown must still verify;
- an indicator's `effective_weight` is left out when it is None (no N/A on that rater's
  sheet, nothing printed beside the weight), so such a sheet hashes as it did before the
  effective weight was printed; when set it is hashed like any printed value;
- serialised with sorted keys, no whitespace (`separators=(",", ":")`), `ensure_ascii=False`,
  wrapped as `{"format": "kpm-sheet/2", "sheet": ...}`, encoded UTF-8, hashed with SHA-256,
  written as 64 lower-case hex digits.
Rendering options (orientation, fonts) are not content and never enter the hash. Texts the
sheet takes from the code (KPI names, formulas and n/a reasons, rater labels) are content
like the rest: rewording one changes the hash of the sheets that print it.

Format "kpm-sheet/1" (sheets printed before the KPI line was in Chinese) is the same except
for an indicator's `kpi`: `null` when the KPI had no value, otherwise only the fields
kpi_name, value, unit, formula (the registry's English formula), numerator, denominator and
target. `content_hash(sheet, LEGACY_HASH_FORMAT)` rebuilds it, so those sheets still verify.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.kpi import KPI_DEFINITIONS

HASH_FORMAT = "kpm-sheet/2"
LEGACY_HASH_FORMAT = "kpm-sheet/1"
HASH_FORMATS = (HASH_FORMAT, LEGACY_HASH_FORMAT)
_NOT_HASHED = frozenset(
    {"acknowledged_on", "acknowledgement", "signatories", "chain_anchor", "state"}
)
_NOT_HASHED_IN_INDICATOR = frozenset({"scale_rule"})


@dataclass(frozen=True)
class DescriptorLevel:
    """One graded descriptor (考评标准) of an indicator, e.g. 优 27-30 points."""

    label: str
    min_points: Decimal
    max_points: Decimal
    text: str


@dataclass(frozen=True)
class KpiFigures:
    """The CRM figures behind a KPI-linked indicator, as the rater saw them.

    `value` is None when the KPI had no value for the period (n/a); `no_value_reason` then
    says why, as printed.
    """

    key: str
    kpi_name: str
    value: Decimal | None
    unit: str
    formula: str
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    target: Decimal | None = None
    no_value_reason: str = ""


@dataclass(frozen=True)
class SheetIndicator:
    """One row group of the table: an indicator with its levels and its score.

    `chosen_level` is the index into `levels` the rater picked (None when not scored or
    scored without levels); `score` is the points given (inside the chosen level's range),
    `earned` the weighted score that adds up to the total.
    """

    name: str
    information_source: str
    rater_role: str
    weight: Decimal
    levels: tuple[DescriptorLevel, ...] = ()
    chosen_level: int | None = None
    score: Decimal | None = None
    earned: Decimal | None = None
    description: str = ""
    not_applicable: bool = False
    not_applicable_reason: str = ""
    kpi: KpiFigures | None = None
    comment: str = ""
    scale_rule: str = ""  # how a numeric-scale rating became points, as printed
    # The weight after N/A re-normalisation, printed beside `weight`; None (nothing printed)
    # when no indicator of the shown rater's sheet is N/A.
    effective_weight: Decimal | None = None

    @property
    def points_given(self) -> Decimal | None:
        """The points printed beside the earned score; None where the points follow from the
        KPI figures (the KPI line prints them), which would otherwise show a raw fraction."""
        if self.kpi is not None and self.chosen_level is None:
            return None
        return self.score

    def __post_init__(self) -> None:
        if self.chosen_level is not None and not 0 <= self.chosen_level < len(self.levels):
            raise ValueError(
                f"indicator '{self.name}': chosen level {self.chosen_level} "
                f"is not one of its {len(self.levels)} levels"
            )


@dataclass(frozen=True)
class SheetCategory:
    """An indicator category (指标类别) and its indicators, in printed order."""

    name: str
    indicators: tuple[SheetIndicator, ...]


@dataclass(frozen=True)
class ResultScale:
    """The range the total is expressed on, e.g. 0-100 or 1-3."""

    low: Decimal = Decimal(0)
    high: Decimal = Decimal(100)


@dataclass(frozen=True)
class RaterResult:
    """One rater's total and the weight it carries in the final score."""

    role: str
    name: str
    weight: Decimal
    total: Decimal | None


class SignatoryRole(StrEnum):
    EMPLOYEE = "employee"
    DIRECT_SUPERIOR = "direct_superior"
    DEPARTMENT_HEAD = "department_head"
    HR = "hr"


@dataclass(frozen=True)
class Signatory:
    """A name printed on a signature line; `signed_on` when the signature is recorded."""

    role: SignatoryRole
    name: str
    signed_on: date | None = None


@dataclass(frozen=True)
class EvaluationSheet:
    """Everything one printed evaluation sheet states, already computed."""

    company: str
    department: str
    staff_name: str
    employee_no: str
    position: str
    period: str
    template_name: str
    template_version: int
    categories: tuple[SheetCategory, ...]
    total: Decimal | None
    grade: str
    appraisal_id: int
    revision: int
    finalized: bool
    result_scale: ResultScale = ResultScale()
    raters: tuple[RaterResult, ...] = ()
    overall_comment: str = ""
    improvement_plan: str = ""
    acknowledged_on: date | None = None
    acknowledgement: str = ""  # the employee's agreement and comment, as printed
    signatories: tuple[Signatory, ...] = ()
    chain_anchor: ChainAnchor | None = None  # printed in the footer, not hashed
    # The workflow state the footer prints (草稿, 已定稿, …); not hashed. None: the footer
    # says only draft or finalized, from `finalized`.
    state: AppraisalState | None = None

    @property
    def indicators(self) -> tuple[SheetIndicator, ...]:
        return tuple(ind for category in self.categories for ind in category.indicators)

    @property
    def earned_sum(self) -> Decimal | None:
        """Sum of the earned scores printed in the table (None when nothing is scored)."""
        earned = [ind.earned for ind in self.indicators if ind.earned is not None]
        return sum(earned, Decimal(0)) if earned else None

    def signatory(self, role: SignatoryRole) -> Signatory | None:
        return next((s for s in self.signatories if s.role is role), None)

    def naming_head(self, anchor: ChainAnchor) -> EvaluationSheet:
        """This sheet when its footer names `anchor` already, else a copy that does."""
        if anchor == self.chain_anchor:
            return self
        return dataclasses.replace(self, chain_anchor=anchor)


def canonical_json(sheet: EvaluationSheet, hash_format: str = HASH_FORMAT) -> str:
    """The canonical JSON text `content_hash` hashes (see the module docstring)."""
    if hash_format not in HASH_FORMATS:
        raise ValueError(f"unknown sheet hash format {hash_format!r}")
    content: dict[str, object] = {
        field.name: _canonical(getattr(sheet, field.name))
        for field in dataclasses.fields(sheet)
        if field.name not in _NOT_HASHED
    }
    if hash_format == LEGACY_HASH_FORMAT:
        content["categories"] = [
            {
                "name": category.name,
                "indicators": [_legacy_indicator(ind) for ind in category.indicators],
            }
            for category in sheet.categories
        ]
    document = {"format": hash_format, "sheet": content}
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(sheet: EvaluationSheet, hash_format: str = HASH_FORMAT) -> str:
    """SHA-256 (64 lower-case hex digits) of the sheet's canonical JSON."""
    return hashlib.sha256(canonical_json(sheet, hash_format).encode("utf-8")).hexdigest()


def _legacy_indicator(indicator: SheetIndicator) -> dict[str, object]:
    """An indicator in format kpm-sheet/1: its KPI line as that version printed it."""
    canonical = _canonical(indicator)
    assert isinstance(canonical, dict)
    kpi = indicator.kpi
    if kpi is None or kpi.value is None:
        canonical["kpi"] = None
        return canonical
    definition = next((d for d in KPI_DEFINITIONS if d.key == kpi.key), None)
    legacy = {
        "kpi_name": kpi.kpi_name,
        "value": kpi.value,
        "unit": kpi.unit,
        "formula": kpi.formula if definition is None else definition.formula,
        "numerator": kpi.numerator,
        "denominator": kpi.denominator,
        "target": kpi.target,
    }
    canonical["kpi"] = {name: _canonical(value) for name, value in legacy.items()}
    return canonical


def _canonical(value: object) -> object:
    if type(value) is str or value is None:  # most values: first (a StrEnum is not `str` here)
        return value
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, tuple):
        return [_canonical(item) for item in value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, SheetIndicator) and value.effective_weight is None:
        return {name: _canonical(getattr(value, name)) for name in _INDICATOR_WITHOUT_EFFECTIVE}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: _canonical(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, str | int | bool):
        return value
    raise TypeError(f"{type(value).__name__} has no canonical form in an evaluation sheet")


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    """The fields of a dataclass the hash holds, in order (`dataclasses.fields` each time
    was a third of hashing a sheet)."""
    skipped = _NOT_HASHED_IN_INDICATOR if issubclass(kind, SheetIndicator) else frozenset()
    return tuple(f.name for f in dataclasses.fields(kind) if f.name not in skipped)


_INDICATOR_WITHOUT_EFFECTIVE = tuple(
    name for name in _field_names(SheetIndicator) if name != "effective_weight"
)


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite number")
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text
