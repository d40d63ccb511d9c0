"""Fault injection over HTTP: the paper services misbehave, spin stays clear.

Every test talks to :mod:`fakeserver` on 127.0.0.1 only.  Retries and backoff
are shown by counting the requests the server received and the delays spin
asked its injected ``sleep`` for (``srv.sleeps``); no test waits for a backoff
and none asserts on elapsed time.

Covered (see RELIABILITY.md, "Faults"): delays past the timeout, dropped and
reset connections, truncated bodies, throttling (429 with Retry-After in
seconds and as an HTTP date, capped), 5xx, 4xx, garbage bodies (random bytes,
HTML, truncated JSON, JSON of the wrong shape), a body streamed without end, a
gzip bomb, redirects (bounded; to another host refused), and faults in the
fallback services (warnings, the Crossref record kept, nothing cached that is
half-fetched).
"""

from __future__ import annotations

import email.utils
import gzip
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeServer, Reply, crossref_path, openalex_path

from spin.errors import NetworkError, NotFoundError, RateLimitError, ResponseError, SourceError
from spin.sources import get_paper
from spin.sources.cache import Cache

PAPERS = Path(__file__).parent / "fixtures" / "papers"
DOI = "10.5555/spin.structured"
NOABS = "10.5555/spin.noabstract"
EPMC = "/europepmc/search"


@pytest.fixture
def srv() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


def settings_for(srv: FakeServer, tmp_path: Path, **kw: Any) -> Any:
    """Crossref only (no fallbacks) unless asked; short timeout; sleeps recorded."""
    opts: dict[str, Any] = {"fallbacks": False, "timeout": 1.0}
    opts.update(kw)
    return srv.settings(tmp_path / "cache", **opts)


def record(name: str) -> Reply:
    return Reply.file(PAPERS / name)


def structured() -> Reply:
    return record("10.5555_spin.structured.json")


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and text.strip() == text and text
    return text


# --------------------------------------------------------------------------- retries


@pytest.mark.parametrize(
    ("status", "attempts", "error"),
    [
        (429, 3, RateLimitError),
        (500, 3, ResponseError),
        (502, 3, ResponseError),
        (503, 3, ResponseError),
        (504, 3, ResponseError),
        (400, 1, ResponseError),
        (403, 1, ResponseError),
        (410, 1, ResponseError),
        (404, 1, NotFoundError),
    ],
)
def test_status_codes_attempts_and_errors(
    srv: FakeServer, tmp_path: Path, status: int, attempts: int, error: type[SourceError]
) -> None:
    """Transient statuses (429, 5xx) are retried; client errors are not."""
    srv.add(crossref_path(DOI), Reply(status, b"", {"Content-Type": "text/plain"}))
    with pytest.raises(error) as info:
        get_paper(DOI, settings_for(srv, tmp_path))
    assert f"doi:{DOI}" in one_line(info.value)
    assert srv.count() == attempts
    assert srv.sleeps == [1.0, 2.0][: attempts - 1]  # exponential backoff, base 1 s


def test_exponential_backoff_is_configurable(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply(503))
    with pytest.raises(ResponseError, match="after 5 attempts"):
        get_paper(DOI, settings_for(srv, tmp_path, retries=5, backoff=0.25))
    assert srv.count() == 5
    assert srv.sleeps == [0.25, 0.5, 1.0, 2.0]


def test_backoff_is_capped(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply(500))
    with pytest.raises(ResponseError):
        get_paper(DOI, settings_for(srv, tmp_path, retries=6, backoff=10, max_retry_after=30))
    assert srv.sleeps == [10.0, 20.0, 30.0, 30.0, 30.0]


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_seconds_is_honoured(srv: FakeServer, tmp_path: Path, status: int) -> None:
    srv.add(
        crossref_path(DOI),
        Reply(status, headers={"Retry-After": "7"}),
        Reply(status, headers={"Retry-After": "0"}),
        structured(),
    )
    paper = get_paper(DOI, settings_for(srv, tmp_path))
    assert paper.doi == DOI
    assert srv.count() == 3
    assert srv.sleeps == [7.0, 0.0]


def test_retry_after_http_date_is_honoured(srv: FakeServer, tmp_path: Path) -> None:
    when = email.utils.formatdate(time.time() + 3600, usegmt=True)  # an hour away
    srv.add(crossref_path(DOI), Reply(429, headers={"Retry-After": when}), structured())
    get_paper(DOI, settings_for(srv, tmp_path, max_retry_after=45))
    assert srv.sleeps == [45.0]  # honoured, but capped


