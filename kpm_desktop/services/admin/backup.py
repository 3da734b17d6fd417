"""Backing up and restoring the SQLite database from the app, and the daily backup.

Only a local SQLite file is backed up here. The shared office database (PostgreSQL) is
backed up on the server with `pg_dump`, by whoever runs that server.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.witness import Anchor
from kpm_desktop.private_files import make_private_dir
from kpm_desktop.services.audit_trail.witness import ChainWitness, read_anchor, write_private_file
from kpm_desktop.storage.database import Database, is_sqlite_file
from kpm_desktop.storage.migrate import is_known_revision, migrate
from kpm_desktop.storage.sqlite_copies import (
    inspect_database_file,
    overwrite_database,
    read_chain_head,
    write_consistent_copy,
)

DAILY_BACKUPS_KEPT = 14
SIDECAR_SUFFIX = ".anchor.json"
_LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_backup: Path  # the database as it was just before the restore


class BackupService:
    def __init__(
        self,
        database: Database,
        backups_dir: Path,
        *,
        keep_daily: int = DAILY_BACKUPS_KEPT,
        now: Callable[[], datetime] = datetime.now,
        witness: ChainWitness | None = None,
    ) -> None:
        self._database = database
        self._witness = witness
        self.backups_dir = backups_dir
        self._keep_daily = keep_daily
        self._now = now

    @property
    def is_available(self) -> bool:
        """Backups from the app work on a SQLite file; the UI greys the actions out otherwise."""
        return self._database.file_path is not None

    def suggested_backup_name(self) -> str:
        stem = self._database_file().stem
        return f"{stem}-{self._now():%Y-%m-%d-%H%M}.sqlite3"

    def backup_to(self, destination: Path) -> Path:
        """Write a consistent copy of the open database to `destination`."""
        database_file = self._database_file()
        destination = destination.expanduser().resolve()
        if destination == database_file:
            raise ValidationError(
                "Choose another file for the backup: {destination} is the database itself",
                destination=destination,
            )
        if not destination.parent.is_dir():
            raise ValidationError(
                "Cannot write the backup {destination}: folder {parent} does not exist",
                destination=destination,
                parent=destination.parent,
            )
        self._write_copy(database_file, destination)
        return destination

    def restore_from(self, source: Path) -> RestoreResult:
        """Replace the database with the backup `source`, after checking it and saving a copy
        of the current database in the backups folder. Nothing changes when a check fails.
        """
        database_file = self._database_file()
        source = source.expanduser().resolve()
        if source == database_file:
            raise ValidationError(
                "{source} is the open database itself; choose a backup file", source=source
            )
        _check_looks_like_sqlite(source)
        staging = database_file.with_name(f".{database_file.stem}.restoring.sqlite3")
        try:
            _stage_copy(source, staging)
            _check_restorable(source, staging)
            _check_against_sidecar(source, staging)
            safety_backup = self._write_safety_backup(database_file)
            self._database.dispose()
            try:
                overwrite_database(staging, database_file)
            except sqlite3.Error as exc:
                raise ValidationError(
                    "Restoring {source} failed ({exc}); the database was not changed. A copy of it "
                    "is at {safety_backup}",
                    source=source,
                    exc=exc,
                    safety_backup=safety_backup,
                ) from exc
        finally:
            staging.unlink(missing_ok=True)
        # A backup from an older version is brought up to date like any old database.
        migrate(self._database)
        if self._witness is not None:
            # Going back to a backup shortens the log on purpose: witness it as it is now.
            self._witness.reset()
        return RestoreResult(source, safety_backup)

    def daily_backup(self) -> Path | None:
        """On the first start of a day, copy the database into the backups folder and keep
        the newest ones only. Returns the new copy, or None when there was nothing to do.
        """
        database_file = self._database.file_path
        if database_file is None or not database_file.exists():
            return None
        prefix = f"{database_file.stem}-daily-"
        target = self.backups_dir / f"{prefix}{self._now().date():%Y-%m-%d}.sqlite3"
        if target.exists():
            return None
        self._make_backups_dir()
        self._write_copy(database_file, target)
        daily = sorted(self.backups_dir.glob(f"{prefix}*.sqlite3"))
        for old in daily[: max(0, len(daily) - self._keep_daily)]:
            old.unlink()
            sidecar_of(old).unlink(missing_ok=True)
        return target

    def daily_backups(self) -> list[Path]:
        stem = self._database_file().stem
        return sorted(self.backups_dir.glob(f"{stem}-daily-*.sqlite3"))

    def _database_file(self) -> Path:
        path = self._database.file_path
        if path is None:
            raise ValidationError(
                "Backup and restore from the app work on a local SQLite database only; "
                "back up the office database (PostgreSQL) on its server with pg_dump"
            )
        return path.resolve()

    def _make_backups_dir(self) -> None:
        try:
            make_private_dir(self.backups_dir)
        except OSError as exc:
            raise ValidationError(
                "Cannot create the backups folder {backups_dir}: {reason}",
                backups_dir=self.backups_dir,
                reason=exc.strerror,
            ) from exc

    def _write_safety_backup(self, database_file: Path) -> Path:
        self._make_backups_dir()
        stamp = self._now().strftime("%Y-%m-%d-%H%M%S")
        target = self.backups_dir / f"{database_file.stem}-before-restore-{stamp}.sqlite3"
        self._write_copy(database_file, target)
        return target

    def _write_copy(self, source: Path, destination: Path) -> None:
        """The copy, then its sidecar: the chain head the copy holds, kept beside it so a
        log cut short in the copy (or later in the database) shows against it."""
        _write_copy(source, destination)
        try:
            head = read_chain_head(destination)
            if head is not None:
                anchor = Anchor(head[0], self._database.location, head[1], head[2], _utc_now())
                write_private_file(sidecar_of(destination), anchor.to_json())
        except (OSError, sqlite3.Error):
            _LOG.exception("Could not write the anchor beside the backup %s", destination)


def sidecar_of(backup: Path) -> Path:
    """The anchor file beside a backup: `kpm-2026-12-07.sqlite3.anchor.json`."""
    return backup.with_name(backup.name + SIDECAR_SUFFIX)


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _write_copy(source: Path, destination: Path) -> None:
    """Write through a partial file and rename it: a failed backup never looks complete."""
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        write_consistent_copy(source, partial)
        partial.replace(destination)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ValidationError(
            "Cannot write the backup {destination}: {reason}",
            destination=destination,
            reason=reason,
        ) from exc


def _check_against_sidecar(source: Path, staging: Path) -> None:
    """A backup with an anchor beside it must still end where the anchor says: a log cut
    or rewritten in the copy is refused rather than restored."""
    sidecar = sidecar_of(source)
    try:
        anchor = read_anchor(sidecar)
    except (OSError, ValueError) as exc:
        raise ValidationError(
            "Cannot restore {source}: its anchor {sidecar} cannot be read ({exc})",
            source=source,
            sidecar=sidecar,
            exc=exc,
        ) from exc
    head = read_chain_head(staging)
    if anchor is None or head is None:
        return
    if (head[1], head[2]) != (anchor.sequence, anchor.hash):
        raise ValidationError(
            "Cannot restore {source}: its audit log ends at entry {entry} ({hash}), but its "
            "anchor {sidecar} says entry {sequence} ({expected}): the backup was changed after "
            "it was written",
            source=source,
            entry=head[1],
            hash=head[2][:12] + "…",
            sidecar=sidecar,
            sequence=anchor.sequence,
            expected=anchor.hash[:12] + "…",
        )


def _check_looks_like_sqlite(source: Path) -> None:
    if not source.is_file():
        raise ValidationError("Cannot restore {source}: there is no such file", source=source)
    if source.stat().st_size == 0 or not is_sqlite_file(source):
        raise ValidationError(
            "Cannot restore {source}: it is not a KPM Desktop database (not a SQLite file)",
            source=source,
        )


def _stage_copy(source: Path, staging: Path) -> None:
    staging.unlink(missing_ok=True)
    try:
        write_consistent_copy(source, staging)
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            "Cannot restore {source}: the file is damaged ({exc})", source=source, exc=exc
        ) from exc
    except OSError as exc:
        raise ValidationError(
            "Cannot read {source}: {reason}", source=source, reason=exc.strerror
        ) from exc


def _check_restorable(source: Path, staging: Path) -> None:
    try:
        facts = inspect_database_file(staging)
    except sqlite3.DatabaseError as exc:
        raise ValidationError(
            "Cannot restore {source}: the file is damaged ({exc})", source=source, exc=exc
        ) from exc
    if facts.integrity_problems:
        raise ValidationError(
            "Cannot restore {source}: the file is damaged (integrity check: {integrity_problems})",
            source=source,
            integrity_problems=facts.integrity_problems[0],
        )
    if facts.schema_revision is None:
        raise ValidationError(
            "Cannot restore {source}: it is not a KPM Desktop database (no schema version)",
            source=source,
        )
    if not is_known_revision(facts.schema_revision):
        raise ValidationError(
            "Cannot restore {source}: it was made by a newer KPM Desktop (schema "
            "{schema_revision}); update the application first",
            source=source,
            schema_revision=facts.schema_revision,
        )
