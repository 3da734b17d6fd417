"""What the editor needs of the template service: duplicates, free names, used-by counts,
and a save of a used version that answers with the new version."""

from dataclasses import replace
from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME, supervisor_template
from kpm_desktop.domain.errors import ConflictError, ValidationError
from kpm_desktop.domain.rubric import TemplateStatus
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN


@pytest.fixture
def service(database: Database) -> TemplateService:
    service = TemplateService(database)
    service.install_builtins(None)
    return service


def test_duplicate_copies_a_version_as_a_new_draft(service: TemplateService) -> None:
    original = service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME)
    copy = service.duplicate(HR_ADMIN, original.summary.id, "主管考核 副本")
    assert (copy.name, copy.version, copy.status) == ("主管考核 副本", 1, TemplateStatus.DRAFT)
    assert service.get(HR_ADMIN, copy.id).template == replace(
        original.template, name="主管考核 副本"
    )
    with pytest.raises(ConflictError):
        service.duplicate(HR_ADMIN, original.summary.id, "主管考核 副本")
    with pytest.raises(ValidationError):
        service.duplicate(HR_ADMIN, original.summary.id, "  ")


def test_free_name_counts_up_past_names_in_use(service: TemplateService) -> None:
    assert service.free_name(HR_ADMIN, "新模板") == "新模板"
    assert service.free_name(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME) == f"{SUPERVISOR_TEMPLATE_NAME} 2"
    service.duplicate(
        HR_ADMIN,
        service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary.id,
        f"{SUPERVISOR_TEMPLATE_NAME} 2",
    )
    assert service.free_name(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME) == f"{SUPERVISOR_TEMPLATE_NAME} 3"


def test_summaries_carry_a_used_by_count_and_a_used_version_saves_as_the_next(
    service: TemplateService,
) -> None:
    v1 = service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary
    assert v1.used_by_count == 0 and not v1.in_use
    service.mark_in_use(HR_ADMIN, v1.id)
    edited = replace(supervisor_template(), description="新的说明")
    v2 = service.save_draft(HR_ADMIN, edited, v1.id)
    assert (v2.version, v2.status, v2.in_use) == (2, TemplateStatus.DRAFT, False)
    assert v2.id != v1.id
    assert service.get(HR_ADMIN, v1.id).template == supervisor_template()
    assert service.get(HR_ADMIN, v2.id).template == replace(edited, version=2)
    assert service.get(HR_ADMIN, v2.id).template.weight_total() == Decimal(100)
