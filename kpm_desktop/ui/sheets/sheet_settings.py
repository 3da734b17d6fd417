"""Settings of printed sheets: the company name, the signing certificate, and whether a
chart page follows each sheet.

The company name, the certificate's path and the chart page choice are kept in QSettings;
the certificate's password only in memory for this session (asked again after a restart,
never written).
When a certificate is set, PDFs saved or exported from the app are signed with it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.services.sheets.sheet_views import DEFAULT_COMPANY, SheetSigning
from kpm_desktop.ui.common.line_edits import with_placeholder

COMPANY_KEY = "sheets/company"
CERTIFICATE_KEY = "sheets/pkcs12_path"
CHART_PAGE_KEY = "sheets/chart_page"


class SheetSettings:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self._password: str | None = None

    @property
    def company(self) -> str:
        value = self._settings.value(COMPANY_KEY, DEFAULT_COMPANY)
        return str(value) if value else DEFAULT_COMPANY

    @company.setter
    def company(self, name: str) -> None:
        self._settings.setValue(COMPANY_KEY, name.strip() or DEFAULT_COMPANY)

    @property
    def chart_page(self) -> bool:
        """Print and export sheets with the staff member's chart page after them."""
        value = self._settings.value(CHART_PAGE_KEY, False)
        return value in (True, "true")

    @chart_page.setter
    def chart_page(self, include: bool) -> None:
        self._settings.setValue(CHART_PAGE_KEY, include)

    @property
    def certificate(self) -> Path | None:
        value = self._settings.value(CERTIFICATE_KEY, "")
        return Path(str(value)) if value else None

    def set_certificate(self, path: Path | None, password: str | None) -> None:
        self._settings.setValue(CERTIFICATE_KEY, "" if path is None else str(path))
        self._password = None if path is None else password

    def set_password(self, password: str) -> None:
        self._password = password

    @property
    def needs_password(self) -> bool:
        return self.certificate is not None and self._password is None

    def signing(self) -> SheetSigning | None:
        """The certificate to sign with, when one is set and its password was given."""
        path = self.certificate
        if path is None or self._password is None:
            return None
        return SheetSigning(path, self._password)


def with_signing(
    parent: QWidget, settings: SheetSettings, then: Callable[[SheetSigning | None], object]
) -> QInputDialog | None:
    """Call `then` with the signing certificate, asking for its password first (once per
    session, non-blocking) when a certificate is set; a refused prompt calls nothing."""
    if not settings.needs_password:
        then(settings.signing())
        return None
    prompt = QInputDialog(parent)
    prompt.setWindowTitle(QCoreApplication.translate("SheetSettings", "Signing certificate"))
    label = QCoreApplication.translate("SheetSettings", "Password of %1 (kept until you quit)")
    prompt.setLabelText(label.replace("%1", str(settings.certificate)))
    prompt.setTextEchoMode(QLineEdit.EchoMode.Password)

    def given(password: str) -> None:
        settings.set_password(password)
        then(settings.signing())

    prompt.textValueSelected.connect(given)
    prompt.open()
    return prompt


class SheetSettingsDialog(QDialog):
    """Company name and signing certificate; `open()` it, `saved` when accepted."""

    saved = Signal()

    def __init__(self, settings: SheetSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Evaluation sheet settings"))
        self.company = QLineEdit(settings.company)
        self.certificate = QLineEdit(
            "" if settings.certificate is None else str(settings.certificate)
        )
        with_placeholder(self.certificate, self.tr("none: sheets are not signed"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        with_placeholder(self.password, self.tr("asked once per session, never stored"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.certificate, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Company name"), self.company)
        form.addRow(self.tr("Signing certificate (PKCS#12)"), row)
        form.addRow(self.tr("Certificate password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def browse(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Signing certificate"))
        dialog.setNameFilter(self.tr("PKCS#12 certificates (*.p12 *.pfx)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.certificate.setText)
        dialog.open()
        return dialog

    def accept(self) -> None:
        text = self.certificate.text().strip()
        path = Path(text) if text else None
        if path is not None and not path.is_file():
            self.error.setText(self.tr("No such file: %1").replace("%1", text))
            return
        self._settings.company = self.company.text()
        self._settings.set_certificate(path, self.password.text() or None)
        super().accept()
        self.saved.emit()
