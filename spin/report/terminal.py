"""``--format terminal``: the report a journalist reads, rendered with rich.

What comes first is what matters first:

1. a retraction, withdrawal or expression of concern, loud, in a banner;
2. the paper (title, journal, date, DOI, authors, sources) and the release;
3. the findings by severity, errors and warnings listed one per line;
4. the release sentence by sentence beside its best paper statement, with the
   score, the support level and the findings on that sentence (message,
   evidence, suggestion; quotes attributed to their speaker). Sentences with
   strong support and no findings, and sentences that make no claim, take one
   line each;
5. the findings about the release as a whole (omissions, paper status).

Renderers never compute: everything shown comes from the :class:`Report`.
Colour only on a terminal, never with ``NO_COLOR`` set or when writing a file;
then the text has no escape codes at all.
"""

from __future__ import annotations

import os
import shutil
import sys
from io import StringIO
from typing import TYPE_CHECKING

from spin.model import SEVERITIES, Alignment, Finding, Report, Sentence
from spin.report import score_text

if TYPE_CHECKING:  # pragma: no cover
    from rich.console import Console, RenderableType
    from rich.text import Text

__all__ = ["make_console", "render", "use_colour"]

#: widest report when the width comes from the terminal (long lines are hard to read)
MAX_AUTO_WIDTH = 120
MIN_WIDTH = 40

SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}
SEVERITY_LABEL = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SUPPORT_STYLE = {"strong": "green", "weak": "yellow", "none": "red"}
#: one-line markers of compact sentences (meaningful without colour)
SUPPORT_MARK = {"strong": "ok", "weak": "~", "none": "--"}
SUPPORT_LABEL = {"strong": "strong support", "weak": "weak support", "none": "no support"}

STATUS_BANNER = {
    "retracted": "RETRACTED",
    "withdrawn": "WITHDRAWN",
    "expression_of_concern": "EXPRESSION OF CONCERN",
    "corrected": "CORRECTED",
}


# --------------------------------------------------------------------------- console


def use_colour(to_file: bool) -> bool:
    """Colour only on a terminal: never for a file, never with ``NO_COLOR`` set."""
    if to_file or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (ValueError, OSError):  # closed or detached stream
        return False


def make_console(
    width: int | None,
    *,
    colour: bool,
    to_file: bool,
    max_width: int = MAX_AUTO_WIDTH,
    tab_size: int = 4,
) -> Console:
    """A rich Console that writes to a string (``console.file.getvalue()``).

    ``width`` columns when given; otherwise 80 for a file (a file reads the same
    whatever terminal wrote it) or the terminal's width up to ``max_width``; never
    fewer than ``MIN_WIDTH``.  Escape codes only when ``colour``.  No markup,
    emoji, highlighting or soft wrap: text is shown as it is.  Shared by this
    renderer and ``spin paper`` (:mod:`spin.report.paper`).
    """
    from rich.console import Console

    if width is None and to_file:
        width = 80
    if width is None:
        cols = shutil.get_terminal_size((80, 24)).columns
        width = min(cols, max_width)
    return Console(
        file=StringIO(),
        width=max(width, MIN_WIDTH),
        color_system="auto" if colour else None,
        force_terminal=colour,
        no_color=not colour,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        soft_wrap=False,
        tab_size=tab_size,
    )


def render(reports: list[Report], *, width: int | None = None, to_file: bool = False) -> str:
    """The reports as text for a terminal (``width`` columns; colour only on a TTY)."""
    colour = use_colour(to_file)
    console = make_console(width, colour=colour, to_file=to_file)
    for i, report in enumerate(reports):
        if i:
            console.print()
            console.rule(characters="═")
            console.print()
        _render_one(console, report)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    text = str(out)
    if not colour:
        # rich pads table cells and rules with spaces; plain text needs none
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


# --------------------------------------------------------------------------- pieces


def _t(*parts: str | tuple[str, str]) -> Text:
    from rich.text import Text

    return Text.assemble(*parts)


def _plural(n: int, word: str) -> str:
    if word == "info":
        return f"{n} info"
    return f"{n} {word}" + ("" if n == 1 else "s")


def _render_one(console: Console, report: Report) -> None:
    _status_banner(console, report)
    _header(console, report)
    console.print()
    _summary(console, report)
    _sentences(console, report)
    _document_findings(console, report)
    _footer(console, report)


