"""File > Office time zone...: shows the zone; an HR admin changes it, others only see it."""

from PySide6.QtWidgets import QDialogButtonBox

from kpm_desktop.services.admin.office_zone import OfficeZoneService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.office_zone_dialog import OfficeZoneDialog
from tests.access_helpers import HR_ADMIN, VIEWER


def test_an_hr_admin_changes_the_zone(database: Database, qtbot) -> None:
    service = OfficeZoneService(database)
    dialog = OfficeZoneDialog(service, HR_ADMIN)
    qtbot.addWidget(dialog)
    assert dialog.zone_combo.currentText() == "Asia/Shanghai"
    dialog.zone_combo.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert "is not a time zone" in dialog.error_label.text()
    assert service.zone().key == "Asia/Shanghai"
    dialog.zone_combo.setCurrentText("Europe/Berlin")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert service.zone().key == "Europe/Berlin"


def test_a_viewer_only_sees_the_zone(database: Database, qtbot) -> None:
    dialog = OfficeZoneDialog(OfficeZoneService(database), VIEWER)
    qtbot.addWidget(dialog)
    assert dialog.zone_combo.currentText() == "Asia/Shanghai"
    assert not dialog.zone_combo.isEnabled()
    assert dialog.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close
