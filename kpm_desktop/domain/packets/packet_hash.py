"""The hidden sheet of a packet and its keyed hash (docs/formats.md, "Rater packets").

The hidden sheet holds the manifest (packet, cycle, rater, each appraisal's id, version
and template version) and the exported value of every fixed cell, as rows of text. The
keyed hash is HMAC-SHA256, with the packet's own key kept in the database, over those
rows in canonical JSON: a changed manifest or cell copy breaks it, and a changed fixed
cell differs from its copy. Formula cells are not covered: office suites rewrite formula
text, and the app recomputes every score on import anyway.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal, InvalidOperation

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.packets.packet_content import PACKET_FORMAT, PacketManifest, PacketSheet
from kpm_desktop.domain.packets.packet_errors import PacketError
from kpm_desktop.domain.rubric import RaterRole

HIDDEN_SHEET = "_packet"
MAGIC = "KPM Desktop rater packet"
CellKey = tuple[str, str]  # (sheet name, coordinate such as "E5")


def cell_text(value: object) -> str:
    """A cell's value as compared and hashed: numbers as people write them (20.0 -> 20),
    line breaks as \\n, empty and None alike."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        try:
            return fmt(Decimal(str(value)).normalize())
        except InvalidOperation:
            return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value).replace("\r\n", "\n")


def manifest_rows(manifest: PacketManifest) -> list[list[str]]:
    rows = [
        ["magic", MAGIC],
        ["format", str(manifest.format)],
        ["packet", manifest.packet_code],
        ["cycle", manifest.period],
        ["rater", manifest.rater_no],
        ["rater_name", manifest.rater_name],
        ["exported_at", manifest.exported_at.isoformat(timespec="seconds")],
    ]
    rows += [
        [
            "sheet",
            s.sheet_name,
            str(s.appraisal_id),
            str(s.version),
            s.role.value,
            str(s.template_id),
            str(s.template_version),
            s.employee_no,
        ]
        for s in manifest.sheets
    ]
    return rows


def hidden_rows(manifest: PacketManifest, cells: Mapping[CellKey, str]) -> list[list[str]]:
    """The hidden sheet's rows, the digest row excluded (it follows them)."""
    return manifest_rows(manifest) + [
        ["cell", sheet, coordinate, text] for (sheet, coordinate), text in cells.items()
    ]


def digest(key: bytes, rows: Sequence[Sequence[str]]) -> str:
    canonical = json.dumps([list(r) for r in rows], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def digests_match(key: bytes, rows: Sequence[Sequence[str]], claimed: str) -> bool:
    return hmac.compare_digest(digest(key, rows), claimed)


def manifest_json(manifest: PacketManifest) -> str:
    """The copy the database keeps, to name what differs when a hidden sheet was edited."""
    return json.dumps(manifest_rows(manifest), ensure_ascii=False)


def _field(rows: Sequence[Sequence[str]], name: str, file: str) -> str:
    for row in rows:
        if row and row[0] == name and len(row) > 1:
            return row[1]
    raise PacketError(
        "{file}: the hidden packet sheet has no '{name}' line; it was damaged or is not a "
        "KPM Desktop packet",
        file=file,
        name=name,
    )


def _sheet_of(row: Sequence[str], file: str) -> PacketSheet:
    try:
        name, appraisal, version, role, template, template_version, number = row[1:8]
        return PacketSheet(
            name,
            int(appraisal),
            int(version),
            RaterRole(role),
            int(template),
            int(template_version),
            number,
        )
    except ValueError:
        raise PacketError(
            "{file}: the hidden packet sheet has a damaged sheet line: {line}",
            file=file,
            line=" | ".join(row),
        ) from None


def read_manifest(rows: Sequence[Sequence[str]], file: str) -> PacketManifest:
    """The manifest of a hidden sheet's rows; a newer format is refused by name."""
    if _field(rows, "magic", file) != MAGIC:
        raise PacketError("{file} is not a KPM Desktop rater packet", file=file)
    fmt_text = _field(rows, "format", file)
    if not fmt_text.isdigit():
        raise PacketError(
            "{file}: the packet format '{value}' is not a number", file=file, value=fmt_text
        )
    if int(fmt_text) > PACKET_FORMAT:
        raise PacketError(
            "{file} was written by a newer version of KPM Desktop (packet format {found}, "
            "this version reads {known}): update KPM Desktop to import it",
            file=file,
            found=int(fmt_text),
            known=PACKET_FORMAT,
        )
    try:
        exported = datetime.fromisoformat(_field(rows, "exported_at", file))
    except ValueError:
        raise PacketError("{file}: the packet's export time is damaged", file=file) from None
    return PacketManifest(
        packet_code=_field(rows, "packet", file),
        period=_field(rows, "cycle", file),
        rater_no=_field(rows, "rater", file),
        rater_name=_field(rows, "rater_name", file),
        exported_at=exported,
        sheets=tuple(_sheet_of(r, file) for r in rows if r and r[0] == "sheet"),
        format=int(fmt_text),
    )


def recorded_cells(rows: Sequence[Sequence[str]]) -> dict[CellKey, str]:
    return {(r[1], r[2]): (r[3] if len(r) > 3 else "") for r in rows if r and r[0] == "cell"}


def manifest_differences(stored_json: str, found: PacketManifest) -> list[UserText]:
    """What the hidden sheet says unlike the database's copy, line by line."""
    stored = [list(map(str, row)) for row in json.loads(stored_json)]
    now = manifest_rows(found)
    differences = [
        UserText(
            "{what}: exported '{exported}', the file says '{found}'",
            what=" ".join(old[:1] + old[1:2] if old[0] == "sheet" else old[:1]),
            exported=" | ".join(old[1:]),
            found=" | ".join(new[1:]),
        )
        for old, new in zip(stored, now, strict=False)
        if old != new
    ]
    if len(stored) != len(now):
        differences.append(
            UserText(
                "{exported} lines were exported, the file has {found}",
                exported=len(stored),
                found=len(now),
            )
        )
    return differences