def _status_banner(console: Console, report: Report) -> None:
    from rich.panel import Panel

    paper = report.paper
    kinds = {n.kind for n in paper.notices}
    if paper.status in ("retracted", "withdrawn"):
        label = STATUS_BANNER[paper.status]
        body = _t(
            (
                f"This paper has been {paper.status}. Its findings should not be reported "
                "as established.",
                "bold",
            )
        )
        notices = [n for n in paper.notices if n.kind in ("retraction", "withdrawal")]
        loud = True
    elif paper.status == "expression_of_concern" or "expression_of_concern" in kinds:
        label = STATUS_BANNER["expression_of_concern"]
        body = _t("The journal has published an expression of concern about this paper.")
        notices = list(paper.notices)
        loud = True
    elif paper.status == "corrected" or "correction" in kinds:
        label = STATUS_BANNER["corrected"]
        body = _t(
            "This paper has been corrected: check that the release reports the corrected findings."
        )
        notices = list(paper.notices)
        loud = False
    else:
        return
    style = "bold white on red" if loud else "bold black on yellow"
    for n in notices:
        line = n.kind.replace("_", " ")
        if n.date:
            line += f", {n.date}"
        if n.doi:
            line += f", doi:{n.doi}"
        line += f" (source: {n.source})"
        if n.label and n.label.lower().replace(" ", "_") != n.kind:
            line += f": {n.label}"
        body.append("\n" + line)
    console.print(
        Panel(
            body,
            title=_t((f" {label} ", style)),
            title_align="left",
            border_style="red" if loud else "yellow",
            expand=True,
        )
    )
    console.print()


def _header(console: Console, report: Report) -> None:
    from rich.table import Table

    paper, doc = report.paper, report.release
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")

    grid.add_row("Release", _t((doc.path, "bold")))
    if doc.title:
        grid.add_row("", doc.title)
    grid.add_row("", f"{_plural(len(doc.sentences), 'sentence')} checked")

    grid.add_row("Paper", _t((paper.title or "(title unknown)", "bold")))
    where = " · ".join(
        x
        for x in (
            paper.journal,
            ", ".join(
                p
                for p in (
                    paper.volume and f"vol. {paper.volume}",
                    paper.issue and f"no. {paper.issue}",
                    paper.pages and f"pp. {paper.pages}",
                )
                if p
            ),
            paper.published,
        )
        if x
    )
    if where:
        grid.add_row("", where)
    if paper.authors:
        names = [a.name for a in paper.authors[:3]]
        more = len(paper.authors) - len(names)
        grid.add_row("", ", ".join(names) + (f" and {more} more" if more > 0 else ""))
    grid.add_row("DOI", paper.doi or "(none)")
    status_style = "green" if paper.status == "ok" else "bold red"
    grid.add_row("Status", _t((paper.status.replace("_", " "), status_style)))
    n_st = len(paper.statements)
    sources = ", ".join(paper.sources) or "(none)"
    grid.add_row("Sources", f"{sources} ({_plural(n_st, 'statement')})")
    for w in paper.warnings:
        grid.add_row("Note", _t((w, "yellow")))
    console.print(grid)


def _summary(console: Console, report: Report) -> None:
    from rich.table import Table

    counts = report.summary()
    line = _t(("Findings  ", "bold"))
    if not report.findings:
        line.append("none", style="green")
        console.print(line)
        return
    for i, sev in enumerate(SEVERITIES):
        if i:
            line.append(" · ")
        n = counts[sev]
        line.append(_plural(n, sev), style=SEVERITY_STYLE[sev] if n else "dim")
    console.print(line)
    listed = [f for f in report.findings if f.severity in ("error", "warning")]
    listed.sort(key=lambda f: SEVERITIES.index(f.severity))
    if not listed:
        return
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, width=9)
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
    for f in listed:
        where = f"line {f.release.line}" if f.release is not None else "overall"
        grid.add_row(
            _t(("  " + SEVERITY_LABEL[f.severity], SEVERITY_STYLE[f.severity])),
            _t((f.code, "bold")),
            _t((where, "dim")),
            f.message,
        )
    console.print(grid)


def _sentences(console: Console, report: Report) -> None:
    doc = report.release
    if not doc.sentences:
        return
    by_sentence: dict[int, list[Finding]] = {}
    for f in report.findings:
        if f.sentence is not None:
            by_sentence.setdefault(f.sentence, []).append(f)
    rows: dict[int, Alignment] = {a.sentence: a for a in report.alignment}
    console.print()
    console.rule(_t(("The release, sentence by sentence", "bold")), characters="─")
    console.print(
        _t(
            ("ok", SUPPORT_STYLE["strong"]),
            " strong support   ",
            ("~", SUPPORT_STYLE["weak"]),
            " weak support   ",
            ("--", SUPPORT_STYLE["none"]),
            " no matching statement in the paper",
        ),
        style="dim",
    )
    for s in doc.sentences:
        a = rows.get(s.index)
        findings = by_sentence.get(s.index, [])
        if findings or (a is not None and a.support == "weak"):
            _sentence_block(console, report, s, a, findings)
        else:
            _sentence_line(console, s, a)


