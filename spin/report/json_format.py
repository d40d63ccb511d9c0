"""``--format json``: the report contract of DESIGN.md (schema ``spin/schema/report-1.0.json``).

One release gives the report object itself; several give a collection::

    {"schema_version": "1.0", "reports": [report, ...]}

Keys keep the order of :meth:`spin.model.Report.to_dict` (stable from run to
run); text is written as UTF-8 (``ensure_ascii=False``), indented by two.
"""

from __future__ import annotations

import json
from typing import Any

from spin.model import SCHEMA_VERSION, Report

__all__ = ["document", "render"]


def document(reports: list[Report]) -> dict[str, Any]:
    """The JSON document for ``reports`` as plain data (what :func:`render` dumps)."""
    if len(reports) == 1:
        return reports[0].to_dict()
    return {"schema_version": SCHEMA_VERSION, "reports": [r.to_dict() for r in reports]}


def render(reports: list[Report], *, width: int | None = None, to_file: bool = False) -> str:
    """The reports as JSON text, ending with a newline (``width``/``to_file`` are unused)."""
    return json.dumps(document(reports), indent=2, ensure_ascii=False) + "\n"
