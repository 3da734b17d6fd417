"""Filter choices kept in QSettings, so a page shows the same rows after a restart: one text
value per filter under a group ("tables/customers/filters/region"), "" for none. The CRM
table pages and the appraisal list keep theirs here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSettings


class RememberedFilters:
    def __init__(self, settings: QSettings, group: str) -> None:
        self._settings = settings
        self._group = group

    def _key(self, name: str) -> str:
        return f"{self._group}/{name}"

    def value(self, name: str) -> str | None:
        """The remembered choice, None when there is none (or not a text)."""
        value = self._settings.value(self._key(name))
        return value if isinstance(value, str) and value else None

    def values(self, names: Iterable[str]) -> dict[str, str]:
        found = {name: self.value(name) for name in names}
        return {name: value for name, value in found.items() if value is not None}

    def remember(self, chosen: Mapping[str, str | None]) -> None:
        """Keep these choices; None (or "") forgets one."""
        for name, value in chosen.items():
            self._settings.setValue(self._key(name), value or "")
