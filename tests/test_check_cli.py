"""``spin check`` in CI mode: many files, config, exit codes, suppressions, baselines.

Most tests replace the analysis (``spin.api.analyse``) with a fake that flags
chosen sentences, so they test the command (inputs, papers, config, filters,
exit codes, output) whatever the rules find; the end-to-end tests at the end
run the real pipeline on the drafts and papers in tests/fixtures/ci.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_report_sarif import check_sarif

from spin import api
from spin.cli import main
from spin.model import Document, Finding, Location, Paper, Report
from spin.rules import ALL_RULES, select_rules

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ci"


@pytest.fixture
def ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of tests/fixtures/ci as the working directory."""
    root = tmp_path / "site"
    shutil.copytree(FIXTURES, root)
    monkeypatch.chdir(root)
    return root


Flagger = Callable[[Document], list[tuple[int | None, str, str]]]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Callable[[Flagger], list[Any]]:
    """Install a fake analysis; returns the calls it saw (doc, paper, options)."""

    def install(flag: Flagger) -> list[Any]:
        calls: list[Any] = []

        def analyse(doc: Document, paper: Paper, options: api.CheckOptions | None = None) -> Report:
            opts = options or api.CheckOptions()
            calls.append((doc, paper, opts))
            enabled = {r.code for r in select_rules(opts.select, opts.ignore)}
            out = []
            for index, code, severity in flag(doc):
                if code not in enabled:
                    continue
                rule = next(r for r in ALL_RULES if r.code == code)
                s = doc.sentences[index] if index is not None else None
                out.append(
                    Finding(
                        code,
                        rule.name,
                        rule.category,
                        severity,  # type: ignore[arg-type]
                        f"fake {code}",
                        release=Location.of(s) if s else None,
                        sentence=index,
                    )
                )
            return Report(
                release=doc, paper=paper, alignment=(), findings=tuple(out), tool_version="test"
            )

        monkeypatch.setattr(api, "analyse", analyse)
        return calls

    return install


def sentence_with(doc: Document, needle: str) -> int:
    return next(s.index for s in doc.sentences if needle in s.text)


WALNUT = "drafts/walnut.md"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------- exit codes


@pytest.mark.parametrize(
    ("severities", "fail_on", "expected"),
    [
        ((), None, 0),
        (("info",), None, 0),
        (("warning",), None, 0),
        (("error",), None, 1),
        (("warning",), "warning", 1),
        (("info",), "warning", 0),
        (("info",), "info", 1),
        (("error", "warning"), "info", 1),
        (("error",), "never", 0),
        ((), "info", 0),
    ],
)
def test_exit_codes_at_each_threshold(
    ci: Path,
    fake: Any,
    capsys: pytest.CaptureFixture[str],
    severities: tuple[str, ...],
    fail_on: str | None,
    expected: int,
) -> None:
    fake(lambda doc: [(i, "U101", sev) for i, sev in enumerate(severities)])
    args = [WALNUT, "--offline", "--format", "json"]
    if fail_on:
        args += ["--fail-on", fail_on]
    code, out, err = run(args, capsys)
    assert code == expected, err
    assert len(json.loads(out)["findings"]) == len(severities)


