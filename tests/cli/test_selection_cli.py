"""`kpm selection`: the worked example (tests/selection_world.py) typed on the command
line gives the service's totals, in `show`, the PDF's text and the XLSX; `kpm verify --pdf`
checks the printed comparison; bad input is refused in one line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kpm_desktop.cli import main
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.reports.pdf_pages import read_pages
from kpm_desktop.reports.signing import check_signatures
from kpm_desktop.services.sheets.printed_checks import head_anchor
from tests.access_helpers import ADMIN_PASSWORD
from tests.pdf_tampering import swap_text
from tests.reports.certificates import PASSWORD as CERT_PASSWORD
from tests.reports.certificates import self_signed
from tests.selection_world import (
    BIDS,
    CONTACTS,
    EXPECTED_RANKS,
    EXPECTED_TOTALS,
    NAME,
    PASSWORD,
    SHEETS,
    WEIGHTS,
    SelectionWorld,
)


def _kpm(world: SelectionWorld, user: str, *args: str, monkeypatch, capsys) -> tuple[int, str, str]:
    monkeypatch.setenv("KPM_PASSWORD", ADMIN_PASSWORD if user == "admin" else PASSWORD)
    target = world.database.file_path or world.database.url
    code = main(["--db", str(target), "--user", user, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _spec(code: str, rating: IndicatorRating) -> str:
    if rating.not_applicable:
        return f"{code}=na:{rating.comment}"
    if rating.met is not None:
        return f"{code}={rating.met.value}"
    return f"{code}={'yes' if rating.provided else 'no'}"


@pytest.fixture
def typed(selection_world: SelectionWorld, monkeypatch, capsys) -> SelectionWorld:
    """The example typed again as a second selection, NAME + ' CLI', scored and closed."""
    name = f"{NAME} CLI"

    def admin(*args: str) -> str:
        code, out, err = _kpm(
            selection_world, "admin", *args, monkeypatch=monkeypatch, capsys=capsys
        )
        assert code == 0, err
        return out

    members = [f"--member={user}:{weight}" for user, weight in WEIGHTS.items()]
    admin("selection", "create", name, "--deadline", "2026-12-20", *members)
    for bidder, bid in BIDS.items():
        admin(
            "selection",
            "bidder",
            name,
            bidder,
            "--contact",
            CONTACTS[bidder],
            "--price",
            f"{bid:,}",
            "--document",
            "投标书.pdf",
        )
    admin("selection", "start", name)
    for user, by_bidder in SHEETS.items():
        for bidder, ratings in by_bidder.items():
            specs = [f"--rate={_spec(code, r)}" for code, r in ratings.items()]
            code, _, err = _kpm(
                selection_world,
                user,
                "selection",
                "score",
                name,
                "--bidder",
                bidder,
                *specs,
                monkeypatch=monkeypatch,
                capsys=capsys,
            )
            assert code == 0, err
    admin("selection", "close", name)
    return selection_world


def test_the_typed_example_shows_the_hand_computed_totals_and_ranks(
    typed: SelectionWorld, monkeypatch, capsys
) -> None:
    code, out, _ = _kpm(
        typed, "admin", "selection", "show", f"{NAME} CLI", monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0
    for bidder, total in EXPECTED_TOTALS.items():
        line = next(line for line in out.splitlines() if line.startswith(bidder))
        assert f"{total}" in line.split()
        assert line.split()[-2] == str(EXPECTED_RANKS[bidder])
    view = typed.services.selections.view(typed.admin, f"{NAME} CLI")
    assert {r.bidder.name: r.weighted_total for r in view.comparison.results} == EXPECTED_TOTALS


def test_the_pdf_prints_the_same_totals_and_verifies(
    typed: SelectionWorld, monkeypatch, capsys, tmp_path: Path
) -> None:
    pdf = tmp_path / "comparison.pdf"
    code, out, err = _kpm(
        typed,
        "admin",
        "selection",
        "pdf",
        f"{NAME} CLI",
        "--out",
        str(pdf),
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0, err
    text = " ".join(" ".join(page.lines) for page in read_pages(pdf.read_bytes()))
    totals = " ".join(f"{EXPECTED_TOTALS[b]}" for b in BIDS)
    assert f"加权总分 {totals}" in text
    assert "排名 3 2 1" in text
    assert text.count("评委签字") == 2 and "KPM-SELECTION" not in text
    assert "评委签字 WANGFANG" in text  # the members' display names, not their user names
    assert "选型编号" in text and "SHA-256" in text
    code, out, _ = _kpm(
        typed, "admin", "verify", "--pdf", str(pdf), monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0 and "matches the record" in out
    tampered = tmp_path / "edited.pdf"
    tampered.write_bytes(swap_text(pdf.read_bytes(), "94.43", "99.43"))
    code, out, _ = _kpm(
        typed, "admin", "verify", "--pdf", str(tampered), monkeypatch=monkeypatch, capsys=capsys
    )
    assert code != 0 and "the pages differ" in out


def test_the_workbook_holds_the_same_totals(
    typed: SelectionWorld, monkeypatch, capsys, tmp_path: Path
) -> None:
    xlsx = tmp_path / "comparison.xlsx"
    code, _, err = _kpm(
        typed,
        "admin",
        "selection",
        "export",
        f"{NAME} CLI",
        "--out",
        str(xlsx),
        monkeypatch=monkeypatch,
        capsys=capsys,
    )
    assert code == 0, err
    book = load_workbook(xlsx)
    row = next(r for r in book["对比表"].iter_rows(values_only=True) if r[0] == "加权总分")
    assert [Decimal(str(v)) for v in row[4:]] == [EXPECTED_TOTALS[b] for b in BIDS]
    details = list(book["评分明细"].iter_rows(values_only=True))
    assert len(details) == 1 + 2 * 3 * 12
    assert any(r[5] == "不适用" and r[9] == "未提供SLA文本" for r in details)


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (("bidder", NAME, "丁公司", "--price", "九十万"), "'九十万' is not a number"),
        (
            ("bidder", NAME, "丁公司", "--contact", "wangfang", "--price", "1"),
            "wangfang is the contact of bidder 丁公司",
        ),
        (("member", NAME, "zhouyi"), "USER:WEIGHT"),
        (("close", NAME), "is draft"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    selection_world: SelectionWorld, monkeypatch, capsys, args: tuple[str, ...], problem: str
) -> None:
    code, _, err = _kpm(
        selection_world, "admin", "selection", *args, monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 2 and problem in err and len(err.strip().splitlines()) == 1


def test_a_signed_comparison_verifies_with_its_chain_head_and_a_tampered_one_is_reported(
    typed: SelectionWorld, monkeypatch, capsys, tmp_path: Path
) -> None:
    certificate, root_der = self_signed(tmp_path)
    pdf = tmp_path / "signed.pdf"
    args = ("selection", "pdf", f"{NAME} CLI", "--out", str(pdf),
            "--sign-p12", str(certificate), "--sign-password-env", "HR_CERT_PASSWORD")  # fmt: skip
    code, _, err = _kpm(typed, "admin", *args, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "HR_CERT_PASSWORD" in err
    monkeypatch.setenv("HR_CERT_PASSWORD", CERT_PASSWORD)
    code, out, err = _kpm(typed, "admin", *args, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and "signed" in out, err
    [check] = check_signatures(pdf.read_bytes(), [root_der])
    assert check.intact and check.valid
    with typed.database.unit_of_work() as uow:
        head = head_anchor(uow.session)
    assert head.footer_text() in " ".join(read_pages(pdf.read_bytes())[0].lines)
    code, out, _ = _kpm(
        typed, "admin", "verify", "--pdf", str(pdf), monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 0 and "matches the record" in out
    assert f"#{head.sequence} {head.short_hash}, still in the chain" in out
    assert "intact, covers the whole file" in out
    tampered = tmp_path / "edited.pdf"
    tampered.write_bytes(swap_text(pdf.read_bytes(), "94.43", "99.43"))
    code, out, _ = _kpm(
        typed, "admin", "verify", "--pdf", str(tampered), monkeypatch=monkeypatch, capsys=capsys
    )
    assert code == 1 and "the pages differ" in out and "BROKEN" in out


def test_bidders_and_members_are_renamed_and_removed_and_the_deadline_moved(
    selection_world: SelectionWorld, monkeypatch, capsys
) -> None:
    def admin(*args: str) -> tuple[int, str, str]:
        return _kpm(
            selection_world, "admin", "selection", *args, monkeypatch=monkeypatch, capsys=capsys
        )

    code, out, err = admin("bidder", NAME, "甲公司", "--rename", "甲科技")
    assert code == 0 and "renamed 甲科技" in out, err
    code, _, err = admin("bidder", NAME, "甲科技", "--rename", "乙公司")
    assert code == 2 and "already has a bidder 乙公司" in err
    code, _, err = admin("bidder", NAME, "甲科技", "--rename", "丁", "--price", "1")
    assert code == 2 and "--rename changes only the name" in err
    assert admin("start", NAME)[0] == 0
    selection_world.services.selections.score(
        selection_world.members["liqiang"], NAME, "甲科技", SHEETS["liqiang"]["甲公司"]
    )
    code, _, err = admin("bidder-remove", NAME, "甲科技")
    assert code == 2 and "has 1 sheets" in err and "--force" in err
    code, out, _ = admin("bidder-remove", NAME, "甲科技", "--force")
    assert code == 0 and "2 bidders" in out
    code, out, _ = admin("member-remove", NAME, "liqiang")
    assert code == 0 and "1 panel members" in out
    code, _, err = admin("close", NAME)
    assert code == 2 and "weights total 60, not 100" in err
    code, out, _ = admin("deadline", NAME, "2020-01-31")
    assert code == 0 and "deadline 2020-01-31 (overdue)" in out