def _kind(s: Sentence) -> str:
    if s.headline:
        return "headline"
    if s.quote:
        return f"quote by {s.speaker}" if s.speaker else "quote"
    return ""


def _sentence_line(console: Console, s: Sentence, a: Alignment | None) -> None:
    from rich.table import Table

    support = a.support if a is not None else "none"
    best = a.best if a is not None else None
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, width=2)
    grid.add_column(no_wrap=True, justify="right", width=5)
    grid.add_column(no_wrap=True, overflow="ellipsis", ratio=1)
    grid.add_column(no_wrap=True, justify="right")
    grid.add_row(
        _t((SUPPORT_MARK[support], SUPPORT_STYLE[support])),
        _t((f"L{s.line}", "dim")),
        s.text,
        _t((score_text(best.score), "dim")) if best is not None else "",
    )
    console.print(grid)


def _sentence_block(
    console: Console, report: Report, s: Sentence, a: Alignment | None, findings: list[Finding]
) -> None:
    from rich.table import Table

    support = a.support if a is not None else "none"
    best = a.best if a is not None else None
    title = _t((f"line {s.line}", "bold"))
    kind = _kind(s)
    if kind:
        title.append(f" · {kind}")
    console.print()
    console.rule(title, align="left", characters="─", style="dim")

    statement = report.paper.statements[best.statement] if best is not None else None
    paper_head = _t(("Paper", "bold"))
    if statement is not None and best is not None:
        paper_head.append(f" · {statement.section}")
        if statement.page is not None:
            paper_head.append(f" p.{statement.page}")
    paper_head.append(" · ")
    paper_head.append(SUPPORT_LABEL[support], style=SUPPORT_STYLE[support])
    if best is not None:
        paper_head.append(f" {score_text(best.score)}")

    table = Table(box=None, expand=True, padding=(0, 1), show_edge=False, pad_edge=False)
    table.add_column(_t(("Release", "bold")), ratio=1, overflow="fold")
    table.add_column(paper_head, ratio=1, overflow="fold")
    table.add_row(
        s.text,
        statement.text
        if statement is not None
        else _t(("no statement of the paper matches", "italic")),
    )
    console.print(table)
    for f in findings:
        _finding(console, f, beside=statement.text if statement is not None else None)


def _finding(
    console: Console, f: Finding, *, located: bool = False, beside: str | None = None
) -> None:
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=7)
    grid.add_column(overflow="fold", ratio=1)
    body: list[RenderableType] = []
    head = _t((f.code, "bold"), f" {f.name}")
    if located and f.release is not None:
        head.append(f" (line {f.release.line})", style="dim")
    body.append(head)
    body.append(_t(f.message))
    if located and f.speaker:
        # in a sentence block the heading already names the speaker
        body.append(_t(("Quote by ", "dim"), (f.speaker, "italic")))
    if located and f.release is not None:
        body.append(_t(("Release: ", "dim"), f"“{f.release.text}”"))
    for e in f.evidence:
        where = e.section if e.section == "status" else f"{e.section} · {score_text(e.score)}"
        if e.source:
            where += f" · {e.source}"
        if beside is not None and e.text == beside:
            body.append(_t(("Paper: ", "dim"), "the statement above ", (f"({where})", "dim")))
        else:
            body.append(_t(("Paper: ", "dim"), f"“{e.text}” ", (f"({where})", "dim")))
    if f.suggestion:
        body.append(_t(("Suggestion: ", "bold"), f.suggestion))
    from rich.console import Group

    grid.add_row(
        _t((SEVERITY_LABEL[f.severity], SEVERITY_STYLE[f.severity])),
        Group(*body),
    )
    console.print(grid)


def _document_findings(console: Console, report: Report) -> None:
    overall = [f for f in report.findings if f.sentence is None]
    if not overall:
        return
    console.print()
    console.rule(_t(("The release as a whole", "bold")), characters="─")
    for i, f in enumerate(overall):
        if i:
            console.print()
        _finding(console, f, located=True)


def _footer(console: Console, report: Report) -> None:
    console.print()
    line = _t((f"spin {report.tool_version}".rstrip(), "dim"))
    if report.findings:
        line.append(" · 'spin explain CODE' tells what a rule checks and why", style="dim")
    console.print(line)
