"""What the Templates page and the editor need of the template service (the UI is typed
against this protocol, never the service module, which imports storage).

Every call names the signed-in user; the service checks the role itself."""

from __future__ import annotations

from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.services.templates.template_summary import StoredTemplate, TemplateSummary


class TemplateSource(Protocol):
    def can_manage(self, actor: Actor) -> bool: ...

    def list_templates(self, actor: Actor) -> list[TemplateSummary]: ...

    def get(self, actor: Actor, template_id: int) -> StoredTemplate: ...

    def save_draft(
        self, actor: Actor, template: RubricTemplate, template_id: int | None = None
    ) -> TemplateSummary: ...

    def activate(self, actor: Actor, template_id: int) -> TemplateSummary: ...

    def retire(self, actor: Actor, template_id: int) -> TemplateSummary: ...

    def duplicate(self, actor: Actor, template_id: int, new_name: str) -> TemplateSummary: ...

    def free_name(self, actor: Actor, wanted: str) -> str: ...

    def import_json(
        self, actor: Actor, text: str, source: str, *, activate: bool = False
    ) -> TemplateSummary: ...

    def export_json(self, actor: Actor, template_id: int) -> str: ...
