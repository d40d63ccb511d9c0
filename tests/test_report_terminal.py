"""The terminal report: content, order, width, colour and golden files."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace

import pytest
import report_samples as samples
from golden_files import check_golden, normalise

from spin.errors import UsageError
from spin.model import Report
from spin.report import render

ESC = "\x1b["


class _TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def _plain(report: Report, width: int = 80) -> str:
    return render([report], "terminal", width=width, to_file=True)


@pytest.mark.parametrize("width", [80, 60, 40])
@pytest.mark.parametrize(
    "factory",
    [samples.sample_report, samples.retracted_report, samples.clean_report, samples.empty_report],
)
def test_no_line_wider_than_width(factory: object, width: int) -> None:
    text = _plain(factory(), width)  # type: ignore[operator]
    too_long = [line for line in text.splitlines() if len(line) > width]
    assert not too_long, too_long


def test_no_escape_codes_when_writing_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys, "stdout", _TTY())
    text = render([samples.sample_report()], "terminal", width=80, to_file=True)
    assert ESC not in text


def test_no_escape_codes_when_piped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys, "stdout", io.StringIO())  # not a TTY
    text = render([samples.retracted_report()], "terminal", width=80)
    assert ESC not in text


def test_colour_on_a_terminal_unless_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _TTY())
    monkeypatch.delenv("NO_COLOR", raising=False)
    coloured = render([samples.retracted_report()], "terminal", width=80)
    assert ESC in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert ESC not in render([samples.retracted_report()], "terminal", width=80)


def test_no_trailing_spaces_in_plain_text() -> None:
    text = _plain(samples.sample_report())
    assert all(line == line.rstrip() for line in text.splitlines())


def test_order_banner_header_summary_sentences_document() -> None:
    text = _plain(samples.retracted_report())
    positions = [
        text.index("RETRACTED"),
        text.index("This paper has been retracted"),
        text.index("Release  release.txt"),
        text.index("Findings  3 errors · 3 warnings · 1 info"),
        text.index("The release, sentence by sentence"),
        text.index("The release as a whole"),
    ]
    assert positions == sorted(positions)
    # the retraction notice itself is shown, with its date and source
    assert "retraction, 2024-09-01" in text
    assert "Note     no abstract found at Crossref" in text


def test_corrected_paper_gets_a_quieter_banner() -> None:
    from spin.model import StatusNotice

    report = samples.sample_report(
        status="corrected", notices=(StatusNotice("correction", "publisher", "2024-05-01"),)
    )
    text = _plain(report)
    assert text.lstrip().startswith("╭─  CORRECTED")
    assert "correction, 2024-05-01 (source: publisher)" in text
    assert "RETRACTED" not in text


def test_ok_paper_has_no_banner() -> None:
    text = _plain(samples.sample_report())
    assert text.startswith("Release  release.txt")


def test_header_shows_the_paper() -> None:
    text = _plain(samples.sample_report())
    for expected in (
        "Green tea consumption and incident dementia in a community cohort",
        "Journal of Invented Results · vol. 12, no. 3, pp. 101-110 · 2024-03-05",
        "Rivera M, Okafor J, Lindqvist E and 1 more",
        "DOI      10.5555/spin.sample.2024",
        "Status   ok",
        "Sources  local (4 statements)",
        "5 sentences checked",
    ):
        assert expected in text


def test_every_finding_is_shown_with_its_message_evidence_and_suggestion() -> None:
    report = samples.sample_report()
    text = " ".join(_plain(report, width=200).split())
    for f in report.findings:
        assert f"{f.code} {f.name}" in text
        assert " ".join(f.message.split()) in text
        if f.suggestion:
            assert f"Suggestion: {f.suggestion}" in text
    # evidence beside the sentence is referred to; other evidence is quoted
    assert "Paper: the statement above (Conclusions · 0.45 · local)" in text
    assert "Paper: “Green tea consumption may be associated" in text


def test_summary_lists_errors_before_warnings() -> None:
    text = _plain(samples.sample_report(), width=120)
    summary = text[text.index("Findings") : text.index("─")]
    lines = [ln.split() for ln in summary.splitlines()[1:] if ln.strip()]
    sev = [ln[0] for ln in lines]
    assert sev == ["ERROR", "ERROR", "WARNING", "WARNING", "WARNING"]
    assert [ln[1] for ln in lines] == ["C101", "A101", "C101", "H101", "O101"]
    assert lines[-1][2] == "overall"


def test_quotes_are_attributed() -> None:
    text = _plain(samples.sample_report())
    assert "line 5 · quote by Dr. Ada Byron" in text
    # a document-level finding on a quote names the speaker itself
    quoted = replace(samples.sample_report().findings[3], sentence=None)
    report = replace(samples.sample_report(), findings=(quoted,))
    assert "Quote by Dr. Ada Byron" in _plain(report)


def test_sentence_beside_its_best_statement() -> None:
    text = _plain(samples.sample_report(), width=120)
    head = next(ln for ln in text.splitlines() if ln.startswith("Release") and "Paper ·" in ln)
    assert head.split("Paper · ")[1] == "Conclusions · weak support 0.45"
    row = text.splitlines()[text.splitlines().index(head) + 1]
    assert row.startswith("Green tea cures memory loss")
    assert "Green tea consumption may be associated" in row
    assert "Paper · no support" in text
    assert "no statement of the paper matches" in text


def test_strong_sentences_without_findings_take_one_line() -> None:
    text = _plain(samples.sample_report())
    compact = [ln for ln in text.splitlines() if ln.startswith("ok ") and " L" in ln[:9]]
    assert len(compact) == 1
    assert "L4 Researchers followed 1,200 people" in compact[0]
    assert compact[0].endswith("0.88")


def test_clean_report() -> None:
    text = _plain(samples.clean_report())
    assert "Findings  none" in text
    assert "ERROR" not in text and "WARNING" not in text
    assert "The release as a whole" not in text
    assert sum(ln.startswith("ok ") and " L" in ln[:9] for ln in text.splitlines()) == 5


def test_text_is_not_read_as_markup() -> None:
    report = samples.sample_report()
    doc = report.release
    s = replace(doc.sentences[2], text="Values were [bold]high[/bold] (see [1]).")
    report = replace(
        report, release=replace(doc, sentences=(*doc.sentences[:2], s, *doc.sentences[3:]))
    )
    text = _plain(report, width=120)
    assert "[bold]high[/bold] (see [1])." in text


def test_several_reports_are_separated() -> None:
    reports = [samples.sample_report(), samples.retracted_report()]
    text = render(reports, "terminal", width=80, to_file=True)
    assert text.count("Release  release.txt") == 2
    assert "═" * 80 in text


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown format"):
        render([samples.sample_report()], "yaml")


def test_rich_is_imported_lazily() -> None:
    code = "import sys, spin.report.terminal, spin.report.json_format; print('rich' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert res.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("name", "factory"),
    [
        ("sample", samples.sample_report),
        ("retracted", samples.retracted_report),
        ("clean", samples.clean_report),
        ("empty", samples.empty_report),
    ],
)
def test_golden_terminal(name: str, factory: object) -> None:
    report = normalise(factory())  # type: ignore[operator]
    check_golden(f"{name}.txt", _plain(report, 80))


def test_a_file_is_80_columns_whatever_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    text = render([samples.sample_report()], "terminal", to_file=True)
    assert max(len(line) for line in text.splitlines()) == 80


def test_width_follows_the_terminal_up_to_a_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    text = render([samples.sample_report()], "terminal")
    assert max(len(line) for line in text.splitlines()) == 100
    monkeypatch.setenv("COLUMNS", "300")
    text = render([samples.sample_report()], "terminal")
    assert max(len(line) for line in text.splitlines()) == 120


def test_scores_are_shown_rounded_down() -> None:
    """A score just under a support threshold is never shown at the threshold."""
    from spin.report import score_text

    assert score_text(0.2199) == "0.21"
    assert score_text(0.22) == "0.22"
    assert score_text(0.29 - 1e-12) == "0.29"  # float noise at the threshold itself
    assert score_text(1.0) == "1.00" and score_text(0.0) == "0.00"
