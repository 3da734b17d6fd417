"""Browsing and editing one CRM table: counts, pages sorted and filtered in SQL, CRUD.

Pages never load the whole table: a page near the end is read in reverse order from the
end, so jumping to the last row of a million costs as little as reading the first
(`storage/crm_table_queries.py` holds the SQL).

Every call names the actor. Reading shows the rows whose owner the actor reaches with the
table's permission (VIEW_STAFF for staff, VIEW_CRM for customers, deals and tickets): an
employee their own, a supervisor their team's and their own, HR and viewers all. Adding,
changing and deleting rows needs EDIT_CRM over the row's owner, before and after the change.

Moments are stored as naive UTC and shown and typed as the office's clock times
(`services/admin/office_zone.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import (
    Actor,
    OrgChart,
    Permission,
    denial,
    is_allowed,
    reaches_anyone,
)
from kpm_desktop.domain.errors import ConflictError, NotFoundError, UserText
from kpm_desktop.domain.office_time import to_office, to_storage
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.crm_tables.crm_table import CrmTable
from kpm_desktop.services.crm_tables.customer_table import CustomerTable
from kpm_desktop.services.crm_tables.deal_table import DealTable
from kpm_desktop.services.crm_tables.record_form import format_value, parse_form
from kpm_desktop.services.crm_tables.staff_table import StaffTable
from kpm_desktop.services.crm_tables.table_spec import (
    ColumnSpec,
    CrmTableBrowsers,
    FieldSpec,
    RowAnchor,
    RowPage,
    SortKey,
    ValueKind,
)
from kpm_desktop.services.crm_tables.ticket_table import TicketTable
from kpm_desktop.storage.crm_table_pages import Anchor
from kpm_desktop.storage.crm_table_queries import RefusedByDatabase, commit_or_refuse
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.sessions import Session


class TableBrowser:
    """The use cases behind one table page of the GUI."""

    def __init__(self, database: Database, table: CrmTable) -> None:
        self._database = database
        self._table = table

    @property
    def noun(self) -> UserText:
        return self._table.noun

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._table.columns

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self._table.fields

    def can_view(self, actor: Actor) -> bool:
        """Whether the table's page belongs in `actor`'s window (no database needed)."""
        return reaches_anyone(actor, self._table.permission)

    def can_edit(self, actor: Actor) -> bool:
        """Whether the add, edit and delete actions belong in `actor`'s window."""
        return is_allowed(actor, Permission.EDIT_CRM, OrgChart())

    @property
    def filters(self) -> tuple[ColumnSpec, ...]:
        """The columns a page offers as filters, each matching the value the column shows."""
        return self._table.filters

    def filter_values(self, actor: Actor, key: str) -> list[str]:
        """The values the filter column `key` shows on the rows `actor` reads, sorted."""
        with self._database.unit_of_work() as uow:
            reach = self._reach(AccessGuard(uow), actor)
            return self._table.queries.distinct_values(uow.session, key, reach)

    def count(
        self, actor: Actor, search: str = "", filters: Mapping[str, str] | None = None
    ) -> int:
        """Rows matching `search` (any shown text column) and every filter (key: value)."""
        with self._database.unit_of_work() as uow:
            reach = self._reach(AccessGuard(uow), actor)
            return self._table.queries.count(uow.session, search, reach, filters)

    def page(
        self,
        actor: Actor,
        offset: int,
        limit: int,
        sort: SortKey | None = None,
        search: str = "",
        total: int | None = None,
        filters: Mapping[str, str] | None = None,
        anchor: RowAnchor | None = None,
    ) -> RowPage:
        """Rows offset .. offset+limit-1 in view order. Give `total` (the count) to let
        pages in the second half be read from the end, and `anchor` (a row next to the
        page) to read on from it by keyset."""
        with self._database.unit_of_work() as uow:
            rows = self._table.queries.page(
                uow.session,
                offset=offset,
                limit=limit,
                sort=None if sort is None else (sort.column, sort.descending),
                search=search,
                reach=self._reach(AccessGuard(uow), actor),
                total=total,
                filters=filters,
                anchor=None if anchor is None else Anchor(anchor.record_id, anchor.position),
            )
            zone = read_office_zone(uow.session)
        return RowPage(offset=offset, rows=self._in_office_time(rows, zone))

    def details(self, actor: Actor, record_id: int) -> list[tuple[ColumnSpec, object]]:
        """Every column of one row, hidden ones included."""
        with self._database.unit_of_work() as uow:
            self._checked(uow, AccessGuard(uow), actor, record_id, self._table.permission)
            row = self._table.queries.row(uow.session, record_id)
            zone = read_office_zone(uow.session)
        shown = self._in_office_time([row], zone)[0]
        return list(zip(self._table.columns, shown[1:], strict=True))

    def form_values(self, actor: Actor, record_id: int) -> dict[str, str]:
        """The edit form's text for a stored record."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            record, _ = self._checked(uow, guard, actor, record_id, self._table.permission)
            values = self._table.form_values(uow.session, record)
            zone = read_office_zone(uow.session)
        return {
            spec.key: format_value(spec.kind, _office_time(values[spec.key], zone))
            for spec in self.fields
        }

    def add(self, actor: Actor, raw: Mapping[str, str]) -> int:
        what = UserText("a new {noun}", noun=self.noun)
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.EDIT_CRM, record=what)  # before judging the form
            parsed = parse_form(self._table.definition, raw)
            values = self._in_storage_time(
                uow.session, self._table.to_record_values(uow.session, parsed, None)
            )
            owner = values.get(self._table.owner_key)
            self._check_reach(guard, actor, Permission.EDIT_CRM, owner, what)
            record = self._table.queries.add(uow.session, values)
            self._commit(uow.session, values)
            return int(record.id)  # type: ignore[attr-defined]

    def update(self, actor: Actor, record_id: int, raw: Mapping[str, str]) -> None:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            record, title = self._checked(uow, guard, actor, record_id, Permission.EDIT_CRM)
            parsed = parse_form(self._table.definition, raw)
            values = self._in_storage_time(
                uow.session, self._table.to_record_values(uow.session, parsed, record_id)
            )
            owner = values.get(self._table.owner_key, getattr(record, self._table.owner_key))
            self._check_reach(guard, actor, Permission.EDIT_CRM, owner, title)
            for key, value in values.items():
                setattr(record, key, value)
            self._commit(uow.session, values)

    def delete(self, actor: Actor, record_id: int) -> None:
        """Delete a record nothing refers to; refuse with what still refers to it."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            record, title = self._checked(uow, guard, actor, record_id, Permission.EDIT_CRM)
            dependents = self._table.dependents(uow.session, record_id)
            if dependents:
                raise ConflictError(
                    "Cannot delete {record}: {dependents} refer to it; delete or reassign "
                    "them first",
                    record=title,
                    dependents=dependents,
                )
            self._table.queries.delete(uow.session, record)
            try:
                commit_or_refuse(uow.session)
            except RefusedByDatabase as exc:
                raise ConflictError(
                    "Cannot delete {record}: other records refer to it", record=title
                ) from exc

    def _in_office_time(
        self, rows: Sequence[tuple[Any, ...]], zone: ZoneInfo
    ) -> list[tuple[Any, ...]]:
        """Rows (id first) with their moments as the office's clock times."""
        moments = [i + 1 for i, c in enumerate(self._table.columns) if c.kind is ValueKind.DATETIME]
        if not moments:
            return list(rows)
        shown = []
        for row in rows:
            values = list(row)
            for index in moments:
                values[index] = _office_time(values[index], zone)
            shown.append(tuple(values))
        return shown

    def _in_storage_time(self, session: Session, values: dict[str, object]) -> dict[str, object]:
        """A checked form's clock times (the office's, as its messages show them) in UTC."""
        zone = read_office_zone(session)
        for spec in self.fields:
            moment = values.get(spec.key)
            if spec.kind is ValueKind.DATETIME and isinstance(moment, datetime):
                values[spec.key] = to_storage(moment, zone)
        return values

    def _reach(self, guard: AccessGuard, actor: Actor) -> Collection[int] | None:
        """The owners of the rows `actor` may read; None when they read all."""
        guard.require(actor, self._table.permission)
        return guard.reachable_staff(actor, self._table.permission)

    def _checked(
        self,
        uow: UnitOfWork,
        guard: AccessGuard,
        actor: Actor,
        record_id: int,
        permission: Permission,
    ) -> tuple[Any, UserText]:
        """The record and how messages name it, once `actor` may `permission` on it."""
        record = self._get(uow.session, record_id)
        name = self._table.queries.title_of(uow.session, record_id)
        title = UserText("{noun} {title}", noun=self.noun, title=name)
        self._check_reach(guard, actor, permission, getattr(record, self._table.owner_key), title)
        return record, title

    def _check_reach(
        self,
        guard: AccessGuard,
        actor: Actor,
        permission: Permission,
        owner: object,
        record: UserText,
    ) -> None:
        """Refuse a row whose owner `actor` does not reach with `permission`; a row without
        an owner only those reach who reach everyone."""
        reach = guard.reachable_staff(actor, permission)
        if reach is not None and owner not in reach:
            raise denial(actor, permission, record)

    def _get(self, session: Session, record_id: int) -> Any:
        record = self._table.queries.get(session, record_id)
        if record is None:
            raise self._not_found(record_id)
        return record

    def _not_found(self, record_id: int) -> NotFoundError:
        return NotFoundError(
            "The {noun} #{record_id} no longer exists; refresh the list",
            noun=self.noun,
            record_id=record_id,
        )

    def _commit(self, session: Session, values: Mapping[str, object]) -> None:
        try:
            commit_or_refuse(session)
        except RefusedByDatabase as exc:
            key = values.get(self._table.business_key)
            raise ConflictError(
                "The {noun} '{key}' could not be saved: {reason}",
                noun=self.noun,
                key=key,
                reason=exc.reason,
            ) from exc


def _office_time(value: object, zone: ZoneInfo) -> object:
    return to_office(value, zone) if isinstance(value, datetime) else value


def build_table_browsers(database: Database) -> CrmTableBrowsers:
    return CrmTableBrowsers(
        staff=TableBrowser(database, StaffTable()),
        customers=TableBrowser(database, CustomerTable()),
        deals=TableBrowser(database, DealTable()),
        tickets=TableBrowser(database, TicketTable()),
    )
