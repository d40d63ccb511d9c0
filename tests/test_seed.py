"""The seed release end to end: the real scraped press release of the ketamine study.

../shared/seeds/ketamine-press-release.txt is a press release as scraped from a
news site (menus, share buttons, related posts, popular news, an "About"
paragraph, a media contact).  Its paper is Williams et al., Am J Psychiatry
2018;175(12):1205-1215, doi:10.1176/appi.ajp.2018.18020138, given here as a
Crossref record we wrote (tests/fixtures/papers/ketamine-ajp-2018.json).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES
from golden_files import validate

from spin.cli import main

DOI = "10.1176/appi.ajp.2018.18020138"
PAPER = FIXTURES / "papers" / "ketamine-ajp-2018.json"

#: text that is on the page but is not the release: none of it may become a sentence
BOILERPLATE = (
    "HOME",
    "View All Result",
    "Bioengineer by Bioengineer",
    "Reading Time",
    "Share on Facebook",
    "American Psychiatric Association, founded in 1844",
    "37,800 physician members",
    "psychiatry.org",
    "Media Contact",
    "Erin Connors",
    "202-459-9732",
    "dx.doi.org",
    "Related Posts",
    "Smoking Cessation",
    "POPULAR NEWS",
    "Robotic Ureteral Reconstruction",
    "82 shares",
    "Subscribe to Blog",
    "Join 74 other subscribers",
    "Copyright",
    "Forgotten Password",
    "Login",
    "Homepages",
)


@pytest.fixture(scope="module")
def seed_path(shared: Path) -> Path:
    return shared / "seeds" / "ketamine-press-release.txt"


def _check(argv: list[str], tmp_path: Path) -> tuple[int, dict[str, Any]]:
    out = tmp_path / "report.json"
    code = main(["check", *argv, "--format", "json", "--output", str(out), "--fail-on", "never"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    return code, data


@pytest.fixture(scope="module")
def report_with_paper(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    _, data = _check([str(seed_path), "--paper", str(PAPER)], tmp_path_factory.mktemp("seed"))
    return data


def test_the_doi_is_found_in_the_text(seed_path: Path) -> None:
    from spin.release import read_release

    doc = read_release(str(seed_path))
    assert doc.doi == DOI
    assert DOI not in doc.other_dois


def test_the_headline_is_the_release_title(report_with_paper: dict[str, Any]) -> None:
    title = "New research: Ketamine activates opioid system to treat depression"
    assert report_with_paper["release"]["title"] == title
    assert report_with_paper["alignment"][0]["text"] == title


def test_no_boilerplate_line_becomes_a_sentence(
    seed_path: Path, report_with_paper: dict[str, Any]
) -> None:
    sentences = [row["text"] for row in report_with_paper["alignment"]]
    assert len(sentences) == report_with_paper["release"]["sentences"]
    for s in sentences:
        hits = [b for b in BOILERPLATE if b in s]
        assert not hits, f"boilerplate {hits} in sentence {s!r}"
    # every sentence lies between the headline and the end-of-release mark (###)
    raw = seed_path.read_text(encoding="utf-8")
    body = raw[raw.index("New research: Ketamine") : raw.index("\n###")]
    assert all(s in body for s in sentences)
    # and the body's sentences are all there: its first and last
    assert any(s.startswith("Washington, D.C.") for s in sentences)
    assert any(s.startswith("George also suggests") for s in sentences)


def test_boilerplate_is_never_flagged(report_with_paper: dict[str, Any]) -> None:
    for f in report_with_paper["findings"]:
        if f["release"] is not None:
            assert not [b for b in BOILERPLATE if b in f["release"]["text"]]


def test_the_headline_aligns_with_the_conclusion(report_with_paper: dict[str, Any]) -> None:
    statements = report_with_paper["paper"]["statements"]
    headline = report_with_paper["alignment"][0]
    assert headline["matches"], "the headline found no paper statement"
    best = statements[headline["matches"][0]["statement"]]
    assert best["section"] == "Conclusions", best
    assert "requires opioid system activation" in best["text"]


def test_the_paper_record(report_with_paper: dict[str, Any]) -> None:
    paper = report_with_paper["paper"]
    assert paper["doi"] == DOI
    assert paper["title"] == (
        "Attenuation of Antidepressant Effects of Ketamine by Opioid Receptor Antagonism"
    )
    assert paper["journal"] == "American Journal of Psychiatry"
    assert paper["published"] == "2018-08-29"
    assert paper["status"] == "ok"
    sections = {s["section"] for s in paper["statements"]}
    assert sections == {"Objective", "Method", "Results", "Conclusions"}


def test_the_paper_found_by_doi_in_a_prefilled_cache(
    seed_path: Path, report_with_paper: dict[str, Any], tmp_path: Path
) -> None:
    """No --paper: the DOI in the text finds the record in the cache, offline."""
    from spin.sources import SourceSettings, prime_cache

    cache = tmp_path / "cache"
    assert prime_cache(PAPER, SourceSettings.from_env(cache_dir=cache)) == DOI
    _, data = _check([str(seed_path), "--offline", "--cache-dir", str(cache)], tmp_path)
    assert data["paper"]["doi"] == DOI
    assert "crossref" in data["paper"]["sources"]
    # same statements and same alignment as with --paper
    assert data["paper"]["statements"] == report_with_paper["paper"]["statements"]
    assert data["alignment"] == report_with_paper["alignment"]


def test_offline_without_the_cache_is_a_clear_error(
    seed_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", str(seed_path), "--offline", "--cache-dir", str(tmp_path / "empty")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("spin: error:") and len(err.strip().splitlines()) == 1
    assert DOI in err
