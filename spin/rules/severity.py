"""Per-rule severity overrides (from config or the API)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from spin.errors import ConfigError
from spin.model import SEVERITIES, Finding, Severity


def apply_overrides(findings: Iterable[Finding], overrides: Mapping[str, str]) -> list[Finding]:
    """Findings with their severity replaced where ``overrides`` names their rule.

    Keys are codes, names or categories; a code or name beats a category.
    """
    from spin.rules import resolve

    if not overrides:
        return list(findings)
    by_code: dict[str, Severity] = {}
    # categories first, so that a code or name given as well wins
    ordered = sorted(overrides.items(), key=lambda kv: 0 if "_" in kv[0] else 1)
    for key, sev in ordered:
        if sev not in SEVERITIES:
            raise ConfigError(
                f"severity for {key!r} must be one of {', '.join(SEVERITIES)}, not {sev!r}"
            )
        for code in resolve([key]):
            by_code[code] = sev
    return [
        dataclasses.replace(f, severity=by_code[f.code]) if f.code in by_code else f
        for f in findings
    ]
