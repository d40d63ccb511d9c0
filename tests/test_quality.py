"""Lint, format and type checks run as part of the test command, so CI keeps them clean."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_lint() -> None:
    if shutil.which("ruff") is None:
        pytest.fail("ruff is not installed: pip install -e '.[test]'")
    res = _run("ruff", "check", ".")
    assert res.returncode == 0, res.stdout + res.stderr


def test_ruff_format() -> None:
    res = _run("ruff", "format", "--check", ".")
    assert res.returncode == 0, res.stdout + res.stderr


def test_mypy() -> None:
    res = _run(sys.executable, "-m", "mypy", "spin")
    assert res.returncode == 0, res.stdout + res.stderr


def test_help_imports_no_heavy_library() -> None:
    """`spin --help` must stay fast: no heavy library is imported to build the parser."""
    code = (
        "import sys; from spin.cli import build_parser; build_parser(); "
        "heavy = ('habanero', 'rich', 'numpy', 'rapidfuzz', 'pdfminer', 'trafilatura', 'httpx2',"
        " 'sklearn', 'yaml'); print(','.join(m for m in heavy if m in sys.modules))"
    )
    res = _run(sys.executable, "-c", code)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "", f"heavy imports at --help time: {res.stdout.strip()}"
