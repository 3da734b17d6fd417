"""Migration 0013: templates stored before the scale rule keep scoring rating / max."""

import json
from datetime import datetime
from decimal import Decimal

from sqlalchemy import text

from kpm_desktop.domain.rating import IndicatorRating, RaterRatings
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.domain.rubric_methods import ScaleRule
from kpm_desktop.domain.scoring import score_rater
from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.migrate import downgrade_to, migrate

# A template body as the application wrote it before format version 2 (no scale rule).
OLD_BODY = """{
  "format": "kpm-rubric-template",
  "format_version": 1,
  "name": "三级量表",
  "version": 1,
  "scale": {"lo": 1, "hi": 3},
  "categories": [{"name": "业绩", "indicators": [
    {"code": "S1", "name": "质量", "weight": 60.50,
     "method": {"kind": "scale", "min": 1, "max": 3, "bands": []}},
    {"code": "S2", "name": "效率", "weight": 39.50,
     "method": {"kind": "scale", "min": 1, "max": 3.0}}]}]
}
"""


def _body(database: Database) -> str:
    with database.engine.connect() as connection:
        return connection.execute(text("SELECT body FROM rubric_templates")).scalar_one()


def test_stored_scale_templates_keep_rating_over_max(new_database_target) -> None:
    database = Database(database_url(new_database_target()))
    migrate(database)
    downgrade_to(database, "0009")
    now = datetime(2026, 11, 1, 8, 0)
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO rubric_templates (name, version, department, status, body, in_use,"
                " created_at, updated_at) VALUES ('三级量表', 1, '', 'active', :body, :in_use,"
                " :now, :now)"
            ),
            {"body": OLD_BODY, "now": now, "in_use": True},
        )
    ratings = RaterRatings(
        RaterRole.SUPERIOR,
        {"S1": IndicatorRating(score=Decimal(1)), "S2": IndicatorRating(score=Decimal(1))},
    )
    before = score_rater(template_from_text(OLD_BODY, "old"), ratings).total

    migrate(database)
    migrated = json.loads(_body(database))
    methods = [i["method"] for c in migrated["categories"] for i in c["indicators"]]
    assert [m["rule"] for m in methods] == ["score_over_max", "score_over_max"]
    assert migrated["format_version"] == 2
    assert '"weight": 60.50' in _body(database)  # digits kept as written
    template = template_from_text(_body(database), "migrated")
    assert {i.method.rule for i in template.indicators()} == {ScaleRule.SCORE_OVER_MAX}
    assert score_rater(template, ratings).total == before == Decimal("1.67")

    downgrade_to(database, "0009")
    restored = json.loads(_body(database))
    assert restored["format_version"] == 1
    assert all("rule" not in i["method"] for c in restored["categories"] for i in c["indicators"])
    database.dispose()
