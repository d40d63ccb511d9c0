"""`spin paper` through spin.cli.main: output, exit codes, one-line errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakeserver import FakeServer, Reply

from spin.cli import main

PAPERS = Path(__file__).parent / "fixtures" / "papers"


@pytest.fixture
def srv(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeServer]:
    with FakeServer() as server:
        monkeypatch.setenv("SPIN_CROSSREF_URL", f"{server.url}/crossref")
        monkeypatch.setenv("SPIN_EUROPEPMC_URL", f"{server.url}/europepmc")
        monkeypatch.setenv("SPIN_OPENALEX_URL", f"{server.url}/openalex")
        yield server


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["paper", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_terminal_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(PAPERS / "10.5555_spin.structured.json"))
    assert code == 0, err
    assert out.startswith("Daily walking and sleep quality in older adults")
    for part in (
        "Ada Example, Ben Sample",
        "Journal of Invented Results 12(3):101-109",
        "2021-04-09",
        "10.5555/spin.structured",
        "Invented Research Council",
        "creativecommons.org/licenses/by/4.0",
        "Background",
        "Conclusions",
        "Sources",
        "local file",
    ):
        assert part in out, part
    assert "\x1b[" not in out  # not a TTY, NO_COLOR set
    assert max(len(line) for line in out.splitlines()) <= 80


def test_retraction_comes_first_and_loud(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(PAPERS / "10.5555_spin.retracted.json"))
    assert code == 0
    head = out.splitlines()[0]
    assert "RETRACTED" in head
    assert out.index("RETRACTED") < out.index("A retracted study of coffee and memory")
    assert "retraction-watch" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(PAPERS / "10.5555_spin.structured.json"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    for key in (
        "doi",
        "title",
        "journal",
        "published",
        "status",
        "sources",
        "statements",
        "abstract",
        "authors",
        "notices",
        "provenance",
        "warnings",
    ):
        assert key in data, key
    assert data["abstract"][0] == {
        "section": "Background",
        "text": "Poor sleep is common in older adults, and light exercise may help.",
    }
    assert data["statements"][0]["page"] is None


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "paper.txt"
    code, out, _ = run(capsys, str(PAPERS / "abstract.md"), "-o", str(target))
    assert code == 0 and out == ""
    assert "Daily walking" in target.read_text(encoding="utf-8")


def test_fetch_then_offline(
    srv: FakeServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    srv.add(
        "/crossref/works/10.5555/spin.concern", Reply.file(PAPERS / "10.5555_spin.concern.json")
    )
    cache = str(tmp_path / "c")
    code, out, err = run(
        capsys, "doi:10.5555/spin.concern", "--cache-dir", cache, "--mailto", "desk@example.org"
    )
    assert code == 0, err
    assert "EXPRESSION OF CONCERN" in out.splitlines()[0]
    assert "mailto:desk@example.org" in srv.requests[0].headers["user-agent"]
    code, out2, err = run(
        capsys, "https://doi.org/10.5555/spin.concern", "--offline", "--cache-dir", cache
    )
    assert code == 0, err
    assert out2 == out
    assert srv.count() == 1


@pytest.mark.parametrize(
    ("args", "pattern"),
    [
        (["10.5555/nothere", "--offline"], "doi:10.5555/nothere is not in the cache at"),
        (["not a doi"], "not a DOI"),
        (["missing/paper.json"], "no such file"),
        (["10.5555/x", "--offline", "--refresh"], "cannot be used together"),
        (["x", "--format", "yaml"], "invalid choice"),
    ],
)
def test_errors_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], pattern: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("spin: error: ")
    assert pattern in lines[0]


def test_network_errors_exit_2(srv: FakeServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "10.5555/missing")  # 404 everywhere
    assert code == 2
    assert "doi:10.5555/missing is not in Crossref" in err
    srv.add("/crossref/works/10.5555/html", Reply.text("<html/>", content_type="text/html"))
    code, _, err = run(capsys, "10.5555/html")
    assert code == 2 and "non-JSON" in err and err.count("\n") == 1


def test_bad_local_file_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1]", encoding="utf-8")
    code, _, err = run(capsys, str(bad))
    assert code == 2 and "not a Crossref work record" in err
