"""Rubric templates (docs/formats.md): categories of weighted indicators, each with a method.

The model is plain immutable data that may be incomplete while someone edits it;
`rubric_validation` says what is wrong, `scoring` turns ratings into totals and grades.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from kpm_desktop.domain.errors import Term

if TYPE_CHECKING:
    # Only a type here: the method modules import rating.py, which needs RaterRole from here.
    from kpm_desktop.domain.methods.registry import AnyMethod


class TemplateStatus(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class RaterRole(StrEnum):
    """Who scores (考评人)."""

    SELF = "self"
    SUPERIOR = "superior"
    DEPARTMENT_HEAD = "department_head"
    HR = "hr"
    PEER = "peer"
    CUSTOMER = "customer"
    PANEL = "panel"


# What the UI calls each role: English source text, translated in the context below
# (kpm_desktop/ui/common/role_labels.py); the printed sheet uses RATER_ROLE_LABELS.
RATER_ROLES_CONTEXT = "RaterRoles"
RATER_ROLE_NAMES: dict[RaterRole, str] = {
    RaterRole.SELF: "Self",
    RaterRole.SUPERIOR: "Direct superior",
    RaterRole.DEPARTMENT_HEAD: "Department head",
    RaterRole.HR: "HR",
    RaterRole.PEER: "Peer",
    RaterRole.CUSTOMER: "Customer",
    RaterRole.PANEL: "Review panel",
}


def rater_term(role: RaterRole) -> Term:
    """The role as a message names it, translated like the UI's role labels."""
    return Term(RATER_ROLES_CONTEXT, RATER_ROLE_NAMES[role])


RATER_ROLE_LABELS: dict[RaterRole, str] = {
    RaterRole.SELF: "本人",
    RaterRole.SUPERIOR: "直接上级",
    RaterRole.DEPARTMENT_HEAD: "部门负责人",
    RaterRole.HR: "人力资源部",
    RaterRole.PEER: "同事",
    RaterRole.CUSTOMER: "客户",
    RaterRole.PANEL: "评审小组",
}


@dataclass(frozen=True)
class ResultScale:
    """The range totals are reported on: total = lo + earned / 100 x (hi - lo)."""

    lo: Decimal = Decimal(0)
    hi: Decimal = Decimal(100)


@dataclass(frozen=True)
class GradeBand:
    """A grade reached by a total of at least `min_total` (on the result scale)."""

    grade: str
    min_total: Decimal


@dataclass(frozen=True)
class GradeQuota:
    """Forced distribution: at most `max_percent` % of a group may get `grade`."""

    grade: str
    max_percent: Decimal


@dataclass(frozen=True)
class RaterWeight:
    role: RaterRole
    weight: Decimal


@dataclass(frozen=True)
class Indicator:
    """A 考核指标. `source` is 信息来源; `appraiser` is 考评人."""

    code: str
    name: str
    weight: Decimal
    method: AnyMethod
    description: str = ""
    source: str = ""
    appraiser: RaterRole = RaterRole.SUPERIOR


@dataclass(frozen=True)
class Category:
    """A 指标类别 and its indicators, in sheet order."""

    name: str
    indicators: tuple[Indicator, ...]


# Percent points of the result scale where the default grades start (docs/formats.md).
_DEFAULT_GRADE_STARTS: tuple[tuple[str, Decimal], ...] = (
    ("优秀", Decimal(90)),
    ("良好", Decimal(80)),
    ("合格", Decimal(60)),
    ("不合格", Decimal(0)),
)


def default_grade_bands(scale: ResultScale = ResultScale()) -> tuple[GradeBand, ...]:
    """优秀 >= 90 %, 良好 >= 80 %, 合格 >= 60 %, else 不合格, placed on the scale."""
    span = scale.hi - scale.lo
    return tuple(
        GradeBand(grade, scale.lo + start * span / 100) for grade, start in _DEFAULT_GRADE_STARTS
    )


def _default_raters() -> tuple[RaterWeight, ...]:
    return (RaterWeight(RaterRole.SUPERIOR, Decimal(100)),)


@dataclass(frozen=True)
class RubricTemplate:
    """A versioned template. A version used by an appraisal never changes."""

    name: str
    categories: tuple[Category, ...]
    version: int = 1
    department: str = ""
    description: str = ""
    scale: ResultScale = field(default_factory=ResultScale)
    grade_bands: tuple[GradeBand, ...] = field(default_factory=default_grade_bands)
    quotas: tuple[GradeQuota, ...] = ()
    raters: tuple[RaterWeight, ...] = field(default_factory=_default_raters)

    def indicators(self) -> Iterator[Indicator]:
        for category in self.categories:
            yield from category.indicators

    def indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators() if i.code == code), None)

    def weight_total(self) -> Decimal:
        return sum((i.weight for i in self.indicators()), Decimal(0))

    def label(self) -> str:
        """How messages name the template: 'CRM系统主管业绩考核指标表' v2."""
        return f"'{self.name}' v{self.version}"
