"""The forms of many appraisals read at once, as a cycle export reads a chunk of sheets.

`build_forms` gives what `require_view_of` and then `build_form` give for each appraisal
in turn, the same forms and the same first error, but reads the rows of the whole chunk
in a fixed number of statements: one per kind of row (the appraisals, their rater
sheets, ratings, stored results and KPI figures, the templates, the raters' names) and
one per rank indicator's cohort (a cohort is the cycle's, whichever appraisal asks),
instead of about fifteen per appraisal. The rows are plain values of the records' fields
(storage/stored_rows.py, read through SQLAlchemy Core), and the forms are assembled from
them by `form_of`, as one form alone is from the records.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_forms import (
    StoredForm,
    form_of,
    parsed_template,
)
from kpm_desktop.services.appraisals.appraisal_loading import (
    no_appraisal,
    no_template,
    rank_lookup,
    require_view_given,
    staff_names,
)
from kpm_desktop.services.appraisals.appraisal_views import AppraisalForm
from kpm_desktop.storage import appraisal_chunk_queries as chunk
from kpm_desktop.storage.database import UnitOfWork


def build_forms(
    uow: UnitOfWork, guard: AccessGuard, actor: Actor, appraisal_ids: Sequence[int]
) -> list[AppraisalForm]:
    """The forms in the order of `appraisal_ids`; refused as a whole, naming the first
    appraisal (in that order) that does not exist or that `actor` may not view."""
    session = uow.session
    rows = chunk.appraisal_rows(session, appraisal_ids)
    assignments = chunk.assignments(session, rows)
    for appraisal_id in appraisal_ids:
        row = rows.get(appraisal_id)
        if row is None:
            raise no_appraisal(appraisal_id)
        label = summary_of(row).label
        require_view_given(guard, actor, row.record, assignments[appraisal_id], label)
    templates = _templates(uow, {row.record.template_id for row in rows.values()})
    ratings = chunk.ratings(session, rows)
    lines = chunk.result_lines(session, rows)
    snapshots = chunk.snapshots(session, rows)
    names = staff_names(uow, (a.rater_staff_id for each in assignments.values() for a in each))
    ranks = cache(rank_lookup(uow))  # a cohort is read once for the chunk
    return [
        form_of(
            guard,
            actor,
            StoredForm(
                rows[i],
                assignments[i],
                templates[rows[i].record.template_id],
                ratings[i],
                lines[i],
                snapshots[i],
            ),
            names,
            ranks,
        )
        for i in appraisal_ids
    ]


def _templates(uow: UnitOfWork, template_ids: set[int]) -> dict[int, RubricTemplate]:
    bodies = chunk.template_bodies(uow.session, template_ids)
    missing = sorted(template_ids - bodies.keys())
    if missing:
        raise no_template(missing[0])
    return {template_id: parsed_template(template_id, body) for template_id, body in bodies.items()}
