"""Shared test fixtures.

Reference data lives in ../shared beside the project (read by path, never
copied).  Tests that need it use the ``shared`` fixture and are skipped with a
clear reason when it is absent; everything else runs on fixtures the project
writes itself (tests/fixtures).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("SPIN_SHARED_DIR", ROOT.parent / "shared")).resolve()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared reference data directory, or skip."""
    if not (SHARED / "DESIGN.md").is_file():
        pytest.skip(f"reference data not found at {SHARED} (set SPIN_SHARED_DIR)")
    return SHARED


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session", autouse=True)
def _no_embedding() -> Iterator[None]:
    """The optional embedding part of the aligner (spin.embed) stays off unless a
    test turns it on, so results do not depend on whether the extra is installed.
    Session-scoped so that module- and session-scoped fixtures see it too."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SPIN_ALIGN_EMBED", "0")
        yield


@pytest.fixture(autouse=True)
def _isolated_env(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """No test touches the user's cache or the real services."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SPIN_CACHE_DIR", str(cache))
    for var in ("SPIN_MAILTO", "SPIN_CONFIG", "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS"):
        monkeypatch.delenv(var, raising=False)
    # any accidental request to the real services fails fast instead of hanging
    monkeypatch.setenv("SPIN_CROSSREF_URL", "http://127.0.0.1:9/crossref")
    monkeypatch.setenv("SPIN_EUROPEPMC_URL", "http://127.0.0.1:9/europepmc")
    monkeypatch.setenv("SPIN_OPENALEX_URL", "http://127.0.0.1:9/openalex")
    monkeypatch.setenv("NO_COLOR", "1")
