"""Import profiles: the built-in starting points and the saved ones, listed, matched to a
file's headers, saved, removed, exported and imported as JSON (docs/formats.md).

Reading profiles needs no permission (they hold no personal data, like a file's headers);
saving and removing need IMPORT_DATA and are audited (record type `import_profile`, the
profile's JSON before and after). A built-in starting point is never overwritten: it is
copied under a name of the user's own.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.builtin_import_profiles import BUILT_IN_PROFILES
from kpm_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.domain.import_profile_json import profile_text, read_profile
from kpm_desktop.domain.import_profiles import (
    PROFILE_NAME_LIMIT,
    ImportProfile,
    best_match,
    check_profile,
)
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.import_profile_repository import (
    delete_profile,
    profile_texts,
    save_profile,
    saved_profile_text,
)

_log = logging.getLogger(__name__)
_ENTITY = "import_profile"
_BUILT_IN = {profile.name: profile for profile in BUILT_IN_PROFILES}


def _saved_source(name: str) -> str:
    return f"saved profile '{name}'"


class ImportProfileService:
    def __init__(self, database: Database, audit: AuditTrail | None = None) -> None:
        self._database = database
        self._audit = audit

    def profiles(self, kind: str | None = None) -> list[ImportProfile]:
        """The built-in starting points, then the saved profiles, of one kind or all."""
        built_in = [p for p in BUILT_IN_PROFILES if kind is None or p.kind == kind]
        with self._database.unit_of_work() as uow:
            texts = profile_texts(uow.session, kind)
        return built_in + [read_profile(text, _saved_source(name)) for name, text in texts]

    def get(self, name: str) -> ImportProfile:
        if name in _BUILT_IN:
            return _BUILT_IN[name]
        with self._database.unit_of_work() as uow:
            text = saved_profile_text(uow.session, name)
        if text is None:
            known = ", ".join(profile.name for profile in self.profiles())
            raise NotFoundError(
                "There is no import profile named '{name}'; there are: {known}",
                name=name,
                known=known,
            )
        return read_profile(text, _saved_source(name))

    def match(self, kind: str, headers: Sequence[str]) -> ImportProfile | None:
        """The profile of `kind` whose columns fit these headers best, if one does."""
        return best_match(self.profiles(kind), headers)

    def save(self, actor: Actor, profile: ImportProfile, replace: bool = False) -> bool:
        """Save `profile` under its name; True when it replaced a saved one. Without
        `replace`, a name in use is refused."""
        name = profile.name.strip()
        if not name or len(name) > PROFILE_NAME_LIMIT:
            raise ValidationError(
                "A profile name has 1 to {limit} characters", limit=PROFILE_NAME_LIMIT
            )
        if name in _BUILT_IN:
            raise ConflictError(
                "'{name}' is a built-in starting point; save your copy under another name",
                name=name,
            )
        profile = profile.renamed(name)
        check_profile(profile, IMPORT_KINDS[profile.kind])
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.IMPORT_DATA)
            before = saved_profile_text(uow.session, name)
            if not replace and before is not None:
                raise ConflictError(
                    "An import profile named '{name}' exists already; choose another name or "
                    "replace it",
                    name=name,
                )
            text = profile_text(profile)
            replaced = save_profile(uow.session, name, profile.kind, text)
            if before != text:
                action = "update" if replaced else "create"
                self._record(uow, actor, name, action, before, text)
            uow.commit()
        _log.info("import profile saved (kind %s, replaced %s)", profile.kind, replaced)
        return replaced

    def copy(self, actor: Actor, name: str, new_name: str) -> ImportProfile:
        """Save a copy of the profile `name` (a built-in starting point) as `new_name`."""
        copied = self.get(name).renamed(new_name.strip())
        self.save(actor, copied)
        return copied

    def remove(self, actor: Actor, name: str) -> None:
        if name in _BUILT_IN:
            raise ConflictError("'{name}' is a built-in starting point; it cannot be removed",
                                name=name)  # fmt: skip
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.IMPORT_DATA)
            before = saved_profile_text(uow.session, name)
            if before is None or not delete_profile(uow.session, name):
                raise NotFoundError("There is no saved import profile named '{name}'", name=name)
            self._record(uow, actor, name, "delete", before, None)
            uow.commit()

    def _record(
        self,
        uow: UnitOfWork,
        actor: Actor,
        name: str,
        action: str,
        before: str | None,
        after: str | None,
    ) -> None:
        if self._audit is None:
            return
        snapshots = [None if text is None else {"definition": text} for text in (before, after)]
        self._audit.record(uow, actor, _ENTITY, name, action, *snapshots)

    def export_text(self, name: str) -> str:
        """The profile's JSON form (docs/formats.md, "Import profiles")."""
        return profile_text(self.get(name))

    def import_text(
        self, actor: Actor, text: str, source: str, replace: bool = False
    ) -> ImportProfile:
        """Read a profile's JSON (from the file `source`) and save it."""
        profile = read_profile(text, source)
        self.save(actor, profile, replace=replace)
        return profile
