"""SARIF 2.1.0 output: golden file, the structure the schema requires, stable fingerprints."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from typing import Any

import jsonschema
import pytest
from ci_samples import RELEASE, check_golden, clean_report, document, findings, report

from spin.model import Report
from spin.report import render
from spin.report.sarif import FINGERPRINT_KEY, artifact_uri, to_sarif
from spin.rules import ALL_RULES

# The parts of the SARIF 2.1.0 schema (OASIS, sarif-schema-2.1.0.json) that a log
# like ours must satisfy: required properties, enumerations, minimums, formats.
_MESSAGE = {
    "type": "object",
    "required": ["text"],
    "properties": {"text": {"type": "string"}, "markdown": {"type": "string"}},
}
_REGION = {
    "type": "object",
    "required": ["startLine"],
    "properties": {
        "startLine": {"type": "integer", "minimum": 1},
        "startColumn": {"type": "integer", "minimum": 1},
        "endLine": {"type": "integer", "minimum": 1},
        "endColumn": {"type": "integer", "minimum": 1},
        "snippet": {"type": "object", "properties": {"text": {"type": "string"}}},
    },
}
_LEVEL = {"enum": ["none", "note", "warning", "error"]}
SARIF_REQUIRED: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "$schema": {"type": "string", "format": "uri"},
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool"],
                "properties": {
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "version": {"type": "string"},
                                    "informationUri": {"type": "string", "format": "uri"},
                                    "rules": {
                                        "type": "array",
                                        "uniqueItems": True,
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {
                                                "id": {"type": "string"},
                                                "name": {"type": "string"},
                                                "shortDescription": _MESSAGE,
                                                "fullDescription": _MESSAGE,
                                                "help": _MESSAGE,
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {"level": _LEVEL},
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "artifacts": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "location": {
                                    "type": "object",
                                    "properties": {"uri": {"type": "string"}},
                                }
                            },
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "ruleId": {"type": "string"},
                                "ruleIndex": {"type": "integer", "minimum": -1},
                                "level": _LEVEL,
                                "message": _MESSAGE,
                                "locations": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "anyOf": [
                                                    {"required": ["address"]},
                                                    {"required": ["artifactLocation"]},
                                                ],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "properties": {"uri": {"type": "string"}},
                                                    },
                                                    "region": _REGION,
                                                },
                                            }
                                        },
                                    },
                                },
                                "partialFingerprints": {
                                    "type": "object",
                                    "additionalProperties": {"type": "string"},
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


# Property names the 2.1.0 schema allows (it sets additionalProperties: false) on the
# objects spin writes, limited to the ones a log like ours could use.
ALLOWED = {
    "log": {"$schema", "version", "runs", "inlineExternalProperties", "properties"},
    "run": {
        "tool",
        "columnKind",
        "artifacts",
        "results",
        "invocations",
        "properties",
        "automationDetails",
        "originalUriBaseIds",
        "language",
    },
    "driver": {
        "name",
        "version",
        "semanticVersion",
        "informationUri",
        "rules",
        "fullName",
        "organization",
        "shortDescription",
        "fullDescription",
        "properties",
    },
    "rule": {
        "id",
        "name",
        "shortDescription",
        "fullDescription",
        "help",
        "helpUri",
        "defaultConfiguration",
        "properties",
        "messageStrings",
        "deprecatedIds",
    },
    "result": {
        "ruleId",
        "ruleIndex",
        "rule",
        "level",
        "kind",
        "message",
        "locations",
        "partialFingerprints",
        "fingerprints",
        "properties",
        "suppressions",
    },
    "physicalLocation": {"artifactLocation", "region", "contextRegion", "address", "properties"},
    "region": {
        "startLine",
        "startColumn",
        "endLine",
        "endColumn",
        "charOffset",
        "charLength",
        "byteOffset",
        "byteLength",
        "snippet",
        "message",
        "sourceLanguage",
        "properties",
    },
}


def _only(obj: dict[str, Any], kind: str) -> None:
    extra = set(obj) - ALLOWED[kind]
    assert not extra, f"{kind} has properties SARIF 2.1.0 does not allow: {extra}"


def check_sarif(log: dict[str, Any]) -> None:
    """Schema structure plus the cross-references a schema cannot express."""
    jsonschema.Draft202012Validator(SARIF_REQUIRED).validate(log)
    _only(log, "log")
    for run in log["runs"]:
        _only(run, "run")
        _only(run["tool"]["driver"], "driver")
        for rule in run["tool"]["driver"]["rules"]:
            _only(rule, "rule")
        for res in run["results"]:
            _only(res, "result")
            for loc in res["locations"]:
                _only(loc["physicalLocation"], "physicalLocation")
                _only(loc["physicalLocation"]["region"], "region")
        rules = run["tool"]["driver"]["rules"]
        ids = [r["id"] for r in rules]
        assert len(ids) == len(set(ids))
        for res in run["results"]:
            assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
            for loc in res["locations"]:
                phys = loc["physicalLocation"]
                uri = phys["artifactLocation"]["uri"]
                assert "\\" not in uri and not uri.startswith("/") and "://" not in uri
                reg = phys["region"]
                if "endLine" in reg:
                    assert reg["endLine"] >= reg["startLine"]
                    if reg["endLine"] == reg["startLine"]:
                        assert reg["endColumn"] > reg["startColumn"]


def _for_golden(log: dict[str, Any]) -> str:
    """The log with the rule list reduced to the ids used (the registry grows)."""
    g = copy.deepcopy(log)
    run = g["runs"][0]
    used = {r["ruleId"] for r in run["results"]}
    run["tool"]["driver"]["rules"] = [
        r["id"] for r in run["tool"]["driver"]["rules"] if r["id"] in used
    ]
    for r in run["results"]:
        r.pop("ruleIndex")
    return json.dumps(g, indent=2, ensure_ascii=False) + "\n"


def test_sarif_golden() -> None:
    log = json.loads(render([report(), clean_report()], "sarif"))
    check_sarif(log)
    check_golden("walnut.sarif", _for_golden(log))


def test_sarif_empty_run_is_valid() -> None:
    log = to_sarif([])
    check_sarif(log)
    assert log["runs"][0]["results"] == []


def test_every_rule_described_from_its_docstring() -> None:
    log = to_sarif([report()])
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "spin" and driver["informationUri"].startswith("https://")
    by_id = {r["id"]: r for r in driver["rules"]}
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for rule in ALL_RULES:
        d = by_id[rule.code]
        assert d["name"] == rule.name
        assert d["shortDescription"]["text"] == rule.summary
        assert d["help"]["text"] == rule.doc
        assert rule.doc.split("\n")[0] in d["help"]["markdown"]
        assert d["fullDescription"]["text"] == " ".join(rule.doc.split())
        assert d["defaultConfiguration"]["level"] == levels[rule.severity]


def test_regions_are_one_based_with_exclusive_end_column() -> None:
    rep = report()
    log = to_sarif([rep])
    results = log["runs"][0]["results"]
    for f, res in zip(rep.findings, results, strict=True):
        reg = res["locations"][0]["physicalLocation"]["region"]
        if f.release is None:
            assert reg == {"startLine": 1}  # document-level: line 1 of the file
        else:
            assert reg["startLine"] == f.release.line
            assert reg["startColumn"] == f.release.column
            assert reg["endLine"] == f.release.end_line
            assert reg["endColumn"] == f.release.end_column + 1
    levels = [r["level"] for r in results]
    assert levels == ["warning", "error", "error", "note", "warning"]


def test_fingerprints_stable_when_lines_move() -> None:
    before = to_sarif([report()])["runs"][0]["results"]
    moved_text = "A new first paragraph.\n\nAnd another one.\n\n" + RELEASE
    doc = document(text=moved_text)
    moved = Report(
        release=doc,
        paper=report().paper,
        alignment=(),
        findings=findings(doc.sentences),
        tool_version="x",
    )
    after = to_sarif([moved])["runs"][0]["results"]
    assert [r["partialFingerprints"] for r in before] == [r["partialFingerprints"] for r in after]
    lines_before = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in before]
    lines_after = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after]
    assert lines_after != lines_before
    prints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in before]
    assert len(set(prints)) == len(prints)


def test_unknown_rule_code_still_described() -> None:
    rep = report()
    odd = replace(rep.findings[1], code="Z999", name="future-rule")
    log = to_sarif([replace(rep, findings=(odd,))])
    check_sarif(log)
    assert log["runs"][0]["tool"]["driver"]["rules"][-1]["id"] == "Z999"


@pytest.mark.parametrize(
    ("path", "uri"),
    [("drafts/a b.md", "drafts/a%20b.md"), ("./x.md", "x.md"), ("-", "stdin")],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
