"""What the template service hands out: a version's summary and its content.

Kept apart from `template_service` (which imports storage) so the UI can name these types.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.domain.rubric import RubricTemplate, TemplateStatus


@dataclass(frozen=True)
class TemplateSummary:
    id: int
    name: str
    version: int
    department: str
    status: TemplateStatus
    in_use: bool
    # Appraisals using this version. The appraisal records (built in parallel) fill it;
    # until they exist it is 0 and `in_use` alone says whether the version is frozen.
    used_by_count: int = 0


@dataclass(frozen=True)
class StoredTemplate:
    summary: TemplateSummary
    template: RubricTemplate
