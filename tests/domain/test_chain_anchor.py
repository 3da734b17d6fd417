"""The audit chain head a sheet prints in its footer, and reading it back."""

from kpm_desktop.domain.chain_anchor import ChainAnchor, find_anchor


def test_the_footer_text_reads_back():
    anchor = ChainAnchor.of_head(42, "AB" * 32)
    assert anchor.footer_text() == "审计链 #42 abababababababab"
    assert find_anchor(f"考评编号 4　修订 1　已定稿　{anchor.footer_text()}") == anchor
    assert anchor.matches("ab" * 32) and not anchor.matches("ac" * 32)


def test_a_sheet_without_an_anchor_has_none():
    assert find_anchor("考评编号 4　修订 1　已定稿") is None