def test_fail_on_from_config_and_env(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake(lambda doc: [(0, "U101", "warning")])
    assert run([WALNUT, "--offline", "-f", "json"], capsys)[0] == 0
    (ci / "spin.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    assert run([WALNUT, "--offline", "-f", "json"], capsys)[0] == 1
    monkeypatch.setenv("SPIN_FAIL_ON", "error")
    assert run([WALNUT, "--offline", "-f", "json"], capsys)[0] == 0  # env beats file
    assert run([WALNUT, "--offline", "-f", "json", "--fail-on", "info"], capsys)[0] == 1


def test_usage_and_config_errors_exit_2(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(lambda doc: [])
    code, _, err = run([WALNUT, "--format", "pdf"], capsys)
    assert code == 2 and "--format: must be one of terminal, json, sarif, github, markdown" in err
    code, _, err = run([WALNUT, "--fail-on", "sometimes"], capsys)
    assert code == 2 and err.count("\n") == 1
    (ci / ".spin.toml").write_text("colour = 1\n", encoding="utf-8")
    code, _, err = run([WALNUT], capsys)
    assert code == 2 and ".spin.toml: colour: unknown key" in err


# ----------------------------------------------------------------- many files


def test_directory_glob_and_failures(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = fake(lambda doc: [(0, "U101", "warning")])
    code, out, err = run(["drafts", "--offline", "--format", "json"], capsys)
    data = json.loads(out)
    paths = [r["release"]["path"] for r in data["reports"]]
    # walnut and archive/old have papers; cocoa and nodoi name none
    assert sorted(paths) == ["drafts/archive/old.md", "drafts/walnut.md"]
    assert code == 2
    lines = err.strip().splitlines()
    assert lines == [
        "spin: error: drafts/cocoa.md: no paper named: add 'doi:' or 'paper:' to its front "
        "matter, map it in [tool.spin.papers], or give --doi/--paper",
        "spin: error: drafts/nodoi.txt: no paper named: add 'doi:' or 'paper:' to its front "
        "matter, map it in [tool.spin.papers], or give --doi/--paper",
    ]
    assert len(calls) == 2
    code, out, err = run(
        ["drafts/**/*.md", "--offline", "-f", "json", "--fail-on", "never"], capsys
    )
    assert code == 2  # cocoa still has no paper
    assert len(json.loads(out)["reports"]) == 2


def test_missing_file_and_empty_glob(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(lambda doc: [])
    code, out, err = run(
        [WALNUT, "drafts/gone.md", "nothing/*.md", "--offline", "-f", "json"], capsys
    )
    assert code == 2
    assert json.loads(out)["release"]["path"] == WALNUT  # one report: the Report itself
    assert "spin: error: nothing/*.md: no release files match" in err
    assert "spin: error: drafts/gone.md" in err
    assert len(err.strip().splitlines()) == 2


def test_doi_and_paper_need_a_single_release(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    fake(lambda doc: [])
    code, _, err = run(["drafts", "--paper", "papers/walnut.md"], capsys)
    assert code == 2 and "--doi and --paper apply to a single release" in err
    code, _, err = run(["drafts/cocoa.md", "--paper", "papers/cocoa.json", "--offline"], capsys)
    assert code == 0, err


def test_papers_from_config_front_matter_and_cli(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = fake(lambda doc: [])
    (ci / "spin.toml").write_text(
        '[papers]\n"drafts/cocoa.md" = "papers/cocoa.json"\n'
        '"drafts/*.md" = "papers/walnut.md"\n'
        '"drafts/nodoi.txt" = { doi = "10.5555/ci.cocoa.2025", paper = "papers/cocoa.json" }\n',
        encoding="utf-8",
    )
    code, _, err = run(["drafts", "--offline", "-f", "json"], capsys)
    assert code == 0, err
    by_path = {c[0].path: c[1] for c in calls}
    assert by_path["drafts/cocoa.md"].doi == "10.5555/ci.cocoa.2025"  # exact config entry
    assert by_path["drafts/walnut.md"].doi == "10.5555/ci.walnut.2025"  # front matter
    assert by_path["drafts/nodoi.txt"].doi == "10.5555/ci.cocoa.2025"
    assert by_path["drafts/archive/old.md"].title.startswith("Dietary walnut")  # front matter


def test_paper_files_beside_drafts_are_not_releases(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = fake(lambda doc: [])
    code, _, _ = run([".", "--offline", "-f", "json", "--fail-on", "never"], capsys)
    checked = sorted(c[0].path for c in calls)
    assert "papers/walnut.md" not in checked and "drafts/walnut.md" in checked
    assert code == 2  # cocoa and nodoi


def test_exclude_and_per_file_ignores(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = fake(lambda doc: [(0, "U101", "error")])
    (ci / "spin.toml").write_text(
        'exclude = ["drafts/cocoa.md", "*.txt"]\n'
        '[per-file-ignores]\n"drafts/archive/**" = ["unsupported_claim"]\n',
        encoding="utf-8",
    )
    code, out, err = run(["drafts", "--offline", "-f", "json"], capsys)
    assert err == "" and code == 1
    reports = {r["release"]["path"]: r for r in json.loads(out)["reports"]}
    assert set(reports) == {"drafts/walnut.md", "drafts/archive/old.md"}
    assert reports["drafts/archive/old.md"]["findings"] == []
    assert [f["code"] for f in reports["drafts/walnut.md"]["findings"]] == ["U101"]
    opts = {c[0].path: c[2] for c in calls}
    assert "unsupported_claim" in opts["drafts/archive/old.md"].ignore


def test_options_reach_the_analysis(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = fake(lambda doc: [])
    (ci / "spin.toml").write_text(
        'select = ["U", "S101"]\nstrong-threshold = 0.7\nweak-threshold = 0.3\n'
        '[severity]\nunsupported-claim = "error"\n',
        encoding="utf-8",
    )
    assert run([WALNUT, "--offline", "-f", "json", "--ignore", "S101"], capsys)[0] == 0
    opts = calls[0][2]
    assert opts.select == ("U", "S101") and opts.ignore == ("S101",)
    assert opts.severity == {"unsupported-claim": "error"}
    assert (opts.strong_threshold, opts.weak_threshold) == (0.7, 0.3)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_every_rule_selectable_and_ignorable(rule: Any) -> None:
    for key in (rule.code, rule.name, rule.category):
        assert rule in select_rules([key], [])
        assert rule not in select_rules([], [key])
        assert select_rules([key], [key]) == ()
    assert all(r.category == rule.category for r in select_rules([rule.category]))


# ----------------------------------------------------------------- suppressions, baseline


def test_inline_suppressions(ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]) -> None:
    def flag(doc: Document) -> list[tuple[int | None, str, str]]:
        return [
            (sentence_with(doc, "first step"), "U101", "warning"),  # suppressed in the file
            (sentence_with(doc, "office parking"), "U101", "warning"),
            (None, "S102", "warning"),
        ]

    fake(flag)
    code, out, err = run([WALNUT, "--offline", "-f", "json", "--fail-on", "warning"], capsys)
    texts = [(f["code"], (f["release"] or {}).get("text")) for f in json.loads(out)["findings"]]
    assert texts == [
        ("U101", "This sentence about office parking has nothing to do with the paper at all."),
        ("S102", None),
    ]
    assert code == 1
    p = ci / WALNUT
    p.write_text(p.read_text() + "\n<!-- spin: ignore-file[S102, nonsense] -->\n")
    code, out, err = run([WALNUT, "--offline", "-f", "json"], capsys)
    assert [f["code"] for f in json.loads(out)["findings"]] == ["U101"]
    assert "drafts/walnut.md:20: unknown rule 'nonsense' in a spin: ignore comment" in err
    assert "spin: 2 finding(s) suppressed by spin: ignore comments" in err


def test_baseline_round_trip(ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]) -> None:
    def flag(doc: Document) -> list[tuple[int | None, str, str]]:
        out: list[tuple[int | None, str, str]] = [(None, "S102", "error")]
        out += [(s.index, "U101", "error") for s in doc.sentences if "mice" in s.text]
        return out

    fake(flag)
    code, _, _ = run([WALNUT, "--offline", "-f", "json"], capsys)
    assert code == 1
    code, out, err = run(
        [WALNUT, "--offline", "-f", "json", "--write-baseline", "base.json"], capsys
    )
    assert code == 0 and json.loads(out)["findings"] == []
    assert "wrote 5 finding(s) to baseline base.json" in err
    rows = json.loads((ci / "base.json").read_text())["findings"]
    assert {r["path"] for r in rows} == {WALNUT}
    # unchanged: nothing new
    code, out, err = run([WALNUT, "--offline", "-f", "json", "--baseline", "base.json"], capsys)
    assert code == 0 and json.loads(out)["findings"] == []
    assert "spin: 5 finding(s) in baseline base.json not shown" in err
    # an edit elsewhere: a paragraph before the body moves every line, one new claim in mice
    p = ci / WALNUT
    text = p.read_text().replace(
        "# Walnuts shrink", "An editor's note added above.\n\n# Walnuts shrink"
    )
    p.write_text(text + "\nA brand new sentence about mice and memory.\n")
    code, out, _ = run([WALNUT, "--offline", "-f", "json", "--baseline", "base.json"], capsys)
    found = json.loads(out)["findings"]
    assert [f["release"]["text"] for f in found] == ["A brand new sentence about mice and memory."]
    assert code == 1
    # the config names the baseline too
    (ci / "spin.toml").write_text('baseline = "base.json"\n', encoding="utf-8")
    assert run([WALNUT, "--offline", "-f", "json"], capsys)[0] == 1
    code, _, err = run([WALNUT, "--offline", "--baseline", "missing.json"], capsys)
    assert code == 2 and "missing.json does not exist" in err


# ----------------------------------------------------------------- output


def test_github_format_writes_step_summary(
    ci: Path, fake: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake(lambda doc: [(0, "U101", "warning")])
    summary = ci / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run([WALNUT, "--offline", "--format", "github"], capsys)
    assert code == 0
    assert out.startswith("::warning file=drafts/walnut.md,line=7,col=3,endLine=7,endColumn=51,")
    assert "| 7 | warning | `U101` unsupported-claim |" in summary.read_text()


def test_sarif_output_file(ci: Path, fake: Any, capsys: pytest.CaptureFixture[str]) -> None:
    fake(lambda doc: [(0, "U101", "error"), (None, "S102", "warning")])
    code, out, _ = run(
        ["drafts/walnut.md", "drafts/archive", "--offline", "--format", "sarif", "-o", "out.sarif"],
        capsys,
    )
    assert code == 1 and out == ""
    log = json.loads((ci / "out.sarif").read_text())
    check_sarif(log)
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"drafts/walnut.md", "drafts/archive/old.md"}


# ----------------------------------------------------------------- the real pipeline


def _real_pipeline_ready() -> bool:
    from spin.errors import SpinError
    from spin.release import read_release

    try:
        doc = read_release(str(FIXTURES / "drafts" / "walnut.md"))
        paper = api.fetch_paper(FIXTURES / "papers" / "walnut.md", offline=True)
        api.analyse(doc, paper)
    except SpinError:
        return False
    return True


real = pytest.mark.skipif(not _real_pipeline_ready(), reason="analysis pipeline not complete")


@real
def test_front_matter_draft_end_to_end(ci: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([WALNUT, "--offline", "--format", "json", "--fail-on", "never"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["paper"]["doi"] == "10.5555/ci.walnut.2025"
    assert data["paper"]["title"].startswith("Dietary walnut supplementation")
    assert data["release"]["path"] == WALNUT
    # the suppressed sentence never shows an unsupported-claim finding
    for f in data["findings"]:
        if f["code"] == "U101":
            assert "first step" not in f["release"]["text"]
    code, out, err = run([WALNUT, "--offline", "--format", "sarif", "--fail-on", "never"], capsys)
    check_sarif(json.loads(out))


@real
def test_real_selection_and_baseline(ci: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run([WALNUT, "--offline", "-f", "json", "--fail-on", "never"], capsys)
    all_codes = {f["code"] for f in json.loads(out)["findings"]}
    for c in all_codes:
        code, out, _ = run([WALNUT, "--offline", "-f", "json", "--select", c], capsys)
        assert {f["code"] for f in json.loads(out)["findings"]} == {c}
        code, out, _ = run([WALNUT, "--offline", "-f", "json", "--ignore", c], capsys)
        assert c not in {f["code"] for f in json.loads(out)["findings"]}
    run([WALNUT, "--offline", "-f", "json", "--write-baseline", "b.json"], capsys)
    code, out, _ = run(
        [WALNUT, "--offline", "-f", "json", "--baseline", "b.json", "--fail-on", "info"], capsys
    )
    assert code == 0 and json.loads(out)["findings"] == []


# ----------------------------------------------------------------- packaging

ROOT = Path(__file__).resolve().parent.parent


def test_pre_commit_hook_definition() -> None:
    import re

    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = hooks
    assert hook["id"] == "spin" and hook["entry"] == "spin check"
    assert hook["language"] == "python" and hook["pass_filenames"] is True
    files = re.compile(hook["files"])
    for name in ("drafts/a.md", "x.markdown", "b.txt", "c.html", "d.htm"):
        assert files.search(name), name
    for name in ("setup.py", "image.png", "notes.md.bak"):
        assert not files.search(name), name


def test_action_definition() -> None:
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    inputs = action["inputs"]
    for name in ("paths", "fail-on", "format", "mailto", "version"):
        assert "description" in inputs[name] and "default" in inputs[name]
    assert inputs["format"]["default"] == "github"
    steps = action["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert "pip install" in steps[1]["run"] and "spin-check" in steps[1]["run"]
    script = steps[2]["run"]
    assert "spin " in script and '--format "$INPUT_FORMAT"' in script
    # no input is pasted into a script: they all go through env
    for step in steps[1:]:
        assert "${{" not in step["run"]
