"""Reading and writing template versions. Never commits: the unit of work does."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpm_desktop.storage.appraisal_records import AppraisalRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord


class TemplateRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> Sequence[RubricTemplateRecord]:
        statement = select(RubricTemplateRecord).order_by(
            RubricTemplateRecord.name, RubricTemplateRecord.version
        )
        return self.session.scalars(statement).all()

    def appraisal_counts(self) -> dict[int, int]:
        """Template id -> appraisals scored on it. A corrected appraisal counts once: the
        revision it superseded is left out."""
        statement = (
            select(AppraisalRecord.template_id, func.count())
            .where(AppraisalRecord.state != "superseded")
            .group_by(AppraisalRecord.template_id)
        )
        return {template_id: count for template_id, count in self.session.execute(statement)}

    def get(self, template_id: int) -> RubricTemplateRecord | None:
        return self.session.get(RubricTemplateRecord, template_id)

    def versions(self, name: str) -> Sequence[RubricTemplateRecord]:
        statement = (
            select(RubricTemplateRecord)
            .where(RubricTemplateRecord.name == name)
            .order_by(RubricTemplateRecord.version)
        )
        return self.session.scalars(statement).all()

    def next_version(self, name: str) -> int:
        statement = select(func.max(RubricTemplateRecord.version)).where(
            RubricTemplateRecord.name == name
        )
        return (self.session.scalar(statement) or 0) + 1

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(RubricTemplateRecord)) or 0

    def add(self, record: RubricTemplateRecord) -> RubricTemplateRecord:
        self.session.add(record)
        self.session.flush()
        return record

    def mark_in_use(self, record: RubricTemplateRecord) -> None:
        """For the appraisal workflow's own unit of work: this version is now used."""
        record.in_use = True
