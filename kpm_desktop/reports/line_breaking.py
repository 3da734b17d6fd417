"""Chinese line-breaking rules for reportlab's CJK wrapping.

reportlab keeps some closing marks off the start of a line (、。」』】）) but not the
full-width comma, semicolon, colon, question and exclamation marks, closing book-title
marks or closing quotes, so a descriptor could wrap to a line starting with "，". GB/T 15834
forbids that; like reportlab's own rule, such a mark then hangs at the end of the line
before (悬挂标点), into the cell padding.
"""

from __future__ import annotations

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

CANNOT_START_LINE = "，；：？！》〉”’…％"


def forbid_marks_at_line_start() -> None:
    """Extend reportlab's list of characters that cannot start a line (once per process)."""
    for module in (textsplit, paragraph):
        known = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = known + "".join(c for c in CANNOT_START_LINE if c not in known)
