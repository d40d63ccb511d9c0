"""Paper sources over real HTTP against the local fake server (127.0.0.1 only)."""

from __future__ import annotations

import email.utils
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeServer, Reply, crossref_path, openalex_path

from spin.errors import (
    NetworkError,
    NotFoundError,
    OfflineError,
    RateLimitError,
    ResponseError,
)
from spin.sources import get_paper
from spin.sources.cache import Cache
from spin.sources.record import NO_ABSTRACT

PAPERS = Path(__file__).parent / "fixtures" / "papers"
EPMC = "/europepmc/search"


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


@pytest.fixture
def settings(srv: FakeServer, tmp_path: Path) -> Any:
    return srv.settings(tmp_path / "cache")


def work(name: str, **kw: Any) -> Reply:
    return Reply.file(PAPERS / name, **kw)


def test_structured_abstract_over_http(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.structured"), work("10.5555_spin.structured.json"))
    paper = get_paper("https://doi.org/10.5555/SPIN.STRUCTURED", settings)
    assert paper.doi == "10.5555/spin.structured"
    assert [s.heading for s in paper.abstract] == [
        "Background",
        "Methods",
        "Results",
        "Conclusions",
    ]
    assert paper.sources == ("crossref",)
    assert {s.section for s in paper.statements} == {
        "Background",
        "Methods",
        "Results",
        "Conclusions",
    }
    assert paper.warnings == ()
    # Crossref had the abstract: no fallback request was made
    assert srv.count() == 1


def test_user_agent_names_spin_and_mailto(srv: FakeServer, tmp_path: Path) -> None:
    settings = srv.settings(tmp_path, mailto="desk@example.org")
    srv.add(crossref_path("10.5555/spin.structured"), work("10.5555_spin.structured.json"))
    get_paper("10.5555/spin.structured", settings)
    ua = srv.requests[0].headers["user-agent"]
    assert "spin/" in ua and "habanero/" in ua
    assert ua.count("mailto:desk@example.org") == 1


def test_doi_with_hash_is_quoted_not_truncated(srv: FakeServer, settings: Any) -> None:
    # habanero alone would fetch 10.5555/a (everything after # is a URL fragment)
    srv.add(crossref_path("10.5555/a#b"), work("10.5555_spin.structured.json"))
    get_paper("10.5555/a#b", settings)
    assert srv.requests[0].raw_path == "/crossref/works/10.5555/a%23b"


def test_retry_after_seconds_then_success(srv: FakeServer, settings: Any) -> None:
    srv.add(
        crossref_path("10.5555/spin.structured"),
        Reply(429, headers={"Retry-After": "7"}),
        Reply(503),
        work("10.5555_spin.structured.json"),
    )
    paper = get_paper("10.5555/spin.structured", settings)
    assert paper.title is not None
    assert srv.count() == 3
    assert srv.sleeps == [7.0, 2.0]  # Retry-After honoured, then backoff 1*2


def test_retry_after_http_date_is_capped(srv: FakeServer, tmp_path: Path) -> None:
    settings = srv.settings(tmp_path, max_retry_after=30.0)
    future = email.utils.formatdate(time.time() + 3600, usegmt=True)
    srv.add(
        crossref_path("10.5555/spin.structured"),
        Reply(429, headers={"Retry-After": future}),
        work("10.5555_spin.structured.json"),
    )
    get_paper("10.5555/spin.structured", settings)
    assert srv.sleeps == [30.0]


def test_still_rate_limited_after_retries(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/x"), Reply(429, headers={"Retry-After": "1"}))
    with pytest.raises(RateLimitError, match=r"doi:10\.5555/x.*429.*3 attempts"):
        get_paper("10.5555/x", settings)
    assert srv.count() == 3
    assert srv.sleeps == [1.0, 1.0]


def test_attempts_configurable(srv: FakeServer, tmp_path: Path) -> None:
    settings = srv.settings(tmp_path, retries=5, backoff=0.5)
    srv.add(crossref_path("10.5555/x"), Reply(500))
    with pytest.raises(ResponseError, match="500"):
        get_paper("10.5555/x", settings)
    assert srv.count() == 5
    assert srv.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_404_everywhere_is_not_found(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/missing"), Reply.not_found())
    with pytest.raises(NotFoundError, match=r"doi:10\.5555/missing is not in Crossref"):
        get_paper("10.5555/missing", settings)
    assert srv.sleeps == []  # a 404 is not retried
    assert srv.count(crossref_path("10.5555/missing")) == 1


def test_404_without_fallbacks(srv: FakeServer, tmp_path: Path) -> None:
    settings = srv.settings(tmp_path, fallbacks=False)
    with pytest.raises(NotFoundError, match=r"not in Crossref \(404\)"):
        get_paper("10.5555/missing", settings)
    assert srv.count() == 1


def test_crossref_404_but_openalex_knows_it(srv: FakeServer, settings: Any) -> None:
    srv.add(EPMC, work("europepmc_empty.json"))
    srv.add(openalex_path("10.5555/spin.noabstract"), work("openalex_10.5555_spin.noabstract.json"))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert paper.sources == ("openalex",)
    assert paper.title == "A record without an abstract"
    assert any("not in Crossref" in w for w in paper.warnings)


@pytest.mark.parametrize(
    ("reply", "error", "pattern"),
    [
        (
            Reply.text("<html>maintenance</html>", content_type="text/html"),
            ResponseError,
            "non-JSON",
        ),
        (Reply(200, b'{"status": "ok"'), ResponseError, "unreadable"),
        (Reply(200, b"{oops", {"Content-Type": "application/json"}), ResponseError, "unreadable"),
        (Reply.json([1, 2]), ResponseError, "not a work record"),
        (
            Reply.json({"status": "ok", "message": {"items": []}}),
            ResponseError,
            "not a work record",
        ),
        (Reply(400), ResponseError, "400"),
        (Reply(301, headers={"Location": "/elsewhere"}), ResponseError, "redirect"),
    ],
    ids=["html", "no-content-type", "bad-json", "list", "wrong-shape", "400", "redirect"],
)
def test_bad_answers_are_response_errors(
    srv: FakeServer, settings: Any, reply: Reply, error: type[Exception], pattern: str
) -> None:
    srv.add(crossref_path("10.5555/x"), reply)
    with pytest.raises(error, match=pattern) as info:
        get_paper("10.5555/x", settings)
    assert "doi:10.5555/x" in str(info.value)
    assert "\n" not in str(info.value)
    assert srv.count() == 1  # not retried


@pytest.mark.parametrize("fault", ["reset", "close", "truncate"])
def test_transport_faults_are_retried_then_network_error(
    srv: FakeServer, settings: Any, fault: str
) -> None:
    srv.add(crossref_path("10.5555/x"), Reply.json({"status": "ok"}, fault=fault))
    with pytest.raises(NetworkError, match=r"doi:10\.5555/x.*3 attempts"):
        get_paper("10.5555/x", settings)
    assert srv.count() == 3
    assert srv.sleeps == [1.0, 2.0]


def test_transport_fault_then_success(srv: FakeServer, settings: Any) -> None:
    srv.add(
        crossref_path("10.5555/spin.structured"),
        Reply(fault="reset"),
        work("10.5555_spin.structured.json"),
    )
    assert get_paper("10.5555/spin.structured", settings).title


def test_timeout(srv: FakeServer, tmp_path: Path) -> None:
    settings = srv.settings(tmp_path, timeout=0.2, retries=2)
    srv.add(crossref_path("10.5555/slow"), Reply.json({}, delay=2.0))
    with pytest.raises(NetworkError, match=r"timed out after 0\.2 s"):
        get_paper("10.5555/slow", settings)
    assert srv.count() == 2


def test_connection_refused(tmp_path: Path) -> None:
    from spin.sources import SourceSettings

    sleeps: list[float] = []
    settings = SourceSettings(
        crossref_url="http://127.0.0.1:9", cache_dir=tmp_path, sleep=sleeps.append
    )
    with pytest.raises(NetworkError, match="cannot connect"):
        get_paper("10.5555/x", settings)
    assert sleeps == [1.0, 2.0]


# --------------------------------------------------------------------------- fallback chain


def test_fallback_chain_crossref_epmc_openalex(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, work("europepmc_empty.json"))
    srv.add(openalex_path("10.5555/spin.noabstract"), work("openalex_10.5555_spin.noabstract.json"))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert paper.sources == ("crossref", "openalex")
    assert paper.provenance["title"] == "crossref"
    assert paper.provenance["abstract"] == "openalex"
    assert paper.statements[0].source == "openalex"
    assert paper.statements[0].text.startswith("Children who slept more than ten hours")
    epmc_req = next(r for r in srv.requests if r.path == EPMC)
    assert epmc_req.query["query"] == ['DOI:"10.5555/spin.noabstract"']
    assert epmc_req.query["resultType"] == ["core"]


def test_fallback_stops_at_europepmc(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, work("europepmc_10.5555_spin.noabstract.json"))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert paper.sources == ("crossref", "europepmc")
    assert [s.heading for s in paper.abstract] == ["Objective", "Methods", "Results", "Conclusions"]
    assert srv.count("/openalex/*") == 0


def test_no_abstract_anywhere_keeps_crossref_record(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, work("europepmc_empty.json"))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert paper.title == "A record without an abstract"
    assert paper.statements == ()
    assert NO_ABSTRACT in paper.warnings


def test_fallback_failure_does_not_lose_crossref(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, Reply(503))
    srv.add("/openalex/*", Reply.text("not json", content_type="text/plain"))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert paper.sources == ("crossref",)
    assert NO_ABSTRACT in paper.warnings
    assert any(w.startswith("Europe PMC:") and "503" in w for w in paper.warnings)
    assert any(w.startswith("OpenAlex:") and "non-JSON" in w for w in paper.warnings)
    # the failed fallbacks are pending in the cache and tried again on the next online run
    record = Cache(settings.cache_dir).load("10.5555/spin.noabstract")
    assert record is not None and record["pending"] == ["europepmc", "openalex"]
    srv.reset()
    srv.add(EPMC, work("europepmc_10.5555_spin.noabstract.json"))
    again = get_paper("10.5555/spin.noabstract", settings)
    assert again.provenance["abstract"] == "europepmc"
    assert [r.path for r in srv.requests] == [EPMC]  # Crossref came from the cache


def test_europepmc_retraction_flag(srv: FakeServer, settings: Any) -> None:
    body = (
        (PAPERS / "10.5555_spin.noabstract.json")
        .read_text()
        .replace("spin.noabstract", "spin.epmc-retracted")
    )
    srv.add(
        crossref_path("10.5555/spin.epmc-retracted"),
        Reply(200, body.encode(), {"Content-Type": "application/json"}),
    )
    srv.add(EPMC, work("europepmc_10.5555_spin.epmc-retracted.json"))
    paper = get_paper("10.5555/spin.epmc-retracted", settings)
    assert paper.status == "retracted"
    assert paper.provenance["status"] == "europepmc"
    kinds = {(n.kind, n.source, n.doi) for n in paper.notices}
    assert ("retraction", "europepmc", "10.5555/spin.epmc-retraction-notice") in kinds


def test_openalex_is_retracted(srv: FakeServer, settings: Any) -> None:
    body = (
        (PAPERS / "10.5555_spin.noabstract.json")
        .read_text()
        .replace("spin.noabstract", "spin.oa-retracted")
    )
    srv.add(
        crossref_path("10.5555/spin.oa-retracted"),
        Reply(200, body.encode(), {"Content-Type": "application/json"}),
    )
    srv.add(EPMC, work("europepmc_empty.json"))
    srv.add(
        openalex_path("10.5555/spin.oa-retracted"), work("openalex_10.5555_spin.oa-retracted.json")
    )
    paper = get_paper("10.5555/spin.oa-retracted", settings)
    assert paper.status == "retracted"
    assert paper.provenance["status"] == "openalex"


def test_europepmc_hit_for_another_doi_is_ignored(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, work("europepmc_10.5555_spin.epmc-retracted.json"))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert paper.status == "ok"
    assert "europepmc" not in paper.sources


def test_openalex_mailto_and_size_cap(srv: FakeServer, tmp_path: Path) -> None:
    # the cap applies to every service: Crossref's record fits, OpenAlex's padded answer does not
    settings = srv.settings(tmp_path, mailto="desk@example.org", max_response_bytes=2000)
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, work("europepmc_empty.json"))
    oa = json.loads((PAPERS / "openalex_10.5555_spin.noabstract.json").read_text("utf-8"))
    srv.add(openalex_path("10.5555/spin.noabstract"), Reply.json({**oa, "padding": "x" * 3000}))
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert any("larger than 2000 bytes" in w for w in paper.warnings)
    oa = next(r for r in srv.requests if r.path.startswith("/openalex"))
    assert oa.query["mailto"] == ["desk@example.org"]
    assert "mailto:desk@example.org" in oa.headers["user-agent"]


def test_bounded_redirects(srv: FakeServer, tmp_path: Path) -> None:
    settings = srv.settings(tmp_path, max_redirects=2)
    srv.add(crossref_path("10.5555/spin.noabstract"), work("10.5555_spin.noabstract.json"))
    srv.add(EPMC, Reply(302, headers={"Location": f"{srv.url}/europepmc/search"}))
    srv.add("/openalex/*", Reply.not_found())
    paper = get_paper("10.5555/spin.noabstract", settings)
    assert any(re.search(r"more than 2 redirects", w) for w in paper.warnings)
    assert srv.count(EPMC) == 3


# --------------------------------------------------------------------------- cache and offline


def test_second_fetch_comes_from_cache(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/spin.structured"), work("10.5555_spin.structured.json"))
    first = get_paper("10.5555/spin.structured", settings)
    second = get_paper("doi:10.5555/spin.structured", settings)
    offline = get_paper("10.5555/spin.structured", settings.with_(offline=True))
    assert first == second == offline
    assert srv.count() == 1
    get_paper("10.5555/spin.structured", settings.with_(refresh=True))
    assert srv.count() == 2


def test_offline_miss(settings: Any) -> None:
    with pytest.raises(
        OfflineError, match=r"doi:10\.5555/nothere is not in the cache at .*--offline"
    ):
        get_paper("10.5555/nothere", settings.with_(offline=True))


def test_corrupt_cache_entry_is_replaced(srv: FakeServer, settings: Any) -> None:
    cache = Cache(settings.cache_dir)
    path = cache.path_for("10.5555/spin.structured")
    path.parent.mkdir(parents=True)
    path.write_text('{"format": "spin-paper-cache/1", "doi": "10.5', encoding="utf-8")
    with pytest.raises(OfflineError, match="unreadable"):
        get_paper("10.5555/spin.structured", settings.with_(offline=True))
    srv.add(crossref_path("10.5555/spin.structured"), work("10.5555_spin.structured.json"))
    assert get_paper("10.5555/spin.structured", settings).title
    assert cache.load("10.5555/spin.structured") is not None


def test_errors_are_not_cached(srv: FakeServer, settings: Any) -> None:
    srv.add(crossref_path("10.5555/x"), Reply(500))
    with pytest.raises(ResponseError):
        get_paper("10.5555/x", settings)
    assert not Cache(settings.cache_dir).path_for("10.5555/x").exists()


# ---------------------------------------------------------------- get_bytes (release URLs)


def test_get_bytes_follows_redirects_to_another_host(tmp_path: Path) -> None:
    from spin.sources.http import get_bytes

    with FakeServer() as a, FakeServer() as b:
        b.add("/story", Reply.text("<p>Hi</p>", content_type="text/html; charset=utf-8"))
        a.add("/short", Reply(302, headers={"Location": f"{b.url}/story"}))
        page = get_bytes(f"{a.url}/short?id=7", a.settings(tmp_path, mailto="desk@example.org"))
        assert a.requests[0].query == {"id": ["7"]}  # the URL's own query is kept
        assert page.ok and page.body == b"<p>Hi</p>"
        assert page.url == f"{b.url}/story"
        assert page.content_type == "text/html; charset=utf-8" and page.charset == "utf-8"
        # the mailto is for the paper services, never sent to other sites
        assert "mailto" not in b.requests[0].headers["user-agent"]
        assert b.requests[0].headers["user-agent"].startswith("spin/")
        with pytest.raises(ResponseError, match="redirected to another host"):
            get_bytes(f"{a.url}/short", a.settings(tmp_path), any_host_redirects=False)


def test_get_bytes_bounds_size_redirects_and_refuses_offline(
    srv: FakeServer, tmp_path: Path
) -> None:
    from spin.sources.http import TooLarge, get_bytes

    srv.add("/big", Reply.endless(content_type="text/html"))
    with pytest.raises(TooLarge, match="larger than 5000 bytes") as info:
        get_bytes(f"{srv.url}/big", srv.settings(tmp_path), max_bytes=5000)
    assert info.value.limit == 5000
    srv.add("/loop", *[Reply(302, headers={"Location": "/loop"})] * 5)
    with pytest.raises(NetworkError, match=r"too many redirects \(more than 2\)"):
        get_bytes(f"{srv.url}/loop", srv.settings(tmp_path, max_redirects=2))
    assert srv.count("/loop") == 3
    with pytest.raises(OfflineError, match="cannot fetch the page in offline mode"):
        get_bytes(f"{srv.url}/big", srv.settings(tmp_path, offline=True))


def test_get_bytes_returns_error_statuses_without_retrying(srv: FakeServer, tmp_path: Path) -> None:
    from spin.sources.http import get_bytes

    srv.add("/down", Reply.text("busy", 503))
    page = get_bytes(f"{srv.url}/down", srv.settings(tmp_path))
    assert (page.ok, page.status, page.reason, page.body) == (
        False,
        503,
        "Service Unavailable",
        b"",
    )
    assert srv.count("/down") == 1 and srv.sleeps == []
