"""E-mail addresses and phone numbers: the shapes accepted and refused."""

import pytest

from kpm_desktop.domain.cell_values import CellValueError
from kpm_desktop.domain.text_shapes import Shape, check_shape, fits


@pytest.mark.parametrize(
    ("shape", "text"),
    [
        (Shape.EMAIL, "a@b.cn"),
        (Shape.EMAIL, "zhang.san+crm@client-demo.com.cn"),
        (Shape.PHONE, "13800000000"),
        (Shape.PHONE, "+86 138-0000-0001"),
        (Shape.PHONE, "(010) 1234 5678"),
        (Shape.PHONE, "0755-12345678 转 123"),
    ],
)
def test_good_shapes(shape: Shape, text: str) -> None:
    assert fits(shape, text)


@pytest.mark.parametrize(
    ("shape", "text", "reason"),
    [
        (Shape.EMAIL, "not-an-email", "not an e-mail address"),
        (Shape.EMAIL, "a@b", "not an e-mail address"),
        (Shape.EMAIL, "a b@c.cn", "not an e-mail address"),
        (Shape.EMAIL, "a@@b.cn", "not an e-mail address"),
        (Shape.PHONE, "call me", "not a phone number"),
        (Shape.PHONE, "1234", "not a phone number"),
        (Shape.PHONE, "1" * 21, "not a phone number"),
    ],
)
def test_bad_shapes(shape: Shape, text: str, reason: str) -> None:
    assert not fits(shape, text)
    with pytest.raises(CellValueError, match=reason):
        check_shape(shape, text)
