"""GitHub Actions workflow commands: ``::error``/``::warning``/``::notice`` annotations.

Each finding becomes one command with ``file``, ``line``, ``col``, ``endLine``,
``endColumn`` (inclusive, as in the report) and ``title``; a document-level
finding is placed at line 1.  Columns are given only for single-line
sentences (GitHub ignores columns on annotations that span lines).

GitHub shows only ten annotations of each level per step, so after ten of a
level the rest are printed as plain log lines and a closing line says how
many were not annotated.  :func:`write_step_summary` appends the Markdown
report to ``$GITHUB_STEP_SUMMARY`` (``spin check`` calls it when that variable
is set), where every finding is listed.

Escaping follows the runner: in the message ``%``, ``\\r`` and ``\\n``; in
property values also ``:`` and ``,``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from spin.model import Finding, Report
from spin.report import cwd_relative

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
#: annotations GitHub displays per level and step
LIMIT = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file(path: str) -> str:
    if "://" in path or path in ("-", "<stdin>"):
        return path
    return cwd_relative(path).as_posix()


def _message(f: Finding) -> str:
    text = f.message
    if f.speaker:
        text += f" (quote attributed to {f.speaker})"
    if f.suggestion:
        text += f"\nSuggestion: {f.suggestion}"
    if f.evidence:
        e = f.evidence[0]
        text += f"\nPaper ({e.section}): {e.text}"
    return text


def command(path: str, f: Finding) -> str:
    """The workflow command of one finding."""
    props: list[tuple[str, str]] = [("file", _file(path))]
    loc = f.release
    if loc is None:
        props.append(("line", "1"))
    else:
        props += [("line", str(loc.line))]
        if loc.line == loc.end_line:
            props += [("col", str(loc.column))]
        props += [("endLine", str(loc.end_line))]
        if loc.line == loc.end_line:
            props += [("endColumn", str(loc.end_column))]
    props.append(("title", f"spin {f.code} {f.name}"))
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{LEVELS[f.severity]} {joined}::{escape_data(_message(f))}"


def _plain(path: str, f: Finding) -> str:
    where = f"{_file(path)}:{f.release.line}:{f.release.column}" if f.release else _file(path)
    return f"{where}: {f.severity} {f.code} {f.name}: {' '.join(f.message.split())}"


def render(reports: list[Report], *, width: int | None = None, to_file: bool = False) -> str:
    del width, to_file
    shown = {level: 0 for level in LEVELS.values()}
    cut = {level: 0 for level in LEVELS.values()}
    lines: list[str] = []
    for report in reports:
        for f in report.findings:
            level = LEVELS[f.severity]
            if shown[level] < LIMIT:
                shown[level] += 1
                lines.append(command(report.release.path, f))
            else:
                cut[level] += 1
                lines.append(_plain(report.release.path, f))
    total: dict[str, int] = {s: 0 for s in LEVELS}
    for r in reports:
        for k, v in r.summary().items():
            total[k] += v
    lines.append(
        f"spin: {len(reports)} release(s) checked: {total['error']} error(s), "
        f"{total['warning']} warning(s), {total['info']} info"
    )
    if any(cut.values()):
        parts = ", ".join(f"{n} {level}(s)" for level, n in cut.items() if n)
        lines.append(
            f"spin: {parts} not shown as annotations (GitHub shows {LIMIT} per level per step); "
            "they are listed above and in the job summary"
        )
    return "\n".join(lines) + "\n"


def write_step_summary(reports: Sequence[Report], env: Mapping[str, str] | None = None) -> bool:
    """Append the Markdown report to ``$GITHUB_STEP_SUMMARY`` when it is set."""
    from spin.report.markdown import render as render_markdown

    environ = os.environ if env is None else env
    target = environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(render_markdown(list(reports)))
        fh.write("\n")
    return True
