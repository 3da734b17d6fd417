"""Two users editing the same record: the second save is refused, never silently lost.

The record class lives on its own metadata here, not in the app's: the mechanism is tested
without waiting for the first real versioned record (appraisals).
"""

from collections.abc import Iterator

import pytest
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kpm_desktop.domain.errors import ConflictError
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.versioning import VersionedMixin


class _LockingTestBase(DeclarativeBase):
    pass


class NoteRecord(VersionedMixin, _LockingTestBase):
    __tablename__ = "locking_test_notes"
    record_label = "Note"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(50))


@pytest.fixture
def notes(database: Database) -> Iterator[Database]:
    _LockingTestBase.metadata.create_all(database.engine)
    with database.unit_of_work() as uow:
        uow.session.add(NoteRecord(id=1, text="草稿"))
        uow.commit()
    yield database
    _LockingTestBase.metadata.drop_all(database.engine)


def _text_and_version(database: Database) -> tuple[str, int]:
    with database.unit_of_work() as uow:
        note = uow.session.get_one(NoteRecord, 1)
        return note.text, note.version


def test_each_save_bumps_the_version(notes: Database) -> None:
    assert _text_and_version(notes) == ("草稿", 1)
    for expected_version, text in ((2, "初稿"), (3, "定稿")):
        with notes.unit_of_work() as uow:
            uow.session.get_one(NoteRecord, 1).text = text
            uow.commit()
        assert _text_and_version(notes) == (text, expected_version)


def test_second_save_of_the_same_version_is_refused(notes: Database) -> None:
    with notes.unit_of_work() as first, notes.unit_of_work() as second:
        mine = first.session.get_one(NoteRecord, 1)
        theirs = second.session.get_one(NoteRecord, 1)
        theirs.text = "主管的修改"
        second.commit()
        mine.text = "我的修改"
        with pytest.raises(ConflictError) as raised:
            first.commit()
    assert str(raised.value) == (
        "Note #1 was changed by someone else since you opened it; reload and try again"
    )
    assert _text_and_version(notes) == ("主管的修改", 2)


def test_saving_a_record_someone_deleted_is_refused(notes: Database) -> None:
    with notes.unit_of_work() as first, notes.unit_of_work() as second:
        mine = first.session.get_one(NoteRecord, 1)
        second.session.delete(second.session.get_one(NoteRecord, 1))
        second.commit()
        mine.text = "我的修改"
        with pytest.raises(ConflictError, match="Note #1 was changed by someone else"):
            first.commit()
    with notes.unit_of_work() as uow:
        assert uow.session.get(NoteRecord, 1) is None


def test_a_conflict_met_by_an_autoflush_is_refused_too(notes: Database) -> None:
    with notes.unit_of_work() as other:
        stale_copy_holder = other.session.get_one(NoteRecord, 1)
    with pytest.raises(ConflictError, match="reload and try again"), notes.unit_of_work() as uow:
        mine = uow.session.get_one(NoteRecord, 1)
        with notes.unit_of_work() as second:
            second.session.get_one(NoteRecord, 1).text = "别人的修改"
            second.commit()
        mine.text = "我的修改"
        uow.session.scalars(select(NoteRecord.text)).all()  # autoflush writes `mine` here
    assert stale_copy_holder.version == 1
    assert _text_and_version(notes) == ("别人的修改", 2)
