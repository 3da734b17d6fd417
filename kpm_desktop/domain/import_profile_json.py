"""The JSON form of an import profile (docs/formats.md, "Import profiles"; its schema is
resources/schemas/import-profile.schema.json)."""

from __future__ import annotations

import codecs
from datetime import datetime
from typing import Any

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profiles import (
    PROFILE_NAME_LIMIT,
    BlankWhen,
    ColumnRule,
    FileSettings,
    ImportProfile,
    ReferenceMode,
    Unmapped,
    ValueMap,
    check_profile,
)
from kpm_desktop.domain.json_reading import Reader, dumps, loads
from kpm_desktop.domain.office_time import office_zone

FORMAT = "kpm-import-profile"
VERSION = 1
IGNORE = "ignore"


def profile_to_json(profile: ImportProfile) -> dict[str, Any]:
    settings = profile.file
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": profile.name,
        "kind": profile.kind,
        "description": profile.description,
        "file": {
            "encoding": settings.encoding,
            "delimiter": settings.delimiter,
            "sheet": settings.sheet,
            "header_row": settings.header_row,
        },
        "columns": {
            rule.header: IGNORE if rule.ignored else list(rule.fields) for rule in profile.columns
        },
        "values": {name: _value_map_json(value_map) for name, value_map in profile.values.items()},
        "blank_when": {
            name: {"field": rule.when, "values": list(rule.values)}
            for name, rule in profile.blank_when.items()
        },
        "dates": {
            "date_format": profile.date_format,
            "datetime_format": profile.datetime_format,
            "time_zone": profile.time_zone,
        },
        "references": {"staff": profile.staff_by.value, "customers": profile.customers_by.value},
    }


def _value_map_json(value_map: ValueMap) -> dict[str, Any]:
    unmapped: Any = value_map.unmapped.value
    if value_map.unmapped is Unmapped.DEFAULT:
        unmapped = {"default": value_map.default}
    return {"map": dict(value_map.values), "unmapped": unmapped}


def profile_text(profile: ImportProfile) -> str:
    return dumps(profile_to_json(profile)) + "\n"


def read_profile(text: str, source: str, built_in: bool = False) -> ImportProfile:
    return profile_from_json(loads(text, source), source, built_in)


def profile_from_json(data: Any, source: str, built_in: bool = False) -> ImportProfile:
    """A checked profile; every error names the file and where in it."""
    top = Reader(data, source)
    if top.field("format").text() != FORMAT:
        raise top.field("format").error("expected '{format}'", format=FORMAT)
    if top.field("version").integer() != VERSION:
        raise top.field("version").error("unknown version; this program reads version 1")
    name = _name(top.field("name"))
    kind_reader = top.field("kind")
    kind = kind_reader.choice(_kind, list(IMPORT_KINDS), "kind of data")
    dates = top.optional("dates")
    references = top.optional("references")
    profile = ImportProfile(
        name=name,
        kind=kind,
        columns=_columns(top.field("columns")),
        values=_value_maps(top.optional("values")),
        blank_when=_blank_when(top.optional("blank_when")),
        date_format=_format(dates, "date_format"),
        datetime_format=_format(dates, "datetime_format"),
        time_zone=_zone(dates),
        file=_file_settings(top.optional("file")),
        staff_by=_mode(references, "staff"),
        customers_by=_mode(references, "customers"),
        description=top.field("description").text() if top.has("description") else "",
        built_in=built_in,
    )
    try:
        check_profile(profile, IMPORT_KINDS[kind])
    except ValidationError as exc:
        raise ValidationError("{file}: {problem}", file=source, problem=exc) from None
    return profile


def _kind(text: str) -> str:
    if text not in IMPORT_KINDS:
        raise ValueError(text)
    return text


def _name(reader: Reader) -> str:
    name = reader.text().strip()
    if not name or len(name) > PROFILE_NAME_LIMIT:
        raise reader.error("a name of 1 to {limit} characters", limit=PROFILE_NAME_LIMIT)
    return name


def _columns(reader: Reader) -> tuple[ColumnRule, ...]:
    rules = []
    for header, entry in reader.entries():
        if isinstance(entry.data, str):
            fields: tuple[str, ...] = () if entry.data == IGNORE else (entry.data,)
        else:
            fields = tuple(item.text() for item in entry.items())
        rules.append(ColumnRule(header, fields))
    if not rules:
        raise reader.error("a profile maps at least one column")
    return tuple(rules)


def _value_maps(reader: Reader | None) -> dict[str, ValueMap]:
    if reader is None:
        return {}
    maps = {}
    for name, entry in reader.entries():
        values = {written: target.text() for written, target in entry.field("map").entries()}
        unmapped, default = Unmapped.REFUSE, ""
        if entry.has("unmapped"):
            policy = entry.field("unmapped")
            if isinstance(policy.data, dict):
                unmapped, default = Unmapped.DEFAULT, policy.field("default").text()
            else:
                unmapped = policy.choice(Unmapped, ["refuse", "keep"], "policy")
        maps[name] = ValueMap(values, unmapped, default)
    return maps


def _blank_when(reader: Reader | None) -> dict[str, BlankWhen]:
    if reader is None:
        return {}
    return {
        name: BlankWhen(
            entry.field("field").text(),
            tuple(item.text() for item in entry.field("values").items()),
        )
        for name, entry in reader.entries()
    }


def _format(dates: Reader | None, key: str) -> str | None:
    reader = dates.optional(key) if dates is not None else None
    if reader is None:
        return None
    text = reader.text()
    try:
        datetime(2026, 12, 31, 23, 59, 58).strftime(text)
    except ValueError:
        raise reader.error("'{format}' is not a date format", format=text) from None
    if "%" not in text:
        raise reader.error("'{format}' is not a date format", format=text)
    return text


def _zone(dates: Reader | None) -> str | None:
    reader = dates.optional("time_zone") if dates is not None else None
    if reader is None:
        return None
    name = reader.text()
    try:
        office_zone(name)
    except ValidationError:
        raise reader.error("'{name}' is not a time zone", name=name) from None
    return name


def _file_settings(reader: Reader | None) -> FileSettings:
    if reader is None:
        return FileSettings()
    encoding = reader.field("encoding").text() if reader.has("encoding") else None
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise reader.field("encoding").error(
                "unknown encoding '{name}'", name=encoding
            ) from None
    delimiter = reader.field("delimiter").text() if reader.has("delimiter") else None
    if delimiter is not None and len(delimiter) != 1:
        raise reader.field("delimiter").error("a delimiter is one character")
    sheet = reader.field("sheet").text() if reader.has("sheet") else None
    header_row = reader.field("header_row").integer() if reader.has("header_row") else 1
    if header_row < 1:
        raise reader.field("header_row").error("rows count from 1")
    return FileSettings(encoding, delimiter, sheet, header_row)


def _mode(references: Reader | None, kind: str) -> ReferenceMode:
    reader = references.optional(kind) if references is not None else None
    if reader is None:
        return ReferenceMode.NUMBER
    return reader.choice(ReferenceMode, [mode.value for mode in ReferenceMode], "reference")
