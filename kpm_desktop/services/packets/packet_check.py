"""Checking a returned packet: its hidden sheet against the keyed hash and the database's
copy, its protected cells against their exported values, then each filled sheet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.packets.packet_book import NAMED_DIFFERENCES, cell_differences
from kpm_desktop.domain.packets.packet_content import AppraiseeSheet, PacketManifest
from kpm_desktop.domain.packets.packet_errors import PacketError
from kpm_desktop.domain.packets.packet_filling import FilledSheet, read_filled_sheet
from kpm_desktop.domain.packets.packet_hash import (
    digests_match,
    manifest_differences,
    read_manifest,
    recorded_cells,
)
from kpm_desktop.domain.packets.packet_layout import sheet_layout
from kpm_desktop.services.appraisals.appraisal_loading import load_template
from kpm_desktop.services.packets.packet_reader import WorkbookCells, read_packet_workbook
from kpm_desktop.storage.database import UnitOfWork
from kpm_desktop.storage.packet_records import PacketRecord
from kpm_desktop.storage.packet_repository import packet_by_code


@dataclass(frozen=True)
class CheckedPacket:
    manifest: PacketManifest
    record: PacketRecord
    filled: dict[str, FilledSheet]  # by sheet name


def _listed(differences: list[UserText]) -> list[UserText]:
    """The first differences, and how many more there are."""
    more = len(differences) - NAMED_DIFFERENCES
    named = differences[:NAMED_DIFFERENCES]
    return [*named, UserText("and {more} more", more=more)] if more > 0 else named


def _split_digest(rows: list[list[str]], file: str) -> tuple[list[list[str]], str]:
    claimed = [r for r in rows if r and r[0] == "digest"]
    if len(claimed) != 1 or len(claimed[0]) < 2:
        raise PacketError("{file}: the hidden packet sheet has no keyed hash", file=file)
    return [r for r in rows if not r or r[0] != "digest"], claimed[0][1]


def _bound_record(
    uow: UnitOfWork, cells: WorkbookCells, file: str
) -> tuple[PacketManifest, PacketRecord, list[list[str]]]:
    rows, claimed = _split_digest(cells.hidden, file)
    manifest = read_manifest(rows, file)
    record = packet_by_code(uow.session, manifest.packet_code)
    if record is None:
        raise PacketError(
            "{file}: packet {code} was not exported from this database",
            file=file,
            code=manifest.packet_code,
        )
    if not digests_match(bytes.fromhex(record.hash_key), rows, claimed):
        differences = manifest_differences(record.manifest, manifest)
        if differences:
            raise PacketError(
                "{file}: the hidden packet sheet was changed: {differences}",
                file=file,
                differences=_listed(differences),
            )
        raise PacketError(
            "{file}: the hidden packet sheet was changed (its keyed hash does not match)",
            file=file,
        )
    return manifest, record, rows


def _expect(manifest: PacketManifest, file: str, period: str | None, rater: str | None) -> None:
    if period is not None and manifest.period != period:
        raise PacketError(
            "{file} is a packet of cycle {found}, not of cycle {expected}",
            file=file,
            found=manifest.period,
            expected=period,
        )
    if rater is not None and manifest.rater_no != rater:
        raise PacketError(
            "{file} is the packet of rater {found}, not of rater {expected}",
            file=file,
            found=f"{manifest.rater_no} {manifest.rater_name}",
            expected=rater,
        )


def check_packet(
    uow: UnitOfWork, path: Path, *, period: str | None = None, rater: str | None = None
) -> CheckedPacket:
    """The packet read and bound to its record; raises PacketError naming what differs."""
    file = path.name
    cells = read_packet_workbook(path)
    manifest, record, rows = _bound_record(uow, cells, file)
    _expect(manifest, file, period, rater)
    recorded = recorded_cells(rows)
    expected_sheets = {sheet for sheet, _ in recorded} | {s.sheet_name for s in manifest.sheets}
    differences = cell_differences(recorded, expected_sheets, cells.sheets)
    if differences:
        raise PacketError(
            "{file}: {count} protected cells or sheets differ from the export (edited, or "
            "rows moved): {differences}",
            file=file,
            count=len(differences),
            differences=_listed(differences),
        )
    filled: dict[str, FilledSheet] = {}
    for sheet in manifest.sheets:
        template = load_template(uow, sheet.template_id)
        layout = sheet_layout(AppraiseeSheet(sheet, "", "", template))
        fixed = {cell for name, cell in recorded if name == sheet.sheet_name}
        values = cells.sheets[sheet.sheet_name]
        filled[sheet.sheet_name] = read_filled_sheet(file, layout, template, values, fixed)
    return CheckedPacket(manifest, record, filled)
