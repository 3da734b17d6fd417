"""The sheet benchmark's database: a cycle with the appraisals of 1,000 demo staff (963:
the top of the org chart has no superior to rate it) of the seed supervisor template,
each rated by the superior with its own levels, comments and feedback.

Building it takes a minute or two, so it is built once into `KPM_BENCH_SHEET_DB`
(default `sheets-1000.sqlite3` in the benchmarks' data folder, `KPM_BENCH_DATA`, see
tests/benchmarks/bench_report.py) and reused.
`python -m tests.benchmarks.sheet_bench_data` builds it alone.
"""

from __future__ import annotations

import os
import random
import sqlite3
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import build_services
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.services.demo import demo_names
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from tests.benchmarks.bench_report import BENCH_DATA

STAFF = int(os.environ.get("KPM_BENCH_SHEET_STAFF", "1000"))
PERIOD = "2026Q3"
ADMIN_PASSWORD = "bench-sheets-2026"
_LEVELS = (("优", "95"), ("良", "82"), ("中", "65"), ("差", "40"))


def database_path() -> Path:
    configured = os.environ.get("KPM_BENCH_SHEET_DB")
    if configured:
        return Path(configured)
    return BENCH_DATA / f"sheets-{STAFF}.sqlite3"


def appraisal_count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT count(*) FROM appraisals").fetchone()
    return int(row[0])


def ensure_database(path: Path) -> Path:
    """The database at `path`, built when missing (it is renamed into place when whole)."""
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    building.unlink(missing_ok=True)
    _build(building)
    building.rename(path)
    return path


def _build(path: Path) -> None:
    database = open_database(path).database
    size = DemoSize(staff=STAFF, customers=2000, deals=4000, tickets=1000, seed=5,
                    as_of=date(2026, 9, 30))  # fmt: skip
    generate_demo_data(database, size)
    core = build_core_services(database)
    auth = AuthService(
        database,
        core.audit,
        sign_ins=core.sign_ins,
        hasher=PasswordHasher.from_parameters(CHEAPEST),
    )
    services = build_services(database, core=replace(core, auth=auth))
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    template_id = services.templates.activate(
        admin, services.templates.save_draft(admin, supervisor_template()).id
    ).id
    services.cycles.create_cycle(admin, PERIOD, [TemplateChoice(template_id)])
    services.cycles.bulk_create(admin, PERIOD)
    rng = random.Random(7)

    def words(count: int) -> str:
        return "".join(rng.choice(demo_names.GIVEN_CHARS) for _ in range(count))

    appraisals = services.appraisals
    for summary in appraisals.list(admin, period=PERIOD, current_only=True):
        entries = {}
        for code in ("A1", "A2", "A3", "A4"):
            level, score = rng.choice(_LEVELS)
            rating = IndicatorRating(level=level, score=Decimal(score), comment=words(8))
            entries[code] = RatingEntry(rating)
        version = appraisals.save_ratings(
            admin, summary.id, RaterRole.SUPERIOR, entries, summary.version
        ).version
        appraisals.save_feedback(
            admin, summary.id, f"{words(12)}，{words(20)}。", f"{words(16)}；{words(10)}。", version
        )
    database.dispose()


if __name__ == "__main__":
    print(ensure_database(database_path()))
