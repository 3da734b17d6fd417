"""The settings of an import profile as a form: how the file is laid out (encoding,
delimiter, sheet, header row), how it writes dates and in which zone its clock times
are, and how it names staff and customers. The columns and value maps are edited as JSON
beside it, or in the import wizard."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from kpm_desktop.domain.import_profiles import ImportProfile, ReferenceMode

DETECTED = ""


class ProfileSettingsForm(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.description = QLineEdit()
        self.encoding = QComboBox()
        for label, codec in (
            (self.tr("found out from the file"), DETECTED),
            (self.tr("UTF-8"), "utf-8"),
            (self.tr("UTF-8 with BOM"), "utf-8-sig"),
            (self.tr("GB18030 (GBK)"), "gb18030"),
        ):
            self.encoding.addItem(label, codec)
        self.delimiter = QComboBox()
        for label, value in (
            (self.tr("found out from the file"), DETECTED),
            (self.tr("comma"), ","),
            (self.tr("semicolon"), ";"),
            (self.tr("tab"), "\t"),
        ):
            self.delimiter.addItem(label, value)
        self.sheet = QLineEdit()
        self.sheet.setPlaceholderText(self.tr("the first sheet"))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.date_format = QLineEdit()
        self.date_format.setPlaceholderText(self.tr("e.g. %m/%d/%Y; empty: the usual forms"))
        self.datetime_format = QLineEdit()
        self.datetime_format.setPlaceholderText(self.tr("e.g. %Y-%m-%d %H:%M"))
        self.time_zone = QLineEdit()
        self.time_zone.setPlaceholderText(self.tr("the office time zone"))
        self.staff_by = self._modes(self.tr("employee no."))
        self.customers_by = self._modes(self.tr("customer code"))
        form = QFormLayout(self)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        form.addRow(self.tr("XLSX sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow(self.tr("Date format"), self.date_format)
        form.addRow(self.tr("Date and time format"), self.datetime_format)
        form.addRow(self.tr("Time zone of clock times"), self.time_zone)
        form.addRow(self.tr("Staff named by"), self.staff_by)
        form.addRow(self.tr("Customers named by"), self.customers_by)

    def _modes(self, number: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(number, ReferenceMode.NUMBER.value)
        combo.addItem(self.tr("name"), ReferenceMode.NAME.value)
        combo.addItem(self.tr("e-mail"), ReferenceMode.EMAIL.value)
        return combo

    def show_profile(self, profile: ImportProfile) -> None:
        settings = profile.file
        self.description.setText(profile.description)
        _choose(self.encoding, settings.encoding or DETECTED)
        _choose(self.delimiter, settings.delimiter or DETECTED)
        self.sheet.setText(settings.sheet or "")
        self.header_row.setValue(settings.header_row)
        self.date_format.setText(profile.date_format or "")
        self.datetime_format.setText(profile.datetime_format or "")
        self.time_zone.setText(profile.time_zone or "")
        self.staff_by.setCurrentIndex(self.staff_by.findData(profile.staff_by.value))
        self.customers_by.setCurrentIndex(self.customers_by.findData(profile.customers_by.value))

    def write_into(self, document: dict[str, Any]) -> None:
        """Put the form's settings into a profile's JSON document (docs/formats.md)."""
        document["description"] = self.description.text().strip()
        document["file"] = {
            "encoding": self.encoding.currentData() or None,
            "delimiter": self.delimiter.currentData() or None,
            "sheet": _or_none(self.sheet.text()),
            "header_row": self.header_row.value(),
        }
        document["dates"] = {
            "date_format": _or_none(self.date_format.text()),
            "datetime_format": _or_none(self.datetime_format.text()),
            "time_zone": _or_none(self.time_zone.text()),
        }
        document["references"] = {
            "staff": self.staff_by.currentData(),
            "customers": self.customers_by.currentData(),
        }


def _choose(combo: QComboBox, value: str) -> None:
    """Select `value`, adding it as it is when the list lacks it (a profile's own codec)."""
    if combo.findData(value) < 0:
        combo.addItem(value, value)
    combo.setCurrentIndex(combo.findData(value))


def _or_none(text: str) -> str | None:
    return text.strip() or None
