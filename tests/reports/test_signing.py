"""PAdES signing with a throwaway self-signed certificate made in the test."""

from pathlib import Path

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.signing import check_signatures, sign_pdf
from tests.reports.certificates import PASSWORD
from tests.reports.certificates import self_signed as _self_signed
from tests.reports.sample_sheets import supervisor_sheet


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
