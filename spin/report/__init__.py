"""Renderers: one module per output format, all consuming the same Report objects.

Renderers never compute: everything they show is in the Report.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Sequence
from pathlib import Path

from spin.errors import UsageError
from spin.model import Report

#: format name -> module in spin.report; each module has ``render(reports, **opts) -> str``
FORMATS: dict[str, str] = {
    "terminal": "terminal",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "markdown": "markdown",
}


def render(
    reports: Sequence[Report], fmt: str, *, width: int | None = None, to_file: bool = False
) -> str:
    """Render ``reports`` in format ``fmt``."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}: choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"spin.report.{FORMATS[fmt]}")
    text: str = module.render(list(reports), width=width, to_file=to_file)
    return text


def cwd_relative(path: str) -> Path:
    """A release path relative to the working directory when it lies inside it;
    otherwise as given (annotations and SARIF locations want repository paths)."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd())
        except ValueError:
            pass
    return p


def score_text(score: float) -> str:
    """An alignment score for people, to two decimals, rounded down: a score shown
    as 0.22 has reached the 0.22 threshold (0.2199 shows as 0.21, with support
    below it)."""
    return f"{math.floor(score * 100 + 1e-6) / 100:.2f}"
