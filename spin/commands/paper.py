"""Show the paper record spin builds for a DOI or a local file: metadata,
status (a retraction first), the abstract by section, and where each part came from."""

from __future__ import annotations

import argparse

from spin.commands.common import add_source_options, source_settings, write_output

HELP = "show the paper record for a DOI or file"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "ref",
        metavar="DOI|FILE",
        help="a DOI (10.xxxx/..., doi:..., https://doi.org/...) or a paper file "
        "(Crossref JSON, text/Markdown abstract, PDF)",
    )
    p.add_argument("--format", choices=("terminal", "json"), default="terminal")
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically)")
    add_source_options(p)


def run(args: argparse.Namespace) -> int:
    from spin.api import fetch_paper

    paper = fetch_paper(args.ref, settings=source_settings(args))
    if args.format == "json":
        import json

        text = json.dumps(paper.to_record(), indent=2, ensure_ascii=False)
    else:
        from spin.report.paper import render_paper

        text = render_paper(paper, to_file=bool(args.output))
    write_output(text, args.output)
    return 0
