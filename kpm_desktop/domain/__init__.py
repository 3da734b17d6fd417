"""Pure domain: entities, periods, rubrics and scoring. No Qt, no SQLAlchemy."""
