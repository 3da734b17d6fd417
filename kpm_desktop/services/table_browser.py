"""Browsing and editing one CRM table: counts, pages sorted and filtered in SQL, CRUD.

Pages never load the whole table: a page near the end is read in reverse order from the
end, so jumping to the last row of a million costs as little as reading the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kpm_desktop.domain.errors import ConflictError, NotFoundError, UserText
from kpm_desktop.services.crm_table import CrmTable
from kpm_desktop.services.customer_table import CustomerTable
from kpm_desktop.services.deal_table import DealTable
from kpm_desktop.services.form_parsing import format_value, parse_form
from kpm_desktop.services.staff_table import StaffTable
from kpm_desktop.services.table_spec import (
    ColumnSpec,
    CrmTableBrowsers,
    FieldSpec,
    RowPage,
    SortKey,
)
from kpm_desktop.services.ticket_table import TicketTable
from kpm_desktop.storage.data_version import bump_data_version
from kpm_desktop.storage.database import Database


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

    def count(self, search: str = "") -> int:
        condition = self._table.search_filter(search)
        query = select(func.count()).select_from(
            self._table.record.__table__ if condition is None else self._table.source()
        )
        if condition is not None:
            query = query.where(condition)
        with self._database.unit_of_work() as uow:
            return uow.session.scalar(query) or 0

    def page(
        self,
        offset: int,
        limit: int,
        sort: SortKey | None = None,
        search: str = "",
        total: int | None = None,
    ) -> RowPage:
        """Rows offset .. offset+limit-1 in view order. Give `total` (the count) to let
        pages in the second half be read from the end."""
        query = self._table.select_rows()
        condition = self._table.search_filter(search)
        if condition is not None:
            query = query.where(condition)
        from_end = total is not None and offset > total // 2
        if total is not None and from_end:
            end = min(offset + limit, total)
            query = self._ordered(query, sort, reverse=True).offset(total - end)
            query = query.limit(max(0, end - offset))
        else:
            query = self._ordered(query, sort, reverse=False).offset(offset).limit(limit)
        with self._database.unit_of_work() as uow:
            rows = [tuple(row) for row in uow.session.execute(query)]
        if from_end:
            rows.reverse()
        return RowPage(offset=offset, rows=rows)

    def _ordered(self, query: Select[Any], sort: SortKey | None, reverse: bool) -> Select[Any]:
        terms: list[ColumnElement[Any]] = []
        if sort is not None:
            expression = self._table.expressions()[sort.column]
            descending = sort.descending != reverse
            terms.append(expression.desc() if descending else expression.asc())
            # The id breaks ties in the sort's direction, so reversing reverses exactly.
            id_descending = descending
        else:
            id_descending = reverse
        id_column = self._table.id_column()
        terms.append(id_column.desc() if id_descending else id_column.asc())
        return query.order_by(*terms)

    def details(self, record_id: int) -> list[tuple[ColumnSpec, object]]:
        """Every column of one row, hidden ones included."""
        query = self._table.select_rows().where(self._table.id_column() == record_id)
        with self._database.unit_of_work() as uow:
            row = uow.session.execute(query).first()
        if row is None:
            raise self._not_found(record_id)
        return list(zip(self._table.columns, tuple(row)[1:], strict=True))

    def form_values(self, record_id: int) -> dict[str, str]:
        """The edit form's text for a stored record."""
        with self._database.unit_of_work() as uow:
            record = self._get(uow.session, record_id)
            values = self._table.form_values(uow.session, record)
        return {spec.key: format_value(spec.kind, values[spec.key]) for spec in self.fields}

    def add(self, raw: Mapping[str, str]) -> int:
        parsed = parse_form(self.fields, raw)
        with self._database.unit_of_work() as uow:
            values = self._table.to_record_values(uow.session, parsed, None)
            record = self._table.record(**values)
            uow.session.add(record)
            self._commit(uow.session, values)
            return int(record.id)  # type: ignore[attr-defined]

    def update(self, record_id: int, raw: Mapping[str, str]) -> None:
        parsed = parse_form(self.fields, raw)
        with self._database.unit_of_work() as uow:
            record = self._get(uow.session, record_id)
            values = self._table.to_record_values(uow.session, parsed, record_id)
            for key, value in values.items():
                setattr(record, key, value)
            self._commit(uow.session, values)

    def delete(self, record_id: int) -> None:
        """Delete a record nothing refers to; refuse with what still refers to it."""
        with self._database.unit_of_work() as uow:
            record = self._get(uow.session, record_id)
            title = self._table.title_of(uow.session, record_id)
            dependents = self._table.dependents(uow.session, record_id)
            if dependents:
                raise ConflictError(
                    "Cannot delete {noun} {title}: {dependents} refer to it; delete or reassign "
                    "them first",
                    noun=self.noun,
                    title=title,
                    dependents=dependents,
                )
            uow.session.delete(record)
            bump_data_version(uow.session)
            try:
                uow.session.commit()
            except IntegrityError as exc:
                raise ConflictError(
                    "Cannot delete {noun} {title}: other records refer to it",
                    noun=self.noun,
                    title=title,
                ) from exc

    def _get(self, session: Session, record_id: int) -> Any:
        record = session.get(self._table.record, record_id)
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
        bump_data_version(session)
        try:
            session.commit()
        except IntegrityError as exc:
            key = values.get(self._table.business_key)
            raise ConflictError(
                "The {noun} '{key}' could not be saved: {reason}",
                noun=self.noun,
                key=key,
                reason=exc.orig,
            ) from exc


def build_table_browsers(database: Database) -> CrmTableBrowsers:
    return CrmTableBrowsers(
        staff=TableBrowser(database, StaffTable()),
        customers=TableBrowser(database, CustomerTable()),
        deals=TableBrowser(database, DealTable()),
        tickets=TableBrowser(database, TicketTable()),
    )
