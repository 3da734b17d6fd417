"""The whole tamper check behind `kpm verify` and the GUI's Help > Check integrity: the
file's integrity, the audit chain, every seal, and the chain against its witness."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from kpm_desktop.domain.audit import audit_term
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.audit_trail.audit import AuditTrail, ChainReport
from kpm_desktop.services.audit_trail.seals import check_seals
from kpm_desktop.storage.database import Database

_LOG = logging.getLogger(__name__)


@dataclass
class IntegrityReport:
    """`problems` fail the check, one line each; `notes` are said but do not fail it."""

    entries_checked: int = 0
    seals_checked: int = 0
    problems: list[UserText] = field(default_factory=list)
    notes: list[UserText] = field(default_factory=list)
    witnessed_entry: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> UserText:
        if self.ok and self.witnessed_entry is not None:
            return UserText(
                "All clean: {entries} audit entries, {seals} seals checked, the chain matches "
                "its witness (entry {witnessed})",
                entries=self.entries_checked,
                seals=self.seals_checked,
                witnessed=self.witnessed_entry,
            )
        if self.ok:
            return UserText(
                "All clean: {entries} audit entries, {seals} seals checked",
                entries=self.entries_checked,
                seals=self.seals_checked,
            )
        return UserText(
            "{count} problem(s) found ({entries} audit entries, {seals} seals checked)",
            count=len(self.problems),
            entries=self.entries_checked,
            seals=self.seals_checked,
        )


class IntegrityCheck:
    def __init__(self, database: Database, audit: AuditTrail) -> None:
        self._database = database
        self._audit = audit

    def run(self) -> IntegrityReport:
        report = IntegrityReport()
        damaged = self._database.check_integrity()
        if not damaged:
            self._check_records(report)
            return report
        report.problems.append(
            UserText("Database integrity check failed: {problem}", problem=damaged[0])
        )
        try:
            self._check_records(report)
        except Exception as exc:  # a damaged file may not even be readable row by row
            _LOG.exception("Checking a damaged database")
            report.problems.append(
                UserText("Not checked further: the damaged file cannot be read ({exc})", exc=exc)
            )
        return report

    def _check_records(self, report: IntegrityReport) -> None:
        chain = self._audit.verify()
        report.entries_checked = chain.entries_checked
        if not chain.ok:
            report.problems.append(chain_problem(chain))
        seals = check_seals(self._database)
        report.seals_checked = seals.seals_checked
        report.problems += seals.problems
        witness = self._audit.witness
        if witness is None:
            return
        witnessed = witness.check(chain_sound=report.ok)
        report.problems += witnessed.problems
        report.notes += witnessed.notes
        if witnessed.anchor is not None:
            report.witnessed_entry = witnessed.anchor.sequence


def chain_problem(chain: ChainReport) -> UserText:
    broken = chain.first_break
    assert broken is not None
    entry = broken.entry
    if entry is None:
        return UserText(
            "Audit chain broken at entry {entry}: {reason}",
            entry=broken.entry_id,
            reason=broken.reason,
        )
    return UserText(
        "Audit chain broken at entry {entry} ({when} UTC, {entity_type} {entity_id}, {action}, "
        "by {username}): {reason}",
        entry=broken.entry_id,
        when=entry.occurred_at.strftime("%Y-%m-%d %H:%M:%S"),
        entity_type=audit_term(entry.entity_type),
        entity_id=entry.entity_id,
        action=audit_term(entry.action),
        username=entry.username,
        reason=broken.reason,
    )
