"""List every rule: code, name, category, default severity and a one-line summary."""

from __future__ import annotations

import argparse

HELP = "list the rules"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("terminal", "json"), default="terminal")


def run(args: argparse.Namespace) -> int:
    from spin.rules import ALL_RULES

    if args.format == "json":
        import json

        print(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "name": r.name,
                        "category": r.category,
                        "severity": r.severity,
                        "summary": r.summary,
                    }
                    for r in ALL_RULES
                ],
                indent=2,
            )
        )
        return 0
    width = max(len(r.name) for r in ALL_RULES)
    cwidth = max(len(r.category) for r in ALL_RULES)
    for r in ALL_RULES:
        print(f"{r.code}  {r.name:<{width}}  {r.category:<{cwidth}}  {r.severity:<7}  {r.summary}")
    return 0
