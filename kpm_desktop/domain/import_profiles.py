"""Import profiles: how one CRM's export files are read, saved under a name per kind.

A profile says which header of the file feeds which field (one header may feed several,
e.g. a "Stage" column both the stage and the status of a deal; an empty list ignores the
header), how the file's words become stored values (`ValueMap`), how its dates and clock
times are written, how the file is laid out (encoding, delimiter, sheet, header row) and
how it names staff and customers (number, name or e-mail). The JSON form and its schema
are in docs/formats.md ("Import profiles"); `import_profile_json` reads and writes it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from kpm_desktop.domain.cell_values import clean_text
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.import_columns import Column

PROFILE_NAME_LIMIT = 100


class ReferenceMode(StrEnum):
    """How a file names a staff member or a customer."""

    NUMBER = "number"  # the business key: employee no., customer code
    NAME = "name"
    EMAIL = "email"


class Unmapped(StrEnum):
    """What happens to a file value a value map does not list."""

    REFUSE = "refuse"  # a row error
    KEEP = "keep"  # the value as the file writes it
    DEFAULT = "default"  # the map's default value


def value_key(raw: object) -> str:
    """File values match a value map ignoring case and surrounding spaces."""
    return clean_text(raw).casefold()


@dataclass(frozen=True)
class ValueMap:
    """File value -> stored value for one field, and what an unlisted value becomes."""

    values: Mapping[str, str]
    unmapped: Unmapped = Unmapped.REFUSE
    default: str = ""
    _keys: Mapping[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = {value_key(written): stored for written, stored in self.values.items()}
        object.__setattr__(self, "_keys", keys)

    def lookup(self, raw: object) -> str | None:
        return self._keys.get(value_key(raw))

    def with_values(self, added: Mapping[str, str]) -> ValueMap:
        return replace(self, values={**self.values, **added})


@dataclass(frozen=True)
class BlankWhen:
    """Leave `field` empty when `when`'s stored value is one of `values` (the expected
    close date an open opportunity carries)."""

    when: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class ColumnRule:
    """A header of the file and the fields it feeds; no fields: the header is ignored."""

    header: str
    fields: tuple[str, ...]

    @property
    def ignored(self) -> bool:
        return not self.fields


@dataclass(frozen=True)
class FileSettings:
    """How the file is laid out; None: found out from the file, as without a profile."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_row: int = 1


@dataclass(frozen=True)
class ImportProfile:
    name: str
    kind: str
    columns: tuple[ColumnRule, ...]
    values: Mapping[str, ValueMap] = field(default_factory=dict)
    blank_when: Mapping[str, BlankWhen] = field(default_factory=dict)
    date_format: str | None = None  # strptime format tried first, e.g. %m/%d/%Y
    datetime_format: str | None = None
    time_zone: str | None = None  # of the file's clock times; None: the office's zone
    file: FileSettings = FileSettings()
    staff_by: ReferenceMode = ReferenceMode.NUMBER
    customers_by: ReferenceMode = ReferenceMode.NUMBER
    description: str = ""
    built_in: bool = False  # a starting point shipped with KPM Desktop, copied to adjust

    def reference_mode(self, kind: str) -> ReferenceMode:
        """How the file names records of `kind` (staff, customers; departments by code)."""
        if kind == "staff":
            return self.staff_by
        if kind == "customers":
            return self.customers_by
        return ReferenceMode.NUMBER

    def renamed(self, name: str) -> ImportProfile:
        return replace(self, name=name, built_in=False)

    def with_columns(self, columns: Sequence[ColumnRule]) -> ImportProfile:
        return replace(self, columns=tuple(columns))

    def with_values(self, field_name: str, added: Mapping[str, str]) -> ImportProfile:
        """The profile with `added` file values mapped for `field_name`."""
        current = self.values.get(field_name, ValueMap({}))
        return replace(self, values={**self.values, field_name: current.with_values(added)})


def header_key(header: object) -> str:
    """Profile headers match the file's ignoring case, surrounding spaces and a BOM."""
    return " ".join(clean_text(header).lstrip("\ufeff").split()).casefold()


