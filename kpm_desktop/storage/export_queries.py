"""The rows an export writes, streamed from a connection in chunks: a CRM table in its
import columns (a reference as the business key it names), and every appraisal revision
with its result. Values come as stored; the exporter formats them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, select
from sqlalchemy.sql.elements import ColumnElement

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.reference_keys import business_key, referenced_table

_STREAM_CHUNK = 5_000


def _record_table_statement(kind: TableDefinition) -> Select[Any]:
    tables = Base.metadata.tables
    table = tables[kind.table]
    selected: list[ColumnElement[Any]] = []
    source: Any = table
    for column in kind.columns:
        if column.reference is None:
            selected.append(table.c[column.field])
            continue
        named = column.reference.kind
        referenced = referenced_table(named).alias(f"ref_{column.field}")
        source = source.outerjoin(
            referenced, table.c[column.reference.stores_as] == referenced.c.id
        )
        selected.append(referenced.c[business_key(named)])
    return select(*selected).select_from(source).order_by(table.c.id)


def record_table_rows(connection: Connection, kind: TableDefinition) -> Iterator[Sequence[object]]:
    """Every row of `kind`'s table in id order, one value per column of its definition."""
    statement = _record_table_statement(kind)
    yield from connection.execution_options(yield_per=_STREAM_CHUNK).execute(statement)


def appraisal_result_rows(connection: Connection) -> Iterator[Sequence[Any]]:
    """Per appraisal revision: period, employee no., name, department, template name and
    version, revision, state, total, grade, finalized at, acknowledged on; by period,
    employee no. and revision."""
    tables = Base.metadata.tables
    appraisals, cycles = tables["appraisals"], tables["appraisal_cycles"]
    staff, departments = tables["staff"], tables["departments"]
    templates = tables["rubric_templates"]
    statement = (
        select(
            cycles.c.period,
            staff.c.employee_no,
            staff.c.name,
            departments.c.name,
            templates.c.name,
            templates.c.version,
            appraisals.c.revision,
            appraisals.c.state,
            appraisals.c.total,
            appraisals.c.grade,
            appraisals.c.finalized_at,
            appraisals.c.acknowledged_on,
        )
        .select_from(
            appraisals.join(cycles, appraisals.c.cycle_id == cycles.c.id)
            .join(staff, appraisals.c.staff_id == staff.c.id)
            .join(departments, staff.c.department_id == departments.c.id)
            .join(templates, appraisals.c.template_id == templates.c.id)
        )
        .order_by(cycles.c.period, staff.c.employee_no, appraisals.c.revision)
    )
    yield from connection.execution_options(yield_per=_STREAM_CHUNK).execute(statement)
