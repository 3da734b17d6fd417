"""The import wizard with import profiles (picked by the file's headers, switched, saved,
unmapped values mapped before the import) and the Import profiles dialog."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from kpm_desktop.domain.import_profiles import ColumnRule
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DealRecord
from kpm_desktop.ui.imports.import_profiles_dialog import ImportProfilesDialog
from kpm_desktop.ui.imports.import_wizard import ImportWizard
from kpm_desktop.ui.imports.profile_bar import NO_PROFILE
from tests.access_helpers import HR_ADMIN
from tests.services.crm_export_files import hubspot_deals, names, salesforce_deals

SALESFORCE = "Salesforce opportunities report"


def _statuses(database: Database, prefix: str) -> dict[str, str]:
    with database.unit_of_work() as uow:
        rows = uow.session.execute(
            select(DealRecord.code, DealRecord.status).where(DealRecord.code.like(f"{prefix}%"))
        )
        return {code: status for code, status in rows}


def _wizard(qtbot, database: Database, path: Path) -> ImportWizard:
    wizard = ImportWizard(ImportService(database), HR_ADMIN)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("deals"))
    page.path.setText(str(path))
    wizard.next()
    return wizard


def test_a_salesforce_report_through_the_wizard(
    qtbot, demo_database: Database, tmp_path: Path
) -> None:
    path = salesforce_deals(tmp_path / "report.csv", names(demo_database), stage="Verbal Commit")
    wizard = _wizard(qtbot, demo_database, path)
    mapping, bar = wizard.mapping_page, wizard.mapping_page.profile_bar
    assert bar.current_name() == SALESFORCE
    assert bar.picked.text() == f"Picked automatically: the file's headers fit '{SALESFORCE}'."
    assert mapping.isComplete() and mapping.mapping()["status"] == 4
    assert mapping.ignored_label.text() == "Every column of the file is imported."

    bar.select(NO_PROFILE)  # switching away: the Salesforce headers mean nothing by name
    assert not mapping.isComplete()
    bar.select(SALESFORCE)
    assert mapping.isComplete()

    with qtbot.waitSignal(wizard.check_page.finished, timeout=20_000):
        wizard.next()
    check = wizard.check_page
    unmapped = check.unmapped
    assert unmapped.isVisibleTo(check) and not check.isComplete()
    rows = unmapped.table.rowCount()
    values = [unmapped.table.item(row, 1).text() for row in range(rows)]
    assert values == ["Verbal Commit", "Verbal Commit"]  # its stage (refused), its status
    assert unmapped.table.item(0, 2).text() == "1 from row 3, refused"
    unmapped.choose(0, "商务谈判")
    with qtbot.waitSignal(check.finished, timeout=20_000):
        unmapped.apply_button.click()
    assert check.isComplete() and check.report.inserted == 3
    assert _statuses(demo_database, "SF-") == {}

    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        wizard.next()
    assert _statuses(demo_database, "SF-") == {
        "SF-Alpha": "won",
        "SF-Beta": "open",
        "SF-Gamma": "lost",
    }


def test_save_as_profile_after_a_mapping(qtbot, demo_database: Database, tmp_path: Path) -> None:
    service = ImportService(demo_database)
    path = hubspot_deals(tmp_path / "hubspot.csv", names(demo_database))
    wizard = _wizard(qtbot, demo_database, path)
    bar = wizard.mapping_page.profile_bar
    assert bar.current_name() == "HubSpot deals export"
    assert not bar.save_button.isEnabled()  # no name yet
    bar.save_name.setText("我们的HubSpot")
    bar.save_button.click()
    assert bar.save_status.text() == "Saved as profile '我们的HubSpot'."
    assert bar.current_name() == "我们的HubSpot"
    saved = service.profiles.get("我们的HubSpot")
    assert not saved.built_in and saved.values["stage"].lookup("Contract Sent") == "商务谈判"
    assert bar.save_name.text() == "我们的HubSpot"  # saving again updates it
    wizard.mapping_page.choose("items", 1)  # Deal Name as the item count: to see it saved
    bar.save_button.click()
    assert service.profiles.get("我们的HubSpot").columns[1] == ColumnRule("Deal Name", ("items",))
    wizard.mapping_page.choose("items", -1)
    bar.save_name.setText("HubSpot deals export")
    bar.save_button.click()
    assert "built-in starting point" in bar.save_status.text()
    bar.save_name.setText("我们的HubSpot")
    bar.save_button.click()
    with qtbot.waitSignal(wizard.check_page.finished, timeout=20_000):
        wizard.next()
    assert wizard.check_page.report.profile == "我们的HubSpot"
    assert wizard.check_page.report.inserted == 2


def test_the_profiles_dialog_copies_exports_imports_and_removes(
    qtbot, demo_database: Database, tmp_path: Path
) -> None:
    service = ImportService(demo_database).profiles
    dialog = ImportProfilesDialog(service, HR_ADMIN)
    qtbot.addWidget(dialog)
    dialog.open()
    items = [dialog.list.topLevelItem(row) for row in range(dialog.list.topLevelItemCount())]
    listed = {item.text(0): (item.text(1), item.text(2)) for item in items}
    assert listed[SALESFORCE] == ("Deals / orders", "built-in starting point")
    assert "HubSpot companies export" in listed
    dialog.list.setCurrentItem(next(item for item in items if item.text(0) == SALESFORCE))
    assert dialog.editor.isReadOnly() and not dialog.remove_button.isEnabled()
    dialog.copy_name.setText("本公司 Salesforce")
    dialog.copy_button.click()
    assert dialog.current_name() == "本公司 Salesforce" and not dialog.editor.isReadOnly()
    assert dialog.list.currentItem().text(2) == "saved"

    document = json.loads(dialog.editor.toPlainText())
    document["values"]["stage"]["map"]["Verbal Commit"] = "商务谈判"
    dialog.editor.setPlainText(json.dumps(document, ensure_ascii=False))
    dialog.save_changes()
    assert dialog.status.text() == "Saved '本公司 Salesforce'."
    assert service.get("本公司 Salesforce").values["stage"].lookup("verbal commit") == "商务谈判"

    dialog.editor.setPlainText("{")
    dialog.save_changes()
    assert "not valid JSON" in dialog.status.text()

    exported = tmp_path / "ours.json"
    assert dialog.export_to(exported)
    dialog.remove_current()
    assert "本公司 Salesforce" not in [p.name for p in service.profiles()]
    assert dialog.import_from(exported)
    assert dialog.current_name() == "本公司 Salesforce"
    assert service.get("本公司 Salesforce").values["stage"].lookup("Verbal Commit") == "商务谈判"


def test_the_settings_tab_edits_a_saved_profile(qtbot, demo_database: Database) -> None:
    service = ImportService(demo_database).profiles
    service.copy(HR_ADMIN, "HubSpot deals export", "ours")
    dialog = ImportProfilesDialog(service, HR_ADMIN)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.reload("ours")
    form = dialog.settings
    assert form.isEnabled() and form.date_format.text() == "%Y-%m-%d %H:%M"
    form.date_format.setText("%d.%m.%Y")
    form.delimiter.setCurrentIndex(form.delimiter.findData(";"))
    form.encoding.setCurrentIndex(form.encoding.findData("gb18030"))
    form.header_row.setValue(3)
    form.staff_by.setCurrentIndex(form.staff_by.findData("email"))
    form.time_zone.setText("Mars/Base")
    dialog.save_changes()
    assert "'Mars/Base' is not a time zone" in dialog.status.text()
    form.time_zone.setText("Asia/Shanghai")
    dialog.tabs.setCurrentWidget(dialog.editor)  # the form's settings carried into the JSON
    assert json.loads(dialog.editor.toPlainText())["dates"]["date_format"] == "%d.%m.%Y"
    dialog.save_changes()
    saved = service.get("ours")
    assert (saved.date_format, saved.time_zone, saved.staff_by.value) == (
        "%d.%m.%Y", "Asia/Shanghai", "email")  # fmt: skip
    assert (saved.file.encoding, saved.file.delimiter, saved.file.header_row) == (
        "gb18030", ";", 3)  # fmt: skip
    assert saved.values == service.get("HubSpot deals export").values
    dialog.reload("HubSpot deals export")
    assert not dialog.settings.isEnabled() and dialog.editor.isReadOnly()
