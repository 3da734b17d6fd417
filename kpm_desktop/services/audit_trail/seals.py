"""Sealing records in the audit chain, and checking them against their seals.

A service seals a record in the unit of work that changed it, after the change is
flushed: `Sealer.seal(uow, actor, kind, id)` appends a `seal` entry with the record's
canonical content and hash, unless its latest seal already says exactly that.

`storage.seal_queries` reads every kind of sealed record, so it loads the modules of
appraisals, selections and templates (~0.1 s): it is imported where a seal is read or
made, not with this module, so that signing in (`kpm kpi`) does not load them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import LockedError, UserText
from kpm_desktop.domain.seals import (
    RELEASE_ACTION,
    SEAL_ACTION,
    STATE_FIELDS,
    Seal,
    SealKind,
    seal_digest,
    seal_of,
    seal_payload,
    seal_problems,
    state_went_back,
    unsealed_problem,
)
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage import chain_identity_queries as identity
from kpm_desktop.storage.database import Database, UnitOfWork


@dataclass
class SealReport:
    seals_checked: int = 0
    problems: list[UserText] = field(default_factory=list)


class Sealer:
    def __init__(self, audit: AuditTrail) -> None:
        self._audit = audit

    def seal(self, uow: UnitOfWork, actor: Actor | None, kind: SealKind, record_id: int) -> None:
        from kpm_desktop.storage import seal_queries as sealed

        uow.flush()
        content = sealed.sealed_content(uow.session, kind, record_id)
        if content is None:
            raise ValueError(f"{kind.value} {record_id} does not exist and cannot be sealed")
        latest = _latest(uow, kind, record_id)
        if latest is not None and latest.digest == seal_digest(kind, record_id, content):
            return
        label = sealed.record_label(uow.session, kind, record_id)
        payload = seal_payload(kind, record_id, label, content)
        self._audit.record(uow, actor, kind.value, record_id, SEAL_ACTION, None, payload)

    def release(self, uow: UnitOfWork, actor: Actor | None, kind: SealKind, record_id: int) -> None:
        """Before a sealed record is removed on purpose (a demo account, say): its seal
        no longer asks for it."""
        from kpm_desktop.storage import seal_queries as sealed

        label = sealed.record_label(uow.session, kind, record_id)
        payload = {"label": label, "sha256": ""}
        self._audit.record(uow, actor, kind.value, record_id, RELEASE_ACTION, None, payload)


def _latest(uow: UnitOfWork, kind: SealKind, record_id: int) -> Seal | None:
    from kpm_desktop.storage import seal_queries as sealed

    entry = sealed.latest_seal_entry(uow.session, kind, record_id)
    return None if entry is None else seal_of(entry)


def refuse_if_set_back(
    uow: UnitOfWork, kind: SealKind, record_id: int, state: str, label: UserText
) -> None:
    """A record whose seal names a later state than its row was set back outside KPM
    Desktop: refuse to work on it, so the forged state never gets new ratings."""
    seal = _latest(uow, kind, record_id)
    if seal is None or seal.content is None:
        return
    field_name = STATE_FIELDS.get(kind, "status")
    sealed_state = seal.content.get(field_name)
    if state_went_back(kind, sealed_state, state):
        raise LockedError(
            "{label} was sealed as {sealed} in audit entry {entry} but now reads {state}: it "
            "was changed outside KPM Desktop. Nothing was changed; run `kpm verify`",
            label=label,
            sealed=sealed_state,
            entry=seal.entry_id,
            state=state,
        )


def check_seals(database: Database) -> SealReport:
    """Recompute every record's content and compare it with its latest seal; report rows
    in a sealed state that no seal covers."""
    from kpm_desktop.storage import seal_queries as sealed

    report = SealReport()
    with database.unit_of_work() as uow:
        latest: dict[tuple[SealKind, int], Seal] = {}
        for entry in sealed.seal_entries(uow.session):
            seal = seal_of(entry)
            if seal is not None:
                latest[(seal.kind, seal.record_id)] = seal
        for (kind, record_id), seal in latest.items():
            current = sealed.sealed_content(uow.session, kind, record_id)
            report.problems += seal_problems(seal, current)
            report.seals_checked += 1
        # Once any seal exists, every record must have one: clearing the adoption flag by
        # hand does not excuse a row written outside the application.
        adopted = (identity.database_identity(uow.session) or ("", True))[1]
        if adopted or latest:
            report.problems += _unsealed(uow, latest)
    return report


def _unsealed(uow: UnitOfWork, latest: dict[tuple[SealKind, int], Seal]) -> list[UserText]:
    from kpm_desktop.storage import seal_queries as sealed

    problems = []
    for kind in SealKind:
        for record_id, state in sealed.records_to_seal(uow.session, kind):
            if (kind, record_id) not in latest:
                label = sealed.record_label(uow.session, kind, record_id)
                problems.append(unsealed_problem(kind, record_id, label, state or "present"))
    return problems


def adopt_existing_records(database: Database) -> int:
    """Once per database, on the first open after the upgrade that brought seals: seal
    the records already there, as the system. Returns how many were sealed."""
    with database.unit_of_work() as uow:
        adopted = identity.database_identity(uow.session)
        if adopted is None or adopted[1]:
            return 0
        from kpm_desktop.storage import seal_queries as sealed

        sealer, count = Sealer(AuditTrail(database)), 0
        already_sealing = sealed.has_seals(uow.session)
        for kind in () if already_sealing else tuple(SealKind):
            for record_id, _state in sealed.records_to_seal(uow.session, kind):
                sealer.seal(uow, None, kind, record_id)
                count += 1
        identity.mark_seals_adopted(uow.session)
        uow.commit()
    return count
