"""GitHub workflow-command output: golden file, escaping, the per-level limit, step summary."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ci_samples import check_golden, clean_report, report

from spin.model import Finding
from spin.report import render
from spin.report.github import LIMIT, command, escape_data, escape_property, write_step_summary


def test_github_golden() -> None:
    check_golden("walnut.github.txt", render([report(), clean_report()], "github"))


def test_escape_data() -> None:
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_data("a: b, c") == "a: b, c"  # : and , only in properties


def test_escape_property() -> None:
    assert escape_property("a:b,c%d\ne\rf") == "a%3Ab%2Cc%25d%0Ae%0Df"


def test_escaping_in_commands() -> None:
    rep = report(path="drafts/odd: name, 100%.md")
    f = rep.findings[2]  # message with a newline, a 2-line sentence
    cmd = command(rep.release.path, f)
    head, _, message = cmd[2:].partition("::")
    assert cmd.startswith("::error ")
    assert "file=drafts/odd%3A name%2C 100%25.md," in head
    assert "\n" not in cmd and "\r" not in cmd
    assert "%0ASee Methods: mice." in message
    # multi-line sentence: lines without columns
    assert ",line=3,endLine=4," in head and "col=" not in head


def test_levels_and_positions() -> None:
    lines = render([report()], "github").splitlines()
    assert lines[0].startswith("::warning file=drafts/walnut.md,line=1,title=")  # document-level
    assert lines[1].startswith("::error file=drafts/walnut.md,line=1,col=3,endLine=1,endColumn=56,")
    assert lines[3].startswith("::notice ")


def _many(n: int) -> list[Finding]:
    base = report().findings[1]  # an error
    return [replace(base, message=f"finding {i}") for i in range(n)]


def test_limit_per_level_is_reported() -> None:
    rep = replace(report(), findings=tuple(_many(LIMIT + 3)))
    out = render([rep], "github").splitlines()
    commands = [ln for ln in out if ln.startswith("::error ")]
    assert len(commands) == LIMIT
    plain = [ln for ln in out if ln.startswith("drafts/walnut.md:1:3: error X901")]
    assert len(plain) == 3
    assert out[-1] == (
        "spin: 3 error(s) not shown as annotations (GitHub shows 10 per level per step); "
        "they are listed above and in the job summary"
    )


def test_no_cut_line_under_the_limit() -> None:
    out = render([report()], "github")
    assert "not shown as annotations" not in out


def test_step_summary_appended(tmp_path: Path) -> None:
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n", encoding="utf-8")
    assert write_step_summary([report()], {"GITHUB_STEP_SUMMARY": str(target)})
    text = target.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## spin: 1 release checked")
    assert "| 8 | warning | `X904` advice-not-in-source |" in text


def test_step_summary_skipped_without_variable(tmp_path: Path) -> None:
    assert not write_step_summary([report()], {})
