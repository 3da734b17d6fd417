"""Each read of storage/early_sheet_reads.py (sqlite3, before SQLAlchemy) gives what the
ORM's query of the same rows gives, field for field and in the same order, for every
appraisal of a varied test world: the appraisal with its names, its rater sheets,
ratings, KPI figures, stored results, the raters' labels, the rank cohorts, the
signatories, the organisation chart and the audit chain head."""

from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.audit_anchor_queries import current_head
from kpm_desktop.storage.early_reads import EarlyReads
from kpm_desktop.storage.early_sheet_reads import (
    EarlySheetReads,
    StoredAppraisal,
    StoredRater,
    StoredRating,
    StoredResultLine,
    StoredSnapshot,
)
from kpm_desktop.storage.staff_queries import signatories, staff_labels, staff_names
from kpm_desktop.storage.user_repository import load_org_chart
from tests.appraisal_world import World

pytestmark = pytest.mark.sqlite_only  # the early reads are of SQLite files


def _same(orm: Any, early: Any, kind: type) -> None:
    """Every field of `kind` the same, value and representation (a Decimal's exponent)."""
    for field in fields(kind):
        ours, theirs = getattr(early, field.name), getattr(orm, field.name)
        assert (ours, repr(ours)) == (theirs, repr(theirs)), field.name


def _all_same(orm: Any, early: list[Any], kind: type) -> None:
    assert len(orm) == len(early)
    for theirs, ours in zip(orm, early, strict=True):
        _same(theirs, ours, kind)


def test_each_read_gives_the_orms_rows(varied: World) -> None:
    world = varied
    path = world.database.file_path
    assert isinstance(path, Path)
    with EarlyReads.of(path) as plain, world.database.unit_of_work() as uow:
        reads, session = EarlySheetReads(plain), uow.session
        ids = [row[0] for row in plain.rows("SELECT id FROM appraisals ORDER BY id")]
        assert len(ids) > 10
        for appraisal_id in ids:
            row, early = repo.appraisal_row(session, appraisal_id), reads.appraisal(appraisal_id)
            assert row is not None and early is not None
            _same(row.record, early.record, StoredAppraisal)
            assert (row.period, row.employee_no, row.staff_name, row.department_id) == (
                early.period, early.employee_no, early.staff_name, early.department_id
            )  # fmt: skip
            assert (row.department, row.template_name, row.template_version) == (
                early.department, early.template_name, early.template_version
            )  # fmt: skip
            template = repo.template_record(session, row.record.template_id)
            assert template is not None and template.body == early.template_body
            assignments = repo.assignments(session, appraisal_id)
            _all_same(assignments, reads.raters(appraisal_id), StoredRater)
            _all_same(
                repo.ratings(session, appraisal_id), reads.ratings(appraisal_id), StoredRating
            )
            _all_same(
                repo.snapshots(session, appraisal_id), reads.snapshots(appraisal_id), StoredSnapshot
            )
            _all_same(
                repo.result_lines(session, appraisal_id),
                reads.result_lines(appraisal_id),
                StoredResultLine,
            )
            raters = {a.rater_staff_id for a in assignments if a.rater_staff_id is not None}
            assert reads.staff_labels(raters) == staff_labels(session, raters)
            assert reads.staff_names(raters) == staff_names(session, raters)
            assert reads.signatories(row.employee_no) == signatories(session, row.employee_no)
            for role in RaterRole:
                for code in ("R1", "A1", "S1", "S2"):
                    key = (row.record.cycle_id, row.record.template_id, code, role.value)
                    orm_values = [r.value for r in repo.rank_values(session, *key)]
                    assert reads.rank_values(*key) == orm_values
        assert reads.signatories("E99999") is None and signatories(session, "E99999") is None
        assert reads.org_chart() == load_org_chart(session)
        assert reads.chain_head() == current_head(session)
    assert reads.staff_labels(set()) == {}
