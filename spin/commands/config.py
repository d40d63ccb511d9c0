"""Print the effective configuration and where each value came from.

Values come, highest first, from the command line, the environment
(SPIN_FAIL_ON, SPIN_FORMAT, SPIN_MAILTO, SPIN_CACHE_DIR, SPIN_OFFLINE), the
config file ([tool.spin] in pyproject.toml, or spin.toml / .spin.toml, found
walking up from the working directory, or --config FILE / SPIN_CONFIG), and
the defaults.  The options below are those of 'spin check', so that
'spin config --fail-on warning' shows what that run would use.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

HELP = "show the effective configuration"


def add_arguments(p: argparse.ArgumentParser) -> None:
    from spin.commands.check import add_config_options

    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: {file, root, values: {key: value}, origin: {key: source}}",
    )
    add_config_options(p)


def _toml(value: Any) -> str:
    if value is None:
        return "(unset)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{json.dumps(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    return json.dumps(str(value))


def run(args: argparse.Namespace) -> int:
    from spin.commands.check import load
    from spin.config import KEYS

    config = load(args)
    values = config.as_dict()
    if args.json:
        print(
            json.dumps(
                {
                    "file": str(config.path) if config.path else None,
                    "root": str(config.root),
                    "values": values,
                    "origin": {k: config.origin[k] for k in KEYS},
                },
                indent=2,
                ensure_ascii=False,
            )
        )
        return 0
    print(f"# config file: {config.path if config.path else '(none)'}")
    print(f"# paths relative to: {config.root}")
    width = max(len(k) for k in KEYS)
    for key in KEYS:
        print(f"{key:<{width}} = {_toml(values[key])}  # {config.origin[key]}")
    return 0
