"""Columns of text aligned for a terminal, where a Chinese character takes two columns."""

from __future__ import annotations

from collections.abc import Sequence

from kpm_desktop.cli.context import CliContext


def display_width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def print_columns(
    context: CliContext, header: Sequence[str], rows: Sequence[Sequence[str]]
) -> None:
    lines = [list(header), *[list(row) for row in rows]]
    widths = [max(display_width(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        cells = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(line)]
        context.print("  ".join(cells).rstrip())
