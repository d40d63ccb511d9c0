"""Print the effective configuration and where each value came from."""

from __future__ import annotations

import argparse

HELP = "show the effective configuration"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from spin.errors import UsageError

    raise UsageError("spin config is not implemented yet")