@pytest.mark.parametrize("value", ["soon", "", "-5", "nan"])
def test_bad_retry_after_falls_back_to_backoff(srv: FakeServer, tmp_path: Path, value: str) -> None:
    srv.add(crossref_path(DOI), Reply(429, headers={"Retry-After": value}), structured())
    get_paper(DOI, settings_for(srv, tmp_path))
    assert len(srv.sleeps) == 1
    assert 0.0 <= srv.sleeps[0] <= 1.0  # never negative, never unbounded


def test_throttled_then_rate_limit_error_names_the_fix(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply(429, headers={"Retry-After": "2"}))
    with pytest.raises(RateLimitError) as info:
        get_paper(DOI, settings_for(srv, tmp_path))
    msg = one_line(info.value)
    assert "429" in msg and "after 3 attempts" in msg and "SPIN_MAILTO" in msg
    assert srv.sleeps == [2.0, 2.0]


def test_polite_pool_headers_sent(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), structured())
    get_paper(DOI, settings_for(srv, tmp_path, mailto="desk@example.org"))
    (req,) = srv.requests
    ua = req.headers["user-agent"]  # habanero puts the mailto in the User-Agent
    assert "mailto:desk@example.org" in ua and "spin/" in ua


# --------------------------------------------------------------------------- transport faults


@pytest.mark.parametrize(
    ("fault", "why"),
    [
        ("reset", "reset"),
        ("close", "closed mid-answer"),
        ("truncate", "closed mid-answer"),
    ],
)
def test_dropped_connections_retried_then_network_error(
    srv: FakeServer, tmp_path: Path, fault: str, why: str
) -> None:
    srv.add(crossref_path(DOI), Reply.json({"status": "ok", "message": {}}, fault=fault))
    with pytest.raises(NetworkError) as info:
        get_paper(DOI, settings_for(srv, tmp_path))
    msg = one_line(info.value)
    assert why in msg and "--offline" in msg
    assert srv.count() == 3
    assert srv.sleeps == [1.0, 2.0]


@pytest.mark.parametrize("fault", ["reset", "close", "truncate"])
def test_one_dropped_connection_then_success(srv: FakeServer, tmp_path: Path, fault: str) -> None:
    srv.add(crossref_path(DOI), Reply(fault=fault, body=b"{}"), structured())
    assert get_paper(DOI, settings_for(srv, tmp_path)).doi == DOI
    assert srv.count() == 2
    assert srv.sleeps == [1.0]


def test_delay_past_timeout(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply.json({}, delay=3.0))
    with pytest.raises(NetworkError, match=r"timed out after 0\.3 s") as info:
        get_paper(DOI, settings_for(srv, tmp_path, timeout=0.3, retries=2))
    one_line(info.value)
    assert srv.count() == 2


def test_delay_within_timeout_is_fine(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply.file(PAPERS / "10.5555_spin.structured.json", delay=0.1))
    assert get_paper(DOI, settings_for(srv, tmp_path, timeout=5.0)).doi == DOI
    assert srv.sleeps == []


def test_hung_server_times_out(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply(fault="hang"))
    with pytest.raises(NetworkError, match="timed out"):
        get_paper(DOI, settings_for(srv, tmp_path, timeout=0.3, retries=1))
    assert srv.count() == 1


def test_refused_connection(tmp_path: Path) -> None:
    import socket

    from spin.sources import SourceSettings

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    sleeps: list[float] = []
    settings = SourceSettings(
        crossref_url=f"http://127.0.0.1:{port}",
        cache_dir=tmp_path,
        fallbacks=False,
        sleep=sleeps.append,
    )
    with pytest.raises(NetworkError, match="cannot connect") as info:
        get_paper(DOI, settings)
    assert f"127.0.0.1:{port}" in one_line(info.value)
    assert sleeps == [1.0, 2.0]


# --------------------------------------------------------------------------- garbage


