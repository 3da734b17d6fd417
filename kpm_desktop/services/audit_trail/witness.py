"""The witness: the audit chain's head kept in a file outside the database.

After each committed audit append the head is written to `witnesses/<key>.json` in the
user's data folder (config.witness_dir), keyed by the database's random id and location
(domain/witness.py). The file only moves forward along the same chain: when the log no
longer holds the witnessed entry with the witnessed hash, the witness is left as it is,
so `kpm verify` keeps reporting what was lost until someone looks.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.witness import Anchor, anchor_problems, witness_key
from kpm_desktop.private_files import make_private_dir, write_private_bytes
from kpm_desktop.storage import audit_repository as log
from kpm_desktop.storage.chain_identity_queries import database_identity, hash_of_entry
from kpm_desktop.storage.database import Database

_LOG = logging.getLogger(__name__)


def write_private_file(path: Path, text: str) -> None:
    """Write `text` whole (0600, through a temporary name) into a private folder."""
    make_private_dir(path.parent)
    write_private_bytes(path, text.encode("utf-8"))


def read_anchor(path: Path) -> Anchor | None:
    """The anchor in `path`; None when there is none. A damaged file is an error to show."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return Anchor.from_json(text)


@dataclass
class WitnessReport:
    """Problems make `kpm verify` fail; notes (first use, another database) do not."""

    problems: list[UserText] = field(default_factory=list)
    notes: list[UserText] = field(default_factory=list)
    anchor: Anchor | None = None


class ChainWitness:
    def __init__(self, database: Database, folder: Path, clock: Callable[[], datetime]) -> None:
        self._database = database
        self.folder = folder
        self._clock = clock
        self._lock = threading.Lock()
        self._database_id: str | None = None

    def path(self) -> Path | None:
        """This database's witness file; None before the database has an identity."""
        identity = self._identity()
        if identity is None:
            return None
        return self.folder / f"{witness_key(identity, self._database.location)}.json"

    def current_anchor(self) -> Anchor | None:
        """The chain head as the database holds it now, ready to be written somewhere."""
        with self._database.unit_of_work() as uow:
            identity = database_identity(uow.session)
            head = log.chain_head(uow.session)
        if identity is None or head is None:
            return None
        return Anchor(identity[0], self._database.location, head[0], head[1], self._clock())

    def advance(self, sequence: int, digest: str) -> None:
        """After a commit: move the witness to (sequence, digest) if it follows the chain.
        A failure to write is logged, never raised: the change is already committed."""
        try:
            with self._lock:
                self._advance(sequence, digest)
        except (OSError, ValueError):
            _LOG.exception("Could not update the audit witness in %s", self.folder)

    def _advance(self, sequence: int, digest: str) -> None:
        path = self.path()
        if path is None:
            return
        witnessed = read_anchor(path)
        if witnessed is not None:
            if witnessed.sequence >= sequence:
                return
            if witnessed.sequence and self._hash_at(witnessed.sequence) != witnessed.hash:
                _LOG.warning(
                    "The audit log no longer holds witnessed entry %s; witness kept",
                    witnessed.sequence,
                )
                return
        identity = self._identity()
        assert identity is not None
        anchor = Anchor(identity, self._database.location, sequence, digest, self._clock())
        write_private_file(path, anchor.to_json())

    def reset(self) -> Anchor | None:
        """Witness the chain as it is now, whatever was witnessed before: after a restore
        from a backup, which sets the log back on purpose."""
        self._database_id = None
        anchor = self.current_anchor()
        path = self.path()
        if anchor is not None and path is not None:
            with self._lock:
                write_private_file(path, anchor.to_json())
        return anchor

    def check(self, *, chain_sound: bool) -> WitnessReport:
        """Compare the log with the witness. With no witness yet (first use) a sound chain
        is witnessed now, and that is a note, not a problem."""
        path = self.path()
        if path is None:
            return WitnessReport(notes=[UserText("The database has no identity yet")])
        try:
            witnessed = read_anchor(path)
        except (OSError, ValueError) as exc:
            return WitnessReport(
                [UserText("The witness file {path} cannot be read: {exc}", path=path, exc=exc)]
            )
        with self._database.unit_of_work() as uow:
            head = log.chain_head(uow.session) or (0, "")
            at = None if witnessed is None else hash_of_entry(uow.session, witnessed.sequence)
        if witnessed is not None:
            return WitnessReport(anchor_problems(witnessed, head[0], at), anchor=witnessed)
        report = WitnessReport(notes=[self._first_use_note(path)])
        if chain_sound:
            report.anchor = self.reset()
        return report

    def _first_use_note(self, path: Path) -> UserText:
        others = self._others_here(path)
        if others:
            return UserText(
                "No witness for this database yet, but another database was witnessed at "
                "{location} (up to entry {sequence}): if this database was not created "
                "anew on purpose, its identity was changed",
                location=self._database.location,
                sequence=max(o.sequence for o in others),
            )
        return UserText(
            "No witness for this database yet (first check): witnessed now in {path}", path=path
        )

    def _others_here(self, own: Path) -> list[Anchor]:
        found = []
        for candidate in sorted(self.folder.glob("*.json")):
            if candidate == own:
                continue
            try:
                anchor = read_anchor(candidate)
            except (OSError, ValueError):
                continue
            if anchor is not None and anchor.location == self._database.location:
                found.append(anchor)
        return found

    def _identity(self) -> str | None:
        if self._database_id is None:
            with self._database.unit_of_work() as uow:
                identity = database_identity(uow.session)
            self._database_id = None if identity is None else identity[0]
        return self._database_id

    def _hash_at(self, sequence: int) -> str | None:
        with self._database.unit_of_work() as uow:
            return hash_of_entry(uow.session, sequence)
