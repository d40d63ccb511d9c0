"""Configuration: discovery, precedence, provenance and every error message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from spin.cli import main
from spin.config import find_config, glob_match, load_config
from spin.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def load(
    tmp: Path, cli: dict[str, object] | None = None, env: dict[str, str] | None = None, **kw: object
) -> object:
    return load_config(cli, cwd=tmp, env=env or {}, **kw)  # type: ignore[arg-type]


# ----------------------------------------------------------------- discovery


def test_defaults_without_a_file(tmp_path: Path) -> None:
    cfg = load_config({}, cwd=tmp_path, env={})
    assert cfg.path is None and cfg.fail_on == "error" and cfg.format == "terminal"
    assert cfg.offline is False and cfg.select == () and cfg.baseline is None
    assert set(cfg.origin.values()) == {"default"}
    assert cfg.root == tmp_path.resolve()


def test_pyproject_found_walking_up(tmp_path: Path) -> None:
    pp = write(tmp_path / "pyproject.toml", '[tool.spin]\nfail-on = "warning"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    cfg = load_config({}, cwd=sub, env={})
    assert cfg.path == pp and cfg.fail_on == "warning"
    assert cfg.origin["fail-on"] == str(pp)
    assert cfg.root == tmp_path.resolve()


def test_pyproject_without_tool_spin_is_skipped(tmp_path: Path) -> None:
    outer = write(tmp_path / "spin.toml", 'fail-on = "info"\n')
    write(tmp_path / "inner" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path / "inner") == outer


def test_dot_spin_toml_beats_spin_toml_beats_pyproject(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.spin]\nfail-on = "info"\n')
    write(tmp_path / "spin.toml", 'fail-on = "warning"\n')
    assert find_config(tmp_path) == tmp_path / "spin.toml"
    write(tmp_path / ".spin.toml", 'fail-on = "never"\n')
    assert find_config(tmp_path) == tmp_path / ".spin.toml"


def test_nearest_directory_wins(tmp_path: Path) -> None:
    write(tmp_path / ".spin.toml", 'fail-on = "never"\n')
    near = write(tmp_path / "drafts" / "pyproject.toml", '[tool.spin]\nfail-on = "info"\n')
    assert find_config(tmp_path / "drafts") == near


def test_config_flag_env_and_no_config(tmp_path: Path) -> None:
    write(tmp_path / "spin.toml", 'fail-on = "warning"\n')
    other = write(tmp_path / "ci" / "strict.toml", 'fail-on = "info"\n')
    assert load(tmp_path).fail_on == "warning"
    assert load(tmp_path, env={"SPIN_CONFIG": str(other)}).fail_on == "info"
    cfg = load(tmp_path, env={"SPIN_CONFIG": "nowhere.toml"}, config_file=other)
    assert cfg.fail_on == "info" and cfg.path == other  # --config beats SPIN_CONFIG
    assert load(tmp_path, config_file="ci/strict.toml").path == other  # relative to cwd
    assert load(tmp_path, no_config=True, env={"SPIN_CONFIG": str(other)}).path is None


# ----------------------------------------------------------------- precedence


def test_precedence_cli_env_file_default(tmp_path: Path) -> None:
    pp = write(
        tmp_path / "pyproject.toml",
        '[tool.spin]\nfail-on = "warning"\nmailto = "file@example.org"\noffline = true\n'
        'format = "markdown"\nignore = ["paper-corrected"]\n',
    )
    env = {"SPIN_MAILTO": "env@example.org", "SPIN_FORMAT": "sarif"}
    cfg = load(tmp_path, {"format": "github", "ignore": ["U101"]}, env)
    assert cfg.fail_on == "warning" and cfg.origin["fail-on"] == str(pp)
    assert cfg.mailto == "env@example.org" and cfg.origin["mailto"] == "env SPIN_MAILTO"
    assert cfg.format == "github" and cfg.origin["format"] == "cli"
    assert cfg.offline is True
    assert cfg.ignore == ("paper-corrected", "U101") and cfg.origin["ignore"] == f"{pp} + cli"
    assert cfg.strong_threshold is None and cfg.origin["strong-threshold"] == "default"
    cfg2 = load(tmp_path, {"fail-on": "never", "select": ["S101"]}, {"SPIN_FAIL_ON": "info"})
    assert cfg2.fail_on == "never" and cfg2.select == ("S101",)
    assert load(tmp_path, {}, {"SPIN_FAIL_ON": "info", "SPIN_OFFLINE": "0"}).fail_on == "info"
    assert load(tmp_path, {}, {"SPIN_OFFLINE": "0"}).offline is False


def test_relative_paths_resolve_against_the_config_file(tmp_path: Path) -> None:
    write(
        tmp_path / "spin.toml",
        'cache-dir = ".cache/spin"\nbaseline = "spin-baseline.json"\n'
        '[papers]\n"drafts/a.md" = "papers/a.json"\n"drafts/b/*.md" = "doi:10.5555/B"\n'
        '"drafts/c.md" = { doi = "10.5555/c", paper = "papers/c.pdf" }\n',
    )
    sub = tmp_path / "drafts"
    sub.mkdir()
    cfg = load_config({"baseline": "here.json"}, cwd=sub, env={})
    assert cfg.cache_dir == str(tmp_path.resolve() / ".cache/spin")
    assert cfg.baseline == str(sub.resolve() / "here.json")  # cli: relative to cwd
    a = cfg.paper_for(tmp_path / "drafts" / "a.md")
    assert a is not None and a.paper == str(tmp_path.resolve() / "papers/a.json")
    b = cfg.paper_for(tmp_path / "drafts" / "b" / "x.md")
    assert b is not None and b.doi == "10.5555/b"
    c = cfg.paper_for(tmp_path / "drafts" / "c.md")
    assert c is not None and c.doi == "10.5555/c" and c.paper is not None
    assert cfg.paper_for(tmp_path / "elsewhere.md") is None


def test_exact_paper_mapping_beats_glob(tmp_path: Path) -> None:
    write(
        tmp_path / "spin.toml",
        '[papers]\n"drafts/*.md" = "10.5555/glob"\n"drafts/one.md" = "10.5555/exact"\n',
    )
    cfg = load(tmp_path)
    assert cfg.paper_for(tmp_path / "drafts/one.md").doi == "10.5555/exact"  # type: ignore[union-attr]
    assert cfg.paper_for(tmp_path / "drafts/two.md").doi == "10.5555/glob"  # type: ignore[union-attr]


def test_per_file_ignores_and_exclude(tmp_path: Path) -> None:
    write(
        tmp_path / "spin.toml",
        'exclude = ["templates/**"]\n[per-file-ignores]\n'
        '"drafts/old/*.md" = ["S101", "paper-corrected"]\n'
        '"*.txt" = "unsupported_claim"\n',
    )
    cfg = load(tmp_path)
    assert cfg.ignores_for(tmp_path / "drafts/old/x.md") == ("S101", "paper-corrected")
    assert cfg.ignores_for(tmp_path / "drafts/new/x.md") == ()
    assert cfg.ignores_for(tmp_path / "deep/dir/n.txt") == ("unsupported_claim",)
    assert cfg.excluded(tmp_path / "templates/a/b.md")
    assert not cfg.excluded(tmp_path / "drafts/a.md")


@pytest.mark.parametrize(
    ("pattern", "path", "expected"),
    [
        ("drafts/*.md", "drafts/a.md", True),
        ("drafts/*.md", "drafts/sub/a.md", False),
        ("drafts/**/*.md", "drafts/sub/a.md", True),
        ("drafts/**/*.md", "drafts/a.md", True),
        ("**/*.html", "a/b/c.html", True),
        ("*.md", "deep/x.md", True),  # no slash: the file name alone
        ("drafts", "drafts/x.md", True),  # a directory
        ("drafts/", "drafts/x/y.md", True),
        ("draft?.md", "drafts.md", True),
        ("[ab].md", "c.md", False),
        ("./drafts/a.md", "drafts/a.md", True),
    ],
)
def test_glob_match(pattern: str, path: str, expected: bool) -> None:
    assert glob_match(pattern, path) is expected


# ----------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('fail_on = "x"\n', "fail_on: unknown key (did you mean 'fail-on'?)"),
        ("zzz = 1\n", "zzz: unknown key (known keys: select, ignore,"),
        (
            'fail-on = "sometimes"\n',
            "fail-on: must be one of error, warning, info, never, not 'sometimes'",
        ),
        ('format = "pdf"\n', "format: must be one of terminal, json, sarif, github, markdown"),
        ('offline = "perhaps"\n', "offline: must be true or false, not 'perhaps'"),
        ("strong-threshold = 1.5\n", "strong-threshold: must be a number between 0 and 1, not 1.5"),
        ('weak-threshold = "low"\n', "weak-threshold: must be a number between 0 and 1"),
        (
            "strong-threshold = 0.3\nweak-threshold = 0.5\n",
            "weak-threshold: must not be above strong-threshold (0.5 > 0.3)",
        ),
        ('select = ["nope"]\n', "select: unknown rule 'nope' (see 'spin rules'"),
        ("ignore = 3\n", "ignore: must be a list of rule codes, names or categories"),
        ('mailto = "not-an-address"\n', "mailto: must be an e-mail address"),
        ("cache-dir = 5\n", "cache-dir: must be a path, not 5"),
        ('baseline = ""\n', "baseline: must be a path"),
        ("exclude = [1]\n", "exclude: must be a list of globs"),
        ('severity = "info"\n', "severity: must be a table of rule ="),
        (
            '[severity]\npaper-corrected = "loud"\n',
            "[severity] paper-corrected: must be one of error, warning, info",
        ),
        ('[severity]\nnope = "info"\n', "[severity] nope: unknown rule 'nope'"),
        ('per-file-ignores = ["x"]\n', "per-file-ignores: must be a table"),
        ('[per-file-ignores]\n"*.md" = ["nope"]\n', "[per-file-ignores] *.md: unknown rule 'nope'"),
        ('papers = "x"\n', "papers: must be a table"),
        ('[papers]\n"a.md" = 5\n', "[papers] a.md: must be a DOI, a paper file, or a table"),
        ('[papers]\n"a.md" = { url = "x" }\n', "(unknown key 'url')"),
        ('[papers]\n"a.md" = { doi = "nonsense" }\n', "[papers] a.md: not a DOI: 'nonsense'"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_file_errors_name_key_and_file(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path / "spin.toml", body)
    with pytest.raises(ConfigError) as exc:
        load(tmp_path)
    text = str(exc.value)
    assert text.startswith(f"{path}: ")
    assert message in text
    assert "\n" not in text


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    pp = write(tmp_path / "pyproject.toml", "[tool.spin]\nfail-on = 3\n[tool.spin.severity]\n")
    with pytest.raises(ConfigError, match=r"pyproject.toml: \[tool.spin\] fail-on: must be one of"):
        load(tmp_path)
    write(pp, '[tool.spin.severity]\npaper-corrected = "x"\n')
    with pytest.raises(
        ConfigError, match=r"\[tool.spin.severity\] paper-corrected: must be one of"
    ):
        load(tmp_path)
    write(pp, "[tool]\nspin = 3\n")
    with pytest.raises(ConfigError, match=r"\[tool.spin\] must be a table"):
        load_config({}, config_file=pp, env={})


def test_missing_and_unreadable_config_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"config file .*nothere.toml does not exist"):
        load(tmp_path, config_file=tmp_path / "nothere.toml")
    with pytest.raises(ConfigError, match="is a directory"):
        load(tmp_path, config_file=tmp_path)
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'mailto = "caf\xe9@example.org"\n')
    with pytest.raises(ConfigError, match="not UTF-8 text"):
        load(tmp_path, config_file=bad)
    with pytest.raises(ConfigError, match=r"gone.toml does not exist"):
        load(tmp_path, env={"SPIN_CONFIG": str(tmp_path / "gone.toml")})


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SPIN_FAIL_ON": "loud"}, "environment variable SPIN_FAIL_ON: must be one of error"),
        ({"SPIN_OFFLINE": "maybe"}, "environment variable SPIN_OFFLINE: must be true or false"),
        ({"SPIN_FORMAT": "pdf"}, "environment variable SPIN_FORMAT: must be one of terminal"),
        ({"SPIN_MAILTO": "nobody"}, "environment variable SPIN_MAILTO: must be an e-mail"),
    ],
)
def test_env_errors(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load(tmp_path, env=env)


@pytest.mark.parametrize(
    ("cli", "message"),
    [
        ({"fail-on": "loud"}, "--fail-on: must be one of error, warning, info, never"),
        ({"format": "pdf"}, "--format: must be one of terminal"),
        ({"select": ["nope"]}, "--select: unknown rule 'nope'"),
        ({"ignore": ["nope"]}, "--ignore: unknown rule 'nope'"),
    ],
)
def test_cli_errors(tmp_path: Path, cli: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load(tmp_path, cli)


# ----------------------------------------------------------------- spin config


def test_spin_config_shows_origins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pp = write(tmp_path / "pyproject.toml", '[tool.spin]\nfail-on = "warning"\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SPIN_CACHE_DIR")
    monkeypatch.setenv("SPIN_MAILTO", "desk@example.org")
    assert main(["config", "--format", "sarif"]) == 0
    out = capsys.readouterr().out
    assert f"# config file: {pp}" in out
    assert f'fail-on          = "warning"  # {pp}' in out
    assert 'mailto           = "desk@example.org"  # env SPIN_MAILTO' in out
    assert 'format           = "sarif"  # cli' in out
    assert "select           = []  # default" in out
    assert main(["config", "--json", "--offline"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert main(["config", "--json", "--no-offline"]) == 0
    assert json.loads(capsys.readouterr().out)["values"]["offline"] is False
    assert data["file"] == str(pp)
    assert data["values"]["offline"] is True and data["origin"]["offline"] == "cli"
    assert data["origin"]["cache-dir"] == "default"


def test_spin_config_error_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / ".spin.toml", "colour = true\n")
    monkeypatch.chdir(tmp_path)
    assert main(["config"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("spin: error: ") and ".spin.toml: colour: unknown key" in err
    assert len(err.strip().splitlines()) == 1
