"""What every printed document of KPM Desktop carries and `kpm verify --pdf` checks the same
way, whatever the document: the audit chain head at print time in the footer, and the
PAdES signatures when the PDF was signed. Evaluation sheets (sheet_service,
sheet_verification) and selection comparisons (selections/selection_outputs) both use it.
"""

from __future__ import annotations

from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.sheets.sheet_views import SIGNING_REASON, SheetSigning
from kpm_desktop.storage import audit_anchor_queries as anchors
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.sessions import Session


def head_anchor(session: Session) -> ChainAnchor:
    """The chain head as a footer prints it now."""
    return ChainAnchor.of_head(*anchors.current_head(session))


def check_anchor(database: Database, anchor: ChainAnchor | None) -> tuple[UserText, bool]:
    """Whether the chain still holds the printed head: its line of the report, and ok."""
    if anchor is None:
        return UserText("no audit chain head printed (a sheet from an earlier version)"), True
    with database.unit_of_work() as uow:
        stored = anchors.hash_at(uow.session, anchor.sequence)
        head, _ = anchors.current_head(uow.session)
    printed = UserText("entry #{sequence} {hash}", sequence=anchor.sequence, hash=anchor.short_hash)
    if stored is None:
        return (
            UserText(
                "printed {printed}, but the chain now ends at #{head}: it was cut short or "
                "rewritten since printing",
                printed=printed,
                head=head,
            ),
            False,
        )
    if not anchor.matches(stored):
        return (
            UserText(
                "printed {printed}, but that entry's hash is now {stored}: the chain was "
                "rewritten since printing",
                printed=printed,
                stored=stored[:16],
            ),
            False,
        )
    return UserText(
        "printed {printed}, still in the chain (now at #{head})", printed=printed, head=head
    ), True


def signature_lines(pdf: bytes) -> list[tuple[UserText, bool]]:
    """Each embedded signature's line of the report and whether it holds; none unsigned."""
    if b"/ByteRange" not in pdf:  # no signature dictionary: pyHanko need not be loaded
        return []
    from kpm_desktop.reports.signature_validation import validate_signatures

    return [(check.message(), check.ok) for check in validate_signatures(pdf)]


def signed(pdf: bytes, sign: SheetSigning, company: str) -> bytes:
    """`pdf` signed with the certificate (PAdES), the company as the signing location."""
    from kpm_desktop.reports.signing import sign_pdf

    return sign_pdf(pdf, sign.pkcs12_path, sign.password, SIGNING_REASON, company)
