"""Baselines: build, load, filter; matched by file, rule and normalised sentence text."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from ci_samples import RELEASE, document, findings, report

from spin.baseline import build, dumps, filter_reports, finding_hash, load, normalize_text
from spin.errors import InputError
from spin.model import Report


def _write(tmp_path: Path, reports: list[Report], paths: list[str]) -> Path:
    data = build(
        ((p, f) for r, p in zip(reports, paths, strict=True) for f in r.findings), tool_version="x"
    )
    out = tmp_path / "baseline.json"
    out.write_text(dumps(data), encoding="utf-8")
    return out


def test_normalize_text() -> None:
    assert normalize_text("  “Walnuts”\u00a0HALVE –\n risk ") == '"walnuts" halve - risk'


def test_round_trip_drops_everything(tmp_path: Path) -> None:
    rep = report()
    path = _write(tmp_path, [rep], ["drafts/walnut.md"])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "spin-baseline" and data["version"] == 1
    assert len(data["findings"]) == len(rep.findings)
    assert all(
        set(row) == {"path", "code", "name", "text", "fingerprint"} for row in data["findings"]
    )
    out, dropped = filter_reports([rep], ["drafts/walnut.md"], load(path))
    assert dropped == len(rep.findings) and out[0].findings == ()


def test_edit_elsewhere_keeps_the_baseline(tmp_path: Path) -> None:
    path = _write(tmp_path, [report()], ["drafts/walnut.md"])
    # a new paragraph at the top moves every line; one new problem sentence
    text = "Intro paragraph added later.\n\n" + RELEASE + "\nWalnuts cure everything, always.\n"
    doc = document(text=text)
    old = findings(doc.sentences[1:5])
    new = replace(
        old[2],
        code="X999",
        release=replace(
            old[2].release,  # type: ignore[arg-type]
            text=doc.sentences[5].text,
            line=doc.sentences[5].line,
        ),
    )
    rep = Report(release=doc, paper=report().paper, alignment=(), findings=(*old, new))
    out, dropped = filter_reports([rep], ["drafts/walnut.md"], load(path))
    assert dropped == len(old)
    assert out[0].findings == (new,)


def test_matching_needs_same_file_and_text(tmp_path: Path) -> None:
    path = _write(tmp_path, [report()], ["drafts/walnut.md"])
    out, dropped = filter_reports([report("other.md")], ["other.md"], load(path))
    assert dropped == 0 and len(out[0].findings) == len(report().findings)
    changed = report()
    f = changed.findings[4]
    reworded = replace(f, release=replace(f.release, text="Everyone must eat walnuts."))  # type: ignore[arg-type]
    rep = replace(changed, findings=(reworded,))
    out, dropped = filter_reports([rep], ["drafts/walnut.md"], load(path))
    assert dropped == 0 and out[0].findings == (reworded,)


def test_one_entry_covers_one_occurrence(tmp_path: Path) -> None:
    rep = report()
    one = replace(rep, findings=(rep.findings[1],))
    path = _write(tmp_path, [one], ["a.md"])
    twice = replace(rep, findings=(rep.findings[1], rep.findings[1]))
    out, dropped = filter_reports([twice], ["a.md"], load(path))
    assert dropped == 1 and len(out[0].findings) == 1


def test_hash_ignores_position_not_rule() -> None:
    f = report().findings[1]
    moved = replace(f, release=replace(f.release, line=40, start=900))  # type: ignore[arg-type]
    assert finding_hash(f) == finding_hash(moved)
    assert finding_hash(f) != finding_hash(replace(f, code="X000"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist (create it with --write-baseline)"),
        ("{not json", "not JSON"),
        ('{"format": "other"}', "not a spin baseline"),
        ('{"format": "spin-baseline", "version": 7}', "unsupported version 7"),
        ('{"format": "spin-baseline", "version": 1, "findings": {}}', '"findings" must be a list'),
        (
            '{"format": "spin-baseline", "version": 1, "findings": [{"path": 1}]}',
            "entry 0 needs string path, code and text",
        ),
    ],
)
def test_bad_baselines(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(
        InputError, match="baseline .*" + message.replace("(", r"\(").replace(")", r"\)")
    ):
        load(path)
