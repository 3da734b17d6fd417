"""Templates in the database: drafts, activation, versioning once used, import/export."""

from dataclasses import replace
from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME, supervisor_template
from kpm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kpm_desktop.domain.rubric import Category, TemplateStatus
from kpm_desktop.domain.rubric_json import template_to_text
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.domain.rubric_factories import indicator, template

D = Decimal


@pytest.fixture
def service(database: Database) -> TemplateService:
    return TemplateService(database)


def reweighted(sheet, *weights: str):
    indicators = tuple(
        replace(i, weight=D(w))
        for i, w in zip(sheet.categories[0].indicators, weights, strict=True)
    )
    return replace(sheet, categories=(Category(sheet.categories[0].name, indicators),))


def test_builtins_install_once_and_are_recreated_when_retired(service: TemplateService) -> None:
    assert len(service.install_builtins_on_first_start()) == 4
    assert service.install_builtins_on_first_start() == []
    assert service.install_builtins(None) == []
    supervisor = service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME)
    assert supervisor.template == supervisor_template()
    assert supervisor.summary.status is TemplateStatus.ACTIVE
    service.retire(HR_ADMIN, supervisor.summary.id)
    (again,) = service.install_builtins(None)
    assert (again.name, again.version, again.status) == (
        SUPERVISOR_TEMPLATE_NAME,
        2,
        TemplateStatus.ACTIVE,
    )
    assert service.install_builtins_on_first_start() == []


def test_draft_may_have_weights_off_but_is_not_activated(service: TemplateService) -> None:
    draft = service.save_draft(HR_ADMIN, template(indicator("A1", "30"), indicator("A2", "69.99")))
    assert draft.status is TemplateStatus.DRAFT
    with pytest.raises(
        ValidationError, match=r"indicator weights total 99\.99, 0\.01 short of 100"
    ):
        service.activate(HR_ADMIN, draft.id)
    fixed = service.save_draft(
        HR_ADMIN, template(indicator("A1", "30"), indicator("A2", "70")), draft.id
    )
    assert (fixed.id, fixed.version) == (draft.id, 1)
    assert service.activate(HR_ADMIN, draft.id).status is TemplateStatus.ACTIVE


def test_broken_structure_is_never_saved(service: TemplateService) -> None:
    with pytest.raises(ValidationError, match="indicator code A1 is used 2 times"):
        service.save_draft(HR_ADMIN, template(indicator("A1", "50"), indicator("A1", "50")))
    assert service.list_templates(HR_ADMIN) == []


def test_a_used_version_is_never_changed_in_place(service: TemplateService) -> None:
    (first, *_rest) = service.install_builtins(None)
    service.mark_in_use(HR_ADMIN, first.id)
    original = service.get(HR_ADMIN, first.id).template
    edited = reweighted(original, "40", "20", "20", "20")
    second = service.save_draft(HR_ADMIN, edited, first.id)
    assert second.id != first.id and second.version == 2 and second.status is TemplateStatus.DRAFT
    assert service.get(HR_ADMIN, first.id).template == original
    service.activate(HR_ADMIN, second.id)
    old = service.get(HR_ADMIN, first.id).summary
    assert (old.status, old.in_use) == (TemplateStatus.RETIRED, True)
    assert service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary.version == 2


def test_an_unused_active_version_is_edited_in_place_only_when_still_valid(
    service: TemplateService,
) -> None:
    (first, *_rest) = service.install_builtins(None)
    original = service.get(HR_ADMIN, first.id).template
    with pytest.raises(ValidationError, match="total 90, 10 short"):
        service.save_draft(HR_ADMIN, reweighted(original, "20", "30", "20", "20"), first.id)
    saved = service.save_draft(HR_ADMIN, reweighted(original, "25", "35", "20", "20"), first.id)
    assert (saved.id, saved.version, saved.status) == (first.id, 1, TemplateStatus.ACTIVE)


def test_only_an_active_template_can_be_used(service: TemplateService) -> None:
    draft = service.save_draft(HR_ADMIN, template(indicator("A1", "100")))
    with pytest.raises(ValidationError, match="only an active template"):
        service.mark_in_use(HR_ADMIN, draft.id)


def test_new_template_with_a_taken_name_is_a_conflict(service: TemplateService) -> None:
    service.save_draft(HR_ADMIN, template(indicator("A1", "100")))
    with pytest.raises(ConflictError, match="already exists"):
        service.save_draft(HR_ADMIN, template(indicator("B1", "100")))


def test_import_export_round_trip_and_reimport_is_idempotent(service: TemplateService) -> None:
    text = template_to_text(supervisor_template())
    imported = service.import_json(HR_ADMIN, text, "sup.json", activate=True)
    assert service.export_json(HR_ADMIN, imported.id) == text
    assert service.import_json(HR_ADMIN, text, "sup.json") == imported
    assert (
        service.import_json(HR_ADMIN, text.replace('"weight": 30,', '"weight": 30.00,', 1), "s")
        == imported
    )
    changed = text.replace("CRM各规范文件", "CRM各项规范文件")
    assert service.import_json(HR_ADMIN, changed, "sup.json").version == 2


def test_import_of_a_bad_file_names_the_place(service: TemplateService) -> None:
    with pytest.raises(ValidationError, match=r"^x.json: categories: is missing$"):
        service.import_json(HR_ADMIN, '{"name": "X"}', "x.json")


def test_unknown_template(service: TemplateService) -> None:
    with pytest.raises(NotFoundError, match="no template '无' v3"):
        service.find(HR_ADMIN, "无", 3)
