"""Configuration: ``[tool.spin]`` in pyproject.toml, or ``spin.toml`` / ``.spin.toml``.

The file is found by walking up from the working directory (the first directory
with ``.spin.toml``, ``spin.toml`` or a ``pyproject.toml`` that has a
``[tool.spin]`` table wins), or named with ``--config FILE`` / ``SPIN_CONFIG``.
In ``spin.toml`` and ``.spin.toml`` the keys are at the top level; in
``pyproject.toml`` they live under ``[tool.spin]``.

Precedence, highest first: command line, environment, config file, defaults.
:func:`load_config` records where every value came from, which ``spin config``
prints.  An unknown key or a bad value is a :class:`~spin.errors.ConfigError`
that names the key and the file.

Relative paths in the file (``cache-dir``, ``baseline``, paper files, the
globs of ``per-file-ignores``, ``papers`` and ``exclude``) are relative to the
directory of the config file.
"""

from __future__ import annotations

import difflib
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from spin.errors import ConfigError, DOIError

if sys.version_info >= (3, 11):  # pragma: no cover - version dependent
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[import-not-found,unused-ignore]

FAIL_ON = ("error", "warning", "info", "never")
CONFIG_FILES = (".spin.toml", "spin.toml", "pyproject.toml")

#: every key of the file, in the order ``spin config`` shows them
KEYS = (
    "select",
    "ignore",
    "severity",
    "per-file-ignores",
    "papers",
    "exclude",
    "fail-on",
    "format",
    "baseline",
    "mailto",
    "cache-dir",
    "offline",
    "strong-threshold",
    "weak-threshold",
)

#: environment variables that set a key
ENV: dict[str, str] = {
    "fail-on": "SPIN_FAIL_ON",
    "format": "SPIN_FORMAT",
    "mailto": "SPIN_MAILTO",
    "cache-dir": "SPIN_CACHE_DIR",
    "offline": "SPIN_OFFLINE",
}

DEFAULTS: dict[str, Any] = {
    "select": (),
    "ignore": (),
    "severity": {},
    "per-file-ignores": {},
    "papers": {},
    "exclude": (),
    "fail-on": "error",
    "format": "terminal",
    "baseline": None,
    "mailto": None,
    "cache-dir": None,
    "offline": False,
    "strong-threshold": None,
    "weak-threshold": None,
}


@dataclass(frozen=True)
class PaperRef:
    """The paper of a release as configured: a DOI, a paper file, or both."""

    doi: str | None = None
    paper: str | None = None  # absolute path


