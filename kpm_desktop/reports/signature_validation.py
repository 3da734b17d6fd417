"""What `kpm verify --pdf` says about a signed sheet: each PAdES signature validated with
pyHanko, and whether the file is still exactly what was signed.

A signature passes when its signed bytes are unchanged (intact), it verifies with the
signer's certificate (valid), and it covers the whole file, or the whole revision it
signed with only document security store or timestamp updates after it (what a
long-term validation adds). Anything else after signing (a re-saved file, an incremental
update with new content) fails. The certificate is not checked against a trust list: the
result names the signer and the certificate's SHA-256 so a reader can compare them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import SignatureCoverageLevel, validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from kpm_desktop.domain.errors import UserText

_PERMITTED_LATER = frozenset({ModificationLevel.NONE, ModificationLevel.LTA_UPDATES})
# pyHanko logs each finding (a self-signed certificate, a suspicious later revision) with
# a traceback; the findings are in the result, the tracebacks would bury it.
_CHATTY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignatureValidation:
    signer: str
    certificate_sha256: str
    signed_at: datetime | None
    problem: str | None  # None when the signature holds for the whole file

    @property
    def ok(self) -> bool:
        return self.problem is None

    def message(self) -> UserText:
        if self.signed_at is None:
            when = UserText("no signing time")
        else:
            moment = f"{self.signed_at:%Y-%m-%d %H:%M:%S %Z}".strip()
            when = UserText("signed {moment}", moment=moment)
        if self.ok:
            outcome = UserText("intact, covers the whole file")
        else:
            outcome = UserText("BROKEN: {problem}", problem=self.problem)
        return UserText(
            "signature by {signer}, {when}; {outcome} (certificate SHA-256 {certificate}, not "
            "checked against a trust list)",
            signer=self.signer,
            when=when,
            outcome=outcome,
            certificate=self.certificate_sha256,
        )


def validate_signatures(pdf: bytes) -> list[SignatureValidation]:
    """Every embedded signature, validated; a file pyHanko cannot read gives one failure."""
    with _findings_not_logged():
        results = _validate(pdf)
    for result in results:
        _log.info("signature check: %s", result.message())
    return results


@contextmanager
def _findings_not_logged() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in _CHATTY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)  # their child loggers inherit it
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _validate(pdf: bytes) -> list[SignatureValidation]:
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:  # a damaged or re-written file: pyHanko's many error types
        return [SignatureValidation("unknown", "unknown", None, f"cannot read it: {exc}")]
    if not embedded:
        return [SignatureValidation("unknown", "unknown", None, "no readable signature left")]
    context = ValidationContext(trust_roots=[], allow_fetching=False)
    results = []
    for signature in embedded:
        certificate = signature.signer_cert
        signer = str(certificate.subject.human_friendly)
        fingerprint = hashlib.sha256(certificate.dump()).hexdigest()
        try:
            status = validate_pdf_signature(signature, context)
        except Exception as exc:  # a signature whose bytes no longer parse
            results.append(SignatureValidation(signer, fingerprint, None, f"invalid: {exc}"))
            continue
        problem = _problem(
            bool(status.intact), bool(status.valid), status.coverage, status.modification_level
        )
        results.append(SignatureValidation(signer, fingerprint, status.signer_reported_dt, problem))
    return results


def _problem(
    intact: bool,
    valid: bool,
    coverage: SignatureCoverageLevel | None,
    modification: ModificationLevel | None,
) -> str | None:
    if not intact:
        return "the signed bytes were changed after signing"
    if not valid:
        return "the signature does not verify with its certificate"
    if coverage is SignatureCoverageLevel.ENTIRE_FILE:
        return None
    if coverage is SignatureCoverageLevel.ENTIRE_REVISION:
        if modification in _PERMITTED_LATER:
            return None
        level = "unknown" if modification is None else modification.name.lower()
        return f"the file was changed after signing (a later revision: {level})"
    return "the signature does not cover the whole file"
