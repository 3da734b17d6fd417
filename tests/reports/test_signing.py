"""PAdES signing with a throwaway self-signed certificate made in the test."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.signing import check_signatures, sign_pdf
from tests.reports.sample_sheets import supervisor_sheet

PASSWORD = "测试-secret"


def _self_signed(tmp_path: Path) -> tuple[Path, bytes]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "华东新锐 HR 测试")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "hr.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"hr",
            key,
            cert,
            None,
            serialization.BestAvailableEncryption(PASSWORD.encode("utf-8")),
        )
    )
    return path, cert.public_bytes(serialization.Encoding.DER)


def test_signed_sheet_validates(tmp_path: Path) -> None:
    certificate, root_der = _self_signed(tmp_path)
    pdf = EvaluationSheetRenderer().render(supervisor_sheet())
    signed = sign_pdf(pdf, certificate, PASSWORD, "考评结果确认", "上海")
    assert signed.startswith(pdf)  # an incremental update: the sheet itself is unchanged
    [check] = check_signatures(signed, [root_der])
    assert check.intact and check.valid and check.trusted and check.covers_whole_file
    assert "华东新锐 HR 测试" in check.signer
    assert read_fingerprint(signed) == read_fingerprint(pdf)


def test_untrusted_root_is_intact_but_not_trusted(tmp_path: Path) -> None:
    certificate, _ = _self_signed(tmp_path)
    signed = sign_pdf(
        EvaluationSheetRenderer().render(supervisor_sheet()), certificate, PASSWORD, "r", "l"
    )
    [check] = check_signatures(signed, [])
    assert check.intact and not check.trusted


def test_tampered_sheet_fails(tmp_path: Path) -> None:
    certificate, root_der = _self_signed(tmp_path)
    signed = bytearray(
        sign_pdf(
            EvaluationSheetRenderer().render(supervisor_sheet()), certificate, PASSWORD, "r", "l"
        )
    )
    index = signed.index(b"/Title")
    signed[index + 8] ^= 0x01
    [check] = check_signatures(bytes(signed), [root_der])
    assert not check.intact


def test_wrong_password_is_a_user_error(tmp_path: Path) -> None:
    certificate, _ = _self_signed(tmp_path)
    with pytest.raises(ValidationError, match=r"hr\.p12"):
        sign_pdf(b"%PDF-1.4", certificate, "wrong", "r", "l")
