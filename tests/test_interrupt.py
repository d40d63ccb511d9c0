"""Interrupted runs: Ctrl-C (SIGINT) and SIGTERM leave nothing half-written.

A real ``python -m spin check`` subprocess is slowed down by the fake server
(it never answers, so spin is waiting on the network), then signalled.  spin
must exit 130 (SIGINT) or 143 (SIGTERM) with one line on standard error, write
no report, leave an existing report untouched, and leave no cache entry or
temporary file behind.  The in-process tests interrupt the atomic writers
themselves, at the worst moment (between writing the temporary file and the
rename).  No test depends on timing: the signal is sent once the server has
seen the request it is stalling.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from fakeserver import FakeServer, Reply, crossref_path, openalex_path, wait_until

ROOT = Path(__file__).resolve().parent.parent
PAPERS = Path(__file__).parent / "fixtures" / "papers"
NOABS = "10.5555/spin.noabstract"
DOI = "10.5555/spin.structured"

RELEASE = (
    "Exercise eases knee pain, study finds\n\n"
    "Adults with knee pain who exercised had less pain after 12 weeks, researchers said.\n"
)

EXPECTED = {
    signal.SIGINT: (130, "spin: error: interrupted; nothing was written"),
    signal.SIGTERM: (143, "spin: error: terminated; nothing was written"),
}


def files_under(path: Path) -> list[str]:
    return sorted(str(p.relative_to(path)) for p in path.rglob("*") if p.is_file())


def run_and_signal(
    tmp_path: Path, srv: FakeServer, sig: signal.Signals, stalled: str, doi: str
) -> tuple[int, str, str]:
    """Start ``spin check`` against ``srv``; once ``stalled`` is requested, send ``sig``."""
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SPIN_CACHE_DIR": str(tmp_path / "cache"),
        "SPIN_CROSSREF_URL": f"{srv.url}/crossref",
        "SPIN_EUROPEPMC_URL": f"{srv.url}/europepmc",
        "SPIN_OPENALEX_URL": f"{srv.url}/openalex",
    }
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "spin", "check", "release.txt", "--doi", doi),
            *("--format", "json", "--output", "out/report.json", "--no-config"),
        ],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        reached = wait_until(lambda: srv.count(stalled) >= 1 or proc.poll() is not None, 60)
        assert reached and proc.poll() is None, f"spin ended early: {proc.communicate()}"
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out, err


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    d = tmp_path / "out"
    d.mkdir()
    return d


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_while_waiting_for_crossref(tmp_path: Path, outdir: Path, sig: Any) -> None:
    with FakeServer() as srv:
        srv.add(crossref_path(DOI), Reply(fault="hang"))
        code, out, err = run_and_signal(tmp_path, srv, sig, crossref_path(DOI), DOI)
    want_code, want_line = EXPECTED[sig]
    assert code == want_code
    assert err.splitlines() == [want_line]
    assert out == ""
    assert files_under(outdir) == []  # no report, no temporary file
    assert not (tmp_path / "cache").exists() or files_under(tmp_path / "cache") == []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_signal_between_sources_caches_nothing_half_fetched(
    tmp_path: Path, outdir: Path, sig: Any
) -> None:
    """Crossref has answered, the Europe PMC fallback stalls: the record is not
    cached yet and must not appear half-written; the old report stays as it was."""
    old = '{"old": "report"}\n'
    (outdir / "report.json").write_text(old, encoding="utf-8")
    with FakeServer() as srv:
        srv.add(crossref_path(NOABS), Reply.file(PAPERS / "10.5555_spin.noabstract.json"))
        srv.add("/europepmc/*", Reply(fault="hang"))
        srv.add(openalex_path(NOABS), Reply.not_found())
        code, _out, err = run_and_signal(tmp_path, srv, sig, "/europepmc/*", NOABS)
        assert srv.count(crossref_path(NOABS)) == 1
    want_code, want_line = EXPECTED[sig]
    assert code == want_code
    assert err.splitlines() == [want_line]
    assert files_under(outdir) == ["report.json"]
    assert (outdir / "report.json").read_text(encoding="utf-8") == old
    cache = tmp_path / "cache"
    assert not cache.exists() or files_under(cache) == []


def test_run_after_an_interrupt_completes_the_cache(tmp_path: Path, outdir: Path) -> None:
    """After an interrupted run, the next run fetches again and caches a whole record."""
    with FakeServer() as srv:
        srv.add(crossref_path(DOI), Reply(fault="hang"))
        code, _, _ = run_and_signal(tmp_path, srv, signal.SIGINT, crossref_path(DOI), DOI)
        assert code == 130
    with FakeServer() as srv:
        srv.add(crossref_path(DOI), Reply.file(PAPERS / "10.5555_spin.structured.json"))
        from spin.sources import get_paper

        settings = srv.settings(tmp_path / "cache", fallbacks=False)
        assert get_paper(DOI, settings).doi == DOI
    from spin.sources.cache import Cache

    entries = files_under(tmp_path / "cache")
    assert len(entries) == 1 and not Path(entries[0]).name.startswith(".")
    assert Cache(tmp_path / "cache").load(DOI) is not None


# --------------------------------------------------------------------------- in-process


def _interrupt_replace(monkeypatch: pytest.MonkeyPatch, exc: BaseException) -> list[str]:
    """Make os.replace raise ``exc`` after the temporary file is complete."""
    seen: list[str] = []

    def boom(src: Any, dst: Any) -> None:
        seen.append(str(src))
        assert Path(src).exists()  # the whole new file was written first
        raise exc

    monkeypatch.setattr(os, "replace", boom)
    return seen


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), SystemExit(143), OSError(28, "No space")])
def test_output_write_interrupted_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    from spin.commands.common import write_output

    target = tmp_path / "report.json"
    target.write_text("old\n", encoding="utf-8")
    seen = _interrupt_replace(monkeypatch, exc)
    with pytest.raises(type(exc)):
        write_output('{"new": true}', str(target))
    assert seen and not Path(seen[0]).exists()  # temporary file removed
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.parametrize("exc", [KeyboardInterrupt(), OSError(28, "No space")])
def test_cache_write_interrupted_keeps_old_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    from spin.sources.cache import Cache

    cache = Cache(tmp_path)
    cache.store(DOI, {"crossref": {"DOI": DOI, "title": ["Old"]}})
    before = cache.path_for(DOI).read_bytes()
    seen = _interrupt_replace(monkeypatch, exc)
    with pytest.raises(type(exc)):
        cache.store(DOI, {"crossref": {"DOI": DOI, "title": ["New"]}})
    assert seen and not Path(seen[0]).exists()
    assert cache.path_for(DOI).read_bytes() == before
    assert json.loads(before)["crossref"]["title"] == ["Old"]
    assert files_under(tmp_path) == [str(cache.path_for(DOI).relative_to(tmp_path))]


def test_keyboard_interrupt_in_process_is_one_line_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The top of the CLI maps KeyboardInterrupt (raised anywhere) to 130 and one line."""
    from spin import release
    from spin.cli import main

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(release, "_build", interrupted)
    (tmp_path / "r.txt").write_text(RELEASE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "r.txt", "--doi", DOI, "-o", "report.json"]) == 130
    err = capsys.readouterr().err
    assert err == "spin: error: interrupted; nothing was written\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


def test_atomic_write_gives_the_usual_file_mode(tmp_path: Path) -> None:
    """A new file gets 0666 minus the umask (not mkstemp's 0600); an existing file keeps
    its mode."""
    from spin.fsutil import atomic_write_text

    umask = os.umask(0o022)
    try:
        new = tmp_path / "new.json"
        atomic_write_text(new, "{}")
        assert new.stat().st_mode & 0o777 == 0o644
        old = tmp_path / "old.json"
        old.write_text("x")
        old.chmod(0o640)
        atomic_write_text(old, "y")
        assert old.stat().st_mode & 0o777 == 0o640
        assert old.read_text() == "y"
    finally:
        os.umask(umask)
