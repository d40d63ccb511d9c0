"""The bundled examples end to end: reading, paper records, reports, goldens, the CLI.

examples/ holds press releases written for spin (fictional institutions and
people, invented DOIs under the 10.5555 test prefix), each with its paper record
in examples/papers/.  The Markdown releases name their paper in front matter;
the HTML page takes it with --paper.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ROOT
from golden_files import check_golden, normalise, validate, validate_text

from spin.cli import main
from spin.model import SEVERITY_RANK, Report
from spin.report import render

EXAMPLES = ROOT / "examples"


@dataclass(frozen=True)
class Example:
    file: str
    doi: str
    paper: str | None  # --paper, when the release does not name it
    boilerplate: tuple[str, ...]  # text on the page that must never become a sentence


EX = {
    "faithful": Example(
        "faithful-walking-trial.md",
        "10.5555/spin.example.walking",
        None,
        ("About Northfield", "22,000 students", "Media contact", "press@northfield", "555 0100"),
    ),
    "exaggerated": Example(
        "exaggerated-cocoa-cohort.md",
        "10.5555/spin.example.cocoa",
        None,
        ("About the Eastbrook", "300 scientists", "Media contact", "Tom Reyes", "555 0199"),
    ),
    "retracted": Example(
        "retracted-probiotic-trial.md",
        "10.5555/spin.example.probiotic",
        None,
        ("About Southport", "trains doctors", "Media contact", "Alex Kim", "555 0123"),
    ),
    "html": Example(
        "pilot-sleep-app.html",
        "10.5555/spin.example.sleepapp",
        "examples/papers/sleep-app-pilot.md",
        (
            "cookies",
            "Accept all",
            "Staff login",
            "Search news",
            "Home",
            "Share on",
            "About Westvale",
            "research-intensive",
            "Media contact",
            "Maria Lopez",
            "Related news",
            "Late coffee",
            "Most read",
            "robotics lab",
            "All rights reserved",
            "Privacy notice",
            "Subscribe",
            "dataLayer",
            "pageview",
        ),
    ),
}


@pytest.fixture(autouse=True)
def _in_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # relative paths, so the reports (and goldens) name the files as a user types them
    monkeypatch.chdir(ROOT)


_REPORTS: dict[str, Report] = {}


def _report(name: str) -> Report:
    if name not in _REPORTS:
        from spin.api import check

        ex = EX[name]
        _REPORTS[name] = check(f"examples/{ex.file}", paper=ex.paper, offline=True)
    return _REPORTS[name]


def test_every_example_is_listed() -> None:
    releases = {p.name for p in EXAMPLES.iterdir() if p.suffix in (".md", ".html", ".txt")}
    releases.discard("README.md")
    assert releases == {ex.file for ex in EX.values()}
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert all(ex.file in readme for ex in EX.values())


@pytest.mark.parametrize("name", list(EX))
def test_release_length_is_realistic(name: str) -> None:
    from spin.release import read_release

    doc = read_release(f"examples/{EX[name].file}")
    words = len(doc.text.split())
    assert 200 <= words <= 600, words


@pytest.mark.parametrize("name", list(EX))
def test_doi_and_paper_are_found(name: str) -> None:
    ex = EX[name]
    report = _report(name)
    assert report.release.doi == ex.doi
    assert report.paper.doi == ex.doi
    assert report.paper.statements, "the paper record gave no statements"
    assert report.release.title and report.release.sentences[0].headline


@pytest.mark.parametrize("name", list(EX))
def test_no_boilerplate_becomes_a_sentence(name: str) -> None:
    report = _report(name)
    for s in report.release.sentences:
        hits = [b for b in EX[name].boilerplate if b.lower() in s.text.lower()]
        assert not hits, f"boilerplate {hits} in sentence {s.text!r}"


@pytest.mark.parametrize("name", list(EX))
def test_quotes_have_speakers(name: str) -> None:
    quotes = [s for s in _report(name).release.sentences if s.quote]
    assert quotes
    assert all(s.speaker for s in quotes)


def test_html_reads_only_the_article_and_takes_the_doi_from_its_link() -> None:
    report = _report("html")
    doc = report.release
    assert doc.media_type == "html"
    assert doc.title == "Sleep app helps teenagers get more rest"
    # the sidebar links another paper: it is not the one the release reports on
    assert doc.doi == "10.5555/spin.example.sleepapp"
    assert "10.5555/spin.example.coffee" not in (doc.doi or "")
    first = doc.sentences[1].text
    assert first.startswith("A smartphone app helped teenagers sleep")


def test_retracted_example_says_so_first() -> None:
    report = _report("retracted")
    assert report.paper.status == "retracted"
    assert report.findings[0].category == "paper_retracted"
    assert report.findings[0].severity == "error"
    text = render([report], "terminal", width=80, to_file=True)
    assert text.startswith("╭─  RETRACTED")
    assert "doi:10.5555/spin.example.probiotic.retraction" in text


def test_faithful_example_is_clean() -> None:
    """The faithful release gets no finding at warning or above."""
    report = _report("faithful")
    loud = [f for f in report.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK["warning"]]
    assert not loud, [(f.code, f.message, f.release.text if f.release else None) for f in loud]


def test_exaggerated_example_is_flagged() -> None:
    report = _report("exaggerated")
    categories = {f.category for f in report.findings}
    intended = {
        "causal_overstatement",
        "species_extrapolation",
        "advice_not_in_source",
        "number_mismatch",
        "hype",
        "novelty_claim",
        "omitted_limitation",
    }
    found = categories & intended
    assert len(found) >= 4, f"only {sorted(found)} of {sorted(intended)}"
    assert report.summary()["error"] + report.summary()["warning"] >= 4


@pytest.mark.parametrize("name", list(EX))
def test_golden_terminal(name: str) -> None:
    text = render([normalise(_report(name))], "terminal", width=80, to_file=True)
    assert all(len(line) <= 80 for line in text.splitlines())
    check_golden(f"examples/{name}.txt", text)


@pytest.mark.parametrize("name", list(EX))
def test_golden_json(name: str) -> None:
    text = render([normalise(_report(name))], "json")
    validate_text(text)
    check_golden(f"examples/{name}.json", text)


def test_library_api_returns_what_the_cli_writes(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    code = main(
        [
            "check",
            "examples/exaggerated-cocoa-cohort.md",
            "--offline",
            "-f",
            "json",
            "-o",
            str(out),
            "--fail-on",
            "never",
        ]
    )
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    expected = _report("exaggerated").to_dict()
    assert data == expected


# --------------------------------------------------------------------------- exit codes


def _worst(report: Report) -> int:
    return max((SEVERITY_RANK[f.severity] for f in report.findings), default=0)


@pytest.mark.parametrize("name", list(EX))
@pytest.mark.parametrize("fail_on", ["error", "warning", "info", "never"])
def test_exit_code_follows_fail_on(
    name: str, fail_on: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ex = EX[name]
    argv = ["check", f"examples/{ex.file}", "--offline", "--fail-on", fail_on]
    if ex.paper:
        argv += ["--paper", ex.paper]
    code = main(argv)
    worst = _worst(_report(name))
    expected = 0 if fail_on == "never" or worst < SEVERITY_RANK[fail_on] else 1
    assert code == expected
    out = capsys.readouterr().out
    assert "\x1b[" not in out  # piped (captured): no escape codes
    assert "Release  examples/" in out


def test_default_fail_on_is_error(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "examples/exaggerated-cocoa-cohort.md", "--offline"])
    assert code == (1 if _worst(_report("exaggerated")) >= SEVERITY_RANK["error"] else 0)


def test_missing_release_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "examples/no-such-release.md", "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spin: error:") and "no-such-release.md" in err
    assert len(err.strip().splitlines()) == 1


def test_release_without_doi_or_paper_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "nodoi.txt"
    release.write_text("Scientists found something.\n\nIt was very interesting indeed.\n")
    assert main(["check", str(release), "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spin: error:") and "nodoi.txt" in err and "--doi" in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_format_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "examples/faithful-walking-trial.md", "--offline", "-f", "yaml"]) == 2
    assert "yaml" in capsys.readouterr().err


# --------------------------------------------------------------------------- --output


@pytest.mark.parametrize("fmt", ["json", "terminal"])
def test_output_is_written_atomically(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"report.{fmt}"
    out.write_text("old content that must be replaced whole\n")
    code = main(
        [
            "check",
            "examples/exaggerated-cocoa-cohort.md",
            "--offline",
            "-f",
            fmt,
            "-o",
            str(out),
            "--fail-on",
            "never",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == ""
    text = out.read_text(encoding="utf-8")
    assert sorted(os.listdir(tmp_path)) == [out.name]  # no temporary file left behind
    if fmt == "json":
        validate_text(text)
    else:
        assert "\x1b[" not in text  # a file never gets escape codes
        assert text.startswith("Release  examples/exaggerated-cocoa-cohort.md")
    assert "old content" not in text


def test_output_into_a_missing_directory_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "report.json"
    code = main(
        ["check", "examples/faithful-walking-trial.md", "--offline", "-f", "json", "-o", str(out)]
    )
    assert code == 2
    assert not out.exists() and not out.parent.exists()
    assert "spin: error:" in capsys.readouterr().err


def test_failed_run_leaves_previous_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A run whose every release fails writes nothing: the previous report stays
    # byte for byte, and no temporary file is left behind (exit 2).
    out = tmp_path / "report.json"
    out.write_text("previous report\n")
    code = main(["check", "examples/no-such-release.md", "--offline", "-f", "json", "-o", str(out)])
    assert code == 2
    assert sorted(os.listdir(tmp_path)) == ["report.json"]
    assert "no-such-release.md" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "previous report\n"
