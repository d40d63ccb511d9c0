"""The versioned JSON Schema of the report (``spin check --format json``).

The schema ships in the package; the runtime never needs ``jsonschema`` (tests
and users who want to validate do)::

    from spin.schema import load_schema
    jsonschema.validate(report.to_dict(), load_schema())
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from spin.model import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "load_schema", "schema_text"]


def schema_text(version: str = SCHEMA_VERSION) -> str:
    """The schema file of ``version`` as text (e.g. to write it out for other tools)."""
    from spin.errors import UsageError

    name = f"report-{version}.json"
    ref = resources.files(__name__).joinpath(name)
    if not ref.is_file():
        raise UsageError(f"no report schema for version {version!r}")
    return ref.read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def _load(version: str) -> str:
    return schema_text(version)


def load_schema(version: str = SCHEMA_VERSION) -> dict[str, Any]:
    """The report JSON Schema (draft 2020-12) of ``version`` as a fresh dict."""
    data: dict[str, Any] = json.loads(_load(version))
    return data
