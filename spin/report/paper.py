"""Terminal rendering of a Paper for ``spin paper``.

Status first (a retraction loud, in a red box), then title, authors, journal,
date, DOI, licence, funders, notices, the abstract by section, where each part
came from, and any warnings.  Colour only on a terminal, never with
``NO_COLOR`` or when writing a file; plain text otherwise, 80 columns for files.
Nothing here computes: everything shown is in the Paper.
"""

from __future__ import annotations

from spin.model import Paper, StatusNotice
from spin.report.terminal import make_console, use_colour

MAX_AUTHORS = 8
MAX_WIDTH = 100

_STATUS_TEXT = {
    "retracted": (
        "RETRACTED",
        "This paper has been retracted. Do not report its findings as valid.",
    ),
    "withdrawn": ("WITHDRAWN", "This paper has been withdrawn by its authors or publisher."),
    "expression_of_concern": (
        "EXPRESSION OF CONCERN",
        "The publisher has raised concerns about this paper.",
    ),
    "corrected": ("CORRECTED", "This paper has a published correction; check it."),
}
_SOURCE_NAMES = {
    "crossref": "Crossref",
    "europepmc": "Europe PMC",
    "openalex": "OpenAlex",
    "pdf": "PDF",
    "local": "local file",
}


def _notice(n: StatusNotice) -> str:
    kind = n.kind.replace("_", " ")
    bits = [
        x for x in (n.label if n.label and n.label.lower() != kind else None, n.source, n.date) if x
    ]
    if n.doi:
        bits.append(f"doi:{n.doi}")
    return f"{kind} ({', '.join(bits)})" if bits else kind


def _source(name: str) -> str:
    return _SOURCE_NAMES.get(name, name)


def render_paper(paper: Paper, *, to_file: bool, width: int | None = None) -> str:
    """The paper record as text for a terminal or a file."""
    from rich.padding import Padding
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    colour = use_colour(to_file)
    console = make_console(
        width if width is not None or colour else 80,  # plain text: 80 columns
        colour=colour,
        to_file=to_file,
        max_width=MAX_WIDTH,
        tab_size=8,
    )
    if paper.status != "ok":
        word, explanation = _STATUS_TEXT.get(paper.status, (paper.status.upper(), ""))
        body = Text(explanation)
        rank = {"retraction": 0, "withdrawal": 1, "expression_of_concern": 2}
        for n in sorted(paper.notices, key=lambda n: rank.get(n.kind, 3)):
            body.append(f"\n- {_notice(n)}")
        style = "bold white on red" if paper.status in ("retracted", "withdrawn") else "bold yellow"
        console.print(
            Panel(
                body,
                title=Text(f" {word} ", style=style),
                title_align="left",
                border_style="red" if paper.status in ("retracted", "withdrawn") else "yellow",
            )
        )
        console.print()

    console.print(Text(paper.title or "(no title)", style="bold"))
    if paper.authors:
        names = [a.name for a in paper.authors[:MAX_AUTHORS]]
        more = len(paper.authors) - MAX_AUTHORS
        line = ", ".join(names) + (f", and {more} more" if more > 0 else "")
        console.print(Text(line))
    console.print()

    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold", no_wrap=True)
    meta.add_column(overflow="fold")
    where = paper.journal or ""
    if paper.volume:
        where += f" {paper.volume}"
        if paper.issue:
            where += f"({paper.issue})"
    if paper.pages:
        where += f":{paper.pages}" if paper.volume else f" {paper.pages}"
    rows: list[tuple[str, str]] = [
        ("Status", paper.status.replace("_", " ")),
        ("Journal", where.strip()),
        ("Published", paper.published or ""),
        ("DOI", paper.doi or ""),
        ("URL", paper.url or ""),
        ("Type", paper.type or ""),
        ("Licence", paper.license or ""),
        ("Funders", "; ".join(paper.funders)),
    ]
    if paper.status == "ok" and paper.notices:
        rows.append(("Notices", "; ".join(_notice(n) for n in paper.notices)))
    for key, val in rows:
        if val:
            meta.add_row(key, Text(val))
    console.print(meta)
    console.print()

    origin = paper.provenance.get("abstract")
    head = "Abstract" + (f" (from {_source(origin)})" if origin else "")
    console.print(Text(head, style="bold underline"))
    if not paper.abstract:
        console.print(Padding(Text("No abstract available.", style="italic"), (0, 0, 0, 2)))
    for sec in paper.abstract:
        console.print(Padding(Text(sec.heading, style="bold"), (1, 0, 0, 2)))
        for para in sec.text.split("\n\n"):
            console.print(Padding(Text(para), (0, 0, 0, 4)))
    if paper.sections:
        console.print()
        console.print(Text(f"Full text: {len(paper.sections)} sections", style="bold"))
        for sec in paper.sections:
            page = f" (p. {sec.page})" if sec.page else ""
            console.print(Padding(Text(f"{sec.heading}{page}"), (0, 0, 0, 2)))
    console.print()
    console.print(
        Text(f"Statements: {len(paper.statements)} sentences to align with", style="bold")
    )

    console.print()
    console.print(Text("Sources", style="bold underline"))
    by_source: dict[str, list[str]] = {}
    for fld, src in paper.provenance.items():
        by_source.setdefault(src, []).append(fld)
    src_table = Table.grid(padding=(0, 2))
    src_table.add_column(no_wrap=True)
    src_table.add_column(overflow="fold")
    for src in dict.fromkeys([*paper.sources, *by_source]):
        src_table.add_row(Text(_source(src)), Text(", ".join(by_source.get(src, [])) or "-"))
    console.print(Padding(src_table, (0, 0, 0, 2)))
    if paper.warnings:
        console.print()
        console.print(Text("Warnings", style="bold yellow"))
        for w in paper.warnings:
            console.print(Padding(Text(f"! {w}"), (0, 0, 0, 2)))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return "\n".join(line.rstrip() for line in str(out).splitlines()) + "\n"
