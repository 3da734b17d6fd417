"""Every dialog, message box and window of its own that KPM Desktop opens, for the screen-fit
test: each opener builds one the way the app does (mostly through the app's own non-blocking
entry points), filled with the demo company's data, and returns it unshown.

A dialog added to the app gets an opener here; the list is checked against the dialog
classes under kpm_desktop/ui by tests/ui/test_screen_fit.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.builtin_templates import vendor_selection_template
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.admin.office_zone import OfficeZoneService
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore
from kpm_desktop.ui.admin.account_actions import AccountActions, DemoRemovalResult
from kpm_desktop.ui.admin.backup_actions import BackupActions
from kpm_desktop.ui.admin.connection_dialog import ConnectionDialog
from kpm_desktop.ui.admin.first_admin_dialog import FirstAdminDialog
from kpm_desktop.ui.admin.integrity_check import IntegrityDialog
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.admin.office_zone_dialog import OfficeZoneDialog
from kpm_desktop.ui.admin.user_forms import NewPasswordForm, NewUserForm, RoleForm
from kpm_desktop.ui.admin.users_dialog import UsersDialog
from kpm_desktop.ui.appraisals.appraisal_form import AmendDialog, AppraisalFormWidget
from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage, OverrideDialog
from kpm_desktop.ui.appraisals.cycles_page import CreateCycleDialog
from kpm_desktop.ui.appraisals.rater_dialog import RaterDialog
from kpm_desktop.ui.common.crash_dialog import CrashDialog, user_error_box
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.crm_tables.crm_pages import crm_table_pages
from kpm_desktop.ui.crm_tables.record_dialog import RecordDialog
from kpm_desktop.ui.crm_tables.table_page import TablePage
from kpm_desktop.ui.imports.import_profiles_dialog import ImportProfilesDialog
from kpm_desktop.ui.imports.import_wizard import ImportWizard
from kpm_desktop.ui.kpis.chart_list_dialog import ChartListDialog
from kpm_desktop.ui.kpis.kpi_targets_dialog import KpiTargetDialog
from kpm_desktop.ui.kpis.marketing_sources_dialog import MarketingSourcesDialog
from kpm_desktop.ui.main_window import MainWindow
from kpm_desktop.ui.packets.packet_preview_dialog import PacketPreviewDialog
from kpm_desktop.ui.selections.score_sheet_dialog import ScoreSheetDialog
from kpm_desktop.ui.selections.selection_dialogs import (
    BidderDialog,
    DeadlineDialog,
    MemberDialog,
    MemberWeightDialog,
    NewSelectionDialog,
    RenameBidderDialog,
)
from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog
from kpm_desktop.ui.sheets.sheet_export import ExportSheetsDialog
from kpm_desktop.ui.sheets.sheet_settings import SheetSettings, SheetSettingsDialog, with_signing
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.appraisal_world import PERIOD, World
from tests.packet_helpers import edit_cells, export_for, sheet_names
from tests.services.import_helpers import write_csv


@dataclass
class Context:
    world: World
    settings: QSettings
    window: MainWindow
    tmp_path: Path

    def form(self, staff_no: str = "E00013") -> AppraisalFormWidget:
        """The appraisal form of `staff_no` in the open cycle (E00013 has three raters)."""
        services = self.world.services
        rows = services.appraisals.list(self.world.admin, period=PERIOD, current_only=True)
        chosen = next(row for row in rows if row.employee_no == staff_no)
        return AppraisalFormWidget(services.appraisals, self.world.admin, chosen.id)


Opener = Callable[[Context], QWidget]


def _record(c: Context) -> QWidget:
    fields = c.world.services.tables.customers.fields
    return RecordDialog("Add customer", fields, lambda raw: None, {}, c.window)


def _create_cycle(c: Context) -> QWidget:
    services, admin = c.world.services, c.world.admin
    templates = [(t.id, f"{t.name} v{t.version}") for t in services.templates.list_templates(admin)]
    return CreateCycleDialog(
        services.cycles, admin, templates, services.kpis.departments(), c.window
    )


def _calibration(c: Context) -> CalibrationPage:
    page = CalibrationPage(c.world.services.calibration, c.world.services.cycles, c.world.admin)
    page.setParent(c.window)
    return page


def _close_cycle_question(c: Context) -> QWidget:
    box = _calibration(c).confirm_close()
    assert box is not None
    return box


def _override(c: Context) -> QWidget:
    try:
        c.world.services.cycles.close(c.world.admin, PERIOD)
    except KpmUserError as exc:
        return OverrideDialog(user_message(exc), c.window)
    raise AssertionError("a cycle of drafts closes only with a reason")


def _step(action: Action) -> Opener:
    def open_confirmation(c: Context) -> QWidget:
        """The StepConfirmation the form opens for `action`."""
        form = c.form()
        form.setParent(c.window, form.windowFlags())
        dialog = form.confirm_step(action)
        assert dialog is not None
        return dialog

    return open_confirmation


def _assign_rater(c: Context) -> QWidget:
    services, admin = c.world.services, c.world.admin
    rows = services.appraisals.list(admin, period=PERIOD, current_only=True)
    chosen = next(row for row in rows if row.employee_no == "E00013")
    form = services.appraisals.form(admin, chosen.id)
    candidates = services.raters.rater_candidates(admin, chosen.id)
    return RaterDialog(services.raters, admin, form, candidates, c.window)


def _returned_packet(c: Context) -> QWidget:
    """A packet that came back with one appraisal scored and one cell in error."""
    path = export_for(c.world, c.tmp_path / "packets")
    first, second = sheet_names(path)[:2]
    edit_cells(path, {first: {"H5": "优", "I5": 92}, second: {"H5": "特优"}})
    previews = c.world.services.packets.preview(c.world.admin, [path], record_return=False)
    return PacketPreviewDialog(previews, c.window)


def _users(c: Context) -> QWidget:
    services = c.world.services
    return UsersDialog(services.auth, services.sign_ins, c.world.admin, c.window)


class _DemoAccounts:
    """The demo accounts of a company that still has all of them."""

    def active_names(self) -> list[str]:
        return ["demo.hr", "demo.supervisor", "demo.employee", "demo.viewer"]

    def remove(self, actor: Actor) -> DemoRemovalResult:
        raise AssertionError("not removed in a screen-fit test")


def _remove_demo(c: Context) -> QWidget:
    services = c.world.services
    actions = AccountActions(
        _DemoAccounts(), services.sign_ins, services.auth, c.world.admin, c.window
    )
    box = actions.confirm_remove_demo()
    assert box is not None
    return box


def _signing_password(c: Context) -> QWidget:
    sheet_settings = SheetSettings(c.settings)
    certificate = c.tmp_path / "certificates" / "人力资源部-考核表签名证书-2026.p12"
    sheet_settings.set_certificate(certificate, None)
    prompt = with_signing(c.window, sheet_settings, lambda _signing: None)
    assert prompt is not None
    return prompt


def _restore(c: Context) -> QWidget:
    actions = BackupActions(c.world.services.backup, c.window)
    return actions.confirm_restore(str(c.tmp_path / "backups" / "kpm-2026-09-30-1800.kpmbak"))


def _delete_record(c: Context) -> QWidget:
    _title, page = crm_table_pages(c.world.services.tables, c.world.admin, c.settings)[0]
    assert isinstance(page, TablePage)
    page.setParent(c.window)
    page.refresh()
    page.view.selectRow(0)
    page.delete_selected()
    assert page.confirm_box is not None
    return page.confirm_box


def _unsaved_template(c: Context) -> QWidget:
    store = DraftRecoveryStore(c.tmp_path / "recovery")
    page = TemplatesPage(c.world.services.templates, store, c.world.admin, c.window)
    editor = page.edit_row(0)
    assert editor is not None
    editor.undo_stack.push(QUndoCommand("an edit"))  # unsaved, as far as the editor knows
    editor.request_close()
    assert editor.close_prompt is not None
    return editor.close_prompt


def _chart_list(c: Context) -> QWidget:
    rows = [[f"销售一部 · 员工{n:02d}", f"{n * 1234.5:,.2f}", f"{n}.0 %"] for n in range(30)]
    return ChartListDialog("Revenue by staff", ["Staff", "Revenue", "Share"], rows, c.window)


def _selection_sheet(c: Context) -> QWidget:
    """A panel member's sheet on the built-in 选型评分 template (11 rated indicators)."""
    services, admin = c.world.services, c.world.admin
    template = vendor_selection_template()
    bidders = ["北京某某软件股份有限公司", "上海某某信息技术有限公司"]
    return ScoreSheetDialog(
        services.selections, admin, "CRM系统选型2026", template, bidders, c.window
    )


