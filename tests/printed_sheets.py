"""A finalized appraisal of the `appraisal_world` cycle with levels, scores and comments
on every row its sheet shows, for the tests of printed sheets and `kpm verify --pdf`."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_world import PERIOD, World

D = Decimal
STAFF_NO = "E00013"
COMMENTS = {
    "A1": "规范文件齐全，流程图清晰",
    "A2": "数据录入基本及时",
    "A3": "培训计划合理",
    "A4": "岗位协调顺畅",
}


def _entries(chosen: dict[str, tuple[str, str]], comments: bool) -> dict[str, RatingEntry]:
    return {
        code: RatingEntry(
            IndicatorRating(level=level, score=D(score), comment=COMMENTS[code] if comments else "")
        )
        for code, (level, score) in chosen.items()
    }


SELF = _entries(
    {"A1": ("优", "95"), "A2": ("良", "80"), "A3": ("中", "70"), "A4": ("优", "100")}, False
)
SUPERIOR = _entries(
    {"A1": ("良", "85"), "A2": ("良", "75"), "A3": ("优", "90"), "A4": ("差", "50")}, True
)
HEAD = _entries(
    {"A1": ("优", "90"), "A2": ("优", "100"), "A3": ("良", "80"), "A4": ("良", "80")}, False
)


def finalized_appraisal(world: World) -> int:
    """E00013's appraisal rated by all three raters, commented, reviewed and finalized."""
    appraisals = world.services.appraisals
    found = appraisals.list(world.admin, period=PERIOD, current_only=True)
    appraisal_id = next(a.id for a in found if a.employee_no == STAFF_NO)
    version = appraisals.form(world.employee, appraisal_id).summary.version
    version = appraisals.save_ratings(
        world.employee, appraisal_id, RaterRole.SELF, SELF, version
    ).version
    version = appraisals.submit(world.employee, appraisal_id, RaterRole.SELF, version).version
    for role, entries in ((RaterRole.SUPERIOR, SUPERIOR), (RaterRole.DEPARTMENT_HEAD, HEAD)):
        version = appraisals.save_ratings(world.head, appraisal_id, role, entries, version).version
        version = appraisals.submit(world.head, appraisal_id, role, version).version
    appraisals.save_feedback(
        world.head, appraisal_id, "整体表现良好，数据质量稳定", "加强岗位协调", None
    )
    appraisals.review(world.admin, appraisal_id)  # the head scored as superior
    appraisals.finalize(world.admin, appraisal_id)
    return appraisal_id
