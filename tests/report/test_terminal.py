"""The Rich terminal report: order, content, colour rules and right-to-left text."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from factcheck.pipeline import run
from factcheck.report import bidi
from factcheck.report.progress import ProgressBar
from factcheck.report.terminal import render
from factcheck.settings import Settings
from tests.conftest import REPO, SEEDS
from tests.report.sample import sample_report, seeds_report

AFP_LEAD = (
    "وافقت الولايات المتحدة أمس الجمعة على سحب قواتها البالغ قوامها أكثر من ألف جندي من النيجر "
    "حيث يشاركون في القتال ضد المتشددين، بحسب ما قال عدد من المسؤولين الأميركيين مشترطين عدم "
    "كشف هوياتهم."
)


def test_rtl_sentence_is_wrapped_first_then_each_line_reordered():
    figure = "أكثر من ألف جندي"
    start = AFP_LEAD.index(figure)
    lines = bidi.lines(AFP_LEAD, 50, (start, start + len(figure)))
    assert len(lines) == 4 and all(line.rtl for line in lines)
    # The first logical words end the first visual line (read from the right) ...
    assert lines[0].text.endswith(bidi.visual("وافقت الولايات"))
    # ... and the last ones start the last line, with the full stop on their left.
    assert lines[-1].text.startswith("." + bidi.visual("هوياتهم"))
    marked = [line for line in lines if line.span]
    assert len(marked) == 1
    line = marked[0]
    assert line.text[line.span[0] : line.span[1]] == bidi.visual(figure)
    # A figure cut by the wrap is marked on both lines: its start at the left end of the
    # first (where that line ends), its last word at the right end of the next.
    split = bidi.lines(AFP_LEAD, 40, (start, start + len(figure)))
    assert [line.span for line in split][1:3] == [(0, 11), (35, 39)]
    assert split[2].text[35:39] == bidi.visual("جندي")


def test_reordered_text_is_shaped_and_brackets_mirrored():
    shown = bidi.visual("26 يوليو (تموز) 2023")
    assert shown == "2023 (ﺯﻮﻤﺗ) ﻮﻴﻟﻮﻳ 26"  # presentation forms, joined, right to left
    assert bidi.visual("26 يوليو", reorder=False) == "26 يوليو"
    assert bidi.visual("about $110 million") == "about $110 million"


def test_bidi_auto_reorders_only_for_terminals_that_do_not(monkeypatch):
    for name in ("TMUX", "KONSOLE_VERSION", "TERM"):
        monkeypatch.delenv(name, raising=False)
    assert bidi.reorders("auto", is_terminal=True)
    assert not bidi.reorders("auto", is_terminal=False)
    assert bidi.reorders("on", is_terminal=False)
    assert not bidi.reorders("off", is_terminal=True)
    monkeypatch.setenv("KONSOLE_VERSION", "230804")
    assert not bidi.reorders("auto", is_terminal=True)
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    assert bidi.reorders("auto", is_terminal=True)


def test_plain_report_puts_conflicts_first_with_both_claims_and_the_figure_marked():
    text = render(sample_report(), Settings(), terminal=False, width=100)
    assert "\x1b[" not in text
    assert text.splitlines()[0] == (
        "factcheck 7 articles, 14 claims: 2 conflicts, 1 revision, 3 agreements, 2 single-source"
    )
    conflict, revision = text.index(" CONFLICT "), text.index(" REVISION ")
    table = text.index("Agreements and single-source figures")
    assert conflict < revision < table
    assert "20ecbplus.jsonl#20_7ecbplus · cbc.ca · 2005-11-27" in text
    assert "home to «200, 000 people», the U.S." in text
    # Logical order off a terminal: a pipe gets the text as the article has it.
    assert "العجز الأميركي يصل ل «٧٧ مليار»" in text
    assert "ans-0282-a.txt · وكالة أ · 2016-05-10" in text
    # Agreements are a table row, not a full entry, unless --verbose.
    assert "Both articles put the US troops in Niger" not in text
    verbose = render(sample_report(), Settings(verbose=True), terminal=False, width=100)
    assert "Both articles put the US troops in Niger at more than 1,000." in verbose
    assert " AGREEMENT " in verbose and "Agreements and single-source" not in verbose


def test_terminal_gets_colour_and_no_color_keeps_only_the_highlight(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    coloured = render(seeds_report(), Settings(verbose=True), terminal=True, width=100)
    assert "\x1b[1;33m1 revision" in coloured
    assert "\x1b[1;7m" + bidi.visual("2000 جندي") in coloured  # the figure in reverse video
    monkeypatch.setenv("NO_COLOR", "1")
    plain = render(seeds_report(), Settings(verbose=True), terminal=True, width=100)
    assert "\x1b[31m" not in plain and "\x1b[33m" not in plain and "43m" not in plain
    assert "\x1b[1;7m" + bidi.visual("2000 جندي") in plain


def test_known_findings_and_stale_baseline_entries_are_shown():
    report = sample_report()
    first = report.findings[0].model_copy(update={"known": True})
    report = report.model_copy(
        update={"findings": [first, *report.findings[1:]], "stale_baseline": ["deadbeef00000000"]}
    )
    text = render(report, Settings(), terminal=False, width=100)
    assert f" CONFLICT  FC101  known (baseline)  {first.id}" in text
    assert text.splitlines()[0].endswith("2 single-source (1 known)")
    assert "stale baseline entries (1, no finding has them any more" in text
    assert "deadbeef00000000" in text


def test_compact_table_is_capped_and_points_to_verbose():
    report = seeds_report()
    single = report.findings[-1]
    many = [single.model_copy(update={"id": f"{n:016x}"}) for n in range(40)]
    text = render(report.model_copy(update={"findings": many}), Settings(), terminal=False)
    assert "… and 15 more: --verbose, or --format html" in text


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_a_real_terminal_shows_arabic_shaped_and_right_to_left(tmp_path):
    script = tmp_path / "show.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from tests.report.sample import seeds_report\n"
        "from factcheck.report.terminal import render\n"
        "from factcheck.settings import Settings\n"
        "sys.stdout.write(render(seeds_report(), Settings(verbose=True)))\n",
        encoding="utf-8",
    )
    # A server of our own (-L): no clash with the user's tmux or another test run.
    tmux = ["tmux", "-L", f"factcheck-test-{time.monotonic_ns()}"]
    started = subprocess.run(
        [
            *tmux,
            "new-session",
            "-d",
            "-x",
            "100",
            "-y",
            "80",
            f"{sys.executable} {script}; sleep 30",
        ],
        env={"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
    )
    if started.returncode != 0:
        pytest.skip(f"tmux could not start a server here: {started.stderr.strip()}")
    try:
        screen = ""
        for _ in range(50):
            time.sleep(0.2)
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            if "single source" in screen.lower():
                break
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    assert "factcheck 2 articles, 8 claims" in screen
    assert bidi.visual("حوالي 900 جندي") in screen  # shaped, in display order
    assert "حوالي 900 جندي" not in screen  # never the raw logical string
    row = next(line for line in screen.splitlines() if bidi.visual("2000 جندي،") in line)
    assert row.rstrip().endswith(bidi.visual("الأمريكية على الأراضي"))


def test_progress_bar_draws_the_stages_once_started():
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=80)
    with ProgressBar(console, delay=0) as bar:
        deadline = time.monotonic() + 5
        while not bar.shown and time.monotonic() < deadline:
            time.sleep(0.01)
        bar("read", 2, 2)
        bar("extract", 1, 2)
        bar.progress.refresh()
    assert bar.shown is False  # stopped, and transient: it leaves nothing behind
    assert "reading files" in buffer.getvalue() and "extracting claims" in buffer.getvalue()


def test_pipeline_reports_every_stage_to_the_progress_hook():
    events: list[tuple[str, int, int]] = []
    run(Settings(paths=[str(SEEDS)], jobs=1), lambda *event: events.append(event))
    assert events[0] == ("read", 0, 2) and ("read", 2, 2) in events
    assert ("extract", 2, 2) in events
    assert events[-2:] == [("align", 0, 1), ("align", 1, 1)]


def test_thousands_of_conflicts_are_cut_to_a_readable_number():
    report = seeds_report()
    revision = next(f for f in report.findings if f.kind == "revision")
    many = [revision.model_copy(update={"id": f"{n:016x}"}) for n in range(230)]
    started = time.monotonic()
    text = render(report.model_copy(update={"findings": many}), Settings(), terminal=False)
    assert time.monotonic() - started < 10
    assert text.count(" REVISION ") == 200
    assert "… and 30 more conflicts and revisions: --verbose, or --format html" in text


def test_isolate_controls_in_an_article_do_not_break_the_reordering():
    text = "قال الوزير \u2068إن\u2069 1,200 شخص"
    start = text.index("1,200")
    (line,) = bidi.lines(text, 80, (start, start + 5))
    assert line.text[line.span[0] : line.span[1]] == "1,200"
    assert "\u2068" not in line.text and line.text.endswith(bidi.visual("قال الوزير"))


ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى٠١٢٣٤٥٦٧٨٩abcXYZ0123456789 .,;:()[]«»-%$"
    "\u064b\u0640\u200f\u202b\u202c\u2067\u2069\n\t"  # harakat, tatweel, bidi controls
)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, max_size=200),
    width=st.integers(20, 90),
    cut=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_any_mix_of_scripts_and_controls_wraps_within_the_width(text, width, cut):
    from rich.cells import cell_len

    start, end = sorted(cut)
    span = (min(start, len(text)), min(end, len(text)))
    for line in bidi.lines(text, width, span if span[0] < span[1] else None):
        assert cell_len(line.text) <= width
        if line.span is not None:
            assert 0 <= line.span[0] <= line.span[1] <= len(line.text)
