"""The bytes a sheet renders to, pinned: the SHA-256 of sample renderings as the renderer
wrote them before the speed-ups of issue 20's second round (main at 9c5b96b).

`kpm verify --pdf` compares a printed sheet's pages with a new rendering, so a change in
what the renderer writes would make sheets printed before stop verifying unless the
verifier also knows the earlier rendering (as `template_forms=False` keeps the one before
the template forms). Change a digest here only together with such a way back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.sample_sheets import kpi_lines_sheet, long_sheet, supervisor_sheet

RENDERINGS: dict[str, Callable[[EvaluationSheetRenderer], bytes]] = {
    "supervisor": lambda r: r.render(supervisor_sheet()),
    "draft_landscape": lambda r: r.render(supervisor_sheet(finalized=False), landscape=True),
    "supervisor_inline_cells": lambda r: r.render(supervisor_sheet(), template_forms=False),
    "kpi_lines": lambda r: r.render(kpi_lines_sheet()),
    "long_8": lambda r: r.render(long_sheet(8)),
}
SHA256 = {
    "supervisor": "4005683bea47b4a0d4bc6a39a986e5affa9d383ce4a678494451de6c635eb319",
    "draft_landscape": "be32b72d92448052bcc179edbd0602fa494d3fed4c21d093014ef554b2d98cc9",
    "supervisor_inline_cells": "312d04d6cf17bef560e7c820f2b10835299ccc7cffeeccb929dd51cbc294e819",
    "kpi_lines": "119e72027ea6abaac22b37827aeb022fcbc585fe0c5ffc3b8e3b265658c508ba",
    "long_8": "c5351cb397b89405dd7c53e527d517ca1fc77818c85e1649d4deb4ea2fc45fc4",
}


@pytest.mark.parametrize("name", sorted(RENDERINGS))
def test_a_sample_renders_to_the_bytes_it_rendered_to_before(name: str) -> None:
    pdf = RENDERINGS[name](EvaluationSheetRenderer())
    assert hashlib.sha256(pdf).hexdigest() == SHA256[name]


def test_the_bytes_do_not_depend_on_what_the_process_rendered_before() -> None:
    renderer = EvaluationSheetRenderer()
    for name in sorted(RENDERINGS, reverse=True):
        assert hashlib.sha256(RENDERINGS[name](renderer)).hexdigest() == SHA256[name]
