"""Crash recovery for the template editor: unsaved drafts kept as files beside the database.

A draft being edited may be structurally unfinished (an indicator with no levels yet), which
the template service rightly refuses to save; and an autosave must never create template
versions nobody asked for. So autosaves go to one JSON file per edited template in a
recovery folder of the user data directory, written atomically (temp file + rename), and
are deleted when the user saves or discards. A file still there at the next start is an
edit a crash interrupted; the Templates page offers it back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.json_reading import dumps, loads
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.rubric_json import template_from_json, template_to_json

RECOVERY_FORMAT = "kpm-template-recovery"


@dataclass(frozen=True)
class RecoveredDraft:
    key: str
    template_id: int | None  # the stored version the edit started from; None for a new one
    saved_at: datetime
    template: RubricTemplate


def recovery_key(template_id: int | None) -> str:
    return "new" if template_id is None else f"template-{template_id}"


class DraftRecoveryStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def save(self, key: str, template: RubricTemplate, template_id: int | None) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        saved_at = datetime.now(UTC).replace(tzinfo=None)
        body = {
            "format": RECOVERY_FORMAT,
            "template_id": template_id,
            "saved_at": saved_at.isoformat(timespec="seconds"),
            "template": template_to_json(template),
        }
        path = self._path(key)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(dumps(body) + "\n", encoding="utf-8")
        os.replace(temporary, path)

    def load(self, key: str) -> RecoveredDraft | None:
        """The autosaved draft under `key`; None when there is none or it is unreadable."""
        path = self._path(key)
        if not path.exists():
            return None
        try:
            body = loads(path.read_text(encoding="utf-8"), str(path))
            template = template_from_json(body["template"], str(path))
            template_id = body["template_id"]
            return RecoveredDraft(
                key,
                None if template_id is None else int(template_id),
                datetime.fromisoformat(body["saved_at"]),
                template,
            )
        except (ValidationError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            # A file cut short by the crash itself: nothing to recover from it.
            return None

    def pending(self) -> list[RecoveredDraft]:
        if not self.directory.exists():
            return []
        drafts = (self.load(path.stem) for path in sorted(self.directory.glob("*.json")))
        return [draft for draft in drafts if draft is not None]

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)
