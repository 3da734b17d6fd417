"""Digital signatures on rendered sheets: PAdES baseline with pyHanko, and their check."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from asn1crypto import x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from kpm_desktop.domain.errors import ValidationError

SIGNATURE_FIELD = "KpmSignature"


@dataclass(frozen=True)
class SignatureCheck:
    """What validating one embedded signature found."""

    signer: str
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_file: bool


def sign_pdf(pdf: bytes, pkcs12_path: Path, password: str, reason: str, location: str) -> bytes:
    """Sign `pdf` (an invisible signature field) with the key and certificate of a PKCS#12
    file, as a PAdES baseline signature (SHA-256); returns the signed bytes."""
    try:
        signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
            pfx_file=str(pkcs12_path), passphrase=password.encode("utf-8")
        )
    except (OSError, ValueError) as exc:
        raise ValidationError(
            "cannot use the certificate {pkcs12_path}: {exc}", pkcs12_path=pkcs12_path, exc=exc
        ) from exc
    if signer is None:
        raise ValidationError(
            "cannot use the certificate {pkcs12_path}: wrong password or not a PKCS#12 file",
            pkcs12_path=pkcs12_path,
        )
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        reason=reason,
        location=location,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    output = signers.PdfSigner(metadata, signer=signer).sign_pdf(writer)
    return bytes(output.getvalue())


def check_signatures(pdf: bytes, trusted_roots_der: list[bytes]) -> list[SignatureCheck]:
    """Validate every embedded signature against the given root certificates (DER)."""
    roots = [x509.Certificate.load(der) for der in trusted_roots_der]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    reader = PdfFileReader(BytesIO(pdf))
    checks = []
    for embedded in reader.embedded_signatures:
        status = validate_pdf_signature(embedded, context)
        checks.append(
            SignatureCheck(
                signer=str(embedded.signer_cert.subject.human_friendly),
                intact=bool(status.intact),
                valid=bool(status.valid),
                trusted=bool(status.trusted),
                covers_whole_file=status.coverage is not None
                and status.coverage.name == "ENTIRE_FILE",
            )
        )
    return checks