def _selection_bidder(c: Context) -> QWidget:
    ranked = [("P1", "软件许可费用")]
    return BidderDialog(
        c.world.services.selections, c.world.admin, "CRM系统选型2026", ranked, c.window
    )


def _error_box(c: Context) -> QWidget:
    message = "The file 客户导入-2026年第三季度-华东区域全部客户.xlsx cannot be read. " * 3
    return user_error_box(c.window, "KPM Desktop", message)


DIALOGS: dict[str, Opener] = {
    "record": _record,
    "KPI targets": lambda c: KpiTargetDialog(
        c.world.services.kpis, c.world.admin, PERIOD, c.window
    ),
    "marketing sources": lambda c: MarketingSourcesDialog(
        c.world.services.kpis, c.world.admin, PERIOD, c.window
    ),
    "chart list": _chart_list,
    "import profiles": lambda c: ImportProfilesDialog(
        c.world.services.imports.profiles, c.world.admin, c.window
    ),
    "office zone": lambda c: OfficeZoneDialog(
        OfficeZoneService(c.world.database), c.world.admin, c.window
    ),
    "connection": lambda c: ConnectionDialog(c.settings, lambda _target: "", c.window),
    "integrity": lambda c: IntegrityDialog(c.world.services.integrity.run(), c.window),
    "first start": lambda c: FirstAdminDialog(c.world.services.auth, c.window),
    "sign in / switch user": lambda c: LoginDialog(c.world.services.auth, c.window),
    "crash": lambda c: CrashDialog("Traceback: a test\n" * 40, c.window),
    "error message": _error_box,
    "delete a record": _delete_record,
    "unsaved template": _unsaved_template,
    "users": _users,
    "add a user": lambda c: NewUserForm(c.window),
    "reset a password": lambda c: NewPasswordForm("demo.supervisor", c.window),
    "change a role": lambda c: RoleForm("demo.supervisor", Role.SUPERVISOR, c.window),
    "remove demo accounts": _remove_demo,
    "restore a backup": _restore,
    "new cycle (extra raters)": _create_cycle,
    "close cycle question": _close_cycle_question,
    "close cycle override": _override,
    "appraisal form": lambda c: c.form(),
    "confirm submit": _step(Action.SUBMIT),
    "confirm finalize": _step(Action.FINALIZE),
    "confirm acknowledge": _step(Action.ACKNOWLEDGE),
    "amend": lambda c: AmendDialog(c.window),
    "assign a rater": _assign_rater,
    "returned packets": _returned_packet,
    "sheet settings": lambda c: SheetSettingsDialog(SheetSettings(c.settings), c.window),
    "signing password": _signing_password,
    "export sheets": lambda c: ExportSheetsDialog(PERIOD, c.window),
    "sheet check": lambda c: SheetCheckDialog(c.world.services.sheets, c.world.admin, c.window),
    # The set-up dialogs of the Selections page (the _ServiceDialog subclasses) and a sheet.
    "new selection": lambda c: NewSelectionDialog(
        c.world.services.selections, c.world.admin, c.window
    ),
    "selection bidder": _selection_bidder,
    "selection panel member": lambda c: MemberDialog(
        c.world.services.selections, c.world.admin, "CRM系统选型2026", c.window
    ),
    "selection sheet": _selection_sheet,
    "selection bidder rename": lambda c: RenameBidderDialog(
        c.world.services.selection_setup,
        c.world.admin,
        "CRM系统选型2026",
        "北京某某软件股份有限公司",
        c.window,
    ),
    "selection member weight": lambda c: MemberWeightDialog(
        c.world.services.selections,
        c.world.admin,
        "CRM系统选型2026",
        "wangfang",
        Decimal("33.33"),
        c.window,
    ),
    "selection deadline": lambda c: DeadlineDialog(
        c.world.services.selection_setup,
        c.world.admin,
        "CRM系统选型2026",
        date(2026, 9, 30),
        c.window,
    ),
}


def import_wizard_pages(qtbot: QtBot, c: Context) -> Iterator[tuple[str, QWizard]]:
    """The import wizard on each of its pages, with a file whose check finds an error."""
    rows = [
        ["客户编号", "客户名称", "创建日期", "负责人工号", "联系电话(手机或座机)"],
        ["W1", "华东区域重点客户一号有限公司", "2026/7/1", "E00002", "13800000001"],
        ["W2", "向导客户二", "2026-02-30", "E00002", ""],
    ]
    path = write_csv(c.tmp_path / "导入客户-2026年第三季度.csv", rows, "gbk")
    wizard = ImportWizard(c.world.services.imports, c.world.admin, c.window)
    page = wizard.file_page
    page.kind.setCurrentIndex(page.kind.findData("customers"))
    page.path.setText(str(path))
    yield "import wizard: file", wizard
    wizard.next()
    yield "import wizard: columns", wizard
    with qtbot.waitSignal(wizard.check_page.finished, timeout=30_000):
        wizard.next()
    yield "import wizard: check", wizard
