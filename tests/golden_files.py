"""Golden-file comparison for the report tests.

``SPIN_UPDATE_GOLDEN=1 python -m pytest tests/test_report_terminal.py ...``
rewrites the files under tests/golden/ instead of comparing; review the diff
(``git diff tests/golden``) before committing it.  The tool version is
normalised (:data:`GOLDEN_VERSION`) so a version bump does not break them.
"""

from __future__ import annotations

import difflib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from spin.model import Report

GOLDEN = Path(__file__).resolve().parent / "golden"
GOLDEN_VERSION = "0.0.0+golden"


def updating() -> bool:
    return os.environ.get("SPIN_UPDATE_GOLDEN", "") not in ("", "0")


def normalise(report: Report) -> Report:
    """The report with the tool version that goldens carry."""
    return replace(report, tool_version=GOLDEN_VERSION)


def check_golden(name: str, text: str) -> None:
    """Compare ``text`` with tests/golden/``name`` (or rewrite it when updating)."""
    path = GOLDEN / name
    if updating():
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    if not path.is_file():
        pytest.fail(f"golden file {path} is missing: run with SPIN_UPDATE_GOLDEN=1 and review it")
    with open(path, encoding="utf-8", newline="") as fh:
        expected = fh.read()
    if text != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                text.splitlines(keepends=True),
                fromfile=f"golden/{name}",
                tofile="rendered",
            )
        )
        pytest.fail(
            f"output differs from golden/{name} (SPIN_UPDATE_GOLDEN=1 rewrites it):\n{diff}"
        )


def validate(document: Any) -> None:
    """Validate a JSON document (parsed) against the shipped report schema."""
    import jsonschema

    from spin.schema import load_schema

    jsonschema.Draft202012Validator(load_schema()).validate(document)


def validate_text(text: str) -> Any:
    data = json.loads(text)
    validate(data)
    return data
