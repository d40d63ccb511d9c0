"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

One run for all releases.  ``tool.driver.rules`` lists every rule with its
summary and documentation (the rule's docstring); each finding is a result
with a 1-based region (SARIF's ``endColumn`` is the column *after* the last
character, so it is the report's inclusive ``end_column`` + 1).  A finding
about the whole release (an omission, the paper's status) is placed at line 1
of the file.  ``partialFingerprints["spin/v1"]`` is a hash of the rule code and
the normalised sentence text (:func:`spin.baseline.finding_hash`), stable
across runs and line moves.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from spin.model import Finding, Report
from spin.report import cwd_relative

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
INFORMATION_URI = "https://pypi.org/project/spin-check/"
FINGERPRINT_KEY = "spin/v1"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A release path as a relative URI (forward slashes) when it can be one."""
    if "://" in path:
        return path
    if path in ("-", "<stdin>"):
        return "stdin"
    p = cwd_relative(path)
    if p.is_absolute():
        return p.as_uri()
    from urllib.parse import quote

    return quote(p.as_posix(), safe="/-_.~")


def _rule_descriptor(r: Any) -> dict[str, Any]:
    doc: str = r.doc or r.summary
    markdown = f"**{r.code} {r.name}** ({r.category}, default severity {r.severity})\n\n{doc}\n"
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": " ".join(doc.split())},
        "help": {"text": doc, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[r.severity]},
        "properties": {"category": r.category, "tags": [r.category]},
    }


def _message(f: Finding) -> str:
    text = f.message
    if f.speaker:
        text += f" (quote attributed to {f.speaker})"
    if f.suggestion:
        text += f" Suggestion: {f.suggestion}"
    return text


def _region(f: Finding) -> dict[str, Any]:
    loc = f.release
    if loc is None:
        return {"startLine": 1}
    return {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line,
        "endColumn": loc.end_column + 1,
        "snippet": {"text": loc.text},
    }


def to_sarif(reports: Sequence[Report]) -> dict[str, Any]:
    """The SARIF log (a dict) for ``reports``."""
    from spin import __version__
    from spin.baseline import finding_hash
    from spin.rules import ALL_RULES

    rules = list(ALL_RULES)
    index = {r.code: i for i, r in enumerate(rules)}
    descriptors = [_rule_descriptor(r) for r in rules]
    version = next((r.tool_version for r in reports if r.tool_version), __version__)
    results: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    for report in reports:
        uri = artifact_uri(report.release.path)
        artifacts.append({"location": {"uri": uri}})
        for f in report.findings:
            if f.code not in index:  # a rule unknown to this registry: describe it
                index[f.code] = len(descriptors)
                descriptors.append(
                    {
                        "id": f.code,
                        "name": f.name,
                        "shortDescription": {"text": f.name},
                        "defaultConfiguration": {"level": LEVELS[f.severity]},
                        "properties": {"category": f.category, "tags": [f.category]},
                    }
                )
            props: dict[str, Any] = {"category": f.category, "name": f.name}
            if report.paper.doi:
                props["paper"] = report.paper.doi
            if f.evidence:
                props["evidence"] = [
                    {
                        "text": e.text,
                        "section": e.section,
                        "score": round(e.score, 4),
                        "source": e.source,
                    }
                    for e in f.evidence
                ]
            results.append(
                {
                    "ruleId": f.code,
                    "ruleIndex": index[f.code],
                    "level": LEVELS[f.severity],
                    "message": {"text": _message(f)},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": uri},
                                "region": _region(f),
                            }
                        }
                    ],
                    "partialFingerprints": {FINGERPRINT_KEY: finding_hash(f)},
                    "properties": props,
                }
            )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "spin",
                "version": version,
                "semanticVersion": version,
                "informationUri": INFORMATION_URI,
                "rules": descriptors,
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
    }
    if not version:
        del run["tool"]["driver"]["version"], run["tool"]["driver"]["semanticVersion"]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(reports: list[Report], *, width: int | None = None, to_file: bool = False) -> str:
    del width, to_file  # the same output everywhere
    return json.dumps(to_sarif(reports), indent=2, ensure_ascii=False) + "\n"
