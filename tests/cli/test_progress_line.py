"""The progress line: with an interval, rewritten at most that often, ending with the last
text shown, then a newline; without, every text written."""

import io

from kpm_desktop.cli.progress import SHOWN_EVERY, ProgressLine


class _Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_texts_shown_within_the_interval_are_skipped_but_the_last_is_written() -> None:
    stream, clock = io.StringIO(), _Clock()
    with ProgressLine(stream, SHOWN_EVERY, clock) as line:
        for done in range(1, 6):
            line.show(f"rendering {done}/5")
            clock.now += SHOWN_EVERY / 4
    assert stream.getvalue() == "\rrendering 1/5\rrendering 5/5\n"


def test_a_text_after_the_interval_is_written_at_once() -> None:
    stream, clock = io.StringIO(), _Clock()
    line = ProgressLine(stream, SHOWN_EVERY, clock)
    line.show("rendering 1/900")
    clock.now += 2 * SHOWN_EVERY
    line.show("rendering 2/900")
    assert stream.getvalue() == "\rrendering 1/900\rrendering 2/900"
    line.show("rendering 3/900")
    assert stream.getvalue() == "\rrendering 1/900\rrendering 2/900"
    line.end()
    assert stream.getvalue() == "\rrendering 1/900\rrendering 2/900\rrendering 3/900\n"


def test_a_shorter_text_blanks_the_longer_ones_leftovers_and_no_progress_prints_nothing() -> None:
    stream, clock = io.StringIO(), _Clock()
    with ProgressLine(stream, SHOWN_EVERY, clock) as line:
        line.show("signing 10/10")
        clock.now += 2 * SHOWN_EVERY
        line.show("done")
    assert stream.getvalue() == "\rsigning 10/10\rdone         \n"
    quiet = io.StringIO()
    with ProgressLine(quiet, SHOWN_EVERY, clock):
        pass
    assert quiet.getvalue() == ""


def test_without_an_interval_every_text_is_written() -> None:
    stream, clock = io.StringIO(), _Clock()
    with ProgressLine(stream, clock=clock) as line:
        line.show("importing: 10,000 rows (3%)")
        line.show("importing: 20,000 rows (6%)")
    assert stream.getvalue() == "\rimporting: 10,000 rows (3%)\rimporting: 20,000 rows (6%)\n"
