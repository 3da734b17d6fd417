"""HR's use cases for choosing raters: one sheet at a time (the Assign rater dialog,
`kpm appraisal rater`), a whole cycle from a file, all or nothing (`kpm appraisal raters`),
and the people the picker offers. The checks are in rater_assignment.py."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError, UserText, ValidationError
from kpm_desktop.domain.rater_rows import RaterRow
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_loading import load_row
from kpm_desktop.services.appraisals.appraisal_views import AppraisalSummary, RaterCandidate
from kpm_desktop.services.appraisals.rater_assignment import (
    AUDIT_ACTION,
    appraisal_of,
    assign_rater,
    cycle_appraisals,
    rater_candidates,
)
from kpm_desktop.services.audit_trail.audit import AuditTrail, utc_now
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.version_checks import stale_as_conflict, touch

ENTITY = "appraisal"


class RaterService:
    def __init__(
        self, database: Database, audit: AuditTrail, *, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self._database = database
        self._audit = audit
        self._clock = clock

    def assign_rater(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        employee_no: str,
        expected_version: int | None = None,
    ) -> AppraisalSummary:
        """Put the staff member numbered `employee_no` on the appraisal's `role` sheet."""
        with self._database.unit_of_work() as uow:
            self._assign(uow, actor, appraisal_id, role, employee_no, expected_version)
            uow.commit()
            return summary_of(load_row(uow, appraisal_id))

    def assign_raters(self, actor: Actor, period: str, rows: Sequence[RaterRow]) -> int:
        """The raters of a file for the cycle's appraisals, all or none: every refused row
        is named (line, value, reason) and nothing is assigned. How many were assigned."""
        with self._database.unit_of_work() as uow:
            appraisals = cycle_appraisals(uow, actor, period)
            problems: list[UserText] = []
            for row in rows:
                try:
                    appraisal_id = appraisal_of(appraisals, period, row.employee_no)
                    self._assign(uow, actor, appraisal_id, row.role, row.rater_no, None)
                except KpmUserError as exc:
                    problems.append(
                        UserText("line {line}: {problem}", line=row.line, problem=exc.text)
                    )
            if problems:
                raise ValidationError(
                    "No rater assigned, {count} line(s) refused: {problems}",
                    count=len(problems),
                    problems=problems,
                )
            uow.commit()
        return len(rows)

    def rater_candidates(self, actor: Actor, appraisal_id: int) -> list[RaterCandidate]:
        """Whom HR may put on a rater sheet of the appraisal (the assign-rater picker)."""
        with self._database.unit_of_work() as uow:
            return rater_candidates(uow, actor, appraisal_id)

    def _assign(
        self,
        uow: UnitOfWork,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        employee_no: str,
        expected_version: int | None,
    ) -> None:
        record, before, after = assign_rater(
            uow, actor, appraisal_id, role, employee_no, expected_version
        )
        label = summary_of(load_row(uow, appraisal_id)).label
        with stale_as_conflict(UserText("Appraisal {label}", label=label)):
            touch(record, self._clock())
            uow.session.flush()
        self._audit.record(uow, actor, ENTITY, record.id, AUDIT_ACTION, before, after)
