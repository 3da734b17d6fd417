"""What the Templates page and the editor need of the template service (the UI is typed
against this protocol, never the service module, which imports storage)."""

from __future__ import annotations

from typing import Protocol

from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.services.template_summary import StoredTemplate, TemplateSummary


class TemplateSource(Protocol):
    def list_templates(self) -> list[TemplateSummary]: ...

    def get(self, template_id: int) -> StoredTemplate: ...

    def save_draft(
        self, template: RubricTemplate, template_id: int | None = None
    ) -> TemplateSummary: ...

    def activate(self, template_id: int) -> TemplateSummary: ...

    def retire(self, template_id: int) -> TemplateSummary: ...

    def duplicate(self, template_id: int, new_name: str) -> TemplateSummary: ...

    def free_name(self, wanted: str) -> str: ...

    def import_json(self, text: str, source: str, *, activate: bool = False) -> TemplateSummary: ...

    def export_json(self, template_id: int) -> str: ...
