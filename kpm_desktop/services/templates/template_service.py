"""Template use cases: list, edit as drafts, activate, version, retire, import, export.

A version used by an appraisal (`mark_in_use`) is never changed: saving an edit of it
makes the next version. Nothing structurally broken is saved, and only a template with no
problem at all (weights totalling 100 included) is activated.

Every call names the acting user, checked in the call's own unit of work: reading needs
VIEW_TEMPLATES, changing MANAGE_TEMPLATES. Only `install_builtins` may run as the system
(actor None), for the first start and `kpm demo`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from kpm_desktop.domain.access import Actor, OrgChart, Permission, is_allowed
from kpm_desktop.domain.appraisal import state_term
from kpm_desktop.domain.builtin_templates import builtin_templates
from kpm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kpm_desktop.domain.rubric import RubricTemplate, TemplateStatus
from kpm_desktop.domain.rubric_json import template_from_text, template_to_text
from kpm_desktop.domain.rubric_validation import ensure_activatable, ensure_saveable
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.audit_trail.seals import Sealer

# Re-exported: callers of the service name these types through it.
from kpm_desktop.services.templates.template_summary import StoredTemplate as StoredTemplate
from kpm_desktop.services.templates.template_summary import TemplateSummary as TemplateSummary
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.rubric_records import RubricTemplateRecord
from kpm_desktop.storage.rubric_repository import TemplateRepository


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _summary(record: RubricTemplateRecord, used_by_count: int = 0) -> TemplateSummary:
    return TemplateSummary(
        record.id,
        record.name,
        record.version,
        record.department,
        TemplateStatus(record.status),
        record.in_use,
        used_by_count,
    )


def _template(record: RubricTemplateRecord) -> RubricTemplate:
    return template_from_text(record.body, f"template {record.id}")


def _same_content(a: RubricTemplate, b: RubricTemplate) -> bool:
    return replace(a, version=1) == replace(b, version=1)


def _snapshot(record: RubricTemplateRecord) -> dict[str, object]:
    return {
        "name": record.name,
        "version": record.version,
        "status": record.status,
        "department": record.department,
        "in_use": record.in_use,
        "body": record.body,
    }


class TemplateService:
    """`audit` given, every change is logged in its unit of work with the acting user."""

    def __init__(self, database: Database, audit: AuditTrail | None = None) -> None:
        self.database = database
        self._audit = audit

    def _log(
        self,
        uow: UnitOfWork,
        actor: Actor | None,  # None only for installing the built-ins
        record: RubricTemplateRecord,
        action: str,
        before: dict[str, object] | None,
    ) -> None:
        if self._audit is not None:
            uow.session.flush()
            self._audit.record(uow, actor, "template", record.id, action, before, _snapshot(record))
            if record.status != TemplateStatus.DRAFT:
                Sealer(self._audit).seal(uow, actor, SealKind.TEMPLATE, record.id)

    def can_manage(self, actor: Actor) -> bool:
        """Whether template-changing actions belong in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.MANAGE_TEMPLATES, OrgChart())

    def list_templates(self, actor: Actor) -> list[TemplateSummary]:
        """Every version, with the number of appraisals using it (one grouped query)."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_TEMPLATES)
            repository = TemplateRepository(uow.session)
            used = repository.appraisal_counts()
            return [_summary(r, used.get(r.id, 0)) for r in repository.all()]

    def get(self, actor: Actor, template_id: int) -> StoredTemplate:
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_TEMPLATES)
            record = self._record(TemplateRepository(uow.session), template_id)
            return StoredTemplate(_summary(record), _template(record))

    def find(self, actor: Actor, name: str, version: int | None = None) -> StoredTemplate:
        """A version by number; without one, the active version, else the latest."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_TEMPLATES)
            records = TemplateRepository(uow.session).versions(name)
            if version is not None:
                records = [r for r in records if r.version == version]
            active = [r for r in records if r.status == TemplateStatus.ACTIVE]
            candidates = active or records
            if not candidates:
                if version:
                    raise NotFoundError(
                        "There is no template '{name}' v{version}", name=name, version=version
                    )
                raise NotFoundError("There is no template '{name}'", name=name)
            return StoredTemplate(_summary(candidates[-1]), _template(candidates[-1]))

    def save_draft(
        self, actor: Actor, template: RubricTemplate, template_id: int | None = None
    ) -> TemplateSummary:
        """Save an edit. A used or retired version is kept and the edit becomes a new version."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_TEMPLATES)
            ensure_saveable(template)
            repository = TemplateRepository(uow.session)
            if template_id is None:
                if repository.versions(template.name):
                    raise ConflictError(
                        "A template named '{name}' already exists; edit it to make a new version",
                        name=template.name,
                    )
                record = self._insert(repository, template, TemplateStatus.DRAFT)
                self._log(uow, actor, record, "create", None)
            else:
                record = self._record(repository, template_id)
                self._check_name(repository, record, template)
                if record.in_use or record.status == TemplateStatus.RETIRED:
                    record = self._insert(repository, template, TemplateStatus.DRAFT)
                    self._log(uow, actor, record, "create_version", None)
                else:
                    if record.status == TemplateStatus.ACTIVE:
                        ensure_activatable(replace(template, version=record.version))
                    before = _snapshot(record)
                    self._write(record, replace(template, version=record.version))
                    self._log(uow, actor, record, "update", before)
            summary = _summary(record)
            uow.commit()
            return summary

    def activate(self, actor: Actor, template_id: int) -> TemplateSummary:
        """Make a version the active one of its name, refused with every reason if invalid."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_TEMPLATES)
            repository = TemplateRepository(uow.session)
            record = self._record(repository, template_id)
            ensure_activatable(_template(record))
            for other in repository.versions(record.name):
                if other.status == TemplateStatus.ACTIVE and other.id != record.id:
                    before = _snapshot(other)
                    other.status = TemplateStatus.RETIRED.value
                    other.updated_at = _now()
                    self._log(uow, actor, other, "retire", before)
            before = _snapshot(record)
            record.status = TemplateStatus.ACTIVE.value
            record.updated_at = _now()
            self._log(uow, actor, record, "activate", before)
            summary = _summary(record)
            uow.commit()
            return summary

    def retire(self, actor: Actor, template_id: int) -> TemplateSummary:
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_TEMPLATES)
            record = self._record(TemplateRepository(uow.session), template_id)
            before = _snapshot(record)
            record.status = TemplateStatus.RETIRED.value
            record.updated_at = _now()
            self._log(uow, actor, record, "retire", before)
            summary = _summary(record)
            uow.commit()
            return summary

    def mark_in_use(self, actor: Actor, template_id: int) -> None:
        """Freeze a version for appraisals: from then on it never changes. Putting a version
        to use is a cycle manager's decision, so MANAGE_CYCLES is checked."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            repository = TemplateRepository(uow.session)
            record = self._record(repository, template_id)
            if record.status != TemplateStatus.ACTIVE and not record.in_use:
                raise ValidationError(
                    "Template '{name}' v{version} is {status}; only an active template can be used "
                    "by an appraisal",
                    name=record.name,
                    version=record.version,
                    status=state_term(record.status),
                )
            if not record.in_use:
                before = _snapshot(record)
                repository.mark_in_use(record)
                self._log(uow, actor, record, "mark_in_use", before)
            uow.commit()

    def import_json(
        self, actor: Actor, text: str, source: str, *, activate: bool = False
    ) -> TemplateSummary:
        """A template file as a new draft version (or the existing version it equals)."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_TEMPLATES)
            template = template_from_text(text, source)
            ensure_saveable(template)
            repository = TemplateRepository(uow.session)
            same = [
                r
                for r in repository.versions(template.name)
                if _same_content(_template(r), template)
            ]
            if same:
                record = same[-1]
            else:
                record = self._insert(repository, template, TemplateStatus.DRAFT)
                self._log(uow, actor, record, "import", None)
            summary = _summary(record)
            uow.commit()
        return self.activate(actor, summary.id) if activate else summary

    def duplicate(self, actor: Actor, template_id: int, new_name: str) -> TemplateSummary:
        """A copy of a version as version 1 of a new draft template called `new_name`."""
        source = self.get(actor, template_id).template
        if not new_name.strip():
            raise ValidationError("A duplicate needs a name")
        return self.save_draft(actor, replace(source, name=new_name.strip(), version=1))

    def free_name(self, actor: Actor, wanted: str) -> str:
        """`wanted`, or `wanted 2`, `wanted 3`... whichever no template uses yet."""
        with self.database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_TEMPLATES)
            taken = {record.name for record in TemplateRepository(uow.session).all()}
        candidate, n = wanted, 1
        while candidate in taken:
            n += 1
            candidate = f"{wanted} {n}"
        return candidate

    def export_json(self, actor: Actor, template_id: int) -> str:
        return template_to_text(self.get(actor, template_id).template)

    def install_builtins(self, actor: Actor | None) -> list[TemplateSummary]:
        """Install each built-in template that has no draft or active version (re-creates).

        `actor` None is the system itself (first start, a new demo database); a user needs
        MANAGE_TEMPLATES like for any other change.
        """
        installed: list[TemplateSummary] = []
        with self.database.unit_of_work() as uow:
            if actor is not None:
                AccessGuard(uow).require(actor, Permission.MANAGE_TEMPLATES)
            repository = TemplateRepository(uow.session)
            for template in builtin_templates():
                live = [
                    r
                    for r in repository.versions(template.name)
                    if r.status != TemplateStatus.RETIRED
                ]
                if not live:
                    record = self._insert(repository, template, TemplateStatus.ACTIVE)
                    self._log(uow, actor, record, "install_builtin", None)
                    installed.append(_summary(record))
            uow.commit()
        return installed

    def install_builtins_on_first_start(self) -> list[TemplateSummary]:
        """Install the built-ins into a database that has no templates yet (as the system)."""
        with self.database.unit_of_work() as uow:
            if TemplateRepository(uow.session).count():
                return []
        return self.install_builtins(None)

    @staticmethod
    def _record(repository: TemplateRepository, template_id: int) -> RubricTemplateRecord:
        record = repository.get(template_id)
        if record is None:
            raise NotFoundError(
                "There is no template with id {template_id}", template_id=template_id
            )
        return record

    @staticmethod
    def _check_name(
        repository: TemplateRepository, record: RubricTemplateRecord, template: RubricTemplate
    ) -> None:
        if template.name != record.name and repository.versions(template.name):
            raise ConflictError("A template named '{name}' already exists", name=template.name)

    @staticmethod
    def _insert(
        repository: TemplateRepository, template: RubricTemplate, status: TemplateStatus
    ) -> RubricTemplateRecord:
        version = repository.next_version(template.name)
        if status is TemplateStatus.ACTIVE:
            ensure_activatable(replace(template, version=version))
        now = _now()
        record = RubricTemplateRecord(
            name=template.name,
            version=version,
            department=template.department,
            status=status.value,
            body=template_to_text(replace(template, version=version)),
            in_use=False,
            created_at=now,
            updated_at=now,
        )
        return repository.add(record)

    @staticmethod
    def _write(record: RubricTemplateRecord, template: RubricTemplate) -> None:
        record.name = template.name
        record.department = template.department
        record.body = template_to_text(template)
        record.updated_at = _now()
