"""Each read of storage/appraisal_chunk_queries.py (a chunk of appraisals at once, through
SQLAlchemy Core into plain rows) gives what the ORM's query of each appraisal gives, field
for field, value and representation (a Decimal's exponent, a moment's zone), in the same
order, for every appraisal of a varied test world, whatever the order and size of the
chunk."""

from dataclasses import fields
from typing import Any

from sqlalchemy import select

from kpm_desktop.storage import appraisal_chunk_queries as chunk
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import AppraisalRecord
from kpm_desktop.storage.stored_rows import (
    StoredAppraisal,
    StoredAppraisalRow,
    StoredRater,
    StoredRating,
    StoredResultLine,
    StoredSnapshot,
)
from tests.appraisal_world import World


def _same(orm: Any, plain: Any, kind: type) -> None:
    for field in fields(kind):
        ours, theirs = getattr(plain, field.name), getattr(orm, field.name)
        assert (ours, repr(ours)) == (theirs, repr(theirs)), field.name


def _all_same(orm: Any, plain: list[Any], kind: type) -> None:
    assert len(orm) == len(plain)
    for theirs, ours in zip(orm, plain, strict=True):
        _same(theirs, ours, kind)


def _row_same(orm: repo.AppraisalRow, plain: StoredAppraisalRow) -> None:
    _same(orm.record, plain.record, StoredAppraisal)
    names = [f.name for f in fields(StoredAppraisalRow) if f.name != "record"]
    assert [getattr(plain, n) for n in names] == [getattr(orm, n) for n in names]


def test_a_chunks_rows_are_each_appraisals_orm_rows(varied: World) -> None:
    with varied.database.unit_of_work() as uow:
        session = uow.session
        ids = list(session.scalars(select(AppraisalRecord.id).order_by(AppraisalRecord.id)))
        assert len(ids) > 10
        for wanted in (ids, ids[::-1][:3], ids[4:5]):
            rows = chunk.appraisal_rows(session, wanted)
            raters, ratings = chunk.assignments(session, wanted), chunk.ratings(session, wanted)
            snapshots = chunk.snapshots(session, wanted)
            lines = chunk.result_lines(session, wanted)
            assert sorted(rows) == sorted(wanted)
            for appraisal_id in wanted:
                orm_row = repo.appraisal_row(session, appraisal_id)
                assert orm_row is not None
                _row_same(orm_row, rows[appraisal_id])
                _all_same(repo.assignments(session, appraisal_id), raters[appraisal_id],
                          StoredRater)  # fmt: skip
                _all_same(repo.ratings(session, appraisal_id), ratings[appraisal_id],
                          StoredRating)  # fmt: skip
                _all_same(repo.snapshots(session, appraisal_id), snapshots[appraisal_id],
                          StoredSnapshot)  # fmt: skip
                _all_same(repo.result_lines(session, appraisal_id), lines[appraisal_id],
                          StoredResultLine)  # fmt: skip
        everyone = (chunk.ratings(session, ids), chunk.snapshots(session, ids))
        assert all(any(found.values()) for found in everyone)
        assert any(chunk.result_lines(session, ids).values())


def test_an_appraisal_not_on_file_has_no_row_and_no_rows(varied: World) -> None:
    with varied.database.unit_of_work() as uow:
        assert chunk.appraisal_rows(uow.session, [99_999]) == {}
        assert chunk.ratings(uow.session, [99_999]) == {99_999: []}
