"""Crossref, Europe PMC and OpenAlex parsing: own fixtures and the real recordings in ../shared."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from spin.sources import SourceSettings, get_paper, statements_from_sections
from spin.sources.crossref import date_of, parse_work
from spin.sources.jats import parse_html_abstract, parse_jats, split_inline_labels, strip_markup
from spin.sources.local import paper_from_json
from spin.sources.openalex import rebuild_abstract

PAPERS = Path(__file__).parent / "fixtures" / "papers"


def load(name: str) -> Any:
    return json.loads((PAPERS / name).read_text(encoding="utf-8"))


@pytest.fixture
def settings(tmp_path: Path) -> SourceSettings:
    return SourceSettings(cache_dir=tmp_path, crossref_url="http://127.0.0.1:9", offline=True)


# --------------------------------------------------------------------------- own fixtures


def test_structured_record_fields() -> None:
    paper = paper_from_json(load("10.5555_spin.structured.json"), "x")
    assert paper.doi == "10.5555/spin.structured"
    assert (
        paper.title == "Daily walking and sleep quality in older adults: a randomised pilot trial"
    )
    assert [a.name for a in paper.authors] == ["Ada Example", "Ben Sample"]
    assert paper.authors[0].orcid == "0000-0002-1825-0097"
    assert (paper.journal, paper.volume, paper.issue, paper.pages) == (
        "Journal of Invented Results",
        "12",
        "3",
        "101-109",
    )
    assert paper.published == "2021-04-09"
    assert paper.license == "https://creativecommons.org/licenses/by/4.0/"
    assert paper.funders == ("Invented Research Council",)
    assert paper.status == "ok" and paper.notices == ()
    assert [s.heading for s in paper.abstract] == [
        "Background",
        "Methods",
        "Results",
        "Conclusions",
    ]
    # one statement per sentence, section kept, inline markup gone
    results = [s.text for s in paper.statements if s.section == "Results"]
    assert results == [
        "Sleep quality improved more in the walking group (mean difference 1.9 points, "
        "95% CI 0.4 to 3.4; p = 0.02).",
        "No serious adverse events occurred.",
    ]
    assert "light exercise" in paper.statements[0].text
    assert all(s.page is None and s.source == "local" for s in paper.statements)


@pytest.mark.parametrize(
    ("name", "status", "kinds"),
    [
        ("10.5555_spin.retracted.json", "retracted", {"retraction", "correction"}),
        ("10.5555_spin.corrected.json", "corrected", {"correction"}),
        ("10.5555_spin.concern.json", "expression_of_concern", {"expression_of_concern"}),
        ("10.5555_spin.withdrawn.json", "withdrawn", {"withdrawal"}),
        ("10.5555_spin.titleflag.json", "retracted", {"retraction"}),
        ("10.5555_spin.unstructured.json", "ok", set()),
    ],
)
def test_status_from_notices(name: str, status: str, kinds: set[str]) -> None:
    paper = paper_from_json(load(name), name)
    assert paper.status == status
    assert {n.kind for n in paper.notices} == kinds


def test_retraction_watch_notice_details() -> None:
    paper = paper_from_json(load("10.5555_spin.retracted.json"), "x")
    retraction = next(n for n in paper.notices if n.kind == "retraction")
    assert retraction.source == "retraction-watch"
    assert retraction.date == "2022-01-15"
    assert retraction.doi == "10.5555/spin.retraction-notice"
    # retraction outranks the correction that came first
    assert paper.status == "retracted"


def test_title_prefix_notice() -> None:
    paper = paper_from_json(load("10.5555_spin.titleflag.json"), "x")
    assert paper.notices[0].source == "title"


def test_malformed_abstract_degrades_to_text() -> None:
    paper = paper_from_json(load("10.5555_spin.malformed.json"), "x")
    assert [s.heading for s in paper.abstract] == ["Abstract"]
    assert "Broken markup here." in paper.abstract[0].text
    assert "<" not in paper.abstract[0].text
    assert any("not well-formed" in w for w in paper.warnings)


def test_editorial_notice_doi_is_flagged() -> None:
    paper = paper_from_json(load("10.5555_spin.notice.json"), "x")
    assert any("itself an editorial notice" in w for w in paper.warnings)


def test_no_abstract_record() -> None:
    paper = paper_from_json(load("10.5555_spin.noabstract.json"), "x")
    assert paper.abstract == () and paper.statements == ()
    assert paper.title == "A record without an abstract"
    assert paper.warnings


def test_jats_entities_are_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    xml = f'<!DOCTYPE p [<!ENTITY x SYSTEM "file://{secret}">]><jats:p>Before &x; after.</jats:p>'
    sections, ok = parse_jats(xml)
    assert not ok
    assert all("TOP SECRET" not in s.text for s in sections)
    billion = '<!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><p>&b;</p>'
    sections, ok = parse_jats(billion)
    assert not ok and all("aaaaa" not in s.text for s in sections)


def test_jats_html_entities_and_nested_sections() -> None:
    xml = (
        "<jats:sec><jats:title>METHODS</jats:title><jats:sec><jats:title>Design</jats:title>"
        "<jats:p>A trial&nbsp;of&#160;x &ndash; y.</jats:p></jats:sec></jats:sec>"
        "<jats:sec><jats:title>Results:</jats:title><jats:p>p &lt; 0.05.</jats:p></jats:sec>"
    )
    sections, ok = parse_jats(xml)
    assert ok
    assert [(s.heading, s.text) for s in sections] == [
        ("Design", "A trial of x – y."),  # no-break spaces normalised
        ("Results", "p < 0.05."),
    ]


def test_strip_markup_titles() -> None:
    assert strip_markup("Effect of <i>E. coli</i> on H<sub>2</sub>O &amp; more") == (
        "Effect of E. coli on H2O & more"
    )
    assert strip_markup(None) == ""


def test_dates() -> None:
    assert date_of({"date-parts": [[2020, 8, 17]]}) == "2020-08-17"
    assert date_of({"date-parts": [[2020, 8]]}) == "2020-08"
    assert date_of({"date-parts": [[2020]]}) == "2020"
    assert date_of({"date-parts": [[None]]}) is None
    assert date_of({"date-parts": []}) is None
    assert date_of("2020") is None
    msg = {
        "issued": {"date-parts": [[2019, 2]]},
        "published-online": {"date-parts": [[2019, 1, 3]]},
    }
    assert parse_work(msg)["published"] == "2019-01-03"
    assert parse_work({"issued": {"date-parts": [[2019, 2]]}})["published"] == "2019-02"


def test_wrong_shapes_in_fields_do_not_crash() -> None:
    msg = {
        "DOI": "10.5555/odd",
        "title": "not a list",
        "author": ["x", {"family": 3}],
        "license": {"URL": 1},
        "funder": [None, {"name": 5}],
        "updated-by": [None, {"type": 1}],
    }
    fields = parse_work(msg)
    assert fields["doi"] == "10.5555/odd"
    assert fields["title"] == "not a list"
    assert fields["notices"] == ()


def test_europepmc_html_abstract() -> None:
    secs = parse_html_abstract("<h4>Objective</h4>To test x.<h4>Methods</h4>We did <i>y</i>.")
    assert [(s.heading, s.text) for s in secs] == [
        ("Objective", "To test x."),
        ("Methods", "We did y."),
    ]
    plain = parse_html_abstract("BACKGROUND: Why. METHODS: How. RESULTS: What.")
    assert [s.heading for s in plain] == ["Background", "Methods", "Results"]


def test_inline_labels_only_at_the_start() -> None:
    assert [s.heading for s in split_inline_labels("We report results: none.")] == ["Abstract"]


def test_openalex_inverted_index() -> None:
    assert rebuild_abstract({"b": [1, 3], "a": [0], "c": [2]}) == "a b c b"
    assert rebuild_abstract(None) == ""
    assert rebuild_abstract({"x": "bad", "y": [-1, 0]}) == "y"


def test_statements_from_sections_keeps_page() -> None:
    from spin.model import Section

    stmts = statements_from_sections([Section("Results", "One. Two  three.", page=4)], "pdf")
    assert [(s.text, s.section, s.page, s.source) for s in stmts] == [
        ("One.", "Results", 4, "pdf"),
        ("Two three.", "Results", 4, "pdf"),
    ]


# --------------------------------------------------------------------------- real recordings


def test_shared_crossref_records(shared: Path, settings: SourceSettings) -> None:
    works = sorted((shared / "fixtures/crossref/works").glob("10.*.json"))
    works = [w for w in works if not w.name.endswith(".meta.json")]
    assert len(works) >= 10
    for path in works:
        paper = get_paper(str(path), settings)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert paper.doi == data["message"]["DOI"].lower(), path.name
        assert paper.title and "<" not in paper.title, path.name
        has_abstract = "abstract" in data["message"]
        assert bool(paper.statements) == has_abstract, path.name
        assert paper.published, path.name


def test_shared_structured_abstract(shared: Path, settings: SourceSettings) -> None:
    path = shared / "fixtures/crossref/works/10.1136_jclinpath-2020-206745.json"
    paper = get_paper(str(path), settings)
    assert [s.heading for s in paper.abstract] == [
        "Background",
        "Objective",
        "Methods",
        "Results",
        "Conclusion",
    ]
    assert paper.title == (
        "Construction of a reference material panel for detecting "
        "KRAS/NRAS/EGFR/BRAF/MET mutations in plasma ctDNA"
    )
    assert "(KRAS)/neuroblastoma" in paper.abstract[1].text
    assert paper.funders == ("National Key Research and Development Program",)
    assert paper.license == "http://creativecommons.org/licenses/by-nc/4.0/"
    assert any(a.orcid == "0000-0002-3513-6501" for a in paper.authors)


def test_shared_correction(shared: Path, settings: SourceSettings) -> None:
    paper = get_paper(
        str(shared / "fixtures/crossref/works/10.1371_journal.pone.0033693.json"), settings
    )
    assert paper.status == "corrected"
    (notice,) = paper.notices
    assert (notice.kind, notice.source, notice.date) == ("correction", "publisher", "2012-05-08")


def test_shared_europepmc_retracted(shared: Path, settings: SourceSettings) -> None:
    path = shared / (
        "fixtures/europepmc/EXT_ID-39466770_core_10.1371_journal.pone.0311879_RETRACTED.json"
    )
    paper = get_paper(str(path), settings)
    assert paper.status == "retracted"
    assert paper.title is not None and paper.title.startswith("RETRACTED:")
    assert any(n.doi == "10.1371/journal.pone.0346306" for n in paper.notices)
    assert len(paper.statements) > 5


def test_shared_europepmc_structured(shared: Path) -> None:
    data = json.loads(
        (shared / "fixtures/europepmc/search_query-cancer_core_page1.json").read_text(
            encoding="utf-8"
        )
    )
    structured = [r for r in data["resultList"]["result"] if "<h4>" in r.get("abstractText", "")]
    assert structured
    for r in structured:
        secs = parse_html_abstract(r["abstractText"])
        assert len(secs) >= 2
        # no tags left; "p < .001" and "<1 year" are text
        assert not any(re.search(r"</?[A-Za-z]", s.text) for s in secs)


def test_shared_openalex(shared: Path, settings: SourceSettings) -> None:
    paper = get_paper(str(shared / "fixtures/openalex/10.7717_peerj.4375.json"), settings)
    assert paper.doi == "10.7717/peerj.4375"
    assert paper.abstract[0].text.startswith("Despite growing interest in Open Access")
    assert paper.status == "ok"


def test_shared_404_body_over_http(shared: Path, tmp_path: Path) -> None:
    from fakeserver import FakeServer, Reply

    from spin.errors import NotFoundError

    body = shared / "fixtures/crossref/works/10.1371_notarealdoi.404.txt"
    with FakeServer() as srv:
        srv.add("/crossref/works/10.1371/notarealdoi", Reply.file(body, status=404))
        with pytest.raises(NotFoundError, match=r"10\.1371/notarealdoi"):
            get_paper("10.1371/notarealdoi", srv.settings(tmp_path, fallbacks=False))


def test_shared_recording_over_http(shared: Path, tmp_path: Path) -> None:
    from fakeserver import FakeServer, Reply

    rec = shared / "fixtures/crossref/works/10.1038_srep16696.json"
    with FakeServer() as srv:
        srv.add(
            "/crossref/works/10.1038/srep16696",
            Reply.file(rec, headers={"Content-Type": "application/json"}),
        )
        paper = get_paper("10.1038/srep16696", srv.settings(tmp_path))
    assert paper.sources == ("crossref",)
    assert paper.provenance["abstract"] == "crossref"
    assert paper.abstract[0].heading == "Abstract"


def test_shared_habanero_cassettes_replay(shared: Path, tmp_path: Path) -> None:
    """The real habanero recordings (vcrpy, no network) through spin's Crossref client."""
    vcr = pytest.importorskip("vcr")
    from spin.errors import NotFoundError
    from spin.sources.crossref import fetch_work

    cassettes = shared / "fixtures/crossref/cassettes/habanero/test-works"
    settings = SourceSettings(cache_dir=tmp_path, sleep=lambda _: None)  # real base URL
    player = vcr.VCR(record_mode="none", match_on=["method", "scheme", "host", "path"])
    with player.use_cassette(
        str(cassettes / "test_works_with_many_ids.yaml"), allow_playback_repeats=True
    ):
        msg = fetch_work("10.1038/srep16696", settings)
    assert msg["DOI"] == "10.1038/srep16696"
    with (
        player.use_cassette(
            str(cassettes / "test_works_bad_id_warn.yaml"), allow_playback_repeats=True
        ),
        pytest.raises(NotFoundError),
    ):
        fetch_work("10.1371/notarealdoi", settings)


@pytest.mark.live
def test_live_crossref_and_fallbacks(tmp_path: Path) -> None:
    """Talks to the real services (run with -m live)."""
    settings = SourceSettings(cache_dir=tmp_path)  # the real base URLs
    paper = get_paper("10.1038/srep16696", settings)
    assert paper.sources[0] == "crossref" and paper.statements
    fallback = get_paper("10.1371/journal.pone.0033693", settings)  # no Crossref abstract
    assert fallback.status == "corrected"
    assert fallback.provenance.get("abstract") in ("europepmc", "openalex")
