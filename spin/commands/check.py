"""Check press releases against the papers they report on.

Each release (a .txt, .md or .html file, an http(s) URL, or - for standard
input) is read, its paper found (--paper, --doi, front matter or a DOI in the
text), every sentence aligned with the paper's statements, and the rules run.
Exit status: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, input, configuration or network error.
"""

from __future__ import annotations

import argparse

from spin.commands.common import add_source_options, source_settings, write_output

HELP = "check press releases against their papers"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("releases", nargs="+", metavar="RELEASE",
                   help="release file(s), directories, globs, an http(s) URL, or - for stdin")
    p.add_argument("--doi", help="the paper's DOI (overrides any DOI found in the release)")
    p.add_argument("--paper", metavar="FILE",
                   help="the paper as a file: Crossref JSON, text/Markdown abstract, or PDF")
    p.add_argument("--format", "-f", default="terminal",
                   help="terminal (default), json, sarif, github, markdown")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically)")
    p.add_argument("--fail-on", choices=("error", "warning", "info", "never"), default=None,
                   help="exit 1 when a finding is at or above this severity (default: error)")
    p.add_argument("--select", action="append", default=None, metavar="RULES",
                   help="only these rules (codes, names or categories, comma-separated)")
    p.add_argument("--ignore", action="append", default=None, metavar="RULES",
                   help="skip these rules (codes, names or categories, comma-separated)")
    p.add_argument("--width", type=int, default=None, help="terminal report width")
    add_source_options(p)


def _split(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def run(args: argparse.Namespace) -> int:
    from spin.api import CheckOptions, analyse, resolve_paper
    from spin.errors import ExitCode
    from spin.model import SEVERITY_RANK
    from spin.release import read_release
    from spin.report import render

    settings = source_settings(args)
    options = CheckOptions(select=_split(args.select), ignore=_split(args.ignore))
    # validate selection before any work
    from spin.rules import select_rules

    select_rules(options.select, options.ignore)
    reports = []
    for ref in args.releases:
        doc = read_release(ref, settings=settings)
        paper = resolve_paper(doc, doi=args.doi, paper=args.paper, settings=settings)
        reports.append(analyse(doc, paper, options))
    text = render(reports, args.format, width=args.width, to_file=bool(args.output))
    write_output(text, args.output)
    fail_on = args.fail_on or "error"
    if fail_on == "never":
        return int(ExitCode.OK)
    threshold = SEVERITY_RANK[fail_on]
    worst = max(
        (SEVERITY_RANK[f.severity] for r in reports for f in r.findings), default=0
    )
    return int(ExitCode.FINDINGS if worst >= threshold else ExitCode.OK)
