"""Score spin's analysis on a public labelled dataset (owned by the eval work)."""

from __future__ import annotations

import argparse

HELP = "score spin on a labelled dataset"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dataset", choices=("exaggeration", "causal", "advice", "certainty", "alignment"))
    p.add_argument("path")
    p.add_argument("--predictions", metavar="FILE")
    p.add_argument("--format", choices=("terminal", "json"), default="terminal")


def run(args: argparse.Namespace) -> int:
    from spin.errors import UsageError

    raise UsageError("spin eval is not implemented yet")