def field_indexes(profile: ImportProfile, headers: Sequence[str], file_name: str) -> dict[str, int]:
    """field -> index of the file's column feeding it; a mapped header the file lacks is
    an error naming the header and the profile."""
    index_of: dict[str, int] = {}
    for index, header in enumerate(headers):
        index_of.setdefault(header_key(header), index)
    missing = [rule.header for rule in profile.columns if not rule.ignored
               and header_key(rule.header) not in index_of]  # fmt: skip
    if missing:
        raise ValidationError(
            "{file}: the profile '{profile}' no longer fits this file: it has no column {columns}",
            file=file_name,
            profile=profile.name,
            columns=", ".join(f"'{header}'" for header in missing),
        )
    return {
        name: index_of[header_key(rule.header)] for rule in profile.columns for name in rule.fields
    }


def ignored_headers(profile: ImportProfile) -> frozenset[str]:
    """The headers the profile ignores on purpose (not worth a warning)."""
    return frozenset(header_key(rule.header) for rule in profile.columns if rule.ignored)


def fit(profile: ImportProfile, headers: Sequence[str]) -> int | None:
    """How many of the profile's headers the file has, or None when a mapped one is missing."""
    present = {header_key(header) for header in headers}
    found = 0
    for rule in profile.columns:
        if header_key(rule.header) in present:
            found += 1
        elif not rule.ignored:
            return None
    return found


def best_match(profiles: Sequence[ImportProfile], headers: Sequence[str]) -> ImportProfile | None:
    """The profile fitting the file best: most headers found; the user's own before a
    built-in starting point; None when none fits."""
    scored = [(score, not p.built_in, p) for p in profiles if (score := fit(p, headers))]
    if not scored:
        return None
    return max(scored, key=lambda entry: (entry[0], entry[1]))[2]


def profile_from_mapping(
    base: ImportProfile, headers: Sequence[str], mapping: Mapping[str, int]
) -> ImportProfile:
    """`base` with the columns of a wizard mapping (field -> index of `headers`)."""
    fields_of: dict[int, list[str]] = {}
    for name, index in mapping.items():
        fields_of.setdefault(index, []).append(name)
    rules = [
        ColumnRule(headers[index], tuple(names))
        for index, names in sorted(fields_of.items())
        if headers[index]
    ]
    used = {header_key(rule.header) for rule in rules}
    kept = [rule for rule in base.columns if rule.ignored and header_key(rule.header) not in used]
    return base.with_columns([*rules, *kept])


def choice_values(column: Column) -> tuple[str, ...]:
    """What a value map may turn a file value into for `column`: its stored choices, or
    anything for a text column (empty tuple)."""
    return column.stored_choices


def check_profile(profile: ImportProfile, kind: TableDefinition) -> None:
    """Refuse a profile naming fields its kind lacks, a field fed twice, or a value map
    into a value the field cannot hold."""
    seen: set[str] = set()
    for rule in profile.columns:
        for name in rule.fields:
            _column(kind, name, profile)
            if name in seen:
                raise ValidationError(
                    "profile '{profile}': the field '{field}' is fed by two columns",
                    profile=profile.name,
                    field=name,
                )
            seen.add(name)
    for name, value_map in profile.values.items():
        allowed = choice_values(_column(kind, name, profile))
        targets = [*value_map.values.values()]
        if value_map.unmapped is Unmapped.DEFAULT:
            targets.append(value_map.default)
        wrong = [target for target in targets if allowed and target not in allowed]
        if wrong:
            raise ValidationError(
                "profile '{profile}': '{value}' is not a value of {field}; use one of {allowed}",
                profile=profile.name,
                value=wrong[0],
                field=name,
                allowed=", ".join(allowed),
            )
    for name, blank in profile.blank_when.items():
        _column(kind, name, profile)
        _column(kind, blank.when, profile)


def _column(kind: TableDefinition, name: str, profile: ImportProfile) -> Column:
    for column in kind.columns:
        if column.field == name:
            return column
    raise ValidationError(
        "profile '{profile}': '{field}' is not a field of {kind}; use one of {fields}",
        profile=profile.name,
        field=name,
        kind=kind.name,
        fields=", ".join(column.field for column in kind.columns),
    )
