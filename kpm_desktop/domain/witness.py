"""Anchors: the audit chain's head written outside the database.

A witness file (one per database, in the user's data folder) and each backup's sidecar
hold the chain head as it was last seen: the entry number and its hash. Truncating the
log, or wiping it and zeroing the head, leaves a chain that still verifies on its own;
compared with an anchor it is shorter than witnessed, or holds another hash at a
witnessed entry (docs/formats.md, "Anchors").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from kpm_desktop.domain.audit import TIMESTAMP_FORMAT, canonical_json
from kpm_desktop.domain.errors import UserText

ANCHOR_FORMAT = "kpm-anchor-1"


@dataclass(frozen=True)
class Anchor:
    database_id: str
    location: str
    sequence: int
    hash: str
    written_at: datetime  # naive UTC

    def to_json(self) -> str:
        return canonical_json(
            {
                "format": ANCHOR_FORMAT,
                "database_id": self.database_id,
                "location": self.location,
                "sequence": self.sequence,
                "hash": self.hash,
                "written_at": self.written_at,
            }
        )

    @classmethod
    def from_json(cls, text: str) -> Anchor:
        """Raises ValueError when the text is not an anchor."""
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("format") != ANCHOR_FORMAT:
            raise ValueError("not a KPM Desktop anchor")
        try:
            return cls(
                str(data["database_id"]),
                str(data["location"]),
                int(data["sequence"]),
                str(data["hash"]),
                datetime.strptime(str(data["written_at"]), TIMESTAMP_FORMAT),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"incomplete anchor: {exc}") from exc


def witness_key(database_id: str, location: str) -> str:
    """The witness file's name: the database's random id and where it is, hashed."""
    return hashlib.sha256(f"{database_id}\n{location}".encode()).hexdigest()[:32]


def anchor_problems(
    anchor: Anchor, head_sequence: int, hash_at_witnessed: str | None
) -> list[UserText]:
    """Compare an anchor with the chain: `head_sequence` is the last entry now in the log,
    `hash_at_witnessed` the stored hash of entry `anchor.sequence` (None when absent)."""
    when = anchor.written_at.strftime("%Y-%m-%d %H:%M:%S")
    if head_sequence < anchor.sequence:
        return [
            UserText(
                "The audit log ends at entry {head}, but entry {sequence} was witnessed on "
                "{when} UTC: entries were removed (log truncated or wiped)",
                head=head_sequence,
                sequence=anchor.sequence,
                when=when,
            )
        ]
    if anchor.sequence and hash_at_witnessed != anchor.hash:
        return [
            UserText(
                "Audit entry {sequence} has hash {actual}, but {expected} was witnessed on "
                "{when} UTC: the log was rewritten",
                sequence=anchor.sequence,
                actual=(hash_at_witnessed or "(none)")[:12] + "…",
                expected=anchor.hash[:12] + "…",
                when=when,
            )
        ]
    return []
