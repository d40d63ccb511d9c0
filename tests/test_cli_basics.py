"""The CLI's contract: version, help, usage errors as one line with exit 2."""

from __future__ import annotations

import subprocess
import sys

import pytest

import spin
from spin.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"spin {spin.__version__}"


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for command in ("check", "paper", "rules", "explain", "eval", "config"):
        assert command in out


def test_no_arguments_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: spin" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [["frobnicate"], ["check"], ["paper"], ["check", "x.md", "--fail-on", "sometimes"]],
)
def test_usage_errors_are_one_line_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("spin: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_module_entry_point() -> None:
    res = subprocess.run(
        [sys.executable, "-m", "spin", "--version"], capture_output=True, text=True, check=False
    )
    assert res.returncode == 0
    assert res.stdout.strip() == f"spin {spin.__version__}"


def test_unknown_rule_in_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "Z999"]) == 2
    assert "unknown rule" in capsys.readouterr().err
