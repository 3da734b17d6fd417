"""What the UI needs from the services, as protocols.

The UI never imports a service module (that would pull in storage and SQLAlchemy);
`app.py` passes the real services, which satisfy these protocols, and tests may pass fakes.
"""

from __future__ import annotations

from typing import Protocol
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.audit import AuditChoices, AuditEntry, AuditFilter


class Authenticator(Protocol):
    """Implemented by `services.auth.AuthService`."""

    def needs_first_admin(self) -> bool: ...

    def create_first_admin(
        self, password: str, username: str = "admin", display_name: str = ""
    ) -> Actor: ...

    def authenticate(self, username: str, password: str) -> Actor: ...


class AuditReader(Protocol):
    """Implemented by `services.audit.AuditTrail`."""

    def can_view(self, actor: Actor) -> bool: ...

    def office_zone(self) -> ZoneInfo: ...

    def query(
        self,
        actor: Actor,
        filters: AuditFilter,
        *,
        before_id: int | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]: ...

    def count(self, actor: Actor, filters: AuditFilter) -> int: ...

    def choices(self, actor: Actor) -> AuditChoices: ...