@dataclass(frozen=True)
class Config:
    """The effective configuration of one run."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    #: rule (code, name or category) -> severity
    severity: dict[str, str] = field(default_factory=dict)
    #: glob -> rules ignored in files matching it
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: glob or path -> the paper of matching releases
    papers: dict[str, PaperRef] = field(default_factory=dict)
    #: globs of files skipped when expanding directories and globs
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    format: str = "terminal"
    baseline: str | None = None
    mailto: str | None = None
    cache_dir: str | None = None
    offline: bool = False
    strong_threshold: float | None = None
    weak_threshold: float | None = None
    #: the config file read, or None
    path: Path | None = None
    #: the directory relative paths and globs are resolved against
    root: Path = field(default_factory=Path.cwd)
    #: key -> "default" | "<file path>" | "env NAME" | "cli" (or "<file> + cli")
    origin: dict[str, str] = field(default_factory=dict)

    def value(self, key: str) -> Any:
        return getattr(self, key.replace("-", "_"))

    def relpath(self, path: str | Path) -> str:
        """``path`` relative to the config root when inside it, with forward slashes."""
        if "://" in str(path) or str(path) in ("-", "<stdin>"):
            return str(path)
        p = Path(path)
        try:
            rel = p.resolve().relative_to(self.root.resolve())
        except (ValueError, OSError):
            return p.as_posix()
        return rel.as_posix()

    def ignores_for(self, path: str | Path) -> tuple[str, ...]:
        """The per-file ignores that apply to ``path``."""
        rel = self.relpath(path)
        out: list[str] = []
        for pattern, rules in self.per_file_ignores.items():
            if glob_match(pattern, rel):
                out.extend(rules)
        return tuple(out)

    def paper_for(self, path: str | Path) -> PaperRef | None:
        """The configured paper of a release: an exact path beats a glob; else the
        first matching glob in file order."""
        rel = self.relpath(path)
        for pattern, ref in self.papers.items():
            exact = PurePosixPath(pattern).as_posix()
            if (exact[2:] if exact.startswith("./") else exact) == rel:
                return ref
        for pattern, ref in self.papers.items():
            if glob_match(pattern, rel):
                return ref
        return None

    def excluded(self, path: str | Path) -> bool:
        rel = self.relpath(path)
        return any(glob_match(p, rel) for p in self.exclude)

    def as_dict(self) -> dict[str, Any]:
        """The effective values, JSON-ready (paths as strings)."""
        out: dict[str, Any] = {}
        for key in KEYS:
            v = self.value(key)
            if key == "papers":
                v = {
                    k: {n: x for n, x in (("doi", r.doi), ("paper", r.paper)) if x is not None}
                    for k, r in v.items()
                }
            elif key == "per-file-ignores":
                v = {k: list(r) for k, r in v.items()}
            elif isinstance(v, tuple):
                v = list(v)
            elif isinstance(v, dict):
                v = dict(v)
            out[key] = v
        return out


# --------------------------------------------------------------------------- globs


def _glob_regex(pattern: str) -> re.Pattern[str]:
    i, n, out = 0, len(pattern), []
    while i < n:
        c = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = pattern.find("]", i + 1)
            if j == -1:
                out.append(re.escape(c))
                i += 1
            else:
                body = pattern[i + 1 : j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, path: str) -> bool:
    """Whether ``path`` (relative, forward slashes) matches ``pattern``.

    ``*`` and ``?`` stay within one directory, ``**`` crosses directories; a
    pattern with no ``/`` also matches the file name alone (as in ruff's
    per-file-ignores), and a pattern naming a directory matches everything in it.
    """
    pat = pattern.strip()
    if pat.startswith("./"):
        pat = pat[2:]
    path = path[2:] if path.startswith("./") else path
    if pat.endswith("/"):
        pat += "**"
    rx = _glob_regex(pat)
    if rx.match(path):
        return True
    if "/" not in pat and rx.match(path.rsplit("/", 1)[-1]):
        return True
    # a directory pattern: "drafts" matches "drafts/x.md"
    return not any(ch in pat for ch in "*?[") and path.startswith(pat.rstrip("/") + "/")


# --------------------------------------------------------------------------- discovery


def _has_tool_spin(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        # a broken pyproject.toml is reported only if it is the one we use
        return "[tool.spin" in _read_quiet(path)
    tool = data.get("tool")
    return isinstance(tool, dict) and "spin" in tool


def _read_quiet(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def find_config(start: Path | None = None) -> Path | None:
    """The first config file walking up from ``start`` (the working directory)."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml" and not _has_tool_spin(candidate):
                continue
            return candidate
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    """The raw table of spin settings in ``path`` (ConfigError when unreadable)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist") from None
    except IsADirectoryError:
        raise ConfigError(f"config file {path} is a directory") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("spin", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.spin] must be a table")
        return dict(table)
    return dict(data)


# --------------------------------------------------------------------------- validation


def _where(path: Path | None, key: str, table: str | None) -> str:
    shown = f"[tool.spin] {key}" if path and path.name == "pyproject.toml" else key
    if table:
        shown = (
            f"[tool.spin.{table}] {key}"
            if path and path.name == "pyproject.toml"
            else f"[{table}] {key}"
        )
    return f"{path}: {shown}" if path else shown


class _Checker:
    """Validates raw values, naming the key and the file in every error."""

    def __init__(self, path: Path | None, root: Path) -> None:
        self.path = path
        self.root = root

    def fail(self, key: str, message: str, table: str | None = None) -> ConfigError:
        return ConfigError(f"{_where(self.path, key, table)}: {message}")

    def rules(self, key: str, value: Any, table: str | None = None) -> tuple[str, ...]:
        if isinstance(value, str):
            items = [v.strip() for v in value.split(",") if v.strip()]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            items = [v.strip() for v in value if v.strip()]
        else:
            raise self.fail(key, "must be a list of rule codes, names or categories", table)
        from spin.rules import resolve

        for item in items:
            try:
                resolve([item])
            except ConfigError:
                raise self.fail(
                    key,
                    f"unknown rule {item!r} (see 'spin rules' for codes, names and categories)",
                    table,
                ) from None
        return tuple(items)

    def choice(self, key: str, value: Any, choices: Sequence[str]) -> str:
        if not isinstance(value, str) or value.lower() not in choices:
            raise self.fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
        return value.lower()

    def boolean(self, key: str, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str):
            low = value.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off", ""):
                return False
        raise self.fail(key, f"must be true or false, not {value!r}")

    def threshold(self, key: str, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise self.fail(key, f"must be a number between 0 and 1, not {value!r}")
        try:
            number = float(value)
        except ValueError:
            raise self.fail(key, f"must be a number between 0 and 1, not {value!r}") from None
        if not 0.0 <= number <= 1.0:
            raise self.fail(key, f"must be a number between 0 and 1, not {value!r}")
        return number

    def string(self, key: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be a non-empty string, not {value!r}")
        return value.strip()

    def path_value(self, key: str, value: Any, table: str | None = None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, f"must be a path, not {value!r}", table)
        p = Path(os.path.expanduser(value.strip()))
        return str(p if p.is_absolute() else self.root / p)

    def mailto(self, key: str, value: Any) -> str:
        s = self.string(key, value)
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", s):
            raise self.fail(key, f"must be an e-mail address, not {value!r}")
        return s

    def fmt(self, key: str, value: Any) -> str:
        from spin.report import FORMATS

        return self.choice(key, value, tuple(FORMATS))

    def severity(self, key: str, value: Any) -> dict[str, str]:
        if not isinstance(value, dict):
            raise self.fail(key, 'must be a table of rule = "error" | "warning" | "info"')
        out: dict[str, str] = {}
        for rule, sev in value.items():
            self.rules(rule, [rule], table="severity")
            if not isinstance(sev, str) or sev.lower() not in ("error", "warning", "info"):
                raise self.fail(
                    rule, f"must be one of error, warning, info, not {sev!r}", table="severity"
                )
            out[rule] = sev.lower()
        return out

    def per_file_ignores(self, key: str, value: Any) -> dict[str, tuple[str, ...]]:
        if not isinstance(value, dict):
            raise self.fail(key, 'must be a table of "glob" = [rules]')
        return {
            glob: self.rules(glob, rules, table="per-file-ignores") for glob, rules in value.items()
        }

    def globs(self, key: str, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a list of globs")
        return tuple(v.strip() for v in value if v.strip())

    def papers(self, key: str, value: Any) -> dict[str, PaperRef]:
        from spin.doi import normalize_doi

        if not isinstance(value, dict):
            raise self.fail(key, 'must be a table of "release path or glob" = "DOI or paper file"')
        out: dict[str, PaperRef] = {}
        for pattern, ref in value.items():
            if isinstance(ref, str):
                try:
                    out[pattern] = PaperRef(doi=normalize_doi(ref))
                    continue
                except DOIError:
                    pass
                out[pattern] = PaperRef(paper=self.path_value(pattern, ref, table="papers"))
            elif isinstance(ref, dict):
                extra = set(ref) - {"doi", "paper"}
                if extra or not ref:
                    raise self.fail(
                        pattern,
                        "must be a DOI, a paper file, or a table with doi and/or paper"
                        + (f" (unknown key {sorted(extra)[0]!r})" if extra else ""),
                        table="papers",
                    )
                doi = None
                if "doi" in ref:
                    try:
                        doi = normalize_doi(ref["doi"])
                    except DOIError as exc:
                        raise self.fail(pattern, str(exc), table="papers") from None
                paper = (
                    self.path_value(pattern, ref["paper"], table="papers")
                    if "paper" in ref
                    else None
                )
                out[pattern] = PaperRef(doi=doi, paper=paper)
            else:
                raise self.fail(
                    pattern,
                    "must be a DOI, a paper file, or a table with doi and/or paper",
                    table="papers",
                )
        return out

    def check(self, key: str, value: Any) -> Any:
        if key in ("select", "ignore"):
            return self.rules(key, value)
        if key == "severity":
            return self.severity(key, value)
        if key == "per-file-ignores":
            return self.per_file_ignores(key, value)
        if key == "papers":
            return self.papers(key, value)
        if key == "exclude":
            return self.globs(key, value)
        if key == "fail-on":
            return self.choice(key, value, FAIL_ON)
        if key == "format":
            return self.fmt(key, value)
        if key in ("baseline", "cache-dir"):
            return self.path_value(key, value)
        if key == "mailto":
            return self.mailto(key, value)
        if key == "offline":
            return self.boolean(key, value)
        if key in ("strong-threshold", "weak-threshold"):
            return self.threshold(key, value)
        raise AssertionError(key)  # pragma: no cover


def _unknown(path: Path | None, key: str) -> ConfigError:
    hint = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1)
    more = f" (did you mean {hint[0]!r}?)" if hint else f" (known keys: {', '.join(KEYS)})"
    return ConfigError(f"{_where(path, key, None)}: unknown key{more}")


# --------------------------------------------------------------------------- loading


def load_config(
    cli: Mapping[str, Any] | None = None,
    *,
    config_file: str | Path | None = None,
    no_config: bool = False,
    cwd: str | Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Config:
    """The effective configuration: ``cli`` values > environment > file > defaults.

    ``cli`` maps keys (as in the file: ``fail-on``, ``select``...) to values
    given on the command line; ``None`` values are ignored.  ``ignore`` given
    on the command line adds to the configured ignores; every other key
    replaces the configured value.
    """
    environ = os.environ if env is None else env
    here = Path(cwd) if cwd is not None else Path.cwd()
    path: Path | None = None
    origin_file = ""
    if config_file is not None:
        path = Path(config_file)
        origin_file = str(path)
    elif not no_config and environ.get("SPIN_CONFIG"):
        path = Path(environ["SPIN_CONFIG"])
        origin_file = str(path)
    elif not no_config:
        path = find_config(here)
        origin_file = str(path) if path else ""
    if path is not None and not path.is_absolute():
        path = here / path
    table = read_config_file(path) if path is not None else {}
    root = path.parent.resolve() if path is not None else here.resolve()

    values: dict[str, Any] = dict(DEFAULTS)
    origin: dict[str, str] = dict.fromkeys(KEYS, "default")

    file_checker = _Checker(path, root)
    for key, raw in table.items():
        if key not in KEYS:
            raise _unknown(path, key)
        values[key] = file_checker.check(key, raw)
        origin[key] = origin_file or str(path)

    cwd_root = here.resolve()
    for key, var in ENV.items():
        raw_env = environ.get(var)
        if raw_env is None or raw_env == "":
            continue
        env_checker = _Checker(None, cwd_root)
        try:
            values[key] = env_checker.check(key, raw_env)
        except ConfigError as exc:
            msg = str(exc).split(": ", 1)[-1]
            raise ConfigError(f"environment variable {var}: {msg}") from None
        origin[key] = f"env {var}"

    cli_checker = _Checker(None, cwd_root)
    for key, raw_cli in (cli or {}).items():
        if raw_cli is None:
            continue
        if key not in KEYS:  # pragma: no cover - programming error
            raise ConfigError(f"unknown option {key!r}")
        opt = "--" + key
        try:
            value = cli_checker.check(key, raw_cli)
        except ConfigError as exc:
            msg = str(exc).split(": ", 1)[-1]
            raise ConfigError(f"{opt}: {msg}") from None
        if key == "ignore" and values["ignore"]:
            values[key] = tuple(values["ignore"]) + tuple(value)
            origin[key] = f"{origin[key]} + cli"
        else:
            values[key] = value
            origin[key] = "cli"

    strong, weak = values["strong-threshold"], values["weak-threshold"]
    if strong is not None and weak is not None and weak > strong:
        raise ConfigError(
            f"{_where(path, 'weak-threshold', None)}: must not be above strong-threshold "
            f"({weak} > {strong})"
        )

    return Config(
        select=tuple(values["select"]),
        ignore=tuple(values["ignore"]),
        severity=dict(values["severity"]),
        per_file_ignores=dict(values["per-file-ignores"]),
        papers=dict(values["papers"]),
        exclude=tuple(values["exclude"]),
        fail_on=values["fail-on"],
        format=values["format"],
        baseline=values["baseline"],
        mailto=values["mailto"],
        cache_dir=values["cache-dir"],
        offline=bool(values["offline"]),
        strong_threshold=strong,
        weak_threshold=weak,
        path=path,
        root=root,
        origin=origin,
    )
