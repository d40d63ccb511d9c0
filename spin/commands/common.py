"""Options shared by several commands, and writing output safely."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from spin.fsutil import atomic_write_text


def add_source_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("paper sources")
    g.add_argument(
        "--offline",
        action="store_true",
        default=None,
        help="use only the cache and local files; a cache miss is an error",
    )
    g.add_argument(
        "--refresh",
        action="store_true",
        default=None,
        help="ignore cached records and fetch them again",
    )
    g.add_argument(
        "--cache-dir",
        metavar="DIR",
        default=None,
        help="cache directory (default: $SPIN_CACHE_DIR or the user cache dir)",
    )
    g.add_argument(
        "--mailto",
        metavar="EMAIL",
        default=None,
        help="contact address for Crossref's polite pool (default: $SPIN_MAILTO)",
    )


def source_settings(args: argparse.Namespace, config: Any = None) -> Any:
    from spin.sources import SourceSettings

    return SourceSettings.from_env(
        offline=bool(getattr(args, "offline", None)),
        refresh=bool(getattr(args, "refresh", None)),
        cache_dir=getattr(args, "cache_dir", None),
        mailto=getattr(args, "mailto", None),
    )


def write_output(text: str, output: str | None) -> None:
    """Write ``text`` (ending in a newline) to stdout, or atomically to ``output``."""
    if text and not text.endswith("\n"):
        text += "\n"
    if not output or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from spin.errors import InputError

    path = Path(output)
    if path.is_dir():
        raise InputError(f"--output {output}: is a directory")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"--output {output}: directory {directory} does not exist")
    atomic_write_text(path, text)
