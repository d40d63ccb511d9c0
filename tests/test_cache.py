"""The paper cache: safe names, atomic writes, corrupt entries, offline priming."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spin.sources import SourceSettings, get_paper, prime_cache
from spin.sources.cache import CACHE_FORMAT, Cache, atomic_write_text, safe_name

PAPERS = Path(__file__).parent / "fixtures" / "papers"
ROOT = Path("/tmp/spin-cache-property-root")  # never written: only paths are computed


@given(st.text(max_size=400))
@settings(max_examples=400, deadline=None)
def test_no_cache_path_leaves_the_cache_dir(key: str) -> None:
    path = Cache(ROOT).path_for(key)
    assert path.parent == ROOT / "doi"
    name = path.name
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".")
    assert len(name.encode()) <= 255
    assert os.path.normpath(path).startswith(str(ROOT / "doi") + os.sep)


@given(st.text(max_size=200), st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_distinct_keys_get_distinct_names(a: str, b: str) -> None:
    if a != b:
        assert safe_name(a) != safe_name(b)


@pytest.mark.parametrize(
    "doi",
    [
        "10.1000/a#b",
        "10.1000/<x>;(y):z",
        "10.1000/../../etc/passwd",
        "10.1000/ünï/cødé",
        "10.1000/" + "x" * 500,
        "10.1000/a%2Fb",
        "10.1000/CON",
        "10.1000/a?b=c&d",
    ],
)
def test_awkward_dois_round_trip(tmp_path: Path, doi: str) -> None:
    cache = Cache(tmp_path)
    path = cache.store(doi, {"crossref": {"DOI": doi, "title": ["T"]}})
    assert path.parent == tmp_path / "doi"
    assert [p.name for p in (tmp_path / "doi").iterdir()] == [path.name]
    record = cache.load(doi)
    assert record is not None and record["crossref"]["DOI"] == doi
    assert record["format"] == CACHE_FORMAT


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"\xff\xfe",
        b"[]",
        b'{"format": "spin-paper-cache/0", "doi": "10.5555/x", "crossref": {}}',
        b'{"format": "spin-paper-cache/1", "doi": "10.5555/other", '
        b'"crossref": {"DOI": "10.5555/other"}}',
        b'{"format": "spin-paper-cache/1", "doi": "10.5555/x", "crossref": null}',
    ],
    ids=["empty", "truncated", "not-utf8", "list", "old-format", "other-doi", "no-source"],
)
def test_corrupt_or_foreign_entries_are_ignored(tmp_path: Path, content: bytes) -> None:
    cache = Cache(tmp_path)
    path = cache.path_for("10.5555/x")
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert cache.load("10.5555/x") is None
    assert cache.exists_but_unusable("10.5555/x")
    cache.store("10.5555/x", {"crossref": {"DOI": "10.5555/x"}})
    assert cache.load("10.5555/x") is not None


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "f.json"
    atomic_write_text(target, "one")
    atomic_write_text(target, "two")
    assert target.read_text() == "two"
    assert [p.name for p in target.parent.iterdir()] == ["f.json"]


def test_atomic_write_failure_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.json"
    atomic_write_text(target, "old")

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_prime_cache_then_offline(tmp_path: Path) -> None:
    settings = SourceSettings(cache_dir=tmp_path, offline=True)
    doi = prime_cache(PAPERS / "10.5555_spin.retracted.json", settings)
    assert doi == "10.5555/spin.retracted"
    paper = get_paper("https://doi.org/10.5555/SPIN.RETRACTED", settings)
    assert paper.status == "retracted"
    assert paper.sources == ("crossref",)
    stored = json.loads(Cache(tmp_path).path_for(doi).read_text())
    assert stored["crossref"]["DOI"] == "10.5555/spin.retracted"


def test_offline_and_refresh_conflict(tmp_path: Path) -> None:
    from spin.errors import UsageError

    with pytest.raises(UsageError, match="cannot be used together"):
        get_paper("10.5555/x", SourceSettings(cache_dir=tmp_path, offline=True, refresh=True))


def test_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SPIN_CACHE_DIR", str(tmp_path / "env"))
    monkeypatch.setenv("SPIN_MAILTO", "env@example.org")
    monkeypatch.setenv("SPIN_CROSSREF_URL", "http://127.0.0.1:1/cr/")
    s = SourceSettings.from_env()
    assert s.cache_dir == tmp_path / "env"
    assert s.mailto == "env@example.org"
    assert s.crossref_url == "http://127.0.0.1:1/cr"
    assert s.retries == 3 and s.timeout > 0
    s2 = SourceSettings.from_env(
        cache_dir=str(tmp_path / "cli"), mailto="cli@example.org", offline=True
    )
    assert (s2.cache_dir, s2.mailto, s2.offline) == (tmp_path / "cli", "cli@example.org", True)
    monkeypatch.delenv("SPIN_CACHE_DIR")
    monkeypatch.delenv("SPIN_CROSSREF_URL")
    s3 = SourceSettings.from_env()
    assert s3.crossref_url == "https://api.crossref.org"
    assert s3.cache_dir.name == "spin"


def test_unwritable_cache_is_a_warning(tmp_path: Path) -> None:
    from fakeserver import FakeServer, Reply

    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    with FakeServer() as srv:
        srv.add(
            "/crossref/works/10.5555/spin.structured",
            Reply.file(PAPERS / "10.5555_spin.structured.json"),
        )
        paper = get_paper("10.5555/spin.structured", srv.settings(blocker))
    assert paper.title
    assert any("could not write the cache" in w for w in paper.warnings)
