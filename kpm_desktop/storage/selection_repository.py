"""Reading and writing selection evaluations. Never commits (the unit of work does)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select

from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.domain.selection import Bidder, MemberSheet, PanelMember
from kpm_desktop.storage.access_records import UserRecord
from kpm_desktop.storage.crm_records import StaffRecord
from kpm_desktop.storage.selection_records import (
    SelectionBidderRecord,
    SelectionFigureRecord,
    SelectionMemberRecord,
    SelectionRatingRecord,
    SelectionRecord,
    SelectionSheetRecord,
)
from kpm_desktop.storage.sessions import Session


@dataclass(frozen=True)
class MemberIdentity:
    """What a bidder's contact is compared with: the user's names and their staff's."""

    user_id: int
    username: str
    display_name: str
    staff_name: str | None
    staff_email: str | None

    @property
    def names(self) -> tuple[str, ...]:
        found = (self.username, self.display_name, self.staff_name, self.staff_email)
        return tuple(n for n in found if n)


def selection_by_name(session: Session, name: str) -> SelectionRecord | None:
    return session.scalar(select(SelectionRecord).where(SelectionRecord.name == name))


def all_selections(session: Session) -> list[SelectionRecord]:
    return list(session.scalars(select(SelectionRecord).order_by(SelectionRecord.id)))


def bidder_records(session: Session, selection_id: int) -> list[SelectionBidderRecord]:
    query = (
        select(SelectionBidderRecord)
        .where(SelectionBidderRecord.selection_id == selection_id)
        .order_by(SelectionBidderRecord.position)
    )
    return list(session.scalars(query))


def bidders(session: Session, selection_id: int) -> list[Bidder]:
    records = bidder_records(session, selection_id)
    figures: dict[int, dict[str, Decimal]] = {r.id: {} for r in records}
    query = select(SelectionFigureRecord).where(SelectionFigureRecord.bidder_id.in_(list(figures)))
    for figure in session.scalars(query):
        figures[figure.bidder_id][figure.indicator_code] = figure.value
    return [
        Bidder(
            r.id,
            r.name,
            r.contact,
            figures[r.id],
            tuple(line for line in r.documents.splitlines() if line),
        )
        for r in records
    ]


def set_figure(session: Session, bidder_id: int, code: str, value: Decimal) -> None:
    found = session.scalar(
        select(SelectionFigureRecord).where(
            SelectionFigureRecord.bidder_id == bidder_id,
            SelectionFigureRecord.indicator_code == code,
        )
    )
    if found is None:
        session.add(SelectionFigureRecord(bidder_id=bidder_id, indicator_code=code, value=value))
    else:
        found.value = value


def members(session: Session, selection_id: int) -> list[PanelMember]:
    query = (
        select(SelectionMemberRecord, UserRecord.username, UserRecord.display_name)
        .join(UserRecord, UserRecord.id == SelectionMemberRecord.user_id)
        .where(SelectionMemberRecord.selection_id == selection_id)
        .order_by(SelectionMemberRecord.id)
    )
    return [
        PanelMember(record.id, record.user_id, username, record.weight, display_name or "")
        for record, username, display_name in session.execute(query)
    ]


def member_record(
    session: Session, selection_id: int, user_id: int
) -> SelectionMemberRecord | None:
    return session.scalar(
        select(SelectionMemberRecord).where(
            SelectionMemberRecord.selection_id == selection_id,
            SelectionMemberRecord.user_id == user_id,
        )
    )


def identities(session: Session, user_ids: Sequence[int]) -> list[MemberIdentity]:
    query = (
        select(
            UserRecord.id,
            UserRecord.username,
            UserRecord.display_name,
            StaffRecord.name,
            StaffRecord.email,
        )
        .outerjoin(StaffRecord, StaffRecord.id == UserRecord.staff_id)
        .where(UserRecord.id.in_(list(user_ids)))
    )
    return [MemberIdentity(*row) for row in session.execute(query)]


def active_user(session: Session, username: str) -> tuple[int, str] | None:
    """(id, role) of the active user of that name."""
    row = session.execute(
        select(UserRecord.id, UserRecord.role).where(
            UserRecord.username == username, UserRecord.active
        )
    ).one_or_none()
    return None if row is None else (row.id, row.role)


def sheets(session: Session, selection_id: int) -> list[MemberSheet]:
    query = (
        select(SelectionSheetRecord)
        .join(SelectionMemberRecord, SelectionMemberRecord.id == SelectionSheetRecord.member_id)
        .where(SelectionMemberRecord.selection_id == selection_id)
        .order_by(SelectionSheetRecord.id)
    )
    records = list(session.scalars(query))
    ratings: dict[int, dict[str, IndicatorRating]] = {r.id: {} for r in records}
    lines = select(SelectionRatingRecord).where(SelectionRatingRecord.sheet_id.in_(list(ratings)))
    for line in session.scalars(lines):
        ratings[line.sheet_id][line.indicator_code] = _rating_of(line)
    return [MemberSheet(r.member_id, r.bidder_id, ratings[r.id], r.comment) for r in records]


def has_sheet(session: Session, member_id: int, bidder_id: int) -> bool:
    query = select(SelectionSheetRecord.id).where(
        SelectionSheetRecord.member_id == member_id, SelectionSheetRecord.bidder_id == bidder_id
    )
    return session.scalar(query) is not None


def rating_records(sheet_id: int, sheet: MemberSheet) -> list[SelectionRatingRecord]:
    return [
        SelectionRatingRecord(
            sheet_id=sheet_id,
            indicator_code=code,
            level=rating.level,
            score=rating.score,
            met=None if rating.met is None else rating.met.value,
            provided=rating.provided,
            not_applicable=rating.not_applicable,
            comment=rating.comment,
        )
        for code, rating in sheet.ratings.items()
    ]


def _rating_of(line: SelectionRatingRecord) -> IndicatorRating:
    return IndicatorRating(
        level=line.level,
        score=line.score,
        met=None if line.met is None else MetLevel(line.met),
        provided=line.provided,
        not_applicable=line.not_applicable,
        comment=line.comment,
    )


def sheet_records(
    session: Session, *, member_id: int | None = None, bidder_id: int | None = None
) -> list[SelectionSheetRecord]:
    """The sheets of one member, or of one bidder."""
    query = select(SelectionSheetRecord).order_by(SelectionSheetRecord.id)
    if member_id is not None:
        query = query.where(SelectionSheetRecord.member_id == member_id)
    if bidder_id is not None:
        query = query.where(SelectionSheetRecord.bidder_id == bidder_id)
    return list(session.scalars(query))


def delete_sheets(session: Session, sheet_ids: Sequence[int]) -> None:
    """The sheets and their ratings (explicitly: SQLite may run without foreign keys)."""
    ids = list(sheet_ids)
    session.execute(delete(SelectionRatingRecord).where(SelectionRatingRecord.sheet_id.in_(ids)))
    session.execute(delete(SelectionSheetRecord).where(SelectionSheetRecord.id.in_(ids)))


def delete_bidder(session: Session, bidder: SelectionBidderRecord) -> None:
    """A bidder without sheets and its figures; the others keep their order, renumbered."""
    session.execute(
        delete(SelectionFigureRecord).where(SelectionFigureRecord.bidder_id == bidder.id)
    )
    session.delete(bidder)
    session.flush()
    for position, record in enumerate(bidder_records(session, bidder.selection_id), start=1):
        record.position = position


def delete_member(session: Session, member: SelectionMemberRecord) -> None:
    session.delete(member)
    session.flush()
