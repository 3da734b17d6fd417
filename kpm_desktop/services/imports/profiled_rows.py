"""An import profile applied to one file inside an import's unit of work: the rows
prepared by the profile (domain/profile_rows.py), then staff and customers named by name
or e-mail turned into their numbers, looked up once per chunk. A name no record has, or
several records share, is an error naming the row and the value."""

from __future__ import annotations

from collections.abc import Sequence

from kpm_desktop.domain.cell_values import clean_text
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import is_blank
from kpm_desktop.domain.import_profiles import ImportProfile, ReferenceMode
from kpm_desktop.domain.import_rows import RowError
from kpm_desktop.domain.profile_rows import ProfiledRows, ProfileLayout, UnmappedValue
from kpm_desktop.storage.import_lookups import keys_by_attribute
from kpm_desktop.storage.sessions import Connection

PreparedRow = tuple[int, list[object], list[RowError]]

_UNKNOWN = {
    ("staff", ReferenceMode.NAME): UserText("no staff member has this name"),
    ("staff", ReferenceMode.EMAIL): UserText("no staff member has this e-mail"),
    ("customers", ReferenceMode.NAME): UserText("no customer has this name"),
    ("customers", ReferenceMode.EMAIL): UserText("no customer has this e-mail"),
}


class ProfiledImport:
    def __init__(
        self,
        profile: ImportProfile,
        kind: TableDefinition,
        headers: Sequence[str],
        file: str,
        connection: Connection,
    ) -> None:
        self.profile = profile
        self.layout = ProfileLayout(profile, kind, headers, file)
        self._rows = ProfiledRows(profile, self.layout)
        self._connection = connection
        self._names: list[tuple[int, str, str, ReferenceMode]] = []
        for position, plan in enumerate(self.layout.plans):
            reference = plan.column.reference
            if reference is None:
                continue
            mode = profile.reference_mode(reference.kind)
            if mode is not ReferenceMode.NUMBER:
                self._names.append((position, plan.header, reference.kind, mode))
        self._known: dict[tuple[str, ReferenceMode], dict[str, list[str]]] = {}

    def unmapped(self) -> list[UnmappedValue]:
        return self._rows.unmapped()

    def prepare(self, chunk: Sequence[tuple[int, Sequence[object]]]) -> list[PreparedRow]:
        prepared = [(number, *self._rows.prepare(number, cells)) for number, cells in chunk]
        for position, header, kind, mode in self._names:
            self._resolve_names(prepared, position, header, kind, mode)
        return prepared

    def _resolve_names(
        self,
        prepared: list[PreparedRow],
        position: int,
        header: str,
        kind: str,
        mode: ReferenceMode,
    ) -> None:
        known = self._known.setdefault((kind, mode), {})
        texts = {clean_text(row[position]) for _n, row, _e in prepared} - {""}
        missing = texts - known.keys()
        if missing:
            known.update(keys_by_attribute(self._connection, kind, mode.value, missing))
        for number, row, errors in prepared:
            raw = row[position]
            if is_blank(raw):
                continue
            text = clean_text(raw)
            keys = known[text]
            if len(keys) == 1:
                row[position] = keys[0]
                continue
            reason = (
                UserText("ambiguous: it matches {keys}", keys=", ".join(keys))
                if keys
                else _UNKNOWN[kind, mode]
            )
            errors.append(RowError(number, header, text, reason))
            row[position] = None
