"""A template being edited: mutable, identity-compared nodes over the immutable domain model.

The editor changes a `TemplateDraft` in place (every change through an undoable command)
and turns it back into a `RubricTemplate` to validate, preview, autosave and save. Nodes
compare by identity so the same indicator can be found again after moves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.methods.levels import LevelsMethod, default_levels
from kpm_desktop.domain.methods.registry import AnyMethod
from kpm_desktop.domain.rubric import (
    Category,
    GradeBand,
    GradeQuota,
    Indicator,
    RaterRole,
    RaterWeight,
    ResultScale,
    RubricTemplate,
    default_grade_bands,
)
from kpm_desktop.domain.rubric_validation import indicator_problems


def default_levels_method() -> LevelsMethod:
    """What a new indicator starts with: out of 100, levels 优/良/中/差 without descriptors."""
    return default_levels()


@dataclass(eq=False)
class DraftIndicator:
    code: str
    name: str
    weight: Decimal
    method: AnyMethod
    description: str = ""
    source: str = ""
    appraiser: RaterRole = RaterRole.SUPERIOR

    @classmethod
    def from_indicator(cls, indicator: Indicator) -> DraftIndicator:
        return cls(
            indicator.code,
            indicator.name,
            indicator.weight,
            indicator.method,
            indicator.description,
            indicator.source,
            indicator.appraiser,
        )

    def to_indicator(self) -> Indicator:
        return Indicator(
            self.code,
            self.name,
            self.weight,
            self.method,
            self.description,
            self.source,
            self.appraiser,
        )

    def copy(self) -> DraftIndicator:
        return DraftIndicator.from_indicator(self.to_indicator())


@dataclass(eq=False)
class DraftCategory:
    name: str
    indicators: list[DraftIndicator] = field(default_factory=list)

    def weight_total(self) -> Decimal:
        return sum((i.weight for i in self.indicators), Decimal(0))


@dataclass(eq=False)
class TemplateDraft:
    name: str
    categories: list[DraftCategory] = field(default_factory=list)
    version: int = 1
    department: str = ""
    description: str = ""
    scale: ResultScale = field(default_factory=ResultScale)
    grade_bands: tuple[GradeBand, ...] = field(default_factory=default_grade_bands)
    quotas: tuple[GradeQuota, ...] = ()
    raters: tuple[RaterWeight, ...] = (RaterWeight(RaterRole.SUPERIOR, Decimal(100)),)

    @classmethod
    def from_template(cls, template: RubricTemplate) -> TemplateDraft:
        return cls(
            name=template.name,
            categories=[
                DraftCategory(c.name, [DraftIndicator.from_indicator(i) for i in c.indicators])
                for c in template.categories
            ],
            version=template.version,
            department=template.department,
            description=template.description,
            scale=template.scale,
            grade_bands=template.grade_bands,
            quotas=template.quotas,
            raters=template.raters,
        )

    def to_template(self) -> RubricTemplate:
        return RubricTemplate(
            name=self.name,
            categories=tuple(
                Category(c.name, tuple(i.to_indicator() for i in c.indicators))
                for c in self.categories
            ),
            version=self.version,
            department=self.department,
            description=self.description,
            scale=self.scale,
            grade_bands=self.grade_bands,
            quotas=self.quotas,
            raters=self.raters,
        )

    def weight_total(self) -> Decimal:
        return sum((c.weight_total() for c in self.categories), Decimal(0))

    def category_row(self, category: DraftCategory) -> int:
        return next(n for n, c in enumerate(self.categories) if c is category)

    def locate(self, indicator: DraftIndicator) -> tuple[int, int]:
        """(category row, indicator row) of an indicator of this draft."""
        for c_row, category in enumerate(self.categories):
            for i_row, candidate in enumerate(category.indicators):
                if candidate is indicator:
                    return c_row, i_row
        raise LookupError(f"indicator {indicator.code} is not in the draft")

    def next_code(self, prefix: str = "A") -> str:
        """The first free code A1, A2, ... (codes are unique within a template)."""
        taken = {i.code for c in self.categories for i in c.indicators}
        n = 1
        while f"{prefix}{n}" in taken:
            n += 1
        return f"{prefix}{n}"


def field_problems(draft: TemplateDraft, indicator: DraftIndicator) -> dict[str, list[UserText]]:
    """An indicator's problems by the field they belong to: code, name, weight or method."""
    by_field: dict[str, list[UserText]] = {"code": [], "name": [], "weight": [], "method": []}
    for message in indicator_problems(indicator.to_indicator()):
        if message.template == "has no code":
            by_field["code"].append(message)
        elif message.template == "has no name":
            by_field["name"].append(message)
        elif message.template.startswith("weight "):
            by_field["weight"].append(message)
        else:
            by_field["method"].append(message)
    uses = sum(1 for c in draft.categories for i in c.indicators if i.code == indicator.code)
    if indicator.code and uses > 1:
        by_field["code"].append(
            UserText("code {code} is used {count} times", code=indicator.code, count=uses)
        )
    return by_field
