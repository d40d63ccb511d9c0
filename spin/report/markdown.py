"""A Markdown report: for pull-request comments and GitHub step summaries.

One heading for the run with the counts, then per release: the paper (a
retraction first, in a quote block), a table of findings (line, severity,
rule, message) and, folded under ``<details>``, each flagged sentence beside
the paper's own words and the suggestion.  Text from releases and papers is
escaped so that it cannot break the table or inject HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from spin.model import SEVERITIES, Finding, Report
from spin.report import score_text

_SEVERITY_LABEL = {"error": "error", "warning": "warning", "info": "info"}


def escape(text: str) -> str:
    """Text safe inside Markdown paragraphs and table cells."""
    out = " ".join(text.split())
    out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]|":
        out = out.replace(ch, "\\" + ch)
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _counts(summary: dict[str, int]) -> str:
    return ", ".join(
        _plural(summary.get(s, 0), s) if s != "info" else f"{summary.get(s, 0)} info"
        for s in SEVERITIES
    )


def _paper_line(report: Report) -> str:
    p = report.paper
    parts: list[str] = []
    if p.title:
        parts.append(f"*{escape(p.title)}*")
    venue = " ".join(
        x for x in (p.journal and escape(p.journal), p.published and f"({p.published})") if x
    )
    if venue:
        parts.append(venue)
    if p.doi:
        parts.append(f"[doi:{escape(p.doi)}](https://doi.org/{p.doi})")
    return " · ".join(parts) if parts else "(paper without metadata)"


def _status_banner(report: Report) -> list[str]:
    status = report.paper.status
    if status == "ok":
        return []
    label = status.replace("_", " ")
    if status in ("retracted", "withdrawn"):
        return [
            f"> [!CAUTION]\n> **This paper is {label}.** Its findings should not be reported "
            "as established.",
            "",
        ]
    return [
        f"> [!WARNING]\n> **This paper has a notice: {label}.** Check the notice before "
        "repeating its claims.",
        "",
    ]


def _where(f: Finding) -> str:
    return str(f.release.line) if f.release is not None else "–"


def _details(f: Finding) -> list[str]:
    lines: list[str] = [f"**{f.code} {f.name}** (line {_where(f)}): {escape(f.message)}", ""]
    if f.release is not None:
        who = f" — {escape(f.speaker)}" if f.speaker else ""
        lines += [f"> {escape(f.release.text)}{who}", ""]
    for e in f.evidence:
        section = f" ({escape(e.section)})" if e.section else ""
        lines += [f"Paper{section}, score {score_text(e.score)}: “{escape(e.text)}”", ""]
    if f.suggestion:
        lines += [f"Suggestion: {escape(f.suggestion)}", ""]
    return lines


def render_report(report: Report, *, heading: str = "###") -> list[str]:
    doc = report.release
    lines = [f"{heading} `{doc.path}`", ""]
    lines += _status_banner(report)
    lines += [f"Paper: {_paper_line(report)}", ""]
    s = report.summary()
    if not report.findings:
        lines += [f"No findings in {_plural(len(doc.sentences), 'sentence')}.", ""]
        return lines
    lines += [f"{_counts(s)} in {_plural(len(doc.sentences), 'sentence')}.", ""]
    lines += ["| Line | Severity | Rule | Finding |", "|---:|---|---|---|"]
    for f in report.findings:
        lines.append(
            f"| {_where(f)} | {_SEVERITY_LABEL[f.severity]} | `{f.code}` {f.name} "
            f"| {escape(f.message)} |"
        )
    lines += ["", "<details><summary>Each finding beside the paper's words</summary>", ""]
    for f in report.findings:
        lines += _details(f)
    lines += ["</details>", ""]
    return lines


def render(reports: list[Report], *, width: int | None = None, to_file: bool = False) -> str:
    del width, to_file
    return "\n".join(render_markdown(reports)).rstrip("\n") + "\n"


def render_markdown(reports: Sequence[Report]) -> list[str]:
    total: dict[str, int] = {s: 0 for s in SEVERITIES}
    for r in reports:
        for k, v in r.summary().items():
            total[k] += v
    n = len(reports)
    lines = [f"## spin: {_plural(n, 'release')} checked — {_counts(total)}", ""]
    if not reports:
        lines += ["No release was checked.", ""]
    for r in reports:
        lines += render_report(r)
    return lines