GARBAGE = {
    "random-bytes": Reply(200, bytes(range(256)) * 8, {"Content-Type": "application/json"}),
    "html": Reply.text("<html><body>Gateway</body></html>", content_type="text/html"),
    "truncated-json": Reply(
        200, b'{"status": "ok", "message": {"DO', {"Content-Type": "application/json"}
    ),
    "empty-body": Reply(200, b"", {"Content-Type": "application/json"}),
    "json-null": Reply.json(None),
    "json-string": Reply.json("ok"),
    "json-list": Reply.json([{"DOI": DOI}]),
    "message-list": Reply.json({"status": "ok", "message": [1, 2]}),
    "status-failed": Reply.json({"status": "failed", "message": {"DOI": DOI}}),
    "no-content-type": Reply(200, b'{"status": "ok", "message": {}}'),
    "utf16": Reply(200, '{"status": "ok"}'.encode("utf-16"), {"Content-Type": "application/json"}),
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_garbage_answers_are_response_errors(srv: FakeServer, tmp_path: Path, name: str) -> None:
    srv.add(crossref_path(DOI), GARBAGE[name])
    settings = settings_for(srv, tmp_path)
    with pytest.raises(ResponseError) as info:
        get_paper(DOI, settings)
    msg = one_line(info.value)
    assert f"doi:{DOI}" in msg
    assert "SPIN_CROSSREF_URL" in msg or "try again" in msg
    assert srv.count() == 1  # garbage is not retried
    assert not Cache(settings.cache_dir).path_for(DOI).exists()  # and never cached


@pytest.mark.parametrize(
    "field_values",
    [
        {"title": 42, "author": "nobody", "abstract": ["<p>x</p>"], "issued": "2020"},
        {"title": [None, {"x": 1}], "author": [1, None, {"given": 3}], "updated-by": "x"},
        {"container-title": {"a": 1}, "license": [{"URL": 5}], "funder": [None]},
        {"updated-by": [{"type": None}, 7, {"type": "retraction", "updated": "x"}]},
        {"abstract": "<jats:p>" + "<jats:sec>" * 500 + "deep" + "</jats:sec>" * 500},
    ],
)
def test_wrong_field_types_never_crash(
    srv: FakeServer, tmp_path: Path, field_values: dict[str, Any]
) -> None:
    """A work record with fields of the wrong type still yields a Paper (or a SpinError)."""
    msg = {"DOI": DOI, **field_values}
    srv.add(
        crossref_path(DOI), Reply.json({"status": "ok", "message-type": "work", "message": msg})
    )
    try:
        paper = get_paper(DOI, settings_for(srv, tmp_path))
    except SourceError as exc:
        one_line(exc)
    else:
        assert paper.doi == DOI
        for st in paper.statements:
            assert isinstance(st.text, str)


# --------------------------------------------------------------------------- size and redirects


def test_endless_body_is_cut_off_crossref(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(DOI), Reply.endless())  # 1 GiB if nobody stops it
    settings = settings_for(srv, tmp_path, max_response_bytes=256 * 1024)
    with pytest.raises(ResponseError) as info:
        get_paper(DOI, settings)
    msg = one_line(info.value)
    assert "larger than 262144 bytes" in msg and f"doi:{DOI}" in msg
    assert srv.count() == 1  # a too-large answer is not retried


def test_gzip_bomb_is_cut_off_crossref(srv: FakeServer, tmp_path: Path) -> None:
    bomb = gzip.compress(b" " * (32 * 2**20), 9)  # 32 MiB of spaces in ~32 KB
    assert len(bomb) < 100_000
    srv.add(
        crossref_path(DOI),
        Reply(200, bomb, {"Content-Type": "application/json", "Content-Encoding": "gzip"}),
    )
    with pytest.raises(ResponseError, match=r"larger than 1048576 bytes"):
        get_paper(DOI, settings_for(srv, tmp_path, max_response_bytes=2**20))


def test_gzip_within_the_cap_is_read(srv: FakeServer, tmp_path: Path) -> None:
    body = gzip.compress((PAPERS / "10.5555_spin.structured.json").read_bytes())
    srv.add(
        crossref_path(DOI),
        Reply(200, body, {"Content-Type": "application/json", "Content-Encoding": "gzip"}),
    )
    assert get_paper(DOI, settings_for(srv, tmp_path)).doi == DOI


def test_endless_body_is_cut_off_fallback(srv: FakeServer, tmp_path: Path) -> None:
    """A fallback service streaming without end: cut off, a warning, Crossref kept."""
    srv.add(crossref_path(NOABS), record("10.5555_spin.noabstract.json"))
    srv.add(EPMC, Reply.endless())
    srv.add(openalex_path(NOABS), Reply.not_found())
    settings = settings_for(srv, tmp_path, fallbacks=True, max_response_bytes=128 * 1024)
    paper = get_paper(NOABS, settings)
    assert paper.sources == ("crossref",)
    assert any("larger than 131072 bytes" in w for w in paper.warnings)


def test_crossref_redirects_are_not_followed(srv: FakeServer, tmp_path: Path) -> None:
    with FakeServer() as other:
        other.add("*", structured())
        srv.add(crossref_path(DOI), Reply(301, headers={"Location": f"{other.url}/x"}))
        with pytest.raises(ResponseError, match=r"redirect \(301\)"):
            get_paper(DOI, settings_for(srv, tmp_path))
        assert other.count() == 0


def test_fallback_redirect_to_another_host_is_refused(srv: FakeServer, tmp_path: Path) -> None:
    with FakeServer() as other:
        other.add("*", record("europepmc_empty.json"))
        srv.add(crossref_path(NOABS), record("10.5555_spin.noabstract.json"))
        srv.add(EPMC, Reply(302, headers={"Location": f"{other.url}/europepmc/search"}))
        srv.add(openalex_path(NOABS), Reply.not_found())
        paper = get_paper(NOABS, settings_for(srv, tmp_path, fallbacks=True))
        assert other.count() == 0  # never contacted
        assert any("another host" in w and "127.0.0.1" in w for w in paper.warnings)
        assert paper.sources == ("crossref",)


def test_fallback_redirect_within_host_is_bounded(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(NOABS), record("10.5555_spin.noabstract.json"))
    srv.add(EPMC, Reply(307, headers={"Location": f"{srv.url}{EPMC}"}))  # a loop
    srv.add(openalex_path(NOABS), Reply.not_found())
    paper = get_paper(NOABS, settings_for(srv, tmp_path, fallbacks=True, max_redirects=3))
    assert srv.count(EPMC) == 4  # the request and 3 redirects
    assert any("more than 3 redirects" in w for w in paper.warnings)


def test_requests_only_go_to_the_configured_services(srv: FakeServer, tmp_path: Path) -> None:
    srv.add(crossref_path(NOABS), record("10.5555_spin.noabstract.json"))
    srv.add(EPMC, record("europepmc_empty.json"))
    srv.add(openalex_path(NOABS), record("openalex_10.5555_spin.noabstract.json"))
    get_paper(NOABS, settings_for(srv, tmp_path, fallbacks=True))
    prefixes = ("/crossref/", "/europepmc/", "/openalex/")
    assert srv.requests and all(r.path.startswith(prefixes) for r in srv.requests)


# --------------------------------------------------------------------------- fallbacks and cache


@pytest.mark.parametrize(
    "reply",
    [
        Reply(fault="reset"),
        Reply(503),
        Reply(429, headers={"Retry-After": "1"}),
        Reply.text("garbage", content_type="text/html"),
        Reply.json({"resultList": "nope"}),
    ],
    ids=["reset", "503", "429", "html", "wrong-shape"],
)
def test_fallback_faults_are_warnings(srv: FakeServer, tmp_path: Path, reply: Reply) -> None:
    """A failing fallback never loses the Crossref record; transient failures are retried
    on the next online run (``pending``)."""
    srv.add(crossref_path(NOABS), record("10.5555_spin.noabstract.json"))
    srv.add(EPMC, reply)
    srv.add(openalex_path(NOABS), Reply.not_found())
    settings = settings_for(srv, tmp_path, fallbacks=True)
    paper = get_paper(NOABS, settings)
    assert paper.doi == NOABS and "crossref" in paper.sources
    cached = Cache(settings.cache_dir).load(NOABS)
    assert cached is not None and cached["crossref"]["DOI"] == NOABS
    for w in paper.warnings:
        assert "\n" not in w


def test_corrupt_cache_entry_replaced_after_fault(srv: FakeServer, tmp_path: Path) -> None:
    settings = settings_for(srv, tmp_path)
    cache = Cache(settings.cache_dir)
    path = cache.path_for(DOI)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\xff garbage")
    srv.add(crossref_path(DOI), Reply(fault="reset"), structured())
    assert get_paper(DOI, settings).doi == DOI
    data = json.loads(path.read_text("utf-8"))
    assert data["doi"] == DOI and data["crossref"]["DOI"] == DOI
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left


def test_failed_fetch_keeps_the_old_cache_entry(srv: FakeServer, tmp_path: Path) -> None:
    """--refresh against a broken service: the error is reported, the cached record survives."""
    settings = settings_for(srv, tmp_path)
    srv.add(crossref_path(DOI), structured())
    get_paper(DOI, settings)
    before = Cache(settings.cache_dir).path_for(DOI).read_bytes()
    srv.reset()
    srv.add(crossref_path(DOI), Reply(fault="truncate", body=b'{"status": "ok"}'))
    with pytest.raises(NetworkError):
        get_paper(DOI, settings.with_(refresh=True))
    assert Cache(settings.cache_dir).path_for(DOI).read_bytes() == before
