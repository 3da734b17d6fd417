"""The office's time zone: the zone its clock times are in (`domain/office_time.py`).

It is a setting of the database, not of a machine, so that every machine sharing an
office database reads files and cuts KPI periods alike. The migration that adds it stores
the zone of the machine that runs it ($KPM_OFFICE_ZONE if set).

Changing it is an HR admin's (MANAGE_SETTINGS), audited. Moments already stored keep
their instant: what changes is how new clock times are read, where periods are cut and
how moments are shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.office_time import office_zone, stored_or_default_zone
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.office_settings import OFFICE_ZONE, read_setting, write_setting
from kpm_desktop.storage.sessions import Connection, Session

if TYPE_CHECKING:  # the audit trail reads the zone from here too
    from kpm_desktop.services.audit_trail.audit import AuditTrail


def read_office_zone(connection: Connection | Session) -> ZoneInfo:
    """The stored zone, or this machine's when none is stored."""
    return stored_or_default_zone(read_setting(connection, OFFICE_ZONE))


class OfficeZoneService:
    def __init__(self, database: Database, audit: AuditTrail | None = None) -> None:
        self._database = database
        self._audit = audit

    def zone(self) -> ZoneInfo:
        with self._database.engine.connect() as connection:
            return read_office_zone(connection)

    def can_change(self, actor: Actor) -> bool:
        """Whether the change action belongs in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.MANAGE_SETTINGS, OrgChart())

    def set_zone(self, actor: Actor, name: str) -> ZoneInfo:
        """Store the zone named `name` (an IANA name); refuse any other text."""
        zone = office_zone(name)
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(
                actor, Permission.MANAGE_SETTINGS, record=UserText("the office time zone")
            )
            before = read_setting(uow.session, OFFICE_ZONE)
            if before != zone.key:
                write_setting(uow.session, OFFICE_ZONE, zone.key)
                # Kept KPI values are keyed by zone; the commit also bumps the data version
                # (a setting is a KPI source), making stale any value a computation running
                # meanwhile stores under the old zone.
                if self._audit is not None:
                    self._audit.record(
                        uow,
                        actor,
                        "setting",
                        OFFICE_ZONE,
                        "update",
                        None if before is None else {"value": before},
                        {"value": zone.key},
                    )
                uow.commit()
        return zone
