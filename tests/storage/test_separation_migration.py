"""Migration 0015: a database with cycles and acknowledged, sealed appraisals made before it
upgrades with separation of duties on for its cycles, no stance on its acknowledgements,
and a clean `kpm verify` (the seals never held the new fields)."""

from __future__ import annotations

from sqlalchemy import text

from kpm_desktop.cli import main
from kpm_desktop.storage.migrate import downgrade_to, migrate
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World


def test_existing_cycles_and_acknowledged_appraisals_upgrade_and_verify(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.acknowledge(world.employee, appraisal_id)
    database = world.database
    downgrade_to(database, "0014")
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM appraisals")).keys()
    assert "acknowledgement" not in columns
    migrate(database)
    with database.engine.connect() as connection:
        separation = connection.scalar(
            text("SELECT separation_of_duties FROM appraisal_cycles WHERE period = :p"),
            {"p": PERIOD},
        )
    assert separation
    assert world.services.appraisals.form(world.admin, appraisal_id).acknowledgement is None
    report = world.services.integrity.run()
    assert report.ok and report.seals_checked > 0, [str(p) for p in report.problems]
    assert main(["--db", str(database.file_path or database.url), "verify"]) == 0
