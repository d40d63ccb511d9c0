"""The JSON report: the contract of DESIGN.md, validated against the shipped schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
import report_samples as samples
from golden_files import check_golden, normalise, validate, validate_text

from spin.errors import UsageError
from spin.model import CATEGORIES, SCHEMA_VERSION
from spin.report import render
from spin.schema import load_schema, schema_text


def test_schema_is_valid_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "1.0" in schema["$id"]


def test_schema_categories_are_the_model_categories() -> None:
    cats = load_schema()["$defs"]["finding"]["properties"]["category"]["enum"]
    assert tuple(cats) == CATEGORIES


def test_load_schema_returns_a_fresh_copy() -> None:
    a = load_schema()
    a["title"] = "changed"
    assert load_schema()["title"] == "spin report"


def test_unknown_schema_version_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="no report schema"):
        schema_text("0.9")


@pytest.mark.parametrize(
    "report",
    [
        samples.sample_report(),
        samples.retracted_report(),
        samples.clean_report(),
        samples.empty_report(),
    ],
    ids=["sample", "retracted", "clean", "empty"],
)
def test_single_report_is_the_report_object(report: object) -> None:
    text = render([report], "json")  # type: ignore[list-item]
    data = validate_text(text)
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["tool"]["name"] == "spin"
    assert text.endswith("}\n")
    assert text == render([report], "json")  # type: ignore[list-item]


def test_several_reports_are_a_collection() -> None:
    reports = [samples.sample_report(), samples.retracted_report()]
    data = validate_text(render(reports, "json"))
    assert list(data) == ["schema_version", "reports"]
    assert [r["paper"]["status"] for r in data["reports"]] == ["ok", "retracted"]


def test_contract_content() -> None:
    report = samples.sample_report()
    data = validate_text(render([report], "json"))
    assert list(data) == [
        "schema_version",
        "tool",
        "release",
        "paper",
        "summary",
        "findings",
        "alignment",
    ]
    assert data["summary"] == {"error": 2, "warning": 3, "info": 1}
    assert data["release"] == {
        "path": "release.txt",
        "title": "Green tea cures memory loss, landmark study proves",
        "sentences": 5,
    }
    # every alignment index points into paper.statements and the release sentences
    n_st = len(data["paper"]["statements"])
    for row in data["alignment"]:
        assert 0 <= row["sentence"] < data["release"]["sentences"]
        assert all(0 <= m["statement"] < n_st for m in row["matches"])
        assert row["support"] in ("strong", "weak", "none")
    by_code = {f["code"]: f for f in data["findings"]}
    # document-level findings have no location
    assert by_code["O101"]["release"] is None
    # located findings carry 1-based lines and exact offsets into the release text
    loc = by_code["A101"]["release"]
    assert loc["line"] == 6 and loc["column"] == 1
    assert samples.RELEASE_TEXT[loc["start"] : loc["end"]] == loc["text"]
    # quotes are attributed, other findings carry no speaker key
    assert by_code["H101"]["speaker"] == "Dr. Ada Byron"
    assert "speaker" not in by_code["A101"]


def test_unicode_is_written_as_is() -> None:
    text = render([samples.sample_report()], "json")
    assert "“cures”" in text
    assert "\\u201c" not in text


def test_key_order_is_stable_not_sorted() -> None:
    text = render([samples.sample_report()], "json")
    finding = json.loads(text)["findings"][0]
    assert list(finding)[:5] == ["code", "name", "category", "severity", "message"]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("findings", 0, "category"), "made_up_category"),
        (("findings", 0, "severity"), "fatal"),
        (("findings", 0, "release", "line"), 0),
        (("paper", "status"), "fine"),
        (("paper", "published"), "5 March 2024"),
        (("schema_version",), "2.0"),
        (("alignment", 0, "matches", 0, "score"), 1.5),
    ],
)
def test_schema_rejects_broken_reports(path: tuple[object, ...], value: object) -> None:
    data = json.loads(render([samples.sample_report()], "json"))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_schema_rejects_missing_and_extra_fields() -> None:
    data = json.loads(render([samples.sample_report()], "json"))
    del data["findings"][0]["evidence"]
    with pytest.raises(jsonschema.ValidationError):
        validate(data)
    data = json.loads(render([samples.sample_report()], "json"))
    data["paper"]["unexpected"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_golden_sample_json() -> None:
    text = render([normalise(samples.sample_report())], "json")
    validate_text(text)
    check_golden("sample.json", text)


def test_golden_retracted_json() -> None:
    text = render([normalise(samples.retracted_report())], "json")
    validate_text(text)
    check_golden("retracted.json", text)
