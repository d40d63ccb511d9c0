"""Check press releases against the papers they report on.

RELEASE may be a file (.md, .markdown, .txt, .html, .htm), a directory
(searched recursively for those), a glob ("drafts/**/*.md"), an http(s) URL,
or - for standard input; several may be given.  Each release's paper comes
from --doi/--paper (one release only), the release's front matter (doi:,
paper:), [tool.spin.papers] in the config, or a DOI in the text.

Settings come from the command line, the environment, then the config file
([tool.spin] in pyproject.toml, spin.toml or .spin.toml; see 'spin config').

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage, input, configuration or network error.  When several releases are
checked and some fail (no DOI, unreadable, paper not found), the others are
still checked and reported, each failure is printed on standard error, and
the exit status is 2.
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spin.commands.common import write_output

HELP = "check press releases against their papers"

#: file types found when a directory or glob is given
RELEASE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}


def add_config_options(p: argparse.ArgumentParser, *, with_format: bool = True) -> None:
    """Options that set configuration keys (shared with ``spin config``)."""
    g = p.add_argument_group("configuration (command line > environment > config file)")
    g.add_argument(
        "--config",
        metavar="FILE",
        default=None,
        help="config file (default: $SPIN_CONFIG, or .spin.toml, spin.toml or "
        "pyproject.toml [tool.spin] found walking up from here)",
    )
    g.add_argument("--no-config", action="store_true", help="ignore config files and $SPIN_CONFIG")
    if with_format:
        g.add_argument(
            "--format", "-f", default=None, help="terminal (default), json, sarif, github, markdown"
        )
    g.add_argument(
        "--fail-on",
        default=None,
        metavar="LEVEL",
        help="exit 1 when a finding is at or above LEVEL: error (default), warning, info, or never",
    )
    g.add_argument(
        "--select",
        action="append",
        default=None,
        metavar="RULES",
        help="only these rules (codes, names or categories, comma-separated); "
        "replaces the configured selection",
    )
    g.add_argument(
        "--ignore",
        action="append",
        default=None,
        metavar="RULES",
        help="skip these rules (codes, names or categories, comma-separated); "
        "adds to the configured ignores",
    )
    g.add_argument(
        "--baseline",
        metavar="FILE",
        default=None,
        help="report only findings not recorded in this baseline",
    )
    s = p.add_argument_group("paper sources")
    s.add_argument(
        "--offline",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="use only the cache and local files; a cache miss is an error "
        "(--no-offline overrides offline = true in the config)",
    )
    s.add_argument(
        "--refresh",
        action="store_true",
        default=None,
        help="ignore cached records and fetch them again",
    )
    s.add_argument(
        "--cache-dir",
        metavar="DIR",
        default=None,
        help="cache directory (default: $SPIN_CACHE_DIR or the user cache dir)",
    )
    s.add_argument(
        "--mailto",
        metavar="EMAIL",
        default=None,
        help="contact address for Crossref's polite pool (default: $SPIN_MAILTO)",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "releases",
        nargs="+",
        metavar="RELEASE",
        help="release files, directories, globs, http(s) URLs, or - for stdin",
    )
    p.add_argument("--doi", help="the paper's DOI (one release only; overrides the release)")
    p.add_argument(
        "--paper",
        metavar="FILE",
        help="the paper as a file: Crossref JSON, text/Markdown abstract, or PDF "
        "(one release only)",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE (atomically)")
    p.add_argument(
        "--write-baseline",
        metavar="FILE",
        default=None,
        help="record the current findings in FILE (then report only new ones)",
    )
    p.add_argument("--width", type=int, default=None, help="terminal report width")
    add_config_options(p)


def split_rules(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    out: list[str] = []
    for v in values:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def cli_values(args: argparse.Namespace) -> dict[str, Any]:
    """The configuration keys given on the command line (None when not given)."""
    return {
        "select": split_rules(getattr(args, "select", None)),
        "ignore": split_rules(getattr(args, "ignore", None)),
        "fail-on": getattr(args, "fail_on", None),
        "format": getattr(args, "format", None),
        "baseline": getattr(args, "baseline", None),
        "offline": getattr(args, "offline", None),
        "cache-dir": getattr(args, "cache_dir", None),
        "mailto": getattr(args, "mailto", None),
    }


def load(args: argparse.Namespace) -> Any:
    from spin.config import load_config

    return load_config(
        cli_values(args),
        config_file=getattr(args, "config", None),
        no_config=bool(getattr(args, "no_config", False)),
    )


# --------------------------------------------------------------------------- inputs


@dataclass
class Inputs:
    #: (reference, named explicitly on the command line)
    refs: list[tuple[str, bool]] = field(default_factory=list)
    #: (argument, message) for arguments that named nothing
    errors: list[tuple[str, str]] = field(default_factory=list)


def _is_release_file(path: Path) -> bool:
    return path.suffix.lower() in RELEASE_SUFFIXES


def _walk(directory: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if not name.startswith(".") and _is_release_file(p):
                found.append(p)
    return found


def expand(args: list[str], config: Any) -> Inputs:
    """Files, directories and globs to the list of releases to check."""
    out = Inputs()
    seen: set[str] = set()

    def add(ref: str, explicit: bool) -> None:
        key = ref
        if ref != "-" and "://" not in ref:
            try:
                key = str(Path(ref).resolve())
            except OSError:
                key = ref
        if key not in seen:
            seen.add(key)
            out.refs.append((ref, explicit))

    for arg in args:
        if arg == "-" or arg.startswith(("http://", "https://")):
            add(arg, True)
            continue
        path = Path(arg)
        if path.is_dir():
            files = [f for f in _walk(path) if not config.excluded(f)]
            if not files:
                out.errors.append(
                    (arg, f"{arg}: no release files ({', '.join(RELEASE_SUFFIXES)}) found")
                )
            for f in files:
                add(str(f), False)
        elif path.exists() or not any(ch in arg for ch in "*?["):
            if not config.excluded(path):
                add(arg, True)  # a missing file is reported by the reader
        else:
            matches = sorted(glob.glob(arg, recursive=True))
            files = []
            for m in matches:
                mp = Path(m)
                if mp.is_dir():
                    files.extend(_walk(mp))
                elif _is_release_file(mp):
                    files.append(mp)
            files = [f for f in files if not config.excluded(f)]
            if not files:
                out.errors.append((arg, f"{arg}: no release files match"))
            for f in files:
                add(str(f), False)
    return out


# --------------------------------------------------------------------------- papers


def _front_matter_names_paper(doc: Any) -> bool:
    """Whether the release's own front matter names its paper (doi: or paper:)."""
    if doc.paper_path:
        return True
    if not doc.doi or doc.media_type == "html":
        return False
    try:
        text = Path(doc.path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = doc.text
    text = text.lstrip("\ufeff")
    if not text.startswith("---"):
        return False
    end = text.find("\n---", 3)
    if end == -1:
        return False
    import yaml

    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return False
    return isinstance(data, dict) and bool(data.get("doi"))


def _paper_for(
    doc: Any,
    args: argparse.Namespace,
    config: Any,
    settings: Any,
    cache: dict[tuple[str | None, str | None], Any],
) -> Any:
    """The paper of one release: --doi/--paper > front matter > config > DOI in text."""
    from spin.api import resolve_paper
    from spin.errors import InputError

    doi: str | None = None
    paper: str | None = None
    if args.doi or args.paper:
        doi, paper = args.doi, args.paper
    elif _front_matter_names_paper(doc):
        doi, paper = doc.doi, doc.paper_path
    else:
        ref = config.paper_for(doc.path)
        if ref is not None:
            doi, paper = ref.doi, ref.paper
        elif doc.doi:
            doi = doc.doi
    if not doi and not paper:
        raise InputError(
            f"{doc.path}: no paper named: add 'doi:' or 'paper:' to its front matter, map it "
            "in [tool.spin.papers], or give --doi/--paper"
        )
    key = (doi, str(Path(paper).resolve()) if paper else None)
    if key not in cache:
        cache[key] = resolve_paper(doc, doi=doi, paper=paper, settings=settings)
    return cache[key]


# --------------------------------------------------------------------------- run


def _warn(message: str) -> None:
    from spin.cli import printable

    print(f"spin: warning: {printable(message)}", file=sys.stderr)


def _fail_message(ref: str, message: str) -> str:
    first = " ".join(message.split("\n")[0].split())
    if ref == "-":
        ref = "<stdin>"
    return first if first.startswith(ref) else f"{ref}: {first}"


def exit_code(reports: list[Any], fail_on: str) -> int:
    """0 nothing at or above ``fail_on``, 1 otherwise (``never``: always 0)."""
    from spin.errors import ExitCode
    from spin.model import SEVERITY_RANK

    if fail_on == "never":
        return int(ExitCode.OK)
    threshold = SEVERITY_RANK[fail_on]
    worst = max((SEVERITY_RANK[f.severity] for r in reports for f in r.findings), default=0)
    return int(ExitCode.FINDINGS if worst >= threshold else ExitCode.OK)


def run(args: argparse.Namespace) -> int:
    from spin import baseline as bl
    from spin import suppress
    from spin.api import CheckOptions, analyse
    from spin.errors import SpinError, UsageError
    from spin.release import read_release
    from spin.report import render
    from spin.sources import SourceSettings

    config = load(args)
    inputs = expand(list(args.releases), config)
    if (args.doi or args.paper) and len(inputs.refs) + len(inputs.errors) > 1:
        raise UsageError(
            "--doi and --paper apply to a single release; for several, name each paper in the "
            "release's front matter or in [tool.spin.papers]"
        )
    settings = SourceSettings.from_env(
        offline=config.offline,
        refresh=bool(args.refresh),
        cache_dir=config.cache_dir,
        mailto=config.mailto,
    )
    failures: list[str] = [msg for _, msg in inputs.errors]
    late: dict[str, str] = {}  # path -> message, reported in input order

    docs: list[tuple[Any, str]] = []
    for ref, _explicit in inputs.refs:
        try:
            docs.append((read_release(ref, settings=settings), ref))
        except SpinError as exc:
            if getattr(args, "debug", False):
                raise
            late[ref] = _fail_message(ref, str(exc))
    # a paper kept beside its drafts (papers/abstract.md) is not a release
    paper_files = {str(Path(d.paper_path).resolve()) for d, _ in docs if d.paper_path}
    paper_files |= {str(Path(r.paper).resolve()) for r in config.papers.values() if r.paper}
    if len(docs) > 1:
        docs = [
            (d, e)
            for d, e in docs
            if d.path in ("-",) or "://" in d.path or str(Path(d.path).resolve()) not in paper_files
        ]

    reports: list[Any] = []
    paths: list[str] = []
    papers: dict[tuple[str | None, str | None], Any] = {}
    n_suppressed = 0
    for doc, ref in docs:
        try:
            paper = _paper_for(doc, args, config, settings, papers)
            options = CheckOptions(
                select=config.select,
                ignore=config.ignore + config.ignores_for(doc.path),
                severity=dict(config.severity),
                strong_threshold=config.strong_threshold,
                weak_threshold=config.weak_threshold,
            )
            report = analyse(doc, paper, options)
        except SpinError as exc:
            if getattr(args, "debug", False):
                raise
            late[ref] = _fail_message(doc.path, str(exc))
            continue
        report, dropped, sups = suppress.apply_to_report(report)
        n_suppressed += len(dropped)
        for line, key in suppress.unknown_keys(sups):
            _warn(f"{doc.path}:{line}: unknown rule {key!r} in a spin: ignore comment")
        reports.append(report)
        paths.append(config.relpath(doc.path))

    failures += [late[ref] for ref, _ in inputs.refs if ref in late]
    if failures and not reports:
        # every release failed: report the errors and leave any existing output untouched
        return _report_failures(failures)

    if args.write_baseline:
        data = bl.build(
            ((p, f) for r, p in zip(reports, paths, strict=True) for f in r.findings),
            tool_version=next((r.tool_version for r in reports), ""),
        )
        write_output(bl.dumps(data), args.write_baseline)
        print(
            f"spin: wrote {len(data['findings'])} finding(s) to baseline {args.write_baseline}",
            file=sys.stderr,
        )
        reports, _ = bl.filter_reports(reports, paths, bl.load(args.write_baseline))
    elif config.baseline:
        reports, n_baselined = bl.filter_reports(reports, paths, bl.load(config.baseline))
        if n_baselined:
            print(
                f"spin: {n_baselined} finding(s) in baseline "
                f"{config.relpath(config.baseline)} not shown",
                file=sys.stderr,
            )
    if n_suppressed:
        print(
            f"spin: {n_suppressed} finding(s) suppressed by spin: ignore comments", file=sys.stderr
        )

    text = render(reports, config.format, width=args.width, to_file=bool(args.output))
    write_output(text, args.output)
    if config.format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        from spin.report.github import write_step_summary

        try:
            write_step_summary(reports)
        except OSError as exc:
            _warn(f"cannot write $GITHUB_STEP_SUMMARY: {exc.strerror or exc}")

    if failures:
        return _report_failures(failures)
    return exit_code(reports, config.fail_on)


def _report_failures(failures: list[str]) -> int:
    from spin.cli import printable
    from spin.errors import ExitCode

    for msg in failures:
        print(f"spin: error: {printable(msg)}", file=sys.stderr)
    return int(ExitCode.ERROR)
