"""What the evaluation sheet service hands out and takes, free of storage (the UI uses them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kpm_desktop.domain.appraisal import state_term
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.evaluation_sheet import HASH_FORMAT

DEFAULT_COMPANY = "KPM Desktop 演示公司"
SIGNING_REASON = "员工绩效考评表"

# progress(stage, done, total); stage is one of the STAGE_* names.
StageProgress = Callable[[str, int, int], None]
CancelCheck = Callable[[], bool]
STAGE_RENDERING = "rendering"
STAGE_SIGNING = "signing"


@dataclass(frozen=True)
class SheetSigning:
    """A PKCS#12 file and its password: the PDFs are signed (PAdES) with its key."""

    pkcs12_path: Path
    password: str


@dataclass(frozen=True)
class SheetExport:
    """Where a cycle export went: the files written, how many sheets, and whether the
    user cancelled (a cancelled combined export writes nothing)."""

    written: tuple[Path, ...]
    sheets: int
    cancelled: bool


class VerifyStatus(StrEnum):
    MATCHES = "matches"
    DIFFERS = "differs"
    NO_SUCH_APPRAISAL = "no such appraisal"


@dataclass(frozen=True)
class VerifyResult:
    """What `kpm verify --pdf` found: the fingerprint, and each check on a line of its own
    (`content`, `chain`, `signatures`; see services/sheets/sheet_verification.py)."""

    status: VerifyStatus
    appraisal_id: int
    revision: int
    printed_sha256: str
    current_sha256: str | None = None
    current_state: str | None = None
    draft: bool = False  # the appraisal is still being rated or reviewed
    hash_format: str | None = None  # the format the printed hash matched in
    record_changed: bool = False  # the record's hash is not the printed one
    content: UserText | None = None
    content_ok: bool = True
    chain: UserText | None = None
    chain_ok: bool = True
    signatures: tuple[UserText, ...] = ()
    signatures_ok: bool = True

    @property
    def matches(self) -> bool:
        return self.status is VerifyStatus.MATCHES

    def message(self) -> str:
        """In English (the command line): the verdict, then one indented line per check."""
        return "\n  ".join(str(line) for line in self.lines())

    def lines(self) -> list[UserText]:
        """The verdict, then one message per check (the GUI translates them)."""
        lines = [self._verdict()]
        if self.content is not None:
            lines.append(UserText("content: {check}", check=self.content))
        if self.chain is not None:
            lines.append(UserText("audit chain: {check}", check=self.chain))
        return lines + list(self.signatures)

    def _verdict(self) -> UserText:
        if self.status is VerifyStatus.NO_SUCH_APPRAISAL:
            return UserText(
                "no such appraisal: the database has no appraisal {appraisal}",
                appraisal=self.appraisal_id,
            )
        what = UserText(
            "appraisal {appraisal}, revision {revision}",
            appraisal=self.appraisal_id,
            revision=self.revision,
        )
        state = state_term(self.current_state or "")
        if self.current_state == "superseded":
            now = UserText("now {state} by a later revision", state=state)
        elif self.draft:
            now = UserText("now {state} (a draft, not a final result)", state=state)
        else:
            now = UserText("now {state}", state=state)
        if self.status is VerifyStatus.DIFFERS:
            return UserText(
                "differs: {reason} ({what}, {now})", reason=self._reason(), what=what, now=now
            )
        if self.hash_format not in (None, HASH_FORMAT):
            return UserText(
                "matches: {what}, {now}; SHA-256 {sha256} (format {format} of an earlier version)",
                what=what,
                now=now,
                sha256=self.printed_sha256,
                format=self.hash_format,
            )
        return UserText(
            "matches: {what}, {now}; SHA-256 {sha256}",
            what=what,
            now=now,
            sha256=self.printed_sha256,
        )

    def _reason(self) -> UserText:
        if not self.signatures_ok:
            return UserText("the signature is broken")
        if self.record_changed or self.current_state == "superseded":
            return UserText("the appraisal changed since printing")
        if not self.content_ok:
            return UserText("the PDF does not show what the record says")
        return UserText("the audit chain was rewritten since printing")
