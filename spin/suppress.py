"""Inline suppressions: ``<!-- spin: ignore[CODE] -->`` comments in a draft.

Markdown and HTML take an HTML comment; plain text takes the bare
``spin: ignore[CODE]`` (a comment also works there).  ``CODE`` is a rule code,
name, category or family, several separated by commas; ``spin: ignore`` with
no list ignores every rule.

Placement (lines are those of the file as read):

* Markdown and text: a comment on line *L* suppresses the findings on a
  sentence that starts on line *L* or *L + 1*, or that spans line *L*; a
  comment on a line of its own also covers the sentence that starts on the
  next non-blank line (so a comment above a paragraph, with or without a blank
  line between, or inside it, covers its sentences).
* HTML: sentence lines refer to the extracted article text, not the HTML
  source, so the comment is read from the source file and covers the
  sentences whose opening words stand, tags removed, on the comment's line or
  the next source line (``<p><!-- spin: ignore[hype] -->Amazing...</p>``, or
  the comment on its own line above the ``<p>``).
* ``spin: ignore-file`` / ``spin: ignore-file[CODE]`` anywhere in the file
  suppresses the findings of the whole file, document-level findings
  (omissions, paper status) included.  Those have no line, so only
  ``ignore-file`` or ``per-file-ignores`` in the config can suppress them.

A release read from a URL or standard input has its suppressions read from
the text as read (HTML from a URL: none).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spin.errors import ConfigError
from spin.model import Document, Finding, Report

_COMMENT = re.compile(
    r"<!--\s*spin:\s*(?P<kind>ignore-file|ignore)\s*(?:\[(?P<keys>[^\]]*)\])?\s*-->",
    re.IGNORECASE,
)
_BARE = re.compile(
    r"\bspin:\s*(?P<kind>ignore-file|ignore)\b\s*(?:\[(?P<keys>[^\]]*)\])?",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True)
class Suppression:
    """One suppression comment."""

    line: int  # 1-based line of the comment
    keys: tuple[str, ...]  # rule codes, names or categories; empty means every rule
    file_level: bool = False
    #: HTML only: the text (tags removed, normalised) the comment covers
    scope: str | None = None
    #: the first line after ``line`` that is not blank (0 when there is none)
    next_line: int = 0

    def codes(self) -> set[str] | None:
        """The rule codes this suppression covers (None: every rule).  Unknown keys
        raise ConfigError (see :func:`unknown_keys`)."""
        if not self.keys:
            return None
        from spin.rules import resolve

        return resolve(self.keys)


def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split()).casefold()


def _keys(raw: str | None) -> tuple[str, ...]:
    if raw is None:
        return ()
    return tuple(k.strip() for k in raw.split(",") if k.strip())


def parse(text: str, media_type: str = "text") -> list[Suppression]:
    """Every suppression comment in ``text`` (the raw file contents)."""
    rx = _BARE if media_type == "text" else _COMMENT
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    out: list[Suppression] = []
    for m in rx.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        file_level = m.group("kind").lower() == "ignore-file"
        scope = None
        if media_type == "html" and not file_level:
            # the rest of the comment's line after the comment, and the next line
            end_of_line = starts[line - 1] + len(lines[line - 1])
            tail = text[m.end() : end_of_line]
            head = text[starts[line - 1] : m.start()]
            nxt = lines[line] if line < len(lines) else ""
            scope = _norm(_TAG.sub(" ", " ".join((head, tail, nxt))))
        # a comment on a line of its own also covers the next non-blank line
        line_start = starts[line - 1]
        rest = text[line_start : m.start()] + lines[line - 1][m.end() - line_start :]
        nxt_line = 0
        if not rest.strip():
            nxt_line = next((i + 1 for i in range(line, len(lines)) if lines[i].strip()), 0)
        out.append(Suppression(line, _keys(m.group("keys")), file_level, scope, nxt_line))
    return out


def for_document(doc: Document) -> list[Suppression]:
    """The suppressions of a release, read from its source file when there is one."""
    path = Path(doc.path)
    raw: str | None = None
    if doc.path not in ("-", "<stdin>") and "://" not in doc.path:
        try:
            raw = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            raw = None
    if raw is None:
        if doc.media_type == "html":
            return []  # the extracted text has lost the comments
        raw = doc.text
    return parse(raw, doc.media_type)


def unknown_keys(suppressions: Iterable[Suppression]) -> list[tuple[int, str]]:
    """``(line, key)`` of every key that names no rule (to warn about)."""
    from spin.rules import resolve

    bad: list[tuple[int, str]] = []
    for s in suppressions:
        for key in s.keys:
            try:
                resolve([key])
            except ConfigError:
                bad.append((s.line, key))
    return bad


def _covers(s: Suppression, f: Finding) -> bool:
    if s.file_level:
        return True
    loc = f.release
    if loc is None:
        return False
    if s.scope is not None:  # HTML: match the sentence's opening words
        words = _norm(loc.text).split()
        opening = " ".join(words[:6])
        return bool(opening) and opening in s.scope
    return loc.line <= s.line <= loc.end_line or loc.line in (s.line + 1, s.next_line)


def _codes(s: Suppression) -> set[str] | None:
    try:
        return s.codes()
    except ConfigError:
        # unknown keys are warned about elsewhere; the known ones still apply
        from spin.rules import resolve

        known: set[str] = set()
        for key in s.keys:
            try:
                known |= resolve([key])
            except ConfigError:
                continue
        return known


def apply(
    findings: Sequence[Finding], suppressions: Sequence[Suppression]
) -> tuple[list[Finding], list[Finding]]:
    """Split ``findings`` into (kept, suppressed)."""
    if not suppressions:
        return list(findings), []
    resolved = [(s, _codes(s)) for s in suppressions]
    kept: list[Finding] = []
    dropped: list[Finding] = []
    for f in findings:
        hit = any(_covers(s, f) and (codes is None or f.code in codes) for s, codes in resolved)
        (dropped if hit else kept).append(f)
    return kept, dropped


def apply_to_report(report: Report) -> tuple[Report, list[Finding], list[Suppression]]:
    """The report without its suppressed findings, the suppressed ones, and the comments."""
    sups = for_document(report.release)
    kept, dropped = apply(report.findings, sups)
    if not dropped:
        return report, [], sups
    return replace(report, findings=tuple(kept)), dropped, sups
