"""What the evaluation sheet service hands out and takes, free of storage (the UI uses them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kpm_desktop.domain.evaluation_sheet import HASH_FORMAT

DEFAULT_COMPANY = "KPM Desktop 演示公司"
SIGNING_REASON = "员工绩效考评表"

# progress(stage, done, total); stage is one of the STAGE_* names.
StageProgress = Callable[[str, int, int], None]
CancelCheck = Callable[[], bool]
STAGE_READING = "reading"
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
    content: str = ""
    content_ok: bool = True
    chain: str = ""
    chain_ok: bool = True
    signatures: tuple[str, ...] = ()
    signatures_ok: bool = True

    @property
    def matches(self) -> bool:
        return self.status is VerifyStatus.MATCHES

    def message(self) -> str:
        """The verdict on the first line, then one line per check."""
        lines = [self._verdict()]
        if self.content:
            lines.append(f"  content: {self.content}")
        if self.chain:
            lines.append(f"  audit chain: {self.chain}")
        lines += (f"  {text}" for text in self.signatures)
        return "\n".join(lines)

    def _verdict(self) -> str:
        what = f"appraisal {self.appraisal_id}, revision {self.revision}"
        if self.status is VerifyStatus.NO_SUCH_APPRAISAL:
            return f"no such appraisal: the database has no appraisal {self.appraisal_id}"
        state = f"now {self.current_state}"
        if self.current_state == "superseded":
            state += " by a later revision"
        elif self.draft:
            state += " (a draft, not a final result)"
        if self.status is VerifyStatus.DIFFERS:
            return f"differs: {self._reason()} ({what}, {state})"
        matched = f"matches: {what}, {state}; SHA-256 {self.printed_sha256}"
        if self.hash_format not in (None, HASH_FORMAT):
            matched += f" (format {self.hash_format} of an earlier version)"
        return matched

    def _reason(self) -> str:
        if not self.signatures_ok:
            return "the signature is broken"
        if self.record_changed or self.current_state == "superseded":
            return "the appraisal changed since printing"
        if not self.content_ok:
            return "the PDF does not show what the record says"
        return "the audit chain was rewritten since printing"
