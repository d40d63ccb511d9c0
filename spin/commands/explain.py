"""Print the documentation of a rule, given its code or name."""

from __future__ import annotations

import argparse

HELP = "explain a rule"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("rule", metavar="CODE|NAME")


def run(args: argparse.Namespace) -> int:
    from spin.errors import UsageError
    from spin.rules import find_rule

    r = find_rule(args.rule)
    if r is None:
        raise UsageError(f"unknown rule {args.rule!r}: see 'spin rules'")
    print(f"{r.code} {r.name}  [{r.category}, {r.severity}]\n")
    print(r.doc)
    return 0
