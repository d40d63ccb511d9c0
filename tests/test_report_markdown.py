"""Markdown report: golden file, escaping, banners."""

from __future__ import annotations

from ci_samples import check_golden, clean_report, report

from spin.report import render
from spin.report.markdown import escape


def test_markdown_golden() -> None:
    check_golden("walnut.md", render([report(), clean_report()], "markdown"))


def test_escape_keeps_tables_and_html_safe() -> None:
    assert escape("a | b") == "a \\| b"
    assert escape("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert escape("line\nbreak  and\ttab") == "line break and tab"
    assert escape("*bold* _it_ `code` [link]") == "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]"


def test_table_rows_stay_single_line() -> None:
    out = render([report()], "markdown")
    rows = [ln for ln in out.splitlines() if ln.startswith("| ") and "`X" in ln]
    assert len(rows) == 4
    assert all(ln.count(" | ") - ln.count("\\|") == 3 for ln in rows)
    assert "See Methods: mice. |" in rows[1]  # the newline in the message became a space


def test_retraction_banner_first() -> None:
    out = render([report(status="retracted")], "markdown")
    head = out.split("Paper:")[0]
    assert "[!CAUTION]" in head and "retracted" in head


def test_no_reports() -> None:
    out = render([], "markdown")
    assert out.startswith("## spin: 0 releases checked — 0 errors, 0 warnings, 0 info")
    assert "No release was checked." in out
