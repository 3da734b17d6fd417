"""The database handles services hand to storage's repositories and queries.

Services hold the use cases and never write SQL (docs/architecture.md, "Layers"); they
only pass along the session of their unit of work or a Core connection, typed with these
names so that no service module imports SQLAlchemy.
"""

from __future__ import annotations

from sqlalchemy import Connection as Connection
from sqlalchemy.orm import Session as Session
